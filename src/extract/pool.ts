// Extraction on worker threads for large trees: the main thread walks, workers read and parse.
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
import type { FileExtraction } from './run.js';

const EMPTY: FileExtraction = Object.freeze({ references: [], diagnostics: [] }) as FileExtraction;
const WORKER_URL = new URL('./pool-worker.js', import.meta.url);
/** Caller's batches per message (64 files each from the pipeline: 512 files a message). */
const BATCHES_PER_MESSAGE = 8;

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

  private constructor(private readonly workers: Worker[]) {
    for (const worker of workers) {
      worker.on('message', ({ id, found }: { id: number; found: [number, FileExtraction][] }) => {
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
  static create(size = Math.min(4, availableParallelism())): ExtractPool | undefined {
    if (WORKER_URL.protocol !== 'file:' || !existsSync(fileURLToPath(WORKER_URL))) return undefined;
    return new ExtractPool(Array.from({ length: Math.max(1, size) }, () => new Worker(WORKER_URL)));
  }

  /** How many batches a caller should keep in flight, halved: enough to fill a message per worker, twice over. */
  get size(): number {
    return this.workers.length * BATCHES_PER_MESSAGE;
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
    const id = this.messageId++;
    this.waiting.set(id, batches);
    this.workers[this.next++ % this.workers.length]!.postMessage({ id, files: packFiles(batches.flatMap((b) => b.files)) });
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
