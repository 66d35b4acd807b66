import dotenv from '../../src/extract/dotenv.js';
import { describe, expect, it } from 'vitest';
import { describeExtractor, loadFixture } from '../helpers/extract-fixtures.js';

describeExtractor(
  'dotenv',
  dotenv,
  [
    ['.env', true],
    ['.env.production', true],
    ['.env.example', true],
    ['deploy/staging.env', true],
    ['envs.py', false],
    ['env.yaml', false],
    ['.envrc', false],
  ],
  'not-dotenv.env',
);

describe('dotenv comments', () => {
  it('keeps a commented-out model choice, marked as a comment', async () => {
    const { references } = await dotenv.extract(loadFixture('dotenv/.env.example'));
    expect(references.filter((r) => r.context === 'comment').map((r) => [r.id, r.line])).toEqual([['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 7]]);
  });
});
