// Patterns that open with a word holding a keyword, `\b(\w*(?:model|checkpoint)\w*)...`, were tried at
// every word of a file: each attempt consumed the word and backtracked over it looking for the
// keyword (real corpus: a third of the Python extractor). A match can only start at the start of
// a word holding a keyword, so the keywords are searched for first and the pattern is tried
// (sticky) at the start of each such word: the same matches, in the same order.

const OPENING = /^\\b\(\\w\*\(\?:([\w|]+)\)\\w\*\)/;
const compiled = new WeakMap<RegExp, { keyword: RegExp; sticky: RegExp }>();

const isWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

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
    forms = { keyword: new RegExp(keywords, `${flags}g`), sticky: new RegExp(pattern.source, `${flags}y`) };
    compiled.set(pattern, forms);
  }
  const { keyword, sticky } = forms;
  // Where the last match ended: the search goes on from there, as exec's lastIndex does.
  let from = 0;
  while (from <= text.length) {
    keyword.lastIndex = from;
    const hit = keyword.exec(text);
    if (!hit) return;
    let start = hit.index;
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
    let wordEnd = hit.index + hit[0].length;
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
