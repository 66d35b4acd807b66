// Per-file cost of config-file and compose-k8s on YAML files, with the CST builder and without it
// (MODELPROV_YAML_CST=0), runs alternated in one process so a loaded machine weighs on both alike.
// Prints the minimum of RUNS runs in ms per MB of the file as written: config-file + compose-k8s, and
// parseYaml alone on the text they hand to it. The `before` side is a copy of dist inside the worktree
// (the registry is found from it through ../src):
//   npm run build && mkdir -p .bench && cp -r dist .bench/dist-full && ln -sfn ../src .bench/src
//   RUNS=15 PROFILE_DIST_FULL=$PWD/.bench/dist-full node tests/bench/yaml-per-file.mjs <file.yaml>...
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const dist = process.env.PROFILE_DIST ?? join(import.meta.dirname, '..', '..', 'dist');
const runs = Number(process.env.RUNS ?? 10);
const load = async (root) => ({
  configFile: (await import(pathToFileURL(join(root, 'extract/config-file.js')).href)).default,
  composeK8s: (await import(pathToFileURL(join(root, 'extract/compose-k8s.js')).href)).default,
  structured: await import(pathToFileURL(join(root, 'extract/shared/structured.js')).href),
  files: await import(pathToFileURL(join(root, 'extract/shared/yaml-files.js')).href),
  prune: await import(pathToFileURL(join(root, 'extract/shared/yaml-prune.js')).href),
});
// The switch is read when structured.js loads: the `before` side is a second module graph, a copy of dist.
if (!process.env.PROFILE_DIST_FULL) throw new Error('set PROFILE_DIST_FULL to a copy of dist (see the header)');
const fast = await load(dist);
process.env.MODELPROV_YAML_CST = '0';
const full = await load(process.env.PROFILE_DIST_FULL);

for (const path of process.argv.slice(2)) {
  const text = readFileSync(path, 'utf8');
  const relPath = path.replace(/^\/tmp\/real-corpus(-extra)?\/[^/]+\//, '');
  const file = { relPath, size: Buffer.byteLength(text), text };
  const mb = file.size / 1048576;
  const best = { fast: Infinity, full: Infinity };
  const parse = { fast: Infinity, full: Infinity };
  const refs = {};
  const input = fast.prune.blankUnreadBlocks(fast.files.blankSchemaDocuments(fast.files.blankTemplateExpressions(text)), relPath);
  for (let i = 0; i < runs; i++)
    for (const [name, side] of i % 2
      ? [
          ['full', full],
          ['fast', fast],
        ]
      : [
          ['fast', fast],
          ['full', full],
        ]) {
      let t = performance.now();
      let n = 0;
      for (const x of [side.configFile, side.composeK8s]) if (x.matches(relPath)) n += (await x.extract(file)).references.length;
      side.structured.forgetParse();
      best[name] = Math.min(best[name], performance.now() - t);
      refs[name] = n;
      // The parse alone, on the text the extractors hand to it.
      t = performance.now();
      side.structured.parseYaml(input, relPath);
      side.structured.forgetParse();
      parse[name] = Math.min(parse[name], performance.now() - t);
    }
  console.log(
    `extractors ${(best.full / mb).toFixed(0).padStart(5)} -> ${(best.fast / mb).toFixed(0).padStart(4)} ms/MB, parse ${(parse.full / mb).toFixed(0).padStart(4)} -> ${(parse.fast / mb).toFixed(0).padStart(4)} ms/MB  (${best.full.toFixed(1)} -> ${best.fast.toFixed(1)} ms, ${(file.size / 1024).toFixed(0)} K, refs ${refs.full}/${refs.fast})  ${path}`,
  );
}
