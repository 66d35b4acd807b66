// Builds the resolution benchmark's inputs: a Hub snapshot folder (same layout as fixtures/hub)
// holding a lineage graph six levels deep (roots, then five generations of fine-tunes, with
// shared ancestors and two-parent merges), and a one-file project referencing >= 300 of its
// models. Deterministic: same seed, same graph.
// Run: node tests/bench/gen-hub.mjs <dir>
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from './gen-corpus.mjs';

/** Models per generation: level 0 holds the roots; level 5 the deepest derivatives. */
const LEVEL_SIZES = [12, 24, 36, 48, 60, 180];
const ROOT_ORGS = ['Qwen', 'deepseek-ai', 'meta-llama', 'mistralai', 'BAAI', 'THUDM'];
const ARCH = {
  Qwen: ['qwen2', 'Qwen2ForCausalLM'],
  'deepseek-ai': ['deepseek_v2', 'DeepseekV2ForCausalLM'],
  'meta-llama': ['llama', 'LlamaForCausalLM'],
  mistralai: ['mistral', 'MistralForCausalLM'],
  BAAI: ['xlm-roberta', 'XLMRobertaModel'],
  THUDM: ['chatglm', 'ChatGLMModel'],
};

/**
 * @returns {{ depth: number, uniqueNodes: number, referenced: string[] }} graph facts the bench
 * compares against (depth = nodes on the longest chain, i.e. sequential Hub round trips).
 */
export function generateHub(dir, seed = 5) {
  rmSync(dir, { recursive: true, force: true });
  const rand = rng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const levels = [];
  const rootOf = new Map();
  const parentsOf = new Map();
  let serial = 0;
  const hex = () => Array.from({ length: 40 }, () => Math.floor(rand() * 16).toString(16)).join('');

  for (const [level, size] of LEVEL_SIZES.entries()) {
    const ids = [];
    for (let i = 0; i < size; i++) {
      let id;
      let parents = [];
      if (level === 0) {
        id = `${ROOT_ORGS[i % ROOT_ORGS.length]}/Bench-Base-${i}`;
      } else {
        // Parents come from the level just above, so every chain is exactly `level` hops long.
        const first = pick(levels[level - 1]);
        parents = [first];
        if (rand() < 0.15) {
          const second = pick(levels[level - 1]);
          if (second !== first) parents.push(second);
        }
        id = `bench-org-${serial % 17}/${parents.length > 1 ? 'merge' : 'tune'}-L${level}-${serial++}`;
      }
      const rootOrg = level === 0 ? id.split('/')[0] : rootOf.get(parents[0]);
      rootOf.set(id, rootOrg);
      parentsOf.set(id, parents);
      const relation = parents.length > 1 ? 'merge' : 'finetune';
      const [modelType, arch] = ARCH[rootOrg];
      const model = {
        _id: hex().slice(0, 24),
        id,
        author: id.split('/')[0],
        sha: hex(),
        lastModified: '2025-01-01T00:00:00.000Z',
        createdAt: '2024-06-01T00:00:00.000Z',
        private: false,
        gated: false,
        disabled: false,
        downloads: 1000,
        likes: 10,
        library_name: 'transformers',
        pipeline_tag: 'text-generation',
        tags: ['transformers', 'safetensors', ...parents.flatMap((p) => [`base_model:${p}`, `base_model:${relation}:${p}`]), 'license:apache-2.0'],
        cardData: { license: 'apache-2.0', ...(parents.length ? { base_model: parents.length > 1 ? parents : parents[0] } : {}) },
        config: { architectures: [arch], model_type: modelType },
        siblings: [{ rfilename: 'README.md' }, { rfilename: 'config.json' }, { rfilename: 'model.safetensors' }],
      };
      const [org, name] = id.split('/');
      mkdirSync(join(dir, 'models', org), { recursive: true });
      writeFileSync(join(dir, 'models', org, `${name}.json`), JSON.stringify(model, null, 2));
      ids.push(id);
    }
    levels.push(ids);
  }
  writeFileSync(join(dir, 'redirects.json'), '{}\n');

  // Every deepest model, then a spread over the middle levels: shared ancestors get hit many times.
  const referenced = [...levels[5]];
  for (const level of [1, 2, 3, 4]) for (const id of levels[level]) if (rand() < 0.85 && referenced.length < 340) referenced.push(id);
  const project = join(dir, '..', 'hub-project');
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  writeFileSync(
    join(project, 'models.py'),
    ['from transformers import AutoModelForCausalLM', '', ...referenced.map((id, i) => `model_${i} = AutoModelForCausalLM.from_pretrained("${id}")`), ''].join(
      '\n',
    ),
  );
  // The nodes an audit must read: the referenced models and all their ancestors.
  const reachable = new Set();
  const visit = (id) => {
    if (reachable.has(id)) return;
    reachable.add(id);
    parentsOf.get(id).forEach(visit);
  };
  referenced.forEach(visit);
  return { depth: LEVEL_SIZES.length, uniqueNodes: reachable.size, referenced, project };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const facts = generateHub(process.argv[2] ?? '.bench/hub');
  console.log(`${facts.uniqueNodes} nodes, ${facts.referenced.length} referenced, depth ${facts.depth}; project at ${facts.project}`);
}
