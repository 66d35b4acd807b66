// The order a reviewer reads a model's references in: the line that runs the model first, the
// docs and tests that only mention it last. Reports show the first few, so the order decides
// whether the code line is seen or hides in "+8 more".
import type { Reference } from '../model/reference.js';

export type ReferenceKind = 'code' | 'config' | 'deploy' | 'notebook' | 'capability' | 'docs' | 'comment' | 'test' | 'vendored';

const RANK: Record<ReferenceKind, number> = { code: 0, config: 1, deploy: 2, notebook: 3, capability: 4, docs: 5, comment: 6, test: 7, vendored: 8 };

/** A reference's kind for ordering: a notebook's code cells are their own kind (run by hand, not by the app). */
export function referenceKind(ref: Pick<Reference, 'path' | 'context'>): ReferenceKind {
  if (ref.context === 'code' && /\.ipynb$/i.test(ref.path)) return 'notebook';
  return ref.context;
}

/** Code, config, deploy, notebook, capability lists, docs, comments, tests; within a kind by path and line. Returns a new array. */
export function orderedReferences<T extends Pick<Reference, 'path' | 'line' | 'context'> & { column?: number }>(refs: readonly T[]): T[] {
  return [...refs].sort(
    (a, b) =>
      RANK[referenceKind(a)] - RANK[referenceKind(b)] ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

/**
 * Policy findings carry bare locations; give them the kind of the model's reference at that place
 * (unknown places sort last) and order them the same way.
 */
export function orderedLocations<T extends { path: string; line: number; column: number }>(locations: readonly T[], refs: readonly Reference[]): T[] {
  const kindAt = new Map(refs.map((r) => [`${r.path}:${r.line}:${r.column}`, r.context]));
  const withContext = locations.map((l) => ({
    l,
    path: l.path,
    line: l.line,
    column: l.column,
    context: kindAt.get(`${l.path}:${l.line}:${l.column}`) ?? ('test' as const),
  }));
  return orderedReferences(withContext).map((x) => x.l);
}
