// One cheap pass over a file's text before any extractor runs: most files of a large tree hold
// no model reference, and each extractor already gives up at once on text without its words.
// This is the union of those words for the extractors that accept a path, tested in one regex
// instead of one pass per extractor (and before a notebook's per-line work).
//
// It must be conservative: a file it turns away must be one for which every extractor accepting
// it returns no reference and no diagnostic. So:
//   - an extractor is listed here only when it returns nothing, before any other work, on text
//     lacking every one of its words (its own first test, in src/extract/<name>.ts);
//   - each word is a literal part of every alternative of that test, matched case-insensitively
//     (a superset of the extractor's own test, case-sensitive or not);
//   - the manifest extractor's words are the registry's package names (REGISTRY_WORDS);
//   - an extractor not listed (new, ungated, or one that reports malformed files whatever they
//     hold: dotenv, Dockerfile, Modelfile, local model configs) lets every file it accepts through.
// tests/discover/prefilter.test.ts checks the words against each extractor's test as written,
// runs every fixture with and without the prefilter, and compares the two on generated text.
import type { Extractor } from '../extract/extractor.js';
import { compileLiteralSet } from './literal-scan.js';
import { packageSpellings } from '../registry/providers.js';
import { escapeRegExp } from '../extract/shared/words.js';

/** Per gated extractor: words one of which any text it finds something in must contain. */
export const EXTRACTOR_WORDS: Readonly<Record<string, readonly string[]>> = {
  python: [
    'from_pretrained', 'sentencetransformer', 'crossencoder', '_download', 'inferenceclient', 'llm(', 'vllm', 'embedding', 'ollama',
    'openai', 'reranker', 'model', 'checkpoint', 'repo_id', 'add_argument', 'huggingface',
  ],
  javascript: ['pipeline', 'from_pretrained', 'model', 'ollama', 'openai', 'huggingface', 'anthropic'],
  'config-file': ['model', 'repo_id', 'llm', 'checkpoint', 'tokenizer', 'embedd', 'reranker', 'teacher', 'student', 'judge', 'ollama', 'download', '-hf'],
  'compose-k8s': ['model', 'llm', 'embedd', 'rerank', 'checkpoint', 'repo_id', 'tokenizer', 'pretrain', 'serve', 'download', 'ollama', '-hf'],
  shell: ['model', 'ollama', 'serve', 'download', '-hf', 'pretrain'],
  'hub-url': ['huggingface.co/', 'hf.co/', 'hf-mirror.com/', 'hf://', 'modelscope.cn/models/', 'modelscope.ai/models/'],
  'model-card': ['base_model'],
  // Fenced code blocks and reStructuredText code directives only (their language's extractor reads each block).
  markdown: ['```', '~~~', '.. code', '.. sourcecode'],
};

/** Gated extractors whose words are registry data: the manifest extractor tests for the package names it knows. */
const REGISTRY_WORDS: Readonly<Record<string, () => readonly string[]>> = { manifest: packageSpellings };

/**
 * A notebook's code cells go to the python and shell extractors and its markdown cells to hub-url,
 * after JSON decoding; it reports a notebook that is not valid JSON.
 */
const NOTEBOOK_INNER = ['python', 'shell', 'hub-url'];

/** A modelprov report is recognised (and listed as skipped) before extraction: see run.ts. */
const ALWAYS_WORDS = ['modelprov'];

type Test = (text: string) => boolean;
/** The same test on a UTF-8 file's bytes; undefined where the word search cannot run (no WebAssembly SIMD). */
type BytesTest = (bytes: Uint8Array) => boolean | undefined;
interface Gate {
  text: Test;
  bytes: BytesTest;
}
const PASS: Gate = { text: () => true, bytes: () => true };

const gates = new Map<string, Gate>();
/** Gates by extractor list: the extract stage hands in the same (cached) arrays file after file. */
const gatesByList = new WeakMap<readonly Extractor[], Gate>();

function gateFor(extractors: readonly Extractor[]): Gate {
  let gate = gatesByList.get(extractors);
  if (!gate) {
    const key = extractors.map((e) => e.name).join('\0');
    gate = gates.get(key);
    if (!gate) gates.set(key, (gate = compile(extractors.map((e) => e.name))));
    gatesByList.set(extractors, gate);
  }
  return gate;
}

/** False only when none of these extractors can find anything in this text. */
export function mayHoldReference(text: string, extractors: readonly Extractor[]): boolean {
  return gateFor(extractors).text(text);
}

/**
 * The same test on a UTF-8 file's undecoded bytes (BOM or not), so most files are turned away
 * without decoding them: mayHoldReference's answer on the decoded text, or undefined where this
 * runtime has no WebAssembly SIMD (then ask mayHoldReference).
 */
export function mayHoldReferenceInBytes(bytes: Uint8Array, extractors: readonly Extractor[]): boolean | undefined {
  return gateFor(extractors).bytes(bytes);
}

function compile(names: string[]): Gate {
  const words = new Set(ALWAYS_WORDS);
  let notebook = false;
  for (const name of names) {
    if (name === 'notebook') {
      notebook = true;
      for (const inner of NOTEBOOK_INNER) EXTRACTOR_WORDS[inner]!.forEach((w) => words.add(w));
      continue;
    }
    const own = EXTRACTOR_WORDS[name] ?? REGISTRY_WORDS[name]?.();
    if (!own) return PASS;
    own.forEach((w) => words.add(w));
  }
  const pattern = new RegExp(alternation([...words]), 'i');
  // Words are ASCII, so their occurrences in UTF-8 bytes are those in the decoded text.
  const literals = compileLiteralSet(essentialWords([...words]));
  if (!notebook) return { text: (text) => pattern.test(text), bytes: (bytes) => literals?.test(bytes) };
  // JSON escapes could spell a word in a cell that the file does not (`\u006dodel`, `hf.co\/`).
  const escapedOrNotJson = (text: string) => text.includes('\\u') || text.includes('\\/') || !isJson(text);
  return {
    text: (text) => pattern.test(text) || escapedOrNotJson(text),
    bytes: (bytes) => (literals ? literals.test(bytes) || escapedOrNotJson(utf8.decode(bytes)) : undefined),
  };
}

/** Decodes as the walk does (BOM dropped, invalid sequences replaced). */
const utf8 = new TextDecoder('utf-8');

/** Lower-cased, without words that contain another word (finding the shorter one is enough). */
function essentialWords(words: string[]): string[] {
  const lower = [...new Set(words.map((w) => w.toLowerCase()))];
  return lower.filter((w) => !lower.some((other) => other !== w && w.includes(other))).sort();
}

/**
 * The same language as `a|b|c`, written so V8 scans faster (about 15% on source text): lower-cased
 * (the regex is /i), words containing another word dropped, the rest grouped by first letter.
 */
export function alternation(words: string[]): string {
  const kept = essentialWords(words);
  const byFirst = new Map<string, string[]>();
  for (const word of kept) byFirst.set(word[0]!, [...(byFirst.get(word[0]!) ?? []), word.slice(1)]);
  return [...byFirst]
    .map(([first, rests]) => (rests.length === 1 ? escapeRegExp(first + rests[0]) : `${escapeRegExp(first)}(?:${rests.map(escapeRegExp).join('|')})`))
    .join('|');
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
