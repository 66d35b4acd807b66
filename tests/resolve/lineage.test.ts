// The resolver end to end through the real @huggingface/hub client against the loopback Hub.
import { loadRegistry } from '../../src/registry/load.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CachedSource, DiskCache } from '../../src/resolve/cache.js';
import { HubClient } from '../../src/resolve/hub-client.js';
import { resolveLineages, type ResolveRequest } from '../../src/resolve/lineage.js';
import { Secret } from '../../src/resolve/secret.js';
import { startHubServer } from '../helpers/hub-server.js';

type Server = Awaited<ReturnType<typeof startHubServer>>;
let hub: Server;

beforeAll(async () => {
  hub = await startHubServer();
});
afterAll(async () => {
  await hub.close();
});
beforeEach(() => {
  hub.clearFaults();
  hub.requests.length = 0;
});

const client = (extra: Partial<ConstructorParameters<typeof HubClient>[0]> = {}) =>
  new HubClient({ hubUrl: hub.url, fetch: { backoffMs: 5, timeoutMs: 2000 }, ...extra });

const hf = (id: string, revision?: string): ResolveRequest => ({ key: `${id}@${revision ?? ''}`, id, source: 'huggingface', revision });

async function resolve(ids: (string | ResolveRequest)[], source = client(), maxDepth = 12) {
  const requests = ids.map((r) => (typeof r === 'string' ? hf(r) : r));
  const result = await resolveLineages(requests, { hub: source, registry: loadRegistry(), maxDepth, concurrency: 8 });
  return { ...result, lineage: (id: string) => result.lineages.get(requests.find((r) => r.id === id)!.key)! };
}

