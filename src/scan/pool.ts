// Extraction on worker threads for large trees: the main thread walks, workers read and parse.
// Messages wait in one queue, oldest first. Each worker holds at most WORKER_QUEUE of them, and is
// handed the next as it answers one; the main thread takes from the same queue whenever it has
// nothing to walk (the caller waits on results). So the split follows each thread's speed: with
// one worker fewer than cores, neither sits idle while the other has work queued. Once a worker
// has loaded, the main thread only screens what it takes (read, prefilter) and hands the few
// texts that may hold references to a worker: the extractors then run, and get optimised, in
// one isolate instead of two; a large file it leaves unread, for the worker to read and extract
// whole. Until then the main thread does it all.
// Small projects never start a worker (start-up would cost more than it saves).
//
// Workers run under a heap limit (worker-start.ts). One that dies (out of memory, or any exit)
// is replaced; the files of the messages it held are sent again one file a message, and a file
// whose message kills a worker a second time is listed as skipped with why: never a failed scan,
// never a silent drop. A worker on one file past its hard limit (stall-guard.ts) is terminated the
// same way, and that file is listed as skipped at once (not tried again).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { WalkedFile } from '../discover/walk.js';
import { extractFile, extractText } from './extract-file.js';
import { screenUpTo, type FileExtraction } from './screen.js';
import type { SkippedFile } from '../model/diagnostic.js';
import { capYoungGeneration, collectWhenGrown } from './main-heap.js';
import { adoptWorkers, startWorkers, workerCount, workerHeapMb, type StartedWorker } from './worker-start.js';
import { WATCH_EVERY_MS, type FileProgress } from './stall-guard.js';

const EMPTY: FileExtraction = Object.freeze({ references: [], diagnostics: [] }) as FileExtraction;
const WORKER_URL = new URL('./pool-worker.js', import.meta.url);
/** Caller's batches per message (64 files each from the pipeline: 512 files a message). */
const BATCHES_PER_MESSAGE = 8;
/** Messages a worker holds at once: one it works on, one to start when that is done. */
const WORKER_QUEUE = 2;
/**
 * Screened texts handed to workers and not answered yet, in characters. Past it the main thread
 * extracts what it screens itself: a tree of multi-megabyte manifests (kserve's install/) kept
 * hundreds of megabytes of texts waiting in a worker's port, and left the main thread idle.
 */
const SCREENED_BACKLOG_CHARS = 256 << 10;
/**
 * Text files larger than this are not read on the main thread: a worker reads and extracts them
 * whole. When the main thread extracted large manifests itself (the workers behind), its heap grew
 * by each one and a full collection falling during one set its next limit from a large live heap.
 * The main thread's share is then the walk and the small files (real corpus: 272 files over 256
 * KB hold 58% of the text that passes the prefilter).
 */
const LEAVE_TO_WORKER_BYTES = 256 << 10;

/**
 * A file's extraction on the main thread, or undefined for a text file over LEAVE_TO_WORKER_BYTES (not read: a worker's
 * to read and extract). The main thread cannot be stopped midway if an extractor stalls on a large file; a worker can
 * (stall-guard.ts).
 */
export async function extractUnlessLarge(file: WalkedFile): Promise<FileExtraction | undefined> {
  const screened = screenUpTo(file, LEAVE_TO_WORKER_BYTES);
  if ('leftOver' in screened) return undefined;
  return 'admitted' in screened ? extractText(file, screened.admitted) : screened;
}

/** A worker terminated by the watchdog: the message and file it was on, how long, and its limit. */
interface Stall {
  id: number;
  index: number;
  ms: number;
  limitMs: number;
}

interface Batch {
  files: WalkedFile[];
  resolve: (results: FileExtraction[]) => void;
  reject: (error: unknown) => void;
}

/** What a worker's answer settles: the batches of a queued message, or texts the main thread screened. */
interface Waiting {
  queued: boolean;
  /** The worker it was sent to, and its files: sent again if that worker dies. */
  index: number;
  files: WalkedFile[];
  /** A file sent again alone after a worker died: if this one dies too, the file is skipped. */
  retry?: boolean;
  settle: (found: [number, FileExtraction][]) => void;
  reject: (error: unknown) => void;
}

export class ExtractPool {
  private messageId = 0;
  private readonly waiting = new Map<number, Waiting>();
  /** Batches not sent yet, and which of the scheduled flushes may send them. */
  private group: Batch[] = [];
  private groupSeq = 0;
  /** Messages each worker has not answered yet. */
  private readonly queued: number[];
  /** Workers that have loaded their code (they say so once). */
  private readonly ready: boolean[];
  /** Messages no thread has taken yet, oldest first. */
  private readonly pending: Batch[][] = [];
  private localBusy = false;
  /** Characters of screened texts sent to workers and not answered yet. */
  private screenedBacklog = 0;

