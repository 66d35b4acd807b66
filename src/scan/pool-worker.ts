// One extraction worker: batches of walked files in, their extractions out (see pool.ts), or texts
// the main thread already screened in, for the extractors alone (and large files it left unread). Most files hold no reference:
// only non-empty results cross back, to keep messages small.
import { parentPort, workerData } from 'node:worker_threads';
import { unpackFiles } from './pool.js';
import { extractFile, extractText } from './extract-file.js';
import type { FileExtraction } from './screen.js';
import { FileProgress } from './stall-guard.js';

/** A file slower than this crosses back even with nothing found: --timings names the slowest. */
const SLOW_FILE_MS = 20;
/** Which file this worker is on, for the pool's watchdog (stall-guard.ts). */
const progress = workerData?.progress instanceof SharedArrayBuffer ? new FileProgress(workerData.progress) : undefined;

parentPort?.on('message', async ({ id, files, texts }: { id: number; files: string; texts?: (string | null)[] }) => {
  const found: [number, FileExtraction][] = [];
  for (const [index, file] of unpackFiles(files).entries()) {
    // A null text: a file the main thread left unread (too large to hold there), read here.
    const text = texts?.[index];
    progress?.begin(id, index);
    const result = typeof text === 'string' ? await extractText(file, text) : await extractFile(file);
    progress?.end();
    if (result.references.length > 0 || result.diagnostics.length > 0 || result.skipped || (result.timing?.ms ?? 0) >= SLOW_FILE_MS)
      found.push([index, result]);
  }
  parentPort!.postMessage({ id, found });
});
// Loaded: the pool stops extracting everything on the main thread.
parentPort?.postMessage({ ready: true });
