// The fixture files a test walks to hold a fast path equal to the full one on every fixture.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Names of files that hold no text (weights, images, archives). */
export const NOT_TEXT = /\.(gguf|safetensors|bin|onnx|pt|png|jpg|zip|gz)$/i;

/** The paths of the files under `dir`, at any depth, whose name `keep` accepts (by default, every text file). */
export function* fixtureFiles(dir: string, keep: (name: string) => boolean = (name) => !NOT_TEXT.test(name)): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* fixtureFiles(path, keep);
    else if (keep(entry.name)) yield path;
  }
}

/** The reader's fixtures under fixtures/extract, as `[relPath, text]` (relPath from that folder, as the reader sees it). */
export function readerFixtures(matches: (relPath: string) => boolean): (readonly [string, string])[] {
  const root = join(import.meta.dirname, '..', '..', 'fixtures', 'extract');
  return [...fixtureFiles(root, (name) => !name.endsWith('.expected.json'))]
    .map((path) => path.slice(root.length + 1))
    .filter(matches)
    .map((relPath) => [relPath, readFileSync(join(root, relPath), 'utf8')] as const);
}

/** The distinct lines of the fixtures (under 300 characters), to make texts of. */
export const fixtureLines = (fixtures: readonly (readonly [string, string])[]): string[] => [
  ...new Set(fixtures.flatMap(([, text]) => text.split('\n')).filter((line) => line.length < 300)),
];

/** The fixtures' file extensions (`.txt` for a name without one). */
export const fixtureExtensions = (fixtures: readonly (readonly [string, string])[]): string[] => [
  ...new Set(fixtures.map(([path]) => /\.[^./]+$/.exec(path)?.[0] ?? '.txt')),
];
