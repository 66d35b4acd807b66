// The one file that knows the order of the stages:
// discover and scan files (extractors) -> resolve lineage -> classify origin and licence -> apply policy -> report.
import { isAbsolute, relative, sep } from 'node:path';
import { classifyLicences, classifyOrigin, wantsConfigFingerprint } from './classify/index.js';
import { notReadSummary, scanProject, type ExtractedReference, type FileExtraction } from './scan/index.js';
import { isArchitectureName } from './scan/architecture-configs.js';
import { nodeKey, type LineageNode } from './model/lineage.js';
import type { Diagnostic, SkippedFile } from './model/diagnostic.js';
import { isOtherHub, type LocalFacts, type ModelSource, type Reference } from './model/reference.js';
import type { ModelReport, Report } from './model/report.js';
import { applyBaseline, evaluatePolicy, type Baseline, type Policy } from './policy/index.js';
import type { HubSource } from './resolve/hub-source.js';
import { startLineageWalk, type LineageWalk, type ResolveRequest } from './resolve/lineage.js';
import type { Registry } from './registry/load.js';

export interface AuditOptions {
  root: string;
  /** PATH as the user gave it (echoed in the report). */
  rootLabel: string;
  hub: HubSource;
  policy: Policy;
  exclude: string[];
  /** The registry (bundled plus the user's `registry:` files), loaded once and handed to every stage. */
  registry: Registry;
  maxFileBytes: number;
  maxDepth: number;
  concurrency: number;
  version: string;
  now: Date;
  onProgress?: (event: { stage: string; done: number; total?: number }) => void;
  /** Wall time of each stage as it ends (`--timings`). */
  onStageTime?: (timing: StageTiming) => void;
  /** Violations of an earlier run: only new ones fail. */
  baseline?: Baseline;
  /** The slowest files to extract, slowest first, when the scan ends (`--timings`). */
  onSlowFiles?: (files: SlowFile[]) => void;
}

export interface SlowFile {
  path: string;
  ms: number;
}

/** How many of the slowest files --timings names. */
const SLOW_FILES = 10;

export interface StageTiming {
  stage: 'scan' | 'resolve' | 'classify' | 'report';
  ms: number;
  /** What the stage handled, in words ("325 files"). */
  detail: string;
}

export interface ModelAccumulator {
  id: string;
  source: ModelSource;
  revision?: string;
  references: Reference[];
  facts?: LocalFacts;
}

