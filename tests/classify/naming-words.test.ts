// providers.yaml `naming`: each entry's `words` are the scan's prefilter words for its patterns, so
// every name a pattern matches must hold one of them, or the line holding it is never read. A word
// broader than its patterns costs instead: `command-` (Cohere) is in every file about the command
// line, and made model-names read all of each such file's lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Naming {
  provider: string;
  words: string[];
  patterns: string[];
  exact_case?: string[];
}
const naming = (parse(readFileSync(join(import.meta.dirname, '../../src/registry/providers.yaml'), 'utf8')) as { naming: Naming[] }).naming;

/**
 * Names a pattern matches, one per way through it: every branch of a group, with and without each
 * optional part, each digit for a lone `\d`, the shortest run of a repeated class. Enough for the
 * patterns' syntax (literals, escapes, groups, classes, `? * + {n}`), not for regular expressions at large.
 */
function examples(pattern: string): string[] {
  let at = 0;
  const sequence = (): string[] => {
    let out = [''];
    while (at < pattern.length && pattern[at] !== ')' && pattern[at] !== '|') {
      let atom = one();
      const q = pattern[at];
      if (q === '?') (at++, (atom = ['', ...atom]));
      else if (q === '*') (at++, (atom = ['']));
      else if (q === '+') at++;
      else if (q === '{') {
        const end = pattern.indexOf('}', at);
        const times = Number(pattern.slice(at + 1, end).split(',')[0]);
        at = end + 1;
        atom = [atom[0]!.repeat(times)];
      }
      out = out.flatMap((head) => atom.map((tail) => head + tail)).slice(0, 20_000);
    }
    return out;
  };
  const one = (): string[] => {
    const c = pattern[at++]!;
    if (c === '(') {
      const branches: string[] = [];
      for (;;) {
        branches.push(...sequence());
        if (pattern[at++] === ')') return branches;
      }
    }
    if (c === '[') {
      const end = pattern.indexOf(']', at);
      const body = pattern.slice(at, end);
      at = end + 1;
      // A class of words (`[\w.-]`, `[a-z]`) stands for one letter; a list of characters (`[23]`) for each of them.
      return /\\w|-[a-z]/.test(body) ? ['a'] : [...body.replace(/\\/g, '')];
    }
    if (c === '\\') {
      const e = pattern[at++]!;
      return e === 'd' ? [...'0123456789'] : e === 'w' ? ['a'] : [e];
    }
    return [c];
  };
  return sequence();
}

describe('naming words', () => {
  it('reads the patterns as they are written (the generator itself)', () => {
    expect(examples('abab\\d[\\w.-]*')).toContain('abab5');
    expect(examples('(open-)?mixtral-8x\\d+b')).toEqual(expect.arrayContaining(['mixtral-8x0b', 'open-mixtral-8x0b']));
    expect(examples('o[1345]-\\d{4}-\\d{2}')).toContain('o3-0000-00');
  });

  it("holds one of its entry's words in every name a pattern matches", () => {
    for (const entry of naming) {
      const words = entry.words.map((w) => w.toLowerCase());
      for (const pattern of entry.patterns) {
        const test = new RegExp(`^(?:${pattern})$`, 'i');
        for (const name of examples(pattern)) {
          expect(test.test(name), `${pattern} -> ${name}`).toBe(true);
          expect(
            words.some((w) => name.toLowerCase().includes(w)),
            `${entry.provider}: ${name} (from ${pattern}) holds none of ${words.join(', ')}`,
          ).toBe(true);
        }
      }
    }
  });

  it("holds one of its entry's words where a name can start: the name's start, after a character no letter or digit, or a word starting so", () => {
    // model-names counts a word inside a longer run of letters and digits as no name's (`2to3-3.6` holds `o3-`), and
    // reads a file holding only such words as one naming no known model: a name whose only word sat so would be lost.
    const alnum = (c: string | undefined) => !!c && /[a-z0-9]/i.test(c);
    for (const entry of naming) {
      const words = entry.words.map((w) => w.toLowerCase());
      for (const pattern of [...entry.patterns, ...(entry.exact_case ?? [])]) {
        for (const name of examples(pattern)) {
          const lower = name.toLowerCase();
          const starts = words.some((w) => {
            for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) if (i === 0 || !alnum(lower[i - 1]) || !alnum(w[0])) return true;
            return false;
          });
          expect(starts, `${entry.provider}: ${name} (from ${pattern}) holds none of ${words.join(', ')} where a name starts`).toBe(true);
        }
      }
    }
  });
});
