// Cell wrapping for the terminal table: never wider than asked, never loses a character.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, fitWidths, wrapLine } from '../../src/report/layout.js';

describe('wrapLine', () => {
  it('keeps every character and respects the width', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', '/', '-', ' ', '.', '@', '7', '北') }), fc.integer({ min: 2, max: 30 }), (text, width) => {
        const lines = wrapLine([{ text }], width).map((l) => l.map((s) => s.text).join(''));
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      }),
    );
  });

  it('breaks a model id after "/" or "-" rather than inside a word', () => {
    expect(wrapLine([{ text: 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B' }], 16).map((l) => l[0]!.text)).toEqual([
      'deepseek-ai/',
      'DeepSeek-R1-',
      'Distill-Qwen-7B',
    ]);
  });

  it('keeps each span its own style across a break', () => {
    const dim = (s: string) => `<${s}>`;
    const lines = wrapLine([{ text: 'org/model' }, { text: '@abc', style: dim }], 9);
    expect(lines).toEqual([[{ text: 'org/model', style: undefined }], [{ text: '@abc', style: dim }]]);
  });
});

describe('fitWidths', () => {
  it('uses natural widths when they fit, and never more than available otherwise', () => {
    expect(fitWidths([10, 20], [5, 5], 40)).toEqual([10, 20]);
    const widths = fitWidths([40, 30, 10], [10, 10, 8], 50, [12, 12, 10]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(50);
    expect(widths[2]).toBe(10);
  });
});
