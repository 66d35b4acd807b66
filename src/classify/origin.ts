// Origin attribution. Every node of a model's lineage is attributed on its own facts, strongest
// evidence first:
//   1. namespace of an official release (exact case; case-insensitive only when unambiguous and
//      not a known look-alike). Repackagers are never an origin for a node that declares a base.
//   2. GGUF architecture / pre-tokenizer (medium confidence), when family-specific.
//   3. config fingerprint (model_type, architectures, vocab size) - corroboration only; on a root
//      with no namespace attribution it raises "likely derived from X" instead of a claim.
//   4. name hints, low confidence, only when nothing else attributed the model.
// Undeclared lineage becomes a suspected base, never an attribution: a config fingerprint or the
// repo code a root loads (medium), or a name alone (low): a repackager's copy (GGUF/AWQ/MLX...)
// that declares no base, a base declared as a trainer's local path or a bare name. The exception:
// a repackager's copy is named after the release it packages, so its name suggests a base at
// medium confidence (still basis "name", still not lineage).
// The model is of Chinese origin when any node on its lineage is attributed (high or medium) to a
// CN family; `declared-base` evidence names the path. The Hub's `region:` tag is never used.
import type { Lineage, LineageNode, LocalBase } from '../model/lineage.js';
import type { Confidence, Evidence, FamilyAttribution, Origin, SuspectedBase } from '../model/origin.js';
import { isOtherHub, type LocalFacts, type ModelSource } from '../model/reference.js';
import type { Family, Registry } from '../registry/load.js';
import { stripPackaging, WEIGHT_FILE } from '../model/ids.js';
import { programRegistryCurator, vendorOfModelId, withoutRouteQualifiers } from '../registry/providers.js';

export interface ClassifyInput {
  id: string;
  source: ModelSource;
  lineage: Lineage;
  nodes: Record<string, LineageNode>;
  facts?: LocalFacts;
  /**
   * For a local folder: the Hub (or ModelScope) repos the same project names whose repo name the folder bears
   * (`../../internlm2-1_8b-reward` beside a README link to `internlm/internlm2-1_8b-reward`), most likely its download.
   */
  namesakes?: { id: string; source: ModelSource; destination?: string }[];
  /**
   * For a local file or archive: the family whose publisher serves it at the URL a reference downloads it from
   * (families.yaml `weights_hosts`: `wget http://bj.bcebos.com/wenxin-models/ernie_3.0_base_ch_open.tgz`), and that URL.
   */
  publishedAt?: { familyId: string; url: string };
}

interface NodeFacts {
  id: string;
  modelType?: string;
  architectures: string[];
  vocabSize?: number;
  ggufArchitecture?: string;
  preTokenizer?: string;
  hasParents: boolean;
  /** True when every declared parent is a quantization source: the node is a copy, not a new model. */
  onlyQuantized: boolean;
  remoteCode: string[];
  localBases: LocalBase[];
  modelCreator?: string;
  modelName?: string;
}

export const withoutAside = (name: string) =>
  name
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+([,;])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
/** The family's first name, without asides: "Nemotron (Nemotron-4, ...), Parakeet, Cosmos" -> "Nemotron". */
export const shortName = (f: Family) =>
  withoutAside(f.family)
    .split(/,| \/ |;/)[0]!
    .trim();

