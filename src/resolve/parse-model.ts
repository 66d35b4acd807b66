// Reads lineage facts out of one Hub model JSON. Metadata is user-written and untrusted: every
// field is type-checked, odd base_model values are normalised or reported, nothing throws.
import { parseHubReference } from '../extract/shared/model-id.js';
import type { LineageNode, Relation } from '../model/lineage.js';
import type { HubModelJson } from './hub-source.js';

export interface ParentLink {
  id: string;
  relation: Relation;
  /** Where the link was declared: card, tag, baseModels, adapter_config.json. */
  declaredIn: string;
}

export interface ParsedModel {
  node: LineageNode;
  parents: ParentLink[];
  /** base_model values that are not Hub ids (local paths, junk), reported as problems. */
  badBases: string[];
  /** True when an adapter_config.json exists and no base was declared elsewhere. */
  needsAdapterConfig: boolean;
  /** The card named the model itself as its base (the edge is dropped and reported). */
  selfReference: boolean;
}

const RELATIONS = new Set<Relation>(['finetune', 'adapter', 'merge', 'quantized']);

const asString = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const asStrings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

function asRelation(value: unknown): Relation | undefined {
  const text = asString(value)?.toLowerCase();
  return text && RELATIONS.has(text as Relation) ? (text as Relation) : undefined;
}

export function parseHubModel(data: HubModelJson, requestedId: string, source = 'huggingface'): ParsedModel {
  const id = asString(data.id) ?? requestedId;
  const card = asRecord(data.cardData);
  const config = asRecord(data.config);
  const tags = asStrings(data.tags);
  const siblings = Array.isArray(data.siblings)
    ? data.siblings.map((s) => asString(asRecord(s).rfilename)).filter((s): s is string => !!s)
    : [];
  const ggufData = asRecord(data.gguf);

  const badBases: string[] = [];
  const byKey = new Map<string, ParentLink>();
  const add = (raw: string, relation: Relation | undefined, declaredIn: string) => {
    const parsed = parseHubReference(raw);
    if (!parsed) {
      badBases.push(raw);
      return;
    }
    const key = parsed.id.toLowerCase();
    const existing = byKey.get(key);
    // Hub-computed forms (tags, baseModels) carry the canonical casing: prefer them over the card's.
    if (!existing) byKey.set(key, { id: parsed.id, relation: relation ?? 'unknown', declaredIn });
    else {
      if (declaredIn !== 'card') existing.id = parsed.id;
      if (existing.relation === 'unknown' && relation) existing.relation = relation;
    }
  };

  const cardRelation = asRelation(card.base_model_relation);
  for (const base of asStrings(card.base_model)) add(base, cardRelation, 'card');
  // "base_model:quantized:org/name" first, then the 2-part "base_model:org/name".
  for (const tag of tags) {
    const three = /^base_model:(finetune|adapter|merge|quantized):(.+)$/.exec(tag);
    if (three) add(three[2]!, cardRelation ?? (three[1] as Relation), 'tag');
  }
  for (const tag of tags) {
    const two = /^base_model:(?!(?:finetune|adapter|merge|quantized):)(.+)$/.exec(tag);
    if (two) add(two[1]!, cardRelation, 'tag');
  }
  const baseModels = data.baseModels;
  const bmRecord = asRecord(baseModels);
  const bmRelation = asRelation(bmRecord.relation);
  const bmList = Array.isArray(baseModels) ? baseModels : Array.isArray(bmRecord.models) ? bmRecord.models : [];
  for (const item of bmList) {
    const bmId = asString(asRecord(item).id) ?? asString(item);
    if (bmId) add(bmId, cardRelation ?? bmRelation, 'baseModels');
  }

  // A node naming itself as its base is a self-reference: drop the edge (the walk reports cycles).
  const parents = [...byKey.values()].filter((p) => p.id.toLowerCase() !== id.toLowerCase());
  const selfReference = parents.length < byKey.size;
  const heuristic = inferRelation(parents.length, siblings, config, tags, asString(data.library_name));
  for (const parent of parents) if (parent.relation === 'unknown') parent.relation = heuristic;

  const peft = asRecord(config.peft);
  const adapterBase = asString(peft.base_model_name_or_path);
  if (parents.length === 0 && adapterBase) {
    const parsed = parseHubReference(adapterBase);
    if (parsed) parents.push({ id: parsed.id, relation: 'adapter', declaredIn: 'config.peft' });
    else badBases.push(adapterBase);
  }

  const node: LineageNode = {
    id,
    aliases: requestedId !== id ? [requestedId] : [],
    source,
    sha: asString(data.sha),
    author: asString(data.author),
    licence: {
      license: Array.isArray(card.license) ? asStrings(card.license) : asString(card.license) ?? licenceFromTags(tags),
      licenseName: asString(card.license_name),
      licenseLink: asString(card.license_link),
    },
    config: {
      modelType: asString(config.model_type),
      architectures: asStrings(config.architectures),
    },
    gguf: Object.keys(ggufData).length ? { architecture: asString(ggufData.architecture) } : undefined,
    gated: typeof data.gated === 'string' || typeof data.gated === 'boolean' ? data.gated : undefined,
    libraryName: asString(data.library_name),
    tags,
  };
  return {
    node,
    parents,
    badBases,
    needsAdapterConfig: parents.length === 0 && siblings.includes('adapter_config.json'),
    selfReference,
  };
}

function licenceFromTags(tags: string[]): string | undefined {
  const tag = tags.find((t) => t.startsWith('license:'));
  return tag?.slice('license:'.length);
}

/** When nobody said which relation: adapter files, quantized weights, several parents, else finetune. */
function inferRelation(
  parentCount: number,
  siblings: string[],
  config: Record<string, unknown>,
  tags: string[],
  libraryName: string | undefined,
): Relation {
  if (siblings.includes('adapter_config.json') || libraryName === 'peft' || config.peft) return 'adapter';
  if (parentCount > 1) return 'merge';
  if (siblings.some((s) => s.endsWith('.gguf')) || tags.includes('gguf') || config.quantization_config) return 'quantized';
  return 'finetune';
}
