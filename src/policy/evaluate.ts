// Applies the policy to each model. A rule matches a model when all its matchers hold and some
// reference is in its scope (paths, contexts). An exception excuses the references in its own path
// scope, for its rules, until it expires; the model still fails on any reference left unexcused.
import ignore from 'ignore';
import { familyBasis } from '../model/origin.js';
import type { ModelReport } from '../model/report.js';
import { isOtherHub, type Reference } from '../model/reference.js';
import type { PolicyFinding, PolicyResult, Verdict } from '../model/verdict.js';
import type { Policy, PolicyException, PolicyRule } from './types.js';

const anyOf = (wanted: string[] | undefined, actual: (string | undefined)[]) =>
  !wanted || wanted.some((w) => actual.some((a) => a !== undefined && a.toLowerCase() === w.toLowerCase()));

/** gitignore-style globs compiled once per list (a popular model has thousands of references). */
const matchers = new WeakMap<string[], (path: string) => boolean>();
function pathMatcher(globs: string[] | undefined): (path: string) => boolean {
  if (!globs) return () => true;
  let match = matchers.get(globs);
  if (!match) {
    const ig = ignore().add(globs);
    matchers.set(globs, (match = (path) => ig.ignores(path)));
  }
  return match;
}

const inRuleScope = (rule: PolicyRule, ref: Reference) => (!rule.contexts || rule.contexts.includes(ref.context)) && pathMatcher(rule.paths)(ref.path);

/** Whether the model itself (not where it is referenced) is what the rule is about. */
function ruleSelects(rule: PolicyRule, model: ModelReport, families = model.origin.families): boolean {
  if (
    rule.country &&
    !anyOf(
      rule.country,
      families.map((f) => f.country),
    )
  )
    return false;
  if (
    rule.family &&
    !anyOf(
      rule.family,
      families.flatMap((f) => [f.familyId, f.family]),
    )
  )
    return false;
  if (
    rule.organisation &&
    !anyOf(
      rule.organisation,
      families.flatMap((f) => [f.organisation, f.parentOrganisation]),
    )
  )
    return false;
  if (
    rule.licence &&
    !anyOf(
      rule.licence,
      model.licenses.flatMap((l) => [l.id, l.spdx ?? undefined]),
    )
  )
    return false;
  if (
    rule.licenceKind &&
    !anyOf(
      rule.licenceKind,
      model.licenses.map((l) => l.kind),
    )
  )
    return false;
  if (rule.lineage && !anyOf(rule.lineage, [model.lineage.status])) return false;
  if (rule.suspectedBase !== undefined && rule.suspectedBase !== (model.origin.suspectedBases?.length ?? 0) > 0) return false;
  if (rule.unpinned !== undefined && rule.unpinned !== isUnpinned(model)) return false;
  return true;
}

/**
 * What on the model made each matcher hold, so a reason says which node and why, not only the
 * rule: "Qwen (CN) via Qwen/Qwen2.5-14B (evidence: declared-base, namespace)", "licence
 * qwen-research on Qwen/Qwen2.5-3B".
 */
function matchDetail(rule: PolicyRule, model: ModelReport): string[] {
  const families = model.origin.families.filter(
    (f) =>
      (!rule.country || anyOf(rule.country, [f.country])) &&
      (!rule.family || anyOf(rule.family, [f.familyId, f.family])) &&
      (!rule.organisation || anyOf(rule.organisation, [f.organisation, f.parentOrganisation])),
  );
  const details =
    rule.country || rule.family || rule.organisation ? familyBasis(model.origin, families, { lineage: { start: model.id, edges: model.lineage.edges } }) : [];
  const licences = model.licenses.filter(
    (l) => (!rule.licence || anyOf(rule.licence, [l.id, l.spdx ?? undefined])) && (!rule.licenceKind || anyOf(rule.licenceKind, [l.kind])),
  );
  if (rule.licence || rule.licenceKind) {
    const byLicence = new Map<string, string[]>();
    for (const l of licences) {
      const name = `${l.spdx ?? l.id}${rule.licenceKind ? ` (${l.kind})` : ''}`;
      byLicence.set(name, [...(byLicence.get(name) ?? []), l.model]);
    }
    for (const [name, on] of byLicence) details.push(`licence ${name} on ${on.join(', ')}`);
  }
  if (rule.suspectedBase)
    for (const s of model.origin.suspectedBases ?? []) details.push(`likely derived from ${s.family} via ${s.via} (${s.basis ?? 'fingerprint'})`);
  if (rule.lineage && model.lineage.problems.length)
    details.push(
      `lineage ${model.lineage.status}: ${model.lineage.problems[0]}${model.lineage.problems.length > 1 ? ` (+${model.lineage.problems.length - 1} more)` : ''}`,
    );
  return details;
}

