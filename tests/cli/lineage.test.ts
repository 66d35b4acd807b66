// `modelprov lineage <id>`: the tree, the basis of a Chinese-origin verdict, and the exit codes
// the README gives (0 resolved, 3 unresolved or partial, 2 usage).
import { describe, expect, it } from 'vitest';
import { HUB_SNAPSHOT, runCli } from '../helpers/run-cli.js';

const lineage = (...ids: string[]) => runCli(['lineage', ...ids, '--hub-snapshot', HUB_SNAPSHOT]);

describe('lineage', () => {
  it('says why a model is of Chinese origin: which family, through which node, on what evidence', async () => {
    const run = await lineage('arcee-ai/SuperNova-Medius');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/└─ finetune Qwen\/Qwen2\.5-14B-Instruct +\[Qwen · Qwen team, Alibaba Cloud · CN\]/);
    expect(run.stdout).toContain('origin: Chinese (Qwen (Qwen team, Alibaba Cloud, CN) via Qwen/Qwen2.5-14B-Instruct, Qwen/Qwen2.5-14B (evidence: declared-base, namespace)); lineage resolved');
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
