// Swift code (issue #15): where Swift names the model it loads, by the place a name stands in, as jvm.ts reads Java
// and Kotlin. model-names reads known names anywhere by their shape; here the place says a string is a model, so a
// name no table knows counts too, and a library's own model constants are read for the ids they hold:
//   - a library's model constant (providers.yaml `library_constants`, `package` the module imported): mlx-swift-lm's
//     `LLMRegistry.qwen3_8b_4bit` after `import MLXLLM` (or written `MLXLLM.LLMRegistry.qwen3_8b_4bit`, or through the
//     old name `ModelRegistry`) is `mlx-community/Qwen3-8B-4bit`, `EmbedderRegistry.nomic_text_v1_5` after `import
//     MLXEmbedders` is `nomic-ai/nomic-embed-text-v1.5`;
//   - a string in a model-named slot: a declaration (`let defaultModel = "x"`, `var modelId: String = "x"`,
//     `@Option var model: String = "x"`), a labelled argument (`load(modelId: "x")`), a dictionary entry
//     (`["model": "x"]`);
//   - the `id:` or first unlabelled string of a call on a type named for a model (`ModelConfiguration(id: "x")`);
//     not its other labels (`LMModel(name: "qwen3:4b", configuration: ...)`: the title shown for the model);
//   - every string of a collection a model-named declaration holds (`let availableModels = ["a", "b"]`).
// Names a table knows are reported as model-names reports them; a name only its place says is a model is
// `openai-compatible/<name>` (the server is not known). Comments and multi-line strings (`"""`, prompts and help
// text) are not read here. Tokens: the JVM scanner's (same comments, quotes and `"""` blocks as Swift).
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { CodeFindings } from './shared/code-findings.js';
import type { Tokens } from './shared/tokens.js';
import { keyedModelName, namedForMany, namedForOne } from './shared/keyed-name.js';
import { libraryConstants, type LibraryConstants } from '../registry/providers.js';
import { looksLikeHubId, parseHubReference } from '../model/ids.js';
import { classify } from './shared/model-name.js';
import { scanJvmTokens, type JvmToken } from './shared/jvm-tokens.js';

const CODE = /\.swift$/i;
/** A type named for a model: `ModelConfiguration`, `LanguageModel`, `LoraContainer`. */
const MODEL_TYPE = /^(?=[A-Z])\w*(?:Model|Lora|LoRA|Adapter)/;
/** Labels of such a call that give the model itself. */
const ID_LABEL = /^(?:id|repo|repoId|hubId|modelId|model)$/;
/** Words about a model, not a name (`acme/embedded-model`, `custom-model`: test values, placeholders), as keyed-name.ts rejects them. */
const PLACEHOLDER = /(?:^|[-_/])model(?:$|[-_])/i;

export default defineExtractor({
  name: 'swift',
  matchesName: true,
  matches: (path) => CODE.test(path),
  // Every slot is named for a model; a library's registries are named for what they hold (`LLMRegistry`).
  words: ['model', 'registry'],
  extract(file) {
    const text = file.text;
    if (!/model|registry/i.test(text)) return { references: [], diagnostics: [] };
    const tokens = scanJvmTokens(text);
    const out = new Findings(text);
    readLibraryConstants(tokens, out);
    readCode(tokens, out);
    return { references: out.references, diagnostics: [] };
  },
});

class Findings extends CodeFindings {
  /** A string in a model-named slot: a table's reading, else a name by its shape. */
  add(t: JvmToken) {
    if (t.kind !== 'string' || t.block || PLACEHOLDER.test(t.text)) return;
    const found = this.hubId(t.text) ?? keyedModelName(t.text, this.lineText(t.line), this.registry);
    if (found) this.addId(found.id, t.line, t.column + 1, found.source);
  }
  /** A string given as the id of a call on a model type: a Hub id or a name a table knows, never a bare word. */
  addGivenId(t: JvmToken) {
    if (t.kind !== 'string' || t.block || PLACEHOLDER.test(t.text)) return;
    const found = this.hubId(t.text) ?? classify(t.text, this.lineText(t.line), this.registry);
    if (found) this.addId(found.id, t.line, t.column + 1, found.source);
  }
  /** An id a library constant holds, as its shape says (`mlx-community/Qwen3-8B-4bit`: a Hub id). */
  addConstant(value: string, t: JvmToken) {
    const found = this.hubId(value) ?? classify(value, this.lineText(t.line), this.registry);
    if (found) this.addId(found.id, t.line, t.column + 1, found.source);
  }
  private hubId(value: string): { id: string; source: RawReference['source'] } | undefined {
    const hub = value.includes('/') && !/\s/.test(value) ? parseHubReference(value) : undefined;
    return hub && looksLikeHubId(hub.id) ? { id: hub.id, source: 'huggingface' } : undefined;
  }
}

const isPunct = (t: JvmToken | undefined, text: string) => t?.kind === 'punct' && t.text === text;

/**
 * `import MLXLLM` (also `@preconcurrency import`, `import class MLXLLM.LLMRegistry`): the libraries whose classes
 * may be written bare; then each `<Class>.<constant>` of one of them, or `<Module>.<Class>.<constant>` written with
 * its module, stands for the id the constant holds.
 */
