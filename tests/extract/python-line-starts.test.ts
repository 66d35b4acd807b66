// The python reader finds its imports and the openings of model tables (src/extract/python.ts: atLineStarts,
// collectionOpenings) from a word or an `=` instead of trying a line-anchored pattern (`^[ \t]*from ...`, flags g and m)
// at every position of a text. They must find what the exec loop of that pattern finds, in order, on any text: here every
// Python fixture and generated texts of the pieces those patterns read (line breaks of every kind among them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atLineStarts, COLLECTION_OPENING, collectionOpenings, FROM_IMPORT, PLAIN_IMPORT } from '../../src/extract/python.js';
import { fixtureFiles } from '../helpers/fixture-files.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'extract');
const files = (dir: string) => fixtureFiles(dir, (name) => /\.(py|pyi|ipynb)$/.test(name));
const fixtures = [...files(FIXTURES)].map((path) => readFileSync(path, 'utf8'));

/** The pattern as it was written: `^` before the sticky form, flags g and m. */
const anchored = (sticky: RegExp) => new RegExp(`^${sticky.source}`, 'gm');
const execLoop = (text: string, pattern: RegExp) => {
  const found: [number, string[]][] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push([m.index, [...m]]);
  return found;
};
const shown = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, [...m]]);

const CASES: [string, (text: string) => Iterable<RegExpExecArray>, RegExp][] = [
  ['from imports', (t) => atLineStarts(t, 'from', FROM_IMPORT), anchored(FROM_IMPORT)],
  ['plain imports', (t) => atLineStarts(t, 'import', PLAIN_IMPORT), anchored(PLAIN_IMPORT)],
  ['model table openings', collectionOpenings, anchored(COLLECTION_OPENING)],
];

const text = fc
  .array(
    fc.constantFrom(
      ...['from', 'import', 'as', ' ', '\t', '  ', '.', 'x', 'os', 'modelscope', '(', ')', ',', '\n', '\r', '\r\n', '\u2028', '\u2029'],
      ...['MODELS', 'llm_models', '=', '==', ' = ', '[', ']', '{', '}', ':', ' dict[str, str]', '"a/b"', '#', '\u00a0', '\ufeff', 'é'],
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('python: patterns read from line starts', () => {
  it('find what the line-anchored exec loop finds on every Python fixture', () => {
    expect(fixtures.length).toBeGreaterThan(50);
    for (const [, fast, full] of CASES) for (const t of fixtures) expect(shown(fast(t))).toEqual(execLoop(t, full));
  });

  it('find what it finds on generated texts, line breaks of every kind among them', () => {
    for (const [, fast, full] of CASES)
      fc.assert(
        fc.property(text, (t) => {
          expect(shown(fast(t))).toEqual(execLoop(t, full));
        }),
        { numRuns: 4000 },
      );
  });

  it('reads imports and model tables as Python writes them', () => {
    const source =
      'import os\nfrom modelscope import snapshot_download as dl\n  import openai as oai\nx = "from y import z"\r\nLLM_MODELS: list[str] = [\n  "qwen-max",\n]\nif a == [1]:\n  pass\n';
    expect([...atLineStarts(source, 'from', FROM_IMPORT)].map((m) => m[1])).toEqual(['modelscope']);
    expect([...atLineStarts(source, 'import', PLAIN_IMPORT)].map((m) => m[1])).toEqual(['os', 'openai']);
    expect([...collectionOpenings(source)].map((m) => m[1])).toEqual(['LLM_MODELS']);
  });
});
