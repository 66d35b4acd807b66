// JavaScript / TypeScript: transformers.js (`pipeline('task', 'Xenova/...')`, `.from_pretrained`),
// @huggingface/inference (`model: '...'`), ollama-js, the openai SDK with `baseURL`, LangChain.js.
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { findCalls, objectArgs, stringConstants, type Argument } from './shared/calls.js';
import { parseHubReference } from './shared/model-id.js';
import { PositionIndex } from './shared/position.js';
import { apiModelId, providerForUrl } from './shared/providers.js';

const HUB_CALLS = new Set(['from_pretrained', 'pipeline', 'textGeneration', 'chatCompletion', 'featureExtraction', 'textClassification', 'sentenceSimilarity', 'textToImage', 'HuggingFaceInferenceEmbeddings', 'HuggingFaceInference', 'HuggingFaceTransformersEmbeddings', 'snapshotDownload', 'downloadFile', 'modelInfo']);
const OLLAMA_CALLS = new Set(['ChatOllama', 'OllamaEmbeddings', 'Ollama']);
const OPENAI_CREATE = /\.(completions|embeddings|responses)\.create$/;
const SKIP = /\.d\.ts$|\.min\.js$|(^|\/)(vendor|bundle)[^/]*\.js$/;

export default defineExtractor({
  name: 'javascript',
  matches: (path) => /\.(m?js|cjs|jsx|ts|tsx|mts|cts)$/.test(path) && !SKIP.test(path),
  extract(file) {
    const references: RawReference[] = [];
    const text = file.text;
    if (!/pipeline|from_pretrained|model\s*:|Ollama|ollama|OpenAI|HuggingFace/.test(text)) return { references, diagnostics: [] };
    const positions = new PositionIndex(text);
    const constants = stringConstants(text);
    const usesOllama = /from\s+['"]ollama|require\(['"]ollama/.test(text);
    const baseUrl = /baseURL\s*:\s*(['"`])([^'"`\n]+)\1/.exec(text)?.[2];
    const provider = baseUrl ? providerForUrl(baseUrl) : /from\s+['"]openai['"]|require\(['"]openai['"]\)/.test(text) ? { id: 'openai', router: false } : undefined;
    const resolve = (arg: Argument | undefined) => {
      if (!arg) return undefined;
      if (arg.literal !== undefined) return { value: arg.literal, offset: arg.literalOffset! };
      const constant = /^[A-Za-z_$][\w$]*$/.test(arg.text) ? constants.get(arg.text) : undefined;
      return constant ? { value: constant.value, offset: constant.offset + 1 } : undefined;
    };
    const add = (id: string, offset: number, source: RawReference['source']) => {
      const { line, column } = positions.at(offset);
      if (references.some((r) => r.id === id && r.line === line)) return;
      references.push({ id, source, line, column, snippet: positions.snippet(line) });
    };
    const addHub = (arg: Argument | undefined) => {
      const resolved = resolve(arg);
      const parsed = resolved && parseHubReference(resolved.value);
      if (parsed && resolved) add(parsed.id, resolved.offset, 'huggingface');
    };
    for (const call of findCalls(text, (name, callee) => HUB_CALLS.has(name) || OLLAMA_CALLS.has(name) || OPENAI_CREATE.test(callee) || /^ollama\.(chat|generate|embed|embeddings|pull)$/.test(callee))) {
      const name = call.callee.slice(call.callee.lastIndexOf('.') + 1);
      const options = call.args.flatMap((a) => objectArgs(text, a));
      const model = options.find((a) => a.name === 'model' || a.name === 'modelName' || a.name === 'model_id');
      if (OLLAMA_CALLS.has(name) || (usesOllama && call.callee.startsWith('ollama.'))) {
        const resolved = resolve(model);
        if (resolved) add(resolved.value, resolved.offset, 'ollama');
      } else if (OPENAI_CREATE.test(call.callee)) {
        const resolved = resolve(model);
        if (resolved && provider) add(apiModelId(provider, resolved.value), resolved.offset, 'api');
      } else if (name === 'pipeline') {
        addHub(call.args[1]);
      } else {
        addHub(model ?? call.args[0]);
      }
    }
    // Any `model: 'org/name'` option object names a Hub model (inference clients, LangChain.js, ...).
    const option = /\b(?:model|modelName|model_id|modelId)\s*:\s*(['"`])([^'"`\n]+)\1/g;
    for (let m = option.exec(text); m; m = option.exec(text)) {
      const parsed = parseHubReference(m[2]!);
      if (parsed) add(parsed.id, m.index + m[0].length - m[2]!.length - 1, 'huggingface');
    }
    return { references, diagnostics: [] };
  },
});
