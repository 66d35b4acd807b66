// Loads and validates the family registry and licence catalogue (src/registry/*.yaml), plus any
// user registry files, and indexes them for attribution. A bad entry is an error naming the file
// and the entry: the registry is reviewed data, so it must never be half-read.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { LicenceKind } from '../model/licence.js';

export interface ApiProvider {
  name: string;
  hosts?: string[];
  model_ids?: string[];
  packages?: string[];
}

export interface Family {
  id: string;
  family: string;
  developer: string;
  parent_org?: string;
  country: string;
  org_kind: string;
  hf_namespaces: string[];
  former_namespaces?: string[];
  unverified_namespaces?: string[];
  modelscope_namespaces?: string[];
  id_hints?: string[];
  model_types?: string[];
  architectures?: string[];
  gguf_architectures?: string[];
  gguf_pre_tokenizers?: string[];
  vocab_sizes?: number[];
  ollama?: string[];
  apis?: ApiProvider[];
  licences?: { license?: string; name?: string; applies_to?: string }[];
  sources: string[];
  reviewed: string;
}

export interface LicenceEntry {
  key: string;
  name: string;
  spdx: string | null;
  kind: LicenceKind;
  summary?: string;
  aliases?: string[];
}

export interface Registry {
  families: Family[];
  repackagers: Set<string>;
  sharedArchitectures: Set<string>;
  sharedModelTypes: Set<string>;
  licences: Map<string, LicenceEntry>;
  ranks: Record<string, number>;
  byNamespace: Map<string, Family[]>;
  byNamespaceLower: Map<string, Family[]>;
  byModelScopeNamespace: Map<string, Family[]>;
  /** First family listing each fingerprint value (file order puts the originating family first). */
  byModelType: Map<string, Family>;
  byArchitecture: Map<string, Family>;
  byGgufArchitecture: Map<string, Family>;
  byPreTokenizer: Map<string, Family>;
  /** Vocabulary size -> the family whose tokenizer it is, when one family lists it or owns it. */
  byVocabOwner: Map<string, Family>;
  byOllamaName: Map<string, Family>;
  apiProviders: { family: Family; provider: ApiProvider }[];
  /** Namespaces never matched case-insensitively (they belong to someone else). */
  caseDistinct: Set<string>;
  /** Hosted API provider id -> family. */
  providerFamilies: Map<string, Family>;
}

export class RegistryError extends Error {
  override readonly name = 'ConfigError';
}

const FAMILY_KEYS = new Set([
  'id', 'family', 'developer', 'parent_org', 'country', 'org_kind', 'hf_namespaces', 'former_namespaces', 'unverified_namespaces',
  'modelscope_namespaces', 'id_hints', 'model_types', 'architectures', 'gguf_architectures', 'gguf_pre_tokenizers', 'vocab_sizes',
  'ollama', 'apis', 'licences', 'sources', 'reviewed',
]);
const LIST_KEYS = ['hf_namespaces', 'former_namespaces', 'unverified_namespaces', 'modelscope_namespaces', 'id_hints', 'model_types', 'architectures', 'gguf_architectures', 'gguf_pre_tokenizers', 'ollama', 'sources'] as const;
const KINDS = new Set<LicenceKind>(['permissive', 'attribution', 'copyleft', 'user-threshold', 'registration', 'use-restricted', 'non-commercial', 'unknown']);

/**
 * The YAML sits in src/registry; the build compiles it to JSON in dist/registry, which loads in a
 * fraction of the time. The JSON is used only when it is not older than the YAML it came from.
 */
export function readRegistryFile(name: string): Record<string, unknown> {
  const yamlPath = [`../registry/${name}`, `../../src/registry/${name}`]
    .map((candidate) => fileURLToPath(new URL(candidate, import.meta.url)))
    .find((path) => existsSync(path));
  if (!yamlPath) throw new RegistryError(`registry file ${name} is missing from the installation`);
  const jsonPath = fileURLToPath(new URL(`../registry/${name.replace(/\.yaml$/, '.json')}`, import.meta.url));
  try {
    if (statSync(jsonPath).mtimeMs >= statSync(yamlPath).mtimeMs) return JSON.parse(readFileSync(jsonPath, 'utf8')) as Record<string, unknown>;
  } catch {
    // no compiled copy (running from src/, or a partial install): read the YAML
  }
  return readYaml(yamlPath);
}

