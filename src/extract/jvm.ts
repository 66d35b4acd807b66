// Java, Kotlin, Scala and Groovy code, and `.properties` tables (issue #15): where JVM code names the
// model it calls, a name no provider table knows (`llama-3.1-8b-instant` on Groq, `j2-ultra` on AI21,
// `meta/llama-2-70b-chat` on Replicate) counts by the place it stands in:
//   - a call named for a model: Spring AI / LangChain4j builders `.model("x")`, `.withModel("x")`,
//     `.modelName("x")`, setters `setModel("x")` (not a constructor: `new TestModelInterceptor("m1")`);
//   - a model-named key given a string: `DEFAULT_MODEL = "x"`, `val model: String = "x"`, Kotlin named
//     arguments `model = "x"`, pairs `"model" to "x"`, `put("model", "x")`, `@Value("${app.model:x}")`;
//   - every string of a collection a model-named declaration holds: `val MODELS = listOf(...)`,
//     `fun getAvailableModels(): List<String> = listOf(...)`, `List.of(...)`, `mapOf("a" to "b")`;
//   - what a function named for a model returns: `fun selectBestModel(...)` with `return "x"`,
//     `when` branches `-> "x"`, an expression body `= "x"`;
//   - the string argument of each constant of an enum named for models (`enum class ChatModel(val id:
//     String) { GPT_4O("gpt-4o"), ... }`);
//   - a library's own model-name constant or model class (providers.yaml `library_constants`): LangChain4j's
//     `.modelName(GPT_4_O_MINI)` after `import static dev.langchain4j.model.openai.OpenAiChatModelName.GPT_4_O_MINI`
//     (or `OpenAiChatModelName.GPT_4_O_MINI` after importing the class) is `gpt-4o-mini`, and `new
//     AllMiniLmL6V2EmbeddingModel()` runs sentence-transformers/all-MiniLM-L6-v2 in-process; Koog's nested catalogue
//     objects (`OpenAIModels.Chat.GPT4o` is `gpt-4o`, `OllamaModels.Meta.LLAMA_3_2` the Ollama tag `llama3.2`), also in
//     the library's own package without an import;
//   - the `id` named argument of a call on a type that is a model (`LLModel(provider = LLMProvider.Ollama, id = "qwq")`);
//   - a constant named for the known model it holds (`LLAMA_3_1 = "llama3.1"`: an Ollama library name, or a name a
//     provider table knows), whatever the class it sits in;
//   - a GGUF or llamafile file name (formats that hold nothing but a model) held by a declaration named for the
//     model or its file (`String modelFile = "beehive-llama-3.2-1b-instruct-fp16.gguf";`): the local model file;
//   - in `.properties`, a table of names mapped to numbers (`text-embedding-ada-002=1536`, context
//     windows, dimensions) in which at least two names are known models: every name of the table.
// Names a table knows are reported as model-names reports them (same id); a name only its place
// says is a model is `openai-compatible/<name>` (the server is not known). Comments and multi-line
// string blocks (help text) are not read here; model-names reads known names anywhere.
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { CodeFindings } from './shared/code-findings.js';
import type { Tokens } from './shared/tokens.js';
import { BESIDE_MODEL, keyedModelName, isModelOnlyFile, namedForMany, namedForOne, type KeyedName } from './shared/keyed-name.js';
import { contextOnlyId, isContextOnlyId, libraryConstants, nestedConstant, type LibraryConstants } from '../registry/providers.js';
import { classify, mentionsNameWord, nameWords } from './shared/model-name.js';
import { CONVENTIONAL_WEIGHT_FILE, modelFromPath } from '../model/ids.js';
import { classifyOllamaName, isOllamaLibraryName } from './shared/ollama-tag.js';
import { scanJvmTokens, type JvmToken } from './shared/jvm-tokens.js';

const CODE = /\.(java|kt|kts|scala|groovy)$/i;
const PROPERTIES = /\.properties$/i;

