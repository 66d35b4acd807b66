// Session 34's searches started from their anchors (src/extract/python.ts: pathlibJoins, resourceEntries): the answers
// must be the patterns' own, on every fixture and on generated texts built from the patterns' pieces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PATHLIB_JOINED, RESOURCE_ENTRY, pathlibJoins, resourceEntries } from '../../src/extract/python.js';
import { fixtureFiles } from '../helpers/fixture-files.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const fixtures = [...fixtureFiles(FIXTURES)].map((path) => readFileSync(path, 'utf8'));

const shown = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => `${m.index}|${m[0]}|${m[1]}|${m[2]}|${m[3]}|${m[4]}`);
const joinsByPattern = (t: string) => shown(t.matchAll(PATHLIB_JOINED));
const joinsByWalk = (t: string) => shown(pathlibJoins(t));
const entriesByPattern = (t: string) => shown(t.matchAll(RESOURCE_ENTRY));
const entriesByWalk = (t: string) => shown(resourceEntries(t));

const JOIN_PIECES = [
  ...['root', 'self.root', 'self', '.', 'a.b', '9', '_x', ' ', '\t', '\n', '/', ' / ', '"', "'", 'sdxl-vae', 'x.bin'],
  ...['(', ')', '[', ']', '{', '}', '%', '*', '\\', 'é', '.exists()', ',', '=', ' "a" ', "'b'", '/ "c"'],
];
const ENTRY_PIECES = [
  ...['"', "'", 'ernie_2.0', 'a', '9', '-', '.', ':', ' ', '\t', '\n', '\r', '\u2028', '{', '}', ',', 'x: 1'],
  ...['"dir_name": "x",\n', "'params_file': 'p',\n", '    "config_file": "c.json",\n', '"m": {\n', "'a': {\n", '  '],
];
const textOf = (pieces: string[], maxLength: number) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((parts) => parts.join(''));

describe("session 34's searches started from their anchors answer as the patterns do", () => {
  it('on every fixture', () => {
    expect(fixtures.length).toBeGreaterThan(500);
    for (const t of fixtures) {
      expect(joinsByWalk(t)).toEqual(joinsByPattern(t));
      expect(entriesByWalk(t)).toEqual(entriesByPattern(t));
    }
  });

  it('on generated texts', () => {
    fc.assert(
      fc.property(textOf(JOIN_PIECES, 30), (t) => {
        expect(joinsByWalk(t)).toEqual(joinsByPattern(t));
      }),
      { numRuns: 30000 },
    );
    fc.assert(
      fc.property(textOf(ENTRY_PIECES, 40), (t) => {
        expect(entriesByWalk(t)).toEqual(entriesByPattern(t));
      }),
      { numRuns: 30000 },
    );
  });

  it('on the shapes the arguments name', () => {
    for (const t of [
      'vae_path = self.root / "sdxl-vae-fp16-fix"',
      'p = root/"a"',
      'p = root\t/\t"a"  ',
      'p = (root / "a").exists()',
      'p = root / "a" / "b"',
      'p = 9root / "a"',
      'p = .root / "a"',
      'p = "x"root / "a"',
      'p = x) / "a"',
      'p = é / "a"',
      'p = root / "a\'',
      'p = root / ""',
      'p = root / "a',
      'p = a / "b" c / "d"',
      'p = a / "b"/ "c"',
    ])
      expect(joinsByWalk(t)).toEqual(joinsByPattern(t));
    expect(joinsByWalk('vae_path = self.root / "sdxl-vae-fp16-fix"')).toHaveLength(1);
    for (const t of [
      'd = {\n    "ernie_2.0_base_ch": {\n        "dir_name": "x",\n        "params_file": "params",\n    },\n}\n',
      '"a": {\n"b": 1,\n"c": {\n"d": 1,\n"e": 2,\n',
      '"a": {\n"b": {\n"c": 1,\n"d": 2,\n"e": 3,\n',
      "  'a-b.c': {  \n 'x': 1\n 'y': 2\n",
      '\r"a": {\n"x": 1\n"y": 2\n',
      '\u2028"a": {\n"x": 1\n"y": 2\n',
      'x"a": {\n"x": 1\n"y": 2\n',
      '"9a": {\n"x": 1\n"y": 2\n',
      '\'a": {\n"x": 1\n"y": 2\n',
      '"a": {\r\n"x": 1\r\n"y": 2\r\n',
      '"a": {\n"x": 1\n',
    ])
      expect(entriesByWalk(t)).toEqual(entriesByPattern(t));
    expect(entriesByWalk('d = {\n  "ernie": {\n    "dir_name": "x",\n    "params_file": "p",\n  },\n}\n')).toHaveLength(1);
  });
});
