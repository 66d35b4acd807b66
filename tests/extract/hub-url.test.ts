import hubUrl from '../../src/extract/hub-url.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

// No malformed case: any text is valid input for a URL scan.
describeExtractor('hub-url', hubUrl, [
  ['README.md', true], ['src/app.py', true], ['deploy/values.yaml', true], ['data/eval.csv', true], ['logs/train.log', true],
  ['package-lock.json', false], ['weights.gguf', false], ['notebooks/demo.ipynb', false],
  // Media, archives, compiled code, data and checkpoints are never opened as text.
  ['assets/demo.mp4', false], ['dist/bundle.tar.gz', false], ['data/train.parquet', false], ['ckpt/step-100.pt', false],
  ['emb/vectors.npy', false], ['lib/_C.so', false], ['static/font.woff2', false], ['docs/paper.pdf', false],
]);
