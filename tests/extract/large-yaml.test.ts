// Large YAML files (OpenAPI documents, schema registries, install manifests) are mostly blocks no
// extractor reads; those are blanked before the parse. What the read blocks name must come out as
// in a small file holding them alone: the same ids, sources and columns, lines moved by the padding.
import { describe, expect, it } from 'vitest';
import composeK8s from '../../src/extract/compose-k8s.js';
import configFile from '../../src/extract/config-file.js';
import type { RawReference } from '../../src/model/reference.js';
import { blankUnreadBlocks, PRUNE_MIN_BYTES } from '../../src/extract/shared/yaml-prune.js';

// OpenAPI paths of the shape of 1Panel's cmd/server/docs/swagger.yaml: many, none naming a model.
const path = (i: number) => `  /api/v1/apps/${i}/install:
    post:
      consumes:
      - application/json
      description: "Install app number ${i}: name, id and path of the app"
      parameters:
      - description: request
        in: body
        name: request
        required: true
        schema:
          $ref: '#/definitions/request.AppInstall${i}'
      responses:
        "200":
          description: OK
      summary: Install app
      tags:
      - App
`;

// What is read, each shape the extractors look at: a model key with a LiteLLM prefix and its
// sibling base URL, a model section's entry key, an anchored value named by an alias elsewhere,
// a container's args and env, and a sibling provider written over two lines.
// Notes inside the read blocks make them large enough to be looked into, entry by entry.
const notes = (indent: string) =>
  `${indent}notes:\n${Array.from({ length: 40 }, (_, i) => `${indent}  step${i}: "Check the install of app ${i} and its logs before going on"\n`).join('')}`;
const readBlocks = `x-llm-defaults: &served Qwen/Qwen2.5-7B-Instruct
x-model-settings:
${notes('  ')}  litellm_params:
    model: openai/qwen2.5-coder
    api_base: http://localhost:11434/v1
  embedder:
    name: BAAI/bge-m3
  chat:
${notes('    ')}    provider:
      ollama
    model: llama3.1:8b
x-deploy:
  containers:
  - name: vllm
    args: ["--model", "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B"]
    env:
    - name: MODEL_ID
      value: microsoft/Phi-3.5-mini-instruct
x-aliases:
  default_model: *served
`;

const head = 'swagger: "2.0"\ninfo:\n  title: API\npaths:\n';
const paths = Array.from({ length: 240 }, (_, i) => path(i)).join('');
const large = `${head}${paths}${readBlocks}`;
const small = readBlocks;
const padLines = `${head}${paths}`.split('\n').length - 1;

async function found(text: string, relPath: string) {
  const file = { relPath, size: text.length, text };
  const refs: RawReference[] = [...(await configFile.extract(file)).references, ...(await composeK8s.extract(file)).references];
  return refs.map((r) => ({ id: r.id, source: r.source, line: r.line, column: r.column }));
}

describe('large YAML files: unread blocks blanked before the parse', () => {
  it('blanks the blocks no extractor reads, keeping every offset and line', () => {
    expect(large.length).toBeGreaterThan(PRUNE_MIN_BYTES);
    const pruned = blankUnreadBlocks(large, 'docs/swagger.yaml');
    expect(pruned.length).toBe(large.length);
    expect(pruned.split('\n').length).toBe(large.split('\n').length);
    expect(pruned).not.toContain('/api/v1/apps/');
    expect(pruned).not.toContain('Check the install');
    expect(pruned).toContain('provider:\n      ollama');
  });

  it('finds in the large file what the read blocks name alone, at the same places', async () => {
    const alone = await found(small, 'docs/swagger.yaml');
    expect(alone.map((r) => r.id)).toEqual(
      expect.arrayContaining(['BAAI/bge-m3', 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 'microsoft/Phi-3.5-mini-instruct', 'Qwen/Qwen2.5-7B-Instruct']),
    );
    expect(await found(large, 'docs/swagger.yaml')).toEqual(alone.map((r) => ({ ...r, line: r.line + padLines })));
  });

  it('names a malformed read block at its own line, the blanked blocks left out of the parse', async () => {
    // The blanked blocks are not handed to the parser at all (it lexed every blank line): offsets and
    // lines still come out where they are in the file.
    const broken = `x-broken-model:\n  model: a: b\n${readBlocks}`;
    const lineOf = async (text: string) => (await configFile.extract({ relPath: 'docs/swagger.yaml', size: text.length, text })).diagnostics.map((d) => d.line);
    const alone = await lineOf(broken);
    expect(alone).toEqual([2]);
    expect(await lineOf(`${head}${paths}${broken}`)).toEqual(alone.map((line) => line! + padLines));
  });

  // Every other shape config-file reads a model from, each in a block holding no model key: an OpenAPI shell code sample
  // (ollama docs/openapi.yaml), options written `key:value` with a weights file under a path key (LocalAI gallery), a
  // router's static models and aliases (vllm production-stack), a chart's catalogue (kubeai), a Taskfile's `cmds:`.
  const otherShapes = `x-copy:
  /api/copy:
    post:
      x-codeSamples:
        - lang: bash
          label: Copy a model to a new name
          source: |
            curl http://localhost:11434/api/copy -d '{
              "source": "gemma4",
              "destination": "gemma4-backup"
            }'
x-diffusion:
  backend: stablediffusion-ggml
  options:
      - diffusion_model
      - llm_path:Qwen3-4B.Q4_K_M.gguf
      - vae_path:ae.safetensors
x-router:
  static_models:
    facebook/opt-125m:
      static_backends:
      - http://localhost:9001
  static_aliases:
    "my-alias": "meta-llama/Llama-3.1-8B-Instruct"
x-charts:
  catalog:
    llama-3.1-8b-instruct-fp8-l4:
      enabled: true
x-tasks:
  run:
    cmds:
      - text-embeddings-router --model-id thenlper/gte-large --port 5500
`;

  it('finds in a large file every other shape config-file reads, at the same places', async () => {
    const alone = await found(otherShapes, 'docs/swagger.yaml');
    expect(alone.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'gemma4',
        'Qwen3-4B.Q4_K_M.gguf',
        'ae.safetensors',
        'facebook/opt-125m',
        'meta-llama/Llama-3.1-8B-Instruct',
        'thenlper/gte-large',
      ]),
    );
    expect(await found(`${head}${paths}${otherShapes}`, 'docs/swagger.yaml')).toEqual(alone.map((r) => ({ ...r, line: r.line + padLines })));
  });

  it('leaves whole a large SkyPilot task and a file named for models (scripts or weights under keys of any name)', () => {
    const task = `${head}${paths}resources:\n  accelerators: A100:8\nrun: |\n  vllm serve Qwen/Qwen3-8B\n`;
    expect(blankUnreadBlocks(task, 'llm/qwen/serve.yaml')).toBe(task);
    expect(blankUnreadBlocks(large, 'config/models.yaml')).toBe(large);
  });

  it('leaves JSON, CI workflows and small files whole', () => {
    expect(blankUnreadBlocks(large, '.github/workflows/bench.yml')).toBe(large);
    expect(blankUnreadBlocks(large, 'docs/swagger.json')).toBe(large);
    expect(blankUnreadBlocks(small, 'docs/swagger.yaml')).toBe(small);
  });
});
