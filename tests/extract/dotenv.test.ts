import { describe, expect, it } from 'vitest';
import dotenv from '../../src/extract/dotenv.js';
import { extractAll, fixtureCases, sortRows } from '../helpers/extract-fixtures.js';

describe('dotenv extractor', () => {
  it.each(fixtureCases('dotenv'))('finds exactly the expected references in $fixture', async ({ relPath, expected }) => {
    const { rows, by } = await extractAll(relPath);
    expect(rows).toEqual(sortRows(expected));
    if (expected.length > 0) expect(by.has('dotenv')).toBe(true);
  });

  it.each([['.env', true], ['.env.production', true], ['deploy/staging.env', true], ['envs.py', false]])('matches %s: %s', (path, wanted) => {
    expect(dotenv.matches(path)).toBe(wanted);
  });
});
