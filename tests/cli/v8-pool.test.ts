// A scan restarts the CLI once with one V8 background thread (src/cli/v8-pool.ts): the restart must be invisible to a
// user and to CI, who see the child's output and exit code, and a signal that stops the CLI stops the scan too.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HUB_SNAPSHOT, REPO_ROOT } from '../helpers/run-cli.js';

const BIN = join(REPO_ROOT, 'bin/modelprov.js');
const DENY_CN = 'fixtures/projects/deny-cn';
const built = existsSync(join(REPO_ROOT, 'dist/cli/main.js'));

function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [BIN, ...argv], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, done, out: () => ({ stdout, stderr }) };
}

/** The children of a process (Linux's /proc), with their command lines. */
function childrenOf(pid: number): { pid: number; cmdline: string }[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => ({ pid: Number(p), cmdline: existsSync(`/proc/${p}/cmdline`) ? readFileSync(`/proc/${p}/cmdline`, 'utf8').replace(/\0/g, ' ') : '' }));
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('a scan in a child with one V8 pool thread', () => {
  it.skipIf(!built)("gives the child's report and exit code, as a scan in the CLI's own process does", async () => {
    const argv = ['audit', DENY_CN, '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json'];
    const restarted = run(argv);
    const inProcess = run(argv, { MODELPROV_V8_POOL: 'default' });
    const [a, b] = [await restarted.done, await inProcess.done];
    expect(a.code).toBe(1); // the project's policy denies a Chinese model
    expect(b.code).toBe(1);
    const models = (s: string) => (JSON.parse(s) as { models: { id: string }[] }).models.map((m) => m.id).sort();
    expect(models(restarted.out().stdout)).toEqual(models(inProcess.out().stdout));
    expect(models(restarted.out().stdout).length).toBeGreaterThan(0);
  });

  it.skipIf(!built || process.platform !== 'linux')('stops the scan when the CLI is stopped (SIGTERM from a CI runner)', async () => {
    // A tree large enough that the scan is still running when the signal comes.
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-pool-'));
    const body = 'from transformers import AutoModel\nmodel = AutoModel.from_pretrained("Qwen/Qwen2.5-7B")\n'.repeat(400);
    for (let d = 0; d < 30; d++) {
      mkdirSync(join(dir, `pkg${d}`));
      for (let f = 0; f < 60; f++) writeFileSync(join(dir, `pkg${d}`, `m${f}.py`), body);
    }
    const cli = run(['audit', dir, '--offline', '--format', 'json']);
    let scan: { pid: number; cmdline: string } | undefined;
    for (let i = 0; i < 100 && !scan; i++) {
      await new Promise((r) => setTimeout(r, 20));
      scan = childrenOf(cli.child.pid!).find((c) => c.cmdline.includes('--v8-pool-size=1'));
    }
    expect(scan?.cmdline).toContain('audit');
    cli.child.kill('SIGTERM');
    const { signal } = await cli.done;
    expect(signal).toBe('SIGTERM');
    for (let i = 0; i < 100 && alive(scan!.pid); i++) await new Promise((r) => setTimeout(r, 20));
    expect(alive(scan!.pid)).toBe(false);
  });
});
