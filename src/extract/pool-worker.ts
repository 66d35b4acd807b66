// One extraction worker: batches of walked files in, their extractions out (see pool.ts).
// Most files hold no reference: only non-empty results cross back, to keep messages small.
import { parentPort } from 'node:worker_threads';
import { unpackFiles } from './pool.js';
import { extractFile, type FileExtraction } from './run.js';

parentPort?.on('message', async ({ id, files }: { id: number; files: string }) => {
  const found: [number, FileExtraction][] = [];
  for (const [index, file] of unpackFiles(files).entries()) {
    const result = await extractFile(file);
    if (result.references.length > 0 || result.diagnostics.length > 0 || result.skipped) found.push([index, result]);
  }
  parentPort!.postMessage({ id, found });
});
// Loaded: the pool stops extracting everything on the main thread.
parentPort?.postMessage({ ready: true });
