// Runs the extractors that want a screened file and turns their raw references into located,
// contextualised References. Pure per file.
import { withoutShadowed } from '../extract/shared/shadowed.js';
import { settledHostedRoute } from '../extract/shared/hosted-route.js';
import { availableParallelism, loadavg } from 'node:os';
import type { WalkedFile } from '../discover/walk.js';
import type { Extractor } from '../extract/extractor.js';
import { extractors as allExtractors } from '../extract/index.js';
import { forgetParse } from '../extract/shared/structured.js';
import { forgetCallSites } from '../extract/shared/calls.js';
import { forgetNameHits } from '../extract/shared/model-name.js';
import { substringCollectionLines } from '../extract/shared/prefix-tests.js';
import { indexTableLines } from '../extract/shared/index-tables.js';
import { inPlaceholder, placeholderTexts } from '../extract/shared/ui-placeholders.js';
import { forgetDocstringLines, pythonDocstringLines } from '../extract/shared/python-docstrings.js';
import { withoutSchemaDocuments } from '../extract/shared/yaml-files.js';
import { ASCIIDOC_PAGE, MAN_PAGE, MARKDOWN_PAGE } from '../extract/shared/prose-files.js';
import { lineStarts, type SourceFile } from '../extract/source-file.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ReferenceContext } from '../model/reference.js';
import { isTestStandIn, namesNoModel } from '../model/ids.js';
import { detachDiagnostic, detachRaw } from './detach.js';
import { boundedReader } from './read.js';
import { rustTestModuleLines } from './rust-test-modules.js';
import { SAME_ID_CODE, sameIdElsewhere } from './same-id-echoes.js';
import { screenFile, type ExtractedReference, type ExtractOptions, type FileExtraction } from './screen.js';
import { matchingFor } from './select.js';

/** Header bytes a binary extractor may read from a model file (never the tensors). */
const BINARY_HEADER_LIMIT = 32 * 1024 * 1024;
const IGNORE_MARKER = 'modelprov: ignore';
/**
 * A file's extraction budget: once its extractors have spent this long, the rest are not run and
 * the file is listed as skipped with why. An extractor cannot be stopped midway, so this bounds a
 * pathological file to one extractor's work, never a silent drop. Far above any file of the real
 * corpus (the slowest takes a few hundred ms).
 */
export const EXTRACTION_BUDGET_MS = 5000;
const budgetFor = (size: number) => EXTRACTION_BUDGET_MS + size / 1000; // + 1 s per MB

/**
 * How many times slower than a quiet machine's the wall clock runs now: the 1-minute load average per core, at least 1.
 * The budget is wall time, so a runner shared with other jobs (load 20 on 2 cores) would skip files a quiet one reads
 * (LocalAI's gallery/index.yaml took 11.5 s there against about 1 s); the budget stretches by this factor. 1 where the
 * platform reports no load (Windows).
 */
export function machineLoad(): number {
  return Math.max(1, loadavg()[0]! / availableParallelism());
}

export async function extractFile(file: WalkedFile, extractors: readonly Extractor[] = allExtractors, options: ExtractOptions = {}): Promise<FileExtraction> {
  const screened = screenFile(file, extractors, options);
  if (!('admitted' in screened)) return screened;
  return extractText(file, screened.admitted, extractors);
}

