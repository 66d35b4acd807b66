// Serving and download CLIs inside commands, args lists and scripts: which argument names a model.
//   vllm serve X | --model X | --model=X        TGI --model-id X        SGLang --model-path X
//   llama.cpp -hf X / --hf-repo X               huggingface-cli download X / hf download X
//   ollama run|pull X
// `--served-model-name` is an alias, never a model.
import type { ModelSource } from '../../model/reference.js';
import { parseHubReference } from './model-id.js';
import { classifyOllamaName } from './ollama-tag.js';

export interface Token {
  text: string;
  offset: number;
}

export interface ArgModel {
  id: string;
  source: ModelSource;
  revision?: string;
  offset: number;
}

const MODEL_FLAGS = new Set(['--model', '--model-id', '--model-path', '--model_name_or_path', '--model-name-or-path', '--model_id', '--tokenizer', '-hf', '--hf-repo', '-hfr', '--repo-id', '--base-model', '--pretrained-model-name-or-path']);

/** Splits a shell-ish command string into tokens with offsets (quotes removed). */
export function tokenize(text: string, baseOffset = 0): Token[] {
  const tokens: Token[] = [];
  const word = /"([^"]*)"|'([^']*)'|([^\s'"]+)/g;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const value = m[1] ?? m[2] ?? m[3]!;
    tokens.push({ text: value, offset: baseOffset + m.index + (m[3] === undefined ? 1 : 0) });
  }
  return tokens;
}

function hub(token: Token, offsetShift = 0): ArgModel | undefined {
  const parsed = parseHubReference(token.text.slice(offsetShift));
  return parsed ? { id: parsed.id, source: 'huggingface', revision: parsed.revision, offset: token.offset + offsetShift } : undefined;
}

export function modelsInArgs(tokens: Token[]): ArgModel[] {
  const found: ArgModel[] = [];
  const push = (model: ArgModel | undefined) => model && found.push(model);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const eq = /^(--[\w-]+)=(.+)$/.exec(token.text);
    if (eq && MODEL_FLAGS.has(eq[1]!)) push(hub(token, eq[1]!.length + 1));
    else if (MODEL_FLAGS.has(token.text) && next) push(hub(next));
    else if (token.text === 'serve' && next && /(^|\/)vllm$/.test(tokens[i - 1]?.text ?? '') && !next.text.startsWith('-')) push(hub(next));
    else if (token.text === 'download' && next && /(^|\/)(huggingface-cli|hf)$/.test(tokens[i - 1]?.text ?? '')) {
      const repoType = tokens.slice(i).find((t) => t.text.startsWith('--repo-type'));
      if (!repoType || /model/.test(repoType.text + (tokens[tokens.indexOf(repoType) + 1]?.text ?? ''))) push(hub(next));
    } else if ((token.text === 'run' || token.text === 'pull') && next && /(^|\/)ollama$/.test(tokens[i - 1]?.text ?? '')) {
      const model = classifyOllamaName(next.text);
      if (model) found.push({ ...model, offset: next.offset });
    }
  }
  return found;
}

/** Environment variable names that hold a model id. */
export const MODEL_ENV_NAME = /(^|_)(MODEL|MODEL_ID|MODEL_NAME|MODEL_PATH|LLM|EMBEDDING|EMBEDDINGS|EMBEDDER|RERANKER|CHECKPOINT|BASE_MODEL|HF_REPO|REPO_ID|TOKENIZER)($|_)/i;

/** A model-named environment value: a Hub id, or an Ollama tag when the name says Ollama. */
export function modelFromEnv(name: string, value: string, offset: number): ArgModel | undefined {
  if (!MODEL_ENV_NAME.test(name) || /SERVED|ALIAS|DISPLAY/i.test(name)) return undefined;
  const parsed = parseHubReference(value);
  if (parsed) return { id: parsed.id, source: 'huggingface', revision: parsed.revision, offset };
  if (/OLLAMA/i.test(name)) {
    const model = classifyOllamaName(value);
    if (model) return { ...model, offset };
  }
  return undefined;
}
