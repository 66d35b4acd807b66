// The only code that walks the project tree: which files, in which order. It owns the walk's
// file-system hazards (ignore rules, symlink loops, unreadable folders) and turns each into a
// SkippedFile or Diagnostic; reading and decoding a file is the scan stage's (src/scan/read.ts).
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { isAbsolute, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Diagnostic, SkippedFile } from '../model/diagnostic.js';
import { INDEX_RULES_OVER, literalRun, RuleIndex } from './rule-index.js';

/** Version-control metadata: not the project's files, never walked or listed. */
const VCS_DIRS = new Set(['.git', '.hg', '.svn']);
/**
 * Folders that rarely hold a project's own model references: dependencies, tool caches, build
 * output. Each is listed as `excluded` (never dropped silently), and in a git work tree the files
 * committed under one are still read: a pull request cannot hide `services/build/serve.py`.
 */
const SKIPPED_DIRS = new Map([
  ...['node_modules', '.venv', 'venv', '.tox', '.nox', 'site-packages', '.terraform'].map((n) => [n, 'dependencies'] as const),
  ...['__pycache__', '.mypy_cache', '.pytest_cache', '.ruff_cache', '.cache', '.gradle', '.idea', '.vscode'].map((n) => [n, 'tool cache or settings'] as const),
  ...['dist', 'build', '.next', '.nuxt', '.turbo', 'target', 'coverage'].map((n) => [n, 'build output'] as const),
]);

export interface WalkOptions {
  /** Files larger than this are skipped (binary model files excepted: only their header is read). */
  maxFileBytes: number;
  /** Extra gitignore-style patterns (`--exclude`). */
  exclude: string[];
  /**
   * Called for each path; only files some extractor wants are read. An object answer also carries
   * which extractors want the file, handed on untouched as WalkedFile.extractors.
   */
  wants(relPath: string, name: string): 'text' | 'binary' | false | { kind: 'text' | 'binary'; extractors: number };
  /**
   * Leave the size cap of text files to readTextFile: one fstat on the open file instead of a
   * path lookup per file, which dominates large scans. Such files are yielded with size -1.
   */
  sizeOnRead?: boolean;
}

export interface WalkedFile {
  relPath: string;
  absPath: string;
  /** -1 until read when the walk left the size check to readTextFile (`maxBytes` set). */
  size: number;
  kind: 'text' | 'binary';
  /** Set when readTextFile must apply the size cap itself. */
  maxBytes?: number;
  /** Which of the built-in extractors want this file (a bitmask from the extract stage's selectExtractors). */
  extractors?: number;
  /** The path as bytes, when the file's name is not UTF-8 (absPath then holds U+FFFD and opens nothing). */
  absBytes?: Buffer;
}

export interface WalkEvents {
  skipped(file: SkippedFile): void;
  diagnostic(diagnostic: Diagnostic): void;
}

const toPosix = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

/** One ignore file's rules (or --exclude's), for the paths under `base`. */
interface RuleSet {
  /** What a path it ignores is listed as: "--exclude or the config's exclude", "named by a/.gitignore". */
  source: string;
  base: string;
  /** `base/`: the prefix of the paths these rules see. */
  prefix: string;
  ig: Ignore | RuleIndex;
  /** Paths tested since `ig` was last renewed (its result cache grows with each). */
  tested: number;
  /** Matches the last segment of any path these rules may ignore (see nameHints); undefined: any may be. */
  names?: RegExp;
  /** When there is no name hint: matches any path (below base) these rules may ignore (see pathHints). */
  paths?: RegExp;
}

const ruleSet = (base: string, patterns: string | string[], source: string): RuleSet => {
  const lines = typeof patterns === 'string' ? patterns.split(/\r?\n/) : patterns;
  // A long ignore file (a generated list of paths) is asked rule subset by rule subset: a hint
  // alternating thousands of runs would cost more than it saves.
  if (typeof patterns === 'string' && lines.length > INDEX_RULES_OVER)
    return { source, base, prefix: base ? `${base}/` : '', ig: new RuleIndex(patterns), tested: 0 };
  const names = nameHints(lines);
  return { source, base, prefix: base ? `${base}/` : '', ig: ignore().add(patterns), tested: 0, names, paths: names ? undefined : pathHints(lines) };
};