export function classifyOrigin(input: ClassifyInput, registry: Registry): Origin {
  const families: FamilyAttribution[] = [];
  const evidence: Evidence[] = [];
  const suspectedBases: SuspectedBase[] = [];
  const suspect = (entry: SuspectedBase, evidenceKind: Evidence['kind']) => {
    if (suspectedBases.some((s) => s.familyId === entry.familyId && s.via === entry.via && s.basis === entry.basis)) return;
    suspectedBases.push(entry);
    const confidence = entry.confidence ?? 'medium';
    evidence.push({ kind: evidenceKind, node: entry.via, confidence, detail: `likely derived from ${entry.family}: ${entry.detail}` });
  };
  const attribute = (family: Family, via: string, confidence: Confidence) => {
    if (families.some((f) => f.familyId === family.id && f.via === via)) return;
    families.push({
      family: shortName(family),
      familyId: family.id,
      organisation: withoutAside(family.developer),
      ...(family.parent_org ? { parentOrganisation: withoutAside(family.parent_org) } : {}),
      country: family.country,
      via,
      confidence,
    });
  };

  if (input.source === 'ollama' || input.source === 'api') {
    attributeHosted(input, registry, attribute, evidence);
  }
  const lineageNodes = input.lineage.nodes.length ? input.lineage.nodes : [input.id];
  for (const nodeId of lineageNodes) {
    const facts = nodeFacts(nodeId, input);
    const before = families.length;
    if (input.source === 'huggingface' || isOtherHub(input.source) || nodeId !== input.id) {
      const byNamespace = namespaceFamily(nodeId, facts, isOtherHub(input.source) && nodeId === input.id ? input.source : 'huggingface', registry);
      if (byNamespace) {
        attribute(byNamespace.family, nodeId, 'high');
        evidence.push({
          kind: 'namespace',
          node: nodeId,
          confidence: 'high',
          detail: `${nodeId} is published under ${byNamespace.namespace}, the ${byNamespace.family.developer} namespace (${byNamespace.family.country})`,
        });
      }
    }
    const gguf = ggufFamily(facts, registry);
    if (gguf) {
      evidence.push({ kind: 'gguf', node: nodeId, confidence: 'medium', detail: gguf.detail });
      // A GGUF that declares its base gets its family from the base; the header only corroborates.
      if (families.length === before && !facts.hasParents) attribute(gguf.family, nodeId, 'medium');
    }
    // Architecture and tokenizer can name different families (Kimi K2 ships DeepSeek-V3's
    // architecture with its own 163840-token vocabulary): each says something.
    for (const fingerprint of configFamilies(facts, registry)) {
      const attributedHere = families.slice(before);
      const agrees = attributedHere.some((f) => f.familyId === fingerprint.family.id);
      evidence.push({ kind: 'config', node: nodeId, confidence: 'medium', detail: `${fingerprint.detail}${agrees ? ' (agrees with the namespace)' : ''}` });
      if (!facts.hasParents && !agrees && !suspectedBases.some((s) => s.via === nodeId && s.familyId === fingerprint.family.id)) {
        suspectedBases.push({
          family: shortName(fingerprint.family),
          familyId: fingerprint.family.id,
          via: nodeId,
          detail: `declares no base model, but ${fingerprint.detail}`,
          basis: 'fingerprint',
          confidence: 'medium',
        });
        evidence.push({
          kind: 'fingerprint',
          node: nodeId,
          confidence: 'medium',
          detail: `likely derived from ${shortName(fingerprint.family)}: ${fingerprint.detail}`,
        });
      }
    }
    // A family's own licence (qwen-research, llama3.1, yi-license) on a model outside that
    // family's namespace: the licence travels with weights derived from that family's.
    const byLicence = licenceFamily(nodeId, input, registry);
    if (byLicence && !facts.hasParents && !families.slice(before).some((f) => f.familyId === byLicence.family.id)) {
      suspect(
        {
          family: shortName(byLicence.family),
          familyId: byLicence.family.id,
          via: nodeId,
          detail: `${nodeId} carries ${byLicence.detail}`,
          basis: 'licence',
          confidence: 'medium',
        },
        'licence',
      );
    }
    // auto_map loading another repo's code ("deepseek-ai/DeepSeek-V3--modeling_deepseek.X").
    for (const repo of facts.remoteCode) {
      const owner = namespaceFamily(repo, { ...facts, id: repo, hasParents: false, onlyQuantized: false }, 'huggingface', registry);
      if (!owner) continue;
      const attributedHere = families.slice(before);
      const agrees = attributedHere.some((f) => f.familyId === owner.family.id);
      const detail = `its config loads model code from ${repo} (${shortName(owner.family)}, ${owner.family.country})`;
      evidence.push({ kind: 'config', node: nodeId, confidence: 'medium', detail: `${detail}${agrees ? ' (agrees with the namespace)' : ''}` });
      if (!facts.hasParents && !agrees)
        suspect(
          {
            family: shortName(owner.family),
            familyId: owner.family.id,
            via: nodeId,
            detail: `declares no base model, but ${detail}`,
            basis: 'remote-code',
            confidence: 'medium',
          },
          'fingerprint',
        );
    }
    // Names: a repackager's copy that declares no base, and bases declared as local paths. A
    // repackager (the registry's list) names each copy after the release it packages
    // (`unsloth/Qwen3.5-9B-GGUF`), as a program's curated registry does: medium, like that
    // registry's entries; any other name stays a low-confidence suspicion.
    // The header of a GGUF names an architecture, which other families reuse (Kimi K2 GGUFs say
    // deepseek2): the name still says whose model was packaged, when it names another family.
    if (!facts.hasParents && isRepackaged(nodeId, registry)) {
      const attributedHere = families.slice(before);
      for (const { family, from } of suspectsByName(facts, registry)) {
        if (attributedHere.some((f) => f.familyId === family.id)) continue;
        suspect(
          {
            family: shortName(family),
            familyId: family.id,
            via: nodeId,
            detail: `${nodeId} is a repackager's copy ${input.nodes[nodeId] ? 'that declares no base model' : 'whose card was not read'}; ${from} suggests ${shortName(family)} (medium confidence: repackagers name a copy after the release it packages; a name, not lineage)`,
            basis: 'name',
            confidence: 'medium',
          },
          'name',
        );
      }
    }
    // A folder named exactly as a repo the same project names (jingyaogong/minimind's trainers load
    // `../../internlm2-1_8b-reward`; its README links `internlm/internlm2-1_8b-reward` and says to download it there):
    // most likely that repo's download, so the repo's namespace suggests its family at medium confidence (a name shared
    // with a repo the project points at, not lineage). Said before the name-only hint, which it then stands for.
    if (!facts.hasParents && nodeId === input.id && isLocalPath(nodeId, input) && families.length === before) {
      for (const namesake of input.namesakes ?? []) {
        // (Under a download's folder, a file or folder named for a family of its own is that family's: its name, below.)
        if (namesake.destination && familiesByName(stripPackaging(nodeId.split(/[\\/]/).pop()!.replace(WEIGHT_FILE, '')), registry).length) continue;
        const owner = namespaceFamily(
          namesake.id,
          { ...facts, id: namesake.id, hasParents: false, onlyQuantized: false },
          isOtherHub(namesake.source) ? namesake.source : 'huggingface',
          registry,
        );
        if (owner)
          suspect(
            {
              family: shortName(owner.family),
              familyId: owner.family.id,
              via: nodeId,
              detail: namesake.destination
                ? `${nodeId} is a local model under ${namesake.destination}, where the project downloads ${namesake.id} (${shortName(owner.family)}, ${owner.family.country}): most likely part of that download (medium confidence: the same folder, not lineage)`
                : `${nodeId} is a local model named as ${namesake.id}, which the project also names (${shortName(owner.family)}, ${owner.family.country}): most likely its download (medium confidence: the same name, not lineage)`,
              basis: 'name',
              confidence: 'medium',
            },
            'name',
          );
      }
    }
    // A file or archive the project downloads from its publisher's own storage (families.yaml `weights_hosts`: `wget
    // http://bj.bcebos.com/wenxin-models/ernie_3.0_base_ch_open.tgz`, PaddlePaddle/ERNIE's download scripts): that
    // publisher's family at medium confidence (where it comes from, not lineage), before the name-only hint below.
    if (!facts.hasParents && nodeId === input.id && isLocalPath(nodeId, input) && families.length === before && input.publishedAt) {
      const family = registry.families.find((f) => f.id === input.publishedAt!.familyId);
      if (family)
        suspect(
          {
            family: shortName(family),
            familyId: family.id,
            via: nodeId,
            detail: `${nodeId} is downloaded from ${input.publishedAt.url}, where ${withoutAside(family.developer)} (${family.country}) publishes ${shortName(family)} weights (medium confidence: the publisher's own storage, not lineage)`,
            basis: 'name',
            confidence: 'medium',
          },
          'registry',
        );
    }
    // A weights file under the very name the family's weights are passed around as (families.yaml `weights_files`:
    // `eva_vit_g.pth`, EVA-CLIP's ViT-g as Salesforce LAVIS serves it to BLIP-2, MiniGPT-4 and their copies): that
    // family's at medium confidence (a known file, not lineage), before the name-only hint below.
    if (!facts.hasParents && nodeId === input.id && isLocalPath(nodeId, input) && families.length === before) {
      const file = nodeId
        .replace(/[\\/]+$/, '')
        .split(/[\\/]/)
        .pop()!
        .toLowerCase();
      const family = registry.weightsFiles.get(file);
      if (family)
        suspect(
          {
            family: shortName(family),
            familyId: family.id,
            via: nodeId,
            detail: `${nodeId} bears the file name ${withoutAside(family.developer)} (${family.country}) ${shortName(family)} weights are distributed under (medium confidence: a known file name, not lineage)`,
            basis: 'name',
            confidence: 'medium',
          },
          'registry',
        );
    }
    // A model served from a folder or file (`vllm serve /models/Qwen2.5-7B-Instruct`, a .gguf)
    // that carries no config or header naming a family: its name is the only hint.
    if (!facts.hasParents && isLocalPath(nodeId, input) && families.length === before) {
      const name = stripPackaging(nodeId.split(/[\\/]/).pop()!.replace(WEIGHT_FILE, ''));
      for (const family of familiesByName(name, registry))
        suspect(
          {
            family: shortName(family),
            familyId: family.id,
            via: nodeId,
            detail: `${nodeId} is a local model that declares no base; the name "${name}" suggests ${shortName(family)} (name only, low confidence)`,
            basis: 'name',
            confidence: 'low',
          },
          'name',
        );
    }
    for (const local of facts.localBases) {
      if (local.derivedId || !local.name) continue;
      for (const family of familiesByName(local.name, registry)) {
        suspect(
          {
            family: shortName(family),
            familyId: family.id,
            via: nodeId,
            detail: `${nodeId} declares its base as ${describeLocal(local)}, which cannot be followed on the Hub; the name "${local.name}" suggests ${shortName(family)} (name only, low confidence)`,
            basis: 'name',
            confidence: 'low',
          },
          'name',
        );
      }
    }
  }

  // A repackager's copy whose name points to a family its declared lineage never reaches: cards
  // get copied from the wrong model (an MLX "gemma-3-12b-it" card carrying InternVL's base_model).
  for (const nodeId of lineageNodes) {
    const facts = nodeFacts(nodeId, input);
    if (!facts.hasParents || !isRepackaged(nodeId, registry) || families.length === 0) continue;
    const repoName = stripPackaging(nodeId.split('/').slice(1).join('/'));
    const named = familiesByName(repoName, registry);
    if (named.length === 0 || named.some((f) => families.some((a) => a.familyId === f.id))) continue;
    for (const family of named)
      suspect(
        {
          family: shortName(family),
          familyId: family.id,
          via: nodeId,
          detail: `the name "${repoName}" suggests ${shortName(family)}, which the declared lineage of ${nodeId} never reaches: its card may describe another model (name only, low confidence)`,
          basis: 'name',
          confidence: 'low',
        },
        'name',
      );
  }

  // Declared lineage: name the path from the model to each ancestor that brought a family.
  for (const f of families) {
    if (f.via === input.id) continue;
    const path = pathTo(input.id, f.via, input.lineage);
    evidence.push({
      kind: 'declared-base',
      node: f.via,
      confidence: f.confidence,
      detail: `${path} (declared lineage); ${f.via} is ${f.family}, ${f.organisation}, ${f.country}`,
    });
  }

  // A suspected base found by fingerprint, licence or loaded code is the node's family at medium
  // confidence (policies and reports see it); a name alone stays a suspicion.
  for (const s of suspectedBases) {
    const family = s.confidence !== 'low' ? registry.families.find((f) => f.id === s.familyId) : undefined;
    if (family && !families.some((f) => f.familyId === family.id && f.via === s.via)) attribute(family, s.via, 'medium');
  }

  if (families.length === 0) {
    // A serving program's registry (TabbyML/Qwen2-1.5B-Instruct, what `tabby serve --chat-model
    // Qwen2-1.5B-Instruct` fetches) is curated by the program's publisher, who names each entry
    // after the release it packages: like an Ollama library name, more than an arbitrary repo name.
    const curator = input.source === 'huggingface' ? programRegistryCurator(input.id.split('/')[0]!) : undefined;
    for (const family of nameHints(input.id, registry)) {
      attribute(family, input.id, curator ? 'medium' : 'low');
      // Said once: a suspected base by name already names this family for this model.
      if (suspectedBases.some((s) => s.via === input.id && s.familyId === family.id && s.basis === 'name')) continue;
      evidence.push(
        curator
          ? {
              kind: 'registry',
              node: input.id,
              confidence: 'medium',
              detail: `${input.id} is an entry of ${curator}'s model registry, named after the release it packages: ${shortName(family)} (medium confidence: a curated name, not lineage)`,
            }
          : {
              kind: 'name',
              node: input.id,
              confidence: 'low',
              detail: `the name ${input.id} suggests ${shortName(family)} (low confidence: names are not lineage)`,
            },
      );
    }
  }

  // Nearest first: the model's own family, then its bases' (node order alone put Gemma before Tencent's KaLM).
  const distance = hopsFrom(input.id, input.lineage);
  families.sort((a, b) => (distance.get(a.via) ?? Infinity) - (distance.get(b.via) ?? Infinity));
  const countryOf = (familyId: string) => registry.families.find((f) => f.id === familyId)?.country;
  const decided = decide(families, suspectedBases, countryOf, input.lineage);
  return { ...decided, families, evidence, ...(suspectedBases.length ? { suspectedBases } : {}) };
}

