// GitHub Actions workflow commands: an `::error` / `::warning` line per reference of each model
// that fails or warns, so the pull request shows them at the line. Text is escaped the way the
// runner decodes it, so card text cannot forge or end a command.
import type { Report } from '../model/report.js';
import { forAnnotationMessage, forAnnotationProperty } from '../report/sanitize.js';

export function githubAnnotations(report: Report): string {
  const lines: string[] = [];
  for (const model of report.models) {
    if (model.policy.verdict === 'pass') continue;
    const command = model.policy.verdict === 'fail' ? 'error' : 'warning';
    const title = forAnnotationProperty(`modelprov: ${(model.policy.rules ?? []).join(', ') || model.policy.verdict}`);
    const message = forAnnotationMessage(`${model.id}: ${model.policy.reasons.join('; ')}`);
    for (const ref of model.references)
      lines.push(`::${command} file=${forAnnotationProperty(ref.path)},line=${ref.line},col=${ref.column},title=${title}::${message}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
