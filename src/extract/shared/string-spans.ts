// Where a source file's string literals are, by its language's quoting and comment rules: one linear
// pass over the text that tells strings from comments and code, so that the text of a message, a
// menu or a help string (`echo "1) DeepSeek (deepseek-chat, deepseek-reasoner)"`, Kotlin's
// `println("""...""")`) can be read word by word, and a quote inside a comment or a docstring is not
// taken for one. A lexer, not a parser: good enough to pair quotes, never to evaluate code.

/** One string literal: offsets of its text (quotes excluded) in the file. */
export interface StringSpan {
  start: number;
  end: number;
  /** Python docstrings and other string statements: documentation, not text the program shows. */
  doc: boolean;
}

interface Syntax {
  /** `#` starts a line comment (at the line's start or after a space in shells). */
  hash: boolean;
  /** `//` and `/* *\/` comments. */
  slash: boolean;
  /** What `'` opens: a string, a character literal (`'a'`, `'\n'`), or nothing of ours (Rust lifetimes too). */
  single: 'string' | 'char';
  /** Backticks open a string that may span lines (JS/TS templates, Go raw strings). */
  backtick: boolean;
  /** `"""` (and `'''` where single quotes are strings) open a string that may span lines. */
  triple: boolean;
  /** A double-quoted string may span lines (shells). */
  multilineDouble: boolean;
  /** The escape character inside double quotes. */
  escape: string;
  /** Single quotes escape nothing (shells). */
  rawSingle: boolean;
  /** PowerShell: `<# #>` comments and `@" ... "@` here-strings. */
  powershell: boolean;
  /** Shell heredocs (`cat <<EOF` ... `EOF`): their lines are one string. */
  heredoc: boolean;
  /** Python: a string statement (a docstring) is documentation. */
  docstrings: boolean;
}

const base: Syntax = {
  hash: false,
  slash: true,
  single: 'string',
  backtick: false,
  triple: false,
  multilineDouble: false,
  escape: '\\',
  rawSingle: false,
  powershell: false,
  heredoc: false,
  docstrings: false,
};

const SYNTAXES: [RegExp, Syntax][] = [
  [/\.pyi?$/i, { ...base, hash: true, slash: false, triple: true, docstrings: true }],
  [/\.(sh|bash|zsh)$/i, { ...base, hash: true, slash: false, multilineDouble: true, rawSingle: true, heredoc: true }],
  [/\.(ps1|psm1)$/i, { ...base, hash: true, slash: false, multilineDouble: true, escape: '`', rawSingle: true, powershell: true }],
  [/\.(m?js|cjs|jsx|ts|tsx|mts|cts|vue|svelte)$/i, { ...base, backtick: true }],
  [/\.(java|kt|kts|scala|swift|cs)$/i, { ...base, single: 'char', triple: true }],
  [/\.(groovy|dart)$/i, { ...base, triple: true }],
  [/\.go$/i, { ...base, single: 'char', backtick: true }],
  [/\.rs$/i, { ...base, single: 'char' }],
  [/\.php$/i, { ...base, hash: true }],
  [/\.rb$/i, { ...base, hash: true, slash: false }],
];

