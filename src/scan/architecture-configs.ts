// The audited project's own architecture configs: open_clip's layout, copied by Chinese-CLIP (`cn_clip/clip/model_configs/
// ViT-B-16.json`, `RoBERTa-wwm-ext-base-chinese.json`), EVA-CLIP and HunyuanDiT's IP-Adapter, keeps one JSON per network
// shape in a `model_configs` folder, and the code picks one by its file name (`--vision-model ViT-B-16`, `text_model=
// RoBERTa-wwm-ext-base-chinese`, `if args.vision_model in ['RN50']`), the weights coming from a checkpoint given beside it.
// Such a name, read only by its place as a hosted name no table knows (`openai-compatible/<name>`), is the project's own
// architecture, not a model served anywhere: dropped. Hub ids, local paths and names a provider table knows are kept.

/** `cn_clip/clip/model_configs/ViT-B-16.json` -> `vit-b-16`: a config the project ships for one architecture. */
const ARCHITECTURE_CONFIG = /(?:^|\/)model_configs\/([^/]+)\.json$/i;

/** The architecture a walked file is the config of (lower case), if it is one. */
export function architectureConfigName(relPath: string): string | undefined {
  return ARCHITECTURE_CONFIG.exec(relPath)?.[1]?.toLowerCase();
}

/** Whether a model found in the project is only the name of one of its architecture configs. */
export function isArchitectureName(model: { id: string; source: string }, architectures: ReadonlySet<string>): boolean {
  return architectures.size > 0 && model.source === 'api' && model.id.startsWith('openai-compatible/') && architectures.has(model.id.slice(18).toLowerCase());
}
