// Extraction on worker threads for large trees: the main thread walks, workers read and parse.
// With one worker fewer than cores, the main thread also extracts a message's worth itself
// whenever the workers have enough queued. A worker takes ~200 ms to load its code: until one
// has, the main thread extracts every batch rather than wait. Small projects never start a worker
// (start-up would cost more than it saves).
//
// The main thread extracts its share whole (it does not send the files its prefilter admits on to
// a worker): a share that waits for a worker holds up every result behind it, and with them the
// walk, which left the worker idle a third of the time on the 2-core bench.
//
// Each message costs both threads a wake-up and a (de)serialisation, whatever it holds, so the
// caller's batches are sent several to a message: `size` tells the caller how many batches to
// keep in flight, and a batch waits for its message at most until the caller waits for a result.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WalkedFile } from '../discover/walk.js';
import { extractFile, type FileExtraction } from './run.js';

const EMPTY: FileExtraction = Object.freeze({ references: [], diagnostics: [] }) as FileExtraction;
const WORKER_URL = new URL('./pool-worker.js', import.meta.url);
/** Caller's batches per message (64 files each from the pipeline: 512 files a message). */
const BATCHES_PER_MESSAGE = 8;
/** Messages a worker has queued before the main thread extracts the next one itself. */
const WORKER_QUEUE = 1;
/** Messages sent per worker for each one the main thread keeps (it also walks). */
const MAIN_SHARE = 1;

