// Rust code (issue #15): where Rust code names the model it loads, a Hub id of an organisation no table knows
// (`nari-labs/Dia-1.6B`, `closestfriend/brie-qwen2.5-0.5b`, `EricB/Phi-3.5-mini-instruct-UQFF`), a local folder or a
// model file counts by the place it stands in:
//   - an argument of a call on a type named for a model or an adapter, at any depth: mistral.rs's builders
//     `TextModelBuilder::new("x")`, `GgufModelBuilder::new("org/x-GGUF", vec!["x-Q4_K_M.gguf"])`,
//     `SpeechModelBuilder::new("x", SpeechLoaderType::Dia)`, `XLoraModelBuilder::from_text_model_builder(b, "org/x-lora", o)`,
//     `AnyMoeModelBuilder::from_text_builder(b, cfg, .., vec!["org/lora"], ..)`, `LoraAdapterSpec::new("alias", "org/x")`;
//   - an argument of a method named for a model: `.with_mtp_model("x", Some(6))`, `.with_default_model("x")`,
//     `api.model("x".to_string())`;
//   - the initialiser of a constant, static or `let` named for a model or adapter: `const BASE_MODEL: &str = "x";`,
//     `const ADAPTER: &str = "x";`, `let dac_model = ....unwrap_or_else(|| match arch { Dia => "x".to_string() })`;
//   - a field named for a model given a string: `model_id: "x".into()`, `tok_model_id: Some("x".to_string())`;
//   - clap's default of a field named for a model: `#[arg(short, long, default_value = "x")]` above `model_id: String`;
//   - the value a function named for a model returns from a `match`: `fn model_id(&self) -> &'static str { match self {
//     Self::Mamba130m => "state-spaces/mamba-130m", .. } }`, `fn model_and_revision(&self) { .. => ("x", "main") }`;
//   - in a file that talks to the Hub (`hf_hub`), the same places named for a repo: `let repo = match args.which {
//     Which::Vgg13 => "timm/vgg13.tv_in1k", .. }`, `let repo_main = "x"`, `fn config_repo(&self)`, `let (repo, cfg) =
//     match ..` (a tuple pattern counts when one of its names does), and hf_hub's `Repo::with_revision("x", RepoType::Model, ..)`;
//   - a model-only file (GGUF, GGML) fetched from a repo or picked by a `match`: `repo.get("world1b5-q4k.gguf")`,
//     `Self::Q4KM => "SmolLM3-3B-Q4_K_M.gguf"`, `=> ("TheBloke/Llama-2-7B-GGML", "llama-2-7b.ggmlv3.q4_0.bin")`.
//   - a JSON document held in a string, raw or escaped (a mocked or recorded response, `r#"{"model":"claude-sonnet-4-6"}"#`,
//     `"{\"model\":\"gpt-4o\"}"`): each model-named key's value, at its own line (Findings.addJsonModels).
// What counts there: a Hub id, a path that names a model folder (`../hf_models/gemma3n_e4b`, `gguf_models/x/`), a file
// that holds nothing but a model (GGUF, UQFF, GGML, llamafile), or a name a provider table knows (as model-names reads
// it). Bare words (aliases such as `"gemma-multimodal"`, a tokenizer's type) are not read here; comments are not read
// here (model-names reads known names anywhere).
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { CodeFindings } from './shared/code-findings.js';
import { PositionIndex } from './shared/position.js';
import type { Tokens } from './shared/tokens.js';
import { CONVENTIONAL_WEIGHT_FILE, looksLikeHubId, modelFromPath, parseHubReference } from '../model/ids.js';
import { classify, NOT_MODEL_CONTEXT } from './shared/model-name.js';
import { scanRustTokens, type RustToken } from './shared/rust-tokens.js';
import { isOllamaLibraryName, namesOllama } from './shared/ollama-tag.js';

const CODE = /\.rs$/i;
/** A type or constant named for a model or an adapter: `TextModelBuilder`, `XLoraModelBuilder`, `LoraAdapterSpec`. */
const MODEL_TYPE = /Model|Lora|LoRA|Adapter/;
/** A method named for a model: `with_mtp_model`, `with_default_model`, `model`, `with_model_id`, `add_model`. */
const MODEL_METHOD = /^(?:\w+_)?model(?:_id)?$/;
/** A name (constant, static, variable, field) holding a model: `MODEL_ID`, `BASE_MODEL`, `ADAPTER`, `tok_model_id`, `dac_model`. */
const MODEL_HOLDER = /model|adapter|lora|checkpoint|gguf|weights/i;
/** A model-named word that names something beside the model (its type, family, template, limits, output...). */
const BESIDE_MODEL =
  /type|kind|arch|famil|template|config|dtype|token(?!izer)|max|len|size|count|limit|output|save|export|prefix|suffix|url|uri|route|endpoint|cmd|command|alias|label|env|key/i;
