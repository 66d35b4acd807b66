// Audits a copy of a policy fixture project through the real CLI, with a policy written for the test.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/model/report.js';
import { CONFIG_FILE } from '../../src/policy/index.js';
import { HUB_SNAPSHOT, REPO_ROOT, runCli } from '../helpers/run-cli.js';

export function project(name: 'policy-mixed' | 'policy-scoped', policy?: string): string {
  const dir = mkdtempSync(join(tmpdir(), `modelprov-${name}-`));
  cpSync(join(REPO_ROOT, 'fixtures/projects', name), dir, { recursive: true });
  if (policy !== undefined) writeFileSync(join(dir, CONFIG_FILE), policy);
  return dir;
}

export async function audit(dir: string, extra: string[] = [], options: { env?: NodeJS.ProcessEnv; now?: Date; format?: string } = {}) {
  const run = await runCli(['audit', dir, '--hub-snapshot', HUB_SNAPSHOT, '--format', options.format ?? 'json', ...extra], options);
  const report = options.format === undefined || options.format === 'json' ? (run.stdout ? (JSON.parse(run.stdout) as Report) : undefined) : undefined;
  const verdicts = Object.fromEntries((report?.models ?? []).map((m) => [m.id, m.policy.verdict]));
  const failing = Object.keys(verdicts)
    .filter((id) => verdicts[id] === 'fail')
    .sort();
  const model = (id: string) => report!.models.find((m) => m.id === id)!;
  return { ...run, report, verdicts, failing, model };
}

/** A one-rule policy: `rule('country: [CN]')`. */
export const rule = (body: string, id = 'r', action = 'deny') =>
  `policy:\n  rules:\n    - id: ${id}\n      action: ${action}\n${body.replace(/^/gm, '      ')}\n`;
