// A repository whose base changed between revisions, referenced both pinned and unpinned in one
// project: each reference is judged on the revision it loads, not on whichever was read first.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { HUB_SNAPSHOT, runCli } from '../helpers/run-cli.js';

const PIN = '5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed';
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'modelprov-pinned-'));
  writeFileSync(
    join(root, 'serve.py'),
    [
      'from transformers import AutoModelForCausalLM',
      'current = AutoModelForCausalLM.from_pretrained("repo-swap/house-chat-8b")',
      `frozen = AutoModelForCausalLM.from_pretrained("repo-swap/house-chat-8b", revision="${PIN}")`,
      '',
    ].join('\n'),
  );
});

const audit = async (format: string) => (await runCli(['audit', root, '--hub-snapshot', HUB_SNAPSHOT, '--format', format])).stdout;

describe('one repo, referenced at its default branch and at a pinned revision', () => {
  it('gives each reference the lineage and origin of the revision it loads', async () => {
    const report = JSON.parse(await audit('json')) as Report;
    const current = report.models.find((m) => m.id === 'repo-swap/house-chat-8b' && !m.revision)!;
    const frozen = report.models.find((m) => m.revision === PIN)!;
    expect(current.lineage.roots).toEqual(['meta-llama/Llama-3.1-8B']);
    expect(current.origin.chineseOrigin).toBe(false);
    expect(frozen.lineage.roots).toEqual(['Qwen/Qwen2.5-7B']);
    expect(frozen.lineage.edges[0]).toMatchObject({ child: 'repo-swap/house-chat-8b', parent: 'Qwen/Qwen2.5-7B-Instruct' });
    expect(frozen.origin.chineseOrigin).toBe(true);
    expect(frozen.licenses.find((l) => l.model === frozen.id)?.id).toBe('apache-2.0');
    expect(current.licenses.find((l) => l.model === current.id)?.id).toBe('llama3.1');
  });

  it('keeps both revisions in the nodes map, each with the sha it was read at', async () => {
    const report = JSON.parse(await audit('json')) as Report;
    expect(report.nodes['repo-swap/house-chat-8b']?.sha).toBe('c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00');
    expect(report.nodes[`repo-swap/house-chat-8b@${PIN}`]?.sha).toBe(PIN);
  });

  it('versions each BOM component with the sha of its own revision', async () => {
    const bom = JSON.parse(await audit('cyclonedx')) as { components: { name: string; version?: string }[] };
    const versions = bom.components
      .filter((c) => c.name.includes('house-chat-8b'))
      .map((c) => c.version)
      .sort();
    expect(versions).toEqual([PIN, 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00']);
  });
});
