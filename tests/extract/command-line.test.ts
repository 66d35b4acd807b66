import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/extract/extractor.js';
import commandLine from '../../src/extract/command-line.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor('command-line', commandLine, [
  ['clients/vscode/src/chat/webview.ts', true],
  ['README.md', true],
  ['docs/install.mdx', true],
  ['deploy/supervisor/vllm.conf', true],
  ['jobs/train.slurm', true],
  ['Llama build.txt', true],
  ['requirements.txt', false],
  ['LICENSE.txt', false],
  ['app.py', true],
  ['CHANGELOG.md', false],
  ['.changes/v0.11.0.md', false],
  ['scripts/serve.sh', false],
  ['docker-compose.yml', false],
]);

describe('command lines inside other text', () => {
  const ids = (relPath: string, text: string) =>
    (commandLine.extract({ relPath, size: text.length, text }) as ExtractResult).references.map((r) => `${r.id}@${r.line}`);

  it("resolves a bare name in tabby's model flags through TabbyML's registry, and keeps a Hub id as written", () => {
    // TabbyML/tabby website/docs/quick-start/installation/windows/index.mdx and CONTRIBUTING.md
    expect(ids('install.mdx', 'Run `.\\tabby.exe serve --model StarCoder-1B --chat-model Qwen2-1.5B-Instruct` in a terminal.\n')).toEqual([
      'TabbyML/StarCoder-1B@1',
      'TabbyML/Qwen2-1.5B-Instruct@1',
    ]);
    expect(ids('CONTRIBUTING.md', 'Start it with `cargo run serve --model TabbyML/StarCoder-1B --device metal`.\n')).toEqual(['TabbyML/StarCoder-1B@1']);
  });

  it('names the program by its image behind a registry host', () => {
    // The TabbyML/tabby docker quick start's command, its image pulled through a private registry.
    expect(ids('README.md', 'Run `docker run -p 8080:8080 registry.example.com:5000/tabbyml/tabby:0.12 serve --model StarCoder-1B`.\n')).toEqual([
      'TabbyML/StarCoder-1B@1',
    ]);
  });

  it("reads a client's --model as the served name when --base-url points it at a server, and no bare name without one", () => {
    // substratusai/kubeai docs/benchmarks/llama-3.2-11b-vision.md:6-10 (vLLM's benchmark_serving.py against KubeAI)
    const text = [
      '```',
      'python3 benchmark_serving.py --backend openai \\',
      '    --base-url http://localhost:8000/openai \\',
      '    --model meta-llama-3.2-11b-vision-instruct \\',
      '    --seed 12345 --tokenizer neuralmagic/Llama-3.2-11B-Vision-Instruct-FP8-dynamic',
      '```',
      'Then `python3 benchmark_serving.py --model meta-llama-3.2-11b-vision-instruct --seed 1`.',
      'And `python3 client.py --base-url http://localhost:8000 --model my-model`.',
    ].join('\n');
    expect(ids('bench.txt', text)).toEqual([
      'openai-compatible/meta-llama-3.2-11b-vision-instruct@4',
      'neuralmagic/Llama-3.2-11B-Vision-Instruct-FP8-dynamic@5',
    ]);
  });

  it('leaves a bare name to programs without a registry: `vllm serve --model my-alias` is an alias or a folder', () => {
    expect(ids('serve.py', 'CMD = "vllm serve --model qwen-local --port 8000"\n')).toEqual([]);
  });

  it("follows a docstring's usage command over its continued lines to the model flag", () => {
    // Cut from unslothai/unsloth scripts/diffusion_bench.py and scripts/video_quality.py (module docstrings): the
    // command starts on one line and gives `--model` on the next, after `\\` (written escaped in the docstring).
    const text = [
      '"""Diffusion benchmark.',
      '',
      'Example:',
      '    python scripts/diffusion_bench.py --write-baseline outputs/diffusion_bench/baseline.json \\\\',
      '        --model unsloth/Z-Image-Turbo-GGUF --gguf z-image-turbo-Q4_K_M.gguf',
      '    CUDA_VISIBLE_DEVICES=1 python scripts/video_quality.py \\\\',
      '        --model Wan-AI/Wan2.2-TI2V-5B-Diffusers \\\\',
      '        --steps 20 --out-dir outputs/video_quality/wan5b',
      '    python scripts/video_quality.py --selftest',
      '        --model not-this-one/Other-7B',
      '"""',
      '',
    ].join('\n');
    expect(ids('scripts/diffusion_bench.py', text)).toEqual([
      'unsloth/Z-Image-Turbo-GGUF@5',
      'z-image-turbo-Q4_K_M.gguf@5',
      'Wan-AI/Wan2.2-TI2V-5B-Diffusers@7',
    ]);
  });

  it('reads the GGUF files a model command names, whatever their flag, as local models', () => {
    // Cut from unslothai/unsloth scripts/diffusion_quality.py and scripts/video_quality.py (module docstrings): the
    // quants compared (`--reference-quant`, `--quants`, `gguf_filename=...`) were missed beside the repo's `--model`.
    const text = [
      '"""',
      '    python scripts/diffusion_quality.py --model unsloth/Z-Image-Turbo-GGUF \\\\',
      '        --reference-quant z-image-turbo-BF16.gguf \\\\',
      '        --quants z-image-turbo-Q8_0.gguf z-image-turbo-Q2_K.gguf \\\\',
      '        --clip --out-dir outputs/diffusion_quality/zimage',
      '    python scripts/video_quality.py --model unsloth/LTX-2.3-GGUF --model-kind gguf \\\\',
      '        --reference "gguf_filename=distilled-1.1/ltx-2.3-22b-distilled-1.1-BF16.gguf" \\\\',
      '        --glob "*.gguf" --template {name}.gguf',
      '    python scripts/convert.py --input weights-Q4_K_M.gguf',
      '"""',
      '',
    ].join('\n');
    expect(ids('scripts/diffusion_quality.py', text)).toEqual([
      'unsloth/Z-Image-Turbo-GGUF@2',
      'z-image-turbo-BF16.gguf@3',
      'z-image-turbo-Q8_0.gguf@4',
      'z-image-turbo-Q2_K.gguf@4',
      'unsloth/LTX-2.3-GGUF@6',
      'distilled-1.1/ltx-2.3-22b-distilled-1.1-BF16.gguf@7',
    ]);
  });

  it('reads prose only inside code spans, so a sentence naming a program is not a command', () => {
    expect(ids('README.md', 'You can run tabby serve --model StarCoder-1B once installed.\n')).toEqual([]);
  });

  it('reads a command after a label ending in a colon inside a string of code', () => {
    // Cut from mem0ai/mem0 examples/misc/vllm_example.py (line 136).
    const text = '    print("1. Make sure vLLM server is running: vllm serve microsoft/DialoGPT-small --port 8000")\n';
    expect(ids('examples/misc/vllm_example.py', text)).toEqual(['microsoft/DialoGPT-small@1']);
    // A sentence of prose still needs a code span, colon or not.
    expect(ids('README.md', 'To serve it: vllm serve microsoft/DialoGPT-small --port 8000\n')).toEqual([]);
  });

  it('leaves fenced blocks of Markdown to the markdown extractor', () => {
    expect(ids('README.md', '```\n`tabby serve --model StarCoder-1B`\n```\n')).toEqual([]);
  });
});
