import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/extract/extractor.js';
import python from '../../src/extract/python.js';
import { describeExtractor, loadFixture } from '../helpers/extract-fixtures.js';
import { makeSourceFile } from '../../src/extract/source-file.js';

describeExtractor(
  'python',
  python,
  [
    ['app/main.py', true],
    ['stubs/types.pyi', true],
    ['notebook.ipynb', false],
    ['main.py.bak', false],
  ],
  'not-python.py',
);

describe('python locations', () => {
  it('reports where the id string is written (through a constant), and references in comments as comments', async () => {
    const { references } = await python.extract(loadFixture('python/transformers-and-friends.py'));
    // `from_pretrained(BASE_MODEL, ...)` on line 20 points back at the literal on line 14.
    expect(references.find((r) => r.id === 'Qwen/Qwen2.5-7B-Instruct' && r.revision)).toMatchObject({ line: 14, column: 15 });
    expect(references.find((r) => r.id === 'meta-llama/Llama-3.1-8B-Instruct')).toMatchObject({ line: 45, context: 'comment' });
    expect(references.find((r) => r.id === 'BAAI/bge-m3')).toMatchObject({ line: 24, column: 33, snippet: 'embedder = SentenceTransformer("BAAI/bge-m3")' });
  });
});

describe('python command lines and pins', () => {
  const rows = (text: string) =>
    (python.extract({ relPath: 'serve.py', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line, r.revision]);

  it('reads the command lines code runs: argv lists (constants resolved where written) and subprocess strings, not f-strings', () => {
    const text = [
      'MODEL_NAME = "neuralmagic/Llama-3.2-11B-Vision-Instruct-FP8-dynamic"',
      'MODEL_REVISION = "95d23e17186bdadbbd97dd8e7271caa610636b5a"',
      'cmd = ["vllm", "serve", MODEL_NAME, "--revision", MODEL_REVISION, "--port", str(PORT)]',
      'subprocess.run("ollama pull qwen2.5:7b", shell=True)',
      'subprocess.run(f"huggingface-cli download {repo}", shell=True)',
      'labels = ["vllm", "Qwen/Qwen2.5-7B"]',
      '',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['neuralmagic/Llama-3.2-11B-Vision-Instruct-FP8-dynamic', 'huggingface', 1, '95d23e17186bdadbbd97dd8e7271caa610636b5a'],
      ['qwen2.5:7b', 'ollama', 4, undefined],
    ]);
  });

  it('pins a model constant with the revision constant beside it, where no call shows how both are used', () => {
    const pinned = ['MODEL_NAME = "mistralai/Mixtral-8x7B-Instruct-v0.1"', 'MODEL_REVISION = "1e637f2d7cb0a9d6fb1922f305cb784995190a83"', ''].join('\n');
    expect(rows(pinned)).toEqual([['mistralai/Mixtral-8x7B-Instruct-v0.1', 'huggingface', 1, '1e637f2d7cb0a9d6fb1922f305cb784995190a83']]);
    expect(rows(pinned.replace('1e637f2d7cb0a9d6fb1922f305cb784995190a83', 'main'))).toEqual([
      ['mistralai/Mixtral-8x7B-Instruct-v0.1', 'huggingface', 1, undefined],
    ]);
  });

  it('reads the options a model picker offers, and the list a model loop walks', () => {
    const text = [
      'choices = ["distilbert-base-uncased-finetuned-sst-2-english", "j-hartmann/emotion-english-distilroberta-base"]',
      "model_name = st.selectbox('Which model?', choices)",
      'candidates = ["BAAI/bge-m3"]',
      'for model_id in candidates:',
      '    print(model_id)',
      'datasets = ["tatsu-lab/alpaca"]',
      'for name in datasets:',
      '    load_dataset(name)',
      '',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['distilbert/distilbert-base-uncased-finetuned-sst-2-english', 'huggingface', 1, undefined],
      ['j-hartmann/emotion-english-distilroberta-base', 'huggingface', 1, undefined],
      ['BAAI/bge-m3', 'huggingface', 3, undefined],
    ]);
  });

  it("reads a model table to its own closing brace, however long (h2oGPT's prompt-type table is 12 KB)", () => {
    // The fixture's table, its rows repeated as the real one runs on: every id, down to the last row.
    const fixture = loadFixture('python/real-world-prompt-type-table.py').text.split('\n');
    const open = fixture.findIndex((l) => l.startsWith('prompt_type_to_model_name = {'));
    const rows = fixture.slice(open + 1, open + 12); // the plain, gptj and human_bot rows
    const text = [
      fixture[open]!,
      ...Array.from({ length: 34 }, () => rows).flat(),
      '    "human_bot_orig": [\'togethercomputer/GPT-NeoXT-Chat-Base-20B\'],',
      '}',
      '',
    ].join('\n');
    expect(text.length).toBeGreaterThan(12_000);
    const found = (python.extract({ relPath: 'src/prompter.py', size: text.length, text }) as ExtractResult).references;
    expect(found.filter((r) => r.id === 'h2oai/h2ogpt-oasst1-512-12b')).toHaveLength(34);
    expect(found.at(-1)).toMatchObject({ id: 'togethercomputer/GPT-NeoXT-Chat-Base-20B', line: text.split('\n').length - 2 });
  });

  it('reads a client asking a server started here for its served name as that name, not the declaration nor a pushed model', () => {
    const text = [
      'subprocess.Popen(["vllm", "serve", "Qwen/Qwen2.5-7B-Instruct", "--served-model-name", "qwen-7b"])',
      'client = OpenAI(base_url="http://localhost:8000/v1")',
      'client.chat.completions.create(model="qwen-7b", messages=[])',
      'args = TrainingArguments(output_dir="out", hub_model_id="acme/qwen-7b-sft")',
      '',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['openai-compatible/qwen-7b', 'api', 3, undefined],
      ['Qwen/Qwen2.5-7B-Instruct', 'huggingface', 1, undefined],
    ]);
  });
  it("reads a request for a digit-less alias the file's own server declares (bytedance/UI-TARS shape)", () => {
    const text = [
      'subprocess.Popen(["vllm", "serve", "/models/UI-TARS-7B", "--served-model-name", "ui-tars"])',
      'client = OpenAI(base_url="http://127.0.0.1:8000/v1", api_key="empty")',
      'client.chat.completions.create(model="ui-tars", messages=[])',
      'client.chat.completions.create(model="support-bot", messages=[])',
      '',
    ].join('\n');
    // `support-bot`, declared by no server here, stays an alias of a server not shown: no model.
    expect(rows(text)).toEqual([
      ['openai-compatible/ui-tars', 'api', 3, undefined],
      ['/models/UI-TARS-7B', 'local', 1, undefined],
    ]);
  });
});

describe('python: collections of words are not model lists', () => {
  it('reads no model in moderation categories fed to an embedding call (oobabooga modules/api/moderations.py)', () => {
    // Cut from oobabooga/text-generation-webui modules/api/moderations.py lines 9-11 and 18-19.
    const text = [
      'category_embeddings = None',
      'categories = ["sexual", "hate", "harassment", "self-harm", "sexual/minors", "hate/threatening", "violence/graphic", "self-harm/intent", "self-harm/instructions", "harassment/threatening", "violence"]',
      '        embeddings = get_embeddings(categories).tolist()',
      '        category_embeddings = dict(zip(categories, embeddings))',
      '',
    ].join('\n');
    expect(python.extract({ relPath: 'moderations.py', size: text.length, text }).references).toEqual([]);
  });

  it("reads no model in a download table's cache folder (MaxKB installer/install_model.py)", () => {
    // Cut from 1Panel-dev/MaxKB installer/install_model.py lines 15-29 (shortened).
    const text = [
      'model_config = [',
      '    {',
      "        'download_params': {",
      "            'cache_dir': os.path.join(prefix_dir, 'base/hub'),",
      "            'pretrained_model_name_or_path': 'gpt2-medium'",
      '        },',
      "        'download_function': GPT2TokenizerFast.from_pretrained",
      '    },',
      ']',
      '',
    ].join('\n');
    const { references } = python.extract({ relPath: 'install_model.py', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.line])).toEqual([['openai-community/gpt2-medium', 5]]);
  });

  it('still reads ids in a model list that holds one plain name', () => {
    const text = 'embed_models = ["bge", "BAAI/bge-m3", "sentence-transformers/all-mpnet-base-v2"]\n';
    expect((python.extract({ relPath: 'cfg.py', size: text.length, text }) as ExtractResult).references.map((r) => r.id)).toEqual([
      'BAAI/bge-m3',
      'sentence-transformers/all-mpnet-base-v2',
    ]);
  });
});

