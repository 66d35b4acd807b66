// Reading a text in windows: a reader that walks every line, but whose lines change nothing but an indentation-keyed
// path (shared/key-path.ts) between the lines it must read (`anchors`: a word, a flag, a trigger of its block state),
// may pass over such a quiet stretch and start again at a line that resets the key path as the stretch would have left
// it: a line whose key path entry pops every entry a skipped line could have pushed or popped (its indentation is at
// most every skipped line's). What the reader does on the lines it then reads is what it did before.
import type { WordLines } from './word-lines.js';
import { isSpaceAt } from './char-codes.js';

/** Where the next occurrence at or after a position is, for one kind of anchor (asked at growing positions). */
class Next {
  private at = -2; // -2: not searched yet; -1: none left
  constructor(private readonly find: (from: number) => number) {}
  from(p: number): number {
    if (this.at === -2 || (this.at !== -1 && this.at < p)) this.at = this.find(p);
    return this.at < 0 ? Infinity : this.at;
  }
}

/** The key path's stack holds up to 64 entries (key-path.ts): a skipped line indented this far may shift one out. */
const DEEP = 63;

/**
 * The anchors of a text and the replay start of each stretch between them. `words`: the literal words whose every
 * occurrence is an anchor (case as given); `patterns`: global regexes whose every match is one; `lines`: WordLines
 * whose every line is one; a line whose last character that is no space is `[` is one too.
 */
export class QuietLines {
  private readonly next: Next[];
  // Where the last stretch looked, so that a stretch is scanned once (lines already scanned are read in full).
  private scannedTo = -1;

  constructor(
    private readonly text: string,
    words: readonly string[],
    patterns: readonly RegExp[],
    lines: readonly (WordLines | undefined)[],
  ) {
    this.next = [
      ...words.map((w) => new Next((p) => text.indexOf(w, p))),
      ...patterns.map(
        (re) =>
          new Next((p) => {
            re.lastIndex = p;
            return re.exec(text)?.index ?? -1;
          }),
      ),
      ...lines.filter((l): l is WordLines => !!l).map((l) => new Next((p) => l.lineAfter(p))),
      new Next((p) => openingLineEnd(text, p)),
    ];
  }

  /**
   * From the line starting at `start` (number `lineNo + 1`), the reader's state being quiet: the line start to go on
   * reading from (its number minus one in `lineNo`), or undefined to read on from `start`. `enters(n, from, to)`: whether
   * the reader enters line `n`, [from, to), in its key path when it reads it (a line it passes over is no start).
   */
  skip(start: number, lineNo: number, enters: (n: number, from: number, to: number) => boolean): { start: number; lineNo: number } | undefined {
    if (start <= this.scannedTo) return undefined;
    const text = this.text;
    let anchor = text.length;
    for (const n of this.next) anchor = Math.min(anchor, n.from(start));
    const anchorLine = anchor <= start ? start : text.lastIndexOf('\n', anchor - 1) + 1;
    this.scannedTo = anchorLine;
    if (anchorLine <= start) return undefined;
    // The last line (up to the anchor's) indented at most as every line before it in the stretch, that the key path
    // enters at that indentation (no blank, closing-bracket or `- ` list line, nor one the reader passes over).
    let min = Infinity;
    let best = start;
    let bestNo = lineNo;
    let n = lineNo;
    for (let p = start; p <= anchorLine;) {
      n++;
      let e = text.indexOf('\n', p);
      if (e < 0) e = text.length;
      let i = p;
      while (i < e && isSpaceAt(text, i)) i++;
      if (i < e) {
        const c = text.charCodeAt(i);
        const marker = c === 0x2d && i + 1 < e && isSpaceAt(text, i + 1);
        if (i - p <= min) {
          min = i - p;
          if (!marker && c !== 0x5d && c !== 0x29 && c !== 0x7d && e - p <= 4000 && enters(n, p, e)) {
            best = p;
            bestNo = n;
          }
        }
        // A line indented this far (after a `- ` marker) may push the key path's 65th entry: stop before it.
        let k = i;
        if (marker) for (k = i + 1; k < e && isSpaceAt(text, k);) k++;
        if (k - p >= DEEP) break;
      }
      p = e + 1;
    }
    return best > start ? { start: best, lineNo: bestNo - 1 } : undefined;
  }
}

/** The first `[` at or after `p` that ends its line (nothing but spaces after it), -1 when none. */
function openingLineEnd(text: string, p: number): number {
  for (let at = text.indexOf('[', p); at >= 0; at = text.indexOf('[', at + 1)) {
    let i = at + 1;
    while (i < text.length && text.charCodeAt(i) !== 0x0a && isSpaceAt(text, i)) i++;
    if (i >= text.length || text.charCodeAt(i) === 0x0a) return at;
  }
  return -1;
}
