// The quick start, end to end: the demo project through every stage, Hub data from the
// recorded snapshot (in-process) and from the loopback Hub (real HTTP).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelReport, Report } from '../../src/model/report.js';
import { startHubServer } from '../helpers/hub-server.js';
import { beforeSummary, HUB_SNAPSHOT, runCli } from '../helpers/run-cli.js';

const DEMO = 'fixtures/demo-app';
let report: Report;
const model = (id: string): ModelReport => {
  const found = report.models.find((m) => m.id === id);
  if (!found) throw new Error(`${id} not in report: ${report.models.map((m) => m.id).join(', ')}`);
  return found;
};

beforeAll(async () => {
  const run = await runCli(['audit', DEMO, '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json']);
  expect(beforeSummary(run.stderr)).toBe('');
  expect(run.code).toBe(0);
  report = JSON.parse(run.stdout) as Report;
});

describe('audit of the demo project (JSON contract)', () => {
  it('has the contract top level', () => {
    expect(report).toMatchObject({ schemaVersion: 1, tool: { name: 'modelprov' }, root: DEMO });
    expect(report.summary.models).toBe(report.models.length);
    expect(report.models.map((m) => m.id)).toEqual([...report.models.map((m) => m.id)].sort((a, b) => a.localeCompare(b)));
  });

  it('finds every model the demo uses, each with its file and line', () => {
    const where = (id: string) => model(id).references.map((r) => `${r.path}:${r.line}`);
    expect(where('Qwen/Qwen2.5-7B-Instruct')).toEqual(expect.arrayContaining(['.env:3', 'app/llm.py:7']));
    expect(where('BAAI/bge-m3')).toEqual(['app/retrieval.py:5']);
    expect(where('BAAI/bge-reranker-v2-m3')).toEqual(['.env:4']);
    expect(where('deepseek-ai/DeepSeek-R1-Distill-Qwen-7B')).toEqual(['docker-compose.yml:14']);
    expect(where('bartowski/Llama-3.2-3B-Instruct-GGUF')).toEqual(['ollama/Modelfile:2']);
    expect(where('arcee-ai/SuperNova-Medius')).toEqual(['config/models.yaml:3']);
    expect(where('mistralai/Mistral-7B-Instruct-v0.3')).toEqual(['config/models.yaml:6']);
    expect(where('meta-llama/Llama-3.1-8B-Instruct')).toEqual(['config/models.yaml:10']);
    expect(where('Xenova/all-MiniLM-L6-v2')).toEqual(['frontend/src/similar.ts:7']);
    expect(model('deepseek/deepseek-chat').source).toBe('api');
  });

  it('does not mistake images, datasets or aliases for models', () => {
    const ids = report.models.map((m) => m.id);
    for (const decoy of ['vllm/vllm-openai', 'ollama/ollama', 'acme-support/help-center-articles', 'acme-support/eval-set-2024', 'reasoner'])
      expect(ids.some((id) => id.startsWith(decoy))).toBe(false);
  });

  it('reports the hidden-Qwen fine-tune as Chinese-origin through its declared lineage', () => {
    const supernova = model('arcee-ai/SuperNova-Medius');
    expect(supernova.lineage).toMatchObject({ status: 'resolved', roots: ['Qwen/Qwen2.5-14B'] });
    expect(supernova.origin.chineseOrigin).toBe(true);
    expect(supernova.origin.families).toContainEqual(expect.objectContaining({ country: 'CN', via: 'Qwen/Qwen2.5-14B' }));
    expect(supernova.origin.evidence.some((e) => e.kind === 'declared-base')).toBe(true);
  });

  it('tells Chinese and non-Chinese lineages apart, with roots, families and licences', () => {
    expect(model('deepseek-ai/DeepSeek-R1-Distill-Qwen-7B')).toMatchObject({ lineage: { roots: ['Qwen/Qwen2.5-7B'] }, origin: { chineseOrigin: true } });
    expect(model('BAAI/bge-m3').origin.chineseOrigin).toBe(true);
    expect(model('meta-llama/Llama-3.1-8B-Instruct')).toMatchObject({ lineage: { roots: ['meta-llama/Llama-3.1-8B'] }, origin: { chineseOrigin: false } });
    expect(model('Xenova/all-MiniLM-L6-v2').origin.chineseOrigin).toBe(false);
    expect(model('bartowski/Llama-3.2-3B-Instruct-GGUF').origin.chineseOrigin).toBe(false);
    for (const m of report.models.filter((m) => m.source === 'huggingface')) {
      expect(m.lineage.status, m.id).toBe('resolved');
      expect(m.origin.families.length, m.id).toBeGreaterThan(0);
      expect(m.licenses.length, m.id).toBeGreaterThan(0);
    }
    expect(model('Qwen/Qwen2.5-7B-Instruct').licenses[0]).toMatchObject({ model: 'Qwen/Qwen2.5-7B-Instruct', spdx: 'Apache-2.0' });
  });
});

