// C and C++ code, and CMake build files (issue #15): where C/C++ names the model it loads or calls, by the place a string
// literal stands in, as csharp.ts reads C#. The engines whose weights are files (whisper.cpp, llama.cpp, gpt4all, MNN)
// name their default model in C/C++ code:
//   - a declaration, member, struct default, assignment or direct initialisation named for a model
//     (`std::string model = "models/ggml-base.en.bin";` in a params struct, `params.model = "x";`,
//     `static const QString EMBEDDING_MODEL_NAME = u"nomic-embed-text-v1.5"_s;`, `std::string model{"x"}`), a member
//     initialiser or a call named for one (`m_modelName("gpt-3.5-turbo")`), a `#define` (`#define DEFAULT_MODEL "x"`);
//   - a model-named key's string value in a JSON object built in code (`root.insert("model", "nomic-embed-text-v1")`,
//     nlohmann's `{"model", "gpt-4o"}`, `body["model"] = "x"`, `j.value("model", "x")`);
//   - a weights file or model folder held by a name for a model or its weights (`model_wsp`, `LOCAL_EMBEDDING_MODEL`,
//     `fname_model`, `weights_path`); not where a result is written (`fname_out`, `lora_outfile`, `output_model`);
//   - a defaults struct's field named in a block comment before its value (MNN's llm_bench.cpp, llama-bench's style);
//   - in CMake, a variable set to one (`set(TEST_MODEL "Llama-3.2-1B-Instruct-Q4_0.gguf")`).
// What counts there: a model file or folder (`local`, `models/ggml-base.en.bin`, `./Qwen2.5-1.5B-Instruct`; not the
// name every checkpoint takes, `model.gguf`), a Hub id, a name a provider table knows; in a slot named for one model
// also a name only its place says is a model (`openai-compatible/<name>`, not in a test file). Precision first, as C/C++
// trees are large (vendored llama.cpp): comments, comparisons (`arch == "llama"`), `case` labels, format strings
// (`"%s"`), concatenated or spaced strings and collections are not read here. Not a tokeniser: the places are found
// from the words a slot is named with (one native scan of the text), and only the few found are checked against the
// file's comments and strings (one linear pass, made only when a place is found). Lexical rules:
// https://en.cppreference.com/w/cpp/language/string_literal, https://cmake.org/cmake/help/latest/command/set.html
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { CodeFindings } from './shared/code-findings.js';
import { PositionIndex } from './shared/position.js';
import { namedForOne } from './shared/keyed-name.js';
import { classify, NOT_MODEL_CONTEXT } from './shared/model-name.js';
import { loadRegistry } from '../registry/load.js';
import { CONVENTIONAL_WEIGHT_FILE, GGML_BIN_FILE, looksLikeHubId, modelFromPath, parseHubReference, WEIGHT_FILE } from '../model/ids.js';

const CODE = /\.(?:c|h|cpp|cc|cxx|c\+\+|hpp|hh|hxx|inl|ipp)$/i;
const CMAKE = /(?:^|\/)CMakeLists\.txt$|\.cmake$/i;
/**
 * A C/C++ test program (`test-tokenizer-0.cpp`, `model_test.cc`, `tests/x.cpp`): its slots hold made-up names
 * (`setenv("LLAMA_ARG_MODEL", "blah.gguf", true)`) and the inputs of the functions it tests (`GetFullModelId("custom_org/x")`).
 */
const TEST_FILE = /(?:^|\/)(?:tests?[-_][^/]*|[^/]*[-_]tests?)\.\w+$|(?:^|\/)(?:tests?|unit_?tests?|testing)\//i;

/** The words a slot is named with (the prefilter's): a model or its weights. */
const WORDS = ['model', 'weights'];
const WORD = WORDS.join('|');
/**
 * A name that holds a model's file, folder or name: `model_path`, `model_wsp`, `LOCAL_EMBEDDING_MODEL`, `fname_weights`.
 * Only these two words: a C/C++ tree says `ggml`/`gguf` on most lines (llama.cpp), and a word the scan looks for at every
 * letter it starts with costs time on every file (`lora`, `adapter`); a checkpoint is a training state there
 * (`fn_checkpoint_in = "checkpoint.gguf"`, llama.cpp's train.cpp).
 */
