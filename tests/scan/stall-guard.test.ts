// The hard guard behind the per-file budget (src/scan/stall-guard.ts). The budget is checked between extractors, so one
// extractor stuck on a file would hold its thread; a worker past the hard limit on one file is terminated and replaced,
// the file listed as skipped with why, and every other file read. Here the limit is set tiny
// (MODELPROV_STALL_LIMIT_MS=100) and a file built to take seconds (1.7 MB of YAML model entries, each read by several
// extractors) stands in for a stalled one: in a tree large enough for the pool (mid-walk, beside small files with
// references) and in a small project, where the main thread, which cannot be stopped, must hand it to a worker.
// Needs `npm run build` (CI's `npm ci` runs it).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { writePlantedTree } from '../helpers/planted-tree.js';
import { runBuiltCli } from '../helpers/run-cli.js';

const SLOW = 'pkg-5/zz_models.yaml';
const slowText = `models:\n${Array.from({ length: 20_000 }, (_, i) => `  - model: catalogue-org/model-${i}\n    args: ["--model", "catalogue-org/model-${i}"]`).join('\n')}\n`;

function audit(root: string, env: NodeJS.ProcessEnv): { report: Report; stderr: string; status: number } {
  const { stdout, stderr, status } = runBuiltCli(['audit', root, '--offline', '--cache-dir', `${root}-cache`, '--format', 'json'], env);
  return { report: JSON.parse(stdout) as Report, stderr, status };
}

/** A tree of `files` small Python files, one in four loading a model, and the slow file mid-walk. */
function tree(files: number): { root: string; planted: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'modelprov-stall-'));
  const planted = writePlantedTree(root, files, 'from transformers import AutoModel');
  mkdirSync(join(root, 'pkg-5'), { recursive: true });
  writeFileSync(join(root, SLOW), slowText);
  return { root, planted };
}

const runs: Record<string, { report: Report; stderr: string; status: number; planted: string[] }> = {};

beforeAll(() => {
  for (const [name, files] of [
    ['pool', 400],
    ['small project', 12],
  ] as const) {
    const { root, planted } = tree(files);
    runs[name] = { ...audit(root, { MODELPROV_STALL_LIMIT_MS: '100' }), planted };
  }
}, 180_000);

describe.each(['pool', 'small project'])('a file whose extraction runs past the hard limit (%s)', (name) => {
  it('is listed as skipped with its reason', () => {
    const { report, stderr } = runs[name]!;
    expect(report.skipped).toContainEqual({
      path: SLOW,
      reason: 'extraction-stalled',
      detail: expect.stringMatching(/^its extraction ran [\d.]+ s, past its hard limit of [\d.]+ s; the extraction worker was stopped and replaced/),
    });
    expect(report.models.some((m) => m.id.startsWith('catalogue-org/'))).toBe(false);
    expect(stderr).not.toMatch(/bug in modelprov|ERR_WORKER/);
  });

  it("does not stop the run: every other file's references are reported", () => {
    const { report, planted } = runs[name]!;
    const found = new Set(report.models.flatMap((m) => m.references.map((r) => `${m.id} ${r.path}:${r.line}`)));
    expect(planted.length).toBeGreaterThan(0);
    for (const p of planted) expect(found).toContain(p);
    expect(report.skipped.filter((s) => s.reason.startsWith('extraction-')).map((s) => s.path)).toEqual([SLOW]);
  });
});
