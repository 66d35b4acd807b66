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

export interface RecordedHubOptions {
  /** Largest page `/api/models` returns, whatever `limit` asks (so tests can see `Link` paging). */
  pageSize?: number;
}

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers | Record<string, string | undefined>;
}

interface Recordings {
  dir: string;
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
  found = { dir, models: new Map(), redirects: new Map(), parsed: new Map() };
  const modelsDir = join(dir, 'models');
  for (const org of safeList(modelsDir)) {
    for (const file of safeList(join(modelsDir, org))) {
      if (!file.endsWith('.json')) continue;
      found.models.set(`${org}/${file.slice(0, -'.json'.length)}`.toLowerCase(), join(modelsDir, org, file));
    }
  }
  try {
    const redirects = JSON.parse(readFileSync(join(dir, 'redirects.json'), 'utf8')) as Record<string, string>;
    for (const [from, to] of Object.entries(redirects)) if (typeof to === 'string') found.redirects.set(from.toLowerCase(), to);
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
  let path = rec.models.get(key.toLowerCase());
  if (!path) {
    // Written after the folder was indexed (a cache export, a test's temp dir): look once more.
    const direct = join(rec.dir, 'models', ...key.split('/')) + '.json';
    const segments = key.split('/');
    if (segments.length !== 2 || !segments.every((s) => SEGMENT.test(s.split('@')[0]!)) || !existsSync(direct)) return undefined;
    rec.models.set(key.toLowerCase(), direct);
    path = direct;
  }
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

const requestId = (url: URL) =>
  createHash('sha1')
    .update(url.pathname + url.search)
    .digest('hex')
    .slice(0, 16);

// The Hub sends its quota on every answer; only r=0 means "wait".
const resolverQuota = { ratelimit: '"resolvers";r=2999;t=300', 'ratelimit-policy': '"fixed window";"resolvers";q=3000;w=300' };
const apiQuota = { ratelimit: '"api";r=499;t=300', 'ratelimit-policy': '"fixed window";"api";q=500;w=300' };

function json(status: number, value: unknown, url: URL, extra: Record<string, string> = {}): RecordedAnswer {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': `Root=${requestId(url)}`, ...apiQuota, ...extra },
    body: JSON.stringify(value),
  };
}

/** The Hub hides private repos behind 401 for anonymous callers and 404 for authenticated ones. */
function repoNotFound(req: RecordedRequest): RecordedAnswer {
  const authed = !!header(req.headers, 'authorization');
  return json(authed ? 404 : 401, { error: 'Repository not found' }, req.url, { 'x-error-code': 'RepoNotFound', 'x-error-message': 'Repository not found' });
}

export function answerHubRequest(dir: string, req: RecordedRequest, options: RecordedHubOptions = {}): RecordedAnswer {
  const rec = recordings(dir);
  let path: string;
  try {
    path = decodeURIComponent(req.url.pathname);
  } catch {
    return json(400, { error: 'Malformed URL' }, req.url);
  }
  if (path === '/api/models') return answerListing(rec, req, options.pageSize ?? 1000);
  const api = /^\/api\/models\/([^/]+(?:\/[^/]+)?)(?:\/revision\/([^/]+))?$/.exec(path);
  if (api) return answerModelInfo(rec, req, api[1]!, api[2]);
  // /Qwen/Qwen2.5-7B-Instruct/resolve/main/config.json, or a legacy id: /bert-base-uncased/raw/main/config.json
  const file = /^\/([^/]+\/[^/]+)\/(resolve|raw)\/([^/]+)\/(.+)$/.exec(path) ?? /^\/([^/]+)\/(resolve|raw)\/([^/]+)\/(.+)$/.exec(path);
  if (file) return answerFile(dir, rec, req, { id: file[1]!, kind: file[2]!, revision: file[3]!, filePath: file[4]! });
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
  const model = pinned !== undefined ? pinned : loadModel(rec, id);
  if (model === undefined || hiddenFrom(req, model)) return repoNotFound(req);
  if (model === null) return json(500, { error: 'recording does not parse' }, req.url);
  if (model.disabled === true)
    return json(403, { error: 'Access to this resource is disabled.' }, req.url, { 'x-error-message': 'Access to this resource is disabled.' });
  if (revision && revision !== 'HEAD' && revision !== 'main' && pinned === undefined && model.sha !== revision)
    return json(404, { error: `Invalid rev id: ${revision}` }, req.url, { 'x-error-code': 'RevisionNotFound' });
  return json(200, expanded(model, expandKeys(req.url)), req.url);
}

/** Private recordings exist only for callers with a token, as on the Hub. */
function hiddenFrom(req: RecordedRequest, model: Record<string, unknown> | null): boolean {
  return model?.private === true && !header(req.headers, 'authorization');
}

const expandKeys = (url: URL) => url.searchParams.getAll('expand').concat(url.searchParams.getAll('expand[]'));

// With expand, the Hub returns only the listed keys plus id and _id.
function expanded(model: Record<string, unknown>, keys: string[], fallback?: readonly string[]): Record<string, unknown> {
  const wanted = keys.length > 0 ? keys : fallback;
  if (!wanted) return model;
  const body: Record<string, unknown> = { _id: model._id, id: model.id };
  for (const key of wanted) if (key in model) body[key] = model[key];
  return body;
}

// What /api/models lists per model when no expand is given.
const LISTING_DEFAULT_KEYS = ['likes', 'downloads', 'private', 'tags', 'pipeline_tag', 'library_name', 'createdAt'] as const;

/**
 * `/api/models?filter=<tag>&author=&search=&limit=&expand=`: filters match tags (so
 * `filter=base_model:finetune:Qwen/Qwen2.5-7B` lists children), paged by an absolute `Link` URL.
 */
function answerListing(rec: Recordings, req: RecordedRequest, pageSize: number): RecordedAnswer {
  const params = req.url.searchParams;
  const filters = params.getAll('filter').map((f) => f.toLowerCase());
  const author = params.get('author')?.toLowerCase();
  const search = params.get('search')?.toLowerCase();
  const matches: Record<string, unknown>[] = [];
  for (const key of [...rec.models.keys()].sort()) {
    if (key.includes('@')) continue;
    const model = loadModel(rec, key);
    if (!model || hiddenFrom(req, model) || typeof model.id !== 'string') continue;
    const id = model.id.toLowerCase();
    const tags = Array.isArray(model.tags) ? model.tags.map((t) => String(t).toLowerCase()) : [];
    if (author && id.split('/')[0] !== author) continue;
    if (search && !id.includes(search)) continue;
    if (!filters.every((f) => tags.includes(f))) continue;
    matches.push(model);
  }
  const limit = Math.min(Number(params.get('limit')) || pageSize, pageSize);
  const offset = Math.max(0, Number(params.get('cursor')) || 0);
  const page = matches.slice(offset, offset + limit).map((m) => expanded(m, expandKeys(req.url), LISTING_DEFAULT_KEYS));
  const extra: Record<string, string> = {};
  if (offset + limit < matches.length) {
    const next = new URL(req.url);
    next.searchParams.set('cursor', String(offset + limit));
    extra.link = `<${next.toString()}>; rel="next"`;
  }
  return json(200, page, req.url, extra);
}

interface FileRequest {
  id: string;
  kind: string;
  revision: string;
  filePath: string;
}

function answerFile(dir: string, rec: Recordings, req: RecordedRequest, file: FileRequest): RecordedAnswer {
  const { id, revision, filePath } = file;
  const redirect = rec.redirects.get(id.toLowerCase());
  if (redirect) {
    const rest = [file.kind, revision, ...filePath.split('/')].map(encodeURIComponent).join('/');
    return { status: 307, headers: { location: `/${redirect}/${rest}${req.url.search}`, 'x-request-id': `Root=${requestId(req.url)}` }, body: '' };
  }
  const model = loadModel(rec, id);
  const canonical = typeof model?.id === 'string' ? model.id : undefined;
  if (!model || !canonical || hiddenFrom(req, model)) return repoNotFound(req);
  const atRevision = revision === 'main' || revision === 'HEAD' || revision === model.sha || loadModel(rec, `${id}@${revision}`);
  if (!atRevision) return json(404, { error: `Invalid rev id: ${revision}` }, req.url, { 'x-error-code': 'RevisionNotFound' });
  const gated = model?.gated === 'auto' || model?.gated === 'manual';
  if (gated && !header(req.headers, 'authorization')) {
    return json(
      401,
      { error: `Access to model ${canonical} is restricted. You must have access to it and be authenticated to access it. Please log in.` },
      req.url,
      { 'x-error-code': 'GatedRepo' },
    );
  }
  const segments = filePath.split('/');
  const onDisk = join(dir, 'files', ...canonical.split('/'), ...segments);
  const safe = segments.every((s) => s !== '..' && s !== '.' && s !== '');
  if (!safe || !existsSync(onDisk) || !statSync(onDisk).isFile()) return json(404, { error: 'Entry not found' }, req.url, { 'x-error-code': 'EntryNotFound' });
  const bytes = readFileSync(onDisk);
  const etag = `"${createHash('sha1').update(bytes).digest('hex')}"`;
  const base = {
    etag,
    'x-request-id': `Root=${requestId(req.url)}`,
    'content-type': 'application/octet-stream',
    'x-repo-commit': String(model.sha ?? revision),
    ...resolverQuota,
  };
  // Range: bytes=0-0 is downloadFile's size probe.
  const range = /^bytes=(\d+)-(\d*)$/.exec(header(req.headers, 'range') ?? '');
  if (range) {
    const start = Number(range[1]);
    if (start >= bytes.length) return { status: 416, headers: { ...base, 'content-range': `bytes */${bytes.length}` }, body: '' };
    const end = range[2] ? Math.min(Number(range[2]), bytes.length - 1) : bytes.length - 1;
    return { status: 206, headers: { ...base, 'content-range': `bytes ${start}-${end}/${bytes.length}` }, body: bytes.subarray(start, end + 1) };
  }
  return { status: 200, headers: base, body: req.method === 'HEAD' ? '' : bytes };
}

/** A fetch that answers from the recordings in-process, following redirects as fetch does. */
export function recordedHubFetch(dir: string, options: RecordedHubOptions = {}): typeof fetch {
  return async (input, init) => {
    const request = input instanceof Request ? input : undefined;
    let url = new URL(request ? request.url : input.toString());
    const headers = new Headers(init?.headers ?? request?.headers);
    const method = init?.method ?? request?.method ?? 'GET';
    const redirect = init?.redirect ?? request?.redirect;
    for (let hop = 0; hop < 20; hop++) {
      init?.signal?.throwIfAborted();
      const answer = answerHubRequest(dir, { method, url, headers }, options);
      if (answer.status >= 300 && answer.status < 400 && answer.headers.location) {
        if (redirect === 'manual') return toResponse(answer, url);
        if (redirect === 'error') throw new TypeError('fetch failed: unexpected redirect');
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
