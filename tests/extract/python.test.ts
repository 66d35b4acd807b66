import { describe, expect, it } from 'vitest';
import python from '../../src/extract/python.js';
import { extractAll, fixtureCases, sortRows } from '../helpers/extract-fixtures.js';

describe('python extractor', () => {
  it.each(fixtureCases('python'))('finds exactly the expected references in $fixture', async ({ relPath, expected }) => {
    const { rows, by } = await extractAll(relPath);
    expect(rows).toEqual(sortRows(expected));
    if (expected.length > 0) expect(by.has('python')).toBe(true);
  });

  it.each([['app/main.py', true], ['stubs/types.pyi', true], ['notebook.ipynb', false], ['main.py.bak', false]])('matches %s: %s', (path, wanted) => {
    expect(python.matches(path)).toBe(wanted);
  });
});
