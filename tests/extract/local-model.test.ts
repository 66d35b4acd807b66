import { describe, expect, it } from 'vitest';
import localModel from '../../src/extract/local-model.js';
import { extractAll, fixtureCases, sortRows } from '../helpers/extract-fixtures.js';

describe('local-model extractor', () => {
  it.each(fixtureCases('local-model'))('finds exactly the expected references in $fixture', async ({ relPath, expected }) => {
    const { rows, by } = await extractAll(relPath);
    expect(rows).toEqual(sortRows(expected));
    if (expected.length > 0) expect(by.has('local-model')).toBe(true);
  });

  it.each([['models/qwen/config.json', true], ['lora/adapter_config.json', true], ['pipe/model_index.json', true], ['tsconfig.json', false], ['.vscode/config.json', false]])('matches %s: %s', (path, wanted) => {
    expect(localModel.matches(path)).toBe(wanted);
  });
});
