import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/extract/extractor.js';
import shell from '../../src/extract/shell.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor('shell', shell, [
  ['scripts/serve.sh', true],
  ['Makefile', true],
  ['build.mk', true],
  ['justfile', true],
  ['Procfile', true],
  ['serve.py', false],
  ['shell.md', false],
]);

describe('shell variables and flags', () => {
  // Distinct references, as the audit keeps them (a variable is reported where it is set, once).
  const rows = (text: string) => {
    const all = (shell.extract({ relPath: 'serve.sh', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line, r.revision]);
    return [...new Map(all.map((row) => [JSON.stringify(row), row])).values()];
  };

  it('reads a variable set twice as the value in effect where each command runs, pinned only by its own --revision', () => {
    const text = [
      'model=jinaai/jina-embeddings-v2-base-en',
      'revision=refs/pr/25',
      'docker run tei:1.5 --model-id $model --revision $revision',
      'model=BAAI/bge-reranker-large',
      'docker run tei:1.5 --model-id $model',
      '',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['BAAI/bge-reranker-large', 4, undefined],
      ['jinaai/jina-embeddings-v2-base-en', 1, 'refs/pr/25'],
    ]);
  });

  it('names the models of a training run by their role flags, not where the result goes or the data', () => {
    const text =
      'python train.py --pretrain OpenRLHF/Llama-3-8b-sft-mixture --reward_model_name_or_path OpenRLHF/Llama-3-8b-rm-mixture --dataset Skywork/Skywork-Reward-Preference-80K-v0.2 --hub_model_id acme/llama-rlhf\n';
    expect(rows(text)).toEqual([
      ['OpenRLHF/Llama-3-8b-sft-mixture', 1, undefined],
      ['OpenRLHF/Llama-3-8b-rm-mixture', 1, undefined],
    ]);
  });

  it('drops a request for the name the script serves a model under (--served-model-name), keeping the model served', () => {
    const text = [
      'vllm serve Qwen/Qwen2.5-7B-Instruct --served-model-name qwen-7b &',
      `curl http://localhost:8000/v1/chat/completions -d '{"model": "qwen-7b"}'`,
      '',
    ].join('\n');
    expect(rows(text)).toEqual([['Qwen/Qwen2.5-7B-Instruct', 1, undefined]]);
  });
});

describe('shell: a model flag given a relative folder (held-out llm-learning, issue #15)', () => {
  it('reads a value with two slashes or more as a path (a Hub id has one), and a served name as no model', () => {
    // Cut from 530154436/llm-learning llm-deploy/app_vllm.sh (lines 3-8).
    const text =
      'nohup python -m vllm.entrypoints.openai.api_server \\\n--host 0.0.0.0 \\\n--port 8000 \\\n--model data/models/Qwen2.5-7B-Instruct \\\n--served-model-name Qwen2.5-7B-Instruct \\\n--gpu-memory-utilization 0.9 > server.log &\n';
    const { references } = shell.extract({ relPath: 'app_vllm.sh', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['data/models/Qwen2.5-7B-Instruct', 'local', 4]]);
  });
});
