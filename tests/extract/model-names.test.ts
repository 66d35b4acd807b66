import modelNames from '../../src/extract/model-names.js';
import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { describeExtractor, loadFixture } from '../helpers/extract-fixtures.js';

// No malformed case: any text is valid input for a scan of string values.
describeExtractor('model-names', modelNames, [
  ['server/providers/zai.js', true], ['common/const.py', true], ['src/main/resources/application.yml', true], ['src/Main.java', true],
  ['app/Config.kt', true], ['components/models.json', true], ['cmd/main.go', true],
  ['README.md', false], ['package-lock.json', false], ['pnpm-lock.yaml', false], ['dist/app.min.js', false],
  ['models/qwen/config.json', false], ['locales/zh.json', false], ['notebooks/demo.ipynb', false],
]);

const run = (relPath: string, text: string) => modelNames.extract(makeSourceFile(relPath, text)) as { references: { id: string; source: string; line: number; context?: string }[] };

describe('model-names: hosted providers by their published naming', () => {
  it('names the provider of a bare hosted name wherever it stands (default, constant, option list)', async () => {
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-option-list.py'));
    const ids = references.map((r) => r.id);
    expect(ids).toContain('dashscope/qwen-max');
    expect(ids).toContain('zhipu/glm-4');
    expect(ids).toContain('deepseek/deepseek-reasoner');
    expect(ids).toContain('google/gemini-1.5-pro');
    // Routing names of the project's own (`volcengine-deepseek-r1-250120`, `azure-gpt-4`) follow no provider's naming.
    expect(ids.some((id) => id.includes('volcengine-') || id.includes('azure-gpt'))).toBe(false);
  });

  it('reads Spring and shell defaults and LiteLLM-style provider prefixes', () => {
    const { references } = run('application.yml', 'model: ${DASHSCOPE_MODEL:qwen-plus}\nfallback: ${MODEL:-deepseek-chat}\nllm: "openai/gpt-4o-mini"\n');
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['dashscope/qwen-plus', 'api', 1], ['deepseek/deepseek-chat', 'api', 2], ['openai/gpt-4o-mini', 'api', 3]]);
  });

  it('marks names on comment lines as comments', () => {
    const { references } = run('config.py', '# LLM_MODEL = "glm-4"\nLLM_MODEL = "deepseek-chat"\n');
    expect(references.map((r) => [r.id, r.context ?? 'code'])).toEqual([['zhipu/glm-4', 'comment'], ['deepseek/deepseek-chat', 'code']]);
  });
});

describe('model-names: publishers\' ids in any data', () => {
  it('reads every entry of nested literals, ModelScope-only namespaces as ModelScope', async () => {
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-register-model-group.py'));
    expect(references.map((r) => [r.id, r.source])).toEqual([
      ['CohereForAI/aya-23-8B', 'huggingface'], ['CohereForAI/aya-23-35B', 'huggingface'], ['bigscience/bloom-560m', 'huggingface'], ['AI-ModelScope/bloom-560m', 'modelscope'],
    ]);
  });

  it('leaves out datasets, unknown organisations, placeholders and file paths', async () => {
    const { references } = await modelNames.extract(loadFixture('model-names/near-miss.ts'));
    expect(references).toEqual([]);
    expect(run('x.json', '{"id": "Qwen/Qwen3-30B-A3B"}\n').references.map((r) => r.id)).toEqual(['Qwen/Qwen3-30B-A3B']);
  });

  it('reads every value of a long list', () => {
    const line = '"deepseek-chat", "qwen-max", "glm-4", "Qwen/Qwen2.5-7B", "x", ';
    const text = `MODELS = [\n${`${line}\n`.repeat(20_000)}]\n`;
    const { references } = run('big.py', text);
    expect(references.length).toBe(80_000);
  });
});

describe('model-names: context of a value', () => {
  it('skips capitalised display keys, reads unknown organisations under a model key, ModelScope ids as ModelScope', async () => {
    const { references } = await modelNames.extract(loadFixture('model-names/real-world-download-sources.py'));
    const ids = references.map((r) => `${r.source}:${r.id}`);
    expect(ids).toContain('huggingface:MediaTek-Research/Breeze-7B-Base-v1_0');
    expect(ids).toContain('modelscope:ZhipuAI/chatglm3-6b');
    expect(ids.some((id) => /Breeze-7B"|ChatGLM3-6B-Chat$/.test(id))).toBe(false);
  });

  it('keeps a lower-case hosted name that keys a table, and skips labels shown beside names', () => {
    const { references } = run('models.py', 'model_info = {\n    "gpt-4o": {\n        "max_token": 128000,\n    },\n}\nopts = [{ label: "glm-4", name: "glm-4" }]\n');
    expect(references.map((r) => [r.id, r.line])).toEqual([['openai/gpt-4o', 2], ['zhipu/glm-4', 6]]);
    expect(references[1]!.column).toBeGreaterThan(30);
  });

  it('reads no unknown organisation where a trained model is written', () => {
    expect(run('train.py', 'model.save_pretrained("model/sd-xl-bf16")\nhub_model_id = "someone/my-finetune"\n').references).toEqual([]);
  });
});

describe('model-names: quoted values inside values, open-weight names a provider serves', () => {
  it('reads a JSON value inside an SQL string, and lower-case open-weight names as DashScope models', () => {
    const sql = `INSERT INTO agent VALUES ('{"model": "qwen-max", "temperature": 0.7}');\nINSERT INTO model VALUES ('qwen3-235b-a22b', 'Qwen3-8B');\n`;
    expect(run('seed.sql', sql).references.map((r) => [r.id, r.line])).toEqual([['dashscope/qwen-max', 1], ['dashscope/qwen3-235b-a22b', 2]]);
  });

  it('leaves project-made abbreviations and kinds alone', () => {
    expect(run('eval.py', "abbr='qwen2.5-7b-hf'\nmodel_id=\"qwen-0.5b\"\nkind = \"openai/chat\"\n").references).toEqual([]);
  });
});