/** Enums of model names: `ChatModel`, `DashScopeModel`, `Models`, `ModelEnum`, `VertexAiTextEmbeddingModelName`. */
const MODEL_ENUM = /models?(?:enum|names?)?$/i;
/** Calls that build a collection: Kotlin, Java, Guava, Scala. */
const COLLECTION_CALL =
  /^(?:(?:mutable|immutable|linked|hash|sorted|array)?(?:list|set|map)Of|arrayOf|(?:List|Set|Map|Arrays|ImmutableList|ImmutableSet|ImmutableMap|Stream|Seq|Vector)\.(?:of|asList|copyOf)|(?:List|Seq|Set|Map|Vector|Array))$/;
/** A declaration that may hold a model's file (`modelFile`, `MODEL_PATH`, `GGUF`, `llmFile`); not what is written out. */
const MODEL_FILE_HOLDER = /model|gguf|llm|weights|checkpoint|ckpt/i;
const WRITTEN_OUT = /output|save|export|upload|download_?dir|target/i;

export default defineExtractor({
  name: 'jvm',
  matchesName: true,
  matches: (path) => CODE.test(path) || PROPERTIES.test(path),
  // Every code context is named for a model; a properties table needs known names (model-names' words). A library's
  // constants and classes are imported from packages named for models too (`dev.langchain4j.model.openai`).
  words: () => nameWords(),
  extract(file) {
    const text = file.text;
    if (!/model/i.test(text) && !(PROPERTIES.test(file.relPath) && mentionsNameWord(text))) return { references: [], diagnostics: [] };
    const reader = new Findings(text);
    if (PROPERTIES.test(file.relPath)) readPropertyTables(text, reader);
    else {
      const tokens = scanJvmTokens(text);
      readCode(tokens, reader);
      readLibraryConstants(tokens, reader);
    }
    return { references: reader.references, diagnostics: [] };
  },
});

/** The references jvm finds, and what a value in a model slot names. */
class Findings extends CodeFindings {
  /** What a value names: a table's reading, else a name by its place; undefined when it is no name. */
  name(value: string, line: number): KeyedName | undefined {
    return keyedModelName(value, this.lineText(line), this.registry);
  }
  /** A name a table knows (as `known`), or a model of the Ollama library (families.yaml `ollama`: `llama3.1`, `qwen2.5:7b`). */
  addKnown(value: string, line: number, column: number) {
    const known = classify(value, this.lineText(line), this.registry);
    if (known && !isContextOnlyId(known.id)) this.addId(known.id, line, column, known.source);
    else if (isOllamaLibraryName(value) && classifyOllamaName(value)?.source === 'ollama') this.addId(value, line, column, 'ollama');
  }
  /** Whether a table alone knows this value (a provider's naming or a publisher's org). */
  known(value: string, line: number): boolean {
    return !!classify(value, this.lineText(line), this.registry);
  }
  add(value: string, line: number, column: number): { id: string; source: RawReference['source'] } | undefined {
    const found = this.name(value, line);
    if (found) this.addId(found.id, line, column, found.source);
    return found;
  }
}

/**
 * Reads code as tokens (comments and strings kept apart by the scanner). Each rule looks back a few
 * tokens from a string literal, or forward from a declaration, so the work is linear in the tokens.
 */
