// Baselines: a JSON report from an earlier run. A violation already in it (same model id, source
// and rule id) is downgraded to a warning marked "in baseline", so CI fails only on what a change
// brings in. A report written with a baseline still lists those violations, so baselines chain.
import { BoundedReadError, excerpt, MAX_REPORT_BYTES, readRegularFile } from '../discover/bounded-read.js';
import type { ModelReport } from '../model/report.js';
import type { PolicyFinding } from '../model/verdict.js';
import { ConfigError } from './config.js';
import { verdictOf } from './evaluate.js';

export type Baseline = Set<string>;

const key = (source: string, id: string, rule: string) => `${source}\u0000${id}\u0000${rule}`;

interface BaselineModel {
  id?: unknown;
  source?: unknown;
  policy?: { verdict?: unknown; rules?: unknown; findings?: Partial<PolicyFinding>[] };
}

export function readBaseline(path: string): Baseline {
  let report: { schemaVersion?: unknown; models?: unknown };
  try {
    report = JSON.parse(readRegularFile(path, 'baseline', MAX_REPORT_BYTES));
  } catch (error) {
    if (error instanceof BoundedReadError) throw error;
    throw new ConfigError(`baseline ${path} is not JSON: ${excerpt((error as Error).message, 80)}`);
  }
  if (!Array.isArray(report?.models)) throw new ConfigError(`${path} is not a modelprov JSON report (no "models" list); write one with --format json`);
  const baseline: Baseline = new Set();
  for (const model of report.models as BaselineModel[]) {
    if (typeof model?.id !== 'string' || typeof model.source !== 'string') continue;
    for (const rule of violatedRules(model)) baseline.add(key(model.source, model.id, rule));
  }
  return baseline;
}

/** Deny findings that counted (or were already baselined); older reports without findings: the rules of failing models. */
function violatedRules(model: BaselineModel): string[] {
  const findings = model.policy?.findings;
  if (Array.isArray(findings))
    return findings.filter((f) => f.action === 'deny' && (f.status === 'open' || f.status === 'baselined') && typeof f.rule === 'string').map((f) => f.rule!);
  const rules = model.policy?.rules;
  return model.policy?.verdict === 'fail' && Array.isArray(rules) ? rules.filter((r): r is string => typeof r === 'string') : [];
}

/** Downgrades known violations to warnings; returns how many findings were downgraded. */
export function applyBaseline(models: ModelReport[], baseline: Baseline): number {
  let known = 0;
  for (const model of models) {
    const findings = model.policy.findings ?? [];
    findings.forEach((finding, i) => {
      if (finding.status !== 'open' || finding.action !== 'deny' || !baseline.has(key(model.source, model.id, finding.rule))) return;
      finding.status = 'baselined';
      finding.reason = `${finding.reason} (in baseline: this violation was already there)`;
      model.policy.reasons[i] = finding.reason;
      known++;
    });
    model.policy.verdict = verdictOf(findings);
  }
  return known;
}
