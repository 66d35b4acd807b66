// A user's `registry:` files reach every stage that reads the registry: classification, and the
// lineage walk, which turns a trainer's local folder named as a base (`/data/models/<org>/<name>`)
// into a Hub id when <org> is a namespace the registry knows.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { runCli } from '../helpers/run-cli.js';

const hubModel = (id: string, cardData: Record<string, unknown>) => ({
  id,
  author: id.split('/')[0],
  sha: 'a'.repeat(40),
  private: false,
  gated: false,
  tags: ['transformers'],
  cardData,
  config: {},
});

/** A recorded Hub (served by --hub-snapshot) where an adapter names its base by the trainer's folder. */
function snapshot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelprov-user-registry-hub-'));
  mkdirSync(join(dir, 'models', 'lake-ai'), { recursive: true });
  writeFileSync(
    join(dir, 'models', 'lake-ai', 'ticket-lora.json'),
    JSON.stringify(hubModel('lake-ai/ticket-lora', { license: 'apache-2.0', base_model: '/data/models/lake-ai/lake-chat-7b' })),
  );
  writeFileSync(join(dir, 'models', 'lake-ai', 'lake-chat-7b.json'), JSON.stringify(hubModel('lake-ai/lake-chat-7b', { license: 'apache-2.0' })));
  return dir;
}

function project(withRegistry: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'modelprov-user-registry-'));
  writeFileSync(join(root, 'serve.py'), 'from transformers import AutoModel\nmodel = AutoModel.from_pretrained("lake-ai/ticket-lora")\n');
  if (withRegistry) {
    writeFileSync(
      join(root, 'orgs.yaml'),
      "families:\n  - {id: lake, family: Lake Chat, developer: Lake AI, country: CN, org_kind: company, hf_namespaces: [lake-ai], sources: ['https://lake.example'], reviewed: '2026-12-04'}\n",
    );
    writeFileSync(join(root, '.modelprov.yml'), 'registry: [orgs.yaml]\n');
  }
  return root;
}

async function adapter(withRegistry: boolean) {
  const run = await runCli(['audit', project(withRegistry), '--format', 'json', '--hub-snapshot', snapshot()]);
  return (JSON.parse(run.stdout) as Report).models.find((m) => m.id === 'lake-ai/ticket-lora')!;
}

describe('user registry files', () => {
  it('turn a local base folder under a namespace they add into that Hub id, followed and attributed', async () => {
    const model = await adapter(true);
    expect(model.lineage.roots).toEqual(['lake-ai/lake-chat-7b']);
    expect(model.origin.chineseOrigin).toBe(true);
  });

  it('without them, the same folder is a local base: no edge, origin unknown', async () => {
    const model = await adapter(false);
    expect(model.lineage.roots).not.toContain('lake-ai/lake-chat-7b');
    expect(model.origin.chineseOrigin).not.toBe(true);
  });
});
