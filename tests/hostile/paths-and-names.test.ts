// Files modelprov reads by path (config, registry, baseline, lockfile) and names a tree may hold
// (issue #17, items 11-14): followed only into regular files of bounded size, never echoed beyond a
// short escaped excerpt; odd names read, in-tree links walked once, control characters escaped.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HUB_SNAPSHOT, runCli } from '../helpers/run-cli.js';
import { json, loads, QWEN_FINETUNE, tempDir, tree } from './attack.js';

/** A file outside the tree that must not be echoed: a shadow-like line with a marker at its end. */
function secretFile(): { path: string; tail: string } {
  const dir = tempDir('modelprov-secret-');
  const tail = 'S3CRET_TAIL_9f8e7d6c5b4a';
  const path = join(dir, 'shadow');
  writeFileSync(path, `root:$6$saltsalt$${'h'.repeat(60)}${tail}:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n`);
  return { path, tail };
}

const audit = (root: string, ...extra: string[]) => runCli(['audit', root, '--hub-snapshot', HUB_SNAPSHOT, ...extra]);
const BOUNDED = 20_000;

/**
 * A FIFO nobody writes to. A synchronous read of it blocks the whole process, timeouts included,
 * so a helper opens its other end after a few seconds: a regression then fails instead of hanging.
 */
function fifoWithRescue(): { fifo: string; stop: () => void } {
  const fifo = join(tempDir(), 'pipe');
  execFileSync('mkfifo', [fifo]);
  const rescue = spawn('sh', ['-c', 'sleep 4; : > "$0"', fifo], { stdio: 'ignore' });
  return { fifo, stop: () => void (rescue.exitCode === null && rescue.kill()) };
}

describe('11. config, registry, baseline and lockfile are read as bounded regular files', () => {
  it('a .modelprov.yml linked to a secret file does not print its line', async () => {
    const secret = secretFile();
    const root = tree({ 'a.py': loads(QWEN_FINETUNE) });
    symlinkSync(secret.path, join(root, '.modelprov.yml'));
    const run = await audit(root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.modelprov\.yml/);
    expect(run.stdout + run.stderr).not.toContain(secret.tail);
    expect(run.stderr.length).toBeLessThan(600);
  });

  it('a registry path climbing out to a secret file does not print its line', async () => {
    const secret = secretFile();
    const root = tree({ 'a.py': loads(QWEN_FINETUNE), '.modelprov.yml': `version: 1\nregistry: ["${secret.path}"]\n` });
    const run = await audit(root);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toContain(secret.tail);
  });

  it('a baseline that is a secret file does not print its line', async () => {
    const secret = secretFile();
    const run = await audit(tree({ 'a.py': loads(QWEN_FINETUNE) }), '--baseline', secret.path);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toContain(secret.tail);
  });

  it.each([
    ['--config /dev/zero', (root: string) => audit(root, '--config', '/dev/zero')],
    ['--baseline /dev/zero', (root: string) => audit(root, '--baseline', '/dev/zero')],
    ['a .modelprov.yml linked to /dev/zero', (root: string) => (symlinkSync('/dev/zero', join(root, '.modelprov.yml')), audit(root))],
    ['a registry entry /dev/zero', (root: string) => (writeFileSync(join(root, '.modelprov.yml'), 'version: 1\nregistry: ["/dev/zero"]\n'), audit(root))],
    ['a lockfile linked to /dev/zero', (root: string) => (symlinkSync('/dev/zero', join(root, 'modelprov.lock.json')), audit(root, '--locked'))],
  ])(
    '%s: exit 2 at once, naming a file that is not a regular file',
    async (_name, run) => {
      const result = await run(tree({ 'a.py': loads(QWEN_FINETUNE) }));
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/not a regular file/);
    },
    BOUNDED,
  );

  it.each([
    ['--config', (root: string, fifo: string) => audit(root, '--config', fifo)],
    ['.modelprov.yml', (root: string, fifo: string) => (symlinkSync(fifo, join(root, '.modelprov.yml')), audit(root))],
    ['--baseline', (root: string, fifo: string) => audit(root, '--baseline', fifo)],
    ['lockfile', (root: string, fifo: string) => (symlinkSync(fifo, join(root, 'modelprov.lock.json')), audit(root, '--locked'))],
  ])(
    'a FIFO as %s: exit 2 naming a file that is not a regular file, no hang',
    async (_name, run) => {
      const { fifo, stop } = fifoWithRescue();
      try {
        const result = await run(tree({ 'a.py': loads(QWEN_FINETUNE) }), fifo);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/not a regular file/);
      } finally {
        stop();
      }
    },
    BOUNDED,
  );

  it('a config over the size cap is refused', async () => {
    const root = tree({ 'a.py': loads(QWEN_FINETUNE), '.modelprov.yml': `version: 1\n# ${'x'.repeat(3 * 1024 * 1024)}\n` });
    const run = await audit(root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/larger than/);
  });
});

