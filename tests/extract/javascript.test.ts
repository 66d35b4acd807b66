import javascript from '../../src/extract/javascript.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor(
  'javascript',
  javascript,
  [['web/src/chat.ts', true], ['widget.tsx', true], ['server.mjs', true], ['legacy/app.cjs', true], ['types/index.d.ts', false], ['types/index.d.mts', false], ['dist/app.min.js', false], ['styles/app.css', false]],
  'not-javascript.js',
);
