// Go code (issue #15): where Go code names the model it calls, by the place a string stands in, as dart.ts reads Dart
// and csharp.ts C#. model-names reads known names anywhere by their shape (and Go's `const (` groups); here the place
// says a string is a model, so a name no table knows counts too (an Ollama model without a digit, `llava`, `mistral`):
//   - a struct field or keyed literal named for one model (`api.ChatRequest{Model: "llama3.2"}`,
//     `map[string]any{"model": "x"}`), a declaration or assignment of a name for one (`model := "x"`,
//     `var defaultModel = "x"`, `const DefaultModel ModelName = "x"`, a `const (` group's `defaultModel = "x"`);
//   - an option or setter call named for one model (`llms.WithModel("x")`, `ollama.WithModel("mistral")`,
//     `req.SetModel("x")`): its string arguments;
//   - the entries of a slice or the keys of a map a name for models holds (`var deprecatedLaunchModels =
//     map[string]struct{}{"codellama": {}, ...}`, `supportedModels := []string{"a", "b"}`): top-level strings only,
//     not the fields of struct entries (those are read by their own names).
// A string in a call on a receiver named for Ollama (`ollama.WithModel("mistral")`) is the Ollama model that call
// runs; elsewhere an Ollama library name is Ollama's where the file talks to Ollama (OllamaContext), as dart.ts reads
// it. Names a table knows are reported as model-names reports them; a name only its place says is a model is
// `openai-compatible/<name>` (not in a test file, not an `<org>/<name>` id). Comments, comparisons (`model == "x"`), `case` labels and strings with spaces or format
// verbs (`"%s"`) are not read here. Tokens: https://go.dev/ref/spec#Lexical_elements
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { providerIds } from '../registry/providers.js';
import { CodeFindings } from './shared/code-findings.js';
import { BLOCK, Tokens } from './shared/tokens.js';
import { keyedModelName, namedForMany, namedForOne } from './shared/keyed-name.js';
import { isOllamaLibraryName } from './shared/ollama-tag.js';
import { classify, isNameShaped, MODEL_WORD_IN_VALUE, NOT_MODEL_CONTEXT, ollamaCallTag } from './shared/model-name.js';

const CODE = /\.go$/i;
/** An option or setter call named for one model: `WithModel`, `WithDefaultModel`, `SetModel`, `UseModelName`. */
const MODEL_OPTION_CALL = /^(?:With|Set|Use)\w*Model(?:Name|ID|Id)?$/;
/** A receiver or package named for Ollama (`ollama.WithModel`, `ollamaClient.SetModel`). */
const OLLAMA_RECEIVER = /ollama/i;
/** A word about a model, not one (`fake-model`, `custom_model_1`, `custom.endpoint.model-id`): test values and placeholders. */
/**
 * A literal of a response (`openai.TextResponse{Model: "coze-bot"}`: the label a relay reports, not a model it calls)
 * or of a tokenizer's vocabulary (`Vocabulary{Model: "gpt2"}`: the BPE scheme's name, ollama/ollama convert/tokenizer.go).
 */
const NOT_MODEL_LITERAL = /Response$|Reply$|Result$|Vocab|Tokenizer/;
/** A Go test file (`go test` reads `*_test.go`): its model slots hold made-up names (`"remote-wins"`, `"gpt-rich"`). */
const TEST_FILE = /_test\.go$/;
/** Go's keywords that may stand before a declared name. */
const DECLARES = new Set(['var', 'const']);

export default defineExtractor({
  name: 'go',
  matchesName: true,
  matches: (path) => CODE.test(path),
  // Every slot, option call and collection is named for a model.
  words: ['model'],
  extract(file) {
    const text = file.text;
    if (!/model/i.test(text)) return { references: [], diagnostics: [] };
    const out = new Findings(text, TEST_FILE.test(file.relPath));
    readCode(scanGoTokens(text), out);
    return { references: out.references, diagnostics: [] };
  },
});

export interface GoToken {
  kind: 'ident' | 'string' | 'punct' | 'number' | 'rune';
  /** An identifier's name, a string's contents (escapes as written), or the punctuation. */
  text: string;
  /** 1-based line and 0-based column of the token's first character (a string's opening quote). */
  line: number;
  column: number;
  /** A raw (backquoted) string spanning lines: a block of text, not one value. */
  block?: boolean;
}

