// `modelprov init` as a new user runs it: a starter policy that audits, refuses to overwrite,
// and points editors at a schema the published package actually contains.
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HUB_SNAPSHOT, REPO_ROOT, runCli } from '../helpers/run-cli.js';

describe('init', () => {
  it('writes a policy that the next audit applies, and will not overwrite it without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-init-'));
    cpSync(join(REPO_ROOT, 'fixtures/demo-app'), dir, { recursive: true });
    const first = await runCli(['init', dir]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    const audit = await runCli(['audit', dir, '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json']);
    expect(audit.code).toBe(1); // the starter denies Chinese-origin models in code, config and deploy files
    expect(JSON.parse(audit.stdout).policy.defaulted).toBe(false);
    const again = await runCli(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists; use --force to replace it/);
    expect((await runCli(['init', dir, '--force'])).code).toBe(0);
  });

  it('the schema its first line names is in the repository and in the published files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-init-'));
    return runCli(['init', dir]).then(() => {
      const first = readFileSync(join(dir, '.modelprov.yml'), 'utf8').split('\n')[0]!;
      const path = /\$schema=\.\/node_modules\/modelprov\/(\S+)$/.exec(first)![1]!;
      expect(existsSync(join(REPO_ROOT, path))).toBe(true);
      const files = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { files: string[] }).files;
      expect(
        files.some((f) => path === f || path.startsWith(`${f}/`)),
        `${path} not in package.json files ${files.join(', ')}`,
      ).toBe(true);
    });
  });
});
