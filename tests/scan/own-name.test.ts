// The project's own name (src/scan/own-name.ts): PrivateGPT answers with `"model": "private-gpt"` in its responses and
// their schema; that is the project naming itself, not a hosted model it uses (held-out zylon-ai/private-gpt, issue #15).
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

async function auditCopy(pyproject?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'modelprov-own-name-'));
  cpSync(join(REPO_ROOT, 'fixtures/projects/own-name'), dir, { recursive: true });
  if (pyproject !== undefined) writeFileSync(join(dir, 'pyproject.toml'), pyproject);
  const run = await runCli(['audit', dir, '--offline', '--format', 'json']);
  return (JSON.parse(run.stdout) as Report).models.map((m) => m.id).sort();
}

describe("the project's own name", () => {
  it('is not a model where the project answers with it, and the models it calls are still read', async () => {
    expect(await auditCopy()).toEqual(['openai/gpt-4o-mini']);
  });

  it('is a model name like any other in a project of another name', async () => {
    const ids = await auditCopy('[project]\nname = "another-server"\n');
    expect(ids).toContain('openai-compatible/private-gpt');
    expect(ids).toContain('openai/gpt-4o-mini');
  });
});
