// Moving a lineage cache to an air-gapped machine: export writes the cache as a Hub snapshot
// folder (the same layout `--hub-snapshot` and the test Hub read); import loads such a folder
// into the cache of a given endpoint, so `--offline` audits there find it.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { HubAnswer, HubFileAnswer, HubModelJson } from './hub-source.js';
import type { DiskCache } from './cache.js';
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

/** Loads a snapshot folder's model recordings into the cache (as answers for their ids and revisions). */
export async function importSnapshot(cache: DiskCache, snapshotDir: string): Promise<TransferCount> {
  const count: TransferCount = { models: 0, files: 0 };
  const modelsDir = join(snapshotDir, 'models');
  for (const path of await listJson(modelsDir)) {
    const rel = relative(modelsDir, path).split(sep).join('/');
    const match = /^([^/]+)\/([^/@]+)(?:@(.+))?\.json$/.exec(rel);
    if (!match) continue;
    let data: HubModelJson;
    try {
      data = JSON.parse(await readFile(path, 'utf8')) as HubModelJson;
    } catch {
      continue; // a corrupt recording is not worth importing
    }
    const id = typeof data.id === 'string' ? data.id : `${match[1]}/${match[2]}`;
    await cache.set(`model:${id}@${match[3] ?? 'HEAD'}`, { ok: true, id, data });
    count.models++;
  }
  try {
    const redirects = JSON.parse(await readFile(join(snapshotDir, 'redirects.json'), 'utf8')) as Record<string, string>;
    for (const [from, to] of Object.entries(redirects)) {
      const target = await cache.get<HubAnswer>(`model:${to}@HEAD`);
      if (target) await cache.set(`model:${from}@HEAD`, target);
    }
  } catch {
    // no redirects recorded
  }
  return count;
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
