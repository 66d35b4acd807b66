// A form field's placeholder (`placeholder="llama3.2"`, `placeholder={"qwen2.5:3b"}`, `placeholder: 'qwen-plus'`) is
// example text the user types over: reported with context `comment`, not gated by the starter policy. The same name
// returned as a default stays `code`.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { STARTER_POLICY } from '../../src/policy/index.js';
import { placeholderTexts, inPlaceholder } from '../../src/extract/shared/ui-placeholders.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

async function audit(only?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'modelprov-placeholders-'));
  cpSync(join(REPO_ROOT, 'fixtures/projects/ui-placeholders', only ?? ''), dir, { recursive: true });
  writeFileSync(join(dir, '.modelprov.yml'), STARTER_POLICY.replace('fail_on_incomplete: true', 'fail_on_incomplete: false'));
  const run = await runCli(['audit', dir, '--offline', '--format', 'json']);
  const report = JSON.parse(run.stdout) as Report;
  const refs = report.models.flatMap((m) => m.references.map((r) => `${r.path}:${r.line} ${m.id} ${r.context}`)).sort();
  return { run, refs, report };
}

describe('form placeholders', () => {
  it('reports a model shown as an input placeholder as a comment, and a default returned in code as code', async () => {
    const { refs } = await audit();
    expect(refs).toContain('page-assist/AddOllamaModelModal.tsx:10 qwen2.5:3b comment');
    expect(refs).toContain('page-assist/tts-mode.tsx:8 mistral/voxtral-mini-tts-2603 comment');
    expect(refs).toContain('page-assist/tts.ts:9 mistral/voxtral-mini-tts-2603 code');
    expect(refs).toContain('reor/NewRemoteEmbeddingModel.tsx:8 Xenova/bge-base-en-v1.5 comment');
    expect(refs).toContain('flowise/ChatAlibabaTongyi.ts:9 dashscope/qwen-plus comment');
    expect(refs).toContain('reor/embeddings.ts:5 Xenova/bge-reranker-base code');
  });

  it('does not fail the starter policy on a Chinese model only shown as a placeholder (page-assist), and still does on one loaded (reor)', async () => {
    const shown = await audit('page-assist');
    expect(shown.run.code).toBe(0);
    expect(shown.report.models.find((m) => m.id === 'qwen2.5:3b')?.policy.verdict).toBe('pass');
    const loaded = await audit('reor');
    expect(loaded.run.code).toBe(1);
    expect(loaded.report.models.find((m) => m.id === 'Xenova/bge-reranker-base')?.policy.verdict).toBe('fail');
  });

  it('reads placeholders as attributes, JSX expressions, object keys and JSON keys, one line each', () => {
    const texts = placeholderTexts(
      [
        '<Input placeholder="llama3.2" />',
        '  placeholder={"qwen2.5:3b"}',
        "  placeholder: 'qwen-plus'",
        '  "placeholder": "deepseek-v3.1",',
        '<input placeholder="e.g., openai/whisper-tiny">',
        'const placeholderText = "gpt-4o"',
      ].join('\n'),
    );
    expect([...texts.entries()]).toEqual([
      [1, ['llama3.2']],
      [2, ['qwen2.5:3b']],
      [3, ['qwen-plus']],
      [4, ['deepseek-v3.1']],
      [5, ['e.g., openai/whisper-tiny']],
    ]);
    expect(inPlaceholder('openai/whisper-tiny', texts.get(5)!)).toBe(true);
    expect(inPlaceholder('openai/tts-1', ['tts-1'])).toBe(true);
    expect(inPlaceholder('openai/gpt-4o', ['tts-1'])).toBe(false);
  });
});
