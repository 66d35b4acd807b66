// Python source: transformers / sentence-transformers / huggingface_hub / vLLM / PEFT / diffusers /
// LangChain / LlamaIndex / Ollama / ModelScope / OpenAI-compatible clients. Follows simple
// indirection inside the file (constants, os.getenv defaults, argparse defaults and choices).
// The reported location is where the id string is written, not the call.
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { findCalls, stringConstants, type Argument, type Call } from './shared/calls.js';
import { parseHubReference } from './shared/model-id.js';
import { PositionIndex } from './shared/position.js';
import { apiModelId, providerForUrl } from './shared/providers.js';

/** Calls whose first positional argument (or model keyword) is a Hub model id. */
const HUB_CALLS = new Set([
  'from_pretrained', 'SentenceTransformer', 'CrossEncoder', 'SparseEncoder', 'hf_hub_download', 'snapshot_download',
  'InferenceClient', 'AsyncInferenceClient', 'LLM', 'AsyncLLMEngine', 'HuggingFaceEmbeddings', 'HuggingFaceBgeEmbeddings',
  'HuggingFaceInstructEmbeddings', 'HuggingFaceEndpoint', 'HuggingFacePipeline', 'HuggingFaceEndpointEmbeddings',
  'HuggingFaceLLM', 'HuggingFaceEmbedding', 'HuggingFaceInferenceAPI', 'TextEmbedding', 'FlagModel', 'BGEM3FlagModel',
  'FlagReranker', 'FlagLLMReranker', 'SentenceTransformerEmbeddings', 'from_model_id', 'model_info', 'AutoConfig',
]);
const OLLAMA_CALLS = new Set(['ChatOllama', 'OllamaEmbeddings', 'OllamaLLM', 'Ollama', 'OllamaEmbedding']);
const OLLAMA_MODULE_CALLS = /^(ollama|client|ollama_client|\w*ollama\w*)\.(chat|generate|embed|embeddings|pull|show|create)$/i;
const MODEL_KEYWORDS = new Set(['model', 'model_name', 'model_id', 'repo_id', 'model_name_or_path', 'pretrained_model_name_or_path', 'base_model', 'model_path', 'tokenizer', 'embed_model']);
const OPENAI_CLIENTS = new Set(['OpenAI', 'AsyncOpenAI', 'ChatOpenAI', 'OpenAIEmbeddings', 'OpenAILike', 'AzureOpenAI']);
const OPENAI_CREATE = /\.(completions|embeddings|responses|images)\.create$|^(client|openai)\.(chat\.)?\w*\.?create$/;
const DATASET_CALLS = new Set(['load_dataset', 'load_from_disk', 'Dataset']);

