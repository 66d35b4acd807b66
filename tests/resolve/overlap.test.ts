// The audit starts resolving a Hub model as soon as the scan finds it, so on a large tree the
// Hub's latency is spent while the scan still runs, not after it.
import { loadRegistry } from '../../src/registry/load.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/pipeline.js';
import { DEFAULT_POLICY } from '../../src/policy/index.js';
import type { HubAnswer, HubFileAnswer, HubSource } from '../../src/resolve/hub-source.js';

describe('resolution overlaps the scan', () => {
  it('asks the Hub for a model before the scan of the tree has ended', async () => {
    const root = mkdtempSync(join(tmpdir(), 'modelprov-overlap-'));
    writeFileSync(join(root, 'a.py'), 'from transformers import AutoModel\nm = AutoModel.from_pretrained("Qwen/Qwen2.5-7B")\n');
    writeFileSync(join(root, 'b.py'), 'from transformers import AutoModel\nm = AutoModel.from_pretrained("BAAI/bge-m3")\n');
    const events: string[] = [];
    const hub: HubSource = {
      description: 'in-memory',
      requestCount: () => events.filter((e) => e.startsWith('hub')).length,
      getModel: async (id: string): Promise<HubAnswer> => {
        events.push(`hub ${id}`);
        return { ok: true, id, data: { id, tags: [], cardData: { license: 'apache-2.0' } } };
      },
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
      onStageTime: (t) => events.push(`stage ${t.stage}`),
    });
    expect(report.models.map((m) => [m.id, m.lineage.status])).toEqual([
      ['BAAI/bge-m3', 'resolved'],
      ['Qwen/Qwen2.5-7B', 'resolved'],
    ]);
    expect(events.indexOf('hub Qwen/Qwen2.5-7B')).toBeLessThan(events.indexOf('stage scan'));
    expect(events.filter((e) => e.startsWith('hub'))).toHaveLength(2);
  });
});
