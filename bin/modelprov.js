#!/usr/bin/env node
// Thin entry: the compiled CLI does the work and returns the exit code. `--version` is answered
// here, before any module loads, because scripts call it often and Node's start-up is most of it.
// The one-file bundle (dist/bundle/cli.js) loads much faster than the ~180 modules behind
// dist/cli/main.js; it is used unless a later `tsc` left it older than the modules.
import { readFileSync, statSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const bundled = bundleIsFresh();
  // A scan's extraction workers load beside the CLI's modules instead of after them (src/extract/worker-start.ts).
  if (args[0] === 'audit' || args[0] === 'lock') {
    const { prestartWorkers } = await import('../dist/extract/worker-start.js');
    prestartWorkers(new URL(bundled ? '../dist/bundle/pool-worker.js' : '../dist/extract/pool-worker.js', import.meta.url));
  }
  const { main } = await import(bundled ? '../dist/bundle/cli.js' : '../dist/cli/main.js');
  process.exitCode = await main(args);
}

function bundleIsFresh() {
  const bundle = statSync(new URL('../dist/bundle/cli.js', import.meta.url), { throwIfNoEntry: false });
  const modules = statSync(new URL('../dist/cli/main.js', import.meta.url), { throwIfNoEntry: false });
  return !!bundle && (!modules || bundle.mtimeMs >= modules.mtimeMs);
}
