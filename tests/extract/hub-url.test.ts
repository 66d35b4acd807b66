import hubUrl from '../../src/extract/hub-url.js';
import { describe, expect, it } from 'vitest';
import { describeExtractor } from '../helpers/extract-fixtures.js';
import { makeSourceFile } from '../../src/extract/source-file.js';

// No malformed case: any text is valid input for a URL scan.
describeExtractor('hub-url', hubUrl, [
  ['README.md', true],
  ['src/app.py', true],
  ['deploy/values.yaml', true],
  ['data/eval.csv', true],
  ['logs/train.log', true],
  ['package-lock.json', false],
  ['weights.gguf', false],
  ['notebooks/demo.ipynb', false],
  // Media, archives, compiled code, data and checkpoints are never opened as text.
  ['assets/demo.mp4', false],
  ['dist/bundle.tar.gz', false],
  ['data/train.parquet', false],
  ['ckpt/step-100.pt', false],
  ['emb/vectors.npy', false],
  ['lib/_C.so', false],
  ['static/font.woff2', false],
  ['docs/paper.pdf', false],
]);

describe('hub-url: placeholders', () => {
  it('reads no model in a docs URL whose repo is two generic words (oobabooga download-model.py:409)', () => {
    const text = "    # Handle direct file URLs (e.g. https://huggingface.co/org/repo/resolve/branch/file.gguf)\n    if '/resolve/' in model:\n";
    expect((hubUrl.extract({ relPath: 'download-model.py', size: text.length, text }) as { references: unknown[] }).references).toEqual([]);
  });
});

describe("hub-url: a docs example's stand-in user (held-out substratusai/kubeai, issue #15)", () => {
  it('reads no model in `hf://some-huggingface-user/some-huggingface-repo`', () => {
    // substratusai/kubeai docs/how-to/serve-lora-adapters.md:44, an adapter url in a Helm values example
    const text = '    adapters:\n    - name: example\n      url: hf://some-huggingface-user/some-huggingface-repo\n';
    expect((hubUrl.extract({ relPath: 'serve-lora-adapters.md', size: text.length, text }) as { references: unknown[] }).references).toEqual([]);
  });
});

describe('hub-url: stand-in repos of a URL test (held-out mlc-ai/web-llm, issue #15)', () => {
  it("reads no model in a test's `<org>/model` or `<org>/demo-model` URL, and still the real one beside them", () => {
    // mlc-ai/web-llm tests/util.test.ts:49-51, tests/cache_util.test.ts:83 and examples/integrity-verification/src/integrity_verification.ts:33
    const text = [
      '    const input = "https://huggingface.co/mlc-ai/model";',
      '    const expected = "https://huggingface.co/mlc-ai/model/resolve/main/";',
      '    "https://huggingface.co/mlc-ai/demo-model/resolve/main/",',
      '          "https://huggingface.co/mlc-ai/Llama-3.2-1B-Instruct-q4f16_1-MLC",',
    ].join('\n');
    const found = hubUrl.extract({ relPath: 'tests/util.test.ts', size: text.length, text }) as { references: { id: string; line: number }[] };
    expect(found.references.map((r) => [r.id, r.line])).toEqual([['mlc-ai/Llama-3.2-1B-Instruct-q4f16_1-MLC', 4]]);
  });
});

