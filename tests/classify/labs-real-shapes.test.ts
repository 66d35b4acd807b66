// Lineage, origin and licence of repos from the namespaces users bring most: repackagers' quants
// (RedHatAI, mlx-community, lmstudio-community, Second State), NVIDIA (which publishes its own
// models and quantizations of others'), vision-language composites (InternVL, Eagle, MiniCPM-V),
// Chinese labs' fine-tunes of US bases (Tencent KaLM on Gemma), GLM after the THUDM -> zai-org
// rename, many-parent mergekit merges. Each recording is in fixtures/hub/real-shapes with its
// source in that folder's README; the expectations were written by hand from the cards.
import { describe, expect, it } from 'vitest';
import { realShapesHub, resolveAndClassify } from '../helpers/classify-hub.js';

const audit = (id: string) => resolveAndClassify(id, realShapesHub());
const familyIds = (origin: { families: { familyId: string; confidence: string }[] }, confidence?: string) =>
  [...new Set(origin.families.filter((f) => !confidence || f.confidence === confidence).map((f) => f.familyId))].sort();
const licenceOf = (licences: { licenses: { model: string }[] }, model: string) => licences.licenses.find((l) => l.model === model);
/** The URL of a file in the repo at the commit the audit read. */
const fileAt = (nodes: Record<string, { sha?: string }>, id: string, path: string) => `https://huggingface.co/${id}/blob/${nodes[id]!.sha}/${path}`;

describe('NVIDIA: its own models are its own, its quantizations of others are not', () => {
  it('attributes Eagle2 (a merge of PaliGemma, Qwen2.5 and SigLIP declared by NVIDIA) to NVIDIA as well as to each component', async () => {
    const { lineage, origin } = await audit('nvidia/Eagle2-1B');
    expect(lineage.status).toBe('resolved');
    expect(lineage.edges.filter((e) => e.child === 'nvidia/Eagle2-1B').map((e) => [e.parent, e.relation])).toEqual([
      ['google/paligemma-3b-mix-448', 'merge'],
      ['Qwen/Qwen2.5-0.5B-Instruct', 'merge'],
      ['google/siglip-so400m-patch14-384', 'merge'],
    ]);
    expect(lineage.roots).toEqual(['Qwen/Qwen2.5-0.5B', 'google/paligemma-3b-mix-448', 'google/siglip-so400m-patch14-384']);
    // The developer of the merge is NVIDIA (US); the Qwen component makes the lineage Chinese.
    expect(origin.families).toContainEqual(expect.objectContaining({ organisation: 'NVIDIA', country: 'US', via: 'nvidia/Eagle2-1B', confidence: 'high' }));
    expect(familyIds(origin, 'high')).toEqual(['gemma', 'google-encoders', 'nemotron', 'qwen']);
    expect(origin.chineseOrigin).toBe(true);
    expect(origin.evidence).toContainEqual(
      expect.objectContaining({
        kind: 'declared-base',
        node: 'Qwen/Qwen2.5-0.5B-Instruct',
        detail: expect.stringContaining('nvidia/Eagle2-1B -merge-> Qwen/Qwen2.5-0.5B-Instruct'),
      }),
    );
    // Family names as the table, the tree and policy `family:` matchers see them.
    expect(new Set(origin.families.map((f) => f.family))).toEqual(new Set(['Nemotron', 'Qwen', 'Gemma', 'Google research encoders']));
    expect(origin.suspectedBases).toBeUndefined();
  });

  it("takes NVIDIA's NVFP4 copy of a Qwen model as a quantization: Qwen's, not NVIDIA's, with NVIDIA's relabelled licence noted", async () => {
    const { lineage, origin, licences } = await audit('nvidia/Qwen3.8-Flash-Next-NVFP4');
    expect(lineage.edges).toEqual([{ child: 'nvidia/Qwen3.8-Flash-Next-NVFP4', parent: 'Qwen/Qwen3.8-Flash-Next', relation: 'quantized' }]);
    expect(origin.families).toEqual([expect.objectContaining({ familyId: 'qwen', via: 'Qwen/Qwen3.8-Flash-Next', confidence: 'high' })]);
    expect(origin.suspectedBases).toBeUndefined();
    expect(licenceOf(licences, 'nvidia/Qwen3.8-Flash-Next-NVFP4')).toMatchObject({ id: 'nvidia-open-model-license', kind: 'attribution' });
    expect(licences.findings).toEqual([
      expect.objectContaining({
        kind: 'licence-drift',
        model: 'nvidia/Qwen3.8-Flash-Next-NVFP4',
        detail: expect.stringContaining('the derivative adds its own terms'),
      }),
    ]);
  });
});

