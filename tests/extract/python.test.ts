import { describe, expect, it } from 'vitest';
import python from '../../src/extract/python.js';
import { describeExtractor, loadFixture } from '../helpers/extract-fixtures.js';

describeExtractor('python', python, [['app/main.py', true], ['stubs/types.pyi', true], ['notebook.ipynb', false], ['main.py.bak', false]], 'not-python.py');

describe('python locations', () => {
  it('reports where the id string is written (through a constant), and references in comments as comments', async () => {
    const { references } = await python.extract(loadFixture('python/transformers-and-friends.py'));
    // `from_pretrained(BASE_MODEL, ...)` on line 20 points back at the literal on line 14.
    expect(references.find((r) => r.id === 'Qwen/Qwen2.5-7B-Instruct' && r.revision)).toMatchObject({ line: 14, column: 15 });
    expect(references.find((r) => r.id === 'meta-llama/Llama-3.1-8B-Instruct')).toMatchObject({ line: 45, context: 'comment' });
    expect(references.find((r) => r.id === 'BAAI/bge-m3')).toMatchObject({ line: 24, column: 33, snippet: 'embedder = SentenceTransformer("BAAI/bge-m3")' });
  });
});
