import ollamaModelfile from '../../src/extract/ollama-modelfile.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor(
  'ollama-modelfile',
  ollamaModelfile,
  [
    ['Modelfile', true],
    ['ollama/coder.Modelfile', true],
    ['Modelfile.support', true],
    ['Modelfiles.md', false],
    ['Modelfile.md', false],
    ['docs/modelfile.txt', false],
  ],
  'not-modelfile.Modelfile',
);
