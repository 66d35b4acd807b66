// A worker that dies mid-scan. Workers run under a heap limit; here a tiny one
// (MODELPROV_WORKER_HEAP_MB) that small files fit in and a 3 MB JSON list of model entries does
// not. The built CLI must replace the worker, send the files it held again, list the file that
// kills a worker twice as skipped with why, and still report every other file's references: also
// those of the small files walked beside a killer, sent to the worker with it.
// Needs `npm run build` (CI's `npm ci` runs it).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { writePlantedTree } from '../helpers/planted-tree.js';
import { runBuiltCli } from '../helpers/run-cli.js';

const FILES = 600;
const HUGE = 'zz-data/catalogue.json';
/** Mid-walk, among small files with references. */
const HUGE_AMONG = 'pkg-10/mod_205_catalogue.json';
let root: string;
let planted: string[];
let report: Report;
let stderr: string;

function audit(env: NodeJS.ProcessEnv): { stdout: string; stderr: string } {
  return runBuiltCli(['audit', root, '--offline', '--cache-dir', `${root}-cache`, '--format', 'json'], env);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'modelprov-pool-fallback-'));
  planted = writePlantedTree(root, FILES, 'import os');
  // Last in the walk, when a worker has loaded: tens of thousands of entries, far past a 16 MB heap once parsed.
  mkdirSync(join(root, 'zz-data'));
  const entries = Array.from({ length: 30_000 }, (_, i) => ({ name: `entry ${i}`, model: `catalogue-org/model-${i}`, tags: ['a', 'b', String(i)] }));
  writeFileSync(join(root, HUGE), JSON.stringify({ models: entries }));
  writeFileSync(join(root, HUGE_AMONG), JSON.stringify({ models: entries }));
  const run = audit({ MODELPROV_WORKER_HEAP_MB: '16' });
  report = JSON.parse(run.stdout) as Report;
  stderr = run.stderr;
}, 120_000);

describe('a worker that runs out of memory', () => {
  it('lists the file that killed it as skipped, with the reason and the limit', () => {
    expect(report.skipped).toContainEqual({ path: HUGE, reason: 'extraction-memory', detail: expect.stringContaining('worker heap limit 16 MB') });
    expect(report.summary.filesSkipped).toBeGreaterThanOrEqual(1);
    expect(stderr).not.toMatch(/bug in modelprov|ERR_WORKER/);
  });

  it("keeps every other file's references", () => {
    const found = new Set(report.models.flatMap((m) => m.references.map((r) => `${m.id} ${r.path}:${r.line}`)));
    for (const p of planted) expect(found).toContain(p);
    // The one mid-walk may go to the main thread (before the worker loads, or while it retries): then it is read whole, or over its time budget.
    for (const skip of report.skipped.filter((s) => s.reason.startsWith('extraction-'))) expect([HUGE, HUGE_AMONG]).toContain(skip.path);
  });
});
