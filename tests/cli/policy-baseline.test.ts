// --baseline through the real CLI: only violations new against an earlier JSON report fail; known
// ones become warnings "in baseline"; a report written with a baseline serves as the next one.
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, project, rule } from '../policy/audit-project.js';

const NEW_MODEL = 'from transformers import AutoModel\nm = AutoModel.from_pretrained("01-ai/Yi-1.5-9B-Chat")\n';

async function withBaseline(policy: string) {
  const dir = project('policy-mixed', policy);
  const baseline = join(dir, 'baseline.json');
  const first = await audit(dir);
  writeFileSync(baseline, first.stdout);
  return { dir, baseline, first };
}

describe('baselines', () => {
  it('fail only on violations that are new against the baseline', async () => {
    const { dir, baseline, first } = await withBaseline(rule('country: [CN]'));
    expect(first.failing).toHaveLength(5);
    writeFileSync(join(dir, 'new.py'), NEW_MODEL);
    const second = await audit(dir, ['--baseline', baseline]);
    expect(second.code).toBe(1);
    expect(second.failing).toEqual(['01-ai/Yi-1.5-9B-Chat']);
    expect(second.verdicts['BAAI/bge-m3']).toBe('warn');
    expect(second.model('BAAI/bge-m3').policy.reasons).toEqual([
      'r: denied: origin country CN; matched BGE embeddings/rerankers (CN) via BAAI/bge-m3 (evidence: namespace) (in baseline: this violation was already there)',
    ]);
    unlinkSync(join(dir, 'new.py'));
    expect((await audit(dir, ['--baseline', baseline])).code).toBe(0);
  });

  it('a known model breaking a new rule is a new violation', async () => {
    const { dir, baseline } = await withBaseline(rule('country: [CN]'));
    writeFileSync(join(dir, '.modelprov.yml'), `${rule('country: [CN]')}    - id: no-non-commercial\n      licence_kind: [non-commercial]\n`);
    const run = await audit(dir, ['--baseline', baseline]);
    expect(run.failing).toEqual(['drift-labs/Qwen2.5-3B-Instruct-Uncensored']);
    expect(run.model('drift-labs/Qwen2.5-3B-Instruct-Uncensored').policy.findings!.map((f) => [f.rule, f.status])).toEqual([
      ['r', 'baselined'],
      ['no-non-commercial', 'open'],
    ]);
  });

  it('a new warn rule next to a baselined violation does not fail', async () => {
    const { dir, baseline } = await withBaseline(rule('country: [CN]'));
    writeFileSync(join(dir, '.modelprov.yml'), `${rule('country: [CN]')}    - id: pin\n      action: warn\n      unpinned: true\n`);
    const run = await audit(dir, ['--baseline', baseline]);
    expect(run.code).toBe(0);
    expect(run.verdicts['BAAI/bge-m3']).toBe('warn');
  });

  it('--fail-on warn does not fail on violations the baseline already knew (README: baselined findings never count)', async () => {
    const { dir, baseline } = await withBaseline(rule('country: [CN]'));
    const run = await audit(dir, ['--baseline', baseline, '--fail-on', 'warn']);
    expect(run.verdicts['BAAI/bge-m3']).toBe('warn');
    expect(run.code).toBe(0);
    // ...but an open warn-rule match still does.
    writeFileSync(join(dir, '.modelprov.yml'), `${rule('country: [CN]')}    - id: pin\n      action: warn\n      unpinned: true\n`);
    expect((await audit(dir, ['--baseline', baseline, '--fail-on', 'warn'])).code).toBe(1);
  });

  it('chain: a report written with --baseline still knows the old violations', async () => {
    const { dir, baseline } = await withBaseline(rule('country: [CN]'));
    const second = await audit(dir, ['--baseline', baseline]);
    const chained = join(dir, 'baseline-2.json');
    writeFileSync(chained, second.stdout);
    const third = await audit(dir, ['--baseline', chained]);
    expect(third.code).toBe(0);
    expect(third.report!.summary.violations).toBe(0);
  });

  it('is refused when it is not a modelprov JSON report, or missing (exit 2)', async () => {
    const dir = project('policy-mixed', rule('country: [CN]'));
    writeFileSync(join(dir, 'bad.json'), '{"hello": 1}');
    const bad = await audit(dir, ['--baseline', join(dir, 'bad.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a modelprov JSON report .*--format json/);
    const missing = await audit(dir, ['--baseline', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read baseline/);
  });
});
