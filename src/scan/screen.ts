// The cheap part of scanning a file: read it, and turn it away when no extractor can find anything
// in it (or it is binary, unreadable, or modelprov's own output).
import type { WalkedFile } from '../discover/walk.js';
import type { Extractor } from '../extract/extractor.js';
import { extractors as allExtractors } from '../extract/index.js';
import type { Diagnostic, SkippedFile } from '../model/diagnostic.js';
import type { RawReference, Reference } from '../model/reference.js';
import { mayHoldReference, mayHoldReferenceInBytes } from './prefilter.js';
import { decodeText, readFileBytes, textEncoding } from './read.js';
import { matchingFor } from './select.js';

/** The openings of what modelprov writes, and how the skipped list names each (a committed baseline, say). */
const OWN_OUTPUTS: [RegExp, string][] = [
  [/"generatedBy"\s*:\s*"modelprov /, 'the modelprov lockfile (its models are read by --locked, not as references)'],
  [/"driver"\s*:\s*\{\s*"name"\s*:\s*"modelprov"/, 'a modelprov SARIF log'],
  [/"name"\s*:\s*"modelprov"\s*,\s*"version"[\s\S]{0,200}"bomFormat"|"bomFormat"[\s\S]{0,400}"name"\s*:\s*"modelprov"/, 'a modelprov CycloneDX BOM'],
  [/"tool"\s*:\s*\{\s*"name"\s*:\s*"modelprov"/, 'a modelprov JSON report (a baseline, say)'],
];

/** Which of modelprov's own outputs this text is, if any. */
function ownOutput(text: string): string | undefined {
  const head = text.slice(0, 2000);
  return OWN_OUTPUTS.find(([opening]) => opening.test(head))?.[1];
}

export interface ExtractedReference {
  raw: RawReference;
  reference: Reference;
}

export interface FileExtraction {
  references: ExtractedReference[];
  diagnostics: Diagnostic[];
  skipped?: SkippedFile;
  /** Wall time of the extractors on this file (ms), for --timings. */
  timing?: { path: string; ms: number };
}

/** The outcome of most files (shared and frozen: a large tree yields it tens of thousands of times). */
const NOTHING: FileExtraction = Object.freeze({
  references: Object.freeze([]) as unknown as ExtractedReference[],
  diagnostics: Object.freeze([]) as unknown as Diagnostic[],
});

export interface ExtractOptions {
  /** Skip files no accepting extractor can find anything in (see prefilter.ts); on unless false. */
  prefilter?: boolean;
}

/** A text file that passed the prefilter, decoded: what extractText needs. */
export interface AdmittedText {
  admitted: string;
}

/**
 * The cheap part of extracting a file: read it, turn it away when no extractor can find anything
 * (or it is binary, unreadable, modelprov's own output). A text that may hold references comes
 * back decoded, for extractText; binary model files are read by extractText alone.
 */
export function screenFile(file: WalkedFile, extractors: readonly Extractor[] = allExtractors, options: ExtractOptions = {}): FileExtraction | AdmittedText {
  return screen(file, extractors, options) as FileExtraction | AdmittedText;
}

/** A file left to another thread to read and extract whole: its size. */
export interface LeftOver {
  leftOver: number;
}

/** screenFile, except that a text file larger than `leaveOver` bytes is not read (see pool.ts). */
export function screenUpTo(file: WalkedFile, leaveOver: number): FileExtraction | AdmittedText | LeftOver {
  return screen(file, allExtractors, {}, leaveOver);
}

function screen(file: WalkedFile, extractors: readonly Extractor[], options: ExtractOptions, leaveOver?: number): FileExtraction | AdmittedText | LeftOver {
  const matching = matchingFor(file, extractors);
  if (matching.length === 0) return NOTHING;
  if (file.kind === 'binary') return { admitted: '' };
  const bytes = leaveOver === undefined ? readFileBytes(file) : readFileBytes(file, undefined, leaveOver);
  if ('leftOver' in bytes) return bytes;
  if ('skip' in bytes) return { references: [], diagnostics: [], skipped: bytes.skip };
  const encoding = textEncoding(bytes.bytes);
  // Most files are turned away on their bytes, never decoded.
  const admitted = options.prefilter === false || (encoding === 'utf8' ? mayHoldReferenceInBytes(bytes.bytes, matching) : undefined);
  if (admitted === false) return NOTHING;
  const read = decodeText(file, bytes.bytes, encoding);
  if ('skip' in read) return { references: [], diagnostics: [], skipped: read.skip };
  if (admitted === undefined && !mayHoldReference(read.text, matching)) return NOTHING;
  // modelprov's own reports and BOMs (a committed baseline, say) list models without using them.
  const own = ownOutput(read.text);
  if (own) return { references: [], diagnostics: [], skipped: { path: file.relPath, reason: 'ignored', detail: own } };
  return { admitted: read.text };
}
