// The table as a terminal user sees it: no wider than the terminal (COLUMNS), wrapped without
// losing text, and an unresolved model never shown as its own root.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { project, rule } from '../policy/audit-project.js';
import { HUB_SNAPSHOT, runCli } from '../helpers/run-cli.js';

const width = (line: string) => [...line].length;
const tableLines = (out: string) => out.split('\n').filter((l) => /^[┌│├└]/.test(l));

/** The text of each cell of one column, row by row (wrapped lines joined). */
function column(out: string, index: number): string[] {
  const cells: string[] = [];
  let current: string[] = [];
  for (const line of tableLines(out)) {
    if (/^[├└]/.test(line)) {
      cells.push(current.join(''));
      current = [];
    } else if (line.startsWith('│')) current.push(line.split('│')[index + 1]!.trim());
  }
  return cells.slice(1); // the first block is the header
}

async function audit(dir: string, env: NodeJS.ProcessEnv = {}) {
  const run = await runCli(['audit', dir, '--hub-snapshot', HUB_SNAPSHOT], { env });
  const json = await runCli(['audit', dir, '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json']);
  return { ...run, report: JSON.parse(json.stdout) as Report };
}

describe('table layout', () => {
  for (const [name, dir] of [
    ['demo-app', 'fixtures/demo-app'],
    ['policy-mixed', 'fixtures/projects/policy-mixed'],
  ] as const)
    it(`${name}: at COLUMNS=100 no line of the table is wider than 100, and no model id is cut`, async () => {
      const { stdout, report } = await audit(dir, { COLUMNS: '100' });
      const lines = tableLines(stdout);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(100);
      const ids = column(stdout, 0);
      expect(ids).toHaveLength(report.models.length);
      report.models.forEach((m, i) => expect(ids[i]).toBe(`${m.id}${m.revision ? `@${m.revision.slice(0, 12)}` : ''}${m.source}`));
    });

  it('with a policy the verdicts stay in the narrow table', async () => {
    const dir = project('policy-mixed', rule('country: [CN]', 'no-cn'));
    const { stdout } = await audit(dir, { COLUMNS: '100' });
    for (const line of tableLines(stdout)) expect(width(line)).toBeLessThanOrEqual(100);
    expect(tableLines(stdout)[1]).toMatch(/│ Verdict +│/);
    expect(stdout).toMatch(/│ FAIL +│/);
  });

  it('keeps its natural width, with every column, when nothing limits it', async () => {
    const { stdout } = await audit('fixtures/demo-app');
    expect(tableLines(stdout)[1]).toMatch(/│ Model +│ Origin +│ Roots +│ Licence +│ Lineage +│ Verdict +│ Used at +│/);
    expect(stdout).toMatch(/│ deepseek-ai\/DeepSeek-R1-Distill-Qwen-7B │/);
  });

  it('an unresolved model has roots "unknown", not "(itself)", in the table and the Markdown report', async () => {
    const { stdout } = await audit('fixtures/projects/policy-mixed');
    const row = stdout.split('\n').find((l) => l.includes('mistralai/Mistral-7B-Instruct-v0.3'))!;
    expect(row).toMatch(/│ unknown +│ unknown +│ unresolved +│/);
    const md = await runCli(['audit', 'fixtures/projects/policy-mixed', '--hub-snapshot', HUB_SNAPSHOT, '--format', 'markdown']);
    // The origin is open, and the cell says so: the family so far, its basis, and why the rest is unknown.
    expect(md.stdout).toMatch(
      /\| mistralai\/Mistral-7B-Instruct-v0\.3 \| huggingface \| FR\? Mistral \\\(namespace, high; not found\\\) \| unknown \| unknown \| unresolved \|/,
    );
    expect(md.stdout).toMatch(/\| BAAI\/bge-m3 \| huggingface \| CN BGE embeddings\/rerankers \\\(namespace, high\\\) \| \(itself\) \|/);
  });

  it('a table written to a file keeps its natural width', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'modelprov-table-')), 'report.txt');
    const run = await runCli(['audit', 'fixtures/demo-app', '--hub-snapshot', HUB_SNAPSHOT, '-o', out], { env: { COLUMNS: '60' } });
    expect(run.code).toBe(0);
    expect(Math.max(...tableLines(readFileSync(out, 'utf8')).map(width))).toBeGreaterThan(100);
  });
});
