// What runs first, before the CLI's modules load (bin/modelprov.js only imports this file).
// `--version` is answered here, because scripts call it often and Node's start-up is most of it.
// The one-file bundle (dist/bundle/cli.js) loads much faster than the ~180 modules behind
// dist/cli/main.js; it is used unless a later `tsc` left it older than the modules.
// An audit's extraction workers start here, beside the CLI's module loading (src/scan/worker-start.ts).
import { readFileSync, statSync } from 'node:fs';
import { prestartWorkers } from '../scan/worker-start.js';
import { restartWithOnePoolThread } from './v8-pool.js';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version}\n`);
} else if ((args[0] === 'audit' || args[0] === 'lock') && restartWithOnePoolThread(args)) {
  // The scan runs in the child this process started; its exit code or signal becomes this process's.
} else {
  const bundled = bundleIsFresh();
  if (args[0] === 'audit' || args[0] === 'lock') {
    prestartWorkers(new URL(bundled ? '../bundle/pool-worker.js' : '../scan/pool-worker.js', import.meta.url));
  }
  const cli = (await import(bundled ? '../bundle/cli.js' : './main.js')) as { main(args: string[]): Promise<number> };
  process.exitCode = await cli.main(args);
}

function bundleIsFresh(): boolean {
  const bundle = statSync(new URL('../bundle/cli.js', import.meta.url), { throwIfNoEntry: false });
  const modules = statSync(new URL('./main.js', import.meta.url), { throwIfNoEntry: false });
  return !!bundle && (!modules || bundle.mtimeMs >= modules.mtimeMs);
}
