// Case-insensitive search for any of a set of ASCII words in raw bytes, 16 bytes at a time. The
// prefilter runs on every file of a tree, and V8's regex engine tests an alternation of ~20 words
// at under 1 GB/s; this runs at ~2.5 GB/s. It is the "Teddy" idea (Hyperscan, Rust's
// aho-corasick): each word contributes a 4-byte fingerprint to one of 8 buckets; per position, a
// byte's low and high nibbles index 16-byte tables (one SIMD swizzle each) whose bits say which
// buckets allow that byte there; a position whose 4 bytes all allow some bucket is a candidate,
// checked exactly in JavaScript. The WebAssembly module is a few dozen instructions, assembled
// below (no toolchain, no binary in the repo). Where WebAssembly SIMD is missing, callers fall
// back to their regex (compileLiteralSet answers undefined).
//
// Bytes are compared case-folded (OR 0x20), which is a superset of ASCII case-insensitivity; the
// exact check then folds letters only. UTF-8 needs no decoding: an ASCII byte is never part of a
// multi-byte sequence, and no non-ASCII character equals an ASCII letter under /i (ES Canonicalize).
import { anyWord } from '../extract/shared/words.js';

/** Bytes per fingerprint (positions p..p+3 of the text). */
const WIDTH = 4;
const BUCKETS = 8;
/** Where the scan stores the candidate lanes (16 bytes of bucket bits). */
const LANES_AT = 0;
/** The fingerprint tables of the word set being searched: WIDTH x (16 low-nibble + 16 high-nibble) bytes. */
const TABLES_AT = 16;
const TABLE_BYTES = WIDTH * 32;
/** Text goes here: tables below, the end of memory above (the scan reads up to 19 bytes past the text). */
const TEXT_AT = 64 * 1024;
const PAGES = 8;
const TEXT_CAPACITY = PAGES * 65536 - TEXT_AT - 64;

interface Scanner {
  memory: Uint8Array;
  scan: (tables: number, from: number, end: number) => number;
  /** Whose tables are in memory now. */
  loaded?: object;
}

interface Word {
  /** Lower-cased bytes, and which of them are letters (compared case-folded). */
  bytes: Uint8Array;
  letters: boolean[];
  /** Where in the word its fingerprint starts. */
  offset: number;
}

export interface LiteralSet {
  /** True when one of the words occurs in these bytes, ASCII case ignored. */
  test(bytes: Uint8Array): boolean;
}

let scanner: Scanner | null | undefined;

/**
 * Where the module reads its text from, for a caller to read files into (no copy before a test),
 * or undefined without WebAssembly SIMD. Its contents change with every test of a set.
 */
export function literalTextBuffer(): Buffer | undefined {
  scanner ??= instantiate();
  return scanner ? Buffer.from(scanner.memory.buffer, TEXT_AT, TEXT_CAPACITY) : undefined;
}

/** A matcher for these words, or undefined when this runtime cannot run it (or a word is shorter than 3 bytes, or not ASCII). */
export function compileLiteralSet(words: readonly string[]): LiteralSet | undefined {
  if (words.length === 0 || words.some((w) => w.length < 3 || !/^[\x20-\x7e]+$/.test(w))) return undefined;
  scanner ??= instantiate();
  if (!scanner) return undefined;
  const own = scanner;
  const { memory, scan } = own;
  const { tables, buckets } = fingerprintTables(words.map(prepare));

  const test = (bytes: Uint8Array): boolean => {
    if (bytes.length > TEXT_CAPACITY) return fallback(bytes);
    if (own.loaded !== tables) {
      memory.set(tables, TABLES_AT);
      own.loaded = tables;
    }
    if (bytes.buffer !== memory.buffer || bytes.byteOffset !== TEXT_AT) memory.set(bytes, TEXT_AT);
    const end = TEXT_AT + bytes.length;
    for (let from = TEXT_AT; from < end;) {
      const block = scan(TABLES_AT, from, end);
      if (block < 0) return false;
      for (let lane = 0; lane < 16; lane++) {
        for (let bits = memory[LANES_AT + lane]!; bits !== 0; bits &= bits - 1) {
          const bucket = 31 - Math.clz32(bits & -bits);
          for (const word of buckets[bucket]!) if (occursAt(memory, block + lane - word.offset, end, word)) return true;
        }
      }
      from = block + 16;
    }
    return false;
  };
  // Texts too large for the module's memory (rare: the walk reads files of up to 256 KiB into one buffer).
  const plain = anyWord(words);
  const fallback = (bytes: Uint8Array) => plain.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
  return { test };
}

