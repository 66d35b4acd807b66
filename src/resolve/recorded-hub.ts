// Answers Hub API requests from a recorded folder, the way the Hub does. Used by the loopback
// test server (over real HTTP) and by `--hub-snapshot` (in-process fetch), so both read the same
// recordings through the same code as the live Hub. Layout (see fixtures/hub/README.md):
//   models/<org>/<name>.json            /api/models/{id} with every expandable key
//   models/<org>/<name>@<revision>.json the same at a pinned revision
//   files/<org>/<name>/<path>           repo files served by /resolve/ and /raw/
//   redirects.json                      { "<old id>": "<new id>" } for renamed repos and legacy ids
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface RecordedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers | Record<string, string | undefined>;
}

interface Recordings {
  /** lower-cased `id` or `id@rev` -> file path */
  models: Map<string, string>;
  redirects: Map<string, string>;
  parsed: Map<string, Record<string, unknown> | null>;
}

const cache = new Map<string, Recordings>();
const SEGMENT = /^[A-Za-z0-9][\w.-]*$/;

function recordings(dir: string): Recordings {
  let found = cache.get(dir);
  if (found) return found;
  found = { models: new Map(), redirects: new Map(), parsed: new Map() };
  const modelsDir = join(dir, 'models');
  for (const org of safeList(modelsDir)) {
    for (const file of safeList(join(modelsDir, org))) {
      if (!file.endsWith('.json')) continue;
      found.models.set(`${org}/${file.slice(0, -'.json'.length)}`.toLowerCase(), join(modelsDir, org, file));
    }
  }
  try {
    const redirects = JSON.parse(readFileSync(join(dir, 'redirects.json'), 'utf8')) as Record<string, string>;
    for (const [from, to] of Object.entries(redirects)) found.redirects.set(from.toLowerCase(), to);
  } catch {
    // no redirects recorded
  }
  cache.set(dir, found);
  return found;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function loadModel(rec: Recordings, key: string): Record<string, unknown> | null | undefined {
  const path = rec.models.get(key.toLowerCase());
  if (!path) return undefined;
  if (!rec.parsed.has(path)) {
    try {
      rec.parsed.set(path, JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>);
    } catch {
      rec.parsed.set(path, null);
    }
  }
  return rec.parsed.get(path);
}

function header(headers: RecordedRequest['headers'], name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] : undefined;
}

const requestId = (url: URL) => createHash('sha1').update(url.pathname + url.search).digest('hex').slice(0, 16);

function json(status: number, value: unknown, url: URL, extra: Record<string, string> = {}): RecordedAnswer {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': `Root=${requestId(url)}`, ...extra }, body: JSON.stringify(value) };
}

/** The Hub hides private repos behind 401 for anonymous callers and 404 for authenticated ones. */
function repoNotFound(req: RecordedRequest): RecordedAnswer {
  const authed = !!header(req.headers, 'authorization');
  return json(authed ? 404 : 401, { error: 'Repository not found' }, req.url, { 'x-error-code': 'RepoNotFound', 'x-error-message': 'Repository not found' });
}

export function answerHubRequest(dir: string, req: RecordedRequest): RecordedAnswer {
  const rec = recordings(dir);
  const path = decodeURIComponent(req.url.pathname);
  const api = /^\/api\/models\/([^/]+(?:\/[^/]+)?)(?:\/revision\/([^/]+))?$/.exec(path);
  if (api) return answerModelInfo(rec, req, api[1]!, api[2]);
  const file = /^\/([^/]+\/[^/]+)\/(resolve|raw)\/([^/]+)\/(.+)$/.exec(path);
  if (file) return answerFile(dir, rec, req, file[1]!, file[3]!, file[4]!);
  return json(404, { error: 'Not found' }, req.url);
}

