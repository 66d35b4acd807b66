// Tables of results and model lists in CSV/TSV (issue #15): a column whose header names models
// (`Model`, `model_id`, `model_name`, `base_model`, `checkpoint`, `repo_id`) holds one model per
// row, as a benchmark record or a leaderboard export writes it (`T4,TabbyML/StarCoder-1B,7,4.14`).
// A cell counts when it is a Hub id (`org/name`) or a hosted provider's published name
// (`deepseek-chat`); other cells (display names, aliases) are not read as models.
// Markdown and MDX pipe tables are read the same way, outside fenced code, with one more rule: a
// column headed as the models' identifiers (`Model ID`, `model_id`, `Model tag`, `repo_id`) holds
// the name a tool takes, so every name-shaped cell counts (`[StarCoder-1B](https://huggingface.co/...)`
// in a model catalogue: the link text is the id, the link the upstream). A plain `Model` or
// `Model name` column in prose tables is display text (benchmarks, support matrices): Hub ids only.
// A database seed (`.sql`) is a table too: the rows of `INSERT INTO t VALUES (...)` under the columns its
// `CREATE TABLE t (...)` (or the INSERT's own column list) declares. A model column (`model_name`, the name a platform
// that keeps its models in a table sends to the provider: ageerle/ruoyi-ai's chat_model seed) names one model per row:
// a Hub id, a provider's published name, a gateway's `org/model/task` route, or any name when the row's provider column
// names a provider the registry knows (Zhipu's `rerank`); a name no table knows beside another kind of provider (a Dify
// app's `dify-chat`) or a placeholder (`替换为你的COZE_BOT_ID`) is not read.
// Format: https://www.rfc-editor.org/rfc/rfc4180, https://github.github.com/gfm/#tables-extension-,
// https://dev.mysql.com/doc/refman/8.0/en/insert.html
import type { RawReference } from '../model/reference.js';
import { parseHubReference } from '../model/ids.js';
import { apiModelId, contextOnlyId, providerAlias, providerForName, providerIds } from '../registry/providers.js';
import { defineExtractor } from './extractor.js';
import { PositionIndex } from './shared/position.js';
import { isNameShaped, isPlaceholderName } from './shared/model-name.js';
import { isModelEnvName } from './shared/cli-args.js';
import { MARKDOWN_PAGE } from './shared/prose-files.js';

/** Headers of a column of models (case and surrounding spaces ignored). */
const MODEL_HEADER = /^(models?|model[ _-]?(id|name|path|repo)|base[ _-]?model|checkpoint|repo[ _-]?id|hf[ _-]?(model|repo))$/i;
/**
 * In a CSV or TSV (a program's input, not a page), a column named for the model of one role, snake or kebab case
 * (`sparse_model` of lm-evaluation-harness's steering configs, tests/testconfigs/sparsify_intervention.csv, the SAE a
 * steered model loads; `reward_model`, `draft_model`): its Hub ids and published names, as a `base_model` column's.
 */
const ROLE_MODEL_HEADER = /^[a-z]+[_-]model$/;
/** Larger tables are data dumps: the header decides, but only so many rows are read. */
const MAX_ROWS = 100_000;
/** A Markdown column of the names a tool takes: `Model ID`, `model_id`, `Model tag`, `repo_id`, `HF model id`. */
const ID_HEADER = /^((hf|hub)[ _-]?)?(model|repo)[ _-]?(id|tag)$/i;

export default defineExtractor({
  name: 'data-table',
  words: ['model', 'checkpoint', 'repo'],
  matchesName: true,
  matches: (path) => /\.(csv|tsv|sql)$/i.test(path) || MARKDOWN_PAGE.test(path),
  extract(file) {
    const text = file.text;
    if (/\.sql$/i.test(file.relPath)) return { references: sqlTableReferences(text), diagnostics: [] };
    if (MARKDOWN_PAGE.test(file.relPath)) return { references: markdownTableReferences(text), diagnostics: [] };
    const newline = text.indexOf('\n');
    const header = newline < 0 ? text : text.slice(0, newline);
    if (!/model|checkpoint|repo/i.test(header)) return { references: [], diagnostics: [] };
    const separator = /\.tsv$/i.test(file.relPath) || (header.includes('\t') && !header.includes(',')) ? '\t' : ',';
    const columns = cellsOf(header, separator)
      .map((cell, index) => (MODEL_HEADER.test(cell.text.trim()) || ROLE_MODEL_HEADER.test(cell.text.trim()) ? index : -1))
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
        const found = namedModel(value);
        if (!found) continue;
        const { line, column } = positions.at(start + cell.offset + cell.text.indexOf(value));
        references.push({ ...found, line, column, snippet: positions.snippet(line) });
      }
      start = end + 1;
    }
    return { references, diagnostics: [] };
  },
});

type Named = Pick<RawReference, 'id' | 'source' | 'revision'>;

/** A cell that names a model wherever it stands: a Hub id or a hosted provider's published name. */
function namedModel(value: string): Named | undefined {
  const hub = parseHubReference(value);
  if (hub) return { id: hub.id, source: 'huggingface', ...(hub.revision ? { revision: hub.revision } : {}) };
  const provider = providerForName(value);
  return provider ? { id: apiModelId(provider, value), source: 'api' } : undefined;
}

