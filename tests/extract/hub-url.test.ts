import hubUrl from '../../src/extract/hub-url.js';
import { describe, expect, it } from 'vitest';
import { describeExtractor } from '../helpers/extract-fixtures.js';

// No malformed case: any text is valid input for a URL scan.
describeExtractor('hub-url', hubUrl, [
  ['README.md', true],
  ['src/app.py', true],
  ['deploy/values.yaml', true],
  ['data/eval.csv', true],
  ['logs/train.log', true],
  ['package-lock.json', false],
  ['weights.gguf', false],
  ['notebooks/demo.ipynb', false],
  // Media, archives, compiled code, data and checkpoints are never opened as text.
  ['assets/demo.mp4', false],
  ['dist/bundle.tar.gz', false],
  ['data/train.parquet', false],
  ['ckpt/step-100.pt', false],
  ['emb/vectors.npy', false],
  ['lib/_C.so', false],
  ['static/font.woff2', false],
  ['docs/paper.pdf', false],
]);

describe('hub-url: placeholders', () => {
  it('reads no model in a docs URL whose repo is two generic words (oobabooga download-model.py:409)', () => {
    const text = "    # Handle direct file URLs (e.g. https://huggingface.co/org/repo/resolve/branch/file.gguf)\n    if '/resolve/' in model:\n";
    expect((hubUrl.extract({ relPath: 'download-model.py', size: text.length, text }) as { references: unknown[] }).references).toEqual([]);
  });
});
