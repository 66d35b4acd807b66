import { describe, expect, it } from 'vitest';
import manifest from '../../src/extract/manifest.js';
import { extractAll, fixtureCases, sortRows } from '../helpers/extract-fixtures.js';

describe('manifest extractor', () => {
  it.each(fixtureCases('manifest'))('finds exactly the expected references in $fixture', async ({ relPath, expected }) => {
    const { rows, by } = await extractAll(relPath);
    expect(rows).toEqual(sortRows(expected));
    if (expected.length > 0) expect(by.has('manifest')).toBe(true);
  });

  it.each([['requirements.txt', true], ['requirements-dev.txt', true], ['pyproject.toml', true], ['web/package.json', true], ['requirements.md', false]])('matches %s: %s', (path, wanted) => {
    expect(manifest.matches(path)).toBe(wanted);
  });
});
