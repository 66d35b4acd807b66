// A real HTTP Hub on 127.0.0.1 serving fixtures/hub through answerHubRequest, with faults on
// demand (429 + Retry-After, 5xx, dropped connections, cut bodies, bad JSON, redirect loops,
// latency) and hostile answers (echoed credentials in headers, a body that names another model,
// gzip bombs). Every request is logged with its headers so tests can see where a token went.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants as zlibConstants, createGzip, deflateSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { answerHubRequest } from '../../src/resolve/recorded-hub.js';

export const HUB_FIXTURES = join(import.meta.dirname, '../../fixtures/hub');

export type FaultRule = { match: RegExp | string; times?: number } & (
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  | { kind: 'server-error'; status: number }
  | { kind: 'drop' }
  | { kind: 'reset-mid-body' }
  | { kind: 'truncate-json' }
  | { kind: 'wrong-type-json' }
  | { kind: 'latency'; ms: number }
  | { kind: 'redirect-loop' }
  | { kind: 'redirect'; location: string }
  /** Echo the request's Authorization header back in these answer headers (x-error-code, x-request-id). */
  | { kind: 'echo-authorization'; status: number; headers: string[] }
  /** Answer with another model's recording (its `id` included), optionally changed: a mirror lying about who it is. */
  | { kind: 'answer-as'; id: string; patch?: Record<string, unknown> }
  /** A gzip body of `compressed` bytes that inflates to `inflatedBytes` of JSON whitespace. */
  | { kind: 'gzip-bomb'; inflatedBytes: number }
);

export interface LoggedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
}

export interface HubServerOptions {
  /** Recorded Hub folder; fixtures/hub by default. */
  dir?: string;
  /** Added to every answer, to make concurrency visible in wall time. */
  latencyMs?: number;
  /** Largest `/api/models` page, so listing tests can see `Link` paging. */
  pageSize?: number;
  /** Compress answers this way when the request accepts it (as the Hub's CDN does). */
  compress?: 'gzip' | 'br' | 'deflate';
}

const COMPRESSORS = { gzip: gzipSync, br: brotliCompressSync, deflate: deflateSync };

export type HubServer = Awaited<ReturnType<typeof startHubServer>>;

export async function startHubServer(options: HubServerOptions = {}) {
  const dir = options.dir ?? HUB_FIXTURES;
  const requests: LoggedRequest[] = [];
  let faults: (FaultRule & { used: number })[] = [];

  const takeFault = (path: string) => {
    const fault = faults.find(
      (f) => (typeof f.match === 'string' ? path.includes(f.match) : f.match.test(path)) && (f.times === undefined || f.used < f.times),
    );
    if (fault) fault.used++;
    return fault;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    // The Host header keeps the port, so `Link` next URLs are absolute and reachable.
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, headers });
    if (options.latencyMs) await sleep(options.latencyMs);
    const fault = takeFault(url.pathname);
    if (fault?.kind === 'latency') await sleep(fault.ms);
    if (fault?.kind === 'drop') return req.socket.destroy();
    if (fault?.kind === 'rate-limit') {
      res.writeHead(429, {
        'retry-after': String(fault.retryAfterSeconds),
        ratelimit: `"api";r=0;t=${fault.retryAfterSeconds}`,
        'ratelimit-policy': '"fixed window";"api";q=500;w=300',
        'content-type': 'application/json',
      });
      return res.end(JSON.stringify({ error: 'You have exceeded our rate limit' }));
    }
    if (fault?.kind === 'server-error') {
      res.writeHead(fault.status, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ error: 'Internal Error' }));
    }
    if (fault?.kind === 'redirect') {
      res.writeHead(307, { location: fault.location });
      return res.end();
    }
    if (fault?.kind === 'redirect-loop') {
      res.writeHead(307, { location: url.pathname + url.search });
      return res.end();
    }
    if (fault?.kind === 'echo-authorization') {
      const echoed = headers.authorization ?? '';
      res.writeHead(fault.status, { 'content-type': 'application/json', ...Object.fromEntries(fault.headers.map((h) => [h, echoed])) });
      return res.end(JSON.stringify({ error: `Invalid credentials in Authorization header: ${echoed}` }));
    }
    if (fault?.kind === 'gzip-bomb') {
      const bomb = await gzipBomb(fault.inflatedBytes);
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
      return res.end(bomb);
    }
    if (fault?.kind === 'answer-as') {
      const other = answerHubRequest(dir, { method: 'GET', url: new URL(`/api/models/${fault.id}`, url), headers }, {});
      const body = { ...(JSON.parse(String(other.body)) as Record<string, unknown>), ...fault.patch };
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(body));
    }
    const answer = answerHubRequest(dir, { method: req.method ?? 'GET', url, headers }, { pageSize: options.pageSize });
    let body = typeof answer.body === 'string' ? Buffer.from(answer.body) : Buffer.from(answer.body);
    if (fault?.kind === 'truncate-json') body = body.subarray(0, Math.floor(body.length / 2));
    if (fault?.kind === 'wrong-type-json') body = Buffer.from(JSON.stringify({ id: 42, cardData: 'not an object', tags: { a: 1 }, baseModels: 7 }));
    const encodingHeader: Record<string, string> = {};
    if (options.compress && (headers['accept-encoding'] ?? '').includes(options.compress) && body.length > 0) {
      body = COMPRESSORS[options.compress](body);
      encodingHeader['content-encoding'] = options.compress;
    }
    res.writeHead(answer.status, {
      ...answer.headers,
      ...encodingHeader,
      'content-length': String(fault?.kind === 'reset-mid-body' ? body.length * 2 : body.length),
    });
    if (fault?.kind === 'reset-mid-body') {
      res.write(body.subarray(0, Math.floor(body.length / 2)));
      return setTimeout(() => req.socket.destroy(), 5);
    }
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fault(rule: FaultRule) {
      faults.push({ ...rule, used: 0 });
    },
    clearFaults() {
      faults = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** gzip of `{"id":"x/y"` + whitespace: compressed by streaming zeros-like spaces, kept per size for the server's life. */
const bombs = new Map<number, Promise<Buffer>>();
function gzipBomb(inflatedBytes: number): Promise<Buffer> {
  let bomb = bombs.get(inflatedBytes);
  if (!bomb) {
    bomb = new Promise<Buffer>((resolve, reject) => {
      const gzip = createGzip({ level: zlibConstants.Z_BEST_COMPRESSION, memLevel: 9 });
      const chunks: Buffer[] = [];
      gzip.on('data', (c: Buffer) => chunks.push(c));
      gzip.on('end', () => resolve(Buffer.concat(chunks)));
      gzip.on('error', reject);
      const block = Buffer.alloc(1 << 20, 0x20);
      let left = inflatedBytes;
      const pump = () => {
        while (left > 0) {
          const n = Math.min(left, block.length);
          left -= n;
          if (!gzip.write(n === block.length ? block : block.subarray(0, n))) return void gzip.once('drain', pump);
        }
        gzip.end('{}');
      };
      pump();
    });
    bombs.set(inflatedBytes, bomb);
  }
  return bomb;
}
