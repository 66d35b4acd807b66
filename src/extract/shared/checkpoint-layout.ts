// litgpt's download layout: `litgpt download <org>/<name>` writes the Hub repo to `checkpoints/<org>/<name>`
// (Lightning-AI/litgpt litgpt/scripts/download.py, `checkpoint_dir: Path = Path("checkpoints")` joined with the repo
// id), and every litgpt command, recipe and script then names the model by that folder (`litgpt finetune_lora
// checkpoints/microsoft/phi-2`, config_hub's `checkpoint_dir: checkpoints/meta-llama/Llama-2-7b-hf`,
// `Path("checkpoints/tiiuae/falcon-7b")`). lit-gpt and lit-llama, which litgpt grew from, and projects built on them
// keep the same layout. The folder is that Hub repo, downloaded.
import { looksLikeHubId, FILE_LIKE } from '../../model/ids.js';
import { loadRegistry } from '../../registry/load.js';

/** "checkpoints/<org>/<name>" (after `./` or not), then the end, a `/` and a file in it, or anything not a path's. */
export const CHECKPOINT_LAYOUT = /(?<![\w.\/-])(?:\.\/)?checkpoints\/([A-Za-z0-9][\w.-]*)\/([A-Za-z0-9][\w.-]*[A-Za-z0-9])(?![\w-])/dg;

/** The Hub repo a `checkpoints/<org>/<name>[/...]` folder holds; `known`: only when the organisation publishes models. */
export function checkpointRepo(path: string, known: boolean): { id: string; at: number } | undefined {
  const m = /^(?:\.\/)?checkpoints\/([A-Za-z0-9][\w.-]*)\/([A-Za-z0-9][\w.-]*[A-Za-z0-9])(?:\/.*)?\/?$/.exec(path);
  if (!m) return undefined;
  const id = repoOf(m[1]!, m[2]!, known);
  return id ? { id, at: path.indexOf(m[1]!, path.indexOf('checkpoints/')) } : undefined;
}

/**
 * `<org>/<name>` as a Hub repo id, or undefined: a file in the folder (`checkpoints/table/wired_model.pt`) is no repo;
 * outside litgpt's own commands only an organisation the registry knows publishes models (families.yaml
 * `hf_namespaces`, or a repackager: `checkpoints/lora/final` is a run's folder).
 */
export function repoOf(org: string, name: string, known: boolean): string | undefined {
  const id = `${org}/${name}`;
  if (FILE_LIKE.test(name) || !looksLikeHubId(id)) return undefined;
  if (known) {
    const registry = loadRegistry();
    if (!registry.byNamespace.has(org) && !registry.repackagers.has(org)) return undefined;
  }
  return id;
}
