// Moving a lineage cache to an air-gapped machine: export writes the cache as a Hub snapshot
// folder (the same layout `--hub-snapshot` and the test Hub read); import loads such a folder
// into the cache of a given endpoint, so `--offline` audits there find it.
import { open, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { GGUFValueType, serializeGgufMetadata, type GGUFTypedMetadata } from '@huggingface/gguf';
import { headerRecord, readGgufHeader } from '../extract/gguf.js';
import type { GgufHeader, HubAnswer, HubFileAnswer, HubGgufAnswer, HubModelJson } from './hub-source.js';
import { isValidModelJson, type DiskCache } from './cache.js';
import { makeDirectory } from './make-directory.js';

export interface TransferCount {
  models: number;
  files: number;
}

const safeSegment = (segment: string) => /^[A-Za-z0-9][\w.-]*$/.test(segment) && segment !== '..';

/**
 * Writes every positive cached answer as `models/<org>/<name>[@rev].json` and `files/<org>/<name>/<path>`;
 * a cached GGUF header is written as a header-only .gguf file at its path, which the snapshot reader
 * (and an import) read by the same range request as the Hub's file.
 */
export async function exportCache(cache: DiskCache, outDir: string): Promise<TransferCount> {
  const count: TransferCount = { models: 0, files: 0 };
  const redirects: Record<string, string> = {};
  for await (const entry of cache.entries()) {
    const model = /^model:(.+)@(.+)$/.exec(entry.key);
    const file = /^(file|gguf):([^@]+)@([^:]+):(.+)$/.exec(entry.key);
    if (model && entry.answer.ok) {
      const answer = entry.answer as Extract<HubAnswer, { ok: true }>;
      const [id, revision] = [model[1]!, model[2]!];
      if (id !== answer.id) redirects[id] = answer.id;
      const target = snapshotPath(outDir, 'models', answer.id);
      if (!target || !safeSegment(revision)) continue;
      await madeOrThrow(dirname(target));
      await writeFile(`${target}${revision === 'HEAD' ? '' : `@${revision}`}.json`, `${JSON.stringify(answer.data, null, 2)}\n`);
      count.models++;
    } else if (file && entry.answer.ok && file[3] === 'HEAD') {
      const target = snapshotPath(outDir, 'files', file[2]!, file[4]!);
      if (!target) continue;
      await madeOrThrow(dirname(target));
      const answer = entry.answer as Extract<HubFileAnswer | HubGgufAnswer, { ok: true }>;
      await writeFile(target, 'text' in answer ? answer.text : ggufHeaderBytes(answer.header));
      count.files++;
    }
  }
  if (Object.keys(redirects).length) await writeFile(join(outDir, 'redirects.json'), `${JSON.stringify(redirects, null, 2)}\n`);
  return count;
}

/**
 * Loads a snapshot folder's model recordings into the cache (as answers for their ids and
 * revisions). All or nothing: every recording is read and checked first (valid JSON, a model, filed
 * under its own id), and a write that fails takes back what was written, so a failed import never
 * leaves half a snapshot for --offline runs to trust.
 */
export async function importSnapshot(cache: DiskCache, snapshotDir: string): Promise<TransferCount> {
  const modelsDir = join(snapshotDir, 'models');
  const answers = new Map<string, HubAnswer>();
  let recordings = 0;
  for (const path of (await listFiles(modelsDir)).filter((f) => f.endsWith('.json'))) {
    const rel = relative(modelsDir, path).split(sep).join('/');
    const match = /^([^/]+)\/([^/@]+)(?:@(.+))?\.json$/.exec(rel);
    if (!match) continue;
    const filedAs = `${match[1]}/${match[2]}`;
    let data: HubModelJson;
    try {
      data = JSON.parse(await readFile(path, 'utf8')) as HubModelJson;
    } catch (error) {
      throw new Error(`models/${rel} cannot be read (${(error as Error).message.slice(0, 80)}); nothing was imported`);
    }
    if (data && typeof data === 'object' && data.id === undefined) data = { ...data, id: filedAs };
    // A recording filed under one id that names another would overwrite that model's answer.
    if (!isValidModelJson(data, filedAs)) throw new Error(`models/${rel} is not a Hub model answer for ${filedAs}; nothing was imported`);
    answers.set(`model:${data.id}@${match[3] ?? 'HEAD'}`, { ok: true, id: data.id, data });
    recordings++;
  }
  let redirects: Record<string, unknown> = {};
  try {
    redirects = JSON.parse(await readFile(join(snapshotDir, 'redirects.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    // no redirects recorded
  }
  for (const [from, to] of Object.entries(redirects ?? {})) {
    const target = typeof to === 'string' ? answers.get(`model:${to}@HEAD`) : undefined;
    if (target) answers.set(`model:${from}@HEAD`, target);
  }
  const files = await repoFileAnswers(join(snapshotDir, 'files'));
  const written: string[] = [];
  for (const [key, answer] of [...answers, ...files]) {
    written.push(key);
    await cache.set(key, answer);
  }
  await cache.flush();
  if (cache.warnings.length > 0) {
    await Promise.all(written.map((key) => cache.delete(key)));
    throw new Error(`${cache.warnings.join('; ')}; nothing was imported`);
  }
  return { models: recordings, files: written.length - answers.size };
}

async function madeOrThrow(folder: string): Promise<void> {
  const error = await makeDirectory(folder);
  if (error) throw error;
}

/** Largest repo file an import keeps: cards and configs are kilobytes; anything bigger is not one of ours. */
const MAX_IMPORTED_FILE = 4 << 20;

/**
 * The snapshot's repo files as cached answers: text files (cards, config.json, adapter_config.json)
 * as file answers, .gguf files as the header answer a range request would have given.
 */
async function repoFileAnswers(filesDir: string): Promise<Map<string, HubFileAnswer | HubGgufAnswer>> {
  const answers = new Map<string, HubFileAnswer | HubGgufAnswer>();
  for (const path of await listFiles(filesDir)) {
    const [org, name, ...rest] = relative(filesDir, path).split(sep);
    if (!org || !name || rest.length === 0 || ![org, name, ...rest].every(safeSegment)) continue;
    const [id, inRepo] = [`${org}/${name}`, rest.join('/')];
    const size = (await stat(path)).size;
    if (size > MAX_IMPORTED_FILE && !inRepo.endsWith('.gguf'))
      throw new Error(`files/${id}/${inRepo} is ${size} bytes, not a recorded card or config; nothing was imported`);
    const bytes = inRepo.endsWith('.gguf') ? await readFirstBytes(path, GGUF_IMPORT_BYTES) : await readFile(path);
    if (!inRepo.endsWith('.gguf')) {
      answers.set(`file:${id}@HEAD:${inRepo}`, { ok: true, text: bytes.toString('utf8') });
      continue;
    }
    try {
      const values = await readGgufHeader(async (start, length) => bytes.subarray(start, start + length), bytes.length, { partial: true });
      answers.set(`gguf:${id}@HEAD:${inRepo}`, { ok: true, header: headerRecord(values) });
    } catch (error) {
      throw new Error(`files/${id}/${inRepo} has no readable GGUF header (${(error as Error).message}); nothing was imported`);
    }
  }
  return answers;
}

/** As much of a GGUF file as the Hub client's range request reads. */
const GGUF_IMPORT_BYTES = 4 << 20;

async function readFirstBytes(path: string, limit: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(limit, (await handle.stat()).size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A header-only GGUF file (no tensors) holding the cached keys: strings, and the counts kept as numbers. */
function ggufHeaderBytes(header: GgufHeader): Uint8Array {
  const entries = Object.entries(header);
  const metadata: Record<string, unknown> = {
    version: { value: 3, type: GGUFValueType.UINT32 },
    tensor_count: { value: 0n, type: GGUFValueType.UINT64 },
    kv_count: { value: BigInt(entries.length), type: GGUFValueType.UINT64 },
  };
  for (const [key, value] of entries) metadata[key] = typeof value === 'number' ? { value, type: GGUFValueType.UINT32 } : { value, type: GGUFValueType.STRING };
  return serializeGgufMetadata(metadata as GGUFTypedMetadata);
}

/** Where an answer for `<org>/<name>` is filed; undefined for a name that could leave the folder. */
function snapshotPath(root: string, kind: string, id: string, path?: string): string | undefined {
  const segments = [...id.split('/'), ...(path ? path.split('/') : [])];
  const idOk = id.split('/').length === 2;
  if (!idOk || !segments.every(safeSegment)) return undefined; // never write outside the folder
  return join(root, kind, ...segments);
}

/** Every file (or link) under dir, depth first; none when dir is missing. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : Promise.resolve(e.isFile() || e.isSymbolicLink() ? [join(dir, e.name)] : []))),
  );
  return nested.flat();
}
