// Recall and precision of `modelprov audit --offline` on whole real repositories, against hand labels
// (issue #15). Run by `npm run bench` (BENCH_ONLY=recall) or alone: `node tests/bench/real-recall.mjs`.
//   RECALL_CORPUS=/tmp/real-corpus:/tmp/real-corpus-extra
//                                     where the labelled repositories are laid out (owner+name/), a
//                                     colon-separated list: ../shared/corpus and the extra held-out
//                                     repositories of tests/real-world/extra-repos.txt (layout: extra-corpus.sh)
//   RECALL_LABELS=dir                 finished label files to copy into tests/real-world/labels/ first (none by
//                                     default: the committed labels, corrections included, are the truth)
//   RECALL_ONLY=owner+name,...        score only these repositories
//   RECALL_MISSES=20                  print up to this many misses and wrong findings per repository
//   RECALL_AS_CLONE=0                 score the laid-out trees as they are (default: each gets a git index
//                                     first, once, so it is read as a clone is: see asClone)
// A definite label is found when a reference has its path and line and the same model id (lower-cased;
// the id may carry a provider or organisation prefix, or the label may; a label's LiteLLM route, `vertex_ai/`,
// stands for the provider the registry maps it to). A finding is right when it
// matches any label, definite or probable. A `<provider>/*` finding (a provider's SDK in a dependency,
// src/model/ids.ts isProviderEvidence) names no model, so no label can match it: it is counted apart
// ("provider SDKs"), not scored as right or wrong; it still counts for the deny-CN verdict. The deny-CN column says whether the starter policy's
// no-chinese-origin rule fails the repository, beside whether the labels say a Chinese model is used.
// It should fail when one is used in what the rule gates (code, config, deploy); notes that say
// "Starter deny-CN verdict expected: pass" record a repository that uses one only in docs or tests.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parse as parseYaml } from 'yaml';

const repo = join(import.meta.dirname, '..', '..');
const cli = join(repo, 'bin', 'modelprov.js');
const LABELS = join(repo, 'tests', 'real-world', 'labels');
/** Per repository, which paths were labelled (from its notes): `+prefix` keeps only those, `-prefix` leaves out, `-*.ext` a suffix. */
const SCOPES = join(repo, 'tests', 'real-world', 'scopes');
const CORPORA = (process.env.RECALL_CORPUS ?? '/tmp/real-corpus:/tmp/real-corpus-extra').split(':').filter(Boolean);
/** The laid-out folder of a labelled repository, in the first corpus that has it. */
function laidOut(name) {
  return CORPORA.map((c) => join(c, name)).find((d) => existsSync(d));
}
const INCOMING = process.env.RECALL_LABELS;
/** LiteLLM's route prefixes -> the provider id reports use (src/registry/providers.yaml `litellm.prefixes`). */
const PROVIDERS = parseYaml(readFileSync(join(repo, 'src', 'registry', 'providers.yaml'), 'utf8'));
const LITELLM_ROUTES = PROVIDERS.litellm?.prefixes ?? {};
const GATEWAYS = new Set(PROVIDERS.colon_prefixes?.gateways ?? []);
const COLON_PREFIXES = PROVIDERS.colon_prefixes?.prefixes ?? {};
/**
 * Libraries' own short names (`base` given to whisper.load_model, `ViT-B/32` to clip.load) and the Hub ids they stand
 * for, and self-named catalogue names mapped to their repository (`tts_models/multilingual/multi-dataset/xtts_v2`,
 * coqui/XTTS-v2: providers.yaml `self_named_catalogues`): the report names the id. Lower-cased, as labels and findings are compared.
 */
const LIBRARY_IDS = new Set(
  [...(PROVIDERS.library_names ?? []).map((l) => l.names), ...(PROVIDERS.self_named_catalogues ?? []).map((c) => c.hub ?? {})].flatMap((names) =>
    Object.entries(names).map(([name, id]) => `${name.toLowerCase()}\u0000${id.toLowerCase()}`),
  ),
);
const ONLY = process.env.RECALL_ONLY ? new Set(process.env.RECALL_ONLY.split(',')) : undefined;
const SHOW = Number(process.env.RECALL_MISSES ?? 20);

