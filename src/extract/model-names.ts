// Model names that stand alone as a whole string value, in any code or data file (issue #15):
//   - a hosted provider's published naming (providers.yaml `naming`): `"deepseek-chat"`, `'glm-4.5'`,
//     `qwen-max` under a YAML key, `${DASHSCOPE_MODEL:qwen-plus}`: reported `<provider>/<name>`;
//   - `<org>/<name>` whose org is a model publisher in the registry (families.yaml namespaces,
//     repackagers): a Hub id (ModelScope when the namespace exists there only), unless the line
//     says dataset or space.
// Constants, defaults, option lists, catalogues and nested literals are all just string values here,
// so every entry counts, in every language. One pass over the lines, one bounded regex per line.
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import type { SourceFile } from './source-file.js';
import { loadRegistry } from '../registry/load.js';
import { isPrefixTest, prefixCollectionLines } from './shared/prefix-tests.js';
import { escapeRegExp } from './shared/words.js';
import { otherRepoCallLines, otherRepoDocstringLines } from './shared/other-repo-docstrings.js';
import {
  colonPrefixWords,
  contextOnlyId,
  isContextOnlyId,
  librarySlots,
  litellmPrefixes,
  namesLibraryConstant,
  providerForName,
  routerVariant,
  servedAliases,
  declaresServedName,
} from '../registry/providers.js';
import { isApiVersionOrRoute, isPlaceholderPath, parseHubReference, WEIGHT_FILE } from '../model/ids.js';
import { isModelFlag, modelFromEnv } from './shared/cli-args.js';
import { isBareTemplate, readAs, withoutExampleSuffix } from './shared/example-files.js';
import { DEPLOYMENT_NAME_KEY, KeyPath, isLabelValue, isObjectName, lineKey } from './shared/key-path.js';
import {
  classify,
  COMMENT_LINE,
  hostedOnlyModel,
  IDENTIFIER,
  isNameShaped,
  isOrgIdShaped,
  mayBeName,
  MODEL_WORD_IN_VALUE,
  nameLines,
  nameWords,
  NOT_MODEL_CONTEXT,
  PREFIX_HOLDER,
  isPlaceholderName,
  inModuleDescriptor,
  isModuleOfClassPair,
  libraryPackageMaybeIn,
} from './shared/model-name.js';
import { WordLines } from './shared/word-lines.js';
import { QuietLines } from './shared/quiet-lines.js';
import { holdsTypeTag, quotedFlagLines, wordsIn } from './shared/gate-scans.js';
import { isMatchPatternString, matchScrutinee } from './shared/rust-tokens.js';
import { isOllamaLibraryName, namesOllama, OLLAMA_TAGGED, OllamaContext } from './shared/ollama-tag.js';
import { libraryNamesInSlots } from './shared/library-slots.js';
import { NO_SUCH_MODEL } from './shared/keyed-name.js';
import { isTransformersConfig } from './shared/transformers-config.js';
import { isSkyPilotTask } from './shared/yaml-files.js';
import { isSpaceAt, isWordCode } from './shared/char-codes.js';
import { keptWithCallSites } from './shared/calls.js';
import { pickedNames, type PickedName } from './shared/model-pickers.js';
import { modelSwitchOptions } from './shared/model-catalogues.js';

/** Code and data files; prose (Markdown) and notebooks go through their own extractors, which hand code on. */
const CODE =
  /\.(py|pyi|m?js|cjs|jsx|ts|tsx|mts|cts|json|jsonc|json5|ya?ml|toml|java|kt|kts|scala|groovy|go|rs|cs|php|rb|swift|dart|properties|conf|cfg|ini|vue|svelte|qml|html?|lua|sql|csv|sh|bash|zsh|ps1|psm1|tf|tfvars|hcl)$/i;
/**
 * Lockfiles and modelprov's own policy and lock files (`.modelprov.yml` names the models it excepts, not ones used), and
 * the folders UI strings are kept in (`locales/zh.json`, `i18n/`, `translations/en.ts`).
 */
const SKIP =
  /(^|\/)(package-lock\.json|pnpm-lock\.yaml|yarn\.lock|[\w.-]*\.lock|composer\.lock|go\.sum|tsconfig[\w.-]*\.json|\.modelprov\.ya?ml|modelprov\.lock\.json)$|\.min\.js$|\.d\.[cm]?ts$|(^|\/)(locales?|i18n|translations?)\//i;
/**
 * Code of a machine-translation feature in a folder named for it (OpenBMB/BMTools `bmtools/tools/translation/nllb/api.py`
 * loading `facebook/nllb-200-distilled-600M`; transformers' `examples/pytorch/translation/run_translation.py`): a
 * `translation(s)/` folder holds UI strings as data files or JS/TS string tables, never as Python, shell, Go, Rust, JVM or
 * C# code, whose strings live in catalogues (gettext `.po`, `.properties`, `.resx`, Fluent `.ftl`). Not under `locales/`
 * or `i18n/` as well.
 */
const TRANSLATION_FEATURE_CODE = /(?:^|\/)translations?\/(?:[^/]+\/)*[^/]+\.(?:py|sh|bash|go|rs|java|kt|kts|scala|groovy|cs)$/i;
const I18N_FOLDER = /(?:^|\/)(?:locales?|i18n)\//i;
const skipped = (path: string) => SKIP.test(path) && !(TRANSLATION_FEATURE_CODE.test(path) && !I18N_FOLDER.test(path));
/**
 * Quoted values of up to 200 characters on one line. Empty and one-character values are matched too (and passed over):
 * skipping them paired the wrong quotes (`f("", "deepseek-chat")`). So are values with an escape (passed over, ESCAPED):
 * skipping them paired the wrong quotes too (`def __init__(self, fewshot="\n", model_name="text-davinci-003")` read
 * `, model_name=` as the value, billxbf/ReWOO's nodes copied into THUDM/AgentTuning).
 */
