import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../src/resolve/hub-fetch.js';
import { parseHubModel } from '../../src/resolve/hub-model.js';
import { loadRegistry } from '../../src/registry/load.js';

// A stand-in model id (`org/model` itself is a placeholder pair, never a Hub id).
const parse = (data: Record<string, unknown>, id = 'acme/chat-7b') => parseHubModel({ id, ...data }, id, loadRegistry());

describe('parseHubModel', () => {
  it('prefers base_model_relation, then the tag relation, and keeps the Hub casing from tags', () => {
    const parsed = parse({
      cardData: { base_model: 'https://huggingface.co/qwen/qwen2.5-7b' },
      tags: ['base_model:Qwen/Qwen2.5-7B', 'base_model:quantized:Qwen/Qwen2.5-7B', 'region:us'],
    });
    expect(parsed.parents).toEqual([{ id: 'Qwen/Qwen2.5-7B', relation: 'quantized', declaredIn: 'card' }]);
    const declared = parse({ cardData: { base_model: 'Qwen/Qwen2.5-7B', base_model_relation: 'adapter' }, tags: ['base_model:finetune:Qwen/Qwen2.5-7B'] });
    expect(declared.parents[0]!.relation).toBe('adapter');
  });

  it('reads a list of bases as a merge and keeps every parent', () => {
    const parsed = parse({ cardData: { base_model: ['Qwen/Qwen2.5-7B-Instruct', 'meta-llama/Llama-3.1-8B-Instruct'] } });
    expect(parsed.parents.map((p) => [p.id, p.relation])).toEqual([
      ['Qwen/Qwen2.5-7B-Instruct', 'merge'],
      ['meta-llama/Llama-3.1-8B-Instruct', 'merge'],
    ]);
  });

  it('reads baseModels in both shapes the Hub has used', () => {
    expect(parse({ baseModels: { relation: 'finetune', models: [{ id: 'org-a/model-b' }] } }).parents).toEqual([
      { id: 'org-a/model-b', relation: 'finetune', declaredIn: 'baseModels' },
    ]);
    expect(parse({ baseModels: [{ id: 'org-a/model-b' }] }).parents[0]!.id).toBe('org-a/model-b');
  });

  it('reports base values that are not Hub ids and drops a self-reference', () => {
    const parsed = parse({ cardData: { base_model: ['/home/me/checkpoints/final', 'acme/chat-7b', 'quantized:???'] } });
    expect(parsed.parents).toEqual([]);
    expect(parsed.selfReference).toBe(true);
    expect(parsed.badBases).toEqual(['/home/me/checkpoints/final', 'quantized:???']);
  });

  it('survives wrong types anywhere without throwing', () => {
    const parsed = parse({ cardData: 'oops', tags: 42, config: [], siblings: { a: 1 }, baseModels: 'x', license: {} });
    expect(parsed.parents).toEqual([]);
    expect(parsed.node.licence).toEqual({ license: undefined, licenseName: undefined, licenseLink: undefined });
  });

  it('takes the licence from the card, custom names included, else from the license: tag', () => {
    expect(parse({ cardData: { license: 'other', license_name: 'qwen-research', license_link: 'LICENSE' } }).node.licence).toEqual({
      license: 'other',
      licenseName: 'qwen-research',
      licenseLink: 'LICENSE',
    });
    expect(parse({ tags: ['license:mit'] }).node.licence.license).toBe('mit');
  });

  it('asks for adapter_config.json only when an adapter declares no base', () => {
    expect(parse({ siblings: [{ rfilename: 'adapter_config.json' }], library_name: 'peft' }).needsAdapterConfig).toBe(true);
    const viaDigest = parse({ siblings: [{ rfilename: 'adapter_config.json' }], config: { peft: { base_model_name_or_path: 'Qwen/Qwen2.5-7B' } } });
    expect(viaDigest.parents).toEqual([{ id: 'Qwen/Qwen2.5-7B', relation: 'adapter', declaredIn: 'config.peft' }]);
    expect(viaDigest.needsAdapterConfig).toBe(false);
  });
});

describe('retryDelayMs', () => {
  it('reads Retry-After seconds and dates, and the RateLimit reset only when nothing remains', () => {
    expect(retryDelayMs(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(retryDelayMs(new Headers({ 'retry-after': new Date(10_000).toUTCString() }), 4000)).toBe(6000);
    expect(retryDelayMs(new Headers({ ratelimit: '"api";r=0;t=42' }))).toBe(42_000);
    expect(retryDelayMs(new Headers({ ratelimit: '"api";r=12;t=42' }))).toBeUndefined();
  });
});
