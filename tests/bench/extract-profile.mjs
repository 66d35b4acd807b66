// Where extraction CPU goes, one thread, no pool: walks a tree as the scan does, screens each file
// (read + prefilter), runs each extractor that wants an admitted file alone and adds up its time.
// Prints the screen's time, each extractor's total, files run and references, and the slowest
// (extractor, file) pairs. Usage (after `npm run build`):
//   node tests/bench/extract-profile.mjs /tmp/real-corpus [top=20]
// PROFILE_CPU=1 adds CPU time (user + sys) per extractor, and the cost per MB of each file is then its CPU time (a
// loaded machine's wall time says more about the other work on its cores than about the file). PROFILE_ONLY=model-names,python limits the extractors timed (the others are not run); PROFILE_DIST=<dist>
// runs another build (a worktree of the commit before a change) for a before/after pair.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const dist = process.env.PROFILE_DIST ?? join(import.meta.dirname, '..', '..', 'dist');
const { walkProjectSync } = await import(join(dist, 'discover/walk.js'));
const { selectExtractors, matchingFor } = await import(join(dist, 'scan/select.js'));
const { screenFile } = await import(join(dist, 'scan/screen.js'));
const { extractors } = await import(join(dist, 'extract/index.js'));
const { forgetParse } = await import(join(dist, 'extract/shared/structured.js'));
// What the scan hands extractors (extract-file.ts): CRD documents as empty lines, in builds that do so.
const { withoutSchemaDocuments = (text) => text } = await import(join(dist, 'extract/shared/yaml-files.js'));
const { forgetCallSites = () => {} } = await import(join(dist, 'extract/shared/calls.js'));

const root = process.argv[2] ?? '/tmp/real-corpus';
const top = Number(process.argv[3] ?? 20);
// CPU time per call (getrusage) is exact where wall time is not (a busy machine), but costs a system call per call.
const measureCpu = process.env.PROFILE_CPU === '1';
const cpuUsage = measureCpu ? () => process.cpuUsage() : () => ({ user: 0, system: 0 });
const only = process.env.PROFILE_ONLY ? new Set(process.env.PROFILE_ONLY.split(',')) : undefined;

