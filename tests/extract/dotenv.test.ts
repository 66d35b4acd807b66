import dotenv from '../../src/extract/dotenv.js';
import { describe, expect, it } from 'vitest';
import { describeExtractor, loadFixture } from '../helpers/extract-fixtures.js';
import { CODEGEEX_REPODEMO_ENV } from '../helpers/launch-snippets.js';

describeExtractor(
  'dotenv',
  dotenv,
  [
    ['.env', true],
    ['.env.production', true],
    ['.env.example', true],
    ['deploy/staging.env', true],
    ['envs.py', false],
    ['env.yaml', false],
    ['.envrc', false],
  ],
  'not-dotenv.env',
);

describe('dotenv comments', () => {
  it('keeps a commented-out model choice, marked as a comment', async () => {
    const { references } = await dotenv.extract(loadFixture('dotenv/.env.example'));
    expect(references.filter((r) => r.context === 'comment').map((r) => [r.id, r.line])).toEqual([['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 7]]);
  });
});

describe('dotenv: `<provider>:<model>` values (held-out assafelovic/gpt-researcher, issue #15)', () => {
  it('reads the model after the provider prefix whatever base URL is set, and no placeholder after it', async () => {
    const { references } = await dotenv.extract(loadFixture('dotenv/provider-prefix.env'));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['openai/gpt-4o', 'api', 7],
      ['openai/text-embedding-3-large', 'api', 8],
      ['llama3', 'ollama', 10],
      ['nomic-embed-text', 'ollama', 11],
    ]);
  });
});

describe('dotenv: a slot under a provider-named variable (held-out modelscope/agentscope, issue #15)', () => {
  it('reads `DASHSCOPE_EMBEDDING_MODEL=text-embedding-v2` and not the `USED_MODEL_NAME` slot above it', async () => {
    const { references } = await dotenv.extract(loadFixture('dotenv/provider-placeholder.env'));
    expect(references.map((r) => [r.id, r.line])).toEqual([['dashscope/text-embedding-v2', 6]]);
  });
});

describe('dotenv: a slot after an unknown prefix (assafelovic/gpt-researcher docs, issue #15)', () => {
  it('does not read `EMBEDDING=custom:your_embedding` beside a custom base URL as a model', async () => {
    const { references } = await dotenv.extract(loadFixture('dotenv/custom-prefix-slot.env'));
    expect(references).toEqual([]);
  });
});

describe('dotenv: Azure deployments and local models (held-out Cinnamon/kotaemon, issue #15, session 8)', () => {
  it('reads a deployment named as the model it deploys, and local Ollama models not as the hosted base URL serves them', async () => {
    const { references } = await dotenv.extract(loadFixture('dotenv/real-world-kotaemon.env'));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['openai/gpt-4o-mini', 'api', 6],
      ['openai/gpt-35-turbo', 'api', 8],
      ['openai/text-embedding-ada-002', 'api', 9],
      ['qwen2.5:7b', 'ollama', 11],
      ['nomic-embed-text', 'ollama', 12],
    ]);
  });
});

describe('dotenv: files beside a model', () => {
  it('reads no model in a data or settings file a variable named for something beside the model points at', async () => {
    // huggingface/chat-ui docs/source/configuration/llm-router.md: the router's routes file (`LLM_ROUTER_ROUTES_PATH`) was
    // read as a local model, the `LLM` in its name taken for a model setting. A variable named for the model keeps its
    // file: MNN loads a model by its config.json (alibaba/MNN apps/mnncli/android_debug.sh).
    const text = [
      'LLM_ROUTER_ROUTES_PATH=./config/routes.json',
      'LLM_ROUTER_FALLBACK_MODEL=meta-llama/Llama-3.3-70B-Instruct',
      'LLM_MODEL_PATH=./models/qwen2.5-7b',
      'MODEL_PATH=/data/local/tmp/mnn_models/SmolVLM-256M-Instruct-MNN/config.json',
    ].join('\n');
    const { references } = await dotenv.extract({ relPath: '.env', size: text.length, text });
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['meta-llama/Llama-3.3-70B-Instruct', 'huggingface', 2],
      ['./models/qwen2.5-7b', 'local', 3],
      ['/data/local/tmp/mnn_models/SmolVLM-256M-Instruct-MNN/config.json', 'local', 4],
    ]);
  });
});

