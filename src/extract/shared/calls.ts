// A small scanner for calls in Python and JS/TS source: finds `name(` and splits the argument list
// at top level, keeping each argument's offset, so extractors can read `f("org/x", model="y")`
// or `f({ model: 'y' })` without a full parser. Strings and nesting are respected; comments are not
// parsed (a call inside a comment is still a call: the pipeline marks the context).
import { isLineBreakCode, isSpaceAt } from './char-codes.js';
import { lineStartsHolding } from './line-matches.js';

/**
 * An LLM client's method call, in Python and JS alike: `client.chat.completions.create(`,
 * `client.messages.create(`, `client.embeddings.create(`, `client.chat.send(`; group 1 is the client.
 */
export const CLIENT_METHOD = /^(.+?)\.(?:chat\.completions|completions|embeddings|responses|images|messages|chat)\.\w+$/;

export interface Argument {
  /** Keyword (`model=` / `model:`), when given. */
  name?: string;
  /** Raw text of the value. */
  text: string;
  /** Offset of the value in the file. */
  offset: number;
  /** The string literal's content, when the value is one. */
  literal?: string;
  /** Offset of the literal's content (after the quote). */
  literalOffset?: number;
}

export interface Call {
  /** Dotted callee as written: `AutoModel.from_pretrained`, `client.chat.completions.create`. */
  callee: string;
  offset: number;
  args: Argument[];
  /** The argument list never closes (broken or truncated code): arguments read to the end of the line. */
  unclosed?: boolean;
}

