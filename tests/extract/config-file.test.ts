import { describe, expect, it } from 'vitest';
import configFile from '../../src/extract/config-file.js';
import { extractAll, fixtureCases, sortRows } from '../helpers/extract-fixtures.js';

describe('config-file extractor', () => {
  it.each(fixtureCases('config-file'))('finds exactly the expected references in $fixture', async ({ relPath, expected }) => {
    const { rows, by } = await extractAll(relPath);
    expect(rows).toEqual(sortRows(expected));
    if (expected.length > 0) expect(by.has('config-file')).toBe(true);
  });

  it.each([['config/settings.yaml', true], ['litellm.yml', true], ['pyproject.toml', false], ['package.json', false], ['model/config.json', false]])('matches %s: %s', (path, wanted) => {
    expect(configFile.matches(path)).toBe(wanted);
  });

  it('reports a malformed file as a diagnostic instead of throwing', async () => {
    const { diagnostics } = await extractAll('config-file/not-yaml.yaml', configFile);
    expect(diagnostics).toEqual([expect.objectContaining({ stage: 'extract', code: 'malformed-file', path: 'config-file/not-yaml.yaml' })]);
  });
});