function occursAt(memory: Uint8Array, start: number, end: number, word: Word): boolean {
  if (start < TEXT_AT || start + word.bytes.length > end) return false;
  for (let i = 0; i < word.bytes.length; i++) {
    const byte = memory[start + i]!;
    if ((word.letters[i] ? byte | 0x20 : byte) !== word.bytes[i]) return false;
  }
  return true;
}

const isLetter = (byte: number) => (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
/** Source-code bytes, most frequent first: a fingerprint is taken where a word's bytes are rarest (speed only, never correctness). */
const FREQUENT = ' etaoinrsldcup\nm_.f"h(),=g\'ybw:-/v>k0<1x{}[]2;j*qz#3+';
const commonness = (byte: number) => {
  const rank = FREQUENT.indexOf(String.fromCharCode(byte));
  return rank < 0 ? 0 : (FREQUENT.length - rank) ** 2;
};

function prepare(text: string): Word {
  const bytes = Uint8Array.from(Buffer.from(text.toLowerCase(), 'latin1'));
  const width = Math.min(WIDTH, bytes.length);
  let offset = 0;
  let best = Infinity;
  for (let at = 0; at + width <= bytes.length; at++) {
    let score = 0;
    for (let k = 0; k < width; k++) score += commonness(bytes[at + k]!);
    if (score < best) [best, offset] = [score, at];
  }
  return { bytes, letters: [...bytes].map(isLetter), offset };
}

/**
 * Spreads the words over the buckets so that each bucket's nibble sets stay small (a bucket
 * accepts every combination of its words' nibbles, so crowded buckets give false candidates).
 */
function fingerprintTables(words: Word[]): { tables: Uint8Array; buckets: Word[][] } {
  const buckets: Word[][] = Array.from({ length: BUCKETS }, () => []);
  // Per bucket and fingerprint position: the low and high nibbles it accepts, as 16-bit masks.
  const nibbles = Array.from({ length: BUCKETS }, () => Array.from({ length: WIDTH }, () => [0, 0]));
  const fingerprint = (word: Word, k: number) => {
    const at = word.offset + k;
    // A 3-byte word leaves its last position open: any byte.
    if (at >= word.bytes.length) return [0xffff, 0xffff];
    const folded = word.bytes[at]! | 0x20;
    return [1 << (folded & 15), 1 << (folded >> 4)];
  };
  const popcount = (mask: number) => mask.toString(2).replace(/0/g, '').length;
  const breadth = (masks: number[][]) => masks.reduce((n, [lo, hi]) => n * popcount(lo!) * popcount(hi!), 1);
  // Words with open positions first, so they share buckets with each other.
  for (const word of [...words].sort((a, b) => a.bytes.length - b.bytes.length)) {
    let chosen = 0;
    let growth = Infinity;
    for (let b = 0; b < BUCKETS; b++) {
      const before = buckets[b]!.length === 0 ? 0 : breadth(nibbles[b]!);
      const after = breadth(
        nibbles[b]!.map(([lo, hi], k) => {
          const [wlo, whi] = fingerprint(word, k);
          return [lo! | wlo!, hi! | whi!];
        }),
      );
      if (after - before < growth) [growth, chosen] = [after - before, b];
    }
    buckets[chosen]!.push(word);
    nibbles[chosen]!.forEach((masks, k) => {
      const [wlo, whi] = fingerprint(word, k);
      masks[0]! |= wlo!;
      masks[1]! |= whi!;
    });
  }
  const tables = new Uint8Array(TABLE_BYTES);
  nibbles.forEach((positions, b) =>
    positions.forEach(([lo, hi], k) => {
      for (let n = 0; n < 16; n++) {
        if (lo! & (1 << n)) tables[k * 32 + n]! |= 1 << b;
        if (hi! & (1 << n)) tables[k * 32 + 16 + n]! |= 1 << b;
      }
    }),
  );
  return { tables, buckets };
}

/** The part of the WebAssembly API used here (Node's types leave the global to lib.dom). */
interface WebAssemblyApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: { memory: { buffer: ArrayBuffer }; scan: Scanner['scan'] } };
}

function instantiate(): Scanner | null {
  const wasm = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
  try {
    const bytes = assemble();
    if (!wasm?.validate(bytes)) return null;
    const { exports } = new wasm.Instance(new wasm.Module(bytes));
    return { memory: new Uint8Array(exports.memory.buffer), scan: exports.scan };
  } catch {
    return null;
  }
}

