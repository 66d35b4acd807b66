// Bundles the compiled CLI (dist/cli/main.js) and the extraction worker into dist/bundle/: one
// file each instead of ~180 modules, which is most of a short audit's start-up (module loading
// went from ~270 ms to ~100 ms on the 2-core CI machine; issue #8). bin/modelprov.js loads the
// bundle when it exists and dist/cli/main.js otherwise, so a tsc-only build still runs.
// Files found through import.meta.url (package.json, dist/registry/*.json, the worker) sit at the
// same depth from dist/bundle/ as from dist/cli/, so their relative URLs hold in both.
import { build } from 'esbuild';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

await build({
  entryPoints: { cli: join(root, 'dist/cli/main.js'), 'pool-worker': join(root, 'dist/scan/pool-worker.js') },
  outdir: join(root, 'dist/bundle'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies (yaml, cli-table3) call require() for Node built-ins.
  banner: { js: "import { createRequire as __modelprovRequire } from 'node:module'; const require = __modelprovRequire(import.meta.url);" },
  logLevel: 'warning',
});
