// Extraction on worker threads for large trees: the main thread walks, workers read and parse.
// Small projects never start a worker (start-up would cost more than it saves).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WalkedFile } from '../discover/walk.js';
import type { FileExtraction } from './run.js';

const EMPTY: FileExtraction = Object.freeze({ references: [], diagnostics: [] }) as FileExtraction;
const WORKER_URL = new URL('./pool-worker.js', import.meta.url);

export class ExtractPool {
  private next = 0;
  private batchId = 0;
  private readonly waiting = new Map<number, { resolve: (found: [number, FileExtraction][]) => void; reject: (error: unknown) => void }>();

  private constructor(private readonly workers: Worker[]) {
    for (const worker of workers) {
      worker.on('message', ({ id, found }: { id: number; found: [number, FileExtraction][] }) => {
        this.waiting.get(id)?.resolve(found);
        this.waiting.delete(id);
      });
      worker.on('error', (error) => {
        for (const { reject } of this.waiting.values()) reject(error);
        this.waiting.clear();
      });
    }
  }

  /** A pool, or undefined when workers cannot run here (e.g. sources run by a test runner, not dist/). */
  static create(size = Math.min(4, availableParallelism())): ExtractPool | undefined {
    if (WORKER_URL.protocol !== 'file:' || !existsSync(fileURLToPath(WORKER_URL))) return undefined;
    return new ExtractPool(Array.from({ length: Math.max(1, size) }, () => new Worker(WORKER_URL)));
  }

  get size(): number {
    return this.workers.length;
  }

  /** One extraction per file, in order. */
  async run(files: WalkedFile[]): Promise<FileExtraction[]> {
    const id = this.batchId++;
    const worker = this.workers[this.next++ % this.workers.length]!;
    const found = await new Promise<[number, FileExtraction][]>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, files: packFiles(files) });
    });
    const results: FileExtraction[] = files.map(() => EMPTY);
    for (const [index, result] of found) results[index] = result;
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** One string per batch clones far faster than an array of objects. NUL cannot occur in a path. */
export function packFiles(files: WalkedFile[]): string {
  return files.map((f) => `${f.kind}\0${f.size}\0${f.maxBytes ?? ''}\0${f.relPath}\0${f.absPath}`).join('\0\0');
}

export function unpackFiles(packed: string): WalkedFile[] {
  return packed.split('\0\0').map((entry) => {
    const [kind, size, maxBytes, relPath, absPath] = entry.split('\0') as [WalkedFile['kind'], string, string, string, string];
    return { kind, size: Number(size), relPath, absPath, ...(maxBytes ? { maxBytes: Number(maxBytes) } : {}) };
  });
}
