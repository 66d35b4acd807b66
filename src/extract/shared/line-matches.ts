// A global pattern run over a whole text is tried at every position of it, and for a pattern anchored `^` with the `m`
// flag or opening with `\b\w+` each try costs (V8 does not skip to line starts, and `\w+` backtracks over each word).
// When every match must hold a literal word and can never cross a line break, only the lines holding that word can
// hold a match: the pattern run over each of them alone finds the same matches, in the same order.

import { isLineBreakCode } from './char-codes.js';

/**
 * What `for (m = pattern.exec(text); m; m = pattern.exec(text))` gives for a global `pattern` whose every match holds
 * `word` and no `\n` (nor a look-around across one): the pattern run over each line holding `word`, in order, each
 * match's `index` moved to the whole text's offsets (its `input` is the line). A line's ends stand where the text's
 * `\n`s are, so `^`, `$` and `\b` see at a line's ends what they see in the whole text.
 */
export function matchesOnLinesWith(text: string, word: string, pattern: RegExp): Generator<RegExpExecArray> {
  return matchesOnLinesWithAny(text, [word], pattern);
}

/**
 * The same for a pattern whose every match holds one of `words` (none holding a `\n`): the pattern run over each line
 * holding any of them, once a line, in order (the next occurrence of each word kept while the lines go forward).
 */
export function* matchesOnLinesWithAny(text: string, words: readonly string[], pattern: RegExp): Generator<RegExpExecArray> {
  if (!pattern.global) throw new Error(`matchesOnLinesWithAny: ${pattern} is not global`);
  const next = words.map((w) => text.indexOf(w));
  for (;;) {
    let at = -1;
    for (const n of next) if (n >= 0 && (at < 0 || n < at)) at = n;
    if (at < 0) return;
    const start = text.lastIndexOf('\n', at) + 1;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
      if (m[0] === '') pattern.lastIndex++;
      m.index += start;
      yield m;
    }
    if (end >= text.length) return;
    for (let k = 0; k < next.length; k++) if (next[k]! >= 0 && next[k]! < end) next[k] = text.indexOf(words[k]!, end + 1);
  }
}

const stickyForms = new WeakMap<RegExp, RegExp>();

/**
 * What the same loop gives for a global, multiline `pattern` whose every match starts at a line's start (`^` under
 * `m`: the text's start, or after `\n`, `\r`, U+2028, U+2029) and holds `word` before its first line break, though it
 * may go on over the lines below (`def f(\n    self, model_name`): the pattern tried sticky at the starts of the lines
 * holding the word only, going on from each match's end as `lastIndex` does.
 */
export function* matchesFromLineStartsWith(text: string, word: string, pattern: RegExp): Generator<RegExpExecArray> {
  if (!pattern.global || !pattern.multiline) throw new Error(`matchesFromLineStartsWith: ${pattern} is not global and multiline`);
  let sticky = stickyForms.get(pattern);
  if (!sticky) stickyForms.set(pattern, (sticky = new RegExp(pattern.source, pattern.flags.replace('g', 'y'))));
  let next = 0;
  for (const start of lineStartsHolding(text, word)) {
    if (start < next) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (!m) continue;
    next = m.index + m[0].length + (m[0] === '' ? 1 : 0);
    yield m;
  }
}

/**
 * The start of each line holding `word` (a line ends at `\n`, `\r`, U+2028 or U+2029), once a line, in order. Each
 * occurrence walks back to its line's start, stopping at the last occurrence seen: a long line is walked once.
 */
export function* lineStartsHolding(text: string, word: string): Generator<number> {
  let lastAt = -1;
  let lastStart = -1;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    let start = at;
    for (let c = text.charCodeAt(start - 1); start > 0 && !isLineBreakCode(c); c = text.charCodeAt(--start - 1))
      if (start === lastAt) {
        start = lastStart;
        break;
      }
    const seen = start === lastStart;
    lastAt = at;
    lastStart = start;
    if (!seen) yield start;
  }
}
