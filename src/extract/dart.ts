// Dart code (issue #15): where Dart and Flutter code names the model it calls, by the place a string stands in, as
// csharp.ts reads C#. model-names reads known names anywhere by their shape; here the place says a string is a model,
// so a name no table knows counts too (an Ollama model without a digit, `llava`; a server's own name):
//   - a named argument named for one model (`ChatOpenAIOptions(model: 'gpt-4o')`, an enum entry's
//     `defaultModel: 'mistral-small'`), a declaration, assignment, getter or `??` default of a variable, field or
//     parameter named for one (`static const defaultModel = 'gpt-5-mini';`, `this.model = 'text-embedding-3-small'`,
//     `String get model => 'x';`), a map entry keyed by one (`{'model': 'x'}`);
//   - every string of a list or set a name for models holds (`const models = ['a', 'b']`, `supportedModels: [...]`).
// A string in a call named for Ollama (LangChain.dart's `ChatOllamaOptions(model: 'llava')`, `OllamaEmbeddings(model:
// ...)`, ollama_dart's requests, an `ollama(...)` enum entry) is the Ollama model that call runs, as python.ts and
// javascript.ts read `ChatOllama(model=...)`; elsewhere an Ollama library name is Ollama's where the file talks to
// Ollama (OllamaContext). Names a table knows are reported as model-names reports them; a name only its place says is
// a model is `openai-compatible/<name>` (the server is not known). Comments (dartdoc examples), interpolated strings
// (`'$model'`) and multi-line strings are not read here. Tokens: https://dart.dev/language/built-in-types#strings
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { CodeFindings, ModelCollections } from './shared/code-findings.js';
import { TEMPLATE, Tokens } from './shared/tokens.js';
import { namedForMany, namedForOne } from './shared/keyed-name.js';

const CODE = /\.dart$/i;
/** A call named for Ollama: its client, options and request classes (`ChatOllamaOptions`, `OllamaEmbeddings`, `GenerateChatCompletionRequest` is not). */
const OLLAMA_CALL = /ollama/i;
/** A word about a model, not one (`fake-model`, `my-model`, `custom_model_1`): test values and placeholders. */

export default defineExtractor({
  name: 'dart',
  matchesName: true,
  matches: (path) => CODE.test(path),
  // Every slot, call argument and collection is named for a model.
  words: ['model'],
  extract(file) {
    const text = file.text;
    if (!/model/i.test(text)) return { references: [], diagnostics: [] };
    const out = new Findings(text);
    readCode(scanDartTokens(text), out);
    return { references: out.references, diagnostics: [] };
  },
});

export interface DartToken {
  kind: 'ident' | 'string' | 'punct' | 'number';
  /** An identifier's name, a string's contents (escapes as written), or the punctuation. */
  text: string;
  /** 1-based line and 0-based column of the token's first character (a string's `r` or opening quote). */
  line: number;
  column: number;
  /** 0-based column of a string's first character of content. */
  contentColumn?: number;
  /** An interpolated (`'$x'`, `'${x}'`) or multi-line (`'''...'''`) string: a template or a block of text, not one value. */
  template?: boolean;
}

const OPERATORS = ['?..', '...', '??=', '??', '?.', '..', '=>', '==', '!=', '<=', '>=', '&&', '||', '+=', '-='];

