// The findings a report can raise, with stable ids (SARIF ruleIds, annotation titles). Policy
// rules add their own ids; these are the built-in ones every format explains the same way.
import { familyBasis } from '../model/origin.js';
import type { ModelReport } from '../model/report.js';

export type BuiltInFinding = 'chinese-origin' | 'lineage-incomplete' | 'licence-drift' | 'suspected-base';

export const FINDINGS = {
  'chinese-origin': {
    title: 'Model of Chinese origin',
    description: 'The model, or a model on its declared lineage, belongs to a family from a Chinese organisation.',
  },
  'lineage-incomplete': {
    title: 'Lineage incomplete',
    description: 'Part of the lineage could not be read (missing, private, gated, rate limited, offline, cycle or depth cap).',
  },
  'licence-drift': { title: 'Licence drift', description: "The model declares a licence more permissive than, or inconsistent with, its root model's." },
  'suspected-base': {
    title: 'Undeclared base suspected',
    description: 'The model declares no base, but its configuration fingerprint matches another family.',
  },
} satisfies Record<BuiltInFinding, { title: string; description: string }>;

/** Built-in findings that hold for a model. */
export function builtInFindings(model: ModelReport): BuiltInFinding[] {
  const found: BuiltInFinding[] = [];
  if (model.origin.chineseOrigin === true) found.push('chinese-origin');
  if (model.lineage.status !== 'resolved') found.push('lineage-incomplete');
  if (model.licenceFindings.some((f) => f.kind === 'licence-drift')) found.push('licence-drift');
  if (model.origin.suspectedBases?.length) found.push('suspected-base');
  return found;
}

/** One line: the lineage path to the roots, with families and countries. */
export function originSummary(model: ModelReport): string {
  const families = familyBasis(model.origin, model.origin.families, { organisation: true, lineage: { start: model.id, edges: model.lineage.edges } });
  const roots = model.lineage.roots.filter((r) => r !== model.id);
  const answer = model.origin.chineseOrigin === null ? 'cannot tell' : model.origin.chineseOrigin ? 'yes' : 'no';
  const parts = [`Chinese origin: ${answer}${model.origin.confidence ? ` (${model.origin.confidence} confidence)` : ''}`];
  if (roots.length) parts.push(`roots: ${roots.join(', ')}`);
  if (families.length) parts.push(`families: ${families.join('; ')}`);
  if (model.lineage.problems.length) parts.push(`lineage ${model.lineage.status}: ${model.lineage.problems.join('; ')}`);
  return parts.join('. ');
}

/**
 * Each path from the model down to a root, e.g. "a/ft ─finetune→ Qwen/Qwen2.5-7B-Instruct ─finetune→ Qwen/Qwen2.5-7B".
 * Merges fan out, so at most `limit` paths are spelled out.
 */
export function lineagePaths(model: ModelReport, limit = 4): string[] {
  const parentsOf = new Map<string, { parent: string; relation: string }[]>();
  for (const e of model.lineage.edges) parentsOf.set(e.child, [...(parentsOf.get(e.child) ?? []), { parent: e.parent, relation: e.relation }]);
  const paths: string[] = [];
  const walk = (id: string, text: string, seen: Set<string>) => {
    if (paths.length >= limit) return;
    const parents = (parentsOf.get(id) ?? []).filter((p) => !seen.has(p.parent));
    if (parents.length === 0) {
      if (id !== model.id) paths.push(text);
      return;
    }
    for (const p of parents) walk(p.parent, `${text} ─${p.relation}→ ${p.parent}`, new Set([...seen, p.parent]));
  };
  walk(model.id, model.id, new Set([model.id]));
  return paths;
}

/** The strongest evidence first, one clause each: "declared-base: ... (high)". */
export function evidenceSummary(model: ModelReport, limit = 5): string[] {
  const rank = { high: 0, medium: 1, low: 2 } as const;
  return [...model.origin.evidence]
    .sort((a, b) => rank[a.confidence ?? 'medium'] - rank[b.confidence ?? 'medium'])
    .slice(0, limit)
    .map((e) => `${e.kind}${e.node && !e.detail.includes(e.node) ? ` on ${e.node}` : ''}: ${e.detail}${e.confidence ? ` (${e.confidence})` : ''}`);
}

/**
 * The roots a summary row shows: the model's own roots, or, when it has none but itself, "(itself)"
 * if its lineage was read and "unknown" if not (an unresolved model's base is not known to be none).
 */
export function rootsForRow(model: ModelReport): { roots: string[]; note?: '(itself)' | 'unknown' } {
  const roots = model.lineage.roots.filter((r) => r !== model.id);
  if (roots.length) return { roots };
  return { roots, note: model.lineage.status === 'resolved' ? '(itself)' : 'unknown' };
}

/** Why a model is of Chinese origin: each Chinese family, the node it came through and the evidence kinds. */
export function chineseBasis(model: ModelReport): string[] {
  return familyBasis(
    model.origin,
    model.origin.families.filter((f) => f.country === 'CN' && f.confidence !== 'low'),
    { organisation: true, lineage: { start: model.id, edges: model.lineage.edges } },
  );
}

/** "path model: " before a problem's message; nothing when the problem names neither (was a bare "-" or ": "). */
export function problemWhere(error: { path?: string; model?: string }, escape: (text: string) => string): string {
  const where = [error.path, error.model].filter(Boolean).join(' ');
  return where ? `${escape(where)}: ` : '';
}
