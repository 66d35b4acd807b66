// The scan stage: walk the tree (discover/), read and screen each file, run the extractors that
// want it, and hand each file's outcome to the caller in walk order. A small project is scanned
// on this thread; a large tree goes to worker threads in batches, with a bounded number in
// flight so memory stays flat as the tree grows.
import { walkProjectSync, type WalkedFile } from '../discover/walk.js';
import type { Diagnostic, SkippedFile } from '../model/diagnostic.js';
import { extractFile } from './extract-file.js';
import { languageNotRead } from './languages.js';
import { capYoungGeneration } from './main-heap.js';
import { ExtractPool, extractUnlessLarge } from './pool.js';
import type { FileExtraction } from './screen.js';
import { selectExtractors } from './select.js';
import { markVendored, vendoredPaths } from './vendored.js';
import { documentedTestInputs, markTestInputs } from './test-inputs.js';
import { projectOwnNames, withoutOwnName } from './own-name.js';
import { architectureConfigName } from './architecture-configs.js';

export type { ExtractedReference, FileExtraction } from './screen.js';
export { notReadSummary } from './languages.js';

export interface ScanOptions {
  root: string;
  maxFileBytes: number;
  exclude: string[];
}

export interface ScanEvents {
  /** One file's outcome, in walk order. */
  file(result: FileExtraction): void;
  /** A path the walk left out (ignored, unreadable, a link loop...). */
  skipped(file: SkippedFile): void;
  diagnostic(diagnostic: Diagnostic): void;
  /** A source file selected but read in no language (only the Hub URL reader wants it): its language. */
  notRead?(language: string): void;
}

/**
 * The pool is made once the walk has met this many files (adopting workers bin/modelprov.js
 * started, else starting them): a large scan gets them early, a small project never uses one.
 */
const PARALLEL_AFTER_FILES = 200;
/** Files per message to a worker: amortises the message cost, small enough to balance. */
const BATCH_FILES = 64;
/** Batches a caller keeps in flight, per batch of the pool's size. */
const IN_FLIGHT_PER_SIZE = 6;

/** What the scan learnt of the project as a whole: its architecture configs' names (architecture-configs.ts). */
export interface ScanSummary {
  architectures: Set<string>;
}

export async function scanProject(options: ScanOptions, scanEvents: ScanEvents): Promise<ScanSummary> {
  const architectures = new Set<string>();
  // References in vendored copies of other projects get context `vendored` (registry vendored.yaml).
  const isVendored = vendoredPaths(options.root);
  // References in folders the project's README or contributing guide calls test inputs get context `test`.
  const isTestInput = documentedTestInputs(options.root);
  // The project's own name in a `model` field is the project answering, not a model it uses.
  const ownNames = projectOwnNames(options.root);
  const events: ScanEvents = {
    ...scanEvents,
    file: (result) => scanEvents.file(markVendored(markTestInputs(withoutOwnName(result, ownNames), isTestInput), isVendored)),
  };
  const walk = walkProjectSync(
    options.root,
    { maxFileBytes: options.maxFileBytes, exclude: options.exclude, wants: selectExtractors, sizeOnRead: true },
    { skipped: events.skipped, diagnostic: events.diagnostic },
  );
  let pool: ExtractPool | undefined;
  let poolTried = false;
  let walked = 0;
  let batch: WalkedFile[] = [];
  // Results are handled in walk order, whatever order the workers finish in: reports stay stable.
  // Batches in flight are file names and (mostly empty) results, so more may wait than twice the
  // pool's size, with which the main thread sat idle behind a worker busy with one folder of
  // large manifests (real corpus: 16 of 30 s). Not too many: at 16x the peak RSS doubled once
  // the extractors found twice the references (real corpus: 892 MB; at 6x, 397 MB).
  const inFlight: Promise<FileExtraction[]>[] = [];
  const send = async (files: WalkedFile[]) => {
    inFlight.push(pool!.run(files));
    while (inFlight.length >= pool!.size * IN_FLIGHT_PER_SIZE) (await inFlight.shift()!).forEach(events.file);
  };
  try {
    for (const file of walk) {
      const architecture = architectureConfigName(file.relPath);
      if (architecture) architectures.add(architecture);
      const language = events.notRead && languageNotRead(file);
      if (language) events.notRead!(language);
      if (++walked === PARALLEL_AFTER_FILES && !poolTried) {
        poolTried = true;
        pool = ExtractPool.create();
      }
      // A name that is not UTF-8 travels as bytes, which a batch message does not carry: read it here.
      if (!pool || file.absBytes) {
        capYoungGeneration();
        // A text file too large for this thread starts the pool at once, small project or not: a worker that stalls
        // on it can be stopped, this thread cannot (stall-guard.ts).
        const here = poolTried || file.absBytes ? await extractFile(file) : await extractUnlessLarge(file);
        if (here) {
          events.file(here);
          continue;
        }
        poolTried = true;
        pool = ExtractPool.create();
        if (!pool) {
          events.file(await extractFile(file));
          continue;
        }
      }
      batch.push(file);
      if (batch.length === BATCH_FILES) await send(batch.splice(0));
    }
    if (batch.length > 0) await send(batch);
    while (inFlight.length > 0) (await inFlight.shift()!).forEach(events.file);
  } finally {
    if (pool) pool.close();
    else ExtractPool.discardPrestarted();
  }
  return { architectures };
}
