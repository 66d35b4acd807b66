// Starting extraction workers, for the pool (pool.ts) and for bin/modelprov.js, which starts an
// audit's workers before the CLI's own modules load: a worker takes ~60 ms to load its code, and
// started by the walk it was ready a tenth of the way into a large scan. The early ones are handed
// over through a global (the bundle holds its own copy of this module) and adopted by the pool,
// or left unused by a small project: unreferenced, they never keep the process alive.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { FileProgress } from './stall-guard.js';

/**
 * A smaller young generation than V8's default for a worker: it fills with short-lived file texts
 * and scavenges stay in cache (100k-file bench: ~3% less wall time, ~15 MB less peak RSS).
 */
const YOUNG_GENERATION_MB = 16;
/**
 * A worker's old generation. V8 lets a heap grow to 130-170 MB of garbage between full
 * collections when 20-65 MB is live (whole real corpus: 505 MB peak RSS); a limit makes it collect
 * sooner at the same CPU time. A file that really needs more kills its worker, and the pool
 * retries it, then lists it as skipped (pool.ts). MODELPROV_WORKER_HEAP_MB overrides it (tests
 * set a tiny one to make a worker die).
 */
const OLD_GENERATION_MB = 96;
/**
 * A worker's young generation from its start (MB per semi-space): 8 MB in all, what a busy worker grows to
 * anyway. The main thread stops V8's growth of young generations while its own is at its cap (main-heap.ts,
 * a process-wide flag); a worker started at V8's 1 MB, or shrunk to it while idle, would stay there
 * (whole corpus: eight times the scavenges). V8 reads the flag when an isolate starts.
 */
const YOUNG_START_SEMI_MB = 4;

export function workerHeapMb(env: NodeJS.ProcessEnv = process.env): number {
  const set = Number(env.MODELPROV_WORKER_HEAP_MB);
  return Number.isInteger(set) && set > 0 ? set : OLD_GENERATION_MB;
}
const HANDOFF = Symbol.for('modelprov.prestartedExtractWorkers');

export interface StartedWorker {
  worker: Worker;
  /** The worker said it has loaded its code (its first message) before anyone listened. */
  loaded: boolean;
  /** It stopped before the pool listened (a heap limit too small to load its code, say). */
  exited?: boolean;
  /** Which file it is on, and since when: the pool's watchdog reads it (stall-guard.ts). */
  progress: FileProgress;
}

/** One worker fewer than cores (the main thread walks and extracts too), at most four. */
export const workerCount = () => Math.max(1, Math.min(4, availableParallelism() - 1));

export function startWorkers(url: URL, count = workerCount()): StartedWorker[] {
  setFlagsFromString(`--min-semi-space-size=${YOUNG_START_SEMI_MB}`);
  return Array.from({ length: count }, () => {
    const progress = new FileProgress();
    const started: StartedWorker = {
      worker: new Worker(url, {
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: workerHeapMb() },
        workerData: { progress: progress.buffer },
      }),
      loaded: false,
      progress,
    };
    started.worker.once('message', () => (started.loaded = true));
    // Without a listener a worker's death (out of memory) would throw in the main thread; the pool handles it.
    started.worker.on('error', () => {});
    started.worker.once('exit', () => (started.exited = true));
    return started;
  });
}

/** Starts workers for a coming scan; adoptWorkers hands them to the pool. */
export function prestartWorkers(url: URL): void {
  const started = startWorkers(url);
  for (const { worker } of started) worker.unref();
  (globalThis as Record<symbol, unknown>)[HANDOFF] = { href: url.href, started };
}

/** The prestarted workers of this worker script, once (undefined when none were started). */
export function adoptWorkers(url: URL): StartedWorker[] | undefined {
  const slot = globalThis as Record<symbol, { href: string; started: StartedWorker[] } | undefined>;
  const prestarted = slot[HANDOFF];
  slot[HANDOFF] = undefined;
  if (!prestarted || prestarted.href !== url.href) {
    prestarted?.started.forEach(({ worker }) => void worker.terminate());
    return undefined;
  }
  return prestarted.started;
}
