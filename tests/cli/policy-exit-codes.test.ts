// Every exit code of `audit` as a CI job sees it: 0 pass, 1 violation, 2 usage or config error,
// 3 incomplete when the policy asks for completeness; and how --fail-on changes 0 and 1.
import { describe, expect, it } from 'vitest';
import { HUB_SNAPSHOT, runCli } from '../helpers/run-cli.js';
import { audit, project, rule } from '../policy/audit-project.js';

describe('exit codes', () => {
  it('0 without a policy file, and the report says nothing is gated', async () => {
    const run = await runCli(['audit', project('policy-mixed'), '--hub-snapshot', HUB_SNAPSHOT]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/No policy file: everything is reported, nothing fails/);
    expect((await audit(project('policy-mixed'))).report!.policy).toMatchObject({ defaulted: true, failOnIncomplete: false });
  });

  it('0 when the policy matches nothing', async () => {
    expect((await audit(project('policy-mixed', rule('country: [KP]')))).code).toBe(0);
  });

  it('1 on a violation', async () => {
    const run = await audit(project('policy-mixed', rule('country: [CN]')));
    expect(run.code).toBe(1);
    expect(run.report!.summary.violations).toBe(5);
  });

  it('--fail-on never reports only; --fail-on warn also fails on warnings', async () => {
    expect((await audit(project('policy-mixed', rule('country: [CN]')), ['--fail-on', 'never'])).code).toBe(0);
    const warnOnly = rule('country: [CN]', 'cn', 'warn');
    expect((await audit(project('policy-mixed', warnOnly))).code).toBe(0);
    expect((await audit(project('policy-mixed', warnOnly), ['--fail-on', 'warn'])).code).toBe(1);
  });

  it('--fail-on warn respects exceptions: an excepted model does not fail the job', async () => {
    const policy = `${rule('family: [baai]', 'baai', 'warn')}exceptions:\n  - model: BAAI/bge-m3\n    reason: approved\n`;
    expect((await audit(project('policy-mixed', policy), ['--fail-on', 'warn'])).code).toBe(0);
  });

  it('2 for a policy file that does not parse or is wrong, naming file, line and key, with no report', async () => {
    const broken = await audit(project('policy-mixed', 'policy:\n  rules:\n    - id: r\n      contexts: [code, doc]\n'));
    expect(broken.code).toBe(2);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(/\.modelprov\.yml:4: policy\.rules\[0\]\.contexts\[1\]: "doc" is not one of/);
    expect((await audit(project('policy-mixed', 'policy: [\n'))).code).toBe(2);
  });

  it('2 for a missing --config file, an unknown --fail-on level, or a missing PATH', async () => {
    const dir = project('policy-mixed');
    expect((await audit(dir, ['--config', 'does-not-exist.yml'])).code).toBe(2);
    expect((await audit(dir, ['--fail-on', 'sometimes'])).code).toBe(2);
    expect((await runCli(['audit', '/nonexistent/modelprov-project'])).code).toBe(2);
  });

  it('3 when fail_on_incomplete is set and a lineage stayed unresolved, and the report says which', async () => {
    const run = await audit(project('policy-mixed', 'policy:\n  fail_on_incomplete: true\n'));
    expect(run.code).toBe(3);
    expect(run.report!.summary.unresolved).toBe(1);
    expect(run.verdicts['mistralai/Mistral-7B-Instruct-v0.3']).toBe('pass');
  });

  it('an unresolved lineage passes (0) when completeness is not asked for, but is reported', async () => {
    const run = await audit(project('policy-mixed', rule('country: [KP]')));
    expect(run.code).toBe(0);
    expect(run.report!.summary.unresolved).toBe(1);
  });

  it('1 wins over 3: a known violation is the more useful signal', async () => {
    expect((await audit(project('policy-mixed', 'policy:\n  fail_on_incomplete: true\n  rules:\n    - {id: r, country: [CN]}\n'))).code).toBe(1);
  });
});
