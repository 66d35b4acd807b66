// Reads one declared base value (card, tag, adapter config, mergekit config, config.json) into a
// Hub id to follow, a local base kept as evidence, or junk. Values are user-written and
// untrusted: every shape is normalised or reported, nothing throws.
//
// Shapes real model repos use (sources in tests/resolve/parse-real-shapes.test.ts):
//   - a string, a Hub/mirror URL, `org/name@rev`, with spaces or a trailing slash, with a
//     `quantized:` prefix;
//   - a trainer's local path (`/home/u/LLaMA-Factory/models/Qwen2.5-VL-3B-Instruct`, `./Qwen1.5-0.5B-Chat`),
//     an HF cache folder (`.../hub/models--Qwen--Qwen3-8B/snapshots/<sha>`) or a ModelScope cache
//     folder (`.../modelscope/hub/Qwen/Qwen2___5-7B-Instruct`), in the card and in the tags PEFT writes;
//   - legacy canonical ids without a namespace (`bert-base-uncased`, `gpt2`).
import { looksLikeHubId, parseHubReference } from '../model/ids.js';
import type { LocalBase, Relation } from '../model/lineage.js';
import type { Registry } from '../registry/load.js';
import { asString } from './json-fields.js';

/** A parent edge as a declaration names it. */
export interface ParentLink {
  id: string;
  relation: Relation;
  /** Where the link was declared: card, tag, baseModels, adapter_config.json, card-text, repackager-name. */
  declaredIn: string;
  /** The card sentence naming the parent (card-text links). */
  evidence?: string;
  /** Read from a bare name: an edge only once the Hub has confirmed the id. */
  candidate?: boolean;
}

const RELATIONS = new Set<Relation>(['finetune', 'adapter', 'merge', 'quantized']);

/** Spellings of the four relations seen in cards (the Hub itself only accepts the four). */
const RELATION_SYNONYMS: Record<string, Relation> = {
  finetune: 'finetune',
  finetuned: 'finetune',
  finetuning: 'finetune',
  sft: 'finetune',
  adapter: 'adapter',
  adapters: 'adapter',
  lora: 'adapter',
  qlora: 'adapter',
  peft: 'adapter',
  merge: 'merge',
  merged: 'merge',
  merging: 'merge',
  quantized: 'quantized',
  quantised: 'quantized',
  quantization: 'quantized',
  quantisation: 'quantized',
  quant: 'quantized',
  quantize: 'quantized',
};

export function asRelation(value: unknown): Relation | undefined {
  const text = asString(value)
    ?.toLowerCase()
    .replace(/[\s_-]+/g, '');
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

interface KnownNamespaces {
  exact: Set<string>;
  lower: Map<string, string>;
}
const namespacesByRegistry = new WeakMap<Registry, KnownNamespaces>();

/**
 * Hub namespaces the registry knows (families, former names, repackagers), exactly and by lower
 * case -> Hub casing. A ModelScope namespace counts only when it is spelled like a Hub one
 * (`qwen` for `Qwen`): ModelScope-only namespaces (`ZhipuAI`, `LLM-Research`) are not Hub ids.
 */
function namespaces(registry: Registry): KnownNamespaces {
  let known = namespacesByRegistry.get(registry);
  if (known) return known;
  known = { exact: new Set<string>(), lower: new Map<string, string>() };
  const add = (ns: string) => {
    known!.exact.add(ns);
    if (!known!.lower.has(ns.toLowerCase())) known!.lower.set(ns.toLowerCase(), ns);
  };
  for (const family of registry.families) for (const ns of [...family.hf_namespaces, ...(family.former_namespaces ?? [])]) add(ns);
  for (const ns of registry.repackagers) if (!registry.modelScopeOnly.has(ns)) add(ns);
  for (const ns of registry.caseDistinct) known.lower.delete(ns.toLowerCase());
  namespacesByRegistry.set(registry, known);
  return known;
}

/** The Hub spelling of a namespace the registry knows, else undefined. */
function knownNamespace(org: string, registry: Registry): string | undefined {
  const known = namespaces(registry);
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
export function readBase(raw: string, declaredIn: string, registry: Registry): BaseReading | undefined {
  let value = raw
    .trim()
    .replace(/^['"]+|['"]+$/g, '')
    .trim();
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
    const hubOrg = knownNamespace(org, registry);
    if (hubOrg)
      return { id: `${hubOrg}/${name}`, relation, local: { value: raw.trim(), declaredIn, kind: 'modelscope', derivedId: `${hubOrg}/${name}`, name } };
    return { relation, local: { value: raw.trim(), declaredIn, kind: 'modelscope', name } };
  }
  // Placeholders for a folder ("LOCAL_PATH/Marcoroni-7B-v3" in mergekit configs) are paths, not namespaces.
  const placeholder = /^([A-Z]+(?:_[A-Z]+)+)\//.exec(compact);
  const hub = placeholder && /PATH|DIR|ROOT|LOCAL|MODEL/.test(placeholder[1]!) ? undefined : parseHubReference(compact);
  if (hub) {
    // ModelScope's mirror namespaces ("LLM-Research/Meta-Llama-3-8B-Instruct") do not exist on the Hub.
    const org = hub.id.split('/')[0]!;
    if (registry.modelScopeOnly.has(org)) return { relation, local: { value: raw.trim(), declaredIn, kind: 'modelscope', name: hub.id.split('/')[1]! } };
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
      const hubOrg = knownNamespace(org, registry);
      const id = hubOrg ? `${hubOrg}/${name}` : undefined;
      return local('modelscope-cache', name, id && looksLikeHubId(id) ? id : undefined);
    }
  }
  const name = unModelScope(segments[segments.length - 1]!);
  const org = segments.length >= 2 ? segments[segments.length - 2]! : undefined;
  const hubOrg = org ? knownNamespace(org, registry) : undefined;
  const id = hubOrg ? `${hubOrg}/${name}` : undefined;
  return local('local-path', name, id && looksLikeHubId(id) ? id : undefined);
}
