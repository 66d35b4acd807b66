// Held-out modelscope/modelscope-agent (round 27, issue #15): the shapes its first score missed or misread, cut from
// its files (fixtures/extract/*/real-world-modelscope-agent-*).
import { describe, expect, it } from 'vitest';
import hubUrl from '../../src/extract/hub-url.js';
import markdown from '../../src/extract/markdown.js';
import modelNames from '../../src/extract/model-names.js';
import python from '../../src/extract/python.js';
import shell from '../../src/extract/shell.js';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { loadFixture } from '../helpers/extract-fixtures.js';
import type { ExtractResult } from '../../src/extract/extractor.js';

const rows = (result: ExtractResult) => result.references.map((r) => [r.id, r.line]);

describe('hub-url: ModelScope inference-API URLs', () => {
  it("reads the model a tool posts to (`api-inference.modelscope.cn/api-inference/v1/models/<id>`), in code and in a config's url", async () => {
    // modelscope_agent/tools/modelscope_tools/text_ie_tool.py: its default_model line and the endpoint it posts to.
    const tool = (await hubUrl.extract(loadFixture('hub-url/real-world-modelscope-agent-text-ie-tool.py'))) as ExtractResult;
    expect(rows(tool)).toEqual([['damo/nlp_structbert_siamese-uie_chinese-base', 27]]);
    expect(tool.references[0]!.source).toBe('modelscope');
    // config/cfg_tool_template.json: each tool's `"url"` names the model the tool calls.
    const config = (await hubUrl.extract(loadFixture('hub-url/real-world-modelscope-agent-cfg-tool-template.json'))) as ExtractResult;
    expect(rows(config)).toEqual([
      ['damo/mgeo_geographic_elements_tagging_chinese_base', 3],
      ['damo/nlp_raner_named-entity-recognition_chinese-base-cmeee', 7],
      ['damo/nlp_structbert_siamese-uie_chinese-base', 11],
      ['damo/speech_sambert-hifigan_tts_zh-cn_16k', 15],
      ['damo/text-to-video-synthesis', 19],
      ['damo/multi-modal_mplug_owl_multimodal-dialogue_7b', 23],
    ]);
  });
});

describe('model-names: names that are not models in an agent framework', () => {
  const run = async (path: string) => rows((await modelNames.extract(loadFixture(path))) as ExtractResult);

  it("reads no model in ms-swift's `class TemplateType:` (names of chat templates)", async () => {
    const found = await run('model-names/real-world-modelscope-agent-llm-templates.py');
    expect(found.filter(([, line]) => (line as number) < 60)).toEqual([]);
  });

  it("reads a config entry's model, not the entry's name when its `model` names another (cfg_model_template.json)", async () => {
    const found = await run('model-names/real-world-modelscope-agent-cfg-model-template.json');
    const ids = found.map(([id]) => id);
    // `"modelscope-agent": {` (its model `modelscope-agent-llm-v1`), `"chatglm3-6b-dashscope": {` (its model `chatglm3-6b`).
    expect(ids).not.toContain('openai-compatible/modelscope-agent');
    expect(ids).not.toContain('openai-compatible/chatglm3-6b-dashscope');
    expect(found).toContainEqual(['openai-compatible/modelscope-agent-llm-v1', 4]);
    expect(found).toContainEqual(['openai-compatible/chatglm3-6b', 64]);
    // An entry named as its model (`"gpt-3.5-turbo": {` with `"model": "gpt-3.5-turbo"`) is still that model.
    expect(found).toContainEqual(['openai/gpt-3.5-turbo', 12]);
  });

  it("reads DashScope's hyphenated Wanx names, not keys or LoRA indices spelt with `wanx_`; WordArt's names", async () => {
    expect(await run('model-names/real-world-modelscope-agent-help-tools.py')).toEqual([['dashscope/wanx-lite', 6]]);
    const text = [
      "    params = \"\"\"{'text': '画一只小猫', 'resolution': '1024*1024', 'lora_index': 'wanx1.4.5_textlora_huiben2_20240518'}\"\"\"",
      "                    'operationId': 'wanx_v1_text2image',",
      "            kwargs['model'] = 'wordart-texture'",
      "        model = kwargs.get('model', 'wanx-v1')",
    ].join('\n');
    expect(rows((await modelNames.extract(makeSourceFile('tool.py', text))) as ExtractResult)).toEqual([
      ['dashscope/wordart-texture', 3],
      ['dashscope/wanx-v1', 4],
    ]);
  });

  it("reads a Hub id with an app's `:thinking` suffix as the Hub model; a lower-case router slug stays the router's", async () => {
    // apps/mcp-playground/config.py: the app splits the suffix off and asks the model to think.
    const text =
      "model_options = [{\n    'label': 'Qwen3-235B-A22B',\n    'value': 'Qwen/Qwen3-235B-A22B:thinking',\n}]\nOTHER = 'anthropic/claude-3.7-sonnet:thinking'\n";
    const found = rows((await modelNames.extract(makeSourceFile('config.py', text))) as ExtractResult);
    expect(found).toContainEqual(['Qwen/Qwen3-235B-A22B', 3]);
    expect(found).toContainEqual(['openrouter/anthropic/claude-3.7-sonnet:thinking', 5]);
  });
});

