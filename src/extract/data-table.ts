// Tables of results and model lists in CSV/TSV (issue #15): a column whose header names models
// (`Model`, `model_id`, `model_name`, `base_model`, `checkpoint`, `repo_id`) holds one model per
// row, as a benchmark record or a leaderboard export writes it (`T4,TabbyML/StarCoder-1B,7,4.14`).
// A cell counts when it is a Hub id (`org/name`) or a hosted provider's published name
// (`deepseek-chat`); other cells (display names, aliases) are not read as models.
// Format: https://www.rfc-editor.org/rfc/rfc4180
import type { RawReference } from '../model/reference.js';
import { parseHubReference } from '../model/ids.js';
import { apiModelId, providerForName } from '../registry/providers.js';
import { defineExtractor } from './extractor.js';
import { PositionIndex } from './shared/position.js';

/** Headers of a column of models (case and surrounding spaces ignored). */
const MODEL_HEADER = /^(models?|model[ _-]?(id|name|path|repo)|base[ _-]?model|checkpoint|repo[ _-]?id|hf[ _-]?(model|repo))$/i;
/** Larger tables are data dumps: the header decides, but only so many rows are read. */
const MAX_ROWS = 100_000;

export default defineExtractor({
  name: 'data-table',
  words: ['model', 'checkpoint', 'repo'],
  matchesName: true,
  matches: (path) => /\.(csv|tsv)$/i.test(path),
  extract(file) {
    const text = file.text;
    const newline = text.indexOf('\n');
    const header = newline < 0 ? text : text.slice(0, newline);
    if (!/model|checkpoint|repo/i.test(header)) return { references: [], diagnostics: [] };
    const separator = /\.tsv$/i.test(file.relPath) || (header.includes('\t') && !header.includes(',')) ? '\t' : ',';
    const columns = cellsOf(header, separator)
      .map((cell, index) => (MODEL_HEADER.test(cell.text.trim()) ? index : -1))
      .filter((index) => index >= 0);
    if (columns.length === 0) return { references: [], diagnostics: [] };
    const positions = new PositionIndex(text);
    const references: RawReference[] = [];
    let start = newline + 1;
    for (let row = 0; newline >= 0 && start < text.length && row < MAX_ROWS; row++) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const cells = cellsOf(text.slice(start, end).replace(/\r$/, ''), separator);
      for (const index of columns) {
        const cell = cells[index];
        if (!cell) continue;
        const value = cell.text.trim();
        const hub = parseHubReference(value);
        const provider = hub ? undefined : providerForName(value);
        if (!hub && !provider) continue;
        const { line, column } = positions.at(start + cell.offset + cell.text.indexOf(value));
        references.push(
          hub
            ? { id: hub.id, source: 'huggingface', line, column, snippet: positions.snippet(line), ...(hub.revision ? { revision: hub.revision } : {}) }
            : { id: apiModelId(provider!, value), source: 'api', line, column, snippet: positions.snippet(line) },
        );
      }
      start = end + 1;
    }
    return { references, diagnostics: [] };
  },
});

/** The cells of one line, quotes removed, each with its offset in the line (quoted separators kept inside). */
function cellsOf(line: string, separator: string): { text: string; offset: number }[] {
  const cells: { text: string; offset: number }[] = [];
  let at = 0;
  while (at <= line.length) {
    if (line[at] === '"') {
      const close = line.indexOf('"', at + 1);
      const stop = close < 0 ? line.length : close;
      cells.push({ text: line.slice(at + 1, stop), offset: at + 1 });
      const next = line.indexOf(separator, stop);
      at = next < 0 ? line.length + 1 : next + 1;
    } else {
      const next = line.indexOf(separator, at);
      const stop = next < 0 ? line.length : next;
      cells.push({ text: line.slice(at, stop), offset: at });
      at = stop + 1;
    }
  }
  return cells;
}
