// Loads and validates the family registry and licence catalogue (src/registry/*.yaml), plus any
// user registry files, and indexes them for attribution. A bad entry is an error naming the file
// and the entry: the registry is reviewed data, so it must never be half-read.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { BoundedReadError, excerpt, MAX_REGISTRY_BYTES, readRegularFile } from '../discover/bounded-read.js';
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
  /** Namespaces on OpenXLab (openxlab.org.cn, Shanghai AI Laboratory's model hub). */
  openxlab_namespaces?: string[];
  id_hints?: string[];
  model_types?: string[];
  architectures?: string[];
  gguf_architectures?: string[];
  gguf_pre_tokenizers?: string[];
  vocab_sizes?: number[];
  ollama?: string[];
  apis?: ApiProvider[];
  /**
   * Where the publisher serves the family's weights for download outside the Hub, as `host/path/` prefixes
   * (`bj.bcebos.com/wenxin-models/`, Baidu's ERNIE bucket): a file or archive fetched from there is that family's.
   */
  weights_hosts?: string[];
  /**
   * File names the family's weights are passed around under outside the Hub, often by other projects (`eva_vit_g.pth`:
   * EVA-CLIP's ViT-g as Salesforce LAVIS's BLIP-2 serves it): a local file of that exact name is the family's.
   */
  weights_files?: string[];
  licences?: { license?: string; name?: string; applies_to?: string }[];
  sources: string[];
  reviewed: string;
}

export interface LicenceEntry {
  key: string;
  name: string;
  spdx: string | null;
  kind: LicenceKind;
  /** 0-100, how permissive; a derivative ranked above its root is licence drift. */
  rank: number;
  summary: string;
  url?: string;
  aliases?: string[];
}

export interface Registry {
  families: Family[];
  repackagers: Set<string>;
  /** Repackager namespaces that exist on ModelScope only (`site: modelscope`): never a Hub id. */
  modelScopeOnly: Set<string>;
  /**
   * Repackagers whose repository names follow a shape of their own (`names`: MLC LLM's `<model>-q4f16_1-MLC`): such a
   * name written alone is `<namespace>/<name>` on the Hub. `words`: literal parts every matching name holds (prefilter).
   */
  repackagerNames: RepackagerNaming[];
  sharedArchitectures: Set<string>;
  sharedModelTypes: Set<string>;
  /** Licence key or alias (lower case) -> entry. */
  licences: Map<string, LicenceEntry>;
  byNamespace: Map<string, Family[]>;
  byNamespaceLower: Map<string, Family[]>;
  byModelScopeNamespace: Map<string, Family[]>;
  byOpenXLabNamespace: Map<string, Family[]>;
  /** First family listing each fingerprint value (file order puts the originating family first). */
  byModelType: Map<string, Family>;
  byArchitecture: Map<string, Family>;
  byGgufArchitecture: Map<string, Family>;
  byPreTokenizer: Map<string, Family>;
  /** Vocabulary size -> the family whose tokenizer it is, when one family lists it or owns it. */
  byVocabOwner: Map<string, Family>;
  byOllamaName: Map<string, Family>;
  apiProviders: { family: Family; provider: ApiProvider }[];
  /** families.yaml `weights_hosts`: a download URL's `host/path/` prefix and the family published there. */
  weightsHosts: { prefix: string; family: Family }[];
  /** families.yaml `weights_files`: a weights file's own name, lower case -> the family whose weights it holds. */
  weightsFiles: Map<string, Family>;
  /** Namespaces never matched case-insensitively (they belong to someone else). */
  caseDistinct: Set<string>;
  /** Hosted API provider id -> family. */
  providerFamilies: Map<string, Family>;
  /**
   * Dataset repositories of model publishers' namespaces (`openai/gsm8k`), lower case: a whole value naming one is that
   * dataset, though its organisation publishes models (families.yaml `dataset_repos`).
   */
  datasetRepos: Set<string>;
}

export interface RepackagerNaming {
  namespace: string;
  test: RegExp;
  /** Literal parts (lower case) every name `test` matches holds: the prefilter's words, and the cheap test before `test`. */
  words: string[];
  /** Only a name a family's id_hints start a word of (`Qwen3-8B-4bit`, not `XuanYuan-70B-Chat-4bit`): `family_named: true`. */
  familyNamed: boolean;
}