/**
 * A cheap test in front of `ignore`, which caches (and interns) every path it sees. A path is only
 * ever asked about once its folders are known not to be ignored, so a rule can only ignore it by
 * matching its last segment against the rule's last segment (git's and `ignore`'s rules end there;
 * `a/**` excepted). The longest literal run of that segment must then occur in the path's last
 * segment, compared the way `ignore` compares (a non-Unicode /i regex). Negations only un-ignore,
 * so they are left out; a segment with escapes, classes or `**`, or no literal text, gives up the
 * hint for the whole set.
 */
function nameHints(lines: string[]): RegExp | undefined {
  const names = new Set<string>();
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    const last = line.replace(/\/+$/, '').split('/').pop()!;
    if (/[\\[\]]|\*\*/.test(last) || last === '') return undefined;
    const runs = last.split(/[*?]+/).map((r) => r.trim());
    const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
    if (!longest) return undefined;
    names.add(longest.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  }
  // No positive rule: nothing can be ignored (an empty alternation would match everything).
  return new RegExp(names.size > 0 ? [...names].join('|') : '(?!)', 'i');
}

/**
 * The same cheap test for sets that give no name hint (a `*.py[cod]` or `dir/*` rule, common in
 * Python and Node templates): whatever a rule matches, the path `ignore` tests (or one of its
 * folders, a prefix of it) contains the rule's longest literal run (see literalRun), so the path
 * below the set's base must contain one of the positive rules' runs. A rule without one gives up
 * the hint for the whole set. Lines are read as `ignore` reads them: `#` and `!` only at the start.
 */
