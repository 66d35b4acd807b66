// wordMatches (src/extract/shared/word-matches.ts) tries a `\b(\w*(?:keywords)\w*)...` pattern only at
// words holding a keyword; it must find what an exec loop over the whole text finds, on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordMatches } from '../../src/extract/shared/word-matches.js';

// The shapes python.ts reads keyword arguments, constants and pickers with.
const PATTERNS = [
  /\b(\w*(?:model|checkpoint|repo_id)\w*)\s*(?::\s*[\w[\]|. ]+)?=\s*(['"])([^'"\n]+)\2/gi,
  /\b(\w*(?:model|checkpoint|repo_id)\w*)\s*(?::\s*[\w[\]|. ]+)?=\s*([A-Za-z_]\w*)\s*(?=[,)\n#]|$)/gim,
  /\b(\w*(?:model|checkpoint|embed|rerank|llm)\w*)\s*=\s*[\w.]+\(([^()\n]*)\)/gi,
  /\b(\w*(?:model|checkpoint)\w*)\s+(?:not\s+)?in\s+[[({]/gi, // a membership test (MEMBER_TEST)
  // MODEL_KEYWORD as python.ts writes it (its keywords and the others' are searched for together: SHARED_KEYWORDS)
  /\b(\w*(?:model|checkpoint|repo_id|adapter_id)\w*)\s*(?::\s*[\w[\]|. ]+)?=\s*(?:[\w.[\]]+\s+if\s+[^\n=]*?\s+else\s+)?(['"])([^'"\n]+)\2/gi,
  /\b(\w*(?:ab|ba)\w*)\w/g, // overlapping keywords
  /\b(\w*(?:ab|ba)\w*)9/g, // a match ending inside a word
];

const execLoop = (text: string, pattern: RegExp) => {
  const found: [number, string[]][] = [];
  const global = new RegExp(pattern.source, pattern.flags);
  for (let m = global.exec(text); m; m = global.exec(text)) found.push([m.index, [...m]]);
  return found;
};

const text = fc
  .array(
    fc.constantFrom(
      ...['model', 'Model_id', 'repo_id', 'REPO_ID', 'checkpoint', 'embed', 'llm', 'ab', 'ba', 'aba', 'abc', 'x', '_', '9', 'QWEN_3'],
      ...['adapter_id', 'ADAPTER', 'rerank', 'modellm', 'CheckPoint', 'mode', 'repo', ' if x else '],
      ...[' ', '=', ':', ' str', ' in ', 'not ', '[', '{', '"', "'", 'Qwen/Qwen2.5', '(', ')', ',', '#', '\n', '.', 'st.selectbox', '😀'],
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('wordMatches', () => {
  it('finds what an exec loop finds, in order, for each pattern shape', () => {
    for (const pattern of PATTERNS)
      fc.assert(
        fc.property(text, (t) => {
          expect([...wordMatches(t, pattern)].map((m) => [m.index, [...m]])).toEqual(execLoop(t, pattern));
        }),
        { numRuns: 4000 },
      );
    // A keyword argument, a constant and a picker, as Python files write them.
    const source = 'emb = Embedder(model_name="BAAI/bge-m3")\nmodel_id: str = QWEN_3_06B\nmodel = st.selectbox("Model", names)\n';
    expect([...wordMatches(source, PATTERNS[0]!)].map((m) => m[3])).toEqual(['BAAI/bge-m3']);
    expect([...wordMatches(source, PATTERNS[1]!)].map((m) => m[2])).toEqual(['QWEN_3_06B']);
    expect([...wordMatches(source, PATTERNS[2]!)].map((m) => m[2])).toEqual(['"Model", names']);
  });

  it('finds the same when patterns of the same keywords share one search of a text, texts taken in turn', () => {
    // PATTERNS[0] and [1] share `model|checkpoint|repo_id` (no keyword overlaps another: searched once per text);
    // `ab|abc` nest and are searched for each pattern.
    const nested = /\b(\w*(?:ab|abc)\w*)=/g;
    // The four case-blind shapes share one search for all their keywords, each keeping the words of its own.
    const sequence = [PATTERNS[0]!, PATTERNS[1]!, nested, PATTERNS[2]!, PATTERNS[3]!, PATTERNS[6]!];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(1), fc.nat(5)), { maxLength: 10 }), text, text, (steps, a, b) => {
        for (const [which, p] of steps) {
          const t = which ? a : b;
          expect([...wordMatches(t, sequence[p]!)].map((m) => [m.index, [...m]])).toEqual(execLoop(t, sequence[p]!));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a pattern of another shape', () => {
    expect(() => [...wordMatches('model = 1', /(model)\s*=/g)]).toThrow(/does not open with/);
  });
});
