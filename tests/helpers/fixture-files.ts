// The fixture files a test walks to hold a fast path equal to the full one on every fixture.
import { readdirSync } from 'node:fs';
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
