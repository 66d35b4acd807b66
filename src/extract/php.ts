// PHP code (issue #15): where a PHP program names the model it calls, by the place a string stands in, as ruby.ts
// and csharp.ts read theirs. model-names reads the names a table knows anywhere by their shape; here the place says
// a string is a model, so a name no table knows counts too, and an Ollama library name where the code talks to
// Ollama is read as its tag (`$config->model = 'mistral-nemo'` beside `new OllamaConfig()`, not Mistral's API model):
//   - a string in a model-named slot: a named argument (`model: 'x'`), an array entry (`'model' => 'x'`), an
//     assignment, property or constant (`$this->model = 'x'`, `const DEFAULT_MODEL = 'x'`, a promoted constructor
//     parameter's default `protected string $model = 'x'`, `$model ??= 'x'`), a call named for a model on a receiver
//     (`->withModel('x')`), the default of `env()` / `config()` in such a slot or for a model-named variable
//     (`'model' => env('GROQ_MODEL', 'llama-3.3-70b-versatile')`), the argument after a call's first one naming a
//     provider or Ollama (Prism's `->using(Provider::Ollama, 'gemma3:1b')`, `->using('ollama', 'llama3.2')`);
//   - every string of a list a model-named declaration holds (`protected array $unsupportedModels = [...]`,
//     `const MODELS = [...]`, `'models' => [...]`), and of the keys of such a map;
//   - the cases of a backed enum named for models (`enum MistralAIChatModel: string { case Tiny = 'mistral-tiny'; }`).
// Names a table knows are reported as model-names reports them; a name only its place says is a model is
// `openai-compatible/<name>` (the server is not known). Comments, interpolated strings (`"$x"`), heredocs and the
// HTML outside `<?php ... ?>` are not read. Tokens: https://www.php.net/manual/en/language.types.string.php
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { CodeFindings } from './shared/code-findings.js';
import { PARTIAL, Tokens } from './shared/tokens.js';
import { isContextOnlyId, providerIds } from '../registry/providers.js';
import { classify, NOT_MODEL_CONTEXT } from './shared/model-name.js';
import { keyedModelName, namedForMany, namedForOne } from './shared/keyed-name.js';
import { classifyOllamaName } from './shared/ollama-tag.js';

const CODE = /\.php$/i;

export default defineExtractor({
  name: 'php',
  matchesName: true,
  matches: (path) => CODE.test(path),
  // Every slot, list and enum is named for a model; a call given a provider names it (`Provider::Ollama`, `'ollama'`).
  words: ['model', 'provider', 'ollama'],
  extract(file) {
    const text = file.text;
    if (!/model|provider|ollama/i.test(text)) return { references: [], diagnostics: [] };
    const out = new Findings(text);
    readCode(scanPhpTokens(text), out);
    return { references: out.references, diagnostics: [] };
  },
});

// ---------------------------------------------------------------------------------------------------------------
// Tokens

export interface PhpToken {
  /** `label`: a named argument's name (`model:`), without its colon. Variables keep their `$`. */
  kind: 'ident' | 'label' | 'string' | 'number' | 'punct';
  text: string;
  /** 1-based line; 1-based column of the token's text (a string's first character inside its quotes). */
  line: number;
  column: number;
  /** A string read only in part: interpolated (`"$x"`, `"{$x}"`), a heredoc. */
  partial?: boolean;
}

const OPERATORS = ['??=', '?->', '===', '!==', '...', '=>', '->', '::', '??', '?:', '==', '!=', '<=', '>=', '.=', '&&', '||', '++', '--'];
const OPERATOR_STARTS = new Set(OPERATORS.map((o) => o[0]!));
const IDENT = /\$?[A-Za-z_\x80-\uffff][\w\x80-\uffff]*(?:\\[A-Za-z_][\w]*)*/y;
const NUMBER = /0[xXbBoO][0-9a-fA-F_]+|[0-9][0-9_]*(?:\.[0-9][0-9_]*)?(?:[eE][+-]?[0-9]+)?/y;
/** Where PHP code starts after HTML. */
const OPEN_TAG = /<\?(?:php\b|=)/gi;
/** Keywords written with a colon that are no named argument (`case X:`, `default:`, `else:`). */
const NOT_LABEL = new Set(['default', 'else', 'endif', 'endfor', 'endforeach', 'endwhile', 'endswitch']);

