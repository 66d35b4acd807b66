// A global pattern run over a whole text is tried at every position of it, and for a pattern anchored `^` with the `m`
// flag or opening with `\b\w+` each try costs (V8 does not skip to line starts, and `\w+` backtracks over each word).
// When every match must hold a literal word and can never cross a line break, only the lines holding that word can
// hold a match: the pattern run over each of them alone finds the same matches, in the same order.

/**
 * What `for (m = pattern.exec(text); m; m = pattern.exec(text))` gives for a global `pattern` whose every match holds
 * `word` and no `\n` (nor a look-around across one): the pattern run over each line holding `word`, in order, each
 * match's `index` moved to the whole text's offsets (its `input` is the line). A line's ends stand where the text's
 * `\n`s are, so `^`, `$` and `\b` see at a line's ends what they see in the whole text.
 */
export function* matchesOnLinesWith(text: string, word: string, pattern: RegExp): Generator<RegExpExecArray> {
  if (!pattern.global) throw new Error(`matchesOnLinesWith: ${pattern} is not global`);
  for (let at = text.indexOf(word); at >= 0;) {
    const start = text.lastIndexOf('\n', at) + 1;
    let end = text.indexOf('\n', at + word.length);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
      if (m[0] === '') pattern.lastIndex++;
      m.index += start;
      yield m;
    }
    at = end < text.length ? text.indexOf(word, end + 1) : -1;
  }
}
