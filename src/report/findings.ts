// The findings a report can raise, with stable ids (SARIF ruleIds, annotation titles). Policy
// rules add their own ids; these are the built-in ones every format explains the same way.
import type { ModelReport } from '../model/report.js';

export type BuiltInFinding = 'chinese-origin' | 'lineage-incomplete' | 'licence-drift' | 'suspected-base';

export const FINDINGS = {
  'chinese-origin': { title: 'Model of Chinese origin', description: 'The model, or a model on its declared lineage, belongs to a family from a Chinese organisation.' },
  'lineage-incomplete': { title: 'Lineage incomplete', description: 'Part of the lineage could not be read (missing, private, gated, rate limited, offline, cycle or depth cap).' },
  'licence-drift': { title: 'Licence drift', description: 'The model declares a licence more permissive than, or inconsistent with, its root model\'s.' },
  'suspected-base': { title: 'Undeclared base suspected', description: 'The model declares no base, but its configuration fingerprint matches another family.' },
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
  const families = [...new Map(model.origin.families.map((f) => [`${f.familyId}`, `${f.family} (${f.organisation}, ${f.country}) via ${f.via}`])).values()];
  const roots = model.lineage.roots.filter((r) => r !== model.id);
  const parts = [`Chinese origin: ${model.origin.chineseOrigin === null ? 'cannot tell' : model.origin.chineseOrigin ? 'yes' : 'no'}`];
  if (roots.length) parts.push(`roots: ${roots.join(', ')}`);
  if (families.length) parts.push(`families: ${families.join('; ')}`);
  if (model.lineage.problems.length) parts.push(`lineage ${model.lineage.status}: ${model.lineage.problems.join('; ')}`);
  return parts.join('. ');
}
