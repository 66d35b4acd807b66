// Whether a parsed `config.json` is a transformers model's configuration (the local-model extractor reads those) or
// any other program's settings that happen to be named config.json (the config-file extractor reads those).
// Format: https://huggingface.co/docs/transformers/main_classes/configuration

/** Keys only a transformers config holds beside its `model_type`: the library's version and the model's sizes. */
const TRANSFORMERS_KEYS = [
  'transformers_version',
  'vocab_size',
  'hidden_size',
  'd_model',
  'n_embd',
  'num_hidden_layers',
  'n_layer',
  'num_layers',
  'num_attention_heads',
  'torch_dtype',
];

/**
 * `architectures`, or a `model_type` beside the version or a size of a transformers config. Without either it is an
 * app's settings, which may name a hosted model under `model_type` (CAMEL's `{"model_platform": ..., "model_type":
 * "grok-beta", "api_key": ...}`) or list benchmark runs (`[{"model_path": "~/models/qwen2.5-7b-instruct", ...}]`).
 */
export function isTransformersConfig(json: unknown): boolean {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return false;
  const config = json as Record<string, unknown>;
  return (
    Array.isArray(config.architectures) || (typeof config.model_type === 'string' && !!config.model_type.trim() && TRANSFORMERS_KEYS.some((k) => k in config))
  );
}
