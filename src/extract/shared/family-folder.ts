// Folders named for a published family's models (families.yaml `id_hints`): config-file and python read a setting's
// folder as a model on disk by its name when the key alone (`path`, `model_dir`) does not say it holds one.
import { familyNamedLike, loadRegistry } from '../../registry/load.js';
import { WEIGHTS_ONLY_FILE } from '../../model/ids.js';
import { providerIds } from '../../registry/providers.js';

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

let familyNames: Set<string> | undefined;
/**
 * A name that is, whole, a published family's own name as its publisher writes it (families.yaml `id_hints` of letters
 * only, 6 or more, spelt with an inner capital: `CogAgent`, `ChatGLM`, `InternLM`, `MiniCPM`); not a lower-case word a
 * program uses for a kind (`whisper`, `llama`) or a provider's id (`minimax`).
 */
export function isFamilyName(value: string): boolean {
  if (!/^[A-Z][A-Za-z]{5,}$/.test(value) || !/[A-Z]/.test(value.slice(1))) return false;
  if (!familyNames) {
    const providers = new Set(providerIds());
    familyNames = new Set(
      loadRegistry()
        .families.flatMap((f) => f.id_hints ?? [])
        .map((h) => h.toLowerCase())
        .filter((h) => /^[a-z]{6,}$/.test(h) && !providers.has(h)),
    );
  }
  return familyNames.has(value.toLowerCase());
}

let familyWords: Set<string> | undefined;
/**
 * A published family's name as a lower-case word of 4 letters or more (families.yaml `id_hints`: `chatglm`, `llama`,
 * `baichuan`, `internlm`), not a provider's id: what a flag or setting named for that family (`--chatglm_path`) loads.
 */
export function isFamilyWord(word: string): boolean {
  if (!familyWords) {
    const providers = new Set(providerIds());
    familyWords = new Set(
      loadRegistry()
        .families.flatMap((f) => f.id_hints ?? [])
        .map((h) => h.toLowerCase())
        .filter((h) => /^[a-z]{4,}$/.test(h) && !providers.has(h)),
    );
  }
  return familyWords.has(word.toLowerCase());
}
