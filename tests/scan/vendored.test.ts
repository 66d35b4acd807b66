// Vendored code (src/registry/vendored.yaml): references in third_party/ and in well-known tools copied
// whole (llama.cpp's converter) get context `vendored`, which the starter policy warns about instead of
// failing; auditing the upstream itself, its files are its own code.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { STARTER_POLICY } from '../../src/policy/index.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

async function auditCopy(readmeTitle?: string, fixture = 'vendored') {
  const dir = mkdtempSync(join(tmpdir(), 'modelprov-vendored-'));
  cpSync(join(REPO_ROOT, 'fixtures/projects', fixture), dir, { recursive: true });
  if (readmeTitle) writeFileSync(join(dir, 'README.md'), `# ${readmeTitle}\n`);
  // The starter policy, except that this offline run may leave lineage unresolved.
  writeFileSync(join(dir, '.modelprov.yml'), STARTER_POLICY.replace('fail_on_incomplete: true', 'fail_on_incomplete: false'));
  const run = await runCli(['audit', dir, '--offline', '--format', 'json']);
  const report = JSON.parse(run.stdout) as Report;
  const contexts = (id: string) => report.models.filter((m) => m.id === id).flatMap((m) => m.references.map((r) => `${r.path}:${r.context}`));
  const verdict = (id: string) => report.models.find((m) => m.id === id)?.policy.verdict;
  return { run, contexts, verdict };
}

describe('vendored code', () => {
  it('gives references in a copied llama.cpp converter and under third_party/ context vendored: the starter policy warns, exit 0', async () => {
    const { run, contexts, verdict } = await auditCopy();
    expect(contexts('deepseek-ai/deepseek-llm-7b-base')).toEqual(['convert_hf_to_gguf_update.py:vendored']);
    expect(contexts('Qwen/Qwen1.5-7B')).toEqual(['third_party/tokenizer-tests/cases.py:vendored']);
    expect(contexts('meta-llama/Llama-3.1-8B-Instruct')).toEqual(['app.py:code']);
    expect(verdict('deepseek-ai/deepseek-llm-7b-base')).toBe('warn');
    expect(run.code).toBe(0);
  });

  it('reads the converter as the project’s own code when the project is llama.cpp itself (its README title)', async () => {
    const { run, contexts, verdict } = await auditCopy('llama.cpp');
    expect(contexts('deepseek-ai/deepseek-llm-7b-base')).toEqual(['convert_hf_to_gguf_update.py:code']);
    expect(contexts('Qwen/Qwen1.5-7B')).toEqual(['third_party/tokenizer-tests/cases.py:vendored']);
    expect(verdict('deepseek-ai/deepseek-llm-7b-base')).toBe('fail');
    expect(run.code).toBe(1);
  });

  it('reads a notebook in a third_party/ folder of notebooks and docs as the project’s own guide, not a copy: the starter policy fails on it', async () => {
    // anthropics/anthropic-cookbook keeps one folder of notebooks per integration under third_party/; a vendored
    // package's own test notebook, beside its code (xorbitsai/inference's thirdparty/melo), stays vendored.
    const { run, contexts, verdict } = await auditCopy(undefined, 'vendored-guides');
    expect(contexts('BAAI/bge-base-en-v1.5')).toEqual(['third_party/LlamaIndex/ReAct_Agent.ipynb:code']);
    expect(contexts('anthropic/claude-3-opus-20240229')).toEqual(['third_party/LlamaIndex/ReAct_Agent.ipynb:code']);
    expect(contexts('Qwen/Qwen2-0.5B')).toEqual(['third_party/melo/test.ipynb:vendored']);
    expect(verdict('BAAI/bge-base-en-v1.5')).toBe('fail');
    expect(run.code).toBe(1);
  });
});
