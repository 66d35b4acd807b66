// Passes that should not pass (issue #17, items 1-4): a tree or a starter policy shaped so that a
// Qwen fine-tune gets past a gate that denies Chinese-origin models.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHubServer, type HubServer } from '../helpers/hub-server.js';
import { HUB_SNAPSHOT, runCli } from '../helpers/run-cli.js';
import { DENY_CN, isRoot, json, loads, QWEN_FINETUNE, tree } from './attack.js';

const audit = (root: string, ...extra: string[]) => runCli(['audit', root, '--hub-snapshot', HUB_SNAPSHOT, ...extra]);

describe('1. a file the scan could not read makes the audit incomplete', () => {
  const hidden = loads(QWEN_FINETUNE);
  const cases: [string, Record<string, string | Buffer>][] = [
    ['binary by a NUL on its first line', { 'app/serve.py': `// \0\n${hidden}` }],
    ['over the size cap', { 'app/serve.py': `${hidden}${'# padding\n'.repeat(430_000)}` }],
    ['an invalid notebook', { 'notebooks/train.ipynb': `{"cells": [\n${hidden}` }],
  ];
  it.each(cases)('%s: exit 3 under fail_on_incomplete, and the summary counts it', async (_name, files) => {
    const root = tree({ '.modelprov.yml': DENY_CN, 'app/ok.py': 'print("no model here")\n', ...files });
    const run = await audit(root);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/1 file could not be read/);
    const report = json((await audit(root, '--format', 'json')).stdout);
    expect(report.summary.filesIncomplete).toBe(1);
  });

  it.skipIf(isRoot())('an unreadable file: exit 3', async () => {
    const root = tree({ '.modelprov.yml': DENY_CN, 'app/serve.py': hidden });
    chmodSync(join(root, 'app/serve.py'), 0o000);
    expect((await audit(root)).code).toBe(3);
  });

  it('without fail_on_incomplete the run passes but still says what it could not read', async () => {
    const root = tree({ 'app/serve.py': `// \0\n${hidden}` });
    const run = await audit(root);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 file could not be read/);
  });
});

describe('2. no file is left out without a record', () => {
  it('a committed file that .gitignore names is scanned', async () => {
    const root = tree({ '.modelprov.yml': DENY_CN, '.gitignore': 'serve.py\n', 'app/serve.py': loads(QWEN_FINETUNE) });
    git(root, 'init', '-q');
    git(root, 'add', '-f', '.');
    git(root, '-c', 'user.name=a', '-c', 'user.email=a@b', 'commit', '-qm', 'x');
    const run = await audit(root, '--format', 'json');
    expect(run.code).toBe(1);
    expect(json(run.stdout).models.map((m) => m.id)).toContain(QWEN_FINETUNE);
  });

  it('a committed file in a folder named build, dist or target at any depth is scanned', async () => {
    const root = tree({
      '.modelprov.yml': DENY_CN,
      'services/build/serve.py': loads(QWEN_FINETUNE),
      'packages/web/dist/embed.py': loads('BAAI/bge-m3'),
      'rust/target/run.py': loads('Qwen/Qwen2.5-7B'),
    });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, '-c', 'user.name=a', '-c', 'user.email=a@b', 'commit', '-qm', 'x');
    const run = await audit(root, '--format', 'json');
    expect(run.code).toBe(1);
    expect(json(run.stdout).models.map((m) => m.id)).toEqual(expect.arrayContaining([QWEN_FINETUNE, 'BAAI/bge-m3', 'Qwen/Qwen2.5-7B']));
  });

  it('outside git, every folder or file left out is listed with its reason', async () => {
    const root = tree({
      '.gitignore': 'secret/\nlocal.py\n',
      'services/build/serve.py': loads(QWEN_FINETUNE),
      'secret/model.py': loads(QWEN_FINETUNE),
      'local.py': loads(QWEN_FINETUNE),
      'node_modules/pkg/index.js': 'x',
      'app/main.py': loads('BAAI/bge-m3'),
    });
    const report = json((await audit(root, '--format', 'json', '--exclude', 'app/main.py')).stdout);
    const skipped = Object.fromEntries(report.skipped.map((s) => [s.path, s.reason]));
    expect(skipped).toMatchObject({
      'services/build': 'excluded',
      secret: 'excluded',
      'local.py': 'excluded',
      node_modules: 'excluded',
      'app/main.py': 'excluded',
    });
    expect(report.skipped.find((s) => s.path === 'secret')!.detail).toMatch(/\.gitignore/);
    expect(report.skipped.find((s) => s.path === 'app/main.py')!.detail).toMatch(/--exclude/);
  });
});

