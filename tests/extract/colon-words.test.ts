// config-file asks a text for `run:`, `setup:`, `cmds:`, `catalog:` and `://` in one scan from its colons
// (src/extract/shared/colon-words.ts) instead of five `includes`: the answers must be the `includes`' own, on every
// fixture and on generated texts of near misses (`rerun:`, `cmd:`, `catalogs:`, `:/`, a colon first or last).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG, CMDS, colonWords, RUN, SCHEME, SETUP } from '../../src/extract/shared/colon-words.js';
import { isSkyPilotTask } from '../../src/extract/shared/yaml-files.js';
import { fixtureFiles } from '../helpers/fixture-files.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const files = (dir: string) => fixtureFiles(dir);
const fixtures = [...files(FIXTURES)].map((path) => readFileSync(path, 'utf8'));

/** What the five `includes` answer, as colonWords' mask. */
const byIncludes = (text: string) =>
  (text.includes('run:') ? RUN : 0) |
  (text.includes('setup:') ? SETUP : 0) |
  (text.includes('cmds:') ? CMDS : 0) |
  (text.includes('catalog:') ? CATALOG : 0) |
  (text.includes('://') ? SCHEME : 0);

const PIECES = [
  ...['run', 'rerun', 'ru', 'n', 'setup', 'etup', 'cmds', 'cmd', 'ds', 'catalog', 'catalogs', 'atalog', 'g', 's', 'p'],
  ...[':', '::', ':/', '://', '/', '//', ': ', ' |', '\n', '\r\n', ' ', '\t', '"', 'http', 'x', 'é', '\u00a0'],
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

describe('colonWords: the five words found from the colons', () => {
  it('answers as the includes do, on every fixture', () => {
    expect(fixtures.length).toBeGreaterThan(500);
    const seen = new Set<number>();
    for (const t of fixtures) {
      expect(colonWords(t), t.slice(0, 200)).toBe(byIncludes(t));
      seen.add(colonWords(t));
      expect(isSkyPilotTask(t, colonWords(t))).toBe(isSkyPilotTask(t));
    }
    // Each word is found somewhere among the fixtures, so each branch is held to its `includes`.
    for (const flag of [RUN, SETUP, CMDS, CATALOG, SCHEME])
      expect(
        [...seen].some((mask) => mask & flag),
        String(flag),
      ).toBe(true);
  });

  it('answers as the includes do, on generated texts', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(colonWords(t)).toBe(byIncludes(t));
      }),
      { numRuns: 10000 },
    );
  });

  it("finds a word at the text's start and end, and not a near miss", () => {
    expect(colonWords('run:')).toBe(RUN);
    expect(colonWords('x: y\ncatalog:')).toBe(CATALOG);
    expect(colonWords('un: cmd: catalogs: :/x setu:')).toBe(0);
    expect(colonWords('rerun: |\nurl: https://x\nsetup:\ncmds:\n')).toBe(RUN | SETUP | CMDS | SCHEME);
  });
});
