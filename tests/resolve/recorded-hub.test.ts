// The recorded Hub answers the real @huggingface/hub client as the Hub would.
import { downloadFile, HubApiError, listModels, modelInfo } from '@huggingface/hub';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerHubRequest, recordedHubFetch } from '../../src/resolve/recorded-hub.js';
import { HUB_FIXTURES, startHubServer } from '../helpers/hub-server.js';

let hub: Awaited<ReturnType<typeof startHubServer>>;
beforeAll(async () => {
  hub = await startHubServer();
});
afterAll(async () => {
  await hub.close();
});

describe('loopback Hub with the real client', () => {
  it('returns only the expanded keys plus id and _id, through /revision/HEAD', async () => {
    const info = await modelInfo({ name: 'Qwen/Qwen2.5-7B-Instruct', hubUrl: hub.url, additionalFields: ['cardData'] });
    expect(info.name).toBe('Qwen/Qwen2.5-7B-Instruct');
    expect(info.cardData?.base_model).toBe('Qwen/Qwen2.5-7B');
    expect((info as unknown as Record<string, unknown>).tags).toBeUndefined();
    expect(hub.requests.at(-1)!.path).toMatch(/^\/api\/models\/Qwen\/Qwen2.5-7B-Instruct\/revision\/HEAD\?expand=pipeline_tag/);
  });

  it('answers an unknown repo with 401 RepoNotFound anonymously and 404 with a token', async () => {
    const anonymous = await fetch(`${hub.url}/api/models/nobody/nothing`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('x-error-code')).toBe('RepoNotFound');
    const authed = await fetch(`${hub.url}/api/models/nobody/nothing`, { headers: { authorization: 'Bearer hf_test' } });
    expect(authed.status).toBe(404);
    await expect(modelInfo({ name: 'nobody/nothing', hubUrl: hub.url })).rejects.toBeInstanceOf(HubApiError);
  });

  it('redirects a renamed repo to its new id', async () => {
    const info = await modelInfo({ name: 'THUDM/glm-4-9b-chat', hubUrl: hub.url });
    expect(info.name).toBe('zai-org/glm-4-9b-chat');
  });

  it('serves repo files to downloadFile, null for a missing file, GatedRepo for gated files', async () => {
    const blob = await downloadFile({ repo: 'acme-ml/support-bot-lora', path: 'adapter_config.json', hubUrl: hub.url, xet: false } as Parameters<
      typeof downloadFile
    >[0]);
    expect(JSON.parse(await blob!.text()).base_model_name_or_path).toBe('Qwen/Qwen2.5-7B-Instruct');
    expect(
      await downloadFile({ repo: 'acme-ml/support-bot-lora', path: 'nope.json', hubUrl: hub.url, xet: false } as Parameters<typeof downloadFile>[0]),
    ).toBeNull();
    const gated = await fetch(`${hub.url}/meta-llama/Llama-3.1-8B/resolve/main/config.json`);
    expect([gated.status, gated.headers.get('x-error-code')]).toEqual([401, 'GatedRepo']);
  });

  it('injects a 429 with Retry-After and a dropped connection on demand', async () => {
    hub.fault({ match: 'bge-m3', kind: 'rate-limit', retryAfterSeconds: 7, times: 1 });
    const limited = await fetch(`${hub.url}/api/models/BAAI/bge-m3`);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
    expect((await fetch(`${hub.url}/api/models/BAAI/bge-m3`)).status).toBe(200);
    hub.fault({ match: 'bge-m3', kind: 'drop', times: 1 });
    await expect(fetch(`${hub.url}/api/models/BAAI/bge-m3`)).rejects.toThrow();
    hub.clearFaults();
  });
});

