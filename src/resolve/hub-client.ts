// The only importer of @huggingface/hub. Turns modelInfo/downloadFile calls and their failures
// into HubAnswers: errors become statuses (not found, gated, rate limited, ...), never throws.
import { downloadFile, HubApiError, modelInfo } from '@huggingface/hub';
import { looksLikeHubId } from '../model/ids.js';
import type { DiagnosticCode } from '../model/diagnostic.js';
import { createHubFetch, DEFAULT_FETCH_OPTIONS, HubRedirectLoopError, type HubFetchLog, type HubFetchOptions } from './hub-fetch.js';
import { createHttpTransport, ResponseTooLargeError } from './http-transport.js';
import type { HubAnswer, HubFileAnswer, HubGgufAnswer, HubModelJson, HubSource } from './hub-source.js';
import { headerRecord, readGgufHeader, Truncated } from '../extract/gguf.js';
import type { Secret } from './secret.js';

/** Fields requested with `expand`; the Hub returns only these plus id/_id. */
export const MODEL_FIELDS = ['author', 'cardData', 'config', 'tags', 'sha', 'createdAt', 'library_name', 'disabled', 'siblings', 'baseModels', 'gguf'] as const;

/** Bytes asked for a GGUF header: general.* and tokenizer.ggml.pre come before the token list. */
export const GGUF_HEADER_BYTES = 256 * 1024;

export interface HubClientOptions {
  hubUrl: string;
  token?: Secret;
  fetch?: Partial<HubFetchOptions>;
  /** Sockets per host; by default unbounded, as the lineage walk's limiter already bounds requests in flight. */
  maxSockets?: number;
}

export class HubClient implements HubSource {
  readonly description: string;
  private readonly log: HubFetchLog = { requests: 0, errorCodes: new Map(), finalUrls: new Map() };
  private readonly fetch: typeof fetch;
  private readonly attempts: number;

  constructor(private readonly options: HubClientOptions) {
    this.description = `Hub at ${options.hubUrl}`;
    // The token goes in through our fetch (not accessToken) so one place decides where it is sent.
    const fetchOptions = { ...DEFAULT_FETCH_OPTIONS, ...options.fetch, token: options.token, tokenOrigin: new URL(options.hubUrl).origin };
    fetchOptions.fetch ??= createHttpTransport({ maxSockets: options.maxSockets ?? Infinity });
    this.attempts = fetchOptions.maxAttempts;
    this.fetch = createHubFetch(fetchOptions, this.log);
  }

  requestCount(): number {
    return this.log.requests;
  }

  async getModel(id: string, revision?: string): Promise<HubAnswer> {
    // A body cut mid-stream surfaces from modelInfo itself, after our fetch returned: retry here.
    for (let attempt = 1; ; attempt++) {
      try {
        let answeredFrom: string | undefined;
        const entry = await modelInfo({
          name: id,
          revision,
          hubUrl: this.options.hubUrl,
          fetch: async (input, init) => {
            const response = await this.fetch(input, init);
            answeredFrom = response.url;
            return response;
          },
          additionalFields: MODEL_FIELDS as unknown as 'author'[],
        });
        // A body that parses but is not a model (wrong types) is as bad as one that does not parse.
        if (typeof entry.name !== 'string' || !looksLikeHubId(entry.name)) throw new SyntaxError('model id missing from the answer');
        const refused = this.refusedRename(id, entry.name, answeredFrom);
        if (refused) return refused;
        return { ok: true, id: entry.name, data: toHubJson(entry as unknown as Record<string, unknown>) };
      } catch (error) {
        const answer = this.describeError(error, id, revision);
        if (answer.code !== 'hub-network-error' && answer.code !== 'hub-malformed-response') return answer;
        if (error instanceof ResponseTooLargeError) return answer; // the same on every attempt
        if (attempt >= this.attempts) return answer;
      }
    }
  }

  async getFile(id: string, path: string, revision?: string): Promise<HubFileAnswer> {
    try {
      const blob = await downloadFile({
        repo: id,
        path,
        revision,
        hubUrl: this.options.hubUrl,
        fetch: this.fetch,
        xet: false,
      } as Parameters<typeof downloadFile>[0]);
      if (!blob) return { ok: false, code: 'hub-not-found', message: `${path} not found in ${id}` };
      return { ok: true, text: await blob.text() };
    } catch (error) {
      return this.describeError(error, id);
    }
  }

  async getGgufHeader(id: string, path: string, revision?: string): Promise<HubGgufAnswer> {
    const url = `${this.options.hubUrl.replace(/\/$/, '')}/${id}/resolve/${encodeURIComponent(revision ?? 'main')}/${path.split('/').map(encodeURIComponent).join('/')}`;
    try {
      const response = await this.fetch(url, { headers: { range: `bytes=0-${GGUF_HEADER_BYTES - 1}` } });
      if (!response.ok) {
        await response.body?.cancel();
        throw new HubApiError(response.url || url, response.status, response.headers.get('x-request-id') ?? undefined);
      }
      // A server that ignores Range sends the whole file: read its first bytes only.
      const bytes = await firstBytes(response, GGUF_HEADER_BYTES);
      const values = await readGgufHeader(async (start, length) => bytes.subarray(start, start + length), bytes.length, { partial: true });
      return { ok: true, header: headerRecord(values) };
    } catch (error) {
      if (error instanceof HubApiError) return this.describeError(error, id, revision);
      if (error instanceof Truncated) return fail('hub-malformed-response', `${path} of ${id} has no readable GGUF header: ${error.message}`);
      return this.describeError(error, id, revision);
    }
  }

