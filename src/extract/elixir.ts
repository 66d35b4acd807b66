// Elixir code (issue #15): where Elixir code names the model it loads or calls, by the place a string stands in, as
// dart.ts reads Dart and php.ts PHP. model-names reads known names anywhere by their shape; here the place says a
// string is a model, so a Hub id of any organisation and a name no table knows count too:
//   - Bumblebee's repository tuple `{:hf, "org/name"}` / `{:hf, "org/name", opts}` (`Bumblebee.load_model({:hf,
//     "microsoft/resnet-50"})`: the Hugging Face Hub repository it downloads, https://hexdocs.pm/bumblebee/Bumblebee.html#t:repository/0),
//     and, given a variable (`{:hf, repo_id, subdir: "unet"}`), the string last bound to it in the file
//     (`repo_id = "CompVis/stable-diffusion-v1-4"`), reported where that string is written; its `{:local, "dir"}` is a
//     checkpoint folder on disk (`local`, as ids.ts modelFromPath reads paths; `/path/to/model` is a placeholder);
//   - a keyword or map entry named for one model (`ChatGrok.new(%{model: "grok-4"})`, `%{"model" => "x"}`), a module
//     attribute, binding or default argument named for one (`@default_model "x"`, `model = "x"`, `model \\ "x"`), an
//     Ecto schema field's default (`field :model, :string, default: "gpt-4"`);
//   - every string of a list a name for models holds (`models: ["a", "b"]`, `@models [...]`).
// A string in a call named for Ollama (`ChatOllamaAI.new!(%{model: "llama2"})`, `Ollama.chat(client, model: "x")`) is
// the Ollama model that call runs; elsewhere an Ollama library name is Ollama's where the file talks to Ollama. Names a
// table knows are reported as model-names reports them; a name only its place says is a model is
// `openai-compatible/<name>`. Comments, heredocs (`@doc """ ... """`: documentation, its examples included), sigils
// and interpolated strings (`"#{x}"`) are not read here. Tokens: https://hexdocs.pm/elixir/syntax-reference.html
import type { RawReference } from '../model/reference.js';
import { modelFromPath, parseHubReference } from '../model/ids.js';
import { defineExtractor } from './extractor.js';
import { CodeFindings, ModelCollections } from './shared/code-findings.js';
import { LineCursor, TEMPLATE, Tokens } from './shared/tokens.js';
import { namedForMany, namedForOne } from './shared/keyed-name.js';

const CODE = /\.(ex|exs)$/i;
/** A call named for Ollama: its client module or chat model (`Ollama.chat`, `ChatOllamaAI.new!`). */
const OLLAMA_CALL = /ollama/i;

export default defineExtractor({
  name: 'elixir',
  matchesName: true,
  matches: (path) => CODE.test(path),
  // Every slot and collection is named for a model; Bumblebee's repository tuples start with `:hf` or `:local`.
  words: ['model', ':hf', ':local'],
  extract(file) {
    const text = file.text;
    if (!/model|:hf|:local/i.test(text)) return { references: [], diagnostics: [] };
    const out = new Findings(text);
    readCode(scanElixirTokens(text), out);
    return { references: out.references, diagnostics: [] };
  },
});

export interface ElixirToken {
  /** `atom`: `:hf` (text `hf`); `key`: a keyword's key (`model:`, text `model`); `attr`: `@default_model` (text `default_model`). */
  kind: 'ident' | 'atom' | 'key' | 'attr' | 'string' | 'punct' | 'number';
  text: string;
  /** 1-based line and 0-based column of the token's first character (a string's opening quote). */
  line: number;
  column: number;
  /** 0-based column of a string's first character of content. */
  contentColumn?: number;
  /** An interpolated string (`"#{x}"`), a heredoc or a sigil: a template or a block of text, not one value. */
  template?: boolean;
}

const OPERATORS = ['\\\\', '<>', '|>', '=>', '->', '<-', '::', '==', '!=', '<=', '>=', '&&', '||', '++', '--', '..'];
const SIGIL_CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>', '/': '/', '|': '|', '"': '"', "'": "'" };

