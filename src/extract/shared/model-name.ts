// Whether a whole string value is a model name by its shape alone, shared by the extractors that read
// string values (model-names for any code or data file, jvm for Java/Kotlin): a provider's published
// naming, a legacy Hub id, a publisher's `<org>/<name>`, or an unknown org's id after a model key.
import type { RawReference } from '../../model/reference.js';
import { loadRegistry } from '../../registry/load.js';
import {
  apiModelId,
  adapterRoutes,
  colonGateways,
  colonPrefixProvider,
  colonPrefixWords,
  contextOnlyId,
  litellmModel,
  litellmPrefixes,
  modelAtProvider,
  modelAtProviderWords,
  providerForName,
  providerNameWords,
  routedApiModel,
  routerVariant,
  withoutRoutePrefix,
  withoutRouteQualifiers,
  isRouteOnlyPrefix,
  librarySlots,
  FIREWORKS_MODEL_PATH,
} from '../../registry/providers.js';
import {
  ggufFileRepo,
  isApiVersionOrRoute,
  isNotAnOrg,
  isPlaceholderId,
  isXPlaceholder,
  LEGACY_NAMES,
  parseHubReference,
  saysMissing,
  WEIGHT_FILE,
} from '../../model/ids.js';
import { SPACY_WORDS, spacyPipelineId } from './spacy.js';
import { anyWord } from './words.js';
import { classifyOllamaName, isOllamaLibraryName } from './ollama-tag.js';
import { WordLines } from './word-lines.js';
import { compileWordFinder, type WordFinder } from '../../scan/literal-scan.js';

type Registry = ReturnType<typeof loadRegistry>;

/**
 * Datasets, Spaces, and tokenizer-encoding lookups (`tiktoken.encoding_for_model("gpt-4")`) name no model used. The
 * word `space` inside a hyphenated name is no Space: `state-spaces/mamba-130m-hf` is an organisation's model.
 */
/**
 * A value with the word "model" as one of its parts (`static-model`, `custom_model_1`, `my-model`,
 * `custom.endpoint.model-id`): words about a model (test values, placeholders, settings' names), not a name.
 */
export const MODEL_WORD_IN_VALUE = /(?:^|[-_/.])model(?:$|[-_.])/i;
/**
 * The Ollama model a name given to an Ollama-named call is (`ChatOllamaOptions(model: 'llava')`,
 * `api.PullRequest{Model: "mistral"}` beside Ollama's client), in the library's list or not; not a word about a model
 * or a placeholder (`model: 'foo'`, `fake-model` in a test).
 */
