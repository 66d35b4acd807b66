import { describe, expect, it } from 'vitest';
import modelCard from '../../src/extract/model-card.js';
import { extractAll, fixtureCases, sortRows } from '../helpers/extract-fixtures.js';

describe('model-card extractor', () => {
  it.each(fixtureCases('model-card'))('finds exactly the expected references in $fixture', async ({ relPath, expected }) => {
    const { rows, by } = await extractAll(relPath);
    expect(rows).toEqual(sortRows(expected));
    if (expected.length > 0) expect(by.has('model-card')).toBe(true);
  });

  it.each([['README.md', true], ['models/card.mdx', true], ['README.txt', false]])('matches %s: %s', (path, wanted) => {
    expect(modelCard.matches(path)).toBe(wanted);
  });

  it('reports a malformed file as a diagnostic instead of throwing', async () => {
    const { diagnostics } = await extractAll('model-card/not-front-matter.md', modelCard);
    expect(diagnostics).toEqual([expect.objectContaining({ stage: 'extract', code: 'malformed-file', path: 'model-card/not-front-matter.md' })]);
  });
});
