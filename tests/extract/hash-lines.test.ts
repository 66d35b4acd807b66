// Patterns anchored at a `#` comment line's start (`^[ \t]*#` with the `m` flag: commented keys and commands in YAML,
// TOML, Dockerfiles and scripts) tried sticky at those lines' starts only (src/extract/shared/comments.ts): the matches
// must be the global pattern's own, on every fixture and on generated texts of near misses (`#` mid-line, after `\r`
// or U+2028, `##`, a command continued over the lines below).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachHashLineMatch } from '../../src/extract/shared/comments.js';
import { commentedCommands } from '../../src/extract/shared/cli-args.js';
import { fixtureFiles } from '../helpers/fixture-files.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const fixtures = [...fixtureFiles(FIXTURES)].map((path) => readFileSync(path, 'utf8'));

/** Shapes of the patterns read this way: a key and its value, a command (its tail may cross a `\r`), a `\`-continued line. */
const PATTERNS = [
  String.raw`^([ \t]*#+[ \t]*-?[ \t]*)([\w-]+(?: [\w-]+){0,3})([ \t]*[:=][ \t]*["']?)([^\s"'#,]+)`,
  String.raw`^([ \t]*#+[ \t]*(?:\$[ \t]+)?)((?:[A-Z_]+=\S*[ \t]+)*(?:vllm|hf|python)[ \t][^\n]*)`,
  String.raw`^([ \t]*#+[ \t]*(?:\$[ \t]+)?)((?:[A-Z_]+=\S*[ \t]+)*[A-Za-z_./][\w./=,-]*(?:[ \t][^\n]*)?\\[ \t]*)\r?$`,
];

/** The global pattern's matches, each going on from `skip(m)` past its end when given (as commentedCommands does). */
function byRegex(text: string, source: string, skip: (m: RegExpExecArray) => number = () => 0): [number, string][] {
  const pattern = new RegExp(source, 'gm');
  const found: [number, string][] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push([m.index, m[0]]);
    pattern.lastIndex = Math.max(pattern.lastIndex, skip(m));
  }
  return found;
}

function byLineStarts(text: string, source: string, skip: (m: RegExpExecArray) => number = () => 0): [number, string][] {
  const found: [number, string][] = [];
  eachHashLineMatch(text, new RegExp(source, 'my'), (m) => {
    found.push([m.index, m[0]]);
    return skip(m);
  });
  return found;
}

/** Skips the next line after each match, as a command continued on it is read with it. */
const nextLine = (text: string) => (m: RegExpExecArray) => text.indexOf('\n', m.index + m[0].length + 1);

describe('patterns at # comment lines', () => {
  it('finds what the global patterns find, on every fixture', () => {
    for (const text of fixtures)
      for (const source of PATTERNS) {
        expect(byLineStarts(text, source)).toEqual(byRegex(text, source));
        expect(byLineStarts(text, source, nextLine(text))).toEqual(byRegex(text, source, nextLine(text)));
      }
  });

  it('finds what the global patterns find, on texts of near misses', () => {
    const piece = fc.constantFrom(
      '#',
      '##',
      ' ',
      '\t',
      '\n',
      '\r',
      '\r\n',
      '\u2028',
      'a',
      'model',
      ': ',
      '=',
      'org/x-1',
      '$ ',
      'vllm ',
      'hf ',
      '\\',
      'X=1 ',
      '"',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        for (const source of PATTERNS) {
          expect(byLineStarts(text, source)).toEqual(byRegex(text, source));
          expect(byLineStarts(text, source, nextLine(text))).toEqual(byRegex(text, source, nextLine(text)));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a command continued over comment lines, and a commented key beside it', () => {
    const text = [
      'services:',
      '  # CUDA_VISIBLE_DEVICES=0 \\',
      '  # swift rollout \\',
      '  #     --model Qwen/Qwen2.5-VL-3B-Instruct',
      'x: 1 # vllm serve not/a-comment-line',
      '# vllm serve meta-llama/Llama-3.1-8B-Instruct',
    ].join('\n');
    // (swift's command is found from its own line and again from the continued line above it: the callers keep one.)
    expect(commentedCommands(text).map((m) => [m.id, m.source, text.slice(m.offset, m.offset + m.id.length)])).toEqual([
      ['Qwen/Qwen2.5-VL-3B-Instruct', 'modelscope', 'Qwen/Qwen2.5-VL-3B-Instruct'],
      ['meta-llama/Llama-3.1-8B-Instruct', 'huggingface', 'meta-llama/Llama-3.1-8B-Instruct'],
      ['Qwen/Qwen2.5-VL-3B-Instruct', 'modelscope', 'Qwen/Qwen2.5-VL-3B-Instruct'],
    ]);
  });
});
