import { describe, expect, it } from 'vitest';
import notebook from '../../src/extract/notebook.js';
import { describeExtractor, loadFixture } from '../helpers/extract-fixtures.js';

describeExtractor(
  'notebook',
  notebook,
  [
    ['analysis/explore.ipynb', true],
    ['explore.py', false],
    ['explore.ipynb.bak', false],
  ],
  'not-notebook.ipynb',
);

describe('notebook locations', () => {
  it('points at the line and column of the .ipynb file where the id is written, names the cell, and keeps comment/docs contexts', async () => {
    const { references } = await notebook.extract(loadFixture('notebook/rag-demo.ipynb'));
    const place = (id: string, line: number) => references.find((r) => r.id === id && r.line === line);
    // Line 42 holds Chinese text after the id: columns count the JSON text as written (raw UTF-8).
    expect(place('BAAI/bge-m3', 42)).toMatchObject({ column: 43, snippet: expect.stringMatching(/^\[cell 3\] EMBEDDER = os\.getenv/) });
    expect(place('BAAI/bge-m3', 8)).toMatchObject({ column: 50, context: 'docs' });
    expect(place('THUDM/chatglm3-6b', 65)).toMatchObject({ column: 64, context: 'comment' });
    expect(place('Qwen/Qwen2.5-3B-Instruct', 19)).toMatchObject({ column: 32, snippet: expect.stringContaining('[cell 2]') });
  });

  it('reads every Hub URL of a Colab #@param option list, and a URL in a code comment as a comment (koboldcpp colab.ipynb)', async () => {
    const { references } = await notebook.extract(loadFixture('notebook/real-world-colab-param-list.ipynb'));
    const contexts = new Map(references.map((r) => [r.id, r.context ?? 'code']));
    expect(contexts.get('TheBloke/MythoMax-L2-13B-GGUF')).toBe('code');
    expect(contexts.get('BAAI/bge-reranker-v2-m3')).toBe('comment');
  });

  it('reads a %%writefile Modelfile cell as that Modelfile, and `!` commands continued with a backslash in full', async () => {
    const { references } = await notebook.extract(loadFixture('notebook/real-world-finetune-to-gguf.ipynb'));
    const lines = (id: string) => references.filter((r) => r.id === id).map((r) => r.line);
    // FROM in the Modelfile cell (93); the converter's input folder (69) sits on a continuation line.
    expect(lines('/content/phi3-patient-admission-merged.gguf')).toEqual([70, 81, 93]);
    expect(lines('/content/phi3-patient-admission-merged')).toEqual([69]);
    // Not the Modelfile's lines read as Python or shell: `ollama create` names the result, not a model it reads.
    expect(references.some((r) => r.id === 'phi3-patient-admission')).toBe(false);
  });

  it('reads the code cells as one program: a model set in one cell and called in a later one is found where it is set', async () => {
    const { references } = await notebook.extract(loadFixture('notebook/real-world-cross-cell.ipynb'));
    expect(references.map((r) => [r.id, r.source, r.line, r.snippet])).toEqual([
      ['google/gemini-3.1-flash-lite', 'api', 38, "[cell 3] MODEL_Gemini = 'gemini-3.1-flash-lite'"],
      ['llama3.2:1b', 'ollama', 39, "[cell 3] MODEL_llama = 'llama3.2:1b'"],
    ]);
  });
});

describe('notebook: a pipeline of stages, each loading the folder an earlier cell wrote (held-out MedicalGPT, issue #15)', () => {
  it("reads a bare folder a later cell's model flag names as the model an earlier cell wrote there, not a served name", async () => {
    // shibing624/MedicalGPT notebooks/run_training_{dpo,ppo}_pipeline.ipynb: each stage merges its LoRA into
    // `--output_dir merged-pt/`, and the next stage trains from `--model_name_or_path merged-pt`.
    const { references } = await notebook.extract(loadFixture('notebook/real-world-stage-pipeline.ipynb'));
    const at = (line: number) => references.filter((r) => r.line === line).map((r) => [r.id, r.source]);
    expect(at(42)).toEqual(expect.arrayContaining([['outputs-pt-v1', 'local']])); // the LoRA the cell above wrote
    expect(at(61)).toEqual([['merged-pt', 'local']]); // written by the merge two cells above
    expect(at(96)).toEqual([['merged-sft', 'local']]); // written as `./merged-sft`
    expect(at(84)).toEqual([['./merged-sft', 'local']]); // TRL's `--sft_model_path`
    // A folder only listed (`%ls -lh outputs-pt-v1`) or read for its config (`%cat merged-pt/config.json`) loads no model.
    expect(at(32)).toEqual([]);
    expect(at(51)).toEqual([]);
  });
});