const FILE_HOLDER = new RegExp(WORD, 'i');
/** A name for something beside the model (its URL, type, a file's extension, a hash), or where a result is written. */
const BESIDE_FILE =
  /url|uri|type|kind|arch|ext(?:ension)?s?$|suffix|prefix|pattern|glob|regex|md5|sha|hash|size|count|len|vocab|token|output|save|export|upload|dest|dst|target|tmp|temp/i;
/** Where a result is written: `fname_out`, `lora_outfile`, `outModel`. */
const OUT_WORD = /(?:^|_)out|^out[A-Z]|[a-z]Out(?:[A-Z_]|$)/;
/** A call or initialiser a file is given to by name (`model_path("x")`, `m_modelName("x")`), not a test of one (`looks_like_gguf("x")`). */
const HOLDER_CALL = /(?:model|weights)(?:_?(?:path|file|name|id))?$/i;
/** A folder models are put in (`./models`, `../../test/models/`, `weights`): it names none. */
const MODELS_FOLDER = /^(?:[./]*\/)?(?:[\w.-]+\/)*(?:models?|weights|checkpoints|assets|resources|data)\/?$/i;
/** A size alone (`7B`, `13B`): the folder llama.cpp's docs put any model of that size in (`models/7B/ggml-model-f16.gguf`). */
const SIZE_FOLDER = /^\d+(?:\.\d+)?[BM]$/i;
/** Functions and constructors a literal is wrapped in on its way to a string (`QStringLiteral("x")`, `std::string("x")`). */
const WRAPPER = String.raw`(?:std::)?(?:string|wstring|string_view)|Q(?:String|StringLiteral|Latin1String(?:View)?|ByteArray|StringView|Latin1StringView)|_T|TEXT|_TEXT|L|tr|QT_TR_NOOP`;
/** A string literal's prefix: `u8"`, `u"`, `U"`, `L"`. */
const PREFIX = '(?:u8|[uUL])?';
/**
 * A place for one string value after a name holding a word (group 1: what follows the word in the name; group 2:
 * the operator, `=`, `(`, `{`, or blanks after a `#define`'s name; group 3: `"` after a quoted key, then `,` or `] =`):
 * `model = "x"`, `model("x")`, `model{"x"}`, `MODEL "x"`, `"model", "x"`, `"model"] = "x"`, each wrapped or not.
 */
const SLOT = new RegExp(
  String.raw`(?:${WORD})(\w*)(?:(\s*(?:\[[^\]\n]{0,8}\]\s*)?(?:=(?!=)|\(|\{)|[ \t]+)|("\s*(?:,|\]\s*=(?!=))))\s*(?:(?:${WRAPPER})\s*[({]\s*)?${PREFIX}"`,
  'gi',
);
// An aggregate's field named in a block comment before its value, llama-bench's style of a defaults struct (MNN's
// llm_bench.cpp `/* model */ { "./Qwen2.5-1.5B-Instruct" },`): group 1 the field's name.
const COMMENTED_FIELD = new RegExp(String.raw`/\*[ \t]*(\w*(?:${WORD})\w*)[ \t]*\*/\s*\{?\s*${PREFIX}"`, 'gi');
/**
 * A name holding a word given a path joined by std::filesystem's `/` onto a `path(...)` (li-plus/chatglm.cpp's tests:
 * `fs::path model_path = fs::path(__FILE__).parent_path() / "models/chatglm-ggml.bin";`): the literal after the `/`.
 */