describe('hub-url: comments', () => {
  const contexts = (relPath: string, text: string) =>
    (hubUrl.extract({ relPath, size: text.length, text }) as { references: { id: string; context?: string }[] }).references.map((r) => [
      r.id,
      r.context ?? 'code',
    ]);

  it('gives a URL in a code comment context comment (koboldcpp convert_hf_to_gguf.py:2719, clip.cpp:2477), a URL in code none', () => {
    expect(
      contexts('convert_hf_to_gguf.py', '        # e.g. https://huggingface.co/BAAI/bge-reranker-v2-m3/tree/main\n        if name.startswith("roberta."):\n'),
    ).toEqual([['BAAI/bge-reranker-v2-m3', 'comment']]);
    expect(contexts('examples/llava/clip.cpp', '    //    -> https://huggingface.co/Qwen/Qwen-VL/tree/main\n')).toEqual([['Qwen/Qwen-VL', 'comment']]);
    expect(contexts('src/x.cpp', '/* weights from\n * https://huggingface.co/Qwen/Qwen-VL\n */\n')).toEqual([['Qwen/Qwen-VL', 'comment']]);
    // The `//` of the URL itself, and a `#` inside a string, open no comment.
    expect(contexts('MainActivity.kt', '    Uri.parse("https://huggingface.co/TheBloke/phi-2-dpo-GGUF/resolve/main/phi-2-dpo.Q3_K_M.gguf"),\n')).toEqual([
      ['TheBloke/phi-2-dpo-GGUF', 'code'],
    ]);
    expect(contexts('app.py', 'url = "#1 https://huggingface.co/Qwen/Qwen2.5-7B"  # the default\n')).toEqual([['Qwen/Qwen2.5-7B', 'code']]);
    // Markdown has no code comments: its context comes from the file (docs).
    expect(contexts('README.md', '# see https://huggingface.co/Qwen/Qwen2.5-7B\n')).toEqual([['Qwen/Qwen2.5-7B', 'code']]);
  });
});

describe('hub-url: a model page kept in code as a link (held-out huggingface/text-generation-inference, issue #15)', () => {
  const contexts = (relPath: string, text: string) =>
    (hubUrl.extract({ relPath, size: text.length, text }) as { references: { id: string; context?: string }[] }).references.map((r) => [
      r.id,
      r.context ?? 'code',
    ]);

  it("reads a page under a link's key as documentation; a fetched file, or a page under another name, stays code", () => {
    // Cut from huggingface/text-generation-inference server/text_generation_server/models/__init__.py (ModelType).
    expect(contexts('server/models/__init__.py', '        "url": "https://huggingface.co/deepseek-ai/DeepSeek-V2",\n')).toEqual([
      ['deepseek-ai/DeepSeek-V2', 'docs'],
    ]);
    expect(contexts('src/models.ts', "  homepage: 'https://huggingface.co/Qwen/Qwen2.5-7B',\n")).toEqual([['Qwen/Qwen2.5-7B', 'docs']]);
    expect(contexts('app.py', 'url = "https://huggingface.co/Qwen/Qwen2.5-7B/resolve/main/config.json"\n')).toEqual([['Qwen/Qwen2.5-7B', 'code']]);
    expect(contexts('app.py', 'repo = "https://huggingface.co/Qwen/Qwen2.5-7B"\n')).toEqual([['Qwen/Qwen2.5-7B', 'code']]);
  });
});

describe('hub-url: KServe storage URIs', () => {
  it('reads `modelscope://org/name[:revision]` as a ModelScope id, and no placeholder or domain after `hf://`', () => {
    // Cut from kserve/kserve test/e2e/predictor/test_modelscope.py:41 and python/storage/test/test_hf_storage.py:41.
    const text = 'MODELSCOPE_QWEN_URI = "modelscope://Qwen/Qwen2.5-0.5B-Instruct"\n    uri = "hf://example.com/model:hash_value"\n';
    const { references } = hubUrl.extract({ relPath: 'test_modelscope.py', size: text.length, text }) as {
      references: { id: string; source: string; line: number }[];
    };
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['Qwen/Qwen2.5-0.5B-Instruct', 'modelscope', 1]]);
  });
});

