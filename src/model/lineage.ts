export type Relation = 'finetune' | 'adapter' | 'merge' | 'quantized' | 'unknown';
export type LineageStatus = 'resolved' | 'partial' | 'unresolved';

export interface LineageEdge {
  child: string;
  parent: string;
  relation: Relation;
  /** Set for edges the front matter does not declare: 'card-text' (a card sentence), 'repackager-name' (a copy's name, confirmed on the Hub), 'gguf-header' (general.base_model.N of a .gguf file's header). */
  declaredIn?: 'card-text' | 'repackager-name' | 'gguf-header';
  /** The card sentence or GGUF header key naming the parent. */
  evidence?: string;
}

/** Licence fields as a node declares them (card, tags or GGUF). */
export interface DeclaredLicence {
  license?: string | string[];
  licenseName?: string;
  licenseLink?: string;
}

/**
 * A base the metadata names in a form that is not a Hub id: a trainer's local path, a cache
 * folder, a ModelScope id, a bare model name. `derivedId` is the Hub id read from it when that is
 * certain enough to follow (an HF cache folder, or a path ending in a known namespace + name);
 * otherwise `name` (its last segment) is evidence only.
 */
export interface LocalBase {
  value: string;
  declaredIn: string;
  kind: 'local-path' | 'hf-cache' | 'modelscope-cache' | 'modelscope' | 'bare-name';
  name?: string;
  derivedId?: string;
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
  config?: {
    modelType?: string;
    architectures?: string[];
    vocabSize?: number;
    /** Repos whose code `auto_map` loads (`deepseek-ai/DeepSeek-V3--modeling_deepseek.X`). */
    remoteCode?: string[];
  };
  gguf?: { architecture?: string; preTokenizer?: string; basename?: string };
  gated?: boolean | string;
  libraryName?: string;
  tags?: string[];
  /** Bases declared in a form that is not a Hub id (see LocalBase). */
  localBases?: LocalBase[];
  /** What a card says about the original without naming it as a base (TheBloke's model_creator, model_name). */
  cardHints?: { modelCreator?: string; modelName?: string };
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

/**
 * Where a model's own node sits in a report's `nodes`: its id, or `id@revision` for a pinned
 * reference (the pinned revision's facts can differ from the default branch's: base, licence, sha).
 */
export const nodeKey = (id: string, revision?: string): string => (revision ? `${id}@${revision}` : id);