describe('notebook: string values that are model names by shape (held-out Qwen-Agent, issue #15)', () => {
  it("reads a code cell's config dict as a .py file's is read, a commented-out alternative as a comment", async () => {
    // QwenLM/Qwen-Agent cookbooks: `llm_cfg = {'model': 'qwen3-32b', 'model_server': 'dashscope', ...}`.
    const { references } = await notebook.extract(loadFixture('notebook/real-world-agent-config-cells.ipynb'));
    expect(references.map((r) => [r.id, r.line, r.context ?? 'code'])).toEqual([
      ['dashscope/qwen3-32b', 20, 'code'],
      ['dashscope/qwen3-vl-plus', 39, 'comment'],
      ['dashscope/qwen3-vl-235b-a22b-instruct', 44, 'code'],
    ]);
  });

  it('leaves a name no table knows to the Python rules: a request header naming a served InferenceService is no model', async () => {
    // kserve/kserve docs/samples/drift-detection/alibi-detect/cifar10/cifar10_drift.ipynb:480.
    const cell = ['def drift(X):\n', '    headers = {\n', '        "ce-namespace": "default",\n', '        "ce-modelid": "cifar10drift",\n', '    }\n'];
    const text = JSON.stringify({ cells: [{ cell_type: 'code', metadata: {}, outputs: [], source: cell }], nbformat: 4, nbformat_minor: 5 }, null, 1);
    const { references } = await notebook.extract({ relPath: 'cifar10_drift.ipynb', size: text.length, text });
    expect(references).toEqual([]);
  });
});

describe('notebook: a cloned model repository loaded by its folder (held-out round 36, issue #15, session 32)', () => {
  // ymcui/Chinese-LLaMA-Alpaca notebooks/gradio_web_demo.ipynb cells 9 and 12 (cut): the Hub repositories are cloned
  // into the working directory, and the demo is given the two folders by their bare names.
  const cell = (source: string[]) => ({ cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source });
  const text = JSON.stringify(
    {
      cells: [
        cell([
          '!git clone https://huggingface.co/ziqingyang/chinese-alpaca-lora-7b\n',
          '!git clone https://huggingface.co/elinas/llama-7b-hf-transformers-4.29',
        ]),
        cell(['!pip install bitsandbytes']),
        cell([
          '!python Chinese-LLaMA-Alpaca/scripts/inference/gradio_demo.py --base_model llama-7b-hf-transformers-4.29 --lora_model chinese-alpaca-lora-7b --load_in_8bit',
        ]),
      ],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 0,
    },
    null,
    1,
  );

  it('reads each bare folder a clone wrote as that local model, beside the Hub repositories cloned', async () => {
    const { references } = await notebook.extract({ relPath: 'notebooks/gradio_web_demo.ipynb', size: text.length, text });
    const rows = references.map((r) => [r.id, r.source]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['ziqingyang/chinese-alpaca-lora-7b', 'huggingface'],
        ['elinas/llama-7b-hf-transformers-4.29', 'huggingface'],
        ['llama-7b-hf-transformers-4.29', 'local'],
        ['chinese-alpaca-lora-7b', 'local'],
      ]),
    );
    // Not a name a server answers to.
    expect(rows.some(([, source]) => source === 'api')).toBe(false);
  });
});

