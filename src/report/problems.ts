// Problems and skipped files at the size of a real repository: an offline run misses the cache for
// hundreds of models with the same sentence each. Problems of one kind become one line with a count
// and the first few ids; a problem whose text is its own (a policy warning, a cache error) stays whole.
// The JSON report keeps every entry.
import type { Report } from '../model/report.js';

export interface ProblemGroup {
  /** The diagnostic code (or skip reason); undefined for problems shown one by one. */
  code?: string;
  /** What every member has in common, e.g. "not in the lineage cache of this offline run". */
  title: string;
  /** The models or files, in report order. */
  ids: string[];
  /** A lone problem's own message, with where it happened. */
  message?: string;
}

const PROBLEM_TITLES: Record<string, string> = {
  'offline-miss': 'not in the lineage cache of this offline run',
  'lock-miss': 'not in the lockfile (modelprov.lock.json)',
  'hub-not-found': 'not found on the Hub (deleted, renamed or private)',
  'hub-gated': 'gated on the Hub (accept its terms, and give HF_TOKEN)',
  'hub-unauthorized': 'refused without a token (private or gated; give HF_TOKEN)',
  'hub-rate-limited': 'rate limited by the Hub',
  'hub-server-error': 'Hub server error',
  'hub-timeout': 'Hub request timed out',
  'hub-network-error': 'Hub unreachable',
  'hub-malformed-response': 'unreadable Hub answer',
  'lineage-cycle': 'lineage cycle',
  'lineage-depth-cap': 'lineage deeper than --max-depth',
  'unresolvable-reference': 'not a resolvable model id',
  'malformed-file': 'files that could not be parsed',
  'decode-error': 'files that are not text in a known encoding',
  unreadable: 'files that could not be read',
  'symlink-loop': 'symbolic link loops',
  'symlink-outside-root': 'symbolic links leading outside the folder',
};

const SKIP_TITLES: Record<string, string> = {
  'file-too-large': 'larger than --max-file-size',
  'binary-file': 'binary',
  'special-file': 'not regular files',
  unreadable: 'unreadable',
  'symlink-loop': 'symbolic link loops',
  'symlink-outside-root': 'symbolic links leading outside the folder',
  ignored: "modelprov's own output",
  'malformed-file': 'malformed',
  'decode-error': 'not decodable as text',
};

/** The shared words for a diagnostic code ("not in the lineage cache of this offline run"), if it has them. */
export function problemTitle(code: string | undefined): string | undefined {
  return code ? PROBLEM_TITLES[code] : undefined;
}

/** report.errors, one group per code that has a shared title; other problems one by one, in order. */
export function groupProblems(errors: Report['errors']): ProblemGroup[] {
  const groups: ProblemGroup[] = [];
  const byCode = new Map<string, ProblemGroup>();
  for (const e of errors) {
    const title = e.code ? PROBLEM_TITLES[e.code] : undefined;
    const id = e.model ?? e.path;
    if (!title || !id) {
      groups.push({ title: e.message, ids: [], message: `${wherePrefix(e)}${e.message}`, ...(e.code ? { code: e.code } : {}) });
      continue;
    }
    let group = byCode.get(e.code!);
    if (!group) byCode.set(e.code!, (group = { code: e.code, title, ids: [] }));
    if (group.ids.length === 0) groups.push(group);
    if (!group.ids.includes(id)) group.ids.push(id);
    // A lone member keeps its own sentence (it may say more than the title).
    group.message = group.ids.length === 1 ? `${wherePrefix(e)}${e.message}` : undefined;
  }
  return groups;
}

/** report.skipped, one group per reason. */
export function groupSkipped(skipped: Report['skipped']): ProblemGroup[] {
  const byReason = new Map<string, ProblemGroup>();
  for (const s of skipped) {
    let group = byReason.get(s.reason);
    if (!group) byReason.set(s.reason, (group = { code: s.reason, title: SKIP_TITLES[s.reason] ?? s.reason, ids: [] }));
    group.ids.push(s.path);
  }
  return [...byReason.values()];
}

/**
 * "not in the lineage cache of this offline run (247): a/b, c/d, e/f and 244 more"; a lone problem
 * as its message. `escape` makes each id safe for the format.
 */
export function problemLine(group: ProblemGroup, escape: (text: string) => string, shown = 5): string {
  if (group.message !== undefined && group.ids.length <= 1) return escape(group.message);
  const more = group.ids.length - shown;
  const ids = group.ids.slice(0, shown).map(escape).join(', ');
  return `${escape(group.title)} (${group.ids.length}): ${ids}${more > 0 ? ` and ${more} more` : ''}`;
}

/** "path model: " before a message, leaving out what the message starts with ("X: X is not in..."). */
const wherePrefix = (e: { path?: string; model?: string; message: string }) => {
  const at = [e.path, e.model].filter((part): part is string => !!part && !e.message.startsWith(part)).join(' ');
  return at ? `${at}: ` : '';
};
