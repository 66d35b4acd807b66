// config-file's cheap test before parsing: does the text hold a model-ish key anywhere? Both of its
// patterns start with a run of word characters, so a regex tried at every position of the text
// consumed each word and backtracked over it (real corpus: 4 s, most of it on files that then
// hold no such key). Here the text is searched for the keywords only, and the patterns are tried
// (sticky) only where a match containing that keyword could start: same answers.
import { isWordOrDash } from './char-codes.js';

/** A model-ish key: "model_name:", "\"embeddingModel\":", "base_model =", a dotted override "extra_configs.model_name_or_path:". */
export const MODEL_KEY_SOMEWHERE = /(^|[\s{,"'.-])[\w-]*(model|repo_id|llm|checkpoint|tokenizer)[\w-]*["']?\s*[:=]/im;
/** A model section opening: a TOML table (`[model]`, `[[models]]`, `[app.reward_model]`) or a YAML/JSON key (`embedding:`). */
export const MODEL_SECTION_SOMEWHERE =
  /(^|[\s{,"'[.-])(models?|llms?|embeddings?|embedder|reranker|tokenizer|teacher|student|judge|[\w-]*_model)["']?\s*(\]|:)/im;

const KEY_AT = new RegExp(MODEL_KEY_SOMEWHERE.source, 'imy');
const SECTION_AT = new RegExp(MODEL_SECTION_SOMEWHERE.source, 'imy');
/** A word every match of either pattern holds (`embedd` for embedding(s) and embedder). */
const KEYWORD = /model|repo_id|llm|checkpoint|tokenizer|embedd|reranker|teacher|student|judge/gi;
const KEY_PREFIX = /[\s{,"'.-]/;
const SECTION_PREFIX = /[\s{,"'[.-]/;

/** Whether `pattern` (sticky) matches at `at`. */
const matchesAt = (pattern: RegExp, text: string, at: number) => {
  pattern.lastIndex = at;
  return pattern.test(text);
};

/**
 * The one place a match of `(^|[prefix])[\w-]*...` can start in the `[\w-]` run [start, end) and
 * hold a keyword of that run: before the run (when that character is a prefix, or at the start of
 * the text), else at the run's first `-` (a prefix character inside the run; a later one only
 * sees less of the run). -1 when there is none.
 */
function runStart(text: string, start: number, end: number, prefix: RegExp): number {
  if (start === 0) return 0;
  if (prefix.test(text[start - 1]!)) return start - 1;
  const dash = text.indexOf('-', start);
  return dash >= 0 && dash < end ? dash : -1;
}

/** MODEL_KEY_SOMEWHERE.test(text) || MODEL_SECTION_SOMEWHERE.test(text), tried from the keywords only. */
export function mayHoldModelKey(text: string): boolean {
  KEYWORD.lastIndex = 0;
  let runEnd = -1;
  for (let m = KEYWORD.exec(text); m; m = KEYWORD.exec(text)) {
    const at = m.index;
    // A section key starts right before its keyword (`embedding:`, `.reward_model]`, `[[models]]`).
    if (matchesAt(SECTION_AT, text, at > 0 ? at - 1 : 0)) return true;
    if (at < runEnd) continue; // the run holding this keyword was tried whole
    // The `[\w-]` run around the keyword: `[\w-]*model[\w-]*` and `[\w-]*_model` sit in it.
    let start = at;
    while (start > 0 && isWordOrDash(text.charCodeAt(start - 1))) start--;
    runEnd = at;
    while (runEnd < text.length && isWordOrDash(text.charCodeAt(runEnd))) runEnd++;
    const keyAt = runStart(text, start, runEnd, KEY_PREFIX);
    if (keyAt >= 0 && matchesAt(KEY_AT, text, keyAt)) return true;
    const sectionAt = runStart(text, start, runEnd, SECTION_PREFIX);
    if (sectionAt >= 0 && matchesAt(SECTION_AT, text, sectionAt)) return true;
  }
  return false;
}
