// Extraction on worker threads for large trees: the main thread walks, workers read and parse.
// With one worker fewer than cores, the main thread screens a message's worth itself whenever the
// workers have enough queued: it reads those files and applies the prefilter, and sends the few
// that need an extractor on to a worker, so only workers run (and optimise) extractor code.
// Small projects never start a worker (start-up would cost more than it saves).
//
// Each message costs both threads a wake-up and a (de)serialisation, whatever it holds, so the
// caller's batches are sent several to a message: `size` tells the caller how many batches to
// keep in flight, and a batch waits for its message at most until the caller waits for a result.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WalkedFile } from '../discover/walk.js';
import { screenFile, type FileExtraction } from './run.js';

const EMPTY: FileExtraction = Object.freeze({ references: [], diagnostics: [] }) as FileExtraction;
const WORKER_URL = new URL('./pool-worker.js', import.meta.url);
/** Caller's batches per message (64 files each from the pipeline: 512 files a message). */
const BATCHES_PER_MESSAGE = 8;
/** Messages a worker has queued before the main thread extracts the next one itself. */
const WORKER_QUEUE = 2;
/**
 * Messages sent per worker for each one the main thread keeps: it also walks, but only screens its
 * share (2-core bench: 1 gave main and worker about 2.5 s of CPU each; 2 left the worker behind).
 */
const MAIN_SHARE = 1;

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

  private constructor(private readonly workers: Worker[]) {
    this.queued = workers.map(() => 0);
    for (const [index, worker] of workers.entries()) {
      worker.on('message', ({ id, found }: { id: number; found: [number, FileExtraction][] }) => {
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
    return new ExtractPool(Array.from({ length: Math.max(1, size) }, () => new Worker(WORKER_URL)));
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
    // The main thread walks too: it keeps at most one message's worth for every MAIN_SHARE sent per worker.
    if (this.queued[index]! >= WORKER_QUEUE && !this.localBusy && this.keptHere * MAIN_SHARE * this.workers.length < this.sent) {
      this.keptHere++;
      void this.extractHere(batches);
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

  /** On the main thread, a batch at a time between walk steps; what needs an extractor goes to a worker. */
  private async extractHere(batches: Batch[]): Promise<void> {
    this.localBusy = true;
    try {
      const results = batches.map((batch) => batch.files.map(() => EMPTY));
      const deferred: [batch: number, file: number][] = [];
      for (const [b, batch] of batches.entries()) {
        for (const [f, file] of batch.files.entries()) {
          const screened = screenFile(file);
          if (screened) results[b]![f] = screened;
          else deferred.push([b, f]);
        }
        await undefined; // let the walk go on
      }
      this.localBusy = false;
      if (deferred.length > 0) {
        const extracted = await new Promise<FileExtraction[]>((resolve, reject) =>
          this.send(this.leastQueued(), [{ files: deferred.map(([b, f]) => batches[b]!.files[f]!), resolve, reject }]),
        );
        deferred.forEach(([b, f], k) => (results[b]![f] = extracted[k]!));
      }
      batches.forEach((batch, b) => batch.resolve(results[b]!));
    } catch (error) {
      for (const batch of batches) batch.reject(error);
    } finally {
      this.localBusy = false;
    }
  }

  async close(): Promise<void> {
    this.flush();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

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
 * Five fields per file; the absolute path is left empty when it is the first file's root + relPath.
 */
export function packFiles(files: WalkedFile[]): string {
  const first = files[0];
  const root = first && first.absPath.endsWith(first.relPath) ? first.absPath.slice(0, first.absPath.length - first.relPath.length) : '';
  const fields = [root];
  for (const f of files) fields.push(f.kind, String(f.size), f.maxBytes === undefined ? '' : String(f.maxBytes), f.relPath, root && f.absPath === root + f.relPath ? '' : f.absPath);
  return fields.join('\0');
}

export function unpackFiles(packed: string): WalkedFile[] {
  const fields = packed.split('\0');
  const root = fields[0]!;
  const files: WalkedFile[] = [];
  for (let i = 1; i + 4 < fields.length; i += 5) {
    const relPath = fields[i + 3]!;
    const file: WalkedFile = { kind: fields[i] as WalkedFile['kind'], size: Number(fields[i + 1]), relPath, absPath: fields[i + 4] || root + relPath };
    if (fields[i + 2]) file.maxBytes = Number(fields[i + 2]);
    files.push(file);
  }
  return files;
}
