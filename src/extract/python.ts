// Python source: transformers / sentence-transformers / huggingface_hub / vLLM / PEFT / diffusers /
// LangChain / LlamaIndex / Ollama / ModelScope / OpenAI-compatible clients. Follows simple
// indirection inside the file (constants, os.getenv defaults, argparse defaults and choices).
// The reported location is where the id string is written, not the call.
import type { Diagnostic } from '../model/diagnostic.js';
import type { RawReference } from '../model/reference.js';
import { defineExtractor, type ExtractResult } from './extractor.js';
import type { SourceFile } from './source-file.js';
import {
  CLIENT_METHOD,
  assignedAgain,
  findCalls,
  fStringValue,
  keptWithCallSites,
  listItems,
  stringConstants,
  type Argument,
  type Call,
} from './shared/calls.js';
import {
  argReference,
  COMPONENT_MODEL_FLAG,
  LAUNCHER_PROGRAMS,
  MODEL_PROGRAMS,
  modelsInArgs,
  programAlternation,
  QUANTISED_FOLDER,
  WEIGHTS_ROOT_FOLDER,
  tokenize,
  type ArgModel,
  type Token,
} from './shared/cli-args.js';
import { pythonDocstringLines } from './shared/python-docstrings.js';
import {
  CONVENTIONAL_WEIGHT_FILE,
  isNotAnOrg,
  isBareSizedModelFolder,
  isPlaceholderPath,
  isStandInName,
  looksLikeHubId,
  modelFromPath,
  pretrainedModelPath,
  OUTPUT_MODEL_SETTING,
  parseHubReference,
  saysMissing,
  sentenceTransformersId,
  WEIGHT_FILE,
  WEIGHTS_ONLY_FILE,
  isWeightsFileInModelsFolder,
  GGML_BIN_FILE,
  LEGACY_NAMES,
  weightsUrlFile,
} from '../model/ids.js';
import { PositionIndex } from './shared/position.js';
import { otherRepoCallLines, otherRepoDocstringLines } from './shared/other-repo-docstrings.js';
import { wordMatches, wordStartsHolding } from './shared/word-matches.js';
import { matchesFromLineStartsWith } from './shared/line-matches.js';
import { classifyOllamaName, isOllamaLibraryName, namesOllama } from './shared/ollama-tag.js';
import { spacyPipelineId } from './shared/spacy.js';
import { classify as classifyName, inModuleDescriptor, isModuleOfClassPair, isNameShaped, isPlaceholderName, NOT_A_MODEL_VALUE } from './shared/model-name.js';
import { isModelOnlyFile } from './shared/keyed-name.js';
import {
  apiModelId,
  contextOnlyId,
  hostedModelId,
  isContextOnlyId,
  libraryConstantPackages,
  libraryConstants,
  libraryConstantsIn,
  libraryLoad,
  libraryModel,
  asAliasRequest,
  litellmModel,
  litellmPrefixes,
  modelIdKeywordModules,
  modelIdKeywordProvider,
  OLLAMA_SERVER,
  OPENAI,
  providerForClient,
  providerForModule,
  providerForName,
  providerForUrl,
  servedAliases,
  type LibraryConstants,
  type ProviderMatch,
  providerIds,
  providerById,
} from '../registry/providers.js';
import { familyNamedLike, loadRegistry } from '../registry/load.js';
import { hostedRoute } from './shared/hosted-route.js';
import { hubPairs } from './shared/hub-pairs.js';
import { catalogueNames } from './shared/model-catalogues.js';
import { modelScopeByDefault, onModelScope } from './shared/default-hub.js';
import { isLineBreakCode, isSpaceAt, isWordCode } from './shared/char-codes.js';
import { compileWordPresence } from '../scan/literal-scan.js';
import { escapeRegExp } from './shared/words.js';
import { familyNamedPath, isFamilyName } from './shared/family-folder.js';
import { namesProjectRoot, rootedFoldersLoaded } from './shared/rooted-folders.js';
import { lazyllmModel } from './shared/library-slots.js';
import { HF_ARG_KEY } from './shared/config-keys.js';
import { isWhisperCheckpointUrl } from './shared/whisper-checkpoint.js';

/**
 * huggingface_hub calls that read a repo, a model unless `repo_type` says otherwise
 * (https://huggingface.co/docs/huggingface_hub/package_reference/hf_api): `file_exists("bigcode/starcoder", "config.json")`,
 * `list_repo_refs("gpt2")`, `get_safetensors_metadata("bigscience/bloom")`. Writes (create_branch, upload_file) are outputs.
 */
const HUB_REPO_READS = [
  'file_exists',
  'list_repo_tree',
  'list_repo_files',
  'list_repo_refs',
  'list_repo_commits',
  'get_safetensors_metadata',
  'get_paths_info',
  'repo_info',
  'revision_exists',
];
/** spaCy's calls that load, fetch or look for a trained pipeline by name. */
const SPACY_CALLS = /^spacy\.(?:load|cli\.download|util\.is_package)$/;
/** Calls whose first positional argument (or model keyword) is a Hub model id. */
const HUB_CALLS = new Set([
  'from_pretrained',
  // diffusers' adapter loaders take a Hub repo (or a folder) first, as from_pretrained does: `pipe.load_ip_adapter(
  // 'h94/IP-Adapter', subfolder="models", weight_name="ip-adapter-plus_sd15.safetensors")` (Tencent-Hunyuan/Hunyuan3D-2's
  // texgen utils), `load_lora_weights("org/lora")`, `load_textual_inversion("sd-concepts-library/cat-toy")`
  // (https://huggingface.co/docs/diffusers/api/loaders/ip_adapter).
  'load_ip_adapter',
  'load_lora_weights',
  'load_textual_inversion',
  'SentenceTransformer',
  'CrossEncoder',
  'SparseEncoder',
  'hf_hub_download',
  'snapshot_download',
  'InferenceClient',
  'AsyncInferenceClient',
  'LLM',
  'AsyncLLMEngine',
  'HuggingFaceEmbeddings',
  'HuggingFaceBgeEmbeddings',
  'HuggingFaceInstructEmbeddings',
  'HuggingFaceEndpoint',
  'HuggingFacePipeline',
  'HuggingFaceEndpointEmbeddings',
  'HuggingFaceLLM',
  // LangChain's vLLM wrapper loads its `model` in process (`VLLM(model="mosaicml/mpt-7b", trust_remote_code=True)`,
  // https://python.langchain.com/docs/integrations/llms/vllm/), a Hub id or a folder; its OpenAI-client sibling is `VLLMOpenAI`.
  'VLLM',
  'HuggingFaceEmbedding',
  'HuggingFaceInferenceAPI',
  'TextEmbedding',
  'FlagModel',
  'BGEM3FlagModel',
  'FlagReranker',
  'FlagLLMReranker',
  'SentenceTransformerEmbeddings',
  'from_model_id',
  'model_info',
  'AutoConfig',
  'HFLM',
  // An adapter loaded onto a model: transformers' PEFT integration `model.load_adapter("org/lora")`
  // (https://huggingface.co/docs/transformers/peft), AdapterHub's `model.load_adapter("AdapterHub/...")`
  // (https://docs.adapterhub.ml/loading.html).
  'load_adapter',
  // MLC LLM's engines (https://llm.mlc.ai/docs/deploy/python_engine.html): `MLCEngine(model="HF://mlc-ai/X-MLC")`, or a
  // converted model's folder (`MLCEngine(model="./dist/X-MLC", model_lib=...)`).
  'MLCEngine',
  'AsyncMLCEngine',
  // TGI's Python client for the Hub's Inference API (PyPI `text-generation`): `InferenceAPIClient("bigscience/bloomz")`
  // queries that model (huggingface/text-generation-inference clients/python/text_generation/inference_api.py).
  'InferenceAPIClient',
  'InferenceAPIAsyncClient',
  // guidance's in-process transformers model (`models.Transformers("gpt2")`, `Transformers("microsoft/Phi-4-mini-instruct")`:
  // guidance-ai/guidance README.md, guidance/models/_transformers.py; its chat variant `TransformersChat` before 0.2) loads its
  // first argument as from_pretrained does: a Hub id, a legacy bare id, or a folder. (sentence-transformers' module is the
  // singular `Transformer`, ST_MODULE_CALLS.)
  'Transformers',
  'TransformersChat',
  ...HUB_REPO_READS,
]);
/**
 * sentence-transformers' modules that load a Hub model by its id: `models.Transformer`, the sparse encoders'
 * `MLMTransformer`, `CLIPModel` (https://sbert.net/docs/package_reference/sentence_transformer/models.html,
 * https://sbert.net/docs/package_reference/sparse_encoder/models.html), and the static embeddings built from one
 * (`StaticEmbedding.from_distillation`, `from_model2vec`, `SparseStaticEmbedding.from_json`).
 */
const ST_MODULE_CALLS = new Set(['Transformer', 'MLMTransformer', 'CLIPModel']);
const ST_STATIC_LOADS = /(?:^|\.)(?:Sparse)?StaticEmbedding\.(?:from_distillation|from_model2vec|from_json)$/;

/**
 * A test's call that starts a model server on a model (TGI's integration-test fixture `launcher("huggyllama/llama-7b",
 * num_shard=2)`, huggingface/text-generation-inference integration-tests/conftest.py; SGLang's `popen_launch_server(model,
 * base_url)`; `start_server("org/x")`): its first argument, a Hub id only (the fixture's own name is no loader, so a bare
 * word there is not read), and the LoRA adapters it loads (`lora_adapters=["predibase/dbpedia"]`).
 */
const SERVER_LAUNCH = /^(?:launcher|\w*launch_server|start_server)$/;
const LAUNCH_ADAPTERS = new Set(['lora_adapters', 'adapters']);
/**
 * A project's own wrapper of a Hub download, named for it (ms-swift's `safe_snapshot_download('swift/test_lora')`,
 * `ms_snapshot_download`): read as the download it wraps; not a dataset's (ModelScope's `dataset_snapshot_download`).
 */
const DOWNLOAD_WRAPPER = /^(?!.*dataset)\w+_(snapshot_download|hf_hub_download)$/i;
/**
 * A helper named for downloading a file (`download_file`, `download_model_file`, `_download_weights`), not a dataset's
 * nor one from GitHub or a URL (camel's `download_github_subdirectory("ShishirPatil/gorilla", subdir, dir)`): read when
 * given a Hub id and the file to take from it (FILE_ARGUMENT, or a second argument that is a file's name).
 */
const FILE_DOWNLOAD_HELPER = /^(?!.*(?:data|git|url))\w*download\w*$/i;
const FILE_ARGUMENT = /^(?:file_?name|allow_patterns)$/i;
/**
 * A project's own helper named for loading or fetching a model from the Hub (Plachtaa/seed-vc's `load_custom_model_from_hf(
 * "funasr/campplus", "campplus_cn_common.bin", config_filename=None)`, a wrapper of hf_hub_download; LLaVA-derived builders'
 * `load_from_hf(repo_id, filename)`): its first argument, an `org/name` Hub id only. Not a dataset's reader (`_read_from_hf`).
 */
const HUB_HELPER = /^_?(?:load|download|fetch|get)(?!\w*data)\w*_from_(?:hf|hub|huggingface)(?:_hub)?$/i;
/**
 * A project's own loader handed the transformers class to build and then the repo (kohya-ss/sd-scripts' tokenize
 * strategies: `self._load_tokenizer(CLIPTokenizer, TOKENIZER2_PATH, tokenizer_cache_dir=...)`, which calls
 * `CLIPTokenizer.from_pretrained(TOKENIZER2_PATH)`): its second argument, an `org/name` Hub id only.
 */
const CLASS_LOADER = /^_?load_?\w*(?:tokenizer|processor)$/i;
const TRANSFORMERS_CLASS = /^[A-Z]\w*(?:Tokenizer(?:Fast)?|Processor|Model|Encoder)$/;
/**
 * A project's own helper named for downloading from a hub, by the hub's short name at its end (jianchang512/pyvideotrans's
 * `check_and_down_hf(model_id, repo_id, local_dir)` and `check_and_down_ms(model_id, local_dir=...)`, `download_hf`,
 * `fetch_model_from_modelscope`): each argument holding an `org/name` Hub id is the repo it downloads, from ModelScope
 * when the name says `ms`/`modelscope`. Not a dataset's (`download_dataset_hf`).
 */
const HUB_DOWNLOAD_HELPER = /^_?(?!\w*data)\w*(?:down|fetch)\w*_(hf|hub|huggingface|ms|modelscope)$/i;
/** The Hub call a call's name stands for: its own, or the download a wrapper named for it wraps. */
const hubCallName = (name: string) => DOWNLOAD_WRAPPER.exec(name)?.[1] ?? name;
/**
 * Loaders of model files on disk: their path is a `local` model (`Llama(model_path="models/x.gguf")`), so llama.cpp's C API
 * as llama-cpp-python binds it (`llama_cpp.llama_model_load_from_file(b"./models/x.gguf", params)`, and its older name).
 */
const LOCAL_FILE_CALLS = new Set(['Llama', 'LlamaCpp', 'GPT4All', 'CTransformers', 'llama_model_load_from_file', 'llama_load_model_from_file']);
/** Hub calls whose id is never a folder on disk (downloads, API clients, metadata). */
const NEVER_LOCAL = new Set([
  'hf_hub_download',
  'snapshot_download',
  'InferenceClient',
  'AsyncInferenceClient',
  'HuggingFaceEndpoint',
  'HuggingFaceEndpointEmbeddings',
  'HuggingFaceInferenceAPI',
  'model_info',
  'from_model_id',
  ...HUB_REPO_READS,
]);
/** Calls that load through sentence-transformers, which reads a bare "all-MiniLM-L6-v2" as sentence-transformers/all-MiniLM-L6-v2. */
const SENTENCE_TRANSFORMERS_CALLS = new Set([
  'SentenceTransformer',
  'SentenceTransformerEmbeddings',
  'HuggingFaceEmbeddings',
  'HuggingFaceEmbedding',
  'HuggingFaceBgeEmbeddings',
  'HuggingFaceInstructEmbeddings',
]);
/**
 * Any other library's class named for sentence-transformers (chroma's `SentenceTransformerEmbeddingFunction(model_name=
 * "all-MiniLM-L6-v2")`, Haystack's `SentenceTransformersTextEmbedder(model=...)`): a wrapper that loads its model keyword
 * through that library, a bare name as `sentence-transformers/<name>`. Only its model keyword (a first positional may be
 * anything of the wrapper's own).
 */
const SENTENCE_TRANSFORMERS_CLASS = /^(?:[A-Z]\w*SentenceTransformers?\w*|SentenceTransformers?[A-Z]\w*)$/;
const OLLAMA_CALLS = new Set(['ChatOllama', 'OllamaEmbeddings', 'OllamaLLM', 'Ollama', 'OllamaEmbedding']);
/**
 * Any other library's Ollama class (Haystack's `OllamaChatGenerator(model="zephyr")`, `OllamaTextEmbedder`, an
 * `OllamaEmbedder(model=...)`): a capitalised name holding `Ollama`, whose model keyword is an Ollama tag.
 */
const OLLAMA_CLASS = /^(?:[A-Z]\w*Ollama\w*|Ollama[A-Z]\w*)$/;
const OLLAMA_MODULE_CALLS = /^(ollama|client|ollama_client|\w*ollama\w*)\.(chat|generate|embed|embeddings|pull|show|create)$/i;
const MODEL_KEYWORDS = new Set([
  'pretrained',
  'model',
  'model_name',
  'model_id',
  'repo_id',
  'model_name_or_path',
  'pretrained_model_name_or_path',
  'base_model',
  'model_path',
  'tokenizer',
  'embed_model',
  'path_or_hf_repo',
]);
/** A folder name that says only that weights are there (`model`, `outputs`, `checkpoint`, `pretrained_models`, `ckpt`). */
const GENERIC_FOLDER_WORD =
  /^(?:models?|outputs?|checkpoints?|ckpts?|weights|pretrained(?:_models?)?|saved(?:_models?)?|tokenizers?|results?|tmp|temp|cache|data|base|lora|adapter|peft|merged?|final|best|last|latest|hf|huggingface)$/i;
/** A `str.format` field left in a value (`{}`, `{0}`, `{name}`): a template, not a name. */
const FORMAT_FIELD = /\{(?:\d*|[A-Za-z_]\w*)\}/;
/** OpenAI-style clients: the provider is the host of their base URL (OpenAI's own without one). */
const OPENAI_CLIENTS = new Set([
  'OpenAI',
  'AsyncOpenAI',
  'ChatOpenAI',
  'OpenAIEmbeddings',
  'OpenAILike',
  'AzureOpenAI',
  'AsyncAzureOpenAI',
  // smolagents' OpenAI-compatible model classes (`OpenAIServerModel(model_id="Qwen2.5-72B-Instruct", api_base=...)`,
  // https://huggingface.co/docs/smolagents/reference/models), which name the model `model_id`.
  'OpenAIServerModel',
  'AzureOpenAIServerModel',
]);
/** The clients above that take the model as `model_id` (smolagents'). */
const MODEL_ID_CLIENTS = new Set(['OpenAIServerModel', 'AzureOpenAIServerModel']);
const BASE_URL_KEYWORDS = new Set(['base_url', 'openai_api_base', 'api_base']);
/**
 * Model-named settings that hold an architecture, a class or a folder, not a model: `model_type = "gpt2"`. And a cache's
 * repo (`OPTIMUM_CACHE_REPO_ID = "optimum-internal-testing/neuron-testing-cache"`, optimum-neuron's compiled-artifact
 * cache, https://huggingface.co/docs/optimum-neuron/guides/cache_system): where compiled graphs are kept, no model.
 */
const NOT_A_MODEL_NAME = /(type|class|cls|arch|architecture|family|format|kwargs|dir|folder|suffix|prefix|alias|served_model_name)$|cache_repo/i;
/** A call's keyword naming the tokenizer it loads apart from the model (vLLM's `LLM(model=..., tokenizer=...)`). */
const TOKENIZER_REPO_KEYWORD = /^tokeni[sz]er$/;
/** Settings for a tokenizer's model, whose bare value is a tokenizer type (`gpt2`, `llama`) unless it is an `org/name` id. */
const tokenizerType = (name: string, value: string) => /tokeni[sz]er_?model$/i.test(name) && !value.includes('/');
/** Settings that name the folder a model sits in (`model_path`, `onnx_model_dir`), not where one is written. */
const MODEL_FOLDER_KEY = /model[-_]?(path|dir)$/i;
/**
 * The same as a keyword or an assignment, `model_name_or_path` too (transformers' own name for it), and any
 * `<x>_name_or_path` keyword of a wrapper (`Qwen2_5_LLM(mode_name_or_path = "...")`, datawhalechina/self-llm's LangChain
 * wrappers, whose tutorials spell it so).
 */
const MODEL_FOLDER_SETTING = /(?:model[-_]?(?:path|dir)|model_name_or_path|_name_or_path)$/i;
/** A root a module constant holds (`{_MODEL_PATH}`, `{CKPT_DIR}`): upper case, no call or attribute. */
const CONSTANT_ROOT = /^_*[A-Z][A-Z0-9_]*$/;
/**
 * A setting or keyword named for weights it loads: a checkpoint (`vision_ckpt_path`, `checkpoint`), pretrained weights
 * (`pretrained`, `pretrained_path`), a model's or a network part's path (`audio_model_path`, `llama_path`, `encoder_path`).
 */
const WEIGHTS_SETTING =
  /^(?:\w+_)?(?:ckpt|checkpoint|weights?|pretrained)(?:_(?:path|file|dir))?$|(?:^|_)(?:model|llm|llama|encoder|decoder|backbone|tower|tokenizer)_path$/i;
/** Settings whose folder is written, resumed or read as data, not weights loaded (`resume_ckpt_path`, `save_checkpoint`). */
const NOT_WEIGHTS_SETTING = /^(?:save|output|out|resume|log|cache|work)_|_(?:save|output|cache)_/i;
/** Folders a project keeps model weights in, by name (`models/`, `checkpoints/`, `pretrained_models/`, `weights/`). */
const WEIGHTS_FOLDERS = 'models|checkpoints|pretrained_models|weights';
/**
 * A folder written from the root or home, two parts or more, whose last part is named like a model (letters and a digit:
 * `/temp_data/LLM_test/yuan2B_Janus/`), not an API version (`/api/v2`) nor a file of text or code (`/tmp/run1.log`).
 */
const ABSOLUTE_MODEL_FOLDER =
  /^~?\/(?:[^'"\s/]+\/)+(?=[^'"\s/]*\d)(?=[^'"\s/]*[A-Za-z]{2})(?!v\d+\/?$)[^'"\s/]+?(?<!\.(?:jsonl?|txt|log|csv|py|sh|ya?ml|md))\/?$/;
/**
 * Whether the file joins weights files in folders of their own onto the constant `name` (`os.path.join(MODEL_PATH,
 * "stage1/1B/1B_pt.pth")`): a root of several models. Not a model's own folder a part is joined onto (`os.path.join(
 * model_dir, 'flow.pt')`: a parameter, the file at its top).
 */
function joinsWeightsOnto(text: string, name: string): boolean {
  if (!/^_*[A-Z][A-Z0-9_]*$/.test(name) || !text.includes(`join(${name},`)) return false;
  return new RegExp(`\\bjoin\\(${name},\\s*(['"])[^'"\\n/]+/[^'"\\n]*\\.(?:pth|pt|bin|safetensors|ckpt)\\1`).test(text);
}
/**
 * A path written as one to a Hub or ModelScope repo's folder in the layout a download into a weights folder leaves
 * (`snapshot_download('Qwen/Qwen2.5-VL-3B-Instruct', cache_dir='./model/')` writes `./model/Qwen/Qwen2.5-VL-3B-Instruct`,
 * datawhalechina/tiny-universe's TinyIMGRAG): a folder kept for weights (`model`, `models`, `checkpoints`, ...), then an
 * organisation and a name a Hub id takes, the name named like a model.
 */
const DOWNLOADED_REPO_FOLDER =
  /^(?:\.{1,2}\/|\/|~\/)(?:[^'"\s]*\/)?(?:models?|checkpoints|pretrained_models|weights|model_repos)\/([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*)\/?$/;
function inDownloadLayout(path: string): boolean {
  const repo = DOWNLOADED_REPO_FOLDER.exec(path)?.[1];
  return !!repo && !!parseHubReference(repo) && /\d/.test(repo.slice(repo.indexOf('/') + 1));
}
/** A path written as one (`./`, `../`, `/`, `~/`) to a folder inside a folder kept for weights (`./models/Qwen2.5-14B-Instruct/`). */
const LOCAL_WEIGHTS_FOLDER = new RegExp(`^(?:\\.{1,2}/|/|~/)(?:[^'"\\s]*/)?(?:${WEIGHTS_FOLDERS})/[^'"\\s/]+/?$`);
/**
 * The same written from the project's root without `./`, three parts or more (a Hub id has one slash), the folder kept for
 * weights first: `models/VACE-Annotators/llm/Qwen2.5-3B-Instruct` (ali-vilab/VACE's annotator configs).
 */
const ROOT_WEIGHTS_FOLDER = new RegExp(`^(?:${WEIGHTS_FOLDERS})/(?:[^'"\\s/]+/)+[^'"\\s/]+/?$`);
/**
 * A tokenizer's folder setting (`"TOKENIZER_PATH": "models/VACE-Annotators/gdino/bert-base-uncased"`) holding a path,
 * written as one or from a folder kept for weights, to a folder named like a model (a digit in it) or for a Hub model
 * published without an organisation (`bert-base-uncased`, LEGACY_NAMES): those weights on disk.
 */
function tokenizerFolder(value: string): string | undefined {
  if (!/^(?:\.{1,2}\/|\/|~\/)/.test(value) && !ROOT_WEIGHTS_FOLDER.test(value)) return undefined;
  // A vocabulary file (`tokenizer_path="./utils/g2p/bpe_69.json"`, Plachtaa/VALL-E-X's phoneme BPE): the tokenizer's
  // data, no model and no folder of one.
  if (VOCABULARY_FILE.test(value)) return undefined;
  const onDisk = modelFromPath(value);
  if (onDisk?.source !== 'local') return undefined;
  const last = onDisk.id.slice(onDisk.id.lastIndexOf('/') + 1);
  return namedLikeAModel(onDisk.id) || LEGACY_NAMES.includes(last) ? onDisk.id : undefined;
}
/**
 * A `<x>_name_or_path = "..."` keyword or assignment, or a dict's `"<x>_name_or_path": "..."`, whose name does not say
 * `model` (MODEL_KEYWORD and the model-named dict keys read those): transformers' spelling of what `from_pretrained` takes.
 */
const NAME_OR_PATH_SETTING = /\b([A-Za-z]\w*_name_or_path)(?:\s*=|(['"])\s*:)\s*(['"])([^'"\n]+)\3/g;
/**
 * A setting named for a tokenizer (`tokenizer_hub="Quivr/claude-tokenizer"` in QuivrHQ/quivr's per-model table,
 * `tokenizer_id = "..."`, a dict's `"tokenizer_repo": "..."`, `tokenizer_method="EleutherAI/pythia-6.9b-deduped"` in
 * Data-Juicer's tools/postprocess/count_token.py) holding a Hub id: the repo `from_pretrained` downloads, as
 * `tokenizer_name_or_path` is. Bare values (`tokenizer="cl100k_base"`) are encodings or types, not repos; a setting named
 * for a path, folder or file (`tokenizer_path: str = "asset/tokenizer"`, 2noise/ChatTTS) holds the tokenizer's files.
 */
// (Or read with a default, the literal used when the caller gives none: `tokenizer=kwargs.pop("tokenizer",
// "EleutherAI/gpt-neox-20b")`, EleutherAI/lm-evaluation-harness's mamba_lm.py; `tokenizer = cfg.get("tokenizer", "org/x")`.)
const TOKENIZER_REPO_SETTING =
  /\b([A-Za-z_]*tokeni[sz]er\w*)(?:\s*(?::\s*[\w[\]|. ]+)?=|(['"])\s*:)\s*(?:[A-Za-z_][\w.]*\.(?:get|pop)\(\s*["']\w+["']\s*,\s*)?(['"])([^'"\n]+)\3/gi;
const TOKENIZER_FILES_SETTING = /(?:path|dir|file|folder)$/i;
/** A tokenizer's vocabulary or merges written as a file of text (`bpe_69.json`, `vocab.txt`, `merges.txt`, `cl100k_base.tiktoken`). */
const VOCABULARY_FILE = /\.(?:json|txt|vocab|tiktoken)$/i;
/**
 * A setting named for a dataset, whatever else its name holds (`DEFAULT_MODELSCOPE_DATASET_ID = 'evalscope/deep-swe'`:
 * `MODELSCOPE` is the hub it is on, modelscope/evalscope's benchmark adapters).
 */
const DATASET_SETTING = /dataset/i;
const notAModelName = (name: string) => NOT_A_MODEL_NAME.test(name) || OUTPUT_MODEL_SETTING.test(name) || DATASET_SETTING.test(name);
const DATASET_CALLS = new Set(['load_dataset', 'load_from_disk', 'Dataset']);
/** Keywords naming the platform or provider that serves the model of the same call (CAMEL, LangChain's init_chat_model). */
const PLATFORM_KEYWORDS = new Set(['model_platform', 'model_provider']);
const PLATFORM_KEYWORD_TEXT = /\bmodel_(?:platform|provider)\s*=/;
/** What the dataclass field default pattern needs somewhere in the text (searched for first: most texts hold none). */
const FIELD_CALL = /field\(/i;
/** The model's keyword beside such a platform (CAMEL's `model_type` is the model's name there); else the first positional argument. */
const PLATFORM_MODEL_KEYWORDS = new Set(['model_type', 'model', 'model_name', 'model_id']);
/** Calls that write a model to a folder (transformers, PEFT, Unsloth, Trainer). */
const SAVE_CALLS = new Set(['save_pretrained', 'save_pretrained_merged', 'save_pretrained_gguf', 'save_model']);
const SAVE_KEYWORDS = new Set(['save_directory', 'output_dir', 'save_path']);
/** Dict literals and JSON-ish settings: `{"model_name": "BAAI/bge-m3"}`, `config["base_model"] = "Qwen/..."` (sticky). */
export const MODEL_KEY = /(['"])(\w*(?:model|checkpoint|repo_id|adapter_id)\w*)\1\s*\]?\s*[:=]\s*(['"])([^'"\n]+)\3/iy;
const MODEL_KEY_WORDS = 'model|checkpoint|repo_id|adapter_id';
/** A tower's key (`"vision_encoder"`, `"mm_vision_tower"`, `"audio_tower"`) given a string, by subscript or in a dict. */
const TOWER_KEY = /(['"])((?:mm_)?(?:vision|image|video|audio)_(?:tower|encoder))\1\s*\]?\s*[:=]\s*(['"])([^'"\n]+)\3/g;
const isQuoteCode = (c: number) => c === 34 || c === 39;

/**
 * Every match of MODEL_KEY a global search would find, in order: a match opens with a quote right before a word holding
 * a keyword, so it is tried there only (the words from the keyword search the text's other patterns share), each from
 * where the last match ended, as the global search goes on. (Run over the whole text it was tried at every quote.)
 */
export function* modelKeyMatches(text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (const word of wordStartsHolding(text, MODEL_KEY_WORDS)) {
    if (word - 1 < from || !isQuoteCode(text.charCodeAt(word - 1))) continue;
    MODEL_KEY.lastIndex = word - 1;
    const m = MODEL_KEY.exec(text);
    if (!m) continue;
    from = m.index + m[0].length;
    yield m;
  }
}
/**
 * A model-named keyword or parameter default given a string: `Embedder(model_name="BAAI/bge-m3")`; or the string a
 * conditional expression falls back to, `model_name = request.Model if request.Model else "KittenML/kitten-tts-nano-0.1"`.
 * An adapter's keyword too (`peft_name="shibing624/chatglm3-6b-csc-chinese-lora"` beside `model_name_or_path=`, `lora_path=`):
 * only a Hub id is read from any of them, so a LoRA setting holding no repo (`lora_target="q_proj,v_proj"`) gives nothing.
 * A checkpoint's short spelling too: `DocOwlInfer(ckpt_path='mPLUG/DocOwl2')` (X-PLUG/mPLUG-DocOwl's DocOwl2 README),
 * `ckpt_path = "internlm/internlm-xcomposer2d5-7b-reward"`, `pretrained_ckpt = 'MAGAer13/mplug-owl-llama-7b'`.
 * A parameter's annotation may break inside its brackets (`sentence_transformers_model_name: Optional[\n str] =
 * 'all-mpnet-base-v2'`, as yapf wraps OpenCompass's retrievers), never elsewhere: a bare annotation ends its line.
 */
const MODEL_KEYWORD =
  /\b(\w*(?:model|checkpoint|ckpt|repo_id|adapter_id|peft|lora)\w*)\s*(?::\s*(?:[\w.]+\[[^=()'"\n]*\n[^=()'"]*?\][ \t]*|[\w[\]|. ]+))?=\s*(?:[\w.[\]]+\s+if\s+[^\n=]*?\s+else\s+)?(['"])([^'"\n]+)\2/gi;
/**
 * A constant named for where a model comes from (`*_PATH`, `*_REPO`, `*_ID`, either case; not a bare `repo`, which holds
 * GitHub repositories as often: camel's apibench `repo = "ShishirPatil/gorilla"`), not for data, a Space, an output, a run
 * or a git host (`DATASET_REPO`, `space_id`, `output_path`, `run_id`, `github_repo`); read as a Hub id only in a file that
 * loads from the Hub (LOADS_FROM_HUB).
 */
const HUB_NAMED_CONSTANT = /^_?[A-Za-z]\w*_(?:path|repo|id)$/i;
const NOT_A_MODEL_SOURCE =
  /(?:^|_)(?:out|output|save|export|push|upload|dest|logs?|data|dataset|space|run|user|session|job|result|sample|image|video|audio|font|prompt|url|git|github)(?:_|$)/i;
const LOADS_FROM_HUB = /\.from_pretrained\(|\bhf_hub_download\(|\bsnapshot_download\(|\bfrom_single_file\(/;
/** After a string, the rest of a conditional expression whose other branch is a string: ` if c else "b"` (group 2). */
const CONDITIONAL_OTHER_BRANCH = /^\s+if\s+[^'"\n=]+?\s+else\s+(['"])([^'"\n]+)\1/;
/** A keyword (not a call) named for the load call, given a string: `from_pretrained="./ckpts/google/t5-v1_1-xxl",`. */
const FROM_PRETRAINED_KEYWORD = /[(,\s]from_pretrained\s*=\s*(['"])([^'"\n{}]+)\1/g;
/** What stands before a call's `(` on its line for modelsBuiltFromIds: `model = Wrapper`, `self.llm = mod.Loader`. */
const MODEL_VARIABLE_BUILT = /^[ \t]*(?:self\.)?(?:\w*(?:model|llm|embedder|encoder|reranker|corrector|classifier)\w*|m|pipe)[ \t]*=[ \t]*/;
const MODEL_VARIABLE_SET_TO_CALL = new RegExp(`${MODEL_VARIABLE_BUILT.source}([A-Za-z_][\\w.]*)$`, 'i');
/**
 * Calls that take a path, a text or a name of something else, never a model to build: `Path(`, `open(`, `get(`; and a
 * built model's own methods that move or cast it (`model = model.to(args.device)`, THUDM/WebGLM's train_retriever.py:
 * the device option is no model).
 */
const NOT_A_LOADER =
  /^(?:Path|PurePath|open|join|get|getenv|format|str|print|Image|listdir|exists|glob|load_dataset|read_\w+|urlopen|request|post|to|cuda|cpu|half|float|bfloat16|eval|train|quantize|requires_grad_)$/;

/**
 * `model = GptCorrector("shibing624/chinese-text-correction-1.5b")`, `embedder = Embedder("BAAI/bge-m3", ...)`: the string
 * a call given first builds a model-named variable from (found from each `("`/`('`: one search of the text, not a
 * line-anchored pattern tried at every position). The callee and the string; its caller keeps Hub ids only.
 */
export function modelsBuiltFromIds(text: string): { callee: string; value: string; offset: number }[] {
  const found: { callee: string; value: string; offset: number }[] = [];
  // The line around each `(` and the next quote of each kind, each moved forward only when passed: one long line of
  // many calls (a generated 1.3 MB line of nested loaders) is searched once, not once a call.
  let lineStart = 0;
  let lineEnd = -1;
  let nextDouble = -2;
  let nextSingle = -2;
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    const quote = text[i + 1];
    if (quote !== '"' && quote !== "'") continue;
    if (lineEnd !== -2 && i > lineEnd) {
      lineStart = text.lastIndexOf('\n', i) + 1;
      lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) lineEnd = -2;
    }
    let close: number;
    if (quote === '"') {
      if (nextDouble !== -1 && nextDouble < i + 2) nextDouble = text.indexOf(quote, i + 2);
      close = nextDouble;
    } else {
      if (nextSingle !== -1 && nextSingle < i + 2) nextSingle = text.indexOf(quote, i + 2);
      close = nextSingle;
    }
    if (close < 0 || (lineEnd >= 0 && close > lineEnd)) continue;
    const before = MODEL_VARIABLE_SET_TO_CALL.exec(text.slice(lineStart, i));
    if (!before || !/^\s*[,)]/.test(text.slice(close + 1, close + 40))) continue;
    const callee = before[1]!;
    const name = callee.slice(callee.lastIndexOf('.') + 1);
    if (DATASET_CALLS.has(name) || NOT_A_LOADER.test(name)) continue;
    found.push({ callee, value: text.slice(i + 2, close), offset: i + 2 });
  }
  return found;
}
/** A keyword, parameter default or dict entry of a Hugging Face-prefixed setting (HF_ARG_KEY says which) given a string. */
const HUB_ARG_SETTING = /\b(hf_\w*)\s*(?::\s*[\w[\]|. ]+)?=\s*(['"])([^'"\n]+)\2|(['"])(hf_\w*)\4\s*:\s*(['"])([^'"\n]+)\6/gi;
/** A Hub repo written as a prefix a file name is joined onto (`org/name/`), or with one of its weights files after it. */
const HUB_REPO_PREFIX = /^([\w.-]+\/[\w.-]+)\/(?:[\w.-]+\.(?:bin|safetensors|pth?|ckpt|npz))?$/;
/** The same given a name: `model_id: str = QWEN_3_06B`. */
const MODEL_FROM_CONSTANT = /\b(\w*(?:model|checkpoint|repo_id)\w*)\s*(?::\s*[\w[\]|. ]+)?=\s*([A-Za-z_]\w*)\s*(?=[,)\n#]|$)/gim;

/** A dict literal's `"path": "<value>"` entry. */
const DICT_PATH = /(['"])path\1\s*:\s*(['"])([^'"\n]+)\2/g;
/** A module constant assigned a quoted path alone on its line (`path = '/root/model/InternVL2-2B'`): its name, the quote, the path. */
const PATH_CONSTANT = /^([A-Za-z_]\w*)[ \t]*=[ \t]*(['"])([~./][^'"\n]*)\2[ \t]*$/gm;
/**
 * A path under the project's `data/` folder with no weights folder on the way (OpenCompass's reference predictions,
 * `{'abbr': 'llama-2-70b-chat-hf', 'path': './data/subjective/WildBench/llama2-70b'}`): a model's outputs, named for it.
 */
const DATA_FOLDER_PATH = /^(?:\.\/)?data\/(?!(?:[^/]+\/)*(?:models?|checkpoints?|ckpts?|weights|pretrained\w*)\/)/i;
/** `'model': {` or `'tokenizer': {` then, before any other brace, `'path': '<value>'`. */
const BLOCK_PATH = /(['"])(?:\w+_)?(?:model|tokenizer)\1\s*:\s*\{[^{}]*?(['"])path\2\s*:\s*(['"])([^'"\n]+)\3/g;
/** A dict literal's `'path': '<name>'` and `'openai_api_base': '<address>'` (either order, no nested braces between). */
const OPENCOMPASS_API_ENTRY = /\{[^{}]*?\}/g;
const ENTRY_PATH = /(['"])path\1\s*:\s*(['"])([A-Za-z0-9][\w.:/-]*)\2/;
const ENTRY_BASE = /(['"])openai_api_base\1\s*:\s*(['"])(https?:\/\/[^'"\s]+)\2/;
function openCompassApiModels(text: string): { name: string; baseUrl: string; offset: number }[] {
  const found: { name: string; baseUrl: string; offset: number }[] = [];
  for (const m of text.matchAll(OPENCOMPASS_API_ENTRY)) {
    const base = ENTRY_BASE.exec(m[0]);
    const path = base ? ENTRY_PATH.exec(m[0]) : null;
    if (path) found.push({ name: path[3]!, baseUrl: base![3]!, offset: m.index! + path.index + path[0].length - path[3]!.length - 1 });
  }
  return found;
}

/**
 * An import of a model config, indented under `with read_base():` from a `models` package of configs (`opencompass.configs.
 * models.<family>.<config>`, `.models.<family>.<config>`, `..models...`), or alone from a `configs.models` package; not
 * OpenCompass's classes (`from opencompass.models.openai_api import OpenAI`).
 */
const READ_BASE_MODEL_CONFIG = /^([ \t]*)from[ \t]+((?:\.+|[\w.]*\bconfigs\.)models\.(?:\w+\.)*)(\w+)([ \t]+)import\b/gm;
/** OpenCompass's own local model classes (opencompass/models: intern_model.py, mixtral.py, llama2.py, interntrain.py). */
const OPENCOMPASS_LOCAL_CLASS = /^(?:InternLM|InternTrain|Mixtral|LLaMA|Llama2?|AlayaLM)$/;
/** Its HuggingFace, vLLM and TurboMind classes by their exact names, built directly (a `dict(type=...)` is read by substring). */
const OPENCOMPASS_LOCAL_CALL =
  /^(?:HuggingFace(?:CausalLM|BaseModel|withChatTemplate|ChatGLM3?)?|VLLM(?:withChatTemplate)?|TurboMindModel(?:withChatTemplate)?)$/;
/** An API model's settings in an OpenCompass config: its key or address (opencompass/models/base_api.py and its subclasses). */
const OPENCOMPASS_API_SETTINGS = new Set(['key', 'token', 'api_key', 'openai_api_base', 'url', 'query_per_second']);
/** OpenCompass's settings of any model config (opencompass/models/base.py BaseModel, the runner's `batch_size`). */
const OPENCOMPASS_MODEL_SETTINGS = new Set(['abbr', 'meta_template', 'max_out_len', 'max_seq_len', 'batch_size', 'run_cfg']);
/**
 * The hosted model an OpenCompass API config names by `path` (`path='TeleChat-thinking'` beside `key=`): its provider's
 * id when the address or the name says which (providers.yaml), else the name as only its place says (contextOnlyId).
 * Not a Hub id (read as one elsewhere), a placeholder (`YOUR_SERVER_MODEL_NAME`, `xxx`), nor a config without both kinds of
 * setting (a dataset's `dict(type=X, path=...)` has neither a key nor a batch size).
 */
function openCompassHostedPath(
  call: Call,
  resolveArg: (arg: Argument | undefined) => { value: string; offset: number } | undefined,
): { id: string; offset: number } | undefined {
  const names = new Set(call.args.map((a) => a.name));
  if (![...OPENCOMPASS_API_SETTINGS].some((n) => names.has(n)) || ![...OPENCOMPASS_MODEL_SETTINGS].some((n) => names.has(n))) return undefined;
  const path = resolveArg(call.args.find((a) => a.name === 'path'));
  const name = path?.value.trim();
  if (!path || !name || name.includes('/') || isPlaceholderName(name) || !isNameShaped(name)) return undefined;
  const base = resolveArg(call.args.find((a) => a.name === 'openai_api_base' || a.name === 'url'))?.value ?? '';
  const atUrl = /^https?:\/\//.test(base) ? providerForUrl(base) : undefined;
  const provider = atUrl && !isContextOnlyId(apiModelId(atUrl, name)) ? atUrl : providerForName(name);
  const id = provider ? hostedModelId(provider, name) : contextOnlyId(name);
  return id ? { id, offset: path.offset } : undefined;
}

/**
 * A name a library's own catalogue knows, as its loader takes it: LazyLLM's `TrainableModule` (`internlm2-chat-7b`, `bark`,
 * `ChatTTS`, `PP-OCRv5_mobile`), the names of BAAI's ModelHub FlagAI's loaders take (`GLM-large-ch`, `eva-clip`, `cpm3`). A
 * word of three characters or more, no path, not a placeholder (`my_model`, `base_model`) nor a dummy
 * (`TrainableModule('b1', 't')` in a fine-tune example that trains nothing).
 */
const CATALOGUE_NAME = /^(?!(?:\w+_)?model$|test)[A-Za-z][\w.-]{2,}$/i;
/** FlagAI's `AutoLoader(` given its `task_name=` or `model_dir=` (within the call's first lines). */
const FLAGAI_AUTOLOADER = /\bAutoLoader\(\s*(?:[^()]{0,200}?\b)?(?:task_name|model_dir)\s*=/;
/** `model_name = 'GLM-large-ch'`, `self.model_name = "..."`, a docs session's `>>> m = '...'`: 1 the name, 2 the quote, 3 the value. */
const FLAGAI_NAME_ASSIGNMENT = /^[ \t]*(?:>>>[ \t]*)?((?:self\.)?[A-Za-z_]\w*)[ \t]*=[ \t]*(['"])([^'"\n]+)\2[ \t]*(?:#[^\n]*)?$/gm;
/** Whether the file imports `module` (`from llama_index.embeddings.openai import ...`, `import llama_index`). */
function importsModule(text: string, module: string): boolean {
  if (!/^[A-Za-z_]\w*$/.test(module) || !text.includes(module)) return false;
  return new RegExp(`^[ \\t]*(?:from|import)[ \\t]+${module}\\b`, 'm').test(text);
}
/** ms-swift's `ModelType` imported (`from swift.llm import (..., ModelType, ...)`, one line or a parenthesised list). */
const SWIFT_IMPORT = /^[ \t]*from[ \t]+swift(?:\.llm)?[ \t]+import[ \t]+(?:\([^)]*\bModelType\b|[^\n]*\bModelType\b)/m;
/** Its members that are models: a size (`_6b`, `1_5_6b`) or a tune (`_chat`, `_instruct`) in the name. */
const SWIFT_MODEL_MEMBER = /(?:_\d+(?:_\d+)?[bm](?=_|$)|_(?:chat|instruct)(?=_|$))/;

/**
 * The words the reader asks the file's text for with `includes` (its gates: most texts lack most of them), each asked
 * through `holds`: one pass of an automaton over the text says which it may hold (ASCII case ignored, a superset), and
 * `includes` is asked only of those. Answers as `includes` does, at one table step a character for all of them where
 * they were ~31 searches of the whole text (session 28: 1.05 s a pass over the real corpus' 100 M characters of Python).
 */
export const ASKED_WORDS = [
  'litellm',
  'dspy',
  'crewai',
  'smolagents',
  'save_',
  'model_p',
  ' in ',
  'parametrize',
  'parameterized',
  '_to_hub',
  'Ollama',
  '_name_or_path',
  'push_to_hub',
  'hf_',
  '#@param',
  "'path'",
  '"path"',
  'ModelType.',
  'openai_api_base',
  '.joinpath(',
  'FaceAnalysis',
  'model=',
  'local_dir',
  'pretrained_models/',
  'models--',
  'os.path.join(',
  'sys.argv',
  'def ',
  'partial(',
  'Model',
  'livekit',
  'AgentSession',
] as const;
type AskedWord = (typeof ASKED_WORDS)[number];
/**
 * The words without one of which (ASCII case ignored) a whole-text gate pattern of the reader cannot match, asked through
 * `mayHold` from the same pass as ASKED_WORDS, before the pattern: `/tokeni[sz]er/i` needs `tokenizer` or `tokeniser`,
 * `/(?:encoder|decoder|vocoder|tts|asr|vae|codec)_(?:path|dir|folder)/` one of its fifteen endings (`coder_path` for
 * the three coders), and so on beside each gate. The pattern decides where a word is seen; where none is, it would
 * have searched the whole text for nothing (session 29: these gates took ~0.6 s a pass over the real corpus' Python).
 */
export const GATE_WORDS = [
  'sentence_transformers',
  'tokenizer',
  'tokeniser',
  "f'{",
  'f"{',
  'usage',
  'example',
  'whisper',
  'coder_path',
  'coder_dir',
  'coder_folder',
  'tts_path',
  'tts_dir',
  'tts_folder',
  'asr_path',
  'asr_dir',
  'asr_folder',
  'vae_path',
  'vae_dir',
  'vae_folder',
  'codec_path',
  'codec_dir',
  'codec_folder',
  '_paths',
  '_files',
  '_dirs',
  'files(',
  'resources.path(',
  'read_base',
  'configs.models.',
  // URL_DOWNLOAD's calls: `cached_path(`, `download_cached_file(`; `load_state_dict_from_url(`, `download_url_to_file(`,
  // `load_file_from_url(`, `urlretrieve(` (one word, `url`, for the four: the list holds 32 words at most).
  'cached_',
  'url',
] as const;
type GateWord = (typeof GATE_WORDS)[number];
// (Each list holds 32 words at most, one bit of an int32 each: a longer list fails here, at load, not file by file.)
const askedPresence =
  compileWordPresence(ASKED_WORDS, GATE_WORDS) ??
  ((): never => {
    throw new Error(`python: ASKED_WORDS (${ASKED_WORDS.length}) and GATE_WORDS (${GATE_WORDS.length}) hold 32 words each at most`);
  })();
const ASKED_BIT = new Map<string, number>(ASKED_WORDS.map((w, i) => [w, 1 << i]));
const GATE_BIT = new Map<string, number>(GATE_WORDS.map((w, i) => [w, 1 << i]));
/** The last text asked and the words of either list it may hold (one text at a time: the file being read). */
let lastAsked: { text: string; seen: number; more: number } | undefined;
function askedOf(text: string): { seen: number; more: number } {
  if (lastAsked?.text !== text) lastAsked = { text, ...askedPresence.seenBoth(text) };
  return lastAsked;
}
/** `text.includes(word)`, for one of the reader's gate words. */
function holds(text: string, word: AskedWord): boolean {
  return (askedOf(text).seen & ASKED_BIT.get(word)!) !== 0 && text.includes(word);
}
/** Whether the text may hold one of these words (ASCII case ignored): false where no pattern needing one can match. */
function mayHold(text: string, ...words: GateWord[]): boolean {
  const more = askedOf(text).more;
  return words.some((w) => (more & GATE_BIT.get(w)!) !== 0);
}

export default defineExtractor({
  name: 'python',
  words: [
    'from_pretrained',
    'sentencetransformer',
    'crossencoder',
    '_download',
    'inferenceclient',
    'inferenceapi',
    'llm(',
    'vllm',
    'embedding',
    'ollama',
    'openai',
    'reranker',
    'model',
    'checkpoint',
    'repo_id',
    'add_argument',
    'huggingface',
    'spacy',
    'lmdeploy',
    // A test's model server (SERVER_LAUNCH: `launcher("org/x")`, `popen_launch_server(...)`, `start_server(...)`).
    'launch',
    'start_server',
    'adapter_id',
    // A wrapper's `<x>_name_or_path` (`InternLM3_8B_Instruct(mode_name_or_path = "/root/.../internlm3-8b-instruct")`).
    '_name_or_path',
    // LiveKit Inference's `inference.STT("deepgram/nova-3")` in a file that names no model otherwise.
    'stt(',
    'tts(',
    'vad(',
    // An ONNX file loaded in a file that says neither model nor checkpoint (DWPose's `ort.InferenceSession(path_or_bytes=onnx_det)`).
    'inferencesession',
    // insightface's model packs (`FaceAnalysis(name='antelopev2')`).
    'faceanalysis',
    // Hugging Face evaluate's BLEURT metric given its checkpoint (`evaluate.load("bleurt", "bleurt-base-512")`).
    'bleurt',
    // Replicate's client (`replicate.run("owner/name:version", ...)`), which its gate lets in.
    'replicate',
    // safetensors' reader (`safe_open("./ckpts/t2i/lora/jade/adapter_model.safetensors", framework="pt")`).
    'safe_open',
    // safetensors' `load_file("/mnt/Train/out/ip_adapter/sd15_bigG/sd15_bigG_000266000.safetensors")`.
    'load_file',
    // LazyLLM's local models (`lazyllm.TrainableModule('internlm2-chat-7b')`), fine-tunes and deploys
    // (`from lazyllm import finetune` then `finetune.auto('internlm2-chat-7b', ...)`).
    'trainablemodule',
    'lazyllm',
  ],
  matchesName: true,
  matches: (path) => path.endsWith('.py') || path.endsWith('.pyi'),
  extract(file) {
    // (The text the gate words were asked of is forgotten with the file: kept, it outlived the reading.)
    try {
      return readPython(file);
    } finally {
      lastAsked = undefined;
    }
  },
});

/** The python reader proper (its `extract`, which forgets the gate words' text after it). */
/**
 * Replicate's Python client running a model (https://github.com/replicate/replicate-python#run-a-model):
 * `replicate.run("owner/name:<version>", input=...)`, `replicate.Client(api_token).run(...)`, `async_run`, `stream`. Group 1
 * is the call's first argument: one string literal, or adjacent ones Python joins into one (reworkd/AgentGPT's image tool,
 * `client.run("stability-ai/stable-diffusion"` then `":db21e45d..."` on the next line).
 */
const REPLICATE_RUN = /\.(?:async_)?(?:run|stream)\(\s*((?:(["'])[^"'\n\\]*\2\s*)+)[,)]/g;
/** A model on Replicate: `owner/name`, pinned to a version (a 64-hex id after a colon) or not. */
const REPLICATE_MODEL_REF = /^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*(?::[0-9a-f]{64})?$/;
const IMPORTS_REPLICATE = /^[ \t]*(?:import[ \t]+replicate\b|from[ \t]+replicate\b)/m;

/** A config's top-level `load_from = '<weights file>'` (MMEngine's runner setting). */
const MMENGINE_LOAD_FROM = /^load_from[ \t]*=[ \t]*(['"])([^'"\n]+\.(?:pth|pt|ckpt|safetensors|bin))\1/gm;

function readPython(file: SourceFile): ExtractResult {
  const references: RawReference[] = [];
  const text = file.text;
  if (
    !file.embeddedBlock &&
    !/from_pretrained|SentenceTransformer|CrossEncoder|_download|InferenceClient|InferenceAPI|LLM\(|vllm|Embedding|Ollama|ollama|OpenAI|Reranker|FlagModel|model|checkpoint|repo_id|add_argument|HuggingFace|spacy|lmdeploy|launch|start_server|adapter_id|_name_or_path|STT\(|TTS\(|VAD\(|InferenceSession|safe_open|load_file|FaceAnalysis|TrainableModule|lazyllm|bleurt|replicate/i.test(
      text,
    )
  )
    return { references, diagnostics: [] };
  const positions = new PositionIndex(text);
  const constants = stringConstants(text);
  // (Its packages' words first: the pattern opens with `\b`, tried at every position.)
  const usesLitellm =
    (holds(text, 'litellm') || holds(text, 'dspy') || holds(text, 'crewai') || holds(text, 'smolagents')) &&
    /\b(?:from|import)\s+(?:litellm|dspy|crewai|smolagents|langchain_litellm|langchain_community\.chat_models\.litellm)\b/.test(text);
  const symbols = importedSymbols(text);
  const imports = new Map([...symbols].map(([local, { module }]) => [local, module]));
  // `ms_download(...)` after `from modelscope import snapshot_download as ms_download`.
  // A class of this file built on a loading class loads as its base does (`class OrcaChat(models.transformers.TransformersChat):`
  // then `OrcaChat('pankajmathur/orca_mini_3b', ...)`, guidance's tutorial on adding a model; `class Embedder(SentenceTransformer):`).
  // Not one built on a class named `LLM`: frameworks name their own base so (livekit/agents' `class LLM(llm.LLM)`), not vLLM's.
  const loaderSubclasses = text.includes('class ') ? subclassesOf(text, (base) => base !== 'LLM' && HUB_CALLS.has(base)) : undefined;
  const realName = (name: string, callee: string) => loaderSubclasses?.get(name) ?? (callee === name ? (symbols.get(name)?.name ?? name) : name);
  // Which hub a download/load call talks to: the module its name was imported from decides;
  // without a visible import, a file that loads through ModelScope (or FunASR) only means ModelScope (default-hub.ts).
  const modelScopeOnly = modelScopeByDefault(text);
  const sourceOf = (callee: string): RawReference['source'] => {
    const head = callee.split('.')[0]!;
    const module = imports.get(head);
    if (module !== undefined) return module.startsWith('modelscope') ? 'modelscope' : module.startsWith('openxlab') ? 'openxlab' : 'huggingface';
    return modelScopeOnly && /snapshot_download|from_pretrained|model_file_download/.test(callee) ? 'modelscope' : 'huggingface';
  };
  /** A reference already reported where this string is written (an API model, say). */
  const taken = (offset: number) => {
    const { line, column } = positions.at(offset);
    return placesTaken.has(`${line}:${column}`);
  };
  /** Whether a reference was read on the line of `offset` already (a download's id beside its `local_dir`). */
  const referencedOnLine = (offset: number) => {
    const { line } = positions.at(offset);
    return references.some((r) => r.line === line);
  };
  // Docstrings of functions named for Spaces or datasets: the repo ids their examples give are those repos.
  const otherRepoDocs = otherRepoDocstringLines(text);
  // Repo ids given to Hub calls told they are datasets or Spaces (`repo_type="dataset"` on a line of its own).
  const otherRepoIds = otherRepoCallLines(text);
  // What `references` holds, asked of each new one: a search of the list each time made a file of a thousand Hub ids
  // (LLaMA-Factory's constants.py) spend most of its time there.
  const reported = new Set<string>(); // line, revision, id
  const placesTaken = new Set<string>(); // line:column
  const linesTaken = new Set<number>();
  const add = (value: string, offset: number, source: RawReference['source'], pinned?: string) => {
    // A URL's `/resolve/main/` names the default branch: it pins nothing (as hub-url reads it).
    const revision = pinned === 'main' ? undefined : pinned;
    const { line, column } = positions.at(offset);
    if (otherRepoDocs.has(line) || otherRepoIds.has(line)) return;
    // A name no table knows that is a format, a locale, a letter, a digest or a header (`model == "1080p"`,
    // `default_model = "en-US"`, `model="x"`: NOT_A_MODEL_VALUE), whichever reading took it for a model.
    if (isContextOnlyId(value) && NOT_A_MODEL_VALUE.test(value.slice(value.indexOf('/') + 1))) return;
    const key = `${line}|${revision ?? ''}|${value}`;
    if (reported.has(key)) return;
    reported.add(key);
    placesTaken.add(`${line}:${column}`);
    linesTaken.add(line);
    const inComment = startsComment(text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset));
    references.push({
      id: value,
      source,
      line,
      column,
      snippet: positions.snippet(line),
      ...(revision ? { revision } : {}),
      ...(inComment ? { context: 'comment' as const } : {}),
    });
    if (source === 'huggingface') addOtherBranch(offset);
  };
  /**
   * `hf_repo = "guoyww/animatediff_t2i_backups" if is_dreambooth_lora else "guoyww/animatediff"` (guoyww/AnimateDiff's
   * auto_download): a Hub id written as a conditional expression's first branch, whose other branch is a Hub id too, picks
   * one of two models; the other is read as the first was. (Only the literal's own line, after its closing quote.)
   */
  const addOtherBranch = (offset: number) => {
    const quote = text[offset - 1];
    if (quote !== '"' && quote !== "'") return;
    const close = text.indexOf(quote, offset);
    const lineEnd = text.indexOf('\n', offset);
    if (close < 0 || (lineEnd >= 0 && close > lineEnd)) return;
    const other = CONDITIONAL_OTHER_BRANCH.exec(text.slice(close + 1, lineEnd < 0 ? undefined : lineEnd));
    const parsed = other && hubIdOf(other[2]!);
    if (parsed) add(parsed.id, close + 1 + other.index + other[0].length - other[2]!.length - 1, 'huggingface', parsed.revision);
  };
  // LiveKit Inference's descriptors first: `inference.LLM("openai/gpt-4.1-mini")` is no vLLM `LLM(` loading a Hub repo.
  for (const model of livekitInferenceModels(text, imports)) add(model.id, model.offset, 'api');
  // A model Replicate runs, in a file that imports its client (REPLICATE_RUN): the id as its first literal writes it, a
  // pinned version with it when that literal holds it (`meta/codellama-7b-instruct:<version>`, as a model list's entry is
  // read), the `owner/name` alone when the version is a literal of its own on the next line (the snippet shows the line).
  if (text.includes('replicate') && IMPORTS_REPLICATE.test(text))
    for (const m of text.matchAll(REPLICATE_RUN)) {
      const literals = [...m[1]!.matchAll(/(["'])([^"'\n\\]*)\1/g)].map((l) => l[2]!);
      const first = literals[0]!;
      if (!REPLICATE_MODEL_REF.test(literals.join('')) || !REPLICATE_MODEL_REF.test(first)) continue;
      const offset = m.index + m[0].indexOf(m[1]!) + 1;
      if (!startsComment(text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset))) add(first, offset, 'api');
    }
  // An MMEngine (OpenMMLab) config's `load_from = '/root/work_dirs/internlm2_chat_7b_full/iter_7000.pth'` (XTuner's and
  // mmdetection's configs): the checkpoint the runner loads before it trains or tests
  // (https://mmengine.readthedocs.io/en/latest/tutorials/runner.html), a weights file on disk. Not a URL (read as URLs are).
  if (text.includes('load_from'))
    for (const m of text.matchAll(MMENGINE_LOAD_FROM)) {
      const onDisk = /^[a-z][\w+.-]*:\/\//i.test(m[2]!) ? undefined : modelFromPath(m[2]!);
      if (onDisk?.source === 'local') add(onDisk.id, m.index + m[0].length - m[2]!.length - 1, 'local');
    }
  /** A literal or a constant's literal, with the offset where it is written. */
  const resolveArg = (arg: Argument | undefined) => {
    if (!arg) return undefined;
    if (arg.literal !== undefined) {
      // f"{ORG}/{NAME}" from constants of this file; other f-strings name nothing we can read.
      if (/^[rR]?[fF]/.test(arg.text) && arg.literal.includes('{')) {
        const value = fStringValue(arg.literal, constants);
        return value === undefined ? undefined : { value, offset: arg.literalOffset! };
      }
      return { value: arg.literal, offset: arg.literalOffset! };
    }
    // `model=os.getenv("LLM_MODEL", "deepseek-chat")`: the default is the reference.
    // A project's own getter of the same shape too (`get_env_value("LLM_MODEL", "mistral-nemo:latest")`, HKUDS/MiniRAG's
    // and LightRAG's API servers).
    const fallback =
      /^(?:os\.(?:getenv|environ\.get)|(?:[A-Za-z_]\w*\.)?get_?env(?:_value|_var)?)\(\s*['"][^'"\n]*['"]\s*(?:,\s*(?:default\s*=\s*)?|\)\s*or\s+)(['"])([^'"\n]+)\1/.exec(
        arg.text,
      );
    if (fallback) return { value: fallback[2]!, offset: arg.offset + fallback[0].length - fallback[2]!.length - 1 };
    // `model=self.settings.llm_model or "llama3.1"`: the literal after `or` is the default used.
    const orDefault = /^[A-Za-z_][\w.]*\s+or\s+(['"])([^'"\n]+)\1\s*$/.exec(arg.text);
    if (orDefault) return { value: orDefault[2]!, offset: arg.offset + orDefault[0].trimEnd().length - orDefault[2]!.length - 1 };
    const constant = /^[A-Za-z_]\w*$/.test(arg.text) ? (constants.get(arg.text) ?? parameterFallbacks(text).get(arg.text)) : undefined;
    return constant ? { value: constant.value, offset: constant.offset + 1 } : undefined;
  };
  /**
   * The model a loading call names: a Hub id; with `local`, a folder or file on disk (or a cache
   * folder naming its repo); with `sentenceTransformers`, one of that library's bare names.
   */
  // `snapshot_download('Qwen/Qwen-1_8B-Chat', cache_dir='.')` then `from_pretrained("Qwen/Qwen-1_8B-Chat/")` (QwenLM/Qwen's
  // recipe notebooks): a download's `<cache_dir>/<org>/<name>` folder, written as a folder by its trailing slash, is that
  // repo's copy. Only a repo this file downloads (a folder `models/bert/` is no repo).
  const downloadedRepoFolder = (value: string): { id: string; revision?: string } | undefined => {
    const folder = /^([\w.-]+\/[\w.-]+)\/+$/.exec(value)?.[1];
    if (!folder || !/snapshot_download\(/.test(text)) return undefined;
    const repo = parseHubReference(folder);
    const quoted = repo && new RegExp(`snapshot_download\\(\\s*(?:repo_id\\s*=\\s*|model_id\\s*=\\s*)?["']${escapeRegExp(folder)}["']`, 'i');
    return repo && quoted!.test(text) ? repo : undefined;
  };
  const addHub = (arg: Argument | undefined, call: Call, how: { local?: boolean; sentenceTransformers?: boolean } = {}) => {
    const resolved = resolveArg(arg);
    if (!resolved) return;
    // `revision='main'` (Hub) / `'master'` (ModelScope) names the default branch: it pins nothing.
    const revisionArg = () => {
      const revision = resolveArg(call.args.find((a) => a.name === 'revision'))?.value;
      return revision === 'main' || revision === 'master' ? undefined : revision;
    };
    // Loading back a folder this file saved a model to (`save_pretrained("my-lora")`, then `from_pretrained("my-lora")`).
    // (Not documentation's placeholder, `save_pretrained("path/to/my/model")` then `CrossEncoder("path/to/my/model", backend="onnx")`.)
    // Or a folder a command of the same notebook wrote (`!python finetune.py ... --output_dir "output_qwen"`, then
    // `PeftModel.from_pretrained(model, "output_qwen/")`, QwenLM/Qwen's recipe notebooks: SourceFile.writtenFolders).
    if (
      how.local &&
      (saved.some((s) => s.value === resolved.value) || file.writtenFolders?.has(resolved.value.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '')))
    ) {
      if (isPlaceholderPath(resolved.value)) return;
      loadedBack.add(resolved.value);
      return add(resolved.value, resolved.offset, 'local');
    }
    const parsed = parseHubReference(resolved.value) ?? downloadedRepoFolder(resolved.value);
    if (parsed) return add(parsed.id, resolved.offset, sourceOf(call.callee), revisionArg() ?? parsed.revision);
    const st = how.sentenceTransformers ? sentenceTransformersId(resolved.value) : undefined;
    if (st) return add(st, resolved.offset, 'huggingface', revisionArg());
    const onDisk = how.local ? modelFromPath(resolved.value) : undefined;
    if (onDisk) add(onDisk.id, resolved.offset, onDisk.source, 'revision' in onDisk ? onDisk.revision : undefined);
    // `AutoModelForCausalLM.from_pretrained("skywork-13B-Base", load_in_8bit=True)` (SkyworkAI/Skywork's README),
    // `AutoTokenizer.from_pretrained("qwen3-30b-a3b")`: a bare name with a parameter count and no organisation is no repo
    // the Hub serves (only the legacy ids, `t5-3b`, are), so `from_pretrained` reads the folder of that name in the
    // working directory: that folder, local, as a path option's bare sized folder is.
    else if (
      how.local &&
      call.callee.endsWith('from_pretrained') &&
      (isBareSizedModelFolder(resolved.value) || bareFolderLoaded(call, resolved.value)) &&
      !LEGACY_NAMES.includes(resolved.value) &&
      !taken(resolved.offset)
    )
      add(resolved.value, resolved.offset, 'local');
  };
  // `AutoModel.from_pretrained("thuglm", trust_remote_code=True)`, `PeftModel.from_pretrained(model, "output_model_lora")`
  // (yuanzhoulvpi2017/zero_nlp): any other bare folder name given as the folder to load is one in the working directory,
  // as the sized one is, but not a word every project uses for some folder (`model`, `output`, `checkpoints`: settled as
  // saying weights are loaded, not which), a placeholder, or a template.
  const bareFolderLoaded = (call: Call, value: string) =>
    // (A model class's: not a scheduler's, a processor's or a tokenizer's, `DDIMScheduler.from_pretrained("configs")`.)
    /(?:Model\w*|For[A-Z]\w*|LM|Peft\w*)\.from_pretrained$/.test(call.callee) &&
    /^[A-Za-z][\w.-]{2,79}$/.test(value) &&
    /[a-z]/.test(value) &&
    !GENERIC_FOLDER_WORD.test(value) &&
    !isPlaceholderPath(value) &&
    !/^(?:your|my|path|local|some|the|xxx|none|null|true|false)(?:[-_]|$)/i.test(value) &&
    // (`Text2Speech.from_pretrained("model_name")`, huggingface/hub-docs' ESPnet page: the setting's own name, a placeholder.)
    !/^(?:model|repo|ckpt|checkpoint|pretrained)[-_]?(?:name|id|path|dir|name[-_]or[-_]path)$/i.test(value);

  // Folders the code saves a model to: `model.save_pretrained("phi3-lora")`, `trainer.save_model("./out")`.
  // A tokenizer or processor saved beside the model names the same folder once more, not another model.
  const saved = holds(text, 'save_')
    ? [...findCalls(text, (name, callee) => SAVE_CALLS.has(name) && !/tokenizer|processor/i.test(callee))].flatMap((call) => {
        const arg = call.args.find((a) => a.name && SAVE_KEYWORDS.has(a.name)) ?? call.args.find((a) => !a.name);
        const resolved = resolveArg(arg);
        return resolved && /^[\w.~/\\:-]+$/.test(resolved.value) && /[A-Za-z]/.test(resolved.value) ? [resolved] : [];
      })
    : [];
  const loadedBack = new Set<string>();

  const hosted = hostedApiClients(text, imports, (arg) => resolveArg(arg)?.value);
  // A local server started in this file under another name (`model_id="qwen-0.5b"` beside model_source): clients ask for that name.
  const aliases = servedAliases(text);
  for (const { model, provider } of hosted.models) {
    const resolved = resolveArg(model);
    // `model = '/workspace/models/{}'.format(llm_type)` then `create(model=model)` (InternLM/HuixiangDou's sft scripts): a
    // `str.format` template with its field still in it names no model (the field is filled at run time).
    if (resolved && FORMAT_FIELD.test(resolved.value)) continue;
    // vLLM started on a folder serves it under that path: the folder is the model.
    const onDisk = resolved && /^(\/|~\/|\.{1,2}\/|[A-Za-z]:[\\/])/.test(resolved.value) ? modelFromPath(resolved.value) : undefined;
    if (onDisk) {
      add(onDisk.id, resolved!.offset, onDisk.source, 'revision' in onDisk ? onDisk.revision : undefined);
      continue;
    }
    if (resolved && provider.id === OLLAMA_SERVER.id) {
      if (classifyOllamaName(resolved.value)?.source === 'ollama') add(resolved.value, resolved.offset, 'ollama');
      continue;
    }
    // (A digit-less name on a local server is an alias, no model, unless this file's server declares it: then a request.)
    const id = resolved && (hostedModelId(provider, resolved.value) ?? (aliases.has(resolved.value) ? contextOnlyId(resolved.value) : undefined));
    const asked = id && asAliasRequest({ id, source: 'api' }, aliases, positions.lineText(positions.lineOf(resolved.offset)));
    if (asked) add(asked.id, resolved.offset, 'api');
  }
  // A call that names the model's platform beside it: CAMEL's `ModelFactory.create(model_platform=ModelPlatformType.OLLAMA,
  // model_type="llama3.2")`, LangChain's `init_chat_model("llama3.1", model_provider="ollama")`. An Ollama platform's
  // model is an Ollama tag; another platform's name no table knows is the name its server answers to.
  if (holds(text, 'model_p') && PLATFORM_KEYWORD_TEXT.test(text)) {
    for (const call of findCalls(text, (name) => !DATASET_CALLS.has(name))) {
      const platformArg = call.args.find((a) => a.name && PLATFORM_KEYWORDS.has(a.name));
      if (!platformArg) continue;
      const platform = (platformArg.literal ?? platformArg.text.slice(platformArg.text.lastIndexOf('.') + 1)).toLowerCase();
      const resolved = resolveArg(call.args.find((a) => a.name && PLATFORM_MODEL_KEYWORDS.has(a.name)) ?? call.args.find((a) => !a.name));
      if (!resolved || taken(resolved.offset)) continue;
      const value = resolved.value;
      if (/^ollama(?:_chat)?$/.test(platform)) {
        if (classifyOllamaName(value)?.source === 'ollama') add(value, resolved.offset, 'ollama');
      } else if (isNameShaped(value) && !value.includes('/') && !providerForName(value) && !parseHubReference(value))
        add(contextOnlyId(value), resolved.offset, 'api');
    }
  }
  // mlx-lm / mlx-vlm: `from mlx_lm import load` then `load("mlx-community/...")` or `load("/path/to/weights")`; so their
  // other loaders of a model (`load_drafter("z-lab/Qwen3.5-4B-DFlash")`, `load_image_generation_model("./Z-Image-Turbo-MLX")`,
  // `load_model(path)`), not `load_image`/`load_config` (an image, a config).
  const isMlxLoad = (name: string, callee: string) =>
    /^load(?:_\w*(?:model|drafter))?$/.test(name) && /^mlx_v?lm\b/.test(imports.get(callee.split('.')[0]!) ?? '');
  // spaCy: `spacy.load("en_core_web_sm")`, `spacy.cli.download(...)` or `download(...)` from `spacy.cli`, `spacy.util.is_package(...)`.
  const isSpacyCall = (name: string, callee: string) =>
    SPACY_CALLS.test(callee) || (name === 'download' && callee === name && (symbols.get(name)?.module ?? '').startsWith('spacy'));
  // A library's call that loads a model by a short name of the library's own (providers.yaml `library_names`):
  // `whisper.load_model("base")`, `WhisperModel("large-v3")` from faster_whisper.
  const libraryCall = (name: string, callee: string) =>
    libraryLoad(name, () => (callee.includes('.') ? imports.get(callee.split('.')[0]!) : symbols.get(callee)?.module));
  // `client.chat(model=...)` is Ollama's client only in code that names Ollama: instructor's `client.create(model="gpt-4o")`
  // and other SDKs' clients take hosted names.
  let talksToOllama: boolean | undefined;
  const isOllamaModuleCall = (callee: string) => OLLAMA_MODULE_CALLS.test(callee) && (!/^client\./i.test(callee) || (talksToOllama ??= namesOllama(text)));
  // sentence-transformers' modules built from a Hub model (`models.Transformer("bert-base-uncased")`, `MLMTransformer(...)`,
  // `StaticEmbedding.from_distillation("BAAI/bge-base-en-v1.5")`): read when the name comes from that library.
  const fromSentenceTransformers = (callee: string) =>
    (imports.get(callee.split('.')[0]!) ?? symbols.get(callee)?.module ?? '').startsWith('sentence_transformers');
  const isSentenceTransformersModule = (name: string, callee: string) =>
    (ST_MODULE_CALLS.has(name) && fromSentenceTransformers(callee)) || ST_STATIC_LOADS.test(callee);
  // OpenXLab's SDK: `from openxlab.model import download` then `download(model_repo='OpenLMLab/internlm2-chat-7b',
  // output='...')`, or `openxlab.model.download(...)`: a repo on OpenXLab (SmartFlowAI/EmoLLM's demos).
  const isOpenXLabDownload = (name: string, callee: string) => name === 'download' && (imports.get(callee.split('.')[0]!) ?? '').startsWith('openxlab');
  // click's options (`@click.option("--checkpoint-path", default="checkpoints/s2-pro")`), read as argparse's
  // `add_argument` is: the flag first, its `default=`.
  const isClickOption = (name: string, callee: string) =>
    name === 'option' && (callee === 'click.option' || (callee === 'option' && imports.get('option') === 'click'));
  const isWanted = (name: string, callee: string) =>
    HUB_CALLS.has(hubCallName(name)) ||
    isSentenceTransformersModule(name, callee) ||
    !!libraryCall(name, callee) ||
    isMlxLoad(name, callee) ||
    isSpacyCall(name, callee) ||
    LOCAL_FILE_CALLS.has(name) ||
    OLLAMA_CALLS.has(name) ||
    isOllamaModuleCall(callee) ||
    OLLAMA_CLASS.test(name) ||
    (SENTENCE_TRANSFORMERS_CLASS.test(name) && !HUB_CALLS.has(name)) ||
    name === 'pipeline' ||
    name === 'add_argument' ||
    isClickOption(name, callee) ||
    SERVER_LAUNCH.test(name) ||
    FILE_DOWNLOAD_HELPER.test(name) ||
    HUB_HELPER.test(name) ||
    CLASS_LOADER.test(name) ||
    HUB_DOWNLOAD_HELPER.test(name) ||
    isOpenXLabDownload(name, callee) ||
    DATASET_CALLS.has(name);
  const diagnostics: Diagnostic[] = [];
  // Whether the file hands anything to a Hub download or load by keyword or first argument (asked once, for options named for no model).
  let handsOn: boolean | undefined;
  // The defaults of the file's options named for a model (read once, for a tokenizer option's folder).
  let modelOptionDefaults: Set<string> | undefined;
  // `add_argument('--output_dir', default='./outputs/STS-B-model')`, and after training `CosentModel(model_name_or_path=
  // args.output_dir)` or `from_pretrained(args.output_dir)` (shibing624/text2vec's examples, transformers-style scripts
  // with --do_train/--do_predict): the folder the file trains into and loads back is a model on disk. One only written to
  // (`trainer.save_model(args.output_dir)`) stays an output.
  // The attributes (`args.<dest>`) the file loads a model from, found once a text (a pattern per option was quadratic in
  // a file of many options: cisco-ai-defense/defenseclaw's cmd_setup.py).
  let loadedAttributes: Set<string> | undefined;
  const addLoadedBackOutput = (call: Call, dest: string) => {
    // (Not an option naming a kind among fixed choices: `add_argument('--llama_type', default='llama', choices=['llama',
    // 'revllama'])` then `MetaModel(args.llama_type, ...)`, OpenGVLab/LLaMA-Adapter's Gorilla trainers: an architecture.)
    if (call.args.some((a) => a.name === 'choices') || /(?:^|_)(?:type|kind|arch)$/.test(dest)) return;
    loadedAttributes ??= attributesLoadedAsModels(text);
    if (!loadedAttributes.has(dest)) return;
    const folder = resolveArg(call.args.find((a) => a.name === 'default'));
    // (Not a settings or data file a model is built from: `model = load_bigvgan(args.cfg)` with `--cfg` default
    // `checkpoints/config.yaml`, index-tts's ONNX export.)
    if (
      folder &&
      /^(?:\.{1,2}\/)?[\w.=-]+(?:\/[\w.=-]+)*\/?$/.test(folder.value) &&
      /[A-Za-z]/.test(folder.value) &&
      (!DATA_FILE.test(folder.value) || PICKLED_FILE.test(folder.value)) &&
      !isPlaceholderPath(folder.value)
    )
      add(folder.value, folder.offset, 'local');
  };
  for (const call of findCalls(text, (name, callee) => isWanted(realName(name, callee), callee))) {
    const name = hubCallName(realName(call.callee.slice(call.callee.lastIndexOf('.') + 1), call.callee));
    if (call.unclosed && !diagnostics.length) {
      const { line } = positions.at(call.offset);
      diagnostics.push({
        stage: 'extract',
        code: 'malformed-file',
        path: file.relPath,
        line,
        message: `${file.relPath}:${line}: \`${call.callee}(\` is never closed; read up to the end of that line`,
      });
    }
    if (DATASET_CALLS.has(name)) continue;
    // A dataset's class or a tool given a dataset first (DATASET_STATEMENT: `LeRobotDataset(repo_id=...)`,
    // `delete_episodes(dataset, ..., repo_id=...)`): its `repo_id` is a dataset's.
    if (isDatasetCall(name, call.args)) continue;
    const repoType = call.args.find((a) => a.name === 'repo_type')?.literal;
    if (repoType && repoType !== 'model') continue;
    const positional = call.args.filter((a) => !a.name);
    // `tokenizer=` names the model only when nothing else does (`SparseStaticEmbedding.from_json("org/x", tokenizer=enc.tokenizer)`).
    const keywords = call.args.filter((a) => a.name && MODEL_KEYWORDS.has(a.name) && !(a.name === 'tokenizer' && positional.length));
    const keyword = keywords[0];
    const library = libraryCall(name, call.callee);
    if (library) {
      // One of the library's names, else what any loader takes: a Hub id or a folder.
      const arg = call.args.find((a) => a.name === library.keyword) ?? positional[0];
      // A list of the library's names (`ClearVoice(task=..., model_names=['MossFormer2_SE_48K', 'FRCRN_SE_16K'])`,
      // modelscope/ClearerVoice-Studio): each name it loads.
      if (arg && arg.literal === undefined && arg.text.startsWith('[')) {
        for (const m of arg.text.matchAll(/(["'])([^"'\n]+)\1/g)) {
          const id = library.modelOf(m[2]!);
          if (id) add(id, arg.offset + m.index! + 1, 'huggingface');
        }
      } else {
        const resolved = resolveArg(arg);
        // (cn_clip's `load_from_name("ViT-B-16", use_modelscope=True)`: the same repository, downloaded from ModelScope.)
        const modelScope = library.modelScope && call.args.find((a) => a.name === library.modelScope!.keyword)?.text.trim() === 'True';
        const id = resolved && (modelScope ? library.modelScope!.modelOf(resolved.value) : library.modelOf(resolved.value));
        if (id) add(id, resolved.offset, modelScope ? 'modelscope' : 'huggingface');
        else addHub(arg, call, { local: true });
      }
    } else if (isSpacyCall(name, call.callee)) {
      const resolved = resolveArg(call.args.find((a) => a.name === 'name' || a.name === 'model') ?? positional[0]);
      const id = resolved && spacyPipelineId(resolved.value);
      if (id) add(id, resolved.offset, 'huggingface');
    } else if (OLLAMA_CALLS.has(name) || isOllamaModuleCall(call.callee) || OLLAMA_CLASS.test(name)) {
      // The first positional argument is the model only for Ollama's own calls: another class's may be a URL or a config.
      const resolved = resolveArg(keyword ?? (OLLAMA_CLASS.test(name) ? undefined : positional[0]));
      // (Not a name that says no such model exists, `model_name = "unknown-model"` in a test of the error Ollama answers.)
      if (resolved && /^[\w.-]+(\/[\w.-]+)?(:[\w.-]+)?$/.test(resolved.value) && !saysMissing(resolved.value)) add(resolved.value, resolved.offset, 'ollama');
    } else if (name === 'pipeline') {
      // transformers' `pipeline(task, model)`; lmdeploy's `pipeline(model_path, ...)` (`from lmdeploy import pipeline`).
      // (A project's own `pipeline('dataset/clue.train.jsonl', ...)` takes files: only the import tells.)
      const lmdeploy = (imports.get(call.callee.split('.')[0]!) ?? '').split('.')[0] === 'lmdeploy';
      addHub(keyword ?? (lmdeploy ? positional[0] : positional[1]), call, { local: true });
    } else if (name === 'add_argument' || isClickOption(name, call.callee)) {
      // (`--dit-weight` default `ckpts/hunyuan-video-t2v-720p/transformers/mp_rank_00_model_states.pt`, Tencent/HunyuanVideo:
      // an option named for the weights holds their file; a `--weight-decay` number is no path and names nothing.)
      // (`--drafter` / `--draft-model`: a speculative-decoding drafter is a model too, mlx-vlm's parity checks.)
      // (A diffusion pipeline's text encoder or autoencoder, `--text_encoder_name_1` default `DeepFloyd/t5-v1_1-xxl`,
      // `--ae_path`, PKU-YuanGroup/Open-Sora-Plan's samplers and trainers: a model of its own, as cli-args reads the flag.)
      const flag = positional
        .map((a) => a.literal ?? '')
        .find((f) => /model|checkpoint|ckpt|weight|base|embed|rerank|pretrained|drafter/i.test(f) || COMPONENT_MODEL_FLAG.test(f));
      // `add_argument("--image-tokenizer-path", default="models/seed-tokenizer-2/seed_quantizer.pt")`, `--soundstorm-path`
      // default `models/soundstorm/speechtokenizer_soundstorm_mls.pt` (OpenMOSS/AnyGPT's CLIs): an option named for no
      // model whose default is a weights file kept in the project's `models/` folder is the model the program loads (a
      // tokenizer option given weights holds a learned image or speech tokenizer, not a text tokenizer's vocabulary).
      // Not an output's option.
      const weightsDefault = flag ? undefined : call.args.find((a) => a.name === 'default');
      if (
        weightsDefault?.literal !== undefined &&
        isWeightsFileInModelsFolder(weightsDefault.literal) &&
        !positional.some((a) => /out|save|export|log|result|dump/i.test(a.literal ?? ''))
      ) {
        addHub(weightsDefault, call, { local: true });
        continue;
      }
      // An option named for a tokenizer whose default is a Hub id (`add_argument("--local_tokenizer", default=
      // "lmsys/vicuna-7b-v1.5")`, THUDM/CogVLM's demos, whose tokenizer path reaches `LlamaTokenizer.from_pretrained` through
      // a constant or a helper): the tokenizer's repo, downloaded. Only a Hub id (a tokenizer type or a folder is no repo).
      if (!flag && positional.some((a) => TOKENIZER_OPTION.test(a.literal ?? ''))) {
        const fallback = call.args.find((a) => a.name === 'default');
        if (fallback?.literal !== undefined && looksLikeHubId(fallback.literal)) addHub(fallback, call);
        // Or the folder a model option of the same file defaults to (`--model_path` and `--tokenizer_path` both default
        // `./XVERSE-13B-Chat`, xverse-ai/XVERSE-13B's chat demo): the tokenizer is loaded from that model's folder.
        else if (fallback?.literal !== undefined && /[\/]/.test(fallback.literal)) {
          modelOptionDefaults ??= new Set(Array.from(text.matchAll(MODEL_OPTION_DEFAULT), (m) => m[3]!));
          if (modelOptionDefaults.has(fallback.literal)) addHub(fallback, call, { local: true });
        }
        continue;
      }
      if (!flag) {
        // An option named for no model whose value the file hands to a Hub download or load (`add_argument('--name', '-n',
        // default="rednote-hilab/dots.mocr")` then `snapshot_download(repo_id=args.name, ...)`, rednote-hilab/dots.ocr's
        // tools/download_model.py): its default Hub id is that repo. Only a Hub id, and only so handed on.
        const dest = positional
          .map((a) => a.literal ?? '')
          .find((f) => f.startsWith('--'))
          ?.slice(2)
          .replace(/-/g, '_');
        handsOn ??= /\b(?:snapshot_download|hf_hub_download|from_pretrained)\(/.test(text);
        if (
          handsOn &&
          dest &&
          /^\w+$/.test(dest) &&
          // (In the download's own parentheses: `api.upload_folder(repo_id=args.repo_id)` writes to the repo, it reads none.)
          new RegExp(`\\b(?:snapshot_download|hf_hub_download|from_pretrained)\\(\\s*(?:[^()]*?\\brepo_id\\s*=\\s*)?\\w+\\.${dest}\\b`).test(text)
        )
          addHub(
            call.args.find((a) => a.name === 'default'),
            call,
          );
        else if (dest && /^\w+$/.test(dest)) addLoadedBackOutput(call, dest);
        continue;
      }
      const fallback = call.args.find((a) => a.name === 'default');
      // `add_argument("--model-dir", default="./CosyVoice2-0.5B")`, `--pretrained-cosyvoice2-path` default
      // `/workspace/CosyVoice2-0.5B`: a folder written as a path (`./`, `../`, `/`, `~/`) and named like a model (a digit
      // in its name) is the model the program loads from disk. Not an option that says it writes (`--output-model-dir`).
      // A weights file written with its folder (`--decoder-checkpoint-path` default `checkpoints/s2-pro/codec.pth`,
      // fish-speech's tools) is the file the program loads, whatever its own name.
      const folder = fallback?.literal;
      // (`--passages_embeddings` default `./data_longbench/mEmbeddings/2wikimqa/<hash>.jsonl`, THUDM/LongBench's Contriever
      // retrieval: an option named for embeddings whose default is a data file holds vectors computed already, no model.)
      if (folder && folder.includes('/') && DATA_FILE.test(folder) && !/\.(?:pkl|bin)$/i.test(folder)) {
        // (a data file: nothing to read)
      } else if (
        folder &&
        // (A Windows path too: `default=r"D:\RWKV_Runner\models\RWKV7-G1-1.5B-16%25trained-20250308-ctx4k.pth"`,
        // josStorer/RWKV-Runner's Albatross HTTP benchmark.)
        (/^(?:\.{1,2}\/|\/|~\/|[A-Za-z]:[\\/])/.test(folder) || isNotAnOrg(folder.split('/')[0]!) || TRAINER_CHECKPOINT_PATH.test(folder)) &&
        (namedLikeAModel(folder.replace(/\/+$/, '')) ||
          ((WEIGHTS_ONLY_FILE.test(folder) || (PICKLED_FILE.test(folder) && /model/i.test(flag))) && /[\\/]/.test(folder) && !/[*{}$]/.test(folder))) &&
        !/out|save|export|log|cache|result|dump/i.test(flag)
      )
        addHub(fallback, call, { local: true });
      // `add_argument('--ckpt', type=str, default='amt-g.pth', help="The pretrained model.")` (PKU-YuanGroup/Open-Sora-Plan's
      // AMT frame interpolation): a checkpoint option's bare weights file is the file the program loads, as a model
      // setting's bare file is (not a run's `best.pt`, a conventional `model.safetensors`, nor a state or data file).
      else if (
        folder &&
        isBareWeightsFile(folder) &&
        /ckpt|checkpoint|weight/i.test(flag) &&
        !NOT_WEIGHT_SETTING.test(flag) &&
        !/out|save|export|log|result|dump/i.test(flag)
      )
        addHub(fallback, call, { local: true });
      // `add_argument("--model-path", default="share4v-7b")`, `--ixc-model-path` default `internlm-xcomposer2d5-ol-7b`
      // (InternLM/InternLM-XComposer's LLaVA-style scripts): a model path option's bare folder named with a parameter
      // count is the model the program loads from the working folder; a bare name without one may be a hosted model's.
      else if (folder && /path|dir/i.test(flag) && isBareSizedModelFolder(folder) && !parseHubReference(folder) && !/out|save|export/i.test(flag))
        add(folder, fallback!.literalOffset!, 'local');
      // `add_argument("--model_path", default="https://github.com/coqui-ai/TTS/releases/download/speaker_encoder_model/
      // model_se.pth.tar")` (coqui-ai/TTS's TTS/bin/compute_embeddings.py, which downloads what it is given): a model
      // option's default URL to a weights file is the file the program fetches and loads, reported by its name as a
      // model-named URL constant's is. Not a Hub URL (hub-url reads those), nor a file every checkpoint is called.
      else if (folder && WEIGHTS_URL.test(folder) && !parseHubReference(folder) && !/out|save|export|log|result|dump/i.test(flag)) {
        const file = weightsUrlFile(folder);
        if (file) add(file, fallback!.literalOffset! + folder.length - file.length, 'local');
      } else addHub(fallback, call);
      // `add_argument("--model", default="llama3:latest", help="Model of the Ollama server.")`: a tag given to Ollama.
      // (Or an environment variable's default: `default=get_env_value("LLM_MODEL", "mistral-nemo:latest")`.)
      const tag = fallback?.literal !== undefined ? { value: fallback.literal, offset: fallback.literalOffset } : resolveArg(fallback);
      if (tag?.value.includes(':') && tag.offset !== undefined && /\bollama\b/i.test(text) && classifyOllamaName(tag.value)?.source === 'ollama')
        add(tag.value, tag.offset, 'ollama');
      // `add_argument("--model", default="CogAgent")` in a client of an OpenAI-style server (THUDM/CogAgent's app/client.py,
      // whose `chat.completions.create(model=model)` takes it through a parameter): a published family's own name
      // (isFamilyName) is the model the client asks the server for, under that name.
      if (
        fallback?.literal !== undefined &&
        fallback.literalOffset !== undefined &&
        /^--model(?:[-_]name)?$/.test(flag) &&
        (hosted.models.length > 0 || /\bOpenAI\(/.test(text)) &&
        isFamilyName(fallback.literal)
      )
        add(contextOnlyId(fallback.literal), fallback.literalOffset, 'api');
      const choices = call.args.find((a) => a.name === 'choices');
      if (choices) for (const lit of literalsIn(choices)) addHub(lit, call);
    } else if (SERVER_LAUNCH.test(name)) {
      const first = resolveArg(keyword ?? positional[0]);
      if (first && looksLikeHubId(first.value)) addHub(keyword ?? positional[0], call);
      for (const arg of call.args.filter((a) => a.name && LAUNCH_ADAPTERS.has(a.name)))
        for (const lit of literalsIn(arg)) if (lit.literal && looksLikeHubId(lit.literal)) addHub(lit, call);
    } else if (isOpenXLabDownload(name, call.callee)) {
      addHub(call.args.find((a) => a.name === 'model_repo') ?? positional[0], call);
    } else if (HUB_HELPER.test(name) && !HUB_CALLS.has(name)) {
      // (Not one whose result is a dataset: `dataset = load_from_hub("Voxel51/VisDrone2019-DET")`, FiftyOne's loader in
      // huggingface/hub-docs' datasets-fiftyone.md.)
      const first = resolveArg(positional[0]);
      const assignedTo = DATASET_ASSIGNED.test(text.slice(text.lastIndexOf('\n', call.offset) + 1, call.offset));
      if (first && first.value.includes('/') && looksLikeHubId(first.value) && !assignedTo) addHub(positional[0], call);
    } else if (CLASS_LOADER.test(name) && !HUB_CALLS.has(name) && TRANSFORMERS_CLASS.test(positional[0]?.text ?? '') && positional[1]) {
      const repo = resolveArg(positional[1]);
      if (repo && repo.value.includes('/') && looksLikeHubId(repo.value)) addHub(positional[1], call);
    } else if (HUB_DOWNLOAD_HELPER.test(name) && !HUB_CALLS.has(name)) {
      // (Every argument that is a Hub id: the helper's model id and repo id may both be one, each on its own line.)
      const source = /(?:ms|modelscope)$/i.test(name) ? 'modelscope' : 'huggingface';
      for (const arg of call.args) {
        const given = resolveArg(arg);
        const parsed = given?.value.includes('/') ? parseHubReference(given.value) : undefined;
        if (parsed && !taken(given!.offset)) add(parsed.id, given!.offset, source, parsed.revision);
      }
    } else if (FILE_DOWNLOAD_HELPER.test(name) && !HUB_CALLS.has(name)) {
      // A project's own helper fetching a file of a model repo: `download_file('ZhipuAI/ImageReward',
      // file_name='ImageReward.pt', cache_dir=...)` (modelscope/evalscope's t2v metrics, a wrapper of snapshot_download):
      // a Hub id and the file taken from it. Only a Hub id counts (a URL or a path is another download).
      const first = resolveArg(positional[0]);
      const fileNamed =
        call.args.some((a) => a.name !== undefined && FILE_ARGUMENT.test(a.name)) || /^[\w.-]+\.[a-z]\w{0,11}$/i.test(positional[1]?.literal ?? '');
      if (first && fileNamed && looksLikeHubId(first.value)) addHub(positional[0], call);
    } else if (call.callee.endsWith('PeftModel.from_pretrained') || call.callee.endsWith('PeftModelForCausalLM.from_pretrained')) {
      addHub(call.args.find((a) => a.name === 'model_id') ?? positional[1], call, { local: true });
    } else {
      // SetFit loads its body through sentence-transformers: `SetFitModel.from_pretrained("all-MiniLM-L6-v2")`.
      const stClass = SENTENCE_TRANSFORMERS_CLASS.test(name) && !HUB_CALLS.has(name);
      if (stClass && !keyword) continue;
      const sentenceTransformers = stClass || SENTENCE_TRANSFORMERS_CALLS.has(name) || /(?:^|\.)SetFitModel\.from_pretrained$/.test(call.callee);
      const before = references.length;
      addHub(keyword ?? positional[0], call, { local: !NEVER_LOCAL.has(name), sentenceTransformers });
      // `VLLM(model_name="qwen", model="/data/checkpoints/Qwen-7B-Chat")` (xusenlinzy/api-for-open-llm's langchain_llm): a
      // display name that names nothing readable first, the model it loads in a later keyword.
      for (const other of keywords.slice(1)) {
        if (references.length > before) break;
        addHub(other, call, { local: !NEVER_LOCAL.has(name), sentenceTransformers });
      }
      // A tokenizer loaded apart from the model, from its own Hub id or folder: LlamaIndex's `HuggingFaceLLM(
      // tokenizer_name='/model/Yi-1.5-9B-Chat', model_name='/model/Yi-1.5-9B-Chat')` (01-ai/Yi's function-calling notebook).
      const tokenizer = call.args.find((a) => a.name === 'tokenizer_name');
      if (tokenizer) addHub(tokenizer, call, { local: !NEVER_LOCAL.has(name) });
      // Or given beside the model by its Hub id (vLLM's `LLM(model='h2oai/...', tokenizer='hf-internal-testing/llama-tokenizer')`):
      // a second repo the call downloads. Only an `org/name` id: a bare word there is a tokenizer's type, a variable an object.
      for (const other of call.args)
        if (other !== keyword && other.name && TOKENIZER_REPO_KEYWORD.test(other.name) && other.literal?.includes('/') && looksLikeHubId(other.literal))
          addHub(other, call);
    }
  }
  // A name a model-named parameter is given (the helper's first, or a pytest parameter's values): a Hub id with its
  // organisation, or in a file that loads through sentence-transformers one of that library's own names (`"bert-base-nli-mean-tokens"`).
  const throughSentenceTransformers = mayHold(text, 'sentence_transformers') && /sentence_transformers/.test(text);
  const addNamed = (value: string | undefined, offset: number | undefined) => {
    if (value === undefined || offset === undefined || taken(offset)) return;
    // Written with its organisation: a bare legacy id there may be a key of the project's own (mlc-llm's tests give
    // `"gpt2"`, a key of its MODEL_PRESETS, to such a parameter).
    const parsed = value.includes('/') ? hubIdOf(value) : undefined;
    const st = parsed ? undefined : throughSentenceTransformers ? sentenceTransformersId(value) : undefined;
    if (parsed) add(parsed.id, offset, 'huggingface', parsed.revision);
    else if (st) add(st, offset, 'huggingface');
  };
  // A helper of this file whose first parameter is the model (`def pretrained_model_score(model_name, expected_score)`,
  // sentence-transformers' tests/test_pretrained_stsb.py), also through `partial(...)`: the literal it is called with.
  const helpers = modelFirstHelpers(text);
  if (helpers.size)
    for (const call of findCalls(text, (name, callee) => callee === name && helpers.has(name))) {
      const first = call.args.find((a) => !a.name);
      addNamed(first?.literal, first?.literalOffset);
    }
  // `@pytest.fixture` then `def model_id(self):` / `return "trl-internal-testing/tiny-random-LlamaForCausalLM"` (or a constant,
  // `return TINY_CAUSAL_LM`): a function named for the model that gives one, the value a test is run with (huggingface/peft's
  // tests). Hub ids only, as the other tables of tests.
  for (const getter of modelGetters(text)) {
    if (getter.literal !== undefined) addNamed(getter.literal, getter.offset);
    else {
      const constant = constants.get(getter.constant!);
      if (constant) addNamed(constant.value, constant.offset + 1);
    }
  }
  // `if model_id == "damo-vilab/text-to-video-ms-1.7b":`: the configured model compared whole with a Hub id, the branch
  // that runs that model (microsoft/JARVIS's hugginggpt/server/models_server.py, one branch per model it serves). An
  // `org/name` id only (a bare word there is as often a mode or a backend).
  for (const m of text.includes('==') ? wordMatches(text, MODEL_COMPARED_WITH_ID) : []) {
    if (notAModelName(m[1]!)) continue;
    const offset = m.index + m[0].length - m[3]!.length - 1;
    const parsed = m[3]!.includes('/') ? hubIdOf(m[3]!) : undefined;
    if (parsed && !taken(offset)) add(parsed.id, offset, 'huggingface', parsed.revision);
  }
  // A dict keyed by Hub ids whose entries hold the loaded model (`pipes = {"nlpconnect/vit-gpt2-image-captioning": {
  // "model": VisionEncoderDecoderModel.from_pretrained(...), ...}}`, JARVIS's models_server.py, looked up by the id a
  // request names): each key, the model of its entry. (Each match starts at a line's start and holds its `{` before its
  // first line break: tried sticky at the starts of the lines holding `{`, not at every position: ~0.4% of a whole run's
  // CPU on the real corpus, session 37.)
  for (const m of hubKeyedEntries(text)) {
    const parsed = hubIdOf(m[2]!);
    const offset = m.index! + m[0].indexOf(m[2]!);
    if (parsed && !taken(offset)) add(parsed.id, offset, 'huggingface', parsed.revision);
  }
  // `if model_name_or_path in ("hkunlp/instructor-base", "hkunlp/instructor-large"):`: the configured model looked up
  // whole in a literal list, a catalogue of the models the code knows (not a substring test: prefix-tests.ts).
  for (const m of holds(text, ' in ') ? wordMatches(text, MEMBER_TEST) : []) {
    if (notAModelName(m[1]!)) continue;
    const open = m.index + m[0].length - 1;
    const close = closingBracket(text, open);
    if (close < 0) continue;
    for (const item of topLevelItems(text.slice(open, close + 1), open)) {
      const literal = /^(['"])([^'"\n]*)\1$/.exec(item.text);
      const parsed = literal && hubIdOf(literal[2]!);
      if (parsed && literal[2]!.includes('/') && !taken(item.offset + 1)) add(parsed.id, item.offset + 1, 'huggingface', parsed.revision);
    }
  }
  // `@pytest.mark.parametrize("model_name", [...])`, `(["backend", "model_id"], [("onnx", "org/x-onnx"), ...])`: the values a
  // test is run with for its model parameter (https://docs.pytest.org/en/stable/how-to/parametrize.html).
  // The table may be a list the module names (`@pytest.mark.parametrize("model_id, kind", CASES)`), and the `parameterized`
  // library's `@parameterized.expand(CASES)` gives each row to the decorated test's parameters in order
  // (`def test_x(self, model_id, model_type, ...)`: huggingface/peft's tests; https://github.com/wolever/parameterized).
  const pytestTables = holds(text, 'parametrize');
  const expandTables = holds(text, 'parameterized');
  if (pytestTables || expandTables) {
    const lists = moduleLists(text);
    if (pytestTables)
      for (const call of findCalls(text, (name, callee) => name === 'parametrize' && /(?:^|\.)mark\.parametrize$/.test(callee)))
        for (const value of parametrizedModels(call, text, lists)) addNamed(value.value, value.offset);
    if (expandTables)
      for (const call of findCalls(text, (name, callee) => name === 'expand' && /(?:^|\.)parameterized\.expand$/.test(callee)))
        for (const value of expandedModels(call, text, lists)) addNamed(value.value, value.offset);
  }
  // A saved folder is a model on disk when the code loads it back; one only written (`save_pretrained("./final")`
  // before a push or at the end of training) is an output.
  for (const { value, offset } of saved) if (loadedBack.has(value)) add(value, offset, 'local');
  for (const model of commandLineModels(text, constants)) add(model.id, model.offset, model.source, model.revision);
  // `repo_id = f"{student}-distilled-from-{teacher}"` then `model.push_to_hub(repo_id)`: a name the file pushes to is an output.
  const pushedNames = new Set(holds(text, '_to_hub') ? [...text.matchAll(PUSHED_NAME)].map((m) => m[1]!) : []);
  let loadsFromHub: boolean | undefined;
  let datasetRepoVarsOfFile: Set<string> | undefined;
  const datasetRepoVars = () => (datasetRepoVarsOfFile ??= datasetRepoVariables(text));
  for (const [name, constant] of constants) {
    // A model-named constant holding a Hub id is a reference even when no call is in this file.
    // (Or a module constant holding a tokenizer's repo by its `org/name` id: `_FAST_LLAMA_TOKENIZER =
    // "hf-internal-testing/llama-tokenizer"`, the repo xinference's benchmarks load a tokenizer from; a bare value there
    // is a tokenizer's type or encoding. Settings and keywords named so are model-names' to read.)
    const tokenizerRepo = /^_?[A-Z][A-Z0-9_]*TOKENI[SZ]ER[A-Z0-9_]*$/.test(name) && constant.value.includes('/');
    // (Or, in a file that loads from the Hub, a constant named for a repo, path or id holding an `org/name` id:
    // `BOOGU_BASE_PATH = "Boogu/Boogu-Image-0.1-Base"`, `CAPTIONER_ID = "ACE-Step/acestep-captioner"`, a class's
    // `_wan_vae_path = "ai-toolkit/wan2.1-vae"`, ostris/ai-toolkit's model classes, handed on through attributes.)
    const hubNamed =
      HUB_NAMED_CONSTANT.test(name) && !NOT_A_MODEL_SOURCE.test(name) && constant.value.includes('/') && (loadsFromHub ??= LOADS_FROM_HUB.test(text));
    if ((!tokenizerRepo && !hubNamed && !/model|checkpoint|embed|rerank|llm|base_repo|repo_id/i.test(name)) || notAModelName(name) || pushedNames.has(name))
      continue;
    if (/repo_id$/i.test(name) && datasetRepoVars().has(name)) continue;
    if (litellmModel(constant.value, usesLitellm) || tokenizerType(name, constant.value)) continue;
    // A spaCy pipeline named so (`model_name: str = "en_core_web_md"`, a config default later given to spacy.load).
    const spacy = spacyPipelineId(constant.value);
    if (spacy) {
      if (!taken(constant.offset + 1)) add(spacy, constant.offset + 1, 'huggingface');
      continue;
    }
    const parsed = hubIdOf(constant.value);
    if (parsed && !linesTaken.has(positions.at(constant.offset + 1).line))
      add(parsed.id, constant.offset + 1, 'huggingface', parsed.revision ?? revisionBeside(name, constants));
  }
  // Ollama names behind Ollama-named settings: `OLLAMA_MODEL = "llama3"`, `def __init__(self, ollama_model: str = "llama2")`,
  // and `model = "qwen2.5:7b"` (a tag) in a file that talks to Ollama.
  if (namesOllama(text)) {
    const ollamaSetting = /\b(\w*(?:model|llm|embed)\w*)\s*(?::\s*[\w[\]|. ]+)?=\s*(['"])([a-z0-9][\w.-]*(?::[\w.-]+)?)\2/gi;
    for (let m = ollamaSetting.exec(text); m; m = ollamaSetting.exec(text)) {
      const [, name, , value] = m as unknown as [string, string, string, string];
      const lineText = text.slice(text.lastIndexOf('\n', m.index) + 1, text.indexOf('\n', m.index) < 0 ? text.length : text.indexOf('\n', m.index));
      // `LLM_BACKEND="ollama"`: a setting naming the backend, provider or type holds no model; nor does a value that is
      // the backend's own word with a qualifier (`OLLAMA_EMBED = "ollama.embed"`, an api-type enum's member; `"ollama_chat"`).
      if (notAModelName(name) || /backend|provider|type|kind|engine|client|host|url/i.test(name) || /^ollama(?:$|[._])/i.test(value)) continue;
      if (!/ollama/i.test(name) && !/ollama/i.test(lineText) && !value.includes(':')) continue;
      if (parseHubReference(value) || /^(true|false|none|auto|default|cpu|cuda|mps)$/i.test(value) || !/[a-z]/i.test(value)) continue;
      const offset = m.index + m[0].length - value.length - 1;
      if (!taken(offset)) add(value, offset, 'ollama');
    }
    // `for model in ["llama3.1", "phi3", "mistral-nemo", "gemma2", "codestral"]:` then `ollama pull`: the names a loop
    // of this file walks (open-interpreter local_setup.py:268).
    for (const m of text.matchAll(OLLAMA_LOOP)) {
      // Strings only: not a comprehension (`[m for m in AVAIL_LLM_MODELS if m.startswith("ollama-")]`).
      if (notAModelName(m[1]!) || !/^\s*(?:(['"])[^'"\n]*\1\s*,\s*)*(?:(['"])[^'"\n]*\2\s*,?\s*)?$/.test(m[2]!)) continue;
      const listAt = m.index + m[0].indexOf('[') + 1;
      for (const lit of m[2]!.matchAll(/(['"])([a-z0-9][\w.-]*(?::[\w.-]+)?)\1/gi)) {
        const offset = listAt + lit.index + 1;
        if (classifyOllamaName(lit[2]!)?.source === 'ollama' && !taken(offset)) add(lit[2]!, offset, 'ollama');
      }
    }
    // A picker offering Ollama tags in place, labelled or assigned for a model: `model_version = st.sidebar.radio("Select
    // Model Version", options=["qwen3:1.7b", "gemma3:1b"])`, `llm_model = st.sidebar.selectbox("LLM Model", ["llama3.2",
    // "mistral", "phi3"])`, `gr.Dropdown(choices=[...], label="Model")`. A tag without its `:` must be a library name.
    for (const call of findCalls(text, (name) => PICKER_CALLS.has(name))) {
      const label = call.args.find((a) => a.name === 'label') ?? call.args.find((a) => !a.name);
      const target = /([\w.]+)\s*=\s*$/.exec(text.slice(Math.max(0, call.offset - 80), call.offset))?.[1];
      const targetName = target && target.slice(target.lastIndexOf('.') + 1);
      const forModel =
        (label?.literal !== undefined && /model|llm/i.test(label.literal)) ||
        (!!targetName && new RegExp(`^${MODEL_VAR}$`, 'i').test(targetName) && !notAModelName(targetName));
      const list = call.args.find((a) => a.name === 'options' || a.name === 'choices') ?? call.args.filter((a) => !a.name)[1];
      if (!forModel || !list || !/^[[(]/.test(list.text)) continue;
      for (const lit of literalsIn(list)) {
        const value = lit.literal!;
        if (classifyOllamaName(value)?.source !== 'ollama' || !(value.includes(':') || isOllamaLibraryName(value)) || taken(lit.literalOffset!)) continue;
        add(value, lit.literalOffset!, 'ollama');
      }
    }
    // A model table keyed by backend: `_DEFAULT_MODEL_NAMES = {Backend.OPENAI: "...", Backend.OLLAMA: "embeddinggemma"}`.
    const ollamaEntry = /(?:\b\w+\.OLLAMA|(['"])ollama\1)\s*:\s*(['"])([a-z0-9][\w.-]*(?::[\w.-]+)?)\2/gi;
    for (let m = ollamaEntry.exec(text); m; m = ollamaEntry.exec(text)) {
      const value = m[3]!;
      const open = text.lastIndexOf('{', m.index);
      const opening = text.slice(text.lastIndexOf('\n', open) + 1, open);
      if (open < 0 || !/model/i.test(opening) || /^ollama$/i.test(value) || classifyOllamaName(value)?.source !== 'ollama') continue;
      const offset = m.index + m[0].length - value.length - 1;
      if (!taken(offset)) add(value, offset, 'ollama');
    }
  }
  // agno's model classes take the model as `id` (providers.yaml `model_id_keyword`): `model=Ollama(id="llama3.2")`,
  // `OllamaEmbedder(id="embeddinggemma:latest")` imported from a module named for Ollama give an Ollama tag.
  if (holds(text, 'Ollama')) {
    const modules = modelIdKeywordModules();
    const fromOllamaModule = (callee: string) => {
      const module = imports.get(callee.split('.')[0]!);
      return !!module && /(^|\.)ollama(\.|$)/.test(module) && modules.some((m) => module === m || module.startsWith(`${m}.`));
    };
    for (const call of findCalls(text, (name, callee) => /Ollama/.test(name) && fromOllamaModule(callee))) {
      const resolved = resolveArg(call.args.find((a) => a.name === 'id'));
      // (`Ollama(id="qwen2.5:latest ")`: a stray space the client's request keeps out of the tag.)
      const tag = resolved?.value.trim();
      if (resolved && tag && classifyOllamaName(tag)?.source === 'ollama' && !taken(resolved.offset)) add(tag, resolved.offset, 'ollama');
    }
  }
  // The other classes of those modules (`model_id_keyword`) call a hosted provider: `Nvidia(id="meta/llama-3.3-70b-instruct")`,
  // `V0(id="v0-1.0-md")`, `Inception(id="mercury-2")`, `CohereEmbedder(id="embed-v4.0")`: the `id` names the model the class
  // calls, under the provider its module is named for (modelIdKeywordProvider), whether or not a naming table knows it.
  if ([...imports.values()].some((module) => modelIdKeywordProvider(module))) {
    const moduleOf = (callee: string) => imports.get(callee.split('.')[0]!);
    for (const call of findCalls(text, (name, callee) => /^[A-Z]/.test(name) && !!modelIdKeywordProvider(moduleOf(callee) ?? ''))) {
      const module = moduleOf(call.callee)!;
      if (/(^|\.)ollama(\.|$)/.test(module)) continue; // an Ollama tag: read above
      const resolved = resolveArg(call.args.find((a) => a.name === 'id'));
      // (A name a provider's naming reads, `gpt-4o`, `claude-sonnet-4-5`, is reported as that provider's by model-names.)
      if (!resolved || taken(resolved.offset) || providerForName(resolved.value.trim())) continue;
      const id = hostedModelId(modelIdKeywordProvider(module)!, resolved.value.trim());
      if (id) add(id, resolved.offset, 'api');
    }
  }
  // LiteLLM-style `<provider>/<model>` names: `completion(model="ollama/llama3.1")`, `dspy.LM("ollama_chat/llama3.2")`,
  // CrewAI `LLM(model="bedrock/...")`. Any prefix when the file uses LiteLLM or a library built on it.
  const litellmString = litellmStringPattern();
  for (let m = litellmString.exec(text); m; m = litellmString.exec(text)) {
    // `ollama_chat/<model-name>`, `azure/<your_deployment_id>`: a placeholder after the route names no model.
    if (isStandInName(m[2]!.slice(m[2]!.indexOf('/') + 1))) continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    // As a model argument or a model-named value: `model="..."`, `LM("...")`, `MODEL = "..."`.
    if (!/(\b\w*(?:model|llm)\w*\s*[:=]\s*|\b(?:LM|LLM|completion|acompletion|ChatLiteLLM|LiteLLMModel|LiteLlm)\(\s*)$/i.test(before)) continue;
    const found = litellmModel(m[2]!, usesLitellm);
    if (!found) continue;
    const offset = m.index + 1 + (found.source === 'api' ? 0 : found.prefix.length + 1);
    if (found.source === 'huggingface') {
      const parsed = parseHubReference(found.id);
      if (parsed) add(parsed.id, offset, 'huggingface', parsed.revision);
    } else add(found.id, offset, found.source);
  }
  // `Qwen2_5_LLM(mode_name_or_path = "/root/autodl-tmp/qwen/Qwen2.5-7B-Instruct")`: a wrapper's `<x>_name_or_path`
  // holding a path to a folder named like a model (a digit in its last part) is that model on disk.
  if (holds(text, '_name_or_path'))
    for (const m of text.matchAll(NAME_OR_PATH_SETTING)) {
      // (A dict key's opening quote is before the `\b` the match starts at: the key is that string.)
      if (m[2] && text[m.index - 1] !== m[2]) continue;
      // (Not a dataset's: `dataset_name_or_path = "timdettmers/openassistant-guanaco"`, InternLM/xtuner's configs.)
      if (/model/i.test(m[1]!) || notAModelName(m[1]!)) continue;
      const offset = m.index + m[0].length - m[4]!.length - 1;
      if (taken(offset)) continue;
      // `"tokenizer_name_or_path": "gpt2"` (a text splitter's tokenizer, xusenlinzy/api-for-open-llm api/config.py),
      // `tokenizer_name_or_path = "Qwen/Qwen3-8B"`: a Hub id there is the repo `from_pretrained` downloads.
      const hub = hubIdOf(m[4]!);
      if (hub) {
        add(hub.id, offset, 'huggingface', hub.revision);
        continue;
      }
      if (!m[4]!.includes('/')) continue;
      const onDisk = modelFromPath(m[4]!);
      if (onDisk?.source === 'local' && namedLikeAModel(onDisk.id)) add(onDisk.id, offset, 'local');
    }
  if (mayHold(text, 'tokenizer', 'tokeniser') && /tokeni[sz]er/i.test(text))
    for (const m of text.matchAll(TOKENIZER_REPO_SETTING)) {
      // (A dict key's opening quote is before the `\b` the match starts at: the key is that string.)
      if (m[2] && text[m.index - 1] !== m[2]) continue;
      if (notAModelName(m[1]!)) continue;
      const offset = m.index + m[0].length - m[4]!.length - 1;
      if (TOKENIZER_FILES_SETTING.test(m[1]!)) {
        const folder = /(?:path|dir|folder)$/i.test(m[1]!) ? tokenizerFolder(m[4]!) : undefined;
        if (folder && !taken(offset)) add(folder, offset, 'local');
        continue;
      }
      const hub = m[4]!.includes('/') ? hubIdOf(m[4]!) : undefined;
      if (hub && !taken(offset)) add(hub.id, offset, 'huggingface', hub.revision);
    }
  // Any model-named keyword or parameter default holding a Hub id: custom wrappers
  // `Embedder(model_name="BAAI/bge-m3")`, `def load(model_id="Qwen/Qwen2.5-7B"):`.
  // (Asked of the whole text once, not once per match: a file of many matches searched itself whole for each.)
  const mayPush = holds(text, 'push_to_hub');
  for (const m of wordMatches(text, MODEL_KEYWORD)) {
    // `export_optimized_onnx_model(model=model, model_name_or_path="sentence-transformers/all-MiniLM-L6-v2",
    // push_to_hub=True, create_pr=True)`: in a call told to push, the model setting is where it writes (an output).
    if (mayPush && /\bpush_to_hub\s*=\s*True\b/.test(callStatement(text, m.index))) continue;
    // `model_path = '/root/autodl-tmp/Shanghai_AI_Laboratory/internlm3-8b-instruct'`, `pretrained_model_name_or_path =
    // '/root/math/model/Shanghai_AI_Laboratory/internlm2-math-7b'` (an xtuner config): a setting for the model's own folder
    // holding a path to a folder named like a model (a digit in its last part: not `./models`) is that model on disk, as a
    // dict's `"model_path"` is, whether or not a loading call in the same snippet takes it.
    // `model_path = 'Yi-1.5-6B-Chat-awq'`, `quantized_model_dir = 'Yi-1.5-6B-Chat-GPTQ'` (01-ai/Yi's AutoAWQ and AutoGPTQ
    // guides, loading what `model.save_quantized(quant_path)` wrote): a folder setting holding a quantizer's bare folder.
    // A setting named only for a checkpoint's short spelling (`ckpt_path`, `pretrained_ckpt`) is read for a Hub id alone: a
    // folder or file there is as often one a run writes (`ckpt_path = './ckpts/last.ckpt'`).
    const ckptOnly = !/model|checkpoint|repo_id|adapter_id|peft|lora/i.test(m[1]!);
    if (!ckptOnly && MODEL_FOLDER_SETTING.test(m[1]!) && !OUTPUT_MODEL_SETTING.test(m[1]!) && QUANTISED_FOLDER.test(m[3]!)) {
      const offset = m.index + m[0].length - m[3]!.length - 1;
      if (!taken(offset)) add(m[3]!, offset, 'local');
      continue;
    }
    // `qwen_model_name = "./models/Qwen2.5-14B-Instruct/"` (Wan-Video/Wan2.1's prompt_extend.py, given as `model_name=` to
    // a loader taking a Hub id or a local path): a name setting holding a path written as one, inside a folder kept for
    // weights, to a folder named like a model is that folder too.
    // (`prompt_extend_anno.MODEL_NAME = "models/VACE-Annotators/llm/Qwen2.5-3B-Instruct"`, ali-vilab/VACE: the same written
    // from the project's root.)
    // So is a path from the root or home to a folder named like a model (`BGEM3EmbeddingFunction(model_name='/data2/khj/
    // bge-m3')`, pymilvus; `Visualized_BGE(model_name_bge='/data2/khj/bge-m3')`, InternLM/HuixiangDou's tests), as a dict's
    // model key holding one is (ABSOLUTE_MODEL_FOLDER, below).
    // (Or two parts under such a folder, `model="model/Qwen2.5-0.5B-Instruct"`, `model_name_or_path_reranker =
    // "models/Qwen3-Reranker-0.6B"`: a folder named like a model inside the project's weights folder; `model/` or
    // `models/` only, as `ckpt/anything-v4.5-vae-swapped` is also a Hub user's repository.)
    const weightsFolder =
      LOCAL_WEIGHTS_FOLDER.test(m[3]!) ||
      ROOT_WEIGHTS_FOLDER.test(m[3]!) ||
      (WEIGHTS_ROOT_FOLDER.test(m[3]!) && /^models?\//i.test(m[3]!)) ||
      ABSOLUTE_MODEL_FOLDER.test(m[3]!) ||
      inDownloadLayout(m[3]!);
    if (!ckptOnly && (MODEL_FOLDER_SETTING.test(m[1]!) ? m[3]!.includes('/') : weightsFolder) && !OUTPUT_MODEL_SETTING.test(m[1]!)) {
      const onDisk = modelFromPath(m[3]!);
      const offset = m.index + m[0].length - m[3]!.length - 1;
      // `MODEL_PATH = '/mnt/.../model/internvideo2'` then `_MODELS = {"stage1_1B_pt": os.path.join(MODEL_PATH,
      // "stage1/1B/1B_pt.pth"), ...}` (OpenGVLab/InternVideo's distillation teachers): a folder the file joins weights files
      // onto is the root of several models (each labelled by its file), not one.
      if (onDisk?.source === 'local' && namedLikeAModel(onDisk.id) && joinsWeightsOnto(text, m[1]!)) continue;
      if (onDisk?.source === 'local' && namedLikeAModel(onDisk.id)) {
        if (!taken(offset)) add(onDisk.id, offset, 'local');
        continue;
      }
    }
    // A model's type is an architecture (`model_type="llama"`), but no architecture is written `org/name`: CAMEL's
    // embeddings take the model there (`model_type: str = "togethercomputer/m2-bert-80M-8k-retrieval"`).
    if (notAModelName(m[1]!) && !(/model_type$/i.test(m[1]!) && m[3]!.includes('/'))) continue;
    // Not when the same statement says it is a dataset or a Space, before or after the keyword
    // (`RepoUrl(..., repo_type='dataset', repo_id='user/dataset')`).
    const close = text.indexOf(')', m.index);
    const opening = callOpening(text, m.index);
    const statement = text.slice(opening, close < 0 ? m.index + 300 : close);
    if (/repo_type\s*=\s*['"](dataset|space)/.test(statement) || /load_dataset\($/.test(text.slice(Math.max(0, m.index - 40), m.index).trim())) continue;
    // Nor a `repo_id` a dataset's class or a dataset tool is given (`LeRobotDataset(repo_id="lerobot/pusht")`,
    // `delete_episodes(dataset, ..., repo_id="lerobot/pusht_filtered")`, huggingface/lerobot's examples), nor a `repo_id`
    // variable the file hands such a class (`repo_id = "lerobot/aloha_mobile_cabinet"` then `LeRobotDataset(repo_id)`).
    if (/repo_id$/i.test(m[1]!) && (datasetStatement(text, statement, opening) || datasetRepoVars().has(m[1]!))) continue;
    if (litellmModel(m[3]!, usesLitellm)) continue;
    // `tokenizer_model="gpt2"` (GGUF `tokenizer.ggml.model`): a bare word there is the tokenizer's type, not a model.
    if (tokenizerType(m[1]!, m[3]!)) continue;
    const parsed = hubIdOf(m[3]!);
    const offset = m.index + m[0].length - m[3]!.length - 1;
    if (parsed && !taken(offset)) add(parsed.id, offset, 'huggingface', parsed.revision);
    // `model_name = sys.argv[1] if len(sys.argv) > 1 else "stsb-distilroberta-base-v2"` in a file that loads through
    // sentence-transformers: one of that library's own names.
    else if (!parsed && throughSentenceTransformers && !taken(offset)) {
      const st = sentenceTransformersId(m[3]!);
      if (st) add(st, offset, 'huggingface');
    }
  }
  // `t5 = dict(type="text_embedder", from_pretrained="./ckpts/google/t5-v1_1-xxl")` (hpcaitech/Open-Sora's mmengine-style
  // configs, whose builders hand the value to `from_pretrained` or a checkpoint loader): a keyword named for the load call
  // holding a path written as one to a folder named like a model is that folder (a Hub id there is read as any string is).
  if (text.includes('from_pretrained'))
    for (const m of text.matchAll(FROM_PRETRAINED_KEYWORD)) {
      const value = m[2]!;
      if (!/^(?:\.{1,2}\/|\/|~\/)/.test(value)) continue;
      const onDisk = modelFromPath(value);
      const offset = m.index + m[0].length - value.length - 1;
      if (onDisk?.source === 'local' && namedLikeAModel(onDisk.id) && !taken(offset)) add(onDisk.id, offset, 'local');
    }
  // `model = GptCorrector("shibing624/chinese-text-correction-1.5b")`, `embedder = Embedder("BAAI/bge-m3")`: a variable named
  // for a model built by a call whose first argument is a Hub id, whatever the call (a project's own wrapper, whose
  // parameter this file does not show). Only a Hub id; not a dataset's loader nor a path's.
  for (const built of modelsBuiltFromIds(text)) {
    const parsed = hubIdOf(built.value);
    if (parsed && !taken(built.offset)) add(parsed.id, built.offset, sourceOf(built.callee), parsed.revision);
  }
  // `hf_blip: str = "Salesforce/blip-itm-base-coco"`, `{"hf_blip": "Salesforce/blip-itm-base-coco"}` (Data-Juicer's
  // operators and their composite mappers' default arguments): a Hugging Face-prefixed setting holding an `org/name` id.
  if (holds(text, 'hf_'))
    for (const m of text.matchAll(HUB_ARG_SETTING)) {
      const [key, value] = m[1] ? [m[1], m[3]!] : [m[5]!, m[7]!];
      // (A keyword or a parameter's default, after `(` or `,`.)
      // A config object's attribute is a setting too (`t2v_14B.vae_checkpoint = 'Wan2.1_VAE.pth'`, an EasyDict of
      // Wan-Video/Wan2.1's wan/configs whose pipeline loads each file from the checkpoint folder).
      if (m[1] && !argumentAt(text, m.index) && !configAttributeAt(text, m.index)) continue;
      if (!HF_ARG_KEY.test(key) || !value.includes('/')) continue;
      // (Not a task's dataset beside its subset and splits: lighteval's `LightevalTaskConfig(name="siqa", hf_repo=
      // "lighteval/siqa", hf_subset="default", hf_avail_splits=[...])`, FlagAI's CCI3-HQ evaluation tasks.)
      if (/\bhf_(?:subset|avail_splits|data_files)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 300))) continue;
      // `hf_hub='laion/CLIP-ViT-B-32-laion2B-s34B-b79K/'`, `hf_hub='jienengchen/ViTamin-XL-384px/pytorch_model.bin'`
      // (mlfoundations/open_clip's pretrained catalogue, which joins a file name onto the repo or names the file in it): the repo.
      const inRepo = HUB_REPO_PREFIX.exec(value);
      const parsed = hubIdOf(inRepo ? inRepo[1]! : value);
      const offset = m.index + m[0].length - value.length - 1;
      if (parsed && !taken(offset)) add(parsed.id, offset, 'huggingface', parsed.revision);
    }
  // A Colab form field (`sd_model = "x" #@param [ "philz1337/clarity", "prompthero/openjourney" ]`,
  // https://colab.research.google.com/notebooks/forms.ipynb): each choice the form offers is a value of the model-named
  // variable, as its default is; under a variable named for Whisper, openai-whisper's size names (`base.en`, `tiny`)
  // are the checkpoints its load_model downloads (providers.yaml `library_names`; SillyTavern's colab/GPU.ipynb).
  if (holds(text, '#@param'))
    for (const m of text.matchAll(COLAB_MODEL_PARAM)) {
      if (notAModelName(m[1]!)) continue;
      const listAt = m.index + m[0].lastIndexOf('[') + 1;
      const values = [{ value: m[3]!, offset: m.index + m[0].indexOf(`${m[2]}${m[3]}`) + 1 }];
      for (const c of m[4]!.matchAll(/(["'])([^"'\n]+)\1/g)) values.push({ value: c[2]!, offset: listAt + c.index + 1 });
      for (const { value, offset } of values) {
        if (taken(offset)) continue;
        const whisper = /whisper/i.test(m[1]!) ? libraryModel('whisper', value) : undefined;
        const parsed = whisper ? undefined : hubIdOf(value);
        const before = references.length;
        if (whisper) add(whisper, offset, 'huggingface');
        else if (parsed) add(parsed.id, offset, 'huggingface', parsed.revision);
        // A choice stands after `#@param`, Colab's syntax for the field's options, not in a comment.
        for (const r of references.slice(before)) delete r.context;
      }
    }
  // A list of Whisper's size names (`model_size_list = ["medium", "medium.en", "large-v2", "large-v3"]`, a Gradio
  // `choices=[...]`) or a table mapping a project's names to them (`{"Whisper-tiny.en": "tiny.en", ...}`) in a file
  // that names Whisper: each is the checkpoint openai-whisper (faster-whisper where the file names it) downloads.
  for (const s of whisperSizeCollections(text)) if (!taken(s.offset)) add(s.id, s.offset, 'huggingface');
  // Dict literals and JSON-ish settings: `{"model_name": "BAAI/bge-m3"}`, `config["base_model"] = "Qwen/..."`.
  // (`"adapter_id": "predibase/dbpedia"`: the LoRA adapter a TGI or LoRAX request asks for, loaded from the Hub,
  // https://huggingface.co/docs/text-generation-inference/conceptual/lora.)
  for (const m of modelKeyMatches(text)) {
    const offset = m.index + m[0].length - m[4]!.length - 1;
    // A setting for the model's own folder (`"genie_onnx_model_dir": "CharacterModels/v2ProPlus/mika/tts_models"`,
    // `"model_path": "saves/qwen3-4b/lora/sft"`) holding a path: that folder is the model, as config-file reads such
    // keys; a relative folder needs three parts or more (a Hub id has one slash).
    // A name key holding such a folder under the project's weights folder too (`"MODEL_NAME": "models/VACE-Annotators/llm/
    // Qwen2.5-3B-Instruct"`), as the keyword and assignment above.
    // Or any model key holding a path from the root or home to a folder named like a model (`"model":
    // "/temp_data/LLM_test/Tensorrt-llm-yuan/yuan2B_Janus/"`, the body IEIT-Yuan/Yuan-2.0's vLLM guide posts to
    // `/v1/completions`, where vLLM serves a folder under its path), as config-file reads such a value under a model key.
    const folderKey = MODEL_FOLDER_KEY.test(m[2]!)
      ? m[4]!.includes('/')
      : LOCAL_WEIGHTS_FOLDER.test(m[4]!) || ROOT_WEIGHTS_FOLDER.test(m[4]!) || ABSOLUTE_MODEL_FOLDER.test(m[4]!);
    if (folderKey && !OUTPUT_MODEL_SETTING.test(m[2]!) && !taken(offset)) {
      const onDisk = modelFromPath(m[4]!);
      if (onDisk?.source === 'local' && (MODEL_FOLDER_KEY.test(m[2]!) || namedLikeAModel(onDisk.id))) {
        add(onDisk.id, offset, 'local');
        continue;
      }
    }
    if (notAModelName(m[2]!)) continue;
    const parsed = hubIdOf(m[4]!);
    if (parsed && !taken(offset)) add(parsed.id, offset, 'huggingface', parsed.revision);
  }
  // A multimodal model's tower set in its config or a dict (`config["vision_encoder"] = "DAMO-NLP-SG/SigLIP-NaViT"`,
  // DAMO-NLP-SG/VideoLLaMA3's checkpoint converter; `{"mm_vision_tower": "openai/clip-vit-large-patch14"}`): the encoder
  // the model loads by from_pretrained. A Hub id only (the same keys elsewhere hold a kind: `"vision_tower": "clip"`).
  if (text.includes('_tower') || text.includes('_encoder'))
    for (const m of text.matchAll(TOWER_KEY)) {
      const offset = m.index + m[0].length - m[4]!.length - 1;
      const parsed = hubIdOf(m[4]!);
      if (parsed && !taken(offset)) add(parsed.id, offset, 'huggingface', parsed.revision);
    }
  // A params dict whose entry a loader is given by subscript, under a key that names no model
  // (`params = {'segmentation': 'pyannote/segmentation-3.0', ...}` then `Model.from_pretrained(params['segmentation'])`,
  // modelscope/3D-Speaker's diarization): the entry's value is the model loaded.
  // (Every match of LOADER_SUBSCRIPT holds a quoted subscript.)
  if (text.includes("['") || text.includes('["'))
    for (const e of loaderDictEntries(text)) {
      if (notAModelName(e.key) || taken(e.offset)) continue;
      const parsed = hubIdOf(e.value);
      if (parsed) add(parsed.id, e.offset, 'huggingface', parsed.revision);
    }
  // `weight_path = HF_STDIT_MAP["t2v"].get(resolution)` then `STDiT3.from_pretrained(weight_path)` (hpcaitech/Open-Sora's
  // gradio/app.py): a variable picked from a dict literal of the file, by subscript or `.get`, and given first to a Hub
  // loader is one of that dict's values, nested ones too: each `org/name` value there is a repo the loader may take.
  for (const v of pickedDictValues(text)) {
    if (taken(v.offset)) continue;
    const parsed = hubIdOf(v.value);
    if (parsed) add(parsed.id, v.offset, 'huggingface', parsed.revision);
  }
  // A table of Hub ids a loader is given an entry of by a variable's subscript (MeloTTS' `LANG_TO_HF_REPO_ID = {'EN':
  // 'myshell-ai/MeloTTS-English', ...}` then `hf_hub_download(repo_id=LANG_TO_HF_REPO_ID[language], filename=...)`): each
  // `org/name` value is a model the code may load, picked at run time.
  if (text.includes('[')) for (const e of loaderTableEntries(text)) if (!taken(e.offset)) add(e.id, e.offset, 'huggingface', e.revision);
  // A settings dict's bare `"path"` to a folder named as a published family's models are (OpenSPG/KAG's registrable
  // configs, `{"type": "bge", "path": "~/.cache/vectorize_model/BAAI/bge-m3", "url": ...}` given to `from_config`):
  // those weights on disk, as config-file reads the same entry in YAML.
  // (Every match of DICT_PATH and BLOCK_PATH below holds the key `path` quoted.)
  const quotedPath = holds(text, "'path'") || holds(text, '"path"');
  if (quotedPath)
    for (const m of text.matchAll(DICT_PATH)) {
      const offset = m.index + m[0].length - m[3]!.length - 1;
      if (!familyNamedPath(m[3]!) || taken(offset) || DATA_FOLDER_PATH.test(m[3]!)) continue;
      const onDisk = modelFromPath(m[3]!);
      if (onDisk?.source === 'local') add(onDisk.id, offset, 'local');
    }
  // A module constant of any name holding a folder named for a published family's models, handed on to a model keyword
  // (XTuner's InternVL config in InternLM/Tutorial's InternVL lesson: `path = '/root/model/InternVL2-2B'` then
  // `dict(type=InternVL_V1_5, model_path=path, ...)`, `pretrained_model_name_or_path=path`): that folder is the model,
  // at the constant, as a model-named constant's value is.
  if (holds(text, 'model_p') || holds(text, '_name_or_path'))
    for (const m of text.matchAll(PATH_CONSTANT)) {
      const offset = m.index + m[0].length - m[3]!.length - 1;
      if (taken(offset) || !familyNamedPath(m[3]!) || DATA_FOLDER_PATH.test(m[3]!)) continue;
      if (!new RegExp(`\\b(?:model_path|model_name_or_path|pretrained_model_name_or_path)\\s*=\\s*${m[1]!}\\s*[,)]`).test(text)) continue;
      const onDisk = modelFromPath(m[3]!);
      if (onDisk?.source === 'local') add(onDisk.id, offset, 'local');
    }
  // ms-swift 2.x's Python API: `from swift.llm import ModelType, get_model_tokenizer` then `model_type =
  // ModelType.yi_1_5_6b_chat` (01-ai/Yi's Cookbook), a member of its model registry that it downloads from ModelScope,
  // as its CLI's `--model_type yi-1_5-6b-chat` is; named here as written. A member without a size or a tune
  // (`ModelType.llama`) is no one model.
  // (Not when the snippet gives `model_id_or_path=`: that names the weights, the type their kind, as on the command line.)
  if (holds(text, 'ModelType.') && SWIFT_IMPORT.test(text) && !/\bmodel_id_or_path\s*=/.test(text))
    for (const m of text.matchAll(/\bModelType\.([a-z][a-z0-9_]*)\b/g))
      if (SWIFT_MODEL_MEMBER.test(m[1]!)) add(contextOnlyId(m[1]!), m.index + 'ModelType.'.length, 'api');
  // LazyLLM's local models: `lazyllm.TrainableModule('internlm2-chat-7b')` (also `base_model='PP-OCRv5_mobile'`) names
  // the model by LazyLLM's catalogue, which downloads it from Hugging Face or ModelScope, or finds it at
  // `$LAZYLLM_MODEL_PATH/<name>` (https://docs.lazyllm.ai/en/latest/Best%20Practice/LocalModel/); its RAG reranker loads
  // its `model=` the same way (`Reranker('ModuleReranker', model='bge-reranker-large')`). A name of its table is the
  // repo it stands for (providers.yaml `library_names`, lazyllm: `bge-m3` -> BAAI/bge-m3), one starting with a prefix
  // it knows the repo of that organisation (`internlm2-chat-7b` -> internlm/internlm2-chat-7b); another bare name is
  // named as written, as ms-swift's catalogue keys are; an `org/name` id or a folder is read as any loader's.
  // Its fine-tune and deploy wrappers take the base model first (`finetune.llamafactory('internlm2-chat-7b',
  // 'path/to/target')`, `finetune.auto(...)`, `finetune.FlagembeddingFinetune('bge-m3', ...)`, `deploy.auto(...)`), in
  // code that imports them from lazyllm or calls them on it.
  const lazyllmTool = (callee: string) => {
    const m = /^(?:lazyllm\.)?(finetune\.\w+|deploy\.auto)$/.exec(callee);
    return !!m && (callee.startsWith('lazyllm.') || imports.get(m[1]!.split('.')[0]!) === 'lazyllm');
  };
  if (text.includes('TrainableModule(') || text.includes('ModuleReranker') || text.includes('lazyllm'))
    for (const call of findCalls(text, (name, callee) => name === 'TrainableModule' || name === 'Reranker' || lazyllmTool(callee))) {
      const first = call.args[0]?.name ? undefined : call.args[0];
      const arg =
        call.callee.endsWith('TrainableModule') || lazyllmTool(call.callee)
          ? (call.args.find((a) => a.name === 'base_model') ?? first)
          : (call.args.find((a) => a.name === 'name') ?? first)?.literal === 'ModuleReranker'
            ? call.args.find((a) => a.name === 'model')
            : undefined;
      const resolved = resolveArg(arg);
      if (!resolved || taken(resolved.offset)) continue;
      if (resolved.value.includes('/')) addHub(arg, call, { local: true });
      else if (CATALOGUE_NAME.test(resolved.value)) {
        const model = lazyllmModel(resolved.value);
        add(model.id, resolved.offset, model.source);
      }
    }
  // FlagAI (FlagAI-Open/FlagAI, BAAI): its loaders download a model by the name BAAI's ModelHub (model.baai.ac.cn) gives it
  // — `AutoLoader("lm", model_name="aquilachat-7b")`, `AutoLoader("seq2seq", "GPT2-base-ch", model_dir=...)` (the name its
  // second argument), `GLMModel.from_pretrain(download_path="./state_dict", model_name="GLM-large-ch")`,
  // `Tokenizer.from_pretrained("GLM-large-ch")` (flagai.data.tokenizer's, whose files come from the same hub) and
  // `EnvArgs(model_name="llama-7b-en")` (the trainer's settings, read back as `env_args.model_name`). A catalogue name is
  // reported as written, as LazyLLM's unknown names are; an `org/name` id or a folder as any loader's. A variable given
  // there is each name the file assigns it (`if lang == 'ch': model_name = 'GLM-large-ch' else: model_name =
  // 'GLM-large-en'`, a test's `m_name = ...` per case, `self.model_name = ...`). Read in a text that names flagai only.
  if (
    (text.includes('AutoLoader(') || text.includes('from_pretrain(') || text.includes('Tokenizer.from_pretrained(') || text.includes('EnvArgs(')) &&
    // (A docs snippet may leave the import out: an AutoLoader given its task and download folder is FlagAI's.)
    (/\bflagai\b/.test(text) || FLAGAI_AUTOLOADER.test(text))
  ) {
    let assignedNames: Map<string, { value: string; offset: number }[]> | undefined;
    const assignmentsOf = (name: string) => {
      if (!assignedNames) {
        assignedNames = new Map();
        for (const m of text.matchAll(FLAGAI_NAME_ASSIGNMENT)) {
          const list = assignedNames.get(m[1]!) ?? [];
          list.push({ value: m[3]!, offset: m.index + m[0].lastIndexOf(m[2]! + m[3]!) + 1 });
          assignedNames.set(m[1]!, list);
        }
      }
      return assignedNames.get(name) ?? [];
    };
    const flagaiCall = (name: string, callee: string) =>
      name === 'AutoLoader' ||
      name === 'EnvArgs' ||
      name === 'from_pretrain' ||
      (name === 'from_pretrained' && /(?:^|\.)Tokenizer\.from_pretrained$/.test(callee));
    for (const call of findCalls(text, (name, callee) => flagaiCall(realName(name, callee), callee))) {
      const name = call.callee.slice(call.callee.lastIndexOf('.') + 1);
      const positional = call.args.filter((a) => !a.name);
      const arg =
        call.args.find((a) => a.name === 'model_name') ?? (name === 'AutoLoader' ? positional[1] : name === 'from_pretrained' ? positional[0] : undefined);
      if (!arg) continue;
      // (The last argument's text keeps a comment after it: `model_name="AltCLIP-XLMR-L"   # Load the checkpoints from
      // Modelhub(model.baai.ac.cn/models)` then `)` on the next line, FlagAI's AltCLIP examples.)
      const commented = arg.literal === undefined ? /^(\s*)(['"])([^'"\n]+)\2\s*#[^\n]*$/.exec(arg.text) : null;
      const held =
        arg.literal !== undefined
          ? [{ value: arg.literal, offset: arg.literalOffset! }]
          : commented
            ? [{ value: commented[3]!, offset: arg.offset + commented[1]!.length + 1 }]
            : /^(?:self\.)?[A-Za-z_]\w*$/.test(arg.text.trim())
              ? assignmentsOf(arg.text.trim())
              : [];
      for (const h of held) {
        // (An `org/name` id or a folder is left to the rules that read any loader's.)
        if (!taken(h.offset) && CATALOGUE_NAME.test(h.value)) add(contextOnlyId(h.value), h.offset, 'api');
      }
    }
  }
  // A Python library's model-name enum (providers.yaml `library_constants` whose package the file imports): llama_index's
  // `OpenAIEmbedding(model=OpenAIEmbeddingModelType.TEXT_EMBED_3_SMALL)` is `text-embedding-3-small` (netease-youdao/
  // BCEmbedding's RAG evaluation), as LangChain4j's `OpenAiEmbeddingModelName.TEXT_EMBEDDING_3_SMALL` is in Java.
  if (text.includes('import')) {
    // (The packages first: most files import none, and the tables are built only for one that does.)
    const packages = new Set(libraryConstantPackages().filter((p) => importsModule(text, p)));
    const imported = (library: LibraryConstants) => packages.has(library.package);
    if (packages.size && libraryConstants().some(imported)) {
      let lineStart = 0;
      for (const line of text.split('\n')) {
        for (const constant of libraryConstantsIn(line, imported)) {
          const at = lineStart + constant.column;
          if (taken(at)) continue;
          if (constant.ollama) add(constant.id, at, 'ollama');
          else {
            // (An enum only one provider's API serves says so: `Generation.Models.bailian_v1` is DashScope's `bailian-v1`.)
            const provider = constant.provider ? { id: constant.provider, router: false } : providerForName(constant.id);
            add(provider ? apiModelId(provider, constant.id) : contextOnlyId(constant.id), at, 'api');
          }
        }
        lineStart += line.length + 1;
      }
    }
  }
  // OpenCompass model configs: `dict(type=HuggingFaceBaseModel, path='Qwen/Qwen2.5-7B', ...)`, and its own local
  // classes (`dict(type=Mixtral, path='./models/mixtral/mixtral-8x7b-32kseqlen', ...)`).
  // (Or such a class built directly: `HuggingFaceCausalLM(path='huggyllama/llama-7b', ...)`, the docs' account of a config.)
  for (const call of findCalls(text, (name) => name === 'dict' || OPENCOMPASS_LOCAL_CALL.test(name))) {
    const type = call.callee === 'dict' ? (call.args.find((a) => a.name === 'type')?.text ?? '') : call.callee.slice(call.callee.lastIndexOf('.') + 1);
    if (/HuggingFace|VLLM|TurboMind|LMDeploy|LightllmAPI/.test(type) || OPENCOMPASS_LOCAL_CLASS.test(type)) {
      addHub(
        call.args.find((a) => a.name === 'path'),
        call,
        { local: true },
      );
      continue;
    }
    // A hosted model's config, an API class given its key or address beside OpenCompass's batching settings
    // (`dict(type=BailingAPI, path='Bailing-Lite-1116', token='', url=..., batch_size=1)`, `dict(type=TeleChat,
    // path='TeleChat-thinking', key='ENV', meta_template=...)`): `path` is the name the API serves the model under.
    const hosted = type && openCompassHostedPath(call, resolveArg);
    if (hosted && !taken(hosted.offset)) add(hosted.id, hosted.offset, 'api');
  }
  // OpenCompass's model configs picked under mmengine's `read_base()` (`from opencompass.configs.models.qwen2_5.
  // hf_qwen2_5_7b_instruct import models`, a docs snippet's `from ..models.hf_llama.hf_llama3_8b_instruct import models`):
  // the config by its name, as `--models hf_qwen2_5_7b_instruct` on its command line is read; the model is named in that
  // file, which the scan reads on its own.
  // (Outside `read_base()`, as a docs snippet shows the import alone, only from a `configs.models` package.)
  const readBase = mayHold(text, 'read_base') && text.includes('read_base');
  if (readBase || (mayHold(text, 'configs.models.') && text.includes('configs.models.')))
    for (const m of text.matchAll(READ_BASE_MODEL_CONFIG)) {
      if (!(readBase && m[1]) && !m[2]!.includes('configs.models.')) continue;
      const offset = m.index + m[0].length - m[3]!.length - m[4]!.length;
      if (!taken(offset)) add(contextOnlyId(m[3]!), offset, 'api');
    }
  // A nested settings dict whose `model` / `tokenizer` block names its repo by `path` (the t2v_metrics catalogue's
  // `'clip-flant5-xl': {'tokenizer': {'path': 'zhiqiulin/clip-flant5-xl', ...}, 'model': {'path': ...}}`, as a YAML
  // config's `model: {path: org/name}` is read): a Hub id there is the repo loaded.
  if (quotedPath)
    for (const m of text.matchAll(BLOCK_PATH)) {
      const offset = m.index! + m[0].length - m[4]!.length - 1;
      if (looksLikeHubId(m[4]!) && !taken(offset)) add(m[4]!, offset, sourceOf('from_pretrained'));
    }
  // OpenCompass's OpenAI-API model entry (opencompass/models/openai_api.py `OpenAI(path=..., openai_api_base=...)`; EvalScope's
  // OpenCompass backend takes it as a dict, `{'path': 'qwen-7b-chat', 'openai_api_base': 'http://127.0.0.1:8000/v1/...'}`):
  // `path` is the name the server at that address answers to.
  if (holds(text, 'openai_api_base'))
    for (const entry of openCompassApiModels(text)) {
      const id = hostedModelId(providerForUrl(entry.baseUrl), entry.name);
      if (id && !taken(entry.offset)) add(id, entry.offset, 'api');
    }
  // A model-named setting given a constant of this file: `model_id: str = QWEN_3_06B` (pydantic, dataclasses, kwargs).
  for (const m of wordMatches(text, MODEL_FROM_CONSTANT)) {
    if (notAModelName(m[1]!)) continue;
    const constant = constants.get(m[2]!);
    const parsed = constant && !litellmModel(constant.value, usesLitellm) ? hubIdOf(constant.value) : undefined;
    if (parsed && !taken(constant!.offset + 1)) add(parsed.id, constant!.offset + 1, 'huggingface', parsed.revision);
  }
  // Training scripts: `model_name_or_path: str = field(default="Qwen/Qwen2.5-7B")` (dataclasses, HfArgumentParser).
  // A checkpoint's short spelling too, `ckpt_path: str = field(default="./Emu-instruct.pt")` (baaivision/Emu's evaluation
  // arguments, the weights file its model is built from).
  // (`field(` first: the line-anchored pattern is tried at every position of a text, most of which hold none.)
  const fieldDefault = /^[ \t]*(\w*(?:model|checkpoint|ckpt)\w*)\s*:[^=\n]*=\s*field\(\s*default\s*=\s*(['"])([^'"\n]+)\2/gim;
  for (let m = FIELD_CALL.test(text) ? fieldDefault.exec(text) : null; m; m = fieldDefault.exec(text)) {
    if (OUTPUT_MODEL_SETTING.test(m[1]!)) continue;
    const parsed = parseHubReference(m[3]!);
    const offset = m.index + m[0].length - m[3]!.length - 1;
    if (parsed) add(parsed.id, offset, 'huggingface', parsed.revision);
    // `field(default="model/Qwen1.5-4B-Chat")`: a folder named like a model in the project's weights folder.
    else if ((WEIGHTS_ROOT_FOLDER.test(m[3]!) || ROOT_WEIGHTS_FOLDER.test(m[3]!) || LOCAL_WEIGHTS_FOLDER.test(m[3]!)) && !taken(offset))
      add(m[3]!.replace(/\/+$/, ''), offset, 'local');
    // `field(default="share_data/llama2_hf/llama-2-7b-hf")` (OpenMOSS/AnyGPT's trainers): a relative path of three parts
    // or more (no Hub id) to a folder named with a parameter count is the model's folder on disk, whatever holds it.
    else if (SIZED_FOLDER_PATH.test(m[3]!) && isBareSizedModelFolder(m[3]!.replace(/\/+$/, '').split('/').pop()!) && !taken(offset))
      add(m[3]!.replace(/\/+$/, ''), offset, 'local');
    // A weights file (a format only weights come in, not a conventional name inside a model's folder): the file loaded.
    else if (
      WEIGHTS_ONLY_FILE.test(m[3]!) &&
      !CONVENTIONAL_WEIGHT_FILE.test(m[3]!.slice(m[3]!.lastIndexOf('/') + 1)) &&
      !isPlaceholderPath(m[3]!) &&
      !taken(offset)
    )
      add(m[3]!, offset, 'local');
  }
  // A Hub repo written as its organisation and name apart (litgpt's `hf_config=dict(org="X", name="Y{}")`), templates
  // filled by the table's own loop (shared/hub-pairs.ts).
  for (const pair of hubPairs(text)) add(pair.id, pair.offset, 'huggingface');
  for (const folder of modelsRootFolders(text)) if (!taken(folder.offset)) add(folder.value, folder.offset, 'local');
  const joins = folderJoins(text);
  for (const folder of familyFoldersUnderRoot(text, joins))
    if (!taken(folder.offset) && !referencedOnLine(folder.offset)) add(folder.value, folder.offset, 'local');
  for (const folder of [...componentModelFolders(text), ...repoFoldersJoined(text, joins)])
    if (!taken(folder.offset) && !referencedOnLine(folder.offset)) add(folder.value, folder.offset, 'local');
  for (const encoder of encoderSettings(text)) if (!taken(encoder.offset)) add(encoder.value, encoder.offset, encoder.source);
  for (const folder of foldersPassedAsModels(text)) if (!taken(folder.offset)) add(folder.value, folder.offset, 'local');
  for (const folder of moduleFoldersLoaded(text)) if (!taken(folder.offset)) add(folder.value, folder.offset, 'local');
  for (const folder of rootedFoldersLoaded(text)) if (!taken(folder.offset) && !referencedOnLine(folder.offset)) add(folder.value, folder.offset, 'local');
  for (const pack of insightfacePacks(text, constants)) if (!taken(pack.offset)) add(pack.value, pack.offset, 'local');
  // (In code only: a docstring's illustration of a metric's config, `Example: bleurt-large-512 in \`load_metric("bleurt",
  // "bleurt-large-512")\``, huggingface/huggingface_hub's repocard_data.py, loads nothing.)
  if (holdsBleurt(text))
    for (const m of text.matchAll(BLEURT_LOAD)) {
      const offset = m.index + m[0].length - m[3]!.length - 1;
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      if (!taken(offset) && !startsComment(text.slice(lineStart, m.index)) && !pythonDocstringLines(text).has(positions.at(offset).line))
        add(m[3]!, offset, 'local');
    }
  for (const entry of modelResourceEntries(text)) if (!taken(entry.offset)) add(entry.value, entry.offset, 'local');
  for (const folder of downloadedFoldersLoaded(text)) if (!taken(folder.offset)) add(folder.value, folder.offset, 'local');
  // `model_name_or_path = BASE_DIR.joinpath('data/models/Qwen2.5-7B-Instruct').__str__()`: pathlib's join onto the
  // project's folder, in a setting for the model's own folder, is that folder as the bare path would be.
  if (holds(text, '.joinpath('))
    for (const m of text.matchAll(JOINPATH_SETTING)) {
      if (!MODEL_FOLDER_SETTING.test(m[1]!) || OUTPUT_MODEL_SETTING.test(m[1]!) || !m[3]!.includes('/')) continue;
      const onDisk = modelFromPath(m[3]!);
      const offset = m.index + m[0].lastIndexOf(m[3]!);
      if (onDisk?.source === 'local' && namedLikeAModel(onDisk.id) && !taken(offset)) add(onDisk.id, offset, 'local');
    }
  // `model_path = f"{utils.root_dir()}/app/models/faster-whisper-large-v3"` (linyqh/NarratoAI, then given to
  // WhisperModel): an f-string whose only interpolation is the root it starts from names the folder its literal rest
  // does, as a joinpath onto that root would; not a part inside a model's own folder (`f'{model}/RetinaFace-R50.pth'`).
  // (The f-string is found first and the setting read back on its line: a pattern starting at every word cost a quarter
  // second over the real corpus's Python.)
  if (mayHold(text, "f'{", 'f"{') && /[fF]['"]\{/.test(text))
    for (const m of rootedFStrings(text)) {
      const setting = settingBefore(text, m.index);
      if (!setting || !MODEL_FOLDER_SETTING.test(setting) || OUTPUT_MODEL_SETTING.test(setting) || /model|ckpt|checkpoint/i.test(m[2]!)) continue;
      const onDisk = modelFromPath(m[3]!);
      const offset = m.index + m[0].lastIndexOf(m[3]!);
      if (onDisk?.source === 'local' && namedLikeAModel(onDisk.id) && !taken(offset) && !referencedOnLine(offset)) add(onDisk.id, offset, 'local');
    }
  // `vision_ckpt_path=f"{_MODEL_PATH}/InternVideo2_Stage2_1B.pth"`, `llama_path=f"{_MODEL_PATH}/chinese_alpaca_lora_7b"`,
  // `pretrained=f'{_MODEL_PATH}/1B_pt.pth'` (OpenGVLab/InternVideo's training and evaluation configs, the root a module
  // constant read from the environment): under a constant's root (upper case, a place every model of the project lives
  // under, not one model's own folder as `{model_dir}` is), a setting named for weights (a checkpoint, pretrained weights,
  // a model's or an encoder's path) names the weights file or the model folder its literal rest does.
  if (mayHold(text, "f'{", 'f"{') && /[fF]['"]\{/.test(text))
    for (const m of rootedFStrings(text)) {
      if (!CONSTANT_ROOT.test(m[2]!)) continue;
      const setting = settingBefore(text, m.index);
      if (!setting || !WEIGHTS_SETTING.test(setting) || OUTPUT_MODEL_SETTING.test(setting) || NOT_WEIGHTS_SETTING.test(setting)) continue;
      const rest = m[3]!;
      const file = WEIGHTS_ONLY_FILE.test(rest) && !/[$*]/.test(rest);
      if (!file && (rest.includes('/') || !namedLikeAModel(rest))) continue;
      const offset = m.index + m[0].lastIndexOf(rest);
      if (!taken(offset) && !referencedOnLine(offset)) add(rest, offset, 'local');
    }
  for (const folder of [...pretrainedModelFolders(text), ...docstringPretrainedPaths(text)])
    if (!taken(folder.offset) && !referencedOnLine(folder.offset)) add(folder.value, folder.offset, folder.source);
  for (const path of checkpointPathAssignments(text)) if (!taken(path.offset) && !referencedOnLine(path.offset)) add(path.value, path.offset, 'local');
  for (const cache of hubCacheFolders(text)) if (!taken(cache.offset) && !referencedOnLine(cache.offset)) add(cache.id, cache.offset, 'huggingface');
  for (const cache of modelScopeCacheFolders(text)) if (!taken(cache.offset) && !referencedOnLine(cache.offset)) add(cache.id, cache.offset, 'modelscope');
  for (const weights of [
    ...loadedWeightFiles(text),
    ...joinedWeightFolders(text),
    ...modelPathClassValues(text),
    ...modelPathDictValues(text),
    ...weightsKeyedValues(text),
  ]) {
    // (A bare pickle is no weights file to modelFromPath: only modelPathDictValues gives one, named for a model; nor a
    // TensorRT engine, which loadedWeightFiles reads only joined onto its engines' folder.)
    const rooted = VARIABLE_ROOT.exec(weights.value) ? weights.value.replace(VARIABLE_ROOT, '') : undefined;
    const onDisk =
      modelFromPath(weights.value) ??
      (rooted && !/[$*{}]/.test(rooted) && (WEIGHTS_ONLY_FILE.test(rooted) || TRT_ENGINE.test(rooted)) ? { source: 'local', id: weights.value } : undefined) ??
      (/^[\w.+-]+$/.test(weights.value) && (PICKLED_FILE.test(weights.value) || TENSORRT_ENGINE.test(weights.value))
        ? { source: 'local', id: weights.value }
        : undefined);
    if (onDisk?.source === 'local' && !taken(weights.offset)) add(onDisk.id, weights.offset, 'local');
  }
  // MediaPipe Tasks' model bundle or TFLite file (`python.BaseOptions(model_asset_path=os.path.join(CUR_DIR,
  // 'mp_models/face_landmarker_v2_with_blendshapes.task'))`, Zejun-Yang/AniPortrait's mp_utils.py;
  // https://ai.google.dev/edge/mediapipe/solutions/vision/face_landmarker/python): the model the task runs, on disk.
  if (text.includes('model_asset_path'))
    for (const m of text.matchAll(MEDIAPIPE_ASSET)) {
      const offset = m.index + m[0].length - m[2]!.length - 1;
      if (!taken(offset) && !startsComment(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) add(m[2]!, offset, 'local');
    }
  // A file on Replicate's weights CDN (`BASE_MODEL_URL = "https://weights.replicate.delivery/default/<org>--<name>/x.tar"`,
  // a Cog predictor's constant that `pget` fetches and unpacks in `setup()`): the weights the predictor loads, named by
  // the URL (its file is often a bare `model.tar`).
  if (text.includes('weights.replicate.delivery'))
    for (const m of text.matchAll(REPLICATE_WEIGHTS_URL)) {
      const offset = m.index + 1;
      if (!taken(offset) && !startsComment(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) add(m[2]!, offset, 'local');
    }
  // A KenLM language model (`.klm` binary, `.arpa` text) in a file that loads one (`kenlm.Model(path)`, shibing624's
  // pycorrector and text2vec: the default `zh_giga.no_cna_cmn.prune01244.klm`, its download URL and the joined path):
  // the format holds nothing but the model, and the loader says the file is read as one. A URL names its file.
  if (/\bkenlm\.(?:Model|LanguageModel)\(/.test(text))
    for (const m of text.matchAll(KENLM_FILE)) {
      const offset = m.index + 1;
      const file = m[2]!.slice(m[2]!.lastIndexOf('/') + 1);
      if (!taken(offset) && !isPlaceholderPath(m[2]!) && !startsComment(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) add(file, offset, 'local');
    }
  // `URL_MAP = {"vgg_lpips": "https://heibox.uni-heidelberg.de/f/607503859c864bc1b30b/?dl=1"}` beside `CKPT_MAP =
  // {"vgg_lpips": "vgg.pth"}` (taming-transformers' LPIPS download, copied by hpcaitech/Open-Sora and
  // PKU-YuanGroup/Open-Sora-Plan): a URL keyed as a weights file is in another dict of the file is that file's download.
  for (const url of keyedWeightUrls(text)) if (!taken(url.offset)) add(url.value, url.offset, 'local');
  // A table of weight-file URLs a URL download is given entries of (MeloTTS' `DOWNLOAD_CKPT_URLS = {'EN': 'https://.../EN/
  // checkpoint.pth', ...}` then `cached_path(DOWNLOAD_CKPT_URLS[language])`, `[cached_path(url) for url in
  // PRETRAINED_MODELS.values()]`): each URL is a model file the code fetches, named by its whole URL (its file is often
  // a bare `checkpoint.pth`).
  // So is a table whose entry the project's own download helper is given (`_download(_MODELS[name], download_root)`:
  // OpenGVLab/LLaMA-Adapter's llama.load, OpenAI CLIP's clip.py and its copies).
  if ((mayHold(text, 'cached_', 'url') && URL_DOWNLOAD.test(text)) || (text.includes('download(') && OWN_DOWNLOAD_OF_ENTRY.test(text)))
    for (const u of downloadedUrlTables(text)) if (!taken(u.offset)) add(u.url, u.offset, 'local');
  // A weights file's URL given to a URL download itself (`model_zoo.load_url('https://download.pytorch.org/models/
  // mobilenet_v2-b0353104.pth')`, `download_cached_file(\n "https://.../img2prompt/T5_large_QG.pth", check_hash=False)`,
  // salesforce/LAVIS): the file the code fetches and loads, by its name as a weights URL constant's.
  if (mayHold(text, 'cached_', 'url'))
    for (const m of text.matchAll(URL_DOWNLOAD_LITERAL)) {
      const file = weightsUrlFile(m[2]!);
      const offset = file ? m.index + m[0].lastIndexOf(file) : -1;
      if (file && !taken(offset) && !startsComment(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) add(file, offset, 'local');
    }
  for (const dict of modelCollections(text, collectionsFeedingModels(text))) {
    // A collection of plain words (`["sexual", "hate", "sexual/minors", "hate/threatening"]`, moderation
    // categories) holds `a/b` sub-categories, not ids: there an id needs a digit or hyphen in its name.
    const words = dict.some((lit) => /^[A-Za-z]+$/.test(lit.value));
    for (const lit of dict) {
      if (words && !/[\d-]/.test(lit.value.slice(lit.value.indexOf('/') + 1))) continue;
      const parsed = hubIdOf(lit.value);
      if (parsed && !taken(lit.offset)) add(parsed.id, lit.offset, 'huggingface', parsed.revision);
    }
  }
  // The commands a docstring shows under `Example usage:` (a click command's help: `llm aliases set luna gpt-5.6-luna`).
  for (const model of docstringExampleCommands(text)) if (!taken(model.offset)) references.push({ ...argReference(model, positions), context: 'comment' });
  // The model keys of a config a docstring shows in a literal block (`Configure in yaml ... for example::` above
  // `embedding_model: text-embedding-3-small`).
  for (const model of docstringConfigModels(text)) if (!taken(model.offset)) add(model.id, model.offset, model.source);
  // (Last: a reading with more context, an Ollama tag or a Hub id, comes first.)
  // Names a typed SDK declares or checks as models, whatever their shape (shared/model-catalogues.ts), as the names the
  // file's own service answers to.
  // (In a file that names Ollama as a word, a catalogue's Ollama library names are its tags, `gemma` without a digit too:
  // autogen's `_MODEL_TOKEN_LIMITS = {"llama3": 8192, "gemma": 8192}` beside its Ollama client.)
  // (Not a name a hosted provider publishes too, `deepseek-coder` in gpt_academic's AVAIL_LLM_MODELS, nor a provider's
  // own name, `"mistral": ("MISTRAL_API_KEY",)`, unless the file is the Ollama client's own, by its path.)
  const ollamaFile = namesOllama(text);
  const ollamaClientFile = /ollama/i.test(file.relPath);
  const ollamaName = (value: string) => ollamaFile && isOllamaLibraryName(value.split(':')[0]!);
  for (const name of catalogueNames(text, ollamaName)) {
    if (taken(name.offset)) continue;
    const at = positions.lineOf(name.offset);
    const line = text.substr(positions.lineStart(at), positions.lineLength(at));
    // A name shaped like a known provider's, or an Ollama library name, model-names reads with its context (a capability
    // list, an Ollama server); these are the names only their place makes models.
    const known = classifyName(name.value, line, loadRegistry());
    if (
      ollamaName(name.value) &&
      classifyOllamaName(name.value)?.source === 'ollama' &&
      (ollamaClientFile || (known?.source !== 'api' && !providerIds().includes(name.value)))
    ) {
      add(name.value, name.offset, 'ollama');
      continue;
    }
    // (One a field declares the model, `Field('Qwen-7B-Chat', alias='model')`, is read here whatever its shape: no
    // other context around it says model.)
    if (known && name.declared) add(known.id, name.offset, known.source);
    if (known || isOllamaLibraryName(name.value.split(':')[0]!)) continue;
    add(contextOnlyId(name.value), name.offset, 'api');
  }
  for (const again of localFoldersGivenAgain(text, references))
    if (!taken(again.offset) && !referencedOnLine(again.offset)) add(again.value, again.offset, 'local');
  return { references: modelScopeOnly ? onModelScope(references) : references, diagnostics };
}

/**
 * `MiniMindVLM(..., vision_model_path="./model/siglip2-base-p32-256-ve")` then `get_vision_model("./model/siglip2-base-p32-256-ve")`
 * (jingyaogong/minimind-v's eval_vlm.py): a local model folder (a `/` in it) this file already reports, written again as a
 * call's first argument, is that model loaded again; not given to a call that tests, makes or removes paths.
 */
function localFoldersGivenAgain(text: string, references: RawReference[]): { value: string; offset: number }[] {
  const folders = new Set(references.filter((r) => r.source === 'local' && r.context !== 'comment' && r.id.includes('/')).map((r) => r.id));
  if (!folders.size) return [];
  const found: { value: string; offset: number }[] = [];
  for (const m of text.matchAll(/\b([A-Za-z_]\w*)\(\s*(['"])([^'"\n]+)\2\s*[,)]/g)) {
    if (!folders.has(m[3]!) || PATH_ONLY_CALL.test(m[1]!)) continue;
    if (startsComment(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) continue;
    found.push({ value: m[3]!, offset: m.index + m[0].indexOf(m[2]!) + 1 });
  }
  return found;
}
/** Calls that test, make, join or remove a path, write to it, prepare or copy it (`prepare_dir(path, ...)`, a test setting up a folder): a path given to them is no model loaded. */
const PATH_ONLY_CALL =
  /^(?:exists|isdir|isfile|join|makedirs|mkdir|rmtree|remove|unlink|listdir|glob|Path|(?:print|log|show|save|dump|write|export|upload|push|prepare|create|copy|move)\w*)$/i;

/** A docstring's heading of examples: `Usage:`, `Example:`, `Examples:`, `Example usage:`, alone on its line. */
const EXAMPLES_HEADING = /^(?:example(?:s|\s+usage)?|usage)\s*:$/i;
/** A Python interpreter (or uv) running a module or a script: `python -m pkg.cli ...`, `python3 tools/run.py ...`. */
const INVOCATION = /^(?:\$\s+)?(?:python[\d.]*|uv\s+run(?:\s+python[\d.]*)?)\s+(?:-m\s+[A-Za-z_][\w.]*|[\w.\/-]+\.py)\s/;
/** Such an invocation somewhere in a file's text (the gate before its docstrings are read for one). */
export const INVOCATION_IN_TEXT = /(?:^|\n)[ \t]*(?:\$\s+)?(?:python[\d.]*|uv\s+run)\s+(?:-m\s|[\w.\/-]+\.py\s)/;
/**
 * INVOCATION_IN_TEXT's test in two: at the text's start, or after a `\n` (its `^` is the text's start only, no `m` flag).
 * A pattern opening `(?:^|\n)` is tried at every position; one opening with `\n` only where a `\n` is (session 37: 0.2% of
 * a whole run's CPU on the real corpus; ~45% less over its Python texts).
 */
const INVOCATION_AT_START = new RegExp(`^${INVOCATION_IN_TEXT.source.replace('(?:^|\\n)', '')}`);
const INVOCATION_AFTER_BREAK = new RegExp(`\\n${INVOCATION_IN_TEXT.source.replace('(?:^|\\n)', '')}`);
export const holdsInvocation = (text: string): boolean => INVOCATION_AT_START.test(text) || INVOCATION_AFTER_BREAK.test(text);
/** A command line: a lower-case program word or path (`llm`, `python3`, `./run.sh`), then an argument; no call, no assignment. */
const COMMAND_LINE = /^(?:\$\s+)?(?:\.{0,2}\/)?[a-z][\w.\/-]*\s+(?![=(])[^()=]*$/;

/**
 * The models of the commands a Python docstring shows in its examples: the lines under an `Example usage:` or `Usage:`
 * heading (click's `\b` no-rewrap marker and blank lines between) that read as commands, up to the first line that does
 * not (prose, Python code: a call, an assignment, `>>>`). simonw/llm's click commands document themselves so
 * (`llm models options show gpt-4.1`); the command reader decides what is a model (a model flag's value, a name a
 * provider publishes). Reported as comments: a docstring documents.
 */
function docstringExampleCommands(text: string): ArgModel[] {
  const headed = mayHold(text, 'usage', 'example') && /(?:usage|examples?)\s*:/i.test(text);
  if (!headed && !holdsInvocation(text)) return [];
  const docstring = pythonDocstringLines(text);
  if (!docstring.size) return [];
  const found: ArgModel[] = [];
  let inExamples = false;
  let offset = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; offset += lines[i]!.length + 1, i++) {
    if (!docstring.has(i + 1)) {
      inExamples = false;
      continue;
    }
    const line = lines[i]!.replace(/\r$/, '');
    const trimmed = line.trim();
    if (EXAMPLES_HEADING.test(trimmed)) {
      inExamples = true;
      continue;
    }
    // A module's own invocation shown without a heading (`    python -m cli.tui -w ./proj -m gpt-5.4  # explicit
    // workspace/model`, HKUDS/DeepCode's cli/tui/app.py): a Python interpreter running a module or a script is a command.
    if (!inExamples && INVOCATION.test(trimmed) && COMMAND_LINE.test(trimmed)) {
      found.push(...modelsInArgs(tokenize(line, offset)));
      continue;
    }
    if (!inExamples || !trimmed || trimmed === '\\b' || trimmed.startsWith('#')) continue;
    if (!COMMAND_LINE.test(trimmed) || /^(?:>>>|\.\.\.)/.test(trimmed) || trimmed.endsWith(':') || trimmed.includes('"""') || trimmed.includes("'''")) {
      inExamples = false;
      continue;
    }
    found.push(...modelsInArgs(tokenize(line, offset)));
  }
  return found;
}

/** A YAML line of a model key and its unquoted value (`model: qwen3.5-flash  # lightweight audit model`). */
const YAML_MODEL_LINE = /^([ \t]*)((?:[a-z]+_)*model(?:_(?:name|id))?):[ \t]+([A-Za-z][\w.:\/-]*)[ \t]*(?:#.*)?$/;

/**
 * The models of the configs a Python docstring shows in a reStructuredText literal block (a paragraph ending `::`, then
 * indented lines): `Configure in yaml under tools.localsearch, for example::` above `embedding_model: text-embedding-3-small`
 * (modelscope/ms-agent sirchmunk_search.py), `YAML configuration (all optional, shown with defaults)::` above `model:
 * qwen3.5-flash` (its deep_research callbacks). Only a model key's value that names a model by its shape (a provider's
 * published name, a Hub id) counts; quoted values are model-names'. Reported as comments: a docstring documents.
 */
function docstringConfigModels(text: string): { id: string; source: RawReference['source']; offset: number }[] {
  if (!text.includes('::')) return [];
  const docstring = pythonDocstringLines(text);
  if (!docstring.size) return [];
  const found: { id: string; source: RawReference['source']; offset: number }[] = [];
  let blockIndent = -1;
  let offset = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; offset += lines[i]!.length + 1, i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (!docstring.has(i + 1)) {
      blockIndent = -1;
      continue;
    }
    const indent = line.length - line.trimStart().length;
    if (line.trimEnd().endsWith('::')) {
      blockIndent = indent;
      continue;
    }
    if (blockIndent < 0 || !line.trim()) continue;
    if (indent <= blockIndent) {
      blockIndent = -1;
      continue;
    }
    const m = YAML_MODEL_LINE.exec(line);
    const named = m ? classifyName(m[3]!, line, loadRegistry()) : undefined;
    if (named) found.push({ ...named, offset: offset + line.indexOf(m![3]!, m![1]!.length + m![2]!.length) });
  }
  return found;
}

/**
 * A pickled estimator, as scikit-learn and XGBoost models are kept (https://scikit-learn.org/stable/model_persistence.html):
 * a model only where a model-named option holds it with its folder (`--model_path` default `./model/svm_model.pkl`,
 * 666ghj/BettaFish's classic sentiment classifiers), a pickle being any Python object elsewhere.
 */
const PICKLED_FILE = /\.(?:pkl|pickle|joblib)$/i;
/** A relative path of three parts or more (`share_data/llama2_hf/llama-2-7b-hf`): no Hub id, a folder on disk. */
const SIZED_FOLDER_PATH = /^(?:\.{1,2}\/)?[\w.-]+\/[\w.-]+\/[\w.\/-]+$/;
/**
 * A trainer's checkpoint folder written with the run's folder (`output_models/visual_inter_speech_golden_fs/checkpoint-30000`,
 * OpenMOSS/AnyGPT's chat CLI default; `exp/run1/global_step_500`): a fine-tuned model on disk, never a Hub repo's name.
 */
const TRAINER_CHECKPOINT_PATH = /^[\w.-]+(?:\/[\w.-]+)*\/(?:checkpoint-\d+|global_step_?\d+)\/?$/;
/** Weight files a model is loaded from (not `.bin`: data files take it too). */
const LOADED_WEIGHT_QUOTED = /\.(?:onnx|pt|pth|safetensors|gguf|ggml|ckpt|llamafile)['"]/i;
/**
 * A folder named like a model: its last part holds a digit and a letter (`Qwen2.5-7B-Instruct`, `internlm3-8b-instruct`),
 * not `./models`, nor a TensorFlow SavedModel's version folder (`_CPU_MODEL_PATH = "/tmp/jax/bert_cpu/1"`, where an export
 * writes: ai-on-gke's TPU examples).
 */
function namedLikeAModel(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  return /\d/.test(last) && /[A-Za-z]/.test(last);
}

/** An f-string that starts at an interpolated root (`f"{ROOT}/app/models/name"`): the root, then the literal rest. */
export const ROOTED_F_STRING = /[rR]?[fF](['"])\{([^{}'"\n]+)\}[\\/]([^'"{}\n]+)\1/g;
const ROOTED_F_STRING_AT = new RegExp(ROOTED_F_STRING.source, 'y');
let lastRooted: { text: string; matches: RegExpExecArray[] } | undefined;
/**
 * The matches of ROOTED_F_STRING, in order, tried only where an f-string opens on `{` (a quote then `{` after `f` or
 * `F`), once a text (two rules read them). The same matches, argued: each match holds `f'{` (or `F`, `"`) at its start
 * or one character after (an `r` or `R` first), and nowhere else (its body holds no quote and no `{`, and only its last
 * character is a quote); a match starting at the `r` exists exactly when one starts at the `f` after it (the `r` is
 * optional), and the search takes the first. So the search's matches are those tried at each opening left of none before
 * (an opening inside an earlier match is skipped, as the search would), starting at the `r` before it when it is there
 * and not inside the match before. The pattern, tried at every position of each Python text, cost ~0.5% of a run.
 */
export function rootedFStrings(text: string): RegExpExecArray[] {
  if (lastRooted?.text === text) return lastRooted.matches;
  const matches: RegExpExecArray[] = [];
  let end = 0;
  for (let brace = text.indexOf('{', 2); brace >= 0; brace = text.indexOf('{', brace + 1)) {
    const quote = text.charCodeAt(brace - 1);
    const f = text.charCodeAt(brace - 2);
    if ((quote !== 0x27 && quote !== 0x22) || (f !== 0x66 && f !== 0x46) || brace - 2 < end) continue;
    const r = text.charCodeAt(brace - 3);
    ROOTED_F_STRING_AT.lastIndex = brace - 3 >= end && (r === 0x72 || r === 0x52) ? brace - 3 : brace - 2;
    const m = ROOTED_F_STRING_AT.exec(text);
    if (!m) continue;
    matches.push(m);
    end = m.index + m[0].length;
  }
  lastRooted = { text, matches };
  return matches;
}
/** What a line holds before a value it assigns: the setting's name (`model_path = `, `model_path: str = `). */
export const SETTING_BEFORE = /\b(\w+)\s*(?::[^=\n]+)?=\s*$/;
/**
 * SETTING_BEFORE's name on the line before `at` (group 1 of its match in the line's text up to `at`). The pattern, tried
 * from every word of the line, read the whole line before each value: one long line of many f-strings was quadratic
 * (a generated 400 KB line: 4.2 s). A match holds one `=`, its last, with only blanks after it: so the text before `at`
 * must end so, and the match lies after the `=` before that one, where the pattern is tried alone (after a `=` or at the
 * line's start, `\b` reads as at the text's start).
 */
export function settingBefore(text: string, at: number): string | undefined {
  // (Read back from `at`, never to the line's start: a search for it from each value was itself quadratic on one line.)
  if (text[at] === '\n') return undefined; // (the line search's slice was empty there)
  let eq = at - 1;
  while (eq >= 0 && text[eq] !== '\n' && /\s/.test(text[eq]!)) eq--;
  if (eq < 0 || text[eq] !== '=') return undefined;
  let from = eq - 1;
  while (from >= 0 && text[from] !== '=' && text[from] !== '\n') from--;
  return SETTING_BEFORE.exec(text.slice(from + 1, at))?.[1];
}
/** A setting assigned a path joined by pathlib (`x_path = BASE_DIR.joinpath('data/models/name')`). */
const JOINPATH_SETTING = /\b(\w+)\s*=\s*[\w.]+\.joinpath\(\s*(['"])([^'"\n]+)\2\s*\)/g;
/**
 * Hugging Face evaluate's BLEURT metric (or datasets' `load_metric`) given the checkpoint it downloads and scores with, its
 * config name: `evaluate.load("bleurt", "bleurt-base-512", module_type="metric")`, `load_metric("bleurt",
 * config_name="BLEURT-20")`. The names are the metric's CHECKPOINT_URLS keys (storage.googleapis.com/bleurt-oss zips, not
 * Hub repositories: https://huggingface.co/spaces/evaluate-metric/bleurt/blob/main/bleurt.py), so the checkpoint is `local`.
 */
const BLEURT_LOAD =
  /\b(?:evaluate\.load|load_metric|load)\(\s*(?:path\s*=\s*)?(['"])bleurt\1\s*,\s*(?:config_name\s*=\s*)?(['"])(bleurt-(?:tiny|base|large)-(?:128|512)|BLEURT-20(?:-D(?:3|6|12))?)\2/g;
const holdsBleurt = (text: string) => text.includes('bleurt') || text.includes('BLEURT');
/**
 * insightface's `FaceAnalysis(name="<pack>", ...)`, or a project's subclass of it (`FaceAnalysisDIY(name="buffalo_l",
 * ...)`, KwaiVGI/LivePortrait's cropper): the pack name, then the rest of the arguments over lines (for `root=`).
 */
const FACE_ANALYSIS = /\bFaceAnalysis\w*\(\s*(?:name\s*=\s*)?(['"])([\w.-]+)\1([^)]*)/g;
/**
 * Code that imports insightface, or a FaceAnalysis class from a module named for insightface or face analysis (a vendored
 * copy, `from .dependencies.insightface.app import FaceAnalysis`; a subclass, `from .face_analysis_diy import
 * FaceAnalysisDIY`): not a class of that name from elsewhere (`from faces import FaceAnalysis`).
 */
const IMPORTS_FACE_ANALYSIS = /\b(?:from|import)\s+insightface\b|^[ \t]*from\s+[\w.]*(?:insightface|face_analysis)[\w.]*\s+import\s+[^\n]*\bFaceAnalysis\w*/m;

/**
 * insightface's `FaceAnalysis(name='antelopev2', root=root_dir)` loads the model pack `<root>/models/<name>` (default root
 * ~/.insightface, where it downloads its own packs: insightface/app/face_analysis.py), Kwai-Kolors/Kolors's FaceID sample;
 * a root given by a module constant is read through it. Only in code that imports insightface or a FaceAnalysis class.
 */
function insightfacePacks(text: string, constants: ReadonlyMap<string, { value: string }>): { value: string; offset: number }[] {
  if (!holds(text, 'FaceAnalysis') || !IMPORTS_FACE_ANALYSIS.test(text)) return [];
  return [...text.matchAll(FACE_ANALYSIS)].map((m) => {
    const root = /\broot\s*=\s*(?:(['"])([^'"\n]*)\1|([A-Za-z_][\w.]*))/.exec(m[3]!);
    const written = root?.[2] ?? (root?.[3] ? constants.get(root[3])?.value : undefined);
    const folder = !root ? '~/.insightface' : written !== undefined ? written.replace(/\/+$/, '') || '.' : undefined;
    return { value: folder ? `${folder}/models/${m[2]}` : `models/${m[2]}`, offset: m.index + m[0].indexOf(m[1]! + m[2]!) + 1 };
  });
}
/**
 * A dict of downloadable models keyed by name, each entry naming the model's own files (PaddlePaddle/ERNIE's
 * erniekit/modules/ernie_factory.py: `ernie_resource_dict = {"ernie_2.0_base_ch": {"dir_name": ..., "vocab_file":
 * "vocab.txt", "config_file": "ernie_config.json", "params_file": "params"}}`, the catalogue `generate_ernie_model(name)`
 * downloads `<base url><name>.tgz` from): each key is a model, `local` as the catalogue names it. An entry names both
 * the weights (`params_file`, `weights_file`, `model_file`, `checkpoint_file`, `ckpt_file`) and the config or vocabulary
 * (`config_file`, `vocab_file`); not a call's keyword dict (`{'model_file': path, 'config_file': cfg}`, no name above).
 */
export const RESOURCE_ENTRY = /^([ \t]*)(['"])([A-Za-z][\w.-]*)\2[ \t]*:[ \t]*\{[ \t]*\n((?:[ \t]*(['"])\w+\5[ \t]*:[^\n]*\n){2,16})/gm;
const WEIGHTS_FILE_KEY = /(['"])(?:params|weights|model|checkpoint|ckpt)_file\1[ \t]*:/;
const CONFIG_FILE_KEY = /(['"])(?:config|vocab)_file\1[ \t]*:/;
function modelResourceEntries(text: string): { value: string; offset: number }[] {
  if (!text.includes('_file')) return [];
  const entries: { value: string; offset: number }[] = [];
  for (const m of resourceEntries(text))
    if (WEIGHTS_FILE_KEY.test(m[4]!) && CONFIG_FILE_KEY.test(m[4]!)) entries.push({ value: m[3]!, offset: m.index + m[1]!.length + 1 });
  return entries;
}
/** RESOURCE_ENTRY's entry lines, from the line after the `{` on (sticky). */
const RESOURCE_ENTRY_LINES = /(?:[ \t]*(['"])\w+\1[ \t]*:[^\n]*\n){2,16}/y;
/**
 * The matches of RESOURCE_ENTRY, in order (index and groups 1-4), found from each `{` that ends its line (blanks, then
 * `\n`) and read back from it: blanks and a `:`, blanks, the closing quote, the name (the whole `[\w.-]` run before it,
 * quotes being outside that class), the same quote opening it, blanks, and a line start (the text's start or a line
 * break as multiline `^` sees one). Every part is fixed by the one after it, so a `{` opens at most one match, and the
 * entry lines after it are the pattern's own (RESOURCE_ENTRY_LINES, sticky). Matches come in the order of their `{`; one
 * starting inside the match before (its entry lines may hold `'x': {` lines) is not one the left-to-right search finds.
 * The pattern tried at every line start of a text holding `_file` cost ~0.3% of a run (session 33's profile).
 */
export function resourceEntries(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let searched = 0;
  for (let brace = text.indexOf('{'); brace >= 0; brace = text.indexOf('{', brace + 1)) {
    let j = brace + 1;
    while (isBlankCode(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== 10) continue;
    let i = brace;
    while (i > 0 && isBlankCode(text.charCodeAt(i - 1))) i--;
    if (text.charCodeAt(i - 1) !== 0x3a /* : */) continue;
    i--;
    while (i > 0 && isBlankCode(text.charCodeAt(i - 1))) i--;
    const quote = text.charCodeAt(i - 1);
    if (!isQuoteCode(quote)) continue;
    const nameEnd = i - 1;
    let nameStart = nameEnd;
    while (nameStart > 0 && isNameCode(text.charCodeAt(nameStart - 1))) nameStart--;
    if (nameStart === nameEnd || !isLetterCode(text.charCodeAt(nameStart)) || nameStart === 0 || text.charCodeAt(nameStart - 1) !== quote) continue;
    let start = nameStart - 1;
    while (start > 0 && isBlankCode(text.charCodeAt(start - 1))) start--;
    if (start < searched || (start > 0 && !isLineBreakCode(text.charCodeAt(start - 1)))) continue;
    RESOURCE_ENTRY_LINES.lastIndex = j + 1;
    const lines = RESOURCE_ENTRY_LINES.exec(text);
    if (!lines) continue;
    const end = j + 1 + lines[0].length;
    const m = [
      text.slice(start, end),
      text.slice(start, nameStart - 1),
      text[nameStart - 1]!,
      text.slice(nameStart, nameEnd),
      lines[0],
      lines[1],
    ] as unknown as RegExpExecArray;
    m.index = start;
    found.push(m);
    searched = end;
    brace = end - 1;
  }
  return found;
}
const isBlankCode = (c: number) => c === 32 || c === 9;
/** `[A-Za-z]` by char code. */
const isLetterCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** `[\w.-]` by char code. */
const isNameCode = (c: number) => isWordCode(c) || c === 0x2e || c === 0x2d;
/** `for <name> in <list>:` on a line of its own: a loop over a list's values. */
const FOR_IN_LIST = /^[ \t]*for[ \t]+([A-Za-z_]\w*)[ \t]+in[ \t]+([A-Za-z_]\w*)[ \t]*:/gm;
/** A model keyword given a variable (`model=path_asr`, `vad_model=path_vad`), not its revision or type. */
const MODEL_KEYWORD_VARIABLE = /[(,]\s*((?:[a-z]+_)?model)\s*=\s*([A-Za-z_]\w*)\s*(?=[,)])/g;

/**
 * A model's folder held in a variable that a call passes as its model (`path_asr = "tools/asr/models/speech_paraformer-
 * large_asr_..."` in each branch, then `AutoModel(model=path_asr, vad_model=path_vad, punc_model=path_punc)`,
 * RVC-Boss/GPT-SoVITS's tools/asr/funasr_asr.py): every path written into the variable, when it ends at a folder named
 * like a model (a digit in it).
 */
function foldersPassedAsModels(text: string): { value: string; offset: number }[] {
  if (!holds(text, 'model=')) return [];
  const names = new Set<string>();
  for (const m of text.matchAll(MODEL_KEYWORD_VARIABLE)) if (!/^(?:None|True|False|self|model)$/.test(m[2]!)) names.add(m[2]!);
  if (!names.size) return [];
  // `for model_name in model_list:` (then `LLM(model=model_name)`): each entry of the list the loop walks is such a value
  // (OpenHands/OpenHands' versicode harness, `model_list = ['/data2/base models/starcoder2-15b', ...]`).
  const lists = new Set<string>();
  for (const m of text.matchAll(FOR_IN_LIST)) if (names.has(m[1]!)) lists.add(m[2]!);
  const found: { value: string; offset: number }[] = [];
  const folder = (value: string, offset: number) => {
    if (!value.includes('/') || !namedLikeAModel(value.replace(/\/+$/, '')) || modelFromPath(value)?.source !== 'local') return;
    found.push({ value, offset });
  };
  for (const m of assignments(text)) {
    const at = m.index + m[0].indexOf(m[2]!, m[0].indexOf('=') + 1);
    if (names.has(m[1]!)) {
      const literal = /^(['"])([^'"\n{}%*]+)\1$/.exec(m[2]!.trim());
      if (literal) folder(literal[2]!, at + 1);
    } else if (lists.has(m[1]!) && /^\[.*\]$/.test(m[2]!.trim())) {
      for (const e of m[2]!.matchAll(/(['"])([^'"\n{}%*]+)\1/g)) folder(e[2]!, at + e.index + 1);
    }
  }
  return found;
}

/** A download's destination written in place: `local_dir="model_rife"` (huggingface_hub, ModelScope). */
const LOCAL_DIR = /\blocal_dir\s*=\s*(['"])([\w.\/-]+?)\/?\1/g;
/**
 * A folder this file downloads a model into (`snapshot_download(repo_id="AlexWortega/RIFE", local_dir="model_rife")`,
 * `hf_hub_download(..., filename="RealESRGAN_x4.pth", local_dir="model_real_esran")`) given later to a call, whole or with
 * a file of it (`load_rife_model("model_rife")`, `load_sd_upscale("model_real_esran/RealESRGAN_x4.pth", device)`,
 * zai-org/CogVideo's Space app): the code loads what it wrote, a local model. The destination itself is not one.
 */
function downloadedFoldersLoaded(text: string): { value: string; offset: number }[] {
  if (!holds(text, 'local_dir')) return [];
  const found: { value: string; offset: number }[] = [];
  for (const d of text.matchAll(LOCAL_DIR)) {
    const folder = d[2]!;
    if (folder.length < 3 || /^\.{0,2}$/.test(folder)) continue;
    // Not a dataset's download (`dataset_snapshot_download(..., local_dir="./data/example_image_dataset")`,
    // `repo_type="dataset"`, modelscope/DiffSynth-Studio's examples): the statement holding it, from its first line.
    const close = text.indexOf(')', d.index);
    if (/dataset/i.test(text.slice(statementStart(text, d.index), close < 0 ? d.index + d[0].length : close))) continue;
    const after = d.index + d[0].length;
    const escaped = folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A call's first argument: the folder itself, or a weights file in it (not an image or data file it also holds).
    const given = new RegExp(`\\b\\w+\\(\\s*(['"])(${escaped}(?:/[\\w.-]+)*)\\1`, 'g');
    given.lastIndex = after;
    for (let m = given.exec(text); m; m = given.exec(text)) {
      if (m[2] !== folder && !WEIGHTS_ONLY_FILE.test(m[2]!)) continue;
      const before = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
      if (
        before.trimStart().startsWith('#') ||
        /\b(?:save|dump|write|export|upload|rmtree|remove|makedirs|mkdir|exists)\w*$/i.test(text.slice(m.index, m.index + m[0].indexOf('(')))
      )
        continue;
      found.push({ value: m[2]!, offset: m.index + m[0].lastIndexOf(m[2]!) });
    }
  }
  return found;
}

/** Where the statement holding `at` starts: the last line at or above it (within 30) that starts in column 0. */
function statementStart(text: string, at: number): number {
  let line = text.lastIndexOf('\n', at - 1) + 1;
  for (let n = 0; n < 30 && line > 0 && /[ \t)\]}]/.test(text.charAt(line)); n++) line = text.lastIndexOf('\n', line - 2) + 1;
  return line;
}

/** A bracketed collection with no bracket inside (a list, tuple, set or dict written in place). */
const FLAT_COLLECTION = /[[({]([^[\](){}]{8,3000})[\])}]/g;
/** A size name only Whisper uses (`tiny.en`, `large-v3`, `turbo`): what tells a Whisper list from `["small", "medium"]`. */
const WHISPER_ONLY_SIZE = /\.en$|^large-v\d|turbo|^distil-/;

/**
 * Whisper's size names listed in a file that names Whisper: a collection of three or more strings, each one of
 * openai-whisper's (or faster-whisper's) names and one of them Whisper's own (`medium.en`, `large-v3`), or the
 * values of a dict that are (RVC-Boss/GPT-SoVITS's tools/asr/config.py `get_models()`, FunASR's `name_maps_openai`).
 * Each stands for the checkpoint the library downloads (providers.yaml `library_names`).
 */
function whisperSizeCollections(text: string): { id: string; offset: number }[] {
  if (!mayHold(text, 'whisper') || !/whisper/i.test(text)) return [];
  const library = /faster[-_ ]?whisper/i.test(text) ? 'faster_whisper' : 'whisper';
  const found: { id: string; offset: number }[] = [];
  for (const c of text.matchAll(FLAT_COLLECTION)) {
    const body = c[1]!;
    const at = c.index + 1;
    const entries = [...body.matchAll(/(['"])([^'"\n]*)\1(\s*:\s*)?/g)];
    const keyed = entries.some((e) => e[3]);
    // A dict's values (the strings after a key), else every string.
    const values = keyed ? entries.filter((e, i) => !e[3] && entries[i - 1]?.[3]) : entries;
    if (values.length < 3 || (keyed && values.length * 2 !== entries.length)) continue;
    const ids = values.map((e) => libraryModel(library, e[2]!) ?? libraryModel('whisper', e[2]!));
    if (ids.some((id) => !id) || !values.some((e) => WHISPER_ONLY_SIZE.test(e[2]!))) continue;
    values.forEach((e, i) => found.push({ id: ids[i]!, offset: at + e.index + 1 }));
  }
  // The same names joined by commas in one string (jianchang512/pyvideotrans's `Whisper_Models = "tiny,tiny.en,base,...,
  // large-v3"`, split into the settings' model list): each name where it is written.
  for (const m of text.matchAll(COMMA_NAMES)) {
    const at = m.index + 1;
    const names = [...m[2]!.matchAll(/[^,]+/g)].map((n) => ({ name: n[0].trim(), offset: at + n.index + n[0].length - n[0].trimStart().length }));
    const ids = names.map((n) => libraryModel(library, n.name) ?? libraryModel('whisper', n.name));
    if (ids.some((id) => !id) || !names.some((n) => WHISPER_ONLY_SIZE.test(n.name))) continue;
    names.forEach((n, i) => found.push({ id: ids[i]!, offset: n.offset }));
  }
  return found;
}
/** A string of three or more comma-separated words (`"tiny,base,small"`). */
const COMMA_NAMES = /(['"])([\w.-]+(?:\s*,\s*[\w.-]+){2,})\1/g;

/** A path literal, or `os.path.join(...)` / `Path(...)` whose last part is one: the literal and where it is written. */
// (Or pathlib's join, `<folder> / "<file>"`: fish-speech's `codec_checkpoint = checkpoint_path / "codec.pth"`.)
const PATH_EXPRESSION =
  /^(?:(?:os\.path\.join|(?:pathlib\.)?Path)\([^()\n]*?,\s*|(?:pathlib\.)?Path\(\s*|(?:self\.)?[A-Za-z_]\w*\s*\/\s*)?(['"])([^'"\n]+)\1\s*\)?$/;
/**
 * A one-argument path helper around a path literal is that literal: KwaiVGI/LivePortrait's configs, `checkpoint_F: str =
 * make_abs_path('../../pretrained_weights/liveportrait/base_models/appearance_feature_extractor.pth')`, or
 * `os.path.abspath("...")`, `os.path.expanduser("~/...")`, and a join of the one literal (`checkpoint_name =
 * os.path.join("./pretrained_model/film_net_fp16.pt")`, Zejun-Yang/AniPortrait's frame interpolation).
 */
const PATH_HELPER = /^((?:os\.path\.(?:abspath|realpath|normpath|expanduser|join)|[A-Za-z_]\w*_path|abspath|realpath)\(\s*)((['"])[^'"\n]+\3)\s*\)$/;
/**
 * `os.path.join(<folder>, ["<subfolder>", ...] "<file>.<weights>")`, its arguments over one or more lines; the folder an
 * attribute too (`os.path.join(args.model_path, "step1x-edit-i1258.safetensors")`, stepfun-ai/Step1X-Edit's inference.py),
 * and the file one of two a condition picks (`"x-FP8.safetensors" if args.quantized else "x.safetensors"`: both).
 * Through os.path's conventional alias too, `import os.path as osp` (baaivision/Emu's Emu2 demo backend,
 * `osp.join(args.model_path, "Emu2-Gen_pytorch_model.bf16.safetensors")`).
 */
const JOINED_WEIGHT =
  /\b(?:os\.path|osp)\.join\(\s*(?:self\.|[A-Za-z_]\w*\.)?([A-Za-z_]\w*)\s*,\s*(?:(['"])[\w.-]+\2\s*,\s*){0,3}(['"])([^'"\n]+\.(?:onnx|pt|pth(?:\.tar)?|safetensors|gguf|ggml|ckpt|llamafile|bin|engine|plan))\3(?:\s+if\s+[^'"\n()]+?\s+else\s+(['"])([^'"\n]+\.(?:onnx|pt|pth|safetensors|gguf|ggml|ckpt|llamafile|bin))\5)?\s*,?\s*\)/g;
/**
 * A folder named for one kind of diffusion-pipeline weights, as SD front ends keep them (lllyasviel/Fooocus's
 * `path_controlnet`, `path_clip_vision`, `path_vae_approx`, `path_upscale_models`, `path_safety_checker`, `path_sam`,
 * `path_inpaint`, ComfyUI's inpaint models folder too;
 * `lora_dir`, `unet_path`, `ip_adapter_dir`): a weights file joined onto it is one the code loads, a `.bin` too (the
 * IP-Adapter's `ip-adapter-plus_sdxl_vit-h.bin`), which onto any other folder may be any binary.
 */
const COMPONENT_FOLDER =
  /(?:^|_)(?:controlnets?|loras?|vae|unet|clip_vision|upscale(?:rs?|_models?)?|ip_?adapters?|safety_checker|sam|inpaint|annotators?)(?:_|$)/i;
/** A TensorRT engine, serialized weights a runtime deserializes (`speech_semantic_encoder.engine`, `model.plan`). */
const TENSORRT_ENGINE = /\.(?:engine|plan)$/;
/** A TensorRT engine named for its format (`vit-b-16.img.fp16.trt`): read where a weights file is (pathIn). */
const TRT_ENGINE = /.\.trt$/i;
/** A path's `${VAR}/` root: an environment variable, or a placeholder the docs ask the reader to replace. */
const VARIABLE_ROOT = /^\$\{[A-Za-z_]\w*\}\//;
/** `add_argument("--model_path", type=str, default="./XVERSE-13B-Chat"`: an option named for a model, and its default. */
const MODEL_OPTION_DEFAULT = /\badd_argument\(\s*(['"])--[\w-]*model[\w-]*\1[^()]*?\bdefault\s*=\s*(['"])([^'"\n]+)\2/g;
/** An option naming a tokenizer (`--tokenizer`, `--local_tokenizer`, `--tokenizer_name_or_path`, `--tokenizer-path`). */
const TOKENIZER_OPTION = /^--(?:[a-z0-9]+[-_])?tokeni[sz]er(?:[-_](?:path|dir|name(?:[-_]or[-_]path)?))?$/i;

/**
 * An option named for the ONNX model a tool reads, with a default file (`parser.add_argument("--onnx",
 * default="dit.onnx")`, index-tts/index-tts's TensorRT engine builders): the model it loads; not an `--output`.
 */
const ONNX_OPTION_DEFAULT =
  /\badd_argument\(\s*(['"])--(?:[a-z0-9]+[-_])?onnx(?:[-_](?:path|file|model))?\1\s*,\s*(?:type\s*=\s*str\s*,\s*)?default\s*=\s*(['"])([^'"\n*{}]+\.onnx)\2/g;
/**
 * A weight file shipped beside the module, joined onto its folder (`os.path.join(os.path.dirname(__file__),
 * "silero_vad.onnx")`, `Path(__file__).parent / "resources" / "ggml-vocab-llama.gguf"`): the code loads what it ships.
 * So is one joined onto the folder a package's own helper names for its assets or models (SYSTRAN/faster-whisper's
 * `os.path.join(get_assets_path(), "silero_vad_v6.onnx")`), a call given nothing: not a folder written to.
 */
const MODULE_FOLDER_WEIGHT =
  /(?:\bos\.path\.join\(\s*(?:os\.path\.dirname\(\s*(?:os\.path\.(?:abspath|realpath)\(\s*)?__file__\s*\)?\s*\)|(?:[A-Za-z_]\w*\.)*get_(?:assets?|models?|weights?|checkpoints?)(?:_(?:path|dir|folder|root))?\(\s*\))\s*,\s*(?:(['"])[\w.-]+\1\s*,\s*){0,3}|\bPath\(\s*__file__\s*\)(?:\.resolve\(\))?\.parent\s*\/\s*(?:(['"])[\w.-]+\2\s*\/\s*){0,3})(['"])([^'"\n/\\]+\.(?:onnx|pt|pth|safetensors|gguf|ggml|ckpt|llamafile))\3/g;
/**
 * A folder shipped beside the module handed to `from_pretrained` (`AutoTokenizer.from_pretrained(os.path.join(
 * os.path.dirname(__file__), "resource/model_tokenizer"))`, `Path(__file__).parent / "models" / "x"`): the code loads the
 * model (or its tokenizer) it ships, the folder named as written after the module's own.
 */
const MODULE_FOLDER_LOADED =
  /\bfrom_pretrained\(\s*(?:os\.path\.join\(\s*os\.path\.dirname\(\s*(?:os\.path\.(?:abspath|realpath)\(\s*)?__file__\s*\)?\s*\)((?:\s*,\s*(['"])[\w.\/-]+\2)+)\s*\)|(?:pathlib\.)?Path\(\s*__file__\s*\)(?:\.resolve\(\))?\.parent((?:\s*\/\s*(['"])[\w.\/-]+\4)+))\s*[,)]/g;
/** The folder MODULE_FOLDER_LOADED names (its parts joined) and where its first part is written; not a weight file. */
function moduleFoldersLoaded(text: string): { value: string; offset: number }[] {
  if (!text.includes('__file__') || !text.includes('from_pretrained(')) return [];
  const found: { value: string; offset: number }[] = [];
  for (const m of text.matchAll(MODULE_FOLDER_LOADED)) {
    const parts = [...(m[1] ?? m[3]!).matchAll(/(['"])([\w.\/-]+)\1/g)];
    const value = parts.map((p) => p[2]!.replace(/^\.\//, '').replace(/\/+$/, '')).join('/');
    if (!value || value.startsWith('..') || /\.(?:onnx|pt|pth|safetensors|gguf|ggml|ckpt|bin|json|txt|model)$/i.test(value)) continue;
    found.push({ value, offset: m.index + m[0].indexOf(parts[0]![0]) + 1 });
  }
  return found;
}
/**
 * A module constant (`GGUF`, `MODEL_FILE`), an option's `default`, or a setting named the model or its path (`model_path =
 * "openchat-3.5-1210.Q3_K_S.gguf"`, Haystack's `LlamaCppChatGenerator(model="llava-v1.5-7b-q4_0.gguf", ...)` written
 * over lines): what may hold a GGUF's bare file name. Not a `model_file` or `filename` (a file inside a Hub repo).
 */
const BARE_GGUF_HOLDER = /^(?:[A-Z][A-Z0-9_]*|default|(?:[a-z]\w*_)?model(?:_path)?)$/;
/** A keyword argument `default=` holding a GGUF or llamafile file name (an option's default). */
const DEFAULT_GGUF = /\bdefault\s*=\s*(['"])([^'"\n/\\*{}]+\.(?:gguf|llamafile))\1/g;
/** A dict entry naming a file (`"file_name": "x.gguf"`) whose value is a GGUF or a llamafile. */
const FILE_ENTRY = /(['"])(?:file_?name|file|model_file|weights_file)\1\s*:\s*(['"])([^'"\n/]+\.(?:gguf|llamafile))\2/gi;
/** `'path': <expression>` in a dict, the expression to the line's end (a trailing comma left out). */
const DOWNLOAD_ENTRY_PATH = /(['"])(?:path|file_?path|local_path|model_path)\1[ \t]*:[ \t]*([^\n,]+(?:\([^()\n]*\))?)(?=[ \t]*,?[ \t]*$)/gm;
/** `name = [` at the start of a line: a list literal assigned (its name in group 1). */
const MODEL_FILE_LIST = /^[ \t]*([A-Za-z_]\w*)[ \t]*(?::[^=\n]+)?=[ \t]*\[/gm;
/** `InferenceSession(` (onnxruntime), `torch.jit.load(` (TorchScript): calls that load a model file for inference; the file
 * given by keyword too (`ort.InferenceSession(path_or_bytes=onnx_det, ...)`, DWPose's wholebody.py). And safetensors'
 * `safe_open(path, framework="pt")`, which reads a weights file's tensors (Tencent/HunyuanDiT's LoRA README:
 * `safe_open("./ckpts/t2i/lora/jade/adapter_model.safetensors", framework="pt", device=0)`). */
const INFERENCE_LOAD = /\b(?:InferenceSession|jit\.load|safe_open|load_file)\(\s*(?:(?:path_or_bytes|f|filename)\s*=\s*)?([^,()\n]+(?:\([^()\n]*\))?)/g;
/**
 * Weights loaded into a network: `model.load_state_dict(torch.load(model_path, map_location=device))` (666ghj/BettaFish's
 * GPT-2 adapter predict.py, with `model_path = 'best_weibo_sentiment_model.pth'` above). Not into an optimizer, a scheduler
 * or a data loader (`optimizer.load_state_dict(torch.load(optim_path))`, hiyouga/LLaMA-Factory's checkpoint.py): their
 * state is no model.
 */
const STATE_DICT_LOAD = /\b([\w.]+)\.load_state_dict\(\s*torch\.load\(\s*(?:f\s*=\s*)?([^,()\n]+(?:\([^()\n]*\))?)/g;
const NOT_A_NETWORK = /optim|sched|scaler|loader|generator|sampler|dataset|ema\b/i;
/**
 * The same in two steps: a state dict loaded into a variable (`state_dict = torch.load("your_model_path/
 * videochat2_7b_stage3.pth", "cpu")`), then given to a network's `load_state_dict` below (`model.load_state_dict(
 * state_dict['model'], strict=False)`, OpenGVLab/Ask-Anything's VideoChat2 demo and notebooks). Group 1: the variable,
 * 2: what torch.load is given.
 */
const TORCH_LOAD_ASSIGNED = /^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*torch\.load\(\s*(?:f\s*=\s*)?([^,()\n]+(?:\([^()\n]*\))?)/gm;
/** `<object>.load_state_dict(<variable>`: 1 the object, 2 the variable. */
const STATE_DICT_FROM = /\b([\w.]+)\.load_state_dict\(\s*([A-Za-z_]\w*)\b/g;
/** TORCH_LOAD_ASSIGNED's loads whose variable a network's `load_state_dict` takes after them (one pass over each pattern). */
function twoStepStateDicts(text: string): RegExpExecArray[] {
  if (!text.includes('load_state_dict(') || !text.includes('torch.load(')) return [];
  // The last offset each variable is given to a network's load_state_dict at.
  const given = new Map<string, number>();
  for (const m of text.matchAll(STATE_DICT_FROM)) if (!NOT_A_NETWORK.test(m[1]!)) given.set(m[2]!, m.index);
  if (!given.size) return [];
  return [...text.matchAll(TORCH_LOAD_ASSIGNED)].filter((m) => (given.get(m[1]!) ?? -1) > m.index && !NOT_A_NETWORK.test(m[1]!));
}
/**
 * A file taken from a package's resources: `files(pkg) / "x.onnx"`, `.joinpath("x.onnx")` (literal in group 2 or 4), or
 * `.joinpath(name)`, `resources.path(pkg, name)` (a variable in group 5 or 6).
 */
const PACKAGED_WEIGHT =
  /\bfiles\([^()\n]*\)\s*(?:\/\s*(['"])([^'"\n]+)\1|\.joinpath\(\s*(?:(['"])([^'"\n]+)\3|([A-Za-z_]\w*))\s*\))|resources\.path\([^(),\n]+,\s*([A-Za-z_]\w*)\s*\)/g;
/** A Colab form field of a model-named variable: its default, then the `#@param [ ... ]` list of its choices. */
const COLAB_MODEL_PARAM = /^[ \t]*(\w*model\w*)[ \t]*=[ \t]*(["'])([^"'\n]*)\2[ \t]*#@param[ \t]*\[([^\]\n]*)\]/gim;
/**
 * A path or model setting given a bare weights file as a keyword, a parameter default or a dict entry
 * (`model_path="yolo11n.pt"`, `yoloe_path="yoloe-11l-seg.pt"`, `{"model_path": "FastSAM-x.pt"}`,
 * `pretrained_model_name_or_path="ram_plus_swin_large_14m.pth"`: Data-Juicer's operators, whose loader fetches the file by
 * its name): the file the code loads, as config-file reads `vae_path: ae.safetensors`.
 */
const WEIGHT_SETTING =
  /\b(\w*(?:path|model\w*|checkpoint|ckpt|pretrained\w*))\s*(?::\s*[\w[\]|. ]+)?=\s*(['"])((?:\.{1,2}\/)?(?:[\w.+-]+\/)*[\w.+-]+\.(?:safetensors|pth|pt|onnx|ckpt))\2|(['"])(\w*(?:path|model\w*|checkpoint|ckpt))\4\s*:\s*(['"])((?:\.{1,2}\/)?(?:[\w.+-]+\/)*[\w.+-]+\.(?:safetensors|pth|pt|onnx|ckpt))\6/gi;
/** Whether a `name=` at `at` is a keyword argument or a parameter's default: after `(` or `,`, across spaces and lines. */
function argumentAt(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i >= 0 && (text[i] === '(' || text[i] === ',');
}
/** Whether a `name =` at `at` is an attribute assigned on an object at the start of its line (`cfg.vae_checkpoint = ...`). */
function configAttributeAt(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\.$/.test(text.slice(start, at));
}
/** A `def` named for writing a model (converting, saving, exporting): its parameters' defaults are what it writes. */
const WRITING_FUNCTION = /\bdef\s+\w*(?:convert|save|export|dump|write)\w*\s*\($/i;
/** Settings whose file is data, state or an output, not a model (`features_path="feats.pt"`, `save_path="x.pt"`). */
const NOT_WEIGHT_SETTING = /data|feature|embed|cache|output|save|export|upload|log|result|label|index|vocab|optim|sched|state|tokeni|type|class/i;
/** A file named for a training run's moment or role, not a model (`best.pt`, `last.ckpt`, `epoch_10.pth`, `final.pt`). */
const RUN_WEIGHT_FILE = /^(?:best|last|latest|final|weights?|checkpoints?|ckpt|pretrained|epoch|step|iter|net|params?)(?:[-_.]?\w{0,6})?\.\w+$/i;
/** A file named for being the model, the name a tool gives every checkpoint's weights (litgpt's `lit_model.pth`). */
const MODEL_NAMED_FILE = /(?:^|[-_.])model(?:[-_.]|$)/i;
/** A weights file written bare and named for a model of its own (`amt-g.pth`), not for a run, a convention or being the model. */
const isBareWeightsFile = (value: string) =>
  WEIGHTS_ONLY_FILE.test(value) &&
  !/[\\/*{}$]/.test(value) &&
  !RUN_WEIGHT_FILE.test(value) &&
  !CONVENTIONAL_WEIGHT_FILE.test(value) &&
  !MODEL_NAMED_FILE.test(value);
/** `name = <expression>` at the start of a line (a constant, a variable, a keyword argument on its own line). */
/**
 * A variable assigned a parameter falling back to a literal (`model_config = model_name or
 * "pyannote/speaker-diarization-community-1"` then `Pipeline.from_pretrained(model_config)`, m-bain/whisperX's diarize.py),
 * assigned nowhere else: the literal is what a loading call given the variable loads by default. Only for the loaders'
 * arguments (resolveArg), not a constant of the file: a service's `default_stt_model = stt_model or "inworld/inworld-stt-1"`
 * is read where its settings take it, as that service's model.
 */
const PARAMETER_FALLBACK = /^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*[A-Za-z_]\w*[ \t]+or[ \t]+(['"])([^'"\n]+)\2[ \t]*(?:#[^\n]*)?$/gm;
const parameterFallbacks = keptWithCallSites((text: string) => {
  const found = new Map<string, { value: string; offset: number }>();
  if (!text.includes(' or ')) return found;
  for (const m of text.matchAll(PARAMETER_FALLBACK))
    if (!assignedAgain(text, m[1]!)) found.set(m[1]!, { value: m[3]!, offset: m.index + m[0].lastIndexOf(m[2]! + m[3]!) });
  return found;
});
const ASSIGNED = /^[ \t]*(?:self\.)?([A-Za-z_]\w*)\s*(?::[^=\n]+)?=\s*([^\n#]+?)[ \t]*,?[ \t]*(?:#.*)?$/gm;
/**
 * ASSIGNED's matches in a text, found once for the file (three readers of the same text walked them each: the folders
 * passed as models, the weight files loaded and the folders joined for weights).
 */
const assignments = keptWithCallSites((text: string) => [...text.matchAll(ASSIGNED)]);
/** A config's default for a model-named key: `cfg.get("q_former_model", "<default>")` (group 3: the default's literal). */
const MODEL_KEY_DEFAULT = /^[A-Za-z_][\w.]*\.get\(\s*(['"])(\w*(?:model|checkpoint|ckpt|weights?)\w*)\1\s*,\s*((['"])[^'"\n]+\4)\s*\)$/i;

/**
 * `os.path.join(MODEL_PATH, "text2vec-large-chinese")`: a model's folder under the project's models root, a module
 * constant named for it (DB-GPT's `MODEL_PATH`, `LLM_MODELS_DIR`). Only a folder named like a model (a hyphen in it,
 * no data file's extension): `os.path.join(MODEL_DIR, "v2")` or a lower-case `model_dir` (one model's own folder,
 * whose parts are its files: `os.path.join(model_dir, "tables.json")`) name none.
 */
const MODELS_ROOT_JOIN =
  /\bos\.path\.join\(\s*_?(?:[A-Z0-9]+_)*MODELS?_?(?:PATH|DIR|ROOT|HOME|FOLDER)(?:_[A-Z0-9]+)*\s*,\s*(["'])([A-Za-z][\w.]*-[\w.-]*)\1\s*\)/g;
/** A settings, data or text file, not a model folder: `config.yaml`, `vocab.txt`, `train.jsonl`, `labels.tsv`. */
const DATA_FILE = /\.(?:json|jsonl|ya?ml|txt|py|md|csv|tsv|parquet|log|cfg|conf|ini|toml|pkl)$/i;
/**
 * One model's own directory, given at run time (a lower-case `model_dir`, `pretrained_model_dir`, `model_folder`, or a
 * config's `["model_dir"]`): what is joined onto it is one of that model's parts, not a model of its own
 * (FunAudioLLM/CosyVoice's Triton backends: `torch.load(os.path.join(model_dir, 'flow.pt'))`, `os.path.join(model_dir,
 * 'hift.pt')`, `model_path = os.path.join(model_params["model_dir"], "speech_tokenizer_v2.onnx")`, the folder being
 * CosyVoice2-0.5B). Not a `model_path`, which holds a file as often as a folder, and beside which a file may be a second
 * model (`os.path.join(model_path, "codec.pth")`, mudler/LocalAI's fish-speech backend); nor a folder named for weights or
 * checkpoints (`weight_dir`), or a models root in capitals (`PDF_MODEL_PATH`), which hold models.
 */
// (huggingface_hub's ModelHubMixin names it `model_id`, a Hub id or a local folder of one model: `model_file =
// os.path.join(model_id, "bigvgan_generator.pt")` in its `_from_pretrained`, NVIDIA's BigVGAN as RVC-Boss/GPT-SoVITS vendors it.)
const ONE_MODEL_FOLDER = /^(?:self\.)?(?:[a-z0-9]+_)*model_(?:dir|folder|id)$|\[\s*(['"])(?:[a-z0-9]+_)*model_(?:dir|folder)\1\s*\]$/;
/** A variable named for one model's or checkpoint's path (`checkpoint_path`, `model_path`, `self.ckpt_path`). */
const MODEL_PATH_VARIABLE = /^(?:self\.)?(?:[a-z0-9]+_)*(?:model|checkpoint|ckpt)_?path$/i;
/**
 * A literal path joined by pathlib's `/` onto the script's own folder (`Path(__file__).resolve().parent.parent / "x"`, `.parents[1]`)
 * or onto a variable (1: its name); 2: the quote, 3: the path.
 */
const FILE_ROOTED_PATH =
  /^(?:(?:pathlib\.)?Path\(\s*__file__\s*\)(?:\.(?:resolve|absolute)\(\)|\.parent|\.parents\[\d\])*|([A-Za-z_]\w*))\s*\/\s*(['"])([^'"\n*{}]+)\2$/;
/** The folder argument of `os.path.join(<folder>, ...)` / `Path(<folder>, ...)`, or before pathlib's `/`, as written. */
const joinedFolder = (expression: string) =>
  /^(?:(?:os\.path\.join|(?:pathlib\.)?Path)\(\s*([^,()\n]+?)\s*,|((?:self\.)?[A-Za-z_]\w*)\s*\/)/.exec(expression.trim())?.slice(1).find(Boolean);

/**
 * A path into the folder a project downloads its models to (`./pretrained_models/Fun-CosyVoice3-0.5B/cosyvoice3.yaml`
 * opened in a self-test, FunAudioLLM/CosyVoice's flow.py; `"GPT_SoVITS/pretrained_models/s2G488k.pth"`,
 * `os.environ.get("cnhubert_base_path", "GPT_SoVITS/pretrained_models/chinese-hubert-base")`, RVC-Boss/GPT-SoVITS's
 * config.py and inference_webui.py): the model it names or passes through (pretrainedModelPath). Not in a comment.
 */
const PRETRAINED_FOLDER_PATH = /(['"])((?:%s\/)?(?:\.{1,2}\/)*(?:[\w.-]+\/)*?pretrained_models\/[^'"\n]+)\1/g;
/**
 * A relative path assigned to a variable named for a checkpoint's or a local model's folder or file (`asr_ckpt_dir =
 * "../checkpoints/Systran/faster-whisper-large-v3"`, `wavlm_ckpt_dir = "../checkpoints/UniSpeech/wavlm_large_finetune.pth"`,
 * `vocoder_local_path = "../checkpoints/vocos-mel-24khz"`: SWivid/F5-TTS's evaluation and inference scripts, which give
 * it to the loader): the model on disk, when its last part is a weights file or named like a model (a digit and a letter).
 * Not a folder written to (NOT_A_MODEL_SOURCE: `save_ckpt_dir`, `output_ckpt_path`), a generic folder (`../checkpoints/funasr`),
 * a weights file every checkpoint is called (`model.safetensors`), nor a run's checkpoint (`best.pth`, `epoch_3.pth`, `checkpoint-100`).
 */
const CHECKPOINT_PATH_ASSIGNMENT =
  /^[ \t]*((?:self\.)?(?:[a-z0-9]+_)*(?:ckpt|checkpoint|local)_(?:dir|path))[ \t]*=[ \t]*(['"])(\.{1,2}\/[^'"\n*{}$%]+)\2[ \t]*(?:#.*)?$/gm;
const RUN_MOMENT_NAME = /^(?:best|last|latest|final|checkpoints?|ckpt|epoch|step|iter)(?:[-_.]?\w{0,8})?(?:\.\w+)?$/i;
function checkpointPathAssignments(text: string): { value: string; offset: number }[] {
  if (!text.includes('./')) return [];
  const found: { value: string; offset: number }[] = [];
  for (const m of text.matchAll(CHECKPOINT_PATH_ASSIGNMENT)) {
    if (NOT_A_MODEL_SOURCE.test(m[1]!.replace(/^self\./, ''))) continue;
    const path = m[3]!.replace(/\/+$/, '');
    const last = path.slice(path.lastIndexOf('/') + 1);
    if (RUN_MOMENT_NAME.test(last) || CONVENTIONAL_WEIGHT_FILE.test(last)) continue;
    if (!(WEIGHTS_ONLY_FILE.test(last) || (namedLikeAModel(path) && !WEIGHT_FILE.test(last)))) continue;
    found.push({ value: m[3]!, offset: m.index + m[0].indexOf(m[2]!) + 1 });
  }
  return found;
}

/** A model named by a path into `pretrained_models/`: the folder or file on disk, or the Hub repo a cache path names. */
type PretrainedPath = { value: string; offset: number; source: 'local' | 'huggingface' };
function pretrainedModelFolders(text: string): PretrainedPath[] {
  if (!holds(text, 'pretrained_models/')) return [];
  const found: PretrainedPath[] = [];
  for (const m of text.matchAll(PRETRAINED_FOLDER_PATH)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (/^\s*#/.test(text.slice(lineStart, m.index))) continue;
    const model = pretrainedModelPath(m[2]!);
    if (model?.source === 'local' || model?.source === 'huggingface') found.push({ value: model.id, offset: m.index + 1, source: model.source });
  }
  return found;
}

/**
 * A folder of the Hugging Face cache written in any string (`os.path.join(HF_HOME, "hub/models--2Noise--ChatTTS/snapshots")`,
 * 2noise/ChatTTS's core.py finding the snapshot it downloaded): it names its repo, which the code reads from there.
 * Not in a comment. Also under an f-string's root (`f'{ROOT_DIR}/models/models--k2-fsa--OmniVoice'`, jianchang512/
 * pyvideotrans downloading each repo into a folder named as the cache names it, then loading it from there), as under
 * `%s`; a template of the name itself (`models--Qwen--Qwen3-ASR-{size}`) names no one repo.
 */
const CACHE_ROOT = /^(?:%s|\{[A-Za-z_][\w.]*(?:\(\))?\})[\\/]/;
const HF_CACHE_STRING = /(['"])([^'"\n]*models--[A-Za-z0-9][\w.-]*--[A-Za-z0-9][^'"\n]*)\1/g;
function hubCacheFolders(text: string): { id: string; offset: number }[] {
  if (!holds(text, 'models--')) return [];
  const found: { id: string; offset: number }[] = [];
  for (const m of text.matchAll(HF_CACHE_STRING)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    // (A path into the cache, `.../snapshots` after it or a folder before it; the folder's name alone, `repo_name =
    // "models--ancestor--test"`, is what zylon-ai/private-gpt's tests build a fake cache from.)
    if (/^\s*#/.test(text.slice(lineStart, m.index)) || !m[2]!.includes('/')) continue;
    const cached = modelFromPath(m[2]!.replace(CACHE_ROOT, ''));
    if (cached?.source === 'huggingface') found.push({ id: cached.id, offset: m.index + 1 });
  }
  return found;
}

/**
 * A model's folder in the ModelScope cache written in a string (`os.path.expanduser("~/.cache/modelscope/hub/models/iic/
 * SenseVoiceSmall/")`, FunAudioLLM/SenseVoice's webui.py loading the model offline from where it was downloaded): it names
 * that ModelScope model (the cache keeps `<org>/<name>` under `hub/`, since modelscope 1.20 under `hub/models/`). The folder
 * itself, not a file deeper in it (`.../iic/SenseVoiceSmall/example/en.mp3`, an example audio of the repo), nor a comment.
 */
const MS_CACHE_STRING = /(['"])([^'"\n]*\.cache\/modelscope\/hub\/(?:models\/)?([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*)\/?)\1/g;
function modelScopeCacheFolders(text: string): { id: string; offset: number }[] {
  // (Asked with `includes`: ASKED_WORDS holds 32 words, one bit each.)
  if (!text.includes('modelscope/hub/')) return [];
  const found: { id: string; offset: number }[] = [];
  for (const m of text.matchAll(MS_CACHE_STRING)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (/^\s*#/.test(text.slice(lineStart, m.index)) || /^(?:datasets|models)\//.test(m[3]!)) continue;
    found.push({ id: m[3]!, offset: m.index + 1 + m[2]!.lastIndexOf(m[3]!) });
  }
  return found;
}

/**
 * The same paths into `pretrained_models/` written bare in a docstring (`/set_gpt_weights?weights_path=GPT_SoVITS/
 * pretrained_models/s2G488k.pth`, RVC-Boss/GPT-SoVITS's api_v2.py usage): its usage lines, as a docstring's commands.
 */
const BARE_PRETRAINED_PATH = /(?<=[\s=(,:]|^)((?:[\w.-]+\/)*pretrained_models\/[\w.=@+\/-]+)/gm;
function docstringPretrainedPaths(text: string): PretrainedPath[] {
  if (!holds(text, 'pretrained_models/') || !/"""|\'\'\'/.test(text)) return [];
  const docLines = pythonDocstringLines(text);
  const positions = new PositionIndex(text);
  const found: PretrainedPath[] = [];
  for (const m of text.matchAll(BARE_PRETRAINED_PATH)) {
    if (!docLines.has(positions.lineOf(m.index))) continue;
    // (Not what a usage line writes out, `--output-dir pretrained_models/Fun-CosyVoice3-0.5B/hf_merged`
    // (FunAudioLLM/CosyVoice's convert script), nor a folder deeper in an entry: only the entry or its checkpoint file.)
    if (/--?(?:output|out|save|export)[\w-]*[ \t=]+$/i.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) continue;
    const model = pretrainedModelPath(m[1]!);
    if (model?.source === 'huggingface' || (model?.source === 'local' && model.id === m[1]!.replace(/\/+$/, '')))
      found.push({ value: model.id, offset: m.index, source: model.source });
  }
  return found;
}

/** `(<join>).exists()`, `.is_file()`: after a pathlib join; `os.path.exists(`, `isfile(`: before either join. */
const EXISTENCE_TESTED_AFTER = /^[ \t]*\)[ \t]*\.(?:exists|is_file|is_dir)\(/;
const EXISTENCE_TESTED_BEFORE = /(?:\bos\.path\.(?:exists|isfile|isdir)|\bexists)\([ \t]*$/;
/**
 * Whether the join at `at` is assigned to a variable the next lines make as a folder (`test_dir = hf_cache_dir /
 * "mistral_model"` then `test_dir.mkdir()`, zylon-ai/private-gpt's tokenizer tests; `os.makedirs(out_dir, ...)`): a folder
 * the code creates, no model it loads.
 */
export function madeAfter(text: string, at: number): boolean {
  // The line before `at` can only be `<blanks><name><blanks>=<blanks>`: read back from `at` in that shape to its start
  // (a search for the line's start from each value was quadratic on one long line), then the pattern on it.
  if (text[at] === '\n') return false; // (the line search's slice was empty there)
  let i = at - 1;
  const blank = () => {
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  };
  blank();
  if (i < 0 || text[i] !== '=') return false;
  i--;
  blank();
  while (i >= 0 && /[\w.]/.test(text[i]!)) i--;
  blank();
  if (i >= 0 && text[i] !== '\n') return false;
  const lineStart = i + 1;
  const variable = /^[ \t]*((?:self\.)?[A-Za-z_]\w*)[ \t]*=[ \t]*$/.exec(text.slice(lineStart, at))?.[1];
  if (!variable) return false;
  const next = text.slice(at, at + 400);
  return next.includes(`${variable}.mkdir(`) || next.includes(`makedirs(${variable}`);
}
/** `os.path.join(root, "<folder>")`: the root (a name), the folder joined onto it, and where the folder's text starts. */
type FolderJoin = { root: string; value: string; offset: number };
const FOLDER_JOINED = /\bos\.path\.join\(\s*((?:self\.)?[A-Za-z_][\w.]*)\s*,\s*(['"])([^'"\n{}%*]+)\2\s*,?\s*\)/g;
/**
 * pathlib's join, `<root> / "<folder>"` (Tencent/HunyuanDiT's `vae_path = self.root / "sdxl-vae-fp16-fix"`, the folder
 * `AutoencoderKL.from_pretrained(str(vae_path))` loads): read as os.path.join's. Only a name or attribute on the left, the
 * string closing the expression (not a division inside a longer one, nor `/ "x" /`, a folder inside the folder).
 */
export const PATHLIB_JOINED = /(?<![\w.'")\]])((?:self\.)?[A-Za-z_][\w.]*)[ \t]*\/[ \t]*(['"])([^'"\n{}%*/\\]+)\2(?![ \t]*[/\w.(\[])/g;
/**
 * The matches of PATHLIB_JOINED, in order (index and groups 1-3), found from each `/` and read on and back from it: after
 * it blanks, a quote, the folder (every character up to the next quote, none of `\n{}%*\/`), the same quote, and no
 * `[/\w.(\[]` after blanks; before it blanks, then the root, the whole `[\w.]` run there (the look-behind forbids
 * starting inside one, and `self.` is part of such a run), starting with a letter or `_`, after none of `'")]`. Each
 * part is fixed by its neighbour, so a `/` ends at most one root and the matches come in the order of their `/`; one
 * whose root starts inside the match before is not one the left-to-right search finds. The pattern tried at every word
 * of a text holding `/ "` or `/ '` cost ~0.4% of a run (session 33's profile).
 */
export function pathlibJoins(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let searched = 0;
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    let j = slash + 1;
    while (isBlankCode(text.charCodeAt(j))) j++;
    const quote = text.charCodeAt(j);
    if (!isQuoteCode(quote)) continue;
    let k = j + 1;
    while (k < text.length && isFolderCode(text.charCodeAt(k))) k++;
    if (k === j + 1 || text.charCodeAt(k) !== quote) continue;
    const end = k + 1;
    let after = end;
    while (isBlankCode(text.charCodeAt(after))) after++;
    if (after < text.length && isJoinContinued(text.charCodeAt(after))) continue;
    let rootEnd = slash;
    while (rootEnd > 0 && isBlankCode(text.charCodeAt(rootEnd - 1))) rootEnd--;
    let start = rootEnd;
    while (start > 0 && isRootCode(text.charCodeAt(start - 1))) start--;
    if (start === rootEnd || !isIdentifierStart(text.charCodeAt(start)) || start < searched) continue;
    if (start > 0 && isClosingCode(text.charCodeAt(start - 1))) continue;
    const m = [text.slice(start, end), text.slice(start, rootEnd), text[j]!, text.slice(j + 1, k)] as unknown as RegExpExecArray;
    m.index = start;
    found.push(m);
    searched = end;
  }
  return found;
}
/** The folder's characters, none of a quote, `\n{}%*`, `/` or `\\`, by char code. */
const isFolderCode = (c: number) => c !== 0x27 && c !== 0x22 && c !== 10 && c !== 0x7b && c !== 0x7d && c !== 0x25 && c !== 0x2a && c !== 0x2f && c !== 0x5c;
/** `[/\w.(\[]` by char code: the path goes on, or the string is divided, called or subscripted. */
const isJoinContinued = (c: number) => c === 0x2f || isWordCode(c) || c === 0x2e || c === 0x28 || c === 0x5b;
/** `[\w.]` by char code. */
const isRootCode = (c: number) => isWordCode(c) || c === 0x2e;
/** `['")\]]` by char code. */
const isClosingCode = (c: number) => c === 0x27 || c === 0x22 || c === 0x29 || c === 0x5d;
function folderJoins(text: string): FolderJoin[] {
  // (Not a join only tested for existence, `if (root / "flux-2-klein-9b-kv.safetensors").exists():` (Blaizzy/mlx-vlm's
  // variant detection), `os.path.exists(os.path.join(d, "x"))`: the code asks what a folder holds, it loads nothing there.)
  const joins = (matches: Iterable<RegExpExecArray>) =>
    [...matches]
      .filter(
        (m) =>
          !EXISTENCE_TESTED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)) &&
          !EXISTENCE_TESTED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) &&
          !madeAfter(text, m.index),
      )
      .map((m) => ({ root: m[1]!, value: m[3]!, offset: m.index + m[0].lastIndexOf(m[2]! + m[3]!) + 1 }));
  return [
    ...(holds(text, 'os.path.join(') ? joins(text.matchAll(FOLDER_JOINED)) : []),
    ...(text.includes('/ "') || text.includes("/ '") ? joins(pathlibJoins(text)) : []),
  ];
}
/** Whether a JOINED_WEIGHT match is a weights file the code loads from the folder (its conditions, each with its case). */
function joinedWeightLoaded(text: string, m: RegExpExecArray): boolean {
  const lineBefore = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
  const near = text.slice(Math.max(0, m.index - 120), m.index);
  return (
    (TENSORRT_ENGINE.test(m[4]!)
      ? /engine/i.test(m[1]!)
      : COMPONENT_FOLDER.test(m[1]!) ||
        // (Or the folder of a release's pretrained files, `os.path.join(pretrained_path, "fireredtts_gpt.pt")`, FireRedTeam/
        // FireRedTTS; a `.bin` there too when its name starts as a published family's do, `fireredtts_speaker.bin`: any other
        // `.bin` may be any binary.)
        (/model|weight|checkpoint|ckpt|pretrained/i.test(m[1]!) && (!/\.bin$/i.test(m[4]!) || !!familyNamedLike(m[4]!, loadRegistry())))) &&
    !/output|save|export|upload/i.test(m[1]!) &&
    !ONE_MODEL_FOLDER.test(m[1]!) &&
    !CONVENTIONAL_WEIGHT_FILE.test(m[4]!) &&
    // (A trainer's state beside the weights: `os.path.join(ckpt_dir, "optimizer", "state_dict.pt")`; its data loader's,
    // `os.path.join(load_checkpoint_path, "dataloader.pt")`, hiyouga/EasyR1's ray_trainer.py; or the variable it is
    // assigned to says so, `dataloader_path = os.path.join(checkpoint_path, "data.pt")`, volcengine/verl's SFT trainer, or
    // `training_state = torch.load(os.path.join(args.checkpoint_path, "training_state.pt"))`, FreedomIntelligence/HuatuoGPT.)
    // (Nor a checkpoint's metadata, `os.path.join(checkpoint_dir, "_metadata_extra.pt")`, nor a file the variable it is
    // assigned to says is written, `tmp_save_path = os.path.join(args.checkpoint_path, "tmp.pt")`: mlfoundations/open_clip.)
    !/optimi[sz]er|scheduler|dataloader|rng_state|train(?:er|ing)?_state|state_dict|metadata/i.test(lineBefore + m[0]) &&
    !/\b\w*(?:save|output)\w*\s*=\s*$/i.test(lineBefore) &&
    // (`torch.save(state, os.path.join(ckpt_dir, "optimizer", "state_dict.pt"))`: a file written, not loaded.)
    !/\b(?:save|dump|write|export|upload)\w*\([^\n]*$/i.test(near) &&
    // (`print("loaded weight from ", os.path.join(audio_ckpt_dir, "net.pth"))`, fudan-generative-vision/hallo's inference:
    // a message naming the file a load above it read, no load of its own.)
    !/(?<![\w.])(?:print|(?:logger|logging|log|LOGGER)\.\w+)\([^\n]*$/.test(near) &&
    // (`if os.path.isfile(os.path.join(resume_from_checkpoint, "user_content.pt")):`, the Trainer copied into
    // THUDM/ChatGLM-6B: a test of what a folder holds, as folderJoins reads it; the load, if any, is a line of its own.)
    !EXISTENCE_TESTED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))
  );
}
/** A release's size after its family's name (`-large-xlsr-53`, `-base`, `-7b`): a published model's own name. */
const RELEASE_SIZE = /(?:^|[-_.])(?:tiny|small|base|medium|large|xl|xxl|\d+(?:\.\d+)?[bBmM]?)(?:[-_.]|$)/;
/** A root named for what a run writes or reads as data: what is joined onto it is no model. */
const WRITTEN_ROOT = /out|save|export|upload|log|result|dump|te?mp|data|eval|pred/i;
/** Whether the line holding `offset` is a comment there, or writes there (`save_pretrained(os.path.join(...`, `makedirs(`). */
function commentedOrWrittenAt(text: string, offset: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', offset) + 1, offset);
  return /^\s*#/.test(before) || /\b(?:save|dump|write|export|upload|makedirs|mkdir)\w*\(/i.test(before);
}

/**
 * A folder named as a published family's models start (families.yaml `id_hints`), joined onto a folder the code is
 * given (`os.path.join(args.model_path, "Step-Audio-Tokenizer")`, `f"{args.model_path}/Step-Audio-TTS-3B"`,
 * `os.path.join(model_path, "CosyVoice-300M-25Hz")`, stepfun-ai/Step-Audio; `f"{MODEL_BASE}/hunyuan-video-t2v-720p/vae"`,
 * Tencent/HunyuanVideo): the model's folder under a models root, or a second model kept inside another's folder. A part of
 * one model is named for what it is (`vae`, `text_encoder`, `config.json`, `flow.pt`), not for a family; a family-named
 * file is read where weights are. Not a checkpoint's step (`step-1000`), a data or output folder, nor what a call writes.
 */
function familyFoldersUnderRoot(text: string, joins: FolderJoin[]): { value: string; offset: number }[] {
  const rooted = mayHold(text, "f'{", 'f"{') && /[fF]['"]\{/.test(text);
  if (!joins.length && !rooted) return [];
  const found: { value: string; offset: number }[] = [];
  const consider = (root: string, value: string, offset: number, loaded = false) => {
    if (WRITTEN_ROOT.test(root) || /^(?:os|sys|__file__)$/.test(root)) return;
    // (One model's own folder, `model_dir`, holds its parts: FunAudioLLM/CosyVoice's `os.path.join(model_dir,
    // 'CosyVoice-BlankEN')`, the tokenizer folder inside CosyVoice2-0.5B; so does a folder named for the same family,
    // `f"{args.pretrained_cosyvoice2_path}/CosyVoice-BlankEN"`. Unless a loader is given a part named as a release is, with
    // its size: another model shipped inside, `from_pretrained(f"{self.model_dir}/wav2vec2-large-xlsr-53")`, SparkAudio/
    // Spark-TTS's feature extractor; not `os.path.join(model_dir, "Qwen3-0.6B")`, a config folder FunASR copies.)
    const oneModel = ONE_MODEL_FOLDER.test(root.replace(/^args\./, ''));
    const first = value.split('/')[0]!;
    const last = value.slice(value.lastIndexOf('/') + 1);
    if (!/^[A-Za-z][\w.-]{3,80}$/.test(first) || !/[-_.]/.test(first) || /^[A-Za-z]+[-_]?\d+$/.test(first)) return;
    if (/\.[A-Za-z][A-Za-z0-9]{0,5}$/.test(last) || /output|result|log|cache|data|eval|bench|pred|tmp|temp/i.test(value)) return;
    const family = familyNamedLike(first, loadRegistry());
    const hints = (family?.id_hints ?? []).filter((h) => first.toLowerCase().startsWith(h.toLowerCase()));
    if (!family || first.length < Math.min(...hints.map((h) => h.length)) + 2) return;
    if (oneModel && (!loaded || value.includes('/') || !hints.some((h) => RELEASE_SIZE.test(first.slice(h.length))))) return;
    if (hints.some((h) => root.toLowerCase().includes(h.toLowerCase().replace(/[-_.]+$/, '')))) return;
    if (!commentedOrWrittenAt(text, offset)) found.push({ value, offset });
  };
  for (const j of joins) consider(j.root, j.value, j.offset);
  // (Under one model's folder, only a part a loader is given there: `from_pretrained(\n f"{self.model_dir}/wav2vec2-..."`.)
  if (rooted)
    for (const m of rootedFStrings(text))
      consider(m[2]!.trim(), m[3]!, m.index + m[0].lastIndexOf(m[3]!), /\.from_pretrained\(\s*$/.test(text.slice(Math.max(0, m.index - 80), m.index)));
  return found;
}

/**
 * A keyword or setting named for one model of a pipeline's folder (`encoder_path=`, `decoder_path=`, `vocoder_dir=`,
 * `tts_path=`) holding a path written as one (`/`, `./`, `~/`) to a folder named like a model (letters and a digit in its
 * last part): `StepAudio(encoder_path="/mnt/ys-shai-jfs/open-step1o-audio/step1o-audio-encoder", ...)`, stepfun-ai/Step-Audio's
 * example. `model_path=` and `llm_path=` are read as model settings already.
 */
const COMPONENT_FOLDER_SETTING =
  /\b((?:[a-z0-9]+_)?(?:encoder|decoder|vocoder|tts|asr|vae|codec)_(?:path|dir|folder))\s*(?::\s*[\w[\]|. ]+)?=\s*(['"])((?:\/|\.{1,2}\/|~\/)[^'"\n{}%*]+)\2/g;
/** The gate words of COMPONENT_FOLDER_SETTING's key (`encoder_path`, `decoder_path`, `vocoder_path` end in `coder_path`). */
const COMPONENT_FOLDER_ENDINGS = GATE_WORDS.filter((w) => /^(?:coder|tts|asr|vae|codec)_/.test(w));
function componentModelFolders(text: string): { value: string; offset: number }[] {
  if (!mayHold(text, ...COMPONENT_FOLDER_ENDINGS) || !/(?:encoder|decoder|vocoder|tts|asr|vae|codec)_(?:path|dir|folder)/.test(text)) return [];
  const found: { value: string; offset: number }[] = [];
  for (const m of text.matchAll(COMPONENT_FOLDER_SETTING)) {
    if (OUTPUT_MODEL_SETTING.test(m[1]!)) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (/^\s*#/.test(text.slice(lineStart, m.index))) continue;
    const path = m[3]!.replace(/\/+$/, '');
    const onDisk = modelFromPath(path);
    if (onDisk?.source === 'local' && namedLikeAModel(path) && !DATA_FILE.test(path))
      found.push({ value: onDisk.id, offset: m.index + m[0].lastIndexOf(m[2]! + m[3]!) + 1 });
  }
  return found;
}

/**
 * A setting named for a pretrained encoder the code loads by that name (`bert_path`, `clip_model`, `hubert_dir`,
 * `whisper_name_or_path`): `bert_path = 'WangZeJun/simbert-base-chinese'` in netease-youdao/EmotiVoice's config classes,
 * given to `AutoTokenizer.from_pretrained(config.bert_path)` and the style encoder's BertModel. A Hub id is that repo; a
 * path written as one (`/`, `./`, `~/`) to a folder named like a model is that folder (a file, a projector's
 * `model_clip_path="mmproj-model-f16.gguf"`, is left to the weights-file rules). Not a data setting
 * (`bert_vocab`), not an output, not a commented line.
 */
const ENCODERS = 'bert|roberta|hubert|wav2vec2?|clip|t5|whisper|siglip|dinov2';
const ENCODER_SETTING = new RegExp(
  String.raw`\b((?:[a-z0-9]+_)?(?:${ENCODERS})_(?:path|dir|name|name_or_path|model|repo|repo_id))\s*(?::\s*[\w[\]|. ]+)?=\s*(['"])([^'"\n{}%*]+)\2`,
  'g',
);
/** The gate before ENCODER_SETTING is tried. */
export const ENCODER_WORD = new RegExp(String.raw`(?:${ENCODERS})_(?:path|dir|name|model|repo)`);
const ENCODER_NAMES = ['bert', 'roberta', 'wav2vec', 'wav2vec2', 'clip', 't5', 'whisper', 'siglip', 'dinov2']; // (hubert ends in bert)
const ENCODER_SUFFIXES = ['path', 'dir', 'name', 'model', 'repo'];
/**
 * ENCODER_WORD.test(text), from each `_`: a match is an encoder's name, `_`, then a suffix, so some `_` of the text has a
 * suffix right after it and a name right before it (ENCODER_NAMES: ENCODERS' alternatives, `hubert` within `bert`). The
 * pattern, tried at every position of each Python text, cost ~0.5% of a run.
 */
export function holdsEncoderWord(text: string): boolean {
  for (let i = text.indexOf('_'); i >= 0; i = text.indexOf('_', i + 1)) {
    const next = text.charCodeAt(i + 1);
    // (p, d, n, m, r: the suffixes' first letters, asked first.)
    if (next !== 0x70 && next !== 0x64 && next !== 0x6e && next !== 0x6d && next !== 0x72) continue;
    if (startsWithAny(text, ENCODER_SUFFIXES, i + 1) && endsWithAny(text, ENCODER_NAMES, i)) return true;
  }
  return false;
}
// (Loops, not `some` with an arrow: an arrow reading the loop's `i` made V8 allocate the loop body's context at every `_`
// of the text, ~100 MB over a whole run's Python texts, session 33's allocation profile.)
/** Whether one of `words` starts at `at`. */
function startsWithAny(text: string, words: readonly string[], at: number): boolean {
  for (const w of words) if (text.startsWith(w, at)) return true;
  return false;
}
/** Whether one of `words` ends right before `at`. */
function endsWithAny(text: string, words: readonly string[], at: number): boolean {
  for (const w of words) if (at >= w.length && text.startsWith(w, at - w.length)) return true;
  return false;
}
/** A path written as one: `/`, `./`, `../`, `~/`. */
const WRITTEN_PATH = /^(?:\.{1,2}\/|\/|~\/)/;
function encoderSettings(text: string): { value: string; offset: number; source: RawReference['source'] }[] {
  if (!holdsEncoderWord(text)) return [];
  const found: { value: string; offset: number; source: RawReference['source'] }[] = [];
  for (const m of text.matchAll(ENCODER_SETTING)) {
    if (OUTPUT_MODEL_SETTING.test(m[1]!)) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (/^\s*#/.test(text.slice(lineStart, m.index))) continue;
    const value = m[3]!.trim().replace(/\/+$/, '');
    const offset = m.index + m[0].lastIndexOf(m[2]! + m[3]!) + 1;
    const written = WRITTEN_PATH.test(value);
    const hub = value.includes('/') && !written ? parseHubReference(value) : undefined;
    if (hub && !isNotAnOrg(value.split('/')[0]!)) found.push({ value: hub.id, offset, source: 'huggingface' });
    else if (!hub && written && !WEIGHT_FILE.test(value)) {
      const onDisk = modelFromPath(value);
      if (onDisk?.source === 'local' && namedLikeAModel(value) && !DATA_FILE.test(value)) found.push({ value: onDisk.id, offset, source: 'local' });
    }
  }
  return found;
}

/** A model's repo kept under its organisation inside a folder: `os.path.join(encoder_path, "<org>/<name>")` (below). */
const ORG_AND_NAME = /^([A-Za-z0-9][\w.-]*)\/([A-Za-z0-9][\w.-]*)$/;
/**
 * A Hub or ModelScope repo's `<org>/<name>` joined onto a folder (`os.path.join(encoder_path,
 * "dengcunqin/speech_paraformer-large_asr_nat-zh-cantonese-en-16k-vocab8501-online")`, stepfun-ai/Step-Audio's tokenizer,
 * handed to FunASR's AutoModel): a copy of that repo laid out as the hub lays it out, a model on disk. Only a name with
 * letters and a digit under an organisation no generic folder name can be (`data/train2` is no repo), not a file.
 */
function repoFoldersJoined(text: string, joins: FolderJoin[]): { value: string; offset: number }[] {
  const found: { value: string; offset: number }[] = [];
  for (const { root, value, offset } of joins) {
    const repo = ORG_AND_NAME.exec(value);
    if (!repo) continue;
    const [org, name] = [repo[1]!, repo[2]!];
    if (WRITTEN_ROOT.test(root) || isNotAnOrg(org) || !namedLikeAModel(name)) continue;
    if (DATA_FILE.test(name) || WEIGHTS_ONLY_FILE.test(name) || (/[-_]/.test(org) === false && org.length < 3)) continue;
    // A file (`videomme/test-00000-of-00001.parquet`) or a word and a build number or date (`ms-playwright/ffmpeg-1009`,
    // `video/data0613`): no repo.
    if (/\.[A-Za-z][A-Za-z0-9]{1,7}$/.test(name) || /^[A-Za-z]+[-_]?\d{3,}$/.test(name)) continue;
    if (!commentedOrWrittenAt(text, offset)) found.push({ value, offset });
  }
  return found;
}

/**
 * pathlib's join onto a project's models folder, `<root> / "models" / "<name>"` (OpenBMB/VoxCPM's `project_root /
 * "models" / "openbmb__VoxCPM2"`, index-tts/index-tts's default `base / "IndexTTS" / "models" / "IndexTTS-2"`): the
 * model's folder, when its last part is named like a model (letters and a digit) and no file; written `models/<name>`.
 */
const MODELS_ROOT_PATH_CHAIN = new RegExp(`/\\s*(["'])(${WEIGHTS_FOLDERS})\\1\\s*/\\s*(["'])([A-Za-z][\\w.+-]*)\\3(?!\\s*/)`, 'g');
function modelsRootFolders(text: string): { value: string; offset: number }[] {
  const found: { value: string; offset: number }[] = [];
  if (holds(text, 'os.path.join('))
    for (const m of text.matchAll(MODELS_ROOT_JOIN)) if (!DATA_FILE.test(m[2]!)) found.push({ value: m[2]!, offset: m.index! + m[0].lastIndexOf(m[2]!) });
  for (const m of text.matchAll(MODELS_ROOT_PATH_CHAIN)) {
    const name = m[4]!;
    if (!namedLikeAModel(name) || DATA_FILE.test(name) || /\.[A-Za-z][A-Za-z0-9]{1,9}$/.test(name)) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const line = text.slice(lineStart, text.indexOf('\n', m.index) >>> 0);
    if (/^\s*#/.test(line) || /output|save|export|upload/i.test(line)) continue;
    found.push({ value: `${m[2]}/${name}`, offset: m.index + m[0].lastIndexOf(name) });
  }
  return found;
}

/**
 * Model files the code loads (issue #15): the path given to an inference loader (`InferenceSession(os.path.join(DIR,
 * "table_cls_l.onnx"))`, `torch.jit.load(path)` with `path` assigned in this file), and a model-named setting holding a
 * weight file joined onto a folder or written with its folder (`LOCAL_RERANK_MODEL_PATH = os.path.join(DIR, "rerank.onnx")`,
 * `MODEL_PATH = "/root/models/embed.onnx"`). A bare file name alone (`ONNX_MODEL_FILE = 'model.onnx'`) is a naming
 * convention, and what is saved or written out is an output, not a model.
 */
function loadedWeightFiles(text: string): { value: string; offset: number }[] {
  const ggmlBin = /ggml[^'"\s]*\.bin['"]/i.test(text);
  // (A `.bin` handed on split, `weight_name=os.path.basename(path)`, is read below too.)
  // (A `.bin` only in a folder of weights or joined onto a folder: `f'./checkpoints/ip-adapter.bin'`, a component folder's.)
  if (
    !ggmlBin &&
    !/\.(?:onnx|pt|pth|safetensors|gguf|ggml|ckpt|llamafile|engine|plan|trt|pkl|model)(?:\?[^'"\s]*)?['"]/i.test(text) &&
    !/\bweight_name\s*=\s*os\.path\.basename\(/.test(text) &&
    !/(?:\/(?:checkpoints?|ckpts?|weights|pretrained(?:_models)?|models)\/[\w./+-]*|\bos\.path\.join\([^()\n]*)\.bin['"]/i.test(text)
  )
    return [];
  const found: { value: string; offset: number }[] = [];
  // `models = ["ggml-tiny.en.bin", "ggml-base.en.bin", ...]` (whisper.cpp's scripts/bench.py, later `-m models/{model}`):
  // a list named for models whose entries are files that hold nothing but a model names those files.
  for (const m of text.matchAll(MODEL_FILE_LIST)) {
    if (!/models?(?:_?(?:files?|names?|list))?$/i.test(m[1]!) || /output|save|export|upload/i.test(m[1]!)) continue;
    const body = m.index + m[0].length;
    const close = text.indexOf(']', body);
    if (close < 0 || close - body > 20_000) continue;
    for (const e of text.slice(body, close).matchAll(/(['"])([^'"\n]+)\1/g))
      if (isModelOnlyFile(e[2]!) && !CONVENTIONAL_WEIGHT_FILE.test(e[2]!.slice(e[2]!.lastIndexOf('/') + 1)))
        found.push({ value: e[2]!, offset: body + e.index + 1 });
  }
  const pathIn = (expression: string, at: number, needFolder: boolean): { value: string; offset: number } | undefined => {
    const helper = PATH_HELPER.exec(expression.trim());
    if (helper) return pathIn(helper[2]!, at + expression.indexOf(expression.trim()) + helper[1]!.length, needFolder);
    // A model file written with its folder under the project's own root, by pathlib's `/` (`Path(__file__).resolve()
    // .parent.parent / "models/chatglm-ggml.bin"`, `PROJECT_ROOT / "models/chatglm3-ggml.bin"`, li-plus/chatglm.cpp's demos
    // and tests): the file the project puts its converted model at. Not a bare file name (a checkpoint's own `model.pt`).
    const rooted = FILE_ROOTED_PATH.exec(expression.trim());
    if (
      rooted &&
      (rooted[1] === undefined || namesProjectRoot(rooted[1])) &&
      /[\\/]/.test(rooted[3]!) &&
      (WEIGHTS_ONLY_FILE.test(rooted[3]!) || GGML_BIN_FILE.test(rooted[3]!))
    )
      return { value: rooted[3]!, offset: at + expression.indexOf(expression.trim()) + rooted[0].lastIndexOf(rooted[2]! + rooted[3]!) + 1 };
    const m = PATH_EXPRESSION.exec(expression.trim());
    // (Under a `${VAR}` root, the placeholder docs ask the reader to replace or os.path.expandvars fills: `img_onnx_model_path=
    // "${DATAPATH}/deploy/vit-b-16.img.fp16.onnx"`, OFA-Sys/Chinese-CLIP's deployment.md; a TensorRT engine too, `.trt`.)
    if (!m || !(WEIGHTS_ONLY_FILE.test(m[2]!) || TRT_ENGINE.test(m[2]!)) || /[*{}]/.test(m[2]!.replace(VARIABLE_ROOT, ''))) return undefined;
    // (`Path("checkpoints/latentsync_unet.pt")`, one argument: the path as written, joined onto nothing.)
    const joined = !m[0].startsWith(m[1]!) && !/^(?:pathlib\.)?Path\(\s*['"]/.test(m[0]);
    if (needFolder && !joined && !/[\\/]/.test(m[2]!)) return undefined;
    const folder = joined ? joinedFolder(expression) : undefined;
    if (folder && ONE_MODEL_FOLDER.test(folder)) return undefined;
    // (Nor onto the folder a run writes to: `checkpoint_file = os.path.join(self.args.output_dir, "checkpoint.pth")`, the
    // run's own checkpoint it resumes from, facebookresearch's submitit launchers as OpenGVLab/LLaMA-Adapter copies them.)
    if (folder && /output|save|export|upload/i.test(folder)) return undefined;
    // pathlib's `/` only onto a model's or checkpoint's path, a second model's file kept beside it (fish-speech's
    // `checkpoint_path / "codec.pth"`, as LocalAI's `os.path.join(model_path, "codec.pth")`): not onto a checkpoint's own
    // folder (litgpt's `checkpoint_dir / "lit_model.pth"`), a test's `tmp_path` or a folder saved to.
    if (folder && !/^(?:os\.path\.join|(?:pathlib\.)?Path)\(/.test(expression.trim()) && !MODEL_PATH_VARIABLE.test(folder)) return undefined;
    return { value: m[2]!, offset: at + expression.indexOf(expression.trim()) + m[0].lastIndexOf(m[1]! + m[2]!) + 1 };
  };
  const assigned = new Map<string, { expression: string; at: number }[]>();
  for (const m of assignments(text)) {
    const at = m.index + m[0].indexOf(m[2]!, m[0].indexOf('=') + 1);
    (assigned.get(m[1]!) ?? assigned.set(m[1]!, []).get(m[1]!)!).push({ expression: m[2]!, at });
    // A GGUF or llamafile (formats that hold nothing but a model) written with its folder is the model file whatever
    // the name it is kept under (`LLM_PATH: str = os.path.join(current_dir, "models/docsgpt-7b-f16.gguf")`).
    // A model-named URL constant ending in a weight file (`KOKORO_MODEL_URL = "https://github.com/.../kokoro-v1.0.onnx"`,
    // pipecat's Kokoro service, which downloads it on first use): that file is the model the code fetches and loads. A
    // Hub URL names its repo instead (hub-url reads it: oobabooga's Colab `model_url = "https://huggingface.co/.../x.gguf"`).
    // So is a detector's (`detector_url = '.../metrics/inception-2015-12-05.pt'`, `'.../i3d_torchscript.pt?dl=1'`: the
    // networks Data-Juicer's video metrics download and run, tools/mm_eval), a download's query after the file.
    // A weights URL held by a plain `url` (`url = ".../LAVIS/models/BLIP2/eva_vit_g.pth"` then `download_cached_file(url)`,
    // LAVIS's vision encoders copied into Vision-CAIR/MiniGPT-4), by a model-named parameter's default or a config's
    // default for a model-named key (`q_former_model="https://.../blip2_pretrained_flant5xxl.pth"`, `cfg.get("q_former_model",
    // "https://...pth")`): the file the code downloads and loads, as a model-named URL constant's.
    // (Not any URL constant: `DOCS_URL = ".../kokoro-v1.0.onnx"` links the file's page.)
    if ((/model|detector|weights?|checkpoint|ckpt/i.test(m[1]!) || /^url$/i.test(m[1]!)) && !notAModelName(m[1]!) && !/data/i.test(m[1]!)) {
      const expression = MODEL_KEY_DEFAULT.exec(m[2]!.trim())?.[3] ?? m[2]!.trim();
      const url = /^(['"])https?:\/\/[^'"\s]+\/([^/'"\s?#]+)(\?[^'"\s#]*)?\1$/.exec(expression);
      if (url && WEIGHTS_ONLY_FILE.test(url[2]!) && !CONVENTIONAL_WEIGHT_FILE.test(url[2]!) && !parseHubReference(url[0]))
        found.push({ value: url[2]!, offset: at + m[2]!.indexOf(url[0]) + url[0].length - 1 - (url[3]?.length ?? 0) - url[2]!.length });
    }
    const modelOnly = /\.(?:gguf|llamafile)['"]/i.test(m[2]!) && !/output|save|export|upload/i.test(m[1]!);
    // (`pretrained = './pretrained/intern_vit_6b_224px.pth'`: an mmseg/mmdet config's backbone weights, OpenGVLab/InternVL's
    // segmentation configs, given to `backbone=dict(pretrained=pretrained)`.)
    // (Or named for a LoRA's weights: `LORA_WEIGHT = "./test_lora_unet_clip_v1.2_0630/last-step00000400.ckpt"`, Tencent/
    // HunyuanDiT's kohya test scripts.)
    if ((modelOnly || /model|checkpoint|ckpt|^pretrained$|^lora_?weights?$/i.test(m[1]!)) && !notAModelName(m[1]!)) {
      // Such a file held alone by a constant or an option's default is the model by its own name too (`GGUF =
      // "z-image-turbo-Q4_K_M.gguf"`, `default = "..."` on its own line): the file the program loads. Not the name every
      // checkpoint takes (`model.gguf`), nor a loader's `model_file=` beside its Hub repo (a file inside that repo).
      const path = pathIn(m[2]!, at, !(modelOnly && BARE_GGUF_HOLDER.test(m[1]!)));
      // (Nor the reading offsets a pass over data keeps to resume, `checkpoint_file = os.path.join(working_directory,
      // "pile_offset.ckpt")` then `pickle.load(open(checkpoint_file, "rb"))`: EleutherAI/lm-evaluation-harness's
      // scripts/clean_training_data/generate_13_grams.py.)
      if (path && (/[\\/]/.test(path.value) || !CONVENTIONAL_WEIGHT_FILE.test(path.value)) && !RESUME_OFFSETS_FILE.test(path.value)) found.push(path);
    }
  }
  for (const m of text.matchAll(WEIGHT_SETTING)) {
    const [key, value] = m[1] ? [m[1], m[3]!] : [m[5]!, m[7]!];
    // (Given as an argument or a parameter's default: a constant assigned a bare file, `model_file = "lit_model.pth"`, is
    // the name every checkpoint's file takes, as above.)
    // A config object's attribute is a setting too (`t2v_14B.vae_checkpoint = 'Wan2.1_VAE.pth'`, an EasyDict of
    // Wan-Video/Wan2.1's wan/configs whose pipeline loads each file from the checkpoint folder).
    if (m[1] && !argumentAt(text, m.index) && !configAttributeAt(text, m.index)) continue;
    // (Nor the default of a function that writes a model: `def convert_to_pytorch(configs, network_file, model_dir,
    // model_name="convert.torch.pt")`, the file modelscope/FunASR's keyword-spotting converter writes.)
    if (m[1]) {
      const opening = callOpening(text, m.index);
      if (WRITING_FUNCTION.test(text.slice(Math.max(0, opening - 60), opening + 1))) continue;
    }
    // (Written with its folder too, `Audio2Feature(model_path="checkpoints/whisper/tiny.pt")`, bytedance/LatentSync: the file's
    // own name says whether it names a model.)
    const file = value.slice(value.lastIndexOf('/') + 1);
    if (NOT_WEIGHT_SETTING.test(key) || notAModelName(key) || CONVENTIONAL_WEIGHT_FILE.test(file) || RUN_WEIGHT_FILE.test(file)) continue;
    if (MODEL_NAMED_FILE.test(file.replace(/\.\w+$/, ''))) continue;
    const offset = m.index + m[0].length - value.length - 1;
    if (!found.some((f) => f.offset === offset)) found.push({ value, offset });
  }
  for (const m of text.matchAll(ONNX_OPTION_DEFAULT)) {
    const offset = m.index + m[0].length - m[3]!.length - 1;
    if (!found.some((f) => f.offset === offset)) found.push({ value: m[3]!, offset });
  }
  // `p.add_argument("--gguf", default = "z-image-turbo-Q4_K_M.gguf")`: an option's default GGUF is the file it loads.
  for (const m of text.matchAll(DEFAULT_GGUF)) {
    const offset = m.index + m[0].lastIndexOf(m[1]! + m[2]!) + 1;
    if (!CONVENTIONAL_WEIGHT_FILE.test(m[2]!) && !found.some((f) => f.offset === offset)) found.push({ value: m[2]!, offset });
  }
  // `os.path.join(weight_dir, "PP-FormulaNet_plus-M.pth")`, over lines: a weight file joined onto a folder named for
  // models or weights is the file the code loads from it.
  // A checkpoint folder too, through subfolders: `os.path.join(checkpoint, "lora", "cfg_step_lora.safetensors")`.
  // (A TensorRT engine joined onto the folder of engines it was built into: `os.path.join(trt_engine_dir, "dit.engine")`.)
  for (const m of text.matchAll(JOINED_WEIGHT))
    if (joinedWeightLoaded(text, m)) {
      found.push({ value: m[4]!, offset: m.index + m[0].indexOf(m[3]! + m[4]!) + 1 });
      if (m[6] && !CONVENTIONAL_WEIGHT_FILE.test(m[6]) && (!/\.bin$/i.test(m[6]) || COMPONENT_FOLDER.test(m[1]!)))
        found.push({ value: m[6], offset: m.index + m[0].lastIndexOf(m[5]! + m[6]) + 1 });
    }
  for (const m of text.matchAll(MODULE_FOLDER_WEIGHT))
    if (!CONVENTIONAL_WEIGHT_FILE.test(m[4]!) && !/\b(?:save|dump|write|export|upload)\w*\([^\n]*$/i.test(text.slice(Math.max(0, m.index - 120), m.index)))
      found.push({ value: m[4]!, offset: m.index + m[0].lastIndexOf(m[3]! + m[4]!) + 1 });
  // `{"name": "Gemma-2-9b", "file_name": "gemma-2-9b-it.Q4_K_M.llamafile", "url": ...}`: a file entry holding a
  // GGUF or llamafile (formats that hold nothing but a model) names the model file.
  for (const m of text.matchAll(FILE_ENTRY)) found.push({ value: m[3]!, offset: m.index + m[0].lastIndexOf(m[2]! + m[3]!) + 1 });
  // A download entry's `'path'` beside its `'url'` (`'sources': {'scrfd': {'url': resolve_download_url('models-3.0.0',
  // 'scrfd_2.5g.onnx'), 'path': resolve_relative_path('../.assets/models/scrfd_2.5g.onnx')}}`, facefusion's model sets):
  // where the code keeps the weights file it downloads, then loads; a path with its folder, through a one-argument helper too.
  if (/(['"])url\1\s*:/.test(text))
    for (const m of text.matchAll(DOWNLOAD_ENTRY_PATH)) {
      // (The entry's own braces, looked for within 400 characters either side: no scan of the whole text per entry.)
      const before = text.slice(Math.max(0, m.index - 400), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 400);
      const open = before.lastIndexOf('{');
      const close = after.indexOf('}');
      if (open < 0 || close < 0) continue;
      if (!/(['"])url\1\s*:/.test(before.slice(open) + after.slice(0, close))) continue;
      const path = pathIn(m[2]!, m.index + m[0].length - m[2]!.length, true);
      if (path && !found.some((f) => f.offset === path.offset)) found.push(path);
    }
  // A weight file the package ships, opened through importlib.resources (`files(pkg).joinpath(model_name)`,
  // `resources.path(pkg, model_name)` with `model_name = "silero_vad.onnx"`, or the literal itself: `files(pkg) /
  // "silero_vad.onnx"`): the code loads what it ships (pipecat's Silero VAD and smart-turn v3, livekit's Silero plugin).
  if (mayHold(text, 'files(', 'resources.path(') && /\bfiles\(|resources\.path\(/.test(text) && LOADED_WEIGHT_QUOTED.test(text)) {
    for (const m of text.matchAll(PACKAGED_WEIGHT)) {
      const literal = m[2] ?? m[4];
      if (literal !== undefined) {
        if (WEIGHTS_ONLY_FILE.test(literal) && !/[\\/*{}]/.test(literal) && !CONVENTIONAL_WEIGHT_FILE.test(literal))
          found.push({ value: literal, offset: m.index + m[0].lastIndexOf(literal) });
        continue;
      }
      const name = m[5] ?? m[6]!;
      for (const a of (assigned.get(name) ?? []).filter((x) => x.at < m.index).slice(-1)) {
        const held = /^(['"])([^'"\n\\/*{}]+)\1$/.exec(a.expression.trim());
        if (held && WEIGHTS_ONLY_FILE.test(held[2]!) && !CONVENTIONAL_WEIGHT_FILE.test(held[2]!) && !found.some((f) => f.offset === a.at + 1))
          found.push({ value: held[2]!, offset: a.at + a.expression.indexOf(held[0]) + 1 });
      }
    }
  }
  const loads = [
    // (safetensors' `load_file("/mnt/Train/out/ip_adapter/sd15_bigG/sd15_bigG_000266000.safetensors")`, ostris/ai-toolkit's
    // scripts, reads a state dict: a bare conventional name there names no model, as torch.load's.)
    ...[...text.matchAll(INFERENCE_LOAD)].map((m) => ({ m, arg: m[1]!, stateDict: m[0].startsWith('load_file') })),
    ...[...text.matchAll(STATE_DICT_LOAD)].filter((m) => !NOT_A_NETWORK.test(m[1]!)).map((m) => ({ m, arg: m[2]!, stateDict: true })),
    ...twoStepStateDicts(text).map((m) => ({ m, arg: m[2]!, stateDict: true, twoStep: true })),
  ];
  for (const { m, arg: written, stateDict, twoStep } of loads as { m: RegExpExecArray; arg: string; stateDict: boolean; twoStep?: boolean }[]) {
    const arg = written.trim();
    // (A file safetensors opens under a folder named for saving is what the code wrote, read back to check it:
    // `safe_open("grpo_saved_lora/adapter_model.safetensors")`, datawhalechina/self-llm's GRPO notebook.)
    if (m[0].startsWith('safe_open') && /sav(?:e|ed)|output|export/i.test(arg)) continue;
    // (A state dict's bare file named for a run's moment or a tool's convention, `best.pt`, `pytorch_model.bin`, names no model.)
    // (safetensors' `load_file` given a bare name joined onto a folder variable, `load_file(os.path.join(load_dir,
    // "ema.safetensors"))`, reads one part of a checkpoint (EMA, master weights, a LoRA's experts): a path written names the
    // file loaded; the join rules above read a folder named for models.)
    const bareLoadFile = m[0].startsWith('load_file');
    // (In two steps, a run's own checkpoint reloaded to resume, `ckpt = torch.load(os.path.join(out_dir, "ckpt_latest.pth"))`,
    // or a file kept among a run's outputs names no model, with its folder or without.)
    const runFile = (value: string) => {
      const file = value.slice(Math.max(value.lastIndexOf('/'), value.lastIndexOf('\\')) + 1);
      return RUN_WEIGHT_FILE.test(file) || CONVENTIONAL_WEIGHT_FILE.test(file) || NOT_WEIGHTS_STATE.test(file) || /output|save|resume/i.test(value);
    };
    const named = (path: { value: string; offset: number } | undefined) =>
      path &&
      !(stateDict && !/[\\/]/.test(path.value) && (bareLoadFile || RUN_WEIGHT_FILE.test(path.value) || CONVENTIONAL_WEIGHT_FILE.test(path.value))) &&
      !(twoStep && runFile(path.value))
        ? path
        : undefined;
    const direct = named(pathIn(arg, m.index + m[0].lastIndexOf(arg), false));
    if (direct) found.push(direct);
    // A variable assigned before the call: the last assignment above it.
    else if (/^[A-Za-z_]\w*$/.test(arg))
      for (const a of (assigned.get(arg) ?? []).filter((x) => x.at < m.index).slice(-1)) {
        const path = named(pathIn(a.expression, a.at, false));
        if (path && !found.some((f) => f.offset === path.offset)) found.push(path);
      }
  }
  // (A file the script writes and loads back to check it, `save_file(sd, "models/x/transformer.safetensors")` then
  // `model_pool.auto_load_model("models/x/transformer.safetensors")`, modelscope/DiffSynth-Studio's repackaging scripts: its output.)
  // (Found when a candidate first asks: most texts reach no such test, and WRITTEN_FILE, opening with a word, is tried at
  // every word of the text.)
  let writtenFiles: Set<string> | undefined;
  const written = { has: (file: string) => (writtenFiles ??= new Set([...text.matchAll(WRITTEN_FILE)].map((w) => w[2]!))).has(file) };
  // diffusers' single-file idiom: a loader given a weights file's folder and, as `weight_name=`, its base name
  // (`pipe.load_lora_weights(os.path.dirname(lora_path), weight_name=os.path.basename(lora_path))`, TencentARC/PhotoMaker's
  // `load_photomaker_adapter(os.path.dirname(PHOTOMAKER_PATH), weight_name=os.path.basename(PHOTOMAKER_PATH))`, which
  // diffusers' loaders take as `pretrained_model_name_or_path, weight_name=`): the file the variable holds is the model.
  if (text.includes('weight_name'))
    for (const m of text.matchAll(SPLIT_WEIGHT_FILE)) {
      const held = (assigned.get(m[1]!) ?? []).filter((x) => x.at < m.index).at(-1);
      const literal = held && /^(['"])([^'"\n]+)\1$/.exec(held.expression.trim());
      if (!held || !literal || !/[\\/]/.test(literal[2]!) || !SPLIT_WEIGHT_EXTENSION.test(literal[2]!) || written.has(literal[2]!)) continue;
      const offset = held.at + held.expression.indexOf(literal[0]) + 1;
      if (!found.some((f) => f.offset === offset)) found.push({ value: literal[2]!, offset });
    }
  // A weights file (with its folder) given as a positional argument to a class it builds or to a call named for loading
  // or building a model: `DNSMOSComputer("baselines/dnsmos/sig_bak_ovr.onnx", "baselines/dnsmos/model_v8.onnx", ...)`,
  // `init_model("wavlm_large", "D:/wavlm_large_finetune.pth")` (Plachtaa/seed-vc's eval.py): the object loads it.
  for (const m of text.matchAll(WEIGHTS_BUILD_CALL)) {
    // (A class: capitalised with a lower-case letter, not a constant's macro, `DOWNLOAD_TO_CACHE(...)`, nor pathlib's `Path`.)
    if (!/^[A-Z](?=\w*[a-z])/.test(m[1]!) && !WEIGHTS_BUILD_NAME.test(m[1]!)) continue;
    if (NOT_A_LOADER.test(m[1]!) || /^(?:Pure|Posix|Windows)?Path$/.test(m[1]!)) continue;
    const open = m.index + m[0].length - 1;
    const close = closingBracket(text, open);
    if (close < 0 || close - open > 2_000) continue;
    const args = text.slice(open + 1, close);
    for (const a of args.matchAll(/(?:^|,)\s*(['"])([^'"\n]+)\1\s*(?=,|$)/g)) {
      // (The call's own arguments, not a literal inside a tuple or a nested call among them.)
      if (depthChange(args.slice(0, a.index)) !== 0) continue;
      const value = a[2]!;
      const file = value.slice(Math.max(value.lastIndexOf('/'), value.lastIndexOf('\\')) + 1);
      if (!/[\\/]/.test(value) || !WEIGHTS_ONLY_FILE.test(file) || /[*{}$]|:\/\//.test(value) || written.has(value)) continue;
      if (NOT_WEIGHTS_STATE.test(file) || RUN_WEIGHT_FILE.test(file) || CONVENTIONAL_WEIGHT_FILE.test(file)) continue;
      const offset = open + 1 + a.index + a[0].indexOf(a[1]! + value) + 1;
      if (!found.some((f) => f.offset === offset)) found.push({ value, offset });
    }
  }
  for (const m of [...text.matchAll(TORCH_LOAD), ...text.matchAll(WEIGHTS_LOAD_CALL)]) {
    if (m.length > 2 && !WEIGHTS_LOAD_NAME.test(m[1]!)) continue;
    const arg = m.at(-1)!.trim();
    const held = /^[A-Za-z_]\w*$/.test(arg) ? (assigned.get(arg) ?? []).filter((x) => x.at < m.index).at(-1) : undefined;
    // (A call's argument is read ahead of its match, WEIGHTS_LOAD_CALL; torch.load's is inside it.)
    const argAt = m.length > 2 ? text.indexOf(m.at(-1)!, m.index + m[0].length) : m.index + m[0].lastIndexOf(m.at(-1)!);
    const [expression, at] = held ? [held.expression, held.at] : [m.at(-1)!, argAt];
    // (An f-string with nothing to interpolate is its literal: `f'./checkpoints/ip-adapter.bin'`.)
    const literal = /^[fF]?(['"])([^'"\n]+)\1$/.exec(expression.trim());
    if (!literal || (literal[0][0] !== literal[1] && /[{}]/.test(literal[2]!)) || !IN_WEIGHTS_FOLDER.test(literal[2]!) || written.has(literal[2]!)) continue;
    // (`.model`, SyncNet's `syncnet_v2.model`, only given to a call named for loading weights: a tokenizer's `spm.model` is none.)
    if (/\.model$/i.test(literal[2]!) && (m.length <= 2 || /tokeni|spm|sentencepiece|vocab/i.test(literal[2]!))) continue;
    const file = literal[2]!.slice(literal[2]!.lastIndexOf('/') + 1);
    // (Nor the name a tool gives every checkpoint's weights, litgpt's `checkpoints/<org>/<name>/lit_model.pth`: its folder is the model.)
    if (NOT_WEIGHTS_STATE.test(file) || RUN_WEIGHT_FILE.test(file) || CONVENTIONAL_WEIGHT_FILE.test(file) || MODEL_NAMED_FILE.test(file.replace(/\.\w+$/, '')))
      continue;
    const offset = at + expression.indexOf(literal[0]) + literal[0].indexOf(literal[1]!) + 1;
    if (!found.some((f) => f.offset === offset)) found.push({ value: literal[2]!, offset });
  }
  return found;
}

/**
 * `torch.load(<path>)` of a file kept in a folder of weights, the path written there or held by a variable assigned above
 * (bytedance/LatentSync's S3FD `state_dict = torch.load(PATH_WEIGHT, ...)` with `PATH_WEIGHT =
 * "checkpoints/auxiliary/sfd_face.pth"`, its HyperIQA `torch.load("checkpoints/auxiliary/koniq_pretrained.pkl")`): the
 * weights the code loads, whatever it does with them next; a pickle too, which is how such a network's weights are often
 * kept. Not a file named for a trainer's state or data (`optimizer.pt`, `features.pt`, `mel_cache.pt`), nor a run's
 * moment (`checkpoints/best.pt`).
 */
const TORCH_LOAD = /\btorch\.load\(\s*(?:f\s*=\s*)?([^,()\n]+)/g;
const IN_WEIGHTS_FOLDER =
  /^(?:\.{1,2}\/)*(?:[\w.-]+\/)*(?:checkpoints?|ckpts?|weights|pretrained(?:_models)?|models)\/(?:[\w.-]+\/)*[\w.+-]+\.(?:pth|pt|ckpt|safetensors|bin|pkl|onnx|model)$/i;
/**
 * Replicate's CDN for model weights pushed for Cog predictors, which its `pget` downloads (https://github.com/replicate/pget,
 * https://replicate.com/docs/guides/push-a-model): group 2 is the URL.
 */
// (A file, its name after the last `/` with an extension: not the bare CDN root a predictor joins names onto, `REPLICATE_WEIGHTS_URL =
// "https://weights.replicate.delivery/default"` (haotian-liu/LLaVA, netease-youdao/EmotiVoice), nor an f-string's template.)
const REPLICATE_WEIGHTS_URL = /(['"])(https?:\/\/weights\.replicate\.delivery\/[^'"\s{}]*\/[^'"\s{}/]+\.\w+)\1/g;
/**
 * A model's folder joined under a generic weights root, both held by names given literals (`def __init__(self,
 * ckpt_root='./checkpoints', dit_exp_name='diffusion_transformer', ...)` then `os.path.join(ckpt_root, dit_exp_name)`,
 * bytedance/MegaTTS3's infer_cli.py, each part loaded by `load_ckpt`): that folder, in a file that loads a model. Not a
 * file (`config.yaml`), nor a root named for no weights.
 */
function joinedWeightFolders(text: string): { value: string; offset: number }[] {
  const found: { value: string; offset: number }[] = [];
  if (!text.includes('os.path.join(') || !/\b(?:from_pretrained|load_ckpt|load_checkpoint|load_state_dict|torch\.load)\(/.test(text)) return found;
  const joins = [...text.matchAll(JOINED_NAMES)];
  if (!joins.length) return found;
  const assigned = new Map<string, { expression: string; at: number }[]>();
  for (const m of assignments(text)) {
    const at = m.index + m[0].indexOf(m[2]!, m[0].indexOf('=') + 1);
    (assigned.get(m[1]!) ?? assigned.set(m[1]!, []).get(m[1]!)!).push({ expression: m[2]!, at });
  }
  for (const m of joins) {
    // (The last literal given before the join: `self.dit_exp_name = os.path.join(...)` reassigns the name after it.)
    const literalOf = (name: string) => {
      for (const held of (assigned.get(name) ?? []).filter((x) => x.at < m.index).reverse()) {
        const literal = /^(['"])([^'"\n]+)\1$/.exec(held.expression.trim());
        if (literal) return { value: literal[2]!, offset: held.at + held.expression.indexOf(literal[0]) + 1 };
      }
      return undefined;
    };
    const root = literalOf(m[1]!);
    const part = literalOf(m[2]!);
    if (!root || !part || !GENERIC_WEIGHTS_ROOT.test(root.value) || !/^[A-Za-z][\w-]*$/.test(part.value) || /out|save|log|result|cache/i.test(m[2]!)) continue;
    if (!found.some((f) => f.offset === part.offset)) found.push({ value: `${root.value.replace(/\/+$/, '')}/${part.value}`, offset: part.offset });
  }
  return found;
}

/** `os.path.join(<root>, <name>)`, two names only. */
const JOINED_NAMES = /\bos\.path\.join\(\s*([A-Za-z_]\w*)\s*,\s*([A-Za-z_]\w*)\s*\)/g;
/** A folder of weights named for no model: `./checkpoints`, `ckpts`, `weights/`, `pretrained_models`. */
const GENERIC_WEIGHTS_ROOT = /^(?:\.\/)?(?:checkpoints?|ckpts?|weights|pretrained_models)\/?$/i;
/** `(os.path.dirname(<var>), ..., weight_name=os.path.basename(<var>)`: one file handed to a loader as its folder and name. */
const SPLIT_WEIGHT_FILE = /\(\s*os\.path\.dirname\(\s*([A-Za-z_]\w*)\s*\)\s*,[^()]{0,200}?\bweight_name\s*=\s*os\.path\.basename\(\s*\1\s*\)/g;
const SPLIT_WEIGHT_EXTENSION = /\.(?:safetensors|bin|pth?|ckpt)$/i;
/** A file a call named for writing is given (`save_file(sd, "x.safetensors")`, `torch.save(state, "x.pt")`). */
const WRITTEN_FILE = /\b\w*(?:save|dump|write|export)\w*\([^\n]*?(['"])([^'"\n]+)\1/gi;
/**
 * Such a file given to a call named for loading or fetching weights (`check_model_and_download("checkpoints/auxiliary/
 * sfd_face.pth")`, `syncnet.loadParameters("checkpoints/auxiliary/syncnet_v2.model")`, bytedance/LatentSync's data
 * pipeline), or a variable holding it (`i3d_path = "checkpoints/auxiliary/i3d_torchscript.pt"` then
 * `check_model_and_download(i3d_path)`).
 */
/** What a line holds before a call whose result is a dataset: `dataset = `, `train_ds = `, `data = fouh.`. */
/**
 * A keyword's call (its text from the `(` callOpening found) is a dataset's class (`LeRobotDataset(`,
 * `LeRobotDatasetMetadata(`, `StreamingLeRobotDataset(`) or is given a dataset first (`delete_episodes(dataset, `).
 */
function datasetStatement(text: string, statement: string, open: number): boolean {
  if (!statement.startsWith('(')) return false;
  if (/^\(\s*\w*dataset\w*\s*[,)]/i.test(statement)) return true;
  const callee = open > 0 ? /(\w+)\s*$/.exec(text.slice(Math.max(0, open - 80), open))?.[1] : undefined;
  return !!callee && /^[A-Z]\w*Dataset(?:Metadata)?$/.test(callee);
}
/** A call to a dataset's class, or one whose first argument is a dataset (`delete_episodes(dataset, ...)`). */
function isDatasetCall(name: string, args: readonly { name?: string; text: string }[]): boolean {
  if (/^[A-Z]\w*Dataset(?:Metadata)?$/.test(name)) return true;
  const first = args[0];
  return !!first && !first.name && /^\w*dataset\w*$/i.test(first.text.trim()) && args.some((a) => a.name && /repo_id$/.test(a.name));
}
/** The `repo_id` variables a file hands a dataset's class (`LeRobotDataset(repo_id)`, `LeRobotDatasetMetadata(repo_id=repo_id)`). */
function datasetRepoVariables(text: string): Set<string> {
  const names = new Set<string>();
  if (!text.includes('Dataset')) return names;
  for (const m of text.matchAll(/\b[A-Z]\w*Dataset(?:Metadata)?\(\s*(?:repo_id\s*=\s*)?(\w*repo_id)\b/g)) names.add(m[1]!);
  return names;
}
/** A model-named variable or attribute compared whole (`==`, `!=`) with a string (MODEL_COMPARED_WITH_ID's readers take `org/name` ids). */
// (Named for a model, a checkpoint or a repo's id: not any repo, `pkg.scorecard_repo == "expressjs/express"` is GitHub's,
// `resolved.path_in_repo == "pr/10"` a path in one: msaad00/agent-bom's and huggingface_hub's tests.)
const MODEL_COMPARED_WITH_ID = /\b(\w*(?:model|checkpoint|repo_id)\w*)[ \t]*[=!]=[ \t]*(['"])([^'"\n]+)\2/g;
/**
 * A dict entry keyed by an `org/name` string whose own dict opens (on its line or the next) with the loaded model or a
 * part of its pipeline (`"model"`, `"processor"`, `"tokenizer"`, `"feature_extractor"`, a ControlNet's `"control"`).
 */
export const HUB_KEYED_ENTRY =
  /^[ \t]*(['"])([A-Za-z0-9][\w.-]*\/[\w.-]*\w)\1[ \t]*:[ \t]*\{[ \t]*(?:#[^\n]*)?\r?\n?[ \t]*(['"])(?:model|processor|tokenizer|feature_extractor|pipeline|pipe|control|controlnet)\3[ \t]*:/gm;
/** HUB_KEYED_ENTRY's matches, as its global search finds them: from the starts of the lines holding `{`. */
export const hubKeyedEntries = (text: string): Iterable<RegExpExecArray> => matchesFromLineStartsWith(text, '{', HUB_KEYED_ENTRY);
const DATASET_ASSIGNED = /\b\w*(?:dataset|data|_ds|^ds)\w*\s*=\s*[\w.]*$/i;
/** `from_pretrained(args.x`, `model_name_or_path=args.x`: the attribute a model is loaded from, by keyword or load call. */
const LOADED_FROM_ATTRIBUTE = /\b(?:from_pretrained\(\s*|(?:pretrained_)?model_name_or_path\s*=\s*)\w+\.(\w+)\b/g;
/**
 * An agent built around a model, not a model (`llm_agent = LLMAgent(opt.env, ..., llm=opt.llm)`, the RCI agent of
 * THUDM/AgentTuning's MiniWoB++ harness, whose first argument is the task environment).
 */
const AGENT_BUILT = /^[ \t]*(?:self\.)?\w*agent\w*[ \t]*=/i;
/** A model-named variable built from an attribute (`m = MacBertCorrector(args.output_dir)`): the callee and the attribute. */
const BUILT_FROM_ATTRIBUTE = new RegExp(`${MODEL_VARIABLE_BUILT.source}([A-Za-z_][\\w.]*)\\(\\s*\\w+\\.(\\w+)\\s*[,)]`, 'gim');
/**
 * The attributes of an options object (`args.output_dir`) the file loads a model from (LOADED_FROM_ATTRIBUTE), or builds a
 * model-named variable from, as modelsBuiltFromIds reads one built from an id (BUILT_FROM_ATTRIBUTE; not through a call
 * that takes a path or a name of something else, NOT_A_LOADER).
 */
function attributesLoadedAsModels(text: string): Set<string> {
  const found = new Set<string>();
  if (!text.includes('(')) return found;
  for (const m of text.matchAll(LOADED_FROM_ATTRIBUTE)) found.add(m[1]!);
  for (const m of text.matchAll(BUILT_FROM_ATTRIBUTE))
    if (!NOT_A_LOADER.test(m[1]!.slice(m[1]!.lastIndexOf('.') + 1)) && !AGENT_BUILT.test(m[0])) found.add(m[2]!);
  return found;
}
/** A quoted KenLM model file or its URL: `'zh_giga.no_cna_cmn.prune01244.klm'`, `'https://.../people_chars_lm.klm'`. */
const KENLM_FILE = /(['"])((?:[\w.:~-]*\/)*[\w.-]+\.(?:klm|arpa))\1/g;
// (The first argument read ahead, not consumed, so a load nested in another call's argument is read too:
// `model.load_state_dict(load_state_dict('./models/control_sd15_canny.pth', location='cuda'))`.)
const WEIGHTS_LOAD_CALL = /(?<![\w.])(?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*)\((?=\s*([^,()\n]+))/g;
// (An adapter's loader too: InstantID's `pipe.load_ip_adapter_instantid(face_adapter)` with `face_adapter =
// f'./checkpoints/ip-adapter.bin'`, PEFT's `load_adapter`.)
/** A call whose positional literals may be weights files it loads (read by name: a class, or WEIGHTS_BUILD_NAME). */
const WEIGHTS_BUILD_CALL = /(?<![\w.])(?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*)\(/g;
const WEIGHTS_BUILD_NAME = /^(?:init|load|build|create)_?\w*model$/i;
// (A state dict read from a file by a helper named for it too: `load_state_dict('./models/control_sd15_canny.pth',
// location='cuda')`, lllyasviel/ControlNet's cldm.model helper copied by its forks, timm's `load_state_dict(checkpoint_path)`;
// torch's own `module.load_state_dict(sd)` takes a dict, never a path, so no literal file reaches it.)
const WEIGHTS_LOAD_NAME =
  /^(?:\w*(?:load|download|fetch)\w*(?:model|checkpoint|ckpt|weight|param|adapter|state_dict)\w*|\w*(?:model|checkpoint|ckpt|weight|param|adapter)\w*(?:load|download|fetch)\w*)$/i;
/** A file named for reading offsets (`bucket_offsets.ckpt`, `pile_offset.ckpt`): where a pass over data resumes, no weights. */
const RESUME_OFFSETS_FILE = /(?:^|[\\/_.-])offsets?\.\w+$/i;
const NOT_WEIGHTS_STATE = /optim|sched|rng|trainer|state|data|feature|embed|latent|cache|mel|stat|index|vocab|label|result|log/i;

/**
 * The Hub id a model-named value holds, unless it is a LiteLLM-style provider prefix before that provider's own
 * name (`deepseek/deepseek-reasoner`, `openai/gpt-4o-mini` in a list of models: the API's model, which model-names
 * reports); an organisation publishing on the Hub under that name keeps its ids there (`openai/gpt-oss-20b`).
 */
function hubIdOf(value: string): ReturnType<typeof parseHubReference> {
  if (hostedRoute(value)) return undefined;
  const parsed = parseHubReference(value);
  if (parsed || !value.includes('models--')) return parsed;
  // A folder of the Hugging Face cache names its repo (`.../hf_hub/models--mistralai--Mistral-7B-v0.1/snapshots/<sha>`,
  // InternLM/xtuner's mistral_7b_w_untokenized_dataset.py:36), pinned to the snapshot it names.
  const cached = modelFromPath(value);
  return cached?.source === 'huggingface' ? { id: cached.id, ...(cached.revision ? { revision: cached.revision } : {}) } : undefined;
}

/** `from modelscope.hub.snapshot_download import snapshot_download as ms_download` at a line's start (atLineStarts). */
export const FROM_IMPORT = /[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(?:\(([\w\s,]+)\)|([\w \t,]+))/y;
/** `import dashscope`, `import openai as oai` at a line's start (atLineStarts). */
export const PLAIN_IMPORT = /[ \t]*import\s+([\w.]+)(?:\s+as\s+(\w+))?/y;

/**
 * The matches `exec` finds in a loop with `^[ \t]*<word>...` and the g and m flags, each search going on after the
 * last match: `sticky` is the same pattern without its `^` (flag y), tried only at the line starts (where `^` matches
 * with the m flag) whose `[ \t]*` runs into an occurrence of `word`, not at every position of the text.
 */
export function* atLineStarts(text: string, word: string, sticky: RegExp): Generator<RegExpExecArray> {
  let from = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    let p = i;
    while (p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
    if (p < from || (p > 0 && !isLineBreakCode(text.charCodeAt(p - 1)))) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (!m) continue;
    yield m;
    from = m.index + m[0].length;
  }
}

/** Local name -> its module and its name there: `from modelscope import snapshot_download as dl`, `import dashscope as ds`. */
function importedSymbols(text: string): Map<string, { module: string; name: string }> {
  const names = new Map<string, { module: string; name: string }>();
  // "from modelscope.hub.snapshot_download import snapshot_download as ms_download"
  for (const m of atLineStarts(text, 'from', FROM_IMPORT)) {
    for (const item of (m[2] ?? m[3]!).split(',')) {
      const [name, alias] = item.trim().split(/\s+as\s+/);
      if (name && /^\w+$/.test(name)) names.set(alias?.trim() || name, { module: m[1]!, name });
    }
  }
  // "import dashscope", "import openai as oai"
  for (const m of atLineStarts(text, 'import', PLAIN_IMPORT)) names.set(m[2] ?? m[1]!.split('.')[0]!, { module: m[1]!, name: m[1]! });
  return names;
}

interface HostedModel {
  model: Argument;
  provider: ProviderMatch;
}

/**
 * Hosted API models: clients built with a base URL or from a provider SDK (`OpenAI(base_url=...)`,
 * `ZhipuAI()`, `Ark()`), the `model=` of their calls, and SDK entry points called statically
 * (`dashscope.Generation.call(model=...)`). The client's variable ties a call to its provider.
 */
function hostedApiClients(text: string, imports: Map<string, string>, valueOf: (arg: Argument) => string | undefined): { models: HostedModel[] } {
  const models: HostedModel[] = [];
  const clients = new Map<string, ProviderMatch>();
  const sdkProvider = (callee: string): ProviderMatch | undefined => {
    const parts = callee.split('.');
    const module = imports.get(parts[0]!);
    const className = parts.find((p) => /^[A-Z]/.test(p)) ?? '';
    if (parts.length === 1) return module ? providerForClient(className, module) : undefined;
    // `dashscope.Generation.call`, `qianfan.ChatCompletion`: a provider module, then its class.
    const viaModule = module ? providerForModule(module) : providerForModule(parts[0]!);
    return viaModule && className && providerForClient(className, module ?? parts[0]) ? viaModule : undefined;
  };
  const modelOf = (call: Call) =>
    call.args.find(
      (a) =>
        a.name === 'model' || a.name === 'model_name' || (a.name === 'model_id' && MODEL_ID_CLIENTS.has(call.callee.slice(call.callee.lastIndexOf('.') + 1))),
    );
  const wanted = (name: string, callee: string) =>
    OPENAI_CLIENTS.has(name) ||
    CLIENT_METHOD.test(callee) ||
    /\.(call|do)$/.test(callee) ||
    (/^[A-Z]/.test(name) && !!sdkProvider(callee)) ||
    !!outlinesProvider(name, callee, imports);
  for (const call of findCalls(text, wanted)) {
    const name = call.callee.slice(call.callee.lastIndexOf('.') + 1);
    let provider: ProviderMatch | undefined;
    const outlines = outlinesProvider(name, call.callee, imports);
    if (outlines) {
      // The client first, the model second (or `model_name=`); a model left out is given per call. A client this file
      // built says the provider (`openai.OpenAI(base_url=...)` handed to `from_openai` is that endpoint's).
      const [client, second] = call.args.filter((a) => !a.name);
      const model = modelOf(call) ?? second;
      const value = model && valueOf(model);
      if (value && !isStandInName(value)) models.push({ model: model!, provider: (client && clients.get(lastSegment(client.text.trim()))) ?? outlines });
      continue;
    }
    if (/^[A-Z]/.test(name)) {
      const baseUrl = call.args.find((a) => a.name && BASE_URL_KEYWORDS.has(a.name));
      const url = baseUrl && valueOf(baseUrl);
      provider = url ? providerForUrl(url) : (sdkProvider(call.callee) ?? (OPENAI_CLIENTS.has(name) ? OPENAI : undefined));
      if (!provider) continue;
      const target = /([\w.]+)\s*=\s*(?:await\s+)?$/.exec(text.slice(Math.max(0, call.offset - 80), call.offset));
      if (target) clients.set(lastSegment(target[1]!), provider);
    } else {
      const receiver = CLIENT_METHOD.exec(call.callee)?.[1] ?? call.callee.slice(0, call.callee.lastIndexOf('.'));
      provider = clients.get(lastSegment(receiver.replace(/\(\)$/, ''))) ?? sdkProvider(call.callee);
      // `ZhipuAI(api_key=k).chat.completions.create(...)` or a module-level `openai.chat.completions.create`.
      if (!provider && CLIENT_METHOD.test(call.callee) && imports.get(receiver) === 'openai') provider = OPENAI;
      if (!provider) continue;
    }
    const model = modelOf(call);
    if (model) models.push({ model, provider });
  }
  return { models };
}

/**
 * Outlines' model factories and classes take the provider's SDK client first and the model second, named for the
 * provider (`outlines.from_dottxt(client, "dottxt/dottxt-v1-alpha")`, `from_ollama(ollama.Client(), "tinyllama")`,
 * `Ollama(Client(), MODEL_NAME)` from `outlines.models.ollama`; https://dottxt-ai.github.io/outlines/latest/features/models/):
 * the hosted provider (or Ollama) that name says, when the call comes from outlines. Servers named by their program
 * (`from_vllm`, `from_sglang`) and in-process backends (`from_transformers`, `from_llamacpp`) are read where the name is.
 */
function outlinesProvider(name: string, callee: string, imports: Map<string, string>): ProviderMatch | undefined {
  const backend = /^from_([a-z]\w*)$/.exec(name)?.[1] ?? /^(?:Async)?([A-Z][a-z]\w*)$/.exec(name)?.[1]?.toLowerCase();
  if (!backend) return undefined;
  const module = imports.get(callee.split('.')[0]!) ?? '';
  if (module !== 'outlines' && !module.startsWith('outlines.')) return undefined;
  return backend === 'ollama' ? OLLAMA_SERVER : providerById(backend);
}

/**
 * `class X(Base):` with its bases on its line. Every match starts at a line's start and holds `class` before any line
 * break: tried at the starts of the lines holding `class` only (matchesFromLineStartsWith), not at every position.
 */
export const CLASS_WITH_BASES = /^[ \t]*class[ \t]+(\w+)[ \t]*\(([^()\n]*)\)/gm;
/** `class X(Base):` -> X -> Base's last name, for each class of the text with a base `wanted` takes (one pass over the text). */
function subclassesOf(text: string, wanted: (base: string) => boolean): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of matchesFromLineStartsWith(text, 'class', CLASS_WITH_BASES)) {
    const base = m[2]!
      .split(',')
      .map((b) => lastSegment(b.trim()))
      .find(wanted);
    if (base) found.set(m[1]!, base);
  }
  return found;
}

function lastSegment(dotted: string): string {
  return dotted.slice(dotted.lastIndexOf('.') + 1);
}

function literalsIn(arg: Argument): Argument[] {
  const found: Argument[] = [];
  const string = /(['"])([^'"\n]+)\1/g;
  for (let m = string.exec(arg.text); m; m = string.exec(arg.text))
    found.push({ text: m[0], offset: arg.offset + m.index, literal: m[2]!, literalOffset: arg.offset + m.index + 1 });
  return found;
}

type Constants = Map<string, { value: string; offset: number }>;

/**
 * The pin a settings module writes beside its model (Modal's examples): MODEL_NAME with
 * MODEL_REVISION, BASE_MODEL_ID with BASE_MODEL_REVISION. A branch name pins nothing.
 */
function revisionBeside(name: string, constants: Constants): string | undefined {
  const stem = name.replace(/_(name|id|repo|repo_id|path)$/i, '');
  const wanted = new Set([`${stem}_revision`, `${stem}_rev`, `${stem}_commit`].map((n) => n.toLowerCase()));
  const revision = [...constants].find(([other]) => wanted.has(other.toLowerCase()))?.[1].value;
  return revision && !/^(main|master|HEAD)$/.test(revision) ? revision : undefined;
}

/** Programs whose command lines Python code spells out to run them (`sys.argv = ['vllm', 'serve', ...]`, `subprocess.run([...])`). */
const CLI_PROGRAM = new RegExp(`^(${programAlternation([...MODEL_PROGRAMS, ...LAUNCHER_PROGRAMS])})$`);
/** Calls that run a command given as one string: `subprocess.run("ollama pull llama3", shell=True)`, `os.system(...)`. */
const RUN_CALLS = /^(?:subprocess\.)?(run|Popen|call|check_call|check_output|getoutput)$|^os\.(system|popen)$/;

/**
 * Models in command lines the code runs: a list of strings and constants starting with a known
 * program (`["vllm", "serve", MODEL_NAME, "--revision", MODEL_REVISION]`), or a command string given
 * to subprocess / os.system. Constants resolve to where they are written; other items match nothing.
 */
function commandLineModels(text: string, constants: Constants) {
  const commands: Token[][] = [];
  const list = /\[\s*(['"])([\w.-]+)\1\s*,/g;
  for (let m = list.exec(text); m; m = list.exec(text)) {
    if (!CLI_PROGRAM.test(m[2]!)) continue;
    const items = listItems(text, m.index);
    if (items) commands.push(items.map((item) => commandWord(item, constants)));
  }
  for (const call of findCalls(text, (_, callee) => RUN_CALLS.test(callee))) {
    const first = call.args[0];
    if (first?.literal !== undefined && !/^[rR]?[fF]/.test(first.text) && CLI_PROGRAM.test(first.literal.trim().split(/\s+/)[0] ?? ''))
      commands.push(tokenize(first.literal, first.literalOffset!));
  }
  // `arguments = """- --embedder_name_or_path BAAI/bge-base-en-v1.5 ..."""` then `sys.argv = arguments.split()`: a
  // program's arguments written as one string (a notebook running a CLI's main in its kernel), one word list.
  if (holds(text, 'sys.argv')) {
    for (const m of text.matchAll(ARGV_STRING)) {
      const body = m[2] ?? m[3]!;
      if (!new RegExp(String.raw`\bsys\.argv\s*=\s*${m[1]}\.(?:replace\([^()\n]*\)\.)?split\(`).test(text)) continue;
      // The lines are one list of words (`.split()`): a line break separates words, it does not end a command.
      commands.push(
        tokenize(
          body.replace(/\\?\r?\n/g, (b) => ' '.repeat(b.length)),
          m.index! + m[0].length - 3 - body.length,
        ),
      );
    }
  }
  return commands.flatMap((tokens) => modelsInArgs(tokens));
}

/** A variable assigned a triple-quoted string (body in group 2 or 3): candidate arguments for `sys.argv = NAME.split()`. */
const ARGV_STRING = /^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*(?:"""([\s\S]*?)"""|'''([\s\S]*?)''')/gm;

/**
 * One argv item as a shell word: a literal as written, a constant as its value (where it is written). An f-string with
 * nothing interpolated is a literal too (modelscope/facechain's train_style/demo.py builds its training command with
 * `f'--pretrained_model_name_or_path=ly261666/cv_portrait_model'` among f-strings that are templates).
 */
function commandWord(item: Argument, constants: Constants): Token {
  if (item.literal !== undefined && (!/^[rR]?[fF]/.test(item.text) || !item.literal.includes('{'))) return { text: item.literal, offset: item.literalOffset! };
  const constant = /^[A-Za-z_]\w*$/.test(item.text) ? constants.get(item.text) : undefined;
  return constant ? { text: constant.value, offset: constant.offset + 1 } : { text: '\u0000', offset: item.offset };
}

const MODEL_VAR = String.raw`(\w*(?:model|checkpoint|embed|rerank|llm)\w*)`;
/** Streamlit's and Gradio's pickers (`st.selectbox`, `st.radio`, `gr.Dropdown`): their options are what a user picks from. */
const PICKER_CALLS = new Set(['selectbox', 'radio', 'multiselect', 'select_slider', 'pills', 'segmented_control', 'Dropdown', 'Radio']);
/** `for model in ["llama3.1", "phi3"]:`, a model-named loop over a list written in place. */
const OLLAMA_LOOP = new RegExp(String.raw`^[ \t]*for\s+${MODEL_VAR}\s+in\s+\[([^\]\n]*)\]\s*:`, 'gim');
/** The head of a loop over a model-named variable, somewhere in the text (what OLLAMA_LOOP and collectionsFeedingModels' loop need). */
const MODEL_LOOP_HEAD = /for\s+\w*(?:model|checkpoint|embed|rerank|llm)/i;
/** `model_name = st.selectbox('Model', name_list)`: a model-named variable set from a call. */
const MODEL_VAR_CALL = new RegExp(String.raw`\b${MODEL_VAR}\s*=\s*[\w.]+\(([^()\n]*)\)`, 'gi');

/**
 * Collections whose entries end up in a model-named variable: the options of a picker
 * (`model_name = st.selectbox('Model', name_list)`) or the list a loop walks (`for model_id in candidates:`).
 */
function collectionsFeedingModels(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of wordMatches(text, MODEL_VAR_CALL)) {
    if (notAModelName(m[1]!)) continue;
    // The call's bare names (not keywords, not words inside its strings).
    const args = m[2]!.replace(/(['"])(?:\\.|(?!\1).)*\1/g, '""');
    for (const name of args.match(/\b[A-Za-z_]\w*\b(?!\s*[=(])/g) ?? []) names.add(name);
  }
  const viaLoop = new RegExp(String.raw`^[ \t]*for\s+${MODEL_VAR}\s+in\s+([A-Za-z_]\w*)\s*:`, 'gim');
  // (Its loop's head first, searched for from its `for`: the line-anchored pattern is tried at every position.)
  for (let m = MODEL_LOOP_HEAD.test(text) ? viaLoop.exec(text) : null; m; m = viaLoop.exec(text)) if (!notAModelName(m[1]!)) names.add(m[2]!);
  return names;
}

/** `NAME = [`, `NAME: dict[str, str] = {`, from a line's start (tried there by collectionOpenings). */
export const COLLECTION_OPENING = /[ \t]*([A-Za-z_]\w*)[ \t]*(?::[ \t]*[\w[\], ]+)?=\s*([[{])/y;
/** What may stand between a line's start and the `=` of COLLECTION_OPENING: `[ \t\w[\],:]`. */
const beforeOpeningEquals = (code: number) => code === 32 || code === 9 || code === 0x5b || code === 0x5d || code === 0x2c || code === 0x3a || isWordCode(code);
const isSpaceCode = (code: number) => code === 32 || (code >= 9 && code <= 13) || (code >= 128 && /\s/.test(String.fromCharCode(code)));

/**
 * The matches of `^[ \t]*([A-Za-z_]\w*)[ \t]*(?::[ \t]*[\w[\], ]+)?=\s*([[{])` (flags g and m) in a loop over the text,
 * found from each `=` followed by an opening bracket: nothing before such an `=` crosses a line, so the only start a
 * match through it can have is its line's, reached back over `[ \t\w[\],:]` alone. Not the pattern at every position.
 */
export function* collectionOpenings(text: string): Generator<RegExpExecArray> {
  let from = 0;
  let tried = -1;
  for (let i = text.indexOf('='); i >= 0; i = text.indexOf('=', i + 1)) {
    let j = i + 1;
    while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
    const next = text.charCodeAt(j);
    if (next !== 0x5b && next !== 0x7b) continue;
    let p = i;
    while (p > 0 && beforeOpeningEquals(text.charCodeAt(p - 1))) p--;
    if (p < from || p === tried || (p > 0 && !isLineBreakCode(text.charCodeAt(p - 1)))) continue;
    tried = p;
    COLLECTION_OPENING.lastIndex = p;
    const m = COLLECTION_OPENING.exec(text);
    if (!m) continue;
    yield m;
    from = m.index + m[0].length;
  }
}

/** String values inside a dict or list literal assigned to a model-named variable, or to one feeding a model variable. */
function modelCollections(text: string, feeders: Set<string>): { value: string; offset: number }[][] {
  const collections: { value: string; offset: number }[][] = [];
  // Within one line: across lines, `else:` read as an annotated name and hid the table assigned below it.
  for (const m of collectionOpenings(text)) {
    if (!/model|checkpoint|embed|rerank|llm/i.test(m[1]!) && !feeders.has(m[1]!)) continue;
    // A name for the model's settings, type or folder holds no model (`model_kwargs={"file_name": "openvino/x.xml"}`, a
    // keyword argument on a line of its own in sentence-transformers' docs: a file inside the repo named beside it).
    if (notAModelName(m[1]!)) continue;
    const open = m.index + m[0].length - 1;
    const close = closingBracket(text, open);
    if (close < 0) continue;
    const body = text.slice(open, close);
    const values: { value: string; offset: number }[] = [];
    // Every string in turn (so quotes stay paired), keeping values and dropping dict keys.
    const string = /(['"])((?:\\.|(?!\1)[^\\\n])*)\1(\s*:)?/g;
    // A value under a dataset key (`"dataset": "org/sft-data"` in a trainer's kwargs) is a dataset; one under a
    // folder, type or output key (`'cache_dir': os.path.join(prefix_dir, 'base/hub')`) is no model either.
    // The table's own entries and those of the lists, tuples and dicts right inside it (`{'plain': ['org/a', ...]}`);
    // deeper, a call's arguments or a nested config are another thing's settings (`[PlatformConfig(**{"embed_models":
    // [...]})]`), except before the first closing bracket, as far as a collection was read before.
    const firstClose = text.indexOf(m[2] === '[' ? ']' : '}', open) - open;
    let key = '';
    let depth = 0;
    let last = 0;
    for (let s = string.exec(body); s; s = string.exec(body)) {
      depth += depthChange(body.slice(last, s.index));
      last = s.index + s[0].length;
      if (s[3]) key = s[2] ?? '';
      // (Not the module of a `("gpt2", "GPT2LMHeadModel")` pair: vLLM's `_MODELS` registry maps architectures to modules.)
      else if (
        s[2] &&
        (depth <= 2 || s.index < firstClose) &&
        !/dataset/i.test(key) &&
        !(key && notAModelName(key)) &&
        !isModuleOfClassPair(s[2], body.slice(Math.max(0, s.index - 40), s.index + 1), body.slice(s.index + 1 + s[2].length, s.index + s[2].length + 121)) &&
        // (Nor a string of a `["flagai.model.t5_model", "T5Model", "t5", "nlp"]` list: inModuleDescriptor.)
        !inModuleDescriptor(
          body.slice(body.lastIndexOf('\n', s.index) + 1, (body.indexOf('\n', s.index) + 1 || body.length + 1) - 1),
          s.index - body.lastIndexOf('\n', s.index) - 1,
        )
      )
        values.push({ value: s[2], offset: open + s.index + 1 });
      if (!s[3]) key = '';
    }
    collections.push(values);
  }
  return collections;
}

/** A model-named value tested for membership in a literal list, tuple or set: `model_name_or_path in (`, `model not in [`. */
const MEMBER_TEST = /\b(\w*(?:model|checkpoint)\w*)\s+(?:not\s+)?in\s+[[({]/gi;

/** `def name(model_name, ...)` (a method's `self` skipped): a helper whose first parameter is the model. */
const MODEL_FIRST_DEF = /^[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)[ \t]*\(\s*(?:self\s*,\s*)?(\w+)/gm;
/** `slow = partial(helper, ...)`, `functools.partial(helper, ...)`: another name for the helper. */
const PARTIAL_ALIAS = /^[ \t]*(\w+)[ \t]*=[ \t]*(?:functools\.)?partial\([ \t]*(\w+)\b/gm;

/** `def model_id(self):` then `return "org/x"` or `return NAME` on the next line (a comment after either allowed). */
const MODEL_GETTER =
  /^[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)[ \t]*\([^)\n]*\)[^:\n]*:[ \t]*(?:#[^\n]*)?\r?\n[ \t]*return[ \t]+(?:(['"])([^'"\n]+)\2|([A-Za-z_]\w*))[ \t]*(?:#[^\n]*)?$/gm;

/** The functions of this file named for a model (not for its output) whose whole body returns one string or constant. */
function modelGetters(text: string): { literal?: string; constant?: string; offset: number }[] {
  const getters: { literal?: string; constant?: string; offset: number }[] = [];
  if (!holds(text, 'def ')) return getters;
  for (const m of matchesFromLineStartsWith(text, 'def', MODEL_GETTER)) {
    if (!/model|checkpoint/i.test(m[1]!) || notAModelName(m[1]!) || OUTPUT_MODEL_SETTING.test(m[1]!)) continue;
    if (m[3] !== undefined) getters.push({ literal: m[3], offset: m.index + m[0].lastIndexOf(`${m[2]}${m[3]}${m[2]}`) + 1 });
    else getters.push({ constant: m[4]!, offset: m.index + m[0].lastIndexOf(m[4]!) });
  }
  return getters;
}

/** This file's helpers taking a model first (not those that write one: `save_model(model_path)`, `push_model(...)`). */
function modelFirstHelpers(text: string): Set<string> {
  const helpers = new Set<string>();
  if (!holds(text, 'def ')) return helpers;
  for (const m of matchesFromLineStartsWith(text, 'def', MODEL_FIRST_DEF))
    if (/model|checkpoint/i.test(m[2]!) && !notAModelName(m[2]!) && !OUTPUT_MODEL_SETTING.test(m[2]!) && !/save|push|upload|export|write/i.test(m[1]!))
      helpers.add(m[1]!);
  if (helpers.size && holds(text, 'partial(')) for (const m of text.matchAll(PARTIAL_ALIAS)) if (helpers.has(m[2]!)) helpers.add(m[1]!);
  return helpers;
}

/** `NAME = [` at a line's start (collectionOpenings): where each list literal the file names opens, the first of a name. */
function moduleLists(text: string): Map<string, number> {
  const lists = new Map<string, number>();
  for (const m of collectionOpenings(text)) if (m[2] === '[' && !lists.has(m[1]!)) lists.set(m[1]!, m.index + m[0].length - 1);
  return lists;
}

/** The literal a table argument is: written there (`[...]`), or a list the file names (`CASES`), with its offset. */
function tableLiteral(arg: Argument, text: string, lists: Map<string, number>): { text: string; offset: number } | undefined {
  if (/^[[(]/.test(arg.text)) return { text: arg.text, offset: arg.offset };
  const open = /^[A-Za-z_]\w*$/.test(arg.text) ? lists.get(arg.text) : undefined;
  const close = open === undefined ? -1 : closingBracket(text, open);
  return close < 0 ? undefined : { text: text.slice(open, close + 1), offset: open! };
}

/** The decorated function's parameters after `self`/`cls`: the `def` a decorator call ending at `end` stands above. */
const DECORATED_DEF = /[ \t]*(?:@[^\n]*\n[ \t]*)*(?:async[ \t]+)?def[ \t]+\w+[ \t]*\(([^)]*)\)/y;

/** The string values `@parameterized.expand(rows)` gives a model-named parameter of the test below it. */
function expandedModels(call: Call, text: string, lists: Map<string, number>): { value: string; offset: number }[] {
  const rows = call.args.find((a) => !a.name);
  const open = text.indexOf('(', call.offset);
  const close = rows && open >= 0 ? closingBracket(text, open) : -1;
  if (close < 0) return [];
  DECORATED_DEF.lastIndex = text.indexOf('\n', close) + 1;
  const def = DECORATED_DEF.lastIndex > 0 ? DECORATED_DEF.exec(text) : null;
  if (!def) return [];
  const names = def[1]!
    .split(',')
    .map((p) => /^\s*([A-Za-z_]\w*)/.exec(p)?.[1] ?? '')
    .filter((p) => p && p !== 'self' && p !== 'cls');
  const table = tableLiteral(rows!, text, lists);
  return table ? modelColumn(names, table) : [];
}

/** The string values pytest's `parametrize(argnames, argvalues)` gives a model-named parameter, where they are written. */
function parametrizedModels(call: Call, text: string, lists: Map<string, number>): { value: string; offset: number }[] {
  const [namesArg, valuesArg] = [
    call.args.find((a) => a.name === 'argnames') ?? call.args.filter((a) => !a.name)[0],
    call.args.find((a) => a.name === 'argvalues') ?? call.args.filter((a) => !a.name)[1],
  ];
  if (!namesArg || !valuesArg) return [];
  const names =
    namesArg.literal !== undefined
      ? namesArg.literal.split(',').map((n) => n.trim())
      : [...namesArg.text.matchAll(/['"]([^'"\n]*)['"]/g)].map((m) => m[1]!.trim());
  const table = tableLiteral(valuesArg, text, lists);
  return table ? modelColumn(names, table) : [];
}

/** A table's values for its model-named column (one column: each row is the value; several: each row a tuple or list). */
function modelColumn(names: string[], table: { text: string; offset: number }): { value: string; offset: number }[] {
  const at = names.findIndex((n) => /model|checkpoint/i.test(n) && !notAModelName(n) && !OUTPUT_MODEL_SETTING.test(n));
  if (at < 0) return [];
  const found: { value: string; offset: number }[] = [];
  for (const written of topLevelItems(table.text, table.offset)) {
    // A row's comment lines above it (`# test for gpt2 with Conv1D layers`) are no part of it.
    const comments = /^(?:#[^\n]*\n\s*)*/.exec(written.text)![0].length;
    const item = comments ? { text: written.text.slice(comments), offset: written.offset + comments } : written;
    // One parameter: each value is the model; several: each value is a tuple or list, the model at its position.
    const value = names.length === 1 ? item : /^[[(]/.test(item.text) ? topLevelItems(item.text, item.offset)[at] : undefined;
    const literal = value && /^(['"])([^'"\n]*)\1$/.exec(value.text);
    if (literal) found.push({ value: literal[2]!, offset: value!.offset + 1 });
  }
  return found;
}

/** The comma-separated items directly inside a bracketed literal (`[a, (b, c)]`), each with its offset (strings skipped over). */
function topLevelItems(literal: string, base: number): { text: string; offset: number }[] {
  const items: { text: string; offset: number }[] = [];
  let depth = 0;
  let start = 1;
  let quote = '';
  const push = (end: number) => {
    const raw = literal.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) items.push({ text: raw.trim(), offset: base + start + lead });
  };
  for (let i = 1; i < literal.length; i++) {
    const c = literal[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#') i = literal.indexOf('\n', i) < 0 ? literal.length : literal.indexOf('\n', i);
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) {
        push(i);
        return items;
      }
      depth--;
    } else if (c === ',' && depth === 0) {
      push(i);
      start = i + 1;
    }
  }
  return items;
}

/** A variable given as the target of a push: `.push_to_hub(repo_id)`, `.save_to_hub(repo_id=name, ...)`. */
const PUSHED_NAME = /\.(?:push_to_hub|save_to_hub)\(\s*(?:repo_(?:id|name)\s*=\s*)?([A-Za-z_]\w*)\s*[,)]/g;

/** The call a keyword argument at `at` is written in, from its opening to its closing bracket (or 300 characters). */
function callStatement(text: string, at: number): string {
  const open = callOpening(text, at);
  const close = open < at && text[open] === '(' ? closingBracket(text, open) : -1;
  return text.slice(open, close < 0 ? at + 300 : close);
}

/** Brackets opened minus brackets closed in a stretch of code between two strings (its comments left out). */
function depthChange(code: string): number {
  let change = 0;
  for (const c of code.replace(/#[^\n]*/g, '')) {
    if (c === '[' || c === '{' || c === '(') change++;
    else if (c === ']' || c === '}' || c === ')') change--;
  }
  return change;
}

/** The dict literals assigned to `name` in the file (`name = {...}`, `name: Dict[...] = {...}`): where each opens, and its text. */
function* dictLiterals(text: string, name: string): Generator<{ open: number; body: string }> {
  for (const d of text.matchAll(new RegExp(`(?<![\\w.])${name}\\s*(?::[^=\\n]*)?=\\s*\\{`, 'g'))) {
    const open = d.index + d[0].length - 1;
    const close = closingBracket(text, open);
    if (close >= 0) yield { open, body: text.slice(open, close) };
  }
}

/** A Hub loader given a dict's entry by subscript as its first argument: `Model.from_pretrained(params['segmentation'], ...)`. */
export const LOADER_SUBSCRIPT = /\b([A-Za-z_]\w*)\(\s*([A-Za-z_]\w*)\[\s*(['"])(\w+)\3\s*\]\s*[,)]/g;
/** LOADER_SUBSCRIPT from its `[` on: what the search looks for (a literal first character), the rest read back from it. */
const QUOTED_SUBSCRIPT = /\[\s*(['"])(\w+)\1\s*\]\s*[,)]/g;
/**
 * The matches of LOADER_SUBSCRIPT, in order, as callee, dict and key: each quoted subscript found, then the dict and the
 * callee read back from its `[`. The same matches, argued: in a match the dict is the whole `\w` run before the `[` (it
 * follows `(` and blanks, and no `\w`), the callee the whole run before the `(` (`\b` then `[A-Za-z_]`: a run's first
 * character, a letter or `_`), and every part after the callee's first character is fixed by the one before (no part can
 * give back a character the next would take). So a subscript ends at most one match, and each match holds one `[` and one
 * `(`: two matches never overlap (a second would share the first's `(`, so its dict and `[`), so the left-to-right
 * search finds them all, in the order of their subscripts. A pattern tried at every word of the text cost ~0.9% of a run.
 */
export function loaderSubscripts(text: string): { callee: string; dict: string; key: string }[] {
  const found: { callee: string; dict: string; key: string }[] = [];
  for (const m of text.matchAll(QUOTED_SUBSCRIPT)) {
    const dictStart = identifierBefore(text, m.index);
    const callee = dictStart < 0 ? undefined : calleeOpenedBefore(text, dictStart);
    if (callee) found.push({ callee, dict: text.slice(dictStart, m.index), key: m[2]! });
  }
  return found;
}
/** The start of the identifier ending at `end` (its whole `\w` run, starting with a letter or `_`), or -1. */
function identifierBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  return start === end || !isIdentifierStart(text.charCodeAt(start)) ? -1 : start;
}
/** The callee of the call whose `(` stands right before `at` (blanks between), or undefined. */
function calleeOpenedBefore(text: string, at: number): string | undefined {
  let i = at;
  while (i > 0 && isSpaceAt(text, i - 1)) i--;
  if (text.charCodeAt(i - 1) !== 0x28 /* ( */) return undefined;
  const start = identifierBefore(text, i - 1);
  return start < 0 ? undefined : text.slice(start, i - 1);
}
/** `[A-Za-z_]` by char code. */
const isIdentifierStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
/**
 * The entries loaders are given by subscript (LOADER_SUBSCRIPT), read in the dict literal assigned to that name in the
 * same file (`segmentation_params = {'segmentation': 'pyannote/segmentation-3.0', 'use_auth_token': ...}`): the key, its
 * value and where the value is written. A dict built otherwise (`dict(...)`, filled key by key) is not read.
 */
function loaderDictEntries(text: string): { key: string; value: string; offset: number }[] {
  const entries: { key: string; value: string; offset: number }[] = [];
  const seen = new Set<string>();
  for (const { callee, dict, key } of loaderSubscripts(text)) {
    if (!HUB_CALLS.has(callee) || seen.has(`${dict}[${key}]`)) continue;
    seen.add(`${dict}[${key}]`);
    for (const { open, body } of dictLiterals(text, dict)) {
      const entry = new RegExp(`(['"])${key}\\1\\s*:\\s*(['"])([^'"\\n]+)\\2`).exec(body);
      if (entry) entries.push({ key, value: entry[3]!, offset: open + entry.index + entry[0].length - entry[3]!.length - 1 });
    }
  }
  return entries;
}

/** A dict entry holding a URL (`"vgg_lpips": "https://..."`), and one holding a bare weights file (`"vgg_lpips": "vgg.pth"`). */
const KEYED_URL = /(['"])(\w+)\1\s*:\s*(['"])(https?:\/\/[^'"\s]+)\3/g;
const KEYED_WEIGHT_FILE = /(['"])(\w+)\1\s*:\s*(['"])[\w.-]+\.(?:pth|pt|ckpt|safetensors|onnx)\3/g;
/** The URLs of KEYED_URL entries whose key a KEYED_WEIGHT_FILE entry of the same file also has, and where each is written. */
function keyedWeightUrls(text: string): { value: string; offset: number }[] {
  if (!text.includes('://')) return [];
  const fileKeys = new Set([...text.matchAll(KEYED_WEIGHT_FILE)].map((m) => m[2]!));
  if (!fileKeys.size) return [];
  return [...text.matchAll(KEYED_URL)].filter((m) => fileKeys.has(m[2]!)).map((m) => ({ value: m[4]!, offset: m.index + m[0].length - m[4]!.length - 1 }));
}
/** A variable picked from a dict by a quoted key, then maybe `.get(...)` or more keys: `path = MAP["t2v"].get(res, None)`. */
const PICKED_FROM_DICT = /^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*([A-Za-z_]\w*)\[\s*(['"])\w+\3\s*\](?:\[\s*(['"])\w+\4\s*\]|\.get\([^()\n]*\))*[ \t]*(?:#.*)?$/gm;
/** An `org/name` string value of a dict literal (after `:`, not a key). */
const DICT_ORG_NAME_VALUE = /:\s*(['"])([\w.-]+\/[\w.-]+)\1/g;
/**
 * The `org/name` values of each dict literal a variable is picked from (PICKED_FROM_DICT) when that variable is the first
 * argument of a Hub loader in the same file (`STDiT3.from_pretrained(weight_path, ...)`): the value and where it is written.
 */
function pickedDictValues(text: string): { value: string; offset: number }[] {
  const values: { value: string; offset: number }[] = [];
  if (!text.includes('from_pretrained(')) return values;
  const seen = new Set<string>();
  for (const m of text.matchAll(PICKED_FROM_DICT)) {
    const [, variable, dict] = m as unknown as [string, string, string];
    if (seen.has(dict)) continue;
    const loaded = [...text.matchAll(new RegExp(`\\b([A-Za-z_]\\w*)\\(\\s*${variable}\\s*[,)]`, 'g'))].some((c) => HUB_CALLS.has(c[1]!));
    if (!loaded) continue;
    seen.add(dict);
    for (const { open, body } of dictLiterals(text, dict))
      for (const v of body.matchAll(DICT_ORG_NAME_VALUE)) values.push({ value: v[2]!, offset: open + v.index + v[0].length - v[2]!.length - 1 });
  }
  return values;
}

/** MediaPipe Tasks' `model_asset_path=` given a `.task` or `.tflite` file, written there or joined onto a folder: group 2. */
const MEDIAPIPE_ASSET = /\bmodel_asset_path\s*=\s*(?:(?:os\.path\.join|(?:pathlib\.)?Path)\([^()'"\n]*?,\s*)?(['"])([^'"\n]+\.(?:task|tflite))\1/g;
/** A Hub loader given a dict's entry by a variable's subscript, first or as its model keyword: `hf_hub_download(repo_id=TABLE[lang], ...)`. */
export const LOADER_TABLE_SUBSCRIPT =
  /\b([A-Za-z_]\w*)\(\s*(?:(?:repo_id|pretrained_model_name_or_path|model_name_or_path|model_id|model)\s*=\s*)?([A-Za-z_]\w*)\[\s*[A-Za-z_][\w.]*\s*\]\s*[,)]/g;
/** LOADER_TABLE_SUBSCRIPT from its `[` on: what the search looks for (a literal first character), the rest read back from it. */
const VARIABLE_SUBSCRIPT = /\[\s*[A-Za-z_][\w.]*\s*\]\s*[,)]/g;
/** The keywords LOADER_TABLE_SUBSCRIPT lets a subscript be given to. */
const TABLE_SUBSCRIPT_KEYWORDS = new Set(['repo_id', 'pretrained_model_name_or_path', 'model_name_or_path', 'model_id', 'model']);
/**
 * The matches of LOADER_TABLE_SUBSCRIPT, in order, as callee and dict: each variable subscript found (VARIABLE_SUBSCRIPT),
 * then the dict, the keyword if any and the callee read back from its `[`. The same matches, argued as loaderSubscripts'
 * are: the dict is the whole `\w` run before the `[` (it follows `(`, `=` or blanks, no `\w`), and it starts with a letter
 * or `_`; before it, blanks and then either the call's `(` (no keyword) or `=`, blanks, a whole `\w` run that is one of
 * the keywords, blanks and the `(` (the run after `(` and blanks is followed by `[` or by blanks and `=`, never both, so
 * only one reading of the optional keyword fits); the callee is the whole run before the `(` (`\b` then `[A-Za-z_]`). Each
 * match holds one `(` and one `[`, and ends in `,` or `)` (no `\w`): a match starting inside another would share its
 * `(`, so its dict and `[`. So matches never overlap, the left-to-right search finds them all in the order of their
 * subscripts, and the search for subscripts (one `[` a match) misses none. The pattern, tried at every word of every
 * Python text holding a `[`, was 1.1% of a whole run's samples (session 33).
 */
export function loaderTableSubscripts(text: string): { callee: string; dict: string }[] {
  const found: { callee: string; dict: string }[] = [];
  for (const m of text.matchAll(VARIABLE_SUBSCRIPT)) {
    const dictStart = identifierBefore(text, m.index);
    if (dictStart < 0) continue;
    let i = dictStart;
    while (i > 0 && isSpaceAt(text, i - 1)) i--;
    if (text.charCodeAt(i - 1) === 0x3d /* = */) {
      i--;
      while (i > 0 && isSpaceAt(text, i - 1)) i--;
      const keywordEnd = i;
      while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
      if (!TABLE_SUBSCRIPT_KEYWORDS.has(text.slice(i, keywordEnd))) continue;
    }
    const callee = calleeOpenedBefore(text, i);
    if (callee) found.push({ callee, dict: text.slice(dictStart, m.index) });
  }
  return found;
}
/**
 * The `org/name` values of the dict literals (assigned in the same file) whose entry a Hub loader is given by a variable's
 * subscript (LOADER_TABLE_SUBSCRIPT): the table the code picks its model from.
 */
function loaderTableEntries(text: string): { id: string; revision?: string; offset: number }[] {
  const entries: { id: string; revision?: string; offset: number }[] = [];
  const seen = new Set<string>();
  for (const { callee, dict } of loaderTableSubscripts(text)) {
    if (!HUB_CALLS.has(hubCallName(callee)) || seen.has(dict)) continue;
    seen.add(dict);
    for (const { open, body } of dictLiterals(text, dict)) {
      for (const e of body.matchAll(/(['"])[^'"\n]+\1\s*:\s*(['"])([^'"\n]+\/[^'"\n]+)\2/g)) {
        const parsed = hubIdOf(e[3]!);
        if (parsed) entries.push({ id: parsed.id, revision: parsed.revision, offset: open + e.index + e[0].length - e[3]!.length - 1 });
      }
    }
  }
  return entries;
}

/**
 * Calls that download a file by its URL: cached_path's (https://github.com/allenai/cached_path), torch.hub's
 * `load_state_dict_from_url`/`download_url_to_file`, basicsr's `load_file_from_url`, LAVIS' `download_cached_file`,
 * urllib's `urlretrieve`.
 */
const URL_DOWNLOAD = /\b(?:cached_path|load_state_dict_from_url|download_url_to_file|load_file_from_url|download_cached_file|urlretrieve)\(/;
/** URL_DOWNLOAD's calls and torch's `model_zoo.load_url`, given a URL literal as their first argument. */
const URL_DOWNLOAD_LITERAL =
  /\b(?:cached_path|load_state_dict_from_url|download_url_to_file|load_file_from_url|download_cached_file|urlretrieve|load_url)\(\s*(['"])(https?:\/\/[^'"\s]+)\1/g;
/**
 * A project's own download helper given an entry of a table (`_download(_MODELS[name], download_root)`, `download(
 * URLS[key], root)`): OpenAI CLIP's clip.py and its copies, OpenGVLab/LLaMA-Adapter's `llama.load`. The table's weight-file
 * URLs are what it fetches.
 */
const OWN_DOWNLOAD_OF_ENTRY = /\b_?download\(\s*([A-Za-z_]\w*)\[/;
/**
 * The weight-file URLs (WEIGHTS_ONLY_FILE, not a Hub URL: hub-url reads those) of the dict literals assigned in the file
 * whose entries a URL download is given, by subscript (`cached_path(TABLE[key])`) or from a loop over the table's values
 * on the download's line (`[cached_path(url) for url in TABLE.values()]`).
 */
function downloadedUrlTables(text: string): { url: string; offset: number }[] {
  const found: { url: string; offset: number }[] = [];
  const tables = new Set<string>();
  for (const line of text.split('\n')) {
    const own = OWN_DOWNLOAD_OF_ENTRY.exec(line);
    if (own && !/^\s*#/.test(line)) tables.add(own[1]!);
    if (!URL_DOWNLOAD.test(line) || /^\s*#/.test(line)) continue;
    for (const m of line.matchAll(/\(\s*([A-Za-z_]\w*)\[/g)) tables.add(m[1]!);
    for (const m of line.matchAll(/\bin\s+([A-Za-z_]\w*)\.(?:values|items)\(\)/g)) tables.add(m[1]!);
  }
  for (const table of tables)
    for (const { open, body } of dictLiterals(text, table)) {
      for (const e of body.matchAll(/:\s*(['"])(https?:\/\/[^'"\s]+\/([^/'"\s?#]+))\1/g))
        if (WEIGHTS_ONLY_FILE.test(e[3]!) && !parseHubReference(e[2]!) && !isWhisperCheckpointUrl(e[2]!))
          found.push({ url: e[2]!, offset: open + e.index + e[0].indexOf(e[2]!) });
    }
  return found;
}

/** An http(s) URL whose path ends at a file only weights come in (`.../releases/download/v0.13.0_models/WavLM-Large.pt`), no query. */
const WEIGHTS_URL = /^https?:\/\/[^\s'"?#]+\/[^/\s'"?#]+\.(?:safetensors|pth(?:\.tar)?|pt|onnx|gguf|ggml|ckpt|llamafile)$/i;
/** The longest collection literal read whole (a model table of a few hundred entries). */
const MAX_COLLECTION = 60_000;
/**
 * Where the bracket at `open` closes, nested brackets, strings and comments skipped (a table of lists:
 * `prompt_type_to_model_name = {'plain': ['org/a', ...], ...}`); -1 when it does not within MAX_COLLECTION.
 */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  const end = Math.min(text.length, open + MAX_COLLECTION);
  for (let i = open; i < end; i++) {
    const c = text[i]!;
    if (c === '#') {
      const eol = text.indexOf('\n', i);
      if (eol < 0) return -1;
      i = eol;
    } else if (c === "'" || c === '"') {
      const quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      let j = i + quote.length;
      for (; j < end && !text.startsWith(quote, j); j++) {
        if (text[j] === '\\') j++;
        else if (quote.length === 1 && text[j] === '\n') break;
      }
      i = j + quote.length - 1;
    } else if (c === '[' || c === '{' || c === '(') depth++;
    else if (c === ']' || c === '}' || c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Where the call around `at` opens (its unclosed `(`, up to 300 characters back), else the start of `at`'s line. */
function callOpening(text: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0 && i >= at - 300; i--) {
    const c = text[i];
    if (c === ')') depth++;
    else if (c === '(' && depth-- === 0) return i;
  }
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** True when a `#` outside any string opens a comment in this line prefix: `x = 1  # was pipeline(model="`. */
function startsComment(linePrefix: string): boolean {
  let quote = '';
  for (let i = 0; i < linePrefix.length; i++) {
    const c = linePrefix[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return true;
  }
  return false;
}

let litellmStringRe: RegExp | undefined;
/** A quoted `<prefix>/<model>` for every LiteLLM prefix the registry knows (providers.yaml `litellm.prefixes`). */
function litellmStringPattern(): RegExp {
  litellmStringRe ??= new RegExp(`(['"])((?:${litellmPrefixes().join('|')})\\/[^'"\\s]+)\\1`, 'g');
  litellmStringRe.lastIndex = 0;
  return litellmStringRe;
}

/** `class ModelPath:`, `class ModelDirs:`: a class named for where models are. */
const MODEL_PATH_CLASS = /^class[ \t]+\w*Model\w*(?:Path|Dir|Folder|File)s?\b[^\n]*:[ \t]*$/gm;
/** `class PerformanceLoRA(Enum):`, `class LoraFiles:`: a class named for LoRAs. */
const LORA_FILES_CLASS = /^class[ \t]+\w*(?:LoRA|Lora|LORA)\w*\b[^\n]*:[ \t]*$/gm;
/** `    slanet_plus = "models/TabRec/SlanetPlus/slanet-plus.onnx"`: an attribute holding a string. */
const CLASS_STRING_ATTRIBUTE = /^[ \t]+[A-Za-z_]\w*[ \t]*(?::[^=\n]+)?=[ \t]*(['"])([^'"\n]+)\1[ \t]*(?:#.*)?$/gm;

/**
 * The attributes of a class named for model paths (MinerU's `ModelPath`: `pp_doclayout_v2 = "models/Layout/PP-DocLayoutV2"`,
 * `slanet_plus = "models/TabRec/SlanetPlus/slanet-plus.onnx"`) are where its models are, whatever each is called; the
 * caller keeps the values that are paths on disk (a Hub id among them is read as one elsewhere).
 */
function modelPathClassValues(text: string): { value: string; offset: number }[] {
  const found: { value: string; offset: number }[] = [];
  // `class PerformanceLoRA(Enum):` then `LIGHTNING = 'sdxl_lightning_4step_lora.safetensors'` (lllyasviel/Fooocus's
  // modules/flags.py, each file downloaded into the LoRA folder and applied for that performance): a class named for LoRAs
  // holds the LoRA files by their own names. Not the name every adapter's file takes (`adapter_model.safetensors`), nor
  // a placeholder member (`QUALITY = None`).
  if (/lora/i.test(text) && /^class[ \t]+\w*(?:LoRA|Lora|LORA)\w*\b/m.test(text))
    for (const head of text.matchAll(LORA_FILES_CLASS)) {
      const start = head.index + head[0].length;
      const end = /\n(?=[^ \t\n#])/.exec(text.slice(start));
      const body = text.slice(start, end ? start + end.index : text.length);
      for (const m of body.matchAll(CLASS_STRING_ATTRIBUTE))
        if (isBareWeightsFile(m[2]!)) found.push({ value: m[2]!, offset: start + m.index + m[0].lastIndexOf(m[1]! + m[2]!) + 1 });
    }
  if (!holds(text, 'Model') || !/^class[ \t]+\w*Model\w*(?:Path|Dir|Folder|File)/m.test(text)) return found;
  for (const head of text.matchAll(MODEL_PATH_CLASS)) {
    const start = head.index + head[0].length;
    // The body: up to the next line that starts at the left margin.
    const end = /\n(?=[^ \t\n#])/.exec(text.slice(start));
    const body = text.slice(start, end ? start + end.index : text.length);
    // Only a path: a bare file name (ModelScope's `class ModelFile`: `TORCH_MODEL_FILE = 'pytorch_model.pt'`,
    // `ONNX_MODEL_FILE = 'model.onnx'`) is a naming convention, as loadedWeightFiles reads one.
    for (const m of body.matchAll(CLASS_STRING_ATTRIBUTE))
      if (m[2]!.includes('/')) found.push({ value: m[2]!, offset: start + m.index + m[0].lastIndexOf(m[1]! + m[2]!) + 1 });
  }
  return found;
}

/**
 * `MODEL_PATHS = {`, `CHECKPOINT_PATHS: dict[str, str] = {`, `WEIGHT_FILES = {`, a function's `model_files = {`: a dict named
 * for where models are.
 */
export const MODEL_PATH_DICT = /^[ \t]*_?(?:[A-Za-z0-9]+_)*(?:MODEL|CHECKPOINT|CKPT|WEIGHT)S?_(?:PATHS|FILES|DIRS)[ \t]*(?::[^=\n]+)?=[ \t]*\{/gim;
/** MODEL_PATH_DICT's matches, as its global search finds them (see modelPathDictValues). */
export const modelPathDictHeads = (text: string): Iterable<RegExpExecArray> =>
  OTHER_LINE_BREAK.test(text) ? text.matchAll(MODEL_PATH_DICT) : matchesFromLineStartsWith(text, '{', MODEL_PATH_DICT);
/** A line break other than `\n` (where a multiline `^` also stands). */
const OTHER_LINE_BREAK = /[\r\u2028\u2029]/;
/** A dict entry's string value, or a file joined onto a folder: `"0.6B": "./models/x.pth"`, `'svm': os.path.join(model_dir, 'svm_model.pkl')`. */
const DICT_STRING_VALUE = /:[ \t]*(?:os\.path\.join\([^()\n]*?,[ \t]*)?(['"])([^'"\n{}]+)\1/g;

/**
 * The values of a dict named for model paths or files, nested dicts too (666ghj/BettaFish's `MODEL_PATHS = {"embedding":
 * {"0.6B": "./models/qwen3_embedding_0.6b_sentiment.pth"}, "lora": {"0.6B": "./models/qwen3_lora_0.6b_final"}}`, the files
 * and folders its trainers write and its predictor loads; its classic classifiers' `model_files = {'svm':
 * os.path.join(model_dir, 'svm_model.pkl'), 'bert': 'bert_model.pth'}`), as modelPathClassValues reads a class so named: a
 * path, or a file in a format only models come in (weights, or a pickled estimator there), not the name every checkpoint
 * takes (`model.safetensors`) nor a run's (`best.pt`); an `org/name` is a Hub id read elsewhere. The caller keeps those on disk.
 */
/** A dict entry keyed for weights (`'pretrained': 'xxx/ViCLIP-L_InternVid-FLT-10M.pth'`, `"ckpt_path": "..."`). */
const WEIGHTS_KEYED_ENTRY = /(['"])((?:\w+_)?(?:pretrained|ckpt|checkpoint|weights?)(?:_path|_file)?)\1[ \t]*:[ \t]*(['"])([^'"\n{}$*]+)\3/g;
/**
 * The weights file a dict entry keyed for weights holds (OpenGVLab/InternVideo's InternVid demo notebook: `model_cfgs =
 * {'viclip-l-internvid-10m-flt': {'size': 'l', 'pretrained': 'xxx/ViCLIP-L_InternVid-FLT-10M.pth'}, ...}`, each given to
 * `get_viclip`): a file only weights are kept in, not a checkpoint's conventional or run name (`model.safetensors`,
 * `best.pth`), nor a resume or output key's.
 */
function weightsKeyedValues(text: string): { value: string; offset: number }[] {
  if (!/\.(?:safetensors|pth|pt|onnx|gguf|ggml|ckpt)\b/.test(text)) return [];
  const found: { value: string; offset: number }[] = [];
  for (const m of text.matchAll(WEIGHTS_KEYED_ENTRY)) {
    const value = m[4]!;
    const file = value.slice(value.lastIndexOf('/') + 1);
    if (!WEIGHTS_ONLY_FILE.test(file) || CONVENTIONAL_WEIGHT_FILE.test(file) || RUN_WEIGHT_FILE.test(file) || /^(?:resume|save|output|last|best)/i.test(m[2]!))
      continue;
    // (Under a placeholder for the reader's folder, `xxx/` or `path/to/`, the file alone: that is what it names.)
    const folder = value.slice(0, Math.max(0, value.lastIndexOf('/')));
    const named = folder && isPlaceholderPath(folder) ? file : value;
    found.push({ value: named, offset: m.index + m[0].length - named.length - 1 });
  }
  return found;
}

function modelPathDictValues(text: string): { value: string; offset: number }[] {
  if (!mayHold(text, '_paths', '_files', '_dirs') || !/_(?:PATHS|FILES|DIRS)\b/i.test(text)) return [];
  const found: { value: string; offset: number }[] = [];
  // (Each match starts at a line's start and holds its `{` before its first line break, in a text with no `\r`, U+2028 or
  // U+2029, where `^` also stands and which `[^=\n]+` may cross: there it is tried sticky at the starts of the lines
  // holding `{` only, not at every position, ~0.3% of a whole run's CPU on the real corpus, session 37; else the global
  // search as before.)
  for (const head of modelPathDictHeads(text)) {
    const start = head.index + head[0].length;
    let depth = 1;
    let end = start;
    while (end < text.length && depth > 0 && end - start < 20_000) {
      const c = text[end++];
      if (c === '{') depth++;
      else if (c === '}') depth--;
    }
    for (const m of text.slice(start, end).matchAll(DICT_STRING_VALUE)) {
      const value = m[2]!;
      const file = value.slice(value.lastIndexOf('/') + 1);
      const path = /^(?:\.{1,2}\/|\/|~\/)/.test(value) && !m[0].includes('os.path.join');
      // (A pickle named for a model, `svm_model.pkl`: a dict of model files may keep a vectorizer's `vocab.pkl` beside.)
      const modelFile =
        !value.includes('/') &&
        (WEIGHTS_ONLY_FILE.test(file) || (PICKLED_FILE.test(file) && /model/i.test(file))) &&
        !CONVENTIONAL_WEIGHT_FILE.test(file) &&
        !RUN_WEIGHT_FILE.test(file);
      if (path || modelFile) found.push({ value, offset: start + m.index + m[0].lastIndexOf(m[1]! + value) + 1 });
    }
  }
  return found;
}

/**
 * LiveKit Agents' models by LiveKit Inference's descriptors (https://docs.livekit.io/agents/models/): in a file that
 * imports the framework, `inference.STT("deepgram/nova-3")`, `inference.TTS("cartesia/sonic-3", voice=...)`,
 * `inference.LLM(model="openai/gpt-4.1-mini")`, `inference.VAD(model="silero")` and `AgentSession(stt="deepgram/nova-3:en",
 * tts="cartesia/sonic-3:<voice>", llm="openai/gpt-4.1-mini")` send the model to LiveKit's gateway (providers.yaml
 * `livekit-inference`), named `<provider>/<model>`; a `:<voice>` or `:<language>` after it is an option of the call
 * (a version written so, `:v3`, is the model's own).
 */
const LIVEKIT_CALL = /\binference\.(STT|TTS|LLM|VAD)\(\s*(?:model\s*=\s*)?(['"])([^'"\n]+)\2/g;
const LIVEKIT_SESSION_KEYWORD = /\b(?:stt|tts|llm)\s*=\s*(['"])([a-z][\w-]*\/[^'"\s]+)\1/g;
// (`AgentSession[StoryData](`: the session typed by its user data, as LiveKit's docs write it.)
const LIVEKIT_FILE = /\bfrom[ \t]+livekit(?:\.agents)?[ \t]+import\b|\bAgentSession(?:\[[\w.]+\])?\(/;
const LIVEKIT_MODEL = /^[a-z][\w-]*\/[\w.-]+(?::[\w.-]+)?$/;
/** A VAD is named alone (`inference.VAD(model="silero")`); the others' bare word is a provider's default (`inference.TTS("cartesia")`). */
const LIVEKIT_VAD = /^[a-z][\w-]*$/;
function livekitInferenceModels(text: string, imports: Map<string, string>): { id: string; offset: number }[] {
  // (Or a snippet of one, a README's block that shows the session without its imports.)
  if (
    ![...imports.values()].some((m) => m === 'livekit.agents' || m.startsWith('livekit.agents.') || m === 'livekit') &&
    !((holds(text, 'livekit') || holds(text, 'AgentSession')) && LIVEKIT_FILE.test(text))
  )
    return [];
  const found: { id: string; offset: number }[] = [];
  const push = (value: string, offset: number, vad = false) => {
    if (!LIVEKIT_MODEL.test(value) && !(vad && LIVEKIT_VAD.test(value))) return;
    const colon = value.indexOf(':');
    const model = colon > 0 && !/^v\d/.test(value.slice(colon + 1)) ? value.slice(0, colon) : value;
    found.push({ id: `livekit-inference/${model}`, offset });
  };
  for (const m of text.matchAll(LIVEKIT_CALL)) push(m[3]!, m.index + m[0].length - m[3]!.length - 1, m[1] === 'VAD');
  for (const m of text.matchAll(LIVEKIT_SESSION_KEYWORD)) push(m[2]!, m.index + m[0].length - m[2]!.length - 1);
  return found;
}