/** Base-model hops from the model to each node of its lineage. */
function hopsFrom(start: string, lineage: Lineage): Map<string, number> {
  const hops = new Map([[start, 0]]);
  for (let frontier = [start]; frontier.length > 0;) {
    const next: string[] = [];
    for (const child of frontier)
      for (const edge of lineage.edges)
        if (edge.child === child && !hops.has(edge.parent)) {
          hops.set(edge.parent, hops.get(child)! + 1);
          next.push(edge.parent);
        }
    frontier = next;
  }
  return hops;
}

/**
 * Chinese or not whenever anything says so, with the confidence of what decided it: attributions
 * and suspected bases are weighed together, the strongest wins. A Chinese base found at medium
 * or better is not outweighed by a non-Chinese fine-tuner's namespace (Nous-Capybara-34B is
 * NousResearch's fine-tune of Yi): both are true of the lineage. Names alone decide only when
 * nothing stronger disagrees.
 */
function decide(
  families: FamilyAttribution[],
  suspected: SuspectedBase[],
  countryOf: (familyId: string) => string | undefined,
  lineage: Lineage,
): { chineseOrigin: boolean | null; confidence?: Confidence } {
  const claims = [
    ...families.map((f) => ({ cn: f.country === 'CN', confidence: f.confidence })),
    ...suspected.map((s) => ({ cn: countryOf(s.familyId) === 'CN', confidence: s.confidence ?? 'medium' })),
  ];
  if (claims.length === 0) return { chineseOrigin: null };
  const strongest = (cn: boolean) => Math.max(0, ...claims.filter((c) => c.cn === cn).map((c) => RANK[c.confidence]));
  const chinese = strongest(true);
  const other = strongest(false);
  if (chinese >= RANK.medium || (chinese > 0 && chinese >= other)) return { chineseOrigin: true, confidence: LEVEL[chinese]! };
  // Non-Chinese: no more certain than the lineage behind it (a base not read could be Chinese).
  const cap = lineage.status === 'unresolved' ? RANK.low : lineage.status === 'partial' ? RANK.medium : RANK.high;
  return { chineseOrigin: false, confidence: LEVEL[Math.min(other, cap)]! };
}

