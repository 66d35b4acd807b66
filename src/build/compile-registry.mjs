// Build step: the registry's YAML (the reviewed source) compiled to JSON next to the compiled
// code, because parsing 100 kB of YAML costs ~200 ms on every run and JSON costs ~2 ms.
// Run by `npm run build` (and so by `npm ci` through `prepare`).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const source = join(import.meta.dirname, '..', 'registry');
const target = join(source, '..', '..', 'dist', 'registry');
mkdirSync(target, { recursive: true });
for (const file of readdirSync(source).filter((f) => f.endsWith('.yaml'))) {
  const data = parse(readFileSync(join(source, file), 'utf8'), { maxAliasCount: 50 });
  writeFileSync(join(target, file.replace(/\.yaml$/, '.json')), JSON.stringify(data));
}
