// Markdown for audit files: summary, a table, and per model a collapsible section with the
// lineage tree, evidence, licences and where it is used (the pull-request comment is the shorter
// markdown-summary). Everything that came from files or the Hub is escaped (pipes, markup, links,
// HTML, code fences).
import type { ModelReport, Report } from '../model/report.js';
import type { Evidence } from '../model/origin.js';
import { chineseBasis, rootsForRow } from './findings.js';
import { indexErrors, originLabel, originText } from './origin-label.js';
import { groupProblems, groupSkipped, problemLine, problemTitle } from './problems.js';
import { orderedLocations, orderedReferences } from './references.js';
import type { Reporter } from './reporter.js';
import { forCodeBlock, forHtml, forMarkdown } from './sanitize.js';
import { countsLine, digest, findingLines, verdictLine } from './summary.js';
import { renderLineageTree } from './tree.js';

/** References listed in full per model; the JSON report has every one. */
const MAX_REFS_LISTED = 20;
/** Models incomplete for the same reason are listed one by one up to this many, then as one line. */
const GROUP_AT = 3;

const verdictBadge = { fail: '❌ fail', warn: '⚠️ warn', pass: '✅ pass' } as const;
const origin = (m: ModelReport) => (m.origin.chineseOrigin === true ? '🇨🇳 CN' : m.origin.chineseOrigin === false ? 'non-CN' : 'unknown');
/** The node an evidence item is about, when its text does not already name it. */
const evidenceNode = (e: Evidence) => (e.node && !e.detail.includes(e.node) ? ` on ${forMarkdown(e.node)}` : '');

/** The summary block every Markdown report leads with: verdict, counts, and the first findings. */
export function markdownSummary(report: Report, findings = 5): string[] {
  const d = digest(report);
  const badge = { fail: '❌', incomplete: '⛔', warn: '⚠️', pass: '✅' }[d.verdict];
  return [
    // Our own words (no file or Hub text): not escaped, so they read as written.
    `${badge} **${verdictLine(d)}**`,
    '',
    countsLine(d, (n) => `**${n}**`),
    '',
    ...(d.findings.length && findings > 0 ? [...findingLines(d, findings, forMarkdown).map((l) => `- ${l}`), ''] : []),
  ];
}

