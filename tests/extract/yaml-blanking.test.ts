// Blanking keeps offsets and lines: Helm expressions, CRD documents and unread blocks become spaces
// before the YAML parse (src/extract/shared/yaml-files.ts). The hand-written loops must give what
// the regex replacements they stand for give, on any text (CRLF, lone CR, unclosed `{{`, surrogates).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blanked, blankTemplateExpressions } from '../../src/extract/shared/yaml-files.js';

const text = fc
  .array(fc.constantFrom('{{', '}}', '{', '}', '\n', '\r', '\r\n', ' ', 'a', 'key: v', '😀', '-'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('YAML blanking', () => {
  it('blanks Helm expressions as /\\{\\{[\\s\\S]*?\\}\\}/g replaced by spaces (newlines kept) does', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(blankTemplateExpressions(t)).toBe(t.replace(/\{\{[\s\S]*?\}\}/g, (m) => m.replace(/[^\n]/g, ' ')));
      }),
      { numRuns: 3000 },
    );
    // A template line from a Helm chart (kserve charts/kserve-resources): the keys around it stay.
    const chart = 'metadata:\n  name: {{ .Release.Name }}-controller\n  labels: {{- include "labels" . | nindent 4 }}\r\n';
    const blanked = blankTemplateExpressions(chart);
    expect(blanked.length).toBe(chart.length);
    expect(blanked.split('\n').map((line) => line.trimEnd())).toEqual([
      'metadata:',
      `  name: ${' '.repeat('{{ .Release.Name }}'.length)}-controller`,
      '  labels:',
      '',
    ]);
    expect(blankTemplateExpressions('a: {{ unclosed\nb: c')).toBe('a: {{ unclosed\nb: c');
  });

  it('blanks a range as /[^\\r\\n]/ (or /[^\\n]/) replaced by spaces does', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.boolean(), (t, a, b, keepCR) => {
        const [start, end] = [Math.min(a, b) % (t.length + 1), Math.max(a, b) % (t.length + 1)].sort((x, y) => x - y) as [number, number];
        expect(blanked(t, start, end, keepCR)).toBe(t.slice(start, end).replace(keepCR ? /[^\r\n]/g : /[^\n]/g, ' '));
      }),
      { numRuns: 3000 },
    );
  });
});
