// `npm run bench`: scan, resolution and start-up figures of the compiled CLI, in one process
// tree on one machine, printed as one table. Generated data lives under .bench/ (gitignored).
//   BENCH_FILES=100000   corpus size (a half-size corpus is scanned too, to show memory stays flat)
//   BENCH_RUNS=3         runs per timing; the median is reported
//   BENCH_LATENCY_MS=50  loopback Hub latency per request
//   BENCH_CONCURRENCY    --concurrency for the resolution runs (default: the CLI's default, then 64)
//   BENCH_ONLY=scan      only the scan part (also: real, resolve, startup, silent, recall; comma-separated)
//                        recall: hand-labelled real repositories (tests/bench/real-recall.mjs)
//   BENCH_REAL_CORPUS=/tmp/real-corpus  the real corpus (../shared/corpus laid out by its build.sh), one folder per repository
//   BENCH_REAL_SAVE=dir  also keep each repository's JSON report there (to diff results before/after a change)
//   BENCH_REAL_PER_REPO=0  only the whole-corpus run (one process) beside one ripgrep, not each repository
//   BENCH_PER_MB=0       skip the per-file cost per MB of the real corpus (tests/bench/per-mb.mjs; BENCH_PER_MB_REPEATS=2)
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './gen-corpus.mjs';
import { generateHub } from './gen-hub.mjs';

const repo = join(import.meta.dirname, '..', '..');
const work = join(repo, '.bench');
const cli = join(repo, 'bin', 'modelprov.js');
const FILES = Number(process.env.BENCH_FILES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50);
const CONCURRENCY = process.env.BENCH_CONCURRENCY;
if (CONCURRENCY && !/^\d+$/.test(CONCURRENCY)) throw new Error('BENCH_CONCURRENCY must be a number');
const ONLY = new Set((process.env.BENCH_ONLY ?? 'real,scan,resolve,startup,silent').split(',').map((s) => s.trim()));
/** The kinds of pattern our extractors look for, as one ripgrep alternation. */
const RG_PATTERN = String.raw`from_pretrained|SentenceTransformer|CrossEncoder|snapshot_download|hf_hub_download|pipeline\(|huggingface\.co|hf\.co/|ollama|base_model|model(_id|_name|_path)?["']?\s*[:=]|GGUF`;

mkdirSync(work, { recursive: true });
const rows = [];
const row = (area, what, value, target = '') => {
  rows.push([area, what, value, target]);
  console.error(`  ${area} | ${what}: ${value}`);
};

console.error('building dist/ (npm run build)');
const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: repo, stdio: 'inherit' });
if (build.status !== 0) console.error('warning: tsc reported errors; measuring whatever dist/ holds');

