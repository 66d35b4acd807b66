// Whole-text questions model-names asks of every text it reads, answered by a scan from a rarer character than the
// regex's first (session 19, speedO): on its 15,534 idle texts of the real corpus (334 M chars), one pass each,
// `/lm_type|lmType/` 164 -> 62 ms and the matches of `/["'`]-/g` 178 -> 72 ms. Same answers (tests/extract/gate-scans.test.ts).
import { WordLines } from './word-lines.js';

/** `/lm_type|lmType/.test(text)`, from each `ype`: the word of LangChain's type-tag property (`_llm_type`, `_llmType`). */
export function holdsTypeTag(text: string): boolean {
  for (let i = text.indexOf('ype'); i >= 0; i = text.indexOf('ype', i + 3)) {
    const before = text.charCodeAt(i - 1);
    if (before === 116 /* t */ && i >= 4 && text.startsWith('lm_', i - 4)) return true;
    if (before === 84 /* T */ && i >= 3 && text.startsWith('lm', i - 3)) return true;
  }
  return false;
}

/** Each match of `/["'`]-/g` (a quoted value that may be a flag: its quote, then a hyphen) as WordLines, from each `-`. */
export function quotedFlagLines(text: string): WordLines {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = text.indexOf('-', 1); i >= 0; i = text.indexOf('-', i + 1)) {
    const before = text.charCodeAt(i - 1);
    if (before === 34 /* " */ || before === 39 /* ' */ || before === 96 /* ` */) {
      starts.push(i - 1);
      ends.push(i + 1);
    }
  }
  return new WordLines(text, ends, starts);
}
