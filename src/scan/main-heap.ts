// The main thread's heap during a large scan. What it extracts itself while the workers are behind (texts,
// tokens, parse trees), and the walk's batches in flight, live for seconds: each scavenge promotes them, and V8
// lets the old generation grow to about four times what its last full collection kept before it collects again
// (whole corpus, --trace-gc: 26 MB live, no full collection for 105 s while 74 MB of garbage gathered, 124 MB
// committed at the run's RSS peak). A full collection once the heap has grown a step past what the last one kept
// bounds it; a few a run, each a few tens of milliseconds.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Growth of the main heap (used, young generation included) past what the last full collection kept. */
const DEFAULT_STEP_MB = 24;

export function mainHeapStepMb(env: NodeJS.ProcessEnv = process.env): number {
  const set = Number(env.MODELPROV_MAIN_HEAP_STEP_MB);
  return Number.isInteger(set) && set >= 0 ? set : DEFAULT_STEP_MB;
}

let collect: (() => void) | null | undefined;
let floor = 0;
let step = -1;

/** Called between batches on the main thread: a full collection when the heap has grown a step. */
export function collectWhenGrown(): void {
  if (step < 0) step = mainHeapStepMb() * 1024 * 1024;
  if (step === 0) return;
  const used = getHeapStatistics().used_heap_size;
  if (floor === 0) floor = used;
  if (used < floor + step) return;
  collect ??= exposedGc();
  if (!collect) {
    step = 0;
    return;
  }
  collect();
  floor = getHeapStatistics().used_heap_size;
}

/** V8's `gc()`, exposed at run time in a context of its own (Node starts without --expose-gc). */
function exposedGc(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    // Only this context gets it: workers started later (a replacement) see no global gc.
    setFlagsFromString('--no-expose-gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}
