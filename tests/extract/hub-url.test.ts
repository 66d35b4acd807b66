import hubUrl from '../../src/extract/hub-url.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

// No malformed case: any text is valid input for a URL scan.
describeExtractor('hub-url', hubUrl, [['README.md', true], ['src/app.py', true], ['deploy/values.yaml', true], ['package-lock.json', false], ['weights.gguf', false], ['notebooks/demo.ipynb', false]]);
