// Local model folders: transformers `config.json`, PEFT `adapter_config.json`, diffusers
// `model_index.json`, sentence-transformers `config_sentence_transformers.json`. The folder is a
// `local` model whose facts (model_type, architectures, vocabulary size, declared base) feed
// lineage and attribution. Formats: https://huggingface.co/docs/transformers/main_classes/configuration
// https://huggingface.co/docs/peft/package_reference/config
import type { LocalFacts, RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { parseHubReference } from '../model/ids.js';
import { PositionIndex } from './shared/position.js';
import { isTransformersConfig } from './shared/transformers-config.js';

const FILES = /(^|\/)(config\.json|adapter_config\.json|model_index\.json|config_sentence_transformers\.json)$/;

/** A folder named for configuration files (`config/`, `configs/`, `conf/`): models are saved to folders named for them. */
const CONFIG_FOLDER = /(^|\/)(configs?|conf)$/i;

export default defineExtractor({
  name: 'local-model',
  matches: (path) => FILES.test(path) && !/(^|\/)(\.vscode|\.devcontainer|tsconfig)/.test(path),
  extract(file) {
    if (!file.text.trim()) return { references: [], diagnostics: [] };
    let json: Record<string, unknown>;
    try {
      const parsed = JSON.parse(file.text) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { references: [], diagnostics: [] };
      json = parsed as Record<string, unknown>;
    } catch (error) {
      return {
        references: [],
        diagnostics: [
          { stage: 'extract', code: 'malformed-file', path: file.relPath, message: `${file.relPath} is not valid JSON: ${(error as Error).message}` },
        ],
      };
    }
    const name = file.relPath.slice(file.relPath.lastIndexOf('/') + 1);
    const folder = file.relPath.includes('/') ? file.relPath.slice(0, file.relPath.lastIndexOf('/')) : '.';
    const positions = new PositionIndex(file.text);
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
    const at = (key: string) => {
      const offset = file.text.indexOf(`"${key}"`);
      return offset >= 0 ? positions.at(offset) : { line: 1, column: 1 };
    };
    const references: RawReference[] = [];
    const facts: LocalFacts = {};
    let anchor = 'model_type';
    if (name === 'config.json') {
      // Only transformers configs: anything else named config.json is not a model (the config-file extractor reads it).
      if (!isTransformersConfig(json)) return { references: [], diagnostics: [] };
      facts.modelType = str(json.model_type);
      if (Array.isArray(json.architectures)) facts.architectures = json.architectures.filter((a): a is string => typeof a === 'string');
      if (Number.isInteger(json.vocab_size)) facts.vocabSize = json.vocab_size as number;
      const base = str(json._name_or_path) && parseHubReference(json._name_or_path as string);
      if (base) facts.baseModels = [base.id];
      if (!facts.modelType) anchor = 'architectures';
    } else if (name === 'adapter_config.json') {
      // `"base_model_name_or_path": null` (QwenLM/Qwen3-Coder finetuning/sft/configs/lora/adapter_config.json, given to
      // `PeftConfig.from_pretrained(peft_config_path)` before `get_peft_model`): a LoRA settings template the training
      // script starts from. PEFT's `save_pretrained` writes the base the adapter was trained on, so a saved adapter names it.
      if ('base_model_name_or_path' in json && json.base_model_name_or_path === null) return { references: [], diagnostics: [] };
      const base = str(json.base_model_name_or_path);
      const parsed = base && parseHubReference(base);
      anchor = 'base_model_name_or_path';
      if (parsed) {
        facts.baseModels = [parsed.id];
        facts.baseModelRelation = 'adapter';
        const { line, column } = positions.at(file.text.indexOf(base!));
        references.push({
          id: parsed.id,
          source: 'huggingface',
          line,
          column,
          snippet: positions.snippet(line),
          ...(str(json.revision) ? { revision: json.revision as string } : {}),
        });
      }
      // A config PEFT's `save_pretrained` did not write is settings, not a saved adapter: saving sets `inference_mode` to
      // true and always writes `base_model_name_or_path` (peft_model.py `save_pretrained`, config.py `PeftConfigMixin`).
      // huggingface/peft's benchmark experiments (`method_comparison/*/experiments/<method>/<name>/adapter_config.json`,
      // `"inference_mode": false`, some without a base) are the settings each run starts from: the base they name is
      // still read, the folder is no model.
      if (json.inference_mode === false || !('base_model_name_or_path' in json)) return { references, diagnostics: [] };
    } else if (name === 'config_sentence_transformers.json') {
      // Marks the folder as a sentence-transformers model; its config.json carries the facts.
      if (!json.__version__ && !json.similarity_fn_name && !json.prompts) return { references: [], diagnostics: [] };
      anchor = json.__version__ ? '__version__' : json.similarity_fn_name ? 'similarity_fn_name' : 'prompts';
    } else {
      const cls = str(json._class_name);
      if (!cls) return { references: [], diagnostics: [] };
      facts.architectures = [cls];
      anchor = '_class_name';
      const base = str(json._name_or_path) && parseHubReference(json._name_or_path as string);
      if (base) facts.baseModels = [base.id];
    }
    // `targets/x/config/adapter_config.json` beside other configs: a sample of the format, not a saved model.
    if (CONFIG_FOLDER.test(folder)) return { references, diagnostics: [] };
    const { line, column } = at(anchor);
    references.push({ id: folder, source: 'local', line, column, snippet: positions.snippet(line), facts });
    return { references, diagnostics: [] };
  },
});
