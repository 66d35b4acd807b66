// model-names' whole-text questions answered by a scan from a rarer character than the regex's first
// (src/extract/shared/gate-scans.ts): the answers
// must be the regexes' own, on every fixture and on generated texts of near misses (no fixture holds a type tag: the
// generated texts and the cases below do).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsTypeTag, quotedFlagLines } from '../../src/extract/shared/gate-scans.js';
import { WordLines } from '../../src/extract/shared/word-lines.js';
import { fixtureFiles } from '../helpers/fixture-files.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const files = (dir: string) => fixtureFiles(dir);
const fixtures = [...files(FIXTURES)].map((path) => readFileSync(path, 'utf8'));

/** What model-names asked before: the regexes. */
const typeTagByRegex = (text: string) => /lm_type|lmType/.test(text);
const quotedFlagsByRegex = (text: string) => {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/["'`]-/g)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
};
/** The matches a WordLines holds (its private arrays, read as a user of its answers cannot: compared whole). */
const held = (lines: WordLines) => {
  const { starts, ends } = lines as unknown as { starts: number[]; ends: number[] };
  return { starts, ends };
};

const PIECES = [
  ...['lm_type', 'lmType', 'lm_', 'lm', '_type', 'Type', 'type', 'ype', 'l', 'm', 't', 'T', '_', 'llm', 'LM_TYPE', 'ypeype'],
  ...['"', "'", '`', '-', '--', '"-', "'--x", '`-', ' ', '\n', 'x', 'é', '\u00a0'],
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

describe('gate scans answer as the regexes do', () => {
  it('on every fixture', () => {
    expect(fixtures.length).toBeGreaterThan(500);
    let flags = 0;
    for (const t of fixtures) {
      expect(holdsTypeTag(t), t.slice(0, 200)).toBe(typeTagByRegex(t));
      const lines = held(quotedFlagLines(t));
      expect(lines).toEqual(quotedFlagsByRegex(t));
      flags += lines.starts.length;
    }
    expect(flags).toBeGreaterThan(100);
  });

  it('on generated texts', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(holdsTypeTag(t)).toBe(typeTagByRegex(t));
        expect(held(quotedFlagLines(t))).toEqual(quotedFlagsByRegex(t));
      }),
      { numRuns: 10000 },
    );
  });

  it('at a text\'s start and end', () => {
    expect(holdsTypeTag('lm_type')).toBe(true);
    expect(holdsTypeTag('x = self._llmType')).toBe(true);
    expect(holdsTypeTag('_type ype Type lm_typ film-type')).toBe(false);
    expect(held(quotedFlagLines('"-'))).toEqual({ starts: [0], ends: [2] });
    expect(held(quotedFlagLines('-"-\'-'))).toEqual({ starts: [1, 3], ends: [3, 5] });
  });
});