/** Files that hold nothing but a model. */
const MODEL_ONLY_FILE = /^[^\s{}$%*<>|"]+\.(?:gguf|ggml|uqff|llamafile)$|^[^\s{}$%*<>|"/]*\.ggml(?:v\d+)?\.\w+\.bin$/i;
/** A name for a Hub repository (`repo`, `repo_id`, `model_repo`, `tokenizer_repo`, `repo_main`), in a file that talks to the Hub. */
const REPO_HOLDER = /(?:^|_)repo(?:_id|_name)?$|^repo_|_repo_/i;
/** A Hub-repo name that holds something beside a model (its URL, a dataset, a Space). */
const BESIDE_REPO = /url|uri|dataset|space|type/i;
/** A file that talks to the Hugging Face Hub through the hf_hub crate. */
const HUB_CLIENT = /\bhf_hub\b/;
/** A value written as a path: relative, absolute, home, or ending in a folder's slash. */
const PATH_SHAPED = /^(?:\.{1,2}\/|\/|~\/)|\/$/;
/** A file of another kind at a path's end (`examples/amoe.json`, `chat_templates/mistral.json`): not a model. */
const OTHER_FILE = /\.(?:json|jinja|ya?ml|toml|csv|txt|md|py|rs|png|jpe?g|wav|mp3|html?)$/i;
/** A key and its string value in JSON held in a string, escaped or not: `"model":"x"`, `\\"modelVersion\\": \\"x\\"`. */
const JSON_MODEL_KEY = /\\?"([A-Za-z_]*[Mm]odel[A-Za-z_]*)\\?"\s*:\s*\\?"([^"\\\n]{1,200})\\?"/g;
/** What a string holding such a key holds: a key ending in `odel` closed by a quote, escaped or not. */
const JSON_MODEL_WORD = /odel[A-Za-z_]*\\?"\s*:/;
/** Words without one of which no rule here can match (the prefilter's). */
const WORDS = ['model', 'lora', 'adapter', 'checkpoint', 'gguf', 'weights', 'ggml', 'uqff', 'llamafile', 'hf_hub'];
const WORD_TEST = /model|lora|adapter|checkpoint|gguf|weights|ggml|uqff|llamafile|hf_hub/i;

export default defineExtractor({
  name: 'rust',
  matchesName: true,
  matches: (path) => CODE.test(path),
  words: WORDS,
  extract(file) {
    const text = file.text;
    if (!WORD_TEST.test(text)) return { references: [], diagnostics: [] };
    const out = new Findings(text);
    readCode(scanRustTokens(text), out, HUB_CLIENT.test(text), text);
    const renamed = renamedModelVariants(text);
    const positions = renamed.length ? new PositionIndex(text) : undefined;
    for (const { value, offset } of renamed) {
      const { line, column } = positions!.at(offset);
      out.addId(value, line, column - 1, 'huggingface'); // (CodeFindings counts columns from 0)
    }
    return { references: out.references, diagnostics: [] };
  },
});

