// Model names a typed Python SDK declares and checks, whatever their shape (`"sonic-3"`, `"bulbul:v3"`, `"chirp_3"`,
// Deepgram's `"meeting"`): a name is a model by where it stands, not by looking like a known provider's.
//   TTSModels = Literal["sonic", "sonic-2", "sonic-3"]              a type alias named for models (livekit/agents'
//   ChatModel = Literal["gpt-4o", ...]                              plugins' models.py; the openai and anthropic SDKs)
//   model: NotGivenOr[Literal["expression", "essence"]] = "essence" a model-named parameter's Literal and its default
//   model: LMNTModels = "blizzard"                                  a default typed by such an alias
//   _U3_PRO_MODELS = ("u3-rt-pro", "universal-3-5-pro")             a tuple, set or list named for models
//   if self._opts.model in ("bulbul:v3", "bulbul:v3-beta"):        the configured model compared with names
//   class SmallestTTSModel(StrEnum): LIGHTNING = "lightning_v3.1"   a string enum named for models (pipecat's services)
//   default_settings = self.Settings(model="coda", ...)             a settings object's model (pipecat, Claude Agent SDK)
// In a comparison a bare word counts only when the file's own catalogue holds it (`model == "auto"` is an option).

import { matchesOnLinesWith, matchesOnLinesWithAny } from './line-matches.js';
import { DTYPE_OR_VERSION, SQUASHED_OPENAI_KEY } from './model-name.js';
import { saysMissing } from '../../model/ids.js';
import { loadRegistry } from '../../registry/load.js';
import { providerForName } from '../../registry/providers.js';

export interface CatalogueName {
  value: string;
  offset: number;
  /** Declared the model by its field (a pydantic `Field` default aliased `model`): read even when its shape is a known provider's. */
  declared?: boolean;
}

