// Terraform and HCL (issue #15): where a Terraform configuration or its variable values name the model a stack deploys,
// by the place a string stands in, as go.ts reads Go and r.ts R. model-names reads known names anywhere by their shape
// (a Hub id of a known organisation in any attribute, `tokenizer = "tiiuae/falcon-7b"` too); here the place says a
// string is a model, so a name no table knows counts too (a serving framework's own name, `gemma-7b`):
//   - an attribute or object key named for one model (`model_id = "x"` in a .tfvars file, `foundation_model = "x"` of
//     an aws_bedrockagent_agent, `model_name = "gpt-4o"`, `{ model = "x" }`), and the `default` of a variable named for
//     one (`variable "model_id" { default = "tiiuae/falcon-7b" }`: what the stack deploys unless told otherwise);
//   - the `name` of a block or object named for one model (azurerm_cognitive_deployment's `model { format = "OpenAI"
//     name = "gpt-4o" }`, https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cognitive_deployment);
//   - every string of a list, or of a comma-separated string, a name for models holds (`models = ["a", "b"]`,
//     `variable "models" { default = "a,b" }`);
//   - the list a `contains()` test looks a model-named value up in, whole (`condition = contains(["gemma-7b",
//     "llama2-7b"], var.settings.model_name)` in a variable's validation: the models the module supports, a catalogue;
//     https://developer.hashicorp.com/terraform/language/functions/contains).
// Names a table knows are reported as model-names reports them; a name only its place says is a model is
// `openai-compatible/<name>`. Comments, heredocs, templates (`"${var.model_id}"`), prefix and substring tests
// (`strcontains(var.model_name, "gemma")`) and comparisons are not read. Syntax:
// https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md
import { defineExtractor } from './extractor.js';
import { CodeFindings } from './shared/code-findings.js';
import { BLOCK, LineCursor, TEMPLATE, Tokens } from './shared/tokens.js';
import { namedForMany, namedForOne } from './shared/keyed-name.js';
import { isWordCode, isWordOrDash } from './shared/char-codes.js';

const CODE = /\.(tf|tfvars|hcl)$/i;

export default defineExtractor({
  name: 'terraform',
  matchesName: true,
  matches: (path) => CODE.test(path),
  // Every slot, block and list read is named for a model.
  words: ['model'],
  extract(file) {
    const text = file.text;
    if (!/model/i.test(text)) return { references: [], diagnostics: [] };
    const out = new Findings(text);
    readConfiguration(scanHclTokens(text), out);
    return { references: out.references, diagnostics: [] };
  },
});

export interface HclToken {
  kind: 'ident' | 'string' | 'punct' | 'number';
  /** An identifier, a string's contents as written, or the punctuation. */
  text: string;
  /** 1-based line; 0-based column of a string's first character of content (of other tokens, their first). */
  line: number;
  column: number;
  /** A heredoc (`<<EOF`): a block of text, not one value. */
  block?: boolean;
  /** A string with an interpolation or directive (`"${var.x}-b"`, `"%{ if x }"`): a template, not one value. */
  template?: boolean;
}

const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '=>', '...'];
const OPERATOR_STARTS = new Set(OPERATORS.map((o) => o[0]!));

/** Tokens of HCL text, comments dropped; an unterminated string ends at its line's end, a heredoc at the text's. */
export function scanHclTokens(text: string): Tokens<HclToken> {
  const tokens = new Tokens<HclToken>(text);
  const n = text.length;
  const at = new LineCursor(text);
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      at.newline(i++);
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      at.skip(i, stop);
      i = stop;
      continue;
    }
    // `<<EOF` / `<<-EOF` ... a line holding only `EOF`.
    const heredoc = c === '<' ? /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 80)) : null;
    if (heredoc) {
      const startLine = at.line;
      const body = i + heredoc[0].length;
      const close = new RegExp(`^[ \\t]*${heredoc[1]}[ \\t]*\\r?$`, 'm');
      const rest = text.slice(body);
      const m = close.exec(rest);
      const stop = m ? body + m.index + m[0].length : n;
      tokens.add('string', body, m ? body + m.index : n, startLine, i - at.lineStart, BLOCK);
      at.skip(i, stop);
      i = stop;
      continue;
    }
    if (c === '"') {
      const end = quotedEnd(text, i + 1);
      tokens.add('string', i + 1, end.at, at.line, i + 1 - at.lineStart, end.template ? TEMPLATE : 0);
      i = text[end.at] === '"' ? end.at + 1 : end.at;
      continue;
    }
    // (Classes by char code: a regex a character was most of this loop's time on a 100 KB configuration.)
    const code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95) {
      let k = i + 1;
      while (k < n && isWordOrDash(text.charCodeAt(k))) k++;
      tokens.add('ident', i, k, at.line, i - at.lineStart);
      i = k;
      continue;
    }
    if (code >= 48 && code <= 57) {
      let k = i + 1;
      while (k < n && (isWordCode(text.charCodeAt(k)) || text.charCodeAt(k) === 46) /* . */) k++;
      tokens.add('number', i, k, at.line, i - at.lineStart);
      i = k;
      continue;
    }
    const op = (OPERATOR_STARTS.has(c) ? OPERATORS.find((o) => text.startsWith(o, i)) : undefined) ?? c;
    tokens.add('punct', i, i + op.length, at.line, i - at.lineStart);
    i += op.length;
  }
  return tokens;
}

