// Issue #18's "no single file over 100 ms per MB", measured per file: every file of 64 KB or more of a tree, each
// extracted as the scan does (extractFile: read, prefilter, every extractor that wants it, the references' lines and
// contexts), warm (one untimed pass over all of them first, so the JIT and the page cache are settled), repeated, in
// CPU time (user + sys of this one thread: a busy machine's wall clock says more about the other work on its cores),
// the least of the repeats. The step that took most of a file (screen or one extractor) is named from one more run,
// extractor by extractor. Files under 64 KB are left out: their fixed costs say nothing about growth with size.
//   node tests/bench/per-mb.mjs [/tmp/real-corpus] [top=20]     (after `npm run build`)
//   PER_MB_REPEATS=3, PER_MB_ALL=1 prints every file (tab-separated), PER_MB_DIST=<dist> measures another build,
//   PER_MB_BEFORE=<dist> measures that build too, file by file in turn with this one (a before/after under the same load).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const TARGET_MS_PER_MB = 100;
const FLOOR = 64 * 1024;

/** Each file of `floor` bytes or more under root: [{ path, size, ms, perMb, top }], slowest per MB first. */
export async function measurePerMb(root, { dist = DIST, repeats = 3, floor = FLOOR } = {}) {
  return (await comparePerMb(root, [dist], { repeats, floor })).map((r) => ({ ...r, ms: r.ms[0], perMb: r.perMb[0], top: r.top[0] }));
}

const DIST = join(import.meta.dirname, '..', '..', 'dist');

/**
 * The same for several builds (a before and an after), each file measured with each build in turn, so that both see
 * the same load: rows with one figure per build in `ms`, `perMb` and `top`, slowest per MB (by the last build) first.
 */
export async function comparePerMb(root, dists, { repeats = 3, floor = FLOOR } = {}) {
  const builds = [];
  for (const dist of dists) builds.push(await load(dist));
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const files = [];
  for (const file of builds[0].walkProjectSync(
    root,
    { maxFileBytes: 4 * 1024 * 1024, exclude: [], wants: builds[0].selectExtractors },
    { skipped() {}, diagnostic() {} },
  ))
    if (file.size >= floor && file.kind !== 'binary') files.push(file);
  const once = async (build, file) => {
    const at = cpu();
    await build.extractFile(file);
    return cpu() - at;
  };
  for (const build of builds) for (const file of files) await once(build, file); // warm-up
  const rows = [];
  // Which build goes first alternates from file to file: the one measured second in a pair paid more for the same file
  // (session 32: 198 -> 255 files over 100 ms/MB between two builds whose single-file audits cost the same).
  const order = builds.map((_, i) => i);
  for (const [n, file] of files.entries()) {
    const row = { path: file.relPath, size: file.size, ms: [], perMb: [], top: [] };
    for (const b of n % 2 ? [...order].reverse() : order) {
      const build = builds[b];
      let ms = Infinity;
      for (let i = 0; i < repeats; i++) ms = Math.min(ms, await once(build, file));
      row.ms[b] = ms;
      row.perMb[b] = ms / (file.size / 1048576);
      // (Named for the last build only: a before/after pair asks where the after's time goes.)
      row.top[b] = b === builds.length - 1 ? await topStep(build, file, cpu) : '';
    }
    rows.push(row);
  }
  return rows.sort((a, b) => b.perMb.at(-1) - a.perMb.at(-1));
}

async function load(dist) {
  const m = async (path) => import(join(dist, path));
  return {
    ...(await m('discover/walk.js')),
    ...(await m('scan/select.js')),
    ...(await m('scan/screen.js')),
    ...(await m('scan/extract-file.js')),
    ...(await m('extract/index.js')),
    ...(await m('extract/shared/structured.js')),
    ...(await m('extract/shared/yaml-files.js')),
    ...(await m('extract/shared/calls.js')),
  };
}

/** Which step took most of a file: the screen, then each extractor alone on the text it was handed. */
async function topStep(build, file, cpu) {
  let at = cpu();
  const screened = build.screenFile(file, build.extractors);
  let top = ['screen', cpu() - at];
  if (!('admitted' in screened)) return top[0];
  const source = { relPath: file.relPath, size: file.size, text: build.withoutSchemaDocuments(screened.admitted, file.relPath) };
  for (const extractor of build.matchingFor(file, build.extractors)) {
    at = cpu();
    try {
      await extractor.extract(source);
    } catch {}
    const spent = cpu() - at;
    if (spent > top[1]) top = [extractor.name, spent];
  }
  build.forgetParse();
  build.forgetCallSites();
  return top[0];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.argv[2] ?? '/tmp/real-corpus';
  const top = Number(process.argv[3] ?? 20);
  const repeats = Number(process.env.PER_MB_REPEATS ?? 3);
  const dists = [...(process.env.PER_MB_BEFORE ? [process.env.PER_MB_BEFORE] : []), process.env.PER_MB_DIST ?? DIST];
  const rows = await comparePerMb(root, dists, { repeats });
  const f = (n) => n.toFixed(0);
  if (process.env.PER_MB_ALL === '1') {
    for (const r of rows) console.log([...r.perMb.map(f), ...r.ms.map((n) => n.toFixed(1)), r.size, ...r.top, r.path].join('\t'));
  } else {
    dists.forEach((dist, i) => {
      const over = rows.filter((r) => r.perMb[i] > TARGET_MS_PER_MB);
      const by = new Map();
      for (const r of over) by.set(r.top[i], (by.get(r.top[i]) ?? 0) + 1);
      console.log(`${dist}: files of 64 KB or more: ${rows.length}; over ${TARGET_MS_PER_MB} ms per MB (CPU, warm, least of ${repeats}): ${over.length}`);
      if (i === dists.length - 1)
        console.log(
          `  by the step that took most of each: ${[...by]
            .sort((a, b) => b[1] - a[1])
            .map(([n, c]) => `${n} ${c}`)
            .join(', ')}`,
        );
    });
    for (const r of rows.slice(0, top))
      console.log(
        `${r.perMb.map((n) => f(n).padStart(6)).join(' ')} ms/MB ${r.ms.map((n) => f(n).padStart(5)).join(' ')} ms ${(r.size / 1024).toFixed(0).padStart(6)} K  ${r.top.at(-1).padEnd(13)} ${r.path}`,
      );
  }
}
