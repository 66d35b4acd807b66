// The loopback Hub for the bench: serves a snapshot folder over real HTTP through the compiled
// recorded-hub (same answers as tests/helpers/hub-server.ts), with a fixed latency per request,
// and counts requests. Needs `npm run build` first (imports dist/).
import { createServer } from 'node:http';
import { answerHubRequest } from '../../dist/resolve/recorded-hub.js';

export async function startBenchHub(dir, latencyMs) {
  const stats = { requests: 0 };
  const server = createServer((req, res) => {
    stats.requests++;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    setTimeout(() => {
      const answer = answerHubRequest(dir, { method: req.method ?? 'GET', url, headers });
      const body = Buffer.from(answer.body);
      res.writeHead(answer.status, { ...answer.headers, 'content-length': String(body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
    }, latencyMs);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    stats,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