describe('resolveLineages against the loopback Hub', () => {
  it('follows a multi-hop chain to its root with the relation on every edge', async () => {
    const { lineage } = await resolve(['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B']);
    const l = lineage('deepseek-ai/DeepSeek-R1-Distill-Qwen-7B');
    expect(l.status).toBe('resolved');
    expect(l.roots).toEqual(['Qwen/Qwen2.5-7B']);
    expect(l.edges).toContainEqual({ child: 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', parent: 'Qwen/Qwen2.5-Math-7B', relation: 'finetune' });
    expect(l.edges).toContainEqual({ child: 'Qwen/Qwen2.5-Math-7B', parent: 'Qwen/Qwen2.5-7B', relation: 'finetune' });
  });

  it('fetches ancestors before further referenced models when the concurrency limit is reached', async () => {
    // With one request at a time, a FIFO queue would read every referenced model first and only
    // then the chain to the roots; ancestors lie on the critical path, so they go first.
    const referenced = [
      'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B',
      'BAAI/bge-m3',
      'google-bert/bert-base-uncased',
      'mistralai/Mistral-7B-v0.3',
      'meta-llama/Llama-3.1-8B',
    ];
    await resolveLineages(
      referenced.map((id) => hf(id)),
      { hub: client(), registry: loadRegistry(), maxDepth: 12, concurrency: 1 },
    );
    const order = hub.requests.filter((r) => r.path.startsWith('/api/models/')).map((r) => /\/api\/models\/([^/]+\/[^/]+)\//.exec(r.path)?.[1]);
    expect(order.indexOf('Qwen/Qwen2.5-Math-7B')).toBeGreaterThan(0);
    expect(order.indexOf('Qwen/Qwen2.5-Math-7B')).toBeLessThan(order.indexOf('meta-llama/Llama-3.1-8B'));
    expect(order.indexOf('Qwen/Qwen2.5-7B')).toBeLessThan(order.indexOf('meta-llama/Llama-3.1-8B'));
  });

  it('keeps every parent of a merge', async () => {
    const { lineage } = await resolve(['mergekit-community/Qwen-Llama-Slerp-8B']);
    const l = lineage('mergekit-community/Qwen-Llama-Slerp-8B');
    expect(
      l.edges
        .filter((e) => e.child === 'mergekit-community/Qwen-Llama-Slerp-8B')
        .map((e) => [e.parent, e.relation])
        .sort(),
    ).toEqual([
      ['Qwen/Qwen2.5-7B-Instruct', 'merge'],
      ['meta-llama/Llama-3.1-8B-Instruct', 'merge'],
    ]);
    expect(l.roots).toEqual(['Qwen/Qwen2.5-7B', 'meta-llama/Llama-3.1-8B']);
  });

  it('reads an adapter base from adapter_config.json when the card declares none', async () => {
    const { lineage } = await resolve(['acme-ml/support-bot-lora']);
    const l = lineage('acme-ml/support-bot-lora');
    expect(l.edges[0]).toEqual({ child: 'acme-ml/support-bot-lora', parent: 'Qwen/Qwen2.5-7B-Instruct', relation: 'adapter' });
    expect(l.roots).toEqual(['Qwen/Qwen2.5-7B']);
  });

  it('marks a quantization edge as quantized', async () => {
    const { lineage } = await resolve(['bartowski/Llama-3.2-3B-Instruct-GGUF']);
    expect(lineage('bartowski/Llama-3.2-3B-Instruct-GGUF').edges[0]).toMatchObject({ parent: 'meta-llama/Llama-3.2-3B-Instruct', relation: 'quantized' });
  });

  it('follows a renamed repo and keeps both ids', async () => {
    const { lineage, nodes, canonicalIds } = await resolve(['THUDM/glm-4-9b-chat']);
    expect(canonicalIds.get(hf('THUDM/glm-4-9b-chat').key)).toBe('zai-org/glm-4-9b-chat');
    expect(nodes['zai-org/glm-4-9b-chat']!.aliases).toContain('THUDM/glm-4-9b-chat');
    expect(lineage('THUDM/glm-4-9b-chat').status).toBe('resolved');
  });

  it('normalises a base_model written as a URL with other casing', async () => {
    const { lineage } = await resolve(['casey/odd-base']);
    expect(lineage('casey/odd-base').edges[0]!.parent).toBe('Qwen/Qwen2.5-7B-Instruct');
  });

  it('reports cycles and self-references instead of looping', async () => {
    const { lineage, diagnostics } = await resolve(['cycle-lab/model-a', 'cycle-lab/self-ref']);
    expect(lineage('cycle-lab/model-a').status).toBe('partial');
    expect(lineage('cycle-lab/model-a').problems.join()).toMatch(/cycle in declared lineage: cycle-lab\/model-a -> cycle-lab\/model-b -> cycle-lab\/model-a/);
    expect(lineage('cycle-lab/self-ref').problems.join()).toMatch(/names itself as its base/);
    expect(diagnostics.some((d) => d.code === 'lineage-cycle')).toBe(true);
  });

  it('keeps going past a missing base and says what is missing', async () => {
    const { lineage } = await resolve(['orphan-org/finetune-of-deleted', 'no-such-org/no-such-model']);
    const partial = lineage('orphan-org/finetune-of-deleted');
    expect(partial.status).toBe('partial');
    expect(partial.problems.join()).toMatch(/deleted-org\/gone-7b could not be read: .*not found/);
    const missing = lineage('no-such-org/no-such-model');
    expect(missing.status).toBe('unresolved');
    expect(missing.problems[0]).toMatch(/not found on the Hub, or is private \(HTTP 401 RepoNotFound\)/);
  });

  it('says where it cut at the depth cap', async () => {
    const { lineage } = await resolve(['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B'], client(), 1);
    const l = lineage('deepseek-ai/DeepSeek-R1-Distill-Qwen-7B');
    expect(l.status).toBe('partial');
    expect(l.problems.join()).toMatch(/lineage cut at Qwen\/Qwen2.5-Math-7B: depth cap of 1 reached/);
  });

  it('resolves a pinned revision at that revision and records the sha read', async () => {
    const sha = 'a09a35458c702b33eeacc393d103063234e8bc28';
    const { nodes } = await resolve([hf('Qwen/Qwen2.5-7B-Instruct', sha)]);
    // A pinned model's own node is keyed id@revision, apart from the default branch's.
    expect(nodes[`Qwen/Qwen2.5-7B-Instruct@${sha}`]!.sha).toBe(sha);
    expect(nodes['Qwen/Qwen2.5-7B-Instruct']).toBeUndefined();
    expect(hub.requests.some((r) => r.path.includes(`/revision/${sha}`))).toBe(true);
  });

  it('requests each shared ancestor once: requests equal unique nodes', async () => {
    const ids = [
      'Qwen/Qwen2.5-7B-Instruct',
      'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B',
      'acme-ml/support-bot-lora',
      'mergekit-community/Qwen-Llama-Slerp-8B',
      'arcee-ai/SuperNova-Medius',
    ];
    const { stats } = await resolve(ids);
    const modelRequests = hub.requests.filter((r) => r.path.startsWith('/api/models/')).length;
    const fileRequests = hub.requests.length - modelRequests;
    expect(modelRequests).toBe(stats.uniqueNodes);
    expect(stats.requests).toBe(modelRequests + fileRequests);
  });

  it('waits out a 429 as Retry-After says and then succeeds', async () => {
    hub.fault({ match: 'Qwen2.5-14B', kind: 'rate-limit', retryAfterSeconds: 1, times: 1 });
    const started = Date.now();
    const { lineage } = await resolve(['arcee-ai/SuperNova-Medius']);
    expect(lineage('arcee-ai/SuperNova-Medius').status).toBe('resolved');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('retries 5xx and dropped connections, then gives up with a status, not a crash', async () => {
    hub.fault({ match: 'Mistral-7B-Instruct', kind: 'server-error', status: 503, times: 2 });
    hub.fault({ match: 'bge-reranker', kind: 'drop', times: 1 });
    hub.fault({ match: 'bge-m3', kind: 'server-error', status: 500 });
    const { lineage } = await resolve(['mistralai/Mistral-7B-Instruct-v0.3', 'BAAI/bge-reranker-v2-m3']);
    expect(lineage('mistralai/Mistral-7B-Instruct-v0.3').status).toBe('resolved');
    const reranker = lineage('BAAI/bge-reranker-v2-m3');
    expect(reranker.status).toBe('partial');
    expect(reranker.problems.join()).toMatch(/HTTP 500/);
  });

  it('sends the token to the configured Hub only', async () => {
    const token = 'hf_test_secret_value_123';
    await resolve(['Qwen/Qwen2.5-7B-Instruct'], client({ token: new Secret(token) }));
    expect(hub.requests.length).toBeGreaterThan(0);
    expect(hub.requests.every((r) => r.headers.authorization === `Bearer ${token}`)).toBe(true);
  });
});

describe('lineage cache', () => {
  it('answers a warm run with zero Hub requests and the same lineages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-cache-'));
    const disk = () => new DiskCache({ dir, ttlMs: 3600_000, negativeTtlMs: 60_000 }, hub.url);
    const coldCache = disk();
    const ids = ['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 'acme-ml/support-bot-lora'];
    const cold = await resolve(ids, new CachedSource(coldCache, client()));
    await coldCache.flush(); // writes run in the background
    expect(cold.stats.requests).toBeGreaterThan(0);
    hub.requests.length = 0;
    const warm = await resolve(ids, new CachedSource(disk(), client()));
    expect(hub.requests).toHaveLength(0);
    expect(warm.stats.requests).toBe(0);
    expect(warm.lineages).toEqual(cold.lineages);
  });

  it('answers offline from the cache and says what is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-cache-'));
    const coldCache = new DiskCache({ dir, ttlMs: 3600_000, negativeTtlMs: 60_000 }, hub.url);
    await resolve(['Qwen/Qwen2.5-7B-Instruct'], new CachedSource(coldCache, client()));
    await coldCache.flush();
    hub.requests.length = 0;
    const offline = new CachedSource(new DiskCache({ dir, ttlMs: 3600_000, negativeTtlMs: 60_000 }, hub.url), undefined);
    const { lineage } = await resolve(['Qwen/Qwen2.5-7B-Instruct', 'BAAI/bge-m3'], offline);
    expect(hub.requests).toHaveLength(0);
    expect(lineage('Qwen/Qwen2.5-7B-Instruct').status).toBe('resolved');
    expect(lineage('BAAI/bge-m3')).toMatchObject({
      status: 'unresolved',
      problems: [expect.stringMatching(/not in the lineage cache and the run is offline/)],
    });
  });
});

