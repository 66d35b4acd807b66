// Origin attribution on lineages resolved from the recorded Hub, and on synthetic nodes.
import { describe, expect, it } from 'vitest';
import { classifyOrigin, loadRegistry } from '../../src/classify/index.js';
import type { Lineage, LineageNode } from '../../src/model/lineage.js';
import type { ModelSource } from '../../src/model/reference.js';
import { recordedClient, resolveAndClassify } from '../helpers/classify-hub.js';
import { HUB_FIXTURES } from '../helpers/hub-server.js';

const registry = loadRegistry();
const classifyHub = (id: string) => resolveAndClassify(id, recordedClient(HUB_FIXTURES));

function single(id: string, node: Partial<LineageNode> = {}, source: ModelSource = 'huggingface') {
  const lineage: Lineage = { status: 'resolved', roots: [id], edges: [], nodes: [id], problems: [] };
  const nodes = source === 'huggingface' ? { [id]: { id, aliases: [], source, licence: {}, ...node } } : {};
  return classifyOrigin({ id, source, lineage, nodes }, registry);
}

describe('official releases of every Chinese family are attributed by namespace', () => {
  const chinese = registry.families.filter((f) => f.country === 'CN' && f.hf_namespaces.length > 0);
  it('covers the registry', () => expect(chinese.length).toBeGreaterThan(30));
  it.each(chinese.flatMap((f) => f.hf_namespaces.map((ns) => [f.id, ns] as const)))('%s via %s', (familyId, namespace) => {
    const origin = single(`${namespace}/some-official-model`);
    expect(origin.chineseOrigin).toBe(true);
    expect(origin.families.map((f) => f.familyId)).toContain(familyId);
    expect(origin.evidence[0]).toMatchObject({ kind: 'namespace', confidence: 'high' });
  });
});

describe('family names as reports and policy rules see them', () => {
  const ownNamespace = (f: (typeof registry.families)[number]) => f.hf_namespaces.find((ns) => registry.byNamespace.get(ns)?.length === 1);
  const official = registry.families.filter((f) => ownNamespace(f));
  it.each(official.map((f) => [f.id, ownNamespace(f)!] as const))('%s (via %s) is named by a whole name', (familyId, namespace) => {
    const family = single(`${namespace}/some-official-model`).families.find((f) => f.familyId === familyId);
    // A name, not a fragment of the registry's description ("Nemotron (Nemotron-4" was one).
    expect(family?.family).toMatch(/^[^(),;]+$/);
  });

  it('names NVIDIA and Microsoft models Nemotron and Phi, so `family: Nemotron` in a policy matches them', () => {
    expect(single('nvidia/Nemotron-H-8B').families.map((f) => f.family)).toEqual(['Nemotron']);
    expect(single('microsoft/Phi-4-mini-instruct').families.map((f) => f.family)).toEqual(['Phi']);
    expect(
      single('google/siglip-so400m-patch14-384', { config: { modelType: 'siglip', architectures: ['SiglipModel'] } }).families.map((f) => f.family),
    ).toEqual(['Google research encoders']);
  });

  it('decides a shared namespace by the name when no config was read (an offline run): Flan-T5 is not Gemma', () => {
    const unread = (id: string) =>
      classifyOrigin({ id, source: 'huggingface', lineage: { status: 'unresolved', roots: [], edges: [], nodes: [id], problems: [] }, nodes: {} }, registry);
    expect(unread('google/flan-t5-base').families.map((f) => f.family)).toEqual(['Google research encoders']);
    expect(unread('google/gemma-2-9b-it').families.map((f) => f.family)).toEqual(['Gemma']);
  });
});