export default defineExtractor({
  name: 'python',
  matches: (path) => path.endsWith('.py') || path.endsWith('.pyi'),
  extract(file) {
    const references: RawReference[] = [];
    const text = file.text;
    if (!/from_pretrained|SentenceTransformer|CrossEncoder|_download|InferenceClient|LLM\(|Embedding|Ollama|ollama|OpenAI|Reranker|FlagModel|model|checkpoint|repo_id|add_argument|HuggingFace/i.test(text))
      return { references, diagnostics: [] };
    const positions = new PositionIndex(text);
    const constants = stringConstants(text);
    const usesModelScope = /from\s+modelscope|import\s+modelscope/.test(text);
    const add = (value: string, offset: number, source: RawReference['source'], revision?: string) => {
      const { line, column } = positions.at(offset);
      if (references.some((r) => r.id === value && r.line === line && r.revision === revision)) return;
      const inComment = /#[^'"\n]*$/.test(text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset));
      references.push({ id: value, source, line, column, snippet: positions.snippet(line), ...(revision ? { revision } : {}), ...(inComment ? { context: 'comment' as const } : {}) });
    };
    /** A literal or a constant's literal, with the offset where it is written. */
    const resolveArg = (arg: Argument | undefined) => {
      if (!arg) return undefined;
      if (arg.literal !== undefined) return { value: arg.literal, offset: arg.literalOffset! };
      const constant = /^[A-Za-z_]\w*$/.test(arg.text) ? constants.get(arg.text) : undefined;
      return constant ? { value: constant.value, offset: constant.offset + 1 } : undefined;
    };
    const addHub = (arg: Argument | undefined, call: Call) => {
      const resolved = resolveArg(arg);
      if (!resolved) return;
      const parsed = parseHubReference(resolved.value);
      if (!parsed) return;
      const revision = resolveArg(call.args.find((a) => a.name === 'revision'))?.value ?? parsed.revision;
      add(parsed.id, resolved.offset, usesModelScope && /snapshot_download|from_pretrained/.test(call.callee) && !/huggingface_hub/.test(text) ? 'modelscope' : 'huggingface', revision);
    };

    const baseUrl = findBaseUrl(text, constants);
    for (const call of findCalls(text, (name, callee) => HUB_CALLS.has(name) || OLLAMA_CALLS.has(name) || OPENAI_CREATE.test(callee) || OLLAMA_MODULE_CALLS.test(callee) || name === 'pipeline' || name === 'add_argument' || name === 'PeftModel' || DATASET_CALLS.has(name))) {
      const name = call.callee.slice(call.callee.lastIndexOf('.') + 1);
      if (DATASET_CALLS.has(name)) continue;
      const repoType = call.args.find((a) => a.name === 'repo_type')?.literal;
      if (repoType && repoType !== 'model') continue;
      const keyword = call.args.find((a) => a.name && MODEL_KEYWORDS.has(a.name));
      const positional = call.args.filter((a) => !a.name);
      if (OLLAMA_CALLS.has(name) || OLLAMA_MODULE_CALLS.test(call.callee)) {
        const resolved = resolveArg(keyword ?? positional[0]);
        if (resolved && /^[\w.-]+(\/[\w.-]+)?(:[\w.-]+)?$/.test(resolved.value)) add(resolved.value, resolved.offset, 'ollama');
      } else if (OPENAI_CREATE.test(call.callee)) {
        const resolved = resolveArg(keyword);
        if (resolved) add(apiModelId(baseUrl ?? { id: 'openai', router: false }, resolved.value), resolved.offset, 'api');
      } else if (name === 'pipeline') {
        addHub(keyword ?? positional[1], call);
      } else if (name === 'add_argument') {
        const flag = positional.map((a) => a.literal ?? '').find((f) => /model|checkpoint|base|embed|rerank/i.test(f));
        if (!flag) continue;
        addHub(call.args.find((a) => a.name === 'default'), call);
        const choices = call.args.find((a) => a.name === 'choices');
        if (choices) for (const lit of literalsIn(choices)) addHub(lit, call);
      } else if (call.callee.endsWith('PeftModel.from_pretrained') || call.callee.endsWith('PeftModelForCausalLM.from_pretrained')) {
        addHub(call.args.find((a) => a.name === 'model_id') ?? positional[1], call);
      } else {
        addHub(keyword ?? positional[0], call);
      }
    }
    for (const call of findCalls(text, (name) => OPENAI_CLIENTS.has(name))) {
      const model = resolveArg(call.args.find((a) => a.name === 'model' || a.name === 'model_name'));
      if (model) add(apiModelId(baseUrl ?? { id: 'openai', router: false }, model.value), model.offset, 'api');
    }
    for (const [name, constant] of constants) {
      // A model-named constant holding a Hub id is a reference even when no call is in this file.
      if (!/model|checkpoint|embed|rerank|llm|base_repo|repo_id/i.test(name)) continue;
      const parsed = parseHubReference(constant.value);
      if (parsed && !references.some((r) => r.line === positions.at(constant.offset + 1).line)) add(parsed.id, constant.offset + 1, 'huggingface', parsed.revision);
    }
    // Any model-named keyword or parameter default holding a Hub id: custom wrappers
    // `Embedder(model_name="BAAI/bge-m3")`, `def load(model_id="Qwen/Qwen2.5-7B"):`.
    const modelKeyword = /\b(\w*(?:model|checkpoint|repo_id)\w*)\s*(?::\s*[\w[\]|. ]+)?=\s*(['"])([^'"\n]+)\2/gi;
    for (let m = modelKeyword.exec(text); m; m = modelKeyword.exec(text)) {
      // Not when the same statement says it is a dataset or a Space.
      const statement = text.slice(m.index, text.indexOf(')', m.index) < 0 ? m.index + 300 : text.indexOf(')', m.index));
      if (/repo_type\s*=\s*['"](dataset|space)/.test(statement) || /load_dataset\($/.test(text.slice(Math.max(0, m.index - 40), m.index).trim())) continue;
      const parsed = parseHubReference(m[3]!);
      if (parsed) add(parsed.id, m.index + m[0].length - m[3]!.length - 1, 'huggingface', parsed.revision);
    }
    // Training scripts: `model_name_or_path: str = field(default="Qwen/Qwen2.5-7B")` (dataclasses, HfArgumentParser).
    const fieldDefault = /^[ \t]*(\w*(?:model|checkpoint)\w*)\s*:[^=\n]*=\s*field\(\s*default\s*=\s*(['"])([^'"\n]+)\2/gim;
    for (let m = fieldDefault.exec(text); m; m = fieldDefault.exec(text)) {
      const parsed = parseHubReference(m[3]!);
      if (parsed) add(parsed.id, m.index + m[0].length - m[3]!.length - 1, 'huggingface', parsed.revision);
    }
    for (const dict of modelCollections(text)) {
      for (const lit of dict) {
        const parsed = parseHubReference(lit.value);
        if (parsed && !references.some((r) => r.line === positions.at(lit.offset).line)) add(parsed.id, lit.offset, 'huggingface', parsed.revision);
      }
    }
    return { references, diagnostics: [] };
  },
});

function findBaseUrl(text: string, constants: Map<string, { value: string }>) {
  const literal = /\bbase_url\s*=\s*(['"])([^'"\n]+)\1/.exec(text);
  if (literal) return providerForUrl(literal[2]!);
  const viaName = /\bbase_url\s*=\s*([A-Za-z_]\w*)/.exec(text);
  const constant = viaName ? constants.get(viaName[1]!) : undefined;
  return constant ? providerForUrl(constant.value) : undefined;
}

function literalsIn(arg: Argument): Argument[] {
  const found: Argument[] = [];
  const string = /(['"])([^'"\n]+)\1/g;
  for (let m = string.exec(arg.text); m; m = string.exec(arg.text))
    found.push({ text: m[0], offset: arg.offset + m.index, literal: m[2]!, literalOffset: arg.offset + m.index + 1 });
  return found;
}

/** String values inside a dict or list literal assigned to a model-named variable. */
function modelCollections(text: string): { value: string; offset: number }[][] {
  const collections: { value: string; offset: number }[][] = [];
  const start = /^[ \t]*([A-Za-z_]\w*)\s*(?::\s*[\w[\], ]+)?=\s*([[{])/gm;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    if (!/model|checkpoint|embed|rerank|llm/i.test(m[1]!)) continue;
    const open = m.index + m[0].length - 1;
    const close = text.indexOf(m[2] === '[' ? ']' : '}', open);
    if (close < 0 || close - open > 5000) continue;
    const body = text.slice(open, close);
    const values: { value: string; offset: number }[] = [];
    const string = /(['"])([^'"\n]+)\1(?!\s*:)/g;
    for (let s = string.exec(body); s; s = string.exec(body)) values.push({ value: s[2]!, offset: open + s.index + 1 });
    collections.push(values);
  }
  return collections;
}
