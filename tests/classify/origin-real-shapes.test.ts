// Lineage, origin and licence of models whose Hub metadata has the shapes real repos use
// (fixtures/hub/real-shapes, each recording's source in its README), resolved through the real
// @huggingface/hub client over the recorded Hub, then classified as an audit would.
import { describe, expect, it } from 'vitest';
import { classifyOrigin, loadRegistry, wantsConfigFingerprint } from '../../src/classify/index.js';
import type { Lineage, LineageNode } from '../../src/model/lineage.js';
import type { ModelSource } from '../../src/model/reference.js';
import { realShapesHub, resolveAndClassify } from '../helpers/classify-hub.js';

const registry = loadRegistry();

const audit = (id: string) => resolveAndClassify(id, realShapesHub());

describe('quantizations by repackagers', () => {
  it('follows a TheBloke GGUF whose base_model is a full URL to the gated Llama 2 chat model, with no base_model tags to help', async () => {
    const { lineage, origin, licences, nodes } = await audit('TheBloke/Llama-2-7B-Chat-GGUF');
    expect(lineage.status).toBe('resolved');
    expect(lineage.edges).toEqual([{ child: 'TheBloke/Llama-2-7B-Chat-GGUF', parent: 'meta-llama/Llama-2-7b-chat-hf', relation: 'quantized' }]);
    expect(lineage.roots).toEqual(['meta-llama/Llama-2-7b-chat-hf']);
    // Gated: the metadata is public, so the lineage and the licence are read all the same.
    expect(nodes['meta-llama/Llama-2-7b-chat-hf']!.gated).toBe('manual');
    expect(origin.families).toEqual([expect.objectContaining({ familyId: 'llama', country: 'US', via: 'meta-llama/Llama-2-7b-chat-hf' })]);
    expect(origin.families.map((f) => f.via)).not.toContain('TheBloke/Llama-2-7B-Chat-GGUF');
    expect(origin.chineseOrigin).toBe(false);
    expect(licences.licenses.map((l) => [l.model, l.id, l.root ?? false])).toEqual([
      ['TheBloke/Llama-2-7B-Chat-GGUF', 'llama2', false],
      ['meta-llama/Llama-2-7b-chat-hf', 'llama2', true],
    ]);
  });

  it("reads TheBloke's model_link as the quantized original when the card names no base_model", async () => {
    const { lineage, origin } = await audit('TheBloke/MythoMax-L2-13B-GPTQ');
    expect(lineage.edges).toEqual([
      {
        child: 'TheBloke/MythoMax-L2-13B-GPTQ',
        parent: 'Gryphe/MythoMax-L2-13b',
        relation: 'quantized',
        declaredIn: 'card-text',
        evidence: 'model_link: https://huggingface.co/Gryphe/MythoMax-L2-13b',
      },
    ]);
    expect(lineage.roots).toEqual(['Gryphe/MythoMax-L2-13b']);
    expect(origin.families).toEqual([]);
    expect(origin.suspectedBases).toBeUndefined();
    expect(origin.chineseOrigin).toBeNull();
  });

  it('takes an MLX conversion (mlx tag and library) as a quantization of the base its copied card names', async () => {
    const { lineage, origin } = await audit('mlx-community/Qwen2.5-7B-Instruct-4bit');
    expect(lineage.edges).toEqual([{ child: 'mlx-community/Qwen2.5-7B-Instruct-4bit', parent: 'Qwen/Qwen2.5-7B', relation: 'quantized' }]);
    expect(origin.families).toEqual([expect.objectContaining({ familyId: 'qwen', country: 'CN', via: 'Qwen/Qwen2.5-7B', confidence: 'high' })]);
    expect(origin.chineseOrigin).toBe(true);
  });

  it('suspects the base of a repackaged GGUF that declares none by its name: Chinese at medium confidence (a repackager names a copy after its release), evidence "name"', async () => {
    const { lineage, origin } = await audit('QuantFactory/Qwen2-7B-Instruct-abliterated-GGUF');
    expect(lineage.roots).toEqual(['QuantFactory/Qwen2-7B-Instruct-abliterated-GGUF']);
    expect(origin.suspectedBases).toEqual([
      expect.objectContaining({
        familyId: 'qwen',
        basis: 'name',
        confidence: 'medium',
        via: 'QuantFactory/Qwen2-7B-Instruct-abliterated-GGUF',
        detail: expect.stringContaining('the name "Qwen2-7B-Instruct-abliterated"'),
      }),
    ]);
    expect(origin.evidence).toContainEqual(
      expect.objectContaining({
        kind: 'name',
        confidence: 'medium',
        detail: expect.stringMatching(
          /likely derived from Qwen: .*repackager's copy that declares no base.*repackagers name a copy after the release it packages/,
        ),
      }),
    );
    expect(origin.families).toEqual([expect.objectContaining({ familyId: 'qwen', confidence: 'medium' })]);
    // The repackager's name is the only evidence: decided, at the confidence such a name earns.
    expect(origin).toMatchObject({ chineseOrigin: true, confidence: 'medium' });
  });

  it("uses a TheBloke card's model_name and model_creator when the repo declares no base", async () => {
    const { origin, licences } = await audit('TheBloke/Yi-34B-Chat-AWQ');
    const yi = origin.suspectedBases?.find((s) => s.familyId === 'yi' && s.basis === 'name');
    expect(yi).toMatchObject({ basis: 'name', confidence: 'medium' });
    expect(yi!.detail).toMatch(/the name "Yi-34B-Chat"/);
    // Yi's own licence on a repackager's copy is Yi's identity: medium, above the name.
    expect(origin.suspectedBases).toContainEqual(expect.objectContaining({ familyId: 'yi', basis: 'licence', confidence: 'medium' }));
    expect(origin).toMatchObject({ chineseOrigin: true, confidence: 'medium' });
    expect(licences.licenses[0]).toMatchObject({ id: 'yi-license', kind: 'registration' });
  });
});

