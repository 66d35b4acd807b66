// Reports for reporter tests: the demo project's real audit, and a copy laced with hostile
// strings where a model card, a file or a Hub id could carry them.
import type { Report } from '../../src/model/report.js';
import { HUB_SNAPSHOT, runCli } from '../helpers/run-cli.js';

export async function demoReport(extra: string[] = []): Promise<Report> {
  const run = await runCli(['audit', 'fixtures/demo-app', '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json', ...extra]);
  return JSON.parse(run.stdout) as Report;
}

export const HOSTILE = {
  ansi: '\u001b[31mred\u001b[0m\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007',
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(2)>',
  markdown: '| injected | cell | [click](https://evil.example) ``` `code`',
  newline: 'line one\n::error file=x::forged annotation',
};

/** The demo report with hostile text in an id, a snippet, evidence, a licence name and a problem. */
export async function hostileReport(): Promise<Report> {
  const report = await demoReport();
  const model = report.models.find((m) => m.id === 'arcee-ai/SuperNova-Medius')!;
  const text = Object.values(HOSTILE).join(' ');
  model.references[0]!.snippet = text;
  model.references[0]!.path = `config/${HOSTILE.script}.yaml`;
  model.origin.evidence.push({ kind: 'declared-base', detail: text });
  model.licenses[0]!.name = text;
  model.licenses[0]!.spdx = null;
  model.lineage.problems.push(text);
  model.policy = { verdict: 'fail', reasons: [`no-cn: ${text}`], rules: ['no-cn'] };
  report.summary.violations = 1;
  report.errors.push({ path: HOSTILE.script, message: text });
  report.models.push({ ...model, id: `evil/${HOSTILE.img}`, references: [...model.references] });
  return report;
}
