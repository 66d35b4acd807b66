// `npm run build` (and `npm test`, first): tsc, the registry compiled to JSON, the bundle. Each step
// runs only when an input is newer than what it last built, so a test run after no change to src/
// starts at once (a full build is ~8 s on the 2-core machine, tsc ~5 s of it; nothing to do ~0.1 s).
// tsc is incremental (dist/.tsbuildinfo): after one edited file it re-checks and re-emits little.
// `npm run build -- --force` (or deleting dist/) builds everything again.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const at = (...parts) => join(root, ...parts);
const force = process.argv.includes('--force');

/** Files under `dir` (recursively) whose names end with one of `suffixes`. */
function filesUnder(dir, suffixes) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && suffixes.some((suffix) => entry.name.endsWith(suffix)))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : -Infinity);
const newest = (paths) => Math.max(-Infinity, ...paths.map(mtime));

/** A step is stale when its stamp is missing, older than an input, or an output it must leave is gone. */
function stale(stamp, inputs, outputs) {
  return force || outputs.some((path) => !existsSync(path)) || mtime(stamp) < newest(inputs);
}

/** Marks a step done now (the stamp's time is what the next run compares inputs with). */
function stampDone(stamp) {
  if (!existsSync(stamp)) writeFileSync(stamp, '');
  const now = new Date();
  utimesSync(stamp, now, now);
}

// 1. TypeScript to dist/. A missing output with a build-info file present would make incremental tsc
//    believe all is emitted, so a missing output starts it from scratch.
const tscInfo = at('dist', '.tsbuildinfo');
const tscOutputs = [at('dist/cli/main.js'), at('dist/cli/start.js'), at('dist/scan/pool-worker.js')];
if (stale(tscInfo, [...filesUnder(at('src'), ['.ts']), at('tsconfig.json')], tscOutputs)) {
  if (force || tscOutputs.some((path) => !existsSync(path))) rmSync(tscInfo, { force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', at('tsconfig.json'), '--incremental', '--tsBuildInfoFile', tscInfo], { stdio: 'inherit' });
  stampDone(tscInfo);
}

// 2. The registry's YAML compiled to JSON.
const registryStamp = at('dist', 'registry', '.built');
const yamlFiles = filesUnder(at('src/registry'), ['.yaml']);
const jsonFiles = yamlFiles.map((path) => at('dist/registry', path.slice(at('src/registry').length + 1).replace(/\.yaml$/, '.json')));
if (stale(registryStamp, [...yamlFiles, at('src/build/compile-registry.mjs')], jsonFiles)) {
  await import('./compile-registry.mjs');
  stampDone(registryStamp);
}

// 3. The bundle, from tsc's output and the dependencies it inlines.
const bundleStamp = at('dist', 'bundle', '.built');
if (stale(bundleStamp, [tscInfo, at('package-lock.json'), at('src/build/bundle.mjs')], [at('dist/bundle/cli.js'), at('dist/bundle/pool-worker.js')])) {
  await import('./bundle.mjs');
  stampDone(bundleStamp);
}
