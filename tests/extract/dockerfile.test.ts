import dockerfile from '../../src/extract/dockerfile.js';
import { describe, expect, it } from 'vitest';
import { describeExtractor, loadFixture } from '../helpers/extract-fixtures.js';

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