const CONFIDENCE_RANK = { low: 1, medium: 2, high: 3 } as const;

/** Hub, ModelScope and OpenXLab ids can pin a revision; without one the weights can change under the same name. */
const isUnpinned = (model: ModelReport) => (model.source === 'huggingface' || isOtherHub(model.source)) && !model.revision;

/** Whether the exception is about this model (by id, family or root) and this rule. */
function exceptionSelects(exception: PolicyException, model: ModelReport, ruleId?: string): boolean {
  if (ruleId && exception.rules && !exception.rules.includes(ruleId)) return false;
  if (exception.model && exception.model.toLowerCase() !== model.id.toLowerCase()) return false;
  if (
    exception.family &&
    !anyOf(
      [exception.family],
      model.origin.families.flatMap((f) => [f.familyId, f.family]),
    )
  )
    return false;
  if (exception.root && !anyOf([exception.root], model.lineage.roots)) return false;
  return true;
}

export const isExpired = (exception: PolicyException, today: string) => !!exception.expires && exception.expires < today;

const place = (ref: Reference) => ({ path: ref.path, line: ref.line, column: ref.column });

/** `used` collects the exceptions that excused at least one reference. */
export function evaluateModel(model: ModelReport, policy: Policy, today: string, used?: Set<PolicyException>): PolicyResult {
  const findings: PolicyFinding[] = [];
  const touched = new Set<PolicyException>();
  for (const rule of policy.rules) {
    if (!ruleSelects(rule, model)) continue;
    const inScope = model.references.filter((ref) => inRuleScope(rule, ref));
    if (inScope.length === 0) continue;
    // A deny rule that only families below its min_confidence (default medium: a name alone is
    // low) satisfy warns instead of failing, and says so.
    const least = rule.minConfidence ?? 'medium';
    const belowMin =
      !!(rule.country || rule.family || rule.organisation) &&
      !ruleSelects(
        rule,
        model,
        model.origin.families.filter((f) => CONFIDENCE_RANK[f.confidence] >= CONFIDENCE_RANK[least]),
      );
    const action = belowMin && rule.action === 'deny' ? 'warn' : rule.action;
    const candidates = policy.exceptions.filter((e) => exceptionSelects(e, model, rule.id) && inScope.some((ref) => pathMatcher(e.paths)(ref.path)));
    candidates.forEach((e) => touched.add(e));
    const active = candidates.filter((e) => !isExpired(e, today));
    active.forEach((e) => used?.add(e));
    const unexcused = inScope.filter((ref) => !active.some((e) => pathMatcher(e.paths)(ref.path)));
    const matched = matchDetail(rule, model);
    const why = `${rule.id}: ${rule.message ?? describeRule(rule)}${matched.length ? `; matched ${matched.join('; ')}` : ''}${action !== rule.action ? ` (matched below min_confidence ${least}${least === 'medium' ? ', by name only' : ''}: a warning, not a failure)` : ''}`;
    const recorded = (e: PolicyException) => ({ reason: e.reason, ...(e.owner ? { owner: e.owner } : {}), ...(e.expires ? { expires: e.expires } : {}) });
    if (unexcused.length === 0) {
      const by = active[0]!;
      findings.push({
        rule: rule.id,
        action,
        status: 'excepted',
        reason: `${why} (excepted: ${by.reason}${by.owner ? `, owner ${by.owner}` : ''}${by.expires ? `, until ${by.expires}` : ''})`,
        references: inScope.map(place),
        exception: recorded(by),
        ...(matched.length ? { matched } : {}),
      });
    } else {
      const excused = inScope.filter((ref) => !unexcused.includes(ref));
      const partly = excused.length > 0 ? ` (${excused.length} of ${inScope.length} references excepted)` : '';
      const by = active.find((e) => excused.some((ref) => pathMatcher(e.paths)(ref.path)));
      findings.push({
        rule: rule.id,
        action,
        status: 'open',
        reason: why + partly,
        references: unexcused.map(place),
        ...(matched.length ? { matched } : {}),
        ...(by ? { excepted: { references: excused.map(place), exception: recorded(by) } } : {}),
      });
    }
  }
  const result: PolicyResult = {
    verdict: verdictOf(findings),
    reasons: findings.map((f) => f.reason),
    rules: findings.map((f) => f.rule),
    exceptions: [],
    findings,
  };
  for (const e of touched) {
    result.exceptions!.push({
      reason: e.reason,
      ...(e.owner ? { owner: e.owner } : {}),
      ...(e.expires ? { expires: e.expires } : {}),
      expired: isExpired(e, today),
    });
    if (isExpired(e, today)) result.reasons.push(`exception expired on ${e.expires}: ${e.reason}${e.owner ? ` (owner ${e.owner})` : ''}`);
  }
  return result;
}

