// R code (issue #15): where R code names the model it calls, by the place a string stands in, as dart.ts and php.ts
// read theirs. model-names reads the names a table knows anywhere by their shape; here the place says a string is a
// model, so a name no table knows counts too (Perplexity's `sonar`, a server's own name):
//   - a string given to a name for one model: a named argument or a function's default (`chat_openai(model =
//     "gpt-4.1")`, `function(model = "qwen3:4b")`), an assignment (`model <- "x"`, `x$model <- "x"`), the right side
//     of `%||%` after such a name (`model %||% "x"`), the string a call named for a default or a coalesce gives a
//     model-named variable (`set_default(model, "claude-sonnet-5")`, `coalesce(model, "x")`), the default of a setting
//     named for a model (`Sys.getenv("OPENAI_MODEL", "gpt-4o")`, `getOption("pkg.model", "x")`);
//   - every string of a vector or list a model-named name holds (`models <- c("a", "b")`, `tibble(model = c(...))`),
//     and the column of a `tribble()` named for a model (`~model, ~input, "gemma-4-26B-A4B-it", 0.30`).
// A string given to a call named for Ollama (`chat_ollama(model = "llama3.2")`) is the Ollama model it runs; elsewhere
// an Ollama library name is Ollama's where the file talks to Ollama. The R code of R's documentation is read as R, in
// context `docs`: roxygen `@examples`/`@examplesIf` and ```` ```r ```` blocks in `#'` comments, and an Rd help page's
// `\examples{}` and `\preformatted{}` sections. A name only its place says is a model is `openai-compatible/<name>`,
// but not in a testthat file (made-up values such as `"doesnt-exist"`). Other comments, prefix tests
// (`startsWith(model, "gpt-5")`) and comparisons are not read.
// Tokens: https://cran.r-project.org/doc/manuals/r-release/R-lang.html#Tokens ; Rd: https://developer.r-project.org/parseRd.pdf ;
// roxygen: https://roxygen2.r-lib.org/articles/rd.html#examples
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { CodeFindings, ModelCollections } from './shared/code-findings.js';
import { BLOCK, LineCursor, Tokens } from './shared/tokens.js';
import { namedForMany, namedForOne } from './shared/keyed-name.js';
import { isContextOnlyId } from '../registry/providers.js';

const CODE = /\.r$/i;
const HELP_PAGE = /\.rd$/i;
/** A testthat file (`tests/testthat/test-*.R`, its helpers): its model slots hold made-up names (`"doesnt-exist"`). */
const TEST_FILE = /(?:^|\/)tests\/testthat\/|(?:^|\/)test[-_][^/]*\.r$/i;
/** A call named for Ollama: its client (`chat_ollama`, `ollamar::chat`), as dart.ts reads `ChatOllamaOptions(`. */
const OLLAMA_CALL = /ollama/i;
/** A call that gives a variable its default when unset (`set_default(model, "x")`, `coalesce(x, "y")`, `if_null`). */
const DEFAULT_CALL = /default|coalesce|^if_?null$/i;
/** Reading a setting, its second argument (or `unset =`/`default =`) the default: `Sys.getenv("X_MODEL", "x")`. */
const SETTING_CALL = /^(?:Sys\.getenv|getOption)$/;
/** A line longer than this is read around each string, not whole (`lineText` per string is quadratic on it). */
const LONG_LINE = 2000;

export default defineExtractor({
  name: 'r',
  matchesName: true,
  matches: (path) => CODE.test(path) || HELP_PAGE.test(path),
  // Every slot, call and collection is named for a model.
  words: ['model'],
  extract(file) {
    const text = file.text;
    if (!/model/i.test(text)) return { references: [], diagnostics: [] };
    const help = HELP_PAGE.test(file.relPath);
    const { code, docLines } = help ? helpPageCode(text) : withRoxygenExamples(text);
    const out = new Findings(code, TEST_FILE.test(file.relPath));
    readCode(scanRTokens(code), out);
    for (const r of out.references) if (help || docLines.has(r.line)) r.context = 'docs';
    return { references: out.references, diagnostics: [] };
  },
});

// ---------------------------------------------------------------------------------------------------------------
// Documentation code

