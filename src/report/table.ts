// The default terminal view: one row per model, then errors and a summary. Colour only when asked.
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { ModelReport } from '../model/report.js';
import type { Reporter } from './reporter.js';
import { forTerminalLine } from './sanitize.js';
import { renderLineageTree } from './tree.js';

const MAX_REFS_SHOWN = 3;

export const renderTable: Reporter = (report, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const verdictText = (m: ModelReport) =>
    m.policy.verdict === 'fail' ? c.red.bold('FAIL') : m.policy.verdict === 'warn' ? c.yellow('warn') : c.green('pass');
  const originText = (m: ModelReport) => {
    const countries = [...new Set(m.origin.families.filter((f) => f.confidence !== 'low').map((f) => f.country))];
    const families = [...new Set(m.origin.families.map((f) => f.family.replace(/ \(.*\)$/, '')))];
    const head = m.origin.chineseOrigin === true ? c.red('CN') : m.origin.chineseOrigin === false ? countries.join(',') || 'non-CN' : c.yellow('unknown');
    const suspect = m.origin.suspectedBases?.length ? `\n${c.yellow(`likely derived from ${m.origin.suspectedBases.map((s) => s.family).join(', ')}`)}` : '';
    return `${head}${families.length ? ` ${forTerminalLine(families.join(', '))}` : ''}${suspect}`;
  };
  const licenceText = (m: ModelReport) => {
    const own = m.licenses.find((l) => l.model === m.id);
    const roots = m.licenses.filter((l) => l.root && l.model !== m.id);
    const name = (l: { spdx: string | null; id: string }) => forTerminalLine(l.spdx ?? l.id);
    const parts = [own ? name(own) : 'unknown'];
    const rootNames = [...new Set(roots.map(name))].filter((n) => n !== parts[0]);
    if (rootNames.length) parts.push(c.dim(`root: ${rootNames.join(', ')}`));
    if (m.licenceFindings.some((f) => f.kind === 'licence-drift')) parts.push(c.yellow('licence drift'));
    return parts.join('\n');
  };
  const refsText = (m: ModelReport) => {
    const shown = m.references.slice(0, MAX_REFS_SHOWN).map((r) => forTerminalLine(`${r.path}:${r.line}`));
    if (m.references.length > MAX_REFS_SHOWN) shown.push(c.dim(`+${m.references.length - MAX_REFS_SHOWN} more`));
    return shown.join('\n');
  };
  const statusText = (m: ModelReport) =>
    m.lineage.status === 'resolved' ? 'resolved' : m.lineage.status === 'partial' ? c.yellow('partial') : c.red('unresolved');

  const table = new Table({
    head: ['Model', 'Origin', 'Roots', 'Licence', 'Lineage', 'Verdict', 'Used at'],
    style: { head: options.color ? ['bold'] : [], border: options.color ? ['grey'] : [] },
    wordWrap: true,
  });
  for (const m of report.models) {
    const id = `${forTerminalLine(m.id)}${m.revision ? c.dim(`@${forTerminalLine(m.revision)}`) : ''}\n${c.dim(m.source)}`;
    const roots = m.lineage.roots.filter((r) => r !== m.id).map(forTerminalLine).join('\n') || c.dim('(itself)');
    table.push([id, originText(m), roots, licenceText(m), statusText(m), verdictText(m), refsText(m)]);
  }

  const out: string[] = [];
  out.push(report.models.length ? table.toString() : 'No model references found.');
  if (options.tree) {
    for (const m of report.models) {
      out.push('');
      out.push(...renderLineageTree(m, { dim: c.dim, origin: (s, cn) => (cn ? c.red(s) : c.cyan(s)) }));
    }
  }
  const reasons = report.models.filter((m) => m.policy.verdict !== 'pass');
  if (reasons.length) {
    out.push('', c.bold('Policy'));
    for (const m of reasons) for (const reason of m.policy.reasons) out.push(`  ${verdictText(m)} ${forTerminalLine(m.id)}: ${forTerminalLine(reason)}`);
  }
  if (report.errors.length) {
    out.push('', c.bold(`Problems (${report.errors.length})`));
    for (const e of report.errors) out.push(`  ${forTerminalLine([e.path, e.model].filter(Boolean).join(' ') || '-')}: ${forTerminalLine(e.message)}`);
  }
  if (report.skipped.length) {
    out.push('', c.bold(`Skipped files (${report.skipped.length})`));
    for (const s of report.skipped.slice(0, 20)) out.push(`  ${forTerminalLine(s.path)}: ${s.reason}${s.detail ? ` (${forTerminalLine(s.detail)})` : ''}`);
    if (report.skipped.length > 20) out.push(c.dim(`  … ${report.skipped.length - 20} more (see --format json)`));
  }
  const s = report.summary;
  out.push(
    '',
    `${s.models} model(s), ${c.red(`${s.chineseOrigin} of Chinese origin`)}, ${s.unresolved} unresolved, ${s.partial} partial; ` +
      `${s.violations} violation(s), ${s.warnings} warning(s); ${s.filesScanned} file(s) scanned, ${s.filesSkipped} skipped.`,
  );
  if (report.policy.defaulted) out.push(c.dim('No policy file: everything is reported, nothing fails. Run `modelprov init` to write one.'));
  return `${out.join('\n')}\n`;
};