export async function runAudit(options: AuditOptions): Promise<Report> {
  const scanStarted = performance.now();
  const skipped: SkippedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const models = new Map<string, ModelAccumulator>();
  // One reference per place (model, file, line): a number per place, (file's index) * 2^31 + line, in its model's set.
  // A string key per place held 71,607 cons strings (5.8 MB) to the end of the whole corpus' scan (performance.md).
  const places = new Map<ModelAccumulator, Set<number>>();
  const pathIndex = new Map<string, number>();
  let filesScanned = 0;
  const notRead = new Map<string, number>();
  // Hub lineage starts resolving as soon as a model is first seen, so on a large tree the network
  // waits overlap the scan instead of following it.
  const assessment = startAssessment(options);

  const collect = (found: ExtractedReference) => {
    const { raw, reference } = found;
    const key = modelKey(raw.source, raw.id, raw.revision);
    let model = models.get(key);
    if (!model) {
      models.set(key, (model = { id: raw.id, source: raw.source, revision: raw.revision, references: [] }));
      // Local files wait for the end: their facts gather from every reference.
      if (raw.source === 'huggingface') assessment.walk.add({ key, id: raw.id, source: raw.source, revision: raw.revision });
    }
    if (raw.facts) model.facts = { ...model.facts, ...raw.facts };
    // One reference per place, however many extractors saw it (a Set: popular models have thousands).
    let file = pathIndex.get(reference.path);
    if (file === undefined) pathIndex.set(reference.path, (file = pathIndex.size));
    const place = file * 2 ** 31 + reference.line;
    let seen = places.get(model);
    if (!seen) places.set(model, (seen = new Set()));
    if (seen.has(place)) return;
    seen.add(place);
    model.references.push(reference);
  };

  const slowest: SlowFile[] = [];
  const handle = (result: FileExtraction) => {
    // Too-large files are found at read time now, but were never "scanned".
    if (result.skipped?.reason !== 'file-too-large') filesScanned++;
    if (result.skipped) skipped.push(result.skipped);
    if (result.timing && options.onSlowFiles) keepSlowest(slowest, result.timing);
    diagnostics.push(...result.diagnostics);
    result.references.forEach(collect);
    if (filesScanned % 500 === 0) options.onProgress?.({ stage: 'scan', done: filesScanned });
  };

  const scanned = await scanProject(
    { root: options.root, maxFileBytes: options.maxFileBytes, exclude: options.exclude },
    {
      file: handle,
      skipped: (s) => skipped.push(s),
      diagnostic: (d) => diagnostics.push(d),
      notRead: (language) => notRead.set(language, (notRead.get(language) ?? 0) + 1),
    },
  );

  // A name found only as the project's own architecture config (`--vision-model ViT-B-16` beside `model_configs/ViT-B-16.json`).
  for (const [key, model] of models) if (isArchitectureName(model, scanned.architectures)) models.delete(key);
  options.onSlowFiles?.(slowest);
  options.onStageTime?.({ stage: 'scan', ms: performance.now() - scanStarted, detail: `${filesScanned} files, ${models.size} models` });
  const assessed = await assessModels(models, options, assessment);
  diagnostics.push(...assessed.diagnostics);
  const reports = assessed.reports;

  skipped.sort((a, b) => a.path.localeCompare(b.path));
  const errors = diagnostics
    .filter((d) => d.code !== 'ignored')
    .map((d) => ({
      ...(d.path ? { path: d.path } : {}),
      ...(d.line ? { line: d.line } : {}),
      ...(d.model ? { model: d.model } : {}),
      code: d.code,
      message: d.message,
    }));
  return {
    schemaVersion: 1,
    tool: { name: 'modelprov', version: options.version },
    root: options.rootLabel,
    generatedAt: options.now.toISOString(),
    models: reports,
    nodes: assessed.nodes,
    errors,
    skipped,
    summary: {
      models: reports.length,
      chineseOrigin: reports.filter((r) => r.origin.chineseOrigin === true).length,
      unresolved: reports.filter((r) => r.lineage.status === 'unresolved').length,
      partial: reports.filter((r) => r.lineage.status === 'partial').length,
      violations: reports.filter((r) => r.policy.verdict === 'fail').length,
      warnings: reports.filter((r) => r.policy.verdict === 'warn').length,
      references: reports.reduce((n, r) => n + r.references.length, 0),
      filesScanned,
      filesSkipped: skipped.length,
      filesIncomplete: countIncompleteFiles(skipped, diagnostics),
      languagesNotRead: notReadSummary(notRead),
    },
    policy: {
      source: policySource(options.policy.source, options.root),
      failOnIncomplete: options.policy.failOnIncomplete,
      defaulted: options.policy.defaulted,
    },
  };
}

export type AssessOptions = Pick<AuditOptions, 'hub' | 'policy' | 'registry' | 'maxDepth' | 'concurrency' | 'now' | 'onProgress' | 'onStageTime' | 'baseline'>;

/** The registry and a lineage walk, ready before the first model is known. */
export interface Assessment {
  registry: Registry;
  walk: LineageWalk;
}

export function startAssessment(options: AssessOptions): Assessment {
  const { registry } = options;
  const walk = startLineageWalk({
    hub: options.hub,
    registry,
    maxDepth: options.maxDepth,
    concurrency: options.concurrency,
    wantsConfigFile: (node, hasParents) => wantsConfigFingerprint(node, hasParents, registry),
  });
  return { registry, walk };
}