function readCode(tokens: Tokens<JvmToken>, out: Findings) {
  // Open blocks whose strings are models; depth counts (, [ and {.
  const blocks: ModelBlock[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens.at(i)!;
    if (t.kind === 'punct') {
      if (t.text === '(' || t.text === '[' || t.text === '{') {
        depth++;
        const opened = opensModelBlock(tokens, i);
        // An enum named for Ollama's models (Spring AI's `OllamaModel`): its strings are Ollama library tags, bare words too.
        if (opened) {
          const enumName = enumBefore(tokens, i);
          blocks.push({
            depth,
            returns: opened === 'returns',
            collection: opened === 'entries' && enumName === undefined,
            bare: [],
            known: [],
            ollama: /ollama/i.test(enumName ?? ''),
          });
        }
      } else if (t.text === ')' || t.text === ']' || t.text === '}') {
        while (blocks.length && blocks[blocks.length - 1]!.depth >= depth) closeBlock(blocks.pop()!, out);
        depth = Math.max(0, depth - 1);
      }
      continue;
    }
    if (t.kind !== 'string' || t.block) continue;
    if (t.text.includes('${')) {
      // `@Value("${app.chat.model:qwen-plus}")`: a model-named property's default; nested, the innermost property's
      // (`${builder.model-name:${claw.model-name:qwen-max}}`: the outer default is the inner placeholder).
      for (const m of t.text.matchAll(/\$\{([\w.-]+):([^}\s$]{2,120})\}/g))
        if (namedForOne(m[1]!.replace(/[.-]/g, '_'))) out.add(m[2]!, t.line, t.column + 2 + m.index! + 3 + m[1]!.length);
      continue;
    }
    const open = blocks[blocks.length - 1];
    if (open && (!open.returns || isReturned(tokens, i))) {
      // `listOf(ASRModel(name = "tiny-en", bundleFileName = "tiny-en.zip", ...))`: an entry built by a call holds a
      // name, a description, a file, a URL; only a table tells which of them is a model (SmolChat-Android ASRModels.kt).
      if (open.collection && depth > open.depth) {
        out.addKnown(t.text, t.line, t.column + 1);
        continue;
      }
      const tag = open.ollama ? classifyOllamaName(t.text) : undefined;
      if (tag?.source === 'ollama') out.addId(tag.id, t.line, t.column + 1, 'ollama');
      else if (/^[a-z]+$/.test(t.text)) open.bare.push({ value: t.text, line: t.line, column: t.column + 1 });
      else {
        const found = out.add(t.text, t.line, t.column + 1);
        if (found && found.source === 'api' && !isContextOnlyId(found.id)) open.known.push(found.id);
      }
      continue;
    }
    if (isModelOnlyFile(t.text)) {
      // `String modelFile = "beehive-llama-3.2-1b-instruct-fp16.gguf";` (then `Path.of(localLLMsPath, modelFile)`), or the
      // file given whole to a path call the declaration holds: `Path modelPath = Paths.get("beehive-...-fp16.gguf");`.
      const holder = declaredName(tokens, i) ?? pathCallHolder(tokens, i);
      const fileName = t.text.slice(t.text.search(/[^\\/]*$/));
      const named = holder && MODEL_FILE_HOLDER.test(holder) && !WRITTEN_OUT.test(holder);
      const local = named && !CONVENTIONAL_WEIGHT_FILE.test(fileName) ? modelFromPath(t.text) : undefined;
      if (local?.source === 'local') {
        out.addId(local.id, t.line, t.column + 1, 'local');
        continue;
      }
    }
    if (ONNX_FILE.test(t.text) && loadedByCall(tokens, i)) {
      // `loadFromJar("bge-small-zh-v1.5.onnx", "bge-small-zh-v1.5-tokenizer.json", PoolingMode.CLS)`,
      // `env.createSession("yolov8n.onnx", options)`: an ONNX file (a format that holds nothing but a model) a call
      // loads, named for its model; not a conventional `model.onnx`, nor a file a call writes.
      const fileName = t.text.slice(t.text.search(/[^\\/]*$/));
      const local = CONVENTIONAL_WEIGHT_FILE.test(fileName) ? undefined : modelFromPath(t.text);
      if (local?.source === 'local') {
        out.addId(local.id, t.line, t.column + 1, 'local');
        continue;
      }
    }
    if (isIdOfModelType(tokens, i)) {
      // `LLModel(provider = LLMProvider.Ollama, id = "llama3.2", ...)`: the model the value describes (an Ollama tag
      // where the code talks to Ollama).
      const offset = out.offset(t.line, t.column);
      const found = out.ollamaTag(t.text, offset, undefined) ?? out.slotName(t.text, out.lineText(t.line), offset) ?? out.name(t.text, t.line);
      if (found) out.addId(found.id, t.line, t.column + 1, found.source);
    } else if (inModelSlot(tokens, i)) out.add(t.text, t.line, t.column + 1);
    else if (namedForItsValue(declaredName(tokens, i), t.text)) out.addKnown(t.text, t.line, t.column + 1);
  }
  while (blocks.length) closeBlock(blocks.pop()!, out);
}

