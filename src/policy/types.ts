/** A policy rule: when every given matcher holds for a model, it gets the rule's action. */
export interface PolicyRule {
  /** Kebab-case; derived from the matchers (`deny-country-cn`) when the file gives none. */
  id: string;
  action: 'deny' | 'warn';
  /** ISO country codes of any family on the lineage (e.g. CN). */
  country?: string[];
  /** Family ids or names. */
  family?: string[];
  organisation?: string[];
  /** Licence ids (SPDX or catalogue ids) or kinds (non-commercial, ...). */
  licence?: string[];
  licenceKind?: string[];
  /** Lineage statuses: unresolved, partial. */
  lineage?: string[];
  /**
   * The least confidence at which a family matched by country/family/organisation makes a deny
   * rule fail (default medium); a match only below it warns instead.
   */
  minConfidence?: 'high' | 'medium' | 'low';
  /** Undeclared-lineage suspicion. */
  suspectedBase?: boolean;
  /** A Hub model referenced without a pinned revision. */
  unpinned?: boolean;
  /** Path globs the rule applies to (default: everywhere). */
  paths?: string[];
  /** Reference contexts the rule applies to (default: all but none excluded). */
  contexts?: string[];
  message?: string;
}

export interface PolicyException {
  /** Model id, family id or root id the exception covers. */
  model?: string;
  family?: string;
  root?: string;
  /** Rule ids the exception excuses (default: every rule). */
  rules?: string[];
  /** Path globs: only references there are excused; the model stays a violation elsewhere. */
  paths?: string[];
  reason: string;
  owner?: string;
  /** YYYY-MM-DD; the exception stops applying after this day. */
  expires?: string;
}

export interface Policy {
  /** Where it came from: a file path, or "default". */
  source: string;
  defaulted: boolean;
  failOnIncomplete: boolean;
  rules: PolicyRule[];
  exceptions: PolicyException[];
}

export const DEFAULT_POLICY: Policy = {
  source: 'default',
  defaulted: true,
  failOnIncomplete: false,
  rules: [],
  exceptions: [],
};
