// The typed-SDK catalogue patterns (src/extract/shared/model-catalogues.ts) run over the lines holding a word each match
// holds, not over the whole text (src/extract/shared/line-matches.ts): the matches must be the global patterns' own, on
// every fixture and on generated texts of near misses (the word at a line's start or end, `\r`, U+2028, a match's
// pieces split over two lines).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesFromLineStartsWith, matchesOnLinesWith } from '../../src/extract/shared/line-matches.js';
import { LINE_PATTERNS } from '../../src/extract/shared/model-catalogues.js';
import { fixtureFiles } from '../helpers/fixture-files.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const fixtures = [...fixtureFiles(FIXTURES)].map((path) => readFileSync(path, 'utf8'));

const byRegex = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
const byLines = (text: string, pattern: RegExp, word: string) => [...matchesOnLinesWith(text, word, pattern)].map((m) => [m.index, ...m]);

/** On 3,000 texts of up to 40 of these pieces, each pattern found the new way finds what the global pattern finds. */
function agreesOnTextsOf(piece: fc.Arbitrary<string>, patterns: [RegExp, string][], find: (text: string, pattern: RegExp, word: string) => unknown[]) {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      for (const [pattern, word] of patterns) expect(find(text, pattern, word)).toEqual(byRegex(text, pattern));
    }),
    { numRuns: 3000 },
  );
}

describe('patterns run over the lines holding their word', () => {
  it('finds what the global patterns find, on every fixture', () => {
    let matched = 0;
    for (const text of fixtures)
      for (const [pattern, word] of LINE_PATTERNS) {
        const expected = byRegex(text, pattern);
        matched += expected.length;
        expect(byLines(text, pattern, word)).toEqual(expected);
      }
    expect(matched).toBeGreaterThan(20);
  });

  it('finds what the global patterns find, on texts of near misses', () => {
    const piece = fc.constantFrom(
      '\n',
      '\r',
      '\r\n',
      '\u2028',
      ' ',
      '\t',
      'x',
      '_',
      '.',
      'self.',
      '_opts.',
      'model',
      'Model',
      'Models',
      'TTS',
      'MODELS',
      'MODEL_',
      'RATES',
      'resolved_',
      ': ',
      ':',
      ' = ',
      '=',
      '==',
      ' in ',
      'not ',
      ' if c else ',
      'Literal[',
      'TypeAlias',
      'NotGivenOr[',
      '(',
      ')',
      '[',
      '{',
      ',',
      '"a-1"',
      "'b:2'",
      '"',
      '#',
      'Base',
    );
    agreesOnTextsOf(piece, LINE_PATTERNS, byLines);
  });
});

/** Patterns from a line's start that may go on over the lines below (python.ts' MODEL_FIRST_DEF), and a one-line one. */
const FROM_LINE_STARTS: [RegExp, string][] = [
  [/^[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)[ \t]*\(\s*(?:self\s*,\s*)?(\w+)/gm, 'def'],
  [/^[ \t]*(\w+)[ \t]*=[ \t]*(?:functools\.)?partial\([ \t]*(\w+)\b/gm, 'partial('],
  [/^[ \t]*def\s*$/gm, 'def'],
];

describe('patterns tried at the starts of the lines holding their word', () => {
  const byStarts = (text: string, pattern: RegExp, word: string) => [...matchesFromLineStartsWith(text, word, pattern)].map((m) => [m.index, ...m]);
  it('finds what the global patterns find, on every fixture', () => {
    for (const text of fixtures) for (const [pattern, word] of FROM_LINE_STARTS) expect(byStarts(text, pattern, word)).toEqual(byRegex(text, pattern));
  });

  it('finds what the global patterns find, on texts of near misses', () => {
    const piece = fc.constantFrom(
      '\n',
      '\r',
      '\r\n',
      '\u2028',
      ' ',
      '\t',
      'x',
      'async ',
      'def',
      'def ',
      'default',
      ' f',
      '(',
      'self',
      ', ',
      'model',
      '=',
      'functools.',
      'partial(',
      'h',
    );
    agreesOnTextsOf(piece, FROM_LINE_STARTS, byStarts);
  });
});
