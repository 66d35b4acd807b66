// The default terminal view: the summary first, one row per model (optionally grouped by family
// or verdict), then the evidence for Chinese origin, policy reasons, and problems grouped by kind.
// Colour only when asked.
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { ModelReport } from '../model/report.js';
import type { Reporter } from './reporter.js';
import { forTerminalLine } from './sanitize.js';
import { chineseBasis, rootsForRow } from './findings.js';
import { atomWidth, fitWidths, naturalWidth, renderCell, type Cell, type CellLine, type Span, clipToWidth } from './layout.js';
import { indexErrors, originLabel } from './origin-label.js';
import { groupProblems, groupSkipped, problemLine } from './problems.js';
import { orderedReferences } from './references.js';
import { countLines, digest, findingLines, verdictLine } from './summary.js';
import { renderLineageTree } from './tree.js';
import { modelGroups } from './groups.js';

const MAX_REFS_SHOWN = 3;
/** Roots, root licences and families listed in one cell before "+N more" (a node may declare 10,000 bases). */
const MAX_LIST_SHOWN = 5;
/**
 * The longest text one cell line holds. Card text, GGUF headers and ids are untrusted: a 1 MB
 * licence name wrapped into a column took minutes to lay out, so it is cut first (the JSON report
 * keeps it whole).
 */
const MAX_CELL_TEXT = 200;

/** Untrusted text for a cell: escaped for the terminal, then cut to MAX_CELL_TEXT columns. */
const cellText = (text: string) => clipToWidth(forTerminalLine(text.length > MAX_CELL_TEXT * 4 ? text.slice(0, MAX_CELL_TEXT * 4) : text), MAX_CELL_TEXT);

/** The first `max` items, and "+N more" for the rest. */
function capped<T>(items: T[], max = MAX_LIST_SHOWN): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}
const MAX_FINDINGS_SHOWN = 5;

