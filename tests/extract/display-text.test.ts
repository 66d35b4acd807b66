import { describe, expect, it } from 'vitest';
import displayText from '../../src/extract/display-text.js';
import type { ExtractResult } from '../../src/extract/extractor.js';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { describeExtractor, loadFixture } from '../helpers/extract-fixtures.js';
import { extractors } from '../../src/extract/index.js';
import { selectExtractors } from '../../src/scan/select.js';

describeExtractor('display-text', displayText, [
  ['run.sh', true],
  ['scripts/run.ps1', true],
  ['cli/Main.kt', true],
  ['src/App.java', true],
  ['agent/tools/vision.py', true],
  ['server.js', true],
  ['ui/Menu.tsx', true],
  ['cmd/main.go', true],
  ['README.md', false],
  ['config.yaml', false],
  ['models.json', false],
  ['dist/app.min.js', false],
  ['static/pdf.worker.min.mjs', false],
  ['types/index.d.ts', false],
  ['locales/en.ts', false],
]);

const run = (relPath: string, text: string) => (displayText.extract(makeSourceFile(relPath, text)) as ExtractResult).references;
const rows = (file: string) => (displayText.extract(loadFixture(`display-text/${file}`)) as ExtractResult).references.map((r) => [r.line, r.id]);

describe('display-text: the models a menu or a help text lists', () => {
  it('is not handed a translation file by the walk (its folder, not its name, says so)', () => {
    // ChatGPTNextWeb/NextChat app/locales/en.ts:31, one of 21 translations of a promotion line:
    //   "🥳 NextChat AI launch promotion: Instantly unlock the latest models like OpenAI o1, GPT-4o, Claude-3.5!",
    // The walk picks extractors once per file name; a folder rule in a name-only test never applied.
    const picked = (path: string) => {
      const selection = selectExtractors(path);
      return selection ? extractors.filter((_, i) => selection.extractors & (1 << i)).map((e) => e.name) : [];
    };
    for (const path of ['app/locales/en.ts', 'src/i18n/cn.ts', 'translations/de.js']) {
      expect(picked(path), path).not.toContain('display-text');
      expect(picked(path), path).not.toContain('model-names');
    }
    expect(picked('app/components/chat.tsx')).toContain('display-text');
  });

  it("reads every name of an installer's menu, and not the family words around them", () => {
    const found = rows('real-world-install-menu.sh');
    expect(found.filter(([line]) => line === 9)).toEqual([
      [9, 'deepseek/deepseek-v4-flash'],
      [9, 'deepseek/deepseek-v4-pro'],
    ]);
    // `8) Doubao (doubao-seed-2-0-code-preview-260215, etc.)`: one name and more like it is still a list.
    expect(found).toContainEqual([16, 'ark/doubao-seed-2-0-code-preview-260215']);
    // Only the menu's lines: `Select AI Model`, `10) LinkAI (access multiple models via one API)` name none.
    expect([...new Set(found.map(([line]) => line))]).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17]);
  });

  it("counts the unknown names of a help text's lists when its lists hold known names", () => {
    const found = rows('real-world-help-text.kt');
    // Groq's models are in no provider table: their list stands beside lists of known names (AI21's are in one).
    expect(found).toContainEqual([20, 'groq/llama-3.3-70b-versatile']);
    expect(found).toContainEqual([23, 'ai21/jamba-instruct']);
    // `command` beside `command-light`: Cohere's. A Hub id alone in brackets beside the lists: a model.
    expect(found).toContainEqual([19, 'cohere/command']);
    expect(found).toContainEqual([18, 'meta-llama/Llama-3-8b-chat-hf']);
    // The providers' list (`auto, google, ..., ai21, replicate`) names no model; nor `DialoGPT, CodeBERT, flan-t5-large`,
    // a list of mostly family words.
    expect(found.filter(([line]) => line === 9 || line === 21)).toEqual([]);
  });

  it('reads each known name of a value that joins several (`chatglm&gpt-3.5-turbo`)', () => {
    // The plugin's fallback joins gpt_academic's own alias (`chatglm`, no model by its shape) and an OpenAI model.
    expect(rows('real-world-joined-names.py')).toEqual([
      [4, 'openai/gpt-3.5-turbo'],
      [4, 'openai-compatible/chatglm3'],
      [10, 'openai/gpt-3.5-turbo'],
    ]);
  });

  it('reads the value a label gives for the model in a message', () => {
    // Cut from alibaba/spring-ai-alibaba ReactAgentOpenAiTest.java:276.
    const found = run('ReactAgentOpenAiTest.java', '        System.out.println("Model: qwen-plus");\n');
    expect(found.map((r) => [r.line, r.id, r.source])).toEqual([[1, 'dashscope/qwen-plus', 'api']]);
  });
});

describe('display-text: what is not a model offered', () => {
  it('leaves out names in sentences (errors, system prompts, logs) and examples', async () => {
    expect(rows('near-miss.py')).toEqual([]);
  });

  it('leaves out docstrings and comments: documentation, not text the program shows', () => {
    expect(rows('real-world-docstring.py')).toEqual([]);
    // The same menu line commented out, in a shell script and in Kotlin.
    expect(run('run.sh', '# echo "1) DeepSeek (deepseek-v4-flash, deepseek-v4-pro, etc.)"\n')).toEqual([]);
    expect(run('Main.kt', '// println("1) DeepSeek (deepseek-v4-flash, deepseek-v4-pro, etc.)")\n')).toEqual([]);
  });

  it('pairs quotes by the language: an apostrophe in a comment or a shell backtick does not shift them', () => {
    const text = ["# Don't edit this menu by hand", 'ver=`uname -r`', 'echo "9) Kimi (kimi-k2.6, kimi-k2.5, kimi-k2, etc.)"', ''].join('\n');
    expect(run('run.sh', text).map((r) => [r.line, r.id])).toEqual([
      [3, 'moonshot/kimi-k2.6'],
      [3, 'moonshot/kimi-k2.5'],
      [3, 'moonshot/kimi-k2'],
    ]);
  });

  it("leaves out a test's title: it says in words what the test checks", () => {
    // Cut from ChatGPTNextWeb/NextChat test/is-gpt4-model.test.ts:3-9 (the title was read as a list of three models).
    const text = [
      'describe("isGPT4Model", () => {',
      '  test("matches the gpt-4, chatgpt-4o and o1 families", () => {',
      '    expect(isGPT4Model("gpt-4")).toBe(true);',
      '',
    ].join('\n');
    expect(run('test/is-gpt4-model.test.ts', text)).toEqual([]);
    // The same words shown to a user are read as the list they look like.
    expect(run('app/help.ts', 'console.log("matches the gpt-4, chatgpt-4o and o1 families");\n').map((r) => r.id)).toEqual([
      'openai/gpt-4',
      'openai/chatgpt-4o',
    ]);
  });
});
