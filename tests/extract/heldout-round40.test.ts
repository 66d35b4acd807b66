import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/extract/extractor.js';
import configFile from '../../src/extract/config-file.js';
import modelNames from '../../src/extract/model-names.js';
import notebook from '../../src/extract/notebook.js';
import python from '../../src/extract/python.js';
import shell from '../../src/extract/shell.js';

// Held-out round 40 (session 36): shapes cut from yuanzhoulvpi2017/zero_nlp, LC1332/Luotuo-Chinese-LLM,
// mymusise/ChatGLM-Tuning and CVI-SZU/Linly, each a rule that reads what the first run of the round missed.
const refs = async (extractor: { extract: (f: { relPath: string; size: number; text: string }) => unknown }, relPath: string, text: string) =>
  ((await extractor.extract({ relPath, size: text.length, text })) as ExtractResult).references.map((r) => [r.id, r.line]);

describe('config-file: VS Code debug configurations', () => {
  // The shape of zero_nlp's chatglm_v2_6b_lora/.vscode/launch.json and debug_vllm's (comments as VS Code writes them).
  const launch = [
    '{',
    '    // Use IntelliSense to learn about possible attributes.',
    '    "version": "0.2.0",',
    '    "configurations": [',
    '        {',
    '            "name": "Python: main",',
    '            "type": "python",',
    '            "program": "main.py",',
    '            "args": [',
    '                "--do_train",',
    '                "--model_name_or_path",',
    '                "chatglm2-6b_model",',
    '                "--output_dir",',
    '                "output/adgen-chatglm2-6b-lora_version",',
    '                "--lora_r", "32"',
    '            ]',
    '        },',
    '        {',
    '            "name": "vllm server",',
    '            "module": "vllm.entrypoints.openai.api_server",',
    '            "args": ["--served-model-name", "Qwen1.5-7B-Chat", "--model", "/home/u/train_qwen/model/Qwen1.5-1.8B-Chat"]',
    '        }',
    '    ]',
    '}',
    '',
  ].join('\n');

  it("reads each configuration's args as the launched program's command line", async () => {
    expect(await refs(configFile, '.vscode/launch.json', launch)).toEqual([
      ['chatglm2-6b_model', 12],
      ['/home/u/train_qwen/model/Qwen1.5-1.8B-Chat', 21],
    ]);
  });

  it('leaves the same list alone in a JSON file that is no launch configuration', async () => {
    expect(await refs(configFile, 'config/tasks.json', launch.replace(/^\s*\/\/.*$/m, ''))).toEqual([]);
  });
});

describe('notebook: %env magics', () => {
  // LC1332/Luotuo-Chinese-LLM's notebook/ChatTuoling.ipynb, its variables and the command in one cell.
  const cells = (source: string[]) =>
    JSON.stringify({ cells: [{ cell_type: 'code', metadata: {}, source, outputs: [] }], metadata: {}, nbformat: 4, nbformat_minor: 0 }, null, 1);

  it("sets the variables a `!` command reads, a model publisher's id given to an option of the project's own program", async () => {
    const text = cells([
      '%env BASE_URL=THUDM/chatglm-6b\n',
      '%env FINETUNED_CKPT_URL=../luotuo_silk_road/TuoLing/output/luotuoC.pt\n',
      '!cd ./Luotuo-Chat-Server && python app.py --base_url $BASE_URL --port 6006 --share',
    ]);
    const found = (await refs(notebook, 'notebook/ChatTuoling.ipynb', text)).map(([id]) => id);
    expect(found).toContain('THUDM/chatglm-6b');
  });

  it('reads `%env NAME value` and model-named variables as assignments', async () => {
    const text = cells(['%env MODEL_NAME decapoda-research/llama-7b-hf\n', '!python generate.py --model $MODEL_NAME']);
    expect((await refs(notebook, 'run.ipynb', text)).map(([id]) => id)).toContain('decapoda-research/llama-7b-hf');
  });
});

describe('command lines: flags named for a role or a family', () => {
  it("reads a dual encoder trainer's modality-named model flags (zero_nlp chinese_clip_ddp/train_ddp_text_image.sh)", async () => {
    const text = [
      'deepspeed train_text_image_embedding.py \\',
      '    --text_model_name_or_path models/BAAI/bge-large-zh-v1.5 \\',
      '    --image_model_name_or_path models/image_embedding/image_embedding_001 \\',
      '    --output_dir output/text_image_001',
      '',
    ].join('\n');
    expect(await refs(shell, 'train_ddp_text_image.sh', text)).toEqual([
      ['models/BAAI/bge-large-zh-v1.5', 2],
      ['models/image_embedding/image_embedding_001', 3],
    ]);
  });

  it("reads TencentPretrain's --load_model_path and a family-named --chatglm_path as the weights loaded", async () => {
    const text = [
      'python3 llama_infer.py --test_path prompts.txt --prediction_path result.txt \\',
      '                      --load_model_path ../ChatFlow-7B/chatflow_7b.bin \\',
      '                      --config_path config/llama_7b_config.json',
      'python tokenize_dataset_rows.py --jsonl_path data/alpaca_data.jsonl --chatglm_path model_path/chatglm',
      'python train.py --output_path out/run1 --data_path data/train.json',
      '',
    ].join('\n');
    expect(await refs(shell, 'README.sh', text)).toEqual([
      ['../ChatFlow-7B/chatflow_7b.bin', 2],
      ['model_path/chatglm', 4],
    ]);
  });
});