/** Runs the extractors that want this file on its text (screenFile's), or on its header bytes for a binary model file. */
export async function extractText(
  file: WalkedFile,
  text: string,
  extractors: readonly Extractor[] = allExtractors,
  budgetMs = budgetFor(file.size),
  load: () => number = machineLoad,
): Promise<FileExtraction> {
  const matching = matchingFor(file, extractors);
  // Time spent awaiting a binary file's header reads: on a busy main thread the wait is the other files' work
  // (a 15 KB safetensors header measured 1.9 s in a whole-corpus run, 7 ms alone), not this file's.
  let waited = 0;
  const source: SourceFile =
    file.kind === 'binary'
      ? {
          relPath: file.relPath,
          size: file.size,
          text: '',
          readBytes: timedReader(boundedReader(file.absBytes ?? file.absPath, BINARY_HEADER_LIMIT), (ms) => (waited += ms)),
        }
      : // Kubernetes schemas (CRDs) name no model: their lines are read empty, by every extractor alike.
        { relPath: file.relPath, size: file.size, text: withoutSchemaDocuments(text, file.relPath) };
  const references: ExtractedReference[] = [];
  const diagnostics: Diagnostic[] = [];
  let fileContext: ReferenceContext | undefined;
  // The lines holding the ignore marker, found once a text: a test per reference of its whole line was quadratic on one
  // long line of many references (a generated 1.3 MB JSON line of 37,000: 10 s).
  let ignored: ReturnType<typeof markedLines> | undefined;
  const ignoredLine = (line: number) => {
    ignored ??= markedLines(source.text);
    // (As the line's own text would say: a line past the last or before the first is read as the whole text, line 0 as none.)
    return line >= 1 && line <= ignored.lineCount ? ignored.marked.has(line) : line !== 0 && ignored.marked.size > 0;
  };
  const started = performance.now();
  let skipped: FileExtraction['skipped'];
  for (const [at, extractor] of matching.entries()) {
    const spent = performance.now() - started - waited;
    const factor = at > 0 && spent > budgetMs ? load() : 1;
    if (at > 0 && spent > budgetMs * factor) {
      const left = matching
        .slice(at)
        .map((e) => e.name)
        .join(', ');
      const stretched = factor > 1 ? `, x${factor.toFixed(1)} for the machine's load` : '';
      skipped = {
        path: file.relPath,
        reason: 'extraction-budget',
        detail: `extraction took ${spent.toFixed(0)} ms, over its budget of ${(budgetMs * factor).toFixed(0)} ms${stretched}; not run: ${left}`,
      };
      break;
    }
    try {
      const result = await extractor.extract(source);
      diagnostics.push(...result.diagnostics.map(detachDiagnostic));
      for (const found of result.references) {
        if (source.text && ignoredLine(found.line)) continue;
        if (namesNoModel(found.id)) continue;
        // Kept to the end of the scan: none of its strings may hold the file's text alive (detach.ts).
        // A provider's route before a hosted-only name is that API's model, whichever reader found it (Extractor.keepsSources).
        const raw = extractor.keepsSources ? detachRaw(found) : settledHostedRoute(detachRaw(found));
        references.push({
          raw,
          reference: {
            path: file.relPath,
            line: raw.line,
            column: raw.column,
            extractor: extractor.name,
            snippet: raw.snippet,
            context: raw.context ?? (fileContext ??= contextOf(file.relPath, source.text)),
          },
        });
      }
    } catch (error) {
      diagnostics.push(
        detachDiagnostic({
          stage: 'extract',
          code: 'malformed-file',
          path: file.relPath,
          message: `${extractor.name} could not read ${file.relPath}: ${(error as Error)?.message ?? String(error)}`,
        }),
      );
    }
  }
  forgetParse();
  forgetCallSites();
  forgetNameHits();
  if (SAME_ID_CODE.test(file.relPath) && references.length)
    references.push(...sameIdElsewhere(references, source.text, () => (/\.pyi?$/i.test(file.relPath) ? pythonDocstringLines(source.text) : new Set())));
  if (SUBSTRING_TESTED_CODE.test(file.relPath)) recontext(references, 'capability', () => substringCollectionLines(source.text));
  // A table numbering model names 0, 1, 2, ... (a learned embedding's or a classifier's rows) names what the code scores.
  if (SUBSTRING_TESTED_CODE.test(file.relPath)) recontext(references, 'capability', () => indexTableLines(source.text));
  // A form field's placeholder (`placeholder="llama3.2"`) is example text the user types over, a comment to the reader.
  if (UI_CODE.test(file.relPath)) recontextPlaceholders(references, source.text);
  // Names in a Python docstring (a usage example under `Example::`, a parameter's `e.g. 'BAAI/bge-m3'`) are comments,
  // whichever extractor found them: the program never runs a docstring, it documents (policy.md).
  if (/\.pyi?$/i.test(file.relPath)) recontext(references, 'comment', () => pythonDocstringLines(source.text));
  // A Rust source file's `#[cfg(test)]` modules are its tests (rust-test-modules.ts).
  if (file.relPath.endsWith('.rs')) recontext(references, 'test', () => linesOf(rustTestModuleLines(source.text)));
  forgetDocstringLines();
  // A test's stand-ins for a model (`m1`, `gpt-x`) name none: tests say so by their shape alone (model/ids.ts).
  const named = references.some((r) => r.reference.context === 'test')
    ? references.filter((r) => r.reference.context !== 'test' || !isTestStandIn(r.raw.id))
    : references;
  // How long this file took, for --timings' slowest files.
  return {
    references: withoutShadowed(
      named,
      (r) => r.reference.extractor,
      (r) => r.raw,
    ),
    diagnostics,
    timing: { path: file.relPath, ms: performance.now() - started - waited },
    ...(skipped ? { skipped } : {}),
  };
}

