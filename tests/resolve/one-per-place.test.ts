// One reference per (model, file, line) (src/pipeline.ts keeps a number per place): two files' same line are two places.
import { loadRegistry } from '../../src/registry/load.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/pipeline.js';
import { DEFAULT_POLICY } from '../../src/policy/index.js';
import type { HubAnswer, HubFileAnswer, HubSource } from '../../src/resolve/hub-source.js';

describe('one reference per place', () => {
  it('keeps the same model on the same line of another file apart', async () => {
    const root = mkdtempSync(join(tmpdir(), 'modelprov-places-'));
    const code = 'from transformers import AutoModel\nm = AutoModel.from_pretrained("Qwen/Qwen2.5-7B")  # Qwen/Qwen2.5-7B\n';
    writeFileSync(join(root, 'a.py'), code);
    writeFileSync(join(root, 'b.py'), code);
    const hub: HubSource = {
      description: 'in-memory',
      requestCount: () => 0,
      getModel: async (id: string): Promise<HubAnswer> => ({ ok: true, id, data: { id, tags: [], cardData: { license: 'apache-2.0' } } }),
      getFile: async (): Promise<HubFileAnswer> => ({ ok: false, code: 'hub-not-found', message: 'no files here' }),
    };
    const report = await runAudit({
      root,
      rootLabel: '.',
      hub,
      policy: DEFAULT_POLICY,
      exclude: [],
      registry: loadRegistry(),
      maxFileBytes: 1e6,
      maxDepth: 5,
      concurrency: 4,
      version: 'test',
      now: new Date('2026-11-25T00:00:00Z'),
    });
    const qwen = report.models.find((m) => m.id === 'Qwen/Qwen2.5-7B');
    expect(qwen?.references.map((r) => `${r.path}:${r.line}`).sort()).toEqual(['a.py:2', 'b.py:2']);
  });
});