function readYaml(path: string): Record<string, unknown> {
  try {
    const value = parse(readFileSync(path, 'utf8'), { maxAliasCount: 50 }) as unknown;
    if (!value || typeof value !== 'object') throw new Error('not a mapping');
    return value as Record<string, unknown>;
  } catch (error) {
    throw new RegistryError(`registry ${path}: ${(error as Error).message.split('\n')[0]}`);
  }
}

export function validateFamily(raw: unknown, where: string): Family {
  if (!raw || typeof raw !== 'object') throw new RegistryError(`${where}: an entry must be a mapping`);
  const entry = raw as Record<string, unknown>;
  const label = `${where} (${String(entry.id ?? '?')})`;
  for (const key of Object.keys(entry)) if (!FAMILY_KEYS.has(key)) throw new RegistryError(`${label}: unknown field "${key}"`);
  for (const key of ['id', 'family', 'developer', 'country', 'org_kind', 'reviewed'])
    if (typeof entry[key] !== 'string' || !(entry[key] as string).trim()) throw new RegistryError(`${label}: "${key}" is required`);
  if (!/^[A-Z]{2}$/.test(entry.country as string)) throw new RegistryError(`${label}: country must be an ISO 3166-1 alpha-2 code, not "${String(entry.country)}"`);
  for (const key of LIST_KEYS) {
    const value = entry[key];
    if (value !== undefined && (!Array.isArray(value) || !value.every((v) => typeof v === 'string')))
      throw new RegistryError(`${label}: "${key}" must be a list of strings`);
  }
  if (!Array.isArray(entry.hf_namespaces)) throw new RegistryError(`${label}: "hf_namespaces" is required (may be empty)`);
  if (!Array.isArray(entry.sources) || entry.sources.length === 0) throw new RegistryError(`${label}: "sources" needs at least one URL`);
  if (entry.vocab_sizes !== undefined && (!Array.isArray(entry.vocab_sizes) || !entry.vocab_sizes.every((v) => Number.isInteger(v))))
    throw new RegistryError(`${label}: "vocab_sizes" must be a list of integers`);
  return entry as unknown as Family;
}

export interface LoadOptions {
  /** User registry files (same schema); a family with an existing id replaces it. */
  extraFiles?: string[];
}

let cached: Registry | undefined;

export function loadRegistry(options: LoadOptions = {}): Registry {
  if (!options.extraFiles?.length && cached) return cached;
  const familiesPath = 'src/registry/families.yaml';
  const doc = readRegistryFile('families.yaml');
  if (!Array.isArray(doc.families)) throw new RegistryError(`${familiesPath}: "families" must be a list`);
  const families = new Map<string, Family>();
  doc.families.forEach((raw, i) => {
    const family = validateFamily(raw, `${familiesPath}: families[${i}]`);
    if (families.has(family.id)) throw new RegistryError(`${familiesPath}: families[${i}]: duplicate id "${family.id}"`);
    families.set(family.id, family);
  });
  for (const path of options.extraFiles ?? []) {
    const extra = readYaml(path);
    if (!Array.isArray(extra.families)) throw new RegistryError(`${path}: "families" must be a list`);
    extra.families.forEach((raw, i) => {
      const family = validateFamily(raw, `${path}: families[${i}]`);
      families.set(family.id, family);
    });
  }
  const registry = buildRegistry([...families.values()], doc, readRegistryFile('licences.yaml'));
  if (!options.extraFiles?.length) cached = registry;
  return registry;
}

