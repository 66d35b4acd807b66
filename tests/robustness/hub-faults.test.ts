// The fault matrix: with faults that retries can outlast, results equal the fault-free run;
// with faults that last, the report says exactly what stayed unresolved and why.
import { loadRegistry } from '../../src/registry/load.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Lineage } from '../../src/model/lineage.js';
import { HubClient } from '../../src/resolve/hub-client.js';
import { resolveLineages } from '../../src/resolve/lineage.js';
import { startHubServer, type FaultRule } from '../helpers/hub-server.js';

const MODELS = [
  'arcee-ai/SuperNova-Medius',
  'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B',
  'acme-ml/support-bot-lora',
  'mergekit-community/Qwen-Llama-Slerp-8B',
  'BAAI/bge-reranker-v2-m3',
  'THUDM/glm-4-9b-chat',
];
let hub: Awaited<ReturnType<typeof startHubServer>>;
let baseline: Map<string, Lineage>;

const resolve = async () => {
  const client = new HubClient({ hubUrl: hub.url, fetch: { backoffMs: 5, timeoutMs: 1500, maxAttempts: 4 } });
  const result = await resolveLineages(
    MODELS.map((id) => ({ key: id, id, source: 'huggingface' as const })),
    { hub: client, registry: loadRegistry(), maxDepth: 10, concurrency: 6 },
  );
  return result;
};

beforeAll(async () => {
  hub = await startHubServer();
  baseline = (await resolve()).lineages;
  expect([...baseline.values()].every((l) => l.status === 'resolved')).toBe(true);
});
afterAll(() => hub.close());
beforeEach(() => hub.clearFaults());

const transient: [string, FaultRule[]][] = [
  ['latency spikes', [{ match: 'Qwen2.5', kind: 'latency', ms: 300, times: 3 }]],
  ['a burst of 429 with Retry-After', [{ match: '/api/models/', kind: 'rate-limit', retryAfterSeconds: 0, times: 4 }]],
  [
    '5xx answers',
    [
      { match: 'Qwen2.5-7B', kind: 'server-error', status: 502, times: 2 },
      { match: 'bge-m3', kind: 'server-error', status: 503, times: 1 },
    ],
  ],
  ['dropped connections', [{ match: 'Qwen2.5-14B', kind: 'drop', times: 2 }]],
  ['connections reset mid-body', [{ match: 'SuperNova', kind: 'reset-mid-body', times: 1 }]],
  ['truncated JSON', [{ match: 'DeepSeek-R1', kind: 'truncate-json', times: 2 }]],
  ['wrong-typed JSON', [{ match: 'glm-4-9b', kind: 'wrong-type-json', times: 1 }]],
  ['a stalled answer past the timeout', [{ match: 'Qwen2.5-Math', kind: 'latency', ms: 2500, times: 1 }]],
];

describe('faults that retries outlast', () => {
  it.each(transient)(
    '%s: same lineages as without faults',
    async (_name, faults) => {
      for (const fault of faults) hub.fault(fault);
      const { lineages } = await resolve();
      expect(lineages).toEqual(baseline);
    },
    20_000,
  );
});

describe('faults that last', () => {
  it('a repo that always answers 500 leaves exactly the models through it partial, saying why', async () => {
    hub.fault({ match: 'Qwen/Qwen2.5-7B-Instruct', kind: 'server-error', status: 500 });
    const { lineages, diagnostics } = await resolve();
    expect(lineages.get('mergekit-community/Qwen-Llama-Slerp-8B')).toMatchObject({
      status: 'partial',
      problems: [expect.stringMatching(/ancestor Qwen\/Qwen2.5-7B-Instruct could not be read: the Hub answered HTTP 500/)],
    });
    expect(lineages.get('acme-ml/support-bot-lora')!.status).toBe('partial');
    expect(lineages.get('arcee-ai/SuperNova-Medius')).toEqual(baseline.get('arcee-ai/SuperNova-Medius'));
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'hub-server-error', model: 'Qwen/Qwen2.5-7B-Instruct' }));
  }, 20_000);

  it('rate limiting beyond the wait we accept is reported as rate-limited', async () => {
    hub.fault({ match: 'bge-reranker', kind: 'rate-limit', retryAfterSeconds: 3600 });
    const { lineages, diagnostics } = await resolve();
    expect(lineages.get('BAAI/bge-reranker-v2-m3')!.status).toBe('unresolved');
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'hub-rate-limited', model: 'BAAI/bge-reranker-v2-m3' }));
  }, 20_000);

  it('a redirect loop is an error for that model only', async () => {
    hub.fault({ match: 'SuperNova', kind: 'redirect-loop' });
    const { lineages } = await resolve();
    expect(lineages.get('arcee-ai/SuperNova-Medius')).toMatchObject({ status: 'unresolved', problems: [expect.stringMatching(/redirect loop/)] });
    expect(lineages.get('deepseek-ai/DeepSeek-R1-Distill-Qwen-7B')).toEqual(baseline.get('deepseek-ai/DeepSeek-R1-Distill-Qwen-7B'));
  }, 20_000);
});