describe('snapshot fetch (in-process)', () => {
  it('answers modelInfo exactly as the server does', async () => {
    const fields = ['cardData', 'tags', 'sha'] as const;
    const viaServer = await modelInfo({ name: 'THUDM/glm-4-9b-chat', hubUrl: hub.url, additionalFields: [...fields] });
    const viaSnapshot = await modelInfo({
      name: 'THUDM/glm-4-9b-chat',
      hubUrl: 'http://snapshot.invalid',
      fetch: recordedHubFetch(HUB_FIXTURES),
      additionalFields: [...fields],
    });
    expect(viaSnapshot).toEqual(viaServer);
  });

  const snapshot = recordedHubFetch(HUB_FIXTURES);
  const base = 'http://snapshot.invalid';

  it('follows a rename like fetch does: the final URL and the canonical id reach the caller', async () => {
    const response = await snapshot(`${base}/api/models/THUDM/glm-4-9b-chat/revision/HEAD?expand=cardData`);
    expect(response.url).toBe(`${base}/api/models/zai-org/glm-4-9b-chat/revision/HEAD?expand=cardData`);
    const body = await response.json();
    expect([body.id, body.cardData.license_name]).toEqual(['zai-org/glm-4-9b-chat', 'glm-4']);
    const manual = await snapshot(`${base}/api/models/THUDM/glm-4-9b-chat`, { redirect: 'manual' });
    expect([manual.status, manual.headers.get('location')]).toEqual([307, '/api/models/zai-org/glm-4-9b-chat']);
  });

  it('downloads an adapter config and reads the headers of a Request object', async () => {
    const blob = await downloadFile({ repo: 'acme-ml/support-bot-lora', path: 'adapter_config.json', hubUrl: base, fetch: snapshot, xet: false } as Parameters<
      typeof downloadFile
    >[0]);
    expect(JSON.parse(await blob!.text()).peft_type).toBe('LORA');
    const gated = await snapshot(new Request(`${base}/meta-llama/Llama-3.1-8B/resolve/main/config.json`, { headers: { authorization: 'Bearer hf_test_x' } }));
    expect((await gated.json()).vocab_size).toBe(128256);
  });

  it('lists models by tag in-process, with next-page links on the snapshot base URL', async () => {
    const quantized: string[] = [];
    const paged = recordedHubFetch(HUB_FIXTURES, { pageSize: 1 });
    for await (const model of listModels({ search: { tags: ['gguf'] }, hubUrl: base, fetch: paged })) quantized.push(model.name);
    expect(quantized.sort()).toEqual(['bartowski/Llama-3.2-3B-Instruct-GGUF', 'bartowski/Qwen2.5-7B-Instruct-GGUF', 'unsloth/Kimi-K2-Instruct-GGUF']);
  });
});

describe('recordings that are missing or broken', () => {
  const dir = mkdtempSync(join(tmpdir(), 'recorded-hub-'));
  mkdirSync(join(dir, 'models', 'broken'), { recursive: true });
  writeFileSync(join(dir, 'models', 'broken', 'half.json'), '{"_id": "1", "id": "broken/ha');
  writeFileSync(join(dir, 'redirects.json'), 'not json');
  const ask = (path: string, headers: Record<string, string> = {}) => answerHubRequest(dir, { method: 'GET', url: new URL(path, 'http://hub.test'), headers });

  it('answers 500 for a recording that does not parse, and goes on serving the rest', () => {
    expect(ask('/api/models/broken/half/revision/HEAD').status).toBe(500);
    expect(ask('/api/models/broken/other').headers['x-error-code']).toBe('RepoNotFound');
  });

  it('answers RepoNotFound for an id with no recording, even in an empty or missing folder', () => {
    expect(ask('/api/models/nobody/nothing', { Authorization: 'Bearer hf_test_x' }).status).toBe(404);
    const nowhere = answerHubRequest(join(dir, 'absent'), { method: 'GET', url: new URL('http://hub.test/api/models/Qwen/Qwen2.5-7B'), headers: {} });
    expect([nowhere.status, nowhere.headers['x-error-code']]).toEqual([401, 'RepoNotFound']);
  });

  it('serves a recording written after the folder was first read, as a cache export does', () => {
    expect(ask('/api/models/late/arrival').status).toBe(401);
    mkdirSync(join(dir, 'models', 'late'), { recursive: true });
    writeFileSync(join(dir, 'models', 'late', 'arrival.json'), JSON.stringify({ _id: '2', id: 'late/arrival', sha: 'f'.repeat(40) }));
    const answer = ask('/api/models/late/arrival/revision/HEAD?expand=sha');
    expect([answer.status, JSON.parse(String(answer.body))]).toEqual([200, { _id: '2', id: 'late/arrival', sha: 'f'.repeat(40) }]);
  });

  it('refuses file paths that climb out of the recording folder', () => {
    const climb = answerHubRequest(HUB_FIXTURES, {
      method: 'GET',
      url: new URL('http://hub.test/acme-ml/support-bot-lora/resolve/main/..%2F..%2F..%2Fredirects.json'),
      headers: {},
    });
    expect([climb.status, climb.headers['x-error-code']]).toEqual([404, 'EntryNotFound']);
  });
});