/** deny findings still open fail; open warnings and known (baselined) violations warn. */
export function verdictOf(findings: PolicyFinding[]): Verdict {
  if (findings.some((f) => f.status === 'open' && f.action === 'deny')) return 'fail';
  if (findings.some((f) => f.status === 'baselined' || (f.status === 'open' && f.action === 'warn'))) return 'warn';
  return 'pass';
}

function describeRule(rule: PolicyRule): string {
  const parts: string[] = [];
  if (rule.country) parts.push(`origin country ${rule.country.join('/')}`);
  if (rule.family) parts.push(`family ${rule.family.join('/')}`);
  if (rule.organisation) parts.push(`organisation ${rule.organisation.join('/')}`);
  if (rule.licence) parts.push(`licence ${rule.licence.join('/')}`);
  if (rule.licenceKind) parts.push(`licence kind ${rule.licenceKind.join('/')}`);
  if (rule.lineage) parts.push(`lineage ${rule.lineage.join('/')}`);
  if (rule.suspectedBase !== undefined) parts.push(rule.suspectedBase ? 'suspected undeclared base' : 'no suspected base');
  if (rule.unpinned !== undefined) parts.push(rule.unpinned ? 'unpinned revision' : 'pinned revision');
  if (rule.contexts) parts.push(`in ${rule.contexts.join('/')}`);
  if (rule.paths) parts.push(`under ${rule.paths.join(', ')}`);
  return `${rule.action === 'deny' ? 'denied' : 'warned'}: ${parts.join(', ') || 'matched'}`;
}

/** Sets each model's verdict; returns warnings about the policy itself (stale or expired exceptions). */
export function evaluatePolicy(models: ModelReport[], policy: Policy, now: Date): string[] {
  const today = now.toISOString().slice(0, 10);
  const used = new Set<PolicyException>();
  for (const model of models) model.policy = evaluateModel(model, policy, today, used);
  const warnings: string[] = [];
  for (const e of policy.exceptions) {
    const label = `exception for ${e.model ?? e.family ?? e.root}${e.rules ? ` (rules ${e.rules.join(', ')})` : ''} "${e.reason}"`;
    if (isExpired(e, today)) warnings.push(`${label} expired on ${e.expires}${e.owner ? ` (owner ${e.owner})` : ''}: it no longer applies; renew or remove it`);
    else if (!models.some((m) => exceptionSelects(e, m))) warnings.push(`${label} matches no model in this audit: remove it or fix its key`);
    else if (!used.has(e)) warnings.push(`${label} excuses no violation in this audit: remove it, or check its rules and paths`);
  }
  return warnings;
}