// (A backslash before a line break continues the string on the next line, in Python and JavaScript: a shell command
// written over lines, `os.system("python -m vllm.entrypoints.openai.api_server \\` / ` --model=iic/alpha-umi-planner-7b \\`.)
const STRING = /^(?:[rRbBuUfF]{0,2})(['"`])((?:\\[\s\S]|(?!\1)[^\\\n])*)\1$/;

/** Index of the bracket closing the one at `open`, or -1 (skips strings). */
export function closing(text: string, open: number, limit: number): number {
  let depth = 0;
  for (let i = open; i < Math.min(text.length, limit); i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      const end = skipString(text, i);
      if (end < 0) return -1;
      i = end;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function skipString(text: string, start: number): number {
  const quote = text[start]!;
  const triple = text.startsWith(quote.repeat(3), start);
  if (triple) {
    const end = text.indexOf(quote.repeat(3), start + 3);
    return end < 0 ? -1 : end + 2;
  }
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i;
    else if (text[i] === '\n' && quote !== '`') return i;
  }
  return -1;
}

function splitArgs(text: string, start: number, end: number): Argument[] {
  const args: Argument[] = [];
  let depth = 0;
  let from = start;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    // A comment ending the line before an argument (`tokenizer_name='/model/Yi-1.5-9B-Chat', # Load local model` then
    // `model_name=...` in 01-ai/Yi's function-calling notebook) is none of it: the argument starts after it.
    // So is a doctest's continuation prompt opening the argument's line (`>>> model = AutoModel.from_pretrained(` then
    // `...     "kakaobrain/kogpt",`, huggingface/peft's LoraModel docstring): the prompt, not an Ellipsis (`x=...` stays).
    const lead = /^\s*(?:(?:#|\/\/)[^\n]*\n\s*|(?<=\n[ \t]*)\.\.\.(?=[ \t\n]|$)\s*)*/.exec(raw)![0].length;
    const trimmed = raw.slice(lead).trimEnd();
    if (trimmed) args.push(parseArg(trimmed, from + lead));
  };
  for (let i = start; i < end; i++) {
    const c = text[i];
    // A line comment (Python's `#`, `//`) after an argument: its words hold no argument, nor a comma between two.
    if ((c === '#' || (c === '/' && text[i + 1] === '/')) && /[\s,([{]/.test(text[i - 1] ?? '')) {
      const eol = text.indexOf('\n', i);
      if (eol < 0 || eol >= end) break;
      i = eol - 1;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      const e = skipString(text, i);
      if (e < 0) break;
      i = e;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      push(i);
      from = i + 1;
    }
  }
  push(end);
  return args;
}

function parseArg(text: string, offset: number): Argument {
  const keyword = /^([A-Za-z_$][\w$]*)\s*(?:=(?!=)|:)\s*/.exec(text);
  const valueText = keyword ? text.slice(keyword[0].length) : text;
  const valueOffset = keyword ? offset + keyword[0].length : offset;
  const arg: Argument = { text: valueText, offset: valueOffset, ...(keyword ? { name: keyword[1] } : {}) };
  const literal = STRING.exec(valueText);
  if (literal && !valueText.includes('${')) {
    const prefix = valueText.indexOf(literal[1]!);
    arg.literal = literal[2]!;
    arg.literalOffset = valueOffset + prefix + 1;
  }
  return arg;
}

/** A `name(` of the text: where its callee starts, the callee as written (spaces dropped) and its last segment. */
interface CallSite {
  open: number;
  start: number;
  callee: string;
  name: string;
}

/**
 * The call sites of the last text asked about. An extractor asks for the calls it wants several
 * times over one text (Python: five times), and each search walked back from every "(".
 */
let lastSites: { text: string; sites: CallSite[] } | undefined;

/** Drops the kept call sites once a file's extractors are done (they hold the file's text), and keptWithCallSites' answers. */
export function forgetCallSites(): void {
  lastSites = undefined;
  for (const forget of keptAnswers) forget();
}

const keptAnswers: (() => void)[] = [];

/**
 * `compute` with its answer for the last text kept, as the call sites are, until forgetCallSites: for what several
 * extractors ask of the same file, one after the other.
 */
export function keptWithCallSites<T>(compute: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | undefined;
  keptAnswers.push(() => (last = undefined));
  return (text) => {
    if (last?.text === text) return last.value;
    const value = compute(text);
    last = { text, value };
    return value;
  };
}

function callSites(text: string): CallSite[] {
  if (lastSites?.text === text) return lastSites.sites;
  const sites: CallSite[] = [];
  // Walk back from each "(" to its callee: linear in the text, where a forward identifier regex
  // backtracks quadratically on long runs of word characters (minified code, base64 blobs).
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
    const start = calleeStart(text, open);
    if (start < 0) continue;
    const written = text.slice(start, open);
    const callee = /\s/.test(written) ? written.replace(/\s+/g, '') : written;
    const name = callee.slice(callee.lastIndexOf('.') + 1);
    const first = name.charCodeAt(0);
    if (!name || (first >= 48 && first <= 57)) continue;
    sites.push({ open, start, callee, name });
  }
  lastSites = { text, sites };
  return sites;
}

/** Every call whose callee's last segment passes `wanted`, with its arguments. */
export function findCalls(text: string, wanted: (name: string, callee: string) => boolean, maxArgsLength = 4000): Call[] {
  const calls: Call[] = [];
  for (const { open, start, callee, name } of callSites(text)) {
    if (!wanted(name, callee)) continue;
    let close = closing(text, open, open + maxArgsLength);
    // Unbalanced (broken or truncated code): read the arguments to the end of the line.
    // (Only when the search reached the end of the file: a very long argument list is not broken.)
    const unclosed = close < 0 && open + maxArgsLength >= text.length;
    if (unclosed) close = text.indexOf('\n', open) < 0 ? text.length : text.indexOf('\n', open);
    calls.push({ callee, offset: start, args: splitArgs(text, open + 1, close), ...(unclosed ? { unclosed } : {}) });
  }
  return calls;
}

/** `[\w$]`: ASCII letters, digits, `_` and `$` (by char code: this runs for every character before every "("). */
const isIdentChar = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
/** `\s` as the regex means it, with a fast answer for ASCII. */
const isSpace = (code: number) => (code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(String.fromCharCode(code)));

/** Start of `a.b.c` before the "(" at `open` (spaces allowed around dots), or -1. */
function calleeStart(text: string, open: number): number {
  let i = open - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  let start = -1;
  for (let segments = 0; segments < 12; segments++) {
    const end = i;
    while (i >= 0 && isIdentChar(text.charCodeAt(i)) && end - i < 200) i--;
    if (i === end) return start;
    start = i + 1;
    let j = i;
    while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
    if (j < 0 || text[j] !== '.') return start;
    i = j - 1;
    while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  }
  return start;
}

/** Items of the list literal whose `[` is at `open`, or undefined when it does not close. */
export function listItems(text: string, open: number, maxLength = 4000): Argument[] | undefined {
  const close = closing(text, open, open + maxLength);
  return close < 0 ? undefined : splitArgs(text, open + 1, close);
}

/** Arguments of an object literal argument `{ model: 'x', ... }` (JS). */
export function objectArgs(text: string, arg: Argument): Argument[] {
  if (!arg.text.startsWith('{')) return [];
  const close = closing(text, arg.offset, arg.offset + arg.text.length + 1);
  return close < 0 ? [] : splitArgs(text, arg.offset + 1, close);
}

/** `NAME = "value"` (Python) / `const NAME = 'value'` (JS), and `os.getenv("X", "default")` defaults. */
export const STRING_ASSIGNMENT =
  /^[ \t]*(?:export\s+)?(?:const\s+|let\s+|var\s+)?([A-Za-z_$][\w$]*)[ \t]*(?::[ \t]*[\w[\]|. ]+)?=\s*(?:os\.(?:getenv|environ\.get)\(\s*['"][^'"\n]*['"]\s*,\s*(?:default\s*=\s*)?|(?:(?:os\.(?:getenv|environ\.get)\(\s*['"][^'"\n]*['"]\s*\)|[A-Za-z_]\w*(?:\.\w+)+)[ \t]+or[ \t]+)+|process\.env\.[\w$]+\s*(?:\?\?|\|\|)\s*)?([fF]?)(['"`])([^'"`\n]*)\3/gm;
const STRING_ASSIGNMENT_AT = new RegExp(STRING_ASSIGNMENT.source, 'my');
/** A character of a line holding only `export`, `const`, `let`, `var` and spaces (or more: lowercase words). */
const lowerOrSpaceAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (!isLineBreakCode(c) && isSpaceAt(text, i));
};

/**
 * Every match of STRING_ASSIGNMENT a global search finds, in order. A match starts at a line's start and its `=` is on
 * the line of its name; a line above it can be its start only through `export\s+` / `const\s+` (lines of lowercase
 * words and spaces down to the `=`'s). So the pattern is tried (sticky) at the start of each line holding a `=` and of
 * such lines right above it, each from where the last match ended, not at every position of the text (which cost a
 * tenth of the python reader).
 */
export function* stringAssignments(text: string, equalsLines: Iterable<number> = lineStartsHolding(text, '=')): Generator<RegExpExecArray> {
  let next = 0;
  for (const start of equalsLines) {
    const starts = [start];
    // The lines above, while they hold lowercase words and spaces only (a line holding `=` holds something else).
    for (let above = start; above > next;) {
      // (above - 1 is a line break: the line above ends there.)
      let from = above - 1;
      while (from > 0 && !isLineBreakCode(text.charCodeAt(from - 1)) && lowerOrSpaceAt(text, from - 1)) from--;
      if (from > 0 && !isLineBreakCode(text.charCodeAt(from - 1))) break;
      starts.push(from);
      above = from;
    }
    for (let k = starts.length - 1; k >= 0; k--) {
      if (starts[k]! < next) continue;
      STRING_ASSIGNMENT_AT.lastIndex = starts[k]!;
      const m = STRING_ASSIGNMENT_AT.exec(text);
      if (!m) continue;
      next = m.index + m[0].length + (m[0] === '' ? 1 : 0);
      yield m;
    }
  }
}

/** An `or` between two operands of a STRING_ASSIGNMENT match (its fallback chain), and what may follow a statement. */
const FALLBACK_CHAIN = /[ \t]or[ \t]/;
const STATEMENT_END = /^[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/;
/** A `+` after a literal (not `+=`): the literal is concatenated with what follows. */
const CONCATENATED_AFTER = /^[ \t]*\+(?!=)/;

/** Whether `name` is assigned on more than one line of the text (`name = ...` at a line's start). */
export function assignedAgain(text: string, name: string): boolean {
  const assignment = new RegExp(`^[ \\t]*${name.replace(/\$/g, '\\$')}[ \\t]*(?::[^=\\n]*)?=(?!=)`, 'gm');
  let count = 0;
  while (assignment.exec(text)) if (++count > 1) return true;
  return false;
}

/**
 * `model_id, output_dir = "Qwen/Qwen2-7B-Instruct", "t4-Qwen2-7B-Instruct-GRPO"` (Python unpacking as many string literals
 * as names, huggingface/trl's notebooks pick a model and its output folder so): each name with its literal, and the offset
 * of that literal's opening quote. Tried (sticky) at the start of each line holding a `=`, once.
 */
const TUPLE_STRING_ASSIGNMENT_AT =
  /[ \t]*([A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)+)[ \t]*=[ \t]*((?:(['"])[^'"\n]*\3[ \t]*,[ \t]*)+(['"])[^'"\n]*\4)[ \t]*,?[ \t]*(?:#[^\n]*)?(?=\r?\n|$)/y;
const QUOTED_LITERAL = /(['"])([^'"\n]*)\1/g;
export function* tupleStringAssignments(
  text: string,
  equalsLines: Iterable<number> = lineStartsHolding(text, '='),
): Generator<{ name: string; value: string; offset: number }> {
  for (const start of equalsLines) {
    TUPLE_STRING_ASSIGNMENT_AT.lastIndex = start;
    const m = TUPLE_STRING_ASSIGNMENT_AT.exec(text);
    if (!m) continue;
    const names = m[1]!.split(',').map((n) => n.trim());
    const values = [...m[2]!.matchAll(QUOTED_LITERAL)];
    if (values.length !== names.length) continue;
    const valuesAt = m.index + m[0].indexOf(m[2]!, m[0].indexOf('='));
    for (let i = 0; i < names.length; i++) yield { name: names[i]!, value: values[i]![2]!, offset: valuesAt + values[i]!.index };
  }
}

export function stringConstants(text: string): Map<string, { value: string; offset: number }> {
  const constants = new Map<string, { value: string; offset: number }>();
  // `X = "v"`, `X = os.getenv("X", "v")`, `X = os.environ.get("X", default="v")`, `X = os.getenv("X") or "v"`, the last
  // of a chain of configured values (options, settings, the environment) falling back to it (`path = args.ckpt or
  // os.getenv("CKPT") or 'THUDM/WebGLM'`, THUDM/WebGLM's load_model; not a bare parameter's fallback, `stt_model or
  // "inworld/inworld-stt-1"`, which the readers of a service's model see where it is used),
  // `const X = process.env.X ?? 'v'`; an f-string keeps its `{NAME}` parts (resolved by fStringValue).
  const fStrings = new Set<string>();
  // The starts of the lines holding `=`, found once for both searches below (each walked them: 0.3% of a whole run's CPU
  // on the real corpus, session 37).
  const equalsLines = [...lineStartsHolding(text, '=')];
  for (const m of stringAssignments(text, equalsLines)) {
    // A fallback chain is a statement's whole value (not a call's keyword, `model=self.settings.llm_model or "x",`), and
    // the variable's only assignment: paperless-ngx's `endpoint = self.settings.llm_endpoint or "http://localhost:11434"`
    // in its Ollama branch is `endpoint = self.settings.llm_endpoint or None` in the OpenAI-like one.
    if (FALLBACK_CHAIN.test(m[0]) && (!STATEMENT_END.test(text.slice(m.index + m[0].length, m.index + m[0].length + 200)) || assignedAgain(text, m[1]!)))
      continue;
    // `LORA_WEIGHTS = "./saved_chatglm" + args.data` (PhoebusSi/Alpaca-CoT's generate.py): the literal starts a string
    // built at run time, not the variable's value; an earlier plain assignment of it keeps its own.
    if (CONCATENATED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    // m[0] ends after the closing quote: step back over it, the content and the opening quote.
    const quoteAt = m.index + m[0].length - m[4]!.length - 2;
    constants.set(m[1]!, { value: m[4]!, offset: quoteAt });
    if (m[2]) fStrings.add(m[1]!);
    else fStrings.delete(m[1]!);
  }
  // Names unpacked from string literals (`model_id, output_dir = "org/x", "x-sft"`), unless also assigned alone.
  for (const t of tupleStringAssignments(text, equalsLines)) if (!constants.has(t.name)) constants.set(t.name, { value: t.value, offset: t.offset });
  // f-strings built from other constants: `MODEL_ID = f"{ORG}/{NAME}"`.
  for (const name of fStrings) {
    const constant = constants.get(name)!;
    if (!constant.value.includes('{')) continue;
    const value = fStringValue(constant.value, constants);
    if (value === undefined) constants.delete(name);
    else constants.set(name, { ...constant, value });
  }
  return constants;
}

/** `{ORG}/{NAME}` with every `{NAME}` a known plain constant, else undefined (`{size}` from a loop). */
export function fStringValue(template: string, constants: Map<string, { value: string }>): string | undefined {
  let unresolved = false;
  const value = template.replace(/\{\s*([A-Za-z_]\w*)\s*\}/g, (_, name: string) => {
    const constant = constants.get(name);
    if (!constant || constant.value.includes('{')) unresolved = true;
    return constant?.value ?? '';
  });
  return unresolved || /[{}]/.test(value) ? undefined : value;
}
