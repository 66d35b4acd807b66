// Julia code (issue #15): where Julia code names the model it calls, by the place a string stands in, as elixir.ts
// reads Elixir and r.ts R. model-names does not read Julia; here the place says a string is a model, so a name no
// table knows counts too (an Ollama tag, `openhermes2.5-mistral`, a host's own name):
//   - a string given to a name for one model: a keyword argument or a default (`aigenerate(prompt; model =
//     "gpt-5-mini")`, `model::String = "llama2"`), an assignment (`model = "x"`, `const DEFAULT_MODEL = "x"`,
//     `cfg.model = "x"`), a pair (`"model" => "x"`, `:model => "x"`), the default of a setting named for a model
//     (`@load_preference("MODEL_CHAT", default = "gpt-5-mini")`, `get(ENV, "OPENAI_MODEL", "gpt-4o")`), an entry
//     set in a table of model aliases (`MODEL_ALIASES["gpt4t"] = "gpt-4-turbo"`);
//   - a catalogue entry: the first argument of a constructor named for a model's spec (`ModelSpec("gpt-4o",
//     OpenAISchema(), ...)`), the key it is filed under (`"gpt-4o" => ModelSpec(...)`), and the `name` given to a
//     call named for a model (`register_model!(; name = "x", schema = ...)`);
//   - every string of a list a name for models holds (`models = ["a", "b"]`) or a model is looked up in whole
//     (`model in ["claude-3-5-sonnet-20240620"]`), and the keys or the values of a `Dict(...)` of string pairs most
//     of which are names a table knows (an alias table `Dict("gpt4t" => "gpt-4-turbo", ...)`, a price table keyed by
//     model): a catalogue, every name-shaped entry counts.
// A string given to a call named for Ollama is the Ollama model it runs; elsewhere an Ollama library name is Ollama's
// where the file talks to Ollama. Names a table knows are reported as model-names reports them; a name only its place
// says is a model is `openai-compatible/<name>`. Comments, docstrings and other triple-quoted text, interpolated
// strings (`"$x"`), string macros (`r"..."`, `ai"..."gpt4`: PromptingTools' flag is the project's own alias) and
// comparisons or prefix tests (`startswith(model, "gpt-4o")`, `model == "gpt-4"`) are not read here.
// Tokens: https://docs.julialang.org/en/v1/manual/strings/ , https://docs.julialang.org/en/v1/base/punctuation/
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { CodeFindings, ModelCollections } from './shared/code-findings.js';
import { BESIDE_MODEL, namedForMany, namedForOne } from './shared/keyed-name.js';
import { classify, NOT_MODEL_CONTEXT } from './shared/model-name.js';
import { isOllamaLibraryName } from './shared/ollama-tag.js';
import { LineCursor, TEMPLATE, Tokens } from './shared/tokens.js';

const CODE = /\.jl$/i;
/** A call named for Ollama (`ollama_api(`, `OllamaSchema(`). */
const OLLAMA_CALL = /ollama/i;
/** Reading a setting by name, its default after it: Preferences.jl's `@load_preference`, `get(ENV, ...)`. */
const SETTING_CALL = /^(?:@load_preference|@get_preference|load_preference|get_preference|get|get!)$/;
/** A constructor of a catalogue entry named for a model's spec: `ModelSpec`, `ModelInfo`, `ModelEntry`. */
const CATALOGUE_CALL = /^\w*Model(?:Spec|Info|Entry|Card)$/;
/** A table of model aliases (`MODEL_ALIASES`, `model_aliases`): the value set under an alias is a model. */
const ALIAS_TABLE = /model_?aliases$/i;
/**
 * A setting named for the model of one task, the task after the word (`MODEL_CHAT`, `MODEL_EMBEDDING`,
 * `MODEL_IMAGE_GENERATION`), not a collection or a part of a model's setup (`MODEL_ALIASES`, `model_kwargs`).
 */