describe('hub-url: ollama:// model URIs (held-out substratusai/kubeai, issue #15)', () => {
  const refs = (relPath: string, text: string) =>
    (hubUrl.extract({ relPath, size: text.length, text }) as { references: { id: string; source: string; line: number }[] }).references.map((r) => [
      r.id,
      r.source,
      r.line,
    ]);

  it('reads the Ollama tag of `ollama://<tag>` with its query dropped, and `local-ai run ollama://x`', () => {
    // kubeai docs/how-to/build-models-into-containers.md:7, test/e2e/engine-ollama-pvc (`?pull=false`); LocalAI README.md:154.
    const text = 'export MODEL_URL=ollama://qwen2:0.5b\n  url: ollama://qwen2:0.5b?pull=false\nlocal-ai run ollama://gemma:2b\n';
    expect(refs('README.md', text)).toEqual([
      ['qwen2:0.5b', 'ollama', 1],
      ['qwen2:0.5b', 'ollama', 2],
      ['gemma:2b', 'ollama', 3],
    ]);
  });

  it("reads no model in the desktop app's deep links, a registry's host and port, or a format's placeholder", () => {
    // ollama/ollama app/cmd/app/app.go:506; kubeai internal/modelcontroller/model_source.go:250, examples/ollama-builtin/download.sh:12.
    const text = [
      '// Supports: ollama:// (open app) and ollama://connect (OAuth)',
      '\t\t{name: "unsupported URL", request: "ollama://unsupported", wantErr: true},',
      '\t\t\tinsecureVal := urlParser.Get("insecure") // e.g. ollama://my-registry/model?insecure=true',
      '  url: ollama://my-local-registry:5000/my-model?pull=false',
      '  echo "MODEL_URL must use the \\"ollama://<model-name>\\" format"',
    ].join('\n');
    expect(refs('app.go', text)).toEqual([]);
  });
});

describe('hub-url: Hub routes that are not model repos', () => {
  const ids = (relPath: string, text: string) =>
    (hubUrl.extract({ relPath, size: text.length, text }) as { references: { id: string }[] }).references.map((r) => r.id);

  it('reads no model in storage buckets, the CLI installer, Jobs pages or collection slugs (huggingface_hub src, abridged)', () => {
    // Cut from huggingface_hub src/huggingface_hub/hf_api.py, cli/_cli_utils.py, utils/_hf_uris.py and README.md.
    const text = [
      '        Source location as an `hf://` URI. Can be a bucket path (e.g. `"hf://buckets/my-bucket/path/to/file"`)',
      '        hf://buckets/my-org/my-bucket:/mnt',
      '    - Hugging Face web URLs such as `https://huggingface.co/buckets/namespace/name(/tree/path)`,',
      'curl -LsSf https://hf.co/cli/install.sh | bash',
      '        >>> collection = get_collection("https://huggingface.co/collections/TheBloke/recent-models-64f9a55bb3115b4f513ec026")',
      '    See https://huggingface.co/jobs/lhoestq/6868b3b2a7c6b7e6a3d5d0c1 for the logs.',
      '        >>> hf_hub_download("https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/resolve/main/config.json")',
    ].join('\n');
    expect(ids('src/huggingface_hub/hf_api.py', text)).toEqual(['Qwen/Qwen2.5-7B-Instruct']);
  });

  it("reads no model in the library's old docs pages nor the Hub's kernels (held-out axolotl, issue #15)", () => {
    // Cut from axolotl-ai-cloud/axolotl src/axolotl/cli/config_options.py:2759, integrations/kernels/README.md:149 and
    // monkeypatch/mixtral/__init__.py:18.
    const text = [
      '        "Stop training after this many evaluation losses have increased in a row. https://huggingface.co/transformers/v4.2.2/_modules/transformers/trainer_callback.html#EarlyStoppingCallback",',
      'We tested [MegaBlocks](https://huggingface.co/kernels-community/megablocks) but were unable to ensure numerical accuracy, so we did not integrate it.',
      '# Ref. https://huggingface.co/deepseek-ai/deepseek-moe-16b-base/blob/main/modeling_deepseek.py',
    ].join('\n');
    expect(ids('src/axolotl/cli/config_options.py', text)).toEqual(['deepseek-ai/deepseek-moe-16b-base']);
  });

  it("reads no model in an organisation's searched list of repos, and the repo beside it (unslothai/unsloth README.md:271)", () => {
    const text =
      '- **New models**: [Qwen-AgentWorld](https://huggingface.co/unsloth/Qwen-AgentWorld-35B-A3B-GGUF), [Ornith](https://huggingface.co/unsloth/models?search=ornith)\n' +
      '- Files: https://huggingface.co/ggml-org/models/resolve/main/tinyllamas/stories260K.gguf\n';
    expect(ids('README.md', text)).toEqual(['unsloth/Qwen-AgentWorld-35B-A3B-GGUF', 'ggml-org/models']);
  });

  it("reads a repo id of the Hub's early days before /resolve/ as that id (huggingface_hub errors.py:393)", () => {
    const text = '    Revision Not Found for url: https://huggingface.co/bert-base-cased/resolve/%3Cnon-existent-revision%3E/config.json.\n';
    expect(ids('src/huggingface_hub/errors.py', text)).toEqual(['bert-base-cased']);
  });
});

