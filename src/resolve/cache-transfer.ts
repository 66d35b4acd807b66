// Moving a lineage cache to an air-gapped machine: export writes the cache as a Hub snapshot
// folder (the same layout `--hub-snapshot` and the test Hub read); import loads such a folder
// into the cache of a given endpoint, so `--offline` audits there find it.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { HubAnswer, HubFileAnswer, HubModelJson } from './hub-source.js';
import { isValidModelJson, type DiskCache } from './cache.js';
import { makeDirectory } from './make-directory.js';

export interface TransferCount {
  models: number;
  files: number;
}

const safeSegment = (segment: string) => /^[A-Za-z0-9][\w.-]*$/.test(segment) && segment !== '..';

/** Writes every positive cached answer as `models/<org>/<name>[@rev].json` and `files/<org>/<name>/<path>`. */
export async function exportCache(cache: DiskCache, outDir: string): Promise<TransferCount> {
  const count: TransferCount = { models: 0, files: 0 };
  const redirects: Record<string, string> = {};
  for await (const entry of cache.entries()) {
    const model = /^model:(.+)@(.+)$/.exec(entry.key);
    const file = /^file:([^@]+)@([^:]+):(.+)$/.exec(entry.key);
    if (model && entry.answer.ok) {
      const answer = entry.answer as Extract<HubAnswer, { ok: true }>;
      const [id, revision] = [model[1]!, model[2]!];
      if (id !== answer.id) redirects[id] = answer.id;
      const target = snapshotPath(outDir, 'models', answer.id, revision === 'HEAD' ? '.json' : `@${revision}.json`);
      if (!target) continue;
      await madeOrThrow(dirname(target));
      await writeFile(target, `${JSON.stringify(answer.data, null, 2)}\n`);
      count.models++;
    } else if (file && entry.answer.ok && file[2] === 'HEAD') {
      const target = snapshotPath(outDir, 'files', file[1]!, `/${file[3]!}`);
      if (!target) continue;
      await madeOrThrow(dirname(target));
      await writeFile(target, (entry.answer as Extract<HubFileAnswer, { ok: true }>).text);
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
  for (const path of await listJson(modelsDir)) {
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
  const written: string[] = [];
  for (const [key, answer] of answers) {
    written.push(key);
    await cache.set(key, answer);
  }
  await cache.flush();
  if (cache.warnings.length > 0) {
    await Promise.all(written.map((key) => cache.delete(key)));
    throw new Error(`${cache.warnings.join('; ')}; nothing was imported`);
  }
  return { models: recordings, files: 0 };
}

function snapshotPath(root: string, kind: string, id: string, suffix: string): string | undefined {
  const segments = id.split('/');
  if (segments.length !== 2 || !segments.every(safeSegment)) return undefined; // never write outside the folder
  return join(root, kind, ...segments) + suffix;
}

async function listJson(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? listJson(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.json') ? [join(dir, e.name)] : []))),
  );
  return nested.flat();
}

async function madeOrThrow(folder: string): Promise<void> {
  const error = await makeDirectory(folder);
  if (error) throw error;
}