const MODEL_FOR_TASK = /^model_[a-z]+(?:_[a-z]+)?$/i;
const NOT_TASK = /s$|kwargs|args|config|param|setting|option|registry|spec|schema|card|cache/i;
/** A name for one model: `model`, `default_model`, `model_id`; or the model of a task: `MODEL_CHAT`. */
const forOneModel = (name: string) => namedForOne(name) || (MODEL_FOR_TASK.test(name) && !BESIDE_MODEL.test(name) && !NOT_TASK.test(name));

export default defineExtractor({
  name: 'julia',
  matchesName: true,
  matches: (path) => CODE.test(path),
  // Every slot, catalogue call and collection is named for a model; a catalogue table is a `Dict(...)`.
  words: ['model', 'dict'],
  extract(file) {
    const text = file.text;
    if (!/model|dict/i.test(text)) return { references: [], diagnostics: [] };
    const out = new Findings(text);
    readCode(scanJuliaTokens(text), out);
    return { references: out.references, diagnostics: [] };
  },
});

export interface JuliaToken {
  /** `symbol`: `:model` (text `model`); `attr`: a macro's name with its `@` (`@load_preference`). */
  kind: 'ident' | 'string' | 'punct' | 'number' | 'symbol' | 'attr';
  text: string;
  /** 1-based line and 0-based column of the token's first character (a string's opening quote). */
  line: number;
  column: number;
  /** 0-based column of a string's first character of content. */
  contentColumn?: number;
  /** An interpolated string (`"$x"`), triple-quoted text (a docstring), a string macro or a command: not one value. */
  template?: boolean;
}

const OPERATORS = ['===', '!==', '=>', '::', '==', '!=', '<=', '>=', '->', '|>', '.=', '+=', '-=', '*=', '&&', '||', '...'];
const IDENT_START = /[A-Za-z_\u00a0-\uffff]/;
const IDENT_PART = /[\w!\u00a0-\uffff]/;

