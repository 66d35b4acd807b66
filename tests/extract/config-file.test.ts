import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/extract/source-file.js';
import configFile, { blankJsonComments } from '../../src/extract/config-file.js';
import type { ExtractResult } from '../../src/extract/extractor.js';
import { describeExtractor, loadFixture } from '../helpers/extract-fixtures.js';

describeExtractor(
  'config-file',
  configFile,
  [
    ['config/settings.yaml', true],
    ['litellm.yml', true],
    ['.github/workflows/eval.yml', true],
    ['.github/actions/setup-models/action.yml', true],
    ['chart/values.yaml', true],
    ['train/sweeps.toml', true],
    // a copy shipped to fill in (held-out Cinnamon/kotaemon settings.yaml.example): read as what it becomes
    ['settings.yaml.example', true],
    ['conf/service_conf.yaml.template', true],
    // (zhayujie/chatgpt-on-wechat plugins/tool/config.json.template names the model its settings pick, line 9)
    ['plugins/config.json.template', true],
    // JSON with comments (held-out xming521/WeClone's settings.template.jsonc, round 27)
    ['settings.template.jsonc', true],
    ['.vscode/settings.json5', true],
    ['notes.example', false],
    ['pyproject.toml', false],
    ['package.json', false],
    // Any config.json: a program's settings are read, a transformers model's own config is left to local-model
    // (fixtures real-world-benchmark-config, cut from microsoft/onnxruntime-genai benchmark/engine/config.json, and
    // local-model/phi3-vision, the shape of microsoft/Phi-3-vision-128k-instruct's config.json, whose img_processor.model_name
    // config-file must leave).
    ['model/config.json', true],
    ['model/config_sentence_transformers.json', false],
    ['notebooks/train.ipynb', false],
  ],
  'not-yaml.yaml',
);

describe("config-file: a LoRA syncer's adapters (held-out vllm-project/production-stack)", () => {
  it('reads the adapters ensureExist keeps loaded, not those ensureNotExist unloads nor the names they are served under', () => {
    // The shape of fixtures/extract/config-file/real-world-lora-syncer-configmap.yaml (gpu-deployment.yaml:249-258), with
    // an adapter to unload beside it: AvaLovelace/LegoGPT was missed, having no digit and sitting under `source`.
    const text = [
      'vLLMLoRAConfig:',
      '  name: vllm-llama3-1b-instruct-adapters',
      '  defaultBaseModel: meta-llama/Llama-3.2-1B-Instruct',
      '  ensureExist:',
      '    models:',
      '    - id: legogpt',
      '      source:  AvaLovelace/LegoGPT',
      '  ensureNotExist:',
      '    models:',
      '    - id: old-adapter',
      '      source: acme/old-sql-lora',
      '',
    ].join('\n');
    const { references } = configFile.extract({ relPath: 'lora-syncer.yaml', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['meta-llama/Llama-3.2-1B-Instruct', 3],
      ['AvaLovelace/LegoGPT', 7],
    ]);
  });
});

describe('config-file on large generated JSON', () => {
  it('still finds model values, on their own lines, in an evaluation dump too large to parse', () => {
    const rows = Array.from({ length: 6000 }, (_, i) => ({
      id: i,
      prompt: `question ${i} about the model`,
      model: i === 4321 ? 'deepseek-ai/DeepSeek-V3' : 'gpt-4o',
    }));
    const text = JSON.stringify(rows, null, 2);
    const line = text.slice(0, text.indexOf('deepseek-ai/DeepSeek-V3')).split('\n').length;
    const { references } = configFile.extract(makeSourceFile('evals/results.json', text)) as ExtractResult;
    expect(text.length).toBeGreaterThan(256 << 10);
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['deepseek-ai/DeepSeek-V3', 'huggingface', line]]);
  });
});

describe('config-file comments', () => {
  it('marks a commented-out model choice as a comment, and the live one as not', async () => {
    const { references } = await configFile.extract(loadFixture('config-file/agents.yaml'));
    const contextOn = (line: number) => references.find((r) => r.line === line)?.context;
    expect(contextOn(14)).toBe('comment');
    expect(contextOn(16)).toBeUndefined();
  });

  it("reads the server a config's header tells to start first (`trl vllm-serve --model X`), as a comment", () => {
    // Cut from axolotl-ai-cloud/axolotl examples/ebft/qwen35-4b-ebft-structured.yaml and
    // src/axolotl/integrations/nemo_gym/examples/nemo_gym_multi_turn.yaml (held-out round 12).
    const text = [
      '# Prerequisites:',
      '#   1. Start vLLM on GPU 0:',
      '#      CUDA_VISIBLE_DEVICES=0 trl vllm-serve --model Qwen/Qwen3.5-4B \\',
      '#          --gpu-memory-utilization 0.5 --max-model-len 2048 --enforce-eager',
      '# Usage:',
      '#   # Terminal 1: Start vLLM server',
      '#   trl vllm-serve --model Qwen/Qwen2.5-1.5B-Instruct',
      '#   # Terminal 2: Train',
      '#   axolotl train examples/nemo_gym_multi_turn.yaml',
      '',
      'base_model: Qwen/Qwen3.5-4B',
      '',
    ].join('\n');
    const { references } = configFile.extract(makeSourceFile('examples/ebft/qwen35-4b-ebft-structured.yaml', text)) as ExtractResult;
    expect(references.map((r) => [r.id, r.line, r.context])).toEqual([
      ['Qwen/Qwen3.5-4B', 3, 'comment'],
      ['Qwen/Qwen2.5-1.5B-Instruct', 7, 'comment'],
      ['Qwen/Qwen3.5-4B', 11, undefined],
    ]);
  });

  it('reads a commented command continued over comment lines, a launcher one only with a model flag', () => {
    // Cut from axolotl-ai-cloud/axolotl examples/ebft/llama-1b-ebft-opencode.yaml (held-out round 12).
    const text = [
      '# Prerequisites:',
      '#   1. Start vLLM server on a separate GPU:',
      '#      CUDA_VISIBLE_DEVICES=1 python -m trl.scripts.vllm_serve \\',
      '#          --model meta-llama/Llama-3.2-1B \\',
      '#          --host 0.0.0.0 --port 8000 \\',
      '#          --gpu-memory-utilization 0.4 --dtype bfloat16',
      '#',
      '#   2. Run training:',
      '#      CUDA_VISIBLE_DEVICES=0 axolotl train examples/ebft/llama-1b-ebft-opencode.yaml',
      '#      python scripts/plot.py --output plots/ebft',
      '',
      'base_model: meta-llama/Llama-3.2-1B',
      '',
    ].join('\n');
    const { references } = configFile.extract(makeSourceFile('examples/ebft/llama-1b-ebft-opencode.yaml', text)) as ExtractResult;
    expect(references.map((r) => [r.id, r.line, r.column, r.context])).toEqual([
      ['meta-llama/Llama-3.2-1B', 4, 20, 'comment'],
      ['meta-llama/Llama-3.2-1B', 12, 13, undefined],
    ]);
  });

  it("reads a header comment that names the file's model in words, as a comment", async () => {
    const { references } = await configFile.extract(loadFixture('config-file/real-world-lmdeploy-autotest.yml'));
    expect(references.filter((r) => r.context === 'comment').map((r) => [r.id, r.line])).toEqual([['Qwen/Qwen3-8B', 1]]);
  });
});