describe('python: a model folder two parts deep in the weights folder', () => {
  it('reads dataclass defaults and model keywords holding one (zero_nlp train_qwen, rl_grpo, qwen3_embedding)', async () => {
    const text = [
      'from dataclasses import dataclass, field',
      'from typing import Optional',
      'import transformers',
      '',
      '@dataclass',
      'class ModelArguments:',
      '    model_name_or_path: Optional[str] = field(default="model/Qwen1.5-4B-Chat")',
      '    output_dir: Optional[str] = field(default="output/run")',
      '',
      'model_name_or_path_reranker = "models/Qwen3-Reranker-0.6B"',
      'trainer = GRPOTrainer(model="model/Qwen2.5-0.5B-Instruct", reward_funcs=reward_len)',
      'model = transformers.AutoModelForCausalLM.from_pretrained(ModelArguments().model_name_or_path)',
      '',
    ].join('\n');
    expect((await refs(python, 'train_qwen2_sft.py', text)).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ['model/Qwen1.5-4B-Chat', 7],
      ['models/Qwen3-Reranker-0.6B', 10],
      ['model/Qwen2.5-0.5B-Instruct', 11],
    ]);
  });
});

describe('model-names: a list loaded entry by entry as datasets', () => {
  it("leaves a publisher's ids alone when a loop gives each to load_dataset (zero_nlp chinese_bloom/data_proj)", async () => {
    const datasets = [
      'from datasets import load_dataset',
      "belle_list = ['BelleGroup/generated_chat_0.4M', 'BelleGroup/school_math_0.25M', 'BelleGroup/train_2M_CN',",
      "              'BelleGroup/train_0.5M_CN', 'BelleGroup/multiturn_chat_0.8M']",
      'for index, temp_data_name in tqdm(enumerate(belle_list), total=len(belle_list)):',
      '    data1 = load_dataset(path=temp_data_name)',
      '',
    ].join('\n');
    expect(await refs(modelNames, 'proceess_data.py', datasets)).toEqual([]);
    // The same list given to a loader of models is a list of models.
    const models = datasets.replace('load_dataset(path=temp_data_name)', 'AutoModel.from_pretrained(temp_data_name)');
    expect((await refs(modelNames, 'load_models.py', models)).length).toBeGreaterThan(0);
  });
});

describe('python: a bare folder name given to from_pretrained', () => {
  it("is the folder of that name in the working directory, for a model class's load, unless it is a generic word (zero_nlp train_model_all.py, code05_infer_lora)", async () => {
    const text = [
      'from transformers import AutoTokenizer, AutoModel',
      'from peft import PeftModel',
      'tokenizer = AutoTokenizer.from_pretrained("thuglm", trust_remote_code=True)',
      'model = AutoModel.from_pretrained(',
      '    "thuglm", trust_remote_code=True).half().cuda()',
      'model = PeftModel.from_pretrained(model, "output_model_lora", adapter_name="peft_v1")',
      'other = AutoModel.from_pretrained("outputs")',
      'scheduler = DDIMScheduler.from_pretrained("configs")',
      'legacy = AutoModel.from_pretrained("gpt2")',
      '',
    ].join('\n');
    const found = await refs(python, 'train_model_all.py', text);
    // A model class's load only: the tokenizer on line 3 and a scheduler's config folder are not read so.
    expect(found).toEqual(
      expect.arrayContaining([
        ['thuglm', 5],
        ['output_model_lora', 6],
      ]),
    );
    expect(found).not.toContainEqual(['thuglm', 3]);
    expect(found.map(([id]) => id)).not.toContain('configs');
    expect(found.map(([id]) => id)).not.toContain('outputs');
    expect(found.map(([id]) => id)).not.toContain('gpt2');
  });
});

describe("python: smolagents' OpenAI-compatible model classes", () => {
  it('reads model_id with the server api_base names (zero_nlp smolagent_tutorial, as a notebook splits it into cells)', async () => {
    const text = [
      'from smolagents import CodeAgent, OpenAIServerModel',
      '',
      'def create_agent():',
      '    model = OpenAIServerModel(',
      '        model_id="Qwen2.5-72B-Instruct",',
      '        api_base="http://10.136.0.65:7008/v1",',
      '        api_key="EMPTY",',
      '    )',
      '    return CodeAgent(tools=[], model=model)',
      '',
    ].join('\n');
    expect(await refs(python, 'agent.py', text)).toEqual([['openai-compatible/Qwen2.5-72B-Instruct', 5]]);
  });
});

describe('python: a tokenizer setting holding a vocabulary file', () => {
  it("is the tokenizer's data, not a model on disk (Plachtaa/VALL-E-X's phoneme BPE), where a tokenizer folder still is", async () => {
    const text = [
      'from utils.g2p import PhonemeBpeTokenizer',
      'from transformers import AutoTokenizer',
      'text_tokenizer = PhonemeBpeTokenizer(tokenizer_path="./utils/g2p/bpe_69.json")',
      'tokenizer = AutoTokenizer.from_pretrained(tokenizer_path="./models/Qwen2.5-7B-Instruct")',
      '',
    ].join('\n');
    const ids = (await refs(python, 'generation.py', text)).map(([id]) => id);
    expect(ids).not.toContain('./utils/g2p/bpe_69.json');
  });
});
