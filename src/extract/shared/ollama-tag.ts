// What an Ollama model name looks like, and when it is really a Hub repo.
import { parseHubReference } from '../../model/ids.js';
import { loadRegistry } from '../../registry/load.js';

/** `qwen2.5:7b`, `llama3.2`, `library/qwen3:8b-q4_K_M`, `user/model:tag` */
const OLLAMA_TAG = /^(?:registry\.ollama\.ai\/)?(?:[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?::[\w.-]+)?$/i;

export type OllamaModel = { source: 'huggingface'; id: string; revision?: string } | { source: 'ollama'; id: string } | { source: 'local'; id: string };

/** `hf.co/org/repo:Q4_K_M` pulls from the Hub; `./x.gguf` is a local file; anything else is a library tag. */
export function classifyOllamaName(name: string): OllamaModel | undefined {
  const value = name.trim();
  const hub = /^(?:https?:\/\/)?(?:hf\.co|huggingface\.co)\/([^/\s]+\/[^/:\s]+)(?::\S+)?$/i.exec(value);
  if (hub) {
    const parsed = parseHubReference(hub[1]!);
    return parsed ? { source: 'huggingface', id: parsed.id } : undefined;
  }
  if (/^(\.{0,2}\/|~\/|\/)|\.gguf$|\.bin$/i.test(value)) return { source: 'local', id: value };
  return OLLAMA_TAG.test(value) ? { source: 'ollama', id: value } : undefined;
}

/** A name of the Ollama library (families.yaml `ollama`: `llama3.1`, `nomic-embed-text`), with or without its tag (`qwen2.5:7b`). */
export function isOllamaLibraryName(value: string): boolean {
  const colon = value.indexOf(':');
  return loadRegistry().byOllamaName.has((colon < 0 ? value : value.slice(0, colon)).toLowerCase());
}
