// Walks declared lineage on the Hub back to the roots. The graph is shared by every model in the
// run: each node is fetched at most once, in parallel up to a limit, so wall time follows the
// depth of the graph, not the number of models. Cycles, self-references, missing bases and the
// depth cap are recorded as problems; the walk never throws.
import { nodeKey } from '../model/lineage.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Lineage, LineageEdge, LineageNode, LocalBase } from '../model/lineage.js';
import { HUB_NAME, isOtherHub, type LocalFacts, type ModelSource } from '../model/reference.js';
import type { HubSource } from './hub-source.js';
import { familyNamedLike, type Registry } from '../registry/load.js';
import { parseHubModel } from './hub-model.js';
import { readCardText } from './card-text.js';
import { readGgufHeaderFacts } from './gguf-header.js';
import { looksLikeHubId, stripPackaging } from '../model/ids.js';
import { asRelation, type ParentLink } from './read-base.js';
import { basesFrom, readAdapterConfig, readConfigFile, readMergekitConfig, type FileBases } from './repo-files.js';

export interface ResolveRequest {
  /** Key the caller uses to find the result (id + source). */
  key: string;
  id: string;
  source: ModelSource;
  revision?: string;
  facts?: LocalFacts;
}

export interface ResolveOptions {
  hub: HubSource;
  /** Namespaces it knows turn local paths and bare names into Hub ids. */
  registry: Registry;
  maxDepth: number;
  concurrency: number;
  /**
   * Whether a node's config.json is worth one more request: the Hub's config digest has no
   * vocabulary size, which tells a family's tokenizer apart when the architecture is shared.
   */
  wantsConfigFile?: (node: LineageNode, hasParents: boolean) => boolean;
}

export interface ResolveResult {
  lineages: Map<string, Lineage>;
  /** Request key -> the id the model has on the Hub (canonical casing, after renames). */
  canonicalIds: Map<string, string>;
  /** Every node read, keyed by id, and a pinned reference's own node also by `id@revision` (see nodeKey). */
  nodes: Record<string, LineageNode>;
  diagnostics: Diagnostic[];
  stats: { requests: number; uniqueNodes: number };
}

interface GraphNode {
  node: LineageNode;
  parents: ParentLink[];
  problems: string[];
}

/**
 * Limits how many Hub calls run at once. Waiting calls are served deepest first: an ancestor
 * lies on the critical path of every model below it, while one more referenced model does not,
 * so the chain to the roots never queues behind a wide first level.
 */
class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[][] = []; // by depth
  constructor(private readonly limit: number) {}
  async run<T>(depth: number, task: () => Promise<T>): Promise<T> {
    // The slot is taken here, or handed over by next(), so the limit holds between the two.
    if (this.active >= this.limit) await new Promise<void>((resolve) => (this.waiting[depth] ??= []).push(resolve));
    else this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.next();
    }
  }
  private next(): void {
    for (let depth = this.waiting.length - 1; depth >= 0; depth--) {
      const start = this.waiting[depth]?.shift();
      if (start) {
        this.active++;
        return start();
      }
    }
  }
}

export async function resolveLineages(requests: ResolveRequest[], options: ResolveOptions): Promise<ResolveResult> {
  return startLineageWalk(options).finish(requests);
}

/** A walk that can start before every request is known: the audit feeds it while it still scans. */
export interface LineageWalk {
  /** Starts resolving one model now (once per key); nothing to await. */
  add(request: ResolveRequest): void;
  /** Adds any request not yet added, waits for the whole graph, and builds each lineage. */
  finish(requests: ResolveRequest[]): Promise<ResolveResult>;
}

