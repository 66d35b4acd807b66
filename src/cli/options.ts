import { UsageError } from './exit-code.js';
import type { Io } from './io.js';
import { statSync } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { AuditOptions } from '../pipeline.js';
import type { ModelprovConfig } from '../policy/index.js';
import { loadRegistry } from '../registry/load.js';
import type { HubSource } from '../resolve/hub-source.js';
export function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive whole number, not "${value}"`);
  return n;
}

/** Colour only on a TTY, never with --no-color or a non-empty NO_COLOR (https://no-color.org). */
export function useColor(flags: { color?: boolean }, io: Io): boolean {
  return flags.color !== false && io.isTTY && !io.env.NO_COLOR;
}

/** PATH must be an existing folder: anything else is a usage error (exit 2), never a pass. */
export async function resolveRoot(path: string, io: Io): Promise<string> {
  const root = resolve(io.cwd, path);
  const info = await stat(root).catch(() => undefined);
  if (!info) throw new UsageError(`PATH ${path} does not exist`);
  if (!info.isDirectory()) throw new UsageError(`PATH ${path} is not a folder`);
  return root;
}

/**
 * `-o FILE`: checked before the audit runs (a missing folder should not cost a whole audit), and
 * written with a message naming the file; either failure is a usage error (exit 2).
 */
export function checkOutputPath(output: string, io: Io): string {
  const target = resolve(io.cwd, output);
  const folder = statSync(dirname(target), { throwIfNoEntry: false });
  if (!folder?.isDirectory()) throw new UsageError(`cannot write the report to ${output}: folder ${dirname(output)} does not exist`);
  if (statSync(target, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`cannot write the report to ${output}: it is a folder; give a file name`);
  return target;
}

/** Writes the report to a file, whole or in the pieces a reporter hands out one by one. */
export async function writeOutput(target: string, output: string, text: string | Iterable<string>): Promise<void> {
  try {
    await writeFile(target, text);
  } catch (error) {
    throw new UsageError(`cannot write the report to ${output}: ${(error as Error).message}`);
  }
}

export interface ScanFlags {
  exclude?: string[];
  maxFileSize: string;
  maxDepth: string;
  concurrency: string;
  /** Options given on the command line (not defaulted). */
  cliOptions?: Set<string>;
}

/** The one place flags and config become the pipeline's options (audit and lock share it). */
export function auditOptions(root: string, path: string, flags: ScanFlags, config: ModelprovConfig, hub: HubSource, io: Io, version: string): AuditOptions {
  return {
    root,
    rootLabel: path,
    hub,
    policy: config.policy,
    exclude: [...config.exclude, ...(flags.exclude ?? [])],
    registry: loadRegistry({ extraFiles: config.registry }),
    maxFileBytes: positiveInt(flags.maxFileSize, '--max-file-size'),
    // Command line, then the config's hub: section, then the defaults.
    maxDepth: (flags.cliOptions?.has('maxDepth') ? undefined : config.hub.maxDepth) ?? positiveInt(flags.maxDepth, '--max-depth'),
    concurrency: (flags.cliOptions?.has('concurrency') ? undefined : config.hub.concurrency) ?? positiveInt(flags.concurrency, '--concurrency'),
    version,
    now: io.now(),
  };
}