/** An ONNX model file's name or path (not a URL). */
const ONNX_FILE = /^[^\s:]*[\w-]\.onnx$/i;
/** Calls that write a file out, not load one. */
const WRITES = /^(?:save|write|export|store|upload|output|dump|convert)/i;

/** Whether the string at `i` is an argument of a call that is no writer's (`loadFromJar("x.onnx", ...)`). */
function loadedByCall(tokens: Tokens<JvmToken>, i: number): boolean {
  let depth = 0;
  for (let j = i - 1, steps = 0; j >= 0 && steps < 32; j--, steps++) {
    const t = tokens.at(j)!;
    if (t.text === ')' || t.text === ']') depth++;
    else if (t.text === '[' || t.text === '{' || t.text === ';') return false;
    else if (t.text === '(') {
      if (depth === 0) {
        const callee = tokens.at(j - 1);
        return callee?.kind === 'ident' && !WRITES.test(callee.text);
      }
      depth--;
    }
  }
  return false;
}

/**
 * The declaration a path call holds when the string at `i` is its one argument: `modelPath` in `Path modelPath =
 * Paths.get("x.gguf")`, `Path.of("x.gguf")`, `new File("x.gguf")`.
 */
function pathCallHolder(tokens: Tokens<JvmToken>, i: number): string | undefined {
  if (tokens.at(i - 1)?.text !== '(' || tokens.at(i + 1)?.text !== ')') return undefined;
  const callee = tokens.at(i - 2)?.text;
  if (callee === 'File' && tokens.at(i - 3)?.text === 'new') return declaredName(tokens, i - 3);
  if ((callee === 'get' || callee === 'of') && tokens.at(i - 3)?.text === '.' && /^(?:Paths?)$/.test(tokens.at(i - 4)?.text ?? ''))
    return declaredName(tokens, i - 4);
  return undefined;
}

/** A block whose strings are models: its bare words wait for the known names beside them. */
interface ModelBlock {
  depth: number;
  returns: boolean;
  /** A list or array of models (not an enum's body): its own strings are models, those of calls inside it only when known. */
  collection: boolean;
  bare: { value: string; line: number; column: number }[];
  /** Ids of the names a provider table knows in the block (`cohere/command-light`). */
  known: string[];
  /** An enum named for Ollama's models: its strings are Ollama tags. */
  ollama: boolean;
}

/**
 * A bare word in a model block is a model when a provider's known name beside it extends it
 * (`"command"` beside `"command-light"`, Cohere's): reported as that provider's.
 */
function closeBlock(block: ModelBlock, out: Findings) {
  for (const word of block.bare) {
    const sibling = block.known.find((id) => id.slice(id.indexOf('/') + 1).startsWith(`${word.value}-`));
    if (sibling) out.addId(`${sibling.slice(0, sibling.indexOf('/'))}/${word.value}`, word.line, word.column);
  }
}

/**
 * Whether the bracket at `i` opens a block whose strings are models: a collection or array a
 * model-named declaration holds ('entries'), the body of a function named for a model ('returns'),
 * or the body of an enum named for models ('entries': its constants' first arguments).
 */
function opensModelBlock(tokens: Tokens<JvmToken>, i: number): 'entries' | 'returns' | undefined {
  const open = tokens.at(i)!.text;
  const prev = tokens.at(i - 1);
  if (open === '(' && prev?.kind === 'ident') {
    // `listOf(` / `List.of(` / `Arrays.asList(`, held by a model-named declaration or getter.
    const call = tokens.at(i - 2)?.text === '.' ? `${tokens.at(i - 3)?.text}.${prev.text}` : prev.text;
    if (COLLECTION_CALL.test(call) && namedForMany(declaredName(tokens, i - (call.includes('.') ? 3 : 1)) ?? '')) return 'entries';
    return undefined;
  }
  if (open === '[' && prev?.text === '=' && namedForMany(declaredName(tokens, i) ?? '')) return 'entries'; // Groovy `MODELS = [`
  if (open !== '{') return undefined;
  // `String[] MODELS = {`: a Java array initializer.
  if (prev?.text === '=' && namedForMany(declaredName(tokens, i) ?? '')) return 'entries';
  // `enum class ChatModel(val id: String) {` / `enum ChatModel {`.
  const enumName = enumBefore(tokens, i);
  if (enumName !== undefined) return MODEL_ENUM.test(enumName) && !BESIDE_MODEL.test(enumName) ? 'entries' : undefined;
  // `fun selectBestModel(prompt: String): String {` / `String getDefaultModel() {`.
  const fn = functionBefore(tokens, i);
  return fn && namedForOne(fn) ? 'returns' : undefined;
}