const OPERATORS = [':=', '...', '==', '!=', '<=', '>=', '&&', '||', '<-', '+=', '-=', '++', '--'];
/** The characters an operator starts with: another punctuation character is one token alone, looked up in no list. */
const OPERATOR_STARTS = new Set(OPERATORS.map((o) => o[0]!));
/** `[A-Za-z_]` and `\w` (ASCII, as the regular expressions this replaced) by char code: the tokeniser tested each character of every Go file with a regex. */
const isIdentStart = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
const isDigit = (code: number) => code >= 48 && code <= 57;
const isWord = (code: number) => isIdentStart(code) || isDigit(code);

/** Tokens of Go source text, comments dropped; an unterminated string ends at its line's end (a raw one at the text's). */
export function scanGoTokens(text: string): Tokens<GoToken> {
  const tokens = new Tokens<GoToken>(text);
  const n = text.length;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? n : eol;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let k = i; k < stop; k++) if (text[k] === '\n') (line++, (lineStart = k + 1));
      i = stop;
      continue;
    }
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      const stop = end < 0 ? n : end;
      const startLine = line;
      const column = i - lineStart;
      let block = false;
      for (let k = i + 1; k < stop; k++) if (text[k] === '\n') (line++, (lineStart = k + 1), (block = true));
      tokens.add('string', i + 1, stop, startLine, column, block ? BLOCK : 0);
      i = stop + 1;
      continue;
    }
    if (c === '"' || c === "'") {
      let k = i + 1;
      while (k < n && text[k] !== c && text[k] !== '\n') k += text[k] === '\\' ? 2 : 1;
      tokens.add(c === '"' ? 'string' : 'rune', i + 1, Math.min(k, n), line, i - lineStart);
      i = text[k] === c ? k + 1 : k;
      continue;
    }
    const code = c.charCodeAt(0);
    if (isIdentStart(code)) {
      let k = i + 1;
      while (k < n && isWord(text.charCodeAt(k))) k++;
      tokens.add('ident', i, k, line, i - lineStart);
      i = k;
      continue;
    }
    if (isDigit(code)) {
      let k = i + 1;
      while (k < n && (isWord(text.charCodeAt(k)) || text.charCodeAt(k) === 46) /* . */) k++;
      tokens.add('number', i, k, line, i - lineStart);
      i = k;
      continue;
    }
    const op = OPERATOR_STARTS.has(c) ? OPERATORS.find((o) => text.startsWith(o, i)) : undefined;
    const t = op ?? c;
    tokens.add('punct', i, i + t.length, line, i - lineStart);
    i += t.length;
  }
  return tokens;
}

/** Collects references, one per (line, id), with the line's text for context and snippets. */
class Findings extends CodeFindings {
  constructor(
    source: string,
    private readonly test: boolean,
  ) {
    super(source);
  }
  /**
   * A name in a model slot: the Ollama model an Ollama-named call runs, a table's reading, else a name by its place.
   * `otherClient`: the slot is an option of another provider's client (`mistral.WithModel("mistral")`): no Ollama tag.
   */
  add(token: GoToken, ollamaCall: boolean, otherClient = false) {
    const value = token.text.trim();
    if (!value || value.length > 200 || /\s|%|\\/.test(value) || token.block) return;
    const lineText = this.lineText(token.line);
    if (NOT_MODEL_CONTEXT.test(lineText)) return;
    if (ollamaCall) {
      const tag = ollamaCallTag(value);
      if (tag) this.addAt(tag.id, token, tag.source);
      return;
    }
    const known = classify(value, lineText, this.registry);
    // An Ollama library name where the code talks to Ollama (`Model: "llava"` in a program of Ollama's API): the slot
    // says it is a model, so a library name without a digit counts too.
    const tag =
      !otherClient &&
      (known ? known.source === 'api' : isNameShaped(value) || isOllamaLibraryName(value)) &&
      this.ollamaTag(value, this.offset(token.line, token.column + 1), known?.id.split('/')[0]);
    if (tag) return this.addAt(tag.id, token, tag.source);
    if (known) return this.addAt(known.id, token, known.source);
    // A name only its place says is a model: not in a test's made-up values, not an `<org>/<name>` id (model-names
    // reads a Hub id by its shape, and a server's `<org>/<name>` is no name this place alone can tell).
    if (this.test || value.includes('/') || MODEL_WORD_IN_VALUE.test(value)) return;
    const named = keyedModelName(value, lineText, this.registry);
    if (named) this.addAt(named.id, token, named.source);
  }
  addAt(id: string, token: GoToken, source: RawReference['source']) {
    this.addId(id, token.line, token.column + 2, source);
  }
}

const isPunct = (t: GoToken | undefined, text: string) => t?.kind === 'punct' && t.text === text;