/** Resolve, classify and judge a set of models (the audit's second half; `lineage` uses it alone). */
export async function assessModels(models: Map<string, ModelAccumulator>, options: AssessOptions, assessment = startAssessment(options)) {
  const requests: ResolveRequest[] = [...models.entries()].map(([key, m]) => ({
    key,
    id: m.id,
    source: m.source,
    revision: m.revision,
    facts: m.facts,
  }));
  options.onProgress?.({ stage: 'resolve', done: 0, total: requests.length });
  const { registry, walk } = assessment;
  const resolveStarted = performance.now();
  const resolved = await walk.finish(requests);
  const classifyStarted = performance.now();
  options.onStageTime?.({
    stage: 'resolve',
    ms: classifyStarted - resolveStarted,
    detail: `${resolved.stats.uniqueNodes} nodes, ${resolved.stats.requests} Hub requests`,
  });
  const reports: ModelReport[] = [];
  const namesakes = repoNamesakes(models);
  for (const [key, m] of mergeByCanonicalId(models, resolved.canonicalIds)) {
    const lineage = resolved.lineages.get(key)!;
    // A pinned model is classified on its pinned revision's node, which the nodes map keeps apart.
    const own = m.revision ? resolved.nodes[nodeKey(m.id, m.revision)] : undefined;
    // Read by key only (classify/), so one node laid over the map: a copy of all nodes per pinned model cost a third
    // of the classify stage (real corpus: 57 pinned models x 4,850 nodes), on one core after the scan.
    const nodes = own ? withNode(resolved.nodes, m.id, own) : resolved.nodes;
    const named =
      m.source === 'local'
        ? namesakes(
            m.id,
            m.references.map((r) => r.path),
          )
        : undefined;
    const published = m.source === 'local' ? publishedAt(m, registry) : undefined;
    const input = {
      id: m.id,
      source: m.source,
      lineage,
      nodes,
      facts: m.facts,
      ...(named?.length ? { namesakes: named } : {}),
      ...(published ? { publishedAt: published } : {}),
    };
    const origin = classifyOrigin(input, registry);
    const { licenses, findings } = classifyLicences(input, registry);
    reports.push({
      id: m.id,
      source: m.source,
      ...(m.revision ? { revision: m.revision } : {}),
      references: m.references.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column),
      lineage,
      origin,
      licenses,
      licenceFindings: findings,
      policy: { verdict: 'pass', reasons: [] },
    });
  }
  reports.sort((a, b) => a.id.localeCompare(b.id) || a.source.localeCompare(b.source));
  const policyWarnings = evaluatePolicy(reports, options.policy, options.now);
  if (options.baseline) applyBaseline(reports, options.baseline);
  options.onStageTime?.({ stage: 'classify', ms: performance.now() - classifyStarted, detail: `${reports.length} models, origin, licence and policy` });
  const diagnostics = [...resolved.diagnostics, ...policyWarnings.map((message) => ({ stage: 'policy' as const, code: 'config-warning' as const, message }))];
  return { reports, nodes: resolved.nodes, diagnostics, stats: resolved.stats };
}

/**
 * The Hub and ModelScope repos a project names, by repo name (lower case): a local folder of that name
 * (`../../internlm2-1_8b-reward`, `$HOME/models/Qwen2.5-3B-Instruct`) is most likely that repo's download. And by the
 * folder a reference's own line downloads the repo into (`huggingface-cli download tencent/HunyuanVideo --local-dir
 * ./ckpts`, Tencent/HunyuanVideo's ckpts/README.md): a local model under that folder (`ckpts/hunyuan-video-t2v-720p/
 * transformers/mp_rank_00_model_states.pt`, its sampler's default) is most likely in that download.
 */
