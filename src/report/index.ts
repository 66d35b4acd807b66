import { renderCycloneDx } from './cyclonedx.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderMarkdownSummary } from './markdown-summary.js';
import type { Reporter } from './reporter.js';
import { renderSarif } from './sarif.js';
import { renderTable } from './table.js';

export type Format = 'table' | 'json' | 'sarif' | 'markdown' | 'markdown-summary' | 'cyclonedx' | 'html';

/** Every format and its reporter: a format without one fails to compile. */
export const reporters = {
  table: renderTable,
  json: renderJson,
  sarif: renderSarif,
  markdown: renderMarkdown,
  'markdown-summary': renderMarkdownSummary,
  cyclonedx: renderCycloneDx,
  html: renderHtml,
} satisfies Record<Format, Reporter>;

export const FORMATS = Object.keys(reporters) as Format[];
