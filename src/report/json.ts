import type { Reporter } from './reporter.js';
import { extendedSummary } from './summary.js';

/**
 * The public JSON contract: the Report as is, with stable key order from the model, except that the
 * summary (with the verdict and the counts every format leads with) comes before the models: a
 * reader of `head report.json` sees the outcome first.
 */
export const renderJson: Reporter = (report) => {
  const { schemaVersion, tool, root, generatedAt, summary: _counts, policy, ...rest } = report;
  return `${JSON.stringify({ schemaVersion, tool, root, generatedAt, summary: extendedSummary(report), policy, ...rest }, null, 2)}\n`;
};
