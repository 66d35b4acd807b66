/**
 * Where a model name came from. `api` = hosted API model, `local` = file or folder on disk; `modelscope` and `openxlab`
 * are model hubs of their own (ModelScope; OpenXLab, Shanghai AI Laboratory's), whose ids are not Hugging Face's.
 */
export type ModelSource = 'huggingface' | 'modelscope' | 'openxlab' | 'ollama' | 'api' | 'local';

/** Model hubs other than Hugging Face's whose lineage is not read: their models are attributed by namespace alone. */
export const isOtherHub = (source: ModelSource): source is 'modelscope' | 'openxlab' => source === 'modelscope' || source === 'openxlab';
export const HUB_NAME = { modelscope: 'ModelScope', openxlab: 'OpenXLab' } as const;

/**
 * What kind of text a reference sits in; policy can treat docs and tests differently. `capability`: a name code
 * matches inside the model a user configured (a list of models that need no temperature), not one it selects.
 */
export type ReferenceContext = 'code' | 'config' | 'deploy' | 'docs' | 'test' | 'comment' | 'vendored' | 'capability';

/** One place in the project that names a model. */
export interface Reference {
  /** Relative to the audited root, `/` separators. */
  path: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  extractor: string;
  snippet: string;
  context: ReferenceContext;
}

/** A model named by an extractor, before de-duplication. */
export interface RawReference {
  /** Normalised model id (Hub id, Ollama tag, `provider/model`, ModelScope id, or local path). */
  id: string;
  source: ModelSource;
  /** Git revision pinned at the reference (`revision=`, `@sha`), if any. */
  revision?: string;
  line: number;
  column: number;
  snippet: string;
  context?: ReferenceContext;
  /** Extra facts an extractor read (GGUF keys, local config fields, API provider...). */
  facts?: LocalFacts;
}

/** Facts read from local artefacts (GGUF header, config.json, adapter_config.json, model card). */
export interface LocalFacts {
  baseModels?: string[];
  baseModelRelation?: string;
  modelType?: string;
  architectures?: string[];
  vocabSize?: number;
  ggufArchitecture?: string;
  ggufPreTokenizer?: string;
  name?: string;
  license?: string;
  licenseName?: string;
  provider?: string;
}
