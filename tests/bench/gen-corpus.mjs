// Builds a deterministic monorepo-shaped corpus for the scan benchmark: packages of Python, TS,
// YAML, JSON, Markdown, notebooks, manifests and lockfiles with model references sprinkled in,
// plus a node_modules and a .venv (both skipped by the walker), a few large binaries and a few
// GGUF headers. Same seed and size -> byte-identical tree.
// Run: node tests/bench/gen-corpus.mjs <dir> [files=100000]
import { mkdirSync, openSync, closeSync, ftruncateSync, writeFileSync, writeSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serializeGgufMetadata, GGUFValueType as T } from '@huggingface/gguf';

/** Small fast seeded PRNG (mulberry32): the corpus must not change between runs. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const MODEL_IDS = [
  'Qwen/Qwen2.5-7B-Instruct',
  'Qwen/Qwen2.5-Coder-7B-Instruct',
  'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B',
  'deepseek-ai/deepseek-coder-6.7b-instruct',
  'BAAI/bge-m3',
  'BAAI/bge-reranker-v2-m3',
  'THUDM/glm-4-9b-chat',
  '01-ai/Yi-1.5-9B-Chat',
  'moonshotai/Kimi-K2-Instruct',
  'meta-llama/Llama-3.1-8B-Instruct',
  'mistralai/Mistral-7B-Instruct-v0.3',
  'google/gemma-2-9b-it',
  'sentence-transformers/all-MiniLM-L6-v2',
  'intfloat/multilingual-e5-large',
  'microsoft/Phi-3-mini-4k-instruct',
  'google-bert/bert-base-uncased',
];

const WORDS =
  'data batch token index cache score query vector chunk result config client handler worker stream buffer record user order item price event metric signal label embed prompt answer source target'.split(
    ' ',
  );

export function generateCorpus(dir, totalFiles = 100_000, seed = 8) {
  const stamp = join(dir, '.bench-corpus.json');
  const wanted = JSON.stringify({ totalFiles, seed, v: 4 });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return readStats(dir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  const rand = rng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const word = () => pick(WORDS);
  const ident = () => `${word()}_${word()}`;
  const model = () => pick(MODEL_IDS);
  /** About one file in 40 holds a model reference, as in a real monorepo. */
  const hasRef = () => rand() < 0.025;
  const stats = { files: 0, bytes: 0, binaryBytes: 0, skippedFiles: 0 };
  const made = new Set();
  const write = (path, content, counted = true) => {
    const folder = path.slice(0, path.lastIndexOf('/'));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(path, content);
    if (counted) {
      stats.files++;
      stats.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    } else stats.skippedFiles++;
  };

  const filler = (lines, prefix, make) => Array.from({ length: lines }, () => `${prefix}${make()}`).join('\n');
  const python = (ref) =>
    [
      'import os',
      'import json',
      'from typing import Any',
      '',
      ...(ref
        ? [
            pick([
              `from transformers import AutoModelForCausalLM\nmodel = AutoModelForCausalLM.from_pretrained("${model()}")`,
              `from sentence_transformers import SentenceTransformer\nencoder = SentenceTransformer("${model()}")`,
              `MODEL_ID = "${model()}"\ntokenizer = AutoTokenizer.from_pretrained(MODEL_ID)`,
            ]),
          ]
        : []),
      filler(20 + Math.floor(rand() * 60), '', () => `def ${ident()}(${word()}: Any) -> dict:\n    return {"${word()}": ${word()}.get("${word()}")}\n`),
    ].join('\n');
  const typescript = (ref) =>
    [
      `import { ${word()} } from './${word()}.js';`,
      ...(ref
        ? [
            pick([
              `const extractor = await pipeline('feature-extraction', '${model()}');`,
              `export const modelId = '${model()}';`,
              `const res = await fetch('https://huggingface.co/${model()}/resolve/main/config.json');`,
            ]),
          ]
        : []),
      filler(
        20 + Math.floor(rand() * 60),
        '',
        () => `export function ${word()}${Math.floor(rand() * 1000)}(input: string): number {\n  return input.indexOf('${word()}');\n}\n`,
      ),
    ].join('\n');
  const yaml = (ref) =>
    [
      `service: ${word()}`,
      ...(ref ? [`model: ${model()}`] : []),
      filler(20 + Math.floor(rand() * 40), '', () => `${word()}_${word()}: ${Math.floor(rand() * 1000)}`),
    ].join('\n');
  const json = (ref) =>
    JSON.stringify(
      Object.fromEntries([
        ...(ref ? [['model_name', model()]] : []),
        ...Array.from({ length: 20 + Math.floor(rand() * 40) }, (_, i) => [`${ident()}_${i}`, rand() < 0.5 ? word() : Math.floor(rand() * 1e6)]),
      ]),
      null,
      2,
    );
  const markdown = (ref) =>
    [
      `# ${word()} ${word()}`,
      '',
      ...(ref ? [`We use [${model()}](https://huggingface.co/${model()}) for ${word()}.`, ''] : []),
      filler(15 + Math.floor(rand() * 30), '', () => `The ${word()} ${word()} keeps the ${word()} ${word()} in ${word()} order.`),
    ].join('\n');
  const notebook = (ref) =>
    JSON.stringify(
      {
        cells: [
          { cell_type: 'markdown', metadata: {}, source: [`# ${word()} experiments`] },
          {
            cell_type: 'code',
            metadata: {},
            execution_count: 1,
            outputs: [],
            source: python(ref)
              .split('\n')
              .slice(0, 40)
              .map((l) => `${l}\n`),
          },
          {
            cell_type: 'code',
            metadata: {},
            execution_count: 2,
            outputs: [{ output_type: 'stream', name: 'stdout', text: [filler(30, '', word)] }],
            source: ['print(1)\n'],
          },
        ],
        metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
        nbformat: 4,
        nbformat_minor: 5,
      },
      null,
      1,
    );
  const packageJson = (name) =>
    JSON.stringify({ name, version: '1.0.0', type: 'module', dependencies: { [word()]: '^1.0.0', '@huggingface/transformers': '^3.0.0' } }, null, 2);
  const lockfile = () =>
    JSON.stringify(
      {
        lockfileVersion: 3,
        packages: Object.fromEntries(
          Array.from({ length: 150 }, (_, i) => [
            `node_modules/${word()}-${i}`,
            {
              version: `1.${i}.0`,
              resolved: `https://registry.npmjs.org/${word()}-${i}/-/${word()}-1.${i}.0.tgz`,
              integrity: `sha512-${Math.floor(rand() * 1e16).toString(36)}`,
            },
          ]),
        ),
      },
      null,
      2,
    );

  const FILES_PER_PACKAGE = 24;
  const packages = Math.ceil(totalFiles / FILES_PER_PACKAGE);
  write(join(dir, '.gitignore'), 'build/\n*.log\n');
  for (let p = 0; p < packages && stats.files < totalFiles; p++) {
    const pkg = join(dir, 'packages', `group-${String(p % 100).padStart(2, '0')}`, `pkg-${p}`);
    for (let i = 0; i < 6; i++) write(join(pkg, 'src', `${ident()}_${i}.py`), python(hasRef()));
    for (let i = 0; i < 6; i++) write(join(pkg, 'web', `${word()}${i}.ts`), typescript(hasRef()));
    for (let i = 0; i < 2; i++) write(join(pkg, 'config', `${word()}${i}.yaml`), yaml(hasRef()));
    for (let i = 0; i < 2; i++) write(join(pkg, 'config', `${word()}${i}.json`), json(hasRef()));
    for (let i = 0; i < 2; i++) write(join(pkg, 'docs', `${word()}${i}.md`), markdown(hasRef()));
    write(join(pkg, 'tests', `test_${word()}.py`), python(hasRef()));
    write(join(pkg, 'notebooks', `${word()}.ipynb`), notebook(hasRef()));
    write(join(pkg, 'package.json'), packageJson(`pkg-${p}`));
    write(join(pkg, 'package-lock.json'), lockfile());
    write(join(pkg, 'requirements.txt'), `torch==2.4.0\ntransformers==4.44.0\n${word()}==1.0\n`);
    write(join(pkg, 'README.md'), markdown(hasRef()));
  }

  // Dependencies and a virtualenv: big, full of model names, and never the project's own code.
  const vendored = Math.floor(totalFiles / 10);
  for (let i = 0; i < vendored; i++) {
    write(join(dir, 'node_modules', `${word()}-${i % 500}`, 'dist', `index${i}.js`), typescript(true), false);
    write(join(dir, '.venv', 'lib', 'python3.11', 'site-packages', `${word()}_${i % 500}`, `mod${i}.py`), python(true), false);
  }

  // Large binaries (sparse, so building them is instant) and GGUF headers.
  for (const [name, mb] of [
    ['assets/weights.bin', 64],
    ['assets/model.onnx', 48],
    ['assets/video.mp4', 96],
    ['assets/dump.tar', 80],
  ]) {
    const path = join(dir, name);
    mkdirSync(join(dir, 'assets'), { recursive: true });
    const fd = openSync(path, 'w');
    writeSync(fd, Buffer.from(`binary blob ${name}\u0000`));
    ftruncateSync(fd, mb << 20);
    closeSync(fd);
    stats.files++;
    stats.binaryBytes += mb << 20;
  }
  for (let i = 0; i < 5; i++) {
    const base = MODEL_IDS[i];
    const header = serializeGgufMetadata({
      version: { value: 3, type: T.UINT32 },
      tensor_count: { value: 0n, type: T.UINT64 },
      kv_count: { value: 4n, type: T.UINT64 },
      'general.architecture': { value: 'qwen2', type: T.STRING },
      'general.name': { value: `local quant ${i}`, type: T.STRING },
      'general.base_model.0.repo_url': { value: `https://huggingface.co/${base}`, type: T.STRING },
      'tokenizer.ggml.pre': { value: 'qwen2', type: T.STRING },
    });
    write(join(dir, 'models', `local-${i}.Q4_K_M.gguf`), header);
  }
  writeFileSync(stamp, wanted);
  writeFileSync(join(dir, '.bench-stats.json'), JSON.stringify(stats));
  return stats;
}

function readStats(dir) {
  return JSON.parse(readFileSync(join(dir, '.bench-stats.json'), 'utf8'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, files] = process.argv.slice(2);
  const started = Date.now();
  const stats = generateCorpus(dir ?? '.bench/corpus', Number(files ?? 100_000));
  console.log(
    `${stats.files} files (${(stats.bytes / 1e6).toFixed(0)} MB text, ${(stats.binaryBytes / 1e6).toFixed(0)} MB binary) + ${stats.skippedFiles} vendored, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