/**
 * The text with the R code of its roxygen comments uncommented (`#'` blanked, lines and columns kept): the lines of an
 * `@examples` / `@examplesIf` section (to the next `@tag` or the comment block's end) and of a ```` ```r ```` /
 * ```` ```{r} ```` block in `#'` text. `docLines`: those lines (1-based).
 */
export function withRoxygenExamples(text: string): { code: string; docLines: Set<number> } {
  const docLines = new Set<number>();
  if (!text.includes("#'")) return { code: text, docLines };
  const lines = text.split('\n');
  let examples = false;
  let fence = false;
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)#'(.*)$/.exec(lines[i]!);
    if (!m) {
      examples = fence = false;
      continue;
    }
    const body = m[2]!.trim();
    if (fence || (!examples && /^```\s*\{?\s*r\b/i.test(body))) {
      if (fence && /^```\s*$/.test(body)) fence = false;
      else if (!fence) fence = true;
      else uncomment(lines, i, m[1]!.length, docLines);
      continue;
    }
    if (/^@examples(?:If)?\b/.test(body)) {
      examples = true;
      continue;
    }
    if (body.startsWith('@')) examples = false;
    else if (examples) uncomment(lines, i, m[1]!.length, docLines);
  }
  return { code: lines.join('\n'), docLines };
}

function uncomment(lines: string[], i: number, at: number, docLines: Set<number>) {
  const line = lines[i]!;
  lines[i] = `${line.slice(0, at)}  ${line.slice(at + 2)}`;
  docLines.add(i + 1);
}

/**
 * An Rd help page's R code: the text of its `\examples{...}` and `\preformatted{...}` sections, everything else blanked
 * (lines and columns kept); Rd's escapes (`\{`, `\}`, `\%`, `\\`) lose their backslash. Braces inside R strings do not
 * count (Rd's R-like text).
 */
