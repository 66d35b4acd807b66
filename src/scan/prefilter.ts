// One cheap pass over a file's text before any extractor runs: most files of a large tree hold
// no model reference, and each extractor already gives up at once on text without its words.
// This is the union of the words each extractor declares in its definition (`words`, see
// src/extract/extractor.ts), for the extractors that accept a path, tested in one regex instead
// of one pass per extractor (and before a notebook's per-line work).
//
// It must be conservative: a file it turns away must be one for which every extractor accepting
// it returns no reference and no diagnostic. So:
//   - an extractor declares words only when it returns nothing, before any other work, on text
//     lacking every one of them (its own first test, in src/extract/<name>.ts);
//   - each word is a literal part of every alternative of that test, matched case-insensitively
//     (a superset of the extractor's own test, case-sensitive or not);
//   - the manifest extractor's words are the registry's package names;
//   - an extractor without words (new, ungated, or one that reports malformed files whatever they
//     hold: dotenv, Dockerfile, Modelfile, local model configs) lets every file it accepts through.
// tests/scan/prefilter.test.ts checks the words against each extractor's test as written,
// runs every fixture with and without the prefilter, and compares the two on generated text.
import type { Extractor } from '../extract/extractor.js';
import { extractorNamed, extractors as allExtractors } from '../extract/index.js';
import { compileLiteralSet, compileLiteralUnion, type LiteralSet, type LiteralUnion } from './literal-scan.js';
import { escapeRegExp } from '../extract/shared/words.js';

/** The words each extractor with a literal list declares, by name (for tests and docs). */
export const EXTRACTOR_WORDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  allExtractors.flatMap((e) => (Array.isArray(e.words) ? [[e.name, e.words as readonly string[]]] : [])),
);

/** A modelprov report is recognised (and listed as skipped) before extraction: see screen.ts. */
const ALWAYS_WORDS = ['modelprov'];

/** An extractor's own words, or undefined when it reads every file it accepts. */
function wordsOf(extractor: Extractor): readonly string[] | undefined {
  if (extractor.wordsOf) {
    const inner = extractor.wordsOf.map((name) => wordsOf(extractorNamed(name)));
    return inner.some((w) => w === undefined) ? undefined : (inner.flat() as string[]);
  }
  return typeof extractor.words === 'function' ? extractor.words() : extractor.words;
}

type Test = (text: string) => boolean;
/** The same test on a UTF-8 file's bytes; undefined where the word search cannot run (a word not ASCII). */
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
    if (!gate) gates.set(key, (gate = compile(extractors)));
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
 * without decoding them: mayHoldReference's answer on the decoded text, or undefined where the
 * byte search cannot take these words (one is not ASCII; then ask mayHoldReference).
 */
export function mayHoldReferenceInBytes(bytes: Uint8Array, extractors: readonly Extractor[]): boolean | undefined {
  return gateFor(extractors).bytes(bytes);
}

function compile(extractors: readonly Extractor[]): Gate {
  const words = new Set(ALWAYS_WORDS);
  // JSON escapes could spell a word in a notebook cell that the file does not (`\u006dodel`, `hf.co\/`).
  const notebook = extractors.some((e) => e.wordsOf !== undefined);
  for (const extractor of extractors) {
    const own = wordsOf(extractor);
    if (!own) return PASS;
    own.forEach((w) => words.add(w));
  }
  const pattern = new RegExp(alternation([...words]), 'i');
  // Words are ASCII, so their occurrences in UTF-8 bytes are those in the decoded text.
  const literals = literalSetOf(essentialWords([...words]));
  if (!notebook) return { text: (text) => pattern.test(text), bytes: (bytes) => literals?.test(bytes) };
  const escapedOrNotJson = (text: string) => text.includes('\\u') || text.includes('\\/') || !isJson(text);
  return {
    text: (text) => pattern.test(text) || escapedOrNotJson(text),
    bytes: (bytes) => (literals ? literals.test(bytes) || escapedOrNotJson(utf8.decode(bytes)) : undefined),
  };
}

/**
 * The word search of one gate. Most gates hold the ~360 words model-names, display-text and the JVM and Ruby readers
 * share (the real corpus' walk meets 51 lists of extractors; 29 of their gates hold them), and an automaton of their
 * own was ~300 KB each, in each thread (whole real corpus: ~9 MB kept, ~15 MB RSS a thread): a gate whose words are
 * most of every extractor's words searches through one automaton of them all (literal-scan.ts, compileLiteralUnion),
 * the same answer; a small gate keeps its own small table (a union's is no faster to read for it, and larger).
 */
function literalSetOf(words: string[]): LiteralSet | undefined {
  // Each extractor's essential words are enough: a gate's essential word is one of its extractors' own (one holding
  // another word of its extractor would hold a word of the gate).
  const union = (everyWord ??= compileLiteralUnion([...ALWAYS_WORDS, ...allExtractors.flatMap((e) => essentialWords([...(wordsOf(e) ?? [])]))]) ?? null);
  const chars = words.reduce((sum, w) => sum + w.length, 0);
  const subset = union && chars * UNION_SHARE >= union.chars ? union.subset(words) : undefined;
  return subset ?? compileLiteralSet(words);
}
let everyWord: LiteralUnion | null | undefined;
/** A gate searches through the union when its words' characters are at least half the union's (a table's size follows them). */
const UNION_SHARE = 2;

/** Decodes as the walk does (BOM dropped, invalid sequences replaced). */
const utf8 = new TextDecoder('utf-8');

/**
 * Lower-cased, without words that contain another word (finding the shorter one is enough). Testing every pair of ~750
 * words for each of the ~50 gates a run compiles was ~0.2 s a thread at start-up: each word of every extractor knows
 * once the other words it holds (innerWords), and a gate's words, all among them, ask only those.
 */
export function essentialWords(words: string[]): string[] {
  const lower = new Set(words.map((w) => w.toLowerCase()));
  const inner = innerWords();
  let known = true;
  for (const w of lower) if (!inner.has(w)) known = false;
  const holdsAnother = known ? (w: string) => inner.get(w)!.some((other) => lower.has(other)) : (w: string) => heldWords(w, lower).length > 0;
  return [...lower].filter((w) => !holdsAnother(w)).sort();
}

/** The words of `words` other than `w` that `w` holds (its shorter substrings found among them). */
function heldWords(w: string, words: ReadonlySet<string>): string[] {
  const held = new Set<string>();
  if (w !== '' && words.has('')) held.add('');
  for (let length = 1; length < w.length; length++)
    for (let at = 0; at + length <= w.length; at++) {
      const part = w.slice(at, at + length);
      if (words.has(part)) held.add(part);
    }
  return [...held];
}

let innerByWord: Map<string, string[]> | undefined;
/** Every extractor's words (lower case), each with the others it holds. */
function innerWords(): Map<string, string[]> {
  if (!innerByWord) {
    const every = new Set([...ALWAYS_WORDS, ...allExtractors.flatMap((e) => [...(wordsOf(e) ?? [])])].map((w) => w.toLowerCase()));
    innerByWord = new Map([...every].map((w) => [w, heldWords(w, every)]));
  }
  return innerByWord;
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
