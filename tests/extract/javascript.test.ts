import { describe, expect, it } from 'vitest';
import javascript from '../../src/extract/javascript.js';
import { extractAll, fixtureCases, sortRows } from '../helpers/extract-fixtures.js';

describe('javascript extractor', () => {
  it.each(fixtureCases('javascript'))('finds exactly the expected references in $fixture', async ({ relPath, expected }) => {
    const { rows, by } = await extractAll(relPath);
    expect(rows).toEqual(sortRows(expected));
    if (expected.length > 0) expect(by.has('javascript')).toBe(true);
  });

  it.each([['web/src/chat.ts', true], ['widget.tsx', true], ['server.mjs', true], ['types/index.d.ts', false], ['dist/app.min.js', false]])('matches %s: %s', (path, wanted) => {
    expect(javascript.matches(path)).toBe(wanted);
  });
});
