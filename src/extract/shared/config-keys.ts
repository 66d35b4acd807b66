// The keys config-file reads a model from, in one place: config-file matches values by them, and
// yaml-prune.ts keeps every block of a large YAML file that holds one.

// axolotl's `tokenizer_config` / `base_model_config` name the repo whose tokenizer or config.json is used, when not the base model's.
// A repo named for a part of a model (exo's model cards: `weights_repo = "exolabs/Kimi-K2.6-vision"` beside `processor_repo =
// "moonshotai/Kimi-K2.6"`, exo-explore/exo resources/inference_model_cards/moonshotai--Kimi-K2.6.toml) is a Hub repo of model files.
// verl's `partial_pretrain` is the model its SFT trainer starts from (https://verl.readthedocs.io/en/latest/examples/config.html), as
// fish-speech's `pretrained_ckpt_path: checkpoints/openaudio-s1-mini` is its finetune's;
// a `processor_name` (oumi's `collator_kwargs`) is the Hub repo a multimodal processor is downloaded from.
// H2O LLM Studio's `llm_backbone: h2oai/h2o-danube2-1.8b-base` is the pretrained model an experiment fine-tunes
// (h2oai/h2o-llmstudio examples/example_oasst2.yaml, loaded by `from_pretrained(cfg.llm_backbone)`).
export const MODEL_KEY =
  /^(model|model_id|model_name|modelid|modelname|model_path|model_dir|model_source|model_name_or_path|pretrained_model_name_or_path|base_model|base_model_name_or_path|repo_id|hf_model|hf_repo|llm|llm_model|llm_backbone|tokenizer|tokenizer_name|tokenizer_path|tokenizer_config|base_model_config|checkpoint|model_repo|model_ids|adapter_name_or_path|[\w-]*_name_or_path|adapter_path|pretrain(ed)?(_model|_ckpt|_checkpoint)?_path|partial_pretrain|processor_name|(weights|processor|tokenizer|adapter|lora|gguf|checkpoint|vae)_repo(_id)?|[\w-]*_model(_id|_name|_repo)?|[\w-]*Model(Id|Name|Repo)?)$/i;
/**
 * A Hugging Face-prefixed argument naming the model one role of a pipeline downloads (Data-Juicer's operator arguments
 * `hf_blip: Salesforce/blip-itm-base-coco`, `hf_img2seq`, `hf_diffusion`, `hf_tokenizer`, modelscope/data-juicer
 * configs/config_all.yaml): a Hub repo when it holds an `org/name` id. Not the Hub's other settings (`hf_token`, `hf_home`,
 * `hf_dataset`, `hf_cache_dir`, `hf_endpoint`, `hf_org`, `hf_split`), nor where a model is written (`hf_output_repo`),
 * nor MTEB's `hf_hub_name`: the dataset a benchmark task loads (mteb 1.x `AbsTask.description`, `'hf_hub_name':
 * "C-MTEB/T2Reranking"` beside `'eval_splits'`, `'main_score'`; netease-youdao/BCEmbedding's and FlagEmbedding's C_MTEB tasks).
 */
export const HF_ARG_KEY =
  /^hf_(?!\w*(?:data|space|cache|dir|home|url|endpoint|token(?!izer)|org|user|split|subset|output|save|push|upload|revision|config|key|secret)|hub_name$)\w+$/i;
/**
 * A gateway's model mapping (higress ai-proxy's `modelMapping: {'gpt-4': 'qwen-max', '*': 'qwen-turbo'}`, one-api's
 * `model_mapping`): each value is the model requests are sent to upstream; each key is a name clients send, an alias.
 */
export const MODEL_MAPPING_KEY = /^model_?(?:mapping|map)$/i;
/**
 * Sections that describe a model, whose entry keys (below) hold its id: `model: {name: Qwen/...}`, `llm: {id: ...}`,
 * `reward_model: {path: ...}`; lm-evaluation-harness's `model_args: {pretrained: gpt2}` beside `model: hf` (the backend),
 * https://github.com/EleutherAI/lm-evaluation-harness/blob/main/docs/config_files.md.
 */
export const MODEL_SECTION = /^(models?|llms?|embeddings?|embedder|reranker|tokenizer|teacher|student|judge|[\w-]*_model|model_args)$/i;
export const ENTRY_KEY = /^(name|id|path|name_or_path|repo|repo_id|pretrained|hf_id|hub_id)$/i;
/**
 * A model key named for ModelScope (`model_scope_model_id: Qwen/Qwen3-8B`, GPUStack's model catalogue
 * gpustack/assets/model-catalog-modelscope.yaml; `modelscope_model_id`): its value is a ModelScope repository.
 */
export const MODELSCOPE_KEY = /model_?scope/i;
/**
 * A key naming the hub a model entry's repository is on, in a map of where the entry is published (alibaba/MNN's model
 * market, apps/Android/MnnLlmChat/app/src/main/assets/model_market.json: `"sources": {"HuggingFace":
 * "taobao-mnn/Qwen3-4B-MNN", "ModelScope": "MNN/Qwen3-4B-MNN"}`): its value is that hub's repository.
 */
