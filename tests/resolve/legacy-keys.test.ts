// Legacy card keys (TheBloke / LlamaEdge era): `model_link`, and `model_creator` + `model_name`
// when nothing else names the original, against the loopback Hub serving fixtures/hub/silent.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/registry/load.js';
import { HubClient } from '../../src/resolve/hub-client.js';
import { resolveLineages } from '../../src/resolve/lineage.js';
import { HUB_FIXTURES, startHubServer, type HubServer } from '../helpers/hub-server.js';

let hub: HubServer;
beforeAll(async () => {
  hub = await startHubServer({ dir: join(HUB_FIXTURES, 'silent') });
});
afterAll(async () => {
  await hub.close();
});

async function lineageOf(id: string) {
  const client = new HubClient({ hubUrl: hub.url, fetch: { backoffMs: 5, timeoutMs: 2000 } });
  const result = await resolveLineages([{ key: id, id, source: 'huggingface' }], { hub: client, registry: loadRegistry(), maxDepth: 12, concurrency: 4 });
  return result.lineages.get(id)!;
}

describe('legacy card keys', () => {
  it('follows model_creator + model_name to the Hub id they spell, with the keys as evidence', async () => {
    const lineage = await lineageOf('second-state/Llava-v1.5-7B-GGUF');
    // "liuhaotian" + "Llava v1.5 7B": the Hub answers with its own casing.
    expect(lineage.roots).toEqual(['liuhaotian/llava-v1.5-7b']);
    expect(lineage.status).toBe('resolved');
    expect(lineage.edges).toEqual([
      {
        child: 'second-state/Llava-v1.5-7B-GGUF',
        parent: 'liuhaotian/llava-v1.5-7b',
        relation: 'quantized',
        declaredIn: 'card-text',
        evidence: 'model_creator: liuhaotian, model_name: Llava v1.5 7B',
      },
    ]);
  });

  it('gives a model_link edge the card-text kind and quotes the key', async () => {
    const lineage = await lineageOf('lucianosb/open-cabrita3b-GGUF');
    expect(lineage.edges[0]).toMatchObject({
      parent: '22h/open-cabrita3b',
      declaredIn: 'card-text',
      evidence: 'model_link: https://huggingface.co/22h/open-cabrita3b',
    });
  });

  it('does not guess from model_creator + model_name when the card declares a base', async () => {
    const lineage = await lineageOf('TheBloke/Deepsex-34B-GGUF');
    expect(lineage.edges.map((e) => e.parent)).toEqual(['zzlgreat/deepsex-34b']);
    expect(lineage.edges[0]!.declaredIn).toBeUndefined();
  });
});