export const renderMarkdown: Reporter = (report) => {
  const out: string[] = [`# modelprov audit of \`${forCodeBlock(report.root).replace(/`/g, "'")}\``, '', ...markdownSummary(report)];
  const errorIndex = indexErrors(report);
  if (report.policy.defaulted) out.push('> No policy file: everything is reported, nothing fails.', '');
  // What a reviewer acts on first: what fails or warns and where, what could not be checked, and
  // why each Chinese-origin model is one; then the table and each model's lineage and evidence.
  const flagged = report.models.filter((m) => m.policy.verdict !== 'pass');
  if (flagged.length) {
    out.push(`## Violations and warnings (${flagged.length})`, '');
    for (const m of flagged) {
      const findings = m.policy.findings?.filter((f) => f.status !== 'excepted');
      const items = findings?.length
        ? findings.map((f) => ({ reason: f.reason, refs: f.references }))
        : m.policy.reasons.map((reason) => ({ reason, refs: m.references }));
      for (const { reason, refs } of items) {
        const at =
          orderedLocations(refs, m.references)
            .slice(0, 5)
            .map((r) => `${forMarkdown(r.path)}:${r.line}`)
            .join(', ') + (refs.length > 5 ? `, +${refs.length - 5} more` : '');
        out.push(`- ${verdictBadge[m.policy.verdict]} **${forMarkdown(m.id)}** (${m.source}): ${forMarkdown(reason)}${at ? ` — at ${at}` : ''}`);
      }
    }
    out.push('');
  }
  const incomplete = report.models.filter((m) => m.lineage.status !== 'resolved');
  if (incomplete.length) {
    out.push(`## Incomplete lineage (${incomplete.length})`, '');
    // Many models missing for one reason (an offline run, a gated organisation) are one line.
    const codeOf = (m: ModelReport) => errorIndex.get(m.id)?.find((e) => problemTitle(e.code))?.code;
    const byCode = new Map<string, ModelReport[]>();
    for (const m of incomplete) if (codeOf(m)) byCode.set(codeOf(m)!, [...(byCode.get(codeOf(m)!) ?? []), m]);
    const grouped = new Set([...byCode.values()].filter((ms) => ms.length >= GROUP_AT).flat());
    for (const [code, ms] of byCode)
      if (ms.length >= GROUP_AT) out.push(`- lineage not read, ${problemLine({ code, title: problemTitle(code)!, ids: ms.map((m) => m.id) }, forMarkdown, 8)}`);
    for (const m of incomplete.filter((m) => !grouped.has(m)))
      out.push(`- **${forMarkdown(m.id)}** (${m.source}): lineage ${m.lineage.status}: ${forMarkdown(m.lineage.problems.join('; ') || 'no reason recorded')}`);
    out.push('');
  }
  const chinese = report.models.filter((m) => m.origin.chineseOrigin === true);
  if (chinese.length) {
    out.push(`## Chinese origin (${chinese.length})`, '');
    for (const m of chinese) out.push(`- **${forMarkdown(m.id)}** (${m.source}): ${forMarkdown(chineseBasis(m).join('; '))}`);
    out.push('');
  }
  if (report.models.length) {
    out.push('## Models', '');
    out.push('| Model | Source | Origin | Roots | Licence | Lineage | Verdict | Used at |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const m of report.models) {
      const own = m.licenses.find((l) => l.model === m.id);
      const { roots, note } = rootsForRow(m);
      const refs =
        orderedReferences(m.references)
          .slice(0, 3)
          .map((r) => `${forMarkdown(r.path)}:${r.line}`)
          .join('<br>') + (m.references.length > 3 ? `<br>+${m.references.length - 3} more` : '');
      out.push(
        `| ${forMarkdown(m.id)} | ${m.source} | ${forMarkdown(originText(originLabel(m, errorIndex)))} | ${roots.map(forMarkdown).join('<br>') || note} | ${forMarkdown(own?.spdx ?? own?.id ?? 'unknown')} | ${m.lineage.status} | ${verdictBadge[m.policy.verdict]} | ${refs} |`,
      );
    }
    out.push('');
  } else out.push('No model references found.', '');

  if (report.models.length) out.push('## Lineage and evidence', '');
  for (const m of report.models) {
    out.push(`<details><summary><b>${forHtml(m.id)}</b> — ${origin(m)}, ${m.lineage.status}, ${verdictBadge[m.policy.verdict]}</summary>`, '');
    out.push('```text', ...renderLineageTree(m).map(forCodeBlock), '```', '');
    if (m.policy.reasons.length) out.push('**Policy**', '', ...m.policy.reasons.map((r) => `- ${forMarkdown(r)}`), '');
    if (m.origin.evidence.length)
      out.push(
        '**Evidence**',
        '',
        ...m.origin.evidence.map((e) => `- *${e.kind}*${e.confidence ? ` (${e.confidence})` : ''}${evidenceNode(e)}: ${forMarkdown(e.detail)}`),
        '',
      );
    if (m.origin.suspectedBases?.length)
      out.push(...m.origin.suspectedBases.map((b) => `- ⚠️ likely derived from **${forMarkdown(b.family)}**: ${forMarkdown(b.detail)}`), '');
    if (m.licenses.length)
      out.push(
        '**Licences**',
        '',
        ...m.licenses.map(
          (l) =>
            `- ${forMarkdown(l.model)}${l.root ? ' (root)' : ''}: ${forMarkdown(l.spdx ?? l.name)} — ${l.kind}${l.summary ? `; ${forMarkdown(l.summary)}` : ''}`,
        ),
        '',
      );
    if (m.licenceFindings.length) out.push(...m.licenceFindings.map((f) => `- ⚠️ ${forMarkdown(f.detail)}`), '');
    const listed = orderedReferences(m.references).slice(0, MAX_REFS_LISTED);
    const unlisted = m.references.length - listed.length;
    out.push('**Used at**', '', ...listed.map((r) => `- ${forMarkdown(r.path)}:${r.line} (${r.context}, ${r.extractor}): ${forMarkdown(r.snippet)}`));
    if (unlisted > 0) out.push(`- … ${unlisted} more (every reference: \`--format json\`)`);
    out.push('', '</details>', '');
  }
  if (report.errors.length)
    out.push(`## Problems (${report.errors.length})`, '', ...groupProblems(report.errors).map((g) => `- ${problemLine(g, forMarkdown)}`), '');
  if (report.skipped.length)
    out.push(`## Files not scanned (${report.skipped.length})`, '', ...groupSkipped(report.skipped).map((g) => `- ${problemLine(g, forMarkdown)}`), '');
  out.push(`<sub>modelprov ${forHtml(report.tool.version)} · ${forHtml(report.generatedAt)}</sub>`, '');
  return out.join('\n');
};
