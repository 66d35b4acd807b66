// The project's own architecture configs (src/scan/architecture-configs.ts): Chinese-CLIP picks a network shape by the
// name of a JSON it ships in `model_configs/` (`--vision-model ViT-B-16`, `text_model=RoBERTa-wwm-ext-base-chinese`), the
// weights coming from the checkpoint given beside it (held-out OFA-Sys/Chinese-CLIP, issue #15, session 32).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { runCli } from '../helpers/run-cli.js';

// OFA-Sys/Chinese-CLIP run_scripts/muge_finetune_vit-b-16_rbt-base.sh:30, 55-56, 62-80 (cut)
const SCRIPT = [
  'resume=${DATAPATH}/pretrained_weights/clip_cn_vit-b-16.pt',
  'vision_model=ViT-B-16',
  'text_model=RoBERTa-wwm-ext-base-chinese',
  'python3 -m torch.distributed.launch --use_env cn_clip/training/main.py \\',
  '          --resume=${resume} \\',
  '          --vision-model=${vision_model} \\',
  '          --text-model=${text_model}',
  '',
].join('\n');

async function audit(withConfigs: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'modelprov-architectures-'));
  mkdirSync(join(dir, 'run_scripts'));
  writeFileSync(join(dir, 'run_scripts', 'muge_finetune.sh'), SCRIPT);
  if (withConfigs) {
    mkdirSync(join(dir, 'cn_clip', 'clip', 'model_configs'), { recursive: true });
    for (const name of ['ViT-B-16', 'RoBERTa-wwm-ext-base-chinese'])
      writeFileSync(join(dir, 'cn_clip', 'clip', 'model_configs', `${name}.json`), '{\n  "embed_dim": 512\n}\n');
  }
  const run = await runCli(['audit', dir, '--offline', '--format', 'json']);
  return (JSON.parse(run.stdout) as Report).models.map((m) => m.id).sort();
}

describe("the project's own architecture configs", () => {
  it('are no models where the project ships them, and the checkpoint loaded beside them is still read', async () => {
    expect(await audit(true)).toEqual(['${DATAPATH}/pretrained_weights/clip_cn_vit-b-16.pt']);
  });

  it('leave the same names to be read as elsewhere in a project that ships no such config', async () => {
    const ids = await audit(false);
    expect(ids).toContain('${DATAPATH}/pretrained_weights/clip_cn_vit-b-16.pt');
    expect(ids).toContain('openai-compatible/ViT-B-16');
  });
});
