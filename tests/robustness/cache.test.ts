// The lineage cache under stress: interrupted writes, corrupt entries, two audits at once, and a
// cache that cannot be written. The audit always completes with the right results.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { startHubServer } from '../helpers/hub-server.js';
import { HUB_SNAPSHOT, runCli } from '../helpers/run-cli.js';

let hub: Awaited<ReturnType<typeof startHubServer>>;
let expected: unknown;
const shape = (stdout: string) => (JSON.parse(stdout) as Report).models.map((m) => [m.id, m.lineage, m.origin.chineseOrigin]);
const audit = (cacheDir: string) => runCli(['audit', 'fixtures/demo-app', '--hub-url', hub.url, '--cache-dir', cacheDir, '--format', 'json']);

beforeAll(async () => {
  hub = await startHubServer({ latencyMs: 2 });
  expected = shape((await runCli(['audit', 'fixtures/demo-app', '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json'])).stdout);
});
afterAll(() => hub.close());

function entries(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? entries(join(dir, name)) : [join(dir, name)]));
}

describe('lineage cache', () => {
  it('survives corrupt entries and leftovers of interrupted writes, refetching only those', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-cache-'));
    await audit(dir);
    const files = entries(dir).filter((f) => f.endsWith('.json'));
    writeFileSync(files[0]!, '{"v":1,"storedAt":'); // cut mid-write
    writeFileSync(files[1]!, 'garbage \u0000\u0001');
    writeFileSync(`${files[2]}.1234.deadbeef.tmp`, '{"partial'); // a write that never got renamed
    hub.requests.length = 0;
    const run = await audit(dir);
    expect(shape(run.stdout)).toEqual(expected);
    expect(hub.requests.filter((r) => r.path.startsWith('/api/models/')).length).toBe(2);
  });

  it('gives two audits sharing one cache the same, right answer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-cache-'));
    const [a, b] = await Promise.all([audit(dir), audit(dir)]);
    expect(shape(a.stdout)).toEqual(expected);
    expect(shape(b.stdout)).toEqual(expected);
    expect(entries(dir).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('completes without a cache it cannot write, and says so', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'modelprov-cache-'));
    const blocked = join(parent, 'not-a-folder');
    writeFileSync(blocked, 'a file where the cache folder should be');
    const run = await audit(blocked);
    expect(run.code).toBe(0);
    expect(shape(run.stdout)).toEqual(expected);
    expect((JSON.parse(run.stdout) as Report).errors).toContainEqual(
      expect.objectContaining({ code: 'cache-error', message: expect.stringMatching(/cannot be written .*continuing without it/) }),
    );
    mkdirSync(join(parent, 'ok'));
  });

  // Node's recursive mkdir spins forever on these (ENOENT under a parent that exists): the audit never ended.
  it('completes at once without a cache under a folder that cannot hold folders (a dangling link, /proc)', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'modelprov-cache-'));
    symlinkSync(join(parent, 'unmounted-disk'), join(parent, 'dangling'));
    const places = [join(parent, 'dangling', 'cache'), ...(existsSync('/proc/self') ? ['/proc/modelprov-cache'] : [])];
    for (const place of places) {
      const run = await audit(place);
      expect(run.code, place).toBe(0);
      expect(shape(run.stdout), place).toEqual(expected);
      expect((JSON.parse(run.stdout) as Report).errors, place).toContainEqual(
        expect.objectContaining({ code: 'cache-error', message: expect.stringMatching(/cannot be written .*continuing without it/) }),
      );
    }
  }, 10_000);
});