/** Tokens of Julia source text, comments dropped; an unterminated string ends at the text's end. */
export function scanJuliaTokens(text: string): Tokens<JuliaToken> {
  const tokens = new Tokens<JuliaToken>(text, true);
  const n = text.length;
  const at = new LineCursor(text);
  let i = 0;
  /** Index of the closing quote(s) of a text opened before `start`; whether it interpolates (`$x`, `$(x)`). */
  const quoted = (start: number, close: string, raw: boolean): { end: number; interpolated: boolean } => {
    let k = start;
    let interpolated = false;
    while (k < n) {
      if (text.startsWith(close, k)) break;
      if (text[k] === '\\') {
        k += 2;
        continue;
      }
      if (!raw && text[k] === '$' && /[\w(]/.test(text[k + 1] ?? '')) interpolated = true;
      k++;
    }
    return { end: Math.min(k, n), interpolated };
  };
  /** The last token's kind and text, to tell `x'` (adjoint) from `'a'` and `a ? b : c` from `:sym`. */
  let prevKind = '';
  let prevText = '';
  const push = (kind: JuliaToken['kind'], start: number, end: number, tokLine: number, column: number, flags = 0, extra = -1) => {
    tokens.add(kind, start, end, tokLine, column, flags, extra);
    prevKind = kind;
    prevText = text.slice(start, end);
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      at.newline(i);
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      if (text[i + 1] === '=') {
        // `#= ... =#`, nested.
        let depth = 0;
        let k = i;
        while (k < n) {
          if (text.startsWith('#=', k)) {
            depth++;
            k += 2;
          } else if (text.startsWith('=#', k)) {
            k += 2;
            if (--depth === 0) break;
          } else k++;
        }
        at.skip(i, k);
        i = k;
        continue;
      }
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    const column = i - at.lineStart;
    const startLine = at.line;
    if (c === '"' || c === '`') {
      // A string macro's prefix stands right before the quote (`r"..."`, `raw"..."`, `ai"..."`): not one value.
      const macro = prevKind === 'ident' && tokens.length > 0 && /\w$/.test(text.slice(Math.max(0, i - 1), i));
      const triple = text.startsWith(c.repeat(3), i);
      const open = triple ? 3 : 1;
      const { end, interpolated } = quoted(i + open, c.repeat(open), macro);
      const stop = Math.min(n, end + open);
      at.skip(i, stop);
      const flags = triple || interpolated || macro || c === '`' ? TEMPLATE : 0;
      push('string', i + open, Math.max(i + open, end), startLine, column, flags, column + open);
      i = stop;
      // A string macro's flag right after the closing quote (`ai"..."gpt4`, `r"x"i`).
      while (i < n && IDENT_PART.test(text[i]!) && (macro || /\w/.test(text[i]!)) && text[i] !== '!') i++;
      continue;
    }
    if (c === "'") {
      // The adjoint `x'` after a value; else a character literal (`'a'`, `'\n'`, `'\u2200'`).
      if (/[\w)\]}'.]/.test(text[i - 1] ?? ' ')) {
        push('punct', i, i + 1, at.line, column);
        i++;
        continue;
      }
      let k = i + 1;
      if (text[k] === '\\') k += 2;
      while (k < n && text[k] !== "'" && text[k] !== '\n' && k - i < 12) k++;
      i = text[k] === "'" ? k + 1 : i + 1;
      prevKind = 'number';
      continue;
    }
    if (
      c === ':' &&
      text[i + 1] !== ':' &&
      IDENT_START.test(text[i + 1] ?? '') &&
      !(prevKind === 'ident' || prevKind === 'number' || prevKind === 'string' || /^[)\]}]$/.test(prevText))
    ) {
      // `:model`, a symbol; not a range `1:n` nor a ternary's `a ? b : c` after a value.
      let k = i + 2;
      while (k < n && IDENT_PART.test(text[k]!)) k++;
      push('symbol', i + 1, k, at.line, column);
      i = k;
      continue;
    }
    if (c === '@' && IDENT_START.test(text[i + 1] ?? '')) {
      let k = i + 2;
      while (k < n && IDENT_PART.test(text[k]!)) k++;
      push('attr', i, k, at.line, column);
      i = k;
      continue;
    }
    if (IDENT_START.test(c)) {
      let k = i + 1;
      while (k < n && IDENT_PART.test(text[k]!)) k++;
      push('ident', i, k, at.line, column);
      i = k;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let k = i + 1;
      while (k < n && (/[\w.]/.test(text[k]!) || ((text[k] === '-' || text[k] === '+') && /[eE]/.test(text[k - 1]!)))) {
        if (text[k] === '.' && !/[0-9]/.test(text[k + 1] ?? '')) break;
        k++;
      }
      push('number', i, k, at.line, column);
      i = k;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    const t = op ?? c;
    push('punct', i, i + t.length, at.line, column);
    i += t.length;
  }
  return tokens;
}

/** Collects references, one per (line, id), with the line's text for context and snippets. */
class Findings extends CodeFindings {
  /** A name in a model slot: the Ollama model an Ollama-named call runs, a table's reading, else a name by its place. */
  add(token: JuliaToken, ollamaCall: boolean) {
    const value = token.text.trim();
    const lineText = this.lineText(token.line);
    const offset = this.offset(token.line, token.contentColumn ?? token.column);
    // An Ollama library name where the code talks to Ollama (`ModelSpec("llava", OllamaSchema(), ...)`): the slot says
    // it is a model, so a library name without a digit counts too, as go.ts reads it.
    const tag =
      !ollamaCall && isOllamaLibraryName(value) && !classify(value, lineText, this.registry) && !NOT_MODEL_CONTEXT.test(lineText)
        ? this.ollamaTag(value, offset, undefined)
        : undefined;
    const found = tag ?? this.slotValue(token.text, ollamaCall, lineText, offset);
    if (found) this.addId(found.id, token.line, (token.contentColumn ?? token.column) + 1, found.source as RawReference['source']);
  }
}

