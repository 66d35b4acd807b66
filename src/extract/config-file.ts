// YAML / JSON / TOML configuration: values under keys that name models (`model`, `model_name`,
// `model_id`, `model_source` (Ray Serve), `base_model`, `repo_id`, `embedding_model`, `*_model`, ...),
// LiteLLM's `litellm_params.model: <provider>/<model>` (its `model_name` is an alias, not a model), model
// entries beside a `provider` or a base URL, and CI workflows' `run`/`script` commands.
// Formats: https://yaml.org/spec/1.2.2/ https://toml.io/en/v1.0.0 https://docs.litellm.ai/docs/proxy/configs
import { eachHashLineMatch, hashLineStarts } from './shared/comments.js';
import { parse as parseToml } from 'smol-toml';
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Node as YamlNode, type Scalar } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ModelSource, RawReference } from '../model/reference.js';
import { matchesOnLinesWith } from './shared/line-matches.js';
import { defineExtractor } from './extractor.js';
import {
  WEIGHTS_ROOT_FOLDER,
  argReference,
  argsFileModels,
  commentedCommands,
  folderUnderVariable,
  llamafilesRun,
  modelsInArgs,
  tokenize,
  type Token,
} from './shared/cli-args.js';
import {
  CONVENTIONAL_WEIGHT_FILE,
  GGML_BIN_FILE,
  isPlaceholderPath,
  modelFromPath,
  OUTPUT_MODEL_SETTING,
  parseHubReference,
  pretrainedModelPath,
  weightsUrlFile,
} from '../model/ids.js';
import { classify, isNameShaped, isPlaceholderName, isSlotName } from './shared/model-name.js';
import { loadRegistry } from '../registry/load.js';
import { familyNamedFolder, familyNamedPath } from './shared/family-folder.js';
import { classifyOllamaName } from './shared/ollama-tag.js';
import { PositionIndex } from './shared/position.js';
import { apiModelId, contextOnlyId, litellmModel, litellmPrefixes, providerAlias, providerForUrl, providerIds } from '../registry/providers.js';
import { mapGet, parseYaml, walkScalars } from './shared/structured.js';
import {
  ADAPTER_ENTRY_KEY,
  ADAPTER_SECTION,
  ALIASES_LIST_KEY,
  BASE_URL_KEYS,
  CODE_SAMPLES_KEY,
  COMMAND_LIST_KEYS,
  ENTRY_KEY,
  isModelsFilePath,
  MODEL_KEY,
  MODEL_MAPPING_KEY,
  MODEL_SECTION,
  HUB_KEY,
  HF_ARG_KEY,
  MODELSCOPE_KEY,
  MODELS_LIST_KEY,
  PATH_TO_WEIGHTS,
  COMPONENT_PATH_KEY,
  COMPONENT_PATH_LINE,
  SCRIPT_KEYS,
} from './shared/config-keys.js';
import { blankUnreadBlocks } from './shared/yaml-prune.js';
import { mayHoldModelKey } from './shared/key-gate.js';
import { CATALOG, CMDS, colonWords, SCHEME } from './shared/colon-words.js';
import { blankSchemaDocuments, blanked, blankTemplateExpressions, isCiWorkflowPath, isSkyPilotTask } from './shared/yaml-files.js';
import { isBareTemplate, readAs, withoutExampleSuffix } from './shared/example-files.js';
import { isTransformersConfig } from './shared/transformers-config.js';

/** The key a value sits under, and the section above it (list indices skipped). */
const keysOf = (path: (string | number)[]) => {
  const names = path.filter((p): p is string => typeof p === 'string');
  return { key: names.at(-1), section: names.at(-2) ?? '' };
};
/**
 * The adapters a LoRA syncer keeps loaded: the Gateway API Inference Extension's `vLLMLoRAConfig: ensureExist: models:
 * [{id, source}]` (https://github.com/kubernetes-sigs/gateway-api-inference-extension/tree/main/tools/dynamic-lora-sidecar),
 * each `source` a Hub adapter the sidecar loads into vLLM (`id` is the name it is served under). Not `ensureNotExist`:
 * those are unloaded.
 */
const isEnsuredAdapter = (path: (string | number)[], key: string, section: string) =>
  ADAPTER_ENTRY_KEY.test(key) && section === 'models' && path.includes('ensureExist');
/** Whether a value at this path can name a model: a model key, or an entry key inside a model or adapter section. */
const mayHoldModel = (path: (string | number)[]) => {
  const { key, section } = keysOf(path);
  return (
    !!key &&
    (MODEL_KEY.test(key) ||
      (ENTRY_KEY.test(key) && MODEL_SECTION.test(section)) ||
      (ADAPTER_ENTRY_KEY.test(key) && ADAPTER_SECTION.test(section)) ||
      isEnsuredAdapter(path, key, section))
  );
};
/** Whether a key sits in an entry of a map of models (`llm_models: {rwkv: {path: ...}}`): its grandparent names models. */
const modelsMapEntry = (path: (string | number)[]) =>
  path.length >= 3 && typeof path.at(-2) === 'string' && typeof path.at(-3) === 'string' && MODELS_LIST_KEY.test(String(path.at(-3)));
