// The extract stage: for one walked file, read it once, run every extractor that wants it, and
// turn raw references into located, contextualised References. Pure per file.
import { boundedReader, decodeText, readFileBytes, textEncoding, type WalkedFile } from '../discover/walk.js';
import { lineStarts, type SourceFile } from '../discover/source-file.js';
import type { Diagnostic, SkippedFile } from '../model/diagnostic.js';
import type { RawReference, Reference, ReferenceContext } from '../model/reference.js';
import type { Extractor } from './extractor.js';
import { extractors as allExtractors } from './index.js';
import { literalTextBuffer } from './literal-scan.js';
import { mayHoldReference, mayHoldReferenceInBytes } from './prefilter.js';

/** Header bytes a binary extractor may read from a model file (never the tensors). */
const BINARY_HEADER_LIMIT = 32 * 1024 * 1024;
const IGNORE_MARKER = 'modelprov: ignore';
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
}

/** Which kind of read a path needs, or false when no extractor wants it. */
export function wantsPath(relPath: string, extractors: readonly Extractor[] = allExtractors): 'text' | 'binary' | false {
  let wanted: 'text' | 'binary' | false = false;
  for (const extractor of extractors) {
    if (!extractor.matches(relPath)) continue;
    if (!extractor.binary) return 'text';
    wanted = 'binary';
  }
  return wanted;
}

/** The kind of read a path needs, with the built-in extractors that want it as a bitmask (see WalkedFile.extractors). */
export type Selection = { kind: 'text' | 'binary'; extractors: number };
const selections = new Map<number, Selection>();
// A mask is a 32-bit integer in JavaScript's bitwise operators.
if (allExtractors.length > 30) throw new Error('selectExtractors: more extractors than bits in a mask');

/** Built-in extractors whose path test reads the file name alone, and those that read folders too. */
const byName = allExtractors.flatMap((e, i) => (e.matchesName ? [i] : []));
const byPath = allExtractors.flatMap((e, i) => (e.matchesName ? [] : [i]));
const binaryMask = allExtractors.reduce((mask, e, i) => (e.binary ? mask | (1 << i) : mask), 0);
/** Masks of the name-only extractors by file name (names repeat across a tree: index.ts, config.yaml). */
const nameMasks = new Map<string, number>();
const NAME_MASKS_KEPT = 20_000;

function nameMask(name: string): number {
  let mask = nameMasks.get(name);
  if (mask === undefined) {
    mask = 0;
    for (const i of byName) if (allExtractors[i]!.matches(name)) mask |= 1 << i;
    if (nameMasks.size >= NAME_MASKS_KEPT) nameMasks.clear();
    nameMasks.set(name, mask);
  }
  return mask;
}

/**
 * wantsPath for the built-in extractors, remembering which matched: the walk stores the mask on
 * the file, so no thread tests the ~15 path patterns of a file again.
 */
export function selectExtractors(relPath: string, name = relPath.slice(relPath.lastIndexOf('/') + 1)): Selection | false {
  let mask = nameMask(name);
  for (const i of byPath) if (allExtractors[i]!.matches(relPath)) mask |= 1 << i;
  if (mask === 0) return false;
  const text = (mask & ~binaryMask) !== 0;
  const key = text ? mask : -mask;
  let selection = selections.get(key);
  if (!selection) selections.set(key, (selection = { kind: text ? 'text' : 'binary', extractors: mask }));
  return selection;
}

const fromMask = new Map<number, Extractor[]>();

/** The extractors to run on a file, of its kind (text extractors for text, header readers for binaries). */
function matchingFor(file: WalkedFile, extractors: readonly Extractor[]): Extractor[] {
  const binary = file.kind === 'binary';
  if (extractors !== allExtractors || file.extractors === undefined) return extractors.filter((e) => e.matches(file.relPath) && binary === !!e.binary);
  const key = binary ? -file.extractors : file.extractors;
  let list = fromMask.get(key);
  if (!list) fromMask.set(key, (list = allExtractors.filter((e, i) => (file.extractors! & (1 << i)) !== 0 && binary === !!e.binary)));
  return list;
}

/** The outcome of most files (shared and frozen: a large tree yields it tens of thousands of times). */
const NOTHING: FileExtraction = Object.freeze({ references: Object.freeze([]) as unknown as ExtractedReference[], diagnostics: Object.freeze([]) as unknown as Diagnostic[] });

/** Files are read straight into the prefilter's word search (see literal-scan.ts), when it runs here. */
let readBuffer: Buffer | undefined;

