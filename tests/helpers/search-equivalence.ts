// Shared by the tests that hold a fast form of a search (tried at the lines holding a word, or behind a gate) equal to
// the global search it replaces: what each finds, on every fixture and on texts generated from the search's own pieces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { fixtureFiles } from './fixture-files.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** Every fixture's text. */
export const fixtureTexts = () => [...fixtureFiles(FIXTURES)].map((path) => readFileSync(path, 'utf8'));

/** Matches as comparable rows: where each starts, then its groups. */
export const shown = (ms: Iterable<RegExpExecArray | RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

/** What the global search finds (a fresh copy: the pattern's own lastIndex is left alone). */
export const globalSearch = (text: string, pattern: RegExp) => shown(text.matchAll(new RegExp(pattern.source, pattern.flags)));

/** Line breaks of every kind a pattern's `^`, `$` or `[^\n]` may treat apart, and spaces. */
export const BREAKS = ['\n', '\n', '\r', '\r\n', '\u2028', '\u2029', ' ', '\t'];

/**
 * Asserts the fast form finds what the global search finds on 10,000 texts made of `pieces` and line breaks, and that
 * the pieces match somewhere (a test whose texts never match could not fail).
 */
export function expectSameOnGenerated(fast: (text: string) => Iterable<RegExpExecArray | RegExpMatchArray>, pattern: RegExp, pieces: string[]): void {
  let matched = 0;
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces, ...BREAKS), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const expected = globalSearch(text, pattern);
      expect(shown(fast(text))).toEqual(expected);
      matched += expected.length;
    }),
    { numRuns: 10_000 },
  );
  expect(matched).toBeGreaterThan(0);
}
