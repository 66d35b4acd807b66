// Origin attribution. Every node of a model's lineage is attributed on its own facts, strongest
// evidence first:
//   1. namespace of an official release (exact case; case-insensitive only when unambiguous and
//      not a known look-alike). Repackagers are never an origin for a node that declares a base.
//   2. GGUF architecture / pre-tokenizer (medium confidence), when family-specific.
//   3. config fingerprint (model_type, architectures, vocab size) - corroboration only; on a root
//      with no namespace attribution it raises "likely derived from X" instead of a claim.
//   4. name hints, low confidence, only when nothing else attributed the model.
// The model is of Chinese origin when any node on its lineage is attributed (high or medium) to a
// CN family; `declared-base` evidence names the path. The Hub's `region:` tag is never used.
import type { Lineage, LineageNode } from '../model/lineage.js';
import type { Confidence, Evidence, FamilyAttribution, Origin } from '../model/origin.js';
import type { LocalFacts, ModelSource } from '../model/reference.js';
import type { Family, Registry } from './registry.js';

export interface ClassifyInput {
  id: string;
  source: ModelSource;
  lineage: Lineage;
  nodes: Record<string, LineageNode>;
  facts?: LocalFacts;
}

interface NodeFacts {
  id: string;
  modelType?: string;
  architectures: string[];
  vocabSize?: number;
  ggufArchitecture?: string;
  preTokenizer?: string;
  hasParents: boolean;
}

const withoutAside = (name: string) => name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
const shortName = (f: Family) => f.family.replace(/\s*\(.*\)\s*$/, '').split(/,| \/ /)[0]!.trim();

export function classifyOrigin(input: ClassifyInput, registry: Registry): Origin {
  const families: FamilyAttribution[] = [];
  const evidence: Evidence[] = [];
  const suspectedBases: NonNullable<Origin['suspectedBases']> = [];
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
    if (input.source === 'huggingface' || input.source === 'modelscope' || nodeId !== input.id) {
      const byNamespace = namespaceFamily(nodeId, facts, input.source === 'modelscope' && nodeId === input.id, registry);
      if (byNamespace) {
        attribute(byNamespace.family, nodeId, 'high');
        evidence.push({ kind: 'namespace', node: nodeId, confidence: 'high', detail: `${nodeId} is published under ${byNamespace.namespace}, the ${byNamespace.family.developer} namespace (${byNamespace.family.country})` });
      }
    }
    const gguf = ggufFamily(facts, registry);
    if (gguf) {
      evidence.push({ kind: 'gguf', node: nodeId, confidence: 'medium', detail: gguf.detail });
      // A GGUF that declares its base gets its family from the base; the header only corroborates.
      if (families.length === before && !facts.hasParents) attribute(gguf.family, nodeId, 'medium');
    }
    const fingerprint = configFamily(facts, registry);
    if (fingerprint) {
      const attributedHere = families.slice(before);
      const agrees = attributedHere.some((f) => f.familyId === fingerprint.family.id);
      evidence.push({ kind: 'config', node: nodeId, confidence: 'medium', detail: `${fingerprint.detail}${agrees ? ' (agrees with the namespace)' : ''}` });
      if (!facts.hasParents && !agrees) {
        suspectedBases.push({ family: shortName(fingerprint.family), familyId: fingerprint.family.id, via: nodeId, detail: `declares no base model, but ${fingerprint.detail}` });
        evidence.push({ kind: 'fingerprint', node: nodeId, confidence: 'medium', detail: `likely derived from ${shortName(fingerprint.family)}: ${fingerprint.detail}` });
      }
    }
  }

  // Declared lineage: name the path from the model to each ancestor that brought a family.
  for (const f of families) {
    if (f.via === input.id) continue;
    const path = pathTo(input.id, f.via, input.lineage);
    evidence.push({ kind: 'declared-base', node: f.via, confidence: f.confidence, detail: `${path} (declared lineage); ${f.via} is ${f.family}, ${f.organisation}, ${f.country}` });
  }

  if (families.length === 0) {
    for (const family of nameHints(input.id, registry)) {
      attribute(family, input.id, 'low');
      evidence.push({ kind: 'name', node: input.id, confidence: 'low', detail: `the name ${input.id} suggests ${shortName(family)} (low confidence: names are not lineage)` });
    }
  }

  return { chineseOrigin: decide(families, input.lineage, suspectedBases.length > 0), families, evidence, ...(suspectedBases.length ? { suspectedBases } : {}) };
}

function decide(families: FamilyAttribution[], lineage: Lineage, suspected: boolean): boolean | null {
  const firm = families.filter((f) => f.confidence !== 'low');
  if (firm.some((f) => f.country === 'CN')) return true;
  if (firm.length === 0) return null;
  // Non-Chinese so far; a gap in the lineage or a suspected undeclared base leaves it open.
  if (lineage.status === 'unresolved' || suspected) return null;
  return lineage.status === 'resolved' ? false : null;
}

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
  };
}

