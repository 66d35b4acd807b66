import { lineStarts } from '../source-file.js';

/**
 * Maps string offsets to 1-based line/column. Line starts are computed on the first question, once
 * per file (lineStarts keeps the last text's): most files an extractor reads yield nothing to locate.
 */
export class PositionIndex {
  private cachedStarts: readonly number[] | undefined;
  constructor(private readonly text: string) {}

  private get starts(): readonly number[] {
    return (this.cachedStarts ??= lineStarts(this.text));
  }

  at(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line, column: offset - this.starts[line - 1]! + 1 };
  }

  /** The 1-based line an offset stands on. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Where a 1-based line starts. */
  lineStart(line: number): number {
    return this.starts[line - 1]!;
  }

  /** A 1-based line's length, without its line break. */
  lineLength(line: number): number {
    return (this.starts[line] ?? this.text.length + 1) - this.starts[line - 1]! - 1;
  }

  /** The whole text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1] ?? 0;
    return this.text.slice(start, start + Math.max(0, this.lineLength(line)));
  }

  /** The trimmed text of a 1-based line, cut to a readable length. */
  snippet(line: number, max = 160): string {
    const start = this.starts[line - 1] ?? 0;
    const end = this.starts[line] ?? this.text.length;
    const text = this.text
      .slice(start, end)
      .replace(/\r?\n$/, '')
      .trim();
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
  }
}
