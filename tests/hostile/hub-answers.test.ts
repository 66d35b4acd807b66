// A hostile Hub (or a mirror a pull request points HF_ENDPOINT at) and a tampered cache
// (issue #17, items 5-8): the token never leaves, one answer never rewrites another model,
// a wrong-shape entry is a miss, and an answer's size is bounded after decompression too.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUB_FIXTURES, startHubServer, type HubServer } from '../helpers/hub-server.js';
import { runCli } from '../helpers/run-cli.js';
import { DENY_CN, filesUnder, json, loads, QWEN_FINETUNE, readAll, tempDir, tree } from './attack.js';

const TOKEN = 'hf_hostile_T0KEN_4f3e2d1c0b';
let hub: HubServer;
let elsewhere: HubServer;
beforeAll(async () => {
  hub = await startHubServer();
  elsewhere = await startHubServer();
});
afterAll(async () => {
  await hub.close();
  await elsewhere.close();
});

describe('5. the token is never stored or printed, whatever the Hub echoes', () => {
  it('an Authorization header echoed in x-error-code and x-request-id reaches no report, message or cache entry', async () => {
    hub.clearFaults();
    hub.fault({ match: QWEN_FINETUNE, kind: 'echo-authorization', status: 401, headers: ['x-error-code', 'x-request-id'] });
    hub.fault({ match: 'Qwen2.5-7B', kind: 'echo-authorization', status: 500, headers: ['x-error-code', 'x-request-id'] });
    const root = tree({ 'app/a.py': loads(QWEN_FINETUNE), 'app/b.py': loads('Qwen/Qwen2.5-7B'), 'app/c.py': loads('BAAI/bge-m3') });
    const cacheDir = tempDir();
    const outDir = tempDir();
    // The six audits run at once: each waits ~2 s on the 500's retry backoff, and they share the cache as CI jobs would.
    const audits = ['table', 'json', 'sarif', 'markdown', 'cyclonedx', 'html'].map(async (format) => {
      const out = join(outDir, `report.${format}`);
      const run = await runCli(['audit', root, '--hub-url', hub.url, '--cache-dir', cacheDir, '--format', format, '-o', out, '--annotations'], {
        env: { HF_TOKEN: TOKEN },
      });
      return [run.stdout, run.stderr, readFileSync(out, 'utf8')];
    });
    const texts = (await Promise.all(audits)).flat();
    const lineage = await runCli(['lineage', QWEN_FINETUNE, '--hub-url', hub.url, '--cache-dir', cacheDir, '--format', 'json'], { env: { HF_TOKEN: TOKEN } });
    texts.push(lineage.stdout, lineage.stderr, ...readAll(cacheDir));
    hub.clearFaults();
    expect(hub.requests.some((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    for (const text of texts) expect(text).not.toContain(TOKEN);
    // The echo is still reported, redacted: the user sees the Hub refused.
    expect(texts.join('\n')).toMatch(/\[redacted\]/);
  }, 60_000);

  it('a token with a line break is refused up front, without printing it', async () => {
    const root = tree({ 'app/a.py': loads(QWEN_FINETUNE) });
    const run = await runCli(['audit', root, '--hub-url', hub.url, '--no-cache', '--format', 'json'], { env: { HF_TOKEN: `${TOKEN}\r\nX-Injected: yes` } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/HF_TOKEN/);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
    expect(hub.requests.some((r) => 'x-injected' in r.headers)).toBe(false);
  });
});

describe('6. one answer never rewrites another model', () => {
  it('an answer naming another model is an error for the asked model alone, and poisons nothing', async () => {
    hub.clearFaults();
    // The mirror answers evil-mirror/idmismatch with Qwen/Qwen2.5-7B's recording, relicensed MIT and with no base.
    hub.fault({ match: 'evil-mirror/idmismatch', kind: 'answer-as', id: 'Qwen/Qwen2.5-7B', patch: { cardData: { license: 'mit' }, tags: ['license:mit'] } });
    const cacheDir = tempDir();
    const first = await runCli(['audit', tree({ 'a.py': loads('evil-mirror/idmismatch') }), '--hub-url', hub.url, '--cache-dir', cacheDir, '--format', 'json']);
    hub.clearFaults();
    const asked = json(first.stdout).models.find((m) => m.id === 'evil-mirror/idmismatch')!;
    expect(asked.lineage.status).toBe('unresolved');
    expect(JSON.stringify(json(first.stdout).errors)).toMatch(/evil-mirror\/idmismatch.*Qwen\/Qwen2\.5-7B/);
    // A later audit of the real model (offline: from the cache alone) keeps its own licence.
    const second = await runCli(['audit', tree({ 'b.py': loads('Qwen/Qwen2.5-7B') }), '--hub-url', hub.url, '--cache-dir', cacheDir, '--format', 'json']);
    const qwen = json(second.stdout).models.find((m) => m.id === 'Qwen/Qwen2.5-7B')!;
    expect(qwen.licenses[0]!.id).not.toBe('mit');
    expect(JSON.stringify(qwen.licenses)).toMatch(/apache/i);
  });

  it('a redirect to another host cannot rename a model; a redirect on the same host can', async () => {
    hub.clearFaults();
    hub.fault({ match: 'evil-mirror/elsewhere', kind: 'redirect', location: `${elsewhere.url}/api/models/Qwen/Qwen2.5-7B` });
    const run = await runCli([
      'audit',
      tree({ 'a.py': loads('evil-mirror/elsewhere'), 'b.py': loads('bert-base-uncased') }),
      '--hub-url',
      hub.url,
      '--no-cache',
      '--format',
      'json',
    ]);
    hub.clearFaults();
    const report = json(run.stdout);
    expect(report.models.find((m) => m.id === 'evil-mirror/elsewhere')?.lineage.status).toBe('unresolved');
    expect(report.models.some((m) => m.id === 'Qwen/Qwen2.5-7B')).toBe(false);
    expect(report.models.find((m) => m.id === 'google-bert/bert-base-uncased')?.lineage.status).toBe('resolved');
  });
});

describe('7. a wrong-shape cache or lockfile entry is a miss, never a crash or a model without a licence', () => {
  const shapes: [string, (entry: Record<string, any>) => unknown][] = [
    ['data: null', (e) => ({ ...e, answer: { ...e.answer, data: null } })],
    ['{ok: true}', (e) => ({ ...e, answer: { ok: true } })],
    ['data: "str"', (e) => ({ ...e, answer: { ...e.answer, data: 'str' } })],
    ['storedAt: "x"', (e) => ({ ...e, storedAt: 'x' })],
    ['answer: null', (e) => ({ ...e, answer: null })],
    ['id: 42', (e) => ({ ...e, answer: { ...e.answer, id: 42 } })],
    ['cardData a string', (e) => ({ ...e, answer: { ...e.answer, data: { ...e.answer.data, cardData: 'x', tags: 'y' } } })],
  ];
  it.each(shapes)('cache entry with %s: a miss reported once, refetched online, unresolved offline', async (_name, mangle) => {
    const root = tree({ 'a.py': loads('Qwen/Qwen2.5-7B') });
    const cacheDir = tempDir();
    await runCli(['audit', root, '--hub-url', hub.url, '--cache-dir', cacheDir]);
    const entries = filesUnder(cacheDir);
    expect(entries.length).toBeGreaterThan(0);
    for (const file of entries) writeFileSync(file, JSON.stringify(mangle(JSON.parse(readFileSync(file, 'utf8')))));

    const offline = await runCli(['audit', root, '--hub-url', hub.url, '--cache-dir', cacheDir, '--offline', '--format', 'json']);
    expect(offline.code).toBe(0);
    const report = json(offline.stdout);
    const qwen = report.models.find((m) => m.id === 'Qwen/Qwen2.5-7B')!;
    expect(qwen.lineage.status).toBe('unresolved');
    const said = report.errors.filter((e) => e.code === 'cache-error');
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toMatch(/malformed/);

    const online = await runCli(['audit', root, '--hub-url', hub.url, '--cache-dir', cacheDir, '--format', 'json']);
    const again = json(online.stdout).models.find((m) => m.id === 'Qwen/Qwen2.5-7B')!;
    expect(again.lineage.status).toBe('resolved');
    expect(again.licenses.length).toBeGreaterThan(0);
  });

  it.each([
    ['models: null', (l: Record<string, any>) => ({ ...l, models: null })],
    [
      'a node without hub data',
      (l: Record<string, any>) => ({ ...l, nodes: Object.fromEntries(Object.entries(l.nodes).map(([k, n]: [string, any]) => [k, { ...n, hub: null }])) }),
    ],
    ['a node that is a string', (l: Record<string, any>) => ({ ...l, nodes: Object.fromEntries(Object.keys(l.nodes).map((k) => [k, 'str'])) })],
    ['files: "x"', (l: Record<string, any>) => ({ ...l, files: 'x' })],
  ])('lockfile with %s: --locked says what is wrong and never passes or crashes', async (_name, mangle) => {
    const root = tree({ 'a.py': loads('Qwen/Qwen2.5-7B') });
    const locked = await runCli(['lock', root, '--hub-url', hub.url, '--no-cache']);
    expect(locked.code).toBe(0);
    const path = join(root, 'modelprov.lock.json');
    writeFileSync(path, JSON.stringify(mangle(JSON.parse(readFileSync(path, 'utf8')))));
    const run = await runCli(['audit', root, '--locked', '--hub-url', hub.url, '--no-cache']);
    expect([2, 3]).toContain(run.code);
    expect(run.stderr).not.toMatch(/internal error/i);
    expect(run.stderr).toMatch(/lock/);
  });

  it('cache import is all or nothing', async () => {
    const snapshot = tempDir();
    mkdirSync(join(snapshot, 'models/Qwen'), { recursive: true });
    cpSync(join(HUB_FIXTURES, 'models/Qwen/Qwen2.5-7B.json'), join(snapshot, 'models/Qwen/Qwen2.5-7B.json'));
    mkdirSync(join(snapshot, 'models/evil'), { recursive: true });
    // A recording filed under one id that names another: it would overwrite that model's answer.
    writeFileSync(join(snapshot, 'models/evil/x.json'), JSON.stringify({ id: 'BAAI/bge-m3', cardData: { license: 'mit' } }));
    const cacheDir = tempDir();
    const run = await runCli(['cache', 'import', snapshot, '--hub-url', hub.url, '--cache-dir', cacheDir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/evil\/x\.json/);
    expect(filesUnder(cacheDir)).toEqual([]);
  });
});

describe('8. an answer is bounded after decompression', () => {
  it('a gzip body inflating past the cap is an error for that model, and the run goes on', async () => {
    hub.clearFaults();
    hub.fault({ match: QWEN_FINETUNE, kind: 'gzip-bomb', inflatedBytes: 128 * 1024 * 1024 });
    const root = tree({ '.modelprov.yml': DENY_CN, 'a.py': loads(QWEN_FINETUNE), 'b.py': loads('BAAI/bge-m3') });
    const run = await runCli(['audit', root, '--hub-url', hub.url, '--no-cache', '--format', 'json']);
    hub.clearFaults();
    const report = json(run.stdout);
    expect(report.models.find((m) => m.id === QWEN_FINETUNE)?.lineage.status).toBe('unresolved');
    expect(JSON.stringify(report.errors)).toMatch(/larger than/);
    expect(report.models.find((m) => m.id === 'BAAI/bge-m3')?.lineage.status).toBe('resolved');
    expect(run.code).not.toBe(0);
  }, 60_000);
});
