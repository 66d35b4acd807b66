// --exclude through the CLI: each flag one pattern, and a PATH after it stays the PATH.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { HUB_SNAPSHOT, runCli } from '../helpers/run-cli.js';

const paths = (report: Report) => [...new Set(report.models.flatMap((m) => m.references.map((r) => r.path)))].sort();

describe('--exclude', () => {
  it('a PATH written after --exclude is the folder audited, not one more pattern', async () => {
    const run = await runCli(['audit', '--exclude', 'tools/**', 'fixtures/projects/policy-scoped', '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.root).toBe('fixtures/projects/policy-scoped');
    expect(paths(report)).toEqual(['services/chat.py', 'services/search.py']);
  });

  it('is repeated for several patterns', async () => {
    const run = await runCli(['audit', 'fixtures/demo-app', '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json', '--exclude', 'app/**', '--exclude', '.env']);
    expect(run.code, run.stderr).toBe(0);
    const found = paths(JSON.parse(run.stdout) as Report);
    expect(found.some((p) => p.startsWith('app/') || p === '.env')).toBe(false);
    expect(found).toContain('config/models.yaml');
  });

  it('two values after one flag are a usage error (exit 2), not a silent change of PATH', async () => {
    const run = await runCli(['audit', 'fixtures/demo-app', '--hub-snapshot', HUB_SNAPSHOT, '--exclude', 'app/**', '.env']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/too many arguments/);
  });
});