function repoNamesakes(models: Map<string, ModelAccumulator>): (localId: string, from?: string[]) => Namesake[] {
  const byName = new Map<string, Namesake[]>();
  const byDestination = new Map<string, Namesake[]>();
  const hold = (map: Map<string, Namesake[]>, key: string, repo: Namesake) => {
    const held = map.get(key);
    if (!held) map.set(key, [repo]);
    else if (!held.some((r) => r.id === repo.id)) held.push(repo);
  };
  for (const m of models.values()) {
    if ((m.source !== 'huggingface' && !isOtherHub(m.source)) || m.id.split('/').length !== 2) continue;
    hold(byName, m.id.split('/')[1]!.toLowerCase(), { id: m.id, source: m.source });
    for (const ref of m.references) {
      const folder = downloadDestination(ref.snippet, m.id);
      if (folder) hold(byDestination, folder, { id: m.id, source: m.source, destination: folder });
    }
  }
  return (localId, from = []) => {
    const parts = localId
      .replace(/^(?:\.\/)+/, '')
      .replace(/[\\/]+$/, '')
      .split(/[\\/]/);
    const named = byName.get((parts.at(-1) ?? '').toLowerCase()) ?? [];
    if (named.length || !byDestination.size) return named;
    // The nearest folder of the path that a download wrote (the whole path is the download itself: a name, read above).
    // (Only a folder one repo is downloaded into: `./models` holding several says nothing of which one a file is.)
    // A path climbing out of its file's folder is read from that folder: KwaiVGI/LivePortrait's src/config/
    // inference_config.py loads `make_abs_path('../../pretrained_weights/liveportrait/...')`, the project's
    // `pretrained_weights`, where its README downloads KwaiVGI/LivePortrait (not past the project's root).
    const paths = parts[0] === '..' ? from.map((file) => projectPath(file, parts)).filter((p): p is string[] => !!p) : [parts];
    for (const path of paths)
      for (let n = path.length - 1; n > 0; n--) {
        const under = byDestination.get(path.slice(0, n).join('/'));
        if (under) return under.length === 1 ? under : [];
      }
    return [];
  };
}

/** `parts` (a path starting with `..`) read from the folder of `file` (a path from the project's root), if it stays inside. */
function projectPath(file: string, parts: string[]): string[] | undefined {
  const path = file.split('/').slice(0, -1);
  for (const part of parts) {
    if (part === '..') {
      if (!path.length) return undefined;
      path.pop();
    } else if (part !== '.') path.push(part);
  }
  return path;
}

