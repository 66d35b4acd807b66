// Licence of every node on a lineage, normalised through the catalogue (src/registry/licences.yaml):
// SPDX where one exists, else a catalogued custom licence with its kind, else `unknown`. A model
// whose declared licence is more permissive than, or inconsistent with, its root's is a finding.
import type { LicenceFinding, LicenceInfo } from '../model/licence.js';
import type { DeclaredLicence } from '../model/lineage.js';
import type { ClassifyInput } from './origin.js';
import type { Registry } from './registry.js';

export function normaliseLicence(model: string, declared: DeclaredLicence, registry: Registry): LicenceInfo | undefined {
  const raw = Array.isArray(declared.license) ? declared.license.join(', ') : declared.license;
  const value = raw?.trim().toLowerCase();
  const name = declared.licenseName?.trim().toLowerCase();
  if (!value && !name) return undefined;
  const key = (value === 'other' || !value) && name ? name : value!;
  const entry = registry.licences.get(key) ?? (name ? registry.licences.get(name) : undefined);
  const link = declared.licenseLink;
  if (!entry) return { model, id: key, name: declared.licenseName ?? raw ?? key, spdx: null, kind: 'unknown', summary: 'not in the licence catalogue: read the licence text', ...(link ? { link } : {}) };
  return { model, id: entry.key, name: entry.name, spdx: entry.spdx, kind: entry.kind, ...(entry.summary ? { summary: entry.summary } : {}), ...(link ? { link } : {}) };
}

export function classifyLicences(input: ClassifyInput, registry: Registry): { licenses: LicenceInfo[]; findings: LicenceFinding[] } {
  const roots = new Set(input.lineage.roots);
  const order = [input.id, ...input.lineage.nodes.filter((n) => n !== input.id && !roots.has(n)), ...input.lineage.roots.filter((r) => r !== input.id)];
  const licenses: LicenceInfo[] = [];
  const findings: LicenceFinding[] = [];
  for (const id of order) {
    const node = input.nodes[id];
    const declared = node?.licence ?? (id === input.id && input.facts ? { license: input.facts.license, licenseName: input.facts.licenseName } : undefined);
    if (node?.error || (!node && id !== input.id)) continue;
    const info = declared ? normaliseLicence(id, declared, registry) : undefined;
    if (!info) {
      if (node) findings.push({ kind: 'licence-unknown', model: id, detail: `${id} declares no licence` });
      continue;
    }
    if (roots.has(id)) info.root = true;
    licenses.push(info);
  }
  const own = licenses.find((l) => l.model === input.id);
  const rank = (kind: string) => registry.ranks[kind] ?? 0;
  for (const root of licenses.filter((l) => l.root && l.model !== input.id)) {
    if (!own || own.kind === 'unknown' || root.kind === 'unknown') continue;
    if (rank(own.kind) > rank(root.kind))
      findings.push({ kind: 'licence-drift', model: input.id, detail: `${input.id} declares ${own.spdx ?? own.id} (${own.kind}), more permissive than its root ${root.model}'s ${root.spdx ?? root.id} (${root.kind}): the root's terms still apply` });
    else if (own.kind !== root.kind)
      findings.push({ kind: 'licence-drift', model: input.id, detail: `${input.id} declares ${own.spdx ?? own.id} (${own.kind}), different from its root ${root.model}'s ${root.spdx ?? root.id} (${root.kind})` });
  }
  return { licenses, findings };
}