/** The 1-based lines (`\n`-separated, as lineStarts counts them) holding the ignore marker, and how many lines there are. */
function markedLines(text: string): { marked: Set<number>; lineCount: number } {
  const marked = new Set<number>();
  let at = text.indexOf(IGNORE_MARKER);
  // (The count is only asked against marked lines, which there are none of: any line in range answers no.)
  if (at < 0) return { marked, lineCount: Infinity };
  const starts = lineStarts(text);
  for (let line = 1; at >= 0; at = text.indexOf(IGNORE_MARKER, at + 1)) {
    while (line < starts.length && starts[line]! <= at) line++;
    marked.add(line);
  }
  return { marked, lineCount: starts.length };
}

/** Code whose collections of names may be walked with a substring test (prefix-tests.ts substringCollectionLines). */
const SUBSTRING_TESTED_CODE = /\.(?:py|[cm]?[jt]sx?)$/i;
/** Code and markup that may build a form: React/Vue/Svelte components, HTML pages, Python UIs (Gradio, Streamlit). */
const UI_CODE = /\.(?:py|[cm]?[jt]sx?|html?|vue|svelte)$/i;

/** References of context `code` whose model is the text of a placeholder on their line become `comment`s. */
function recontextPlaceholders(references: ExtractedReference[], text: string): void {
  if (!references.some((r) => r.reference.context === 'code')) return;
  const texts = placeholderTexts(text);
  if (!texts.size) return;
  for (const r of references) {
    const shown = r.reference.context === 'code' ? texts.get(r.reference.line) : undefined;
    if (shown && inPlaceholder(r.raw.id, shown)) r.reference.context = 'comment';
  }
}

/**
 * References of context `code` on the lines `linesOf` gives (computed only when there is one) get `context` instead:
 * substring-tested name lists are capabilities, Python docstrings comments, Rust test modules tests.
 */
function recontext(references: ExtractedReference[], context: ReferenceContext, linesOf: () => ReadonlySet<number>): void {
  if (!references.some((r) => r.reference.context === 'code')) return;
  const lines = linesOf();
  if (!lines.size) return;
  for (const r of references) if (r.reference.context === 'code' && lines.has(r.reference.line)) r.reference.context = context;
}

/** The lines of these 1-based inclusive ranges. */
function linesOf(ranges: readonly [number, number][]): Set<number> {
  const lines = new Set<number>();
  for (const [from, to] of ranges) for (let line = from; line <= to; line++) lines.add(line);
  return lines;
}

/** A header reader that reports how long each read was awaited. */
function timedReader(read: ReturnType<typeof boundedReader>, onWait: (ms: number) => void): ReturnType<typeof boundedReader> {
  return async (start, length) => {
    const at = performance.now();
    try {
      return await read(start, length);
    } finally {
      onWait(performance.now() - at);
    }
  };
}

// (A folder named for a kind of test counts: `integration-tests/`, `integration_tests/`, `unit_tests/`, `load_tests/`.)
const TEST_PATH =
  /(^|\/)(?:(?:integration|unit|e2e|load|functional|system|smoke|acceptance|regression)[-_])?(tests?|__tests__|spec|e2e)\/|(^|\/)test_[^/]*$|[._-](test|spec)\.[a-z]+$|_test\.[a-z]+$/i;
const DOCS_DIR = /(^|\/)docs?\//i;
const DEPLOY_PATH =
  /(^|\/)(Dockerfile[^/]*|Containerfile|[^/]*\.Dockerfile|(docker-)?compose[^/]*\.ya?ml|Modelfile[^/]*|[^/]*\.Modelfile|Makefile|[^/]*\.sh|Procfile)$|(^|\/)(k8s|kubernetes|helm|charts|deploy|deployment|\.github\/workflows|\.gitlab-ci)(\/|\.|$)/i;
