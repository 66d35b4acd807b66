// `modelprov families` as a policy writer uses it: the id and name a `family:` rule matches, the
// organisations an `organisation:` rule matches, as reports spell them, within the terminal.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { HUB_SNAPSHOT, runCli } from '../helpers/run-cli.js';

describe('families', () => {
  it('lists, for every family a report attributes, the same id, name and organisation', async () => {
    const audit = JSON.parse((await runCli(['audit', 'fixtures/demo-app', '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json'])).stdout) as Report;
    const listed = JSON.parse((await runCli(['families', '--format', 'json'])).stdout) as { id: string; name: string; organisation: string }[];
    const attributed = audit.models.flatMap((m) => m.origin.families);
    expect(attributed.length).toBeGreaterThan(0);
    for (const f of attributed)
      expect(
        listed.find((l) => l.id === f.familyId),
        f.familyId,
      ).toMatchObject({ name: f.family, organisation: f.organisation });
  });

  it('shows the id and the report name in the table, no wider than COLUMNS', async () => {
    const run = await runCli(['families', '--country', 'CN'], { env: { COLUMNS: '100' } });
    expect(run.code).toBe(0);
    for (const line of run.stdout.split('\n').filter((l) => /^[┌│├└]/.test(l))) expect([...line].length, line).toBeLessThanOrEqual(100);
    expect(run.stdout).toMatch(/│ Id +│ Family +│ Organisation +│ Country +│ Hub namespaces +│/);
    expect(run.stdout).toMatch(/│ qwen +│ Qwen +│ Qwen team, +│ CN +│ Qwen +│/);
    expect(run.stdout).toMatch(/│ \(Alibaba Group\) +│/);
  });

  it('--country must be a two-letter code (exit 2), not a silent empty list', async () => {
    const run = await runCli(['families', '--country', 'China']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('modelprov: --country takes a two-letter ISO country code such as CN or US, not "China"\n');
    expect(run.stdout).toBe('');
  });
});
