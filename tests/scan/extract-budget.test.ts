// A file whose extractors overrun their work budget is listed as skipped with why, keeping what the
// extractors that ran found: never dropped silently, never a stall past one extractor.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineExtractor } from '../../src/extract/extractor.js';
import { extractText } from '../../src/scan/extract-file.js';

const text = 'model: Qwen/Qwen2.5-7B-Instruct\n';
const root = mkdtempSync(join(tmpdir(), 'modelprov-budget-'));
writeFileSync(join(root, 'config.yaml'), text);
const file = { relPath: 'config.yaml', absPath: join(root, 'config.yaml'), size: text.length, kind: 'text' as const };

/** An extractor that finds the model, and takes `ms` doing so (a pathological input stands in). */
const slowReader = (name: string, ms: number) =>
  defineExtractor({
    name,
    matches: () => true,
    extract() {
      const until = performance.now() + ms;
      while (performance.now() < until);
      return { references: [{ id: 'Qwen/Qwen2.5-7B-Instruct', source: 'huggingface', line: 1, column: 8, snippet: text.trim() }], diagnostics: [] };
    },
  });

describe('per-file extraction budget', () => {
  it('lists the file as skipped, naming the extractors not run, once the budget is spent', async () => {
    const result = await extractText(file, text, [slowReader('first', 30), slowReader('second', 0), slowReader('third', 0)], 10, () => 1);
    expect(result.references.map((r) => r.reference.extractor)).toEqual(['first']);
    expect(result.skipped).toMatchObject({ path: 'config.yaml', reason: 'extraction-budget' });
    expect(result.skipped!.detail).toMatch(/^extraction took \d+ ms, over its budget of 10 ms; not run: second, third$/);
  });

  it("stretches the budget by the machine's load, so a busy runner reads what a quiet one reads, and says so when it still skips", async () => {
    const busy = await extractText(file, text, [slowReader('first', 30), slowReader('second', 0)], 10, () => 20);
    expect(busy.references.map((r) => r.reference.extractor)).toEqual(['first', 'second']);
    expect(busy.skipped).toBeUndefined();
    const stalled = await extractText(file, text, [slowReader('first', 300), slowReader('second', 0)], 10, () => 20);
    expect(stalled.skipped!.detail).toMatch(/^extraction took \d+ ms, over its budget of 200 ms, x20\.0 for the machine's load; not run: second$/);
  });

  it('runs every extractor and skips nothing within the budget, and says how long the file took', async () => {
    const result = await extractText(file, text, [slowReader('first', 0), slowReader('second', 0)]);
    expect(result.references.map((r) => r.reference.extractor)).toEqual(['first', 'second']);
    expect(result.skipped).toBeUndefined();
    expect(result.timing).toMatchObject({ path: 'config.yaml' });
  });
});
