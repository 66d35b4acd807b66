// An audit's peak memory and CPU depend on how many threads V8 keeps for background compiling and garbage collection:
// one for every core by default, each with memory pools of its own. On the real corpus (42 repositories, two cores),
// one such thread instead of the default lowered peak RSS from 278-310 MB to 257-267 MB, and CPU from 49-53 s to 45-46 s
// (docs/performance.md, session 34). The setting is read when Node starts (`--v8-pool-size`), so a scan restarts the CLI
// once with it, unless the caller chose a pool size or asked for none (`MODELPROV_V8_POOL=default`).
import { spawn } from 'node:child_process';
import { ExitCode } from './exit-code.js';

const POOL_FLAG = '--v8-pool-size';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Whether this process should start the scan in a child with one V8 pool thread (not when one already is). */
function wanted(): boolean {
  if (process.env.MODELPROV_V8_POOL === 'default') return false;
  if (process.execArgv.some((a) => a.startsWith(POOL_FLAG))) return false;
  return !(process.env.NODE_OPTIONS ?? '').includes(POOL_FLAG);
}

/**
 * Starts `node --v8-pool-size=1 <this script> <args>` with this process's streams, passes the signals a terminal or a CI
 * runner sends on to it, and ends with its exit code (or its signal). Returns false, doing nothing, when no restart is
 * wanted.
 */
export function restartWithOnePoolThread(args: string[]): boolean {
  if (!wanted() || !process.argv[1]) return false;
  const child = spawn(process.execPath, [`${POOL_FLAG}=1`, ...process.execArgv, process.argv[1], ...args], { stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => () => void child.kill(signal);
  const handlers = SIGNALS.map((s) => [s, forward(s)] as const);
  for (const [s, h] of handlers) process.on(s, h);
  child.on('error', (error) => {
    process.stderr.write(`modelprov: could not restart for the scan (${error.message}); set MODELPROV_V8_POOL=default to run in this process\n`);
    process.exitCode = ExitCode.UsageError; // an unexpected internal error is exit 2 (README)
  });
  child.on('exit', (code, signal) => {
    for (const [s, h] of handlers) process.off(s, h);
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? ExitCode.UsageError;
  });
  return true;
}
