import { describe, expect, it } from 'vitest';
import notebook from '../../src/extract/notebook.js';
import { extractAll, fixtureCases, sortRows } from '../helpers/extract-fixtures.js';

describe('notebook extractor', () => {
  it.each(fixtureCases('notebook'))('finds exactly the expected references in $fixture', async ({ relPath, expected }) => {
    const { rows, by } = await extractAll(relPath);
    expect(rows).toEqual(sortRows(expected));
    if (expected.length > 0) expect(by.has('notebook')).toBe(true);
  });

  it.each([['analysis/explore.ipynb', true], ['explore.py', false]])('matches %s: %s', (path, wanted) => {
    expect(notebook.matches(path)).toBe(wanted);
  });

  it('reports a malformed file as a diagnostic instead of throwing', async () => {
    const { diagnostics } = await extractAll('notebook/not-notebook.ipynb', notebook);
    expect(diagnostics).toEqual([expect.objectContaining({ stage: 'extract', code: 'malformed-file', path: 'notebook/not-notebook.ipynb' })]);
  });
});
