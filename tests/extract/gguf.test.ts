import { describe, expect, it } from 'vitest';
import gguf from '../../src/extract/gguf.js';
import { extractAll, fixtureCases, sortRows } from '../helpers/extract-fixtures.js';

describe('gguf extractor', () => {
  it.each(fixtureCases('gguf'))('finds exactly the expected references in $fixture', async ({ relPath, expected }) => {
    const { rows, by } = await extractAll(relPath);
    expect(rows).toEqual(sortRows(expected));
    if (expected.length > 0) expect(by.has('gguf')).toBe(true);
  });

  it.each([['models/qwen.gguf', true], ['weights/model.safetensors', true], ['model.bin', false]])('matches %s: %s', (path, wanted) => {
    expect(gguf.matches(path)).toBe(wanted);
  });

  it('reports a malformed file as a diagnostic instead of throwing', async () => {
    const { diagnostics } = await extractAll('gguf/truncated.gguf', gguf);
    expect(diagnostics).toEqual([expect.objectContaining({ stage: 'extract', code: 'malformed-file', path: 'gguf/truncated.gguf' })]);
  });
});
