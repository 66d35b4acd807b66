// Ruby code (issue #15): where a Ruby program names the model it calls, a name no provider table knows
// counts by the place it stands in (model-names reads the names a table knows anywhere):
//   - a model-named key given a string: hash labels and keyword arguments (`chat_model: "llava"`,
//     `default_options: {embedding_model: "x"}`), hash rockets (`:model => "x"`, `"model" => "x"`),
//     assignments (`DEFAULT_MODEL = "x"`, `@model = "x"`, `config.default_model = "x"`, `model ||= "x"`),
//     a call named for a model on a receiver (`chat.with_model("x")`), RSpec's `let(:model) { "x" }`;
//   - every string of a collection a model-named declaration holds (`MODELS = %w[a b]`, `CHAT_MODELS = [...]`);
//   - a bare word in such a slot that a provider's known name in the same hash or call extends (`completion_model:
//     "command"` beside `chat_model: "command-r-plus"`, Cohere's): reported as that provider's;
//   - a hash of names mapped to numbers (`EMBEDDING_SIZES = { "llama3.1": 4_096, llava: 4_096 }`: dimensions,
//     context windows) in which at least two names are known models: every name of the table.
// A name of the Ollama library in a file that talks to Ollama (`Langchain::LLM::Ollama`) is an Ollama model; in
// such a file the names of a table whose known names are Ollama models are Ollama models too. A name only its place
// says is a model is `openai-compatible/<name>` (the server is not known). Comments, heredocs and interpolated
// strings are not read here.
import { defineExtractor } from './extractor.js';
import { CodeFindings } from './shared/code-findings.js';
import { PARTIAL, QUOTED, Tokens } from './shared/tokens.js';
import { isContextOnlyId } from '../registry/providers.js';
import { classify, mentionsNameWord, nameWords, NOT_MODEL_CONTEXT } from './shared/model-name.js';
import { keyedModelName, namedForMany, namedForOne, type KeyedName } from './shared/keyed-name.js';
import { classifyOllamaName, isOllamaLibraryName } from './shared/ollama-tag.js';

const CODE = /\.(rb|rake)$/i;

/** A file that talks to Ollama: its client class, gem or server named. */
const OLLAMA_TALK = /ollama/i;
/** A bare word: lower-case letters only, which no shape test takes for a name. */
const BARE_WORD = /^[a-z]{2,40}$/;

export default defineExtractor({
  name: 'ruby',
  matchesName: true,
  matches: (path) => CODE.test(path),
  // Every slot and collection is named for a model; a table needs known names (model-names' words) or, for Ollama's
  // names, a file that talks to Ollama.
  words: () => ['model', 'ollama', ...nameWords()],
  extract(file) {
    const text = file.text;
    if (!/model|ollama/i.test(text) && !mentionsNameWord(text)) return { references: [], diagnostics: [] };
    const out = new Findings(text, OLLAMA_TALK.test(text));
    readCode(scanRubyTokens(text), out);
    return { references: out.references, diagnostics: [] };
  },
});

// ---------------------------------------------------------------------------------------------------------------
// Tokens

export interface RubyToken {
  /** `label`: a hash key or keyword argument (`chat_model:`, `"llama3.1":`), its name without the colon. */
  kind: 'ident' | 'label' | 'symbol' | 'string' | 'number' | 'punct';
  text: string;
  /** 1-based line; 1-based column of the token's text (a string's first character inside its quotes). */
  line: number;
  column: number;
  /** A string read only in part: interpolated (`"#{x}"`), a heredoc, a command. */
  partial?: boolean;
  /** A label written quoted (`"gpt-4o":`), as a string key is. */
  quoted?: boolean;
}

const OPERATORS = ['||=', '&&=', '===', '<=>', '**=', '=>', '==', '=~', '!=', '!~', '<=', '>=', '::', '&.', '->', '<<', '>>', '&&', '||', '..'];
/** The characters an operator of two or more characters starts with. */
const OPERATOR_STARTS = new Set(OPERATORS.map((o) => o[0]!));
// Sticky patterns, matched at a position without copying the text.
const IDENT = /(?:@@?|\$)?[A-Za-z_]\w*[?!]?/y;
const SYMBOL_NAME = /[A-Za-z_]\w*[?!=]?/y;
const NUMBER = /0[xXbBoO][0-9a-fA-F_]+|[0-9][0-9_]*(?:\.[0-9][0-9_]*)?(?:[eE][+-]?[0-9]+)?/y;
const WORD_START = /[A-Za-z_@$]/;
const at = (re: RegExp, text: string, i: number): string | undefined => {
  re.lastIndex = i;
  return re.exec(text)?.[0];
};
/** Words after which `/` opens a regular expression, not a division. */
const BEFORE_REGEX = new Set(['if', 'unless', 'when', 'and', 'or', 'not', 'return', 'while', 'until', 'then', 'else', 'elsif', 'in']);
const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

