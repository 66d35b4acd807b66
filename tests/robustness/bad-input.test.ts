// A project full of broken files: every problem is listed with why, nothing crashes, and every
// reference in the readable files is still found.
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { beforeSummary, HUB_SNAPSHOT, REPO_ROOT, runCli } from '../helpers/run-cli.js';

let report: Report;
let code: number;
let stderr: string;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'modelprov-bad-'));
  cpSync(join(REPO_ROOT, 'fixtures/bad-input/project'), root, { recursive: true });
  // What git cannot carry: a huge file, link loops, a link out of the tree, a FIFO.
  writeFileSync(join(root, 'config', 'huge.yaml'), `model_name: Qwen/Qwen2.5-7B\n${'x: 1\n'.repeat(600_000)}`);
  mkdirSync(join(root, 'nested'));
  symlinkSync(join(root, 'nested'), join(root, 'nested', 'loop'));
  symlinkSync(tmpdir(), join(root, 'outside'));
  symlinkSync(join(root, 'dangling-target'), join(root, 'dangling'));
  execFileSync('mkfifo', [join(root, 'app', 'pipe.py')]);
  const run = await runCli(['audit', root, '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json', '--max-file-size', '1000000']);
  code = run.code;
  stderr = run.stderr;
  report = JSON.parse(run.stdout) as Report;
}, 60_000);

describe('bad input', () => {
  it('completes with a report and a normal exit code', () => {
    expect(code).toBe(0);
    expect(beforeSummary(stderr)).toBe('');
  });

  it('still finds the references in every readable file', () => {
    const ids = report.models.map((m) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'mistralai/Mistral-7B-v0.3', // good.py
        '01-ai/Yi-1.5-9B', // invalid UTF-8 elsewhere in the file
        'BAAI/bge-m3', // UTF-16 with a byte-order mark
        'Xenova/all-MiniLM-L6-v2', // after a 300 kB line
        'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', // beside a YAML alias bomb
      ]),
    );
  });

  it('lists every file it could not read, with why', () => {
    const skipped = Object.fromEntries(report.skipped.map((s) => [s.path, s.reason]));
    expect(skipped).toMatchObject({
      'config/huge.yaml': 'file-too-large',
      'app/weights.py': 'binary-file',
      'nested/loop': 'symlink-loop',
      outside: 'symlink-outside-root',
      dangling: 'unreadable',
      'app/pipe.py': 'special-file',
    });
  });

  it('reports each malformed file as an error naming it', () => {
    const byPath = (path: string) => report.errors.filter((e) => e.path === path).map((e) => e.code);
    expect(byPath('config/broken.yaml')).toContain('malformed-file');
    expect(byPath('config/truncated.json')).toContain('malformed-file');
    expect(byPath('config/broken.toml')).toContain('malformed-file');
    expect(byPath('notebooks/cut-off.ipynb')).toContain('malformed-file');
    expect(byPath('models/absurd-count.gguf')).toContain('malformed-file');
    expect(byPath('models/truncated.gguf')).toContain('malformed-file');
    expect(report.errors.find((e) => e.path === 'models/absurd-count.gguf')!.message).toMatch(/absurd/);
  });
});
