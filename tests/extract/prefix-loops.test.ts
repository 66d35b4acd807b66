// The loops prefix-tests reads near each `startswith`/`endswith` (src/extract/shared/prefix-tests.ts): a window's
// search goes on from the match found past the last window instead of scanning the text again to the next loop, so a
// file of many tests and few loops costs one pass. The matches must be the ones a fresh search from each window finds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loopsNearTests } from '../../src/extract/shared/prefix-tests.js';
import { fixtureFiles } from '../helpers/fixture-files.js';

const LOOP =
  /\bfor\s+(\w+)(?:\s*,\s*\w+)*\s+in\s+(?:self\.)?([A-Za-z_]\w*)|\bfor\s*\(\s*(?:const|let|var)\s+(\w+)\s+of\s+(?:this\.)?([A-Za-z_$][\w$]*)|\b([A-Za-z_$][\w$]*)\.(?:some|find|filter|every|findIndex)\(\s*\(?\s*(\w+)\s*\)?\s*=>/g;

/** The search as it was: from each window's start, every match starting before its end. */
function* freshSearch(text: string): Generator<[number, string]> {
  const TEST = /startswith|endswith/gi;
  let windowEnd = -1;
  for (let t = TEST.exec(text); t; t = TEST.exec(text)) {
    if (t.index < windowEnd - 250) continue;
    const from = Math.max(windowEnd, text.lastIndexOf('\n', Math.max(0, t.index - 400)) + 1);
    let to = text.indexOf('\n', t.index + 250);
    if (to < 0) to = text.length;
    LOOP.lastIndex = from;
    for (let m = LOOP.exec(text); m && m.index < to; m = LOOP.exec(text)) yield [m.index, m[0]];
    windowEnd = to;
  }
}
const found = (text: string) => [...loopsNearTests(text)].map((m) => [m.index, m[0]]);

const PIECES = [
  ...['x.startswith(p)', 'endsWith', 'STARTSWITH', 'for p in PREFIXES', 'for p, q in self.P', 'for (const p of LIST)', 'L.some((p) =>'],
  ...['for', 'in', ' ', '  ', '\n', ',', 'x', '(', ')', '=>', 'a'.repeat(120), '\n'.repeat(3), ' '.repeat(300), 'y = 1\n'],
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

describe('loops near prefix tests', () => {
  it('are the matches a fresh search from each window finds, on every fixture', () => {
    let loops = 0;
    for (const path of fixtureFiles(join(import.meta.dirname, '..', '..', 'fixtures'))) {
      const t = readFileSync(path, 'utf8');
      const expected = [...freshSearch(t)];
      expect(found(t), path).toEqual(expected);
      loops += expected.length;
    }
    expect(loops).toBeGreaterThan(3);
  });

  it('on generated texts of tests, loops and gaps between windows', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(found(t)).toEqual([...freshSearch(t)]);
      }),
      { numRuns: 5000 },
    );
  });

  it('many tests and one loop far after them: each window finds none, the loop is found in its own', () => {
    const filler = 'x = 1\n'.repeat(100);
    const t = `${`if a.startswith("b"):\n${filler}`.repeat(50)}for p in P:\n  q.startswith(p)\n`;
    expect(found(t)).toEqual([...freshSearch(t)]);
    expect(found(t).length).toBe(1);
  });

  it('a loop inside the last match of the window before, which a fresh search from the next window finds', () => {
    // `for x in\nfor` is one match reaching past the first window's end; the next window starts inside it.
    const t = `a.startswith(b)${' '.repeat(260)}for x in\nfor y in Z  z.startswith(y)\n`;
    expect(found(t)).toEqual([...freshSearch(t)]);
    expect(found(t).length).toBe(2);
  });
});
