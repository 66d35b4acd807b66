// model-names asks libraryNamesInSlots' package test (`text.includes(package)`) of its own word pass
// (libraryPackageMaybeIn, src/extract/shared/model-name.ts): never "no" where the text holds the package as written,
// on every fixture and on generated texts of the packages in other cases, cut, and next to name words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forgetNameHits, libraryPackageMaybeIn } from '../../src/extract/shared/model-name.js';
import { librarySlots } from '../../src/registry/providers.js';
import { fixtureFiles } from '../helpers/fixture-files.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const packages = librarySlots().map((l) => l.package);
const agrees = (text: string) => {
  forgetNameHits();
  const maybe = libraryPackageMaybeIn(text);
  for (const p of packages) if (text.includes(p)) expect(maybe(p), `${p} in ${text.slice(0, 200)}`).toBe(true);
  return packages.filter((p) => !maybe(p)).length;
};

describe("library packages from model-names' word pass", () => {
  it('says "maybe" for every package a fixture holds, and "no" for most fixtures', () => {
    let ruledOut = 0;
    for (const path of fixtureFiles(FIXTURES)) ruledOut += agrees(readFileSync(path, 'utf8'));
    expect(ruledOut).toBeGreaterThan(0);
  });
  it('on generated texts', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        ...packages,
        ...packages.map((p) => p.toUpperCase()),
        ...packages.map((p) => p.slice(1)),
        'whisper',
        'model',
        'Qwen/',
        ' ',
        '\n',
        '"',
        'x',
      ),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => void agrees(pieces.join(''))),
      { numRuns: 3000 },
    );
  });
});
