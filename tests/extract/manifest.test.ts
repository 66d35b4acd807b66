import manifest from '../../src/extract/manifest.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor(
  'manifest',
  manifest,
  [
    ['requirements.txt', true],
    ['requirements-dev.txt', true],
    ['requirements/base.in', true],
    ['pyproject.toml', true],
    ['Pipfile', true],
    ['lib/setup.cfg', true],
    ['conda/environment.yml', true],
    ['web/package.json', true],
    ['node_modules/dashscope/package.json', false],
    ['requirements.md', false],
    ['Pipfile.lock', false],
  ],
  'broken/pyproject.toml',
);
