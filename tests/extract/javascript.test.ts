import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/extract/extractor.js';
import javascript from '../../src/extract/javascript.js';
import { describeExtractor, loadFixture } from '../helpers/extract-fixtures.js';

describeExtractor(
  'javascript',
  javascript,
  [
    ['web/src/chat.ts', true],
    ['widget.tsx', true],
    ['server.mjs', true],
    ['legacy/app.cjs', true],
    ['types/index.d.ts', false],
    ['types/index.d.mts', false],
    ['dist/app.min.js', false],
    ['styles/app.css', false],
  ],
  'not-javascript.js',
);

describe('javascript class fields', () => {
  it("resolves `this.model` to its own class's field, and `Class.model` from outside", () => {
    const text = [
      "import { pipeline } from '@huggingface/transformers';",
      'class Embedder {',
      "  static model = 'Xenova/all-MiniLM-L6-v2';",
      '  static get() { return pipeline("feature-extraction", this.model); }',
      '}',
      'class Classifier {',
      "  static model = 'Xenova/distilbert-base-uncased-finetuned-sst-2-english';",
      '}',
      "const classify = await pipeline('text-classification', Classifier.model);",
      '',
    ].join('\n');
    const { references } = javascript.extract({ relPath: 'worker.js', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['Xenova/all-MiniLM-L6-v2', 3],
      ['Xenova/distilbert-base-uncased-finetuned-sst-2-english', 7],
    ]);
  });
});

describe('javascript: WebLLM loaders (held-out mlc-ai/web-llm, issue #15)', () => {
  it("reads the model id WebLLM's loaders take as the mlc-ai repository it names, not a stand-in or a page's reload", async () => {
    // web-llm's docs load `CreateMLCEngine("Llama-3.1-8B-Instruct", {`, `engine.reload(["Llama-3.1-8B", "Gemma-2B"], ...)`:
    // 10 labelled references in its reStructuredText code-blocks were missed (no model-named holder, no MLC suffix).
    const { references } = (await javascript.extract(loadFixture('javascript/real-world-webllm-loaders.ts'))) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['mlc-ai/Llama-3.1-8B-Instruct', 'huggingface', 6],
      ['mlc-ai/Llama-3.1-8B-Instruct', 'huggingface', 8],
      ['mlc-ai/Llama-3.1-8B-Instruct', 'huggingface', 11],
      ['mlc-ai/Llama-3.1-8B', 'huggingface', 13],
      ['mlc-ai/Gemma-2B', 'huggingface', 13],
    ]);
  });

  it('reads no model in a model-named constant that holds a version (mlc-ai/web-llm src/config.ts:324-350)', () => {
    const text = [
      'export const modelVersion = "v0_2_83/base";',
      'export const modelLibURLPrefix =',
      '  "https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/";',
      '    {',
      '      model: "https://huggingface.co/mlc-ai/Llama-3.2-1B-Instruct-q4f32_1-MLC",',
    ].join('\n');
    const found = javascript.extract({ relPath: 'src/config.ts', size: text.length, text }) as ExtractResult;
    expect(found.references.map((r) => [r.id, r.line])).toEqual([['mlc-ai/Llama-3.2-1B-Instruct-q4f32_1-MLC', 5]]);
  });
});

describe('javascript: a model path set to a weights file (held-out HKUDS/VideoRAG, round 34, session 31)', () => {
  it('reads a key or variable named for a model path holding a weights file, as a string, a template or a path join', () => {
    // HKUDS/VideoRAG Vimo-desktop: VideoRAGConfig.tsx:27 and :73, handlers/videorag-handlers.ts:251, main/main.ts:62 and :105.
    const text = [
      'const [config, setConfig] = useState({',
      "  image_bind_model_path: '/Users/renxubin/Desktop/videorag-store/imagebind_huge/imagebind_huge.pth',",
      '})',
      'const modelPath = `${result.path}/imagebind_huge.pth`',
      "imagebindModelPath = require('path').join(settings.storeDirectory, 'imagebind_huge', 'imagebind_huge.pth')",
      "const imagebindPath = join(storeDirectory, 'imagebind_huge', 'imagebind_huge.pth');",
      "const url = 'https://dl.fbaipublicfiles.com/imagebind/imagebind_huge.pth';",
      "const outputModelPath = './out/finetuned.safetensors';",
      'const modelFile = `${dir}/model.safetensors`;',
    ].join('\n');
    const { references } = javascript.extract({ relPath: 'src/main/handlers/videorag-handlers.ts', size: text.length, text }) as ExtractResult;
    // Not the path variable or URL named for no model (:6, :7), a file written (:8), nor a checkpoint's conventional name (:9).
    expect(references.map((r) => [r.id, r.source, r.line, r.column])).toEqual([
      ['/Users/renxubin/Desktop/videorag-store/imagebind_huge/imagebind_huge.pth', 'local', 2, 27],
      ['imagebind_huge.pth', 'local', 4, 35],
      ['imagebind_huge.pth', 'local', 5, 87],
    ]);
  });
});

