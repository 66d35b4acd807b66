// What counts as a model id, and how to normalise the forms users write them in.

/** `org/name` as the Hub allows it: 1-96 chars each, letters, digits, `-_.`, no leading/trailing dot-dash. */
const HUB_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}\/[A-Za-z0-9][A-Za-z0-9_.-]{0,95}$/;

/** Hub hosts and mirrors whose paths are `/{org}/{name}`: "https://hf-mirror.com/Qwen/Qwen2.5-7B". */
const HUB_URL =
  /^(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co|hf-mirror\.com)\/(?!datasets\/|spaces\/|docs\/|blog\/|api\/(?!models\/))(?:api\/models\/)?([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*)/;

/**
 * What a test names its own stand-ins with, as tests do for any record (`model_names=["m1", "m2"]`, `model="m1"` in
 * bytedance/deer-flow's tests, a run's `"r1"`, a tool call's `"tc1"` in 0xPlaygrounds/rig's), when no provider claims the
 * name (`openai-compatible/<name>`): one or two letters and one digit, or the word itself numbered (`--model model1` in
 * OpenBMB/XAgent's tests). OpenAI's `o1`..`o4` are names, whatever reads them.
 * And a family written with `x` where the version goes (`gpt-x`, `claude-x`, `gpt-x-1`: TauricResearch/TradingAgents'
 * and deer-flow's tests), which no provider publishes: `glm-4.5-x` and `spark-x` are named after a version or
 * outside tests, and keep their name. Only for references in tests (scan/extract-file.ts).
 */
const TEST_ENUMERATOR = /^openai-compatible\/(?:(?!o\d$)[a-z]{1,2}\d|model[-_]?\d{1,2})$/i;
const X_VERSION = /^(?:[\w-]+\/)?[a-z]+-x(?:-\d+)?$/i;
export const isTestStandIn = (id: string): boolean => TEST_ENUMERATOR.test(id) || X_VERSION.test(id);
/**
 * A boolean, whatever reads it as a name: `os.getenv("EXO_ENABLE_IMAGE_MODELS", "false").lower() == "true"` (a switch
 * named for models, exo-explore/exo), a docs table's `True/False` column (text-generation-inference's Gaudi options).
 * No model is named so, nor with an empty name (`new Ollama({ model: "" }).listModels()`, a client made only to list
 * what the server has, continuedev/continue); anywhere (scan/extract-file.ts).
 */
const BOOLEAN_WORDS = /^(?:[\w-]+\/)?(?:true|false)$|^(?:true|false)\/(?:true|false)$/i;
/**
 * No model's name holds a `|`: a value that does is a list or a router's specification (Unify's
 * `router@q:1|c:1.71e-03|t:1.10e-05|models:gpt-4-turbo,mixtral-8x7b-instruct-v0.1`, lm-sys/RouteLLM benchmarks/README.md).
 */
/**
 * A test matrix's key, a backend, a model and a device joined by `_` (`transformers_gpt2_cpu`, `llamacpp_llama3.2_3b_cpu`:
 * guidance-ai/guidance's CI picks one model per job by such a key, which tests/conftest.py maps to the model it loads), where
 * no provider claims the name (`openai-compatible/<key>`): a configuration's name, not a model's (session 35).
 */
const BACKEND_DEVICE_KEY =
  /^openai-compatible\/(?:transformers|llamacpp|llama_cpp|onnxruntime|vllm|mlx|exllama|ctransformers|hf)_\w[\w.]*_(?:cpu|gpu|cuda|mps|tpu|xpu)$/i;
export const namesNoModel = (id: string): boolean => !id.trim() || BOOLEAN_WORDS.test(id) || id.includes('|') || BACKEND_DEVICE_KEY.test(id);
/** A name or path written with `xxx` for its variable part (`gpt-4-xxx`, `openrouter/qwen/qwen3-xxx`, `output/checkpoint-xxx`): a placeholder. */
const X_PLACEHOLDER = /(?:^|[-_:/])x{3,}(?:[-_/]|$)/i;
export const isXPlaceholder = (v: string): boolean => X_PLACEHOLDER.test(v);
/**
 * An API's version or route, never a model: a bare version (`v1`, `v1beta`: xAI's `embedParams([], { model: 'v1' })` in
 * Portkey-AI/gateway), a path through one (`openai/v1/fine-tuningjobs`, `gemini/v1beta/generatecontent`: higress'
 * ApiName constants) or a path from one (`v1/listen`, `v2/speak`: Deepgram's routes, which pipecat's SageMaker services
 * give as `model_invocation_path`; no Hub organisation is named for a version).
 */
export const isApiVersionOrRoute = (v: string): boolean =>
  /^v\d+(?:\.\d+)*(?:alpha|beta)?\d*$|^[\w.-]+\/v\d+(?:alpha|beta)?\d*\/|^v\d+(?:alpha|beta)?\d*\/[\w.-]/i.test(v.trim());

/** Path segments and suffixes that mark a file or folder, not a model id. */
// (Data files too: NumPy arrays, audio, pickles, archives, images, `spkemb/cmu_us_bdl_arctic-wav-arctic_a0009.npy`; videos,
// `input_path: str = "inputs/test_video1.mp4"`, Stability-AI/generative-models' SV4D demo; MIDI files and line-delimited
// data, `"midi_path": "midi/sample.mid"` in josStorer/RWKV-Runner's API schema example, `data/train.jsonl`.)
export const FILE_LIKE =
  /\.(py|js|ts|json|jsonl|ya?ml|toml|txt|md|gguf|bin|safetensors|pt|pth|onnx|csv|tsv|parquet|sh|cfg|ini|lock|png|jpg|jpeg|gif|svg|html|xml|npy|npz|wav|mp3|flac|ogg|m4a|mid|midi|mp4|webm|mov|avi|mkv|webp|bmp|pkl|pickle|zip|pdf)$/i;
/** A rate in the `limits` notation (`'30/second'`, `'5/minute'`: slowapi's, flask-limiter's): no org and name. */
const RATE = /^\d+\/(?:second|minute|hour|day|month|year)s?$/i;

/**
 * First segments that cannot be a Hub organisation: the Hub's own routes (reserved names), and
 * the folders projects keep weights in ("models/qwen", "outputs/checkpoint-500" are local paths).
 */
const NOT_AN_ORG = new Set([
  // The Hub organisation of compute kernels the `kernels` library loads (`get_kernel("kernels-community/activation")`,
  // TGI's `load_kernel(module="moe", repo_id="kernels-community/moe")`): kernel repos, no models
  // (https://huggingface.co/kernels-community, https://huggingface.co/docs/kernels).
  'kernels-community',
  // A folder weights are kept in (`model/bert-base-chinese`), or an API's method or route (`MODEL_LIST = "model/list"`, a
  // JSON-RPC method of HKUDS/DeepCode's app server): as `models/`, no organisation.
  'model',
  'models',
  // Folders named for holding the model (`model_path/chatglm`, mymusise/ChatGLM-Tuning's `--chatglm_path` default): as
  // `model/`, read as a folder on disk before an organisation.
  'model_path',
  'model_dir',
  'models_dir',
  'datasets',
  'spaces',
  'docs',
  'api',
  'blog',
  'settings',
  'organizations',
  'collections',
  // Storage buckets (`hf://buckets/org/name`, `huggingface.co/buckets/...`), Jobs pages, the CLI's
  // installers (`hf.co/cli/install.sh`) and the site's static files are not repos of models.
  'buckets',
  'jobs',
  'cli',
  'front',
  'papers',
  'join',
  'login',
  'pricing',
  'tasks',
  'learn',
  'posts',
  'new',
  'chat',
  // The sales contact form (`https://huggingface.co/contact/sales?from=academia`, huggingface/hub-docs academia-hub.md).
  'contact',
  // The Hub's OAuth endpoints (`https://huggingface.co/oauth/authorize`, `/oauth/token`, `/oauth/userinfo`,
  // `/oauth/device`): https://huggingface.co/docs/hub/oauth
  'oauth',
  // The legacy page of an Evaluate metric (`https://huggingface.co/metrics/wer`, huggingface/peft's Whisper notebook:
  // "refer to the WER [docs](https://huggingface.co/metrics/wer)"), now https://huggingface.co/docs/evaluate: no repo.
  'metrics',
  // The Inference Endpoints product pages (`https://huggingface.co/inference-endpoints/dedicated`, QwenLM/Qwen3
  // docs/source/deployment/tgi.rst:174): https://huggingface.co/inference-endpoints
  'inference-endpoints',
  // More pages of the site, not organisations: the PRO subscription (`huggingface.co/subscribe/pro`), the Inference
  // API's and Inference Providers' pages and model catalogues (`/inference-api/serverless`, `/inference/models`,
  // `/inference-providers/models`), the changelog (`/changelog/hf-mcp-server`) and the course (`/course/chapter4/4`):
  // https://huggingface.co/subscribe/pro, https://huggingface.co/inference/models, https://huggingface.co/changelog,
  // https://huggingface.co/course
  'subscribe',
  'inference-api',
  'inference',
  'inference-providers',
  'changelog',
  'course',
  'checkpoints',
  'checkpoint',
  'ckpt',
  'ckpts',
  'outputs',
  'output',
  'runs',
  'weights',
  'saved_models',
  'pretrained',
  // The folder a README downloads models into (`snapshot_download('iic/CosyVoice2-0.5B',
  // local_dir='pretrained_models/CosyVoice2-0.5B')`, FunAudioLLM/CosyVoice), as SpeechBrain's recipes name it too.
  'pretrained_models',
  'artifacts',
  'cache',
  'tmp',
  'src',
  'configs',
  'data',
  // A project's static files (`TOKENIZER="assets/tokenizer.gemma"`, ai-on-gke's JetStream deployment), also written
  // singular (2noise/ChatTTS's `gpt_ckpt_path: str = "asset/gpt"`, the folder its download fills: no organisation).
  'assets',
  'asset',
  // MIME types (`application/json`, `multipart/form-data`: an OpenAPI response's content under a `/v1/models` path).
  'application',
  'multipart',
  // Azure OpenAI's URL path (`openai/deployments/<deployment>/chat/completions`), not an organisation.
  'deployments',
  // Git refs (`origin/main`, `upstream/dev`, `refs/heads/main`): a script's base branch, not a repo of models.
  'origin',
  'upstream',
  'refs',
]);

/**
 * Repo ids the Hub had before namespaces, moved in 2024 to the organisation that published them
 * (the old id redirects): `from_pretrained("gpt2")` is openai-community/gpt2.
 */
const LEGACY_ORGS: Record<string, string[]> = {
  'google-bert': [
    'bert-base-uncased',
    'bert-base-cased',
    'bert-large-uncased',
    'bert-large-cased',
    'bert-base-multilingual-cased',
    'bert-base-multilingual-uncased',
    'bert-base-chinese',
    'bert-base-german-cased',
    'bert-large-uncased-whole-word-masking',
    'bert-large-cased-whole-word-masking',
    'bert-large-uncased-whole-word-masking-finetuned-squad',
    'bert-large-cased-whole-word-masking-finetuned-squad',
  ],
  'openai-community': ['gpt2', 'gpt2-medium', 'gpt2-large', 'gpt2-xl', 'openai-gpt', 'roberta-base-openai-detector', 'roberta-large-openai-detector'],
  FacebookAI: [
    'roberta-base',
    'roberta-large',
    'roberta-large-mnli',
    'xlm-roberta-base',
    'xlm-roberta-large',
    'xlm-roberta-large-finetuned-conll03-english',
    'xlm-mlm-en-2048',
    'xlm-mlm-100-1280',
  ],
  distilbert: [
    'distilbert-base-uncased',
    'distilbert-base-cased',
    'distilbert-base-multilingual-cased',
    'distilbert-base-uncased-finetuned-sst-2-english',
    'distilbert-base-cased-distilled-squad',
    'distilbert-base-uncased-distilled-squad',
    'distilroberta-base',
    'distilgpt2',
    'distilbert-base-german-cased',
  ],
  'google-t5': ['t5-small', 't5-base', 't5-large', 't5-3b', 't5-11b'],
  albert: ['albert-base-v1', 'albert-large-v1', 'albert-base-v2', 'albert-large-v2', 'albert-xlarge-v2', 'albert-xxlarge-v2'],
  xlnet: ['xlnet-base-cased', 'xlnet-large-cased'],
  almanach: ['camembert-base'],
  Salesforce: ['ctrl'],
};
const LEGACY = new Map(Object.entries(LEGACY_ORGS).flatMap(([org, names]) => names.map((name) => [name, `${org}/${name}`] as const)));
/** The Hub's legacy ids without an organisation (`bert-base-uncased`, `xlnet-base-cased`). */
export const LEGACY_NAMES: readonly string[] = [...LEGACY.keys()];

/**
 * sentence-transformers' own models, which it loads by their bare name ("all-MiniLM-L6-v2"): the organisation's models
 * (https://huggingface.co/sentence-transformers, https://sbert.net/docs/sentence_transformer/pretrained_models.html),
 * the legacy ones too (`nq-distilbert-base-v1`, `distilroberta-base-msmarco-v1`, `bert-base-wikipedia-sections-mean-tokens`,
 * `xlm-r-100langs-bert-base-nli-stsb-mean-tokens`: https://sbert.net/docs/sentence_transformer/pretrained_models.html#original-models)
 * and the static embeddings (`static-retrieval-mrl-en-v1`).
 */
const SENTENCE_TRANSFORMERS_NAME =
  /^(all-(MiniLM|mpnet|distilroberta|roberta)|multi-qa-|paraphrase-|distiluse-base-|msmarco-|stsb-|nli-|gtr-t5-|sentence-t5-|average_word_embeddings_|clip-ViT-|bert-(base|large)-nli-|roberta-(base|large)-nli-|distilbert-base-nli-|quora-distilbert-|facebook-dpr-|nq-distilbert-base-|distilroberta-base-(msmarco|paraphrase)-v\d|bert-base-wikipedia-sections-|xlm-r-(100langs|distilroberta|bert)-|static-(retrieval|similarity)-mrl-|LaBSE$|allenai-specter$|use-cmlm-multilingual$)[\w.-]*$/;

/** `all-MiniLM-L6-v2` -> `sentence-transformers/all-MiniLM-L6-v2` (what SentenceTransformer(name) loads). */
export function sentenceTransformersId(value: string): string | undefined {
  return SENTENCE_TRANSFORMERS_NAME.test(value) ? `sentence-transformers/${value}` : undefined;
}

/**
 * Placeholders documentation writes where a real repo goes: "your-username/your-repo-name",
 * "some-huggingface-user/some-huggingface-repo", `Your-Hugging-Face-Hub-Account` (huggingface/peft's C3A notebook: `account_id =
 * "Your-Hugging-Face-Hub-Account"`, then `f"{account_id}/roberta-base-mrpc-peft-c3a"`); and the stand-in owners of
 * tests and examples, whatever the name after them (`EchoLM(model="test/echo")` in a stanfordnlp/dspy docstring,
 * `repo_id="dummy/user-repo"` in huggingface_hub's tests, `fake/base`, `mock/...`), and the metasyntactic words tests
 * put there (`new ModelParams("abc/123")` in LLamaSharp's serialisation test, `foo/bar`, `some/gateway-model` in
 * 0xPlaygrounds/rig's); and the stand-in owner a registry test gives a user's own model (`--stt_model_name custom/whisper`,
 * `custom/mlx-model`, `custom/transformers-model`: huggingface/speech-to-speech's tests/test_backend_registry.py and
 * test_cli_defaults.py). (Not `acme/`: this project's own fixtures give it real-looking repos, `acme/support-lora-3b`.)
 */
const PLACEHOLDER_ORG =
  /^((your|my|some)[-_]?(hf[-_]?|hugging[-_]?face[-_]?(hub[-_]?)?)?(user(name)?|org(anization)?|name|account|namespace|id|repo|hf[-_]?id)|user[-_]?name|org[-_]?name|hf[-_]?username|(test|fake|dummy|mock)([-_]?org)?|abc|foo|xyz|some|custom|<[^>]*>|x+)$/i;
/**
 * Two generic words: `org/repo` in a docs URL (`https://huggingface.co/org/repo/resolve/...`), `user/repository`,
 * `org/model2`, `hf-org/hf-model`, `test/model` and `MixedCaseGroup/MixedCaseModel` in tests, `user-id/repo-id` (kserve's
 * `hf://user-id/repo-id:tag` URI tests).
 */
const PLACEHOLDER_PAIR =
  /^((hf[-_]?)?(org|organi[sz]ation|user|owner|namespace|author|group|test|fake|dummy|mock)([-_]?id)?\/(hf[-_]?)?(repo|repository|model)([-_]?id)?\d*|([A-Z][a-z]+)*(Org|Organi[sz]ation|User|Owner|Namespace|Group)\/([A-Z][a-z]+)*(Model|Repo))$/;
/**
 * A generic word where the name goes (`adapter-repo/name`, `your-model-name`, `meta-llama/your-model-path` in
 * meta-llama/llama-recipes' benchmark parameters.json, `mlc-ai/model` in a URL test,
 * `provider/model-id`, `azure/your-deployment-name`), an ellipsis (`LLM(model="openai/...")` in a docstring), or a repo
 * said not to exist or to stand in for one (`google/not-a-repo` in a `repo_exists` example, `Wauplin/dummy_model`,
 * `mlc-ai/demo-model` in mlc-ai/web-llm tests/cache_util.test.ts), a request to choose one (`ollama create
 * choose-a-model-name`, ollama/ollama docs/modelfile.mdx), an indefinite one (`openrouter/some-model`,
 * `some-other-model` in TauricResearch/TradingAgents' tests, `some_model/some_model_version` in pytorch/torchtune's
 * checkpointer comment, `model="dottxt/other-model"` for a per-call override in dottxt-ai/outlines' docs), and a kind of
 * model written where its name goes (`tunedModels/my-tuned-model` in a davidmigloz/langchain_dart dartdoc example,
 * `username/my-awesome-model`), what goes there described (`provider-model-name`, dottxt-ai/outlines' OpenAI-compatible
 * page), and a
 * test written where the name goes (`model_id="cleanup/test"` in zylon-ai/private-gpt's tests), a role written where it goes
 * (`fallback/planning-model`, `fallback/default-model`) and the config layer a test sets a model in (`openai/user`,
 * `openai/project`, `openai/home`: HKUDS/DeepCode's config-layering tests).
 */
const PLACEHOLDER_NAME =
  /^(((your|my)[-_]?|(some|another|other)[-_]|(choose|pick|enter|insert)[-_](an?[-_])?)([a-z0-9]+[-_])?(model|repo|deployment)([-_]?(name|id|path|dir|folder|version))?|([a-z]+[-_])?model[-_]?(name|id)|repo[-_]?name|name|model|(default|fallback|primary|secondary|backup|planning|implementation)[-_]model|user|project|home|workspace|<[^>]*>|(not[-_]a|dummy|fake|demo|mock|test)[-_](repo|repository|model)|x|local|tests?|\.{2,}|…)$/i;
/**
 * The name after a route that stands in for any model: `<model-name>`, and the `openai/x` / `openai/local` that
 * LM Studio and llamafile guides write because the local server ignores it (open-interpreter README.md:251).
 */
export const isStandInName = (name: string): boolean => PLACEHOLDER_NAME.test(name);
/**
 * A name in capitals made of a generic word and others (`HF_MODEL`, `OUTPUT-MLC`, `MODEL_PATH`, `YOUR_REPO`): a shell
 * variable's spelling, which documentation writes for the reader's own model (mlc-ai/mlc-llm docs/compilation/
 * compile_models.rst: `git clone https://huggingface.co/DISTRIBUTOR/HF_MODEL`, `mlc_llm compile ./dist/OUTPUT-MLC/...`).
 * Capitals without such a word are real names (`zai-org/GLM-OCR`, `nvidia/GEAR-SONIC`).
 */
const CAPITALS_PLACEHOLDER = /^(?=[A-Z_-]+$)(?:[A-Z]+[-_])*(?:MODEL|MODELS|OUTPUT|NAME|PATH|DIR|REPO|YOUR|MY)(?:[-_][A-Z]+)*$/;
/**
 * A generic word where the organisation goes (`owner/model`, `default/model`, `test-org/x`, `org/base`,
 * `org/code-lora` in mistral.rs's CLI tests and docs): the shape a format's docs or tests spell, not a publisher.
 */
const GENERIC_ORG = /^((test|example|sample|dummy|fake|my|your)[-_]?(org|organi[sz]ation|user|owner|namespace|account)|org|owner|default|example)$/i;
/**
 * An organisation spelled as a domain (`example.com/model`, `app.kubernetes.io/name`,
 * `internal.serving.kserve.io/model-criticality`, KAITO's `kaito.sh/model-mirror-cleanup` finalizer): a URL or a
 * Kubernetes label, annotation or finalizer key; Hub names carry no TLD.
 */
export const DOMAIN_ORG = /^[\w-]+(\.[\w-]+)*\.(com|org|net|io|ai|dev|co|cn|edu|gov|app|cloud|sh|local|internal|svc|cluster|example|test|localhost)$/i;
/** An API version as the name (`openai/v1`, `anthropic/v1beta`): a URL path, not a model. */
export const API_VERSION = /^v\d+(?:(?:alpha|beta)\d*)?$/i;

/**
 * Two single letters (`N/A` for a value not available, `u/d` for a test's dummy repo, `I/O`, `y/n`): an abbreviation or a
 * stand-in, not a repository (huggingface/lerobot's `lerobot_info.py` prints `"N/A"` for a missing version, its
 * tests/jobs/test_annotate.py stands in `u/d` for a dataset).
 */
const LETTER_PAIR = /^[a-z]\/[a-z]$/i;

/** True when an `org/name` is a placeholder, a domain path or an API route rather than a Hub repository. */
export function isPlaceholderId(org: string, name: string): boolean {
  return (
    LETTER_PAIR.test(`${org}/${name}`) ||
    // A bare lower-case `user`: the owner documentation and tests write for the reader's account (`--policy.path=
    // user/my_policy`, `repo_id="user/policy"`: huggingface/lerobot's docstrings and tests); no labelled set names a Hub
    // model under it. (Capitals are a variable's spelling in a path, `quay.io/USER/granite-code`, read elsewhere.)
    org === 'user' ||
    PLACEHOLDER_ORG.test(org) ||
    PLACEHOLDER_NAME.test(name) ||
    CAPITALS_PLACEHOLDER.test(name) ||
    PLACEHOLDER_PAIR.test(`${org}/${name}`) ||
    PLACEHOLDER_PAIR.test(`${org.toLowerCase()}/${name.toLowerCase()}`) ||
    GENERIC_ORG.test(org) ||
    DOMAIN_ORG.test(org) ||
    API_VERSION.test(name) ||
    API_VERSION.test(org) ||
    isCollectionSlug(name) ||
    saysMissing(name) ||
    saysMissing(org)
  );
}

/**
 * A name that says the model does not exist (`gpt-4-not-exist`, `nonexistent-model`, a Fireworks path's
 * `accounts/fireworks/models/not-a-real-model`, rig's `rig/definitely-not-a-llamacpp-model`, `no-such/embedding-model`,
 * `Qwen/Qwen4-Embedding-Unreleased`, chroma's `model_name = "unknown-model"` that Ollama answers `model not found`): a test
 * of the error path.
 */
export const saysMissing = (name: string) =>
  /(?:^|[-_/])(?:not[-_]?exists?|non[-_]?existent|nonexisting|does[-_]not[-_]exist|not[-_]a[-_]real|not[-_]an?[-_](?:[a-z0-9]+[-_])?model|unknown[-_](?:[a-z0-9]+[-_])?model|no[-_]such|unreleased)(?:$|[-_/])/i.test(
    name,
  );

/** A collection's slug ends in its 24-hex object id (`TheBloke/recent-models-64f9a55bb3115b4f513ec026`): a list of repos, not one. */
const isCollectionSlug = (name: string) => /-[0-9a-f]{24}$/.test(name);

/**
 * Settings naming where a trained model is pushed or saved (`hub_model_id`, `push_to_hub_model_id`,
 * `output_model`): the project's output, not a model it uses.
 */
export const OUTPUT_MODEL_SETTING = /(^|[-_])hub[-_]?model[-_]?(id|name)$|push[-_]?to[-_]?hub|^(output|save|export|push)[-_]?model/i;

export interface ParsedModelId {
  id: string;
  revision?: string;
}

/** True when `value` has the shape of a Hub repo id and not of a path, URL or image. */
/** A first segment that cannot be a Hub organisation: a Hub route or a folder weights are kept in. */
export const isNotAnOrg = (segment: string): boolean => NOT_AN_ORG.has(segment.toLowerCase());

export function looksLikeHubId(value: string): boolean {
  if (!HUB_ID.test(value)) return false;
  // The Hub's ids end with a letter, digit or `_` (huggingface_hub's validate_repo_id: `\b` at both ends): `01-ai/Yi-`
  // tested against a model name is a prefix.
  if (FILE_LIKE.test(value) || RATE.test(value) || /[-.]$/.test(value)) return false;
  // Nor do they hold `--` or `..` (validate_repo_id again): `Qwen/Qwen3--5-4B`, `Qwen/Qwen3..5-4B` are the malformed
  // URLs a parser's tests reject (EricLBuehler/mistral.rs mistralrs-core/src/gguf/base_model.rs).
  if (/--|\.\./.test(value)) return false;
  const [org, name] = value.split('/') as [string, string];
  if (org === '.' || org === '..' || name === '.' || name === '..') return false;
  if (isNotAnOrg(org) || /^checkpoint-\d+$/.test(name)) return false;
  return !isPlaceholderId(org, name);
}

/**
 * A GGUF file named inside its Hub repo, `<org>/<name>-GGUF/<file>.gguf`: LM Studio's model ids, as its server lists and
 * answers to them (mem0's `lmstudio-community/Meta-Llama-3.1-70B-Instruct-GGUF/Meta-Llama-3.1-70B-Instruct-IQ2_M.gguf`,
 * https://github.com/mem0ai/mem0/blob/main/mem0/llms/lmstudio.py), and a repackager's file by its repo elsewhere. The
 * model is the repo (its lineage is on the Hub); the file is one quantisation in it, kept in the reference's snippet,
 * as LocalAI's `huggingface://<org>/<repo>/<file>.gguf` is (cli-args). Only a repo named for GGUF files (`-GGUF`,
 * `_gguf`, `.gguf`) before the file: `llama-cpp/models/x.gguf`, `some/dir/x.gguf` are paths on disk.
 */
const GGUF_FILE_IN_REPO = /^([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*[-_.]gguf)\/(?:[\w.-]+\/)*[\w.-]*[A-Za-z0-9][\w.-]*\.gguf$/i;

/** The Hub repo of a GGUF file named inside it (GGUF_FILE_IN_REPO), else undefined. */
export const ggufFileRepo = (value: string): string | undefined => GGUF_FILE_IN_REPO.exec(value)?.[1];

/** `huggingface_` before an `<org>/` (parseHubReference). */
const PROVIDER_JOINED_HUB_ID = /^huggingface_(?=[A-Za-z0-9][\w.-]*\/)/;

/**
 * Turn what a user wrote into a Hub id: strips Hub/mirror URLs, `hf://`, `hf.co/`, a `huggingface_` prefix,
 * `/resolve/...` and `/tree/...` tails, an `@revision` suffix, and a GGUF file after its `-GGUF` repo. Returns undefined when
 * the value is not a Hub id.
 */
export function parseHubReference(raw: string): ParsedModelId | undefined {
  let value = raw.trim().replace(/^['"]|['"]$/g, '');
  let revision: string | undefined;
  // (`HF://` too: a URL's scheme is case-insensitive, and MLC LLM writes it in capitals.)
  if (/^hf:\/\//i.test(value)) value = value.slice('hf://'.length).replace(/^models\//, '');
  // `huggingface_sentence-transformers/all-mpnet-base-v2` (DocsGPT's EMBEDDINGS_NAME, `<provider>_<model>`): the
  // provider's name joined to a Hub id by `_` names that Hub id.
  value = value.replace(PROVIDER_JOINED_HUB_ID, '');
  const url = HUB_URL.exec(value);
  if (url) {
    const rest = value.slice(url.index + url[0].length);
    const rev = /^\/(?:tree|resolve|blob)\/([^/?#]+)/.exec(rest);
    if (rev) revision = decodeURIComponent(rev[1]!);
    value = url[1]!;
  }
  const at = value.lastIndexOf('@');
  if (at > 0) {
    revision = value.slice(at + 1) || undefined;
    value = value.slice(0, at);
  }
  const legacy = LEGACY.get(value);
  if (legacy) value = legacy;
  // `lmstudio-community/Meta-Llama-3.1-8B-Instruct-GGUF/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf`: the repo of the file.
  value = ggufFileRepo(value) ?? value;
  if (!looksLikeHubId(value)) return undefined;
  return revision ? { id: value, revision } : { id: value };
}

/** Extensions of model weight files: `x.gguf` is a model, wherever it sits. */
/**
 * The file names tools give every checkpoint (transformers', PEFT's and trainers' `model.safetensors`,
 * `adapter_model.safetensors`, diffusers' LoRA `pytorch_lora_weights.safetensors`, `scheduler.pt`; llama.cpp's `ggml-model.gguf`, a quantisation's `model-Q4_K_M.gguf`, a
 * projector's `mmproj-BF16.gguf`, a repo's versions of its one model `model-v2-q4k.gguf` (candle's lmz/candle-quantized-phi); mistral.rs's UQFF shards `q4k-0.uqff`; DeepSpeed's shards `mp_rank_00_model_states.pt`,
 * `zero_pp_rank_0_mp_rank_00_optim_states.pt`, as its zero_to_fp32.py reads them:
 * https://github.com/deepspeedai/DeepSpeed/blob/master/deepspeed/utils/zero_to_fp32.py; a run's state to resume from,
 * torchtune's `recipe_state.pt` beside the weights it writes, `training_state.pt`: optimizer, epoch and seed,
 * https://pytorch.org/torchtune/main/deep_dives/checkpointer.html): a folder's layout, not a model of its own.
 */
export const CONVENTIONAL_WEIGHT_FILE =
  /^(?:(?:pytorch_|adapter_|tf_|flax_|diffusion_pytorch_|ggml-)?(?:model|mmproj)(?:-v\d+)?(?:[-.](?:i?q\d\w*|[bf]f?\d+))?(?:-\d+-of-\d+)?|(?:a?f?q|iq)\d\w*-\d+(?=\.uqff$)|pytorch_lora_weights|scheduler|optimizer|rng_state\w*|(?:training|model)_args|trainer_state|(?:recipe|training)_state|(?:bf16_)?(?:zero_pp_rank_\d+_)?mp_rank_\d+_(?:model|optim)_states)\.\w+$/i;
export const WEIGHT_FILE = /\.(gguf|ggml|safetensors|bin|pt|pth(?:\.tar)?|ckpt|onnx|llamafile)$/i;
/** A file in a format only weights come in (a `.bin` may be any binary): a model's weights by its extension alone. */
export const WEIGHTS_ONLY_FILE = /\.(?:safetensors|pth(?:\.tar)?|pt|onnx|gguf|ggml|ckpt|llamafile)$/i;
/**
 * A weights-only file kept in a project's `models/` folder, written as a plain path (`models/seed-tokenizer-2/
 * seed_quantizer.pt`, `/mnt/x/AnyGPT/models/soundstorm/speechtokenizer_soundstorm_mls.pt`: OpenMOSS/AnyGPT's CLI
 * defaults and launch commands): the weights of a model the program loads, whatever the option holding it is called (a
 * learned image or speech tokenizer, a codec, a vocoder). Not a run's or a folder's conventional file (`model.safetensors`,
 * `optimizer.pt`: CONVENTIONAL_WEIGHT_FILE), nor a path built from variables or globs.
 */
export function isWeightsFileInModelsFolder(path: string): boolean {
  if (!/^[\w.\/~@+-]+$/.test(path) || !WEIGHTS_ONLY_FILE.test(path) || !/(?:^|\/)models\//.test(path)) return false;
  return !CONVENTIONAL_WEIGHT_FILE.test(path.slice(path.lastIndexOf('/') + 1));
}
/**
 * The weights file a download URL fetches (`https://storage.googleapis.com/sfr-vision-language-research/BLIP/models/
 * model_base.pth`, a query after it allowed: `.../BEATs_iter3_plus_AS2M.pt?sv=...`): its last part, by a format only
 * weights come in and not the name every checkpoint takes. Not a Hub URL (hub-url reads it as its repo).
 */
export function weightsUrlFile(raw: string): string | undefined {
  const url = /^(?:https?|gs|s3):\/\/[^\s'"]+\/([^/\s'"?#]+)(?:\?[^\s'"#]*)?$/.exec(raw.trim());
  if (!url || !WEIGHTS_ONLY_FILE.test(url[1]!) || CONVENTIONAL_WEIGHT_FILE.test(url[1]!) || parseHubReference(raw.trim())) return undefined;
  return url[1];
}
/**
 * A `.bin` named for ggml, the format whisper.cpp and early llama.cpp write (`ggml-base.en.bin`, `ggml-silero-v6.2.0.bin`,
 * `silero-v6.2.0-ggml.bin`, `llama-2-7b.ggmlv3.q4_0.bin`; https://huggingface.co/ggerganov/whisper.cpp/tree/main): a model's
 * weights and nothing else, as a `.gguf` is. Any other `.bin` names any binary.
 */
export const GGML_BIN_FILE = /(?:^|[-_./\\])ggml(?:v\d+)?[-_.](?:[^/\\\s]*\.)?bin$/i;

/** A folder models are put in (`/mnt/models`, `/models`, `/data`), which names none. */
const MOUNT_FOLDER = /^\/?(?:(?:mnt|models?|weights|checkpoints|data|workspace|cache|opt|srv)\/?)+$/i;
/** A folder at the root named for a model's role (`/base_model`, `/quantized_model`, `/finetuned-model`): a mount point. */
const ROLE_FOLDER =
  /^\/(?:base|quantized|quantised|finetuned|fine[-_]tuned|merged|output|pretrained|trained|converted|exported|saved|target|source|original)[-_]?models?$/i;

export type PathModel = { source: 'local'; id: string } | { source: 'huggingface' | 'modelscope'; id: string; revision?: string };

/**
 * A format directive or an environment variable in a path (`models/%s`, `%(name)s`, `%APPDATA%`): a template, no
 * path. A `%` that starts neither stays (RWKV's `...-Eng99%-Other1%-20230429-ctx8192.pth`, URL-escaped `%25`).
 */
const FORMAT_DIRECTIVE = /%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdifuxXeEgGcr%]|%[A-Za-z_]\w*%/;

/**
 * A bare folder name (no `/`) named like a model with its size (`MiniCPM-2B-sft-bf16`, `share4v-7b`,
 * `Meta-Llama-3___1-8B-Instruct`, `qwen2.5-0.5b`), not a placeholder: a folder in the working directory, where a
 * setting that takes a Hub id or a path holds it (no Hub id is written without its organisation so).
 */
export function isBareSizedModelFolder(name: string): boolean {
  return !/[\\/$`{}<>]/.test(name) && /^[A-Za-z][\w.-]*$/.test(name) && /(?:^|[-_.])\d+(?:\.\d+)?[BbMm](?:[-_.]|$)/.test(name) && !isPlaceholderPath(name);
}

/**
 * A weights file whose name says it stands in for one: `example-rwkv7.pth`, `fake_model.gguf`, `rwkv7-example.pth`. Not
 * `dummy-` (microsoft/BitNet's `dummy-bitnet-125m.tl1.gguf` is a model its script generates and benchmarks) nor `-test`/`_test`
 * (stepfun-ai/Step1X-Edit's released LoRA `step1x-edit_test.safetensors`): real files are named so too.
 */
const STAND_IN_WEIGHTS = /^(?:(?:example|fake|mock)[-_][\w.-]*|[\w.-]*[-_](?:example|fake|mock))\.(?:gguf|ggml|safetensors|bin|pt|pth|ckpt|onnx)$/i;

/** A path documentation writes for the reader's own folder, which names no model. */
export function isPlaceholderPath(id: string): boolean {
  return (
    // "/path/to/base-model", "/abs/path/to/model", "/path/model-BF16.gguf": documentation's placeholder for the reader's own folder.
    // So is "/dir/to/your/model-merged" (modelscope-agent's fine-tuning docs: `--ckpt_dir /dir/to/your/lora/model`).
    /(^|[\\/])(?:path|dir|directory|folder)[\\/]to([\\/]|$)|^\/path\//i.test(id) ||
    // "/path1", "/path2" (`--lora-modules a=/path1 b=/path2`, gpustack docs/user-guide/inference-backend-management.md:93):
    // a folder named `path`, numbered or not, stands for the reader's own; so does one word ending in it (`--model_path
    // /oripath --save_path /w8a8path`, zai-org/GLM-4.5 example/Ascend_NPU/README_zh.md:472: the original and the output).
    /(^|[\\/])[A-Za-z0-9]*path\d*$/i.test(id) ||
    // "output/vx-xxx/checkpoint-xxx" (ms-swift's docs): a folder written with `xxx` for its variable part, as names are.
    isXPlaceholder(id) ||
    // "/var/mdl/YOUR-MODEL-PATH", "./your_model_dir" (a manifest's `# TODO: Update model paths`): the reader's folder goes there.
    // So does "some-adapter.gguf" (OpenBMB/MiniCPM's skills: llama.cpp loads `--lora some-adapter.gguf`), as `some-model.gguf`.
    /(?:^|[\\/])(?:your|some)[-_][^\\/]*$/i.test(id) ||
    // "./my_model_checkpoint" (oumi-ai/oumi's BaseModel docstring: `>>> model.save_pretrained("./my_model_checkpoint")`, then
    // `from_pretrained(` with it on a `...` line), "my-model": the stand-in for the reader's own model folder.
    /(?:^|[\\/])my[-_]model(?:[-_](?:checkpoint|dir|folder|path))?$/i.test(id) ||
    // "path_to_chatglm2_6b", "path_to_sft_checkpoint" (hiyouga/ChatGLM-Efficient-Tuning's and LLaMA-Factory 0.x's example
    // commands: `--model_name_or_path path_to_chatglm2_6b`): `path/to` written as one word, the reader's folder goes there.
    /(?:^|[\\/])path[-_]to[-_]/i.test(id) ||
    // "./dist/models/HF_MODEL", "dist/OUTPUT-MLC": a folder named as a variable in capitals (CAPITALS_PLACEHOLDER).
    CAPITALS_PLACEHOLDER.test(id.slice(Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\')) + 1)) ||
    // "models/example-rwkv7.pth" (josStorer/RWKV-Runner's Albatross tests: a path handed to a loader the test expects to
    // refuse it): a weights file named as a stand-in, as names are (model-name.ts NOT_A_MODEL_VALUE: `example-`).
    STAND_IN_WEIGHTS.test(id.slice(Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\')) + 1))
  );
}

/**
 * A path into the folder a project keeps its pretrained models in (`pretrained_models/`, as FunAudioLLM/CosyVoice's README
 * downloads into and RVC-Boss/GPT-SoVITS's installer unzips into; SpeechBrain's recipes name it too), written from the
 * project's root or below it (`GPT_SoVITS/pretrained_models/chinese-hubert-base`, `"%s/GPT_SoVITS/pretrained_models/..."
 * % (now_dir,)`): each of its entries is one model. A checkpoint file there (`s2G488k.pth`, `gsv-v4-pretrained/s2Gv4.pth`,
 * a Lightning checkpoint `s1bert25hz-2kh-longer-epoch=68e-step=50232.ckpt`) is a model of its own; a path that ends at
 * an entry (`pretrained_models/chinese-roberta-wwm-ext-large`, a Hub cache folder `models--nvidia--bigvgan_...`) names
 * that model's folder; a path further into an entry passes through it, a model when named like one (a digit in its
 * name: `pretrained_models/Fun-CosyVoice3-0.5B/cosyvoice3.yaml`). Undefined for any other path.
 */
export function pretrainedModelPath(raw: string): PathModel | undefined {
  const value = raw.trim().replace(/^%s[\\/]/, '');
  const m = /^((?:\.{1,2}\/)*(?:[\w.-]+\/)*?pretrained_models)\/([^\s'"]+)$/.exec(value);
  if (!m || /[{}$*<>%]/.test(value)) return undefined;
  const rest = m[2]!.replace(/\/+$/, '').split('/');
  if (rest.some((s) => !/^[\w.=@+-]+$/.test(s))) return undefined;
  const entry = rest[0]!;
  const whole = `${m[1]}/${rest.join('/')}`;
  if (rest.length > 1 && WEIGHT_FILE.test(rest.at(-1)!) && !CONVENTIONAL_WEIGHT_FILE.test(rest.at(-1)!)) return { source: 'local', id: whole };
  if (rest.length === 1) {
    const cached = entry.startsWith('models--') ? modelFromPath(whole) : undefined;
    return cached ?? { source: 'local', id: whole };
  }
  if (/\d/.test(entry) && !WEIGHT_FILE.test(entry)) return { source: 'local', id: `${m[1]}/${entry}` };
  // `./pretrained_models/qwen/Qwen2.5-Coder-7B/` (QwenLM/Qwen3-Coder finetuning/sft/binarize_data.py's `--tokenizer_path`
  // default): an organisation's folder, as a download there lays models out (ModelScope's `snapshot_download(id,
  // cache_dir='./pretrained_models/')` writes `<org>/<name>`), and in it a folder named like a model: that model.
  const named = rest[1]!;
  if (/^[A-Za-z][\w-]*$/.test(entry) && /\d/.test(named) && /[A-Za-z]/.test(named) && !WEIGHT_FILE.test(named))
    return { source: 'local', id: `${m[1]}/${entry}/${named}` };
  return undefined;
}

/**
 * A model named by where it sits on disk. Cache folders name their repo: the Hugging Face cache
 * (`.../models--Qwen--Qwen2.5-7B/snapshots/<commit>`) and ModelScope's (`.../modelscope/hub/[models/]Qwen/Qwen3-8B`,
 * dots written `___`). Anything else path-shaped is a `local` model: `./checkpoints/x`, `/data/llm`,
 * `~/models/x`, `C:\models\x`, `models/qwen` (a folder, not an org), `x.gguf`. Plain words are not paths.
 */
export function modelFromPath(raw: string): PathModel | undefined {
  const value = raw.trim();
  if (!value || value.length > 500 || /:\/\/|[\n{}$*?<>|"]/.test(value) || FORMAT_DIRECTIVE.test(value)) return undefined;
  const hfCache = /(?:^|[\\/])models--([A-Za-z0-9][\w.-]*)--([A-Za-z0-9][\w.-]*?)(?:[\\/]snapshots[\\/]([0-9a-f]{40}))?(?:[\\/].*)?$/.exec(value);
  if (hfCache && looksLikeHubId(`${hfCache[1]}/${hfCache[2]}`))
    return { source: 'huggingface', id: `${hfCache[1]}/${hfCache[2]}`, ...(hfCache[3] ? { revision: hfCache[3] } : {}) };
  const msCache = /(?:^|[\\/])modelscope[\\/]hub[\\/](?:models[\\/])?([A-Za-z0-9][\w.-]*)[\\/]([A-Za-z0-9][\w.-]*)[\\/]?$/.exec(value);
  if (msCache) {
    const id = `${msCache[1]}/${msCache[2]!.replace(/___/g, '.')}`;
    if (looksLikeHubId(id)) return { source: 'modelscope', id };
  }
  // "/LiheYoung/depth-anything-small-hf/resolve/main/model.safetensors": a file route of the Hub's (`<org>/<name>/resolve/
  // <revision>/<file>`) after a template's host was dropped (containers/ramalama test/e2e/test_inspect.py:12,
  // `f"{_HF_ENDPOINT}/LiheYoung/.../resolve/main/model.safetensors"`, the endpoint a mirror may replace): the Hub repo.
  const hubFile = /^\/([A-Za-z0-9][\w.-]*)\/([A-Za-z0-9][\w.-]*)\/resolve\/[\w.%-]+\/[^\s]+$/.exec(value);
  if (hubFile && looksLikeHubId(`${hubFile[1]}/${hubFile[2]}`)) return { source: 'huggingface', id: `${hubFile[1]}/${hubFile[2]}` };
  const id = value.length > 1 ? value.replace(/[\\/]+$/, '') : value;
  if (isPlaceholderPath(id)) return undefined;
  // "/mnt/models" (KServe's mount point), "/models", "/data": a folder models are put in, which names none.
  if (MOUNT_FOLDER.test(id)) return undefined;
  // "tools/asr/models", "./pretrained_models" (RVC-Boss/GPT-SoVITS's faster-whisper download root): the folder a project
  // keeps its models in, which names none of them. (Two parts alone, `ggml-org/models`, may be a Hub repo.)
  if (/(?:^|[\\/])(?:models|pretrained_models)$/i.test(id) && (id.split(/[\\/]/).length >= 3 || /^(?:\.{1,2}|~)?[\\/]/.test(id))) return undefined;
  // "./model_repo_cosyvoice2", "/models/model_repository": a Triton model repository, one folder per model of a pipeline
  // with its config.pbtxt (https://github.com/triton-inference-server/server/blob/main/docs/user_guide/model_repository.md,
  // `tritonserver --model-repository`), a server's layout, not a model.
  if (/^models?[-_]?repo(?:sitory)?(?:[-_.][\w.-]*)?$/i.test(id.slice(Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\')) + 1))) return undefined;
  // "/base_model", "/quantized_model": a folder at the root named for a model's role, not for a model, as a container's
  // volume is mounted (01-ai/Yi's quantization README: `quant_autogptq.py --model /base_model --output_dir
  // /quantized_model`; finetune/scripts/run_sft_Yi_6b.sh `--model_name_or_path /base_model`, run in its Docker image).
  if (ROLE_FOLDER.test(id)) return undefined;
  // "/nonexistent/path/model.gguf" (containers/ramalama test/e2e/test_artifact.py:72, a test of the error) and
  // "/your/lora/save/checkpoint" (OpenBMB/MiniCPM-V's ms-swift docs): a path said not to exist, or the reader's.
  if (/(^|[\\/])(?:non[-_]?existent|does[-_]?not[-_]?exist|your)([\\/]|$)/i.test(id)) return undefined;
  // "/models/model.gguf", "./model-Q4_K_M.gguf": the file name every checkpoint takes, in such a folder or none, names no model.
  const slash = Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\'));
  if (CONVENTIONAL_WEIGHT_FILE.test(id.slice(slash + 1)) && (slash < 0 || /^\.{0,2}$/.test(id.slice(0, slash)) || MOUNT_FOLDER.test(id.slice(0, slash))))
    return undefined;
  if (/^(\.{1,2}[\\/]|~[\\/]|\/|[A-Za-z]:[\\/])./.test(value) && /[\w]/.test(id.replace(/^[.~]+/, ''))) return { source: 'local', id };
  if (/\s/.test(value)) return undefined;
  if (/^[\w.@+-]+$/.test(value) && WEIGHT_FILE.test(value) && value.replace(WEIGHT_FILE, '')) return { source: 'local', id };
  // "lmstudio-community/X-GGUF/X-Q4_K_M.gguf": a GGUF file named by its Hub repo (ggufFileRepo), the repo's model.
  const inRepo = ggufFileRepo(value) ? parseHubReference(value) : undefined;
  if (inRepo) return { source: 'huggingface', ...inRepo };
  // "models/qwen", "outputs/checkpoint-500", "runs/exp1/final": folders, where "org/name" would be a repo id
  // (one that is not a valid id, a placeholder such as "your-username/your-model", is neither).
  // (A doubled separator is one, as the file system reads it: `your_model_path/llm//Mistral-7B-Instruct-v0.2`, a root and a
  // name joined with a slash each, OpenGVLab/Ask-Anything's VideoChat2 configs. The path is reported as written.)
  const segments = id.replace(/([^/:])\/{2,}/g, '$1/').split('/');
  if (segments.length >= 2 && segments.every((s) => /^[\w.@+-]+$/.test(s)) && !parseHubReference(segments.join('/'))) {
    if (segments.length >= 3 || NOT_AN_ORG.has(segments[0]!.toLowerCase()) || /^checkpoint-\d+$/.test(segments[1]!) || FILE_LIKE.test(id))
      return { source: 'local', id };
  }
  return undefined;
}

/** Repackagers' suffixes: "-GGUF", "-i1-GGUF", "-AWQ", "-4bit", "-MLX", "-bnb-4bit", "-Q4_K_M"... */
const PACKAGING =
  /(?:[-_.](?:i1|imatrix|gguf|ggml|gptq|awq|exl2|exl3|mlx|bnb|4bit|8bit|3bit|6bit|fp8|fp16|bf16|int4|int8|nvfp4|w4a16|w8a8|unsloth|dynamic|q\d(?:_k)?(?:_[a-z0-9]+)?|\d+bpw))+$/i;

/** A repo name without repackagers' suffixes: the model it is a copy of ("Qwen2.5-7B-Instruct-GGUF" -> "Qwen2.5-7B-Instruct"). */
export function stripPackaging(name: string): string {
  let out = name;
  for (let i = 0; i < 4 && PACKAGING.test(out); i++) out = out.replace(PACKAGING, '');
  return out || name;
}

/**
 * `dashscope/*`, `baai/*`: a dependency on a provider's SDK (or a family's library) says the project
 * uses that provider, not which model. It stays a finding, so a policy can deny the provider, but it
 * is evidence of use, not a model reference, and summaries count it apart.
 */
export const isProviderEvidence = (id: string): boolean => id.endsWith('/*');