describe('sources without a Hub lineage', () => {
  it('says a ModelScope model is partial, attributed by namespace only; Ollama and API models need no lineage', async () => {
    const { lineages } = await resolveLineages(
      [
        { key: 'ms', id: 'ZhipuAI/chatglm3-6b', source: 'modelscope' },
        { key: 'ol', id: 'qwen2.5:7b', source: 'ollama' },
        { key: 'api', id: 'deepseek/deepseek-chat', source: 'api' },
      ],
      { hub: client(), registry: loadRegistry(), maxDepth: 5, concurrency: 2 },
    );
    expect(lineages.get('ms')).toMatchObject({ status: 'partial', problems: [expect.stringMatching(/lineage on ModelScope is not read/)] });
    expect(lineages.get('ol')).toMatchObject({ status: 'resolved', roots: ['qwen2.5:7b'] });
    expect(lineages.get('api')!.status).toBe('resolved');
  });

  it("keeps an OpenXLab repo apart from the Hub's repo of the same name: the Hub's lineage is read, OpenXLab's says it is not", async () => {
    const { lineages } = await resolveLineages(
      [
        { key: 'hf', id: 'Qwen/Qwen2.5-7B-Instruct', source: 'huggingface' },
        { key: 'ox', id: 'Qwen/Qwen2.5-7B-Instruct', source: 'openxlab' },
      ],
      { hub: client(), registry: loadRegistry(), maxDepth: 5, concurrency: 2 },
    );
    expect(lineages.get('hf')).toMatchObject({ status: 'resolved', roots: ['Qwen/Qwen2.5-7B'] });
    expect(lineages.get('ox')).toMatchObject({
      status: 'partial',
      roots: ['Qwen/Qwen2.5-7B-Instruct'],
      problems: [expect.stringMatching(/lineage on OpenXLab is not read/)],
    });
  });
});
