export type Verdict = 'pass' | 'warn' | 'fail';

/** One rule's outcome for one model: which references it concerns and whether it still counts. */
export interface PolicyFinding {
  rule: string;
  action: 'deny' | 'warn';
  /** open: counts toward the verdict; excepted: an exception covers every reference; baselined: already in --baseline. */
  status: 'open' | 'excepted' | 'baselined';
  reason: string;
  /** The references in the rule's scope that no exception excuses (all of them when excepted). */
  references: { path: string; line: number; column: number }[];
  /** What on the model made the rule match: families with the node they came through and the evidence kinds, licences with the models that declare them. */
  matched?: string[];
  /** The exception that excused it, when excepted. */
  exception?: { reason: string; owner?: string; expires?: string };
  /** An open finding some of whose references an exception excuses: those, and the exception. */
  excepted?: { references: { path: string; line: number; column: number }[]; exception: { reason: string; owner?: string; expires?: string } };
}

export interface PolicyResult {
  verdict: Verdict;
  reasons: string[];
  /** Stable ids of the rules that matched (used by SARIF, baselines and annotations). */
  rules?: string[];
  /** Exceptions that applied or expired. */
  exceptions?: { reason: string; owner?: string; expires?: string; expired: boolean }[];
  /** Per matched rule, in policy order (rules[i] is findings[i].rule). */
  findings?: PolicyFinding[];
}
