// Reads lineage facts out of one Hub model JSON. Metadata is user-written and untrusted: every
// field is type-checked, odd base_model values are normalised or reported, nothing throws.
//
// Shapes real model repos use (sources in tests/resolve/parse-real-shapes.test.ts):
//   - base_model as a string, a list, a Hub/mirror URL, `org/name@rev`, with spaces or a trailing
//     slash, with a `quantized:` prefix, or as llama.cpp-style mappings ({repo_url, name, organization});
//   - a trainer's local path (`/home/u/LLaMA-Factory/models/Qwen2.5-VL-3B-Instruct`, `./Qwen1.5-0.5B-Chat`),
//     an HF cache folder (`.../hub/models--Qwen--Qwen3-8B/snapshots/<sha>`) or a ModelScope cache
//     folder (`.../modelscope/hub/Qwen/Qwen2___5-7B-Instruct`), in the card and in the tags PEFT writes;
//   - legacy canonical ids without a namespace (`bert-base-uncased`, `gpt2`);
//   - TheBloke's `model_link` / `model_creator` / `model_name`, LazyMergekit's model ids as tags.
import { parse as parseYaml } from 'yaml';
import { loadRegistry } from '../classify/registry.js';
import { looksLikeHubId, parseHubReference, stripPackaging } from '../extract/shared/model-id.js';
import type { LineageNode, LocalBase, Relation } from '../model/lineage.js';
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
  /** True when a mergekit_config.yml exists and no base was declared elsewhere (read it with readMergekitConfig). */
  needsMergekitConfig: boolean;
  /** The card named the model itself as its base (the edge is dropped and reported). */
  selfReference: boolean;
  /** Declarations that contradict each other (the card's base and the base PEFT loads), reported as problems. */
  disagreements: string[];
}

const RELATIONS = new Set<Relation>(['finetune', 'adapter', 'merge', 'quantized']);

/** Spellings of the four relations seen in cards (the Hub itself only accepts the four). */
const RELATION_SYNONYMS: Record<string, Relation> = {
  finetune: 'finetune', finetuned: 'finetune', finetuning: 'finetune', sft: 'finetune',
  adapter: 'adapter', adapters: 'adapter', lora: 'adapter', qlora: 'adapter', peft: 'adapter',
  merge: 'merge', merged: 'merge', merging: 'merge',
  quantized: 'quantized', quantised: 'quantized', quantization: 'quantized', quantisation: 'quantized', quant: 'quantized', quantize: 'quantized',
};

const asString = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const asStrings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

export function asRelation(value: unknown): Relation | undefined {
  const text = asString(value)?.toLowerCase().replace(/[\s_-]+/g, '');
  if (!text) return undefined;
  const relation = RELATION_SYNONYMS[text];
  return relation && RELATIONS.has(relation) ? relation : undefined;
}

/**
 * Namespaces moved in 2024 from the legacy canonical ids (transformers PR #28795): the Hub
 * redirects `bert-base-uncased` to `google-bert/bert-base-uncased`, so Trainer cards that say
 * `base_model: bert-base-uncased` still name a real model.
 */
const LEGACY_CANONICAL: [RegExp, string][] = [
  [/^bert-/, 'google-bert'],
  [/^distilbert-|^distilgpt2$|^distilroberta-/, 'distilbert'],
  [/^(roberta|xlm-roberta)-/, 'FacebookAI'],
  [/^(gpt2(-medium|-large|-xl)?|openai-gpt)$/, 'openai-community'],
  [/^t5-(small|base|large|3b|11b)$/, 'google-t5'],
  [/^albert-/, 'albert'],
  [/^xlnet-/, 'xlnet'],
];

/** One declared base, read. */
export interface BaseReading {
  /** A Hub id to follow. */
  id?: string;
  revision?: string;
  relation?: Relation;
  /** Set when the value is not a Hub id: a local path, a ModelScope id, a bare name. */
  local?: LocalBase;
  /** Neither an id nor a path: junk. */
  junk?: boolean;
}

