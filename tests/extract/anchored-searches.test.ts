// Whole-text patterns run only where their anchor is (session 26): each way must find what the global pattern finds,
// on every fixture and on generated texts of the pieces and near misses (line breaks `\r`, U+2028, the anchor at a
// line's ends, a match's pieces over two lines).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOINED_MODEL_FILE, joinedModelFiles } from '../../src/extract/javascript.js';
import { MODEL_KEY, modelKeyMatches } from '../../src/extract/python.js';
import { holdsPickerEntry, PICKER_ENTRY } from '../../src/extract/config-file.js';
import { STRING_ASSIGNMENT, stringAssignments } from '../../src/extract/shared/calls.js';
import { matchesOnLinesWithAny } from '../../src/extract/shared/line-matches.js';
import { SETTINGS_CALL, SETTINGS_WORDS } from '../../src/extract/shared/model-catalogues.js';
import { returnsList } from '../../src/extract/shared/model-pickers.js';
import { delimiterLine } from '../../src/extract/shared/yaml-files.js';
import { forgetCallSites } from '../../src/extract/shared/calls.js';
import { fixtureFiles } from '../helpers/fixture-files.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const fixtures = [...fixtureFiles(FIXTURES)].map((path) => readFileSync(path, 'utf8')).filter((text) => text.length <= 64 * 1024); // (the whole corpora were compared apart)

const all = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, ...m]);
const global = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags.replace('y', '') + (pattern.global ? '' : 'g'));
const delimiterByRegex = (text: string, word: string, from: number) => {
  const close = new RegExp(`^[ \\t]*${word}[ \\t]*$`, 'gm');
  close.lastIndex = from;
  return close.exec(text)?.index ?? text.length;
};

/** Every way against its global pattern on one text. */
function agree(text: string): number {
  forgetCallSites();
  let found = 0;
  const pairs: [Iterable<RegExpExecArray>, RegExp][] = [
    [joinedModelFiles(text), JOINED_MODEL_FILE],
    [modelKeyMatches(text), MODEL_KEY],
    [stringAssignments(text), STRING_ASSIGNMENT],
    [matchesOnLinesWithAny(text, SETTINGS_WORDS, new RegExp(SETTINGS_CALL.source, 'g')), SETTINGS_CALL],
  ];
  for (const [mine, pattern] of pairs) {
    const expected = all(text.matchAll(global(pattern)));
    found += expected.length;
    expect(all(mine)).toEqual(expected);
  }
  expect(returnsList(text)).toBe(/return\s*\[/.test(text));
  expect(holdsPickerEntry(text)).toBe(new RegExp(PICKER_ENTRY.source, 'm').test(text));
  for (const m of text.matchAll(/<<-?[ \t]*(["']?)([A-Za-z_]\w*)\1/g)) {
    const from = text.indexOf('\n', m.index) + 1;
    if (from > 0) expect(delimiterLine(text, m[2]!, from)).toBe(delimiterByRegex(text, m[2]!, from));
  }
  return found;
}

describe('whole-text patterns run where their anchor is', () => {
  it('find what the global patterns find, on every fixture', () => {
    let found = 0;
    for (const text of fixtures) found += agree(text);
    expect(found).toBeGreaterThan(50);
  });

  it('find what the global patterns find, on texts of near misses', () => {
    const piece = fc.constantFrom(
      '\n',
      '\r',
      '\r\n',
      '\u2028',
      ' ',
      '\t',
      '\u00a0',
      'x',
      'X',
      '_',
      '$',
      '.',
      ',',
      '(',
      ')',
      '[',
      ']',
      ':',
      '=',
      '"',
      "'",
      '`',
      'model',
      'Model',
      'MODEL_',
      'checkpoint',
      'repo_id',
      'embed',
      'export',
      'export ',
      'const ',
      'let',
      'var ',
      'f',
      'path.',
      'path.join(',
      'path.resolve(',
      '__dirname',
      'ggml-base.en.bin',
      '"m.gguf"',
      'weights/',
      'return',
      'return [',
      'Settings(',
      'Config(',
      'Options(',
      'LLM',
      'rpc',
      '- id',
      'key',
      'set_',
      'select_',
      'os.getenv(',
      'process.env.X ?? ',
      ' or ',
      'default=',
      'org/name',
      'EOF',
      'cat <<',
      "<<'EOF'",
      '<<-',
      ' EOF ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        agree(pieces.join(''));
      }),
      { numRuns: 4000 },
    );
  });
});