const isValue = (t: JuliaToken | undefined): t is JuliaToken => t?.kind === 'string' && !t.template;

function readCode(tokens: Tokens<JuliaToken>, out: Findings) {
  const collections = new ModelCollections();
  const tables = catalogueTables(tokens, out);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens.at(i)!;
    if (t.kind === 'punct') {
      collections.step(t.text, () => opensModelCollection(tokens, i));
      continue;
    }
    if (!isValue(t)) continue;
    if (collections.inside || tables.has(i) || inModelSlot(tokens, i)) out.add(t, ollamaCall(tokens, i));
  }
}

/**
 * Whether the value at `i` is given to a call that talks to Ollama: one named for it (`ollama_api(`), or one given an
 * Ollama-named argument (`aigenerate(PT.OllamaSchema(), prompt; model = "x")`, `ModelSpec("llava", OllamaSchema(),
 * ...)`: PromptingTools picks the provider by the schema passed); a catalogue entry's key asks the entry's call.
 */
function ollamaCall(tokens: Tokens<JuliaToken>, i: number): boolean {
  let open = -1;
  let name = '';
  if (tokens.at(i + 1)?.text === '=>' && catalogueCallAt(tokens, i + 2)) {
    for (open = i + 2; tokens.at(open)?.text !== '(';) open++;
  } else {
    const call = enclosingCall(tokens, i);
    if (!call) return false;
    ({ open, name } = call);
  }
  if (OLLAMA_CALL.test(name)) return true;
  for (let k = open + 1, depth = 0; k < tokens.length && k - open < 400; k++) {
    const x = tokens.at(k)!;
    if (x.text === '(' || x.text === '[' || x.text === '{') depth++;
    else if (x.text === ')' || x.text === ']' || x.text === '}') {
      if (depth-- === 0) break;
    } else if (x.kind === 'ident' && depth <= 1 && OLLAMA_CALL.test(x.text)) return true;
  }
  return false;
}

/** The index of the bracket that opens the one closing at `close`, or -1. */
function opener(tokens: Tokens<JuliaToken>, close: number): number {
  for (let j = close - 1, level = 0, steps = 0; j >= 0 && steps < 400; j--, steps++) {
    const x = tokens.at(j)!;
    if (x.kind !== 'punct') continue;
    if (x.text === ')' || x.text === ']' || x.text === '}') level++;
    else if (x.text === '(' || x.text === '[' || x.text === '{') {
      if (level === 0) return j;
      level--;
    }
  }
  return -1;
}

/**
 * The name a value at `i` is given to: `name = v` (an assignment, a keyword argument, a default; also `x.name = v`),
 * `name::Type = v`, `"name" => v`, `:name => v`; for `table[key] = v`, the table's name with `[]` after it.
 */
function holderOf(tokens: Tokens<JuliaToken>, i: number): string | undefined {
  const prev = tokens.at(i - 1);
  const prev2 = tokens.at(i - 2);
  if (!prev || !prev2) return undefined;
  if (prev.text === '=>') return prev2.kind === 'symbol' || isValue(prev2) ? prev2.text : undefined;
  if (prev.text !== '=') return undefined;
  let j = i - 2;
  if (prev2.text === ']') {
    const open = opener(tokens, j);
    const table = tokens.at(open - 1);
    return table?.kind === 'ident' ? `${table.text}[]` : undefined;
  }
  // `name::Union{Nothing, String} = v`, `name::AbstractString = v`: the name before the type.
  if (prev2.text === '}') j = opener(tokens, j) - 1;
  // A type's dotted path (`::Base.AbstractString`), else a field's (`cfg.model = v`: the field holds it).
  let k = j;
  while (tokens.at(k)?.kind === 'ident' && tokens.at(k - 1)?.text === '.' && tokens.at(k - 2)?.kind === 'ident') k -= 2;
  if (tokens.at(k - 1)?.text === '::' && tokens.at(k - 2)?.kind === 'ident') return tokens.at(k - 2)!.text;
  return tokens.at(j)?.kind === 'ident' ? tokens.at(j)!.text : undefined;
}

