// One extraction worker: batches of walked files in, their extractions out (see pool.ts).
import { parentPort } from 'node:worker_threads';
import type { WalkedFile } from '../discover/walk.js';
import { extractFile, type FileExtraction } from './run.js';

parentPort?.on('message', async ({ id, files }: { id: number; files: WalkedFile[] }) => {
  const results: FileExtraction[] = [];
  for (const file of files) results.push(await extractFile(file));
  parentPort!.postMessage({ id, results });
});
