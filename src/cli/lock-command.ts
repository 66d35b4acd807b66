import { join, resolve } from 'node:path';
import { loadConfig } from '../policy/index.js';
import { runAudit } from '../pipeline.js';
import { LOCKFILE_NAME, RecordingSource, writeLockfile } from '../resolve/lockfile.js';
import { ExitCode } from './exit-code.js';
import { createHubSource, hubUrlFrom, type HubFlags } from './hub-options.js';
import type { Io } from './io.js';
import { VERSION } from './main.js';
import { auditOptions, resolveRoot, type ScanFlags } from './options.js';

export interface LockFlags extends HubFlags, ScanFlags {
  config?: string;
}

/** Audits PATH through a recorder and writes every Hub answer it used to modelprov.lock.json. */
export async function lockCommand(path: string, flags: LockFlags, io: Io): Promise<number> {
  const root = await resolveRoot(path, io);
  const config = loadConfig(root, flags.config && resolve(io.cwd, flags.config));
  const lockfilePath = join(root, LOCKFILE_NAME);
  const hub = createHubSource(flags, io, { configUrl: config.hub.url });
  const options = auditOptions(root, path, flags, config, hub.source, io, VERSION);
  const recorder = new RecordingSource(hub.source, options.registry);
  const report = await runAudit({ ...options, hub: recorder });
  for (const warning of await hub.finish()) io.stderr(`modelprov: ${warning}\n`);
  const hubLabel = flags.hubSnapshot ? `snapshot:${flags.hubSnapshot}` : hubUrlFrom(flags, io, config.hub.url);
  const lock = recorder.toLockfile(`modelprov ${VERSION}`, hubLabel);
  writeLockfile(lockfilePath, lock);
  const missing = report.models.filter((m) => m.lineage.status !== 'resolved');
  io.stderr(`modelprov: wrote ${join(path, LOCKFILE_NAME)} (${Object.keys(lock.nodes).length} nodes for ${report.models.length} models)\n`);
  for (const m of missing) io.stderr(`modelprov: ${m.id}: lineage ${m.lineage.status}: ${m.lineage.problems[0] ?? ''}\n`);
  return missing.length > 0 ? ExitCode.Incomplete : ExitCode.Ok;
}
