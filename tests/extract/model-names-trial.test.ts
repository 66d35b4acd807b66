// model-names reads a text that knows names in a trial first: the lines a text that knows no names would read, and
// the lines a model is reached by otherwise (an Enum's members, a `default`, an env line in a string); it gives up at
// the first value it would find or accept and reads the text in full. The trial must answer what the full reading
// answers, on any text: here texts made of the lines of every fixture model-names reads, shuffled, and lines with no
// name word that a full reading may still accept (name-shaped values, list entries, defaults, members, env lines).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import modelNames, { readNames } from '../../src/extract/model-names.js';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { fixtureExtensions, fixtureLines, readerFixtures } from '../helpers/fixture-files.js';

const fixtures = readerFixtures(modelNames.matches);
const both = (relPath: string, text: string) => {
  const file = makeSourceFile(relPath, text);
  return [readNames(file, true), readNames(file, false)];
};

/** Lines without a name word that a full reading can still take a model from, and lines that end or open blocks. */
const UNWORDED = [
  '    "perl-xml-sax-base",',
  '  "sox-doc",',
  '  - foo-bar-7',
  '    default="zerank-1",',
  '        default: mixtral-8x7b-32768',
  '  DEFAULT = "mythomax-l2-13b"',
  '    "LLM=sao10k/l3-euryale-70b",',
  '    "EMBEDDING=intfloat/e5-base-v2",',
  '    GPT_X = "reka-core-2"',
  '    O1 = "o1"',
  '    return "gemma3:4b";',
  'class Choice(str, Enum):',
  '    "-m", "nous-hermes-2",',
  '    "--name", type=str,',
  '    ("Tiny 1.1B", "tinyllama-1.1b"),',
  '  "lzlv_70b": {',
  '    "wizard-vicuna-13b": 4096,',
  '    parser.add_argument(',
  '        "--model-path",',
  '        help="the thing",',
  ']',
  '}',
  '  ],',
  '',
  'x = 1',
  // Blocks whose lines below the first hold no name word.
  'class ChatModels(str, Enum):\n    REKA = "reka-core-2"\n    GPT_X = "mythomax-l2-13b"',
  'parser.add_argument(\n    "--model-path",\n    type=str,\n    help="the thing",\n    default="zerank-1",\n)',
  '"model": {\n  "default": "nous-hermes-2-7b"\n},',
  'model:\n  default: lzlv-70b',
];

describe('model-names trial reading', () => {
  it('answers what the full reading answers on every fixture it reads', () => {
    expect(fixtures.length).toBeGreaterThan(100);
    for (const [relPath, text] of fixtures) {
      const [trial, full] = both(relPath, text);
      expect(trial, relPath).toEqual(full);
    }
  });

  it('reads a size-tagged Ollama name on a line without a name word, as the full reading does', () => {
    // (The counterexample fast-check found: the trial skipped the tag's line, so the text was never read in full.)
    const [trial, full] = both('src/generated.ts', '    return "gemma3:4b";\n// Decoys: a lower-case `pro/` path and an `@cf/` route with no model in it.');
    expect(full.map((r) => r.id)).toEqual(['gemma3:4b']);
    expect(trial).toEqual(full);
  });

  it('answers what the full reading answers on texts made of fixture lines', () => {
    const pool = fixtureLines(fixtures);
    const extensions = fixtureExtensions(fixtures);
    const text = fc.array(fc.oneof({ arbitrary: fc.constantFrom(...pool), weight: 3 }, { arbitrary: fc.constantFrom(...UNWORDED), weight: 2 }), {
      minLength: 1,
      maxLength: 80,
    });
    fc.assert(
      fc.property(fc.constantFrom(...extensions), text, (extension, lines) => {
        const [trial, full] = both(`src/generated${extension}`, lines.join('\n'));
        expect(trial).toEqual(full);
      }),
      { numRuns: 600 },
    );
  });
});
