import go from '../../src/extract/go.js';
import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';
import markdown from '../../src/extract/markdown.js';

// No malformed case: any text is valid input for a token scan (an unterminated string ends at its line's end).
describeExtractor('go', go, [
  ['api/examples/chat/main.go', true],
  ['cmd/launch/deprecated_models.go', true],
  ['go.mod', false],
  ['go.sum', false],
  ['README.md', false],
  ['app.py', false],
]);

const found = (text: string) =>
  (go.extract(makeSourceFile('main.go', text)) as { references: { id: string; source: string; line: number }[] }).references.map((r) => [
    r.id,
    r.source,
    r.line,
  ]);

describe('go: model contexts in Go code (held-out ollama/ollama, issue #15)', () => {
  it('reads a model field of a request literal where the file talks to Ollama, a library name without a digit included', () => {
    // ollama/ollama api/examples/pull-progress/main.go:20 (`mistral` was missed: no digit, only its place says it is a model).
    const text = ['import "github.com/ollama/ollama/api"', 'req := &api.PullRequest{', '\tModel: "mistral",', '}'].join('\n');
    expect(found(text)).toEqual([['mistral', 'ollama', 3]]);
  });

  it('reads the keys of a map a name for models holds, not its values or a map named for something else', () => {
    // ollama/ollama cmd/launch/deprecated_models.go:10-19 (a whole-name lookup of deprecated models).
    const text = [
      'import "github.com/ollama/ollama/internal/modelref"',
      'var deprecatedLaunchModels = map[string]struct{}{',
      '\t"codellama":     {},',
      '\t"starcoder":     {},',
      '}',
      'var modelAliases = map[string]string{"qwen3": "qwen3.5"}',
      'var supportedModels = []string{"llama3.2", "gemma3" + suffix}',
    ].join('\n');
    expect(found(text)).toEqual([
      ['codellama', 'ollama', 3],
      ['starcoder', 'ollama', 4],
      ['llama3.2', 'ollama', 7],
    ]);
  });

  it('reads option calls, declarations and fields named for a model, as model-names names them', () => {
    // tmc/langchaingo llms/anthropic/internal/anthropicclient/anthropicclient.go:18, llms/googleai/option.go:34,
    // examples/mistral-completion-example/mistral_completion_example.go:34.
    const text = [
      'const (',
      '\tdefaultModel = "claude-3-5-sonnet-20240620"',
      ')',
      'opts := Options{DefaultModel: "gemini-2.0-flash"}',
      'llm.Call(ctx, "Tell me a joke", llms.WithModel("mistral-small-latest"))',
    ].join('\n');
    expect(found(text)).toEqual([
      ['anthropic/claude-3-5-sonnet-20240620', 'api', 2],
      ['google/gemini-2.0-flash', 'api', 4],
      ['mistral/mistral-small-latest', 'api', 5],
    ]);
  });

  it("does not read a response or vocabulary literal's model (a relay's label, a BPE scheme), a placeholder with a model word, or made-up names in a test file", () => {
    // songquanpeng/one-api relay/adaptor/coze/main.go:102, tmc/langchaingo examples/bedrock-provider-example/README.md:66,
    // cisco-ai-defense/defenseclaw internal/config/config_test.go:1821 (`"judge-override"`).
    const text = [
      'fullTextResponse := openai.TextResponse{',
      '\tId:    fmt.Sprintf("chatcmpl-%s", id),',
      '\tModel: "coze-bot",',
      '}',
      'llm, err := bedrock.New(bedrock.WithModel("custom.endpoint.model-id"))',
      // ollama/ollama convert/tokenizer.go:272: a vocabulary's BPE scheme.
      'v := Vocabulary{Model: "gpt2"}',
    ].join('\n');
    expect(found(text)).toEqual([]);
    const test = go.extract(makeSourceFile('internal/config/config_test.go', 'cfg := Config{Model: "judge-override", Judge: Judge{Model: "gpt-4o"}}')) as {
      references: { id: string }[];
    };
    expect(test.references.map((r) => r.id)).toEqual(['openai/gpt-4o']);
  });

  it('does not read comparisons, case labels, prefixes, format strings, placeholders or comments', () => {
    const text = [
      '// req := &api.ChatRequest{Model: "llama3.2"}',
      'if model == "gpt-oss" || strings.HasPrefix(model, "qwen3") {}',
      'switch model { case "deepseek-r1": }',
      'modelName := fmt.Sprintf("%s:%s", name, tag)',
      'req := api.GenerateRequest{Model: "test-model", Prompt: "llama3.2 is a model"}',
      'modelPath := "models/blobs"',
      'model := "llama3" + suffix',
      'usage := `model := "llama3"',
      '`',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });

  it('reads Go code blocks of Markdown', async () => {
    const text = ['```golang', 'import "github.com/ollama/ollama/api"', 'req := &api.PullRequest{Model: "mistral"}', '```'].join('\n');
    const refs = (await markdown.extract(makeSourceFile('README.md', text))).references.map((r) => [r.id, r.source, r.line]);
    expect(refs).toContainEqual(['mistral', 'ollama', 3]);
  });
});

describe('go: a map keyed by the model its entries name (kaito-project/kaito, issue #15, session 21)', () => {
  it("reads a key whose entry's own model field repeats it, whatever the map is called, and not a key its entry does not name", () => {
    // kaito-project/kaito presets/workspace/models/transformer_runtime_tuning_parameters.go:40-57 (cut).
    const text = [
      'var TransformerTuningParameters = map[string]TuningConfig{',
      '\t// Phi-4 family',
      '\t"phi-4": {',
      '\t\tDiskStorageRequirement:  "150Gi",',
      '\t\tTransformers: model.HuggingfaceTransformersParam{',
      '\t\t\tBaseCommand: defaultTuningBaseCommand,',
      '\t\t\tModelName:   "phi-4",',
      '\t\t},',
      '\t},',
      '\t"fast-path": {',
      '\t\tModelName:   "phi-4-mini-instruct",',
      '\t},',
      '}',
    ].join('\n');
    expect(found(text)).toEqual([
      ['openai-compatible/phi-4', 'api', 3],
      ['openai-compatible/phi-4', 'api', 7],
      ['openai-compatible/phi-4-mini-instruct', 'api', 11],
    ]);
  });
});