let knownNamespaces: { exact: Set<string>; lower: Map<string, string> } | undefined;

/**
 * Hub namespaces the registry knows (families, former names, repackagers), exactly and by lower
 * case -> Hub casing. A ModelScope namespace counts only when it is spelled like a Hub one
 * (`qwen` for `Qwen`): ModelScope-only namespaces (`ZhipuAI`, `LLM-Research`) are not Hub ids.
 */
function namespaces(): { exact: Set<string>; lower: Map<string, string> } {
  if (knownNamespaces) return knownNamespaces;
  const exact = new Set<string>();
  const lower = new Map<string, string>();
  try {
    const registry = loadRegistry();
    for (const family of registry.families) {
      for (const ns of [...family.hf_namespaces, ...(family.former_namespaces ?? [])]) {
        exact.add(ns);
        if (!lower.has(ns.toLowerCase())) lower.set(ns.toLowerCase(), ns);
      }
    }
    for (const ns of registry.repackagers) {
      if (registry.modelScopeOnly.has(ns)) continue;
      exact.add(ns);
      if (!lower.has(ns.toLowerCase())) lower.set(ns.toLowerCase(), ns);
    }
    for (const ns of registry.caseDistinct) lower.delete(ns.toLowerCase());
  } catch {
    // A broken registry is reported where it is loaded for classification; here it only means
    // local paths are not read as ids.
  }
  knownNamespaces = { exact, lower };
  return knownNamespaces;
}

let msOnly: Set<string> | undefined;
function modelScopeOnly(): Set<string> {
  if (!msOnly) {
    try {
      msOnly = loadRegistry().modelScopeOnly;
    } catch {
      msOnly = new Set();
    }
  }
  return msOnly;
}

/** The Hub spelling of a namespace the registry knows, else undefined. */
function knownNamespace(org: string): string | undefined {
  const known = namespaces();
  if (known.exact.has(org)) return org;
  return known.lower.get(org.toLowerCase());
}

/** ModelScope's cache writes `.` in a folder name as `___` (`Qwen2___5-7B-Instruct`). */
const unModelScope = (name: string) => name.replace(/___/g, '.');

/**
 * Reads one declared base (card, tag, adapter config, mergekit config). A local path becomes a
 * Hub id only when it certainly names one (an HF cache folder `models--org--name`) or when its
 * last two segments are a namespace the registry knows plus a valid name; otherwise it is a
 * local base, reported with the name its last segment gives.
 */
