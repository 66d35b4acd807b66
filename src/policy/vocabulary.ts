// The closed value sets a policy file may use. The loader, the JSON Schema (kept in sync by a test)
// and the evaluator all read these lists, so a typo such as `contexts: [doc]` is an error, not a
// rule that silently matches nothing.
import type { LicenceKind } from '../model/licence.js';
import type { LineageStatus } from '../model/lineage.js';
import type { ReferenceContext } from '../model/reference.js';

export const RULE_ACTIONS = ['deny', 'warn'] as const;
export type RuleAction = (typeof RULE_ACTIONS)[number];

export const REFERENCE_CONTEXTS = [
  'code',
  'config',
  'deploy',
  'docs',
  'test',
  'comment',
  'vendored',
  'capability',
] as const satisfies readonly ReferenceContext[];

export const LINEAGE_STATUSES = ['resolved', 'partial', 'unresolved'] as const satisfies readonly LineageStatus[];

export const LICENCE_KINDS = [
  'permissive',
  'attribution',
  'copyleft',
  'user-threshold',
  'non-commercial',
  'use-restricted',
  'registration',
  'unknown',
] as const satisfies readonly LicenceKind[];

/** Kebab-case, as in `no-chinese-origin`: ids end up in baselines, SARIF and annotations. */
export const RULE_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** ISO 3166-1 alpha-2, as in `CN`. */
export const COUNTRY_PATTERN = /^[A-Z]{2}$/;

/** Calendar date, as in `2027-03-31`. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
