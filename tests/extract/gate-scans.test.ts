// model-names' whole-text questions answered by a scan from a rarer character than the regex's first
// (src/extract/shared/gate-scans.ts): the answers
// must be the regexes' own, on every fixture and on generated texts of near misses (no fixture holds a type tag: the
// generated texts and the cases below do).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HUB_LOCATION, holdsHubLocation, holdsOtherRepoDef, holdsTypeTag, quotedFlagLines, wordsIn } from '../../src/extract/shared/gate-scans.js';
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

  it("at a text's start and end", () => {
    expect(holdsTypeTag('lm_type')).toBe(true);
    expect(holdsTypeTag('x = self._llmType')).toBe(true);
    expect(holdsTypeTag('_type ype Type lm_typ film-type')).toBe(false);
    expect(held(quotedFlagLines('"-'))).toEqual({ starts: [0], ends: [2] });
    expect(held(quotedFlagLines('-"-\'-'))).toEqual({ starts: [1, 3], ends: [3, 5] });
  });
});

/** other-repo-docstrings' gate before: a function whose name holds `space` or `dataset`, in any case. */
const otherRepoDefByRegex = (text: string) => /def[ \t]+\w*(?:space|dataset)/i.test(text);
const DEF_PIECES = [
  ...['def', 'DEF', 'Def', 'dEf', 'de', 'ef', 'f', 'F', 'd', 'undef', ' ', '\t', '  ', '\n', '(', '_', 'x', '9', 'é', '\u00a0'],
  ...['space', 'SPACE', 'Space', 'spac', 'pace', 'dataset', 'DataSet', 'datase', 'ataset', 'get_', 'sets', 'ſpace', '\u212a'],
];
const defText = fc.array(fc.constantFrom(...DEF_PIECES), { maxLength: 24 }).map((parts) => parts.join(''));

describe("other-repo-docstrings' gate answers as its regex did", () => {
  it('on every fixture and on generated texts', () => {
    let held = 0;
    for (const t of fixtures) {
      expect(holdsOtherRepoDef(t), t.slice(0, 200)).toBe(otherRepoDefByRegex(t));
      if (otherRepoDefByRegex(t)) held++;
    }
    expect(held).toBeGreaterThan(0);
    fc.assert(
      fc.property(defText, (t) => {
        expect(holdsOtherRepoDef(t)).toBe(otherRepoDefByRegex(t));
      }),
      { numRuns: 20000 },
    );
  });

  it("at a text's start and end, in any case, across blanks", () => {
    expect(holdsOtherRepoDef('def space')).toBe(true);
    expect(holdsOtherRepoDef('DEF \t get_DataSet_info(')).toBe(true);
    expect(holdsOtherRepoDef('undef my_spaces')).toBe(true);
    expect(holdsOtherRepoDef('def\nspace')).toBe(false);
    expect(holdsOtherRepoDef('def get_(space)')).toBe(false);
    expect(holdsOtherRepoDef('de f space')).toBe(false);
    expect(holdsOtherRepoDef('def spac')).toBe(false);
  });
});

/** hub-url's gate: pieces of each alternative, cut at its `/` or `:`, in other cases, and their near misses. */
const HUB_PIECES = [
  ...['huggingface', 'HuggingFace', 'hugging', 'face', '.co', '.CO', 'co', 'hf', 'HF', 'hF', 'h', 'f', '-mirror', '.com', 'mirror.com'],
  ...['modelscope', 'ModelScope', 'model', 'scope', '.cn', '.ai', '.AI', 'ollama', 'Ollama', 'openaipublic.azureedge.net', '/main', '/whisper'],
  ...['checkpoints', 'Checkpoints', 'checkpoint', 's', '/models/', '/Models/', '/model/', 'models', 'gpt2', 'Llama-3.1', 'x_y'],
  ...['/', '//', ':', '://', ':/', ':a', ':Z', ':1', '.', '-', ' ', '\n', 'é', '\u212a', 'ſ', 'O', 'o'],
];
const hubText = fc.array(fc.constantFrom(...HUB_PIECES), { maxLength: 16 }).map((parts) => parts.join(''));

describe("hub-url's gate answers as its regex did", () => {
  it('on every fixture and on generated texts', () => {
    let held = 0;
    for (const t of fixtures) {
      expect(holdsHubLocation(t), t.slice(0, 200)).toBe(HUB_LOCATION.test(t));
      if (HUB_LOCATION.test(t)) held++;
    }
    expect(held).toBeGreaterThan(100);
    fc.assert(
      fc.property(hubText, (t) => {
        expect(holdsHubLocation(t)).toBe(HUB_LOCATION.test(t));
      }),
      { numRuns: 20000 },
    );
  });

  it("each alternative, at a text's start and end, in any case", () => {
    for (const yes of ['huggingface.co/', 'HuggingFace.CO:', 'hf.co/', 'x Hf.Co:', 'hf-mirror.com/', 'HF://', 'huggingface://', 'modelscope.cn/'])
      expect(holdsHubLocation(yes), yes).toBe(true);
    for (const yes of [
      'ModelScope.AI/',
      'modelscope://',
      'ollama://',
      'a/models/llama3:latest',
      '/MODELS/x.y-z:Q',
      'openaipublic.azureedge.net/main/whisper/',
      'Checkpoints/',
    ])
      expect(holdsHubLocation(yes), yes).toBe(true);
    for (const no of [
      'huggingface.co',
      'hf.c/',
      'hf:/',
      'hf-mirror.co/',
      'modelscope.c/',
      'ollama:/',
      '/models/x:1',
      '/models/:a',
      'checkpoint/',
      'ſ.co/',
      'hf.co\u212a',
    ])
      expect(holdsHubLocation(no), no).toBe(false);
    expect(HUB_LOCATION.test('huggingface.co')).toBe(false);
  });
});

// model-names asks of each line it reads whether it holds a triple quote, an Enum's `class` or a Go `const`: from the
// next occurrence kept (wordsIn), the line's own `includes` must be the answer, read in order or after a step back.
describe('wordsIn', () => {
  const WORD_SETS: string[][] = [['"""', "'''"], ['class'], ['const']];
  const linesOf = (text: string) => {
    const spans: [number, number][] = [];
    for (let start = 0; start <= text.length;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      spans.push([start, end]);
      start = end + 1;
    }
    return spans;
  };
  const agrees = (text: string, words: string[], order: number[]) => {
    const spans = linesOf(text);
    const asked = wordsIn(text, words);
    for (const at of order) {
      const [from, to] = spans[at % spans.length]!;
      const line = text.slice(from, to);
      expect(asked(from, to), JSON.stringify(line)).toBe(words.some((w) => line.includes(w)));
    }
  };
  it('answers as each line does, on every fixture', () => {
    for (const text of fixtures) for (const words of WORD_SETS) agrees(text, words, [...linesOf(text).keys()]);
  });
  it('answers as each line does on generated texts, asked in any order', () => {
    const piece = fc.constantFrom('"""', "'''", '""', "''", '"', "'", 'class', 'clas', 'lass', 'const', 'cons', 'x', ' ', '\n', '\n\n', 'def f():');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.array(fc.nat(100), { maxLength: 40 }), (pieces, jumps) => {
        const text = pieces.join('');
        for (const words of WORD_SETS) {
          agrees(text, words, [...linesOf(text).keys()]);
          agrees(text, words, jumps);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
