// The only code that walks the project tree. It owns the file-system hazards (ignore rules,
// size cap, binary sniffing, symlink loops, unreadable paths, encodings) and turns each into
// a SkippedFile or Diagnostic, so extractors only ever see decoded text.
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { lstat, open, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Diagnostic, SkippedFile } from '../model/diagnostic.js';

/** Folders that never hold a project's own model references: dependencies, VCS, build output. */
const SKIPPED_DIRS = new Set([
  'node_modules', '.git', '.hg', '.svn', '.venv', 'venv', '.tox', '.nox', '__pycache__',
  '.mypy_cache', '.pytest_cache', '.ruff_cache', 'site-packages', 'dist', 'build', '.next',
  '.nuxt', '.turbo', '.cache', 'target', '.gradle', '.idea', '.vscode', 'coverage', '.terraform',
]);

export interface WalkOptions {
  /** Files larger than this are skipped (binary model files excepted: only their header is read). */
  maxFileBytes: number;
  /** Extra gitignore-style patterns (`--exclude`). */
  exclude: string[];
  /** Called for each path; only files some extractor wants are read. */
  wants(relPath: string): 'text' | 'binary' | false;
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
}

export interface WalkEvents {
  skipped(file: SkippedFile): void;
  diagnostic(diagnostic: Diagnostic): void;
}

const toPosix = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