describe('repackagers: RedHatAI (formerly neuralmagic), mlx-community', () => {
  it('follows an old neuralmagic id to RedHatAI, a quantization (int8 tags, compressed-tensors) of a DeepSeek distill of Qwen', async () => {
    const { lineage, origin, nodes } = await audit('neuralmagic/DeepSeek-R1-Distill-Qwen-1.5B-quantized.w8a8');
    expect(lineage.status).toBe('resolved');
    expect(nodes['RedHatAI/DeepSeek-R1-Distill-Qwen-1.5B-quantized.w8a8']!.aliases).toEqual(['neuralmagic/DeepSeek-R1-Distill-Qwen-1.5B-quantized.w8a8']);
    expect(lineage.edges).toEqual([
      { child: 'RedHatAI/DeepSeek-R1-Distill-Qwen-1.5B-quantized.w8a8', parent: 'deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B', relation: 'quantized' },
      { child: 'deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B', parent: 'Qwen/Qwen2.5-Math-1.5B', relation: 'finetune' },
      { child: 'Qwen/Qwen2.5-Math-1.5B', parent: 'Qwen/Qwen2.5-1.5B', relation: 'finetune' },
    ]);
    expect(origin.families.map((f) => f.via)).not.toContain('RedHatAI/DeepSeek-R1-Distill-Qwen-1.5B-quantized.w8a8');
    expect(familyIds(origin)).toEqual(['deepseek', 'qwen']);
    expect(origin.chineseOrigin).toBe(true);
  });

  it('suspects DeepSeek for a neuralmagic FP8 copy that declares no base, by its config, its licence and its name', async () => {
    const { lineage, origin, licences } = await audit('neuralmagic/DeepSeek-Coder-V2-Instruct-FP8');
    expect(lineage.roots).toEqual(['RedHatAI/DeepSeek-Coder-V2-Instruct-FP8']);
    expect(origin.suspectedBases?.map((s) => [s.familyId, s.basis, s.confidence])).toEqual([
      ['deepseek', 'fingerprint', 'medium'],
      ['deepseek', 'licence', 'medium'],
      ['deepseek', 'name', 'medium'],
    ]);
    expect(origin.families.map((f) => [f.familyId, f.confidence])).toEqual([['deepseek', 'medium']]);
    expect(origin).toMatchObject({ chineseOrigin: true, confidence: 'medium' });
    expect(licences.licenses[0]).toMatchObject({
      id: 'deepseek',
      kind: 'use-restricted',
      link: 'https://github.com/deepseek-ai/DeepSeek-Coder-V2/blob/main/LICENSE-MODEL',
    });
  });

  it('takes an MLX copy with library_name transformers and only an mlx tag as a quantization, and says its own licence is undeclared', async () => {
    const { lineage, origin, licences } = await audit('mlx-community/DeepSeek-R1-Distill-Qwen-32B-4bit');
    expect(lineage.edges[0]).toEqual({
      child: 'mlx-community/DeepSeek-R1-Distill-Qwen-32B-4bit',
      parent: 'deepseek-ai/DeepSeek-R1-Distill-Qwen-32B',
      relation: 'quantized',
    });
    expect(lineage.roots).toEqual(['Qwen/Qwen2.5-32B']);
    expect(origin.chineseOrigin).toBe(true);
    expect(licences.findings).toContainEqual(expect.objectContaining({ kind: 'licence-unknown', model: 'mlx-community/DeepSeek-R1-Distill-Qwen-32B-4bit' }));
    expect(licences.licenses.map((l) => [l.model, l.id])).toEqual([
      ['deepseek-ai/DeepSeek-R1-Distill-Qwen-32B', 'mit'],
      ['Qwen/Qwen2.5-32B', 'apache-2.0'],
    ]);
  });
});