/** A Markdown table row's line: `| a | b |` or `a | b` (GFM allows the outer pipes to be left out). */
const ROW = /^\s*\|?.*\|/;
/** The delimiter row under a header: `| --- | :---: |`. */
const DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const FENCE = /^\s*(`{3,}|~{3,})/;
/** Emphasis and code marks around a cell's text (`**x**`, `` `x` ``). */
const MARKS = /^[*_`\s]+|[*_`\s]+$/g;

/**
 * The models named in the pipe tables of a Markdown document, outside fenced code: under a model
 * header, Hub ids and provider names; under an identifier header (`Model ID`), also any name-shaped
 * cell, as a self-hosted name (`openai-compatible/StarCoder-1B`). A link cell is read by its text
 * (the link itself is hub-url's).
 */
function markdownTableReferences(text: string): RawReference[] {
  if (!/\|\s*:?-{3}|-{3}:?\s*\|/.test(text)) return []; // no delimiter row: no table
  const lines = text.split('\n');
  const references: RawReference[] = [];
  let fence: string | undefined;
  let inTable = false;
  let columns: { index: number; ids: boolean }[] = [];
  let positions: PositionIndex | undefined;
  const add = (found: Named, line: number, column: number) => {
    positions ??= new PositionIndex(text);
    references.push({ ...found, line, column, snippet: positions.snippet(line) });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const opened = FENCE.exec(line);
    if (fence) {
      if (opened && opened[1]![0] === fence[0] && opened[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (opened || !ROW.test(line)) {
      if (opened) fence = opened[1];
      inTable = false;
      columns = [];
      continue;
    }
    if (!inTable) {
      // A header: this row, then a delimiter row.
      const next = lines[i + 1];
      if (next === undefined || !DELIMITER.test(next)) continue;
      inTable = true;
      columns = tableCells(line)
        .map((cell, index) => {
          const header = cell.text.replace(MARKS, '');
          return MODEL_HEADER.test(header) || ID_HEADER.test(header) ? { index, ids: ID_HEADER.test(header) } : undefined;
        })
        .filter((c) => c !== undefined);
      i++; // the delimiter row
      continue;
    }
    const cells = tableCells(line);
    for (const { index, ids } of columns) {
      const cell = cells[index];
      if (!cell) continue;
      const link = /^\s*\[([^\]]*)\]\([^)]*\)\s*$/.exec(cell.text);
      // Under a plain `Model` header a link's text is a display label (`[Phi-3/Phi-3.5](https://huggingface.co/microsoft)`).
      if (link && !ids) continue;
      const value = (link ? link[1]! : cell.text).replace(MARKS, '');
      if (!value || /\s/.test(value) || (!ids && !value.includes('/'))) continue;
      const found = namedModel(value) ?? (ids && isNameShaped(value) ? { id: contextOnlyId(value), source: 'api' as const } : undefined);
      if (!found || (!ids && found.source !== 'huggingface')) continue;
      add(found, i + 1, cell.offset + cell.text.indexOf(value) + 1);
    }
    // A table of settings: the row of a model-named setting (`| \`OPENEDAI_EMBEDDING_MODEL\` | ... | org/name |`)
    // gives its value, a Hub id or a provider's published name, in another cell.
    const setting = cells[0]?.text.replace(MARKS, '');
    if (!setting || !/^[A-Za-z_][\w.-]*$/.test(setting) || !isModelEnvName(setting)) continue;
    for (const cell of cells.slice(1)) {
      const value = cell.text.replace(MARKS, '');
      const found = value && !/\s/.test(value) ? namedModel(value) : undefined;
      if (found && (found.source === 'api' || value.includes('/'))) add(found, i + 1, cell.offset + cell.text.indexOf(value) + 1);
    }
  }
  return references;
}

/** The cells of a Markdown table row, outer pipes dropped, each with its offset in the line (`\\|` and pipes in code spans kept). */
function tableCells(line: string): { text: string; offset: number }[] {
  const cells: { text: string; offset: number }[] = [];
  let start = 0;
  let code = false;
  const lead = /^\s*\|/.exec(line);
  if (lead) start = lead[0].length;
  for (let at = start; at <= line.length; at++) {
    const ch = line[at];
    if (ch === '`') code = !code;
    else if (ch === '\\') at++;
    else if ((ch === '|' && !code) || at === line.length) {
      const cellText = line.slice(start, at);
      if (at < line.length || cellText.trim()) cells.push({ text: cellText, offset: start });
      start = at + 1;
    }
  }
  return cells;
}

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

