// model-names' quoted values by key (keyQuotedValues, src/extract/model-names.ts) are found from each `:` and `=` and
// walked back to their key, in place of KEY_QUOTED_VALUE's global scan: the same matches (key, value), in the same order,
// on every fixture and on generated texts of keys, quotes, blanks, colons and equals signs packed together.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEY_QUOTED_VALUE, keyQuotedValues } from '../../src/extract/model-names.js';
import { fixtureFiles } from '../helpers/fixture-files.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const byPattern = (text: string) => [...text.matchAll(new RegExp(KEY_QUOTED_VALUE))].map((m) => [m[1], m[2]]);
const walked = (text: string) => {
  const found: string[][] = [];
  keyQuotedValues(text, (key, value) => found.push([key, value]));
  return found;
};

describe("model-names' quoted values by key", () => {
  it("finds the pattern's matches in order on every fixture", () => {
    let matches = 0;
    for (const path of fixtureFiles(FIXTURES)) {
      const text = readFileSync(path, 'utf8');
      const expected = byPattern(text);
      matches += expected.length;
      expect(walked(text), path).toEqual(expected);
    }
    expect(matches).toBeGreaterThan(1000);
  });

  it('finds them on generated texts', () => {
    const piece = fc.oneof(
      fc.constantFrom('key', 'a.b', '$x', 'm-1', '"', "'", ':', '=', '==', ' ', '\n', '\t', '\u00a0', '{', ',', '(', ')', 'x y', '"v"', "'v'", '\u2028', 'é'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        expect(walked(text)).toEqual(byPattern(text));
      }),
      { numRuns: 5000 },
    );
  });
});