function pathHints(lines: string[]): RegExp | undefined {
  const runs = new Set<string>();
  for (const raw of lines) {
    const line = raw.replace(/^\ufeff/, '');
    if (!line.trim() || line.startsWith('#') || line.startsWith('!')) continue;
    const run = literalRun(line);
    if (!run) return undefined;
    runs.add(run.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  }
  return new RegExp(runs.size > 0 ? [...runs].join('|') : '(?!)', 'i');
}

/**
 * `ignore` caches every path it is asked about (and its parents) for the life of the instance;
 * a fresh instance sharing the compiled rules every so many paths keeps memory flat on any tree.
 */
const RENEW_IGNORE_AFTER = 4096;

/** A folder being listed: its sorted entries and where the walk is in them. */
interface Frame {
  /** The folder's path and real path with a trailing separator, to build entry paths without path.join's normalisation. */
  absPrefix: string;
  rel: string;
  realPrefix: string;
  entries: Dirent[];
  next: number;
  /** A .gitignore here added a rule set, dropped when the folder is done. */
  pushedRules: boolean;
  /** Raw names of entries whose name is not UTF-8 (listed again as bytes), by their lossy name. */
  rawNames?: Map<string, Buffer>;
  /** The folder's path as bytes with a trailing separator, when a folder on the way has a name that is not UTF-8. */
  bytesPrefix?: Buffer;
}

/**
 * Yields the files to audit under root, depth first, in a stable (sorted) order. Synchronous and
 * lazy: one folder listing at a time, one explicit stack (no generator per folder level), sync fs
 * calls (a promise round trip to the thread pool per entry costs more than the syscall), and no
 * async iterator (a promise and a microtask turn per file, a visible share of a large walk).
 */
export function* walkProjectSync(root: string, options: WalkOptions, events: WalkEvents): Generator<WalkedFile> {
  const rootReal = realpathSync.native(root);
  const visitedDirs = new Set<string>([rootReal]);
  const rules: RuleSet[] = [];
  if (options.exclude.length > 0) rules.push(ruleSet('', options.exclude, EXCLUDE_SOURCE));
  const tracked = gitTrackedPaths(rootReal);

  // Only paths whose folders were not ignored get here, so the parent checks `ignore` makes are
  // answered from its cache; the answer is the one a fresh instance would give.
  const isIgnored = (relPath: string, name: string, isDir: boolean): string | undefined => {
    for (const set of rules) {
      if (set.prefix && !relPath.startsWith(set.prefix)) continue;
      if (set.names && !set.names.test(name)) continue;
      const local = set.prefix ? relPath.slice(set.prefix.length) : relPath;
      if (local === '') continue;
      if (set.paths && !set.paths.test(local)) continue;
      if (++set.tested > RENEW_IGNORE_AFTER) {
        set.ig = set.ig instanceof RuleIndex ? set.ig.renewed() : ignore().add(set.ig);
        set.tested = 0;
      }
      if (set.ig.ignores(isDir ? `${local}/` : local)) return set.source;
    }
    return undefined;
  };
  /** Why a path is left out, or undefined; a committed path overrides .gitignore and the folder list, never --exclude. */
  const leftOut = (relPath: string, name: string, isDir: boolean): string | undefined => {
    const rule = isIgnored(relPath, name, isDir);
    const kind = isDir ? SKIPPED_DIRS.get(name) : undefined;
    const why = rule ?? (kind && `${kind} folder (${name})`);
    if (!why || rule === EXCLUDE_SOURCE) return why;
    if (tracked && (isDir ? tracked.dirs.has(relPath) : tracked.files.has(relPath))) return undefined;
    return why + (tracked && isDir ? '; nothing under it is committed' : '');
  };

  const stack: Frame[] = [];
  /** `bytes` is the folder's path as bytes when its decoded path opens nothing (a name on the way is not UTF-8). */
  const enter = (abs: string, rel: string, real: string, bytes?: Buffer): void => {
    const at = bytes ?? abs;
    let entries: Dirent[];
    try {
      entries = readdirSync(at, { withFileTypes: true });
    } catch (error) {
      events.skipped({ path: rel || '.', reason: 'unreadable', detail: describeFsError(error) });
      return;
    }
    let pushedRules = false;
    for (const entry of entries) {
      if (entry.name !== '.gitignore' || !entry.isFile()) continue;
      try {
        const file = bytes ? Buffer.concat([bytes, Buffer.from(`${sep}.gitignore`)]) : join(abs, '.gitignore');
        rules.push(ruleSet(rel, readFileSync(file, 'utf8'), `named by ${rel ? `${rel}/` : ''}.gitignore`));
        pushedRules = true;
      } catch (error) {
        events.skipped({ path: join(rel, '.gitignore'), reason: 'unreadable', detail: describeFsError(error) });
      }
      break;
    }
    // The listing comes back sorted by byte value already (libuv's scandir); this keeps UTF-16 order.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    stack.push({
      absPrefix: abs.endsWith(sep) ? abs : abs + sep,
      rel,
      realPrefix: real.endsWith(sep) ? real : real + sep,
      entries,
      next: 0,
      pushedRules,
      rawNames: rawNamesIn(at, entries),
      bytesPrefix: bytes && Buffer.concat([bytes, Buffer.from(sep)]),
    });
  };

  enter(rootReal, '', rootReal);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next === frame.entries.length) {
      stack.pop();
      if (frame.pushedRules) rules.pop();
      continue;
    }
    const entry = frame.entries[frame.next++]!;
    const name = entry.name;
    const abs = frame.absPrefix + name;
    const rel = frame.rel ? `${frame.rel}/${name}` : name;
    const raw = frame.rawNames?.get(name);
    // Opened by bytes when this name or a folder's on the way is not UTF-8: the decoded path opens nothing.
    const bytes = raw || frame.bytesPrefix ? Buffer.concat([frame.bytesPrefix ?? Buffer.from(frame.absPrefix), raw ?? Buffer.from(name)]) : undefined;
    const link = entry.isSymbolicLink();
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    let real: string | undefined;
    if (link) {
      const target = resolveLinkSync(abs, rootReal);
      if (target.problem) {
        events.skipped({ path: rel, reason: target.problem, detail: target.detail });
        continue;
      }
      isDir = target.isDir;
      isFile = target.isFile;
      real = target.real;
      if (isDir && visitedDirs.has(real)) {
        events.skipped({ path: rel, reason: 'symlink-loop', detail: 'link leads back to a folder already walked' });
        continue;
      }
      // A folder inside the tree is walked where it is: followed here too, it was read twice.
      if (isDir) {
        events.skipped({ path: toPosix(rel), reason: 'symlink-inside-root', detail: `link to ${toPosix(relative(rootReal, real))}, audited where it is` });
        continue;
      }
    }
    if (isDir) {
      if (VCS_DIRS.has(name)) continue;
      const why = leftOut(rel, name, true);
      if (why) {
        events.skipped({ path: toPosix(rel), reason: 'excluded', detail: why });
        continue;
      }
      real ??= frame.realPrefix + name;
      visitedDirs.add(real);
      enter(abs, rel, real, bytes);
    } else if (isFile) {
      const wanted = options.wants(rel, name);
      if (!wanted) continue;
      // Only files the scan would have read are listed: an ignored image is no loss (nor asked about).
      const why = leftOut(rel, name, false);
      if (why) {
        events.skipped({ path: toPosix(rel), reason: 'excluded', detail: why });
        continue;
      }
      const kind = typeof wanted === 'object' ? wanted.kind : wanted;
      const extractors = typeof wanted === 'object' ? wanted.extractors : undefined;
      if (bytes) {
        const absBytes = bytes;
        if (kind === 'text') yield { relPath: toPosix(rel), absPath: abs, absBytes, size: -1, kind, maxBytes: options.maxFileBytes, extractors };
        else {
          const size = statSync(absBytes, { throwIfNoEntry: false })?.size;
          if (size === undefined) events.skipped({ path: toPosix(rel), reason: 'unreadable', detail: 'name is not UTF-8 and could not be read' });
          else yield { relPath: toPosix(rel), absPath: abs, absBytes, size, kind, extractors };
        }
        continue;
      }
      if (kind === 'text' && options.sizeOnRead && !link) {
        yield { relPath: toPosix(rel), absPath: abs, size: -1, kind, maxBytes: options.maxFileBytes, extractors };
        continue;
      }
      let size: number;
      try {
        size = statSync(abs).size;
      } catch (error) {
        events.skipped({ path: rel, reason: 'unreadable', detail: describeFsError(error) });
        continue;
      }
      if (kind === 'text' && size > options.maxFileBytes) {
        events.skipped({ path: rel, reason: 'file-too-large', detail: `${size} bytes > limit ${options.maxFileBytes}` });
        continue;
      }
      yield { relPath: toPosix(rel), absPath: abs, size, kind, extractors };
    } else if (options.wants(rel, name)) {
      // FIFOs, sockets and devices: reading one could block forever.
      events.skipped({ path: toPosix(rel), reason: 'special-file', detail: 'not a regular file' });
    }
  }
}