function namespaceFamily(nodeId: string, facts: NodeFacts, modelScope: boolean, registry: Registry): { family: Family; namespace: string } | undefined {
  const namespace = nodeId.split('/')[0];
  if (!namespace || !nodeId.includes('/')) return undefined;
  // A repackager's copy says nothing about origin when it declares where it came from.
  if (registry.repackagers.has(namespace) && facts.hasParents) return undefined;
  const index = modelScope ? registry.byModelScopeNamespace : registry.byNamespace;
  let candidates = index.get(namespace) ?? [];
  if (candidates.length === 0 && !registry.caseDistinct.has(namespace)) {
    const loose = (modelScope ? undefined : registry.byNamespaceLower.get(namespace.toLowerCase())) ?? [];
    if (new Set(loose.flatMap((f) => [...f.hf_namespaces, ...(f.former_namespaces ?? [])].filter((n) => n.toLowerCase() === namespace.toLowerCase()))).size === 1) candidates = loose;
  }
  if (candidates.length === 0) return undefined;
  const byType = candidates.find((f) => facts.modelType && f.model_types?.includes(facts.modelType));
  return { family: byType ?? candidates[0]!, namespace };
}

function ggufFamily(facts: NodeFacts, registry: Registry): { family: Family; detail: string } | undefined {
  const byPre = facts.preTokenizer ? registry.byPreTokenizer.get(facts.preTokenizer) : undefined;
  if (byPre) return { family: byPre, detail: `GGUF pre-tokenizer "${facts.preTokenizer}" is ${shortName(byPre)}'s tokenizer` };
  const byArch = facts.ggufArchitecture ? registry.byGgufArchitecture.get(facts.ggufArchitecture) : undefined;
  if (byArch) return { family: byArch, detail: `GGUF architecture "${facts.ggufArchitecture}" is ${shortName(byArch)}'s` };
  return undefined;
}

/** A family-specific model_type, architecture class or vocabulary size; shared ones never count. */
function configFamily(facts: NodeFacts, registry: Registry): { family: Family; detail: string } | undefined {
  if (facts.modelType && !registry.sharedModelTypes.has(facts.modelType)) {
    const family = registry.byModelType.get(facts.modelType);
    if (family) return { family, detail: `config model_type "${facts.modelType}" is ${shortName(family)}'s architecture` };
  }
  for (const arch of facts.architectures) {
    if (registry.sharedArchitectures.has(arch)) continue;
    const family = registry.byArchitecture.get(arch);
    if (family) return { family, detail: `config architecture ${arch} is ${shortName(family)}'s` };
  }
  const byVocab = facts.vocabSize === undefined ? undefined : registry.byVocabOwner.get(String(facts.vocabSize));
  if (byVocab) return { family: byVocab, detail: `vocabulary size ${facts.vocabSize} is ${shortName(byVocab)}'s tokenizer` };
  return undefined;
}

function attributeHosted(
  input: ClassifyInput,
  registry: Registry,
  attribute: (f: Family, via: string, c: Confidence) => void,
  evidence: Evidence[],
) {
  if (input.source === 'ollama') {
    const name = input.id.replace(/^registry\.ollama\.ai\/(library\/)?/, '').split(':')[0]!.split('/').pop()!;
    const family = registry.byOllamaName.get(name) ?? registry.byOllamaName.get(name.replace(/[-.]?\d+(\.\d+)?$/, ''));
    if (family) {
      attribute(family, input.id, 'high');
      evidence.push({ kind: 'registry', node: input.id, confidence: 'high', detail: `"${name}" is ${shortName(family)} in the Ollama library (${family.developer}, ${family.country})` });
    }
    return;
  }
  const [provider = '', ...rest] = input.id.split('/');
  const model = rest.join('/');
  const byModelId = registry.apiProviders.find(({ provider: p }) => p.model_ids?.some((pattern) => globMatch(pattern, model)));
  const family = byModelId?.family ?? registry.providerFamilies.get(provider.toLowerCase());
  if (family) {
    attribute(family, input.id, 'high');
    const how = byModelId ? `the model name ${model} is ${shortName(family)}'s` : `provider ${provider} serves ${shortName(family)}`;
    evidence.push({ kind: 'registry', node: input.id, confidence: 'high', detail: `hosted API: ${how} (${family.developer}, ${family.country})` });
  }
}

function globMatch(pattern: string, value: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
  return regex.test(value);
}

function nameHints(id: string, registry: Registry): Family[] {
  const name = (id.includes('/') ? id.split('/').slice(1).join('/') : id).toLowerCase();
  return registry.families.filter((f) => f.id_hints?.some((hint) => hint.length >= 3 && name.includes(hint.toLowerCase()))).slice(0, 3);
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
  for (let at = to; previous.has(at); ) {
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
  if (registry.byNamespace.has(namespace) || registry.repackagers.has(namespace)) return false;
  const modelType = node.config?.modelType;
  const architectures = node.config?.architectures ?? [];
  if (modelType && !registry.sharedModelTypes.has(modelType) && registry.byModelType.has(modelType)) return false;
  return architectures.length > 0 && architectures.every((a) => registry.sharedArchitectures.has(a) || !registry.byArchitecture.has(a));
}