/** Tokens of Dart source text, comments dropped; an unterminated string ends at its line's end (a triple-quoted one at the text's). */
export function scanDartTokens(text: string): Tokens<DartToken> {
  const tokens = new Tokens<DartToken>(text, true);
  const n = text.length;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const newline = (at: number) => {
    line++;
    lineStart = at + 1;
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      newline(i);
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      // Dart's block comments nest.
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (text[i] === '/' && text[i + 1] === '*') (depth++, (i += 2));
        else if (text[i] === '*' && text[i + 1] === '/') (depth--, (i += 2));
        else {
          if (text[i] === '\n') newline(i);
          i++;
        }
      }
      continue;
    }
    const raw = c === 'r' && (text[i + 1] === "'" || text[i + 1] === '"') && (i === 0 || !/[\w$]/.test(text[i - 1]!));
    const q = raw ? i + 1 : i;
    if (text[q] === "'" || text[q] === '"') {
      const quote = text[q]!;
      const startLine = line;
      const column = i - lineStart;
      if (text.startsWith(quote.repeat(3), q)) {
        // A multi-line string: a block of text (a prompt, a help page), not one value.
        const end = text.indexOf(quote.repeat(3), q + 3);
        const stop = end < 0 ? n : end + 3;
        for (let k = q + 3; k < stop; k++) if (text[k] === '\n') newline(k);
        tokens.add('string', q + 3, end < 0 ? n : end, startLine, column, TEMPLATE, q + 3 - lineStart);
        i = stop;
        continue;
      }
      let k = q + 1;
      let template = false;
      while (k < n && text[k] !== quote && text[k] !== '\n') {
        if (!raw && text[k] === '\\') {
          k += 2;
          continue;
        }
        if (!raw && text[k] === '$') {
          template = true;
          // `${...}` may hold strings of its own (`'${m['model']}'`): to its closing brace.
          if (text[k + 1] === '{') {
            let depth = 0;
            for (; k < n && text[k] !== '\n'; k++) {
              if (text[k] === '{') depth++;
              else if (text[k] === '}' && --depth === 0) break;
            }
          }
        }
        k++;
      }
      tokens.add('string', q + 1, Math.min(k, n), startLine, column, template ? TEMPLATE : 0, q + 1 - lineStart);
      i = text[k] === quote ? k + 1 : k;
      continue;
    }
    if (/[A-Za-z_$]/.test(c)) {
      let k = i + 1;
      while (k < n && /[\w$]/.test(text[k]!)) k++;
      tokens.add('ident', i, k, line, i - lineStart);
      i = k;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let k = i + 1;
      while (k < n && /[\w.]/.test(text[k]!) && !(text[k] === '.' && !/[0-9]/.test(text[k + 1] ?? ''))) k++;
      tokens.add('number', i, k, line, i - lineStart);
      i = k;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    const t = op ?? c;
    tokens.addText('punct', t, i, line, i - lineStart);
    i += t.length;
  }
  return tokens;
}

/** Collects references, one per (line, id), with the line's text for context and snippets. */
class Findings extends CodeFindings {
  /** A name in a model slot: the Ollama model an Ollama-named call runs, a table's reading, else a name by its place. */
  add(token: DartToken, ollamaCall: boolean) {
    // An Ollama library name is Ollama's where the code talks to Ollama (`defaultModel: 'llama3.2'` beside `ChatOllama`).
    const found = this.slotValue(token.text, ollamaCall, this.lineText(token.line), this.offset(token.line, token.contentColumn ?? token.column));
    if (found) this.addAt(found.id, token, found.source);
  }
  /** Records `id` at a string token (its content's column, 1-based). */
  addAt(id: string, token: DartToken, source: RawReference['source']) {
    this.addId(id, token.line, (token.contentColumn ?? token.column) + 1, source);
  }
}

function readCode(tokens: Tokens<DartToken>, out: Findings) {
  const collections = new ModelCollections();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens.at(i)!;
    if (t.kind === 'punct') {
      collections.step(t.text, () => opensModelCollection(tokens, i));
      continue;
    }
    if (t.kind !== 'string' || t.template) continue;
    const holder = holderOf(tokens, i);
    if (collections.inside || (holder !== undefined && namedForOne(holder))) out.add(t, OLLAMA_CALL.test(enclosingCall(tokens, i) ?? ''));
  }
}

/**
 * The name a value at `i` is given to: `x = v` (a declaration, an assignment, `this.x = v` as a parameter's default),
 * `x ??= v`, `get x => v`, a named argument `x: v`, a map entry `'x': v`; or of a default after `??`
 * (`options?.model ?? 'x'`).
 */
