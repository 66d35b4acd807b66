// Baselines: a JSON report from an earlier run. A violation already in it (same model, source and
// rule) is downgraded to a warning, so CI fails only on what a change brings in.
import { readFileSync } from 'node:fs';
import type { ModelReport } from '../model/report.js';
import { ConfigError } from './config.js';

export type Baseline = Set<string>;

const key = (source: string, id: string, rule: string) => `${source}\u0000${id}\u0000${rule}`;

export function readBaseline(path: string): Baseline {
  let report: { models?: { id?: string; source?: string; policy?: { verdict?: string; rules?: string[] } }[] };
  try {
    report = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`cannot read baseline ${path}: ${(error as Error).message}`);
  }
  if (!Array.isArray(report?.models)) throw new ConfigError(`${path} is not a modelprov JSON report (no "models" list)`);
  const baseline: Baseline = new Set();
  for (const model of report.models)
    if (model.policy?.verdict === 'fail' && model.id && model.source) for (const rule of model.policy.rules ?? []) baseline.add(key(model.source, model.id, rule));
  return baseline;
}

/** Downgrades known violations; returns how many were downgraded. */
export function applyBaseline(models: ModelReport[], baseline: Baseline): number {
  let known = 0;
  for (const model of models) {
    if (model.policy.verdict !== 'fail') continue;
    const rules = model.policy.rules ?? [];
    if (rules.length === 0 || !rules.every((rule) => baseline.has(key(model.source, model.id, rule)))) continue;
    model.policy.verdict = 'warn';
    model.policy.reasons.push('in baseline: this violation was already there');
    known++;
  }
  return known;
}