export function helpPageCode(text: string): { code: string; docLines: Set<number> } {
  const keep = new Uint8Array(text.length);
  for (const open of text.matchAll(/\\(?:examples|preformatted)\{/g)) {
    const start = open.index + open[0].length;
    let depth = 1;
    let quote = '';
    let k = start;
    for (; k < text.length; k++) {
      const c = text[k]!;
      if (c === '\\') {
        k++;
        continue;
      }
      if (quote) {
        if (c === quote || c === '\n') quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
    }
    keep.fill(1, start, k);
  }
  let code = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') code += c;
    else if (!keep[i]) code += ' ';
    else if (c === '\\' && /[{}%\\]/.test(text[i + 1] ?? '')) code += ' ';
    else code += c;
  }
  return { code, docLines: new Set() };
}

// ---------------------------------------------------------------------------------------------------------------
// Tokens

export interface RToken {
  /** `op`: an operator or punctuation (`<-`, `%||%`, `::`, `(`); `ident`: a name, a backquoted one without its quotes. */
  kind: 'ident' | 'string' | 'number' | 'op';
  text: string;
  /** 1-based line; 0-based column of a string's first character of content (of other tokens, their first). */
  line: number;
  column: number;
  /** A raw string (`r"(...)"`) or one over several lines: a block of text, not one value. */
  block?: boolean;
}

const OPERATORS = ['<<-', '->>', ':::', '<-', '->', '::', '==', '!=', '<=', '>=', '&&', '||', '|>'];

/** Tokens of R source text, comments dropped; an unterminated string ends at the text's end. */
export function scanRTokens(text: string): Tokens<RToken> {
  const tokens = new Tokens<RToken>(text);
  const n = text.length;
  const at = new LineCursor(text);
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      at.newline(i++);
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    // Raw strings: r"(...)", R'[...]', r"---{...}---".
    const raw = (c === 'r' || c === 'R') && (i === 0 || !/[\w.]/.test(text[i - 1]!)) ? /^[rR](["'])(-*)([([{])/.exec(text.slice(i, i + 40)) : null;
    if (raw) {
      const close = { '(': ')', '[': ']', '{': '}' }[raw[3]!]! + raw[2]! + raw[1]!;
      const end = text.indexOf(close, i + raw[0].length);
      const stop = end < 0 ? n : end + close.length;
      tokens.add('string', i + raw[0].length, end < 0 ? n : end, at.line, i + raw[0].length - at.lineStart, BLOCK);
      at.skip(i, stop);
      i = stop;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      const startLine = at.line;
      const column = i + 1 - at.lineStart;
      let k = i + 1;
      let multiline = false;
      while (k < n && text[k] !== c) {
        if (text[k] === '\\') k++;
        else if (text[k] === '\n') {
          multiline = true;
          at.newline(k);
        }
        k++;
      }
      if (c === '`') tokens.add('ident', i + 1, Math.min(k, n), startLine, column - 1);
      else tokens.add('string', i + 1, Math.min(k, n), startLine, column, multiline ? BLOCK : 0);
      i = Math.min(k + 1, n);
      continue;
    }
    if (/[A-Za-z.]/.test(c) && !(c === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      let k = i + 1;
      while (k < n && /[\w.]/.test(text[k]!)) k++;
      tokens.add('ident', i, k, at.line, i - at.lineStart);
      i = k;
      continue;
    }
    if (/[0-9.]/.test(c)) {
      let k = i + 1;
      while (k < n && /[\w.]/.test(text[k]!)) k++;
      tokens.add('number', i, k, at.line, i - at.lineStart);
      i = k;
      continue;
    }
    // `%||%`, `%in%`, `%>%`: one operator to the closing `%` on the line.
    if (c === '%') {
      const end = text.indexOf('%', i + 1);
      const eol = text.indexOf('\n', i);
      if (end > 0 && (eol < 0 || end < eol)) {
        tokens.add('op', i, end + 1, at.line, i - at.lineStart);
        i = end + 1;
        continue;
      }
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i)) ?? c;
    tokens.add('op', i, i + op.length, at.line, i - at.lineStart);
    i += op.length;
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------------------------
// Findings

class Findings extends CodeFindings {
  constructor(
    text: string,
    private readonly test: boolean,
  ) {
    super(text);
  }
  /** A name in a model slot: the Ollama model an Ollama-named call runs, a table's reading, else a name by its place. */
  add(token: RToken, ollamaCall: boolean) {
    const found = this.slotValue(token.text, ollamaCall, this.around(token), this.offset(token.line, token.column));
    // A name only its place says is a model, in a test: a made-up value as often as a model.
    if (found && !(this.test && isContextOnlyId(found.id))) this.addAt(found.id, token, found.source);
  }
  private atLine = 0;
  private atText = '';
  /**
   * The line a token stands on, as the naming rules read it: a line of `dput()` output or generated data may hold
   * thousands of strings (`models <- c("a", "b", ...)` on one line), so a long one is cut to the token's neighbourhood.
   */
  private around(token: RToken): string {
    if (token.line !== this.atLine) {
      this.atLine = token.line;
      this.atText = this.lineText(token.line);
    }
    return this.atText.length <= LONG_LINE ? this.atText : this.atText.slice(Math.max(0, token.column - 200), token.column + 200);
  }
  addAt(id: string, token: RToken, source: RawReference['source']) {
    this.addId(id, token.line, token.column + 1, source);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

function readCode(tokens: Tokens<RToken>, out: Findings) {
  const collections = new ModelCollections(true);
  const tribbleColumn = tribbleModelCells(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens.at(i)!;
    if (t.kind === 'op') {
      collections.step(t.text, () => opensModelCollection(tokens, i));
      continue;
    }
    if (t.kind !== 'string' || t.block) continue;
    if (collections.inside || tribbleColumn.has(i) || inModelSlot(tokens, i)) out.add(t, OLLAMA_CALL.test(enclosingCall(tokens, i) ?? ''));
  }
}

/** The name a value at `i` is given to: `x = v` (a named argument, a default), `x <- v`, `x <<- v`, `x$y <- v`. */
function holderOf(tokens: Tokens<RToken>, i: number): string | undefined {
  const prev = tokens.at(i - 1);
  const prev2 = tokens.at(i - 2);
  if (!prev || prev2?.kind !== 'ident') return undefined;
  if (prev.text === '=' || prev.text === '<-' || prev.text === '<<-') return prev2.text;
  return undefined;
}

/** A string in a model slot: given to a name for one model, as its `%||%` default, its default call's, or a setting's default. */
function inModelSlot(tokens: Tokens<RToken>, i: number): boolean {
  const holder = holderOf(tokens, i);
  const prev = tokens.at(i - 1);
  const prev2 = tokens.at(i - 2);
  if (holder !== undefined) {
    if (namedForOne(holder)) return true;
    // `Sys.getenv("OPENAI_MODEL", unset = "x")`.
    return /^(?:unset|default)$/.test(holder) && settingDefault(tokens, i - 2);
  }
  // `model %||% "x"`.
  if (prev?.text === '%||%') return prev2?.kind === 'ident' && namedForOne(prev2.text);
  if (prev?.text !== ',' || ![')', ','].includes(tokens.at(i + 1)?.text ?? '')) return false;
  // `set_default(model, "x")`: a default call given a model-named variable, then the string.
  if (prev2?.kind === 'ident' && tokens.at(i - 3)?.text === '(' && tokens.at(i - 4)?.kind === 'ident' && DEFAULT_CALL.test(tokens.at(i - 4)!.text))
    return namedForOne(prev2.text);
  return settingDefault(tokens, i);
}

/** Whether the argument before `,` at `i - 1` is the setting a `Sys.getenv(` / `getOption(` call reads, named for a model. */
function settingDefault(tokens: Tokens<RToken>, i: number): boolean {
  const setting = tokens.at(i - 2);
  if (tokens.at(i - 1)?.text !== ',' || setting?.kind !== 'string' || tokens.at(i - 3)?.text !== '(') return false;
  const call = callName(tokens, i - 3);
  return !!call && SETTING_CALL.test(call) && namedForOne(setting.text.slice(setting.text.lastIndexOf('.') + 1));
}

/** The name of the call whose `(` is at `open`, with its namespace (`Sys.getenv`, `tibble::tribble` -> `tribble`). */
function callName(tokens: Tokens<RToken>, open: number): string | undefined {
  const name = tokens.at(open - 1);
  return name?.kind === 'ident' ? name.text : undefined;
}

/** The name of the call whose argument list holds the token at `i` (`chat_ollama`), if any. */
function enclosingCall(tokens: Tokens<RToken>, i: number): string | undefined {
  for (let j = i - 1, level = 0, steps = 0; j >= 0 && steps < 80; j--, steps++) {
    const x = tokens.at(j)!.text;
    if (tokens.at(j)!.kind !== 'op') continue;
    if (x === ')' || x === ']' || x === '}') level++;
    else if (x === '(' || x === '[' || x === '{') {
      if (level-- > 0) continue;
      return x === '(' ? callName(tokens, j) : undefined;
    }
  }
  return undefined;
}

/** Whether the `(` at `i` opens `c(` or `list(` held by a name for models (or for one, a column: `model = c(...)`). */
function opensModelCollection(tokens: Tokens<RToken>, i: number): boolean {
  if (tokens.at(i)!.text !== '(' || !/^(?:c|list)$/.test(tokens.at(i - 1)?.text ?? '')) return false;
  const holder = holderOf(tokens, i - 1);
  return holder !== undefined && (namedForMany(holder) || namedForOne(holder));
}

/**
 * The strings of `tribble()` rows that stand in a column named for one model: `tribble(~model, ~input, "x", 0.3, ...)`
 * (tibble's row-wise table, its `~name` headers first). Token indexes.
 */
function tribbleModelCells(tokens: Tokens<RToken>): Set<number> {
  const cells = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.at(i)!.text !== 'tribble' || tokens.at(i + 1)?.text !== '(') continue;
    // The top-level arguments, each as its first token's index and its length in tokens.
    const args: [number, number][] = [];
    let depth = 0;
    let start = i + 2;
    let k = i + 2;
    for (; k < tokens.length; k++) {
      const x = tokens.at(k)!;
      if (x.kind !== 'op') continue;
      if (x.text === '(' || x.text === '[' || x.text === '{') depth++;
      else if (x.text === ')' || x.text === ']' || x.text === '}') {
        if (depth-- === 0) break;
      } else if (x.text === ',' && depth === 0) {
        args.push([start, k - start]);
        start = k + 1;
      }
    }
    if (k > start) args.push([start, k - start]);
    const headers = args.findIndex(([at]) => tokens.at(at)?.text !== '~');
    if (headers <= 0) continue;
    const models = args.slice(0, headers).map(([at]) => namedForOne(tokens.at(at + 1)?.text ?? ''));
    if (!models.includes(true)) continue;
    args.slice(headers).forEach(([at, length], n) => {
      if (length === 1 && tokens.at(at)!.kind === 'string' && models[n % headers]) cells.add(at);
    });
    i = k;
  }
  return cells;
}
