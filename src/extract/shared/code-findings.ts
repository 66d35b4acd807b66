// What every extractor that reads a language's model contexts (jvm, csharp, ruby, rust, dart, go, php, swift) keeps
// while it reads: the references found, one per (line, id), with the line's text for naming rules and snippets, and the
// file's Ollama context. Each language decides what a string names (its own `name`); this is the bookkeeping they share.
import type { RawReference } from '../../model/reference.js';
import { loadRegistry } from '../../registry/load.js';
import { OllamaContext } from './ollama-tag.js';

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
  /** Records `id` at its place, once per line. `column` as the language's reader counts it. */
  addId(id: string, line: number, column: number, source: RawReference['source'] = 'api'): void {
    const key = `${line}|${id}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.references.push({ id, source, line, column, snippet: this.lineText(line).trim().slice(0, 200) });
  }
}