/** An `http(s)://` URL on a reference's line. */
const URL_ON_LINE = /https?:\/\/[^\s'"`<>()]+/gi;
/**
 * The publisher's download URL a local file or archive comes from: its id when it is one, or a URL on one of its
 * references' lines, under a family's `weights_hosts` prefix (families.yaml), ending in the model's own file name (`wget
 * http://bj.bcebos.com/wenxin-models/ernie_3.0_base_ch_open.tgz` for `ernie_3.0_base_ch_open.tgz`).
 */
function publishedAt(m: { id: string; references: { snippet?: string }[] }, registry: Registry): { familyId: string; url: string } | undefined {
  if (!registry.weightsHosts.length) return undefined;
  const file = m.id
    .replace(/[\\/]+$/, '')
    .split(/[\\/]/)
    .pop()!
    .toLowerCase();
  // A model named by its download URL is its own evidence: a reference's snippet is cut short, and a long URL's file name
  // with it (OpenGVLab/LLaMA-Adapter's `_MODELS` table of 64-hex-prefixed release assets).
  const candidates = /^https?:\/\//i.test(m.id) ? [m.id] : [];
  for (const ref of m.references) if (ref.snippet?.includes('://')) candidates.push(...(ref.snippet.match(URL_ON_LINE) ?? []));
  for (const url of candidates) {
    const bare = url.replace(/^https?:\/\//i, '').toLowerCase();
    if (!bare.endsWith(`/${file}`)) continue;
    const host = registry.weightsHosts.find((h) => bare.startsWith(h.prefix));
    if (host) return { familyId: host.family.id, url: `${url.slice(0, url.indexOf('://') + 3)}${host.prefix}` };
  }
  return undefined;
}

/** A repo and, when the match is by place, the folder its download was written to. */
type Namesake = { id: string; source: ModelSource; destination?: string };
/** `--local-dir ./ckpts`, `--local_dir=./ckpts`, `local_dir="./ckpts"`: where a download on one line writes. */
const LOCAL_DIR_ON_LINE = /(?:--local[-_]dir[ =]+|\blocal_dir\s*=\s*)(['"]?)((?:\.\/)?[\w.][\w.\/-]*?)\/?\1(?=[\s,)]|$)/;
/**
 * The folder a reference's line downloads its repo into: a download command or call naming the repo (`huggingface-cli
 * download`, `hf download`, `modelscope download`, `snapshot_download(...)`) with a relative `--local-dir` / `local_dir=`.
 * Not the working folder itself (`.`), a variable, nor an absolute path (the user's own disk, shared by anything).
 */
function downloadDestination(snippet: string, repo: string): string | undefined {
  if (!/\bdownload\b|snapshot_download/.test(snippet) || !snippet.includes(repo.split('/')[1]!)) return undefined;
  const folder = LOCAL_DIR_ON_LINE.exec(snippet)?.[2]?.replace(/^(?:\.\/)+/, '');
  return folder && folder !== '.' && !/[$`{}<>]/.test(folder) ? folder : undefined;
}

/** `{ ...nodes, [id]: node }` for key look-ups: the map is the new object's prototype, not copied. */
function withNode(nodes: Record<string, LineageNode>, id: string, node: LineageNode): Record<string, LineageNode> {
  return Object.create(nodes, { [id]: { value: node, enumerable: true, writable: true, configurable: true } }) as Record<string, LineageNode>;
}

export const modelKey = (source: string, id: string, revision?: string) => `${source}\u0000${id}\u0000${revision ?? ''}`;

/** References to one Hub model written with other casing or a former name become one entry. */
function mergeByCanonicalId(models: Map<string, ModelAccumulator>, canonical: Map<string, string>): Map<string, ModelAccumulator> {
  const merged = new Map<string, ModelAccumulator>();
  const byCanonical = new Map<string, ModelAccumulator>();
  for (const [key, model] of models) {
    const id = model.source === 'huggingface' ? (canonical.get(key) ?? model.id) : model.id;
    const target = byCanonical.get(modelKey(model.source, id, model.revision));
    if (target) {
      target.references.push(...model.references.filter((r) => !target.references.some((t) => t.path === r.path && t.line === r.line)));
      continue;
    }
    const entry = { ...model, id };
    byCanonical.set(modelKey(model.source, id, model.revision), entry);
    merged.set(key, entry);
  }
  return merged;
}

/** Why a file was not read whole that leaves references unseen (a rule's exclusion or a link does not). */
const INCOMPLETE_SKIPS = new Set([
  'extraction-budget',
  'extraction-memory',
  'extraction-crash',
  'extraction-stalled',
  'file-too-large',
  'binary-file',
  'unreadable',
  'decode-error',
]);

/**
 * Files whose references may be missing: skipped for a reason that is no choice of the user's, or
 * read with an error. A dangling link holds nothing; a FIFO or device cannot be committed.
 */
function countIncompleteFiles(skipped: SkippedFile[], diagnostics: Diagnostic[]): number {
  const paths = new Set<string>();
  for (const s of skipped) if (INCOMPLETE_SKIPS.has(s.reason) && !s.detail?.startsWith('dangling')) paths.add(s.path);
  for (const d of diagnostics) if (d.stage === 'extract' && d.path && (d.code === 'malformed-file' || d.code === 'decode-error')) paths.add(d.path);
  return paths.size;
}

/** The policy file as reports name it: relative to the audited folder when inside it (an absolute path names a machine), else as found. */
function policySource(source: string, root: string): string {
  if (!isAbsolute(source)) return source;
  const inside = relative(root, source);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split(sep).join('/') : source;
}

/** Keeps the SLOW_FILES slowest files, slowest first. */
function keepSlowest(slowest: SlowFile[], file: SlowFile): void {
  if (slowest.length === SLOW_FILES && file.ms <= slowest.at(-1)!.ms) return;
  let at = slowest.findIndex((s) => s.ms < file.ms);
  if (at < 0) at = slowest.length;
  slowest.splice(at, 0, { path: file.path, ms: file.ms });
  if (slowest.length > SLOW_FILES) slowest.pop();
}