/**
 * The name a value at `i` is assigned to: `MODELS = ` (Java, a named argument), `val MODELS: List<String> = `,
 * `fun getAvailableModels(): List<String> = ` (a getter's name). Undefined when `i` follows no `=`.
 */
function declaredName(tokens: Tokens<JvmToken>, i: number): string | undefined {
  if (tokens.at(i - 1)?.text !== '=') return undefined;
  const k = i - 2;
  const last = tokens.at(k);
  if (!last) return undefined;
  if (last.kind === 'ident' && tokens.at(k - 1)?.text !== ':') return last.text;
  // A Kotlin/Scala type annotation: walk back over it to its `:`.
  for (let j = k, steps = 0; j > 0 && steps < 16; j--, steps++) {
    const t = tokens.at(j)!;
    if (t.text === ':') {
      const owner = tokens.at(j - 1);
      if (owner?.kind === 'ident') return owner.text;
      if (owner?.text !== ')') return undefined;
      let level = 0;
      for (let m = j - 1; m >= 0; m--) {
        if (tokens.at(m)!.text === ')') level++;
        else if (tokens.at(m)!.text === '(' && --level === 0) return tokens.at(m - 1)?.kind === 'ident' ? tokens.at(m - 1)!.text : undefined;
      }
      return undefined;
    }
    if (t.kind !== 'ident' && !['.', '<', '>', ',', '?', '[', ']', '*'].includes(t.text)) return undefined;
  }
  return undefined;
}

/** The enum's name when `{` at `i` opens an enum body. */
function enumBefore(tokens: Tokens<JvmToken>, i: number): string | undefined {
  for (let j = i - 1, steps = 0; j >= 0 && steps < 40; j--, steps++) {
    const t = tokens.at(j)!;
    if (t.text === ';' || t.text === '{' || t.text === '}' || t.text === '=') return undefined;
    if (t.text === 'enum') return tokens.at(j + 1)?.text === 'class' ? (tokens.at(j + 2)?.text ?? '') : (tokens.at(j + 1)?.text ?? '');
  }
  return undefined;
}

/** The function's name when `{` at `i` opens a function body: `fun f(...): T {`, `T f(...) throws X {`. */
function functionBefore(tokens: Tokens<JvmToken>, i: number): string | undefined {
  let j = i - 1;
  // Skip a return type or throws clause back to the parameter list's `)`.
  for (let steps = 0; j >= 0 && tokens.at(j)!.text !== ')' && steps < 10; steps++, j--)
    if (tokens.at(j)!.text === ';' || tokens.at(j)!.text === '{' || tokens.at(j)!.text === '}' || tokens.at(j)!.text === '=' || tokens.at(j)!.kind === 'string')
      return undefined;
  if (tokens.at(j)?.text !== ')') return undefined;
  let level = 0;
  for (; j >= 0; j--) {
    if (tokens.at(j)!.text === ')') level++;
    else if (tokens.at(j)!.text === '(' && --level === 0) break;
  }
  const name = tokens.at(j - 1);
  const before = tokens.at(j - 2);
  // A declaration: `fun name(`, or a type (or `>` of a generic type) before the name in Java; not a call (`if (`, `foo.bar(`).
  if (name?.kind !== 'ident' || !before) return undefined;
  if (before.text === 'fun' || before.text === 'def') return name.text;
  if (/^(class|object|interface|record|enum)$/.test(before.text)) return undefined;
  if (
    before.kind === 'ident' &&
    !/^(if|while|for|switch|catch|return|new|else|synchronized|when)$/.test(before.text) &&
    !/^(if|while|for|switch|catch|synchronized)$/.test(name.text)
  )
    return tokens.at(j - 3)?.text === '.' ? undefined : name.text;
  if (before.text === '>' || before.text === ']') return name.text;
  return undefined;
}