describe('lineage-based attribution', () => {
  it('finds the Qwen root under a third-party fine-tune whose name hides it', async () => {
    const { origin } = await classifyHub('arcee-ai/SuperNova-Medius');
    expect(origin.chineseOrigin).toBe(true);
    expect(origin.families).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ familyId: 'arcee', country: 'US', via: 'arcee-ai/SuperNova-Medius' }),
        expect.objectContaining({ familyId: 'qwen', country: 'CN', via: 'Qwen/Qwen2.5-14B' }),
      ]),
    );
    expect(origin.evidence).toContainEqual(
      expect.objectContaining({
        kind: 'declared-base',
        detail: expect.stringContaining('arcee-ai/SuperNova-Medius -finetune-> Qwen/Qwen2.5-14B-Instruct -finetune-> Qwen/Qwen2.5-14B'),
      }),
    );
  });

  it('reports both families of a DeepSeek distill of a Llama base', async () => {
    const { origin, licences } = await classifyHub('deepseek-ai/DeepSeek-R1-Distill-Llama-8B');
    const byFamily = Object.fromEntries(origin.families.map((f) => [f.familyId, f.country]));
    expect(byFamily).toMatchObject({ deepseek: 'CN', llama: 'US' });
    expect(origin.chineseOrigin).toBe(true);
    expect(licences.licenses.map((l) => [l.model, l.id, l.root ?? false])).toEqual([
      ['deepseek-ai/DeepSeek-R1-Distill-Llama-8B', 'mit', false],
      ['meta-llama/Llama-3.1-8B', 'llama3.1', true],
    ]);
  });

  it('keeps both origins of a merge of a Chinese and a non-Chinese parent', async () => {
    const { origin } = await classifyHub('mergekit-community/Qwen-Llama-Slerp-8B');
    expect(new Set(origin.families.map((f) => f.country))).toEqual(new Set(['CN', 'US']));
    expect(origin.chineseOrigin).toBe(true);
  });

  it('never takes a repackager as the origin of a quantization', async () => {
    const { origin } = await classifyHub('unsloth/Kimi-K2-Instruct-GGUF');
    expect(origin.families.map((f) => f.via)).not.toContain('unsloth/Kimi-K2-Instruct-GGUF');
    expect(origin.families).toContainEqual(expect.objectContaining({ familyId: 'kimi', via: 'moonshotai/Kimi-K2-Instruct' }));
  });

  it('follows a renamed GLM repo to Zhipu', async () => {
    const { origin } = await classifyHub('THUDM/glm-4-9b-chat');
    expect(origin.families[0]).toMatchObject({ familyId: 'glm', country: 'CN' });
  });

  it('attributes Yi by namespace although it ships LlamaForCausalLM', async () => {
    const { origin } = await classifyHub('01-ai/Yi-1.5-9B-Chat');
    expect(origin.chineseOrigin).toBe(true);
    expect(new Set(origin.families.map((f) => f.familyId))).toEqual(new Set(['yi']));
  });

  it('says non-Chinese for a wholly non-Chinese lineage', async () => {
    expect((await classifyHub('meta-llama/Llama-3.1-8B-Instruct')).origin.chineseOrigin).toBe(false);
    expect((await classifyHub('bartowski/Llama-3.2-3B-Instruct-GGUF')).origin.chineseOrigin).toBe(false);
  });
});

