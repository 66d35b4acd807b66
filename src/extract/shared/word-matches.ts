// Patterns that open with a word holding a keyword, `\b(\w*(?:model|checkpoint)\w*)...`, were tried at
// every word of a file: each attempt consumed the word and backtracked over it looking for the
// keyword (real corpus: a third of the Python extractor). A match can only start at the start of
// a word holding a keyword, so the keywords are searched for first and the pattern is tried
// (sticky) at the start of each such word: the same matches, in the same order.

import { keptWithCallSites } from './calls.js';
import { isWordCode } from './char-codes.js';

const OPENING = /^\\b\(\\w\*\(\?:([\w|]+)\)\\w\*\)/;
const compiled = new WeakMap<RegExp, { keyword: RegExp; sticky: RegExp; shared: string; within?: RegExp }>();

/**
 * The keywords of the python reader's four word patterns (MODEL_KEYWORD, MODEL_FROM_CONSTANT, MODEL_VAR_CALL,
 * MEMBER_TEST), all case-blind: a text is searched for all of them at once, and each pattern's words are those of the
 * found words that hold one of its own keywords (one search a text where there were four, each over the whole text).
 */
const SHARED_KEYWORDS = new Set(['model', 'checkpoint', 'repo_id', 'adapter_id', 'embed', 'rerank', 'llm']);
const SHARED_SEARCH = new RegExp([...SHARED_KEYWORDS].join('|'), 'gi');

/**
 * Where the keywords occur in the last text asked, by keyword search (its source and flags), kept until the scan is done
 * with the file (keptWithCallSites): patterns opening with the same keywords (the python reader's MODEL_KEYWORD and
 * MODEL_FROM_CONSTANT) search a text for them once. The matches of one search from the text's start stand for the
 * search from any position: an occurrence it skips overlaps one it found, inside the same word, and a word is tried (or
 * skipped) whole.
 */
const hitsBySearch = keptWithCallSites(() => new Map<string, number[]>());

/** The offsets of every keyword occurrence in `text` (one search, kept for the text). */
function keywordHits(text: string, key: string, keyword: RegExp): number[] {
  const kept = hitsBySearch(text);
  let hits = kept.get(key);
  if (!hits) {
    hits = [];
    keyword.lastIndex = 0;
    for (let m = keyword.exec(text); m; m = keyword.exec(text)) {
      hits.push(m.index);
      if (m[0] === '') keyword.lastIndex++;
    }
    kept.set(key, hits);
  }
  return hits;
}

/**
 * The start of each word of `text` holding a match of `within` (some of SHARED_KEYWORDS, case-blind), from one search
 * for all of SHARED_KEYWORDS kept for the text. A word's start stands for its keyword occurrences: wordMatches tries a
 * word at its start or skips it whole, so the words holding a keyword, not where in them, decide its matches.
 */
function sharedWordStarts(text: string, key: string, within: RegExp): number[] {
  const kept = hitsBySearch(text);
  let starts = kept.get(key);
  if (starts) return starts;
  // Each word holding any of the keywords, as its start and end (the search goes on after the word: the word is known).
  let words = kept.get(SHARED);
  if (!words) {
    words = [];
    SHARED_SEARCH.lastIndex = 0;
    for (let m = SHARED_SEARCH.exec(text); m; m = SHARED_SEARCH.exec(text)) {
      let start = m.index;
      while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
      let end = m.index + m[0].length;
      while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
      words.push(start, end);
      SHARED_SEARCH.lastIndex = end;
    }
    kept.set(SHARED, words);
  }
  starts = [];
  for (let i = 0; i < words.length; i += 2) if (within.test(text.slice(words[i], words[i + 1]))) starts.push(words[i]!);
  kept.set(key, starts);
  return starts;
}
const SHARED = 'shared';

const holding = new Map<string, RegExp>();

/**
 * The start of each word of `text` holding one of `keywords` (`a|b`, each one of SHARED_KEYWORDS), case-blind, in text
 * order: from the search for SHARED_KEYWORDS kept for the text (a pattern whose match opens with such a word, after a
 * quote say, is tried at these words only).
 */
export function wordStartsHolding(text: string, keywords: string): number[] {
  let within = holding.get(keywords);
  if (!within) {
    if (!keywords.split('|').every((k) => SHARED_KEYWORDS.has(k))) throw new Error(`wordStartsHolding: ${keywords} are not all shared keywords`);
    holding.set(keywords, (within = new RegExp(keywords, 'i')));
  }
  return sharedWordStarts(text, `i/${keywords}`, within);
}

/**
 * Every match `pattern.exec` would find in a loop over `text` (the pattern global, opening with
 * `\b(\w*(?:a|b|c)\w*)`, its keywords plain words).
 */
export function* wordMatches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  let forms = compiled.get(pattern);
  if (!forms) {
    const keywords = OPENING.exec(pattern.source)?.[1];
    if (!keywords || !pattern.global) throw new Error(`wordMatches: ${pattern} does not open with \\b(\\w*(?:words)\\w*)`);
    const flags = pattern.flags.replace('g', '');
    const search = flags.replace(/[^iu]/g, '');
    const shares = search === 'i' && keywords.split('|').every((k) => SHARED_KEYWORDS.has(k));
    forms = {
      keyword: new RegExp(keywords, `${search}g`),
      sticky: new RegExp(pattern.source, `${flags}y`),
      shared: `${search}/${keywords}`,
      ...(shares ? { within: new RegExp(keywords, 'i') } : {}),
    };
    compiled.set(pattern, forms);
  }
  const { keyword, sticky, shared, within } = forms;
  const hits = within ? sharedWordStarts(text, shared, within) : keywordHits(text, shared, keyword);
  // Where the last match ended: the search goes on from there, as exec's lastIndex does.
  let from = 0;
  for (let h = 0; h < hits.length; h++) {
    const at = hits[h]!;
    // An occurrence before `from` (inside the last match or the last word tried) is one the search from `from` skips.
    if (at < from) continue;
    // The word holding it (keywords are word characters).
    let start = at;
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
    let wordEnd = at;
    while (wordEnd < text.length && isWordCode(text.charCodeAt(wordEnd))) wordEnd++;
    // A word that began before `from` has no boundary at or after it: no match starts in it.
    if (start >= from) {
      sticky.lastIndex = start;
      const m = sticky.exec(text);
      if (m) {
        yield m;
        from = m.index + m[0].length;
        continue;
      }
    }
    from = wordEnd;
  }
}