/** Entry names that are not UTF-8 (Node decodes them with U+FFFD), mapped to their bytes. */
function rawNamesIn(abs: string | Buffer, entries: Dirent[]): Map<string, Buffer> | undefined {
  if (!entries.some((e) => e.name.includes('\ufffd'))) return undefined;
  const found = new Map<string, Buffer>();
  try {
    for (const raw of readdirSync(abs, { encoding: 'buffer' })) {
      const name = raw.toString('utf8');
      if (name.includes('\ufffd') && !Buffer.from(name).equals(raw)) found.set(name, raw);
    }
  } catch {
    return undefined;
  }
  return found;
}

const EXCLUDE_SOURCE = "--exclude or the config's exclude";

/**
 * The files git tracks under root (and their folders), when root is in a git work tree: what a
 * pull request commits is read even where .gitignore or the folder list would leave it out.
 * Undefined outside git (or without git): then the rules alone decide, and every exclusion is listed.
 */
function gitTrackedPaths(root: string): { files: Set<string>; dirs: Set<string> } | undefined {
  let out: string;
  try {
    out = execFileSync('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 30,
    });
  } catch {
    return undefined;
  }
  const files = new Set<string>();
  const dirs = new Set<string>();
  for (const path of out.split('\0')) {
    if (!path) continue;
    files.add(path);
    for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1)) {
      const dir = path.slice(0, at);
      if (dirs.has(dir)) break;
      dirs.add(dir);
    }
  }
  return { files, dirs };
}

function resolveLinkSync(
  abs: string,
  rootReal: string,
): { problem?: undefined; real: string; isDir: boolean; isFile: boolean } | { problem: SkippedFile['reason']; detail: string } {
  let real: string;
  try {
    real = realpathSync.native(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { problem: 'symlink-loop', detail: 'symbolic link loop' };
    return { problem: 'unreadable', detail: `dangling or unreadable link (${code ?? describeFsError(error)})` };
  }
  // `..data` (a Kubernetes ConfigMap mount) is a name inside the tree; only `..` itself climbs out.
  const fromRoot = relative(rootReal, real);
  const inside = real === rootReal || (fromRoot !== '..' && !fromRoot.startsWith(`..${sep}`) && !isAbsolute(fromRoot));
  if (!inside) return { problem: 'symlink-outside-root', detail: 'link points outside the audited folder; not followed' };
  let info;
  try {
    info = statSync(real);
  } catch {
    return { problem: 'unreadable', detail: 'link target cannot be read' };
  }
  return { real, isDir: info.isDirectory(), isFile: info.isFile() };
}

export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ? `${e.code}: ${e.message.replace(/^[A-Z]+: /, '')}` : String(e?.message ?? error);
}
