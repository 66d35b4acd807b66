// The tokens a language reader walks (go, csharp, dart, php, ruby, rust, jvm, swift, elixir, r), held compact: a token is a few
// numbers in typed arrays (kind, where its text starts and ends in the source, line, column, flags), its text sliced
// from the source when a reader asks for it. A token object per token of the whole file held 60-80 MB of heap on a
// 2.1 MB generated Go file (docs/performance.md, session 14); these arrays hold ~20 bytes a token, outside the heap.
// A reader asks `tokens.at(i)` as it would index an array (undefined outside it); the last few hundred tokens asked
// for are kept, so a reader looking around a token gets the same object back without building it again.

const KINDS = ['ident', 'string', 'punct', 'number', 'rune', 'label', 'symbol', 'atom', 'key', 'attr', 'op'] as const;
export type TokenKind = (typeof KINDS)[number];
const KIND_CODE = new Map<string, number>(KINDS.map((k, i) => [k, i]));

/** What every language's token has: its kind, text, and place (line and column as the language's reader counts). */
export interface Token {
  kind: TokenKind;
  text: string;
  line: number;
  column: number;
}

/** The flags a token may carry, bit by bit (each language sets those it knows). */
export const BLOCK = 1;
export const TEMPLATE = 2;
export const PARTIAL = 4;
export const QUOTED = 8;

/** The optional properties a language's token may have: its flags, and where a string's content starts. */
interface Optional {
  contentColumn?: number;
  block?: boolean;
  template?: boolean;
  partial?: boolean;
  quoted?: boolean;
}

/** How many materialised tokens are kept (a power of two). */
const KEPT = 512;

export class Tokens<T extends Token> {
  length = 0;
  private kinds: Uint8Array;
  private flags: Uint8Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private lines: Int32Array;
  private columns: Int32Array;
  private extras: Int32Array | undefined;
  /** Texts that are no slice of the source (a C# interpolated string with its holes), by token index. */
  private texts: Map<number, string> | undefined;
  private readonly keptIndex = new Int32Array(KEPT).fill(-1);
  private readonly kept: (T | undefined)[] = new Array<T | undefined>(KEPT);

  /** `contentColumns`: whether the language's strings say where their content starts (`contentColumn`). */
  constructor(
    private readonly source: string,
    contentColumns = false,
  ) {
    const capacity = Math.max(64, source.length >> 3);
    this.kinds = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.lines = new Int32Array(capacity);
    this.columns = new Int32Array(capacity);
    if (contentColumns) this.extras = new Int32Array(capacity);
  }

  /** Adds a token whose text is `source.slice(start, end)`. `flags`: BLOCK, TEMPLATE, ...; `extra`: its contentColumn, -1 for none. */
  add(kind: T['kind'], start: number, end: number, line: number, column: number, flags = 0, extra = -1): void {
    const i = this.length;
    if (i === this.kinds.length) this.grow();
    this.kinds[i] = KIND_CODE.get(kind)!;
    this.starts[i] = start;
    this.ends[i] = end;
    this.lines[i] = line;
    this.columns[i] = column;
    this.flags[i] = flags;
    if (this.extras) this.extras[i] = extra;
    this.length = i + 1;
  }

  /** Adds a token whose text was built: kept as a span of the source where it stands at `at`, else as it is. */
  addText(kind: T['kind'], text: string, at: number, line: number, column: number, flags = 0, extra = -1): void {
    if (this.source.startsWith(text, at)) return this.add(kind, at, at + text.length, line, column, flags, extra);
    this.add(kind, at, at, line, column, flags, extra);
    (this.texts ??= new Map()).set(this.length - 1, text);
  }

  /** Token `i`, or undefined outside the list (as an array's `tokens[i]`). */
  at(i: number): T | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const slot = i & (KEPT - 1);
    if (this.keptIndex[slot] === i) return this.kept[slot];
    const token = this.make(i);
    this.keptIndex[slot] = i;
    this.kept[slot] = token;
    return token;
  }

  /** The tokens from `from` to `to` (exclusive), as an array. */
  slice(from = 0, to = this.length): T[] {
    const out: T[] = [];
    for (let i = Math.max(0, from), end = Math.min(to, this.length); i < end; i++) out.push(this.at(i)!);
    return out;
  }

  /** Every token, as an array (tests). */
  toArray(): T[] {
    return this.slice();
  }

  private make(i: number): T {
    const token: Token & Optional = {
      kind: KINDS[this.kinds[i]!]!,
      text: this.texts?.get(i) ?? this.source.slice(this.starts[i]!, this.ends[i]!),
      line: this.lines[i]!,
      column: this.columns[i]!,
    };
    if (this.extras && this.extras[i] !== -1) token.contentColumn = this.extras[i];
    const flags = this.flags[i]!;
    if (flags) {
      if (flags & BLOCK) token.block = true;
      if (flags & TEMPLATE) token.template = true;
      if (flags & PARTIAL) token.partial = true;
      if (flags & QUOTED) token.quoted = true;
    }
    return token as unknown as T;
  }

  private grow(): void {
    const capacity = this.kinds.length * 2;
    const grown = <A extends Uint8Array | Int32Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(capacity);
      b.set(a);
      return b;
    };
    this.kinds = grown(this.kinds);
    this.flags = grown(this.flags);
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.lines = grown(this.lines);
    this.columns = grown(this.columns);
    if (this.extras) this.extras = grown(this.extras);
  }
}

/** A lexer's place in its text: the 1-based line it is on and the offset that line starts at. */
export class LineCursor {
  line = 1;
  lineStart = 0;

  constructor(private readonly text: string) {}

  /** A newline at `at`. */
  newline(at: number): void {
    this.line++;
    this.lineStart = at + 1;
  }

  /** Steps from `from` to `to` (a string's or comment's extent), counting the newlines on the way. */
  skip(from: number, to: number): void {
    for (let k = from; k < to; k++) if (this.text.charCodeAt(k) === 10) this.newline(k);
  }
}