/** Tokens of Elixir source text, comments dropped; an unterminated string ends at the text's end. */
export function scanElixirTokens(text: string): Tokens<ElixirToken> {
  const tokens = new Tokens<ElixirToken>(text, true);
  const n = text.length;
  const at = new LineCursor(text);
  let i = 0;
  /** Index after a quoted text closed by `close` (escapes honoured); whether it interpolates (`#{`). */
  const quoted = (start: number, close: string, heredoc: boolean): { end: number; interpolated: boolean } => {
    let k = start;
    let interpolated = false;
    while (k < n) {
      if (heredoc ? text.startsWith(close.repeat(3), k) : text[k] === close) break;
      if (text[k] === '\\') {
        k += 2;
        continue;
      }
      if (text[k] === '#' && text[k + 1] === '{') interpolated = true;
      k++;
    }
    return { end: Math.min(k, n), interpolated };
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
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    const column = i - at.lineStart;
    const startLine = at.line;
    if (c === '"' || c === "'") {
      const heredoc = text.startsWith(c.repeat(3), i);
      const open = heredoc ? 3 : 1;
      const { end, interpolated } = quoted(i + open, c, heredoc);
      const stop = Math.min(n, end + open);
      const value = text.slice(i + open, end);
      at.skip(i, stop);
      // `"model": "x"`: a quoted keyword key.
      if (!heredoc && text[stop] === ':' && /\s/.test(text[stop + 1] ?? '') && !interpolated) {
        tokens.addText('key', value, i + open, startLine, column);
        i = stop + 1;
        continue;
      }
      tokens.add('string', i + open, Math.max(i + open, end), startLine, column, heredoc || interpolated || value.includes('\n') ? TEMPLATE : 0, column + open);
      i = stop;
      continue;
    }
    if (c === '~' && /[A-Za-z]/.test(text[i + 1] ?? '')) {
      // A sigil (`~s/.../`, `~w(a b)`, `~S"""..."""`): text of its own kind, not one value.
      let k = i + 2;
      while (k < n && /[A-Z]/.test(text[k]!)) k++;
      const delim = text[k] ?? '';
      const close = SIGIL_CLOSE[delim];
      if (close) {
        const heredoc = (delim === '"' || delim === "'") && text.startsWith(delim.repeat(3), k);
        const open = heredoc ? 3 : 1;
        const { end } = quoted(k + open, close, heredoc);
        const stop = Math.min(n, end + open);
        at.skip(i, stop);
        let m = stop;
        while (m < n && /[a-zA-Z]/.test(text[m]!)) m++; // modifiers (`~r/x/i`)
        tokens.add('string', k + open, Math.max(k + open, end), startLine, column, TEMPLATE);
        i = m;
        continue;
      }
    }
    if (c === '?' && i + 1 < n && !/[\w)\]}]/.test(text[i - 1] ?? ' ')) {
      // A character literal (`?a`, `?\n`, `?"`).
      i += text[i + 1] === '\\' ? 3 : 2;
      continue;
    }
    if (c === ':' && text[i + 1] !== ':') {
      // An atom (`:hf`, `:"quoted"`), not `::` nor a keyword's colon (read with its key).
      const q = text[i + 1];
      if (q === '"' || q === "'") {
        const { end } = quoted(i + 2, q, false);
        at.skip(i, end + 1);
        tokens.add('atom', i + 2, Math.max(i + 2, end), startLine, column);
        i = end + 1;
        continue;
      }
      const m = /^[A-Za-z_][\w@]*[?!]?/.exec(text.slice(i + 1, i + 100));
      if (m) {
        tokens.add('atom', i + 1, i + 1 + m[0].length, at.line, column);
        i += 1 + m[0].length;
        continue;
      }
    }
    if (c === '@' && /[a-z_]/.test(text[i + 1] ?? '')) {
      const m = /^[a-z_]\w*/.exec(text.slice(i + 1, i + 100))!;
      tokens.add('attr', i + 1, i + 1 + m[0].length, at.line, column);
      i += 1 + m[0].length;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let k = i + 1;
      while (k < n && /[\w@]/.test(text[k]!)) k++;
      if (text[k] === '?' || text[k] === '!') k++;
      // `model: "x"`: a keyword's key (a colon right after, then a space).
      if (text[k] === ':' && text[k + 1] !== ':' && /[\s]/.test(text[k + 1] ?? '')) {
        tokens.add('key', i, k, at.line, column);
        i = k + 1;
        continue;
      }
      tokens.add('ident', i, k, at.line, column);
      i = k;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let k = i + 1;
      while (k < n && /[\w.]/.test(text[k]!) && !(text[k] === '.' && !/[0-9]/.test(text[k + 1] ?? ''))) k++;
      tokens.add('number', i, k, at.line, column);
      i = k;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    const t = op ?? c;
    tokens.add('punct', i, i + t.length, at.line, column);
    i += t.length;
  }
  return tokens;
}

/** Collects references, one per (line, id), with the line's text for context and snippets. */
class Findings extends CodeFindings {
  /** A name in a model slot: the Ollama model an Ollama-named call runs, a table's reading, else a name by its place. */
  add(token: ElixirToken, ollamaCall: boolean) {
    const found = this.slotValue(token.text, ollamaCall, this.lineText(token.line), this.offset(token.line, token.contentColumn ?? token.column));
    if (found) this.addAt(found.id, token, found.source);
  }
  /** A Hub repository named by Bumblebee's `{:hf, ...}` tuple. */
  addHub(token: ElixirToken) {
    const hub = parseHubReference(token.text);
    if (hub) this.addAt(hub.id, token, 'huggingface');
  }
  /** A checkpoint folder named by Bumblebee's `{:local, ...}` tuple: a local model (a Hub cache folder names its repo). */
  addLocal(token: ElixirToken) {
    const value = token.text.trim();
    const path =
      modelFromPath(value) ?? (/^[\w.@+-]+(?:\/[\w.@+-]+)+\/?$/.test(value) ? { source: 'local' as const, id: value.replace(/\/+$/, '') } : undefined);
    if (path) this.addAt(path.id, token, path.source);
  }
  /** Records `id` at a string token (its content's column, 1-based). */
  addAt(id: string, token: ElixirToken, source: RawReference['source']) {
    this.addId(id, token.line, (token.contentColumn ?? token.column) + 1, source);
  }
}