describe('python: Ollama defaults and backend settings (held-out paperless-ngx, issue #15)', () => {
  const ids = (text: string) =>
    (python.extract({ relPath: 'client.py', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);
  it('takes the literal after `or` as the model a call falls back to', () => {
    // Cut from paperless-ngx/paperless-ngx src/paperless_ai/client.py (lines 64-66).
    const text =
      'from llama_index.llms.ollama import Ollama\n\ndef get_llm(self):\n    return Ollama(\n        model=self.settings.llm_model or "llama3.1",\n        base_url=endpoint,\n    )\n';
    expect(ids(text)).toEqual([['llama3.1', 'ollama', 5]]);
  });
  it('names no model after a setting that names the backend', () => {
    // Cut from paperless-ngx/paperless-ngx src/paperless_ai/tests/test_ai_classifier.py (lines 77-80).
    const text = '@override_settings(\n    LLM_BACKEND="ollama",\n    LLM_MODEL="some_model",\n)\ndef test_ollama(): pass\n';
    expect(ids(text)).toEqual([]);
  });
});

describe('python: test placeholders and tokenizer types (held-out repositories of session 4, issue #15)', () => {
  it('names no model after a GGUF tokenizer type or placeholder ids, and keeps a real one beside them', async () => {
    const { references } = await python.extract(loadFixture('python/near-miss-test-placeholders.py'));
    expect(references.map((r) => [r.id, r.line])).toEqual([['google-bert/bert-base-uncased', 13]]);
    // A tokenizer setting holding an `org/name` id is that tokenizer's repo (Megatron `--tokenizer-model`).
    const text = 'TOKENIZER_MODEL = "meta-llama/Llama-2-7b-hf"\n';
    expect((python.extract({ relPath: 'args.py', size: text.length, text }) as ExtractResult).references.map((r) => r.id)).toEqual([
      'meta-llama/Llama-2-7b-hf',
    ]);
  });
});

describe('python: a LiteLLM-style provider name in a model list (held-out assafelovic/gpt-researcher, issue #15)', () => {
  it('reads no Hub id in `deepseek/deepseek-reasoner` (DeepSeek’s API model), but keeps an OpenAI open-weight Hub id', () => {
    // Cut from assafelovic/gpt-researcher gpt_researcher/llm_provider/generic/base.py:43-46.
    const text = 'NO_SUPPORT_TEMPERATURE_MODELS = [\n    "deepseek/deepseek-reasoner",\n    "openai/gpt-oss-20b",\n    "o1-mini",\n]\n';
    const { references } = python.extract({ relPath: 'llm_provider/generic/base.py', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['openai/gpt-oss-20b', 'huggingface', 3]]);
  });
});

describe('python: model files loaded for inference (held-out netease-youdao/QAnything, issue #15)', () => {
  it('reads the weight file an inference loader opens or a model-named setting joins onto a folder, not a file-name convention or saved state', async () => {
    const { references } = await python.extract(loadFixture('python/real-world-loaded-weights.py'));
    expect(references.map((r) => [r.id, r.source, r.line]).sort((a, b) => (a[2] as number) - (b[2] as number))).toEqual([
      ['rerank.onnx', 'local', 7],
      ['checkpoints/table/wired_model.pt', 'local', 13],
      ['checkpoints/table/wired_processor.onnx', 'local', 14],
      ['checkpoints/table/table_cls_l.onnx', 'local', 16],
    ]);
  });
});

describe("python: spaCy's trained pipelines (held-out mem0, issue #15)", () => {
  const found = (text: string) =>
    (python.extract({ relPath: 'mem0/utils/spacy_models.py', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads the pipeline spaCy loads, downloads or looks for, as its Hub id', () => {
    // Cut from mem0ai/mem0 mem0/utils/spacy_models.py (lines 22-35, 60): the imports stand inside the functions.
    const text = [
      'def _ensure_model_available():',
      '    """Download en_core_web_sm if spaCy is installed but model is missing."""',
      '    import spacy',
      '    if not spacy.util.is_package("en_core_web_sm"):',
      '        logger.info("Downloading spaCy model en_core_web_sm...")',
      '        from spacy.cli import download',
      '',
      '        download("en_core_web_sm")',
      '',
      'def get_nlp_full():',
      '    import spacy',
      '    _nlp_full = spacy.load("en_core_web_sm")',
    ].join('\n');
    expect(found(text)).toEqual([
      ['spacy/en_core_web_sm', 'huggingface', 4],
      ['spacy/en_core_web_sm', 'huggingface', 8],
      ['spacy/en_core_web_sm', 'huggingface', 12],
    ]);
  });

  it("does not read a project's own pipeline folder or another library's download as spaCy's", () => {
    // A folder a project trained (`spacy.load("./ner_model")`) and nltk's `download("punkt")` are no spaCy pipeline.
    const text = 'import spacy\nfrom nltk import download\nnlp = spacy.load("./ner_model")\ndownload("punkt")\nspacy.load("en_core_web_md")\n';
    expect(found(text)).toEqual([['spacy/en_core_web_md', 'huggingface', 5]]);
  });

  it('reads a pipeline held by a model-named setting, with no spacy.load in the file (held-out microsoft/graphrag, session 9)', () => {
    // Cut from microsoft/graphrag packages/graphrag/graphrag/config/defaults.py:156-163: the default its NLP config
    // later hands to `spacy.load(model_name)` in another module. A setting not named for a model holds no pipeline.
    const text = [
      '@dataclass',
      'class TextAnalyzerDefaults:',
      '    """Default values for text analyzer."""',
      '',
      '    model_name: str = "en_core_web_md"',
      '    max_word_length: int = 15',
      '    word_delimiter: str = " "',
      'LANGUAGE_NOTES = "en_core_web_sm"',
    ].join('\n');
    expect(found(text)).toEqual([['spacy/en_core_web_md', 'huggingface', 5]]);
  });
});

describe('python: Hub datasets downloaded with their repo type on another line (held-out camel-ai/camel, issue #15, session 7)', () => {
  const ids = (text: string) => (python.extract({ relPath: 'bench.py', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line]);

  it('reads no model in a repo id the call says is a dataset or a Space, nor in the variable given as that id', () => {
    // camel-ai/camel camel/benchmarks/gaia.py:152-158 and camel/benchmarks/mock_website/mock_web.py:77-86, shortened
    const text = [
      'from huggingface_hub import hf_hub_download, snapshot_download',
      '',
      'def download_gaia(data_dir):',
      '    snapshot_download(',
      '        repo_id="gaia-benchmark/GAIA",',
      '        repo_type="dataset",',
      '        local_dir=data_dir,',
      '    )',
      '',
      'def download_mock_website(project_name):',
      '    repo_id = "camel-ai/mock_websites"',
      '    snapshot_path = snapshot_download(',
      '        repo_id=repo_id,',
      '        repo_type="dataset",',
      '        allow_patterns=f"{project_name}/*",',
      '    )',
      '',
      'config = hf_hub_download("Qwen/Qwen2.5-7B-Instruct", "config.json")',
    ].join('\n');
    expect(ids(text)).toEqual([['Qwen/Qwen2.5-7B-Instruct', 18]]);
  });
});

describe('python: a model beside the platform that serves it (held-out camel-ai/camel, issue #15, session 7)', () => {
  const rows = (text: string) =>
    (python.extract({ relPath: 'example.py', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("reads an Ollama platform's model as an Ollama tag, and another platform's unknown name as the name its server answers to", () => {
    // camel-ai/camel examples/models/ollama_model_example.py:21-25, examples/models/role_playing_with_sambanova.py:35-39,
    // examples/models/sglang_model_example.py:37-41 (a Hub id: read as such elsewhere), shortened
    const text = [
      'from camel.models import ModelFactory',
      'from camel.types import ModelPlatformType, ModelType',
      '',
      'ollama_model = ModelFactory.create(',
      '    model_platform=ModelPlatformType.OLLAMA,',
      '    model_type="llama3.2",',
      '    model_config_dict={"temperature": 0.4},',
      ')',
      'model = ModelFactory.create(',
      '    model_platform=ModelPlatformType.SAMBA,',
      '    model_type="Meta-Llama-3.1-70B-Instruct",',
      '    url="https://api.sambanova.ai/v1",',
      ')',
      'gpt = ModelFactory.create(model_platform=ModelPlatformType.OPENAI, model_type=ModelType.GPT_4O_MINI)',
      'chat = init_chat_model("qwen2.5:7b", model_provider="ollama")',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['llama3.2', 'ollama', 6],
      ['openai-compatible/Meta-Llama-3.1-70B-Instruct', 'api', 11],
      ['qwen2.5:7b', 'ollama', 15],
    ]);
  });
});

describe('python: a Hub id given as a model type (held-out camel-ai/camel, issue #15, session 7)', () => {
  it('reads an `org/name` default of a model_type parameter, not an architecture', () => {
    // camel-ai/camel camel/embeddings/together_embedding.py:46-50, and an architecture beside it
    const text = [
      'class TogetherEmbedding(BaseEmbedding[str]):',
      '    def __init__(',
      '        self,',
      '        model_type: str = "togethercomputer/m2-bert-80M-8k-retrieval",',
      '        api_key: Optional[str] = None,',
      '    ) -> None:',
      '        config = AutoConfig.for_model(model_type="llama")',
    ].join('\n');
    const refs = (python.extract({ relPath: 'together_embedding.py', size: text.length, text }) as ExtractResult).references;
    expect(refs.map((r) => [r.id, r.line])).toEqual([['togethercomputer/m2-bert-80M-8k-retrieval', 4]]);
  });
});

describe('python: an Ollama tag as a model flag default (held-out stanford-oval/storm, issue #15)', () => {
  it("reads the `--model` default of a script talking to Ollama as an Ollama tag, and no tag in another script's default", () => {
    // stanford-oval/storm examples/storm_examples/run_storm_wiki_ollama.py:25, 47-48 and 194-202: the tag reaches
    // OllamaClient through `args.model`; it was missed.
    const ollama = [
      'from knowledge_storm.lm import OllamaClient',
      '',
      'def main(args):',
      '    ollama_kwargs = {"model": args.model, "port": args.port, "url": args.url}',
      '    conv_simulator_lm = OllamaClient(max_tokens=500, **ollama_kwargs)',
      '',
      'if __name__ == "__main__":',
      '    parser = ArgumentParser()',
      '    parser.add_argument(',
      '        "--url", type=str, default="http://localhost", help="URL of the Ollama server."',
      '    )',
      '    parser.add_argument(',
      '        "--model", type=str, default="llama3:latest", help="Model of the Ollama server."',
      '    )',
      '',
    ].join('\n');
    const refs = (text: string) =>
      (python.extract({ relPath: 'examples/run_storm_wiki_ollama.py', size: text.length, text }) as ExtractResult).references.map((r) => [
        r.id,
        r.source,
        r.line,
      ]);
    expect(refs(ollama)).toEqual([['llama3:latest', 'ollama', 13]]);
    // The same default in a script that never talks to Ollama is no Ollama tag.
    expect(
      refs(
        ollama
          .replace(/OllamaClient/g, 'VLLMClient')
          .replace(/Ollama/g, 'VLLM')
          .replace('ollama_kwargs', 'vllm_kwargs')
          .replace('ollama_kwargs', 'vllm_kwargs'),
      ),
    ).toEqual([]);
  });
});

describe("python: a test's `test/model` stand-in (held-out huggingface/smolagents, issue #15)", () => {
  it('reads no model in `test/model`, and still reads a real id in the same dict', () => {
    // huggingface/smolagents tests/test_agents.py:1499 and :1526
    const text = [
      'agent_dict = {',
      '    "model": {"class": "TransformersModel", "data": {"model_id": "test/model"}},',
      '    "managed": {"class": "TransformersModel", "data": {"model_id": "HuggingFaceTB/SmolLM2-360M-Instruct"}},',
      '}',
      'assert mock_model_class.from_dict.call_args.args[0] == {"model_id": "test/model"}',
      '',
    ].join('\n');
    const refs = (python.extract({ relPath: 'tests/test_agents.py', size: text.length, text }) as ExtractResult).references;
    expect(refs.map((r) => [r.id, r.line])).toEqual([['HuggingFaceTB/SmolLM2-360M-Instruct', 3]]);
  });
});

describe('python: client calls that name no model (held-out zylon-ai/private-gpt, issue #15, session 8)', () => {
  it("reads a hosted client's model, not `default` or a test's stand-in", () => {
    // zylon-ai/private-gpt tests/server/chat/anthropic/test_anthropic_client.py:464-468 and :1241-1243 (31 calls with
    // `model="default"`, which PrivateGPT maps to its configured model, and two with `model="custom-model"`), shortened
    const text = [
      'import anthropic',
      'client = anthropic.Anthropic(**CLIENT_KWARGS)',
      'response = client.messages.create(',
      '    model="default",',
      '    max_tokens=1024,',
      ')',
      'with client.messages.stream(',
      '    model="custom-model",',
      '    max_tokens=2048,',
      ') as stream:',
      '    pass',
      'reply = client.messages.create(model="claude-opus-4-6", max_tokens=1024)',
    ].join('\n');
    const refs = (python.extract({ relPath: 'test_anthropic_client.py', size: text.length, text }) as ExtractResult).references;
    expect(refs.map((r) => [r.id, r.line])).toEqual([['anthropic/claude-opus-4-6', 12]]);
  });

  it('reads no bare `test` asked of an OpenAI-compatible server, and still the real name beside it (issue #15, session 28)', () => {
    // hiyouga/LLaMA-Factory scripts/api_example/test_toolcall.py:17-19 and :60 (its own API server answers any name; four
    // such calls in two files), with a real model asked of the same client added
    const text = [
      'from openai import OpenAI',
      'client = OpenAI(api_key="0", base_url="http://localhost:{}/v1".format(os.getenv("API_PORT", 8000)))',
      'messages = []',
      'result = client.chat.completions.create(messages=messages, model="test", tools=tools)',
      'result = client.chat.completions.create(messages=messages, model="dummy")',
      'result = client.chat.completions.create(messages=messages, model="gpt-4o", tools=tools)',
    ].join('\n');
    const refs = (python.extract({ relPath: 'scripts/api_example/test_toolcall.py', size: text.length, text }) as ExtractResult).references;
    expect(refs.map((r) => [r.id, r.line])).toEqual([['openai/gpt-4o', 6]]);
  });

  it('reads no `test/model` stand-in given to a download helper', () => {
    // zylon-ai/private-gpt tests/components/llm/tokenizers/models/test_downloader.py:22-26 (six calls), and a real id beside it
    const text = [
      'result = await download_model(',
      '    model_id="test/model",',
      '    cache_dir=hf_cache_dir,',
      ')',
      'tokenizer = AutoTokenizer.from_pretrained("mistralai/Mistral-7B-v0.1")',
    ].join('\n');
    const refs = (python.extract({ relPath: 'test_downloader.py', size: text.length, text }) as ExtractResult).references;
    expect(refs.map((r) => [r.id, r.line])).toEqual([['mistralai/Mistral-7B-v0.1', 5]]);
  });
});

describe('python: a stand-in after a LiteLLM route (held-out openinterpreter/open-interpreter, issue #15, session 8)', () => {
  it('names no model for `openai/x`, `openai/local` or an `<angle-bracket>` placeholder, and still reads a real route', () => {
    // open-interpreter README.md:251 and interpreter/terminal_interface/local_setup.py:448 (the local server ignores
    // the name), docs/language-models/local-models/ollama.mdx:31 and hosted-models/azure.mdx:16 (placeholders).
    const text = [
      'interpreter.llm.model = "openai/x" # Tells OI to send messages in OpenAI\'s format',
      'interpreter.llm.model = "openai/local"',
      'interpreter.llm.model = "ollama_chat/<model-name>"',
      'interpreter.llm.model = "azure/<your_deployment_id>"',
      'interpreter.llm.model = "ollama/llama3.1" # docs/guides/running-locally.mdx:46 writes ollama/codestral',
    ].join('\n');
    const refs = (python.extract({ relPath: 'docs.py', size: text.length, text }) as ExtractResult).references;
    expect(refs.map((r) => [r.id, r.source, r.line])).toEqual([['llama3.1', 'ollama', 5]]);
  });
});

describe('python: where a project keeps the weights it downloads (held-out opendatalab/MinerU, open-interpreter, issue #15, session 8)', () => {
  const rows = (text: string) =>
    (python.extract({ relPath: 'app.py', size: text.length, text }) as ExtractResult).references.filter((r) => r.source === 'local').map((r) => [r.id, r.line]);

  it('reads the paths a class named for model paths holds, not its Hub ids as local files', () => {
    // Cut from opendatalab/MinerU mineru/utils/enum_class.py (lines 96-107): the code downloads each path from the
    // repo ids above it and loads it.
    const text = [
      'class ModelPath:',
      '    vlm_root_hf = "opendatalab/MinerU2.5-Pro-2605-1.2B"',
      '    pipeline_root_hf = "opendatalab/PDF-Extract-Kit-1.0"',
      '    pp_doclayout_v2 = "models/Layout/PP-DocLayoutV2"',
      '    unimernet_small = "models/MFR/unimernet_hf_small_2503"',
      '    slanet_plus = "models/TabRec/SlanetPlus/slanet-plus.onnx"',
      '',
      '',
      'class SplitFlag:',
      "    CROSS_PAGE = 'cross_page'",
      "    TEMPLATES = 'templates/page/flag'",
    ].join('\n');
    expect(rows(text)).toEqual([
      ['models/Layout/PP-DocLayoutV2', 4],
      ['models/MFR/unimernet_hf_small_2503', 5],
      ['models/TabRec/SlanetPlus/slanet-plus.onnx', 6],
    ]);
  });

  it('reads no bare file name a class of model file names holds (a naming convention, not a model)', () => {
    // Cut from modelscope/modelscope modelscope/utils/constant.py (lines 430-440): the names a model folder's files have.
    const text = [
      'class ModelFile(object):',
      "    CONFIGURATION = 'configuration.json'",
      "    TORCH_MODEL_FILE = 'pytorch_model.pt'",
      "    TORCH_MODEL_BIN_FILE = 'pytorch_model.bin'",
      "    ONNX_MODEL_FILE = 'model.onnx'",
    ].join('\n');
    expect(rows(text)).toEqual([]);
  });

  it('reads a weights file joined onto a folder named for weights, not the file names every checkpoint has', () => {
    // opendatalab/MinerU mineru/model/mfr/pp_formulanet_plus_m/predict_formula.py (lines 29-32), and
    // hiyouga/LLaMA-Factory src/llamafactory/v1/core/utils/checkpoint.py:200 (a checkpoint's own layout).
    const text = [
      'class FormulaRecognizer(BaseOCRV20):',
      '    def __init__(self, weight_dir, device="cpu"):',
      '        self.weights_path = os.path.join(',
      '            weight_dir,',
      '            "PP-FormulaNet_plus-M.pth",',
      '        )',
      '        adapter_file = os.path.join(model_dir, "adapter_model.safetensors")',
    ].join('\n');
    expect(rows(text)).toEqual([['PP-FormulaNet_plus-M.pth', 5]]);
  });

  it('reads no model in a git ref an option defaults to', () => {
    // Cut from unslothai/unsloth scripts/verify_comment_only_diff.py:217 and scripts/check_frontend_dep_removal.py:825:
    // `origin/main` was read as a Hub id beside the `--base` flag.
    const text = [
      'parser.add_argument("--base", default = "origin/main", help = "base git ref")',
      'parser.add_argument(',
      '    "--base-ref",',
      '    default = "upstream/develop",',
      ')',
      'parser.add_argument("--base", default = "Qwen/Qwen2.5-7B")',
    ].join('\n');
    const found = (python.extract({ relPath: 'scripts/diff.py', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(found).toEqual([['Qwen/Qwen2.5-7B', 6]]);
  });

  it('reads a GGUF file an option defaults to or a constant holds, not the name every checkpoint takes', () => {
    // Cut from unslothai/unsloth scripts/compare_engines.py:127-128, scripts/diffusion_bench.py:429-432 and
    // scripts/quant_probe.py:26-27: the file loaded from the GGUF repo beside it was missed (a bare file name was read
    // only with its folder).
    const text = [
      'p.add_argument("--repo", default = "unsloth/Z-Image-Turbo-GGUF")',
      'p.add_argument("--gguf-name", default = "z-image-turbo-Q4_K_M.gguf")',
      'parser.add_argument(',
      '    "--gguf",',
      '    default = "z-image-turbo-Q8_0.gguf",',
      '    help = "transformer GGUF filename inside --model",',
      ')',
      'GGUF = "z-image-turbo-Q2_K.gguf"',
      'OUTPUT_GGUF = "merged-Q4_K_M.gguf"',
      'p.add_argument("--out", default = "model.gguf")',
      'PATTERN = "*.gguf"',
    ].join('\n');
    expect(
      rows(text)
        .filter((r) => String(r[0]).endsWith('.gguf'))
        .sort((a, b) => Number(a[1]) - Number(b[1])),
    ).toEqual([
      ['z-image-turbo-Q4_K_M.gguf', 2],
      ['z-image-turbo-Q8_0.gguf', 5],
      ['z-image-turbo-Q2_K.gguf', 8],
    ]);
  });

  it('reads the llamafile or GGUF a download list names', () => {
    // Cut from openinterpreter/open-interpreter interpreter/terminal_interface/local_setup.py (lines 48-60): the files
    // are downloaded into the models folder and run.
    const text = [
      '            model_list = [',
      '                {',
      '                    "name": "Llama-3.1-8B-Instruct",',
      '                    "file_name": "Meta-Llama-3-8B-Instruct.Q4_K_M.llamafile",',
      '                    "size": 4.95,',
      '                },',
      '                {',
      '                    "name": "Gemma-2-9b",',
      '                    "file_name": "gemma-2-9b-it.Q4_K_M.llamafile",',
      '                },',
      '            ]',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['Meta-Llama-3-8B-Instruct.Q4_K_M.llamafile', 4],
      ['gemma-2-9b-it.Q4_K_M.llamafile', 9],
    ]);
  });
});

describe('python: the Ollama names a loop walks (held-out openinterpreter/open-interpreter, issue #15, session 8)', () => {
  it('reads each Ollama name of a model-named loop over a list written in place, in a file that talks to Ollama', () => {
    // Cut from openinterpreter/open-interpreter interpreter/terminal_interface/local_setup.py (lines 240-292): the names
    // offered are pulled with `ollama pull`; only `mistral-nemo` (by Mistral's naming) was found.
    const text = [
      '            result = subprocess.run(["ollama", "list"], capture_output=True, text=True, check=True)',
      '            for model in ["llama3.1", "phi3", "mistral-nemo", "gemma2", "codestral"]:',
      '                if model not in names:',
      '                    names.append("↓ Download " + model)',
      '            for lang in ["en", "de"]:',
      // binary-husky/gpt_academic request_llms/bridge_all.py:1351: a comprehension testing a prefix
      '            for model in [m for m in AVAIL_LLM_MODELS if m.startswith("ollama-")]:',
      '                pass',
      '                subprocess.run(["ollama", "pull", model], check=True)',
    ].join('\n');
    const refs = (python.extract({ relPath: 'local_setup.py', size: text.length, text }) as ExtractResult).references;
    expect(refs.map((r) => [r.id, r.source, r.line])).toEqual([
      ['llama3.1', 'ollama', 2],
      ['phi3', 'ollama', 2],
      ['mistral-nemo', 'ollama', 2],
      ['gemma2', 'ollama', 2],
      ['codestral', 'ollama', 2],
    ]);
  });
});

describe("python: lmdeploy's pipeline takes the model first (held-out InternLM/lmdeploy, issue #15, session 8)", () => {
  it('reads the Hub id or folder given first to lmdeploy.pipeline, and the model after the task in transformers', async () => {
    const { references } = await python.extract(loadFixture('python/real-world-lmdeploy-pipeline.py'));
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['llava-hf/llava-interleave-qwen-7b-hf', 7],
      ['liuhaotian/llava-v1.5-7b', 8],
      ['./internlm2_5-7b-chat-4bit', 9],
      ['lmdeploy/llama2-chat-70b-4bit', 10],
      ['distilbert/distilbert-base-uncased-finetuned-sst-2-english', 11],
    ]);
  });

  it('reads a pipeline call in a file that says "model" nowhere', () => {
    // InternLM/lmdeploy docs/en/multi_modal/llava.md:35-39 (the code block as written)
    const text = [
      'from lmdeploy import GenerationConfig, TurbomindEngineConfig, pipeline',
      'from lmdeploy.vl import load_image',
      '',
      '',
      'pipe = pipeline("llava-hf/llava-interleave-qwen-7b-hf", backend_config=TurbomindEngineConfig(cache_max_entry_count=0.5),',
      '    gen_config=GenerationConfig(max_new_tokens=512))',
    ].join('\n');
    expect((python.extract(makeSourceFile('block.py', text)) as ExtractResult).references.map((r) => [r.id, r.line])).toEqual([
      ['llava-hf/llava-interleave-qwen-7b-hf', 5],
    ]);
  });
});

describe('python: a GGUF kept under any name (held-out arc53/DocsGPT, issue #15)', () => {
  it('reads a GGUF path written with its folder whatever its setting is called, not one written out', () => {
    // Cut from arc53/DocsGPT application/core/settings.py:8 and :81 (the llama.cpp provider loads LLM_PATH); the
    // last line is a made-up near miss: where a converted model is written is an output.
    const text = [
      'current_dir = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))',
      '',
      'class Settings(BaseSettings):',
      '    LLM_PATH: str = os.path.join(current_dir, "models/docsgpt-7b-f16.gguf")',
      '    EXPORT_PATH: str = os.path.join(current_dir, "out/docsgpt-7b-q4.gguf")',
      '',
    ].join('\n');
    expect((python.extract(makeSourceFile('application/core/settings.py', text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['models/docsgpt-7b-f16.gguf', 'local', 4],
    ]);
  });
});

describe('python: a model default behind a fallback expression (held-out mudler/LocalAI, issue #15, session 9)', () => {
  const ids = (text: string) => (python.extract({ relPath: 'backend.py', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line]);

  it('reads the literal a conditional expression falls back to under a model-named variable', () => {
    // mudler/LocalAI backend/python/kitten-tts/backend.py:54 and backend/python/tinygrad/backend.py:394.
    const text = [
      'def LoadModel(self, request, context):',
      '    model_name = request.Model if request.Model else "KittenML/kitten-tts-nano-0.1"',
      '    self.tts = KittenTTS(model_name)',
      '',
      'def _load_sd(self, model_ref):',
      '    repo_id = model_ref if "/" in model_ref else "runwayml/stable-diffusion-v1-5"',
      '    ckpt_path = Path(hf_hub_download(repo_id=repo_id, filename=ckpt_file))',
      '',
      '    mode = "fast" if quick else "org/not-a-model"',
    ].join('\n');
    expect(ids(text)).toEqual([
      ['KittenML/kitten-tts-nano-0.1', 2],
      ['runwayml/stable-diffusion-v1-5', 6],
    ]);
  });
});

describe('python: a weights file joined onto a checkpoint folder through subfolders (held-out mudler/LocalAI, issue #15, session 9)', () => {
  it('reads the LoRA file joined onto the checkpoint folder, not a conventional file nor an output', () => {
    // mudler/LocalAI backend/python/longcat-video/backend.py (lines 445-449): the distillation LoRA the pipeline loads;
    // hiyouga/LLaMA-Factory src/llamafactory/v1/core/utils/checkpoint.py:223: a trainer's optimizer state, not a model.
    const text = [
      '        if self.options["use_distill"]:',
      '            dit.load_lora(',
      '                os.path.join(checkpoint, "lora", "cfg_step_lora.safetensors"),',
      '                "cfg_step_lora",',
      '            )',
      '        state = torch.load(os.path.join(checkpoint, "optimizer.pt"))',
      '        optim_path = os.path.join(ckpt_dir, "optimizer", "state_dict.pt")',
      '        torch.save(state, os.path.join(output_checkpoint, "lora", "merged.safetensors"))',
    ].join('\n');
    const rows = (python.extract({ relPath: 'backend.py', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);
    expect(rows).toEqual([['cfg_step_lora.safetensors', 'local', 3]]);
  });
});

describe('python: ids in a file that loads models through ModelScope by default (held-out modelscope/FunASR, issue #15)', () => {
  const found = (text: string) => (python.extract(makeSourceFile('demo.py', text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("gives FunASR's ids ModelScope as their source where the registry knows the namespace there, not a Hub-only one", () => {
    // modelscope/FunASR README.md's AutoModel example; FunASR's AutoModel downloads from ModelScope unless hub="hf"
    const text = [
      'from funasr import AutoModel',
      'model_dir = "iic/SenseVoiceSmall"',
      'model = AutoModel(model=model_dir, vad_model="fsmn-vad")',
      'llm = AutoModel(model="meta-llama/Llama-3.2-1B")',
      '',
    ].join('\n');
    expect(found(text).sort((a, b) => Number(a[2]) - Number(b[2]))).toEqual([
      ['iic/SenseVoiceSmall', 'modelscope', 2],
      ['meta-llama/Llama-3.2-1B', 'huggingface', 4],
    ]);
  });

  it('leaves them on the Hub when told `hub="hf"` or when a Hugging Face library is imported beside it', () => {
    expect(found('from funasr import AutoModel\nmodel = AutoModel(model="iic/SenseVoiceSmall", hub="hf")\n')).toEqual([
      ['iic/SenseVoiceSmall', 'huggingface', 2],
    ]);
    expect(found('from transformers import pipeline\nfrom funasr import AutoModel\nmodel = AutoModel(model="iic/SenseVoiceSmall")\n')).toEqual([
      ['iic/SenseVoiceSmall', 'huggingface', 3],
    ]);
  });
});

describe('python: a setting for the model folder', () => {
  it('reads `model_path = "<folder>"` and `pretrained_model_name_or_path = "<folder>"` as the model on disk, without a loading call', async () => {
    // Held-out datawhalechina/self-llm (session 17): a folder handed to a LangChain wrapper or set in an xtuner config was
    // missed (only a folder a loading call takes in the same snippet was read); a folder named for no model stays unread.
    const { references } = await python.extract(loadFixture('python/real-world-model-folder-settings.py'));
    expect(references.filter((r) => r.line < 12).map((r) => [r.id, r.source, r.line])).toEqual([
      ['/root/autodl-tmp/Shanghai_AI_Laboratory/internlm3-8b-instruct', 'local', 6],
      ['/root/math/model/Shanghai_AI_Laboratory/internlm2-math-7b', 'local', 10],
    ]);
  });

  it("reads a wrapper's `<x>_name_or_path=` keyword holding a model-named folder as that model on disk", async () => {
    // Held-out datawhalechina/self-llm (session 17): its LangChain wrappers take the folder as `mode_name_or_path`, which
    // names no `model`; transformers' `*_name_or_path` spelling says it holds a name or a path.
    const { references } = await python.extract(loadFixture('python/real-world-model-folder-settings.py'));
    expect(references.filter((r) => r.line > 12).map((r) => [r.id, r.source, r.line])).toEqual([
      ['/root/autodl-tmp/qwen/Qwen2.5-7B-Instruct', 'local', 16],
      ['/root/autodl-tmp/ZhipuAI/glm-4-9b-chat', 'local', 17],
    ]);
  });

  it("reads no model in a TensorFlow SavedModel's version folder (a number, no name)", async () => {
    // GoogleCloudPlatform/ai-on-gke tutorials-and-examples/tpu-examples/single-host-inference/jax/bert/export_bert_model.py:79-81:
    // where an export writes; the digit rule alone read `/tmp/jax/bert_cpu/1` as a model on disk.
    const text = '_CPU_MODEL_PATH = "/tmp/jax/bert_cpu/1"\n_TPU_MODEL_PATH = "/tmp/jax/bert_tpu/1"\ntf.io.gfile.makedirs(_CPU_MODEL_PATH)\n';
    const { references } = await python.extract(makeSourceFile('export_bert_model.py', text));
    expect(references).toEqual([]);
  });
});

describe('python: values a model-named parameter is given', () => {
  it('reads the Hub ids and sentence-transformers names of pytest parameters and model-first helpers', async () => {
    // Held-out UKPLab/sentence-transformers (session 20): tests/test_pretrained_stsb.py and test_backends.py name their
    // models only there (the fixture's expectation holds them all).
    const { references } = await python.extract(loadFixture('python/real-world-st-tests.py'));
    const at = (line: number) => references.filter((r) => r.line === line).map((r) => r.id);
    expect(at(24)).toEqual(['sentence-transformers/bert-base-nli-mean-tokens']);
    expect(at(42)).toEqual(['sentence-transformers-testing/stsb-bert-tiny-onnx']);
    expect(at(79)).toEqual(['hkunlp/instructor-base', 'hkunlp/instructor-large']);
  });

  it('leaves a bare legacy id there: it may be a key of the project (a preset), not the Hub model', () => {
    // mlc-ai/mlc-llm tests/python/model/test_gpt2.py: `"gpt2"` picks MODEL_PRESETS["gpt2"], an architecture preset.
    const text = [
      'import pytest',
      'from mlc_llm.model import MODEL_PRESETS, MODELS',
      '',
      '@pytest.mark.parametrize("model_name", ["gpt2"])',
      'def test_gpt2_creation(model_name: str):',
      '    config = MODELS["gpt2"].config.from_dict(MODEL_PRESETS[model_name])',
      '',
      'if __name__ == "__main__":',
      '    test_gpt2_creation("gpt2")',
    ].join('\n');
    expect((python.extract({ relPath: 'tests/python/model/test_gpt2.py', size: text.length, text }) as ExtractResult).references).toEqual([]);
  });
});

describe("python: 01-ai/Yi's Cookbook snippets (held-out, issue #15, session 20)", () => {
  const found = async (text: string) =>
    ((await python.extract({ relPath: 'block.py', size: text.length, text })) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("reads ms-swift's `ModelType.<member>` named for a model, and no member that names an architecture", async () => {
    // Cookbook/en/ecosystem/yi-vl-best-practice.md:93-101 (a ```python block).
    const text = [
      'from swift.llm import (',
      '    get_model_tokenizer, get_template, inference, ModelType,',
      '    get_default_template_type, inference_stream',
      ')',
      'model_type = ModelType.yi_vl_6b_chat',
      'other = ModelType.llama',
    ].join('\n');
    expect(await found(text)).toEqual([['openai-compatible/yi_vl_6b_chat', 'api', 5]]);
  });

  it('reads no `ModelType` member when the snippet names the weights with `model_id_or_path=`', async () => {
    // OpenBMB/MiniCPM-V docs/swift_train_and_infer.md:61-66: the type is the kind of the folder it loads.
    const text = [
      'from swift.llm import (',
      '    get_model_tokenizer, get_template, inference, ModelType,',
      ')',
      'model_type = ModelType.minicpm_v_v2_5_chat',
      "model, tokenizer = get_model_tokenizer(model_type, torch.bfloat16, model_id_or_path='/root/ld/ld_model_pretrain/MiniCPM-Llama3-V-2_5')",
    ].join('\n');
    expect((await found(text)).map((r) => r[0])).not.toContain('openai-compatible/minicpm_v_v2_5_chat');
  });

  it("reads both folders LlamaIndex's HuggingFaceLLM loads, past a comment ending each argument's line", async () => {
    // Cookbook/en/opensource/function_calling/function_calling_llamaindex.ipynb, the cell configuring the local model.
    const text = [
      'llm = HuggingFaceLLM(',
      '    context_window=4096,',
      '    query_wrapper_prompt=query_wrapper_prompt,',
      "    tokenizer_name='/model/Yi-1.5-9B-Chat', # Load local model",
      "    model_name='/model/Yi-1.5-9B-Chat', # Load local model",
      '    device_map="auto",',
      ')',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['/model/Yi-1.5-9B-Chat', 'local', 5],
      ['/model/Yi-1.5-9B-Chat', 'local', 4],
    ]);
  });

  it("reads a tokenizer's Hub repo given beside the model, or held by a tokenizer-named constant", async () => {
    // Cut from h2oai/h2ogpt docs/README_InferenceServers.md:347 (vLLM's LLM) and xorbitsai/inference benchmark/utils.py:34.
    const text = [
      "llm = LLM(model='h2oai/h2ogpt-research-oasst1-llama-65b', tokenizer='hf-internal-testing/llama-tokenizer', tensor_parallel_size=2)",
      '_FAST_LLAMA_TOKENIZER = "hf-internal-testing/llama-tokenizer"',
      // A bare value is a tokenizer's type or encoding, an expression an object: neither names a repo.
      'TOKENIZER = "cl100k_base"',
      'emb = SparseStaticEmbedding.from_json("org/x", tokenizer=enc.tokenizer)',
    ].join('\n');
    expect((await found(text)).filter((r) => r[2] !== 4)).toEqual([
      ['h2oai/h2ogpt-research-oasst1-llama-65b', 'huggingface', 1],
      ['hf-internal-testing/llama-tokenizer', 'huggingface', 1],
      ['hf-internal-testing/llama-tokenizer', 'huggingface', 2],
    ]);
  });

  it("reads FastChat's weight tools' base and delta or LoRA in their usage docstrings, not the folder each writes", async () => {
    // Cut from lm-sys/FastChat fastchat/model/apply_delta.py:5, apply_lora.py:5 and make_delta.py:5.
    const usage = (tool: string, args: string) => `"""\nUsage:\npython3 -m ${tool} ${args}\n"""\nimport argparse\n`;
    const base = '--base ~/model_weights/llama-7b';
    expect(await found(usage('fastchat.model.apply_delta', `${base} --target ~/model_weights/vicuna-7b --delta lmsys/vicuna-7b-delta-v1.1`))).toEqual([
      ['~/model_weights/llama-7b', 'local', 3],
      ['lmsys/vicuna-7b-delta-v1.1', 'huggingface', 3],
    ]);
    expect(await found(usage('fastchat.model.apply_lora', `${base} --target ~/model_weights/baize-7b --lora project-baize/baize-lora-7B`))).toEqual([
      ['~/model_weights/llama-7b', 'local', 3],
      ['project-baize/baize-lora-7B', 'huggingface', 3],
    ]);
    expect(await found(usage('fastchat.model.make_delta', `${base} --target ~/model_weights/vicuna-7b --delta ~/model_weights/vicuna-7b-delta`))).toEqual([
      ['~/model_weights/llama-7b', 'local', 3],
      ['~/model_weights/vicuna-7b', 'local', 3],
    ]);
    // The same words under another program name nothing.
    expect(await found(usage('mytool', `${base} --delta lmsys/vicuna-7b-delta-v1.1`))).toEqual([]);
  });

  it('reads the folder a quantizer wrote when a model setting loads it by its bare name', async () => {
    // Cookbook/en/opensource/quantization/autoawq-yi-quantization.md:92-97 and autogptq-yi-quantization.md:72.
    const text = [
      'from transformers import AutoModelForCausalLM, AutoTokenizer',
      '# model_path = quant_path',
      "model_path = 'Yi-1.5-6B-Chat-awq'",
      "quantized_model_dir = 'Yi-1.5-6B-Chat-GPTQ'",
      'tokenizer = AutoTokenizer.from_pretrained(model_path, use_fast=False)',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['Yi-1.5-6B-Chat-awq', 'local', 3],
      ['Yi-1.5-6B-Chat-GPTQ', 'local', 4],
    ]);
  });
});

describe('python: a Hub file route behind an endpoint variable (held-out containers/ramalama, issue #15, session 20)', () => {
  it('reads `f"{endpoint}/<org>/<name>/resolve/main/<file>"` as the Hub repo, not a folder at the root', async () => {
    // containers/ramalama test/e2e/test_inspect.py:11-12 (HF_ENDPOINT points the tests at a local mirror).
    const text = [
      '_HF_ENDPOINT = os.environ.get("HF_ENDPOINT", "").rstrip("/") or "https://huggingface.co"',
      'ST_MODEL = f"{_HF_ENDPOINT}/LiheYoung/depth-anything-small-hf/resolve/main/model.safetensors"',
      'ctx.check_call(["ramalama", "-q", "pull", ST_MODEL])',
    ].join('\n');
    const refs = ((await python.extract({ relPath: 'test_inspect.py', size: text.length, text })) as ExtractResult).references;
    expect(refs.filter((r) => r.line === 2).map((r) => [r.id, r.source])).toEqual([['LiheYoung/depth-anything-small-hf', 'huggingface']]);
  });
});

describe('python: commands a docstring shows as examples (simonw/llm, issue #15, session 21)', () => {
  const found = async (text: string) =>
    ((await python.extract(makeSourceFile('llm/cli.py', text))) as ExtractResult).references.map((r) => [r.id, r.line, r.context]);

  it("reads the commands under a click command's `Examples:` heading, as comments, and not prose or Python code", async () => {
    // simonw/llm llm/cli.py:715-726 (cut), and a docstring whose example is Python code.
    const text = [
      'def prompt(model_id):', // 1
      '    """', // 2
      '    Execute a prompt', // 3
      '', // 4
      '    Examples:', // 5
      '', // 6
      '    \\b', // 7
      "        llm 'Capital of France?'", // 8
      "        llm 'Capital of France?' -m gpt-5.5", // 9
      '', // 10
      '    Multi-modal models can be called with attachments like this:', // 11
      '', // 12
      "        llm 'Extract text' -m gpt-4o -a image.jpg", // 13
      '    """', // 14
      '', // 15
      'def load(model_id):', // 16
      '    """Load a model.', // 17
      '', // 18
      '    Example:', // 19
      '        model = load("gpt-4o-mini")', // 20
      '        run --model gpt-4o-mini', // 21
      '    """', // 22
      '    return model_id', // 23
    ].join('\n');
    expect(await found(text)).toEqual([['openai/gpt-5.5', 9, 'comment']]);
  });
});

describe('python: lists named for models that hold no model names (round 23 review, issue #15)', () => {
  it("reads neither config model_types, a tuple's label, a config file's name, an architecture class nor a Literal of modes", async () => {
    const { references } = await python.extract(loadFixture('python/real-world-model-type-lists.py'));
    const ids = references.map((r) => r.id.toLowerCase());
    // (Bare names are reported under `openai-compatible/` when no provider is known.)
    const bare = ids.filter((id) => id.startsWith('openai-compatible/')).map((id) => id.slice('openai-compatible/'.length));
    for (const notModel of [
      'gpt_oss',
      'deepseek_v4',
      'mllama',
      'flux.1-dev',
      'qwen-image',
      'unsloth_bge-m3.yaml',
      'qwen3_5moeforcausallm',
      'mini',
      'pro',
      '.h5',
      './daas_output',
      'colqwen3',
      'qwen2forcausallm',
      'gemma2_2b-jpn',
      'qwen-cn',
      'easyocr',
    ])
      expect(bare).not.toContain(notModel);
    expect(bare).toEqual([]);
    // The repos the same lists hold are still read.
    expect(ids).toEqual(expect.arrayContaining(['black-forest-labs/flux.1-dev', 'qwen/qwen-image', 'unsloth/bge-m3', 'baai/bge-m3']));
  });
});

describe('python model helpers and settings dicts (held-out modelscope/evalscope, round 24)', () => {
  it("reads a file-download helper's Hub id, a model/tokenizer block's `path`, and OpenCompass's served `path` beside `openai_api_base`", async () => {
    // `download_file('AI-ModelScope/MPS', file_name=...)` wraps snapshot_download; t2v_metrics' CLIP-T5 catalogue names
    // each repo by `'model': {'path': ...}`; the OpenCompass backend's entry names the model its server answers to.
    // Decoys: a URL download, a dataset's, a `path` beside no server, a model block whose path is no Hub id, a setting named
    // for a dataset (`DEFAULT_MODELSCOPE_DATASET_ID`: `MODELSCOPE` is its hub, no model), a GitHub folder's download.
    const { references } = await python.extract(loadFixture('python/real-world-evalscope-model-helpers.py'));
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['laion/CLIP-ViT-H-14-laion2B-s32B-b79K', 10],
      ['AI-ModelScope/MPS', 13],
      ['AI-ModelScope/MPS', 15],
      ['ZhipuAI/ImageReward', 18],
      ['AI-ModelScope/clip-flant5-xxl', 25],
      ['AI-ModelScope/clip-flant5-xxl', 29],
      ['zhiqiulin/clip-flant5-xl', 36],
      ['zhiqiulin/clip-flant5-xl', 40],
      ['openai-compatible/llama3-8b-instruct', 52],
    ]);
  });
});

describe('python Whisper size lists (issue #15 leftovers: RVC-Boss/GPT-SoVITS, modelscope/FunASR)', () => {
  const found = (name: string) => python.extract(loadFixture(`python/${name}`)) as ExtractResult;
  it("reads a list of faster-whisper's sizes in a file naming faster-whisper as its checkpoints", () => {
    expect(found('real-world-whisper-size-list.py').references.map((r) => [r.id, r.line])).toEqual([
      ['Systran/faster-whisper-medium', 5],
      ['Systran/faster-whisper-medium.en', 6],
      ['Systran/faster-whisper-large-v2', 7],
      ['Systran/faster-whisper-large-v3', 8],
      ['mobiuslabsgmbh/faster-whisper-large-v3-turbo', 9],
    ]);
  });
  it("reads a dict's values that are openai-whisper's names, not a list of plain size words", () => {
    const refs = found('real-world-whisper-name-map.py').references;
    expect(refs.map((r) => r.id)).toContain('openai/whisper-tiny.en');
    expect(refs.find((r) => r.line === 17)?.id).toBe('openai/whisper-large-v3-turbo');
    expect(refs.filter((r) => r.line === 20)).toEqual([]);
    expect(refs).toHaveLength(13);
  });
  it('needs the file to name Whisper and one name only Whisper uses', () => {
    const ids = (text: string) => (python.extract(makeSourceFile('sizes.py', text)) as ExtractResult).references.map((r) => r.id);
    expect(ids('SIZES = ["medium", "medium.en", "large-v2"]\n')).toEqual([]);
    expect(ids('# whisper models\nSIZES = ["tiny", "base", "small"]\n')).toEqual([]);
    expect(ids('# whisper models\nSIZES = ["tiny", "base.en", "small"]\n')).toEqual(['openai/whisper-tiny', 'openai/whisper-base.en', 'openai/whisper-small']);
  });
});

describe('python model folders held in variables (issue #15 leftovers: RVC-Boss/GPT-SoVITS)', () => {
  it('reads each folder written into a variable a call passes as its model, in every branch, and not the revisions', () => {
    const { references } = python.extract(loadFixture('python/real-world-funasr-model-folders.py')) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['tools/asr/models/speech_fsmn_vad_zh-cn-16k-common-pytorch', 'local', 7],
      ['tools/asr/models/punc_ct-transformer_zh-cn-common-vocab272727-pytorch', 'local', 8],
      ['tools/asr/models/speech_paraformer-large_asr_nat-zh-cn-16k-common-vocab8404-pytorch', 'local', 9],
      ['tools/asr/models/speech_UniASR_asr_2pass-cantonese-CHS-16k-common-vocab1468-tensorflow1-online', 'local', 13],
    ]);
  });
  it('needs the folder named like a model and the variable given as a model', () => {
    const ids = (text: string) => (python.extract(makeSourceFile('load.py', text)) as ExtractResult).references.map((r) => r.id);
    expect(ids('out_dir = "exp/run-3"\nm = AutoModel(model=name, output=out_dir)\n')).toEqual([]);
    expect(ids('path_asr = "models/asr"\nm = AutoModel(model=path_asr)\n')).toEqual([]);
  });
  it("reads a model folder setting joined by pathlib onto the project's folder, not an output's", () => {
    // Cut from 530154436/llm-learning llm-deploy/app_fastapi.py:19-22.
    const text = [
      'BASE_DIR = Path(__file__).parent.parent',
      "model_name_or_path = BASE_DIR.joinpath('data/models/Qwen2.5-7B-Instruct').__str__()",
      'TOKENIZER = AutoTokenizer.from_pretrained(model_name_or_path, use_fast=False)',
      "output_model_dir = BASE_DIR.joinpath('data/outputs/qwen2.5-7b-lora')",
    ].join('\n');
    const { references } = python.extract(makeSourceFile('llm-deploy/app_fastapi.py', text)) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line, r.column])).toEqual([['data/models/Qwen2.5-7B-Instruct', 'local', 2, 41]]);
  });
});

describe('python: a settings dict\'s bare "path" to a model folder (held-out OpenSPG/KAG, round 28)', () => {
  it('reads a "path" to a folder named as a published family\'s models are as that model on disk, and no other path', async () => {
    const { references } = await python.extract(loadFixture('python/real-world-kag-registrable-path.py'));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['~/.cache/vectorize_model/BAAI/bge-base-zh-v1.5', 'local', 11],
      ['~/.cache/vectorize_model/BAAI/bge-m3', 'local', 21],
      ['~/.cache/vectorizer/BAAI/bge-base-zh-v1.5', 'local', 34],
    ]);
  });
});

describe('python: mmseg configs (held-out OpenGVLab/InternVL, round 28)', () => {
  it("reads the backbone's `pretrained` weights file a config sets, not a pretrained switch nor a scheme's checkpoint", () => {
    // OpenGVLab/InternVL segmentation/configs/intern_vit_6b/few_shot/linear_intern_vit_6b_504_5k_ade20k_bs16_lr4e-5_1of16.py:1-37.
    const text = [
      "_base_ = ['../../_base_/models/upernet_r50.py', '../../_base_/datasets/ade20k_504x504_1of16.py']",
      'deepspeed = False',
      "pretrained = './pretrained/intern_vit_6b_224px.pth'",
      'model = dict(',
      '    pretrained=None,',
      '    backbone=dict(',
      "        type='InternViT6B',",
      '        pretrained=pretrained),',
      '    decode_head=dict(num_classes=150))',
      "resnet = dict(pretrained='open-mmlab://resnet50_v1c')",
    ].join('\n');
    const { references } = python.extract(makeSourceFile('configs/linear_intern_vit_6b.py', text)) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['./pretrained/intern_vit_6b_224px.pth', 'local', 3]]);
  });
});

describe("python: a repo's org/name joined onto a folder (held-out stepfun-ai/Step-Audio, round 28)", () => {
  it('reads a repo laid out under its organisation, not a data file or a tool build joined the same way', () => {
    const text = [
      'def load_tokenizer(encoder_path):',
      '    funasr_model_path = os.path.join(encoder_path, "dengcunqin/speech_paraformer-large_asr_nat-zh-cantonese-en-16k-vocab8501-online")',
      "    data_file = pd.read_parquet(os.path.join(pth, 'videomme/test-00000-of-00001.parquet'))",
      "    src_folder = os.path.join(pth, 'video/data0613')",
      "    paths = [os.path.join(base_path, 'ms-playwright/ffmpeg-1009'), os.path.join(base_path, 'ms-playwright/webkit-1883')]",
    ].join('\n');
    const { references } = python.extract(makeSourceFile('tokenizer.py', text)) as ExtractResult;
    expect(references.map((r) => [r.id, r.line])).toEqual([['dengcunqin/speech_paraformer-large_asr_nat-zh-cantonese-en-16k-vocab8501-online', 2]]);
  });
});

describe("python: model folders under a script's root handed to a loader (held-out Kwai-Kolors/Kolors, round 29)", () => {
  it('reads the folder, not its parts, outputs, nor a folder a run writes', () => {
    const text = [
      'root_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))',
      'def infer(prompt, output_dir):',
      "    ckpt_dir = f'{root_dir}/weights/Kolors'",
      '    unet = UNet2DConditionModel.from_pretrained(f"{ckpt_dir}/unet", revision=None).half()',
      "    lora = PeftModel.from_pretrained(unet, f'{output_dir}/checkpoint-1000')",
      "    vae = AutoencoderKL.from_pretrained(f'{root_dir}/weights/vae')",
      "    image.save(f'{root_dir}/scripts/outputs/sample_test.jpg')",
    ].join('\n');
    const { references } = python.extract(makeSourceFile('scripts/sample.py', text)) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['weights/Kolors', 'local', 3]]);
  });

  it("reads insightface's model pack where FaceAnalysis keeps it, only in code that imports insightface", () => {
    const pack = (imports: string) =>
      (
        python.extract(makeSourceFile('face.py', `${imports}\napp = FaceAnalysis(name='buffalo_l', providers=['CPUExecutionProvider'])`)) as ExtractResult
      ).references.map((r) => [r.id, r.source, r.line]);
    expect(pack('from insightface.app import FaceAnalysis')).toEqual([['~/.insightface/models/buffalo_l', 'local', 2]]);
    expect(pack('from faces import FaceAnalysis')).toEqual([]);
  });
  it("reads the model LazyLLM's TrainableModule and ModuleReranker load by its catalogue name (its table's repo when it has one), not a dummy or placeholder", () => {
    // LazyAGI/LazyLLM examples/multimodal_agent.py, examples/rag_milvus_store.py, examples/pp_ocrv5_mobile.py and
    // docs/lazyllm-skill/assets/basic/modules.md (a fine-tune example on a dummy `TrainableModule('b1', 't')`).
    const text = [
      'import lazyllm',
      "base = TrainableModule('internlm2-chat-7b').prompt(agent_prompt)",
      "        ppl.sw.case[chatflow_intent_list[5], TrainableModule('ChatTTS')]",
      "    ppl.reranker = lazyllm.Reranker(name='ModuleReranker',",
      '                                    model="bge-reranker-large",',
      '                                    topk=1)',
      '    pp_ocr = lazyllm.TrainableModule(base_model="PP-OCRv5_mobile")',
      "embed = lazyllm.TrainableModule('/models/BAAI/bge-m3')",
      "m = lazyllm.TrainableModule('b1', 't').finetune_method(finetune.dummy)",
      'chat = lazyllm.TrainableModule(model_path)',
      "ppl.reranker = Reranker('KeywordFilter', model='keyword-2024')",
    ].join('\n');
    const { references } = python.extract(makeSourceFile('examples/multimodal_agent.py', text)) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['internlm/internlm2-chat-7b', 'huggingface', 2],
      ['2Noise/ChatTTS', 'huggingface', 3],
      ['BAAI/bge-reranker-large', 'huggingface', 5],
      ['openai-compatible/PP-OCRv5_mobile', 'api', 7],
      ['/models/BAAI/bge-m3', 'local', 8],
    ]);
  });

  it("reads the base model LazyLLM's fine-tune and deploy wrappers take, only when they come from lazyllm", () => {
    // LazyAGI/LazyLLM docs/lazyllm-skill/assets/finetune/finetune_framework.md:43, 127, 187, 210 and deploy_framework.md:127
    const rows = (text: string) => (python.extract(makeSourceFile('finetune.py', text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);
    const calls = [
      "trainer = finetune.alpacalora('path/to/base/model', 'path/to/target')",
      "trainer = finetune.llamafactory('internlm2-chat-7b', 'path/to/target')",
      "finetune.FlagembeddingFinetune('bge-m3', 'path/to/target')",
      "deploy.auto('internlm2-chat-7b')",
    ].join('\n');
    expect(rows(`from lazyllm import finetune, deploy\n${calls}`)).toEqual([
      ['internlm/internlm2-chat-7b', 'huggingface', 3],
      ['BAAI/bge-m3', 'huggingface', 4],
      ['internlm/internlm2-chat-7b', 'huggingface', 5],
    ]);
    expect(rows(`from mytrainer import finetune, deploy\n${calls}`)).toEqual([]);
  });
});

describe('python tokenizer repositories', () => {
  const rows = (text: string) => (python.extract({ relPath: 'config.py', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line]);

  it('reads a Hub id held by a setting named for a tokenizer repo, not a bare encoding or a folder', () => {
    const text = [
      'cfg = LLMConfig(max_context_tokens=200000, tokenizer_hub="Quivr/claude-tokenizer")',
      'TOKENIZER_ID = "hf-internal-testing/llama-tokenizer"',
      'settings = {"tokenizer_repo": "Quivr/mistral-tokenizer-v3"}',
      '_FALLBACK_TOKENIZER = "cl100k_base"',
      'tokenizer_path = "./checkpoints/tokenizer.model"',
      'tokenizer = "gpt2"',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['Quivr/claude-tokenizer', 1],
      ['hf-internal-testing/llama-tokenizer', 2],
      ['Quivr/mistral-tokenizer-v3', 3],
    ]);
  });
});

describe('python: repo constants the file gives to a dataset (issue #15, precision)', () => {
  it('drops an attribute given to load_dataset, a default of a dataset parameter and a constant whose sibling says Space', async () => {
    const { references } = await python.extract(loadFixture('python/real-world-dataset-repo-constants.py'));
    const ids = references.map((r) => r.id);
    expect(ids.filter((id) => /lima|mt-bench|AIR-Bench/.test(id))).toEqual([]);
    expect(ids).toContain('Qwen/Qwen2.5-7B-Instruct');
  });
});

describe('python: pydantic field defaults and folders shipped beside the module (held-out round 30, dataelement/bisheng)', () => {
  const rows = (relPath: string, text: string) =>
    (python.extract({ relPath, size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);

  it("reads a Field default aliased `model` (LangChain's wrapper shape) as the model, not an unaliased field or a type tag", () => {
    // Cut from bisheng_langchain/chat_models/host_llm.py and xunfeiai.py.
    const text = [
      'class HostChatGLM(BaseHostChatLLM):',
      '    # chatglm2-12b, chatglm2-6b',
      "    model_name: str = Field('chatglm2-6b', alias='model')",
      '',
      '    @property',
      '    def _llm_type(self) -> str:',
      "        return 'chatglm'",
      '',
      'class HostQwenChat(BaseHostChatLLM):',
      "    model_name: str = Field('Qwen-7B-Chat', alias='model')",
      '',
      'class ChatXunfeiAI(BaseChatModel):',
      "    model_name: str = Field(default='spark-1.5', alias='model')",
      '    temperature: float = Field(0.7)',
      "    streaming_name: str = Field('stream-v2')",
    ].join('\n');
    const found = rows('chat_models/host_llm.py', text);
    expect(found.map((r) => [r[0], r[1]])).toEqual([
      ['openai-compatible/chatglm2-6b', 3],
      ['openai-compatible/Qwen-7B-Chat', 10],
      ['openai-compatible/spark-1.5', 13],
    ]);
    expect(found.every((r) => r[2] === 'api')).toBe(true);
  });

  it('reads a folder shipped beside the module that from_pretrained loads, not a weight file nor a parent folder', () => {
    // Cut from bisheng_langchain/linsight/utils.py.
    const text = [
      'import os',
      'from transformers import AutoTokenizer',
      'tokenizer = AutoTokenizer.from_pretrained(os.path.join(os.path.dirname(__file__), "resource/model_tokenizer"),',
      '                                          trust_remote_code=True)',
      'other = AutoTokenizer.from_pretrained(os.path.join(os.path.dirname(__file__), "..", "shared"))',
      'weights = os.path.join(os.path.dirname(__file__), "config.json")',
      'vae = AutoencoderKL.from_pretrained(Path(__file__).parent / "models" / "sd-vae-ft-mse")',
    ].join('\n');
    expect(rows('linsight/utils.py', text)).toEqual([
      ['resource/model_tokenizer', 3, 'local'],
      ['models/sd-vae-ft-mse', 7, 'local'],
    ]);
  });

  it('drops a bare number compared with the configured model (a row id), keeping a name', () => {
    // Cut from bisheng's test/workstation/test_unified_chat_entry.py.
    const text = [
      'def test_submit():',
      '    submit = chat_service._to_linsight_submit(data)',
      '    assert submit.model == "20"',
      '    assert submit.model == "rt-chat-7b"',
    ].join('\n');
    expect(rows('test/test_unified_chat_entry.py', text).map((r) => [r[0], r[1]])).toEqual([['openai-compatible/rt-chat-7b', 4]]);
  });
});

describe('python: trained models kept by sentiment classifiers (held-out 666ghj/BettaFish, issue #15, session 28)', () => {
  const refs = (path: string, lines: string[]) =>
    (python.extract(makeSourceFile(path, lines.join('\n'))) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads the weights a network loads by load_state_dict(torch.load(...)), not an optimizer state nor a bare best.pt', () => {
    // Cut from SentimentAnalysisModel/WeiboSentiment_Finetuned/GPT2-AdapterTuning/predict.py.
    expect(
      refs('GPT2-AdapterTuning/predict.py', [
        'def main():',
        "    local_model_path = './models/gpt2-chinese'",
        "    model_path = 'best_weibo_sentiment_model.pth'",
        '    model = GPT2ClassifierWithAdapter(local_model_path)',
        '    model.load_state_dict(torch.load(model_path, map_location=device))',
        "    optim_path = 'optimizer_state.pth'",
        '    optimizer.load_state_dict(torch.load(optim_path))',
        '    model.load_state_dict(torch.load("best.pt"))',
      ]),
    ).toEqual([
      ['./models/gpt2-chinese', 'local', 2],
      ['best_weibo_sentiment_model.pth', 'local', 3],
    ]);
  });

  it('reads a pickled model a model-named option defaults to, with its folder; not a data pickle nor an output', () => {
    // Cut from SentimentAnalysisModel/WeiboSentiment_MachineLearning/svm_train.py.
    expect(
      refs('svm_train.py', [
        "parser.add_argument('--model_path', type=str, default='./model/svm_model.pkl',",
        "                    help='模型保存路径')",
        "parser.add_argument('--vocab_path', type=str, default='./data/vocab.pkl')",
        "parser.add_argument('--output_model', type=str, default='./model/out_model.pkl')",
        "parser.add_argument('--model', type=str, default='svm_model.pkl')",
      ]),
    ).toEqual([['./model/svm_model.pkl', 'local', 1]]);
  });

  it('reads the paths a dict named for model paths holds, nested too, not its keys nor a Hub id', () => {
    // Cut from SentimentAnalysisModel/WeiboSentiment_SmallQwen/models_config.py.
    expect(
      refs('models_config.py', [
        '# 模型文件路径配置',
        'MODEL_PATHS = {',
        '    "embedding": {',
        '        "0.6B": "./models/qwen3_embedding_0.6b_sentiment.pth",',
        '        "4B": "./models/qwen3_embedding_4b_sentiment.pth", ',
        '    },',
        '    "lora": {',
        '        "0.6B": "./models/qwen3_lora_0.6b_final",',
        '    }',
        '}',
        'OTHER = {"x": "./models/not_read.pth"}',
      ]),
    ).toEqual([
      ['./models/qwen3_embedding_0.6b_sentiment.pth', 'local', 4],
      ['./models/qwen3_embedding_4b_sentiment.pth', 'local', 5],
      ['./models/qwen3_lora_0.6b_final', 'local', 8],
    ]);
  });

  it("reads a function's dict of model files, joined onto a folder or bare, not a conventional file nor a data pickle", () => {
    // Cut from SentimentAnalysisModel/WeiboSentiment_MachineLearning/predict.py.
    expect(
      refs('predict.py', [
        "    def load_all_models(self, model_dir: str = './model') -> None:",
        '        model_files = {',
        "            'bayes': os.path.join(model_dir, 'bayes_model.pkl'),",
        "            'lstm': os.path.join(model_dir, 'lstm_model.pth'),",
        "            'hf': os.path.join(model_dir, 'model.safetensors'),",
        '        }',
        '        model_files = {',
        "            'svm': 'svm_model.pkl',",
        "            'bert': 'bert_model.pth',",
        "            'vocab': 'vocab.pkl',",
        '        }',
      ]),
    ).toEqual([
      ['bayes_model.pkl', 'local', 3],
      ['lstm_model.pth', 'local', 4],
      ['svm_model.pkl', 'local', 8],
      ['bert_model.pth', 'local', 9],
    ]);
  });
});

describe('python: library model enums and MTEB task datasets (issue #15, held-out round 30)', () => {
  it("reads llama_index's OpenAIEmbeddingModelType members as the OpenAI models they stand for, in a file importing it", async () => {
    const { references } = await python.extract(loadFixture('python/real-world-bcembedding-rag-eval.py'));
    const rows = references.map((r) => [r.id, r.line, r.source]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['openai/text-embedding-3-small', 12, 'api'],
        ['openai/text-embedding-3-large', 13, 'api'],
        ['BAAI/bge-large-en', 14, 'huggingface'],
      ]),
    );
    // The run's labels are no models, nor is the SDK class given as `'model'` (OpenAIEmbedding, no name written).
    expect(references.filter((r) => /OpenAI-embed|ada-2|OpenAIEmbedding$/i.test(r.id))).toEqual([]);
  });
  it('leaves the enum alone where the file does not import the library', async () => {
    const text = 'from my_sdk import OpenAIEmbeddingModelType\nm = OpenAIEmbeddingModelType.TEXT_EMBED_3_SMALL\n';
    const { references } = await python.extract(makeSourceFile('embed.py', text));
    expect(references.map((r) => r.id)).toEqual([]);
  });
  it("drops MTEB's hf_hub_name, the dataset a benchmark task loads", async () => {
    const { references } = await python.extract(loadFixture('python/real-world-bcembedding-mteb-tasks.py'));
    expect(references.map((r) => r.id)).toEqual([]);
  });
});

