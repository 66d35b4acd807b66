// The python reader asks its gate words (`text.includes(word)`) of one pass of an automaton first
// (compileWordPresence, src/scan/literal-scan.ts; `holds` in src/extract/python.ts): the pass must say "maybe" for every
// word the text holds as written (then `includes` decides), and its answer is exactly "some ASCII-case variant of the
// word occurs", wherever a word falls and whatever overlaps it: on every fixture and on generated texts. The same pass
// answers the words of the reader's whole-text gate patterns (GATE_WORDS, `mayHold`): a pattern that matches a text must
// find one of its words seen there, or the gate would turn away a text the pattern reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileWordPresence } from '../../src/scan/literal-scan.js';
import { ASKED_WORDS, GATE_WORDS } from '../../src/extract/python.js';
import { fixtureFiles } from '../helpers/fixture-files.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
/** ASCII letters lower-cased, every other character as it is (the automaton's folding). */
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
/** The bits the pass must set: a word whose ASCII-folded form occurs in the folded text. */
const expected = (words: readonly string[], text: string) =>
  words.reduce((bits, w, i) => (asciiLower(text).includes(asciiLower(w)) ? bits | (1 << i) : bits), 0);

describe('word presence', () => {
  const python = compileWordPresence(ASKED_WORDS, GATE_WORDS)!;

  it("says which of the python reader's gate words every fixture may hold, a superset of includes", () => {
    let ruledOut = 0;
    for (const path of fixtureFiles(FIXTURES)) {
      const text = readFileSync(path, 'utf8');
      const seen = python.seen(text);
      expect(seen, path).toBe(expected(ASKED_WORDS, text));
      ASKED_WORDS.forEach((w, i) => {
        if (text.includes(w)) expect(seen & (1 << i), `${w} in ${path}`).not.toBe(0);
        else if (!(seen & (1 << i))) ruledOut++;
      });
    }
    expect(ruledOut).toBeGreaterThan(0);
  });

  // Each whole-text gate pattern of the python reader and the words `mayHold` asks before it (src/extract/python.ts).
  const gates: [RegExp, string[]][] = [
    [/sentence_transformers/, ['sentence_transformers']],
    [/tokeni[sz]er/i, ['tokenizer', 'tokeniser']],
    [/[fF]['"]\{/, ["f'{", 'f"{']],
    [/(?:usage|examples?)\s*:/i, ['usage', 'example']],
    [/whisper/i, ['whisper']],
    [/(?:encoder|decoder|vocoder|tts|asr|vae|codec)_(?:path|dir|folder)/, GATE_WORDS.filter((w) => /^(?:coder|tts|asr|vae|codec)_/.test(w))],
    [/\bfiles\(|resources\.path\(/, ['files(', 'resources.path(']],
    [/_(?:PATHS|FILES|DIRS)\b/i, ['_paths', '_files', '_dirs']],
    [/\b(?:cached_path|load_state_dict_from_url|download_url_to_file|load_file_from_url|download_cached_file|urlretrieve)\(/, ['cached_', 'url']],
  ];
  const gateBits = (words: string[]) => words.reduce((b, w) => b | (1 << GATE_WORDS.indexOf(w as (typeof GATE_WORDS)[number])), 0);

  it("answers the gate patterns' words from the same pass: exactly, and seen wherever a pattern matches", () => {
    let ruledOut = 0;
    for (const path of fixtureFiles(FIXTURES)) {
      const text = readFileSync(path, 'utf8');
      const both = python.seenBoth(text);
      expect(both.seen, path).toBe(python.seen(text));
      expect(both.more, path).toBe(expected(GATE_WORDS, text));
      for (const [pattern, words] of gates) {
        expect(
          words.every((w) => GATE_WORDS.includes(w as (typeof GATE_WORDS)[number])),
          pattern.source,
        ).toBe(true);
        if (pattern.test(text)) expect(both.more & gateBits(words), `${pattern} in ${path}`).not.toBe(0);
        else if (!(both.more & gateBits(words))) ruledOut++;
      }
    }
    expect(ruledOut).toBeGreaterThan(0);
  });

  it('sees a gate word wherever its pattern matches, on generated texts', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'encoder_path',
        'Decoder_dir',
        'vocoder_folder',
        'tts_PATH',
        'asr_dir',
        'vae_folder',
        'codec_path',
        'coder_',
        'ENCODER',
        'tokenizer',
        'TOKENISER',
        'tokeni',
        'Usage',
        'examples',
        'EXAMPLE',
        ' :',
        ':',
        'whisPER',
        "f'{",
        'F"{',
        '{',
        'f',
        'sentence_transformers',
        'files(',
        'importlib_resources.path(',
        'MODEL_PATHS',
        '_files',
        '_DIRS',
        'cached_path(',
        'load_state_dict_from_url(',
        'download_url_to_file(',
        'urlretrieve(',
        'CACHED_',
        '_URL',
        'url',
        ' ',
        '\n',
        'İ',
        'ſ',
        'é',
      ),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        const more = python.seenBoth(text).more;
        expect(more).toBe(expected(GATE_WORDS, text));
        for (const [pattern, words] of gates) if (pattern.test(text)) expect(more & gateBits(words)).not.toBe(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('on generated texts of words that overlap, in other cases, cut, next to non-ASCII', () => {
    // Words that are each other's prefixes, suffixes and infixes, one written in capitals.
    const words = ['model', 'Model=', 'del', 'models--', 'odel_p', ' in ', 'in', 'path', "'path'", 'a'];
    const presence = compileWordPresence(words)!;
    const piece = fc.oneof(
      fc.constantFrom(...words, ...words.map((w) => w.toUpperCase()), ...words.map((w) => w.slice(1)), 'İ', 'ſ', 'é', '\n', '\0', 'x'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(presence.seen(text)).toBe(expected(words, text));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes at most 32 printable ASCII words, the 32nd on the sign bit', () => {
    expect(compileWordPresence([])).toBeUndefined();
    expect(compileWordPresence(['modèle'])).toBeUndefined();
    expect(compileWordPresence(Array.from({ length: 33 }, (_, i) => `w${i}`))).toBeUndefined();
    const many = Array.from({ length: 32 }, (_, i) => `w${i}x`);
    expect(compileWordPresence(many)!.seen('W30X w0x')).toBe((1 << 30) | 1);
    expect(compileWordPresence(many)!.seen('w31x') & (1 << 31)).not.toBe(0);
    expect(compileWordPresence(['a'], many)!.seenBoth('W30X w0x a')).toEqual({ seen: 1, more: (1 << 30) | 1 });
    expect(compileWordPresence(['a'], [...many, 'w32x'])).toBeUndefined();
  });
});