  /**
   * An answer is about the model asked for: the same id (the Hub corrects case), or a rename the
   * Hub made by redirecting, on its own host, to the new id's URL. Anything else (a mirror answering
   * with another model's metadata, a redirect to another host) is an error for the asked model
   * alone: taken as data, it would be cached under the other id and rewrite that model's lineage.
   */
  private refusedRename(asked: string, answered: string, answeredFrom: string | undefined) {
    const hub = new URL(this.options.hubUrl);
    const final = answeredFrom ? new URL(answeredFrom) : undefined;
    if (final && final.origin !== hub.origin)
      return fail('hub-malformed-response', `the answer for ${asked} came from another host (${final.origin}) after a redirect; not taken as Hub data`);
    if (answered.toLowerCase() === asked.toLowerCase()) return undefined;
    const path = final ? safeDecode(final.pathname).toLowerCase() : '';
    if (path.includes(`/api/models/${answered.toLowerCase()}`) && !path.includes(`/api/models/${asked.toLowerCase()}`)) return undefined;
    return fail(
      'hub-malformed-response',
      `the Hub answered ${asked} with the metadata of another model, ${answered}, without redirecting to it; not taken as data for either`,
    );
  }

  private describeError(error: unknown, id: string, revision?: string): { ok: false; code: DiagnosticCode; message: string } {
    if (error instanceof HubApiError) {
      const headerCode = this.log.errorCodes.get(error.url) ?? '';
      const ref = error.requestId ? ` (request ${printable(error.requestId)})` : '';
      const status = error.statusCode;
      if (headerCode === 'GatedRepo') return fail('hub-gated', `${id} is gated: accept its licence on the Hub and set HF_TOKEN${ref}`);
      // The repo is there but the pinned revision is not: say so, the fix is in the reference.
      if (headerCode === 'RevisionNotFound' && revision)
        return fail(
          'hub-not-found',
          `${id} has no revision "${revision}" on the Hub (HTTP ${status} RevisionNotFound): check the revision the reference pins${ref}`,
        );
      if (headerCode === 'RepoNotFound' || status === 404)
        return fail('hub-not-found', `${id} was not found on the Hub, or is private (HTTP ${status}${headerCode ? ` ${headerCode}` : ''})${ref}`);
      if (status === 401 || status === 403) return fail('hub-unauthorized', `access to ${id} refused (HTTP ${status})${ref}`);
      if (status === 429) return fail('hub-rate-limited', `rate limited by the Hub while reading ${id}; retries exhausted${ref}`);
      if (status >= 500) return fail('hub-server-error', `the Hub answered HTTP ${status} for ${id} after retries${ref}`);
      return fail('hub-malformed-response', `unexpected HTTP ${status} for ${id}${ref}`);
    }
    if (error instanceof HubRedirectLoopError) return fail('hub-malformed-response', `redirect loop while reading ${id}`);
    if (error instanceof ResponseTooLargeError) return fail('hub-malformed-response', `${error.message}; not read`);
    const e = error as Error;
    if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return fail('hub-timeout', `the Hub did not answer in time for ${id}`);
    if (e instanceof SyntaxError) return fail('hub-malformed-response', `the Hub sent malformed JSON for ${id}`);
    return fail('hub-network-error', `could not reach the Hub for ${id}: ${e?.message ?? String(error)}`);
  }
}

const fail = (code: DiagnosticCode, message: string) => ({ ok: false as const, code, message });

/** A header value as a message may quote it: printable ASCII, at most 80 characters. */
const printable = (value: string) => value.replace(/[^\x20-\x7e]/g, '?').slice(0, 80);

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

async function firstBytes(response: Response, limit: number): Promise<Uint8Array> {
  const out = new Uint8Array(limit);
  let length = 0;
  const reader = response.body?.getReader();
  if (!reader) return out.subarray(0, 0);
  while (length < limit) {
    const { done, value } = await reader.read();
    if (done) break;
    const take = Math.min(value.length, limit - length);
    out.set(value.subarray(0, take), length);
    length += take;
  }
  await reader.cancel().catch(() => undefined);
  return out.subarray(0, length);
}

/** Rebuild the Hub's JSON shape from modelInfo's ModelEntry (which renames id/_id and friends). */
function toHubJson(entry: Record<string, unknown>): HubModelJson {
  const { id, name, task, updatedAt, ...rest } = entry;
  return {
    ...rest,
    _id: id,
    id: String(name),
    pipeline_tag: task,
    lastModified: updatedAt instanceof Date && !Number.isNaN(updatedAt.getTime()) ? updatedAt.toISOString() : undefined,
  } as HubModelJson;
}