describe('3. the starter policy fails closed', () => {
  let hub: HubServer;
  beforeAll(async () => {
    hub = await startHubServer();
  });
  afterAll(() => hub.close());

  const initialised = async () => {
    const root = tree({ 'app/serve.py': loads(QWEN_FINETUNE) });
    const init = await runCli(['init', root]);
    expect(init.code).toBe(0);
    expect(readFileSync(join(root, '.modelprov.yml'), 'utf8')).toMatch(/^\s*fail_on_incomplete: true/m);
    expect(init.stderr).toMatch(/fail_on_incomplete: false/); // how to opt out
    return root;
  };

  it.each([
    ['401 on every answer', () => hub.fault({ match: '/api/models/', kind: 'server-error', status: 401 })],
    ['429 with a Retry-After of a year', () => hub.fault({ match: '/api/models/', kind: 'rate-limit', retryAfterSeconds: 31_536_000 })],
  ])(
    'Hub down (%s): exit 3, not a pass',
    async (_name, setUp) => {
      hub.clearFaults();
      const root = await initialised();
      setUp();
      const run = await runCli(['audit', root, '--hub-url', hub.url, '--no-cache', '--hub-timeout', '2']);
      hub.clearFaults();
      expect(run.code).toBe(3);
    },
    30_000,
  );

  // These two spend their time in retry backoff and timeouts, so they wait together; neither
  // touches what the other sets (the first never reaches the loopback Hub).
  it.concurrent(
    'Hub down (connection refused): exit 3, not a pass',
    async () => {
      const root = await initialised();
      const run = await runCli(['audit', root, '--hub-url', 'http://127.0.0.1:9', '--no-cache', '--hub-timeout', '2']);
      expect(run.code).toBe(3);
    },
    30_000,
  );

  it.concurrent(
    'Hub down (timeout): exit 3, not a pass',
    async () => {
      const root = await initialised();
      // Every answer comes 2 s late, eight times the timeout: each of the 4 attempts times out.
      hub.fault({ match: '/api/models/', kind: 'latency', ms: 2000 });
      const run = await runCli(['audit', root, '--hub-url', hub.url, '--no-cache', '--hub-timeout', '0.25']);
      hub.clearFaults();
      expect(run.code).toBe(3);
    },
    60_000,
  );
});

describe('4. YAML aliases are followed', () => {
  it('a model named through an anchor and an alias is found, in config and compose files', async () => {
    const root = tree({
      '.modelprov.yml': DENY_CN,
      'config/app.yaml': `x-defaults: &m ${QWEN_FINETUNE}\nllm:\n  model: *m\n`,
      'docker-compose.yml': `x-args: &args ["--model", "Qwen/Qwen2.5-7B", "--port", "8000"]\nservices:\n  vllm:\n    image: vllm/vllm-openai\n    command: *args\n`,
    });
    const run = await audit(root, '--format', 'json');
    const report = json(run.stdout);
    expect(report.models.map((m) => m.id)).toEqual(expect.arrayContaining([QWEN_FINETUNE, 'Qwen/Qwen2.5-7B']));
    expect(run.code).toBe(1);
  });
});

function git(cwd: string, ...args: string[]) {
  execFileSync('git', args, { cwd, stdio: 'ignore' });
}