/** The call whose argument list holds the token at `i`: its name (the last of `PT.register_model!`) and its `(`. */
function enclosingCall(tokens: Tokens<JuliaToken>, i: number): { name: string; open: number } | undefined {
  for (let j = i - 1, level = 0, steps = 0; j >= 0 && steps < 200; j--, steps++) {
    const x = tokens.at(j)!;
    if (x.kind !== 'punct') continue;
    if (x.text === ')' || x.text === ']' || x.text === '}') level++;
    else if (x.text === '(' || x.text === '[' || x.text === '{') {
      if (level > 0) {
        level--;
        continue;
      }
      if (x.text !== '(') return undefined;
      const name = tokens.at(j - 1);
      return name && (name.kind === 'ident' || name.kind === 'attr') ? { name: name.text, open: j } : undefined;
    }
  }
  return undefined;
}

/** The top-level arguments of the call whose `(` is at `open`: each as its first token's index and its length. */
function argumentsOf(tokens: Tokens<JuliaToken>, open: number): [number, number][] {
  const args: [number, number][] = [];
  let depth = 0;
  let start = open + 1;
  for (let k = open + 1; k < tokens.length; k++) {
    const x = tokens.at(k)!;
    if (x.kind !== 'punct') continue;
    if (x.text === '(' || x.text === '[' || x.text === '{') depth++;
    else if (x.text === ')' || x.text === ']' || x.text === '}') {
      if (depth-- === 0) {
        if (k > start) args.push([start, k - start]);
        break;
      }
    } else if ((x.text === ',' || x.text === ';') && depth === 0) {
      if (k > start) args.push([start, k - start]);
      start = k + 1;
    }
  }
  return args;
}

/** A string in a model slot: given to a name for one model, a setting's default, a catalogue entry's name. */
function inModelSlot(tokens: Tokens<JuliaToken>, i: number): boolean {
  const holder = holderOf(tokens, i);
  if (holder !== undefined) {
    if (holder.endsWith('[]')) return ALIAS_TABLE.test(holder.slice(0, -2));
    if (forOneModel(holder)) return true;
    // `register_model!(; name = "x", schema = ...)`, `ModelSpec(; name = "x")`: the model the call files.
    if (holder === 'name') return /model/i.test(enclosingCall(tokens, i)?.name ?? '');
    if (holder === 'default') return settingDefault(tokens, i);
  }
  // `"gpt-4o" => ModelSpec(...)`: the key a catalogue entry is filed under.
  if (tokens.at(i + 1)?.text === '=>' && catalogueCallAt(tokens, i + 2)) return true;
  // A whole argument (`(` or `,` before it, `,` or `)` after), of a call named just before its `(`.
  const prev = tokens.at(i - 1)?.text;
  if (!(prev === '(' || prev === ',') || ![',', ')', ';'].includes(tokens.at(i + 1)?.text ?? '')) return false;
  // `ModelSpec("gpt-4o", OpenAISchema(), ...)`: its first argument.
  if (prev === '(') return tokens.at(i - 2)?.kind === 'ident' && CATALOGUE_CALL.test(tokens.at(i - 2)!.text);
  // `get(ENV, "OPENAI_MODEL", "gpt-4o")`: the positional default right after a setting named for a model.
  const key = tokens.at(i - 2);
  if (!isValue(key) || !['(', ','].includes(tokens.at(i - 3)?.text ?? '')) return false;
  const call = enclosingCall(tokens, i);
  return !!call && SETTING_CALL.test(call.name) && settingNamed(tokens, [i - 2, 1]);
}

