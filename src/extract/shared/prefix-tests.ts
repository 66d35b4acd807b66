// Strings a program tests model names against, not models: `model.startswith("claude-3")`,
// `"gpt-4" in model_name`, `name.startsWith('gemini-')`, and the lists prefix tests walk
// (`any(model.startswith(p) for p in REASONING_MODELS)`, `PREFIXES.some((p) => m.startsWith(p))`).
// A prefix names a family of models ("any claude-3"), not one the project calls (issue #15, item 8).
import { PositionIndex } from './position.js';

/**
 * Written as the argument of a prefix or substring test: `.startswith("`, `.endsWith('`, `.includes("`, tuples too,
 * or of Python's `.removeprefix("` / `.removesuffix("` (a prefix stripped off a name);
 * Go's `strings.HasPrefix(name, "`, `strings.Contains(meta.ActualModelName, "` (the tested string comes first).
 */
const TEST_CALL_BEFORE =
  /\.(?:startswith|endswith|includes|contains|removeprefix|removesuffix)\(\s*[([]?\s*(?:(?:["'`][^"'`\n]*["'`]|[\w.]+)\s*,\s*)*$|\bstrings\.(?:HasPrefix|HasSuffix|Contains|TrimPrefix|TrimSuffix)\(\s*[^,"'`\n]{1,80},\s*$/i;
/**
 * Go's membership test of a family (`slices.Contains([]string{"gptoss", "gpt-oss"}, cfg.ModelFamily)`, ollama/ollama
 * server/images.go): the set's strings are the families a model's own family is compared with, not models. (Tested
 * against a model name, `slices.Contains([]string{"o1", "o3"}, model)`, they are whole names: models.)
 */
const GO_SET_BEFORE = /\bslices\.Contains\(\s*\[\]string\{\s*(?:"[^"\n]*"\s*,\s*)*$/;
const FAMILY_TESTED_AFTER = /^\s*(?:,\s*"[^"\n]*"\s*)*\}\s*,\s*[\w.]*(?:family|Family)\s*\)/;
/** `"x" in <expr>` / `"x" not in <expr>`: the expression's first name, and what follows it. */
const IN_AFTER = /^\s+(?:not\s+)?in\s+([A-Za-z_][\w.]*)(\s*\[\s*["'][^"'\n]*["']\s*\])?/;
/** Methods that keep a string a string: `model_name.lower()`. */
const STRING_METHODS = /\.(?:lower|upper|casefold|strip|lstrip|rstrip)$/;

/**
 * True when the quoted value between `before` and `after` (the line's text on each side of its
 * quotes) is tested as part of another string: the argument of startswith/endswith/includes, or the
 * left side of Python's `in` on one string (`in model_name`, `in self.model.name.lower()`, `in
 * request["model"]`). `in MODELS`, `in supported_models` test membership of a whole name: not a prefix.
 */
export function isPrefixTest(before: string, after: string): boolean {
  if (TEST_CALL_BEFORE.test(before)) return true;
  if (GO_SET_BEFORE.test(before) && FAMILY_TESTED_AFTER.test(after)) return true;
  const m = IN_AFTER.exec(after);
  if (!m) return false;
  if (m[2]) return true; // `in request_params["model"]`: one value of a mapping, a string
  const name = m[1]!.replace(/\(\)$/, '').replace(STRING_METHODS, '');
  const last = name.slice(name.lastIndexOf('.') + 1);
  // A collection: ALL-CAPS constant, a plural, or a list/set/dict by name.
  return !(/^[A-Z][A-Z0-9_]+$/.test(last) || /(?:s|list|set|dict|map|table|names|ids)$/i.test(last));
}

/** Loops over a collection: `for p in PREFIXES`, `for (const p of PREFIXES)`, `PREFIXES.some((p) =>`. */
const LOOP =
  /\bfor\s+(\w+)(?:\s*,\s*\w+)*\s+in\s+(?:self\.)?([A-Za-z_]\w*)|\bfor\s*\(\s*(?:const|let|var)\s+(\w+)\s+of\s+(?:this\.)?([A-Za-z_$][\w$]*)|\b([A-Za-z_$][\w$]*)\.(?:some|find|filter|every|findIndex)\(\s*\(?\s*(\w+)\s*\)?\s*=>/g;
/** A collection given whole to a prefix test: `name.startswith(PREFIXES)`, `.startswith(tuple(PREFIXES))`. */
export const WHOLE = /\.(?:startswith|endswith)\(\s*(?:tuple\(\s*)?(?:self\.)?([A-Za-z_]\w*)\s*\)/g;

/**
 * Lines (1-based) of the literals of collections whose entries the file tests as prefixes of a
 * model name. Empty for most files: loops are looked at only in a file that tests prefixes.
 */
export function prefixCollectionLines(text: string): Set<number> {
  const lines = new Set<number>();
  // (The case-blind alternation is slow on a long text: its common tail, by character classes, first.)
  if (!/[sS][wW][iI][tT][hH]/.test(text) || !/startswith|endswith/i.test(text)) return lines;
  const names = new Set<string>();
  const positions = new PositionIndex(text);
  // (Each match of WHOLE holds `.startswith(` or `.endswith(`, each of INLINE_WALK `=>`: a text without them is not searched.)
  if (text.includes('.startswith(') || text.includes('.endswith(')) for (const m of text.matchAll(WHOLE)) names.add(m[1]!);
  for (const m of loopsNearTests(text)) {
    const variable = m[1] ?? m[3] ?? m[6]!;
    const collection = m[2] ?? m[4] ?? m[5]!;
    // The test stands near the loop: before it in a generator (`any(x.startswith(p) for p in P)`), after it in a body.
    const near = text.slice(Math.max(0, m.index - 200), m.index + m[0].length + 300);
    if (!/startswith|endswith/i.test(near)) continue;
    const v = variable.replace(/\$/g, '\\$');
    // Only prefix tests: a list matched by `includes` / `in` (`noTemperatureModels.some((m) => model.includes(m))`)
    // mostly holds whole names, matched inside longer ones (`us.anthropic.claude-opus-4-7`).
    const test = new RegExp(String.raw`\.(?:startswith|endswith|startsWith|endsWith)\(\s*${v}\s*\)`);
    if (test.test(near)) names.add(collection);
  }
  for (const [open, close] of text.includes('=>') ? inlinePrefixWalks(text) : []) {
    if (numberTable(text.slice(open, close + 1))) continue;
    for (let l = positions.lineOf(open), last = positions.lineOf(close); l <= last; l++) lines.add(l);
  }
  for (const name of names) {
    // `if model_name in MODEL_REGISTRY: ... else: <longest prefix>`: looked up whole first, so it lists whole names.
    if (looksUpWhole(text, name)) continue;
    const spans = literalLines(text, name, positions);
    for (const [from, to, literal] of spans) {
      if (numberTable(literal)) continue;
      for (let l = from; l <= to; l++) lines.add(l);
    }
    if (spans.length) continue;
    // A part of a table of tables, walked by key: `for key, config in supplier_defaults.items(): if
    // model_name.startswith(key)` after `supplier_defaults = cls._model_defaults.get(supplier)`, or inside `for supplier,
    // models in cls._model_defaults.items()` (QuivrHQ/quivr's per-supplier LLM table). Only the inner tables' keys are
    // tested; their values (`LLMConfig(tokenizer_hub="Quivr/gpt-4o", ...)`) are read as written.
    const whole = tableOf(text, name);
    if (!whole || looksUpWhole(text, whole)) continue;
    for (const [from, to, literal] of literalLines(text, whole, positions)) {
      if (numberTable(literal)) continue;
      for (let l = from; l <= to; l++) {
        const at = positions.lineStart(l);
        if (KEYED_ENTRY.test(text.slice(at, at + positions.lineLength(l)))) lines.add(l);
      }
    }
  }
  return lines;
}

/**
 * The table a walked collection is one entry of: `x = cls.TABLE.get(k)`, `x = TABLE[k]`, `for k, x in TABLE.items()`,
 * `for x in self.TABLE.values()` (one hop; a name assigned a literal of its own is read as that literal).
 */
function tableOf(text: string, name: string): string | undefined {
  const escaped = name.replace(/\$/g, '\\$');
  const assigned = new RegExp(String.raw`(?:^|[^\w.])${escaped}\s*=\s*(?:[A-Za-z_]\w*\.)?([A-Za-z_]\w*)\s*(?:\.get\(|\[)`, 'm').exec(text);
  if (assigned) return assigned[1];
  const walked = new RegExp(String.raw`\bfor\s+(?:\w+\s*,\s*)?${escaped}\s+in\s+(?:[A-Za-z_]\w*\.)?([A-Za-z_]\w*)\.(?:items|values)\(\)`).exec(text);
  return walked?.[1];
}

/** An array literal walked in place, its `]` then the walk: `].some((m) =>` (the literal's own `[` found by bracketOpening). */
export const INLINE_WALK = /\]\s*\.(?:some|find|filter|every|findIndex)\(\s*\(?\s*(\w+)\s*\)?\s*=>/g;

/**
 * Offsets of the `[` and `]` of each array literal walked in place with a prefix test of its entries, on one line or
 * several: chatboxai/chatbox's Ollama helpers `return ['gemma3', 'llava', ...].some((m) => model.startsWith(m))`,
 * continuedev/continue's `[ "cogito-2.1", ... ].some((part) => modelName.toLowerCase().startsWith(part))`.
 */
function* inlinePrefixWalks(text: string): Generator<[number, number]> {
  for (const m of text.matchAll(INLINE_WALK)) {
    const v = m[1]!.replace(/\$/g, '\\$');
    const test = new RegExp(String.raw`^[^;\n]{0,200}?\.(?:startswith|endswith|startsWith|endsWith)\(\s*${v}\s*\)`);
    if (!test.test(text.slice(m.index + m[0].length, m.index + m[0].length + 200))) continue;
    const open = bracketOpening(text, m.index);
    if (open >= 0) yield [open, m.index];
  }
}

/** The `[` a `]` at `close` closes (nested brackets counted, strings not told apart), -1 past 20,000 characters. */
function bracketOpening(text: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0 && close - i < 20_000; i--) {
    const c = text[i];
    if (c === ']') depth++;
    else if (c === '[' && --depth === 0) return i;
  }
  return -1;
}

/** How far before and after a prefix test a loop that walks its collection starts (the `near` window, with room for the loop itself). */
const LOOP_REACH_BEFORE = 400;
const LOOP_REACH_AFTER = 250;

/**
 * LOOP's matches that start near a prefix test. LOOP tried at every word of a large file costs more than the
 * rest of the reader (a 3.5 MB manifest with one `startswith` in an embedded script); only the lines around each
 * test are searched, from a line start so `\b` sees what it would in the whole text.
 */
export function* loopsNearTests(text: string): Generator<RegExpExecArray> {
  const TEST = /startswith|endswith/gi;
  let windowEnd = -1;
  // The first match past the last window, and where its search started (null: none in the rest of the text). A
  // match at a position does not depend on where the search started, so a later window starting between the two has
  // the same next match: searching again from each window scanned to the next loop, or to the end, once a window.
  let ahead: RegExpExecArray | null | undefined;
  let aheadFrom = 0;
  for (let t = TEST.exec(text); t; t = TEST.exec(text)) {
    if (t.index < windowEnd - LOOP_REACH_AFTER) continue; // inside the window already searched
    const from = Math.max(windowEnd, text.lastIndexOf('\n', Math.max(0, t.index - LOOP_REACH_BEFORE)) + 1);
    let to = text.indexOf('\n', t.index + LOOP_REACH_AFTER);
    if (to < 0) to = text.length;
    let m: RegExpExecArray | null;
    if (ahead !== undefined && from >= aheadFrom && (ahead === null || ahead.index >= from)) m = ahead;
    else {
      LOOP.lastIndex = aheadFrom = from;
      m = LOOP.exec(text);
    }
    while (m && m.index < to) {
      yield m;
      aheadFrom = LOOP.lastIndex = m.index + m[0].length;
      m = LOOP.exec(text);
    }
    ahead = m;
    windowEnd = to;
  }
}

/** `for p in NAME`, `for (const p of NAME)`: the text before a loop's `in`/`of`. */
const LOOP_HEAD = /\bfor\s*\(?\s*(?:(?:const|let|var)\s+)?[\w\s,()[\]]*$/;

/**
 * True when the file also tests a whole name against the collection (`name in NAME` outside a loop
 * header, `NAME.get(name)`, `NAME.has(name)`, `NAME.includes(name)`): a catalogue of names that
 * falls back to prefixes for dated variants (`gpt-4o-2024-05-13` -> `gpt-4o`), not a list of prefixes.
 */
function looksUpWhole(text: string, name: string): boolean {
  const escaped = name.replace(/\$/g, '\\$');
  if (new RegExp(String.raw`(?:^|[^\w$.])${escaped}\.(?:get|has|includes|contains|__contains__)\(`, 'm').test(text)) return true;
  for (const m of text.matchAll(new RegExp(String.raw`\s(?:not\s+)?in\s+(?:self\.|this\.)?${escaped}\b`, 'g'))) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (!LOOP_HEAD.test(text.slice(lineStart, m.index))) return true;
  }
  return false;
}

const CLOSE: Record<string, string> = { '[': ']', '(': ')', '{': '}' };

/** A `"name": <number>` entry of a mapping (`"gpt-4o": 128000,`, `'claude-2.1': 200_000,  # tokens`). */
const NUMBER_ENTRY = /^\s*["'`][^"'`\n]+["'`]\s*:\s*[\d_.]+(?:\s*\*\s*[\d_.]+)*\s*,?\s*(?:(?:#|\/\/).*)?$/;
/** Any `"key": ...` entry of a mapping. */
const KEYED_ENTRY = /^\s*["'`][^"'`\n]+["'`]\s*:/;

/**
 * Whether a literal maps names to numbers, most of its entries one a line: a table of per-model figures (context windows,
 * token limits: `LLM_CONTEXT_WINDOW_SIZES = {"gpt-4o": 128000, ...}` in crewAI's llm.py) keyed by whole names and
 * looked up by prefix only to cover dated variants (`gpt-4o-2024-05-13`): its keys are the models, not prefixes.
 */
function numberTable(literal: string): boolean {
  let keyed = 0;
  let numbers = 0;
  for (const line of literal.split('\n')) {
    if (!KEYED_ENTRY.test(line)) continue;
    keyed++;
    if (NUMBER_ENTRY.test(line)) numbers++;
  }
  return keyed >= 2 && numbers * 2 > keyed;
}

/** Line spans of the literals assigned to `name` (`NAME = [...]`, `const NAME = new Set([...])`, `name: list[str] = (...)`), with their text. */
function literalLines(text: string, name: string, positions: PositionIndex): [number, number, string][] {
  const spans: [number, number, string][] = [];
  const escaped = name.replace(/\$/g, '\\$');
  const assign = new RegExp(String.raw`(?:^|[\s.])${escaped}\s*(?::[^=\n]{0,60})?=\s*(?:new\s+Set\(\s*|(?:frozenset|set|tuple)\(\s*)?([[({])`, 'gm');
  for (const m of text.matchAll(assign)) {
    const open = m.index + m[0].length - 1;
    const opener = m[1]!;
    let depth = 0;
    let close = -1;
    for (let i = open; i < text.length && i - open < 20_000; i++) {
      const c = text[i]!;
      if (c === opener) depth++;
      else if (c === CLOSE[opener] && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close < 0) continue;
    spans.push([positions.lineOf(open), positions.lineOf(close), text.slice(open, close + 1)]);
  }
  return spans;
}

/**
 * A collection walked to find an entry inside the configured model's name: JS
 * `reasoningModels.find((m) => this.config.model.includes(m))`, `[...].some((v) => lowerCaseModel.includes(v))`;
 * Python `any(m in model_name for m in SUPPORTED)`, `any(n in self.model.lower() for n in ["claude", ...])`.
 * Group 1 / 3: the collection (a name or an inline literal); the tested string must be named for a model.
 */
const SUBSTRING_WALK_JS =
  /(?:^|[^\w$.])((?:this\.)?[A-Za-z_$][\w$]*|\[[^\]]{0,2000}\])\s*\.(?:some|find|filter|every|findIndex)\(\s*\(?\s*(\w+)\s*\)?\s*=>\s*(?:\{\s*return\s+)?([\w$.?]*(?:model|name|id)[\w$.?]*(?:\(\))?)(?:\.toLowerCase\(\))?\??\.(?:includes|indexOf)\(\s*\2\s*\)/gi;
const SUBSTRING_WALK_PY =
  /\bany\(\s*(\w+)\s+in\s+([\w.]*(?:model|name|id)[\w.]*(?:\[["'][^"'\n]*["']\])?(?:\.(?:lower|casefold)\(\))?)\s+for\s+\1\s+in\s+((?:self\.)?[A-Za-z_]\w*|[[(][^\])\n]{0,400}[\])])/gi;

/**
 * Lines (1-based) of names a file matches inside whatever model a user configured, not models it selects: the
 * entries of a collection walked with a substring test (SUBSTRING_WALK_*), unless the file also looks names up whole
 * in it or it maps names to figures. Such a list says what the code does when a user picks a model whose name
 * contains an entry (`deepseek-r1` -> no temperature); the report gives these names context `capability`.
 */
export function substringCollectionLines(text: string): Set<number> {
  const lines = new Set<number>();
  if (!/\.(?:some|find|filter|every|findIndex)\(|\bany\(/.test(text)) return lines;
  const add = (from: number, to: number) => {
    for (let l = from; l <= to; l++) lines.add(l);
  };
  const positions = new PositionIndex(text);
  for (const walk of [SUBSTRING_WALK_JS, SUBSTRING_WALK_PY]) {
    for (const m of text.matchAll(walk)) {
      const collection = walk === SUBSTRING_WALK_JS ? m[1]! : m[3]!;
      const at = m.index + m[0].indexOf(collection);
      if (/^[[(]/.test(collection)) {
        add(positions.lineOf(at), positions.lineOf(at + collection.length - 1));
        continue;
      }
      const name = collection.replace(/^(?:this|self)\./, '');
      if (looksUpWhole(text, name)) continue;
      for (const [from, to, literal] of literalLines(text, name, positions)) if (!numberTable(literal)) add(from, to);
    }
  }
  return lines;
}