describe('python: a config shown in a docstring literal block (held-out round 31: modelscope/ms-agent; session 29)', () => {
  const rows = (text: string) => (python.extract(makeSourceFile('sirchmunk_search.py', text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("reads a model key's unquoted value under a `::` paragraph, and no other key nor a model key outside the block", () => {
    // modelscope/ms-agent ms_agent/tools/search/sirchmunk_search.py:51-66 and projects/deep_research/v2/callbacks/researcher_callback.py:55-60
    const text = [
      'class SirchmunkSearch:',
      '    """Sirchmunk-based local search.',
      '',
      '    Configure in yaml under ``tools.localsearch`` (recommended), for example::',
      '',
      '        tools:',
      '          localsearch:',
      '            work_path: ./.sirchmunk',
      '            embedding_model: text-embedding-3-small',
      '            mode: FAST',
      '          quality_check:',
      '            model: qwen3.5-flash          # lightweight audit model',
      '            # model: ...          # defaults to researcher llm.model',
      '',
      '    The model: gpt-4o is named in prose here, outside the block.',
      '    """',
      '',
      '    def __init__(self, config):',
      '        self.mode = "FAST"',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['openai/text-embedding-3-small', 'api', 9],
      ['dashscope/qwen3.5-flash', 'api', 12],
    ]);
  });
});

describe('python: mlx-vlm loaders, drafters, ModelScope cache folders and model_type-keyed dicts (issue #15, held-out round 31)', () => {
  const rows = async (path: string, text: string) =>
    ((await python.extract(makeSourceFile(path, text))) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("reads mlx-vlm's other model loaders (load_drafter, load_image_generation_model), not load_image", async () => {
    // Blaizzy/mlx-vlm README.md:256-261 and mlx_vlm/models/z_image/README.md:102-105
    const text = [
      'from mlx_vlm import load',
      'from mlx_vlm.speculative.drafters import load_drafter',
      'from mlx_vlm.generate.image import generate_image, load_image_generation_model',
      'from mlx_vlm.utils import load_image',
      'model, processor = load("Qwen/Qwen3.5-4B")',
      'draft_model, draft_kind = load_drafter("z-lab/Qwen3.5-4B-DFlash")',
      'image_model = load_image_generation_model("./Z-Image-Turbo-MLX")',
      'image = load_image("examples/images/cats-2.jpg")',
    ].join('\n');
    expect(await rows('demo.py', text)).toEqual([
      ['Qwen/Qwen3.5-4B', 'huggingface', 5],
      ['z-lab/Qwen3.5-4B-DFlash', 'huggingface', 6],
      ['./Z-Image-Turbo-MLX', 'local', 7],
    ]);
  });

  it('reads a --drafter option default as a model', async () => {
    // Blaizzy/mlx-vlm mlx_vlm/speculative/drafters/qwen3_dflash/parity_check.py:20-24
    const text = [
      'import argparse',
      'p = argparse.ArgumentParser()',
      'p.add_argument("--drafter", default="z-lab/Qwen3.5-4B-DFlash")',
      'p.add_argument("--block-size", type=int, default=16)',
    ].join('\n');
    expect(await rows('parity_check.py', text)).toEqual([['z-lab/Qwen3.5-4B-DFlash', 'huggingface', 3]]);
  });

  it("reads a model's folder in the ModelScope cache as that model, not an example file inside it", async () => {
    // FunAudioLLM/SenseVoice webui.py:26-31, demo_onnx.py:16
    const text = [
      'from funasr import AutoModel',
      'local_model = os.path.expanduser("~/.cache/modelscope/hub/models/iic/SenseVoiceSmall/")',
      'local_vad = os.path.expanduser("~/.cache/modelscope/hub/models/iic/speech_fsmn_vad_zh-cn-16k-common-pytorch/")',
      'model = AutoModel(model=local_model, vad_model=local_vad, disable_update=True)',
      'wav = "/root/.cache/modelscope/hub/iic/SenseVoiceSmall/example/en.mp3"',
      '# cached at ~/.cache/modelscope/hub/iic/SenseVoiceSmall',
    ].join('\n');
    expect(await rows('webui.py', text)).toEqual([
      ['iic/SenseVoiceSmall', 'modelscope', 2],
      ['iic/speech_fsmn_vad_zh-cn-16k-common-pytorch', 'modelscope', 3],
    ]);
  });
});

describe('python: weight files set on a config object (held-out Wan-Video/Wan2.1, issue #15, session 29)', () => {
  it("reads an EasyDict config's `*_checkpoint` weights files, not its tokenizer or a conventional file name", async () => {
    // Wan-Video/Wan2.1 wan/configs/wan_i2v_14B.py:9-23 (the last line added to show what stays out)
    const text = [
      "i2v_14B = EasyDict(__name__='Config: Wan I2V 14B')",
      'i2v_14B.update(wan_shared_cfg)',
      'i2v_14B.sample_neg_prompt = "镜头晃动，" + i2v_14B.sample_neg_prompt',
      '',
      "i2v_14B.t5_checkpoint = 'models_t5_umt5-xxl-enc-bf16.pth'",
      "i2v_14B.t5_tokenizer = 'google/umt5-xxl'",
      '',
      '# clip',
      "i2v_14B.clip_model = 'clip_xlm_roberta_vit_h_14'",
      'i2v_14B.clip_dtype = torch.float16',
      "i2v_14B.clip_checkpoint = 'models_clip_open-clip-xlm-roberta-large-vit-huge-14.pth'",
      "i2v_14B.clip_tokenizer = 'xlm-roberta-large'",
      '',
      '# vae',
      "i2v_14B.vae_checkpoint = 'Wan2.1_VAE.pth'",
      "i2v_14B.resume_checkpoint = 'last.pth'",
    ].join('\n');
    const { references } = await python.extract(makeSourceFile('wan/configs/wan_i2v_14B.py', text));
    const rows = references.map((r) => [r.id, r.line, r.source]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['models_t5_umt5-xxl-enc-bf16.pth', 5, 'local'],
        ['models_clip_open-clip-xlm-roberta-large-vit-huge-14.pth', 11, 'local'],
        ['Wan2.1_VAE.pth', 15, 'local'],
      ]),
    );
    expect(references.filter((r) => r.id === 'last.pth' || r.id.includes('clip_xlm_roberta_vit_h_14'))).toEqual([]);
  });
});

describe('python: TensorRT engines and ONNX inputs of an engine build (held-out index-tts/index-tts, issue #15, session 29)', () => {
  it('reads the TensorRT engines joined onto the engine folder a pipeline loads, not a file joined onto another folder', async () => {
    // index-tts/index-tts backends/trt/utils.py:20-45 (the last entry added to show what stays out)
    const text = [
      'def resolve_engine_paths(precision="fp16"):',
      '    trt_engine_dir = os.path.join(_DEPLOY_DIR, f"trt_engines_{trt_suffix}")',
      '    speed_emb_path = os.path.join(onnx_dir, "speed_emb.pt")',
      '    model_dir = os.path.join(project_root, "checkpoints")',
      '    return {',
      '        "model_dir": model_dir,',
      '        "speech_semantic_encoder_engine": os.path.join(trt_engine_dir, "speech_semantic_encoder.engine"),',
      '        "dit_engine": os.path.join(trt_engine_dir, "dit.engine"),',
      '        "bigvgan_engine": os.path.join(trt_engine_dir, "bigvgan.engine"),',
      '        "search": os.path.join(index_dir, "search.engine"),',
      '    }',
    ].join('\n');
    const { references } = await python.extract(makeSourceFile('backends/trt/utils.py', text));
    expect(references.map((r) => [r.id, r.line, r.source])).toEqual([
      ['speech_semantic_encoder.engine', 7, 'local'],
      ['dit.engine', 8, 'local'],
      ['bigvgan.engine', 9, 'local'],
    ]);
  });

  it("reads an engine builder's `--onnx` default as the ONNX model it reads, not its `--output` engine", async () => {
    // index-tts/index-tts backends/trt/build_engines/build_dit_trt.py:101-106
    const text = [
      'def main():',
      '    parser = argparse.ArgumentParser(description="Build TRT engine for DiT estimator")',
      '    parser.add_argument("--onnx", default="dit.onnx")',
      '    parser.add_argument("--output", default="dit.engine")',
      '    parser.add_argument("--fp16", action="store_true")',
      '    args = parser.parse_args()',
      '    build_engine(args.onnx, args.output, args.fp16)',
    ].join('\n');
    const { references } = await python.extract(makeSourceFile('backends/trt/build_engines/build_dit_trt.py', text));
    expect(references.map((r) => [r.id, r.line, r.source])).toEqual([['dit.onnx', 3, 'local']]);
  });
});

describe("python: pathlib joins onto a project's models folder (held-out OpenBMB/VoxCPM, index-tts/index-tts, issue #15, session 29)", () => {
  it('reads `<root> / "models" / "<name>"` as that model folder, not a file or a folder named with no digit', async () => {
    // OpenBMB/VoxCPM lora_ft_webui.py:17-20 and index-tts/index-tts indextts/cli_v2.py:491-500 (the last two lines added)
    const text = [
      '# Default pretrained model path: prefer VoxCPM2 if it exists, fallback to VoxCPM1.5',
      '_v2_path = project_root / "models" / "openbmb__VoxCPM2"',
      '_v15_path = project_root / "models" / "openbmb__VoxCPM1.5"',
      'default_pretrained_path = str(_v2_path if _v2_path.exists() else _v15_path)',
      '',
      'def _default_model_dir():',
      '    if sys.platform == "darwin":',
      '        return Path.home() / "Library" / "Application Support" / "IndexTTS" / "models" / "IndexTTS-2"',
      'config_file = project_root / "models" / "voxcpm2.json"',
      'cache = project_root / "models" / "hf_cache"',
    ].join('\n');
    const { references } = await python.extract(makeSourceFile('lora_ft_webui.py', text));
    expect(references.map((r) => [r.id, r.line, r.source])).toEqual([
      ['models/openbmb__VoxCPM2', 2, 'local'],
      ['models/openbmb__VoxCPM1.5', 3, 'local'],
      ['models/IndexTTS-2', 8, 'local'],
    ]);
  });
});

describe('python: a model name set to a local folder (held-out Wan-Video/Wan2.1, issue #15, session 29)', () => {
  it('reads `qwen_model_name = "./models/Qwen2.5-14B-Instruct/"` as that folder (a commented one as a comment), not a data path', async () => {
    // Wan-Video/Wan2.1 wan/utils/prompt_extend.py:531-554 (the data line added to show what stays out)
    const text = [
      'if __name__ == "__main__":',
      '    seed = 100',
      '    ds_model_name = "qwen-plus"',
      '    # for qwenmodel, you can download the model form modelscope or huggingface and use the model path as model_name',
      '    qwen_model_name = "./models/Qwen2.5-14B-Instruct/"  # VRAM: 29136MiB',
      '    # qwen_model_name = "./models/Qwen2.5-14B-Instruct-AWQ/"  # VRAM: 10414MiB',
      '    data_model_name = "./data/samples-2024/"',
      '    qwen_prompt_expander = QwenPromptExpander(',
      '        model_name=qwen_model_name, is_vl=False, device=0)',
    ].join('\n');
    const { references } = await python.extract(makeSourceFile('wan/utils/prompt_extend.py', text));
    const rows = references.map((r) => [r.id, r.line, r.source, r.context ?? 'code']);
    expect(rows).toContainEqual(['./models/Qwen2.5-14B-Instruct', 5, 'local', 'code']);
    expect(rows).toContainEqual(['./models/Qwen2.5-14B-Instruct-AWQ', 6, 'local', 'comment']);
    expect(references.filter((r) => r.line === 7)).toEqual([]);
  });
});

describe("python: a model dict keyed by its project's versions (held-out index-tts/index-tts, issue #15, session 29)", () => {
  it('reads the Hub repos of `MODEL_REPO = {"2": ..., "2.5": ...}`, not the version keys', async () => {
    // index-tts/index-tts webui.py:27 and 65-78
    const text = [
      'parser.add_argument("--model_dir", type=str, default="./checkpoints", help="Model checkpoints directory")',
      'MODEL_REPO = {',
      '    "2": "IndexTeam/IndexTTS-2",',
      '    "2.5": "IndexTeam/IndexTTS-2.5",',
      '}',
      'missing = [f for f in required_files if not os.path.exists(os.path.join(cmd_args.model_dir, f))]',
      'if missing:',
      '    from indextts.utils.model_download import snapshot_download',
      '    snapshot_download(MODEL_REPO[cmd_args.version], local_dir=cmd_args.model_dir)',
    ].join('\n');
    const { references } = await python.extract(makeSourceFile('webui.py', text));
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['IndexTeam/IndexTTS-2', 3],
      ['IndexTeam/IndexTTS-2.5', 4],
    ]);
  });
});

describe('python: a catalogue of downloadable models keyed by name (held-out PaddlePaddle/ERNIE, session 29)', () => {
  it("reads each key whose entry names the model's weights and config files, not a call's keyword dict", () => {
    // PaddlePaddle/ERNIE erniekit/modules/ernie_factory.py:16-35 (generate_ernie_model downloads DOWNLOAD_BASE_URL +
    // model_name + ".tgz"), then a near miss cut from modelscope's audio_quantization_pipeline.py (a kwargs dict).
    const text = [
      'import paddle',
      'DOWNLOAD_BASE_URL = "http://bj.bcebos.com/wenxin-models/"',
      '',
      'ernie_resource_dict = {',
      '    "ernie_2.0_base_ch": {',
      '        "dir_name": "ernie_2.0_base_ch",',
      '        "vocab_file": "vocab.txt",',
      '        "tokenizer": "FullTokenizer",',
      '        "net_name": "ErnieModel",',
      '        "config_file": "ernie_config.json",',
      '        "params_file": "params"',
      '    },',
      '    "ernie_2.0_large_ch": {',
      '        "dir_name": "ernie_2.0_large_ch",',
      '        "vocab_file": "vocab.txt",',
      '        "config_file": "ernie_config.json",',
      '        "params_file": "params"',
      '    }',
      '}',
      'readers = {',
      '    "train": {',
      '        "data_file": "train.tsv",',
      '        "vocab_file": "vocab.txt",',
      '        "label_file": "labels.txt"',
      '    }',
      '}',
      'init_param = {',
      "    'model_file': _model_path,",
      "    'config_file': _model_config,",
      '}',
      '',
    ].join('\n');
    const { references } = python.extract(makeSourceFile('erniekit/modules/ernie_factory.py', text)) as ExtractResult;
    expect(references.filter((r) => r.source === 'local').map((r) => [r.id, r.line])).toEqual([
      ['ernie_2.0_base_ch', 5],
      ['ernie_2.0_large_ch', 13],
    ]);
    expect(references.map((r) => r.id)).not.toContain('train');
  });
});

describe('python: model classes that take the model as `id` (issue #15, held-out round 31)', () => {
  it("reads the `id` an agno model class is given as its provider's model, named by the class's module", async () => {
    const { references } = await python.extract(loadFixture('python/agno-provider-model-ids.py'));
    const rows = references.map((r) => [r.id, r.line, r.source]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['openai-compatible/v0-1.0-md', 13, 'api'],
        ['nvidia-nim/meta/llama-3.3-70b-instruct', 14, 'api'],
        ['openai-compatible/Llama-4-Maverick-17B-128E-Instruct-FP8', 15, 'api'],
        ['cohere/embed-v4.0', 31, 'api'],
        // An Ollama tag with a stray space is the tag.
        ['qwen2.5:latest', 33, 'ollama'],
      ]),
    );
    // Not the deliberately wrong id, not the agent's own id, and no second reading of a name model-names reads (gpt-5.5).
    expect(references.filter((r) => /wrong|a2a|gpt-5\.5/.test(r.id))).toEqual([]);
  });
});

describe('python: a checkpoint folder whose weights file a loader reads (held-out myshell-ai/OpenVoice, round 32)', () => {
  it('reads the folder assigned to a checkpoint-named variable when a weights file under it is loaded, not a config, an output or a bare folder', () => {
    // myshell-ai/OpenVoice openvoice/openvoice_app.py:14-32 (and the same cells of demo_part1.ipynb)
    const text = [
      "en_ckpt_base = 'checkpoints/base_speakers/EN'",
      "ckpt_converter = 'checkpoints/converter'",
      "output_dir = 'outputs'",
      "model_dir = 'checkpoints/unused'",
      "ckpt_cfg = 'checkpoints/configs'",
      "en_base_speaker_tts = BaseSpeakerTTS(f'{en_ckpt_base}/config.json', device=device)",
      "en_base_speaker_tts.load_ckpt(f'{en_ckpt_base}/checkpoint.pth')",
      "tone_color_converter.load_ckpt(f'{ckpt_converter}/checkpoint.pth')",
      "torch.save(state, f'{output_dir}/model.pth')",
      "cfg = json.load(f'{ckpt_cfg}/config.json')",
      'print(model_dir)',
    ].join('\n');
    const { references } = python.extract(makeSourceFile('openvoice/openvoice_app.py', text)) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['checkpoints/base_speakers/EN', 'local', 1],
      ['checkpoints/converter', 'local', 2],
    ]);
  });
});

describe('python: the model folders a loop hands to a model keyword (held-out OpenHands/OpenHands, round 32)', () => {
  it('reads each folder of the list a loop walks when the loop variable is given as model=, not a list no loop gives there', () => {
    // OpenHands/OpenHands evaluation/benchmarks/versicode/inference_utils/test_block.py:32-50, 122-123
    const text = [
      'from vllm import LLM, SamplingParams',
      "model_list = ['/data2/base models/starcoder2-15b', '/data2/base models/CodeGemma-7B']",
      "data_files = ['/data2/versicode/block_completion.json', '/data2/versicode/v2-data']",
      'def run_inference(model_name, origin_data_list):',
      '    llm = LLM(',
      '        model=model_name,',
      '        tensor_parallel_size=4,',
      '    )',
      'for model_name in model_list:',
      '    process = Process(target=run_inference, args=(model_name, origin_data_list))',
      'for path in data_files:',
      '    load(path)',
    ].join('\n');
    const { references } = python.extract(makeSourceFile('inference_utils/test_block.py', text)) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['/data2/base models/starcoder2-15b', 'local', 2],
      ['/data2/base models/CodeGemma-7B', 'local', 2],
    ]);
  });
});

describe("python: a module's own invocation in its docstring, no heading (held-out HKUDS/DeepCode, issue #15, session 30)", () => {
  const found = async (text: string) =>
    ((await python.extract(makeSourceFile('cli/tui/app.py', text))) as ExtractResult).references.map((r) => [r.id, r.line, r.context]);

  it('reads a Python interpreter running a module with a model flag, as a comment; not prose naming a model', async () => {
    // Cut from HKUDS/DeepCode cli/tui/app.py:1-12.
    const text = [
      '"""DeepCode interactive TUI — free-form multi-turn coding conversations.', // 1
      '', // 2
      'The Claude Code / Codex CLI analogue: launch straight into a conversation', // 3
      '(no menus), for instance with gpt-4o as the model.', // 4
      '', // 5
      '    python -m cli.tui                       # converse in the current dir', // 6
      '    python -m cli.tui -w ./proj -m gpt-5.4  # explicit workspace/model', // 7
      '    python -m cli.tui --resume <id>         # pick up a stored session', // 8
      '"""', // 9
      '', // 10
      'import argparse', // 11
    ].join('\n');
    expect(await found(text)).toEqual([['openai/gpt-5.4', 7, 'comment']]);
  });
});

describe('python: routes and placeholders shaped as org/name (held-out HKUDS/DeepCode, issue #15, session 30)', () => {
  const found = async (relPath: string, text: string) =>
    ((await python.extract(makeSourceFile(relPath, text))) as ExtractResult).references.map((r) => [r.id, r.line]);

  it('reads no JSON-RPC method under model/ as a Hub id', async () => {
    // Cut from HKUDS/DeepCode app_server/protocol/methods.py:15-18.
    const text = ['THREAD_LIST = "thread/list"', 'MODEL_LIST = "model/list"', 'THREAD_MODEL = "thread/model"', ''].join('\n');
    expect(await found('app_server/protocol/methods.py', text)).toEqual([]);
  });

  it('reads no config layer or role written where a test config names its model', async () => {
    // Cut from HKUDS/DeepCode tests/test_config_layering.py:126-132 and tests/application/test_workflow_service.py:284-346.
    const text = [
      'def test_layers(home, project):', // 1
      '    _write_config(home, {"agents": {"defaults": {"model": "openai/user"}}})', // 2
      '    _write_config(project, {"agents": {"defaults": {"model": "openai/project"}}})', // 3
      '    wf = {"defaults": {"model": "fallback/default-model"}, "planning": {"model": "fallback/planning-model"}}', // 4
    ].join('\n');
    expect(await found('tests/test_config_layering.py', text)).toEqual([]);
  });
});

describe('python: encoder settings and weights joined onto an attribute (held-out round 32, session 30)', () => {
  const rows = async (relPath: string, text: string) =>
    ((await python.extract(makeSourceFile(relPath, text))) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);

  it('reads a setting named for a pretrained encoder holding a Hub id or a model folder', async () => {
    // netease-youdao/EmotiVoice config/joint/config.py:33-48 (cut)
    const text = [
      'import os',
      'class Config:',
      '    #### PATH ####',
      '    ROOT_DIR            = os.path.dirname(os.path.abspath("__file__"))',
      '    DATA_DIR            = ROOT_DIR + "/data/youdao/"',
      "    bert_path           = 'WangZeJun/simbert-base-chinese'",
      '    token_list_path     = DATA_DIR + "text/tokenlist"',
      '    model_config_path   = ROOT_DIR + "/config/joint/config.yaml"',
      "    # bert_path         = 'hfl/chinese-roberta-wwm-ext'",
      '    clip_dir: str = "./pretrained/clip-vit-large-patch14"',
      '    bert_vocab = "bert/vocab.txt"',
    ].join('\n');
    expect(await rows('config/joint/config.py', text)).toEqual([
      ['WangZeJun/simbert-base-chinese', 6, 'huggingface'],
      ['./pretrained/clip-vit-large-patch14', 10, 'local'],
    ]);
  });

  it("reads weights files joined onto an argument's folder, both files of a condition", async () => {
    // stepfun-ai/Step1X-Edit inference.py:464-469 and gradio_app.py:414-419 (cut)
    const text = [
      'import os',
      'def main(args):',
      '    image_edit = ImageGenerator(',
      "        ae_path=os.path.join(args.model_path, 'vae.safetensors'),",
      '        dit_path=os.path.join(args.model_path, "step1x-edit-i1258-FP8.safetensors" if args.quantized else "step1x-edit-i1258.safetensors"),',
      "        qwen2vl_model_path=os.path.join(args.model_path, 'Qwen2.5-VL-7B-Instruct'),",
      '    )',
      '    torch.save(state, os.path.join(args.output_dir, "final.safetensors"))',
    ].join('\n');
    const found = await rows('inference.py', text);
    expect(found).toEqual(
      expect.arrayContaining([
        ['vae.safetensors', 4, 'local'],
        ['step1x-edit-i1258-FP8.safetensors', 5, 'local'],
        ['step1x-edit-i1258.safetensors', 5, 'local'],
      ]),
    );
    // Not a file written under an output folder.
    expect(found.filter(([, line]) => line === 8)).toEqual([]);
  });
});

describe("python: diffusers' adapter loaders (held-out Tencent-Hunyuan/Hunyuan3D-2, session 30)", () => {
  it('reads the Hub repo load_ip_adapter is given, with its subfolder and weight file, as from_pretrained', async () => {
    // Tencent-Hunyuan/Hunyuan3D-2 hy3dgen/texgen/utils/alignImg4Tex_utils.py:22-28 (cut)
    const text = [
      'import torch',
      'from diffusers import ControlNetModel, StableDiffusionControlNetPipeline',
      "controlnet = ControlNetModel.from_pretrained('lllyasviel/control_v11f1p_sd15_depth', torch_dtype=torch.float16,",
      '                                             variant="fp16", use_safetensors=True)',
      'pipe = StableDiffusionControlNetPipeline.from_pretrained(',
      "    'runwayml/stable-diffusion-v1-5', controlnet=controlnet, torch_dtype=torch.float16, use_safetensors=True",
      ')',
      'pipe.load_ip_adapter(\'h94/IP-Adapter\', subfolder="models", weight_name="ip-adapter-plus_sd15.safetensors")',
      'pipe.load_lora_weights(lora_dir)',
    ].join('\n');
    const { references } = (await python.extract(makeSourceFile('hy3dgen/texgen/utils/alignImg4Tex_utils.py', text))) as ExtractResult;
    const rows = references.map((r) => [r.id, r.line, r.source]);
    expect(rows).toContainEqual(['h94/IP-Adapter', 8, 'huggingface']);
    // The weight file inside the repo is part of it, not a second model; a variable names none.
    expect(rows.filter(([id]) => /ip-adapter-plus|lora_dir/.test(String(id)))).toEqual([]);
  });
});

describe('python: a client asking its server for a family by name (held-out THUDM/CogAgent, issue #15, session 30)', () => {
  const found = (text: string) => (python.extract(makeSourceFile('app/client.py', text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);
  it("reads an OpenAI client's `--model` default that is a published family's own name as the model it asks for", () => {
    // THUDM/CogAgent app/client.py:1-4, 54-57, 509 (the server lists the model as `ModelCard(id="CogAgent")`)
    const text = [
      'from openai import OpenAI',
      'def create_chat_completion(api_key, base_url, model, messages):',
      '    client = OpenAI(api_key=api_key, base_url=base_url)',
      '    return client.chat.completions.create(model=model, messages=messages)',
      'if __name__ == "__main__":',
      '    parser = argparse.ArgumentParser(description="Run the CogAgent demo.")',
      '    parser.add_argument("--api_key", required=True, help="OpenAI API Key.")',
      '    parser.add_argument("--model", default="CogAgent", help="Model name to use.")',
      '',
    ].join('\n');
    expect(found(text)).toEqual([['openai-compatible/CogAgent', 'api', 8]]);
  });
  it('reads no lower-case kind word, no provider id, and no family name outside a client of a server', () => {
    const client = 'from openai import OpenAI\nclient = OpenAI()\n';
    expect(found(`${client}parser.add_argument("--model", default="whisper")\n`)).toEqual([]);
    expect(found(`${client}parser.add_argument("--model", default="MiniMax")\n`)).toEqual([]);
    expect(found(`${client}parser.add_argument("--model-type", default="CogAgent")\n`)).toEqual([]);
    expect(found('parser.add_argument("--model", default="CogAgent")\n')).toEqual([]);
  });
});

describe('python: a library call given a list of its own model names (held-out round 33, session 30)', () => {
  // Cut from modelscope/ClearerVoice-Studio's clearvoice/demo_with_more_comments.py: `ClearVoice(model_names=[...])`
  // downloads each name from the Hub as alibabasglab/<name> (providers.yaml library_names).
  it('reports each name of the list as the Hub repo it stands for, on its line', async () => {
    const text = [
      'from clearvoice import ClearVoice  # Import the ClearVoice class for speech processing tasks',
      '',
      "if __name__ == '__main__':",
      "    myClearVoice = ClearVoice(task='speech_enhancement', model_names=['MossFormer2_SE_48K', 'FRCRN_SE_16K'])",
      "    output_wav = myClearVoice(input_path='samples/input.wav', online_write=False)",
      "    myClearVoice.write(output_wav, output_path='samples/output_MossFormer2_SE_48K.wav')",
    ].join('\n');
    const { references } = await python.extract(makeSourceFile('clearvoice/demo.py', text));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['alibabasglab/MossFormer2_SE_48K', 'huggingface', 4],
      ['alibabasglab/FRCRN_SE_16K', 'huggingface', 4],
    ]);
  });

  it('reads no list of names when the class comes from elsewhere, nor a name the library lacks', async () => {
    const text = [
      'from myapp import ClearVoice',
      "a = ClearVoice(task='speech_enhancement', model_names=['MossFormer2_SE_48K'])",
      'from clearvoice import ClearVoice as CV',
      "b = ClearVoice(task='speech_enhancement', model_names=['MyOwnNet'])",
    ].join('\n');
    const { references } = await python.extract(makeSourceFile('app.py', text));
    expect(references).toEqual([]);
  });
});

describe("python: a trainer's data loader state is no model (held-out round 33, session 30)", () => {
  // Cut from hiyouga/EasyR1's verl/trainer/ray_trainer.py: the data loader's state saved beside the checkpoint.
  it('leaves `os.path.join(load_checkpoint_path, "dataloader.pt")` alone, not a weights file joined so', async () => {
    const text = [
      '        dataloader_path = os.path.join(load_checkpoint_path, "dataloader.pt")',
      '        if os.path.exists(dataloader_path):',
      '            dataloader_state_dict = torch.load(dataloader_path, weights_only=False)',
      '            self.train_dataloader.load_state_dict(dataloader_state_dict)',
      '        model_path = os.path.join(load_checkpoint_path, "policy.pt")',
    ].join('\n');
    const { references } = await python.extract(makeSourceFile('verl/trainer/ray_trainer.py', text));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['policy.pt', 'local', 5]]);
  });
});

describe("python: a trainer's resume state is no model (held-out FreedomIntelligence/HuatuoGPT, session 35)", () => {
  // Cut from FreedomIntelligence/HuatuoGPT scripts/finetune.py:168-176: the step counters a run resumes from.
  it('leaves `torch.load(os.path.join(args.checkpoint_path, "training_state.pt"))` alone', async () => {
    const text = [
      '    if args.checkpoint_path:',
      '        if os.path.isfile(os.path.join(args.checkpoint_path, "scheduler.bin")) and \\',
      '           os.path.isfile(os.path.join(args.checkpoint_path, "training_state.pt")):',
      '            accelerator.load_state(args.checkpoint_path)',
      '            training_state = torch.load(os.path.join(args.checkpoint_path, "training_state.pt"))',
      '            model = torch.load(os.path.join(args.checkpoint_path, "model_weights.pt"))',
    ].join('\n');
    const { references } = await python.extract(makeSourceFile('scripts/finetune.py', text));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['model_weights.pt', 'local', 6]]);
  });
});

describe("python: an MMEngine config's load_from (held-out SmartFlowAI/EmoLLM, round 33, session 30)", () => {
  it('reads the checkpoint `load_from` names in an XTuner config, not `load_from = None`, a URL or a data file', () => {
    // SmartFlowAI/EmoLLM xtuner_config/internlm2_chat_7b_full.py:210-216 (and qwen1_5_0_5_B_full.py:183)
    const text = [
      "pretrained_model_name_or_path = '/root/share/model_repos/internlm2-chat-7b'",
      '# load from which checkpoint',
      "load_from = '/root/Emollm/work_dirs/internlm2_chat_7b_full/iter_7000.pth'",
      '# whether to resume training from the loaded checkpoint',
      'resume = True',
      'load_from = None',
      "load_from = 'https://download.openmmlab.com/mmdetection/v3.0/rtmdet/rtmdet_l_8xb32-300e_coco.pth'",
      "data_files = ['/root/EmoLLM/datasets/multi_turn_dataset_2.json']",
      '',
    ].join('\n');
    const found = (python.extract({ relPath: 'xtuner_config/internlm2_chat_7b_full.py', size: text.length, text }) as ExtractResult).references;
    expect(found.map((r) => [r.id, r.source, r.line])).toEqual([
      ['/root/Emollm/work_dirs/internlm2_chat_7b_full/iter_7000.pth', 'local', 3],
      ['/root/share/model_repos/internlm2-chat-7b', 'local', 1],
    ]);
  });
});

