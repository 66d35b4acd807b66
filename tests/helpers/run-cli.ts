// Runs the CLI in-process with a fake Io: stdout, stderr and the exit code, no child process.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export const REPO_ROOT = join(import.meta.dirname, '../..');
export const HUB_SNAPSHOT = join(REPO_ROOT, 'fixtures/hub');

/**
 * Runs the built CLI (bin/modelprov.js, `npm run build`) in a child process, as a user's shell does: the worker pool and
 * the one-thread restart only exist there. stdout is kept whatever the exit code (3, incomplete, still prints a report).
 */
export function runBuiltCli(args: string[], env: NodeJS.ProcessEnv = {}): { stdout: string; stderr: string; status: number } {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'modelprov.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 << 20,
  });
  return { stdout: run.stdout ?? '', stderr: run.stderr ?? '', status: run.status ?? -1 };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; now?: Date; isTTY?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: options.env ?? {},
    cwd: options.cwd ?? REPO_ROOT,
    isTTY: options.isTTY ?? false,
    now: () => options.now ?? new Date('2026-11-25T12:00:00Z'),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Every audit ends stderr with its summary (verdict line, then indented lines); what came before it. */
export function beforeSummary(stderr: string): string {
  const at = stderr.search(/^modelprov: (PASS|WARN|FAIL|INCOMPLETE): /m);
  return at < 0 ? stderr : stderr.slice(0, at);
}

/** The summary block at the end of an audit's stderr ('' when there is none). */
export function stderrSummary(stderr: string): string {
  return stderr.slice(beforeSummary(stderr).length);
}
