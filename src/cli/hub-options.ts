// Flags and environment -> the HubSource the resolver reads from. The only place that decides
// between live Hub, snapshot, cache-only and lockfile, and the only reader of HF_* variables.
import { CachedSource, DEFAULT_NEGATIVE_TTL_MS, DEFAULT_TTL_MS, defaultCacheDir, DiskCache } from '../resolve/cache.js';
import { HubClient } from '../resolve/hub-client.js';
import type { HubSource } from '../resolve/hub-source.js';
import { FirstHitSource, LockedSource, readLockfile } from '../resolve/lockfile.js';
import { recordedHubFetch } from '../resolve/recorded-hub.js';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readHubToken } from '../resolve/secret.js';
import { UsageError } from './exit-code.js';
import type { Io } from './io.js';

export interface HubFlags {
  offline?: boolean;
  hubUrl?: string;
  hubSnapshot?: string;
  cacheDir?: string;
  cache?: boolean;
  hubTimeout?: string;
  locked?: boolean;
}

export interface HubContext {
  /** `hub.url` from the config file. */
  configUrl?: string;
  /** The project's lineage lockfile (used by --locked, and by --offline when present). */
  lockfilePath?: string;
}

export const DEFAULT_HUB_URL = 'https://huggingface.co';
/** Any base URL works for a snapshot: the recorded fetch answers in-process. */
const SNAPSHOT_BASE_URL = 'http://hub-snapshot.invalid';

export function hubUrlFrom(flags: HubFlags, io: Io, configUrl?: string): string {
  // The message names where the bad value came from, so the user knows what to fix.
  const [raw, origin] =
    flags.hubUrl !== undefined
      ? [flags.hubUrl, '--hub-url']
      : io.env.HF_ENDPOINT
        ? [io.env.HF_ENDPOINT, 'HF_ENDPOINT']
        : configUrl !== undefined
          ? [configUrl, 'hub.url in the config file']
          : [DEFAULT_HUB_URL, 'the default Hub URL'];
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  // Credentials in the URL would be echoed in messages, reports and the lockfile; the token goes in HF_TOKEN.
  if (url && (url.username || url.password)) throw new UsageError(`${origin} must not carry credentials (user:password@): give the Hub token in HF_TOKEN`);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new UsageError(`${origin} must be an http(s) URL such as https://huggingface.co, not "${raw}"`);
  return raw.replace(/\/+$/, '');
}

/** `--hub-snapshot DIR` must be a snapshot folder: a typo would otherwise leave every lineage unresolved. */
function snapshotDir(dir: string, io: Io): string {
  const path = resolve(io.cwd, dir);
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--hub-snapshot ${dir} is not a folder`);
  if (!statSync(join(path, 'models'), { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`--hub-snapshot ${dir} is not a Hub snapshot (it has no models/ folder); write one with \`modelprov cache export DIR\``);
  return path;
}

export function isOffline(flags: HubFlags, io: Io): boolean {
  return !!flags.offline || ['1', 'true', 'yes', 'on'].includes((io.env.HF_HUB_OFFLINE ?? '').toLowerCase());
}

const noWarnings = async (): Promise<string[]> => [];

/** The Hub source a command reads lineage from; `finish` waits for cache writes and returns their warnings. */
export function createHubSource(flags: HubFlags, io: Io, context: HubContext = {}): { source: HubSource; finish: () => Promise<string[]> } {
  const { configUrl, lockfilePath } = context;
  // A bad --hub-url is a bad flag even when a snapshot or lockfile makes it unused.
  if (flags.hubUrl !== undefined) hubUrlFrom(flags, io);
  const timeoutMs = flags.hubTimeout ? Number(flags.hubTimeout) * 1000 : undefined;
  if (timeoutMs !== undefined && !(timeoutMs > 0)) throw new UsageError(`--hub-timeout must be a positive number of seconds, not "${flags.hubTimeout}"`);
  if (flags.locked) {
    if (!lockfilePath || !existsSync(lockfilePath))
      throw new UsageError(`--locked needs a lockfile at ${lockfilePath ?? 'PATH'}; create it with \`modelprov lock\``);
    return { source: new LockedSource(readLockfile(lockfilePath), lockfilePath), finish: noWarnings };
  }
  if (flags.hubSnapshot) {
    const client = new HubClient({ hubUrl: SNAPSHOT_BASE_URL, fetch: { fetch: recordedHubFetch(snapshotDir(flags.hubSnapshot, io)), maxAttempts: 1 } });
    return { source: Object.assign(client, { description: `recorded Hub snapshot ${flags.hubSnapshot}` }), finish: noWarnings };
  }
  const hubUrl = hubUrlFrom(flags, io, configUrl);
  const cache = new DiskCache(
    { dir: flags.cacheDir ? resolve(io.cwd, flags.cacheDir) : defaultCacheDir(io.env), ttlMs: DEFAULT_TTL_MS, negativeTtlMs: DEFAULT_NEGATIVE_TTL_MS },
    hubUrl,
  );
  const live = isOffline(flags, io) ? undefined : new HubClient({ hubUrl, token: readHubToken(io.env), fetch: timeoutMs ? { timeoutMs } : {} });
  if (flags.cache === false && live) return { source: live, finish: noWarnings };
  const cached = new CachedSource(cache, live);
  // Cache writes run in the background: wait for them, then say which failed.
  const finishCache = async () => (await cache.flush(), cache.warnings);
  if (!live && lockfilePath && existsSync(lockfilePath))
    return { source: new FirstHitSource([new LockedSource(readLockfile(lockfilePath), lockfilePath), cached]), finish: finishCache };
  return { source: cached, finish: finishCache };
}
