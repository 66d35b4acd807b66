import hubUrl from '../../src/extract/hub-url.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor('hub-url', hubUrl, [['README.md', true], ['src/app.py', true], ['package-lock.json', false], ['weights.gguf', false]]);
