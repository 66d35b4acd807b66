import { describe, expect, it } from 'vitest';
import composeK8s from '../../src/extract/compose-k8s.js';
import { extractAll, fixtureCases, sortRows } from '../helpers/extract-fixtures.js';

describe('compose-k8s extractor', () => {
  it.each(fixtureCases('compose-k8s'))('finds exactly the expected references in $fixture', async ({ relPath, expected }) => {
    const { rows, by } = await extractAll(relPath);
    expect(rows).toEqual(sortRows(expected));
    if (expected.length > 0) expect(by.has('compose-k8s')).toBe(true);
  });

  it.each([['docker-compose.yml', true], ['k8s/deployment.yaml', true], ['compose.json', false]])('matches %s: %s', (path, wanted) => {
    expect(composeK8s.matches(path)).toBe(wanted);
  });
});