const RANK: Record<Confidence, number> = { low: 1, medium: 2, high: 3 };
const LEVEL: Record<number, Confidence> = { 1: 'low', 2: 'medium', 3: 'high' };

function nodeFacts(nodeId: string, input: ClassifyInput): NodeFacts {
  const node = input.nodes[nodeId];
  const local = nodeId === input.id ? input.facts : undefined;
  return {
    id: nodeId,
    modelType: node?.config?.modelType ?? local?.modelType,
    architectures: node?.config?.architectures ?? local?.architectures ?? [],
    vocabSize: node?.config?.vocabSize ?? local?.vocabSize,
    ggufArchitecture: node?.gguf?.architecture ?? local?.ggufArchitecture,
    preTokenizer: node?.gguf?.preTokenizer ?? local?.ggufPreTokenizer,
    hasParents: input.lineage.edges.some((e) => e.child === nodeId) || !!local?.baseModels?.length,
    onlyQuantized: isCopyOfItsParents(nodeId, input),
    remoteCode: node?.config?.remoteCode ?? [],
    localBases: node?.localBases ?? [],
    modelCreator: node?.cardHints?.modelCreator,
    modelName: node?.cardHints?.modelName ?? local?.name,
  };
}

/** A node whose every declared edge is `quantized` repackages its parents; a finetune, merge or adapter is a new model. */
function isCopyOfItsParents(nodeId: string, input: ClassifyInput): boolean {
  const relations = input.lineage.edges.filter((e) => e.child === nodeId).map((e) => e.relation);
  return relations.length > 0 && relations.every((r) => r === 'quantized');
}

