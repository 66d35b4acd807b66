/**
 * Tables that number names: `MODEL_IDS = {"RWKV-4-Raven-14B": 0, "alpaca-13b": 1, ..., "zephyr-7b-beta": 63}` (lm-sys/
 * RouteLLM's matrix-factorisation router, whose learned embedding has one row per Arena model). The names index a table
 * of weights or labels; the code scores or classifies by them and calls none of them, so a model found on such a line is
 * a capability, not a model the code uses (extract-file.ts recontexts it, as substring-walked lists are).
 */

/** A literal assigned to a name, its `{` ending the line (`MODEL_IDS = {`, `const LABELS: Record<string, number> = {`). */
const TABLE_OPEN = /^[ \t]*(?:(?:export[ \t]+)?(?:const|let|var)[ \t]+)?[A-Za-z_$][\w$.]*[ \t]*(?::[^=\n]{0,60})?=[ \t]*\{[ \t]*\r?$/;
/** One `"name": <integer>,` entry on a line of its own (a trailing comment allowed). */
const INDEX_ENTRY = /^[ \t]*(["'`])[^"'`\n]+\1[ \t]*:[ \t]*(\d+)[ \t]*,?[ \t]*(?:(?:#|\/\/)[^\n]*)?\r?$/;
/** Fewer entries than this are as likely a small settings table as a numbering. */
const MIN_ENTRIES = 4;

/**
 * The 1-based lines of the entries of every table numbering its names 0, 1, 2, ... in order, one entry a line. One pass
 * over the lines: each is read once, as an opening or as an entry.
 */
export function indexTableLines(text: string): Set<number> {
  const lines = new Set<number>();
  if (!/["'`][ \t]*:[ \t]*0[ \t]*,/.test(text)) return lines;
  const all = text.split('\n');
  for (let i = 0; i < all.length; i++) {
    if (!TABLE_OPEN.test(all[i]!)) continue;
    let next = 0;
    let j = i + 1;
    for (; j < all.length; j++) {
      const entry = INDEX_ENTRY.exec(all[j]!);
      if (!entry || Number(entry[2]) !== next) break;
      next++;
    }
    // Entries stand at indexes i+1 .. j-1, lines i+2 .. j; the table must close right after them.
    if (next >= MIN_ENTRIES && /^[ \t]*\}/.test(all[j] ?? '')) for (let line = i + 2; line <= j; line++) lines.add(line);
    i = j - 1;
  }
  return lines;
}