const CONFIG_PATH = /\.(ya?ml|json|toml|ini|cfg|conf|env)$|(^|\/)\.env(\.[^/]*)?$|(^|\/)requirements[^/]*\.txt$/i;

/**
 * A Kubernetes manifest (top-level `apiVersion:` and `kind:`): something `kubectl apply` deploys.
 * Read from the first 4 KB, where a manifest's header stands.
 */
const isManifest = (text: string) => {
  const head = text.slice(0, 4096);
  return /^apiVersion:[ \t]*\S/m.test(head) && /^kind:[ \t]*\S/m.test(head);
};

/**
 * A bill of materials (CycloneDX `"bomFormat": "CycloneDX"`, SPDX `"spdxVersion"`, in JSON or YAML):
 * an inventory a tool wrote, a document about models rather than a place that configures one.
 * Read from the first 4 KB, where both formats put their header.
 */
const isBillOfMaterials = (text: string) => /["']?(?:bomFormat["']?\s*:\s*["']?CycloneDX|spdxVersion["']?\s*:)/.test(text.slice(0, 4096));

/**
 * A recorded HTTP cassette (vcr for R and Ruby: `http_interactions:`, VCR.py: `interactions:`, each a `- request:` then
 * its `response:`): the requests a test, an example or a vignette once sent, replayed instead of the API. Wherever it
 * sits (R packages keep the examples' and vignettes' in `inst/_vcr/`, `vignettes/_vcr/`), a test fixture. Read from the
 * first 4 KB. https://docs.ropensci.org/vcr/ , https://vcrpy.readthedocs.io/en/latest/
 */
const isCassette = (text: string) => /^(?:http_)?interactions:[ \t]*\r?\n-[ \t]+request:/m.test(text.slice(0, 4096));

/**
 * A release note written for reno (`releasenotes/notes/<slug>-<uuid>.yaml`, reno's layout: `features:`, `upgrade:`,
 * `fixes:` ... each a list of reStructuredText paragraphs): prose about a change, its code examples included, not a
 * configuration (deepset-ai/haystack's 1,276 notes; OpenStack projects, Qiskit). https://docs.openstack.org/reno/latest/user/usage.html
 */
const RENO_NOTE = /(^|\/)releasenotes\/notes\/[^/]+\.ya?ml$/i;

/**
 * A licence or notice text (`LICENSE`, `LICENSE.txt`, `MODEL_LICENSE`, `Notice`, `COPYING`): prose, whatever links it
 * holds (Tencent/Tencent-Hunyuan-Large's LICENSE.txt defines the licensed model by its Hub page).
 */
const LEGAL_TEXT = /(?:^|\/)(?:[\w-]*[-_])?(?:licen[cs]es?|notices?|copying|copyright)(?:[-_][\w-]*)?(?:\.(?:txt|text))?$/i;

/**
 * Where a reference sits, when the extractor did not say: from its path, and for YAML from what the
 * file is. A deployable manifest is a deployment file wherever it sits (`docs/samples/*.yaml` is
 * applied as written); under a test path it deploys a test, so it stays a test.
 */
export function contextOf(relPath: string, text?: string): ReferenceContext {
  if (TEST_PATH.test(relPath)) return 'test';
  if (DEPLOY_PATH.test(relPath)) return 'deploy';
  if (text && /\.ya?ml$/i.test(relPath) && isManifest(text)) return 'deploy';
  if (text && /\.(json|ya?ml)$/i.test(relPath) && isBillOfMaterials(text)) return 'docs';
  if (text && /\.ya?ml$/i.test(relPath) && isCassette(text)) return 'test';
  if (RENO_NOTE.test(relPath) || LEGAL_TEXT.test(relPath)) return 'docs';
  if (
    MARKDOWN_PAGE.test(relPath) ||
    ASCIIDOC_PAGE.test(relPath) ||
    MAN_PAGE.test(relPath) ||
    /\.rst$/i.test(relPath) ||
    (DOCS_DIR.test(relPath) && !/\.(py|[cm]?[jt]sx?|ipynb)$/i.test(relPath))
  )
    return 'docs';
  if (CONFIG_PATH.test(relPath)) return 'config';
  return 'code';
}
