// The bytes under every Hub call: a fetch built on node:http(s) with keep-alive sockets, handed to
// @huggingface/hub in place of the global fetch. Node's built-in fetch (undici) spends about as
// much CPU on its spec machinery (streams, request objects, per-request dispatch) as a cold audit
// spends on everything else per model; answers here are small JSON documents read whole, so a
// plain request that buffers the body and wraps it in a Response does the same job for a
// fraction of it. Redirects are not followed (hub-fetch decides where a token may go), bodies are
// decompressed here (we ask for gzip/br like a browser would), and a size cap keeps a hostile or
// broken server from filling memory.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

export interface HttpTransportOptions {
  /** Sockets per host (Infinity: as many as requests in flight). */
  maxSockets: number;
  /** Larger bodies fail the request (model cards and configs are far smaller). */
  maxBodyBytes?: number;
}

const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;
/** Statuses a Response may not carry a body with. */
const NULL_BODY = new Set([204, 205, 304]);

export class ResponseTooLargeError extends Error {
  constructor(url: string, limit: number, when = '') {
    super(`the answer for ${url} is larger than ${limit} bytes${when ? ` ${when}` : ''}`);
  }
}

export function createHttpTransport(options: HttpTransportOptions): typeof fetch {
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  // Idle keep-alive sockets are unref'd by the agent, so they never hold the process open.
  const agents = {
    'http:': new HttpAgent({ keepAlive: true, maxSockets: options.maxSockets }),
    'https:': new HttpsAgent({ keepAlive: true, maxSockets: options.maxSockets }),
  };

  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return reject(new TypeError(`unsupported protocol ${url.protocol}`));
      const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br' };
      new Headers(init.headers).forEach((value, name) => (headers[name] = value));
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const request = send(url, { method: init.method ?? 'GET', headers, agent: agents[url.protocol], signal: init.signal ?? undefined }, (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBody) request.destroy(new ResponseTooLargeError(url.href, maxBody));
          else chunks.push(chunk);
        });
        response.on('error', reject);
        // 'end' never comes for a body cut short; 'close' after 'end' is harmless (settled).
        response.on('close', () => reject(new Error(`connection closed before the answer for ${url.href} was complete`)));
        response.on('end', () => {
          try {
            resolve(toResponse(url.href, response, Buffer.concat(chunks, size), maxBody));
          } catch (error) {
            reject(error);
          }
        });
      });
      request.on('error', reject);
      request.end(typeof init.body === 'string' || init.body instanceof Uint8Array ? init.body : undefined);
    });
}

function toResponse(url: string, message: IncomingMessage, raw: Buffer, maxBody: number): Response {
  const status = message.statusCode ?? 0;
  const encoding = (message.headers['content-encoding'] ?? '').trim().toLowerCase();
  let body: Buffer;
  try {
    body = raw.length > 0 ? decode(encoding, raw, maxBody) : raw;
  } catch (error) {
    // 1.5 MB of gzip can inflate to 1.5 GB: zlib stops at the cap instead of filling memory.
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ResponseTooLargeError(url, maxBody, 'once decompressed');
    throw error;
  }
  const headers = new Headers();
  const pairs = message.rawHeaders;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const name = pairs[i]!.toLowerCase();
    // The body handed on is decoded: its old length and encoding no longer describe it.
    if (body !== raw && (name === 'content-encoding' || name === 'content-length')) continue;
    headers.append(name, pairs[i + 1]!);
  }
  const response = new Response(NULL_BODY.has(status) ? null : body, { status, statusText: message.statusMessage ?? '', headers });
  // HubApiError reports response.url; a constructed Response has none of its own.
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

function decode(encoding: string, raw: Buffer, maxOutputLength: number): Buffer {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(raw, { maxOutputLength });
    case 'br':
      return brotliDecompressSync(raw, { maxOutputLength });
    case 'deflate':
      return inflateSync(raw, { maxOutputLength });
    default:
      return raw;
  }
}
