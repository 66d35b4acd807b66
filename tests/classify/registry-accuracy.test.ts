// The registry's name hints against real Hub ids of known families (fixtures/registry/known-hub-ids.yaml):
// read by its name alone, a model may be given its own family or none, never another one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { classifyOrigin, loadRegistry } from '../../src/classify/index.js';

const registry = loadRegistry();
const known = parse(readFileSync(join(import.meta.dirname, '../../fixtures/registry/known-hub-ids.yaml'), 'utf8')) as Record<string, string[]>;
// "org/name +qwen": the name also names the family of its base, which is no error.
const cases = Object.entries(known).flatMap(([family, ids]) =>
  ids.map((entry) => {
    const [id, also = ''] = entry.split(/\s+\+/);
    return { family, id: id!, allowed: new Set([family, ...also.split(',').filter(Boolean)]) };
  }),
);

/** The families a model's name alone suggests: the repo name under a namespace no family owns. */
function familiesByName(id: string): string[] {
  const anonymous = `someone-else/${id.split('/').pop()}`;
  const lineage = { status: 'unresolved' as const, roots: [], edges: [], nodes: [anonymous], problems: [] };
  return classifyOrigin({ id: anonymous, source: 'huggingface', lineage, nodes: {} }, registry).families.map((f) => f.familyId);
}

describe('registry name hints on real Hub ids', () => {
  it('covers 500+ ids of the registry families and of models no family owns', () => {
    expect(cases.length).toBeGreaterThanOrEqual(500);
    for (const family of Object.keys(known))
      if (family !== 'none')
        expect(
          registry.families.some((f) => f.id === family),
          family,
        ).toBe(true);
  });

  it('never gives a model another family by its name', () => {
    const wrong = cases
      .map(({ family, id, allowed }) => ({ id, family, named: familiesByName(id).filter((f) => !allowed.has(f)) }))
      .filter((c) => c.named.length > 0)
      .map((c) => `${c.id} (${c.family}) named ${c.named.join(', ')}`);
    expect(wrong).toEqual([]);
  });

  it('recognises most families by name where the name carries it', () => {
    const named = cases.filter(({ family, id }) => family !== 'none' && familiesByName(id).includes(family));
    expect(named.length / cases.filter((c) => c.family !== 'none').length).toBeGreaterThan(0.6);
  });
});
