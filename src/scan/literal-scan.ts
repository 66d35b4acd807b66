// Case-insensitive search for any of a set of ASCII words in raw bytes: the prefilter runs it on
// every file of a tree. One Aho-Corasick automaton, compiled to a table (a DFA): one table step
// per byte, whatever the number of words. The extractors' words grew from ~20 to ~200 with the
// model-names extractor (the registry's publishers and provider names), and V8's regex engine
// tests such an alternation at ~250 MB/s; a SIMD fingerprint search (Teddy, used here before)
// turned almost every 16-byte block into a candidate at that size and fell to ~80 MB/s. This
// runs at ~700 MB/s on the real corpus, and its speed does not depend on the words.
//
// Letters are compared case-folded (A-Z as a-z), other bytes exactly. UTF-8 needs no decoding: an
// ASCII byte is never part of a multi-byte sequence, and no non-ASCII character equals an ASCII
// letter under /i (ES Canonicalize), so the answer is a /i regex's on the decoded text.

export interface LiteralSet {
  /** True when one of the words occurs in these bytes, ASCII case ignored. */
  test(bytes: Uint8Array): boolean;
}

/** A matcher for these words, or undefined when there are none or one is not printable ASCII. */
export function compileLiteralSet(words: readonly string[]): LiteralSet | undefined {
  if (words.length === 0 || words.some((w) => w.length === 0 || !/^[\x20-\x7e]+$/.test(w))) return undefined;
  const { classes, shift, delta, firstMatch } = compileAutomaton(words.map((w) => w.toLowerCase()));
  const overlap = longest(words) - 1;
  return {
    test(bytes: Uint8Array): boolean {
      const n = bytes.length;
      const q = n >>> 2;
      if (n < LANES_FROM || q <= overlap) {
        let state = 0;
        for (let i = 0; i < n; i++) {
          state = delta[(state << shift) | classes[bytes[i]!]!]!;
          if (state >= firstMatch) return true;
        }
        return false;
      }
      // Four searches at once, one from each quarter (see LANES_FROM). The search of quarter k > 0 starts `overlap`
      // bytes before it (at s_k), so a word across a seam lies whole in the next search's range: every word ends in
      // one quarter, and the search of that quarter has read it whole from a fresh start.
      const s1 = q - overlap;
      const s2 = 2 * q - overlap;
      const s3 = 3 * q - overlap;
      let a = 0;
      let b = 0;
      let c = 0;
      let d = 0;
      for (let i = 0; i < q; i++) {
        a = delta[(a << shift) | classes[bytes[i]!]!]!;
        b = delta[(b << shift) | classes[bytes[s1 + i]!]!]!;
        c = delta[(c << shift) | classes[bytes[s2 + i]!]!]!;
        d = delta[(d << shift) | classes[bytes[s3 + i]!]!]!;
        if (a >= firstMatch || b >= firstMatch || c >= firstMatch || d >= firstMatch) return true;
      }
      // What is left of quarters 1-3 (their overlap's worth; the last quarter also the bytes past 4q).
      for (let i = s1 + q; i < 2 * q; i++) if ((b = delta[(b << shift) | classes[bytes[i]!]!]!) >= firstMatch) return true;
      for (let i = s2 + q; i < 3 * q; i++) if ((c = delta[(c << shift) | classes[bytes[i]!]!]!) >= firstMatch) return true;
      for (let i = s3 + q; i < n; i++) if ((d = delta[(d << shift) | classes[bytes[i]!]!]!) >= firstMatch) return true;
      return false;
    },
  };
}

/**
 * One automaton for the words of many sets, each set searched through it (`subset`). The prefilter compiles a gate per
 * list of extractors a file may go to (51 lists on the real corpus), and most lists hold the ~360 words model-names and
 * display-text share: a table of its own for each was ~300 KB, in each thread (all gates of the real corpus: 9.4 MB of
 * tables kept, 18-20 MB RSS; 1.3 MB and 3-5 MB with the union). A subset shares the union's table and keeps one byte
 * per matching state: whether a word of the subset ends there (a matching state where only other sets' words end is
 * read on from, as any other state).
 */
export interface LiteralUnion {
  /** The characters of its words (a table's rows follow them), to weigh against a subset's own automaton. */
  readonly chars: number;
  /** A matcher for these words, or undefined when one of them is not in the union (ASCII case ignored). */
  subset(words: readonly string[]): LiteralSet | undefined;
}