describe('undeclared lineage', () => {
  it('catches a Qwen derivative that declares no base by its config fingerprint', async () => {
    const { origin } = await classifyHub('stealth-ai/Helios-7B');
    expect(origin.suspectedBases).toEqual([expect.objectContaining({ familyId: 'qwen', via: 'stealth-ai/Helios-7B' })]);
    expect(origin.evidence).toContainEqual(
      expect.objectContaining({ kind: 'fingerprint', detail: expect.stringMatching(/likely derived from Qwen: config model_type "qwen2"/) }),
    );
    // A fingerprint decides at medium confidence (it was left open before #16).
    expect(origin).toMatchObject({ chineseOrigin: true, confidence: 'medium' });
  });

  it('reads the vocabulary size of a Llama-architecture root from its config.json: a Qwen tokenizer', async () => {
    const { origin } = await classifyHub('lone-lab/Atlas-7B-Chat');
    expect(origin.suspectedBases).toEqual([expect.objectContaining({ familyId: 'qwen', detail: expect.stringContaining('vocabulary size 152064') })]);
  });

  it('does not flag a Llama-architecture model of a non-Chinese lab', async () => {
    const { origin } = await classifyHub('HuggingFaceTB/SmolLM2-1.7B-Instruct');
    expect(origin.suspectedBases).toBeUndefined();
    expect(origin.chineseOrigin).toBe(false);
    expect(origin.families.every((f) => f.country === 'US')).toBe(true);
  });

  it('uses a GGUF pre-tokenizer when a local file has nothing else', () => {
    const lineage: Lineage = { status: 'resolved', roots: ['models/mystery.gguf'], edges: [], nodes: ['models/mystery.gguf'], problems: [] };
    const origin = classifyOrigin(
      {
        id: 'models/mystery.gguf',
        source: 'local',
        lineage,
        nodes: {
          'models/mystery.gguf': {
            id: 'models/mystery.gguf',
            aliases: [],
            source: 'local',
            licence: {},
            gguf: { architecture: 'llama', preTokenizer: 'deepseek-llm' },
          },
        },
      },
      registry,
    );
    expect(origin.families[0]).toMatchObject({ familyId: 'deepseek', confidence: 'medium' });
    expect(origin.evidence[0]).toMatchObject({ kind: 'gguf' });
  });

  it('suspects a family from the name of a local folder or file that carries nothing else, at low confidence', () => {
    const local = (id: string, node: Partial<LineageNode> = {}) => {
      const lineage: Lineage = { status: 'resolved', roots: [id], edges: [], nodes: [id], problems: [] };
      return classifyOrigin({ id, source: 'local', lineage, nodes: { [id]: { id, aliases: [], source: 'local', licence: {}, ...node } } }, registry);
    };
    const served = local('/models/Qwen2.5-7B-Instruct');
    expect(served.families.map((f) => [f.familyId, f.confidence])).toEqual([['qwen', 'low']]);
    expect(served).toMatchObject({ chineseOrigin: true, confidence: 'low' });
    expect(served.suspectedBases).toEqual([
      expect.objectContaining({ familyId: 'qwen', basis: 'name', confidence: 'low', detail: expect.stringContaining('the name "Qwen2.5-7B-Instruct"') }),
    ]);
    // The quantisation suffix and extension are packaging, not the name.
    expect(local('./models/llama-3.1-8b-instruct-Q4_K_M.gguf').suspectedBases?.[0]).toMatchObject({
      familyId: 'llama',
      detail: expect.stringContaining('"llama-3.1-8b-instruct"'),
    });
    expect(local('./checkpoints/sft-run-3').suspectedBases).toBeUndefined();
    // Nothing at all: the only case left open.
    expect(local('./checkpoints/sft-run-3')).toMatchObject({ chineseOrigin: null });
    expect(local('./checkpoints/sft-run-3').confidence).toBeUndefined();
    // A header that names the family already says more than the name.
    expect(local('models/qwen-but-really.gguf', { gguf: { architecture: 'llama', preTokenizer: 'deepseek-llm' } }).suspectedBases).toBeUndefined();
  });
});