// ---- The module: scan(tables, from, end) -> the first 16-byte block at or after `from` holding
// a candidate (its lanes' bucket bits stored at LANES_AT), or -1. Reads up to WIDTH-1+16 bytes
// past `end`: memory is zero there or stale text, and the exact check bounds every match by `end`.

/** LEB128: unsigned for sizes, counts, indices and opcodes; signed for i32.const. */
const leb = (n: number): number[] => {
  const out: number[] = [];
  do {
    const byte = n & 0x7f;
    n >>>= 7;
    out.push(n ? byte | 0x80 : byte);
  } while (n);
  return out;
};
const signedLeb = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(byte & 0x40)) || (n === -1 && byte & 0x40)) return [...out, byte];
    out.push(byte | 0x80);
  }
};
const vector = (items: number[][]) => [...leb(items.length), ...items.flat()];
const section = (id: number, body: number[]) => [id, ...leb(body.length), ...body];
const name = (text: string) => [...leb(text.length), ...Buffer.from(text)];
const I32 = 0x7f;
const V128 = 0x7b;
const simd = (opcode: number, ...immediates: number[]) => [0xfd, ...leb(opcode), ...immediates];
const op = {
  get: (local: number) => [0x20, ...leb(local)],
  set: (local: number) => [0x21, ...leb(local)],
  tee: (local: number) => [0x22, ...leb(local)],
  i32: (value: number) => [0x41, ...signedLeb(value)],
  load: (offset: number) => simd(0x00, 0, ...leb(offset)),
  store: (offset: number) => simd(0x0b, 0, ...leb(offset)),
  splat: (byte: number) => simd(0x0c, ...new Array<number>(16).fill(byte)),
  swizzle: simd(0x0e),
  and: simd(0x4e),
  or: simd(0x50),
  anyTrue: simd(0x53),
  shrU: simd(0x6d),
};

function assemble(): Uint8Array {
  // Parameters 0 tables, 1 from (the block pointer), 2 end; locals 3 folded bytes, 4.. the tables, then the lanes.
  const [TABLES, P, END, FOLDED, T0] = [0, 1, 2, 3, 4];
  const LANES = T0 + 2 * WIDTH;
  const code: number[] = [];
  for (let t = 0; t < 2 * WIDTH; t++) code.push(...op.get(TABLES), ...op.load(t * 16), ...op.set(T0 + t));
  code.push(0x02, 0x40, 0x03, 0x40); // block, loop
  code.push(...op.get(P), ...op.get(END), 0x4f, 0x0d, 1); // from >= end: break out
  for (let k = 0; k < WIDTH; k++) {
    // lo table [byte & 15] & hi table [byte >> 4], for the bytes at from + k, folded
    code.push(...op.get(T0 + 2 * k), ...op.get(P), ...op.load(k), ...op.splat(0x20), ...op.or, ...op.tee(FOLDED), ...op.splat(0x0f), ...op.and, ...op.swizzle);
    code.push(...op.get(T0 + 2 * k + 1), ...op.get(FOLDED), ...op.i32(4), ...op.shrU, ...op.swizzle, ...op.and);
    if (k > 0) code.push(...op.and);
  }
  code.push(...op.tee(LANES), ...op.anyTrue, 0x04, 0x40); // if any lane has a bucket bit
  code.push(...op.i32(LANES_AT), ...op.get(LANES), ...op.store(0), ...op.get(P), 0x0f, 0x0b); // store lanes, return from
  code.push(...op.get(P), ...op.i32(16), 0x6a, ...op.set(P), 0x0c, 0, 0x0b, 0x0b); // from += 16, loop; end, end
  code.push(...op.i32(-1), 0x0b);
  const locals = vector([[...leb(1 + 2 * WIDTH + 1), V128]]);
  const body = [...locals, ...code];
  return new Uint8Array([
    0x00,
    0x61,
    0x73,
    0x6d,
    1,
    0,
    0,
    0,
    ...section(1, vector([[0x60, ...vector([[I32], [I32], [I32]]), ...vector([[I32]])]])),
    ...section(3, vector([[0]])),
    ...section(5, vector([[0x00, ...leb(PAGES)]])),
    ...section(
      7,
      vector([
        [...name('memory'), 0x02, 0],
        [...name('scan'), 0x00, 0],
      ]),
    ),
    ...section(10, vector([[...leb(body.length), ...body]])),
  ]);
}
