// Applies the policy to each model: a rule matches when all its matchers hold; path and context
// scopes narrow which references count; exceptions (until they expire) turn a match into a pass.
import ignore from 'ignore';
import type { ModelReport } from '../model/report.js';
import type { Reference } from '../model/reference.js';
import type { PolicyResult } from '../model/verdict.js';
import type { Policy, PolicyException, PolicyRule } from './types.js';

const anyOf = (wanted: string[] | undefined, actual: string[]) =>
  !wanted || wanted.some((w) => actual.some((a) => a.toLowerCase() === w.toLowerCase()));

function inScope(reference: Reference, paths: string[] | undefined, contexts: string[] | undefined): boolean {
  if (contexts && !contexts.includes(reference.context)) return false;
  if (paths && !ignore().add(paths).ignores(reference.path)) return false;
  return true;
}

function ruleMatches(rule: PolicyRule, model: ModelReport): boolean {
  const families = model.origin.families;
  if (rule.country && !anyOf(rule.country, families.map((f) => f.country))) return false;
  if (rule.family && !anyOf(rule.family, families.flatMap((f) => [f.familyId, f.family]))) return false;
  if (rule.organisation && !anyOf(rule.organisation, families.map((f) => f.organisation))) return false;
  if (rule.licence && !anyOf(rule.licence, model.licenses.flatMap((l) => [l.id, l.spdx ?? '']))) return false;
  if (rule.licenceKind && !anyOf(rule.licenceKind, model.licenses.map((l) => l.kind))) return false;
  if (rule.lineage && !anyOf(rule.lineage, [model.lineage.status])) return false;
  if (rule.suspectedBase !== undefined && rule.suspectedBase !== (model.origin.suspectedBases?.length ?? 0) > 0) return false;
  if (rule.unpinned !== undefined && rule.unpinned !== (model.source === 'huggingface' && !model.revision)) return false;
  return model.references.some((r) => inScope(r, rule.paths, rule.contexts));
}

function exceptionCovers(exception: PolicyException, model: ModelReport): boolean {
  if (exception.model && exception.model.toLowerCase() !== model.id.toLowerCase()) return false;
  if (exception.family && !anyOf([exception.family], model.origin.families.flatMap((f) => [f.familyId, f.family]))) return false;
  if (exception.root && !anyOf([exception.root], model.lineage.roots)) return false;
  return model.references.some((r) => inScope(r, exception.paths, undefined));
}

export function evaluateModel(model: ModelReport, policy: Policy, today: string): PolicyResult {
  const result: PolicyResult = { verdict: 'pass', reasons: [], rules: [], exceptions: [] };
  const matched = policy.rules.filter((rule) => ruleMatches(rule, model));
  if (matched.length === 0) return result;
  const covering = policy.exceptions.filter((e) => exceptionCovers(e, model));
  const active = covering.find((e) => !e.expires || e.expires >= today);
  for (const e of covering)
    result.exceptions!.push({ reason: e.reason, owner: e.owner, expires: e.expires, expired: !!e.expires && e.expires < today });
  for (const rule of matched) {
    result.rules!.push(rule.id);
    const why = rule.message ?? describeRule(rule);
    if (active) {
      result.reasons.push(`${rule.id}: ${why} (excepted: ${active.reason}${active.expires ? `, until ${active.expires}` : ''})`);
      continue;
    }
    result.reasons.push(`${rule.id}: ${why}`);
    if (rule.action === 'deny') result.verdict = 'fail';
    else if (result.verdict === 'pass') result.verdict = 'warn';
  }
  for (const e of covering.filter((c) => c.expires && c.expires < today))
    result.reasons.push(`exception expired on ${e.expires}: ${e.reason}`);
  return result;
}

function describeRule(rule: PolicyRule): string {
  const parts: string[] = [];
  if (rule.country) parts.push(`origin country ${rule.country.join('/')}`);
  if (rule.family) parts.push(`family ${rule.family.join('/')}`);
  if (rule.organisation) parts.push(`organisation ${rule.organisation.join('/')}`);
  if (rule.licence) parts.push(`licence ${rule.licence.join('/')}`);
  if (rule.licenceKind) parts.push(`licence kind ${rule.licenceKind.join('/')}`);
  if (rule.lineage) parts.push(`lineage ${rule.lineage.join('/')}`);
  if (rule.suspectedBase) parts.push('suspected undeclared base');
  if (rule.unpinned) parts.push('unpinned revision');
  return `${rule.action === 'deny' ? 'denied' : 'warned'}: ${parts.join(', ') || 'matched'}`;
}

/** Sets each model's verdict; returns warnings about the policy itself (unused exceptions). */
export function evaluatePolicy(models: ModelReport[], policy: Policy, now: Date): string[] {
  const today = now.toISOString().slice(0, 10);
  for (const model of models) model.policy = evaluateModel(model, policy, today);
  return policy.exceptions
    .filter((e) => !models.some((m) => exceptionCovers(e, m)))
    .map((e) => `exception for ${e.model ?? e.family ?? e.root} (${e.reason}) matches no model in this audit: remove it or fix its key`);
}
