import { join, resolve } from 'node:path';
import { LOCKFILE_NAME } from '../resolve/lockfile.js';
import { loadConfig, readBaseline } from '../policy/index.js';
import { runAudit, type SlowFile, type StageTiming } from '../pipeline.js';
import { reporters, type Format } from '../report/index.js';
import { renderJsonChunks } from '../report/json.js';
import type { GroupBy } from '../report/groups.js';
import { terminalWidth } from '../report/layout.js';
import { forTerminalLine } from '../report/sanitize.js';
import { summaryLines } from '../report/summary.js';
import { annotationPrefix, githubAnnotations, wantsAnnotations } from './annotations.js';
import { ExitCode, exitCodeFor, type FailOn } from './exit-code.js';
import type { Report } from '../model/report.js';

const EXIT_MEANING = { 0: 'passes', 1: 'policy violated', 3: 'audit incomplete' } as const;
import { createHubSource, type HubFlags } from './hub-options.js';
import type { Io } from './io.js';
import { createProgress } from './progress.js';
import { VERSION } from './main.js';
import { auditOptions, checkOutputPath, resolveRoot, useColor, writeOutput, type ScanFlags } from './options.js';

export interface AuditFlags extends HubFlags, ScanFlags {
  format: Format;
  output?: string;
  config?: string;
  tree?: boolean;
  color?: boolean;
  timings?: boolean;
  sarifAll?: boolean;
  baseline?: string;
  failOn: FailOn;
  annotations?: boolean;
  groupBy?: GroupBy;
  fullReport?: string;
}

export async function auditCommand(path: string, flags: AuditFlags, io: Io): Promise<number> {
  const root = await resolveRoot(path, io);
  const outputPath = flags.output ? checkOutputPath(flags.output, io) : undefined;
  const config = loadConfig(root, flags.config && resolve(io.cwd, flags.config));
  const hub = createHubSource(flags, io, { configUrl: config.hub.url, lockfilePath: join(root, LOCKFILE_NAME) });

  const progress = createProgress(io.stderr, !!io.stderrTTY && io.env.CI === undefined);
  const baseline = flags.baseline ? readBaseline(resolve(io.cwd, flags.baseline)) : undefined;
  const timings: StageTiming[] = [];
  let slowFiles: SlowFile[] = [];
  const report = await runAudit({
    ...auditOptions(root, path, flags, config, hub.source, io, VERSION),
    baseline,
    onProgress: (e) => progress.update(e),
    onStageTime: (t) => timings.push(t),
    onSlowFiles: (files) => (slowFiles = files),
  });
  progress.done();
  for (const warning of await hub.finish()) report.errors.push({ code: 'cache-error', message: warning });

  const renderStarted = performance.now();
  // A table written to a file keeps its natural width; on the terminal (or with COLUMNS) it fits.
  const width = flags.output ? undefined : terminalWidth(io.env, io.columns);
  // JSON is written a piece at a time as it is rendered: the whole text of a large tree's report
  // would be the largest thing the audit ever holds (json.ts).
  const text: Iterable<string> =
    flags.format === 'json'
      ? renderJsonChunks(report)
      : [
          reporters[flags.format](report, {
            color: useColor(flags, io) && !flags.output,
            tree: flags.tree,
            sarifAll: flags.sarifAll,
            width,
            groupBy: flags.groupBy,
            fullReport: flags.fullReport,
          }),
        ];
  if (outputPath) await writeOutput(outputPath, flags.output!, text);
  else for (const chunk of text) io.stdout(chunk);
  timings.push({ stage: 'report', ms: performance.now() - renderStarted, detail: flags.format });
  // On stderr, never in the report: reports of the same tree stay byte-identical across runs.
  if (flags.timings) {
    io.stderr(timings.map((t) => `modelprov: timing: ${t.stage} ${t.ms.toFixed(0)} ms (${t.detail})\n`).join(''));
    io.stderr(slowFiles.map((f) => `modelprov: timing: slow file ${f.ms.toFixed(0)} ms ${f.path}\n`).join(''));
  }
  if (outputPath) io.stderr(`modelprov: report written to ${flags.output}\n`);
  if (wantsAnnotations(flags.annotations, io)) io.stderr(githubAnnotations(report, annotationPrefix(root, io)));
  const offlineMisses = report.errors.filter((e) => e.code === 'offline-miss').length;
  if (offlineMisses)
    io.stderr(
      `modelprov: ${offlineMisses} lineage lookup(s) were not in the cache of this offline run; run once online, or load answers with \`modelprov cache import DIR\`, \`--hub-snapshot DIR\` or a committed ${LOCKFILE_NAME}\n`,
    );
  const lockIncomplete = !!flags.locked && report.errors.some((e) => e.code === 'lock-miss');
  if (lockIncomplete) io.stderr(`modelprov: some models are missing from ${LOCKFILE_NAME}; run \`modelprov lock ${path}\` and commit it\n`);
  const code = exitCodeFor(report, flags.failOn, { lockIncomplete });
  io.stderr(stderrSummary(report, code, flags.output));
  return code;
}

/**
 * The last lines of every run, whatever --format and -o say: a CI log shows why the job failed
 * even when the report went to a SARIF file. Each line starts with "modelprov:", so text from a
 * file or the Hub cannot start a line of its own (or a GitHub Actions command).
 */
function stderrSummary(report: Report, code: number, output?: string): string {
  const [verdict, ...rest] = summaryLines(report, 5, forTerminalLine, output ? `in ${output}` : 'in the report');
  const exit = `exit ${code}${code === ExitCode.UsageError ? '' : ` (${EXIT_MEANING[code as keyof typeof EXIT_MEANING] ?? 'see --help'})`}`;
  return [`${verdict} — ${exit}`, ...rest.map((line) => `  ${line}`)].map((line) => `modelprov: ${line}\n`).join('');
}
