import { describe, expect, it } from 'vitest';
import gguf from '../../src/extract/gguf.js';
import { describeExtractor, loadFixture } from '../helpers/extract-fixtures.js';

describeExtractor(
  'gguf',
  gguf,
  [
    ['models/qwen.gguf', true],
    ['weights/model.safetensors', true],
    ['models/Q.GGUF', true],
    ['model.bin', false],
    ['gguf.md', false],
  ],
  'truncated.gguf',
);

describe('gguf header facts', () => {
  const factsOf = async (name: string) => (await gguf.extract(loadFixture(`gguf/${name}`, true))).references.find((r) => r.source === 'local')?.facts;

  it('reads architecture, pre-tokenizer, name, licence, vocabulary size and declared base', async () => {
    expect(await factsOf('qwen2.5-7b-instruct-q4_k_m.gguf')).toEqual({
      ggufArchitecture: 'qwen2',
      ggufPreTokenizer: 'qwen2',
      name: 'Qwen2.5 7B Instruct',
      license: 'apache-2.0',
      vocabSize: 64,
      baseModels: ['Qwen/Qwen2.5-7B'],
    });
  });

  it('makes a quantisation the child of the repo it was converted from', async () => {
    expect(await factsOf('support-bot-q5_k_m.gguf')).toMatchObject({
      baseModels: ['acme-ai/support-bot-7b'],
      baseModelRelation: 'quantized',
      ggufPreTokenizer: 'deepseek-r1-qwen',
      vocabSize: 32,
    });
  });

  it('keeps the architecture of a header without provenance', async () => {
    expect(await factsOf('mystery-7b.gguf')).toMatchObject({ ggufArchitecture: 'llama', ggufPreTokenizer: 'deepseek-llm' });
  });

  it('reads safetensors __metadata__', async () => {
    expect(await factsOf('merged-lora.safetensors')).toEqual({ name: 'GLM-4 support merge', license: 'other', baseModels: ['THUDM/glm-4-9b-chat'] });
  });

  it.each(['absurd-count.gguf', 'absurd-header.safetensors'])('refuses %s with a diagnostic and no reference', async (name) => {
    const { references, diagnostics } = await gguf.extract(loadFixture(`gguf/${name}`, true));
    expect(references).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'malformed-file', path: `gguf/${name}` })]);
  });

  it('reads no model in a safetensors file holding no tensor (ostris/ai-toolkit toolkit/keymaps/stable_diffusion_sd1_ldm_base.safetensors)', async () => {
    // The file as committed: an 8-byte header length, then `{}` padded with spaces.
    const { references, diagnostics } = await gguf.extract(loadFixture('gguf/empty-keymap.safetensors', true));
    expect(references).toEqual([]);
    expect(diagnostics).toEqual([]);
  });
});
