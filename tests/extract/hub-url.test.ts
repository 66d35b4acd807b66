import { describe, expect, it } from 'vitest';
import hubUrl from '../../src/extract/hub-url.js';
import { extractAll, fixtureCases, sortRows } from '../helpers/extract-fixtures.js';

describe('hub-url extractor', () => {
  it.each(fixtureCases('hub-url'))('finds exactly the expected references in $fixture', async ({ relPath, expected }) => {
    const { rows, by } = await extractAll(relPath);
    expect(rows).toEqual(sortRows(expected));
    if (expected.length > 0) expect(by.has('hub-url')).toBe(true);
  });

  it.each([['README.md', true], ['src/app.py', true], ['package-lock.json', false], ['weights.gguf', false]])('matches %s: %s', (path, wanted) => {
    expect(hubUrl.matches(path)).toBe(wanted);
  });
});
