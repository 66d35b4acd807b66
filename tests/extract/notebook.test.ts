import { describe, expect, it } from 'vitest';
import notebook from '../../src/extract/notebook.js';
import { describeExtractor, loadFixture } from '../helpers/extract-fixtures.js';

describeExtractor(
  'notebook',
  notebook,
  [
    ['analysis/explore.ipynb', true],
    ['explore.py', false],
    ['explore.ipynb.bak', false],
  ],
  'not-notebook.ipynb',
);

describe('notebook locations', () => {
  it('points at the line and column of the .ipynb file where the id is written, names the cell, and keeps comment/docs contexts', async () => {
    const { references } = await notebook.extract(loadFixture('notebook/rag-demo.ipynb'));
    const place = (id: string, line: number) => references.find((r) => r.id === id && r.line === line);
    // Line 42 holds Chinese text after the id: columns count the JSON text as written (raw UTF-8).
    expect(place('BAAI/bge-m3', 42)).toMatchObject({ column: 43, snippet: expect.stringMatching(/^\[cell 3\] EMBEDDER = os\.getenv/) });
    expect(place('BAAI/bge-m3', 8)).toMatchObject({ column: 50, context: 'docs' });
    expect(place('THUDM/chatglm3-6b', 65)).toMatchObject({ column: 64, context: 'comment' });
    expect(place('Qwen/Qwen2.5-3B-Instruct', 19)).toMatchObject({ column: 32, snippet: expect.stringContaining('[cell 2]') });
  });

  it('reads the code cells as one program: a model set in one cell and called in a later one is found where it is set', async () => {
    const { references } = await notebook.extract(loadFixture('notebook/real-world-cross-cell.ipynb'));
    expect(references.map((r) => [r.id, r.source, r.line, r.snippet])).toEqual([
      ['google/gemini-3.1-flash-lite', 'api', 38, "[cell 3] MODEL_Gemini = 'gemini-3.1-flash-lite'"],
      ['llama3.2:1b', 'ollama', 39, "[cell 3] MODEL_llama = 'llama3.2:1b'"],
    ]);
  });
});
