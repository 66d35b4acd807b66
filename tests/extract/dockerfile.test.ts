import { describe, expect, it } from 'vitest';
import dockerfile from '../../src/extract/dockerfile.js';
import { extractAll, fixtureCases, sortRows } from '../helpers/extract-fixtures.js';

describe('dockerfile extractor', () => {
  it.each(fixtureCases('dockerfile'))('finds exactly the expected references in $fixture', async ({ relPath, expected }) => {
    const { rows, by } = await extractAll(relPath);
    expect(rows).toEqual(sortRows(expected));
    if (expected.length > 0) expect(by.has('dockerfile')).toBe(true);
  });

  it.each([['Dockerfile', true], ['docker/Dockerfile.gpu', true], ['api.Dockerfile', true], ['Containerfile', true], ['Dockerfile.md', true], ['dockerfile.py', false]])('matches %s: %s', (path, wanted) => {
    expect(dockerfile.matches(path)).toBe(wanted);
  });
});
