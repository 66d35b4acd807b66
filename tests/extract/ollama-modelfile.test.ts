import { describe, expect, it } from 'vitest';
import ollamaModelfile from '../../src/extract/ollama-modelfile.js';
import { extractAll, fixtureCases, sortRows } from '../helpers/extract-fixtures.js';

describe('ollama-modelfile extractor', () => {
  it.each(fixtureCases('ollama-modelfile'))('finds exactly the expected references in $fixture', async ({ relPath, expected }) => {
    const { rows, by } = await extractAll(relPath);
    expect(rows).toEqual(sortRows(expected));
    if (expected.length > 0) expect(by.has('ollama-modelfile')).toBe(true);
  });

  it.each([['Modelfile', true], ['ollama/coder.Modelfile', true], ['Modelfile.support', true], ['Modelfiles.md', false]])('matches %s: %s', (path, wanted) => {
    expect(ollamaModelfile.matches(path)).toBe(wanted);
  });
});
