// The pull-request comment: what to act on first, in that order (violations and warnings with
// file:line, then Chinese-origin models by confidence, then models whose origin is unknown, by
// why), within 60,000 characters (GitHub refuses comments over 65,536). What does not fit is
// counted in a closing line that says where the full report is.
import type { ModelReport, Report } from '../model/report.js';
import { chineseBasis } from './findings.js';
import { markdownSummary } from './markdown.js';
import { bestConfidence, indexErrors, originLabel, originText, whyUnknown } from './origin-label.js';
import { groupProblems, groupSkipped, problemLine } from './problems.js';
import { orderedReferences } from './references.js';
import type { Reporter } from './reporter.js';
import { forCodeBlock, forHtml, forMarkdown } from './sanitize.js';
import { digest } from './summary.js';

export const COMMENT_LIMIT = 60_000;
/** Kept free for the closing lines, so they always fit. */
const FOOTER_ROOM = 1_500;
/** Kept for each later section: its header and its first few lines. */
const SECTION_ROOM = 2_000;
/** Ids named per line of a grouped list (unknowns by why, problems). */
const IDS_PER_GROUP = 8;
/** The marker the GitHub Action finds its own comment by, to update it instead of adding another. */
export const COMMENT_MARKER = '<!-- modelprov-summary -->';

interface Section {
  title: string;
  /** What one item is, for the left-out line ("violations", "Chinese-origin models"). */
  noun: string;
  intro?: string;
  items: string[];
}

export const renderMarkdownSummary: Reporter = (report, options) => {
  const limit = COMMENT_LIMIT;
  const head = [COMMENT_MARKER, `## modelprov audit of \`${forCodeBlock(report.root).replace(/`/g, "'")}\``, '', ...markdownSummary(report, 0)];
  const sections = sectionsOf(report);

  const out = [...head];
  let size = out.join('\n').length;
  const leftOut: string[] = [];
  // Each later section with something to say keeps room for its header and first lines, so a
  // thousand violations do not hide that there are unknowns too.
  const shown = sections.filter((section) => section.items.length || section.intro);
  for (const [index, section] of shown.entries()) {
    const reserve = (shown.length - index - 1) * SECTION_ROOM;
    const header = [`### ${section.title}`, '', ...(section.intro ? [section.intro, ''] : [])];
    const headerSize = header.join('\n').length + 1;
    let listed = 0;
    if (!section.items.length) {
      out.push(...header);
      size += headerSize;
    }
    for (const item of section.items) {
      const cost = item.length + 1 + (listed === 0 ? headerSize : 0);
      if (size + cost > limit - FOOTER_ROOM - reserve) break;
      if (listed === 0) out.push(...header);
      out.push(item);
      size += cost;
      listed++;
    }
    if (listed > 0) {
      out.push('');
      size += 1;
    }
    if (listed < section.items.length) leftOut.push(`${section.items.length - listed} ${section.noun}`);
  }
  const where = options.fullReport ? forMarkdown(options.fullReport) : '`modelprov audit --format markdown` (or `--format json`) on this branch';
  if (leftOut.length) out.push(`**Left out to fit a comment:** ${leftOut.join(', ')}. The full report: ${where}.`, '');
  else if (options.fullReport) out.push(`The full report: ${where}.`, '');
  out.push(`<sub>modelprov ${forHtml(report.tool.version)} · ${forHtml(report.generatedAt)}</sub>`, '');
  return out.join('\n');
};

function sectionsOf(report: Report): Section[] {
  const d = digest(report);
  const errors = indexErrors(report);
  const cell = (m: ModelReport) => forMarkdown(originText(originLabel(m, errors)));
  const firstRef = (m: ModelReport) => {
    const ref = orderedReferences(m.references)[0];
    return ref ? ` at ${forMarkdown(`${ref.path}:${ref.line}`)}${m.references.length > 1 ? ` (+${m.references.length - 1} more)` : ''}` : '';
  };

  const findings = d.findings.map(
    (v) =>
      `- ${v.verdict === 'fail' ? '❌' : '⚠️'} **${forMarkdown(v.model)}**${v.rule ? ` \`${forCodeBlock(v.rule).replace(/`/g, "'")}\`` : ''}${v.at ? ` at ${forMarkdown(v.at)}${v.more ? ` (+${v.more} more)` : ''}` : ''}: ${forMarkdown(v.reason)}`,
  );

  // Chinese origin, strongest confidence first; a model already listed as a violation is not repeated.
  const flagged = new Set(d.findings.map((v) => v.model));
  const chinese = report.models.filter((m) => m.origin.chineseOrigin === true);
  const confidence = (m: ModelReport) => bestConfidence(m.origin.families.filter((f) => f.country === 'CN' && f.confidence !== 'low')) ?? 'medium';
  const cnItems = (['high', 'medium'] as const).flatMap((level) =>
    chinese
      .filter((m) => confidence(m) === level && !flagged.has(m.id))
      .map((m) => `- **${forMarkdown(m.id)}** (${level}): ${forMarkdown(chineseBasis(m).join('; '))}${firstRef(m)}`),
  );
  const alreadyListed = chinese.length - cnItems.length;
  const guesses = report.models
    .filter((m) => m.origin.chineseOrigin === null && m.origin.families.some((f) => f.country === 'CN'))
    .map((m) => `- **${forMarkdown(m.id)}**: ${cell(m)}${firstRef(m)}`);

  // Unknown origin, one line per reason: "offline (120): a, b, c and 112 more".
  const byWhy = new Map<string, string[]>();
  for (const m of report.models)
    if (m.origin.chineseOrigin === null && !m.origin.families.some((f) => f.country === 'CN')) {
      const why = whyUnknown(m, errors);
      byWhy.set(why, [...(byWhy.get(why) ?? []), m.id]);
    }
  const unknown = [...byWhy.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(
      ([why, ids]) =>
        `- ${forMarkdown(why)} (${ids.length}): ${ids.slice(0, IDS_PER_GROUP).map(forMarkdown).join(', ')}${ids.length > IDS_PER_GROUP ? ` and ${ids.length - IDS_PER_GROUP} more` : ''}`,
    );

  const problems = [
    ...groupProblems(report.errors).map((g) => `- ${problemLine(g, forMarkdown, IDS_PER_GROUP)}`),
    ...groupSkipped(report.skipped).map((g) => `- not scanned, ${problemLine(g, forMarkdown, IDS_PER_GROUP)}`),
  ];

  return [
    { title: `Violations and warnings (${findings.length})`, noun: 'violations and warnings', items: findings },
    {
      title: `Chinese origin (${chinese.length})`,
      noun: 'Chinese-origin models',
      intro: alreadyListed
        ? `${alreadyListed === chinese.length ? 'All' : alreadyListed} of them ${alreadyListed === 1 ? 'is a violation or warning' : 'are violations or warnings'} (that section).`
        : undefined,
      items: cnItems,
    },
    {
      title: `Named like a Chinese family, origin not established (${guesses.length})`,
      noun: 'name-only guesses',
      intro: guesses.length ? 'The name alone suggests the family; no declared lineage, namespace or fingerprint confirms it.' : undefined,
      items: guesses,
    },
    {
      title: `Origin unknown (${report.models.filter((m) => m.origin.chineseOrigin === null).length - guesses.length}), by why`,
      noun: 'groups of unknown-origin models',
      items: unknown,
    },
    { title: `Problems and files not scanned (${report.errors.length + report.skipped.length})`, noun: 'problem groups', items: problems },
  ];
}
