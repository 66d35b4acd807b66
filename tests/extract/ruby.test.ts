import ruby, { scanRubyTokens } from '../../src/extract/ruby.js';
import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

// No malformed case: any text is valid input for a token scan (an unterminated string ends at the text's end).
describeExtractor('ruby', ruby, [
  ['lib/langchain/llm/ollama.rb', true],
  ['lib/tasks/models.rake', true],
  ['Gemfile', false],
  ['config/models.yml', false],
  ['README.md', false],
  ['app.py', false],
]);

const found = (relPath: string, text: string) =>
  (ruby.extract(makeSourceFile(relPath, text)) as { references: { id: string; line: number }[] }).references.map((r) => [r.id, r.line]);

// Shapes written the way Ruby LLM clients write them; the names are ones no provider table knows, or Ollama library
// names, so only their place in the code says they are models.
describe('ruby: model contexts', () => {
  it('reads model-named labels, hash rockets, assignments, receiver calls and RSpec lets', () => {
    const text = [
      'llm = Langchain::LLM::OpenAI.new(default_options: {chat_model: "llama-3.1-8b-instant"})',
      'params = {:model => "j2-ultra", "model_name" => "sonar-pro"}',
      'DEFAULT_MODEL = "jamba-1.5-large"',
      '@embedding_model ||= "acme-embed-v2"',
      'config.default_model = "sonar-reasoning"',
      'chat = RubyLLM.chat.with_model("sonar-deep-research")',
      'let(:model_id) { "meta/llama-2-70b-chat" }',
      'model_path = "models-v2/weights-1"',
      'client.model = "custom-model"',
    ].join('\n');
    expect(found('app.rb', text)).toEqual([
      ['groq/llama-3.1-8b-instant', 1],
      ['ai21/j2-ultra', 2],
      ['perplexity/sonar-pro', 2],
      ['ai21/jamba-1.5-large', 3],
      ['openai-compatible/acme-embed-v2', 4],
      ['perplexity/sonar-reasoning', 5],
      ['perplexity/sonar-deep-research', 6],
      ['openai-compatible/meta/llama-2-70b-chat', 7],
    ]);
  });

  it('reads an Ollama library name as an Ollama model only in a file that talks to Ollama', () => {
    const slot = 'llm = Client.new(default_options: {chat_model: "mistral"})';
    expect(found('ollama_chat.rb', `require "ollama"\n${slot}`)).toEqual([['mistral', 2]]);
    expect(found('chat.rb', slot)).toEqual([]);
  });

  it('reads a table of names mapped to numbers only when two of its names are known models', () => {
    const table = (a: string, b: string) => `require "ollama"\nSIZES = { ${a}: 4_096, "${b}": 1_024, tinydolphin: 2_048 }`;
    expect(found('sizes.rb', table('llama2', 'llama3.1'))).toEqual([
      ['llama2', 2],
      ['llama3.1', 2],
      ['tinydolphin', 2],
    ]);
    expect(found('sizes.rb', table('low', 'llama3.1'))).toEqual([]);
    // A value that is no number makes it no table.
    expect(found('sizes.rb', 'require "ollama"\nSIZES = { llama2: 4_096, llama3: "big", mistral: 1 }')).toEqual([]);
  });

  it('reads no comment, heredoc or interpolated string', () => {
    const text = [
      'require "ollama"',
      '# chat_model: "llama-3.1-8b-instant"',
      'PROMPT = <<~EOS',
      '  model = "jamba-1.5-large"',
      'EOS',
      'model = "#{prefix}-sonar-pro"',
      '=begin',
      'DEFAULT_MODEL = "j2-ultra"',
      '=end',
      'chat_model = "mixtral"',
    ].join('\n');
    expect(found('notes.rb', text)).toEqual([['mixtral', 10]]);
  });
});

describe('ruby: tokens', () => {
  it('tells labels, symbols, word lists and regexps apart', () => {
    const tokens = scanRubyTokens('x = { "a-b": 1, c: :d, e: %w[f g] } if s =~ /"q"/\ny = Foo::Bar').toArray();
    expect(tokens.filter((t) => t.kind !== 'punct').map((t) => [t.kind, t.text, t.line])).toEqual([
      ['ident', 'x', 1],
      ['label', 'a-b', 1],
      ['number', '1', 1],
      ['label', 'c', 1],
      ['symbol', 'd', 1],
      ['label', 'e', 1],
      ['string', 'f', 1],
      ['string', 'g', 1],
      ['ident', 'if', 1],
      ['ident', 's', 1],
      ['ident', 'y', 2],
      ['ident', 'Foo', 2],
      ['ident', 'Bar', 2],
    ]);
  });
});
