// The JSON report is written in pieces as it is rendered (a whole-corpus report is 14 MB of text,
// which held whole was the audit's peak of memory): the pieces must make the very text the whole
// report gives, `JSON.stringify(report, null, 2)` with the summary first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { renderJson, renderJsonChunks } from '../../src/report/json.js';
import { extendedSummary } from '../../src/report/summary.js';

const dir = join(import.meta.dirname, 'golden-large');
const load = () => JSON.parse(readFileSync(join(dir, 'llama-factory.report.json'), 'utf8')) as Report;
/** What the reporter wrote before it wrote in pieces: the whole object, stringified at once. */
const whole = (report: Report) => {
  const { schemaVersion, tool, root, generatedAt, summary: _counts, policy, ...rest } = report;
  return `${JSON.stringify({ schemaVersion, tool, root, generatedAt, summary: extendedSummary(report), policy, ...rest }, null, 2)}\n`;
};

describe('the JSON report in pieces', () => {
  it('a large real report: pieces of about the size asked, joined into the whole text', () => {
    const report = load();
    const pieces = [...renderJsonChunks(report, 64 << 10)];
    expect(pieces.length).toBeGreaterThan(8);
    // No piece holds much more than asked: the largest is under a model's text over the size.
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200 << 10);
    expect(pieces.join('')).toBe(whole(report));
    expect(pieces.join('')).toBe(readFileSync(join(dir, 'llama-factory.json.json'), 'utf8'));
  });

  it('line breaks and CJK inside strings, empty lists, absent members: the same text as the whole', () => {
    const report = load();
    const model = report.models[0]!;
    model.references[0]!.snippet = 'name = "通义千问"\n\tpath\u2028"q"\\ ';
    report.models = [model, { ...model, references: [] }, model];
    report.errors = [];
    (report as unknown as Record<string, unknown>).absent = undefined;
    const text = [...renderJsonChunks(report, 1)].join('');
    expect(text).toBe(whole(report));
    expect(JSON.parse(text)).toEqual(JSON.parse(whole(report)));
    expect(renderJson(report, { color: false })).toBe(text);
  });
});
