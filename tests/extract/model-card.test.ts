import { describe, expect, it } from 'vitest';
import modelCard from '../../src/extract/model-card.js';
import { describeExtractor, loadFixture } from '../helpers/extract-fixtures.js';

describeExtractor(
  'model-card',
  modelCard,
  [
    ['README.md', true],
    ['models/card.mdx', true],
    ['README.txt', false],
  ],
  'not-front-matter.md',
);

describe('model-card facts', () => {
  it('records the declared bases, relation and licence with each base reference', async () => {
    const { references } = await modelCard.extract(loadFixture('model-card/README.md'));
    expect(references.map((r) => r.facts)).toEqual([
      { baseModels: ['Qwen/Qwen2.5-7B-Instruct', 'meta-llama/Llama-3.1-8B-Instruct'], baseModelRelation: 'merge', license: 'apache-2.0' },
      { baseModels: ['Qwen/Qwen2.5-7B-Instruct', 'meta-llama/Llama-3.1-8B-Instruct'], baseModelRelation: 'merge', license: 'apache-2.0' },
    ]);
  });
});

describe('model-card adapter facts', () => {
  it('keeps a custom licence name (license: other) for the licence stage', async () => {
    const { references } = await modelCard.extract(loadFixture('model-card/lora-adapter/README.md'));
    expect(references).toEqual([
      expect.objectContaining({
        id: 'Qwen/Qwen2.5-3B-Instruct',
        column: 14,
        facts: { baseModels: ['Qwen/Qwen2.5-3B-Instruct'], baseModelRelation: 'adapter', license: 'other', licenseName: 'qwen-research' },
      }),
    ]);
  });
});