function isLocalPath(nodeId: string, input: ClassifyInput): boolean {
  return (input.nodes[nodeId]?.source ?? (nodeId === input.id ? input.source : undefined)) === 'local';
}

/** A copy published by a repackager (GGUF/AWQ/MLX quantizers, ModelScope's mirror namespaces). */
function isRepackaged(nodeId: string, registry: Registry): boolean {
  const namespace = nodeId.includes('/') ? nodeId.split('/')[0]! : '';
  return registry.repackagers.has(namespace);
}

/** Families a repackager's copy points to by its repo name, its card's model_name and model_creator. */
function suspectsByName(facts: NodeFacts, registry: Registry): { family: Family; from: string }[] {
  const out: { family: Family; from: string }[] = [];
  const add = (family: Family, from: string) => {
    if (!out.some((o) => o.family.id === family.id)) out.push({ family, from });
  };
  const repoName = stripPackaging(facts.id.split('/').slice(1).join('/'));
  // bartowski names newer quants "<org>_<name>-GGUF" (Qwen_Qwen3-8B-GGUF, mistralai_Ministral-3-3B-Instruct-2512).
  const underscore = repoName.indexOf('_');
  if (underscore > 0) {
    const org = repoName.slice(0, underscore);
    const owners = registry.byNamespace.get(org) ?? (registry.caseDistinct.has(org) ? undefined : registry.byNamespaceLower.get(org.toLowerCase()));
    if (owners?.length === 1) add(owners[0]!, `the name "${repoName}", which encodes ${org}/${repoName.slice(underscore + 1)},`);
  }
  for (const family of familiesByName(repoName, registry)) add(family, `the name "${repoName}"`);
  if (facts.modelName) for (const family of familiesByName(facts.modelName, registry)) add(family, `the card's model_name "${facts.modelName}"`);
  if (facts.modelCreator) {
    const creator = familyByCreator(facts.modelCreator, registry);
    if (creator) add(creator, `the card's model_creator "${facts.modelCreator}"`);
  }
  return out;
}

/** model_creator is free text ("Qwen", "DeepSeek", "01-ai", "Meta Llama 2"): a namespace or the developer's name. */
function familyByCreator(creator: string, registry: Registry): Family | undefined {
  const text = creator.trim().toLowerCase();
  if (text.length < 2) return undefined;
  const byNamespace = registry.byNamespaceLower.get(text);
  if (byNamespace?.length === 1 && !registry.caseDistinct.has(creator.trim())) return byNamespace[0];
  return registry.families.find((f) => {
    const developer = withoutAside(f.developer).toLowerCase();
    return developer === text || developer.split(/[\s,]+/)[0] === text;
  });
}

function familiesByName(name: string, registry: Registry): Family[] {
  const lower = name.toLowerCase();
  const named = registry.families
    .map((family) => ({ family, spans: hintsOf(family).flatMap((hint) => wordStarts(lower, hint).map((at) => [at, at + hint.length] as const)) }))
    .filter((n) => n.spans.length > 0);
  // A hint found only where a longer hint of another family starts names that other family: "spark" in "spark-tts-0.5b"
  // is SparkAudio's Spark-TTS (hint `spark-tts`), not iFlytek's Spark. (A longer hint starting before it does not:
  // "chinese-llama-2" names both hfl's Chinese-LLaMA and the Llama it is built on.)
  const covered = (n: (typeof named)[number]) => n.spans.every(([from, to]) => named.some((o) => o !== n && o.spans.some(([a, b]) => a === from && b > to)));
  return named
    .filter((n) => !covered(n))
    .map((n) => n.family)
    .slice(0, 3);
}

/** A family's id hints of three characters or more, lower-cased once (asked for every model of a tree). */
const lowerHints = new WeakMap<Family, string[]>();
function hintsOf(family: Family): string[] {
  let hints = lowerHints.get(family);
  if (!hints) lowerHints.set(family, (hints = (family.id_hints ?? []).filter((hint) => hint.length >= 3).map((hint) => hint.toLowerCase())));
  return hints;
}

