// One self-contained HTML file for reviewers: summary, filters by origin and verdict, and per
// model a lineage graph drawn as inline SVG, with evidence, licences and references. No external
// assets; a Content-Security-Policy allows only this page's own style and script (by hash), and
// every string from files or the Hub is escaped.
import { createHash } from 'node:crypto';
import type { ModelReport } from '../model/report.js';
import { chineseBasis, rootsForRow } from './findings.js';
import { indexErrors, originLabel, originText } from './origin-label.js';
import { groupProblems, groupSkipped, problemLine } from './problems.js';
import { orderedReferences } from './references.js';
import type { Reporter } from './reporter.js';
import { forHtml as esc } from './sanitize.js';
import { countsLine, digest, findingLines, verdictLine } from './summary.js';

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1f24}h1{font-size:1.4rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}.cn{color:#b42318;font-weight:600}.fail{color:#b42318;font-weight:600}.warn{color:#9a6700}.pass{color:#1a7f37}
.model{border:1px solid #d0d7de;border-radius:6px;margin:1rem 0;padding:.5rem 1rem}.filters{margin:1rem 0}.filters label{margin-right:1rem}
svg text{font:12px system-ui,sans-serif}.muted{color:#57606a}code{background:#f6f8fa;padding:0 .2rem}`;
// Filters: the choice lives in the URL fragment (#origin=cn&verdict=fail), so a filtered view can be linked.
const SCRIPT = `(function () {
  var origin = document.getElementById('f-origin'), verdict = document.getElementById('f-verdict'), count = document.getElementById('f-count');
  var wanted = new URLSearchParams(location.hash.slice(1));
  [[origin, 'origin'], [verdict, 'verdict']].forEach(function (p) {
    var v = wanted.get(p[1]);
    if (v && p[0].querySelector('option[value="' + CSS.escape(v) + '"]')) p[0].value = v;
  });
  function apply() {
    var shown = 0;
    document.querySelectorAll('[data-origin]').forEach(function (e) {
      var ok = (origin.value === 'all' || e.getAttribute('data-origin') === origin.value) && (verdict.value === 'all' || e.getAttribute('data-verdict') === verdict.value);
      e.hidden = !ok;
      if (ok && e.tagName === 'TR') shown++;
    });
    count.textContent = shown + ' shown';
    var hash = new URLSearchParams();
    if (origin.value !== 'all') hash.set('origin', origin.value);
    if (verdict.value !== 'all') hash.set('verdict', verdict.value);
    try { history.replaceState(null, '', hash.toString() ? '#' + hash.toString() : location.pathname + location.search); } catch (e) { /* some file: URLs refuse it */ }
  }
  origin.addEventListener('change', apply);
  verdict.addEventListener('change', apply);
  apply();
})();`;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const originKey = (m: ModelReport) => (m.origin.chineseOrigin === true ? 'cn' : m.origin.chineseOrigin === false ? 'non-cn' : 'unknown');

export const renderHtml: Reporter = (report) => {
  const d = digest(report);
  const errorIndex = indexErrors(report);
  const csp = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src data:`;
  const rows = report.models
    .map((m) => {
      const own = m.licenses.find((l) => l.model === m.id);
      return `<tr data-origin="${originKey(m)}" data-verdict="${m.policy.verdict}"><td><a href="#${anchor(m)}">${esc(m.id)}</a><br><span class="muted">${m.source}</span></td><td class="${originKey(m) === 'cn' ? 'cn' : ''}">${esc(originText(originLabel(m, errorIndex)))}</td><td>${rootsCellHtml(m)}</td><td>${esc(own?.spdx ?? own?.id ?? 'unknown')}</td><td>${m.lineage.status}</td><td class="${m.policy.verdict}">${m.policy.verdict}</td><td>${m.references.length}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>modelprov audit of ${esc(report.root)}</title><style>${STYLE}</style></head>
<body>
<h1>modelprov audit of <code>${esc(report.root)}</code></h1>
<p id="verdict" class="${d.verdict === 'incomplete' ? 'fail' : d.verdict}"><b>${esc(verdictLine(d))}</b></p>
<p id="summary">${countsLine(d, (n) => `<b>${n}</b>`)}</p>
${
  d.findings.length
    ? `<ul id="first-findings">${findingLines(d, 10, esc)
        .map((l) => `<li>${l}</li>`)
        .join('')}</ul>`
    : ''
}
${report.policy.defaulted ? '<p class="muted">No policy file: everything is reported, nothing fails.</p>' : ''}
<div class="filters"><label>Origin <select id="f-origin"><option value="all">all</option><option value="cn">Chinese</option><option value="non-cn">not Chinese</option><option value="unknown">cannot tell</option></select></label>
<label>Verdict <select id="f-verdict"><option value="all">all</option><option value="fail">fail</option><option value="warn">warn</option><option value="pass">pass</option></select></label> <span id="f-count" class="muted"></span></div>
<table id="models"><thead><tr><th>Model</th><th>Origin</th><th>Roots</th><th>Licence</th><th>Lineage</th><th>Verdict</th><th>References</th></tr></thead><tbody>
${rows}
</tbody></table>
${report.models.map((m) => modelSection(m)).join('\n')}
${
  report.errors.length
    ? `<h2>Problems (${report.errors.length})</h2><ul>${groupProblems(report.errors)
        .map((g) => `<li>${problemLine(g, esc)}</li>`)
        .join('')}</ul>`
    : ''
}
${
  report.skipped.length
    ? `<h2>Files not scanned (${report.skipped.length})</h2><ul>${groupSkipped(report.skipped)
        .map((g) => `<li>${problemLine(g, esc)}</li>`)
        .join('')}</ul>`
    : ''
}
<p class="muted">modelprov ${esc(report.tool.version)} · ${esc(report.generatedAt)}</p>
<script>${SCRIPT}</script>
</body></html>
`;
};

function rootsCellHtml(m: ModelReport): string {
  const { roots, note } = rootsForRow(m);
  return roots.length ? roots.map(esc).join('<br>') : note === 'unknown' ? '<span class="warn">unknown</span>' : '<span class="muted">(itself)</span>';
}

function anchor(m: ModelReport): string {
  return `m-${createHash('sha1').update(`${m.source}:${m.id}`).digest('hex').slice(0, 12)}`;
}

function modelSection(m: ModelReport): string {
  const list = (items: string[]) => (items.length ? `<ul>${items.join('')}</ul>` : '');
  return `<section class="model" id="${anchor(m)}" data-origin="${originKey(m)}" data-verdict="${m.policy.verdict}">
<h2>${esc(m.id)} <span class="muted">(${m.source})</span></h2>
${lineageSvg(m)}
${m.lineage.problems.length ? `<p class="warn">Lineage ${m.lineage.status}: ${m.lineage.problems.map(esc).join('; ')}</p>` : ''}
${m.policy.reasons.length ? `<h3>Policy</h3>${list(m.policy.reasons.map((r) => `<li>${esc(r)}</li>`))}` : ''}
${m.origin.chineseOrigin === true ? `<p class="cn">Chinese origin: ${chineseBasis(m).map(esc).join('; ')}</p>` : ''}
<h3>Evidence</h3>${list(m.origin.evidence.map((e) => `<li><b>${e.kind}</b>${e.confidence ? ` (${e.confidence})` : ''}${e.node && !e.detail.includes(e.node) ? ` on <code>${esc(e.node)}</code>` : ''}: ${esc(e.detail)}</li>`)) || '<p class="muted">none</p>'}
<h3>Licences</h3>${list(m.licenses.map((l) => `<li>${esc(l.model)}${l.root ? ' (root)' : ''}: ${esc(l.spdx ?? l.name)} — ${l.kind}${l.summary ? `; ${esc(l.summary)}` : ''}</li>`)) || '<p class="muted">none declared</p>'}
${list(m.licenceFindings.map((f) => `<li class="warn">${esc(f.detail)}</li>`))}
<h3>Used at</h3>${list(orderedReferences(m.references).map((r) => `<li><code>${esc(r.path)}:${r.line}:${r.column}</code> (${r.context}) ${esc(r.snippet)}</li>`))}
</section>`;
}

/**
 * Layered drawing: the model on the top row, each ancestor on the row below its deepest child
 * (longest path, so an edge always points down), roots on the bottom row; relations on the edges.
 */
function lineageSvg(m: ModelReport): string {
  const parents = new Map<string, { parent: string; relation: string }[]>();
  for (const e of m.lineage.edges) parents.set(e.child, [...(parents.get(e.child) ?? []), { parent: e.parent, relation: e.relation }]);
  const depth = new Map<string, number>([[m.id, 0]]);
  const ids = new Set([m.id, ...m.lineage.nodes, ...m.lineage.edges.flatMap((e) => [e.child, e.parent])]);
  // Relax edges at most |ids| times: longest path on a DAG, and a cycle cannot loop forever.
  for (let round = 0, changed = true; changed && round < ids.size; round++) {
    changed = false;
    for (const [child, list] of parents) {
      const d = depth.get(child);
      if (d === undefined) continue;
      for (const { parent } of list) if ((depth.get(parent) ?? -1) < d + 1 && d + 1 < ids.size) (depth.set(parent, d + 1), (changed = true));
    }
  }
  const bottom = Math.max(...depth.values());
  for (const id of depth.keys()) if (id !== m.id && !(parents.get(id) ?? []).length) depth.set(id, bottom);
  const layers: string[][] = [];
  for (const [id, d] of depth) (layers[d] ??= []).push(id);
  const rows = layers.filter((l) => l?.length);
  const width = 260;
  const rowHeight = 78;
  const pos = new Map<string, { x: number; y: number }>();
  rows.forEach((layer, d) => layer.sort().forEach((id, i) => pos.set(id, { x: 10 + i * (width + 20), y: 10 + d * rowHeight })));
  const svgWidth = Math.max(...rows.map((l) => l.length)) * (width + 20) + 20;
  const svgHeight = rows.length * rowHeight;
  const cnVia = new Set(m.origin.families.filter((f) => f.country === 'CN').map((f) => f.via));
  const arrowId = `arrow-${anchor(m)}`;
  const edges = m.lineage.edges
    .filter((e) => pos.has(e.child) && pos.has(e.parent))
    .map((e) => {
      const a = pos.get(e.child)!;
      const b = pos.get(e.parent)!;
      const [x1, y1, x2, y2] = [a.x + width / 2, a.y + 36, b.x + width / 2, b.y];
      return `<g class="edge" data-relation="${esc(e.relation)}"><line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2 - 2}" stroke="#8c959f" marker-end="url(#${arrowId})"/><text x="${(x1 + x2) / 2 + 4}" y="${(y1 + y2) / 2 + 4}" fill="#57606a">${esc(e.relation)}</text></g>`;
    });
  const nodes = [...pos].map(([id, { x, y }]) => {
    const family = m.origin.families.find((f) => f.via === id);
    const label = id.length > 38 ? `${id.slice(0, 37)}…` : id;
    const role = id === m.id ? 'model' : m.lineage.roots.includes(id) ? 'root' : 'ancestor';
    return `<g class="node ${role}" data-node="${esc(id)}"><rect x="${x}" y="${y}" width="${width}" height="36" rx="5" fill="${cnVia.has(id) ? '#ffebe9' : '#f6f8fa'}" stroke="${cnVia.has(id) ? '#cf222e' : '#8c959f'}"/><text x="${x + 8}" y="${y + 15}">${esc(label)}</text><text x="${x + 8}" y="${y + 30}" fill="#57606a">${esc(family ? `${family.family} · ${family.country}` : role === 'root' ? 'root' : '')}</text><title>${esc(id)}</title></g>`;
  });
  const arrow = `<defs><marker id="${arrowId}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#8c959f"/></marker></defs>`;
  return `<svg role="img" aria-label="lineage of ${esc(m.id)}" width="${svgWidth}" height="${svgHeight}" viewBox="0 0 ${svgWidth} ${svgHeight}" xmlns="http://www.w3.org/2000/svg">${arrow}${edges.join('')}${nodes.join('')}</svg>`;
}
