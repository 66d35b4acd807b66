// Which lines of a text hold one of a reader's words, found in one pass of the prefilter's
// automaton (src/scan/literal-scan.ts): a reader whose every finding on a line needs one of its
// words on that line skips the other lines' work (most lines of most admitted files hold none).

import { compileWordFinder, type WordFinder } from '../../scan/literal-scan.js';

/** The lines holding a word, asked in order of position. */
export class WordLines {
  private at = 0;
  constructor(
    private readonly text: string,
    private readonly ends: readonly number[],
    /** Where the shortest word ending at each of `ends` starts. */
    private readonly starts: readonly number[],
    /** Whether the words found say a name may be there (a reader's own sense; true by default). */
    readonly knowsNames = true,
  ) {}

  /** True when a whole word lies inside [start, end) (asked in any order). */
  holds(start: number, end: number): boolean {
    const ends = this.ends;
    // The first occurrence ending after `start` (one ending at or before it cannot lie inside).
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < ends.length && ends[i]! <= end; i++) if (this.starts[i]! >= start) return true;
    return false;
  }

  /** A position on the first line holding a word that ends after `at` (the word's last character; asked in any order), -1: none. */
  lineAfter(at: number): number {
    const ends = this.ends;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo < ends.length ? ends[lo]! - 1 : -1;
  }

  /** Asks lines from the text's start again (a reader that reads the text twice). */
  rewind(): void {
    this.at = 0;
  }

  /** True when a word lies inside the line [start, end) (no line break inside); ask lines in order. */
  has(start: number, end: number): boolean {
    const ends = this.ends;
    while (this.at < ends.length && ends[this.at]! <= start) this.at++;
    return this.at < ends.length && ends[this.at]! <= end;
  }

  /** Each line holding a word once, in order: [start, end) without its line break. */
  *spans(): Generator<[number, number]> {
    const text = this.text;
    let lineEnd = -1;
    for (const e of this.ends) {
      if (e <= lineEnd) continue; // a word on the line already given
      const start = text.lastIndexOf('\n', e - 1) + 1;
      lineEnd = text.indexOf('\n', e);
      if (lineEnd < 0) lineEnd = text.length;
      yield [start, lineEnd];
    }
  }
}

/**
 * A finder of the lines holding one of `words` or `more` (ASCII case ignored, as the prefilter's
 * words), for texts that hold one of `words` (the reader's own gate): undefined for a text that
 * holds none of `words`, whatever `more` it holds.
 */
export function wordLinesOf(words: () => readonly string[], more: () => readonly string[] = () => []): (text: string) => WordLines | undefined {
  let finder: WordFinder | undefined;
  return (text) => {
    finder ??= compileWordFinder([words(), more()]);
    if (!finder) throw new Error('word lines: the words must be printable ASCII');
    const { ends, groups, starts } = finder.hits(text);
    return groups.some((g) => (g & 1) !== 0) ? new WordLines(text, ends, starts) : undefined;
  };
}