describe('LM Studio community and Second State GGUFs', () => {
  it('follows an lmstudio-community GGUF to DeepSeek-Coder-V2-Lite, ignoring the lm_studio block, with the DeepSeek licence at its repo link', async () => {
    const { lineage, origin, licences, nodes } = await audit('lmstudio-community/DeepSeek-Coder-V2-Lite-Instruct-GGUF');
    expect(lineage.status).toBe('resolved');
    expect(lineage.edges).toEqual([
      { child: 'lmstudio-community/DeepSeek-Coder-V2-Lite-Instruct-GGUF', parent: 'deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct', relation: 'quantized' },
    ]);
    expect(origin.families).toEqual([
      expect.objectContaining({ familyId: 'deepseek', via: 'deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct', confidence: 'high' }),
    ]);
    // The GGUF header (deepseek2) corroborates; the copy declares its base, so it attributes nothing itself.
    expect(origin.evidence).toContainEqual(expect.objectContaining({ kind: 'gguf', node: 'lmstudio-community/DeepSeek-Coder-V2-Lite-Instruct-GGUF' }));
    // license_link: LICENSE is the file in each repo, not one URL.
    expect(licenceOf(licences, 'lmstudio-community/DeepSeek-Coder-V2-Lite-Instruct-GGUF')).toMatchObject({
      id: 'deepseek',
      link: fileAt(nodes, 'lmstudio-community/DeepSeek-Coder-V2-Lite-Instruct-GGUF', 'LICENSE'),
    });
    expect(licenceOf(licences, 'deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct')).toMatchObject({
      id: 'deepseek',
      root: true,
      link: fileAt(nodes, 'deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct', 'LICENSE'),
    });
    expect(licences.findings).toEqual([]);
  });

  it('reaches Skywork (CN) through an lmstudio-community quant, and suspects the Qwen base its config fingerprint shows', async () => {
    const { lineage, origin } = await audit('lmstudio-community/Skywork-SWE-32B-GGUF');
    expect(lineage.edges).toEqual([{ child: 'lmstudio-community/Skywork-SWE-32B-GGUF', parent: 'Skywork/Skywork-SWE-32B', relation: 'quantized' }]);
    // The fingerprint names the base it was trained from: Qwen at medium beside Skywork's namespace.
    expect(origin.families).toEqual([
      expect.objectContaining({ familyId: 'skywork', country: 'CN', via: 'Skywork/Skywork-SWE-32B', confidence: 'high' }),
      expect.objectContaining({ familyId: 'qwen', country: 'CN', via: 'Skywork/Skywork-SWE-32B', confidence: 'medium' }),
    ]);
    expect(origin.suspectedBases).toEqual([expect.objectContaining({ familyId: 'qwen', basis: 'fingerprint', via: 'Skywork/Skywork-SWE-32B' })]);
    expect(origin.chineseOrigin).toBe(true);
  });

  it('follows a Second State GGUF of Stable Diffusion 3 to Stability AI, and resolves license_link: LICENSE.md against each repo', async () => {
    const { lineage, origin, licences, nodes } = await audit('second-state/stable-diffusion-3-medium-GGUF');
    expect(lineage.edges).toEqual([
      { child: 'second-state/stable-diffusion-3-medium-GGUF', parent: 'stabilityai/stable-diffusion-3-medium', relation: 'quantized' },
    ]);
    expect(origin.families).toEqual([expect.objectContaining({ familyId: 'stability', country: 'GB', via: 'stabilityai/stable-diffusion-3-medium' })]);
    expect(origin.chineseOrigin).toBe(false);
    expect(licences.licenses.map((l) => [l.model, l.id, l.kind, l.link])).toEqual([
      [
        'second-state/stable-diffusion-3-medium-GGUF',
        'stabilityai-ai-community',
        'user-threshold',
        fileAt(nodes, 'second-state/stable-diffusion-3-medium-GGUF', 'LICENSE.md'),
      ],
      [
        'stabilityai/stable-diffusion-3-medium',
        'stabilityai-ai-community',
        'user-threshold',
        fileAt(nodes, 'stabilityai/stable-diffusion-3-medium', 'LICENSE.md'),
      ],
    ]);
  });
});