describe('hub-url: RamaLama and LocalAI model URIs (held-out containers/ramalama, issue #15, session 20)', () => {
  const refs = (relPath: string, text: string) =>
    (hubUrl.extract({ relPath, size: text.length, text }) as { references: { id: string; source: string; line: number }[] }).references.map((r) => [
      r.id,
      r.source,
      r.line,
    ]);

  it('reads `huggingface://org/repo/file.gguf`, the long form of `hf://`, as the Hub repo', () => {
    // containers/ramalama README.md:280, test/e2e/test_pull.py:77 and test_mlx.py:161.
    const text = [
      'ramalama pull huggingface://afrideva/Tiny-Vicuna-1B-GGUF/tiny-vicuna-1b.q2_k.gguf',
      '            "huggingface://Felladrin/gguf-smollm-360M-instruct-add-basics/smollm-360M-instruct-add-basics.IQ2_XXS.gguf",',
      '        hf_model = "huggingface://microsoft/DialoGPT-small"',
    ].join('\n');
    expect(refs('README.md', text)).toEqual([
      ['afrideva/Tiny-Vicuna-1B-GGUF', 'huggingface', 1],
      ['Felladrin/gguf-smollm-360M-instruct-add-basics', 'huggingface', 2],
      ['microsoft/DialoGPT-small', 'huggingface', 3],
    ]);
  });

  it("reads `ollama://tinyllama`, a library name without a tag (families.yaml's TinyLlama)", () => {
    // containers/ramalama test/e2e/test_inspect.py:10 and docsite/docs/getting-started/installation.mdx:76.
    const text = 'GGUF_MODEL = "ollama://tinyllama"\n1. **Pull your first model**: `ramalama pull ollama://tinyllama`\n';
    expect(refs('test_inspect.py', text)).toEqual([
      ['tinyllama', 'ollama', 1],
      ['tinyllama', 'ollama', 2],
    ]);
  });
});

describe('hub-url: an audio clip kept in a Hub repo (mudler/LocalAI, issue #15, session 21)', () => {
  const ids = (relPath: string, text: string) =>
    (hubUrl.extract({ relPath, size: text.length, text }) as { references: { id: string }[] }).references.map((r) => r.id);

  it('reads no model in `hf://org/repo/<voice>.wav`, a TTS voice prompt, and still the repo of a weights file', () => {
    // mudler/LocalAI gallery/pocket-tts.yaml:21,25 and backend/python/pocket-tts/backend.py:129.
    const text = [
      '# 2. HuggingFace URL (e.g., "hf://kyutai/tts-voices/alba-mackenna/casual.wav")',
      '#   audio_path: "hf://kyutai/tts-voices/alba-mackenna/casual.wav"',
      '  sample: https://huggingface.co/kyutai/tts-voices/resolve/main/alba-mackenna/casual.wav',
      'local-ai run hf://TheBloke/phi-2-GGUF/phi-2.Q8_0.gguf',
    ].join('\n');
    expect(ids('gallery/pocket-tts.yaml', text)).toEqual(['TheBloke/phi-2-GGUF']);
  });
});

