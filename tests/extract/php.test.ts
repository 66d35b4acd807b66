import php, { scanPhpTokens } from '../../src/extract/php.js';
import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

// No malformed case: any text is valid input for a token scan (an unterminated string ends at the text's end).
describeExtractor('php', php, [
  ['src/Providers/Ollama/Ollama.php', true],
  ['config/ai.php', true],
  ['composer.json', false],
  ['README.md', false],
  ['app.rb', false],
]);

const found = (text: string, relPath = 'app.php') =>
  (php.extract(makeSourceFile(relPath, text)) as { references: { id: string; source: string; line: number }[] }).references.map((r) => [r.id, r.line]);

// Shapes written the way PHP LLM clients write them; the names are ones no provider table knows, so only their place
// in the code says they are models.
describe('php: model contexts', () => {
  it('reads named arguments, array entries, assignments, constants, parameter defaults and receiver calls', () => {
    const text = [
      '<?php',
      "$llm = new OpenAILike(baseUri: 'https://api.example.com/v1', key: $key, model: 'acme-chat-v2');",
      "$body = ['model' => 'acme-embed-v3', 'input' => $text];",
      "const DEFAULT_MODEL = 'acme-large-2';",
      "$this->model = 'acme-small-1';",
      "$model ??= 'acme-mini-3';",
      "public function __construct(protected string $chatModel = 'acme-chat-4') {}",
      "$agent = Agent::make()->withModel('acme-code-5');",
      "$model_path = 'models/acme-6';",
      "$client->model = 'custom-model';",
    ].join('\n');
    expect(found(text)).toEqual([
      ['openai-compatible/acme-chat-v2', 2],
      ['openai-compatible/acme-embed-v3', 3],
      ['openai-compatible/acme-large-2', 4],
      ['openai-compatible/acme-small-1', 5],
      ['openai-compatible/acme-mini-3', 6],
      ['openai-compatible/acme-chat-4', 7],
      ['openai-compatible/acme-code-5', 8],
    ]);
  });

  it("reads a setting's default (env, config) held by a model slot or named for a model", () => {
    const text = [
      '<?php',
      "'model' => env('LLM', 'acme-chat-v2'),",
      "$m = env('ACME_MODEL', 'acme-embed-v3');",
      "$m = config('services.acme.model', 'acme-large-2');",
      "'url' => env('ACME_URL', 'acme-host-1'),",
    ].join('\n');
    expect(found(text)).toEqual([
      ['openai-compatible/acme-chat-v2', 2],
      ['openai-compatible/acme-embed-v3', 3],
      ['openai-compatible/acme-large-2', 4],
    ]);
  });

  it('reads every item and key of a collection named for models, and the cases of an enum named for models', () => {
    const text = [
      '<?php',
      "const SUPPORTED_MODELS = ['acme-chat-v2', 'acme-chat-v3'];",
      "$models = array('acme-large-2' => 128000);",
      "'models' => ['acme-mini-3' => 'Acme Mini'],",
      'enum AcmeModel: string {',
      "    case Large = 'acme-large-4';",
      '}',
      'enum Role: string {',
      "    case Bot = 'acme-role-1';",
      '}',
    ].join('\n');
    expect(found(text)).toEqual([
      ['openai-compatible/acme-chat-v2', 2],
      ['openai-compatible/acme-chat-v3', 2],
      ['openai-compatible/acme-large-2', 3],
      ['openai-compatible/acme-mini-3', 4],
      ['openai-compatible/acme-large-4', 6],
    ]);
  });

  it("reads the argument after a call's first one naming a provider or Ollama (Prism's `->using($provider, $model)`)", () => {
    const text = [
      '<?php',
      "Prism::text()->using(Provider::Groq, 'acme-chat-v2');",
      "Prism::text()->using('ollama', 'qwen2.5:7b');",
      "Prism::text()->using(Provider::Ollama, 'llava-phi3');",
      "Prism::text()->using('groq', 'acme-large-2');",
      "Log::info('ollama', 'pull failed for acme-mini-3', $context);",
      "env('OPENAI', 'acme-mini-4');",
    ].join('\n');
    expect(found(text)).toEqual([
      ['groq/acme-chat-v2', 2],
      ['qwen2.5:7b', 3],
      ['llava-phi3', 4],
      ['groq/acme-large-2', 5],
    ]);
  });

  it('reads an Ollama library name as its tag where the code talks to Ollama, whatever its shape', () => {
    const text = ['<?php', '$config = new OllamaConfig();', "$config->model = 'mixtral';", "$options = ['model' => 'qwen2.5:7b'];"].join('\n');
    expect(found(text)).toEqual([
      ['mixtral', 3],
      ['qwen2.5:7b', 4],
    ]);
    // Without Ollama in the file, a digit-less library name is no name by its place alone.
    expect(found("<?php\n$config->model = 'mixtral';")).toEqual([]);
  });

  it('reads no comment, interpolated string, heredoc, ternary branch or HTML outside the PHP tags', () => {
    const text = [
      '<p>model: "acme-html-1"</p>',
      '<?php',
      "// $model = 'acme-comment-1';",
      "# $model = 'acme-comment-2';",
      "/* $model = 'acme-comment-3'; */",
      '$model = "acme-$size";',
      '$model = <<<EOT',
      'acme-heredoc-1',
      'EOT;',
      "$x = $flag ? model : 'acme-ternary-1';",
      '?>',
      '<div>model: "acme-html-2"</div>',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });
});

describe('php: tokens', () => {
  it('tells named arguments from ternaries, nullable types, static calls and case labels', () => {
    const tokens = scanPhpTokens("<?php f(?string $a = null, model: 'x'); $b ? c : d; A::B; switch ($x) { case Y: break; }").toArray();
    expect(tokens.filter((t) => t.kind === 'label').map((t) => t.text)).toEqual(['model']);
  });

  it('reads a text without a PHP open tag (a docs code block) as PHP throughout', () => {
    expect(found("$provider = new Ollama(url: 'http://localhost:11434/api', model: 'llama3.2');", 'block.php')).toEqual([['llama3.2', 1]]);
  });
});
