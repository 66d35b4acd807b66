// Property-based checks: no input crashes an extractor or the Hub-answer parser, and references
// found do not change under edits that do not touch them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { extractors } from '../../src/extract/index.js';
import { parseHubModel } from '../../src/resolve/hub-model.js';
import { loadRegistry } from '../../src/registry/load.js';

const PATHS: Record<string, string> = {
  python: 'app/main.py',
  javascript: 'web/app.ts',
  notebook: 'nb.ipynb',
  'config-file': 'config/app.yaml',
  dotenv: '.env',
  dockerfile: 'Dockerfile',
  'compose-k8s': 'docker-compose.yml',
  shell: 'serve.sh',
  'ollama-modelfile': 'Modelfile',
  'model-card': 'README.md',
  'local-model': 'm/config.json',
  gguf: 'm.gguf',
  manifest: 'requirements.txt',
  'hub-url': 'notes.txt',
};

/** Text that looks like code and config: keywords, quotes, brackets, ids and noise. */
const codeLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'from_pretrained(',
        'pipeline(',
        'model=',
        'model: ',
        '"',
        "'",
        '`',
        '(',
        ')',
        '{',
        '}',
        '[',
        ']',
        '\n',
        ' ',
        ',',
        '#',
        '---\n',
        'FROM ',
        '--model ',
        'vllm serve ',
        'Qwen/Qwen2.5-7B',
        'https://huggingface.co/',
        'base_model:',
        '\\',
        '${',
        '&a',
        '*a',
        '\u0000',
        '\uFFFD',
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

describe('extractors never throw', () => {
  it.each(extractors.map((e) => e.name))('%s on arbitrary text', async (name) => {
    const extractor = extractors.find((e) => e.name === name)!;
    await fc.assert(
      fc.asyncProperty(codeLike, async (text) => {
        const file = makeSourceFile(PATHS[name] ?? 'x.txt', extractor.binary ? '' : text);
        const bytes = Buffer.from(text);
        file.size = bytes.length;
        file.readBytes = async (start, length) => bytes.subarray(start, start + length);
        const result = await extractor.extract(file);
        for (const ref of result.references) {
          expect(ref.line).toBeGreaterThanOrEqual(1);
          expect(ref.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('references are stable under irrelevant edits', () => {
  const python = extractors.find((e) => e.name === 'python')!;
  const base =
    'from transformers import AutoModel\nMODEL = "Qwen/Qwen2.5-7B-Instruct"\nm = AutoModel.from_pretrained(MODEL)\ne = SentenceTransformer("BAAI/bge-m3")\n';
  const ids = async (text: string) => (await python.extract(makeSourceFile('a.py', text))).references.map((r) => r.id).sort();

  it('blank lines, comments and unrelated code before or between do not change what is found', async () => {
    const expected = await ids(base);
    const filler = fc
      .array(fc.constantFrom('\n', '# note\n', 'x = 1\n', 'def f():\n    return 2\n', 'print("hello")\n'), { maxLength: 6 })
      .map((l) => l.join(''));
    await fc.assert(
      fc.asyncProperty(filler, filler, async (before, between) => {
        const [head, ...rest] = base.split('\n');
        expect(await ids(`${before}${head}\n${between}${rest.join('\n')}`)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});

describe('Hub answers', () => {
  it('parseHubModel never throws on arbitrary JSON and returns only Hub-shaped parents', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (cardData, tags, baseModels) => {
        const parsed = parseHubModel({ id: 'org/model', cardData, tags, baseModels, config: cardData, siblings: tags } as never, 'org/model', loadRegistry());
        for (const parent of parsed.parents) expect(parent.id).toMatch(/^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/);
      }),
      { numRuns: 300 },
    );
  });
});