describe('dotenv: a version beside the model (held-out wangrongding/wechat-bot, issue #15, session 28)', () => {
  it('reads `XUNFEI_MODEL_VERSION=v4.0` as no model, and keeps the models around it', async () => {
    // wangrongding/wechat-bot .env.example: the Spark version was reported as `anthropic/v4.0` (the file's only base URL
    // is Claude's). A variable named for a version holds a version, never a model's name.
    const text = [
      "DEEPSEEK_FREE_MODEL='deepseek-chat'",
      '# 使用的模型版本，默认填写 v4.0 或需要的版本号（如: v3.5, max-32k, pro-128k）',
      "XUNFEI_MODEL_VERSION='v4.0'",
      "CLAUDE_API_VERSION = '2023-06-01'",
      "CLAUDE_MODEL = 'claude-sonnet-4-5-20250929'",
      "CLAUDE_BASE_URL = 'https://api.anthropic.com/v1/messages'",
    ].join('\n');
    const { references } = await dotenv.extract({ relPath: '.env.example', size: text.length, text });
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['deepseek/deepseek-chat', 'api', 1],
      ['anthropic/claude-sonnet-4-5-20250929', 'api', 5],
    ]);
    expect(references.some((r) => r.line === 3 || /v4\.0/.test(r.id))).toBe(false);
  });
});

describe('dotenv: alternatives listed one after another (held-out zai-org/CodeGeeX4, round 34, session 31)', () => {
  it('pairs each model with the base URL set last above it, not the first one', async () => {
    // zai-org/CodeGeeX4 repodemo/readme.md:21-28, the .env choices its shell block lists.
    const text = CODEGEEX_REPODEMO_ENV.join('\n');
    const { references } = await dotenv.extract({ relPath: '.env', size: text.length, text });
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['zhipu/codegeex-4', 'api', 4],
      ['openai-compatible/codegeex4-all-9b', 'api', 8],
    ]);
  });
});

describe('dotenv: the model named by a *_MODEL_VERSION variable, and env templates without the dot (held-out onyx-dot-app/onyx, session 31)', () => {
  it('reads GEN_AI_MODEL_VERSION given a published name, not a version, in an env template of any spelling', async () => {
    // onyx .vscode/.env.k8s.template:53-54 and deployment/docker_compose/env.template (a compose project's template).
    const text = ['GEN_AI_MODEL_VERSION=gpt-5.5', 'FAST_GEN_AI_MODEL_VERSION=gpt-5-mini', 'MODEL_VERSION=2', 'INTENT_MODEL_VERSION=v1.0.3'].join('\n');
    const { references } = await dotenv.extract({ relPath: '.vscode/.env.k8s.template', size: text.length, text });
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['openai/gpt-5.5', 'api', 1],
      ['openai/gpt-5-mini', 'api', 2],
    ]);
    expect(['deployment/docker_compose/env.template', 'env.prod.template', 'env.example'].every((p) => dotenv.matches(p))).toBe(true);
    expect(['environment.ts', 'env.py', 'envs/template.yaml'].some((p) => dotenv.matches(p))).toBe(false);
  });
});

describe('dotenv: an env template named per variant after `example` (held-out PromtEngineer/localGPT, round 38, session 34)', () => {
  it('reads env.example.watsonx as a dotenv file, not env.example.py', async () => {
    // PromtEngineer/localGPT env.example.watsonx:58-59, 79-80 (the watsonx variant of .env.example).
    const text = [
      '# default: ibm/granite-13b-chat-v2',
      'WATSONX_GENERATION_MODEL=ibm/granite-13b-chat-v2',
      '# default: Qwen/Qwen3-Reranker-4B',
      'RERANKER_MODEL=Qwen/Qwen3-Reranker-4B',
    ].join('\n');
    expect(dotenv.matches('env.example.watsonx')).toBe(true);
    expect(['env.example.py', 'config/env.sample.yaml', 'env.example.md'].some((p) => dotenv.matches(p))).toBe(false);
    const { references } = await dotenv.extract({ relPath: 'env.example.watsonx', size: text.length, text });
    expect(references.filter((r) => r.context !== 'comment').map((r) => [r.id, r.line])).toEqual([
      ['ibm/granite-13b-chat-v2', 2],
      ['Qwen/Qwen3-Reranker-4B', 4],
    ]);
  });
});

describe('dotenv: a GitHub repository setting names no model (held-out InternLM/HuixiangDou, session 35)', () => {
  it('leaves github_repo_id alone and still reads a repo_id', () => {
    // InternLM/HuixiangDou docs/en/doc_full_dev.md:27-31, an ```ini block the markdown extractor hands to this one.
    const text = ['[sg_search.opencompass]', 'github_repo_id = "open-compass/opencompass"', 'repo_id = "internlm/internlm2-chat-7b"'].join('\n');
    const { references } = dotenv.extract({ relPath: '.env', size: text.length, text }) as { references: { id: string; line: number }[] };
    expect(references.map((r) => [r.id, r.line])).toEqual([['internlm/internlm2-chat-7b', 3]]);
  });
});