/**
 * A smaller young generation than V8's default for a worker: it fills with short-lived file texts
 * and scavenges stay in cache (100k-file bench: ~3% less wall time, ~15 MB less peak RSS).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

interface Batch {
  files: WalkedFile[];
  resolve: (results: FileExtraction[]) => void;
  reject: (error: unknown) => void;
}

export class ExtractPool {
  private next = 0;
  private messageId = 0;
  private readonly waiting = new Map<number, Batch[]>();
  /** Batches not sent yet, and which of the scheduled flushes may send them. */
  private group: Batch[] = [];
  private groupSeq = 0;
  /** Messages each worker has not answered yet. */
  private readonly queued: number[];
  private localBusy = false;
  private sent = 0;
  private keptHere = 0;
  /** Workers that have loaded their code (they say so once). */
  private ready = 0;
  /** Messages the main thread extracts itself, in order: all of them until a worker is ready, then its share. */
  private readonly local: Batch[][] = [];

  private constructor(private readonly workers: Worker[]) {
    this.queued = workers.map(() => 0);
    for (const [index, worker] of workers.entries()) {
      worker.on('message', (message: WorkerMessage) => {
        if ('ready' in message) {
          this.ready++;
          return;
        }
        const { id, found } = message;
        this.queued[index]!--;
        const batches = this.waiting.get(id);
        this.waiting.delete(id);
        if (batches) settle(batches, found);
      });
      worker.on('error', (error) => {
        for (const batches of this.waiting.values()) for (const { reject } of batches) reject(error);
        this.waiting.clear();
      });
    }
  }

  /** A pool, or undefined when workers cannot run here (e.g. sources run by a test runner, not dist/). */
  static create(size = Math.min(4, availableParallelism() - 1)): ExtractPool | undefined {
    if (WORKER_URL.protocol !== 'file:' || !existsSync(fileURLToPath(WORKER_URL))) return undefined;
    return new ExtractPool(Array.from({ length: Math.max(1, size) }, () => new Worker(WORKER_URL, { resourceLimits: WORKER_LIMITS })));
  }

  /** How many batches a caller should keep in flight, halved: a message's worth per worker and for the main thread, twice over. */
  get size(): number {
    return (this.workers.length + 1) * BATCHES_PER_MESSAGE;
  }

  /** One extraction per file, in order. */
  run(files: WalkedFile[]): Promise<FileExtraction[]> {
    return new Promise<FileExtraction[]>((resolve, reject) => {
      this.group.push({ files, resolve, reject });
      if (this.group.length === BATCHES_PER_MESSAGE) this.flush();
      else if (this.group.length === 1) {
        // The caller only yields to the event loop when it waits for a result: send what there is then.
        const seq = this.groupSeq;
        setImmediate(() => seq === this.groupSeq && this.flush());
      }
    });
  }

  private flush(): void {
    const batches = this.group;
    this.group = [];
    this.groupSeq++;
    if (batches.length === 0) return;
    const index = this.leastQueued();
    const keepShare = this.queued[index]! >= WORKER_QUEUE && this.local.length === 0 && this.keptHere * MAIN_SHARE * this.workers.length < this.sent;
    if (this.ready === 0 || keepShare) {
      if (this.ready > 0) this.keptHere++;
      this.local.push(batches);
      if (!this.localBusy) void this.extractHere();
      return;
    }
    this.sent++;
    this.send(index, batches);
  }

  private leastQueued(): number {
    let index = this.next++ % this.workers.length;
    for (let i = 0; i < this.workers.length; i++) if (this.queued[i]! < this.queued[index]!) index = i;
    return index;
  }

  private send(index: number, batches: Batch[]): void {
    const id = this.messageId++;
    this.waiting.set(id, batches);
    this.queued[index]!++;
    this.workers[index]!.postMessage({ id, files: packFiles(batches.flatMap((b) => b.files)) });
  }

  /** On the main thread, a batch at a time, yielding between batches so the walk and the workers' answers go on. */
  private async extractHere(): Promise<void> {
    this.localBusy = true;
    try {
      for (let batches; (batches = this.local.shift()); ) {
        for (const batch of batches) {
          try {
            const results: FileExtraction[] = [];
            for (const file of batch.files) results.push(await extractFile(file));
            batch.resolve(results);
          } catch (error) {
            batch.reject(error);
          }
          // A macrotask turn (a microtask would starve the event loop): a worker's "ready" gets through.
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      }
    } finally {
      this.localBusy = false;
    }
  }

  async close(): Promise<void> {
    this.flush();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

type WorkerMessage = { ready: true } | { id: number; found: [number, FileExtraction][] };

/** Hands each batch its results: a worker returns only the non-empty ones, by index in the message. */
function settle(batches: Batch[], found: [number, FileExtraction][]): void {
  let start = 0;
  let at = 0;
  for (const batch of batches) {
    const end = start + batch.files.length;
    const results: FileExtraction[] = batch.files.map(() => EMPTY);
    for (; at < found.length && found[at]![0] < end; at++) results[found[at]![0] - start] = found[at]![1];
    batch.resolve(results);
    start = end;
  }
}

/**
 * One string per message clones far faster than an array of objects. NUL cannot occur in a path.
 * Six fields per file; the absolute path is left empty when it is the first file's root + relPath.
 */
export function packFiles(files: WalkedFile[]): string {
  const first = files[0];
  const root = first && first.absPath.endsWith(first.relPath) ? first.absPath.slice(0, first.absPath.length - first.relPath.length) : '';
  const fields = [root];
  for (const f of files) {
    const abs = root && f.absPath === root + f.relPath ? '' : f.absPath;
    fields.push(f.kind, String(f.size), f.maxBytes === undefined ? '' : String(f.maxBytes), f.extractors === undefined ? '' : String(f.extractors), f.relPath, abs);
  }
  return fields.join('\0');
}

export function unpackFiles(packed: string): WalkedFile[] {
  const fields = packed.split('\0');
  const root = fields[0]!;
  const files: WalkedFile[] = [];
  for (let i = 1; i + 5 < fields.length; i += 6) {
    const relPath = fields[i + 4]!;
    const file: WalkedFile = { kind: fields[i] as WalkedFile['kind'], size: Number(fields[i + 1]), relPath, absPath: fields[i + 5] || root + relPath };
    if (fields[i + 2]) file.maxBytes = Number(fields[i + 2]);
    if (fields[i + 3]) file.extractors = Number(fields[i + 3]);
    files.push(file);
  }
  return files;
}
