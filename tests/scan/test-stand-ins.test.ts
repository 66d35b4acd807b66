// A test's stand-ins for a model name none (src/model/ids.ts isTestStandIn): `m1`, `m2` in bytedance/deer-flow's config
// tests, `gpt-x` and `claude-x` in TauricResearch/TradingAgents' OpenRouter picker tests. The real names beside them stay.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { join } from 'node:path';
import { isTestStandIn } from '../../src/model/ids.js';

describe('test stand-ins', () => {
  it('drops one or two letters and a digit, and a family with x for its version, in tests; keeps the real names', async () => {
    const run = await runCli(['audit', join(REPO_ROOT, 'fixtures/projects/test-stand-ins'), '--offline', '--format', 'json']);
    const ids = (JSON.parse(run.stdout) as Report).models.map((m) => m.id);
    for (const standIn of ['openai-compatible/m1', 'openai-compatible/m2', 'openai-compatible/t2', 'openai/gpt-x', 'anthropic/claude-x'])
      expect(ids).not.toContain(standIn);
    expect(ids).toEqual(expect.arrayContaining(['openai/gpt-5.5', 'openai/o3-mini', 'openai/gpt-4o-mini', 'openrouter/fusion']));
  });
});

describe('isTestStandIn', () => {
  it("keeps OpenAI's o-series, versions written after a number and names a provider claims", () => {
    expect(isTestStandIn('openai-compatible/tc1')).toBe(true);
    expect(isTestStandIn('openai/gpt-x-1')).toBe(true);
    for (const name of ['openai-compatible/o1', 'openai-compatible/gpt2', 'zhipu/glm-4.5-x', 'deepseek/deepseek-r1', 'openai-compatible/phi4'])
      expect(isTestStandIn(name)).toBe(false);
  });
});