function holderOf(tokens: Tokens<DartToken>, i: number): string | undefined {
  const prev = tokens.at(i - 1);
  const prev2 = tokens.at(i - 2);
  if (!prev) return undefined;
  if (prev.text === '??') {
    // Back over the left operand to the `=`, `=>` or named argument that gives the whole expression to a name.
    for (let j = i - 2, level = 0, steps = 0; j > 0 && steps < 40; j--, steps++) {
      const x = tokens.at(j)!.text;
      if (x === ')' || x === ']') level++;
      else if (x === '(' || x === '[') {
        if (level-- === 0) return undefined;
      } else if (level === 0 && (x === '=' || x === '=>' || x === '??=' || x === ':')) return holderOf(tokens, j + 1);
      else if (level === 0 && (x === ';' || x === '{' || x === '}' || x === ',')) return undefined;
    }
    return undefined;
  }
  if ((prev.text === '=' || prev.text === '??=' || prev.text === '=>') && prev2?.kind === 'ident') {
    // Not a closure's parameter (`(m) => 'x'`).
    return prev.text === '=>' && tokens.at(i - 3)?.text === '(' ? undefined : prev2.text;
  }
  if (prev.text === ':') {
    const open = tokens.at(i - 3)?.text;
    // `model: 'x'`: a named argument (not the branch of a conditional `c ? a : 'x'`, not a `case 'x':` label).
    if (prev2?.kind === 'ident' && (open === '(' || open === ',')) return prev2.text;
    // `{'model': 'x'}`: a map literal's entry.
    if (prev2?.kind === 'string' && !prev2.template && (open === '{' || open === ',')) return prev2.text;
  }
  return undefined;
}

/** The name of the call whose argument list holds the token at `i` (`ChatOllamaOptions`, `Provider.ollama`), if any. */
function enclosingCall(tokens: Tokens<DartToken>, i: number): string | undefined {
  for (let j = i - 1, level = 0, steps = 0; j >= 0 && steps < 60; j--, steps++) {
    const x = tokens.at(j)!.text;
    if (x === ')' || x === ']' || x === '}') level++;
    else if (x === '(' || x === '[' || x === '{') {
      if (level-- > 0) continue;
      if (x !== '(') return undefined;
      // `ChatOllamaOptions(`, `const OllamaOptions(`, `ollama(` (an enum entry), `Foo<T>(`: the name before it.
      let k = j - 1;
      if (tokens.at(k)?.text === '>') {
        const open = tokens
          .slice(Math.max(0, k - 10), k)
          .map((t) => t.text)
          .lastIndexOf('<');
        if (open < 0) return undefined;
        k = Math.max(0, k - 10) + open - 1;
      }
      return tokens.at(k)?.kind === 'ident' ? tokens.at(k)!.text : undefined;
    } else if (level === 0 && x === ';') return undefined;
  }
  return undefined;
}

/**
 * Whether the `[` or `{` at `i` opens a list or set a name for models holds: `const models = [`,
 * `static const List<String> supportedModels = <String>[`, `models: const [`.
 */
function opensModelCollection(tokens: Tokens<DartToken>, i: number): boolean {
  // Back over `const`, `final` and type arguments (`<String>`) to the `=`, `=>` or named argument's `:`.
  let j = i - 1;
  for (let steps = 0; j >= 0 && steps < 8; j--, steps++) {
    const x = tokens.at(j)!;
    if (x.text === '=' || x.text === '=>' || x.text === ':' || x.text === '??=') break;
    if (!(x.text === 'const' || x.text === 'final' || x.text === '<' || x.text === '>' || x.text === ',' || x.kind === 'ident')) return false;
  }
  if (j < 0 || !['=', '=>', ':', '??='].includes(tokens.at(j)!.text)) return false;
  const holder = holderOf(tokens, j + 1);
  return holder !== undefined && namedForMany(holder);
}
