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
