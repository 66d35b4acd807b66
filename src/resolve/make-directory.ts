// `mkdir -p` for the lineage cache and snapshot exports, without Node's `{ recursive: true }`:
// where a parent exists but cannot hold children (procfs, `MODELPROV_CACHE_DIR=/proc/x`; a link
// to a missing disk) the kernel answers ENOENT, Node's recursive mkdir makes the parent again and
// retries, forever, at full CPU (Node 20 and 22; the audit never ended). Here each folder is
// made once, from the first missing one down, and ENOENT under a parent that exists is final.
import { mkdir } from 'node:fs';
import { dirname, resolve } from 'node:path';

const makeOne = (path: string) => new Promise<NodeJS.ErrnoException | null>((done) => mkdir(path, (error) => done(error ?? null)));

/** Makes the folder and its missing parents; the error that stopped it, or null. */
export async function makeDirectory(path: string): Promise<NodeJS.ErrnoException | null> {
  const missing: string[] = [];
  for (let at = resolve(path); ; at = dirname(at)) {
    const error = await makeOne(at);
    if (!error || error.code === 'EEXIST') break;
    if (error.code !== 'ENOENT' || dirname(at) === at) return error;
    missing.push(at);
  }
  for (const folder of missing.reverse()) {
    const error = await makeOne(folder);
    if (error && error.code !== 'EEXIST') return error;
  }
  return null;
}
