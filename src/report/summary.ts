// The summary every format leads with and stderr ends with: the verdict, the counts a reviewer
// or a CI log needs (models, Chinese origin by confidence, origin unknown, lineage not read,
// violations, warnings, files not scanned) and the first violations with file:line.
import type { ModelReport, Report } from '../model/report.js';
import { isProviderEvidence } from '../model/ids.js';
import { bestConfidence } from './origin-label.js';
import { orderedLocations } from './references.js';

export type SummaryVerdict = 'fail' | 'incomplete' | 'warn' | 'pass';

export interface Violation {
  verdict: 'fail' | 'warn';
  model: string;
  source: string;
  rule?: string;
  reason: string;
  /** "src/app.py:12", the most telling place first (code before docs and tests). */
  at?: string;
  /** Places beyond `at`. */
  more: number;
}

export interface AuditDigest {
  /** fail: a deny rule matched; incomplete: the policy fails incomplete audits and one is; warn; pass. */
  verdict: SummaryVerdict;
  /** Lineage not fully read (unresolved + partial). */
  incomplete: number;
  models: number;
  /** Of `models`, the `<provider>/*` entries: a provider's SDK in a dependency, no model named. */
  providerSdks: number;
  chineseOrigin: { total: number; high: number; medium: number; low?: number };
  /** Not established as Chinese, but a Chinese family is read from the name alone. */
  chineseByNameOnly: number;
  /** Origin cannot be told (chineseOrigin null), name-only guesses included. */
  originUnknown: number;
  unresolved: number;
  partial: number;
  violations: number;
  warnings: number;
  filesScanned: number;
  filesNotScanned: number;
  /** Files that could hold references but could not be read (too large, binary, unreadable, malformed). */
  filesUnread: number;
  /** Source files selected but read in no language, by language (most first). */
  languagesNotRead: { language: string; files: number }[];
  /** Open findings, violations before warnings, in report order. */
  findings: Violation[];
  noPolicy: boolean;
}

export function digest(report: Report): AuditDigest {
  const s = report.summary;
  const cn = report.models.filter((m) => m.origin.chineseOrigin === true);
  const confidenceOf = (m: ModelReport) => m.origin.confidence ?? bestConfidence(m.origin.families.filter((f) => f.country === 'CN'));
  const incomplete = s.unresolved + s.partial;
  const filesUnread = s.filesIncomplete ?? 0;
  const verdict: SummaryVerdict =
    s.violations > 0 ? 'fail' : incomplete + filesUnread > 0 && report.policy.failOnIncomplete ? 'incomplete' : s.warnings > 0 ? 'warn' : 'pass';
  return {
    verdict,
    incomplete,
    models: s.models,
    providerSdks: report.models.filter((m) => isProviderEvidence(m.id)).length,
    chineseOrigin: {
      total: s.chineseOrigin,
      high: cn.filter((m) => confidenceOf(m) === 'high').length,
      medium: cn.filter((m) => confidenceOf(m) === 'medium').length,
      low: cn.filter((m) => confidenceOf(m) === 'low').length,
    },
    // Reports written before origin.confidence left name-only models open (null).
    chineseByNameOnly: report.models.filter((m) => m.origin.chineseOrigin === null && m.origin.families.some((f) => f.country === 'CN')).length,
    originUnknown: report.models.filter((m) => m.origin.chineseOrigin === null).length,
    unresolved: s.unresolved,
    partial: s.partial,
    violations: s.violations,
    warnings: s.warnings,
    filesScanned: s.filesScanned,
    filesNotScanned: s.filesSkipped,
    filesUnread,
    languagesNotRead: s.languagesNotRead ?? [],
    findings: [...violationsOf(report, 'fail'), ...violationsOf(report, 'warn')],
    noPolicy: report.policy.defaulted,
  };
}

