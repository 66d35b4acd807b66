import javascript from '../../src/extract/javascript.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor('javascript', javascript, [['web/src/chat.ts', true], ['widget.tsx', true], ['server.mjs', true], ['types/index.d.ts', false], ['dist/app.min.js', false]]);
