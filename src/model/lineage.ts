export type Relation = 'finetune' | 'adapter' | 'merge' | 'quantized' | 'unknown';
export type LineageStatus = 'resolved' | 'partial' | 'unresolved';

export interface LineageEdge {
  child: string;
  parent: string;
  relation: Relation;
}

/** Licence fields as a node declares them (card, tags or GGUF). */
export interface DeclaredLicence {
  license?: string | string[];
  licenseName?: string;
  licenseLink?: string;
}

/** One model on the Hub (or another source) as read at one revision. */
export interface LineageNode {
  id: string;
  /** Ids this node was also known by (renames, legacy ids, requested casing). */
  aliases: string[];
  source: string;
  sha?: string;
  author?: string;
  licence: DeclaredLicence;
  config?: { modelType?: string; architectures?: string[]; vocabSize?: number };
  gguf?: { architecture?: string; preTokenizer?: string };
  gated?: boolean | string;
  libraryName?: string;
  tags?: string[];
  /** Why this node could not be read, when it could not. */
  error?: { code: string; message: string };
}

export interface Lineage {
  status: LineageStatus;
  roots: string[];
  edges: LineageEdge[];
  /** Every node reachable from the model, including itself. */
  nodes: string[];
  /** Why the lineage is partial or unresolved. */
  problems: string[];
}
