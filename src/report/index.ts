import { renderJson } from './json.js';
import type { Reporter } from './reporter.js';
import { renderTable } from './table.js';

export type Format = 'table' | 'json';

/** Every format and its reporter: a format without one fails to compile. */
export const reporters = {
  table: renderTable,
  json: renderJson,
} satisfies Record<Format, Reporter>;

export const FORMATS = Object.keys(reporters) as Format[];