describe('merges', () => {
  it('reads the models of a LazyMergekit card from its tags as merge parents and reaches the Solar root', async () => {
    const { lineage, origin, licences } = await audit('SJ-Donald/SOLAR-10.7B-slerp');
    expect(
      lineage.edges
        .filter((e) => e.child === 'SJ-Donald/SOLAR-10.7B-slerp')
        .map((e) => [e.parent, e.relation])
        .sort(),
    ).toEqual([
      ['LDCC/LDCC-SOLAR-10.7B', 'merge'],
      ['upstage/SOLAR-10.7B-Instruct-v1.0', 'merge'],
    ]);
    expect(lineage.roots).toEqual(['LDCC/LDCC-SOLAR-10.7B', 'upstage/SOLAR-10.7B-v1.0']);
    expect(origin.families).toContainEqual(expect.objectContaining({ familyId: 'solar', country: 'KR', via: 'upstage/SOLAR-10.7B-Instruct-v1.0' }));
    expect(origin.chineseOrigin).toBe(false);
    expect(licences.licenses.find((l) => l.model === 'upstage/SOLAR-10.7B-v1.0')).toMatchObject({ id: 'apache-2.0', root: true });
  });

  it('reads the parents of a merge whose card names none from its mergekit_config.yml', async () => {
    const { lineage, origin } = await audit('merge-lab/qwen-llama-slerp');
    expect(lineage.status).toBe('resolved');
    expect(
      lineage.edges
        .filter((e) => e.child === 'merge-lab/qwen-llama-slerp')
        .map((e) => [e.parent, e.relation])
        .sort(),
    ).toEqual([
      ['Qwen/Qwen2.5-7B-Instruct', 'merge'],
      ['meta-llama/Llama-3.1-8B-Instruct', 'merge'],
    ]);
    expect(lineage.roots).toEqual(['Qwen/Qwen2.5-7B', 'meta-llama/Llama-3.1-8B']);
    expect(origin.chineseOrigin).toBe(true);
  });
});