/** Where a hint starts a word of the name (it counts only there: "yuan3" is not in "hunyuan3d", nor "t5-" in "codet5-base"). */
function wordStarts(name: string, hint: string): number[] {
  const starts: number[] = [];
  for (let at = name.indexOf(hint); at >= 0; at = name.indexOf(hint, at + 1)) {
    if (at === 0 || !/[a-z0-9]/.test(hint[0]!) || !/[a-z0-9]/.test(name[at - 1]!)) starts.push(at);
  }
  return starts;
}

function describeLocal(local: LocalBase): string {
  const what = {
    'local-path': 'a local path',
    'hf-cache': 'a Hugging Face cache folder',
    'modelscope-cache': 'a ModelScope cache folder',
    modelscope: 'a ModelScope model',
    'bare-name': 'a bare name',
  }[local.kind];
  return `${what} ("${local.value}", in ${local.declaredIn})`;
}

/** The family whose namespace publishes `nodeId` on `site` (each hub's namespaces are its own: families.yaml lists them apart). */
function namespaceFamily(
  nodeId: string,
  facts: NodeFacts,
  site: 'huggingface' | 'modelscope' | 'openxlab',
  registry: Registry,
): { family: Family; namespace: string } | undefined {
  const namespace = nodeId.split('/')[0];
  if (!namespace || !nodeId.includes('/')) return undefined;
  // A repackager's copy says nothing about origin when it declares where it came from. A namespace
  // that also releases its own family (nvidia: Nemotron, Eagle, and NVFP4 quants of others' models)
  // is that family's for what it fine-tunes or merges, and a repackager only for its quantizations.
  if (registry.repackagers.has(namespace) && facts.hasParents && (facts.onlyQuantized || !ownsAFamily(namespace, registry))) return undefined;
  const index = { huggingface: registry.byNamespace, modelscope: registry.byModelScopeNamespace, openxlab: registry.byOpenXLabNamespace }[site];
  let candidates = index.get(namespace) ?? [];
  if (candidates.length === 0 && !registry.caseDistinct.has(namespace)) {
    const loose = (site === 'huggingface' ? registry.byNamespaceLower.get(namespace.toLowerCase()) : undefined) ?? [];
    if (
      new Set(loose.flatMap((f) => [...f.hf_namespaces, ...(f.former_namespaces ?? [])].filter((n) => n.toLowerCase() === namespace.toLowerCase()))).size === 1
    )
      candidates = loose;
  }
  if (candidates.length === 0) return undefined;
  const byType = candidates.find((f) => facts.modelType && f.model_types?.includes(facts.modelType));
  // A shared namespace (google: Gemma and T5) without a config read: the name decides where it can.
  const named = byType || candidates.length === 1 ? undefined : nameHints(nodeId, registry).find((f) => candidates.includes(f));
  return { family: byType ?? named ?? candidates[0]!, namespace };
}

function ownsAFamily(namespace: string, registry: Registry): boolean {
  return (registry.byNamespace.get(namespace)?.length ?? 0) > 0;
}

function ggufFamily(facts: NodeFacts, registry: Registry): { family: Family; detail: string } | undefined {
  const byPre = facts.preTokenizer ? registry.byPreTokenizer.get(facts.preTokenizer) : undefined;
  if (byPre) return { family: byPre, detail: `GGUF pre-tokenizer "${facts.preTokenizer}" is ${shortName(byPre)}'s tokenizer` };
  const byArch = facts.ggufArchitecture ? registry.byGgufArchitecture.get(facts.ggufArchitecture) : undefined;
  if (byArch) return { family: byArch, detail: `GGUF architecture "${facts.ggufArchitecture}" is ${shortName(byArch)}'s` };
  return undefined;
}

/**
 * A family-specific model_type or architecture class, and a family's vocabulary size when it
 * names another family (the tokenizer tells Kimi from the DeepSeek architecture it reuses);
 * shared values never count.
 */
function configFamilies(facts: NodeFacts, registry: Registry): { family: Family; detail: string }[] {
  const found: { family: Family; detail: string }[] = [];
  let byStructure: { family: Family; detail: string } | undefined;
  if (facts.modelType && !registry.sharedModelTypes.has(facts.modelType)) {
    const family = registry.byModelType.get(facts.modelType);
    if (family) byStructure = { family, detail: `config model_type "${facts.modelType}" is ${shortName(family)}'s architecture` };
  }
  for (const arch of byStructure ? [] : facts.architectures) {
    if (registry.sharedArchitectures.has(arch)) continue;
    const family = registry.byArchitecture.get(arch);
    if (family) {
      byStructure = { family, detail: `config architecture ${arch} is ${shortName(family)}'s` };
      break;
    }
  }
  if (byStructure) found.push(byStructure);
  const byVocab = facts.vocabSize === undefined ? undefined : (registry.byVocabOwner.get(String(facts.vocabSize)) ?? vocabWithType(facts, registry));
  if (byVocab && byVocab.id !== byStructure?.family.id)
    found.push({ family: byVocab, detail: `vocabulary size ${facts.vocabSize} is ${shortName(byVocab)}'s tokenizer` });
  return found;
}

/**
 * A vocabulary size several families list counts for the one whose model types include the
 * config's (64000 tokens: Yi under model_type llama, Baichuan under its own); none otherwise.
 */