export function ollamaCallTag(value: string): ReturnType<typeof classifyOllamaName> | undefined {
  if (MODEL_WORD_IN_VALUE.test(value) || !/^[a-z0-9]/.test(value) || isPlaceholderName(value)) return undefined;
  return classifyOllamaName(value);
}
export const NOT_MODEL_CONTEXT = /dataset|(?<![\w-])spaces?(?![\w-])|encoding_for_model/i;
// (`model_name: Annotated[str, "hkunlp/instructor-base"]`: the field's default written as its annotation's metadata.)
// (`model || "meta/llama-2-70b-chat"`, `model ?? "..."`: the default a model variable falls back to.)
const MODEL_KEY =
  /(?:model|repo_?id|checkpoint|DownloadSource\.\w+|pretrained|llm_?(?:name|id))\w*["']?\s*(?::\s*Annotated\[[\w.| ]{1,40},|[:=(,]|\|\||\?\?)\s*["'`]?$/i;
/** A model name's shape: one token, a letter first, a digit or hyphen in it (`glm4-chat`, `Yi-34B-Chat`, `o1`, `compound-beta`). */
const NAME_SHAPE = /^(?=[^-]*[\d-])[A-Za-z][\w.:-]{0,78}[A-Za-z0-9]$/;
/**
 * Shaped like a name but not one: file names, quantisation words, placeholders (`custom-model-v1`,
 * `ft:gpt-4-custom`, a test's stand-in `gpt-test` or `claude-fake`, a customizer test's `customized-qwen`, a part of x's to fill in: `ep-xxxxxxxxxx-yyyy`, `sk-xxx`), API names (`openai-api`,
 * and endpoints named after their API: a requester id `doubao-chat-completions`, `anthropic-messages`), a server's
 * name (`local-server`: PromptingTools.jl's registry entry for whatever a local server runs),
 * words about a model rather than its name, `model` being one of them (`regular-model`, `unrelated-model`,
 * `another-vision-model` in a test's data), and names with two `:` or more (`debug:action:fal-sd15`, a
 * prompt's name; a tag has one, a fine-tuned OpenAI model's `ft:` id several, LangChain's
 * `ollama:gpt-oss:20b` a provider before a tag), and words for any model (`model: any` beside a server that takes any name)
 * or for none (`model: 'foo'`, a test's metasyntactic value; `deepseek-v5-hypothetical`, `deepseek-v9-anything`, a
 * test's stand-in for a future version; `model_id: 'bot1'`, `agent-2`, a test's numbered stand-in named for the thing it
 * tests, coze-dev/coze-studio's bot-detail store tests; `'baseline1'`, `player2`, the card game's numbered opponents in
 * THUDM/AgentBench's judger `base_model` list), and a setting's own name standing for the reader's value
 * (`Model: "endpoint-id"` where Ark takes the reader's endpoint, `api-key`, `deployment-name`).
 */
const NOT_A_NAME =
  /^(?:endpoint|deployment|api|access|resource|secret)[-_](?:ids?|names?|keys?|tokens?|urls?)$|\.(json|ya?ml|py|js|ts|md|txt|html|csv|bin|pt|onnx|gguf|safetensors|sh|log)$|^(?:int|fp|bf|q)\d+\w*$|^(?:test|tmp|temp|example|sample|my|your|dummy|fake|foo|bar|model|custom|customi[sz]ed|unknown|placeholder|mock|default)[-_\d]|[-_](?:custom|placeholder|test|fake|mock|dummy|hypothetical|whatever|config|cfg)$|\d[-_]anything$|[-_](?:api|server|completions|messages)$|[-_]models?(?:$|[-_])|^(?!ft:|ollama:)[^:]*:[^:]*:|(?:^|[-_:])x{3,}(?:[-_]|$)|^(?:any|anything|whatever|foo|bar|baz|qux)$|^(?:bot|agent|user|app|item|assistant|player|baseline)[-_]?\d{1,3}$|\.(?:weight|bias)$/i;
/**
 * Values a model-named setting holds that are other things, written like names (a digit or hyphen): a media format or
 * a video resolution (`models = ["mp3", "1080p", "720p"]` and `model == "mp3"` in xtekky/gpt4free's YouTube downloader,
 * which calls its output formats models), a locale, language and region in capitals (`default_model = "en-US"`, the
 * language of gTTS, https://www.rfc-editor.org/rfc/rfc5646), a lone letter (`model="x"`, a test's stand-in), a hex
 * digest (`"fbb127bbb056c959": "flash"`, a service's internal hash of a mode) and an HTTP extension header
 * (`"x-goog-ext-73010989-jspb": "[0]"`, https://www.rfc-editor.org/rfc/rfc6648): no API or hub spells a model so.
 * (`fa-zh`, a lower-case pair, is FunASR's alias of a model; the region of a locale is in capitals.)
 */
export const NOT_A_MODEL_VALUE =
  /^(?:mp3|mp4|m4a|wav|flac|ogg|aac|pcm|webm|mkv|avi|mov|\d{3,4}p|[a-z]{2}[-_][A-Z]{2}|[A-Za-z]|[0-9a-f]{12,}|x-[a-z][a-z0-9]*(?:-[a-z0-9]+)+)$/;
/**
 * A PyTorch device (`devices=["cuda:0", "cuda:1"]` beside a model in FlagEmbedding's examples; `npu:0`, `xpu:1`, `mps`):
 * the hardware a model runs on, shaped like an Ollama tag (https://pytorch.org/docs/stable/tensor_attributes.html#torch-device).
 */
const DEVICE = /^(?:cuda|cpu|mps|npu|xpu|hpu|mlu|musa|mtia|ipu|meta)(?::\d+)?$/i;
/**
 * A tensor number format (`default="bfloat16"` of a `--torch_dtype` flag beside `--model_path`, OpenBMB/MiniCPM's demos;
 * `fp16`, `int8`) or a bare version tag (`if vits_model == "v1"`, RVC-Boss/GPT-SoVITS's export script choosing its own
 * architecture's version): written like a name, letters and digits, but no model's.
 */
export const DTYPE_OR_VERSION = /^(?:b?float(?:8|16|32|64)|b?fp?(?:8|16|32)|u?int(?:4|8|16|32|64)|v\d+(?:\.\d+)*)$/i;
/**
 * A declaration or key named for a prefix, right before its value (`qwenVlModelPrefixName = "`, `"model_prefix": "`): what
 * names start with. Its name ends so; `_TASK_PREFIX_MODEL = 'gemini-embedding-2'` (pydantic-ai) names a model.
 */
export const PREFIX_HOLDER = /prefix(?:es|_?name)?["'`]?\s*(?::=|=|:)\s*["'`]$/i;
/** An API endpoint named after its provider (a requester id, `doubao-chat-completions`, `anthropic-messages`): no model, whatever naming it starts with. */
const ENDPOINT_NAME = /[-_](?:completions|messages)$/i;
/**
 * An Azure OpenAI deployment named as one, after the models it serves (`gpt-4o-gpt-4o-mini-deployment`,
 * `text-embedding-3-large-deployment`: graphiti's mcp_server/.env.example): the deployment's own name, no model's.
 */
export const DEPLOYMENT_OWN_NAME = /[-_]deployment$/i;
/**
 * A declaration or key named for a vector store's index, collection or namespace, right before its value (`index_name =
 * "claude-3-rag"`, anthropic-cookbook's Pinecone notebook; `collection_name="gpt-4o-docs"`): the store's name, which
 * projects often name after the model that fills it.
 */
const STORE_NAME_HOLDER = /(?:index|collection|namespace|table)_?name["'`]?\s*(?::=|=|:)\s*["'`]$/i;
/**
 * An Amazon Bedrock ARN of a foundation model or a cross-region inference profile
 * (`arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0:200k`, a fine-tuning job's
 * `baseModelIdentifier`): the model id after the resource type
 * (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrock.html#amazonbedrock-resources-for-iam-policies).
 */
const BEDROCK_ARN = /^arn:aws[\w-]*:bedrock:[\w-]*:\d*:(?:foundation-model|inference-profile)\/([^/\s]+)$/;
/**
 * A test's stand-in ending (`gpt-test`, `qwen-image-test`, `claude-fake`, `deepseek-v9-anything`), or a family word before
 * the word model itself (`doubao-model` in bytedance/deer-flow's tests: a kind of model, no name), or a configuration named
 * after the model it sets up (`compressionModel: "qwen-turbo-config"`, a ModelConfig object's name in agentscope-ai/
 * agentscope-java's Agent resources; `qwen-max-config`), or a name made up for the user's own model (`claude-3-5-custom`,
 * registered by `extendModelList` in the token.js fork bytedance/UI-TARS-desktop keeps; `gpt-4-custom`): part of NOT_A_NAME,
 * checked before any table. `-anything` only after a version: `segment-anything`, `depth-anything` are Meta's and TikTok's models.
 */
const STAND_IN_ENDING = /[-_](?:test|fake|mock|dummy|hypothetical|whatever|custom|placeholder|models?|config|cfg)$|\d[-_]anything$/i;
/** A name written with `xxx` for its variable part (`gpt-4-xxx`): a placeholder, as NOT_A_NAME says (model/ids.ts). */
export { isXPlaceholder };
/** The suffix of a quantised copy's Hub repo (`-GGUF`, `-AWQ`, `-GPTQ`, `-MLX`, `-bnb-4bit`). */
const QUANTISED_COPY = /[-_](?:gguf|ggml|awq|gptq|exl2|mlx|bnb-4bit)$/i;
/** A line of a comment or doc comment, in the languages model-names reads. */
export const COMMENT_LINE = /^\s*(?:#|\/\/|\/\*|\*|<!--|--\s)/;
/** `deepseek_v3`, `qwen2_vl`: identifiers (a config's model_type, an enum), not names a server answers to. */
export const IDENTIFIER = /^[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+$/;
/**
 * Shaped like a name but spelling something else: a commit hash (`a4d0a85e...`), a UUID (a row's key in a seed
 * file, `e9fc7e46-a8a5-4fd4-8ba7-af485013e6fa`), a generated class name
 * (`V1beta1ModelSpec`: two capitalised words run together), hyperparameters (`uncased_L-12_H-768_A-12`), a Python
 * module's dotted path (`vllm.model_executor.models.qwen3_moe`: three identifiers or more, no hyphen; a gateway's dotted
 * id has one, `us.anthropic.claude-3-haiku`, and a version's part starts with a digit, `qwen2.5`).
 */
const NOT_NAME_SPELLING =
  /^(?=.*\d)[0-9a-f]{12,}$|^[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$|^(?=(?:.*[A-Z][a-z]{2,}){2})[A-Za-z0-9]+$|(?:^|_)[A-Z]-\d+_[A-Z]-\d+(?:_|$)|^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*){2,}$/;
/**
 * A class named for a model family, written in one CamelCase word and ending in what the class is (`CogVideoXDPMScheduler`,
 * `CogVideoXImageToVideoPipeline`, `QwenTokenizer`, `LlamaForCausalLM` in a comment: diffusers' and transformers' naming,
 * https://huggingface.co/docs/diffusers/api/schedulers/overview): code, not a name a model is published or served under,
 * which is hyphenated, dotted or lower case.
 */
const CODE_CLASS_NAME =
  /^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(?:Scheduler|Pipeline|Tokenizer(?:Fast)?|Processor|Config|Trainer|Embedder|Wrapper|Loader|For[A-Z][A-Za-z]+|Model)$/;
/**
 * A product or part code: letters and a number, all upper case (`TP-UB100`, `CV-4K55`). Model
 * names are lower case or mixed (`glm-4`, `Yi-34B`) and these arrive only through the fallback.
 */
const PART_CODE = /^[A-Z]{1,4}-[A-Z0-9]*\d[A-Z0-9]*$/;
/**
 * Hugging Face task names (`pipeline('text2text-generation', model)`, a model card's `pipeline_tag`):
 * shaped like names, beside model ids, never models (https://huggingface.co/tasks).
 */
const TASK =
  /^(?:(?:text2text|text|token|image|audio|video|feature|object|sentence|table|zero-shot(?:-image|-object|-audio)?|automatic-speech|document|visual|depth|mask|keypoint|image-text|any)-)+(?:generation|classification|extraction|detection|recognition|segmentation|similarity|answering|estimation|matching|to-text|to-image|to-speech|to-audio|to-video|to-3d)$|^(?:fill-mask|summarization|translation|conversational)$/;
/**
 * OpenAI's family glued to its version and variant with no hyphen (`gpt4o`, `gpt4omini`, `gpt5mini`, `gpt35turbo`,
 * `o1mini`, `o3mini`, `o1preview`): a CLI's preset key or a config's alias for a set of models
 * (yihong0618/bilingual_book_maker's `--model gpt4omini` choices). OpenAI's ids hyphenate every part (`gpt-4o-mini`,
 * `o1-mini`: https://platform.openai.com/docs/models); `gpt4` and `gpt4all` alone are not such a key (Scale's `GPT4`).
 */
export const SQUASHED_OPENAI_KEY = /^(?:gpt\d+(?:\.\d+)?(?:o|turbo|mini|nano|preview)+|o\d(?:mini|preview|pro)+)$/i;
/**
 * An API key, written where a model may stand (gpt-pilot's tests/cli/test_cli.py, `("openai:sk-abc", (LLMProvider.OPENAI,
 * "sk-abc"))`, `("noprovider:fake-secret-key", ArgumentTypeError)`: test values of a `provider:key` option parser): a secret,
 * never a name. OpenAI's, Anthropic's (`sk-ant-...`), DeepSeek's and Moonshot's keys start `sk-`
 * (https://platform.openai.com/docs/api-reference/authentication); a value named a key says so. Before a provider's colon too.
 */
export const SECRET_KEY = /^(?:[A-Za-z][\w-]*:)?(?:sk-[\w-]*|[\w-]*(?:secret|api)[-_]?keys?)$/i;
/** Cloud regions (`us-east-1`, `eu-west-3`, `us-central1`, `asia-northeast1`): a client's other setting beside the model. */
const REGION =
  /^(?:us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov|asia|europe|northamerica|southamerica|australia)-(?:east|west|north|south|central|northeast|northwest|southeast|southwest)\d?(?:-\d)?$/i;
/**
 * A value written where a model goes that only stands for one: a template or a slot to fill in
 * (`<MODEL_ID>`, `model ID`, `${MODEL}`), a sentinel or constant name in capitals (`AUTODETECT`,
 * `MODEL_NAME`: no API spells a model in capitals only), or NOT_A_NAME's placeholders
 * (`my-custom-model`, `gpt-4-custom`, `model-name`, `lmi-model-deepseek-coder-xxxxxxx`).
 */
export const isPlaceholderName = (v: string) => /[\s{}<>$%]/.test(v) || !/[a-z]/.test(v) || NOT_A_NAME.test(v) || DEVICE.test(v) || NOT_A_MODEL_VALUE.test(v);
/**
 * A slot to fill in where any value would be read as a model (a provider-named variable,
 * `DASHSCOPE_MODEL=USED_MODEL_NAME`; `EMBEDDING=custom:your_embedding` beside a base URL): capital
 * words alone (`MODEL`, `USED_MODEL_NAME`) or NOT_A_NAME's placeholders, the whole value or what follows
 * a prefix's colon. Capitals with a digit or hyphen stay names: Qianfan publishes `ERNIE-3.5-8K`.
 */
export function isSlotName(v: string): boolean {
  const tail = v.slice(v.lastIndexOf(':') + 1);
  return /^[A-Z]+(?:_[A-Z]+)*$/.test(tail) || NOT_A_NAME.test(v) || NOT_A_NAME.test(tail);
}
export const isNameShaped = (v: string): boolean =>
  NAME_SHAPE.test(v) &&
  !NOT_A_NAME.test(v) &&
  !DEVICE.test(v) &&
  !NOT_A_MODEL_VALUE.test(v) &&
  !DTYPE_OR_VERSION.test(v) &&
  !IDENTIFIER.test(v) &&
  !NOT_NAME_SPELLING.test(v) &&
  !PART_CODE.test(v) &&
  !TASK.test(v) &&
  !REGION.test(v) &&
  !SQUASHED_OPENAI_KEY.test(v) &&
  !SECRET_KEY.test(v) &&
  // `deepseek-v9-nonexistent`: a name that says no such model exists (an error path's test).
  !saysMissing(v) &&
  // `openai:my-model`: a known provider before no model's name.
  !(v.includes(':') && colonModel(v) === null);

/** `<org>/<name>`, a digit or hyphen in the name, and a router's variant suffix at most (`sao10k/l3-euryale-70b`, `gryphe/mythomax-l2-13b:free`). */
const ORG_ID = /^([A-Za-z0-9][\w.-]{0,60})\/((?=[^:]*[\d-])[A-Za-z0-9][\w.-]{0,100})(:[a-z]+)?$/;
/**
 * An id shaped like a Hub or router model id whose organisation no table knows: a model only where
 * its place says so (an entry of a list named for models, a block beside known models), never alone.
 */
export function isOrgIdShaped(v: string): boolean {
  const m = ORG_ID.exec(v);
  if (!m || (m[3] && !routerVariant(v))) return false;
  // `model/gpt2` (a cache entry's type), `models/x-1`: a folder or type word, no organisation.
  return !NOT_A_NAME.test(m[2]!) && !isPlaceholderId(m[1]!, m[2]!) && !isNotAnOrg(m[1]!);
}

let words: string[] | undefined;
let knownWords: string[] | undefined;

/** Every name classify() accepts holds one of these (lower case): a provider's naming word, a legacy Hub id, or a publisher's `org/`. */
export function nameWords(): string[] {
  // The words of MODEL_KEY: an unknown organisation's id counts after one of them.
  words ??= [...new Set([...knownNameWords(), ...KEY_WORDS])];
  return words;
}

let nameWordTest: RegExp | undefined;
/** Whether a text holds one of nameWords() anywhere (case-blind): a cheap gate before a language reader tokenises it. */
export function mentionsNameWord(text: string): boolean {
  nameWordTest ??= new RegExp(
    nameWords()
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'i',
  );
  return nameWordTest.test(text);
}

/** The words of the names classify() knows by their shape alone, whatever stands before them (no key needed). */
export function knownNameWords(): string[] {
  if (!knownWords) {
    const registry = loadRegistry();
    const orgs = [...registry.byNamespace.keys(), ...registry.repackagers, ...registry.modelScopeOnly, ...registry.byModelScopeNamespace.keys()];
    const legacy = LEGACY_NAMES.filter((n) => n.includes('-')).map((n) => n.toLowerCase());
    const copies = registry.repackagerNames.flatMap((n) => n.words);
    knownWords = [...new Set([...providerNameWords(), ...legacy, ...copies, ...SPACY_WORDS, ...orgs.map((o) => `${o.toLowerCase()}/`)])];
  }
  return knownWords;
}

/** Of those, the model publishers' (and repackagers') `org/` words. */
export const publisherWords = (): string[] => knownNameWords().filter((w) => w.endsWith('/'));

/** The key words of MODEL_KEY (nameWords beside the names' own words). */
const KEY_WORDS = ['model', 'repo_id', 'repoid', 'checkpoint', 'downloadsource', 'pretrained'];
let nameFinder: WordFinder | undefined;
let orgWordSet: Set<string> | undefined;
/** knownNameWords() (publishers' `org/` words among them), and the length of the longest. */
let nameWordSet: Set<string> | undefined;
let longestNameWord = 0;

/**
 * nameFinder's hits in a text, kept for the last text asked: model-names asks them of each text it reads, and
 * display-text, which runs next on the same text, takes its own (knownWordLines) from them: one pass of the word
 * automaton for both readers (session 23; each made its own before).
 */
function nameHits(text: string): { ends: number[]; groups: number[]; starts: number[] } {
  if (!nameFinder) {
    const orgs = publisherWords();
    orgWordSet = new Set(orgs);
    // LiteLLM's `<prefix>/`, the `<provider>:` prefixes (colonModel) and `huggingface_` (providerJoined) route a name
    // without any other word.
    const litellm = [...litellmPrefixes().map((p) => `${p}/`), ...colonPrefixWords(), 'huggingface_'];
    const groups = [knownNameWords().filter((w) => !orgWordSet!.has(w)), orgs, KEY_WORDS, litellm, [...LINE_WORDS, ...modelAtProviderWords()]];
    // A package is found in this pass only when no other word ends with it: then each hit's shortest word (`starts`)
    // is what it was without the packages, and their group bit, masked off by the readers of the hits, is all they add.
    const others = groups.flat().map((w) => w.toLowerCase());
    trackedPackages = [...new Set(librarySlots().map((l) => l.package.toLowerCase()))].filter(
      (p) => /^[\x20-\x7e]+$/.test(p) && !others.some((w) => w.length > p.length && w.endsWith(p)),
    );
    nameFinder = compileWordFinder([...groups, trackedPackages]);
    if (!nameFinder) throw new Error('name words must be printable ASCII');
    nameWordSet = new Set(knownNameWords());
    longestNameWord = Math.max(0, ...[...nameWordSet].map((w) => w.length));
    lowerNameWords = new Set(knownNameWords().map((w) => w.toLowerCase()));
  }
  if (hitsText !== text || !lastHits) {
    lastHits = nameFinder.hits(text);
    hitsText = text;
  }
  return lastHits;
}
let hitsText: string | undefined;
/** librarySlots()' packages (lower case) that nameFinder finds (LIBRARY_WORD), set with it. */
let trackedPackages: string[] = [];

/**
 * Whether `text` may hold a library's package name as written (libraryNamesInSlots' first test, `text.includes`), from
 * nameFinder's pass over it, which model-names makes of every text it reads anyway: false only for a package found in
 * that pass and not seen (ASCII case-blind, so a superset of `includes`). Three whole-text searches of every text
 * model-names read were 4% of its CPU on the real corpus.
 */
export function libraryPackageMaybeIn(text: string): (pkg: string) => boolean {
  const hits = nameHits(text);
  let seen: Set<string> | undefined;
  for (let i = 0; i < hits.ends.length; i++) {
    if ((hits.groups[i]! & LIBRARY_WORD) === 0) continue;
    const end = hits.ends[i]!;
    for (const p of trackedPackages) if (end >= p.length && text.slice(end - p.length, end).toLowerCase() === p) (seen ??= new Set()).add(p);
  }
  return (pkg) => {
    const p = pkg.toLowerCase();
    return !trackedPackages.includes(p) || (seen?.has(p) ?? false);
  };
}
let lastHits: { ends: number[]; groups: number[]; starts: number[] } | undefined;
/** Lets go of the last text's hits (the scan calls it when a file is done: the text is not held past its file). */
export function forgetNameHits(): void {
  hitsText = undefined;
  lastHits = undefined;
}

/**
 * The lines holding a word of knownNameWords() (display-text's gate and lines), undefined for a text holding none: what
 * `wordLinesOf(knownNameWords)` finds, taken from nameFinder's pass over the same text (its first two groups are
 * knownNameWords()). Where a word of another group (`model`, a LiteLLM prefix) also ends at a hit and is shorter than
 * every known word ending there, the start of the shortest known word is found again (rare: most hits are of one group).
 */
export function knownWordLines(text: string): WordLines | undefined {
  const hits = nameHits(text);
  const ends: number[] = [];
  const starts: number[] = [];
  for (let i = 0; i < hits.ends.length; i++) {
    const g = hits.groups[i]! & NAME_GROUPS;
    if ((g & (KNOWN_WORD | ORG_WORD)) === 0) continue;
    ends.push(hits.ends[i]!);
    starts.push((g & ~(KNOWN_WORD | ORG_WORD)) === 0 ? hits.starts[i]! : shortestKnownStart(text, hits.ends[i]!));
  }
  return ends.length ? new WordLines(text, ends, starts) : undefined;
}
/** Where the shortest word of knownNameWords() ending at `end` starts (ASCII letters case-blind, as the automaton reads them). */
function shortestKnownStart(text: string, end: number): number {
  for (let length = 1; length <= longestNameWord && length <= end; length++)
    if (lowerNameWords!.has(text.slice(end - length, end).replace(/[A-Z]+/g, (m) => m.toLowerCase()))) return end - length;
  return end;
}
let lowerNameWords: Set<string> | undefined;

/**
 * The lines of a text on which classify() may accept a value, asked in order: those holding one of
 * nameWords() (the value holds it, or the key before it does: `model`, `repo_id`) or a LiteLLM
 * `<prefix>/` (litellmModel's route needs no other word). Undefined when the text holds none of
 * nameWords(): a reader gated by them finds nothing there. A publisher's `org/` right after a host
 * name is a path inside a URL or Go import (`github.com/google/uuid`), never the start of a whole value,
 * and does not count. `knowsNames` is false when only key words are left: no value
 * in the text is a name classify knows, so only values beside a model key may be names.
 */
export function nameLines(text: string): WordLines | undefined {
  const hits = nameHits(text);
  const ends: number[] = [];
  const starts: number[] = [];
  let gate = false;
  let knows = false;
  for (let i = 0; i < hits.ends.length; i++) {
    const g = hits.groups[i]! & NAME_GROUPS;
    if (g === 0) continue; // a library's package only (LIBRARY_WORD)
    const start = hits.starts[i]!;
    if (g === ORG_WORD && afterHost(text, start)) continue;
    // `huggingface:` ending a YAML key, `abab3` inside a SHA: no name follows the prefix, no name holds the word.
    if (g === LITELLM_WORD && !prefixesName(text, hits.ends[i]!)) continue;
    if (g === KNOWN_WORD && insideHexRun(text, start, hits.ends[i]!)) continue;
    // `2to3-3.6` (o3-), `GHSA-wqvq-` (qvq-), `langchain_genai/` (ai/): a name's word
    // inside a longer run of letters and digits starts no name there (nor an organisation): it opens the gate as
    // before, but does not make the text one that knows names, nor its line a word line.
    if ((g & ~(KNOWN_WORD | ORG_WORD)) === 0 && !startsName(text, start, hits.ends[i]!)) {
      gate = true;
      continue;
    }
    ends.push(hits.ends[i]!);
    starts.push(start);
    // A `<provider>:` prefix with a name right after it (`Agent('cerebras:llama-3.3-70b')`, Pydantic AI's and LangChain's
    // `init_chat_model` spelling) opens the gate too: colonModel reads a name the registry does not list after it.
    // (Not one inside a colon-joined identifier, `account:azure:sub-1`: see colonModel.)
    gate ||=
      (g & (KNOWN_WORD | ORG_WORD | KEY_WORD)) !== 0 ||
      ((g & LITELLM_WORD) !== 0 && text.charCodeAt(hits.ends[i]! - 1) === 0x3a && text.charCodeAt(start - 1) !== 0x3a);
    knows ||= (g & (KNOWN_WORD | ORG_WORD | LITELLM_WORD | LINE_WORD)) !== 0;
  }
  return gate ? new WordLines(text, ends, starts, knows) : undefined;
}
/**
 * Whether the text at `start` follows a host name and a slash (`github.com/google/`, `huggingface.co/google/`):
 * a path of a URL or a Go import, not a whole value (a router's route before an id, `Pro/meta-llama/`, is no host).
 */
function afterHost(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x2f) return false; // /
  for (let i = start - 2; i >= 0 && start - i < 64; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) return true; // .
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f)) return false;
  }
  return false;
}
const isAlnum = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
/**
 * Whether a word of knownNameWords() ending at `end` (the shortest starting at `start`, a longer one maybe before it)
 * stands where a name or an organisation can start: at the text's start, after a character that is no letter or digit,
 * or beginning with one itself (`-mlc`, `_core_web_`). Every name classify knows holds one of its words so: a whole value
 * starts after a quote, a space, `:`, `=`, `-` or `/`; a prefix it strips ends in `/`, `:`, `_` or `@`; an organisation
 * is a whole `[\w.-]` segment; a provider's pattern holds one of its entry's words at its start or after a `-`
 * (tests/classify/naming-words.test.ts checks every generated name).
 */
function startsName(text: string, start: number, end: number): boolean {
  for (let p = start; p >= 0 && end - p <= longestNameWord; p--) {
    if (p > 0 && isAlnum(text.charCodeAt(p - 1)) && isAlnum(text.charCodeAt(p))) continue;
    if (p === start || nameWordSet!.has(text.slice(p, end).toLowerCase())) return true;
  }
  return false;
}
/** Whether a `<provider>:` prefix word ending at `end` has a name right after it (not a space, quote or the text's end). */
function prefixesName(text: string, end: number): boolean {
  if (text.charCodeAt(end - 1) !== 0x3a) return true; // `<prefix>/`: LiteLLM's routes
  const c = text.charCodeAt(end);
  return !(Number.isNaN(c) || c === 32 || c === 9 || c === 10 || c === 13 || c === 0x22 || c === 0x27 || c === 0x60);
}
const isHex = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
/** A word that is hexadecimal itself, inside a run of 16 or more hexadecimal digits: part of a hash (`…9fabab3c…`). */
function insideHexRun(text: string, start: number, end: number): boolean {
  if (!isHex(text.charCodeAt(start - 1)) && !isHex(text.charCodeAt(end))) return false;
  for (let i = start; i < end; i++) if (!isHex(text.charCodeAt(i))) return false;
  let from = start;
  let to = end;
  while (from > 0 && start - from < 64 && isHex(text.charCodeAt(from - 1))) from--;
  while (to < text.length && to - end < 64 && isHex(text.charCodeAt(to))) to++;
  return to - from >= 16;
}
/** nameFinder's groups, by bit. */
const KNOWN_WORD = 1;
const ORG_WORD = 2;
const KEY_WORD = 4;
const LITELLM_WORD = 8;
/** LINE_WORDS and `@<provider>`: classify may know a name on such a line (`x-7b@OpenAI`), so the text is no sparse one. */
const LINE_WORD = 16;
/** librarySlots()' packages (libraryPackageMaybeIn): no name word; masked off (NAME_GROUPS) by the readers of names. */
const LIBRARY_WORD = 32;
const NAME_GROUPS = KNOWN_WORD | ORG_WORD | KEY_WORD | LITELLM_WORD | LINE_WORD;
/**
 * Words that make a line worth classify's time in a text already read, not a reason to read one (no gate, no
 * prefilter word: `llm_id` is in most files of a RAGFlow-like code base): MODEL_KEY's `llm_name`/`llm_id`/`llm_backbone`, before
 * an unknown organisation's id (`"llm_name": "meta/llama-3.1-8b-instruct"`); `<model>@<provider>`'s `@<provider>`.
 */
const LINE_WORDS = ['llm_name', 'llmname', 'llm_id', 'llmid', 'llm_backbone', 'llmbackbone'];

/** Per registry: its case-distinct namespaces, lower-cased. */
const distinctLower = new WeakMap<Registry, Set<string>>();

/**
 * A model publisher's namespace in any case, or a repackager's as written: the Hub resolves
 * `baai/bge-m3` to `BAAI/bge-m3`, and routers (OpenRouter) write their ids lower-case. Repackagers
 * also name their code repositories (`tabbyml/vim-tabby`), and namespaces another owner holds in
 * another case (`case_distinct_namespaces`) are someone else's: those match as written only.
 */
/**
 * A name without a digit or hyphen that starts with a hint of a family its organisation publishes (namespaces are
 * case-sensitive: `iic` is Alibaba's, `IIC` is not): `iic/SenseVoiceSmall` (hint `sensevoice`), `tencent/HunyuanOCR`,
 * `bigscience/bloom`.
 */
function namedByItsFamily(org: string, name: string, registry: Registry): boolean {
  const lower = name.toLowerCase();
  // The hint is a whole word of the name: `SenseVoice|Small`, `bloom`; not `starcoder|data` (a dataset).
  const hinted = (f: { id_hints?: string[] }) =>
    f.id_hints?.some((hint) => hint.length >= 4 && /^[a-z]+$/.test(hint) && lower.startsWith(hint) && !/[a-z]/.test(name.charAt(hint.length)));
  return !!(registry.byNamespace.get(org)?.some(hinted) || registry.byModelScopeNamespace.get(org)?.some(hinted));
}

function isPublisher(org: string, registry: Registry): boolean {
  if (registry.byNamespace.has(org) || registry.repackagers.has(org)) return true;
  const lower = org.toLowerCase();
  let distinct = distinctLower.get(registry);
  if (!distinct) distinctLower.set(registry, (distinct = new Set([...registry.caseDistinct].map((n) => n.toLowerCase()))));
  return !distinct.has(lower) && registry.byNamespaceLower.has(lower);
}

/** A character one of classify's paths (a legacy id's hyphen, an id's slash), isNameShaped (a digit or hyphen) or IDENTIFIER (`_`) needs. */
const NAME_MARK = /[\d\-/_]/;
let plainNameWords: RegExp | null | undefined;

/**
 * False when classify, isNameShaped and IDENTIFIER all reject the value, judged by its characters
 * alone, so a caller can skip reading the text around it: each needs a digit, hyphen, slash or
 * underscore, except a provider's name spelled in letters only (`wanx`), which holds one of that
 * provider's words (providerNameWords, the prefilter's own guarantee). Most quoted values of data
 * files (`"express"`, `"MIT"`, prose) fail it. `onWordLine` false: the value's line holds none of
 * nameWords() (see nameLines), so it holds no provider word either.
 */
export function mayBeName(value: string, onWordLine = true): boolean {
  if (NAME_MARK.test(value)) return true;
  // The words are nameWords(): a value on a line without any holds none.
  if (!onWordLine) return false;
  if (plainNameWords === undefined) {
    const plain = providerNameWords().filter((w) => !NAME_MARK.test(w));
    plainNameWords = plain.length ? anyWord(plain) : null;
  }
  return plainNameWords !== null && plainNameWords.test(value);
}

/**
 * What a whole string value names, if it is a model by its shape alone. `notModelContext`: NOT_MODEL_CONTEXT's
 * answer on the line, when the caller has it (each value of a line asks).
 */
export function classify(
  value: string,
  line: string,
  registry: Registry,
  notModelContext?: boolean,
): { id: string; source: RawReference['source'] } | undefined {
  const v = value.trim();
  if (!v || /[\s{}<>$%]/.test(v) || saysMissing(v) || isXPlaceholder(v) || ENDPOINT_NAME.test(v) || DEPLOYMENT_OWN_NAME.test(v) || isApiVersionOrRoute(v))
    return undefined; // placeholders, templates, names of a missing model, endpoints, deployments, API routes
  if (CODE_CLASS_NAME.test(v) || SECRET_KEY.test(v)) return undefined; // a class's name; an API key (`openai:sk-abc`)
  // `qwenVlModelPrefixName = "qwen-vl"` (higress ai-proxy's qwen.go): the start of the names a test matches, no model.
  const valueAt = line.indexOf(v);
  if (valueAt > 0 && (PREFIX_HOLDER.test(line.slice(0, valueAt)) || STORE_NAME_HOLDER.test(line.slice(0, valueAt)))) return undefined;
  const arn = BEDROCK_ARN.exec(v);
  if (arn) return classifyName(arn[1]!, line, registry, notModelContext);
  // `ModelId("qwen-image-test")` (exo-explore/exo src/exo/master/tests/test_placement_utils.py): a test's stand-in named
  // after a family a provider's names start with is no model of that provider (NOT_A_NAME's stand-in endings).
  if (STAND_IN_ENDING.test(v) && !v.includes('/')) return undefined;
  if (notModelContext ?? NOT_MODEL_CONTEXT.test(line)) return undefined;
  // A name ends with a letter, digit or `_` (no Hub id nor published name ends otherwise): `'01-ai/Yi-'` is a prefix.
  if (/[-.]$/.test(v)) return undefined;
  // `qwen-max@Tongyi-Qianwen`, `BAAI/bge-m3@Builtin`: the model before the `@`, served by the provider after it;
  // on a comment line (` * e.g. \`gpt-4@OpenAi\``, NextChat's doc of its own syntax) an example of the notation.
  const at = (v.includes('@') || v.includes('___')) && !COMMENT_LINE.test(line) ? modelAtProvider(v) : undefined;
  if (at) return atProvider(at.model, at.provider, registry);
  return classifyName(v, line, registry, notModelContext) ?? versionPinned(v, line, registry, notModelContext);
}

/**
 * Vertex AI's version pin after a model (`mistral-large@2407`, `codestral@latest`, `mistral-small-2503@001`,
 * `claude-3-7-sonnet@20250219`), as its Model Garden and LiteLLM write it: the model before the `@`, reported with its pin.
 * https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions
 */
const VERSION_PIN = /^([^@]+)@(latest|\d{3}|\d{4}(?:-\d{3})?|\d{8})$/;

function versionPinned(v: string, line: string, registry: Registry, notModelContext?: boolean): { id: string; source: RawReference['source'] } | undefined {
  const pin = VERSION_PIN.exec(v);
  const named = pin ? classifyName(pin[1]!, line, registry, notModelContext) : undefined;
  return named && named.source === 'api' ? { ...named, id: `${named.id}@${pin![2]}` } : undefined;
}

/**
 * The model a `<model>@<provider>` value names (RAGFlow's `qwen-max@Tongyi-Qianwen`), wherever it stands: a
 * request body's `"model"` sent to the platform's own server names the provider's model.
 */
export function modelWithProvider(value: string, registry: Registry): { id: string; source: RawReference['source'] } | undefined {
  const at = modelAtProvider(value.trim());
  return at ? atProvider(at.model, at.provider, registry) : undefined;
}

/** A Replicate model pinned to a version, `[owner/]name:<64-hex version id>`: https://replicate.com/docs/reference/http. */
const REPLICATE_VERSION = /^(?:[\w.-]+\/)?[A-Za-z0-9][\w.-]*:[0-9a-f]{64}$/;

/**
 * `openrouter/deepseek/deepseek-chat`, `together_ai/Qwen/Qwen3-235B-A22B-fp8-tput`,
 * `fireworks_ai/accounts/fireworks/models/deepseek-r1` (Aider's model settings): a LiteLLM route no Hub
 * organisation uses (providers.yaml `litellm.only`) before a router's own `<org>/<name>` id, a model known by its
 * own shape, or Fireworks' model path is that provider's model, as LiteLLM calls it.
 */
function litellmRoute(v: string, line: string, registry: Registry, notModelContext?: boolean): { id: string; source: RawReference['source'] } | undefined {
  // Any LiteLLM prefix counts before an id that has its own slash (`anyscale/meta-llama/Llama-2-7b-chat-hf`) or a
  // version pin (`replicate/llama-2-70b-chat:<version>`): no Hub id has two slashes or a colon.
  const lite = litellmModel(v, v.indexOf('/') !== v.lastIndexOf('/') || v.includes(':'));
  if (!lite) return undefined;
  const rest = v.slice(lite.prefix.length + 1);
  // `bedrock/us-east-1/1-month-commitment/anthropic.claude-v2:1`, `bedrock/invoke/<model>`: LiteLLM's region, commitment
  // or API mode before the model (providers.yaml `litellm.route_qualifiers`): the route's model, as LiteLLM writes it,
  // when what follows them is one.
  const model = withoutRouteQualifiers(rest);
  if (model !== undefined) return classify(model, line, registry, notModelContext) ? { id: lite.id, source: lite.source } : undefined;
  // `openai/deployments/chatgpt-demo`: a URL's path (Azure OpenAI's), not a route before an id.
  if (rest.includes('/') && isNotAnOrg(rest.slice(0, rest.indexOf('/')))) return undefined;
  if (FIREWORKS_MODEL_PATH.test(rest) || REPLICATE_VERSION.test(rest) || isOrgIdShaped(rest) || classify(rest, line, registry, notModelContext))
    return { id: lite.id, source: lite.source };
  // `nvidia_nim/google/paligemma`, `nvidia_nim/nvidia/vila`: a host's catalogue id under a publisher, one word though it is.
  const [org, name, more] = rest.split('/');
  if (name && more === undefined && isPublisher(org!, registry) && /^[A-Za-z][\w.-]*[A-Za-z0-9]$/.test(name) && !NOT_A_NAME.test(name))
    return { id: lite.id, source: lite.source };
  return undefined;
}

/** `<provider>_<model>` (PROVIDER_JOINED): a provider's id, `_`, then a model. */
const PROVIDER_JOINED = /^([a-z][a-z0-9-]{1,30})_([A-Za-z0-9].{1,150})$/;

/**
 * A provider's id joined by `_` to a model, as DocsGPT writes its EMBEDDINGS_NAME (`openai_text-embedding-ada-002`,
 * `huggingface_sentence-transformers/all-mpnet-base-v2`): `huggingface_` before a Hub id, or a provider's id before a
 * name that same provider publishes (so `openai_api_key` stays a word).
 */
export function providerJoined(v: string): { id: string; source: RawReference['source'] } | undefined {
  const m = PROVIDER_JOINED.exec(v);
  if (!m) return undefined;
  const [, prefix, rest] = m as unknown as [string, string, string];
  if (prefix === 'huggingface') {
    const hub = rest.includes('/') && /[\d-]/.test(rest.slice(rest.indexOf('/') + 1)) ? parseHubReference(rest) : undefined;
    return hub && hub.id === rest ? { id: hub.id, source: 'huggingface' } : undefined;
  }
  const provider = providerForName(rest);
  if (!provider || provider.router || provider.id !== prefix) return undefined;
  // `"name": "openai_gpt-oss-20b-MXFP4.gguf"` (josStorer/RWKV-Runner's manifest.json, bartowski's file naming
  // `<org>_<model>-<quant>.gguf`): a weights file, named for its maker's model, is a file on disk, no API's model.
  return WEIGHT_FILE.test(v) ? { id: v, source: 'local' } : { id: apiModelId(provider, rest), source: 'api' };
}

/** The repackager whose own naming `v` follows (registry `repackagerNames`): one of its words in `v`, then its pattern. */
function repackagerCopy(v: string, registry: Registry): Registry['repackagerNames'][number] | undefined {
  if (registry.repackagerNames.length === 0) return undefined;
  const lower = v.toLowerCase();
  return registry.repackagerNames.find((n) => n.words.some((w) => lower.includes(w)) && n.test.test(v) && (!n.familyNamed || familyNamed(lower, registry)));
}

/** A family's id_hint (3+ characters) starts a word of the lower-cased name: `qwen` in `qwen3-8b-4bit`, `llama` in `meta-llama-3.1-8b-instruct-4bit`. */
function familyNamed(lower: string, registry: Registry): boolean {
  return registry.families.some((f) =>
    f.id_hints?.some((hint) => {
      const h = hint.toLowerCase();
      if (h.length < 3) return false;
      for (let at = lower.indexOf(h); at >= 0; at = lower.indexOf(h, at + 1)) if (at === 0 || !/[a-z0-9]/.test(lower[at - 1]!)) return true;
      return false;
    }),
  );
}

function classifyName(v: string, line: string, registry: Registry, notModelContext?: boolean): { id: string; source: RawReference['source'] } | undefined {
  if (v.includes(':')) {
    const colon = colonModel(v, line, registry, false);
    if (colon !== undefined) return colon ? { id: colon.id, source: colon.source } : undefined;
  }
  // `Qwen3-4B-q4f16_1-MLC`: a repackager's own naming (MLC LLM's) names its Hub copy, not a provider's API model.
  const copy = v.includes('/') ? undefined : repackagerCopy(v, registry);
  if (copy) return { id: `${copy.namespace}/${v}`, source: 'huggingface' };
  const joined = providerJoined(v);
  if (joined) return joined;
  const provider = providerForName(v);
  // `gpt-oss-120b-mxfp4-00001-of-00003.gguf`: a weights file named for its model is a file on disk, never a name an API
  // answers to. `Qwen3-VL-8B-Instruct-GGUF`: a quantised copy's repo name, which a local server (Lemonade) may serve and the
  // provider's API never does.
  if (provider)
    return WEIGHT_FILE.test(v)
      ? { id: v, source: 'local' }
      : { id: QUANTISED_COPY.test(v) && !v.includes('/') ? contextOnlyId(v) : apiModelId(provider, v), source: 'api' };
  // `deepseek/deepseek-r1:free`, `anthropic/claude-3-opus:beta`: a router's variant of a model known by its shape.
  // (A LiteLLM route before such an id, `openrouter/deepseek/deepseek-r1:free`, is read whole below: litellmRoute.)
  const variant = v.includes(':') && v.indexOf('/') === v.lastIndexOf('/') ? routerVariant(v) : undefined;
  // OpenRouter's slugs are lower case: a Hub id spelt as the Hub spells it, with such a suffix (`Qwen/Qwen3-235B-A22B:thinking`
  // in modelscope-agent's mcp-playground, which splits the suffix off to ask the model to think), is that Hub model.
  if (variant && /[A-Z]/.test(variant.base)) {
    const base = classify(variant.base, line, registry, false);
    return base?.source === 'huggingface' || base?.source === 'modelscope' ? base : undefined;
  }
  if (variant) return classify(variant.base, line, registry, false) ? { id: `${variant.router}/${v}`, source: 'api' } : undefined;
  // `"xlnet-base-cased"`, `"bert-base-chinese"`: a legacy Hub id without its organisation names one model (hyphenated ones only:
  // `gpt2` and `ctrl` are also words and model types).
  if (!v.includes('/') && v.includes('-')) {
    const legacy = parseHubReference(v);
    if (legacy) return { id: legacy.id, source: 'huggingface' };
  }
  // `"zh": "zh_core_web_sm"` in a language map: one of spaCy's pipelines, on the Hub as `spacy/<name>`, wherever it stands.
  if (!v.includes('/') && v.includes('_')) {
    const spacy = spacyPipelineId(v);
    if (spacy) return { id: spacy, source: 'huggingface' };
  }
  const slash = v.indexOf('/');
  if (slash <= 0) return undefined;
  if (v.indexOf('/', slash + 1) >= 0) {
    // `lmstudio-community/Meta-Llama-3.1-8B-Instruct-GGUF/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf` (LM Studio's id of a GGUF
    // file in its Hub repo): the repo, when it is a model by the rules below (a publisher's or beside a model key).
    // (`models/Foo-GGUF/foo.gguf`: a folder of weights, where no organisation can be, parseHubReference says.)
    const repo = ggufFileRepo(v);
    if (repo) {
      const inRepo = parseHubReference(v) ? classifyName(repo, line, registry, notModelContext) : undefined;
      return inRepo?.source === 'huggingface' ? inRepo : undefined;
    }
    // `litellm/openai/gpt-4o-mini`: a framework's route to an adapter library before the library's own model string.
    if (adapterRoutes().includes(v.slice(0, slash))) return classify(v.slice(slash + 1), line, registry, notModelContext);
    // `Pro/deepseek-ai/DeepSeek-R1`: a router's tier before the Hub id it serves names that Hub model.
    const served = withoutRoutePrefix(v);
    const hub = served ? classify(served, line, registry, notModelContext) : undefined;
    if (hub?.source === 'huggingface') return hub;
    return litellmRoute(v, line, registry, notModelContext);
  }
  const org = v.slice(0, slash);
  const name = v.slice(slash + 1);
  // transformers' reference to code in another repo, `<repo>--<module>.<Class>` (a config's `auto_map`:
  // `"AutoModel": "jinaai/jina-bert-implementation--modeling_bert.JinaBertModel"`,
  // https://huggingface.co/docs/transformers/custom_models): the repo.
  const remoteCode = REMOTE_CODE_CLASS.exec(name);
  if (remoteCode) return classifyName(`${org}/${remoteCode[1]}`, line, registry, notModelContext);
  // `owner/model`, `example.com/model`, `app.kubernetes.io/name`, `openai/v1`: placeholders, domains, API routes; and a
  // publisher's dataset (`openai/gsm8k`, families.yaml `dataset_repos`).
  if (isPlaceholderId(org, name) || registry.datasetRepos.has(v.toLowerCase())) return undefined;
  // `ollama/qwen2.5-coder:32b-instruct-fp16`, `ollama_chat/llama3.1`: LiteLLM's Ollama routes before a tag.
  if (name.includes(':')) {
    const lite = litellmModel(v, false);
    // (`ollama/ollama:latest` is Ollama's own container image.)
    if (lite?.source === 'ollama')
      return classifyOllamaName(lite.id)?.source === 'ollama' && !lite.id.startsWith('ollama:') ? { id: lite.id, source: 'ollama' } : undefined;
    if (REPLICATE_VERSION.test(name)) return litellmRoute(v, line, registry, notModelContext);
  }
  // `ollama/mistral`, `ollama_chat/codellama`: the same routes before a name of the Ollama library without a tag
  // (families.yaml `ollama`); a word that is no library name (`ollama/ollama`, the server's own image) is not one.
  if (isOllamaLibraryName(name)) {
    const lite = litellmModel(v, false);
    if (lite?.source === 'ollama') return { id: lite.id, source: 'ollama' };
  }
  // `openai/gpt-4o-mini`, `anthropic/claude-3-5-sonnet`: a LiteLLM-style provider prefix before a provider's name.
  const routed = routedApiModel(v);
  if (routed) return { id: routed.id, source: routed.source };
  const hosted = hostedOnlyModel(name);
  if (hosted) return hosted;
  // A model's name has a digit or a hyphen (`bge-m3`, `gemma-7b`); `openai/chat`, `mistral/completion` are kinds or routes.
  // Or its publisher's family names it (`iic/SenseVoiceSmall`, `tencent/HunyuanVideo`: families.yaml `id_hints`).
  if (!/[\d-]/.test(name) && !namedByItsFamily(org, name, registry)) return undefined;
  if (!/^[A-Za-z0-9][\w.-]*$/.test(org) || !/^[A-Za-z0-9][\w.-]*$/.test(name) || /\.(json|py|md|txt|ya?ml|bin|js|ts|html|png|svg|xml|xsd)$/i.test(name))
    return undefined;
  // ModelScope: a namespace that exists there only, or a publisher's id on a line that says ModelScope.
  if (registry.modelScopeOnly.has(org)) return { id: v, source: 'modelscope' };
  const onModelScope = /modelscope/i.test(line);
  if (onModelScope && (registry.byModelScopeNamespace.has(org) || registry.byNamespace.has(org))) return { id: v, source: 'modelscope' };
  if (isPublisher(org, registry)) return { id: v, source: 'huggingface' };
  if (registry.byModelScopeNamespace.has(org)) return { id: v, source: 'modelscope' };
  // `ollama/llama3.1`, `bedrock/claude-3-haiku`: a LiteLLM-style prefix says the source (of a model, not of
  // a placeholder: `openrouter/some-model` in a test).
  // (`cloudflare/mcp-server-cloudflare`: a prefix that is also a GitHub organisation names no model before a bare word.)
  const lite = NOT_A_NAME.test(name) || isRouteOnlyPrefix(org) ? undefined : litellmModel(v, true);
  if (lite) return { id: lite.id, source: lite.source };
  // Unknown organisations need a model context: the key before the value names a model, repository or
  // download source, and not where a trained model is written (`save_pretrained`, `hub_model_id`, `output_dir`).
  const before = line.slice(0, Math.max(0, line.indexOf(v)));
  // (`self.send_file(self.model_path, 'application/octet-stream')`: a MIME type beside a model's path, no organisation.)
  // (Nor a cache's repo: `OPTIMUM_CACHE_REPO_ID = "optimum-internal-testing/neuron-testing-cache"`, where optimum-neuron
  // keeps compiled graphs, https://huggingface.co/docs/optimum-neuron/guides/cache_system.)
  if (MODEL_KEY.test(before) && !/save|output|export|push|hub_model_id|cache/i.test(before) && !isNotAnOrg(org)) return { id: v, source: 'huggingface' };
  return undefined;
}

/** `<name>--<module>.<Class>` after a repo's organisation: transformers' remote-code class reference (classifyName). */
const REMOTE_CODE_CLASS = /^([\w.-]+?)--[A-Za-z_]\w*\.[A-Za-z_]\w*$/;

/**
 * A name only its provider's API serves (providers.yaml `naming` `hosted_only`), after whatever prefix routes to it:
 * `google/gemini-2.0-flash`, `vertexai/gemini-1.5-pro` (instructor's `from_provider` strings) are Gemini over the API,
 * though `google` publishes other models on the Hub.
 */
export function hostedOnlyModel(name: string): { id: string; source: RawReference['source'] } | undefined {
  const provider = providerForName(name);
  return provider?.hostedOnly ? { id: apiModelId(provider, name), source: 'api' } : undefined;
}

/**
 * The model of a `<model>@<provider>` value: what the model part names by itself (`qwen-max` ->
 * dashscope/qwen-max, `BAAI/bge-m3` -> the Hub model), else a name shaped like one, the provider's.
 */
function atProvider(model: string, provider: string, registry: Registry): { id: string; source: RawReference['source'] } | undefined {
  const org = isOrgIdShaped(model);
  // An Ollama model as Ollama names it (`agnuxo/cajal-4b-p2pclaw`, a user's model; `qwen2.5:7b`).
  if (provider === 'ollama' && (org || isNameShaped(model))) return { id: model, source: 'ollama' };
  // What the name says by itself, wherever it stands (not the key before the whole value).
  const known = classify(model, '', registry, false);
  if (known) return known;
  // A name no table knows needs a version digit: `text-embedding@openai` in a docstring is a kind of model.
  if (!org && !(isNameShaped(model) && /\d/.test(model))) return undefined;
  if (provider === 'huggingface') return org ? { id: model, source: 'huggingface' } : undefined;
  if (provider === 'openai-compatible') return { id: contextOnlyId(model), source: 'api' };
  return { id: apiModelId({ id: provider, router: false }, model), source: 'api' };
}

/** `<provider>:<model>`: a lower-case provider word, a colon, the model (which may hold a colon of its own: `ollama:qwen2:1.5b`). */
const COLON_NAME = /^([a-z][a-z0-9_-]{1,30}):(\S{1,150})$/;
/** A model behind a provider's prefix written as a path (`accounts/fireworks/models/mixtral-8x7b-instruct`, `models/text-embedding-004`). */
const MODEL_PATH = /^[A-Za-z0-9][\w.-]*(?:\/[\w.-]+)+$/;
/** A prefix no table knows that may still name a provider: one word, not a kind of thing (`model:`, `org:`, `dataset:`). */
const UNKNOWN_PREFIX = /^(?!(?:model|models|type|kind|org|user|repo|dataset|datasets|space|spaces|name|id|tag|file|path)$)[a-z][a-z0-9_]*$/;
/** After a provider's prefix, a version or a release channel is no model (`openai:v1`, `ollama:latest`, `ollama:0.1.32`). */
const VERSION_OR_CHANNEL = /^(?:v?\d+(?:\.\d+)*|latest|stable|main|dev|nightly)$/i;

/**
 * What a `<provider>:<model>` name names (LangChain `init_chat_model("openai:gpt-4o")`, Pydantic AI, gpt-researcher's
 * `FAST_LLM=openai:gpt-5.4-mini`): the model after the prefix, under the provider providers.yaml `colon_prefixes`
 * gives it (an Ollama tag after `ollama:`, a Hub id after `huggingface:`), or as its own shape says when it follows a
 * provider's naming. A prefix no table knows counts only before a model known by its own shape
 * (`netmind:deepseek-ai/DeepSeek-V3-0324`). Undefined: not such a name; null: a known provider before no model
 * (`openai:your_fast_llm`, `azure_openai:deployment_name`), which callers read no further. `at`: where the model starts.
 */
export function colonModel(
  value: string,
  line = '',
  registry: Registry = loadRegistry(),
  notModelContext?: boolean,
): { id: string; source: RawReference['source']; at: number } | null | undefined {
  // `gateway/openai:gpt-5.2`: a gateway's route before the name; the name after it is read as written alone.
  const slash = value.indexOf('/');
  if (slash > 0 && colonGateways().includes(value.slice(0, slash).trim())) {
    const routed = colonModel(value.slice(slash + 1), line, registry, notModelContext);
    return routed ? { ...routed, at: routed.at + slash + 1 } : routed;
  }
  const m = COLON_NAME.exec(value.trim());
  if (!m) return undefined;
  const prefix = m[1]!;
  const rest = m[2]!;
  const at = prefix.length + 1;
  const provider = colonPrefixProvider(prefix);
  const found = (id: string, source: RawReference['source']) => ({ id, source, at });
  // `ft:gpt-4-custom`, `openai:my-model`: a placeholder after the prefix.
  if (VERSION_OR_CHANNEL.test(rest.split(':')[0]!) || NOT_A_NAME.test(rest)) return provider ? null : undefined;
  if (provider === 'ollama') {
    const tag = classifyOllamaName(rest);
    return tag?.source === 'ollama' && /[a-z]/i.test(rest) ? found(rest, 'ollama') : null;
  }
  if (provider === 'huggingface') {
    const hub = parseHubReference(rest);
    return hub ? found(hub.id, 'huggingface') : null;
  }
  const own = classify(rest, line, registry, notModelContext);
  // An unknown prefix: a provider-like word (`netmind`, `vllm_openai`; not `openai-like`, nor a kind such as
  // `model:bert-base-uncased`) before a provider's name or a publisher's `org/name`.
  if (!provider) {
    if (!UNKNOWN_PREFIX.test(prefix)) return undefined;
    // `account:azure:sub-1`, `service_principal:azure:sp-1` (a cloud graph's node keys, msaad00/agent-bom's tests): a
    // colon-joined identifier whose middle part is a provider's prefix, no `<provider>:<model>` name.
    const inner = COLON_NAME.exec(rest);
    if (inner && colonPrefixProvider(inner[1]!)) return undefined;
    if (own) return own.source === 'api' || rest.includes('/') ? found(own.id, own.source) : undefined;
    // `aimlapi:x-ai/grok-3-mini-beta`, `avian:z-ai/glm-5`: a router's `<maker>/<name>` slug (OpenRouter's spelling), the
    // name one a provider publishes: that provider's model, as the router writes it.
    const slug = /^[a-z][\w.-]*\/([^/:]+)$/.exec(rest);
    const maker = slug ? providerForName(slug[1]!) : undefined;
    return maker ? found(`${maker.id}/${rest}`, 'api') : undefined;
  }
  if (provider === 'litellm') {
    const lite = litellmModel(rest, true);
    if (lite) return found(lite.id, lite.source);
  }
  // A name a provider publishes keeps its own provider (`azure_openai:gpt-4o` is OpenAI's gpt-4o);
  // anything else shaped like a model is that provider's (`voyageai:voyage-law-2`, `together:meta-llama/Llama-3-8b-chat-hf`).
  if (own?.source === 'api') return found(own.id, own.source);
  // (A router's slug keeps its variant: `openrouter:featherless/qwerky-72b:free`, Puter's OpenRouter routes in
  // xtekky/gpt4free, is the slug `featherless/qwerky-72b` at its free tier, whatever its maker: ORG_ID.)
  if (isNameShaped(rest) || ((MODEL_PATH.test(rest) || ORG_ID.test(rest)) && /[\d-]/.test(rest) && !NOT_A_NAME.test(rest)))
    return found(provider === 'litellm' ? rest : apiModelId({ id: provider, router: false }, rest), 'api');
  return own ? found(own.id, own.source) : null;
}

/**
 * The rest of a `("module", "ClassName")` tuple after its first value: a model class as transformers names them
 * (`GPT2LMHeadModel`, `LlamaForCausalLM`, `Qwen2VLForConditionalGeneration`), then the tuple's end. Not a provider's or
 * format's name (`("gpt-4o", "OpenAI")`, xinference's `("whisper-tiny", "MLX")`).
 */
const MODULE_CLASS_REST = /^['"]\s*,\s*(['"])[A-Z][A-Za-z0-9]*(?:Model|LM|Generation|Classification)\1\s*\)/;

/**
 * `"GPT2LMHeadModel": ("gpt2", "GPT2LMHeadModel")` (vLLM's architecture registry `_MODELS`, architecture -> (module,
 * class), as IEIT-Yuan/Yuan-2.0's 3rdparty/vllm copies it): the first value of a tuple of a module and the class it
 * defines names the module, no model. `before` ends at the value's opening quote, `after` starts at its closing quote
 * (a few dozen characters each way are enough).
 */
/**
 * A list that names a module, then a class in it (`["flagai.model.t5_model", "T5Model", "t5", "nlp"]`, the values of
 * FlagAI's AutoLoader MODEL_DICT: what to import for a model name, its brief name and kind): every string in it names
 * code, none a model (the name is the entry's key, before the list).
 */
const MODULE_DESCRIPTOR = /(?:[[(]|^)\s*(['"])[a-z_][a-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+\1\s*,\s*(['"])[A-Z][A-Za-z0-9_]*\2[^\])\n]*[\])]?/g;
/** Whether the string at `column` (0-based) of `line` stands inside a MODULE_DESCRIPTOR list of that line. */
export function inModuleDescriptor(line: string, column: number): boolean {
  if (!line.includes('.') || !/(?:[[(]|^)\s*['"][a-z_]/.test(line)) return false;
  for (const m of line.matchAll(MODULE_DESCRIPTOR)) if (column > m.index && column < m.index + m[0].length) return true;
  return false;
}
export function isModuleOfClassPair(value: string, before: string, after: string): boolean {
  return /^[a-z_][a-z0-9_]*$/.test(value) && /\(\s*['"]$/.test(before) && MODULE_CLASS_REST.test(after);
}
