import type { Report } from '../model/report.js';

export enum ExitCode {
  Ok = 0,
  PolicyViolated = 1,
  UsageError = 2,
  Incomplete = 3,
}

/** A usage or configuration problem: reported on stderr, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type FailOn = 'fail' | 'warn' | 'never';

/**
 * The one place an audit's exit code is decided. Violations win over incompleteness: a known
 * violation is the more useful signal for CI. A `--locked` run whose lockfile lacks a model it
 * needed is incomplete whatever the policy says about incompleteness.
 */
export function exitCodeFor(report: Report, failOn: FailOn = 'fail', options: { lockIncomplete?: boolean } = {}): ExitCode {
  if (failOn !== 'never' && report.summary.violations > 0) return ExitCode.PolicyViolated;
  // Only open warn-rule matches: a baselined violation also shows as "warn", but excepted and
  // baselined findings never count toward --fail-on (a report without findings: its verdicts).
  if (failOn === 'warn' && report.models.some(openWarning)) return ExitCode.PolicyViolated;
  if (options.lockIncomplete) return ExitCode.Incomplete;
  // A file the scan could not read may hide a model: as incomplete as a lineage it could not resolve.
  const incomplete = report.summary.unresolved + report.summary.partial + (report.summary.filesIncomplete ?? 0) > 0;
  if (incomplete && report.policy.failOnIncomplete) return ExitCode.Incomplete;
  return ExitCode.Ok;
}

const openWarning = (model: Report['models'][number]): boolean =>
  model.policy.findings ? model.policy.findings.some((f) => f.status === 'open' && f.action === 'warn') : model.policy.verdict === 'warn';
