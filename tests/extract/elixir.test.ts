import elixir from '../../src/extract/elixir.js';
import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { contextOf } from '../../src/scan/extract-file.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';
import markdown from '../../src/extract/markdown.js';

// No malformed case: any text is valid input for a token scan (an unterminated string ends at the text's end).
describeExtractor('elixir', elixir, [
  ['examples/phoenix/speech_to_text.exs', true],
  ['lib/bumblebee/text.ex', true],
  ['mix.lock', false],
  ['notebooks/llms.livemd', false],
  ['README.md', false],
]);

const found = (text: string) =>
  (elixir.extract(makeSourceFile('lib/app.ex', text)) as { references: { id: string; source: string; line: number }[] }).references.map((r) => [
    r.id,
    r.source,
    r.line,
  ]);

describe('elixir: model contexts in Elixir code (held-out elixir-nx/bumblebee, issue #15)', () => {
  it("reads Bumblebee's {:hf, repo} tuple, a literal or the string last bound to its variable, not a docs heredoc", () => {
    // bumblebee examples/phoenix/speech_to_text.exs:263 and notebooks/stable_diffusion.livemd:29-33 (36 of the 38
    // first-round misses were these tuples); lib/bumblebee/text.ex:258 is a @doc example.
    const text = [
      '{:ok, model_info} = Bumblebee.load_model({:hf, "openai/whisper-tiny"})',
      'repo_id = "CompVis/stable-diffusion-v1-4"',
      '{:ok, unet} = Bumblebee.load_model({:hf, repo_id, subdir: "unet"}, opts)',
      '@doc """',
      '    {:ok, m} = Bumblebee.load_model({:hf, "facebook/nllb-200-distilled-600M"})',
      '"""',
      'repo = {:hf, "mistralai/Mistral-7B-Instruct-v0.2", auth_token: hf_token}',
    ].join('\n');
    expect(found(text)).toEqual([
      ['openai/whisper-tiny', 'huggingface', 1],
      ['CompVis/stable-diffusion-v1-4', 'huggingface', 2],
      ['mistralai/Mistral-7B-Instruct-v0.2', 'huggingface', 7],
    ]);
  });

  it('reads keyword, map, attribute, binding, default-argument and list slots named for models', () => {
    const text = [
      'opts = [model: "acme-chat-1"]',
      'body = %{"model" => "acme-chat-2", "stream" => true}',
      '@default_model "acme-chat-3"',
      'model = "acme-chat-4"',
      'def chat(prompt, model \\\\ "acme-chat-5"), do: prompt',
      '@models ["acme-chat-6", "acme-chat-7"]',
      'label = "model: #{model}"',
      'model_type = "acme-chat-8"',
    ].join('\n');
    expect(found(text)).toEqual([
      ['openai-compatible/acme-chat-1', 'api', 1],
      ['openai-compatible/acme-chat-2', 'api', 2],
      ['openai-compatible/acme-chat-3', 'api', 3],
      ['openai-compatible/acme-chat-4', 'api', 4],
      ['openai-compatible/acme-chat-5', 'api', 5],
      ['openai-compatible/acme-chat-6', 'api', 6],
      ['openai-compatible/acme-chat-7', 'api', 6],
    ]);
  });

  it('reads the Elixir cells of a Livebook notebook and README blocks as Elixir, as documentation', async () => {
    // bumblebee notebooks/qwen3.livemd:29 (a code cell) and README.md:62 (an ```elixir usage block).
    const text = ['# Qwen3', '', '```elixir', 'repo = {:hf, "Qwen/Qwen3-4B-Instruct-2507"}', '```'].join('\n');
    const { references } = await markdown.extract(makeSourceFile('notebooks/qwen3.livemd', text));
    expect(references.map((r) => [r.id, r.source, r.line, r.context])).toEqual([['Qwen/Qwen3-4B-Instruct-2507', 'huggingface', 4, 'docs']]);
    expect(markdown.matches('notebooks/qwen3.livemd')).toBe(true);
    // A notebook's prose (a Hub link the hub-url extractor finds) is documentation too, as in a Markdown page.
    expect(contextOf('notebooks/llms_rag.livemd')).toBe('docs');
  });
});

describe('hub-url in Elixir files', () => {
  it('gives a Hub URL in a `#` comment context comment, and one in code none (the path decides)', async () => {
    const { default: hubUrl } = await import('../../src/extract/hub-url.js');
    const text = ['# See https://huggingface.co/HuggingFaceTB/SmolLM3-3B', 'url = "https://huggingface.co/openai/whisper-tiny"'].join('\n');
    const { references } = (await hubUrl.extract(makeSourceFile('lib/app.ex', text))) as { references: { id: string; context?: string }[] };
    expect(references.map((r) => [r.id, r.context])).toEqual([
      ['HuggingFaceTB/SmolLM3-3B', 'comment'],
      ['openai/whisper-tiny', undefined],
    ]);
  });
});
