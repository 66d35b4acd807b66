// What a string standing in a model slot names (a model-named key's value, an entry of a collection named for
// models), in any language: a name a provider table knows, as model-names reports it (same id); else a name
// by its shape, or an `<org>/<name>` id of an organisation no table knows, on a server no one names
// (`openai-compatible/<name>`). Language-neutral: the code extractors that read model contexts ask it once
// they have found the slot their language writes.
import type { RawReference } from '../../model/reference.js';
import type { Registry } from '../../registry/load.js';
import { contextOnlyId } from '../../registry/providers.js';
import { classify, isNameShaped, NOT_MODEL_CONTEXT } from './model-name.js';

export type KeyedName = { id: string; source: RawReference['source'] };

/** The model a slot's string names, or undefined when it is no name (a placeholder, a word about a model). */
export function keyedModelName(value: string, lineText: string, registry: Registry): KeyedName | undefined {
  if (NOT_MODEL_CONTEXT.test(lineText)) return undefined;
  const known = classify(value, lineText, registry);
  if (known) return known;
  // `static-model`, `custom-model`, `custom_model_1`: words about a model (test values, placeholders), not a name.
  if (/(?:^|[-_/])model(?:$|[-_])/i.test(value)) return undefined;
  return isNameShaped(value.replace(/@(\d+)$/, '-$1')) || isUnknownOrgIdShape(value) ? { id: contextOnlyId(value), source: 'api' } : undefined;
}

/** `meta/llama-2-70b-chat`: an `<org>/<name>` id of an organisation no table knows (a router's or host's catalogue). */
export function isUnknownOrgIdShape(value: string): boolean {
  const m = /^([A-Za-z0-9][\w.-]*)\/([A-Za-z][\w.:-]*)$/.exec(value);
  return !!m && /[\d-]/.test(m[2]!) && !/\.(json|ya?ml|py|rb|md|txt|bin|js|ts|html|png|svg|java|kt|properties)$/i.test(value);
}
