// Reads lineage facts out of one Hub model JSON (/api/models/{id}). Metadata is user-written and
// untrusted: every field is type-checked, odd base_model values are normalised or reported
// (read-base.ts), nothing throws.
//
// Shapes real model repos use (sources in tests/resolve/parse-real-shapes.test.ts): base_model as
// a string, a list, or llama.cpp-style mappings ({repo_url, name, organization}); base_model tags
// and the Hub's baseModels; TheBloke's `model_link` / `model_creator` / `model_name`;
// LazyMergekit's model ids as tags; PEFT's config.peft.
import { looksLikeHubId, parseHubReference, stripPackaging } from '../model/ids.js';
import type { LineageNode, LocalBase, Relation } from '../model/lineage.js';
import type { Registry } from '../registry/load.js';
import type { HubModelJson } from './hub-source.js';
import { asRecord, asString, asStrings } from './json-fields.js';
import { asRelation, readBase, type ParentLink } from './read-base.js';

export interface ParsedModel {
  node: LineageNode;
  parents: ParentLink[];
  /** base_model values that are not Hub ids (local paths, junk), reported as problems. */
  badBases: string[];
  /** True when an adapter_config.json exists and no base was declared elsewhere. */
  needsAdapterConfig: boolean;
  /** The repo has a README.md: its prose may name a parent the front matter does not (card-text.ts). */
  hasReadme: boolean;
  /** A .gguf file of the repo whose header may name the base (a model file, the first shard; never an mmproj projector). */
  ggufFile?: string;
  /** True when a mergekit_config.yml exists and no base was declared elsewhere (read it with readMergekitConfig). */
  needsMergekitConfig: boolean;
  /** The card named the model itself as its base (the edge is dropped and reported). */
  selfReference: boolean;
  /** Declarations that contradict each other (the card's base and the base PEFT loads), reported as problems. */
  disagreements: string[];
}

