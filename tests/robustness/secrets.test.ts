// HF_TOKEN goes to the configured Hub and nowhere else, and never into output, errors or cache.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHubServer } from '../helpers/hub-server.js';
import { runCli } from '../helpers/run-cli.js';

const TOKEN = 'hf_test_s3cr3t_T0KEN_value_9f8e7d';
let hub: Awaited<ReturnType<typeof startHubServer>>;
let elsewhere: Awaited<ReturnType<typeof startHubServer>>;

beforeAll(async () => {
  hub = await startHubServer();
  elsewhere = await startHubServer();
});
afterAll(async () => {
  await hub.close();
  await elsewhere.close();
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('HF_TOKEN', () => {
  it('is sent to the configured Hub only, and appears in no format, message or cache entry', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'modelprov-secret-cache-'));
    const outDir = mkdtempSync(join(tmpdir(), 'modelprov-secret-out-'));
    // One model's answer redirects to another host: the token must not follow it there.
    hub.fault({ match: 'Mistral-7B-Instruct', kind: 'redirect', location: `${elsewhere.url}/api/models/mistralai/Mistral-7B-Instruct-v0.3/revision/HEAD` });
    const env = { HF_TOKEN: TOKEN };
    const outputs: string[] = [];
    for (const format of ['table', 'json', 'sarif', 'markdown', 'cyclonedx', 'html']) {
      const run = await runCli(
        ['audit', 'fixtures/demo-app', '--hub-url', hub.url, '--cache-dir', cacheDir, '--format', format, '-o', join(outDir, `report.${format}`)],
        { env },
      );
      expect(run.code).toBe(0);
      outputs.push(run.stdout, run.stderr, readFileSync(join(outDir, `report.${format}`), 'utf8'));
    }
    const missing = await runCli(['lineage', 'no-such-org/no-such-model', '--hub-url', hub.url, '--no-cache', '--format', 'json'], { env });
    outputs.push(missing.stdout, missing.stderr);
    for (const text of outputs) expect(text).not.toContain(TOKEN);
    for (const file of filesUnder(cacheDir)) expect(readFileSync(file, 'utf8')).not.toContain(TOKEN);

    expect(hub.requests.length).toBeGreaterThan(0);
    expect(hub.requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(elsewhere.requests.length).toBeGreaterThan(0);
    expect(elsewhere.requests.some((r) => r.headers.authorization !== undefined)).toBe(false);
  }, 60_000);
});