export function startLineageWalk(options: ResolveOptions): LineageWalk {
  const limiter = new Limiter(Math.max(1, options.concurrency));
  // Canonical id -> node; a pinned reference's own node is kept apart, under nodeKey(id, revision).
  const graph = new Map<string, GraphNode>();
  const inFlight = new Map<string, Promise<string>>(); // requested id@rev -> graph key
  const diagnostics: Diagnostic[] = [];
  const depthSeen = new Map<string, number>();
  const cutByDepth = new Set<string>();

  const pending: Promise<void>[] = [];

  /** Fetches one node once per run; resolves to its graph key as soon as it is in the graph. */
  const fetchOnce = (id: string, revision: string | undefined, depth: number, candidate = false): Promise<string> => {
    const memoKey = `${id.toLowerCase()}@${revision ?? ''}`;
    let promise = inFlight.get(memoKey);
    if (!promise) {
      promise = limiter
        .run(depth, () => fetchNode(id, revision, candidate))
        .then((graphNode) => {
          const canonical = graphNode.node.id;
          const key = nodeKey(canonical, revision);
          const existing = graph.get(key);
          if (!existing) graph.set(key, graphNode);
          else if (id !== canonical && !existing.node.aliases.includes(id)) existing.node.aliases.push(id);
          return key;
        });
      inFlight.set(memoKey, promise);
    }
    return promise;
  };

  /** Schedules the parents of a node reached at `depth` (again, when reached by a shorter path). */
  const expand = (key: string, depth: number): void => {
    const graphNode = graph.get(key)!;
    const previous = depthSeen.get(key);
    if (previous !== undefined && previous <= depth) return;
    depthSeen.set(key, depth);
    if (depth >= options.maxDepth) {
      if (graphNode.parents.length > 0) cutByDepth.add(key);
      return;
    }
    cutByDepth.delete(key);
    // Parents are always read at their default revision: a pin applies to the referenced model only.
    for (const parent of graphNode.parents) {
      pending.push(
        fetchOnce(parent.id, undefined, depth + 1, parent.candidate).then((parentId) => {
          // A candidate the Hub does not have was a guess: no edge, no problem reported.
          if (parent.candidate && graph.get(parentId)?.node.error) {
            graphNode.parents.splice(graphNode.parents.indexOf(parent), 1);
            return;
          }
          parent.id = parentId;
          expand(parentId, depth + 1);
        }),
      );
    }
  };

  const drain = async () => {
    while (pending.length > 0) await Promise.all(pending.splice(0));
  };

  const fetchNode = async (id: string, revision: string | undefined, candidate = false): Promise<GraphNode> => {
    const answer = await options.hub.getModel(id, revision);
    if (!answer.ok) {
      if (!candidate) diagnostics.push({ stage: 'resolve', code: answer.code, model: id, message: answer.message });
      return {
        node: { id, aliases: [], source: 'huggingface', licence: {}, error: { code: answer.code, message: answer.message } },
        parents: [],
        problems: [],
      };
    }
    const parsed = parseHubModel(answer.data, id, options.registry);
    const problems: string[] = [];
    if (parsed.selfReference) problems.push(`${parsed.node.id} names itself as its base model (ignored)`);
    problems.push(...parsed.disagreements);
    for (const bad of parsed.badBases) problems.push(`${parsed.node.id} declares base "${bad}", which is not a Hub model id`);
    // Files that name a base when the card does not: read the way card bases are, so a trainer's
    // local path is kept as evidence and reported, never silently dropped.
    const fromFile = async (path: string, read: (text: string) => FileBases) => {
      const file = await options.hub.getFile(parsed.node.id, path, revision);
      if (!file.ok) {
        problems.push(`${path} of ${parsed.node.id} could not be read: ${file.message}`);
        return;
      }
      takeBases(parsed.node, parsed.parents, problems, read(file.text), ` in ${path}`);
    };
    if (parsed.needsAdapterConfig) await fromFile('adapter_config.json', (text) => readAdapterConfig(text, options.registry, parsed.node.id));
    if (parsed.needsMergekitConfig) await fromFile('mergekit_config.yml', (text) => readMergekitConfig(text, options.registry, parsed.node.id));
    // Silent front matter: the card's prose, then (for a repackager's copy) its name.
    // A family's own release in its official namespace is a root as published: no README request.
    const official = !!options.registry?.byNamespace.has(parsed.node.id.split('/')[0]!) && !options.registry?.repackagers.has(parsed.node.id.split('/')[0]!);
    if (parsed.parents.length === 0 && !parsed.node.localBases?.length && parsed.hasReadme && !official) {
      const readme = await options.hub.getFile(parsed.node.id, 'README.md', revision);
      if (readme.ok)
        for (const p of readCardText(readme.text, parsed.node.id, options.registry))
          parsed.parents.push({ id: p.id, relation: p.relation, declaredIn: 'card-text', evidence: p.sentence, ...(p.candidate ? { candidate: true } : {}) });
    }
    // Nothing declared but guesses: the GGUF header llama.cpp writes names the base and the tokenizer.
    if (parsed.ggufFile && parsed.parents.every((p) => p.candidate) && !parsed.node.localBases?.length && !official) {
      const header = await options.hub.getGgufHeader(parsed.node.id, parsed.ggufFile, revision);
      if (!header.ok) problems.push(`the GGUF header of ${parsed.node.id}/${parsed.ggufFile} could not be read: ${header.message}`);
      else {
        const read = readGgufHeaderFacts(header.header, parsed.node.id, parsed.ggufFile);
        parsed.node.gguf = { ...parsed.node.gguf, ...read.gguf };
        // Links beat guesses: a base the header names replaces the card's bare names.
        if (read.parents.some((p) => !p.candidate)) parsed.parents.splice(0, parsed.parents.length);
        for (const p of read.parents) if (!parsed.parents.some((q) => q.id.toLowerCase() === p.id.toLowerCase())) parsed.parents.push(p);
      }
    }
    if (parsed.parents.length === 0 && !parsed.node.localBases?.length)
      parsed.parents.push(...legacyKeyCandidates(parsed.node, options.registry), ...nameCandidates(parsed.node.id, options.registry));
    if (options.wantsConfigFile?.(parsed.node, parsed.parents.length > 0)) {
      const file = await options.hub.getFile(parsed.node.id, 'config.json', revision);
      const config = file.ok ? readConfigFile(file.text, options.registry) : undefined;
      if (config?.vocabSize !== undefined) parsed.node.config = { ...parsed.node.config, vocabSize: config.vocabSize };
      // `_name_or_path` on a root is the checkpoint it was saved from: evidence by name, never an edge.
      const saved = config?.nameOrPath;
      if (saved && parsed.parents.length === 0) {
        if ('kind' in saved) addLocalBases(parsed.node, [saved]);
        else if (saved.id.toLowerCase() !== parsed.node.id.toLowerCase())
          addLocalBases(parsed.node, [{ value: saved.value, declaredIn: 'config.json _name_or_path', kind: 'bare-name', name: saved.id.split('/').pop()! }]);
      }
    }
    return { node: parsed.node, parents: parsed.parents, problems };
  };

  // Local artefacts and Hub models enter the same graph; Ollama tags and API models have no Hub lineage.
  const entry = new Map<string, string>(); // request key -> graph key of the model's own node
  const added = new Set<string>();
  const add = (request: ResolveRequest): void => {
    if (added.has(request.key)) return;
    added.add(request.key);
    if (request.source === 'huggingface') {
      pending.push(
        fetchOnce(request.id, request.revision, 0).then((key) => {
          entry.set(request.key, key);
          expand(key, 0);
        }),
      );
    } else {
      const node = localNode(request);
      const parents: ParentLink[] = [];
      const problems: string[] = [];
      const relation = asRelation(request.facts?.baseModelRelation) ?? 'unknown';
      takeBases(
        node,
        parents,
        problems,
        basesFrom(
          (request.facts?.baseModels ?? []).map((raw) => ({ raw, relation })),
          'local file',
          options.registry,
          request.id,
        ),
        '',
      );
      // ModelScope and OpenXLab have no lineage API here: their models are attributed by namespace only, and say so.
      if (isOtherHub(request.source) && parents.length === 0)
        problems.push(`${request.id}: lineage on ${HUB_NAME[request.source]} is not read; origin comes from its namespace alone`);
      // (Another hub's repo is not the Hub's of the same name: kept under a key of its own, reported by its id.)
      const key = isOtherHub(request.source) ? `${request.source}:${request.id}` : request.id;
      graph.set(key, { node, parents, problems });
      entry.set(request.key, key);
      expand(key, 0);
    }
  };

  const finish = async (requests: ResolveRequest[]): Promise<ResolveResult> => {
    requests.forEach(add);
    await drain();

    const lineages = new Map<string, Lineage>();
    for (const request of requests) lineages.set(request.key, buildLineage(entry.get(request.key)!, graph, cutByDepth, options.maxDepth));
    // Named after the model whose lineage found it first, so every report says where it is.
    for (const [key, lineage] of lineages)
      for (const problem of lineage.problems)
        if (problem.startsWith('cycle'))
          pushOnce(diagnostics, { stage: 'resolve', code: 'lineage-cycle', model: graph.get(entry.get(key)!)?.node.id ?? entry.get(key)!, message: problem });

    const nodes: Record<string, LineageNode> = {};
    for (const [key, graphNode] of [...graph.entries()].sort(([a], [b]) => a.localeCompare(b))) nodes[key] = graphNode.node;
    const canonicalIds = new Map([...entry].map(([request, key]) => [request, graph.get(key)?.node.id ?? key]));
    return { lineages, canonicalIds, nodes, diagnostics, stats: { requests: options.hub.requestCount(), uniqueNodes: graph.size } };
  };
  return { add, finish };
}

