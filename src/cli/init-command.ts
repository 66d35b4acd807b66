import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE, STARTER_POLICY } from '../policy/index.js';
import { ExitCode, UsageError } from './exit-code.js';
import type { Io } from './io.js';
import { resolveRoot } from './options.js';

/** Writes a commented starter `.modelprov.yml`; never overwrites one without --force. */
export async function initCommand(path: string, flags: { force?: boolean }, io: Io): Promise<number> {
  const target = join(await resolveRoot(path, io), CONFIG_FILE);
  if (existsSync(target) && !flags.force) throw new UsageError(`${join(path, CONFIG_FILE)} already exists; use --force to replace it`);
  writeFileSync(target, STARTER_POLICY);
  io.stderr(`modelprov: wrote ${join(path, CONFIG_FILE)}; edit its rules, then run \`modelprov audit ${path}\`\n`);
  // The starter fails closed: say so, and how to opt out, where the user is looking.
  io.stderr(
    `modelprov: an incomplete audit (Hub unreachable, a file that could not be read) exits 3; set \`fail_on_incomplete: false\` in it to let such runs pass\n`,
  );
  return ExitCode.Ok;
}
