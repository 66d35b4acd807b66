// Session 33's searches started from their anchors (src/extract/python.ts: loaderTableSubscripts): the answers must be
// the patterns' own, on every fixture and on generated texts built from the patterns' pieces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOADER_TABLE_SUBSCRIPT, loaderTableSubscripts } from '../../src/extract/python.js';
import { fixtureFiles } from '../helpers/fixture-files.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const fixtures = [...fixtureFiles(FIXTURES)].map((path) => readFileSync(path, 'utf8'));

const tablesByPattern = (t: string) => [...t.matchAll(LOADER_TABLE_SUBSCRIPT)].map((m) => `${m[1]}|${m[2]}`);
const tablesByWalk = (t: string) => loaderTableSubscripts(t).map((s) => `${s.callee}|${s.dict}`);

const TABLE_PIECES = [
  ...['hf_hub_download(', 'x(', '(', 'p', '9', 'p[', '[', 'lang', 'a.b', ']', ',', ')', ' ', '\n', '\u00a0', 'a1', '_', 'x.'],
  ...['repo_id', 'model', 'model_id', 'model_name_or_path', 'pretrained_model_name_or_path', 'xmodel', '=', '==', ' = ', 'repo_id='],
];
const textOf = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));

describe("session 33's searches started from their anchors answer as the patterns do", () => {
  it('on every fixture', () => {
    expect(fixtures.length).toBeGreaterThan(500);
    for (const t of fixtures) expect(tablesByWalk(t)).toEqual(tablesByPattern(t));
  });

  it('on generated texts', () => {
    fc.assert(
      fc.property(textOf(TABLE_PIECES), (t) => {
        expect(tablesByWalk(t)).toEqual(tablesByPattern(t));
      }),
      { numRuns: 30000 },
    );
  });

  it('on the shapes the argument names', () => {
    for (const t of [
      'hf_hub_download(repo_id=TABLE[lang], filename="x")',
      'hf_hub_download( repo_id = TABLE[ lang ] )',
      'f(model = model_id[k])',
      'f(model[k])',
      'f(xmodel=T[k])',
      'f(a == T[k])',
      '9f(T[k])',
      'f(9T[k])',
      'f(T[k.v],)',
      'g(f(T[k]), U[j])',
      'f(\u00a0T[k]\u2028)',
      'f(\nrepo_id\n=\nT[k]\n)',
    ])
      expect(tablesByWalk(t)).toEqual(tablesByPattern(t));
    expect(tablesByWalk('hf_hub_download(repo_id=TABLE[lang], filename="x")')).toEqual(['hf_hub_download|TABLE']);
  });
});
