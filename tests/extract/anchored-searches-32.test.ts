// Session 32's searches started from their anchors (src/extract/python.ts: loaderSubscripts, rootedFStrings,
// holdsEncoderWord; src/extract/shared/model-pickers.ts: pickedNames from its trigger words): the answers must be the
// patterns' own (and the every-line reading's), on every fixture and on generated texts built from the patterns' pieces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENCODER_WORD, LOADER_SUBSCRIPT, ROOTED_F_STRING, holdsEncoderWord, loaderSubscripts, rootedFStrings } from '../../src/extract/python.js';
import { pickedNames } from '../../src/extract/shared/model-pickers.js';
import { fixtureFiles } from '../helpers/fixture-files.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const fixtures = [...fixtureFiles(FIXTURES)].map((path) => readFileSync(path, 'utf8'));

const bySubscriptPattern = (t: string) => [...t.matchAll(LOADER_SUBSCRIPT)].map((m) => `${m[1]}|${m[2]}|${m[4]}`);
const bySubscriptWalk = (t: string) => loaderSubscripts(t).map((s) => `${s.callee}|${s.dict}|${s.key}`);
const fStringsByPattern = (t: string) => [...t.matchAll(ROOTED_F_STRING)].map((m) => `${m.index}|${m[0]}|${m[1]}|${m[2]}|${m[3]}`);
const fStringsFromOpenings = (t: string) => rootedFStrings(t).map((m) => `${m.index}|${m[0]}|${m[1]}|${m[2]}|${m[3]}`);

const SUBSCRIPT_PIECES = ['from_pretrained(', 'x(', '(', 'p', '9', 'p[', '[', "'k'", '"k"', "'", ']', ',', ')', ' ', '\n', '\u00a0', 'a1', '_', 'x.'];
const F_STRING_PIECES = ['f', 'r', 'R', 'F', "f'{", 'rf"{', "'", '"', '{', '}', 'x', '/', '\\', 'm', '\n', ' ', 'f"{a}/'];
const ENCODER_PIECES = [
  'bert',
  'hubert',
  'roberta',
  'clip',
  't5',
  'wav2vec',
  '2',
  'whisper',
  'siglip',
  'dinov2',
  '_',
  '_path',
  '_dir',
  '_name',
  '_model',
  '_repo',
  'p',
  'x',
  ' ',
];
const PICKER_PIECES = [
  ...['<select id="model_select">', '<option value="gpt-4o">GPT</option>', '</select>', 'switch (model) {', "  case 'm-1':", '}'],
  ...['function getModels() {', '  return [', "    'org/name-1',", '  ]', 'model', 'embedding', 'return', 'switch', '\n', ' ', 'x'],
];
const textOf = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));

describe('searches started from their anchors answer as the patterns do', () => {
  it('on every fixture', () => {
    expect(fixtures.length).toBeGreaterThan(500);
    for (const t of fixtures) {
      expect(bySubscriptWalk(t)).toEqual(bySubscriptPattern(t));
      expect(fStringsFromOpenings(t)).toEqual(fStringsByPattern(t));
      expect(holdsEncoderWord(t)).toBe(ENCODER_WORD.test(t));
      expect(pickedNames(t)).toEqual(pickedNames(t, true));
    }
  });

  it('on generated texts', () => {
    fc.assert(
      fc.property(textOf(SUBSCRIPT_PIECES), (t) => {
        expect(bySubscriptWalk(t)).toEqual(bySubscriptPattern(t));
      }),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(textOf(F_STRING_PIECES), (t) => {
        expect(fStringsFromOpenings(t)).toEqual(fStringsByPattern(t));
      }),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(textOf(ENCODER_PIECES), (t) => {
        expect(holdsEncoderWord(t)).toBe(ENCODER_WORD.test(t));
      }),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(textOf(PICKER_PIECES), (t) => {
        expect(pickedNames(t)).toEqual(pickedNames(t, true));
      }),
      { numRuns: 5000 },
    );
  });

  it('on the cases the arguments name', () => {
    // A subscript whose dict or callee starts with a digit, blanks and a line break between `(` and the dict.
    expect(loaderSubscripts("from_pretrained(\n  params['seg'])")).toEqual([{ callee: 'from_pretrained', dict: 'params', key: 'seg' }]);
    expect(loaderSubscripts("9f(p['k'])")).toEqual([]);
    expect(loaderSubscripts("f(9p['k'])")).toEqual([]);
    // An opening inside the match before is not one; an `r` inside it is not the next one's start.
    expect(fStringsFromOpenings("f'{a}/xf'{b}/c'")).toEqual(fStringsByPattern("f'{a}/xf'{b}/c'"));
    expect(fStringsFromOpenings('rf\'{a}/b\' rF"{c}/d"')).toEqual(fStringsByPattern('rf\'{a}/b\' rF"{c}/d"'));
    expect(holdsEncoderWord('self.hubert_path = x')).toBe(true);
    expect(holdsEncoderWord('bert__path _path bert_')).toBe(false);
  });
});
