// GGUF files: the header only (never the tensors), read through a bounded byte reader.
// Provenance keys: general.base_model.N.*, general.architecture, tokenizer.ggml.pre, general.name,
// general.license. Spec: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md
// safetensors: the JSON header's __metadata__. Spec: https://huggingface.co/docs/safetensors
// Our own streaming reader rather than @huggingface/gguf's parser: it stops at the metadata, keeps
// only the token list's length (not 150k strings), and refuses absurd counts before allocating.
// The fixtures are written with @huggingface/gguf's serializer, so the two agree on the format.
import type { Diagnostic } from '../model/diagnostic.js';
import type { LocalFacts, RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { parseHubReference } from '../model/ids.js';

const MAX_KV = 100_000;
const MAX_STRING = 1 << 20;
const MAX_HEADER = 16 << 20;
const KEYS_WANTED =
  /^(general\.(architecture|name|basename|organization|license|license\.name|base_model\.\d+\.(name|organization|repo_url|url)|source\.(url|repo_url|huggingface\.repository)|repo_url)|tokenizer\.ggml\.(pre|tokens))$/;

/** A header that ends early or holds absurd values. */
export class Truncated extends Error {}

/** Sequential reader over a bounded byte accessor, fetching the header in chunks. */
class HeaderReader {
  private buffer = new Uint8Array(0);
  private base = 0;
  pos = 0;
  constructor(
    private readonly read: (start: number, length: number) => Promise<Uint8Array>,
    private readonly size: number,
  ) {}
  private async ensure(n: number) {
    if (this.pos + n > MAX_HEADER || this.pos + n > this.size) throw new Truncated(`header ends at byte ${this.pos}`);
    while (this.pos + n > this.base + this.buffer.length) {
      const chunk = await this.read(this.base + this.buffer.length, Math.max(1 << 16, n));
      if (chunk.length === 0) throw new Truncated(`file ends at byte ${this.base + this.buffer.length}`);
      const joined = new Uint8Array(this.buffer.length + chunk.length);
      joined.set(this.buffer);
      joined.set(chunk, this.buffer.length);
      this.buffer = joined;
    }
  }
  private view(n: number) {
    return new DataView(this.buffer.buffer, this.buffer.byteOffset + this.pos - this.base, n);
  }
  async u32() {
    await this.ensure(4);
    const v = this.view(4).getUint32(0, true);
    this.pos += 4;
    return v;
  }
  async u64() {
    await this.ensure(8);
    const v = this.view(8).getBigUint64(0, true);
    this.pos += 8;
    return v;
  }
  async string(keep = true) {
    const length = Number(await this.u64());
    if (length > MAX_STRING) throw new Truncated(`string of ${length} bytes is absurd`);
    await this.ensure(length);
    const start = this.pos - this.base;
    const value = keep ? new TextDecoder().decode(this.buffer.subarray(start, start + length)) : '';
    this.pos += length;
    return value;
  }
  async skip(n: number) {
    await this.ensure(n);
    this.pos += n;
  }
}

const FIXED = new Map([
  [0, 1],
  [1, 1],
  [2, 2],
  [3, 2],
  [4, 4],
  [5, 4],
  [6, 4],
  [7, 1],
  [10, 8],
  [11, 8],
  [12, 8],
]);

async function readValue(r: HeaderReader, type: number, keep: boolean): Promise<unknown> {
  if (type === 8) return r.string(keep);
  if (type === 9) {
    const itemType = await r.u32();
    const count = Number(await r.u64());
    if (count > 10_000_000) throw new Truncated(`array of ${count} items is absurd`);
    const size = FIXED.get(itemType);
    if (size !== undefined) {
      await r.skip(size * count);
      return { length: count };
    }
    for (let i = 0; i < count; i++) await readValue(r, itemType, false);
    return { length: count };
  }
  const size = FIXED.get(type);
  if (size === undefined) throw new Truncated(`unknown value type ${type}`);
  if (type === 4 || type === 5) return r.u32();
  await r.skip(size);
  return undefined;
}

/**
 * The wanted keys of a GGUF header. With `partial` (a remote file read by its first bytes only),
 * the header may run past the bytes at hand: the keys read until then are the answer. llama.cpp
 * writes general.* first and tokenizer.ggml.pre before the token list, so a prefix holds them.
 */
export async function readGgufHeader(
  read: (start: number, length: number) => Promise<Uint8Array>,
  size: number,
  options: { partial?: boolean } = {},
): Promise<Map<string, unknown>> {
  const values = new Map<string, unknown>();
  try {
    await readInto(values, new HeaderReader(read, size));
  } catch (error) {
    if (!(options.partial && error instanceof Truncated && values.size > 0)) throw error;
  }
  return values;
}

async function readInto(values: Map<string, unknown>, r: HeaderReader): Promise<void> {
  const magic = await r.u32();
  if (magic !== 0x46554747) throw new Truncated('not a GGUF file (bad magic)');
  const version = await r.u32();
  if (version < 2 || version > 3) throw new Truncated(`unsupported GGUF version ${version}`);
  await r.u64(); // tensor count: the tensors themselves are never read
  const kvCount = Number(await r.u64());
  if (kvCount > MAX_KV) throw new Truncated(`${kvCount} metadata entries is absurd`);
  for (let i = 0; i < kvCount; i++) {
    const key = await r.string();
    const type = await r.u32();
    const value = await readValue(r, type, KEYS_WANTED.test(key));
    if (KEYS_WANTED.test(key)) values.set(key, value);
  }
}

export default defineExtractor({
  name: 'gguf',
  binary: true,
  matchesName: true,
  matches: (path) => /\.(gguf|safetensors)$/i.test(path),
  async extract(file) {
    const references: RawReference[] = [];
    const diagnostics: Diagnostic[] = [];
    if (!file.readBytes) return { references, diagnostics };
    try {
      const isGguf = file.relPath.toLowerCase().endsWith('.gguf');
      const values = isGguf ? await readGgufHeader(file.readBytes, file.size) : undefined;
      const facts = values ? ggufFacts(values) : await safetensorsFacts(file.readBytes, file.size);
      // A safetensors file whose header is empty (`{}`: no tensor, no metadata; ostris/ai-toolkit's
      // toolkit/keymaps/stable_diffusion_sd1_ldm_base.safetensors, a key map's empty leftovers) holds no model.
      if (!facts) return { references, diagnostics };
      references.push({ id: file.relPath, source: 'local', line: 1, column: 1, snippet: facts.name ? `${file.relPath} (${facts.name})` : file.relPath, facts });
      const named = new Set([...(facts.baseModels ?? []), ...(isGguf ? declaredBases(values!) : [])]);
      for (const base of named) references.push({ id: base, source: 'huggingface', line: 1, column: 1, snippet: `${file.relPath}: base model ${base}` });
    } catch (error) {
      diagnostics.push({
        stage: 'extract',
        code: 'malformed-file',
        path: file.relPath,
        message: `${file.relPath}: unreadable model header: ${(error as Error).message}`,
      });
    }
    return { references, diagnostics };
  },
});

export function ggufFacts(values: Map<string, unknown>): LocalFacts {
  const str = (key: string) => (typeof values.get(key) === 'string' ? (values.get(key) as string) : undefined);
  const tokens = values.get('tokenizer.ggml.tokens') as { length: number } | undefined;
  const license = str('general.license');
  const source = hubId(str('general.source.huggingface.repository')) ?? hubId(str('general.source.repo_url')) ?? hubId(str('general.source.url'));
  const bases = declaredBases(values);
  return {
    ggufArchitecture: str('general.architecture'),
    ggufPreTokenizer: str('tokenizer.ggml.pre'),
    name: str('general.name'),
    ...(license ? { license } : {}),
    ...(str('general.license.name') ? { licenseName: str('general.license.name') } : {}),
    ...(tokens ? { vocabSize: tokens.length } : {}),
    // The repo it was converted from is its parent (a quantisation); the declared bases are that repo's.
    ...(source ? { baseModels: [source], baseModelRelation: 'quantized' } : bases.length ? { baseModels: bases } : {}),
  };
}

const hubId = (value: string | undefined) => (value ? parseHubReference(value)?.id : undefined);

/**
 * `general.base_model.N.repo_url` (or `.url`), else `.organization` + `.name` as llama.cpp's converter
 * writes them from the card ("Deepseek Ai" + "DeepSeek R1 Distill Qwen 7B" -> "Deepseek-Ai/DeepSeek-R1-Distill-Qwen-7B";
 * the Hub matches ids without regard to case).
 */
export function declaredBases(values: Map<string, unknown>): string[] {
  const bases: string[] = [];
  const field = (n: string, name: string) =>
    typeof values.get(`general.base_model.${n}.${name}`) === 'string' ? (values.get(`general.base_model.${n}.${name}`) as string).trim() : undefined;
  const indices = new Set([...values.keys()].map((k) => /^general\.base_model\.(\d+)\./.exec(k)?.[1]).filter((n): n is string => n !== undefined));
  for (const n of indices) {
    const organization = field(n, 'organization');
    const name = field(n, 'name');
    const id =
      hubId(field(n, 'repo_url')) ??
      hubId(field(n, 'url')) ??
      (organization && name ? hubId(`${organization.replace(/\s+/g, '-')}/${name.replace(/\s+/g, '-')}`) : undefined);
    if (id && !bases.includes(id)) bases.push(id);
  }
  return bases;
}

async function safetensorsFacts(read: (start: number, length: number) => Promise<Uint8Array>, size: number): Promise<LocalFacts | undefined> {
  const head = await read(0, 8);
  if (head.length < 8) throw new Truncated('file shorter than its header length');
  const length = Number(new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true));
  if (length > MAX_HEADER || length + 8 > size) throw new Truncated(`header length ${length} is absurd`);
  const header = JSON.parse(new TextDecoder().decode(await read(8, length))) as { __metadata__?: unknown };
  if (header && typeof header === 'object' && Object.keys(header).length === 0) return undefined;
  const raw =
    header && typeof header === 'object' && header.__metadata__ && typeof header.__metadata__ === 'object'
      ? (header.__metadata__ as Record<string, unknown>)
      : {};
  // Only string values are allowed by the format; anything else is ignored.
  const meta = (key: string) => (typeof raw[key] === 'string' && (raw[key] as string).trim() ? (raw[key] as string) : undefined);
  const base = hubId(meta('base_model') ?? meta('base_model_name_or_path'));
  const name = meta('name') ?? meta('modelspec.title');
  const license = meta('license') ?? meta('modelspec.license');
  return { ...(name ? { name } : {}), ...(base ? { baseModels: [base] } : {}), ...(license ? { license } : {}) };
}

/** The header's string and number values as a plain record (what the lineage cache and lockfile keep). */
export function headerRecord(values: Map<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of values) if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  return out;
}
