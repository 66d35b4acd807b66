// The main thread's heap during a large scan. What it extracts itself while the workers are behind (texts,
// tokens, parse trees), and the walk's batches in flight, live for seconds: each scavenge promotes them, and V8
// lets the old generation grow to about four times what its last full collection kept before it collects again
// (whole corpus, --trace-gc: 26 MB live, no full collection for 105 s while 74 MB of garbage gathered, 124 MB
// committed at the run's RSS peak). A full collection once the heap has grown a step past what the last one kept
// bounds it; a few a run, each a few tens of milliseconds.
import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from 'node:v8';
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
  capYoungGeneration();
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

/**
 * The main isolate's young generation, at most. V8 doubles it from 1 MB to 32 MB (its default) as
 * objects survive scavenges, and the main thread's screening gets it there early in a large scan:
 * 32 MB of the peak RSS, to the end of the run. Node sizes it only from a start-up flag
 * (--max-semi-space-size), which a CLI started as `node bin/modelprov.js` cannot take. V8 reads its
 * growth factor at each growth: at the cap the factor is 1, under it (a full collection may shrink
 * the young generation) V8's 2 again. The flag is process-wide: workers start with a young generation
 * that needs no growth (worker-start.ts). MODELPROV_MAIN_YOUNG_MB overrides it (0: V8's own growth).
 */
const DEFAULT_YOUNG_MB = 16;

export function mainYoungMb(env: NodeJS.ProcessEnv = process.env): number {
  const set = Number(env.MODELPROV_MAIN_YOUNG_MB);
  return Number.isInteger(set) && set >= 0 ? set : DEFAULT_YOUNG_MB;
}

let youngCap = -1;
let growth = 2;
let calls = 0;

/** Called for each file the main thread reads or extracts: its young generation is looked at every eighth call (~10 µs a look). */
export function capYoungGeneration(): void {
  if (youngCap === 0 || (++calls & 7) !== 1) return;
  if (youngCap < 0) youngCap = mainYoungMb() * 1024 * 1024;
  if (youngCap === 0) return;
  const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
  const wanted = young < youngCap ? 2 : 1;
  if (wanted === growth) return;
  setFlagsFromString(`--semi-space-growth-factor=${wanted}`);
  growth = wanted;
}
