// Recall and precision of the extract stage over the whole fixture corpus: every folder under
// fixtures/extract (both extractor engineers', decoys included), every registered extractor that
// accepts a file, against the hand-checked `<file>.expected.json` beside each file.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACT_FIXTURES, extractRows, fixtureCases, listFiles } from '../helpers/extract-fixtures.js';

const key = (r: { id: string; source: string; line: number; revision?: string }) =>
  JSON.stringify({ id: r.id, source: r.source, line: r.line, ...(r.revision ? { revision: r.revision } : {}) });

describe('extraction corpus score', () => {
  it('finds at least 97% of the references and at least 97% of what it finds is right', async () => {
    let truePositives = 0;
    let expectedCount = 0;
    let foundCount = 0;
    const misses: string[] = [];
    const folders = readdirSync(EXTRACT_FIXTURES).filter((name) => statSync(join(EXTRACT_FIXTURES, name)).isDirectory());
    for (const folder of folders) {
      for (const { relPath, expected } of fixtureCases(folder)) {
        const found = new Set((await extractRows(relPath)).map(key));
        const want = new Set(expected.map(key));
        expectedCount += want.size;
        foundCount += found.size;
        truePositives += [...found].filter((f) => want.has(f)).length;
        misses.push(
          ...[...want].filter((w) => !found.has(w)).map((w) => `missed ${relPath} ${w}`),
          ...[...found].filter((f) => !want.has(f)).map((f) => `extra  ${relPath} ${f}`),
        );
      }
    }
    // Fixture files nobody wrote an expectation for are not scored: list them so they get one.
    const unscored = folders.flatMap((folder) =>
      listFiles(join(EXTRACT_FIXTURES, folder), `${folder}/`).filter(
        (f) => !f.endsWith('.expected.json') && !f.endsWith('.mjs') && !existsSync(join(EXTRACT_FIXTURES, `${f}.expected.json`)),
      ),
    );
    const recall = truePositives / expectedCount;
    const precision = truePositives / foundCount;
    console.log(
      `extraction corpus: ${folders.length} folders, ${expectedCount} expected, ${foundCount} found, ${truePositives} right: recall ${(recall * 100).toFixed(1)}%, precision ${(precision * 100).toFixed(1)}%`,
    );
    if (misses.length) console.log(misses.join('\n'));
    if (unscored.length) console.log(`not scored (no .expected.json): ${unscored.join(', ')}`);
    expect(expectedCount).toBeGreaterThan(150);
    expect(recall).toBeGreaterThanOrEqual(0.97);
    expect(precision).toBeGreaterThanOrEqual(0.97);
  });
});