describe('config-file training recipes', () => {
  const rows = (path: string, text: string) =>
    (configFile.extract(makeSourceFile(path, text)) as ExtractResult).references.map((r) => [r.id, r.line, r.context]);

  it('reads the repo an axolotl config takes its tokenizer or model config from (tokenizer_config, base_model_config)', () => {
    // Cut from axolotl-ai-cloud/axolotl examples/mamba/config.yml and its RunPod reference config (held-out round 12).
    const text = [
      'base_model: state-spaces/mamba-2.8b',
      'model_type: MambaLMHeadModel',
      'tokenizer_type: AutoTokenizer',
      'tokenizer_config: EleutherAI/gpt-neox-20b',
      'base_model_config: ./llama-7b-hf',
      '',
    ].join('\n');
    expect(rows('examples/mamba/config.yml', text)).toEqual([
      ['state-spaces/mamba-2.8b', 1, undefined],
      ['EleutherAI/gpt-neox-20b', 4, undefined],
      ['./llama-7b-hf', 5, undefined],
    ]);
  });

  it('names the model trained, not the Hub repository the result is pushed to (hub_model_id)', () => {
    const text = [
      'model_name_or_path: Qwen/Qwen2.5-1.5B-Instruct',
      'dataset_name: open-r1/OpenR1-Math-220k',
      'hub_model_id: acme/Qwen2.5-1.5B-GRPO',
      '# hub_model_id: acme/Qwen2.5-1.5B-GRPO-v2',
      'push_to_hub: true',
      '',
    ].join('\n');
    expect(rows('recipes/grpo.yaml', text)).toEqual([['Qwen/Qwen2.5-1.5B-Instruct', 1, undefined]]);
  });

  it("reads the download command a recipe's header asks to run first, as a comment, and the checkpointer's folder", async () => {
    const { references } = await configFile.extract(loadFixture('config-file/real-world-torchtune.yaml'));
    expect(references).toEqual([
      expect.objectContaining({ id: 'meta-llama/Llama-2-7b-hf', line: 7, column: 19, context: 'comment' }),
      // The folder the download wrote, which the checkpointer loads its `checkpoint_files` from (session 35).
      expect.objectContaining({ id: '/tmp/Llama-2-7b-hf', source: 'local', line: 24 }),
    ]);
  });

  it("reads a composite action's run steps as commands", () => {
    const text = [
      'runs:',
      '  using: composite',
      '  steps:',
      '    - shell: bash',
      '      run: hf download --revision abc123 ggml-org/Qwen3-1.7B-GGUF Qwen3-1.7B-Q8_0.gguf',
      '',
    ].join('\n');
    expect(rows('.github/actions/setup-models/action.yml', text)).toEqual([['ggml-org/Qwen3-1.7B-GGUF', 5, undefined]]);
  });

  it('reads a model setting a step writes to an env file, not other settings or a message', () => {
    // Cut from infiniflow/ragflow .github/workflows/tests.yml:385-398.
    const text = [
      'jobs:',
      '  test:',
      '    steps:',
      '      - name: Prepare .env',
      '        run: |',
      '          {',
      '            echo "COMPOSE_PROFILES=${DOC_ENGINE},cpu,tei-cpu,deepdoc,metadata-mysql"',
      '            echo "TEI_MODEL=BAAI/bge-small-en-v1.5"',
      '            echo "RAGFLOW_IMAGE=${RAGFLOW_IMAGE}"',
      '          } >> .env',
      '          echo "Using model Qwen/Qwen2.5-7B-Instruct=default"',
      '',
    ].join('\n');
    expect(rows('.github/workflows/tests.yml', text)).toEqual([['BAAI/bge-small-en-v1.5', 8, undefined]]);
  });
});

describe('config-file: a model key holding a folder (held-out llm-learning, issue #15)', () => {
  it('reports a path written as one (`../`, `./`, `/`, `~/`) as a local model, not a mount point', () => {
    // Cut from 530154436/llm-learning llm-project-nlp/task_ner_llm/conf/Qwen2.5-7B-Instruct-clue-ner-lora-sft.yaml (lines 1-3).
    const text = '### model\nmodel_name_or_path: ../model_hub/Qwen2.5-7B-Instruct\ntrust_remote_code: true\nmodel_path: /mnt/models\n';
    const { references } = configFile.extract(makeSourceFile('conf/lora-sft.yaml', text)) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['../model_hub/Qwen2.5-7B-Instruct', 'local', 2]]);
    // An example path is where the reader puts their own (hiyouga/LLaMA-Factory examples/ktransformers/train_lora/deepseek_v3_int8_lora_sft_kt.yaml:2).
    const example = 'model_name_or_path: /path/to/DeepSeek-V3.1-source\n';
    expect((configFile.extract(makeSourceFile('examples/kt.yaml', example)) as ExtractResult).references).toEqual([]);
  });
});

describe('config-file: a model beside its provider (held-out continuedev/continue, issue #15, session 6)', () => {
  it("names no model after documentation's slots (`<MODEL_ID>`, `model ID`), `AUTODETECT` or a placeholder name", async () => {
    // 65 of the 114 wrong findings on continue's docs were `anthropic/<MODEL_ID>`-style slots.
    const { references } = (await configFile.extract(loadFixture('config-file/real-world-continue-placeholders.yaml'))) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['anthropic/claude-opus-4-6', 'api', 25]]);
  });
});

describe("config-file: a model entry's path on disk (held-out eosphoros-ai/DB-GPT, issue #15)", () => {
  it('reports the path of a model-section entry as the local weights it loads, beside the name it serves', () => {
    // Cut from eosphoros-ai/DB-GPT configs/dbgpt-local-glm.toml and dbgpt-local-llama-cpp.toml (lines 22-37): the
    // `path` of each `[[models.*]]` entry was not read, as only a Hub id counted under an entry key.
    const text = [
      '[models]',
      '[[models.llms]]',
      'name = "THUDM/glm-4-9b-chat-hf"',
      'provider = "hf"',
      '# path = "the-model-path-in-the-local-file-system"',
      'path = "models/THUDM/glm-4-9b-chat-hf"',
      '',
      '[[models.llms]]',
      'name = "DeepSeek-R1-Distill-Qwen-1.5B"',
      'provider = "llama.cpp"',
      'path = "models/DeepSeek-R1-Distill-Qwen-1.5B-Q4_K_M.gguf"',
      '',
      '[[models.embeddings]]',
      'name = "BAAI/bge-large-zh-v1.5"',
      'path = "/data/models/bge-large-zh-v1.5"',
      '',
      '[service.web.database]',
      'path = "pilot/meta_data/dbgpt.db"',
    ].join('\n');
    const { references } = configFile.extract(makeSourceFile('configs/dbgpt-local-glm.toml', text)) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['THUDM/glm-4-9b-chat-hf', 'huggingface', 3],
      ['models/THUDM/glm-4-9b-chat-hf', 'local', 6],
      ['models/DeepSeek-R1-Distill-Qwen-1.5B-Q4_K_M.gguf', 'local', 11],
      ['BAAI/bge-large-zh-v1.5', 'huggingface', 14],
      ['/data/models/bge-large-zh-v1.5', 'local', 15],
    ]);
  });
});

