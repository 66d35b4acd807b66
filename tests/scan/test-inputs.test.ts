// Test inputs a project documents (src/scan/test-inputs.ts): a README that says "`targets/` — small
// repositories used in integration tests" makes the sample projects there test context, so the starter
// deny-CN policy does not fail a scanner for the Qwen its scan targets load (idlab-discover/aibomgen-cli).
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { STARTER_POLICY } from '../../src/policy/index.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

async function auditCopy(readme?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'modelprov-test-inputs-'));
  cpSync(join(REPO_ROOT, 'fixtures/projects/test-inputs'), dir, { recursive: true });
  if (readme !== undefined) writeFileSync(join(dir, 'README.md'), readme);
  // The starter policy, except that this offline run may leave lineage unresolved.
  writeFileSync(join(dir, '.modelprov.yml'), STARTER_POLICY.replace('fail_on_incomplete: true', 'fail_on_incomplete: false'));
  const run = await runCli(['audit', dir, '--offline', '--format', 'json']);
  const report = JSON.parse(run.stdout) as Report;
  const contexts = (id: string) => report.models.filter((m) => m.id === id).flatMap((m) => m.references.map((r) => `${r.path}:${r.context}`));
  return { run, contexts };
}

describe('documented test inputs', () => {
  it('gives the sample projects of a folder the README calls test inputs context test: the starter policy passes', async () => {
    const { run, contexts } = await auditCopy();
    expect(contexts('Qwen/Qwen2.5-7B-Instruct')).toEqual(['targets/target-3/src/train.py:test']);
    expect(run.code).toBe(0);
  });

  it('reads the same folder as code when the README does not describe it', async () => {
    const { run, contexts } = await auditCopy('# aibomgen-cli\n\n- `targets/` — deployment targets\n');
    expect(contexts('Qwen/Qwen2.5-7B-Instruct')).toEqual(['targets/target-3/src/train.py:code']);
    expect(run.code).toBe(1);
  });
});
