// YAML / JSON / TOML configuration: values under keys that name models (`model`, `model_name`,
// `model_id`, `base_model`, `repo_id`, `embedding_model`, `*_model`, ...), and LiteLLM's
// `litellm_params.model: <provider>/<model>`. LiteLLM's `model_name` is an alias, not a model.
import { parse as parseToml } from 'smol-toml';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ModelSource, RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { parseHubReference } from './shared/model-id.js';
import { classifyOllamaName } from './shared/ollama-tag.js';
import { PositionIndex } from './shared/position.js';
import { isScalar } from 'yaml';
import { mapGet, parseYaml, walkScalars } from './shared/structured.js';

const MODEL_KEY = /^(model|model_id|model_name|modelid|modelname|model_path|model_name_or_path|pretrained_model_name_or_path|base_model|base_model_name_or_path|repo_id|hf_model|hf_repo|llm|llm_model|tokenizer|tokenizer_name|checkpoint|[\w-]*_model(_id|_name)?|[\w-]*Model(Id|Name)?)$/i;
/** Files that are not configuration, or that other extractors read. */
const NOT_CONFIG = /(^|\/)(package(-lock)?\.json|tsconfig[\w.-]*\.json|composer\.lock|yarn\.lock|pnpm-lock\.yaml|\.eslintrc[\w.]*|renovate\.json|\.modelprov\.ya?ml|modelprov\.lock\.json|[\w.-]*\.ipynb|config\.json|adapter_config\.json|tokenizer(_config)?\.json|model_index\.json|generation_config\.json|special_tokens_map\.json|pyproject\.toml|Pipfile|Cargo\.toml|poetry\.lock|Cargo\.lock)$/i;
/** `ollama/qwen2.5`, `huggingface/Qwen/Qwen2.5-7B`, `deepseek/deepseek-chat` (LiteLLM provider prefixes). */
const LITELLM_PREFIX = /^(ollama|ollama_chat|huggingface|hosted_vllm|openai|deepseek|dashscope|moonshot|zhipuai|volcengine|minimax|anthropic|gemini|mistral|groq|together_ai|openrouter|azure|bedrock|vertex_ai)\/(.+)$/;
const API_PROVIDER: Record<string, string> = { zhipuai: 'zhipu', volcengine: 'ark', together_ai: 'together', vertex_ai: 'google', gemini: 'google', hosted_vllm: 'openai-compatible' };

export default defineExtractor({
  name: 'config-file',
  matches: (path) => /\.(ya?ml|json|toml)$/i.test(path) && !NOT_CONFIG.test(path),
  extract(file) {
    const text = file.text;
    if (!/model|repo_id|llm|checkpoint|tokenizer/i.test(text)) return { references: [], diagnostics: [] };
    const positions = new PositionIndex(text);
    const references: RawReference[] = [];
    const diagnostics: Diagnostic[] = [];
    const add = (id: string, source: ModelSource, offset: number, revision?: string) => {
      const { line, column } = positions.at(offset);
      references.push({ id, source, line, column, snippet: positions.snippet(line), ...(revision ? { revision } : {}) });
    };
    const consider = (key: string, path: (string | number)[], value: string, offset: number, provider?: string) => {
      if (!MODEL_KEY.test(key)) return;
      if (key === 'model_name' && path.includes('model_list')) return; // LiteLLM alias
      // Continue, Open WebUI and similar: `{ provider: ollama, model: qwen2.5-coder:7b }`.
      if (provider && key === 'model' && !parseHubReference(value)) {
        if (provider === 'ollama') return add(value, 'ollama', offset);
        if (/^[a-z][\w-]*$/.test(provider) && !['huggingface', 'hf', 'local'].includes(provider)) return add(`${API_PROVIDER[provider] ?? provider}/${value}`, 'api', offset);
      }
      const litellm = LITELLM_PREFIX.exec(value);
      if (litellm) {
        const [, provider, model] = litellm as unknown as [string, string, string];
        if (provider.startsWith('ollama')) return add(model, 'ollama', offset + provider.length + 1);
        if (provider === 'huggingface') {
          const parsed = parseHubReference(model);
          return parsed ? add(parsed.id, 'huggingface', offset + provider.length + 1, parsed.revision) : undefined;
        }
        return add(`${API_PROVIDER[provider] ?? provider}/${model}`, 'api', offset);
      }
      const parsed = parseHubReference(value);
      if (parsed) return add(parsed.id, 'huggingface', offset, parsed.revision);
      if (/ollama/i.test(path.join('.'))) {
        const model = classifyOllamaName(value);
        if (model?.source === 'ollama' && value.includes(':')) add(model.id, 'ollama', offset);
      }
    };

    if (/\.toml$/i.test(file.relPath)) {
      try {
        walkToml(parseToml(text), [], (path, value) => {
          const offset = locate(text, value);
          if (offset >= 0) consider(String(path.at(-1)), path, value, offset);
        });
      } catch (error) {
        diagnostics.push({ stage: 'extract', code: 'malformed-file', path: file.relPath, message: `${file.relPath} is not valid TOML: ${(error as Error).message.split('\n')[0]}` });
      }
      return { references, diagnostics };
    }
    const parsed = parseYaml(text, file.relPath);
    diagnostics.push(...parsed.diagnostics);
    for (const doc of parsed.documents)
      walkScalars(doc, ({ path, value, offset }, parent) => {
        const key = [...path].reverse().find((p) => typeof p === 'string');
        const provider = mapGet(parent, 'provider');
        const providerName = isScalar(provider) && typeof provider.value === 'string' ? provider.value.toLowerCase() : undefined;
        if (key !== undefined) consider(key as string, path, value, offset, providerName);
      });
    return { references, diagnostics };
  },
});

function walkToml(value: unknown, path: (string | number)[], visit: (path: (string | number)[], value: string) => void, depth = 0) {
  if (depth > 50) return;
  if (typeof value === 'string') visit(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => walkToml(v, [...path, i], visit, depth + 1));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walkToml(v, [...path, k], visit, depth + 1);
}

/** TOML values have no positions in the parser's output: find the quoted value in the text. */
function locate(text: string, value: string): number {
  for (const quote of ['"', "'"]) {
    const at = text.indexOf(`${quote}${value}${quote}`);
    if (at >= 0) return at + 1;
  }
  return -1;
}