/** An enum named for models (`pub enum ChromaCloudSpladeEmbeddingModel {`; not `ModelType`, `ModelKind`). */
const MODEL_ENUM = /^[ \t]*(?:pub(?:\([\w:]+\))?[ \t]+)?enum[ \t]+[A-Z]\w*?Models?[ \t]*(?:<[^>\n]*>)?[ \t]*\{/gm;
/** A variant's wire name given by serde: `#[serde(rename = "prithivida/Splade_PP_en_v1")]`. */
const SERDE_RENAME = /#\[serde\([^()\n]*?\brename[ \t]*=[ \t]*"([^"\n]+)"/g;

/**
 * The wire names serde gives the variants of an enum named for models, when they are Hub ids (chroma's
 * `ChromaCloudSpladeEmbeddingModel::SpladePpEnV1`, serialized as `"prithivida/Splade_PP_en_v1"` into the collection's
 * embedding-function config): the catalogue the client sends, each id where it is written. Other renames (`"embedding_gemma"`,
 * a snake_case kind) name no model by themselves.
 */
function renamedModelVariants(text: string): { value: string; offset: number }[] {
  const found: { value: string; offset: number }[] = [];
  if (!text.includes('rename')) return found;
  for (const m of text.matchAll(MODEL_ENUM)) {
    const open = m.index + m[0].length - 1;
    // (The enum's body up to its closing brace at the enum's own indentation: variants hold no braces of their own here.)
    const indent = /^[ \t]*/.exec(m[0])![0];
    const end = text.indexOf(`\n${indent}}`, open);
    if (end < 0) continue;
    for (const r of text.slice(open, end).matchAll(SERDE_RENAME)) {
      const parsed = r[1]!.includes('/') ? parseHubReference(r[1]!) : undefined;
      if (parsed) found.push({ value: parsed.id, offset: open + r.index + r[0].length - r[1]!.length - 1 });
    }
  }
  return found;
}

/** Collects references, one per (line, id). */
class Findings extends CodeFindings {
  /** A string in a model's place: reported when it names a model by its shape (see the header). */
  add(t: RustToken) {
    const found = this.name(t.text, t.line);
    if (found) this.addId(found.id, t.line, t.column + 2, found.source);
  }
  /**
   * A JSON document held in a string (`r#"{"model":"claude-sonnet-4-6",...}"#`, `"{\"model\":\"gpt-4o\"}"`: a recorded or
   * mocked request or response): the value of each model-named key, at its own line. A provider's own spelling of its
   * models is the model it answered with.
   */
  addJsonModels(t: RustToken, ollama: () => boolean) {
    JSON_MODEL_KEY.lastIndex = 0;
    for (let m = JSON_MODEL_KEY.exec(t.text); m; m = JSON_MODEL_KEY.exec(t.text)) {
      if (!holdsModel(m[1]!)) continue;
      const value = m[2]!;
      // A path in such a document is the answering server's file (`"model":"/models/x.gguf"`), not a model the code names.
      if (PATH_SHAPED.test(value) || MODEL_ONLY_FILE.test(value)) continue;
      const at = m.index + m[0].length - value.length - (m[0].endsWith('\\"') ? 2 : 1);
      const newlines = t.text.slice(0, at).split('\n').length - 1;
      const line = t.line + newlines;
      const found = this.name(value, line) ?? (isOllamaLibraryName(value) && ollama() ? { id: value, source: 'ollama' as const } : undefined);
      if (!found) continue;
      const column = newlines ? at - t.text.lastIndexOf('\n', at - 1) : t.column + (this.lineText(t.line).slice(t.column).indexOf('"') + 1) + at + 1;
      this.addId(found.id, line, column, found.source);
    }
  }
  private name(value: string, line: number): { id: string; source: RawReference['source'] } | undefined {
    const v = value.trim();
    if (!v || v.length > 300 || /[\s{}$<>]/.test(v)) return undefined;
    const lineText = this.lineText(line);
    if (NOT_MODEL_CONTEXT.test(lineText)) return undefined;
    // An API route or a one-word command (`"/v1/models"`, `"/adapter"`): no folder.
    if (/^\/(?:v\d+|api)\/|^\/[\w.-]*$/.test(v)) return undefined;
    if (PATH_SHAPED.test(v) || MODEL_ONLY_FILE.test(v)) {
      const fileName = v.replace(/\/+$/, '').slice(v.replace(/\/+$/, '').lastIndexOf('/') + 1);
      if (OTHER_FILE.test(fileName) || CONVENTIONAL_WEIGHT_FILE.test(fileName)) return undefined;
      // `"gguf_models/mistral_v0.1/"`: a folder by its trailing slash, whatever a Hub id would look like.
      if (/\/$/.test(v) && !/^[\w.-]+\/$/.test(v)) return { id: v.replace(/\/+$/, ''), source: 'local' };
      const local = modelFromPath(v);
      if (local?.source === 'local') return { id: local.id, source: 'local' };
      if (local) return { id: local.id, source: local.source };
      return MODEL_ONLY_FILE.test(v) ? { id: v, source: 'local' } : undefined;
    }
    const hub = v.includes('/') ? parseHubReference(v) : undefined;
    if (hub && looksLikeHubId(hub.id) && !OTHER_FILE.test(hub.id)) return { id: hub.id, source: 'huggingface' };
    return classify(v, lineText, this.registry);
  }
}

const isPunct = (t: RustToken | undefined, text: string) => t?.kind === 'punct' && t.text === text;
const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

/** Index of the token closing the bracket at `open` (or the last token). */
function closingToken(tokens: Tokens<RustToken>, open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    const t = tokens.at(k)!;
    if (t.kind !== 'punct') continue;
    if (OPEN.has(t.text)) depth++;
    else if (CLOSE.has(t.text) && --depth === 0) return k;
  }
  return tokens.length - 1;
}

