// Persistent on-disk cache of Hub answers, keyed by endpoint + id + revision. Writes are atomic
// (temp file + rename) so two runs can share a folder; a corrupt or unreadable entry is treated
// as a miss and refetched; a cache that cannot be written degrades to no cache, with a warning.
// Reads are synchronous (a few kB each, and a run first lists the folder once, so a miss costs no
// system call). Writes go to libuv's thread pool and nobody waits for them but `flush`: on a
// journalled disk a synchronous create-and-rename blocked the main thread 0.3-0.6 ms a model,
// a third of a cold run's resolution (issue #8).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rename, rm, writeFile } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { DiagnosticCode } from '../model/diagnostic.js';
import type { HubAnswer, HubFileAnswer, HubGgufAnswer, HubSource } from './hub-source.js';
import { makeDirectory } from './make-directory.js';

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
  answer: HubAnswer | HubFileAnswer | HubGgufAnswer;
}

export function defaultCacheDir(env: NodeJS.ProcessEnv, platform = process.platform): string {
  if (env.MODELPROV_CACHE_DIR) return env.MODELPROV_CACHE_DIR;
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'modelprov', 'Cache');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'modelprov');
  return join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'modelprov');
}

/** Temp names unique within this process; the pid makes them unique across runs sharing the folder. */
let tempCounter = 0;

/** A callback-style fs call as a promise of its error (cheaper than fs/promises' file handles). */
function done(start: (callback: (error: NodeJS.ErrnoException | null) => void) => void): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => start((error) => resolve(error ?? null)));
}

export class DiskCache {
  private writable = true;
  readonly warnings: string[] = [];
  /** Entries read this run that were not of the expected shape. */
  private malformed = 0;
  private malformedSaid = 0;
  private readonly root: string;
  /**
   * Entry names present when first asked, plus those this run wrote (undefined: not listed yet;
   * null: the folder cannot be listed, so each entry is read). Entries another run writes meanwhile
   * are missed and fetched again, which costs a request, never a wrong answer.
   */
  private listed?: Set<string> | null;
  /** The folder, made once per run before the first write. */
  private madeDir?: Promise<NodeJS.ErrnoException | null>;
  private readonly pending = new Set<Promise<void>>();
  constructor(
    private readonly options: CacheOptions,
    private readonly endpoint: string,
  ) {
    this.root = join(options.dir, createHash('sha256').update(endpoint).digest('hex').slice(0, 16));
  }

  // One flat folder per endpoint: a project's lineage is hundreds of entries, not millions, and
  // every shard folder was one more mkdir on a cold run.
  private fileName(key: string): string {
    return `${createHash('sha256').update(key).digest('hex')}.json`;
  }

  /** Whether an entry may exist: written by this run, or listed in the folder when the run began. */
  private mayHold(name: string): boolean {
    if (this.listed === undefined) {
      try {
        this.listed = new Set(readdirSync(this.root));
      } catch (error) {
        this.listed = (error as NodeJS.ErrnoException).code === 'ENOENT' ? new Set() : null;
      }
    }
    return this.listed === null || this.listed.has(name);
  }

