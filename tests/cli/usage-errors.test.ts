// What a user sees when a flag, a path or the environment is wrong: exit 2, one line on stderr
// naming the bad value, nothing on stdout, and never a stack trace.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { beforeSummary, HUB_SNAPSHOT, REPO_ROOT, runCli } from '../helpers/run-cli.js';

const DEMO = 'fixtures/projects/deny-cn';
const noTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at |node:internal|Error: /m);

async function expectUsageError(argv: string[], message: RegExp, env: NodeJS.ProcessEnv = {}) {
  const run = await runCli(argv, { env });
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(message);
  noTrace(run.stderr);
}

describe('commands', () => {
  it('no command is a usage error (exit 2) with the help on stderr; --help is exit 0 on stdout', async () => {
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^Usage: modelprov /);
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: modelprov /);
    expect((await runCli(['cache'])).code).toBe(2);
    expect((await runCli(['help', 'audit'])).code).toBe(0);
  });
});

describe('report output path', () => {
  it('a missing output folder is exit 2 before the audit runs, naming the path', async () => {
    await expectUsageError(
      ['audit', DEMO, '--hub-snapshot', HUB_SNAPSHOT, '-o', '/nonexistent-folder/report.json'],
      /^modelprov: cannot write the report to \/nonexistent-folder\/report.json: folder \/nonexistent-folder does not exist\n$/,
    );
  });

  it('an output path that is a folder is exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-out-'));
    await expectUsageError(['audit', DEMO, '--hub-snapshot', HUB_SNAPSHOT, '-o', dir], /it is a folder; give a file name/);
  });

  it.skipIf(!existsSync('/dev/full'))('a write that fails is exit 2 with the reason, not a crash that looks like a violation (exit 1)', async () => {
    await expectUsageError(['audit', DEMO, '--hub-snapshot', HUB_SNAPSHOT, '-o', '/dev/full'], /^modelprov: cannot write the report to \/dev\/full: ENOSPC/);
  });
});

describe('Hub source flags', () => {
  it('a --hub-snapshot folder that does not exist is exit 2, not an audit where everything is unresolved', async () => {
    await expectUsageError(['audit', DEMO, '--hub-snapshot', '/nonexistent-snapshot'], /^modelprov: --hub-snapshot \/nonexistent-snapshot is not a folder\n$/);
  });

  it('a folder that is not a snapshot is exit 2 and says how to make one', async () => {
    await expectUsageError(
      ['audit', DEMO, '--hub-snapshot', 'fixtures'],
      /--hub-snapshot fixtures is not a Hub snapshot \(it has no models\/ folder\); write one with `modelprov cache export DIR`/,
    );
  });

  it('a relative --hub-snapshot is read from the working folder', async () => {
    const run = await runCli(['audit', DEMO, '--hub-snapshot', 'fixtures/hub', '--format', 'json', '--fail-on', 'never']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary.unresolved).toBe(0);
  });

  it('names where a bad Hub URL came from: the flag, HF_ENDPOINT or the config', async () => {
    await expectUsageError(
      ['audit', DEMO, '--hub-url', 'not-a-url', '--offline'],
      /^modelprov: --hub-url must be an http\(s\) URL such as https:\/\/huggingface.co, not "not-a-url"\n$/,
    );
    await expectUsageError(['audit', DEMO, '--offline'], /^modelprov: HF_ENDPOINT must be an http\(s\) URL .*, not "ftp:\/\/mirror"\n$/, {
      HF_ENDPOINT: 'ftp://mirror',
    });
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-cfg-'));
    writeFileSync(join(dir, '.modelprov.yml'), 'hub:\n  url: hf-mirror.com\n');
    await expectUsageError(['audit', dir, '--offline'], /^modelprov: hub.url in the config file must be an http\(s\) URL .*, not "hf-mirror.com"\n$/);
  });

  it('refuses a Hub URL that carries credentials, without printing them', async () => {
    for (const [args, env] of [
      [['audit', DEMO, '--offline', '--hub-url', 'https://alice:s3cret-pw@mirror.example.com'], {}],
      [['audit', DEMO, '--offline'], { HF_ENDPOINT: 'ftp://bob:s3cret-pw@mirror.example.com' }],
    ] as const) {
      const run = await runCli([...args], { env });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/must not carry credentials \(user:password@\): give the Hub token in HF_TOKEN/);
      expect(run.stderr + run.stdout).not.toContain('s3cret-pw');
    }
  });

  it('a bad --hub-url is refused even when a snapshot makes it unused', async () => {
    await expectUsageError(['audit', DEMO, '--hub-snapshot', HUB_SNAPSHOT, '--hub-url', 'nope'], /--hub-url must be an http\(s\) URL/);
  });

  it('a bad --hub-timeout names the value', async () => {
    await expectUsageError(
      ['audit', DEMO, '--offline', '--hub-timeout', 'soon'],
      /^modelprov: --hub-timeout must be a positive number of seconds, not "soon"\n$/,
    );
  });
});

