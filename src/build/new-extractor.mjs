// `npm run new-extractor -- <name> <extension>`: the files a new extractor needs, in the shape of
// the others (CONTRIBUTING.md): src/extract/<name>.ts, fixtures/extract/<name>/ with an empty and a
// realistic fixture to fill in, tests/extract/<name>.test.ts, and its place in the catalogue.
// It refuses to overwrite anything. Fill in the fixture and its expected references first, then
// the extractor, until `npx vitest run tests/extract/<name>.test.ts` passes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const [name, extension] = process.argv.slice(2);
if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name) || !extension || !/^[\w.]+$/.test(extension)) {
  console.error('usage: npm run new-extractor -- <name, kebab-case> <file extension, e.g. java>');
  process.exit(2);
}
const camel = name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const ext = extension.replace(/^\./, '');
const files = {
  [`src/extract/${name}.ts`]: `// <What files this reads, and what in them names a model.>
// Spec: <link to the format's documentation>
import type { Diagnostic } from '../model/diagnostic.js';
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';

export default defineExtractor({
  name: '${name}',
  // Words one of which any file this extractor finds something in contains (see extractor.ts).
  words: ['model'],
  matchesName: true,
  matches: (path) => /\\.${ext.replace(/\./g, '\\\\.')}$/i.test(path),
  extract(file) {
    const references: RawReference[] = [];
    const diagnostics: Diagnostic[] = [];
    if (!/model/i.test(file.text)) return { references, diagnostics };
    // Read file.text here; push { id, source, line, column, snippet } for each model it names.
    return { references, diagnostics };
  },
});
`,
  [`fixtures/extract/${name}/empty.${ext}`]: '',
  [`fixtures/extract/${name}/empty.${ext}.expected.json`]: '[]\n',
  [`fixtures/extract/${name}/real-world-example.${ext}`]: `<a few lines cut from a real public file; name the source in a comment>\n`,
  [`fixtures/extract/${name}/real-world-example.${ext}.expected.json`]: '[\n  {"id":"<org/model>","source":"huggingface","line":1}\n]\n',
  [`tests/extract/${name}.test.ts`]: `import ${camel} from '../../src/extract/${name}.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor('${name}', ${camel}, [['src/Example.${ext}', true], ['README.md', false]]);
`,
};
const taken = Object.keys(files).filter((path) => existsSync(join(root, path)));
if (taken.length) {
  console.error(`new-extractor: already exists: ${taken.join(', ')}`);
  process.exit(2);
}
mkdirSync(join(root, 'fixtures/extract', name), { recursive: true });
for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);

// The catalogue: one import and one entry in the visible list.
const indexPath = join(root, 'src/extract/index.ts');
let index = readFileSync(indexPath, 'utf8');
index = index.replace(/(import type \{ Extractor \} from '\.\/extractor\.js';\n)/, `import ${camel} from './${name}.js';\n$1`);
index = index.replace(/(export const extractors: readonly Extractor\[\] = \[\n[^\]]*?)(,?\n\];)/, `$1, ${camel}$2`);
writeFileSync(indexPath, index);
console.log(`new-extractor: wrote ${Object.keys(files).join(', ')}; added ${camel} to src/extract/index.ts
Next: the fixture and its expected references, then the extractor, until tests/extract/${name}.test.ts passes;
its words' first test in tests/scan/prefilter.test.ts (GATES); a section in docs/extractors.md (tests/docs checks it).`);
