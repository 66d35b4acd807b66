// Folders named for a published family's models (families.yaml `id_hints`): config-file and python read a setting's
// folder as a model on disk by its name when the key alone (`path`, `model_dir`) does not say it holds one.
import { familyNamedLike, loadRegistry } from '../../registry/load.js';
import { WEIGHTS_ONLY_FILE } from '../../model/ids.js';

/** A data or text file, not a folder (`./data/moss-003-sft-no-tools.jsonl`, InternLM/xtuner's dataset). */
const DATA_FILE = /\.(?:jsonl?|txt|csv|tsv|parquet|arrow|ya?ml|md|py|zip|tar|t?gz|pdf|png|jpe?g|wav|mp3|mp4|bin)$/i;

/**
 * A folder written alone (no `/`), named as a published family's models start (families.yaml `id_hints`: `t5-`, `bert-base`)
 * and holding a digit beside letters: `t5-v1_1-xxl`, not `checkpoints`, `v1` or `my_model`.
 */
export function familyNamedFolder(value: string): boolean {
  if (!/^[A-Za-z][\w.-]{3,80}$/.test(value) || !/\d/.test(value) || !/[-_.]/.test(value) || WEIGHTS_ONLY_FILE.test(value)) return false;
  return familyNamedLike(value, loadRegistry()) !== undefined;
}

/**
 * An unmistakable path (from the root, home or the working folder) whose last folder is named so:
 * `~/.cache/vectorize_model/BAAI/bge-m3`, `/data/llm/Qwen2.5-7B-Instruct/`; not `~/data/gsm8k`, not a file in the folder.
 */
export function familyNamedPath(raw: string): boolean {
  const value = raw.trim().replace(/[\\/]+$/, '');
  if (!/^(?:\/|~[\\/]|\.{1,2}[\\/]|[A-Za-z]:[\\/])[\w.~\\/-]+$/.test(value)) return false;
  const last = value.slice(Math.max(value.lastIndexOf('/'), value.lastIndexOf('\\')) + 1);
  return !DATA_FILE.test(last) && familyNamedFolder(last);
}