function readCode(tokens: Tokens<GoToken>, out: Findings) {
  // Composite literals a name for models holds, by the index of their `{`.
  const literals = new Map<number, 'map' | 'slice'>();
  // The open literals whose top-level strings are models: their depth and kind. Depth counts (, [ and {.
  const blocks: { depth: number; kind: 'map' | 'slice' }[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens.at(i)!;
    if (t.kind === 'punct') {
      if (t.text === '(' || t.text === '[' || t.text === '{') {
        depth++;
        const kind = literals.get(i);
        if (kind) blocks.push({ depth, kind });
      } else if (t.text === ')' || t.text === ']' || t.text === '}') {
        while (blocks.length && blocks[blocks.length - 1]!.depth >= depth) blocks.pop();
        depth = Math.max(0, depth - 1);
      } else if ((t.text === '=' || t.text === ':=' || t.text === ':') && tokens.at(i + 1)?.kind !== 'string') {
        // `var models = []string{`, `supportedModels := map[string]int{`, `Models: []string{`.
        const holder = holderBefore(tokens, i);
        if (holder && namedForMany(holder)) {
          const literal = compositeLiteral(tokens, i + 1);
          if (literal) literals.set(literal.open, literal.kind);
        }
      }
      continue;
    }
    if (t.kind === 'ident' && MODEL_OPTION_CALL.test(t.text) && isPunct(tokens.at(i + 1), '(')) {
      // `llms.WithModel("x")`, `ollama.WithModel("mistral")`: string arguments at the call's own level.
      const receiver = isPunct(tokens.at(i - 1), '.') ? (tokens.at(i - 2)?.text ?? '') : '';
      const ollama = OLLAMA_RECEIVER.test(receiver);
      const otherClient = !ollama && providerIds().includes(receiver.toLowerCase());
      for (let k = i + 2, level = 0; k < tokens.length && k < i + 40; k++) {
        const a = tokens.at(k)!;
        if (isPunct(a, '(') || isPunct(a, '[') || isPunct(a, '{')) level++;
        else if (isPunct(a, ')') || isPunct(a, ']') || isPunct(a, '}')) {
          if (level-- === 0) break;
        } else if (level === 0 && a.kind === 'string' && isValueEnd(tokens.at(k + 1))) out.add(a, ollama, otherClient);
      }
      continue;
    }
    if (t.kind !== 'string') continue;
    // `"phi-4": { ... ModelName: "phi-4", ... }`: a map keyed by the model its entry's own model field names (kaito's
    // TransformerTuningParameters, looked up by preset name) is keyed by that model, whatever the map is called.
    if (isPunct(tokens.at(i + 1), ':') && isPunct(tokens.at(i + 2), '{') && isEntryStart(tokens.at(i - 1)) && entryNamesOwnKey(tokens, i + 2, t.text)) {
      out.add(t, false);
      continue;
    }
    const block = blocks[blocks.length - 1];
    if (block && block.depth === depth) {
      const next = tokens.at(i + 1);
      // A map's keys (`"codellama": {}`), a slice's elements (`"a",`).
      if (block.kind === 'map' ? isPunct(next, ':') && isEntryStart(tokens.at(i - 1)) : isValueEnd(next) && isEntryStart(tokens.at(i - 1))) out.add(t, false);
      continue;
    }
    const holder = holderOf(tokens, i);
    if (holder === undefined || !namedForOne(holder) || !isValueEnd(tokens.at(i + 1))) continue;
    if (isPunct(tokens.at(i - 1), ':') && NOT_MODEL_LITERAL.test(literalType(tokens, i - 2) ?? '')) continue;
    out.add(t, false);
  }
}

/** Whether the entry opening at `open` (`{`) gives a field named for one model (`ModelName: "x"`) the key `key`, at any depth. */
function entryNamesOwnKey(tokens: Tokens<GoToken>, open: number, key: string): boolean {
  for (let k = open + 1, level = 0; k < tokens.length && k < open + 400; k++) {
    const x = tokens.at(k)!;
    if (isPunct(x, '(') || isPunct(x, '[') || isPunct(x, '{')) level++;
    else if (isPunct(x, ')') || isPunct(x, ']') || isPunct(x, '}')) {
      if (level-- === 0) return false;
    } else if (x.kind === 'string' && x.text === key && isPunct(tokens.at(k - 1), ':') && namedForOne(holderBefore(tokens, k - 1) ?? '')) return true;
  }
  return false;
}