describe("hub-url: records kept in a model's repo, fetched by the raw route (held-out OpenGVLab/InternVL, round 28)", () => {
  const ids = (relPath: string, text: string) =>
    (hubUrl.extract({ relPath, size: text.length, text }) as { references: { id: string }[] }).references.map((r) => r.id);

  it('reads no model in records fetched by the raw route, and still the weights beside them and a figure linked in prose', () => {
    // OpenGVLab/InternVL internvl_chat/eval/vqa/README.md:114, classification/README.md:82, README.md:36.
    const text = [
      '![image/jpg](https://huggingface.co/OpenGVLab/InternVL3_5-241B-A28B/resolve/main/images/performance.jpg)',
      '```bash',
      'wget https://huggingface.co/OpenGVLab/InternVL/raw/main/textvqa_val.jsonl',
      'wget https://huggingface.co/OpenGVLab/InternVL/resolve/main/intern_vit_6b_224px.pth',
      '```',
    ].join('\n');
    expect(ids('README.md', text)).toEqual(['OpenGVLab/InternVL3_5-241B-A28B', 'OpenGVLab/InternVL']);
  });
});

// Held-out round 32 (session 30): langchain4j-gpu-llama3/README.md:41.
describe("hub-url: an organisation's tab (held-out round 32)", () => {
  it("leaves an organisation's collections, datasets and Spaces tabs, and still reads a repo named models", async () => {
    const text = [
      'We maintain collection of models that are tested in the [HuggingFace](https://huggingface.co/beehive-lab/collections) repository.',
      'See https://huggingface.co/unsloth/datasets and https://huggingface.co/ggml-org/spaces for more.',
      'wget https://huggingface.co/ggml-org/models/resolve/main/tinyllamas/stories260K.gguf',
      'Weights: https://huggingface.co/beehive-lab/Llama-3.2-1B-Instruct-GGUF-FP16',
    ].join('\n');
    const { references } = await hubUrl.extract(makeSourceFile('README.md', text));
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['ggml-org/models', 3],
      ['beehive-lab/Llama-3.2-1B-Instruct-GGUF-FP16', 4],
    ]);
  });
});

