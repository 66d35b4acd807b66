// parseHubModel on the shapes real model repos put in their metadata. Each case names where the
// shape was seen: model cards (README.md front matter), adapter_config.json and config.json files
// stored in public GitHub repositories, or the Hub's own documentation and client code.
import { describe, expect, it } from 'vitest';
import { parseHubModel } from '../../src/resolve/hub-model.js';
import { readBase } from '../../src/resolve/read-base.js';
import { readAdapterConfig, readConfigFile, readMergekitConfig } from '../../src/resolve/repo-files.js';
import { loadRegistry } from '../../src/registry/load.js';

const registry = loadRegistry();

const parse = (data: Record<string, unknown>, id = 'someone/model') => parseHubModel({ id, ...data }, id, registry);
const parents = (data: Record<string, unknown>, id?: string) => parse(data, id).parents.map((p) => [p.id, p.relation]);

describe('base_model values as cards write them', () => {
  it('reads a full Hub URL (TheBloke Llama-2-7B-Chat-GGUF card: base_model: https://huggingface.co/meta-llama/Llama-2-7b-chat-hf)', () => {
    expect(
      parents({ cardData: { base_model: 'https://huggingface.co/meta-llama/Llama-2-7b-chat-hf' }, siblings: [{ rfilename: 'llama-2-7b-chat.Q4_K_M.gguf' }] }),
    ).toEqual([['meta-llama/Llama-2-7b-chat-hf', 'quantized']]);
  });

  it('strips trailing slashes, spaces around the slash, quotes, /tree/<rev> and @rev, and mirror hosts', () => {
    // Trailing slashes: transformers logs "_name_or_path": "/opt/xxx/models/Qwen2.5-0.5B-Instruct/"; cards copy such values.
    for (const value of [
      'Qwen/Qwen2.5-7B/',
      ' Qwen / Qwen2.5-7B ',
      '"Qwen/Qwen2.5-7B"',
      'https://huggingface.co/Qwen/Qwen2.5-7B/tree/main',
      'https://hf-mirror.com/Qwen/Qwen2.5-7B',
      'hf.co/Qwen/Qwen2.5-7B',
      'Qwen/Qwen2.5-7B@main',
    ])
      expect(readBase(value, 'card', registry)?.id, value).toBe('Qwen/Qwen2.5-7B');
    expect(readBase('https://huggingface.co/Qwen/Qwen2.5-7B/tree/a09a354', 'card', registry)?.revision).toBe('a09a354');
  });

  it('reads a relation written into the value ("quantized:org/name", hub-api.md 1.2) and leaves junk as a bad base', () => {
    expect(parents({ cardData: { base_model: 'quantized:Qwen/Qwen2.5-7B-Instruct' } })).toEqual([['Qwen/Qwen2.5-7B-Instruct', 'quantized']]);
    expect(parents({ cardData: { base_model: 'base_model:adapter:Qwen/Qwen2.5-7B-Instruct' } })).toEqual([['Qwen/Qwen2.5-7B-Instruct', 'adapter']]);
    const junk = parse({ cardData: { base_model: ['https://github.com/org/repo', '', null, 'quantized:???'] } });
    expect(junk.parents).toEqual([]);
    expect(junk.badBases).toEqual(['https://github.com/org/repo', 'quantized:???']);
  });

  it('maps legacy canonical ids to the organisations the Hub moved them to (Trainer cards: base_model: bert-base-uncased)', () => {
    expect(parents({ cardData: { base_model: 'bert-base-uncased' } })).toEqual([['google-bert/bert-base-uncased', 'finetune']]);
    expect(parents({ cardData: { base_model: 'gpt2' } })).toEqual([['openai-community/gpt2', 'finetune']]);
    expect(parents({ cardData: { base_model: 'roberta-base' } })).toEqual([['FacebookAI/roberta-base', 'finetune']]);
  });

  it('keeps a bare name that is no id as evidence ("Qwen2.5-7B-Instruct"), reported as a bad base', () => {
    const parsed = parse({ cardData: { base_model: 'Qwen2.5-7B-Instruct' } });
    expect(parsed.parents).toEqual([]);
    expect(parsed.badBases).toEqual(['Qwen2.5-7B-Instruct']);
    expect(parsed.node.localBases).toEqual([{ value: 'Qwen2.5-7B-Instruct', declaredIn: 'card', kind: 'bare-name', name: 'Qwen2.5-7B-Instruct' }]);
  });

  it('reads llama.cpp-style mappings in a base_model list (gguf-py metadata.py accepts dicts with repo_url, organization, name)', () => {
    expect(parents({ cardData: { base_model: [{ name: 'Qwen2.5 7B', organization: 'Qwen', repo_url: 'https://huggingface.co/Qwen/Qwen2.5-7B' }] } })).toEqual([
      ['Qwen/Qwen2.5-7B', 'finetune'],
    ]);
    expect(parents({ cardData: { base_model: [{ organization: 'deepseek-ai', name: 'DeepSeek-V3' }] } })).toEqual([['deepseek-ai/DeepSeek-V3', 'finetune']]);
  });
});

