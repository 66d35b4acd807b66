// Model folders a script names under its own root and hands to a loader (issue #15): `ckpt_dir =
// f'{root_dir}/weights/Kolors'` whose parts diffusers loads (`ChatGLMModel.from_pretrained(f'{ckpt_dir}/text_encoder')`,
// `f"{ckpt_dir}/vae"`), or the f-string given to the loader itself (`CLIPVisionModelWithProjection.from_pretrained(
// f'{root_dir}/weights/Kolors-IP-Adapter-Plus/image_encoder')`, `pipe.load_ip_adapter(f'{root_dir}/weights/...')`),
// Kwai-Kolors/Kolors's sample scripts; the layout every diffusers-based repo's inference scripts share.
import { familyNamedLike, loadRegistry } from '../../registry/load.js';
import { findCalls, type Argument } from './calls.js';
import { WEIGHT_FILE } from '../../model/ids.js';

/** Calls that load a model from a folder: transformers' and diffusers' `from_pretrained`, diffusers' adapter loaders. */
const FOLDER_LOADS = new Set(['from_pretrained', 'load_ip_adapter', 'load_lora_weights', 'from_single_file']);
const FOLDER_LOADS_TEXT = /\b(?:from_pretrained|load_ip_adapter|load_lora_weights|from_single_file|load_ckpt|load_checkpoint|torch\.load|pipeline|AutoModel)\(/;
/**
 * Calls that take a model's folder by keyword: ModelScope's and transformers' `pipeline(task=..., model=...)`, FunASR's
 * `AutoModel(model=..., vad_model=..., punc_model=..., spk_model=...)` (jianchang512/pyvideotrans's process/stt_paraformer.py
 * loading the folders it downloaded under `{ROOT_DIR}/models`).
 */
const KEYWORD_LOADS = new Set(['pipeline', 'AutoModel']);
const MODEL_KEYWORDS = new Set(['model', 'vad_model', 'punc_model', 'spk_model']);
/**
 * Calls that load one weights file into a network (`tone_color_converter.load_ckpt(f'{ckpt_converter}/checkpoint.pth')`,
 * myshell-ai/OpenVoice; `load_checkpoint`, `torch.load`): the file is a part of the folder it is read from.
 */
const FILE_LOADS = new Set(['load_ckpt', 'load_checkpoint', 'load']);
/**
 * `name = 'checkpoints/base_speakers/EN'` on a line of its own: a plain folder path (a separator in it, no interpolation,
 * no scheme) assigned to a variable named for a checkpoint's or model's folder (`ckpt_base`, `ckpt_converter`,
 * `checkpoint_dir`, `model_dir`).
 */
const FOLDER_ASSIGNMENT =
  /^[ \t]*((?:[A-Za-z_]\w*_)?(?:ckpts?|checkpoints?|models?|weights?)(?:_\w+)?)[ \t]*=[ \t]*(['"])([^'"\n{}:]*\/[^'"\n{}:]*)\2[ \t]*(?:#[^\n]*)?$/gm;
/** An f-string starting at an interpolated root: the root, then the literal rest (no other interpolation). */
const ROOTED = /^\{\s*([A-Za-z_][\w.]*)\s*\}[\\/]([^{}]+)$/;
/** A path's last part that is a file (`x.safetensors`, `config.json`), not a folder. */
const FILE_NAME = /\.[A-Za-z][A-Za-z0-9]{0,11}$/;
/** `name = f'{root}/...'` on a line of its own. */
const ROOTED_ASSIGNMENT = /^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*[rR]?[fF](['"])(\{[^'"\n]+)\2[ \t]*(?:#[^\n]*)?$/gm;
/**
 * A root named for one model's folder (its parts are read under it, not another model), or for what a run writes or reads
 * as data: the project's root (`root_dir`, `BASE_DIR`, `here`) is what such a path starts from.
 */
const NOT_A_PROJECT_ROOT = /model|ckpt|checkpoint|weight|pretrained|lora|adapter|out|save|export|te?mp|cache|data|log|result|image|img/i;
/**
 * A name for the project's or script's own folder (`root_dir`, `BASE_DIR`, `PROJECT_ROOT`, `current_dir`, `here`), a plain
 * variable: not an option the user gives (`args.pretrained_cosyvoice2_path`, one model's folder whose parts are read).
 */
const PROJECT_ROOT = /^(?:[A-Za-z_]\w*_)?(?:root|base|home|here|project|repo|cwd|current|script|parent|this)(?:_?(?:dir|path|folder))?$/i;
/** Whether a variable names the project's or script's own folder (`PROJECT_ROOT`, `BASE_DIR`, `here`), not a model's or data's. */
export const namesProjectRoot = (name: string): boolean => PROJECT_ROOT.test(name) && !NOT_A_PROJECT_ROOT.test(name);

/** A folder named for a part of a model or for a folder of models: it names no model itself. */
const PART_OR_ROOT =
  /^(?:vae|unet|text_encoder(?:_\d)?|tokenizer(?:_\d)?|scheduler|image_encoder|transformer|feature_extractor|safety_checker|controlnet|prior|decoder|encoder|weights?|models?|ckpts?|checkpoints?|pretrained(?:_models?)?|hub|assets?|annotators?|\.{1,2})$/i;
/** What a run writes or reads as data, a file (a weights file is read where weights are), or a placeholder. */
const NOT_A_MODEL_FOLDER = /output|result|log|cache|data|eval|sample|tmp|temp|image|video|audio|dataset|path[_-]?to|your[_-]/i;

type Found = { value: string; offset: number };

/** The folder a rooted f-string names, as written after its root, and where that text starts; or undefined. */
function rootedFolder(literal: string, literalOffset: number): Found | undefined {
  const m = ROOTED.exec(literal);
  if (!m || !PROJECT_ROOT.test(m[1]!) || NOT_A_PROJECT_ROOT.test(m[1]!)) return undefined;
  return modelFolder(m[2]!, literalOffset + literal.indexOf(m[2]!));
}

/** A folder path that names a model: a named part beside folders of models or parts, no data, output or file. */
function modelFolder(path: string, offset: number): Found | undefined {
  const value = path.replace(/^\.\//, '').replace(/[\\/]+$/, '');
  const parts = value.split(/[\\/]/);
  // (A folder named as the Hugging Face cache names a repo, `models--k2-fsa--OmniVoice`: the python extractor's cache
  // reader reports that repo.)
  if (parts.some((p) => !p || p.startsWith('models--')) || FILE_NAME.test(parts[parts.length - 1]!)) return undefined;
  const named = parts.filter((p) => !PART_OR_ROOT.test(p));
  if (!named.some((p) => /[A-Za-z]{2}/.test(p)) || named.some((p) => NOT_A_MODEL_FOLDER.test(p))) return undefined;
  return { value, offset: offset + path.indexOf(value) };
}

/** The variable an argument reads a folder from: `ckpt_dir`, `f'{ckpt_dir}/unet'`, `os.path.join(ckpt_dir, 'unet')`. */
function folderVariable(arg: Argument): { name: string; part?: string; partOffset?: number } | undefined {
  if (/^[A-Za-z_]\w*$/.test(arg.text)) return { name: arg.text };
  if (arg.literal !== undefined && /^[rR]?[fF]/.test(arg.text)) {
    // (A dotted root, `self.root`, is assigned nowhere ROOTED_ASSIGNMENT reads: its folder is not found, as before.)
    const m = ROOTED.exec(arg.literal);
    return m ? { name: m[1]!, part: m[2]!, partOffset: arg.literalOffset! + arg.literal.indexOf(m[2]!) } : undefined;
  }
  const joined = /^os\.path\.join\(\s*([A-Za-z_]\w*)\s*,/.exec(arg.text);
  return joined ? { name: joined[1]! } : undefined;
}

/**
 * Folders under the script's root that a loader reads a model from: the rooted f-string given to the loader, or the one
 * assigned (last, above the call) to the variable the loader reads the model or one of its parts from. A part named
 * for another family than the folder holding it is a second model kept there (`f'{ip_model_dir}/clip-vit-large-patch14-336'`
 * inside Kolors-IP-Adapter-FaceID-Plus, given to `CLIPVisionModelWithProjection.from_pretrained`); a part named for
 * what it is (`vae`, `unet`, `text_encoder`) or its weights file belongs to the folder.
 */
export function rootedFoldersLoaded(text: string): Found[] {
  if (!/[fF]['"]\{/.test(text) || !FOLDER_LOADS_TEXT.test(text)) return [];
  const assigned = new Map<string, { at: number; folder: Found }[]>();
  for (const m of text.matchAll(ROOTED_ASSIGNMENT)) {
    const literalOffset = m.index + m[0].indexOf(m[2]! + m[3]!) + 1;
    const folder = rootedFolder(m[3]!, literalOffset);
    if (folder) (assigned.get(m[1]!) ?? assigned.set(m[1]!, []).get(m[1]!)!).push({ at: m.index, folder });
  }
  // A plain folder assigned to a checkpoint-named variable: found only through a part or weights file read under it.
  const plain = new Set<number>();
  for (const m of text.matchAll(FOLDER_ASSIGNMENT)) {
    const folder = modelFolder(m[3]!, m.index + m[0].indexOf(m[2]! + m[3]!) + 1);
    if (!folder) continue;
    plain.add(m.index);
    (assigned.get(m[1]!) ?? assigned.set(m[1]!, []).get(m[1]!)!).push({ at: m.index, folder });
  }
  const registry = loadRegistry();
  const found = new Map<number, Found>();
  const loads = (name: string, callee: string) =>
    FOLDER_LOADS.has(name) || KEYWORD_LOADS.has(name) || (FILE_LOADS.has(name) && (name !== 'load' || callee === 'torch.load'));
  for (const call of findCalls(text, loads)) {
    if (KEYWORD_LOADS.has(call.callee.slice(call.callee.lastIndexOf('.') + 1))) {
      // (Only the rooted f-string given whole: `model=f'{ROOT_DIR}/models/' + name` names no one folder.)
      for (const arg of call.args)
        if (arg.name && MODEL_KEYWORDS.has(arg.name) && arg.literal !== undefined && /^[rR]?[fF]/.test(arg.text)) {
          const folder = rootedFolder(arg.literal, arg.literalOffset!);
          if (folder) found.set(folder.offset, folder);
        }
      continue;
    }
    const arg = call.args.find((a) => a.name === 'pretrained_model_name_or_path' || a.name === 'pretrained_model_path') ?? call.args.find((a) => !a.name);
    if (!arg) continue;
    const fileLoad = !FOLDER_LOADS.has(call.callee.slice(call.callee.lastIndexOf('.') + 1));
    if (arg.literal !== undefined && /^[rR]?[fF]/.test(arg.text)) {
      const direct = rootedFolder(arg.literal, arg.literalOffset!);
      if (direct) {
        found.set(direct.offset, direct);
        continue;
      }
    }
    const variable = folderVariable(arg);
    const assignment = variable && (assigned.get(variable.name) ?? []).filter((a) => a.at < call.offset).pop();
    const holder = assignment?.folder;
    if (!variable || !assignment || !holder) continue;
    // A file loader reads a weights file under the folder (`f'{ckpt_base}/checkpoint.pth'`); a plain folder counts
    // only through a part or file read under it, not given whole (its own name may be a Hub id the code reads).
    if (fileLoad && !(variable.part && WEIGHT_FILE.test(variable.part))) continue;
    if (plain.has(assignment.at) && !variable.part) continue;
    found.set(holder.offset, holder);
    const part = variable.part?.split(/[\\/]/)[0];
    if (!part || PART_OR_ROOT.test(part) || FILE_NAME.test(part)) continue;
    const partFamily = familyNamedLike(part, registry);
    const folderFamily = holder.value
      .split(/[\\/]/)
      .map((p) => familyNamedLike(p, registry))
      .find(Boolean);
    if (partFamily && folderFamily && partFamily !== folderFamily) found.set(variable.partOffset!, { value: part, offset: variable.partOffset! });
  }
  return [...found.values()];
}