/** `XModels = Literal[`, `ChatModel: TypeAlias = Literal[` (not `...ModelType`, `...ModelOptions`). */
const ALIAS = /^[ \t]*([A-Z]\w*?Models?|[A-Z]\w*ModelNames?)[ \t]*(?::[ \t]*TypeAlias[ \t]*)?=[ \t]*Literal\[/gm;
/** An alias named for a component that does something (`FaceSwapperModel`, `TurnDetectorModels`, `RerankerModel`). */
const COMPONENT_ALIAS = /^[A-Z]\w*(?:er|or)Models?$/;
/** A model-named parameter or field annotated with a Literal (`model: Literal[`, `speech_model: NotGivenOr[Literal[`). */
const ANNOTATED = /\b(?:\w+_)?model[ \t]*:[ \t]*(?:NotGivenOr\[[ \t]*|Optional\[[ \t]*)?Literal\[/g;
/**
 * `_REALTIME_ONLY_MODELS = (`, `_STREAMING_MODELS: frozenset[str] = frozenset({`, `SUPPORTED_MODELS = [`; not a dict
 * (`SUPPORTED_MODELS = {'GPT4': (1, 1)}`, `DEFAULT_MODELS = {"openai": ...}`: keys of another kind).
 */
const COLLECTION = /^[ \t]*(_?[A-Z][A-Z0-9_]*_MODELS|MODELS)[ \t]*(?::[^=\n]+)?=[ \t]*(?:(?:frozenset|set)\(\{|[([])/gm;
/** The same named for LLMs (`LOCAL_LLMS = [`, `SUPPORTED_LLMS = (`: OpenBMB/AgentVerse's llms/__init__.py). */
const LLM_COLLECTION = /^[ \t]*(_?[A-Z][A-Z0-9_]*_LLMS|LLMS)[ \t]*(?::[^=\n]+)?=[ \t]*(?:(?:frozenset|set)\(\{|[([])/gm;
/**
 * A dict named for models or LLMs (`LOCAL_LLMS_MAPPING = {`, `MODEL_METADATA = {`): its first-level keys that the file's
 * own catalogue holds are those models, whatever the dict maps them to.
 */
const MEMBER_KEYED = /^[ \t]*(_?[A-Z][A-Z0-9_]*(?:LLMS?|MODELS?)[A-Z0-9_]*)[ \t]*(?::[^=\n]+)?=[ \t]*\{/gm;
/** An entry's own model field (`"GPT4": {"model_name": "gpt-4", ...}`): what the entry requests, under its display name. */
const ENTRY_MODEL = /(['"])(?:model|model_name|model_id|repo_id)\1[ \t]*:[ \t]*(['"])([^'"\n]+)\2/g;
/** A dict entry's value that is a config file's path (`: "configs/models/clip_vit_base32.yaml"`). */
const CONFIG_FILE_VALUE = /^[ \t]*:[ \t]*(['"])[^'"\n]*\.(?:ya?ml|json|toml|cfg|ini)\1/i;
/** A letter outside ASCII: a display label (`"川虎助理"`, `"讯飞星火Max"`); model ids, on the Hub and in APIs, are ASCII. */
const NOT_ASCII = /[^\x00-\x7f]/;
/**
 * A dict named for what it holds per model (`MODEL_SAMPLE_RATES = {`, `MODEL_CONFIGS: dict[str, ModelConfig] = {`): its
 * keys. Not `*_MODELS` dicts (`MAIN_DB_MODELS`: a database's model classes) nor aliases (`MODEL_ALIASES = {"4": ...}`).
 */
// (A kind before it too: `TTS_MODEL_CONFIGS = {"bulbul:v2": TTSModelConfig(...)}`, `ELEVENLABS_MODEL_LANGUAGES`, pipecat.)
const KEYED = /^[ \t]*(_?(?:[A-Z][A-Z0-9]*_)*MODEL_[A-Z0-9_]+)[ \t]*(?::[^=\n]+)?=[ \t]*\{/gm;
/** A model-named variable set to a name (`resolved_model = "ink-whisper"`, `model = "a" if x else "b"`). */
// (Or its fallback: `default_stt_model = stt_model or "inworld/inworld-stt-1"`, the name used when none is given.)
const ASSIGNED =
  /^[ \t]*(?:(?:resolved|default|selected)_(?:[a-z]+_)?model(?:_name)?[ \t]*=[ \t]*(?:[\w.]+[ \t]+or[ \t]+)?(['"])([^'"\n]+)\1|model(?:_name)?[ \t]*=[ \t]*(['"])([^'"\n]+)\3[ \t]+if[ \t][^\n]*?else[ \t]+(['"])([^'"\n]+)\5)[ \t]*(?:#[^\n]*)?$/gm;
/** A default typed by a model alias (`model: LMNTModels = "x"`, `XAI_DEFAULT_MODEL: GrokRealtimeModels = "x"`). */
// (No comma between the type and the default: `received: DockerServiceApiComModel, save_file_dir="./out"` gives the next
// parameter's default, gpt_academic's shared_utils/docker_as_service_api.py.)
const TYPED_DEFAULT = /\b\w+[ \t]*:[ \t]*[^=\n,]*?\b[A-Z]\w*(?<!Base|Root)Models?\b[^=\n,]*?=[ \t]*(['"])([^'"\n]+)\1/g;
/** The configured model compared with a name, or looked up in a literal tuple. */
const COMPARED =
  /\b(?:self\.)?(?:_?opts\.|_config\.|_?settings\.)?_?(?:\w+_)?model[ \t]*(?:[=!]=[ \t]*(['"])([^'"\n]+)\1|(?:not[ \t]+)?in[ \t]+\(([^()\n]*)\))/g;
/**
 * A string enum named for models (`class Model(StrEnum):`, `class SarvamTTSModel(str, Enum):`; not `ModelType`): the
 * values of its `NAME = "value"` members, the lines below it indented deeper.
 */
const ENUM = /^([ \t]*)class[ \t]+((?:[A-Z]\w*?)?Models?)[ \t]*\([^()\n]*\b(?:Str)?Enum\b[^()\n]*\)[ \t]*:[ \t]*(?:#[^\n]*)?$/gm;
const ENUM_MEMBER = /^([ \t]+)[A-Z][A-Z0-9_]*[ \t]*=[ \t]*(['"])([^'"\n]+)\2[ \t]*(?:#[^\n]*)?$/;
/**
 * A settings or options object built with a model (`self.Settings(model="coda")`, `RimeTTSService.Settings(model=...)`,
 * `TranslationConfig(model="enhanced")`, `ClaudeAgentOptions(model="sonnet")`): its `model=` keyword at the call's top
 * level. Such an object holds what the service runs; its model is the one used, whatever the name's shape.
 */
export const SETTINGS_CALL = /\b(?:[A-Z]\w*?)?(?:Settings|Config|Options)\(/g;
export const SETTINGS_WORDS = ['Settings(', 'Config(', 'Options('];
/** A model field or parameter with a type and a default (`model: str = "ink-whisper",`, `model: str | None = "latest_long"`). */
// (`model` alone: a `model_name: str = "scripted-stt"` is as often a test double's own name, openai-agents-python's voice testing.)
const TYPED_FIELD = /^[ \t]*model[ \t]*:[ \t]*[\w.[\]| \t]+=[ \t]*(['"])([^'"\n]+)\1[ \t]*,?[ \t]*(?:#[^\n]*)?$/gm;
/**
 * A pydantic field declared the model by its default: `model_name: str = Field('chatglm2-6b', alias='model')`,
 * `model_name: str = Field(default="gpt-3.5-turbo", alias="model")` (LangChain's chat-model and embedding classes, and the
 * wrappers written after them), or a field named `model` given `Field("x", ...)`. The alias is the name the class is
 * built with, so the default is the model it runs when none is given.
 */
const FIELD_DEFAULT =
  /^[ \t]*(\w+)[ \t]*:[ \t]*[\w.[\]| \t]+=[ \t]*(?:pydantic\.)?Field\([ \t]*(?:default[ \t]*=[ \t]*)?(['"])([^'"\n]+)\2[ \t]*([,)][^\n]*)$/gm;
/** `alias='model'` among a Field's keywords. */
const ALIAS_MODEL = /\balias[ \t]*=[ \t]*(['"])model\1/;
/**
 * Words no model is named, which options and sentinels are (`model == "auto"`, `model_name = "unknown-model"`), and a
 * test's stand-ins (`assert client.model == 'test-model'`, graphiti's tests/llm_client).
 */
// (And a reader's own, `my-deployment`, `my-model-v1`: pipecat's Azure docstring and its integration guide's example, also
// behind a provider, `azure/my-deployment`; and a test's config names, `LLMConfig(model="judge-override")`, `"madeup/x"`.)
// (And `any-arbitrary-model-name`, `SubagentOverrideConfig(model=...)` in bytedance/deer-flow's tests: a word about a model's name.)
const SENTINEL =
  /(?:^|[-_/])(?:unknown|default|custom|dummy|fake|mock|test|placeholder|override|made-?up|example|arbitrary)(?:[-_/]|$)|[-_](?:api|model)(?:[-_]names?)?$|(?:^|\/)(?:my|your)[-_]/i;
/** (`inherit`: a subagent that takes its parent agent's model, Claude Code's subagents and bytedance/deer-flow's `SubagentConfig(model="inherit")`.) */
const NOT_NAMES = new Set(['', 'auto', 'default', 'none', 'null', 'custom', 'unknown', 'all', 'any', 'other', 'test', 'local', 'remote', 'inherit']);
/**
 * Inference backends, which a settings object's `model=` selects in evaluation harnesses (lm-evaluation-harness's
 * `EvaluatorConfig(model="hf", model_args={"pretrained": "gpt2"})`, its `--model hf|vllm|sglang|gguf|openvino` types:
 * https://github.com/EleutherAI/lm-evaluation-harness/blob/main/docs/interface.md): the engine, the model is in its arguments.
 */
const BACKEND_NAMES = new Set(['hf', 'hf-auto', 'huggingface', 'transformers', 'vllm', 'sglang', 'lmdeploy', 'gguf', 'ggml', 'openvino', 'onnx', 'mlx']);
const STRING = /(['"])([^'"\n]+)\1/g;
/** `gpt_oss`, `deepseek_v4`, `gemma3_text`: a config's `model_type` or a case's key, not a model's name. */
const SNAKE_IDENTIFIER = /^[a-z][a-z0-9]*_[a-z0-9_]+$/;
const ARCHITECTURE = /^[A-Z]\w*For[A-Z]\w+$|^[A-Z][A-Za-z0-9]*(?:Model|Config)$/;

/** The text from `from` to the bracket that closes the one opened just before it. */
function bracketed(text: string, from: number): { body: string; end: number } {
  let depth = 1;
  let i = from;
  for (; i < text.length && depth > 0; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) depth--;
  }
  return { body: text.slice(from, i - 1), end: i };
}

/** Each quoted string of a bracket's body, with the depth of brackets it stands in (0: the body's own level). */
function* quotedStrings(body: string): Generator<{ at: number; close: number; depth: number }> {
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === '"' || c === "'") {
      const close = body.indexOf(c, i + 1);
      if (close < 0) return;
      yield { at: i, close, depth };
      i = close;
    }
  }
}

/** Whether most of a dict body's first-level keys (four or more) are snake_case identifiers: config `model_type`s. */
function snakeKeyed(body: string): boolean {
  let keys = 0;
  let snake = 0;
  for (const { at, close, depth } of quotedStrings(body)) {
    if (depth !== 0 || !/^[ \t]*:/.test(body.slice(close + 1))) continue;
    keys++;
    if (SNAKE_IDENTIFIER.test(body.slice(at + 1, close))) snake++;
  }
  return snake >= 4 && snake * 2 > keys;
}

/**
 * A collection's own entries, blanked where they are not: comments (`# "-3" scoped ...`), nested tuples or dicts
 * (`MODELS = [("flux.1-dev", "FluxTransformer2DModel", "black-forest-labs/FLUX.1-dev")]`: a label beside a class and a
 * repo), and `org/name` entries (a capability list's `"deepseek/deepseek-reasoner"` is read as such elsewhere). Offsets
 * are kept, since the blanks are spaces.
 */
function collectionTopLevel(body: string): string {
  const blank = (q: string) => q.replace(/[^\n]/g, ' ');
  let out = body.replace(/#[^\n]*/g, blank).replace(/(['"])[^'"\n]*\/[^'"\n]*\1/g, blank);
  let depth = 0;
  const chars = out.split('');
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    if (depth > 0 && c !== '\n') chars[i] = ' ';
  }
  out = chars.join('');
  return out;
}

// Each pattern with the word its every match holds: it runs over the lines holding that word only (none crosses a line).
const LISTED = [
  ['Literal[', ALIAS],
  ['Literal[', ANNOTATED],
  ['MODELS', COLLECTION],
  ['LLMS', LLM_COLLECTION],
] as const;
const KEYED_ON = ['MODEL_', KEYED] as const;
const ENUM_ON = ['Enum', ENUM] as const;
const TYPED_FIELD_ON = ['model', TYPED_FIELD] as const;
const FIELD_DEFAULT_ON = ['Field(', FIELD_DEFAULT] as const;
const TYPED_DEFAULT_ON = ['Model', TYPED_DEFAULT] as const;
const ASSIGNED_ON = ['model', ASSIGNED] as const;
const COMPARED_ON = ['model', COMPARED] as const;

/**
 * `unversioned`: a key without a digit, `-` or `:` that the caller knows is a model's name where the file stands (the
 * Python extractor's Ollama library names in a file that talks to Ollama: `_MODEL_TOKEN_LIMITS = {"gemma": 8192}`).
 */
export function catalogueNames(text: string, unversioned?: (value: string) => boolean): CatalogueName[] {
  if (!/Literal\[|_MODELS|\bMODELS\b|_LLMS|\bLLMS\b|model|Model/.test(text)) return [];
  const found: CatalogueName[] = [];
  const members = new Set<string>();
  const keyedDicts: string[] = [];
  // Display names: a model-keyed dict's keys whose entry requests another model by its own field (`"GPT4": {"model_name":
  // "gpt-4"}`, `"GooglePaLM": {"model_name": "models/chat-bison-001"}`: GaiZhenbiao/ChuanhuChatGPT's MODEL_METADATA). The
  // key is the picker's label for that model, in the dict and in the list of names the picker offers.
  const display = new Set<string>();
  // Keys of a dict of whole configs per model, left until another catalogue of the file holds them (below).
  const configKeyed: CatalogueName[] = [];
  // (`raw`: the body as written, before collectionTopLevel blanked its `provider/model` entries.)
  const take = (body: string, base: number, raw: string) => {
    const all = [...raw.matchAll(STRING)].map((s) => s[2]!);
    for (const s of body.matchAll(STRING)) {
      const value = s[2]!;
      // (A path is an endpoint's, `/public/tts/en-rt`; a provider alone beside its `provider/model` names, `"cartesia"`
      // before `"cartesia/sonic-3"`, is that provider's default, no name.)
      if (NOT_NAMES.has(value.toLowerCase()) || SENTINEL.test(value) || /\s/.test(value) || value.startsWith('/') || all.some((o) => o.startsWith(`${value}/`)))
        continue;
      // An architecture's class (`SUPPORT_MODELS = ("DeepseekV2ForCausalLM", ...)`) names no model.
      if (ARCHITECTURE.test(value)) continue;
      members.add(value);
      found.push({ value, offset: base + s.index! + 1 });
    }
  };
  for (const [word, pattern] of LISTED) {
    for (const m of matchesOnLinesWith(text, word, pattern)) {
      const { body, end } = bracketed(text, m.index + m[0].length);
      // (A list's `org/name` or `provider/model` entries are read as such elsewhere: a capability list's
      // `"deepseek/deepseek-reasoner"` is no name of this file's service.)
      if (pattern === COLLECTION || pattern === LLM_COLLECTION) {
        // A collection of config `model_type`s (`_SDPA_EXCLUDED_MODELS = ("gpt_oss", "deepseek_v4")`, unsloth's
        // models/_utils.py): snake_case identifiers name architectures, not models; the whole collection is left.
        // So is a list holding architecture classes (`_EMBEDDING_MODELS = ["CLIPModel", "ColQwen3", ...]`, gpustack's
        // scheduler/model_registry.py): its other members are architectures spelt otherwise.
        if ([...body.matchAll(STRING)].some((q) => SNAKE_IDENTIFIER.test(q[2]!) || ARCHITECTURE.test(q[2]!))) continue;
        take(collectionTopLevel(body), m.index + m[0].length, body);
      } else if (pattern === ANNOTATED && (/^\w+_model/.test(m[0]) || [...body.matchAll(STRING)].some((q) => NOT_NAMES.has(q[2]!.toLowerCase())))) {
        // (So is a model of some kind's, `ocr_model: Literal["easyocr", "tesseract"]` (private-gpt): engines, not models.)
        // A parameter's Literal offering `"auto"` (`model: Literal["mini", "pro", "auto"]`, crewAI's Tavily tool) is a
        // choice of modes or tiers: only versioned names (a digit, `-` or `:`) count there.
        const versioned = body.replace(/(['"])([^'"\n]*)\1/g, (q, _quote: string, v: string) => (/[\d\-:]/.test(v) ? q : ' '.repeat(q.length)));
        take(versioned, m.index + m[0].length, body);
      } else if (pattern === ALIAS && COMPONENT_ALIAS.test(m[1]!)) {
        // An alias named for what a component of the program runs (`FaceSwapperModel = Literal['blendswap_256',
        // 'inswapper_128', ...]`, `FaceDetectorModel`, `FrameEnhancerModel`: facefusion's processors, whose networks are
        // weights files of its own catalogues) holds option keys; only a published model's shape, a `-` or `:` in it,
        // is a name there (`TurnDetectorModels = Literal["turn-detector-v1"]`, `RerankerModel = Literal["cohere.rerank-v3-5:0"]`).
        const published = body.replace(/(['"])([^'"\n]*)\1/g, (q, _quote: string, v: string) => (/[-:]/.test(v) ? q : ' '.repeat(q.length)));
        take(published, m.index + m[0].length, body);
      } else take(body, m.index + m[0].length, body);
      // The default written after the annotation (`model: Literal[...] = "essence"`).
      if (pattern === ANNOTATED) {
        const fallback = /^\]?[ \t]*=[ \t]*(['"])([^'"\n]+)\1/.exec(text.slice(end, end + 200));
        if (fallback && !NOT_NAMES.has(fallback[2]!.toLowerCase()))
          found.push({ value: fallback[2]!, offset: end + fallback.index + fallback[0].length - fallback[2]!.length - 1 });
      }
    }
  }
  // A file of a serial bus's device tables (it names baud rates: `MODEL_BAUDRATE_TABLE`, `DEFAULT_BAUDRATE`) keys its
  // `MODEL_*` dicts by the devices' model numbers (`MODEL_RESOLUTION = {"xm540-w270": 4096, "sts3215": 4096}`,
  // huggingface/lerobot's motors/*/tables.py, after the makers' control tables: https://emanual.robotis.com/docs/en/dxl/x/
  // xm540-w270/#control-table), motors, not models.
  const deviceTables = /baud[-_ ]?rate/i.test(text);
  for (const m of deviceTables ? [] : matchesOnLinesWith(text, ...KEYED_ON)) {
    // (`MODEL_REVISIONS = {"en": "v1.2.2-en"}`: keyed by a model's variants, not by models.)
    // (Nor by types: `_TYPE_TO_MODEL_TYPE = {"openai/chat-completions": ...}`, ragflow's API routes per model type.)
    // (Nor a map from something else to models, `OLLAMA_TEMPLATE_TO_MODEL_MAPPER = {"gemma-3": (...)}`: unsloth's template names.)
    // (A map from models to their types is keyed by models: `_MODEL_BOT_TYPE_MAP = {"wenxin-4": const.BAIDU}`, ragflow's
    // `_MODEL_TYPES = {"green-embedding": [...]}`.)
    // (Nor a dict of classes per model type, `_MODEL_CLASSES = {"chatglm2": ModelClass(tokenizer=..., model=AutoModel)}`
    // (PhoebusSi/Alpaca-CoT's uniform_finetune.py), the `MODEL_CLASSES = {"gpt2": (GPT2Config, GPT2LMHeadModel, ...)}` of
    // transformers' old example scripts: keyed by the architectures `--model_type` picks, the weights named elsewhere.)
    if (/REVISION|VERSION|URL|PATH|DIR|FILE|ALIAS|MAPP|EXTENSION|_TO_|(?:TYPE|KIND)S?_(?:\w*_)?MODEL|CLASS(?:ES)?(?:_|$)|CLS(?:_|$)/.test(m[1]!)) continue;
    keyedDicts.push(m[1]!);
    const { body } = bracketed(text, m.index + m[0].length);
    const base = m.index + m[0].length;
    // A dict keyed mostly by snake_case `model_type`s (`MODEL_CONFIG = {"qwen2_vl": MessageFormat.X, "lfm2-vl": ...,
    // "lfm2_vl": ...}`, mlx-vlm's prompt_utils.py): keyed by architectures, its hyphenated spellings too; the whole dict is left.
    if (snakeKeyed(body)) continue;
    // The keys at the dict's first level: a string before `:` where no bracket is open.
    for (const { at: i, close, depth } of quotedStrings(body)) {
      if (depth === 0) {
        const value = body.slice(i + 1, close);
        const entry = /^[ \t]*:[ \t]*\{/.exec(body.slice(close + 1));
        if (entry) {
          const own = bracketed(body, close + 1 + entry[0].length).body;
          // (Not a key that is the requested model's own name, case aside or without its organisation:
          // `"GPT-4o": {"model_name": "gpt-4o"}`, `"whisper-large-v3": {"model_id": "openai/whisper-large-v3"}`.)
          const requested = [...own.matchAll(ENTRY_MODEL)].flatMap((q) => [q[3]!.toLowerCase(), q[3]!.toLowerCase().split('/').pop()!]);
          if (requested.length && !requested.includes(value.toLowerCase())) display.add(value);
        }
        // (Versioned keys only: `MODEL_CONFIGS = {"sensevoice": {...}}` keys a pipeline's short names.)
        // (A key that is a file, `"unsloth_bge-m3.yaml": [...]`, names a config, not a model.)
        // (Nor a snake_case identifier, `"google_2_5": (...)`: a test case's or a config type's name.)
        // (Nor an architecture class, `"Qwen2ForCausalLM": merge_fn` (verl's weight-loader registries), nor a key whose
        // value is a whole config (`MODEL_PRESETS = {"phi-2": {...}}`, mlc-llm; unless the file's own catalogue holds the key,
        // sarvam's `MODEL_SPEAKER_COMPATIBILITY = {"bulbul:v2": {...}}`) or another list named for models (`"qwen-cn":
        // _QWEN_MODELS`, TradingAgents' provider keys).)
        // (Nor a glob, `"*_core_web_md-3.*.0": "https://..."` (Data-Juicer's backup download links, matched by fnmatch):
        // a pattern over file names, no model.)
        const configValued = !!entry && !members.has(value);
        // (Nor a key whose value is a config file, `PRETRAINED_MODEL_CONFIG_DICT = {"pretrain_opt2.7b": "configs/models/blip2/
        // blip2_pretrain_opt2.7b.yaml"}` (salesforce/LAVIS's model zoo): the key picks that file, which names the weights.)
        const isFile =
          CONFIG_FILE_VALUE.test(body.slice(close + 1, close + 300)) ||
          /[*?]/.test(value) ||
          /\.(?:ya?ml|json|toml|py|txt|cfg|ini)$/i.test(value) ||
          SNAKE_IDENTIFIER.test(value) ||
          ARCHITECTURE.test(value) ||
          /^[ \t]*:[ \t]*_?[A-Z][A-Z0-9_]*MODELS\b/.test(body.slice(close + 1)) ||
          // (Nor a key naming the class it maps to, `MODEL_CLS_REGISTRY = {'InternVideo2_CLIP': InternVideo2_CLIP}`
          // (OpenGVLab/InternVideo's tasks): that class registered under its own name, an architecture's.)
          /^[ \t]*:[ \t]*([A-Za-z_]\w*)[ \t]*[,}\n]/.exec(body.slice(close + 1, close + 200))?.[1] === value ||
          configValued;
        const versioned = /[\d\-:]/.test(value) || !!unversioned?.(value);
        // (A config-valued key a later dict of the file keys too, `_MODEL_INFO = {"llama3": {...}}` beside
        // `_MODEL_TOKEN_LIMITS = {"llama3": 8192}` (autogen's Ollama client), is a model: kept for the check after the loop.)
        if (configValued && versioned && !/[\s\n*?]/.test(value) && !SNAKE_IDENTIFIER.test(value) && !ARCHITECTURE.test(value))
          configKeyed.push({ value, offset: base + i + 1 });
        // (Nor a bare version number, `MODEL_REPO = {"2": "IndexTeam/IndexTTS-2", "2.5": ...}` (index-tts/index-tts's
        // webui.py): the versions of the project's own model, whose repos are the values; a name has a letter.)
        if (
          /^[ \t]*:/.test(body.slice(close + 1)) &&
          !isFile &&
          !/[\s\n]/.test(value) &&
          versioned &&
          /[A-Za-z]/.test(value) &&
          !NOT_NAMES.has(value.toLowerCase())
        ) {
          members.add(value);
          found.push({ value, offset: base + i + 1 });
        }
      }
    }
  }
  // A dict named for models or LLMs keyed by the catalogue's own names (`LOCAL_LLMS_MAPPING = {"llama-2-7b-chat-hf": {...}}`
  // beside `LOCAL_LLMS = ["llama-2-7b-chat-hf", ...]`): those keys, the same models.
  if (members.size)
    for (const m of matchesOnLinesWithAny(text, ['LLM', 'MODEL'], MEMBER_KEYED)) {
      const base = m.index + m[0].length;
      const { body } = bracketed(text, base);
      for (const { at: i, close, depth } of quotedStrings(body)) {
        const value = body.slice(i + 1, close);
        if (depth === 0 && members.has(value) && /^[ \t]*:/.test(body.slice(close + 1)) && !found.some((f) => f.offset === base + i + 1))
          found.push({ value, offset: base + i + 1 });
      }
    }
  for (const key of configKeyed) if (members.has(key.value) && !NOT_NAMES.has(key.value.toLowerCase())) found.push(key);
  // A model-keyed dict looked up by one of its keys (`TTS_MODEL_CONFIGS["bulbul:v2"].speakers`): that model.
  for (const name of keyedDicts)
    for (const m of text.matchAll(new RegExp(String.raw`\b${name}\[[ \t]*(['"])([^'"\n]+)\1[ \t]*\]`, 'g')))
      if (members.has(m[2]!)) found.push({ value: m[2]!, offset: m.index + m[0].indexOf(m[1]! + m[2]!) + 1 });
  for (const m of matchesOnLinesWith(text, ...ENUM_ON)) {
    const indent = m[1]!.length;
    const values: { value: string; offset: number }[] = [];
    let at = m.index + m[0].length + 1;
    while (at < text.length) {
      const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      const line = text.slice(at, end);
      if (line.trim() && !line.trim().startsWith('#')) {
        if (/^[ \t]*/.exec(line)![0].length <= indent) break;
        const member = ENUM_MEMBER.exec(line);
        if (member) values.push({ value: member[3]!, offset: at + line.indexOf(`${member[2]}${member[3]}${member[2]}`) + 1 });
      }
      at = end + 1;
    }
    // (An enum of config `model_type`s or architecture classes names no model, as a collection of them does not.)
    if (values.some((v) => SNAKE_IDENTIFIER.test(v.value) || ARCHITECTURE.test(v.value))) continue;
    for (const v of values) {
      // (An `org/name` member is a Hub id, read as such elsewhere: `LARGE_V3_TURBO = "deepdml/faster-whisper-large-v3-turbo-ct2"`.)
      if (NOT_NAMES.has(v.value.toLowerCase()) || SENTINEL.test(v.value) || /\s/.test(v.value) || v.value.includes('/')) continue;
      members.add(v.value);
      found.push(v);
    }
  }
  if (text.includes('(')) {
    // (Every match holds one of the three words and no line break: only their lines are searched.)
    for (const m of matchesOnLinesWithAny(text, SETTINGS_WORDS, SETTINGS_CALL)) {
      const { body } = bracketed(text, m.index + m[0].length);
      const base = m.index + m[0].length;
      // The keyword at the call's top level (not a nested call's, `Settings(voice=Voice(model="x"))`).
      for (const { at: i, close, depth } of quotedStrings(body)) {
        if (depth === 0 && /(?:^|[\s,(])model[ \t]*=[ \t]*$/.test(body.slice(Math.max(0, i - 40), i))) {
          const value = body.slice(i + 1, close);
          // (Not a test's name for a missing model, `BaseLlmConfig(model="not-a-valid-model-instance")`, nor a Bedrock
          // vendor and family without the version every Bedrock id has, `model="amazon.nova"`: mem0's tests.)
          if (
            !NOT_NAMES.has(value.toLowerCase()) &&
            !BACKEND_NAMES.has(value.toLowerCase()) &&
            !SENTINEL.test(value) &&
            !saysMissing(value) &&
            // (Nor a placeholder in capitals, `TaskConfig(model="MODEL")` in evalscope's parameter docs.)
            !/^[A-Z][A-Z0-9_]*$/.test(value) &&
            !/^[a-z]+\.[a-z]+$/.test(value) &&
            !/[\s\n{}]/.test(value) &&
            !value.startsWith('/') &&
            !/^[fF]$/.test(body[i - 1] ?? '')
          ) {
            members.add(value);
            found.push({ value, offset: base + i + 1 });
          }
        }
      }
    }
  }
  for (const m of matchesOnLinesWith(text, ...TYPED_DEFAULT_ON)) {
    if (NOT_NAMES.has(m[2]!.toLowerCase()) || m[2]!.startsWith('/')) continue;
    found.push({ value: m[2]!, offset: m.index + m[0].length - m[2]!.length - 1 });
  }
  // A name shaped like a versioned model (a digit, `-`, `_` or `:` in it), or one of the file's own catalogue; not a
  // bare number (`assert submit.model == "20"`: a registered model's row id, bisheng's workstation tests).
  const named = (value: string) =>
    !/^\d+$/.test(value) && !NOT_NAMES.has(value.toLowerCase()) && !SENTINEL.test(value) && !/\s/.test(value) && (/[\d\-:]/.test(value) || members.has(value));
  // (Not a snake_case identifier the file's catalogue does not hold: `model_name: str = "cl100k_base",` is a tiktoken
  // encoding, camel-ai/camel's code_chunker.py.)
  for (const m of matchesOnLinesWith(text, ...TYPED_FIELD_ON))
    if (named(m[2]!) && (!SNAKE_IDENTIFIER.test(m[2]!) || members.has(m[2]!)))
      found.push({ value: m[2]!, offset: m.index + m[0].lastIndexOf(`${m[1]}${m[2]}${m[1]}`) + 1 });
  for (const m of matchesOnLinesWith(text, ...FIELD_DEFAULT_ON))
    if ((m[1] === 'model' || ALIAS_MODEL.test(m[4]!)) && named(m[3]!) && !SNAKE_IDENTIFIER.test(m[3]!))
      found.push({ value: m[3]!, offset: m.index + m[0].lastIndexOf(`${m[2]}${m[3]}${m[2]}`) + 1, declared: true });
  for (const m of matchesOnLinesWith(text, ...ASSIGNED_ON)) {
    // (`resolved_model = "x"`, or `model = "a" if c else "b"`: a plain `model = "x"` renames as often as it picks.)
    for (const [quote, value] of [
      [m[1], m[2]],
      [m[3], m[4]],
      [m[5], m[6]],
    ] as const)
      if (value !== undefined && named(value)) found.push({ value, offset: m.index + m[0].indexOf(`${quote}${value}${quote}`) + 1 });
  }
  const compared = [...matchesOnLinesWith(text, ...COMPARED_ON)];
  const options = switchOptions(compared, members);
  for (const m of compared) {
    if (m[2] !== undefined) {
      if (named(m[2]) && !options.has(m[2])) found.push({ value: m[2], offset: m.index + m[0].length - m[2].length - 1 });
    } else
      for (const s of m[3]!.matchAll(STRING)) if (named(s[2]!)) found.push({ value: s[2]!, offset: m.index + m[0].length - 1 - m[3]!.length + s.index! + 1 });
  }
  // (`if vits_model == "v1"`: a version tag or a number format, DTYPE_OR_VERSION, is what is checked against, no name;
  // `if options.model == "gpt4omini"`: a CLI's preset key, SQUASHED_OPENAI_KEY.)
  return found.filter((f) => !DTYPE_OR_VERSION.test(f.value) && !SQUASHED_OPENAI_KEY.test(f.value) && !NOT_ASCII.test(f.value) && !display.has(f.value));
}

/**
 * The configured "model" compared with three plain words or more the file's catalogue does not hold (`elif model ==
 * "alert"`, `"critical"`, `"note"`, `"info2"`: onyx's colour_output styles) is an option's switch, not a model's: the
 * values it compares that the catalogue does not hold, digits or not, are options (empty when there is no such switch).
 */
function switchOptions(compared: RegExpExecArray[], members: Set<string>): Set<string> {
  const values = new Set(compared.map((m) => m[2]).filter((v): v is string => v !== undefined && !members.has(v)));
  if ([...values].filter((v) => /^[a-z]+$/.test(v)).length < 3) return new Set();
  // (Not where a value is a model a naming or the Ollama library knows: `model == "starcoder"`, `"shieldgemma"`,
  // `"duckdb-nsql"` in ollama/ollama's integration cases pick behaviour per model.)
  const ollama = loadRegistry().byOllamaName;
  return [...values].some((v) => providerForName(v) || ollama.has(v.split(':')[0]!.toLowerCase())) ? new Set() : values;
}

/** The option values of a file's switch on its "model" (switchOptions), for the readers of bare names elsewhere. */
export const modelSwitchOptions = (text: string): Set<string> =>
  text.includes('model') ? switchOptions([...matchesOnLinesWith(text, ...COMPARED_ON)], new Set()) : new Set();

/** Each pattern run over lines only, with the word its every match holds (for the tests that hold the two ways equal). */
export const LINE_PATTERNS: readonly (readonly [RegExp, string])[] = [
  ...LISTED,
  KEYED_ON,
  ENUM_ON,
  TYPED_FIELD_ON,
  FIELD_DEFAULT_ON,
  TYPED_DEFAULT_ON,
  ASSIGNED_ON,
  COMPARED_ON,
].map(([word, pattern]) => [pattern, word] as const);