export class RegistryError extends Error {
  override readonly name = 'ConfigError';
}

const FAMILY_KEYS = new Set([
  'id',
  'family',
  'developer',
  'parent_org',
  'country',
  'org_kind',
  'hf_namespaces',
  'former_namespaces',
  'unverified_namespaces',
  'modelscope_namespaces',
  'openxlab_namespaces',
  'id_hints',
  'model_types',
  'architectures',
  'gguf_architectures',
  'gguf_pre_tokenizers',
  'vocab_sizes',
  'ollama',
  'apis',
  'weights_hosts',
  'weights_files',
  'licences',
  'sources',
  'reviewed',
]);
const LIST_KEYS = [
  'hf_namespaces',
  'former_namespaces',
  'unverified_namespaces',
  'modelscope_namespaces',
  'openxlab_namespaces',
  'id_hints',
  'model_types',
  'architectures',
  'gguf_architectures',
  'gguf_pre_tokenizers',
  'ollama',
  'weights_hosts',
  'weights_files',
  'sources',
] as const;
const API_KEYS = new Set(['name', 'hosts', 'model_ids', 'packages', 'applies_to']);
const FAMILY_LICENCE_KEYS = new Set(['license', 'name', 'applies_to']);
const ORG_KINDS = new Set(['company', 'research-institute', 'university', 'non-profit', 'community', 'government-lab']);
const FAMILIES_DOC_KEYS = new Set([
  'schema_version',
  'reviewed',
  'shared_architectures',
  'shared_model_types',
  'repackagers',
  'families',
  'shared_namespaces',
  'case_distinct_namespaces',
  'provider_families',
  'fingerprint_owners',
  'dataset_repos',
]);
const EXTRA_DOC_KEYS = new Set(['schema_version', 'reviewed', 'families', 'licences', 'repackagers']);
const LICENCE_KEYS = new Set(['name', 'spdx', 'kind', 'rank', 'summary', 'url', 'aliases']);
const KINDS = new Set<LicenceKind>(['permissive', 'attribution', 'copyleft', 'user-threshold', 'registration', 'use-restricted', 'non-commercial', 'unknown']);
// ISO 3166-1 alpha-2 codes a model developer could plausibly sit in; a code outside it is a typo.
const ISO_COUNTRIES = new Set(
  (
    'AE AR AT AU BE BG BR CA CH CL CN CO CZ DE DK EE EG ES FI FR GB GR HK HR HU ID IE IL IN IR IS IT JP KE KR KZ LB LT LU LV MA ' +
    'MO MX MY NG NL NO NZ PE PH PK PL PT QA RO RS RU SA SE SG SI SK TH TR TW UA US UY VN ZA'
  ).split(' '),
);

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
    const value = parse(readRegularFile(path, 'registry file', MAX_REGISTRY_BYTES), { maxAliasCount: 50 }) as unknown;
    if (!value || typeof value !== 'object') throw new Error('not a mapping');
    return value as Record<string, unknown>;
  } catch (error) {
    if (error instanceof BoundedReadError) throw error;
    // A user's registry path may name any file: quote only a short escaped excerpt of the problem.
    throw new RegistryError(`registry ${path}: ${excerpt((error as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), 80)}`);
  }
}

