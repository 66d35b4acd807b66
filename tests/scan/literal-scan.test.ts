// The word search behind the prefilter (src/scan/literal-scan.ts) must answer exactly what a
// case-insensitive regex of the same words answers on the same text, wherever a word falls,
// whatever the text around it (non-ASCII, NUL, a word overlapping another's start), for a
// handful of words or the ~200 of the real extractors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameWords } from '../../src/extract/shared/model-name.js';
import { compileLiteralSet } from '../../src/scan/literal-scan.js';
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

  it('declines words it cannot take (empty, or not ASCII)', () => {
    expect(compileLiteralSet(['', 'model'])).toBeUndefined();
    expect(compileLiteralSet(['modèle'])).toBeUndefined();
    expect(compileLiteralSet([])).toBeUndefined();
    expect(compileLiteralSet(['ab'])!.test(bytes('xAB'))).toBe(true);
  });
});
