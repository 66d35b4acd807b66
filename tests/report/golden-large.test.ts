// Golden files: every format rendered from one large real repository's report (LLaMA-Factory,
// audited offline with part of the lineage cache filled and a policy; see golden-large/README.md). The
// reporters only render the report model, so the stored report is the whole input. A change to a
// report's text shows here as a diff to review; `UPDATE_GOLDEN=1 npx vitest run tests/report/golden-large.test.ts`
// rewrites the files after a change that is meant.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { reporters, type Format } from '../../src/report/index.js';
import type { RenderOptions } from '../../src/report/reporter.js';
import { COMMENT_LIMIT } from '../../src/report/markdown-summary.js';

const dir = join(import.meta.dirname, 'golden-large');
const report = JSON.parse(readFileSync(join(dir, 'llama-factory.report.json'), 'utf8')) as Report;

const cases: { name: string; format: Format; options?: Partial<RenderOptions> }[] = [
  { name: 'table.txt', format: 'table' },
  { name: 'table-by-family.txt', format: 'table', options: { groupBy: 'family', width: 120 } },
  { name: 'markdown.md', format: 'markdown' },
  { name: 'markdown-summary.md', format: 'markdown-summary', options: { fullReport: 'https://ci.example/runs/1 (modelprov.sarif)' } },
  { name: 'json.json', format: 'json' },
  { name: 'sarif.json', format: 'sarif' },
  { name: 'cyclonedx.json', format: 'cyclonedx' },
  { name: 'html.html', format: 'html' },
];

describe('golden files of a large real repository', () => {
  for (const { name, format, options } of cases)
    it(`${format}${options?.groupBy ? ` --group-by ${options.groupBy}` : ''} renders as ${name}`, () => {
      const text = reporters[format](structuredClone(report), { color: false, ...options });
      const file = join(dir, `llama-factory.${name}`);
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, text);
      expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(text).toBe(readFileSync(file, 'utf8'));
    });

  it('the pull-request comment fits in a GitHub comment', () => {
    const text = readFileSync(join(dir, 'llama-factory.markdown-summary.md'), 'utf8');
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  });
});