/** Copies finished label files (a .tsv with its .notes.md) into the repository's labels folder. */
export function copyLabels(from = INCOMING) {
  mkdirSync(LABELS, { recursive: true });
  if (!from || !existsSync(from)) return 0;
  let copied = 0;
  for (const f of readdirSync(from)) {
    if (!f.endsWith('.tsv')) continue;
    const notes = f.replace(/\.tsv$/, '.notes.md');
    if (!existsSync(join(from, notes))) continue; // still being written: the notes file comes last
    copyFileSync(join(from, f), join(LABELS, f));
    copyFileSync(join(from, notes), join(LABELS, notes));
    copied++;
  }
  return copied;
}

function readLabels(file) {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim());
  return rows
    .map((l) => {
      const [path, line, model, kind, certainty, note] = l.split('\t');
      return { path, line: Number(line), model: (model ?? '').trim().toLowerCase(), kind, certainty: (certainty ?? '').trim(), note };
    })
    .filter((r) => r.path && Number.isFinite(r.line) && r.model);
}

/**
 * Same model: equal, or one is the other with a `<prefix>/` in front (provider or organisation). A label written with
 * its provider before a colon (`anthropic:claude-3-5-haiku-20241022`, `ollama:gpt-oss:20b`: LangChain's syntax) has
 * that provider as its prefix too.
 */
export const sameModel = (found, written) => {
  // A folder written with or without its trailing slash is the same folder (`output/checkpoint-4000/`), and a Windows
  // path's separators are a path's (`.\gguf\x.gguf` is found as its file, `x.gguf`).
  const id = found.replace(/\\/g, '/').replace(/(.)\/+$/, '$1');
  const label = written.replace(/\\/g, '/').replace(/(.)\/+$/, '$1');
  if (id === label || id.endsWith(`/${label}`) || label.endsWith(`/${id}`) || LIBRARY_IDS.has(`${label}\u0000${id}`)) return true;
  // A label naming a GGUF file inside its Hub repo (LM Studio's `lmstudio-community/X-GGUF/X-Q4_K_M.gguf`, written whole by
  // the labellers) is found as that repo: the report names the repo, the model whose lineage resolves (src/model/ids.ts
  // ggufFileRepo), and keeps the file in the reference's snippet.
  if (/[-_.]gguf$/.test(id) && label.startsWith(`${id}/`) && label.endsWith('.gguf')) return true;
  // A label written with a gateway's route before a `<provider>:<model>` name (`gateway/openai:gpt-5.2`, providers.yaml
  // `colon_prefixes.gateways`) names what the name after it names.
  const gateway = /^([a-z][\w-]*)\/([a-z][\w-]*:.+)$/.exec(label);
  if (gateway && GATEWAYS.has(gateway[1]) && sameModel(id, gateway[2])) return true;
  // A label written as an Amazon Bedrock ARN (alibaba/higress's sample response `"model": "arn:aws:bedrock:us-west-2::
  // foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0"`) names the model after its resource type, as the report does.
  const arn = /^arn:aws[\w-]*:bedrock:[\w-]*:\d*:(?:foundation-model|inference-profile)\/(.+)$/.exec(label);
  if (arn && sameModel(id, arn[1])) return true;
  const colon = /^([a-z][\w-]*):(.+)$/.exec(label);
  if (colon && (id === colon[2] || id === `${colon[1]}/${colon[2]}`)) return true;
  // A host's prefix before a name its maker publishes (`heroku:claude-3-5-haiku`, `cerebras:gpt-oss-120b`): the report
  // names the maker's model (`anthropic/claude-3-5-haiku`), the same model served elsewhere.
  if (colon && /[a-z]/.test(colon[2]) && colon[2].length > 3 && id.endsWith(`/${colon[2]}`)) return true;
  // Its provider before the colon names the provider the registry maps it to, as the report does (`google-gla:gemini-2.5-pro`
  // is `google/gemini-2.5-pro`, providers.yaml `colon_prefixes`).
  const mapped = colon && Object.hasOwn(COLON_PREFIXES, colon[1]) ? COLON_PREFIXES[colon[1]] : undefined;
  if (mapped && mapped !== colon[1] && id === `${mapped}/${colon[2]}`) return true;
  // A label written with LiteLLM's route (`vertex_ai/gemini-2.5-flash`, `fireworks_ai/accounts/...`) names the
  // provider the registry maps that route to, as the report does (`vertex/gemini-2.5-flash`).
  const slash = label.indexOf('/');
  const provider = slash > 0 && Object.hasOwn(LITELLM_ROUTES, label.slice(0, slash)) ? LITELLM_ROUTES[label.slice(0, slash)] : undefined;
  return !!provider && provider !== label.slice(0, slash) && sameModel(id, `${provider}${label.slice(slash)}`);
};