describe('adapters trained from local folders', () => {
  it('reports a LLaMA-Factory adapter whose base is a local path as partial, and suspects Qwen by the folder name', async () => {
    const { lineage, origin, nodes } = await audit('lf-trainer/qwen2.5-vl-3b-lora-sft');
    expect(lineage.status).toBe('partial');
    expect(lineage.edges).toEqual([]);
    // Said once although the card, PEFT's tag and the config digest all repeat it.
    expect(lineage.problems).toEqual([
      'lf-trainer/qwen2.5-vl-3b-lora-sft declares base "/home/zzy/LLaMA-Factory/models/Qwen2.5-VL-3B-Instruct", which is not a Hub model id',
    ]);
    expect(nodes['lf-trainer/qwen2.5-vl-3b-lora-sft']!.localBases).toEqual([
      { value: '/home/zzy/LLaMA-Factory/models/Qwen2.5-VL-3B-Instruct', declaredIn: 'card', kind: 'local-path', name: 'Qwen2.5-VL-3B-Instruct' },
    ]);
    expect(origin.suspectedBases).toEqual([
      expect.objectContaining({
        familyId: 'qwen',
        basis: 'name',
        confidence: 'low',
        detail: expect.stringContaining('a local path ("/home/zzy/LLaMA-Factory/models/Qwen2.5-VL-3B-Instruct", in card)'),
      }),
    ]);
    expect(origin).toMatchObject({ chineseOrigin: true, confidence: 'low' });
  });

  it('reports an adapter whose adapter_config.json names a local folder, instead of calling it a resolved root', async () => {
    const { lineage, origin, nodes } = await audit('autodl-lab/qwen-ticket-lora');
    expect(lineage.status).toBe('partial');
    expect(lineage.problems).toEqual([
      'autodl-lab/qwen-ticket-lora declares base "/root/autodl-tmp/models/Qwen2.5-7B-Instruct" in adapter_config.json, which is not a Hub model id',
    ]);
    expect(nodes['autodl-lab/qwen-ticket-lora']!.localBases).toEqual([
      expect.objectContaining({ declaredIn: 'adapter_config.json', kind: 'local-path', name: 'Qwen2.5-7B-Instruct' }),
    ]);
    expect(origin.suspectedBases).toEqual([expect.objectContaining({ familyId: 'qwen', basis: 'name', confidence: 'low' })]);
  });

  it('follows an adapter whose base is a Hugging Face cache snapshot folder to the repo it caches', async () => {
    const { lineage, origin } = await audit('lf-trainer/qwen2.5-7b-hfcache-lora');
    expect(lineage.status).toBe('resolved');
    expect(lineage.edges[0]).toEqual({ child: 'lf-trainer/qwen2.5-7b-hfcache-lora', parent: 'Qwen/Qwen2.5-7B-Instruct', relation: 'adapter' });
    expect(lineage.roots).toEqual(['Qwen/Qwen2.5-7B']);
    expect(origin.families).toContainEqual(expect.objectContaining({ familyId: 'qwen', via: 'Qwen/Qwen2.5-7B-Instruct', confidence: 'high' }));
    expect(origin.chineseOrigin).toBe(true);
  });

  it('follows an adapter trained from the ModelScope cache (Qwen2___5 is Qwen2.5) to the Hub repo of the same name', async () => {
    const { lineage, origin, nodes } = await audit('lf-trainer/qwen2.5-7b-modelscope-lora');
    expect(lineage.edges[0]).toEqual({ child: 'lf-trainer/qwen2.5-7b-modelscope-lora', parent: 'Qwen/Qwen2.5-7B-Instruct', relation: 'adapter' });
    expect(nodes['lf-trainer/qwen2.5-7b-modelscope-lora']!.localBases?.[0]).toMatchObject({ kind: 'modelscope-cache', derivedId: 'Qwen/Qwen2.5-7B-Instruct' });
    expect(origin.chineseOrigin).toBe(true);
    expect(origin.suspectedBases).toBeUndefined();
  });
});

