import type { Reporter } from './reporter.js';

/** The public JSON contract: the Report as is, with stable key order from the model. */
export const renderJson: Reporter = (report) => `${JSON.stringify(report, null, 2)}\n`;
