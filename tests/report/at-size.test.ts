// Reports at the size of a real repository (LLaMA-Factory's stored report, see golden-large/README.md):
// problems grouped, the code line first, every origin cell saying how sure it is or why it is
// open, tables grouped, and a pull-request comment that fits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { reporters } from '../../src/report/index.js';
import { COMMENT_LIMIT, COMMENT_MARKER } from '../../src/report/markdown-summary.js';

const load = () => JSON.parse(readFileSync(join(import.meta.dirname, 'golden-large/llama-factory.report.json'), 'utf8')) as Report;
const report = load();
const table = reporters.table(report, { color: false });
const markdown = reporters.markdown(report, { color: false });
const row = (text: string, id: string) => {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`│ ${id} `));
  return lines
    .slice(
      at,
      lines.findIndex((l, i) => i > at && l.startsWith('├')),
    )
    .join('\n');
};

describe('problems of one kind are one line', () => {
  it('244 offline misses: one line with the count and the first ids, in the table and the Markdown report', () => {
    const misses = report.errors.filter((e) => e.code === 'offline-miss');
    expect(misses.length).toBe(244);
    for (const text of [table, markdown]) {
      // Each model's own lineage tree (Markdown details) still says it; the lists do not repeat it 244 times.
      const lines = text.split('\n').filter((l) => l.includes('not in the lineage cache') && !l.startsWith('   ! '));
      expect(lines).toHaveLength(text === markdown ? 2 : 1);
      for (const line of lines) expect(line).toMatch(/not in the lineage cache of this offline run \(244\): .* and 23\d more$/);
      expect(lines.at(-1)).toContain(misses[0]!.model!.replace(/_/g, text === markdown ? '\\_' : '_'));
    }
  });
});

describe('references: code first', () => {
  it('a model named in the READMEs and in code shows the code line first', () => {
    const kimi = report.models.find((m) => m.id === 'moonshotai/Kimi-VL-A3B-Instruct')!;
    expect(kimi.references[0]!.context).toBe('docs');
    const cells = row(table, 'moonshotai/Kimi-VL-A3B-Instruct')
      .split('\n')
      .map((l) => l.split('│').at(-2)!.trim())
      .filter(Boolean);
    expect(cells[0]).toMatch(/^src\/llamafactory\/extras\/constants\.py:\d+$/);
    expect(cells.slice(1)).toEqual(expect.arrayContaining([expect.stringMatching(/^README/)]));
  });
});

describe('origin cells say how sure they are', () => {
  it('a Chinese family read from the name alone is a guess (CN?), with its basis and why the lineage could not confirm it', () => {
    expect(row(table, '01ai/Yi-6B')).toMatch(/│ CN\? Yi +│[\s\S]*\(name, low; offline\)/);
  });
  it('an established origin names its basis and confidence', () => {
    expect(row(table, '01-ai/Yi-6B')).toMatch(/│ CN Yi +│[\s\S]*\(namespace, high\)/);
  });
  it('every unknown says why', () => {
    for (const m of report.models.filter((m) => m.origin.chineseOrigin === null && m.origin.families.length === 0))
      expect(row(table, m.id), m.id).toMatch(
        /│ unknown +│[\s\S]*\((offline|base offline|no base declared|local, no base declared|provider not in registry|not found|gated)[^)]*\)/,
      );
  });
});

describe('--group-by', () => {
  it('family: one table per family, Chinese-origin families first, then guesses, then the rest', () => {
    const text = reporters.table(report, { color: false, groupBy: 'family' });
    const headings = text.split('\n').filter((l) => /^\S.*: \d+ models?$/.test(l));
    expect(headings[0]).toBe('Qwen (CN): 31 models');
    const firstGuess = headings.findIndex((h) => h.includes('(CN?)'));
    expect(headings.slice(0, firstGuess).every((h) => h.includes('(CN)'))).toBe(true);
    expect(headings.at(-1)).toMatch(/^No known family: \d+ models$/);
    const total = headings.reduce((n, h) => n + Number(/: (\d+) models?$/.exec(h)![1]), 0);
    expect(total).toBe(report.models.length);
  });
  it('verdict: FAIL, then warn, then pass', () => {
    const text = reporters.table(report, { color: false, groupBy: 'verdict' });
    expect(text.split('\n').filter((l) => /^(FAIL|warn|pass): \d+ models?$/.test(l))).toEqual([
      `FAIL: ${report.summary.violations} models`,
      `warn: ${report.summary.warnings} models`,
      `pass: ${report.models.length - report.summary.violations - report.summary.warnings} models`,
    ]);
  });
});

describe('the pull-request comment', () => {
  it('orders what to act on: violations, then Chinese origin, then guesses, then unknowns by why', () => {
    const text = reporters['markdown-summary'](report, { color: false });
    const headings = [...text.matchAll(/^### (.+?) \(/gm)].map((m) => m[1]);
    expect(headings).toEqual([
      'Violations and warnings',
      'Chinese origin',
      'Named like a Chinese family, origin not established',
      'Origin unknown',
      'Problems and files not scanned',
    ]);
    expect(text).toMatch(/^- offline \(\d+\): /m);
  });

  it('a report ten times larger is cut at 60,000 characters, with a line saying what was left out and where the full report is', () => {
    const big = load();
    big.models = Array.from({ length: 10 }, (_, i) => big.models.map((m) => ({ ...m, id: `${m.id}-copy${i}` }))).flat();
    big.summary.models = big.models.length;
    const text = reporters['markdown-summary'](big, { color: false, fullReport: 'the job summary of this run' });
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(text.length).toBeGreaterThan(COMMENT_LIMIT - 5_000);
    expect(text.startsWith(COMMENT_MARKER)).toBe(true);
    expect(text).toMatch(/\*\*Left out to fit a comment:\*\* \d+ violations and warnings, .*\. The full report: the job summary of this run\./);
    // Every section still shows, however many violations come first.
    expect([...text.matchAll(/^### (.+?) \(/gm)].map((m) => m[1])).toEqual([
      'Violations and warnings',
      'Chinese origin',
      'Named like a Chinese family, origin not established',
      'Origin unknown',
      'Problems and files not scanned',
    ]);
  });
});
