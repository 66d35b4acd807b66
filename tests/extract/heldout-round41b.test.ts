import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/extract/extractor.js';
import markdown from '../../src/extract/markdown.js';
import python from '../../src/extract/python.js';
import shell from '../../src/extract/shell.js';

// Held-out round 41 (session 37, helper held41b): shapes cut from DAMO-NLP-SG/VideoLLaMA3, LLaVA-VL/LLaVA-NeXT and
// baaivision/Emu, each a rule that reads what the first run of the round missed.
const refs = async (extractor: { extract: (f: { relPath: string; size: number; text: string }) => unknown }, relPath: string, text: string) =>
  ((await extractor.extract({ relPath, size: text.length, text })) as ExtractResult).references.map((r) => [r.id, r.line]);

describe('shell: a tower flag spelt as the encoder (DAMO-NLP-SG/VideoLLaMA3)', () => {
  // Cut from DAMO-NLP-SG/VideoLLaMA3 scripts/train/stage1_2b.sh (lines 35-46).
  const stage = [
    'torchrun --nnodes $WORLD_SIZE \\',
    '    --nproc_per_node $NPROC_PER_NODE \\',
    '    --master_addr=$MASTER_ADDR \\',
    '    --master_port=$MASTER_PORT \\',
    '    --node_rank $RANK \\',
    '    videollama3/train.py \\',
    '    --deepspeed scripts/zero1.json \\',
    '    --model_type videollama3_qwen2 \\',
    '    --model_path Qwen/Qwen2.5-1.5B-Instruct \\',
    '    --vision_encoder DAMO-NLP-SG/SigLIP-NaViT \\',
    '    --mm_projector_type mlp2x_gelu \\',
    '    --data_path ${DATA_DIR}/annotations.jsonl \\',
    '',
  ].join('\n');
  it('reads `--vision_encoder` given a Hub id as the encoder the trainer loads', async () => {
    expect(await refs(shell, 'scripts/train/stage1_2b.sh', stage)).toEqual([
      ['Qwen/Qwen2.5-1.5B-Instruct', 9],
      ['DAMO-NLP-SG/SigLIP-NaViT', 10],
    ]);
  });
  it("leaves the same flag given a kind of encoder (a key of the project's own table)", async () => {
    const keyed = stage.replace('--vision_encoder DAMO-NLP-SG/SigLIP-NaViT', '--vision_encoder clip');
    expect(await refs(shell, 'scripts/train/stage1_2b.sh', keyed)).toEqual([['Qwen/Qwen2.5-1.5B-Instruct', 9]]);
  });
});

describe('python: a tower key set by subscript (DAMO-NLP-SG/VideoLLaMA3)', () => {
  // Cut from DAMO-NLP-SG/VideoLLaMA3 scripts/convert_hf_checkpoint.py (lines 16-29).
  const converter = [
    'def main():',
    '    args = parse_args()',
    '    model = AutoModelForCausalLM.from_pretrained(args.model_path, trust_remote_code=True)',
    '    tokenizer = AutoTokenizer.from_pretrained(args.model_path, trust_remote_code=True)',
    '    state_dict = model.state_dict()',
    '    new_state_dict = {}',
    '    for key, value in state_dict.items():',
    '        new_key = key.replace("vision_encoder", "vision_encoder.vision_encoder")',
    '        new_state_dict[new_key] = value',
    '    config = model.config.to_dict()',
    '    config["vision_encoder"] = "DAMO-NLP-SG/SigLIP-NaViT"',
    '',
  ].join('\n');
  it('reads `config["vision_encoder"] = "<org>/<name>"`: the encoder the converted checkpoint loads', async () => {
    expect(await refs(python, 'scripts/convert_hf_checkpoint.py', converter)).toEqual([['DAMO-NLP-SG/SigLIP-NaViT', 11]]);
  });
  it('leaves a tower key holding a kind, and the key replaced inside state-dict names', async () => {
    const keyed = converter.replace('"DAMO-NLP-SG/SigLIP-NaViT"', '"siglip"');
    expect(await refs(python, 'scripts/convert_hf_checkpoint.py', keyed)).toEqual([]);
  });
});

