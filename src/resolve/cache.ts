// Persistent on-disk cache of Hub answers, keyed by endpoint + id + revision. Writes are atomic
// (temp file + rename) so two runs can share a folder; a corrupt or unreadable entry is treated
// as a miss and refetched; a cache that cannot be written degrades to no cache, with a warning.
// Reads and writes are synchronous: entries are a few kB on a local disk, and a promise-based
// open costs the main thread several times the write itself (355 cold writes: ~20 ms sync,
// ~110 ms of CPU through fs/promises; issue #8).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { DiagnosticCode } from '../model/diagnostic.js';
import type { HubAnswer, HubFileAnswer, HubSource } from './hub-source.js';

export interface CacheOptions {
  dir: string;
  /** Lifetime of a positive answer. */
  ttlMs: number;
  /** Lifetime of a "not found" answer (shorter: repos get created and made public). */
  negativeTtlMs: number;
  now?: () => number;
}

export const DEFAULT_TTL_MS = 7 * 24 * 3600_000;
export const DEFAULT_NEGATIVE_TTL_MS = 3600_000;

/** Only these outcomes are worth remembering; rate limits, timeouts and 5xx are not. */
const CACHEABLE_ERRORS = new Set<DiagnosticCode>(['hub-not-found', 'hub-gated']);

interface CacheEntry {
  v: 1;
  storedAt: number;
  endpoint: string;
  key: string;
  answer: HubAnswer | HubFileAnswer;
}

export function defaultCacheDir(env: NodeJS.ProcessEnv, platform = process.platform): string {
  if (env.MODELPROV_CACHE_DIR) return env.MODELPROV_CACHE_DIR;
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'modelprov', 'Cache');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'modelprov');
  return join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'modelprov');
}

/** Temp names unique within this process; the pid makes them unique across runs sharing the folder. */
let tempCounter = 0;

export class DiskCache {
  private writable = true;
  readonly warnings: string[] = [];
  private readonly root: string;
  /** The folder is made once per run. */
  private madeDir = false;
  constructor(private readonly options: CacheOptions, private readonly endpoint: string) {
    this.root = join(options.dir, createHash('sha256').update(endpoint).digest('hex').slice(0, 16));
  }

  // One flat folder per endpoint: a project's lineage is hundreds of entries, not millions, and
  // every shard folder was one more mkdir on a cold run.
  private location(key: string): { dir: string; file: string } {
    return { dir: this.root, file: join(this.root, `${createHash('sha256').update(key).digest('hex')}.json`) };
  }

  async get<T extends HubAnswer | HubFileAnswer>(key: string): Promise<T | undefined> {
    let entry: CacheEntry;
    try {
      entry = JSON.parse(readFileSync(this.location(key).file, 'utf8')) as CacheEntry;
    } catch {
      return undefined; // missing, unreadable or corrupt: refetch
    }
    if (entry?.v !== 1 || entry.key !== key || entry.endpoint !== this.endpoint || typeof entry.answer !== 'object') return undefined;
    const ttl = entry.answer.ok ? this.options.ttlMs : this.options.negativeTtlMs;
    if ((this.options.now?.() ?? Date.now()) - entry.storedAt > ttl) return undefined;
    return entry.answer as T;
  }

  async set(key: string, answer: HubAnswer | HubFileAnswer): Promise<void> {
    if (!this.writable) return;
    if (!answer.ok && !CACHEABLE_ERRORS.has(answer.code)) return;
    const stored = answer.ok && 'fromCache' in answer ? { ...answer, fromCache: undefined } : answer;
    const entry: CacheEntry = { v: 1, storedAt: this.options.now?.() ?? Date.now(), endpoint: this.endpoint, key, answer: stored };
    const { dir, file } = this.location(key);
    const temp = `${file}.${process.pid}.${++tempCounter}.tmp`;
    const text = JSON.stringify(entry);
    try {
      try {
        if (!this.madeDir) mkdirSync(dir, { recursive: true });
        writeFileSync(temp, text);
      } catch (error) {
        // The folder went away under us (another run cleared the cache): make it again, once.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        mkdirSync(dir, { recursive: true });
        writeFileSync(temp, text);
      }
      this.madeDir = true;
      renameSync(temp, file);
    } catch (error) {
      this.writable = false;
      this.warnings.push(`lineage cache at ${this.options.dir} cannot be written (${(error as Error).message}); continuing without it`);
      try {
        rmSync(temp, { force: true });
      } catch {
        // nothing more to undo
      }
    }
  }

  /** Every stored answer of this endpoint (for `cache export`). */
  async *entries(): AsyncGenerator<CacheEntry> {
    const walk = async function* (dir: string): AsyncGenerator<string> {
      const items = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const item of items) {
        const path = join(dir, item.name);
        if (item.isDirectory()) yield* walk(path);
        else if (item.name.endsWith('.json')) yield path;
      }
    };
    for await (const path of walk(this.root)) {
      try {
        yield JSON.parse(await readFile(path, 'utf8')) as CacheEntry;
      } catch {
        // corrupt entries are skipped, as on read
      }
    }
  }
}

const modelKey = (id: string, revision?: string) => `model:${id}@${revision ?? 'HEAD'}`;
const fileKey = (id: string, path: string, revision?: string) => `file:${id}@${revision ?? 'HEAD'}:${path}`;

/** The live Hub behind the disk cache; with `offline`, the cache alone (misses say so). */
export class CachedSource implements HubSource {
  readonly description: string;
  constructor(
    private readonly cache: DiskCache,
    private readonly upstream: HubSource | undefined,
  ) {
    this.description = upstream ? `${upstream.description} (cached)` : 'lineage cache only (offline)';
  }

  requestCount(): number {
    return this.upstream?.requestCount() ?? 0;
  }

  async getModel(id: string, revision?: string): Promise<HubAnswer> {
    const key = modelKey(id, revision);
    const hit = await this.cache.get<HubAnswer>(key);
    if (hit) return hit.ok ? { ...hit, fromCache: true } : hit;
    if (!this.upstream) return { ok: false, code: 'offline-miss', message: `${id} is not in the lineage cache and the run is offline` };
    const answer = await this.upstream.getModel(id, revision);
    await this.cache.set(key, answer);
    // Also remember it under the canonical id, so a later reference by that id is a hit.
    if (answer.ok && answer.id !== id) await this.cache.set(modelKey(answer.id, revision), answer);
    return answer;
  }

  async getFile(id: string, path: string, revision?: string): Promise<HubFileAnswer> {
    const key = fileKey(id, path, revision);
    const hit = await this.cache.get<HubFileAnswer>(key);
    if (hit) return hit;
    if (!this.upstream) return { ok: false, code: 'offline-miss', message: `${id}/${path} is not in the lineage cache and the run is offline` };
    const answer = await this.upstream.getFile(id, path, revision);
    await this.cache.set(key, answer);
    return answer;
  }
}