describe('legacy ids and model-index noise', () => {
  it('follows base_model: bert-base-uncased to google-bert and ignores the model-index names', async () => {
    const { lineage, origin, licences } = await audit('banking-lab/bert-base-uncased-banking77');
    expect(lineage.status).toBe('resolved');
    expect(lineage.edges).toEqual([{ child: 'banking-lab/bert-base-uncased-banking77', parent: 'google-bert/bert-base-uncased', relation: 'finetune' }]);
    expect(lineage.nodes).not.toContain('distilbert_base_uncased');
    expect(origin.families).toContainEqual(expect.objectContaining({ country: 'US', via: 'google-bert/bert-base-uncased' }));
    expect(licences.licenses[0]).toMatchObject({ model: 'banking-lab/bert-base-uncased-banking77', id: 'apache-2.0' });
  });
});

describe('undeclared lineage in real config and card shapes (synthetic lineages)', () => {
  const node = (id: string, extra: Partial<LineageNode> = {}): LineageNode => ({ id, aliases: [], source: 'huggingface', licence: {}, ...extra });
  const classify = (id: string, nodes: LineageNode[], edges: Lineage['edges'] = [], source: ModelSource = 'huggingface') => {
    const ids = nodes.map((n) => n.id);
    const roots = ids.filter((n) => !edges.some((e) => e.child === n));
    const lineage: Lineage = { status: 'resolved', roots, edges, nodes: ids, problems: [] };
    return classifyOrigin({ id, source, lineage, nodes: Object.fromEntries(nodes.map((n) => [n.id, n])) }, registry);
  };

  it("tells a re-upload of Kimi weights from DeepSeek's by the tokenizer: DeepseekV3ForCausalLM with 163840 tokens (Kimi K2/K3 config.json)", () => {
    const reupload = node('someone/K2-reupload', { config: { modelType: 'deepseek_v3', architectures: ['DeepseekV3ForCausalLM'] } });
    // The architecture alone is shared by DeepSeek and Kimi: the config file is worth one request.
    expect(wantsConfigFingerprint(reupload, false, registry)).toBe(true);
    const origin = classify('someone/K2-reupload', [{ ...reupload, config: { ...reupload.config, vocabSize: 163840 } }]);
    expect(origin.suspectedBases?.map((s) => [s.familyId, s.basis])).toEqual([
      ['deepseek', 'fingerprint'],
      ['kimi', 'fingerprint'],
    ]);
    expect(origin.evidence).toContainEqual(
      expect.objectContaining({ kind: 'fingerprint', detail: expect.stringContaining("vocabulary size 163840 is Kimi's tokenizer") }),
    );
  });

  it('suspects the family whose repo code a root loads through auto_map ("deepseek-ai/DeepSeek-V3--modeling_deepseek.DeepseekV3ForCausalLM")', () => {
    const origin = classify('lab/custom-moe', [
      node('lab/custom-moe', { config: { modelType: 'custom_moe', architectures: ['CustomMoeForCausalLM'], remoteCode: ['deepseek-ai/DeepSeek-V3'] } }),
    ]);
    expect(origin.suspectedBases).toEqual([
      expect.objectContaining({
        familyId: 'deepseek',
        basis: 'remote-code',
        confidence: 'medium',
        detail: expect.stringContaining('loads model code from deepseek-ai/DeepSeek-V3'),
      }),
    ]);
  });

  it("flags an MLX copy whose name says Gemma while its copied card declares InternVL's base (mlx-community/gemma-3-12b-it-qat-4bit card)", () => {
    const mlx = 'mlx-community/gemma-3-12b-it-qat-4bit';
    const origin = classify(
      mlx,
      [node(mlx, { tags: ['mlx'] }), node('OpenGVLab/InternVL3-1B-Instruct')],
      [{ child: mlx, parent: 'OpenGVLab/InternVL3-1B-Instruct', relation: 'quantized' }],
    );
    expect(origin.families.map((f) => f.via)).toEqual(['OpenGVLab/InternVL3-1B-Instruct']);
    expect(origin.suspectedBases).toEqual([
      expect.objectContaining({ familyId: 'gemma', basis: 'name', confidence: 'low', detail: expect.stringContaining('never reaches') }),
    ]);
  });

  it("reads neuralmagic and second-state copies that declare no base as repackagers' copies (ids from old snapshots and LlamaEdge's model list)", () => {
    for (const id of ['neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8', 'second-state/Llama-2-7B-Chat-GGUF']) {
      const origin = classify(id, [node(id)]);
      expect(origin.suspectedBases, id).toEqual([
        expect.objectContaining({ familyId: 'llama', basis: 'name', confidence: 'medium', detail: expect.stringContaining("repackager's copy") }),
      ]);
      expect(origin, id).toMatchObject({ chineseOrigin: false, confidence: 'medium' });
    }
  });

  it("reads a family name only where a release would write it: Kimiko (a Llama 2 LoRA, koboldcpp's Colab list) is not Kimi", () => {
    const id = 'TheBloke/MythoMax-L2-Kimiko-v2-13B-GGUF';
    const origin = classify(id, [node(id)]);
    expect(origin.families.map((f) => f.familyId)).not.toContain('kimi');
    expect(origin.chineseOrigin).not.toBe(true);
    const kimi = 'unsloth/Kimi-K2-Instruct-GGUF';
    expect(classify(kimi, [node(kimi)]).families).toEqual([expect.objectContaining({ familyId: 'kimi', confidence: 'medium' })]);
  });

  it("says a repackager's copy an offline run did not read was not read, not that it declares no base (text-generation-webui's Colab notebook)", () => {
    const id = 'unsloth/Qwen3.5-9B-GGUF';
    const origin = classify(id, []);
    expect(origin.families).toEqual([expect.objectContaining({ familyId: 'qwen', confidence: 'medium' })]);
    expect(origin.evidence).toEqual([expect.objectContaining({ kind: 'name', detail: expect.stringContaining("repackager's copy whose card was not read") })]);
  });

  it('does not flag a repackager whose name agrees with its lineage', () => {
    const gguf = 'bartowski/Qwen2.5-7B-Instruct-GGUF';
    const origin = classify(gguf, [node(gguf), node('Qwen/Qwen2.5-7B-Instruct')], [{ child: gguf, parent: 'Qwen/Qwen2.5-7B-Instruct', relation: 'quantized' }]);
    expect(origin.suspectedBases).toBeUndefined();
  });

  it("never takes ModelScope's mirror namespace as an origin: LLM-Research/Meta-Llama-3-8B-Instruct is suspected Llama by name", () => {
    const origin = classify(
      'LLM-Research/Meta-Llama-3-8B-Instruct',
      [node('LLM-Research/Meta-Llama-3-8B-Instruct', { source: 'modelscope' })],
      [],
      'modelscope',
    );
    // The mirror is never the origin: Llama comes from the copy's name, at a repackager's medium.
    expect(origin.families).toEqual([expect.objectContaining({ familyId: 'llama', via: 'LLM-Research/Meta-Llama-3-8B-Instruct', confidence: 'medium' })]);
    expect(origin.evidence.some((e) => e.kind === 'namespace')).toBe(false);
    expect(origin.suspectedBases).toEqual([expect.objectContaining({ familyId: 'llama', basis: 'name', confidence: 'medium' })]);
    expect(origin).toMatchObject({ chineseOrigin: false, confidence: 'medium' });
  });

  it("attributes an OpenXLab repo by OpenXLab's namespaces: OpenLMLab is InternLM's there, a user's namespace is no one's", () => {
    // InternLM/InternLM model_cards/internlm2_7b.md links openxlab.org.cn/models/detail/OpenLMLab/internlm2-7b;
    // SmartFlowAI/EmoLLM's demos download ajupyter/EmoLLM_internlm2_7b_full from OpenXLab.
    const internlm = classify('OpenLMLab/internlm2-7b', [node('OpenLMLab/internlm2-7b', { source: 'openxlab' })], [], 'openxlab');
    expect(internlm.families).toEqual([expect.objectContaining({ familyId: 'internlm', confidence: 'high' })]);
    expect(internlm.evidence).toEqual([expect.objectContaining({ kind: 'namespace', detail: expect.stringContaining('OpenLMLab') })]);
    expect(internlm).toMatchObject({ chineseOrigin: true, confidence: 'high' });
    // THUDM is GLM's on OpenXLab as on the Hub (THUDM/ChatGLM3's README links openxlab.org.cn/models/detail/THUDM/chatglm3-6b).
    expect(classify('THUDM/chatglm3-6b', [node('THUDM/chatglm3-6b', { source: 'openxlab' })], [], 'openxlab').families[0]).toMatchObject({ familyId: 'glm' });
    const user = classify('ajupyter/EmoLLM_internlm2_7b_full', [node('ajupyter/EmoLLM_internlm2_7b_full', { source: 'openxlab' })], [], 'openxlab');
    expect(user.evidence.some((e) => e.kind === 'namespace')).toBe(false);
  });

  it('attributes a local-path base to the ancestor that declared it, not to the model', () => {
    const origin = classify(
      'acme/app-lora',
      [
        node('acme/app-lora'),
        node('acme/base-sft', {
          localBases: [
            { value: '/root/autodl-tmp/models/deepseek-math-7b-instruct', declaredIn: 'card', kind: 'local-path', name: 'deepseek-math-7b-instruct' },
          ],
        }),
      ],
      [{ child: 'acme/app-lora', parent: 'acme/base-sft', relation: 'adapter' }],
    );
    expect(origin.suspectedBases).toEqual([expect.objectContaining({ familyId: 'deepseek', via: 'acme/base-sft', basis: 'name' })]);
  });
});

