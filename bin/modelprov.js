#!/usr/bin/env node
// Thin entry: the compiled CLI does the work and returns the exit code. `--version` is answered
// here, before any module loads, because scripts call it often and Node's start-up is most of it.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(args);
}
