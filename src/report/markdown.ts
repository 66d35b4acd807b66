// Markdown for PR comments and audit files: summary, a table, and per model a collapsible
// section with the lineage tree, evidence, licences and where it is used. Everything that came
// from files or the Hub is escaped (pipes, markup, links, HTML, code fences).
import type { ModelReport } from '../model/report.js';
import { rootsForRow } from './findings.js';
import type { Reporter } from './reporter.js';
import { forCodeBlock, forHtml, forMarkdown } from './sanitize.js';
import { renderLineageTree } from './tree.js';

const verdictBadge = { fail: '❌ fail', warn: '⚠️ warn', pass: '✅ pass' } as const;
const origin = (m: ModelReport) => (m.origin.chineseOrigin === true ? '🇨🇳 CN' : m.origin.chineseOrigin === false ? 'non-CN' : 'unknown');

export const renderMarkdown: Reporter = (report) => {
  const s = report.summary;
  const out: string[] = [
    `# modelprov audit of \`${forCodeBlock(report.root).replace(/`/g, "'")}\``,
    '',
    `**${s.models}** models · **${s.chineseOrigin}** of Chinese origin · **${s.violations}** violations · **${s.warnings}** warnings · ${s.unresolved} unresolved · ${s.partial} partial · ${s.filesScanned} files scanned, ${s.filesSkipped} skipped`,
    '',
  ];
  if (report.policy.defaulted) out.push('> No policy file: everything is reported, nothing fails.', '');
  if (report.models.length) {
    out.push('| Model | Source | Origin | Roots | Licence | Lineage | Verdict | Used at |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const m of report.models) {
      const own = m.licenses.find((l) => l.model === m.id);
      const { roots, note } = rootsForRow(m);
      const refs = m.references.slice(0, 3).map((r) => `${forMarkdown(r.path)}:${r.line}`).join('<br>') + (m.references.length > 3 ? `<br>+${m.references.length - 3} more` : '');
      out.push(`| ${forMarkdown(m.id)} | ${m.source} | ${origin(m)} | ${roots.map(forMarkdown).join('<br>') || note} | ${forMarkdown(own?.spdx ?? own?.id ?? 'unknown')} | ${m.lineage.status} | ${verdictBadge[m.policy.verdict]} | ${refs} |`);
    }
    out.push('');
  } else out.push('No model references found.', '');

  for (const m of report.models) {
    out.push(`<details><summary><b>${forHtml(m.id)}</b> — ${origin(m)}, ${m.lineage.status}, ${verdictBadge[m.policy.verdict]}</summary>`, '');
    out.push('```text', ...renderLineageTree(m).map(forCodeBlock), '```', '');
    if (m.policy.reasons.length) out.push('**Policy**', '', ...m.policy.reasons.map((r) => `- ${forMarkdown(r)}`), '');
    if (m.origin.evidence.length) out.push('**Evidence**', '', ...m.origin.evidence.map((e) => `- *${e.kind}*${e.confidence ? ` (${e.confidence})` : ''}: ${forMarkdown(e.detail)}`), '');
    if (m.origin.suspectedBases?.length) out.push(...m.origin.suspectedBases.map((b) => `- ⚠️ likely derived from **${forMarkdown(b.family)}**: ${forMarkdown(b.detail)}`), '');
    if (m.licenses.length) out.push('**Licences**', '', ...m.licenses.map((l) => `- ${forMarkdown(l.model)}${l.root ? ' (root)' : ''}: ${forMarkdown(l.spdx ?? l.name)} — ${l.kind}${l.summary ? `; ${forMarkdown(l.summary)}` : ''}`), '');
    if (m.licenceFindings.length) out.push(...m.licenceFindings.map((f) => `- ⚠️ ${forMarkdown(f.detail)}`), '');
    out.push('**Used at**', '', ...m.references.map((r) => `- ${forMarkdown(r.path)}:${r.line} (${r.context}, ${r.extractor}): ${forMarkdown(r.snippet)}`), '', '</details>', '');
  }
  if (report.errors.length) out.push('## Problems', '', ...report.errors.map((e) => `- ${forMarkdown([e.path, e.model].filter(Boolean).join(' '))}: ${forMarkdown(e.message)}`), '');
  if (report.skipped.length) out.push('## Skipped files', '', ...report.skipped.map((f) => `- ${forMarkdown(f.path)}: ${f.reason}${f.detail ? ` (${forMarkdown(f.detail)})` : ''}`), '');
  out.push(`<sub>modelprov ${forHtml(report.tool.version)} · ${forHtml(report.generatedAt)}</sub>`, '');
  return out.join('\n');
};