const totals = new Map(); // extractor -> { ms, files, refs }
const slow = [];
// Per file: screen (read + decode + prefilter) plus every extractor, against the target of 100 ms per MB. Files under
// 64 KB are left out: their fixed costs say nothing about growth with size.
const perFile = [];
const PER_MB_FLOOR = 64 * 1024;
const byKind = new Map(); // `${extractor} *.ext` -> ms
let screenMs = 0;
let screenCpu = 0;
let walked = 0;
let admittedFiles = 0;
let admittedChars = 0;
const started = performance.now();
const walk = walkProjectSync(
  root,
  { maxFileBytes: 4 * 1024 * 1024, exclude: [], wants: selectExtractors, sizeOnRead: true },
  { skipped() {}, diagnostic() {} },
);
for (const file of walk) {
  walked++;
  const t0 = performance.now();
  const c0 = cpuUsage();
  const screened = screenFile(file, extractors);
  const screenedIn = performance.now() - t0;
  screenMs += screenedIn;
  const c1 = cpuUsage();
  const screenedCpu = (c1.user + c1.system - c0.user - c0.system) / 1000;
  screenCpu += screenedCpu;
  let fileMs = measureCpu ? screenedCpu : screenedIn;
  // The extractor that took most of the file's time, for the per-MB list.
  let topName = 'screen';
  let topMs = fileMs;
  if (!('admitted' in screened)) continue;
  admittedFiles++;
  admittedChars += screened.admitted.length;
  const source = { relPath: file.relPath, size: file.size, text: withoutSchemaDocuments(screened.admitted, file.relPath) };
  if (file.kind === 'binary') continue; // header readers: not the text extractors' cost
  for (const extractor of matchingFor(file, extractors)) {
    if (only && !only.has(extractor.name)) continue;
    const t = performance.now();
    const cpu = cpuUsage();
    let refs = 0;
    try {
      refs = (await extractor.extract(source)).references.length;
    } catch {}
    const ms = performance.now() - t;
    const after = cpuUsage();
    const cpuMs = (after.user + after.system - cpu.user - cpu.system) / 1000;
    const own = measureCpu ? cpuMs : ms;
    fileMs += own;
    if (own > topMs) [topName, topMs] = [extractor.name, own];
    const total = totals.get(extractor.name) ?? { ms: 0, cpu: 0, files: 0, refs: 0, yielding: 0, idleCpu: 0 };
    total.ms += ms;
    total.cpu += cpuMs;
    total.files++;
    total.refs += refs;
    // Files read for nothing: what a tighter gate could spare.
    if (refs > 0) total.yielding++;
    else total.idleCpu += measureCpu ? cpuMs : ms;
    totals.set(extractor.name, total);
    slow.push([ms, extractor.name, file.relPath, screened.admitted.length]);
    const kind = `${extractor.name} *${/\.[^./]+$/.exec(file.relPath)?.[0] ?? file.relPath.slice(file.relPath.lastIndexOf('/') + 1)}`;
    byKind.set(kind, (byKind.get(kind) ?? 0) + ms);
    if (slow.length > 4 * top) slow.sort((a, b) => b[0] - a[0]).splice(top);
  }
  if (file.size >= PER_MB_FLOOR) perFile.push([fileMs / (file.size / 1048576), fileMs, file.size, file.relPath, topName]);
  forgetParse();
  forgetCallSites();
}
const wall = performance.now() - started;
const f = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `walked ${walked} files, admitted ${admittedFiles} (${(admittedChars / 1e6).toFixed(1)} M chars); wall ${f(wall)}, CPU ${f((process.cpuUsage().user + process.cpuUsage().system) / 1000)}; screen ${f(screenMs)} wall, ${f(screenCpu)} CPU`,
);
for (const [name, t] of [...totals].sort((a, b) => b[1].ms - a[1].ms))
  console.log(
    `${name.padEnd(18)} ${f(t.ms).padStart(9)} wall ${f(t.cpu).padStart(9)} CPU  ${String(t.files).padStart(6)} files  ${String(t.refs).padStart(6)} refs  ${String(t.yielding).padStart(6)} files yield  ${f(t.idleCpu).padStart(8)} ${measureCpu ? 'CPU' : 'wall'} on the others`,
  );
console.log('by extractor and file extension:');
for (const [kind, ms] of [...byKind].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${f(ms).padStart(9)}  ${kind}`);
console.log('slowest (extractor, file):');
for (const [ms, name, path, chars] of slow.sort((a, b) => b[0] - a[0]).slice(0, top))
  console.log(`${ms.toFixed(0).padStart(6)} ms  ${name.padEnd(14)} ${(chars / 1e3).toFixed(0).padStart(6)} K  ${path}`);
const overBudget = perFile.filter(([perMb]) => perMb > 100);
console.log(`files of 64 KB or more: ${perFile.length}; over 100 ms per MB (screen + extractors, ${measureCpu ? 'CPU' : 'wall'}): ${overBudget.length}`);
const overBy = new Map();
for (const [, , , , name] of overBudget) overBy.set(name, (overBy.get(name) ?? 0) + 1);
console.log(
  `  by the step that took most of each: ${[...overBy]
    .sort((a, b) => b[1] - a[1])
    .map(([n, c]) => `${n} ${c}`)
    .join(', ')}`,
);
for (const [perMb, ms, size, path, name] of perFile.sort((a, b) => b[0] - a[0]).slice(0, top))
  console.log(`${perMb.toFixed(0).padStart(6)} ms/MB ${ms.toFixed(0).padStart(5)} ms ${(size / 1024).toFixed(0).padStart(6)} K  ${name.padEnd(13)} ${path}`);