/** The union of these words, or undefined when there are none; words not printable ASCII are left out (no subset takes them). */
export function compileLiteralUnion(words: readonly string[]): LiteralUnion | undefined {
  const lower = [...new Set(words.filter((w) => w.length > 0 && /^[\x20-\x7e]+$/.test(w)).map((w) => w.toLowerCase()))];
  if (lower.length === 0) return undefined;
  const idOf = new Map(lower.map((w, i) => [w, i]));
  const automaton = compileAutomaton(lower, undefined, true);
  const { classes, shift, delta, firstMatch, wordAt, suffixWordState } = automaton as Required<Automaton>;
  const states = wordAt.length;
  const overlap = longest(lower) - 1;
  return {
    chars: lower.reduce((sum, w) => sum + w.length, 0),
    subset(subsetWords: readonly string[]): LiteralSet | undefined {
      const ids = new Set<number>();
      for (const word of subsetWords) {
        const id = idOf.get(word.toLowerCase());
        if (id === undefined) return undefined;
        ids.add(id);
      }
      if (ids.size === 0) return undefined;
      // By matching state (from firstMatch): 1 when a word of the subset ends there (the state's own word, or one of the
      // shorter words ending there, reached through the suffix links).
      const accept = new Uint8Array(states - firstMatch);
      for (let state = firstMatch; state < states; state++)
        for (let at = state; at >= 0; at = suffixWordState[at]!)
          if (wordAt[at]! >= 0 && ids.has(wordAt[at]!)) {
            accept[state - firstMatch] = 1;
            break;
          }
      const ends = (state: number) => state >= firstMatch && accept[state - firstMatch] === 1;
      return {
        test(bytes: Uint8Array): boolean {
          const n = bytes.length;
          const q = n >>> 2;
          if (n < LANES_FROM || q <= overlap) {
            let state = 0;
            for (let i = 0; i < n; i++) {
              state = delta[(state << shift) | classes[bytes[i]!]!]!;
              if (state >= firstMatch && accept[state - firstMatch] === 1) return true;
            }
            return false;
          }
          // Four searches at once, as compileLiteralSet's (the same seams and overlap). Kept apart from that loop on
          // purpose: one scanner for both, taking `accept` as optional, ran 40% slower on 300 MB of the real corpus
          // (330 vs 235 ms a pass; its `ends` call site is shared by every set's and subset's instance).
          const s1 = q - overlap;
          const s2 = 2 * q - overlap;
          const s3 = 3 * q - overlap;
          let a = 0;
          let b = 0;
          let c = 0;
          let d = 0;
          for (let i = 0; i < q; i++) {
            a = delta[(a << shift) | classes[bytes[i]!]!]!;
            b = delta[(b << shift) | classes[bytes[s1 + i]!]!]!;
            c = delta[(c << shift) | classes[bytes[s2 + i]!]!]!;
            d = delta[(d << shift) | classes[bytes[s3 + i]!]!]!;
            if ((a >= firstMatch || b >= firstMatch || c >= firstMatch || d >= firstMatch) && (ends(a) || ends(b) || ends(c) || ends(d))) return true;
          }
          for (let i = s1 + q; i < 2 * q; i++) if (ends((b = delta[(b << shift) | classes[bytes[i]!]!]!))) return true;
          for (let i = s2 + q; i < 3 * q; i++) if (ends((c = delta[(c << shift) | classes[bytes[i]!]!]!))) return true;
          for (let i = s3 + q; i < n; i++) if (ends((d = delta[(d << shift) | classes[bytes[i]!]!]!))) return true;
          return false;
        },
      };
    },
  };
}

/**
 * Texts from this length on are searched in four quarters at once. Each step of a search waits on the step before
 * (the next state is read from the table at the current one), which leaves the CPU idle between its loads; four
 * independent searches fill that time (the real corpus' screen: 1,343 -> 834 ms a pass). Below it, the set-up is not
 * won back.
 */
const LANES_FROM = 1024;
const longest = (words: readonly string[]) => words.reduce((max, w) => Math.max(max, w.length), 0);

/**
 * Where words of several groups occur in a decoded string (`hits`), for a reader that needs to know
 * which lines hold one: the end offset (exclusive) of each occurrence, in order, which groups (bit
 * i: `groups[i]`) have a word ending there, and where the shortest word ending there starts
 * (`starts`). Overlapping occurrences are all reported.
 */
export interface WordFinder {
  hits(text: string): { ends: number[]; groups: number[]; starts: number[] };
}