const JOINED_SLOT = new RegExp(
  String.raw`(?:${WORD})(\w*)[ \t]*=[ \t]*(?:std::)?(?:filesystem::|fs::)?path\([^;"\n()]*\)(?:[ \t]*\.[ \t]*\w+\([ \t]*\))*[ \t]*\/[ \t]*${PREFIX}"`,
  'gi',
);
/** What may follow a whole value's closing quote (a user-defined literal's suffix first: `"x"_s`, `"x"s`). */
const VALUE_END = /^\w*[ \t]*(?:[;,)}\]\r\n]|\/[/*]|$)/;

export default defineExtractor({
  name: 'cpp',
  matchesName: true,
  matches: (path) => CODE.test(path) || CMAKE.test(path),
  words: WORDS,
  extract(file) {
    const text = file.text;
    if (!/model|weights/i.test(text)) return { references: [], diagnostics: [] };
    const references = CMAKE.test(file.relPath) ? readCmake(text) : readCode(text, TEST_FILE.test(file.relPath));
    return { references, diagnostics: [] };
  },
});

/** How a place is named: for one model (any name counts there), or for a model's file, folder or repo only. */
type Slot = 'one' | 'file';
type Found = { id: string; source: RawReference['source'] };

/** Collects references, one per (line, id); made once a file has a place to report (most files have none). */
class Findings extends CodeFindings {
  private readonly positions: PositionIndex;
  constructor(source: string) {
    super(source);
    this.positions = new PositionIndex(source);
  }
  /** Records what a string names at its content's offset: `found`, or the name its place alone says is a model. */
  addAt(found: Found | 'by-place', value: string, offset: number) {
    const { line, column } = this.positions.at(offset);
    const named = found === 'by-place' ? this.slotName(value, this.lineText(line), offset) : found;
    if (named) this.addId(named.id, line, column, named.source);
  }
}

/**
 * What a string value in a slot names (see the header): a model, `by-place` when only a slot named for one model says
 * it is one (Findings.addAt reads it then, with the file's Ollama context), or undefined.
 */
function nameOf(v: string, lineText: string, slot: Slot, test: boolean): Found | 'by-place' | undefined {
  if (!v || v.length > 300 || /[\s{}$%<>*?|"\\]/.test(v) || NOT_MODEL_CONTEXT.test(lineText)) return undefined;
  const bare = v.replace(/\/+$/, '');
  const fileName = bare.slice(bare.lastIndexOf('/') + 1);
  // A model file or folder: a weights file's extension, a path written as one, or a `.bin` named for ggml.
  if (WEIGHT_FILE.test(v) || GGML_BIN_FILE.test(v) || /^(?:\.{1,2}\/|~\/|\/)/.test(v)) {
    const folders = bare.split('/').slice(0, -1);
    // The name every checkpoint takes (`model.gguf`, FunASR's `model_quant.onnx`), alone or in a folder named by a size.
    if ((CONVENTIONAL_WEIGHT_FILE.test(fileName) || /^model[-_.]/i.test(fileName)) && (!folders.length || SIZE_FOLDER.test(folders[folders.length - 1]!)))
      return undefined;
    if (MODELS_FOLDER.test(v)) return undefined;
    // An API route (`/v1/models`) or a system folder (`/usr/share/x`) names no model.
    if (/^\/(?:v\d+|api|usr|etc|dev|proc|tmp|sys)\b/.test(v) || !/[A-Za-z]/.test(fileName)) return undefined;
    // A file of another kind (`config.json`, `vocab.txt`, a library `libx.so`): no model.
    if (!WEIGHT_FILE.test(fileName) && /\.[A-Za-z]\w{0,4}$/.test(fileName) && !GGML_BIN_FILE.test(fileName)) return undefined;
    const local = modelFromPath(v);
    return local ? { id: local.id, source: local.source } : undefined;
  }
  const hub = v.includes('/') ? parseHubReference(v) : undefined;
  if (hub && looksLikeHubId(hub.id)) return { id: hub.id, source: 'huggingface' };
  const known = classify(v, lineText, loadRegistry());
  if (known || slot !== 'one') return known;
  // A name only its place says is a model: not in a test's made-up values, and written as APIs write names, in lower
  // case (`const QString modelName = "ChatGPT-4"` is the name a menu shows, gpt4all's modellist.cpp).
  return !test && /^[a-z0-9][a-z0-9._:-]*$/.test(v) ? 'by-place' : undefined;
}

/** The text of the line an offset stands on. */
function lineAround(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, end < 0 ? text.length : end);
}

/** How a name holding a slot's word is named: for one model, for its file or folder, or for neither. */
function slotOf(name: string): Slot | undefined {
  if (namedForOne(name)) return 'one';
  return FILE_HOLDER.test(name) && !BESIDE_FILE.test(name) && !OUT_WORD.test(name) ? 'file' : undefined;
}

const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

function readCode(text: string, test: boolean): RawReference[] {
  let code: CodeMap | undefined;
  let out: Findings | undefined;
  /** A value whose place has been found: what it names, checked against the file's comments and strings last. */
  const consider = (quote: number, end: number, slot: Slot, inCode: (map: CodeMap) => boolean) => {
    const value = text.slice(quote + 1, end).trim();
    const found = nameOf(value, lineAround(text, quote), slot, test);
    if (!found || !inCode((code ??= new CodeMap(text))) || !code.isStringAt(quote)) return;
    (out ??= new Findings(text)).addAt(found, value, quote + 1 + text.slice(quote + 1, end).search(/\S/));
  };
  SLOT.lastIndex = 0;
  for (let m = SLOT.exec(text); m; m = SLOT.exec(text)) {
    const quote = m.index + m[0].length - 1;
    // The whole name the word stands in (`LOCAL_EMBEDDING_MODEL`, `m_modelName`).
    const { start, nameEnd } = nameAround(text, m.index);
    const slot = slotOf(text.slice(start, nameEnd));
    if (!slot) continue;
    const key = m[3];
    // A test's calls and pairs are the inputs of what it tests: its declarations only.
    if (test && (key !== undefined || m[2]!.endsWith('('))) continue;
    if (key !== undefined) {
      // A quoted key, the string's whole content: `{"model", "x"}`, `insert("model", "x")` (the pair opens its braces or
      // call, or follows another), `body["model"] = "x"`.
      if (text[start - 1] !== '"') continue;
      const before = text.slice(Math.max(0, start - 41), start - 1);
      if (key.includes(']') ? !/\[\s*$/.test(before) : !/[({,]\s*$/.test(before)) continue;
    } else if (m[2]!.endsWith('(') && !HOLDER_CALL.test(text.slice(start, nameEnd))) {
      continue;
    } else if (!/[=({]/.test(m[2]!) && !/^[ \t]*#[ \t]*define[ \t]+$/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))) {
      // Blanks after the name: a `#define` only (`#define DEFAULT_MODEL "x"`).
      continue;
    }
    const end = closingQuote(text, quote);
    if (end < 0 || !VALUE_END.test(text.slice(end + 1, end + 40))) continue;
    consider(quote, end, slot, (map) => (key !== undefined ? map.isStringAt(start - 1) : map.isCode(start)));
  }
  if (text.includes('path(')) {
    JOINED_SLOT.lastIndex = 0;
    for (let m = JOINED_SLOT.exec(text); m; m = JOINED_SLOT.exec(text)) {
      const { start, nameEnd } = nameAround(text, m.index);
      const slot = slotOf(text.slice(start, nameEnd));
      const quote = m.index + m[0].length - 1;
      const end = slot ? closingQuote(text, quote) : -1;
      if (end < 0 || !VALUE_END.test(text.slice(end + 1, end + 40))) continue;
      consider(quote, end, slot!, (map) => map.isCode(start));
    }
  }
  COMMENTED_FIELD.lastIndex = 0;
  for (let m = COMMENTED_FIELD.exec(text); m; m = COMMENTED_FIELD.exec(text)) {
    const slot = slotOf(m[1]!);
    const quote = m.index + m[0].length - 1;
    const end = slot ? closingQuote(text, quote) : -1;
    if (end < 0 || !VALUE_END.test(text.slice(end + 1, end + 40))) continue;
    const at = m.index;
    consider(quote, end, slot!, (map) => map.isCommentAt(at));
  }
  return out?.references ?? [];
}

/** Where the identifier holding the offset `at` starts and ends. */
function nameAround(text: string, at: number): { start: number; nameEnd: number } {
  let start = at;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  let nameEnd = at;
  while (isWordCode(text.charCodeAt(nameEnd))) nameEnd++;
  return { start, nameEnd };
}

/** The offset of the quote closing the string literal opened at `open` on its line, or -1. */
function closingQuote(text: string, open: number): number {
  for (let k = open + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 92 /* \ */) k++;
    else if (c === 34 /* " */) return k;
    else if (c === 10) return -1;
  }
  return -1;
}

/**
 * Where the comments and string literals of a C/C++ text are, from one pass over it: whether an offset is code (in
 * neither), and whether a string literal opens at a quote. Raw strings (`R"x(...)x"`), character literals and digit
 * separators (`1'000`) are told apart; preprocessor lines are code (their strings are strings).
 */
class CodeMap {
  /** Starts and ends of comments and strings, in order; kinds: 0 comment, 1 string (its start is its opening quote). */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly kinds: number[] = [];
  constructor(text: string) {
    const n = text.length;
    const next = /\/[/*]|"|'/g;
    for (let m = next.exec(text); m; m = next.exec(text)) {
      const at = m.index;
      let end: number;
      if (m[0] === '//') {
        end = text.indexOf('\n', at);
        if (end < 0) end = n;
        this.push(at, end, 0);
      } else if (m[0] === '/*') {
        end = text.indexOf('*/', at + 2);
        end = end < 0 ? n : end + 2;
        this.push(at, end, 0);
      } else if (m[0] === "'") {
        // A digit separator (`1'000`) stands between digits; else a character literal (`'"'`, `'\''`).
        if (at > 0 && /[0-9a-fA-F]/.test(text[at - 1]!) && /[0-9a-fA-F]/.test(text[at + 1] ?? '') && !/[\w]'/.test(text.slice(at - 2, at))) {
          end = at + 1;
        } else {
          let k = at + 1;
          while (k < n && k < at + 12 && text[k] !== "'" && text[k] !== '\n') k += text[k] === '\\' ? 2 : 1;
          end = text[k] === "'" ? k + 1 : at + 1;
        }
      } else {
        // `R"delim(...)delim"`: no escapes, closed by `)delim"`.
        const raw =
          at > 0 && text[at - 1] === 'R' && (at < 2 || !isWordCode(text.charCodeAt(at - 2)) || /(?:u8|[uUL])R$/.test(text.slice(Math.max(0, at - 3), at)));
        const delim = raw ? /^[^\s()\\]{0,16}\(/.exec(text.slice(at + 1, at + 18)) : null;
        if (delim) {
          const close = `)${delim[0].slice(0, -1)}"`;
          const stop = text.indexOf(close, at + 1 + delim[0].length);
          end = stop < 0 ? n : stop + close.length;
        } else {
          let k = at + 1;
          while (k < n && text[k] !== '"' && text[k] !== '\n') k += text[k] === '\\' ? 2 : 1;
          end = text[k] === '"' ? k + 1 : k;
        }
        this.push(at, end, 1);
      }
      next.lastIndex = Math.max(end, at + 1);
    }
  }
  private push(start: number, end: number, kind: number) {
    this.starts.push(start);
    this.ends.push(end);
    this.kinds.push(kind);
  }
  /** The index of the last range starting at or before `offset`, or -1. */
  private rangeAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= offset) ((found = mid), (lo = mid + 1));
      else hi = mid - 1;
    }
    return found;
  }
  /** Whether an offset stands outside every comment and string literal. */
  isCode(offset: number): boolean {
    const r = this.rangeAt(offset);
    return r < 0 || this.ends[r]! <= offset;
  }
  /** Whether a comment opens at this offset. */
  isCommentAt(offset: number): boolean {
    const r = this.rangeAt(offset);
    return r >= 0 && this.starts[r] === offset && this.kinds[r] === 0;
  }
  /** Whether a string literal opens at this quote. */
  isStringAt(quote: number): boolean {
    const r = this.rangeAt(quote);
    return r >= 0 && this.starts[r] === quote && this.kinds[r] === 1;
  }
}

/** `set(NAME "value")` / `set(NAME value)`: a CMake variable's value, one word, quoted or not. */
const CMAKE_SET = new RegExp(String.raw`^[ \t]*set[ \t]*\([ \t]*(\w*(?:${WORD})\w*)[ \t]+("?)([^\s"()$;]+)\2[ \t]*(?:\)|CACHE\b)`, 'gim');

/** CMake: a variable named for a model or its file set to a model file, a Hub id or a name a table knows. */
function readCmake(text: string): RawReference[] {
  let out: Findings | undefined;
  CMAKE_SET.lastIndex = 0;
  for (let m = CMAKE_SET.exec(text); m; m = CMAKE_SET.exec(text)) {
    const value = m[3]!;
    const offset = m.index + m[0].lastIndexOf(value, m[0].length - 1);
    const found = slotOf(m[1]!) && nameOf(value, lineAround(text, offset), 'file', false);
    if (found) (out ??= new Findings(text)).addAt(found, value, offset);
  }
  return out?.references ?? [];
}