describe('12. non-UTF-8 file names are read', () => {
  it('a file whose name is Latin-1 bytes is scanned, not reported unreadable', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'app'));
    writeFileSync(Buffer.from(`${join(root, 'app')}/mod\xe8le.py`, 'latin1'), loads(QWEN_FINETUNE));
    const report = json((await audit(root, '--format', 'json')).stdout);
    expect(report.skipped).toEqual([]);
    expect(report.models.map((m) => m.id)).toContain(QWEN_FINETUNE);
  });

  it('a folder whose name is Latin-1 bytes is walked, its files and sub-folders read', async () => {
    const root = tempDir();
    const folder = Buffer.from(`${root}/mod\xe8les`, 'latin1');
    mkdirSync(folder);
    mkdirSync(Buffer.concat([folder, Buffer.from('/serve')]));
    writeFileSync(Buffer.concat([folder, Buffer.from('/serve/app.py')]), loads(QWEN_FINETUNE));
    writeFileSync(Buffer.concat([folder, Buffer.from('/.gitignore')]), 'ignored.py\n');
    writeFileSync(Buffer.concat([folder, Buffer.from('/ignored.py')]), loads('deepseek-ai/DeepSeek-R1'));
    const report = json((await audit(root, '--format', 'json')).stdout);
    expect(report.skipped.filter((s) => s.reason === 'unreadable')).toEqual([]);
    const model = report.models.find((m) => m.id === QWEN_FINETUNE)!;
    expect(model.references.map((r) => r.path)).toEqual(['mod\ufffdles/serve/app.py']);
    expect(report.models.map((m) => m.id)).not.toContain('deepseek-ai/DeepSeek-R1');
  });
});

describe('13. links and dot-dot names inside the tree', () => {
  it('a link to an in-tree folder does not make the walk read it twice', async () => {
    const root = tree({ 'real/serve.py': loads(QWEN_FINETUNE) });
    symlinkSync(join(root, 'real'), join(root, 'alias'));
    const report = json((await audit(root, '--format', 'json')).stdout);
    const model = report.models.find((m) => m.id === QWEN_FINETUNE)!;
    expect(model.references.map((r) => r.path)).toEqual(['real/serve.py']);
    expect(report.summary.filesScanned).toBe(1);
  });

  it('a folder named ..data inside the tree is inside the tree (a Kubernetes ConfigMap mount)', async () => {
    const root = tree({ '..2026_01_01_00_00_00.000/model.yaml': `model: ${QWEN_FINETUNE}\n` });
    symlinkSync('..2026_01_01_00_00_00.000', join(root, '..data'));
    symlinkSync('..data/model.yaml', join(root, 'model.yaml'));
    const report = json((await audit(root, '--format', 'json')).stdout);
    expect(report.skipped.filter((s) => s.reason === 'symlink-outside-root')).toEqual([]);
    expect(report.models.map((m) => m.id)).toContain(QWEN_FINETUNE);
  });
});

describe('14. control characters in config keys are escaped', () => {
  it('an unknown key with an escape sequence and a bell is echoed escaped', async () => {
    const root = tree({ 'a.py': loads(QWEN_FINETUNE), '.modelprov.yml': 'version: 1\n"polic\\e[31my\\a\\r": {}\n' });
    const run = await audit(root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown key/);
    // Nothing below a space but the final line feed.
    expect(run.stderr.replace(/\n$/, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(run.stderr).toContain('\\u001b');
  });
});
