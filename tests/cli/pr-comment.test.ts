// The GitHub Action's comment step against a real HTTP server on loopback standing in for the
// GitHub API: the first run posts the comment, the next updates it (one comment per PR), and a
// refused write is a warning, never a failed job.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, HUB_SNAPSHOT } from '../helpers/run-cli.js';

const run = promisify(execFile);
const requests: { method: string; url: string; body: string; auth?: string }[] = [];
const comments: { id: number; body: string }[] = [{ id: 7, body: 'an unrelated review comment' }];
let refuse = false;
const server = createServer(async (req: IncomingMessage, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  requests.push({ method: req.method!, url: req.url!, body, auth: req.headers.authorization });
  if (refuse && req.method !== 'GET') return res.writeHead(403).end('{"message":"Resource not accessible by integration"}');
  if (req.method === 'GET') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(comments));
  const { body: text } = JSON.parse(body) as { body: string };
  if (req.method === 'POST') comments.push({ id: 42, body: text });
  if (req.method === 'PATCH') comments.find((c) => req.url!.endsWith(`/comments/${c.id}`))!.body = text;
  res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' }).end('{}');
});
let env: NodeJS.ProcessEnv;
let comment: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const dir = mkdtempSync(join(tmpdir(), 'modelprov-comment-'));
  writeFileSync(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 12 } }));
  comment = join(dir, 'comment.md');
  const audit = await runCli(['audit', 'fixtures/demo-app', '--hub-snapshot', HUB_SNAPSHOT, '--format', 'markdown-summary', '-o', comment]);
  expect(audit.code).toBe(0);
  env = {
    PATH: process.env.PATH,
    GITHUB_TOKEN: 'test-token',
    GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
  };
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = () => run(process.execPath, [join(REPO_ROOT, '.ci/pr-comment.mjs'), comment], { env });

describe('the pull-request comment', () => {
  it('is posted once, then updated in place', async () => {
    expect((await post()).stdout).toBe('modelprov: posted the pull-request comment\n');
    expect((await post()).stdout).toBe('modelprov: updated the pull-request comment\n');
    expect(requests.map((r) => `${r.method} ${r.url.replace(/\?.*/, '')}`)).toEqual([
      'GET /repos/acme/app/issues/12/comments',
      'POST /repos/acme/app/issues/12/comments',
      'GET /repos/acme/app/issues/12/comments',
      'PATCH /repos/acme/app/issues/comments/42',
    ]);
    expect(comments).toHaveLength(2);
    expect(comments[1]!.body).toMatch(/^<!-- modelprov-summary -->\n## modelprov audit of `fixtures\/demo-app`/);
    expect(requests.every((r) => r.auth === 'Bearer test-token')).toBe(true);
  });

  it('a refused write warns and exits 0', async () => {
    refuse = true;
    const result = await post();
    expect(result.stdout).toMatch(/^::warning title=modelprov comment::could not post the pull-request comment: PATCH .* HTTP 403/);
  });
});
