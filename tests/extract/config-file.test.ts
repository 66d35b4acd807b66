import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/discover/source-file.js';
import configFile from '../../src/extract/config-file.js';
import type { ExtractResult } from '../../src/extract/extractor.js';
import { describeExtractor, loadFixture } from '../helpers/extract-fixtures.js';

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

describe('config-file on large generated JSON', () => {
  it('still finds model values, on their own lines, in an evaluation dump too large to parse', () => {
    const rows = Array.from({ length: 6000 }, (_, i) => ({ id: i, prompt: `question ${i} about the model`, model: i === 4321 ? 'deepseek-ai/DeepSeek-V3' : 'gpt-4o' }));
    const text = JSON.stringify(rows, null, 2);
    const line = text.slice(0, text.indexOf('deepseek-ai/DeepSeek-V3')).split('\n').length;
    const { references } = configFile.extract(makeSourceFile('evals/results.json', text)) as ExtractResult;
    expect(text.length).toBeGreaterThan(256 << 10);
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['deepseek-ai/DeepSeek-V3', 'huggingface', line]]);
  });
});

describe('config-file comments', () => {
  it('marks a commented-out model choice as a comment, and the live one as not', async () => {
    const { references } = await configFile.extract(loadFixture('config-file/agents.yaml'));
    const contextOn = (line: number) => references.find((r) => r.line === line)?.context;
    expect(contextOn(14)).toBe('comment');
    expect(contextOn(16)).toBeUndefined();
  });
});
