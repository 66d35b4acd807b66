import { resolve } from 'node:path';
import { DEFAULT_NEGATIVE_TTL_MS, DEFAULT_TTL_MS, defaultCacheDir, DiskCache } from '../resolve/cache.js';
import { exportCache, importSnapshot } from '../resolve/cache-transfer.js';
import { ExitCode } from './exit-code.js';
import { hubUrlFrom } from './hub-options.js';
import type { Io } from './io.js';

export async function cacheCommand(action: 'export' | 'import', dir: string, flags: { hubUrl?: string; cacheDir?: string }, io: Io): Promise<number> {
  const hubUrl = hubUrlFrom(flags, io);
  const cache = new DiskCache(
    { dir: flags.cacheDir ?? defaultCacheDir(io.env), ttlMs: DEFAULT_TTL_MS, negativeTtlMs: DEFAULT_NEGATIVE_TTL_MS },
    hubUrl,
  );
  const target = resolve(io.cwd, dir);
  const count = action === 'export' ? await exportCache(cache, target) : await importSnapshot(cache, target);
  for (const warning of cache.warnings) io.stderr(`modelprov: ${warning}\n`);
  io.stderr(`modelprov: ${action === 'export' ? 'exported' : 'imported'} ${count.models} model answer(s) and ${count.files} file(s) ${action === 'export' ? 'to' : 'from'} ${dir}\n`);
  return ExitCode.Ok;
}
