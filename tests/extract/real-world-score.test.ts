// Recall and precision on the `real-world-*` fixtures alone: short excerpts of public repositories
// (each names its source at the top), the closest this suite gets to the code modelprov is run on.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACT_FIXTURES, extractRows, listFiles, type ExpectedReference } from '../helpers/extract-fixtures.js';

const key = (r: ExpectedReference) => JSON.stringify({ id: r.id, source: r.source, line: r.line, ...(r.revision ? { revision: r.revision } : {}) });

describe('real-world fixtures', () => {
  it('finds the references in excerpts of public repositories, and little else', async () => {
    const files = listFiles(EXTRACT_FIXTURES).filter(
      (f) => f.includes('real-world') && !f.endsWith('.expected.json') && existsSync(join(EXTRACT_FIXTURES, `${f}.expected.json`)),
    );
    let right = 0;
    let expected = 0;
    let found = 0;
    const misses: string[] = [];
    for (const relPath of files) {
      const want = new Set((JSON.parse(readFileSync(join(EXTRACT_FIXTURES, `${relPath}.expected.json`), 'utf8')) as ExpectedReference[]).map(key));
      const got = new Set((await extractRows(relPath)).map(key));
      expected += want.size;
      found += got.size;
      right += [...got].filter((g) => want.has(g)).length;
      misses.push(
        ...[...want].filter((w) => !got.has(w)).map((w) => `missed ${relPath} ${w}`),
        ...[...got].filter((g) => !want.has(g)).map((g) => `extra  ${relPath} ${g}`),
      );
    }
    const recall = right / expected;
    const precision = right / found;
    console.log(
      `real-world fixtures: ${files.length} files, ${expected} expected, ${found} found, ${right} right: recall ${(recall * 100).toFixed(1)}%, precision ${(precision * 100).toFixed(1)}%`,
    );
    if (misses.length) console.log(misses.join('\n'));
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });
});