describe("python: a model in an organisation's folder under pretrained_models/ (held-out QwenLM/Qwen3-Coder, issue #15, session 30)", () => {
  const rows = (text: string) =>
    (python.extract({ relPath: 'finetuning/sft/binarize_data.py', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads `pretrained_models/<org>/<name>` as that model on disk, not a folder deeper that names none', () => {
    // QwenLM/Qwen3-Coder finetuning/sft/binarize_data.py:196 (the tokenizer of the model whose ModelScope download
    // download_models.py puts under ./pretrained_models/), then its load.
    const text = [
      "    parser.add_argument('--tokenizer_path', '-tokenizer_path', type=str, default=\"./pretrained_models/qwen/Qwen2.5-Coder-7B/\", help='Path to tokenizer')",
      '    args = parser.parse_args()',
      '    tokenizer = transformers.AutoTokenizer.from_pretrained(args.tokenizer_path, add_eos_token=False)',
      '    vocab = "./pretrained_models/tokenizers/bpe/vocab.json"',
    ].join('\n');
    expect(rows(text)).toEqual([['./pretrained_models/qwen/Qwen2.5-Coder-7B', 'local', 1]]);
  });
});

describe('python: an option named for no model handed to a Hub download (held-out rednote-hilab/dots.ocr, issue #15, session 30)', () => {
  const rows = (text: string) =>
    (python.extract({ relPath: 'tools/download_model.py', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("reads the option's default Hub id when the file gives the option to snapshot_download(repo_id=...), not other options", () => {
    // rednote-hilab/dots.ocr tools/download_model.py:7-17 (cut).
    const text = [
      "    parser.add_argument('--type', '-t', type=str, default=\"huggingface\")",
      "    parser.add_argument('--name', '-n', type=str, default=\"rednote-hilab/dots.mocr\")",
      '    parser.add_argument(\'--data\', type=str, default="opendatalab/OmniDocBench")',
      '    args = parser.parse_args()',
      '    if args.type == "huggingface":',
      '        from huggingface_hub import snapshot_download',
      '        snapshot_download(repo_id=args.name, local_dir=model_dir, local_dir_use_symlinks=False, resume_download=True)',
      '    print(args.data)',
    ].join('\n');
    expect(rows(text)).toEqual([['rednote-hilab/dots.mocr', 'huggingface', 2]]);
    // Not handed on: the default stays unread.
    expect(rows(text.replace('repo_id=args.name', 'repo_id=MODEL'))).toEqual([]);
  });

  it("reads no trainer's data loader state joined onto a checkpoint folder (volcengine/verl fsdp_sft_trainer.py)", () => {
    const text = [
      '    def _load_dataloader_state(self, checkpoint_path: str):',
      '        dataloader_path = os.path.join(checkpoint_path, "data.pt")',
      '        state = torch.load(dataloader_path)',
      '        weights_path = os.path.join(checkpoint_path, "reward-head.pt")',
      '',
    ].join('\n');
    expect(rows(text)).toEqual([['reward-head.pt', 'local', 4]]);
  });

  it('reads no default the file only writes to (SciSharp/LLamaSharp .github/upload_to_hf.py)', () => {
    const text = [
      'from huggingface_hub import HfApi, hf_hub_download',
      '    parser.add_argument("--repo-id", type=str, default="AsakusaRinne/LLamaSharpNative")',
      '    args = parser.parse_args()',
      '    api.create_branch(repo_id=args.repo_id, branch=args.revision, exist_ok=False)',
      '    api.upload_folder(repo_id=args.repo_id, folder_path=args.folder, path_in_repo="runtimes")',
      '',
    ].join('\n');
    expect(rows(text)).toEqual([]);
  });
});

describe('python: downloads through OpenXLab’s SDK (session 31)', () => {
  const found = (text: string) => (python.extract(makeSourceFile('demo.py', text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("reads the repo OpenXLab's `download` fetches as an OpenXLab repo, beside ModelScope's and the Hub's downloads in one file", () => {
    // SmartFlowAI/EmoLLM demo/cli_internlm2.py:1-12 (the model fetched from OpenXLab, or from ModelScope in the lines below)
    const text = [
      'from transformers import AutoTokenizer, AutoModelForCausalLM',
      'from openxlab.model import download',
      'from modelscope import snapshot_download',
      '',
      "model_name_or_path = download(model_repo='ajupyter/EmoLLM_internlm2_7b_full',",
      "        output='EmoLLM_internlm2_7b_full')",
      "model_name_or_path = snapshot_download('chg0901/EmoLLM-InternLM7B-base')",
      "tokenizer = AutoTokenizer.from_pretrained('internlm/internlm2-chat-7b', trust_remote_code=True)",
    ].join('\n');
    expect(found(text).sort((a, b) => Number(a[2]) - Number(b[2]))).toEqual([
      ['ajupyter/EmoLLM_internlm2_7b_full', 'openxlab', 5],
      ['chg0901/EmoLLM-InternLM7B-base', 'modelscope', 7],
      ['internlm/internlm2-chat-7b', 'huggingface', 8],
    ]);
  });

  it('reads no OpenXLab repo from a `download` of another library', () => {
    // A project's own `download(url, dest)` helper and spaCy's: no OpenXLab import, no OpenXLab source.
    const text = ['from utils import download', "download(model_repo='someone/some-model', output='model')"].join('\n');
    expect(found(text).filter((r) => r[1] === 'openxlab')).toEqual([]);
  });
});

describe('python: an adapter given beside its base model by a PEFT- or LoRA-named keyword (held-out shibing624/pycorrector, session 31)', () => {
  const found = (text: string) => (python.extract(makeSourceFile('evaluate_models.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);

  it('reads the Hub id a `peft_name=` / `lora_path=` keyword holds on its own line, and no LoRA setting that names no repo', () => {
    // shibing624/pycorrector examples/evaluate_models/evaluate_models.py:83-85
    const text = [
      'm = GptCorrector(model_name_or_path="THUDM/chatglm3-6b",',
      "                 model_type='chatglm',",
      '                 peft_name="shibing624/chatglm3-6b-csc-chinese-lora")',
      'engine = Engine(model="internlm/internlm2-chat-7b",',
      '                lora_path="someone/internlm2-chat-7b-lora")',
      'config = LoraConfig(lora_target="q_proj,v_proj", lora_alpha=16)',
    ].join('\n');
    expect(found(text).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ['THUDM/chatglm3-6b', 1],
      ['shibing624/chatglm3-6b-csc-chinese-lora', 3],
      ['internlm/internlm2-chat-7b', 4],
      ['someone/internlm2-chat-7b-lora', 5],
    ]);
  });
});

describe('python: a model-named variable built by a call given a Hub id first (held-out shibing624/pycorrector, session 31)', () => {
  const found = (text: string) => (python.extract(makeSourceFile('demo.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);

  it("reads the Hub id a project's own wrapper is built from, and not a path's, a dataset's nor a variable named for no model", () => {
    // shibing624/pycorrector README.md:351 and examples/gpt/demo.py:22 (wrappers whose parameter is model_name_or_path)
    const text = [
      'model = MacBertCorrector("shibing624/macbert4csc-base-chinese")',
      "self.llm = loaders.ChatWrapper('Qwen/Qwen2.5-7B-Instruct', temperature=0.1)",
      'model_dir = Path("models/Qwen2.5-7B")',
      'model_data = load_dataset("shibing624/CSC")',
      'corrector = GptCorrector("shibing624/chinese-text-correction-1.5b")',
      'reader = Reader("shibing624/chinese-text-correction-7b")',
    ].join('\n');
    expect(found(text)).toEqual([
      ['shibing624/macbert4csc-base-chinese', 1],
      ['Qwen/Qwen2.5-7B-Instruct', 2],
      ['shibing624/chinese-text-correction-1.5b', 5],
    ]);
  });
});

describe('python: model catalogues named for LLMs, and display names beside the model they stand for (held-out round 34, issue #15)', () => {
  const found = (relPath: string, text: string) =>
    (python.extract({ relPath, size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line]);

  it('reads a `*_LLMS` list as a catalogue, and a dict keyed by its names (OpenBMB/AgentVerse agentverse/llms/__init__.py)', () => {
    // Cut from OpenBMB/AgentVerse agentverse/llms/__init__.py:3-21 (the server names configs give as `model:`).
    const text = [
      'llm_registry = Registry(name="LLMRegistry")',
      'LOCAL_LLMS = [',
      '    "llama-2-7b-chat-hf",',
      '    "vicuna-7b-v1.5",',
      ']',
      'LOCAL_LLMS_MAPPING = {',
      '    "llama-2-7b-chat-hf": {',
      '        "hf_model_name": "meta-llama/Llama-2-7b-chat-hf",',
      '        "base_url": "http://localhost:5000/v1",',
      '    },',
      '    "vicuna-7b-v1.5": {',
      '        "hf_model_name": "lmsys/vicuna-7b-v1.5",',
      '    },',
      '}',
      '',
    ].join('\n');
    const rows = found('agentverse/llms/__init__.py', text);
    for (const [name, line] of [
      ['llama-2-7b-chat-hf', 3],
      ['vicuna-7b-v1.5', 4],
      ['llama-2-7b-chat-hf', 7],
      ['vicuna-7b-v1.5', 11],
    ] as const)
      expect(rows.some(([id, at]) => at === line && String(id).toLowerCase().endsWith(name))).toBe(true);
    expect(rows).toContainEqual(['meta-llama/Llama-2-7b-chat-hf', 8]);
    // The registry's own name and the server URL are no models.
    expect(rows.filter(([, at]) => at === 1 || at === 9)).toEqual([]);
  });

  it('leaves display names: Chinese labels, and a key whose entry names another model (GaiZhenbiao/ChuanhuChatGPT modules/presets.py)', () => {
    // Cut from GaiZhenbiao/ChuanhuChatGPT modules/presets.py:55-63, 89-91 and 218-221, 246-248, 414, 424-426.
    const text = [
      'ONLINE_MODELS = [',
      '    "GPT-4o",',
      '    "GPT4",',
      '    "o1-mini",',
      '    "川虎助理",',
      '    "讯飞星火大模型V4.0",',
      '    "GooglePaLM",',
      ']',
      'MODEL_METADATA = {',
      '    "GPT4": {',
      '        "model_name": "gpt-4",',
      '        "token_limit": 8192,',
      '    },',
      '    "GPT-4o": {',
      '        "model_name": "gpt-4o",',
      '    },',
      '    "GooglePaLM": {"model_name": "models/chat-bison-001"},',
      '    "讯飞星火大模型V4.0": {',
      '        "model_name": "讯飞星火大模型V4.0",',
      '    },',
      '}',
      '',
    ].join('\n');
    const rows = found('modules/presets.py', text);
    // A name the catalogue offers that is the model's own name, case aside, stays (`GPT-4o`, whose entry requests gpt-4o;
    // `o1-mini` and the entries' `model_name`s are names model-names reads).
    expect(rows).toContainEqual(['openai-compatible/GPT-4o', 2]);
    // A label in Chinese, and a display name whose entry requests another model (`GPT4` -> gpt-4, `GooglePaLM` ->
    // chat-bison-001), name no model: neither in the list nor as the dict's key.
    expect(rows.filter(([id]) => /[^\x00-\x7f]/.test(String(id)))).toEqual([]);
    expect(rows.filter(([id]) => /\/(?:GPT4|GooglePaLM)$/.test(String(id)))).toEqual([]);
  });
});

describe("python: another model's folder shipped inside one model's folder (held-out SparkAudio/Spark-TTS, issue #15)", () => {
  const found = (relPath: string, text: string) =>
    (python.extract({ relPath, size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("reads a part a loader is given, named as a release with its size, under `self.model_dir`; not the model's own parts", () => {
    // Cut from SparkAudio/Spark-TTS sparktts/models/audio_tokenizer.py:44-55.
    const text = [
      '    def _initialize_model(self):',
      '        """Load and initialize the BiCodec model and Wav2Vec2 feature extractor."""',
      '        self.model = BiCodec.load_from_checkpoint(f"{self.model_dir}/BiCodec").to(',
      '            self.device',
      '        )',
      '        self.processor = Wav2Vec2FeatureExtractor.from_pretrained(',
      '            f"{self.model_dir}/wav2vec2-large-xlsr-53"',
      '        )',
      '        self.feature_extractor = Wav2Vec2Model.from_pretrained(',
      '            f"{self.model_dir}/wav2vec2-large-xlsr-53"',
      '        )',
      '',
    ].join('\n');
    expect(found('sparktts/models/audio_tokenizer.py', text)).toEqual([
      ['wav2vec2-large-xlsr-53', 'local', 7],
      ['wav2vec2-large-xlsr-53', 'local', 10],
    ]);
  });

  it('leaves a folder inside one model named for its family without a size, and one the code only joins', () => {
    // FunAudioLLM/CosyVoice's tokenizer folder inside CosyVoice2-0.5B, and modelscope/FunASR fun_asr_nano/inference_vllm.py:59,71
    // (an output folder, and a config folder it copies files from).
    const text = [
      'tokenizer = AutoTokenizer.from_pretrained(',
      '    f"{model_dir}/CosyVoice-BlankEN")',
      'output_dir = os.path.join(model_dir, "Qwen3-0.6B-vllm")',
      'qwen_dir = os.path.join(model_dir, "Qwen3-0.6B")',
      '',
    ].join('\n');
    expect(found('cosyvoice/cli/frontend.py', text)).toEqual([]);
  });
});

describe('python: weights loaded from a weights folder (held-out bytedance/LatentSync, issue #15, session 31)', () => {
  const rows = (relPath: string, text: string) =>
    (python.extract({ relPath, size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads torch.load of a checkpoints file, written there or held by a constant, a pickle too; not a state, data or run file', () => {
    // eval/detectors/s3fd/__init__.py:8-26 and preprocess/filter_visual_quality.py:62-65 (cut).
    const text = [
      'PATH_WEIGHT = "checkpoints/auxiliary/sfd_face.pth"',
      'class S3FD:',
      '    def __init__(self, device="cuda"):',
      '        check_model_and_download(PATH_WEIGHT)',
      '        state_dict = torch.load(PATH_WEIGHT, map_location=self.device, weights_only=True)',
      '        self.net.load_state_dict(state_dict)',
      '    model_hyper.load_state_dict(',
      '        (torch.load("checkpoints/auxiliary/koniq_pretrained.pkl", map_location=device, weights_only=True))',
      '    )',
      '    opt = torch.load("checkpoints/run1/optimizer.pt")',
      '    mel = torch.load("checkpoints/cache/video_mel.pt")',
      '    best = torch.load("checkpoints/best.pt")',
      '    feats = torch.load("data/features.pkl")',
      '    sd = torch.load("checkpoints/meta-llama/Meta-Llama-3.1-8B/lit_model.pth", mmap=True)',
      '',
    ].join('\n');
    expect(rows('eval/detectors/s3fd/__init__.py', text)).toEqual([
      ['checkpoints/auxiliary/sfd_face.pth', 'local', 1],
      ['checkpoints/auxiliary/koniq_pretrained.pkl', 'local', 8],
    ]);
  });

  it('reads a checkpoint path held by Path("...") and a model-path keyword given a file with its folder', () => {
    // gradio_app.py:8-9 and latentsync/whisper/audio2feature.py:152 (cut).
    const text = [
      'CONFIG_PATH = Path("configs/unet/stage2_512.yaml")',
      'CHECKPOINT_PATH = Path("checkpoints/latentsync_unet.pt")',
      'audio_encoder = Audio2Feature(model_path="checkpoints/whisper/tiny.pt")',
      'trainer = Trainer(ckpt_path="runs/exp/weights/best.pt", save_path="out/model_final.pt")',
      '',
    ].join('\n');
    expect(rows('gradio_app.py', text)).toEqual([
      ['checkpoints/latentsync_unet.pt', 'local', 2],
      ['checkpoints/whisper/tiny.pt', 'local', 3],
    ]);
  });

  it('reads a weights-folder file given to a call named for loading or fetching weights, or held by the variable it is given', () => {
    // preprocess/data_processing_pipeline.py:33-35, preprocess/sync_av.py:52 and eval/fvd.py:30-31 (cut); not a file the
    // script writes and loads back (modelscope/DiffSynth-Studio examples/ltx2/model_training/scripts/split_model_statedicts.py:18-21).
    const text = [
      '    check_model_and_download("checkpoints/auxiliary/syncnet_v2.model")',
      '    check_model_and_download("checkpoints/auxiliary/sfd_face.pth")',
      '    syncnet.loadParameters("checkpoints/auxiliary/syncnet_v2.model")',
      '    i3d_path = "checkpoints/auxiliary/i3d_torchscript.pt"',
      '    check_model_and_download(i3d_path)',
      '    sp = spm.Load("models/tokenizer.model")',
      '    print_model_info("checkpoints/auxiliary/sfd_face.pth")',
      '    download_video("checkpoints/clip.pt")',
      '    save_file(sd, "models/DiffSynth-Studio/LTX-2-Repackage/transformer.safetensors")',
      '    model_pool.auto_load_model("models/DiffSynth-Studio/LTX-2-Repackage/transformer.safetensors")',
      '',
    ].join('\n');
    expect(rows('preprocess/data_processing_pipeline.py', text)).toEqual([
      ['checkpoints/auxiliary/syncnet_v2.model', 'local', 1],
      ['checkpoints/auxiliary/sfd_face.pth', 'local', 2],
      ['checkpoints/auxiliary/syncnet_v2.model', 'local', 3],
      ['checkpoints/auxiliary/i3d_torchscript.pt', 'local', 4],
    ]);
  });
});

describe('python: ModelScope by default only where the file imports it (session 31)', () => {
  const found = (text: string) => (python.extract(makeSourceFile('qwen.py', text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('keeps Hub ids on the Hub in a file whose comment says it was cut "from modelscope/..."', () => {
    // The header of a file adapted from modelscope/ms-swift (prose, no import of the package)
    const text = ['# Cut from modelscope/ms-swift swift/model/models/qwen.py', '', "model_dir = get_model_dir('Qwen/Qwen2-7B-Instruct', 'v1.0.0')"].join('\n');
    expect(found(text)).toEqual([['Qwen/Qwen2-7B-Instruct', 'huggingface', 3]]);
    // Imported, ModelScope is the default hub again.
    expect(found(text.replace('\n\n', '\nfrom modelscope import snapshot_download\n'))).toEqual([['Qwen/Qwen2-7B-Instruct', 'modelscope', 3]]);
  });
});

describe('python: diffusion and BLIP-2 weights (held-out PKU-YuanGroup/Open-Sora-Plan, Vision-CAIR/MiniGPT-4, round 34, session 31)', () => {
  const rows = (text: string) =>
    (python.extract({ relPath: 'x.py', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("reads the default of an option for a diffusion pipeline's text encoder (Open-Sora-Plan opensora/serve/gradio_web_server.py)", () => {
    const text = [
      'parser = argparse.ArgumentParser()',
      'parser.add_argument("--model_path", type=str, default=\'LanguageBind/Open-Sora-Plan-v1.0.0\')',
      'parser.add_argument("--ae", type=str, default=\'CausalVAEModel_4x8x8\')',
      'parser.add_argument("--text_encoder_name_1", type=str, default=\'DeepFloyd/t5-v1_1-xxl\')',
      'parser.add_argument("--text_encoder_lr", type=float, default=5e-5)',
      'args = parser.parse_args()',
      '',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['LanguageBind/Open-Sora-Plan-v1.0.0', 'huggingface', 2],
      ['DeepFloyd/t5-v1_1-xxl', 'huggingface', 4],
    ]);
  });

  it("reads a checkpoint option's bare weights file, not a run's nor a model-named one (Open-Sora-Plan opensora/models/frame_interpolation/interpolation.py)", () => {
    const text = [
      'if __name__ == "__main__":',
      '    parser = argparse.ArgumentParser()',
      "    parser.add_argument('--ckpt', type=str, default='amt-g.pth', help=\"The pretrained model.\") ",
      "    parser.add_argument('--resume_ckpt', type=str, default='best.pt')",
      "    parser.add_argument('--checkpoint', type=str, default='model_final.pth')",
      "    parser.add_argument('--ckpt_state', type=str, default='optim.pth')",
      '    args = parser.parse_args()',
      '',
    ].join('\n');
    expect(rows(text)).toEqual([['amt-g.pth', 'local', 3]]);
  });

  it('reads a weights URL held by a plain `url`, a model-named default or a config default for a model-named key (MiniGPT-4 minigpt4/models)', () => {
    // minigpt4/models/eva_vit.py:429-433, minigpt4.py:26-28 and :150.
    const text = [
      'def create_eva_vit_g(img_size=224,drop_path_rate=0.4,use_checkpoint=False,precision="fp16"):',
      '    model = VisionTransformer(img_size=img_size)',
      '    url = "https://storage.googleapis.com/sfr-vision-language-research/LAVIS/models/BLIP2/eva_vit_g.pth"',
      '    cached_file = download_cached_file(',
      '        url, check_hash=False, progress=True',
      '    )',
      'class MiniGPT4(MiniGPTBase):',
      '    def __init__(',
      '            self,',
      '            vit_model="eva_clip_g",',
      '            q_former_model="https://storage.googleapis.com/sfr-vision-language-research/LAVIS/models/BLIP2/blip2_pretrained_flant5xxl.pth",',
      '    ):',
      '        q_former_model = cfg.get("q_former_model", "https://storage.googleapis.com/sfr-vision-language-research/LAVIS/models/BLIP2/blip2_pretrained_flant5xxl.pth")',
      '        logo_url = "https://example.com/static/logo.png"',
      '        data_url = "https://example.com/data/train.pt"',
      '        data_url = cfg.get("data_url", "https://example.com/data/train.pt")',
      '',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['eva_vit_g.pth', 'local', 3],
      ['blip2_pretrained_flant5xxl.pth', 'local', 11],
      ['blip2_pretrained_flant5xxl.pth', 'local', 13],
    ]);
  });
});

describe("python: an Ollama client's model-info catalogue (held-out microsoft/autogen, session 31)", () => {
  it('reads the Ollama library names that key the catalogue, digit-less ones and a dict of configs too, as Ollama tags', () => {
    // microsoft/autogen python/packages/autogen-ext/src/autogen_ext/models/ollama/_model_info.py (cut): `get_info(model)`
    // looks a model up in `_MODEL_INFO` (its capabilities) and `_MODEL_TOKEN_LIMITS` by its name before the `:tag`.
    const text = [
      'from autogen_core.models import ModelFamily, ModelInfo',
      '',
      '# TODO: json_output is True for all models because ollama supports structured output via pydantic.',
      '_MODEL_INFO: Dict[str, ModelInfo] = {',
      '    "gemma": {',
      '        "vision": False,',
      '        "family": ModelFamily.UNKNOWN,',
      '    },',
      '    "llama3.2": {',
      '        "vision": False,',
      '        "family": ModelFamily.UNKNOWN,',
      '    },',
      '    "vision": {',
      '        "vision": True,',
      '    },',
      '}',
      '',
      '_MODEL_TOKEN_LIMITS: Dict[str, int] = {',
      '    "gemma": 8192,',
      '    "llama3.2": 131072,',
      '    "qwen2.5vl:7b": 128000,',
      '}',
      '',
    ].join('\n');
    const { references } = python.extract(makeSourceFile('autogen_ext/models/ollama/_model_info.py', text)) as ExtractResult;
    expect(references.map((r) => [r.id, r.line, r.source])).toEqual(
      expect.arrayContaining([
        ['gemma', 5, 'ollama'],
        ['llama3.2', 9, 'ollama'],
        ['gemma', 19, 'ollama'],
        ['llama3.2', 20, 'ollama'],
      ]),
    );
    // A key no other catalogue of the file holds, nor a word that is no Ollama library name, is not a model.
    expect(references.map((r) => r.id)).not.toContain('vision');
    // Without Ollama named in the file, a digit-less key stays unread (`MODEL_CONFIGS = {"sensevoice": ...}`).
    const hosted = python.extract(makeSourceFile('models/_info.py', text.replace(/ollama/g, 'the server'))) as ExtractResult;
    expect(hosted.references.map((r) => r.id)).not.toContain('gemma');
  });
});

describe("python: a model file joined by pathlib's `/` onto the project's root (held-out li-plus/chatglm.cpp, session 31)", () => {
  it('reads the file written with its folder under `Path(__file__)` or a root-named constant; not a bare name, a data file or a non-root folder', () => {
    // li-plus/chatglm.cpp examples/cli_demo.py:7 and tests/test_chatglm_cpp.py:6-10 (the GGML files convert.py writes).
    const text = [
      'from pathlib import Path',
      'import chatglm_cpp',
      '',
      'DEFAULT_MODEL_PATH = Path(__file__).resolve().parent.parent / "models/chatglm-ggml.bin"',
      'PROJECT_ROOT = Path(__file__).resolve().parent.parent',
      'CHATGLM3_MODEL_PATH = PROJECT_ROOT / "models/chatglm3-ggml.bin"',
      'CODEGEEX2_MODEL_PATH = PROJECT_ROOT / "models/codegeex2.gguf"',
      'DATA_MODEL_PATH = PROJECT_ROOT / "tests/data/glm_model.data"',
      'CKPT_MODEL_PATH = checkpoint_dir / "lit_model.pth"',
      'BARE_MODEL_PATH = Path(__file__).parent / "chatglm-ggml.bin"',
      'pipeline = chatglm_cpp.Pipeline(DEFAULT_MODEL_PATH)',
      '',
    ].join('\n');
    const { references } = python.extract(makeSourceFile('examples/cli_demo.py', text)) as ExtractResult;
    expect(references.map((r) => [r.id, r.line, r.source])).toEqual([
      ['models/chatglm-ggml.bin', 4, 'local'],
      ['models/chatglm3-ggml.bin', 6, 'local'],
      ['models/codegeex2.gguf', 7, 'local'],
    ]);
  });
});

describe('python: a client asking its own server for a stand-in name (held-out li-plus/chatglm.cpp, session 31)', () => {
  it('reads no model in `model="default-model"` sent to an OpenAI client, but still reads a real name on the same call', () => {
    // li-plus/chatglm.cpp examples/openai_client.py:38 (its openai_api server serves the one GGML model it loaded).
    const text = [
      'from openai import OpenAI',
      'client = OpenAI()',
      'response = client.chat.completions.create(model="default-model", messages=messages, stream=True, tools=tools)',
      'response = client.chat.completions.create(model="gpt-4o-mini", messages=messages)',
      '',
    ].join('\n');
    const { references } = python.extract(makeSourceFile('examples/openai_client.py', text)) as ExtractResult;
    expect(references.map((r) => [r.id, r.line])).toEqual([['openai/gpt-4o-mini', 4]]);
  });
});

describe('python: weights held out of its config through path helpers and FaceAnalysis subclasses (held-out KwaiVGI/LivePortrait, round 34)', () => {
  const rows = (path: string, text: string) =>
    (python.extract(makeSourceFile(path, text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line, r.context]);

  it('reads a checkpoint path wrapped in a one-argument path helper (src/config/inference_config.py, crop_config.py)', () => {
    const text = [
      'from dataclasses import dataclass',
      'from .base_config import PrintableConfig, make_abs_path',
      '',
      '@dataclass(repr=False)  # use repr from PrintableConfig',
      'class InferenceConfig(PrintableConfig):',
      "    models_config: str = make_abs_path('./models.yaml')  # portrait animation config",
      "    checkpoint_F: str = make_abs_path('../../pretrained_weights/liveportrait/base_models/appearance_feature_extractor.pth')  # path to checkpoint of F",
      '    landmark_ckpt_path: str = make_abs_path("../../pretrained_weights/liveportrait/landmark.onnx")',
      "    mask_crop: ndarray = field(default_factory=lambda: cv2.imread(make_abs_path('../utils/resources/mask_template.png'), cv2.IMREAD_COLOR))",
      "    output_dir: str = make_abs_path('../../animations/model_out.pth')",
      "    checkpoint_W_animal: str = make_abs_path(f'../../pretrained_weights/liveportrait_animals/base_models{version_animals}/warping_module.pth')",
    ].join('\n');
    expect(rows('src/config/inference_config.py', text)).toEqual([
      ['../../pretrained_weights/liveportrait/base_models/appearance_feature_extractor.pth', 'local', 7, undefined],
      ['../../pretrained_weights/liveportrait/landmark.onnx', 'local', 8, undefined],
    ]);
  });

  it("reads the pack a project's FaceAnalysis subclass loads, where it imports that class (src/utils/cropper.py)", () => {
    const cropper = [
      'from .face_analysis_diy import FaceAnalysisDIY',
      'class Cropper(object):',
      '    def __init__(self, **kwargs) -> None:',
      '        self.face_analysis_wrapper = FaceAnalysisDIY(',
      '                    name="buffalo_l",',
      '                    root=self.crop_cfg.insightface_root,',
      '                    providers=face_analysis_wrapper_provider,',
      '                )',
    ].join('\n');
    expect(rows('src/utils/cropper.py', cropper)).toEqual([['models/buffalo_l', 'local', 5, undefined]]);
    // A class named so in code that imports no FaceAnalysis (nor insightface) is someone else's.
    expect(rows('src/utils/other.py', cropper.replace('from .face_analysis_diy import FaceAnalysisDIY', 'from .wrappers import Helper'))).toEqual([]);
  });
});

describe('python: weights read by safetensors, pathlib joins, literal f-strings in argv lists, LoRA weight constants (held-out Tencent/HunyuanDiT, modelscope/facechain, round 34)', () => {
  const rows = (path: string, text: string) => (python.extract(makeSourceFile(path, text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("reads the file safetensors' safe_open loads, not one read back from a folder the code saved to (lora/README.md's python block)", () => {
    const text = [
      'import torch',
      'from safetensors import safe_open',
      'from diffusers import HunyuanDiTPipeline',
      'lora_state_dict = {}',
      'with safe_open("./ckpts/t2i/lora/jade/adapter_model.safetensors", framework="pt", device=0) as f:',
      '    for k in f.keys():',
      "        lora_state_dict[k[17:]] = f.get_tensor(k) # remove 'basemodel.model'",
      // datawhalechina/self-llm's GRPO notebook: checks the LoRA it saved is not all zeros.
      'with safe_open("grpo_saved_lora/adapter_model.safetensors", framework = "pt") as f:',
      '    pass',
    ].join('\n');
    expect(rows('lora_demo.py', text)).toEqual([['./ckpts/t2i/lora/jade/adapter_model.safetensors', 'local', 5]]);
  });

  it("reads a family-named folder joined by pathlib's / onto a root, as os.path.join's (hydit/inference.py)", () => {
    const text = [
      'from diffusers import AutoencoderKL',
      'class End2End(object):',
      '    def __init__(self, args, models_root_path):',
      '        t2i_root_path = Path(models_root_path) / "t2i"',
      '        self.root = t2i_root_path',
      '        tokenizer_path = self.root / "tokenizer"',
      '        vae_path = self.root / "sdxl-vae-fp16-fix"',
      '        self.vae = AutoencoderKL.from_pretrained(str(vae_path)).to(self.device)',
      '        export_path = output_dir / "sdxl-vae-fp16-fix"',
      '        config = self.root / "Qwen2.5-7B-Instruct" / "config.json"',
      '        half = size / 2',
    ].join('\n');
    expect(rows('hydit/inference.py', text)).toEqual([['sdxl-vae-fp16-fix', 'local', 7]]);
  });

  it("reads an argv list's f-string with nothing interpolated as a literal (train_style/demo.py), and a LoRA weight constant", () => {
    const demo = [
      'def train(uuid, output_model_name):',
      '    command = [',
      "        'python', f'{project_dir}/train_style/train_text_to_image_lora.py',",
      "        f'--pretrained_model_name_or_path=ly261666/cv_portrait_model',",
      "        f'--output_dir={project_dir}/workspace/{uuid}/style_lora/{output_model_name}',",
      '    ]',
      '    subprocess.run(command, check=True)',
    ].join('\n');
    expect(rows('train_style/demo.py', demo)).toEqual([['ly261666/cv_portrait_model', 'huggingface', 4]]);
    // kohya_ss-hydit/sd-scripts/hunyuan_test_lora.py
    const lora = [
      'from library.hunyuan_models import *',
      'MODEL_PATH = "/root/albertxyu/HunYuanDiT-V1.2-fp16-pruned"',
      'LORA_WEIGHT = "./test_lora_unet_clip_v1.2_0630/last-step00000400.ckpt"',
      'save_lora_weights = "./out/lora.safetensors"',
    ].join('\n');
    expect(rows('sd-scripts/hunyuan_test_lora.py', lora).filter((r) => r[2] !== 2)).toEqual([
      ['./test_lora_unet_clip_v1.2_0630/last-step00000400.ckpt', 'local', 3],
    ]);
  });
});

describe('python: a "model" compared with plain option words is a switch, no catalogue (held-out onyx-dot-app/onyx, session 31)', () => {
  const rows = (relPath: string, text: string) =>
    (python.extract({ relPath, size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads none of the values a colour-style switch compares, digits or not, and still reads a model the file loads', () => {
    // onyx backend/scripts/sources_selection_analysis.py:42-66 (cut): color_output(text, model="note") picks a style.
    const text = [
      '    if model:',
      '        if model == "alert":',
      '            text_color = "white"',
      '        elif model == "critical":',
      '            text_color = "red"',
      '        elif model == "note":',
      '            text_color = "blue"',
      '        elif model == "info2":',
      '            text_prefix = "INFO:     "',
      'tokenizer = AutoTokenizer.from_pretrained("intfloat/e5-base-v2")',
    ].join('\n');
    expect(rows('backend/scripts/sources_selection_analysis.py', text)).toEqual([['intfloat/e5-base-v2', 'huggingface', 10]]);
  });

  it('still reads a model the configured one is compared with where the other values are names too', () => {
    // Shape of livekit-plugins-rime tts.py: the file's own catalogue holds the words compared.
    const text = ['TTSModels = Literal["mist", "mistv2", "arcana"]', 'if self._opts.model == "mistv2":', '    pass'].join('\n');
    expect(rows('rime/tts.py', text).map((r) => r[0])).toContain('openai-compatible/mistv2');
  });
});

describe("python: a catalogue's Ollama library names outside an Ollama client (lead review, session 31)", () => {
  const found = (relPath: string, text: string) =>
    (python.extract(makeSourceFile(relPath, text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("leaves a hosted provider's published name and a provider's own name to their readers, in a file that only mentions Ollama", () => {
    // binary-husky/gpt_academic config.py:44-46 (its AVAIL_LLM_MODELS, hosted APIs; "ollama-" models named elsewhere) and
    // msaad00/agent-bom src/agent_bom/ai_enrich.py:299-307 (a LiteLLM provider's credentials, keyed by provider)
    const text = [
      '# Use "ollama-" + name for a local Ollama model',
      'AVAIL_LLM_MODELS = ["gpt-4", "glm-4", "deepseek-chat", "deepseek-coder", "gemma"]',
      '_LITELLM_MODEL_CREDENTIALS: dict[str, tuple[str, ...]] = {',
      '    "mistral": ("MISTRAL_API_KEY",),',
      '    "openai": ("OPENAI_API_KEY",),',
      '}',
    ].join('\n');
    const ollama = found('config.py', text).filter((r) => r[1] === 'ollama');
    expect(ollama).toEqual([['gemma', 'ollama', 2]]);
    // The Ollama client's own module (its path names Ollama): its catalogue's library names are its tags.
    expect(found('autogen_ext/models/ollama/_model_info.py', text.split('\n').slice(0, 2).join('\n')).filter((r) => r[1] === 'ollama')).toEqual([
      ['deepseek-coder', 'ollama', 2],
      ['gemma', 'ollama', 2],
    ]);
  });
});

describe('python: a join only tested for existence (lead review, session 31)', () => {
  const found = (text: string) => (python.extract(makeSourceFile('config.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);

  it('reads no weights file from `(root / "x.safetensors").exists()` nor `os.path.exists(os.path.join(d, "x"))`, and still reads a loaded join', () => {
    // Blaizzy/mlx-vlm mlx_vlm/models/flux2/config.py:152 (which variant a downloaded folder holds); Tencent/HunyuanDiT's
    // `vae_path = self.root / "sdxl-vae-fp16-fix"` loaded by from_pretrained
    const text = [
      'if "kv" in name or (root / "flux-2-klein-9b-kv.safetensors").exists():',
      '    return VARIANTS["flux2-klein-9b-kv"]',
      'if os.path.exists(os.path.join(model_dir, "sdxl-vae-fp16-fix")):',
      '    pass',
      'vae_path = self.root / "sdxl-vae-fp16-fix"',
      'vae = AutoencoderKL.from_pretrained(str(vae_path))',
    ].join('\n');
    expect(found(text)).toEqual([['sdxl-vae-fp16-fix', 5]]);
  });

  it('reads no weights file a checkpoint folder is only tested for, and still the one it loads (held-out round 38)', () => {
    // The Trainer copied into THUDM/ChatGLM-6B ptuning/trainer.py:2096-2099 (cut): SageMaker's marker file is tested for.
    const text = [
      'if os.path.isfile(os.path.join(resume_from_checkpoint, "user_content.pt")):',
      '    smp.resume_from_checkpoint(path=resume_from_checkpoint, tag=WEIGHTS_NAME, partial=False)',
      'weights = torch.load(os.path.join(checkpoint_dir, "prefix_encoder.pt"))',
    ].join('\n');
    expect(found(text)).toEqual([['prefix_encoder.pt', 3]]);
  });
});

describe('python: a params dict entry a loader is given by subscript (session 31)', () => {
  const found = (text: string) => (python.extract(makeSourceFile('overlap_detection.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);

  it("reads the value of the entry `Model.from_pretrained(params['segmentation'])` loads, under a key that names no model", () => {
    // modelscope/3D-Speaker egs/3dspeaker/speaker-diarization/local/overlap_detection.py:47-58
    const text = [
      'from pyannote.audio import Inference, Model',
      'def main():',
      '    segmentation_params = {',
      "        'segmentation':'pyannote/segmentation-3.0',",
      "        'segmentation_batch_size':32,",
      "        'use_auth_token':args.hf_access_token,",
      '    }',
      '',
      '    model = Model.from_pretrained(',
      "        segmentation_params['segmentation'], ",
      "        use_auth_token=segmentation_params['use_auth_token'], ",
      '        strict=False,',
      '    )',
    ].join('\n');
    expect(found(text)).toEqual([['pyannote/segmentation-3.0', 4]]);
  });

  it('reads no entry under a dataset key, nor one of a dict no loader is given', () => {
    const text = [
      'from pyannote.audio import Model',
      'def main():',
      "    data = {'dataset': 'org-b/corpus-v1'}",
      "    other = {'segmentation': 'org-c/segmenter-large'}",
      "    model = Model.from_pretrained(data['dataset'])",
      "    print(other['segmentation'])",
    ].join('\n');
    expect(found(text)).toEqual([]);
  });
});

describe('python: a Cog predictor and a weights file handed on split (held-out TencentARC/PhotoMaker, issue #15, session 31)', () => {
  const found = (relPath: string, text: string) =>
    (python.extract(makeSourceFile(relPath, text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line, r.context ?? 'code']);

  it("reads each URL on Replicate's weights CDN as the weights the predictor fetches, and the file given as folder and `weight_name`", () => {
    // TencentARC/PhotoMaker predict.py:34-42 and 89-94 (cut)
    const text = [
      'FEATURE_EXTRACTOR = "./feature-extractor"',
      'SAFETY_URL = "https://weights.replicate.delivery/default/sdxl/safety-1.0.tar"',
      'BASE_MODEL_URL = "https://weights.replicate.delivery/default/SG161222--RealVisXL_V3.0-11ee564e.tar"',
      'PHOTOMAKER_URL = "https://weights.replicate.delivery/default/TencentARC--PhotoMaker/photomaker-v1.bin"',
      'PHOTOMAKER_PATH = "models/photomaker-v1.bin"',
      'DOCS = "https://replicate.com/docs"',
      'REPLICATE_WEIGHTS_URL = "https://weights.replicate.delivery/default"',
      'MODEL_URL = f"https://weights.replicate.delivery/default/THUDM/CogVideo/{MODEL_CACHE}.tar"',
      '# OLD_URL = "https://weights.replicate.delivery/default/old/model.tar"',
      'class Predictor(BasePredictor):',
      '    def setup(self) -> None:',
      '        if not os.path.exists(PHOTOMAKER_PATH):',
      '            download_weights(PHOTOMAKER_URL, PHOTOMAKER_PATH, extract=False)',
      '        self.pipe.load_photomaker_adapter(',
      '            os.path.dirname(PHOTOMAKER_PATH),',
      '            subfolder="",',
      '            weight_name=os.path.basename(PHOTOMAKER_PATH),',
      '            trigger_word="img",',
      '        )',
    ].join('\n');
    expect(found('predict.py', text)).toEqual([
      ['models/photomaker-v1.bin', 'local', 5, 'code'],
      ['https://weights.replicate.delivery/default/sdxl/safety-1.0.tar', 'local', 2, 'code'],
      ['https://weights.replicate.delivery/default/SG161222--RealVisXL_V3.0-11ee564e.tar', 'local', 3, 'code'],
      ['https://weights.replicate.delivery/default/TencentARC--PhotoMaker/photomaker-v1.bin', 'local', 4, 'code'],
    ]);
  });

  it('reads a LoRA file handed to load_lora_weights as folder and base name, not one handed whole to a writer', () => {
    // TencentARC/PhotoMaker photomaker_style_demo.ipynb (cells cut): `lora_path` and `photomaker_path` loaded split
    const text = [
      "photomaker_path = './release_model/photomaker-v1.bin'",
      "lora_path = './civitai_models/xl_more_art-full.safetensors'",
      "out_path = './out/merged.safetensors'",
      'pipe.load_photomaker_adapter(os.path.dirname(photomaker_path), subfolder="", weight_name=os.path.basename(photomaker_path), trigger_word="img")',
      'pipe.load_lora_weights(os.path.dirname(lora_path), weight_name=os.path.basename(lora_path), adapter_name="xl_more_art-full")',
      'save_file(state, out_path)',
    ].join('\n');
    expect(found('demo.py', text).map((r) => [r[0], r[2]])).toEqual([
      ['./release_model/photomaker-v1.bin', 1],
      ['./civitai_models/xl_more_art-full.safetensors', 2],
    ]);
  });

  it('reads a folder joined under a generic weights root by two names given literals, not a file nor an output', () => {
    // bytedance/MegaTTS3 tts/infer_cli.py:64-89, 118-125 (cut)
    const text = [
      'class MegaTTS3DiTInfer():',
      '    def __init__(',
      '            self,',
      "            ckpt_root='./checkpoints',",
      "            dit_exp_name='diffusion_transformer',",
      "            g2p_exp_name='g2p',",
      "            config_name='config.yaml',",
      "            log_name='logs',",
      '        ):',
      '        self.dit_exp_name = os.path.join(ckpt_root, dit_exp_name)',
      '        self.g2p_exp_name = os.path.join(ckpt_root, g2p_exp_name)',
      '        self.config = os.path.join(ckpt_root, config_name)',
      '        self.log_dir = os.path.join(ckpt_root, log_name)',
      "        load_ckpt(self.dit, f'{self.dit_exp_name}', 'dit', strict=False)",
      '        self.g2p_model = AutoModelForCausalLM.from_pretrained(self.g2p_exp_name)',
    ].join('\n');
    expect(found('tts/infer_cli.py', text).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['./checkpoints/diffusion_transformer', 'local', 5],
      ['./checkpoints/g2p', 'local', 6],
    ]);
  });
});

describe('python: model folders under the project weights folder written without ./ (held-out ali-vilab/VACE, round 35, session 31)', () => {
  const found = (text: string) =>
    (python.extract(makeSourceFile('vace/configs/prompt_preprocess.py', text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads a name setting or key and a tokenizer folder key holding models/<...>/<model folder>, not a config file nor a bare folder', () => {
    // ali-vilab/VACE vace/configs/prompt_preprocess.py:68, video_preproccess.py:130-132, tests/test_annotators.py:533
    const text = [
      'prompt_extend_wan_zh_anno.MODE = "local_qwen"',
      'prompt_extend_wan_zh_anno.MODEL_NAME = "models/VACE-Annotators/llm/Qwen2.5-3B-Instruct" # "Qwen2.5_3B"',
      'video_inpainting_anno.GDINO = {"TOKENIZER_PATH": "models/VACE-Annotators/gdino/bert-base-uncased",',
      '                               "CONFIG_PATH": "models/VACE-Annotators/gdino/GroundingDINO_SwinT_OGC_mod.py",',
      '                               "PRETRAINED_MODEL": "models/VACE-Annotators/gdino/groundingdino_swint_ogc.pth"}',
      'cfg_dict = {"MODEL_NAME": "models/VACE-Annotators/llm/Qwen2.5-3B-Instruct"}',
      'other = {"TOKENIZER_PATH": "models/VACE-Annotators/tokenizer", "MODEL_NAME": "models/VACE-Annotators/llm"}',
      'tokenizer_path: str = "asset/tokenizer"',
    ].join('\n');
    expect(found(text).sort((a, b) => Number(a[2]) - Number(b[2]))).toEqual([
      ['models/VACE-Annotators/llm/Qwen2.5-3B-Instruct', 'local', 2],
      ['models/VACE-Annotators/gdino/bert-base-uncased', 'local', 3],
      ['models/VACE-Annotators/gdino/groundingdino_swint_ogc.pth', 'local', 5],
      ['models/VACE-Annotators/llm/Qwen2.5-3B-Instruct', 'local', 6],
    ]);
  });
});

describe('python: a local model folder written again as a call argument (held-out jingyaogong/minimind-v, round 35, session 31)', () => {
  it('reads the folder given again to a loader, not to a path test nor in a comment', () => {
    // jingyaogong/minimind-v eval_vlm.py:16-26 (cut)
    const text = [
      'def init_model(args):',
      "    if 'model' in args.load_from:",
      '        model = MiniMindVLM(',
      '            VLMConfig(hidden_size=args.hidden_size),',
      '            vision_model_path="./model/siglip2-base-p32-256-ve"',
      '        )',
      '    else:',
      '        model = AutoModelForCausalLM.from_pretrained(args.load_from, trust_remote_code=True)',
      '        model.vision_encoder, model.processor = MiniMindVLM.get_vision_model("./model/siglip2-base-p32-256-ve")',
      '    if not os.path.exists("./model/siglip2-base-p32-256-ve"): print("missing")',
      '    # get_vision_model("./model/siglip2-base-p32-256-ve")',
    ].join('\n');
    const { references } = python.extract(makeSourceFile('eval_vlm.py', text)) as ExtractResult;
    expect(references.filter((r) => r.source === 'local').map((r) => [r.id, r.line])).toEqual([
      ['./model/siglip2-base-p32-256-ve', 5],
      ['./model/siglip2-base-p32-256-ve', 9],
    ]);
  });
});

describe('python: a reported folder given again to a call that prepares or copies it (lead review, session 31)', () => {
  it('reads the folder where a pipeline loads it, not where a test prepares or copies it', () => {
    // modelscope/modelscope tests/pipelines/test_builder.py:70 and :76
    const text = [
      "        self.prepare_dir('/tmp/custom_single_model', 'custom_single_model')",
      "        shutil.copytree('/tmp/custom_single_model', '/tmp/backup')",
      "        pipe = pipeline(Tasks.image_classification, model='/tmp/custom_single_model')",
    ].join('\n');
    const rows = (python.extract(makeSourceFile('test_builder.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(rows).toEqual([['/tmp/custom_single_model', 3]]);
  });
});

describe('python: a folder join the code makes (lead review, session 31)', () => {
  it('reads no model from a join assigned to a variable the next lines mkdir, and still reads one loaded', () => {
    // zylon-ai/private-gpt tests/components/llm/tokenizers/models/test_validation_logic.py:223-224
    const text = [
      'test_dir = hf_cache_dir / "mistral_model"',
      'test_dir.mkdir()',
      'out_dir = os.path.join(checkpoint_dir, "qwen2-7b-lora")',
      'os.makedirs(out_dir, exist_ok=True)',
      'vae_path = self.root / "sdxl-vae-fp16-fix"',
      'vae = AutoencoderKL.from_pretrained(str(vae_path))',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('test_validation_logic.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(rows).toEqual([['sdxl-vae-fp16-fix', 5]]);
  });
});

describe('python: a training output the file loads back (lead, session 32)', () => {
  it('reads the --output_dir default that a later constructor loads by model_name_or_path, not one only written to', () => {
    // shibing624/text2vec examples/training_sup_text_matching_model.py:50 and :82
    const text = [
      "    parser.add_argument('--output_dir', default='./outputs/STS-B-model', type=str, help='Model output directory')",
      "    parser.add_argument('--logging_dir', default='./logs', type=str)",
      '    args = parser.parse_args()',
      '    if args.do_train:',
      '        model.train_model(output_dir=args.output_dir, num_epochs=args.num_epochs)',
      '    if args.do_predict:',
      '        model = CosentModel(model_name_or_path=args.output_dir, encoder_type=args.encoder_type)',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('training_sup_text_matching_model.py', text)) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);
    expect(rows).toEqual([['./outputs/STS-B-model', 1, 'local']]);
  });

  it('reads an --output_dir default a model-named variable is built from', () => {
    // shibing624/pycorrector examples/macbert/predict.py:16 and :20
    const text = [
      '    parser.add_argument("--output_dir", default="./outputs-macbert4csc", type=str, help="Dir for model save.")',
      '    args = parser.parse_args()',
      '    m = MacBertCorrector(args.output_dir)',
      '    out = os.path.join(args.output_dir, "preds.txt")',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('predict.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(rows).toEqual([['./outputs-macbert4csc', 1]]);
  });

  it('keeps an --output_dir the file only saves to an output', () => {
    const text = [
      "    parser.add_argument('--output_dir', default='./outputs/sft', type=str)",
      '    trainer.save_model(args.output_dir)',
      '    tokenizer.save_pretrained(args.output_dir)',
    ].join('\n');
    expect((python.extract(makeSourceFile('train.py', text)) as ExtractResult).references).toEqual([]);
  });
});

describe('python: KenLM language models in a file that loads one (lead, session 32)', () => {
  it('reads the .klm file, its download URL and the joined path, each as the file', () => {
    // shibing624/text2vec text2vec/ngram.py:23-33
    const text = [
      '            get_file(',
      "                'zh_giga.no_cna_cmn.prune01244.klm',",
      "                'https://deepspeech.bj.bcebos.com/zh_lm/zh_giga.no_cna_cmn.prune01244.klm',",
      '                extract=True, cache_subdir=cache_folder)',
      "            language_model_path = os.path.join(cache_folder, 'zh_giga.no_cna_cmn.prune01244.klm')",
      '        import kenlm',
      '        self.lm = kenlm.Model(language_model_path)',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('ngram.py', text)) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);
    expect(rows).toEqual([
      ['zh_giga.no_cna_cmn.prune01244.klm', 2, 'local'],
      ['zh_giga.no_cna_cmn.prune01244.klm', 3, 'local'],
      ['zh_giga.no_cna_cmn.prune01244.klm', 5, 'local'],
    ]);
  });

  it('reads no .klm name in a file that loads no KenLM model', () => {
    // shibing624/pycorrector conftest.py:56: the name only, handed to a download helper
    const text = "TINY_LM = 'people_chars_lm.klm'\ntiny_lm_path = get_file(TINY_LM, TINY_LM_URL)";
    expect((python.extract(makeSourceFile('conftest.py', text)) as ExtractResult).references).toEqual([]);
  });
});

describe('python: a model path option whose default is a bare folder named with a parameter count (lead, session 32)', () => {
  it('reads share4v-7b as a local folder, and no hosted name or bare word', () => {
    // InternLM/InternLM-XComposer projects/ShareGPT4V/share4v/eval/model_vqa_qbench.py:120; FlagOpen/FlagEmbedding's
    // research/Reinforced_IR/data_generation/generate_universal_query.py:13 (a hosted model's name)
    const text = [
      '    parser.add_argument("--model-path", type=str, default="share4v-7b")',
      '    parser.add_argument("--model-base", type=str, default=None)',
      '    parser.add_argument(\'--generate_model_path\', type=str, default="gpt-4o-mini")',
      "    parser.add_argument('--model_dir', type=str, default='checkpoints')",
      "    parser.add_argument('--output_model_path', type=str, default='llama-7b-sft')",
    ].join('\n');
    const rows = (python.extract(makeSourceFile('model_vqa_qbench.py', text)) as ExtractResult).references
      .filter((r) => r.source === 'local')
      .map((r) => [r.id, r.line]);
    expect(rows).toEqual([['share4v-7b', 1]]);
  });
});

describe('python: model loads written as config keywords and dict picks (held-out hpcaitech/Open-Sora, fudan-generative-vision/hallo, round 36, session 32)', () => {
  const rows = (relPath: string, text: string) =>
    (python.extract(makeSourceFile(relPath, text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads a `from_pretrained=` keyword holding a folder named like a model, not a generic folder (configs/diffusion/inference/256px.py)', () => {
    // hpcaitech/Open-Sora configs/diffusion/inference/256px.py:56-76 (cut), plus a generic folder that names no model.
    const text = [
      'ae = dict(',
      '    type="hunyuan_vae",',
      '    from_pretrained="./ckpts/hunyuan_vae.safetensors",',
      '    in_channels=3,',
      ')',
      't5 = dict(',
      '    type="text_embedder",',
      '    from_pretrained="./ckpts/google/t5-v1_1-xxl",',
      '    max_length=512,',
      ')',
      'clip = dict(',
      '    type="text_embedder",',
      '    from_pretrained="./ckpts/openai/clip-vit-large-patch14",',
      ')',
      'lora = dict(from_pretrained="./outputs")',
      '',
    ].join('\n');
    expect(rows('configs/diffusion/inference/256px.py', text).sort((a, b) => Number(a[2]) - Number(b[2]))).toEqual([
      ['./ckpts/hunyuan_vae.safetensors', 'local', 3],
      ['./ckpts/google/t5-v1_1-xxl', 'local', 8],
      ['./ckpts/openai/clip-vit-large-patch14', 'local', 13],
    ]);
  });

  it('reads every Hub id of a dict a variable is picked from (by key, nested, `.get`) and given to a loader (gradio/app.py)', () => {
    // hpcaitech/Open-Sora gradio/app.py:22-33 and :110-124 (cut); CONFIG_MAP's values are config files, never loaded.
    const text = [
      'CONFIG_MAP = {',
      '    "v1.3": "configs/opensora-v1-3/inference/t2v.py",',
      '}',
      'HF_STDIT_MAP = {',
      '    "t2v": {',
      '        "360p": "hpcaitech/OpenSora-STDiT-v4-360p",',
      '        "720p": "hpcaitech/OpenSora-STDiT-v4",',
      '    },',
      '    "i2v": "hpcaitech/OpenSora-STDiT-v4-i2v",',
      '}',
      'def build_models(mode, resolution):',
      '    config = read_config(CONFIG_MAP["v1.3"])',
      '    if mode == "i2v":',
      '        weight_path = HF_STDIT_MAP["i2v"]',
      '    else:  # t2v',
      '        weight_path = HF_STDIT_MAP["t2v"].get(resolution, None)',
      '    stdit = STDiT3.from_pretrained(weight_path, **model_kwargs).cuda()',
      '',
    ].join('\n');
    expect(rows('gradio/app.py', text)).toEqual([
      ['hpcaitech/OpenSora-STDiT-v4-360p', 'huggingface', 6],
      ['hpcaitech/OpenSora-STDiT-v4', 'huggingface', 7],
      ['hpcaitech/OpenSora-STDiT-v4-i2v', 'huggingface', 9],
    ]);
    // The same dict picked into a variable no loader takes is not read.
    expect(rows('gradio/app.py', text.replace('STDiT3.from_pretrained(weight_path,', 'print(weight_path,'))).toEqual([]);
  });

  it("reads a URL keyed as a weights file is in another dict (taming's LPIPS download), not a URL keyed otherwise (opensora/models/vae/lpips.py)", () => {
    // hpcaitech/Open-Sora opensora/models/vae/lpips.py:13-17 (PKU-YuanGroup/Open-Sora-Plan's taming_download.py is the same).
    const text = [
      'URL_MAP = {"vgg_lpips": "https://heibox.uni-heidelberg.de/f/607503859c864bc1b30b/?dl=1"}',
      '',
      'CKPT_MAP = {"vgg_lpips": "vgg.pth"}',
      '',
      'MD5_MAP = {"vgg_lpips": "d507d7349b931f0638a25a48a722f98a"}',
      'DOCS = {"home": "https://github.com/CompVis/taming-transformers"}',
      '',
      'def get_ckpt_path(name, root=".", check=False):',
      '    path = os.path.join(root, CKPT_MAP[name])',
      '    if not os.path.exists(path):',
      '        print("Downloading {} model from {} to {}".format(name, URL_MAP[name], path))',
      '        download(URL_MAP[name], path)',
      '    return path',
      '',
    ].join('\n');
    expect(rows('opensora/models/vae/lpips.py', text)).toEqual([['https://heibox.uni-heidelberg.de/f/607503859c864bc1b30b/?dl=1', 'local', 1]]);
  });

  it('reads a weights file joined to a checkpoint folder where it is loaded, not in the message printed after (scripts/inference.py)', () => {
    // fudan-generative-vision/hallo scripts/inference.py:244-251.
    const text = [
      '    audio_ckpt_dir = config.audio_ckpt_dir',
      '    m,u = net.load_state_dict(',
      '        torch.load(',
      '            os.path.join(audio_ckpt_dir, "net.pth"),',
      '            map_location="cpu",',
      '        ),',
      '    )',
      '    assert len(m) == 0 and len(u) == 0, "Fail to load correct checkpoint."',
      '    print("loaded weight from ", os.path.join(audio_ckpt_dir, "net.pth"))',
      '    logger.info("loaded %s", os.path.join(audio_ckpt_dir, "net.pth"))',
      '',
    ].join('\n');
    expect(rows('scripts/inference.py', text)).toEqual([['net.pth', 'local', 4]]);
  });
});

describe('python: held-out round 36 shapes (session 32)', () => {
  const rows = (relPath: string, text: string) =>
    (python.extract(makeSourceFile(relPath, text)) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);

  it("reads faster-whisper's download_model by the size names WhisperModel takes, only from faster_whisper", () => {
    // SYSTRAN/faster-whisper tests/test_utils.py:3, :15, :28
    const text = [
      'from faster_whisper import available_models, download_model',
      '',
      'def test_download_model(tmpdir):',
      '    output_dir = str(tmpdir.join("model"))',
      '    model_dir = download_model("tiny", output_dir=output_dir)',
      '    download_model("tiny", cache_dir=cache_dir)',
    ].join('\n');
    expect(rows('tests/test_utils.py', text)).toEqual([
      ['Systran/faster-whisper-tiny', 5, 'huggingface'],
      ['Systran/faster-whisper-tiny', 6, 'huggingface'],
    ]);
    // Another package's download_model takes its own names.
    expect(rows('fetch.py', 'from mytools import download_model\ndownload_model("tiny")\n')).toEqual([]);
  });

  it('reads a weights file joined onto a folder named for a kind of diffusion weights (.bin too), not a conventional or saved one', () => {
    // lllyasviel/Fooocus modules/config.py:888-894, :931, :958, :979; modules/core.py:229; extras/vae_interpose.py:82
    const text = [
      'def downloading_controlnet_canny():',
      '    load_file_from_url(',
      "        url='https://huggingface.co/lllyasviel/misc/resolve/main/control-lora-canny-rank128.safetensors',",
      '        model_dir=path_controlnet,',
      "        file_name='control-lora-canny-rank128.safetensors'",
      '    )',
      "    return os.path.join(path_controlnet, 'control-lora-canny-rank128.safetensors')",
      "        results += [os.path.join(path_controlnet, 'ip-adapter-plus_sdxl_vit-h.bin')]",
      "    return os.path.join(path_safety_checker, 'stable-diffusion-safety-checker.bin')",
      "    return os.path.join(path_sam, 'sam_vit_b_01ec64.pth')",
      "    head_file = os.path.join(path_inpaint, 'fooocus_inpaint_head.pth')",
      "    vae_approx_filename = os.path.join(path_vae_approx, 'xlvaeapp.pth' if is_sdxl else 'vaeapp_sd15.pth')",
      "lora_weights = os.path.join(lora_path, 'pytorch_lora_weights.bin')",
      'save_file(lora_params, os.path.join(lora_path, "my_lora.safetensors"))',
      'stats = os.path.join(data_dir, "features.bin")',
    ].join('\n');
    expect(rows('modules/config.py', text).filter((r) => r[2] === 'local')).toEqual([
      ['control-lora-canny-rank128.safetensors', 7, 'local'],
      ['ip-adapter-plus_sdxl_vit-h.bin', 8, 'local'],
      ['stable-diffusion-safety-checker.bin', 9, 'local'],
      ['sam_vit_b_01ec64.pth', 10, 'local'],
      ['fooocus_inpaint_head.pth', 11, 'local'],
      ['xlvaeapp.pth', 12, 'local'],
      ['vaeapp_sd15.pth', 12, 'local'],
    ]);
  });

  it("reads an adapter file in a weights folder held by an f-string with nothing to interpolate and given to an adapter's loader", () => {
    // InstantID/InstantID infer.py:43-44, :57
    const text = [
      "    face_adapter = f'./checkpoints/ip-adapter.bin'",
      "    controlnet_path = f'./checkpoints/ControlNetModel'",
      '    pipe.load_ip_adapter_instantid(face_adapter)',
      "    template = f'./checkpoints/{name}.bin'",
      '    pipe.load_ip_adapter_instantid(template)',
      "    stats = f'./checkpoints/stats.bin'",
      '    print(stats)',
    ].join('\n');
    expect(rows('infer.py', text)).toEqual([['./checkpoints/ip-adapter.bin', 1, 'local']]);
  });

  it('reads the LoRA files a class named for LoRAs holds, not a conventional name, a None member or another class', () => {
    // lllyasviel/Fooocus modules/flags.py:131-144
    const text = [
      'class PerformanceLoRA(Enum):',
      '    QUALITY = None',
      '    SPEED = None',
      "    EXTREME_SPEED = 'sdxl_lcm_lora.safetensors'",
      "    LIGHTNING = 'sdxl_lightning_4step_lora.safetensors'",
      "    HYPER_SD = 'sdxl_hyper_sd_4step_lora.safetensors'",
      "    SAVED = 'adapter_model.safetensors'",
      '',
      '',
      'class Steps(IntEnum):',
      "    QUALITY = 'quality.safetensors'",
    ].join('\n');
    expect(rows('modules/flags.py', text)).toEqual([
      ['sdxl_lcm_lora.safetensors', 4, 'local'],
      ['sdxl_lightning_4step_lora.safetensors', 5, 'local'],
      ['sdxl_hyper_sd_4step_lora.safetensors', 6, 'local'],
    ]);
  });
  it("reads a weights file joined onto the folder a package's helper names for its assets, not onto another helper's", () => {
    // SYSTRAN/faster-whisper faster_whisper/vad.py:288-292 (its docstring line left out)
    const text = [
      '@functools.lru_cache',
      'def get_vad_model():',
      '    path = os.path.join(get_assets_path(), "silero_vad_v6.onnx")',
      '    return SileroVADModel(path)',
      'out = os.path.join(get_output_dir(), "exported.onnx")',
    ].join('\n');
    expect(rows('faster_whisper/vad.py', text)).toEqual([['silero_vad_v6.onnx', 3, 'local']]);
  });
});

describe('python: Hub helpers, loader tables and URL tables (held-out round 36, session 32)', () => {
  const rows = (path: string, text: string) =>
    (python.extract(makeSourceFile(path, text)) as ExtractResult).references
      .map((r) => [r.id, r.line, r.context ?? 'code'])
      .sort((a, b) => (a[1] as number) - (b[1] as number));

  it("reads a project's own `*_from_hf` helper's Hub id, on the call's line or the next, and not a dataset reader's", () => {
    // Plachtaa/seed-vc train.py:123, seed_vc_wrapper.py:49-52 and app_vc.py:53-55 (hf_utils.load_custom_model_from_hf wraps hf_hub_download).
    const text = [
      'from hf_utils import load_custom_model_from_hf',
      'campplus_sd_path = load_custom_model_from_hf("funasr/campplus", "campplus_cn_common.bin", config_filename=None)',
      'dit_checkpoint_path, dit_config_path = load_custom_model_from_hf(',
      '    "Plachta/Seed-VC",',
      '    "DiT_seed_v2_uvit_whisper_small_wavenet_bigvgan_pruned.pth",',
      '    "config_dit_mel_seed_uvit_whisper_small_wavenet.yml"',
      ')',
      'result = reader._read_from_hf("test/dataset", split="train")',
      'path = load_from_hf(model_path, "non_lora_trainables.bin")',
    ].join('\n');
    expect(rows('seed_vc_wrapper.py', text)).toEqual([
      ['funasr/campplus', 2, 'code'],
      ['Plachta/Seed-VC', 4, 'code'],
    ]);
  });

  it("reads every Hub id of a table a loader is given an entry of by a variable's subscript, and the weight URLs a URL download takes", () => {
    // myshell-ai/MeloTTS melo/download_utils.py:7-64 (cut down).
    const text = [
      'from cached_path import cached_path',
      'from huggingface_hub import hf_hub_download',
      'DOWNLOAD_CKPT_URLS = {',
      "    'EN': 'https://myshell-public-repo-host.s3.amazonaws.com/openvoice/basespeakers/EN/checkpoint.pth',",
      '}',
      'DOWNLOAD_CONFIG_URLS = {',
      "    'EN': 'https://myshell-public-repo-host.s3.amazonaws.com/openvoice/basespeakers/EN/config.json',",
      '}',
      'PRETRAINED_MODELS = {',
      "    'G.pth': 'https://myshell-public-repo-host.s3.amazonaws.com/openvoice/basespeakers/pretrained/G.pth',",
      '}',
      'LANG_TO_HF_REPO_ID = {',
      "    'EN': 'myshell-ai/MeloTTS-English',",
      "    'ZH': 'myshell-ai/MeloTTS-Chinese',",
      '}',
      'SPEAKERS = {',
      "    'EN': 'voices/en-us',",
      '}',
      'def load_or_download_config(language, use_hf=True):',
      '    if use_hf:',
      '        config_path = hf_hub_download(repo_id=LANG_TO_HF_REPO_ID[language], filename="config.json")',
      '    else:',
      '        config_path = cached_path(DOWNLOAD_CONFIG_URLS[language])',
      'def load_or_download_model(language, use_hf=True):',
      '    if not use_hf:',
      '        ckpt_path = cached_path(DOWNLOAD_CKPT_URLS[language])',
      '    voice = open(SPEAKERS[language])',
      'def load_pretrain_model():',
      '    return [cached_path(url) for url in PRETRAINED_MODELS.values()]',
    ].join('\n');
    expect(rows('melo/download_utils.py', text)).toEqual([
      ['https://myshell-public-repo-host.s3.amazonaws.com/openvoice/basespeakers/EN/checkpoint.pth', 4, 'code'],
      ['https://myshell-public-repo-host.s3.amazonaws.com/openvoice/basespeakers/pretrained/G.pth', 10, 'code'],
      ['myshell-ai/MeloTTS-English', 13, 'code'],
      ['myshell-ai/MeloTTS-Chinese', 14, 'code'],
    ]);
  });
  it("reads MediaPipe's `model_asset_path=` file and a path written through a one-argument `os.path.join`", () => {
    // Zejun-Yang/AniPortrait src/utils/mp_utils.py:23,34 and src/utils/frame_interpolation.py:13-15.
    const text = [
      'from mediapipe.tasks import python',
      "base_options = python.BaseOptions(model_asset_path=os.path.join(CUR_DIR, 'mp_models/face_landmarker_v2_with_blendshapes.task'))",
      "det_base_options = python.BaseOptions(model_asset_path=os.path.join(CUR_DIR, 'mp_models/blaze_face_short_range.tflite'))",
      "# base_options = python.BaseOptions(model_asset_path='old/face_landmarker.task')",
      "options = python.BaseOptions(model_asset_path='assets/config.json')",
      'def init_frame_interpolation_model():',
      '    checkpoint_name = os.path.join("./pretrained_model/film_net_fp16.pt")',
      "    model = torch.jit.load(checkpoint_name, map_location='cpu')",
      '    out_name = os.path.join("./outputs", "video.mp4")',
    ].join('\n');
    expect(rows('src/utils/mp_utils.py', text)).toEqual([
      ['mp_models/face_landmarker_v2_with_blendshapes.task', 2, 'code'],
      ['mp_models/blaze_face_short_range.tflite', 3, 'code'],
      // Commented-out code is read as a comment, as elsewhere.
      ['old/face_landmarker.task', 4, 'comment'],
      ['./pretrained_model/film_net_fp16.pt', 7, 'code'],
    ]);
  });
  it('reads a weights file given to a class or an init_model-like call, not to pathlib, a macro, a URL or a run file', () => {
    // Plachtaa/seed-vc eval.py:56-61 and :260.
    const text = [
      'mos_computer = DNSMOSComputer(',
      '    "baselines/dnsmos/sig_bak_ovr.onnx",',
      '    "baselines/dnsmos/model_v8.onnx",',
      '    device="cuda",',
      ')',
      'wavlm_model = init_model("wavlm_large", "D:/wavlm_large_finetune.pth")',
      'cfg = ModelConfig("models/train/Wan2.1-T2V-1.3B_full_distill/epoch-1.safetensors")',
      'p = Path("out/full/alpaca/lit_model_finetuned.pth")',
      "w = DOWNLOAD_TO_CACHE('models/xlm_roberta/xlm_roberta_large.pth')",
      'x = Input("file:///tmp/models/granite-3b-code-base.Q4_K_M.gguf")',
    ].join('\n');
    expect(rows('eval.py', text)).toEqual([
      ['baselines/dnsmos/sig_bak_ovr.onnx', 2, 'code'],
      ['baselines/dnsmos/model_v8.onnx', 3, 'code'],
      ['D:/wavlm_large_finetune.pth', 6, 'code'],
    ]);
  });
});

describe("python: Chinese-CLIP's load_from_name (held-out round 36, issue #15, session 32)", () => {
  // OFA-Sys/Chinese-CLIP README.md:194-201 and README_En.md:192-199 (python blocks): `load_from_name` downloads the
  // repository its _MODELS table names (cn_clip/clip/utils.py), from the Hub, or from ModelScope with `use_modelscope=True`.
  const found = async (text: string) =>
    ((await python.extract(makeSourceFile('demo.py', text))) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reports the catalogue name as the repository downloaded, on the Hub or on ModelScope as the call says', async () => {
    const text = [
      'import cn_clip.clip as clip',
      'from cn_clip.clip import load_from_name, available_models',
      'device = "cuda" if torch.cuda.is_available() else "cpu"',
      'model, preprocess = load_from_name("ViT-B-16", device=device, download_root=\'./\')',
      'model, preprocess = load_from_name("ViT-B-16", device=device, download_root=\'./\', use_modelscope=True)',
      "model, preprocess = clip.load_from_name('RN50', device=device)",
    ].join('\n');
    expect(await found(text)).toEqual([
      ['OFA-Sys/chinese-clip-vit-base-patch16', 'huggingface', 4],
      ['AI-ModelScope/chinese-clip-vit-base-patch16', 'modelscope', 5],
      ['OFA-Sys/chinese-clip-rn50', 'huggingface', 6],
    ]);
  });

  it('reads no catalogue name from a load_from_name of another package, nor a name the catalogue lacks', async () => {
    expect(await found(['from mytools import load_from_name', 'model = load_from_name("ViT-B-16")'].join('\n'))).toEqual([]);
    expect(await found(['from cn_clip.clip import load_from_name', 'model = load_from_name("ViT-B-32")'].join('\n'))).toEqual([]);
  });
});

describe('python: a weights file under a ${VAR} root (held-out round 36, issue #15, session 32)', () => {
  // OFA-Sys/Chinese-CLIP deployment.md:84-90 and 230-232 (python blocks, "请替换${DATAPATH}为实际的路径"): the ONNX model and the
  // TensorRT engine the code loads, under the root the reader fills in.
  const found = async (text: string) =>
    ((await python.extract(makeSourceFile('deploy_demo.py', text))) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads the file as written, local, where it is assigned', async () => {
    const text = [
      'import onnxruntime',
      'from cn_clip.deploy.tensorrt_utils import TensorRTModel',
      '# 载入ONNX图像侧模型（**请替换${DATAPATH}为实际的路径**）',
      'img_sess_options = onnxruntime.SessionOptions()',
      'img_onnx_model_path="${DATAPATH}/deploy/vit-b-16.img.fp16.onnx"',
      'img_session = onnxruntime.InferenceSession(img_onnx_model_path,',
      '                                        sess_options=img_sess_options,',
      '                                        providers=["CUDAExecutionProvider"])',
      'img_trt_model_path="${DATAPATH}/deploy/vit-b-16.img.fp16.trt"',
      'img_trt_model = TensorRTModel(img_trt_model_path)',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['${DATAPATH}/deploy/vit-b-16.img.fp16.onnx', 'local', 5],
      ['${DATAPATH}/deploy/vit-b-16.img.fp16.trt', 'local', 9],
    ]);
  });

  it('reads no data file under such a root, nor a templated file name', async () => {
    const text = [
      'import onnxruntime',
      'text_data_path = "${DATAPATH}/datasets/MUGE/valid_texts.jsonl"',
      'model_path = "${DATAPATH}/deploy/${MODEL_NAME}.onnx"',
      'session = onnxruntime.InferenceSession(model_path)',
    ].join('\n');
    expect(await found(text)).toEqual([]);
  });
});

describe('held-out round 36 (session 32): tokenizer options', () => {
  it("reads a tokenizer option's Hub id default, whatever carries it to the loader, and no tokenizer type or folder", () => {
    // THUDM/CogVLM basic_demo/cli_demo_hf.py:17-27 (cut): the path reaches LlamaTokenizer.from_pretrained through a constant.
    const text = [
      'parser = argparse.ArgumentParser()',
      'parser.add_argument("--from_pretrained", type=str, default="THUDM/cogagent-chat-hf", help=\'pretrained ckpt\')',
      'parser.add_argument("--local_tokenizer", type=str, default="lmsys/vicuna-7b-v1.5", help=\'tokenizer path\')',
      'parser.add_argument("--tokenizer-type", type=str, default="GPT2BPETokenizer")',
      'parser.add_argument("--tokenizer_dir", type=str, default="./tokenizer")',
      'args = parser.parse_args()',
      'TOKENIZER_PATH = args.local_tokenizer',
      'tokenizer = LlamaTokenizer.from_pretrained(TOKENIZER_PATH)',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('basic_demo/cli_demo_hf.py', text)) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);
    expect(rows).toEqual([
      ['THUDM/cogagent-chat-hf', 2, 'huggingface'],
      ['lmsys/vicuna-7b-v1.5', 3, 'huggingface'],
    ]);
  });
});

describe("held-out round 38 (session 34): a tokenizer option defaulting to the model option's folder", () => {
  it('reads the tokenizer folder a model option of the same file also defaults to; not a tokenizer folder of its own', () => {
    // xverse-ai/XVERSE-13B chat_demo.py:63-68 (cut); the last option is a near miss: a folder named for no model option.
    const text = [
      'parser.add_argument("--title", type=str, default="XVERSE-13B-Chat", help="server title")',
      'parser.add_argument("--model_path", type=str, default="./XVERSE-13B-Chat", help="model path")',
      'parser.add_argument("--tokenizer_path", type=str, default="./XVERSE-13B-Chat", help="Path to the tokenizer.")',
      'parser.add_argument("--tokenizer_dir", type=str, default="./tokenizer")',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('chat_demo.py', text)) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);
    expect(rows).toEqual([
      ['./XVERSE-13B-Chat', 2, 'local'],
      ['./XVERSE-13B-Chat', 3, 'local'],
    ]);
  });
});

describe('held-out round 38 (session 34): mistral-inference loads a folder', () => {
  it("reads `Transformer.from_folder(...)` where Transformer is mistral_inference's; not another library's from_folder", () => {
    // mistralai/mistral-inference README.md:362-369 (a python block, cut); the near miss is smolagents' agent loader.
    const text = [
      'from mistral_inference.transformer import Transformer',
      'from smolagents import CodeAgent',
      'model = Transformer.from_folder("./mistral_22b_codestral")',
      'agent = CodeAgent.from_folder("./my_agent")',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('infer.py', text)) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);
    expect(rows).toEqual([['./mistral_22b_codestral', 3, 'local']]);
  });
});

describe("held-out round 36 (session 32): DashScope's model constants", () => {
  it('reads `Generation.Models.qwen_turbo` as the DashScope model it holds, only where dashscope is imported', () => {
    // QwenLM/Qwen recipes/inference/dashscope/README.md:30-37 (cut), as a .py file.
    const text = [
      'import dashscope',
      'from dashscope import Generation',
      'resp = Generation.call(',
      '    Generation.Models.qwen_turbo,',
      "    messages=[{'role': 'user', 'content': 'hi'}],",
      ')',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('qwen_api.py', text)) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);
    expect(rows).toEqual([['dashscope/qwen-turbo', 4, 'api']]);
    const other = 'from myproject import Generation\nx = Generation.Models.qwen_turbo\n';
    expect((python.extract(makeSourceFile('gen.py', other)) as ExtractResult).references).toEqual([]);
  });
});

describe("python: a library enum only one provider's API serves (lead, session 32)", () => {
  it("reports DashScope's SDK constants as DashScope's models, whatever their names", () => {
    // zhayujie/chatgpt-on-wechat models/dashscope/dashscope_bot.py:22-27
    const text = [
      'import dashscope',
      'dashscope_models = {',
      '    "qwen-turbo": dashscope.Generation.Models.qwen_turbo,',
      '    "qwen-bailian-v1": dashscope.Generation.Models.bailian_v1,',
      '}',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('dashscope_bot.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(rows).toEqual([
      ['dashscope/qwen-turbo', 3],
      ['dashscope/bailian-v1', 4],
    ]);
  });
});

describe("python: a project's Hub helper whose result is a dataset (lead review, session 32)", () => {
  it('reads the model a helper loads, not the dataset FiftyOne loads from the Hub', () => {
    // huggingface/hub-docs docs/hub/datasets-fiftyone.md:49; Plachtaa/seed-vc's load_custom_model_from_hf
    const text = [
      'import fiftyone.utils.huggingface as fouh',
      'dataset = fouh.load_from_hub("Voxel51/VisDrone2019-DET")',
      'model = load_custom_model_from_hf("funasr/campplus", "campplus_cn_common.bin", config_filename=None)',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('demo.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(rows).toEqual([['funasr/campplus', 3]]);
  });
});

describe('python: held-out round 37 (session 33, lead)', () => {
  it('reads the literal at the end of a chain of fallbacks, and no device option a built model is moved to', () => {
    // THUDM/WebGLM model/modeling_webglm.py:9-10, 55-56 and train_retriever.py:141, 164 (cut).
    const text = [
      'class WebGLM:',
      '    def __init__(self, webglm_ckpt_path, retriever_ckpt_path, device=None):',
      '        self.tokenizer = AutoTokenizer.from_pretrained(webglm_ckpt_path, trust_remote_code=True)',
      '        self.model = AutoModelForSeq2SeqLM.from_pretrained(webglm_ckpt_path, trust_remote_code=True)',
      '',
      'def load_model(args):',
      '    webglm_ckpt_path = args.webglm_ckpt_path or os.getenv("WEBGLM_CKPT") or \'THUDM/WebGLM\'',
      '    retiever_ckpt_path = args.retriever_ckpt_path or os.getenv("WEBGLM_RETRIEVER_CKPT")',
      '',
      'if __name__ == "__main__":',
      '    args.add_argument("--device", type=str, default="cuda")',
      '    model = Retriever()',
      '    model = model.to(args.device)',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('modeling_webglm.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(rows).toEqual([['THUDM/WebGLM', 7]]);
  });

  it("reads no fallback chain a variable is assigned again, nor a call's keyword", () => {
    // paperless-ngx/paperless-ngx src/paperless_ai/client.py:40-99 (cut): the Ollama branch's endpoint is no base URL of the
    // OpenAI-like branch, which sets `endpoint` again.
    const text = [
      'from llama_index.llms.ollama import Ollama',
      'from llama_index.llms.openai_like import OpenAILike',
      'if backend == "ollama":',
      '    endpoint = self.settings.llm_endpoint or "http://localhost:11434"',
      '    return Ollama(',
      '        model=self.settings.llm_model or "llama3.1",',
      '        base_url=endpoint,',
      '    )',
      'else:',
      '    endpoint = self.settings.llm_endpoint or None',
      '    return OpenAILike(',
      '        model=self.settings.llm_model or "gpt-3.5-turbo",',
      '        api_base=endpoint,',
      '    )',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('client.py', text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);
    expect(rows).toContainEqual(['llama3.1', 'ollama', 6]);
    expect(rows).not.toContainEqual(['gpt-3.5-turbo', 'ollama', 12]);
  });

  it("reads no Hub id under a checkpoint keyword whose folder is the project's `asset/`", () => {
    // 2noise/ChatTTS ChatTTS/config/config.py:5-9 (cut): the folders its download fills.
    const text = [
      'from huggingface_hub import snapshot_download',
      'class Path:',
      '    vocos_ckpt_path: str = "asset/Vocos.safetensors"',
      '    gpt_ckpt_path: str = "asset/gpt"',
      'download_path = snapshot_download(repo_id="2Noise/ChatTTS", allow_patterns=["*.yaml", "*.json", "*.safetensors"])',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('config.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(rows).toContainEqual(['2Noise/ChatTTS', 5]);
    expect(rows).not.toContainEqual(['asset/gpt', 4]);
  });

  it("reads no checkpoint part safetensors' load_file is given by a bare name, nor an output path constant", () => {
    // hpcaitech/Open-Sora opensora/utils/ckpt.py:503-515, Blaizzy/mlx-vlm examples/sam3_demo.ipynb (cell), cut.
    const text = [
      'from safetensors.torch import load_file',
      'from huggingface_hub import hf_hub_download',
      'ema_state_dict = load_file(os.path.join(load_dir, "ema.safetensors"))',
      'master_state_dict = load_file(os.path.join(load_dir, "master.safetensors"))',
      'state = load_file("/mnt/Train/out/ip_adapter/sd15_bigG/sd15_bigG_000266000.safetensors")',
      'out_path = "sam3_outputs/4_tracking_video.mp4"',
      'path = hf_hub_download("facebook/sam3", "sam3.pt")',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('ckpt.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(rows.filter(([, line]) => line === 3 || line === 4 || line === 6)).toEqual([]);
    expect(rows.map(([, line]) => line)).toContain(5);
  });
});

describe('python: a checkpoint keyword spelt ckpt (held-out round 37, session 33)', () => {
  it('reads a Hub id given to `ckpt_path=` or assigned to `pretrained_ckpt`, not a folder there', async () => {
    // X-PLUG/mPLUG-DocOwl DocOwl2/README.md:88 (its python block), X-PLUG/mPLUG-Owl mPLUG-Owl/README.md:160,
    // InternLM/InternLM-XComposer InternLM-XComposer-2.5-Reward/evaluation/reward_bench/inference.py:11 (cut).
    const text = [
      'import torch',
      'from transformers import AutoTokenizer, AutoModel',
      "docowl = DocOwlInfer(ckpt_path='mPLUG/DocOwl2')",
      "pretrained_ckpt = 'MAGAer13/mplug-owl-llama-7b'",
      'ckpt_path = "internlm/internlm-xcomposer2d5-7b-reward"',
      "ckpt_path = 'outputs/run1'",
      "ckpt_dir = 'ckpts/run1'",
    ].join('\n');
    const rows = (python.extract(makeSourceFile('inference.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(rows).toEqual([
      ['mPLUG/DocOwl2', 3],
      ['MAGAer13/mplug-owl-llama-7b', 4],
      ['internlm/internlm-xcomposer2d5-7b-reward', 5],
    ]);
  });
});

describe('python: model catalogues of a face-processing app (held-out round 37, session 33)', () => {
  it("reads a download entry's 'path' beside its 'url' as the weights file, not the hash file nor a folder", () => {
    // facefusion/facefusion facefusion/face_detector.py (models-3.0.0 set of retinaface); the last entry, a folder, is made up.
    const text = [
      "\t\t'retinaface':",
      '\t\t{',
      "\t\t\t'hashes':",
      '\t\t\t{',
      "\t\t\t\t'retinaface':",
      '\t\t\t\t{',
      "\t\t\t\t\t'url': resolve_download_url('models-3.0.0', 'retinaface_10g.hash'),",
      "\t\t\t\t\t'path': resolve_relative_path('../.assets/models/retinaface_10g.hash')",
      '\t\t\t\t}',
      '\t\t\t},',
      "\t\t\t'sources':",
      '\t\t\t{',
      "\t\t\t\t'retinaface':",
      '\t\t\t\t{',
      "\t\t\t\t\t'url': resolve_download_url('models-3.0.0', 'retinaface_10g.onnx'),",
      "\t\t\t\t\t'path': resolve_relative_path('../.assets/models/retinaface_10g.onnx')",
      '\t\t\t\t}',
      '\t\t\t}',
      '\t\t},',
      "custom = {'url': None, 'path': resolve_relative_path('../.assets/models/custom')}",
    ].join('\n');
    const rows = (python.extract(makeSourceFile('facefusion/face_detector.py', text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);
    expect(rows).toEqual([['../.assets/models/retinaface_10g.onnx', 'local', 16]]);
  });

  it("reads no option keys from a Literal alias named for a component (FaceSwapperModel), but a published name's there", () => {
    // facefusion/facefusion facefusion/processors/modules/face_swapper/types.py; livekit/agents' turn detector.
    const text = [
      "FaceSwapperModel = Literal['blendswap_256', 'ghost_1_256', 'hyperswap_1a_256', 'inswapper_128', 'simswap_256']",
      "FaceDetectorModel = Literal['many', 'retinaface', 'scrfd', 'yolo_face', 'yunet']",
      'TurnDetectorModels = Literal["turn-detector-v1", "turn-detector-v1-mini"]',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('facefusion/types.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(rows.map(([, line]) => line)).toEqual([3, 3]);
    expect(rows.some(([id]) => /inswapper|retinaface|blendswap/.test(String(id)))).toBe(false);
  });

  it('reads a .pth.tar checkpoint joined onto the checkpoint folder, and not the arguments file a checkpoint keeps', () => {
    // OpenTalker/SadTalker src/utils/init_path.py; Alpha-VLLM/Lumina-T2X lumina_next_t2i/sample.py.
    const text = [
      "        'free_view_checkpoint' : os.path.join(checkpoint_dir, 'facevid2vid_00189-model.pth.tar'),",
      "        'path_of_net_recon_model' : os.path.join(checkpoint_dir, 'epoch_20.pth')",
      '    train_args = torch.load(os.path.join(args.ckpt, "model_args.pth"))',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('src/utils/init_path.py', text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);
    expect(rows).toContainEqual(['facevid2vid_00189-model.pth.tar', 'local', 1]);
    expect(rows.some(([id]) => id === 'model_args.pth')).toBe(false);
  });
});

describe('python: OpenCompass model configs (held-out open-compass/opencompass, round 37)', () => {
  const rows = (name: string, text: string) => (python.extract(makeSourceFile(name, text)) as ExtractResult).references.map((r) => [r.id, r.line]);
  it("reads a hosted API class's `path` beside its key or address, its own local classes, and a class built directly", () => {
    // opencompass/configs/models/bailing_api/bailing-lite-1116.py, telechat/telechat_thinking_v1.py, internlm/internlm_7b.py,
    // mistral/mixtral_8x7b_32k.py; docs/en/user_guides/models.md (`HuggingFaceCausalLM(path=...)`).
    const text = [
      'models = [',
      '    dict(',
      "        path='Bailing-Lite-1116',",
      "        token='',  # set your key here or in environment variable BAILING_API_KEY",
      "        url='https://bailingchat.alipay.com/chat/completions',",
      '        type=BailingAPI,',
      '        max_out_len=11264,',
      '        batch_size=1,',
      '    ),',
      "    dict(type=TeleChat, path='TeleChat-thinking', key='ENV', meta_template=api_meta_template),",
      "    dict(abbr='internlm-7b', type=InternLM, path='./internData/', max_out_len=100, batch_size=16),",
      "    dict(abbr='mixtral-8x7b-32k', type=Mixtral, path='./models/mixtral/mixtral-8x7b-32kseqlen', batch_size=8),",
      "    dict(abbr='x', type=OpenAISDK, path='YOUR_SERVER_MODEL_NAME', key='EMPTY', batch_size=8),",
      "    dict(type=TurboMindAPIModel, abbr='internlm-chat-20b-turbomind', api_key='internlm-chat-20b', batch_size=8),",
      ']',
      "model = HuggingFaceCausalLM(path='huggyllama/llama-7b', max_seq_len=2048)",
    ].join('\n');
    expect(rows('configs/models/mixed.py', text)).toEqual([
      ['openai-compatible/Bailing-Lite-1116', 3],
      ['openai-compatible/TeleChat-thinking', 10],
      ['./internData', 11],
      ['./models/mixtral/mixtral-8x7b-32kseqlen', 12],
      ['huggyllama/llama-7b', 16],
    ]);
  });
  it("reads a model-named parameter whose annotation breaks inside its brackets, not the next line's assignment", () => {
    // opencompass/openicl/icl_retriever/icl_dpp_retriever.py:30-31 (yapf's wrapping)
    const text = [
      'class DPPRetriever(TopkRetriever):',
      '    def __init__(self,',
      '                 sentence_transformers_model_name: Optional[',
      "                     str] = 'all-mpnet-base-v2',",
      '                 batch_size: Optional[int] = 1) -> None:',
      '        pass',
      '',
      'class Settings:',
      '    model_name: Optional[',
      '        str]',
      "    other = 'all-MiniLM-L6-v2'",
    ].join('\n');
    expect(rows('icl_dpp_retriever.py', text)).toEqual([['sentence-transformers/all-mpnet-base-v2', 4]]);
  });
  it("leaves a model's predictions under the project's data folder, which a dict names by the model", () => {
    // opencompass/configs/datasets/subjective/wildbench/wildbench_pair_judge.py:57-61
    const text = [
      "given_pred = [{'abbr': 'gpt4-turbo', 'path':'./data/subjective/WildBench/gpt4'},",
      "              {'abbr': 'llama-2-70b-chat-hf', 'path':'./data/subjective/WildBench/llama2-70b'}]",
      "local = {'abbr': 'qwen', 'path': './data/models/Qwen2.5-7B-Instruct'}",
    ].join('\n');
    expect(rows('wildbench_pair_judge.py', text)).toEqual([['./data/models/Qwen2.5-7B-Instruct', 3]]);
  });
  it('reads a model config picked under read_base() by its name, as `--models <config>` is, not a class import', () => {
    // open-compass/opencompass examples/eval_babilong.py:17-20, docs/en/get_started/quick_start.md:121-126,
    // docs/en/notes/academic.md:21-23 (cut)
    const text = [
      'from mmengine.config import read_base',
      'from opencompass.models import OpenAI',
      '',
      'with read_base():',
      '    from opencompass.configs.datasets.babilong.babilong_0k_gen import babiLong_0k_datasets',
      '    from opencompass.configs.models.hf_internlm.lmdeploy_internlm2_5_7b_chat import \\',
      '        models as lmdeploy_internlm2_5_7b_chat_model',
      '    from .models.opt.hf_opt_125m import opt125m',
      '    # from opencompass.configs.models.qwen.lmdeploy_qwen2_1_5b_instruct import models as q',
      '    from opencompass.models.openai_api import OpenAISDK',
      '',
      'from opencompass.configs.models.claude.claude import models as claude_model',
      'from .models.bert import BertModel',
    ].join('\n');
    expect(rows('examples/eval_babilong.py', text)).toEqual([
      ['openai-compatible/lmdeploy_internlm2_5_7b_chat', 6],
      ['openai-compatible/hf_opt_125m', 8],
      ['openai-compatible/claude', 12],
    ]);
    // A package's own relative import, with no read_base() in the file, is no config.
    expect(rows('pkg/__init__.py', 'from .models.llama.configuration_llama import LlamaConfig\n')).toEqual([]);
  });
});

describe('python conditional expressions (session 33)', () => {
  it('reads both Hub ids a conditional expression picks between (guoyww/AnimateDiff animatediff/utils/util.py:77)', () => {
    const text = [
      'from huggingface_hub import snapshot_download',
      'def auto_download(local_path, is_dreambooth_lora=False):',
      '    hf_repo = "guoyww/animatediff_t2i_backups" if is_dreambooth_lora else "guoyww/animatediff"',
      '    folder = "." if local_path == "" else "models/x"',
      '    snapshot_download(repo_id=hf_repo, local_dir=folder, allow_patterns=[local_path])',
      '',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('animatediff/utils/util.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(rows).toEqual([
      ['guoyww/animatediff_t2i_backups', 3],
      ['guoyww/animatediff', 3],
    ]);
  });
});

describe('python repo/path/id-named constants holding Hub ids (session 33)', () => {
  it("reads an org/name constant named *_PATH, *_ID or a class's *_path in a file that loads from the Hub (ostris/ai-toolkit)", () => {
    // ostris/ai-toolkit extensions_built_in/diffusion_models/boogu_image/boogu_image.py:63, captioner/AceStepCaptioner.py:27,
    // diffusion_models/wan22/wan22_14b_model.py:168 (cut).
    const text = [
      'from transformers import AutoModel',
      'BOOGU_BASE_PATH = "Boogu/Boogu-Image-0.1-Base"',
      'CAPTIONER_ID = "ACE-Step/acestep-captioner"',
      'DATASET_REPO = "HuggingFaceH4/ultrachat_200k"',
      'OUTPUT_PATH = "outputs/boogu-lora"',
      'diffusers_file_path = "segmind/Segmind-Vega"',
      'class Wan22(BaseModel):',
      '    _wan_vae_path = "ai-toolkit/wan2.1-vae"',
      '    def load(self):',
      '        return AutoModel.from_pretrained(self.model_config.name_or_path or BOOGU_BASE_PATH)',
      '',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('boogu_image.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(rows).toEqual([
      ['Boogu/Boogu-Image-0.1-Base', 2],
      ['ACE-Step/acestep-captioner', 3],
      ['segmind/Segmind-Vega', 6],
      ['ai-toolkit/wan2.1-vae', 8],
    ]);
  });

  it('reads no such constant in a file that loads nothing from the Hub', () => {
    const text = ['BOOGU_BASE_PATH = "Boogu/Boogu-Image-0.1-Base"', 'print(BOOGU_BASE_PATH)', ''].join('\n');
    expect((python.extract(makeSourceFile('names.py', text)) as ExtractResult).references).toEqual([]);
  });
});

describe("python safetensors' load_file (session 33)", () => {
  it('reads the weights file load_file is given, not a bare conventional name (ostris/ai-toolkit scripts/patch_te_adapter.py:7-8)', () => {
    const text = [
      'from safetensors.torch import load_file, save_file',
      'attn_dict = load_file("/mnt/Train/out/ip_adapter/sd15_bigG/sd15_bigG_000266000.safetensors")',
      'state_dict = load_file("/home/jaret/Dev/models/hf/OstrisDiffusionV1/unet/diffusion_pytorch_model.safetensors")',
      'other = load_file("diffusion_pytorch_model.safetensors")',
      'save_file(state_dict, "/home/jaret/Dev/models/hf/OstrisDiffusionV1/unet/diffusion_pytorch_model.safetensors")',
      '',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('scripts/patch_te_adapter.py', text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);
    expect(rows).toEqual([
      ['/mnt/Train/out/ip_adapter/sd15_bigG/sd15_bigG_000266000.safetensors', 'local', 2],
      ['/home/jaret/Dev/models/hf/OstrisDiffusionV1/unet/diffusion_pytorch_model.safetensors', 'local', 3],
    ]);
  });
});

describe('python: from_pretrained of a bare name with a parameter count (held-out SkyworkAI/Skywork, round 37, session 33)', () => {
  it('reads the bare sized name as the folder transformers loads, not a legacy Hub id nor a name without a size', () => {
    // SkyworkAI/Skywork README.md:436 and :442 (8-bit online and offline quantization), Alibaba-NLP/DeepResearch
    // WebAgent/AgentFold/infer.py:27; `t5-3b` is a legacy Hub id, `my-model` names no size.
    const text = [
      'model = AutoModelForCausalLM.from_pretrained("skywork-13B-Base", torch_dtype=torch.bfloat16,load_in_8bit=True, trust_remote_code=True).eval()',
      'model = AutoModelForCausalLM.from_pretrained("skywork-13B-Base-8bits", device_map="auto", torch_dtype=torch.bfloat16,trust_remote_code=True).eval()',
      'tokenizer = AutoTokenizer.from_pretrained("qwen3-30b-a3b")',
      'encoder = T5EncoderModel.from_pretrained("t5-3b")',
      'other = AutoModel.from_pretrained("my-model")',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('block.py', text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);
    expect(rows).toEqual([
      ['skywork-13B-Base', 'local', 1],
      ['skywork-13B-Base-8bits', 'local', 2],
      ['qwen3-30b-a3b', 'local', 3],
      ['google-t5/t5-3b', 'huggingface', 4],
    ]);
  });
});

describe("python: a request body's model key holding a folder from the root (held-out IEIT-Yuan/Yuan-2.0, round 37, session 33)", () => {
  it('reads an absolute folder named like a model as that folder, not an API route, a log file or a folder without a digit', () => {
    // IEIT-Yuan/Yuan-2.0 3rdparty/vllm/README_yuan_vllm.md:184-187 (a request to vLLM's /v1/completions, cut), plus
    // values a model key may hold that name no model.
    const text = [
      '        raw_json_data = {',
      '                "model": "/temp_data/LLM_test/Tensorrt-llm-yuan/yuan2B_Janus/",',
      '                "prompt": prompt,',
      '                }',
      'other = {"model": "/api/v2", "model_log": "/tmp/run1.log", "model_name": "/data/ckpt/my_sft_run"}',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('block.py', text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);
    expect(rows).toEqual([['/temp_data/LLM_test/Tensorrt-llm-yuan/yuan2B_Janus', 'local', 2]]);
  });
});

describe("python: an architecture registry's (module, class) pairs (held-out IEIT-Yuan/Yuan-2.0, round 37, session 33)", () => {
  it("reads no model in vLLM's _MODELS, and still reads a models table's Hub ids", () => {
    // IEIT-Yuan/Yuan-2.0 3rdparty/vllm/vllm/model_executor/models/__init__.py:12-23 and :59-60 (cut).
    const text = [
      '_MODELS = {',
      '    "GPT2LMHeadModel": ("gpt2", "GPT2LMHeadModel"),',
      '    "LlamaForCausalLM": ("llama", "LlamaForCausalLM"),',
      '}',
      'def load_model_cls(model_arch):',
      '    if model_arch not in _MODELS:',
      '        return None',
      'EMBED_MODELS = {"small": ("BAAI/bge-small-en-v1.5", "BertModel")}',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('models/__init__.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(rows).toEqual([['BAAI/bge-small-en-v1.5', 8]]);
  });
});

describe('python: option defaults that are no model (held-out round 37, session 33)', () => {
  it("reads a retriever's model folder option, not its embeddings data file nor the device a loaded model moves to", () => {
    // THUDM/LongBench LongBench/retrieval/contriever/passage_retrieval.py:150-152,216,229-231,250 (cut).
    const text = [
      'import argparse',
      'from transformers import AutoModel',
      'parser = argparse.ArgumentParser()',
      'parser.add_argument("--passages_embeddings", type=str, default=\'./data_longbench/mEmbeddings/2wikimqa/0a64d8873482.jsonl\',',
      '                    help="Glob path to encoded passages")',
      'parser.add_argument("--model_name_or_path", type=str, default="facebook/mcontriever")',
      'parser.add_argument("--device", type=str, default=\'cuda\', help="normalize text")',
      'args = parser.parse_args()',
      'model = AutoModel.from_pretrained(args.model_name_or_path)',
      'model = model.to(args.device)',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('passage_retrieval.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(rows).toEqual([['facebook/mcontriever', 6]]);
  });
});

describe('python: Hub repos downloaded into folders named as the cache, by a project helper (held-out round 37, session 33)', () => {
  it('reads a `models--org--name` folder under an f-string root as that repo, not as a local folder; a template names none', () => {
    // jianchang512/pyvideotrans videotrans/process/omnivoice_tts.py:28-29, translator/_base.py:138, tts/_qwenttslocal.py:30
    const text = [
      'from videotrans.configure.config import ROOT_DIR',
      'def load(is_cuda):',
      '    model = OmniVoice.from_pretrained(',
      "            f'{ROOT_DIR}/models/models--k2-fsa--OmniVoice',",
      "            device_map='cpu')",
      '    model_path = f"{ROOT_DIR}/models/models--tencent--Hy-MT2-1.8B"',
      '    tokenizer = AutoTokenizer.from_pretrained(model_path, trust_remote_code=True)',
      "    local_dir = f'{ROOT_DIR}/models/models--Qwen--Qwen3-TTS-12Hz-{size}-Base'",
    ].join('\n');
    const rows = (python.extract(makeSourceFile('omnivoice_tts.py', text)) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);
    expect(rows).toEqual([
      ['k2-fsa/OmniVoice', 4, 'huggingface'],
      ['tencent/Hy-MT2-1.8B', 6, 'huggingface'],
    ]);
    expect(rows.some(([id]) => String(id).startsWith('models/'))).toBe(false);
  });

  it('reads each Hub id given to a helper named for downloading from a hub, from ModelScope when its name says so', () => {
    // jianchang512/pyvideotrans videotrans/task/speech2text.py:212-218, recognition/_moss.py:24-32, tts/_chatterbox.py:28
    const text = [
      'from videotrans.util.help_down import check_and_down_hf, check_and_down_ms',
      'check_and_down_hf(',
      '    speaker_type,',
      '    "pyannote/segmentation-3.0",',
      "    f'{ROOT_DIR}/models/pyannote-seg',",
      '    None)',
      "check_and_down_ms(model_id=f'openmoss/MOSS-Transcribe-Diarize', local_dir=self.local_dir)",
      'check_and_down_hf("", \'resembleAI/chatterbox\', self.local_dir, allow_list=["ve.pt"])',
      'check_and_down_hf(self.model_name, repo_id, self.local_dir)',
      "download_dataset_hf('someone/some-data')",
    ].join('\n');
    const rows = (python.extract(makeSourceFile('speech2text.py', text)) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);
    expect(rows).toEqual([
      ['pyannote/segmentation-3.0', 4, 'huggingface'],
      ['openmoss/MOSS-Transcribe-Diarize', 7, 'modelscope'],
      ['resembleAI/chatterbox', 8, 'huggingface'],
    ]);
  });
});

describe("python: WeNet's own model names (held-out round 37, session 33)", () => {
  it("reads `wenet.load_model(name)` as the upstream Hub model WeNet's Hub converts, and leaves its own names alone", () => {
    // wenet-e2e/wenet runtime/web/app.py:17-22, README.md's python block (cut)
    const text = [
      'import gradio as gr',
      'import wenet',
      "chs_model = wenet.load_model('firered')",
      "en_model = wenet.load_model('whisper-large-v3-turbo')",
      "model = wenet.load_model('wenetspeech')",
    ].join('\n');
    const rows = (python.extract(makeSourceFile('app.py', text)) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);
    expect(rows.filter((r) => r[1] === 3 || r[1] === 4)).toEqual([
      ['FireRedTeam/FireRedASR-AED-L', 3, 'huggingface'],
      ['openai/whisper-large-v3-turbo', 4, 'huggingface'],
    ]);
    // (`wenetspeech`, WeNet's own U2++ Conformer, has no upstream Hub repo: not read as one.)
    expect(rows.filter((r) => r[1] === 5 && String(r[0]).includes('/'))).toEqual([]);
  });
});

describe("python: Whisper's size names joined by commas in one string (held-out round 37, session 33)", () => {
  it('reads each size name of a comma-separated string in a file that names Whisper, not a list of other words', () => {
    // jianchang512/pyvideotrans videotrans/configure/contants.py:70-71, 135 (cut)
    const text = [
      'FASTER_MODELS_DICT = {',
      '    "tiny.en": "Systran/faster-whisper-tiny.en",',
      '}',
      'Whisper_Models = "tiny,tiny.en,base,large-v3-turbo,large-v3"',
      'AUDIO_EXITS = "mp3,wav,aac,flac"',
      'SIZES = "small,medium,large"',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('contants.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(rows.filter((r) => r[1] === 4)).toEqual([
      ['Systran/faster-whisper-tiny', 4],
      ['Systran/faster-whisper-tiny.en', 4],
      ['Systran/faster-whisper-base', 4],
      ['mobiuslabsgmbh/faster-whisper-large-v3-turbo', 4],
      ['Systran/faster-whisper-large-v3', 4],
    ]);
    expect(rows.filter((r) => r[1] === 5 || r[1] === 6)).toEqual([]);
  });
});

describe('python: a rooted folder given to a pipeline or FunASR AutoModel by keyword (held-out round 37, session 33)', () => {
  it("reads `model=`/`vad_model=`/`punc_model=`/`spk_model=` given a folder under the project's root, not a joined name", () => {
    // jianchang512/pyvideotrans videotrans/process/stt_paraformer.py:35-44, stt_funasr.py:53-55 (cut)
    const text = [
      'from funasr import AutoModel',
      'from videotrans.configure.config import ROOT_DIR',
      'model = AutoModel(',
      "    model=f'{ROOT_DIR}/models/speech_seaco_paraformer_large_asr_nat-zh-cn-16k-common-vocab8404-pytorch',",
      "    vad_model=f'{ROOT_DIR}/models/speech_fsmn_vad_zh-cn-16k-common-pytorch',",
      '    punc_model=f"{ROOT_DIR}/models/punc_ct-transformer_zh-cn-common-vocab272727-pytorch",',
      ')',
      "model = AutoModel(model=f'{ROOT_DIR}/models/' + model_name.split('/')[-1])",
      "p = pipeline(task='speaker-diarization', model=f'{ROOT_DIR}/outputs/run1')",
    ].join('\n');
    const rows = (python.extract(makeSourceFile('stt_paraformer.py', text)) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);
    expect(rows).toEqual([
      ['models/speech_seaco_paraformer_large_asr_nat-zh-cn-16k-common-vocab8404-pytorch', 4, 'local'],
      ['models/speech_fsmn_vad_zh-cn-16k-common-pytorch', 5, 'local'],
      ['models/punc_ct-transformer_zh-cn-common-vocab272727-pytorch', 6, 'local'],
    ]);
  });
});

describe('held-out round 38 (session 34): EleutherAI/lm-evaluation-harness shapes', () => {
  const rows = (relPath: string, text: string) =>
    (python.extract({ relPath, size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("reads the BLEURT checkpoint evaluate's bleurt metric is given, not the other metrics", () => {
    // lm_eval/tasks/careqa/utils_open.py:4-10 (cut).
    const text = [
      'try:',
      '    import evaluate',
      '',
      '    bleu = evaluate.load("bleu")',
      '    bertscore = evaluate.load("bertscore")',
      '    bleurt = evaluate.load("bleurt", "bleurt-base-512", module_type="metric")',
      'except (ModuleNotFoundError, ImportError):',
      '    pass',
    ].join('\n');
    expect(rows('lm_eval/tasks/careqa/utils_open.py', text)).toEqual([['bleurt-base-512', 'local', 6]]);
  });

  it('reads a tokenizer default given through kwargs.pop, not a backend default beside it', () => {
    // lm_eval/models/mamba_lm.py:8-14, :57-63 (cut).
    const text = [
      '@register_model("mamba_ssm")',
      'class MambaLMWrapper(HFLM):',
      '    def __init__(',
      '        self,',
      '        pretrained="state-spaces/mamba-130m",',
      '        **kwargs,',
      '    ) -> None:',
      '        super().__init__(',
      '            pretrained=pretrained,',
      '            backend=kwargs.pop("backend", "causal"),',
      '            tokenizer=kwargs.pop("tokenizer", "EleutherAI/gpt-neox-20b"),',
      '        )',
    ].join('\n');
    const found = rows('lm_eval/models/mamba_lm.py', text);
    expect(found).toContainEqual(['EleutherAI/gpt-neox-20b', 'huggingface', 11]);
    // (The other default read with a default is no model: `kwargs.pop("backend", "causal")`.)
    expect(found.filter((r) => r[2] === 10)).toEqual([]);
  });

  it("reads no weights in the offsets a pass over data saves to resume, and no model in a settings object's backend name", () => {
    // scripts/clean_training_data/generate_13_grams.py:92,138 (cut); lm_eval/config/evaluate_config.py:55-58.
    const text = [
      'import os, pickle',
      'def run(directory, working_directory):',
      '    checkpoint_file = os.path.join(directory, "bucket_offsets.ckpt")',
      '    checkpoint_file = os.path.join(working_directory, "pile_offset.ckpt")',
      '    checkpoint_offset = pickle.load(open(checkpoint_file, "rb"))',
      '    model_file = os.path.join(working_directory, "pile-1b.ckpt")',
      'config = EvaluatorConfig(',
      '    model="hf",',
      '    model_args={"pretrained": "gpt2"},',
      ')',
    ].join('\n');
    const found = rows('scripts/clean_training_data/generate_13_grams.py', text);
    expect(found.filter((r) => r[2] !== 6 && r[2] !== 9)).toEqual([]);
    expect(found).toContainEqual(['pile-1b.ckpt', 'local', 6]);
  });
});

describe('held-out round 38 (session 34): a BLEURT config in a docstring', () => {
  it("reads no checkpoint in a docstring illustrating a metric's config", () => {
    // huggingface/huggingface_hub src/huggingface_hub/repocard_data.py:45-47 (cut).
    const text = [
      'class EvalResult:',
      '    """',
      '        metric_config (`str`, *optional*):',
      '            Example: bleurt-large-512 in `load_metric("bleurt", "bleurt-large-512")`.',
      '    """',
      '    metric_config: str = None',
    ].join('\n');
    expect((python.extract({ relPath: 'src/huggingface_hub/repocard_data.py', size: text.length, text }) as ExtractResult).references).toEqual([]);
  });
});

describe("python: a model option's default URL to a weights file (held-out coqui-ai/TTS, session 34)", () => {
  const refs = (text: string) =>
    (python.extract(makeSourceFile('TTS/bin/compute_embeddings.py', text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads the released checkpoint a --model_path default downloads, by its file name', () => {
    // coqui-ai/TTS TTS/bin/compute_embeddings.py:113-124
    const text = [
      'import argparse',
      'parser = argparse.ArgumentParser()',
      'parser.add_argument(',
      '    "--model_path",',
      '    type=str,',
      '    help="Path to model checkpoint file. It defaults to the released speaker encoder.",',
      '    default="https://github.com/coqui-ai/TTS/releases/download/speaker_encoder_model/model_se.pth.tar",',
      ')',
      'parser.add_argument(',
      '    "--config_path",',
      '    type=str,',
      '    default="https://github.com/coqui-ai/TTS/releases/download/speaker_encoder_model/config_se.json",',
      ')',
    ].join('\n');
    expect(refs(text)).toEqual([['model_se.pth.tar', 'local', 7]]);
  });

  it('reads no output, data or conventionally named file as the model', () => {
    const text = [
      'import argparse',
      'parser = argparse.ArgumentParser()',
      'parser.add_argument("--output_model_path", default="https://example.org/run/speaker_encoder.pth")',
      'parser.add_argument("--model_path", default="https://example.org/releases/model.pth")',
      'parser.add_argument("--model_path", default="https://example.org/releases/encoder.pth?dl=1")',
    ].join('\n');
    expect(refs(text)).toEqual([]);
  });
});

describe('python: a state dict loaded into a variable, then into a network (held-out OpenGVLab/Ask-Anything, round 38, session 34)', () => {
  it('reads `sd = torch.load("x.pth")` given to `model.load_state_dict(sd[...])` below; not an optimizer state nor a resume checkpoint', () => {
    // Cut from video_chat2/demo/demo.py:31-38 and video_chat/tasks/shared_utils.py:66-87.
    const text = [
      'import torch',
      '    model = VideoChat2_it(config=cfg.model)',
      '    state_dict = torch.load("your_model_path/videochat2_7b_stage3.pth", "cpu")',
      "    if 'model' in state_dict.keys():",
      "        msg = model.load_state_dict(state_dict['model'], strict=False)",
      '    opt = torch.load("runs/optimizer_state.pth")',
      '    optimizer.load_state_dict(opt)',
      '    checkpoint = torch.load("output/ckpt_latest.pth", map_location="cpu")',
      '    model.load_state_dict(checkpoint["model"])',
      '    later = torch.load("your_model_path/videochat2_7b_stage2.pth")',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('demo.py', text)) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);
    expect(rows).toEqual([['your_model_path/videochat2_7b_stage3.pth', 3, 'local']]);
  });
});

describe("python: ControlNet's load_state_dict helper given a weights file (held-out round 38, session 34)", () => {
  it('reads the file given to a `load_state_dict(...)` call, nested in the module method or through a variable, not a dict', () => {
    // lllyasviel/ControlNet gradio_canny2image.py:20-21, tutorial_train.py:11-21, tool_transfer_control.py:1-23 (cut)
    const text = [
      'from cldm.model import create_model, load_state_dict',
      "model = create_model('./models/cldm_v15.yaml').cpu()",
      "model.load_state_dict(load_state_dict('./models/control_sd15_canny.pth', location='cuda'))",
      "resume_path = './models/control_sd15_ini.ckpt'",
      "model.load_state_dict(load_state_dict(resume_path, location='cpu'))",
      "path_output = './models/control_any3_openpose.pth'",
      'final_state_dict = {}',
      'model.load_state_dict(final_state_dict)',
      'optimizer.load_state_dict(torch.load(optimizer_path))',
      'torch.save(final_state_dict, path_output)',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('gradio_canny2image.py', text)) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);
    expect(rows).toEqual([
      ['./models/control_sd15_canny.pth', 3, 'local'],
      ['./models/control_sd15_ini.ckpt', 4, 'local'],
    ]);
  });
});

describe('python: a video file is no Hub id (held-out round 38, session 34)', () => {
  it("does not read a parameter's default video as `org/name`, beside the model it loads", () => {
    // Stability-AI/generative-models scripts/demo/gradio_app_sv4d.py:258-262 and simple_video_sample_4d2.py:81 (cut)
    const text = [
      'def sample_all(',
      '    input_path: str = "inputs/test_video1.mp4",  # Can either be video file or folder with image files',
      '    sv3d_path: str = "outputs/sv4d/000000_t000.webm",',
      '    model_path: Optional[str] = "checkpoints/sv4d2.safetensors",',
      '):',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('gradio_app_sv4d.py', text)) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);
    expect(rows).toEqual([['checkpoints/sv4d2.safetensors', 4, 'local']]);
  });
});

describe("python: a project's loader given the class, then the repo (held-out round 38, session 34)", () => {
  it('reads the Hub id handed after a transformers class to a load_*tokenizer/processor helper, not other arguments', () => {
    // kohya-ss/sd-scripts library/strategy_sdxl.py:18-25 (cut)
    const text = [
      'from transformers import CLIPTokenizer',
      'TOKENIZER1_PATH = "openai/clip-vit-large-patch14"',
      'TOKENIZER2_PATH = "laion/CLIP-ViT-bigG-14-laion2B-39B-b160k"',
      'class SdxlTokenizeStrategy(TokenizeStrategy):',
      '    def __init__(self, max_length, tokenizer_cache_dir=None) -> None:',
      '        self.tokenizer1 = self._load_tokenizer(CLIPTokenizer, TOKENIZER1_PATH, tokenizer_cache_dir=tokenizer_cache_dir)',
      '        self.tokenizer2 = self._load_tokenizer(CLIPTokenizer, TOKENIZER2_PATH, tokenizer_cache_dir=tokenizer_cache_dir)',
      '        self.cache = self._load_tokenizer(CLIPTokenizer, "cache/dir")',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('strategy_sdxl.py', text)) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);
    expect(rows).toEqual([
      ['openai/clip-vit-large-patch14', 2, 'huggingface'],
      ['laion/CLIP-ViT-bigG-14-laion2B-39B-b160k', 3, 'huggingface'],
    ]);
  });
});

describe('python: OctoAI clients of LangChain, LlamaIndex and its SDK (held-out meta-llama/llama-recipes, round 38, session 34)', () => {
  it('reads the model keyword of OctoAIEndpoint and OctoAI, given a literal or a constant, as OctoAI served it; not the image client', () => {
    // meta-llama/llama-recipes 3p-integrations/octoai/hello_llama_cloud.ipynb (cell), MediaGen.ipynb and live_data.ipynb (cut).
    const text = [
      'from langchain.llms.octoai_endpoint import OctoAIEndpoint',
      'from llama_index.llms.octoai import OctoAI',
      'from octoai import client as octo_client',
      '',
      'llama3_8b = "meta-llama-3-8b-instruct"',
      'llm = OctoAIEndpoint(',
      '    model=llama3_8b,',
      '    max_tokens=500,',
      ')',
      'recipe_llm = OctoAIEndpoint(',
      '    model = "meta-llama-3-70b-instruct",',
      '    temperature = 0.01',
      ')',
      'Settings.llm = OctoAI(',
      '    model="meta-llama-3-8b-instruct",',
      '    token=OCTOAI_API_TOKEN,',
      ')',
      'image_client = octo_client.OctoAI(api_key=OCTOAI_API_TOKEN)',
      'image = image_client.image_gen.generate_sdxl(prompt="a llama", style_preset="base")',
    ].join('\n');
    const rows = (python.extract({ relPath: 'hello_llama_cloud.py', size: text.length, text }) as ExtractResult).references.map((r) => [
      r.id,
      r.source,
      r.line,
    ]);
    expect(rows).toEqual([
      ['octoai/meta-llama-3-8b-instruct', 'api', 5],
      ['octoai/meta-llama-3-70b-instruct', 'api', 11],
      ['octoai/meta-llama-3-8b-instruct', 'api', 15],
    ]);
  });
});

describe('python: a model zoo keyed to config files (held-out salesforce/LAVIS, session 34)', () => {
  it('reads no name from a dict whose values are config files, and still reads the Hub id beside it', async () => {
    // salesforce/LAVIS lavis/models/blip2_models/blip2_opt.py:35-51 (the model zoo's model_type -> config file table, then
    // the class's defaults) and lavis/models/clip_models/model.py:410-416.
    const text = [
      'class Blip2OPT(Blip2Base):',
      '    PRETRAINED_MODEL_CONFIG_DICT = {',
      '        "pretrain_opt2.7b": "configs/models/blip2/blip2_pretrain_opt2.7b.yaml",',
      '        "pretrain_opt6.7b": "configs/models/blip2/blip2_pretrain_opt6.7b.yaml",',
      '        "caption_coco_opt2.7b": "configs/models/blip2/blip2_caption_opt2.7b.yaml",',
      '    }',
      '',
      '    def __init__(',
      '        self,',
      '        vit_model="eva_clip_g",',
      '        opt_model="facebook/opt-2.7b",',
      '    ):',
      '        pass',
      '',
      'class CLIP(BaseModel):',
      '    PRETRAINED_MODEL_CONFIG_DICT = {',
      '        "ViT-B-32": "configs/models/clip_vit_base32.yaml",',
      '        "RN50": "configs/models/clip_resnet50.yaml",',
      '    }',
    ].join('\n');
    const { references } = (await python.extract(makeSourceFile('lavis/models/blip2_models/blip2_opt.py', text))) as ExtractResult;
    expect(references.map((r) => [r.id, r.line])).toEqual([['facebook/opt-2.7b', 11]]);
  });
});

describe('python: a Hub repo written as a prefix or with its file (held-out mlfoundations/open_clip, session 34)', () => {
  it("reads open_clip's hf_hub='org/name/' and 'org/name/file.bin' as the repo, and no URL fallback beside it", async () => {
    // mlfoundations/open_clip src/open_clip/pretrained.py:126-130, 197 and 700-702 (the pretrained catalogue: each tag's
    // hf_hub repo, joined with the weights file name by download_pretrained_from_hf).
    const text = [
      '_RN50 = dict(',
      '    yfcc15m=_pcfg(',
      '        url="https://github.com/mlfoundations/open_clip/releases/download/v0.2-weights/rn50-quickgelu-yfcc15m-455df137.pt",',
      '        hf_hub="timm/resnet50_clip.yfcc15m/",',
      '        quick_gelu=True,',
      '    ),',
      ')',
      "_VITB32 = dict(laion2b_s34b_b79k=_pcfg(hf_hub='laion/CLIP-ViT-B-32-laion2B-s34B-b79K/'))",
      '_VITAMIN = {',
      '    "ViTamin-XL-384": dict(',
      "        datacomp1b=_pcfg(hf_hub='jienengchen/ViTamin-XL-384px/pytorch_model.bin'),",
      '    ),',
      '}',
    ].join('\n');
    const { references } = (await python.extract(makeSourceFile('src/open_clip/pretrained.py', text))) as ExtractResult;
    const hub = references.filter((r) => r.source === 'huggingface').map((r) => [r.id, r.line]);
    expect(hub).toEqual([
      ['timm/resnet50_clip.yfcc15m', 4],
      ['laion/CLIP-ViT-B-32-laion2B-s34B-b79K', 8],
      ['jienengchen/ViTamin-XL-384px', 11],
    ]);
    // The trailing slash is no part of the id, nor is the file.
    expect(references.map((r) => r.id).filter((id) => id.endsWith('/') || id.endsWith('.bin'))).toEqual([]);
  });
});

describe('python: a weights URL given to a URL download itself (held-out salesforce/LAVIS, session 34)', () => {
  it("reads model_zoo.load_url('...pth') and download_cached_file(<URL on the next line>) as the file, not a data URL nor a comment", async () => {
    // salesforce/LAVIS lavis/common/annotator/mlsd/models/mbv2_mlsd_large.py:235-238 and
    // lavis/models/img2prompt_models/img2prompt_vqa.py:568-576, cut together; a data download and a commented line added.
    const text = [
      'def _load_pretrained_model(self):',
      "    pretrain_dict = model_zoo.load_url('https://download.pytorch.org/models/mobilenet_v2-b0353104.pth')",
      '    cached_file = download_cached_file(',
      '        "https://storage.googleapis.com/sfr-vision-language-research/LAVIS/projects/img2prompt/T5_large_QG.pth",',
      '        check_hash=False,',
      '        progress=True,',
      '    )',
      '    checkpoint = torch.load(cached_file, map_location="cpu")',
      '    ann = download_cached_file("https://storage.googleapis.com/sfr-vision-language-research/datasets/coco_karpathy_val.json")',
      "    # w = model_zoo.load_url('https://download.pytorch.org/models/resnet50-19c8e357.pth')",
    ].join('\n');
    const { references } = (await python.extract(makeSourceFile('lavis/models/img2prompt_models/img2prompt_vqa.py', text))) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['mobilenet_v2-b0353104.pth', 'local', 2],
      ['T5_large_QG.pth', 'local', 4],
    ]);
  });
});

describe('python: files joined onto a checkpoint folder that are no model (held-out mlfoundations/open_clip, session 34)', () => {
  it("reads neither a temporary save path nor a checkpoint's metadata file, and still reads a weights file loaded from the folder", async () => {
    // mlfoundations/open_clip src/open_clip_train/main.py:736-739 and src/open_clip/task/checkpoint.py:203-204, cut
    // together; a loaded weights file added last.
    const text = [
      'if args.save_most_recent:',
      '    # try not to corrupt the latest checkpoint if save fails',
      '    tmp_save_path = os.path.join(args.checkpoint_path, "tmp.pt")',
      '    torch.save(checkpoint_dict, tmp_save_path)',
      'metadata_path = os.path.join(checkpoint_dir, "_metadata_extra.pt")',
      'metadata = torch.load(metadata_path, map_location="cpu")',
      'state = torch.load(os.path.join(checkpoint_dir, "clip_vit_L.pth"), map_location="cpu")',
    ].join('\n');
    const { references } = (await python.extract(makeSourceFile('src/open_clip_train/main.py', text))) as ExtractResult;
    expect(references.map((r) => [r.id, r.line])).toEqual([['clip_vit_L.pth', 7]]);
  });
});

describe("python: a table of weight URLs the project's own download helper is given an entry of (held-out round 38, session 34)", () => {
  it('reads each release-asset URL of `_MODELS` that `_download(_MODELS[name], root)` fetches, not the Hub ids or Whisper URLs', () => {
    // OpenGVLab/LLaMA-Adapter llama_adapter_v2_multimodal7b/llama/llama_adapter.py:278-293 (cut; the hashes shortened), and
    // openai-whisper's `_MODELS` (whisper/__init__.py), which hub-url reports as the Hub models.
    const text = [
      'from .utils import _download',
      '_MODELS = {',
      '    "BIAS-7B": "https://github.com/OpenGVLab/LLaMA-Adapter/releases/download/v.2.0.0/7fa55208_BIAS-7B.pth",',
      '    "LORA-BIAS-7B": "https://github.com/OpenGVLab/LLaMA-Adapter/releases/download/v.2.0.0/1bcbffc4_LORA-BIAS-7B.pth",',
      '    # "LORA16-7B": "",',
      '}',
      'def available_models():',
      '    return list(_MODELS.keys())',
      'def load(name, llama_dir, llama_type="7B", download_root=\'ckpts\'):',
      '    if name in _MODELS:',
      '        model_path = _download(_MODELS[name], download_root)',
      'WHISPER = {',
      '    "tiny.en": "https://openaipublic.azureedge.net/main/whisper/models/d3dd57d32accea0b295c96e26691aa14d8822fac7d9d27d5dc00b4ca2826dd03/tiny.en.pt",',
      '}',
      'def load_whisper(name, root):',
      '    return _download(WHISPER[name], root)',
      'CONFIGS = {"BIAS-7B": "https://example.com/configs/params.json"}',
      'cfg = download(CONFIGS[name])',
    ].join('\n');
    const rows = (python.extract(makeSourceFile('llama/llama_adapter.py', text)) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);
    expect(rows.filter((r) => String(r[0]).startsWith('https://'))).toEqual([
      ['https://github.com/OpenGVLab/LLaMA-Adapter/releases/download/v.2.0.0/7fa55208_BIAS-7B.pth', 3, 'local'],
      ['https://github.com/OpenGVLab/LLaMA-Adapter/releases/download/v.2.0.0/1bcbffc4_LORA-BIAS-7B.pth', 4, 'local'],
    ]);
    // A table no download is given an entry of stays unread.
    const listed = ['_MODELS = {', '    "BIAS-7B": "https://github.com/OpenGVLab/LLaMA-Adapter/releases/download/v.2.0.0/x_BIAS-7B.pth",', '}'].join('\n');
    expect((python.extract(makeSourceFile('models.py', listed)) as ExtractResult).references).toEqual([]);
  });
});

describe('python: what a run writes, an agent and a kind are no model folders (held-out round 38, session 34)', () => {
  const rows = (relPath: string, text: string) =>
    (python.extract(makeSourceFile(relPath, text)) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);

  it("leaves a checkpoint joined onto the run's output folder alone, and still reads one joined onto a model's folder", () => {
    // OpenGVLab/LLaMA-Adapter gorilla/finetune/submitit_pretrain.py:61-68 (facebookresearch's submitit launcher, cut).
    const text = [
      '    def checkpoint(self):',
      '        checkpoint_file = os.path.join(self.args.output_dir, "checkpoint.pth")',
      '        if os.path.exists(checkpoint_file):',
      '            self.args.resume = checkpoint_file',
      'codec_path = os.path.join(model_path, "codec.pth")',
    ].join('\n');
    expect(rows('submitit_pretrain.py', text)).toEqual([['codec.pth', 5, 'local']]);
  });

  it("reads no option default handed to an agent's constructor, nor an option naming a kind among choices", () => {
    // THUDM/AgentTuning eval_heldout/miniwob++/main.py:17-38 (the RCI agent takes the task environment first) and
    // OpenGVLab/LLaMA-Adapter gorilla/finetune/main_finetune.py:60-61,201 (the architecture a MetaModel is built as).
    const agent = [
      'parser.add_argument("--env", type=str, default="click-button")',
      'parser.add_argument("--llm", type=str, default="chatgpt")',
      'opt = parser.parse_args()',
      'llm_agent = LLMAgent(',
      '    opt.env, rci_plan_loop=opt.erci, rci_limit=opt.irci, llm=opt.llm',
      ')',
    ].join('\n');
    expect(rows('main.py', agent).filter((r) => r[0] === 'click-button')).toEqual([]);
    const kind = [
      "parser.add_argument('--llama_type', default='llama', type=str, metavar='MODEL', choices=['llama', 'revllama'],",
      "                    help='Name of model to train')",
      "parser.add_argument('--llama_config', default='params.json', type=str)",
      'args = parser.parse_args()',
      'model = MetaModel(args.llama_type, args.reversible_grad, args.llama_config)',
    ].join('\n');
    expect(rows('main_finetune.py', kind)).toEqual([]);
    // A model-named variable built from an option is still read (`m = MacBertCorrector(args.output_dir)`).
    const built = [
      "parser.add_argument('--model_dir', default='./outputs/macbert4csc')",
      'args = parser.parse_args()',
      'm = MacBertCorrector(args.model_dir)',
    ].join('\n');
    expect(rows('infer.py', built)).toEqual([['./outputs/macbert4csc', 1, 'local']]);
  });
});

describe("python: a run's state beside its weights (held-out pytorch/torchtune, session 35)", () => {
  it('reads no recipe_state.pt nor a some_model/some_model_version placeholder, and still reads the adapter a loader is given', async () => {
    // pytorch/torchtune torchtune/training/checkpointing/_checkpointer.py:418-421 and 473-475,
    // torchtune/training/checkpointing/_utils.py:459 (cut); the last two lines added.
    const text = [
      'import os',
      'import torch',
      'class FullModelHFCheckpointer:',
      '    def __init__(self, checkpoint_dir: str, adapter_checkpoint: str = "adapter_model.pt", recipe_checkpoint: str = "recipe_state.pt"):',
      '        # repo_id is necessary for when saving an adapter config, so its compatible with HF.',
      '        # contents are {"repo_id": "some_model/some_model_version"}',
      '        recipe_checkpoint_path = os.path.join(checkpoint_dir, "recipe_state.pt")',
      '        state = torch.load(os.path.join(checkpoint_dir, "recipe_state.pt"), weights_only=True)',
      'model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.2-1B-Instruct")',
    ].join('\n');
    const { references } = (await python.extract(makeSourceFile('torchtune/training/checkpointing/_checkpointer.py', text))) as ExtractResult;
    expect(references.map((r) => [r.id, r.line])).toEqual([['meta-llama/Llama-3.2-1B-Instruct', 9]]);
  });
});

describe("python: llama.cpp's C API loaders (held-out abetlen/llama-cpp-python, session 35)", () => {
  const rows = (relPath: string, text: string) =>
    (python.extract(makeSourceFile(relPath, text)) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);

  it('reads the file given to llama_model_load_from_file, as bytes or text, and not its params', () => {
    // abetlen/llama-cpp-python examples/notebooks/Batching.ipynb (cell 3, cut) and README.md's low-level API block, the
    // second under the call's older name (llama.cpp renamed `llama_load_model_from_file`); a variable's path is no file.
    const text = [
      'params = llama_cpp.llama_model_default_params()',
      'params.n_gpu_layers = 35',
      'model = llama_cpp.llama_model_load_from_file(',
      '    b"/workspaces/llama-cpp-python/mistral-7b-v0.1.Q2_K.gguf", params',
      ')  # Update this to whatever LLM model you are using',
      'old = llama_cpp.llama_load_model_from_file(b"./models/7b/llama-model.gguf", model_params)',
      'model = llama_cpp.llama_model_load_from_file(MODEL_PATH.encode("utf-8"), lparams)',
    ].join('\n');
    expect(rows('Batching.py', text)).toEqual([
      ['/workspaces/llama-cpp-python/mistral-7b-v0.1.Q2_K.gguf', 4, 'local'],
      ['./models/7b/llama-model.gguf', 6, 'local'],
    ]);
  });
});

describe('held-out round 39 (session 35): structured-generation libraries', () => {
  const rows = (relPath: string, text: string) =>
    (python.extract(makeSourceFile(relPath, text)) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);

  it("reads guidance's Transformers model as a Hub load, a legacy bare id included", () => {
    // guidance-ai/guidance tests/conftest.py:46-49 and notebooks/api_examples/library/gen.ipynb cell 2 (cut).
    const text = [
      'from guidance import models',
      '',
      'if selected_model_name == "transformers_gpt2_cpu":',
      '    return models.Transformers("gpt2")',
      'gpt2 = models.Transformers("gpt2", device=0)',
      'phi_lm = Transformers("microsoft/Phi-4-mini-instruct")',
      'gpt3 = models.OpenAI("text-davinci-003")',
    ].join('\n');
    expect(rows('tests/conftest.py', text)).toEqual([
      ['openai-community/gpt2', 4, 'huggingface'],
      ['openai-community/gpt2', 5, 'huggingface'],
      ['microsoft/Phi-4-mini-instruct', 6, 'huggingface'],
    ]);
    // sentence-transformers' singular module is read only from that library, as before (no bare word from elsewhere).
    expect(rows('x.py', 'from mylib import Transformer\nm = Transformer("gpt2")\n')).toEqual([]);
  });

  it("reads outlines' client-first factories and classes: the provider the factory names, Ollama's tags, constants", () => {
    // dottxt-ai/outlines docs/features/models/dottxt.md:20-24, ollama.md:245 and tests/models/test_ollama.py:20-26 (cut).
    const dottxt = [
      'from dottxt.client import DotTxt',
      'import outlines',
      '',
      'client = DotTxt(api_key="...")',
      'model = outlines.from_dottxt(client, "dottxt/dottxt-v1-alpha")',
    ].join('\n');
    expect(rows('dottxt.py', dottxt)).toEqual([['dottxt/dottxt/dottxt-v1-alpha', 5, 'api']]);
    const ollama = [
      'from ollama import Client',
      'from outlines.models.ollama import Ollama, from_ollama',
      '',
      'MODEL_NAME = "tinyllama"',
      '',
      'def model():',
      '    return Ollama(Client(), MODEL_NAME)',
      'model2 = from_ollama(Client(), "qwen2.5vl:3b")',
    ].join('\n');
    expect(rows('tests/models/test_ollama.py', ollama)).toEqual([
      ['tinyllama', 4, 'ollama'],
      ['qwen2.5vl:3b', 8, 'ollama'],
    ]);
    // A client built on another endpoint says the provider; what goes there described names no model
    // (docs/features/models/openai_compatible.md:22-28).
    const compatible = [
      'import openai',
      'import outlines',
      'client = openai.OpenAI(',
      '    base_url="https://your-provider.com/v1",',
      '    api_key="your-api-key"',
      ')',
      'model = outlines.from_openai(client, "model-name")',
      'model = outlines.from_openai(client, "provider-model-name")',
    ].join('\n');
    expect(rows('compatible.py', compatible)).toEqual([]);
    // Not outlines: a project's own `from_ollama(cfg, name)` is not read so.
    expect(rows('own.py', 'from myapp.llm import from_ollama\nm = from_ollama(cfg, "llama3")\n')).toEqual([]);
  });

  it('reads a class the file builds on a loading class as that loader, not a class built on another', () => {
    // guidance-ai/guidance notebooks/tutorials/adding_new_models.ipynb cells 3 and 5 (cut).
    const text = [
      'from guidance import models',
      'class OrcaChat(models.transformers.TransformersChat):',
      '    def get_role_start(self, role_name, **kwargs):',
      '        return ""',
      'class Helper(Base):',
      '    pass',
      "orca = OrcaChat('pankajmathur/orca_mini_3b', torch_dtype=torch.float16, device_map='auto')",
      "helper = Helper('psmathur/orca_mini_v2_7b')",
    ].join('\n');
    expect(rows('adding_new_models.py', text)).toEqual([['pankajmathur/orca_mini_3b', 7, 'huggingface']]);
  });
});

describe('python: names unpacked from string literals (session 35)', () => {
  const refs = (text: string) =>
    (python.extract({ relPath: 'grpo_trl_lora_qlora.py', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads `model_id, output_dir = "org/x", "x-grpo"` as two constants: the model loaded, and the output a later f-string loads', () => {
    // huggingface/trl examples/notebooks/grpo_trl_lora_qlora.ipynb (cells at lines 332-334, 1021-1026), code cells joined.
    const text = [
      'model_id, output_dir = "Qwen/Qwen2-7B-Instruct", "t4-Qwen2-7B-Instruct-GRPO"                             # ✅ ~9.2GB VRAM',
      '# model_id, output_dir = "Qwen/Qwen3-8B", "Qwen3-8B-GRPO"                                                # ✅ ~9.9GB VRAM',
      'model = AutoModelForCausalLM.from_pretrained(model_id, dtype="auto", device_map="auto")',
      'training_args = GRPOConfig(output_dir=output_dir, learning_rate=2e-5)',
      'adapter_model = f"sergiopaniego/{output_dir}" # Replace with your HF username or organization',
      'model = PeftModel.from_pretrained(base_model, adapter_model)',
    ].join('\n');
    expect(refs(text)).toEqual([
      ['Qwen/Qwen2-7B-Instruct', 'huggingface', 1],
      ['sergiopaniego/t4-Qwen2-7B-Instruct-GRPO', 'huggingface', 5],
    ]);
  });

  it('pairs nothing when the names and the literals differ in number', () => {
    const text = ['name, size = "Qwen/Qwen2.5-0.5B", "0.5B", "extra"', 'tok = AutoTokenizer.from_pretrained(name)'].join('\n');
    expect(refs(text)).toEqual([]);
  });
});

describe('python: held-out round 39 (InternLM/HuixiangDou, THUDM/ImageReward, InternLM/lagent; session 35)', () => {
  const found = (path: string, text: string) =>
    (python.extract({ relPath: path, size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);

  it("reads ImageReward's own model name given to its load (providers.yaml library_names), not its score names", () => {
    // THUDM/ImageReward example.py:1-10 (cut) and ImageReward/utils.py load_score's names.
    const text = [
      'import os',
      'import torch',
      'import ImageReward as RM',
      '',
      'if __name__ == "__main__":',
      '    model = RM.load("ImageReward-v1.0")',
      '    clip = RM.load_score("CLIP", device="cpu")',
    ].join('\n');
    expect(found('example.py', text)).toEqual([['THUDM/ImageReward', 6, 'huggingface']]);
    // The same name given to another package's `load` is no ImageReward checkpoint.
    expect(found('other.py', ['import mylib', 'm = mylib.load("ImageReward-v1.0")'].join('\n'))).not.toContainEqual(['THUDM/ImageReward', 2, 'huggingface']);
  });

  it('reads a path from the root to a folder named like a model under a model keyword of any call, not a models root', () => {
    // InternLM/HuixiangDou tests/test_milvus_hybrid_retrieval.py:56-60 and tests/test_visual_bge.py:5-7 (cut together).
    const text = [
      'from pymilvus.model.hybrid import BGEM3EmbeddingFunction',
      "ef = BGEM3EmbeddingFunction(model_name='/data2/khj/bge-m3',",
      '                            use_fp16=False,',
      "                            device='cuda')",
      'model = Visualized_BGE(',
      "    model_name_bge='/data2/khj/bge-m3',",
      "    model_weight='/data2/khj/bge-visualized/Visualized_m3.pth')",
      "cache = Loader(model_name='/data/models')",
    ].join('\n');
    const rows = found('tests/test_visual_bge.py', text);
    expect(rows).toContainEqual(['/data2/khj/bge-m3', 2, 'local']);
    expect(rows).toContainEqual(['/data2/khj/bge-m3', 6, 'local']);
    expect(rows.filter((r) => r[1] === 8)).toEqual([]);
  });

  it('reads no model from a str.format template a client is given (the field is filled at run time)', () => {
    // InternLM/HuixiangDou sft/reconstruct_filter_annotate.py:265-273 (cut).
    const text = [
      'from openai import OpenAI',
      'def qwen_coref_res(llm_type: str, target: object):',
      "    model = '/workspace/models/{}'.format(llm_type)",
      '    client = OpenAI(',
      "        api_key='EMPTY',",
      "        base_url='http://10.140.24.142:29999/v1',",
      '    )',
      '    completion = client.chat.completions.create(model=model, messages=[])',
    ].join('\n');
    expect(found('sft/reconstruct_filter_annotate.py', text)).toEqual([]);
  });
});

describe('python: a doctest call continued over `...` prompts (session 35, huggingface/peft)', () => {
  it('reads the model given on a continuation line of a docstring example, and not an Ellipsis argument', async () => {
    // Cut from huggingface/peft src/peft/tuners/lora/model.py (LoraModel's docstring example).
    const text = [
      'class LoraModel(BaseTuner):',
      '    """',
      '    Example:',
      '        >>> tokenizer = transformers.AutoTokenizer.from_pretrained(',
      '        ...     "kakaobrain/kogpt",',
      '        ...     revision="KoGPT6B-ryan1.5b-float16",  # or float32 version: revision=KoGPT6B-ryan1.5b',
      '        ...     bos_token="[BOS]",',
      '        ... )',
      '        >>> model = transformers.GPTJForCausalLM.from_pretrained(',
      '        ...     "kakaobrain/kogpt",',
      '        ...     use_cache=False,',
      '        ... )',
      '    """',
      '',
      '# An Ellipsis given as the argument is no prompt (examples/xlora/xlora_inference_mistralrs.py).',
      'runner = Runner(which=Which.XLora(model_id=..., xlora_model_id=...))',
    ].join('\n');
    const { references } = (await python.extract(makeSourceFile('src/peft/tuners/lora/model.py', text))) as ExtractResult;
    expect(references.map((r) => [r.id, r.line, r.source])).toEqual([
      ['kakaobrain/kogpt', 5, 'huggingface'],
      ['kakaobrain/kogpt', 10, 'huggingface'],
    ]);
  });
});

describe("python: a docstring's stand-in folder `./my_model_checkpoint` (session 35, oumi-ai/oumi neighbour check)", () => {
  it('reports neither the one-line example nor the one continued over `...` prompts', async () => {
    // Cut from oumi-ai/oumi src/oumi/core/models/base_model.py (BaseModel.from_pretrained's docstring).
    const text = [
      'class BaseModel:',
      '    def from_pretrained(cls, load_directory):',
      '        """Load.',
      '',
      '        Example:',
      '            >>> model = MyCustomModel.from_pretrained("./my_model_checkpoint")',
      '            >>> model = MyCustomModel.from_pretrained(',
      '            ...     "./my_model_checkpoint",',
      '            ...     override_kwargs={"dropout": 0.0}',
      '            ... )',
      '        """',
    ].join('\n');
    const { references } = (await python.extract(makeSourceFile('src/oumi/core/models/base_model.py', text))) as ExtractResult;
    expect(references).toEqual([]);
  });
});

describe('python: test tables named by the module and model fixtures (session 35, huggingface/peft)', () => {
  const rows = async (relPath: string, text: string) =>
    ((await python.extract(makeSourceFile(relPath, text))) as ExtractResult).references.map((r) => [r.id, r.line]);

  it("reads the model column of a list given to @parameterized.expand, by the decorated test's parameters", async () => {
    // Cut from huggingface/peft tests/test_tuners_utils.py (MAYBE_INCLUDE_ALL_LINEAR_LAYERS_TEST_CASES and its test).
    const text = [
      'from parameterized import parameterized',
      'MAYBE_INCLUDE_ALL_LINEAR_LAYERS_TEST_CASES = [',
      '    # model_name, model_type, initial_target_modules, expected_target_modules',
      '    # test for gpt2 with Conv1D layers',
      '    ("hf-internal-testing/tiny-random-gpt2", "causal", INCLUDE_LINEAR_LAYERS_SHORTHAND, ["c_attn", "c_proj", "c_fc"]),',
      '    # test for T5 model',
      '    (',
      '        "peft-internal-testing/tiny-random-t5",',
      '        "seq2seq",',
      '        INCLUDE_LINEAR_LAYERS_SHORTHAND,',
      '        ["k", "q", "v", "o", "wi", "wo"],',
      '    ),',
      ']',
      'BNB_TEST_CASES = [(x + y) for x in MAYBE_INCLUDE_ALL_LINEAR_LAYERS_TEST_CASES for y in BNB_QUANTIZATIONS]',
      'REGEX_TEST_CASES = [',
      '    ("transformer.h.1.attn.attention.q_proj", ["q_proj"], None, [], True),',
      ']',
      '',
      'class TestTargetedModuleNames(unittest.TestCase):',
      '    @parameterized.expand(REGEX_TEST_CASES)',
      '    def test_regex_matching_valid(self, key, target_modules, layers_to_transform, layers_pattern, expected_result):',
      '        assert check_target_module_exists(key, target_modules) == expected_result',
      '',
      '    @parameterized.expand(MAYBE_INCLUDE_ALL_LINEAR_LAYERS_TEST_CASES)',
      '    def test_maybe_include_all_linear_layers_lora(',
      '        self, model_id, model_type, initial_target_modules, expected_target_modules',
      '    ):',
      '        model = self.transformers_class_map[model_type].from_pretrained(model_id)',
    ].join('\n');
    expect(await rows('tests/test_tuners_utils.py', text)).toEqual([
      ['hf-internal-testing/tiny-random-gpt2', 5],
      ['peft-internal-testing/tiny-random-t5', 8],
    ]);
  });

  it('reads a pytest table the module names, and the Hub id a fixture named for the model returns', async () => {
    // Cut from huggingface/peft tests/test_cartridge.py and tests/test_trainable_tokens.py; the parametrize table after
    // the shape of tests/test_target_parameters.py.
    const text = [
      'import pytest',
      'TINY_CAUSAL_LM = "peft-internal-testing/tiny-random-OPTForCausalLM"',
      'ALL_CONFIGS = [',
      '    ("trl-internal-testing/tiny-Llama4ForCausalLM", LoraConfig, {"target_parameters": ["feed_forward.experts.down_proj"]}),',
      ']',
      '',
      '@pytest.fixture',
      'def model_id():',
      '    return TINY_CAUSAL_LM',
      '',
      'class TestTrainableTokens:',
      '    @pytest.fixture',
      '    def model_id(self):',
      '        return "trl-internal-testing/tiny-random-LlamaForCausalLM"',
      '',
      '    @pytest.fixture',
      '    def model_output_dir(self):',
      '        return "outputs/lora"',
      '',
      '    @pytest.mark.parametrize("model_id, config_cls, config_kwargs", ALL_CONFIGS)',
      '    def test_one(self, model_id, config_cls, config_kwargs):',
      '        pass',
    ].join('\n');
    expect(await rows('tests/test_cartridge.py', text)).toEqual([
      ['peft-internal-testing/tiny-random-OPTForCausalLM', 2],
      ['trl-internal-testing/tiny-random-LlamaForCausalLM', 14],
      ['trl-internal-testing/tiny-Llama4ForCausalLM', 4],
    ]);
  });
});

describe('python: a model Replicate runs (held-out reworkd/AgentGPT, issue #15)', () => {
  const rows = (text: string) =>
    (python.extract(makeSourceFile('platform/reworkd_platform/web/api/agent/tools/image.py', text)) as ExtractResult).references.map((r) => [
      r.id,
      r.source,
      r.line,
    ]);

  it('reads the model of `client.run(...)`, its `owner/name` and version written as two adjacent literals', () => {
    // reworkd/AgentGPT platform/reworkd_platform/web/api/agent/tools/image.py:1-26: the image tool's Replicate model was
    // missed (no rule read Replicate's client at all).
    const text = [
      'from typing import Any',
      '',
      'import openai',
      'import replicate',
      'from replicate.exceptions import ModelError',
      '',
      'async def get_replicate_image(input_str: str) -> str:',
      '    client = replicate.Client(settings.replicate_api_key)',
      '    try:',
      '        output = client.run(',
      '            "stability-ai/stable-diffusion"',
      '            ":db21e45d3f7023abc2a46ee38a23973f6dce16bb082a930b0c49861f96d1e5bf",',
      '            input={"prompt": input_str},',
      '            image_dimensions="512x512",',
      '        )',
      '    except ModelError as e:',
      '        raise ReplicateError(e, "Image generation failed due to NSFW image.")',
    ].join('\n');
    expect(rows(text)).toEqual([['stability-ai/stable-diffusion', 'api', 11]]);
  });

  it('reads a pinned model in one literal as written, and no `.run(` of a file that does not import Replicate', () => {
    const pinned =
      'import replicate\noutput = replicate.run("meta/codellama-7b-instruct:aac3ab196f8a75729aab9368cd45ea6ad3fc793b6cda93b1ded17299df369332", input={})\n';
    expect(rows(pinned)).toEqual([['meta/codellama-7b-instruct:aac3ab196f8a75729aab9368cd45ea6ad3fc793b6cda93b1ded17299df369332', 'api', 2]]);
    expect(rows('import subprocess\nsubprocess.run("scripts/build-7b", check=True)\n')).toEqual([]);
  });
});

describe('python: formats, locales and stand-in letters set where a model goes are no models (held-out round 40, session 36)', () => {
  it('reads no download format compared with `model`, no locale default and no one-letter test model', () => {
    // xtekky/gpt4free g4f/Provider/search/YouTube.py:116-147, audio/gTTS.py:51 and etc/unittest/config_provider.py:389.
    const text = [
      'class gTTSProvider:',
      '    default_model = "en-US"',
      '',
      'async def download(video_url, model="mp3"):',
      '    if model == "mp3":',
      '        ydl_opts["format"] = "bestaudio/best"',
      '    elif model == "1080p":',
      '        ydl_opts["format"] = "bestvideo[height<=1080]+bestaudio/best"',
      '',
      'route = ProviderRouteConfig(provider="NonExistentProvider9999", model="x")',
      'client = OpenAI(model="gpt-4o-mini")',
    ].join('\n');
    expect((python.extract(makeSourceFile('g4f/Provider/search/YouTube.py', text)) as ExtractResult).references.map((r) => [r.id, r.line])).toEqual([
      ['openai/gpt-4o-mini', 11],
    ]);
  });
});

describe('python: weights settings rooted at a module constant (held-out round 40: OpenGVLab/InternVideo; session 36)', () => {
  const rows = (relPath: string, text: string) => (python.extract({ relPath, size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line]);

  it('reads `vision_ckpt_path=f"{_MODEL_PATH}/x.pth"`, `llama_path=f"{_MODEL_PATH}/folder_7b"`, `pretrained=f\'{_MODEL_PATH}/x.pth\'`', () => {
    // OpenGVLab/InternVideo InternVideo2/multi_modality/scripts/evaluation/clip/zero_shot/1B/config_msrvtt.py:2, 68-84 and
    // scripts/evaluation/stage2/zero_shot/1B/config_msrvtt.py:57 (cut), the root read from the environment.
    const text = [
      'import os as __os  # add "__" if not want to be exported',
      '_MODEL_PATH = os.environ.get("INTERNVIDEO2_MODEL_PATH", "your_model_path")',
      'model = dict(',
      '    model_cls="InternVideo2_CLIP",',
      '    vision_encoder=dict(',
      '        name="internvideo2",',
      '        in_chans=3,',
      "        pretrained=f'{_MODEL_PATH}/1B_pt.pth',",
      '    ),',
      '    text_encoder=dict(',
      '        use_flash_attn=True,',
      '        llama_path=f"{_MODEL_PATH}/chinese_alpaca_lora_7b",',
      '    ),',
      '    tokenizer_path=f"{_MODEL_PATH}/chinese_alpaca_lora_7b",',
      '    vision_ckpt_path=f"{_MODEL_PATH}/InternVideo2_Stage2_1B.pth",',
      '    load_vision_ckpt_from_internvideo2_stage2=True,',
      '    text_ckpt_path=f"{_MODEL_PATH}/internvl/internvl_c_13b_224px.pth",',
      '    output_dir=f"{_MODEL_PATH}/runs/eval_1b",',
      '    resume_ckpt_path=f"{_MODEL_PATH}/ckpt_03.pth",',
      '    vision_part=f"{model_dir}/vision_tower.pth",',
      ')',
    ].join('\n');
    expect(rows('scripts/evaluation/clip/zero_shot/1B/config_msrvtt.py', text).sort()).toEqual(
      [
        ['1B_pt.pth', 8],
        ['chinese_alpaca_lora_7b', 12],
        ['chinese_alpaca_lora_7b', 14],
        ['InternVideo2_Stage2_1B.pth', 15],
        ['internvl/internvl_c_13b_224px.pth', 17],
      ].sort(),
    );
  });

  it("drops a class registry's keys (`'InternVideo2_CLIP': InternVideo2_CLIP`): architectures under their own names", () => {
    // OpenGVLab/InternVideo InternVideo2/multi_modality/tasks/pretrain.py:19-22
    const text = [
      'from models import *',
      'MODEL_CLS_REGISTRY = {',
      "    'InternVideo2_CLIP': InternVideo2_CLIP,",
      "    'InternVideo2_Stage2_visual': InternVideo2_Stage2_visual,",
      '}',
      "MODEL_CLS_REGISTRY['InternVideo2_CLIP_small'] = InternVideo2_CLIP_small",
    ].join('\n');
    expect(rows('tasks/pretrain.py', text)).toEqual([]);
  });
});

describe('python: weights keyed in a dict, and a repo folder in a download layout (held-out round 40; session 36)', () => {
  const rows = (relPath: string, text: string) => (python.extract({ relPath, size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line]);

  it("reads a `'pretrained': 'xxx/ViCLIP-L_InternVid-FLT-10M.pth'` entry as the file the placeholder folder holds", () => {
    // OpenGVLab/InternVideo Data/InternVid/demo.ipynb (code cell 3, cut): the catalogue get_viclip is given an entry of.
    const text = [
      '# modify xxx to the path of the pretrained model',
      'model_cfgs = {',
      "    'viclip-l-internvid-10m-flt': {",
      "        'size': 'l',",
      "        'pretrained': 'xxx/ViCLIP-L_InternVid-FLT-10M.pth',",
      '    },',
      "    'viclip-b-internvid-200m': {",
      "        'size': 'b',",
      "        'pretrained': 'checkpoints/ViCLIP-B_InternVid-200M.pth',",
      "        'resume_ckpt': 'runs/ckpt_03.pth',",
      "        'ckpt': 'best.pth',",
      '    },',
      '}',
      "cfg = model_cfgs['viclip-b-internvid-200m']",
      "model_b = get_viclip(cfg['size'], cfg['pretrained'])",
    ].join('\n');
    expect(rows('demo.py', text)).toEqual([
      ['ViCLIP-L_InternVid-FLT-10M.pth', 5],
      ['checkpoints/ViCLIP-B_InternVid-200M.pth', 9],
    ]);
  });

  it('reads a model-named default holding `./model/<org>/<name>`, the folder a download into `./model/` leaves', () => {
    // datawhalechina/tiny-universe content/TinyIMGRAG/IMGRAG/ImgEvaluator.py:16-21 and RewritePrompt.py:13-15, after
    // download_model.py's `modelscope.snapshot_download('Qwen/Qwen2.5-VL-3B-Instruct', cache_dir='./model/')`.
    const text = [
      'def load_qwen_vlm(pretrained_model="./model/Qwen/Qwen2.5-VL-3B-Instruct"):',
      '    model = Qwen2_5_VLForConditionalGeneration.from_pretrained(',
      '        pretrained_model, torch_dtype="auto", device_map="auto"',
      '    )',
      'def load_qwen_llm(model_name = "./model/Qwen/Qwen2.5-7B-Instruct-GPTQ-Int4"):',
      '    return AutoModelForCausalLM.from_pretrained(model_name)',
      'def load_other(model_name = "./model/configs/base"):',
      '    return build(model_name)',
    ].join('\n');
    expect(rows('IMGRAG/ImgEvaluator.py', text)).toEqual([
      ['./model/Qwen/Qwen2.5-VL-3B-Instruct', 1],
      ['./model/Qwen/Qwen2.5-7B-Instruct-GPTQ-Int4', 5],
    ]);
  });
});

describe('python: a model-path constant other weights files are joined onto (held-out round 40: OpenGVLab/InternVideo; session 36)', () => {
  it("drops `MODEL_PATH = '/mnt/.../model/internvideo2'` when the file joins checkpoint files onto it, not the files", () => {
    // OpenGVLab/InternVideo InternVideo2/single_modality/models/internvideo2_teacher.py:20-26
    const text = [
      "MODEL_PATH = '/mnt/petrelfs/share_data/likunchang/model/internvideo2'",
      '_MODELS = {',
      '    # 1B',
      '    "stage1_1B_pt": os.path.join(MODEL_PATH, "stage1/1B/1B_pt.pth"),',
      '    "stage2_1B_pt": \'/mnt/petrelfs/share_data/lixinhao/avp_1b_f4_coco_smit_e4.pt\',',
      '    "stage1_6B_pt": os.path.join(MODEL_PATH, "stage1/6B/6B_pt.pth"),',
      '}',
      "ckpt = torch.load(_MODELS['stage1_1B_pt'], map_location='cpu')['module']",
      "OTHER_MODEL_PATH = '/mnt/share/models/internvideo2-1b'",
    ].join('\n');
    const refs = (python.extract({ relPath: 'models/internvideo2_teacher.py', size: text.length, text }) as ExtractResult).references;
    expect(refs.map((r) => [r.id, r.line]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ['stage1/1B/1B_pt.pth', 4],
      ['stage1/6B/6B_pt.pth', 6],
      ['/mnt/share/models/internvideo2-1b', 9],
    ]);
  });
});

describe('python: a path constant handed to a model keyword (held-out InternLM/Tutorial, round 40, issue #15, session 36)', () => {
  it('reads a constant of any name holding a family-named folder when a model keyword takes it, not when none does', async () => {
    // InternLM/Tutorial docs/L2/InternVL/joke_readme.md:236-243, :266-268, :290-292 (XTuner's InternVL QLoRA config)
    const config = [
      '# Model',
      "path = '/root/model/InternVL2-2B'",
      '',
      '# Data',
      "data_root = '/root/InternLM/datasets/CLoT_cn_2000/'",
      "data_path = data_root + 'ex_cn.json'",
      '',
      'model = dict(',
      '    type=InternVL_V1_5,',
      '    model_path=path,',
      '    freeze_llm=True)',
    ].join('\n');
    const refs = (await python.extract(makeSourceFile('internvl_v2_internlm2_2b_qlora_finetune.py', config))).references.map((r) => [r.id, r.line]);
    expect(refs).toEqual([['/root/model/InternVL2-2B', 2]]);
    const unused = ["path = '/root/model/InternVL2-2B'", 'print(path)'].join('\n');
    expect((await python.extract(makeSourceFile('x.py', unused))).references).toEqual([]);
  });
});

describe('python: held-out huggingface/lerobot (round 40)', () => {
  const rows = (text: string, relPath = 'example.py') => (python.extract(makeSourceFile(relPath, text)) as ExtractResult).references.map((r) => [r.id, r.line]);

  it("reads no model in a motor bus's device tables (`MODEL_RESOLUTION` keyed by servo model numbers)", async () => {
    // huggingface/lerobot src/lerobot/motors/dynamixel/tables.py:116-200 (the tables keyed by Dynamixel model numbers)
    const fixture = loadFixture('python/real-world-lerobot-motor-tables.py');
    expect((await python.extract(fixture)).references.map((r) => [r.id, r.line])).toEqual([]);
    // The same tables in a file that names no baud rate are still read as keyed by models (the rule's one condition).
    const text = fixture.text.replace(/BAUDRATE/g, 'SPEED');
    expect((python.extract(makeSourceFile('tables.py', text)) as ExtractResult).references.length).toBeGreaterThan(0);
  });

  it('reads no model in the `repo_id` of a dataset (a dataset class, a tool given a dataset) nor in `"N/A"`', () => {
    // huggingface/lerobot examples/dataset/load_lerobot_dataset.py:47-49, examples/dataset/use_dataset_tools.py:49-50,
    // src/lerobot/scripts/lerobot_info.py:39-41
    const text = [
      'from lerobot.datasets import LeRobotDataset, LeRobotDatasetMetadata, delete_episodes',
      '',
      'def main():',
      "    # Let's take this one for this example",
      '    repo_id = "lerobot/aloha_mobile_cabinet"',
      '    # We can have a look and fetch its metadata to know more about it:',
      '    ds_meta = LeRobotDatasetMetadata(repo_id)',
      '    dataset = LeRobotDataset(repo_id="lerobot/pusht")',
      '    filtered_dataset = delete_episodes(dataset, episode_indices=[0, 2], repo_id="lerobot/pusht_filtered")',
      '',
      'def get_package_version(package_name: str) -> str:',
      '    """Get the version of a package if it exists, otherwise return \'N/A\'."""',
      '    return "N/A"',
      '',
      'policy = ACTPolicy.from_pretrained("lerobot/act_aloha_sim_transfer_cube_human")',
    ].join('\n');
    expect(rows(text)).toEqual([['lerobot/act_aloha_sim_transfer_cube_human', 15]]);
  });
});

describe('python: held-out microsoft/JARVIS (round 40)', () => {
  it('reads the Hub ids keying a dict of loaded pipelines and those the requested model is compared with', () => {
    // microsoft/JARVIS hugginggpt/server/models_server.py:84-99, 302-311 and 383-388 (cut)
    const text = [
      'def load_pipes(local_deployment):',
      '    if local_deployment in ["full"]:',
      '        other_pipes = {',
      '            "nlpconnect/vit-gpt2-image-captioning":{',
      '                "model": VisionEncoderDecoderModel.from_pretrained(f"{local_fold}/nlpconnect/vit-gpt2-image-captioning"),',
      '                "device": device',
      '            },',
      '            "damo-vilab/text-to-video-ms-1.7b": {',
      '                "model": DiffusionPipeline.from_pretrained(f"{local_fold}/damo-vilab/text-to-video-ms-1.7b", torch_dtype=torch.float16, variant="fp16"),',
      '                "device": device',
      '            },',
      '        }',
      '        controlnet_sd_pipes = {',
      '            "lllyasviel/sd-controlnet-depth":{',
      '                "control": ControlNetModel.from_pretrained(f"{local_fold}/lllyasviel/sd-controlnet-depth", torch_dtype=torch.float16),',
      '                "model": controlnetpipe,',
      '            },',
      '        }',
      '',
      'def models(model_id):',
      '    try:',
      '        # text to video',
      '        if model_id == "damo-vilab/text-to-video-ms-1.7b":',
      '            pipe.scheduler = DPMSolverMultistepScheduler.from_config(pipe.scheduler.config)',
      '        if args.mode == "server/test":',
      '            pass',
    ].join('\n');
    const found = (python.extract(makeSourceFile('hugginggpt/server/models_server.py', text)) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['nlpconnect/vit-gpt2-image-captioning', 4],
        ['damo-vilab/text-to-video-ms-1.7b', 8],
        ['lllyasviel/sd-controlnet-depth', 14],
        ['damo-vilab/text-to-video-ms-1.7b', 23],
      ]),
    );
    // `args.mode == "server/test"`: not a model-named value.
    expect(found.some(([id]) => String(id).includes('server'))).toBe(false);
  });
});

describe('python: a name that says no such model exists', () => {
  it("does not read a test's `unknown-model` given to an Ollama embedding function, and reads the real one beside it", () => {
    // chroma-core/chroma chromadb/test/ef/test_ollama_ef.py
    const text = [
      'import pytest',
      '',
      'from chromadb.utils.embedding_functions.ollama_embedding_function import (',
      '    OllamaEmbeddingFunction,',
      ')',
      '',
      '',
      'def test_ollama_unknown_model() -> None:',
      '    pytest.importorskip("ollama", reason="ollama not installed")',
      '    model_name = "unknown-model"',
      '    ef = OllamaEmbeddingFunction(model_name=model_name)',
      '    with pytest.raises(Exception) as e:',
      '        ef(["Here is an article about llamas...", "this is another article"])',
      `    assert f'model "{model_name}" not found' in str(e.value)`,
      '',
      '',
      'def test_ollama_named_model() -> None:',
      '    ef = OllamaEmbeddingFunction(model_name="nomic-embed-text")',
      '',
    ].join('\n');
    const { references } = python.extract({ relPath: 'test_ollama_ef.py', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['nomic-embed-text', 'ollama', 18]]);
  });
});

describe('python: a class named for sentence-transformers', () => {
  it("reads a wrapper's model keyword through sentence-transformers (a bare name as its Hub id), not a positional", () => {
    // chroma-core/chroma examples/basic_functionality/in_not_in_filtering.ipynb (and docs' sentence-transformer.mdx)
    const text = [
      'import chromadb',
      '',
      'from chromadb.utils import embedding_functions',
      '',
      'sentence_transformer_ef = embedding_functions.SentenceTransformerEmbeddingFunction(model_name="all-MiniLM-L6-v2")',
      '',
      '',
      'client = chromadb.Client()',
      'collection = client.get_or_create_collection("test-where-list", embedding_function=sentence_transformer_ef)',
      'embedder = SentenceTransformersTextEmbedder(model="BAAI/bge-small-en-v1.5")',
      'other = SentenceTransformerEmbeddingFunction("cuda")',
      '',
    ].join('\n');
    const { references } = python.extract({ relPath: 'in_not_in_filtering.py', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['sentence-transformers/all-MiniLM-L6-v2', 'huggingface', 5],
      ['BAAI/bge-small-en-v1.5', 'huggingface', 10],
    ]);
  });
});

describe('python: round 41 (held41d) model files and folders in CLI and dataclass defaults', () => {
  it("reads an option's weights file kept in models/ whatever the option is named, and a run's checkpoint folder", () => {
    // OpenMOSS/AnyGPT anygpt/src/infer/cli_infer_chat_model.py:408-415
    const text = [
      "if __name__=='__main__':",
      '    parser = argparse.ArgumentParser()',
      '    parser.add_argument("--model-name-or-path", type=str, default="output_models/visual_inter_speech_golden_fs/checkpoint-30000")',
      '    parser.add_argument("--image-tokenizer-path", type=str, default="models/seed-tokenizer-2/seed_quantizer.pt")',
      '    parser.add_argument("--speech-tokenizer-path", type=str, default="models/speechtokenizer/ckpt.dev")',
      '    parser.add_argument("--speech-tokenizer-config", type=str, default="models/speechtokenizer/config.json")',
      '    parser.add_argument("--soundstorm-path", type=str, default="models/soundstorm/speechtokenizer_soundstorm_mls.pt")',
      '    ',
      '    parser.add_argument("--output-dir", type=str, default="infer_output/test")',
      '    parser.add_argument("--save-path", type=str, default="models/out/speech_best.pt")',
      '    args = parser.parse_args()',
      '',
    ].join('\n');
    const { references } = python.extract({ relPath: 'anygpt/src/infer/cli_infer_chat_model.py', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['output_models/visual_inter_speech_golden_fs/checkpoint-30000', 'local', 3],
      ['models/seed-tokenizer-2/seed_quantizer.pt', 'local', 4],
      ['models/soundstorm/speechtokenizer_soundstorm_mls.pt', 'local', 7],
    ]);
  });

  it("reads a dataclass model field's default folder named with a size under any relative path", () => {
    // OpenMOSS/AnyGPT anygpt/src/train/stage1_pretrain.py:32-40
    const text = [
      '@dataclass',
      'class ModelArguments:',
      '    model_name_or_path: Optional[str] = field(',
      '        default="share_data/llama2_hf/llama-2-7b-hf",',
      '        metadata={"help": "Path to pretrained model"},',
      '    )',
      '    cache_dir: Optional[str] = field(',
      '        default="mllm/data/both_cache",',
      '    )',
      '    model_name_or_path: Optional[str] = field(default="runs/exp1/final")',
      '',
    ].join('\n');
    const { references } = python.extract({ relPath: 'anygpt/src/train/stage1_pretrain.py', size: text.length, text }) as ExtractResult;
    // (Not a cache folder, nor a model field's folder named with no size.)
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['share_data/llama2_hf/llama-2-7b-hf', 'local', 4]]);
  });
});

describe('python: held-out round 41 (josStorer/RWKV-Runner backend-python)', () => {
  const refs = async (path: string, text: string) =>
    ((await python.extract(makeSourceFile(path, text))) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("reads an option's Windows-path default to a weights file as the local model it loads", async () => {
    // backend-python/bench/albatross_real_http_benchmark.py
    const text = [
      'def parse_args() -> argparse.Namespace:',
      '    parser = argparse.ArgumentParser()',
      '    parser.add_argument("--kernel-arch", default="sm80_compute80")',
      '    parser.add_argument(',
      '        "--model",',
      '        default=r"D:\\RWKV_Runner\\models\\RWKV7-G1-1.5B-16%25trained-20250308-ctx4k.pth",',
      '    )',
      '    parser.add_argument("--output-model", default=r"D:\\out\\RWKV7-merged-1.5B.pth")',
      '    return parser.parse_args()',
      '',
    ].join('\n');
    expect(await refs('bench/albatross_real_http_benchmark.py', text)).toEqual([
      ['D:\\RWKV_Runner\\models\\RWKV7-G1-1.5B-16%25trained-20250308-ctx4k.pth', 'local', 6],
    ]);
  });

  it("leaves a MIDI file in a pydantic model's schema example alone (a file's name, no Hub id)", async () => {
    // backend-python/routes/midi.py
    const text = [
      'class MidiToTextBody(BaseModel):',
      '    midi_path: str',
      '',
      '    model_config = {',
      '        "json_schema_extra": {',
      '            "example": {',
      '                "midi_path": "midi/sample.mid",',
      '            }',
      '        }',
      '    }',
      '',
    ].join('\n');
    expect(await refs('backend-python/routes/midi.py', text)).toEqual([]);
  });

  it('leaves weights files named as stand-ins alone (`example-`), and keeps real names beside them (`-test`, `dummy-` name released files too)', async () => {
    // backend-python/tests/test_albatross_unsupported.py, test_albatross_strategy.py
    const text = [
      'class AlbatrossUnsupportedTest(unittest.TestCase):',
      '    def test_rejects_old_gpu(self):',
      '        with self.assertRaises(RuntimeError):',
      '            model = AlbatrossRWKV("models/RWKV7-G1-1.5B-ctx4k.pth")',
      '    def test_rejects_cpu(self):',
      '        with self.assertRaises(RuntimeError):',
      '            model = AlbatrossRWKV("models/example-rwkv7.pth")',
      '    def test_gguf(self):',
      '        body = ModelConfigBody(model="models/rwkv7-test.gguf", strategy="albatross")',
      '',
    ].join('\n');
    // (`-test` is no stand-in by itself: stepfun-ai/Step1X-Edit releases `step1x-edit_test.safetensors`.)
    expect(await refs('backend-python/tests/test_albatross_unsupported.py', text)).toEqual([
      ['models/rwkv7-test.gguf', 'local', 9],
      ['models/RWKV7-G1-1.5B-ctx4k.pth', 'local', 4],
    ]);
  });
});

describe('python: held-out round 41 (SWivid/F5-TTS, huggingface/speech-to-speech, issue #15, session 37)', () => {
  const rows = (relPath: string, text: string) =>
    (python.extract({ relPath, size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("reads a relative path assigned to a checkpoint's or local model's variable as the model on disk", () => {
    // SWivid/F5-TTS src/f5_tts/eval/eval_seedtts_testset.py and infer/infer_cli.py.
    const text = [
      '    local = args.local',
      '    if local:  # use local custom checkpoint dir',
      '        if lang == "zh":',
      '            asr_ckpt_dir = "../checkpoints/funasr"  # paraformer-zh dir under funasr',
      '        elif lang == "en":',
      '            asr_ckpt_dir = "../checkpoints/Systran/faster-whisper-large-v3"',
      '    else:',
      '        asr_ckpt_dir = ""  # auto download to cache dir',
      '    wavlm_ckpt_dir = "../checkpoints/UniSpeech/wavlm_large_finetune.pth"',
      'if vocoder_name == "vocos":',
      '    vocoder_local_path = "../checkpoints/vocos-mel-24khz"',
      'save_ckpt_dir = "./ckpts/run-2"',
      'asr_local_path = "./ckpts/epoch_3"',
    ].join('\n');
    expect(rows('eval_seedtts_testset.py', text)).toEqual([
      ['../checkpoints/Systran/faster-whisper-large-v3', 'local', 6],
      ['../checkpoints/UniSpeech/wavlm_large_finetune.pth', 'local', 9],
      ['../checkpoints/vocos-mel-24khz', 'local', 11],
    ]);
  });

  it('leaves the stand-in owner of a registry test (`custom/whisper`, `custom/mlx-model`) and keeps a real id beside it', () => {
    // huggingface/speech-to-speech tests/test_backend_registry.py
    const text = [
      'def test_facebook_mms_handler_honors_model_override(monkeypatch):',
      '    handler = FacebookMMSTTSHandler.__new__(FacebookMMSTTSHandler)',
      '    handler.setup(Event(), model_name="custom/mlx-model", language="fr", device="cpu")',
      '    assert handler._initial_model_name == "custom/mlx-model"',
      '    args = parse_arguments(["--stt", "whisper", "--stt_model_name", "custom/whisper"])',
      '    handler.model_name = "facebook/mms-tts-eng"',
    ].join('\n');
    expect(rows('tests/test_backend_registry.py', text)).toEqual([['facebook/mms-tts-eng', 'huggingface', 6]]);
  });
});

// Held-out round 41 (session 37, held41f): shapes cut from PhoebusSi/Alpaca-CoT.
describe('python: round 41 (PhoebusSi/Alpaca-CoT)', () => {
  const refsOf = async (relPath: string, text: string) =>
    ((await python.extract({ relPath, size: text.length, text })) as ExtractResult).references.map((r) => [r.id, r.line]);

  it('takes no constant from a literal that starts a concatenation; the plain assignment keeps its own', async () => {
    // generate.py:26-37 and its loads.
    const text = [
      'if args.model_type == "llama":',
      '    BASE_MODEL = "decapoda-research/llama-7b-hf"',
      '    tokenizer = LlamaTokenizer.from_pretrained(BASE_MODEL)',
      '    LORA_WEIGHTS = "./saved-"+args.data+args.size+"b"',
      'elif args.model_type == "bloom":',
      '    BASE_MODEL = "bigscience/bloomz-7b1-mt"',
      '    tokenizer = BloomTokenizerFast.from_pretrained(BASE_MODEL)',
      '    LORA_WEIGHTS = "./saved_bloominstinwild-belle1.5m/middle"',
      'elif args.model_type == "chatglm":',
      '    BASE_MODEL = "THUDM/chatglm-6b"',
      '    tokenizer = AutoTokenizer.from_pretrained(BASE_MODEL,trust_remote_code=True)',
      '    LORA_WEIGHTS = "./saved_chatglm" + args.data ',
      '',
      'model = PeftModel.from_pretrained(',
      '    model,',
      '    LORA_WEIGHTS,',
      '    torch_dtype=torch.float16,',
      ')',
      '',
    ].join('\n');
    const found = await refsOf('generate.py', text);
    expect(found).toContainEqual(['./saved_bloominstinwild-belle1.5m/middle', 8]);
    expect(found.some(([id]) => String(id).startsWith('./saved_chatglm') || String(id).startsWith('./saved-'))).toBe(false);
  });
});

describe('python: a dict of classes per model type (round 41, PhoebusSi/Alpaca-CoT)', () => {
  it('reads no model in the keys of a dict named for model classes (the architectures `--model_type` picks)', async () => {
    // uniform_finetune.py:37-52
    const text = [
      "ModelClass = namedtuple(\"ModelClass\", ('tokenizer', 'model'))",
      '',
      '_MODEL_CLASSES = {',
      '    "llama": ModelClass(**{',
      '        "tokenizer": LlamaTokenizer,',
      '        "model": LlamaForCausalLM,',
      '    }),',
      '    "chatglm2": ModelClass(**{',
      '        "tokenizer": AutoTokenizer,',
      '        "model": AutoModel,',
      '    }),',
      '}',
      'MODEL_SAMPLE_RATES = {"sonic-2": 44100}',
      '',
    ].join('\n');
    const found = ((await python.extract({ relPath: 'uniform_finetune.py', size: text.length, text })) as ExtractResult).references.map((r) => [r.id, r.line]);
    expect(found).toEqual([['openai-compatible/sonic-2', 13]]);
  });
});