/** The type of the composite literal whose `{` opens before token `i` (`TextResponse` of `openai.TextResponse{`), if any. */
function literalType(tokens: Tokens<GoToken>, i: number): string | undefined {
  for (let j = i, level = 0, steps = 0; j >= 0 && steps < 400; j--, steps++) {
    const x = tokens.at(j)!;
    if (x.kind !== 'punct') continue;
    if (x.text === ')' || x.text === ']' || x.text === '}') level++;
    else if (x.text === '(' || x.text === '[' || x.text === '{') {
      if (level-- > 0) continue;
      return x.text === '{' && tokens.at(j - 1)?.kind === 'ident' ? tokens.at(j - 1)!.text : undefined;
    }
  }
  return undefined;
}

/** Whether a token may start a literal's entry: after its `{` or a `,`. */
const isEntryStart = (t: GoToken | undefined) => isPunct(t, '{') || isPunct(t, ',');
/** Whether a string is a whole value, not an operand (`"x" + suffix`, `"x"[1:]`): what follows it ends the value. */
const isValueEnd = (t: GoToken | undefined) => !t || t.kind !== 'punct' || !['+', '[', '.', '==', '!=', '('].includes(t.text);

/**
 * The name a value after `=`, `:=` or `:` (token `at`) is given to: `model := v`, `x.Model = v`, `var defaultModel = v`,
 * `const DefaultModel ModelName = v` (a typed declaration), a composite literal's field `Model: v`, a map entry
 * `"model": v`.
 */
function holderBefore(tokens: Tokens<GoToken>, at: number): string | undefined {
  const op = tokens.at(at)!;
  const name = tokens.at(at - 1);
  if (!name) return undefined;
  if (op.text === ':') {
    const open = tokens.at(at - 2);
    if (!isEntryStart(open)) return undefined;
    return name.kind === 'ident' || name.kind === 'string' ? name.text : undefined;
  }
  if (name.kind !== 'ident') return undefined;
  // `var name Type = v`, `Name Type = v` in a `const (` group: the name before the type, on the same line.
  const before = tokens.at(at - 2);
  if (op.text === '=' && before?.kind === 'ident' && before.line === name.line && !DECLARES.has(before.text)) return before.text;
  return name.text;
}

function holderOf(tokens: Tokens<GoToken>, i: number): string | undefined {
  const prev = tokens.at(i - 1);
  if (!prev || prev.kind !== 'punct' || !(prev.text === '=' || prev.text === ':=' || prev.text === ':')) return undefined;
  return holderBefore(tokens, i - 1);
}

/**
 * The composite literal a type starting at `from` opens (`[]string{`, `map[string]struct{}{`, `[...]string{`): the
 * index of its `{` and whether it is a map or a slice; undefined for anything else (a call, a struct value).
 */
function compositeLiteral(tokens: Tokens<GoToken>, from: number): { open: number; kind: 'map' | 'slice' } | undefined {
  const first = tokens.at(from);
  const kind = first?.text === 'map' ? 'map' : isPunct(first, '[') ? 'slice' : undefined;
  if (!kind) return undefined;
  const end = typeEnd(tokens, from, 0);
  return end !== undefined && isPunct(tokens.at(end), '{') ? { open: end, kind } : undefined;
}

/** The index after a Go type starting at `k` (within a few tokens), or undefined. */
function typeEnd(tokens: Tokens<GoToken>, k: number, nesting: number): number | undefined {
  if (nesting > 4) return undefined;
  const t = tokens.at(k);
  if (!t) return undefined;
  if (isPunct(t, '*')) return typeEnd(tokens, k + 1, nesting + 1);
  if (isPunct(t, '[')) {
    // `[]T`, `[...]T`, `[3]T`.
    let j = k + 1;
    while (j < tokens.length && j < k + 6 && !isPunct(tokens.at(j), ']')) j++;
    return isPunct(tokens.at(j), ']') ? typeEnd(tokens, j + 1, nesting + 1) : undefined;
  }
  if (t.text === 'map' && isPunct(tokens.at(k + 1), '[')) {
    const key = typeEnd(tokens, k + 2, nesting + 1);
    return key !== undefined && isPunct(tokens.at(key), ']') ? typeEnd(tokens, key + 1, nesting + 1) : undefined;
  }
  if ((t.text === 'struct' || t.text === 'interface') && isPunct(tokens.at(k + 1), '{') && isPunct(tokens.at(k + 2), '}')) return k + 3;
  if (t.kind === 'ident') return isPunct(tokens.at(k + 1), '.') && tokens.at(k + 2)?.kind === 'ident' ? k + 3 : k + 1;
  return undefined;
}
