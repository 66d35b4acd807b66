// Model pickers: the places a program offers models to choose from, whose entries are models whatever their shape
// (held-out SillyTavern/SillyTavern, session 23). A name no table knows (`bakllava`, `clio-v1`, `command`,
// `fireworks/firellava-13b`) counts there as a value of a model key does:
//   - the options of an HTML `<select>` named for models, in a page or a template string (`<select
//     id="model_cohere_select">` then `<option value="command">`; not `openrouter_sort_models`, whose options sort);
//   - the entries of the literal list a function named for models returns (`async function loadStabilityModels() {`
//     ... `return [` then `{ value: 'stable-image-ultra', text: 'Stable Image Ultra' },`): a select's options built in code;
//     a class's method too (`async listModels(): Promise<IModel[]> {`, one engine class per provider), and every list its
//     branches return (`if (type === "Gemini") { return [...] } else if (type === "Claude") { return [...] }`);
//   - the same lists of a function whose name holds `model` or `embedding` among other words (`getModelSubTypeOptions`,
//     `getEmbeddingSubTypeOptions`, held-out casibase/casibase, session 24) when half or more of their entries are names
//     the reading knows: the known ones vouch for the rest (`{id: "palmyra-x5"}` beside `{id: "gemini-2.5-pro"}`);
//   - the `case`s of a switch on a model-named value (`switch (model) {` then `case 'stable-image-core':`), as a value
//     compared with a model-named variable is (a switch on a backend or provider is left to model-names).
import type { ModelSource } from '../../model/reference.js';

/** `vouched`: the entry counts only if half or more of its group's entries are names the reading knows. */
export type PickedName = { line: number; column: number; value: string; source?: ModelSource; vouched?: number };