function vocabWithType(facts: NodeFacts, registry: Registry): Family | undefined {
  if (facts.vocabSize === undefined || !facts.modelType) return undefined;
  const listing = registry.families.filter((f) => f.vocab_sizes?.includes(facts.vocabSize!));
  const typed = listing.filter((f) => f.model_types?.includes(facts.modelType!));
  return listing.length > 1 && typed.length === 1 ? typed[0] : undefined;
}

const licenceOwners = new WeakMap<Registry, Map<string, Family>>();

/** Licence names and ids that one family alone lists (qwen-research, yi-license, llama3.1); generic ones never count. */
function familyLicences(registry: Registry): Map<string, Family> {
  let map = licenceOwners.get(registry);
  if (map) return map;
  const listing = new Map<string, Set<Family>>();
  const add = (key: string | undefined, f: Family) => {
    if (!key) return;
    const k = key.toLowerCase();
    if (k === 'other' || registry.licences.get(k)?.kind === 'permissive' || registry.licences.get(k)?.kind === 'copyleft') return;
    listing.set(k, (listing.get(k) ?? new Set()).add(f));
  };
  for (const f of registry.families) for (const l of f.licences ?? []) (add(l.name, f), add(l.license, f));
  map = new Map([...listing].filter(([, owners]) => owners.size === 1).map(([k, owners]) => [k, [...owners][0]!]));
  licenceOwners.set(registry, map);
  return map;
}

/** The family whose own licence a node declares, by licence id/name or a link into the family's namespace. */
function licenceFamily(nodeId: string, input: ClassifyInput, registry: Registry): { family: Family; detail: string } | undefined {
  const licence = input.nodes[nodeId]?.licence;
  if (!licence) return undefined;
  const namespace = nodeId.includes('/') ? nodeId.split('/')[0]! : '';
  const outside = (f: Family) => ![...f.hf_namespaces, ...(f.former_namespaces ?? [])].some((n) => n.toLowerCase() === namespace.toLowerCase());
  const owners = familyLicences(registry);
  const ids = [licence.licenseName, ...[licence.license ?? []].flat()].filter((x): x is string => typeof x === 'string');
  for (const id of ids) {
    const family = owners.get(id.toLowerCase());
    if (family && outside(family))
      return { family, detail: `${shortName(family)}'s own licence "${id}"${licence.licenseLink ? ` (${licence.licenseLink})` : ''}` };
  }
  const link = licence.licenseLink?.match(/^https:\/\/huggingface\.co\/([^/]+)\/[^/]+\/(?:blob|resolve)\/[^/]+\/LICENSE/i);
  const linked = link ? registry.byNamespace.get(link[1]!) : undefined;
  if (linked?.length === 1 && outside(linked[0]!))
    return { family: linked[0]!, detail: `a licence linked from ${shortName(linked[0]!)}'s namespace (${licence.licenseLink})` };
  return undefined;
}

function attributeHosted(input: ClassifyInput, registry: Registry, attribute: (f: Family, via: string, c: Confidence) => void, evidence: Evidence[]) {
  if (input.source === 'ollama') {
    const name = input.id
      .replace(/^registry\.ollama\.ai\/(library\/)?/, '')
      .split(':')[0]!
      .split('/')
      .pop()!;
    const family = registry.byOllamaName.get(name) ?? registry.byOllamaName.get(name.replace(/[-.]?\d+(\.\d+)?$/, ''));
    if (family) {
      attribute(family, input.id, 'high');
      evidence.push({
        kind: 'registry',
        node: input.id,
        confidence: 'high',
        detail: `"${name}" is ${shortName(family)} in the Ollama library (${family.developer}, ${family.country})`,
      });
    }
    return;
  }
  const [provider = '', ...written] = input.id.split('/');
  // LiteLLM's region, commitment or API-mode segments before the model (`bedrock/us-east-1/meta.llama3-8b-instruct-v1:0`)
  // say where it is served, not who made it: the model is what follows them.
  const unqualified = withoutRouteQualifiers(written.join('/'));
  const rest = unqualified ? unqualified.split('/') : written;
  const model = rest.join('/');
  // A router's id names the model's creator before the model (`openrouter/openai/gpt-4o`,
  // `vercel-ai-gateway/zai/glm-4.5`): the name after it is the creator's, and the creator may be a provider.
  // Bedrock's ids name the vendor before the model (`us.anthropic.claude-sonnet-4-6`, `amazon.nova-pro-v1:0`): the
  // vendor is the creator, and the id without its region prefix or vendor is the name the vendor's naming knows.
  const vendor = rest.length === 1 ? vendorOfModelId(provider, model) : undefined;
  const creator = rest.length > 1 ? rest[0]! : vendor?.vendor;
  const names = rest.length > 1 ? [model, rest.slice(1).join('/')] : vendor ? [model, vendor.id, vendor.name] : [model];
  let named: string | undefined;
  const byModelId = registry.apiProviders.find(({ provider: p }) =>
    p.model_ids?.some((pattern) => (named = names.find((n) => globMatch(pattern, n))) !== undefined),
  );
  const creatorFamily = creator ? registry.providerFamilies.get(creator.toLowerCase()) : undefined;
  // A creator publishing several families (Google: Gemini over its API, Gemma's open weights) made the one its name
  // names (`openrouter/google/gemma-3-4b-it`, `bedrock/google.gemma-3-4b-it` are Gemma).
  const byCreator =
    creatorFamily &&
    (familiesByName(names[names.length - 1]!, registry).find(
      (f) => f.developer === creatorFamily.developer || f.hf_namespaces.some((n) => n.toLowerCase() === creator!.toLowerCase()),
    ) ??
      creatorFamily);
  const family = byModelId?.family ?? registry.providerFamilies.get(provider.toLowerCase()) ?? byCreator;
  if (family) {
    attribute(family, input.id, 'high');
    const how = byModelId
      ? `the model name ${named} is ${shortName(family)}'s`
      : family === byCreator && !registry.providerFamilies.has(provider.toLowerCase())
        ? `${creator}, the creator it names, publishes ${shortName(family)}`
        : `provider ${provider} serves ${shortName(family)}`;
    evidence.push({ kind: 'registry', node: input.id, confidence: 'high', detail: `hosted API: ${how} (${family.developer}, ${family.country})` });
  }
}