describe('config-file: the weights a file named for models lists (held-out opendatalab/MinerU, issue #15, session 8)', () => {
  it('reads each weights file of a models table whatever its key, not a dictionary, nor one a download ignores', () => {
    // Cut from opendatalab/MinerU mineru/model/utils/pytorchocr/utils/resources/models_config.yml (lines 1-13): the OCR
    // weights per language, joined by the code onto the downloaded OCR folder; 28 such files were missed.
    const text = [
      'lang:',
      '  ch_server:',
      '    det: ch_PP-OCRv6_small_det_infer.safetensors',
      '    rec: ch_PP-OCRv6_medium_rec_infer.safetensors',
      '    dict: ppocrv6_dict.txt',
      '  korean:',
      '    det: ch_PP-OCRv6_small_det_infer.safetensors',
      '    rec: korean_PP-OCRv5_rec_infer.pth',
      '    dict: ppocrv5_korean_dict.txt',
    ].join('\n');
    const rows = (path: string, body: string) =>
      (configFile.extract(makeSourceFile(path, body)) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);
    expect(rows('mineru/model/utils/pytorchocr/utils/resources/models_config.yml', text)).toEqual([
      ['ch_PP-OCRv6_small_det_infer.safetensors', 'local', 3],
      ['ch_PP-OCRv6_medium_rec_infer.safetensors', 'local', 4],
      ['ch_PP-OCRv6_small_det_infer.safetensors', 'local', 7],
      ['korean_PP-OCRv5_rec_infer.pth', 'local', 8],
    ]);
    // The same table in a file not named for models says nothing of what the values are.
    expect(rows('resources/ocr.yml', text)).toEqual([]);
    // xorbitsai/inference xinference/model/image/model_spec.json (lines 82-85): files a download skips.
    const spec = '{"cache_config": {"ignore_patterns": ["flux1-dev.safetensors"]}, "model_name": "FLUX.1-dev"}';
    expect(rows('xinference/model/image/model_spec.json', spec)).toEqual([]);
  });
});

describe('config-file: a configuration embedded as a YAML block scalar (held-out mudler/LocalAI, issue #15, session 9)', () => {
  const rows = (path: string, body: string) =>
    (configFile.extract(makeSourceFile(path, body)) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads the weights files of a model config written as a string (`config_file: |`), at their lines', () => {
    // Cut from mudler/LocalAI gallery/z-image-ggml.yaml (lines 1-15): the gallery template carries the model's config as
    // a literal block; its `parameters.model` and its `key:value` options name the weights the backend loads.
    const text = [
      '---',
      'name: "Z-Image-GGML"',
      '',
      'config_file: |',
      '  backend: stablediffusion-ggml',
      '  cfg_scale: 1',
      '  name: z-image-test',
      '  options:',
      '      - diffusion_model',
      '      - llm_path:Qwen3-4B.Q4_K_M.gguf',
      '      - vae_path:ae.safetensors',
      '      - offload_params_to_cpu:true',
      '  parameters:',
      '      model: z_image_turbo-Q4_0.gguf',
      '  step: 25',
    ].join('\n');
    expect(rows('gallery/z-image-ggml.yaml', text)).toEqual([
      ['Qwen3-4B.Q4_K_M.gguf', 'local', 10],
      ['ae.safetensors', 'local', 11],
      ['z_image_turbo-Q4_0.gguf', 'local', 14],
    ]);
  });

  it('reads a weights file under a model key in any YAML, and a folder path to one (gallery/nanbeige4.1.yaml, lines 1-13)', () => {
    const text = [
      'config_file: |',
      '    backend: llama-cpp',
      '    options:',
      '        - use_jinja:true',
      '    parameters:',
      '        model: llama-cpp/models/nanbeige4.1-3b-q8_0.gguf',
      '    template:',
      '        use_tokenizer_template: true',
      'name: nanbeige4.1',
    ].join('\n');
    expect(rows('gallery/nanbeige4.1.yaml', text)).toEqual([['llama-cpp/models/nanbeige4.1-3b-q8_0.gguf', 'local', 6]]);
    // Prose in a literal block is not configuration; an option naming an output file is not a model used.
    const prose = ['description: |', '  Model: the fastest one. Use it with care.', 'save:', '  - output_path:final.safetensors'].join('\n');
    expect(rows('gallery/notes.yaml', prose)).toEqual([]);
  });
});

describe("config-file: a model catalogue's ModelScope repositories (held-out gpustack/gpustack, issue #15, session 18)", () => {
  it('reads a key named for ModelScope as a ModelScope repository, not a Hub id or a LiteLLM route', () => {
    // gpustack/gpustack's model-catalog-modelscope.yaml: 177 of its 190 `model_scope_model_id` values were reported as
    // Hugging Face repositories, and `openai/whisper-large-v3` as OpenAI's hosted API.
    const { references } = configFile.extract(loadFixture('config-file/real-world-modelscope-catalogue.yaml')) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['openai/whisper-large-v3', 'modelscope', 9],
      ['Qwen/Qwen3-8B', 'modelscope', 16],
    ]);
  });
});

describe('config-file: a list of OpenAI model objects (held-out Portkey-AI/gateway, issue #15, session 21)', () => {
  it('reads every `"object": "model"` entry as a model, by its provider when no table knows its name', () => {
    // Portkey-AI/gateway src/data/models.json: 1,928 such entries, 1,098 of them (LocalAI gallery names, Ollama library
    // names, unknown organisations' routes) missed because only names a naming table knows were found.
    const { references } = configFile.extract(loadFixture('config-file/real-world-portkey-models.json')) as ExtractResult;
    expect(references.map((r) => r.id)).toContain('openai-compatible/acolyte-22b-i1');
    expect(references.find((r) => r.id === 'alfred')?.source).toBe('ollama');
  });
  it("leaves other objects with an id (a list, an embedding, a file) and an example's stand-in model", () => {
    const text = JSON.stringify(
      {
        object: 'list',
        data: [
          { id: 'file-abc123', object: 'file' },
          { id: 'emb-1', object: 'embedding' },
          // kaito's api_spec.json example of its /v1/models answer: a stand-in, no model.
          { id: 'my-model', object: 'model', created: 1700000000, owned_by: 'kaito' },
        ],
      },
      null,
      2,
    );
    const { references } = configFile.extract(makeSourceFile('data/files.json', text)) as ExtractResult;
    expect(references).toEqual([]);
  });
});

describe("config-file: a gateway's model mapping (held-out alibaba/higress, issue #15, session 21)", () => {
  it('reads modelMapping values as the upstream models and leaves its keys, the names clients send', () => {
    // higress ai-proxy README: `'gpt-4': 'Phi-3.5-MoE-instruct'` sends requests for gpt-4 to GitHub Models' Phi-3.5.
    const { references } = configFile.extract(loadFixture('config-file/real-world-higress-model-mapping.yaml')) as ExtractResult;
    expect(references.map((r) => r.id)).toContain('openai-compatible/Phi-3.5-MoE-instruct');
    expect(references.map((r) => r.line)).not.toContain(18); // `'*': 'dify'`: the provider's app, no model's name
  });
  it('reads the JSON string an Envoy Wasm plugin is configured with when it holds a model mapping', () => {
    const { references } = configFile.extract(loadFixture('config-file/real-world-higress-envoy.yaml')) as ExtractResult;
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['moonshot/moonshot-v1-8k', 23],
      ['moonshot/moonshot-v1-32k', 24],
      ['moonshot/moonshot-v1-8k', 25],
    ]);
  });
});

describe('config-file OpenCompass API models (held-out modelscope/evalscope, round 24)', () => {
  it("reads an API model entry's `path` beside `openai_api_base` as the name its server answers to, and no other `path`", async () => {
    const { references } = await configFile.extract(loadFixture('config-file/real-world-evalscope-opencompass-api.yaml'));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['openai-compatible/llama3-8b-instruct', 'api', 11]]);
  });
});