/** `<select ... id="model_openai_select"`: the element's id or name. */
const SELECT_OPEN = /<select\b[^>]*?\b(?:id|name)\s*=\s*["']([^"']+)["']/i;
const OPTION = /<option\b([^>]*)>\s*([^<]*)/gi;
const VALUE_ATTRIBUTE = /\bvalue\s*=\s*(["'])([^"']*)\1/i;
/**
 * Words of a select's id or a switch's subject that say what the model is not (its sort order, provider, type...), or
 * that the models are an authorization system's (`_default_relation_models()` returning roles `{"id": "owner", ...}`).
 */
const NOT_MODEL_WORD =
  /^(?:sort|order|group|type|kind|provider|providers|source|sources|api|mode|filter|format|size|quality|style|sampler|scheduler|family|version|backend|engine|platform|server|path|dir|file|url|language|voice|origin|relation|relations|permission|permissions|authorization|authorisation|fga)$/;
/** A value no model has: empty, a template or placeholder, words with spaces. */
const NOT_A_NAME = /^$|[\s{}<>$]|^\.+$|^(?:none|null|undefined|unknown|default|auto|custom|other|all)$/i;

/** `caption_multimodal_model` -> [caption, multimodal, model]; `modelOpenAISelect` -> [model, open, aiselect...]. */
const words = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
const namedForModels = (name: string) => {
  const w = words(name);
  return w.some((x) => x === 'model' || x === 'models') && !w.some((x) => NOT_MODEL_WORD.test(x));
};

/**
 * A function named for a collection of models: `loadNovelModels`, `getModels`, `fetch_available_models`; or a class's
 * method (`async listModels(apiKey: string | undefined): Promise<IModel[]> {`, opening its body on the line).
 */
const MODELS_FUNCTION =
  /^(\s*)(?:export\s+)?(?:(?:async\s+)?function\s*\*?\s*([\w$]+)\s*\(|(?:const|let|var)\s+([\w$]+)\s*=\s*(?:async\s*)?(?:\([^)]*\)|[\w$]+)\s*=>\s*\{|(?:async\s+)?def\s+(\w+)\s*\(|(?:(?:public|private|protected|static|override|async)\s+)*([\w$]+)\s*\([^)]*\)\s*(?::\s*[^{};=]+)?\{\s*$)/;
const MODELS_WORD = /model|embedding/i;
/** Words that name what a program picks among models: `getModelSubTypeOptions`, `getEmbeddingSubTypeOptions`. */
const MODEL_WORDS = /^(?:models?|embeddings?)$/;
/** What a method-shaped line opens when it is no method: a control statement or a call's callback. */
const NOT_A_METHOD = /^(?:if|for|while|switch|catch|with|function|return|else)$/;
const RETURN_LIST = /^(\s*)return\s*\[\s*$/;
/** A branch's test of a value against a string (`type === "Dummy"`). */
const COMPARED = /[=!]==?\s*(["'`])([^"'`\n]+)\1/;
/** An entry's model key, or a bare string entry. */
const ENTRY_VALUE = /(?:^\s*|[{,]\s*)["']?(?:value|id|model)["']?\s*:\s*(["'`])([^"'`\n]+)\1|^\s*(["'`])([^"'`\n]+)\3\s*,?\s*$/g;

const SWITCH_OPEN = /^(\s*)(?:}\s*)?(?:else\s+)?switch\s*\(\s*([\w.$]+)(?:\(\))?\s*\)\s*\{/;
const CASE_VALUES = /^\s*case\s+((?:["'`][^"'`\n]*["'`]\s*,?\s*)+):/;
const QUOTED = /(["'`])([^"'`\n]*)\1/g;
const MODEL_SUBJECT = /(?:^|_)model(?:_?(?:name|id))?$|^(?:\w*[a-z])?Model(?:Name|Id)?$/;

const leading = (line: string) => line.length - line.trimStart().length;
const commented = (line: string) => /^\s*(?:\/\/|#|<!--|\*|\/\*)/.test(line);

const LIST_AFTER_RETURN = /\s*\[/y;

/** Whether `return\s*\[` occurs in the text: tried after each `return` (the pattern ran from every position of every text). */
export function returnsList(text: string): boolean {
  for (let at = text.indexOf('return'); at >= 0; at = text.indexOf('return', at + 6)) {
    LIST_AFTER_RETURN.lastIndex = at + 6;
    if (LIST_AFTER_RETURN.test(text)) return true;
  }
  return false;
}

/** The names a text's model pickers offer, each at its line and column (1-based). */
export function pickedNames(text: string, everyLine = false): PickedName[] {
  const out: PickedName[] = [];
  const hasSelect = text.includes('<select');
  const hasSwitch = text.includes('switch');
  const hasReturn = returnsList(text);
  if (!hasSelect && !hasSwitch && !hasReturn) return out;
  let lines: string[] | undefined;
  const allLines = () => (lines ??= text.split('\n'));
  let groups = 0;
  const push = (i: number, column: number, value: string, source?: ModelSource, vouched?: number) => {
    if (!NOT_A_NAME.test(value)) out.push({ line: i + 1, column, value, ...(source ? { source } : {}), ...(vouched ? { vouched } : {}) });
  };
  // One line (index `i`, text `line`); returns the line reading goes on after (a select's options are passed over).
  const readLine = (i: number, line: string): number => {
    if (hasSelect && line.includes('<select')) {
      const m = SELECT_OPEN.exec(line);
      if (m && namedForModels(m[1]!)) i = readOptions(allLines(), i, /ollama/i.test(m[1]!), push);
      return i;
    }
    // (The function's name holds `model` or `embedding`: a line without either cannot open one, and most lines lack both.)
    if (hasReturn && MODELS_WORD.test(line)) {
      const f = MODELS_FUNCTION.exec(line);
      const name = f && (f[2] ?? f[3] ?? f[4] ?? f[5])!;
      if (f && !NOT_A_METHOD.test(name!)) {
        const w = words(name!);
        if (/models$/i.test(name!) && !w.some((x) => NOT_MODEL_WORD.test(x))) {
          readReturnedLists(allLines(), i, f[1]!.length, push);
          return i;
        }
        // `getModelSubTypeOptions(type)`: a list per provider, models if the names the reading knows say so.
        if (w.some((x) => MODEL_WORDS.test(x))) {
          const group = ++groups;
          readReturnedLists(allLines(), i, f[1]!.length, (j, column, value, source) => push(j, column, value, source, group));
          return i;
        }
      }
    }
    if (hasSwitch && line.includes('switch')) {
      const s = SWITCH_OPEN.exec(line);
      const subject = s?.[2]!.split('.').pop();
      if (s && MODEL_SUBJECT.test(subject!)) readCases(allLines(), i, s[1]!.length, push);
    }
    return i;
  };
  if (everyLine) {
    const all = allLines();
    for (let i = 0; i < all.length; i++) i = readLine(i, all[i]!);
    return out;
  }
  // Only the lines holding a trigger word are read (each test above asks for its word on the line: a line without one
  // does nothing), found by one search of the text, in order; the lines a select's options took are passed over. A
  // split of the whole text and a pattern tried on each line cost ~1.3% of a run; the lines are split only when a
  // picker opens.
  const trigger = hasReturn
    ? hasSelect || hasSwitch
      ? ANY_TRIGGER
      : MODELS_WORD_ANY
    : hasSelect && hasSwitch
      ? SELECT_OR_SWITCH
      : hasSelect
        ? SELECT_ONLY
        : SWITCH_ONLY;
  trigger.lastIndex = 0;
  let lineNo = 0; // the line index of `counted`
  let counted = 0;
  let next = 0; // the first line index still to read
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    for (let nl = text.indexOf('\n', counted); nl >= 0 && nl < m.index; nl = text.indexOf('\n', nl + 1)) {
      lineNo++;
      counted = nl + 1;
    }
    let end = text.indexOf('\n', m.index);
    if (end < 0) end = text.length;
    trigger.lastIndex = end; // (the rest of the line is read with it)
    if (lineNo < next) continue;
    next = readLine(lineNo, text.slice(counted, end)) + 1;
  }
  return out;
}

/** The words a line read above holds (a superset where it is simpler: the tests on the line decide). */
const ANY_TRIGGER = /<select|switch|model|embedding/gi;
const MODELS_WORD_ANY = /model|embedding/gi;
const SELECT_OR_SWITCH = /<select|switch/g;
const SELECT_ONLY = /<select/g;
const SWITCH_ONLY = /switch/g;

type Push = (i: number, column: number, value: string, source?: ModelSource, vouched?: number) => void;

/** The options of the select opened on line `at`, up to its `</select>`; returns the line it closes on. */
function readOptions(lines: string[], at: number, ollama: boolean, push: Push): number {
  const options: Parameters<Push>[] = [];
  const done = (i: number) => {
    // `<select id="switch_model">` with `api_tts`, `api_local`, `xttsv2_local` (AllTalk's loading modes): options that are
    // snake_case identifiers, half or more of them, are a program's own choices, as model-names holds such a list's entries.
    const identifiers = options.filter((o) => /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(o[2])).length;
    if (identifiers * 2 < options.length) for (const o of options) push(...o);
    return i;
  };
  for (let i = at; i < lines.length && i < at + 500; i++) {
    const line = lines[i]!;
    const close = line.indexOf('</select');
    if (!commented(line)) {
      OPTION.lastIndex = 0;
      for (let o = OPTION.exec(line); o; o = OPTION.exec(line)) {
        if (close >= 0 && o.index > close) break;
        const value = VALUE_ATTRIBUTE.exec(o[1]!);
        // `<option value="ollama_current">[Currently selected]</option>`: a stand-in for what the user loaded;
        // `<option value="unknown">Loading models...</option>` (alibaba/MNN's test_page.html): one for what a server will list.
        if (!value || /^[[(<]|(?:\.\.\.|\u2026)$/.test(o[2]!.trim())) continue;
        const column = o.index + o[0].indexOf(value[0]) + value[0].indexOf(value[1]!) + 2;
        options.push([i, column, value[2]!, ollama || /data-[\w-]+\s*=\s*["']ollama["']/i.test(o[1]!) ? 'ollama' : undefined]);
      }
    }
    if (close >= 0) return done(i);
  }
  return done(at);
}

/**
 * The entries of every `return [` list in the function opened on line `at` (indented `indent`), up to the function's
 * end: one list, or one per branch.
 */
function readReturnedLists(lines: string[], at: number, indent: number, push: Push): void {
  let subject: string | undefined;
  for (let i = at + 1; i < lines.length && i < at + 1000; i++) {
    const line = lines[i]!;
    if (line.trim() && leading(line) <= indent && !/^\s*[)\]]/.test(line)) return;
    const r = RETURN_LIST.exec(line);
    if (!r) {
      // `} else if (type === "Dummy") {`: the branch's subject, which a list holding only it names (`{id: "Dummy"}`).
      const c = COMPARED.exec(line);
      if (c) subject = c[2]!.toLowerCase();
      continue;
    }
    const listIndent = r[1]!.length;
    const entries: Parameters<Push>[] = [];
    let j = i + 1;
    for (; j < lines.length && j < i + 500; j++) {
      const entry = lines[j]!;
      if (entry.trim() && leading(entry) <= listIndent) break;
      if (commented(entry)) continue;
      ENTRY_VALUE.lastIndex = 0;
      for (let m = ENTRY_VALUE.exec(entry); m; m = ENTRY_VALUE.exec(entry)) {
        const value = (m[2] ?? m[4])!;
        entries.push([j, m.index + m[0].lastIndexOf(value) + 1, value]);
      }
    }
    if (!(entries.length === 1 && entries[0]![2].toLowerCase() === subject)) for (const e of entries) push(...e);
    subject = undefined;
    i = j - 1;
  }
}

/** The quoted values of the `case`s of the switch opened on line `at` (indented `indent`), up to its closing brace. */
function readCases(lines: string[], at: number, indent: number, push: Push): void {
  for (let i = at + 1; i < lines.length && i < at + 400; i++) {
    const line = lines[i]!;
    if (line.trim() && leading(line) <= indent && /^\s*}/.test(line)) return;
    const c = CASE_VALUES.exec(line);
    if (!c) continue;
    const start = line.indexOf(c[1]!);
    QUOTED.lastIndex = 0;
    for (let q = QUOTED.exec(c[1]!); q; q = QUOTED.exec(c[1]!)) push(i, start + q.index + 2, q[2]!);
  }
}
