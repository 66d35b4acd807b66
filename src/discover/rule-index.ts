// A large ignore file (thousands of lines: a generated list of every path of a checkout) made each
// `ignore` test run every rule against the path and each of its folders (real corpus: an
// 11,000-line .gitignore, 130 ms a path, 2.6 s for a 232-file repository). Here each path is
// asked of an `ignore` instance holding only the rules that can match it or one of its folders:
// those whose longest literal run occurs in it. Rules keep their order, so the last matching rule
// (a negation included) still decides, and the answer is the one of the whole set.
import ignore, { type Ignore } from 'ignore';

/** Sets of more rules than this are indexed; a small set is cheaper to ask whole. */
export const INDEX_RULES_OVER = 256;
/** Candidate subsets kept, each with its `ignore` instance (and that instance's path cache). */
const KEEP_SUBSETS = 512;

/**
 * The longest literal run of a gitignore pattern (text between `/`, `*`, `?` and `[...]`
 * classes, a leading `!` left out), or undefined when it has none or cannot be read that simply
 * (escapes, unpaired brackets). Whatever path the pattern matches contains this run, compared
 * the way `ignore` compares (a non-Unicode /i regex).
 */
export function literalRun(line: string): string | undefined {
  const pattern = line.startsWith('!') ? line.slice(1) : line.replace(/^\ufeff/, '');
  if (pattern.includes('\\')) return undefined;
  const runs = pattern.split(/\[[^\]]*\]|[*?/]+/).map((r) => r.trim());
  if (runs.some((r) => /[[\]]/.test(r))) return undefined;
  const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest || undefined;
}

/** ASCII letters lowered, nothing else: a non-Unicode /i regex folds no other character to ASCII. */
const asciiLower = (text: string) => text.replace(/[A-Z]+/g, (m) => m.toLowerCase());

export class RuleIndex {
  /** Rule lines in file order, as `ignore` splits them (comments dropped). */
  private readonly lines: string[];
  /** Rules any path may match (no usable run: too short, non-ASCII, escapes). */
  private readonly always: number[] = [];
  /** Rules by the first three characters of their run (lowered), with the run. */
  private readonly byTrigram = new Map<string, { at: number; run: string }[]>();
  private subsets = new Map<string, Ignore>();

  /** `text`: an ignore file's content, as handed to `ignore().add`. */
  constructor(text: string) {
    // Split as `ignore` splits (one CR dropped at the very end, CRLF and LF lines, blank lines
    // dropped; a BOM at the start dropped), so each line here is one of its rules or a comment.
    const body = text.endsWith('\r') ? text.slice(0, -1) : text;
    const lines = body.split(/\r?\n/).filter(Boolean);
    if (lines[0]?.startsWith('\ufeff')) lines[0] = lines[0].slice(1);
    this.lines = lines.filter((line) => !line.startsWith('#'));
    for (const [at, line] of this.lines.entries()) {
      const run = literalRun(line);
      if (!run || run.length < 3 || /[^\x00-\x7f]/.test(run)) {
        this.always.push(at);
        continue;
      }
      const lowered = asciiLower(run);
      const key = lowered.slice(0, 3);
      const list = this.byTrigram.get(key);
      if (list) list.push({ at, run: lowered });
      else this.byTrigram.set(key, [{ at, run: lowered }]);
    }
  }

  /** The set's answer for a path below its base (`dir/` for a folder), as `ignore` would give it. */
  ignores(path: string): boolean {
    const lowered = asciiLower(path);
    const candidates = new Set(this.always);
    for (let i = 0; i + 3 <= lowered.length; i++) {
      const list = this.byTrigram.get(lowered.slice(i, i + 3));
      if (list) for (const { at, run } of list) if (lowered.startsWith(run, i)) candidates.add(at);
    }
    const picked = [...candidates].sort((a, b) => a - b);
    const key = picked.join(',');
    let ig = this.subsets.get(key);
    if (!ig) {
      if (this.subsets.size >= KEEP_SUBSETS) this.subsets = new Map();
      // A leading newline: `ignore` then strips no BOM from what is not the file's first line.
      ig = ignore().add(`\n${picked.map((at) => this.lines[at]!).join('\n')}`);
      this.subsets.set(key, ig);
    }
    return ig.ignores(path);
  }

  /** Drops the instances (and their path caches): memory stays flat on any tree. */
  renewed(): this {
    this.subsets = new Map();
    return this;
  }
}