describe('vision-language composites and embeddings', () => {
  it('reads InternVL3 (vision encoder + Qwen LLM, base_model_relation: merge) as OpenGVLab and Qwen, under the Qwen licence', async () => {
    const { lineage, origin, licences } = await audit('OpenGVLab/InternVL3-2B');
    expect(lineage.status).toBe('resolved');
    expect(lineage.roots).toEqual(['OpenGVLab/InternViT-300M-448px-V2_5', 'Qwen/Qwen2.5-1.5B']);
    expect(familyIds(origin, 'high')).toEqual(['internvl', 'qwen']);
    expect(origin.chineseOrigin).toBe(true);
    expect(licenceOf(licences, 'OpenGVLab/InternVL3-2B')).toMatchObject({ id: 'qwen', kind: 'user-threshold' });
    expect(licenceOf(licences, 'OpenGVLab/InternViT-300M-448px-V2_5')).toMatchObject({ id: 'mit', root: true });
  });

  it("attributes MiniCPM-V 4.5 to OpenBMB by its namespace and reports the card's declared licence", async () => {
    const { lineage, origin, licences } = await audit('openbmb/MiniCPM-V-4_5');
    expect(lineage).toMatchObject({ status: 'resolved', roots: ['openbmb/MiniCPM-V-4_5'] });
    expect(origin.families).toEqual([expect.objectContaining({ familyId: 'minicpm', country: 'CN', confidence: 'high' })]);
    expect(origin.evidence).toContainEqual(expect.objectContaining({ kind: 'config', detail: expect.stringContaining('agrees with the namespace') }));
    expect(licences.licenses[0]).toMatchObject({ id: 'apache-2.0' });
  });

  it("reports Tencent's KaLM embedding on Gemma 3 as both Tencent (CN) and Gemma (US), each with its licence", async () => {
    const { lineage, origin, licences } = await audit('tencent/KaLM-Embedding-Gemma3-12B-2511');
    expect(lineage.edges).toEqual([{ child: 'tencent/KaLM-Embedding-Gemma3-12B-2511', parent: 'google/gemma-3-12b-pt', relation: 'finetune' }]);
    expect(origin.families).toHaveLength(2);
    // Nearest first: the model's own organisation, then its base's.
    expect(origin.families.map((f) => f.via)).toEqual(['tencent/KaLM-Embedding-Gemma3-12B-2511', 'google/gemma-3-12b-pt']);
    expect(origin.families).toContainEqual(
      expect.objectContaining({
        familyId: 'hunyuan',
        organisation: 'Tencent',
        country: 'CN',
        via: 'tencent/KaLM-Embedding-Gemma3-12B-2511',
        confidence: 'high',
      }),
    );
    expect(origin.families).toContainEqual(expect.objectContaining({ familyId: 'gemma', country: 'US', via: 'google/gemma-3-12b-pt', confidence: 'high' }));
    expect(origin.chineseOrigin).toBe(true);
    expect(licences.licenses.map((l) => [l.model, l.id])).toEqual([
      ['tencent/KaLM-Embedding-Gemma3-12B-2511', 'tencent-kalm-embedding-community'],
      ['google/gemma-3-12b-pt', 'gemma'],
    ]);
  });
});