describe("shell: a project's launcher given the model positionally (LLaVA-VL/LLaVA-NeXT)", () => {
  it('reads a Hub id named with its size among the arguments of `bash <script>.sh`, in a docs block too', async () => {
    // LLaVA-VL/LLaVA-NeXT docs/LLaVA-NeXT-Video.md (lines 28-31) and docs/LLaVA-NeXT-Video.md:73.
    const doc = [
      'Example:',
      '```bash',
      'bash scripts/video/demo/video_demo.sh lmms-lab/LLaVA-NeXT-Video-7B-DPO vicuna_v1 32 2 average no_token True playground/demo/xU25MMA2N4aVtYay.mp4',
      '```',
      '```bash',
      'bash scripts/eval/video_detail_description_eval_shard.sh liuhaotian/llava-v1.6-vicuna-7b vicuna_v1 32 2 True 8 ',
      '```',
      '',
    ].join('\n');
    expect(await refs(markdown, 'docs/LLaVA-NeXT-Video.md', doc)).toEqual([
      ['lmms-lab/LLaVA-NeXT-Video-7B-DPO', 3],
      ['liuhaotian/llava-v1.6-vicuna-7b', 6],
    ]);
  });
  it("leaves a positional repo named with no size (a dataset's), and a flag's value to the flag's rules", async () => {
    const text = ['bash scripts/prepare_data.sh lmms-lab/LLaVA-Video-178K ./data', 'bash scripts/eval.sh --tag lmms-lab/run-7b-eval', ''].join('\n');
    expect(await refs(shell, 'run.sh', text)).toEqual([]);
  });
});

describe('shell: lmms-eval given a local checkpoint, and a folder joined to a name variable (LLaVA-VL/LLaVA-NeXT)', () => {
  it('reads `--model_args pretrained="/mnt/..."` as the checkpoint evaluated', async () => {
    // LLaVA-VL/LLaVA-NeXT scripts/archived/entry_cmd.sh (lines 22-25).
    const text = [
      'accelerate launch --num_processes 8 --main_process_port 12345 -m lmms_eval \\',
      '    --model llava \\',
      '    --model_args pretrained="/mnt/bn/vl-research-boli01-cn/projects/zzz/LLaVA_Next/internal_project_checkpoints/llavanext-lmsys_vicuna-7b-v1.5-clip-vit-large-patch14-336-mlp2x_gelu-pretrain_internal0.6m_vicuna_v1_finetune_llava1.6_datamix_unfreezeVIS_1e" \\',
      '    --tasks $TASK \\',
      '',
    ].join('\n');
    expect(await refs(shell, 'scripts/archived/entry_cmd.sh', text)).toEqual([
      [
        '/mnt/bn/vl-research-boli01-cn/projects/zzz/LLaVA_Next/internal_project_checkpoints/llavanext-lmsys_vicuna-7b-v1.5-clip-vit-large-patch14-336-mlp2x_gelu-pretrain_internal0.6m_vicuna_v1_finetune_llava1.6_datamix_unfreezeVIS_1e',
        3,
      ],
    ]);
  });
  it('reads `./checkpoints/$MODEL_VERSION` as that folder, where the name is written', async () => {
    // LLaVA-VL/LLaVA-NeXT scripts/archived/finetune.sh (lines 38-40, 60-69, shortened).
    const text = [
      '################## VICUNA ##################',
      'PROMPT_VERSION=v1',
      'MODEL_VERSION="vicuna-7b-v1-5"',
      '################## VICUNA ##################',
      '',
      'deepspeed llava/train/train_mem.py \\',
      '    --deepspeed ./scripts/zero3.json \\',
      '    --model_name_or_path ./checkpoints/$MODEL_VERSION \\',
      '    --version $PROMPT_VERSION \\',
      '    --vision_tower openai/clip-vit-large-patch14 \\',
      '',
    ].join('\n');
    expect(await refs(shell, 'scripts/archived/finetune.sh', text)).toEqual([
      ['./checkpoints/vicuna-7b-v1-5', 3],
      ['openai/clip-vit-large-patch14', 10],
    ]);
    // A commented-out name is no value: nothing is joined.
    const commented = text.replace('MODEL_VERSION="vicuna-7b-v1-5"', '# MODEL_VERSION="vicuna-7b-v1-5"');
    expect(await refs(shell, 'scripts/archived/finetune.sh', commented)).toEqual([['openai/clip-vit-large-patch14', 10]]);
    // A run's name joined so (a previous stage's output) is not placed where the name is written.
    const run = text.replace('MODEL_VERSION="vicuna-7b-v1-5"', 'MODEL_VERSION="stage_1"');
    expect((await refs(shell, 'scripts/archived/finetune.sh', run)).filter(([, line]) => line === 3)).toEqual([]);
  });
});