export function validateFamily(raw: unknown, where: string): Family {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new RegistryError(`${where}: an entry must be a mapping`);
  const entry = raw as Record<string, unknown>;
  const label = `${where} (${String(entry.id ?? '?')})`;
  const fail = (message: string): never => {
    throw new RegistryError(`${label}: ${message}`);
  };
  for (const key of Object.keys(entry)) if (!FAMILY_KEYS.has(key)) fail(`unknown field "${key}"`);
  for (const key of ['id', 'family', 'developer', 'country', 'org_kind', 'reviewed'])
    if (typeof entry[key] !== 'string' || !(entry[key] as string).trim()) fail(`"${key}" is required`);
  if (entry.parent_org !== undefined && typeof entry.parent_org !== 'string') fail('"parent_org" must be a string');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(entry.id as string)) fail(`"id" must be a lower-case slug, not "${String(entry.id)}"`);
  if (!ISO_COUNTRIES.has(entry.country as string)) fail(`country must be an ISO 3166-1 alpha-2 code, not "${String(entry.country)}"`);
  if (!ORG_KINDS.has(entry.org_kind as string)) fail(`org_kind must be one of ${[...ORG_KINDS].join(', ')}, not "${String(entry.org_kind)}"`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.reviewed as string)) fail(`"reviewed" must be a date (YYYY-MM-DD), not "${String(entry.reviewed)}"`);
  for (const key of LIST_KEYS) {
    const value = entry[key];
    if (value !== undefined && (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim() !== '')))
      fail(`"${key}" must be a list of strings`);
  }
  if (!Array.isArray(entry.hf_namespaces)) fail('"hf_namespaces" is required (may be empty)');
  if (!Array.isArray(entry.sources) || entry.sources.length === 0) fail('"sources" needs at least one URL');
  for (const url of entry.sources as string[]) if (!/^https?:\/\/\S+$/.test(url)) fail(`source "${url}" is not a URL`);
  if (entry.vocab_sizes !== undefined && (!Array.isArray(entry.vocab_sizes) || !entry.vocab_sizes.every((v) => Number.isInteger(v) && v > 0)))
    fail('"vocab_sizes" must be a list of positive integers');
  if (entry.apis !== undefined) {
    if (!Array.isArray(entry.apis)) fail('"apis" must be a list');
    (entry.apis as unknown[]).forEach((api, i) => {
      if (!api || typeof api !== 'object') fail(`apis[${i}] must be a mapping`);
      const fields = api as Record<string, unknown>;
      for (const key of Object.keys(fields)) if (!API_KEYS.has(key)) fail(`apis[${i}]: unknown field "${key}"`);
      if (typeof fields.name !== 'string') fail(`apis[${i}]: "name" is required`);
      for (const key of ['hosts', 'model_ids', 'packages'])
        if (fields[key] !== undefined && (!Array.isArray(fields[key]) || !(fields[key] as unknown[]).every((v) => typeof v === 'string')))
          fail(`apis[${i}]: "${key}" must be a list of strings`);
    });
  }
  if (entry.licences !== undefined) {
    if (!Array.isArray(entry.licences)) fail('"licences" must be a list');
    (entry.licences as unknown[]).forEach((licence, i) => {
      if (!licence || typeof licence !== 'object') fail(`licences[${i}] must be a mapping`);
      for (const key of Object.keys(licence as object)) if (!FAMILY_LICENCE_KEYS.has(key)) fail(`licences[${i}]: unknown field "${key}"`);
    });
  }
  return entry as unknown as Family;
}

