/** A problem tied to where it happened: reported in the report's errors/skipped lists, never thrown. */
export type DiagnosticStage = 'discover' | 'extract' | 'resolve' | 'classify' | 'policy';

export type DiagnosticCode =
  | 'file-too-large'
  | 'binary-file'
  | 'special-file'
  | 'unreadable'
  | 'symlink-loop'
  | 'symlink-outside-root'
  | 'ignored'
  | 'excluded'
  | 'symlink-inside-root'
  | 'extraction-budget'
  | 'extraction-memory'
  | 'extraction-crash'
  | 'extraction-stalled'
  | 'malformed-file'
  | 'decode-error'
  | 'hub-not-found'
  | 'hub-gated'
  | 'hub-unauthorized'
  | 'hub-rate-limited'
  | 'hub-server-error'
  | 'hub-timeout'
  | 'hub-malformed-response'
  | 'hub-network-error'
  | 'offline-miss'
  | 'lock-miss'
  | 'lineage-cycle'
  | 'lineage-depth-cap'
  | 'unresolvable-reference'
  | 'cache-error'
  | 'config-warning';

export interface Diagnostic {
  stage: DiagnosticStage;
  code: DiagnosticCode;
  message: string;
  path?: string;
  line?: number;
  model?: string;
}

/** A file the walk did not audit, with why (listed in the report so nothing is dropped silently). */
export interface SkippedFile {
  path: string;
  reason: DiagnosticCode;
  detail?: string;
}