describe('config-file: JSON with comments (held-out xming521/WeClone, round 27)', () => {
  it('blanks line and block comments outside strings, keeping offsets and line breaks', () => {
    const text = '{\n  "model_name_or_path": "./models/Qwen2.5-7B-Instruct", // base model\n  /* a\n b */ "api_url": "https://xxx/v1" // OpenAI\n}\n';
    const blanked = blankJsonComments(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked.split('\n').length).toBe(text.split('\n').length);
    expect(blanked).not.toContain('base model');
    expect(blanked).not.toContain('OpenAI');
    expect(blanked).toContain('"https://xxx/v1"');
    expect(blanked.indexOf('"api_url"')).toBe(text.indexOf('"api_url"'));
  });
});

describe("config-file: a model section's path to a family-named folder (held-out OpenSPG/KAG, round 28)", () => {
  it('reads `vectorize_model: {path: ~/.cache/vectorizer/BAAI/bge-base-zh-v1.5}` as that local model, not a checkpoint or data path', async () => {
    const { references } = await configFile.extract(loadFixture('config-file/real-world-kag-vectorizer-path.yaml'));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['~/.cache/vectorizer/BAAI/bge-base-zh-v1.5', 'local', 10],
      ['deepseek/deepseek-chat', 'api', 17],
    ]);
  });
});

describe('config-file: yacs model configs (held-out OpenGVLab/InternVL, round 28)', () => {
  it("reads a model section's `PRETRAINED` weights file, not a `pretrained` switch nor an open_clip tag", async () => {
    // OpenGVLab/InternVL classification/configs/intern_vit_6b_1k_224.yaml:6-22 (a yacs config read by config.py).
    const text = [
      'DATA:',
      "  DATA_PATH: './data/imagenet-1k'",
      'MODEL:',
      '  TYPE: intern_vit_6b',
      '  INTERN_VIT_6B:',
      '    FREEZE_VIT: True',
      '    PATCH_SIZE: 14',
      '    PRETRAINED: "./pretrained/intern_vit_6b_224px.pth"',
      "    CLS_TARGET: 'cls_patch_concat'",
      '  CLIP:',
      '    PRETRAINED: laion400m_e32',
      '  BACKBONE:',
      '    PRETRAINED: True',
      'TRAIN:',
      '  EPOCHS: 10',
    ].join('\n');
    const { references } = (await configFile.extract(makeSourceFile('configs/intern_vit_6b_1k_224.yaml', text))) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['./pretrained/intern_vit_6b_224px.pth', 'local', 8]]);
  });
});

describe("config-file: a model's weights folder by path (held-out PaddlePaddle/ERNIE, session 29)", () => {
  it("reads a pre_train_model entry's params_path and an inference_model_path, not where the trainer saves", async () => {
    // PaddlePaddle/ERNIE applications/tasks/text_classification/examples/cls_ernie_fc_ch.json:120-141 (ERNIEKit's trainer
    // section) and cls_ernie_fc_ch_infer.json:42-47 (its inference section), cut together.
    const text = [
      '{',
      '  "trainer": {',
      '    "type": "CustomDynamicTrainer",',
      '    "PADDLE_PLACE_TYPE": "cpu",',
      '    "output_path": "./output/cls_ernie_3.0_base_fc_ch_dy",',
      '    "save_checkpoints_path": "./output/save_checkpoints/",',
      '    "load_checkpoint": "",',
      '    "pre_train_model": [',
      '      {',
      '        "name": "ernie_3.0_base_ch",',
      '        "params_path": "../../models_hub/ernie_3.0_base_ch_dir/params"',
      '      }',
      '    ]',
      '  },',
      '  "inference": {',
      '    "type": "CustomInference",',
      '    "output_path": "./output/predict_result.txt",',
      '    "save_inference_model_path": "./output/save_inference_model/",',
      '    "inference_model_path": "./output/cls_ernie_3.0_base_fc_ch_dy/save_inference_model/inference_step_126/"',
      '  }',
      '}',
    ].join('\n');
    const { references } = (await configFile.extract(makeSourceFile('examples/cls_ernie_fc_ch.json', text))) as ExtractResult;
    const rows = references.map((r) => [r.id, r.source, r.line]);
    expect(rows).toContainEqual(['../../models_hub/ernie_3.0_base_ch_dir/params', 'local', 11]);
    expect(rows).toContainEqual(['./output/cls_ernie_3.0_base_fc_ch_dy/save_inference_model/inference_step_126', 'local', 19]);
    // Where the trainer writes (output_path, save_*_path) is an output, not a model the config loads.
    expect(references.filter((r) => [5, 6, 17, 18].includes(r.line))).toEqual([]);
  });

  it('leaves a Hub id under such a key to the Hub rules, and a weights entry outside a model section alone', async () => {
    const text = ['reward_model_path: OpenRLHF/Llama-3-8b-rm-mixture', 'dataset:', '  weights_path: ./data/sample_weights'].join('\n');
    const { references } = (await configFile.extract(makeSourceFile('configs/rm.yaml', text))) as ExtractResult;
    expect(references.filter((r) => r.source === 'local')).toEqual([]);
  });
});

// Held-out round 32 (session 30): langchain4j's `bge-small-zh-v1.5-tokenizer.json` (a WordPiece vocabulary, `"a1": 9602`).
describe('config-file: a tokenizer file named for its model (held-out round 32)', () => {
  it('leaves a prefixed tokenizer.json alone, as the bare one', () => {
    expect(configFile.matches('src/main/resources/bge-small-zh-v1.5-tokenizer.json')).toBe(false);
    expect(configFile.matches('src/main/resources/all-minilm-l6-v2-q-tokenizer.json')).toBe(false);
    expect(configFile.matches('tokenizer.json')).toBe(false);
    expect(configFile.matches('config/tokenizers.json')).toBe(true);
  });
});

describe('config-file: an openai/ id on a router base URL (held-out bytedance/trae-agent, issue #15, session 30)', () => {
  it("keeps the router's own org/name id whole; on any other server openai/ stays LiteLLM's route prefix", async () => {
    // Cut from bytedance/trae-agent trae_config.json.example:13-17 and 63-67 (the legacy JSON config's provider blocks).
    const text = [
      '{',
      '  "model_providers": {',
      '    "openai": {',
      '      "base_url": "https://api.openai.com/v1",',
      '      "model": "gpt-4o"',
      '    },',
      '    "openrouter": {',
      '      "base_url": "https://openrouter.ai/api/v1",',
      '      "model": "openai/gpt-4o"',
      '    },',
      '    "local": {',
      '      "base_url": "http://localhost:8000/v1",',
      '      "model": "openai/Qwen2.5-7B-Instruct"',
      '    }',
      '  }',
      '}',
    ].join('\n');
    const { references } = (await configFile.extract(makeSourceFile('trae_config.json.example', text))) as ExtractResult;
    const rows = references.map((r) => [r.id, r.line]);
    expect(rows).toContainEqual(['openrouter/openai/gpt-4o', 9]);
    expect(rows).not.toContainEqual(['openrouter/gpt-4o', 9]);
    expect(rows).toContainEqual(['openai-compatible/Qwen2.5-7B-Instruct', 13]);
  });
});