export const renderTable: Reporter = (report, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const red = (s: string) => c.red(s);
  const yellow = (s: string) => c.yellow(s);
  const dim = (s: string) => c.dim(s);
  const line = (text: string, style?: (s: string) => string): Span[] => [{ text, style }];
  const verdictText = (m: ModelReport) => (m.policy.verdict === 'fail' ? c.red.bold('FAIL') : m.policy.verdict === 'warn' ? c.yellow('warn') : c.green('pass'));
  const verdictCell = (m: ModelReport): Cell => [
    m.policy.verdict === 'fail' ? line('FAIL', (s) => c.red.bold(s)) : m.policy.verdict === 'warn' ? line('warn', yellow) : line('pass', (s) => c.green(s)),
  ];
  const errorIndex = indexErrors(report);
  // "CN Qwen (declared base, high)", "CN? Yi (name, low)", "unknown (offline)": what, on what basis, or why not.
  const originCell = (m: ModelReport): Cell => {
    const label = originLabel(m, errorIndex);
    const head: Span = { text: label.head, style: label.chinese === 'yes' ? red : label.head.endsWith('?') || label.head === 'unknown' ? yellow : undefined };
    const families = capped(label.families);
    const familyText = [...families.shown, ...(families.more ? [`+${families.more} more`] : [])].join(', ');
    const first: CellLine = [head, ...(label.families.length ? [{ text: ` ${cellText(familyText)}` }] : [])];
    const cell: Cell = [first];
    const aside = [label.basis, label.why].filter(Boolean).join('; ');
    if (aside) cell.push(line(`(${aside})`, dim));
    // A guess by name the first line already shows as "(name, low)" is not said twice.
    const suspected = (m.origin.suspectedBases ?? []).filter((s) => !(s.basis === 'name' && label.families.includes(s.family)));
    if (suspected.length)
      cell.push(line(`likely derived from ${cellText(suspected.map((s) => `${s.family} (${s.basis ?? 'fingerprint'})`).join(', '))}`, yellow));
    return cell;
  };
  const licenceCell = (m: ModelReport): Cell => {
    const own = m.licenses.find((l) => l.model === m.id);
    const roots = m.licenses.filter((l) => l.root && l.model !== m.id);
    const name = (l: { spdx: string | null; id: string }) => cellText(l.spdx ?? l.id);
    const first = own ? name(own) : 'unknown';
    const cell: Cell = [line(first)];
    const rootNames = capped([...new Set(roots.map(name))].filter((n) => n !== first));
    if (rootNames.shown.length) cell.push(line(`root: ${rootNames.shown.join(', ')}${rootNames.more ? `, +${rootNames.more} more` : ''}`, dim));
    if (m.licenceFindings.some((f) => f.kind === 'licence-drift')) cell.push(line('licence drift', yellow));
    return cell;
  };
  const refsCell = (m: ModelReport): Cell => {
    const shown: Cell = orderedReferences(m.references)
      .slice(0, MAX_REFS_SHOWN)
      .map((r) => line(cellText(`${r.path}:${r.line}`)));
    if (m.references.length > MAX_REFS_SHOWN) shown.push(line(`+${m.references.length - MAX_REFS_SHOWN} more`, dim));
    return shown;
  };
  const statusCell = (m: ModelReport): Cell => [
    m.lineage.status === 'resolved' ? line('resolved') : m.lineage.status === 'partial' ? line('partial', yellow) : line('unresolved', red),
  ];
  const idCell = (m: ModelReport): Cell => [
    // A commit hash is shown as git does, in its first 12 digits (the JSON report has all 40).
    [
      { text: cellText(m.id) },
      ...(m.revision ? [{ text: `@${cellText(/^[0-9a-f]{40}$/i.test(m.revision) ? m.revision.slice(0, 12) : m.revision)}`, style: dim }] : []),
    ],
    line(m.source, dim),
  ];
  const rootsCell = (m: ModelReport): Cell => {
    const { roots, note } = rootsForRow(m);
    if (roots.length) {
      const { shown, more } = capped(roots);
      return [...shown.map((r) => line(cellText(r))), ...(more ? [line(`+${more} more`, dim)] : [])];
    }
    return [note === '(itself)' ? line(note, dim) : line('unknown', yellow)];
  };

  // Every column, with how far it may shrink ("unresolved", "Verdict") and where its text may break.
  interface Column {
    head: string;
    cells: Cell[];
    min: number;
    breaks: string;
  }
  const column = (head: string, cell: (m: ModelReport) => Cell, min: number, breaks: string): Column => ({ head, cells: report.models.map(cell), min, breaks });
  const model = column('Model', idCell, 14, ' /-_');
  const origin = column('Origin', originCell, 10, ' ,/');
  const roots = column('Roots', rootsCell, 12, ' /-');
  const licence = column('Licence', licenceCell, 9, ' ,');
  const lineage = column('Lineage', statusCell, 10, ' ');
  const verdict = column('Verdict', verdictCell, 7, ' ');
  const usedAt = column('Used at', refsCell, 12, ' /');
  // Each column costs its content, a space either side and one border; plus the closing border.
  const room = (cols: Column[]) => (options.width === undefined ? undefined : options.width - cols.length * 3 - 1);
  const naturals = (cols: Column[]) => cols.map((col) => Math.max(col.head.length, ...col.cells.map(naturalWidth)));
  const fits = (cols: Column[]) => room(cols) === undefined || naturals(cols).reduce((a, b) => a + b, 0) <= room(cols)!;
  let columns = [model, origin, roots, licence, lineage, verdict, usedAt];
  // Too wide for the terminal: the lineage status moves under the roots (shown when not resolved),
  // and without a policy file the verdict column (all "pass") goes; then cells wrap.
  if (!fits(columns))
    columns = [
      model,
      origin,
      column('Roots', (m) => [...rootsCell(m), ...(m.lineage.status === 'resolved' ? [] : statusCell(m))], 12, ' /-'),
      licence,
      verdict,
      usedAt,
    ];
  if (!fits(columns) && report.policy.defaulted) columns = columns.filter((col) => col !== verdict);
  const widths = fitWidths(
    naturals(columns),
    columns.map((col) => Math.max(col.min, col.head.length)),
    room(columns),
    columns.map((col) => Math.max(col.head.length, ...col.cells.map((cell) => atomWidth(cell, col.breaks)))),
  );
  const newTable = () =>
    new Table({
      head: columns.map((col) => col.head),
      colWidths: widths.map((w) => w + 2),
      style: { head: options.color ? ['bold'] : [], border: options.color ? ['grey'] : [] },
      wordWrap: false,
    });
  const rowsOf = (table: ReturnType<typeof newTable>, indices: number[]) => {
    for (const row of indices) table.push(columns.map((col, i) => renderCell(col.cells[row]!, widths[i]!, col.breaks)));
    return table.toString();
  };

  const out: string[] = [];
  // The summary leads: on a 1,000-row table the end is far away (stderr gets it again at the end of the run).
  const d = digest(report);
  const verdictStyle =
    d.verdict === 'fail' || d.verdict === 'incomplete' ? (s: string) => c.red.bold(s) : d.verdict === 'warn' ? yellow : (s: string) => c.green(s);
  out.push(verdictStyle(verdictLine(d)), ...countLines(d), ...findingLines(d, MAX_FINDINGS_SHOWN, forTerminalLine).map((l) => `  ${l}`), '');
  if (!report.models.length) out.push('No model references found.');
  else if (!options.groupBy)
    out.push(
      rowsOf(
        newTable(),
        report.models.map((_, i) => i),
      ),
    );
  else
    for (const group of modelGroups(report, options.groupBy, errorIndex)) {
      out.push(c.bold(`${forTerminalLine(group.title)}: ${group.indices.length} model${group.indices.length === 1 ? '' : 's'}`));
      out.push(rowsOf(newTable(), group.indices), '');
    }
  if (options.tree) {
    for (const m of report.models) {
      out.push('');
      out.push(...renderLineageTree(m, { dim: c.dim, origin: (s, cn) => (cn ? c.red(s) : c.cyan(s)) }));
    }
  }
  // Every "CN" above with the node it came through and the evidence, whatever the policy says.
  const chinese = report.models.filter((m) => m.origin.chineseOrigin === true);
  if (chinese.length) {
    out.push('', c.bold(`Chinese origin (${chinese.length})`));
    for (const m of chinese) out.push(`  ${forTerminalLine(m.id)}: ${forTerminalLine(chineseBasis(m).join('; '))}`);
  }
  const reasons = report.models.filter((m) => m.policy.verdict !== 'pass');
  if (reasons.length) {
    out.push('', c.bold('Policy'));
    for (const m of reasons) for (const reason of m.policy.reasons) out.push(`  ${verdictText(m)} ${forTerminalLine(m.id)}: ${forTerminalLine(reason)}`);
  }
  if (report.errors.length) {
    out.push('', c.bold(`Problems (${report.errors.length})`));
    for (const group of groupProblems(report.errors)) out.push(`  ${problemLine(group, forTerminalLine)}`);
  }
  if (report.skipped.length) {
    out.push('', c.bold(`Files not scanned (${report.skipped.length})`));
    for (const group of groupSkipped(report.skipped)) out.push(`  ${problemLine(group, forTerminalLine)}`);
    out.push(c.dim('  (every path and why: --format json, "skipped")'));
  }
  if (report.policy.defaulted) out.push('', c.dim('No policy file: everything is reported, nothing fails. Run `modelprov init` to write one.'));
  return `${out.join('\n')}\n`;
};