/** Runs a command; reports wall time (ms), peak RSS (KB) and CPU time (ms, user + sys, all threads) from /usr/bin/time, else /proc VmHWM. */
async function measure(cmd, args, options = {}) {
  const useTime = existsSync('/usr/bin/time');
  const timeFile = join(work, 'time.out');
  const [file, argv] = useTime ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const started = performance.now();
  let peakKb = 0;
  const child = spawn(file, argv, { stdio: ['ignore', options.stdout ?? 'ignore', 'pipe'], cwd: options.cwd });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const poll = useTime ? undefined : setInterval(() => (peakKb = Math.max(peakKb, vmHwm(child.pid))), 20);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  const wallMs = performance.now() - started;
  if (poll) clearInterval(poll);
  let cpuMs;
  if (useTime) {
    const [rss, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    peakKb = rss;
    cpuMs = (user + sys) * 1000;
  }
  if (code !== 0 && !(options.okCodes ?? [0]).includes(code)) throw new Error(`${cmd} ${args.join(' ')} exited ${code}\n${stderr}`);
  return { wallMs, peakKb, cpuMs, code, stderr };
}

function vmHwm(pid) {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

async function median(times, run) {
  const results = [];
  for (let i = 0; i < times; i++) results.push(await run(i));
  results.sort((a, b) => a.wallMs - b.wallMs);
  return results[Math.floor(results.length / 2)];
}

const ms = (n) => `${n.toFixed(0)} ms`;
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;

// ---- Real corpus: the headline. Per repository and in total, beside ripgrep in the same run ---------
if (ONLY.has('real')) {
  const corpus = process.env.BENCH_REAL_CORPUS ?? '/tmp/real-corpus';
  const save = process.env.BENCH_REAL_SAVE;
  if (save) mkdirSync(save, { recursive: true });
  if (!existsSync(corpus)) {
    console.error(`real corpus: ${corpus} not found, skipped (lay out ../shared/corpus with its build.sh, or set BENCH_REAL_CORPUS)`);
  } else {
    const hasRg = spawnSync('rg', ['--version']).status === 0;
    const repos = readdirSync(corpus, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const rgArgs = (dir) => ['--hidden', '--no-require-git', '-g', '!node_modules', '-g', '!.venv', '-c', '-e', RG_PATTERN, dir];
    const out = join(work, 'real-report.json');
    const realCache = join(work, 'real-empty-cache');
    const total = { ours: 0, rg: 0, peakKb: 0, files: 0, refs: 0, slowest: [] };
    console.error(`real corpus: ${repos.length} repositories at ${corpus}`);
    const perRepository = process.env.BENCH_REAL_PER_REPO !== '0';
    for (const name of perRepository ? repos : []) {
      const dir = join(corpus, name);
      rmSync(realCache, { recursive: true, force: true });
      // rg first: it also warms the page cache for our run.
      const theirs = hasRg ? await measure('rg', rgArgs(dir), { okCodes: [0, 1, 2] }) : undefined;
      const ours = await measure('node', [cli, 'audit', dir, '--offline', '--cache-dir', realCache, '--format', 'json', '-o', out, '--timings'], {
        okCodes: [0, 1],
      });
      const report = JSON.parse(readFileSync(out, 'utf8'));
      if (save) copyFileSync(out, join(save, `${name}.json`));
      total.ours += ours.wallMs;
      total.rg += theirs?.wallMs ?? 0;
      total.peakKb = Math.max(total.peakKb, ours.peakKb);
      total.files += report.summary.filesScanned;
      total.refs += report.summary.references;
      for (const m of ours.stderr.matchAll(/timing: slow file (\d+) ms (.+)$/gm)) total.slowest.push([Number(m[1]), `${name}/${m[2]}`]);
      const ratio = theirs ? ` (${(ours.wallMs / theirs.wallMs).toFixed(1)}x rg ${ms(theirs.wallMs)})` : '';
      row('real', name, `${ms(ours.wallMs)}${ratio}, ${mb(ours.peakKb)}, ${report.summary.filesScanned} files, ${report.summary.references} refs`);
    }
    // The headline: the whole corpus in one process, beside one ripgrep over the same folder.
    rmSync(realCache, { recursive: true, force: true });
    const rgWhole = hasRg ? await measure('rg', rgArgs(corpus), { okCodes: [0, 1, 2] }) : undefined;
    const whole = await measure('node', [cli, 'audit', corpus, '--offline', '--cache-dir', realCache, '--format', 'json', '-o', out, '--timings'], {
      okCodes: [0, 1],
    });
    const wholeReport = JSON.parse(readFileSync(out, 'utf8'));
    if (save) copyFileSync(out, join(save, 'WHOLE-CORPUS.json'));
    row(
      'real',
      'WHOLE CORPUS, one process: modelprov wall',
      ms(whole.wallMs),
      `${wholeReport.summary.filesScanned} files read, ${wholeReport.summary.references} references, CPU ${ms(whole.cpuMs ?? 0)}`,
    );
    if (rgWhole) {
      row('real', 'WHOLE CORPUS, one ripgrep: wall', ms(rgWhole.wallMs), `CPU ${ms(rgWhole.cpuMs ?? 0)}`);
      row('real', 'WHOLE CORPUS ratio modelprov / ripgrep', `${(whole.wallMs / rgWhole.wallMs).toFixed(2)}x`, '<= 2x');
    }
    row('real', 'WHOLE CORPUS peak RSS', mb(whole.peakKb), '< 300 MB');
    for (const [t, file] of [...whole.stderr.matchAll(/timing: slow file (\d+) ms (.+)$/gm)].slice(0, 10).map((m) => [Number(m[1]), m[2]]))
      row('real', 'whole-corpus slow file', `${t} ms ${file}`);
    // Issue #18's "no single file over 100 ms per MB": each file of 64 KB or more alone, warm, CPU time (per-mb.mjs).
    if (process.env.BENCH_PER_MB !== '0') {
      const { measurePerMb, TARGET_MS_PER_MB } = await import('./per-mb.mjs');
      console.error('real corpus: per-MB cost of each file of 64 KB or more (warm, CPU, least of 2 runs)');
      const files = await measurePerMb(corpus, { repeats: Number(process.env.BENCH_PER_MB_REPEATS ?? 2) });
      const over = files.filter((f) => f.perMb > TARGET_MS_PER_MB);
      const by = new Map();
      for (const f of over) by.set(f.top, (by.get(f.top) ?? 0) + 1);
      row(
        'real',
        `files of 64 KB or more over ${TARGET_MS_PER_MB} ms per MB (CPU, warm)`,
        `${over.length} of ${files.length}`,
        `0; by the step that took most of each: ${
          [...by]
            .sort((a, b) => b[1] - a[1])
            .map(([n, c]) => `${n} ${c}`)
            .join(', ') || 'none'
        }`,
      );
      for (const f of files.slice(0, 5))
        row('real', 'slowest per MB', `${f.perMb.toFixed(0)} ms/MB (${f.ms.toFixed(0)} ms, ${(f.size / 1024).toFixed(0)} KB, ${f.top}) ${f.path}`);
    }
    if (perRepository) {
      row('real', 'TOTAL modelprov audit --offline: wall', ms(total.ours), `${total.files} files read, ${total.refs} references`);
      if (hasRg) {
        row('real', 'TOTAL ripgrep, same trees and patterns: wall', ms(total.rg));
        row('real', 'TOTAL ratio modelprov / ripgrep', `${(total.ours / total.rg).toFixed(2)}x`, '<= 2x');
      }
      row('real', 'peak RSS (largest repository)', mb(total.peakKb), '< 300 MB');
      for (const [t, file] of total.slowest.sort((a, b) => b[0] - a[0]).slice(0, 10)) row('real', `slow file`, `${t} ms ${file}`);
    }
  }
}

// ---- Scan ---------------------------------------------------------------------------------
const emptyCache = join(work, 'empty-cache');
const audit = (dir) => [cli, 'audit', dir, '--offline', '--cache-dir', emptyCache, '--format', 'json', '-o', join(work, 'scan-report.json')];
const scanned = {};
if (ONLY.has('scan')) {
  for (const size of [Math.floor(FILES / 2), FILES]) {
    const dir = join(work, `corpus-${size}`);
    console.error(`corpus of ${size} files at ${dir}`);
    const stats = generateCorpus(dir, size);
    rmSync(emptyCache, { recursive: true, force: true });
    // One untimed pass warms the page cache for both tools alike.
    await measure('node', audit(dir), { okCodes: [0, 1] });
    const ours = await median(RUNS, () => measure('node', audit(dir), { okCodes: [0, 1] }));
    const report = JSON.parse(readFileSync(join(work, 'scan-report.json'), 'utf8'));
    scanned[size] = { stats, ours, report };
  }
  const full = scanned[FILES];
  const half = scanned[Math.floor(FILES / 2)];
  const fullDir = join(work, `corpus-${FILES}`);
  const hasRg = spawnSync('rg', ['--version']).status === 0;
  let rg;
  if (hasRg) {
    // --hidden: we read dotfiles (.env, .github); --no-require-git: we honour .gitignore outside git;
    // the vendored folders we always skip are excluded by glob.
    const rgArgs = ['--hidden', '--no-require-git', '-g', '!node_modules', '-g', '!.venv', '-c', '-e', RG_PATTERN, fullDir];
    await measure('rg', rgArgs, { okCodes: [0, 1] });
    rg = await median(RUNS, () => measure('rg', rgArgs, { okCodes: [0, 1] }));
  }
  const { stats, ours, report } = full;
  const mbScanned = stats.bytes / 1e6;
  row(
    'scan',
    'corpus',
    `${stats.files} files, ${mbScanned.toFixed(0)} MB text + ${(stats.binaryBytes / 1e6).toFixed(0)} MB binaries; ${stats.skippedFiles} vendored files skipped`,
  );
  row('scan', 'modelprov audit --offline: wall', ms(ours.wallMs));
  if (ours.cpuMs !== undefined) row('scan', 'CPU time (user + sys, all threads)', ms(ours.cpuMs), 'wall is noisy on a shared machine');
  row('scan', 'files/s', (report.summary.filesScanned / (ours.wallMs / 1000)).toFixed(0), `${report.summary.filesScanned} files read`);
  row('scan', 'MB/s (text)', (mbScanned / (ours.wallMs / 1000)).toFixed(0));
  row('scan', 'references found', String(report.summary.references), `${report.summary.models} models`);
  row('scan', 'peak RSS', mb(ours.peakKb), '< 300 MB');
  row('scan', `peak RSS at half size (${Math.floor(FILES / 2)} files)`, mb(half.ours.peakKb), 'flat');
  row('scan', `wall at half size`, ms(half.ours.wallMs));
  if (rg) {
    row('scan', 'ripgrep, same tree and patterns: wall', ms(rg.wallMs));
    if (rg.cpuMs !== undefined) row('scan', 'ripgrep: CPU time (user + sys)', ms(rg.cpuMs));
    row('scan', 'ratio modelprov / ripgrep', `${(ours.wallMs / rg.wallMs).toFixed(2)}x`, '<= 2x');
  } else row('scan', 'ripgrep', 'not installed (apt-get install -y ripgrep)');
}

// ---- Resolution ---------------------------------------------------------------------------
if (ONLY.has('resolve')) {
  const { startBenchHub } = await import('./hub-server.mjs');
  const graph = generateHub(join(work, 'hub'));
  const hub = await startBenchHub(join(work, 'hub'), LATENCY_MS);
  const hubCache = join(work, 'hub-cache');
  const floorMs = graph.depth * LATENCY_MS;
  row('resolve', 'graph', `${graph.referenced.length} referenced models, ${graph.uniqueNodes} unique nodes, depth ${graph.depth}, ${LATENCY_MS} ms latency`);
  // The CLI's default concurrency (64), then the former default (16), to show what the width costs.
  for (const concurrency of CONCURRENCY ? [CONCURRENCY] : [undefined, '16']) {
    const label = concurrency ? `--concurrency ${concurrency}` : 'default concurrency';
    const resolveArgs = [
      cli,
      'audit',
      graph.project,
      '--hub-url',
      hub.url,
      '--cache-dir',
      hubCache,
      '--format',
      'json',
      '-o',
      join(work, 'hub-report.json'),
      '--timings',
      ...(concurrency ? ['--concurrency', concurrency] : []),
    ];
    const cold = await median(RUNS, async () => {
      rmSync(hubCache, { recursive: true, force: true });
      hub.stats.requests = 0;
      return { ...(await measure('node', resolveArgs, { okCodes: [0, 1] })), requests: hub.stats.requests };
    });
    const resolved = JSON.parse(readFileSync(join(work, 'hub-report.json'), 'utf8'));
    hub.stats.requests = 0;
    const warm = { ...(await measure('node', resolveArgs, { okCodes: [0, 1] })), requests: hub.stats.requests };
    row('resolve', `cold, ${label}: wall of the process`, ms(cold.wallMs), 'start-up included');
    // The Hub work inside the audit: lookups start during the scan, so scan + resolve stages.
    row(
      'resolve',
      `cold, ${label}: scan + resolve stages`,
      ms(stageMs(cold.stderr, 'scan') + stageMs(cold.stderr, 'resolve')),
      `<= 1.5 x floor ${ms(floorMs)} (depth x latency) = ${ms(1.5 * floorMs)}, + transfer`,
    );
    row('resolve', `cold, ${label}: Hub requests / unique nodes`, `${cold.requests} / ${Object.keys(resolved.nodes).length}`, 'equal');
    row('resolve', `warm (cache), ${label}: wall / Hub requests`, `${ms(warm.wallMs)} / ${warm.requests}`, '0 requests');
  }
  await hub.close();
}

function stageMs(stderr, stage) {
  return Number(new RegExp(`timing: ${stage} (\\d+) ms`).exec(stderr)?.[1] ?? NaN);
}

// ---- Start-up -----------------------------------------------------------------------------
if (ONLY.has('startup')) {
  const bare = await median(Math.max(RUNS, 5), () => measure('node', ['-e', '0']));
  const version = await median(Math.max(RUNS, 5), () => measure('node', [cli, '--version']));
  const oneFile = join(work, 'one-file');
  mkdirSync(oneFile, { recursive: true });
  writeFileSync(join(oneFile, 'app.py'), 'from transformers import AutoModel\nmodel = AutoModel.from_pretrained("Qwen/Qwen2.5-7B-Instruct")\n');
  const single = await median(Math.max(RUNS, 5), () =>
    measure('node', [cli, 'audit', oneFile, '--offline', '--cache-dir', emptyCache, '--format', 'json', '-o', join(work, 'one.json')], { okCodes: [0, 1] }),
  );
  row('start-up', 'node -e 0 (the floor on this machine)', ms(bare.wallMs));
  row('start-up', 'modelprov --version', ms(version.wallMs), '< 150 ms');
  row('start-up', 'audit of a one-file project (--offline)', ms(single.wallMs));
}

// ---- Silent lineage (issue #16): accuracy on models whose front matter is silent --------------
if (ONLY.has('silent')) {
  const { scoreSilentLineage, silentRows } = await import('./silent-lineage.mjs');
  const result = await scoreSilentLineage();
  for (const r of silentRows(result)) row(...r);
  for (const miss of result.misses) console.error(`  silent miss: ${miss}`);
}

// ---- Recall on hand-labelled real repositories (issue #15) ---------------------------------
if (ONLY.has('recall')) {
  const { scoreAll, recallRows } = await import('./real-recall.mjs');
  for (const r of recallRows(scoreAll())) row(...r);
}

// ---- Table --------------------------------------------------------------------------------
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['area', 'figure', 'value', 'target / note'][i].length));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\nmodelprov bench: node ${process.version}, ${(await import('node:os')).cpus().length} CPUs, median of ${RUNS}\n`);
console.log(line(['area', 'figure', 'value', 'target / note']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
