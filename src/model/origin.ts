export type EvidenceKind = 'declared-base' | 'namespace' | 'config' | 'gguf' | 'name' | 'registry' | 'fingerprint' | 'licence';
export type Confidence = 'high' | 'medium' | 'low';

export interface FamilyAttribution {
  family: string;
  familyId: string;
  organisation: string;
  /** The group that owns the developer (Alibaba Group for the Qwen team), when different. */
  parentOrganisation?: string;
  country: string;
  /** The node whose facts put this family on the lineage. */
  via: string;
  confidence: Confidence;
}

export interface Evidence {
  kind: EvidenceKind;
  detail: string;
  node?: string;
  confidence?: Confidence;
}

export interface Origin {
  chineseOrigin: boolean | null;
  /**
   * How firmly chineseOrigin was decided, by the strongest evidence behind it: high (declared
   * lineage, an official namespace), medium (card text, config + tokenizer fingerprint, a
   * family's own licence), low (a name only). Absent when chineseOrigin is null.
   */
  confidence?: Confidence;
  families: FamilyAttribution[];
  evidence: Evidence[];
  /**
   * "likely derived from X": undeclared lineage caught by a config fingerprint (medium), by the
   * repo code it loads (medium), or by a name only (low: a repackager's copy that declares no
   * base, a base declared as a local path or bare name).
   */
  suspectedBases?: SuspectedBase[];
}

export interface SuspectedBase {
  family: string;
  familyId: string;
  via: string;
  detail: string;
  basis?: 'fingerprint' | 'remote-code' | 'licence' | 'name';
  confidence?: Confidence;
}

// The kinds that attribute a family to a node; config fingerprints only corroborate (and may be
// about another family on the same node), so they are not named as the basis.
const KIND_ORDER: EvidenceKind[] = ['declared-base', 'namespace', 'gguf', 'registry', 'fingerprint', 'licence', 'name'];

/**
 * Which node put each family on the lineage, and on what evidence, one clause per family:
 * "Qwen (CN) via Qwen/Qwen2.5-14B-Instruct, Qwen/Qwen2.5-14B (evidence: declared-base, namespace, config)".
 * Every report that says "Chinese origin" (or a rule matched a country) says it with this.
 */
export function familyBasis(
  origin: Origin,
  families: FamilyAttribution[],
  options: { organisation?: boolean; maxVias?: number; lineage?: { start: string; edges: { child: string; parent: string }[] } } = {},
): string[] {
  const maxVias = options.maxVias ?? 3;
  // Nearest node first: the model itself, its declared base, then that base's base.
  const distance = new Map<string, number>();
  if (options.lineage) {
    const queue = [options.lineage.start];
    distance.set(options.lineage.start, 0);
    while (queue.length) {
      const id = queue.shift()!;
      for (const e of options.lineage.edges)
        if (e.child === id && !distance.has(e.parent)) (distance.set(e.parent, distance.get(id)! + 1), queue.push(e.parent));
    }
  }
  const near = (a: string, b: string) => (distance.get(a) ?? Infinity) - (distance.get(b) ?? Infinity);
  const groups = new Map<string, FamilyAttribution[]>();
  for (const f of families) groups.set(f.familyId, [...(groups.get(f.familyId) ?? []), f]);
  const nearest = (group: FamilyAttribution[]) => Math.min(...group.map((f) => distance.get(f.via) ?? Infinity));
  return [...groups.values()]
    .sort((a, b) => nearest(a) - nearest(b))
    .map((group) => {
      const first = group[0]!;
      const vias = [...new Set(group.map((f) => f.via))].sort(near);
      const kinds = new Set(origin.evidence.filter((e) => e.node !== undefined && vias.includes(e.node)).map((e) => e.kind));
      const ordered = KIND_ORDER.filter((k) => kinds.has(k));
      const who = options.organisation ? `${first.organisation}, ${first.country}` : first.country;
      const shown = vias.length > maxVias ? `${vias.slice(0, maxVias).join(', ')} and ${vias.length - maxVias} more` : vias.join(', ');
      const low = group.every((f) => f.confidence === 'low') ? ', low confidence' : '';
      return `${first.family} (${who}) via ${shown}${ordered.length || low ? ` (evidence: ${ordered.join(', ')}${low})` : ''}`;
    });
}