const policyDir = join(tmpdir(), `modelprov-recall-${process.pid}`);
mkdirSync(policyDir, { recursive: true });
const policyFile = join(policyDir, 'deny-cn.yml');
writeFileSync(
  policyFile,
  'policy:\n  fail_on_incomplete: false\n  rules:\n    - id: no-chinese-origin\n      action: deny\n      country: [CN]\n      contexts: [code, config, deploy]\n',
);

function audit(root) {
  const out = join(policyDir, 'report.json');
  const run = spawnSync('node', [cli, 'audit', '--offline', '--format', 'json', '--config', policyFile, '-o', out, root], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`audit of ${root} exited ${run.status}\n${run.stderr}`);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const refs = [];
  for (const m of report.models ?? [])
    for (const r of m.references ?? []) refs.push({ id: String(m.id).toLowerCase(), path: r.path, line: r.line, context: r.context });
  const failing = (report.models ?? []).filter((m) => m.policy?.verdict === 'fail');
  return { refs, fails: report.summary?.verdict === 'fail', proof: failing[0], filesScanned: report.summary?.filesScanned };
}

/** A finding outside the labelled scope is not scored (the labellers did not read there). */
function readScope(name) {
  const file = join(SCOPES, `${name}.scope`);
  if (!existsSync(file)) return () => true;
  const rules = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[+-]/.test(l));
  const hits = (rule, path) => (rule.startsWith('*') ? path.endsWith(rule.slice(1)) : path.startsWith(rule));
  const keep = rules.filter((r) => r[0] === '+').map((r) => r.slice(1));
  const drop = rules.filter((r) => r[0] === '-').map((r) => r.slice(1));
  return (path) => (!keep.length || keep.some((r) => hits(r, path))) && !drop.some((r) => hits(r, path));
}

