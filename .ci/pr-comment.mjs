#!/usr/bin/env node
// Posts the audit's pull-request comment, or updates the one an earlier run posted (found by the
// marker modelprov's markdown-summary starts with), so a PR has one modelprov comment however often
// it is pushed. A failure to comment (a fork's read-only token, no pull request) is a warning: the
// audit's exit code decides the job, not the comment.
// env: GITHUB_TOKEN, GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_EVENT_PATH; usage: pr-comment.mjs COMMENT.md
import { readFileSync } from 'node:fs';

const MARKER = '<!-- modelprov-summary -->';
const { GITHUB_TOKEN: token, GITHUB_API_URL: api = 'https://api.github.com', GITHUB_REPOSITORY: repo, GITHUB_EVENT_PATH: eventPath } = process.env;
const warn = (message) => process.stdout.write(`::warning title=modelprov comment::${message.replace(/%/g, '%25').replace(/\r?\n/g, ' ')}\n`);

async function main() {
  const body = readFileSync(process.argv[2], 'utf8');
  if (!body.startsWith(MARKER)) return warn(`${process.argv[2]} is not a modelprov markdown-summary; nothing posted`);
  const event = eventPath ? JSON.parse(readFileSync(eventPath, 'utf8')) : {};
  const number = event.pull_request?.number ?? (event.issue?.pull_request ? event.issue.number : undefined);
  if (!number) return process.stdout.write('modelprov: not a pull request; no comment posted\n');
  if (!token || !repo) return warn('GITHUB_TOKEN or GITHUB_REPOSITORY is not set; no comment posted');
  const call = async (method, path, payload) => {
    const response = await fetch(`${api}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json', 'user-agent': 'modelprov-action' },
      body: payload ? JSON.stringify(payload) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
    return response.json();
  };
  let existing;
  for (let page = 1; !existing; page++) {
    const comments = await call('GET', `/repos/${repo}/issues/${number}/comments?per_page=100&page=${page}`);
    existing = comments.find((c) => typeof c.body === 'string' && c.body.startsWith(MARKER));
    if (comments.length < 100) break;
  }
  if (existing) await call('PATCH', `/repos/${repo}/issues/comments/${existing.id}`, { body });
  else await call('POST', `/repos/${repo}/issues/${number}/comments`, { body });
  process.stdout.write(`modelprov: ${existing ? 'updated' : 'posted'} the pull-request comment\n`);
}

main().catch((error) => warn(`could not post the pull-request comment: ${error.message}`));
