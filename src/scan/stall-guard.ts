// The hard guard behind the per-file budget (extract-file.ts). The budget is checked between extractors, so one
// extractor that goes super-linear on a file built for it (a 1.3 MB line of nested loader calls took ~50 s) would hold
// its thread until it ends. An extraction worker says which file it is on through a shared array (no message per
// file); the pool's watchdog reads it, and a worker past the hard limit on one file is terminated and replaced, the file
// listed as skipped with why (never a silent drop), the other files it held sent again (pool.ts). The main thread
// cannot be stopped from outside, so it takes no text file larger than the pool leaves to workers (pool.ts).
import { statSync } from 'node:fs';
import { EXTRACTION_BUDGET_MS, machineLoad } from './extract-file.js';

/**
 * The hard limit is this many times the file's budget (5 s + 1 s per MB): 50 s + 10 s per MB, stretched by the
 * machine's load as the budget is. The slowest file of the real corpus takes under a second.
 */
const HARD_LIMIT_FACTOR = 10;
/** How often the pool's watchdog looks at its workers. */
export const WATCH_EVERY_MS = 1000;

/** One file's hard limit in ms before the load's stretch. MODELPROV_STALL_LIMIT_MS sets it flat (tests). */
export function hardLimitMs(size: number, env: NodeJS.ProcessEnv = process.env): number {
  const set = Number(env.MODELPROV_STALL_LIMIT_MS);
  if (Number.isFinite(set) && set > 0) return set;
  return HARD_LIMIT_FACTOR * (EXTRACTION_BUDGET_MS + size / 1000);
}

/**
 * A worker's progress, shared with the pool: slots 0-2 of the Int32 view are [busy, message id, file index in that
 * message], slot 3 of the Float64 view its start time (Date.now()). Written by the worker, read by the pool.
 */
export class FileProgress {
  readonly buffer: SharedArrayBuffer;
  private readonly ints: Int32Array;
  private readonly floats: Float64Array;

  constructor(buffer = new SharedArrayBuffer(32)) {
    this.buffer = buffer;
    this.ints = new Int32Array(buffer, 0, 4);
    this.floats = new Float64Array(buffer, 0, 4);
  }

  /** The worker starts a file. */
  begin(id: number, index: number): void {
    this.floats[3] = Date.now();
    Atomics.store(this.ints, 1, id);
    Atomics.store(this.ints, 2, index);
    Atomics.store(this.ints, 0, 1);
  }

  /** The worker is done with it. */
  end(): void {
    Atomics.store(this.ints, 0, 0);
  }

  /** The file the worker is on (its message id and index there) and for how long, or undefined when it is between files. */
  current(now = Date.now()): { id: number; index: number; ms: number } | undefined {
    if (Atomics.load(this.ints, 0) !== 1) return undefined;
    return { id: Atomics.load(this.ints, 1), index: Atomics.load(this.ints, 2), ms: now - this.floats[3]! };
  }

  /**
   * Whether the worker is still on that file past its hard limit (times the machine's load): the stall, or undefined.
   * A file the walk left unsized is sized here, only when the limit without its size is passed.
   */
  overrun(
    file: { id: number; index: number; ms: number },
    walked: { absPath: string; size: number },
    load: () => number = machineLoad,
  ): { id: number; index: number; ms: number; limitMs: number } | undefined {
    if (file.ms <= hardLimitMs(0)) return undefined;
    const size = walked.size >= 0 ? walked.size : (statSync(walked.absPath, { throwIfNoEntry: false })?.size ?? 0);
    const base = hardLimitMs(size);
    if (file.ms <= base) return undefined;
    const limitMs = base * load();
    if (file.ms <= limitMs) return undefined;
    // Read again: the worker may have moved on meanwhile (then nothing overran).
    if (Atomics.load(this.ints, 0) !== 1 || Atomics.load(this.ints, 1) !== file.id || Atomics.load(this.ints, 2) !== file.index) return undefined;
    return { ...file, limitMs };
  }
}
