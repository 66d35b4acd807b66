// The fetch every Hub call goes through: per-request timeout, retries (429 after Retry-After or
// the RateLimit header, 5xx/408 and network errors with backoff), manual redirects that drop the
// token when they leave the Hub's origin, and a log of error codes the Hub sends in headers
// (HubApiError from @huggingface/hub does not keep them).
import { ResponseTooLargeError } from './http-transport.js';
import type { Secret } from './secret.js';

export interface HubFetchOptions {
  /** Per-attempt timeout. */
  timeoutMs: number;
  /** Attempts per request, first included. */
  maxAttempts: number;
  /** Longest single wait we accept on a 429 before giving up. */
  maxRetryWaitMs: number;
  /** Base for exponential backoff on 5xx and network errors. */
  backoffMs: number;
  /** Underlying fetch (tests may hand in an in-process one). */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Sent as a Bearer token, and only to this origin (the configured Hub). */
  token?: Secret;
  tokenOrigin?: string;
}

export interface HubFetchLog {
  /** Requests that left this process (retries and redirects included). */
  requests: number;
  /** Last `X-Error-Code` seen per URL, and whether a 429 was the final answer. */
  errorCodes: Map<string, string>;
  /** Final URL after redirects, per requested URL. */
  finalUrls: Map<string, string>;
}

export const DEFAULT_FETCH_OPTIONS: HubFetchOptions = {
  timeoutMs: 20_000,
  maxAttempts: 4,
  maxRetryWaitMs: 60_000,
  backoffMs: 300,
};

const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);
const MAX_REDIRECTS = 5;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Seconds to wait from `Retry-After` (seconds or HTTP date) or `RateLimit: "api";r=0;t=N`. */
export function retryDelayMs(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const rateLimit = headers.get('ratelimit');
  if (rateLimit) {
    const remaining = /(?:^|;)\s*r=(\d+)/.exec(rateLimit);
    const reset = /(?:^|;)\s*t=(\d+)/.exec(rateLimit);
    if (remaining?.[1] === '0' && reset) return Number(reset[1]) * 1000;
  }
  return undefined;
}

export function createHubFetch(options: HubFetchOptions, log: HubFetchLog): typeof fetch {
  const base = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;

  async function once(url: string, init: RequestInit): Promise<Response> {
    const signal = AbortSignal.timeout(options.timeoutMs);
    let current = url;
    let headers = new Headers(init.headers);
    const origin = new URL(url).origin;
    if (options.token && origin === options.tokenOrigin) headers.set('authorization', `Bearer ${options.token.reveal()}`);
    for (let hop = 0; ; hop++) {
      log.requests++;
      const response = await base(current, { ...init, headers, redirect: 'manual', signal });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        if (hop >= MAX_REDIRECTS) throw new HubRedirectLoopError(url);
        await response.body?.cancel();
        const next = new URL(location, current);
        // The token is for the configured Hub only: never follow it to another host.
        if (next.origin !== origin) {
          headers = new Headers(headers);
          headers.delete('authorization');
        }
        current = next.toString();
        continue;
      }
      if (current !== url) log.finalUrls.set(url, current);
      const scrubbed = options.token ? await withoutSecret(response, options.token.reveal(), current) : response;
      const code = scrubbed.headers.get('x-error-code');
      if (code) log.errorCodes.set(url, code);
      return scrubbed;
    }
  }

  return async (input, init = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    let lastError: unknown;
    for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
      try {
        const response = await once(url, init);
        if (!RETRYABLE.has(response.status) || attempt === options.maxAttempts) return response;
        const wait = response.status === 429 ? (retryDelayMs(response.headers) ?? backoff(options, attempt)) : backoff(options, attempt);
        if (wait > options.maxRetryWaitMs) return response;
        await response.body?.cancel();
        await sleep(wait);
      } catch (error) {
        // A loop or an oversized answer comes back the same on every attempt.
        if (error instanceof HubRedirectLoopError || error instanceof ResponseTooLargeError) throw error;
        lastError = error;
        if (attempt === options.maxAttempts) break;
        await sleep(backoff(options, attempt));
      }
    }
    throw lastError;
  };
}

/**
 * The answer with every copy of the token taken out of its headers and body. A Hub (or a mirror)
 * that echoes the Authorization header in x-request-id, x-error-code or an error body would
 * otherwise put it in messages, reports and the cache: nothing downstream sees the raw answer.
 */
async function withoutSecret(response: Response, token: string, url: string): Promise<Response> {
  const headers = new Headers();
  let changed = false;
  response.headers.forEach((value, name) => {
    const clean = value.split(token).join('[redacted]');
    changed ||= clean !== value;
    headers.append(name, clean);
  });
  let body: Buffer | null = null;
  if (response.body) {
    body = Buffer.from(await response.arrayBuffer());
    if (body.includes(token)) {
      body = Buffer.from(body.toString('utf8').split(token).join('[redacted]'));
      headers.delete('content-length');
      changed = true;
    }
  }
  if (!changed && body === null) return response;
  const rebuilt = new Response(body, { status: response.status, statusText: response.statusText, headers });
  Object.defineProperty(rebuilt, 'url', { value: url });
  return rebuilt;
}

function backoff(options: HubFetchOptions, attempt: number): number {
  return options.backoffMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5);
}

export class HubRedirectLoopError extends Error {
  constructor(url: string) {
    super(`too many redirects for ${url}`);
  }
}
