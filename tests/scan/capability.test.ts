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
