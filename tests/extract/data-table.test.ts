import dataTable from '../../src/extract/data-table.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor('data-table', dataTable, [
  ['python/tabby-loadtest/record.csv', true],
  ['results/models.tsv', true],
  ['data/train.jsonl', false],
  ['README.md', true],
  ['website/docs/models/index.mdx', true],
  ['docs/models.rst', false],
  ['docs/script/sql/ruoyi-ai.sql', true],
]);
