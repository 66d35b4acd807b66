// A reviewer's reading of every format of one audit: each claim of Chinese origin names the node
// it came through and the evidence, each unresolved or partial model says why, the Markdown
// report leads with what to act on, and the formats agree on counts, verdicts and licences.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { HUB_SNAPSHOT, REPO_ROOT, runCli } from '../helpers/run-cli.js';

const POLICY = `policy:
  rules:
    - id: no-chinese-origin
      country: [CN]
      contexts: [code, config, deploy]
    - id: no-research-licence
      action: warn
      licence: [qwen-research]
`;

let dir: string;
let json: Report;
const out: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'modelprov-review-'));
  cpSync(join(REPO_ROOT, 'fixtures/projects/policy-mixed'), dir, { recursive: true });
  writeFileSync(join(dir, '.modelprov.yml'), POLICY);
  for (const format of ['json', 'table', 'markdown', 'html', 'sarif', 'cyclonedx']) {
    const run = await runCli([
      'audit',
      dir,
      '--hub-snapshot',
      HUB_SNAPSHOT,
      '--format',
      format,
      '--fail-on',
      'never',
      ...(format === 'sarif' ? ['--sarif-all'] : []),
    ]);
    expect(run.code, run.stderr).toBe(0);
    out[format] = run.stdout;
  }
  json = JSON.parse(out.json!) as Report;
});

const chinese = () => json.models.filter((m) => m.origin.chineseOrigin === true);
const via = (id: string) => [
  ...new Set(
    json.models
      .find((m) => m.id === id)!
      .origin.families.filter((f) => f.country === 'CN' && f.confidence !== 'low')
      .map((f) => f.via),
  ),
];

