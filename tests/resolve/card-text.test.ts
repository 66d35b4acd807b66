// Parents read from a model card's prose (src/resolve/card-text.ts): each phrasing real cards use,
// and the near-misses that must not become an edge. The texts are lines of public cards (source
// named per case) or the templates the tools write (Trainer, mergekit, llama.cpp repackagers).
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/registry/load.js';
import { readCardText } from '../../src/resolve/card-text.js';

const registry = loadRegistry();
const read = (text: string, self = 'someone/some-model') =>
  readCardText(text, self, registry).map((p) => ({ id: p.id, relation: p.relation, ...(p.candidate ? { candidate: true } : {}) }));

describe('card text: the phrasings it reads', () => {
  it('QuantFactory: "This is quantized version of [X](url) created using llama.cpp"', () => {
    expect(
      read(
        '# QuantFactory/AceReason-Nemotron-1.1-7B-GGUF\nThis is quantized version of [nvidia/AceReason-Nemotron-1.1-7B](https://huggingface.co/nvidia/AceReason-Nemotron-1.1-7B) created using llama.cpp\n',
        'QuantFactory/AceReason-Nemotron-1.1-7B-GGUF',
      ),
    ).toEqual([{ id: 'nvidia/AceReason-Nemotron-1.1-7B', relation: 'quantized' }]);
  });

  it('bartowski: "Original model: <bare URL>"', () => {
    expect(
      read('## Llamacpp imatrix Quantizations of Rombos-Coder-V2.5-Qwen-14b\n\nOriginal model: https://huggingface.co/rombodawg/Rombos-Coder-V2.5-Qwen-14b\n'),
    ).toEqual([{ id: 'rombodawg/Rombos-Coder-V2.5-Qwen-14b', relation: 'quantized' }]);
  });

  it('TheBloke: "model files for [..](url)", also in a list item "- Original model: [..](url)"', () => {
    expect(
      read(
        "This repo contains GGUF format model files for [DeepSeek's Deepseek Coder 33B Instruct](https://huggingface.co/deepseek-ai/deepseek-coder-33b-instruct).",
      ),
    ).toEqual([{ id: 'deepseek-ai/deepseek-coder-33b-instruct', relation: 'quantized' }]);
    expect(
      read(
        '- Model creator: [DeepSeek](https://huggingface.co/deepseek-ai)\n- Original model: [Deepseek Coder 33B Instruct](https://huggingface.co/deepseek-ai/deepseek-coder-33b-instruct)\n',
      ),
    ).toEqual([{ id: 'deepseek-ai/deepseek-coder-33b-instruct', relation: 'quantized' }]);
  });

  it('the Portuguese "Modelo Original:" of lucianosb\'s cards', () => {
    expect(read('- Modelo Original: [Open Cabrita 3B](https://huggingface.co/22h/open-cabrita3b)\n')).toEqual([
      { id: '22h/open-cabrita3b', relation: 'quantized' },
    ]);
  });

  it('mlx-community: "converted to MLX format from [`org/name`]()", the id written as code with an empty link', () => {
    expect(
      read(
        'This model was converted to MLX format from [`qwen/Qwen1.5-0.5B-Chat`]() using mlx-lm version **0.10.0**.\nRefer to the [original model card](https://huggingface.co/qwen/Qwen1.5-0.5B-Chat) for more details on the model.\n',
        'mlx-community/Qwen1.5-0.5B-Chat-4bit',
      ),
    ).toEqual([{ id: 'qwen/Qwen1.5-0.5B-Chat', relation: 'quantized' }]);
  });

  it('mlx-community: a sentence wrapped over two lines, naming the copy itself first', () => {
    const card =
      'This model [mlx-community/Jinx-gpt-oss-20b-mxfp4-mlx](https://huggingface.co/mlx-community/Jinx-gpt-oss-20b-mxfp4-mlx) was\nconverted to MLX format from [Jinx-org/Jinx-gpt-oss-20b-mxfp4](https://huggingface.co/Jinx-org/Jinx-gpt-oss-20b-mxfp4)\nusing mlx-lm version **0.27.1**.\n';
    expect(read(card, 'mlx-community/Jinx-gpt-oss-20b-mxfp4-mlx')).toEqual([{ id: 'Jinx-org/Jinx-gpt-oss-20b-mxfp4', relation: 'quantized' }]);
  });

  it('Trainer: "This model is a fine-tuned version of [X](url) on the ... dataset"', () => {
    expect(
      read(
        '# results\n\nThis model is a fine-tuned version of [Qwen/Qwen2.5-7B-Instruct](https://huggingface.co/Qwen/Qwen2.5-7B-Instruct) on the None dataset.\n',
      ),
    ).toEqual([{ id: 'Qwen/Qwen2.5-7B-Instruct', relation: 'finetune' }]);
  });

  it('mergekit: "The following models were included in the merge:" and the list under it', () => {
    const card =
      '### Merge Method\n\nThis model was merged using the SLERP merge method.\n\n### Models Merged\n\nThe following models were included in the merge:\n* [mistralai/Mistral-7B-Instruct-v0.2](https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.2)\n* [HuggingFaceH4/zephyr-7b-beta](https://huggingface.co/HuggingFaceH4/zephyr-7b-beta)\n\n### Configuration\n\nSee [the docs](https://huggingface.co/docs/hub) and [ours](https://huggingface.co/other/model).\n';
    expect(read(card, 'someone/merged-7B')).toEqual([
      { id: 'mistralai/Mistral-7B-Instruct-v0.2', relation: 'merge' },
      { id: 'HuggingFaceH4/zephyr-7b-beta', relation: 'merge' },
    ]);
  });

  it('a distill table: only the row naming this model (DeepSeek-R1 card)', () => {
    const table =
      '| **Model** | **Base Model** | **Download** |\n| :---: | :---: | :---: |\n| DeepSeek-R1-Distill-Qwen-1.5B | [Qwen2.5-Math-1.5B](https://huggingface.co/Qwen/Qwen2.5-Math-1.5B) | [🤗 HuggingFace](https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B) |\n| DeepSeek-R1-Distill-Qwen-7B | [Qwen2.5-Math-7B](https://huggingface.co/Qwen/Qwen2.5-Math-7B) | [🤗 HuggingFace](https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-7B) |\n';
    expect(read(table, 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B')).toEqual([{ id: 'Qwen/Qwen2.5-Math-7B', relation: 'finetune' }]);
  });

  it('a Chinese sentence naming a bare base ("基于X微调"): a candidate under the family\'s namespace', () => {
    expect(read('本模型基于Qwen2.5-7B微调，增强了角色扮演能力。')).toEqual([{ id: 'Qwen/Qwen2.5-7B', relation: 'finetune', candidate: true }]);
  });

  it('a link beats a bare name in another sentence', () => {
    const card = 'This model is a fine-tuned version of [Qwen2.5-7B](https://huggingface.co/Qwen/Qwen2.5-7B).\n\nIt is based on Qwen2.5-Math-7B ideas too.\n';
    expect(read(card)).toEqual([{ id: 'Qwen/Qwen2.5-7B', relation: 'finetune' }]);
  });
});

describe('card text: near-misses it must not read', () => {
  it('a link in a sentence with no parent phrasing ("See X for comparison")', () => {
    expect(read('See [Qwen/Qwen2.5-7B](https://huggingface.co/Qwen/Qwen2.5-7B) for comparison with our model.')).toEqual([]);
  });

  it('datasets, Spaces and docs links, even in a parent phrasing', () => {
    expect(
      read(
        'We fine-tuned on [the data](https://huggingface.co/datasets/foo/bar), based on [the demo](https://huggingface.co/spaces/foo/demo) and [the docs](https://huggingface.co/docs/transformers).',
      ),
    ).toEqual([]);
  });

  it('the model itself', () => {
    expect(read('This is quantized version of [x/y](https://huggingface.co/x/y) created using llama.cpp', 'x/y')).toEqual([]);
  });

  it('the front matter (read elsewhere, as declared keys)', () => {
    expect(read('---\nlicense: mit\nnote: fine-tuned version of https://huggingface.co/a/b\n---\n# Card\n')).toEqual([]);
  });

  it('a bare name no registry family starts', () => {
    expect(read('This model is based on Foobar-7B, our own pretraining.')).toEqual([]);
  });

  it('a table row that does not name this model', () => {
    const table = '| Model | Base |\n| --- | --- |\n| other/model-7B | [Qwen2.5-7B](https://huggingface.co/Qwen/Qwen2.5-7B) |\n';
    expect(read(table, 'someone/some-model')).toEqual([]);
  });

  it('a list that follows a sentence without a parent phrasing', () => {
    expect(read('Our other models:\n- [a/one](https://huggingface.co/a/one)\n- [a/two](https://huggingface.co/a/two)\n')).toEqual([]);
  });

  it('"original model card" without the colon of "Original model:"', () => {
    expect(read('Refer to the [original model card](https://huggingface.co/qwen/Qwen1.5-0.5B-Chat) for more details.')).toEqual([]);
  });
});