describe('Unsloth and bartowski', () => {
  it('follows a QLoRA adapter trained on an Unsloth bnb-4bit copy through the copy to Qwen, never taking Unsloth as an origin', async () => {
    const { lineage, origin, licences } = await audit('phish-lab/phishing-analyzer-lora-3b');
    expect(lineage.edges).toEqual([
      { child: 'phish-lab/phishing-analyzer-lora-3b', parent: 'unsloth/Qwen2.5-3B-Instruct-bnb-4bit', relation: 'adapter' },
      { child: 'unsloth/Qwen2.5-3B-Instruct-bnb-4bit', parent: 'Qwen/Qwen2.5-3B-Instruct', relation: 'quantized' },
      { child: 'Qwen/Qwen2.5-3B-Instruct', parent: 'Qwen/Qwen2.5-3B', relation: 'finetune' },
    ]);
    expect(origin.families.map((f) => f.via)).not.toContain('unsloth/Qwen2.5-3B-Instruct-bnb-4bit');
    expect(origin.families).toContainEqual(expect.objectContaining({ familyId: 'qwen', country: 'CN', via: 'Qwen/Qwen2.5-3B-Instruct' }));
    expect(origin.chineseOrigin).toBe(true);
    expect(licences.licenses.find((l) => l.model === 'phish-lab/phishing-analyzer-lora-3b')).toMatchObject({ id: 'qwen-research' });
  });

  it('follows a bartowski GGUF that declares no base to the model its name encodes, once the Hub confirms moonshotai/Kimi-K2-Instruct', async () => {
    const { origin, lineage } = await audit('bartowski/moonshotai_Kimi-K2-Instruct-GGUF');
    expect(lineage.edges).toEqual([
      expect.objectContaining({
        child: 'bartowski/moonshotai_Kimi-K2-Instruct-GGUF',
        parent: 'moonshotai/Kimi-K2-Instruct',
        relation: 'quantized',
        declaredIn: 'repackager-name',
      }),
    ]);
    expect(origin.families).toEqual(expect.arrayContaining([expect.objectContaining({ familyId: 'kimi', via: 'moonshotai/Kimi-K2-Instruct' })]));
    expect(origin.chineseOrigin).toBe(true);
  });
});

