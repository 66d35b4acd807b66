import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/extract/extractor.js';
import markdown from '../../src/extract/markdown.js';
import modelNames from '../../src/extract/model-names.js';
import python from '../../src/extract/python.js';
import shell from '../../src/extract/shell.js';
import { makeSourceFile } from '../../src/extract/source-file.js';

// Held-out round 41 (session 37, helper held41a): shapes cut from FlagAI-Open/FlagAI, FireRedTeam/FireRedTTS and
// michael-wzhu/PromptCBLUE, each a rule that reads what the first run of the round missed or drops what it took wrongly.
const rows = (extractor: { extract: (f: ReturnType<typeof makeSourceFile>) => unknown }, relPath: string, text: string) =>
  (extractor.extract(makeSourceFile(relPath, text)) as ExtractResult).references.map((r) => [r.id, r.line]);

describe("python: FlagAI's loaders and the BAAI ModelHub names they take", () => {
  it('reads AutoLoader, from_pretrain, Tokenizer.from_pretrained and EnvArgs names, literal or through the variables the file assigns', () => {
    // examples/glm_superglue/train_qqp_deepspeed.py:19-26, examples/bminf_generate/gpt2_generate.py:12-14,
    // examples/AltCLIP/altclip_finetuning.py:20-24, examples/glm_superglue/train_10b_clue.py:25-29,
    // examples/Aquila/Aquila-sql/aquila_sql_flash.py:26-29, tests/test_bert.py:25 (cut together).
    const text = [
      'from flagai.auto_model.auto_loader import AutoLoader',
      'from flagai.data.tokenizer import Tokenizer',
      "if cl_args.cuda == 'ch':",
      "    model_name = 'GLM-large-ch'",
      'else:',
      "    model_name = 'GLM-large-en'",
      'loader = AutoLoader("classification", model_name=model_name, model_dir="./checkpoints")',
      '    loader = AutoLoader("seq2seq",',
      '                        "GPT2-base-ch",',
      '                        model_dir="./checkpoints/")',
      'auto_loader = AutoLoader(',
      '    task_name="txt_img_matching",',
      '    model_dir="./checkpoints",',
      '    model_name="AltCLIP-XLMR-L"   # Load the checkpoints from Modelhub(model.baai.ac.cn/models)',
      ')',
      'model = GLMForSingleTokenCloze.from_pretrain(download_path="/mnt/test_10b_models",',
      '                                             model_name="GLM-large-ch")',
      'tokenizer = Tokenizer.from_pretrained("GLM-large-en")',
      'env_args = EnvArgs(',
      '    env_type="bmtrain",',
      '    model_name="llama-7b-en",',
      ')',
      'class TrainerTestCase(unittest.TestCase):',
      '    def setUp(self):',
      '        self.model_name = "RoBERTa-base-ch"',
      '        loader = AutoLoader("seq2seq", model_name=self.model_name)',
      '',
    ].join('\n');
    expect(rows(python, 'examples/train.py', text)).toEqual(
      expect.arrayContaining([
        ['openai-compatible/GLM-large-ch', 4],
        ['openai-compatible/GLM-large-en', 6],
        ['openai-compatible/GPT2-base-ch', 9],
        ['openai-compatible/AltCLIP-XLMR-L', 14],
        ['openai-compatible/GLM-large-ch', 17],
        ['openai-compatible/GLM-large-en', 18],
        ['openai-compatible/llama-7b-en', 21],
        ['openai-compatible/RoBERTa-base-ch', 25],
      ]),
    );
  });

  it('leaves the same calls alone in a text that names neither flagai nor the AutoLoader task or download folder, and a dummy name', () => {
    const other = ['loader = AutoLoader("lm", "GLM-large-ch")', 'tok = Tokenizer.from_pretrained("GLM-large-en")', ''].join('\n');
    expect(rows(python, 'other/loader.py', other)).toEqual([]);
    const dummy = ['from flagai.env_args import EnvArgs', 'env_args = EnvArgs(model_name="test_model")', ''].join('\n');
    expect(rows(python, 'flagai/env.py', dummy)).toEqual([]);
  });

  it("reads a docs snippet's AutoLoader given its task, the import left out", async () => {
    // flagai/auto_model/README.md:7-18 (cut).
    const page = [
      '## AutoLoader',
      '```python',
      'target = [0, 1]',
      'auto_loader = AutoLoader(task_name="classification", ## The task name',
      '                         model_name="RoBERTa-base-ch", ## The model name.',
      '                         model_dir="./state_dict/", ## Model download folder',
      '                         target_size=len(target) ## The final output size of model. Use for classification.',
      '                         )',
      '```',
      '',
    ].join('\n');
    const { references } = (await markdown.extract(makeSourceFile('flagai/auto_model/README.md', page))) as ExtractResult;
    expect(references.map((r) => [r.id, r.line])).toContainEqual(['openai-compatible/RoBERTa-base-ch', 5]);
  });
});

