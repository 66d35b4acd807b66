import { describe, expect, it } from 'vitest';
import markdown from '../../src/extract/markdown.js';
import { describeExtractor, loadFixture } from '../helpers/extract-fixtures.js';

describeExtractor('markdown', markdown, [['README.md', true], ['docs/guide.mdx', true], ['notes.markdown', true], ['README.rst', false], ['main.py', false]]);

describe('markdown code blocks', () => {
  it('points into the Markdown file, as documentation', async () => {
    const { references } = await markdown.extract(loadFixture('markdown/real-world-peft-card.md'));
    expect(references).toEqual([expect.objectContaining({ id: 'Qwen/Qwen2.5-1.5B', line: 23, column: 15, context: 'docs', snippet: 'base_model = "Qwen/Qwen2.5-1.5B"' })]);
  });

  it('reads indented fences inside list items, and console prompts as commands', async () => {
    const text = ['1. Serve it:', '', '   ```console', '   $ vllm serve Qwen/Qwen2.5-7B-Instruct', '   INFO: loading Qwen/Qwen2.5-0.5B', '   ```', ''].join('\n');
    const { references } = await markdown.extract({ relPath: 'docs/serve.md', size: text.length, text });
    expect(references.map((r) => [r.id, r.line, r.column])).toEqual([['Qwen/Qwen2.5-7B-Instruct', 4, 17]]);
  });
});