describe('config-file: a map of models keyed by backend (held-out wenda-LLM/wenda, session 30)', () => {
  it("reads each entry's `path` as the weights its backend loads, Windows separators and bare family folders too", async () => {
    // wenda-LLM/wenda example.config.yml:80-115, 157-163 (cut): `llm_type` picks one entry of `llm_models`.
    const text = [
      'llm_type: rwkv',
      'llm_models:',
      '   rwkv:',
      '      path: "model/rwkv-x060-3b-world-v2-28%trained-20231208-ctx4k.pth" #rwkv模型位置"',
      '      # path: "model/RWKV-code-4-World-7B-20230820-ctx32k.pth" #rwkv模型位置"',
      '      strategy: "cuda fp16"',
      '   glm6b:',
      '      path: "model\\\\chatglm3-6b"',
      '      strategy: "cuda fp16"',
      '   qwen:',
      '      path: model\\Qwen-7B-Chat',
      '   aquila:',
      '      path: "AquilaChat-7B"',
      '   llama:',
      '      path: "model/stable-vicuna-13B.ggml.q4_2.bin"',
      '   openai:',
      '      api_host: "http://127.0.0.1:8000/v1" #rwkv runner',
    ].join('\n');
    const { references } = (await configFile.extract(makeSourceFile('example.config.yml', text))) as ExtractResult;
    const rows = references.map((r) => [r.id, r.source, r.line]);
    expect(rows).toEqual([
      ['model/rwkv-x060-3b-world-v2-28%trained-20231208-ctx4k.pth', 'local', 4],
      ['model\\chatglm3-6b', 'local', 8],
      ['model\\Qwen-7B-Chat', 'local', 11],
      ['AquilaChat-7B', 'local', 13],
      ['model/stable-vicuna-13B.ggml.q4_2.bin', 'local', 15],
    ]);
  });

  it('leaves other paths of such entries alone: a data folder, a word, where a run writes', async () => {
    const text = [
      'eval_models:',
      '  small:',
      '    path: data/eval.jsonl',
      '  big:',
      '    path: default',
      '  out:',
      '    output:',
      '      path: models/out',
    ].join('\n');
    const { references } = (await configFile.extract(makeSourceFile('settings.yaml', text))) as ExtractResult;
    expect(references).toEqual([]);
  });
});

describe("a run config's top-level checkpoint folder (held-out round 33, session 30)", () => {
  // Cut from modelscope/ClearerVoice-Studio's clearvoice/config/inference/FRCRN_SE_16K.yaml.
  it('reports `checkpoint_dir: "checkpoints/<model>"` as the local folder loaded', async () => {
    const text = [
      '## FRCRN_SE_16K inference config',
      'mode: inference',
      'use_cuda: 1 # 1 for True, 0 for False',
      'num_gpu: 1',
      'sampling_rate: 16000',
      'network: "FRCRN_SE_16K"  ##network type',
      'checkpoint_dir: "checkpoints/FRCRN_SE_16K"',
      'input_path: "data/cv_webrtc_test_set_20200521_16k.scp"',
      'output_dir: "outputs/FRCRN_SE_16K" ## output dir to store processed audio',
    ].join('\n');
    const { references } = (await configFile.extract(makeSourceFile('config/inference/FRCRN_SE_16K.yaml', text))) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['checkpoints/FRCRN_SE_16K', 'local', 7]]);
  });

  it('leaves a run log folder, a folder without a digit and a nested entry alone', async () => {
    const text = ['checkpoint_dir: "checkpoints/log_2024-07-22"', 'ckpt_dir: ckpts/final', 'trainer:', '  checkpoint_dir: checkpoints/run1'].join('\n');
    const { references } = (await configFile.extract(makeSourceFile('config/train.yaml', text))) as ExtractResult;
    expect(references).toEqual([]);
  });
});

describe('config-file: a diffusion component folder under a role key (session 31)', () => {
  it('reads `vae_path: ./ckpts/<model>/vae` in a config holding no model key, and leaves other path keys and outputs', async () => {
    // Cut from Tencent/HunyuanVideo-I2V hyvideo/hyvae_extract/vae.yaml (lines 1-4): the VAE folder the latent extractor
    // loads, the only weights the file names (no `model` word anywhere, so the cheap test before parsing must let it in).
    const text = [
      'vae_path: "./ckpts/hunyuan-video-i2v-720p/vae"',
      'video_url_files: "/path/to/meta_file.list"',
      'output_base_dir: "/path/to/output/directory"',
      'sample_n_frames: 129',
    ].join('\n');
    const { references } = (await configFile.extract(makeSourceFile('hyvideo/hyvae_extract/vae.yaml', text))) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['./ckpts/hunyuan-video-i2v-720p/vae', 'local', 1]]);
    // A text encoder's folder too; not a data folder under another key, nor a component written as an output.
    const other = ['text_encoder_2_dir: ./ckpts/text_encoder_2', 'data_dir: ./data/videos', 'output:', '  vae_path: ./out/vae'].join('\n');
    const found = (await configFile.extract(makeSourceFile('configs/infer.yaml', other))) as ExtractResult;
    expect(found.references.map((r) => [r.id, r.line])).toEqual([['./ckpts/text_encoder_2', 1]]);
  });
});

describe('config-file: a diffusion part loaded by file (held-out round 36, session 32)', () => {
  it("reads a preset's default VAE, refiner and LoRA files, not a slot to fill in or an output", async () => {
    // Cut from lllyasviel/Fooocus presets/sai.json (lines 2-9), presets/pony_v6.json (line 5) and readme.md's config.txt block.
    const text = [
      '{',
      '    "default_model": "sd_xl_base_1.0_0.9vae.safetensors",',
      '    "default_refiner": "sd_xl_refiner_1.0_0.9vae.safetensors",',
      '    "default_vae": "ponyDiffusionV6XL_vae.safetensors",',
      '    "default_loras": [',
      '        [',
      '            true,',
      '            "sd_xl_offset_example-lora_1.0.safetensors",',
      '            0.1',
      '        ],',
      '        ["lora_filename_1.safetensors", 0.5]',
      '    ],',
      '    "default_refiner_switch": 0.5,',
      '    "output": {"default_vae": "decoded_vae.safetensors"}',
      '}',
    ].join('\n');
    const { references } = (await configFile.extract(makeSourceFile('presets/sai.json', text))) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['sd_xl_base_1.0_0.9vae.safetensors', 'local', 2],
      ['sd_xl_refiner_1.0_0.9vae.safetensors', 'local', 3],
      ['ponyDiffusionV6XL_vae.safetensors', 'local', 4],
      ['sd_xl_offset_example-lora_1.0.safetensors', 'local', 8],
    ]);
  });
});

describe('config-file: pretrained component folders and checkpoint-keyed files (held-out round 36, session 32)', () => {
  it('reads `pretrained_vae_path`, `image_encoder_path` folders and a weights file under a `*_ckpt` key, not an output', async () => {
    // Cut from Zejun-Yang/AniPortrait configs/prompts/animation.yaml (lines 1-5) and configs/inference/inference_audio.yaml
    // (lines 15-17): the VAE and CLIP image-encoder folders the scripts load, the audio-to-mesh checkpoint torch.load reads.
    const text = [
      "pretrained_base_model_path: './pretrained_model/stable-diffusion-v1-5'",
      "pretrained_vae_path: './pretrained_model/sd-vae-ft-mse'",
      "image_encoder_path: './pretrained_model/image_encoder'",
      'pretrained_model:',
      '  a2m_ckpt: ./pretrained_model/audio2mesh.pt',
      'output:',
      '  image_encoder_path: ./out/image_encoder',
      '  last_ckpt: ./out/last.pt',
    ].join('\n');
    const { references } = (await configFile.extract(makeSourceFile('configs/prompts/animation.yaml', text))) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['./pretrained_model/stable-diffusion-v1-5', 'local', 1],
      ['./pretrained_model/sd-vae-ft-mse', 'local', 2],
      ['./pretrained_model/image_encoder', 'local', 3],
      ['./pretrained_model/audio2mesh.pt', 'local', 5],
    ]);
  });
});