function violationsOf(report: Report, verdict: 'fail' | 'warn'): Violation[] {
  const out: Violation[] = [];
  for (const m of report.models) {
    if (m.policy.verdict !== verdict) continue;
    const open = m.policy.findings?.filter((f) => f.status === 'open');
    const items = open?.length
      ? open.filter((f) => (f.action === 'deny') === (verdict === 'fail')).map((f) => ({ rule: f.rule, reason: f.reason, refs: f.references }))
      : m.policy.reasons.map((reason, i) => ({ rule: m.policy.rules?.[i], reason, refs: m.references }));
    for (const item of items) {
      const first = orderedLocations(item.refs, m.references)[0];
      // Reasons start with their rule's id ("no-cn: denied: ..."); the rule is shown on its own.
      const reason = item.rule && item.reason.startsWith(`${item.rule}: `) ? item.reason.slice(item.rule.length + 2) : item.reason;
      out.push({
        verdict,
        model: m.id,
        source: m.source,
        ...(item.rule ? { rule: item.rule } : {}),
        reason,
        ...(first ? { at: `${first.path}:${first.line}` } : {}),
        more: Math.max(0, item.refs.length - 1),
      });
    }
  }
  return out;
}

const n = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** "FAIL: 3 violations, 2 warnings", the first line of every summary. */
export function verdictLine(d: AuditDigest): string {
  const counts = `${n(d.violations, 'violation')}, ${n(d.warnings, 'warning')}`;
  const what = [
    d.incomplete > 0 ? `lineage not fully read for ${n(d.incomplete, 'model')}` : '',
    d.filesUnread > 0 ? `${n(d.filesUnread, 'file')} could not be read` : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (d.verdict === 'incomplete') return `INCOMPLETE: ${what}, and the policy fails incomplete audits; ${counts}`;
  const head = d.verdict.toUpperCase();
  const open = what ? `; incomplete: ${what}` : '';
  return `${head}: ${counts}${open}${d.noPolicy ? ' (no policy file: nothing fails)' : ''}`;
}

/** " (2 of them a provider's SDK in a dependency, no model named)": what `dashscope/*` entries are. */
const sdks = (d: AuditDigest) =>
  d.providerSdks ? ` (${d.providerSdks} of them ${d.providerSdks === 1 ? "a provider's SDK" : "providers' SDKs"} in a dependency, no model named)` : '';

/** The counts, one clause each: "92 models: 12 of Chinese origin (8 high, 4 medium confidence) ...". */
export function countLines(d: AuditDigest): string[] {
  const cn = d.chineseOrigin;
  const byConfidence = cn.total
    ? ` (${[cn.high ? `${cn.high} high` : '', cn.medium ? `${cn.medium} medium` : '', cn.low ? `${cn.low} low (name only)` : ''].filter(Boolean).join(', ')} confidence)`
    : '';
  const guesses = d.chineseByNameOnly ? `, ${d.chineseByNameOnly} more named like a Chinese family (name only, not counted)` : '';
  return [
    `${n(d.models, 'model')}${sdks(d)}: ${cn.total} of Chinese origin${byConfidence}${guesses}; ${d.originUnknown} of unknown origin`,
    `lineage: ${d.unresolved} unresolved, ${d.partial} partial; files: ${d.filesScanned.toLocaleString('en-US')} scanned, ${d.filesNotScanned.toLocaleString('en-US')} not scanned${d.filesUnread ? `, ${n(d.filesUnread, 'file')} could not be read` : ''}`,
    ...(d.languagesNotRead.length ? [`languages not read (Hub URLs only): ${notReadList(d.languagesNotRead)}`] : []),
  ];
}

/** How many languages a summary line names before "+N more". */
const LANGUAGES_NAMED = 6;

/** "C/C++ 130 files, CUDA 44, PowerShell 29 (+2 more languages)". */
export function notReadList(languages: AuditDigest['languagesNotRead']): string {
  const named = languages.slice(0, LANGUAGES_NAMED).map((l, i) => `${l.language} ${i === 0 ? n(l.files, 'file') : l.files.toLocaleString('en-US')}`);
  const rest = languages.length - LANGUAGES_NAMED;
  return `${named.join(', ')}${rest > 0 ? ` (+${n(rest, 'more language', 'more languages')})` : ''}`;
}

/**
 * The counts on one line for Markdown and HTML, `strong` marking the numbers:
 * "250 models · 97 of Chinese origin (60 high, 37 medium) · 3 more by name only · 152 of unknown origin · ...".
 */
export function countsLine(d: AuditDigest, strong: (n: string) => string): string {
  const num = (count: number) => strong(count.toLocaleString('en-US'));
  const cn = d.chineseOrigin;
  const byConfidence = cn.total ? ` (${[cn.high ? `${cn.high} high` : '', cn.medium ? `${cn.medium} medium` : ''].filter(Boolean).join(', ')} confidence)` : '';
  return [
    `${num(d.models)} models${sdks(d)}`,
    `${num(cn.total)} of Chinese origin${byConfidence}`,
    ...(d.chineseByNameOnly ? [`${d.chineseByNameOnly} more named like a Chinese family (name only)`] : []),
    `${num(d.originUnknown)} of unknown origin`,
    `${num(d.violations)} violations`,
    `${num(d.warnings)} warnings`,
    `${d.unresolved} unresolved`,
    `${d.partial} partial`,
    `${d.filesScanned.toLocaleString('en-US')} files scanned, ${d.filesNotScanned.toLocaleString('en-US')} not scanned`,
    ...(d.filesUnread ? [`${num(d.filesUnread)} could not be read (incomplete)`] : []),
    ...(d.languagesNotRead.length ? [`languages not read (Hub URLs only): ${notReadList(d.languagesNotRead)}`] : []),
  ].join(' · ');
}

/** "FAIL Qwen/Qwen2-7B at src/app.py:12 (+2 more): <reason>" per finding, at most `limit`, then how many more. */
export function findingLines(d: AuditDigest, limit: number, escape: (s: string) => string = (s) => s, where = 'in the report'): string[] {
  const lines = d.findings
    .slice(0, limit)
    .map(
      (v) =>
        `${v.verdict === 'fail' ? 'FAIL' : 'warn'} ${escape(v.model)}${v.rule ? ` [${escape(v.rule)}]` : ''}${v.at ? ` at ${escape(v.at)}${v.more ? ` (+${v.more} more)` : ''}` : ''}: ${escape(v.reason)}`,
    );
  const rest = d.findings.length - limit;
  if (rest > 0) lines.push(`… ${rest} more finding${rest === 1 ? '' : 's'} ${where}`);
  return lines;
}

/** The whole summary as plain lines (table head, stderr, SARIF); `escape` is for text from files and the Hub. */
export function summaryLines(report: Report, limit = 5, escape: (s: string) => string = (s) => s, where?: string): string[] {
  const d = digest(report);
  return [verdictLine(d), ...countLines(d), ...(limit > 0 ? findingLines(d, limit, escape, where) : [])];
}

/**
 * The JSON summary: the pipeline's counts, plus what the digest adds (verdict, Chinese origin by
 * confidence, name-only guesses, unknown origin). Additions only: every earlier field keeps its meaning.
 */
export function extendedSummary(report: Report): Report['summary'] & {
  verdict: SummaryVerdict;
  chineseOriginByConfidence: { high: number; medium: number };
  chineseByNameOnly: number;
  originUnknown: number;
} {
  const d = digest(report);
  return {
    ...report.summary,
    verdict: d.verdict,
    chineseOriginByConfidence: { high: d.chineseOrigin.high, medium: d.chineseOrigin.medium },
    chineseByNameOnly: d.chineseByNameOnly,
    originUnknown: d.originUnknown,
  };
}