describe('offline with an empty cache', () => {
  it('reports the models as unresolved and says once, on stderr, how to fill the cache', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'modelprov-cache-'));
    const run = await runCli(['audit', 'fixtures/projects/policy-scoped', '--offline', '--cache-dir', cacheDir, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.summary.unresolved).toBe(2);
    expect(
      report.models.every((m: { lineage: { problems: string[] } }) => /not in the lineage cache and the run is offline/.test(m.lineage.problems[0]!)),
    ).toBe(true);
    expect(beforeSummary(run.stderr)).toBe(
      'modelprov: 2 lineage lookup(s) were not in the cache of this offline run; run once online, or load answers with `modelprov cache import DIR`, `--hub-snapshot DIR` or a committed modelprov.lock.json\n',
    );
  });
});

describe('cache export and import', () => {
  it('importing a folder that does not exist, or is not a snapshot, is exit 2', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'modelprov-cache-'));
    await expectUsageError(
      ['cache', 'import', '/nonexistent-snapshot', '--cache-dir', cacheDir],
      /^modelprov: cache import: \/nonexistent-snapshot is not a folder\n$/,
    );
    await expectUsageError(['cache', 'import', 'fixtures', '--cache-dir', cacheDir], /cache import: fixtures is not a Hub snapshot/);
  });

  it('exporting where no folder can be made is exit 2 naming the folder', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'modelprov-cache-'));
    expect((await runCli(['cache', 'import', HUB_SNAPSHOT, '--cache-dir', cacheDir])).code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-export-'));
    writeFileSync(join(dir, 'file'), '');
    await expectUsageError(
      ['cache', 'export', join(dir, 'file', 'snap'), '--cache-dir', cacheDir],
      /^modelprov: cache export: cannot write the snapshot to .*file\/snap: ENOTDIR/,
    );
  });

  it('an export of an empty cache says why it is empty', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'modelprov-cache-'));
    const run = await runCli(['cache', 'export', join(cacheDir, 'out'), '--cache-dir', cacheDir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /the lineage cache for https:\/\/huggingface.co at .* holds nothing; audit with that --hub-url \(not --hub-snapshot or --locked\) first/,
    );
  });
});

describe('the real process', () => {
  const bin = join(REPO_ROOT, 'bin/modelprov.js');
  it.skipIf(!existsSync(join(REPO_ROOT, 'dist/cli/main.js')))('a reader that stops early (`| head`) ends the run quietly with its own exit code', async () => {
    const child = spawn(process.execPath, [bin, 'families', '--format', 'json'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it.skipIf(!existsSync(join(REPO_ROOT, 'dist/cli/main.js')))('an unwritable output is one line on stderr and exit 2 (no stack trace)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-out-'));
    mkdirSync(join(dir, 'sub'));
    const child = spawn(process.execPath, [bin, 'audit', DEMO, '--hub-snapshot', HUB_SNAPSHOT, '-o', join(dir, 'missing', 'r.json')], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
