// Shared shape of every extractor test: run one extractor over its fixture folder and compare
// with the `<fixture>.expected.json` beside each fixture ({ id, source, line, revision? }[]).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeSourceFile, type SourceFile } from '../../src/discover/source-file.js';
import type { Extractor } from '../../src/extract/extractor.js';

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

export function loadFixture(relPath: string): SourceFile {
  const abs = join(EXTRACT_FIXTURES, relPath);
  const bytes = readFileSync(abs);
  const file = makeSourceFile(relPath, bytes.toString('utf8'));
  file.readBytes = async (start, length) => bytes.subarray(start, start + length);
  return file;
}

/** Runs the extractor on a fixture; returns comparable, sorted `{id, source, line}` rows. */
export async function extractRows(extractor: Extractor, relPath: string): Promise<ExpectedReference[]> {
  const result = await extractor.extract(loadFixture(relPath));
  return sortRows(
    result.references.map((r) => ({ id: r.id, source: r.source, line: r.line, ...(r.revision ? { revision: r.revision } : {}) })),
  );
}

export function sortRows(rows: ExpectedReference[]): ExpectedReference[] {
  return [...rows].sort((a, b) => a.line - b.line || a.id.localeCompare(b.id) || a.source.localeCompare(b.source));
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}
