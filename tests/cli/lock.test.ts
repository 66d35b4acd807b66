// Reproducible audits: `lock` records every Hub answer; `--locked` and `--offline` replay them.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import type { Lockfile } from '../../src/resolve/lockfile.js';
import { HUB_SNAPSHOT, REPO_ROOT, runCli } from '../helpers/run-cli.js';

function copyDemo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelprov-lock-'));
  cpSync(join(REPO_ROOT, 'fixtures/demo-app'), dir, { recursive: true });
  return dir;
}

const lineages = (stdout: string) =>
  (JSON.parse(stdout) as Report).models.map((m) => ({ id: m.id, lineage: m.lineage, origin: m.origin, licenses: m.licenses }));

describe('lineage lockfile', () => {
  it('round-trips: an audit --locked reproduces the live audit without any Hub', async () => {
    const project = copyDemo();
    const lock = await runCli(['lock', project, '--hub-snapshot', HUB_SNAPSHOT]);
    expect(lock.code).toBe(0);
    expect(lock.stderr).toMatch(/wrote .*modelprov\.lock\.json \(\d+ nodes for \d+ models\)/);
    const file = JSON.parse(readFileSync(join(project, 'modelprov.lock.json'), 'utf8')) as Lockfile;
    expect(file.nodes['Qwen/Qwen2.5-7B']).toMatchObject({ id: 'Qwen/Qwen2.5-7B', parents: [] });
    expect(file.nodes['Qwen/Qwen2.5-7B-Instruct']!.parents).toEqual([{ id: 'Qwen/Qwen2.5-7B', relation: 'finetune' }]);
    expect(file.nodes['Qwen/Qwen2.5-7B-Instruct']!.sha).toMatch(/^[0-9a-f]{40}$/);

    const live = await runCli(['audit', project, '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json']);
    // The lockfile itself is not scanned for references (its recorded cards hold Hub URLs).
    expect((JSON.parse(live.stdout) as Report).skipped).toContainEqual({
      path: 'modelprov.lock.json',
      reason: 'ignored',
      detail: 'the modelprov lockfile (its models are read by --locked, not as references)',
    });
    const locked = await runCli(['audit', project, '--locked', '--format', 'json']);
    expect(locked.code).toBe(0);
    expect(lineages(locked.stdout)).toEqual(lineages(live.stdout));

    const emptyCache = mkdtempSync(join(tmpdir(), 'modelprov-empty-'));
    const offline = await runCli(['audit', project, '--offline', '--cache-dir', emptyCache, '--format', 'json']);
    expect(lineages(offline.stdout)).toEqual(lineages(live.stdout));
  });

  it('fails clearly when a referenced model is missing from the lockfile', async () => {
    const project = copyDemo();
    await runCli(['lock', project, '--hub-snapshot', HUB_SNAPSHOT]);
    writeFileSync(join(project, 'app', 'extra.py'), 'from transformers import AutoModel\nAutoModel.from_pretrained("01-ai/Yi-1.5-9B-Chat")\n');
    const locked = await runCli(['audit', project, '--locked', '--format', 'json']);
    expect(locked.code).toBe(3);
    expect(locked.stderr).toMatch(/missing from modelprov\.lock\.json; run `modelprov lock/);
    const yi = (JSON.parse(locked.stdout) as Report).models.find((m) => m.id === '01-ai/Yi-1.5-9B-Chat')!;
    expect(yi.lineage.status).toBe('unresolved');
    expect(yi.lineage.problems[0]).toMatch(/is not in .*modelprov\.lock\.json/);
  });

  it('a violation still exits 1 when the lockfile also misses a model: violations win, as without --locked', async () => {
    const project = copyDemo();
    await runCli(['lock', project, '--hub-snapshot', HUB_SNAPSHOT]);
    writeFileSync(join(project, 'app', 'extra.py'), 'from transformers import AutoModel\nAutoModel.from_pretrained("01-ai/Yi-1.5-9B-Chat")\n');
    writeFileSync(join(project, '.modelprov.yml'), 'policy:\n  rules:\n    - id: no-cn\n      action: deny\n      country: CN\n');
    const locked = await runCli(['audit', project, '--locked', '--format', 'json']);
    expect((JSON.parse(locked.stdout) as Report).summary.violations).toBeGreaterThan(0);
    expect(locked.stderr).toMatch(/missing from modelprov\.lock\.json/);
    expect(locked.code).toBe(1);
  });

  it('refuses --locked without a lockfile (exit 2)', async () => {
    const run = await runCli(['audit', copyDemo(), '--locked']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--locked needs a lockfile/);
  });
});

describe('cache export and import', () => {
  it('moves a warm cache to another machine where an offline audit finds everything', async () => {
    const cacheA = mkdtempSync(join(tmpdir(), 'modelprov-cache-a-'));
    const cacheB = mkdtempSync(join(tmpdir(), 'modelprov-cache-b-'));
    const exported = mkdtempSync(join(tmpdir(), 'modelprov-export-'));
    const importFrom = await runCli(['cache', 'import', HUB_SNAPSHOT, '--cache-dir', cacheA]);
    expect(importFrom.stderr).toMatch(/imported \d+ model answer/);
    const exportRun = await runCli(['cache', 'export', exported, '--cache-dir', cacheA]);
    expect(exportRun.code).toBe(0);
    await runCli(['cache', 'import', exported, '--cache-dir', cacheB]);
    const offline = await runCli(['audit', 'fixtures/demo-app', '--offline', '--cache-dir', cacheB, '--format', 'json']);
    const report = JSON.parse(offline.stdout) as Report;
    expect(report.models.filter((m) => m.source === 'huggingface').every((m) => m.lineage.status === 'resolved')).toBe(true);
  });

  it('carries model cards, configs and GGUF headers: silent models resolve offline as they do from the snapshot', async () => {
    // Silent models' bases come from README text, config.json and remote GGUF headers, not the API answer.
    const silent = join(REPO_ROOT, 'fixtures/hub/silent');
    const ids = [
      'bartowski/Rombos-Coder-V2.5-Qwen-14b-GGUF',
      'QuantFactory/AceReason-Nemotron-1.1-7B-GGUF',
      'xueh88401/qwen2.5-7b-medical',
      'sanchit-gandhi/whisper-small-tt',
    ];
    const [cacheA, cacheB] = [mkdtempSync(join(tmpdir(), 'modelprov-cache-a-')), mkdtempSync(join(tmpdir(), 'modelprov-cache-b-'))];
    const exported = join(mkdtempSync(join(tmpdir(), 'modelprov-export-')), 'snapshot');
    await runCli(['cache', 'import', silent, '--cache-dir', cacheA]);
    await runCli(['cache', 'export', exported, '--cache-dir', cacheA]);
    await runCli(['cache', 'import', exported, '--cache-dir', cacheB]);
    const roots = (stdout: string) =>
      (JSON.parse(stdout) as Report).models.map((m) => ({ id: m.id, roots: m.lineage.roots, families: m.origin.families.map((f) => f.family) }));
    const direct = roots((await runCli(['lineage', ...ids, '--hub-snapshot', silent, '--format', 'json'])).stdout);
    const moved = roots((await runCli(['lineage', ...ids, '--offline', '--cache-dir', cacheB, '--format', 'json'])).stdout);
    expect(direct.every((m) => m.roots.length > 0)).toBe(true);
    expect(moved).toEqual(direct);
  });
});

describe("modelprov's own output inside the audited tree", () => {
  it('lists a committed JSON report, SARIF log and BOM as skipped, by kind, and takes no references from them', async () => {
    const project = copyDemo();
    const before = JSON.parse((await runCli(['audit', project, '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json'])).stdout) as Report;
    for (const [format, name] of [
      ['json', 'baseline.json'],
      ['sarif', 'modelprov.sarif'],
      ['cyclonedx', 'ml-bom.json'],
    ] as const) {
      const written = await runCli(['audit', project, '--hub-snapshot', HUB_SNAPSHOT, '--format', format, '--sarif-all']);
      writeFileSync(join(project, name), written.stdout);
    }
    const after = JSON.parse((await runCli(['audit', project, '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json'])).stdout) as Report;
    expect(after.summary.references).toBe(before.summary.references);
    expect(after.skipped).toEqual(
      expect.arrayContaining([
        { path: 'baseline.json', reason: 'ignored', detail: 'a modelprov JSON report (a baseline, say)' },
        { path: 'ml-bom.json', reason: 'ignored', detail: 'a modelprov CycloneDX BOM' },
        { path: 'modelprov.sarif', reason: 'ignored', detail: 'a modelprov SARIF log' },
      ]),
    );
  });
});