describe("config-file: a Cog config's build.run commands (held-out round 37, session 33)", () => {
  it('reads a weights file a build.run command downloads, only in a Cog config', async () => {
    // OpenTalker/SadTalker cog.yaml:31-32 (the face_alignment S3FD detector fetched into the torch hub cache)
    const text = [
      'build:',
      '  gpu: true',
      '  run:',
      '    - mkdir -p /root/.cache/torch/hub/checkpoints/ && wget --output-document "/root/.cache/torch/hub/checkpoints/s3fd-619a316812.pth" "https://www.adrianbulat.com/downloads/python-fan/s3fd-619a316812.pth"',
      'predict: "predict.py:Predictor"',
    ].join('\n');
    const rows = async (path: string) =>
      ((await configFile.extract(makeSourceFile(path, text))) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);
    expect(await rows('cog.yaml')).toEqual([['s3fd-619a316812.pth', 'local', 4]]);
    expect(await rows('deploy/build.yaml')).toEqual([]);
  });
});

describe('config-file weights under a pipeline part key (session 33)', () => {
  it("reads a weights file under `motion_module` / `controlnet_path` as local, not an output's (guoyww/AnimateDiff configs/prompts)", () => {
    const text = [
      '- dreambooth_path: "models/DreamBooth_LoRA/realisticVisionV60B1_v51VAE.safetensors"',
      '  lora_model_path: ""',
      '  inference_config: "configs/inference/inference-v3.yaml"',
      '  motion_module: "models/Motion_Module/v3_sd15_mm.ckpt"',
      '  controlnet_path: "models/SparseCtrl/v3_sd15_sparsectrl_rgb.ckpt"',
      '  output_module: "samples/out.ckpt"',
      '  motion_module_lora_configs:',
      '    - path: "models/MotionLoRA/v2_lora_ZoomIn.ckpt"',
      '      alpha: 1.0',
      '',
    ].join('\n');
    const rows = (configFile.extract(makeSourceFile('configs/prompts/1_animate/1_1_animate_RealisticVision.yaml', text)) as ExtractResult).references.map(
      (r) => [r.id, r.source, r.line],
    );
    expect(rows).toContainEqual(['models/Motion_Module/v3_sd15_mm.ckpt', 'local', 4]);
    expect(rows).toContainEqual(['models/SparseCtrl/v3_sd15_sparsectrl_rgb.ckpt', 'local', 5]);
    expect(rows.filter((r) => r[2] === 3 || r[2] === 6)).toEqual([]);
  });

  it("reads no shard of a sharded checkpoint's `weight_map` under a tensor's name (lead review, session 33)", () => {
    // kodiakllc/kdk-mlx hf_models/Llama-3.2-11B-Vision-Instruct-4bit/model.safetensors.index.json (cut): 706 wrong findings.
    const text = [
      '{',
      '  "metadata": { "total_size": 7290000000 },',
      '  "weight_map": {',
      '    "language_model.model.layers.0.mlp.down_proj.weight": "model-00001-of-00002.safetensors",',
      '    "vision_model.transformer.layers.9.self_attn.o_proj.weight": "model-00002-of-00002.safetensors"',
      '  }',
      '}',
    ].join('\n');
    expect((configFile.extract(makeSourceFile('model.safetensors.index.json', text)) as ExtractResult).references).toEqual([]);
  });

  it('still reads a dotted key path ending in a path key (modelscope/data-juicer sandbox recipes)', () => {
    // modelscope/data-juicer configs/data_juicer_recipes/sandbox/easyanimate_text_to_video/3_duplicate_pipeline.yaml:26-28.
    const text = [
      "  - hook: 'InferModelHook'",
      '    local:',
      '      extra_configs.train.model_path.lora_path: "../../../outputs/demo-bench/models/checkpoint-2.safetensors"',
      '',
    ].join('\n');
    const rows = (configFile.extract(makeSourceFile('pipeline.yaml', text)) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(rows).toEqual([['../../../outputs/demo-bench/models/checkpoint-2.safetensors', 3]]);
  });
});

describe('config-file *_name_or_path keys (session 33)', () => {
  it('reads an `extras_name_or_path` beside `name_or_path` as the Hub model the job also loads (ostris/ai-toolkit config/examples/train_lora_hidream_48.yaml:76-78)', () => {
    const text = [
      'config:',
      '  process:',
      '    - model:',
      '        name_or_path: "HiDream-ai/HiDream-I1-Full"',
      '        # the extras will be grabbed from this hf repo. (text encoder, vae)',
      '        extras_name_or_path: "HiDream-ai/HiDream-I1-Full"',
      '        arch: "hidream"',
      '      save:',
      '        output_name_or_path: "my-org/my-lora"',
      '',
    ].join('\n');
    const rows = (configFile.extract(makeSourceFile('config/examples/train_lora_hidream_48.yaml', text)) as ExtractResult).references.map((r) => [
      r.id,
      r.line,
    ]);
    expect(rows).toContainEqual(['HiDream-ai/HiDream-I1-Full', 4]);
    expect(rows).toContainEqual(['HiDream-ai/HiDream-I1-Full', 6]);
  });
});

describe('held-out round 38 (session 34): an lm-evaluation-harness config file', () => {
  it('reads the model under model_args (pretrained:), not the backend under model:', () => {
    // EleutherAI/lm-evaluation-harness docs/config_files.md:60-66 (the YAML block, cut).
    const text = ['model: hf', 'model_args:', '  pretrained: gpt2', '  dtype: float32', 'tasks:', '  - hellaswag'].join('\n');
    const { references } = configFile.extract({ relPath: 'basic_eval.yaml', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['openai-community/gpt2', 'huggingface', 3]]);
  });
});

describe('config-file: local weights a video chat config names (held-out OpenGVLab/Ask-Anything, round 38, session 34)', () => {
  const rows = (path: string, lines: string[]) =>
    (configFile.extract(makeSourceFile(path, lines.join('\n'))) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);

  it("reads a role's model path two parts deep under a weights folder, and a path with a doubled slash; not a folder named for no model", () => {
    // Cut from video_chat/configs/config.json:2-7 and video_chat2/configs/config_mistral_hd.json:5.
    expect(
      rows('video_chat/configs/config.json', [
        '{',
        '  "model": {',
        '    "vit_model_path": "model/eva_vit_g.pth",',
        '    "llama_model_path": "model/stable-vicuna-13b",',
        '    "mistral_model_path": "your_model_path/llm//Mistral-7B-Instruct-v0.2",',
        '    "reward_model_path": "model/reward"',
        '  }',
        '}',
      ]),
    ).toEqual([
      ['model/eva_vit_g.pth', 3, 'local'],
      ['model/stable-vicuna-13b', 4, 'local'],
      ['your_model_path/llm//Mistral-7B-Instruct-v0.2', 5, 'local'],
    ]);
  });

  it('reads a checkpoint key holding a weights file written from the root; not a placeholder path', () => {
    // Cut from video_miniGPT4/eval_configs/minigpt4_eval.yaml:1-11.
    expect(
      rows('eval_configs/minigpt4_eval.yaml', [
        'model:',
        '  arch: mini_gpt4',
        '  model_type: pretrain_vicuna',
        "  ckpt: '/nvme/share_data/model/pretrained_minigpt4.pth'",
        'other:',
        "  ckpt: '/path/to/checkpoint.pth'",
      ]),
    ).toEqual([['/nvme/share_data/model/pretrained_minigpt4.pth', 4, 'local']]);
  });
});

describe('config-file: a placeholder path named for the reader (held-out meta-llama/llama-recipes, round 38, session 34)', () => {
  it('reads no model in `"MODEL_PATH": "meta-llama/your-model-path"`, and still the publisher id beside it', async () => {
    // meta-llama/llama-recipes end-to-end-use-cases/benchmarks/inference/on_prem/vllm/parameters.json:2-5 (cut).
    const text = [
      '{',
      '    "MAX_NEW_TOKENS" : 256,',
      '    "MODEL_PATH" : "meta-llama/your-model-path",',
      '    "MODEL_NAME" : "meta-llama/Llama-3.1-8B-Instruct"',
      '}',
    ].join('\n');
    const { references } = (await configFile.extract(makeSourceFile('benchmarks/parameters.json', text))) as ExtractResult;
    expect(references.map((r) => [r.id, r.line])).toEqual([['meta-llama/Llama-3.1-8B-Instruct', 4]]);
  });
});

describe('config-file: checkpoint URLs in a model section (held-out salesforce/LAVIS, session 34)', () => {
  it('reads a weights file URL under pretrained / finetuned / *_qformer keys as that file, not a dataset URL or a Hub URL', async () => {
    // salesforce/LAVIS lavis/configs/models/albef_classification_ve.yaml:6-11 and
    // lavis/projects/xinstruct_blip/eval/vicuna7b_nocue/video_image/vatex_captioning.yaml:9-19, cut together; a datasets
    // section's annotation `url:` and a Hub file URL added below.
    const text = [
      'model:',
      '  arch: albef_classification',
      '  load_finetuned: True',
      '',
      '  finetuned: "https://storage.googleapis.com/sfr-vision-language-research/LAVIS/models/ALBEF/albef_snli_ve_lavis.pt"',
      '  pretrained: "https://storage.googleapis.com/sfr-pcl-data-research/ALBEF/ALBEF.pth"',
      '  # pretrained: https://storage.googleapis.com/sfr-xinstructblip-data-research/model/xinstructblip_checkpoints/vicuna7b_nocue/video_qformer.pth',
      '  stage1_url_or_filename: null',
      '  image_model: "eva_clip_g"',
      '  pretrained_image_qformer: https://storage.googleapis.com/sfr-xinstructblip-data-research/model/xinstructblip_checkpoints/vicuna7b_nocue/image_qformer.pth',
      '  checkpoint: https://huggingface.co/lllyasviel/ControlNet/resolve/main/annotator/ckpts/body_pose_model.pth',
      'datasets:',
      '  coco_caption:',
      '    build_info:',
      '      annotations:',
      '        train:',
      '          url: https://storage.googleapis.com/sfr-vision-language-research/datasets/coco_karpathy_train.json',
      '          storage: coco/annotations/coco_karpathy_train.json',
      '          pretrained: https://storage.googleapis.com/sfr-vision-language-research/datasets/feats.pth',
    ].join('\n');
    const { references } = (await configFile.extract(makeSourceFile('lavis/configs/models/albef_classification_ve.yaml', text))) as ExtractResult;
    const ids = references.map((r) => [r.id, r.source, r.line]);
    expect(ids).toEqual(
      expect.arrayContaining([
        ['albef_snli_ve_lavis.pt', 'local', 5],
        ['ALBEF.pth', 'local', 6],
        ['image_qformer.pth', 'local', 10],
      ]),
    );
    // Not the commented-out line, nor anything outside the model section; a Hub file URL is its repo, not a local file.
    expect(ids.filter(([, , line]) => line === 7 || (line as number) > 11)).toEqual([]);
    expect(ids.filter(([, , line]) => line === 11)).toEqual([['lllyasviel/ControlNet', 'huggingface', 11]]);
  });
});

describe('config-file: checkpoints given by absolute path in a model section (held-out salesforce/LAVIS, session 34)', () => {
  it('reads an absolute weights path under a *_qformer or projection_path_* key, not a relative data file nor an output', async () => {
    // salesforce/LAVIS lavis/projects/xinstruct_blip/eval/vicuna7b/video_no_upsample/msvd_qa.yaml:19-21 and
    // lavis/projects/xinstruct_blip/eval/discrn/image_3d_describe_proj.yaml:74, cut together; run settings added below.
    const text = [
      'model:',
      '  arch: blip2_vicuna_xinstruct',
      '  pretrained_image_qformer: https://storage.googleapis.com/sfr-xinstructblip-data-research/model/xinstructblip_checkpoints/vicuna7b/image_qformer.pth',
      '  pretrained_video_qformer: /export/home/LAVIS-xgen_mm/lavis/output/xinstructblip/train/vicuna7b/video/20231111090/checkpoint_10000.pth',
      '  projection_path_pc: https://storage.googleapis.com/sfr-xinstructblip-data-research/model/xinstructblip_checkpoints/linear_projection_7b/pc_qformer_linear.pth',
      '  audio_encoder_kwargs: {}',
      'run:',
      '  output_dir: /export/home/LAVIS-xgen_mm/lavis/output/xinstructblip/eval/checkpoint_best.pth',
      '  save_path: /export/home/out/model.pth',
    ].join('\n');
    const { references } = (await configFile.extract(makeSourceFile('lavis/projects/xinstruct_blip/eval/msvd_qa.yaml', text))) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['image_qformer.pth', 'local', 3],
      ['/export/home/LAVIS-xgen_mm/lavis/output/xinstructblip/train/vicuna7b/video/20231111090/checkpoint_10000.pth', 'local', 4],
      ['pc_qformer_linear.pth', 'local', 5],
    ]);
  });

  it("reads no documentation placeholder there (ostris/ai-toolkit's example slider config, lead review of round 38)", async () => {
    // ostris/ai-toolkit extensions_built_in/ultimate_slider_trainer/config/train.example.yaml:32-34 (cut).
    const text = ['model:', '  name_or_path: "/path/to/model.safetensors"', '  is_v2: false'].join('\n');
    const { references } = (await configFile.extract(makeSourceFile('config/train.example.yaml', text))) as ExtractResult;
    expect(references).toEqual([]);
  });
});

