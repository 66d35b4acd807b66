// Session 36 (#18): patterns anchored `^` under `m` were tried at every position of every text (shell's assignments,
// python's class headers, model-names' imports from a registry module). They are now tried at the starts of the lines
// holding a word each match must hold, or not at all where a text lacks it. These tests hold the fast searches equal
// to the global ones they replace: the same matches (index and groups), in the same order, on every fixture and on
// generated texts of the patterns' pieces and every kind of line break.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesFromLineStartsWith } from '../../src/extract/shared/line-matches.js';
import { ARRAY, ASSIGN, HEREDOC_LIST, QUOTED_DEFAULT, assignMatches } from '../../src/extract/shell.js';
import { CLASS_WITH_BASES } from '../../src/extract/python.js';
import { decoratorsFromRegistry, registryImportsIn } from '../../src/extract/model-names.js';
import { INLINE_WALK, WHOLE } from '../../src/extract/shared/prefix-tests.js';
import { BREAKS, expectSameOnGenerated, fixtureTexts, globalSearch, shown } from '../helpers/search-equivalence.js';

const texts = fixtureTexts;

/** Each fast search, its pattern, and the pieces generated texts are made of (its own, so that they match often). */
const SEARCHES: [string, (text: string) => Iterable<RegExpExecArray>, RegExp, string[]][] = [
  [
    'shell ASSIGN',
    assignMatches,
    ASSIGN,
    [';', '&', '|', '#', '"', "'", '=', '?=', ':=', '+=', '${', 'then ', 'else ', 'do ', 'export ', 'readonly ', 'if x; then ', 'MODEL', 'x', 'org/name'],
  ],
  [
    'shell QUOTED_DEFAULT',
    (text) => matchesFromLineStartsWith(text, '=${', QUOTED_DEFAULT),
    QUOTED_DEFAULT,
    ['MODEL', '=', '=${', '${', 'MODEL:-', 'MODEL=${MODEL:-', 'MODEL=${X=', '"org/x"}', "'x'}", '"', '}', 'export ', 'local ', '-'],
  ],
  ['shell ARRAY', (text) => matchesFromLineStartsWith(text, '=(', ARRAY), ARRAY, ['MODELS', '=', '=(', '(', ')', '"org/x" ', 'declare -a ', 'export ', 'x']],
  [
    'shell HEREDOC_LIST',
    (text) => matchesFromLineStartsWith(text, '=$(', HEREDOC_LIST),
    HEREDOC_LIST,
    ['MODELS', '=', '=$(', '$(', 'MODELS=$(cat <<EOF', 'cat <<EOF', 'MODELS=$( cat <<-"EOF" ', ' ', 'EOF', 'org/x', 'local '],
  ],
  [
    'python CLASS_WITH_BASES',
    (text) => matchesFromLineStartsWith(text, 'class', CLASS_WITH_BASES),
    CLASS_WITH_BASES,
    ['class ', 'class', 'Foo', '(', ')', '(Base)', 'nn.Module, Mixin', ':', 'subclass', '#'],
  ],
];

describe('searches from the lines holding their word, as the global searches', () => {
  for (const [name, fast, pattern, pieces] of SEARCHES) {
    it(`${name}: on every fixture`, () => {
      let matched = 0;
      for (const text of texts()) {
        const expected = globalSearch(text, pattern);
        expect(shown(fast(text))).toEqual(expected);
        matched += expected.length;
      }
      // (No fixture writes a quoted default inside an expansion, an array or a heredoc list: the generated texts do.)
      if (pattern === ASSIGN || pattern === CLASS_WITH_BASES) expect(matched).toBeGreaterThan(0);
    });

    it(`${name}: on generated texts of its pieces and line breaks`, () => {
      expectSameOnGenerated(fast, pattern, pieces);
    });
  }

  it('shell ASSIGN: a `\\r` before the `=` on a line opened by `\\n` (the global search, not the lines holding `=`)', () => {
    const text = 'a\rb; then MODEL=${X:-"org/x"}\nMODEL=org/y\n';
    expect(shown(assignMatches(text))).toEqual(globalSearch(text, ASSIGN));
    expect([...assignMatches(text)][0]!.index).toBe(0);
  });
});

describe("model-names' registry imports, read only where `registry` is written", () => {
  const REGISTRY_PIECES = [
    ...['\n', ' ', '\t', 'from ', 'import ', 'lm_eval.api.', 'registry', 'Registry', 'REGISTRY', '.registry', 'reg', 'istry'],
    ...['register_model', ', ', ' as ', 'r', '(', ')', '#', '\\', 'x'],
  ];

  it('gives what the full search gave, on every fixture', () => {
    let found = 0;
    for (const text of texts()) {
      const expected = decoratorsFromRegistry(text);
      expect(registryImportsIn(text)).toEqual(expected);
      if (expected) found++;
    }
    expect(found).toBeGreaterThanOrEqual(0);
  });

  it('gives what the full search gave, on generated texts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...REGISTRY_PIECES), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(registryImportsIn(text)).toEqual(decoratorsFromRegistry(text));
      }),
      { numRuns: 10_000 },
    );
    expect(registryImportsIn('from lm_eval.api.registry import register_model\n')).toEqual(new Set(['register_model']));
  });
});

describe("prefix tests' searches, asked only of texts holding their word", () => {
  const PREFIX_PIECES = [
    '.startswith(',
    '.endswith(',
    '.startsWith(',
    'startswith',
    ']',
    '].some(',
    '(m) ',
    '=>',
    '= >',
    'p',
    ')',
    ' ',
    '\n',
    'tuple(',
    'self.',
    'P',
  ];
  const gated = (text: string) => ({
    whole: text.includes('.startswith(') || text.includes('.endswith(') ? shown(text.matchAll(WHOLE)) : [],
    walks: text.includes('=>') ? shown(text.matchAll(INLINE_WALK)) : [],
  });
  const full = (text: string) => ({ whole: shown(text.matchAll(WHOLE)), walks: shown(text.matchAll(INLINE_WALK)) });

  it('find what the whole-text searches found, on every fixture and on generated texts', () => {
    for (const text of texts()) expect(gated(text)).toEqual(full(text));
    let matched = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PREFIX_PIECES), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const expected = full(text);
        expect(gated(text)).toEqual(expected);
        matched += expected.whole.length + expected.walks.length;
      }),
      { numRuns: 10_000 },
    );
    expect(matched).toBeGreaterThan(0);
  });
});
