import { PositionIndex } from '../extract/shared/position.js';
import type { ExtractedReference } from './screen.js';
import { isOtherHub } from '../model/reference.js';

/** Code in a language whose string literals are quoted `"..."` or `'...'`. */
export const SAME_ID_CODE = /\.(?:py|[cm]?[jt]sx?|go|rs|java|kt|scala|rb|cs|php|swift|dart)$/i;
/** Before a string, what makes it an operand of a comparison or a membership test (`== "x"`, `in ("x",`), not a value given. */
const COMPARED_BEFORE = /(?:[!=]==?|\bin|\bnot in)\s*[([]?\s*$/;
const COMMENT_START = /^\s*(?:#|\/\/|\/\*|\*)/;
/** Before a string, a key or keyword naming what serves or kinds a model, not the model (`llm_provider="proxy/openai"`, `task=`). */
const OTHER_KEY_BEFORE = /(?:provider|type|backend|engine|platform|vendor|format|kind|task|category|family)["']?\s*[:=]\s*$/i;

/**
 * A Hub or ModelScope id a reader found in code, as a whole string literal, is that model wherever else the file writes
 * the same literal: `("cross-encoder-testing/reranker-bert-tiny-gooaq-bce",)` in a test's parametrised arguments, after
 * `{"model_name": "<same>"}` on an earlier line (UKPLab/sentence-transformers' test_cross_encoder.py). The place that
 * says it is a model says so for the file; an organisation no table knows is read nowhere else by its shape alone. Not
 * on a comment line or in a Python docstring (`proseLines`), nor as an operand of a comparison (`model_id == "x"` tests
 * a name, it gives none), nor under a key naming a provider, a type or a task (`llm_provider="proxy/openai"`), where the
 * first reading was wrong too.
 */
export function sameIdElsewhere(references: readonly ExtractedReference[], text: string, proseLines: () => ReadonlySet<number>): ExtractedReference[] {
  const byWritten = new Map<string, ExtractedReference>();
  const linesOf = new Map<string, Set<number>>();
  const positions = new PositionIndex(text);
  for (const r of references) {
    if ((r.raw.source !== 'huggingface' && !isOtherHub(r.raw.source)) || !r.raw.id.includes('/')) continue;
    (linesOf.get(r.raw.id) ?? linesOf.set(r.raw.id, new Set()).get(r.raw.id)!).add(r.raw.line);
    if (r.reference.context === 'comment') continue;
    const lineStart = positions.lineStart(r.raw.line) ?? 0;
    const at = lineStart + r.raw.column - 1;
    const quote = text.charAt(at - 1);
    if ((quote !== '"' && quote !== "'") || text.charAt(at + r.raw.id.length) !== quote) continue;
    if (OTHER_KEY_BEFORE.test(text.slice(lineStart, at - 1))) continue;
    const written = text.slice(at - 1, at + r.raw.id.length + 1);
    if (written.slice(1, -1).toLowerCase() === r.raw.id.toLowerCase() && !byWritten.has(written)) byWritten.set(written, r);
  }
  const added: ExtractedReference[] = [];
  let prose: ReadonlySet<number> | undefined;
  const places = writtenPlaces(text, byWritten);
  for (const [written, found] of byWritten) {
    const seen = linesOf.get(found.raw.id)!;
    for (const at of places.get(written)!) {
      const line = positions.lineOf(at);
      if (seen.has(line) || (prose ??= proseLines()).has(line)) continue;
      const lineStart = positions.lineStart(line);
      const before = text.slice(lineStart, at);
      if (COMMENT_START.test(before) || COMPARED_BEFORE.test(before) || OTHER_KEY_BEFORE.test(before)) continue;
      seen.add(line);
      // The id's column, after its quote.
      const column = at - lineStart + 2;
      const snippet = positions.snippet(line);
      added.push({ raw: { ...found.raw, line, column, snippet }, reference: { ...found.reference, line, column, snippet } });
    }
  }
  return added;
}

/**
 * Where each quoted literal stands, in one pass over the text's quotes (an indexOf per literal made the rule grow with
 * the number of ids times the text: LLaMA-Factory's constants.py names hundreds). An id has no quote in it, so the
 * literal starting at a quote ends at the next same quote; occurrences of one literal do not overlap, as indexOf's did not.
 */
function writtenPlaces(text: string, written: ReadonlyMap<string, unknown>): Map<string, number[]> {
  const places = new Map<string, number[]>();
  let longest = 0;
  for (const w of written.keys()) {
    places.set(w, []);
    longest = Math.max(longest, w.length);
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 34 && c !== 39) continue;
    const close = text.indexOf(text[i]!, i + 1);
    if (close < 0 || close - i + 1 > longest) continue;
    const list = places.get(text.slice(i, close + 1));
    if (list && (list.length === 0 || i >= list[list.length - 1]! + close - i + 1)) list.push(i);
  }
  return places;
}