function readLibraryConstants(tokens: Tokens<JvmToken>, out: Findings) {
  const libraries = libraryConstants();
  const imported = new Set<LibraryConstants>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.at(i)!.kind !== 'ident' || tokens.at(i)!.text !== 'import') continue;
    let j = i + 1;
    if (/^(?:class|struct|enum|protocol|typealias|func|let|var)$/.test(tokens.at(j)?.text ?? '')) j++;
    const module = tokens.at(j)?.kind === 'ident' ? tokens.at(j)!.text : undefined;
    const library = module && libraries.find((l) => l.package === module);
    if (library) imported.add(library);
  }
  for (let i = 0; i < tokens.length - 2; i++) {
    const t = tokens.at(i)!;
    if (t.kind !== 'ident' || !isPunct(tokens.at(i + 1), '.') || tokens.at(i + 2)!.kind !== 'ident') continue;
    if (isPunct(tokens.at(i - 1), '.') && tokens.at(i - 2)?.kind === 'ident') {
      // `MLXLLM.LLMRegistry.x`: the class written with its module.
      const library = libraries.find((l) => l.package === tokens.at(i - 2)!.text && l.enums.has(t.text));
      if (!library) continue;
      const value = library.enums.get(t.text)!.get(tokens.at(i + 2)!.text);
      if (value) out.addConstant(value, tokens.at(i + 2)!);
      continue;
    }
    for (const library of imported) {
      const value = library.enums.get(t.text)?.get(tokens.at(i + 2)!.text);
      if (value) {
        out.addConstant(value, tokens.at(i + 2)!);
        break;
      }
    }
  }
}

/** Index of the token closing the bracket at `open` (or the last token). */
function closingToken(tokens: Tokens<JvmToken>, open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    const t = tokens.at(k)!;
    if (t.kind !== 'punct') continue;
    if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
    else if ((t.text === ')' || t.text === ']' || t.text === '}') && --depth === 0) return k;
  }
  return tokens.length - 1;
}

function readCode(tokens: Tokens<JvmToken>, out: Findings) {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens.at(i)!;
    if (t.kind === 'ident' && (t.text === 'let' || t.text === 'var') && tokens.at(i + 1)?.kind === 'ident') {
      // `let defaultModel = "x"`, `var model: String = "x"`, `static let models: [String] = ["a", "b"]`.
      const name = tokens.at(i + 1)!.text;
      const one = namedForOne(name);
      const many = !one && namedForMany(name);
      if (!one && !many) continue;
      let k = i + 2;
      // Past a type annotation (`: String`, `: [String]`, `: String?`) to `=`, on the same line.
      while (k < tokens.length && tokens.at(k)!.line === t.line && !isPunct(tokens.at(k), '=') && !isPunct(tokens.at(k), '{') && k - i < 12) k++;
      if (!isPunct(tokens.at(k), '=')) continue;
      const value = tokens.at(k + 1);
      if (one && value?.kind === 'string') out.add(value);
      else if (many && isPunct(value, '[')) {
        // Its own strings only, not those of the entries it builds (`[Model(name: "x", url: "...", filename: "y.gguf")]`).
        const end = closingToken(tokens, k + 1);
        let depth = 0;
        for (let m = k + 2; m < end; m++) {
          const e = tokens.at(m)!;
          if (e.kind === 'punct' && (e.text === '(' || e.text === '[' || e.text === '{')) depth++;
          else if (e.kind === 'punct' && (e.text === ')' || e.text === ']' || e.text === '}')) depth--;
          else if (depth === 0 && e.kind === 'string' && !isPunct(tokens.at(m + 1), ':')) out.add(e);
        }
      }
      continue;
    }
    if (t.kind === 'ident' && isPunct(tokens.at(i + 1), ':') && (isPunct(tokens.at(i - 1), '(') || isPunct(tokens.at(i - 1), ','))) {
      // `load(modelId: "x")`: a labelled argument named for a model.
      if (namedForOne(t.text) && tokens.at(i + 2)?.kind === 'string') out.add(tokens.at(i + 2)!);
      continue;
    }
    if (t.kind === 'string' && isPunct(tokens.at(i + 1), ':') && namedForOne(t.text) && tokens.at(i + 2)?.kind === 'string') {
      // `["model": "x"]`: a dictionary entry keyed for a model.
      out.add(tokens.at(i + 2)!);
      continue;
    }
    if (t.kind === 'ident' && MODEL_TYPE.test(t.text) && isPunct(tokens.at(i + 1), '(') && !isPunct(tokens.at(i - 1), '.')) {
      // `ModelConfiguration(id: "x")`, `SomeModel("x")`: the id or first unlabelled string, not the other labels.
      const end = closingToken(tokens, i + 1);
      for (let m = i + 2; m < end; m++) {
        const a = tokens.at(m)!;
        if (a.kind !== 'string') continue;
        const labelled = isPunct(tokens.at(m - 1), ':') && tokens.at(m - 2)?.kind === 'ident';
        if (labelled ? ID_LABEL.test(tokens.at(m - 2)!.text) : isPunct(tokens.at(m - 1), '(')) out.addGivenId(a);
      }
    }
  }
}
