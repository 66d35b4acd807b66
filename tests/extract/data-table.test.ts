import { describe, expect, it } from 'vitest';
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

describe('held-out round 38 (session 34): a CSV column named for the model of one role', () => {
  it("reads a steering config's sparse_model column (the SAE the steered model loads), not its other columns", () => {
    // EleutherAI/lm-evaluation-harness tests/testconfigs/sparsify_intervention.csv (whole file).
    const text = [
      'loader,hook_action,sparse_model,hookpoint,feature_index,steering_coefficient,sae_id,description,',
      'sparsify,add,EleutherAI/sae-pythia-70m-32k,layers.3,30,0.1,,,',
    ].join('\n');
    const { references } = dataTable.extract({ relPath: 'tests/testconfigs/sparsify_intervention.csv', size: text.length, text }) as {
      references: { id: string; source: string; line: number }[];
    };
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['EleutherAI/sae-pythia-70m-32k', 'huggingface', 2]]);
  });
});