/** The quoting rules of a file's language, from its path; undefined for languages not read here. */
export function syntaxFor(relPath: string): Syntax | undefined {
  return SYNTAXES.find(([test]) => test.test(relPath))?.[1];
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;

/** Characters the scan stops at outside strings (quotes, comment starts, brackets, heredoc and here-string openers). */
const STOP = new Uint8Array(128);
for (const ch of '"\'`#/<@()[]{}\n') STOP[ch.charCodeAt(0)] = 1;

/**
 * Every string literal of `text`, in order, up to offset `until` (the last place anything is looked
 * for). Linear: code between strings is skipped a character at a time on a table lookup, and the
 * end of a string is found by native searches. An unterminated one-line string ends at its line,
 * so one stray quote cannot swallow the rest of the file.
 */
export function stringSpans(text: string, syntax: Syntax, until = text.length): StringSpan[] {
  const spans: StringSpan[] = [];
  const n = text.length;
  const escape = syntax.escape.charCodeAt(0);
  let depth = 0; // brackets open outside strings (a Python string inside brackets is an argument, not a statement)
  let lineStart = 0;
  // The first line end at or after an offset, kept between strings: a minified file's one long line is searched once, not once per string.
  let newline = -1;
  const eolAfter = (at: number) => {
    if (newline < at) {
      newline = text.indexOf('\n', at);
      if (newline < 0) newline = n;
    }
    return newline;
  };
  let i = 0;
  while (i < n && i <= until) {
    let c = text.charCodeAt(i);
    while (c >= 128 || STOP[c] === 0) {
      if (++i >= n) return spans;
      c = text.charCodeAt(i);
    }
    if (c === 0x0a) {
      lineStart = ++i;
      continue;
    }
    // Comments: to the end of the line, or of the block.
    if (c === 0x23 /* # */) {
      if (syntax.hash && (!syntax.heredoc || i === lineStart || isSpace(text.charCodeAt(i - 1)))) {
        const eol = text.indexOf('\n', i);
        i = eol < 0 ? n : eol;
      } else i++;
      continue;
    }
    if (c === 0x3c /* < */) {
      if (syntax.powershell && text.charCodeAt(i + 1) === 0x23) {
        const close = text.indexOf('#>', i + 2);
        i = close < 0 ? n : close + 2;
        continue;
      }
      if (syntax.heredoc && text.charCodeAt(i + 1) === 0x3c) {
        const m = /^<<-?[ \t]*(["']?)([A-Za-z_]\w*)\1/.exec(text.slice(i, i + 80));
        if (m) {
          // The body, from the next line to the line holding only the marker, is one string (a usage text, a menu).
          const bodyStart = text.indexOf('\n', i) + 1;
          if (bodyStart === 0) break;
          const close = new RegExp(`^[ \\t]*${m[2]}[ \\t]*$`, 'gm');
          close.lastIndex = bodyStart;
          const end = close.exec(text);
          spans.push({ start: bodyStart, end: end ? end.index : n, doc: false });
          i = end ? end.index + end[0].length : n;
          continue;
        }
      }
      i++;
      continue;
    }
    if (c === 0x2f /* / */) {
      const next = text.charCodeAt(i + 1);
      if (syntax.slash && next === 0x2f) {
        const eol = text.indexOf('\n', i);
        i = eol < 0 ? n : eol;
      } else if (syntax.slash && next === 0x2a) {
        const close = text.indexOf('*/', i + 2);
        i = close < 0 ? n : close + 2;
      } else i++;
      continue;
    }
    if (c === 0x40 /* @ */) {
      const q = text.charCodeAt(i + 1);
      if (syntax.powershell && (q === 0x22 || q === 0x27)) {
        // A here-string: from the line after `@"` to a line starting with `"@`.
        const bodyStart = text.indexOf('\n', i) + 1;
        if (bodyStart === 0) break;
        const close = text.indexOf(`\n${text[i + 1]}@`, bodyStart - 1);
        spans.push({ start: bodyStart, end: close < 0 ? n : close, doc: false });
        i = close < 0 ? n : close + 3;
        continue;
      }
      i++;
      continue;
    }
    if (c === 0x28 || c === 0x5b || c === 0x7b) {
      depth++;
      i++;
      continue;
    }
    if (c === 0x29 || c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--;
      i++;
      continue;
    }
    if ((c === 0x27 && syntax.single === 'char') || (c === 0x60 && !syntax.backtick)) {
      // `'a'`, `'\n'`, `'\u00e9'`: a character; anything else (`'a` a Rust lifetime, a shell backtick) is code.
      const close = c === 0x27 ? (text.charCodeAt(i + 1) === 0x5c ? text.indexOf("'", i + 2) : text.charCodeAt(i + 2) === 0x27 ? i + 2 : -1) : -1;
      i = close > i && close - i < 12 ? close + 1 : i + 1;
      continue;
    }
    // A string: `"`, `'`, a backtick, or a triple quote.
    const triple = syntax.triple && c !== 0x60 && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
    const open = triple ? 3 : 1;
    const doc = syntax.docstrings && depth === 0 && isStatement(text, lineStart, i);
    const start = i + open;
    const multiline = triple || c === 0x60 || (c === 0x22 && syntax.multilineDouble);
    const escapes = c === 0x60 ? 0x5c : c === 0x27 && syntax.rawSingle ? -1 : escape;
    const end = closingQuote(text, start, c, triple, multiline ? n : eolAfter(start), escapes, syntax.powershell);
    spans.push({ start, end, doc });
    i = end < n && text.charCodeAt(end) === c ? end + open : end;
  }
  return spans;
}

/**
 * Where the string opened before `start` by quote `q` ends: the offset of its closing quote, or `eol`
 * (the end of its line, or of the file for a string that may span lines) when unterminated.
 * `escape` is the escape character's code (-1: none).
 */
function closingQuote(text: string, start: number, q: number, triple: boolean, eol: number, escape: number, doubled: boolean): number {
  const quote = String.fromCharCode(q);
  let j = start;
  for (;;) {
    const at = text.indexOf(quote, j);
    if (at < 0 || at >= eol) return eol;
    // Escaped when an odd number of escape characters stands before it.
    let k = at - 1;
    while (k >= start && text.charCodeAt(k) === escape) k--;
    if ((at - 1 - k) % 2 === 1) {
      j = at + 1;
      continue;
    }
    if (triple) {
      if (text.charCodeAt(at + 1) === q && text.charCodeAt(at + 2) === q) return at;
      j = at + 1;
      continue;
    }
    // PowerShell doubles a quote to escape it (`""`, `''`).
    if (doubled && text.charCodeAt(at + 1) === q) {
      j = at + 2;
      continue;
    }
    return at;
  }
}

/**
 * A Python string standing as a statement (a docstring): only its prefix before it on its line,
 * and the code before its line does not continue into it (`x = \`, `+`, `,`, `%`).
 */
function isStatement(text: string, lineStart: number, at: number): boolean {
  for (let k = lineStart; k < at; k++) {
    const c = text.charCodeAt(k);
    if (!(c === 0x20 || c === 0x09 || /[rRbBuUfF]/.test(text[k]!))) return false;
  }
  let k = lineStart - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  const last = k < 0 ? 0 : text.charCodeAt(k);
  return !(last === 0x3d || last === 0x2b || last === 0x5c || last === 0x25 || last === 0x2c);
}
