// Recall and precision of the extract stage over the whole fixture corpus (every extractor's
// folder, decoys included), against the hand-checked expectations beside each file.
import { describe, expect, it } from 'vitest';
import { extractors } from '../../src/extract/index.js';
import { extractRows, fixtureCases } from '../helpers/extract-fixtures.js';

describe('extraction corpus score', () => {
  it('finds at least 97% of the references and at least 97% of what it finds is right', async () => {
    let truePositives = 0;
    let expectedCount = 0;
    let foundCount = 0;
    const misses: string[] = [];
    for (const name of extractors.map((e) => e.name)) {
      for (const { relPath, expected } of fixtureCases(name)) {
        const found = (await extractRows(relPath)).map((r) => JSON.stringify(r));
        const want = expected.map((r) => JSON.stringify({ id: r.id, source: r.source, line: r.line, ...(r.revision ? { revision: r.revision } : {}) }));
        expectedCount += want.length;
        foundCount += found.length;
        truePositives += found.filter((f) => want.includes(f)).length;
        misses.push(...want.filter((w) => !found.includes(w)).map((w) => `missed ${relPath} ${w}`), ...found.filter((f) => !want.includes(f)).map((f) => `extra ${relPath} ${f}`));
      }
    }
    const recall = truePositives / expectedCount;
    const precision = truePositives / foundCount;
    console.log(`extraction corpus: ${expectedCount} expected, ${foundCount} found, recall ${(recall * 100).toFixed(1)}%, precision ${(precision * 100).toFixed(1)}%`);
    if (misses.length) console.log(misses.join('\n'));
    expect(expectedCount).toBeGreaterThan(60);
    expect(recall).toBeGreaterThanOrEqual(0.97);
    expect(precision).toBeGreaterThanOrEqual(0.97);
  });
});
