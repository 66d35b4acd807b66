// A tree large enough for the worker pool (it starts after 200 files), audited by the built CLI in a
// child process, against the same audit in-process (where no worker can start: one thread does
// everything). Both must find the same references, in the same order, with the same problems
// listed: the split between threads is invisible in the report. Needs `npm run build` (CI's
// `npm ci` runs it).
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { REPO_ROOT, runBuiltCli, runCli } from '../helpers/run-cli.js';

const FILES = 1_000;
let root: string;
let planted: { path: string; line: number; id: string }[];
let pooled: Report;
let inProcess: Report;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'modelprov-pool-'));
  planted = [];
  writeFileSync(join(root, '.gitignore'), 'generated/\n');
  for (let i = 0; i < FILES; i++) {
    const dir = join(root, `pkg-${Math.floor(i / 20)}`, i % 2 ? 'src' : 'config');
    mkdirSync(dir, { recursive: true });
    const org = `org-${i % 13}`;
    if (i % 2) {
      const path = join(dir, `mod_${i}.py`);
      const lines = ['import os', ...Array.from({ length: i % 9 }, (_, k) => `value_${k} = ${k}`)];
      if (i % 5 === 0) {
        lines.push(`model = AutoModel.from_pretrained("${org}/model-${i}")`);
        planted.push({ path: rel(path), line: lines.length, id: `${org}/model-${i}` });
      }
      writeFileSync(path, `${lines.join('\n')}\n`);
    } else if (i % 10 === 4) {
      writeFileSync(join(dir, `broken_${i}.ipynb`), '{"cells": [ not json');
    } else {
      const path = join(dir, `settings_${i}.yaml`);
      const lines = ['server:', '  port: 8080'];
      if (i % 3 === 0) {
        lines.push(`model_name: ${org}/config-model-${i}`);
        planted.push({ path: rel(path), line: lines.length, id: `${org}/config-model-${i}` });
      }
      writeFileSync(path, `${lines.join('\n')}\n`);
    }
  }
  mkdirSync(join(root, 'generated'));
  writeFileSync(join(root, 'generated', 'ignored.py'), 'AutoModel.from_pretrained("org-x/ignored")\n');
  writeFileSync(join(root, 'pkg-3', 'src', 'binary.py'), Buffer.from([0x41, 0, 0x42, 0]));
  // A GGUF header late in the walk, when the worker reads what the main thread screened in.
  const late = `pkg-${Math.floor(FILES / 20) - 2}`;
  mkdirSync(join(root, late, 'models'));
  copyFileSync(join(REPO_ROOT, 'fixtures/extract/gguf/mystery-7b.gguf'), join(root, late, 'models', 'mystery-7b.gguf'));
  // Files over 256 KB late in the walk: the main thread leaves them unread, for a worker to read whole.
  const filler = (line: string, bytes: number) => line.repeat(Math.ceil(bytes / line.length));
  const bigPython = `${filler('value = os.environ.get("HOME")\n', 400_000)}model = AutoModel.from_pretrained("org-big/python-model")\n`;
  writeFileSync(join(root, late, 'models', 'big_loader.py'), bigPython);
  planted.push({ path: `${late}/models/big_loader.py`, line: bigPython.split('\n').length - 1, id: 'org-big/python-model' });
  const bigYaml = `entries:\n${filler('  - name: entry\n    port: 8080\n', 300_000)}model_name: org-big/yaml-model\n`;
  writeFileSync(join(root, late, 'models', 'big_settings.yaml'), bigYaml);
  planted.push({ path: `${late}/models/big_settings.yaml`, line: bigYaml.split('\n').length - 1, id: 'org-big/yaml-model' });

  const args = ['audit', root, '--offline', '--cache-dir', join(root, '..', `${root.split('/').pop()}-cache`), '--format', 'json'];
  pooled = JSON.parse(runBuiltCli(args).stdout) as Report;
  inProcess = JSON.parse((await runCli(args)).stdout) as Report;
}, 120_000);

const rel = (path: string) => path.slice(root.length + 1);
const places = (report: Report) => report.models.flatMap((m) => m.references.map((r) => `${m.id} ${r.path}:${r.line}`));

describe('a tree large enough for worker threads', () => {
  it('finds every planted reference, and nothing in ignored folders', () => {
    expect(pooled.summary.filesScanned).toBeGreaterThan(FILES);
    const found = new Set(places(pooled));
    for (const p of planted) expect(found).toContain(`${p.id} ${p.path}:${p.line}`);
    expect(pooled.models.map((m) => m.id)).not.toContain('org-x/ignored');
    expect(pooled.models.find((m) => m.id === `pkg-${Math.floor(FILES / 20) - 2}/models/mystery-7b.gguf`)?.source).toBe('local');
    expect(pooled.summary.references).toBe(planted.length + 1);
  });

  it('reports exactly what a single-threaded run reports, in the same order', () => {
    expect(places(pooled)).toEqual(places(inProcess));
    expect(pooled.summary).toEqual(inProcess.summary);
    expect(pooled.skipped).toEqual(inProcess.skipped);
    expect(pooled.errors).toEqual(inProcess.errors);
  });

  it('lists malformed notebooks and binary files, wherever the thread that read them', () => {
    const broken = pooled.errors.filter((e) => e.code === 'malformed-file').map((e) => e.path);
    expect(broken).toHaveLength(FILES / 10);
    expect(pooled.skipped).toContainEqual(expect.objectContaining({ path: 'pkg-3/src/binary.py', reason: 'binary-file' }));
  });
});