export interface ExtractOptions {
  /** Skip files no accepting extractor can find anything in (see prefilter.ts); on unless false. */
  prefilter?: boolean;
}

/** A text file that passed the prefilter, decoded: what extractText needs. */
export interface AdmittedText {
  admitted: string;
}

export async function extractFile(file: WalkedFile, extractors: readonly Extractor[] = allExtractors, options: ExtractOptions = {}): Promise<FileExtraction> {
  const screened = screenFile(file, extractors, options);
  if (!('admitted' in screened)) return screened;
  return extractText(file, screened.admitted, extractors);
}

/**
 * The cheap part of extracting a file: read it, turn it away when no extractor can find anything
 * (or it is binary, unreadable, modelprov's own output). A text that may hold references comes
 * back decoded, for extractText; binary model files are read by extractText alone.
 */
export function screenFile(file: WalkedFile, extractors: readonly Extractor[] = allExtractors, options: ExtractOptions = {}): FileExtraction | AdmittedText {
  const matching = matchingFor(file, extractors);
  if (matching.length === 0) return NOTHING;
  if (file.kind === 'binary') return { admitted: '' };
  const bytes = readFileBytes(file, (readBuffer ??= literalTextBuffer()));
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

/** Runs the extractors that want this file on its text (screenFile's), or on its header bytes for a binary model file. */
export async function extractText(file: WalkedFile, text: string, extractors: readonly Extractor[] = allExtractors): Promise<FileExtraction> {
  const matching = matchingFor(file, extractors);
  const source: SourceFile =
    file.kind === 'binary'
      ? { relPath: file.relPath, size: file.size, text: '', readBytes: boundedReader(file.absPath, BINARY_HEADER_LIMIT) }
      : { relPath: file.relPath, size: file.size, text };
  const references: ExtractedReference[] = [];
  const diagnostics: Diagnostic[] = [];
  let starts: number[] | undefined;
  const lineText = (line: number) => {
    starts ??= lineStarts(source.text);
    return source.text.slice(starts[line - 1] ?? 0, starts[line] ?? source.text.length);
  };
  for (const extractor of matching) {
    try {
      const result = await extractor.extract(source);
      diagnostics.push(...result.diagnostics);
      for (const raw of result.references) {
        if (source.text && lineText(raw.line).includes(IGNORE_MARKER)) continue;
        references.push({
          raw,
          reference: {
            path: file.relPath,
            line: raw.line,
            column: raw.column,
            extractor: extractor.name,
            snippet: raw.snippet,
            context: raw.context ?? contextOf(file.relPath),
          },
        });
      }
    } catch (error) {
      diagnostics.push({
        stage: 'extract',
        code: 'malformed-file',
        path: file.relPath,
        message: `${extractor.name} could not read ${file.relPath}: ${(error as Error)?.message ?? String(error)}`,
      });
    }
  }
  return { references, diagnostics };
}

const TEST_PATH = /(^|\/)(tests?|__tests__|spec|e2e)\/|(^|\/)test_[^/]*$|[._-](test|spec)\.[a-z]+$|_test\.[a-z]+$/i;
const DOCS_DIR = /(^|\/)docs?\//i;
const DEPLOY_PATH = /(^|\/)(Dockerfile[^/]*|Containerfile|[^/]*\.Dockerfile|(docker-)?compose[^/]*\.ya?ml|Modelfile[^/]*|[^/]*\.Modelfile|Makefile|[^/]*\.sh|Procfile)$|(^|\/)(k8s|kubernetes|helm|charts|deploy|deployment|\.github\/workflows|\.gitlab-ci)(\/|\.|$)/i;
const CONFIG_PATH = /\.(ya?ml|json|toml|ini|cfg|conf|env)$|(^|\/)\.env(\.[^/]*)?$|(^|\/)requirements[^/]*\.txt$/i;

/** Where a reference sits, from its path, when the extractor did not say. */
export function contextOf(relPath: string): ReferenceContext {
  if (TEST_PATH.test(relPath)) return 'test';
  if (DEPLOY_PATH.test(relPath)) return 'deploy';
  if (/\.(md|mdx|rst)$/i.test(relPath) || (DOCS_DIR.test(relPath) && !/\.(py|[cm]?[jt]sx?|ipynb)$/i.test(relPath))) return 'docs';
  if (CONFIG_PATH.test(relPath)) return 'config';
  return 'code';
}
