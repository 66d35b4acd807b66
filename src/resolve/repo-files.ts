// Repo files the lineage walk may download (adapter_config.json, config.json, mergekit_config.yml).
// Pure readers, so that what a file says is read the same way wherever it is fetched.
import { parse as parseYaml } from 'yaml';
import type { LocalBase, Relation } from '../model/lineage.js';
import type { Registry } from '../registry/load.js';
import { asRecord, asString, asStrings } from './json-fields.js';
import { readBase, type ParentLink } from './read-base.js';

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
export function basesFrom(values: { raw: string; relation: Relation }[], declaredIn: string, registry: Registry, self?: string): FileBases {
  const out: FileBases = { parents: [], badBases: [], localBases: [] };
  for (const { raw, relation } of values) {
    const reading = readBase(raw, declaredIn, registry);
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
export function readAdapterConfig(text: string, registry: Registry, self?: string): FileBases {
  const json = parseJson(text);
  const base = asString(json.base_model_name_or_path);
  return basesFrom(base ? [{ raw: base, relation: 'adapter' }] : [], 'adapter_config.json', registry, self);
}

export interface ConfigFile {
  vocabSize?: number;
  /** `_name_or_path`, which transformers writes at save time: weak evidence of the checkpoint it started from. */
  nameOrPath?: LocalBase | { value: string; id: string };
  modelType?: string;
  architectures: string[];
}

/** config.json: vocabulary size (also under text_config for VL models), model_type, architectures, `_name_or_path`. */
export function readConfigFile(text: string, registry: Registry): ConfigFile {
  const json = parseJson(text);
  const text_ = asRecord(json.text_config);
  const size = json.vocab_size ?? text_.vocab_size;
  const nameOrPath = asString(json._name_or_path);
  const reading = nameOrPath ? readBase(nameOrPath, 'config.json _name_or_path', registry) : undefined;
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
export function readMergekitConfig(yaml: unknown, registry: Registry, self?: string): FileBases {
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
  return basesFrom(values, 'mergekit_config.yml', registry, self);
}
