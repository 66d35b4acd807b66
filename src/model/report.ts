import type { Diagnostic, SkippedFile } from './diagnostic.js';
import type { LicenceFinding, LicenceInfo } from './licence.js';
import type { Lineage, LineageNode } from './lineage.js';
import type { Origin } from './origin.js';
import type { ModelSource, Reference } from './reference.js';
import type { PolicyResult } from './verdict.js';

/** One distinct model (id + source) with everything the audit learnt about it. */
export interface ModelReport {
  id: string;
  source: ModelSource;
  revision?: string;
  references: Reference[];
  lineage: Lineage;
  origin: Origin;
  licenses: LicenceInfo[];
  licenceFindings: LicenceFinding[];
  policy: PolicyResult;
}

export interface ReportSummary {
  models: number;
  chineseOrigin: number;
  unresolved: number;
  partial: number;
  violations: number;
  warnings: number;
  references: number;
  filesScanned: number;
  filesSkipped: number;
  /**
   * Files that could hold references but were not read whole (skipped as too large, binary or
   * unreadable, or read with an error): the audit is incomplete, like an unresolved lineage.
   */
  filesIncomplete: number;
  /**
   * Source files selected but read in no language (only Hub URLs are looked for in them), by
   * language, most first: what the audit cannot see until an extractor reads that language.
   * Absent from reports written before it existed.
   */
  languagesNotRead?: { language: string; files: number }[];
}

/** The one model every reporter renders. The JSON contract is this, serialised. */
export interface Report {
  schemaVersion: 1;
  tool: { name: 'modelprov'; version: string };
  root: string;
  generatedAt: string;
  models: ModelReport[];
  /** Every node of every lineage graph, keyed by id. */
  nodes: Record<string, LineageNode>;
  errors: { path?: string; model?: string; line?: number; code?: string; message: string }[];
  skipped: SkippedFile[];
  summary: ReportSummary;
  /** Whether the policy asks an incomplete audit to fail (exit 3). */
  policy: { source: string; failOnIncomplete: boolean; defaulted: boolean };
}

export type { Diagnostic };
