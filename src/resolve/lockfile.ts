// The lineage lockfile: every Hub answer an audit used, committed with the project so later
// audits (`--locked`) reproduce the same lineage without the network. Nodes keep the raw Hub
// JSON (read back through the same parser) plus a summary a reviewer can diff.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { BoundedReadError, excerpt, MAX_REPORT_BYTES, readRegularFile } from '../discover/bounded-read.js';
import type { DiagnosticCode } from '../model/diagnostic.js';
import type { HubAnswer, HubFileAnswer, GgufHeader, HubGgufAnswer, HubModelJson, HubSource } from './hub-source.js';
import type { Registry } from '../registry/load.js';
import { isValidModelJson } from './cache.js';
import { parseHubModel } from './hub-model.js';

export const LOCKFILE_NAME = 'modelprov.lock.json';

export interface LockedNode {
  id: string;
  sha?: string;
  parents: { id: string; relation: string }[];
  license?: string | string[];
  licenseName?: string;
  licenseLink?: string;
  /** sha256 of the Hub's config digest, to spot a changed architecture at a glance. */
  configDigest?: string;
  hub: HubModelJson;
}

export interface Lockfile {
  lockfileVersion: 1;
  generatedBy: string;
  hub: string;
  /** `id@revision` as referenced -> the id the Hub answered with. */
  models: Record<string, string>;
  nodes: Record<string, LockedNode>;
  /** `id@revision:path` -> file text (adapter_config.json and the like). */
  files: Record<string, string>;
}

const isMapping = (value: unknown): value is Record<string, any> => typeof value === 'object' && value !== null && !Array.isArray(value);

const requestKey = (id: string, revision?: string) => `${id}@${revision ?? 'HEAD'}`;

export class LockfileError extends Error {
  override readonly name = 'ConfigError';
}

export function readLockfile(path: string): Lockfile {
  let parsed: Lockfile;
  try {
    parsed = JSON.parse(readRegularFile(path, 'lockfile', MAX_REPORT_BYTES)) as Lockfile;
  } catch (error) {
    if (error instanceof BoundedReadError) throw error;
    throw new LockfileError(`lockfile ${path} is not JSON: ${excerpt((error as Error).message, 80)}`);
  }
  if (!isMapping(parsed) || parsed.lockfileVersion !== 1) throw new LockfileError(`${path} is not a modelprov lockfile (lockfileVersion 1)`);
  // Every entry is checked on read: a tampered or hand-edited lockfile stops the run with where it
  // is wrong, instead of crashing it or "resolving" a model without its metadata.
  const bad = (what: string) => new LockfileError(`${path} is malformed: ${what}; run \`modelprov lock\` to rewrite it`);
  if (!isMapping(parsed.models)) throw bad('"models" is not a mapping');
  if (!isMapping(parsed.nodes)) throw bad('"nodes" is not a mapping');
  if (parsed.files !== undefined && !isMapping(parsed.files)) throw bad('"files" is not a mapping');
  parsed.files ??= {};
  for (const [key, value] of Object.entries(parsed.models))
    if (typeof value !== 'string') throw bad(`models[${JSON.stringify(key.slice(0, 80))}] is not an id`);
  for (const [key, node] of Object.entries(parsed.nodes)) {
    if (!isMapping(node) || typeof node.id !== 'string' || !isValidModelJson(node.hub, node.id))
      throw bad(`nodes[${JSON.stringify(key.slice(0, 80))}] is not a locked Hub answer`);
  }
  for (const [key, text] of Object.entries(parsed.files)) if (typeof text !== 'string') throw bad(`files[${JSON.stringify(key.slice(0, 80))}] is not text`);
  return parsed;
}

/** Serves answers from a lockfile only; anything missing is a `lock-miss`. */
export class LockedSource implements HubSource {
  readonly description: string;
  constructor(
    private readonly lock: Lockfile,
    private readonly path: string,
  ) {
    this.description = `lockfile ${path}`;
  }
  requestCount(): number {
    return 0;
  }
  async getModel(id: string, revision?: string): Promise<HubAnswer> {
    const canonical = this.lock.models[requestKey(id, revision)] ?? (this.lock.nodes[id] && !revision ? id : undefined);
    const node = canonical ? this.lock.nodes[canonical] : undefined;
    if (!node) return miss('lock-miss', `${requestKey(id, revision)} is not in ${this.path}; run \`modelprov lock\` to update it`);
    return { ok: true, id: node.id, data: node.hub };
  }
  async getFile(id: string, path: string, revision?: string): Promise<HubFileAnswer> {
    const text = this.lock.files[`${requestKey(id, revision)}:${path}`];
    return text === undefined ? miss('lock-miss', `${id}/${path} is not in ${this.path}`) : { ok: true, text };
  }
  async getGgufHeader(id: string, path: string, revision?: string): Promise<HubGgufAnswer> {
    const header = parseHeader(this.lock.files[`${requestKey(id, revision)}:${path}${GGUF_SUFFIX}`]);
    return header ? { ok: true, header } : miss('lock-miss', `the header of ${id}/${path} is not in ${this.path}`);
  }
}