/**
 * Tokens of PHP source text, comments dropped. A file holding `<?php` (or `<?=`) is PHP only inside its tags; a text
 * without one (a docs page's code block) is PHP throughout. An unterminated string ends at the text's end.
 */
export function scanPhpTokens(text: string): Tokens<PhpToken> {
  const tokens = new Tokens<PhpToken>(text);
  const n = text.length;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const push = (kind: PhpToken['kind'], tokenText: string, at: number, partial = false) =>
    tokens.addText(kind, tokenText, at, line, at - lineStart + 1, partial ? PARTIAL : 0);
  const advance = (end: number) => {
    for (let k = i; k < end; k++)
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    i = end;
  };
  /** Outside the PHP tags: on to the next `<?php` / `<?=` (or the end). */
  const toOpenTag = () => {
    OPEN_TAG.lastIndex = i;
    const open = OPEN_TAG.exec(text);
    advance(open ? open.index + open[0].length : n);
  };
  if (/<\?(?:php\b|=)/i.test(text)) toOpenTag();
  let ternaries = 0; // `?` waiting for their `:` (`$a ? b : 'x'`: no named argument)
  while (i < n) {
    const c = text[i]!;
    if (c === '\n' || c === ' ' || c === '\t' || c === '\r') {
      advance(i + 1);
      continue;
    }
    if (c === '?' && text[i + 1] === '>') {
      advance(i + 2);
      toOpenTag();
      continue;
    }
    // Comments: `//`, `#` (not an attribute `#[`), `/* */`; a line comment ends at `?>` too.
    if ((c === '/' && text[i + 1] === '/') || (c === '#' && text[i + 1] !== '[')) {
      const eol = text.indexOf('\n', i);
      const close = text.indexOf('?>', i);
      i = eol < 0 ? n : close >= 0 && close < eol ? close : eol;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      advance(end < 0 ? n : end + 2);
      continue;
    }
    if (c === "'" || c === '"') {
      let k = i + 1;
      let partial = false;
      while (k < n && text[k] !== c) {
        if (text[k] === '\\') k++;
        else if (c === '"' && text[k] === '$' && /[A-Za-z_{]/.test(text[k + 1] ?? '')) partial = true;
        k++;
      }
      const body = text.slice(i + 1, Math.min(k, n));
      push('string', body, i + 1, partial || body.includes('\n'));
      advance(Math.min(k + 1, n));
      continue;
    }
    // Heredoc / nowdoc (`<<<EOT`, `<<<'EOT'`): one partial string, to its closing identifier.
    if (c === '<' && text.startsWith('<<<', i)) {
      const m = /^<<<[ \t]*(["']?)([A-Za-z_]\w*)\1\r?\n/.exec(text.slice(i, i + 80));
      if (m) {
        push('string', '', i, true);
        const close = new RegExp(`\\n[ \\t]*${m[2]}\\b`, 'g');
        close.lastIndex = i + m[0].length - 1;
        const end = close.exec(text);
        advance(end ? end.index + end[0].length : n);
        continue;
      }
    }
    IDENT.lastIndex = i;
    const word = /[A-Za-z_$\\\x80-\uffff]/.test(c) ? IDENT.exec(text)?.[0] : undefined;
    if (word) {
      const after = i + word.length;
      // `model: 'x'`: a named argument; not `A::B`, not a ternary's branch, not `case X:` / `default:`.
      const prev = tokens.at(tokens.length - 1);
      if (text[after] === ':' && text[after + 1] !== ':' && !word.startsWith('$') && !NOT_LABEL.has(word.toLowerCase()) && prev?.text !== 'case') {
        if (ternaries > 0) ternaries--;
        else {
          push('label', word, i);
          advance(after + 1);
          continue;
        }
      }
      push('ident', word, i);
      advance(after);
      continue;
    }
    if (c === '\\') {
      advance(i + 1); // a namespace separator before a name: `\Foo\Bar`
      continue;
    }
    NUMBER.lastIndex = i;
    const number = c >= '0' && c <= '9' ? NUMBER.exec(text)?.[0] : undefined;
    if (number) {
      push('number', number, i);
      advance(i + number.length);
      continue;
    }
    const op = OPERATOR_STARTS.has(c) ? OPERATORS.find((o) => text.startsWith(o, i)) : undefined;
    // A ternary's `?` is followed by a space; a nullable type's (`?string $model`) by its type.
    if (!op && c === '?' && /\s/.test(text[i + 1] ?? '')) ternaries++;
    else if (!op && c === ':' && ternaries > 0) ternaries--;
    else if (c === ';' || c === '{' || c === '}') ternaries = 0;
    push('punct', op ?? c, i);
    advance(i + (op ? op.length : 1));
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------------------------
// Findings

class Findings extends CodeFindings {
  /** A string in a model slot: an Ollama library name where the code talks to Ollama, a table's reading, else a name by its shape. */
  add(token: PhpToken, provider?: string): void {
    const lineText = this.lineText(token.line);
    if (NOT_MODEL_CONTEXT.test(lineText)) return;
    // Given to Ollama by name (`->using(Provider::Ollama, 'llava-phi3')`): its tag, in the library's list or not.
    const pulled = provider === 'ollama' ? classifyOllamaName(token.text) : undefined;
    if (pulled) return this.addId(pulled.id, token.line, token.column, pulled.source);
    const known = classify(token.text, lineText, this.registry);
    const tag =
      (!known || known.source === 'api') &&
      this.ollamaTag(token.text, this.offset(token.line, token.column - 1), known && !isContextOnlyId(known.id) ? known.id.split('/')[0] : undefined);
    let found: { id: string; source: RawReference['source'] } | undefined = tag || known || keyedModelName(token.text, lineText, this.registry);
    // A name no table knows, given to a hosted provider named beside it (`->using(Provider::Groq, 'playai-tts')`): that provider's.
    if (found && provider && provider !== 'ollama' && isContextOnlyId(found.id)) found = { id: `${provider}/${token.text}`, source: 'api' };
    if (found) this.addId(found.id, token.line, token.column, found.source);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

/** An open bracket and what its strings are. */
interface Block {
  open: string;
  /** A list or map a model-named declaration holds: its items and keys are models. */
  collection: boolean;
  /** The body of an enum named for models: its cases' values are models. */
  modelEnum: boolean;
}

const CLOSE: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

function readCode(tokens: Tokens<PhpToken>, out: Findings) {
  const blocks: Block[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens.at(i)!;
    if (t.kind === 'punct') {
      if (t.text === '(' || t.text === '[' || t.text === '{') {
        const array = t.text === '[' || (t.text === '(' && tokens.at(i - 1)?.text.toLowerCase() === 'array');
        const holder = array ? holderOf(tokens, tokens.at(i - 1)?.text.toLowerCase() === 'array' ? i - 1 : i) : undefined;
        blocks.push({ open: t.text, collection: holder !== undefined && namedForMany(holder), modelEnum: t.text === '{' && namedEnum(tokens, i) });
      } else if (CLOSE[t.text]) {
        while (blocks.length && blocks[blocks.length - 1]!.open !== CLOSE[t.text]) blocks.pop();
        blocks.pop();
      }
      continue;
    }
    if (t.kind !== 'string' || t.partial) continue;
    const open = blocks[blocks.length - 1];
    const provider = providerBefore(tokens, i);
    if (provider) out.add(t, provider);
    else if (inModelSlot(tokens, i)) out.add(t);
    // An item of a list named for models (not an entry's value: `'gpt-4o' => 'GPT-4o'` names it by its key).
    else if (open?.collection && tokens.at(i - 1)?.text !== '=>' && isItem(tokens, i)) out.add(t);
    // `case Tiny = 'mistral-tiny';` in `enum MistralAIChatModel: string {`.
    else if (open?.modelEnum && tokens.at(i - 1)?.text === '=' && tokens.at(i - 3)?.text.toLowerCase() === 'case') out.add(t);
  }
}

/** A list item or a map's key: the string stands alone before `,`, `=>` or the closing bracket. */
const isItem = (tokens: Tokens<PhpToken>, i: number) =>
  [',', '=>', ']', ')'].includes(tokens.at(i + 1)?.text ?? '') && [',', '[', '('].includes(tokens.at(i - 1)?.text ?? '');

/** `enum OpenAIChatModel: string {`: a backed enum named for models. */
function namedEnum(tokens: Tokens<PhpToken>, i: number): boolean {
  for (let j = i - 1, steps = 0; j > 0 && steps < 8; j--, steps++) {
    if (tokens.at(j - 1)?.text.toLowerCase() === 'enum') {
      const name = tokens.at(j)!.kind === 'label' || tokens.at(j)!.kind === 'ident' ? tokens.at(j)!.text : '';
      return namedForOne(name) || namedForMany(name);
    }
    if (tokens.at(j)!.text === ';' || tokens.at(j)!.text === '}' || tokens.at(j)!.text === '{') return false;
  }
  return false;
}

/**
 * The name a value at `i` is given to: a named argument (`model: v`), an array key (`'model' => v`), an assignment,
 * property, constant or parameter default (`$model = v`, `$this->model = v`, `const MODEL = v`, `$model ??= v`).
 */
function holderOf(tokens: Tokens<PhpToken>, i: number): string | undefined {
  const prev = tokens.at(i - 1);
  const prev2 = tokens.at(i - 2);
  if (!prev) return undefined;
  if (prev.kind === 'label') return prev.text;
  if (prev.text === '=>') return prev2?.kind === 'string' && !prev2.partial ? prev2.text : undefined;
  if ((prev.text === '=' || prev.text === '??=') && prev2?.kind === 'ident') return prev2.text.replace(/^\$/, '');
  return undefined;
}

/** `env('GROQ_MODEL', 'x')`, `config('ai.model', 'x')`, `getenv('X') ?: 'x'`: reading a setting, `x` its default. */
const SETTING_CALL = /^(?:env|config|getenv)$/i;

/** A string in a model slot: given to a holder named for one model, to a call named for one, or as such a setting's default. */
function inModelSlot(tokens: Tokens<PhpToken>, i: number): boolean {
  const holder = holderOf(tokens, i);
  if (holder !== undefined) return namedForOne(holder);
  const prev = tokens.at(i - 1);
  const prev2 = tokens.at(i - 2);
  // `->withModel('x')`, `::model('x')`: a call named for a model on a receiver (not `new ChatModel('x')`, its own class).
  if (prev?.text === '(' && prev2?.kind === 'ident' && ['->', '?->', '::'].includes(tokens.at(i - 3)?.text ?? '')) return namedForOne(prev2.text);
  // `env('GROQ_MODEL', 'x')`: the default of a setting named for a model, or held by a model slot.
  if (prev?.text === ',' && prev2?.kind === 'string' && tokens.at(i - 3)?.text === '(' && SETTING_CALL.test(tokens.at(i - 4)?.text ?? '')) {
    const setting = prev2.text.slice(prev2.text.lastIndexOf('.') + 1);
    if (namedForOne(setting)) return true;
    const slot = holderOf(tokens, i - 4);
    return slot !== undefined && namedForOne(slot);
  }
  return false;
}

let providers: Set<string> | undefined;

/**
 * `->using(Provider::Ollama, 'gemma3:1b')`, `->using('ollama', 'llama3.2')`: a string given to a call right after its
 * first argument, when that names a provider or Ollama (Prism's `->using($provider, $model)`): the provider's id.
 */
function providerBefore(tokens: Tokens<PhpToken>, i: number): string | undefined {
  if (tokens.at(i - 1)?.text !== ',' || ![',', ')'].includes(tokens.at(i + 1)?.text ?? '')) return undefined;
  return providerArgument(tokens, i - 2);
}

/**
 * The provider (or `ollama`) the call argument ending at `end` names, when it is the call's first: an enum case
 * (`Provider::Ollama`, `Provider::DeepSeek`) or a lower-case string (`'ollama'`, `'anthropic'`).
 */
function providerArgument(tokens: Tokens<PhpToken>, end: number): string | undefined {
  const last = tokens.at(end);
  if (!last) return undefined;
  let name: string;
  let start: number;
  if (last.kind === 'string' && !last.partial && last.text === last.text.toLowerCase()) {
    name = last.text;
    start = end;
  } else if (last.kind === 'ident' && tokens.at(end - 1)?.text === '::' && tokens.at(end - 2)?.kind === 'ident') {
    name = last.text.toLowerCase();
    start = end - 2;
  } else return undefined;
  if (tokens.at(start - 1)?.text !== '(' || tokens.at(start - 2)?.kind !== 'ident') return undefined;
  providers ??= new Set([...providerIds(), 'ollama']);
  return providers.has(name) ? name : undefined;
}