export function parseHubModel(data: HubModelJson, requestedId: string, registry: Registry, source = 'huggingface'): ParsedModel {
  const id = asString(data.id) ?? requestedId;
  const card = asRecord(data.cardData);
  const config = asRecord(data.config);
  const tags = asStrings(data.tags);
  const siblings = Array.isArray(data.siblings) ? data.siblings.map((s) => asString(asRecord(s).rfilename)).filter((s): s is string => !!s) : [];
  const ggufData = asRecord(data.gguf);

  const badBases: string[] = [];
  const localBases: LocalBase[] = [];
  const byKey = new Map<string, ParentLink>();
  const add = (raw: string, relation: Relation | undefined, declaredIn: string) => {
    const reading = readBase(raw, declaredIn, registry);
    if (!reading) return;
    if (reading.local && !localBases.some((l) => l.value === reading.local!.value)) localBases.push(reading.local);
    if (!reading.id) {
      if (!badBases.includes(raw.trim())) badBases.push(raw.trim());
      return;
    }
    const rel = relation ?? reading.relation;
    const key = reading.id.toLowerCase();
    const existing = byKey.get(key);
    // Hub-computed forms (tags, baseModels) carry the canonical casing: prefer them over the card's.
    if (!existing) byKey.set(key, { id: reading.id, relation: rel ?? 'unknown', declaredIn });
    else {
      if (declaredIn !== 'card' && !reading.local) existing.id = reading.id;
      if (existing.relation === 'unknown' && rel) existing.relation = rel;
    }
  };

  const cardRelation = asRelation(card.base_model_relation);
  for (const base of cardBases(card.base_model)) add(base, cardRelation, 'card');
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
  const namespace = id.split('/')[0] ?? '';
  if (byKey.size === 0) {
    // Older cards: `finetuned_from` (typed by @huggingface/hub), TheBloke's `model_link` to the
    // original, and LazyMergekit's cards that list the merged models as tags.
    for (const base of asStrings(card.finetuned_from)) add(base, cardRelation ?? 'finetune', 'card.finetuned_from');
    const link = asString(card.model_link);
    if (link && parseHubReference(link)) {
      add(link, cardRelation ?? (registry.repackagers.has(namespace) ? 'quantized' : undefined), 'card.model_link');
      // A key TheBloke's tooling filled in, not a declared base: an edge of the card-text kind, quoting the key.
      for (const parent of byKey.values())
        if (parent.declaredIn === 'card.model_link') Object.assign(parent, { declaredIn: 'card-text', evidence: `model_link: ${link}`.slice(0, 300) });
    }
  }
  if (byKey.size === 0 && tags.some((t) => t === 'mergekit' || t === 'merge' || t === 'lazymergekit')) {
    for (const tag of tags) if (!tag.includes(':') && parseHubReference(tag) && tag.includes('/')) add(tag, cardRelation ?? 'merge', 'tag (mergekit)');
  }

  // A node naming itself as its base is a self-reference: drop the edge (the walk reports cycles).
  const parents = [...byKey.values()].filter((p) => p.id.toLowerCase() !== id.toLowerCase());
  const selfReference = parents.length < byKey.size;
  const heuristic = inferRelation(id, parents.length, siblings, config, tags, asString(data.library_name));
  for (const parent of parents) if (parent.relation === 'unknown') parent.relation = heuristic;

  const peft = asRecord(config.peft);
  const adapterBase = asString(peft.base_model_name_or_path);
  const disagreements: string[] = [];
  if (parents.length === 0 && adapterBase) {
    const reading = readBase(adapterBase, 'config.peft', registry);
    if (reading?.local && !localBases.some((l) => l.value === reading.local!.value)) localBases.push(reading.local);
    if (reading?.id && reading.id.toLowerCase() !== id.toLowerCase()) parents.push({ id: reading.id, relation: 'adapter', declaredIn: 'config.peft' });
    else if (!reading?.id && !badBases.includes(adapterBase)) badBases.push(adapterBase);
  } else if (adapterBase) {
    const omitted = adapterBaseTheCardOmits(adapterBase, parents, id, registry);
    if (omitted) {
      disagreements.push(
        `${id}: the card declares ${parents.map((p) => p.id).join(', ')} as its base, but its adapter_config.json loads ${omitted.id}; both are followed`,
      );
      parents.push(omitted);
    }
  }

  const modelCreator = asString(card.model_creator);
  const modelName = asString(card.model_name);
  const remoteCode = remoteCodeRepos(config.auto_map, id);
  const node: LineageNode = {
    id,
    aliases: requestedId !== id ? [requestedId] : [],
    source,
    sha: asString(data.sha),
    author: asString(data.author),
    licence: {
      license: Array.isArray(card.license) ? asStrings(card.license) : (asString(card.license) ?? licenceFromTags(tags)),
      licenseName: asString(card.license_name),
      licenseLink: asString(card.license_link),
    },
    config: {
      modelType: asString(config.model_type),
      architectures: asStrings(config.architectures),
      ...(remoteCode.length ? { remoteCode } : {}),
    },
    gguf: Object.keys(ggufData).length ? { architecture: asString(ggufData.architecture) } : undefined,
    gated: typeof data.gated === 'string' || typeof data.gated === 'boolean' ? data.gated : undefined,
    libraryName: asString(data.library_name),
    tags,
    ...(localBases.length ? { localBases } : {}),
    ...(modelCreator || modelName ? { cardHints: { ...(modelCreator ? { modelCreator } : {}), ...(modelName ? { modelName } : {}) } } : {}),
  };
  return {
    node,
    parents,
    badBases,
    // A base declared as a local path is what adapter_config.json says too: no request for it.
    needsAdapterConfig: parents.length === 0 && localBases.length === 0 && siblings.includes('adapter_config.json'),
    needsMergekitConfig: parents.length === 0 && localBases.length === 0 && badBases.length === 0 && siblings.includes('mergekit_config.yml'),
    selfReference,
    disagreements,
    hasReadme: siblings.includes('README.md'),
    ...(ggufModelFile(siblings) ? { ggufFile: ggufModelFile(siblings) } : {}),
  };
}

/** The .gguf whose header describes the model: not a vision projector, not a later shard; the first by name. */
function ggufModelFile(siblings: string[]): string | undefined {
  return siblings.filter((s) => /\.gguf$/i.test(s) && !/mmproj/i.test(s) && !/-0*(?:[2-9]|\d{2,})-of-\d+\.gguf$/i.test(s)).sort()[0];
}

