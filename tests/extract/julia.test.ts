import julia, { scanJuliaTokens } from '../../src/extract/julia.js';
import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';
import markdown from '../../src/extract/markdown.js';
import { isNameShaped } from '../../src/extract/shared/model-name.js';

// No malformed case: any text is valid input for a token scan (an unterminated string ends at the text's end).
describeExtractor('julia', julia, [
  ['src/user_preferences.jl', true],
  ['examples/working_with_ollama.jl', true],
  ['Project.toml', false],
  ['docs/src/getting_started.md', false],
  ['app.py', false],
]);

type Found = { id: string; source: string; line: number };
const found = (text: string, path = 'src/app.jl') =>
  (julia.extract(makeSourceFile(path, text)) as { references: Found[] }).references.map((f) => [f.id, f.source, f.line]);

describe('julia: model contexts in Julia code (held-out svilupp/PromptingTools.jl, issue #15)', () => {
  it('reads keyword arguments, typed defaults, assignments, pairs and setting defaults named for a model', () => {
    // PromptingTools examples/working_with_responses_api.jl:25, src/llm_ollama_managed.jl:91, src/user_preferences.jl:151
    // (the package's default chat model), src/llm_interface.jl:55.
    const text = [
      'msg = aigenerate(schema, "Say hi!"; model = "acme-chat-1")',
      'function f(x; model::String = "acme-chat-2", url::Union{Nothing, String} = "acme-chat-x") end',
      'const DEFAULT_MODEL = "acme-chat-3"',
      'cfg.model = "acme-chat-4"',
      'body = Dict("model" => "acme-chat-5", :stream => true)',
      'opts = (; :model => "acme-chat-6")',
      'global MODEL_CHAT::String = @load_preference("MODEL_CHAT", default="acme-chat-7")',
      'model = get(ENV, "OPENAI_MODEL", "acme-chat-8")',
      'PT.MODEL_ALIASES["a9"] = "acme-chat-9"',
      'PT.register_model!(; name = "acme-chat-10", schema = PT.OllamaSchema())',
      'model_kwargs = "acme-chat-x"',
      'tokenizer_name = "acme-chat-x"',
      'PT.COLORS["a"] = "acme-chat-x"',
      'save(; name = "acme-chat-x")',
    ].join('\n');
    expect(found(text)).toEqual([
      ['openai-compatible/acme-chat-1', 'api', 1],
      ['openai-compatible/acme-chat-2', 'api', 2],
      ['openai-compatible/acme-chat-3', 'api', 3],
      ['openai-compatible/acme-chat-4', 'api', 4],
      ['openai-compatible/acme-chat-5', 'api', 5],
      ['openai-compatible/acme-chat-6', 'api', 6],
      ['openai-compatible/acme-chat-7', 'api', 7],
      ['openai-compatible/acme-chat-8', 'api', 8],
      ['openai-compatible/acme-chat-9', 'api', 9],
      ['acme-chat-10', 'ollama', 10],
    ]);
  });

  it("reads a catalogue: ModelSpec's first argument and its key, model lists, a model looked up in a list", () => {
    // src/user_preferences.jl:571-580 and 1036-1038 (the name on the line after `ModelSpec(`), src/llm_anthropic.jl:413.
    const text = [
      'registry = Dict{String, ModelSpec}(',
      '    "acme-chat-1" => ModelSpec("acme-chat-1", OpenAISchema(), 0.5e-6, 1.5e-6, "A chat model."),',
      '    "acme-chat-2b" => ModelSpec(',
      '        "acme-chat-2b",',
      '        FireworksOpenAISchema()))',
      'const SUPPORTED_MODELS = ["acme-chat-3", "acme-chat-4"]',
      'long = model in ["acme-chat-5"]',
      'other = flavour in ["acme-chat-x"]',
    ].join('\n');
    expect(found(text)).toEqual([
      ['openai-compatible/acme-chat-1', 'api', 2],
      ['openai-compatible/acme-chat-2b', 'api', 3],
      ['openai-compatible/acme-chat-2b', 'api', 4],
      ['openai-compatible/acme-chat-3', 'api', 6],
      ['openai-compatible/acme-chat-4', 'api', 6],
      ['openai-compatible/acme-chat-5', 'api', 7],
    ]);
  });

  it('reads the keys or values of a Dict of string pairs most of which a table knows, not of any other Dict', () => {
    // src/user_preferences.jl:382-424 (the alias table: alias => model), 1646-1654 (image prices keyed by model).
    const text = [
      'aliases = Dict("gpt4" => "gpt-4", "claudeh" => "claude-haiku-4-5", "oh25" => "acme-chat-1")',
      'COSTS = Dict("dall-e-3" => 0.04, "gpt-4o" => 0.01, "acme-chat-2" => 0.0)',
      'COLORS = Dict("red" => "acme-chat-x", "blue" => "acme-chat-y", "green" => "gpt-4")',
    ].join('\n');
    expect(found(text)).toEqual([
      ['openai/gpt-4', 'api', 1],
      ['anthropic/claude-haiku-4-5', 'api', 1],
      ['openai-compatible/acme-chat-1', 'api', 1],
      ['openai/dall-e-3', 'api', 2],
      ['openai/gpt-4o', 'api', 2],
      ['openai-compatible/acme-chat-2', 'api', 2],
    ]);
  });

  it("reads a name a call gives to Ollama: an Ollama-named call's or one given an Ollama schema, digit or not", () => {
    // src/user_preferences.jl:899-903 (`llava`: no digit, an Ollama registry entry), src/llm_ollama.jl:83.
    const text = [
      '"llava" => ModelSpec("llava", OllamaSchema(), 0.0, 0.0, "A multimodal model."),',
      'ollama_api(prompt; model = "mymodel-x")',
      // (A name of the Ollama library no family lists: a known one is Ollama's wherever model-names meets it.)
      'msg = aigenerate(OpenAISchema(), "hi"; model = "bakllava")',
    ].join('\n');
    expect(found(text)).toEqual([
      ['llava', 'ollama', 1],
      ['mymodel-x', 'ollama', 2],
    ]);
  });

  it('does not read docstrings, comments, interpolated strings, string macros, comparisons or prefix tests', () => {
    // src/macros.jl:26-31 (`ai"..."gpt4t`: the flag is the project's alias), src/llm_openai_chat.jl:658-661.
    const text = [
      '"""',
      '    aigenerate(schema, prompt; model = "acme-chat-1")',
      '"""',
      '# model = "acme-chat-2"',
      '#= model = "acme-chat-3" =#',
      'model = "acme-$(size)"',
      'result = ai"What is 1+1?"gpt4t',
      'pattern = r"model = \\"acme-chat-4\\""',
      'if model == "acme-chat-5" || startswith(model, "acme-chat-6") || occursin("acme-chat-7", model) end',
      'model = "local-server"',
    ].join('\n');
    expect(found(text)).toEqual([]);
    expect(isNameShaped('local-server')).toBe(false);
  });

  it("tells a character and a symbol from Julia's adjoint, ranges and ternaries", () => {
    const kinds = (text: string) =>
      scanJuliaTokens(text)
        .toArray()
        .map((t) => `${t.kind}:${t.text}`);
    expect(kinds("y = x' * 'a'")).toEqual(['ident:y', 'punct:=', 'ident:x', "punct:'", 'punct:*']);
    expect(kinds('r = 1:n; s = :model; t = a ? b : c')).toEqual([
      'ident:r',
      'punct:=',
      'number:1',
      'punct::',
      'ident:n',
      'punct:;',
      'ident:s',
      'punct:=',
      'symbol:model',
      'punct:;',
      'ident:t',
      'punct:=',
      'ident:a',
      'punct:?',
      'ident:b',
      'punct::',
      'ident:c',
    ]);
  });

  it('reads the julia blocks of Markdown docs as Julia, as documentation', async () => {
    // docs/src/examples/working_with_ollama.md:45-48 (an Ollama model without a known name, in a julia block).
    const text = ['# Ollama', '', '```julia', 'msg = aigenerate(conversation;', '    model = "openhermes2.5-mistral")', '```'].join('\n');
    const { references } = await markdown.extract(makeSourceFile('docs/src/examples/working_with_ollama.md', text));
    expect(references.map((r) => [r.id, r.line, r.context])).toEqual([['openai-compatible/openhermes2.5-mistral', 5, 'docs']]);
  });
});

describe('hub-url in Julia files', () => {
  it('gives a Hub URL in a `#` comment context comment, and one in code none (the path decides)', async () => {
    const { default: hubUrl } = await import('../../src/extract/hub-url.js');
    const text = ['# See https://huggingface.co/HuggingFaceTB/SmolLM3-3B', 'url = "https://huggingface.co/openai/whisper-tiny"'].join('\n');
    const { references } = (await hubUrl.extract(makeSourceFile('src/app.jl', text))) as { references: { id: string; context?: string }[] };
    expect(references.map((r) => [r.id, r.context])).toEqual([
      ['HuggingFaceTB/SmolLM3-3B', 'comment'],
      ['openai/whisper-tiny', undefined],
    ]);
  });
});