  /** Files of a dead worker's messages, to send again one a message, before anything else. */
  private readonly retries: { file: WalkedFile; settle: (result: FileExtraction | undefined) => void }[] = [];
  private closing = false;
  /** Slots whose worker died before it loaded its code: not started again (its heap limit is too small for the code). */
  private readonly dead: boolean[];
  /**
   * Workers extracting a dead worker's file alone. A worker runs its messages' reads interleaved, so
   * a file sent beside the one that kills it dies with it: a retry waits for an idle worker and
   * nothing else is sent there until it answers.
   */
  private readonly alone: boolean[];

  private readonly workers: Worker[];
  /** Each worker's current file (stall-guard.ts), and the stall the watchdog stopped it for. */
  private readonly progress: FileProgress[];
  private readonly stalls: (Stall | undefined)[];
  private readonly watchdog: NodeJS.Timeout;
  /** Callers waiting for an open worker (a large file the main thread does not take before one has loaded). */
  private loadWaiters: (() => void)[] = [];

  private constructor(started: StartedWorker[]) {
    this.workers = started.map(({ worker }) => worker);
    this.progress = started.map(({ progress }) => progress);
    this.stalls = started.map(() => undefined);
    this.watchdog = setInterval(() => this.watch(), WATCH_EVERY_MS);
    this.watchdog.unref();
    this.queued = started.map(() => 0);
    // A prestarted worker may have said it is ready before this pool listened.
    this.ready = started.map(({ loaded }) => loaded);
    this.dead = started.map(({ exited }) => Boolean(exited));
    this.alone = started.map(() => false);
    for (const [index, worker] of this.workers.entries()) this.listen(index, worker);
  }

