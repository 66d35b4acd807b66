// Which files of the audited tree are vendored copies of another project (src/registry/vendored.yaml):
// `vendor/`, `third_party/` folders, and the files of well-known tools copied whole (llama.cpp's
// converters). Their references get context `vendored`, unless the audited project is that upstream, or the file is a
// notebook in a folder of notebooks and docs (a cookbook's guide to a third party, not a copy of its code).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readRegistryFile } from '../registry/load.js';
import type { FileExtraction } from './screen.js';

interface Upstream {
  project: string;
  files?: string[];
  folders?: string[];
}

/** Contexts a vendored file's references trade for `vendored` (comments, docs and tests keep theirs). */
const GATED = new Set(['code', 'config', 'deploy']);

/** A test of relative paths for vendored code, given the audited root (whose README title names the project). */
export function vendoredPaths(root: string): (relPath: string) => boolean {
  const doc = readRegistryFile('vendored.yaml') as { folders?: string[]; upstreams?: Upstream[] };
  const title = readmeTitle(root);
  const upstreams = (doc.upstreams ?? []).filter((u) => !title || !sameName(title, u.project));
  const folders = new Set([...(doc.folders ?? []), ...upstreams.flatMap((u) => u.folders ?? [])]);
  const files = new Set(upstreams.flatMap((u) => u.files ?? []));
  const guides = guideFolders(root);
  return (relPath) => {
    const parts = relPath.split('/');
    if (files.has(parts.at(-1)!)) return true;
    if (!parts.slice(0, -1).some((p) => folders.has(p))) return false;
    // A notebook is read, never built or imported: one in a folder that holds no code beside it is the project's own
    // guide to that third party (anthropic-cookbook's third_party/LlamaIndex/, semantic-kernel's samples/.../third_party/),
    // not a copy of someone's code.
    return !(relPath.endsWith('.ipynb') && guides(dirname(relPath)));
  };
}

/** Source files: a folder holding one beside its notebooks is code (a vendored package's own test notebook stays vendored). */
const CODE_FILE = /\.(py|pyx|c|cc|cpp|cxx|h|hpp|cu|js|mjs|cjs|ts|tsx|go|rs|java|kt|scala|cs|rb|php|swift|m|mm|r|jl|lua|sh)$/i;

/** Whether a folder of the audited tree holds no source file (only notebooks, Markdown, data), asked once per folder. */
function guideFolders(root: string): (relDir: string) => boolean {
  const seen = new Map<string, boolean>();
  return (relDir) => {
    let guide = seen.get(relDir);
    if (guide === undefined) {
      try {
        guide = !readdirSync(join(root, relDir), { withFileTypes: true }).some((e) => e.isFile() && CODE_FILE.test(e.name));
      } catch {
        guide = false; // unreadable: keep the folder's convention
      }
      seen.set(relDir, guide);
    }
    return guide;
  };
}

/** The file's references in vendored code, with context `vendored`. */
export function markVendored(result: FileExtraction, isVendored: (relPath: string) => boolean): FileExtraction {
  if (!result.references.length || !isVendored(result.references[0]!.reference.path)) return result;
  return {
    ...result,
    references: result.references.map((r) => (GATED.has(r.reference.context) ? { ...r, reference: { ...r.reference, context: 'vendored' } } : r)),
  };
}

/** The first Markdown heading of the root README (`# llama.cpp`), if any. */
function readmeTitle(root: string): string | undefined {
  for (const name of ['README.md', 'readme.md', 'README.MD', 'Readme.md']) {
    try {
      const head = readFileSync(join(root, name), 'utf8').slice(0, 4000);
      return /^#\s+(.+)$/m.exec(head)?.[1]?.trim();
    } catch {
      // none under this name
    }
  }
  return undefined;
}

const sameName = (title: string, project: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9.]/g, '')
    .startsWith(project.toLowerCase());