/** A finder for these groups of words, or undefined when one is empty or not printable ASCII (as compileLiteralSet). */
export function compileWordFinder(groups: readonly (readonly string[])[]): WordFinder | undefined {
  const words = groups.flat();
  if (words.length === 0 || groups.length > 8 || words.some((w) => w.length === 0 || !/^[\x20-\x7e]+$/.test(w))) return undefined;
  const lower = [...new Set(words.map((w) => w.toLowerCase()))];
  const bits = lower.map((w) => groups.reduce((b, g, i) => (g.some((x) => x.toLowerCase() === w) ? b | (1 << i) : b), 0));
  const { classes, shift, delta, firstMatch, groupsOf, shortest } = compileAutomaton(lower, bits);
  return {
    hits(text: string) {
      const ends: number[] = [];
      const found: number[] = [];
      const starts: number[] = [];
      let state = 0;
      for (let i = 0, n = text.length; i < n; i++) {
        const c = text.charCodeAt(i);
        // Characters past U+00FF are in no word (all ASCII); class 0.
        state = delta[(state << shift) | (c < 256 ? classes[c]! : 0)]!;
        if (state >= firstMatch) {
          ends.push(i + 1);
          found.push(groupsOf[state]!);
          starts.push(i + 1 - shortest[state]!);
        }
      }
      return { ends, groups: found, starts };
    },
  };
}

/**
 * Which of up to 32 words a decoded string may hold, from one pass (`seen(text)`: bit i set when `words[i]` occurs in it,
 * ASCII letters case-blind). A superset of `text.includes(words[i])` (a word in another case sets its bit too), so a reader
 * asks `includes` only for a word whose bit is set: where a text is asked for many words most of which it lacks, one
 * table step a character replaces a search of the whole text per word. A second list of up to 32 words (`more`) is
 * answered by the same pass (`seenBoth(text)`: its bits in `more`): one automaton, one table step a character, for both.
 */
export interface WordPresence {
  seen(text: string): number;
  /** `seen` for the first list and for `more`, from one pass. */
  seenBoth(text: string): { seen: number; more: number };
}

/**
 * A presence test for these words (and `more`), or undefined when there are none, a list is over 32 (a word's bit is one
 * of an int32's: `1 << 31` is its sign bit, which `& bit !== 0` reads as well), or one is not printable ASCII.
 */
export function compileWordPresence(words: readonly string[], more: readonly string[] = []): WordPresence | undefined {
  const all = [...words, ...more];
  if (words.length === 0 || words.length > 32 || more.length > 32 || all.some((w) => w.length === 0 || !/^[\x20-\x7e]+$/.test(w))) return undefined;
  const lower = [...new Set(all.map((w) => w.toLowerCase()))];
  const { classes, shift, delta, firstMatch, wordAt, suffixWordState } = compileAutomaton(lower, undefined, true) as Required<Automaton>;
  // By the lower-case word: the bits of the words (as given) of a list it stands for.
  const bitsIn = (list: readonly string[]) => lower.map((l) => list.reduce((b, w, i) => (w.toLowerCase() === l ? b | (1 << i) : b), 0));
  // By matching state: the bits of every word ending there (its own and the shorter ones, through the suffix links).
  const endingOf = (bitsOf: number[]) => {
    const ending = new Int32Array(wordAt.length - firstMatch);
    for (let state = firstMatch; state < wordAt.length; state++)
      for (let at = state; at >= 0; at = suffixWordState[at]!) if (wordAt[at]! >= 0) ending[state - firstMatch] |= bitsOf[wordAt[at]!]!;
    return ending;
  };
  const ending = endingOf(bitsIn(words));
  const endingMore = endingOf(bitsIn(more));
  const presence: WordPresence = {
    seen: (text) => presence.seenBoth(text).seen,
    seenBoth(text: string): { seen: number; more: number } {
      let found = 0;
      let foundMore = 0;
      let state = 0;
      for (let i = 0, n = text.length; i < n; i++) {
        const c = text.charCodeAt(i);
        // Characters past U+00FF are in no word (all ASCII); class 0.
        state = delta[(state << shift) | (c < 256 ? classes[c]! : 0)]!;
        if (state >= firstMatch) {
          found |= ending[state - firstMatch]!;
          foundMore |= endingMore[state - firstMatch]!;
        }
      }
      return { seen: found, more: foundMore };
    },
  };
  return presence;
}

interface Automaton {
  /** Each byte's class: 0 for bytes no word holds, one class per other byte (a letter's two cases share one). */
  classes: Uint8Array;
  /** log2 of the table's row width (classes rounded up to a power of two). */
  shift: number;
  /** Next state by (state << shift | class). */
  delta: Uint16Array;
  /** States from here on have just read a whole word (numbered last, so one comparison tells). */
  firstMatch: number;
  /** By state: the OR of the group bits of the words it has just read (`bits`, one per word; 1 each without). */
  groupsOf: Uint8Array;
  /** By state: the length of the shortest word it has just read (0: none). */
  shortest: Uint16Array;
  /** With `withWords`, by state: the index of the word it has just read whole (-1: none)... */
  wordAt?: Int32Array;
  /** ...and the longest proper suffix of what it has read that is a word's state (-1: none): every word ending there, through these links. */
  suffixWordState?: Int32Array;
}

