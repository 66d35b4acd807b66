// C# code (issue #15): where C# names the model it loads or calls, by the place a string stands in, as jvm.ts
// reads Java and Kotlin. model-names reads known names anywhere by their shape; here the place says a string is a
// model, so a name no table knows counts too (`modelId: "my-phi-3-7b"`, an Ollama library name), and a weights
// file is read as the local model it is (`Models/x.gguf`, not a Hub id of an organisation `Models`):
//   - a GGUF or llamafile file name (formats that hold nothing but a model) held by a declaration, a property, a
//     named argument or an object initializer's member (`GenerativeModelPath = "Models/Llama-3.2-1B-Instruct-Q4_0.gguf"`),
//     or joined to a folder by `Path.Combine` / `Path.Join` for one (`ModelPath => Path.Combine(ModelDir, "x.gguf")`),
//     or given to a call named for a model (`new ModelParams("x.gguf")`); not where a result is written
//     (`outputPath`, `dstFile`), not a conventional checkpoint name (`model.gguf`);
//   - a string in a model-named slot: an assignment, initializer or expression body of a member named for one
//     model (`ModelId = "llama3.1"`, `options.ModelId ??= "phi3"`, `string DefaultModel => "x"`), a named argument
//     (`modelId: "x"`), a dictionary entry (`["model"] = "x"`, `{ "model", "x" }`), a call named for a model
//     (`.WithModel("x")`, `SetModel("x")`; not a constructor: `new ChatModel("x")` names its own class);
//   - every string of a collection a member named for models holds (`string[] SupportedModels = { ... }`,
//     `Models = new List<string> { ... }`, `=> ["a", "b"]`).
// Names a table knows are reported as model-names reports them; a name only its place says is a model is
// `openai-compatible/<name>` (the server is not known). Comments, interpolated strings (`$"..."`) and raw string
// literals (`"""..."""`, help text) are not read here. Tokens: https://learn.microsoft.com/dotnet/csharp/language-reference/tokens/
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { CodeFindings, ModelCollections } from './shared/code-findings.js';
import { TEMPLATE, Tokens } from './shared/tokens.js';
import { isModelOnlyFile, namedForMany, namedForOne } from './shared/keyed-name.js';
import { NOT_MODEL_CONTEXT } from './shared/model-name.js';
import { CONVENTIONAL_WEIGHT_FILE, modelFromPath, parseHubReference } from '../model/ids.js';

const CODE = /\.(cs|csx)$/i;

/** Where a result is written (`outputPath`, `SaveAs`, `dstFile`, `outFile`): a weights file there is an output, not a model used. */
const WRITTEN_OUT = /output|save|export|upload|dest|dst|target/i;
const OUT_WORD = /(?:^|_)out(?:_|$)|^out[A-Z]|[a-z]Out(?:[A-Z]|$)/;
const writtenOut = (name: string) => WRITTEN_OUT.test(name) || OUT_WORD.test(name);
/** Calls that join a folder and a file name into the path a member holds. */
const PATH_JOIN = /^(?:Path\.)?(?:Combine|Join|GetFullPath)$/;

export default defineExtractor({
  name: 'csharp',
  matchesName: true,
  matches: (path) => CODE.test(path),
  // Every slot is named for a model; a weights file's name holds its format; a Hub call is named for Hugging Face.
  words: ['model', 'gguf', 'llamafile', 'huggingface'],
  extract(file) {
    const text = file.text;
    if (!/model|gguf|llamafile|huggingface/i.test(text)) return { references: [], diagnostics: [] };
    const out = new Findings(text);
    readCode(scanCsharpTokens(text), out);
    return { references: out.references, diagnostics: [] };
  },
});

export interface CsToken {
  kind: 'ident' | 'string' | 'punct' | 'number';
  /** An identifier's name (without a verbatim `@`), a string's contents, or the punctuation. */
  text: string;
  /** 1-based line and 0-based column of the token's first character (a string's prefix or opening quote). */
  line: number;
  column: number;
  /** 0-based column of a string's first character of content. */
  contentColumn?: number;
  /** An interpolated (`$"..."`) or raw (`"""..."""`) string: a template or a block of text, not one value. */
  template?: boolean;
}

const OPERATORS = ['??=', '=>', '??', '?.', '::', '==', '!=', '<=', '>=', '&&', '||', '+=', '-='];

