/**
 * Launch lines cut from real files that more than one extractor reads (a script's lines, and the same lines in a Markdown
 * fence): one copy for the shell and markdown tests.
 */

/** deepseek-ai/DeepSeek-Coder Evaluation/HumanEval/README.md:32-41: an organisation joined to a variable holding the name. */
export const DEEPSEEK_CODER_HUMANEVAL = [
  'LANG="python"',
  'OUPUT_DIR="output"',
  'MODEL="deepseek-coder-33b-instruct"',
  '',
  'CUDA_VISIBLE_DEVICES=0,1 python eval_instruct.py \\',
  '    --model "deepseek-ai/$MODEL" \\',
  '    --output_path "$OUPUT_DIR/${LANG}.$MODEL.jsonl" \\',
  '    --language $LANG \\',
  '    --temp_dir $OUPUT_DIR',
];

/**
 * zai-org/CodeGeeX4 repodemo/readme.md:21-28: the .env choices its shell block lists, spaced as python-dotenv reads them
 * (Zhipu's API, then a vLLM server, each with its base URL and model name).
 */
export const CODEGEEX_REPODEMO_ENV = [
  '# Using open.bigmodel.cn API',
  'openai_api_key = ""',
  'openai_api_base = "https://open.bigmodel.cn/api/paas/v4/"',
  'model_name = "codegeex-4"',
  '# Using vllm',
  'openai_api_key = "EMPTY"',
  'openai_api_base = "http://xxxx:xxxx/v1"',
  'model_name = "codegeex4-all-9b"',
];
