import { describe, expect, it } from 'vitest';
import shell from '../../src/extract/shell.js';
import { extractAll, fixtureCases, sortRows } from '../helpers/extract-fixtures.js';

describe('shell extractor', () => {
  it.each(fixtureCases('shell'))('finds exactly the expected references in $fixture', async ({ relPath, expected }) => {
    const { rows, by } = await extractAll(relPath);
    expect(rows).toEqual(sortRows(expected));
    if (expected.length > 0) expect(by.has('shell')).toBe(true);
  });

  it.each([['scripts/serve.sh', true], ['Makefile', true], ['build.mk', true], ['Procfile', true], ['serve.py', false]])('matches %s: %s', (path, wanted) => {
    expect(shell.matches(path)).toBe(wanted);
  });
});
