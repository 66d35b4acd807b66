// The word search behind the prefilter (src/scan/literal-scan.ts) must answer exactly what a
// case-insensitive regex of the same words answers on the same text, wherever a word falls,
// whatever the text around it (non-ASCII, NUL, a word overlapping another's start), for a
// handful of words or the ~200 of the real extractors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameWords } from '../../src/extract/shared/model-name.js';
import { compileLiteralSet, compileLiteralUnion, compileWordFinder } from '../../src/scan/literal-scan.js';
import { wordLinesOf } from '../../src/extract/shared/word-lines.js';
import { EXTRACTOR_WORDS } from '../../src/scan/prefilter.js';

/** Every fixture file under 1 MB (real cuts of the files the scan meets). */
function fixtureFiles(): Buffer[] {
  const root = join(import.meta.dirname, '../../fixtures');
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name)))
    .filter((b) => b.length < 1_000_000);
}

const bytes = (text: string) => Buffer.from(text, 'utf8');
const asRegex = (words: string[]) => new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'i');

describe('literal scan', () => {
  const words = ['from_pretrained', 'model', 'llm(', 'hf.co/', '-hf', '```'];
  const set = compileLiteralSet(words)!;

  it('finds a word at every offset, in any case, and nothing once a byte of it changes', () => {
    for (const word of words) {
      for (let at = 0; at < 40; at++) {
        const pad = 'x'.repeat(at);
        for (const spelled of [word, word.toUpperCase(), word.replace(/^./, (c) => c.toUpperCase())]) {
          expect(set.test(bytes(`${pad}${spelled}`)), `${spelled} at ${at}, text end`).toBe(true);
          expect(set.test(bytes(`${pad}${spelled}${'y'.repeat(at % 17)}`)), `${spelled} at ${at}`).toBe(true);
        }
        for (let broken = 0; broken < word.length; broken++) {
          const text = `${pad}${word.slice(0, broken)}\u00e9${word.slice(broken + 1)}`;
          expect(set.test(bytes(text)), text).toBe(asRegex(words).test(text));
        }
      }
    }
  });

  it('needs the whole word inside the text', () => {
    expect(set.test(bytes(`${'a'.repeat(30)}model and more`))).toBe(true);
    expect(set.test(bytes('a'.repeat(30)))).toBe(false);
    expect(set.test(bytes(`${'a'.repeat(30)}mod`))).toBe(false);
    expect(set.test(new Uint8Array(0))).toBe(false);
  });

  it('tells case-folded punctuation apart: _ is not DEL, ( is not \\b, - is not \\r', () => {
    expect(set.test(bytes('from\x7fpretrained llm\x08 \rhf'))).toBe(false);
    expect(set.test(bytes('FROM_PRETRAINED'))).toBe(true);
  });

  it('answers as the regex does on generated text, for generated word sets', () => {
    const seen = { found: 0, notFound: 0 };
    const unit = fc.constantFrom('a', 'b', 'A', 'B', '_', '(', '/', '.', '-', 'é', '中', '\n', '\0', '`', '\x7f', '\x01');
    const wordSets = fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'A', '_', '(', '/', '.', '-', '`'), minLength: 1, maxLength: 6 }), {
      minLength: 1,
      maxLength: 12,
    });
    // Texts of noise, the words themselves (any case) and near misses (a word cut short at either end).
    const cases = wordSets.chain((wordSet) => {
      const pieces = wordSet.flatMap((w) => [w, w.toUpperCase(), w.slice(1), w.slice(0, -1)]);
      return fc.tuple(fc.constant(wordSet), fc.array(fc.oneof(fc.string({ unit, maxLength: 24 }), fc.constantFrom(...pieces)), { maxLength: 10 }));
    });
    fc.assert(
      fc.property(cases, ([wordSet, parts]) => {
        const text = parts.join('');
        const literal = compileLiteralSet(wordSet);
        if (!literal) return;
        const expected = asRegex(wordSet).test(text);
        expect(literal.test(bytes(text)), JSON.stringify({ wordSet, text })).toBe(expected);
        seen[expected ? 'found' : 'notFound']++;
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: both answers come up often.
    expect(seen.found).toBeGreaterThan(500);
    expect(seen.notFound).toBeGreaterThan(500);
  });

  it('answers as the regex does with the real extractor words, on the fixtures and on texts made of the words', () => {
    const real = [...new Set(Object.values(EXTRACTOR_WORDS).flat().concat(nameWords()))];
    const literal = compileLiteralSet(real)!;
    const regex = asRegex(real);
    const files = fixtureFiles();
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expect(literal.test(file), file.toString('utf8', 0, 80)).toBe(regex.test(file.toString('utf8')));
    // Each word inside noise, and each word cut short by one byte at either end.
    for (const word of real)
      for (const text of [`x ${word.toUpperCase()} x`, `\u00e9${word.slice(1)}`, `${word.slice(0, -1)}\u00e9`])
        expect(literal.test(bytes(text)), text).toBe(regex.test(text));
  });

  it('reads large texts', () => {
    const big = 'x'.repeat(600_000);
    expect(set.test(bytes(big))).toBe(false);
    expect(set.test(bytes(`${big}Model`))).toBe(true);
  });

  it('searches a text of 1 KB or more in four quarters at once, and finds a word across any seam', () => {
    // A word placed at every offset around the quarters' seams, whole or cut short, in texts of 1,024 bytes and more:
    // the answer of one search from the start (the regex's).
    const words = ['from_pretrained', 'model', 'hf.co/', '-hf', 'x-longer-word-of-twenty'];
    const literal = compileLiteralSet(words)!;
    const regex = asRegex(words);
    let checked = 0;
    for (const length of [1023, 1024, 1025, 1027, 1500, 4099]) {
      const q = length >>> 2;
      for (const seam of [q, 2 * q, 3 * q, length]) {
        for (const word of words) {
          for (let shift = -word.length - 1; shift <= 1; shift++) {
            const at = seam + shift;
            for (const piece of [word.toUpperCase(), word.slice(1), word.slice(0, -1)]) {
              if (at < 0 || at + piece.length > length) continue;
              const text = 'a'.repeat(at) + piece + 'b'.repeat(length - at - piece.length);
              expect(literal.test(bytes(text)), JSON.stringify({ length, at, piece })).toBe(regex.test(text));
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    // Generated long texts: noise, words and near misses, with the real words too.
    const real = [...new Set(Object.values(EXTRACTOR_WORDS).flat().concat(nameWords()))];
    const realSet = compileLiteralSet(real)!;
    const realRegex = asRegex(real);
    const unit = fc.constantFrom('a', 'b', 'A', '_', '/', '.', '-', 'é', '中', '\n', ' ', 'o', 'd', 'e', 'l', 'm');
    const pieces = ['model', 'MODEL', 'odel', 'mode', 'hf.co/', 'f.co/', 'gpt-', 'gpt', 'llama', 'lama', 'ollama', 'qwen', 'qwe'];
    let found = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit, maxLength: 300 }), fc.constantFrom(...pieces)), { minLength: 5, maxLength: 40 }), (parts) => {
        const text = parts.join('').padEnd(1024, 'z');
        const expected = realRegex.test(text);
        expect(realSet.test(bytes(text)), text).toBe(expected);
        expect(literal.test(bytes(text)), text).toBe(regex.test(text));
        if (expected) found++;
      }),
      { numRuns: 300 },
    );
    expect(found).toBeGreaterThan(20);
  });

  // The prefilter's gates share one automaton of every extractor's words (compileLiteralUnion): a subset must answer what
  // an automaton of its own words answers, though the union stops on words the subset does not hold.
  it('answers through a union as with its own automaton: a word of another set is read on from, a shorter own word ending inside a longer one is found', () => {
    const union = compileLiteralUnion(['amodel', 'model', 'xmodelx', 'pretrained'])!;
    // 'model' ends inside 'amodel': the union's state there is amodel's, and model's through its suffix link.
    expect(union.subset(['model'])!.test(bytes('an amodel here'))).toBe(true);
    // 'model' alone is a word of the union but not of this subset: read on, to 'pretrained' after it.
    expect(union.subset(['xmodelx', 'pretrained'])!.test(bytes('model, then more model'))).toBe(false);
    expect(union.subset(['xmodelx', 'pretrained'])!.test(bytes(`model ${'y'.repeat(2000)} PRETRAINED ${'z'.repeat(9)}`))).toBe(true);
    expect(union.subset(['amodel'])!.test(bytes(`${'model '.repeat(400)}`))).toBe(false);
    // A word outside the union: no subset (the caller compiles the set on its own).
    expect(union.subset(['model', 'other'])).toBeUndefined();
    expect(compileLiteralUnion(['modèle', ''])).toBeUndefined();
  });

  it("answers through a union as each subset's own automaton and the regex, on generated sets and texts, short and long", () => {
    const seen = { found: 0, notFound: 0 };
    const unit = fc.constantFrom('a', 'b', 'A', '_', '(', '/', '-', 'é', '\n', '\0', 'x');
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'A', '_', '(', '/', '-'), minLength: 1, maxLength: 6 });
    const cases = fc.uniqueArray(word, { minLength: 2, maxLength: 14 }).chain((all) => {
      const pieces = all.flatMap((w) => [w, w.toUpperCase(), w.slice(1), w.slice(0, -1)]);
      return fc.tuple(
        fc.constant(all),
        fc.subarray(all, { minLength: 1 }),
        fc.array(fc.oneof(fc.string({ unit, maxLength: 24 }), fc.constantFrom(...pieces)), { maxLength: 12 }),
        fc.nat({ max: 1500 }),
      );
    });
    fc.assert(
      fc.property(cases, ([all, subsetWords, parts, pad]) => {
        // Short texts take the one-search loop; padded ones (1 KB and more) the four quarters, a word near each seam.
        for (const text of [parts.join(''), parts.join('x'.repeat(pad >> 3)) + 'y'.repeat(pad)]) {
          const expected = asRegex(subsetWords).test(text);
          const subset = compileLiteralUnion(all)!.subset(subsetWords)!;
          expect(subset.test(bytes(text)), JSON.stringify({ all, subsetWords, text: text.slice(0, 200) })).toBe(expected);
          expect(compileLiteralSet(subsetWords)!.test(bytes(text))).toBe(expected);
          seen[expected ? 'found' : 'notFound']++;
        }
      }),
      { numRuns: 1500 },
    );
    expect(seen.found).toBeGreaterThan(300);
    expect(seen.notFound).toBeGreaterThan(300);
  });

  it("answers through the union of every extractor's words as each extractor's own words do, on every fixture", () => {
    const lists = Object.values(EXTRACTOR_WORDS).concat([nameWords()]);
    const union = compileLiteralUnion(lists.flat())!;
    const files = fixtureFiles();
    for (const words of lists) {
      const own = compileLiteralSet(words)!;
      const subset = union.subset(words)!;
      for (const file of files) expect(subset.test(file), `${words.slice(0, 3).join(',')}: ${file.toString('utf8', 0, 80)}`).toBe(own.test(file));
    }
  });

  it('declines words it cannot take (empty, or not ASCII)', () => {
    expect(compileLiteralSet(['', 'model'])).toBeUndefined();
    expect(compileLiteralSet(['modèle'])).toBeUndefined();
    expect(compileLiteralSet([])).toBeUndefined();
    expect(compileLiteralSet(['ab'])!.test(bytes('xAB'))).toBe(true);
  });

  // The same automaton on decoded strings, reporting every occurrence and which group's word it is
  // (model-names and command-line read only the lines that hold one of their words).
  const asciiLower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  /** Every (end offset, group bits) where a word ends, by brute force. */
  function bruteHits(groups: string[][], text: string) {
    const ends: number[] = [];
    const bits: number[] = [];
    const starts: number[] = [];
    const folded = asciiLower(text);
    for (let end = 1; end <= text.length; end++) {
      let b = 0;
      let shortest = Infinity;
      groups.forEach((g, i) => {
        for (const w of g)
          if (w.length <= end && folded.slice(end - w.length, end) === asciiLower(w)) {
            b |= 1 << i;
            shortest = Math.min(shortest, w.length);
          }
      });
      if (b) {
        ends.push(end);
        bits.push(b);
        starts.push(end - shortest);
      }
    }
    return { ends, groups: bits, starts };
  }

  it('finds every occurrence of each group in a string, overlapping ones too, as brute force does', () => {
    const unit = fc.constantFrom('a', 'b', 'A', 'B', '/', '-', '\n', 'é', '中', 'Ā', '\u212a', 'k');
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'A', '/', '-', 'k'), minLength: 1, maxLength: 4 });
    const groups = fc.array(fc.uniqueArray(word, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 });
    let hits = 0;
    fc.assert(
      fc.property(groups, fc.string({ unit, maxLength: 40 }), (wordGroups, text) => {
        const found = compileWordFinder(wordGroups)!.hits(text);
        expect(found, JSON.stringify({ wordGroups, text })).toEqual(bruteHits(wordGroups, text));
        hits += found.ends.length;
        // Whether a piece of the text holds a whole word: what the regex says of the piece.
        const lines = wordLinesOf(() => wordGroups.flat())(text);
        for (let from = 0; from <= text.length; from += 3)
          for (let to = from; to <= text.length; to += 2)
            expect(lines?.holds(from, to) ?? false, JSON.stringify({ wordGroups, text, from, to })).toBe(asRegex(wordGroups.flat()).test(text.slice(from, to)));
      }),
      { numRuns: 1000 },
    );
    expect(hits).toBeGreaterThan(500);
    // U+212A (Kelvin) is not `k` under /i without u, nor here; non-ASCII text keeps its offsets.
    expect(compileWordFinder([['k']])!.hits('\u212a中k').ends).toEqual([3]);
  });

  it('tells which lines hold a word, and none when the first group has no word in the text', () => {
    const lines = wordLinesOf(
      () => ['model'],
      () => ['ollama/'],
    );
    const text = 'a = 1\nMODEL = "x"\n\nb = "ollama/qwen2"\nmodel model\nlast';
    const found = lines(text)!;
    const spans = [...found.spans()].map(([s, e]) => text.slice(s, e));
    expect(spans).toEqual(['MODEL = "x"', 'b = "ollama/qwen2"', 'model model']);
    const again = lines(text)!;
    const asked = text.split('\n').map((line, i, all) => {
      const start = all.slice(0, i).join('\n').length + (i ? 1 : 0);
      return again.has(start, start + line.length);
    });
    expect(asked).toEqual([false, true, false, true, true, false]);
    expect(lines('b = "ollama/qwen2"')).toBeUndefined();
  });
});