describe('config-file: a model folder in a weights root under a model key (held-out DAMO-NLP-SG/Video-LLaMA, session 35)', () => {
  it('reads `llama_model: "ckpt/vicuna-7b/"` as the local folder, not a Hub id of an organisation `ckpt`', () => {
    // DAMO-NLP-SG/Video-LLaMA video_llama/configs/models/video_llama.yaml:1-16, cut.
    const text = [
      'model:',
      '  arch: video_llama',
      '  model_type: pretrain_vicuna',
      '  # Q-Former',
      '  num_query_token: 32',
      '  # Vicuna',
      '  llama_model: "ckpt/vicuna-7b/"',
      '  tokenizer_model: "weights/tokenizer"',
      '  text_model: "bert-base-uncased"',
      '',
    ].join('\n');
    const { references } = configFile.extract(makeSourceFile('video_llama/configs/models/video_llama.yaml', text)) as ExtractResult;
    expect(references.map((r) => [r.line, r.id, r.source])).toEqual([
      [7, 'ckpt/vicuna-7b', 'local'],
      [9, 'google-bert/bert-base-uncased', 'huggingface'],
    ]);
  });
});

describe('config-file: a checkpointer loading its files from checkpoint_dir (held-out pytorch/torchtune, session 35)', () => {
  it("reads each checkpointer's checkpoint_dir beside its checkpoint_files, not an interpolation, the output nor a bare checkpoint_dir", async () => {
    // pytorch/torchtune recipes/configs/llama3_2/8B_to_1B_KD_lora_single_device.yaml:18-62 (cut), a save-only block added below.
    const text = [
      'output_dir: /tmp/torchtune/llama3_2_8B_to_1B/KD_lora_single_device',
      'tokenizer:',
      '  _component_: torchtune.models.llama3.llama3_tokenizer',
      '  path: /tmp/Llama-3.2-1B-Instruct/original/tokenizer.model',
      'checkpointer:',
      '  _component_: torchtune.training.FullModelHFCheckpointer',
      '  checkpoint_dir: /tmp/Llama-3.2-1B-Instruct/',
      '  checkpoint_files: [',
      '    model.safetensors',
      '  ]',
      '  output_dir: ${output_dir}',
      'teacher_checkpointer:',
      '  _component_: torchtune.training.FullModelHFCheckpointer',
      '  checkpoint_dir: /tmp/Meta-Llama-3.1-8B-Instruct/',
      '  checkpoint_files: [model-00001-of-00004.safetensors, model-00002-of-00004.safetensors]',
      'ref_checkpointer:',
      '  checkpoint_dir: ${base_model_path}',
      '  checkpoint_files: [model.safetensors]',
      'trainer:',
      '  checkpoint_dir: /tmp/run-checkpoints-7b',
    ].join('\n');
    const { references } = (await configFile.extract(makeSourceFile('recipes/configs/llama3_2/8B_to_1B_KD_lora_single_device.yaml', text))) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['/tmp/Llama-3.2-1B-Instruct', 'local', 7],
      ['/tmp/Meta-Llama-3.1-8B-Instruct', 'local', 14],
    ]);
  });
});

