// config-file's gate before parsing (src/extract/shared/key-gate.ts) tries its two patterns only
// where a keyword sits; it must answer what the patterns tried everywhere answer, on any text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHoldModelKey, MODEL_KEY_SOMEWHERE, MODEL_SECTION_SOMEWHERE } from '../../src/extract/shared/key-gate.js';
import { fixtureFiles } from '../helpers/fixture-files.js';

const bySearch = (text: string) => MODEL_KEY_SOMEWHERE.test(text) || MODEL_SECTION_SOMEWHERE.test(text);

const text = fc
  .array(
    fc.constantFrom(
      ...[
        'model',
        'Models',
        '_model',
        'llm',
        'LLMs',
        'repo_id',
        'embedd',
        'embeddings',
        'embedder',
        'tokenizer',
        'judge',
        'teacher',
        'student',
        'reranker',
        'checkpoint',
      ],
      ...['-', '_', ':', '=', ']', '[', '.', ' ', '\t', '\n', '\r', '\u2028', '"', "'", '{', ',', '(', 'x', 'a1', 'mode', 'l', '😀'],
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const files = (dir: string) => fixtureFiles(dir, (name) => /\.(ya?ml|json|toml)$/.test(name));

describe('config-file key gate', () => {
  it('answers what the two key patterns searched from every position answer, on any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(mayHoldModelKey(t)).toBe(bySearch(t));
      }),
      { numRuns: 20000 },
    );
    // Keys a configuration writes, and near misses (a keyword in a value, a word only ending in one).
    for (const [t, expected] of [
      ['model_name: Qwen/Qwen2.5-7B', true],
      ['  "embeddingModel": "bge-m3"', true],
      ['[app.reward_model]', true],
      ['[[models]]', true],
      ['base_model = "01-ai/Yi-34B"', true],
      ['x-model-config:', true],
      ['image: ghcr.io/org/model-server', false],
      ['description: the model is large', false],
      // (A dotted key's last part is a key, `extra_configs.model_name_or_path:`: read as `remodel: 1` would be.)
      ['foo.remodel: 1', true],
      ['foo.model: 1', true],
      ['remodelled', false],
    ] as const)
      expect([t, mayHoldModelKey(t)]).toEqual([t, expected]);
  });

  it('answers the same on every configuration fixture', () => {
    let held = 0;
    for (const path of files(join(import.meta.dirname, '..', '..', 'fixtures'))) {
      const t = readFileSync(path, 'utf8');
      expect([path, mayHoldModelKey(t)]).toEqual([path, bySearch(t)]);
      if (bySearch(t)) held++;
    }
    expect(held).toBeGreaterThan(50);
  });
});