/** Tokens of Ruby source text, comments dropped; an unterminated string ends at the text's end. */
export function scanRubyTokens(text: string): Tokens<RubyToken> {
  const tokens = new Tokens<RubyToken>(text);
  const n = text.length;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  // Heredoc terminators waiting for the end of the current line.
  const heredocs: { id: string; squiggly: boolean }[] = [];
  const push = (kind: RubyToken['kind'], tokenText: string, at: number, partial = false, quoted = false) =>
    tokens.addText(kind, tokenText, at, line, at - lineStart + 1, (partial ? PARTIAL : 0) | (quoted ? QUOTED : 0));
  /** Moves past `end` (exclusive), counting the lines crossed. */
  const advance = (end: number) => {
    for (let k = i; k < end; k++)
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    i = end;
  };
  const valueBefore = () => {
    const prev = tokens.at(tokens.length - 1);
    if (!prev) return false;
    if (prev.kind === 'punct') return prev.text === ')' || prev.text === ']' || prev.text === '}';
    return !(prev.kind === 'ident' && BEFORE_REGEX.has(prev.text));
  };
  /** A quoted string from `open` (at the quote); returns its end (after the closing quote). */
  const quoted = (start: number, quote: string, close = quote, interpolates = quote !== "'"): number => {
    let k = start + 1;
    let depth = 0;
    let partial = false;
    while (k < n) {
      const ch = text[k]!;
      if (ch === '\\') {
        k += 2;
        continue;
      }
      if (interpolates && ch === '#' && text[k + 1] === '{') {
        partial = true;
        k = interpolationEnd(text, k + 2);
        continue;
      }
      if (close !== quote && ch === quote) depth++;
      else if (ch === close) {
        if (depth === 0) break;
        depth--;
      }
      k++;
    }
    const body = text.slice(start + 1, Math.min(k, n));
    const at = start + 1;
    const after = k + 1;
    // `"llama3.1": 4_096`: a quoted hash key.
    if ((quote === '"' || quote === "'") && text[after] === ':' && text[after + 1] !== ':' && /[\s]/.test(text[after + 1] ?? ' ')) {
      push('label', body, at, partial, true);
      advance(after + 1);
      return i;
    }
    push('string', body, at, partial || body.includes('\n'));
    advance(Math.min(after, n));
    return i;
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      i++;
      line++;
      lineStart = i;
      // Heredoc bodies: skip to each terminator in turn.
      while (heredocs.length) {
        const { id, squiggly } = heredocs.shift()!;
        let k = i;
        for (;;) {
          const eol = text.indexOf('\n', k);
          const lineText = text.slice(k, eol < 0 ? n : eol);
          if ((squiggly ? lineText.trim() : lineText) === id || eol < 0) {
            advance(eol < 0 ? n : eol);
            break;
          }
          k = eol + 1;
        }
      }
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? n : eol;
      continue;
    }
    // `=begin` ... `=end` block comments, at a line's start.
    if (c === '=' && i === lineStart && text.startsWith('=begin', i)) {
      const end = text.indexOf('\n=end', i);
      const eol = end < 0 ? n : text.indexOf('\n', end + 1);
      advance(eol < 0 ? n : eol);
      continue;
    }
    if (c === '_' && i === lineStart && text.startsWith('__END__', i)) break; // data after the program
    if (c === '"' || c === "'" || c === '`') {
      const start = i;
      if (c === '`') {
        const end = text.indexOf('`', i + 1);
        advance(end < 0 ? n : end + 1);
        push('string', '', start, true);
        continue;
      }
      quoted(start, c);
      continue;
    }
    // Heredocs: `<<~EOS`, `<<-EOS`, `<<EOS`, `<<~'EOS'` (a value where one may start): the body is one partial string.
    // (`<<~` / `<<-` / a quoted id always open one; `<<EOS` where a value may start, or after a method's name and a space.)
    if (c === '<' && text[i + 1] === '<') {
      const m = /^<<([~-]?)(["'`]?)([A-Za-z_]\w*)\2/.exec(text.slice(i, i + 80));
      const prev = tokens.at(tokens.length - 1);
      const bareOpens = () => /^[A-Z_]/.test(m![3]!) && (!valueBefore() || (prev?.kind === 'ident' && text[i - 1] === ' '));
      if (m && (m[1] || m[2] || bareOpens())) {
        heredocs.push({ id: m[3]!, squiggly: m[1] !== '' });
        push('string', '', i, true);
        i += m[0].length;
        continue;
      }
    }
    // Percent literals: `%w[a b]` / `%i[...]` (word lists), `%q(...)` / `%Q{...}` / `%(...)` (strings).
    if (c === '%') {
      const m = /^%([wWiIqQ]?)([[({<|!/])/.exec(text.slice(i, i + 3));
      if (m && (m[1] || !valueBefore())) {
        const open = m[2]!;
        const close = CLOSERS[open] ?? open;
        const bodyStart = i + m[0].length;
        let k = bodyStart;
        let depth = 0;
        while (k < n && !(text[k] === close && depth === 0)) {
          if (text[k] === '\\') k++;
          else if (close !== open && text[k] === open) depth++;
          else if (close !== open && text[k] === close) depth--;
          k++;
        }
        if (m[1] && /[wWiI]/.test(m[1])) {
          // Each word a string of the list, at its own position.
          push('punct', '[', i);
          for (const w of text.slice(bodyStart, k).matchAll(/\S+/g)) {
            advance(bodyStart + w.index!);
            push('string', w[0], i);
          }
          advance(Math.min(k, n));
          push('punct', ']', i);
          advance(Math.min(k + 1, n));
        } else {
          const body = text.slice(bodyStart, k);
          push('string', body, bodyStart, /#\{/.test(body) || body.includes('\n'));
          advance(Math.min(k + 1, n));
        }
        continue;
      }
    }
    // Regular expressions, where a value may start: their text is no string of ours.
    if (c === '/' && !valueBefore()) {
      let k = i + 1;
      let inClass = false;
      while (k < n && text[k] !== '\n') {
        if (text[k] === '\\') k++;
        else if (text[k] === '[') inClass = true;
        else if (text[k] === ']') inClass = false;
        else if (text[k] === '/' && !inClass) break;
        k++;
      }
      if (text[k] === '/') {
        i = k + 1;
        continue;
      }
    }
    // Symbols: `:name`, `:name?`, `:"name"`; not `::`, not a ternary's `: x`.
    if (c === ':' && text[i + 1] !== ':' && text[i - 1] !== ':') {
      const next = text[i + 1] ?? '';
      const name = /[A-Za-z_]/.test(next) ? at(SYMBOL_NAME, text, i + 1) : undefined;
      if (name) {
        push('symbol', name, i + 1);
        i += 1 + name.length;
        continue;
      }
      if (next === '"' || next === "'") {
        const before = tokens.length;
        quoted(i + 1, next);
        const t = tokens.at(before);
        if (t) t.kind = 'symbol';
        continue;
      }
    }
    const word = WORD_START.test(c) ? at(IDENT, text, i) : undefined;
    if (word) {
      const after = i + word.length;
      // `chat_model: "x"`: a label (a hash key or keyword argument); not `Foo::Bar`, not `a ? b : c`.
      if (text[after] === ':' && text[after + 1] !== ':' && !word.startsWith('@') && !word.startsWith('$')) {
        push('label', word.replace(/[?!]$/, ''), i);
        i = after + 1;
        continue;
      }
      push('ident', word, i);
      i = after;
      continue;
    }
    const number = c >= '0' && c <= '9' ? at(NUMBER, text, i) : undefined;
    if (number) {
      push('number', number, i);
      i += number.length;
      continue;
    }
    const op = OPERATOR_STARTS.has(c) ? OPERATORS.find((o) => text.startsWith(o, i)) : undefined;
    push('punct', op ?? c, i);
    i += op ? op.length : 1;
  }
  return tokens;
}

/** The end of a `#{...}` interpolation starting at `k` (after its `{`): the index after its `}`. */
function interpolationEnd(text: string, k: number): number {
  let depth = 1;
  while (k < text.length && depth > 0) {
    const ch = text[k]!;
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === '"' || ch === "'") {
      const end = text.indexOf(ch, k + 1);
      if (end > 0 && end < text.indexOf('\n', k) + 1) k = end;
    }
    k++;
  }
  return k;
}

// ---------------------------------------------------------------------------------------------------------------
// Findings

/** Collects references, one per (line, id), with the line's text for context and snippets. */
class Findings extends CodeFindings {
  constructor(
    text: string,
    /** Whether the file talks to Ollama: a name of its library is an Ollama model here. */
    readonly ollama: boolean,
  ) {
    super(text);
  }
  /** What a slot's string names: a table's reading, an Ollama library name here, else a name by its shape. */
  name(value: string, line: number): KeyedName | undefined {
    const known = classify(value, this.lineText(line), this.registry);
    if (known) return known;
    if (this.ollama && isOllamaLibraryName(value) && !NOT_MODEL_CONTEXT.test(this.lineText(line))) return classifyOllamaName(value);
    return keyedModelName(value, this.lineText(line), this.registry);
  }
  /** A name a table knows (not by its place alone), or an Ollama library name in a file that talks to Ollama. */
  known(value: string, line: number): KeyedName | undefined {
    const known = classify(value, this.lineText(line), this.registry);
    if (known && !isContextOnlyId(known.id)) return known;
    return this.ollama && isOllamaLibraryName(value) ? classifyOllamaName(value) : undefined;
  }
  add(token: RubyToken): KeyedName | undefined {
    const found = this.name(token.text, token.line);
    if (found) this.addId(found.id, token.line, token.column, found.source);
    return found;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

/** An open bracket: its strings may be a model collection's, its slots wait for their siblings. */
interface Block {
  open: string;
  /** Token index of the bracket. */
  at: number;
  /** Named for models by the declaration holding it (`MODELS = [`). */
  collection: boolean;
  /** Bare words in its model slots, waiting for a known sibling that extends them. */
  bare: RubyToken[];
  /** Ids of the names a provider table knows in its model slots (`cohere/command-r-plus`). */
  known: string[];
}

function readCode(tokens: Tokens<RubyToken>, out: Findings) {
  const blocks: Block[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens.at(i)!;
    if (t.kind === 'punct') {
      if (t.text === '(' || t.text === '[' || t.text === '{') {
        const holder = declaredName(tokens, i);
        blocks.push({ open: t.text, at: i, collection: t.text !== '(' && !!holder && namedForMany(holder), bare: [], known: [] });
      } else if (t.text === ')' || t.text === ']' || t.text === '}') {
        const block = blocks.pop();
        if (block) closeBlock(block, tokens, i, out);
      }
      continue;
    }
    if ((t.kind !== 'string' && t.kind !== 'label') || t.partial) continue;
    const open = blocks[blocks.length - 1];
    if (t.kind === 'string' && inModelSlot(tokens, i)) {
      if (BARE_WORD.test(t.text) && !out.known(t.text, t.line)) {
        if (open) open.bare.push(t);
        continue;
      }
      const found = out.add(t);
      if (open && found && found.source === 'api' && !isContextOnlyId(found.id)) open.known.push(found.id);
      continue;
    }
    // An entry of a collection named for models: its strings, and its quoted keys (`"gpt-4o": {...}`).
    if (open?.collection && (t.kind === 'string' || t.quoted)) {
      if (BARE_WORD.test(t.text) && !out.known(t.text, t.line)) open.bare.push(t);
      else {
        const found = out.add(t);
        if (found && found.source === 'api' && !isContextOnlyId(found.id)) open.known.push(found.id);
      }
    }
  }
  while (blocks.length) closeBlock(blocks.pop()!, tokens, tokens.length, out);
}

/**
 * Closing a bracket: bare words in its slots that a provider's known name beside them extends (`"command"` beside
 * `"command-r-plus"`, Cohere's) are that provider's; a hash of names mapped to numbers with two known models names a
 * model in every key.
 */
function closeBlock(block: Block, tokens: Tokens<RubyToken>, close: number, out: Findings) {
  for (const word of block.bare) {
    const sibling = block.known.find((id) => id.slice(id.indexOf('/') + 1).startsWith(`${word.text}-`));
    if (sibling) out.addId(`${sibling.slice(0, sibling.indexOf('/'))}/${word.text}`, word.line, word.column);
  }
  if (block.open === '{') readNumberTable(tokens, block.at + 1, close, out);
}

/**
 * `{ codellama: 4_096, "llama3.1": 4_096, "text-embedding-3-large" => 3072 }`: every entry a name (a label, a string or
 * symbol before `=>`) mapped to a number. With two names known as models, every name is one (dimensions, context
 * windows); in a file that talks to Ollama, the names beside known Ollama models are Ollama models too.
 */
function readNumberTable(tokens: Tokens<RubyToken>, from: number, to: number, out: Findings) {
  const keys: RubyToken[] = [];
  let i = from;
  while (i < to) {
    const t = tokens.at(i)!;
    let value: RubyToken | undefined;
    if (t.kind === 'label' && !t.partial) {
      value = tokens.at(i + 1);
      i += 2;
    } else if ((t.kind === 'string' || t.kind === 'symbol') && !t.partial && tokens.at(i + 1)?.text === '=>') {
      value = tokens.at(i + 2);
      i += 3;
    } else return;
    if (value?.kind !== 'number') return;
    keys.push(t);
    if (tokens.at(i)?.text === ',') i++;
    else if (i < to) return;
  }
  if (keys.length < 2) return;
  const known = keys.map((k) => out.known(k.text, k.line));
  if (known.filter(Boolean).length < 2) return;
  const ollamaTable = out.ollama && known.some((k) => k?.source === 'ollama');
  keys.forEach((key, n) => {
    const named = known[n] ?? (ollamaTable ? classifyOllamaName(key.text) : out.name(key.text, key.line));
    if (named) out.addId(named.id, key.line, key.column, named.source);
  });
}

/**
 * The name a value at `i` is assigned to: `MODELS = `, `@model = `, `config.default_model = `, `model ||= `.
 * Undefined when `i` follows no assignment.
 */
function declaredName(tokens: Tokens<RubyToken>, i: number): string | undefined {
  const op = tokens.at(i - 1);
  if (op?.kind !== 'punct' || (op.text !== '=' && op.text !== '||=')) return undefined;
  const name = tokens.at(i - 2);
  return name?.kind === 'ident' ? name.text.replace(/^(?:@@?|\$)/, '') : undefined;
}

/** A string in a model slot: a model-named label, hash-rocket key, assignment, receiver call or RSpec `let`. */
function inModelSlot(tokens: Tokens<RubyToken>, i: number): boolean {
  const prev = tokens.at(i - 1);
  const prev2 = tokens.at(i - 2);
  if (!prev) return false;
  // `chat_model: "x"`, `"model": "x"`.
  if (prev.kind === 'label') return namedForOne(prev.text);
  // `:model => "x"`, `"model" => "x"`.
  if (prev.text === '=>') return (prev2?.kind === 'symbol' || prev2?.kind === 'string') && namedForOne(prev2.text);
  // `DEFAULT_MODEL = "x"`, `@model = "x"`, `config.default_model = "x"`, `model ||= "x"`.
  const declared = declaredName(tokens, i);
  if (declared !== undefined) return namedForOne(declared);
  // `chat.with_model("x")`, `chat.with_model "x"`: a call on a receiver, named for a model.
  if (prev.text === '(' && prev2?.kind === 'ident') return namedForOne(prev2.text) && isReceiverDot(tokens.at(i - 3));
  if (prev.kind === 'ident') return namedForOne(prev.text) && isReceiverDot(tokens.at(i - 2));
  // RSpec `let(:model) { "x" }`.
  if (prev.text === '{' && prev2?.text === ')' && tokens.at(i - 3)?.kind === 'symbol' && tokens.at(i + 1)?.text === '}')
    return namedForOne(tokens.at(i - 3)!.text) && tokens.at(i - 4)?.text === '(' && /^(?:let!?|subject)$/.test(tokens.at(i - 5)?.text ?? '');
  return false;
}

const isReceiverDot = (t: RubyToken | undefined) => t?.kind === 'punct' && (t.text === '.' || t.text === '&.');