describe('config-file: an .ini read as TOML (held-out InternLM/HuixiangDou, session 35)', () => {
  it("reads the folders a TOML-shaped .ini names under a role's model path, and leaves a configparser .ini alone", async () => {
    // InternLM/HuixiangDou resource/inner-test.ini:1-4 and web/proxy/config-template.ini:21-29 (cut together).
    const text = [
      '[feature_store]',
      'reject_throttle = 0.4',
      'embedding_model_path = "/data/share/bce-embedding-base_v1"',
      'reranker_model_path = "/data/share/bce-reranker-base_v1"',
      'work_dir = "workdir"',
      '',
      '[llm.server]',
      '# local_llm_path = "/path/to/your/internlm2"',
      'local_llm_path = "/root/models/internlm2-chat-7b"',
      'save_path = "logs/work.txt"',
    ].join('\n');
    const { references, diagnostics } = (await configFile.extract(makeSourceFile('resource/inner-test.ini', text))) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['/data/share/bce-embedding-base_v1', 'local', 3],
      ['/data/share/bce-reranker-base_v1', 'local', 4],
      ['/root/models/internlm2-chat-7b', 'local', 9],
    ]);
    expect(diagnostics).toEqual([]);
    // configparser's bare values (setup.cfg-style): not TOML, read by no rule here, and no malformed file.
    const bare = ['[model]', 'model_path = /data/share/bce-embedding-base_v1', 'workers = 4'].join('\n');
    const other = (await configFile.extract(makeSourceFile('settings.ini', bare))) as ExtractResult;
    expect(other).toEqual({ references: [], diagnostics: [] });
  });
});

describe('config-file: a run config top-level weights URL (held-out THUDM/ImageReward, session 35)', () => {
  it('reads a weights URL under a top-level path key, not a data URL nor a saved checkpoint', async () => {
    // THUDM/ImageReward train/src/config/config.yaml:1-7 (cut); the data and save lines are added for contrast.
    const text = [
      '# ckpt/config options(static)',
      'blip_path: https://storage.googleapis.com/sfr-vision-language-research/BLIP/models/model_large.pth',
      'med_config: src/config/med_config.json',
      '# ckpt/logger options(dynamic)',
      'checkpoint_base: checkpoint',
      'ann_path: https://storage.googleapis.com/sfr-vision-language-research/datasets/coco_karpathy_train.json',
      'save_path: https://example.com/out/model_best.pth',
    ].join('\n');
    const { references } = (await configFile.extract(makeSourceFile('train/src/config/config.yaml', text))) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['model_large.pth', 'local', 2]]);
  });
});

describe("config-file: a fine-tuning experiment's llm_backbone (held-out h2oai/h2o-llmstudio, session 36)", () => {
  it('reads `llm_backbone:` as the model the experiment fine-tunes, not its dtype', async () => {
    // h2oai/h2o-llmstudio examples/example_oasst2.yaml (lines 1-2, 4, 6 and 54-58).
    const text = [
      'architecture:',
      '    backbone_dtype: int4',
      '    intermediate_dropout: 0.0',
      '    pretrained_weights: ""',
      'experiment_name: example_oasst2',
      'llm_backbone: h2oai/h2o-danube2-1.8b-base',
      'logging:',
      '    logger: None',
      '    neptune_project: ""',
      'output_directory: examples/output_oasst2',
    ].join('\n');
    const { references } = (await configFile.extract(makeSourceFile('examples/example_oasst2.yaml', text))) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['h2oai/h2o-danube2-1.8b-base', 'huggingface', 6]]);
  });
});

describe("config-file: a Megatron-style run config's top-level load (held-out EleutherAI/gpt-neox, session 36)", () => {
  it('reads `"load"` into a folder named like a model, not `checkpoints`, `save` nor a /path/to placeholder', async () => {
    // EleutherAI/gpt-neox post-training/configs/llama3-8b-dpo.yml:114-124 (cut) and configs/local_setup.yml:21-22.
    const text = [
      '{',
      '  "checkpoint_factor": 1000,',
      '  "save": "checkpoints/dpo/llama3/llama3-8b-instruct",',
      '  #"load": "", # once run is started, to restart from intermediate ckpt use "load" = "save"',
      '  "load": "checkpoints/neox_converted/llama3-8b-instruct",',
      '  "model_parallel_size": 4,',
      '}',
    ].join('\n');
    const { references } = (await configFile.extract(makeSourceFile('post-training/configs/llama3-8b-dpo.yml', text))) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['checkpoints/neox_converted/llama3-8b-instruct', 'local', 5]]);
    const generic = ['{', '  "save": "checkpoints",', '  "load": "checkpoints",', '  "model_parallel_size": 1,', '}'].join('\n');
    expect(((await configFile.extract(makeSourceFile('configs/local_setup.yml', generic))) as ExtractResult).references).toEqual([]);
    // configs/llemma/7B.yml:95-97 (cut): a placeholder root.
    const placeholder = [
      '{',
      '  "save": "/path/to/save/llema-replication",',
      '  "load": "/path/to/converted/codellama_7b_weights_with_mp2",',
      '  "model_parallel_size": 2,',
      '}',
    ].join('\n');
    expect(((await configFile.extract(makeSourceFile('configs/llemma/7B.yml', placeholder))) as ExtractResult).references).toEqual([]);
  });
});
