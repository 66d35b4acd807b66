// Remote GGUF headers: a repo whose card declares no base is resolved through the header of its
// .gguf file, read by one range request against the loopback Hub serving the silent-lineage
// recordings (fixtures/hub/silent: header bytes written with @huggingface/gguf's serializer).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/registry/load.js';
import { CachedSource, DiskCache } from '../../src/resolve/cache.js';
import { HubClient } from '../../src/resolve/hub-client.js';
import { resolveLineages, type ResolveRequest } from '../../src/resolve/lineage.js';
import { LockedSource, RecordingSource } from '../../src/resolve/lockfile.js';
import { classifyOrigin } from '../../src/classify/origin.js';
import { HUB_FIXTURES, startHubServer, type HubServer } from '../helpers/hub-server.js';

let hub: HubServer;
beforeAll(async () => {
  hub = await startHubServer({ dir: join(HUB_FIXTURES, 'silent') });
});
afterAll(async () => {
  await hub.close();
});
beforeEach(() => {
  hub.requests.length = 0;
});

const client = () => new HubClient({ hubUrl: hub.url, fetch: { backoffMs: 5, timeoutMs: 2000 } });
const hf = (id: string): ResolveRequest => ({ key: id, id, source: 'huggingface' });
const registry = loadRegistry();
const resolve = (ids: string[], source: ConstructorParameters<typeof RecordingSource>[0] = client()) =>
  resolveLineages(ids.map(hf), { hub: source, registry, maxDepth: 12, concurrency: 4 });
const headerRequests = () => hub.requests.filter((r) => r.path.endsWith('.gguf'));

describe('remote GGUF headers', () => {
  it('follows general.base_model.0.repo_url when the card is silent, and says the edge came from the header', async () => {
    const result = await resolve(['Orenguteng/Llama-3-8B-Lexi-Uncensored-GGUF']);
    const lineage = result.lineages.get('Orenguteng/Llama-3-8B-Lexi-Uncensored-GGUF')!;
    expect(lineage.roots).toEqual(['meta-llama/Meta-Llama-3-8B']);
    const edge = lineage.edges.find((e) => e.child === 'Orenguteng/Llama-3-8B-Lexi-Uncensored-GGUF')!;
    expect(edge).toMatchObject({ parent: 'Orenguteng/Llama-3-8B-Lexi-Uncensored', relation: 'quantized', declaredIn: 'gguf-header' });
    expect(edge.evidence).toContain('general.base_model.0.repo_url = https://huggingface.co/Orenguteng/Llama-3-8B-Lexi-Uncensored');
    // One range request for the header's first bytes, never the whole file.
    expect(headerRequests()).toHaveLength(1);
    expect(headerRequests()[0]!.headers.range).toMatch(/^bytes=0-\d+$/);
  });

  it('lets a header link beat the bare name the card prose gives', async () => {
    const result = await resolve(['ValueFX9507/Tifa-Deepsex-14b-CoT-GGUF-Q4']);
    const lineage = result.lineages.get('ValueFX9507/Tifa-Deepsex-14b-CoT-GGUF-Q4')!;
    expect(lineage.roots).toEqual(['Qwen/Qwen2.5-14B']);
    expect(lineage.edges[0]).toMatchObject({ parent: 'deepseek-ai/DeepSeek-R1-Distill-Qwen-14B', relation: 'finetune', declaredIn: 'gguf-header' });
    expect(result.nodes['ValueFX9507/Tifa-Deepsex-14b-CoT-GGUF-Q4']!.gguf).toMatchObject({
      architecture: 'qwen2',
      preTokenizer: 'deepseek-r1-qwen',
      basename: 'DeepSeek-R1-Distill-Qwen',
    });
  });

  it('keeps the pre-tokenizer of a header without bases as family evidence', async () => {
    const result = await resolve(['mystery-quant/Qwen-tokenizer-llama-GGUF']);
    expect(result.lineages.get('mystery-quant/Qwen-tokenizer-llama-GGUF')!.roots).toEqual(['mystery-quant/Qwen-tokenizer-llama-GGUF']);
    const node = result.nodes['mystery-quant/Qwen-tokenizer-llama-GGUF']!;
    expect(node.gguf).toMatchObject({ architecture: 'llama', preTokenizer: 'qwen2' });
    const origin = classifyOrigin({ id: node.id, source: 'huggingface', lineage: result.lineages.get(node.id)!, nodes: result.nodes }, registry);
    expect(origin.chineseOrigin).toBe(true);
    expect(origin.confidence).toBe('medium');
  });

  it('does not read a header when the card declares a base', async () => {
    await resolve(['TheBloke/Mistral-7B-Instruct-v0.2-GGUF']);
    expect(headerRequests()).toHaveLength(0);
  });

  it('caches the header: a warm run makes no request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-gguf-cache-'));
    const disk = () => new DiskCache({ dir, ttlMs: 3600_000, negativeTtlMs: 60_000 }, hub.url);
    const coldCache = disk();
    await resolve(['Orenguteng/Llama-3-8B-Lexi-Uncensored-GGUF'], new CachedSource(coldCache, client()));
    await coldCache.flush(); // writes run in the background
    const coldHeaders = headerRequests().length;
    hub.requests.length = 0;
    const warm = new CachedSource(disk(), client());
    const result = await resolve(['Orenguteng/Llama-3-8B-Lexi-Uncensored-GGUF'], warm);
    expect(coldHeaders).toBe(1);
    expect(hub.requests).toHaveLength(0);
    expect(result.lineages.get('Orenguteng/Llama-3-8B-Lexi-Uncensored-GGUF')!.roots).toEqual(['meta-llama/Meta-Llama-3-8B']);
  });

  it('locks the header, so a locked run resolves the same way with no Hub', async () => {
    const recording = new RecordingSource(client(), registry);
    await resolve(['Orenguteng/Llama-3-8B-Lexi-Uncensored-GGUF'], recording);
    const lock = recording.toLockfile('test', hub.url);
    expect(Object.keys(lock.files).some((k) => k.endsWith('.gguf#gguf-header'))).toBe(true);
    hub.requests.length = 0;
    const result = await resolve(['Orenguteng/Llama-3-8B-Lexi-Uncensored-GGUF'], new LockedSource(lock, 'modelprov.lock'));
    expect(hub.requests).toHaveLength(0);
    expect(result.lineages.get('Orenguteng/Llama-3-8B-Lexi-Uncensored-GGUF')!.roots).toEqual(['meta-llama/Meta-Llama-3-8B']);
  });

  it('reports a file that is not GGUF as a problem, not a crash', async () => {
    const answer = await client().getGgufHeader('Orenguteng/Llama-3-8B-Lexi-Uncensored-GGUF', 'README.md');
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.code).toBe('hub-malformed-response');
  });
});