describe('families known by name only (held-out netease-youdao/EmotiVoice, session 30)', () => {
  const registry = loadRegistry();
  const node = (id: string): LineageNode => ({ id, aliases: [], source: 'huggingface', licence: {} });
  const classify = (id: string, nodes: LineageNode[]) => {
    const lineage: Lineage = { status: 'resolved', roots: [id], edges: [], nodes: nodes.map((n) => n.id), problems: [] };
    return classifyOrigin({ id, source: 'huggingface', lineage, nodes: Object.fromEntries(nodes.map((n) => [n.id, n])) }, registry);
  };
  it("takes a SimBERT conversion under its converter's name as Zhuiyi Technology's SimBERT, by name", () => {
    // netease-youdao/EmotiVoice config/joint/config.py: `bert_path = 'WangZeJun/simbert-base-chinese'`, the style encoder.
    const origin = classify('WangZeJun/simbert-base-chinese', [node('WangZeJun/simbert-base-chinese')]);
    expect(origin.families).toEqual([expect.objectContaining({ familyId: 'zhuiyi-simbert' })]);
    expect(origin.evidence.some((e) => e.kind === 'namespace')).toBe(false);
    expect(origin.chineseOrigin).toBe(true);
    // Not a SimCSE BERT, whose name holds `sim` and `bert` apart.
    const simcse = classify('princeton-nlp/sup-simcse-bert-base-uncased', [node('princeton-nlp/sup-simcse-bert-base-uncased')]);
    expect(simcse.families.map((f) => f.familyId)).not.toContain('zhuiyi-simbert');
  });
});