/** Tokens of C# source text, comments and preprocessor lines dropped; unterminated strings end at the line's end. */
export function scanCsharpTokens(text: string): Tokens<CsToken> {
  const tokens = new Tokens<CsToken>(text, true);
  const n = text.length;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  let atLineStart = true;
  const newline = (at: number) => {
    line++;
    lineStart = at + 1;
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      newline(i);
      i++;
      atLineStart = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#' && atLineStart) {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    atLineStart = false;
    if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      i += 2;
      while (i < n && !(text[i] === '*' && text[i + 1] === '/')) {
        if (text[i] === '\n') newline(i);
        i++;
      }
      i += 2;
      continue;
    }
    // String prefixes: `@"`, `$"`, `$@"`, `@$"`, `$$"""`.
    let p = i;
    let dollars = 0;
    let verbatim = false;
    while (p < n && (text[p] === '$' || text[p] === '@')) {
      if (text[p] === '$') dollars++;
      else verbatim = true;
      p++;
    }
    if (text[p] === '"' && (p === i || dollars > 0 || verbatim)) {
      const startLine = line;
      const column = i - lineStart;
      if (text.startsWith('"""', p)) {
        // A raw string literal: as many quotes close it as opened it.
        let q = p;
        while (text[q] === '"') q++;
        const fence = '"'.repeat(q - p);
        const end = text.indexOf(fence, q);
        const stop = end < 0 ? n : end + fence.length;
        for (let k = q; k < stop; k++) if (text[k] === '\n') newline(k);
        tokens.add('string', q, end < 0 ? n : end, startLine, column, TEMPLATE, q - lineStart);
        i = stop;
        continue;
      }
      let k = p + 1;
      let value = '';
      let braces = 0;
      while (k < n) {
        const d = text[k]!;
        if (verbatim) {
          if (d === '"') {
            if (text[k + 1] === '"') {
              value += '"';
              k += 2;
              continue;
            }
            break;
          }
          if (d === '\n') newline(k);
        } else {
          if (d === '\n') break;
          if (d === '\\') {
            value += text.slice(k, k + 2);
            k += 2;
            continue;
          }
          // A hole of an interpolated string may hold strings of its own (`$"{d["model"]}"`).
          if (dollars > 0 && d === '{' && text[k + 1] !== '{') braces++;
          else if (dollars > 0 && d === '}' && braces > 0) braces--;
          else if (d === '"' && braces > 0) {
            const close = text.indexOf('"', k + 1);
            const eol = text.indexOf('\n', k);
            if (close > 0 && (eol < 0 || close < eol)) {
              value += text.slice(k, close + 1);
              k = close + 1;
              continue;
            }
          }
          if (d === '"' && braces === 0) break;
        }
        value += d;
        k++;
      }
      tokens.addText('string', value, p + 1, startLine, column, dollars > 0 ? TEMPLATE : 0, p + 1 - lineStart);
      i = text[k] === '"' ? k + 1 : k;
      continue;
    }
    if (c === "'") {
      // A character literal: `'a'`, `'\''`, `'\u0041'`.
      let k = i + 1;
      while (k < n && text[k] !== "'" && text[k] !== '\n') k += text[k] === '\\' ? 2 : 1;
      i = text[k] === "'" ? k + 1 : k;
      tokens.addText('punct', "'", i, line, i - lineStart);
      continue;
    }
    if (/[A-Za-z_@]/.test(c)) {
      let k = c === '@' ? i + 1 : i;
      while (k < n && /\w/.test(text[k]!)) k++;
      if (k > i + (c === '@' ? 1 : 0)) {
        tokens.add('ident', c === '@' ? i + 1 : i, k, line, i - lineStart);
        i = k;
        continue;
      }
    }
    if (/[0-9]/.test(c)) {
      let k = i;
      while (k < n && /[\w.]/.test(text[k]!)) k++;
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
  /** A name in a model slot: a table's reading, else a name by its place. */
  add(value: string, token: CsToken) {
    const lineText = this.lineText(token.line);
    if (NOT_MODEL_CONTEXT.test(lineText)) return;
    // An Ollama library name is Ollama's where the code talks to Ollama (`var modelId = "llama3.1"` beside `new OllamaChatClient(...)`).
    const found = this.slotName(value, lineText, this.offset(token.line, token.column));
    if (found) this.addAt(found.id, token, found.source);
  }
  /** Records `id` at a string token (its content's column, 1-based). */
  addAt(id: string, token: CsToken, source: RawReference['source']) {
    this.addId(id, token.line, (token.contentColumn ?? token.column) + 1, source);
  }
}

function readCode(tokens: Tokens<CsToken>, out: Findings) {
  const collections = new ModelCollections();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens.at(i)!;
    if (t.kind === 'punct') {
      collections.step(t.text, () => opensModelCollection(tokens, i));
      continue;
    }
    if (t.kind !== 'string' || t.template) continue;
    if (isModelOnlyFile(t.text)) {
      readWeightsFile(tokens, i, out);
      continue;
    }
    if (collections.inside || inModelSlot(tokens, i)) out.add(t.text, t);
    else readHubArgument(tokens, i, out);
  }
}

