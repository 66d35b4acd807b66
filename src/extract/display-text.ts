// Model names inside the text a program shows: menus, help, prompts to the user, messages (issue #15).
//   echo -e "${YELLOW}1) DeepSeek (deepseek-v4-flash, deepseek-v4-pro, etc.)${NC}"      (an installer's menu)
//   println("""
//       • groq - Groq LPU models (llama-3.3-70b-versatile, mixtral-8x7b-32768, gemma2-9b-it)
//   """)                                                                            (a CLI's help)
// model-names reads whole string values; the text of a longer string is read here, word by word
// (shared/names-in-text.ts): the names of its lists of models, and a known name a label gives as
// the model (`Model: qwen-plus`); not a name in a sentence or an example. Strings are told from code
// and comments by the file's quoting rules (shared/string-spans.ts); docstrings and comments are
// documentation, not text the program shows, and are not read.
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { knownNameWords, knownWordLines } from './shared/model-name.js';
import { namesInText, type TextLine } from './shared/names-in-text.js';
import { stringSpans, syntaxFor, type StringSpan } from './shared/string-spans.js';
import { PositionIndex } from './shared/position.js';

/** Not the project's text: lockfiles, minified bundles, type declarations, translations. */
const SKIP = /\.min\.[cm]?js$|\.d\.[cm]?ts$|(^|\/)(locales?|i18n|translations?)\//i;
/** Longer lines are minified code or data (the bound model-names uses). */
const MAX_LINE = 4000;
/** Longer strings are data or bundled code (a minified file's one line), not text a person wrote. */
const MAX_TEXT = 20_000;
/** Text, not a single value: a space or a list separator in it (whole values are model-names'). */
const TEXT = /[\s,;&、，]/;
/** A regular expression written as a string (`"(gpt-4|claude-3)"`, `"^o\d"`): a test of names, not a mention. */
const PATTERN = /\(\?|\\[dwsbDWS]|\.\*|\[\^|\|\w/;

/**
 * What opens a test's title (`test("matches the gpt-4, chatgpt-4o and o1 families", ...)`, `it(`,
 * `describe(`, Go's `t.Run(`, JUnit's `@DisplayName(`): the test says in words what it checks.
 */
const TEST_TITLE = /(?:^|[^\w$.])(?:it|test|describe|context|suite|t\.Run|DisplayName)(?:\.(?:only|skip|todo|concurrent|fails))?\s*\(\s*$/;

export default defineExtractor({
  name: 'display-text',
  // Not `matchesName`: SKIP tests folders (locales/), which a test of the file name alone never sees.
  matches: (path) => syntaxFor(path) !== undefined && !SKIP.test(path),
  words: () => knownNameWords(),
  extract(file) {
    const text = file.text;
    const syntax = syntaxFor(file.relPath);
    if (!syntax) return { references: [], diagnostics: [] };
    // The prefilter's words (knownNameWords), tested first: without one no string here can hold a known name. Found in
    // model-names' pass over the same text (it runs first): a string is read only when it holds one.
    const words = knownWordLines(text);
    if (!words) return { references: [], diagnostics: [] };
    const spans = stringSpans(text, syntax);
    const lines = new PositionIndex(text);
    const references: RawReference[] = [];
    const done = new Set<number>();
    const seen = new Set<string>();
    for (let s = 0; s < spans.length; s++) {
      // Only display strings holding a known name's word are read, with the display strings around them.
      if (done.has(s) || !words.holds(spans[s]!.start, spans[s]!.end) || !isDisplay(spans[s]!, text)) continue;
      // Minified or data lines hold no sentence a person wrote.
      if (lines.lineLength(lines.lineOf(spans[s]!.start)) > MAX_LINE) continue;
      const block = blockAround(spans, s, text, lines);
      for (const i of block) done.add(i);
      for (const name of namesInText(block.flatMap((i) => linesOf(spans[i]!, text, lines)))) {
        const key = `${name.line}|${name.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // The line cut at 200 characters, with no mark (this extractor's snippets as first written).
        references.push({ id: name.id, source: name.source, line: name.line, column: name.column, snippet: lines.snippet(name.line, Infinity).slice(0, 200) });
      }
    }
    references.sort((a, b) => a.line - b.line || a.column - b.column);
    return { references, diagnostics: [] };
  },
});

/**
 * A command-line option's value (`--static-model-labels "llama-prefill,llama-decode"`, `--static-model-types "chat,chat"`):
 * an argument the command reads, not text it shows; the models given to a model option are the command's (cli-args).
 */
const OPTION_VALUE = /(?:^|\s)--[A-Za-z][\w-]*(?:\s+|=)$/;

/** Display text: not a docstring, words or a list in it, not a pattern, not a test's title, not an option's value. */
const isDisplay = (span: StringSpan, text: string) => {
  if (span.doc || span.end - span.start < 3 || span.end - span.start > MAX_TEXT) return false;
  const value = text.slice(span.start, span.end);
  const before = text.slice(Math.max(0, span.start - 41), span.start - 1);
  return TEXT.test(value) && !PATTERN.test(value) && !TEST_TITLE.test(before) && !OPTION_VALUE.test(before);
};

/**
 * The display strings read together with span `s`: a string over several lines alone, or the run
 * of one-line strings on consecutive lines around it (the lines of a menu `echo`ed one by one).
 */
function blockAround(spans: readonly StringSpan[], s: number, text: string, lines: PositionIndex): number[] {
  const span = spans[s]!;
  const oneLine = (i: number) => lines.lineOf(spans[i]!.start) === lines.lineOf(spans[i]!.end);
  if (!oneLine(s)) return [s];
  const block = [s];
  for (const step of [-1, 1]) {
    let line = lines.lineOf(span.start);
    for (let i = s + step, steps = 0; i >= 0 && i < spans.length && steps < 400; i += step, steps++) {
      const at = lines.lineOf(spans[i]!.start);
      if (Math.abs(at - line) > 1) break;
      if (!oneLine(i) || !isDisplay(spans[i]!, text)) {
        if (at !== line) break;
        continue;
      }
      block.push(i);
      line = at;
    }
  }
  return block.sort((a, b) => a - b);
}

/** A string's text line by line, each where it stands in the file. */
function linesOf(span: StringSpan, text: string, lines: PositionIndex): TextLine[] {
  const out: TextLine[] = [];
  let line = lines.lineOf(span.start);
  let column = span.start - lines.lineStart(line) + 1;
  let at = span.start;
  while (at <= span.end) {
    let eol = text.indexOf('\n', at);
    if (eol < 0 || eol > span.end) eol = span.end;
    out.push({ text: text.slice(at, eol), line, column });
    at = eol + 1;
    line++;
    column = 1;
  }
  return out;
}
