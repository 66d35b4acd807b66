import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry, RegistryError } from '../../src/classify/index.js';

const registry = loadRegistry();

describe('family registry', () => {
  it('loads every family with sources, a review date and an ISO country', () => {
    expect(registry.families.length).toBeGreaterThanOrEqual(72);
    for (const f of registry.families) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      expect(f.country, f.id).toMatch(/^[A-Z]{2}$/);
      expect(f.reviewed, f.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('gives every namespace one owner, except where the model type decides (google, openai)', () => {
    const shared = [...registry.byNamespace.entries()].filter(([, families]) => families.length > 1).map(([ns]) => ns);
    expect(shared.sort()).toEqual(['google', 'openai']);
  });

  it('never lets a shared architecture class attribute on its own', () => {
    expect(registry.byArchitecture.get('LlamaForCausalLM')).toBeUndefined();
    expect(registry.byGgufArchitecture.get('llama')).toBeUndefined();
    expect(registry.byModelType.get('qwen2')?.id).toBe('qwen');
  });

  it('lists as datasets only repositories of namespaces that publish models, the ones a whole value could be taken for a model by', () => {
    // families.yaml `dataset_repos` (InternLM/xtuner's `judger_name="openai/gsm8k"`): the loader requires a source for each.
    expect(registry.datasetRepos.has('openai/gsm8k')).toBe(true);
    for (const id of registry.datasetRepos) {
      const org = id.slice(0, id.indexOf('/'));
      expect(registry.byNamespaceLower.has(org) || [...registry.repackagers].some((r) => r.toLowerCase() === org), id).toBe(true);
    }
  });

  it('knows every licence a family declares', () => {
    const keys = new Set(registry.licences.keys());
    const unknown = registry.families.flatMap((f) =>
      (f.licences ?? [])
        .map((l) => (l.license === 'other' ? l.name : l.license))
        .filter((k) => k && !keys.has(k.toLowerCase()))
        .map((k) => `${f.id}: ${k}`),
    );
    expect(unknown.length).toBeLessThan(12);
  });

  it('lets a user file add and override families, and names the file and entry when one is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-registry-'));
    const good = join(dir, 'extra.yaml');
    writeFileSync(
      good,
      `families:\n  - {id: acme, family: Acme LM, developer: Acme Corp, country: US, org_kind: company, hf_namespaces: [acme-ai], sources: ['https://acme.example'], reviewed: '2026-11-25'}\n`,
    );
    expect(loadRegistry({ extraFiles: [good] }).byNamespace.get('acme-ai')?.[0]?.id).toBe('acme');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      `families:\n  - {id: broken, family: B, developer: B, country: China, org_kind: company, hf_namespaces: [], sources: [x], reviewed: '2026-11-25'}\n`,
    );
    expect(() => loadRegistry({ extraFiles: [bad] })).toThrow(RegistryError);
    expect(() => loadRegistry({ extraFiles: [bad] })).toThrow(/bad\.yaml: families\[0\] \(broken\): country must be an ISO 3166-1 alpha-2 code/);
    writeFileSync(
      bad,
      `families:\n  - {id: typo, family: T, developer: T, country: US, org_kind: company, hf_namespace: [t], hf_namespaces: [], sources: [x], reviewed: '2026-11-25'}\n`,
    );
    expect(() => loadRegistry({ extraFiles: [bad] })).toThrow(/unknown field "hf_namespace"/);
  });
});
