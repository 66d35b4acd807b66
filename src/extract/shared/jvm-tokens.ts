// A token scanner for Java, Kotlin, Scala and Groovy: enough to tell identifiers, string literals and
// brackets apart, with comments dropped, in one linear pass. Not a parser: no grammar, no types.

import { BLOCK, Tokens } from './tokens.js';

export interface JvmToken {
  kind: 'ident' | 'string' | 'punct' | 'number';
  /** An identifier's name, a string's contents (escapes left as written), or the punctuation. */
  text: string;
  /** 1-based line and 0-based column of the token's first character (a string's opening quote). */
  line: number;
  column: number;
  /** A multi-line string block (`"""..."""`: Kotlin raw strings, Java text blocks): prose, usually. */
  block?: boolean;
}

const OPERATORS = ['->', '?:', '::', '==', '!=', '<=', '>=', '&&', '||', '?.', '!!', '..'];

/** Tokens of JVM source text; unterminated strings and comments end at the line's or the text's end. */
export function scanJvmTokens(text: string): Tokens<JvmToken> {
  const tokens = new Tokens<JvmToken>(text);
  let line = 1;
  let lineStart = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = ++i;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    const ch = text[i]!;
    const next = text[i + 1];
    if (ch === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end;
      continue;
    }
    if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let k = text.indexOf('\n', i); k !== -1 && k < stop; k = text.indexOf('\n', k + 1)) {
        line++;
        lineStart = k + 1;
      }
      i = stop;
      continue;
    }
    if (ch === '"' && next === '"' && text[i + 2] === '"') {
      const end = text.indexOf('"""', i + 3);
      const stop = end < 0 ? n : end + 3;
      tokens.add('string', i + 3, end < 0 ? n : end, line, i - lineStart, BLOCK);
      for (let k = text.indexOf('\n', i); k !== -1 && k < stop; k = text.indexOf('\n', k + 1)) {
        line++;
        lineStart = k + 1;
      }
      i = stop;
      continue;
    }
    if (ch === '"' || ch === "'") {
      // One line at most; a backslash escapes the next character.
      let j = i + 1;
      while (j < n && text[j] !== ch && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      tokens.add('string', i + 1, Math.min(j, n), line, i - lineStart);
      i = j < n && text[j] === ch ? j + 1 : j;
      continue;
    }
    if (/[A-Za-z_$]/.test(ch)) {
      let j = i + 1;
      while (j < n && /[\w$]/.test(text[j]!)) j++;
      tokens.add('ident', i, j, line, i - lineStart);
      i = j;
      continue;
    }
    if (/\d/.test(ch)) {
      let j = i + 1;
      while (j < n && /[\w.]/.test(text[j]!)) j++;
      tokens.add('number', i, j, line, i - lineStart);
      i = j;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    tokens.addText('punct', op ?? ch, i, line, i - lineStart);
    i += op ? op.length : 1;
  }
  return tokens;
}
