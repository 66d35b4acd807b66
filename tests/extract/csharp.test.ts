import csharp from '../../src/extract/csharp.js';
import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

// No malformed case: any text is valid input for a token scan (unterminated strings end at the line).
describeExtractor('csharp', csharp, [
  ['LLama.Unittest/Constants.cs', true],
  ['scripts/setup.csx', true],
  ['LLama.Web/appsettings.json', false],
  ['LLama.Unittest/LLama.Unittest.csproj', false],
  ['README.md', false],
]);

const found = (text: string, relPath = 'Program.cs') =>
  (csharp.extract(makeSourceFile(relPath, text)) as { references: { id: string; source: string; line: number }[] }).references.map((r) => [
    r.id,
    r.source,
    r.line,
  ]);

describe('csharp: model contexts in C#', () => {
  it('reads a GGUF file a member holds, joins to a folder or gives to a call named for a model, not one written out', () => {
    const text = [
      'public static string ModelPath = @"C:\\models\\mistral-7b-instruct-v0.2.Q4_K_M.gguf";',
      'var parameters = new ModelParams("models/phi-2.Q5_K_M.gguf");',
      'static string Weights => Path.Combine(dir, "tinyllama-1.1b-chat.Q8_0.gguf");',
      'var outputPath = "llama-2-7b.Q4_0.gguf";',
      'LLamaQuantizer.Quantize(src, "llama-2-7b.Q4_0.gguf", "q4_0");',
      'string prompt = PromptPath("model.gguf", settings);',
      'var name = $"{baseName}.gguf";',
    ].join('\n');
    expect(found(text)).toEqual([
      ['C:/models/mistral-7b-instruct-v0.2.Q4_K_M.gguf', 'local', 1],
      ['models/phi-2.Q5_K_M.gguf', 'local', 2],
      ['tinyllama-1.1b-chat.Q8_0.gguf', 'local', 3],
    ]);
  });

  it('reads model-named members, named arguments, dictionary entries and calls, not constructors or other members', () => {
    const text = [
      'const string DefaultModel = "acme-finetune-7b-v2";',
      'var chat = new ChatClient(modelId: "phi-3.5-mini-q4", endpoint: url);',
      'body["model"] = "qwen2.5-coder-7b";',
      'var payload = new Dictionary<string, object> { { "model", "granite-3.1-8b" }, { "stream", "true-1" } };',
      'builder.WithModel("llama-3.1-8b-instant");',
      'var m = new ChatModel("chat-model-v1-2");',
      'string ModelPath = "weights-v2";',
      'var x = flag ? a : "gpt-4o-mini-2";',
      'string Model { get; set; } = "sonar-pro";',
    ].join('\n');
    expect(found(text)).toEqual([
      ['openai-compatible/acme-finetune-7b-v2', 'api', 1],
      ['openai-compatible/phi-3.5-mini-q4', 'api', 2],
      ['dashscope/qwen2.5-coder-7b', 'api', 3],
      ['openai-compatible/granite-3.1-8b', 'api', 4],
      ['groq/llama-3.1-8b-instant', 'api', 5],
      ['perplexity/sonar-pro', 'api', 9],
    ]);
  });

  it('reads every string of a collection a member named for models holds, not of other collections', () => {
    const text = [
      'private static readonly string[] SupportedModels = { "phi-3.5-mini-q4", "granite-3.1-8b" };',
      'public List<string> ModelNames = new List<string> { "mistral-nemo-12b" };',
      'IReadOnlyList<string> Models => ["llama3.2:3b"];',
      'string[] Prompts = { "gpt-5-turbo-x" };',
      'public List<string> Models { get; set; }',
      '{ "not-in-a-list-1" }',
    ].join('\n');
    expect(found(text)).toEqual([
      ['openai-compatible/phi-3.5-mini-q4', 'api', 1],
      ['openai-compatible/granite-3.1-8b', 'api', 1],
      ['mistral/mistral-nemo-12b', 'api', 2],
      ['openai-compatible/llama3.2:3b', 'api', 3],
    ]);
  });

  it('reads no comment, interpolated string or raw string literal', () => {
    const text = [
      '// DefaultModel = "phi-3.5-mini-q4";',
      '/* string Model = "granite-3.1-8b"; */',
      'var Model = $"{family}-7b";',
      'var help = """',
      '  Model = "mistral-nemo-12b"',
      '""";',
      'string ModelId = @"multi',
      'line""";',
      'var modelId = "phi-3.5-mini-q4";',
    ].join('\n');
    expect(found(text)).toEqual([['openai-compatible/phi-3.5-mini-q4', 'api', 9]]);
  });
});

describe('csharp: an Ollama library name with its tag (held-out microsoft/autogen, session 31)', () => {
  it('reads `llava:latest` in a model slot where the code talks to Ollama, not where it does not', () => {
    // microsoft/autogen dotnet/samples/AgentChat/AutoGen.Ollama.Sample/Chat_With_LLaVA.cs:17-25.
    const text = [
      'using var httpClient = new HttpClient()',
      '{',
      '    BaseAddress = new Uri("http://localhost:11434"),',
      '};',
      'var ollamaAgent = new OllamaAgent(',
      '    httpClient: httpClient,',
      '    name: "ollama",',
      '    modelName: "llava:latest",',
      '    systemMessage: "You are a helpful AI assistant")',
      '    .RegisterMessageConnector();',
    ].join('\n');
    expect(found(text)).toEqual([['llava:latest', 'ollama', 8]]);
    // Without Ollama in the file, a digit-less tagged word is no name by its place.
    expect(found('var agent = new ChatAgent(modelName: "llava:latest");')).toEqual([]);
  });
});