/** Whether a catalogue constructor's call starts at `k` (`ModelSpec(`, `PT.ModelSpec(`). */
function catalogueCallAt(tokens: Tokens<JuliaToken>, k: number): boolean {
  while (tokens.at(k)?.kind === 'ident' && tokens.at(k + 1)?.text === '.') k += 2;
  return tokens.at(k)?.kind === 'ident' && CATALOGUE_CALL.test(tokens.at(k)!.text) && tokens.at(k + 1)?.text === '(';
}

/** Whether an argument is a setting's name that names a model (`"MODEL_CHAT"`, `"OPENAI_MODEL"`). */
function settingNamed(tokens: Tokens<JuliaToken>, [start, length]: [number, number]): boolean {
  const key = tokens.at(start);
  return length === 1 && isValue(key) && forOneModel(key.text.slice(key.text.lastIndexOf('.') + 1));
}

/** `@load_preference("MODEL_CHAT", default = "x")`: whether the `default` keyword at `i` is a model setting's. */
function settingDefault(tokens: Tokens<JuliaToken>, i: number): boolean {
  const call = enclosingCall(tokens, i);
  if (!call || !SETTING_CALL.test(call.name)) return false;
  return argumentsOf(tokens, call.open).some((arg) => settingNamed(tokens, arg));
}

/**
 * Whether the `[` at `i` opens a list a name for models holds (`models = [`, `const SUPPORTED_MODELS = [`) or one a
 * model is looked up in (`model in [`, `model ∈ [`).
 */
function opensModelCollection(tokens: Tokens<JuliaToken>, i: number): boolean {
  if (tokens.at(i)!.text !== '[') return false;
  const prev = tokens.at(i - 1);
  if ((prev?.text === 'in' || prev?.text === '∈') && tokens.at(i - 2)?.kind === 'ident') return forOneModel(tokens.at(i - 2)!.text);
  const holder = holderOf(tokens, i);
  return holder !== undefined && namedForMany(holder);
}

/**
 * The string pairs of each `Dict(...)` / `Dict{K, V}(...)` whose keys, or whose values, are mostly names a table knows
 * (half or more): a catalogue keyed by model or mapping names to models. Returns the indices of those strings.
 */
function catalogueTables(tokens: Tokens<JuliaToken>, out: Findings): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens.at(i)!;
    if (t.kind !== 'ident' || t.text !== 'Dict') continue;
    let open = i + 1;
    if (tokens.at(open)?.text === '{') {
      // `Dict{String, ModelSpec}(`: past its type parameters.
      let depth = 0;
      for (; open < tokens.length && open - i < 40; open++) {
        const x = tokens.at(open)!.text;
        if (x === '{') depth++;
        else if (x === '}' && --depth === 0) break;
      }
      open++;
    }
    if (tokens.at(open)?.text !== '(') continue;
    const keys: JuliaToken[] = [];
    const keyAt: number[] = [];
    const values: number[] = [];
    for (const [start, length] of argumentsOf(tokens, open)) {
      if (tokens.at(start + 1)?.text !== '=>' || !isValue(tokens.at(start))) continue;
      keys.push(tokens.at(start)!);
      keyAt.push(start);
      if (length === 3 && isValue(tokens.at(start + 2))) values.push(start + 2);
    }
    const known = (t: JuliaToken) => !!classify(t.text.trim(), out.lineText(t.line), out.registry);
    const mostly = (list: JuliaToken[]) => list.length > 0 && list.filter(known).length * 2 >= list.length;
    if (mostly(keys)) keyAt.forEach((k) => found.add(k));
    if (values.length * 2 >= keys.length && mostly(values.map((v) => tokens.at(v)!))) values.forEach((v) => found.add(v));
  }
  return found;
}
