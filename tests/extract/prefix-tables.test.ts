// A table of tables walked by key with a prefix test (src/extract/shared/prefix-tests.ts tableOf): QuivrHQ/quivr's
// per-supplier LLM settings, reached through `for supplier, models in cls._model_defaults.items()` and
// `supplier_defaults = cls._model_defaults.get(supplier)`. Its inner keys are prefixes; its values are read as written.
import { describe, expect, it } from 'vitest';
import { prefixCollectionLines } from '../../src/extract/shared/prefix-tests.js';
import { loadFixture } from '../helpers/extract-fixtures.js';

describe('prefix-tested tables of tables', () => {
  const text = loadFixture('python/real-world-quivr-llm-table.py').text;
  const lines = [...prefixCollectionLines(text)].sort((a, b) => a - b);
  const at = (s: string) => text.split('\n').findIndex((l) => l.includes(s)) + 1;

  it("drops the inner tables' keys, Groq's DeepSeek distill among them, and keeps their values and the default", () => {
    for (const key of ['"gpt-4o": LLMConfig(', '"claude-3-5-sonnet"', '"deepseek-r1-distill-llama-70b"']) expect(lines).toContain(at(key));
    for (const value of ['tokenizer_hub="Quivr/claude-tokenizer"', 'model: str = "gpt-4o"', 'DefaultModelSuppliers.GROQ: {'])
      expect(lines).not.toContain(at(value));
  });

  it('a walked name with no table behind it marks nothing', () => {
    const plain = ['def f(model, models):', '    for p in models:', '        if model.startswith(p):', '            return p'].join('\n');
    expect(prefixCollectionLines(plain).size).toBe(0);
  });
});
