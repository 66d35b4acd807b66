import { describe, expect, it } from 'vitest';
import { BLOCK, Tokens, type Token } from '../../src/extract/shared/tokens.js';
import { scanGoTokens } from '../../src/extract/go.js';
import { scanCsharpTokens } from '../../src/extract/csharp.js';
import { scanJvmTokens } from '../../src/extract/shared/jvm-tokens.js';
import { scanRustTokens } from '../../src/extract/shared/rust-tokens.js';

interface Flagged extends Token {
  block?: boolean;
  contentColumn?: number;
}

describe('compact tokens (shared/tokens.ts)', () => {
  it('gives back what was added, as an array would, with texts sliced from the source', () => {
    const source = 'model := `a\nb` // x';
    const tokens = new Tokens<Flagged>(source, true);
    tokens.add('ident', 0, 5, 1, 0);
    tokens.addText('punct', ':=', 6, 1, 6);
    tokens.add('string', 10, 13, 1, 9, BLOCK, 10);
    tokens.addText('string', 'built', 3, 2, 0);
    expect(tokens.length).toBe(4);
    expect(tokens.toArray()).toEqual([
      { kind: 'ident', text: 'model', line: 1, column: 0 },
      { kind: 'punct', text: ':=', line: 1, column: 6 },
      { kind: 'string', text: 'a\nb', line: 1, column: 9, contentColumn: 10, block: true },
      { kind: 'string', text: 'built', line: 2, column: 0 },
    ]);
    expect(tokens.at(-1)).toBeUndefined();
    expect(tokens.at(4)).toBeUndefined();
    expect(tokens.at(0)).toBe(tokens.at(0));
    expect(tokens.slice(1, 2).map((t) => t.text)).toEqual([':=']);
  });

  it('grows past its first guess of the token count', () => {
    const source = 'a '.repeat(5000);
    const tokens = new Tokens<Token>(source);
    for (let i = 0; i < 5000; i++) tokens.add('ident', 2 * i, 2 * i + 1, 1, 2 * i);
    expect(tokens.length).toBe(5000);
    expect(tokens.at(4999)).toEqual({ kind: 'ident', text: 'a', line: 1, column: 9998 });
    expect(tokens.at(3)).toEqual({ kind: 'ident', text: 'a', line: 1, column: 6 });
  });

  it('is what the language readers scan into (no token object per token of a whole file)', () => {
    for (const tokens of [scanGoTokens('x := "m"'), scanCsharpTokens('var x = "m";'), scanJvmTokens('val x = "m"'), scanRustTokens('let x = "m";')]) {
      expect(tokens).toBeInstanceOf(Tokens);
      expect(tokens.toArray().find((t) => t.kind === 'string')?.text).toBe('m');
    }
  });
});
