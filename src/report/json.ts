import type { Report } from '../model/report.js';
import type { Reporter } from './reporter.js';
import { extendedSummary } from './summary.js';

/**
 * The public JSON contract: the Report as is, with stable key order from the model, except that the
 * summary (with the verdict and the counts every format leads with) comes before the models: a
 * reader of `head report.json` sees the outcome first.
 */
export const renderJson: Reporter = (report) => [...renderJsonChunks(report)].join('');

/** Pieces are handed out once they hold this many characters. */
const CHUNK_CHARS = 1 << 20;

/**
 * The same text as renderJson, in pieces of about a megabyte, for the CLI to write one by one. A
 * whole-corpus report is 14 MB of JSON, two-byte in memory as soon as one snippet holds a CJK
 * character; built whole (and copied once more to flatten the trailing newline, and again into a
 * write buffer) it made the end of an audit its peak of memory (real corpus: +60 MB).
 */
export function* renderJsonChunks(report: Report, chunkChars = CHUNK_CHARS): Generator<string> {
  const { schemaVersion, tool, root, generatedAt, summary: _counts, policy, ...rest } = report;
  let pending = '';
  for (const piece of jsonPieces({ schemaVersion, tool, root, generatedAt, summary: extendedSummary(report), policy, ...rest })) {
    pending += piece;
    if (pending.length >= chunkChars) {
      yield pending;
      pending = '';
    }
  }
  yield `${pending}\n`;
}

/**
 * `JSON.stringify(value, null, 2)` of a plain object, member by member, and each array member
 * element by element: only one element's text exists at a time. JSON.stringify escapes every line
 * break inside a string, so indenting a piece is replacing its line breaks.
 */
function* jsonPieces(value: Record<string, unknown>): Generator<string> {
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    const name = `${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `;
    if (Array.isArray(member) && member.length > 0 && typeof (member as { toJSON?: unknown }).toJSON !== 'function') {
      first = false;
      yield `${name}[`;
      for (const [at, element] of member.entries()) {
        const text = JSON.stringify(element, null, 2) ?? 'null';
        yield `${at === 0 ? '\n    ' : ',\n    '}${text.replaceAll('\n', '\n    ')}`;
      }
      yield '\n  ]';
      continue;
    }
    const text = JSON.stringify(member, null, 2);
    if (text === undefined) continue;
    first = false;
    yield `${name}${text.replaceAll('\n', '\n  ')}`;
  }
  yield first ? '{}' : '\n}';
}
