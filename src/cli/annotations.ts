// GitHub Actions workflow commands: an `::error` (deny) or `::warning` (warn) line per reference a
// policy finding concerns, so the pull request shows it at that line; `::notice` for violations
// the baseline already knew. Text is escaped the way the runner decodes it, so model-card text
// cannot forge or end a command.
import { isAbsolute, relative, sep } from 'node:path';
import type { Report } from '../model/report.js';
import { forAnnotationMessage, forAnnotationProperty } from '../report/sanitize.js';
import type { Io } from './io.js';

/** Annotations want paths from the repository root; the audited PATH may be a sub-folder of it. */
export function annotationPrefix(root: string, io: Io): string {
  const rel = relative(io.env.GITHUB_WORKSPACE ?? io.cwd, root);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return '';
  return `${rel.split(sep).join('/')}/`;
}

export function wantsAnnotations(flag: boolean | undefined, io: Io): boolean {
  return flag ?? io.env.GITHUB_ACTIONS === 'true';
}

export function githubAnnotations(report: Report, prefix = ''): string {
  const lines: string[] = [];
  for (const model of report.models)
    for (const finding of model.policy.findings ?? []) {
      if (finding.status === 'excepted') continue;
      const command = finding.status === 'baselined' ? 'notice' : finding.action === 'deny' ? 'error' : 'warning';
      const title = forAnnotationProperty(`modelprov ${finding.rule}`);
      const message = forAnnotationMessage(`${model.id}: ${finding.reason}`);
      for (const ref of finding.references)
        lines.push(`::${command} file=${forAnnotationProperty(prefix + ref.path)},line=${ref.line},col=${ref.column},title=${title}::${message}`);
    }
  for (const error of report.errors.filter((e) => e.code === 'config-warning'))
    lines.push(`::warning title=${forAnnotationProperty('modelprov policy')}::${forAnnotationMessage(error.message)}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}
