import swift from '../../src/extract/swift.js';
import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';
import modelNames from '../../src/extract/model-names.js';

// No malformed case: any text is valid input for a token scan (an unterminated string ends the line).
describeExtractor('swift', swift, [
  ['Applications/MLXChatExample/Services/MLXService.swift', true],
  ['Package.swift', true],
  ['README.md', false],
  ['main.rs', false],
]);

type Row = [string, string, number];
const rows = (refs: { id: string; source: string; line: number }[]): Row[] => refs.map((r) => [r.id, r.source, r.line]);
const found = (text: string) =>
  rows((swift.extract(makeSourceFile('Sources/App/Model.swift', text)) as { references: { id: string; source: string; line: number }[] }).references);
const byShape = (text: string) =>
  rows((modelNames.extract(makeSourceFile('Sources/App/Model.swift', text)) as { references: { id: string; source: string; line: number }[] }).references);

describe('swift: model contexts in Swift code', () => {
  it("reads a library's registry constant as the Hub id it holds, after the module's import or written with it", () => {
    // ml-explore/mlx-swift-examples Applications/LLMEval/ViewModels/LLMEvaluator.swift l.50, Tools/llm-tool/LoraCommands.swift l.26
    const text = ['import MLXLLM', 'var modelConfiguration = LLMRegistry.qwen3_8b_4bit', 'let d = MLXVLM.VLMRegistry.qwen2VL2BInstruct4Bit.name'].join('\n');
    expect(found(text)).toEqual([
      ['mlx-community/Qwen3-8B-4bit', 'huggingface', 2],
      ['mlx-community/Qwen2-VL-2B-Instruct-4bit', 'huggingface', 3],
    ]);
    // Without the import, `LLMRegistry` is some other type.
    expect(found('var modelConfiguration = LLMRegistry.qwen3_8b_4bit')).toEqual([]);
  });

  it('reads strings in model-named declarations, labels, dictionary keys and collections, and the id of a model type', () => {
    const text = [
      'let configuration = ModelConfiguration(id: "mlx-community/Qwen3-4B-4bit", defaultPrompt: "Why is the sky blue?")',
      'var model: String = "mlx-community/Llama-3.2-3B-Instruct-4bit"',
      'let c = try await loadModelContainer(modelId: "mlx-community/SmolLM-135M-Instruct-4bit")',
      'let body = ["model": "llama-3.1-8b-instant", "stream": "true"]',
      'let availableModels = ["gemma-3-1b-it", "qwen3-0.6b"]',
    ].join('\n');
    expect(found(text)).toEqual([
      ['mlx-community/Qwen3-4B-4bit', 'huggingface', 1],
      ['mlx-community/Llama-3.2-3B-Instruct-4bit', 'huggingface', 2],
      ['mlx-community/SmolLM-135M-Instruct-4bit', 'huggingface', 3],
      ['groq/llama-3.1-8b-instant', 'api', 4],
      ['openai-compatible/gemma-3-1b-it', 'api', 5],
      ['dashscope/qwen3-0.6b', 'api', 5],
    ]);
  });

  it("does not read an entry's title or files, a placeholder, comments or multi-line strings", () => {
    const text = [
      'private let defaultModels: [Model] = [',
      '    Model(name: "TinyLlama-1.1B (Q4_0, 0.6 GiB)", filename: "mistral-7b-v0.1.Q4_0.gguf", status: "download"),',
      ']',
      'let usage = AIUsageModel(id: "acme/embedded-model", status: "available")',
      '// let model = "mlx-community/Qwen3-4B-4bit"',
      'let prompt = """',
      'model = "mlx-community/Qwen3-4B-4bit"',
      '"""',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });
});

describe('model-names: a title beside a library constant', () => {
  it("does not take the `name:` shown beside a library's model constant for a model", () => {
    // The shape of ml-explore/mlx-swift-examples Applications/MLXChatExample/Services/MLXService.swift l.28-29
    // (`name: "qwen3:4b"`), with names any line would be read for.
    const text = [
      'LMModel(name: "gpt-4o-mini", configuration: LLMRegistry.qwen3_1_7b_4bit, type: .llm),',
      'LMModel(name: "gpt-4o", configuration: LLMRegistry.qwen3_4b_4bit, type: .llm),',
      'LMModel(name: "gpt-4o", configuration: customConfiguration, type: .llm),',
    ].join('\n');
    expect(byShape(text).map((r) => r[2])).toEqual([3]);
  });
});
