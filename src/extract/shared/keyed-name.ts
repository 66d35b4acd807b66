// What a string standing in a model slot names (a model-named key's value, an entry of a collection named for
// models), in any language: a name a provider table knows, as model-names reports it (same id); else a name
// by its shape, or an `<org>/<name>` id of an organisation no table knows, on a server no one names
// (`openai-compatible/<name>`). Language-neutral: the code extractors that read model contexts ask it once
// they have found the slot their language writes.
import { GGML_BIN_FILE } from '../../model/ids.js';
import type { RawReference } from '../../model/reference.js';
import type { Registry } from '../../registry/load.js';
import { contextOnlyId } from '../../registry/providers.js';
import { classify, isNameShaped, NOT_MODEL_CONTEXT } from './model-name.js';

export type KeyedName = { id: string; source: RawReference['source'] };

/** Named for one model: `model`, `chatModel`, `DEFAULT_MODEL`, `model_name`, `ModelId`, `with_model`. */
const ONE_MODEL = /model(?:_?name|_?id)?$/i;
/** Named for several: `MODELS`, `availableModels`, `MODEL_NAMES`, `modelList`, `SUPPORTED_MODEL_IDS`. */
const MODEL_COLLECTION = /models$|model_?(?:names|ids|list|options|choices)$/i;
/** A model-named word that names something beside the model (its provider, type, path, limits...). */
export const BESIDE_MODEL =
  /provider|type|kind|class|format|famil|arch|dir|path|file|url|size|token|limit|version|save|output|export|backend|engine|platform|server/i;
/**
 * Named for a value that is no model on purpose: a test's `invalidHuggingFaceModelId` (SmolChat-Android HFModelTests.kt,
 * asserted to fail as "Invalid model ID"), `NONEXISTENT_MODEL`, `bogusModel`.
 */
export const NO_SUCH_MODEL = /invalid|non_?existent|nonexisting|bogus/i;
/**
 * Named for a test double standing in for a model (`stubModel("assistant-done")` in agentscope-ai/agentscope-java's
 * tests, whose argument is the stub's canned reply; `mockModel`, `fakeChatModel`, `DUMMY_MODEL`): what it holds is no
 * model's name by its place (a name a table knows is still read by model-names, wherever it stands).
 */
const TEST_DOUBLE = /stub|mock|fake|dummy/i;
/** Whether an identifier (a key, field, constant, call) names one model's slot, in any of the languages read in context. */
export const namedForOne = (name: string) => ONE_MODEL.test(name) && !BESIDE_MODEL.test(name) && !NO_SUCH_MODEL.test(name) && !TEST_DOUBLE.test(name);
/** Whether an identifier names a collection of models. */
export const namedForMany = (name: string) => MODEL_COLLECTION.test(name) && !BESIDE_MODEL.test(name) && !NO_SUCH_MODEL.test(name) && !TEST_DOUBLE.test(name);
/** A file name with no blank, template or glob character in it. */
const PLAIN_FILE = /^[^\s{}$%*<>|"]+$/;
/** A file that holds nothing but a model: GGUF, llamafile, a `.bin` named for ggml (`models/ggml-tiny.bin`: GGML_BIN_FILE). */
export const isModelOnlyFile = (value: string) => PLAIN_FILE.test(value) && (/.\.(?:gguf|llamafile)$/i.test(value) || GGML_BIN_FILE.test(value));

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