/** A seed table's column of model names (`model_name`, `model`, `base_model`, `embedding_model`). */
const SQL_MODEL_COLUMN = /^(?:models?|model_?(?:id|name)|base_?model|llm_?model|embedding_?model)$/i;
/** The column naming the row's provider (`provider_code`, `platform`). */
const SQL_PROVIDER_COLUMN = /^(?:provider|(?:model_?)?provider_?(?:code|name|id)?|platform|vendor)$/i;
const SQL_NOT_COLUMN = /^(?:primary|key|unique|index|constraint|foreign|check|fulltext|spatial)$/i;
const SQL_IDENTIFIER = /^\s*[`"[]?([A-Za-z_][\w$]*)[`"\]]?/;

/** The top-level parts of a bracket's body, split at commas outside quotes and nested brackets, with their offsets. */
function sqlParts(text: string, open: number): { parts: { text: string; offset: number; quoted: boolean }[]; end: number } {
  const parts: { text: string; offset: number; quoted: boolean }[] = [];
  let depth = 0;
  let start = open + 1;
  let quoted = false;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      // A string: doubled quotes and backslash escapes stay inside it.
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] === '\\') j++;
        else if (text[j] === c) {
          if (text[j + 1] === c) j++;
          else break;
        }
      }
      if (c === "'" && depth === 0 && !text.slice(start, i).trim()) quoted = true;
      i = j;
    } else if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if ((c === ',' || c === ')') && depth === 0) {
      parts.push({ text: text.slice(start, i), offset: start, quoted });
      quoted = false;
      start = i + 1;
      if (c === ')') return { parts, end: i + 1 };
    }
  }
  return { parts, end: text.length };
}

const tableName = (written: string) =>
  written
    .replace(/[`"[\]]/g, '')
    .split('.')
    .pop()!
    .toLowerCase();

/** The models a seed file's rows name in a model column (the header comment above says which). */
function sqlTableReferences(text: string): RawReference[] {
  if (!/insert\s+(?:ignore\s+)?into/i.test(text)) return [];
  const columnsOf = new Map<string, string[]>();
  for (const m of text.matchAll(/create\s+table\s+(?:if\s+not\s+exists\s+)?([`"[]?[\w.$]+[`"\]]?)\s*\(/gi)) {
    const columns = sqlParts(text, m.index + m[0].length - 1)
      .parts.map((p) => SQL_IDENTIFIER.exec(p.text)?.[1])
      .filter((c): c is string => c !== undefined && !SQL_NOT_COLUMN.test(c));
    columnsOf.set(tableName(m[1]!), columns);
  }
  const references: RawReference[] = [];
  let positions: PositionIndex | undefined;
  for (const m of text.matchAll(/insert\s+(?:ignore\s+)?into\s+([`"[]?[\w.$]+[`"\]]?)\s*(\([^()]*\))?\s*values\s*/gi)) {
    const columns = m[2]
      ? m[2]
          .slice(1, -1)
          .split(',')
          .map((c) => c.trim().replace(/[`"[\]]/g, ''))
      : columnsOf.get(tableName(m[1]!));
    const model = columns?.findIndex((c) => SQL_MODEL_COLUMN.test(c)) ?? -1;
    if (model < 0) continue;
    const providerColumn = columns!.findIndex((c) => SQL_PROVIDER_COLUMN.test(c));
    // Each row of the statement: `(...)`, then `,` and the next, up to the `;`.
    for (let at = m.index + m[0].length; text[at] === '(';) {
      const { parts, end } = sqlParts(text, at);
      const cell = parts[model];
      const value = cell?.quoted ? cell.text.trim().slice(1, -1) : undefined;
      const providerCell = providerColumn >= 0 ? parts[providerColumn] : undefined;
      const provider = providerCell?.quoted ? providerAlias(providerCell.text.trim().slice(1, -1).toLowerCase()) : undefined;
      const found = value ? seedModel(value, provider) : undefined;
      if (found) {
        positions ??= new PositionIndex(text);
        const { line, column } = positions.at(cell!.offset + cell!.text.indexOf(value!));
        references.push({ ...found, line, column, snippet: positions.snippet(line) });
      }
      at = end;
      while (/[\s,]/.test(text[at] ?? '')) at++;
    }
  }
  return references;
}

/** A seed row's model: its name read as the header comment above says, with the row's provider. */
function seedModel(value: string, provider: string | undefined): Named | undefined {
  // (Printable ASCII only: `替换为你的COZE_BOT_ID`, a slot to fill in; nor an escaped or spaced value, nor a placeholder.)
  if (!/^[\x21-\x7e]+$/.test(value) || /['"\\]/.test(value) || isPlaceholderName(value)) return undefined;
  // A gateway's route, `org/model/task` (Atlas Cloud's `bytedance/seedance-2.0/text-to-video`): the whole route.
  if ((value.match(/\//g) ?? []).length >= 2 && /^[A-Za-z0-9][\w.-]*(?:\/[\w.-]+)+$/.test(value)) {
    const first = providerAlias(value.slice(0, value.indexOf('/')).toLowerCase());
    return providerIds().includes(first) ? { id: value, source: 'api' } : { id: contextOnlyId(value), source: 'api' };
  }
  const named = namedModel(value);
  if (named) return named;
  if (provider && providerIds().includes(provider) && /^[A-Za-z0-9][\w.:-]*$/.test(value))
    return { id: apiModelId({ id: provider, router: false }, value), source: 'api' };
  return undefined;
}