describe("python: weights joined through os.path's alias, and a checkpoint field's default file (baaivision/Emu)", () => {
  it('reads `osp.join(args.model_path, "<file>.safetensors")` as the weights file loaded', async () => {
    // Cut from baaivision/Emu Emu2/demo/backend/pytorch_model/backend.py (lines 23, 48, 95-105, 151-158).
    const text = [
      'import os.path as osp',
      'parser.add_argument("--model-path", type=str, default="./weight")',
      'app = Flask("Emu2")',
      '',
      'device = args.start_card',
      'if not args.disable_generate:',
      '    g_helper = Helper(',
      '        EmuVisualGeneration,',
      '        osp.join(args.model_path, "Emu2-Gen_pytorch_model.bf16.safetensors"),',
      '        device,',
      '        args.generate_concurrency,',
      '        dtype=torch.bfloat16,',
      '        use_safetensors=True,',
      '    )',
      'if not args.disable_chat:',
      '    c_helper = Helper(',
      '        EmuChatGeneration,',
      '        osp.join(args.model_path, "Emu2-Chat_pytorch_model.bf16.pth"),',
      '        device,',
      '    )',
      '',
    ].join('\n');
    const found = await refs(python, 'Emu2/demo/backend/pytorch_model/backend.py', text);
    expect(found).toContainEqual(['Emu2-Gen_pytorch_model.bf16.safetensors', 9]);
    expect(found).toContainEqual(['Emu2-Chat_pytorch_model.bf16.pth', 18]);
    // A file written there is none the code loads.
    const saved = text.replace(
      'osp.join(args.model_path, "Emu2-Gen_pytorch_model.bf16.safetensors")',
      'torch.save(sd, osp.join(args.output_dir, "Emu2-Gen.safetensors"))',
    );
    expect(await refs(python, 'backend.py', saved)).not.toContainEqual(['Emu2-Gen.safetensors', 9]);
  });
  it('reads `ckpt_path: str = field(default="./Emu-instruct.pt")` as the weights file', async () => {
    // Cut from baaivision/Emu Emu1/mm_eval/__init__.py (lines 41-52).
    const text = [
      '@dataclass',
      'class EvalArguments:',
      "    output_path: str = field(default='./output/')",
      "    dataset_name: str = field(default='coco')",
      '    batch_size: int = field(default=4)',
      "    root_path: str = field(default='./benchmarks')",
      '    # model args',
      '    instruct: bool = field(default=True)',
      '    ckpt_path: str = field(default="./Emu-instruct.pt")',
      '',
    ].join('\n');
    expect(await refs(python, 'Emu1/mm_eval/__init__.py', text)).toEqual([['./Emu-instruct.pt', 9]]);
    // A conventional file inside a model's folder names no model by itself.
    const conventional = text.replace('./Emu-instruct.pt', 'pytorch_model.bin');
    expect(await refs(python, 'Emu1/mm_eval/__init__.py', conventional)).toEqual([]);
  });
});
