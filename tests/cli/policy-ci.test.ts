// CI conveniences through the real CLI: GitHub Actions annotations (on stderr, escaped, at the
// right path) and `modelprov init`.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE, loadConfig } from '../../src/policy/index.js';
import { HUB_SNAPSHOT, REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { audit, project, rule } from '../policy/audit-project.js';

const annotations = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('::'));

describe('GitHub Actions annotations', () => {
  it('an ::error per violating reference on stderr when GITHUB_ACTIONS=true; stdout keeps the report', async () => {
    const run = await audit(project('policy-mixed', rule('country: [CN]', 'no-chinese-origin')), [], { env: { GITHUB_ACTIONS: 'true' } });
    expect(annotations(run.stderr)).toContain(
      '::error file=app.py,line=4,col=33,title=modelprov no-chinese-origin::BAAI/bge-m3: no-chinese-origin: denied: origin country CN; matched BGE embeddings/rerankers (CN) via BAAI/bge-m3 (evidence: namespace)',
    );
    expect(annotations(run.stderr).filter((l) => l.startsWith('::error'))).toHaveLength(5);
    expect(JSON.parse(run.stdout).models).toHaveLength(7);
  });

  it('escape text so a rule message or card text cannot forge a command', async () => {
    const run = await audit(project('policy-mixed', rule('country: [CN]\nmessage: "50% risk\\n::error file=x::forged"')), ['--annotations']);
    const lines = annotations(run.stderr);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      '::error file=app.py,line=4,col=33,title=modelprov r::BAAI/bge-m3: r: 50%25 risk%0A::error file=x::forged; matched BGE embeddings/rerankers (CN) via BAAI/bge-m3 (evidence: namespace)',
    );
  });

  it('::warning for warn rules and for policy warnings, ::notice for baselined violations, nothing when excepted', async () => {
    const policy = `${rule('country: [CN]', 'cn', 'warn')}exceptions:\n  - model: BAAI/bge-m3\n    reason: approved\n  - model: nobody/unused\n    reason: stale\n`;
    const lines = annotations((await audit(project('policy-mixed', policy), ['--annotations'])).stderr);
    expect(lines.filter((l) => l.startsWith('::warning file='))).toHaveLength(4);
    expect(lines.some((l) => l.includes('BAAI/bge-m3'))).toBe(false);
    expect(lines).toContainEqual(expect.stringMatching(/^::warning title=modelprov policy::exception for nobody\/unused/));
  });

  it('paths are relative to the repository, when the audited folder is inside it', async () => {
    const run = await runCli(
      ['audit', 'fixtures/projects/policy-scoped', '--hub-snapshot', HUB_SNAPSHOT, '--config', 'fixtures/config/valid/derived-ids.yml', '--format', 'json'],
      {
        env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: REPO_ROOT },
      },
    );
    expect(annotations(run.stderr)).toContain(
      '::error file=fixtures/projects/policy-scoped/services/chat.py,line=3,col=46,title=modelprov deny-country-cn::Qwen/Qwen2.5-7B-Instruct: deny-country-cn: denied: origin country CN; matched Qwen (CN) via Qwen/Qwen2.5-7B-Instruct, Qwen/Qwen2.5-7B (evidence: declared-base, namespace)',
    );
  });

  it('none outside Actions, and none with --no-annotations', async () => {
    const dir = project('policy-mixed', rule('country: [CN]'));
    expect(annotations((await audit(dir)).stderr)).toEqual([]);
    expect(annotations((await audit(dir, ['--no-annotations'], { env: { GITHUB_ACTIONS: 'true' } })).stderr)).toEqual([]);
  });
});

describe('init', () => {
  it('writes a commented starter policy that loads, and will not overwrite it without --force (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-init-'));
    const first = await runCli(['init', dir]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/wrote .*\.modelprov\.yml/);
    const text = readFileSync(join(dir, CONFIG_FILE), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    expect(text.split('\n').filter((l) => l.trim().startsWith('#')).length).toBeGreaterThan(10);
    expect(loadConfig(dir).policy.rules.map((r) => r.id)).toEqual(['no-chinese-origin', 'no-chinese-origin-vendored', 'no-non-commercial', 'undeclared-base']);
    const again = await runCli(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists; use --force/);
    expect((await runCli(['init', dir, '--force'])).code).toBe(0);
  });

  it('the starter policy gates the mixed fixture: Chinese-origin code references fail', async () => {
    const dir = project('policy-mixed');
    await runCli(['init', dir]);
    const run = await audit(dir);
    expect(run.code).toBe(1);
    expect(run.failing).toEqual(['BAAI/bge-m3', 'drift-labs/Qwen2.5-3B-Instruct-Uncensored', 'stealth-ai/Helios-7B']);
    // Its config fingerprint makes it Qwen at medium confidence: the starter's country rule fails it.
    expect(run.verdicts['stealth-ai/Helios-7B']).toBe('fail');
  });

  it('refuses a PATH that does not exist (exit 2)', async () => {
    expect((await runCli(['init', '/nonexistent/modelprov-init'])).code).toBe(2);
  });
});

describe('the policy file a report names', () => {
  it('is relative to the audited folder when inside it (reports do not name the machine), absolute when outside', async () => {
    const inside = JSON.parse((await runCli(['audit', 'fixtures/projects/deny-cn', '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json'])).stdout);
    expect(inside.policy.source).toBe('.modelprov.yml');
    const outside = join(REPO_ROOT, 'fixtures/projects/deny-cn/.modelprov.yml');
    const elsewhere = JSON.parse(
      (await runCli(['audit', 'fixtures/demo-app', '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json', '--config', outside])).stdout,
    );
    expect(elsewhere.policy.source).toBe(outside);
  });
});
