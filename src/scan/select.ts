// Which extractors want a path, decided once per distinct file name where an extractor tests the
// name alone; the walk stores the answer on the file as a bitmask, so no thread tests it again.
import type { WalkedFile } from '../discover/walk.js';
import type { Extractor } from '../extract/extractor.js';
import { extractors as allExtractors } from '../extract/index.js';

/** Which kind of read a path needs, or false when no extractor wants it. */
export function wantsPath(relPath: string, extractors: readonly Extractor[] = allExtractors): 'text' | 'binary' | false {
  let wanted: 'text' | 'binary' | false = false;
  for (const extractor of extractors) {
    if (!extractor.matches(relPath)) continue;
    if (!extractor.binary) return 'text';
    wanted = 'binary';
  }
  return wanted;
}

/** The kind of read a path needs, with the built-in extractors that want it as a bitmask (see WalkedFile.extractors). */
export type Selection = { kind: 'text' | 'binary'; extractors: number };
const selections = new Map<number, Selection>();
// A mask is a 32-bit integer in JavaScript's bitwise operators, kept positive (a binary read's key is its negation):
// bits 0-30, 31 extractors. A 32nd needs masks of two words.
if (allExtractors.length > 31) throw new Error('selectExtractors: more extractors than bits in a mask');

/** Built-in extractors whose path test reads the file name alone, and those that read folders too. */
const byName = allExtractors.flatMap((e, i) => (e.matchesName ? [i] : []));
const byPath = allExtractors.flatMap((e, i) => (e.matchesName ? [] : [i]));
const binaryMask = allExtractors.reduce((mask, e, i) => (e.binary ? mask | (1 << i) : mask), 0);
/** Masks of the name-only extractors by file name (names repeat across a tree: index.ts, config.yaml). */
const nameMasks = new Map<string, number>();
const NAME_MASKS_KEPT = 20_000;

function nameMask(name: string): number {
  let mask = nameMasks.get(name);
  if (mask === undefined) {
    mask = 0;
    for (const i of byName) if (allExtractors[i]!.matches(name)) mask |= 1 << i;
    if (nameMasks.size >= NAME_MASKS_KEPT) nameMasks.clear();
    nameMasks.set(name, mask);
  }
  return mask;
}

/**
 * wantsPath for the built-in extractors, remembering which matched: the walk stores the mask on
 * the file, so no thread tests the ~15 path patterns of a file again.
 */
export function selectExtractors(relPath: string, name = relPath.slice(relPath.lastIndexOf('/') + 1)): Selection | false {
  let mask = nameMask(name);
  for (const i of byPath) if (allExtractors[i]!.matches(relPath)) mask |= 1 << i;
  if (mask === 0) return false;
  const text = (mask & ~binaryMask) !== 0;
  const key = text ? mask : -mask;
  let selection = selections.get(key);
  if (!selection) selections.set(key, (selection = { kind: text ? 'text' : 'binary', extractors: mask }));
  return selection;
}

const fromMask = new Map<number, Extractor[]>();

/** The extractors to run on a file, of its kind (text extractors for text, header readers for binaries). */
export function matchingFor(file: WalkedFile, extractors: readonly Extractor[]): Extractor[] {
  const binary = file.kind === 'binary';
  if (extractors !== allExtractors || file.extractors === undefined) return extractors.filter((e) => e.matches(file.relPath) && binary === !!e.binary);
  const key = binary ? -file.extractors : file.extractors;
  let list = fromMask.get(key);
  if (!list) fromMask.set(key, (list = allExtractors.filter((e, i) => (file.extractors! & (1 << i)) !== 0 && binary === !!e.binary)));
  return list;
}