/** Every string token in [from, to]. */
function stringsIn(tokens: Tokens<RustToken>, from: number, to: number, out: Findings) {
  for (let k = from; k <= to && k < tokens.length; k++) if (tokens.at(k)!.kind === 'string') out.add(tokens.at(k)!);
}

/** Whether a name holds a model: named for one, or (in a file that talks to the Hub) for a Hub repo. */
const holdsModel = (name: string, hub = false) =>
  (MODEL_HOLDER.test(name) && !BESIDE_MODEL.test(name)) || (hub && REPO_HOLDER.test(name) && !BESIDE_REPO.test(name));

/** A model-only file in a string token: read wherever a repo's file is fetched or a `match` picks one. */
function addModelFile(t: RustToken | undefined, out: Findings) {
  if (t?.kind === 'string' && MODEL_ONLY_FILE.test(t.text)) out.add(t);
}

/** The strings a `match` arm gives at `arrow` (`=> "x"`, `=> ("x", "main")`): the index range, or undefined. */
function armValue(tokens: Tokens<RustToken>, arrow: number): [number, number] | undefined {
  const v = tokens.at(arrow + 1);
  if (v?.kind === 'string') return [arrow + 1, arrow + 1];
  if (isPunct(v, '(')) return [arrow + 2, closingToken(tokens, arrow + 1) - 1];
  return undefined;
}

/** In a body [from, to] (a function's), every string a `match` arm gives. */
function armStrings(tokens: Tokens<RustToken>, from: number, to: number, out: Findings) {
  for (let k = from; k <= to; k++) {
    if (!isPunct(tokens.at(k), '=>')) continue;
    const range = armValue(tokens, k);
    if (range) stringsIn(tokens, range[0], range[1], out);
  }
}