function answerModelInfo(rec: Recordings, req: RecordedRequest, id: string, revision: string | undefined): RecordedAnswer {
  const redirect = rec.redirects.get(id.toLowerCase());
  if (redirect) {
    const target = new URL(req.url);
    target.pathname = `/api/models/${redirect}${revision ? `/revision/${encodeURIComponent(revision)}` : ''}`;
    return { status: 307, headers: { location: target.pathname + target.search, 'x-request-id': `Root=${requestId(req.url)}` }, body: '' };
  }
  if (!id.includes('/') || !id.split('/').every((s) => SEGMENT.test(s))) return repoNotFound(req);
  const pinned = revision && revision !== 'HEAD' && revision !== 'main' ? loadModel(rec, `${id}@${revision}`) : undefined;
  const model = pinned ?? loadModel(rec, id);
  if (model === undefined) return repoNotFound(req);
  if (model === null) return json(500, { error: 'recording does not parse' }, req.url);
  if (revision && revision !== 'HEAD' && revision !== 'main' && pinned === undefined && model.sha !== revision)
    return json(404, { error: `Invalid rev id: ${revision}` }, req.url, { 'x-error-code': 'RevisionNotFound' });
  const expand = req.url.searchParams.getAll('expand').concat(req.url.searchParams.getAll('expand[]'));
  if (expand.length === 0) return json(200, model, req.url);
  // With expand, the Hub returns only the listed keys plus id and _id.
  const body: Record<string, unknown> = { _id: model._id, id: model.id };
  for (const key of expand) if (key in model) body[key] = model[key];
  return json(200, body, req.url);
}

function answerFile(dir: string, rec: Recordings, req: RecordedRequest, id: string, revision: string, filePath: string): RecordedAnswer {
  const redirect = rec.redirects.get(id.toLowerCase());
  const canonical = redirect ?? (loadModel(rec, id)?.id as string | undefined);
  if (!canonical) return repoNotFound(req);
  const model = loadModel(rec, canonical);
  const gated = model?.gated === 'auto' || model?.gated === 'manual';
  if (gated && !header(req.headers, 'authorization')) {
    return json(401, { error: `Access to model ${canonical} is restricted. You must have access to it and be authenticated to access it. Please log in.` }, req.url, { 'x-error-code': 'GatedRepo' });
  }
  const segments = filePath.split('/');
  const onDisk = join(dir, 'files', ...canonical.split('/'), ...segments);
  const safe = segments.every((s) => s !== '..' && s !== '.' && s !== '');
  if (!safe || !existsSync(onDisk) || !statSync(onDisk).isFile())
    return json(404, { error: 'Entry not found' }, req.url, { 'x-error-code': 'EntryNotFound' });
  const bytes = readFileSync(onDisk);
  const etag = `"${createHash('sha1').update(bytes).digest('hex')}"`;
  const base = { etag, 'x-request-id': `Root=${requestId(req.url)}`, 'content-type': 'application/octet-stream', 'x-repo-commit': String(model?.sha ?? revision) };
  const range = /^bytes=(\d+)-(\d*)$/.exec(header(req.headers, 'range') ?? '');
  if (range) {
    const start = Number(range[1]);
    const end = range[2] ? Math.min(Number(range[2]), bytes.length - 1) : bytes.length - 1;
    return { status: 206, headers: { ...base, 'content-range': `bytes ${start}-${end}/${bytes.length}` }, body: bytes.subarray(start, end + 1) };
  }
  return { status: 200, headers: base, body: req.method === 'HEAD' ? '' : bytes };
}

/** A fetch that answers from the recordings in-process, following redirects as fetch does. */
export function recordedHubFetch(dir: string): typeof fetch {
  return async (input, init) => {
    let url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url);
    const headers = new Headers(init?.headers);
    for (let hop = 0; hop < 10; hop++) {
      const answer = answerHubRequest(dir, { method: init?.method ?? 'GET', url, headers });
      if (answer.status >= 300 && answer.status < 400 && answer.headers.location) {
        if (init?.redirect === 'manual') return toResponse(answer, url);
        url = new URL(answer.headers.location, url);
        continue;
      }
      return toResponse(answer, url);
    }
    throw new TypeError('fetch failed: redirect count exceeded');
  };
}

function toResponse(answer: RecordedAnswer, url: URL): Response {
  const body = answer.status === 204 || answer.status === 304 || (answer.status >= 300 && answer.status < 400) ? null : answer.body;
  const response = new Response(body, { status: answer.status, headers: answer.headers });
  Object.defineProperty(response, 'url', { value: url.toString() });
  return response;
}
