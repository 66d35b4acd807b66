// What an Ollama model name looks like, and when it is really a Hub repo.
import { isPlaceholderId, isStandInName, parseHubReference } from '../../model/ids.js';
import { loadRegistry } from '../../registry/load.js';
import { providerIds, providerWords, selfHostedServerWords } from '../../registry/providers.js';
import { escapeRegExp } from './words.js';

/** `qwen2.5:7b`, `llama3.2`, `library/qwen3:8b-q4_K_M`, `user/model:tag` */
const OLLAMA_TAG = /^(?:registry\.ollama\.ai\/)?(?:[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?::[\w.-]+)?$/i;

export type OllamaModel =
  | { source: 'huggingface'; id: string; revision?: string }
  | { source: 'modelscope'; id: string }
  | { source: 'ollama'; id: string }
  | { source: 'local'; id: string };

/** `hf.co/org/repo:Q4_K_M` pulls from the Hub (`modelscope.cn/org/repo` from ModelScope); `./x.gguf` is a local file; anything else is a library tag. */
export function classifyOllamaName(name: string): OllamaModel | undefined {
  const value = name.trim();
  const hub = /^(?:https?:\/\/)?(?:hf\.co|huggingface\.co)\/([^/\s]+\/[^/:\s]+)(?::\S+)?$/i.exec(value);
  if (hub) {
    const parsed = parseHubReference(hub[1]!);
    return parsed ? { source: 'huggingface', id: parsed.id } : undefined;
  }
  // `ollama run modelscope.cn/Qwen/Qwen2.5-3B-Instruct-GGUF:Q4_K_M` pulls a GGUF repo from ModelScope
  // (https://modelscope.cn/docs/models/advanced-usage/ollama-integration).
  const modelScope = /^(?:https?:\/\/)?(?:www\.)?modelscope\.cn\/(?:models\/)?([^/\s]+\/[^/:\s]+)(?::\S+)?$/i.exec(value);
  if (modelScope) {
    const parsed = parseHubReference(modelScope[1]!);
    return parsed ? { source: 'modelscope', id: parsed.id } : undefined;
  }
  // (`ADAPTER /path/to/file.gguf`: the docs' placeholder for the reader's own file, as modelFromPath reads it.)
  if (/^(\.{0,2}\/|~\/|\/)|\.gguf$|\.bin$/i.test(value)) return /(^|\/)path\/to(\/|$)/i.test(value) ? undefined : { source: 'local', id: value };
  return OLLAMA_TAG.test(value) && !isStandIn(value) ? { source: 'ollama', id: value } : undefined;
}

/**
 * A name the docs put where the reader's own goes (`ollama run my-model`, `ollama run myuser/mymodel`, `"model":
 * "mymodel"`): the model the reader made, none the project names.
 */
function isStandIn(value: string): boolean {
  const path = value.replace(/^registry\.ollama\.ai\//i, '').replace(/:[^/]*$/, '');
  const slash = path.lastIndexOf('/');
  return slash < 0 ? isStandInName(path) : isPlaceholderId(path.slice(0, slash), path.slice(slash + 1));
}

/** `qwen2.5:7b`, `llama3.2:latest`, `gpt-oss:120b`, `qwen3:8b-q4_K_M`: a lower-case library name, a colon, a tag (a spelling only Ollama uses). */
export const OLLAMA_TAGGED = /^[a-z][a-z0-9.-]*:[a-z0-9][\w.-]*$/;

/** A name of the Ollama library (families.yaml `ollama`: `llama3.1`, `nomic-embed-text`), with or without its tag (`qwen2.5:7b`). */
export function isOllamaLibraryName(value: string): boolean {
  const colon = value.indexOf(':');
  return loadRegistry().byOllamaName.has((colon < 0 ? value : value.slice(0, colon)).toLowerCase());
}

/**
 * Words that say a text talks to an Ollama server: its name in any identifier (`OllamaConfig`, `ChatOllama`,
 * `ollama.WithModel`, `OllamaChatClient`) or its port.
 */
const OLLAMA_WORD = /ollama|:11434\b/i;

/** Whether a file's text talks to an Ollama server (names it, its client classes or its port). */
export const talksToOllama = (text: string): boolean => OLLAMA_WORD.test(text);

/** `ollama` as a word of its own (`from ollama import chat`, `"provider": "ollama"`) or its port. */
const OLLAMA_AS_WORD = /\bollama\b|:11434\b/i;

/**
 * The stricter test the rules for names without a digit use (`model = "llama3"` in Python, a digit-less library name
 * under a model key): Ollama named as a word, not only inside a class name.
 */
export const namesOllama = (text: string): boolean => OLLAMA_AS_WORD.test(text);

/** Words as whole words, any case: not inside a model's name (`deepseek-r1`, `mistral-nemo`), which is what is decided. */
const wordsPattern = (words: string[]) => new RegExp(`(?<![A-Za-z0-9.:-])(?:${words.map(escapeRegExp).join('|')})(?![A-Za-z0-9-]|[.:][A-Za-z0-9])`, 'gi');

let serversPattern: RegExp | undefined;
const providerPatterns = new Map<string, RegExp | null>();

/**
 * Where a text names Ollama, and the servers that could serve an Ollama library name as well, to decide which one a
 * name given as a model goes to (issue #15). One per file; positions are found once, when a library name asks.
 */
export class OllamaContext {
  private ollama: number[] | undefined;
  private readonly others = new Map<string, number[]>();
  constructor(private readonly text: string) {}

  /**
   * An Ollama library name given as a model (a model key's value, a model-named call's argument, an entry of a list of
   * models) where the code talks to Ollama: the library tag (`qwen2.5`, `llama3.1:8b`, `deepseek-r1:7b`), not a name
   * an OpenAI-compatible server or a provider's API answers to. The other servers are the provider whose naming it
   * follows (`servedBy`: `deepseek` for `deepseek-r1`, by its id, hosts, SDK or clients), any hosted provider named by
   * its id (not `mistral`, also a library name: `ollama.WithModel("mistral")`), and the self-hosted servers that serve names their user chooses (providers.yaml `self_hosted_servers`:
   * Xinference, vLLM, ...). The name is Ollama's when the text talks to Ollama and either names none of those (the
   * file talks only to Ollama), or names Ollama last before the value, at most NEAR_LINES above it (`"platform_type":
   * "ollama"` above its `llm_models`, `new OllamaConfig()` above `->model = ...`, a multi-provider table's `ollama`
   * entry). A name only an API serves (`gpt-4o`) is in no library.
   * `offset`: where the value starts in the text.
   */
  model(value: string, offset: number, servedBy?: string): { source: 'ollama'; id: string } | undefined {
    // The library's names are lower case (`Mistral-Nemo` in a template's pattern is no tag); a tag may not be (`:Q4_K_M`).
    const name = value.split(':')[0]!;
    if (name !== name.toLowerCase() || !isOllamaLibraryName(value) || classifyOllamaName(value)?.source !== 'ollama' || !talksToOllama(this.text))
      return undefined;
    this.ollama ??= positions(this.text, OLLAMA_POSITIONS);
    const others = [
      this.otherPositions(
        'servers',
        () => (serversPattern ??= wordsPattern([...providerIds().filter((id) => !isOllamaLibraryName(id)), ...selfHostedServerWords()])),
      ),
    ];
    if (servedBy) others.push(this.otherPositions(servedBy, () => providerPattern(servedBy)));
    if (others.every((p) => p.length === 0)) return { source: 'ollama', id: value };
    const ollamaAt = lastBefore(this.ollama, offset);
    const otherAt = Math.max(...others.map((p) => lastBefore(p, offset)));
    return ollamaAt > otherAt && linesBetween(this.text, ollamaAt, offset) <= NEAR_LINES ? { source: 'ollama', id: value } : undefined;
  }

  private otherPositions(key: string, pattern: () => RegExp | null): number[] {
    let found = this.others.get(key);
    if (!found) {
      const re = pattern();
      found = re ? positions(this.text, re) : [];
      this.others.set(key, found);
    }
    return found;
  }
}

const OLLAMA_POSITIONS = new RegExp(OLLAMA_WORD.source, 'gi');
/**
 * How far above a value Ollama may be named to be what the value goes to, in a text that names other servers too: a
 * block's own header (`"platform_type": "ollama"` five lines above its `llm_models`), not a mention 400 lines up.
 */
const NEAR_LINES = 20;

function linesBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) if (++n > NEAR_LINES) break;
  return n;
}

/** The words a text names a hosted provider by (providers.yaml: id, hosts, SDK packages, modules, clients). */
function providerPattern(id: string): RegExp | null {
  let re = providerPatterns.get(id);
  if (re === undefined) {
    const words = providerWords(id);
    re = words.length ? wordsPattern(words) : null;
    providerPatterns.set(id, re);
  }
  return re;
}

function positions(text: string, re: RegExp): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

/** The last position in `sorted` before `offset`, or -1. */
function lastBefore(sorted: number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1]! : -1;
}
