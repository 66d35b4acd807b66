// Shared shape of every extractor test: run the extractors that accept a fixture file (as the
// audit would) and compare with the `<fixture>.expected.json` beside it ({ id, source, line,
// revision? }[]: everything the audit should find in that file, decoys absent).
import { withoutShadowed } from '../../src/extract/shared/shadowed.js';
import type { RawReference } from '../../src/model/reference.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { makeSourceFile, type SourceFile } from '../../src/extract/source-file.js';
import type { Extractor } from '../../src/extract/extractor.js';
import { extractors } from '../../src/extract/index.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

export const EXTRACT_FIXTURES = join(import.meta.dirname, '../../fixtures/extract');

export interface ExpectedReference {
  id: string;
  source: string;
  line: number;
  revision?: string;
}

export interface FixtureCase {
  fixture: string;
  relPath: string;
  expected: ExpectedReference[];
}

/** Fixtures of one extractor folder that carry an expectation file. */
export function fixtureCases(extractorName: string): FixtureCase[] {
  const dir = join(EXTRACT_FIXTURES, extractorName);
  return listFiles(dir)
    .filter((rel) => !rel.endsWith('.expected.json') && existsSync(join(dir, `${rel}.expected.json`)))
    .map((rel) => ({
      fixture: rel,
      relPath: `${extractorName}/${rel}`,
      expected: JSON.parse(readFileSync(join(dir, `${rel}.expected.json`), 'utf8')) as ExpectedReference[],
    }));
}

export function loadFixture(relPath: string, binary = false): SourceFile {
  const bytes = readFileSync(join(EXTRACT_FIXTURES, relPath));
  const file = makeSourceFile(relPath, binary ? '' : bytes.toString('utf8'));
  file.size = bytes.length;
  file.readBytes = async (start, length) => bytes.subarray(start, start + length);
  return file;
}

/** What the extractors accepting this path find in it, de-duplicated as the audit does. */
export async function extractRows(relPath: string, only?: Extractor): Promise<ExpectedReference[]> {
  const { rows } = await extractAll(relPath, only);
  return rows;
}

export async function extractAll(relPath: string, only?: Extractor): Promise<{ rows: ExpectedReference[]; diagnostics: Diagnostic[]; by: Set<string> }> {
  const seen = new Map<string, ExpectedReference>();
  const diagnostics: Diagnostic[] = [];
  const by = new Set<string>();
  const found: { extractor: string; raw: RawReference }[] = [];
  for (const extractor of only ? [only] : extractors) {
    if (!extractor.matches(relPath)) continue;
    const result = await extractor.extract(loadFixture(relPath, extractor.binary));
    diagnostics.push(...result.diagnostics);
    for (const raw of result.references) found.push({ extractor: extractor.name, raw });
  }
  {
    for (const { extractor, raw: r } of withoutShadowed(
      found,
      (f) => f.extractor,
      (f) => f.raw,
    )) {
      by.add(extractor);
      const row = { id: r.id, source: r.source, line: r.line, ...(r.revision ? { revision: r.revision } : {}) };
      seen.set(JSON.stringify(row), row);
    }
  }
  return { rows: sortRows([...seen.values()]), diagnostics, by };
}

export function sortRows(rows: ExpectedReference[]): ExpectedReference[] {
  return [...rows].sort(
    (a, b) => a.line - b.line || a.id.localeCompare(b.id) || a.source.localeCompare(b.source) || (a.revision ?? '').localeCompare(b.revision ?? ''),
  );
}

export function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/**
 * The shared shape of every extractor's test file: each fixture gives exactly its expected
 * references (and this extractor takes part when any are expected), the path table says what
 * `matches` accepts, and a malformed fixture, when named, yields a diagnostic and no throw.
 */
export function describeExtractor(name: string, extractor: Extractor, paths: [string, boolean][], malformedFixture?: string): void {
  describe(`${name} extractor`, () => {
    it.each(fixtureCases(name))('finds exactly the expected references in $fixture', async ({ relPath, expected }) => {
      const { rows, by } = await extractAll(relPath);
      expect(rows).toEqual(sortRows(expected));
      // A malformed file may give only what model-names finds by the shape of its values.
      if (expected.length > 0) expect(by.has(name) || (by.size === 1 && by.has('model-names'))).toBe(true);
    });
    it.each(paths)('matches %s: %s', (path, wanted) => {
      expect(extractor.matches(path)).toBe(wanted);
    });
    if (malformedFixture) {
      it('reports a malformed file as a diagnostic instead of throwing', async () => {
        const { diagnostics } = await extractAll(`${name}/${malformedFixture}`, extractor);
        expect(diagnostics).toEqual([expect.objectContaining({ stage: 'extract', code: 'malformed-file', path: `${name}/${malformedFixture}` })]);
      });
    }
  });
}
