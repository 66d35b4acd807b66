// display-text's lines of known-name words taken from model-names' pass over the same text (knownWordLines,
// src/extract/shared/model-name.ts): the same occurrences and starts as the reader's own finder of knownNameWords(),
// whether model-names searched the text first or not, on every fixture and on generated texts where words of the
// other groups (`model`, LiteLLM's prefixes) end where a known word ends.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forgetNameHits, knownNameWords, knownWordLines, nameLines, nameWords } from '../../src/extract/shared/model-name.js';
import { WordLines, wordLinesOf } from '../../src/extract/shared/word-lines.js';
import { fixtureFiles } from '../helpers/fixture-files.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const fixtures = [...fixtureFiles(FIXTURES)].map((path) => readFileSync(path, 'utf8'));
/** What display-text found before: a finder of knownNameWords() alone. */
const ownFinder = wordLinesOf(knownNameWords);
const held = (lines: WordLines | undefined) => {
  if (!lines) return undefined;
  const { starts, ends } = lines as unknown as { starts: number[]; ends: number[] };
  return { starts, ends };
};
const both = (text: string) => {
  forgetNameHits();
  const cold = held(knownWordLines(text));
  forgetNameHits();
  nameLines(text);
  const warm = held(knownWordLines(text));
  return { cold, warm };
};

describe("known-name words' lines from model-names' pass", () => {
  it('on every fixture, searched first by model-names or not', () => {
    let found = 0;
    for (const t of fixtures) {
      const own = held(ownFinder(t));
      const { cold, warm } = both(t);
      expect(cold, t.slice(0, 200)).toEqual(own);
      expect(warm, t.slice(0, 200)).toEqual(own);
      if (own) found++;
    }
    expect(found).toBeGreaterThan(300);
  });

  it('on generated texts of every group, in any case', () => {
    // Known words, key words and the other groups' words that end as known words do (`openai/`, `ollama:`), cut and cased.
    const words = [...new Set([...nameWords(), 'openai/', 'ollama/', 'ollama:', 'huggingface_', 'gemini/', 'deepseek/', 'ai/', 'o1', 'o3-'])];
    const pieces = [...words.slice(0, 400), ...words.slice(0, 60).map((w) => w.toUpperCase()), ...words.slice(0, 60).map((w) => w.slice(1))];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom('/', ':', '-', '_', ' ', '\n', 'x', 'K', '\u212a', 'é')), { maxLength: 14 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const own = held(ownFinder(t));
        const { cold, warm } = both(t);
        expect(cold).toEqual(own);
        expect(warm).toEqual(own);
      }),
      { numRuns: 5000 },
    );
  });

  it('where a key word ends at a known word, the known word starts the hit', () => {
    // `model` ends where a known word holding it ends (any word of knownNameWords() that ends in `model`, if there is one),
    // and `openai/` (a LiteLLM prefix and a publisher) ends where `ai/` does.
    for (const t of ['x = "openai/gpt-4o"', 'OpenAI/GPT-4o', 'repo_id: deepseek-ai/DeepSeek-V3']) {
      const { cold, warm } = both(t);
      expect(cold).toEqual(held(ownFinder(t)));
      expect(warm).toEqual(held(ownFinder(t)));
    }
  });
});