/** A call named for the Hugging Face Hub (Semantic Kernel's `AddHuggingFaceImageToText`, `HuggingFaceTextEmbeddingGenerationService`). */
const HUB_CALL = /HuggingFace/;

/**
 * An `org/name` Hub id given to a call named for the Hugging Face Hub is the Hub model it runs:
 * `.AddHuggingFaceImageToText("Salesforce/blip-image-captioning-base")` (microsoft/semantic-kernel's samples).
 */
function readHubArgument(tokens: Tokens<CsToken>, i: number, out: Findings) {
  const t = tokens.at(i)!;
  if (!t.text.includes('/')) return;
  const call = enclosingCall(tokens, i);
  if (!call || !HUB_CALL.test(call.name)) return;
  const parsed = parseHubReference(t.text);
  if (parsed && !NOT_MODEL_CONTEXT.test(out.lineText(t.line))) out.addAt(parsed.id, t, 'huggingface');
}

/** A GGUF or llamafile name: the local model a member, argument or model-named call holds, unless written out. */
function readWeightsFile(tokens: Tokens<CsToken>, i: number, out: Findings) {
  const t = tokens.at(i)!;
  const fileName = t.text.slice(t.text.search(/[^\\/]*$/));
  if (CONVENTIONAL_WEIGHT_FILE.test(fileName)) return;
  let holder = holderOf(tokens, i);
  if (holder === undefined) {
    // An argument of a call: `Path.Combine(ModelDir, "x.gguf")` held by a member, or `new ModelParams("x.gguf")`.
    const call = enclosingCall(tokens, i);
    if (!call) return;
    if (PATH_JOIN.test(call.name)) holder = holderOf(tokens, call.start);
    else if (/model|weights|llm/i.test(call.name)) holder = call.name;
  }
  if (!holder || writtenOut(holder)) return;
  const local = modelFromPath(t.text.replace(/\\\\/g, '/').replace(/\\/g, '/'));
  if (local?.source === 'local') out.addAt(local.id, t, 'local');
}

/**
 * The member a value at `i` is given to: `X = v`, `X ??= v`, `X => v`, `string X { get; set; } = v`, a named
 * argument `x: v`, `["x"] = v`, `{ "x", v }`; or of a default after `??` (`Environment.GetEnvironmentVariable("M") ?? v`).
 */
