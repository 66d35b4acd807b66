import { describe, expect, it } from 'vitest';
import localModel from '../../src/extract/local-model.js';
import { describeExtractor, loadFixture } from '../helpers/extract-fixtures.js';

describeExtractor(
  'local-model',
  localModel,
  [
    ['models/qwen/config.json', true],
    ['lora/adapter_config.json', true],
    ['pipe/model_index.json', true],
    ['embedder/config_sentence_transformers.json', true],
    ['tsconfig.json', false],
    ['.vscode/config.json', false],
    ['embedder/modules.json', false],
  ],
  'broken/config.json',
);

describe('local-model facts', () => {
  const factsOf = async (relPath: string) => (await localModel.extract(loadFixture(relPath))).references.find((r) => r.source === 'local')?.facts;

  it('reads model type, architectures, vocabulary size and the saved-from base of a transformers config', async () => {
    expect(await factsOf('local-model/bge-embedder/config.json')).toEqual({
      modelType: 'xlm-roberta',
      architectures: ['XLMRobertaModel'],
      vocabSize: 250002,
      baseModels: ['BAAI/bge-m3'],
    });
  });

  it('makes an adapter folder a child of its base, related as an adapter', async () => {
    expect(await factsOf('local-model/pinned-lora/adapter_config.json')).toEqual({ baseModels: ['Qwen/Qwen2.5-7B-Instruct'], baseModelRelation: 'adapter' });
  });

  it('names a diffusers pipeline by its class and base', async () => {
    expect(await factsOf('local-model/sdxl-pipeline/model_index.json')).toEqual({
      architectures: ['StableDiffusionXLPipeline'],
      baseModels: ['stabilityai/stable-diffusion-xl-base-1.0'],
    });
  });
});

describe('local-model: a sample config is not a saved model (held-out idlab-discover/aibomgen-cli, issue #15)', () => {
  it('reports the base of an adapter_config.json in a folder named for configs, not the folder as a model', async () => {
    // idlab-discover/aibomgen-cli targets/target-3/config/adapter_config.json, beside axolotl.yaml and trl_config.yaml.
    const { references } = await localModel.extract(loadFixture('local-model/scan-target/config/adapter_config.json'));
    expect(references.map((r) => [r.id, r.source])).toEqual([['meta-llama/Llama-3.1-8B', 'huggingface']]);
  });
});

describe('local-model: an app settings file named config.json (held-out camel-ai/camel, issue #15, session 7)', () => {
  it('is no model folder when its model_type names a hosted model and nothing else says transformers', async () => {
    // camel-ai/camel examples/models/config_files/config.json (whole file)
    const text = [
      '{',
      '    "model_platform": "OPENAI_COMPATIBLE_MODEL",',
      '    "model_type": "grok-beta",',
      '    "api_key": "xai-...",',
      '    "url": "https://api.x.ai/v1",',
      '    "model_config_dict": {',
      '      "max_tokens": 2000',
      '    }',
      '}',
    ].join('\n');
    expect((await localModel.extract({ relPath: 'examples/models/config_files/config.json', size: text.length, text })).references).toEqual([]);
    // A transformers config without `architectures` still is one (its version and sizes say so).
    const bare = '{ "model_type": "llama", "hidden_size": 4096, "transformers_version": "4.44.0" }';
    expect((await localModel.extract({ relPath: 'models/llama/config.json', size: bare.length, text: bare })).references.map((r) => r.id)).toEqual([
      'models/llama',
    ]);
  });
});

describe('local-model: a LoRA settings template is not a saved adapter (held-out QwenLM/Qwen3-Coder, issue #15, session 30)', () => {
  it('reports no folder for an adapter_config.json whose base is null, and still reports one that names its base', async () => {
    // QwenLM/Qwen3-Coder finetuning/sft/configs/lora/adapter_config.json (cut), read by `PeftConfig.from_pretrained` in train.py.
    const template = [
      '{',
      '  "alpha_pattern": {},',
      '  "base_model_name_or_path": null,',
      '  "lora_alpha": 32,',
      '  "peft_type": "LORA",',
      '  "r": 8,',
      '  "task_type": "CAUSAL_LM"',
      '}',
    ].join('\n');
    expect(
      (await localModel.extract({ relPath: 'finetuning/sft/configs/lora/adapter_config.json', size: template.length, text: template })).references,
    ).toEqual([]);
    const saved = template.replace('null', '"Qwen/Qwen2.5-Coder-1.5B"');
    expect(
      (await localModel.extract({ relPath: 'output/checkpoint-100/adapter_config.json', size: saved.length, text: saved })).references.map((r) => [
        r.id,
        r.source,
      ]),
    ).toEqual([
      ['Qwen/Qwen2.5-Coder-1.5B', 'huggingface'],
      ['output/checkpoint-100', 'local'],
    ]);
  });
});

describe("local-model: a benchmark experiment's adapter settings are no saved adapter (session 35, huggingface/peft)", () => {
  it('reads the base an experiment names, not its folder; a saved adapter (inference_mode true) stays a folder', async () => {
    // Cut from huggingface/peft method_comparison/image-gen/experiments/lora/flux2-klein-default/adapter_config.json.
    const experiment = [
      '{',
      '  "alpha_pattern": {},',
      '  "auto_mapping": null,',
      '  "base_model_name_or_path": "black-forest-labs/FLUX.2-klein-base-4B",',
      '  "bias": "none",',
      '  "inference_mode": false,',
      '  "lora_alpha": 32,',
      '  "peft_type": "LORA",',
      '  "r": 32',
      '}',
    ].join('\n');
    const read = async (relPath: string, text: string) =>
      (await localModel.extract({ relPath, size: text.length, text })).references.map((r) => [r.id, r.source, r.line]);
    expect(await read('method_comparison/image-gen/experiments/lora/flux2-klein-default/adapter_config.json', experiment)).toEqual([
      ['black-forest-labs/FLUX.2-klein-base-4B', 'huggingface', 4],
    ]);
    // method_comparison/MetaMathQA/experiments/adamss/llama-3.2-3B-rank32/adapter_config.json: no base at all.
    const bare = '{\n  "peft_type": "ADAMSS",\n  "r": 100,\n  "num_subspaces": 32,\n  "task_type": "CAUSAL_LM"\n}';
    expect(await read('method_comparison/MetaMathQA/experiments/adamss/llama-3.2-3B-rank32/adapter_config.json', bare)).toEqual([]);
    const saved = experiment.replace('"inference_mode": false', '"inference_mode": true');
    expect(await read('outputs/flux2-lora/adapter_config.json', saved)).toEqual([
      ['black-forest-labs/FLUX.2-klein-base-4B', 'huggingface', 4],
      ['outputs/flux2-lora', 'local', 4],
    ]);
  });
});