describe('held-out round 38 (session 34): LLaMAX, by its namespace', () => {
  it("takes LLaMAX/LLaMAX3-8B-Alpaca as Shanghai AI Laboratory's LLaMAX (CN) by namespace, its lineage unknown offline", () => {
    // EleutherAI/lm-evaluation-harness lm_eval/tasks/afrobench/sample_run_scripts/run_afrobench.sh:13, a model the script evaluates.
    const id = 'LLaMAX/LLaMAX3-8B-Alpaca';
    const lineage: Lineage = { status: 'unresolved', roots: [], edges: [], nodes: [], problems: [] };
    const origin = classifyOrigin({ id, source: 'huggingface', lineage, nodes: {} }, registry);
    expect(origin.families).toEqual([expect.objectContaining({ familyId: 'llamax', country: 'CN' })]);
    expect(origin.chineseOrigin).toBe(true);
    // Not a name that merely holds the word elsewhere: a Llama 3 fine-tune of another namespace.
    const other = classifyOrigin({ id: 'meta-llama/Meta-Llama-3-8B', source: 'huggingface', lineage, nodes: {} }, registry);
    expect(other.families.map((f) => f.familyId)).not.toContain('llamax');
  });
});

describe('held-out round 41 (session 37): Mini-Omni and LLaMA-Omni', () => {
  const lineage: Lineage = { status: 'unresolved', roots: [], edges: [], nodes: [], problems: [] };
  it("takes gpt-omni/mini-omni as Inspirai and Tsinghua University's Mini-Omni (CN) by namespace", () => {
    // gpt-omni/mini-omni inference.py: `snapshot_download("gpt-omni/mini-omni", local_dir=ckpt_dir)`.
    const origin = classifyOrigin({ id: 'gpt-omni/mini-omni', source: 'huggingface', lineage, nodes: {} }, registry);
    expect(origin.families).toEqual([expect.objectContaining({ familyId: 'mini-omni', country: 'CN' })]);
    expect(origin.chineseOrigin).toBe(true);
  });

  it("takes the folder LLaMA-Omni's README downloads, Llama-3.1-8B-Omni, as ICTNLP's (CN) by its name", () => {
    // ictnlp/LLaMA-Omni run.sh: `--model-path Llama-3.1-8B-Omni`; predict.py: `f"{MODEL_CACHE}/Llama-3.1-8B-Omni"`.
    const origin = classifyOrigin({ id: 'models/Llama-3.1-8B-Omni', source: 'local', lineage, nodes: {} }, registry);
    expect(origin.families.map((f) => [f.familyId, f.country])).toContainEqual(['ictnlp', 'CN']);
    expect(origin.chineseOrigin).toBe(true);
    // Meta's own Llama 3.1 stays Meta's.
    const meta = classifyOrigin({ id: 'meta-llama/Llama-3.1-8B-Instruct', source: 'huggingface', lineage, nodes: {} }, registry);
    expect(meta.families.map((f) => f.familyId)).not.toContain('ictnlp');
  });
});