describe('evidence for every claim of Chinese origin', () => {
  it('policy reasons say which family matched, through which node, on what evidence', () => {
    const drift = json.models.find((m) => m.id === 'drift-labs/Qwen2.5-3B-Instruct-Uncensored')!;
    const cn = drift.policy.findings!.find((f) => f.rule === 'no-chinese-origin')!;
    expect(cn.matched).toEqual(['Qwen (CN) via Qwen/Qwen2.5-3B-Instruct, Qwen/Qwen2.5-3B (evidence: declared-base, namespace)']);
    expect(cn.reason).toBe(
      'no-chinese-origin: denied: origin country CN, in code/config/deploy; matched Qwen (CN) via Qwen/Qwen2.5-3B-Instruct, Qwen/Qwen2.5-3B (evidence: declared-base, namespace)',
    );
    const licence = drift.policy.findings!.find((f) => f.rule === 'no-research-licence')!;
    expect(licence.matched).toEqual(['licence qwen-research on Qwen/Qwen2.5-3B-Instruct, Qwen/Qwen2.5-3B']);
  });

  it('the table lists each Chinese-origin model with its nodes and evidence', () => {
    expect(out.table).toMatch(new RegExp(`\\nChinese origin \\(${chinese().length}\\)\\n`));
    for (const m of chinese()) {
      const line = out.table!.split('\n').find((l) => l.startsWith(`  ${m.id}: `));
      expect(line, m.id).toBeDefined();
      for (const node of via(m.id)) expect(line).toContain(node);
      expect(line).toMatch(/\(evidence: [a-z-]+/);
    }
  });

  it('Markdown and HTML say it per model; SARIF messages and CycloneDX properties carry the evidence with its node', () => {
    for (const m of chinese()) {
      const md = out.markdown!.split('\n').find((l) => l.startsWith(`- **${m.id.replace(/[-_.]/g, (c) => (c === '_' ? '\\_' : c))}** (`));
      expect(md, m.id).toBeDefined();
      for (const node of via(m.id)) expect(md).toContain(node.replace(/_/g, '\\_'));
      expect(out.html).toContain(`<p class="cn">Chinese origin: `);
    }
    const sarif = JSON.parse(out.sarif!);
    for (const result of sarif.runs[0].results.filter((r: { properties: { chineseOrigin: boolean } }) => r.properties.chineseOrigin)) {
      expect(result.message.text).toMatch(/ via \S+/);
      expect(result.message.text).toMatch(/Evidence: (namespace|declared-base|registry|config|fingerprint|licence)/);
    }
    const bom = JSON.parse(out.cyclonedx!);
    const bge = bom.components.find((c: { name: string }) => c.name === 'BAAI/bge-m3');
    expect(bge.properties).toContainEqual({
      name: 'modelprov:origin:evidence',
      value: expect.stringMatching(/^namespace \| BAAI\/bge-m3 \| high \| BAAI\/bge-m3 is published under BAAI/),
    });
  });

  it('Markdown evidence names the node an item is about', () => {
    // "config model_type ... is Qwen's architecture" does not say which node: the line does.
    expect(out.markdown).toMatch(/- \*config\* \(medium\) on Qwen\/Qwen2\.5-3B-Instruct: config model\\_type/);
  });
});

describe('the Markdown report, as a reviewer reads it', () => {
  it('leads with the summary, then violations, incomplete lineages and Chinese origin, then the table and each lineage', () => {
    const headings = [...out.markdown!.matchAll(/^(#{1,2}) (.+)$/gm)].map((m) => m[2]!.replace(/ \(\d+\)$/, ''));
    expect(headings.slice(0, 6)).toEqual([
      expect.stringMatching(/^modelprov audit of /),
      'Violations and warnings',
      'Incomplete lineage',
      'Chinese origin',
      'Models',
      'Lineage and evidence',
    ]);
    // The verdict first, then the counts on one line.
    const [verdict, , counts] = out.markdown!.split('\n').slice(2);
    expect(verdict).toBe(
      `❌ **FAIL: ${json.summary.violations} violations, ${json.summary.warnings} warnings; incomplete: lineage not fully read for ${json.summary.unresolved + json.summary.partial} model${json.summary.unresolved + json.summary.partial === 1 ? '' : 's'}**`,
    );
    expect(counts).toMatch(
      new RegExp(
        `^\\*\\*${json.summary.models}\\*\\* models · \\*\\*${json.summary.chineseOrigin}\\*\\* of Chinese origin \\(.*confidence\\) · .* · \\*\\*${json.summary.violations}\\*\\* violations`,
      ),
    );
  });

  it('each violation names the model, the rule and the file:line it is used at', () => {
    const section = out.markdown!.split('## Violations and warnings')[1]!.split('\n## ')[0]!;
    for (const m of json.models.filter((m) => m.policy.verdict !== 'pass'))
      for (const f of m.policy.findings!.filter((f) => f.status !== 'excepted')) {
        const line = section.split('\n').find((l) => l.includes(`**${m.id}**`) && l.includes(f.rule));
        expect(line, `${m.id} ${f.rule}`).toBeDefined();
        expect(
          f.references.some((r) => line!.includes(`— at ${r.path.replace(/_/g, '\\_')}:${r.line}`)),
          line,
        ).toBe(true);
      }
  });

  it('every unresolved or partial model says why, up front', () => {
    const section = out.markdown!.split('## Incomplete lineage')[1]!.split('\n## ')[0]!;
    for (const m of json.models.filter((m) => m.lineage.status !== 'resolved')) {
      expect(m.lineage.problems.length).toBeGreaterThan(0);
      expect(section).toContain(`**${m.id}** (${m.source}): lineage ${m.lineage.status}: `);
    }
    // A pinned commit the Hub does not have is named as such, not as a missing or private repo.
    const pinned = json.models.find((m) => m.id === 'mistralai/Mistral-7B-Instruct-v0.3')!;
    expect(pinned.lineage.problems[0]).toMatch(
      /^mistralai\/Mistral-7B-Instruct-v0\.3 has no revision "0417f4babd26db0b5ed07c1d0bc85658ab526ea3" on the Hub \(HTTP 404 RevisionNotFound\): check the revision the reference pins/,
    );
  });
});

describe('the formats agree', () => {
  it('on the counts', () => {
    const s = json.summary;
    const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
    expect(out.table!.split('\n')[0]).toMatch(new RegExp(`^FAIL: ${plural(s.violations, 'violation')}, ${plural(s.warnings, 'warning')}`));
    expect(out.table).toContain(`${s.models} models: ${s.chineseOrigin} of Chinese origin`);
    expect(out.table).toContain(`lineage: ${s.unresolved} unresolved, ${s.partial} partial`);
    expect(out.html).toMatch(
      new RegExp(
        `<b>${s.models}</b> models · <b>${s.chineseOrigin}</b> of Chinese origin .* · <b>${s.violations}</b> violations · <b>${s.warnings}</b> warnings · ${s.unresolved} unresolved · ${s.partial} partial`,
      ),
    );
    expect(JSON.parse(out.sarif!).runs[0].properties.summary).toMatchObject(s);
    const props = Object.fromEntries(JSON.parse(out.cyclonedx!).metadata.properties.map((p: { name: string; value: string }) => [p.name, p.value]));
    expect(props['modelprov:summary:chinese-origin']).toBe(String(s.chineseOrigin));
    expect(props['modelprov:summary:violations']).toBe(String(s.violations));
    expect(props['modelprov:summary:unresolved']).toBe(String(s.unresolved));
    expect(props['modelprov:summary:partial']).toBe(String(s.partial));
    expect(props['modelprov:summary:warnings']).toBe(String(s.warnings));
  });

  it("on each model's verdict, origin, lineage status and own licence", () => {
    const bom = JSON.parse(out.cyclonedx!);
    for (const m of json.models) {
      const own = m.licenses.find((l) => l.model === m.id);
      const row = out.markdown!.split('\n').find((l) => l.startsWith(`| ${m.id} |`))!;
      expect(row, m.id).toContain(`| ${m.lineage.status} | ${{ fail: '❌ fail', warn: '⚠️ warn', pass: '✅ pass' }[m.policy.verdict]} |`);
      expect(row).toContain(` ${own?.spdx ?? own?.id ?? 'unknown'} |`);
      expect(out.html).toContain(
        `data-origin="${m.origin.chineseOrigin === true ? 'cn' : m.origin.chineseOrigin === false ? 'non-cn' : 'unknown'}" data-verdict="${m.policy.verdict}"><td><a`,
      );
      const component = bom.components.find((c: { name: string }) => c.name === m.id);
      const prop = (name: string) => component.properties.find((p: { name: string }) => p.name === name)?.value;
      expect(prop('modelprov:policy:verdict'), m.id).toBe(m.policy.verdict);
      expect(prop('modelprov:origin:chinese'), m.id).toBe(String(m.origin.chineseOrigin));
      expect(prop('modelprov:lineage:status'), m.id).toBe(m.lineage.status);
    }
  });
});
