// Golden files: every reporter's output for the bundled demo, audited through the loopback Hub,
// compared byte for byte with tests/report/golden/. Any change of output fails here; when the
// change is intended, rewrite them with `UPDATE_GOLDEN=1 npx vitest run tests/report/golden.test.ts`
// and review the diff. Only what differs between machines and runs is normalised: the repository
// and temporary paths, the loopback port, the tool version and the time.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reporters } from '../../src/report/index.js';
import { startHubServer, type HubServer } from '../helpers/hub-server.js';
import { beforeSummary, REPO_ROOT, runCli } from '../helpers/run-cli.js';

const GOLDEN = join(import.meta.dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const NOW = new Date('2026-11-25T12:00:00Z');
const FORMATS = Object.keys(reporters).sort();
const EXTENSION: Record<string, string> = {
  table: 'txt',
  json: 'json',
  sarif: 'sarif',
  markdown: 'md',
  'markdown-summary': 'summary.md',
  html: 'html',
  cyclonedx: 'cdx.json',
};

/** The demo as shipped (no policy: everything passes), and under a policy that fails, warns and excepts. */
const RUNS = [
  { name: 'demo', args: [] as string[] },
  { name: 'demo-policy', args: ['--config', 'tests/report/golden/policy.yml'] },
];

let hub: HubServer;
let cacheDir: string;
beforeAll(async () => {
  hub = await startHubServer();
  cacheDir = mkdtempSync(join(tmpdir(), 'modelprov-golden-'));
});
afterAll(async () => {
  await hub.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces what depends on the machine and the run, in the raw and the JSON-escaped spelling. */
function normalise(text: string): string {
  const port = new URL(hub.url).port;
  let out = text;
  for (const [value, token] of [
    [cacheDir, '<CACHE>'],
    [REPO_ROOT, '<REPO>'],
  ] as const) {
    out = out.replaceAll(value, token).replaceAll(JSON.stringify(value).slice(1, -1), token);
  }
  out = out.replace(new RegExp(`(127\\.0\\.0\\.1|localhost):${port}\\b`, 'g'), '$1:<PORT>');
  // The version where a reporter names the tool, not every "0.1.0" (a model could carry one).
  out = out.replace(new RegExp(`("name": ?"modelprov",\\s*"version": ?")${escape(VERSION)}"`, 'g'), '$1<VERSION>"');
  out = out.replace(new RegExp(`modelprov ${escape(VERSION)}\\b`, 'g'), 'modelprov <VERSION>');
  out = out.replace(new RegExp(`("version": ?")${escape(VERSION)}(",\\s*"informationUri")`, 'g'), '$1<VERSION>$2');
  return out;
}

for (const run of RUNS) {
  describe(`golden: ${run.name}`, () => {
    for (const format of FORMATS) {
      it(`${format} output is unchanged`, async () => {
        const result = await runCli(
          ['audit', 'fixtures/demo-app', '--hub-url', hub.url, '--cache-dir', cacheDir, '--format', format, '--fail-on', 'never', ...run.args],
          { now: NOW },
        );
        expect(beforeSummary(result.stderr)).toBe('');
        expect(result.code).toBe(0);
        const actual = normalise(result.stdout);
        const file = join(GOLDEN, `${run.name}.${EXTENSION[format] ?? format}`);
        if (UPDATE || !existsSync(file)) {
          if (!UPDATE) throw new Error(`${file} is missing: run with UPDATE_GOLDEN=1 to write it, then review it`);
          writeFileSync(file, actual);
          return;
        }
        expect(actual, `${file} differs; if the change is intended, rerun with UPDATE_GOLDEN=1 and review the diff`).toBe(readFileSync(file, 'utf8'));
      });
    }
  });
}

describe('golden files', () => {
  it('cover every reporter, and no stale file is left in the folder', () => {
    const expected = RUNS.flatMap((r) => FORMATS.map((f) => `${r.name}.${EXTENSION[f] ?? f}`));
    expect(FORMATS.filter((f) => !EXTENSION[f])).toEqual([]);
    expect(
      readdirSync(GOLDEN)
        .filter((f) => f !== 'policy.yml')
        .sort(),
    ).toEqual(expected.sort());
  });
});
