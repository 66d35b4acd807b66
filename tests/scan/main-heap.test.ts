// The main thread's heap during a large scan (src/scan/main-heap.ts): once it has grown a step past what the last full
// collection kept, a full collection runs, so garbage promoted by the main thread's own extraction does not gather
// until V8's own limit (about four times the live heap). Run in a child Node started as the CLI is, without
// --expose-gc: the collection must be reachable anyway, and a step of 0 turns it off.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-cli.js';

const CHILD = `
import { collectWhenGrown } from ${JSON.stringify(pathToFileURL(join(REPO_ROOT, 'dist', 'scan', 'main-heap.js')).href)};
const used = () => process.memoryUsage().heapUsed;
collectWhenGrown(); // the first call takes the floor
// Garbage that has lived long enough to be promoted: kept across many allocations, then dropped.
let kept = [];
for (let i = 0; i < 300_000; i++) kept.push({ i, s: 'x' + i });
for (let i = 0; i < 20; i++) new Array(100_000).fill(i);
kept = undefined;
const before = used();
collectWhenGrown();
process.stdout.write(JSON.stringify({ before, after: used(), gcGlobal: typeof globalThis.gc }));
`;

const run = (step: string) =>
  JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', CHILD], { encoding: 'utf8', env: { ...process.env, MODELPROV_MAIN_HEAP_STEP_MB: step } }),
  ) as { before: number; after: number; gcGlobal: string };

describe("the main thread's heap during a scan", () => {
  it('is collected once it has grown a step, without --expose-gc and without a global gc', () => {
    const { before, after, gcGlobal } = run('4');
    expect(before).toBeGreaterThan(after + 10 * 1024 * 1024);
    expect(gcGlobal).toBe('undefined');
  });

  it('is left to V8 with a step of 0', () => {
    const { before, after } = run('0');
    expect(after).toBeGreaterThan(before - 2 * 1024 * 1024);
  });
});

// Its young generation: V8 doubles it to 32 MB as objects survive scavenges; once it has reached the cap
// (MODELPROV_MAIN_YOUNG_MB, 16 by default) it grows no further. Objects that outlive a few scavenges, as the
// texts the main thread screens do, make it grow. (Asked every 50 items, so that it looks every 400, as a scan of
// small files does: asked every 500, two doublings could fall between two looks on a loaded machine, 16 MB seen once
// in a full CI run.)
const YOUNG_CHILD = `
import { getHeapSpaceStatistics } from 'node:v8';
import { capYoungGeneration } from ${JSON.stringify(pathToFileURL(join(REPO_ROOT, 'dist', 'scan', 'main-heap.js')).href)};
const young = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
let kept = [];
let most = 0;
for (let i = 0; i < 400_000; i++) {
  kept.push({ i, s: 'x'.repeat(i % 40) + i });
  if (kept.length > 40_000) kept = kept.slice(20_000);
  if (i % 50 === 0) {
    capYoungGeneration();
    most = Math.max(most, young());
  }
}
process.stdout.write(JSON.stringify({ most }));
`;

const youngMost = (cap: string) =>
  (
    JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', YOUNG_CHILD], { encoding: 'utf8', env: { ...process.env, MODELPROV_MAIN_YOUNG_MB: cap } }),
    ) as { most: number }
  ).most;

describe("the main thread's young generation during a scan", () => {
  it('stops growing once it reaches its cap', () => {
    expect(youngMost('8')).toBeLessThanOrEqual(8 * 1024 * 1024);
  });

  it("grows to V8's own size with a cap of 0", () => {
    expect(youngMost('0')).toBeGreaterThan(16 * 1024 * 1024);
  });
});
