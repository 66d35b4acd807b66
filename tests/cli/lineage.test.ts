// `modelprov lineage <id>`: the tree, the basis of a Chinese-origin verdict, and the exit codes
// the README gives (0 resolved, 3 unresolved or partial, 2 usage).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HUB_SNAPSHOT, runCli } from '../helpers/run-cli.js';

const lineage = (...ids: string[]) => runCli(['lineage', ...ids, '--hub-snapshot', HUB_SNAPSHOT]);

describe('lineage', () => {
  it('says why a model is of Chinese origin: which family, through which node, on what evidence', async () => {
    const run = await lineage('arcee-ai/SuperNova-Medius');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/└─ finetune Qwen\/Qwen2\.5-14B-Instruct +\[Qwen · Qwen team, Alibaba Cloud · CN\]/);
    expect(run.stdout).toContain(
      'origin: Chinese (Qwen (Qwen team, Alibaba Cloud, CN) via Qwen/Qwen2.5-14B-Instruct, Qwen/Qwen2.5-14B (evidence: declared-base, namespace)); lineage resolved',
    );
  });

  it('exit 3 when a lineage is unresolved or partial, with the reason in the tree', async () => {
    const run = await lineage('meta-llama/Llama-3.1-8B-Instruct', 'orphan-org/finetune-of-deleted');
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/! ancestor deleted-org\/gone-7b could not be read: /);
    expect(run.stdout).toMatch(/origin: cannot tell; lineage partial/);
  });

  it('exit 2 for something that is not a Hub id', async () => {
    const run = await lineage('not an id');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('modelprov: "not an id" is not a Hub model id (expected org/name or a huggingface.co URL)\n');
  });
});

describe('lineage problems in an audit', () => {
  it('a cycle is reported against the model whose lineage has it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-cycle-'));
    writeFileSync(join(dir, 'app.py'), 'from transformers import AutoModel\nAutoModel.from_pretrained("cycle-lab/model-a")\n');
    const run = await runCli(['audit', dir, '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json']);
    const errors = JSON.parse(run.stdout).errors as { model?: string; code: string; message: string }[];
    expect(errors).toContainEqual(
      expect.objectContaining({
        code: 'lineage-cycle',
        model: 'cycle-lab/model-a',
        message: 'cycle in declared lineage: cycle-lab/model-a -> cycle-lab/model-b -> cycle-lab/model-a',
      }),
    );
    const table = await runCli(['audit', dir, '--hub-snapshot', HUB_SNAPSHOT]);
    expect(table.stdout).toContain('\n  cycle-lab/model-a: cycle in declared lineage: ');
  });
});