export function scoreRepository(name) {
  const inScope = readScope(name);
  const labels = readLabels(join(LABELS, `${name}.tsv`));
  const notesFile = join(LABELS, `${name}.notes.md`);
  const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : undefined;
  const chinese = notes === undefined ? undefined : !/no chinese model used/i.test(notes);
  // Whether the starter rule should fail it: a Chinese model used where the rule looks.
  const gated = chinese && !/starter deny-CN verdict expected:\s*pass/i.test(notes);
  const started = performance.now();
  const audited = audit(laidOut(name));
  const { fails, proof } = audited;
  const ms = performance.now() - started;
  const at = new Map();
  for (const r of audited.refs) {
    const k = `${r.path}:${r.line}`;
    if (!at.has(k)) at.set(k, []);
    at.get(k).push(r);
  }
  const labelsAt = new Map();
  for (const l of labels) {
    const k = `${l.path}:${l.line}`;
    if (!labelsAt.has(k)) labelsAt.set(k, []);
    labelsAt.get(k).push(l);
  }
  const definite = labels.filter((l) => l.certainty === 'definite');
  const missed = definite.filter((l) => !(at.get(`${l.path}:${l.line}`) ?? []).some((r) => sameModel(r.id, l.model)));
  const matchesLabel = (r) => (labelsAt.get(`${r.path}:${r.line}`) ?? []).some((l) => sameModel(r.id, l.model));
  // `dashscope/*`: evidence that a provider is used, not a model reference (the same rule as isProviderEvidence).
  const providerSdks = audited.refs.filter((r) => r.id.endsWith('/*') && inScope(r.path)).length;
  const refs = audited.refs.filter((r) => !r.id.endsWith('/*') && (inScope(r.path) || matchesLabel(r)));
  const wrong = refs.filter((r) => !(labelsAt.get(`${r.path}:${r.line}`) ?? []).some((l) => sameModel(r.id, l.model)));
  return {
    name,
    definite: definite.length,
    found: definite.length - missed.length,
    refs: refs.length,
    right: refs.length - wrong.length,
    recall: definite.length ? (definite.length - missed.length) / definite.length : 1,
    precision: refs.length ? (refs.length - wrong.length) / refs.length : 1,
    providerSdks,
    chinese,
    gated,
    fails,
    proof: proof ? `${proof.id} at ${proof.references?.[0]?.path}:${proof.references?.[0]?.line}` : '',
    missed,
    wrong,
    ms,
  };
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;

/**
 * The corpus is laid out from each repository's commit without its `.git`, so a committed file that
 * `.gitignore` names (text-generation-webui's Colab notebook under `*.ipynb`) is left out, where a
 * user's clone has it read (the walk reads what git tracks). Every file of the layout is a committed
 * file, so indexing them all (`git add -f`) gives the clone's tracked set. Done once per tree.
 */
function asClone(dir) {
  if (process.env.RECALL_AS_CLONE === '0' || existsSync(join(dir, '.git'))) return;
  const git = (...args) => spawnSync('git', ['-c', 'core.autocrlf=false', ...args], { cwd: dir, stdio: 'ignore' });
  if (git('init', '-q').status !== 0 || git('add', '-A', '-f').status !== 0) console.error(`  ${dir}: could not index it as a clone; scored as laid out`);
}

/** Scores every labelled repository laid out in the corpus; returns the rows and the means. */
export function scoreAll() {
  copyLabels();
  const names = readdirSync(LABELS)
    .filter((f) => f.endsWith('.tsv'))
    .map((f) => f.slice(0, -4))
    .filter((n) => (!ONLY || ONLY.has(n)) && laidOut(n))
    .sort();
  const results = [];
  for (const name of names) {
    asClone(laidOut(name));
    const r = scoreRepository(name);
    results.push(r);
    const cn = r.chinese === undefined ? '?' : r.chinese ? 'CN used' : 'no CN';
    const gate = r.gated ? (r.fails ? 'deny-CN fails (right)' : 'deny-CN PASSES (wrong)') : r.fails ? 'deny-CN fails (wrong?)' : 'deny-CN passes';
    console.error(
      `  ${name}: recall ${pct(r.recall)} (${r.found}/${r.definite}), precision ${pct(r.precision)} (${r.right}/${r.refs})${r.providerSdks ? `, provider SDKs ${r.providerSdks}` : ''}, ${cn}, ${gate}${r.proof ? ` [${r.proof}]` : ''} (${(r.ms / 1000).toFixed(1)} s)`,
    );
    for (const m of r.missed.slice(0, SHOW)) console.error(`      missed ${m.path}:${m.line} ${m.model} (${m.kind})`);
    for (const w of r.wrong.slice(0, SHOW)) console.error(`      wrong  ${w.path}:${w.line} ${w.id} [${w.context}]`);
  }
  const mean = (f) => (results.length ? results.reduce((s, r) => s + f(r), 0) / results.length : NaN);
  const means = {
    repositories: results.length,
    recall: mean((r) => r.recall),
    precision: mean((r) => r.precision),
    gateRight: results.filter((r) => r.chinese !== undefined && r.gated === r.fails).length,
  };
  return { results, means };
}

/** Rows for the bench table: [area, figure, value, target]. */
export function recallRows({ results, means }) {
  const rows = results.map((r) => [
    'recall',
    r.name,
    `recall ${pct(r.recall)} (${r.found}/${r.definite}), precision ${pct(r.precision)} (${r.right}/${r.refs})`,
    r.gated ? (r.fails ? 'deny-CN fails: right' : 'deny-CN passes: WRONG') : r.fails ? 'deny-CN fails: WRONG' : 'deny-CN passes: right',
  ]);
  rows.push([
    'recall',
    `mean of ${means.repositories} repositories`,
    `recall ${pct(means.recall)}, precision ${pct(means.precision)}`,
    `>= 95% each; deny-CN right on ${means.gateRight}/${means.repositories}`,
  ]);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scored = scoreAll();
  for (const r of recallRows(scored)) console.log(`| ${r.join(' | ')} |`);
}
