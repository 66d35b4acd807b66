export type EvidenceKind = 'declared-base' | 'namespace' | 'config' | 'gguf' | 'name' | 'registry' | 'fingerprint';
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
  basis?: 'fingerprint' | 'remote-code' | 'name';
  confidence?: Confidence;
}