/** A string a function returns: after `return`, a `when`/`switch` arrow, `else`, a ternary, or an expression body. */
function isReturned(tokens: Tokens<JvmToken>, i: number): boolean {
  const prev = tokens.at(i - 1)?.text;
  return (
    prev === 'return' || prev === '->' || prev === '?:' || prev === '?' || (prev === ':' && hasTernaryBefore(tokens, i)) || prev === 'else' || prev === 'yield'
  );
}

function hasTernaryBefore(tokens: Tokens<JvmToken>, i: number): boolean {
  for (let j = i - 2, steps = 0; j >= 0 && steps < 8; j--, steps++) {
    if (tokens.at(j)!.text === '?') return true;
    if (tokens.at(j)!.text === ';' || tokens.at(j)!.text === '{') return false;
  }
  return false;
}

/**
 * A constant named for the value it holds, letter for letter and digit for digit (`LLAMA_3_1 = "llama3.1"`,
 * `GPT_4O = "gpt-4o"`): a catalogue's entry, whatever its class is called, when the value is a known model.
 */
function namedForItsValue(name: string | undefined, value: string): boolean {
  if (!name || !/^[A-Z][A-Z0-9_]*[0-9][A-Z0-9_]*$/.test(name) || !/[a-z]/i.test(value)) return false;
  return name.replace(/_/g, '').toLowerCase() === value.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

/** A type that is a model: `LLModel`, `ChatModel`, `OpenAiChatModel`, `EmbeddingModel` (not any `Model`: `UserModel`). */
const MODEL_TYPE = /^\w*(?:LL|LLM|Llm|Language|Chat|Embedding|Completion|AI|Ai)Model$/;

/**
 * The Kotlin named argument `id = "x"` of a call on a type that is a model (`LLModel(provider = ..., id = "x")`), as
 * Swift's `ModelConfiguration(id: "x")`: the model's own id.
 */
function isIdOfModelType(tokens: Tokens<JvmToken>, i: number): boolean {
  if (tokens.at(i - 1)?.text !== '=' || tokens.at(i - 2)?.text !== 'id' || !['(', ','].includes(tokens.at(i - 3)?.text ?? '')) return false;
  let level = 0;
  for (let j = i - 3, steps = 0; j > 0 && steps < 200; j--, steps++) {
    const text = tokens.at(j)!.text;
    if (tokens.at(j)!.kind !== 'punct') continue;
    if (text === ')' || text === ']' || text === '}') level++;
    else if (text === '[' || text === '{') {
      if (--level < 0) return false;
    } else if (text === '(' && --level < 0) return tokens.at(j - 1)?.kind === 'ident' && MODEL_TYPE.test(tokens.at(j - 1)!.text);
  }
  return false;
}

/** A string in a model slot: a model-named call's argument, key, named argument, pair or map entry. */
function inModelSlot(tokens: Tokens<JvmToken>, i: number): boolean {
  const prev = tokens.at(i - 1);
  const prev2 = tokens.at(i - 2);
  if (!prev) return false;
  // `.withModel("x")`, `setModel("x")`, `.modelName("x")`; not `new TestModelInterceptor("x")`, not a declaration.
  // Not a Kotlin constructor of a type named for what describes a model (`ASRModel("tiny-en", "Tiny Model - English",
  // "", "", ASRModelArch.TINY)`, a record of names and files): only a type that is a model (`LLModel`) takes one.
  if (prev.text === '(' && prev2?.kind === 'ident')
    return (
      namedForOne(prev2.text) &&
      (!/^[A-Z]/.test(prev2.text) || MODEL_TYPE.test(prev2.text)) &&
      !/^(new|fun|def)$/.test(tokens.at(i - 3)?.text ?? '') &&
      tokens.at(i - 3)?.kind !== 'ident'
    );
  // `model = "x"`, `DEFAULT_MODEL = "x"`, `val model: String = "x"`, Groovy/Scala `model: "x"`.
  if (prev.text === '=' || (prev.text === ':' && prev2?.kind === 'ident')) {
    const name = prev.text === ':' ? prev2!.text : (declaredName(tokens, i) ?? '');
    return namedForOne(name);
  }
  // `"model" to "x"`, `put("model", "x")`, `Map.of("model", "x")`, `Pair("model", "x")`.
  if ((prev.text === 'to' || prev.text === ',') && prev2?.kind === 'string' && namedForOne(prev2.text)) return true;
  return false;
}

/** Keywords before a name that declare it. */
const DECLARES = /^(?:val|var|fun|def|class|object|interface|enum)$/;

/** Every class name `library_constants` lists, for a cheap first test of an identifier. */
let libraryClassNames: Set<string> | undefined;

/**
 * A library's model-name constants and model classes (providers.yaml `library_constants`): a constant imported by
 * `import static <package>.<Enum>.<CONSTANT>` (or `.*`) and written bare, `<Enum>.<CONSTANT>` with the enum imported
 * or written with its package, stands for the id it holds; a model class constructed (`new X()`, Kotlin `X()`,
 * `X::new`) for its Hub model. The imports themselves are not references: the uses are.
 */
function readLibraryConstants(tokens: Tokens<JvmToken>, out: Findings) {
  const libraries = libraryConstants();
  if (!libraries.length) return;
  libraryClassNames ??= new Set(libraries.flatMap((l) => [...l.enums.keys(), ...l.models.keys()]));
  const constants = new Map<string, string>();
  const classes = new Map<string, LibraryConstants>();
  const inImport = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.at(i)!.kind !== 'ident' || (tokens.at(i)!.text !== 'import' && tokens.at(i)!.text !== 'package')) continue;
    const isPackage = tokens.at(i)!.text === 'package';
    let j = i + 1;
    if (tokens.at(j)?.text === 'static') j++;
    const path: string[] = [];
    while (tokens.at(j) && (tokens.at(j)!.kind === 'ident' || tokens.at(j)!.text === '*')) {
      path.push(tokens.at(j)!.text);
      if (tokens.at(j + 1)?.text !== '.') {
        j++;
        break;
      }
      j += 2;
    }
    for (let k = i; k < j; k++) inImport.add(k);
    const dotted = path.join('.');
    if (isPackage) {
      // Code of the library itself (`package ai.koog.prompt.structure`) writes its classes without importing them.
      const own = libraries.find((l) => dotted === l.package || dotted.startsWith(`${l.package}.`));
      if (own) for (const name of [...own.enums.keys(), ...own.models.keys()]) if (!classes.has(name)) classes.set(name, own);
      continue;
    }
    const library = libraries.find((l) => dotted.startsWith(`${l.package}.`));
    if (!library) continue;
    const last = path[path.length - 1]!;
    const owner = path[path.length - 2];
    const names = owner === undefined ? undefined : library.enums.get(owner);
    if (names) {
      // `import static ...OpenAiChatModelName.GPT_4_O_MINI;` / `.*;` (Kotlin imports enum constants the same way).
      if (last === '*') for (const [constant, value] of names) constants.set(constant, value);
      else if (names.has(last)) constants.set(last, names.get(last)!);
    } else if (library.enums.has(last) || library.models.has(last)) classes.set(last, library);
    // `import dev.langchain4j.model.openai.*;`: any class of the library may be written bare.
    else if (last === '*') for (const name of [...library.enums.keys(), ...library.models.keys()]) if (!classes.has(name)) classes.set(name, library);
  }
  const report = (value: string, token: JvmToken, ollama = false) => {
    if (ollama) out.addId(value, token.line, token.column + 1, 'ollama');
    else if (!out.add(value, token.line, token.column + 1)) out.addId(contextOnlyId(value), token.line, token.column + 1);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens.at(i)!;
    if (t.kind !== 'ident' || inImport.has(i)) continue;
    if (libraryClassNames.has(t.text)) {
      const library = classes.get(t.text) ?? qualifiedBy(tokens, i, libraries);
      if (!library) continue;
      const names = library.enums.get(t.text);
      // `OpenAiChatModelName.GPT_4_O_MINI`, a nested object's `OpenAIModels.Chat.GPT4o`.
      const path: string[] = [];
      for (let k = i + 1; tokens.at(k)?.text === '.' && tokens.at(k + 1)?.kind === 'ident'; k += 2) path.push(tokens.at(k + 1)!.text);
      const constant = nestedConstant(names, path);
      if (constant) {
        report(constant.id, tokens.at(i + 2)!, library.ollama.has(t.text));
        i += 2 * constant.parts;
        continue;
      }
      const model = library.models.get(t.text);
      // Constructed: `new X()` (Java), `X()` (Kotlin), `X::new`; not a type (`public X embeddingModel()`), nor the class's
      // own constructor declared (`public BgeSmallZhV15EmbeddingModel() {` in the library's source: the model is the
      // ONNX file it loads).
      if (model && tokens.at(i + 1)?.text === '(' && declaresConstructor(tokens, i)) continue;
      if (model && (tokens.at(i + 1)?.text === '(' || (tokens.at(i + 1)?.text === '::' && tokens.at(i + 2)?.text === 'new'))) report(model, t);
      continue;
    }
    // A constant imported bare (`import ...AnthropicModels.Opus_3`), not its own declaration (`val Opus_3: LLModel = ...`).
    if (tokens.at(i - 1)?.text !== '.' && !DECLARES.test(tokens.at(i - 1)?.text ?? '') && constants.has(t.text)) report(constants.get(t.text)!, t);
  }
}

