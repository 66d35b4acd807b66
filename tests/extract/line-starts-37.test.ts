// Session 37 (#18): python's Hub-keyed dict entries (HUB_KEYED_ENTRY) and model-path dict heads (MODEL_PATH_DICT), both
// anchored `^` under `m`, were tried at every position of every Python text; they are now tried at the starts of the lines
// holding `{` (the second only in a text with no `\r`, U+2028 or U+2029, which its `[^=\n]+` may cross). hub-url's test
// for Coqui TTS's catalogue names asked six whole-text searches of every text; it now asks first for the end its types
// share. python's invocation gate (`(?:^|\n)...`, tried at every position) is asked as two patterns, one anchored at the
// text's start and one opening with `\n`. These tests hold the fast forms equal to what they replace, on every fixture
// and on generated texts. (And string constants' two searches given the lines holding `=` once.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HUB_KEYED_ENTRY, INVOCATION_IN_TEXT, MODEL_PATH_DICT, holdsInvocation, hubKeyedEntries, modelPathDictHeads } from '../../src/extract/python.js';
import {
  catalogueNameWords,
  catalogueNamesIn,
  mayHoldCatalogueKey,
  mayHoldCatalogueName,
  nestedCatalogueEntries,
} from '../../src/extract/shared/self-named-catalogues.js';
import { selfNamedCatalogues } from '../../src/registry/providers.js';
import { stringAssignments, tupleStringAssignments } from '../../src/extract/shared/calls.js';
import { lineStartsHolding } from '../../src/extract/shared/line-matches.js';
import { BREAKS, expectSameOnGenerated, fixtureTexts, globalSearch, shown } from '../helpers/search-equivalence.js';

const texts = fixtureTexts;

const SEARCHES: [string, (text: string) => Iterable<RegExpExecArray>, RegExp, string[]][] = [
  [
    'python HUB_KEYED_ENTRY',
    hubKeyedEntries,
    HUB_KEYED_ENTRY,
    ['"', "'", '"org/name"', "'a/b'", '"org/name": {', '/', 'x', ':', ' ', '{', '# note', '"model":', "'tokenizer' :", '"control"', 'pipes = {', '}', ','],
  ],
  [
    'python MODEL_PATH_DICT',
    modelPathDictHeads,
    MODEL_PATH_DICT,
    ['MODEL_PATHS', 'model_files', '_WEIGHT_DIRS', 'CKPT_', 'my_', ':', ' dict[str, str] ', '=', ' ', '{', '"x"', '}', '#', 'x', '_'],
  ],
];

describe('python searches from the lines holding `{`, as the global searches', () => {
  for (const [name, fast, pattern, pieces] of SEARCHES) {
    it(`${name}: on every fixture`, () => {
      for (const text of texts()) expect(shown(fast(text))).toEqual(globalSearch(text, pattern));
    });

    it(`${name}: on generated texts of its pieces and line breaks`, () => {
      expectSameOnGenerated(fast, pattern, pieces);
    });
  }

  it('MODEL_PATH_DICT: a `\\r` inside the annotation before the `=` (the global search, not the lines holding `{`)', () => {
    const text = 'x\nMODEL_PATHS: dict\r[str, str] = {\n  "a": "./models/a.pth"}\n';
    expect(shown(modelPathDictHeads(text))).toEqual(globalSearch(text, MODEL_PATH_DICT));
    expect([...modelPathDictHeads(text)]).toHaveLength(1);
  });

  it('HUB_KEYED_ENTRY: an entry whose own dict opens on the next line', () => {
    const text = 'pipes = {\n  "nlpconnect/vit-gpt2": {\r\n    "model": Model(),\n  },\n}\n';
    expect(shown(hubKeyedEntries(text))).toEqual(globalSearch(text, HUB_KEYED_ENTRY));
    expect([...hubKeyedEntries(text)]).toHaveLength(1);
  });
});