function buildRegistry(families: Family[], doc: Record<string, unknown>, licenceDoc: Record<string, unknown>): Registry {
  const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
  const multi = <K>(map: Map<K, Family[]>, key: K, f: Family) => map.set(key, [...(map.get(key) ?? []), f]);
  const first = <K>(map: Map<K, Family>, key: K, f: Family) => (map.has(key) ? undefined : map.set(key, f));
  const registry: Registry = {
    families,
    repackagers: new Set(list(doc.repackagers).map((r) => (r as unknown as { namespace: string }).namespace)),
    sharedArchitectures: new Set(list(doc.shared_architectures)),
    sharedModelTypes: new Set(list(doc.shared_model_types)),
    licences: new Map(),
    ranks: (licenceDoc.ranks ?? {}) as Record<string, number>,
    byNamespace: new Map(),
    byNamespaceLower: new Map(),
    byModelScopeNamespace: new Map(),
    byModelType: new Map(),
    byArchitecture: new Map(),
    byGgufArchitecture: new Map(),
    byPreTokenizer: new Map(),
    byVocabOwner: new Map(),
    byOllamaName: new Map(),
    apiProviders: [],
    caseDistinct: new Set(list(doc.case_distinct_namespaces).map((c) => (c as unknown as { namespace: string }).namespace)),
    providerFamilies: new Map(),
  };
  const byId = new Map(families.map((f) => [f.id, f]));
  for (const [provider, familyId] of Object.entries((doc.provider_families ?? {}) as Record<string, string>)) {
    const family = byId.get(familyId);
    if (!family) throw new RegistryError(`families.yaml: provider_families.${provider}: unknown family "${familyId}"`);
    registry.providerFamilies.set(provider.toLowerCase(), family);
  }
  for (const f of families) {
    for (const ns of [...f.hf_namespaces, ...(f.former_namespaces ?? [])]) {
      multi(registry.byNamespace, ns, f);
      multi(registry.byNamespaceLower, ns.toLowerCase(), f);
    }
    for (const ns of f.modelscope_namespaces ?? []) multi(registry.byModelScopeNamespace, ns, f);
    for (const o of f.ollama ?? []) first(registry.byOllamaName, o, f);
    for (const provider of f.apis ?? []) registry.apiProviders.push({ family: f, provider });
  }
  // A fingerprint attributes only when one family lists it, or when its owner is declared.
  const owners = (doc.fingerprint_owners ?? {}) as Record<string, string>;
  const index = (map: Map<string, Family>, values: (f: Family) => string[] | undefined) => {
    const listing = new Map<string, Family[]>();
    for (const f of families) for (const v of values(f) ?? []) multi(listing, v, f);
    for (const [value, list] of listing) {
      const owner = list.length === 1 ? list[0] : byId.get(owners[value] ?? '');
      if (owner) map.set(value, owner);
    }
  };
  index(registry.byModelType, (f) => f.model_types);
  index(registry.byArchitecture, (f) => f.architectures);
  index(registry.byGgufArchitecture, (f) => f.gguf_architectures);
  index(registry.byPreTokenizer, (f) => f.gguf_pre_tokenizers);
  index(registry.byVocabOwner, (f) => f.vocab_sizes?.map(String));
  for (const [value, familyId] of Object.entries(owners))
    if (!byId.has(familyId)) throw new RegistryError(`families.yaml: fingerprint_owners.${value}: unknown family "${familyId}"`);

  const entries = (licenceDoc.licences ?? {}) as Record<string, Omit<LicenceEntry, 'key'>>;
  for (const [key, raw] of Object.entries(entries)) {
    if (!raw?.name || !KINDS.has(raw.kind)) throw new RegistryError(`licences.yaml: ${key}: needs a name and a kind (${[...KINDS].join(', ')})`);
    const entry: LicenceEntry = { key, ...raw, spdx: raw.spdx ?? null };
    registry.licences.set(key.toLowerCase(), entry);
    for (const alias of raw.aliases ?? []) registry.licences.set(alias.toLowerCase(), entry);
  }
  return registry;
}
