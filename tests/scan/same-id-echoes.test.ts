// A Hub id a reader found in code, as a whole string literal, is that model wherever else the file writes the same
// literal (UKPLab/sentence-transformers tests/cross_encoder/test_cross_encoder.py: a parametrised test's `in_args`
// tuples repeat the id its `{"model_name": ...}` dicts name). Not on a comment line, in a docstring or as an operand of
// a comparison.
import { describe, expect, it } from 'vitest';
import type { WalkedFile } from '../../src/discover/walk.js';
import { extractText } from '../../src/scan/extract-file.js';

const found = async (relPath: string, text: string) => {
  const file = { kind: 'text', relPath, absPath: `/nowhere/${relPath}`, size: text.length } as WalkedFile;
  const result = await extractText(file, text);
  return [...new Set(result.references.map((r) => `${r.reference.line} ${r.raw.id} ${r.reference.context}`))].sort();
};

describe('the same id elsewhere in a file', () => {
  it("reads a test's parametrised arguments that repeat an id the file names under a model key", async () => {
    // Cut from UKPLab/sentence-transformers tests/cross_encoder/test_cross_encoder.py:324-342.
    const text = [
      '@pytest.mark.parametrize(', // 1
      '    ("in_args", "in_kwargs", "exp_args", "exp_kwargs"),', // 2
      '    [', // 3
      '        [', // 4
      '            tuple(),', // 5
      '            {"model_name": "cross-encoder-testing/reranker-bert-tiny-gooaq-bce", "classifier_dropout": 0.1234},', // 6
      '        ],', // 7
      '        [', // 8
      '            ("cross-encoder-testing/reranker-bert-tiny-gooaq-bce",),', // 9
      '            {"classifier_dropout": 0.1234},', // 10
      '        ],', // 11
      '    ],', // 12
      ')', // 13
      'def test_init_args(in_args, in_kwargs, exp_args, exp_kwargs):', // 14
      '    """Passes "cross-encoder-testing/reranker-bert-tiny-gooaq-bce" on."""', // 15
      '    # ("cross-encoder-testing/reranker-bert-tiny-gooaq-bce",)', // 16
      '    assert model.model_name == "cross-encoder-testing/reranker-bert-tiny-gooaq-bce"', // 17
      '',
    ].join('\n');
    // (Line 17 compares the configured model whole with the id: python reads that as the model since session 36.)
    expect(await found('tests/cross_encoder/test_cross_encoder.py', text)).toEqual([
      '17 cross-encoder-testing/reranker-bert-tiny-gooaq-bce test',
      '6 cross-encoder-testing/reranker-bert-tiny-gooaq-bce test',
      '9 cross-encoder-testing/reranker-bert-tiny-gooaq-bce test',
    ]);
  });

  it('reads no other string: an id written only once, or only inside a longer string, stays where it is', async () => {
    const text = ['MODEL = "acme-lab/tiny-model-v1"', 'url = "https://example.com/acme-lab/tiny-model-v1"', 'name = "acme-lab/tiny-model-v1-extra"', ''].join(
      '\n',
    );
    expect((await found('src/app.py', text)).filter((r) => !r.startsWith('1 '))).toEqual([]);
  });

  it('reads no echo under a key naming a provider or a type, nor from one (DB-GPT\'s `llm_provider="proxy/openai"`)', async () => {
    // eosphoros-ai/DB-GPT packages/dbgpt-core/src/dbgpt/cli/_profiles.py:92-96 (cut): the provider route is no model.
    const text = [
      'MODEL_NAME = "acme-lab/tiny-chat-7b"',
      'spec = {',
      '    "llm_provider": "acme-lab/tiny-chat-7b",',
      '    "fallback": "acme-lab/tiny-chat-7b",',
      '}',
      '',
    ].join('\n');
    expect(await found('src/profiles.py', text)).toEqual(['1 acme-lab/tiny-chat-7b code', '4 acme-lab/tiny-chat-7b code']);
  });
});