describe("python's invocation gate in two (the text's start, after a `\\n`)", () => {
  const PIECES = ['python', 'python3', 'python3.10', 'uv', ' run', 'uv run', ' ', '\t', '$', '$ ', '-m', '-m ', 'x.py', 'tools/run.py', 'x', '.', ...BREAKS];
  it('answers as INVOCATION_IN_TEXT, on every fixture and on generated texts', () => {
    for (const text of texts()) expect(holdsInvocation(text)).toBe(INVOCATION_IN_TEXT.test(text));
    let held = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const expected = INVOCATION_IN_TEXT.test(text);
        expect(holdsInvocation(text)).toBe(expected);
        if (expected) held++;
      }),
      { numRuns: 10_000 },
    );
    expect(held).toBeGreaterThan(0);
    expect(holdsInvocation('"""Usage:\n    python -m pkg.cli run\n"""')).toBe(true);
    expect(holdsInvocation('x = "python -m pkg"')).toBe(false);
  });
});

describe("string constants' two searches from one list of the lines holding `=`", () => {
  const PIECES = ['x', 'MODEL', ', y', ' = ', '=', '"org/x"', "'a'", ', "b"', ' or ', 'os.getenv("X", "v")', 'f"{ORG}/x"', '#', ...BREAKS];
  const both = (text: string, lines?: number[]) => ({
    single: shown(lines ? stringAssignments(text, lines) : stringAssignments(text)),
    tuples: [...(lines ? tupleStringAssignments(text, lines) : tupleStringAssignments(text))],
  });
  it('find what each found walking the lines itself, on every fixture and on generated texts', () => {
    for (const text of texts()) expect(both(text, [...lineStartsHolding(text, '=')])).toEqual(both(text));
    let found = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const expected = both(text);
        expect(both(text, [...lineStartsHolding(text, '=')])).toEqual(expected);
        found += expected.single.length + expected.tuples.length;
      }),
      { numRuns: 10_000 },
    );
    expect(found).toBeGreaterThan(0);
  });
});

describe("hub-url's catalogue-name gates, from the end the types share", () => {
  const words = catalogueNameWords();
  const types = selfNamedCatalogues().flatMap((c) => c.types);
  const fullName = (text: string) => words.some((w) => text.includes(w));
  const fullKey = (text: string) => types.some((t) => text.includes(`"${t}"`));
  const PIECES = [...types, ...types.map((t) => t.slice(1)), '_models', 'models', '/', '"', 'en', 'ljspeech', 'glow-tts', ' ', '\n', '{', ':'];

  it('the catalogue has types sharing an end (the gate has something to test)', () => {
    expect(types.length).toBeGreaterThan(0);
    expect(words.length).toBe(2 * types.length);
  });

  it('give what the searches for every word gave, on every fixture and on generated texts', () => {
    let held = 0;
    for (const text of texts()) {
      expect(mayHoldCatalogueName(text)).toBe(fullName(text));
      expect(mayHoldCatalogueKey(text)).toBe(fullKey(text));
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(mayHoldCatalogueName(text)).toBe(fullName(text));
        expect(mayHoldCatalogueKey(text)).toBe(fullKey(text));
        if (fullName(text)) held++;
      }),
      { numRuns: 10_000 },
    );
    expect(held).toBeGreaterThan(0);
  });

  it('find the names written whole and the nested entries', () => {
    expect(catalogueNamesIn('TTS("tts_models/de/thorsten/tacotron2-DDC")').map((c) => c.id)).toEqual(['tts_models/de/thorsten/tacotron2-DDC']);
    const json = '{"tts_models": {"en": {"ljspeech": {"glow-tts": {"description": "x"}}}}}';
    expect(nestedCatalogueEntries('TTS/.models.json', json).map((c) => c.id)).toEqual(['tts_models/en/ljspeech/glow-tts']);
    expect(catalogueNamesIn('no names here, only pretrained_models/')).toEqual([]);
  });
});
