import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/extract/extractor.js';
import markdown from '../../src/extract/markdown.js';
import python from '../../src/extract/python.js';
import shell from '../../src/extract/shell.js';

// Held-out round 41 (session 37): shapes cut from ictnlp/LLaMA-Omni and m-bain/whisperX, each a rule that reads what
// the first run of the round missed.
const refs = async (extractor: { extract: (f: { relPath: string; size: number; text: string }) => unknown }, relPath: string, text: string) =>
  ((await extractor.extract({ relPath, size: text.length, text })) as ExtractResult).references.map((r) => [r.id, r.line]);

describe('command lines: a bare folder given to --model-path', () => {
  it('is the folder of that name when it is named like a model with its size (LLaMA-Omni run.sh, README)', async () => {
    const run = [
      '#!/bin/bash',
      '',
      'ROOT=$1',
      '',
      'VOCODER_CKPT=vocoder/g_00500000',
      'VOCODER_CFG=vocoder/config.json',
      '',
      'python omni_speech/infer/infer.py \\',
      '    --model-path Llama-3.1-8B-Omni \\',
      '    --question-file $ROOT/question.json \\',
      '    --answer-file $ROOT/answer.json \\',
      '    --s2s',
      '',
    ].join('\n');
    expect(await refs(shell, 'omni_speech/infer/run.sh', run)).toEqual([['Llama-3.1-8B-Omni', 9]]);
    const worker =
      'python -m omni_speech.serve.model_worker --host 0.0.0.0 --controller http://localhost:10000 --port 40000 --worker http://localhost:40000 --model-path Llama-3.1-8B-Omni --model-name Llama-3.1-8B-Omni --s2s';
    expect(await refs(markdown, 'README.md', ['3. Launch a model worker.', '```shell', worker, '```', ''].join('\n'))).toEqual([['Llama-3.1-8B-Omni', 3]]);
  });

  it('leaves a bare word with no size alone: a served name or a placeholder, not a folder one can tell', async () => {
    expect(await refs(shell, 'run.sh', 'python infer.py --model-path my-model --s2s\npython infer.py --model_path omni --s2s\n')).toEqual([]);
  });
});

describe('whisperX: the faster-whisper names its CLI and load_model take', () => {
  it('reads `whisperx --model` and `whisperx.load_model(...)` as the faster-whisper conversions they download', async () => {
    const examples = ['# French', '', '```', 'whisperx --model large --language fr examples/sample_fr_01.wav', '```', ''].join('\n');
    expect(await refs(markdown, 'EXAMPLES.md', examples)).toEqual([['Systran/faster-whisper-large-v3', 4]]);
    const usage = [
      'import whisperx',
      '',
      'device = "cuda"',
      'compute_type = "float16"',
      'model = whisperx.load_model("large-v2", device, compute_type=compute_type)',
      '',
    ].join('\n');
    expect(await refs(python, 'example.py', usage)).toEqual([['Systran/faster-whisper-large-v2', 5]]);
  });

  it('leaves the same size words alone for a program that is not whisperX', async () => {
    expect(await refs(markdown, 'README.md', ['```', 'mytool --model large --language fr a.wav', '```', ''].join('\n'))).toEqual([]);
  });
});

describe('python: a parameter falling back to a literal', () => {
  it("is that literal's value where the variable is loaded (whisperX diarize.py)", async () => {
    const diarize = [
      'from pyannote.audio import Pipeline',
      '',
      'class DiarizationPipeline:',
      '    def __init__(',
      '        self,',
      '        model_name=None,',
      '        token=None,',
      '        cache_dir=None,',
      '    ):',
      '        model_config = model_name or "pyannote/speaker-diarization-community-1"',
      '        logger.info(f"Loading diarization model: {model_config}")',
      '        self.model = Pipeline.from_pretrained(model_config, token=token, cache_dir=cache_dir).to(device)',
      '',
    ].join('\n');
    expect(await refs(python, 'whisperx/diarize.py', diarize)).toEqual([['pyannote/speaker-diarization-community-1', 10]]);
  });

  it('leaves a fallback the variable is later given another value for (the configured value decides)', async () => {
    const twice = [
      'from transformers import AutoModel',
      '',
      'def load(name=None, big=False):',
      '    model_id = name or "org-x/small-model-1b"',
      '    if big:',
      '        model_id = pick_big()',
      '    return AutoModel.from_pretrained(model_id)',
      '',
    ].join('\n');
    expect(await refs(python, 'load.py', twice)).toEqual([]);
  });
});

describe('markdown: an untagged llama.cpp command whose model flag starts a continued line', () => {
  it('reads the weights files of `./speculative \\` then `-m ... \\` (TinyLlama speculative_decoding/README.md)', async () => {
    const page = [
      '### Llama.cpp Speculative Decoding',
      '',
      '```',
      './speculative \\',
      '-m models/CodeLlama-7b-hf/ggml-model-f16.gguf \\',
      '-md models/TinyLlama-1.1B-500B-python/ggml-model-q4_0.gguf \\',
      '-p "# Quick-sort implementation in Python and sample usage:" \\',
      '-e -ngl 1 -t 4 -n 256 -s 20 --temp 0 --draft 8',
      '```',
      '',
    ].join('\n');
    expect(await refs(markdown, 'speculative_decoding/README.md', page)).toEqual([
      ['models/CodeLlama-7b-hf/ggml-model-f16.gguf', 5],
      ['models/TinyLlama-1.1B-500B-python/ggml-model-q4_0.gguf', 6],
    ]);
  });

  it('leaves an untagged block of program output alone, a file named after a dash on a continued line included', async () => {
    const output = ['```', 'encoded   12 tokens in    0.247 seconds \\', '-mixed results.gguf written', '```', ''].join('\n');
    expect(await refs(markdown, 'README.md', output)).toEqual([]);
  });
});

describe("command lines: a weights file named after its model is no API's name (lead review, round 41)", () => {
  it('reads neither split nor merged GGUF of `llama-gguf-split --merge` as DashScope models (Qwen2.5-Coder model card)', async () => {
    const page = [
      '3. (Optional) Merge:',
      '   ```bash',
      '   # ./llama-gguf-split --merge <first-split-file-path> <merged-file-path>',
      '   ./llama-gguf-split --merge qwen2.5-coder-7b-instruct-q5_k_m-00001-of-00002.gguf qwen2.5-coder-7b-instruct-q5_k_m.gguf',
      '   ```',
      '',
    ].join('\n');
    const found = await refs(markdown, 'Qwen2.5-Coder-7B-Instruct.md', page);
    expect(found.filter(([id]) => String(id).startsWith('dashscope/'))).toEqual([]);
  });
});
