import { describe, expect, it } from 'vitest';
import { extractors } from '../../src/extract/index.js';
import { maskHas, masksMeet, matchingFor, selectExtractors } from '../../src/scan/select.js';
import type { WalkedFile } from '../../src/discover/walk.js';

describe('extractor masks', () => {
  it('hold and test bits past the 32 that bitwise operators stop at', () => {
    // Round 17 merged the 31st extractor; with 32-bit masks every audit stopped at "more extractors than bits".
    const high = 2 ** 40 + 2 ** 31 + 2 ** 3;
    expect([3, 31, 40].map((i) => maskHas(high, i))).toEqual([true, true, true]);
    expect([0, 30, 32, 39, 41].some((i) => maskHas(high, i))).toBe(false);
    expect(masksMeet(high, 2 ** 40)).toBe(true);
    expect(masksMeet(high, 2 ** 31)).toBe(true);
    expect(masksMeet(high, 2 ** 41 + 2 ** 32 + 1)).toBe(false);
  });

  it('give each file the extractors that want it, whatever their index', () => {
    for (const path of ['infra/main.tf', 'src/user_preferences.jl', 'lib/app.ex', 'app/models.py', 'config.yaml']) {
      const selection = selectExtractors(path);
      expect(selection).not.toBe(false);
      const file = { relPath: path, kind: 'text', extractors: (selection as { extractors: number }).extractors } as unknown as WalkedFile;
      const expected = extractors.filter((e) => e.matches(path) && !e.binary).map((e) => e.name);
      expect(matchingFor(file, extractors).map((e) => e.name)).toEqual(expected);
    }
  });
});