describe('relations', () => {
  it('takes base_model_relation as declared, in any case (AdelieAI LoRA card: base_model_relation: adapter; Ornith GGUF: quantized)', () => {
    expect(parents({ cardData: { base_model: 'Qwen/Qwen2.5-7B-Instruct', base_model_relation: 'adapter' } })).toEqual([
      ['Qwen/Qwen2.5-7B-Instruct', 'adapter'],
    ]);
    expect(parents({ cardData: { base_model: 'ornith-ai/Ornith-1.5-35B-A3B', base_model_relation: 'Quantized' } })).toEqual([
      ['ornith-ai/Ornith-1.5-35B-A3B', 'quantized'],
    ]);
    // Spellings the Hub would not accept are read for what they mean rather than dropped.
    expect(parents({ cardData: { base_model: 'org-a/model-b', base_model_relation: 'fine-tune' } })).toEqual([['org-a/model-b', 'finetune']]);
    expect(parents({ cardData: { base_model: ['org-a/model-b', 'org-c/model-d'], base_model_relation: 'merged' } })).toEqual([
      ['org-a/model-b', 'merge'],
      ['org-c/model-d', 'merge'],
    ]);
  });

  it('infers the relation from the 3-part tags the Hub computes when the card says none (hub-api.md 1.2: JetBrains Mellum quantized, FLUX adapter)', () => {
    for (const relation of ['finetune', 'adapter', 'merge', 'quantized'] as const)
      expect(parents({ tags: [`base_model:acme/base`, `base_model:${relation}:acme/base`] })).toEqual([['acme/base', relation]]);
  });

  it('reads a Hub answer with no cardData (a repo without README) from its tags alone', () => {
    expect(parents({ tags: ['gguf', 'base_model:JetBrains/Mellum2-12B-A2.5B-Thinking', 'base_model:quantized:JetBrains/Mellum2-12B-A2.5B-Thinking'] })).toEqual(
      [['JetBrains/Mellum2-12B-A2.5B-Thinking', 'quantized']],
    );
  });

  it('falls back to files, tags and names: GGUF/MLX/AWQ/GPTQ copies are quantized, diffusers LoRAs are adapters', () => {
    const base = { cardData: { base_model: 'acme/base' } };
    expect(parents({ ...base, library_name: 'mlx', tags: ['mlx'] })).toEqual([['acme/base', 'quantized']]); // mlx-community cards
    expect(parents({ ...base, tags: ['4-bit', 'awq'] })).toEqual([['acme/base', 'quantized']]); // TheBloke AWQ tags
    expect(parents({ ...base, config: { quantization_config: { quant_method: 'gptq', bits: 4 } } })).toEqual([['acme/base', 'quantized']]);
    expect(parents(base, 'someone/base-Q4_K_M-GGUF')).toEqual([['acme/base', 'quantized']]);
    // FLUX LoRA cards: base_model black-forest-labs/FLUX.1-dev, tags lora + template:sd-lora, no adapter_config.json.
    expect(
      parents({
        cardData: { base_model: 'black-forest-labs/FLUX.1-dev' },
        library_name: 'diffusers',
        tags: ['text-to-image', 'lora', 'diffusers', 'template:sd-lora'],
      }),
    ).toEqual([['black-forest-labs/FLUX.1-dev', 'adapter']]);
    // mradermacher copies the original's tags, `lora` included: the GGUF files decide.
    expect(
      parents({
        cardData: { base_model: 'TECHNOPRAVIN01/Qwen2.5-14B-Valor' },
        library_name: 'transformers',
        tags: ['qwen', 'lora'],
        siblings: [{ rfilename: 'Qwen2.5-14B-Valor.Q4_K_M.gguf' }],
      }),
    ).toEqual([['TECHNOPRAVIN01/Qwen2.5-14B-Valor', 'quantized']]);
  });
});