export function readBase(raw: string, declaredIn: string): BaseReading | undefined {
  let value = raw.trim().replace(/^['"]+|['"]+$/g, '').trim();
  if (!value) return undefined;
  let relation: Relation | undefined;
  // "quantized:org/name", "base_model:adapter:org/name" pasted as a value.
  const prefixed = /^(?:base_model:)?(?:(finetune|adapter|merge|quantized):)?\s*(.+)$/i.exec(value);
  if (prefixed && /^(?:base_model:|finetune:|adapter:|merge:|quantized:)/i.test(value)) {
    relation = prefixed[1] ? asRelation(prefixed[1]) : undefined;
    value = prefixed[2]!.trim();
  }
  // Spaces around the slash ("Qwen / Qwen2.5-7B") and trailing slashes.
  const compact = value.replace(/\s*\/\s*/g, '/').replace(/[\\/]+$/, '');
  const modelScope = /^(?:https?:\/\/)?(?:www\.)?modelscope\.(?:cn|ai)\/(?:models\/)?([A-Za-z0-9][\w.-]*)\/([A-Za-z0-9][\w.-]*)/.exec(compact);
  if (modelScope) {
    const [, org, name] = modelScope as unknown as [string, string, string];
    const hubOrg = knownNamespace(org);
    if (hubOrg) return { id: `${hubOrg}/${name}`, relation, local: { value: raw.trim(), declaredIn, kind: 'modelscope', derivedId: `${hubOrg}/${name}`, name } };
    return { relation, local: { value: raw.trim(), declaredIn, kind: 'modelscope', name } };
  }
  // Placeholders for a folder ("LOCAL_PATH/Marcoroni-7B-v3" in mergekit configs) are paths, not namespaces.
  const placeholder = /^([A-Z]+(?:_[A-Z]+)+)\//.exec(compact);
  const hub = placeholder && /PATH|DIR|ROOT|LOCAL|MODEL/.test(placeholder[1]!) ? undefined : parseHubReference(compact);
  if (hub) {
    // ModelScope's mirror namespaces ("LLM-Research/Meta-Llama-3-8B-Instruct") do not exist on the Hub.
    const org = hub.id.split('/')[0]!;
    if (modelScopeOnly().has(org)) return { relation, local: { value: raw.trim(), declaredIn, kind: 'modelscope', name: hub.id.split('/')[1]! } };
    return { id: hub.id, revision: hub.revision, relation };
  }
  if (/^[A-Za-z0-9][\w.-]*$/.test(compact)) {
    const legacy = LEGACY_CANONICAL.find(([pattern]) => pattern.test(compact));
    if (legacy) return { id: `${legacy[1]}/${compact}`, relation };
    // A bare name ("Qwen2.5-7B-Instruct"): not an id, but its name is evidence.
    return { relation, local: { value: raw.trim(), declaredIn, kind: 'bare-name', name: compact } };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(compact)) return { relation, junk: true };
  const segments = compact.split(/[\\/]+/).filter((s) => s && s !== '.' && s !== '..' && s !== '~' && !/^[A-Za-z]:$/.test(s));
  if (segments.length === 0 || !/[\\/]/.test(compact) || segments.some((s) => /\s{2,}|[?*<>|"]/.test(s))) return { relation, junk: true };
  const local = (kind: LocalBase['kind'], name: string, derivedId?: string): BaseReading => ({
    ...(derivedId ? { id: derivedId } : {}),
    relation,
    local: { value: raw.trim(), declaredIn, kind, name, ...(derivedId ? { derivedId } : {}) },
  });
  // HF cache: ~/.cache/huggingface/hub/models--Qwen--Qwen3-8B/snapshots/<sha>
  const cacheIndex = segments.findIndex((s) => /^models--[^-].*--./.test(s));
  if (cacheIndex >= 0) {
    const [, org, name] = /^models--(.+?)--(.+)$/.exec(segments[cacheIndex]!)!;
    const id = `${org}/${name}`;
    return looksLikeHubId(id) ? local('hf-cache', name!, id) : local('local-path', name!);
  }
  // ModelScope cache: ~/.cache/modelscope/hub/[models/]Qwen/Qwen2___5-7B-Instruct
  const msIndex = segments.findIndex((s, i) => s.toLowerCase() === 'modelscope' && segments[i + 1]?.toLowerCase() === 'hub');
  if (msIndex >= 0) {
    const rest = segments.slice(msIndex + 2);
    if (rest[0] === 'models') rest.shift();
    if (rest.length >= 2) {
      const org = rest[0]!;
      const name = unModelScope(rest[1]!);
      const hubOrg = knownNamespace(org);
      const id = hubOrg ? `${hubOrg}/${name}` : undefined;
      return local('modelscope-cache', name, id && looksLikeHubId(id) ? id : undefined);
    }
  }
  const name = unModelScope(segments[segments.length - 1]!);
  const org = segments.length >= 2 ? segments[segments.length - 2]! : undefined;
  const hubOrg = org ? knownNamespace(org) : undefined;
  const id = hubOrg ? `${hubOrg}/${name}` : undefined;
  return local('local-path', name, id && looksLikeHubId(id) ? id : undefined);
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
  const localBases: LocalBase[] = [];
  const byKey = new Map<string, ParentLink>();
  const add = (raw: string, relation: Relation | undefined, declaredIn: string) => {
    const reading = readBase(raw, declaredIn);
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
    if (link && parseHubReference(link)) add(link, cardRelation ?? (isRepackager(namespace) ? 'quantized' : undefined), 'card.model_link');
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
    const reading = readBase(adapterBase, 'config.peft');
    if (reading?.local && !localBases.some((l) => l.value === reading.local!.value)) localBases.push(reading.local);
    if (reading?.id && reading.id.toLowerCase() !== id.toLowerCase()) parents.push({ id: reading.id, relation: 'adapter', declaredIn: 'config.peft' });
    else if (!reading?.id && !badBases.includes(adapterBase)) badBases.push(adapterBase);
  } else if (adapterBase) {
    const omitted = adapterBaseTheCardOmits(adapterBase, parents, id);
    if (omitted) {
      disagreements.push(`${id}: the card declares ${parents.map((p) => p.id).join(', ')} as its base, but its adapter_config.json loads ${omitted.id}; both are followed`);
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
      license: Array.isArray(card.license) ? asStrings(card.license) : asString(card.license) ?? licenceFromTags(tags),
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
  };
}

/**
 * The base PEFT loads (adapter_config.json, surfaced by the Hub as config.peft) when the card
 * names another model: cards are edited by hand, adapter configs are written by the trainer. A
 * repackaged copy of a declared base (the card's Qwen/Qwen2.5-7B-Instruct, PEFT's
 * unsloth/qwen2.5-7b-instruct-unsloth-bnb-4bit) is the same model; a trainer's local path says
 * nothing the card does not.
 */
function adapterBaseTheCardOmits(raw: string, declared: ParentLink[], self: string): ParentLink | undefined {
  const loaded = readBase(raw, 'config.peft')?.id;
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

function isRepackager(namespace: string): boolean {
  try {
    return loadRegistry().repackagers.has(namespace);
  } catch {
    return false;
  }
}

function licenceFromTags(tags: string[]): string | undefined {
  const tag = tags.find((t) => t.startsWith('license:'));
  return tag?.slice('license:'.length);
}

const QUANT_TAGS = new Set(['gguf', 'gptq', 'awq', 'exl2', 'exl3', 'mlx', 'bitsandbytes', '4-bit', '8-bit', 'fp8', 'nvfp4', 'int4', 'int8', 'quantized', 'llamafile', 'compressed-tensors', 'autoround']);
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
  if (tags.includes('lora') && (libraryName === 'diffusers' || siblings.some((s) => /lora.*\.safetensors$/i.test(s)) || tags.some((t) => t.startsWith('template:')))) return 'adapter';
  if (parentCount > 1) return 'merge';
  const name = id.split('/').pop() ?? '';
  if (
    siblings.some((s) => s.endsWith('.gguf')) ||
    tags.some((t) => QUANT_TAGS.has(t.toLowerCase())) ||
    libraryName === 'gguf' || libraryName === 'mlx' ||
    config.quantization_config ||
    QUANT_NAME.test(name)
  )
    return 'quantized';
  if (tags.includes('mergekit') || tags.includes('merge')) return 'merge';
  return 'finetune';
}

// ---------------------------------------------------------------------------------------------
// Repo files the walk may download (adapter_config.json, config.json, mergekit_config.yml). Pure
// readers, so that what a file says is read the same way wherever it is fetched.

export interface FileBases {
  parents: ParentLink[];
  /** Values that are not Hub ids (local paths...), for the walk to report. */
  badBases: string[];
  localBases: LocalBase[];
}

const parseJson = (text: string): Record<string, unknown> => {
  try {
    return asRecord(JSON.parse(text));
  } catch {
    return {};
  }
};

/** Declared base values, each read with readBase: Hub ids to follow, the rest kept as evidence or reported. */
export function basesFrom(values: { raw: string; relation: Relation }[], declaredIn: string, self?: string): FileBases {
  const out: FileBases = { parents: [], badBases: [], localBases: [] };
  for (const { raw, relation } of values) {
    const reading = readBase(raw, declaredIn);
    if (!reading) continue;
    if (reading.local && !out.localBases.some((l) => l.value === reading.local!.value)) out.localBases.push(reading.local);
    if (!reading.id) {
      if (!out.badBases.includes(raw.trim())) out.badBases.push(raw.trim());
    } else if (reading.id.toLowerCase() !== self?.toLowerCase() && !out.parents.some((p) => p.id.toLowerCase() === reading.id!.toLowerCase())) {
      out.parents.push({ id: reading.id, relation: reading.relation ?? relation, declaredIn });
    }
  }
  return out;
}

/**
 * adapter_config.json (PEFT): `base_model_name_or_path` is a Hub id or the trainer's local path
 * (`/root/models/Qwen2-7B`, `./base`, an HF or ModelScope cache folder), read as card bases are.
 */
export function readAdapterConfig(text: string, self?: string): FileBases {
  const json = parseJson(text);
  const base = asString(json.base_model_name_or_path);
  return basesFrom(base ? [{ raw: base, relation: 'adapter' }] : [], 'adapter_config.json', self);
}

export interface ConfigFile {
  vocabSize?: number;
  /** `_name_or_path`, which transformers writes at save time: weak evidence of the checkpoint it started from. */
  nameOrPath?: LocalBase | { value: string; id: string };
  modelType?: string;
  architectures: string[];
}

/** config.json: vocabulary size (also under text_config for VL models), model_type, architectures, `_name_or_path`. */
export function readConfigFile(text: string): ConfigFile {
  const json = parseJson(text);
  const text_ = asRecord(json.text_config);
  const size = json.vocab_size ?? text_.vocab_size;
  const nameOrPath = asString(json._name_or_path);
  const reading = nameOrPath ? readBase(nameOrPath, 'config.json _name_or_path') : undefined;
  return {
    ...(Number.isInteger(size) && (size as number) > 0 ? { vocabSize: size as number } : {}),
    ...(reading?.local ? { nameOrPath: reading.local } : reading?.id ? { nameOrPath: { value: nameOrPath!, id: reading.id } } : {}),
    ...(asString(json.model_type) ? { modelType: asString(json.model_type) } : {}),
    architectures: asStrings(json.architectures),
  };
}

/**
 * mergekit_config.yml: `base_model`, `models: [{model}]` and `slices: [{sources: [{model}]}]`,
 * each a Hub id or a local path (`LOCAL_PATH/Marcoroni-7B-v3`, `./models/mistral7b_v03`).
 * `model` may carry a LoRA as `org/base+org/lora`: both are parents.
 */
export function readMergekitConfig(yaml: unknown, self?: string): FileBases {
  let doc = asRecord(yaml);
  if (typeof yaml === 'string') {
    try {
      doc = asRecord(parseYaml(yaml, { maxAliasCount: 50 }));
    } catch {
      doc = {};
    }
  }
  const values: { raw: string; relation: Relation }[] = [];
  const addModel = (value: unknown) => {
    const text = asString(value) ?? asString(asRecord(value).model);
    if (text) for (const part of text.split('+')) if (part.trim()) values.push({ raw: part, relation: 'merge' });
  };
  addModel(doc.base_model);
  for (const entry of Array.isArray(doc.models) ? doc.models : []) addModel(asRecord(entry).model ?? entry);
  for (const slice of Array.isArray(doc.slices) ? doc.slices : [])
    for (const source of Array.isArray(asRecord(slice).sources) ? (asRecord(slice).sources as unknown[]) : []) addModel(asRecord(source).model);
  return basesFrom(values, 'mergekit_config.yml', self);
}
