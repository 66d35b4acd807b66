// Proof that the CST builder (src/extract/shared/yaml-cst.ts) builds the nodes parseAllDocuments builds.
// For every .yaml/.yml file under the folders given (default: the real corpora and fixtures/), and each
// .json file that is not strict JSON, it compares a full dump of both trees (node classes, every
// enumerable property but comments: keys, values and their types, scalar type/source/format, ranges,
// flow, item order) and the line counters, on the file as written and on the text config-file and
// compose-k8s hand to the parser (templates, schema documents and unread blocks blanked, documents
// parsed one by one). A file the builder accepts must be one the parser reads without error.
//   npm run build && node tests/bench/yaml-fast-check.mjs [folder...]
// Prints the files taken by the fast path and given back to the parser, and every difference (exit 1).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';

const dist = process.env.PROFILE_DIST ?? join(import.meta.dirname, '..', '..', 'dist');
const { composeBlockYaml } = await import(join(dist, 'extract/shared/yaml-cst.js'));
const fast = await import(join(dist, 'extract/shared/structured.js') + '?fast');
process.env.MODELPROV_YAML_CST = '0';
const full = await import(join(dist, 'extract/shared/structured.js') + '?full');
const { blankSchemaDocuments, blankTemplateExpressions } = await import(join(dist, 'extract/shared/yaml-files.js'));
const { blankUnreadBlocks } = await import(join(dist, 'extract/shared/yaml-prune.js'));

const roots = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/tmp/real-corpus', '/tmp/real-corpus-extra', join(import.meta.dirname, '..', '..', 'fixtures')];
const SKIP_PROPS = new Set(['comment', 'commentBefore', 'spaceBefore']);

function dump(node, depth = 0) {
  if (node === null || node === undefined) return String(node);
  if (typeof node !== 'object') return `${typeof node}:${Object.is(node, -0) ? '-0' : String(node)}`;
  if (depth > 300) return '<deep>';
  if (Array.isArray(node)) return `[${node.map((n) => dump(n, depth + 1)).join(',')}]`;
  const keys = Object.keys(node)
    .filter((k) => !SKIP_PROPS.has(k))
    .sort();
  return `${node.constructor?.name}{${keys.map((k) => `${k}=${dump(node[k], depth + 1)}`).join(';')}}`;
}

function* files(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== '.git' && e.name !== 'node_modules') yield* files(path);
    } else if (e.isFile() && /\.(ya?ml|json)$/i.test(e.name)) yield path;
  }
}

const stats = { files: 0, fast: 0, fallback: 0, differences: 0, pipelineFast: 0, pipelineFull: 0, bytesFast: 0, bytesFallback: 0 };
const report = (path, what) => {
  stats.differences++;
  if (stats.differences <= 30) console.log(`DIFFERENT ${path}: ${what}`);
};

for (const root of roots)
  for (const path of files(root)) {
    if (statSync(path).size > 8e6) continue;
    const text = readFileSync(path, 'utf8');
    const json = /\.json$/i.test(path);
    if (json && fast.readJson(text)) continue;
    stats.files++;
    // 1. The file as written.
    const lc = new LineCounter();
    const built = composeBlockYaml(text, lc);
    if (built) {
      stats.fast++;
      stats.bytesFast += text.length;
      const lc2 = new LineCounter();
      const docs = parseAllDocuments(text, { lineCounter: lc2, prettyErrors: false, uniqueKeys: false });
      if (docs.some((d) => d.errors.length > 0)) report(path, 'built, but the parser reports an error');
      const expected = dump(docs.map((d) => d.contents));
      const actual = dump(built);
      if (expected !== actual) report(path, firstDifference(expected, actual));
      if (lc.lineStarts.join() !== lc2.lineStarts.join()) report(path, 'line starts differ');
    } else {
      stats.fallback++;
      stats.bytesFallback += text.length;
    }
    // 2. What config-file and compose-k8s parse (YAML only), through parseYaml with and without the builder.
    if (json) continue;
    const input = blankUnreadBlocks(blankSchemaDocuments(blankTemplateExpressions(text)), path);
    const a = fast.parseYaml(input, path);
    fast.forgetParse();
    const b = full.parseYaml(input, path);
    full.forgetParse();
    const da = dump(a.documents);
    const db = dump(b.documents);
    if (da !== db) report(path, `pipeline: ${firstDifference(db, da)}`);
    if (JSON.stringify(a.diagnostics) !== JSON.stringify(b.diagnostics)) report(path, 'pipeline diagnostics differ');
    const lines = (p) => Array.from({ length: 50 }, (_, i) => p.lineCounter.linePos(Math.floor((i * input.length) / 50)).line).join();
    if (lines(a) !== lines(b)) report(path, 'pipeline line numbers differ');
  }

function firstDifference(expected, actual) {
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  return `at ${i}: parser …${expected.slice(Math.max(0, i - 80), i + 80)}… / builder …${actual.slice(Math.max(0, i - 80), i + 80)}…`;
}

const mb = (n) => (n / 1e6).toFixed(1);
console.log(
  `${stats.files} files (YAML, and JSON that is not strict): ${stats.fast} built from the CST (${mb(stats.bytesFast)} MB), ${stats.fallback} given back to the parser (${mb(stats.bytesFallback)} MB); differences: ${stats.differences}`,
);
process.exit(stats.differences ? 1 : 0);
