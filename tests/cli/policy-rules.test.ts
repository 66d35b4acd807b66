// Each rule kind through the real CLI on fixtures/projects/policy-mixed, and how paths and
// reference contexts narrow a rule.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, project, rule } from '../policy/audit-project.js';

// stealth-ai/Helios-7B declares no base; its config fingerprint (qwen2) makes it Qwen at medium confidence.
const CHINESE = [
  'BAAI/bge-m3',
  'Qwen/Qwen2.5-7B-Instruct',
  'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B',
  'drift-labs/Qwen2.5-3B-Instruct-Uncensored',
  'stealth-ai/Helios-7B',
];

/** A model of Chinese origin by its name alone, at medium confidence, whose evidence says why, failing a country rule. */
function failsOnMediumName(model: { origin: { evidence: unknown } & object; policy: { verdict: string } }, detail: string): void {
  expect(model.origin).toMatchObject({ chineseOrigin: true, confidence: 'medium' });
  expect(model.origin.evidence).toEqual([expect.objectContaining({ kind: 'name', confidence: 'medium', detail: expect.stringContaining(detail) })]);
  expect(model.policy.verdict).toBe('fail');
}

describe('rule kinds', () => {
  it.each([
    ['country', 'country: [cn]', CHINESE],
    ['family (id or name)', 'family: [llama, DeepSeek]', ['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 'meta-llama/Llama-3.1-8B-Instruct']],
    ['organisation', 'organisation: [Beijing Academy of Artificial Intelligence]', ['BAAI/bge-m3']],
    [
      'parent organisation',
      'organisation: [Alibaba Group]',
      ['Qwen/Qwen2.5-7B-Instruct', 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 'drift-labs/Qwen2.5-3B-Instruct-Uncensored', 'stealth-ai/Helios-7B'],
    ],
    ['licence id anywhere on the lineage', 'licence: [qwen-research]', ['drift-labs/Qwen2.5-3B-Instruct-Uncensored']],
    ['licence kind', 'licence_kind: [user-threshold]', ['meta-llama/Llama-3.1-8B-Instruct']],
    ['lineage status', 'lineage: [unresolved, partial]', ['mistralai/Mistral-7B-Instruct-v0.3']],
    ['undeclared-lineage suspicion', 'suspected_base: true', ['stealth-ai/Helios-7B']],
    ['several matchers: all must hold', 'country: [CN]\nlicence_kind: [non-commercial]', ['drift-labs/Qwen2.5-3B-Instruct-Uncensored']],
  ])('%s', async (_kind, body, failing) => {
    const run = await audit(project('policy-mixed', rule(body)));
    expect(run.code).toBe(1);
    expect(run.failing).toEqual([...failing].sort());
    expect(run.model(failing[0]!).policy.findings).toEqual([expect.objectContaining({ rule: 'r', action: 'deny', status: 'open' })]);
  });

  it('unpinned revision: only Hub models without a revision', async () => {
    const run = await audit(project('policy-mixed', rule('unpinned: true')));
    expect(run.verdicts['mistralai/Mistral-7B-Instruct-v0.3']).toBe('pass'); // revision="0417f4b..."
    expect(run.failing).toHaveLength(6);
    expect(run.model('BAAI/bge-m3').policy.reasons).toEqual(['r: denied: unpinned revision']);
  });

  it('the rule message replaces the generated reason', async () => {
    const run = await audit(project('policy-mixed', rule('country: [CN]\nmessage: needs security review (SEC-100)', 'no-chinese-origin')));
    expect(run.model('BAAI/bge-m3').policy.reasons).toEqual([
      'no-chinese-origin: needs security review (SEC-100); matched BGE embeddings/rerankers (CN) via BAAI/bge-m3 (evidence: namespace)',
    ]);
  });

  it('warn rules report without failing, and count as warnings', async () => {
    const run = await audit(project('policy-mixed', rule('country: [CN]', 'cn', 'warn')));
    expect(run.code).toBe(0);
    expect(run.report!.summary).toMatchObject({ violations: 0, warnings: 5 });
    expect(run.verdicts['BAAI/bge-m3']).toBe('warn');
  });

  it('a family read from a name alone makes a deny rule warn, not fail (names are not lineage)', async () => {
    const dir = project('policy-mixed', rule('country: [CN]', 'no-cn'));
    writeFileSync(join(dir, 'support_bot.py'), 'from transformers import AutoModel\nbot = AutoModel.from_pretrained("acme-ml/qwen2.5-7b-support-bot")\n');
    const run = await audit(dir);
    const bot = run.model('acme-ml/qwen2.5-7b-support-bot');
    expect(bot.origin).toMatchObject({ chineseOrigin: true, confidence: 'low' });
    expect(bot.policy.verdict).toBe('warn');
    expect(bot.policy.findings).toEqual([
      expect.objectContaining({
        rule: 'no-cn',
        action: 'warn',
        status: 'open',
        reason: expect.stringMatching(/evidence: name, low confidence\) \(matched below min_confidence medium, by name only: a warning, not a failure\)$/),
      }),
    ]);
    // Declared lineage and the config fingerprint (medium) still fail.
    expect(run.failing).toEqual([...CHINESE].sort());
  });

  it("a local folder named as a repo the project names takes that repo's family at medium confidence, and fails", async () => {
    // jingyaogong/minimind trainer/train_grpo.py:232 (the reward model's folder) and README.md:1008 (where it comes from).
    const dir = project('policy-mixed', rule('country: [CN]', 'no-cn'));
    writeFileSync(
      join(dir, 'train_grpo.py'),
      'import argparse\nparser = argparse.ArgumentParser()\nparser.add_argument("--reward_model_path", type=str, default="../../internlm2-1_8b-reward", help="Reward模型路径")\n',
    );
    writeFileSync(join(dir, 'REWARD.md'), '`InternLM2-1.8B-Reward` ([HuggingFace](https://huggingface.co/internlm/internlm2-1_8b-reward))\n');
    writeFileSync(join(dir, 'serve_bot.py'), 'from transformers import AutoModel\nbot = AutoModel.from_pretrained("../models/qwen2.5-7b-support-bot")\n');
    const run = await audit(dir);
    const reward = run.model('../../internlm2-1_8b-reward');
    failsOnMediumName(reward, 'named as internlm/internlm2-1_8b-reward, which the project also names');
    // A folder whose name only suggests a family, with no repo of that name in the project, still only warns.
    expect(run.model('../models/qwen2.5-7b-support-bot').policy.verdict).toBe('warn');
  });

  it("a local model under the folder the project's own download writes a repo into takes that repo's family at medium confidence", async () => {
    // Tencent/HunyuanVideo: ckpts/README.md downloads tencent/HunyuanVideo into ./ckpts, and the sampler's default weights
    // are under it (hyvideo/config.py `--dit-weight`).
    const dir = project('policy-mixed', rule('country: [CN]', 'cn'));
    writeFileSync(join(dir, 'DOWNLOAD.md'), '```shell\nhuggingface-cli download tencent/HunyuanVideo --local-dir ./ckpts\n```\n');
    writeFileSync(
      join(dir, 'config.py'),
      'import argparse\nparser = argparse.ArgumentParser()\nparser.add_argument(\n    "--dit-weight",\n    type=str,\n    default="ckpts/hunyuan-video-t2v-720p/transformers/mp_rank_00_model_states.pt",\n)\n',
    );
    const run = await audit(dir);
    const weights = run.model('ckpts/hunyuan-video-t2v-720p/transformers/mp_rank_00_model_states.pt');
    failsOnMediumName(weights, 'under ckpts, where the project downloads tencent/HunyuanVideo');
  });

  it("a path climbing out of its file's folder is read from that folder to find the download it is under", async () => {
    // KwaiVGI/LivePortrait: readme.md downloads KwaiVGI/LivePortrait into pretrained_weights, and src/config/
    // inference_config.py loads `make_abs_path('../../pretrained_weights/liveportrait/base_models/...pth')` from it.
    const dir = project('policy-mixed', rule('country: [CN]', 'cn'));
    writeFileSync(join(dir, 'readme.md'), '```bash\nhuggingface-cli download KwaiVGI/LivePortrait --local-dir pretrained_weights --exclude "*.git*"\n```\n');
    mkdirSync(join(dir, 'src', 'config'), { recursive: true });
    writeFileSync(
      join(dir, 'src', 'config', 'inference_config.py'),
      "from .base_config import make_abs_path\n\nclass InferenceConfig:\n    checkpoint_F: str = make_abs_path('../../pretrained_weights/liveportrait/base_models/appearance_feature_extractor.pth')  # path to checkpoint of F\n    checkpoint_W: str = make_abs_path('../../../pretrained_weights/warping_module.pth')\n",
    );
    const run = await audit(dir);
    failsOnMediumName(
      run.model('../../pretrained_weights/liveportrait/base_models/appearance_feature_extractor.pth'),
      'under pretrained_weights, where the project downloads KwaiVGI/LivePortrait',
    );
    // (Climbing past the project's root reaches no folder of the project: a name alone, which only warns.)
    expect(run.model('../../../pretrained_weights/warping_module.pth').policy.verdict).not.toBe('fail');
  });

  it("a file downloaded from its publisher's own storage (families.yaml weights_hosts) takes that family at medium confidence", async () => {
    // PaddlePaddle/ERNIE applications/models_hub/download_ernie_3.0_base_ch.sh:2-10 (Baidu's wenxin-models bucket); the
    // same archive name fetched from another host is a name alone and only warns.
    const dir = project('policy-mixed', rule('country: [CN]', 'cn'));
    writeFileSync(
      join(dir, 'download_ernie_3.0_base_ch.sh'),
      [
        '#!/usr/bin/env bash',
        'model_files_path="./ernie_3.0_base_ch_dir"',
        '#get pretrained ernie3.0 base model params',
        'wget -q --no-check-certificate http://bj.bcebos.com/wenxin-models/ernie_3.0_base_ch_open.tgz',
        'tar xzf ernie_3.0_base_ch_open.tgz -C $model_files_path',
        'wget -q https://mirror.example.com/models/ernie_3.0_medium_open.tgz',
        '',
      ].join('\n'),
    );
    const run = await audit(dir);
    const archive = run.model('ernie_3.0_base_ch_open.tgz');
    expect(archive.origin).toMatchObject({ chineseOrigin: true, confidence: 'medium' });
    expect(archive.origin.evidence).toEqual([
      expect.objectContaining({
        kind: 'registry',
        confidence: 'medium',
        detail: expect.stringContaining('downloaded from http://bj.bcebos.com/wenxin-models/'),
      }),
    ]);
    expect(archive.policy.verdict).toBe('fail');
    expect(run.model('ernie_3.0_medium_open.tgz').policy.verdict).toBe('warn');
  });

  it('a model named by its download URL under a weights host takes that family, however long the line (held-out round 38, session 34)', async () => {
    // OpenGVLab/LLaMA-Adapter llama_adapter_v2_multimodal7b/llama/llama_adapter.py:278-293: release assets named by a
    // 64-hex hash, on lines longer than a reference's snippet.
    const dir = project('policy-mixed', rule('country: [CN]', 'cn'));
    const url = (file: string) =>
      `https://github.com/OpenGVLab/LLaMA-Adapter/releases/download/v.2.0.0/${'1bcbffc43484332672092e0024a8699a'.repeat(2)}_${file}`;
    writeFileSync(
      join(dir, 'llama_adapter.py'),
      [
        'from .utils import _download',
        '_MODELS = {',
        `    "LORA-BIAS-7B": "${url('LORA-BIAS-7B.pth')}",`,
        '}',
        'def load(name, llama_dir, download_root="ckpts"):',
        '    model_path = _download(_MODELS[name], download_root)',
        '',
      ].join('\n'),
    );
    const run = await audit(dir);
    const adapter = run.model(url('LORA-BIAS-7B.pth'));
    expect(adapter.origin).toMatchObject({ chineseOrigin: true, confidence: 'medium' });
    expect(adapter.origin.families[0]).toMatchObject({ familyId: 'llama-adapter', country: 'CN' });
    expect(adapter.policy.verdict).toBe('fail');
  });

  it("a weights file under the name a family's weights are passed around as (families.yaml weights_files) takes that family at medium confidence", async () => {
    // Vision-CAIR/MiniGPT-4 minigpt4/models/eva_vit.py:429-433 (LAVIS's copy of EVA-CLIP's ViT-g, BAAI's); the Q-Former
    // checkpoint from the same bucket is Salesforce's and stays unattributed.
    const dir = project('policy-mixed', rule('country: [CN]', 'cn'));
    writeFileSync(
      join(dir, 'eva_vit.py'),
      [
        'def create_eva_vit_g(img_size=224,drop_path_rate=0.4,use_checkpoint=False,precision="fp16"):',
        '    model = VisionTransformer(img_size=img_size)',
        '    url = "https://storage.googleapis.com/sfr-vision-language-research/LAVIS/models/BLIP2/eva_vit_g.pth"',
        '    cached_file = download_cached_file(url, check_hash=False, progress=True)',
        '    q_former_model = "https://storage.googleapis.com/sfr-vision-language-research/LAVIS/models/BLIP2/blip2_pretrained_flant5xxl.pth"',
        '',
      ].join('\n'),
    );
    const run = await audit(dir);
    const vit = run.model('eva_vit_g.pth');
    expect(vit.origin).toMatchObject({ chineseOrigin: true, confidence: 'medium' });
    expect(vit.origin.evidence).toEqual([
      expect.objectContaining({ kind: 'registry', confidence: 'medium', detail: expect.stringContaining('Beijing Academy of Artificial Intelligence (CN)') }),
    ]);
    expect(vit.policy.verdict).toBe('fail');
    expect(run.model('blip2_pretrained_flant5xxl.pth').policy.verdict).toBe('pass');
  });

  it("HunyuanVideo's VAE under the file name Open-Sora ships it as (families.yaml weights_files) fails the CN rule at medium confidence", async () => {
    // hpcaitech/Open-Sora configs/diffusion/inference/256px.py:36-58 (cut): the diffusion model's own checkpoint stays unattributed.
    const dir = project('policy-mixed', rule('country: [CN]', 'cn'));
    writeFileSync(
      join(dir, '256px.py'),
      [
        'model = dict(',
        '    type="flux",',
        '    from_pretrained="./ckpts/Open_Sora_v2.safetensors",',
        ')',
        'ae = dict(',
        '    type="hunyuan_vae",',
        '    from_pretrained="./ckpts/hunyuan_vae.safetensors",',
        ')',
        '',
      ].join('\n'),
    );
    const run = await audit(dir);
    const vae = run.model('./ckpts/hunyuan_vae.safetensors');
    expect(vae.origin).toMatchObject({ chineseOrigin: true, confidence: 'medium' });
    expect(vae.origin.evidence).toEqual([expect.objectContaining({ kind: 'registry', confidence: 'medium', detail: expect.stringContaining('Tencent') })]);
    expect(vae.policy.verdict).toBe('fail');
    expect(run.model('./ckpts/Open_Sora_v2.safetensors').policy.verdict).toBe('pass');
  });

  it("FireRedTTS's release files joined onto its pretrained folder (families.yaml weights_files) fail the CN rule at medium confidence", async () => {
    // FireRedTeam/FireRedTTS fireredtts/fireredtts.py:14-22 and 51 (cut).
    const dir = project('policy-mixed', rule('country: [CN]', 'cn'));
    writeFileSync(
      join(dir, 'fireredtts.py'),
      [
        'class FireRedTTS:',
        '    def __init__(self, config_path, pretrained_path, device="cuda"):',
        '        self.gpt_path = os.path.join(pretrained_path, "fireredtts_gpt.pt")',
        '        self.token2wav_path = os.path.join(pretrained_path, "fireredtts_token2wav.pt")',
        '        self.speaker_extractor_path = os.path.join(',
        '            pretrained_path, "fireredtts_speaker.bin"',
        '        )',
        '        sd = torch.load(self.gpt_path, map_location=device)["model"]',
        '',
      ].join('\n'),
    );
    const run = await audit(dir);
    for (const file of ['fireredtts_gpt.pt', 'fireredtts_token2wav.pt', 'fireredtts_speaker.bin']) {
      const model = run.model(file);
      expect(model.origin).toMatchObject({ chineseOrigin: true, confidence: 'medium' });
      expect(model.origin.evidence).toEqual([
        expect.objectContaining({ kind: 'registry', confidence: 'medium', detail: expect.stringContaining('Xiaohongshu') }),
      ]);
      expect(model.policy.verdict).toBe('fail');
    }
  });

  it("Hallo's folder, named as the fudan-generative-ai repo the README clones (families.yaml fudan-generative-vision), fails the CN rule", async () => {
    // fudan-generative-vision/hallo configs/inference/default.yaml:20-22 and README.md:136 (cut).
    const dir = project('policy-mixed', rule('country: [CN]', 'cn'));
    mkdirSync(join(dir, 'configs'), { recursive: true });
    writeFileSync(
      join(dir, 'configs', 'default.yaml'),
      'audio_ckpt_dir: ./pretrained_models/hallo\n\nbase_model_path: ./pretrained_models/stable-diffusion-v1-5\n',
    );
    writeFileSync(join(dir, 'HALLO.md'), '```bash\ngit clone https://huggingface.co/fudan-generative-ai/hallo pretrained_models\n```\n');
    const run = await audit(dir);
    const hallo = run.model('./pretrained_models/hallo');
    expect(hallo.origin).toMatchObject({ chineseOrigin: true, confidence: 'medium' });
    expect(hallo.policy.verdict).toBe('fail');
    expect(run.model('./pretrained_models/stable-diffusion-v1-5').policy.verdict).toBe('pass');
  });

  it("ControlNet's UniFormer segmenter (families.yaml weights_files) and Latte's Hub namespace (maxin-cn) fail the CN rule", async () => {
    // lllyasviel/ControlNet annotator/uniformer/__init__.py:12-17 and Vchitect/Latte configs/t2x/t2v_sample.yaml:3 (cut); the
    // OpenPose checkpoint beside them (CMU's) stays unattributed.
    const dir = project('policy-mixed', rule('country: [CN]', 'cn'));
    writeFileSync(
      join(dir, 'uniformer.py'),
      [
        'checkpoint_file = "https://huggingface.co/lllyasviel/ControlNet/resolve/main/annotator/ckpts/upernet_global_small.pth"',
        'modelpath = os.path.join(annotator_ckpts_path, "upernet_global_small.pth")',
        'body_modelpath = os.path.join(annotator_ckpts_path, "body_pose_model.pth")',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 't2v_sample.yaml'), '# path:\npretrained_model_path: "maxin-cn/Latte-1"\n');
    const run = await audit(dir);
    const seg = run.model('upernet_global_small.pth');
    expect(seg.origin).toMatchObject({ chineseOrigin: true, confidence: 'medium' });
    expect(seg.origin.evidence).toEqual([expect.objectContaining({ kind: 'registry', detail: expect.stringContaining('SenseTime') })]);
    expect(seg.policy.verdict).toBe('fail');
    expect(run.model('maxin-cn/Latte-1').origin).toMatchObject({ chineseOrigin: true });
    expect(run.model('maxin-cn/Latte-1').policy.verdict).toBe('fail');
    expect(run.model('body_pose_model.pth').policy.verdict).toBe('pass');
  });

  it("GFPGAN's, SadTalker's and facefusion's LivePortrait files (families.yaml weights_files, weights_hosts) fail the CN rule; InsightFace's file stays unattributed", async () => {
    // OpenTalker/SadTalker src/utils/face_enhancer.py:55-56 and scripts/download_models.sh:19 (cut); facefusion/facefusion
    // facefusion/processors/modules/face_editor/core.py and face_swapper/core.py (one source entry each).
    const dir = project('policy-mixed', rule('country: [CN]', 'cn'));
    writeFileSync(join(dir, 'enhancer.py'), "restorer = GFPGANer(model_path='gfpgan/weights/GFPGANv1.4.pth', upscale=1, arch='clean', channel_multiplier=2)\n");
    writeFileSync(
      join(dir, 'download_models.sh'),
      'wget -nc https://github.com/OpenTalker/SadTalker/releases/download/v0.0.2-rc/SadTalker_V0.0.2_256.safetensors -O ./checkpoints/SadTalker_V0.0.2_256.safetensors\n',
    );
    writeFileSync(
      join(dir, 'face_editor.py'),
      [
        "MODELS = {'live_portrait': {'sources': {'feature_extractor': {",
        "\t'url': resolve_download_url('models-3.0.0', 'live_portrait_feature_extractor.onnx'),",
        "\t'path': resolve_relative_path('../.assets/models/live_portrait_feature_extractor.onnx')",
        "}}}, 'inswapper_128': {'sources': {'face_swapper': {",
        "\t'url': resolve_download_url('models-3.0.0', 'inswapper_128.onnx'),",
        "\t'path': resolve_relative_path('../.assets/models/inswapper_128.onnx')",
        '}}}}',
        '',
      ].join('\n'),
    );
    const run = await audit(dir);
    for (const id of ['gfpgan/weights/GFPGANv1.4.pth', 'SadTalker_V0.0.2_256.safetensors', '../.assets/models/live_portrait_feature_extractor.onnx']) {
      expect(run.model(id).origin).toMatchObject({ chineseOrigin: true, confidence: 'medium' });
      expect(run.model(id).policy.verdict).toBe('fail');
    }
    expect(run.model('../.assets/models/inswapper_128.onnx').policy.verdict).toBe('pass');
  });

  it('image-model weights files and repos of Chinese labs (InstantX, ByteDance few-step LoRAs, Grounding DINO) take their family', async () => {
    // InstantID/InstantID gradio_demo/download_models.py:6-7; lllyasviel/Fooocus modules/flags.py:134-136 (performance LoRAs
    // downloaded from mirrors) and extras/GroundingDINO/util/inference.py:32-35 (the GitHub release asset). The LCM LoRA
    // beside them is no lab's.
    const dir = project('policy-mixed', rule('country: [CN]', 'cn'));
    writeFileSync(
      join(dir, 'fooocus_like.py'),
      [
        'from huggingface_hub import hf_hub_download',
        'hf_hub_download(',
        '    repo_id="InstantX/InstantID",',
        '    filename="ControlNetModel/config.json",',
        '    local_dir="./checkpoints",',
        ')',
        'lcm = torch.load("./checkpoints/sdxl_lcm_lora.safetensors")',
        'lightning = torch.load("./checkpoints/sdxl_lightning_4step_lora.safetensors")',
        'hyper = torch.load("./checkpoints/sdxl_hyper_sd_4step_lora.safetensors")',
        'dino = torch.load("./checkpoints/groundingdino_swint_ogc.pth")',
        '',
      ].join('\n'),
    );
    const run = await audit(dir);
    expect(run.model('InstantX/InstantID').origin.families).toEqual([expect.objectContaining({ familyId: 'instantx', country: 'CN' })]);
    expect(run.model('./checkpoints/sdxl_lightning_4step_lora.safetensors').origin.families).toEqual([
      expect.objectContaining({ familyId: 'bytedance-diffusion', country: 'CN' }),
    ]);
    // (Fooocus's own name for Hyper-SDXL's LoRA: known as a file (weights_files), not by a name hint; the name also says SDXL.)
    expect(run.model('./checkpoints/sdxl_hyper_sd_4step_lora.safetensors').origin.evidence).toContainEqual(
      expect.objectContaining({ kind: 'registry', confidence: 'medium', detail: expect.stringContaining('ByteDance (CN)') }),
    );
    expect(run.model('./checkpoints/groundingdino_swint_ogc.pth').origin.families).toEqual([
      expect.objectContaining({ familyId: 'idea-research', country: 'CN' }),
    ]);
    for (const id of ['InstantX/InstantID', './checkpoints/sdxl_lightning_4step_lora.safetensors', './checkpoints/groundingdino_swint_ogc.pth'])
      expect(run.model(id).policy.verdict).toBe('fail');
    expect(run.model('./checkpoints/sdxl_lcm_lora.safetensors').policy.verdict).toBe('pass');
  });

  it("AnimateDiff's motion modules (Shanghai AI Laboratory, CUHK) take their family by repo and by file name (session 33)", async () => {
    // guoyww/AnimateDiff configs/prompts/1_animate/1_1_animate_RealisticVision.yaml:2,6 and animatediff/utils/util.py:77 (cut).
    const dir = project('policy-mixed', rule('country: [CN]', 'cn'));
    writeFileSync(
      join(dir, 'animate.yaml'),
      [
        '- dreambooth_path: "models/DreamBooth_LoRA/realisticVisionV60B1_v51VAE.safetensors"',
        '  motion_module: "models/Motion_Module/v3_sd15_mm.ckpt"',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'util.py'),
      [
        'from huggingface_hub import snapshot_download',
        'snapshot_download(repo_id="guoyww/animatediff", local_dir="models/Motion_Module", allow_patterns=["x"])',
        '',
      ].join('\n'),
    );
    const run = await audit(dir);
    expect(run.model('models/Motion_Module/v3_sd15_mm.ckpt').origin.families).toEqual([expect.objectContaining({ familyId: 'animatediff', country: 'CN' })]);
    expect(run.model('guoyww/animatediff').origin.families).toEqual([expect.objectContaining({ familyId: 'animatediff', country: 'CN' })]);
    expect(run.model('models/Motion_Module/v3_sd15_mm.ckpt').policy.verdict).toBe('fail');
    expect(run.model('models/DreamBooth_LoRA/realisticVisionV60B1_v51VAE.safetensors').origin.families).toEqual([]);
  });

  it('min_confidence sets how firm a match must be to fail: high leaves a fingerprint to warn, low lets a name fail', async () => {
    const strict = await audit(project('policy-mixed', rule('country: [CN]\nmin_confidence: high', 'no-cn')));
    expect(strict.failing).toEqual(CHINESE.filter((id) => id !== 'stealth-ai/Helios-7B').sort());
    expect(strict.model('stealth-ai/Helios-7B').policy.findings).toEqual([
      expect.objectContaining({ action: 'warn', reason: expect.stringContaining('(matched below min_confidence high: a warning, not a failure)') }),
    ]);
    const dir = project('policy-mixed', rule('country: [CN]\nmin_confidence: low', 'no-cn'));
    writeFileSync(join(dir, 'support_bot.py'), 'from transformers import AutoModel\nbot = AutoModel.from_pretrained("acme-ml/qwen2.5-7b-support-bot")\n');
    expect((await audit(dir)).failing).toEqual([...CHINESE, 'acme-ml/qwen2.5-7b-support-bot'].sort());
  });

  it('rules without an id get a stable one from their matchers', async () => {
    const run = await audit(project('policy-mixed', 'policy:\n  rules:\n    - country: CN\n'));
    expect(run.model('BAAI/bge-m3').policy.rules).toEqual(['deny-country-cn']);
  });
});

describe('scoping', () => {
  it('by reference context: references in docs and tests are not gated', async () => {
    const run = await audit(project('policy-mixed', rule('country: [CN]\ncontexts: [code, config, deploy]')));
    expect(run.failing).toEqual(['BAAI/bge-m3', 'drift-labs/Qwen2.5-3B-Instruct-Uncensored', 'stealth-ai/Helios-7B']);
    expect(run.verdicts['Qwen/Qwen2.5-7B-Instruct']).toBe('pass'); // only in tests/
    expect(run.verdicts['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B']).toBe('pass'); // only in docs/
  });

  it('by path glob', async () => {
    const run = await audit(project('policy-mixed', rule('country: [CN]\npaths: ["tests/**"]')));
    expect(run.failing).toEqual(['Qwen/Qwen2.5-7B-Instruct']);
  });

  it('a finding lists only the references in the rule scope', async () => {
    const run = await audit(project('policy-scoped', rule('country: [CN]\npaths: ["services/"]')));
    expect(run.model('BAAI/bge-m3').policy.findings![0]!.references).toEqual([{ path: 'services/search.py', line: 3, column: 33 }]);
  });
});
