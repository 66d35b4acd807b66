export type Verdict = 'pass' | 'warn' | 'fail';

export interface PolicyResult {
  verdict: Verdict;
  reasons: string[];
  /** Stable ids of the rules that matched (used by SARIF, baselines and annotations). */
  rules?: string[];
  /** Exceptions that applied or expired. */
  exceptions?: { reason: string; owner?: string; expires?: string; expired: boolean }[];
}