function compileAutomaton(words: string[], bits?: readonly number[], withWords = false): Automaton {
  const classes = new Uint8Array(256);
  let classCount = 1;
  for (const word of words)
    for (let i = 0; i < word.length; i++) {
      const byte = word.charCodeAt(i);
      if (classes[byte] !== 0) continue;
      classes[byte] = classCount++;
      if (byte >= 0x61 && byte <= 0x7a) classes[byte - 0x20] = classes[byte]!; // A-Z as a-z
    }
  const shift = Math.max(1, Math.ceil(Math.log2(classCount)));
  const width = 1 << shift;

  // The trie of the words: goto[state][class], -1 where it has no edge.
  const goto: Int32Array[] = [new Int32Array(width).fill(-1)];
  const isMatch: boolean[] = [false];
  const groupBits: number[] = [0];
  const shortestOf: number[] = [0];
  const wordOf: number[] = [-1];
  for (const [w, word] of words.entries()) {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const c = classes[word.charCodeAt(i)]!;
      if (goto[state]![c]! < 0) {
        goto[state]![c] = goto.length;
        goto.push(new Int32Array(width).fill(-1));
        isMatch.push(false);
        groupBits.push(0);
        shortestOf.push(0);
        wordOf.push(-1);
      }
      state = goto[state]![c]!;
    }
    isMatch[state] = true;
    groupBits[state] = groupBits[state]! | (bits?.[w] ?? 1);
    shortestOf[state] = word.length;
    wordOf[state] = w;
  }
  // Breadth first: each state's missing edges are its failure state's (the longest proper suffix
  // of what it has read that is a trie state), which is complete by then. A state whose suffix
  // ends a word ends one too.
  const failure = new Int32Array(goto.length);
  // The nearest proper suffix state that ends a word (-1: none), for withWords.
  const suffixWord = new Int32Array(withWords ? goto.length : 0).fill(-1);
  const queue: number[] = [];
  for (let c = 0; c < width; c++) {
    const next = goto[0]![c]!;
    if (next < 0) goto[0]![c] = 0;
    else queue.push(next);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    if (isMatch[failure[state]!]) isMatch[state] = true;
    groupBits[state] = groupBits[state]! | groupBits[failure[state]!]!;
    // A word the failure state has read ends here too, and is shorter (a proper suffix).
    if (shortestOf[failure[state]!]) shortestOf[state] = shortestOf[failure[state]!]!;
    if (withWords) suffixWord[state] = wordOf[failure[state]!]! >= 0 ? failure[state]! : suffixWord[failure[state]!]!;
    for (let c = 0; c < width; c++) {
      const next = goto[state]![c]!;
      if (next < 0) goto[state]![c] = goto[failure[state]!]![c]!;
      else {
        failure[next] = goto[failure[state]!]![c]!;
        queue.push(next);
      }
    }
  }
  // Matching states numbered last (one comparison tells them); each row is filled: a union's subset reads on from a
  // matching state where none of its own words ends.
  const order = [...goto.keys()].sort((a, b) => Number(isMatch[a]) - Number(isMatch[b]) || a - b);
  const renamed = new Int32Array(goto.length);
  order.forEach((state, at) => (renamed[state] = at));
  if (goto.length > 0xffff) throw new Error('literal set: too many words for a 16-bit table');
  const delta = new Uint16Array(goto.length << shift);
  order.forEach((state, at) => {
    for (let c = 0; c < width; c++) delta[(at << shift) | c] = renamed[goto[state]![c]!]!;
  });
  const groupsOf = new Uint8Array(goto.length);
  const shortest = new Uint16Array(goto.length);
  order.forEach((state, at) => {
    groupsOf[at] = groupBits[state]!;
    shortest[at] = shortestOf[state]!;
  });
  const firstMatch = isMatch.filter((m) => !m).length;
  if (!withWords) return { classes, shift, delta, firstMatch, groupsOf, shortest };
  const wordAt = new Int32Array(goto.length);
  const suffixWordState = new Int32Array(goto.length);
  order.forEach((state, at) => {
    wordAt[at] = wordOf[state]!;
    suffixWordState[at] = suffixWord[state]! < 0 ? -1 : renamed[suffixWord[state]!]!;
  });
  return { classes, shift, delta, firstMatch, groupsOf, shortest, wordAt, suffixWordState };
}
