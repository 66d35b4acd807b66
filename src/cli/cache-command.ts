import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_NEGATIVE_TTL_MS, DEFAULT_TTL_MS, defaultCacheDir, DiskCache } from '../resolve/cache.js';
import { exportCache, importSnapshot } from '../resolve/cache-transfer.js';
import { ExitCode, UsageError } from './exit-code.js';
import { hubUrlFrom } from './hub-options.js';
import type { Io } from './io.js';

export async function cacheCommand(action: 'export' | 'import', dir: string, flags: { hubUrl?: string; cacheDir?: string }, io: Io): Promise<number> {
  const hubUrl = hubUrlFrom(flags, io);
  const cacheDir = flags.cacheDir ? resolve(io.cwd, flags.cacheDir) : defaultCacheDir(io.env);
  const cache = new DiskCache({ dir: cacheDir, ttlMs: DEFAULT_TTL_MS, negativeTtlMs: DEFAULT_NEGATIVE_TTL_MS }, hubUrl);
  const target = resolve(io.cwd, dir);
  if (action === 'import') {
    if (!statSync(target, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`cache import: ${dir} is not a folder`);
    if (!statSync(resolve(target, 'models'), { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`cache import: ${dir} is not a Hub snapshot (it has no models/ folder); write one with \`modelprov cache export DIR\``);
  }
  let count;
  try {
    count = action === 'export' ? await exportCache(cache, target) : await importSnapshot(cache, target);
  } catch (error) {
    throw new UsageError(
      `cache ${action}: cannot ${action === 'export' ? 'write the snapshot to' : 'read the snapshot in'} ${dir}: ${(error as Error).message}`,
    );
  }
  for (const warning of cache.warnings) io.stderr(`modelprov: ${warning}\n`);
  io.stderr(
    `modelprov: ${action === 'export' ? 'exported' : 'imported'} ${count.models} model answer(s) and ${count.files} file(s) ${action === 'export' ? 'to' : 'from'} ${dir}\n`,
  );
  // An empty export is nearly always the wrong cache: audits with --hub-snapshot or --locked do not fill it.
  if (action === 'export' && count.models === 0)
    io.stderr(
      `modelprov: the lineage cache for ${hubUrl} at ${cacheDir} holds nothing; audit with that --hub-url (not --hub-snapshot or --locked) first, or pass the --cache-dir and --hub-url it was filled with\n`,
    );
  return ExitCode.Ok;
}
