// What an Origin cell says, in every format: the country, the families, on what basis and with
// which confidence ("CN Qwen (declared base, high)", "CN? Yi (name, low)"), and for a model whose
// origin cannot be told, why ("unknown (offline)", "unknown (no base declared)"). A guess never
// reads like a fact: a "?" follows the country whenever Chinese origin is not established.
import type { Confidence, EvidenceKind, FamilyAttribution } from '../model/origin.js';
import type { ModelReport, Report } from '../model/report.js';

export interface OriginLabel {
  /** "CN", "US,FR", "CN?" (a guess or an incomplete lineage), or "unknown" (no family at all). */
  head: string;
  /** Whether the head marks Chinese origin: established, a guess, or neither. */
  chinese: 'yes' | 'guess' | 'no';
  /** Family short names, nearest first. */
  families: string[];
  /** "declared base, high": the evidence that put the first family there, and its confidence. */
  basis?: string;
  /** Why the origin is open: "offline", "base gated", "no base declared"... */
  why?: string;
}

const BASIS_ORDER: EvidenceKind[] = ['declared-base', 'namespace', 'registry', 'gguf', 'config', 'fingerprint', 'licence', 'name'];
const BASIS_WORDS: Record<EvidenceKind, string> = {
  'declared-base': 'declared base',
  namespace: 'namespace',
  registry: 'registry',
  gguf: 'GGUF',
  config: 'config',
  fingerprint: 'fingerprint',
  licence: 'licence',
  name: 'name',
};
const RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

/** Error codes that leave a lineage open, in the words an Origin cell uses. */
const WHY_BY_CODE: Record<string, string> = {
  'offline-miss': 'offline',
  'lock-miss': 'not in lockfile',
  'hub-gated': 'gated',
  'hub-unauthorized': 'gated',
  'hub-not-found': 'not found',
  'hub-rate-limited': 'Hub rate limit',
  'hub-server-error': 'Hub error',
  'hub-timeout': 'Hub timeout',
  'hub-network-error': 'Hub unreachable',
  'hub-malformed-response': 'Hub error',
  'lineage-cycle': 'lineage cycle',
  'lineage-depth-cap': 'depth cap',
  'unresolvable-reference': 'not a Hub id',
};

export type ErrorIndex = Map<string, { code?: string }[]>;

/** The report's errors by the model they name, built once per report. */
export function indexErrors(report: Pick<Report, 'errors'>): ErrorIndex {
  const index: ErrorIndex = new Map();
  for (const e of report.errors) if (e.model) index.set(e.model, [...(index.get(e.model) ?? []), e]);
  return index;
}

export function originLabel(m: ModelReport, errors: ErrorIndex): OriginLabel {
  const firm = m.origin.families.filter((f) => f.confidence !== 'low');
  // Decided on names alone (low confidence), the low families are what decided it.
  const cnFirm = firm.some((f) => f.country === 'CN') ? firm.filter((f) => f.country === 'CN') : m.origin.families.filter((f) => f.country === 'CN');
  const why = m.origin.chineseOrigin === null ? whyUnknown(m, errors) : undefined;
  if (m.origin.chineseOrigin === true) {
    // The Chinese families first: they are what the cell is about.
    const ordered = [...cnFirm, ...m.origin.families.filter((f) => !cnFirm.includes(f))];
    return { head: 'CN', chinese: 'yes', families: names(ordered), basis: basisOf(m, cnFirm) };
  }
  if (m.origin.chineseOrigin === false) {
    const basis = firm.length ? firm : m.origin.families;
    // Not Chinese as far as the lineage was read: a gap stays visible ("FR?", "not found").
    const open = m.lineage.status !== 'resolved';
    return {
      head: `${countries(basis) || 'non-CN'}${open ? '?' : ''}`,
      chinese: 'no',
      families: names(m.origin.families),
      basis: basisOf(m, basis),
      ...(open ? { why: whyUnknown(m, errors) } : {}),
    };
  }
  // Open: a Chinese family read from the name alone is still named, as a guess.
  const cnGuess = m.origin.families.filter((f) => f.country === 'CN');
  if (cnGuess.length) return { head: 'CN?', chinese: 'guess', families: names(m.origin.families), basis: basisOf(m, cnGuess), why };
  if (m.origin.families.length)
    return { head: `${countries(m.origin.families)}?`, chinese: 'no', families: names(m.origin.families), basis: basisOf(m, m.origin.families), why };
  return { head: 'unknown', chinese: 'no', families: [], why };
}

/** "CN Qwen, Arcee (declared base, high)", "unknown (offline)": the cell as one line of text. */
export function originText(label: OriginLabel): string {
  const families = label.families.length ? ` ${label.families.join(', ')}` : '';
  const aside = [label.basis, label.why].filter(Boolean).join('; ');
  return `${label.head}${families}${aside ? ` (${aside})` : ''}`;
}

/** Why a model's origin is open: the first lookup that failed on its lineage, else what the lineage lacks. */
export function whyUnknown(m: ModelReport, errors: ErrorIndex): string {
  const nodes = m.lineage.nodes.length ? m.lineage.nodes : [m.id];
  for (const node of [m.id, ...nodes.filter((n) => n !== m.id)])
    for (const e of errors.get(node) ?? []) {
      const words = e.code ? WHY_BY_CODE[e.code] : undefined;
      if (words) return node === m.id ? words : `base ${words}`;
    }
  if (m.lineage.status !== 'resolved') return `lineage ${m.lineage.status}`;
  if (m.origin.suspectedBases?.length) return 'base not declared, suspected';
  if (m.source === 'local') return 'local, no base declared';
  if (m.source === 'api') return 'provider not in registry';
  if (m.source === 'ollama') return 'not in Ollama registry';
  return m.lineage.edges.length ? 'no known family on lineage' : 'no base declared';
}

/** The strongest confidence of a set of attributions (the model's confidence of Chinese origin, for its CN families). */
export function bestConfidence(families: FamilyAttribution[]): Confidence | undefined {
  return families.map((f) => f.confidence).sort((a, b) => RANK[a] - RANK[b])[0];
}

function names(families: FamilyAttribution[]): string[] {
  return [...new Set(families.map((f) => f.family.replace(/ \(.*\)$/, '')))];
}

function countries(families: FamilyAttribution[]): string {
  return [...new Set(families.map((f) => f.country))].join(',');
}

/** The evidence kind that put the nearest of these families on the lineage, with its confidence. */
function basisOf(m: ModelReport, families: FamilyAttribution[]): string | undefined {
  const first = families[0];
  if (!first) return undefined;
  const group = families.filter((f) => f.familyId === first.familyId);
  // The model's own node decides when it is of the family itself (Qwen's own Instruct model is Qwen by namespace).
  const own = group.filter((f) => f.via === m.id);
  const vias = new Set((own.length ? own : group).map((f) => f.via));
  const kinds = new Set(m.origin.evidence.filter((e) => e.node !== undefined && vias.has(e.node)).map((e) => e.kind));
  const kind = BASIS_ORDER.find((k) => kinds.has(k));
  const confidence = bestConfidence(group);
  return [kind && BASIS_WORDS[kind], confidence].filter(Boolean).join(', ') || undefined;
}