describe('python and model-names: a catalogue entry that names a module and its class', () => {
  // flagai/auto_model/auto_loader.py:78-89, 146-148 (cut): MODEL_DICT maps each ModelHub name to what AutoLoader imports.
  const text = [
    'MODEL_DICT = {',
    '    "bert-base-en": ["flagai.model.bert_model", "BertModel", "bert", "nlp"],',
    '    "t5-base-en": ["flagai.model.t5_model", "T5Model", "t5", "nlp"],',
    '    "gpt2-base-ch": ["flagai.model.gpt2_model", "GPT2Model", "gpt2", "nlp"],',
    '    "cpm3-train": ["flagai.model.cpm3_train_model", "CPM3", "cpm3", "nlp"],',
    '    "swinv2-small-patch4-window16-256": [',
    '        "flagai.model.vision.swinv2", "SwinTransformerV2", "swinv2", "vision"',
    '    ],',
    '}',
    '',
  ].join('\n');

  it('reads the names (the keys), none of the module, class or brief names in the lists', () => {
    const found = [...rows(python, 'flagai/auto_model/auto_loader.py', text), ...rows(modelNames, 'flagai/auto_model/auto_loader.py', text)];
    expect(found.map(([id]) => id)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/T5Model|GPT2Model|\/t5$|\/cpm3$|\/CPM3$|\/swinv2$|flagai\.model|openai-community\/gpt2/)]),
    );
    expect(found).toEqual(expect.arrayContaining([['openai-compatible/t5-base-en', 3]]));
  });
});

describe("model-names: a tensor's parameter names", () => {
  it('reads no model from a table of parameter names keyed by architecture', () => {
    // flagai/mp_tools.py:9-12, 65-78 (cut): how each parameter is split for model parallelism.
    const text = [
      'from_1_to_n_models = {',
      '    "gpt": {',
      '        "wte.weight": 0,',
      '        "attn.c_attn.weight": 30,',
      '    },',
      '    "opt": {',
      '        "decoder.embed_tokens.weight": 0,',
      '        "self_attn.out_proj.weight": 1,',
      '        "fc1.weight": 0,',
      '        "fc1.bias": 0,',
      '        "fc2.weight": 1,',
      '    },',
      '}',
      '',
    ].join('\n');
    expect(rows(modelNames, 'flagai/mp_tools.py', text)).toEqual([]);
  });
});

describe("python: weights joined onto a release's pretrained folder", () => {
  it('reads the files FireRedTTS loads from pretrained_path, the .bin named for its family too', () => {
    // FireRedTeam/FireRedTTS fireredtts/fireredtts.py:14-22 and 51 (cut; the last join a made-up binary beside them).
    const text = [
      'class FireRedTTS:',
      '    def __init__(self, config_path, pretrained_path, device="cuda"):',
      '        self.device = device',
      '        self.config = json.load(open(config_path))',
      '        self.gpt_path = os.path.join(pretrained_path, "fireredtts_gpt.pt")',
      '        self.token2wav_path = os.path.join(pretrained_path, "fireredtts_token2wav.pt")',
      '        self.speaker_extractor_path = os.path.join(',
      '            pretrained_path, "fireredtts_speaker.bin"',
      '        )',
      '        self.other = os.path.join(pretrained_path, "vocab_tables.bin")',
      '        sd = torch.load(self.gpt_path, map_location=device)["model"]',
      '',
    ].join('\n');
    expect(rows(python, 'fireredtts/fireredtts.py', text)).toEqual([
      ['fireredtts_gpt.pt', 5],
      ['fireredtts_token2wav.pt', 6],
      ['fireredtts_speaker.bin', 8],
    ]);
  });
});

describe("python: lighteval's task datasets", () => {
  it('reads no model from a task config whose hf_repo has its subset beside it', () => {
    // FlagAI examples/CCI3-HQ/lighteval_tasks_v2.py:2-6, 60-67 (cut).
    const text = [
      '"""',
      'Custom evaluation tasks for lighteval',
      'Most custom prompt changes were in an attempt to improve signal for small models in general.',
      '"""',
      'from lighteval.tasks.lighteval_task import LightevalTaskConfig',
      '_TASKS = [',
      '    LightevalTaskConfig(',
      '        name="siqa",',
      '        prompt_function="siqa_prompt",',
      '        hf_repo="lighteval/siqa",',
      '        hf_subset="default",',
      '        hf_avail_splits=["train", "validation"],',
      '    ),',
      ']',
      '',
    ].join('\n');
    expect(rows(python, 'lighteval_tasks.py', text)).toEqual([]);
  });
});

describe("shell: a LoRA's trainer step folder given to --peft_path", () => {
  it('reads the trained LoRA a prediction loads, as --ptuning_checkpoint is read', () => {
    // michael-wzhu/PromptCBLUE src/ft_chatglm_lora/evaluate.sh:8-22 (cut).
    const text = [
      'CHECKPOINT="./experiments/outputs/PromptCBLUE-chatglm-6b-lora-2e-4"   # 填入用来存储模型的文件夹路径',
      'STEP=10',
      'CUDA_VISIBLE_DEVICES=3 python src/ft_chatglm_lora/main.py \\',
      '    --do_predict \\',
      '    --peft_path $CHECKPOINT/checkpoint-$STEP \\',
      '    --output_dir $CHECKPOINT/checkpoint-$STEP \\',
      '    --predict_with_generate',
      '',
    ].join('\n');
    expect(rows(shell, 'src/ft_chatglm_lora/evaluate.sh', text)).toContainEqual(['$CHECKPOINT/checkpoint-$STEP', 5]);
    expect(rows(shell, 'src/ft_chatglm_lora/evaluate.sh', text)).not.toContainEqual(['$CHECKPOINT/checkpoint-$STEP', 6]);
  });
});