/**
 * The base PEFT loads (adapter_config.json, surfaced by the Hub as config.peft) when the card
 * names another model: cards are edited by hand, adapter configs are written by the trainer. A
 * repackaged copy of a declared base (the card's Qwen/Qwen2.5-7B-Instruct, PEFT's
 * unsloth/qwen2.5-7b-instruct-unsloth-bnb-4bit) is the same model; a trainer's local path says
 * nothing the card does not.
 */
function adapterBaseTheCardOmits(raw: string, declared: ParentLink[], self: string, registry: Registry): ParentLink | undefined {
  const loaded = readBase(raw, 'config.peft', registry)?.id;
  if (!loaded || loaded.toLowerCase() === self.toLowerCase()) return undefined;
  const sameModel = (a: string, b: string) => stripPackaging(a.split('/').pop()!).toLowerCase() === stripPackaging(b.split('/').pop()!).toLowerCase();
  if (declared.some((p) => p.id.toLowerCase() === loaded.toLowerCase() || sameModel(p.id, loaded))) return undefined;
  return { id: loaded, relation: 'adapter', declaredIn: 'config.peft' };
}

/** `base_model` as a string, a list, or llama.cpp-style mappings ({repo_url | url | id | organization + name}). */
function cardBases(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === 'string') out.push(item);
    else if (item && typeof item === 'object' && !Array.isArray(item)) {
      const entry = item as Record<string, unknown>;
      const ref = asString(entry.repo_url) ?? asString(entry.url) ?? asString(entry.id) ?? asString(entry.model);
      if (ref) out.push(ref);
      else {
        const org = asString(entry.organization) ?? asString(entry.author);
        const name = asString(entry.name);
        if (org && name) out.push(`${org}/${name}`);
      }
    }
  }
  return out;
}

/** Repos named in `auto_map` as `org/name--module.Class`: the model runs another repo's code. */
function remoteCodeRepos(autoMap: unknown, self: string): string[] {
  const repos = new Set<string>();
  for (const value of Object.values(asRecord(autoMap))) {
    for (const entry of asStrings(value)) {
      const match = /^([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*)--[\w.]+$/.exec(entry.trim());
      if (match && looksLikeHubId(match[1]!) && match[1]!.toLowerCase() !== self.toLowerCase()) repos.add(match[1]!);
    }
  }
  return [...repos];
}

function licenceFromTags(tags: string[]): string | undefined {
  const tag = tags.find((t) => t.startsWith('license:'));
  return tag?.slice('license:'.length);
}

const QUANT_TAGS = new Set([
  'gguf',
  'gptq',
  'awq',
  'exl2',
  'exl3',
  'mlx',
  'bitsandbytes',
  '4-bit',
  '8-bit',
  'fp8',
  'nvfp4',
  'int4',
  'int8',
  'quantized',
  'llamafile',
  'compressed-tensors',
  'autoround',
]);
const QUANT_NAME = /[-_.](gguf|gptq|awq|exl2|exl3|mlx|bnb[-_]?4bit|4bit|8bit|fp8|fp4|nvfp4|int4|int8|w4a16|w8a8|i1[-_]gguf|imatrix)(?:[-_.].*)?$/i;

/** When nobody said which relation: adapter files, quantized weights, several parents, merge tags, else finetune. */
function inferRelation(
  id: string,
  parentCount: number,
  siblings: string[],
  config: Record<string, unknown>,
  tags: string[],
  libraryName: string | undefined,
): Relation {
  if (siblings.includes('adapter_config.json') || siblings.includes('adapter_model.safetensors') || libraryName === 'peft' || config.peft) return 'adapter';
  // Diffusers/kohya LoRAs have no adapter_config.json: the `lora` tag and the weights file say it.
  if (
    tags.includes('lora') &&
    (libraryName === 'diffusers' || siblings.some((s) => /lora.*\.safetensors$/i.test(s)) || tags.some((t) => t.startsWith('template:')))
  )
    return 'adapter';
  if (parentCount > 1) return 'merge';
  const name = id.split('/').pop() ?? '';
  if (
    siblings.some((s) => s.endsWith('.gguf')) ||
    tags.some((t) => QUANT_TAGS.has(t.toLowerCase())) ||
    libraryName === 'gguf' ||
    libraryName === 'mlx' ||
    config.quantization_config ||
    QUANT_NAME.test(name)
  )
    return 'quantized';
  if (tags.includes('mergekit') || tags.includes('merge')) return 'merge';
  return 'finetune';
}
