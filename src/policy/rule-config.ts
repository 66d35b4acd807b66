// Turns the `policy.rules` and `exceptions` entries of the config into typed rules, with the value
// checks the JSON Schema describes (closed vocabularies, kebab-case unique ids, real dates).
import type { Fields } from './config-fields.js';
import type { PolicyException, PolicyRule } from './types.js';
const CONFIDENCES = ['high', 'medium', 'low'] as const;
import {
  COUNTRY_PATTERN,
  DATE_PATTERN,
  LICENCE_KINDS,
  LINEAGE_STATUSES,
  REFERENCE_CONTEXTS,
  RULE_ACTIONS,
  RULE_ID_PATTERN,
  type RuleAction,
} from './vocabulary.js';

/** Keys that select models; a rule needs at least one of them, or a scope. */
const MATCHER_KEYS = ['country', 'family', 'organisation', 'licence', 'license', 'licence_kind', 'license_kind', 'lineage', 'suspected_base', 'unpinned'];

export function readRules(entries: Fields[]): PolicyRule[] {
  const rules = entries.map(readRule);
  const seen = new Map<string, number>();
  rules.forEach((rule, i) => {
    const earlier = seen.get(rule.id);
    if (earlier !== undefined && entries[i]!.has('id'))
      entries[i]!.fail('id', `"${rule.id}" is already the id of policy.rules[${earlier}]: ids must be unique (baselines and exceptions refer to them)`);
    // Derived ids are unique by suffix, so a reordering of the file keeps each rule's id.
    if (earlier !== undefined) for (let n = 2; seen.has(rule.id); n++) rule.id = `${rule.id.replace(/-\d+$/, '')}-${n}`;
    seen.set(rule.id, i);
  });
  return rules;
}

function readRule(fields: Fields): PolicyRule {
  const action = (fields.string('action') ?? 'deny') as RuleAction;
  if (!RULE_ACTIONS.includes(action)) fields.fail('action', `must be one of ${RULE_ACTIONS.join(', ')}, not "${action}"`);
  if (fields.has('licence') && fields.has('license')) fields.fail('license', 'is the same key as licence: give only one');
  if (fields.has('licence_kind') && fields.has('license_kind')) fields.fail('license_kind', 'is the same key as licence_kind: give only one');
  const rule: PolicyRule = {
    id: '',
    action,
    country: fields.strings('country', {
      pattern: COUNTRY_PATTERN,
      normalise: (c) => c.toUpperCase(),
      patternHint: 'a two-letter ISO 3166 country code, such as CN',
    }),
    family: fields.strings('family'),
    organisation: fields.strings('organisation'),
    licence: fields.strings('licence') ?? fields.strings('license'),
    licenceKind: fields.strings('licence_kind', { allowed: LICENCE_KINDS }) ?? fields.strings('license_kind', { allowed: LICENCE_KINDS }),
    lineage: fields.strings('lineage', { allowed: LINEAGE_STATUSES }),
    minConfidence: readConfidence(fields),
    suspectedBase: fields.boolean('suspected_base'),
    unpinned: fields.boolean('unpinned'),
    paths: fields.strings('paths'),
    contexts: fields.strings('contexts', { allowed: REFERENCE_CONTEXTS }),
    message: fields.string('message'),
  };
  for (const key of Object.keys(rule) as (keyof PolicyRule)[]) if (rule[key] === undefined) delete rule[key];
  if (!MATCHER_KEYS.some((k) => fields.has(k)) && !rule.paths && !rule.contexts)
    fields.fail(
      'action',
      `the rule has no matcher (${MATCHER_KEYS.filter((k) => !k.startsWith('license')).join(', ')}), so it would match every model; to mean that, say paths: ["**"]`,
      fields.node,
    );
  const id = fields.string('id');
  if (id !== undefined && !RULE_ID_PATTERN.test(id))
    fields.fail('id', `"${id}" must be kebab-case (lower-case letters, digits and single dashes, e.g. no-chinese-origin)`);
  rule.id = id ?? derivedId(rule);
  return rule;
}

function readConfidence(fields: Fields): PolicyRule['minConfidence'] {
  const value = fields.string('min_confidence');
  if (value !== undefined && !(CONFIDENCES as readonly string[]).includes(value))
    fields.fail('min_confidence', `must be one of ${CONFIDENCES.join(', ')}, not "${value}"`);
  return value as PolicyRule['minConfidence'];
}

/** An id from what the rule matches (`deny-country-cn`), stable when rules are reordered. */
function derivedId(rule: PolicyRule): string {
  const parts: string[] = [rule.action];
  const add = (name: string, values?: string[]) => values && parts.push(name, ...values);
  add('country', rule.country);
  add('family', rule.family);
  add('organisation', rule.organisation);
  add('licence', rule.licence);
  add('licence-kind', rule.licenceKind);
  add('lineage', rule.lineage);
  if (rule.suspectedBase !== undefined) parts.push(rule.suspectedBase ? 'suspected-base' : 'declared-base');
  if (rule.unpinned !== undefined) parts.push(rule.unpinned ? 'unpinned' : 'pinned');
  if (parts.length === 1) parts.push('any');
  const id = parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return id.length > 60 ? id.slice(0, 60).replace(/-$/, '') : id;
}

export function readExceptions(entries: Fields[], rules: PolicyRule[]): PolicyException[] {
  return entries.map((fields: Fields) => {
    const reason = fields.string('reason');
    if (!reason) fields.fail('reason', 'is required: say why the exception exists (it is the record a reviewer reads)', fields.node);
    const exception: PolicyException = {
      model: fields.string('model'),
      family: fields.string('family'),
      root: fields.string('root'),
      rules: fields.strings('rules'),
      paths: fields.strings('paths'),
      reason,
      owner: fields.string('owner'),
      expires: readDate(fields, 'expires'),
    };
    if (!exception.model && !exception.family && !exception.root) fields.fail('model', 'an exception needs one of model, family or root', fields.node);
    exception.rules?.forEach((id, i) => {
      if (!rules.some((r) => r.id === id))
        fields.fail(`rules[${i}]`, `"${id}" is not the id of any rule (${rules.map((r) => r.id).join(', ') || 'there are none'})`);
    });
    for (const key of Object.keys(exception) as (keyof PolicyException)[]) if (exception[key] === undefined) delete exception[key];
    return exception;
  });
}

function readDate(fields: Fields, key: string): string | undefined {
  const raw = fields.value[key];
  // YAML 1.1 documents may already hold a Date for an unquoted 2027-03-31.
  const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw;
  if (text === undefined || text === null) return undefined;
  if (
    typeof text !== 'string' ||
    !DATE_PATTERN.test(text) ||
    Number.isNaN(Date.parse(`${text}T00:00:00Z`)) ||
    new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) !== text
  )
    fields.fail(key, `must be a calendar date (YYYY-MM-DD), not ${JSON.stringify(raw instanceof Date ? text : raw)}`);
  return text;
}