/**
 * Where a quoted string that opens before `from` ends (the index of its closing quote, or of the line's end), and
 * whether it holds a template sequence. `${ ... }` and `%{ ... }` may hold quotes of their own (`"${lookup(m, "k")}"`);
 * `$${` and `%%{` are escapes, not templates.
 */
function quotedEnd(text: string, from: number): { at: number; template: boolean } {
  let template = false;
  let k = from;
  while (k < text.length && text[k] !== '"' && text[k] !== '\n') {
    const c = text[k]!;
    if (c === '\\') {
      k += 2;
      continue;
    }
    if ((c === '$' || c === '%') && text[k + 1] === c && text[k + 2] === '{') {
      k += 3;
      continue;
    }
    if ((c === '$' || c === '%') && text[k + 1] === '{') {
      template = true;
      k = templateEnd(text, k + 2);
      continue;
    }
    k++;
  }
  return { at: Math.min(k, text.length), template };
}

/** The index after the `}` closing a template sequence whose body starts at `from` (its own strings skipped). */
function templateEnd(text: string, from: number): number {
  let depth = 1;
  let k = from;
  while (k < text.length && text[k] !== '\n') {
    const c = text[k]!;
    if (c === '"') {
      k = quotedEnd(text, k + 1).at + 1;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return k + 1;
    k++;
  }
  return k;
}

class Findings extends CodeFindings {
  /** A string in a model slot: a table's reading, else a name by its place. */
  add(token: HclToken, value = token.text, column = token.column) {
    const found = this.slotValue(value, false, this.lineText(token.line), this.offset(token.line, column));
    if (found) this.addId(found.id, token.line, column + 1, found.source);
  }
  /** Each entry of a comma-separated string held by a name for models (`"tiiuae/falcon-7b,google/gemma-7b"`). */
  addEach(token: HclToken) {
    let column = token.column;
    for (const part of token.text.split(',')) {
      const lead = part.length - part.trimStart().length;
      if (part.trim()) this.add(token, part.trim(), column + lead);
      column += part.length + 1;
    }
  }
}

const isPunct = (t: HclToken | undefined, text: string) => t?.kind === 'punct' && t.text === text;
/** Whether a string is a whole value, not an operand (`"x" == var.y`, `"a" ? b : c`, `"x"[0]`): what follows it ends it. */
const isValueEnd = (t: HclToken | undefined) => !t || t.kind !== 'punct' || [',', '}', ']', ')'].includes(t.text);

/** An open `{`, `[` or `(`: a block (`model {`, `variable "x" {`), an object or list given to a key, or another. */
interface Container {
  close: string;
  /** The block's type, or the key an object or list is the value of. */
  name?: string;
  /** A block's first label (`variable "model_id" {` -> `model_id`). */
  label?: string;
  block?: boolean;
  /** A list whose top-level strings are models (held by a name for models, or looked up whole by `contains()`). */
  models?: boolean;
}

function readConfiguration(tokens: Tokens<HclToken>, out: Findings) {
  const lookups = containsLookups(tokens);
  const stack: Container[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens.at(i)!;
    if (t.kind === 'punct') {
      if (t.text === '{' || t.text === '[' || t.text === '(') stack.push(opened(tokens, i, stack, lookups));
      else if (t.text === '}' || t.text === ']' || t.text === ')') {
        const at = stack.map((c) => c.close).lastIndexOf(t.text);
        if (at >= 0) stack.length = at;
      }
      continue;
    }
    if (t.kind !== 'string' || t.block || t.template) continue;
    const inside = stack.at(-1);
    if (inside?.models) {
      if (isValueEnd(tokens.at(i + 1)) && (isPunct(tokens.at(i - 1), '[') || isPunct(tokens.at(i - 1), ','))) out.add(t);
      continue;
    }
    const key = keyOf(tokens, i);
    if (key === undefined || !isValueEnd(tokens.at(i + 1))) continue;
    const slot = slotName(key, stack);
    if (slot === 'one') out.add(t);
    else if (slot === 'many') out.addEach(t);
  }
}

/** What a value given to `key` in the containers `stack` is: one model, several (a comma-separated string), or neither. */
function slotName(key: string, stack: Container[]): 'one' | 'many' | undefined {
  const inside = stack.at(-1);
  // `variable "model_id" { default = "x" }`: the default of the variable the label names.
  const holder = key === 'default' && inside?.block && inside.name === 'variable' ? inside.label : key;
  if (holder === undefined) return undefined;
  if (namedForOne(holder)) return 'one';
  if (namedForMany(holder)) return 'many';
  // `model { name = "gpt-4o" }`, `model = { name = "x" }`: the name of a block or object named for one model.
  if (key === 'name' && inside?.name !== undefined && inside.close === '}' && namedForOne(inside.name)) return 'one';
  return undefined;
}

/** The key a string at `i` is the value of (`key = "v"`, `key: "v"`, `"key" = "v"`), if any. */
function keyOf(tokens: Tokens<HclToken>, i: number): string | undefined {
  const op = tokens.at(i - 1);
  if (!isPunct(op, '=') && !isPunct(op, ':')) return undefined;
  const key = tokens.at(i - 2);
  if (key?.kind !== 'ident' && key?.kind !== 'string') return undefined;
  // `cond ? "a" : "b"`: the `:` of a conditional, not an object key.
  if (isPunct(op, ':') && isPunct(tokens.at(i - 3), '?')) return undefined;
  return key.text;
}

/** What the bracket at `i` opens, from the tokens before it. */
function opened(tokens: Tokens<HclToken>, i: number, stack: Container[], lookups: Set<number>): Container {
  const t = tokens.at(i)!;
  const close = t.text === '{' ? '}' : t.text === '[' ? ']' : ')';
  if (t.text === '(') return { close };
  const before = tokens.at(i - 1);
  // A value: `key = {`, `key = [`, `key: [`; a variable's `default = [` takes the variable's name.
  if (isPunct(before, '=') || isPunct(before, ':')) {
    const key = tokens.at(i - 2);
    const name = key?.kind === 'ident' || key?.kind === 'string' ? key.text : undefined;
    const inside = stack.at(-1);
    const holder = name === 'default' && inside?.block && inside.name === 'variable' ? inside.label : name;
    return { close, name: holder, models: t.text === '[' && holder !== undefined && (namedForMany(holder) || namedForOne(holder)) };
  }
  if (t.text === '[') return { close, models: lookups.has(i) };
  // A block: `type "label" ... {` on one line.
  let k = i - 1;
  while (k >= 0 && tokens.at(k)!.kind === 'string' && tokens.at(k)!.line === t.line) k--;
  const type = tokens.at(k);
  if (type?.kind !== 'ident' || type.line !== t.line) return { close };
  const label = tokens.at(k + 1);
  return { close, block: true, name: type.text, label: k + 1 < i ? label!.text : undefined };
}

/**
 * The `[` of each list a `contains()` call looks a model-named value up in: `contains(["a", "b"], var.x.model_name)`,
 * `contains(local.x, var.model)` aside (no literal list). The value is a reference whose last name is named for one
 * model (`var.model_name`, `each.value.model`).
 */
function containsLookups(tokens: Tokens<HclToken>): Set<number> {
  const lists = new Set<number>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens.at(i)!;
    if (t.kind !== 'ident' || t.text !== 'contains' || !isPunct(tokens.at(i + 1), '(') || !isPunct(tokens.at(i + 2), '[')) continue;
    // The list's closing `]`, then `,` and the value up to the call's `)`.
    let k = i + 3;
    for (let depth = 0; k < tokens.length && k < i + 400; k++) {
      const x = tokens.at(k)!;
      if (isPunct(x, '[') || isPunct(x, '{') || isPunct(x, '(')) depth++;
      else if (isPunct(x, ']') || isPunct(x, '}') || isPunct(x, ')')) {
        if (depth-- === 0) break;
      }
    }
    if (!isPunct(tokens.at(k), ']') || !isPunct(tokens.at(k + 1), ',')) continue;
    let last: string | undefined;
    let j = k + 2;
    for (; j < tokens.length && j < k + 40; j++) {
      const x = tokens.at(j)!;
      if (x.kind === 'ident') last = x.text;
      else if (!isPunct(x, '.')) break;
    }
    if (isPunct(tokens.at(j), ')') && last !== undefined && namedForOne(last)) lists.add(i + 2);
  }
  return lists;
}
