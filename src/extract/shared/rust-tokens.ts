// A token scanner for Rust: enough to tell identifiers, string literals and punctuation apart, with
// comments (`//`, `///`, `//!`, nested `/* */`) dropped, in one linear pass. Raw strings (`r"..."`,
// `r#"..."#`), byte strings (`b"..."`), character literals (`'a'`, `'\n'`) and lifetimes (`'static`) are
// told apart. Not a parser: no grammar, no types.

import { Tokens } from './tokens.js';

export interface RustToken {
  kind: 'ident' | 'string' | 'punct';
  /** An identifier's name, a string's contents (escapes left as written), or the punctuation. */
  text: string;
  /** 1-based line and 0-based column of the token's first character (a string's opening quote or prefix). */
  line: number;
  column: number;
}

const OPERATORS = ['::', '=>', '->', '==', '!=', '<=', '>=', '&&', '||', '..'];

/** Tokens of Rust source text; an unterminated string or comment ends at the text's end. */
export function scanRustTokens(text: string): Tokens<RustToken> {
  const tokens = new Tokens<RustToken>(text);
  const n = text.length;
  let line = 1;
  let lineStart = 0;
  /** Moves the line count over text[from, to). */
  const advance = (from: number, to: number) => {
    for (let k = text.indexOf('\n', from); k !== -1 && k < to; k = text.indexOf('\n', k + 1)) {
      line++;
      lineStart = k + 1;
    }
  };
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '\n') {
      line++;
      lineStart = ++i;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
      continue;
    }
    const next = text[i + 1];
    if (ch === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end;
      continue;
    }
    if (ch === '/' && next === '*') {
      // Rust's block comments nest.
      let depth = 1;
      let k = i + 2;
      while (k < n && depth > 0) {
        if (text[k] === '/' && text[k + 1] === '*') (depth++, (k += 2));
        else if (text[k] === '*' && text[k + 1] === '/') (depth--, (k += 2));
        else k++;
      }
      advance(i, k);
      i = k;
      continue;
    }
    // Raw strings: r"..", r#".."#, br#".."#: no escapes, closed by a quote and as many #.
    const raw = /^b?r(#*)"/.exec(text.slice(i, i + 40));
    if (raw && (i === 0 || !/\w/.test(text[i - 1]!))) {
      const close = '"' + raw[1]!;
      const open = i + raw[0].length;
      const end = text.indexOf(close, open);
      const stop = end < 0 ? n : end + close.length;
      tokens.add('string', open, end < 0 ? n : end, line, i - lineStart);
      advance(i, stop);
      i = stop;
      continue;
    }
    if (ch === '"' || (ch === 'b' && next === '"' && (i === 0 || !/\w/.test(text[i - 1]!)))) {
      const open = ch === '"' ? i + 1 : i + 2;
      let k = open;
      while (k < n && text[k] !== '"') k += text[k] === '\\' ? 2 : 1;
      tokens.add('string', open, Math.min(k, n), line, i - lineStart);
      advance(i, k);
      i = k + 1;
      continue;
    }
    if (ch === "'") {
      // A character literal ('a', '\n', '\u{1F600}'), else a lifetime or label ('static, 'outer): skipped.
      const literal = /^'(?:\\(?:u\{[0-9a-fA-F]{1,6}\}|x[0-9a-fA-F]{2}|.)|[^\\'\n])'/.exec(text.slice(i, i + 12));
      i += literal ? literal[0].length : 1;
      continue;
    }
    if (/[A-Za-z_]/.test(ch)) {
      let k = i + 1;
      while (k < n && /\w/.test(text[k]!)) k++;
      tokens.add('ident', i, k, line, i - lineStart);
      i = k;
      continue;
    }
    if (/[0-9]/.test(ch)) {
      let k = i + 1;
      while (k < n && /[\w.]/.test(text[k]!) && !(text[k] === '.' && text[k + 1] === '.')) k++;
      i = k;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    tokens.addText('punct', op ?? ch, i, line, i - lineStart);
    i += op ? op.length : 1;
  }
  return tokens;
}

/**
 * Whether the string literal at [start, end) of a line (quotes included) is part of a `match` arm's pattern: only
 * other string patterns and `|` before it on the line, and `|` or `=>` after it (`"llama3" | "llama-bpe" => Spec {`).
 */
export function isMatchPatternString(line: string, start: number, end: number): boolean {
  return /^\s*(?:"[^"\n]*"\s*\|\s*)*$/.test(line.slice(0, start)) && /^\s*(?:\||=>)/.test(line.slice(end));
}

/**
 * What the last `match` before `offset` (within 3,000 characters) compares: `match pre {` -> `pre`, `match
 * self.arch {` -> `self.arch`; undefined when there is none.
 */
export function matchScrutinee(text: string, offset: number): string | undefined {
  const before = text.slice(Math.max(0, offset - 3000), offset);
  let last: string | undefined;
  for (const m of before.matchAll(/\bmatch\s+([^{};\n]{1,80}?)\s*\{/g)) last = m[1];
  return last;
}