describe('markdown: a patch in the docs and requests to a local server', () => {
  it('reads a ```diff block as the patched file reads after it: added lines, not removed ones', async () => {
    // docs/source_en/deployment/local_deploy.md: an entry added to model_config.json, vector_storage.py pointed elsewhere.
    const found = rows((await markdown.extract(loadFixture('markdown/real-world-modelscope-agent-diff-blocks.md'))) as ExtractResult);
    expect(found).toContainEqual(['qwen/Qwen1.5-7B-Chat', 16]);
    expect(found.filter(([, line]) => line === 36)).toEqual([]);
  });

  it("reads a provider's name asked of a local server with that provider's key as its model, and no placeholder folder", async () => {
    // modelscope_agent_servers/README.md (`-H "Authorization: Bearer $DASHSCOPE_API_KEY"` to the assistant server on
    // localhost, which calls DashScope) and the fine-tuning docs' `curl ... -d '{"model": "/dir/to/your/model-merged", ...}'`.
    const found = rows((await markdown.extract(loadFixture('markdown/real-world-modelscope-agent-local-server-curl.md'))) as ExtractResult);
    expect(found).toEqual([['dashscope/qwen-max', 24]]);
  });
});

describe("shell: ms-swift 1.x's example scripts", () => {
  it('reads `--model_type` given to `llm_sft.py` (run by torchrun or python) as a model of its catalogue', () => {
    // examples/llms/finetune_llm/scripts/train/run_qwen_ddp.sh and run_ms_agent_single.sh.
    const file = loadFixture('shell/real-world-modelscope-agent-sft.sh');
    expect(rows(shell.extract(file) as ExtractResult)).toEqual([
      ['openai-compatible/qwen-7b', 7],
      ['openai-compatible/modelscope-agent-7b', 30],
    ]);
  });
});

describe('python: a command string continued over lines', () => {
  it('reads the model of `os.system("python -m vllm... \\` continued with a backslash', () => {
    // examples/llms/multi_llm_with_alpha_umi/multi_llm_with_alpha_umi.ipynb's code cell, as Python.
    const text = [
      'os.system("python -m vllm.entrypoints.openai.api_server \\',
      ' --model=iic/alpha-umi-planner-7b \\',
      ' --revision=v1.0.0 --trust-remote-code \\',
      ' --port 8090 \\',
      ' --dtype float16 \\',
      ' --gpu-memory-utilization 0.3 > planner.log &")',
    ].join('\n');
    expect(rows(python.extract({ relPath: 'launch.py', size: text.length, text }) as ExtractResult)).toEqual([['iic/alpha-umi-planner-7b', 2]]);
  });
});
