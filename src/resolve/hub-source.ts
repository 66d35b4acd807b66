import type { DiagnosticCode } from '../model/diagnostic.js';

/** The raw model JSON as the Hub's `/api/models/{id}` returns it (only the keys we asked for). */
export type HubModelJson = Record<string, unknown> & { id: string };

export type HubAnswer = { ok: true; id: string; data: HubModelJson; fromCache?: boolean } | { ok: false; code: DiagnosticCode; message: string };

export type HubFileAnswer = { ok: true; text: string } | { ok: false; code: DiagnosticCode; message: string };

/** The provenance keys of a remote GGUF file's header (general.*, tokenizer.ggml.pre), read from its first bytes. */
export type GgufHeader = Record<string, string | number>;
export type HubGgufAnswer = { ok: true; header: GgufHeader } | { ok: false; code: DiagnosticCode; message: string };

/** Where model metadata comes from: the live Hub (cached), a recorded snapshot, the cache alone, or a lockfile. */
export interface HubSource {
  readonly description: string;
  getModel(id: string, revision?: string): Promise<HubAnswer>;
  getFile(id: string, path: string, revision?: string): Promise<HubFileAnswer>;
  /** The header of a .gguf file in the repo, by one range request for its first bytes (never the tensors). */
  getGgufHeader(id: string, path: string, revision?: string): Promise<HubGgufAnswer>;
  /** Requests that reached an HTTP endpoint (0 for cache/lockfile hits). */
  requestCount(): number;
}
