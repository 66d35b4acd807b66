// Licence of every node on a lineage, normalised through the catalogue (src/registry/licences.yaml):
// SPDX where one exists, else a catalogued custom licence with its kind and summary, else `unknown`.
// A node that declares nothing gets a `licence-unknown` finding (no LicenceInfo: an SBOM must not
// claim a licence nobody declared). A derivative whose licence ranks above a root it descends
// from, or names different restrictive terms at the same rank, gets a `licence-drift` finding: the
// root's terms still bind it whatever the derivative's card says.
import type { LicenceFinding, LicenceInfo } from '../model/licence.js';
import type { DeclaredLicence, Lineage, LineageNode } from '../model/lineage.js';
import type { ClassifyInput } from './origin.js';
import type { LicenceEntry, Registry } from '../registry/load.js';

/** Kinds whose terms are compatible with being relabelled by a derivative (MIT code under Apache). */
const RELABEL_SAFE = new Set(['permissive', 'attribution']);

/**
 * One node's declared licence, normalised. `license: other` defers to `license_name`; a list of
 * licences resolves to the most restrictive catalogued one, since all of them apply.
 */
export function normaliseLicence(model: string, declared: DeclaredLicence, registry: Registry): LicenceInfo | undefined {
  const tags = (Array.isArray(declared.license) ? declared.license : [declared.license]).map((v) => v?.trim()).filter((v): v is string => !!v);
  const licenseName = declared.licenseName?.trim() || undefined;
  if (tags.length === 0 && !licenseName) return undefined;
  const link = declared.licenseLink?.trim() || undefined;

  // "other" and "unknown" say a custom licence follows in license_name.
  const specific = tags.filter((t) => !['other', 'unknown'].includes(t.toLowerCase()));
  // `license: other` with a license_link and no name (CogVideoX, LFM2.5 cards): the link may name it.
  if (specific.length === 0 && !licenseName && link) {
    const byLink = licenceFromLink(link, registry);
    if (byLink)
      return {
        model,
        id: byLink.key,
        name: byLink.name,
        spdx: byLink.spdx,
        kind: byLink.kind,
        summary: `${byLink.summary} (named by its license_link, not declared)`,
        link,
      };
  }
  const keys = [...specific, ...(licenseName ? [licenseName] : []), ...(specific.length || licenseName ? [] : tags)];
  const found = keys.map((k) => ({ declared: k, entry: lookup(k, registry) }));
  const known = found.filter((f): f is { declared: string; entry: LicenceEntry } => !!f.entry && f.entry.kind !== 'unknown');
  if (known.length > 0) {
    const strictest = known.reduce((a, b) => (b.entry.rank < a.entry.rank ? b : a));
    const others = known.filter((k) => k.entry.key !== strictest.entry.key).map((k) => k.entry.key);
    const summary = others.length ? `${strictest.entry.summary} (also declares ${[...new Set(others)].join(', ')})` : strictest.entry.summary;
    const url = link ?? strictest.entry.url;
    return {
      model,
      id: strictest.entry.key,
      name: strictest.entry.name,
      spdx: strictest.entry.spdx,
      kind: strictest.entry.kind,
      summary,
      ...(url ? { link: url } : {}),
    };
  }
  const named = licenseName ?? specific[0];
  if (named) {
    return {
      model,
      id: named.toLowerCase(),
      name: named,
      spdx: null,
      kind: 'unknown',
      summary: 'not in the licence catalogue: read the licence text',
      ...(link ? { link } : {}),
    };
  }
  // Only "other" (or "unknown") and no name: catalogued as an unnamed custom licence.
  const entry = lookup(tags[0]!, registry)!;
  return { model, id: entry.key, name: entry.name, spdx: null, kind: 'unknown', summary: entry.summary, ...(link ? { link } : {}) };
}

const linkKey = (url: string) =>
  url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/(blob|resolve|raw)\/[^/]+\//, '/-/')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');

/**
 * A licence named only by its link: the catalogue entry at that URL, or the one custom licence of
 * the family whose Hub repo the link points into (`huggingface.co/LiquidAI/<repo>/blob/main/LICENSE`
 * -> lfm1.0). A family with several licences (THUDM's GLM and Cog* models) names none.
 */
function licenceFromLink(link: string, registry: Registry): LicenceEntry | undefined {
  const target = linkKey(link);
  for (const entry of new Set(registry.licences.values())) if (entry.url && linkKey(entry.url) === target) return entry;
  const hub = /^(?:huggingface\.co|hf\.co)\/([^/]+)\/[^/]+\/-\/license(?:\.md|\.txt)?$/.exec(target);
  if (!hub) return undefined;
  const owners = registry.byNamespaceLower.get(hub[1]!) ?? [];
  const terms = new Set(owners.flatMap((f) => (f.licences ?? []).map((l) => (l.license === 'other' ? l.name : l.license)).filter((k): k is string => !!k)));
  if (owners.length !== 1 || terms.size !== 1) return undefined;
  const entry = lookup([...terms][0]!, registry);
  return entry && entry.kind !== 'unknown' ? entry : undefined;
}

/** Catalogue lookup by key or alias, forgiving case, spaces and underscores ("Apache 2.0", "modified_mit"). */
function lookup(value: string, registry: Registry): LicenceEntry | undefined {
  const lower = value.trim().toLowerCase();
  return registry.licences.get(lower) ?? registry.licences.get(lower.replace(/[\s_]+/g, '-'));
}