function holderOf(tokens: Tokens<CsToken>, i: number): string | undefined {
  const prev = tokens.at(i - 1);
  const prev2 = tokens.at(i - 2);
  if (!prev) return undefined;
  if (prev.text === '??') {
    // Back over the left operand to the `=` or `=>` that gives the whole expression to a member.
    for (let j = i - 2, level = 0, steps = 0; j > 0 && steps < 40; j--, steps++) {
      const x = tokens.at(j)!.text;
      if (x === ')' || x === ']') level++;
      else if (x === '(' || x === '[') {
        if (level-- === 0) return undefined;
      } else if (level === 0 && (x === '=' || x === '=>' || x === '??=')) return holderOf(tokens, j + 1);
      else if (level === 0 && (x === ';' || x === '{' || x === '}' || x === ',')) return undefined;
    }
    return undefined;
  }
  if (prev.text === '=' || prev.text === '??=' || prev.text === '=>') {
    if (prev2?.kind === 'ident') {
      // Not a lambda's parameter (`x => "..."` inside a call), unless named for a model anyway.
      return prev.text === '=>' && tokens.at(i - 3)?.text === '(' ? undefined : prev2.text;
    }
    // `string Model { get; set; } = "x"`: the property before its accessors.
    if (prev.text === '=' && prev2?.text === '}') {
      for (let j = i - 3, steps = 0; j >= 0 && steps < 12; j--, steps++)
        if (tokens.at(j)!.text === '{') return tokens.at(j - 1)?.kind === 'ident' ? tokens.at(j - 1)!.text : undefined;
      return undefined;
    }
    // `["model"] = "x"`: an indexer's key.
    if (prev.text === '=' && prev2?.text === ']' && tokens.at(i - 3)?.kind === 'string' && tokens.at(i - 4)?.text === '[') return tokens.at(i - 3)!.text;
    return undefined;
  }
  // `modelId: "x"`: a named argument (not the branch of a conditional `c ? a : "x"`, not a `case X:` label).
  if (prev.text === ':' && prev2?.kind === 'ident') {
    const open = tokens.at(i - 3)?.text;
    return open === '(' || open === ',' ? prev2.text : undefined;
  }
  // `{ "model", "x" }`: a collection initializer's pair.
  if (prev.text === ',' && prev2?.kind === 'string' && tokens.at(i - 3)?.text === '{') return prev2.text;
  return undefined;
}

/** A string in a model slot: given to a member named for one model, or to a call named for one. */
function inModelSlot(tokens: Tokens<CsToken>, i: number): boolean {
  const prev = tokens.at(i - 1);
  const prev2 = tokens.at(i - 2);
  // `.WithModel("x")`, `SetModel("x")`: not `new ChatModel("x")`, not a declaration `string Model(`.
  if (prev?.text === '(' && prev2?.kind === 'ident')
    return namedForOne(prev2.text) && tokens.at(i - 3)?.text !== 'new' && tokens.at(i - 3)?.kind !== 'ident' && tokens.at(i - 4)?.text !== 'new';
  const holder = holderOf(tokens, i);
  return holder !== undefined && namedForOne(holder);
}

/** The call whose argument list holds the token at `i` (its name and where the name stands), if any. */
function enclosingCall(tokens: Tokens<CsToken>, i: number): { name: string; start: number } | undefined {
  for (let j = i - 1, level = 0, steps = 0; j >= 0 && steps < 40; j--, steps++) {
    const x = tokens.at(j)!.text;
    if (x === ')') level++;
    else if (x === '(') {
      if (level-- > 0) continue;
      const name = tokens.at(j - 1);
      if (name?.kind !== 'ident') return undefined;
      // `Path.Combine(` / `new ModelParams(`: where the call's expression starts.
      let start = j - 1;
      while (tokens.at(start - 1)?.text === '.' && tokens.at(start - 2)?.kind === 'ident') start -= 2;
      if (tokens.at(start - 1)?.text === 'new') start--;
      const qualified = tokens
        .slice(start, j)
        .filter((k) => k.kind === 'ident' && k.text !== 'new')
        .map((k) => k.text);
      return { name: qualified.slice(-2).join('.'), start };
    } else if (level === 0 && (x === ';' || x === '{' || x === '}')) return undefined;
  }
  return undefined;
}

/**
 * Whether the `{` or `[` at `i` opens a collection a member named for models holds: `string[] Models = {`,
 * `Models = new List<string> {`, `Models = new[] {`, `SupportedModels => [`.
 */
function opensModelCollection(tokens: Tokens<CsToken>, i: number): boolean {
  // Back over `new`, a type and `()` to the `=` or `=>`.
  let j = i - 1;
  for (let steps = 0; j >= 0 && steps < 16; j--, steps++) {
    const x = tokens.at(j)!;
    if (x.text === '=' || x.text === '=>' || x.text === '??=') break;
    if (x.kind !== 'ident' && !['.', '<', '>', ',', '[', ']', '(', ')', '?'].includes(x.text)) return false;
    // Two words in a row (`public List<string> Models {`, `class Models {`): a declaration's body, no initializer.
    if (x.kind === 'ident' && x.text !== 'new' && tokens.at(j + 1)?.kind === 'ident') return false;
  }
  if (j < 0 || !['=', '=>', '??='].includes(tokens.at(j)!.text)) return false;
  const holder = holderOf(tokens, j + 1);
  return holder !== undefined && namedForMany(holder);
}