function readCode(tokens: Tokens<ElixirToken>, out: Findings) {
  const collections = new ModelCollections();
  /** The string last bound to each variable (`repo_id = "x"`), for a tuple given the variable. */
  const bound = new Map<string, ElixirToken>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens.at(i)!;
    if (t.kind === 'punct') {
      collections.step(t.text, () => opensModelCollection(tokens, i));
      continue;
    }
    // `{:hf, "org/name"}`, `{:hf, repo_id, ...}`, `{:local, "dir"}`.
    if (t.kind === 'atom' && (t.text === 'hf' || t.text === 'local') && tokens.at(i - 1)?.text === '{' && tokens.at(i + 1)?.text === ',') {
      const arg = tokens.at(i + 2);
      const after = tokens.at(i + 3)?.text;
      const repo = arg?.kind === 'ident' ? bound.get(arg.text) : arg;
      if (repo?.kind === 'string' && !repo.template && (after === '}' || after === ',')) {
        if (t.text === 'hf') out.addHub(repo);
        else out.addLocal(repo);
      }
      continue;
    }
    if (t.kind !== 'string' || t.template) continue;
    const prev = tokens.at(i - 1);
    if (prev?.text === '=' && tokens.at(i - 2)?.kind === 'ident' && endsStatement(tokens, i)) bound.set(tokens.at(i - 2)!.text, t);
    const holder = holderOf(tokens, i);
    if (collections.inside || (holder !== undefined && namedForOne(holder))) out.add(t, OLLAMA_CALL.test(enclosingCall(tokens, i) ?? ''));
  }
}

/** Whether the value at `i` is the whole right-hand side of its binding (`x = "a"`, not `x = "a" <> y`). */
function endsStatement(tokens: Tokens<ElixirToken>, i: number): boolean {
  const next = tokens.at(i + 1);
  return !next || next.line > tokens.at(i)!.line || next.text === ';';
}

/**
 * The name a value at `i` is given to: a keyword's key (`model: v`), a map entry's key (`"model" => v`,
 * `:model => v`), a module attribute (`@model v`), a binding (`model = v`), a default argument (`model \\ v`), or an
 * Ecto field's name for its default (`field :model, :string, default: v`).
 */
function holderOf(tokens: Tokens<ElixirToken>, i: number): string | undefined {
  const prev = tokens.at(i - 1);
  const prev2 = tokens.at(i - 2);
  if (!prev) return undefined;
  if (prev.kind === 'key') return prev.text === 'default' ? fieldName(tokens, i - 1) : prev.text;
  if (prev.kind === 'attr') return prev.text;
  if (prev.text === '=>' && prev2 && (prev2.kind === 'atom' || (prev2.kind === 'string' && !prev2.template))) return prev2.text;
  // Not a pattern's match against a literal on the left, not the field of a struct (`state.model = ...` is no Elixir).
  if ((prev.text === '=' || prev.text === '\\\\') && prev2?.kind === 'ident' && tokens.at(i - 3)?.text !== '.') return prev2.text;
  return undefined;
}

/** `field :model, :string, default: v`: the field's name, for the `default:` key at `k`. */
function fieldName(tokens: Tokens<ElixirToken>, k: number): string | undefined {
  for (let j = k - 1, steps = 0; j > 0 && steps < 8; j--, steps++) {
    const x = tokens.at(j)!;
    if (x.line !== tokens.at(k)!.line) return undefined;
    if (x.kind === 'atom' && tokens.at(j - 1)?.kind === 'ident' && tokens.at(j - 1)!.text === 'field') return x.text;
  }
  return undefined;
}

/** The name of the call whose arguments hold the token at `i` (`ChatOllamaAI.new!`, `Ollama.chat`), through maps and keyword lists. */
function enclosingCall(tokens: Tokens<ElixirToken>, i: number): string | undefined {
  for (let j = i - 1, level = 0, steps = 0; j >= 0 && steps < 80; j--, steps++) {
    const x = tokens.at(j)!.text;
    if (x === ')' || x === ']' || x === '}') level++;
    else if (x === '(' || x === '[' || x === '{') {
      if (level > 0) {
        level--;
        continue;
      }
      if (x !== '(') continue; // a map or keyword list given to the call
      // `Module.fun(`: the name and the module before it.
      const names: string[] = [];
      for (let k = j - 1; k >= 0 && tokens.at(k)!.kind === 'ident'; k -= 2) {
        names.unshift(tokens.at(k)!.text);
        if (tokens.at(k - 1)?.text !== '.') break;
      }
      return names.length ? names.join('.') : undefined;
    }
  }
  return undefined;
}

/** Whether the `[` at `i` opens a list a name for models holds: `models: [`, `@models [`, `models = [`. */
function opensModelCollection(tokens: Tokens<ElixirToken>, i: number): boolean {
  if (tokens.at(i)!.text !== '[') return false;
  const holder = holderOf(tokens, i);
  return holder !== undefined && namedForMany(holder);
}