export const HUB_KEY = /^(?:hugging_?face(?:_?hub)?|hf(?:_?hub)?|model_?scope)$/i;
/**
 * A table of LoRA adapters and the keys of its entries that say where each comes from: mistral.rs's `[[model.adapters]]`
 * `source = "typeof/zephyr-7b-beta-lora"`, `[models.adapter] lora = [{ alias = "philosophy", source = "org/x" }]` (an
 * entry's `alias`/`name` is what requests call it, no model).
 */
export const ADAPTER_SECTION = /^(adapters?|loras?|lora_adapters)$/i;
export const ADAPTER_ENTRY_KEY = /^(source|path|repo|repo_id|model_id|name_or_path)$/i;
/** Sibling keys holding the server a model entry talks to. */
export const BASE_URL_KEYS = ['api_base', 'base_url', 'base-url', 'baseURL', 'baseUrl', 'apiBase', 'openai_api_base', 'api_base_url', 'endpoint'];
/** Other sibling keys a model entry is read with. */
export const SIBLING_KEYS = ['provider', 'revision', 'model_revision', ...BASE_URL_KEYS];
/** Keys of CI steps whose value is a shell script. */
export const SCRIPT_KEYS = new Set(['run', 'script', 'before_script', 'after_script', 'command', 'commands', 'entrypoint', 'args']);
/**
 * compose-k8s: keys holding a command line, and environment variables. `containerArgs`: a Helm chart's values for its
 * container's args (h2oai/h2ogpt's chart: `containerArgs:` then `- "--model"`, `- h2oai/h2ogpt-4096-llama2-7b-chat`).
 */
export const COMMAND_KEYS = new Set(['command', 'args', 'entrypoint', 'extraArgs', 'containerArgs', 'cmd']);
export const ENV_KEYS = new Set(['environment', 'env', 'extraEnv']);
/** compose-k8s: keys holding a list of shell commands, one an entry (dstack's and Woodpecker CI's `commands:`). */
export const SCRIPT_LIST_KEYS = new Set(['commands']);

/** `vae_path: ae.safetensors`, `- clip_l_path:clip_l.safetensors` (an option written `key:value`): a weights file under a path key. */
export const PATH_TO_WEIGHTS = /(?:path|ckpts?|checkpoint)["']?[ \t]*[:=][ \t]*["']?[\w.@+/\\-]+\.(?:safetensors|pth|pt|onnx|gguf|ggml|ckpt|llamafile)\b/i;
/**
 * A diffusion pipeline's component loaded apart from its denoiser, keyed by its role as the command line's `--vae_path`
 * (cli-args COMPONENT_MODEL_FLAG): `vae_path: "./ckpts/hunyuan-video-i2v-720p/vae"` (Tencent/HunyuanVideo-I2V's
 * hyvideo/hyvae_extract/vae.yaml), `ae_path`, `text_encoder_path`, `text_encoder_2_dir`; an image encoder's too, and either
 * named as the pretrained one (`pretrained_vae_path: './pretrained_model/sd-vae-ft-mse'`, `image_encoder_path:
 * './pretrained_model/image_encoder'`, Zejun-Yang/AniPortrait's configs/prompts, as IP-Adapter's scripts name it).
 */
export const COMPONENT_PATH_KEY = /^(?:pretrained_)?(?:v?ae|(?:text|image)_?encoder(?:_?\d)?)_(?:path|dir)$/i;
/** A line holding such a key with a folder path as its value (the cheap tests before parsing and pruning). */
export const COMPONENT_PATH_LINE =
  /(?:^|[\s{,"'])(?:pretrained_)?(?:v?ae|(?:text|image)_?encoder(?:_?\d)?)_(?:path|dir)["']?[ \t]*:[ \t]*["']?(?:\.{1,2}\/|~\/|\/)/im;

/** Keys whose list holds one command line an entry: a Taskfile task's `cmds` (https://taskfile.dev/reference/schema#task). */
export const COMMAND_LIST_KEYS = new Set(['cmds']);

/** A key listing models (`models`, `static_models`), and one listing aliases of models (`static_aliases`). */
export const MODELS_LIST_KEY = /^(?:[a-z0-9]+_)?models$/i;
export const ALIASES_LIST_KEY = /^(?:[a-z0-9]+_)?aliases$/i;

/** OpenAPI's code-sample lists (https://redocly.com/docs-legacy/api-reference-docs/specification-extensions/x-code-samples). */
export const CODE_SAMPLES_KEY = /^x-code-?samples$/i;

/** A file named for models (`models.yaml`, `gallery/models-index.yml`) may list its weights under keys of any name
 * (`det: x.safetensors`); not a checkpoint's own shard index (`model.safetensors.index.json`, one folder's files). */
export const isModelsFilePath = (relPath: string) => /(^|\/)[^/]*models?[^/]*$/i.test(relPath) && !/\.index\.json$/i.test(relPath);
