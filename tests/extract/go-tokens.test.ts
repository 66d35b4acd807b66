// The Go tokeniser tests characters by code (session 16, speedI): it tested each character of every Go file with a regular
// expression (`/[A-Za-z_]/`, `/\w/`, `/[\w.]/`) and looked every punctuation character up in the operator list, 890 ms
// a pass over the 3,326 Go files of the real corpus that yield nothing (464 ms after). The tokens must be those of the
// regex tokeniser it replaced, kept here as the reference, on the fixtures and on generated texts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanGoTokens } from '../../src/extract/go.js';

const OPERATORS = [':=', '...', '==', '!=', '<=', '>=', '&&', '||', '<-', '+=', '-=', '++', '--'];

/** The tokeniser as it was (src/extract/go.ts before session 16), tokens as plain objects. */
function reference(text: string) {
  const out: { kind: string; text: string; line: number; column: number; block?: boolean }[] = [];
  const n = text.length;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      lineStart = ++i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let k = i; k < stop; k++) if (text[k] === '\n') (line++, (lineStart = k + 1));
      i = stop;
      continue;
    }
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      const stop = end < 0 ? n : end;
      const startLine = line;
      const column = i - lineStart;
      let block = false;
      for (let k = i + 1; k < stop; k++) if (text[k] === '\n') (line++, (lineStart = k + 1), (block = true));
      out.push({ kind: 'string', text: text.slice(i + 1, stop), line: startLine, column, ...(block ? { block } : {}) });
      i = stop + 1;
      continue;
    }
    if (c === '"' || c === "'") {
      let k = i + 1;
      while (k < n && text[k] !== c && text[k] !== '\n') k += text[k] === '\\' ? 2 : 1;
      out.push({ kind: c === '"' ? 'string' : 'rune', text: text.slice(i + 1, Math.min(k, n)), line, column: i - lineStart });
      i = text[k] === c ? k + 1 : k;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let k = i + 1;
      while (k < n && /\w/.test(text[k]!)) k++;
      out.push({ kind: 'ident', text: text.slice(i, k), line, column: i - lineStart });
      i = k;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let k = i + 1;
      while (k < n && /[\w.]/.test(text[k]!)) k++;
      out.push({ kind: 'number', text: text.slice(i, k), line, column: i - lineStart });
      i = k;
      continue;
    }
    const t = OPERATORS.find((o) => text.startsWith(o, i)) ?? c;
    out.push({ kind: 'punct', text: t, line, column: i - lineStart });
    i += t.length;
  }
  return out;
}

const tokensOf = (text: string) =>
  scanGoTokens(text)
    .toArray()
    .map((t) => ({ ...t }));

/** A seeded generator of Go-like text: identifiers, numbers, strings, comments, operators, non-ASCII letters. */
function generated(seed: number, length: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pieces = [
    'model',
    'Model2',
    '_x',
    'ChatRequest',
    '3.14',
    '0x1F',
    '1e9',
    '.5',
    'é',
    'ü',
    '世界',
    ' ',
    '\t',
    '\n',
    '\r\n',
    '"llama3"',
    '"a\\"b"',
    '"open',
    "'x'",
    "'\\n'",
    '`raw`',
    '`multi\nline`',
    '// note\n',
    '/* a\n b */',
    '/*open',
    ':=',
    '...',
    '==',
    '!=',
    '<=',
    '>=',
    '&&',
    '||',
    '<-',
    '+=',
    '-=',
    '++',
    '--',
    '+',
    '-',
    '.',
    ':',
    '=',
    '!',
    '<',
    '>',
    '&',
    '|',
    '{',
    '}',
    '(',
    ')',
    ',',
    ';',
    '$',
    '#',
    '\\',
    '`',
  ];
  let text = '';
  while (text.length < length) text += pieces[Math.floor(next() * pieces.length)];
  return text;
}

describe('the Go tokeniser by char codes', () => {
  it('gives the regex tokeniser’s tokens on every Go fixture', () => {
    const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'go');
    const files = readdirSync(dir).filter((f) => f.endsWith('.go'));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(tokensOf(text), f).toEqual(reference(text));
    }
  });

  it('gives the regex tokeniser’s tokens on generated texts', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = generated(seed, 50 + (seed % 7) * 60);
      expect(tokensOf(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