/** Edges read from what the Hub shows rather than from the front matter: they say where they were read. */
const UNDECLARED = new Set(['card-text', 'repackager-name', 'gguf-header']);

function buildLineage(start: string, graph: Map<string, GraphNode>, cut: Set<string>, maxDepth: number): Lineage {
  const edges: LineageEdge[] = [];
  const roots = new Set<string>();
  const problems: string[] = [];
  const seen = new Set<string>();
  let unreadable = 0;

  // Walked by graph key; reported by id (only a pinned model's own key differs from its id).
  const idOf = (key: string) => graph.get(key)?.node.id ?? key;
  const walk = (id: string, path: string[]) => {
    const graphNode = graph.get(id);
    if (path.includes(id)) {
      problems.push(`cycle in declared lineage: ${[...path.slice(path.indexOf(id)), id].join(' -> ')}`);
      return;
    }
    if (seen.has(id)) return;
    seen.add(id);
    if (!graphNode) return;
    problems.push(...graphNode.problems);
    if (graphNode.node.error) {
      if (id !== start) problems.push(`ancestor ${id} could not be read: ${graphNode.node.error.message}`);
      unreadable++;
      return;
    }
    if (cut.has(id)) problems.push(`lineage cut at ${idOf(id)}: depth cap of ${maxDepth} reached`);
    if (graphNode.parents.length === 0 && !cut.has(id)) roots.add(idOf(id));
    for (const parent of cut.has(id) ? [] : graphNode.parents) {
      const undeclared = UNDECLARED.has(parent.declaredIn) ? { declaredIn: parent.declaredIn, ...(parent.evidence ? { evidence: parent.evidence } : {}) } : {};
      edges.push({ child: idOf(id), parent: parent.id, relation: parent.relation, ...undeclared });
      walk(parent.id, [...path, id]);
    }
  };
  walk(start, []);

  const startNode = graph.get(start)?.node;
  const status = startNode?.error ? 'unresolved' : problems.length > 0 || unreadable > 0 ? 'partial' : 'resolved';
  if (startNode?.error) problems.unshift(startNode.error.message);
  return { status, roots: [...roots].sort(), edges: dedupeEdges(edges), nodes: [...new Set([...seen].map(idOf))].sort(), problems: [...new Set(problems)] };
}

