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
// A mask is a number of up to 52 bits, one per extractor, built and tested with arithmetic: JavaScript's bitwise
// operators stop at 32 bits (the 31st extractor was the last they could hold), a double's integers at 53.
if (allExtractors.length > 52) throw new Error('selectExtractors: more extractors than bits in a mask');
const HALF = 2 ** 26;
/** Extractor `i`'s bit. */
const bit = (i: number): number => 2 ** i;
/** Whether `mask` holds extractor `i`'s bit. */
export const maskHas = (mask: number, i: number): boolean => Math.floor(mask / bit(i)) % 2 === 1;
/** Whether two masks share a bit (each half fits the 32-bit operators). */
export const masksMeet = (a: number, b: number): boolean => ((a % HALF) & (b % HALF)) !== 0 || (Math.floor(a / HALF) & Math.floor(b / HALF)) !== 0;

/** Built-in extractors whose path test reads the file name alone, and those that read folders too. */
const byName = allExtractors.flatMap((e, i) => (e.matchesName ? [i] : []));
const byPath = allExtractors.flatMap((e, i) => (e.matchesName ? [] : [i]));
const textMask = allExtractors.reduce((mask, e, i) => (e.binary ? mask : mask + bit(i)), 0);
/** Masks of the name-only extractors by file name (names repeat across a tree: index.ts, config.yaml). */
const nameMasks = new Map<string, number>();
const NAME_MASKS_KEPT = 20_000;

function nameMask(name: string): number {
  let mask = nameMasks.get(name);
  if (mask === undefined) {
    mask = 0;
    for (const i of byName) if (allExtractors[i]!.matches(name)) mask += bit(i);
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
  // (byName and byPath never share an index: each bit is added once.)
  for (const i of byPath) if (allExtractors[i]!.matches(relPath)) mask += bit(i);
  if (mask === 0) return false;
  const text = masksMeet(mask, textMask);
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
  if (!list) fromMask.set(key, (list = allExtractors.filter((e, i) => maskHas(file.extractors!, i) && binary === !!e.binary)));
  return list;
}