function readCode(tokens: Tokens<RustToken>, out: Findings, hub: boolean, text: string) {
  let ollama: boolean | undefined;
  const talksToOllama = () => (ollama ??= namesOllama(text));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens.at(i)!;
    // JSON in a string: its model keys (Findings.addJsonModels).
    if (t.kind === 'string' && JSON_MODEL_WORD.test(t.text)) out.addJsonModels(t, talksToOllama);
    // A model file a `match` arm gives (`Self::Q4KM => "SmolLM3-3B-Q4_K_M.gguf"`, `=> ("org/x-GGUF", "x.gguf")`).
    if (isPunct(t, '=>')) {
      const range = armValue(tokens, i);
      if (range) for (let k = range[0]; k <= range[1]; k++) addModelFile(tokens.at(k), out);
      continue;
    }
    if (t.kind !== 'ident') continue;
    const next = tokens.at(i + 1);
    // `repo.get("world1b5-q4k.gguf")`: a model file fetched from a repo.
    if (t.text === 'get' && isPunct(tokens.at(i - 1), '.') && isPunct(next, '(')) {
      addModelFile(tokens.at(i + 2), out);
      continue;
    }
    // hf_hub's `Repo::with_revision("x".to_string(), RepoType::Model, ..)`, `Repo::model("x")`: the repo id, unless a dataset's or a Space's.
    if (hub && t.text === 'Repo' && isPunct(next, '::') && tokens.at(i + 2)?.kind === 'ident' && isPunct(tokens.at(i + 3), '(')) {
      const end = closingToken(tokens, i + 3);
      const args = tokens.slice(i + 4, end).map((a) => a.text);
      if (!/^(?:dataset|space)$/i.test(tokens.at(i + 2)!.text) && !args.some((a) => a === 'Dataset' || a === 'Space') && tokens.at(i + 4)?.kind === 'string')
        out.add(tokens.at(i + 4)!);
      continue;
    }
    // `fn model_id(&self) -> &'static str { match self { .. => "x" } }`: what its `match` arms give.
    if (t.text === 'fn' && next?.kind === 'ident' && holdsModel(next.text, hub)) {
      let open = i + 2;
      while (open < tokens.length && !isPunct(tokens.at(open), '{') && !isPunct(tokens.at(open), ';')) open++;
      if (isPunct(tokens.at(open), '{')) armStrings(tokens, open + 1, closingToken(tokens, open) - 1, out);
      continue;
    }
    // `TextModelBuilder::new(` ... `)`: every string among its arguments.
    if (isPunct(next, '::') && MODEL_TYPE.test(t.text) && /^[A-Z]/.test(t.text) && tokens.at(i + 2)?.kind === 'ident' && isPunct(tokens.at(i + 3), '(')) {
      stringsIn(tokens, i + 4, closingToken(tokens, i + 3), out);
      continue;
    }
    // `.with_mtp_model("x", Some(6))`, `api.model("x".to_string())`.
    if (isPunct(tokens.at(i - 1), '.') && MODEL_METHOD.test(t.text) && isPunct(next, '(')) {
      stringsIn(tokens, i + 2, closingToken(tokens, i + 1), out);
      continue;
    }
    // `const BASE_MODEL: &str = "x";`, `static ADAPTER: &str = "x";`, `let dac_model = ...;`: the initialiser, to its `;`.
    if ((t.text === 'const' || t.text === 'static' || t.text === 'let') && (tokens.at(i + 1)?.kind === 'ident' || isPunct(tokens.at(i + 1), '('))) {
      let name = i + 1;
      if (tokens.at(name)!.text === 'mut') name++;
      const holder = tokens.at(name);
      // `let (repo, cfg) = ...`: a tuple pattern holds a model when one of its names does.
      const names = isPunct(holder, '(') ? tokens.slice(name + 1, closingToken(tokens, name)) : [holder];
      if (!names.some((n) => n?.kind === 'ident' && holdsModel(n.text, hub))) continue;
      let k = isPunct(holder, '(') ? closingToken(tokens, name) + 1 : name + 1;
      while (k < tokens.length && !isPunct(tokens.at(k), '=') && !isPunct(tokens.at(k), ';')) k++;
      if (!isPunct(tokens.at(k), '=')) continue;
      let depth = 0;
      let end = k + 1;
      for (; end < tokens.length; end++) {
        const e = tokens.at(end)!;
        if (e.kind !== 'punct') continue;
        if (OPEN.has(e.text)) depth++;
        else if (CLOSE.has(e.text)) depth--;
        else if (e.text === ';' && depth <= 0) break;
        if (depth < 0) break;
      }
      stringsIn(tokens, k + 1, end - 1, out);
      continue;
    }
    // `model_id: "x".into()`, `tok_model_id: Some("x".to_string())`: a field named for a model given a string.
    if (isPunct(next, ':') && holdsModel(t.text, hub) && !isPunct(tokens.at(i - 1), '::')) {
      const value =
        tokens.at(i + 2)?.kind === 'string'
          ? i + 2
          : tokens.at(i + 2)?.text === 'Some' && isPunct(tokens.at(i + 3), '(') && tokens.at(i + 4)?.kind === 'string'
            ? i + 4
            : -1;
      if (value > 0) out.add(tokens.at(value)!);
      continue;
    }
    // `#[arg(short, long, default_value = "x")]` above `model_id: String`.
    if (t.text === 'default_value' && isPunct(next, '=') && tokens.at(i + 2)?.kind === 'string') {
      const field = fieldAfterAttribute(tokens, i + 3);
      if (field && holdsModel(field, hub)) out.add(tokens.at(i + 2)!);
    }
  }
}

/** The field an attribute (`#[arg(...)]`, then maybe more attributes and `pub`) stands above: its name, when `name:` follows. */
function fieldAfterAttribute(tokens: Tokens<RustToken>, from: number): string | undefined {
  let k = from;
  // To the attribute's closing `]`.
  for (let depth = 1; k < tokens.length && depth > 0; k++) {
    const t = tokens.at(k)!;
    if (isPunct(t, '[')) depth++;
    else if (isPunct(t, ']')) depth--;
  }
  // Further attributes.
  while (isPunct(tokens.at(k), '#') && isPunct(tokens.at(k + 1), '[')) {
    k = closingToken(tokens, k + 1) + 1;
  }
  if (tokens.at(k)?.text === 'pub') k++;
  return tokens.at(k)?.kind === 'ident' && isPunct(tokens.at(k + 1), ':') ? tokens.at(k)!.text : undefined;
}
