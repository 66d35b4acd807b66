import configFile from '../../src/extract/config-file.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor(
  'config-file',
  configFile,
  [
    ['config/settings.yaml', true],
    ['litellm.yml', true],
    ['.github/workflows/eval.yml', true],
    ['chart/values.yaml', true],
    ['train/sweeps.toml', true],
    ['pyproject.toml', false],
    ['package.json', false],
    ['model/config.json', false],
    ['model/config_sentence_transformers.json', false],
    ['notebooks/train.ipynb', false],
  ],
  'not-yaml.yaml',
);
