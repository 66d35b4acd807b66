// The node:http transport under HubClient, against a real loopback server: compressed answers,
// oversized bodies, timeouts, bodies cut short, redirects left to hub-fetch.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HubClient } from '../../src/resolve/hub-client.js';
import { createHttpTransport, ResponseTooLargeError } from '../../src/resolve/http-transport.js';
import { startHubServer, type HubServer } from '../helpers/hub-server.js';

let hub: HubServer | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

describe('HubClient over the node:http transport', () => {
  for (const compress of ['gzip', 'br', 'deflate'] as const) {
    it(`reads ${compress}-compressed model and file answers`, async () => {
      hub = await startHubServer({ compress });
      const client = new HubClient({ hubUrl: hub.url, fetch: { maxAttempts: 1 } });
      const model = await client.getModel('Qwen/Qwen2.5-7B-Instruct');
      expect(model.ok && model.id).toBe('Qwen/Qwen2.5-7B-Instruct');
      expect(model.ok && model.data.cardData).toMatchObject({ base_model: 'Qwen/Qwen2.5-7B' });
      const file = await client.getFile('google-bert/bert-base-uncased', 'config.json');
      expect(file.ok && JSON.parse(file.text)).toMatchObject({ model_type: 'bert' });
      expect(hub.requests[0]!.headers['accept-encoding']).toContain(compress);
    });
  }

  it('reports a missing model as not found when the error answer is compressed', async () => {
    hub = await startHubServer({ compress: 'gzip' });
    const client = new HubClient({ hubUrl: hub.url, fetch: { maxAttempts: 1 } });
    const answer = await client.getModel('nobody/no-such-model');
    expect(answer).toMatchObject({ ok: false, code: 'hub-not-found' });
  });

  it('retries a body cut short and gets the whole answer', async () => {
    hub = await startHubServer();
    hub.fault({ match: 'Qwen2.5-7B-Instruct', kind: 'reset-mid-body', times: 1 });
    const client = new HubClient({ hubUrl: hub.url, fetch: { maxAttempts: 3, backoffMs: 1 } });
    const model = await client.getModel('Qwen/Qwen2.5-7B-Instruct');
    expect(model.ok).toBe(true);
    expect(hub.requests.length).toBe(2);
  });

  it('gives up on a slow Hub after the timeout, as a timeout', async () => {
    hub = await startHubServer();
    hub.fault({ match: 'Qwen2.5-7B-Instruct', kind: 'latency', ms: 2000 });
    const client = new HubClient({ hubUrl: hub.url, fetch: { maxAttempts: 1, timeoutMs: 100 } });
    const started = performance.now();
    const answer = await client.getModel('Qwen/Qwen2.5-7B-Instruct');
    expect(answer).toMatchObject({ ok: false, code: 'hub-timeout' });
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('createHttpTransport', () => {
  async function serve(handler: Parameters<typeof createServer>[1]) {
    const server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { url, close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
  }

  it('refuses a body over the size cap instead of buffering it', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(Buffer.alloc(300_000, 0x20));
    });
    try {
      const transport = createHttpTransport({ maxSockets: 4, maxBodyBytes: 100_000 });
      await expect(transport(`${server.url}/api/models/a/b`)).rejects.toBeInstanceOf(ResponseTooLargeError);
    } finally {
      await server.close();
    }
  });

  it('hands a redirect back unfollowed, with its location and the requested URL', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(302, { location: 'https://cdn.example/x' });
      res.end();
    });
    try {
      const response = await createHttpTransport({ maxSockets: 4 })(`${server.url}/a/resolve/main/x`);
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('https://cdn.example/x');
      expect(response.url).toBe(`${server.url}/a/resolve/main/x`);
    } finally {
      await server.close();
    }
  });

  it('sends the caller headers and method, and answers 204 with no body', async () => {
    let seen: { method?: string; auth?: string } = {};
    const server = await serve((req, res) => {
      seen = { method: req.method, auth: req.headers.authorization };
      res.writeHead(204);
      res.end();
    });
    try {
      const response = await createHttpTransport({ maxSockets: 4 })(`${server.url}/x`, { method: 'HEAD', headers: { authorization: 'Bearer t' } });
      expect(response.status).toBe(204);
      expect(await response.text()).toBe('');
      expect(seen).toEqual({ method: 'HEAD', auth: 'Bearer t' });
    } finally {
      await server.close();
    }
  });

  it('rejects URLs that are not http(s)', async () => {
    await expect(createHttpTransport({ maxSockets: 1 })('file:///etc/passwd')).rejects.toThrow(/unsupported protocol/);
  });
});
