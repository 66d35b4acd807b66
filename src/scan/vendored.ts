// Which files of the audited tree are vendored copies of another project (src/registry/vendored.yaml):
// `vendor/`, `third_party/` folders, and the files of well-known tools copied whole (llama.cpp's
// converters). Their references get context `vendored`, unless the audited project is that upstream.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  return (relPath) => {
    const parts = relPath.split('/');
    return files.has(parts.at(-1)!) || parts.slice(0, -1).some((p) => folders.has(p));
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
