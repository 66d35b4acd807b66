// The policy layer through the real CLI: each rule kind, scoping, exceptions and their expiry,
// baselines, annotations, init, and every exit code.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { CONFIG_FILE, loadConfig } from '../../src/policy/index.js';
import { HUB_SNAPSHOT, REPO_ROOT, runCli } from '../helpers/run-cli.js';

function project(policy?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelprov-policy-'));
  cpSync(join(REPO_ROOT, 'fixtures/projects/policy'), dir, { recursive: true });
  if (policy !== undefined) writeFileSync(join(dir, CONFIG_FILE), policy);
  return dir;
}

async function audit(dir: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}, now?: Date) {
  const run = await runCli(['audit', dir, '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json', ...extra], { env, now });
  const report = run.stdout ? (JSON.parse(run.stdout) as Report) : undefined;
  const verdicts = Object.fromEntries((report?.models ?? []).map((m) => [m.id, m.policy.verdict]));
  return { ...run, report, verdicts };
}

const rule = (body: string) => `policy:\n  rules:\n    - id: r\n      action: deny\n${body.replace(/^/gm, '      ')}\n`;

describe('rule kinds', () => {
  it.each([
    ['country', 'country: [CN]', ['BAAI/bge-m3', 'drift-labs/Qwen2.5-3B-Instruct-Uncensored', 'Qwen/Qwen2.5-7B-Instruct', 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B']],
    ['family', 'family: [llama]', ['meta-llama/Llama-3.1-8B-Instruct']],
    ['organisation', 'organisation: [Beijing Academy of Artificial Intelligence]', ['BAAI/bge-m3']],
    ['licence id', 'licence: [llama3.1]', ['meta-llama/Llama-3.1-8B-Instruct']],
    ['licence kind', 'licence_kind: [non-commercial]', ['drift-labs/Qwen2.5-3B-Instruct-Uncensored']],
    ['lineage status', 'lineage: [unresolved]', ['mistralai/Mistral-7B-Instruct-v0.3']],
    ['undeclared-lineage suspicion', 'suspected_base: true', ['stealth-ai/Helios-7B']],
  ])('%s', async (_kind, body, failing) => {
    const { code, verdicts } = await audit(project(rule(body)));
    expect(code).toBe(1);
    expect(Object.entries(verdicts).filter(([, v]) => v === 'fail').map(([id]) => id).sort()).toEqual([...failing].sort());
  });

  it('unpinned revision', async () => {
    const { verdicts } = await audit(project(rule('unpinned: true')));
    expect(verdicts['mistralai/Mistral-7B-Instruct-v0.3']).toBe('pass');
    expect(verdicts['BAAI/bge-m3']).toBe('fail');
  });

  it('warn rules report without failing', async () => {
    const { code, verdicts, report } = await audit(project('policy:\n  rules:\n    - id: cn\n      action: warn\n      country: [CN]\n'));
    expect(code).toBe(0);
    expect(verdicts['BAAI/bge-m3']).toBe('warn');
    expect(report!.summary.warnings).toBe(4);
  });
});

describe('scoping', () => {
  it('by reference context: docs and tests are not gated', async () => {
    const { verdicts } = await audit(project(rule('country: [CN]\ncontexts: [code, config, deploy]')));
    expect(verdicts['Qwen/Qwen2.5-7B-Instruct']).toBe('pass'); // only in tests/
    expect(verdicts['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B']).toBe('pass'); // only in docs/
    expect(verdicts['BAAI/bge-m3']).toBe('fail');
  });

  it('by path glob', async () => {
    const { verdicts } = await audit(project(rule('country: [CN]\npaths: ["tests/"]')));
    expect(verdicts['Qwen/Qwen2.5-7B-Instruct']).toBe('fail');
    expect(verdicts['BAAI/bge-m3']).toBe('pass');
  });
});

describe('exceptions', () => {
  const policy = (expires: string) => `${rule('country: [CN]')}exceptions:\n  - model: BAAI/bge-m3\n    reason: approved for internal search (SEC-142)\n    owner: platform\n    expires: ${expires}\n`;

  it('apply until they expire, with reason and owner on record', async () => {
    const { verdicts, report } = await audit(project(policy('2027-03-31')), [], {}, new Date('2026-11-25T00:00:00Z'));
    expect(verdicts['BAAI/bge-m3']).toBe('pass');
    const bge = report!.models.find((m) => m.id === 'BAAI/bge-m3')!;
    expect(bge.policy.reasons[0]).toMatch(/excepted: approved for internal search \(SEC-142\), until 2027-03-31/);
    expect(bge.policy.exceptions).toEqual([{ reason: 'approved for internal search (SEC-142)', owner: 'platform', expires: '2027-03-31', expired: false }]);
  });

  it('stop applying after their expiry, and the report says so', async () => {
    const { verdicts, report } = await audit(project(policy('2026-11-01')), [], {}, new Date('2026-11-25T00:00:00Z'));
    expect(verdicts['BAAI/bge-m3']).toBe('fail');
    expect(report!.models.find((m) => m.id === 'BAAI/bge-m3')!.policy.reasons).toContain('exception expired on 2026-11-01: approved for internal search (SEC-142)');
  });

  it('are reported when they match nothing', async () => {
    const { report } = await audit(project(`${rule('country: [CN]')}exceptions:\n  - model: nobody/unused\n    reason: stale\n`));
    expect(report!.errors).toContainEqual(expect.objectContaining({ code: 'config-warning', message: expect.stringMatching(/nobody\/unused .*matches no model/) }));
  });
});

describe('baselines', () => {
  it('fail only on violations that are new against the baseline', async () => {
    const dir = project(rule('country: [CN]'));
    const first = await audit(dir);
    const baseline = join(dir, 'baseline.json');
    writeFileSync(baseline, first.stdout);
    writeFileSync(join(dir, 'new.py'), 'from transformers import AutoModel\nm = AutoModel.from_pretrained("01-ai/Yi-1.5-9B-Chat")\n');
    const second = await audit(dir, ['--baseline', baseline]);
    expect(second.code).toBe(1);
    expect(Object.entries(second.verdicts).filter(([, v]) => v === 'fail').map(([id]) => id), JSON.stringify(second.report!.models.map((m) => [m.id, m.policy]))).toEqual(['01-ai/Yi-1.5-9B-Chat']);
    expect(second.verdicts['BAAI/bge-m3']).toBe('warn');
    rmNew(dir);
    expect((await audit(dir, ['--baseline', baseline])).code).toBe(0);
  });

  it('refuse a baseline that is not a report (exit 2)', async () => {
    const dir = project(rule('country: [CN]'));
    writeFileSync(join(dir, 'bad.json'), '{"hello": 1}');
    const run = await audit(dir, ['--baseline', join(dir, 'bad.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not a modelprov JSON report/);
  });
});

function rmNew(dir: string) {
  writeFileSync(join(dir, 'new.py'), '# removed\n');
}

describe('exit codes', () => {
  it('0 without a policy file, and the default policy says so', async () => {
    const run = await runCli(['audit', project(), '--hub-snapshot', HUB_SNAPSHOT]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/No policy file/);
  });

  it('1 on a violation, 0 with --fail-on never, 1 on a warning with --fail-on warn', async () => {
    expect((await audit(project(rule('country: [CN]')))).code).toBe(1);
    expect((await audit(project(rule('country: [CN]')), ['--fail-on', 'never'])).code).toBe(0);
    expect((await audit(project('policy:\n  rules:\n    - {id: w, action: warn, country: [CN]}\n'), ['--fail-on', 'warn'])).code).toBe(1);
  });

  it('2 for a config that does not parse or has an unknown key, naming file, line and key', async () => {
    const broken = await audit(project('policy:\n  rules:\n    - id: r\n      contry: [CN]\n'));
    expect(broken.code).toBe(2);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(/\.modelprov\.yml:4: policy\.rules\[0\]\.contry: unknown key \(did you mean "country"\?\)/);
    expect((await audit(project('policy: [\n'))).code).toBe(2);
  });

  it('3 when the policy asks for completeness and a lineage stayed unresolved; 1 wins over 3', async () => {
    expect((await audit(project('policy:\n  fail_on_incomplete: true\n'))).code).toBe(3);
    expect((await audit(project('policy:\n  fail_on_incomplete: true\n  rules:\n    - {id: r, country: [CN]}\n'))).code).toBe(1);
  });
});

describe('GitHub Actions annotations', () => {
  it('mark each violating reference on stderr when running in Actions, escaped', async () => {
    const run = await audit(project(rule('country: [CN]\nmessage: "Chinese origin: not approved, see %POLICY%\\nnext"')), [], { GITHUB_ACTIONS: 'true' });
    expect(run.stderr).toContain('::error file=app.py,line=4,col=33,title=modelprov%3A r::BAAI/bge-m3: r: Chinese origin: not approved, see %25POLICY%25%0Anext');
    expect(run.stderr.split('\n').filter((l) => l.startsWith('::error')).length).toBe(4);
    expect(run.stdout.startsWith('{')).toBe(true);
    expect((await audit(project(rule('country: [CN]')))).stderr).toBe('');
  });
});

describe('init', () => {
  it('writes a commented starter policy that loads, and will not overwrite it without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-init-'));
    expect((await runCli(['init', dir])).code).toBe(0);
    const text = readFileSync(join(dir, CONFIG_FILE), 'utf8');
    expect(text).toMatch(/^# modelprov policy/);
    expect(loadConfig(dir).policy.rules.map((r) => r.id)).toEqual(['no-chinese-origin', 'no-non-commercial', 'undeclared-base']);
    const again = await runCli(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists; use --force/);
    expect((await runCli(['init', dir, '--force'])).code).toBe(0);
  });
});
