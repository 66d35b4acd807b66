// model-names reads a sparse or trial text in windows (shared/quiet-lines.ts): a stretch of lines no word, flag, `[`
// line end or word of its block state reaches, met while no block is open, changes nothing but the key path, so the
// reader passes over it and goes on at a line that resets the key path as the stretch would have left it. The windows
// must answer what reading every line answers, on any text: here every fixture model-names reads, and texts made of
// their lines, shuffled, with lines that open or close blocks, reset or deepen the key path, or hold no word at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import modelNames, { readNames } from '../../src/extract/model-names.js';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { fixtureExtensions, fixtureLines, readerFixtures } from '../helpers/fixture-files.js';

const fixtures = readerFixtures(modelNames.matches);
const both = (relPath: string, text: string) => {
  const file = makeSourceFile(relPath, text);
  return [readNames(file, true, true), readNames(file, true, false)];
};

/** Lines without a name word: keys at every depth, list markers, closers, blank lines, and the words of block state. */
const QUIET = [
  'metadata:',
  '  name: llama-svc',
  '  labels:',
  '    app: x',
  'spec:',
  '  - name: zerank-1',
  '- name: x',
  '-   name: y',
  '  containers:',
  '"name": "zerank-1",',
  '  "name": {',
  '    "default": "nous-hermes-2-7b"',
  '},',
  '  ],',
  ']',
  ')',
  '',
  '   ',
  '\t\tvalue = 3',
  'x = 1',
  'x = [',
  '  y = call(',
  'def run(a,',
  '    b="z-1"):',
  'class Models(str, Enum):',
  '    O1 = "o1"',
  'const (',
  '\tdefaultModel = "llama3"',
  '"""',
  'NAMES = """',
  '  default="zerank-1",',
  '  "LLM=sao10k/l3-euryale-70b",',
  'register_conv_template(',
  '    name="vicuna-13b",',
  'datasets:',
  '  - org/some-set',
  '    def _llm_type(self) -> str:',
  '        return "hunyuan-chat"',
  ' '.repeat(70) + 'deep: "zerank-1"',
  ' '.repeat(62) + '-   deep: x',
  '  "--model-path", "zerank-1",',
  'if any(model.startswith(p) for p in PREFIXES):',
  'PREFIXES = ["gpt-4", "o1-"]',
];

describe('model-names windows', () => {
  it('answer what reading every line answers on every fixture it reads', () => {
    expect(fixtures.length).toBeGreaterThan(100);
    for (const [relPath, text] of fixtures) {
      const [windows, every] = both(relPath, text);
      expect(windows, relPath).toEqual(every);
    }
  });

  it('answer what reading every line answers on texts made of fixture lines and quiet lines', () => {
    const pool = fixtureLines(fixtures);
    const extensions = [...new Set(['.py', '.go', '.yaml', '.json', '.ts', '.tf', ...fixtureExtensions(fixtures)])];
    const text = fc.array(fc.oneof({ arbitrary: fc.constantFrom(...pool), weight: 1 }, { arbitrary: fc.constantFrom(...QUIET), weight: 3 }), {
      minLength: 1,
      maxLength: 120,
    });
    fc.assert(
      fc.property(fc.constantFrom(...extensions), text, fc.constantFrom('\n', '\r\n'), (extension, lines, eol) => {
        const [windows, every] = both(`src/generated${extension}`, lines.join(eol));
        expect(windows).toEqual(every);
      }),
      { numRuns: 1500 },
    );
  });
  it('answer what reading every line answers on short texts of a few structures, with a model key among them', () => {
    // Each structure shows a wrong window: a key path left by skipped lines (`labels:` above `model: zerank-1`, a
    // Kubernetes label), a signature, Enum, `const (` group, string, template call or dataset block opened in a
    // skipped line, a model key's value read or not.
    const KEYED = [
      'model: zerank-1',
      '  model: zerank-1',
      '    model: "zerank-1"',
      "    model: 'zerank-1'",
      '\tmodel = "zerank-1"',
      '  "model": "zerank-1",',
      '    - model: zerank-1',
    ];
    const STRUCTURE = [
      'labels:',
      '  labels:',
      'metadata:',
      '  metadata:',
      'spec:',
      '  spec:',
      '  x: 1',
      '    y: 2',
      '- a: 1',
      '  - b: 2',
      '-   c: 3',
      ']',
      '  }',
      ')',
      '',
      'x = 1',
      '  y = 2',
      '    z = 3',
      'def run(a,',
      '  def f(',
      'class M(str, Enum):',
      'const (',
      '"""',
      "  NAMES = '''",
      'register_conv_template(',
      '  get_conv_template(',
      'datasets:',
      '  dataset:',
      ' '.repeat(64) + 'w: 1',
      ' '.repeat(61) + '-   v: 1',
      'e = """x"""',
    ];
    const text = fc.array(fc.oneof({ arbitrary: fc.constantFrom(...KEYED), weight: 1 }, { arbitrary: fc.constantFrom(...STRUCTURE), weight: 4 }), {
      minLength: 2,
      maxLength: 30,
    });
    fc.assert(
      fc.property(fc.constantFrom('.py', '.go', '.yaml', '.json', '.ts'), text, (extension, lines) => {
        const [windows, every] = both(`src/generated${extension}`, lines.join('\n'));
        expect(windows).toEqual(every);
      }),
      { numRuns: 4000 },
    );
  });
  // Texts where a window passing over one of the words of block state, or resuming at the wrong line, answers otherwise.
  it.each([
    ['a signature opened in a stretch', 'src/a.py', "def run(a,\nx = 1\n    model: 'zerank-1'):\n"],
    ['an Enum opened in a stretch, a comment below it', 'src/a.py', 'class M(str, Enum):\n# note\n    MODEL = "zerank-1"\n'],
    ['a name string opening on the line reading resumes at', 'src/a.yaml', 'labels:\n  x: 1\nMODELS = """\n"""\n  model: zerank-1\n'],
    [
      'a key path 64 deep in a stretch',
      'src/a.yaml',
      `labels: # model\n${Array.from({ length: 64 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')}\n model: zerank-1\n`,
    ],
    ['a default a trial reads', 'src/a.yaml', '# gpt-4o\nmodel:\n  default: zerank-1\nx: 1\n'],
  ])('answer what reading every line answers: %s', (_, relPath, text) => {
    const [windows, every] = both(relPath, text);
    expect(windows).toEqual(every);
  });
});
