// Whole-text questions model-names asks of every text it reads, answered by a scan from a rarer character than the
// regex's first (session 19, speedO): on its 15,534 idle texts of the real corpus (334 M chars), one pass each,
// `/lm_type|lmType/` 164 -> 62 ms and the matches of `/["'`]-/g` 178 -> 72 ms. Same answers (tests/extract/gate-scans.test.ts).
import { isWordCode } from './char-codes.js';
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

/**
 * `/def[ \t]+\w*(?:space|dataset)/i.test(text)`: a function (`def`, in any case) whose name holds `space` or `dataset`.
 * Case-blind, the regex could skip ahead on no literal (316 ms a pass over the corpus' Python texts, session 19); this
 * starts from each `f` or `F` followed by a blank, found by `indexOf`. Same answers (tests/extract/gate-scans.test.ts).
 */
export function holdsOtherRepoDef(text: string): boolean {
  for (const needle of DEF_ENDS) {
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 2)) {
      if (i < 2 || (text.charCodeAt(i - 1) | 32) !== 101 /* e */ || (text.charCodeAt(i - 2) | 32) !== 100 /* d */) continue;
      // The blanks, then the word (`\w*` holds ASCII letters, digits and `_` only, /i or not).
      let start = i + 1;
      while (start < text.length && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
      let end = start;
      while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
      if (end - start < 5) continue;
      const word = text.slice(start, end).toLowerCase();
      if (word.includes('space') || word.includes('dataset')) return true;
    }
  }
  return false;
}
const DEF_ENDS = ['f ', 'f\t', 'F ', 'F\t'];

/**
 * hub-url's gate, HUB_LOCATION below, answered from each `/` and `:` (found by `indexOf`): every alternative holds one,
 * and the words that end at it (`huggingface.co/`, `hf.co:`) or start at it (`://`, `/models/`) are compared there,
 * ASCII letters case-blind as /i does (no non-ASCII character equals an ASCII letter under /i without `u`). The regex,
 * case-blind with no common first character, was tried at every position of every admitted text (1.6% of a whole run's
 * CPU samples, session 23). Same answers (tests/extract/gate-scans.test.ts).
 */
export function holdsHubLocation(text: string): boolean {
  for (let i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) {
    switch (text.charCodeAt(i - 1) | 32) {
      case 111 /* o */:
        if (endsWithFolded(text, i, 'hf.co') || endsWithFolded(text, i, 'huggingface.co')) return true;
        break;
      case 109 /* m */:
        if (endsWithFolded(text, i, 'hf-mirror.com')) return true;
        break;
      case 110 /* n */:
        if (endsWithFolded(text, i, 'modelscope.cn') || endsWithFolded(text, i, 'openxlab.org.cn')) return true;
        break;
      case 105 /* i */:
        if (endsWithFolded(text, i, 'modelscope.ai')) return true;
        break;
      case 115 /* s */:
        if (endsWithFolded(text, i, 'checkpoints')) return true;
        break;
      case 114 /* r */:
        if (endsWithFolded(text, i, 'openaipublic.azureedge.net/main/whisper')) return true;
        break;
    }
    if ((text.charCodeAt(i + 1) | 32) === 109 /* m */) {
      MODELS_TAG.lastIndex = i;
      if (MODELS_TAG.test(text)) return true;
    }
  }
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    if ((text.charCodeAt(i - 1) | 32) === 111 /* o */ && (endsWithFolded(text, i, 'hf.co') || endsWithFolded(text, i, 'huggingface.co'))) return true;
    if (text.charCodeAt(i + 1) !== 47 || text.charCodeAt(i + 2) !== 47) continue; // `://`
    if (endsWithFolded(text, i, 'hf') || endsWithFolded(text, i, 'huggingface') || endsWithFolded(text, i, 'modelscope') || endsWithFolded(text, i, 'ollama'))
      return true;
  }
  return false;
}
/** The alternative of HUB_LOCATION that goes on past its `/`: an image's `/models/<name>:<tag>`. */
const MODELS_TAG = /\/models\/[\w.-]+:[a-z]/iy;

/** hub-url's gate as a regex (what holdsHubLocation answers; kept for the tests). */
export const HUB_LOCATION =
  /huggingface\.co\/|huggingface\.co:|hf\.co\/|hf\.co:|hf-mirror\.com\/|hf:\/\/|huggingface:\/\/|modelscope\.(cn|ai)\/|openxlab\.org\.cn\/|modelscope:\/\/|ollama:\/\/|\/models\/[\w.-]+:[a-z]|openaipublic\.azureedge\.net\/main\/whisper\/|checkpoints\//i;

/** Whether `word` (lower case) ends at `end` (exclusive), ASCII letters of the text compared case-blind. */
function endsWithFolded(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c |= 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Whether one of `words` (none holding a line end) starts in [from, to) of the text, asked at growing positions: the
 * next occurrence from the last position asked is kept, so a text's lines cost one search an occurrence, not one a line
 * and word. On a line's span (`to` at its end) this is the line's own `includes`: an occurrence starting on the line
 * ends on it. Asked further back, it searches again.
 */
export function wordsIn(text: string, words: readonly string[]): (from: number, to: number) => boolean {
  let searchedFrom = -1;
  let nextAt = Infinity;
  return (from, to) => {
    if (searchedFrom < 0 || from < searchedFrom || nextAt < from) {
      searchedFrom = from;
      nextAt = Infinity;
      for (const word of words) {
        const at = text.indexOf(word, from);
        if (at >= 0 && at < nextAt) nextAt = at;
      }
    }
    return nextAt < to;
  };
}
