import type { Report } from '../model/report.js';
import type { GroupBy } from './groups.js';

export interface RenderOptions {
  color: boolean;
  /** Print each lineage as a tree (table format). */
  tree?: boolean;
  /** SARIF: a result for every model with a finding, not only policy violations. */
  sarifAll?: boolean;
  /** Table: the terminal's width in columns; the table wraps its cells to fit (none: natural width). */
  width?: number;
  /** Table: one table per model family or per verdict. */
  groupBy?: GroupBy;
  /** Markdown summary: where the full report is, named when the summary leaves something out. */
  fullReport?: string;
}

/** Renders a finished Report into text; never looks anything up, never prints. */
export type Reporter = (report: Report, options: RenderOptions) => string;
