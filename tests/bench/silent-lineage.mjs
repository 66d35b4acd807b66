// Scores lineage and origin on models whose front matter is silent or misleading (issue #16):
// fixtures/hub/silent served over loopback, the compiled CLI's `lineage --format json` read
// against fixtures/hub/silent/expected.yaml. Prints accuracy of roots and of chineseOrigin per
// group, how many non-Chinese models were called Chinese, and the Hub requests of a cold and a
// warm run. Needs `npm run build` first. Run alone: node tests/bench/silent-lineage.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startBenchHub } from './hub-server.mjs';

const repo = join(import.meta.dirname, '..', '..');
const fixtures = join(repo, 'fixtures', 'hub', 'silent');
const RANK = { low: 1, medium: 2, high: 3 };

export async function scoreSilentLineage() {
  const expected = parse(readFileSync(join(fixtures, 'expected.yaml'), 'utf8'));
  const hub = await startBenchHub(fixtures, 0);
  const cache = mkdtempSync(join(tmpdir(), 'modelprov-silent-'));
  // Spawned asynchronously: the loopback Hub answers from this process's event loop.
  const run = async () => {
    hub.stats.requests = 0;
    const args = [join(repo, 'bin', 'modelprov.js'), 'lineage', '--format', 'json', '--hub-url', hub.url, '--cache-dir', cache, ...expected.map((e) => e.id)];
    const child = spawn('node', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((resolve) => child.on('close', resolve));
    if (!stdout.trim()) throw new Error(`modelprov lineage failed (${code}): ${stderr}`);
    return { report: JSON.parse(stdout), requests: hub.stats.requests };
  };
  try {
    const cold = await run();
    const warm = await run();
    return { ...score(expected, cold.report), coldRequests: cold.requests, warmRequests: warm.requests, nodes: Object.keys(cold.report.nodes ?? {}).length };
  } finally {
    await hub.close();
    rmSync(cache, { recursive: true, force: true });
  }
}

function findModel(report, id) {
  const lower = id.toLowerCase();
  return report.models.find((m) => m.id.toLowerCase() === lower || report.nodes?.[m.id]?.aliases?.some((a) => a.toLowerCase() === lower));
}

const sameSet = (a, b) => a.length === b.length && [...a].sort().every((x, i) => x.toLowerCase() === [...b].sort()[i].toLowerCase());

function score(expected, report) {
  const groups = new Map();
  const misses = [];
  let falseChinese = 0;
  for (const e of expected) {
    const g = groups.get(e.group) ?? { models: 0, rootsScored: 0, rootsRight: 0, originRight: 0, confident: 0 };
    groups.set(e.group, g);
    g.models++;
    const model = findModel(report, e.id);
    const origin = model?.origin ?? {};
    const roots = model?.lineage?.roots ?? [];
    if (e.roots) {
      g.rootsScored++;
      if (sameSet(roots, e.roots)) g.rootsRight++;
      else misses.push(`${e.id}: roots ${JSON.stringify(roots)}, expected ${JSON.stringify(e.roots)}`);
    }
    const originRight = origin.chineseOrigin === e.chineseOrigin;
    if (originRight) g.originRight++;
    else misses.push(`${e.id}: chineseOrigin ${origin.chineseOrigin}, expected ${e.chineseOrigin}`);
    if (originRight && RANK[origin.confidence] >= RANK[e.minConfidence]) g.confident++;
    if (e.chineseOrigin === false && origin.chineseOrigin === true) falseChinese++;
  }
  const total = [...groups.values()].reduce(
    (t, g) => ({
      models: t.models + g.models,
      rootsScored: t.rootsScored + g.rootsScored,
      rootsRight: t.rootsRight + g.rootsRight,
      originRight: t.originRight + g.originRight,
      confident: t.confident + g.confident,
    }),
    { models: 0, rootsScored: 0, rootsRight: 0, originRight: 0, confident: 0 },
  );
  return { groups, total, falseChinese, misses };
}

const pct = (n, d) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(0)}% (${n}/${d})`);

/** Rows for the bench table: [area, figure, value, note]. */
export function silentRows(result) {
  const rows = [];
  for (const [group, g] of [...result.groups].sort(([a], [b]) => a.localeCompare(b)))
    rows.push([
      'silent',
      `${group} (${g.models}): roots / chineseOrigin / at confidence`,
      `${pct(g.rootsRight, g.rootsScored)} / ${pct(g.originRight, g.models)} / ${pct(g.confident, g.models)}`,
      '',
    ]);
  const t = result.total;
  rows.push([
    'silent',
    `all (${t.models}): roots / chineseOrigin / at confidence`,
    `${pct(t.rootsRight, t.rootsScored)} / ${pct(t.originRight, t.models)} / ${pct(t.confident, t.models)}`,
    '>= 95%',
  ]);
  rows.push(['silent', 'non-Chinese models called Chinese', String(result.falseChinese), '0']);
  rows.push(['silent', 'Hub requests cold / warm (unique nodes)', `${result.coldRequests} / ${result.warmRequests} (${result.nodes})`, 'warm: 0']);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await scoreSilentLineage();
  for (const row of silentRows(result)) console.log(`${row[1]}: ${row[2]}${row[3] ? `  [target ${row[3]}]` : ''}`);
  if (process.env.SILENT_MISSES !== '0') for (const miss of result.misses) console.log(`  miss: ${miss}`);
}