function dedupeEdges(edges: LineageEdge[]): LineageEdge[] {
  const seen = new Set<string>();
  return edges.filter((e) => {
    const key = `${e.child}\u0000${e.parent}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function localNode(request: ResolveRequest): LineageNode {
  const facts = request.facts ?? {};
  return {
    id: request.id,
    aliases: [],
    source: request.source,
    licence: { license: facts.license, licenseName: facts.licenseName },
    config:
      facts.modelType || facts.architectures || facts.vocabSize
        ? { modelType: facts.modelType, architectures: facts.architectures, vocabSize: facts.vocabSize }
        : undefined,
    gguf: facts.ggufArchitecture || facts.ggufPreTokenizer ? { architecture: facts.ggufArchitecture, preTokenizer: facts.ggufPreTokenizer } : undefined,
  };
}

/** What a card, file or local model declares: parents to follow, bad bases reported, local bases kept as evidence. */
function takeBases(node: LineageNode, parents: ParentLink[], problems: string[], bases: FileBases, where: string): void {
  parents.push(...bases.parents);
  for (const bad of bases.badBases) problems.push(`${node.id} declares base "${bad}"${where}, which is not a Hub model id`);
  addLocalBases(node, bases.localBases);
}

function addLocalBases(node: LineageNode, found: LocalBase[]): void {
  for (const local of found) {
    node.localBases ??= [];
    if (!node.localBases.some((l) => l.value === local.value)) node.localBases.push(local);
  }
}

function pushOnce(list: Diagnostic[], diagnostic: Diagnostic) {
  if (!list.some((d) => d.message === diagnostic.message)) list.push(diagnostic);
}

/**
 * TheBloke-style cards without a link: `model_creator` (a namespace, or a family's developer:
 * "DeepSeek" -> deepseek-ai) + `model_name` with dashes for spaces ("Deepseek Coder 33B Instruct";
 * the Hub matches ids without regard to case). Candidates only: kept when the Hub has them.
 */
function legacyKeyCandidates(node: LineageNode, registry: Registry): ParentLink[] {
  const creator = node.cardHints?.modelCreator?.trim();
  const rawName = node.cardHints?.modelName?.trim();
  if (!creator || !rawName) return [];
  const name = stripPackaging(rawName.replace(/\s+/g, '-'));
  const namespaces = new Set<string>();
  if (/^[A-Za-z0-9][\w.-]*$/.test(creator)) namespaces.add(creator);
  const lower = creator.toLowerCase();
  const family = registry.families.find(
    (f) =>
      f.hf_namespaces.length > 0 &&
      (f.hf_namespaces.some((n) => n.toLowerCase() === lower) ||
        f.developer
          .replace(/\s*\([^)]*\)/g, '')
          .trim()
          .toLowerCase()
          .split(/[\s,]+/)[0] === lower),
  );
  if (family) namespaces.add(family.hf_namespaces[0]!);
  const evidence = `model_creator: ${creator}, model_name: ${rawName}`.slice(0, 300);
  return [...namespaces]
    .map((namespace) => `${namespace}/${name}`)
    .filter((id) => looksLikeHubId(id) && id.toLowerCase() !== node.id.toLowerCase())
    .slice(0, 2)
    .map((id) => ({ id, relation: 'quantized' as const, declaredIn: 'card-text', evidence, candidate: true }));
}

/**
 * What a repackager's copy that declares nothing is a copy of, by its name: bartowski's
 * `org_Name-GGUF` is org/Name; `QuantFactory/Name-GGUF` is the official namespace of the family the
 * name starts with. Candidates only: the walk keeps them when the Hub has them.
 */
function nameCandidates(id: string, registry: Registry | undefined): ParentLink[] {
  const [namespace = '', name = ''] = id.split('/');
  if (!registry?.repackagers.has(namespace) || !name) return [];
  const original = stripPackaging(name);
  if (!original || (original === name && !/gguf|gptq|awq|mlx|exl2|bnb/i.test(name))) return [];
  const out: string[] = [];
  const underscore = original.indexOf('_');
  if (underscore > 0) out.push(`${original.slice(0, underscore)}/${original.slice(underscore + 1)}`);
  const family = familyNamedLike(original, registry);
  if (family) out.push(`${family.hf_namespaces[0]}/${original}`);
  return [...new Set(out)].slice(0, 2).map((candidate) => ({ id: candidate, relation: 'quantized' as const, declaredIn: 'repackager-name', candidate: true }));
}