describe('namespaces, hosted models and names', () => {
  it('matches iic (Alibaba) but not IIC (a Spanish institute)', () => {
    expect(single('iic/SenseVoiceSmall').chineseOrigin).toBe(true);
    const spanish = single('IIC/roberta-base-spanish-squades');
    expect(spanish.families).toEqual([]);
    expect(spanish.chineseOrigin).toBeNull();
  });

  it('attributes Ollama tags and hosted API models through the registry', () => {
    expect(single('qwen2.5:7b', {}, 'ollama').families[0]).toMatchObject({ familyId: 'qwen', country: 'CN' });
    expect(single('llama3.2:3b', {}, 'ollama')).toMatchObject({ chineseOrigin: false });
    // Ollama's `llava` is LLaVA (its tags were of unknown origin); `llava-llama3` is XTuner's, not LLaVA's authors'.
    expect(single('llava:13b', {}, 'ollama').families[0]).toMatchObject({ familyId: 'llava', country: 'US' });
    expect(single('llava-llama3:8b', {}, 'ollama').families.map((f) => f.familyId)).not.toContain('llava');
    expect(single('deepseek/deepseek-chat', {}, 'api').families[0]).toMatchObject({ familyId: 'deepseek' });
    expect(single('dashscope/qwen-max', {}, 'api').families[0]).toMatchObject({ familyId: 'qwen' });
    expect(single('openai/gpt-4o', {}, 'api').chineseOrigin).toBe(false);
  });

  it("attributes a router's model by the creator its id names, or by the creator's model name", () => {
    // OpenRouter and Vercel's AI Gateway name the creator before the model: no family was found for these before.
    expect(single('openrouter/openai/gpt-4o', {}, 'api').families[0]).toMatchObject({ familyId: 'openai', country: 'US', confidence: 'high' });
    const claude = single('vercel-ai-gateway/anthropic/claude-4-sonnet', {}, 'api');
    expect(claude).toMatchObject({ chineseOrigin: false });
    expect(claude.evidence[0]!.detail).toContain("claude-4-sonnet is Claude's");
    expect(single('vercel-ai-gateway/zai/glm-4.6', {}, 'api')).toMatchObject({ chineseOrigin: true, confidence: 'high' });
    // The router itself serves every family: its name alone attributes nothing.
    expect(single('openrouter/acme/house-model-1', {}, 'api').families).toEqual([]);
  });

  it("attributes Bedrock's ids by the vendor they name first, behind a cross-region profile's region", () => {
    // Ids seen in the corpora (langchain, mem0, crewAI, agent-bom): 1,014 Claude, 1,008 Amazon, 573 Cohere references had
    // no family, because the region (`us.`, `global.`) or the vendor stood before the name the vendor's naming knows.
    expect(single('bedrock/us.anthropic.claude-sonnet-4-5-20250929-v1:0', {}, 'api').families[0]).toMatchObject({
      familyId: 'claude',
      country: 'US',
      confidence: 'high',
    });
    expect(single('bedrock/global.anthropic.claude-sonnet-4-6', {}, 'api').families[0]).toMatchObject({ familyId: 'claude' });
    expect(single('bedrock/amazon.titan-embed-text-v2:0', {}, 'api').families[0]).toMatchObject({ familyId: 'amazon-nova', country: 'US' });
    expect(single('bedrock/us.amazon.nova-pro-v1:0', {}, 'api').families[0]).toMatchObject({ familyId: 'amazon-nova' });
    expect(single('bedrock/cohere.embed-english-v3', {}, 'api').families[0]).toMatchObject({ familyId: 'cohere', country: 'CA' });
    expect(single('bedrock/us.deepseek.r1-v1:0', {}, 'api')).toMatchObject({ chineseOrigin: true });
    // A vendor publishing several families made the one the name names: Gemma, not Google's hosted Gemini.
    expect(single('bedrock/google.gemma-3-4b-it', {}, 'api').families.map((f) => f.familyId)).toEqual(['gemma']);
    expect(single('openrouter/google/gemma-3-4b-it', {}, 'api').families.map((f) => f.familyId)).toEqual(['gemma']);
    expect(single('openrouter/google/gemini-2.5-flash', {}, 'api').families.map((f) => f.familyId)).toEqual(['gemini']);
    // Only Bedrock writes vendor ids: a dotted name elsewhere is the name.
    expect(single('openai-compatible/acme.house-model-1', {}, 'api').families).toEqual([]);
  });

  it('decides on a name hint alone at low confidence, and lets stronger evidence overrule it', () => {
    const origin = single('someone/qwen-style-chat-7b');
    expect(origin.families[0]).toMatchObject({ familyId: 'qwen', confidence: 'low' });
    expect(origin.evidence[0]).toMatchObject({ kind: 'name' });
    expect(origin).toMatchObject({ chineseOrigin: true, confidence: 'low' });
    // A non-Chinese lab's namespace (high) outweighs a Chinese-looking name (low).
    const lookAlike = single('HuggingFaceTB/qwen-style-chat-7b');
    expect(lookAlike).toMatchObject({ chineseOrigin: false, confidence: 'high' });
  });
});

