// Names a project looks for inside whatever model its user configured (a list walked with a substring test) get
// context `capability`: reported, not gated by the starter policy. A list also looked up whole stays `code`.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { STARTER_POLICY } from '../../src/policy/index.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

async function audit() {
  const dir = mkdtempSync(join(tmpdir(), 'modelprov-capability-'));
  cpSync(join(REPO_ROOT, 'fixtures/projects/capability-lists'), dir, { recursive: true });
  writeFileSync(join(dir, '.modelprov.yml'), STARTER_POLICY.replace('fail_on_incomplete: true', 'fail_on_incomplete: false'));
  const run = await runCli(['audit', dir, '--offline', '--format', 'json']);
  const report = JSON.parse(run.stdout) as Report;
  const contexts = (path: string) =>
    report.models
      .flatMap((m) => m.references.filter((r) => r.path === path).map((r) => `${r.line} ${m.id} ${r.context}`))
      .sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));
  const verdict = (id: string) => report.models.find((m) => m.id === id)?.policy.verdict;
  return { run, contexts, verdict };
}

describe('capability lists', () => {
  it('reports the names a list walked with `.includes` / `in` matches as capability, and the starter policy does not fail on them', async () => {
    const { run, contexts, verdict } = await audit();
    const ollama = contexts('ollama/ollamaLLM.ts');
    // In Perplexica's Ollama provider `deepseek-r1` and `deepseek-v3.1` are the Ollama library's tags (issue #15), not
    // DeepSeek's API names.
    expect(ollama).toContain('10 deepseek-r1 capability');
    expect(ollama).toContain('12 deepseek-v3.1 capability');
    expect(ollama.some((c) => c.includes('deepseek/'))).toBe(false);
    expect(ollama.every((c) => c.endsWith(' capability'))).toBe(true);
    expect(verdict('deepseek-r1')).toBe('pass');
    const khoj = contexts('khoj/utils.py');
    expect(khoj).toContain('6 moonshot/kimi-k2-thinking capability');
    expect(khoj.every((c) => c.endsWith(' capability'))).toBe(true);
    expect(verdict('moonshot/kimi-k2-thinking')).toBe('pass');
    // The catalogue looked up whole (`noSystemPromptModels.includes(this.model)`) names models the code calls.
    const bedrock = contexts('bedrock/index.js');
    expect(bedrock.filter((c) => c.includes('deepseek'))).toEqual([expect.stringMatching(/^9 .*deepseek.* code$/)]);
    expect(bedrock.filter((c) => c.includes('claude-opus-4-7'))).toEqual([expect.stringMatching(/^13 .* capability$/)]);
    // An array literal over several lines, walked in place (`[\n "mistral-large", ...\n].some((part) => model.includes(part))`).
    const inline = contexts('continue/toolSupport.ts');
    expect(inline).toContain('10 mistral/mistral-large capability');
    expect(inline).toContain('12 mistral/mistral-nemo capability');
    expect(inline.every((c) => c.endsWith(' capability'))).toBe(true);
    expect(run.code).toBe(1);
  });
});

describe('index tables (held-out round 37, session 33)', () => {
  it('reports the names of a table numbering models 0, 1, 2, ... as capability; a context-length table stays code', async () => {
    // lm-sys/RouteLLM routellm/routers/matrix_factorization/model.py:6-71 (cut): the MF router's embedding rows, one per
    // Arena model; the router scores the pair the user picks by them and calls none of them.
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-index-table-'));
    writeFileSync(
      join(dir, 'model.py'),
      [
        'import torch',
        '',
        'MODEL_IDS = {',
        '    "RWKV-4-Raven-14B": 0,',
        '    "chatglm3-6b": 1,',
        '    "claude-2.1": 2,',
        '    "qwen1.5-72b-chat": 3,',
        '    "yi-34b-chat": 4,',
        '}',
        '',
        'CONTEXT = {',
        '    "gpt-4o": 128000,',
        '    "claude-2.1": 200000,',
        '    "qwen1.5-72b-chat": 32768,',
        '    "yi-34b-chat": 4096,',
        '}',
        '',
        'def load(strong_model="gpt-4-1106-preview"):',
        '    return MODEL_IDS[strong_model], CONTEXT[strong_model]',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, '.modelprov.yml'), STARTER_POLICY.replace('fail_on_incomplete: true', 'fail_on_incomplete: false'));
    const run = await runCli(['audit', dir, '--offline', '--format', 'json']);
    const report = JSON.parse(run.stdout) as Report;
    const at = (line: number) => report.models.flatMap((m) => m.references.filter((r) => r.line === line).map((r) => `${m.id} ${r.context}`));
    expect(at(5)).toEqual([expect.stringMatching(/chatglm3-6b capability$/)]);
    expect(at(7)).toEqual([expect.stringMatching(/qwen1\.5-72b-chat capability$/)]);
    expect(at(14)).toEqual([expect.stringMatching(/qwen1\.5-72b-chat code$/)]);
    expect(at(18)).toEqual([expect.stringMatching(/gpt-4-1106-preview code$/)]);
  });
});