/** A models-map entry's `path` as the weights it names (see modelsMapEntry), or undefined: no Hub id, no bare word. */
function mapEntryWeights(raw: string): string | undefined {
  const value = raw.trim();
  if (!value || value.length > 300 || /\s|:\/\/|[{}$<>*?|"]/.test(value)) return undefined;
  if (/^(?:\.{1,2}[\\/])?(?:models?|weights|checkpoints?|pretrained(?:_models)?)[\\/][^\\/]/i.test(value) || WEIGHTS_VALUE.test(value)) return value;
  return familyNamedPath(value) || familyNamedFolder(value) ? value : undefined;
}
/** Whether a value sits inside an entry of a models list or a model section (`models: [{...}]`, `tts_models`, `reward_model:`). */
const inModelEntry = (path: (string | number)[]) => path.slice(0, -1).some((p) => typeof p === 'string' && (MODEL_SECTION.test(p) || MODELS_LIST_KEY.test(p)));
/** The last part of a dotted key read as a model key: `model`, `*_model*`, `*_name_or_path`, `tokenizer*`, `checkpoint`. */
const DOTTED_MODEL_KEY = /^(?:model(?:_\w+)?|\w+_model(?:_\w+)?|\w+_name_or_path|tokenizer(?:_\w+)?|checkpoint|pretrained\w*)$/;
/** A Hugging Face-prefixed argument holding an `org/name` id somewhere (HF_ARG_KEY says which keys count). */
const HF_ARG_LINE = /(?:^|[\s{,"'])hf_\w+["']?[ \t]*:[ \t]*["']?[\w.-]+\/[\w.-]/m;
/** Files that are not configuration, or that other extractors read (a tokenizer's, `bge-small-zh-v1.5-tokenizer.json` too). */
const NOT_CONFIG =
  /(^|\/)(package(-lock)?\.json|tsconfig[\w.-]*\.json|composer\.lock|yarn\.lock|pnpm-lock\.yaml|\.eslintrc[\w.]*|renovate\.json|\.modelprov\.ya?ml|modelprov\.lock\.json|[\w.-]*\.ipynb|adapter_config\.json|config_sentence_transformers\.json|(?:[\w.-]+[-_])?tokenizer(_config)?\.json|model_index\.json|generation_config\.json|special_tokens_map\.json|pyproject\.toml|Pipfile|Cargo\.toml|poetry\.lock|Cargo\.lock)$/i;
/**
 * An object store's or a host's URI as a model server's source (llmaz's OpenModel `source.uri:
 * oss://<bucket>.<endpoint>/models/Qwen2-7B`, `host:///workspace/Qwen2-0.5B-Instruct`, `s3://<bucket>/DeepSeek-R1-Distill-Qwen-1.5B`;
 * KubeAI's Model `url: s3://...`; KServe's `storageUri`): the weights the server downloads, a model when the URI's last
 * part is named like a language model, with its size (`7B`, `0.5B`, `125m`) or as a weights file (`x-q5_k_m.gguf`); not
 * KServe's classic samples (`gs://.../tensorflow/flowers-2`, `.../sklearn/1.0/model`, `.../cifar10/resnet32`, `v1`).
 * https://github.com/InftyAI/llmaz/blob/main/docs/examples/README.md#deploy-models-from-objectstore
 */
const MODEL_SIZE = /(?:^|[-_.])\d+(?:[._]\d+)?[bBmM](?=$|[-_.])/;
const STORAGE_URI_KEY = /^(?:uri|url|storage_?uri|model_?uri)$/i;
const STORAGE_URI = /^(?:s3|gs|oss|obs|cos|host):\/\/\/?\S*?([^/\s]+)\/?$/;
/** Such a key and URI anywhere in a text (config-file's cheap test before parsing). */
const STORAGE_URI_LINE = /(?:uri|url|storage_?uri|model_?uri)["']?\s*:\s*["']?(?:s3|gs|oss|obs|cos|host):\/\//i;
function storedModel(raw: string): string | undefined {
  const value = raw.trim();
  const last = STORAGE_URI.exec(value)?.[1];
  if (!last || !(MODEL_SIZE.test(last) || WEIGHTS_VALUE.test(last)) || /[<>{}$]/.test(last)) return undefined;
  return value.replace(/\/+$/, '');
}
/**
 * A YAML, JSON or TOML file that is configuration; JSON with comments too (`.jsonc`, `.json5`: VS Code's settings,
 * xming521/WeClone's `settings.template.jsonc`), read once its comments are blanked (blankJsonComments).
 */
const isConfigPath = (path: string) => /\.(ya?ml|json|jsonc|json5|toml|ini)$/i.test(path) && !NOT_CONFIG.test(path);
const JSON_WITH_COMMENTS = /\.json[c5]$/i;
/**
 * JSON with comments as JSON: each `// ...` to the end of its line and each `/* ... *\/` outside a string blanked (offsets
 * and line breaks kept), so the YAML parser reads the rest (a trailing comma is valid in a YAML flow collection).
 * https://code.visualstudio.com/docs/languages/json#_json-with-comments https://spec.json5.org/#comments
 */
export function blankJsonComments(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      // A string, to its closing quote (escapes skipped); a line break ends an unclosed one.
      for (i++; i < text.length && text[i] !== c && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (c !== '/' || (text[i + 1] !== '/' && text[i + 1] !== '*')) continue;
    const end = text[i + 1] === '/' ? (text.indexOf('\n', i) + 1 || text.length + 1) - 1 : (text.indexOf('*/', i + 2) + 1 || text.length - 1) + 1;
    out += text.slice(from, i) + blanked(text, i, end, true);
    from = end;
    i = end - 1;
  }
  return from ? out + text.slice(from) : text;
}
/** `ollama/qwen2.5`, `huggingface/Qwen/Qwen2.5-7B`, `deepseek/deepseek-chat` (LiteLLM provider prefixes). */
/** Of those, the keys whose list is one argument vector. */
/** A weights file by its format (not `.bin`, which names any binary): `x.safetensors`, `models/y.onnx`, `z.Q4_K_M.gguf`. */
// The file name may carry `=` as PyTorch Lightning's ModelCheckpoint writes it (`epoch=68-step=50232.ckpt`,
// RVC-Boss/GPT-SoVITS's `s1bert25hz-2kh-longer-epoch=68e-step=50232.ckpt`).
const WEIGHTS_VALUE = /^(?:[\w.@+-]+\/)*[\w.@+-][\w.@+=-]*\.(?:safetensors|pth|pt|onnx|gguf|ggml|ckpt|llamafile)$/i;
/**
 * A weights file written with Windows separators (`..\\LLama.Unittest\\Models\\llava-v1.6-mistral-7b.Q3_K_XS.gguf`, an
 * ASP.NET appsettings.json's `ModelPath`): the same file, reported with `/` as every other path is.
 */
const WINDOWS_WEIGHTS_VALUE = /^[\w.@+-]+(\\[\w.@+-]+)+\.(?:safetensors|pth|pt|onnx|gguf|ggml|ckpt|llamafile)$/i;
/** A weights file by its format, or a plain `.bin` named for ggml (GGML_BIN_FILE), not the name every checkpoint takes. */
const isWeightsOrGgmlValue = (v: string): boolean =>
  WEIGHTS_VALUE.test(v) || (/^[\w.@+-]+(\/[\w.@+-]+)*$/.test(v) && GGML_BIN_FILE.test(v) && !CONVENTIONAL_WEIGHT_FILE.test(v.slice(v.lastIndexOf('/') + 1)));
/**
 * A weights file written from the root or home (`ckpt: '/nvme/share_data/model/pretrained_minigpt4.pth'`, MiniGPT-4's eval
 * config as OpenGVLab/Ask-Anything copies it): the same file as a relative one, unless the path is a placeholder
 * (`/path/to/x.pth`, modelFromPath).
 */
const ROOTED_WEIGHTS_VALUE = /^~?\/(?:[\w.@+-]+\/)*[\w.@+-][\w.@+=-]*\.(?:safetensors|pth|pt|onnx|gguf|ggml|ckpt|llamafile)$/i;
/** A weights file's path as the report names it (`/` separators), or undefined when the value is none. */
const weightsFile = (value: string): string | undefined => {
  const v = value.trim();
  if (ROOTED_WEIGHTS_VALUE.test(v)) return modelFromPath(v)?.source === 'local' ? v : undefined;
  return WEIGHTS_VALUE.test(v) ? v : WINDOWS_WEIGHTS_VALUE.test(v) ? v.replace(/\\/g, '/') : undefined;
};
/** Whether a value is the file's own name, extension aside (`chat-latest` in `models/llm/chat-latest.yaml`; case ignored). */
const namedForFile = (path: string, value: string): boolean => {
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.(?:ya?ml|json|toml)$/i, '');
  return base.length > 1 && base.toLowerCase() === value.trim().toLowerCase();
};
/** Keys that say where a result is written: a weights file there is an output, not a model used. */
const OUTPUT_PATH_KEY = /output|save|export|dump|out_|ignore|exclude|skip|deny/i;
/**
 * Keys a model's checkpoint is given under by URL or absolute path: `pretrained`, `finetuned`, `pretrained_image_qformer`,
 * `*_ckpt`, `*_url_or_filename`, `projection_path_pc`.
 */
const CHECKPOINT_URL_KEY = /^(?:pretrained|finetuned)(?:_\w+)?$|(?:ckpt|checkpoint|weights?|url_or_filename)$|_path(?:_[a-z]+)?$/i;
/** A weights file given by its URL (the file) or an absolute path (as written). */
const checkpointGiven = (value: string): string | undefined =>
  weightsUrlFile(value) ??
  (/^\/(?:[\w.@+-]+\/)+[\w.@+-]+\.(?:safetensors|pth|pt|ckpt)$/i.test(value.trim()) && !isPlaceholderPath(value.trim()) ? value.trim() : undefined);
/**
 * Where one model's weights are, in a config that names them by path (PaddlePaddle/ERNIE's ERNIEKit task configs:
 * `"pre_train_model": [{"name": "ernie_3.0_base_ch", "params_path": "../../models_hub/ernie_3.0_base_ch_dir/params"}]`,
 * `"inference_model_path": "./output/<run>/save_inference_model/inference_step_126/"`): a model section's weights entry
 * (`params_path`, `weights_path`, `ckpt_path`, `checkpoint_dir`), or a key naming the model one role loads
 * (`inference_model_path`, `teacher_model_dir`, `reward_model_path`). Not where a model is written (OUTPUT_PATH_KEY:
 * `save_inference_model_path`, `output_model_dir`).
 */
const WEIGHTS_ENTRY_KEY = /^(?:params?|weights?|ckpt|checkpoint)_(?:path|dir|file)$/i;
/** A key naming a diffusion pipeline's part that loads by file (`default_vae`, `refiner`, `default_loras`, `lora_files`). */
const DIFFUSION_PART_KEY = /^(?:default_)?(?:vae|refiner|loras?)(?:_(?:files?|names?))?$/i;
/** A file name that is a slot to fill in (`lora_filename_1.safetensors`, `your_lora.safetensors`). */
const SLOT_FILE = /file_?name|(?:^|[\\/])(?:your|my)[-_]/i;
const ROLE_MODEL_PATH_KEY = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*?_(?:model|llm)_(?:path|dir)$/i;
/**
 * A checkpointer's section (`checkpointer:`, `teacher_checkpointer:`, `ref_checkpointer:`; pytorch/torchtune's recipe
 * configs, https://pytorch.org/torchtune/main/deep_dives/checkpointer.html): with the `checkpoint_files` it loads beside
 * it, its `checkpoint_dir` is the folder of weights the recipe starts from, not one it writes.
 */
const CHECKPOINTER_SECTION = /^(?:\w+_)?checkpointer$/i;
/**
 * A run config's own weights entry at its top level, into a folder kept for checkpoints and named like a model (a letter
 * and a digit; no run output or log): `checkpoint_dir: "checkpoints/FRCRN_SE_16K"` (modelscope/ClearerVoice-Studio's
 * inference configs, as an argparse `--checkpoint-dir` default says it). Two parts, so no FOLDER_PATH: the folder
 * `checkpoints/` is no Hub organisation.
 */
const CHECKPOINTS_FOLDER = /^(?:\.\/)?(?:checkpoints?|ckpts?)\/((?=[^\s/]*\d)(?=[^\s/]*[A-Za-z])[\w.-]+)\/?$/;
const RUN_OUTPUT_NAME = /output|result|log|tmp|temp|cache|path[_-]?to|your[_-]/i;
/** A path that cannot be a Hub id: rooted, relative (`./`, `../`, `~/`) or of three parts or more. */
const FOLDER_PATH = /^(?:\.{1,2}\/|~\/|\/)\S|^[^\s/]+\/+[^\s/]+\/+[^\s/]/;
/** An option written as one string, `llm_path:Qwen3-4B.Q4_K_M.gguf` (stable-diffusion.cpp options in LocalAI configs). */
const KEY_VALUE_OPTION = /^([A-Za-z_][\w.-]*):([^\s:]+)$/;
/** A literal block whose first line is a `key:` (`config_file: |` holding a model's YAML config). */
const EMBEDDED_MAPPING = /^[ \t]*[A-Za-z_][\w.-]*:(?:[ \t]|$)/;
const ARGV_KEYS = new Set(['command', 'entrypoint', 'args']);
/** `.vscode/launch.json` (https://code.visualstudio.com/docs/debugtest/debugging-configuration#_launchjson-attributes). */
const VS_CODE_LAUNCH = /(?:^|\/)\.vscode\/launch\.json$/i;
/** Keys whose string value is one command line, in any file (`command: vllm serve X`); in CI files SCRIPT_KEYS. */
const COMMAND_LINE_KEYS = new Set(['command', 'cmd']);
/** Larger documents are generated data, not configuration someone writes by hand. */
const MAX_CONFIG_BYTES = 4 << 20;
/** Past this size a JSON file is scanned for `"key": "value"` pairs instead of parsed (eval dumps, logs). */
const JSON_SCAN_BYTES = 256 << 10;
/** "\"model_id\": \"microsoft/Phi-3.5-mini-instruct\"" */
const JSON_PAIR = /"([\w-]+)"\s*:\s*"((?:[^"\\\n]|\\.)*)"/g;

/** A config.json that parses and is no transformers model configuration. */
function programSettings(text: string): boolean {
  try {
    return !isTransformersConfig(JSON.parse(text));
  } catch {
    return false;
  }
}

export default defineExtractor({
  name: 'config-file',
  words: [
    'model',
    'repo_id',
    'llm',
    'checkpoint',
    'tokenizer',
    // A Hugging Face-prefixed argument (`hf_blip: Salesforce/blip-itm-base-coco`, HF_ARG_LINE).
    'hf_',
    'embedd',
    'reranker',
    'teacher',
    'student',
    'judge',
    'ollama',
    'download',
    '-hf',
    'serve',
    'safetensors',
    '.pt',
    '.onnx',
    '.gguf',
    '.ggml',
    '.ckpt',
    'llamafile',
    'catalog:',
  ],
  matchesName: true,
  // A bare template (`gpu-tinyllama.tpl`) is taken here and read only when its text is YAML (readAs).
  matches: (path) => isConfigPath(withoutExampleSuffix(path)) || isBareTemplate(withoutExampleSuffix(path)),
  extract(file) {
    const text = file.text;
    // `settings.yaml.example` is read as the `settings.yaml` it becomes, a template holding YAML as YAML.
    const relPath = readAs(file.relPath, text);
    if (isBareTemplate(relPath)) return { references: [], diagnostics: [] };
    // SkyPilot tasks (`run: |` beside `resources:`) are scripts too, whatever the file is called.
    // (`run:`, `setup:`, `cmds:`, `catalog:`, `://` found in one scan from the colons: shared/colon-words.ts.)
    const words = colonWords(text);
    const skyPilot = isSkyPilotTask(text, words);
    // A Cog config's `build.run` commands run when the image is built (https://cog.run/yaml/#run): scripts too.
    const ci = isCiWorkflowPath(relPath) || skyPilot || isCogConfig(relPath, text);
    // VS Code's debug configurations: each `args` list is the launched program's argv (one item a word, or a few).
    const launch = VS_CODE_LAUNCH.test(relPath);
    // Cheap test before parsing: a model-ish key or section anywhere (shared/key-gate.ts).
    // A file named for models may list its weights under keys of any name (`det: x.safetensors`).
    // Not a checkpoint's own shard index (`model.safetensors.index.json`: its `weight_map` names a shard for every
    // tensor, the model's own files, which the local-model extractor reads as one folder).
    const modelsFile = isModelsFilePath(file.relPath);
    // A list of OpenAI model objects (`{"id": "x", "object": "model"}`, the `/v1/models` answer a gateway or server
    // ships as its catalogue): each id is a model, whatever its key is called.
    const listed = /\.json$/i.test(relPath) && MODEL_OBJECT.test(text) ? modelObjects(text) : [];
    if (
      !listed.length &&
      !mayHoldModelKey(text) &&
      !(ci && /ollama|vllm|download|-hf|--[\w-]*model|serve\b|llamafile|\.gguf/.test(text)) &&
      !(launch && /--[\w-]*(?:model|ckpt|checkpoint|weights)/i.test(text)) &&
      !((words & CMDS) !== 0 && /--[\w-]*model/.test(text)) &&
      !(modelsFile && /safetensors|\.pt|\.onnx|\.gguf|\.ggml|\.ckpt|llamafile/i.test(text)) &&
      !PATH_TO_WEIGHTS.test(text) &&
      !COMPONENT_PATH_LINE.test(text) &&
      !(text.includes('hf_') && HF_ARG_LINE.test(text)) &&
      !((words & CATALOG) !== 0 && CATALOG_SECTION.test(text)) &&
      !((words & SCHEME) !== 0 && STORAGE_URI_LINE.test(text)) &&
      !holdsPickerEntry(text)
    )
      return { references: [], diagnostics: [] };
    // A `config.json` is a model's own (the local-model extractor reads it, and reports it when malformed) or a program's
    // settings (`[{"scenario": ..., "model_path": "~/models/qwen2.5-7b-instruct"}]`, a benchmark's runs), read here.
    if (/(^|\/)config\.json$/.test(relPath) && !programSettings(text)) return { references: [], diagnostics: [] };
    if (text.length > MAX_CONFIG_BYTES)
      return {
        references: [],
        diagnostics: [
          {
            stage: 'extract',
            code: 'file-too-large',
            path: file.relPath,
            message: `${file.relPath}: ${text.length} bytes is too large for a configuration file; not read`,
          },
        ],
      };
    const positions = new PositionIndex(text);
    const references: RawReference[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const entry of listed) {
      // An API document's example (`"id": "my-model"` in kaito's api_spec.json) stands for a model.
      // (Judged before any `:tag`: `command-r-v01:q1_s`, `cohere.embed-english-v3:0:512` are names.)
      if (isPlaceholderName(entry.id.trim().split(':')[0]!)) continue;
      const { line, column } = positions.at(entry.offset);
      references.push({ ...listedModelObject(entry), line, column, snippet: positions.snippet(line) });
    }
    const ollamaFile = /ollama/i.test(relPath);
    const add = (id: string, source: ModelSource, offset: number, revision?: string) => {
      const { line, column } = positions.at(offset);
      references.push({ id, source, line, column, snippet: positions.snippet(line), ...(revision ? { revision } : {}) });
    };
    const consider = (written: string, path: (string | number)[], given: string, at: number, siblings: Siblings = {}) => {
      // `extra_configs.model_name_or_path: '...'` (Data-Juicer's sandbox, overriding a nested setting by its dotted path):
      // a dotted key whose last part is a model key spelt snake_case is that key (not a docs site's nav entry,
      // `llama.ichatmodel: ./xmldocs/llama.ichatmodel.md`, SciSharp/LLamaSharp's mkdocs.yml).
      const last = written.includes('.') ? written.slice(written.lastIndexOf('.') + 1) : written;
      const key = last !== written && MODEL_KEY.test(last) && DOTTED_MODEL_KEY.test(last) ? last : written;
      // An OmegaConf interpolation's default is the value unless the key it selects is set (`tokenizer_path:
      // ${oc.select:actor_rollout_ref.model.path,"~/models/deepseek-llm-7b-chat"}`, verl's configs;
      // https://omegaconf.readthedocs.io/en/latest/custom_resolvers.html#oc-select).
      const oc = given.startsWith('${oc.') ? OC_DEFAULT.exec(given) : null;
      const value = oc ? oc[2]! : given;
      const offset = oc ? at + given.lastIndexOf(oc[2]!) : at;
      // `modelMapping: {'gpt-4': 'Phi-3.5-MoE-instruct', '*': gpt2}`: the value is the upstream model, whatever its shape.
      if (typeof path.at(-1) === 'string' && MODEL_MAPPING_KEY.test(String(path.at(-2) ?? ''))) {
        const name = value.trim();
        if (!name || isPlaceholderName(name) || isSlotName(name) || !/^[A-Za-z0-9@][\w@.:/-]*$/.test(name)) return;
        const known = classify(name, '', loadRegistry(), false);
        // A bare word no table knows (`'*': 'dify'`, the provider's own app) is left: names need a digit, hyphen or slash.
        if (known) return add(known.id, known.source, offset);
        return isNameShaped(name) ? add(contextOnlyId(name), 'api', offset) : undefined;
      }
      if (!MODEL_KEY.test(key)) {
        // `"default_vae": "ponyDiffusionV6XL_vae.safetensors"`, `"default_refiner": "sd_xl_refiner_1.0_0.9vae.safetensors"`,
        // `"default_loras": [[true, "sd_xl_offset_example-lora_1.0.safetensors", 0.1]]` (lllyasviel/Fooocus's presets): under
        // a key naming a part of a diffusion pipeline, a weights file is one the program loads from its folder of that kind.
        // (Not a slot to fill in: readme's `"default_loras": [["lora_filename_1.safetensors", 0.5]]`.)
        if (DIFFUSION_PART_KEY.test(key) && weightsFile(value) && !SLOT_FILE.test(value) && !OUTPUT_PATH_KEY.test(path.join('.')))
          return add(weightsFile(value)!, 'local', offset);
        // OpenCompass's OpenAI-API model entry, `{path: Qwen2-0.5B-Instruct, openai_api_base: http://127.0.0.1:8000/v1/...}`
        // (opencompass/models/openai_api.py `OpenAI(path=..., openai_api_base=...)`; EvalScope's OpenCompass backend takes
        // its `models:` so): `path` is the name the server at that address answers to, not a folder.
        if (key === 'path' && siblings.openaiApiBase && /^[A-Za-z0-9][\w.:/-]*$/.test(value.trim()) && !isSlotName(value.trim()))
          return addWithBase(siblings.openaiApiBase, value.trim(), offset);
        // `models: [{sources: {HuggingFace: taobao-mnn/Qwen3-4B-MNN, ModelScope: MNN/Qwen3-4B-MNN}}]`: inside a model
        // entry, a key naming a hub holds the entry's repository on that hub.
        if (HUB_KEY.test(key) && inModelEntry(path)) {
          const hub = parseHubReference(value);
          if (hub && value.includes('/'))
            return add(hub.id, MODELSCOPE_KEY.test(key) ? 'modelscope' : 'huggingface', offset, hub.revision ?? siblings.revision);
        }
        // `hf_blip: Salesforce/blip-itm-base-coco` (Data-Juicer's operator arguments): a Hugging Face-prefixed argument
        // holding an `org/name` id names the Hub repo that role downloads.
        if (HF_ARG_KEY.test(key) && value.includes('/')) {
          const hub = parseHubReference(value);
          if (hub) return add(hub.id, 'huggingface', offset, hub.revision ?? siblings.revision);
        }
        // `params_path: ../../models_hub/ernie_3.0_base_ch_dir/params` in a `pre_train_model` entry, `inference_model_path:
        // ./output/<run>/save_inference_model/inference_step_126/`: the folder of weights that model loads (WEIGHTS_ENTRY_KEY).
        // (Two parts too when the first is a folder weights are kept in, no organisation: `"llama_model_path":
        // "model/stable-vicuna-13b"`, OpenGVLab/Ask-Anything's VideoChat configs, the folder its README fills.)
        if (
          ((WEIGHTS_ENTRY_KEY.test(key) &&
            (MODEL_SECTION.test(keysOf(path).section) || (siblings.checkpointFiles && CHECKPOINTER_SECTION.test(keysOf(path).section)))) ||
            ROLE_MODEL_PATH_KEY.test(key) ||
            COMPONENT_PATH_KEY.test(key)) &&
          (FOLDER_PATH.test(value.trim()) || WEIGHTS_ROOT_FOLDER.test(value.trim())) &&
          !OUTPUT_PATH_KEY.test(path.join('.'))
        ) {
          const folder = modelFromPath(value);
          if (folder?.source === 'local') return add(folder.id, 'local', offset);
        }
        if (WEIGHTS_ENTRY_KEY.test(key) && path.length === 1) {
          const folder = CHECKPOINTS_FOLDER.exec(value.trim());
          if (folder && !RUN_OUTPUT_NAME.test(folder[1]!)) return add(value.trim().replace(/\/$/, ''), 'local', offset);
        }
        // `"load": "checkpoints/neox_converted/llama3-8b-instruct"` (EleutherAI/gpt-neox's post-training configs; Megatron-LM's
        // `--load`): a Megatron-style run config's top-level `load` is the checkpoint folder the run starts or resumes from.
        // A folder path whose last folder is named as a published family's models are (familyNamedFolder) is those weights;
        // `checkpoints`, a run's own output and placeholders are not (its `save` is where the run writes).
        if (key === 'load' && path.length === 1) {
          const folder = value.trim().replace(/\/+$/, '');
          const last = folder.slice(folder.lastIndexOf('/') + 1);
          if (folder.includes('/') && !/\s|:\/\/|(?:^|\/)path\/to\//i.test(folder) && !RUN_OUTPUT_NAME.test(folder) && familyNamedFolder(last))
            return add(folder, 'local', offset);
        }
        // `model: {name: Qwen/Qwen2.5-7B}`: only a Hub id counts, since `name` is a word of every section.
        const parsed = mayHoldModel(path) ? parseHubReference(value) : undefined;
        if (parsed) return add(parsed.id, 'huggingface', offset, parsed.revision ?? siblings.revision);
        // `[[models.llms]] path = "models/THUDM/glm-4-9b-chat-hf"`: an entry's path into a models folder (or to a
        // weights file) is the weights it loads; other paths (`./checkpoints/final`, a tokenizer's file) are left.
        // `source: {uri: oss://<bucket>.<endpoint>/models/Qwen2-7B}`: the weights a server downloads from an object store.
        const stored = STORAGE_URI_KEY.test(key) ? storedModel(value) : undefined;
        if (stored) return add(stored, 'local', offset);
        // `vectorize_model: {type: bge, path: ~/.cache/vectorizer/BAAI/bge-base-zh-v1.5}` (OpenSPG/KAG's registrable
        // configs): a path to a folder named as a published family's models are is those weights, in any directory.
        // `llm_models: {glm6b: {path: "model\\chatglm3-6b"}, aquila: {path: AquilaChat-7B}}` (wenda-LLM/wenda's
        // example.config.yml): an entry of a map of models, keyed by the backend that loads each, holds in `path` the
        // weights that backend loads: a path into a models folder (Windows separators too), a weights file, or a folder
        // named as a published family's models are.
        if (/^path$/i.test(key) && modelsMapEntry(path) && !OUTPUT_PATH_KEY.test(path.join('.'))) {
          const folder = mapEntryWeights(value);
          if (folder) return add(folder, 'local', offset);
        }
        const intoModels =
          /^path$/i.test(key) &&
          !/tokeni[sz]er/i.test(keysOf(path).section) &&
          (/(^|\/)models?\/|\.(gguf|safetensors)$/i.test(value) || familyNamedPath(value));
        const onDisk = intoModels && mayHoldModel(path) ? modelFromPath(value) : undefined;
        if (onDisk?.source === 'local') add(onDisk.id, 'local', offset);
        // `det: ch_PP-OCRv6_small_det_infer.safetensors` in MinerU's models_config.yml: in a file named for models, a
        // weights file is one the code loads, whatever its key; so is a `.bin` named for ggml, the format before GGUF
        // (gpt4all's metadata/models.json `"filename": "nous-hermes-13b.ggmlv3.q4_0.bin"`, `ggml-replit-code-v1-3b.bin`).
        // (Not a download's `ignore_patterns: [ae.safetensors]`.)
        else if (modelsFile && isWeightsOrGgmlValue(value.trim()) && !/ignore|exclude|skip|deny/i.test(path.join('.'))) add(value.trim(), 'local', offset);
        // `vae_path: ae.safetensors`: a weights file under a key that says path is one the program loads; or says
        // checkpoint (`a2m_ckpt: ./pretrained_model/audio2mesh.pt`, Zejun-Yang/AniPortrait's inference_audio.yaml); or names
        // the part of a pipeline it loads (`motion_module: "models/Motion_Module/v3_sd15_mm.ckpt"`, guoyww/AnimateDiff's
        // prompt configs; `controlnet: x.safetensors`, `ip_adapter: ...`, `weights: ...`).
        // (Not a tensor's name, `"model.layers.0.mlp.down_proj.weight": "model-00001-of-00002.safetensors"` in a sharded
        // checkpoint's `weight_map`: the shard that holds it, one file of the model the folder is.)
        else if (
          /(?:path|ckpts?|checkpoint|module|adapter|controlnet|weights?)$/i.test(key) &&
          !/\.\w*weights?$/i.test(key) &&
          !path.includes('weight_map') &&
          weightsFile(value) &&
          !OUTPUT_PATH_KEY.test(path.join('.'))
        )
          add(weightsFile(value)!, 'local', offset);
        // `pretrained: https://storage.googleapis.com/.../BLIP/models/model_base.pth`, `finetuned: ...`,
        // `pretrained_image_qformer: https://.../image_qformer.pth`, `stage1_url_or_filename: ...` (salesforce/LAVIS's model
        // and run configs, whose loader downloads the URL and loads it): in a model's section, a weights file's URL under a key
        // that says pretrained, finetuned, checkpoint or weights is that file, as a weights URL in code is (python's rule).
        // So is an absolute path to a weights file there (`pretrained_video_qformer: /export/home/.../checkpoint_10000.pth`).
        // A run config's top-level weights URL under such a key (`blip_path: https://storage.googleapis.com/.../BLIP/models/
        // model_large.pth`, THUDM/ImageReward's train config, given to `blip_pretrain(pretrained=config['blip_path'])`) is
        // that file too: at the top a URL's key names the run's own model, not a dataset's.
        else if (
          CHECKPOINT_URL_KEY.test(key) &&
          (inModelEntry(path) || (path.length === 1 && !!weightsUrlFile(value))) &&
          checkpointGiven(value) &&
          !OUTPUT_PATH_KEY.test(path.join('.'))
        )
          add(checkpointGiven(value)!, 'local', offset + value.indexOf(checkpointGiven(value)!));
        // yacs/Swin-style configs: `MODEL: {INTERN_VIT_6B: {PRETRAINED: "./pretrained/intern_vit_6b_224px.pth"}}`
        // (OpenGVLab/InternVL classification/configs): a model's `pretrained` weights file is what it loads first. (A
        // `pretrained: true` switch or an open_clip tag, `laion400m_e32`, is no file.)
        else if (/^pretrained$/i.test(key) && inModelEntry(path) && weightsFile(value) && !OUTPUT_PATH_KEY.test(path.join('.')))
          add(weightsFile(value)!, 'local', offset);
        // `bert_base_path: GPT_SoVITS/pretrained_models/chinese-roberta-wwm-ext-large` (RVC-Boss/GPT-SoVITS's
        // tts_infer.yaml): under a key that says path or dir, an entry of the project's pretrained-models folder.
        else if (/(?:path|dir)$/i.test(key) && !OUTPUT_PATH_KEY.test(path.join('.')) && pretrainedModelPath(value)) {
          const model = pretrainedModelPath(value)!;
          add(model.id, model.source === 'huggingface' ? 'huggingface' : 'local', offset);
        } else if (typeof path.at(-1) === 'number') {
          // `options: [llm_path:Qwen3-4B.Q4_K_M.gguf]`: an option written `key:value` is read as that key and value.
          const option = KEY_VALUE_OPTION.exec(value.trim());
          if (option && WEIGHTS_VALUE.test(option[2]!))
            consider(option[1]!, [...path, option[1]!], option[2]!, offset + value.indexOf(option[2]!, option[1]!.length));
        }
        return;
      }
      if (/served|alias|display/i.test(key) || OUTPUT_MODEL_SETTING.test(key)) return;
      if (key === 'model_name' && path.includes('model_list')) return; // LiteLLM alias
      // A ModelScope repository (`model_scope_model_id: Qwen/Qwen3-8B`), never a LiteLLM route (`openai/whisper-large-v3`).
      if (MODELSCOPE_KEY.test(key)) {
        const parsed = parseHubReference(value);
        if (parsed) return add(parsed.id, 'modelscope', offset, parsed.revision ?? siblings.revision);
      }
      // A model key in a config file: any LiteLLM prefix counts (the one table in registry/providers.ts).
      const litellm = litellmModel(value, true);
      if (litellm) {
        const modelOffset = offset + litellm.prefix.length + 1;
        if (litellm.source === 'ollama') return add(litellm.id, 'ollama', modelOffset);
        if (litellm.source === 'huggingface') {
          const parsed = parseHubReference(litellm.id);
          return parsed ? add(parsed.id, 'huggingface', modelOffset, parsed.revision) : undefined;
        }
        // `openai/<name>` with an `api_base` is any OpenAI-style server: the base URL says which.
        // On a router's base URL (`base_url: https://openrouter.ai/api/v1`), `openai/gpt-4o` is the router's own id, whole.
        if (litellm.prefix === 'openai' && siblings.baseUrl)
          return providerForUrl(siblings.baseUrl).router
            ? addWithBase(siblings.baseUrl, value.trim(), offset)
            : addWithBase(siblings.baseUrl, value.trim().slice(litellm.prefix.length + 1), modelOffset);
        return add(litellm.id, 'api', offset);
      }
      // Continue, Open WebUI and similar: `{ provider: ollama, model: qwen2.5-coder:7b }`; documentation's
      // `model: <MODEL_ID>` and Continue's `model: AUTODETECT` beside a provider stand for a model, and name none.
      const provider = siblings.provider;
      if (provider && key === 'model' && isPlaceholderName(value.trim())) return;
      // A value spelling its own key (`"model": "Model"` beside `"provider": "Provider"`: a UI translation table,
      // OpenBMB/ChatDev's frontend/src/locales/en.json) is a label, no model.
      if (provider && key === 'model' && (value.trim().toLowerCase() === key || provider === 'provider')) return;
      if (provider && key === 'model' && !parseHubReference(value)) {
        if (provider === 'ollama') return add(value, 'ollama', offset);
        if (/^[a-z][\w-]*$/.test(provider) && !['huggingface', 'hf', 'local'].includes(provider))
          return add(`${providerAlias(provider)}/${value}`, 'api', offset);
      }
      // `base_url: http://localhost:5000/v1/` + `model: any` / `model: model_name` (a docs block's slot): a server's setting, no model.
      if (siblings.baseUrl && /^[A-Za-z0-9][\w.:/-]*$/.test(value)) return isSlotName(value) ? undefined : addWithBase(siblings.baseUrl, value, offset);
      const parsed = parseHubReference(value);
      if (parsed) return add(parsed.id, 'huggingface', offset, parsed.revision ?? siblings.revision);
      // `model: z_image_turbo-Q4_0.gguf`, `model: llama-cpp/models/x-q8_0.gguf`: a weights file is on disk, whatever its folder.
      if (WEIGHTS_VALUE.test(value.trim())) {
        const file = modelFromPath(value);
        if (file?.source === 'local') return add(file.id, 'local', offset);
      }
      // `model_path: /Users/me/models/DeepSeek-R1-Distill-Qwen-32B`: weights on disk (an unmistakable path). Under a key
      // that says path (`adapter_name_or_path: saves/qwen3-4b/lora/sft`, LLaMA-Factory's merge and inference configs), a
      // relative folder of three parts or more, or one in a models folder, too: a Hub id has one slash, as on a command line.
      // Under any model key, three parts or more in a folder a run writes weights to are a folder (`model_name:
      // "output/falcon_e_1b.fft/checkpoint-800-quantized"`, oumi's eval configs loading a trained checkpoint); not a
      // provider's path-shaped id (`Pro/BAAI/bge-m3`, `accounts/fireworks/models/x`).
      // So is a folder named like a model (a digit in it) in a folder weights are kept in, `llama_model: "ckpt/vicuna-7b/"`
      // (DAMO-NLP-SG/Video-LLaMA's model configs): `ckpt/`, `weights/`, `models/` are no organisation (WEIGHTS_ROOT_FOLDER).
      const pathShaped =
        /^(\/|~\/|\.{1,2}\/|[A-Za-z]:[\\/])/.test(value) ||
        (/path/i.test(key) && value.includes('/')) ||
        WEIGHTS_FOLDER_PATH.test(value) ||
        WEIGHTS_ROOT_FOLDER.test(value.trim());
      const onDisk = pathShaped ? modelFromPath(value) : undefined;
      if (onDisk) return add(onDisk.id, onDisk.source, offset, 'revision' in onDisk ? onDisk.revision : undefined);
      // `model_name_or_path: '<internvl_home>/internvl_chat/pretrained/InternVL2-1B'` (Data-Juicer's InternVL sandbox): a
      // folder under a root the user fills in, as a shell recipe's `$HOME/models/Qwen3-8B` is.
      if (/^[$<]/.test(value.trim()) && !OUTPUT_PATH_KEY.test(path.join('.'))) {
        const under = folderUnderVariable({ text: value.trim(), offset });
        if (under) return add(under.id, 'local', offset);
      }
      // `model_dir: "t5-v1_1-xxl"` (zai-org/CogVideo's SAT configs, the T5 encoder's folder beside the run): under a key that
      // says dir or path, a bare folder named as a published family's models are (families.yaml id_hints), with a version.
      if (/(?:dir|path)$/i.test(key) && !OUTPUT_PATH_KEY.test(path.join('.')) && familyNamedFolder(value.trim())) return add(value.trim(), 'local', offset);
      if (ollamaFile || /ollama/i.test(path.join('.'))) {
        const model = classifyOllamaName(value);
        if (model?.source === 'ollama' && value.includes(':')) return add(model.id, 'ollama', offset);
      }
      // A file named for the one model it describes (`models/llm/farui-plus.yaml` holding `model: farui-plus`, a Dify
      // plugin's per-model YAML): its top-level `model` names that model, whatever the name's shape.
      if (key === 'model' && path.length === 1 && namedForFile(relPath, value) && !isPlaceholderName(value.trim()) && !isSlotName(value.trim())) {
        const known = classify(value.trim(), '', loadRegistry(), false);
        add(known ? known.id : contextOnlyId(value.trim()), known ? known.source : 'api', offset);
      }
    };
    /** A model served behind a base URL: Ollama's port or host, else the provider the host belongs to. */
    const addWithBase = (baseUrl: string, model: string, offset: number) => {
      if (/:11434\b|ollama/i.test(baseUrl)) return classifyOllamaName(model)?.source === 'ollama' ? add(model, 'ollama', offset) : undefined;
      return add(apiModelId(providerForUrl(baseUrl), model), 'api', offset);
    };

    // An `.ini` a program loads with a TOML parser (InternLM/HuixiangDou's config.ini, `pytoml.load`, quoted values under
    // `[section]` headers) is read as TOML; one TOML cannot parse (configparser's bare values, setup.cfg-style) is left to
    // the names extractor, and is no malformed file.
    const ini = /\.ini$/i.test(relPath);
    if (/\.toml$/i.test(relPath) || ini) {
      let table: unknown;
      try {
        table = parseToml(text);
      } catch (error) {
        if (ini) return { references, diagnostics };
        diagnostics.push({
          stage: 'extract',
          code: 'malformed-file',
          path: file.relPath,
          message: `${file.relPath} is not valid TOML: ${(error as Error).message.split('\n')[0]}`,
        });
        return { references: commentedModels(text, positions), diagnostics };
      }
      references.push(...commentedModels(text, positions));
      const used = new Set<number>();
      // (`embedding_model_path = "/data/share/bce-embedding-base_v1"`, `local_llm_path = ...`: a key naming the model one
      // role loads holds its folder, as in YAML: ROLE_MODEL_PATH_KEY.)
      walkToml(table, [], (path, value) => {
        const key = String(path.at(-1));
        if (!mayHoldModel(path) && !ROLE_MODEL_PATH_KEY.test(key)) return;
        const offset = locateTomlValue(text, key, value, used);
        if (offset >= 0) consider(key, path, value, offset);
      });
      return { references, diagnostics };
    }
    if (/\.json$/i.test(relPath) && text.length > JSON_SCAN_BYTES) {
      for (let m = JSON_PAIR.exec(text); m; m = JSON_PAIR.exec(text))
        if (!m[2]!.includes('\\')) consider(m[1]!, [m[1]!], m[2]!, m.index + m[0].length - m[2]!.length - 1);
      return { references, diagnostics };
    }
    references.push(...commentedModels(text, positions));
    const yaml = JSON_WITH_COMMENTS.test(relPath) || launch ? blankJsonComments(text) : text;
    const parsed = parseYaml(blankUnreadBlocks(blankSchemaDocuments(blankTemplateExpressions(yaml)), relPath), file.relPath);
    diagnostics.push(...parsed.diagnostics);
    // CI `command: [--model, X]` lists are one argv; `script:` lists are one command per item.
    const argv = new Map<YamlNode, Token[]>();
    // Workflow `env:` values, for `ollama pull ${{ env.LLM }}` and `$LLM` in run steps.
    const env = new Map<string, Token>();
    // `strategy.matrix` lists, for `hf download ${{ env.ORG }}/${{ matrix.model }}-GGUF`: one command per entry.
    const matrix = new Map<string, Token[]>();
    if (ci)
      for (const doc of parsed.documents)
        walkScalars(doc, ({ path, value, offset }) => {
          // (A SkyPilot task's `envs:` are its scripts' variables: `--model.model_name "${MODEL_CHECKPOINT_DIR}"`.)
          if ((path.at(-2) === 'env' || (skyPilot && path.length === 2 && path[0] === 'envs')) && typeof path.at(-1) === 'string')
            env.set(path.at(-1) as string, { text: value, offset });
          const at = path.lastIndexOf('matrix');
          if (at >= 0 && typeof path[at + 1] === 'string' && (path.length === at + 2 || (path.length === at + 3 && typeof path[at + 2] === 'number')))
            matrix.set(path[at + 1] as string, [...(matrix.get(path[at + 1] as string) ?? []), { text: value, offset }]);
        });
    const addArgModels = (tokens: Token[]) => {
      for (const model of modelsInArgs(tokens, (name) => env.get(name))) references.push(argReference(model, positions));
    };
    // Siblings once per map, not per value: a flat map of n keys cost n lookups of n keys each (i18n JSON).
    const siblingsByParent = new Map<YamlNode | undefined, Siblings>();
    const visit = ({ path, value, offset }: { path: (string | number)[]; value: string; offset: number }, parent: YamlNode | undefined, depth = 0): void => {
      const key = lastKey(path);
      if (key === undefined) return;
      // A SkyPilot task's `setup:` is a script as its `run:` is (https://docs.skypilot.co/en/latest/reference/yaml-spec.html):
      // oumi's launcher jobs download the model there (`HF_HUB_ENABLE_HF_TRANSFER=1 hf download Qwen/Qwen3-8B`).
      if (ci && (SCRIPT_KEYS.has(key) || (skyPilot && key === 'setup' && path.length === 1))) {
        // "${{ env.MODEL }}" -> "${MODEL}", padded so offsets stay put.
        const source = scriptSource(text, offset, value);
        const script = source.replace(/\$\{\{\s*env\.(\w+)\s*\}\}/g, (m, name: string) => `\${${name}}`.padEnd(m.length));
        const tokens = tokenize(script, offset);
        if (parent && typeof path.at(-1) === 'number' && ARGV_KEYS.has(key)) argv.set(parent, [...(argv.get(parent) ?? []), ...tokens]);
        else addArgModels(tokens);
        // A llamafile run as a program, an `.args` file written by a heredoc (`cat << EoF > .args` then `-m` and the
        // weights on the next line): llamafile's CI (Mozilla-Ocho/llamafile .github/workflows/ci.yml).
        if (/llamafile|-m[ \t]*\r?\n/.test(script))
          for (const model of [...llamafilesRun(script), ...argsFileModels(script)])
            references.push(argReference({ ...model, offset: model.offset + offset }, positions));
        references.push(...matrixModels(source, matrix, env, positions));
        return;
      }
      if (launch && key === 'args' && parent && typeof path.at(-1) === 'number') {
        argv.set(parent, [...(argv.get(parent) ?? []), ...tokenize(value, offset)]);
        return;
      }
      // An OpenAPI document's code samples (`x-codeSamples:` entries `{lang: bash, source: |}`, Redocly's extension that
      // Mintlify and ReadMe render; ollama/ollama docs/openapi.yaml): a shell sample's source is a script.
      if (key === 'source' && typeof path.at(-2) === 'number' && CODE_SAMPLES_KEY.test(String(path.at(-3))) && isShellSample(parent)) {
        addArgModels(tokenize(scriptSource(text, offset, value), offset));
        return;
      }
      // `command: aider --model gpt-4o-2024-08-06` in any YAML (a benchmark's record, a task runner's entry), or an
      // entry of a Taskfile task's `cmds:` list: a command line written as one string is read as one, outside CI too.
      const commandLine =
        (COMMAND_LINE_KEYS.has(key) && typeof path.at(-1) === 'string') ||
        (COMMAND_LIST_KEYS.has(key) && typeof path.at(-1) === 'number' && path.at(-2) === key);
      if (!ci && commandLine && /\s--?[\w-]*model/.test(value)) {
        addArgModels(tokenize(scriptSource(text, offset, value), offset));
        return;
      }
      // `config_file: |` holding a model's configuration as text: read as the YAML it is, at its own lines.
      // `MODELS: >` holding the models list as JSON (huggingface/chat-ui's Helm values: `[{ "id": "org/name", ...}, ...]`,
      // folded or literal): read as the list it is, so its entries' ids are models as in any models list.
      const embedded =
        depth < 2 && (text[offset] === '|' || text[offset] === '>')
          ? embeddedYaml(text, offset, MODEL_SECTION.test(key) || MODELS_LIST_KEY.test(key))
          : undefined;
      if (embedded) {
        for (const doc of embeddedDocuments(embedded.source))
          walkScalars(doc, (inner, innerParent) =>
            visit({ ...inner, path: [...path, ...inner.path], offset: inner.offset + embedded.base }, innerParent, depth + 1),
          );
        return;
      }
      let siblings = siblingsByParent.get(parent);
      if (!siblings) siblingsByParent.set(parent, (siblings = siblingsOf(parent)));
      consider(key, path, value, offset, siblings);
    };
    for (const doc of parsed.documents) walkScalars(doc, (v, parent) => visit(v, parent));
    for (const tokens of argv.values()) addArgModels(tokens);
    for (const doc of parsed.documents) for (const { id, offset } of listedModels(doc)) add(id, 'huggingface', offset);
    if (ROUTER_KEY.test(text))
      for (const doc of parsed.documents) for (const { baseUrl, name, offset } of routedModels(doc)) addWithBase(baseUrl, name, offset);
    /** A `models:` map's key: by the block's server, else the name's own shape, else the provider the block is named for. */
    const addKeyedModel = (entry: ModelKeyedEntry) => {
      const name = entry.name.trim();
      // `openai/gpt-4.1`, `xai/grok-3` keying GitHub Models' catalogue (a gateway routing `<publisher>/<model>`): a
      // provider's route names that provider's model, whatever server the block's base URL is.
      const routed = name.includes('/') ? litellmModel(name, true) : undefined;
      if (routed && routed.source !== 'huggingface')
        return add(routed.id, routed.source, entry.offset + (routed.source === 'ollama' ? routed.prefix.length + 1 : 0));
      if (isPlaceholderName(name) || isSlotName(name) || !isNameShaped(name)) return;
      const block = siblingsOf(entry.block);
      if (block.baseUrl) return addWithBase(block.baseUrl, name, entry.offset);
      const known = classify(name, '', loadRegistry(), false);
      if (known) return add(known.id, known.source, entry.offset);
      const provider = block.provider ?? entry.blockKey?.toLowerCase();
      if (provider === 'ollama') return classifyOllamaName(name)?.source === 'ollama' ? add(name, 'ollama', entry.offset) : undefined;
      if (provider && (providerIds().includes(provider) || litellmPrefixes().includes(provider)))
        add(`${providerAlias(provider)}/${name}`, 'api', entry.offset);
    };
    // Each walk only where its key is written: most configuration files have neither.
    if (MODELS_KEY.test(text)) for (const doc of parsed.documents) for (const entry of modelKeyedEntries(doc)) addKeyedModel(entry);
    if (MODEL_KEY_LINE.test(text)) for (const doc of parsed.documents) for (const entry of selfKeyedEntries(doc)) addKeyedModel(entry);
    if (CATALOG_KEY.test(text))
      for (const doc of parsed.documents)
        for (const { name, offset } of catalogPicks(doc))
          // The name the catalogue's own server answers to (`my-custom-model-name`: a reader's own entry, no model).
          if (isNameShaped(name) && !/(?:^|[-_])model(?:$|[-_])/i.test(name)) add(contextOnlyId(name), 'api', offset);
    // A settings UI's model picker: under an entry named for a model setting (`- rpc: set_llm_model`, `id: tts_model`),
    // its `default:` and each option's `value:` are the models offered (livekit/agents' examples/playground.yaml).
    if (holdsPickerEntry(text))
      for (const { value, offset } of pickerOptions(text)) {
        // (`provider/model` as the picker's service names it, or a bare name: a picker offers models, whatever their shape.)
        if (isPlaceholderName(value) || !/^[A-Za-z0-9][\w.:\/-]*$/.test(value)) continue;
        const known = classify(value, '', loadRegistry(), false);
        const slash = value.indexOf('/');
        const provider = slash > 0 ? value.slice(0, slash) : '';
        if (known) add(known.id, known.source, offset);
        else if (provider && providerIds().includes(provider)) add(value, 'api', offset);
        else {
          // A Hub repo when its organisation publishes models (`moonshotai/kimi-k2.5`); else the name the picker's
          // service answers to (`deepgram/nova-3`, LiveKit Inference's).
          const hub = parseHubReference(value);
          const publisher = hub && (loadRegistry().byNamespace.has(provider) || loadRegistry().repackagers.has(provider));
          add(publisher ? hub.id : contextOnlyId(value), publisher ? 'huggingface' : 'api', offset);
        }
      }
    return { references, diagnostics };
  },
});

/** `"object": "model"`: OpenAI's model object (https://platform.openai.com/docs/api-reference/models/object). */
const MODEL_OBJECT = /"object"\s*:\s*"model"/;
interface ModelObject {
  id: string;
  provider?: string;
  offset: number;
}
/**
 * The entries of a JSON list of OpenAI model objects (`{"id": "gpt-4o", "object": "model", "owned_by": "openai"}`, the
 * answer of `/v1/models` that gateways ship as their catalogue: Portkey-AI/gateway src/data/models.json with
 * `"provider": {"id": "ollama"}`), in document order, each at its `"id"` value; the provider from `owned_by` or
 * `provider`. Not JSON, or no such object: none.
 */
function modelObjects(text: string): ModelObject[] {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return [];
  }
  const found: Omit<ModelObject, 'offset'>[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (depth > 12 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, depth + 1));
    const o = node as Record<string, unknown>;
    if (o.object === 'model' && typeof o.id === 'string') {
      const nested = o.provider && typeof o.provider === 'object' ? (o.provider as Record<string, unknown>).id : o.provider;
      const provider = typeof nested === 'string' ? nested : typeof o.owned_by === 'string' ? o.owned_by : undefined;
      found.push({ id: o.id, ...(provider ? { provider: provider.toLowerCase() } : {}) });
    }
    for (const value of Object.values(o)) walk(value, depth + 1);
  };
  walk(root, 0);
  // Each id at the next `"id": "<id>"` after the previous one (the walk follows the document's order).
  const out: ModelObject[] = [];
  let from = 0;
  for (const entry of found) {
    const at = new RegExp(`"id"\\s*:\\s*${JSON.stringify(entry.id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g');
    at.lastIndex = from;
    const m = at.exec(text);
    if (!m) continue;
    from = m.index + m[0].length;
    out.push({ ...entry, offset: from - JSON.stringify(entry.id).length + 1 });
  }
  return out;
}
/** What a catalogue's model object names: a known name as any, else the provider's model, else a self-hosted name. */
function listedModelObject(entry: ModelObject): Pick<RawReference, 'id' | 'source'> {
  const name = entry.id.trim();
  if (entry.provider === 'ollama') return { id: name, source: 'ollama' };
  const known = classify(name, '', loadRegistry(), false);
  if (known) return known;
  const provider = entry.provider;
  if (provider && (providerIds().includes(provider) || litellmPrefixes().includes(provider)))
    return { id: `${providerAlias(provider)}/${name}`, source: 'api' };
  return { id: contextOnlyId(name), source: 'api' };
}

/**
 * Hub ids a configuration lists as one string or as the keys of a map, as the vLLM production-stack router's dynamic
 * config does (src/vllm_router/README.md): `static_models: {facebook/opt-125m: {static_backends: [...]}}` or
 * `"static_models": "facebook/opt-125m,meta-llama/Llama-3.1-8B-Instruct"`, and its aliases' models, `static_aliases:
 * {"my-alias": "facebook/opt-125m"}` or `"my-alias:meta-llama/Llama-3.1-8B-Instruct,..."`. Only Hub ids count there.
 */
function listedModels(node: YamlNode | null | undefined, depth = 0): { id: string; offset: number }[] {
  if (!isMap(node) || depth > 8) return [];
  const found: { id: string; offset: number }[] = [];
  // (Not a provider's route, `anthropic/claude-sonnet-4.5` keying a router's price list: a hosted model, no Hub id.)
  const hubAt = (text: string, offset: number) => {
    const parsed = litellmModel(text.trim(), true) ? undefined : parseHubReference(text.trim());
    if (parsed && text.includes('/')) found.push({ id: parsed.id, offset: offset + text.indexOf(text.trim()) });
  };
  /** A scalar's comma-separated parts, each after an alias's colon when `aliases`. */
  const parts = (scalar: YamlNode, aliases: boolean) => {
    if (!isScalar(scalar) || typeof scalar.value !== 'string' || !scalar.range || !scalar.value.includes(aliases ? ':' : ',')) return;
    const base = scalar.range[0] + (scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE' ? 1 : 0);
    let at = 0;
    for (const part of scalar.value.split(',')) {
      const colon = aliases ? part.indexOf(':') : -1;
      if (!aliases || colon > 0) hubAt(part.slice(colon + 1), base + at + colon + 1);
      at += part.length + 1;
    }
  };
  for (const pair of node.items) {
    if (!isPair(pair) || !isScalar(pair.key) || typeof pair.key.value !== 'string') continue;
    const value = pair.value as YamlNode;
    const models = MODELS_LIST_KEY.test(pair.key.value);
    const aliases = !models && ALIASES_LIST_KEY.test(pair.key.value);
    if ((models || aliases) && isMap(value)) {
      for (const entry of value.items) {
        if (!isPair(entry)) continue;
        const named = models ? entry.key : entry.value;
        if (isScalar(named) && typeof named.value === 'string' && named.range)
          hubAt(named.value, named.range[0] + (named.type === 'QUOTE_DOUBLE' || named.type === 'QUOTE_SINGLE' ? 1 : 0));
      }
    } else if (models || aliases) parts(value, aliases);
    else found.push(...listedModels(value, depth + 1));
  }
  return found;
}

/** claude-code-router's `Router` key, the one routedModels looks for. */
const ROUTER_KEY = /["']?Router["']?[ \t]*:/;
/** Where a scalar's text starts (after its opening quote). */
const textStart = (scalar: Scalar) => scalar.range![0] + (scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE' ? 1 : 0);

/**
 * claude-code-router's config.json (https://github.com/musistudio/claude-code-router#configuration): `Providers`, each
 * `{name, api_base_url, models: [...]}`, the models the router may send requests to at that server, and `Router`, whose
 * values pick `<provider name>,<model>` for each task (`"default": "glm-4.5-sglang,glm-4.5"`, zai-org/GLM-4.5's
 * example/claude_code/config.example.json). Each model is read as that provider's server's; the provider's `name` is none.
 */
function routedModels(root: YamlNode | null | undefined): { baseUrl: string; name: string; offset: number }[] {
  const providers = mapGet(root, 'Providers');
  const router = mapGet(root, 'Router');
  if (!isSeq(providers) || !isMap(router)) return [];
  const found: { baseUrl: string; name: string; offset: number }[] = [];
  const bases = new Map<string, string>();
  for (const item of providers.items) {
    const name = mapGet(item as YamlNode, 'name');
    const base = mapGet(item as YamlNode, 'api_base_url');
    if (!isScalar(name) || typeof name.value !== 'string' || !isScalar(base) || typeof base.value !== 'string') continue;
    bases.set(name.value, base.value);
    const models = mapGet(item as YamlNode, 'models');
    if (!isSeq(models)) continue;
    for (const model of models.items)
      if (isScalar(model) && typeof model.value === 'string' && model.range && isNameShaped(model.value))
        found.push({ baseUrl: base.value, name: model.value, offset: textStart(model) });
  }
  for (const pair of router.items) {
    if (!isPair(pair) || !isScalar(pair.value) || typeof pair.value.value !== 'string' || !pair.value.range) continue;
    const value = pair.value.value;
    const comma = value.indexOf(',');
    const base = comma > 0 ? bases.get(value.slice(0, comma)) : undefined;
    if (base && isNameShaped(value.slice(comma + 1))) found.push({ baseUrl: base, name: value.slice(comma + 1), offset: textStart(pair.value) + comma + 1 });
  }
  return found;
}

/** `catalog:` on a line of its own: a section whose entries a Helm values file enables by name. */
const CATALOG_SECTION = /^[ \t]*catalog:[ \t]*$/m;

/**
 * The entries of a model catalogue that a values file turns on by name: KubeAI's `kubeai/models` chart ships its
 * catalogue as `catalog.<name>` entries, each `enabled: false` until a user's values set `enabled: true`
 * (https://www.kubeai.org/how-to/install-models/: `catalog: { llama-3.1-8b-instruct-fp8-l4: { enabled: true } }`), so
 * the key is the model the deployment serves, picked from a catalogue by its name. An entry left disabled is only
 * offered; pnpm's `catalog:` maps packages to versions, never to `enabled`.
 */
function catalogPicks(node: YamlNode | null | undefined, depth = 0): { name: string; offset: number }[] {
  if (!isMap(node) || depth > 8) return [];
  const found: { name: string; offset: number }[] = [];
  for (const pair of node.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    if (pair.key.value === 'catalog' && isMap(pair.value)) {
      for (const entry of pair.value.items) {
        if (!isPair(entry) || !isScalar(entry.key) || typeof entry.key.value !== 'string' || !entry.key.range) continue;
        const enabled = mapGet(entry.value as YamlNode, 'enabled');
        if (isScalar(enabled) && enabled.value === true) found.push({ name: entry.key.value, offset: entry.key.range[0] });
      }
    } else found.push(...catalogPicks(pair.value as YamlNode, depth + 1));
  }
  return found;
}

/** A `models:` key anywhere (YAML `models:`, JSON `"models":`), the one modelKeyedEntries looks for. */
const MODELS_KEY = /(?:^|[\s{,])["']?models["']?[ \t]*:/m;
/** A `catalog:` key anywhere, block or flow style, the one catalogPicks looks for. */
const CATALOG_KEY = /(?:^|[\s{,])["']?catalog["']?[ \t]*:/m;

/** An entry's setting naming the model it falls back to (mods' `fallback:`), read as another key of the same `models:` map. */
const FALLBACK_KEY = /^fallback(?:s|[-_]models?)?$/i;

interface ModelKeyedEntry {
  name: string;
  offset: number;
  block: YamlNode;
  blockKey?: string;
}

/**
 * An entry whose settings only point at files (a Dify provider's `models: {speech2text: {predefined:
 * ["models/speech2text/*.yaml"], position: ...}}`): a group of model files by their type, not a model of its own.
 */
function pointsAtFiles(settings: YamlNode): boolean {
  let files = 0;
  let other = 0;
  const walk = (n: YamlNode | null | undefined, depth = 0): void => {
    if (!n || depth > 4) return;
    if (isScalar(n)) {
      if (typeof n.value === 'string' && (/\*/.test(n.value) || /\.(?:ya?ml|json|toml)$/i.test(n.value))) files++;
      else other++;
    } else if (isMap(n)) for (const item of n.items) walk(item.value as YamlNode, depth + 1);
    else if (isSeq(n)) for (const item of n.items) walk(item as YamlNode, depth + 1);
  };
  walk(settings);
  return files > 0 && other === 0;
}

/**
 * The entries of a `models:` map keyed by model names, each holding its settings (mods' `apis.anthropic.models:
 * {claude-sonnet-4-20250514: {aliases: [..], max-input-chars: 680000}}`, opencode's `provider.ollama.models: {"llama2":
 * {}}`): each key is a model the block's API serves. `block` is the map holding `models:` (its base URL, its provider),
 * `blockKey` the key it sits under (`anthropic`).
 */
function modelKeyedEntries(node: YamlNode | null | undefined, blockKey?: string, depth = 0): ModelKeyedEntry[] {
  if (depth > 10 || !node || !(isMap(node) || isSeq(node))) return [];
  const found: ModelKeyedEntry[] = [];
  for (const item of node.items) {
    if (isPair(item)) {
      const key = isScalar(item.key) && typeof item.key.value === 'string' ? item.key.value : undefined;
      if (key === 'models' && isMap(item.value)) {
        for (const entry of item.value.items) {
          if (!isPair(entry) || !isScalar(entry.key) || typeof entry.key.value !== 'string' || !entry.key.range) continue;
          // An entry of settings (a map, or nothing yet); `gpt-4o: 128000` is a table of limits, read elsewhere.
          if (entry.value === null || (isMap(entry.value) && !pointsAtFiles(entry.value)) || (isScalar(entry.value) && entry.value.value === null)) {
            found.push({ name: entry.key.value, offset: entry.key.range[0], block: node, blockKey });
            // `fallback: gpt-4o`: the model of the same block the entry falls back to when its own is missing.
            const fallback = isMap(entry.value)
              ? entry.value.items.find((p) => isPair(p) && isScalar(p.key) && FALLBACK_KEY.test(String(p.key.value)))
              : undefined;
            for (const value of fallback && isPair(fallback) ? (isSeq(fallback.value) ? fallback.value.items : [fallback.value]) : [])
              if (isScalar(value) && typeof value.value === 'string' && value.range)
                found.push({
                  name: value.value,
                  offset: value.range[0] + (value.type === 'QUOTE_DOUBLE' || value.type === 'QUOTE_SINGLE' ? 1 : 0),
                  block: node,
                  blockKey,
                });
          }
        }
      } else found.push(...modelKeyedEntries(item.value as YamlNode, key, depth + 1));
    } else found.push(...modelKeyedEntries(item as YamlNode, blockKey, depth + 1));
  }
  return found;
}

/** A `model:` (or `model_name:`) key anywhere, the one selfKeyedEntries looks for. */
const MODEL_KEY_LINE = /(?:^|[\s{,])["']?model(?:_name)?["']?[ \t]*:/m;
const MODEL_SETTING = /^model(?:_name)?$/i;

/**
 * The keys of a map keyed by model name whose entry names the same model as its `model:` (OpenBMB/XAgent's run configs:
 * `api_keys: {gpt-4: [{api_key: ..., model: gpt-4}, ...]}`, credentials kept per model; a profile `gpt-4o: {model:
 * gpt-4o, temperature: 0}`): the key is that model, written once more. `block` is the map holding the keys.
 */
function selfKeyedEntries(node: YamlNode | null | undefined, blockKey?: string, depth = 0): ModelKeyedEntry[] {
  if (depth > 10 || !node || !(isMap(node) || isSeq(node))) return [];
  const found: ModelKeyedEntry[] = [];
  for (const item of node.items) {
    if (!isPair(item)) {
      found.push(...selfKeyedEntries(item as YamlNode, blockKey, depth + 1));
      continue;
    }
    const key = isScalar(item.key) && typeof item.key.value === 'string' ? item.key.value : undefined;
    const value = item.value as YamlNode | null;
    const settings = isMap(value) ? [value] : isSeq(value) ? value.items.filter((v) => isMap(v)) : [];
    const same = (m: YamlNode) =>
      isMap(m) &&
      m.items.some(
        (p) =>
          isPair(p) &&
          isScalar(p.key) &&
          MODEL_SETTING.test(String(p.key.value)) &&
          isScalar(p.value) &&
          String(p.value.value).toLowerCase() === key!.toLowerCase(),
      );
    if (key && isScalar(item.key) && item.key.range && settings.some(same)) found.push({ name: key, offset: item.key.range[0], block: node, blockKey });
    else found.push(...selfKeyedEntries(value, key, depth + 1));
  }
  return found;
}

/**
 * A script naming a matrix variable, run once per matrix entry with the entry and the workflow env
 * filled in: what it downloads or serves is located at the entry. Requests to a server (curl) are
 * left out, as the entry itself is what it runs.
 */
function matrixModels(script: string, matrix: Map<string, Token[]>, env: Map<string, Token>, positions: PositionIndex): RawReference[] {
  const name = /\$\{\{\s*matrix\.([\w-]+)\s*\}\}/.exec(script)?.[1];
  const entries = name ? matrix.get(name) : undefined;
  if (!entries) return [];
  const found: RawReference[] = [];
  for (const entry of entries) {
    const filled = script
      .replace(/\$\{\{\s*matrix\.([\w-]+)\s*\}\}/g, (m, key: string) => (key === name ? entry.text : m))
      .replace(/\$\{\{\s*env\.(\w+)\s*\}\}/g, (m, key: string) => env.get(key)?.text ?? m);
    const tokens = tokenize(filled).map((t) => ({ text: t.text, offset: entry.offset }));
    for (const model of modelsInArgs(tokens)) {
      if (model.source === 'api' || model.source === 'local') continue;
      found.push(argReference(model, positions, entry.offset));
    }
  }
  return found;
}

/**
 * "# model_name: Qwen/Qwen2.5-72B-Instruct  (too slow)", "# base_model = \"01-ai/Yi-34B\"", and a header that
 * names the file's model in words, "# HF model id: Qwen/Qwen3-8B" (lmdeploy autotest/configs/Qwen/Qwen3-8B.yml:1):
 * up to four words, read as one key (`HF_model_id`).
 */
const COMMENTED_PAIR = /^([ \t]*#+[ \t]*-?[ \t]*)([\w-]+(?: [\w-]+){0,3})([ \t]*[:=][ \t]*["']?)([^\s"'#,]+)/my; // (sticky: eachHashLineMatch)

/** Commented-out choices in YAML/TOML (Hub ids under model keys) and commented commands, reported as comments. */
function commentedModels(text: string, positions: PositionIndex): RawReference[] {
  const found: RawReference[] = [];
  if (!text.includes('#')) return found;
  const add = (id: string, source: ModelSource, offset: number, revision?: string) => {
    const { line, column } = positions.at(offset);
    found.push({ id, source, line, column, snippet: positions.snippet(line), context: 'comment', ...(revision ? { revision } : {}) });
  };
  // (Tried at the comment lines' starts only, found once for both.)
  const starts = hashLineStarts(text);
  eachHashLineMatch(
    text,
    COMMENTED_PAIR,
    (m) => {
      const key = m[2]!.replace(/ /g, '_');
      const parsed = MODEL_KEY.test(key) && !/served|alias|display/i.test(key) && !OUTPUT_MODEL_SETTING.test(key) ? parseHubReference(m[4]!) : undefined;
      if (parsed) add(parsed.id, 'huggingface', m.index + m[1]!.length + m[2]!.length + m[3]!.length, parsed.revision);
    },
    starts,
  );
  for (const model of commentedCommands(text, false, starts)) add(model.id, model.source, model.offset, model.revision);
  return found;
}

/**
 * The lines of a literal block (`key: |` at `offset`, the indicator) when they are a YAML mapping, as written (indented,
 * so offsets hold once `base` is added); undefined for a script or prose. An indented mapping parses as the root.
 */
function embeddedYaml(text: string, offset: number, models: boolean): { source: string; base: number } | undefined {
  const start = text.indexOf('\n', offset) + 1;
  if (start <= 0) return undefined;
  const first = /^[ \t]*(?=\S)/.exec(text.slice(start, start + 200));
  const firstLine = text.slice(start, text.indexOf('\n', start) >>> 0);
  // A literal block's mapping (`config_file: |`), or under a models key a JSON list or object (`MODELS: >` then `[`).
  const mapping = text[offset] === '|' && EMBEDDED_MAPPING.test(firstLine);
  // (Or any JSON object that holds a model mapping: an Envoy Wasm plugin's `configuration.value: |` JSON string.)
  const jsonShaped = /^[ \t]*[[{]/.test(firstLine);
  if (!first || !first[0].length || !(mapping || jsonShaped)) return undefined;
  const indent = first[0].length;
  let end = start;
  for (let next = start; next < text.length;) {
    const lineEnd = text.indexOf('\n', next);
    const line = text.slice(next, lineEnd < 0 ? text.length : lineEnd);
    if (line.trim() && line.length - line.trimStart().length < indent) break;
    end = lineEnd < 0 ? text.length : lineEnd;
    if (lineEnd < 0) break;
    next = lineEnd + 1;
  }
  const source = text.slice(start, end);
  if (!mapping && !models && !/["']model_?(?:mapping|map)["']\s*:/i.test(source)) return undefined;
  return { source, base: start };
}

/** The documents of embedded YAML that parse (not via parseYaml: that keeps the file's own parse for compose-k8s). */
function embeddedDocuments(source: string): YamlNode[] {
  try {
    return parseAllDocuments(source, { prettyErrors: false, uniqueKeys: false })
      .filter((doc) => !('errors' in doc && doc.errors.length > 0) && doc.contents)
      .map((doc) => doc.contents as YamlNode);
  } catch {
    return [];
  }
}

/** The innermost key of a path (list indices skipped). */
function lastKey(path: (string | number)[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

/** A code sample in a shell language (`lang: bash`, `curl`, `shell`, `sh`). */
function isShellSample(sample: YamlNode | undefined): boolean {
  const lang = mapGet(sample, 'lang');
  return isScalar(lang) && typeof lang.value === 'string' && /^(bash|sh|shell|curl|zsh|console)$/i.test(lang.value.trim());
}

interface Siblings {
  provider?: string;
  baseUrl?: string;
  revision?: string;
  /** OpenCompass's API model entry (`openai_api_base:` an address): its `path:` is the name the server answers to. */
  openaiApiBase?: string;
  /** A checkpointer's files to load (`checkpoint_files: [model.safetensors]`, CHECKPOINTER_SECTION). */
  checkpointFiles?: boolean;
}

/** A relative path of three parts or more under a folder runs write weights to, its last part no file. */
const WEIGHTS_FOLDER_PATH = /^(?:outputs?|out|checkpoints?|ckpts?|saves|runs|exp|experiments|trained|finetuned)(?:\/[\w.-]+){2,}\/?$/i;
/** `${oc.select:key,default}` / `${oc.env:VAR,default}`, the default quoted or not. */
const OC_DEFAULT = /^\$\{oc\.(?:select|env):[^,}]+,\s*(["']?)([^"'}\s]+)\1\s*\}$/;

function siblingsOf(parent: YamlNode | undefined): Siblings {
  const str = (key: string) => {
    const node = mapGet(parent, key);
    return isScalar(node) && typeof node.value === 'string' && node.value.trim() ? node.value.trim() : undefined;
  };
  const baseUrl = BASE_URL_KEYS.map(str).find((v) => v && /^(https?:\/\/|[\w-]+(\.[\w-]+)+(:\d+)?\/)/.test(v));
  // A branch name is no pin: `revision: main` moves with the repo.
  const revision = str('revision') ?? str('model_revision');
  const openaiApiBase = str('openai_api_base');
  return {
    provider: str('provider')?.toLowerCase(),
    baseUrl,
    revision: revision && !/^(main|master|HEAD)$/.test(revision) ? revision : undefined,
    ...(openaiApiBase && /^https?:\/\//.test(openaiApiBase) ? { openaiApiBase } : {}),
    ...(mapGet(parent, 'checkpoint_files') ? { checkpointFiles: true } : {}),
  };
}

/**
 * The script as written in the file, comments blanked (offsets kept): block scalars (`run: |`)
 * lose their indentation in the parsed value, so offsets must come from the source.
 */
let lastBlanked: { text: string; blanked: string } | undefined;
const blankedOnce = (text: string) => (lastBlanked?.text === text ? lastBlanked : (lastBlanked = { text, blanked: blankTemplateExpressions(text) })).blanked;

function scriptSource(text: string, offset: number, value: string): string {
  const lines = value.trimEnd().split('\n');
  const lastLine = lines.at(-1) ?? '';
  // The value's lines are found in the text as parsed (expressions blanked), then read as written: each after the one
  // before, so a last line written earlier too (a heredoc's `NOTES` after `cat > notes.md << 'NOTES'`, a closing fence
  // after its opening one) is found where it ends the value.
  const blanked = blankedOnce(text);
  let end = offset;
  let from = offset;
  for (const line of lines) {
    const words = line.trim();
    if (!words) continue;
    const at = blanked.indexOf(words, from);
    if (at < 0) {
      end = -1;
      break;
    }
    end = at - (line.length - line.trimStart().length);
    from = at + words.length;
  }
  let source = end >= 0 ? text.slice(offset, end + lastLine.length) : value;
  // The parsed value lost its `${{ ... }}` expressions (blanked so the YAML parses): take them back.
  if (end >= 0) {
    const lineEnd = text.indexOf('\n', end + lastLine.length);
    const rest = text.slice(end + lastLine.length, lineEnd < 0 ? text.length : lineEnd);
    if (rest.includes('{{')) source += rest;
  }
  // A folded scalar (`run: >`) is one command spread over lines; a literal one (`run: |`) of one line is that line.
  if (!value.trimEnd().includes('\n') && !/^\|[-+]?[ \t]*\r?\n/.test(source)) source = source.replace(/\n/g, ' ');
  // "# vllm serve X" inside a script is a comment line.
  return source.replace(/(^|\s)#[^\n]*/g, (m) => m.replace(/[^\n]/g, ' '));
}

function walkToml(value: unknown, path: (string | number)[], visit: (path: (string | number)[], value: string) => void, depth = 0) {
  if (depth > 50) return;
  if (typeof value === 'string') visit(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => walkToml(v, [...path, i], visit, depth + 1));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walkToml(v, [...path, k], visit, depth + 1);
}

/**
 * TOML values carry no positions in the parser's output: find the quoted value on a line that
 * assigns `key` ("base_model = \"01-ai/Yi-1.5-9B-Chat\""), each occurrence used once.
 */
function locateTomlValue(text: string, key: string, value: string, used: Set<number>): number {
  let fallback = -1;
  for (const quote of ['"', "'"]) {
    for (let at = text.indexOf(`${quote}${value}${quote}`); at >= 0; at = text.indexOf(`${quote}${value}${quote}`, at + 1)) {
      if (used.has(at + 1)) continue;
      const lineStart = text.lastIndexOf('\n', at) + 1;
      if (text.slice(lineStart, at).includes(key)) {
        used.add(at + 1);
        return at + 1;
      }
      if (fallback < 0) fallback = at + 1;
    }
  }
  if (fallback >= 0) used.add(fallback);
  return fallback;
}

/** An entry of a settings list named for a model setting: `- rpc: set_stt_model`, `- id: llm_model`, `key: model`. */
export const PICKER_ENTRY = /^([ \t]*)(?:-[ \t]+)?(?:rpc|id|key|name|setting)[ \t]*:[ \t]*["']?((?:set_|select_)?\w*model)["']?[ \t]*$/gm;
const PICKER_ENTRY_LINES = new RegExp(PICKER_ENTRY.source, 'gm');
/** Whether PICKER_ENTRY matches somewhere: on a line holding `model` (every match is one line, holding the word). */
export const holdsPickerEntry = (text: string) => !matchesOnLinesWith(text, 'model', PICKER_ENTRY_LINES).next().done;
/** Its default and its options' values (`- { value: deepgram/nova-3, label: Deepgram Nova-3 }`, `- value: x`). */
const PICKER_VALUE = /^[ \t]*(?:-[ \t]*\{?[ \t]*)?(?:default|value)[ \t]*:[ \t]*["']?([^\s,"'{}#]+)/;

/** The model a settings picker entry defaults to and offers (PICKER_ENTRY), each where it is written. */
function pickerOptions(text: string): { value: string; offset: number }[] {
  const found: { value: string; offset: number }[] = [];
  PICKER_ENTRY.lastIndex = 0;
  for (let m = PICKER_ENTRY.exec(text); m; m = PICKER_ENTRY.exec(text)) {
    // The entry's body: the lines after it indented deeper than its `-` (or its key).
    const indent = m[1]!.length;
    let at = text.indexOf('\n', m.index + m[0].length) + 1;
    while (at > 0 && at < text.length) {
      const end = text.indexOf('\n', at);
      const line = text.slice(at, end < 0 ? text.length : end);
      const lead = line.length - line.trimStart().length;
      if (line.trim() && lead <= indent) break;
      const v = PICKER_VALUE.exec(line);
      if (v) found.push({ value: v[1]!, offset: at + line.indexOf(v[1]!, line.indexOf(':') + 1) });
      if (end < 0) break;
      at = end + 1;
    }
  }
  return found;
}

/** Replicate's Cog config (`cog.yaml` with a `build:` section), whose `build.run` entries are shell commands. */
function isCogConfig(relPath: string, text: string): boolean {
  return /(?:^|\/)cog\.ya?ml$/i.test(relPath) && /^build:/m.test(text);
}