/** Yields the files to audit under root, depth first, in a stable (sorted) order. */
export async function* walkProject(root: string, options: WalkOptions, events: WalkEvents): AsyncGenerator<WalkedFile> {
  const rootReal = await realpath(root);
  const visitedDirs = new Set<string>([rootReal]);
  const rules: { base: string; ig: Ignore }[] = [];
  if (options.exclude.length > 0) rules.push({ base: '', ig: ignore().add(options.exclude) });

  const isIgnored = (relPath: string, isDir: boolean) =>
    rules.some(({ base, ig }) => {
      if (base && !relPath.startsWith(`${base}/`)) return false;
      const local = base ? relPath.slice(base.length + 1) : relPath;
      return local !== '' && ig.ignores(isDir ? `${local}/` : local);
    });

  async function* visit(dirAbs: string, dirRel: string, dirReal: string): AsyncGenerator<WalkedFile> {
    let entries;
    try {
      // Sync calls on purpose: per-entry promise round trips to the thread pool cost more than the syscall.
      entries = readdirSync(dirAbs, { withFileTypes: true });
    } catch (error) {
      events.skipped({ path: dirRel || '.', reason: 'unreadable', detail: describe(error) });
      return;
    }
    const gitignore = entries.find((e) => e.name === '.gitignore' && e.isFile());
    let pushed = false;
    if (gitignore) {
      try {
        rules.push({ base: dirRel, ig: ignore().add(await readFile(join(dirAbs, '.gitignore'), 'utf8')) });
        pushed = true;
      } catch (error) {
        events.skipped({ path: join(dirRel, '.gitignore'), reason: 'unreadable', detail: describe(error) });
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = join(dirAbs, entry.name);
      const rel = dirRel ? `${dirRel}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let real = join(dirReal, entry.name);
      if (entry.isSymbolicLink()) {
        const target = await resolveLink(abs, rootReal);
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
      }
      if (isDir) {
        if (SKIPPED_DIRS.has(entry.name) || isIgnored(rel, true)) continue;
        visitedDirs.add(real);
        yield* visit(abs, rel, real);
      } else if (isFile) {
        if (isIgnored(rel, false)) continue;
        const kind = options.wants(rel);
        if (!kind) continue;
        if (kind === 'text' && options.sizeOnRead && !entry.isSymbolicLink()) {
          yield { relPath: toPosix(rel), absPath: abs, size: -1, kind, maxBytes: options.maxFileBytes };
          continue;
        }
        let size: number;
        try {
          size = statSync(abs).size;
        } catch (error) {
          events.skipped({ path: rel, reason: 'unreadable', detail: describe(error) });
          continue;
        }
        if (kind === 'text' && size > options.maxFileBytes) {
          events.skipped({ path: rel, reason: 'file-too-large', detail: `${size} bytes > limit ${options.maxFileBytes}` });
          continue;
        }
        yield { relPath: toPosix(rel), absPath: abs, size, kind };
      } else if (options.wants(rel)) {
        // FIFOs, sockets and devices: reading one could block forever.
        events.skipped({ path: toPosix(rel), reason: 'special-file', detail: 'not a regular file' });
      }
    }
    if (pushed) rules.pop();
  }

  yield* visit(rootReal, '', rootReal);
}

async function resolveLink(abs: string, rootReal: string): Promise<
  { problem?: undefined; real: string; isDir: boolean; isFile: boolean } | { problem: SkippedFile['reason']; detail: string }
> {
  let real: string;
  try {
    real = await realpath(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { problem: 'symlink-loop', detail: 'symbolic link loop' };
    return { problem: 'unreadable', detail: `dangling or unreadable link (${code ?? describe(error)})` };
  }
  const inside = real === rootReal || !relative(rootReal, real).startsWith('..');
  if (!inside) return { problem: 'symlink-outside-root', detail: 'link points outside the audited folder; not followed' };
  const info = await stat(real).catch(() => undefined);
  if (!info) return { problem: 'unreadable', detail: 'link target cannot be read' };
  return { real, isDir: info.isDirectory(), isFile: info.isFile() };
}

export type ReadOutcome = { text: string } | { skip: SkippedFile };

/** Reads and decodes a text file: BOM-aware (UTF-8, UTF-16 LE/BE); NUL bytes mark a binary file. */
export async function readTextFile(file: WalkedFile): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    if (file.maxBytes === undefined) bytes = readFileSync(file.absPath);
    else {
      const fd = openSync(file.absPath, 'r');
      try {
        // Most source files fit the scratch buffer: one read, no fstat. The bytes are decoded
        // to a string below before the buffer is reused.
        let size = readSync(fd, scratch, 0, scratch.length, 0);
        if (size < scratch.length) bytes = scratch.subarray(0, size);
        else {
          size = fstatSync(fd).size;
          if (size > file.maxBytes) return { skip: { path: file.relPath, reason: 'file-too-large', detail: `${size} bytes > limit ${file.maxBytes}` } };
          bytes = readExactly(fd, size);
        }
        file.size = size; // the walk left it unknown
        if (size > file.maxBytes) return { skip: { path: file.relPath, reason: 'file-too-large', detail: `${size} bytes > limit ${file.maxBytes}` } };
      } finally {
        closeSync(fd);
      }
    }
  } catch (error) {
    return { skip: { path: file.relPath, reason: 'unreadable', detail: describe(error) } };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.subarray(2).toString('utf16le') };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return { text: swapped.toString('utf16le') };
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { skip: { path: file.relPath, reason: 'binary-file', detail: 'contains NUL bytes' } };
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { text: bytes.subarray(start).toString('utf8') };
}

/** Shared read buffer for small text files (one per thread; reads are synchronous). */
const scratch = Buffer.allocUnsafe(256 * 1024);

/** Reads a file whose size is known from fstat (readFileSync(fd) would fstat it again). */
function readExactly(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const n = readSync(fd, buffer, filled, size - filled, null);
    if (n === 0) break; // shrank since fstat
    filled += n;
  }
  return filled === size ? buffer : buffer.subarray(0, filled);
}

/** A bounded byte reader for header-only extractors (GGUF, safetensors). */
export function boundedReader(absPath: string, limit: number) {
  return async (start: number, length: number): Promise<Uint8Array> => {
    const end = Math.min(start + length, limit);
    if (end <= start) return new Uint8Array(0);
    const handle = await open(absPath, 'r');
    try {
      const buffer = Buffer.alloc(end - start);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  };
}

export async function isDirectory(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => undefined))?.isDirectory() ?? false;
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ? `${e.code}: ${e.message.replace(/^[A-Z]+: /, '')}` : String(e?.message ?? error);
}
