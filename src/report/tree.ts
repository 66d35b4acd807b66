// Lineage as an indented tree: each parent under its child with the relation on the edge.
import type { ModelReport } from '../model/report.js';
import { forTerminalLine } from './sanitize.js';

export interface TreeStyle {
  dim: (s: string) => string;
  origin: (s: string, chinese: boolean) => string;
}

const plain: TreeStyle = { dim: (s) => s, origin: (s) => s };

export function renderLineageTree(model: ModelReport, style: TreeStyle = plain): string[] {
  const parentsOf = new Map<string, { parent: string; relation: string }[]>();
  for (const edge of model.lineage.edges) {
    const list = parentsOf.get(edge.child) ?? [];
    list.push({ parent: edge.parent, relation: edge.relation });
    parentsOf.set(edge.child, list);
  }
  const label = (id: string) => {
    const families = model.origin.families.filter((f) => f.via === id);
    const licence = model.licenses.find((l) => l.model === id);
    const parts = [forTerminalLine(id)];
    if (families.length > 0) {
      // A family read from a name alone is a hint, not a fact: the tree says so.
      const text = families.map((f) => `${f.confidence === 'low' ? 'by name only: ' : ''}${f.family} · ${f.organisation} · ${f.country}`).join('; ');
      parts.push(
        style.origin(
          `[${forTerminalLine(text)}]`,
          families.some((f) => f.country === 'CN'),
        ),
      );
    }
    if (licence) parts.push(style.dim(forTerminalLine(licence.spdx ?? licence.id)));
    return parts.join('  ');
  };
  const lines = [label(model.id)];
  const walk = (id: string, prefix: string, path: string[]) => {
    const parents = parentsOf.get(id) ?? [];
    parents.forEach(({ parent, relation }, i) => {
      const last = i === parents.length - 1;
      const cycle = path.includes(parent);
      lines.push(`${prefix}${last ? '└─' : '├─'} ${style.dim(relation)} ${label(parent)}${cycle ? style.dim('  (cycle)') : ''}`);
      if (!cycle) walk(parent, `${prefix}${last ? '   ' : '│  '}`, [...path, parent]);
    });
  };
  walk(model.id, '', [model.id]);
  for (const problem of model.lineage.problems) lines.push(style.dim(`   ! ${forTerminalLine(problem)}`));
  for (const suspected of model.origin.suspectedBases ?? [])
    lines.push(
      style.dim(
        `   ? likely derived from ${forTerminalLine(suspected.family)} (${suspected.basis ?? 'fingerprint'}, ${suspected.confidence ?? 'medium'} confidence): ${forTerminalLine(suspected.detail)}`,
      ),
    );
  return lines;
}
