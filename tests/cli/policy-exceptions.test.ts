// Exceptions through the real CLI: keyed by model, family or root, scoped by path and rule, with
// reason, owner and expiry on record; an expired one stops applying and the report says so.
import { describe, expect, it } from 'vitest';
import { audit, project, rule } from '../policy/audit-project.js';

const NOW = new Date('2026-11-25T09:00:00Z');
const denyCn = rule('country: [CN]', 'no-chinese-origin');
const withException = (body: string) => `${denyCn}exceptions:\n  - ${body.replace(/\n/g, '\n    ')}\n`;
const bge = (expires: string) => withException(`model: BAAI/bge-m3\nreason: approved for internal search (SEC-142)\nowner: platform\nexpires: ${expires}`);

describe('exceptions', () => {
  it('apply until they expire, with reason, owner and expiry on record', async () => {
    const run = await audit(project('policy-mixed', bge('2027-03-31')), [], { now: NOW });
    expect(run.verdicts['BAAI/bge-m3']).toBe('pass');
    const policy = run.model('BAAI/bge-m3').policy;
    expect(policy.reasons).toEqual([
      'no-chinese-origin: denied: origin country CN; matched BGE embeddings/rerankers (CN) via BAAI/bge-m3 (evidence: namespace) (excepted: approved for internal search (SEC-142), owner platform, until 2027-03-31)',
    ]);
    expect(policy.findings![0]).toMatchObject({
      status: 'excepted',
      exception: { reason: 'approved for internal search (SEC-142)', owner: 'platform', expires: '2027-03-31' },
    });
    expect(policy.exceptions).toEqual([{ reason: 'approved for internal search (SEC-142)', owner: 'platform', expires: '2027-03-31', expired: false }]);
    expect(run.failing).not.toContain('BAAI/bge-m3');
  });

  it('still apply on their expiry day', async () => {
    expect((await audit(project('policy-mixed', bge('2026-11-25')), [], { now: NOW })).verdicts['BAAI/bge-m3']).toBe('pass');
  });

  it('stop applying the day after, and the report says they expired', async () => {
    const run = await audit(project('policy-mixed', bge('2026-11-24')), [], { now: NOW });
    expect(run.verdicts['BAAI/bge-m3']).toBe('fail');
    expect(run.model('BAAI/bge-m3').policy.reasons).toContain('exception expired on 2026-11-24: approved for internal search (SEC-142) (owner platform)');
    expect(run.model('BAAI/bge-m3').policy.exceptions).toEqual([expect.objectContaining({ expired: true })]);
    expect(run.report!.errors).toContainEqual(
      expect.objectContaining({
        code: 'config-warning',
        message: expect.stringMatching(/BAAI\/bge-m3 .*expired on 2026-11-24 \(owner platform\).*renew or remove it/),
      }),
    );
  });

  it('by family cover every model with that family on its lineage', async () => {
    const run = await audit(project('policy-mixed', withException('family: qwen\nreason: Qwen models approved by the AI board')));
    expect(run.failing).toEqual(['BAAI/bge-m3']);
  });

  it('by root cover the models derived from that base', async () => {
    const run = await audit(project('policy-mixed', withException('root: Qwen/Qwen2.5-7B\nreason: base model under contract')));
    expect(run.failing).toEqual(['BAAI/bge-m3', 'drift-labs/Qwen2.5-3B-Instruct-Uncensored', 'stealth-ai/Helios-7B']);
  });

  it('scoped to rules leave the other rules in force', async () => {
    const policy = `${denyCn}    - id: unpinned\n      unpinned: true\nexceptions:\n  - model: BAAI/bge-m3\n    rules: [no-chinese-origin]\n    reason: approved for search\n`;
    const findings = (await audit(project('policy-mixed', policy))).model('BAAI/bge-m3').policy.findings!;
    expect(findings.map((f) => [f.rule, f.status])).toEqual([
      ['no-chinese-origin', 'excepted'],
      ['unpinned', 'open'],
    ]);
  });

  it('scoped to paths excuse only the references there', async () => {
    const run = await audit(project('policy-scoped', withException('model: BAAI/bge-m3\npaths: [tools/]\nreason: one-off re-embedding script')));
    expect(run.verdicts['BAAI/bge-m3']).toBe('fail'); // services/search.py is not excused
    const finding = run.model('BAAI/bge-m3').policy.findings![0]!;
    expect(finding.references.map((r) => r.path)).toEqual(['services/search.py']);
    expect(finding.reason).toMatch(/1 of 2 references excepted/);
    expect(finding.excepted).toEqual({
      references: [expect.objectContaining({ path: expect.stringMatching(/^tools\//) })],
      exception: { reason: 'one-off re-embedding script' },
    });
    // SARIF with --sarif-all: the open reference is an error, the excused one a suppressed result.
    const sarif = await audit(
      project('policy-scoped', withException('model: BAAI/bge-m3\npaths: [tools/]\nreason: one-off re-embedding script')),
      ['--sarif-all'],
      { format: 'sarif' },
    );
    const results = (
      JSON.parse(sarif.stdout).runs[0].results as {
        ruleId: string;
        locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        suppressions?: { justification: string }[];
        properties: { model: string };
      }[]
    )
      .filter((r) => r.properties.model === 'BAAI/bge-m3' && r.ruleId === 'no-chinese-origin')
      .map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r.suppressions?.[0]?.justification ?? 'open']);
    expect(results).toEqual([
      ['services/search.py', 'open'],
      [expect.stringMatching(/^tools\//), 'one-off re-embedding script'],
    ]);
    const both = await audit(project('policy-scoped', withException('model: BAAI/bge-m3\npaths: [tools/, services/search.py]\nreason: approved')));
    expect(both.verdicts['BAAI/bge-m3']).toBe('pass');
  });

  it('that match no model, or excuse nothing, are reported as config warnings', async () => {
    const stale = await audit(project('policy-mixed', withException('model: nobody/unused\nreason: stale')));
    expect(stale.report!.errors).toContainEqual(
      expect.objectContaining({ code: 'config-warning', message: expect.stringMatching(/nobody\/unused .*matches no model/) }),
    );
    const idle = await audit(project('policy-mixed', withException('model: meta-llama/Llama-3.1-8B-Instruct\nreason: was Chinese-hosted once')));
    expect(idle.report!.errors).toContainEqual(
      expect.objectContaining({ code: 'config-warning', message: expect.stringMatching(/Llama-3\.1-8B-Instruct .*excuses no violation/) }),
    );
  });
});
