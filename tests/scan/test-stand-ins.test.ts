// A test's stand-ins for a model name none (src/model/ids.ts isTestStandIn): `m1`, `m2` in bytedance/deer-flow's config
// tests, `gpt-x` and `claude-x` in TauricResearch/TradingAgents' OpenRouter picker tests. The real names beside them stay.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { join } from 'node:path';
import { isPlaceholderId, namesNoModel, isTestStandIn, looksLikeHubId } from '../../src/model/ids.js';

describe('test stand-ins', () => {
  it('drops one or two letters and a digit, and a family with x for its version, in tests; keeps the real names', async () => {
    const run = await runCli(['audit', join(REPO_ROOT, 'fixtures/projects/test-stand-ins'), '--offline', '--format', 'json']);
    const ids = (JSON.parse(run.stdout) as Report).models.map((m) => m.id);
    for (const standIn of ['openai-compatible/m1', 'openai-compatible/m2', 'openai-compatible/t2', 'openai/gpt-x', 'anthropic/claude-x'])
      expect(ids).not.toContain(standIn);
    // An indefinite name (`openrouter/some-model`) and `test` where the name goes (private-gpt's `model_id="cleanup/test"`).
    for (const placeholder of ['openrouter/some-model', 'cleanup/test']) expect(ids).not.toContain(placeholder);
    expect(ids).toEqual(expect.arrayContaining(['openai/gpt-5.5', 'openai/o3-mini', 'openai/gpt-4o-mini', 'openrouter/fusion', 'Qwen/Qwen2.5-0.5B-Instruct']));
  });
});

describe('isTestStandIn', () => {
  it("keeps OpenAI's o-series, versions written after a number and names a provider claims", () => {
    expect(isTestStandIn('openai-compatible/tc1')).toBe(true);
    expect(isTestStandIn('openai/gpt-x-1')).toBe(true);
    // The word itself numbered (OpenBMB/XAgent's `--model model1` in tests/test_run.py).
    for (const name of ['openai-compatible/model1', 'openai-compatible/model_2']) expect(isTestStandIn(name)).toBe(true);
    for (const name of [
      'openai-compatible/o1',
      'openai-compatible/gpt2',
      'zhipu/glm-4.5-x',
      'deepseek/deepseek-r1',
      'openai-compatible/phi4',
      'openai-compatible/model-x1',
    ])
      expect(isTestStandIn(name)).toBe(false);
  });
});

describe('placeholder and malformed ids', () => {
  it('drops `some-model`, `some/...` and a name that is `test`; keeps real names beside such words', () => {
    for (const [org, name] of [
      ['openrouter', 'some-model'],
      ['openai', 'some-other-model'],
      ['some', 'gateway-model'],
      ['cleanup', 'test'],
    ])
      expect(isPlaceholderId(org, name)).toBe(true);
    for (const [org, name] of [
      ['Qwen', 'Qwen2.5-0.5B-Instruct'],
      ['sometimes', 'model-x1'],
      ['openai', 'gpt-test-1'],
    ])
      expect(isPlaceholderId(org, name)).toBe(false);
  });

  it("reads no Hub id with `--` or `..` in it, which the Hub refuses (mistral.rs's URL parser tests)", () => {
    // EricLBuehler/mistral.rs mistralrs-core/src/gguf/base_model.rs:234-235
    expect(looksLikeHubId('Qwen/Qwen3--5-4B')).toBe(false);
    expect(looksLikeHubId('Qwen/Qwen3..5-4B')).toBe(false);
    expect(looksLikeHubId('Qwen/Qwen3.5-4B')).toBe(true);
    expect(looksLikeHubId('mlx-community/Qwen3-4B-4bit')).toBe(true);
  });
});

describe('values that are no model (issue #15, precision)', () => {
  it('drops booleans and an empty name, keeps the model beside them', async () => {
    const run = await runCli(['audit', join(REPO_ROOT, 'fixtures/projects/no-model-values'), '--offline', '--format', 'json']);
    const ids = (JSON.parse(run.stdout) as Report).models.map((m) => m.id);
    expect(ids.filter((id) => id === '' || /(?:^|\/)(?:true|false)$/i.test(id))).toEqual([]);
    expect(ids).toContain('llama3.1:8b');
  });
  it('namesNoModel: booleans', () => {
    for (const v of ['true', 'False', 'True/False', 'openai-compatible/true']) expect(namesNoModel(v)).toBe(true);
    for (const v of ['truefoundry/x', 'trueskill-7b', 'falcon-7b']) expect(namesNoModel(v)).toBe(false);
    // A value holding `|` is a list or a router's specification (lm-sys/RouteLLM benchmarks/README.md:19, Unify's router).
    expect(namesNoModel('openai-compatible/router@q:1|c:1.71e-03|t:1.10e-05|i:1.09e-03|models:gpt-4-turbo,mixtral-8x7b-instruct-v0.1')).toBe(true);
  });
});

describe('placeholders of documentation (held-out round 39, session 35)', () => {
  it("reads another model and a described name as placeholders, not a real model's name", () => {
    // dottxt-ai/outlines docs/features/models/dottxt.md:95 (`model="dottxt/other-model"`) and openai_compatible.md:63.
    expect(isPlaceholderId('dottxt', 'other-model')).toBe(true);
    expect(isPlaceholderId('openai', 'provider-model-name')).toBe(true);
    expect(isPlaceholderId('openai', 'deployment-model-id')).toBe(true);
    for (const real of ['dottxt/dottxt-v1-alpha', 'Qwen/Qwen3-1.7B', 'sentence-transformers/all-MiniLM-L6-v2', 'openai/gpt-oss-20b'])
      expect(looksLikeHubId(real)).toBe(true);
  });
});

describe("a test matrix's backend_model_device key (held-out round 39, session 35)", () => {
  it('names no model where no provider claims it; a real name with an underscore stays', () => {
    // guidance-ai/guidance tests/conftest.py:72 (`if selected_model_name == "llamacpp_llama3.2_3b_cpu":`), tests/ReadMe.md:31.
    for (const key of ['openai-compatible/llamacpp_llama3.2_3b_cpu', 'openai-compatible/transformers_gpt2_cpu', 'openai-compatible/transformers_phi4_mini_gpu'])
      expect(namesNoModel(key)).toBe(true);
    for (const name of ['openai-compatible/qwen2.5_7b_instruct', 'openai-compatible/transformers-gpt2', 'Qwen/Qwen2.5-0.5B-Instruct', 'openai/gpt-4o-mini'])
      expect(namesNoModel(name)).toBe(false);
  });
});