describe('javascript *_name_or_path settings (session 33)', () => {
  it("reads a UI's `name_or_path` defaults and options as Hub models (ostris/ai-toolkit ui/src options.tsx, captionOptions.ts)", () => {
    const text = [
      "const defaultNameOrPath = '';",
      'export const modelArchs = [',
      '  {',
      "    name: 'flex1',",
      '    defaults: {',
      '      // default updates when [selected, unselected] in the UI',
      "      'config.process[0].model.name_or_path': ['ostris/Flex.1-alpha', defaultNameOrPath],",
      "      'config.process[0].model.extras_name_or_path': ['Tongyi-MAI/Z-Image-Turbo', undefined],",
      "      'config.process[0].model.quantize': [true, false],",
      "      'config.process[0].caption.model_name_or_path2': ['ACE-Step/acestep-captioner', undefined],",
      '    },',
      '    name_or_path_options: [',
      "      { value: 'Qwen/Qwen3-VL-4B-Instruct', label: 'Qwen/Qwen3-VL-4B-Instruct' },",
      '    ],',
      "    gateUrl: 'https://example.com/terms',",
      '  },',
      '];',
      "export const other = { value: 'image/png', label: 'PNG' };",
      '',
    ].join('\n');
    const { references } = javascript.extract({ relPath: 'ui/src/app/jobs/new/options.tsx', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['ostris/Flex.1-alpha', 'huggingface', 7],
      ['Tongyi-MAI/Z-Image-Turbo', 'huggingface', 8],
      ['ACE-Step/acestep-captioner', 'huggingface', 10],
      ['Qwen/Qwen3-VL-4B-Instruct', 'huggingface', 13],
    ]);
  });

  it('reads no folder nor placeholder a name_or_path holds as a Hub model', () => {
    const text = ["const job = { model: { name_or_path: '/path/to/model' } };", "const b = { name_or_path: '' };", ''].join('\n');
    const { references } = javascript.extract({ relPath: 'jobConfig.ts', size: text.length, text }) as ExtractResult;
    expect(references).toEqual([]);
  });

  it('reads the Hub repo of a weights file named inside it under a *_lora_path or *_name_or_path key, not a local folder (ostris/ai-toolkit options.tsx:673-676)', () => {
    const text = [
      'const defaults = {',
      "  'config.process[0].model.assistant_lora_path': [",
      "    'ostris/zimage_turbo_training_adapter/zimage_turbo_training_adapter_v2.safetensors',",
      '    undefined,',
      '  ],',
      "  'config.process[0].model.name_or_path': ['zhen-nan/L2P/model-1k-merge.safetensors', ''],",
      "  lora_path: 'loras/sdxl/my_style.safetensors',",
      "  output_lora_path: './output/my_lora.safetensors',",
      '};',
      '',
    ].join('\n');
    const { references } = javascript.extract({ relPath: 'ui/src/app/jobs/new/options.tsx', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['ostris/zimage_turbo_training_adapter', 'huggingface', 3],
      ['zhen-nan/L2P', 'huggingface', 6],
    ]);
  });
});

describe('javascript argv command lines', () => {
  it('reads an argv array a testcontainers helper runs, and a spawn given the program and its arguments', () => {
    // chroma-core/chroma clients/new-js/packages/ai-embeddings/ollama/start-ollama.ts (and clients/js's startOllamaContainer.ts)
    const text = [
      'import { GenericContainer, StartedTestContainer } from "testcontainers";',
      '',
      'export async function startOllamaContainer({ model = "chroma/all-minilm-l6-v2-f32" } = {}) {',
      '  const startedContainer = await container.start();',
      '  await startedContainer.exec(["ollama", "pull", model]);',
      '',
      '  console.log("5");',
      '',
      '  await startedContainer.exec(["ollama", "pull", "nomic-embed-text"]);',
      '  spawn("ollama", ["run", "llama3.2"], { stdio: "inherit" });',
      '  const words = ["ollama", `pull ${model}`];',
      '}',
      '',
    ].join('\n');
    const { references } = javascript.extract({ relPath: 'start-ollama.ts', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['nomic-embed-text', 'ollama', 9],
      ['llama3.2', 'ollama', 10],
    ]);
  });
});