  async get<T extends HubAnswer | HubFileAnswer | HubGgufAnswer>(key: string): Promise<T | undefined> {
    const name = this.fileName(key);
    if (!this.mayHold(name)) return undefined;
    let entry: CacheEntry;
    try {
      entry = JSON.parse(readFileSync(join(this.root, name), 'utf8')) as CacheEntry;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === undefined) this.malformed++;
      return undefined; // missing, unreadable or corrupt: refetch
    }
    if (!isValidEntry(entry, key, this.endpoint)) {
      // Written by another version, or tampered with: a miss, said once at the end of the run.
      this.malformed++;
      return undefined;
    }
    const ttl = entry.answer.ok ? this.options.ttlMs : this.options.negativeTtlMs;
    if ((this.options.now?.() ?? Date.now()) - entry.storedAt > ttl) return undefined;
    return entry.answer as T;
  }

  /** Stores an answer in the background; the promise (also awaited by `flush`) settles once it is on disk or given up. */
  set(key: string, answer: HubAnswer | HubFileAnswer | HubGgufAnswer): Promise<void> {
    if (!this.writable) return Promise.resolve();
    if (!answer.ok && !CACHEABLE_ERRORS.has(answer.code)) return Promise.resolve();
    const stored = answer.ok && 'fromCache' in answer ? { ...answer, fromCache: undefined } : answer;
    const entry: CacheEntry = { v: 1, storedAt: this.options.now?.() ?? Date.now(), endpoint: this.endpoint, key, answer: stored };
    const name = this.fileName(key);
    this.listed?.add(name);
    const job = this.write(name, JSON.stringify(entry)).finally(() => this.pending.delete(job));
    this.pending.add(job);
    return job;
  }

  /** Waits for every write started so far (and adds the warning about malformed entries read, once). */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
    if (this.malformed > this.malformedSaid) {
      this.malformedSaid = this.malformed;
      this.warnings.push(
        `${this.malformed} lineage cache entr${this.malformed === 1 ? 'y was' : 'ies were'} malformed (another version wrote them, or they were changed) and taken as misses; they are refetched and rewritten online`,
      );
    }
  }

  /** Removes an entry (an import that failed takes back what it wrote). */
  async delete(key: string): Promise<void> {
    const name = this.fileName(key);
    this.listed?.delete(name);
    await done((cb) => rm(join(this.root, name), { force: true }, cb));
  }

  private async write(name: string, text: string): Promise<void> {
    const file = join(this.root, name);
    const temp = `${file}.${process.pid}.${++tempCounter}.tmp`;
    const makeDir = () => makeDirectory(this.root);
    const writeTemp = () => done((cb) => writeFile(temp, text, cb));
    this.madeDir ??= makeDir();
    let error = (await this.madeDir) ?? (await writeTemp());
    if (error?.code === 'ENOENT') {
      // The folder went away under us (another run cleared the cache): make it again, once.
      error = (await makeDir()) ?? (await writeTemp());
    }
    error ??= await done((cb) => rename(temp, file, cb));
    if (!error || !this.writable) return;
    this.writable = false;
    this.warnings.push(`lineage cache at ${this.options.dir} cannot be written (${error.message}); continuing without it`);
    await done((cb) => rm(temp, { force: true }, cb));
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

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const optional = (value: unknown, test: (v: unknown) => boolean) => value === undefined || value === null || test(value);

/**
 * Whether a stored entry has the shape this version writes, down to the fields the lineage parser
 * reads: an entry of another shape (`data: null`, `{ok: true}`, `storedAt: "x"`) is a miss, never a
 * crash or a "resolved" model without its metadata.
 */
function isValidEntry(entry: unknown, key: string, endpoint: string): entry is CacheEntry {
  if (!isObject(entry) || entry.v !== 1 || entry.key !== key || entry.endpoint !== endpoint) return false;
  if (typeof entry.storedAt !== 'number' || !Number.isFinite(entry.storedAt)) return false;
  const answer = entry.answer;
  if (!isObject(answer) || typeof answer.ok !== 'boolean') return false;
  if (!answer.ok) return typeof answer.code === 'string' && CACHEABLE_ERRORS.has(answer.code as DiagnosticCode) && typeof answer.message === 'string';
  if (key.startsWith('file:')) return typeof answer.text === 'string';
  if (key.startsWith('gguf:')) return isObject(answer.header) && Object.values(answer.header).every((v) => typeof v === 'string' || typeof v === 'number');
  return typeof answer.id === 'string' && isValidModelJson(answer.data, answer.id);
}

/** A model answer as the Hub gives it: an object naming the model, with containers where containers go. */
export function isValidModelJson(data: unknown, id: string): boolean {
  if (!isObject(data) || typeof data.id !== 'string' || data.id.toLowerCase() !== id.toLowerCase()) return false;
  return (
    optional(data.cardData, isObject) &&
    optional(data.config, isObject) &&
    optional(data.gguf, isObject) &&
    optional(data.tags, (v) => Array.isArray(v) && v.every((t) => typeof t === 'string')) &&
    optional(data.siblings, Array.isArray)
  );
}

const modelKey = (id: string, revision?: string) => `model:${id}@${revision ?? 'HEAD'}`;
const fileKey = (id: string, path: string, revision?: string) => `file:${id}@${revision ?? 'HEAD'}:${path}`;
const ggufKey = (id: string, path: string, revision?: string) => `gguf:${id}@${revision ?? 'HEAD'}:${path}`;

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
    // Written in the background (see flush): the walk goes on to the parents meanwhile.
    void this.cache.set(key, answer);
    // Also remember it under the canonical id, so a later reference by that id is a hit.
    if (answer.ok && answer.id !== id) void this.cache.set(modelKey(answer.id, revision), answer);
    return answer;
  }

  async getFile(id: string, path: string, revision?: string): Promise<HubFileAnswer> {
    const key = fileKey(id, path, revision);
    const hit = await this.cache.get<HubFileAnswer>(key);
    if (hit) return hit;
    if (!this.upstream) return { ok: false, code: 'offline-miss', message: `${id}/${path} is not in the lineage cache and the run is offline` };
    const answer = await this.upstream.getFile(id, path, revision);
    void this.cache.set(key, answer);
    return answer;
  }

  async getGgufHeader(id: string, path: string, revision?: string): Promise<HubGgufAnswer> {
    const key = ggufKey(id, path, revision);
    const hit = await this.cache.get<HubGgufAnswer>(key);
    if (hit) return hit;
    if (!this.upstream) return { ok: false, code: 'offline-miss', message: `the header of ${id}/${path} is not in the lineage cache and the run is offline` };
    const answer = await this.upstream.getGgufHeader(id, path, revision);
    void this.cache.set(key, answer);
    return answer;
  }
}
