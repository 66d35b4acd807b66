// A provider's route before a name only its API serves (`openai/gpt-4o`, `anthropic/claude-3-5-haiku-20241022`) is
// that API's model whichever reader found it (Python, Rust, a Markdown block, a YAML list): never a Hub repo, whose
// lookup online could only miss. Hub ids under the same organisation (`openai/whisper-large-v3`, `openai/gpt-oss-20b`)
// and ids written as Hub locations (`hf://mistral/mistral-7b-instruct`) stay on the Hub.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

describe('provider routes before hosted names', () => {
  it('reports them as API models in every reader, and keeps Hub ids and hf:// locations on the Hub', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-hosted-routes-'));
    cpSync(join(REPO_ROOT, 'fixtures/projects/hosted-routes'), dir, { recursive: true });
    const run = await runCli(['audit', dir, '--offline', '--format', 'json']);
    const report = JSON.parse(run.stdout) as Report;
    const at = (path: string, line: number) =>
      report.models
        .filter((m) => m.references.some((r) => r.path === path && r.line === line))
        .map((m) => `${m.source} ${m.id}`)
        .sort();
    expect(at('crew.py', 5)).toEqual(['api anthropic/claude-3-5-haiku-20241022']);
    expect(at('crew.py', 6)).toEqual(['api openai/gpt-4o']);
    expect(at('crew.py', 7)).toEqual(['huggingface openai/whisper-large-v3']);
    expect(at('completion.rs', 3)).toEqual(['api openai/gpt-4o']);
    expect(at('llms.md', 3)).toEqual(['api openai/gpt-4']);
    expect(at('model-settings.yml', 2)).toEqual(['api openai/o1']);
    expect(at('model-settings.yml', 4)).toEqual(['api openai/o3']);
    expect(at('crew.py', 8)).toEqual(['huggingface openai/gpt-oss-20b']);
    expect(at('cache_test.go', 4)).toEqual(['huggingface mistral/mistral-7b-instruct']);
    // No Hub lookup is owed for the API models: only the Hub ids are waiting on the lineage cache.
    expect(
      report.models
        .filter((m) => m.source === 'huggingface')
        .map((m) => m.id)
        .sort(),
    ).toEqual(['mistral/mistral-7b-instruct', 'openai/gpt-oss-20b', 'openai/whisper-large-v3']);
  });
});