/** Modifiers a constructor's declaration starts with (Java, Kotlin, Scala). */
const ACCESS_MODIFIER = /^(?:public|private|protected|internal)$/;

/**
 * Whether the name at `i`, followed by `(`, declares a constructor rather than calling it: after an access modifier
 * (`public X(Executor executor)`), or its parameter list followed by a body or `throws` (`X() {`); `new X()` never.
 */
function declaresConstructor(tokens: Tokens<JvmToken>, i: number): boolean {
  const prev = tokens.at(i - 1)?.text ?? '';
  if (prev === 'new') return false;
  if (ACCESS_MODIFIER.test(prev)) return true;
  let depth = 0;
  for (let j = i + 1, steps = 0; j < tokens.length && steps < 256; j++, steps++) {
    const t = tokens.at(j)!.text;
    if (t === '(') depth++;
    else if (t === ')' && --depth === 0) return tokens.at(j + 1)?.text === '{' || tokens.at(j + 1)?.text === 'throws';
  }
  return false;
}

/** The library whose package qualifies the class name at `i` (`dev.langchain4j.model.openai.OpenAiChatModelName`). */
function qualifiedBy(tokens: Tokens<JvmToken>, i: number, libraries: LibraryConstants[]): LibraryConstants | undefined {
  if (tokens.at(i - 1)?.text !== '.') return undefined;
  const parts: string[] = [];
  for (let j = i - 2; tokens.at(j)?.kind === 'ident'; j -= 2) {
    parts.unshift(tokens.at(j)!.text);
    if (tokens.at(j - 1)?.text !== '.') break;
  }
  const path = parts.join('.');
  const name = tokens.at(i)!.text;
  return libraries.find((l) => (path === l.package || path.startsWith(`${l.package}.`)) && (l.enums.has(name) || l.models.has(name)));
}

/** `.properties` tables of names mapped to numbers, with at least two known models: each name is a model. */
function readPropertyTables(text: string, out: Findings) {
  const lines = text.split('\n');
  let table: { name: string; line: number; column: number }[] = [];
  let known = 0;
  const flush = () => {
    if (known >= 2) for (const entry of table) out.add(entry.name, entry.line, entry.column);
    table = [];
    known = 0;
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (/^\s*([#!]|$)/.test(line)) continue; // comments and blank lines do not end a table
    const m = /^(\s*)([A-Za-z][\w.@/:-]{1,120}?)\s*[=:]\s*\d[\d._]*\s*$/.exec(line);
    if (!m) {
      flush();
      continue;
    }
    const name = m[2]!.replace(/\\:/g, ':');
    table.push({ name, line: n + 1, column: m[1]!.length + 1 });
    if (out.known(name, n + 1)) known++;
  }
  flush();
}
