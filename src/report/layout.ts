// Fitting a table into the terminal: cells are lines of styled spans, wrapped here (before any
// colour is applied, so escape codes never split) at the places a model id or a list breaks
// best, and column widths are shared out so the table is no wider than the terminal.

export interface Span {
  text: string;
  style?: (text: string) => string;
}
/** One logical line of a cell; it may wrap onto several. */
export type CellLine = Span[];
export type Cell = CellLine[];

// East Asian wide and fullwidth characters take two terminal columns (BAAI's 北京智源 in a card).
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;
const charWidth = (c: string) => (WIDE.test(c) ? 2 : 1);

export function displayWidth(text: string): number {
  let width = 0;
  for (const c of text) width += charWidth(c);
  return width;
}

/** `text` cut to at most `max` terminal columns, with "…" where it was cut. */
export function clipToWidth(text: string, max: number): string {
  if (text.length <= max / 2) return text;
  let width = 0;
  let end = 0;
  for (const c of text) {
    const w = charWidth(c);
    if (width + w > max - 1) return `${text.slice(0, end)}…`;
    width += w;
    end += c.length;
  }
  return text;
}

const lineText = (line: CellLine) => line.map((s) => s.text).join('');

/** Where a line may break by default: after a space, `/`, `-`, `,`, `;` or `_` (and always before `@` or `(`). */
export const BREAK_AFTER = ' /-,;_';

function breakBefore(chars: string[], i: number, breaks: string): boolean {
  return breaks.includes(chars[i - 1]!) || '@('.includes(chars[i]!);
}

/** Wraps one logical line into lines no wider than `width`, preferring break points, never dropping text. */
export function wrapLine(line: CellLine, width: number, breaks = BREAK_AFTER): CellLine[] {
  const chars: { c: string; span: number }[] = [];
  line.forEach((span, i) => {
    for (const c of span.text) chars.push({ c, span: i });
  });
  const plain = chars.map((x) => x.c);
  const out: CellLine[] = [];
  let start = 0;
  while (start < chars.length) {
    let used = 0;
    let end = start;
    while (end < chars.length && used + charWidth(plain[end]!) <= width) used += charWidth(plain[end++]!);
    if (end < chars.length) {
      let at = end;
      while (at > start + 1 && !breakBefore(plain, at, breaks)) at--;
      if (at > start + 1) end = at;
      else if (end === start) end = start + 1; // a character wider than the column
    }
    out.push(toSpans(chars.slice(start, end), line));
    start = end;
    while (start < chars.length && plain[start] === ' ') start++;
  }
  return out.length ? out : [[]];
}

/** Consecutive characters of the same span become one span again; trailing spaces are dropped. */
function toSpans(chars: { c: string; span: number }[], line: CellLine): CellLine {
  const groups: { span: number; text: string }[] = [];
  for (const { c, span } of chars) {
    const last = groups[groups.length - 1];
    if (last && last.span === span) last.text += c;
    else groups.push({ span, text: c });
  }
  const last = groups[groups.length - 1];
  if (last) last.text = last.text.replace(/ +$/, '');
  return groups.map((g) => ({ text: g.text, style: line[g.span]!.style }));
}

/** The widest logical line of a cell. */
export function naturalWidth(cell: Cell): number {
  return Math.max(0, ...cell.map((line) => displayWidth(lineText(line))));
}

/** The widest run the cell cannot break inside (a licence id, a file name): below it, text splits mid-word. */
export function atomWidth(cell: Cell, breaks = BREAK_AFTER): number {
  let widest = 0;
  for (const line of cell) {
    const chars = [...lineText(line)];
    let run = 0;
    chars.forEach((c, i) => {
      if (i > 0 && breakBefore(chars, i, breaks)) run = 0;
      run += c === ' ' ? 0 : charWidth(c);
      widest = Math.max(widest, run);
    });
  }
  return widest;
}

/**
 * Column widths for `available` terminal columns of content: each column's natural width when
 * they all fit. Otherwise every column starts at its minimum; the space left first widens
 * columns to their widest unbreakable run (so `Apache-2.0` stays whole), then goes, a column at
 * a time, to the column with the smallest share of its natural width.
 */
export function fitWidths(natural: number[], minimum: number[], available: number | undefined, atoms: number[] = minimum): number[] {
  const total = natural.reduce((a, b) => a + b, 0);
  if (available === undefined || total <= available) return natural;
  const widths = natural.map((n, i) => Math.min(n, minimum[i]!));
  let spare = available - widths.reduce((a, b) => a + b, 0);
  for (const target of [natural.map((n, i) => Math.min(n, atoms[i]!)), natural]) {
    while (spare > 0) {
      // The column with the smallest share of its target so far: all shrink by the same ratio.
      let best = -1;
      for (let i = 0; i < widths.length; i++) if (widths[i]! < target[i]! && (best < 0 || widths[i]! / target[i]! < widths[best]! / target[best]!)) best = i;
      if (best < 0) break;
      widths[best]!++;
      spare--;
    }
  }
  return widths;
}

/** The cell as text for a column of `width`: wrapped, then styled span by span. */
export function renderCell(cell: Cell, width: number, breaks = BREAK_AFTER): string {
  return cell
    .flatMap((line) => wrapLine(line, width, breaks))
    .map((line) => line.map((s) => (s.style && s.text ? s.style(s.text) : s.text)).join(''))
    .join('\n');
}

/** Terminal width from `COLUMNS` (what `COLUMNS=100 modelprov ...` sets), else the terminal's own. */
export function terminalWidth(env: NodeJS.ProcessEnv, ttyColumns?: number): number | undefined {
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return ttyColumns && ttyColumns > 0 ? ttyColumns : undefined;
}