/** Each registry pattern compiled once: a regex built per (pattern, name) pair took a third of classify's CPU on the real corpus. */
const globs = new Map<string, RegExp>();

function globMatch(pattern: string, value: string): boolean {
  let regex = globs.get(pattern);
  if (!regex)
    globs.set(
      pattern,
      (regex = new RegExp(
        `^${pattern
          .split('*')
          .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
        'i',
      )),
    );
  return regex.test(value);
}

function nameHints(id: string, registry: Registry): Family[] {
  return familiesByName(id.includes('/') ? id.split('/').slice(1).join('/') : id, registry);
}

/** "A -finetune-> B -quantized-> C" along declared edges (breadth first, shortest). */
function pathTo(from: string, to: string, lineage: Lineage): string {
  const previous = new Map<string, { node: string; relation: string }>();
  const queue = [from];
  const seen = new Set([from]);
  while (queue.length) {
    const current = queue.shift()!;
    if (current === to) break;
    for (const edge of lineage.edges.filter((e) => e.child === current)) {
      if (seen.has(edge.parent)) continue;
      seen.add(edge.parent);
      previous.set(edge.parent, { node: current, relation: edge.relation });
      queue.push(edge.parent);
    }
  }
  const steps: string[] = [to];
  for (let at = to; previous.has(at);) {
    const step = previous.get(at)!;
    steps.unshift(`${step.node} -${step.relation}->`);
    at = step.node;
  }
  return steps.join(' ');
}

/**
 * A root whose namespace is no known family and whose architecture is shared (LlamaForCausalLM,
 * ...) can only be told apart by its tokenizer: worth fetching its config.json for the
 * vocabulary size. Everything else is attributed without it.
 */
export function wantsConfigFingerprint(node: LineageNode, hasParents: boolean, registry: Registry): boolean {
  if (hasParents || node.error || node.source !== 'huggingface') return false;
  const namespace = node.id.split('/')[0] ?? '';
  const modelType = node.config?.modelType;
  if (registry.repackagers.has(namespace)) return false;
  // A known namespace tells the origin of the architectures its family ships; a fine-tuner's
  // namespace (NousResearch under model_type llama) says nothing of the base it trained.
  const owners = registry.byNamespace.get(namespace);
  if (owners && owners.some((f) => !finetunesOthers(f, registry))) return false;
  const architectures = node.config?.architectures ?? [];
  // An architecture several families ship (DeepseekV3ForCausalLM: DeepSeek, Kimi, ...) needs the tokenizer to tell them apart.
  if (modelType && reusedFingerprints(registry).has(modelType)) return true;
  if (architectures.some((a) => reusedFingerprints(registry).has(a))) return true;
  if (modelType && !registry.sharedModelTypes.has(modelType) && registry.byModelType.has(modelType)) return false;
  return architectures.length > 0 && architectures.every((a) => registry.sharedArchitectures.has(a) || !registry.byArchitecture.has(a));
}

/**
 * A family that lists architectures a family of another country owns (Nous, US: qwen2, seed_oss)
 * publishes fine-tunes of others' bases: its namespace does not tell the base's country.
 */
function finetunesOthers(family: Family, registry: Registry): boolean {
  return (family.model_types ?? []).some((t) => {
    const owner = registry.byModelType.get(t);
    return owner !== undefined && owner.id !== family.id && owner.country !== family.country;
  });
}

const reused = new WeakMap<Registry, Set<string>>();

/** model_type / architecture values that more than one family lists but that one family owns (fingerprint_owners). */
function reusedFingerprints(registry: Registry): Set<string> {
  let set = reused.get(registry);
  if (set) return set;
  const count = new Map<string, number>();
  for (const f of registry.families) for (const v of new Set([...(f.model_types ?? []), ...(f.architectures ?? [])])) count.set(v, (count.get(v) ?? 0) + 1);
  set = new Set([...count].filter(([v, n]) => n > 1 && (registry.byModelType.has(v) || registry.byArchitecture.has(v))).map(([v]) => v));
  reused.set(registry, set);
  return set;
}