describe("a serving program's curated registry", () => {
  const unresolved = (id: string) => {
    const lineage: Lineage = { status: 'unresolved', roots: [id], edges: [], nodes: [id], problems: [] };
    return classifyOrigin({ id, source: 'huggingface', lineage, nodes: {} }, registry);
  };

  it("attributes TabbyML's entry (`tabby serve --chat-model Qwen2-1.5B-Instruct`) to the release it is named after, at medium confidence", () => {
    const origin = unresolved('TabbyML/Qwen2-1.5B-Instruct');
    expect(origin).toMatchObject({ chineseOrigin: true, confidence: 'medium' });
    expect(origin.evidence[0]).toMatchObject({ kind: 'registry', confidence: 'medium', detail: expect.stringMatching(/TabbyML \(tabby\)'s model registry/) });
  });

  it('leaves a name in any other namespace a low-confidence hint', () => {
    expect(unresolved('someone/Qwen2-1.5B-Instruct')).toMatchObject({ chineseOrigin: true, confidence: 'low' });
  });
});

describe('TinyLlama (held-out containers/ramalama, issue #15, session 20)', () => {
  it("is its own family, not Meta's Llama: its Hub namespace, its repackaged GGUF by name, and Ollama's tag", () => {
    // ramalama shortnames/shortnames.conf `"tinyllama" = "hf://TheBloke/TinyLlama-1.1B-Chat-v1.0-GGUF"`, test/e2e
    // `hf://TinyLlama/TinyLlama-1.1B-Chat-v1.0`, `ollama://tinyllama`.
    for (const [id, source] of [
      ['TinyLlama/TinyLlama-1.1B-Chat-v1.0', 'huggingface'],
      ['TheBloke/TinyLlama-1.1B-Chat-v1.0-GGUF', 'huggingface'],
      ['tinyllama', 'ollama'],
    ] as const) {
      const origin = single(id, {}, source);
      expect(
        origin.families.map((f) => [f.familyId, f.country]),
        id,
      ).toEqual([['tinyllama', 'SG']]);
      expect(origin.chineseOrigin, id).toBe(false);
    }
  });
});

describe('a longer family hint wins where a shorter one of another family starts (held-out SparkAudio/Spark-TTS, issue #15)', () => {
  const unread = (id: string, source: ModelSource = 'huggingface') =>
    classifyOrigin({ id, source, lineage: { status: 'unresolved', roots: [], edges: [], nodes: [id], problems: [] }, nodes: {} }, registry);

  it("gives SparkAudio's Spark-TTS to SparkAudio (its namespace, and its name in a local folder), not to iFlytek's Spark", () => {
    // run.sh: `huggingface-cli download SparkAudio/Spark-TTS-0.5B --local-dir $huggingface_model_local_dir`.
    const hub = unread('SparkAudio/Spark-TTS-0.5B');
    expect(hub.families.map((f) => [f.familyId, f.country])).toEqual([['sparkaudio', 'CN']]);
    expect(hub.evidence[0]).toMatchObject({ kind: 'namespace', confidence: 'high' });
    // webui.py: `initialize_model(model_dir="pretrained_models/Spark-TTS-0.5B", ...)`; bicodec.py's `SparkTTS-0.5B`.
    for (const folder of ['pretrained_models/Spark-TTS-0.5B', 'pretrained_models/SparkTTS-0.5B'])
      expect(single(folder, {}, 'local').suspectedBases?.map((b) => b.familyId)).toEqual(['sparkaudio']);
  });

  it("still names iFlytek's Spark where its own hint stands alone", () => {
    expect(single('models/spark-v3.5-chat', {}, 'local').suspectedBases?.map((b) => b.familyId)).toEqual(['spark']);
  });
});

describe("Pruna AI's hosted copies (held-out abi/screenshot-to-code, issue #15, session 37)", () => {
  const unresolved = (id: string) => {
    const lineage: Lineage = { status: 'unresolved', roots: [id], edges: [], nodes: [id], problems: [] };
    return classifyOrigin({ id, source: 'huggingface', lineage, nodes: {} }, registry);
  };

  it("attributes `prunaai/z-image-turbo` (Pruna's Replicate deployment of Tongyi-MAI's Z-Image-Turbo) to Z-Image at medium confidence", () => {
    // backend/image_generation/replicate.py: Z_IMAGE_TURBO_MODEL_PATH = "prunaai/z-image-turbo", the default image model.
    const origin = unresolved('prunaai/z-image-turbo');
    expect(origin).toMatchObject({ chineseOrigin: true, confidence: 'medium' });
    expect(origin.families).toEqual([expect.objectContaining({ familyId: 'z-image', country: 'CN', confidence: 'medium' })]);
  });

  it("reads Tongyi-MAI's own upload as Z-Image at high confidence, and Pruna's own model (named for no family) as nobody's", () => {
    expect(unresolved('Tongyi-MAI/Z-Image-Turbo')).toMatchObject({ chineseOrigin: true, confidence: 'high' });
    expect(unresolved('prunaai/p-image-edit').families).toEqual([]);
  });
});
