import dart from '../../src/extract/dart.js';
import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';
import markdown from '../../src/extract/markdown.js';

// No malformed case: any text is valid input for a token scan (an unterminated string ends at its line's end).
describeExtractor('dart', dart, [
  ['examples/hello_world_flutter/lib/home/bloc/providers.dart', true],
  ['lib/main.dart', true],
  ['pubspec.yaml', false],
  ['README.md', false],
  ['app.py', false],
]);

const found = (text: string) =>
  (dart.extract(makeSourceFile('lib/main.dart', text)) as { references: { id: string; source: string; line: number }[] }).references.map((r) => [
    r.id,
    r.source,
    r.line,
  ]);

describe('dart: model contexts in Dart code (held-out davidmigloz/langchain_dart, issue #15)', () => {
  it("reads the model an Ollama-named call runs, a name without a digit included, and no other call's bare word", () => {
    // langchain_dart examples/docs_examples/.../chat_models/integrations/ollama.dart:68 (`llava` was missed: no digit,
    // no table knows it) and fallbacks.dart:17 (`tomato`, a name chosen to fail).
    const text = [
      "final vision = ChatOllama(defaultOptions: const ChatOllamaOptions(model: 'llava', temperature: 0));",
      "final wrong = ChatOpenAI(defaultOptions: const ChatOpenAIOptions(model: 'tomato'));",
      "final embeddings = OllamaEmbeddings(model: 'nomic-embed-text:latest');",
    ].join('\n');
    expect(found(text)).toEqual([
      ['llava', 'ollama', 1],
      ['nomic-embed-text:latest', 'ollama', 3],
    ]);
  });

  it('reads a model-named declaration, getter, `??` default, map entry and list, not an interpolated string', () => {
    const text = [
      "static const defaultModel = 'acme-llm-7b';",
      "String get model => 'acme-chat-2';",
      "final model = options?.model ?? 'acme-chat-3';",
      "final body = {'model': 'acme-chat-4', 'stream': true};",
      "const supportedModels = <String>['acme-chat-5', 'acme-chat-6'];",
      "final label = 'model: acme-chat-7 on $host';",
      "final modelLabel = 'acme-$version';",
    ].join('\n');
    expect(found(text)).toEqual([
      ['openai-compatible/acme-llm-7b', 'api', 1],
      ['openai-compatible/acme-chat-2', 'api', 2],
      ['openai-compatible/acme-chat-3', 'api', 3],
      ['openai-compatible/acme-chat-4', 'api', 4],
      ['openai-compatible/acme-chat-5', 'api', 5],
      ['openai-compatible/acme-chat-6', 'api', 5],
    ]);
  });

  it('reads a Dart block of a Markdown page as Dart', async () => {
    // langchain_dart docs/modules/model_io/models/chat_models/integrations/ollama.md:96-102
    const text = [
      '## Multimodal support',
      '',
      '```dart',
      'final chatModel = ChatOllama(',
      '  defaultOptions: ChatOllamaOptions(',
      "    model: 'llava',",
      '    temperature: 0,',
      '  ),',
      ');',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('docs/ollama.md', text));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['llava', 'ollama', 6]]);
  });
});
