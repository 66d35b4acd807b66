// The loopback Hub's own behaviour: faults the resolver must survive, the request log, private and
// gated repos, revisions and listing, all seen through the real @huggingface/hub client.
import { downloadFile, HubApiError, listModels, modelInfo } from '@huggingface/hub';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type HubServer, startHubServer } from '../helpers/hub-server.js';

const TOKEN = 'hf_test_loopback_token';
const PINNED = 'a09a35458c702b33eeacc393d103063234e8bc28';

let hub: HubServer;
beforeAll(async () => {
  hub = await startHubServer({ pageSize: 2 });
});
afterAll(async () => {
  await hub.close();
});
afterEach(() => {
  hub.clearFaults();
  hub.requests.length = 0;
});

const info = (name: string, extra: Partial<Parameters<typeof modelInfo>[0]> = {}) =>
  modelInfo({ name, hubUrl: hub.url, additionalFields: ['sha', 'cardData'], ...extra });

/** What a caller gets back from a rejected promise, for asserting on it. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('faults', () => {
  it('surfaces a 429 as HubApiError 429, with Retry-After and RateLimit readable by a fetch wrapper', async () => {
    hub.fault({ match: /Qwen2\.5-14B$|Qwen2\.5-14B\//, kind: 'rate-limit', retryAfterSeconds: 3, times: 1 });
    const seen: Headers[] = [];
    const watching: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      seen.push(response.headers);
      return response;
    };
    const error = await failure(info('Qwen/Qwen2.5-14B', { fetch: watching }));
    expect(error).toBeInstanceOf(HubApiError);
    expect((error as HubApiError).statusCode).toBe(429);
    expect(seen[0]!.get('retry-after')).toBe('3');
    expect(seen[0]!.get('ratelimit')).toBe('"api";r=0;t=3');
    // `times: 1`: the next call is answered normally.
    expect((await info('Qwen/Qwen2.5-14B')).name).toBe('Qwen/Qwen2.5-14B');
  });

  it('applies a fault only to matching paths and only as many times as asked', async () => {
    hub.fault({ match: 'Mistral-7B-Instruct', kind: 'server-error', status: 503, times: 2 });
    expect((await info('mistralai/Mistral-7B-v0.3')).name).toBe('mistralai/Mistral-7B-v0.3');
    for (let i = 0; i < 2; i++) expect(((await failure(info('mistralai/Mistral-7B-Instruct-v0.3'))) as HubApiError).statusCode).toBe(503);
    expect((await info('mistralai/Mistral-7B-Instruct-v0.3')).name).toBe('mistralai/Mistral-7B-Instruct-v0.3');
  });

  it('rejects with a network error (not an HTTP status) when the socket is dropped or reset mid-body', async () => {
    hub.fault({ match: 'bge-m3', kind: 'drop', times: 1 });
    const dropped = await failure(info('BAAI/bge-m3'));
    expect(dropped).not.toBeInstanceOf(HubApiError);
    expect(dropped).toBeInstanceOf(TypeError);

    hub.fault({ match: 'bge-m3', kind: 'reset-mid-body', times: 1 });
    const reset = await failure(info('BAAI/bge-m3'));
    expect(reset).not.toBeInstanceOf(HubApiError);
    expect(String(reset)).toMatch(/terminated|aborted|socket|closed/i);
  });

  it('cuts a JSON body in half, so the client fails to parse it', async () => {
    hub.fault({ match: 'Yi-1.5-9B-Chat', kind: 'truncate-json', times: 1 });
    expect(await failure(info('01-ai/Yi-1.5-9B-Chat'))).toBeInstanceOf(SyntaxError);
  });

  it('answers well-formed JSON of the wrong shape, which the client passes through unchecked', async () => {
    hub.fault({ match: 'Yi-1.5-9B-Chat', kind: 'wrong-type-json', times: 1 });
    const bad = (await info('01-ai/Yi-1.5-9B-Chat')) as unknown as Record<string, unknown>;
    expect(bad.name).toBe(42);
    expect(bad.cardData).toBe('not an object');
  });

  it('redirects a path to itself until fetch gives up', async () => {
    hub.fault({ match: 'glm-4-9b', kind: 'redirect-loop' });
    const error = await failure(info('zai-org/glm-4-9b'));
    expect(error).toBeInstanceOf(TypeError);
    expect(String((error as TypeError).cause)).toMatch(/redirect/i);
  });

  it('holds an answer back long enough for a caller timeout to abort it', async () => {
    hub.fault({ match: 'SmolLM2', kind: 'latency', ms: 10_000, times: 1 });
    const withTimeout: typeof fetch = (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(100) });
    const error = await failure(info('HuggingFaceTB/SmolLM2-1.7B', { fetch: withTimeout }));
    expect((error as Error).name).toBe('TimeoutError');
  });
});

describe('request log', () => {
  it('records every request with its path and headers, so tests can see where a token went', async () => {
    await info('Qwen/Qwen2.5-7B');
    await info('Qwen/Qwen2.5-7B', { accessToken: TOKEN });
    expect(hub.requests).toHaveLength(2);
    expect(hub.requests[0]!.path).toMatch(/^\/api\/models\/Qwen\/Qwen2\.5-7B\/revision\/HEAD\?.*expand=sha&expand=cardData$/);
    expect(hub.requests[0]!.headers.authorization).toBeUndefined();
    expect(hub.requests[1]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('fails a request that has no recording the way the Hub does: 401 anonymously, 404 with a token', async () => {
    expect(((await failure(info('Qwen/Qwen9-Unrecorded'))) as HubApiError).statusCode).toBe(401);
    expect(((await failure(info('Qwen/Qwen9-Unrecorded', { accessToken: TOKEN }))) as HubApiError).statusCode).toBe(404);
  });
});

describe('revisions, private and gated repos', () => {
  it('reads a model at a pinned revision and refuses a revision that does not exist', async () => {
    expect((await info('Qwen/Qwen2.5-7B-Instruct', { revision: PINNED })).sha).toBe(PINNED);
    expect((await info('Qwen/Qwen2.5-7B-Instruct')).sha).not.toBe(PINNED);
    const missing = await fetch(`${hub.url}/api/models/Qwen/Qwen2.5-7B-Instruct/revision/0000000000000000000000000000000000000000`);
    expect([missing.status, missing.headers.get('x-error-code')]).toEqual([404, 'RevisionNotFound']);
  });

  it('shows a private repo only to a caller with a token', async () => {
    expect(((await failure(info('acme-ml/internal-reranker'))) as HubApiError).statusCode).toBe(401);
    const seen = await info('acme-ml/internal-reranker', { accessToken: TOKEN });
    expect([seen.name, seen.private, seen.cardData?.base_model]).toEqual(['acme-ml/internal-reranker', true, 'BAAI/bge-reranker-v2-m3']);
  });

  it('serves gated metadata to anyone but gated files only with a token', async () => {
    expect((await info('meta-llama/Llama-3.1-8B')).gated).toBe('manual');
    const download = (accessToken?: string) =>
      downloadFile({ repo: 'meta-llama/Llama-3.1-8B', path: 'config.json', hubUrl: hub.url, accessToken, xet: false } as Parameters<typeof downloadFile>[0]);
    expect(((await failure(download())) as HubApiError).statusCode).toBe(401);
    const blob = await download(TOKEN);
    expect(JSON.parse(await blob!.text()).architectures).toEqual(['LlamaForCausalLM']);
  });

  it('follows a legacy id to its namespaced repo', async () => {
    expect((await info('bert-base-uncased')).name).toBe('google-bert/bert-base-uncased');
    const config = await fetch(`${hub.url}/bert-base-uncased/resolve/main/config.json`);
    expect([config.status, config.url, (await config.json()).vocab_size]).toEqual([
      200,
      `${hub.url}/google-bert/bert-base-uncased/resolve/main/config.json`,
      30522,
    ]);
  });
});

describe('listing', () => {
  it('lists the children of a base by tag across pages linked with absolute URLs', async () => {
    const children: string[] = [];
    for await (const model of listModels({ search: { tags: ['base_model:finetune:Qwen/Qwen2.5-7B'] }, hubUrl: hub.url })) children.push(model.name);
    expect(children.sort()).toEqual(['Qwen/Qwen2.5-7B-Instruct', 'Qwen/Qwen2.5-Math-7B']);

    const all: string[] = [];
    for await (const model of listModels({ search: { owner: 'Qwen' }, hubUrl: hub.url })) all.push(model.name);
    expect(all).toHaveLength(7);
    expect(hub.requests.filter((r) => r.path.includes('cursor=')).length).toBeGreaterThan(0);
  });
});