const QUOTED = /"((?:[^"\\\n]|\\.){0,200})"|'((?:[^'\\\n]|\\.){0,200})'|`([^`\\\n$]{0,200})`/g;
/** A quoted value holding an escape (`"\n"`, `"a\\b"`): no name, matched only to keep quotes paired. */
const ESCAPED = /\\/;
/** A quote inside a quoted value that no backslash escapes. */
const UNESCAPED_QUOTE = /(?<!\\)["']/;
/**
 * `key: value` / `key = value` / `- value` with a bare value (YAML, properties, TOML, INI), and the first key of a
 * list entry (`- value: gpt-4.1`, an OpenAPI enum's entries; `- name: gpt-4o`, Aider's model settings), unless that
 * key titles the entry or names what it uses (`- model_name: gpt-4o-mini`, LiteLLM's alias for its
 * `litellm_params.model`, `- uses: anthropic/claude-4-sonnet`, a hub block). An entry's `name` above its own `model:`
 * is its title (`- name: GLM-5` above `model: glm-5` in a Continue config): titledEntry. A key may be a settings form's
 * words (`VLM Model Name: doubao-1.5-ui-tars-250328`, WORDS_KEY_BEFORE), starting with a letter (not `- uses:`).
 */
const BARE =
  /^\s*(?:-\s+(?:(?!(?:title|label|uses|model_name|alias)\s*:)[\w.$-]+\s*:\s+)?|[\w.$-]+\s*[:=]\s*|[A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+){1,3}[ \t]*:[ \t]*)([A-Za-z][\w.:/@-]{1,120})\s*(?:#.*)?$/;
/**
 * Spring / shell defaults: `${DASHSCOPE_MODEL:qwen-plus}`, `${MODEL:-qwen-plus}`; a shell default may follow a
 * resolver prefix (DB-GPT's TOML `${env:LLM_MODEL_NAME:-gpt-4o}`). Nested (`${BUILDER_MODEL:${CLAW_MODEL:qwen-max}}`), the
 * innermost placeholder's default: the outer one's is the inner placeholder, not a name.
 */
const DEFAULTED = /\$\{(?:[A-Za-z]\w*:(?=[\w.-]+:-))?[\w.-]+:-?([^}\s$]{2,120})\}/g;
/**
 * A whole env line in a string (`"LLM_NAME=gpt-4o"`, a trailing `\\n` as written in code): its name and value. The
 * name is an environment variable's (upper case): `"embedding=/v1/embed"` is a command's option, not an env line.
 */
const ENV_LINE = /^([A-Z_][A-Z0-9_]*)=([^\s"'=\\]+)(?:\\n)?$/;
/**
 * A model-arguments string: comma-separated `key=value` pairs (lighteval's `"model_name=openai/gpt-oss-20b,provider=auto"`,
 * https://huggingface.co/docs/lighteval/quicktour; lm-evaluation-harness's `--model_args pretrained=EleutherAI/pythia-160m,dtype=float16`,
 * https://github.com/EleutherAI/lm-evaluation-harness#basic-usage). MODEL_ARG_KEY's value names the model evaluated or served.
 */
const ARG_PAIRS = /^[a-z_]+=[^\s,="'\\]+(?:,[a-z_]+=[^\s,="'\\]*)+$/;
/**
 * The same string holding one pair, lm-evaluation-harness's `pretrained=` (`simple_evaluate(model="hf",
 * model_args="pretrained=gpt2")`, https://github.com/EleutherAI/lm-evaluation-harness/blob/main/docs/python-api.md). Only
 * that key: a lone `model_name=x` is as often a setting's line, read elsewhere.
 */
const ONE_MODEL_ARG = /^pretrained=[^\s,="'\\]+$/;
/** lm-evaluation-harness's flag taking a model-arguments string. */
const MODEL_ARGS_FLAG = /^--model[-_]args$/;
/** A Python object reference, a dotted module path then `:` and an attribute: `lm_eval.models.gguf:GGUFLM`. */
const OBJECT_REFERENCE = /^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+:[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;
/**
 * A name followed by a bracketed qualifier of one to three lower-case words: the reasoning effort an app offers the same
 * model under (abi/screenshot-to-code's `GPT_5_4_MINI_LOW = "gpt-5.4-mini (low thinking)"`, `"claude-opus-4-8 (max
 * effort)"`, its `Llm` enum and the frontend's `CodeGenerationModel`, each mapped to the API name and an effort level).
 * The name before the bracket is read as the value (at the same column); the qualifier is no part of it. A display
 * title (`"GPT 4 (Azure OpenAI)"`: spaces and capitals before or in the bracket) does not match.
 */
const QUALIFIED_NAME = /^([A-Za-z][\w.:/@-]{1,120}) \([a-z]+(?: [a-z]+){0,2}\)$/;
const MODEL_ARG_KEY = /^(?:model|model_name|model_id|model_name_or_path|pretrained)$/;
/** Display text beside the value it shows (`label: 'gpt-4o', name: 'gpt-4o'`): the name is the reference. */
const DISPLAY_KEY = /\b(?:label|title|description|display_?name|displayName)["']?\s*[:=]\s*$/i;
/** A block holding what is shown for a model (`display_info`, `displayInfo`, `display`), its key's separators dropped. */
const DISPLAY_BLOCK = /^display(?:info)?$/i;
/**
 * A locale code keying translated text (Dify's I18nObject `label: {en_US: claude-3-haiku-20240307, zh_Hans: ...}`,
 * https://docs.dify.ai/plugin-dev-en/0411-model-designing-rules; LangBot's `description: {en_US: ...}`): the text shown
 * in one language, beside the key that names the model (`model:`), never the reference itself.
 */
const LOCALE_KEY_BEFORE = /(?:^|[\s{,])["']?[a-z]{2}[_-](?:[A-Z]{2}|Hans|Hant)["']?\s*:\s*["'`]?$/;
/** A `name:` / `name =` key just before a value. */
const NAME_KEY = /\bname["']?\s*[:=]\s*$/;
/**
 * A key naming a model's family (`"family": "qwen-image"`, `model_family="llama"`), or the series a catalogue groups its
 * models under (`"Series": "DeepSeek-R1"` above `"Models": ["DeepSeek-R1-Distill-Qwen-7B-4bit", ...]`, datawhalechina/self-llm
 * models_mlx/configs/model_info/mlx.json).
 */
const FAMILY_KEY = /\b(?:model_?)?(?:family|series)["']?\s*(?:[:=]|[!=]==?)\s*$/i;
/**
 * A table or list named for model families (`familyNames = { "qwen-image": "Qwen Img" }`, `familyOrder = ["gpt-oss", ...]`,
 * exo-explore/exo dashboard/src/lib/components/FamilySidebar.svelte, ModelPickerModal.svelte; Ollama's `/api/tags` answer
 * `details:` `families:` `- "gemma4"`): its entries are families.
 * Not a table of models grouped by family (`_MODEL_FAMILIES = {"azure": ("gpt-4.1", "o4-mini")}`, msaad00/agent-bom).
 */
const FAMILY_HOLDER = /^(?![\w$.-]*model)(?:[\w$-]*[-_.])?famil(?:y|ies)(?:[-_]?(?:names?|order|labels?|logos?|icons?|colou?rs?|list|keys))?$/i;
/** A list held by a key naming families, up to a value (`families: &["Qwen3-Next", `, `"families": [`). */
const FAMILY_LIST = /\b(?:model_?)?famil(?:y|ies)["']?\s*[:=]\s*&?(?:vec!)?\[\s*(?:["'][^"'\n]*["']\s*,\s*)*$/i;
/**
 * Code that talks to a Triton Inference Server: a Python backend (`import triton_python_backend_utils as pb_utils`), its
 * client library (`tritonclient`), or a request to the KServe v2 protocol route it serves (`/v2/models/{name}/infer`,
 * https://github.com/kserve/open-inference-protocol). Its `model_name`s are the server's own models.
 */
const TRITON = /\btriton_python_backend_utils\b|\btritonclient\b|\/v2\/models\//;
/** The characters a COMMENT_LINE starts with after its indentation. */
const COMMENT_STARTS = '#/*<-';
/** What QUOTED or DEFAULTED need on a line. */
const QUOTE_OR_DEFAULT = /["'`]|\$\{/;
/**
 * A model's own files (adapter_config.json, ...) are read by the local-model extractor. A tokenizer file named for its
 * model (`bge-small-zh-v1.5-tokenizer.json`, `bert-tokenizer.json`, bundled beside an ONNX export in langchain4j's
 * embeddings jars) is one too: its vocabulary (`"a1": 9602`) names no model.
 */
const MODEL_FILES =
  /(^|\/)(adapter_config|model_index|tokenizer_config|generation_config|preprocessor_config|special_tokens_map|(?:[\w.-]+[-_])?tokenizer)\.json$/;
/**
 * A `config.json` is a model's own (transformers' configuration, read by the local-model extractor) or a program's
 * settings named so, read here as any JSON file is (Semantic Kernel's prompt configs: `"execution_settings": {"gpt-4":
 * {"model_id": "gpt-4-1106-preview"}}`, microsoft/semantic-kernel's samples).
 */
const CONFIG_JSON = /(^|\/)config\.json$/;
const modelsOwnConfig = (text: string) => {
  try {
    return isTransformersConfig(JSON.parse(text));
  } catch {
    return true; // malformed: the local-model extractor reports it
  }
};
const BARE_FILES = /\.(ya?ml|toml|properties|conf|cfg|ini)$/i;
/**
 * A Hugging Face tokenizers serialization saved under a name of the project's own (coqui-ai/TTS's
 * tests/inputs/xtts_vocab.json, loaded by `Tokenizer.from_file`): the library writes its keys in a fixed order,
 * `"version"`, `"truncation"`, `"padding"`, `"added_tokens"`, ..., `"model": {"type": "BPE", "vocab": {...}}`
 * (https://github.com/huggingface/tokenizers, tokenizer/serialization.rs), so its head tells it. Its vocabulary
 * (`"ang1": 4570`, pinyin syllables) names no model, as a file named `tokenizer.json` (MODEL_FILES).
 */
const TOKENIZER_HEAD = /^\s*\{\s*"version"\s*:\s*"[\d.]+"\s*,\s*"truncation"\s*:/;
const isTokenizerSerialization = (path: string, text: string) =>
  path.endsWith('.json') && TOKENIZER_HEAD.test(text.slice(0, 200)) && text.slice(0, 4000).includes('"added_tokens"');

export default defineExtractor({
  name: 'model-names',
  // Not `matchesName`: SKIP tests folders (locales/; a translation feature's code is read: skipped), which a test of the
  // file name alone never sees.
  matches: (path) => {
    const own = withoutExampleSuffix(path); // `settings.yaml.example`: read as the `settings.yaml` it becomes
    // A bare template (`gpu-tinyllama.tpl`) is read only when its text is YAML (readAs).
    return (CODE.test(own) || isBareTemplate(own)) && !skipped(own) && !MODEL_FILES.test(own);
  },
  // A library that takes its own short names in slots is named in the text that uses them (`kaito.sh` in a Workspace's
  // apiVersion above `preset: name: phi-4`): its word lets such a text in. A `<provider>:` prefix opens the gate before a
  // name (nameLines: `Agent('cerebras:llama-3.3-70b')`), so it lets the text in too.
  words: () => [...nameWords(), ...colonPrefixWords(), ...librarySlots().map((l) => l.package)],
  extract: (file) => ({
    references:
      (CONFIG_JSON.test(withoutExampleSuffix(file.relPath)) && modelsOwnConfig(file.text)) || isTokenizerSerialization(file.relPath, file.text)
        ? []
        : withPickedNames(file.text, readNames(file)),
    diagnostics: [],
  }),
});

/**
 * The names a model picker offers that the reading did not take (shared/model-pickers.ts: a model-named select's
 * options, a model-named function's returned list, a switch on a model): a Hub id when `org/name`, an Ollama tag where
 * the picker says Ollama, else a name no table knows (`openai-compatible/<name>`).
 */
function withPickedNames(text: string, references: RawReference[]): RawReference[] {
  const picked = pickedNames(text);
  if (!picked.length) return references;
  const lines = text.split('\n');
  const out = [...references];
  const read = (p: PickedName) => {
    const lower = p.value.toLowerCase();
    return references.some((r) => r.line === p.line && (r.column === p.column || r.id.toLowerCase().endsWith(lower)));
  };
  const readAlready = picked.map(read);
  // A group vouched for by its known entries (a function's per-provider lists): half or more read already.
  const known = new Map<number, number>();
  const sizes = new Map<number, number>();
  for (const [at, p] of picked.entries()) {
    if (!p.vouched) continue;
    sizes.set(p.vouched, (sizes.get(p.vouched) ?? 0) + 1);
    if (readAlready[at]) known.set(p.vouched, (known.get(p.vouched) ?? 0) + 1);
  }
  let ollama: boolean | undefined;
  for (const [at, p] of picked.entries()) {
    // `{id: "custom-model"}` in a picker: a stand-in for the user's own model.
    if (readAlready[at] || isPlaceholderName(p.value)) continue;
    if (p.vouched && (known.get(p.vouched) ?? 0) * 2 < sizes.get(p.vouched)!) continue;
    const hub = p.source ? undefined : p.value.includes('/') ? parseHubReference(p.value) : undefined;
    // An engine that talks to Ollama offers the Ollama library's names (`{ id: 'llama2', name: 'Llama 2' }` in ollama.ts).
    const source = p.source ?? (!hub && isOllamaLibraryName(p.value) && (OLLAMA_TAGGED.test(p.value) || (ollama ??= namesOllama(text))) ? 'ollama' : undefined);
    out.push({
      id: source === 'ollama' ? p.value : (hub?.id ?? contextOnlyId(p.value)),
      source: source === 'ollama' ? 'ollama' : hub ? 'huggingface' : 'api',
      line: p.line,
      column: p.column,
      snippet: lines[p.line - 1]!.trim().slice(0, 200),
    });
  }
  return out;
}

/**
 * The key of the nearest line above `lineStartAt` that is indented less than that line (YAML's enclosing block: `preset`
 * over `  name: phi-4`, `metadata` over `  name: x`), lower case; undefined at the top level.
 */
function blockKeyAbove(text: string, lineStartAt: number): string | undefined {
  const indentOf = (line: string) => line.length - line.trimStart().length;
  const own = text.slice(lineStartAt, text.indexOf('\n', lineStartAt) < 0 ? text.length : text.indexOf('\n', lineStartAt));
  // A list item's key sits after its `- ` marker.
  const indent = indentOf(own) + (/^\s*-\s/.test(own) ? 2 : 0);
  for (let end = lineStartAt - 1; end > 0;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (indentOf(line) < indent) return lineKey(line)?.toLowerCase();
  }
  return undefined;
}

/**
 * The names in a file. A text that knows names is read in a trial first (`trialFirst`; false reads it in full at once,
 * for the tests that hold the two readings equal); a sparse or trial reading passes over quiet stretches (`windows`;
 * false reads every line, for the tests that hold the two equal).
 */
export function readNames(file: SourceFile, trialFirst = true, windows = true): RawReference[] {
  const text = file.text;
  const readPath = readAs(file.relPath, text);
  if (isBareTemplate(readPath)) return [];
  // A library's short names in its own slots (`vad_model="fsmn-vad"` where FunASR is used, a KAITO Workspace's preset
  // `name: phi-4-mini-instruct`): the repo each stands for, not a name read by its shape (providers.yaml
  // `library_names` `slots`). Not a Kubernetes object's own name that happens to be one (an InferenceSet's
  // `metadata: name: mistral-7b-instruct` above the `preset: name:` that picks the model).
  const slotted = libraryNamesInSlots(text, libraryPackageMaybeIn(text)).flatMap((s) => {
    const before = text.slice(0, s.offset);
    const lineStartAt = before.lastIndexOf('\n') + 1;
    const line = before.split('\n').length;
    const lineText = text.slice(lineStartAt, text.indexOf('\n', s.offset) === -1 ? text.length : text.indexOf('\n', s.offset));
    const key = lineKey(lineText);
    if (key && isObjectName(key.toLowerCase(), blockKeyAbove(text, lineStartAt), lineText.slice(0, s.offset - lineStartAt))) return [];
    const ref: RawReference = {
      id: s.id,
      source: s.source,
      line,
      column: s.offset - lineStartAt + 1,
      snippet: lineText.trim().slice(0, 200),
      ...(COMMENT_LINE.test(lineText) ? { context: 'comment' as const } : {}),
    };
    return [{ ref, value: s.value }];
  });
  // The lines classify may accept a value on (most lines of a data file hold no name word), or none at all.
  const wordLines = nameLines(text);
  if (!wordLines) return slotted.map((s) => s.ref);
  // Asked of the whole text once a file, not once a reading (a text that knows names is read twice: trial, then full).
  // Lists the file walks to test names as prefixes (`any(m.startswith(p) for p in REASONING_MODELS)`): families, not models.
  const prefixLines = prefixCollectionLines(text);
  // Docstrings of Python functions named for Spaces or datasets (their example ids are those repos), and the repo ids given
  // to a Hub call whose `repo_type` (on another line) says dataset or Space, as the python extractor skips them.
  // (A notebook's code cells too: the notebook extractor hands them over as one Python program.)
  const otherRepoDocs =
    /\.pyi?$/.test(readPath) || file.relPath.endsWith('.ipynb') ? new Set([...otherRepoDocstringLines(text), ...otherRepoCallLines(text)]) : undefined;
  // What most files never hold, so that their lines are not searched for it.
  const hasTriples = text.includes('"""') || text.includes("'''");
  const hasTypeTags = holdsTypeTag(text); // (`lm_type` or `lmType`, found from each `ype`: shared/gate-scans.ts)
  const slottedAt = new Set(slotted.map((s) => `${s.ref.line}|${s.value}`));
  const bare = BARE_FILES.test(readPath);
  const rust = /\.rs$/i.test(file.relPath);
  // What the text alone decides, found when a rule first asks, once a text (a trial's answers serve the full reading after it).
  // The offset each line starts at, found when a candidate accepted after its line asks.
  let lineOffsets: number[] | undefined;
  const lineOffset = (n: number) => {
    if (!lineOffsets) {
      lineOffsets = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineOffsets.push(i + 1);
    }
    return lineOffsets[n - 1] ?? 0;
  };
  // The names imported from a registry module (decoratorsFromRegistry), once a text, when a line read opens a decorator
  // call, and only where `registry` is written: FROM_REGISTRY_IMPORT, anchored `^` under `m`, was tried at every position
  // of every text read (a sparse reading asked it whatever the text), twice for a text read in a trial and then in full
  // (0.7% of a whole run, session 36).
  let registryDecorators: ReadonlySet<string> | undefined | null = null;
  const registryDecoratorsHere = () => (registryDecorators === null ? (registryDecorators = registryImportsIn(text)) : registryDecorators);
  // The text's lines, split once when a rule looks beyond the current line.
  let lines: string[] | undefined;
  const allLines = () => (lines ??= text.split('\n'));
  // Per list variable, whether a loop over it gives each entry to `load_dataset` (found when a value of the list asks).
  const datasetLists = new Map<string, boolean>();
  const listLoadedAsDatasets = (name: string) => {
    let known = datasetLists.get(name);
    if (known === undefined) datasetLists.set(name, (known = text.includes('load_dataset') && loopsIntoDatasetLoad(text, name)));
    return known;
  };
  // Per line, whether it starts inside the parentheses of a call (found when a value asks: callArgumentLines).
  let callLines: Uint8Array | undefined;
  const inCallArguments = (n: number) => (callLines ??= callArgumentLines(text))[n - 1] === 1;
  // A text that knows names is read first as a sparse one is, and the lines `reached` below besides, in a trial that
  // gives up at the first value it would accept or find: most such texts yield nothing, and a line far from every
  // name word can yield something only through what the trial reads. One that yields is read again in full.
  const read = (mode: ReadMode): RawReference[] => {
    const references: RawReference[] = [];
    const sparse = mode !== 'full';
    const trial = mode === 'trial';
    wordLines.rewind();
    const accepted = new Set<string>();
    const accept = (c: Candidate) => {
      if (trial) throw RETRY;
      const k = `${c.line}|${c.value}`;
      if (accepted.has(k) || slottedAt.has(k) || servedHere(c) || isApiVersionOrRoute(c.value)) return;
      // `qwenVlModelPrefixName = "qwen-vl"`, `MODEL_PREFIX: "gpt-4"`: what a name held under a prefix's name starts with.
      if (PREFIX_HOLDER.test(text.slice(lineOffset(c.line), lineOffset(c.line) + c.column - 1))) return;
      // `load_lora_weights(path, adapter_name="cogvideox-lora")`, `set_adapters(["cogvideox-lora"], [scale])`: the name a
      // PEFT/diffusers adapter is given where it is loaded (the weights are the path), an alias, not a model.
      if (ADAPTER_ALIAS.test(text.slice(lineOffset(c.line), lineOffset(c.line) + c.column - 1))) return;
      // In code that talks to a Triton server (its Python backend's `pb_utils.InferenceRequest(model_name='token2wav')`,
      // a client of its HTTP/gRPC API, `/v2/models/{name}/infer`), a bare name is a model of the server's repository,
      // a pipeline step the project defines (a folder with its config.pbtxt), not a published model.
      if ((talksToTriton ??= TRITON.test(text)) && !c.value.includes('/') && !c.named) return;
      accepted.add(k);
      // An Ollama library name where the code talks to Ollama is the library's tag, not a name any server answers to.
      const named = c.named ?? (ollama ??= new OllamaContext(text)).model(c.value, lineOffset(c.line) + c.column - 1);
      // A value of the file's switch on its "model" (`color_output(text, model="info2")` beside `elif model == "alert"`,
      // `"note"`, ...: shared/model-catalogues.ts modelSwitchOptions) is an option, where no naming knows it.
      if (!named && (switchOptions ??= modelSwitchOptions(text)).has(c.value)) return;
      // `modelName: 'rwkv7-g1c-2.9b-20251231-ctx8192.pth'` (josStorer/RWKV-Runner's preset configs): a weights file the
      // place says is a model is the file the program loads, a `local` model, never a name a server answers to.
      const file = !named && WEIGHT_FILE.test(c.value) && !c.value.includes('/');
      // (`modelName: 'rwkv7-test.pth'` in a type-check fixture: a stand-in's file, no model.)
      if (file && isPlaceholderPath(c.value)) return;
      references.push({
        id: named?.id ?? (file ? c.value : contextOnlyId(c.value)),
        source: named?.source ?? (file ? 'local' : 'api'),
        line: c.line,
        column: c.column,
        snippet: c.snippet,
        ...(c.comment ? { context: 'comment' as const } : {}),
      });
    };
    // Where the text names Ollama and the servers beside it (asked when an Ollama library name is accepted).
    let ollama: OllamaContext | undefined;
    // The options of the file's switch on its "model", found when a name no naming knows is accepted.
    let switchOptions: Set<string> | undefined;
    const runs = new Runs(accept);
    let talksToOllama: boolean | undefined;
    // Names without a digit under a model key, not accepted on their own (see the end).
    const keyedUnsure: Candidate[] = [];
    // Names a self-hosted server here is told to answer to (`--served-model-name`, Ray Serve `model_id`) are aliases.
    // (Asked when a name is accepted: most texts accept none.)
    let aliases: Set<string> | undefined;
    let talksToTriton: boolean | undefined;
    // Only on the line that declares it: a client asking for the alias elsewhere names the model it serves (asAliasRequest).
    const servedHere = (c: Candidate) => {
      if (!(aliases ??= text.includes('serve') ? servedAliases(text) : new Set<string>()).has(c.value)) return false;
      const start = lineOffset(c.line);
      const end = text.indexOf('\n', start);
      return declaresServedName(text.slice(start, end < 0 ? text.length : end));
    };
    // The indentation of an open block whose key names models (-1: none).
    let modelList = -1;
    // The indentation of an open block named for what is named like a model and is none (`const PROVIDERS = [`,
    // `var BackendCapabilities = map[string]X{`), -1: none.
    let notModelBlock = -1;
    // Its name, lower-cased (`llm_providers`).
    let notModelName = '';
    // Its entries no table knows, held until it closes, and how many are `snake_case` identifiers:
    // `MCA_SUPPORTED_MODELS = {"deepseek_v3", "qwen2", "qwen2_vl"}` lists config `model_type`s, not names
    // (identifiers half or more of the entries held; one `lzlv_70b` among router ids is one odd name).
    let listHeld: Candidate[] = [];
    let listIdentifiers = 0;
    // The block's entries a table knows, which count among its entries too (RAGFlow's 302ai.json: its `jina-*` names).
    let listKnown = 0;
    // Whether the open block is a list given to a model-named call or tested against a model-named value
    // (listArgumentOf): its short entries (`llm_model in ['o1', 'o2', ... 'o8']`) need a table to know them.
    let listByUse = false;
    // Whether the open block is a YAML list under a key (`models:` then `  - name: x`), not a bracketed literal.
    let yamlList = false;
    // The indentation of the open model block's first entries (-1: not seen yet): `"alias": "name"` pairs there map a name to a model.
    let mapIndent = -1;
    // Whether the open model block is named for a collection of models (`modelMap`, `MODEL_IDS`), not for one model's settings (`action_model: {`).
    let mapNamed = false;
    const closeList = () => {
      if (listIdentifiers * 2 < listHeld.length + listKnown) for (const c of listHeld) if (!(listByUse && c.value.length <= SHORT)) accept(c);
      listHeld = [];
      listIdentifiers = 0;
      listKnown = 0;
      modelList = -1;
      mapIndent = -1;
    };
    // A block named for models opens at the current line's indentation (`LLM_MODELS = [`, `register_model_info(` then `[`).
    const openList = (key: string, byUse: boolean, yaml = false) => {
      if (modelList >= 0) closeList();
      modelList = indent;
      yamlList = yaml;
      listByUse = byUse;
      mapNamed = isModelCollectionKey(key);
    };
    const registry = loadRegistry();
    let lineNo = 0;
    let start = 0;
    // YAML: the indentation of an open `dataset:` / `datasets:` block; its values are datasets.
    let datasetBlock = -1;
    const python = /\.pyi?$/.test(readPath);
    const pythonLike = python || file.relPath.endsWith('.ipynb');
    // Whether the line is part of a Python function's signature, and how many parentheses it leaves open.
    let inSignature = false;
    let signatureDepth = 0;
    const go = file.relPath.endsWith('.go');
    // A shell script giving an evaluation harness its weights under `--model_args` (shell.ts HARNESS_RUN): its `model=`,
    // `model_family=` name the harness's model class.
    const harnessScript = /\.(?:sh|bash)$/.test(readPath) && /\b(?:lmms_eval|lm_eval|lm-eval)\b/.test(text) && text.includes('--model_args');
    // A key naming the project's own source repository (the GIT_REPO_HOLDER test below): npm's `"repository":
    // "nomic-ai/gpt4all"` (the GitHub shorthand, https://docs.npmjs.com/cli/configuring-npm/package-json#repository), and
    // `repo_name:` anywhere (MkDocs' `repo_name: nomic-ai/gpt4all`, https://www.mkdocs.org/user-guide/configuration/#repo_name).
    // Elsewhere `repository=` may name a model (huggingface_hub's `create_inference_endpoint(repository="openai-community/gpt2")`).
    const npmManifest = /(^|\/)package\.json$/.test(file.relPath);
    const toml = /\.toml$/i.test(readPath);
    const typescript = /\.(ts|tsx|mts|cts)$/.test(readPath);
    const javascript = typescript || /\.(m?js|cjs|jsx)$/.test(readPath);
    // A Python `Enum` class open at this indentation (-1: none): its members' values are one block, whatever each
    // member is called (`class ModelType(Enum):` then `GPT_4O = "gpt-4o"`, `REKA_CORE = "reka-core"`).
    let enumIndent = -1;
    let enumBlock = '';
    // A Go `const (` group holding a constant named for a model (`volcengineRerankDefaultModel = "doubao-seed-rerank"`
    // beside `volcengineRerankDefaultRegion = "cn-beijing"`): a group of settings, each named for what it holds.
    let settingsGroup = false;
    // The indentation of a member whose value follows on the next line (`X = (` then `"deepseek-ai/..."`), -1: none.
    let enumContinued = -1;
    // The quoted value before the current one (`"--model_id", "org/name"`: a flag and its value in an argument list).
    let previous: { text: string; end: number } | undefined;
    const keys = new KeyPath(/\.(tf|tfvars|hcl)$/i.test(file.relPath));
    // CI workflows: `repo:` / `repository:` name a GitHub repository, never a Hub one.
    const workflow = /(^|\/)\.github\//.test(file.relPath);
    // GitHub Actions the file names (`uses: openai/gpt-review@v1`): the same `owner/name` elsewhere in it is that action.
    // (Asked of the values that reach that test: most texts have none.)
    let actions: Set<string> | undefined | null = null;
    const actionsHere = () =>
      actions === null ? (actions = text.includes('uses:') ? new Set([...text.matchAll(ACTION_REF)].map((m) => m[1]!)) : undefined) : actions;
    let lineStart = 0;
    // A call named for models left open at the end of the last line (`register_model_info(`), and the one this line's list is given to.
    let pendingCall: string | undefined;
    // The indentation of an open call that registers a prompt template (`register_conv_template(`), -1: none.
    let templateBlock = -1;
    // Whether the line holds a call whose name ends in `template` (`get_conv_template(`), tested once per line.
    let templateOnLine = false;
    // Whether the line names a LoRA adapter (`LoRARequest(`, `lora_name`), tested once per line.
    let loraOnLine = false;
    let registryOnLine = false;
    let lineCall: string | undefined;
    // A Python triple-quoted string open at the start of the line: its body is text, whatever its indentation.
    let openTriple = '';
    // Inside a triple-quoted string assigned to a variable named for models, one name a line.
    let nameString = false;
    // A model-named call the line above left open (`ModelInfo(` then `'phi3',` on the next line).
    let callAbove: string | undefined;
    // A model key the line above left without its value (`defaultProjectionModel:` then `'ggml-org/x-GGUF/x.gguf',`).
    let keyAbove: string | undefined;
    let callOpen: string | undefined;
    // A call the line above opened and left open at its end (`llama_3_8b = Model(`), any callee, with that line's
    // indentation: the `name=` keyword opening its arguments on this line is one entry of the block of such calls.
    let nameCallAbove: { callee: string; indent: number } | undefined;
    let nameCallOpen: { callee: string; indent: number } | undefined;
    // The last line a `return` may stand on in a `_llm_type` property opened just above (0: none).
    let typeTagUntil = 0;
    // A sparse text reads few lines whole (see idle below): those lines are asked, not the whole text.
    const hasTemplateCalls = sparse || holdsTemplateWords(text);
    const hasLoraNames = sparse || text.includes('LoRARequest(') || text.includes('lora_name');
    const hasRegistryCalls = sparse || text.includes('register_module(') || REGISTRY_WORD.test(text);
    // The decorators a registry module exports (`from lm_eval.api.registry import register_model`), read as registry calls
    // (asked of a line opening a decorator call).
    const registryDecorators = hasRegistryCalls ? registryDecoratorsHere : noImports;
    const hasDefaults = sparse || text.includes('${');
    // The line being read and what is known of it, shared with consider and flagged (defined once per file, not per line).
    let line = '';
    // Whether the line holds a word classify needs: without one, classify accepts none of its values.
    let onWordLine = false;
    let indent = 0;
    let comment = false;
    let parent: string | undefined;
    let skyPilotTask: boolean | undefined;
    let providerMapping: boolean | undefined;
    // (Asked once a text: asked per `id:`/`name:` value, a search of the whole text made a catalogue quadratic.)
    let saysProvider: boolean | undefined;
    let seen: Set<string> | undefined;
    const onLine: Candidate[] = [];
    let knownOnLine = 0;
    let identifiersOnLine = 0;
    // NOT_MODEL_CONTEXT on the line, tested for the first value that asks (undefined: not yet).
    let notModel: boolean | undefined;
    const notModelContext = () => (notModel ??= NOT_MODEL_CONTEXT.test(line) || PACKAGE_TALK.test(line));
    // `modelMap = { "mistral-7b": "mistral:7b", gemma2: "gemma2-9b-it" }`: a first-level entry of a block named for
    // models maps the project's name (the key, an alias) to a model (the value), which counts as an entry of the block.
    const mapEntry = (column: number, value: string) =>
      mapNamed && modelList >= 0 && indent === mapIndent && !comment && isMapValue(line.slice(0, column - 1), line.slice(column - 1 + value.length));
    const consider = (value: string, column: number) => {
      // The value's own tests first: most values are no name, and slotOf reads the text before each.
      if (!mayBeName(value, onWordLine)) return;
      // `"decapoda-research/llama-"+args.size+"b-hf"` (PhoebusSi/Alpaca-CoT's finetune.py), `"./saved_chatglm" + args.data`:
      // a literal joined by `+` is part of a string built at run time, no name whole.
      if ((python || javascript) && concatenatedAt(line, column, value)) return;
      // `blacklist = ["图像", "图片", ..., 'OpenAI', 'chatgpt', 'gpt-3', 'gpt-4']` (LianjiaTech/BELLE's self-instruct generator):
      // the words a filter looks for in generated text, no model the code uses.
      if (WORD_FILTER_LIST.test(line)) return;
      // `[project]` `name = "qwen-vl-utils"`, `keywords = ['qwen-vl', ...]`: a package's own metadata names the package.
      if (toml && inPackageTable(allLines(), lineNo - 1)) return;
      // `fixture('OpenAI/chat-response')`: the first argument of a test's fixture loader is the fixture file's path.
      if (FIXTURE_ARGUMENT.test(line.slice(Math.max(0, column - 60), column - 1))) return;
      // `<div id="step-1" class="step-container">`: a markup attribute naming the element (its id, classes, ARIA or
      // data attributes) is no model, though StepFun's names are `step-1`, `step-2`.
      if (markupAttribute(line.slice(Math.max(0, column - 200), column - 1))) return;
      // `def worker(target_device: str, model: 'M3Embedder', ...)`: a quoted type (a forward reference) annotates the parameter.
      if (inSignature && PARAMETER_ANNOTATION.test(line.slice(0, column - 1))) return;
      // `("gpt-4o", BpePreTokenizerKind::Gpt4O, false, false, 1)`: a name paired with a tokenizer's kind (an enum member, not
      // a call) names that tokenizer, as the test tables of GGUF pre-tokenizer names do (EricLBuehler/mistral.rs
      // mistralrs-core/src/gguf/gguf_tokenizer.rs), whichever model family lends it the name.
      if (TOKENIZER_KIND_AFTER.test(text.slice(lineStart + column - 1 + value.length, lineStart + column + value.length + 120))) return;
      // A value wrapped onto the line after its model key (keyAbove) is read as it would be on the key's line.
      const wrapped =
        keyAbove && /^\s*["'`]$/.test(line.slice(0, column - 1)) && VALUE_ENDS_LINE.test(line.slice(column - 1))
          ? `${keyAbove}: ${line.trimStart()}`
          : undefined;
      const found = onWordLine || wrapped ? classify(value, wrapped ?? line, registry, notModelContext()) : undefined;
      if (found && trial) throw RETRY;
      // `availableModels = [ ..., 'imageutils/rembg', 'fast-sdxl/image-to-image' ]`: an `org/name` entry of a
      // block named for models is a model id, whoever publishes it (held with the block's other entries);
      // an Ollama user's model (`quentinz/bge-large-zh-v1.5`) in a file that talks to Ollama.
      if (!found && modelList >= 0 && !comment && value.includes('/') && !notModelContext()) {
        // Replicate pins a model's version after a colon (`meta/codellama-7b-instruct:<64-hex version>`): the id is read
        // without it, and the report names the pinned version as written.
        const pinned = REPLICATE_VERSION.test(value);
        // So is a router's variant of one (`liquid/lfm-2.5-1.2b-instruct:free`, `openai/gpt-oss-120b:fastest`): routerVariant.
        const variant = pinned ? undefined : routerVariant(value);
        const parsed = parseHubReference(pinned ? value.slice(0, value.lastIndexOf(':')) : (variant?.base ?? value));
        const slot = parsed && (mapEntry(column, value) ? `${indent}|[` : slotOf(line, column - 1, indent));
        // An entry's name in a list of model objects (`"models": [{"name": "sophnet/qwen3-14b", ...}]`) as well.
        const entry = !!slot && ENTRY_KEY.test(slot) && !inOtherCollection(enclosingKey(line, column, parent));
        if (parsed && (slot?.includes('|[') || entry)) {
          const named = (talksToOllama ??= namesOllama(text))
            ? { id: value, source: 'ollama' as const }
            : variant
              ? { id: `${variant.router}/${value}`, source: 'api' as const }
              : { id: pinned ? value : parsed.id, source: pinned ? ('api' as const) : ('huggingface' as const) };
          listHeld.push({ value, column, slot, line: lineNo, snippet: line.trim().slice(0, 200), comment, isKey: false, named });
        }
        if (parsed) return;
      }
      if (!found && !IDENTIFIER.test(value) && (comment || !(isNameShaped(value) || isOrgIdShaped(value)) || notModelContext())) return;
      // A menu value compared with the model setting (`plugin_kwargs["model_name"] == "DALLE2"`): no API spells a name in capitals only.
      if (!found && !/[a-z]/.test(value) && /[!=]=\s*["'`]$/.test(line.slice(Math.max(0, column - 8), column - 1))) return;
      // Rust's `pub const YI_34B_CHAT: &str = "zero-one-ai/Yi-34B-Chat";`: a provider module's constants are one block ('' when a
      // constant holds something beside a model, its URL or version).
      const constSlot = rust ? rustConstSlot(line, column, allLines()[lineNo - 2]) : undefined;
      const own =
        constSlot !== undefined
          ? constSlot || undefined
          : mapEntry(column, value)
            ? `${indent}|[`
            : (enumIndent >= 0 && enumMember(column)) || nameOfCallAbove(slotOf(line, column - 1, indent, callAbove, keyAbove));
      // `model: str = Field(` then `default="zerank-1",` on the next line: the default of the model setting above.
      // `parser.add_argument("--model-id", type=str, default="o1")`: the default of a model flag is that flag's value.
      const flag = own === `${indent}|k:default` && !(parent && isModelKey(parent)) ? argparseFlagOf(text, lineStart + column - 1) : undefined;
      // `wandb_project: Optional[str] = field(default="s1")` (simplescaling/s1's TrainingConfig, below `model_name: str =
      // field(default="Qwen/Qwen2.5-32B-Instruct")`): a dataclass or pydantic field's default is that field's value, its
      // slot the field's name, not one more entry of a run of `default`s beside a known model.
      const field = own === `${indent}|k:default` && python && !flag ? DATACLASS_FIELD_DEFAULT.exec(line.slice(0, column - 1))?.[1] : undefined;
      // (A flag named for a model's type, version or task keeps its default to itself: `--model_type` default `'t2v'` below
      // `--model_path` default `'LanguageBind/Open-Sora-Plan-v1.0.0'`, PKU-YuanGroup/Open-Sora-Plan's samplers, is a
      // task, not one more entry of a run of defaults beside a known model.)
      const at =
        own === `${indent}|k:default` && parent && isModelKey(parent)
          ? `${indent}|k:${parent}`
          : flag && (isModelKey(flag) || TRAIT_FLAG.test(flag))
            ? `${indent}|k:${flag}`
            : field
              ? `${indent}|k:${field}`
              : own;
      const slot = lineCall && at?.endsWith('|[') ? `${at}${BY_USE}${lineCall}` : at;
      const key = slot?.includes('|k:') ? slot.slice(slot.indexOf('|k:') + 3) : undefined;
      // `"longchat-v1.5-7b-32k": "lmsys/longchat-7b-v1.5-32k",` beside `"chatglm2-6b": "THUDM/chatglm2-6b",` (THUDM/LongBench's
      // config/model2path.json): names mapped to `org/name` ids, an alias map, whose entries are one block: ids a table knows
      // vouch for their siblings of organisations it does not (Runs), as in a list of models.
      const aliasSlot =
        key !== undefined && ALIAS_MAP_KEY.test(key) && /\d/.test(key) && !isModelKey(key) && isOrgIdShaped(value) ? `${indent}|{alias` : undefined;
      // A Kubernetes object's own name (`metadata.name`, `claimName`, a container's name) names the object, not a model;
      // but a deployment named as a model a provider publishes deploys that model (Azure OpenAI's `deploymentName:
      // "gpt-4o-mini"`, `deployment_name="gpt-4o-2024-05-13"`, microsoft/semantic-kernel's samples), as dotenv reads
      // `AZURE_OPENAI_DEPLOYMENT_NAME=gpt-4o`.
      const deploysModel = !!key && DEPLOYMENT_NAME_KEY.test(key) && found?.source === 'api' && !!providerForName(value);
      // `modelsProviderId: "kimi-for-coding"` in a provider spec (cline/cline's providers.generated.ts, one entry per models.dev
      // provider): a key naming the provider holds a provider's id, though providers take the names of the models they
      // serve; so does the entry's own `id:` or `name:` when a provider key beside it gives the same value; and `provider =
      // "kimi-for-coding"` under `[models.kimi-for-coding]` (MoonshotAI/kimi-cli's config.toml, whose provider entries are
      // named as the managed model is) names the provider entry the model is reached through. (Not a provider id key in
      // Hugging Face's inference-provider mappings, where `providerId: "glm-4.5"` beside `hfModelId: "zai-org/GLM-4.5"` is
      // the model's id at that provider: huggingface.js's and huggingface_hub's provider tables.)
      if (
        key &&
        !value.includes('/') &&
        ((PROVIDER_VALUE_KEY.test(key) && (!key.endsWith('id') || !(providerMapping ??= HF_PROVIDER_MAPPING.test(text)))) ||
          ((key === 'id' || key === 'name') &&
            (saysProvider ??= text.includes('rovider')) &&
            titledEntry(allLines(), lineNo - 1, (l) => providerValued(l, value))))
      )
        return;
      // `"api_key": "doubao-key"` (bytedance/trae-agent's config tests): a credential's value, never a model, though a
      // stand-in key may be spelled as a provider's names are.
      if (key && CREDENTIAL_KEY.test(key)) return;
      // `elif tgt_format == "qwen-vl":`, `def mid2sft(line, bbox_style='qwen-vl')` (X-PLUG/MobileAgent's coordinate
      // conversions): a value compared with, or given to, a name for a format or style is the convention a family's outputs
      // follow (its coordinates, boxes), not a model, though spelled as a provider's names are.
      if (FORMAT_NAME_BEFORE.test(line.slice(Math.max(0, column - 81), column - 1))) return;
      // `"GPT2LMHeadModel": ("gpt2", "GPT2LMHeadModel")`: a module beside its model class, no model (isModuleOfClassPair).
      if (
        python &&
        isModuleOfClassPair(value, line.slice(Math.max(0, column - 41), column - 1), line.slice(column - 1 + value.length, column + value.length + 120))
      )
        return;
      // `"t5-base-en": ["flagai.model.t5_model", "T5Model", "t5", "nlp"]`: a module, its class, a brief name (inModuleDescriptor).
      if (python && inModuleDescriptor(line, column - 1)) return;
      // `model_T5.load_model("t5", "./pretrained_models/flan-t5-large-...", use_gpu=True)` (SimpleT5's `load_model(model_type,
      // model_dir)`, OpenGVLab/Ask-Anything's ChatGPT demo): a bare word given to a call before the path of the weights it
      // loads is the kind of those weights, not a model; the path is the model (python reads it).
      if (python && /^[A-Za-z][A-Za-z0-9]*$/.test(value) && KIND_BEFORE_PATH.test(line.slice(column - 1 + value.length, column + value.length + 80))) return;
      if (key && !deploysModel && (isObjectName(key, parent, line.slice(0, column - 1)) || (bare && isLabelValue(parent)))) return;
      // `"display_info": { "name": "gpt-5-2025-08-07", ...}` under a catalogue's `"gpt-5-2025-08-07": {` key (coze-dev/coze-studio's
      // model_meta.json), `display: {name: ...}`: the text shown for the model, its id being the entry's key or another field.
      if (key === 'name' && parent !== undefined && DISPLAY_BLOCK.test(parent.replace(/[-_]/g, ''))) return;
      // A SkyPilot task's own top-level `name:` (`name: qwq-eval`, oumi's launcher jobs): the task's, as a Kubernetes object's.
      if (key === 'name' && parent === undefined && bare && (skyPilotTask ??= isSkyPilotTask(text))) return;
      // `en_US: gpt-4o` under `label:`: the model's name shown in one language (unless the block is the model's own key).
      // (Written as locales are, region in capitals: `"fa-zh": "funasr/fa-zh"` is a model's alias, Farsi aside.)
      if (key && LOCALE_KEY_BEFORE.test(line.slice(Math.max(0, column - 40), column - 1)) && !(parent && isModelKey(parent))) return;
      // `"qwen2": Model(name="qwen2", model=qwen2_model.QWen2LMHeadModel, config=...)` (mlc-ai/mlc-llm's MODELS): an entry
      // whose `model` is a class registers that class under its name, an architecture's, not a model.
      if (key === 'name' && python && !value.includes('/') && namesAClass(allLines(), lineNo - 1)) return;
      // `class BaiChuan2Template(BaseTemplate):` then `name = "baichuan2"` (xusenlinzy/api-for-open-llm's prompt adapters, 01-ai/Yi's
      // VL/openai_api.py), `class MistralToolParser(ToolParser):` then `name = "mistral"`: the template's or parser's own name,
      // after the models it formats for, none of them.
      if (key === 'name' && python && !value.includes('/') && inTemplateClass(allLines(), lineNo - 1)) return;
      // ms-swift's `class TemplateType:` with `qwen_audio = 'qwen-audio'`, `deepseek_coder = 'deepseek-coder'` (copied into
      // modelscope/modelscope-agent's llm_templates.py): constants naming chat templates after the models they format, no model.
      if (key && python && !value.includes('/') && inTemplateClass(allLines(), lineNo - 1, TEMPLATE_NAMES_CLASS)) return;
      // `class DatasetName(str, Enum):` with `FLICKR = "nlphuji/flickr30k"` (oumi-ai/oumi's multimodal benchmark): constants
      // naming datasets, though their organisations also publish models.
      if (python && inTemplateClass(allLines(), lineNo - 1, DATASET_NAMES_CLASS)) return;
      // `register_conv_template(Conversation(name="claude-3-haiku-20240307", ...))`: the template's own name, and so is
      // lmdeploy's `ChatTemplateConfig(model_name='llama2')` (docs/en/quantization/w4a16.md:95).
      if (
        (key === 'name' || key === 'model_name') &&
        !value.includes('/') &&
        (templateBlock >= 0 || (templateOnLine && TEMPLATE_CALL_OPEN.test(line.slice(0, column - 1))))
      )
        return;
      // A repository given to a call named for git (`GitRepo(repo="openai/openai-agents-python", ref="main")`, the
      // OpenAI Agents SDK's sandbox manifest entry) is a git repository, though its owner also publishes models.
      if (key && /^(repo|repository)$/.test(key) && (workflow || GIT_REPO_CALL.test(line.slice(0, column - 1)))) return;
      // `- name: Qwen2.5-Coder-32B-Instruct` above `model: qwen2.5-coder:32b` (Continue's config): an entry that names its
      // model under a key of its own has a title in `name`; without one (Aider's `- name: gpt-4o` settings) `name` is the model.
      // So in a JavaScript object literal (`{ name: "o3", provider: "openai", model: "o3" }`, continuedev/continue core/config/onboarding.ts).
      if (key === 'name' && (bare || javascript) && (found || modelList >= 0) && titledEntry(allLines(), lineNo - 1)) return;
      // So a Python call's `name=` beside its own `model=` keyword (`ModelConfig(name="openai-compatible", ..., model="gpt-4o")`,
      // bytedance/deer-flow's config entries built in tests): the entry's alias, the model being the other keyword's.
      if (
        key === 'name' &&
        python &&
        !value.includes('/') &&
        (PY_MODEL_KEYWORD_AFTER.test(line.slice(column - 1 + value.length)) || titledEntry(allLines(), lineNo - 1, (l) => PY_MODEL_KEYWORD.test(l)))
      )
        return;
      // `dict(type="dc_ae", model_name="dc-ae-f32t4c128", from_scratch=True, from_pretrained="./ckpts/F32T4C128_AE.safetensors")`
      // (an mmengine-style config entry, hpcaitech/Open-Sora's configs): a bare name beside the entry's own weights source
      // (a path or None given to `from_pretrained=`/`ckpt_path=`, or `from_scratch=True`) names the architecture those weights
      // are built into, not a model served under that name.
      if ((key === 'model_name' || key === 'name') && python && !value.includes('/') && titledEntry(allLines(), lineNo - 1, (l) => OWN_WEIGHTS_KEYWORD.test(l)))
        return;
      // `vision_encoder=dict(name="internvideo2", ...)`, `text_encoder=dict(name="mobileclip_b")` (OpenGVLab/InternVideo's
      // configs), `"image_cfg": {"model_name": "mci0"}` (MobileCLIP's configs copied there): the name a network part's own
      // settings give is that part's architecture, its weights a checkpoint setting's; a name no table knows.
      if ((key === 'name' || key === 'model_name') && !found && !value.includes('/') && parent && NETWORK_PART_KEY.test(parent)) return;
      // `export model='internvideo3'` beside `-m lmms_eval --model $model_family --model_args "pretrained=${model_path}"`
      // (OpenGVLab/InternVideo's InternVideo3 evaluation scripts): the harness's model class, the weights `pretrained=`'s.
      if (harnessScript && key && /^(?:model|model_family|model_type)$/i.test(key) && !value.includes('/')) return;
      // LocalAI's model config (`name: qwen-image` beside `backend: diffusers` and `parameters: model: Qwen/Qwen-Image`), and a
      // gallery template's `name:` beside its `config_file:`: the name the server answers to, as a served name, not a model
      // (https://localai.io/advanced/model-configuration/).
      if (key === 'name' && bare && titledEntry(allLines(), lineNo - 1, (l) => SERVER_CONFIG_KEY.test(l))) return;
      // `case "qwen3-tts-cpp", "qwen-tts":` under `switch backend {`: the values a backend, provider or engine is compared
      // with are its names, though models share some (LocalAI's core/config/backend_capabilities.go).
      if (!key && CASE_BEFORE.test(line.slice(0, column - 1)) && switchesOnNotModel(allLines(), lineNo - 1)) return;
      // `elif args.sample_method == 'CogVideoX':` then `scheduler_cls = CogVideoXDDIMScheduler` (PKU-YuanGroup/Open-Sora-Plan's
      // sampler): a value compared with a setting named for a diffusion sampler, scheduler or solver names that algorithm,
      // though it may be named after the model it came with.
      if (samplerCompared(line.slice(Math.max(0, column - 81), column - 1))) return;
      // `ipcRenderer.on("CLAUDE-2-ORG", ...)`, `mainWindow.webContents.send("CLAUDE-2-ORG", org)` (ai-shifu/ChatALL's Electron
      // IPC), `socket.emit("gpt-4-reply")`, `addEventListener("qwen-ready", ...)`: an event or message channel's first argument
      // names the channel, though it may begin with a model's family.
      if (!key && !value.includes('/') && EVENT_CHANNEL_BEFORE.test(line.slice(Math.max(0, column - 81), column - 1))) return;
      // `ChatCompletionsChunk.toolCallChunk(` then `"req-123", "gpt-4", List.of(...));`, or `tool.imageToVideo(` then one
      // argument a line (`"wan2.6-i2v-flash",` ... `"hanfu-1",`: agentscope-ai/agentscope-java's tests): quoted values
      // opening a line inside a call's parentheses are that call's arguments, each its own parameter (a request id, a
      // template), not entries of a list beside the known model among them. (A list or tuple given to the call is in its
      // brackets: `model_name.startswith(` then `('claude-fable-5', 'claude-opus-4-7', ...)`; a call named for models takes
      // a list of them.)
      if (!found && slot === `${indent}|[` && bracketBalance(line.slice(0, column - 1)) <= 0 && inCallArguments(lineNo)) return;
      // `name = "tiny-en"` beside `bundleDownloadUrl = "https://huggingface.co/shubhxm0204/moonshine-asr-models/resolve/main/tiny-en.zip"`
      // in a list of models (SmolChat-Android ASRModels.kt): an entry whose model is a Hub repository of another name has
      // in `name` a short title no table knows (`name: "all-MiniLM-L6-v2"` beside `https://huggingface.co/Xenova/all-MiniLM-L6-v2` is the model's).
      if (key === 'name' && !found && modelList >= 0 && entryHasOtherHubRepo(allLines(), lineNo - 1, value)) return;
      // `base_model = "GLM-5"` beside `model_id = "mlx-community/GLM-5-8bit"` in the same TOML table (exo's model cards): a
      // bare name the table's own Hub id begins with (`base_model = "GLM-5.1"` beside `model_id = "mlx-community/GLM-5.1"`) is
      // that model's title, not a hosted model of the same name.
      if (toml && !value.includes('/') && tomlTableIdBegins(allLines(), lineNo - 1, value)) return;
      // `AGENTIC_RANKING = ["DeepSeek V3.1", "GLM-5", "Qwen3 235B", ...]`, `name = "GLM-5"` among `name = "GLM 4.5 Air"`: a
      // value whose siblings (its list's entries, or the same key's other values in the file) are display names, words
      // with spaces no API or Hub spells a model with, is one too.
      if (!value.includes('/') && (key ? keyHoldsDisplayNames(text, key) : !!slot?.endsWith('|[') && listHoldsDisplayNames(text, lineStart + column - 1)))
        return;
      // In a YAML list under `models:`, a model key beside `name` naming another model makes it a title (`- name: openai-gpt4o`
      // above `modelName: gpt-4o` in spring-ai-alibaba's model-config-openai.yaml; `name: qwen-plus` above `modelName: qwen-plus` is the model).
      if (key === 'name' && yamlList && modelList >= 0 && titledEntry(allLines(), lineNo - 1, (l) => namesOther(l, value))) return;
      // `modelName: "LLaMA3-70b-chat"` in an object whose `modelId: "llama3-70b-8192"` names the model
      // (mckaywrigley/chatbot-ui's lib/models/llm/*-llm-list.ts): beside a model id of another spelling, the name is its title.
      if ((key === 'modelname' || key === 'name') && titledEntry(allLines(), lineNo - 1, (l) => idNamesOther(l, value))) return;
      // A LiteLLM proxy's `model_list: - model_name: gpt-4o-mini` is the alias clients ask for (config-file reads its `litellm_params.model`).
      if (key === 'model_name' && parent === 'model_list') return;
      // `examples:` then `  - name: paddleocr-vl` beside `title: PaddleOCR-VL` (axolotl's docs/scripts/examples-allowlist.yml):
      // a list of examples names each by its folder, after the model it shows but no use of one.
      if (key === 'name' && bare && parent !== undefined && EXAMPLES_HOLDER.test(parent)) return;
      // `ModelConfig(model_id="DiffSynth-Studio/Qwen-Image-i2L", origin_file_pattern="Qwen-Image-i2L-Style.safetensors")`
      // (modelscope/DiffSynth-Studio), `snapshot_download(..., allow_patterns="x.gguf")`: a file inside the repo given beside
      // it, which is the model; named like one, the file is no model of its own nor a local one.
      if (key && REPO_FILE_KEY.test(key)) return;
      // llama.cpp's `get_vocab_base_pre` (copied into converters under other names: microsoft/BitNet's
      // utils/convert-hf-to-gguf-bitnet.py): `if chkhsh == "0ef9...e5":` then `# ref: https://huggingface.co/...` then
      // `res = "deepseek-llm"`: a value assigned under a test against a hex digest is what that fingerprint stands for (a
      // pre-tokenizer's name), not a model, though named after the model whose tokenizer it is.
      if (key && !value.includes('/') && underDigestTest(allLines(), lineNo - 1)) return;
      // `"1bitLLM/bitnet_b1_58-large": {` then `"model_name": "bitnet_b1_58-large",` (microsoft/BitNet's SUPPORTED_HF_MODELS):
      // a name key repeating the name of the Hub id keying its entry holds that repository's short name (its download
      // folder), the repository itself being reported from the key (not `providerId: "glm-4.5"`, the id at a provider).
      if (key && SHORT_NAME_KEY.test(key) && !value.includes('/') && keyedByOwnHubId(allLines(), lineNo - 1, value)) return;
      // `AI_DOCKER_IMAGES = [`, `"spaces": [`, `datasets:`: the entries of a block named for images, Spaces or datasets.
      const list = slot?.includes('|[') ? slot.slice(slot.indexOf('|[') + 2) : '';
      const holder = key ?? (list || parent) ?? '';
      if (
        NOT_MODEL_HOLDER.test(holder) ||
        DATA_HOLDER.test(holder) ||
        TEMPLATE_HOLDER.test(holder) ||
        (RUN_OR_FOLDER_HOLDER.test(holder) && !WEIGHTS_WORD.test(holder) && BARE_ENTRY_LINE.test(line)) ||
        (key && (OUTPUT_HOLDER.test(key) || NO_SUCH_MODEL.test(key)))
      )
        return;
      if (!value.includes('/') && FAMILY_HOLDER.test(holder)) return;
      // `KNOWN_GITHUB_REPOS = {"openai": "openai/openai-python", "google-adk": "google/adk-python"}`: a block named for
      // GitHub repositories holds `owner/name` repositories, though their owners also publish models.
      // `if: github.repository == 'bytedance/deer-flow'` (a workflow run only in the upstream repository): a GitHub repository.
      if (value.includes('/') && GITHUB_REPOSITORY_TEST.test(line.slice(Math.max(0, column - 80), column - 1))) return;
      if (GIT_REPO_HOLDER.test(holder) || (!!parent && GIT_REPO_HOLDER.test(parent)) || key === 'repo_name' || (key === 'repository' && npmManifest)) return;
      // `dataset_name_to_id = {"climatefever": "sentence-transformers/NanoClimateFEVER-bm25", ...}` (sentence-transformers'
      // NanoBEIR evaluators): a table named for datasets maps its keys to datasets, though their organisation publishes models.
      if (!!parent && DATASET_TABLE.test(parent)) return;
      // `belle_list = ['BelleGroup/train_2M_CN', ...]` then `for i, name in enumerate(belle_list):` and `load_dataset(path=name)`
      // (yuanzhoulvpi2017/zero_nlp's data scripts): a list the code loads entry by entry as datasets lists datasets.
      if (holder && value.includes('/') && listLoadedAsDatasets(holder)) return;
      // `"Providers": [{ "name": "glm-4.5-sglang", "api_base_url": ..., "models": [...] }]` (claude-code-router's config):
      // an entry of a list named for providers is named for its provider, though served models lend it their names.
      if (key === 'name' && !!parent && PROVIDER_HOLDER.test(parent.toLowerCase())) return;
      // `PROVIDERS = ["ai21", ..., "gpt-oss", "j2"]`: a list named for providers lists providers (Bedrock's vendor
      // prefixes), unless an entry names its model too (`openai:gpt-4o`, `openai/gpt-4o`); a value under a key in it
      // is that key's (`LLM_PROVIDERS = [{ id: "ollama", defaultModel: "llama3.1:8b" }]`).
      // A list or table of its own named for models inside such a block (bytedance/deer-flow's setup wizard: `LLM_PROVIDERS = [`
      // then `LLMProvider(..., models=["gpt-5", "gpt-5-mini"], model_vision_overrides={"glm-5.2": False})`) holds that provider's models.
      // (Not a key mapped to another name there: higress's `"providers": [{"modelMapping": {"gpt-3": "moonshot-v1-8k"}}]`
      // maps the names clients ask for, aliases, to the provider's models.)
      const ownModelList = () => holder !== notModelName && holder.includes('model') && !/^["'`]?\s*:(?!:)\s*["'`]/.test(line.slice(column - 1 + value.length));
      if (!key && ((notModelBlock >= 0 && !ownModelList()) || namesNoModels(holder)) && !/[/:]/.test(value)) return;
      if (actionsHere()?.has(value)) return;
      if (ADAPTER_ALIAS.test(line.slice(0, column - 1))) return;
      // `name: 'workflow:image-sketch', ... model: 'image-sketch'`: a name no table knows that is the tail of the
      // object's own namespaced name points at that thing (a workflow graph), not at a model.
      if (!found && key && pointsAtOwnName(value, text, lineStart)) return;
      if (!found) {
        // A dict key is a name when what it maps to is not another name (`"claude-2.0": 100000`, not `"ernie-base": "nghuyong/..."`).
        const after = line.slice(column - 1 + value.length);
        // A key counts when it maps to a number, opens a block, maps to a constant of an SDK or to the path of its
        // weights (`"claude-2.0": 100000`, `"sonar-pro": {`, `"qwen-bailian-v1": dashscope.Generation.Models.bailian_v1,`,
        // `"vicuna-13b": os.path.join(MODEL_PATH, "vicuna-13b"),` in DB-GPT's LLM_MODEL_CONFIG), not when it maps to a
        // name or a flag (`"ernie-base": "nghuyong/..."`, `'font-medium': isSelected`).
        const keyed = /^["'`]?\s*:(?!:)/.test(after);
        // `Model(..., source={"huggingface-torch": loader.huggingface, ...})`: the keys of a block a call's keyword
        // argument opens are that argument's entries (formats, loaders), unless it is named for models (`models={`).
        if (keyed && python && modelList >= 0 && keywordBlock(allLines(), lineNo - 1, indent)) return;
        if (!keyed && IDENTIFIER.test(value) && slot?.includes('|[')) {
          identifiersOnLine++;
          if (modelList >= 0) listIdentifiers++;
        }
        // So are a model-named dict's snake_case keys (`MODEL_CONFIG = {"qwen2_vl": MessageFormat.X, "lfm2-vl": ...}`,
        // mlx-vlm's prompt_utils.py: keyed by config `model_type`s, its hyphenated spellings too).
        // (Keys mapped to a constant only, `"qwen2_vl": MessageFormat.X`: an object's own keys in a list of models,
        // `"model_types": [`, `"model_family": "funasr"`, are its fields.)
        else if (keyed && modelList >= 0 && IDENTIFIER.test(value) && /^["'`]?\s*:\s*[A-Za-z_]\w*\.[\w.]+\s*,?\s*$/.test(after)) listIdentifiers++;
        if (
          !comment &&
          slot &&
          // An unknown organisation's `org/name` only as an entry (of a list, or first on its line), not under any key:
          // `name = "results/run-1"` beside `name = "Qwen/..."` in another TOML table is an output.
          // (or an argument of a model-named call: `Model('TongyiFinance/Tongyi-Finance-14B-Chat', 'jxy/Tongyi-Finance-14B-Chat')`)
          (isNameShaped(value) ||
            (isOrgIdShaped(value) && (slot.includes('|[') || modelCall(slot) || aliasSlot !== undefined)) ||
            (key !== undefined && gatewayAliasOfProvider(value, key, allLines(), lineNo - 1))) &&
          !notModelContext() &&
          // (Not a key mapped to a list of names: `"openai-native": ["gpt-5.5"]` groups the names under a provider or category.)
          // (But a key of a block named for models mapped to its display label: DISPLAY_LABEL_AFTER.)
          (!keyed ||
            /^["'`]?\s*:\s*(?:[\d{(]|\[(?!\s*["'`])|[A-Za-z_$][\w$]*\.[\w$.]+\s*,?\s*$|$|(?:os\.path\.join|(?:pathlib\.)?Path)\()/.test(after) ||
            // (A key spelt as a model id is, with a separator: not LLaVA's eval keys `"gpt35": "ChatGPT-3.5"`, its own short names.)
            (modelList >= 0 && /[-./]/.test(value) && DISPLAY_LABEL_AFTER.test(after)))
        ) {
          onLine.push({
            value,
            column,
            slot: aliasSlot ?? slot,
            line: lineNo,
            snippet: line.trim().slice(0, 200),
            comment,
            isKey: /^["'`]?\s*:(?!:)\s*(?:[{[(]|$)/.test(after),
            // An unknown organisation's `org/name` beside known ids: a Hub id, or a router's variant (`x/y:free`).
            ...(value.includes('/') ? { named: orgIdNamed(value) } : {}),
          });
        }
        return;
      }
      // `"ernie-tiny": "nghuyong/ernie-3.0-nano-zh"`: a key mapped to a model id is the project's alias for it; a key that is
      // an id itself (`"iic/emotion2vec_plus_large": "emotion2vec/emotion2vec_plus_large"`, FunASR's name map for the Hub) is a
      // model the map sends to another repo, both named.
      if (!value.includes('/') && /^["'`]?\s*:(?!:)\s*["'`][\w.-]+\/[\w.-]+["'`]/.test(line.slice(column - 1 + value.length))) return;
      knownOnLine++;
      if (modelList >= 0) listKnown++;
      if (slot) runs.known(aliasSlot ?? slot, lineNo);
      // `deepseek-r1`, `mistral-nemo` where the code talks to Ollama and not to DeepSeek or Mistral: the library's tag.
      const model = (found.source === 'api' && (ollama ??= new OllamaContext(text)).model(value, lineStart + column - 1, found.id.split('/')[0])) || found;
      // A library's short name in its slot was read as the repo it stands for (slotted): one place, one reading.
      if (seen?.has(model.id) || slottedAt.has(`${lineNo}|${value}`)) return;
      (seen ??= new Set()).add(model.id);
      references.push({
        id: model.id,
        source: model.source,
        line: lineNo,
        column,
        snippet: line.trim().slice(0, 200),
        ...(comment ? { context: 'comment' as const } : {}),
      });
    };
    // Whether a plain word at `column` is an Ollama library name given to a model key or call of an Ollama client on this line (accepted).
    const ollamaClientModel = (value: string, column: number) => {
      const before = line.slice(0, column - 1);
      if (!OLLAMA_ON_LINE.test(before) || !isOllamaLibraryName(value)) return false;
      const slot = slotOf(line, column - 1, indent, callAbove);
      if (!slot || !modelKey(slot)) return false;
      accept({ value, column, slot, line: lineNo, snippet: line.trim().slice(0, 200), comment: false, isKey: false, named: { id: value, source: 'ollama' } });
      return true;
    };
    // `gpt_4o = Model(` then `    name="gpt-4o",` (then `base_provider=`, `best_provider=` lines and `)`), then the next such
    // call below it (xtekky/gpt4free's g4f/models.py registry: one constructor call a model, each spanning lines): the `name=`
    // opening a call's arguments is keyed to the call's own line, so the calls' names are one block whatever closes each
    // call between them, and the table-known names among them vouch for the rest (Runs), as one-line calls' names do.
    const nameOfCallAbove = (slot: string | undefined) =>
      nameCallAbove && slot === `${indent}|k:name` && indent > nameCallAbove.indent ? `${nameCallAbove.indent}|c:${nameCallAbove.callee}|k:name` : slot;
    // The slot of an Enum member's value (`O1 = "o1"`, or the value on the line after `X = (`): the enum's block.
    const enumMember = (column: number) => {
      const before = line.slice(0, column - 1);
      // A Go constant named for a model (`defaultModel = "llama3"` in k8sgpt's ollama.go `const (` group, beside
      // `defaultBaseURL`) is that key's value, as it is outside a group; the group's other members are no catalogue.
      if (go && GO_CONST_BEFORE.test(before) && isModelKey(GO_CONST_NAME.exec(before)![1]!)) return undefined;
      // Its siblings are settings of their own kind (a region, an instruction), no catalogue: keyed by their names.
      if (go && settingsGroup && GO_CONST_BEFORE.test(before)) return `${indent}|k:${GO_CONST_NAME.exec(before)![1]!.toLowerCase()}`;
      if ((go ? GO_CONST_BEFORE : ENUM_MEMBER_BEFORE).test(before)) return `${indent}${enumBlock}`;
      return enumContinued >= 0 && /^\s*["']$/.test(before) ? `${enumContinued}${enumBlock}` : undefined;
    };
    // The value of a model flag in an argument list: a Hub id (any organisation), else a name by its shape.
    const flagged = (value: string, column: number) => {
      const found = onWordLine ? classify(value, line, registry, notModelContext()) : undefined;
      const hub = found ? undefined : parseHubReference(value);
      if (trial && (found || hub)) throw RETRY;
      const snippet = line.trim().slice(0, 200);
      if (found || hub) {
        references.push({
          id: found?.id ?? hub!.id,
          source: found?.source ?? 'huggingface',
          line: lineNo,
          column,
          snippet,
          ...(comment ? { context: 'comment' as const } : {}),
        });
        knownOnLine++;
      } else if (!comment && isNameShaped(value)) accept({ value, column, slot: `${indent}|[`, line: lineNo, snippet, comment, isKey: false });
    };
    // A line with text closes the template block it is not indented under, or opens one. `last`: its lastCode.
    const trackTemplateBlock = (last: number) => {
      if (templateBlock >= 0 && indent <= templateBlock) templateBlock = -1;
      if (templateBlock < 0 && last === 0x28 && templateOnLine && TEMPLATE_CALL_OPEN.test(line)) templateBlock = indent;
    };
    // What the idle test asks of a sparse text's lines: where a quoted value may be a flag (QUOTED_FLAG).
    const quotedFlags = sparse ? quotedFlagLines(text) : undefined; // (QUOTED_FLAG's matches: shared/gate-scans.ts)
    // A sparse or trial reading in windows: a stretch of lines that no word, flag, `[` line end or word of the block
    // state tracked above reaches, read while nothing is open, changes nothing but the key path (shared/quiet-lines.ts).
    // Its words: a signature's `def`, an Enum's `class` or `const (`, triple quotes, type tags, and in a trial what
    // `reached` reads. (A template call or dataset block opened in a stretch closes at the line reading resumes at:
    // that line is indented at most as the opener.)
    const quiet =
      sparse && windows
        ? new QuietLines(
            text,
            [
              ...(pythonLike ? ['def', 'class'] : []),
              ...(go ? ['const'] : []),
              ...(hasTriples ? ['"""', "'''"] : []),
              ...(hasTypeTags ? ['lm_type', 'lmType'] : []),
              ...(trial ? ['efault', 'EFAULT'] : []),
            ],
            trial ? [QUOTED_ENV_ANY, QUOTED_SIZE_TAG_ANY] : [],
            [wordLines, quotedFlags],
          )
        : undefined;
    const tripleIn = wordsIn(text, ['"""', "'''"]);
    // The lines read ask apart from the stretches passed over (each at growing positions of its own).
    const tripleOnLine = wordsIn(text, ['"""', "'''"]);
    // (An Enum's `class`, a Go `const (` block.)
    const enumWordOnLine = python ? wordsIn(text, ['class']) : go ? wordsIn(text, ['const']) : undefined;
    const enters = (n: number, from: number, to: number) => !prefixLines.has(n) && !otherRepoDocs?.has(n) && !(hasTriples && tripleIn(from, to));
    while (start <= text.length) {
      if (
        quiet &&
        previous === undefined &&
        callOpen === undefined &&
        pendingCall === undefined &&
        modelList < 0 &&
        enumIndent < 0 &&
        signatureDepth === 0 &&
        openTriple === '' &&
        !nameString &&
        typeTagUntil <= lineNo &&
        datasetBlock < 0 &&
        notModelBlock < 0 &&
        templateBlock < 0 &&
        runs.size === 0 &&
        // (a model key whose value is wrapped onto the next line, `defaultProjectionModel:`, leaves that line to read)
        (bare || !line || modelKeyLeftOpen(line) === undefined)
      ) {
        const to = quiet.skip(start, lineNo, enters);
        if (to) ({ start, lineNo } = to);
      }
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      lineNo++;
      keyAbove = bare || !line ? undefined : modelKeyLeftOpen(line);
      line = text.slice(start, end);
      lineStart = start;
      onWordLine = wordLines.has(start, end);
      start = end + 1;
      const inString = openTriple !== '';
      // Python: a `def` line, or a line its signature's open parenthesis reaches.
      inSignature = pythonLike && !inString && (signatureDepth > 0 || PY_DEF.test(line));
      if (inSignature) signatureDepth = Math.max(0, signatureDepth + parenBalance(line));
      if (hasTriples && tripleOnLine(lineStart, end)) openTriple = afterTriples(line, openTriple);
      // `OPENAI_MODELS = """` then one name a line (Aider's models.py): each line of the string is an entry of the list.
      if (nameString) {
        if (openTriple === '') nameString = false;
        else if (onWordLine && STRING_LIST_ENTRY.test(line)) {
          const value = line.trim();
          const found = classify(value, line, registry, false);
          if (found && trial) throw RETRY;
          if (found) references.push({ id: found.id, source: found.source, line: lineNo, column: indent + 1, snippet: value });
        }
        continue;
      }
      if (!inString && openTriple !== '' && NAME_STRING_OPENER.test(line) && isModelCollectionKey(NAME_STRING_OPENER.exec(line)![1]!)) {
        nameString = true;
        continue;
      }
      // A sparse text's line without a word that no open block, call or flag reaches: nothing on it is read (the
      // skip below), and it opens nothing later lines read but the blocks tracked up to `idle` (triple quotes, Enum,
      // dataset and template blocks, same-slot runs, the key path). A model block, a model-named call or list needs
      // `model` on its line; a provider block a line ending in `[`. Its other tests are left out (most lines of such files).
      const endCode = sparse && !onWordLine ? lastCode(line) : NaN;
      // In a trial, a line without a word still reaches a model by what stands around it: an Enum's members (`class
      // Models(Enum):`), a `default` under a model key or of a model flag above, an env line in a string (`"LLM=org/x"`).
      const reached = trial && !onWordLine && (enumIndent >= 0 || mayDefaultOrEnv(line));
      const idle =
        sparse &&
        !onWordLine &&
        !reached &&
        modelList < 0 &&
        callOpen === undefined &&
        keyAbove === undefined &&
        pendingCall === undefined &&
        !flagText(previous?.text) &&
        !quotedFlags!.has(lineStart, end) &&
        endCode !== 0x5b;
      callAbove = callOpen;
      nameCallAbove = nameCallOpen;
      nameCallOpen = python ? callLeftOpen(line) : undefined;
      const leftOpen = idle ? undefined : modelCallLeftOpen(line);
      callOpen = leftOpen?.toLowerCase();
      if (line.length > 4000) continue; // minified or data blobs: no line-by-line meaning
      if (prefixLines.has(lineNo) || otherRepoDocs?.has(lineNo)) continue;
      // LangChain's `_llm_type` / `_llmType()` returns the wrapper's type tag (`"hunyuan-chat"`), not a model.
      if (hasTypeTags && (line.includes('lm_type') || line.includes('lmType'))) {
        if (LLM_TYPE_DEF.test(line)) typeTagUntil = lineNo + 4;
      } else if (lineNo <= typeTagUntil && RETURN_LINE.test(line)) {
        typeTagUntil = 0;
        continue;
      }
      indent = leadingSpace(line);
      if ((python || go) && (enumIndent >= 0 || enumWordOnLine!(lineStart, end))) {
        if (enumIndent >= 0 && !inString && indent < line.length && indent <= enumIndent && line.charAt(indent) !== '#') enumIndent = -1;
        const opened = enumIndent < 0 ? (go ? GO_CONST_BLOCK : ENUM_CLASS).exec(line) : null;
        if (opened) {
          enumIndent = indent;
          enumBlock = `|[enum:${(opened[1] ?? 'const').toLowerCase()}`;
          settingsGroup = go && goGroupNamesAModel(allLines(), lineNo);
        } else if (enumIndent >= 0 && indent < line.length) enumContinued = ENUM_MEMBER_OPEN.test(line) ? indent : /^\s*["']/.test(line) ? enumContinued : -1;
      }
      if (bare) {
        if (datasetBlock >= 0 && indent < line.length && indent <= datasetBlock) datasetBlock = -1;
        if (lastCode(line) === 0x3a && opensDatasetBlock(line, indent)) datasetBlock = indent; // its own condition first: ends in ':'
        if (datasetBlock >= 0 && indent > datasetBlock) continue;
      }
      // A line with a key or value at a lower indentation leaves the blocks opened deeper (a bracket-only line does not);
      // the body of a multi-line string (a description starting at column 0) is text, not a line of the block.
      // Its first character after the indentation mostly tells (a quote or a word character), before the regex.
      // A YAML list's next entry (`- label: ...` at the indentation of the one before) keeps the blocks of its entries' keys
      // (`value:` two columns deeper): the entries' values are one block (a select's options, one per entry).
      if (runs.size && !inString && (isQuoteOrWord(line.charCodeAt(indent)) || /["'\w]/.test(line)))
        runs.close(bare && line.charCodeAt(indent) === 0x2d && line.charCodeAt(indent + 1) === 0x20 ? indent + 2 : indent, lineNo);
      // `LLM_MODELS = [`, `"models": [`, `getAvailableModels(): List<String> = listOf(`: every entry of the block is a model.
      if (modelList >= 0) {
        // What `^\s*[\])}]` says: a closing bracket after the indentation.
        const closing = CLOSERS.includes(line.charAt(indent) || '\n');
        // `MODEL_IDS: {` ... `} = {`: the end of the variable's type and the start of its value, one block.
        if (closing && indent === modelList && TYPE_THEN_VALUE.test(line)) mapIndent = -1;
        else if ((!inString && indent < line.length && indent <= modelList && !closing) || (closing && indent <= modelList)) closeList();
        else if (mapIndent < 0 && indent < line.length && indent > modelList) mapIndent = indent;
      }
      if (notModelBlock >= 0 && indent < line.length && indent <= notModelBlock) notModelBlock = -1;
      if (idle) {
        lineCall = undefined;
        // What `!Number.isNaN(lastCode(line))` says: a line with text.
        if (indent < line.length) {
          pendingCall = undefined;
          // (Only a line ending in `(` opens a template block.)
          if (endCode === 0x28) templateOnLine = hasTemplateCalls && holdsTemplateWords(line);
          trackTemplateBlock(endCode);
        }
        parent = keys.enter(line, indent);
        previous = undefined; // as the skip below
        continue;
      }
      // `export type DeepSeekChatModelId =` then `  | 'deepseek-chat'` a line: a union of string literals written one member
      // a line opens a block of its members (a provider SDK's catalogue of model ids, the Vercel AI SDK's shape).
      const opener = mayOpenList(line)
        ? (javascript ? JS_LIST_OPENER : LIST_OPENER).exec(line)
        : typescript && lastCode(line) === 0x3d
          ? UNION_OPENER.exec(line)
          : null;
      // `qwen_models = ["qwen-max", "qwen-plus",` continued on the next lines opens the block too.
      const continued = opener || !equalsThenBracket(line) ? undefined : CONTINUED_OPENER.exec(line);
      // `register_model_info(` then `[` on the next line, `add_models([`, `if model_name in [`: a list of models too.
      const last = lastCode(line);
      const argumentList = listArgumentOf(line, pendingCall, last);
      const assigned = opener?.[1] ?? (continued && unclosed(line) ? continued[1] : undefined);
      // YAML: `models:` above its entries as a list (`  - name: qwen3.5:35b`, a settings profile): a block named for models too.
      // Not a CI matrix's `model:` values, which the workflow templates into ids (`${{ matrix.model }}-GGUF`).
      const yamlKey = bare && !assigned && !workflow && lastCode(line) === 0x3a ? yamlListKey(line, indent, allLines, lineNo) : undefined;
      const listKey = assigned ?? yamlKey ?? argumentList.opens;
      // Pydantic's `model_config = {` / `ConfigDict(`, a class attribute, configures its class (JSON-schema examples), holding no
      // models; a module's `model_config = [` list (MaxKB's installer: the models to download) does.
      // `BGE_MAPPING = OrderedDict([` then `("bge-m3", EmbedderConfig(BGEM3FlagModel, ...))`: a list pairing each name with the
      // model class that loads it is a table of models, whatever it is called (only a line ending in `[`, which a sparse
      // reading reads too).
      const pairsModelClasses = python && !!assigned && last === 0x5b && !isModelKey(assigned) && pairsNamesWithModelClasses(allLines(), lineNo);
      const opensModelList = !!listKey && (isModelKey(listKey) || pairsModelClasses) && !(python && listKey === 'model_config' && indent > 0 && last !== 0x5b);
      if (assigned && opensNoModelBlock(assigned, last)) {
        notModelBlock = indent;
        notModelName = assigned.toLowerCase();
      }
      // The entries of a one-line list on the line after such a call (`    ["jamba-1.5-large", "jamba-1.5-mini"],`).
      lineCall = argumentList.call;
      // A blank line keeps the call left open above it; the line's last character says whether it leaves one open.
      templateOnLine = hasTemplateCalls && holdsTemplateWords(line);
      loraOnLine = hasLoraNames && (line.includes('LoRARequest(') || line.includes('lora_name'));
      registryOnLine =
        hasRegistryCalls && (line.includes('register_module(') || REGISTRY_DECORATOR.test(line) || !!importedDecoratorCall(line, registryDecorators));
      if (!Number.isNaN(last)) {
        pendingCall = leftOpen; // a line ending in `(` only
        trackTemplateBlock(last);
      }
      parent = keys.enter(line, indent);
      // A text holding no word of a known name (only key words: `model`, `repo_id`): no value of it is a name by
      // its shape, so one is a name only by its place: beside a model key, flag or call on its own line (a word
      // line), in a block opened for models, after a model-named call or a flag on the line above, or given to
      // a flag on this line. The other lines hold nothing to read (most lines of such files: Go code, data).
      if (
        sparse &&
        !onWordLine &&
        !reached &&
        modelList < 0 &&
        !opensModelList &&
        !callAbove &&
        !keyAbove &&
        !lineCall &&
        !flagText(previous?.text) &&
        !QUOTED_FLAG.test(line)
      ) {
        previous = undefined; // what flagBefore would make of the line's last value: no flag
        continue;
      }
      // No quote and no `${`: no value on this line to read (bare values are read in BARE_FILES only).
      if (!bare && !QUOTE_OR_DEFAULT.test(line)) {
        if (opensModelList) {
          openList(listKey!, !assigned && !yamlKey, !!yamlKey);
        }
        continue;
      }
      seen = undefined;
      // COMMENT_LINE's own condition first: the line's first character after its indentation.
      comment = COMMENT_STARTS.includes(line.charAt(indent)) && COMMENT_LINE.test(line);
      if (onLine.length) onLine.length = 0;
      knownOnLine = 0;
      identifiersOnLine = 0;
      notModel = undefined;
      // Values inside a quoted value (`'{"model": "qwen-max"}'` in SQL) are read too: one level, so each character at most twice.
      const quoted = allMatches(QUOTED, line);
      const testsOnLine = quoted.length > 0 && PREFIX_TEST_WORDS.test(line);
      const outer = quoted.length;
      for (let i = 0; i < outer; i++) {
        const m = quoted[i]!;
        const inner = m[1] ?? m[2] ?? m[3]!;
        // (Quotes inside a value are read unless escaped: a code template's line ends in `\n` and holds the call,
        // `'    model=os.getenv("OPENAI_MODEL", "gpt-4.1"),\n'`, pipecat's CLI registry; `"{\"model\": ...}"` is JSON text.)
        if (UNESCAPED_QUOTE.test(inner)) for (const n of allMatches(QUOTED, inner)) quoted.push(Object.assign(n, { index: m.index + 1 + n.index }));
      }
      for (let i = 0; i < quoted.length; i++) {
        const m = quoted[i]!;
        const written = m[1] ?? m[2] ?? m[3]!;
        const value = written.endsWith(')') ? (QUALIFIED_NAME.exec(written)?.[1] ?? written) : written;
        if (ESCAPED.test(value)) continue;
        if (i < outer) {
          const flag = flagBefore(previous, text, lineStart + m.index!);
          previous = { text: value, end: lineStart + m.index! + m[0].length };
          // `args=["--model_id", "org/name", "--dtype", "bfloat16"]`: a value takes its meaning from the flag before it.
          // (`["run", "--model_args", "pretrained=gpt2,device=cuda"]`: a model-arguments string, read below.)
          if (flag && !MODEL_ARGS_FLAG.test(flag)) {
            if (isModelFlag(flag)) flagged(value, m.index! + 2);
            continue;
          }
        }
        if (value.length < 2) continue;
        // `"hf-mistral3": "lm_eval.models.mistral3:Mistral3LM"`: a Python object reference (`module.path:Attribute`, the
        // entry-point spelling, https://packaging.python.org/en/latest/specifications/entry-points/), a class a registry
        // loads lazily, never a model (EleutherAI/lm-evaluation-harness lm_eval/models/__init__.py's MODEL_MAPPING).
        if (OBJECT_REFERENCE.test(value)) continue;
        // `"EMBEDDINGS_NAME=huggingface_sentence-transformers/all-mpnet-base-v2" | Add-Content -Path $ENV_FILE`: an env
        // file's line a script writes names the model its model-named variable is set to.
        const env = value.includes('=') ? ENV_LINE.exec(value) : null;
        if (env) {
          const model = !comment ? modelFromEnv(env[1]!, env[2]!, env[1]!.length + 1) : undefined;
          if (model) {
            if (trial) throw RETRY;
            references.push({
              id: model.id,
              source: model.source,
              line: lineNo,
              column: m.index! + 2 + model.offset,
              snippet: line.trim().slice(0, 200),
              ...(model.revision ? { revision: model.revision } : {}),
            });
            knownOnLine++;
          }
          continue;
        }
        // `"model_name=openai/gpt-oss-20b,provider=auto"`: the Hub id a model-arguments string names (ARG_PAIRS).
        if (value.includes('=') && (value.includes(',') ? ARG_PAIRS.test(value) : ONE_MODEL_ARG.test(value))) {
          if (!comment) {
            let at = 0;
            for (const pair of value.split(',')) {
              const eq = pair.indexOf('=');
              const parsed = MODEL_ARG_KEY.test(pair.slice(0, eq)) ? parseHubReference(pair.slice(eq + 1)) : undefined;
              if (parsed) {
                if (trial) throw RETRY;
                references.push({
                  id: parsed.id,
                  source: 'huggingface',
                  line: lineNo,
                  column: m.index! + 2 + at + eq + 1,
                  snippet: line.trim().slice(0, 200),
                  ...(parsed.revision ? { revision: parsed.revision } : {}),
                });
              }
              at += pair.length + 1;
            }
          }
          continue;
        }
        // `ollama.WithModel("mistral")`, `ChatOllama(model="mistral")`: a name of the Ollama library with no digit or hyphen,
        // which no shape test below takes for a name, given as the model of an Ollama client on its own line.
        if (!comment && PLAIN_WORD.test(value) && ollamaClientModel(value, m.index! + 2)) continue;
        // Where the value is that Ollama library tag whatever slot holds it, the slot it is accepted under:
        // - `pub const LLAVA: &str = "llava";` among rig's ollama.rs constants: a Rust string constant holding a name of
        //   the Ollama library, where the code talks to Ollama, is that library's model (a constant block's, not a key's).
        // - `return "gemma3:1b"`, `["gpt-oss:20b", "deepseek-v3.1:671b"]` (ollama/ollama's app UI, a file that never names
        //   Ollama): a library name with a size tag is spelt so by Ollama alone, as on a command line (cli-args
        //   taggedOllamaName), so it is that tag wherever code writes it. (Not a title shown or given beside a library's
        //   own constant: `LMModel(name: "qwen3:4b", configuration: ...)`.)
        const ollamaTagSlot =
          rust &&
          !comment &&
          isOllamaLibraryName(value) &&
          rustConstSlot(line, m.index! + 2, allLines()[lineNo - 2])?.includes('|[') &&
          (talksToOllama ??= namesOllama(text))
            ? `${indent}|[enum:const`
            : !comment &&
                OLLAMA_SIZE_TAGGED.test(value) &&
                isOllamaLibraryName(value) &&
                !DISPLAY_KEY.test(line.slice(Math.max(0, m.index! - 40), m.index)) &&
                !(NAME_KEY.test(line.slice(Math.max(0, m.index! - 20), m.index)) && namesLibraryConstant(line))
              ? `${indent}|`
              : undefined;
        if (ollamaTagSlot) {
          accept({
            value,
            column: m.index! + 2,
            slot: ollamaTagSlot,
            line: lineNo,
            snippet: line.trim().slice(0, 200),
            comment,
            isKey: false,
            named: { id: value, source: 'ollama' },
          });
          continue;
        }
        if (!mayBeName(value, onWordLine)) continue; // what consider would reject first, before the tests of the text around it
        if (DISPLAY_KEY.test(line.slice(Math.max(0, m.index! - 40), m.index))) continue;
        // `LMModel(name: "qwen3:4b", configuration: LLMRegistry.qwen3_4b_4bit)`: the title of the model a library's own
        // constant gives beside it (providers.yaml `library_constants`), not a model of its own.
        if (NAME_KEY.test(line.slice(Math.max(0, m.index! - 20), m.index)) && namesLibraryConstant(line)) continue;
        // `"family": "flux.1"`: the family a model belongs to, not a model; `families: &["DeepSeek-V3", "DeepSeek-R1"]` (mistral.rs's
        // architecture table beside its `examples: &[ex!("deepseek-ai/DeepSeek-V3")]`) the families it holds.
        if (FAMILY_KEY.test(line.slice(Math.max(0, m.index! - 30), m.index)) || FAMILY_LIST.test(line.slice(0, m.index))) continue;
        // Rust's `"gpt-2" | "phi-2" => BpePreTokenizerSpec { .. }` in `match pre {`: values a `match` compares its input
        // with (a GGUF pre-tokenizer's type), not models it uses; unless what it compares is named for a model (`match
        // model { "gpt-4o" => Tiktoken::new(model), .. }`: the model the code chooses a tokenizer for).
        if (rust && isMatchPatternString(line, m.index!, m.index! + m[0].length) && !/model/i.test(matchScrutinee(text, lineStart) ?? 'model')) continue;
        // clap's `#[arg(long, default_value = "t5-small")]` above `which: Which`: the name of one of the program's own choices
        // (an enum's value, which the program maps to a model elsewhere), not a model; above `model_id: String` it is one.
        if (rust && CLAP_DEFAULT_BEFORE.test(line.slice(0, m.index! + 1)) && clapEnumField(text, lineStart + line.length)) continue;
        // `get_conv_template("gpt-4-turbo-2024-04-09")`: a prompt template named after the model it formats for.
        // A Hub id given to such a call is the model a template is checked with (`_check_template("google/gemma-3-4b-it", "gemma")`).
        if (templateOnLine && !value.includes('/') && TEMPLATE_CALL_BEFORE.test(line.slice(Math.max(0, m.index! - 60), m.index! + 1))) continue;
        // vLLM's `LoRARequest("glm-4-lora", 1, lora_path=...)`, `lora_name="sql-lora"`: the adapter's own name, not a model.
        if (loraOnLine && LORA_NAME_BEFORE.test(line.slice(Math.max(0, m.index! - 60), m.index! + 1))) continue;
        // `@MODELS.register_module(name=['deepseek-v32'])`, `@ToolParserManager.register_module('glm47')`: the keys of an
        // mmengine-style registry name the class registered (a chat template, a parser), not a model; so do those of a
        // registry called as a decorator (`@ModelRegistry("qwen2")`, `@registry.register_model('blip_caption')`).
        if (registryOnLine && inRegistryCall(line, m.index!, registryDecorators)) continue;
        // `model.startswith("claude-3")`, `"gpt-4" in model_name`: a prefix or part of a name, not a model.
        if (testsOnLine && isPrefixTest(line.slice(Math.max(0, m.index! - 120), m.index), line.slice(m.index! + m[0].length, m.index! + m[0].length + 120)))
          continue;
        // `"Qwen2-Math-1.5B": {`: a capitalised key naming the object that holds the ids is a display
        // name; a lower-case one (`"gpt-4o": {` in a model_info table) is the hosted name itself, and so is a capitalised
        // one whose object is the model's own record (`"MiniMax-M2.5": {` then `maxTokens: 16_384,`, RooCodeInc/Roo-Code's
        // provider tables: MiniMax and SambaNova spell their API ids so).
        if (/[A-Z]/.test(value) && !value.includes('/') && /^\s*:\s*[{[]\s*$/.test(line.slice(m.index! + m[0].length)) && !opensModelRecord(text, start))
          continue;
        // `"phi-4-mini": (` above `"unsloth/Phi-4-mini-instruct",`, `"flux.1-dev": {"repo": "black-forest-labs/FLUX.1-dev"}`:
        // a key whose block holds Hub ids labels them (a chat template's or a family's name), it is no model of its own.
        if (!value.includes('/') && labelsHubIds(line.slice(m.index! + m[0].length), text, start)) continue;
        // `"qwen1.5-7b-chat-vllm-local": {` above `"model": "qwen/Qwen1.5-7B-Chat"` (modelscope-agent's model_config.json,
        // an entry picked by its name): the entry's name; the model is its `model` (read there), unless both are the same.
        if (namesAnEntryOfAnotherModel(value, line.slice(m.index! + m[0].length), text, start)) continue;
        // `Config(name="mistral/7B_full", file_path="mistral/7B_full.yaml")` (pytorch/torchtune's recipe registry): a name
        // written again just after as a config file's path is that file's name, not a model.
        if (value.includes('/') && namesConfigFileAfter(value, text, lineStart + m.index! + m[0].length)) continue;
        consider(value, m.index! + 2);
      }
      if (hasDefaults && line.includes('${')) {
        DEFAULTED.lastIndex = 0;
        for (let m = DEFAULTED.exec(line); m; m = DEFAULTED.exec(line)) consider(m[1]!, m.index + m[0].length - m[1]!.length);
      }
      if (bare) {
        const m = BARE.exec(line);
        // `display_name: GLM-5` beside its entry's `- id: zai-org/glm-5`: the text shown for the model, not its name.
        const at = m ? line.lastIndexOf(m[1]!) : -1;
        if (m && !DISPLAY_KEY.test(line.slice(0, at))) consider(m[1]!, at + 1);
      }
      // Names no table knows count in a model context: a model-named key, a one-line list beside a
      // known model, or a block of entries under the same key where one entry is a known model.
      if (opensModelList) {
        openList(listKey!, !assigned && !yamlKey, !!yamlKey);
      }
      const listed = onLine.length ? onLine.filter((c) => c.slot.includes('|[')).length : 0;
      for (const c of onLine) {
        // A key that opens a block in such a block may name a template or an option set (`"openai-functions": {`):
        // it needs known siblings. A key mapped to a number (`"claude-2.0": 100000`, a context window) is the name.
        // An entry key names the model, not another collection's members inside the block
        // (`ports=[Port(name="h2c")]`, `"adapters": [{"name": "lora-adapter-1"}]`, `"inputs": [{"name": "input0"}]`).
        // `AI_MODELS = { openai: "gpt-4o", groq: "gemma2-9b-it" }`: a block named for models keyed by provider names each provider's model.
        const inModelList =
          modelList >= 0 &&
          !c.isKey &&
          (c.slot.includes('|[') ||
            modelCall(c.slot) ||
            providerKeyed(c.slot) ||
            (ENTRY_KEY.test(c.slot) && !inOtherCollection(enclosingKey(line, c.column, parent))));
        // `GITEE_AI_MODEL_LIST = ["Yi-34B-Chat", "InternVL2-8B", ...]`: a one-line list named for models.
        const named = c.slot.slice(c.slot.indexOf('|[') + 2);
        const inNamedList = !identifiersOnLine && isModelKey(named) && !(named.startsWith(BY_USE) && c.value.length <= SHORT);
        // `"ollama": [("llama3.3", "Llama 3.3"), ("gpt-oss", "GPT-OSS")]` (crewAIInc/crewAI's CLI, the models it offers per
        // provider): an entry of a list keyed by Ollama that is a name of the Ollama library (lower case, as the library writes
        // them; `"GPT-OSS"` beside it is the label) is that library's model.
        if (!c.isKey && !c.comment && c.slot.includes('|[') && parent?.toLowerCase() === 'ollama' && isOllamaLibraryName(c.value)) {
          if (c.value === c.value.toLowerCase()) accept({ ...c, named: { id: c.value, source: 'ollama' } });
        } else if (inModelList && !(modelKey(c.slot) && /\d/.test(c.value))) listHeld.push(c);
        else if (modelKey(c.slot) && /\d/.test(c.value)) {
          accept(c);
          // A catalogue entry's name counts as a known sibling (`ModelInfo('whisper-large-v3')` beside
          // `ModelInfo('whisper-small')`); a single use (`testWithModel('debug:action:fal-sd15')`) vouches for no other.
          if (catalogueCall(c.slot)) runs.known(c.slot, c.line);
        } else if (c.slot.includes('|[') && (inNamedList || (knownOnLine * 2 >= listed && !c.slot.endsWith(TUPLE_FIELD_BLOCK)))) accept(c);
        // `ollama: {` then `"nomic-embed-text": { dimension: 768 },` (RooCodeInc/Roo-Code's embedding profiles per provider):
        // a key of a block keyed by Ollama that is a name of the Ollama library is that library's model.
        else if (c.isKey && !c.comment && parent === 'ollama' && isOllamaLibraryName(c.value)) accept({ ...c, named: { id: c.value, source: 'ollama' } });
        else {
          runs.add(c);
          if (modelKey(c.slot) && !c.comment) keyedUnsure.push(c);
        }
      }
    }
    closeList();
    runs.close(-1, lineNo + 1_000_000);
    // `model: string = 'llava-next'`: a name without a digit under a model key counts when the file lists it as a model elsewhere,
    // or when its own catalogue entry holds a Hub id (`"model_name": "opt"` above `"model_id": "facebook/opt-125m"`),
    // or, in a file that talks to Ollama, when it is a name of the Ollama library (`"model": "mistral"`); with its tag
    // wherever it is (`"modelName": "nomic-embed-text:latest"`): only Ollama spells a model `<library name>:<tag>`.
    if (keyedUnsure.length) {
      const names = new Set(references.filter((r) => r.source === 'api').map((r) => r.id));
      const entryHolds = entryWithHubId(allLines, references);
      for (const c of keyedUnsure) {
        if (names.has(contextOnlyId(c.value)) || entryHolds(c)) accept(c);
        else if (isOllamaLibraryName(c.value) && (OLLAMA_TAGGED.test(c.value) || (talksToOllama ??= namesOllama(text))))
          accept({ ...c, named: { id: c.value, source: 'ollama' } });
      }
    }
    return withoutEntryHandles(references, allLines);
  };
  let references: RawReference[];
  if (!wordLines.knowsNames) references = read('sparse');
  else if (!trialFirst) references = read('full');
  else {
    try {
      references = read('trial');
    } catch (e) {
      if (e !== RETRY) throw e;
      references = read('full');
    }
  }
  references.push(...slotted.map((s) => s.ref));
  return /\.pyi?$/.test(file.relPath) ? withoutEntryLabels(withoutIdTails(references), allLines) : references;
}

/** A call's `model` argument given a class (`model=llama_model.LlamaForCausalLM,`, `model=BertModel,`): code, not a name. */
const CLASS_MODEL_ARGUMENT = /^\s*model\s*=\s*(?:[A-Za-z_]\w*\.)*[A-Z]\w*\s*,?\s*$/;
/** Whether the call argument at line `at` (`name="qwen2",`) stands beside a `model=<Class>` argument, within a few lines. */
function namesAClass(lines: string[], at: number): boolean {
  const indent = lines[at]!.length - lines[at]!.trimStart().length;
  for (let j = at + 1; j < Math.min(lines.length, at + 6); j++) {
    const l = lines[j]!;
    if (l.trim() && l.length - l.trimStart().length < indent) return false;
    if (CLASS_MODEL_ARGUMENT.test(l)) return true;
  }
  return false;
}
/**
 * Before a value: the name PEFT or diffusers gives an adapter it loads or switches to (`adapter_name=`, `set_adapters([`,
 * `set_adapter(`, `delete_adapters(`; https://huggingface.co/docs/diffusers/tutorials/using_peft_for_inference).
 */
const ADAPTER_ALIAS = /(?:\badapter_names?\s*[=:]\s*\[?\s*|\b(?:set|delete|enable|disable)_adapters?\(\s*\[?\s*)['"]$/;
/** A Python class named for a chat template or a parser (`QwenTemplate`, `YiAITemplate(ABC)`, `MistralToolParser`). */
const TEMPLATE_CLASS = /^\s*class\s+\w*(?:Template|Parser)\s*[(:]/;
/** A Python class of template or parser names: ms-swift's `class TemplateType:`, `class ParserNames(Enum):`. */
const TEMPLATE_NAMES_CLASS = /^\s*class\s+\w*(?:Template|Parser)(?:Type|Name)s?\s*[(:]/;
/**
 * Whether a `for` loop over the list variable `name` (directly, or through `enumerate`/`tqdm`/`zip`) gives its loop
 * variable to `load_dataset` within the next few lines: the list names datasets.
 */
function loopsIntoDatasetLoad(text: string, name: string): boolean {
  if (!/^\w+$/.test(name)) return false;
  const loop = new RegExp(`^[ \\t]*for\\s+(?:\\w+\\s*,\\s*)?(\\w+)\\s+in\\s+[^\\n:]*\\b${name}\\b[^\\n]*:[ \\t]*$`, 'gm');
  for (const m of text.matchAll(loop)) {
    const body = text.slice(m.index + m[0].length, m.index + m[0].length + 600);
    if (new RegExp(`\\bload_dataset\\([^)\\n]*\\b${m[1]}\\b`).test(body)) return true;
  }
  return false;
}

/** A class of dataset names (`class DatasetName(str, Enum):`), not a dataset's own class (`class MyDataset(Dataset):`). */
const DATASET_NAMES_CLASS = /^\s*class\s+\w*Dataset(?:Type|Name|Id)s?\s*[(:]/;
/** Whether the line at `at` is an attribute of such a class (`TEMPLATE_CLASS` by default). */
function inTemplateClass(lines: string[], at: number, kind = TEMPLATE_CLASS): boolean {
  const opener = openerAbove(lines, at, leadingSpace(lines[at]!));
  return opener !== undefined && kind.test(opener);
}
/** The block's opening line: the first line above `at` (within 40) that is not blank and is indented less than `indent`. */
function openerAbove(lines: string[], at: number, indent: number): string | undefined {
  for (let j = at - 1; j >= Math.max(0, at - 40); j--) {
    const l = lines[j]!;
    if (l.trim() && leadingSpace(l) < indent) return l;
  }
  return undefined;
}
/** A test of a value against a hex digest: `if chkhsh == "0ef9807a...":`, `elif h == '...'`, `} else if (hash === "...") {`. */
const DIGEST_TEST = /^\s*(?:\}\s*)?(?:el(?:se\s+)?if|if)\s*\(?\s*[\w.$]+\s*[!=]==?\s*["'][0-9a-fA-F]{32,128}["']\s*\)?\s*[:{]?\s*$/;
/** Whether the line at `at` is the first statement under a digest test (comments between them skipped, within 4 lines). */
function underDigestTest(lines: string[], at: number): boolean {
  const indent = leadingSpace(lines[at] ?? '');
  for (let j = at - 1; j >= Math.max(0, at - 4); j--) {
    const l = lines[j]!;
    if (!l.trim() || /^\s*(?:#|\/\/)/.test(l)) continue;
    return leadingSpace(l) < indent && DIGEST_TEST.test(l);
  }
  return false;
}
/** Keys holding an entry's short name (`model_name`, `name`, `local_name`), not the model's id at a provider (`providerId`). */
const SHORT_NAME_KEY = /^(?:model_?)?(?:short_?|local_?|dir_?|folder_?)?name$/i;
/** An entry keyed by a Hub id: `"1bitLLM/bitnet_b1_58-large": {`. */
const HUB_ID_KEY_OPENER = /^\s*["'][\w.-]+\/([\w.-]+)["']\s*:\s*(?:dict\(\s*)?\{\s*$/;
/** Whether the block holding the line at `at` is keyed by a Hub id whose name is `value` (case aside). */
function keyedByOwnHubId(lines: string[], at: number, value: string): boolean {
  const opener = openerAbove(lines, at, leadingSpace(lines[at] ?? ''));
  const m = opener === undefined ? null : HUB_ID_KEY_OPENER.exec(opener);
  return !!m && m[1]!.toLowerCase() === value.toLowerCase();
}
/** A Python keyword argument opening a dict: `source={`, `quantize=dict(`. */
const KEYWORD_BLOCK = /^\s*([A-Za-z_]\w*)\s*=\s*(?:dict\(\s*)?\{\s*$/;
/** Whether the line at `at` is in a block a keyword argument not named for models opened (`source={` above it, less indented). */
function keywordBlock(lines: string[], at: number, indent: number): boolean {
  const opener = openerAbove(lines, at, indent);
  const m = opener === undefined ? null : KEYWORD_BLOCK.exec(opener);
  return !!m && !isModelKey(m[1]!) && !isModelCollectionKey(m[1]!);
}

/** A key that is a model's short name (`chatglm2-6b`, `longchat-v1.5-7b-32k`): words joined by hyphens (a digit among them is tested apart). */
const ALIAS_MAP_KEY = /^[a-z][\w.]*(?:-[\w.]+)+$/i;

/** `"model_name": "opt",` / `model_name="opt",`: one entry of an object or of a call's arguments, on a line of its own. */
const ENTRY_LINE = /^\s*(?:["'`][\w.-]+["'`]\s*:|[\w.-]+\s*:(?!:)|[\w.-]+\s*=(?!=)(?=.*,\s*$))/;

/**
 * Whether a name's own catalogue entry holds a Hub or ModelScope id: the object (or call) the name's line is an
 * entry of, up to the first line indented less (Xinference's llm_family.json: `"model_name": "qwen-chat"`, then
 * its `model_specs` with `"model_id": "Qwen/Qwen-7B-Chat"`). Its name is the one the catalogue serves that model by.
 */
function entryWithHubId(allLines: () => string[], references: RawReference[]): (c: Candidate) => boolean {
  const hubLines = references.filter((r) => (r.source === 'huggingface' || r.source === 'modelscope') && r.context !== 'comment').map((r) => r.line);
  if (!hubLines.length) return () => false;
  hubLines.sort((a, b) => a - b);
  return (c) => {
    const lines = allLines();
    const own = lines[c.line - 1] ?? '';
    const indent = leadingSpace(own);
    if (indent === 0 || !ENTRY_LINE.test(own)) return false;
    const next = hubLines.find((l) => l > c.line);
    if (next === undefined) return false;
    for (let i = c.line; i < next - 1; i++) {
      const l = lines[i]!;
      if (l.trim() && leadingSpace(l) < indent) return false; // the entry closed before the id
    }
    return leadingSpace(lines[next - 1]!) >= indent;
  };
}

/** `OPENAI_MODELS = """` (a string of names, one a line, split by the code that follows): the variable's name. */
const NAME_STRING_OPENER = /^([A-Za-z_]\w*)\s*(?::\s*str\s*)?=\s*[rRuU]?(?:"""|''')\s*$/;
/** A line of such a string holding one name and nothing else. */
const STRING_LIST_ENTRY = /^\s*[A-Za-z0-9][\w.:/@-]*\s*$/;

/**
 * A key giving the model an entry describes (`model: qwen2.5-coder:32b`, `model_id:`), with a value, beside its title.
 * Its URL too: vllm-stack Helm values' `modelSpec: - name: "gpt-oss-20b"` beside `modelURL: "openai/gpt-oss-20b"` (or a
 * local folder) name the deployment (its Deployment, Service and `model` label), the URL the model it serves.
 * Not `model_name` / `modelName`: beside `name` both name the model (`name: qwen-plus`, `modelName: qwen-plus`).
 */
const OWN_MODEL_KEY = /^\s*(?:-\s+)?["']?(?:model|model_id|modelId|model_url|modelURL|modelUrl)["']?\s*:\s*(?!null\s*$|~\s*$|$)\S/;
/**
 * A key giving the entry's model as a Hub or ModelScope repository (`huggingface_repo_id: Qwen/Qwen3-8B`,
 * `model_scope_model_id: Qwen/Qwen3-8B`, `repo_id:`), beside the entry's `name` or below it in a block of its own: GPUStack's
 * model catalogue (gpustack/assets/model-catalog.yaml) titles each entry `- name: Qwen3-Coder-Next` and gives the
 * repository of every variant under `specs:`, so the `name` is the card's title, the repository the model.
 */
const REPO_MODEL_KEY = /^\s*(?:-\s+)?["']?[\w-]*(?:repo_id|repo|model_id)["']?\s*:\s*["']?[\w.-]+\/[\w.-]+["']?\s*(?:#.*)?$/;
/** OWN_MODEL_KEY, and the keys that name the model beside a title in a YAML list under `models:` (`modelName: gpt-4o`). */
const ANY_MODEL_KEY = /^\s*(?:-\s+)?["']?(?:model|model_?id|modelId|model_?name|modelName)["']?\s*:\s*["']?([^\s"'#]+)/;
/** Whether the line's ANY_MODEL_KEY names a model other than `value`. */
const namesOther = (line: string, value: string) => {
  const m = ANY_MODEL_KEY.exec(line);
  return !!m && !/^(?:null|~)$/.test(m[1]!) && m[1] !== value;
};

/** After a quoted value, a comma and a member of a type named for tokenizers (`BpePreTokenizerKind::Gpt2`, `TokenizerType.BPE`). */
const TOKENIZER_KIND_AFTER = /^["'`]\s*,\s*(?:[A-Za-z_]\w*(?:::|\.))*[A-Za-z_]\w*Tokeni[sz]er\w*(?:::|\.)[A-Za-z_]\w*(?![\w(])/;
/**
 * A model id key (`modelId:`, `"model_id":`) naming a model other than `value`, or the same in another case (`GPT-4o`
 * beside `gpt-4o`). A name spelled as the id's own name (`"name": "DeepSeek-R1-Distill-Qwen-1.5B"` beside
 * `"modelId": "litert-community/DeepSeek-R1-Distill-Qwen-1.5B"`, google-ai-edge/gallery) names that model still.
 */
const MODEL_ID_KEY = /^\s*(?:-\s+)?["']?(?:model_?id|modelId)["']?\s*:\s*["']([^\s"']+)["']/;
const idNamesOther = (line: string, value: string) => {
  const id = MODEL_ID_KEY.exec(line)?.[1];
  return !!id && id !== value && id.slice(id.lastIndexOf('/') + 1) !== value;
};

/** The default test of titledEntry: a key naming the entry's model (OWN_MODEL_KEY) or its repository (REPO_MODEL_KEY). */
const ownOrRepoModelKey = (l: string) => OWN_MODEL_KEY.test(l) || REPO_MODEL_KEY.test(l);

/** A model key (ANY_MODEL_KEY) on line `l` whose value is not the value of the `name` on line `own`. */
function nestedModelOfOtherName(l: string, own: string): boolean {
  const model = ANY_MODEL_KEY.exec(l)?.[1];
  if (!model) return false;
  const name = /\bname["']?\s*[:=]\s*["']?([^\s"',#]+)/.exec(own)?.[1];
  return name !== undefined && name.toLowerCase() !== model.replace(/[,;]+$/, '').toLowerCase();
}

/**
 * Whether the YAML entry the `name:` on line `at` (0-based) belongs to holds its model under a key of its own: the
 * lines at the same key indentation, up to the entry's end (a line indented less, or the next `- ` item).
 */
function titledEntry(lines: string[], at: number, namesModel: (l: string) => boolean = ownOrRepoModelKey): boolean {
  const own = lines[at]!;
  const m = /^(\s*)(-\s+)?/.exec(own)!;
  const keyIndent = m[1]!.length + (m[2]?.length ?? 0);
  const sibling = (l: string) => leadingSpace(l) === keyIndent && namesModel(l);
  for (let i = at + 1; i < lines.length && i <= at + 40; i++) {
    const l = lines[i]!;
    if (!l.trim()) continue;
    const lead = leadingSpace(l);
    if (lead < keyIndent || (lead === keyIndent && l.charAt(lead) === '-')) break;
    if (sibling(l)) return true;
    // A repository key in a block of the entry's own (`specs:` then `- huggingface_repo_id: org/name`).
    if (lead > keyIndent && REPO_MODEL_KEY.test(l)) return true;
    // A model key of another value in a block of the entry's own: josStorer/RWKV-Runner's preset configs
    // (frontend/src/pages/defaultConfigs.ts, `defaultModelConfigs`) title each `{ name: 'GPU-8G-Qwen3', apiParameters: {...},
    // modelParameters: { modelName: 'Qwen3-8B-Q5_K_M.gguf' } }`: the name is the preset's, the model its parameters'.
    if (lead > keyIndent && namesModel === ownOrRepoModelKey && nestedModelOfOtherName(l, own)) return true;
  }
  if (m[2]) return false; // the entry's first key: nothing above it
  for (let i = at - 1; i >= 0 && i >= at - 40; i--) {
    const l = lines[i]!;
    if (!l.trim()) continue;
    const lead = leadingSpace(l);
    const first = /^(\s*)(-\s+)/.exec(l);
    if (first && first[1]!.length + first[2]!.length === keyIndent) return namesModel(l);
    if (lead < keyIndent) break;
    if (sibling(l)) return true;
  }
  return false;
}

/** A Python keyword argument giving an entry its own weights (a path or None), or building it from scratch, on its own line. */
const OWN_WEIGHTS_KEYWORD =
  /^\s*(?:from_scratch\s*=\s*True|(?:from_pretrained|pretrained_path|ckpt_path|checkpoint_path)\s*=\s*(?:None|["'][^"'{}]*["']))\s*,?\s*(?:#.*)?$/;
/**
 * A model configuration object, `{ provider: 'azure-openai', id: 'aws_sdk_claude37_sonnet' }` (bytedance/UI-TARS-desktop's
 * tarko agents, `model: { provider, id, baseURL, apiKey }`; its pdk.config.ts `provider: 'azure-openai'`, `model: '...'`):
 * the `id` or `model` of an object that names its provider is the name that provider is called with, in the snake_case
 * spelling an LLM gateway gives its aliases too (a family and version glued, `claude37`), which no name test takes alone.
 * A digit is asked (`id: 'default_agent'` is a name of something else), and the `provider` key at the value's own
 * indentation in the object around it (a line indented less ends the object).
 */
const PROVIDER_SIBLING = /^\s*["']?provider["']?\s*:\s*(?:["'`][\w.-]+["'`]|[A-Za-z_$][\w$.]*)/;
function gatewayAliasOfProvider(value: string, key: string, lines: string[], at: number): boolean {
  if ((key !== 'id' && key !== 'model') || !IDENTIFIER.test(value) || !/\d/.test(value) || MODEL_WORD_IN_VALUE.test(value)) return false;
  const indent = leadingSpace(lines[at]!);
  const sibling = (i: number) => {
    const l = lines[i]!;
    if (!l.trim()) return undefined;
    const lead = leadingSpace(l);
    if (lead < indent) return false;
    return lead === indent && PROVIDER_SIBLING.test(l) ? true : undefined;
  };
  for (const step of [-1, 1])
    for (let i = at + step, n = 0; i >= 0 && i < lines.length && n < 12; i += step, n++) {
      const found = sibling(i);
      if (found !== undefined) {
        if (found) return true;
        break;
      }
    }
  return false;
}

/**
 * After a key, the label it maps to, as a menu shows it: words with a space or a capital first (`"llama-2-7b-chat": "Llama 2
 * 7B",`, `"qwen-2-72b": "Qwen",` in xtekky/gpt4free's ThebApi `models = {...}`, the key being the id the API is called
 * with). A key mapped to another id (`"ernie-base": "nghuyong/..."`, lower case, no space) is an alias, not this.
 */
const DISPLAY_LABEL_AFTER = /^["'`]?\s*:\s*(["'`])(?=[A-Z]|[^"'`\n]*\s)[^"'`\n/]{1,60}\1\s*,?\s*(?:#.*)?$/;
/** A Python keyword argument `model=` on its own line (a call's arguments one a line), or after the value on its line. */
/** A key for a network part's own settings (`vision_encoder`, `text_decoder`, `backbone`, `image_cfg`, `audio_config`). */
const NETWORK_PART_KEY = /^(?:\w+[-_])?(?:encoder|decoder|backbone|tower|projector)$|^(?:image|text|vision|audio|video)[-_]?(?:cfg|config)$/i;
const PY_MODEL_KEYWORD = /^\s*model\s*=\s*\S/;
const PY_MODEL_KEYWORD_AFTER = /^["']\s*,.*\bmodel\s*=\s*["'\w]/;
/** GitHub Actions' test of the repository a workflow runs in (`github.repository == '`), right before its value. */
const GITHUB_REPOSITORY_TEST = /\bgithub\.(?:event\.)?repository(?:\.full_name)?\s*[!=]=\s*["']$/;
/** A key of a model server's own config beside its `name` (LocalAI's `backend:`, a gallery template's `config_file:`). */
const SERVER_CONFIG_KEY = /^\s*(?:-\s+)?["']?(?:backend|config_file)["']?\s*:/;
/** Before a value, the first argument of an event or message channel call (`ipcRenderer.on("`, `webContents.send('`, `emit(`). */
const EVENT_CHANNEL_BEFORE =
  /(?:\.(?:on|once|off|emit|send|sendSync|addListener|removeListener|removeAllListeners|handle|handleOnce)|(?:^|[^\w$.])(?:[\w$]+\.)?(?:add|remove)EventListener)\s*\(\s*["'`]$/;
/** Before a value, the `case` it is one of: `case "a", "b"` (Go, Python's `match`), `case 'a':` (JavaScript, Java, C#). */
const CASE_BEFORE = /^\s*case\s+(?:["'`][^"'`\n]*["'`]\s*(?:,|\|)\s*)*["'`]$/;
/** `switch backend {`, `} else switch (provider) {`, `match engine:`: the subject of the cases below. */
const SWITCH_SUBJECT = /^\s*(?:}\s*)?(?:switch\s*\(?\s*([\w.$]+)(?:\(\))?\s*\)?\s*\{|match\s+([\w.]+)\s*:)/;
/** A subject named for what serves or runs models, not for a model. */
const NOT_MODEL_SUBJECT = /(?:backend|provider|engine|runtime|platform|vendor|driver)(?:_?(?:name|type|id))?$/i;
/** An option named for a trait of the model, not the model (`--model_type`, `--version`, `--task`, `--precision_mode`). */
const TRAIT_FLAG = /(?:^|[-_])(?:type|kind|class|format|family|arch|architecture|version|size|task|mode)$/i;
/** A dataclass or pydantic field opened on its line up to its default's quote: `name: T = field(default="`, `Field(..., default="`. */
const DATACLASS_FIELD_DEFAULT = /^\s*([A-Za-z_]\w*)\s*:\s*[^=\n]+=\s*(?:\w+\.)?[Ff]ield\(\s*(?:[^()\n]*,\s*)?default\s*=\s*["']$/;
/** Before a value, the setting it is compared with (`args.sample_method == '`, `scheduler != "`). */
const COMPARED_SUBJECT_BEFORE = /([\w$]+)\s*[!=]==?\s*["'`]$/;
/** A setting named for a diffusion sampler, scheduler or solver (`sample_method`, `sampler_name`, `noise_scheduler`, `solver`). */
const SAMPLER_SUBJECT = /(?:^|_)(?:sampl(?:e|er|ing)(?:_?(?:method|name|type))?|scheduler(?:_?(?:name|type))?|solver(?:_?(?:name|type))?)$/i;
/** Whether the text before a value ends in a comparison with a sampler, scheduler or solver setting. */
const samplerCompared = (before: string) => {
  const subject = COMPARED_SUBJECT_BEFORE.exec(before)?.[1];
  return !!subject && SAMPLER_SUBJECT.test(subject);
};
/** Whether the `case` on line `at` is one of a switch on a backend, a provider or an engine (nearest `switch`/`match` above, same or less indent). */
function switchesOnNotModel(lines: string[], at: number): boolean {
  const indent = leadingSpace(lines[at]!);
  for (let i = at - 1; i >= 0 && i >= at - 300; i--) {
    const l = lines[i]!;
    if (!l.trim() || leadingSpace(l) > indent || /^\s*(?:case\b|default\s*:)/.test(l)) continue;
    const m = SWITCH_SUBJECT.exec(l);
    return !!m && NOT_MODEL_SUBJECT.test((m[1] ?? m[2])!.split('.').pop()!);
  }
  return false;
}

/**
 * Whether the entry of line `at` (that line, else a sibling line: same indent, up to 20 lines each way, within the
 * entry) holds a Hub URL of a repository whose name is not `name`.
 */
function entryHasOtherHubRepo(lines: string[], at: number, name: string): boolean {
  // A one-line entry (`{"name": "llama-spm", ..., "repo": "https://huggingface.co/meta-llama/Llama-2-7b-hf"}`) says it on its line.
  const own = HUB_URL_IN_LINE.exec(lines[at]!)?.[1];
  if (own) return !own.toLowerCase().includes(name.toLowerCase());
  const indent = leadingSpace(lines[at]!);
  for (const step of [1, -1])
    for (let i = at + step; i >= 0 && i < lines.length && Math.abs(i - at) <= 20; i += step) {
      const l = lines[i]!;
      if (!l.trim()) continue;
      if (leadingSpace(l) < indent) break;
      const repo = leadingSpace(l) === indent ? HUB_URL_IN_LINE.exec(l)?.[1] : undefined;
      if (repo) return !repo.toLowerCase().includes(name.toLowerCase());
    }
  return false;
}
const HUB_URL_IN_LINE = /https?:\/\/(?:huggingface\.co|hf\.co)\/[\w.-]+\/([\w.-]+)/;

/** A model's display name: capitalised words with spaces (`"DeepSeek V3.1"`, `"Qwen3 Coder Next"`, `"GLM 4.5 Air"`). */
const DISPLAY_NAME = /^[A-Z][\w.-]*(?: [\w.-]+){1,5}$/;
/** Whether most of several quoted strings are display names. */
function mostlyDisplayNames(values: string[]): boolean {
  const spaced = values.filter((v) => DISPLAY_NAME.test(v)).length;
  return values.length >= 3 && spaced * 3 >= values.length * 2;
}
/** Whether `value` is written again, with a config file's extension and closing quote, in the 200 characters from `end`. */
function namesConfigFileAfter(value: string, text: string, end: number): boolean {
  const after = text.slice(end, end + 200);
  const at = after.indexOf(value);
  return at >= 0 && /^\.(?:ya?ml|json|toml)['"]/.test(after.slice(at + value.length, at + value.length + 6));
}
const QUOTED_VALUE = /"([^"\n]*)"|'([^'\n]*)'/g;
/** Whether the values of `key` (lower-cased) in the file are mostly display names. */
function keyHoldsDisplayNames(text: string, key: string): boolean {
  const byKey = displayKeys(text);
  let mostly = byKey.mostly.get(key);
  if (mostly === undefined) byKey.mostly.set(key, (mostly = mostlyDisplayNames(byKey.values.get(key) ?? [])));
  return mostly;
}
/**
 * The file's quoted values by key, kept until its extractors are done: a module cache compared by content compared a
 * whole text per value asked when the same file came again as another string (a repeated measurement: 20% of the time).
 */
const displayKeys = keptWithCallSites((text) => ({ values: quotedValuesByKey(text), mostly: new Map<string, boolean>() }));
/** `key: "value"`, `"key": 'value'`, `key = "value"` after a blank, `{`, `,` or `(` (or at the text's start). */
export const KEY_QUOTED_VALUE = /(?:^|[\s{,(])["']?([\w.$-]+)["']?\s*[:=]\s*["']([^"'\n]*)["']/g;
/**
 * Every key's quoted values in one pass over the text (up to 200 a key), keys lower-cased: a regex a key, each over the
 * whole text, made a file of many keys slow (modelscope's metainfo.py, hundreds of class attributes: 12 -> 50 ms).
 */
export function quotedValuesByKey(text: string): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  keyQuotedValues(text, (key, value) => {
    key = key.toLowerCase();
    let values = byKey.get(key);
    if (!values) byKey.set(key, (values = []));
    if (values.length < 200) values.push(value);
  });
  return byKey;
}
/** `[\w.$-]` by char code. */
const isKeyCode = (c: number) => isWordCode(c) || c === 0x2e || c === 0x24 || c === 0x2d;
const isQuoteCode = (c: number) => c === 0x22 || c === 0x27;
/** `[\s{,(]` at `i`. */
function opensKeyAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x7b || c === 0x2c || c === 0x28 || isSpaceAt(text, i);
}
/**
 * KEY_QUOTED_VALUE's matches in order (key, value), found from each `:` and `=` instead of tried at every blank, `{`,
 * `,` and `(` (session 29: the run's largest pattern by self time). Exact: a match's `[:=]` is the first character after
 * its key's run, closing quote and blanks, none of which is `:` or `=`, and the key is the whole run of `[\w.$-]` before
 * them (the run cannot end earlier: the next character would be one of the run's); so each `:`/`=` is the colon of at
 * most one match, whose start is fixed by walking back, and starts grow with their colons (a match reaching back over an
 * earlier `:`/`=` would hold one). Taking those that start at or after the last match's end is what the global pattern's
 * scan from its `lastIndex` takes.
 */
export function keyQuotedValues(text: string, found: (key: string, value: string) => void): void {
  const n = text.length;
  let from = 0; // the last match's end (the global pattern's lastIndex)
  // The next `:` and the next `=` (indexOf: a native search, where a loop over every character costs as much as the pattern).
  let colon = text.indexOf(':');
  let equals = text.indexOf('=');
  for (;;) {
    let c: number;
    if (colon >= 0 && (equals < 0 || colon < equals)) {
      c = colon;
      colon = text.indexOf(':', c + 1);
    } else if (equals >= 0) {
      c = equals;
      equals = text.indexOf('=', c + 1);
    } else break;
    // `\s*["']([^"'\n]*)["']` after it.
    let v = c + 1;
    while (isSpaceAt(text, v)) v++;
    if (!isQuoteCode(text.charCodeAt(v))) continue;
    let e = v + 1;
    for (let k = text.charCodeAt(e); e < n && k !== 0x22 && k !== 0x27 && k !== 0x0a; k = text.charCodeAt(++e));
    if (!isQuoteCode(text.charCodeAt(e))) continue;
    // `["']?([\w.$-]+)["']?\s*` before it, walked back.
    let q = c;
    while (q > 0 && isSpaceAt(text, q - 1)) q--;
    if (q > 0 && isQuoteCode(text.charCodeAt(q - 1))) q--;
    let s = q;
    while (s > 0 && isKeyCode(text.charCodeAt(s - 1))) s--;
    if (s === q) continue;
    // Its opening quote, if any, then `^` or one of `[\s{,(]`.
    const open = s > 0 && isQuoteCode(text.charCodeAt(s - 1)) ? s - 1 : s;
    const start = open === 0 ? 0 : opensKeyAt(text, open - 1) ? open - 1 : -1;
    if (start < from) continue;
    found(text.slice(s, q), text.slice(v + 1, e));
    from = e + 1;
  }
}
/**
 * Whether the list around `offset` (the brackets enclosing it, within a few thousand characters) holds mostly display
 * names. The brackets come from one pass over the text (listBrackets) and each list's answer is kept: a walk out to the
 * brackets from each value made a catalogue of thousands of listed names spend most of its time there (Flowise's
 * models.json).
 */
function listHoldsDisplayNames(text: string, offset: number): boolean {
  const lists = listBrackets(text);
  // The `[` still open at `offset`: the last bracket before it says which (binary search).
  let lo = 0;
  let hi = lists.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lists.at[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  const open = lo > 0 ? lists.openAfter[lo - 1]! : -1;
  if (open < 0) return false;
  const start = lists.at[open]!;
  const end = lists.closer[open]!;
  // As far as the walk out from the value looked: 3,000 characters each way.
  if (start < offset - 3000 || end < 0 || end >= offset + 3000) return false;
  let mostly = lists.mostly.get(open);
  if (mostly === undefined) {
    const values: string[] = [];
    const span = text.slice(start, end);
    QUOTED_VALUE.lastIndex = 0;
    for (let m = QUOTED_VALUE.exec(span); m; m = QUOTED_VALUE.exec(span)) values.push(m[1] ?? m[2]!);
    lists.mostly.set(open, (mostly = mostlyDisplayNames(values)));
  }
  return mostly;
}
/**
 * The text's square brackets in order (`at`), with, after each, the index of the `[` left open (-1: none; a `]` with
 * none open is passed over), and for each `[` the offset of the `]` that closes it (-1: none). The nearest `[` left
 * open before an offset, and the `]` closing it, are what walking out from the offset counting brackets finds.
 */
const listBrackets = keptWithCallSites((text: string) => {
  const at: number[] = [];
  const openAfter: number[] = [];
  const closer: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b) {
      stack.push(at.length);
      closer.push(-1);
      at.push(i);
    } else if (c === 0x5d) {
      const open = stack.pop();
      if (open !== undefined) closer[open] = i;
      closer.push(-1);
      at.push(i);
    } else continue;
    openAfter.push(stack.length ? stack[stack.length - 1]! : -1);
  }
  return { at, openAfter, closer, mostly: new Map<number, boolean>() };
});
/**
 * A TOML line giving a Hub id (`model_id = "mlx-community/GLM-5-8bit"`): the id's name. Not a folder under a key named
 * for one (DB-GPT's `path = "models/DeepSeek-R1-Distill-Qwen-1.5B"` beside `name = "DeepSeek-R1-Distill-Qwen-1.5B"`).
 */
const TOML_HUB_ID = /^\s*(?![\w-]*(?:path|dir|file|folder))[\w-]+\s*=\s*["'][\w.-]+\/([\w.-]+)["']\s*(?:#.*)?$/i;
/** Whether the TOML table holding line `at` (from its header to the next) gives a Hub id whose name begins with `value` (or is it). */
function tomlTableIdBegins(lines: string[], at: number, value: string): boolean {
  const lower = value.toLowerCase();
  const begins = (l: string) => {
    const name = TOML_HUB_ID.exec(l)?.[1]?.toLowerCase();
    return !!name && name.startsWith(lower);
  };
  for (let i = at - 1; i >= 0 && !/^\s*\[/.test(lines[i]!); i--) if (begins(lines[i]!)) return true;
  for (let i = at + 1; i < lines.length && !/^\s*\[/.test(lines[i]!); i++) if (begins(lines[i]!)) return true;
  return false;
}

/** A name no table knows, held until its context decides (model-named key, list or block beside known models). */
interface Candidate {
  value: string;
  column: number;
  slot: string;
  line: number;
  snippet: string;
  comment: boolean;
  isKey: boolean;
  /** The model an `org/name` entry of a model block names (a Hub id, or an Ollama user's model). */
  named?: { id: string; source: RawReference['source'] };
}

/** True when one of the few lines before `lineStart` gives a namespaced name ending in `value` (`'workflow:image-sketch'`). */
function pointsAtOwnName(value: string, text: string, lineStart: number): boolean {
  const before = text.slice(Math.max(0, lineStart - 300), lineStart);
  if (!before.includes(`:${value}`)) return false;
  return new RegExp(`["'\`][\\w.-]+:${escapeRegExp(value)}["'\`]`).test(before);
}

/** What an `org/name` held beside known ids names: a router's variant (`gryphe/mythomax-l2-13b:free`), else a Hub id. */
function orgIdNamed(value: string): { id: string; source: RawReference['source'] } | undefined {
  const variant = routerVariant(value);
  if (variant) return { id: `${variant.router}/${value}`, source: 'api' };
  const hosted = hostedOnlyModel(value.slice(value.indexOf('/') + 1));
  if (hosted) return hosted;
  const hub = parseHubReference(value);
  return hub ? { id: hub.id, source: 'huggingface' } : undefined;
}

/**
 * A Python Enum class (`class ModelType(UnifiedModelType, Enum):`, `class ChatModel(str, Enum):`, `StrEnum`): its
 * members' string values are one block, a catalogue when known models are a good share of it (runs).
 */
const ENUM_CLASS = /^\s*class\s+([A-Za-z_]\w*)\s*\([^)]*\b(?:Str|Int)?Enum\b[^)]*\)\s*:/;
/**
 * Rust's string constants (`pub const GPT_4O: &str = "gpt-4o";`, `pub(crate) static X: &'static str =` then the value on
 * the next line): the constants a module declares at one indentation are one block, as a Go `const (` group is; a
 * provider module's catalogue when known models are a good share of it (runs), so that its ids of organisations no table
 * knows count (rig's together/completion.rs: `YI_34B_CHAT = "zero-one-ai/Yi-34B-Chat"` beside `"meta-llama/..."`).
 */
const RUST_CONST_BEFORE = /^(\s*)(?:pub(?:\([\w:]+\))?\s+)?(?:const|static)\s+([A-Za-z_]\w*)\s*:\s*&(?:'static\s+)?str\s*=\s*"$/;
/** The same declaration ending its line, its value on the next (`pub const X: &str =`). */
const RUST_CONST_OPEN = /^(\s*)(?:pub(?:\([\w:]+\))?\s+)?(?:const|static)\s+([A-Za-z_]\w*)\s*:\s*&(?:'static\s+)?str\s*=\s*$/;
/** A constant named for what stands beside a model: its address, key, version, header, provider, prompt (`ANTHROPIC_VERSION`, `PROVIDER_NAME`). */
const BESIDE_MODEL_CONST =
  /(?:^|_)(?:URL|URI|BASE|HOST|PATH|ENDPOINT|ROUTE|REGION|KEY|TOKEN|SECRET|ENV|VAR|VERSION|HEADER|PROVIDER|PREFIX|SUFFIX|BETA|AGENT|ORIGINATOR|INSTRUCTIONS|PROMPT|MESSAGE|TEMPLATE|FORMAT|DATE|TYPE|KIND|NAME|ID)(?:_|$)/i;
/**
 * The slot of a value a Rust string constant holds: the key when the constant is named for a model (`const MODEL: &str =
 * "qwen3:4b"`), '' when it is named for something beside one, else the block of the constants at its indentation;
 * undefined when the value is no constant's.
 */
function rustConstSlot(line: string, column: number, above: string | undefined): string | undefined {
  const before = line.slice(0, column - 1);
  const own = RUST_CONST_BEFORE.exec(before);
  const decl = own ?? (above !== undefined && /^\s*"$/.test(before) ? RUST_CONST_OPEN.exec(above) : null);
  if (!decl) return undefined;
  const name = decl[2]!;
  if (isModelKey(name)) return `${decl[1]!.length}|k:${name.toLowerCase()}`;
  return BESIDE_MODEL_CONST.test(name) ? '' : `${decl[1]!.length}|[enum:const`;
}
/** What stands before an Enum member's quoted value: `NAME = "`, `NAME = ("`. */
const ENUM_MEMBER_BEFORE = /^\s*[A-Za-z_]\w*\s*=\s*\(?\s*["']$/;
/**
 * Go's `const (` group, the enum of Go (sashabaranov/go-openai's completion.go: `O1Mini = "o1-mini"`, `O1 = "o1"`,
 * `GPT4o = "gpt-4o"`, ...): its constants' values are one block too.
 */
const GO_CONST_BLOCK = /^\s*const\s*\(\s*$/;
/** A YAML entry's `id:` (`- id: builtin-openai-chat`), a `name:` beside it; each key's indentation and value. */
const ENTRY_ID_LINE = /^(\s*)(?:-\s+)?["']?id["']?\s*:\s*["']?([^"'\s,#]+)/;
const ENTRY_KEY_LINE = /^(\s*)(?:-\s+)?["']?([\w-]+)["']?\s*:/;

/**
 * In Python, a bare name written just before a Hub id whose name it is, case aside (`_variant("mage-flow-base",
 * "microsoft/Mage-Flow-Base", ...)`, Blaizzy/mlx-vlm's variant table): the project's short name for that repo, on its line
 * or the line above it, no second model. (Not a catalogue's alias list, `"alias": ["bge-reranker-v2-m3", ...]` beside
 * `"name": "BAAI/bge-reranker-v2-m3"` in RAGFlow's all_models.json: names a platform answers to.)
 */
function withoutIdTails(references: RawReference[]): RawReference[] {
  // Each Hub id's name, lower-cased, with its line.
  const tailLines = new Set<string>();
  for (const r of references)
    if (!isContextOnlyId(r.id) && r.id.includes('/')) tailLines.add(`${r.id.slice(r.id.lastIndexOf('/') + 1).toLowerCase()}\u0000${r.line}`);
  if (!tailLines.size) return references;
  return references.filter((r) => {
    if (!isContextOnlyId(r.id)) return true;
    const tail = r.id.slice(r.id.indexOf('/') + 1).toLowerCase();
    return !tailLines.has(`${tail}\u0000${r.line}`) && !tailLines.has(`${tail}\u0000${r.line + 1}`);
  });
}

/** A quoted value standing alone on its line as one argument of a call laid out one a line: `    "Claude-2",`. */
const ARGUMENT_LINE = /^\s*["']([^"'\n]+)["']\s*,\s*$/;

/**
 * In Python, a catalogue entry built one argument a line by a model-named call (`LanguageModel(`, then `"claude-2",`,
 * then `"Claude-2",`: LiveCodeBench's lm_styles.py, `LanguageModel(model_name, model_repr, style, release_date, link)`):
 * the bare name right after a first argument naming a model is the entry's label for it, not a second model. An
 * `org/name` or `provider:name` there stays a model (ms-swift's `Model('<ModelScope id>',` then `'<Hub id>',`), and so does a name after a
 * first argument naming none (`ModelInfo(` / `"openai",` / `"gpt-4o",`), and each of a list of names given one a line.
 */
function withoutEntryLabels(references: RawReference[], allLines: () => string[]): RawReference[] {
  let lines: string[] | undefined;
  let found: Set<number> | undefined;
  return references.filter((r) => {
    if (r.line < 3) return true;
    lines ??= allLines();
    const own = ARGUMENT_LINE.exec(lines[r.line - 1] ?? '');
    // (A provider-prefixed name is a model as written: pydantic-ai's `FallbackModel(` / `'openai:gpt-5.2',` /
    // `'anthropic:claude-sonnet-4-5',`, a second model to fall back to.)
    if (!own || own[1]!.includes('/') || own[1]!.includes(':')) return true;
    const first = ARGUMENT_LINE.exec(lines[r.line - 2] ?? '');
    if (!first || !(isOrgIdShaped(first[1]!) || (found ??= new Set(references.map((x) => x.line))).has(r.line - 1))) return true;
    // (An entry goes on after its label, `LMStyle.CodeQwenBase,`; a call given two names and closed after them takes two
    // models: mlc-ai/mlc-llm's `@require_test_model(` / `"Llama-2-7b-chat-hf-q0f16-MLC",` / `"Llama-2-7b-chat-hf-q4f16_1-MLC",` / `)`.)
    if (/^\s*\)/.test(lines[r.line] ?? ')')) return true;
    // (A third name after it makes the arguments a list of names, `@register_batching_multimodal_models(` then
    // `"qwen2-vl-instruct",` / `"qwen2.5-vl-instruct",` / `"QvQ-72B-Preview",`, xorbitsai/inference: each a model.)
    if (ARGUMENT_LINE.test(lines[r.line] ?? '')) return true;
    const call = modelCallLeftOpen(lines[r.line - 3] ?? '');
    return call === undefined || call.endsWith(',');
  });
}

/**
 * An entry's `id` beside the `name` that names its model (Tencent/WeKnora's `builtin_models: [{id: builtin-openai-chat,
 * name: gpt-4o-mini, type: KnowledgeQA}]`, or `name: ${LLM_MODEL_NAME}`): the id is the entry's own handle, the model is
 * the name. A name no model is
 * read in (a display name, `name: GPT-4o`) leaves the id the model, as in a catalogue of model objects. Only ids no
 * provider's naming spells go (`openai-compatible/<id>`).
 */
function withoutEntryHandles(references: RawReference[], allLines: () => string[]): RawReference[] {
  const handles = references.filter((r) => isContextOnlyId(r.id) && !r.context);
  if (!handles.length) return references;
  const lines = allLines();
  const byLine = new Set(references.map((r) => r.line));
  // Where a line's key starts (its quote included) and whether a `- ` opens an entry there; undefined: no key.
  const keyAt = (i: number) => {
    const m = ENTRY_KEY_LINE.exec(lines[i] ?? '');
    return m ? { at: m[0].length - m[0].replace(/^\s*(?:-\s+)?/, '').length, key: m[2]!, opens: /^\s*-\s/.test(m[0]) } : undefined;
  };
  const drop = new Set<RawReference>();
  for (const r of handles) {
    const row = r.line - 1;
    const own = ENTRY_ID_LINE.test(lines[row] ?? '') ? keyAt(row) : undefined;
    if (!own) continue;
    let start = row;
    for (let i = row - 1; !own.opens && i >= 0 && row - i <= 12; i--) {
      const k = keyAt(i);
      if (!k) continue;
      if (k.at !== own.at) break;
      start = i;
      if (k.opens) break;
    }
    let named = false;
    for (let i = start; i < lines.length && i - start <= 24; i++) {
      const k = keyAt(i);
      if (!k) continue;
      if (i > start && (k.at < own.at || (k.opens && k.at === own.at))) break;
      // (Or a name filled in from the environment, `name: ${LLM_MODEL_NAME}`: the model is the deployment's.)
      if (k.at === own.at && k.key === 'name' && (byLine.has(i + 1) || /:\s*["']?(?:\$\{|\{\{)/.test(lines[i]!))) named = true;
    }
    if (named) drop.add(r);
  }
  return drop.size ? references.filter((r) => !drop.has(r)) : references;
}

/** Whether the Go `const (` group opened on 1-based line `opened` names a constant for a model (up to its `)`). */
function goGroupNamesAModel(lines: string[], opened: number): boolean {
  for (let i = opened; i < lines.length && i < opened + 200; i++) {
    const line = lines[i]!;
    if (/^\s*\)/.test(line)) return false;
    const m = /^\s*([A-Za-z_]\w*)(?:\s+[A-Za-z_][\w.]*)?\s*=\s*["`]/.exec(line);
    // A name ending in `Model` (`ModelName`, `_MODEL`) holds the one model a setting picks; a catalogue's members are
    // named for their models (`TTSModel1`, `TTSModelCanary`). (Not isModelKey: it reads `engine` in `volcengine...`.)
    if (m && /[a-z]Model(?:Name|ID|Id)?$|^[A-Z_]*_MODEL(?:_NAME|_ID)?$/.test(m[1]!)) return true;
  }
  return false;
}
/** What stands before a Go constant's value in such a group: `Name = "`, `Name Type = "`. */
const GO_CONST_BEFORE = /^\s*[A-Za-z_]\w*(?:\s+[A-Za-z_][\w.]*)?\s*=\s*["`]$/;
/** The constant's name in GO_CONST_BEFORE. */
const GO_CONST_NAME = /^\s*([A-Za-z_]\w*)/;
/** An Enum member whose value follows on the next line: `NAME = (`. */
const ENUM_MEMBER_OPEN = /^\s*[A-Za-z_]\w*\s*=\s*\(\s*$/;

/**
 * Whether the quoted value at 1-based `column` of the line is an operand of `+` (not `++` or `+=`): the literal just
 * before or after a `+`, blanks between.
 */
function concatenatedAt(line: string, column: number, value: string): boolean {
  const open = column - 2;
  const quote = line.charCodeAt(open);
  if (quote !== 0x22 && quote !== 0x27) return false;
  if (line.charCodeAt(open + 1 + value.length) !== quote) return false;
  if (/(?<![+])\+[ \t]*$/.test(line.slice(Math.max(0, open - 20), open))) return true;
  // A whole `org/name` before the `+` is that model with a suffix picked at run time (`"openai/whisper-tiny" + ("" if
  // multilingual else ".en")`, faster-whisper's tokenizer fallback): the model is named. Not a path's or a name's start
  // (`"./saved_chatglm" + args.data`, `"decapoda-research/llama-" + size`).
  if (/^[A-Za-z0-9][\w.-]*\/[\w.-]*[A-Za-z0-9]$/.test(value)) return false;
  return /^[ \t]*\+(?![+=])/.test(line.slice(open + 2 + value.length, open + 22 + value.length));
}
/**
 * A list of words a text filter looks for, assigned on the line (`blacklist = [`, `stop_words = (`, `banned_words = {`):
 * words, not models. Not a list named for models (`MODEL_BLACKLIST`: the models a feature leaves out).
 */
const WORD_FILTER_LIST = /^[ \t]*(?:self\.)?(?:(?:black|block|deny|ban(?:ned)?)[-_]?(?:list|words?)|stop[-_]?words?)[ \t]*(?::[^=\n]+)?=[ \t]*[[({]/i;
/** An open call named for a git repository before the value: `GitRepo(`, `git_repo(`, `GitRepository(` (no `)` since). */
const GIT_REPO_CALL = /\bgit_?repo(?:sitory)?\s*\([^()]*$/i;
/**
 * A call named for a fixture just before its first argument (`fixture('OpenAI/chat-response')`, Pest's helper in
 * theodo-group/LLPhant's tests; `loadFixture("anthropic/messages")`, `read_fixture(`): the value names a fixture file.
 * (pytest's `@pytest.fixture(params=["gpt-4o", ...])` puts its values after a keyword, not first.)
 */
const FIXTURE_ARGUMENT = /\b\w*fixture\s*\(\s*["'`]$/i;
/**
 * An attribute of an HTML/JSX element that names the element, before its quoted value: `id`, `class`, `className`,
 * `for`/`htmlFor`, `aria-*`, and a `data-*` attribute not named for a model (`data-model="gpt-4o"` may hold one),
 * inside a tag opened on the same line (`<div id="step-1" class="step-container active">`, an MCP app's page).
 */
const MARKUP_ATTRIBUTE =
  /<[A-Za-z][\w.:-]*\s(?:[^<>"']|"[^"]*"|'[^']*')*?\s?(?:id|class|className|for|htmlFor|aria-[\w-]+|data-(?![\w-]*(?:model|llm))[\w-]+)\s*=\s*["']$/;
const markupAttribute = (before: string) => before.includes('<') && MARKUP_ATTRIBUTE.test(before);

/** An Ollama tag naming a size (`gemma3:1b`, `qwen3-coder:480b`, `deepseek-r1:1.5b-qwen-distill-q4_K_M`). */
const OLLAMA_SIZE_TAGGED = /^[a-z][a-z0-9.-]*:\d+(?:\.\d+)?[bm](?:-[\w.]+)?$/;
/** An Ollama client on a line, before a value (`ollama.WithModel(`, `ChatOllama(model=`, `"provider": "ollama", "model": `). */
const OLLAMA_ON_LINE = /ollama/i;
/** A value of lower-case letters only (`mistral`, `codellama`): no digit or hyphen makes it a name by its shape. */
const PLAIN_WORD = /^[a-z]{3,40}$/;
/** Rust: a string opened as clap's default value (`#[arg(long, default_value = "`). */
const CLAP_DEFAULT_BEFORE = /#\[(?:arg|clap)\([^\n]*\bdefault_value\s*=\s*"$/;
/** The field below an attribute (further attributes and doc comments between): its type. */
const FIELD_BELOW = /^\n(?:[ \t]*(?:#\[[^\n]*\]|\/\/[^\n]*)?\n)*?[ \t]*(?:pub(?:\([^)\n]*\))?\s+)?[a-z_]\w*\s*:\s*([A-Za-z_][\w:]*)/;
/** Types a model's name or path is held in. */
const TEXT_TYPE = /^(?:String|str|PathBuf|Path|Option|Vec|std::path::PathBuf|std::string::String)$/;
/** Whether the field below the line ending at `lineEnd` holds one of the program's own choices (an enum type, `which: Which`). */
function clapEnumField(text: string, lineEnd: number): boolean {
  const type = FIELD_BELOW.exec(text.slice(lineEnd, lineEnd + 600))?.[1];
  return !!type && !TEXT_TYPE.test(type);
}

/**
 * Keys of blocks whose entries are container images, Spaces, datasets, pip packages (a virtualenv's `"packages":
 * ["qwen-asr", ...]`), an inference backend (LocalAI's CI matrix and backend index: `backend: "faster-qwen3-tts"`, `backend:
 * "qwen-asr"`, the engines that run models, named like them), a parser's name (`"tool_parser": "deepseek-r1"`) or HTTP headers (`headers: { 'x-api-key':
 * this.config.apiKey }` in a `getDefaultModels()` body, `extra_headers`, `defaultHeaders`), never models; nor a site's
 * theme, a GitHub repository (Jekyll's `remote_theme: mlc-ai/jekyll-theme-mlc`); nor a setting named for data
 * (`data_path = "HuggingFaceH4/CodeAlpaca_20K"`, `"data_source": "openai/gsm8k"`, `train_data_files`: InternLM/xtuner's
 * configs and RL converters), a dataset whose organisation also publishes models; nor the categories or keywords an entry
 * is filed under (alibaba/MNN's model market: `"categories": ["other", "stable-diffusion"]` beside the entry's model),
 * nor what an entry can do (`capabilities: ["tools", "streaming", "prompt-cache"]` in a model or provider entry, cline/cline);
 * nor a Python module's `__all__`, the names it exports (`"BaiChuan2ChatTemplate"`, a class named after the model it serves);
 * nor MTEB's `hf_hub_name`, the dataset a benchmark task loads (mteb 1.x `AbsTask.description`: `'hf_hub_name':
 * 'maidalun1020/CrosslingualRetrievalBooksEn2Zh'` beside `'eval_splits'`, netease-youdao/BCEmbedding's c_mteb tasks);
 * nor LLaMA-Factory's dataset registry keys `hf_hub_url`, `ms_hub_url`, `om_hub_url` (data/dataset_info.json, copied by its
 * forks and its predecessor hiyouga/ChatGLM-Efficient-Tuning: `"belle_dialog": {"hf_hub_url": "BelleGroup/generated_chat_0.4M"}`,
 * the dataset repository `load_dataset` reads; https://github.com/hiyouga/LLaMA-Factory/blob/main/data/README.md).
 */
const NOT_MODEL_HOLDER =
  /^__all__$|^hf_hub_name$|^(?:hf|ms|om)_hub_url$|^(?:[\w-]*[-_.])?(?:docker|container)[-_]?images?$|^images?$|^(?:[\w-]*[-_.])?(?:spaces?|datasets?|parsers?|headers|themes?|backends?|categories|keywords|capabilities)$|^[a-z]\w*Headers$|^(?:pip[-_]?)?(?:packages|dependencies|requirements)$/;
/**
 * The tables of a TOML manifest that describe the package itself (PEP 621's `[project]`, Poetry's `[tool.poetry]`,
 * Cargo's `[package]`, and their sub-tables: `urls`, `authors`, `dependencies`): its name, keywords and description name
 * the package (QwenLM/Qwen2.5-VL's `qwen-vl-utils` with `keywords = ['qwen-vl', ...]`), never a model it uses.
 * https://packaging.python.org/en/latest/specifications/pyproject-toml/ , https://doc.rust-lang.org/cargo/reference/manifest.html
 */
const PACKAGE_TABLE = /^\s*\[\s*(?:project|package|workspace\.package|tool\.poetry)\s*[.\]]/;
/** True when line `at` (0-based) of a TOML text sits in a package-metadata table (PACKAGE_TABLE). */
function inPackageTable(lines: string[], at: number): boolean {
  for (let i = at; i >= 0; i--) {
    const l = lines[i]!;
    if (/^\[\[?\s*[\w.-]+\s*\]\]?\s*(?:#.*)?$/.test(l)) return PACKAGE_TABLE.test(l);
  }
  return false;
}
/** A setting or block named for GitHub repositories (`KNOWN_GITHUB_REPOS`, `github_repo`, `GH_REPOSITORIES`). */
const GIT_REPO_HOLDER = /(?:^|[-_.])(?:github|gh)[-_.]?repo(?:s|sitory|sitories)?$/i;

/**
 * A table named for datasets, `dataset` then words of a lookup: `dataset_name_to_id`, `DATASET_IDS`, `datasets_by_task`;
 * not a call or variable that only ends in it (`generate_dataset(model='openai:gpt-5.2', ...)`, pydantic-ai's evals).
 */
const DATASET_TABLE = /(?:^|[-_.])datasets?(?:[-_.](?:names?|ids?|repos?|paths?|to|map|mapping|table|by|list|hub))+(?:[-_.]\w+)?$/i;
/** A YAML list of examples or recipes (`examples:`, `example_configs:`): its entries' `name` is an example's folder. */
const EXAMPLES_HOLDER = /^(?:[\w-]*[-_.])?examples?(?:[-_]?(?:configs?|list))?$/i;
/** A Replicate model pinned to a version: `<owner>/<name>:<64-hex version id>` (https://replicate.com/docs/topics/models/versions). */
const REPLICATE_VERSION = /^[\w.-]+\/[\w.-]+:[0-9a-f]{64}$/;
/**
 * A list named for runs or folders (NOT_MODEL_HOLDER): `run_names=(` then `"mistral-7b+cot_temp0.2_input"`, `dirs=(` then
 * `"mistral-7b"` (CRUXEval's inference and evaluation scripts, copied into QwenLM/Qwen2.5-Coder): the folders a run writes
 * and reads its generations in, named after the model run, not a model. Not one named for weights (`model_dirs`, `ckpt_dirs`),
 * nor a value keyed inside an entry of such a list (`runs = [RunRow(model_name="minimax-m2", ...)]`, bytedance/deer-flow's
 * tests): only a bare entry on its own line.
 */
const RUN_OR_FOLDER_HOLDER = /^(?:[\w-]*[-_.])?(?:dirs|directories|folders|runs|run[-_]?names)$/i;
/** A list's entry standing alone on its line, commented out or not: `    # "mistral-7b"`, `  "run-1",`. */
const BARE_ENTRY_LINE = /^\s*(?:#\s*)?["'][^"'\n]+["']\s*,?\s*$/;
/** A holder's word for weights: `model_dirs`, `ckpt_folders`, `lora_runs`. */
const WEIGHTS_WORD = /model|ckpt|checkpoint|weight|lora|adapter/i;
/**
 * A setting named for data (NOT_MODEL_HOLDER): `data_path`, `DATA_FILES`, `train_data_dir`, `data_source`; or a collection of
 * a model's evaluation sets (`LLAMA_3_1_INSTRUCT_EVALS = ["meta-llama/Llama-3.1-8B-Instruct-evals", ...]`,
 * meta-llama/llama-recipes' meta_eval: the evals datasets of each model, named after the model they evaluate).
 */
const DATA_HOLDER = /^(?:[\w-]*[-_.])?data[-_]?(?:paths?|files?|dirs?|root|sources?)$|^[\w-]*[-_.]evals$/i;
/**
 * A key naming files inside a repo given beside it: DiffSynth-Studio's `ModelConfig(origin_file_pattern=...)`, the Hub's and
 * ModelScope's `snapshot_download(allow_patterns=..., ignore_patterns=...)` / `allow_file_pattern=`; or a folder inside one,
 * named for a subfolder (`from_pretrained(..., subfolder="text_encoder")`, `model_sub_dir = "gpu/gpu-int4-rtn-block-32"` then
 * `snapshot_download(repo_id="microsoft/Phi-4-mini-instruct-onnx", allow_patterns=f"{model_sub_dir}/*")`, guidance-ai/guidance's
 * ONNX Runtime tutorial): a path in the repo, though written `a/b` like a Hub id.
 */
const REPO_FILE_KEY = /^(?:origin_file_pattern|(?:allow|ignore)_(?:file_)?patterns?|(?:\w*_)?sub_?(?:dir|folder)s?)$/i;
/**
 * A setting or table named for chat templates (NOT_MODEL_HOLDER): `chat_template="qwen3.5-vl"`, `chat_template_name ==
 * "glm5.2"`, the keys of `CHAT_TEMPLATE_MAP = {"deepseek-v3": HybridChatTemplate(...)}` (InternLM/xtuner's v1 data
 * protocol, `self.chat_template_name == "qwen3.5-vl"`), or a chat format (llama-cpp-python's `chat_format == "qwen2.5-vl"`,
 * `LlamaCppChat(chat_format="llama")`): a template is named after the models it formats for, and is none of them.
 */
const TEMPLATE_HOLDER = /^(?:[\w.$-]*[-_.])?(?:templates?|(?:chat|prompt)[-_]?formats?)(?:[-_]?(?:names?|maps?|table|registry))?$/i;
/** Keys naming where a run writes (`output_dir: jamba-large-fsdp-qlora-ft`, `save_path`, `logging_dir`): a folder named after a model is an output. */
const OUTPUT_HOLDER = /^(?:[\w-]*[-_])?(?:output|save|export|log(?:ging)?|cache)[-_]?(?:dir|directory|path|folder)$/i;
/** Keys of blocks whose entries are providers (`PROVIDERS`, `valid_providers`, `llm_providers`, `GENERATED_PROVIDER_IDS`). */
const PROVIDER_HOLDER = /^(?:[\w-]*[-_.])?(?:providers|provider[-_]?(?:ids|names|keys))$/;
/** A key naming the provider an entry belongs to (`providerId`, `modelsProviderId`, `provider_id`, `llm_provider`), lower-cased. */
const PROVIDER_VALUE_KEY = /provider(?:[-_]?(?:id|name|key))?$/;
/** Hugging Face's inference-provider mapping keys: a text holding them names provider-side model ids under `providerId`. */
const HF_PROVIDER_MAPPING = /\bhf_?model_?id\b/i;
/** A line giving `value` under a provider key (`modelsProviderId: "kimi-for-coding",`). */
const providerValued = (line: string, value: string) => {
  const m = /^\s*["']?([\w-]*provider(?:[-_]?(?:id|name|key))?)["']?\s*:\s*["'`]([^"'`]+)["'`]/i.exec(line);
  return !!m && m[2] === value;
};
/**
 * A table or list named for inference backends (`BackendCapabilities`, `managedArtifactBackends`, `backend_list`): its
 * entries are the engines a server runs models with (LocalAI's `"qwen-tts": {...}`, `"transformers-musicgen": {}`),
 * named like the models they run, not models.
 */
const BACKEND_HOLDER = /(?:^|[-_.a-z])backends?(?:[-_.]?(?:list|names?|capabilities|map|set|table|registry))?$/i;
/** A holder named for providers or backends: its entries are named like models and are none. */
const namesNoModels = (holder: string) => PROVIDER_HOLDER.test(holder) || BACKEND_HOLDER.test(holder);
/** A block opened under such a name: a providers list (`PROVIDERS = [`), a backends or families table of any bracket. */
const opensNoModelBlock = (assigned: string, last: number) =>
  (last === 0x5b && PROVIDER_HOLDER.test(assigned.toLowerCase())) || BACKEND_HOLDER.test(assigned) || FAMILY_HOLDER.test(assigned);

let providerKeys: Set<string> | undefined;
/** A value under a key that is a provider's name (LiteLLM's prefixes: `openai`, `anthropic`, `groq`, `cohere`, ...). */
function providerKeyed(slot: string): boolean {
  const at = slot.indexOf('|k:');
  return at >= 0 && (providerKeys ??= new Set(litellmPrefixes())).has(slot.slice(at + 3));
}
/** The head of LangChain's type-tag property: `def _llm_type(self) -> str:`, `_llmType(): string {`. */
const LLM_TYPE_DEF = /\bdef\s+_llm_type\b|\b_llmType\s*\(\s*\)/;
const RETURN_LINE = /^\s*return\s+["'`]/;
/**
 * `datasets:`, `train_dataset:` alone on a YAML line ending in `:` (what `/^\s*[\w.-]*datasets?\s*:\s*$/i` says,
 * without the regex: tried on every key line of large manifests, it cost more than the rest of their line).
 */
function opensDatasetBlock(line: string, indent: number): boolean {
  const key = line.slice(indent, line.lastIndexOf(':')).trimEnd().toLowerCase();
  return (key.endsWith('dataset') || key.endsWith('datasets')) && /^[\w.-]*$/.test(key);
}
/** A GitHub Action step's `uses: owner/name[/path]@ref`. */
const ACTION_REF = /\buses:\s*["']?([\w.-]+\/[\w.-]+)(?:\/[\w./-]*)?@/g;

/**
 * Key text just before a value: `DEFAULT_LLM_MODEL: str = `, `"name": `, `model=`, `cfg["model"] = `, a fallback
 * `model: model || `, or down a chain of them (`model: data?.model ?? DEFAULTS.model ?? 'x'`), a comparison `model_name == ` (`if model_name == 'pro-128k':` tests a whole name), also of
 * the name with its case folded (`model_name.lower() == "jina-reranker-m0"`), a Go short variable declaration
 * (`model := "llama3"`, then `ollama.WithModel(model)`). A type annotation has commas inside its
 * brackets only (`Dict[str, str]`): `{ stream: true, model: "x" }` is two keys, the second naming the model.
 * An annotation starts after the spaces `\s*` takes: were they its own too, an aligned map (`"afl1.1":   "AFL-1.1"`,
 * a Go table of 5,000 such lines) costs the square of its padding at every value.
 */
const KEY_BEFORE =
  /([A-Za-z_$][\w.$-]{0,60})["']?\]?(?:\.(?:lower|upper|casefold|strip|toLowerCase|toUpperCase|trim)\(\))?\s*(?::\s*[\w.|][\w.| ]{0,39}(?:\[[\w[\]., |]{1,40}\])?)?\s*(?:[!=]==?|:=|[:=])\s*(?:[\w$]+(?:\??\.[\w$]+)*\s*(?:\|\||\?\?|\?:|\bor\b)\s*){0,3}[[(]?\s*["'`]?$/;
/**
 * A key written as the words of a settings form, first on its line (`VLM Model Name: doubao-1.5-ui-tars-250328` in a YAML
 * block of bytedance/UI-TARS-desktop's docs/setting.md, beside `VLM Base URL:` and `VLM API KEY:`): read as its snake_case
 * spelling (`VLM_Model_Name`), so a model key written so is one (KEY_BEFORE would take its last word, `Name`).
 */
const WORDS_KEY_BEFORE = /^\s*(?:-\s+)?([A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+){1,3})[ \t]*:[ \t]*["']?$/;
/**
 * A field whose annotation carries its default as metadata: `model_name: Annotated[str, "all-MiniLM-L6-v2"]` (a TypedDict
 * of a provider's settings, the types.py of each of crewAI's embedding providers): the field is the key.
 */
const ANNOTATED_BEFORE = /([A-Za-z_]\w{0,60})\s*:\s*Annotated\[\s*[\w.| ]{1,40},\s*["']$/;
/**
 * A field typed with the values it may take, `chat_template: Literal["qwen3-vl", "qwen3.5-vl"] = "qwen3-vl"` (InternLM/xtuner
 * qwen3_vl_tokenize_fn.py:1073), `model: Optional[Literal["gpt-4o", "o3"]] = "gpt-4o"`: the field is the key of each value
 * and of its default (not the last quoted value before `] =`).
 */
const LITERAL_BEFORE = /([A-Za-z_]\w{0,60})\s*:\s*(?:Optional\[\s*)?Literal\[(?:\s*["'][^"'\n]*["']\s*,)*\s*(?:["']|["'][^"'\n]*["']\s*\]\s*\]?\s*=\s*["'])$/;
/**
 * A later member of a TypeScript union of string literals, `export type ChatboxAIModel = 'chatboxai-3.5' | 'chatboxai-4' |
 * string` (chatboxai/chatbox src/shared/types.ts:119), `model?: 'gpt-4o' | 'o3'`: the alias or field the first member is
 * keyed by is the key of each (`'a' | 'b'` is no value in code, only a type). Read in a wider window than KEY_BEFORE's
 * (a union of dated ids outruns 80 characters), only when the value follows `| '`.
 */
const UNION_BEFORE = /([A-Za-z_$][\w$]{0,60})\??\s*[:=]\s*(?:\|\s*)?(?:(["'`])[^"'`\n]{0,120}\2\s*\|\s*)+["'`]$/;
const UNION_NEXT = /\|\s*["'`]$/;
/**
 * A TypeScript type alias whose members follow one a line, `export type DeepSeekChatModelId =` above `  | 'deepseek-chat'`
 * (vercel/ai packages/deepseek/src/chat/deepseek-chat-language-model-options.ts:4): the alias names the block.
 */
const UNION_OPENER = /^\s*(?:export\s+)?(?:declare\s+)?type\s+([A-Za-z_$][\w$]*)\s*=\s*$/;
/**
 * A value of a zod schema's enum or literal given to a field, `defaultModel: z.enum(['chatboxai-3.5', 'chatboxai-4'])`
 * (chatboxai/chatbox src/shared/types/settings.ts:156), `model: z.enum(["gpt-3.5-turbo", "gpt-4o-mini"])`: the field is
 * the key of each value the schema allows (https://zod.dev/api#enums).
 */
const SCHEMA_ENUM_BEFORE = /([A-Za-z_$][\w$]{0,60})\??\s*:\s*z\.(?:enum|literal)\(\s*\[?\s*(?:(["'`])[^"'`\n]{0,120}\2\s*,\s*)*["'`]$/;
/** Before a value, a name for a format or style it is compared with or given to (`tgt_format == "`, `bbox_style='`, `"format": "`). */
const FORMAT_NAME_BEFORE = /(?:^|[^\w$])[\w$.]*(?:format|style|fmt)["'\]]*\s*(?:[!=]==?|=|:)\s*["'`]$/i;
/** A key holding a credential (`api_key`, `apiKey`, `secret_key`, `access_token`, `password`): its value is no model. */
const CREDENTIAL_KEY = /(?:^|[_.-])(?:api_?key|secret(?:_?key)?|access_?key|access_?token|password|passwd)$|^(?:apikey|secret|token)$/i;
/**
 * Key words that name something beside a model (its provider, type, path, size...), not the model; or an authorization
 * system's models (OpenFGA's `authorization_model_id`, `_default_relation_models()`, `grantable_relation_models(...)`:
 * roles such as `owner` and `viewer`), as keyed-name's BESIDE_MODEL says. A metric too: transformers'
 * `metric_for_best_model="f1"` names the metric two checkpoints are compared by
 * (https://huggingface.co/docs/transformers/main_classes/trainer#transformers.TrainingArguments.metric_for_best_model;
 * `args_dict["metric_for_best_model"] = "f1"`, 666ghj/BettaFish's topic classifier).
 */
const NOT_MODEL_KEY =
  /provider|type|kind|class|format|famil|arch|dir|path|file|url|size|token|limit|version|save|output|export|push|hub_model_id|backend|engine|platform|server|relation|permission|authori[sz]ation|fga|metric/i;

/**
 * A call named for a model, its first argument: `.withModel("`, `.model("`, `setChatModel("`, `.modelName("`,
 * a catalogue's entry `ModelInfo('qwen-max', ...)`, `createModelConfig("qwen-plus"`, `model_info("gpt2")` (the
 * head noun test of isModelKey); not a constructor (`new TestModelInterceptor("modelInterceptor1")` names the
 * interceptor).
 */
const CALL_BEFORE = /(?<!\bnew\s+)(?<![\w$])([\w$]*model[\w$]*)\s*\(\s*["'`]$/i;
/**
 * A later argument of a model-named call, after quoted values or `None` only: ms-swift's `Model('<ModelScope id>',
 * '<Hub id>')`, `Model(None, 'jingyaogong/MiniMind2-Small')` (swift/model/models/*.py). Only an `org/name` value
 * counts there (the same model on another hub); a later name or label (`ModelInfo('qwen-max', 'Qwen Max')`) does not.
 */
const LATER_ARG_BEFORE = /(?<!\bnew\s+)(?<![\w$])([\w$]*model[\w$]*)\s*\(\s*(?:(?:"[^"\n]*"|'[^'\n]*'|None|null)\s*,\s*)+["'`]$/i;
/** The quoted `org/name` a value starts with (up to its closing quote). */
const ORG_VALUE_AT = /^[\w.-]+\/[\w.:-]+["'`]/;
/** The slot of a model-named call's first argument (CALL_BEFORE, or modelCallLeftOpen on the line above), told apart from a key by its `(`. */
const modelCall = (slot: string) => slot.endsWith('(') && modelKey(slot.slice(0, -1));
/** A call building a catalogue entry (`ModelInfo(`, `_create_model_info(`, `createModelConfig(`), not one using a model. */
const catalogueCall = (slot: string) => modelCall(slot) && !/model(?:s|names?|ids?)?\($/.test(slot);

/**
 * The triple-quoted string open after this line (`'''` / `"""`, empty when none), given the one open before it.
 * Quotes inside other strings are not told apart: a rare case, and it only decides which lines are block lines.
 */
function afterTriples(line: string, open: string): string {
  TRIPLE.lastIndex = 0;
  for (let m = TRIPLE.exec(line); m; m = TRIPLE.exec(line)) {
    if (!open) open = m[0];
    else if (m[0] === open) open = '';
  }
  return open;
}
const TRIPLE = /"""|'''/g;
/**
 * The fallback of a setting read by name: `conf().get("baidu_wenxin_model") or "eb-instant"`,
 * `cfg.get("llm_model", "x-1")`, `os.getenv("LLM_MODEL", "`, `process.env.CHAT_MODEL || "`, python-decouple's and
 * environs' `config("LOCAL_MODEL", default="qwen2.5:7b")` / `env.str("LLM_MODEL", "`: the name read is the key.
 */
const FALLBACK_BEFORE =
  /(?:\.get|getenv|\.getProperty|(?<![\w$.])config|(?<![\w$.])env(?:\.str)?)\(\s*["']([\w.-]{1,60})["']\s*(?:,\s*(?:default\s*=\s*)?|\)\s*(?:or|\|\||\?\?)\s*)["'`]$|process\.env\.(\w{1,60})\s*(?:\|\||\?\?)\s*["'`]$/;

/**
 * A template directive or binding before `="` (Vue `v-model` / `:model`, Alpine `x-model`, Livewire `wire:model`,
 * Svelte `bind:value`, AngularJS `ng-model`, Angular `[(ngModel)]`): its value is an expression, not a name.
 */
const DIRECTIVE_BEFORE = /(?:^|[\s<])(?:v-[\w:.-]+|[:@][\w.-]+|x-[\w:.-]+|wire:[\w.-]+|bind:[\w-]+|ng-[\w-]+|\[\(?[\w.-]+\)?\])=["']$/;

/** A `model=` keyword (or key) inside a call named for hardware: `Accelerator(model='`, `GPUInfo(name=..., model="`, `Device(model: "`. */
const HARDWARE_CALL_BEFORE = /\b\w*(?:Accelerator|Gpu|GPU|Device|Chip|Hardware|Processor)\w*\(\s*(?:[^()]*,\s*)?["']?model["']?\s*[=:]\s*["']$/;
/** A call opened on the line whose first argument is `id=` (`OpenAIResponses(id="`): the call's name. */
const ID_CALL_BEFORE = /([A-Za-z_][\w.]*)\(\s*id\s*=\s*["']$/;
/**
 * Where a value stands: `<indent>|k:<key>` after a key or in a model-named call, `<indent>|[` as a
 * list entry (first on its line, after `[` or a comma inside one, or a YAML `- `); undefined elsewhere
 * (an argument, an expression).
 */
function slotOf(line: string, at: number, indent: number, callAbove?: string, keyAbove?: string): string | undefined {
  const before = line.slice(Math.max(0, at - 80), Math.max(0, at));
  const keyed =
    // The whole line is the value of a model key the line above ends with (Prettier's wrap of a long value).
    (keyAbove && /^\s*["'`]$/.test(before) && VALUE_ENDS_LINE.test(line.slice(at)) ? keyAbove : undefined) ??
    LITERAL_BEFORE.exec(before)?.[1] ??
    (at <= 80 && before.includes(' ') ? WORDS_KEY_BEFORE.exec(before)?.[1]?.replace(/ /g, '_') : undefined) ??
    KEY_BEFORE.exec(before)?.[1] ??
    // A chain of fallbacks runs longer than the window (`paddleocr_vl_cloud_model: data?.paddleocr_vl_cloud_model ??
    // DEFAULT_PARSER_CONFIG.paddleocr_vl_cloud_model ?? 'PaddleOCR-VL-1.6'`): its key read in a wider one.
    (/\?\?|\|\|/.test(before) ? KEY_BEFORE.exec(line.slice(Math.max(0, at - 240), at))?.[1] : undefined) ??
    ANNOTATED_BEFORE.exec(before)?.[1] ??
    (UNION_NEXT.test(before) ? UNION_BEFORE.exec(line.slice(Math.max(0, at - 240), at))?.[1] : undefined) ??
    (before.includes('z.') ? SCHEMA_ENUM_BEFORE.exec(line.slice(Math.max(0, at - 240), at))?.[1] : undefined);
  // The first argument of a model-named call: on this line, or first on it after `ModelInfo(` ended the line above.
  const call = keyed
    ? undefined
    : (CALL_BEFORE.exec(before)?.[1] ??
      (callAbove && /^\s*["'`]$/.test(before) && (!callAbove.endsWith(',') || ORG_VALUE_AT.test(line.slice(at, at + 200)))
        ? callAbove.replace(/,$/, '')
        : undefined) ??
      (ORG_VALUE_AT.test(line.slice(at, at + 200)) ? LATER_ARG_BEFORE.exec(line.slice(Math.max(0, at - 240), at))?.[1] : undefined));
  if (call && isModelKey(call)) return `${indent}|k:${call.toLowerCase()}(`;
  const fallback = FALLBACK_BEFORE.exec(before);
  // `config("LOCAL_MODEL", default="qwen2.5:7b")`: the setting read, not the `default` keyword, is what the value is
  // for; or, when that setting is not named for a model, the key the read is given to (`"model": config("LOCAL_MODEL_EMBEDDINGS", ...`).
  const key = (keyed === 'default' && fallback ? settingRead(before, fallback) : undefined) ?? keyed ?? fallback?.[1] ?? fallback?.[2];
  // `v-model="form.ipv6"`, `[(ngModel)]="x"`: a template directive's value is an expression of the page, not a string.
  if (key && /=["']$/.test(before) && DIRECTIVE_BEFORE.test(before)) return undefined;
  // `Accelerator(model='A100', memory_size=80.0)`: the `model` of a call named for hardware is the hardware's product model
  // (bentoml/OpenLLM's accelerator_spec.py table of GPUs), no AI model.
  if (key === 'model' && HARDWARE_CALL_BEFORE.test(before)) return undefined;
  // `model=OpenAIResponses(id="gpt-5.5"),` under `Agent(` then `id="a2a-assistant",`: an `id=` given to a call opened on its
  // own line is that call's (the model's), not a sibling of the agent's, database's or app's `id=` standing alone in the
  // block around it: each call's `id=`s are a block of their own (agno-agi/agno's cookbook, thousands of agent ids). (The
  // call's name stands before the key, where no test of the key sees it: `UserModel(id = "user-1")` is no model-named key.)
  const owner = key === 'id' ? ID_CALL_BEFORE.exec(before)?.[1] : undefined;
  if (owner) return `${indent}|c:${owner.toLowerCase()}|k:id`;
  if (key) return `${indent}|k:${key.toLowerCase()}`;
  // `("Qwen3:latest (8B)", "qwen3:latest"),`: a tuple opening its line is an entry of the list it stands in (a
  // catalogue's `(label, id)` pairs), and so is each of its quoted values.
  if (line.charCodeAt(indent) === 0x28 && TUPLE_ENTRY.test(line.slice(0, at))) return `${indent}|[`;
  // A comma counts inside a bracket opened on this line or on a line of quoted entries (a list's
  // continuation); elsewhere it separates a call's arguments.
  // A `[` right after a name or a closing bracket is a subscript (`elem["ai-bom:modelName"]`), not a list.
  if (/(?:^\s*(?:[-|]\s+)?|(?<![\w$)\]])\[\s*|(?<![\w$)\]])\[[^\]]*,\s*|^\s*["'`][^()]*,\s*)["'`]?$/.test(before)) return `${indent}|[${listName(line, at)}`;
  // A long one-line list: its `[` lies before the window read above.
  const open = line.indexOf('[');
  return open >= 0 && open < at - 80 && /,\s*["'`]?$/.test(before) && !/[()]/.test(before) ? `${indent}|[${listName(line, at)}` : undefined;
}

/**
 * A key named for a model that ends its line with no value, `key:` or `key =` (a JavaScript/TypeScript property or
 * constant whose long value Prettier wraps onto the next line: `defaultProjectionModel:` then `'ggml-org/...gguf',`,
 * a-ghorbani/pocketpal-ai src/store/builtinPalModels.ts): the key, else undefined.
 */
function modelKeyLeftOpen(line: string): string | undefined {
  const last = lastCode(line);
  if (last !== 0x3a && last !== 0x3d) return undefined;
  const key = KEY_LEFT_OPEN.exec(line)?.[1];
  return key && isModelKey(key) ? key : undefined;
}
/** `key:`, `"key":`, `const KEY =`, `this.key =` at the end of a line (not `==`, `=>`, `<=`, `+=`). */
const KEY_LEFT_OPEN = /(?:^|[\s{,(.])["']?([A-Za-z_$][\w$-]*)["']?\s*(?::|(?<![=!<>+\-*/%&|^?])=)\s*$/;
/** After a value's opening quote: the value, its closing quote and at most a `,` `;` or `)` ending the line. */
const VALUE_ENDS_LINE = /^[^"'`]*["'`]\s*[,;)]?\s*$/;

/** A tuple opening the line, then a list opened after one of its fields (`("openai/o3", [`). */
const TUPLE_FIELD = /^\s*\([^()[\]]*,\s*\[/;
/** The block such a list is. */
const TUPLE_FIELD_BLOCK = '(field';
/**
 * The model-named setting a fallback is the default of, else the model key the read is given to (`"model":
 * config("X", default="`); neither: undefined (the `default` keyword stays the key, read with its block's).
 */
function settingRead(before: string, fallback: RegExpExecArray): string | undefined {
  const setting = fallback[1] ?? fallback[2];
  if (setting && isModelKey(setting)) return setting;
  const given = KEY_BEFORE.exec(before.slice(0, fallback.index).replace(/[\w$.]+$/, ''))?.[1];
  return given && isModelKey(given) ? given : undefined;
}

/** A line opening with a tuple, up to one of its quoted values (only quoted values before it, whatever they hold). */
const TUPLE_ENTRY = /^\s*\(\s*(?:(?:"[^"\n]*"|'[^'\n]*')\s*,\s*)*["']$/;

/**
 * The name a one-line list is assigned to (`AVAIL_THEMES = ["Default", ...]` -> `avail_themes`): each
 * such list is a block of its own, not one with the lists on the lines around it. Empty for an entry
 * of a list opened on an earlier line.
 */
function listName(line: string, at: number): string {
  const head = line.slice(0, at);
  const m = /([A-Za-z_$][\w$]*)["']?\s*(?::[^=\n]{0,40})?[:=]\s*[[({]/.exec(head);
  if (m) return m[1]!.toLowerCase();
  // `register_models(["a", "b"])`, `if model in ("a", "b")`: a list given to a call or tested against, named by it.
  const given = CALL_LIST.exec(head) ?? MEMBER_LIST.exec(head);
  if (given) return isModelCall(given[1]!) ? `${BY_USE}${given[1]!.toLowerCase()}` : '';
  // `("openai/o3", ["stop1", "stop2"], False)`: a list inside a tuple opening the line is one field of that row (a
  // test's stop sequences), a block of its own, not more entries beside the row's model.
  return TUPLE_FIELD.test(head) ? TUPLE_FIELD_BLOCK : '';
}

/**
 * A call whose name ends in `template` or `parser` (`get_conv_template(`, `register_template(`,
 * `@register_tool_parser(`): it takes a template's or a parser's name.
 */
const TEMPLATE_CALL_OPEN = /(?:^|[^\w$])[\w$.]*(?:template(?:config)?|parser)\(/i;
/**
 * Such a call given a quoted value: `get_conv_template("claude-3-haiku-20240307")`, `@register_tool_parser("deepseek-v3")`;
 * or a table of templates or parsers subscripted by one (`CHAT_TEMPLATES["gpt-oss"] = (...)`, `OLLAMA_TEMPLATES["mistral-small"]`).
 */
const TEMPLATE_CALL_BEFORE = /(?:^|[^\w$])[\w$.]*(?:template(?:config)?|parser)(?:\(|s?\[)\s*["'`]$/i;
/** A table of templates or parsers subscripted: `CHAT_TEMPLATES[`, `OLLAMA_TEMPLATES[`, `tool_parsers[`. */
const TEMPLATE_TABLE = /(?:template|parser)s?\[/i;
/** What a line (or a text) holds where a template's or parser's name may stand: a call's opening or a table's subscript. */
const holdsTemplateWords = (text: string) =>
  text.includes('emplate(') || text.includes('arser(') || text.includes('emplateConfig(') || TEMPLATE_TABLE.test(text);
/** The name a LoRA adapter is given (vLLM's `LoRARequest(lora_name, lora_int_id, lora_path)`) before a quoted value. */
const LORA_NAME_BEFORE = /(?:(?:^|[^\w$])[\w$.]*LoRARequest\(\s*|\blora_name\s*[:=]\s*)["'`]$/;
/** A text that may call a registry by that name (`ModelRegistry`, `MODEL_REGISTRY`, `registry.register_model`). */
const REGISTRY_WORD = /registry/i;
/**
 * A decorator that calls a registry (`@ModelRegistry("qwen2", condition=...)`, `@registry.register_model('blip_vqa')`,
 * `@MODEL_REGISTRY.register("llava")`): its quoted arguments are the keys the class or function below is registered
 * under (an architecture's `model_type`, a processor's name), not models. A `register_*` call with no registry in its
 * name (Xinference's `@register_batching_multimodal_models("glm-4v")`) is not one: it may name the models it serves.
 */
const REGISTRY_DECORATOR = /^\s*@[\w.]*registry[\w.]*\(/i;
/**
 * Names imported from a module named for a registry (`from lm_eval.api.registry import register_model`, `from .registry
 * import register`): called as decorators (`@register_model("hf-mistral3")` over an LM class, EleutherAI/lm-evaluation-harness
 * lm_eval/models/mistral3.py), they register the class under a key, as REGISTRY_DECORATOR's do. One pass over the text.
 */
export function decoratorsFromRegistry(text: string): ReadonlySet<string> | undefined {
  let names: Set<string> | undefined;
  for (const m of text.matchAll(FROM_REGISTRY_IMPORT))
    for (const part of m[1]!.replace(/[()\\]/g, ' ').split(',')) {
      const name = /^\s*\w+(?:\s+as\s+(\w+))?\s*$/.exec(part) ? part.trim().split(/\s+/).at(-1)! : undefined;
      if (name) (names ??= new Set()).add(name);
    }
  return names;
}
/**
 * decoratorsFromRegistry where a text writes `registry` (any case), else undefined: each match of FROM_REGISTRY_IMPORT,
 * case-blind as REGISTRY_WORD is, holds the word. (The pattern, anchored `^` under `m`, is tried at every position.)
 */
export const registryImportsIn = (text: string) => (REGISTRY_WORD.test(text) ? decoratorsFromRegistry(text) : undefined);
/** `from <...registry...> import a, b as c` (one line, or a parenthesised list over lines). */
const FROM_REGISTRY_IMPORT = /^[ \t]*from[ \t]+[\w.]*registry[\w.]*[ \t]+import[ \t]+(\([^)]*\)|[^\n#]+)/gim;
/**
 * A line opening a decorator call by one of the names `imported` gives (`@register_model(`), or null. The names are asked
 * only for a line that opens a decorator call: most texts have none, and their search runs over the whole text.
 */
function importedDecoratorCall(line: string, imported: () => ReadonlySet<string> | undefined): RegExpExecArray | null {
  const m = line.includes('@') ? DECORATOR_CALL.exec(line) : null;
  return m && imported()?.has(m[1]!) ? m : null;
}
const DECORATOR_CALL = /^\s*@(\w+)\(/;
const noImports = () => undefined;
/** A quoted value at `at` stands inside a `register_module(...)` call opened earlier on its line, or a registry decorator's call. */
function inRegistryCall(line: string, at: number, imported: () => ReadonlySet<string> | undefined = noImports): boolean {
  const decorator = REGISTRY_DECORATOR.exec(line) ?? importedDecoratorCall(line, imported);
  if (decorator && at >= decorator[0].length) return true;
  const call = line.lastIndexOf('register_module(', at);
  return call >= 0 && !line.slice(call, at).includes(')');
}
/**
 * A line about installing or importing a package: its quoted names are packages (`pip install 'qwen-asr[vllm]'`, `'qwen-tts'
 * is installed`), and so are the names a package-named call is given (`_package_version("qwen-asr")`,
 * `is_package_available("x")`: modelscope/FunASR funasr/models/qwen3_asr/model.py:22, :45) and the items of a
 * `requires=[...]`/`install_requires=[...]` list (`requires=['qwen-asr', 'transformers==4.57.6']`: modelscope/ms-swift
 * swift/model/models/qwen.py:1936, the pip packages a model needs).
 */
const PACKAGE_TALK =
  /\bpip3?\s+install\b|\bis\s+installed\b|\binstalled\s+["'`]|\bimport\s+module\b|\b\w*package\w*\s*\(\s*["']|\b(?:install_)?requires\s*[=:]\s*\[/i;
/** A list literal opened as a call's first argument: `register_models([`. */
const CALL_LIST = /([A-Za-z_$][\w$]*)\(\s*\[/;
/** A whole name tested for membership: `model_name in [`, `model not in (` (`"gpt" in model` is isPrefixTest's). */
const MEMBER_LIST = /([A-Za-z_$][\w$]*)(?:\(\))?\s+(?:not\s+)?in\s+[[({]/;
/** The same two, the list left open at the end of the line (its entries follow on the next lines). */
const CALL_LIST_END = new RegExp(`${CALL_LIST.source}\\s*$`);
const MEMBER_LIST_END = new RegExp(`${MEMBER_LIST.source}\\s*$`);
/**
 * A call named for models (`register_model_info`, `add_models`), not a model called on its input (`model([...])`)
 * nor one given tags or settings (`model.add_model_tags(["llama-factory"])`).
 */
const isModelCall = (name: string) => isModelKey(name) && !/^_*models?$/i.test(name) && !/(?:tags?|configs?)$/i.test(name);
/** Marks the name of a list given to a call or tested against a value (listName), beside one assigned to a variable. */
const BY_USE = '~';
/** Entries this short (`o2`) in such a list count only when a table knows them. */
const SHORT = 3;
/** The model-named call a line ending in `(` leaves open (`register_model_info(`), or in `,` after its quoted arguments, if any. */
function modelCallLeftOpen(line: string): string | undefined {
  const last = lastCode(line);
  if (last !== 0x28 && last !== 0x2c) return undefined; // ( or ,
  // Only the line's end: the regex tried from every start of a long run of word characters is quadratic (a 300 KB line).
  const tail = line.length > 256 ? line.slice(-256) : line;
  if (last === 0x28) {
    const m = /([A-Za-z_$][\w$]*)\(\s*$/.exec(tail);
    return m && isModelCall(m[1]!) ? m[1]! : undefined;
  }
  // `Model('LLM-Research/Meta-Llama-3.1-8B-Instruct-BNB-NF4',` then its Hub id on the next line: the call's next
  // argument, marked by a trailing `,` (LATER_ARG_BEFORE's rule: only an `org/name` counts there). Every match holds a
  // `(`: a data file's entry lines (`"key": "value",`) hold none, and the regex, tried from each of their characters, was
  // a few percent of model-names on JSON catalogues.
  if (!tail.includes('(')) return undefined;
  const m = LATER_ARG_OPEN.exec(tail);
  return m && isModelKey(m[1]!) ? `${m[1]!},` : undefined;
}
/**
 * A Python call a line leaves open at its end (`llama_3_8b = Model(`, `    ModelInfo(`), any callee, with the line's
 * indentation; not a signature (`def f(`), nor a control statement. The last character is tested first: most lines end
 * elsewhere, and the regex reads only the line's end.
 */
function callLeftOpen(line: string): { callee: string; indent: number } | undefined {
  if (lastCode(line) !== 0x28) return undefined; // (
  const m = /(?:^|[=\s(,])([A-Za-z_][\w.]*)\(\s*$/.exec(line.length > 256 ? line.slice(-256) : line);
  if (!m || PY_DEF.test(line) || /^\s*(?:if|elif|while|for|with|return|assert)\b/.test(line)) return undefined;
  // The callee's head noun, its last CamelCase word (`Model` of `ImageModel`, `VisionModel`, `AudioModel`): one registry
  // builds its entries with a class a kind (g4f/models.py's `Model(`, `VisionModel(`, `ImageModel(` calls, one block).
  const callee = m[1]!.slice(m[1]!.lastIndexOf('.') + 1);
  return { callee: (/[A-Z][a-z0-9]+$/.exec(callee)?.[0] ?? callee).toLowerCase(), indent: leadingSpace(line) };
}
/** A Python function's signature line (https://docs.python.org/3/reference/compound_stmts.html#function-definitions). */
const PY_DEF = /^\s*(?:async\s+)?def\s/;
/** A parameter's annotation up to its opening quote (`, model: '`), where a quoted type is a forward reference (PEP 484). */
const PARAMETER_ANNOTATION = /(?:^|[(,])\s*[A-Za-z_]\w*\s*:\s*["']$/;
/** Opening minus closing parentheses on a line. */
function parenBalance(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x28) n++;
    else if (c === 0x29) n--;
  }
  return n;
}
/** A model-named call left open after quoted arguments or `None` (LATER_ARG_BEFORE, the line's end). */
const LATER_ARG_OPEN = /(?<![\w$])([A-Za-z_$][\w$]*)\(\s*(?:(?:"[^"\n]*"|'[^'\n]*'|None|null)\s*,\s*)+$/;

/**
 * A list of names given to a model-named call or tested against a model-named value: `opens` when the
 * list's entries follow on the next lines (`register_model_info(` then `[`, `add_models([`,
 * `if model_name in [`), `call` when they stand on this line after a call left open above. `c`: the
 * line's last character (lastCode).
 */
function listArgumentOf(line: string, pendingCall: string | undefined, c: number): { opens?: string; call?: string } {
  if (pendingCall && /^\s*[[(]/.test(line)) return /^\s*[[(]\s*$/.test(line) ? { opens: pendingCall } : { call: pendingCall.toLowerCase() };
  if (c !== 0x5b && c !== 0x28 && c !== 0x7b) return {};
  // The regexes' own literals first (`(` before the bracket, the word `in`): most lines ending in a bracket hold neither.
  const m = (line.includes('(') ? CALL_LIST_END.exec(line) : null) ?? (line.includes('in') ? MEMBER_LIST_END.exec(line) : null);
  return m && isModelCall(m[1]!) ? { opens: m[1]! } : {};
}

function modelKey(slot: string): boolean {
  return slot.includes('|k:') && isModelKey(slot.slice(slot.indexOf('|k:') + 3).replace(/\($/, ''));
}

/**
 * A key names models when `model` is its head noun (`model`, `DEFAULT_LLM_MODEL`, `modelName`, `models_list`):
 * `model_number`, `model_type`, `model_config`, `max_model_len`, `languageModelTools` hold something else. Of an
 * attribute path, its last name.
 */
const isModelKey = (path: string) => {
  // `model_family.model_name`, `self._model_spec.model_name`: the attribute at the end holds the value.
  const key = path.slice(path.lastIndexOf('.') + 1);
  // `llm_name`, `llm_id`, `llmName`, `default_llm_id`: an LLM's name is a model's (RAGFlow's catalogue, agent DSL).
  if (LLM_NAME_KEY.test(key)) return true;
  // `modelConversion` holds models: its `version` is a part of `conversion`, not a version.
  if (!/model/i.test(key) || NOT_MODEL_KEY.test(key.replace(/conversion/gi, ''))) return false;
  return MODEL_KEY_TAIL.test(modelKeyTail(key));
};
/** What follows the last `model` of a key, lower case, separators removed (`DEFAULT_LLM_MODEL_NAME` -> `name`). */
const modelKeyTail = (key: string) => {
  const lower = key.toLowerCase();
  return lower.slice(lower.lastIndexOf('model') + 5).replace(/[^a-z0-9]/g, '');
};
/**
 * A key naming an LLM by its name or id, snake or camel case, as slots hold it (lower case): `llm_name`, `llm_id`,
 * `llmName`, `default_llm_id`, `defaultLlmId`; not `llm_factory`, `llm_type`. A fine-tuning tool's `llm_backbone` too:
 * the pretrained model an experiment starts from, loaded by `from_pretrained(cfg.llm_backbone)` (h2oai/h2o-llmstudio's
 * python_configs `llm_backbone: str = "h2oai/h2o-danube3-500m-base"`, its tests' `cfg.llm_backbone = "..."`); not a
 * backbone's other settings (`llm_backbone_dtype`).
 */
const LLM_NAME_KEY = /(?:^|[_-]|default|current|selected|chat|main|fallback|base)llm_?(?:names?|ids?|backbone)$/i;
/** A model key naming a collection of models (`modelMap`, `MODEL_IDS`, `modelConversion`), not one model (`model`, `model1`, `action_model`). */
const isModelCollectionKey = (key: string) => {
  if (!/model/i.test(key) || !isModelKey(key)) return false; // an `llm_id` key names one model
  return /^(?:s|ids|names|list|map|mapping|conversions?|aliases|dict|table|catalog|catalogue|registry)/.test(modelKeyTail(key));
};
/** What may follow `model` in such a key (separators removed): a plural, `name`, `id`, a list or a default. */
const MODEL_KEY_TAIL =
  /^s?(?:names?|ids?|list|choices|options|available|supported|default|ref|repo|tags?|identifier|map|mapping|conversions?|aliases|dict|table|info|catalog|catalogue|registry|config|configs|\d+)*$/;
/**
 * A key, variable or getter, then a list/tuple/object literal left open at the end of the line; Go's typed literals too
 * (`ModelList = []string{`, `map[string]float64{`), PHP's and Ruby's `'models' => [`.
 */
const LIST_OPENER =
  /([A-Za-z_$][\w$]*)(?:\(\))?["']?\s*(?::\s*[^=\n]{0,40}?)?\s*[:=]\s*(?:(?:\[\]|map\[[\w.*]+\])?(?:struct\{\}|[\w.<>*]+)\s*)?[[({]\s*\[?\s*$/;
/**
 * LIST_OPENER in JavaScript/TypeScript, where `=>` is an arrow, not a key's: an arrow function's body
 * (`compatibleModels.map(projModel => {`, `(model: Model) => {`) is no literal, its parameter no key.
 */
const JS_LIST_OPENER =
  /([A-Za-z_$][\w$]*)(?:\(\))?["']?\s*(?::\s*[^=\n]{0,40}?)?\s*(?::|=(?!>))\s*(?:(?:\[\]|map\[[\w.*]+\])?(?:struct\{\}|[\w.<>*]+)\s*)?[[({]\s*\[?\s*$/;
/**
 * LIST_OPENER's own conditions, tested first: the line ends in an open bracket and holds a `:` or `=`.
 * The regex, unanchored, is tried at every position of every line (84% of this extractor's time on a
 * 200 KB Go table), and most lines end elsewhere; Go and JS blocks (`func f() {`) have no `:` or `=`.
 */
function mayOpenList(line: string): boolean {
  const c = lastCode(line);
  return (c === 0x5b || c === 0x28 || c === 0x7b) && (line.includes(':') || line.includes('=')); // [ ( {, after `:` or `=`
}
/** `models:` alone on its line (no value, no list marker). */
const YAML_BLOCK_KEY = /^\s*["']?([A-Za-z_][\w.-]*)["']?\s*:\s*$/;

/**
 * A YAML key on line `lineNo` (1-based) whose value is a list indented below it (`models:` then `  - name: x`): the key.
 * The next line with text (comments aside) decides; a mapping below (`models:` then `  llm: x`) opens no list.
 */
/**
 * A Python list's first entry pairs a name with a class named for what loads a model (`("bge-m3",
 * EmbedderConfig(BGEM3FlagModel, PoolingMethod.CLS))`, `("bge-reranker-v2-m3", RerankerConfig(FlagReranker))`; FlagEmbedding's
 * inference/embedder/model_mapping.py): its lines after the opener, comments left out, read as one.
 */
const NAME_THEN_MODEL_CLASS = /^\s*\(\s*(["'])[^"'\n]+\1\s*,\s*(?:\w+\(\s*)?[A-Z]\w*(?:Model|Embedder|Reranker|Encoder)\b/;
function pairsNamesWithModelClasses(lines: string[], lineNo: number): boolean {
  const entry: string[] = [];
  for (let i = lineNo; i < lines.length && i < lineNo + 8 && entry.length < 4; i++) {
    const next = lines[i]!.trim();
    if (next && !next.startsWith('#')) entry.push(next);
  }
  return NAME_THEN_MODEL_CLASS.test(entry.join(' '));
}

function yamlListKey(line: string, indent: number, allLines: () => string[], lineNo: number): string | undefined {
  const key = YAML_BLOCK_KEY.exec(line)?.[1];
  // A collection's key (`models:`, `model_list:`), not one model's (`model:` above a CI matrix's values).
  if (!key || !isModelCollectionKey(key)) return undefined;
  const lines = allLines(); // split only for such a key
  for (let i = lineNo; i < lines.length && i < lineNo + 20; i++) {
    const next = lines[i]!;
    const lead = leadingSpace(next);
    if (lead === next.length || next.charAt(lead) === '#') continue;
    return lead > indent && next.charAt(lead) === '-' && /\s/.test(next.charAt(lead + 1)) ? key : undefined;
  }
  return undefined;
}

/** The code of the line's last character before trailing `\s` (what `\s*$` skips; NaN for a blank line), without trimEnd's copy. */
function lastCode(line: string): number {
  let i = line.length - 1;
  while (i >= 0 && isSpaceAt(line, i)) i--;
  return i < 0 ? NaN : line.charCodeAt(i);
}
/** `[...text.matchAll(re)]` for a global regex, without the copy of the regex matchAll makes on each call. */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m);
  return found;
}
/** `NAME = [` with entries after it on the line. */
const CONTINUED_OPENER = /^\s*(?:(?:const|let|var|val)\s+)?([A-Za-z_$][\w$]*)\s*(?::[^=\n]{0,40})?\s*=\s*[[({]/;
/** More brackets opened than closed on the line, strings left out. */
function unclosed(line: string): boolean {
  const code = line.replace(/"[^"\n]*"|'[^'\n]*'|`[^`\n]*`/g, '');
  return (code.match(/[[({]/g)?.length ?? 0) > (code.match(/[\])}]/g)?.length ?? 0);
}
/** What a line must hold for a value on it to be a prefix test (isPrefixTest), tested once per line. */
const PREFIX_TEST_WORDS = /with\(|includes\(|contains\(|(?:has|trim|remove)(?:prefix|suffix)\(|\sin\s/i;
/** Keys of an entry in a model list that hold its name. */
const ENTRY_KEY = /\|k:(?:name|id|model|model_?id|model_?name|value)$/;

/** Words before `(` that open no call: statements, operators and a membership test's tuple (`if model in (`). */
const NOT_CALLEE = /^(?:if|elif|for|foreach|while|switch|catch|return|in|and|or|not|case|when|with|await|yield|typeof|sizeof|lambda|assert|print)$/;
/** A model-named field or variable assigned a call on its line (`model: str = Param(`, `embedding_model = Field(`). */
const MODEL_FIELD_CALL = /\b\w*model(?:_name|_id)?\s*(?::\s*[\w.[\]| ]+)?=\s*[\w.]+\s*$/i;
/** After a quoted value: the next argument, a quoted path (`, "./pretrained_models/x"`, `, '/data/x'`, `, "models/x"`). */
const KIND_BEFORE_PATH = /^["']\s*,\s*(["'])(?:\.{0,2}\/|~\/|[\w.-]+\/)[^"'\n]*\1/;
/**
 * Loaders whose first argument is the model they load, written on the next line too (`T5ForConditionalGeneration.from_pretrained(`
 * then `"ChatYuan-large-v2", local_files_only=True)`, wenda-LLM/wenda's llms/YuanAPI.py): not a call of other parameters.
 */
const LOADER_CALLEE = /^(?:from_pretrained|from_single_file|snapshot_download|hf_hub_download|pipeline|load_model|SentenceTransformer|CrossEncoder)$/;

/**
 * Per line (0-based), 1 when the line starts inside the parentheses of a call (`name(` with its arguments on the lines
 * after), the innermost open bracket being that `(`; 0 elsewhere (a list's `[`, a block's `{`, a tuple's bare `(`, a
 * call named for models). Strings, and `//`, `/* *\/` and `#` comments, are skipped; one pass over the text.
 */
function callArgumentLines(text: string): Uint8Array {
  // (By char code, without a copy of the text's lines: one pass, as fast as the text can be walked. The same answers as
  // the pass by characters and regexes it replaces: checked on every text of the real corpus and the extra corpus' dozen
  // largest repositories.)
  let lineCount = 1;
  for (let n = text.indexOf('\n'); n >= 0; n = text.indexOf('\n', n + 1)) lineCount++;
  const out = new Uint8Array(lineCount);
  // The open brackets, innermost last: a `(`'s offset until a line break asks whether it is a call's (CALL or NOT_CALL
  // then, its answer: the callee test reads the text around the `(` alone, so asking it late gives the same answer), and
  // NOT_CALL for `[` and `{`. Most `(` close on their line, never asked (the test's slice and patterns were most of
  // this pass's time).
  const stack: number[] = [];
  const startsInCall = (): 0 | 1 => {
    if (!stack.length) return 0;
    let top = stack[stack.length - 1]!;
    if (top >= 0) stack[stack.length - 1] = top = isCallOpening(text, top) ? CALL : NOT_CALL;
    return top === CALL ? 1 : 0;
  };
  let line = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      out[++line] = startsInCall();
      continue;
    }
    if (c === 0x22 || c === 0x27 || c === 0x60) {
      // A triple-quoted string (Python) or a template literal runs over lines; others end at their line.
      const triple = text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
      const closeLength = triple ? 3 : 1;
      let j = i + closeLength;
      for (; j < length; j++) {
        const d = text.charCodeAt(j);
        if (d === 0x5c) j++;
        else if (d === c && (!triple || (text.charCodeAt(j + 1) === c && text.charCodeAt(j + 2) === c))) break;
        else if (d === 0x0a) {
          if (!triple && c !== 0x60) break;
          out[++line] = startsInCall();
        }
      }
      i = triple || text.charCodeAt(j) !== 0x0a ? j + closeLength - 1 : j - 1;
      continue;
    }
    if ((c === 0x2f && text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i - 1) !== 0x3a) || (c === 0x23 && (i === 0 || isSpaceAt(text, i - 1)))) {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? length : end) - 1;
      continue;
    }
    if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2);
      for (let k = text.indexOf('\n', i), stop = end < 0 ? length : end; k >= 0 && k < stop; k = text.indexOf('\n', k + 1)) out[++line] = startsInCall();
      i = end < 0 ? length : end + 1;
      continue;
    }
    if (c === 0x28) stack.push(i);
    else if (c === 0x5b || c === 0x7b) stack.push(NOT_CALL);
    else if ((c === 0x29 || c === 0x5d || c === 0x7d) && stack.length) stack.pop();
  }
  return out;
}

/** callArgumentLines' marks of an open bracket once asked: a call's `(`, or anything else. */
const CALL = -2;
const NOT_CALL = -1;
/** Whether the `(` at `i` opens a call whose arguments are read as such (callArgumentLines). */
function isCallOpening(text: string, i: number): boolean {
  // The callee: `([A-Za-z_$][\w$]*)\s*$` in the 80 characters before, walked back from the `(`.
  const from = Math.max(0, i - 80);
  let e = i;
  while (e > from && isSpaceAt(text, e - 1)) e--;
  let s = e;
  while (s > from && isIdentifierCode(text.charCodeAt(s - 1))) s--;
  while (s < e && isDigitCode(text.charCodeAt(s))) s++;
  const callee = s < e ? text.slice(s, e) : undefined;
  // (A model field's default given by a call, `model: str = Param(` then `"prebuilt-layout",` (Cinnamon/kotaemon's
  // loaders), `model = Field(`: its first argument is the field's model, not a parameter of its own.)
  return (
    !!callee &&
    !NOT_CALLEE.test(callee) &&
    !isModelCall(callee) &&
    !LOADER_CALLEE.test(callee) &&
    !MODEL_FIELD_CALL.test(text.slice(lineStartAfter(text, from, i), i))
  );
}

/** Where the last line in [from, to) starts: after its last `\n`, else `from` (never searched before `from`: long lines). */
function lineStartAfter(text: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (text.charCodeAt(k) === 0x0a) return k + 1;
  return from;
}
/** `[\w$]` by char code. */
const isIdentifierCode = (c: number) => isWordCode(c) || c === 0x24;
const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

/** Open blocks of same-slot values; one holding a known model accepts its other entries when it closes. */
class Runs {
  private open = new Map<string, { indent: number; last: number; known: number; held: Candidate[] }>();
  constructor(private readonly accept: (c: Candidate) => void) {}
  private get(slot: string, line: number) {
    let run = this.open.get(slot);
    // Entries more than 30 lines apart are not one block.
    if (run && line - run.last > 30) {
      this.flush(slot);
      run = undefined;
    }
    if (!run) {
      if (this.open.size >= 64) this.close(-1, line); // bound the work per line
      run = { indent: Number(slot.slice(0, slot.indexOf('|'))), last: line, known: 0, held: [] };
      this.open.set(slot, run);
    }
    run.last = line;
    return run;
  }
  known(slot: string, line: number) {
    this.get(slot, line).known++;
  }
  add(c: Candidate) {
    const run = this.get(c.slot, c.line);
    if (run.held.length < 2000) run.held.push(c);
  }
  /** How many blocks are open (none: close has nothing to do). */
  get size() {
    return this.open.size;
  }
  /** Closes blocks deeper than `indent`, or idle too long. */
  close(indent: number, line: number) {
    for (const [slot, run] of this.open) if (run.indent > indent || line - run.last > 30) this.flush(slot);
  }
  private flush(slot: string) {
    const run = this.open.get(slot)!;
    this.open.delete(slot);
    // Known models are a good share of the block (a third or more): a catalogue, not a list of other things.
    if (run.known && run.known * 2 >= run.held.length) for (const c of run.held) this.accept(c);
  }
}

/**
 * The key a value on this line is nested under: the line's own key when the value sits in a bracket
 * opened after it (`ports=[Port(name="h2c")]`), else the enclosing key of the lines above.
 */
function enclosingKey(line: string, column: number, parent: string | undefined): string | undefined {
  const own = lineKey(line);
  const before = line.slice(0, column - 1);
  return own && bracketBalance(before.slice(before.indexOf(own) + own.length)) > 0 ? own.toLowerCase() : parent;
}

/**
 * A plural key other than a models key (`adapters`, `ports`, `inputs`): a collection of other things; or
 * a key naming what stands beside the model (`provider: { id: "ai302" }` in a model entry): that thing's.
 */
const inOtherCollection = (key: string | undefined) => !!key && ((/[a-z]s$/i.test(key) && !isModelKey(key)) || NOT_MODEL_KEY.test(key));

/** Net brackets opened in a piece of a line, quoted text left out. */
function bracketBalance(text: string): number {
  let n = 0;
  for (const ch of text.replace(QUOTED, '""')) {
    if (ch === '[' || ch === '(' || ch === '{') n++;
    else if (ch === ']' || ch === ')' || ch === '}') n--;
  }
  return n;
}

/** A value that is a command-line flag (`--model_id`, `-m`). */
const flagText = (value: string | undefined) => value !== undefined && /^--?[A-Za-z][\w-]*$/.test(value);
/** A quoted value that may be a flag: its quote, then a hyphen. */
const QUOTED_FLAG = /["'`]-/;

/** How a text is read: `sparse` (it knows no names), `trial` (it does; gives up at a find: RETRY), `full`. */
type ReadMode = 'sparse' | 'trial' | 'full';
/** What a trial throws at the first value it would find or accept. */
const RETRY = { retry: true };
/** A quoted env line's start (ENV_LINE): `"LLM=`. */
const QUOTED_ENV_START = /["'`][A-Z_][A-Z0-9_]*=/;
const QUOTED_ENV_ANY = new RegExp(QUOTED_ENV_START.source, 'g');
/** A quoted Ollama tag naming a size (OLLAMA_SIZE_TAGGED's start, `"gemma3:1b"`), taken wherever code writes it. */
const QUOTED_SIZE_TAG = /["'`][a-z][a-z0-9.-]*:\d+(?:\.\d+)?[bm]/;
const QUOTED_SIZE_TAG_ANY = new RegExp(QUOTED_SIZE_TAG.source, 'g');
/**
 * Whether a line may hold a `default` (the default of a model key above it, or of an `add_argument(` model flag a few
 * lines up), an env line in a string (`"EMBEDDING=org/name"`) or a size-tagged Ollama name (`return "gemma3:4b"`): what
 * a trial reads on a line without a word.
 */
function mayDefaultOrEnv(line: string): boolean {
  return (
    line.includes('efault') ||
    line.includes('EFAULT') ||
    (line.includes('=') && QUOTED_ENV_START.test(line)) ||
    (line.includes(':') && QUOTED_SIZE_TAG.test(line))
  );
}

/** An `add_argument(` call opened before a value and not closed before it. */
const ADD_ARGUMENT = 'add_argument(';
/**
 * The flag of the `add_argument(` call a `default=` value stands in, as a key (`"--model-id"` -> `model_id`), on
 * the value's line or a few lines above (`parser.add_argument(` then `"--model", type=str, default="llama3:latest"`).
 */
function argparseFlagOf(text: string, at: number): string | undefined {
  const window = text.slice(Math.max(0, at - 400), at);
  const open = window.lastIndexOf(ADD_ARGUMENT);
  if (open < 0) return undefined;
  const args = window.slice(open + ADD_ARGUMENT.length);
  // The call closed before the value: the value is not one of its arguments.
  let depth = 0;
  for (const c of args.replace(/(["'])(?:(?!\1)[^\\\n]|\\.)*\1/g, '""')) {
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') if (--depth < 0) return undefined;
  }
  // The long flag, after a short one if any (`"-m", "--model"`).
  const flag = /^\s*(?:["']-[A-Za-z]["']\s*,\s*)?["'](--[A-Za-z][\w-]*)["']/.exec(args)?.[1];
  return flag?.slice(2).replace(/-/g, '_').toLowerCase();
}

/** The flag a quoted value follows in an argument list (`"--dtype", "bfloat16"`): only a comma between them. */
function flagBefore(previous: { text: string; end: number } | undefined, text: string, at: number): string | undefined {
  if (!previous || !flagText(previous.text) || at - previous.end > 200) return undefined;
  // `"--model", "X"` in a list, or Rust's `.arg("--model").arg("X")` chain.
  return /^\s*(?:,|\)\s*\.arg\()\s*$/.test(text.slice(previous.end, at)) ? previous.text : undefined;
}

/** The key of a `key: "value"` pair that is the whole line (a quoted key, or a word): `"mistral-7b": "`, `gemma2: "`. */
const MAP_KEY_BEFORE = /^\s*(?:(["'`])[^"'`\n]{1,120}\1|([A-Za-z_$][\w$]*))\s*:\s*["'`]$/;
/** What may follow such a value: its closing quote, a TypeScript cast (`as any`), a comma, a comment. */
const MAP_VALUE_AFTER = /^["'`](?:\s+as\s+[\w.$<>[\]]+)?\s*,?\s*(?:(?:\/\/|#).*)?$/;
/** A TypeScript type written over several lines, closed and followed by the value (`} = {`). */
const TYPE_THEN_VALUE = /^\s*[}\]]\s*=\s*[[{(]\s*$/;
/**
 * A value a line maps a key to, alone on the line (`"llama3-8b": "llama3-8b-8192",`); not one under a
 * key naming what stands beside a model (`provider: "groq"`, `path:`) or a label (`title:`).
 */
function isMapValue(before: string, after: string): boolean {
  const m = MAP_KEY_BEFORE.exec(before);
  return !!m && MAP_VALUE_AFTER.test(after) && !(m[2] && (NOT_MODEL_KEY.test(m[2]) || DISPLAY_KEY.test(`${m[2]}:`)));
}

/** A quote or a word character (what `/["'\w]/` looks for), by its code (NaN: none). */
function isQuoteOrWord(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x22 || c === 0x27;
}
const CLOSERS = '])}';

/** The length of the line's leading whitespace: `line.length - line.trimStart().length`, without the copy. */
function leadingSpace(line: string): number {
  let i = 0;
  while (i < line.length && isSpaceAt(line, i)) i++;
  return i;
}

/** An `=` followed (after `\s*`) by an opening bracket: what CONTINUED_OPENER needs, tested without the regex. */
function equalsThenBracket(line: string): boolean {
  for (let at = line.indexOf('='); at >= 0; at = line.indexOf('=', at + 1)) {
    let i = at + 1;
    while (i < line.length && isSpaceAt(line, i)) i++;
    const c = line.charCodeAt(i);
    if (c === 0x5b || c === 0x28 || c === 0x7b) return true; // [ ( {
  }
  return false;
}

/** A key opening a block (`"name": (`, `"name": {`, `"name": [`) at the start of what follows the key's quote. */
const KEY_OPENS_BLOCK = /^\s*:\s*[{[(]/;
/** A quoted `org/name` value. */
const QUOTED_ORG_ID = /["']([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*)["']/;

/** A JSON/Python key opening an object at the end of its line: `"name": {`. */
const KEY_OPENS_OBJECT = /^["']?\s*:\s*\{\s*$/;
/** A key opening an object that goes on on the same line: `"name": {'model': X, ...`. */
const INLINE_OBJECT = /^["']?\s*:\s*\{(.*\S.*)$/;
/** A model member anywhere in that object, nested settings included: `'model_name': 'embed-english-v3.0'`. */
const INLINE_ENTRY_MODEL = /["'](?:model|model_name|model_id|modelName|modelId)["']\s*:\s*["']([^"'\n]+)["']/;
/** The entry's own model, a direct member of the object: `"model": "qwen-plus"`, `'model': 'qwen/Qwen1.5-7B-Chat'`. */
const ENTRY_MODEL = /^\s*["']model["']\s*:\s*["']([^"'\n]+)["']/;
/**
 * Whether the key `name`, opening an object on its line (`after`: the rest of it), names an entry whose own `model`
 * member (within the object's first 30 lines, at its first level) is another model: a configuration's entry name.
 */
function namesAnEntryOfAnotherModel(name: string, after: string, text: string, nextStart: number): boolean {
  // The object on the key's own line: `"CohereV3-en": {'model': CohereEmbedding, 'args': {..., 'model_name':
  // 'embed-english-v3.0'}}` (netease-youdao/BCEmbedding's RAG evaluation tables): a run's label; its model is the member.
  const inline = INLINE_OBJECT.exec(after);
  if (inline) {
    const own = INLINE_ENTRY_MODEL.exec(inline[1]!);
    return !!own && own[1]!.toLowerCase() !== name.toLowerCase();
  }
  if (!KEY_OPENS_OBJECT.test(after)) return false;
  let depth = 1;
  for (let at = nextStart, n = 0; at < text.length && n < 30; n++) {
    const end = text.indexOf('\n', at);
    const l = text.slice(at, end < 0 ? text.length : end);
    if (depth === 1) {
      const own = ENTRY_MODEL.exec(l);
      if (own) return own[1]!.toLowerCase() !== name.toLowerCase();
    }
    for (const c of l)
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
    if (depth <= 0 || end < 0) return false;
    at = end + 1;
  }
  return false;
}
/**
 * Whether a key's block holds a Hub id: on the key's own line after the bracket, or on the next line when the bracket
 * ends the line. `after` is the line after the key's closing quote, `nextStart` where the next line starts.
 */
function labelsHubIds(after: string, text: string, nextStart: number): boolean {
  const open = KEY_OPENS_BLOCK.exec(after);
  if (!open) return false;
  let block = after.slice(open[0].length);
  if (!block.trim() && nextStart < text.length) {
    const end = text.indexOf('\n', nextStart);
    block = text.slice(nextStart, end < 0 ? text.length : end);
  }
  const id = QUOTED_ORG_ID.exec(block);
  return !!id && !!parseHubReference(id[1]!);
}

/** A model record's own fields (a provider table's `maxTokens`, `contextWindow`, prices), the first key of the block a catalogue key opens. */
const MODEL_RECORD_FIELD =
  /^\s*["']?(?:max_?tokens|context_?window|max_?(?:input|output)_?tokens|context_?length|input_?price|output_?price|input_cost_per_token|supports_?images)["']?\s*:/i;

/** Whether the line starting at `nextStart` opens the block with a model record's field (the key above is the model's id). */
function opensModelRecord(text: string, nextStart: number): boolean {
  if (nextStart >= text.length) return false;
  const end = text.indexOf('\n', nextStart);
  return MODEL_RECORD_FIELD.test(text.slice(nextStart, end < 0 ? text.length : end));
}