describe('javascript model enums', () => {
  it("reads the Hub ids among the members of a string enum named for models, not a `ModelType` enum's", () => {
    // chroma-core/chroma clients/new-js/packages/ai-embeddings/chroma-cloud-splade/src/index.ts
    const text = [
      'const NAME = "chroma-cloud-splade";',
      '',
      'export interface ChromaCloudSpladeConfig {',
      '  model: ChromaCloudSpladeEmbeddingModel;',
      '  api_key_env_var: string;',
      '}',
      '',
      'export enum ChromaCloudSpladeEmbeddingModel {',
      '  SPLADE_PP_EN_V1 = "prithivida/Splade_PP_en_v1",',
      '}',
      '',
      'export enum OpenAIModels {',
      '  GPT_4O_MINI = "gpt-4o-mini", // default',
      '  CUSTOM = "my-deployment",',
      '}',
      '',
      'export enum ModelType {',
      '  DENSE = "dense",',
      '  HUB = "org-of/a-kind",',
      '}',
      '',
      '    const {',
      '      model = ChromaCloudSpladeEmbeddingModel.SPLADE_PP_EN_V1,',
      '      apiKeyEnvVar = "CHROMA_API_KEY",',
      '    } = args;',
      '',
    ].join('\n');
    const { references } = javascript.extract({ relPath: 'index.ts', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['prithivida/Splade_PP_en_v1', 'huggingface', 9]]);
  });
});

describe('javascript: weights files under a model key and in a list named for models (held-out round 41)', () => {
  const refs = async (path: string, text: string) =>
    ((await javascript.extract({ relPath: path, size: text.length, text })) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("reads a preset config's `modelName` holding a weights file as the local file its backend loads", async () => {
    // josStorer/RWKV-Runner frontend/src/pages/defaultConfigs.ts
    const text = [
      'export const defaultModelConfigs: ModelConfig[] = [',
      '  {',
      "    name: 'GPU-2G-1B5-RWKV',",
      '    apiParameters: {',
      '      apiPort: 8000,',
      '      maxResponseToken: 4100,',
      '    },',
      '    modelParameters: {',
      "      modelName: 'rwkv7-g1b-1.5b-Q8_0.gguf',",
      "      device: 'WebGPU (Python)',",
      '    },',
      '  },',
      '  {',
      "    name: 'GPU-8G-Qwen3',",
      '    modelParameters: {',
      "      modelName: 'Qwen3-8B-Q5_K_M.gguf',",
      '    },',
      '  },',
      ']',
      '',
    ].join('\n');
    expect(await refs('frontend/src/pages/defaultConfigs.ts', text)).toEqual([
      ['rwkv7-g1b-1.5b-Q8_0.gguf', 'local', 9],
      ['Qwen3-8B-Q5_K_M.gguf', 'local', 16],
    ]);
  });

  it('leaves a conventional file name and a file written out alone', async () => {
    const text = "const a = { modelName: 'model.gguf' }\nconst b = { outputModel: 'merged-7b.gguf' }\n";
    expect(await refs('a.ts', text)).toEqual([]);
  });

  it('reads weights files listed in a declaration named for models', async () => {
    // josStorer/RWKV-Runner frontend/src/utils/generate-strategy.ts (AutoConfig's hard-coded model map)
    const text = [
      '/** Hard-coded model name map */',
      'const availableModelPairs: Record<Func, string[]> = {',
      '  Chat: [',
      "    'RWKV-x060-World-1B6-v2.1-20240328-ctx4096.pth',",
      "    'RWKV-x060-World-3B-v2.1-20240417-ctx4096.pth',",
      '  ],',
      "  'Function Call': ['Mobius-r6-chat-CHNtuned-12b-16k-v5.5.pth'],",
      '}',
      'const exportFormats = [',
      "  'out.pth',",
      ']',
      '',
    ].join('\n');
    expect(await refs('frontend/src/utils/generate-strategy.ts', text)).toEqual([
      ['RWKV-x060-World-1B6-v2.1-20240328-ctx4096.pth', 'local', 4],
      ['RWKV-x060-World-3B-v2.1-20240417-ctx4096.pth', 'local', 5],
      ['Mobius-r6-chat-CHNtuned-12b-16k-v5.5.pth', 'local', 7],
    ]);
  });
});