/** Passes calls through and remembers every successful answer, to write a lockfile after the run. */
export class RecordingSource implements HubSource {
  readonly description: string;
  private readonly models: Record<string, string> = {};
  private readonly nodes: Record<string, LockedNode> = {};
  private readonly files: Record<string, string> = {};
  constructor(
    private readonly inner: HubSource,
    private readonly registry: Registry,
  ) {
    this.description = inner.description;
  }
  requestCount(): number {
    return this.inner.requestCount();
  }
  async getModel(id: string, revision?: string): Promise<HubAnswer> {
    const answer = await this.inner.getModel(id, revision);
    if (answer.ok) {
      this.models[requestKey(id, revision)] = answer.id;
      this.nodes[answer.id] = lockedNode(answer.id, answer.data, this.registry);
    }
    return answer;
  }
  async getFile(id: string, path: string, revision?: string): Promise<HubFileAnswer> {
    const answer = await this.inner.getFile(id, path, revision);
    if (answer.ok) this.files[`${requestKey(id, revision)}:${path}`] = answer.text;
    return answer;
  }
  async getGgufHeader(id: string, path: string, revision?: string): Promise<HubGgufAnswer> {
    const answer = await this.inner.getGgufHeader(id, path, revision);
    if (answer.ok) this.files[`${requestKey(id, revision)}:${path}${GGUF_SUFFIX}`] = JSON.stringify(answer.header);
    return answer;
  }
  toLockfile(generatedBy: string, hub: string): Lockfile {
    const sorted = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
    return { lockfileVersion: 1, generatedBy, hub, models: sorted(this.models), nodes: sorted(this.nodes), files: sorted(this.files) };
  }
}

/** First answer that is not a miss wins: lockfile, then cache, for `--offline`. */
export class FirstHitSource implements HubSource {
  readonly description: string;
  constructor(private readonly sources: HubSource[]) {
    this.description = sources.map((s) => s.description).join(', then ');
  }
  requestCount(): number {
    return this.sources.reduce((n, s) => n + s.requestCount(), 0);
  }
  async getModel(id: string, revision?: string): Promise<HubAnswer> {
    let last: HubAnswer = miss('offline-miss', `${id} is not available offline`);
    for (const source of this.sources) {
      last = await source.getModel(id, revision);
      if (last.ok || (last.code !== 'lock-miss' && last.code !== 'offline-miss')) return last;
    }
    return last;
  }
  async getFile(id: string, path: string, revision?: string): Promise<HubFileAnswer> {
    let last: HubFileAnswer = miss('offline-miss', `${id}/${path} is not available offline`);
    for (const source of this.sources) {
      last = await source.getFile(id, path, revision);
      if (last.ok || (last.code !== 'lock-miss' && last.code !== 'offline-miss')) return last;
    }
    return last;
  }
  async getGgufHeader(id: string, path: string, revision?: string): Promise<HubGgufAnswer> {
    let last: HubGgufAnswer = miss('offline-miss', `the header of ${id}/${path} is not available offline`);
    for (const source of this.sources) {
      last = await source.getGgufHeader(id, path, revision);
      if (last.ok || (last.code !== 'lock-miss' && last.code !== 'offline-miss')) return last;
    }
    return last;
  }
}

export function writeLockfile(path: string, lock: Lockfile): void {
  writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
}

function lockedNode(id: string, data: HubModelJson, registry: Registry): LockedNode {
  const parsed = parseHubModel(data, id, registry);
  const config = data.config === undefined ? undefined : createHash('sha256').update(JSON.stringify(data.config)).digest('hex');
  return {
    id,
    sha: parsed.node.sha,
    parents: parsed.parents.map((p) => ({ id: p.id, relation: p.relation })),
    license: parsed.node.licence.license,
    licenseName: parsed.node.licence.licenseName,
    licenseLink: parsed.node.licence.licenseLink,
    configDigest: config,
    hub: data,
  };
}

/** A GGUF header is locked as the JSON of its keys, beside the file's path. */
const GGUF_SUFFIX = '#gguf-header';

function parseHeader(text: string | undefined): GgufHeader | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    return Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number') ? (value as GgufHeader) : undefined;
  } catch {
    return undefined;
  }
}

const miss = (code: DiagnosticCode, message: string) => ({ ok: false as const, code, message });
