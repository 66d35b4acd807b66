// What every extractor that reads a language's model contexts (jvm, csharp, ruby, rust, dart, go, php, swift, elixir, r) keeps
// while it reads: the references found, one per (line, id), with the line's text for naming rules and snippets, and the
// file's Ollama context. Each language decides what a string names (its own `name`); this is the bookkeeping they share.
import type { RawReference } from '../../model/reference.js';
import { loadRegistry } from '../../registry/load.js';
import { contextOnlyId } from '../../registry/providers.js';
import type { KeyedName } from './keyed-name.js';
import { classify, isNameShaped, MODEL_WORD_IN_VALUE, NOT_MODEL_CONTEXT, ollamaCallTag } from './model-name.js';
import { isOllamaLibraryName, OllamaContext } from './ollama-tag.js';

export class CodeFindings {
  readonly references: RawReference[] = [];
  readonly registry = loadRegistry();
  private readonly seen = new Set<string>();
  private readonly starts: number[] = [0];
  private ollamaContext: OllamaContext | undefined;
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  /** Line `line` (1-based) without its newline. */
  lineText(line: number): string {
    return this.text.slice(this.starts[line - 1] ?? 0, (this.starts[line] ?? this.text.length + 1) - 1);
  }
  /** The offset in the text of a line's column (0-based). */
  offset(line: number, column: number): number {
    return (this.starts[line - 1] ?? 0) + column;
  }
  /**
   * The Ollama tag a name in a model slot is where the code talks to Ollama at `offset` (shared/ollama-tag.ts
   * OllamaContext; `provider`: the provider a table reads the name as, which may be named nearer).
   */
  ollamaTag(value: string, offset: number, provider: string | undefined): { source: 'ollama'; id: string } | undefined {
    return (this.ollamaContext ??= new OllamaContext(this.text)).model(value, offset, provider);
  }
  /**
   * What a string in a model slot names, for a reader that counts a name by its place alone (csharp, dart): the Ollama
   * tag where the code talks to Ollama, a table's reading, else a name-shaped value that is no word about a model, as
   * `openai-compatible/<name>`. `offset`: where the string stands in the text.
   */
  slotName(value: string, lineText: string, offset: number): KeyedName | undefined {
    const known = classify(value, lineText, this.registry);
    // (An Ollama library name with its tag is shaped as one without a digit too: `modelName: "llava:latest"` beside an
    // Ollama agent, autogen's .NET samples and tests; OllamaContext still asks that the code talk to Ollama there.)
    const tagged = /^[a-z][\w.-]*:[\w.-]+$/.test(value) && isOllamaLibraryName(value);
    const tag = (known ? known.source === 'api' : isNameShaped(value) || tagged) && this.ollamaTag(value, offset, known?.id.split('/')[0]);
    if (tag) return tag;
    if (known) return known;
    if (MODEL_WORD_IN_VALUE.test(value) || !isNameShaped(value)) return undefined;
    return { id: contextOnlyId(value), source: 'api' };
  }
  /**
   * What a string in a model slot names, for the readers that take a slot's string whole (dart, elixir, r): none for an
   * empty, long or spaced value or on a line that says it is no model; the Ollama model an Ollama-named call runs;
   * else slotName's reading. `offset`: where the string's content stands in the text.
   */
  slotValue(text: string, ollamaCall: boolean, lineText: string, offset: number): KeyedName | undefined {
    const value = text.trim();
    if (!value || value.length > 200 || /\s/.test(value) || NOT_MODEL_CONTEXT.test(lineText)) return undefined;
    return ollamaCall ? ollamaCallTag(value) : this.slotName(value, lineText, offset);
  }
  /** Records `id` at its place, once per line. `column` as the language's reader counts it. */
  addId(id: string, line: number, column: number, source: RawReference['source'] = 'api'): void {
    const key = `${line}|${id}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.references.push({ id, source, line, column, snippet: this.lineText(line).trim().slice(0, 200) });
  }
}

/**
 * The bracket depth a reader is at as it walks tokens, and the collections opened on the way whose strings are models
 * (`var models = new[] { ... }`, `const models = [...]`): csharp and dart read every string inside one.
 */
export class ModelCollections {
  private depth = 0;
  private readonly open: number[] = [];
  /** `parens`: a `(` may open one too, in a language whose lists are calls (R's `c(...)`). */
  constructor(private readonly parens = false) {}
  /** Steps over punctuation: `(`, `[` and `{` open (a `[` or `{` a model collection when `opensModels()` says so). */
  step(punct: string, opensModels: () => boolean): void {
    if (punct === '(' || punct === '[' || punct === '{') {
      this.depth++;
      if ((punct !== '(' || this.parens) && opensModels()) this.open.push(this.depth);
    } else if (punct === ')' || punct === ']' || punct === '}') {
      while (this.open.length && this.open[this.open.length - 1]! >= this.depth) this.open.pop();
      this.depth = Math.max(0, this.depth - 1);
    }
  }
  /** Whether the reader stands inside a model collection. */
  get inside(): boolean {
    return this.open.length > 0;
  }
}