  private listen(index: number, worker: Worker): void {
    let failure: Error | undefined;
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        this.ready[index] = true;
        this.dispatch();
        this.loadWaiters.splice(0).forEach((resume) => resume());
        return;
      }
      const { id, found } = message;
      const waiting = this.waiting.get(id);
      this.waiting.delete(id);
      if (waiting?.queued) this.queued[index]!--;
      if (waiting?.retry) {
        this.alone[index] = false;
        // (A worker done with a retry alone takes work again: a caller waiting for an open worker goes on.)
        this.loadWaiters.splice(0).forEach((resume) => resume());
      }
      this.dispatch();
      waiting?.settle(found);
    });
    worker.on('error', (error) => (failure = error));
    worker.on('exit', (code) => {
      if (!this.closing) this.replace(index, failure ?? new Error(`the extraction worker stopped with exit code ${code}`));
    });
  }

  /** Stops a worker that has been on one file past its hard limit; its exit replaces it (replace). */
  private watch(): void {
    for (const [index, progress] of this.progress.entries()) {
      if (this.stalls[index] || !this.ready[index]) continue;
      const file = progress.current();
      const on = file && this.waiting.get(file.id)?.files[file.index];
      if (!on) continue;
      const stall = progress.overrun(file, on);
      if (!stall) continue;
      this.stalls[index] = stall;
      void this.workers[index]!.terminate();
    }
  }

  /** A worker died: a fresh one takes its place, and what it held is sent again file by file. */
  private replace(index: number, failure: Error): void {
    if (process.env.MODELPROV_DEBUG) process.stderr.write(`modelprov: extraction worker ${index} died: ${failure.message}\n`);
    const stall = this.stalls[index];
    this.stalls[index] = undefined;
    if (!this.ready[index]) this.dead[index] = true;
    else {
      const [started] = startWorkers(WORKER_URL, 1);
      started!.worker.ref();
      this.workers[index] = started!.worker;
      this.progress[index] = started!.progress;
      this.listen(index, started!.worker);
    }
    this.ready[index] = false;
    // (A caller waiting for a worker to load learns when none can: extractOnWorker.)
    if (this.dead.every(Boolean)) this.loadWaiters.splice(0).forEach((resume) => resume());
    this.alone[index] = false;
    this.queued[index] = 0;
    for (const [id, waiting] of [...this.waiting]) {
      if (waiting.index !== index) continue;
      this.waiting.delete(id);
      const stalled = stall?.id === id ? stall : undefined;
      if (waiting.retry) {
        const skipped = stalled ? stalledFile(waiting.files[0]!, stalled) : lostFile(waiting.files[0]!, failure);
        waiting.settle([[0, { references: [], diagnostics: [], skipped }]]);
        continue;
      }
      const found: [number, FileExtraction][] = [];
      let left = waiting.files.length;
      for (const [at, file] of waiting.files.entries()) {
        // The file it stalled on is not tried again: another worker would stall on it as long.
        if (stalled?.index === at) {
          found[at] = [at, { references: [], diagnostics: [], skipped: stalledFile(file, stalled) }];
          if (--left === 0) waiting.settle(found.filter(Boolean));
          continue;
        }
        this.retries.push({
          file,
          settle: (result) => {
            if (result) found[at] = [at, result];
            if (--left === 0) waiting.settle(found.filter(Boolean));
          },
        });
      }
    }
    this.dispatch();
    if (this.dead.every(Boolean)) void this.retryHere();
    if (this.pending.length > 0 && !this.localBusy) void this.extractHere();
  }

  /**
   * A text file too large for the main thread (extractUnlessLarge), met before any worker has loaded: it waits for one
   * and goes there alone, read there. Extracted here only when no worker can run at all.
   */
  private async extractOnWorker(file: WalkedFile): Promise<FileExtraction> {
    while (!this.workers.some((_, index) => this.open(index))) {
      if (this.dead.every(Boolean)) return extractFile(file);
      await new Promise<void>((resume) => this.loadWaiters.push(resume));
    }
    const [found] = await this.extractElsewhere([file], [null]);
    return found?.[1] ?? EMPTY;
  }

  /** No worker can run: the files of the dead ones' messages are extracted here. */
  private async retryHere(): Promise<void> {
    for (let retry; (retry = this.retries.shift());) retry.settle(await extractFile(retry.file));
  }

  /** A pool, or undefined when workers cannot run here (e.g. sources run by a test runner, not dist/). */
  static create(size = workerCount()): ExtractPool | undefined {
    if (WORKER_URL.protocol !== 'file:' || !existsSync(fileURLToPath(WORKER_URL))) return undefined;
    const started = adoptWorkers(WORKER_URL) ?? startWorkers(WORKER_URL, size);
    // Prestarted workers were unreferenced; while the pool waits on them they must keep the process alive.
    for (const { worker } of started) worker.ref();
    return new ExtractPool(started);
  }

  /** Stops workers prestarted for a scan that turned out too small for a pool. */
  static discardPrestarted(): void {
    adoptWorkers(WORKER_URL)?.forEach(({ worker }) => void worker.terminate());
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
    this.pending.push(batches);
    this.dispatch();
    if (this.pending.length > 0 && !this.localBusy) void this.extractHere();
  }

  /** A loaded worker that may take more work: not one extracting a retry alone. */
  private open(index: number): boolean {
    return this.ready[index]! && !this.alone[index];
  }

  /** Whether a worker has messages it has not answered. */
  private holdsWork(index: number): boolean {
    for (const waiting of this.waiting.values()) if (waiting.index === index) return true;
    return false;
  }

  /**
   * Sends retries first, each to an idle worker; while any wait, workers take no new batches (the
   * main thread does: extractHere), so one falls idle. Then tops up every open worker from the queue.
   */
  private dispatch(): void {
    for (let index = 0; index < this.workers.length && this.retries.length > 0; index++) {
      if (this.open(index) && !this.holdsWork(index)) this.sendRetry(index, this.retries.shift()!);
    }
    if (this.retries.length > 0) return;
    for (let index = 0; index < this.workers.length && this.pending.length > 0; index++) {
      while (this.open(index) && this.queued[index]! < WORKER_QUEUE && this.pending.length > 0) this.send(index, this.pending.shift()!);
    }
  }

  private send(index: number, batches: Batch[]): void {
    this.queued[index]!++;
    const files = batches.flatMap((b) => b.files);
    this.post(
      index,
      { files: packFiles(files) },
      { queued: true, index, files, settle: (found) => settle(batches, found), reject: (error) => batches.forEach((b) => b.reject(error)) },
    );
  }

  /** One file of a dead worker's message, alone (read again from disk: the worker reads what it was not handed). */
  private sendRetry(index: number, retry: { file: WalkedFile; settle: (result: FileExtraction | undefined) => void }): void {
    this.queued[index]!++;
    this.alone[index] = true;
    this.post(
      index,
      { files: packFiles([retry.file]) },
      { queued: true, index, files: [retry.file], retry: true, settle: (found) => retry.settle(found[0]?.[1]), reject: () => retry.settle(undefined) },
    );
  }

  private post(index: number, message: { files: string; texts?: (string | null)[] }, waiting: Waiting): void {
    const id = this.messageId++;
    this.waiting.set(id, waiting);
    this.workers[index]!.postMessage({ id, ...message });
  }

  /** Texts the main thread screened in, to the least busy loaded worker (outside the queue's limit: the batch waits on them). */
  private extractElsewhere(files: WalkedFile[], texts: (string | null)[]): Promise<[number, FileExtraction][]> {
    let index = -1;
    for (let i = 0; i < this.workers.length; i++) if (this.open(i) && (index < 0 || this.queued[i]! < this.queued[index]!)) index = i;
    return new Promise((resolve, reject) => this.post(index, { files: packFiles(files), texts }, { queued: false, index, files, settle: resolve, reject }));
  }

  /**
   * Screens a batch here and hands the texts that may hold references to a loaded worker; the
   * batch settles when it answers (the main thread goes on meanwhile). False when no worker has
   * loaded yet: then the caller extracts the batch itself.
   */
  private async screenHere(batch: Batch): Promise<boolean> {
    if (!this.workers.some((_, index) => this.open(index))) return false;
    const results: FileExtraction[] = [];
    /** Per file: its screened text, null when left to the worker unread, undefined when done here. */
    const handed: (string | null | undefined)[] = [];
    for (const file of batch.files) {
      capYoungGeneration();
      const screened = screenUpTo(file, LEAVE_TO_WORKER_BYTES);
      if ('leftOver' in screened) handed.push(null);
      else if ('admitted' in screened) handed.push(screened.admitted);
      else {
        results[handed.length] = screened;
        handed.push(undefined);
        continue;
      }
      results[handed.length - 1] = EMPTY;
    }
    // The workers are behind: extract the screened (small) texts here, so they do not pile up and
    // both cores work. Large files still go to a worker, unread: the main heap never holds them.
    if (this.screenedBacklog > SCREENED_BACKLOG_CHARS)
      for (const [at, text] of handed.entries()) {
        if (typeof text !== 'string') continue;
        capYoungGeneration();
        results[at] = await extractText(batch.files[at]!, text);
        handed[at] = undefined;
      }
    const sent: number[] = [];
    const texts: (string | null)[] = [];
    for (const [at, text] of handed.entries()) {
      if (text === undefined) continue;
      sent.push(at);
      texts.push(text);
    }
    if (sent.length === 0) {
      batch.resolve(results);
      return true;
    }
    const chars = texts.reduce((sum, text) => sum + (text?.length ?? 0), 0);
    this.screenedBacklog += chars;
    this.extractElsewhere(
      sent.map((at) => batch.files[at]!),
      texts,
    ).then(
      (found) => {
        this.screenedBacklog -= chars;
        for (const [at, result] of found) results[sent[at]!] = result;
        batch.resolve(results);
      },
      (error) => {
        this.screenedBacklog -= chars;
        batch.reject(error);
      },
    );
    return true;
  }

  /** On the main thread, a batch at a time, yielding between batches so the walk and the workers' answers go on. */
  private async extractHere(): Promise<void> {
    this.localBusy = true;
    try {
      for (let batches; (batches = this.pending.shift());) {
        for (const batch of batches) {
          try {
            if (!(await this.screenHere(batch))) {
              const results: FileExtraction[] = [];
              for (const file of batch.files) {
                capYoungGeneration();
                results.push((await extractUnlessLarge(file)) ?? (await this.extractOnWorker(file)));
              }
              batch.resolve(results);
            }
          } catch (error) {
            batch.reject(error);
          }
          collectWhenGrown();
          // A macrotask turn (a microtask would starve the event loop): the walk goes on, workers' answers get through.
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      }
    } finally {
      this.localBusy = false;
    }
  }

  /** Every result is in by now: the workers are stopped without waiting for their threads to exit (nor keeping the process alive). */
  close(): void {
    this.flush();
    this.closing = true;
    clearInterval(this.watchdog);
    for (const worker of this.workers) {
      worker.unref();
      void worker.terminate();
    }
  }
}

/** Why a file is not audited when its extraction killed a worker twice. */
function lostFile(file: WalkedFile, failure: Error): SkippedFile {
  const outOfMemory = (failure as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
  return outOfMemory
    ? { path: file.relPath, reason: 'extraction-memory', detail: `its extraction ran out of memory twice (worker heap limit ${workerHeapMb()} MB)` }
    : { path: file.relPath, reason: 'extraction-crash', detail: `its extraction stopped the worker twice: ${failure.message}` };
}

/** Why a file is not audited when its extraction ran past the hard limit (stall-guard.ts). */
function stalledFile(file: WalkedFile, stall: Stall): SkippedFile {
  return {
    path: file.relPath,
    reason: 'extraction-stalled',
    detail: `its extraction ran ${(stall.ms / 1000).toFixed(1)} s, past its hard limit of ${(stall.limitMs / 1000).toFixed(1)} s; the extraction worker was stopped and replaced, the other files read`,
  };
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
    fields.push(
      f.kind,
      String(f.size),
      f.maxBytes === undefined ? '' : String(f.maxBytes),
      f.extractors === undefined ? '' : String(f.extractors),
      f.relPath,
      abs,
    );
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
