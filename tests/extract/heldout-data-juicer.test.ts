// Held-out modelscope/data-juicer (round 29, issue #15): the shapes its first score missed or misread, cut from its
// files (fixtures/extract/*/real-world-data-juicer-*).
import { describe, expect, it } from 'vitest';
import configFile from '../../src/extract/config-file.js';
import python from '../../src/extract/python.js';
import shell from '../../src/extract/shell.js';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { loadFixture } from '../helpers/extract-fixtures.js';
import type { ExtractResult } from '../../src/extract/extractor.js';

const rows = (result: ExtractResult) => result.references.map((r) => [r.id, r.line, r.source]);

describe("config-file: Data-Juicer's operator arguments", () => {
  it('reads a Hugging Face-prefixed argument holding an `org/name` id (`hf_blip`, `hf_img2seq`, `hf_tokenizer`)', async () => {
    const found = rows((await configFile.extract(loadFixture('config-file/real-world-data-juicer-config-all.yaml'))) as ExtractResult);
    expect(found).toEqual(
      expect.arrayContaining([
        ['Salesforce/blip2-opt-2.7b', 4, 'huggingface'],
        ['CompVis/stable-diffusion-v1-4', 12, 'huggingface'],
        ['Salesforce/blip2-opt-2.7b', 20, 'huggingface'],
        ['Salesforce/blip-itm-base-coco', 23, 'huggingface'],
        ['openai/clip-vit-base-patch32', 32, 'huggingface'],
        ['EleutherAI/pythia-6.9b-deduped', 35, 'huggingface'],
        ['shunk031/aesthetics-predictor-v2-sac-logos-ava1-l14-linearMSE', 39, 'huggingface'],
      ]),
    );
    expect(found).toHaveLength(7);
  });

  it("leaves the Hub's other `hf_` settings: a token, a dataset, a cache folder, an output repo", async () => {
    const text = [
      'hf_token: hf_abcdefghijklmnopqrstuvwxyz0123456789',
      'hf_dataset: HuggingFaceFW/fineweb',
      'hf_cache_dir: ~/.cache/huggingface/hub',
      'hf_output_repo: my-org/my-finetune',
      'hf_model: Qwen/Qwen2.5-0.5B',
    ].join('\n');
    const found = rows((await configFile.extract(makeSourceFile('recipe.yaml', text))) as ExtractResult);
    expect(found).toEqual([['Qwen/Qwen2.5-0.5B', 5, 'huggingface']]);
  });

  it('reads a dotted override of a model key, a folder under a `<placeholder>` root inside `pretrained/`', async () => {
    const found = rows((await configFile.extract(loadFixture('config-file/real-world-data-juicer-internvl-sandbox.yaml'))) as ExtractResult);
    expect(found).toEqual([
      ['<internvl_home>/internvl_chat/pretrained/InternVL2-2B', 11, 'local'],
      ['<internvl_home>/internvl_chat/pretrained/InternVL2-4B', 20, 'local'],
    ]);
  });
});

describe("python: Data-Juicer's operators, tools and download table", () => {
  const run = async (path: string) => rows((await python.extract(loadFixture(path))) as ExtractResult);

  it('reads `hf_<role>` entries of default-argument dicts, and a path default holding a weights file', async () => {
    const found = await run('python/real-world-data-juicer-character-locations.py');
    expect(found).toEqual(
      expect.arrayContaining([
        ['yoloe-11l-seg.pt', 14, 'local'],
        ['llava-hf/llava-v1.6-vicuna-7b-hf', 49, 'huggingface'],
        ['Salesforce/blip-itm-base-coco', 54, 'huggingface'],
      ]),
    );
  });

  it("reads a model path's weights-file default, a detector's download URL, a tokenizer's Hub id default", async () => {
    const found = (await run('python/real-world-data-juicer-weights.py')).sort((a, b) => (a[1] as number) - (b[1] as number));
    expect(found).toEqual([
      ['FastSAM-x.pt', 3, 'local'],
      ['i3d_torchscript.pt', 12, 'local'],
      ['EleutherAI/pythia-6.9b-deduped', 25, 'huggingface'],
    ]);
  });

  it('leaves run-named and data files under such settings (`best.pt`, `features_path`)', async () => {
    const text = ['def train(ckpt_path="best.pt", features_path="feats.pt", save_path="yolo11n.pt", model_path="model.safetensors"):', '    pass'].join('\n');
    expect(rows((await python.extract(makeSourceFile('train.py', text))) as ExtractResult)).toEqual([]);
  });

  it("leaves the default of a function that writes a model (a converter's output file)", async () => {
    // modelscope/FunASR examples/industrial_data_pretraining/fsmn_kws/convert.py:70-74
    const text = ['def convert_to_pytorch(', '    configs,', '    network_file,', '    model_dir,', '    model_name="convert.torch.pt"', '):', '    pass'].join(
      '\n',
    );
    expect(rows((await python.extract(makeSourceFile('convert.py', text))) as ExtractResult)).toEqual([]);
    const loader = ['def load_detector(', '    model_path="yolo11n.pt"', '):', '    pass'].join('\n');
    expect(rows((await python.extract(makeSourceFile('detect.py', loader))) as ExtractResult)).toEqual([['yolo11n.pt', 2, 'local']]);
  });

  it("reads the download table's files, not its fnmatch glob keys", async () => {
    const found = await run('python/real-world-data-juicer-backup-links.py');
    const ids = found.map(([id]) => id);
    expect(ids.some((id) => String(id).includes('*'))).toBe(false);
    expect(ids).toEqual(expect.arrayContaining(['openai-compatible/lid.176.bin', 'openai-compatible/yolo11n.pt']));
  });
});

describe("shell: transformers' `--tokenizer_name`", () => {
  it("reads the converter's tokenizer repo", async () => {
    const found = rows((await shell.extract(loadFixture('shell/real-world-data-juicer-batch-convert.sh'))) as ExtractResult);
    expect(found).toEqual([['decapoda-research/llama-7b-hf', 23, 'huggingface']]);
  });
});