describe('hub-url: OpenXLab, a model hub of its own (session 31)', () => {
  const found = (text: string, relPath = 'README.md') =>
    (hubUrl.extract({ relPath, size: text.length, text }) as { references: { id: string; source: string; line: number }[] }).references.map((r) => [
      r.id,
      r.source,
      r.line,
    ]);

  it("reads OpenXLab's model pages and cloned git remotes as OpenXLab repos, not Hub ids", () => {
    // InternLM/InternLM model_cards/internlm2_7b.md:21; SmartFlowAI/EmoLLM web_internlm2_5.py:40 and README.md:50
    const text = [
      '| InternLM2-7B | [🤗](https://huggingface.co/internlm/internlm2-7b) | [<img src="./assets/openxlab.svg" />](https://openxlab.org.cn/models/detail/OpenLMLab/internlm2-7b) |',
      "os.system(f'git clone https://code.openxlab.org.cn/chg0901/EmoLLM_V3.0.git {model_path}')",
    ].join('\n');
    expect(found(text)).toEqual([
      ['internlm/internlm2-7b', 'huggingface', 1],
      ['OpenLMLab/internlm2-7b', 'openxlab', 1],
      ['chg0901/EmoLLM_V3.0', 'openxlab', 2],
    ]);
  });

  it("reads no model from an OpenXLab app's page, its archive API template or a remote that is not cloned", () => {
    // SmartFlowAI/EmoLLM README.md (apps), download_model.py:26 (the archive API), a remote listed in prose
    const text = [
      '[OpenXLab app](https://openxlab.org.cn/apps/detail/chg0901/EmoLLM-Llama3-8B-Instruct3.0)',
      'download_url = "https://code.openxlab.org.cn/api/v1/repos/{}/archive/main.zip".format(model_repo)',
      'The mirror is https://code.openxlab.org.cn/chg0901/EmoLLM_V3.0.git (read only).',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });
});

describe("hub-url: ModelScope's file API (session 31)", () => {
  const found = (text: string, relPath: string) =>
    (hubUrl.extract({ relPath, size: text.length, text }) as { references: { id: string; source: string; line: number }[] }).references.map((r) => [
      r.id,
      r.source,
      r.line,
    ]);

  it("reads the repo a `/api/v1/models/<org>/<name>/repo?...&FilePath=` fetch of a model's files names", () => {
    // modelscope/3D-Speaker egs/3dspeaker/language-identification/local/prepare_pretrained_model.py:17-22
    const text = [
      '    url_model = "https://modelscope.cn/api/v1/models/iic/speech_eres2net_base_lre_en-cn_16k/repo" \\',
      '                "?Revision=master&FilePath=pretrained_paraformer/model.pb"',
      '    url_cmvn = "https://modelscope.cn/api/v1/models/iic/speech_eres2net_base_lre_en-cn_16k/repo?Revision=master&FilePath=pretrained_paraformer/am.mvn"',
      '    wget.download(url_model, args.pretrained_model_dir)',
    ].join('\n');
    expect(found(text, 'local/prepare_pretrained_model.py')).toEqual([
      ['iic/speech_eres2net_base_lre_en-cn_16k', 'modelscope', 1],
      ['iic/speech_eres2net_base_lre_en-cn_16k', 'modelscope', 3],
    ]);
  });

  it('reads no model from a sample, a figure or augmentation data fetched from a model repo, nor from other API routes', () => {
    // 3D-Speaker egs/voxceleb/sv-rdino/local/prepare_data_rdino.sh:86; FunASR examples/industrial_data_pretraining/lcbnet/demo.py:13;
    // gpustack gpustack/server/lora_adapters_discovery.py:22; alibaba/MNN MsModelDownloader.kt:265
    const text = [
      '  wget -O rir.npy "https://modelscope.cn/api/v1/models/damo/speech_rdino_ecapa_tdnn_sv_en_voxceleb_16k/repo?Revision=master&FilePath=rir.npy"',
      '    input=("https://www.modelscope.cn/api/v1/models/iic/LCB-NET/repo?Revision=master&FilePath=example/asr_example.wav",',
      'MODELSCOPE_LINEAGE_URL = "https://modelscope.cn/api/v1/models/lineage/list"',
      '        val url = String.format("https://modelscope.cn/api/v1/models/%s/repo?FilePath=%s", modelId, path)',
    ].join('\n');
    expect(found(text, 'run.sh')).toEqual([]);
  });
});

describe("hub-url: ModelScope's file API with its query on the next line (lead review, session 31)", () => {
  it("reads no repo from a sample file fetched from it, whose FilePath goes on in the next line's string", () => {
    // modelscope/modelscope modelscope/pipelines/cv/card_detection_pipeline.py:24-26 (a docstring example's input image)
    const text = [
      "    >>> detector = pipeline('card-detection', 'damo/cv_resnet_carddetection_scrfd34gkps')",
      '    >>> detector("http://www.modelscope.cn/api/v1/models/damo/cv_resnet_carddetection_scrfd34gkps/repo?Revision=master"',
      '    >>>             "&FilePath=description/card_detection1.jpg")',
      '    wget "https://modelscope.cn/api/v1/models/iic/speech_paraformer/repo?Revision=master"',
    ].join('\n');
    const { references } = hubUrl.extract({ relPath: 'card_detection_pipeline.py', size: text.length, text }) as {
      references: { id: string; line: number }[];
    };
    expect(references.map((r) => [r.id, r.line])).toEqual([['iic/speech_paraformer', 4]]);
  });
});

describe("hub-url: Coqui TTS's self-named catalogue (held-out coqui-ai/TTS, session 34)", () => {
  const refs = (relPath: string, text: string) =>
    (hubUrl.extract({ relPath, size: text.length, text }) as { references: { id: string; source: string; line: number; context?: string }[] }).references;

  it('reads a catalogue name written whole, in code, a command and a comment; XTTS as its Hub repository', () => {
    // coqui-ai/TTS README.md:203, :347; TTS/server/server.py:35; hubconf.py:10; TTS/api.py:419 (shortened)
    const text = [
      'tts = TTS("tts_models/multilingual/multi-dataset/xtts_v2").to(device)',
      '  $ tts --text "Text for TTS" --model_name "tts_models/en/ljspeech/glow-tts" --vocoder_name "vocoder_models/en/ljspeech/univnet"',
      '        default="tts_models/en/ljspeech/tacotron2-DDC",',
      '            self.load_vc_model_by_name("voice_conversion_models/multilingual/vctk/freevc24")',
      '# see tts_models/de/thorsten/tacotron2-DDC.',
    ].join('\n');
    expect(refs('app.py', text).map((r) => [r.id, r.source, r.line, r.context ?? ''])).toEqual([
      ['coqui/XTTS-v2', 'huggingface', 1, ''],
      ['tts_models/en/ljspeech/glow-tts', 'local', 2, ''],
      ['vocoder_models/en/ljspeech/univnet', 'local', 2, ''],
      ['tts_models/en/ljspeech/tacotron2-DDC', 'local', 3, ''],
      ['voice_conversion_models/multilingual/vctk/freevc24', 'local', 4, ''],
      ['tts_models/de/thorsten/tacotron2-DDC', 'local', 5, 'comment'],
    ]);
  });

  it('reads no placeholder, index, cache folder or longer path as a name', () => {
    // docs/source/inference.md:39, README.md:306, docs/source/finetuning.md:96
    const text = [
      '    --model_name "tts_models/<language>/<dataset>/<model_name>" \\',
      '    $ tts --model_info_by_idx tts_models/3',
      '        --restore_path  /home/ubuntu/.local/share/tts/tts_models--en--ljspeech--glow-tts/model_file.pth',
      'path = "my_tts_models/en/ljspeech/glow-tts"',
      'path = "tts_models/en/ljspeech/glow-tts/model_file.pth"',
    ].join('\n');
    expect(refs('docs/inference.md', text)).toEqual([]);
  });

  it("reads the catalogue file's nested entries at their own keys, and the default vocoder each names", () => {
    // coqui-ai/TTS TTS/.models.json:1-7, :749-756 (shortened)
    const text = [
      '{',
      '    "tts_models": {',
      '        "multilingual": {',
      '            "multi-dataset": {',
      '                "xtts_v2": {',
      '                    "description": "XTTS-v2.0.3 by Coqui with 17 languages.",',
      '                    "hf_url": ["https://coqui.gateway.scarf.sh/hf-coqui/XTTS-v2/main/model.pth"]',
      '                }',
      '            }',
      '        },',
      '        "be": {',
      '            "common-voice": {',
      '                "glow-tts":{',
      '                    "github_rls_url": "https://coqui.gateway.scarf.sh/v0.16.6/tts_models--be--common-voice--glow-tts.zip",',
      '                    "default_vocoder": "vocoder_models/be/common-voice/hifigan"',
      '                }',
      '            }',
      '        }',
      '    }',
      '}',
    ].join('\n');
    expect(refs('TTS/.models.json', text).map((r) => [r.id, r.line])).toEqual([
      ['vocoder_models/be/common-voice/hifigan', 15],
      ['coqui/XTTS-v2', 5],
      ['tts_models/be/common-voice/glow-tts', 13],
    ]);
  });

  it('reads no entry from a JSON file whose top-level keys are not the catalogue types', () => {
    const text = '{\n  "voices": {\n    "tts_models": {\n      "en": {\n        "vctk": {\n          "vits": {}\n        }\n      }\n    }\n  }\n}\n';
    expect(refs('voices.json', text)).toEqual([]);
  });
});

describe("hub-url: an Evaluate metric's legacy page (session 35, huggingface/peft)", () => {
  it('reads huggingface.co/metrics/<name> as no model, and the model link beside it as one', () => {
    // Cut from huggingface/peft examples/int8_training/peft_bnb_whisper_large_v2_training.ipynb (a markdown cell), with
    // the model link of the same notebook's introduction after it.
    const text = [
      "The most common metric for evaluating ASR systems. For more information, refer to the WER [docs](https://huggingface.co/metrics/wer). We'll load the WER metric from 🤗 Evaluate:",
      'We fine-tune [openai/whisper-large-v2](https://huggingface.co/openai/whisper-large-v2) on Marathi.',
    ].join('\n');
    const found = hubUrl.extract({ relPath: 'README.md', size: text.length, text }) as { references: { id: string; line: number }[] };
    expect(found.references.map((r) => [r.id, r.line])).toEqual([['openai/whisper-large-v2', 2]]);
  });
});
