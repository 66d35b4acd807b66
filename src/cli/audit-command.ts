import { stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { LOCKFILE_NAME } from '../resolve/lockfile.js';
import { loadConfig } from '../policy/index.js';
import { runAudit } from '../pipeline.js';
import { reporters, type Format } from '../report/index.js';
import { exitCodeFor, UsageError } from './exit-code.js';
import { createHubSource, type HubFlags } from './hub-options.js';
import type { Io } from './io.js';
import { VERSION } from './main.js';
import { positiveInt, useColor } from './options.js';

export interface AuditFlags extends HubFlags {
  format: Format;
  output?: string;
  config?: string;
  exclude?: string[];
  maxFileSize: string;
  maxDepth: string;
  concurrency: string;
  tree?: boolean;
  color?: boolean;
  sarifAll?: boolean;
}

export async function auditCommand(path: string, flags: AuditFlags, io: Io): Promise<number> {
  const root = resolve(io.cwd, path);
  const info = await stat(root).catch(() => undefined);
  if (!info) throw new UsageError(`PATH ${path} does not exist`);
  if (!info.isDirectory()) throw new UsageError(`PATH ${path} is not a folder`);
  const config = loadConfig(root, flags.config && resolve(io.cwd, flags.config));
  const hub = createHubSource(flags, io, { configUrl: config.hub.url, lockfilePath: join(root, LOCKFILE_NAME) });

  const report = await runAudit({
    root,
    rootLabel: path,
    hub: hub.source,
    policy: config.policy,
    exclude: [...config.exclude, ...(flags.exclude ?? [])],
    registryFiles: config.registry,
    maxFileBytes: positiveInt(flags.maxFileSize, '--max-file-size'),
    maxDepth: config.hub.maxDepth ?? positiveInt(flags.maxDepth, '--max-depth'),
    concurrency: config.hub.concurrency ?? positiveInt(flags.concurrency, '--concurrency'),
    version: VERSION,
    now: io.now(),
  });
  for (const warning of hub.warnings()) report.errors.push({ code: 'cache-error', message: warning });

  const text = reporters[flags.format](report, { color: useColor(flags, io) && !flags.output, tree: flags.tree, sarifAll: flags.sarifAll });
  if (flags.output) await writeFile(resolve(io.cwd, flags.output), text);
  else io.stdout(text);
  if (flags.output) io.stderr(`modelprov: report written to ${flags.output}\n`);
  if (flags.locked && report.errors.some((e) => e.code === 'lock-miss')) {
    io.stderr(`modelprov: some models are missing from ${LOCKFILE_NAME}; run \`modelprov lock ${path}\` and commit it\n`);
    return Math.max(exitCodeFor(report), 3);
  }
  return exitCodeFor(report);
}
