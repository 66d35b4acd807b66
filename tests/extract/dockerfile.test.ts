import dockerfile from '../../src/extract/dockerfile.js';
import { describe, expect, it } from 'vitest';
import { describeExtractor, loadFixture } from '../helpers/extract-fixtures.js';
import { makeSourceFile } from '../../src/extract/source-file.js';

describeExtractor(
  'dockerfile',
  dockerfile,
  [
    ['Dockerfile', true],
    ['docker/Dockerfile.gpu', true],
    // infiniflow/ragflow names its images' files Dockerfile_base, Dockerfile_tei, Dockerfile_ci.
    ['Dockerfile_tei', true],
    ['api.Dockerfile', true],
    ['Containerfile', true],
    ['Dockerfile.md', false],
    ['docs/Dockerfile.txt', false],
    ['dockerfile.py', false],
  ],
  'not-dockerfile.Dockerfile',
);

describe('dockerfile: commands kept in comments', () => {
  it('reads the models a commented download command fetched for the image, as comments (ragflow Dockerfile_tei)', async () => {
    const { references } = await dockerfile.extract(loadFixture('dockerfile/real-world-commented-download.Dockerfile'));
    expect(references.map((r) => [r.id, r.line, r.context])).toEqual([
      ['BAAI/bge-small-en-v1.5', 7, 'comment'],
      ['BAAI/bge-m3', 8, 'comment'],
      ['Qwen/Qwen3-Embedding-0.6B', 9, 'comment'],
    ]);
  });
});

describe('dockerfile: a product named for LLMs names its folders (held-out h2oai/h2o-llmstudio, session 36)', () => {
  it('reads no work folder nor datasets folder under a variable whose name holds LLM', async () => {
    // h2oai/h2o-llmstudio Dockerfile:48-58 (cut); the model line is added for contrast.
    const text = [
      'FROM nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04',
      '# All persistent data lives in /mount',
      'RUN mkdir -p /mount && chown -R nonroot:nonroot /mount',
      'ENV H2O_LLM_STUDIO_WORKDIR=/mount',
      '',
      '# Download the demo datasets and place in the /workspace/demo directory',
      'ENV H2O_LLM_STUDIO_DEMO_DATASETS=/workspace/demo',
      'ENV DEFAULT_LLM_MODEL=h2oai/h2o-danube3-500m-chat',
    ].join('\n');
    const { references } = await dockerfile.extract(makeSourceFile('Dockerfile', text));
    expect(references.map((r) => [r.id, r.line])).toEqual([['h2oai/h2o-danube3-500m-chat', 8]]);
  });
});