describe('held-out round 36 (session 32): QwenLM/Qwen recipe notebooks', () => {
  it('reads the repo a cell downloads loaded back as its folder, and the fine-tune a command cell wrote loaded back', async () => {
    // QwenLM/Qwen recipes/finetune/deepspeed/finetune_lora_single_gpu.ipynb (cut): ModelScope's snapshot_download writes
    // ./Qwen/Qwen-1_8B-Chat, which the later cells load as "Qwen/Qwen-1_8B-Chat/"; finetune.py writes output_qwen.
    const cells = [
      [
        'from modelscope.hub.snapshot_download import snapshot_download\n',
        "model_dir = snapshot_download('Qwen/Qwen-1_8B-Chat', cache_dir='.', revision='master')",
      ],
      ['!python ../../../finetune.py \\\n', '    --model_name_or_path "Qwen/Qwen-1_8B-Chat/"\\\n', '    --output_dir "output_qwen" \\\n', '    --use_lora'],
      [
        'from transformers import AutoModelForCausalLM\n',
        'from peft import PeftModel\n',
        'model = AutoModelForCausalLM.from_pretrained("Qwen/Qwen-1_8B-Chat/", device_map="auto", trust_remote_code=True)\n',
        'model = PeftModel.from_pretrained(model, "output_qwen/")\n',
        'other = AutoModelForCausalLM.from_pretrained("Qwen/Qwen-7B-Chat/")',
      ],
    ];
    const text = JSON.stringify(
      { cells: cells.map((source) => ({ cell_type: 'code', metadata: {}, outputs: [], source })), nbformat: 4, nbformat_minor: 5 },
      null,
      1,
    );
    const { references } = await notebook.extract({ relPath: 'finetune_lora_single_gpu.ipynb', size: text.length, text });
    const rows = references.map((r) => [r.id, r.source]).sort((a, b) => a.join().localeCompare(b.join()));
    // The download, the flag given the downloaded folder, the load of that folder, the adapter the run wrote; not a folder
    // shaped like a repo that nothing downloaded (`Qwen/Qwen-7B-Chat/`), nor the run's output flag itself.
    expect(rows).toEqual([
      ['output_qwen/', 'local'],
      ['Qwen/Qwen-1_8B-Chat', 'huggingface'],
      ['Qwen/Qwen-1_8B-Chat', 'huggingface'],
      ['Qwen/Qwen-1_8B-Chat', 'modelscope'],
    ]);
  });
});

describe('held-out round 39 (session 35): a LiteLLM route to a self-hosted server', () => {
  it("reads a Hub id routed to a vLLM server in a cell's litellm_params, and still leaves a bare served name to Python", async () => {
    // guidance-ai/guidance notebooks/tutorials/litellm_models.ipynb cell 3 (cut).
    const cell = [
      'litellm_desc = {\n',
      '    "model_name": "Qwen/Qwen3-1.7B",\n',
      '    "litellm_params": {  # params for litellm completion/embedding call\n',
      '        "model": "hosted_vllm/Qwen/Qwen3-1.7B",\n',
      '        "api_base": "http://localhost:8000/v1",\n',
      '    },\n',
      '}\n',
      'headers = {"ce-modelid": "cifar10drift"}\n',
    ];
    const text = JSON.stringify({ cells: [{ cell_type: 'code', metadata: {}, outputs: [], source: cell }], nbformat: 4, nbformat_minor: 5 }, null, 1);
    const { references } = await notebook.extract({ relPath: 'litellm_models.ipynb', size: text.length, text });
    const lineOf = (s: string) => text.split('\n').findIndex((l) => l.includes(s)) + 1;
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['Qwen/Qwen3-1.7B', lineOf('\\"model_name\\"')],
      ['openai-compatible/Qwen/Qwen3-1.7B', lineOf('hosted_vllm/')],
    ]);
  });
});

describe('notebook: a stand-in Hub account spelled out in words (session 35, huggingface/peft)', () => {
  it('does not report the repo built from "Your-Hugging-Face-Hub-Account", and still reads the model the cell loads', async () => {
    // Cut from huggingface/peft examples/sequence_classification/C3A.ipynb (cells 21 and 23).
    const cells = [
      ['account_id = "Your-Hugging-Face-Hub-Account"\n', 'model.push_to_hub(f"{account_id}/roberta-base-mrpc-peft-c3a", token=token)'],
      [
        'peft_model_id = f"{account_id}/roberta-base-mrpc-peft-c3a"\n',
        'config = PeftConfig.from_pretrained(peft_model_id)\n',
        'inference_model = AutoModelForSequenceClassification.from_pretrained("roberta-base")\n',
        'inference_model = PeftModel.from_pretrained(inference_model, peft_model_id)',
      ],
    ];
    const text = JSON.stringify(
      { cells: cells.map((source) => ({ cell_type: 'code', metadata: {}, outputs: [], source })), nbformat: 4, nbformat_minor: 5 },
      null,
      1,
    );
    const { references } = await notebook.extract({ relPath: 'C3A.ipynb', size: text.length, text });
    const ids = references.map((r) => r.id);
    expect(ids.some((id) => /hugging-face-hub-account/i.test(id))).toBe(false);
    expect(ids).toContain('FacebookAI/roberta-base');
  });
});