/** One licence catalogue entry, checked field by field (the catalogue is as reviewed as the families). */
export function validateLicence(key: string, raw: unknown, where: string): LicenceEntry {
  const label = `${where}: licences.${key}`;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new RegistryError(`${label}: an entry must be a mapping`);
  const entry = raw as Record<string, unknown>;
  const fail = (message: string): never => {
    throw new RegistryError(`${label}: ${message}`);
  };
  for (const field of Object.keys(entry)) if (!LICENCE_KEYS.has(field)) fail(`unknown field "${field}"`);
  for (const field of ['name', 'summary']) if (typeof entry[field] !== 'string' || !(entry[field] as string).trim()) fail(`"${field}" is required`);
  if (!KINDS.has(entry.kind as LicenceKind)) fail(`kind must be one of ${[...KINDS].join(', ')}, not "${String(entry.kind)}"`);
  if (!('spdx' in entry) || (entry.spdx !== null && typeof entry.spdx !== 'string')) fail('"spdx" is required (an SPDX id, or null)');
  if (!Number.isInteger(entry.rank) || (entry.rank as number) < 0 || (entry.rank as number) > 100) fail('"rank" must be an integer from 0 to 100');
  if (entry.url !== undefined && (typeof entry.url !== 'string' || !/^https?:\/\//.test(entry.url))) fail('"url" must be a URL');
  if (entry.aliases !== undefined && (!Array.isArray(entry.aliases) || !entry.aliases.every((a) => typeof a === 'string')))
    fail('"aliases" must be a list of strings');
  return { key, ...(entry as Omit<LicenceEntry, 'key'>) };
}

export interface LoadOptions {
  /** User registry files (same schema); a family with an existing id replaces it. */
  extraFiles?: string[];
}

let cached: Registry | undefined;

const FAMILIES_FILE = 'src/registry/families.yaml';
const LICENCES_FILE = 'src/registry/licences.yaml';

export function loadRegistry(options: LoadOptions = {}): Registry {
  if (!options.extraFiles?.length && cached) return cached;
  const doc = readRegistryFile('families.yaml');
  checkTopLevel(doc, FAMILIES_DOC_KEYS, FAMILIES_FILE);
  if (!Array.isArray(doc.families)) throw new RegistryError(`${FAMILIES_FILE}: "families" must be a list`);
  const families = new Map<string, Family>();
  doc.families.forEach((raw, i) => {
    const family = validateFamily(raw, `${FAMILIES_FILE}: families[${i}]`);
    if (families.has(family.id)) throw new RegistryError(`${FAMILIES_FILE}: families[${i}]: duplicate id "${family.id}"`);
    families.set(family.id, family);
  });
  const licenceDoc = readRegistryFile('licences.yaml');
  const licences = readLicences(licenceDoc, LICENCES_FILE);
  const repackagers = namespaceList(doc.repackagers);
  for (const path of options.extraFiles ?? []) {
    const extra = readYaml(path);
    checkTopLevel(extra, EXTRA_DOC_KEYS, path);
    if (extra.families !== undefined && !Array.isArray(extra.families)) throw new RegistryError(`${path}: "families" must be a list`);
    // Same id replaces the bundled entry: a user can correct a family without forking the registry.
    ((extra.families as unknown[] | undefined) ?? []).forEach((raw, i) => {
      const family = validateFamily(raw, `${path}: families[${i}]`);
      families.set(family.id, family);
    });
    for (const [key, entry] of readLicences(extra, path)) licences.set(key, entry);
    for (const namespace of namespaceList(extra.repackagers)) repackagers.add(namespace);
  }
  const registry = buildRegistry([...families.values()], doc, licences, repackagers);
  checkConsistency(registry, doc, options.extraFiles ?? []);
  if (!options.extraFiles?.length) cached = registry;
  return registry;
}

function checkTopLevel(doc: Record<string, unknown>, allowed: Set<string>, path: string) {
  for (const key of Object.keys(doc)) if (!allowed.has(key)) throw new RegistryError(`${path}: unknown top-level field "${excerpt(key, 40)}"`);
}

/** The `names: {words, patterns}` of repackager entries: anchored, case kept (`-MLC` is how MLC LLM writes it). */
function repackagerNaming(value: unknown): RepackagerNaming[] {
  const out: RepackagerNaming[] = [];
  for (const [i, raw] of (Array.isArray(value) ? value : []).entries()) {
    const names = (raw as { names?: unknown })?.names;
    if (names === undefined) continue;
    const { words, patterns, family_named } = (names ?? {}) as { words?: unknown; patterns?: unknown; family_named?: unknown };
    const strings = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x.length > 0);
    if (!strings(words) || !strings(patterns))
      throw new RegistryError(`${FAMILIES_FILE}: repackagers[${i}].names needs non-empty "words" and "patterns" lists of strings`);
    const namespace = String((raw as { namespace?: unknown }).namespace ?? '');
    const lower = (words as string[]).map((w) => w.toLowerCase());
    if (family_named !== undefined && typeof family_named !== 'boolean')
      throw new RegistryError(`${FAMILIES_FILE}: repackagers[${i}].names.family_named must be true or false`);
    out.push({ namespace, test: new RegExp(`^(?:${(patterns as string[]).join('|')})$`), words: lower, familyNamed: family_named === true });
  }
  return out;
}

/** `repackagers:` entries are `{namespace, who}` in the bundled file; plain strings are accepted in user files. */
function namespaceList(value: unknown): Set<string> {
  const list = Array.isArray(value) ? value : [];
  return new Set(list.map((r) => (typeof r === 'string' ? r : String((r as { namespace?: unknown })?.namespace ?? ''))).filter(Boolean));
}

/** `dataset_repos`: `{id: org/name, source: URL}` entries, each backed by its dataset page. */
function datasetRepos(value: unknown): Set<string> {
  const out = new Set<string>();
  if (value === undefined) return out;
  if (!Array.isArray(value)) throw new RegistryError(`${FAMILIES_FILE}: "dataset_repos" must be a list`);
  for (const raw of value) {
    const { id, source } = (raw ?? {}) as { id?: unknown; source?: unknown };
    if (typeof id !== 'string' || !/^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/.test(id))
      throw new RegistryError(`${FAMILIES_FILE}: dataset_repos: "${String(id)}" is not an org/name repository id`);
    if (typeof source !== 'string' || !/^https:\/\//.test(source)) throw new RegistryError(`${FAMILIES_FILE}: dataset_repos: ${id} needs a source URL`);
    out.add(id.toLowerCase());
  }
  return out;
}

function readLicences(doc: Record<string, unknown>, path: string): Map<string, LicenceEntry> {
  const out = new Map<string, LicenceEntry>();
  if (doc.licences === undefined) return out;
  if (!doc.licences || typeof doc.licences !== 'object' || Array.isArray(doc.licences))
    throw new RegistryError(`${path}: "licences" must be a mapping of licence ids`);
  for (const [key, raw] of Object.entries(doc.licences as Record<string, unknown>)) {
    const entry = validateLicence(key, raw, path);
    for (const name of [key, ...(entry.aliases ?? [])]) {
      const lower = name.toLowerCase();
      const taken = out.get(lower);
      if (taken && taken.key !== key) throw new RegistryError(`${path}: licences.${key}: "${name}" is already ${taken.key}`);
      out.set(lower, entry);
    }
  }
  return out;
}

/** Cross-entry rules: one owner per namespace, licences that exist, owners that exist. */
function checkConsistency(registry: Registry, doc: Record<string, unknown>, extraFiles: string[]) {
  const where = extraFiles.length ? `${FAMILIES_FILE} (with ${extraFiles.join(', ')})` : FAMILIES_FILE;
  const shared = new Map<string, string[]>();
  for (const item of Array.isArray(doc.shared_namespaces) ? doc.shared_namespaces : []) {
    const { namespace, families } = item as { namespace: string; families: string[] };
    shared.set(namespace, families);
  }
  for (const [namespace, families] of registry.byNamespace) {
    if (families.length < 2) continue;
    const allowed = shared.get(namespace) ?? [];
    if (!families.every((f) => allowed.includes(f.id)))
      throw new RegistryError(
        `${where}: namespace "${namespace}" is listed by ${families.map((f) => f.id).join(' and ')}; a namespace has one owner (or an entry under shared_namespaces)`,
      );
  }
  for (const family of registry.families) {
    for (const licence of family.licences ?? []) {
      for (const key of [licence.license, licence.name]) {
        if (key !== undefined && !registry.licences.has(key.toLowerCase()))
          throw new RegistryError(`${where}: family ${family.id}: licence "${key}" is not in ${LICENCES_FILE}`);
      }
    }
  }
}

function buildRegistry(families: Family[], doc: Record<string, unknown>, licences: Map<string, LicenceEntry>, repackagers: Set<string>): Registry {
  const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
  const multi = <K>(map: Map<K, Family[]>, key: K, f: Family) => map.set(key, [...(map.get(key) ?? []), f]);
  const first = <K>(map: Map<K, Family>, key: K, f: Family) => (map.has(key) ? undefined : map.set(key, f));
  const registry: Registry = {
    families,
    repackagers,
    modelScopeOnly: new Set(
      (Array.isArray(doc.repackagers) ? doc.repackagers : [])
        .filter((r) => (r as { site?: unknown })?.site === 'modelscope')
        .map((r) => String((r as { namespace?: unknown }).namespace ?? '')),
    ),
    repackagerNames: repackagerNaming(doc.repackagers),
    sharedArchitectures: new Set(list(doc.shared_architectures)),
    sharedModelTypes: new Set(list(doc.shared_model_types)),
    licences,
    byNamespace: new Map(),
    byNamespaceLower: new Map(),
    byModelScopeNamespace: new Map(),
    byOpenXLabNamespace: new Map(),
    byModelType: new Map(),
    byArchitecture: new Map(),
    byGgufArchitecture: new Map(),
    byPreTokenizer: new Map(),
    byVocabOwner: new Map(),
    byOllamaName: new Map(),
    apiProviders: [],
    weightsHosts: [],
    weightsFiles: new Map(),
    caseDistinct: namespaceList(doc.case_distinct_namespaces),
    providerFamilies: new Map(),
    datasetRepos: datasetRepos(doc.dataset_repos),
  };
  const byId = new Map(families.map((f) => [f.id, f]));
  for (const [provider, familyId] of Object.entries((doc.provider_families ?? {}) as Record<string, string>)) {
    const family = byId.get(familyId);
    if (!family) throw new RegistryError(`${FAMILIES_FILE}: provider_families.${provider}: unknown family "${familyId}"`);
    registry.providerFamilies.set(provider.toLowerCase(), family);
  }
  for (const f of families) {
    for (const ns of [...f.hf_namespaces, ...(f.former_namespaces ?? [])]) {
      multi(registry.byNamespace, ns, f);
      multi(registry.byNamespaceLower, ns.toLowerCase(), f);
    }
    for (const ns of f.modelscope_namespaces ?? []) multi(registry.byModelScopeNamespace, ns, f);
    for (const ns of f.openxlab_namespaces ?? []) multi(registry.byOpenXLabNamespace, ns, f);
    for (const o of f.ollama ?? []) first(registry.byOllamaName, o, f);
    for (const provider of f.apis ?? []) registry.apiProviders.push({ family: f, provider });
    for (const prefix of f.weights_hosts ?? []) registry.weightsHosts.push({ prefix: prefix.toLowerCase(), family: f });
    for (const file of f.weights_files ?? []) first(registry.weightsFiles, file.toLowerCase(), f);
  }
  // A fingerprint attributes only when one family lists it, or when its owner is declared; the
  // shared classes (LlamaForCausalLM, bert, ...) never do, whoever lists them.
  const owners = (doc.fingerprint_owners ?? {}) as Record<string, string>;
  const shared = new Set([...registry.sharedArchitectures, ...registry.sharedModelTypes]);
  const index = (map: Map<string, Family>, values: (f: Family) => string[] | undefined, skipShared: boolean) => {
    const listing = new Map<string, Family[]>();
    for (const f of families) for (const v of values(f) ?? []) multi(listing, v, f);
    for (const [value, owners_] of listing) {
      if (skipShared && shared.has(value)) continue;
      const owner = owners_.length === 1 ? owners_[0] : byId.get(owners[value] ?? '');
      if (owner) map.set(value, owner);
    }
  };
  index(registry.byModelType, (f) => f.model_types, true);
  index(registry.byArchitecture, (f) => f.architectures, true);
  index(registry.byGgufArchitecture, (f) => f.gguf_architectures, false);
  index(registry.byPreTokenizer, (f) => f.gguf_pre_tokenizers, false);
  index(registry.byVocabOwner, (f) => f.vocab_sizes?.map(String), false);
  for (const [value, familyId] of Object.entries(owners))
    if (!byId.has(familyId)) throw new RegistryError(`${FAMILIES_FILE}: fingerprint_owners.${value}: unknown family "${familyId}"`);
  return registry;
}

/**
 * The family publishing on the Hub whose models' names start as this name does (families.yaml `id_hints`, three
 * characters or more, a letter or digit first): "Qwen2.5-Math-7B" -> Qwen, "t5-v1_1-xxl" -> T5. The first in the
 * registry's order.
 */
export function familyNamedLike(name: string, registry: Registry): Family | undefined {
  const lower = name.toLowerCase();
  return registry.families.find(
    (f) => f.hf_namespaces.length > 0 && f.id_hints?.some((h) => h.length >= 3 && /^[a-z0-9]/.test(h) && lower.startsWith(h.toLowerCase())),
  );
}