export function classifyLicences(input: ClassifyInput, registry: Registry): { licenses: LicenceInfo[]; findings: LicenceFinding[] } {
  const roots = new Set(input.lineage.roots);
  const ancestors = input.lineage.nodes.filter((n) => n !== input.id && !roots.has(n));
  const order = [input.id, ...ancestors, ...input.lineage.roots.filter((r) => r !== input.id)];
  const licenses: LicenceInfo[] = [];
  const findings: LicenceFinding[] = [];
  for (const id of order) {
    const node = input.nodes[id];
    // An unreadable node is a lineage problem, reported there; its licence is simply not known.
    if (node?.error || (!node && id !== input.id)) continue;
    const local = id === input.id && input.facts ? { license: input.facts.license, licenseName: input.facts.licenseName } : undefined;
    const declared = hasLicence(node?.licence) ? withRepoLink(node!.licence, node!) : local;
    const info = declared ? normaliseLicence(id, declared, registry) : undefined;
    if (!info) {
      if (node || local) findings.push({ kind: 'licence-unknown', model: id, detail: `${id} declares no licence: its terms cannot be checked` });
      continue;
    }
    if (roots.has(id)) info.root = true;
    licenses.push(info);
  }
  findings.push(...driftFindings(input, licenses, registry));
  return { licenses, findings };
}

/**
 * `license_link: LICENSE` (or `LICENSE.md`, `./docs/LICENSE.txt`) names a file in the repo that
 * declares it: each copy of a card points at its own repo's file. On a Hub node it becomes that
 * file's URL at the commit that was read, so the report links to the text, and a custom licence
 * named only by its link is found in the catalogue like a full URL.
 */
function withRepoLink(declared: DeclaredLicence, node: LineageNode): DeclaredLicence {
  const link = declared.licenseLink?.trim();
  if (!link || node.source !== 'huggingface' || !isRepoRelative(link)) return declared;
  const path = link
    .replace(/^\.?\//, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  return { ...declared, licenseLink: `https://huggingface.co/${node.id}/blob/${node.sha ?? 'main'}/${path}` };
}

/** A path inside the repo, not a URL: no scheme, and no host as first segment ("huggingface.co/...", "www.apache.org/..."). */
function isRepoRelative(link: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) return false;
  const [first = '', ...rest] = link.replace(/^\.\//, '').split('/');
  const host = rest.length > 0 && /^(?:[\w-]+\.)+[a-z]{2,}$/i.test(first) && !/\.(?:md|txt|pdf|html?)$/i.test(first);
  return first !== '' && !host;
}

function hasLicence(declared: DeclaredLicence | undefined): declared is DeclaredLicence {
  if (!declared) return false;
  const tags = Array.isArray(declared.license) ? declared.license : [declared.license];
  return tags.some((t) => !!t?.trim()) || !!declared.licenseName?.trim();
}

/** Every derivative against each root it descends from. */
function driftFindings(input: ClassifyInput, licenses: LicenceInfo[], registry: Registry): LicenceFinding[] {
  const byModel = new Map(licenses.map((l) => [l.model, l]));
  const rank = (info: LicenceInfo) => lookup(info.id, registry)?.rank ?? 0;
  const findings: LicenceFinding[] = [];
  // A quantization that copies its parent's drifted licence repeats the same finding: said once,
  // on the node nearest the model (licences are in that order).
  const said = new Set<string>();
  for (const own of licenses) {
    if (own.root || own.kind === 'unknown') continue;
    for (const rootId of rootsOf(own.model, input.lineage)) {
      const root = byModel.get(rootId);
      if (!root || root.kind === 'unknown' || root.id === own.id || said.has(`${own.id}|${rootId}`)) continue;
      said.add(`${own.id}|${rootId}`);
      const ownLabel = `${own.spdx ?? own.id} (${own.kind})`;
      const rootLabel = `${root.model}'s ${root.spdx ?? root.id} (${root.kind})`;
      if (rank(own) > rank(root) && !(RELABEL_SAFE.has(own.kind) && RELABEL_SAFE.has(root.kind) && own.kind === root.kind)) {
        findings.push({
          kind: 'licence-drift',
          model: own.model,
          detail: `${own.model} declares ${ownLabel}, more permissive than its root ${rootLabel}: the root's terms still apply`,
        });
      } else if (!RELABEL_SAFE.has(root.kind) && (own.kind !== root.kind || rank(own) === rank(root))) {
        findings.push({
          kind: 'licence-drift',
          model: own.model,
          detail: `${own.model} declares ${ownLabel}, inconsistent with its root ${rootLabel}: check which terms bind it`,
        });
      } else if (RELABEL_SAFE.has(root.kind) && own.kind !== root.kind) {
        // A stricter licence on a permissive root is the publisher's right; worth a note, not an alarm.
        findings.push({
          kind: 'licence-drift',
          model: own.model,
          detail: `${own.model} declares ${ownLabel}, different from its root ${rootLabel}: the derivative adds its own terms`,
        });
      }
    }
  }
  return findings;
}

/** Roots reachable from a node along declared edges. */
function rootsOf(nodeId: string, lineage: Lineage): string[] {
  const roots = new Set(lineage.roots);
  const found: string[] = [];
  const seen = new Set([nodeId]);
  const queue = [nodeId];
  while (queue.length) {
    const current = queue.shift()!;
    for (const edge of lineage.edges) {
      if (edge.child !== current || seen.has(edge.parent)) continue;
      seen.add(edge.parent);
      if (roots.has(edge.parent)) found.push(edge.parent);
      queue.push(edge.parent);
    }
  }
  return found;
}
