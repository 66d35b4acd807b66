// `--group-by family|verdict`: a table of a thousand models read as a few groups. Family groups
// follow the Origin column (a model is filed under its first family there, Chinese ones first);
// Chinese-origin groups come first, then the larger groups; models with no family come last.
import type { Report } from '../model/report.js';
import { originLabel, type ErrorIndex } from './origin-label.js';

export type GroupBy = 'family' | 'verdict';
export const GROUP_BY: readonly GroupBy[] = ['family', 'verdict'];

export interface ModelGroup {
  title: string;
  /** Indices into report.models, in report order. */
  indices: number[];
}

export function modelGroups(report: Report, by: GroupBy, errors: ErrorIndex): ModelGroup[] {
  if (by === 'verdict') {
    const titles = { fail: 'FAIL', warn: 'warn', pass: 'pass' } as const;
    return (['fail', 'warn', 'pass'] as const)
      .map((v) => ({ title: titles[v], indices: report.models.flatMap((m, i) => (m.policy.verdict === v ? [i] : [])) }))
      .filter((g) => g.indices.length > 0);
  }
  const groups = new Map<string, ModelGroup & { rank: number }>();
  report.models.forEach((m, i) => {
    const label = originLabel(m, errors);
    const family = label.families[0];
    const title = family ? `${family} (${label.head})` : 'No known family';
    // 0: Chinese origin, 1: a Chinese family guessed, 2: other families, 3: none.
    const rank = !family ? 3 : label.chinese === 'yes' ? 0 : label.chinese === 'guess' ? 1 : 2;
    const group = groups.get(title) ?? { title, indices: [], rank };
    group.rank = Math.min(group.rank, rank);
    group.indices.push(i);
    groups.set(title, group);
  });
  return [...groups.values()]
    .sort((a, b) => a.rank - b.rank || b.indices.length - a.indices.length || a.title.localeCompare(b.title))
    .map(({ title, indices }) => ({ title, indices }));
}