describe('the same audit through the loopback Hub', () => {
  let hub: Awaited<ReturnType<typeof startHubServer>>;
  beforeAll(async () => {
    hub = await startHubServer({ latencyMs: 5 });
  });
  afterAll(async () => {
    await hub.close();
  });

  it('gives the same models and lineages over HTTP, then serves a warm run from the cache', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'modelprov-e2e-'));
    const args = ['audit', DEMO, '--hub-url', hub.url, '--cache-dir', cacheDir, '--format', 'json'];
    const cold = await runCli(args);
    expect(cold.code).toBe(0);
    const live = JSON.parse(cold.stdout) as Report;
    const shape = (r: Report) => r.models.map((m) => ({ id: m.id, lineage: m.lineage, chinese: m.origin.chineseOrigin }));
    expect(shape(live)).toEqual(shape(report));
    hub.requests.length = 0;
    const warm = await runCli(args);
    expect(hub.requests).toHaveLength(0);
    expect(shape(JSON.parse(warm.stdout) as Report)).toEqual(shape(report));
  });
});

describe('table output and exit codes', () => {
  it('prints a table with the lineage tree and no colour off a TTY', async () => {
    const run = await runCli(['audit', DEMO, '--hub-snapshot', HUB_SNAPSHOT, '--tree']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(run.stdout).toMatch(/arcee-ai\/SuperNova-Medius .*\n└─ finetune Qwen\/Qwen2.5-14B-Instruct .*Qwen · Qwen team, Alibaba Cloud · CN/);
    expect(run.stdout).toMatch(/No policy file: everything is reported, nothing fails/);
  });

  it('--timings names each stage on stderr, and leaves the report as it was', async () => {
    const run = await runCli(['audit', DEMO, '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json', '--timings']);
    expect(run.code).toBe(0);
    const stages = [...run.stderr.matchAll(/^modelprov: timing: (\w+) \d+ ms \((.*)\)$/gm)].map((m) => [m[1], m[2]]);
    expect(stages.map(([stage]) => stage)).toEqual(['scan', 'resolve', 'classify', 'report']);
    // Then the slowest files, slowest first, at most ten, each a file of the audited tree.
    const slow = [...run.stderr.matchAll(/^modelprov: timing: slow file (\d+) ms (.+)$/gm)].map((m) => ({ ms: Number(m[1]), path: m[2]! }));
    expect(slow.length).toBeGreaterThan(0);
    expect(slow.length).toBeLessThanOrEqual(10);
    expect(slow.map((f) => f.ms)).toEqual([...slow.map((f) => f.ms)].sort((a, b) => b - a));
    for (const f of slow) expect(existsSync(join(DEMO, f.path)), f.path).toBe(true);
    expect(stages[0]![1]).toBe(`${report.summary.filesScanned} files, ${report.models.length} models`);
    expect(stages[1]![1]).toMatch(new RegExp(`^${Object.keys(report.nodes).length} nodes, \\d+ Hub requests$`));
    const { generatedAt: _a, ...withTimings } = JSON.parse(run.stdout) as Report;
    const { generatedAt: _b, ...without } = report;
    expect(withTimings).toEqual(without);
  });

  it('lineage prints a suspected base under the tree, with its basis and confidence, for a model that declares none', async () => {
    const run = await runCli(['lineage', 'stealth-ai/Helios-7B', '--hub-snapshot', HUB_SNAPSHOT]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^stealth-ai\/Helios-7B {2}\[Qwen [^\]]*\] {2}Apache-2.0\n {3}\? likely derived from Qwen \(fingerprint, medium confidence\): .*model_type "qwen2"/m,
    );
    // The fingerprint decides (medium): Chinese, with the evidence that said so.
    expect(run.stdout).toMatch(/origin: Chinese \(Qwen \(Qwen team, Alibaba Cloud, CN\) via stealth-ai\/Helios-7B \(evidence: fingerprint\)\)/);
  });

  it('exits 2 for a PATH that does not exist, and for a bad flag', async () => {
    const missing = await runCli(['audit', 'no/such/dir', '--hub-snapshot', HUB_SNAPSHOT]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/PATH no\/such\/dir does not exist/);
    expect((await runCli(['audit', DEMO, '--format', 'pdf'])).code).toBe(2);
    expect((await runCli(['audit', DEMO, '--no-such-flag'])).code).toBe(2);
  });

  it('exits 1 when the policy denies a model and 3 when an incomplete audit must fail', async () => {
    const deny = await runCli(['audit', 'fixtures/projects/deny-cn', '--hub-snapshot', HUB_SNAPSHOT]);
    expect(deny.code).toBe(1);
    expect(deny.stdout).toMatch(/FAIL/);
    const offline = await runCli([
      'audit',
      'fixtures/projects/deny-cn',
      '--offline',
      '--cache-dir',
      mkdtempSync(join(tmpdir(), 'mp-')),
      '--config',
      'fixtures/projects/deny-cn/incomplete-fails.yml',
    ]);
    expect(offline.code).toBe(3);
  });
});