describe('GLM after the THUDM -> zai-org rename, and licences named in the card only', () => {
  it('walks LongReward (named by its old THUDM id) through two renamed bases to glm-4-9b, with the GLM-4 licence on every node', async () => {
    const { lineage, origin, licences, nodes } = await audit('THUDM/LongReward-glm4-9b-DPO');
    expect(lineage.status).toBe('resolved');
    expect(lineage.edges).toEqual([
      { child: 'zai-org/LongReward-glm4-9b-DPO', parent: 'zai-org/glm-4-9b-chat-hf', relation: 'finetune' },
      { child: 'zai-org/glm-4-9b-chat-hf', parent: 'zai-org/glm-4-9b-chat', relation: 'finetune' },
      { child: 'zai-org/glm-4-9b-chat', parent: 'zai-org/glm-4-9b', relation: 'finetune' },
    ]);
    // new_version names the repo itself under its old namespace: not lineage.
    expect(nodes['zai-org/glm-4-9b-chat-hf']!.aliases).toEqual(['THUDM/glm-4-9b-chat-hf']);
    expect(lineage.problems).toEqual([]);
    expect(familyIds(origin)).toEqual(['glm']);
    expect(new Set(licences.licenses.map((l) => l.id))).toEqual(new Set(['glm-4']));
  });

  it('attributes an official GGUF with no base (glm-edge-v-5b-gguf) and GLM-4V by namespace', async () => {
    for (const id of ['zai-org/glm-edge-v-5b-gguf', 'THUDM/glm-4v-9b']) {
      const { lineage, origin, licences } = await audit(id);
      expect(lineage.status, id).toBe('resolved');
      expect(origin.families, id).toEqual([expect.objectContaining({ familyId: 'glm', confidence: 'high' })]);
      expect(licences.licenses[0], id).toMatchObject({ id: 'glm-4', kind: 'registration' });
    }
  });

  it('keeps InternLM 2.5\'s bare "license: other" as an unnamed licence to read, not a guess', async () => {
    const { origin, licences } = await audit('internlm/internlm2_5-7b-chat');
    expect(origin.families).toEqual([expect.objectContaining({ familyId: 'internlm', country: 'CN' })]);
    expect(licences.licenses[0]).toMatchObject({ id: 'other', kind: 'unknown' });
  });
});

describe('a mergekit model_stock merge of LoRA-carrying models', () => {
  it('reads 14 base_model entries as 8 distinct merge parents, reaches HuatuoGPT (CN) on Llama, and names the parents it could not read', async () => {
    const { lineage, origin } = await audit('merge-lab/HuatuoGPT-o1-8B-lora-stock');
    const parents = lineage.edges.filter((e) => e.child === 'merge-lab/HuatuoGPT-o1-8B-lora-stock');
    expect(parents).toHaveLength(8);
    expect(new Set(parents.map((e) => e.relation))).toEqual(new Set(['merge']));
    expect(lineage.edges).toContainEqual({ child: 'FreedomIntelligence/HuatuoGPT-o1-8B', parent: 'meta-llama/Llama-3.1-8B-Instruct', relation: 'finetune' });
    expect(lineage.status).toBe('partial');
    expect(lineage.problems.filter((p) => p.startsWith('ancestor '))).toHaveLength(7);
    expect(origin.families).toContainEqual(
      expect.objectContaining({ familyId: 'freedomintelligence', country: 'CN', via: 'FreedomIntelligence/HuatuoGPT-o1-8B' }),
    );
    expect(origin.families).toContainEqual(expect.objectContaining({ familyId: 'llama', country: 'US' }));
    expect(origin.chineseOrigin).toBe(true);
  });
});

describe('an adapter whose card and adapter_config.json disagree', () => {
  it('follows both the base the card names and the one PEFT loads, reports the contradiction, and leaves the lineage partial', async () => {
    const { lineage, origin } = await audit('uz-lab/absa-lora');
    expect(lineage.edges.filter((e) => e.child === 'uz-lab/absa-lora')).toEqual([
      { child: 'uz-lab/absa-lora', parent: 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', relation: 'adapter' },
      { child: 'uz-lab/absa-lora', parent: 'meta-llama/Llama-3.2-3B-Instruct', relation: 'adapter' },
    ]);
    expect(lineage.status).toBe('partial');
    expect(lineage.problems).toEqual([expect.stringContaining('its adapter_config.json loads meta-llama/Llama-3.2-3B-Instruct')]);
    expect(familyIds(origin, 'high')).toEqual(['deepseek', 'llama', 'qwen']);
    expect(origin.chineseOrigin).toBe(true);
  });
});