describe('bases that are local paths (LLaMA-Factory, PEFT and transformers write what the trainer loaded)', () => {
  it("reports a trainer's folder as a local base with its name, once although the card and PEFT's tag repeat it", () => {
    // LLaMA-Factory card: base_model: /home/zzy/LLaMA-Factory/models/Qwen2.5-VL-3B-Instruct, tags: base_model:adapter:<same path>.
    const path = '/home/zzy/LLaMA-Factory/models/Qwen2.5-VL-3B-Instruct';
    const parsed = parse({
      cardData: { base_model: path },
      tags: [`base_model:adapter:${path}`, 'llama-factory', 'lora'],
      library_name: 'peft',
      siblings: [{ rfilename: 'adapter_config.json' }],
    });
    expect(parsed.parents).toEqual([]);
    expect(parsed.badBases).toEqual([path]);
    expect(parsed.node.localBases).toEqual([{ value: path, declaredIn: 'card', kind: 'local-path', name: 'Qwen2.5-VL-3B-Instruct' }]);
    expect(parsed.needsAdapterConfig).toBe(false);
  });

  it('reads relative and Windows paths the same way (./Qwen1.5-0.5B-Chat, ./pretrained/Qwen2.5-32B-Instruct, /mnt/d/fine-tuning/models/gemma-2-2b-it)', () => {
    expect(readBase('./Qwen1.5-0.5B-Chat', 'card', registry)?.local).toMatchObject({ kind: 'local-path', name: 'Qwen1.5-0.5B-Chat' });
    expect(readBase('./pretrained/Qwen2.5-32B-Instruct', 'adapter_config.json', registry)).toEqual({
      local: { value: './pretrained/Qwen2.5-32B-Instruct', declaredIn: 'adapter_config.json', kind: 'local-path', name: 'Qwen2.5-32B-Instruct' },
    });
    expect(readBase('/mnt/d/fine-tuning/models/gemma-2-2b-it', 'card', registry)?.id).toBeUndefined();
    expect(readBase('/root/models/Qwen2-7B', 'card', registry)).toMatchObject({ local: { kind: 'local-path', name: 'Qwen2-7B' } });
    expect(readBase('./base', 'card', registry)).toMatchObject({ local: { name: 'base' } });
  });

  it('derives a Hub id only when the last two segments are a known namespace and a valid name', () => {
    // "./data/models/Qwen/Qwen3-8B" (an eval config), "C:\\models\\deepseek-ai\\..." (Windows)
    expect(readBase('./data/models/Qwen/Qwen3-8B', 'card', registry)).toMatchObject({ id: 'Qwen/Qwen3-8B', local: { derivedId: 'Qwen/Qwen3-8B' } });
    expect(readBase('C:\\Users\\me\\models\\deepseek-ai\\DeepSeek-R1-Distill-Qwen-7B', 'card', registry)?.id).toBe('deepseek-ai/DeepSeek-R1-Distill-Qwen-7B');
    // An unknown parent folder stays local: "/home/models/Llama-3.2-3B" (LLaMA-Factory card), "/bohr/darwin7b-mjsq/v1/darwin-7b".
    expect(readBase('/home/models/Llama-3.2-3B', 'card', registry)?.id).toBeUndefined();
    expect(readBase('/bohr/darwin7b-mjsq/v1/darwin-7b', 'card', registry)?.id).toBeUndefined();
    // ModelScope's mirror namespaces are not Hub namespaces: "/opt/models_alt/LLM-Research/Meta-Llama-3-8B-Instruct".
    expect(readBase('/opt/dfrope/models_alt/LLM-Research/Meta-Llama-3-8B-Instruct', 'card', registry)).toMatchObject({
      local: { kind: 'local-path', name: 'Meta-Llama-3-8B-Instruct' },
    });
    expect(readBase('/opt/dfrope/models_alt/LLM-Research/Meta-Llama-3-8B-Instruct', 'card', registry)?.id).toBeUndefined();
  });

  it('reads the repo out of Hugging Face cache folders (models--Qwen--Qwen3-8B/snapshots/<sha>)', () => {
    expect(
      readBase('/home/alex/.cache/huggingface/hub/models--Qwen--Qwen3-8B/snapshots/b968826d9c46dd6066d109eabc6255188de91218', 'config.peft', registry),
    ).toMatchObject({ id: 'Qwen/Qwen3-8B', local: { kind: 'hf-cache' } });
    // Any organisation: the folder name is the repo id.
    expect(readBase('/data/hf/hub/models--acme-ml--support-bot', 'card', registry)?.id).toBe('acme-ml/support-bot');
  });

  it("reads ModelScope cache folders, where '.' is written '___' (Qwen2___5-Math-7B-Instruct, qwen/qwen1___5-32b-chat)", () => {
    expect(readBase('/root/.cache/modelscope/hub/Qwen/Qwen2___5-Math-7B-Instruct', 'card', registry)).toMatchObject({
      id: 'Qwen/Qwen2.5-Math-7B-Instruct',
      local: { kind: 'modelscope-cache' },
    });
    expect(readBase('/data/disk4/home/chenrui/.cache/modelscope/hub/qwen/qwen1___5-32b-chat', 'card', registry)?.id).toBe('Qwen/qwen1.5-32b-chat');
    expect(readBase('~/.cache/modelscope/hub/models/Qwen/Qwen3-8B', 'card', registry)?.id).toBe('Qwen/Qwen3-8B');
    // ModelScope-only namespace: evidence, not an id.
    expect(readBase('/root/.cache/modelscope/hub/LLM-Research/Meta-Llama-3___1-8B-Instruct', 'card', registry)).toMatchObject({
      local: { kind: 'modelscope-cache', name: 'Meta-Llama-3.1-8B-Instruct' },
    });
    expect(readBase('/root/.cache/modelscope/hub/LLM-Research/Meta-Llama-3___1-8B-Instruct', 'card', registry)?.id).toBeUndefined();
  });

  it("keeps a ModelScope mirror id named as a Hub base as evidence (snapshot_download('LLM-Research/Meta-Llama-3.1-8B-Instruct') ids copied into cards)", () => {
    const parsed = parse({ cardData: { base_model: 'LLM-Research/Meta-Llama-3-8B-Instruct' } });
    expect(parsed.parents).toEqual([]);
    expect(parsed.badBases).toEqual(['LLM-Research/Meta-Llama-3-8B-Instruct']);
    expect(parsed.node.localBases).toEqual([
      { value: 'LLM-Research/Meta-Llama-3-8B-Instruct', declaredIn: 'card', kind: 'modelscope', name: 'Meta-Llama-3-8B-Instruct' },
    ]);
  });

  it('reads ModelScope model URLs: an official namespace is the same repo on the Hub, a mirror namespace is evidence', () => {
    expect(readBase('https://www.modelscope.cn/models/qwen/Qwen-7B-Chat', 'card', registry)?.id).toBe('Qwen/Qwen-7B-Chat');
    expect(readBase('https://modelscope.cn/models/LLM-Research/Meta-Llama-3.1-8B', 'card', registry)).toMatchObject({
      local: { kind: 'modelscope', name: 'Meta-Llama-3.1-8B' },
    });
  });

  it("takes the card's base when PEFT loads a repackaged copy of it (Unsloth QLoRA card naming the original, corpus file 52169085922)", () => {
    // Card: base_model deepseek-ai/DeepSeek-R1-Distill-Qwen-7B, tags qlora/unsloth/lora/peft; PEFT's base is Unsloth's 4-bit copy.
    const parsed = parse({
      cardData: { license: 'apache-2.0', base_model: 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', tags: ['qlora', 'unsloth', 'lora', 'peft'] },
      tags: [
        'peft',
        'safetensors',
        'qlora',
        'unsloth',
        'lora',
        'base_model:deepseek-ai/DeepSeek-R1-Distill-Qwen-7B',
        'base_model:adapter:deepseek-ai/DeepSeek-R1-Distill-Qwen-7B',
      ],
      library_name: 'peft',
      config: { peft: { base_model_name_or_path: 'unsloth/deepseek-r1-distill-qwen-7b-unsloth-bnb-4bit', task_type: 'CAUSAL_LM' } },
      siblings: [{ rfilename: 'adapter_config.json' }, { rfilename: 'adapter_model.safetensors' }],
    });
    expect(parsed.parents).toEqual([{ id: 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', relation: 'adapter', declaredIn: 'card' }]);
    expect(parsed.disagreements).toEqual([]);
  });

  it('follows both bases, and says so, when the card and adapter_config.json name different models (same card, PEFT base of another family)', () => {
    const parsed = parse(
      {
        cardData: { base_model: 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B' },
        tags: ['base_model:adapter:deepseek-ai/DeepSeek-R1-Distill-Qwen-7B'],
        library_name: 'peft',
        config: { peft: { base_model_name_or_path: 'unsloth/llama-3-8b-bnb-4bit', task_type: 'CAUSAL_LM' } },
      },
      'uz-lab/absa-lora',
    );
    expect(parsed.parents.map((p) => [p.id, p.relation, p.declaredIn])).toEqual([
      ['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 'adapter', 'card'],
      ['unsloth/llama-3-8b-bnb-4bit', 'adapter', 'config.peft'],
    ]);
    expect(parsed.disagreements).toEqual([
      'uz-lab/absa-lora: the card declares deepseek-ai/DeepSeek-R1-Distill-Qwen-7B as its base, but its adapter_config.json loads unsloth/llama-3-8b-bnb-4bit; both are followed',
    ]);
  });

  it('follows the config digest of an adapter whose base_model_name_or_path is a cache snapshot', () => {
    const parsed = parse({
      config: { peft: { base_model_name_or_path: '/root/.cache/huggingface/hub/models--Qwen--Qwen2.5-7B-Instruct/snapshots/abc', task_type: 'CAUSAL_LM' } },
      siblings: [{ rfilename: 'adapter_config.json' }],
    });
    expect(parsed.parents).toEqual([{ id: 'Qwen/Qwen2.5-7B-Instruct', relation: 'adapter', declaredIn: 'config.peft' }]);
    expect(parsed.needsAdapterConfig).toBe(false);
  });
});

describe('cards that name the original another way', () => {
  it("reads TheBloke's model_link and keeps model_creator / model_name as hints (MythoMax-L2-13B-GPTQ card)", () => {
    const parsed = parse(
      {
        cardData: {
          license: 'other',
          model_creator: 'Gryphe',
          model_link: 'https://huggingface.co/Gryphe/MythoMax-L2-13b',
          model_name: 'MythoMax L2 13B',
          model_type: 'llama',
          quantized_by: 'TheBloke',
        },
      },
      'TheBloke/MythoMax-L2-13B-GPTQ',
    );
    expect(parsed.parents).toEqual([
      { id: 'Gryphe/MythoMax-L2-13b', relation: 'quantized', declaredIn: 'card-text', evidence: 'model_link: https://huggingface.co/Gryphe/MythoMax-L2-13b' },
    ]);
    expect(parsed.node.cardHints).toEqual({ modelCreator: 'Gryphe', modelName: 'MythoMax L2 13B' });
  });

  it('prefers a declared base_model over model_link (TheBloke cards from late 2023 carry both)', () => {
    expect(
      parents(
        { cardData: { base_model: 'upstage/Llama-2-70b-instruct-v2', model_link: 'https://huggingface.co/other/x' } },
        'TheBloke/Upstage-Llama-2-70B-instruct-v2-GPTQ',
      ),
    ).toEqual([['upstage/Llama-2-70b-instruct-v2', 'quantized']]);
  });

  it('reads the models of a LazyMergekit card from its tags (SJ-Donald/SOLAR-10.7B-slerp)', () => {
    expect(
      parents({
        cardData: { license: 'cc-by-nc-4.0', tags: ['merge', 'mergekit', 'lazymergekit', 'LDCC/LDCC-SOLAR-10.7B', 'upstage/SOLAR-10.7B-Instruct-v1.0'] },
        tags: ['merge', 'mergekit', 'lazymergekit', 'LDCC/LDCC-SOLAR-10.7B', 'upstage/SOLAR-10.7B-Instruct-v1.0', 'license:cc-by-nc-4.0'],
      }),
    ).toEqual([
      ['LDCC/LDCC-SOLAR-10.7B', 'merge'],
      ['upstage/SOLAR-10.7B-Instruct-v1.0', 'merge'],
    ]);
    // Not without the merge tags: a tag that looks like an id is not a base on an ordinary card.
    expect(parents({ tags: ['LDCC/LDCC-SOLAR-10.7B'] })).toEqual([]);
  });

  it('reads finetuned_from, which @huggingface/hub types on cardData', () => {
    expect(parents({ cardData: { finetuned_from: 'Qwen/Qwen2.5-7B' } })).toEqual([['Qwen/Qwen2.5-7B', 'finetune']]);
  });

  it('never reads model-index names as lineage (Trainer cards: model-index: - name: <output dir>)', () => {
    const parsed = parse({
      cardData: {
        base_model: 'bert-base-uncased',
        'model-index': [
          { name: 'distilbert_base_uncased', results: [] },
          { name: 'org/looks-like-an-id', results: [] },
        ],
      },
    });
    expect(parsed.parents.map((p) => p.id)).toEqual(['google-bert/bert-base-uncased']);
  });
});

describe('config digest and licences', () => {
  it('keeps repos whose code auto_map loads (DeepSeek-V3 configs: "deepseek-ai/DeepSeek-V3--modeling_deepseek.DeepseekV3ForCausalLM")', () => {
    const parsed = parse({
      config: {
        architectures: ['DeepseekV3ForCausalLM'],
        model_type: 'kimi_k2',
        auto_map: {
          AutoConfig: 'deepseek-ai/DeepSeek-V3--configuration_deepseek.DeepseekV3Config',
          AutoModelForCausalLM: 'deepseek-ai/DeepSeek-V3--modeling_deepseek.DeepseekV3ForCausalLM',
          AutoTokenizer: ['tokenization_kimi.TikTokenTokenizer', null],
        },
      },
    });
    expect(parsed.node.config).toEqual({ modelType: 'kimi_k2', architectures: ['DeepseekV3ForCausalLM'], remoteCode: ['deepseek-ai/DeepSeek-V3'] });
    // A repo's own code ("modeling_chatglm.ChatGLMForConditionalGeneration") is no remote repo.
    expect(parse({ config: { auto_map: { AutoModel: 'modeling_chatglm.ChatGLMForConditionalGeneration' } } }).node.config?.remoteCode).toBeUndefined();
  });

  it('reads the GGUF digest architecture', () => {
    expect(parse({ gguf: { total: 7615616512, architecture: 'qwen2', context_length: 32768 } }).node.gguf).toEqual({ architecture: 'qwen2' });
  });

  it('keeps license lists and custom licences as declared (Nous Capybara GGUF: license: [mit]; Qwen: other + qwen + link)', () => {
    expect(parse({ cardData: { license: ['mit'] } }).node.licence.license).toEqual(['mit']);
    expect(
      parse({ cardData: { license: 'other', license_name: 'tongyi-qianwen', license_link: 'https://huggingface.co/Qwen/Qwen1.5-7B/blob/main/LICENSE' } }).node
        .licence,
    ).toEqual({
      license: 'other',
      licenseName: 'tongyi-qianwen',
      licenseLink: 'https://huggingface.co/Qwen/Qwen1.5-7B/blob/main/LICENSE',
    });
  });
});

describe('repo files the walk downloads', () => {
  it('reads adapter_config.json bases: Hub ids, cache folders, and local paths kept as evidence (real adapter configs)', () => {
    expect(readAdapterConfig('{"base_model_name_or_path": "unsloth/Llama-3.2-1B-Instruct", "r": 16}', registry).parents).toEqual([
      { id: 'unsloth/Llama-3.2-1B-Instruct', relation: 'adapter', declaredIn: 'adapter_config.json' },
    ]);
    const local = readAdapterConfig('{"base_model_name_or_path": "/mnt/d/fine-tuning/models/gemma-2-2b-it", "peft_type": "LORA"}', registry);
    expect(local.parents).toEqual([]);
    expect(local.badBases).toEqual(['/mnt/d/fine-tuning/models/gemma-2-2b-it']);
    expect(local.localBases[0]).toMatchObject({ kind: 'local-path', name: 'gemma-2-2b-it' });
    expect(
      readAdapterConfig(
        '{"base_model_name_or_path": "/root/.cache/huggingface/hub/models--Qwen--Qwen3-8B/snapshots/b968826d9c46dd6066d109eabc6255188de91218"}',
        registry,
      ).parents[0]!.id,
    ).toBe('Qwen/Qwen3-8B');
    expect(readAdapterConfig('not json', registry).parents).toEqual([]);
  });

  it('reads config.json: vocabulary (also under text_config), and _name_or_path as a local base or an id', () => {
    // transformers log: "_name_or_path": "/opt/xxx/models/Qwen2.5-0.5B-Instruct/", Qwen2ForCausalLM, vocab 151936
    const qwen = readConfigFile(
      '{"_name_or_path": "/opt/xxx/models/Qwen2.5-0.5B-Instruct/", "architectures": ["Qwen2ForCausalLM"], "model_type": "qwen2", "vocab_size": 151936}',
      registry,
    );
    expect(qwen).toMatchObject({
      vocabSize: 151936,
      modelType: 'qwen2',
      architectures: ['Qwen2ForCausalLM'],
      nameOrPath: { kind: 'local-path', name: 'Qwen2.5-0.5B-Instruct' },
    });
    expect(readConfigFile('{"_name_or_path": "deepseek-ai/DeepSeek-V3", "architectures": ["DeepseekV3ForCausalLM"]}', registry).nameOrPath).toEqual({
      value: 'deepseek-ai/DeepSeek-V3',
      id: 'deepseek-ai/DeepSeek-V3',
    });
    expect(readConfigFile('{"model_type": "qwen2_5_vl", "text_config": {"vocab_size": 152064}}', registry).vocabSize).toBe(152064);
    expect(readConfigFile('[]', registry)).toEqual({ architectures: [] });
  });

  it('reads mergekit configs: base_model, models and slices, LoRA-carrying "+" models, local paths reported', () => {
    // The SOLAR slerp card's configuration block.
    const slerp = readMergekitConfig(
      `slices:
  - sources:
      - model: LDCC/LDCC-SOLAR-10.7B
        layer_range: [0, 48]
      - model: upstage/SOLAR-10.7B-Instruct-v1.0
        layer_range: [0, 48]
merge_method: slerp
base_model: upstage/SOLAR-10.7B-Instruct-v1.0
dtype: float16
`,
      registry,
    );
    expect(slerp.parents.map((p) => [p.id, p.relation])).toEqual([
      ['upstage/SOLAR-10.7B-Instruct-v1.0', 'merge'],
      ['LDCC/LDCC-SOLAR-10.7B', 'merge'],
    ]);
    // A DARE-TIES config with models: [{model, parameters}]
    const ties = readMergekitConfig(
      {
        merge_method: 'dare_ties',
        base_model: 'mistralai/Mistral-7B-v0.1',
        models: [{ model: 'bitext/Mistral-7B-Wealth_Management', parameters: { density: 0.6 } }, { model: 'teknium/OpenHermes-2.5-Mistral-7B' }],
      },
      registry,
    );
    expect(ties.parents.map((p) => p.id)).toEqual(['mistralai/Mistral-7B-v0.1', 'bitext/Mistral-7B-Wealth_Management', 'teknium/OpenHermes-2.5-Mistral-7B']);
    expect(readMergekitConfig('models:\n  - model: Qwen/Qwen2.5-7B+someone/qwen-lora\n', registry).parents.map((p) => p.id)).toEqual([
      'Qwen/Qwen2.5-7B',
      'someone/qwen-lora',
    ]);
    // Marcoroni-Seraph card: LOCAL_PATH/... placeholders.
    const local = readMergekitConfig(
      'slices:\n  - sources:\n      - model: LOCAL_PATH/Marcoroni-7B-v3\n      - model: LOCAL_PATH/models/Seraph-7B\nbase_model: LOCAL_PATH/models/Marcoroni-7B-v3\n',
      registry,
    );
    expect(local.parents).toEqual([]);
    expect(local.localBases.map((l) => l.value)).toEqual(['LOCAL_PATH/models/Marcoroni-7B-v3', 'LOCAL_PATH/Marcoroni-7B-v3', 'LOCAL_PATH/models/Seraph-7B']);
    expect(readMergekitConfig(': not yaml [', registry).parents).toEqual([]);
  });
});

describe('files worth reading', () => {
  it('asks for mergekit_config.yml only when a merge declares no base anywhere', () => {
    expect(parse({ siblings: [{ rfilename: 'mergekit_config.yml' }], tags: ['mergekit', 'merge'] }).needsMergekitConfig).toBe(true);
    expect(parse({ siblings: [{ rfilename: 'mergekit_config.yml' }], tags: ['mergekit', 'merge', 'org-a/model-b'] }).needsMergekitConfig).toBe(false);
    expect(parse({ cardData: { base_model: ['org-a/model-b', 'org-c/model-d'] }, siblings: [{ rfilename: 'mergekit_config.yml' }] }).needsMergekitConfig).toBe(
      false,
    );
  });
});
