// Serving and download CLIs inside commands, args lists and scripts: which argument names a model.
//   vllm serve X | --model X | --model=X        TGI --model-id X        SGLang --model-path X
//   llama.cpp -hf X[:quant] / --hf-repo X       huggingface-cli download X / hf download X
//   modelscope download [--model] X             lmdeploy serve api_server X
//   ollama run|pull|show|stop X                 --revision R pins the command's model
//   convert_hf_to_gguf.py DIR --outfile X.gguf, llama-quantize IN.gguf OUT.gguf: paths as `local`
//   swift sft --model X, VLLM_USE_MODELSCOPE=true vllm serve X: ModelScope ids
//   tune download X (torchtune)                 OpenRLHF --pretrain X / --reward_pretrain X
// `--served-model-name` is an alias: a model only when it is the served model's own name.
import { eachHashLineMatch, hashLineStarts } from './comments.js';
import type { ModelSource, RawReference } from '../../model/reference.js';
import type { PositionIndex } from './position.js';
import {
  FILE_LIKE,
  isNotAnOrg,
  isBareSizedModelFolder,
  isWeightsFileInModelsFolder,
  isPlaceholderPath,
  isStandInName,
  looksLikeHubId,
  modelFromPath,
  OUTPUT_MODEL_SETTING,
  parseHubReference,
  WEIGHT_FILE,
  CONVENTIONAL_WEIGHT_FILE,
  GGML_BIN_FILE,
  weightsUrlFile,
} from '../../model/ids.js';
import { classifyOllamaName, isOllamaLibraryName, OLLAMA_TAGGED } from './ollama-tag.js';
import { classify, colonModel, isNameShaped, isXPlaceholder, modelWithProvider, providerJoined } from './model-name.js';
import { loadRegistry } from '../../registry/load.js';
import {
  apiModelId,
  contextOnlyId,
  hostedModelId,
  isContextOnlyId,
  isOwnServedName,
  isOpenAICompatibleRoute,
  libraryModel,
  litellmBareProvider,
  litellmModel,
  programRegistryOrganisation,
  providerForName,
  providerForUrl,
  routedApiModel,
  spelledAsPublished,
} from '../../registry/providers.js';
import { spacyPipelineId } from './spacy.js';
import { checkpointRepo } from './checkpoint-layout.js';
import { lazyllmModel } from './library-slots.js';
import { familyNamedPath, isFamilyWord } from './family-folder.js';

export interface Token {
  text: string;
  offset: number;
}

export interface ArgModel {
  id: string;
  source: ModelSource;
  revision?: string;
  offset: number;
}

/** A model read from a command line, as a reference placed at `offset` (where the model is written, by default). */
export function argReference(model: ArgModel, positions: PositionIndex, offset = model.offset): RawReference {
  const { line, column } = positions.at(offset);
  return { id: model.id, source: model.source, line, column, snippet: positions.snippet(line), ...(model.revision ? { revision: model.revision } : {}) };
}

/** Looks up a variable (`$MODEL`, `${MODEL}`, `$(MODEL)`) set earlier in the same file, as it stands at `at`. */
export type VariableLookup = (name: string, at: number) => Token | undefined;

const MODEL_FLAGS = new Set([
  '--model',
  // Go's flag package takes `-model` as well as `--model` (`go run main.go -model o1-mini`, `./ollama-bench -model gemma3`).
  '-model',
  '--model-id',
  '--model-path',
  '--model_name_or_path',
  '--model-name-or-path',
  '--model_id',
  // ms-swift 2.x's spelling (`swift infer --model_type minicpm-v-v2_5-chat --model_id_or_path /path/to/model`, as in
  // OpenBMB/MiniCPM-V docs/swift_train_and_infer.md); 3.x took `--model`.
  '--model_id_or_path',
  '--tokenizer',
  // transformers' example scripts (run_clm.py and the pretraining scripts copied from it, ModelArguments.tokenizer_name):
  // the tokenizer's repo or folder when it is not the model's (`--tokenizer_name gpt2`, `../../model_config/Atom-100M`).
  '--tokenizer_name',
  // SGLang's and FastChat's workers: the tokenizer's repo when it is not the model's.
  '--tokenizer-path',
  // SwissArmyTransformer's demos and launchers (THUDM/CogVLM's `--local_tokenizer lmsys/vicuna-7b-v1.5`): the tokenizer's
  // repo or folder, loaded apart from the SAT checkpoint.
  '--local_tokenizer',
  '--local-tokenizer',
  '-hf',
  '--hf-repo',
  '-hfr',
  '--repo-id',
  // The same in Python's spelling (kohya-ss/sd-scripts' `tag_images_by_wd14_tagger.py --onnx --repo_id
  // SmilingWolf/wd-swinv2-tagger-v3`, docs/wd14_tagger_README-en.md): the repo the script downloads and runs.
  '--repo_id',
  '--base-model',
  // LLaVA's spelling (`model_worker --model-path liuhaotian/llava-v1-0719-336px-lora-vicuna-13b-v1.3 --model-base
  // lmsys/vicuna-13b-v1.3`): the base LLM a LoRA checkpoint is loaded onto.
  '--model-base',
  '--model_base',
  '--pretrained-model-name-or-path',
  // diffusers' training scripts' spelling (`train_text_to_image_lora.py --pretrained_model_name_or_path=ly261666/cv_portrait_model`,
  // modelscope/facechain's train_style/demo.py): the base model fine-tuned.
  '--pretrained_model_name_or_path',
  // The LoRA adapter folder a trainer loads for inference or merging (axolotl's `inference`/`merge-lora`, Click and
  // legacy spellings), or stable-diffusion.cpp's folder of LoRA files.
  '--lora-model-dir',
  '--lora_model_dir',
  // LLaVA's trainers and their forks: the pretrained projector the fine-tune starts from (`--pretrain_mm_mlp_adapter
  // ./checkpoints/llava-v1.5-13b-pretrain/mm_projector.bin`), or the Hub repo holding it (DAMO-NLP-SG/VideoLLaMA2's
  // `--pretrain_mm_mlp_adapter DAMO-NLP-SG/VideoLLaMA2.1-7B-16F-Base/mm_projector.bin`, whose builder strips the file and
  // downloads the repo).
  '--pretrain_mm_mlp_adapter',
]);
/**
 * Trainers name each model of a run by its role: OpenRLHF `--pretrain`, `--reward_pretrain`,
 * `--critic_pretrain`; TRL-style `--ref_model`, `--reward_model_name_or_path`, `--teacher_model`, `--sft_model_path` (TRL's
 * PPO scripts: the SFT policy it starts from). Servers name their
 * drafter and tokenizer the same way: mistral.rs's `--mtp-model google/gemma-4-E4B-it-assistant`, `--tok-model-id X`,
 * SGLang's `--speculative-draft-model-path Tengyunw/qwen3_8b_eagle3` (two role words). The id flag is also written as one
 * word, `--modelid` / `--modelId` (cline/cline's `cline auth --provider anthropic --modelid claude-sonnet-4-6`). PiSSA's
 * fine-tuning loads the residual of the base it decomposed (`--residual_model_name_or_path fxmeng/pissa-llama-2-7b-r16-alpha-16`,
 * huggingface/peft examples/pissa_finetuning/README.md), a model by its role as well.
 */
const ROLE_MODEL_FLAG =
  /^--(?:(?:load|init|pretrained|reward|ref|reference|critic|actor|policy|value|teacher|student|sft|draft|speculative|mtp|judge|base|residual|embedding|reranker|tok|tokenizer)[-_]){0,2}(?:pretrain|model(?:[-_](?:id|path|name[-_]or[-_]path)|[-_]?(?:id|Id))?)$/;
/**
 * A multimodal trainer builds its model from towers, each a model of its own it loads: LLaVA's `--vision_tower
 * openai/clip-vit-large-patch14` (and its forks, `--mm_vision_tower`), InternVL's `--vision_path
 * "./pretrained/InternViT-6B-448px-V1-5" --llm_path "./pretrained/internlm2_5-7b-chat"` (OpenGVLab/InternVL's launchers).
 * LLaVA's forks that take images and videos apart name a tower per modality: `--image_tower LanguageBind/LanguageBind_Image
 * --video_tower LanguageBind/LanguageBind_Video_merge` (PKU-YuanGroup/Video-LLaVA's and MoE-LLaVA's launchers), an
 * `--audio_tower` beside them.
 */
const TOWER_MODEL_FLAG = /^--(?:(?:mm[-_])?(?:vision|image|video|audio)[-_]tower|(?:vision|llm)[-_](?:model[-_])?path|vision[-_]encoder[-_]path)$/;
/**
 * A diffusion pipeline loads its text encoder and its autoencoder apart from its denoiser, each a model of its own:
 * PKU-YuanGroup/Open-Sora-Plan's launchers `--text_encoder_name_1 google/mt5-xxl` (or its folder), `--ae_path
 * "/storage/lcm/WF-VAE/results/latent8"`; `--text_encoder_path`, `--vae_path`, `--vae_model_path`. Not a text encoder's
 * settings (`--text_encoder_lr`), nor a bare `--vae` or `--ae`, a key of the project's own table of autoencoders.
 */
export const COMPONENT_MODEL_FLAG = /^--(?:text[-_]encoder[-_](?:name(?:[-_]or[-_]path)?|path|model(?:[-_]path)?|dir)(?:[-_]\d)?|v?ae[-_](?:model[-_])?path)$/i;
/**
 * A diffusion trainer's or generator's flag named for the part of the pipeline it loads, bare: kohya-ss/sd-scripts'
 * `--gemma2="gemma-2-2b.safetensors" --ae="ae.safetensors"` (Lumina), `--clip_l`, `--t5xxl`, `--qwen3`, `--byt5`, `--dit`,
 * `--text_encoder`, `--vae`, and the extra networks it applies, `--control_net_models x.safetensors`,
 * `--textual_inversion_embeddings a.safetensors b.pt`, `--network_weights`. Read only when given weights files (one or
 * several): the same bare names are elsewhere keys of a project's own table (Open-Sora-Plan's `--ae WFVAEModel_D8_4x8x8`).
 */
const COMPONENT_FILE_FLAG =
  /^--(?:v?ae|clip(?:[-_][lg])?|t5(?:xxl)?|gemma\d*|qwen\d*|byt5|dit|unet|text[-_]encoder\d?|control[-_]?net[-_]models?|textual[-_]inversion[-_]embeddings|network[-_]weights)$/i;
/** True when a command-line flag's value is a model (`--model`, `--model_id`, `--hf-repo`, `--draft-model`...). */
export const isModelFlag = (flag: string) =>
  MODEL_FLAGS.has(flag) ||
  ROLE_MODEL_FLAG.test(flag) ||
  TOWER_MODEL_FLAG.test(flag) ||
  COMPONENT_MODEL_FLAG.test(flag) ||
  MODALITY_MODEL_PATH_FLAG.test(flag) ||
  familyPathFlag(flag);
/**
 * A dual encoder names each tower's weights by its modality: `--text_model_name_or_path models/BAAI/bge-large-zh-v1.5
 * --image_model_name_or_path models/vit-x` (yuanzhoulvpi2017/zero_nlp's Chinese CLIP trainer). Only with a path or
 * name-or-path suffix: a bare `--vision-model ViT-B-16` picks an architecture by name (OFA-Sys/Chinese-CLIP).
 */
const MODALITY_MODEL_PATH_FLAG = /^--(?:text|image|vision|video|audio|speech)[-_]model[-_](?:path|name[-_]or[-_]path)$/;
/**
 * A flag named for a published family's weights, `--<family>_path`, `--<family>_model_path`, `--<family>-dir`
 * (mymusise/ChatGLM-Tuning's `--chatglm_path model_path/chatglm`, `--llama_path`, `--baichuan_model_path`): the folder
 * of that family's model the program loads.
 */
const FAMILY_PATH_FLAG = /^--([a-z]{4,})[-_](?:model[-_])?(?:path|dir|name[-_]or[-_]path)$/i;
const familyPathFlag = (flag: string) => {
  const m = FAMILY_PATH_FLAG.exec(flag);
  return !!m && isFamilyWord(m[1]!);
};
/**
 * Any other flag named for the model a tool uses (`chatchat-config --default_llm_model X`,
 * `chatchat-kb --embed-model=X`, `python run_server.py --llm qwen-max`): its value counts as a name a server answers to. Not where a
 * model is written, nor a model's type, size or alias, nor the metric that picks the best checkpoint (`--metric_for_best_model rouge-l`).
 */
/**
 * `--model_name` / `--model-name`: a served name as often as a model (FastChat's `--model-name vicuna-7b` beside its
 * `--model-path`, settled as an alias), so a Hub id given to it is read (`cache_model.py --model_name=CompVis/x`), a
 * provider's name only where the command is an API's client, a sized bare name only where a shell script takes it.
 */
const MODEL_NAME_FLAG = /^--model[-_]name$/;
/** A shell script a command runs (`bash train.sh`, `sh scripts/x.sh`, `./run.sh`). */
const SHELL_SCRIPT_RUN = /^[\w.\/~-]*\.(?:sh|bash)$/;
/** A flag naming the weights a command loads, beside which `--model-name` is the served alias (FastChat's `--model-path`). */
const LOADED_MODEL_FLAG = /^--(?:model(?:[-_](?:path|dir|name[-_]or[-_]path|id))?|base[-_]model|checkpoint(?:[-_]path)?)(?:=|$)/;
/**
 * `--model_dir` / `--model-dir`: the folder of the model a program loads (`webui.py --model_dir
 * pretrained_models/CosyVoice-300M`, `server.py --model_dir iic/CosyVoice-300M`, FunAudioLLM/CosyVoice's README) as
 * often as a trainer's output folder (`train.py --model_dir exp/cosyvoice/llm`): only a Hub id, or a folder named like a
 * model (a digit in its last part), counts.
 */
// (Also `--model-root`, Tencent/HunyuanDiT's `sample_t2i.py --model-root ./HunyuanDiT-v1.1`, and TensorRT-LLM's
// `run.py --hf_model_dir ./llava-v1.6-mistral-7b-hf-merged/`: the same folder, read the same way.)
const MODEL_DIR_FLAG = /^--(?:(?:pretrained|hf)[-_])?model[-_](?:dir|root)$/;
/**
 * A multimodal trainer's tower flag spelt as the encoder, bare: DAMO-NLP-SG/VideoLLaMA3's stage launchers
 * `--vision_encoder DAMO-NLP-SG/SigLIP-NaViT` (the encoder its train.py loads by from_pretrained), `--image_encoder`,
 * `--audio_encoder`. A Hub id or a folder named like a model only: the same flag elsewhere picks the project's own kind of
 * encoder by a key (`--vision_encoder clip`).
 */
const ENCODER_MODEL_FLAG = /^--(?:vision|image|video|audio)[-_]encoder$/;
/** The flags read as a Hub id or a folder named like a model only (MODEL_DIR_FLAG's, ENCODER_MODEL_FLAG's). */
const isFolderModelFlag = (flag: string) => MODEL_DIR_FLAG.test(flag) || ENCODER_MODEL_FLAG.test(flag);
/**
 * `--ckpt_dir` (and a variant per resolution, `--ckpt_dir_720p`): the checkpoint folder a generation script loads
 * (`generate.py --task t2v-14B --ckpt_dir ./Wan2.1-T2V-14B`, Wan-Video/Wan2.1's README), as often where a trainer writes:
 * outside ms-swift (whose `--ckpt_dir` is always the checkpoint it loads) only a Hub id, or a folder named like a model,
 * given to a script that does not train, counts.
 */
const CKPT_DIR_FLAG = /^--ckpt[-_]dir(?:[-_][a-z0-9]+)?$/i;
/**
 * A flag naming a checkpoint, adapter or engine folder a step loads (`--checkpoint_dir`, ChatGLM-Efficient-Tuning's and
 * LLaMA-Factory 0.x's LoRA folders; TensorRT-LLM's `--engine_dir`; `--lora_path`, `--peft_path`, `--adapter_dir`, `--resume_from_checkpoint`):
 * read only when another step of the same file wrote the folder given (modelsInCommand).
 */
const LOADS_WRITTEN_FLAG =
  /^--(?:[a-z0-9]+[-_]){0,2}(?:checkpoint|ckpt|engine|adapter|lora|peft|weights?)(?:[-_](?:dirs?|paths?|name[-_]or[-_]path|files?))?$/i;
/** A Trainer's `checkpoint-<step>` folder under some folder (the step written or a variable): `out/x/checkpoint-3000`. */
const TRAINER_STEP_FOLDER = /^(?:\.{1,2}\/)?(?:[\w.${}-]+\/)+checkpoint-(?:\d+|\$\{?\w+\}?)\/?$/;
const NAMED_MODEL_FLAG = /^--(?:(?:[a-z0-9]+[-_]){1,3}model|llm)$/i;
const NOT_MODEL_FLAG = /save|output|export|push|hub|served|alias|display|type|max|num|min|metric/i;
/**
 * A script's own option naming what it loads: `--load_from`, `--load-from`, `--load_path`; and the pretrained weights an
 * evaluation loads (CLIP_benchmark's `cli.py eval --model internvl_c_classification --pretrained
 * ./pretrained/internvl_c_13b_224px.pth`, OpenGVLab/InternVL): read only as a Hub id, a path named like a model or a
 * weights file, so open_clip's tags (`--pretrained laion400m_e32`) and a bare switch (`--pretrained --quant`) are none.
 */
// (Also the load call's own name, `--from_pretrained`, and a config override of it in one section, hpcaitech/Open-Sora's
// `train.py configs/x.py --model.from_pretrained ckpts/Open_Sora_v2.safetensors`: the weights that section's model loads.)
// (And `--pretrained_path "$llama_path"` with `llama_path="/data1/llma/7B"`, OpenGVLab/LLaMA-Adapter's Gorilla fine-tunes:
// the LLaMA weights a trainer starts from.)
const LOAD_FROM_FLAG = /^--(?:[a-z][\w-]*\.)?(?:load[-_](?:from|path)|pretrained(?:[-_]path)?|from[-_]pretrained)$/;
/**
 * A script's checkpoint option given a Hub id (`pipeline/train.py --pretrained-ckpt MAGAer13/mplug-owl-llama-7b-pt`,
 * X-PLUG/mPLUG-Owl; Qwen-VL's `evaluate_multiple_choice.py --checkpoint Qwen/Qwen-VL-Chat`): that repo. Read only as a
 * Hub id: a bare `--checkpoint` folder is as often where a trainer writes.
 */
const HUB_CHECKPOINT_FLAG = /^--(?:pretrained[-_](?:ckpt|checkpoint)|checkpoint)$/;
/**
 * `--resume pretrained/intern_vit_6b_224px_head.pth` (OpenGVLab/InternVL classification/README.md, Swin-style
 * `main.py --cfg x.yaml --resume`): a weights file kept in the project's pretrained folder is the model evaluated; any
 * other `--resume` is where a run left off.
 */
const RESUME_PRETRAINED = /^--resume$/;
/** (Chinese-CLIP's run scripts keep theirs in `${DATAPATH}/pretrained_weights/`, given as `--resume=${resume}`.) */
const IN_PRETRAINED_FOLDER = /(?:^|\/)pretrained(?:_models|_weights)?\//;
/** A script's own option for a path or a folder (`--path`, `--input_dir`, `--src-path`), whatever it holds. */
const PATH_OPTION = /^--(?:[a-z0-9]+[-_]){0,2}(?:path|dir)$/i;
/** The model flags of vLLM's and SGLang's servers. */
const SERVER_MODEL_FLAG = /^--model(?:-path)?$/;
/** The Python modules of vLLM's and SGLang's OpenAI-compatible servers (`python -m vllm.entrypoints.openai.api_server`). */
const WEIGHTS_SERVER_MODULE = /^(?:vllm\.entrypoints\.openai\.api_server|vllm\.entrypoints\.api_server|sglang\.launch_server)$/;
/** A folder's bare name (letters first, no path, no tag). */
const BARE_FOLDER = /^[A-Za-z][\w.-]*[A-Za-z0-9]$/;
const isNamedModelFlag = (flag: string) => NAMED_MODEL_FLAG.test(flag) && !NOT_MODEL_FLAG.test(flag) && !OUTPUT_MODEL_SETTING.test(flag.slice(2));
/** Flags followed by adapters written `name=path` (`--lora-modules sql=org/sql-lora`, `--lora code=org/code-lora`). */
const ADAPTER_PAIR_FLAG = /^--(?:lora(?:-modules|-paths)?|adapters)$/;
/** A flag followed by several models (`--model-list a b c`, `--models a b`). */
const MODEL_LIST_FLAG = /^--(?:model[-_]list|models)$/;
/**
 * A flag given several models in one comma-separated value (vllm-router's `--static-models "a,b"`, `--models a,b`;
 * `--model_list gpt-4-1106-preview,gpt-3.5-turbo-0125`, yihong0618/bilingual_book_maker's README: a list flag whose
 * value holds a comma, MODEL_LIST_FLAG's space-separated reading otherwise).
 */
const COMMA_MODELS_FLAG = /^--(?:(?:[a-z0-9]+[-_]){0,2}models|model[-_]list)$/i;
/**
 * A trainer's flag naming the parts of the pipeline it trains or freezes (DiffSynth-Studio's `--trainable_models
 * "dit.blocks.0.block.self_attn.q,..."`, `--trainable_models dit`): module names, no model.
 */
const MODULE_LIST_FLAG = /trainable|frozen|freeze/i;
/**
 * A `<org>/<name>:<path in the repo>` part (REPO_PATHS above): a path, a glob or a file after the colon, or nothing; not
 * another `org/name` (`openai/hf:01-ai/yi-coder-9b-chat`, a route before a Hub id) unless it is a file.
 */
const REPO_PATH =
  /^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*:(?!(?:hf|huggingface|ollama|ms|modelscope):|[A-Za-z0-9][\w.-]*\/[\w.-]*[A-Za-z0-9]$(?<!\.[A-Za-z]\w*))(?:|\.?\/.*|[^\s:]*[\/*][^\s:]*|[^\s:]*\.[A-Za-z]\w*)$/;
/** Flags whose `org/name:x` value is an image, a dataset or where a run writes, not a repo it loads. */
const REPO_PATHS_NOT_FLAG = /image|dataset|data[-_]|output|save|push|export|docker|container|tag|upload/i;
/**
 * A flag giving the weights a run loads (WEIGHTS_PATH above): `--gguf_path`, `--kt-weight-path`, `--weights-path`,
 * `--safetensor_path`; and the LoRA adapter a merge or inference script loads onto its base model (OpenRLHF's
 * `lora_combiner --model_path X --lora_path ./checkpoint/llama3-8b-rm`, mlx_lm's `--adapter-path`, Tencent/Tencent-Hunyuan-Large's
 * merge's `--adapter_model_path`), read the same way.
 * A checkpoint's path or file flag (fish-speech's `--checkpoint-path "checkpoints/s2-pro/codec.pth"`,
 * `--llama-checkpoint-path checkpoints/s2-pro`), and a merge's `--base-weight`/`--lora-weight`, name the weights loaded
 * too; not a `--checkpoint-dir`, as often where a trainer writes. LLaMA-Factory's `--adapter_name_or_path` and TRL's merge
 * script's `--adapter_model_name /checkpoint-2200` (copied into LlamaFamily/Llama-Chinese's train/merge_peft_model) name the
 * LoRA loaded the same way.
 */
// A LoRA's checkpoint flag (Tencent/HunyuanDiT's `sample_t2i.py --lora-ckpt log_EXP/001-lora_porcelain_ema_rank64/
// checkpoints/0001000.pt`), Stable Diffusion's scripts' `--ckpt` (`scripts/txt2img.py --ckpt sd-v1-4-full-ema.ckpt`) and
// DreamBooth/textual-inversion's `main.py --actual_resume sd-v1-4-full-ema.ckpt` (the checkpoint fine-tuned): the same.
// So are an exported model's file flags (OFA-Sys/Chinese-CLIP's deployment.md: `onnx_to_tensorrt.py --text-onnx-path
// ${DATAPATH}/deploy/vit-b-16.txt.fp16.onnx`) and a format's checkpoint flag (`speed_benchmark.py --pytorch-ckpt X.pt`).
const WEIGHTS_PATH_FLAG =
  /^--(?:(?:(?:[a-z0-9]+[-_]){0,2}(?:gguf|weights?|safetensors?|onnx)|lora|adapter(?:[-_]model)?)[-_](?:path|dir|file)|adapter[-_](?:name[-_]or[-_]path|model[-_]name)|(?:[a-z0-9]+[-_]){0,2}(?:checkpoint|ckpt)[-_](?:path|file)|(?:base|lora|adapter|pretrained)[-_]weights?|(?:lora|adapter)[-_](?:ckpt|checkpoint)|(?:[a-z0-9]+[-_]){0,2}ckpt|actual[-_]resume)$/i;
/** WEIGHTS_PATH_FLAG's LoRA checkpoint flags (`--lora-ckpt`, `--adapter_checkpoint`). */
const LORA_CKPT_FLAG = /^--(?:lora|adapter)[-_](?:ckpt|checkpoint)$/i;
/**
 * WEIGHTS_PATH_FLAG's flags naming the LoRA adapter an inference or merge script loads onto its base model: alpaca-lora's
 * `--lora_weights` (`infer.py --base_model X --lora_weights './lora-llama-med'`, SCIR-HI/Huatuo-Llama-Med-Chinese's
 * scripts), `--lora_path`, `--adapter_name_or_path`. The folder holds an adapter whatever it is named (loraFolder).
 */
const LORA_WEIGHTS_FLAG = /^--(?:lora|adapter)[-_](?:weights?|path|dir|name[-_]or[-_]path|model[-_](?:path|name))$/i;
/**
 * A LoRA flag's folder by any name: a path (`./lora-llama-literature`), or a bare word joined by `-` or `_`, a folder in
 * the working directory since a Hub id has an organisation (`--lora_weights "lora-llama-med"`, OpenBMB/ToolBench's
 * `--lora_path toolllama_lora`; minimind's `--lora_weight lora_medical` names its LoRA's weights file the same way). Not a
 * placeholder (`path_to_adapter`, `your_lora`).
 */
function loraFolder(token: Token): ArgModel | undefined {
  const text = token.text.replace(/[\\/]+$/, '');
  if (/[\\/]/.test(text)) return localPath(token);
  return BARE_FOLDER.test(text) && /[-_]/.test(text) && !PLACEHOLDER_NAME.test(text) && !isPlaceholderPath(text)
    ? { id: text, source: 'local', offset: token.offset }
    : undefined;
}
/** WEIGHTS_PATH_FLAG's checkpoint flags (`--checkpoint-path`, `--llama-checkpoint-path`, `--ckpt_path`). */
const CHECKPOINT_PATH_FLAG = /^--(?:[a-z0-9]+[-_]){0,2}(?:checkpoint|ckpt)[-_](?:path|file)$/i;
/** A training script (`train.py`, `train_16k.py`, `finetune_lora.py`): its checkpoint flag is where it writes. */
// (Not one its name says trains nothing, `zero_inference_backend_without_trainer.py` (LianjiaTech/BELLE's ZeRO inference
// server, given `--ckpt_path BELLE-2/BELLE-Llama2-13B-chat-0.4M`): an inference script, whose checkpoint it loads.)
const TRAINING_SCRIPT = /(?:^|[\/_-])(?<!(?:without|no|non)[-_])(?:train|finetune|fine_tune)[\w-]*\.py$/i;
/** A flag given `alias:model` pairs in one comma-separated value (vllm-router's `--static-aliases "gpt4:org/model"`). */
const COMMA_ALIASES_FLAG = /^--(?:[a-z0-9]+[-_]){0,2}aliases$/i;
const isListFlag = (flag: string | undefined): flag is string =>
  flag !== undefined && flag.startsWith('--') && (COMMA_MODELS_FLAG.test(flag) || COMMA_ALIASES_FLAG.test(flag)) && !MODULE_LIST_FLAG.test(flag);
/** The comma-separated parts of a token, each a token at its own offset (empty parts left out). */
/** A value that is two or more Hub ids and nothing else, comma-separated (`org/a,org/b`): each, where it is written. */
function hubList(token: Token): ArgModel[] | undefined {
  if (!token.text.includes(',') || /[\s$`{}<>]/.test(token.text)) return undefined;
  const ids = commaParts(token).map((part) => (part.text.includes('/') ? hub(part) : undefined));
  return ids.length > 1 && ids.every((id) => id !== undefined) ? (ids as ArgModel[]) : undefined;
}

const commaParts = (token: Token): Token[] => {
  const parts: Token[] = [];
  let at = 0;
  for (const text of token.text.split(',')) {
    if (text.trim()) parts.push({ text: text.trim(), offset: token.offset + at + text.indexOf(text.trim()) });
    at += text.length + 1;
  }
  return parts;
};
/** A text or data file: a list of models, read by the program, not a model. */
const LIST_FILE = /\.(?:txt|json|jsonl|csv|tsv|ya?ml)$/i;
/** A model's type: an architecture (`--model_type llama`), or in some tools the model's name (`--model-type gpt-5.4`). */
/**
 * A bare folder name a quantizer writes: a model's name with its size and a quantization suffix (`Yi-1.5-6B-Chat-awq`,
 * `Yi-1.5-6B-Chat-GPTQ`, ms-swift's `yi-1_5-6b-chat-awq-int4`). No Hub id is written so (the Hub's need an organisation
 * now, and its early ids predate these formats).
 */
export const QUANTISED_FOLDER = /^[A-Za-z][\w.-]*\d[\w.-]*[-_](?:awq|gptq|int4|int8|4bit|8bit|w4a16|w8a8)$/i;
/** A folder in a folder named for keeping weights, two parts (`model/vicuna-7b-v0`, `weights/x`): no Hub id (ids.ts NOT_AN_ORG). */
export const WEIGHTS_ROOT_FOLDER = /^(?:models?|weights|checkpoints?|ckpts?|pretrained(?:_models)?)\/[\w.@+-]*\d[\w.@+-]*\/?$/i;
/**
 * The folder `swift export --quant_method awq --quant_bits 4` writes, `<model>-<method>-int<bits>`, with or without a size
 * in the model's part (01-ai/Yi-Coder's cookbook: `swift infer --model_id_or_path yi-coder-awq-int4`).
 */
const SWIFT_EXPORT_FOLDER = /^[A-Za-z][\w.-]*[-_](?:awq|gptq|bnb|hqq|eetq)[-_]int[248]$/i;
/** ms-swift's model types that are models: a size (`-6b`, `1_5-6b`, `-7b-`) or a tune (`-chat`, `-instruct`) in the name. */
const SWIFT_MODEL_TYPE = /^[a-z][a-z0-9_.-]*(?:[-_]\d+(?:[._]\d+)?[bm](?=[-_]|$)|[-_](?:chat|instruct)(?=[-_]|$))[a-z0-9_.-]*$/;
const MODEL_TYPE_FLAG = /^--model[-_]type$/;
/** ms-swift 1.x's example scripts, run by path: `llm_sft.py`, `llm_infer.py`, `llm_dpo.py`. */
const SWIFT_V1_SCRIPT = /^(?:[\w.~-]*\/)*llm_(?:sft|infer|dpo)\.py$/;
/** A bare name as servers answer to it (`qwen2-instruct`, `glm4-chat`): a letter first, a digit or hyphen in it, no path. */
const BARE_NAME = /^(?=[^-]*[\d-])[A-Za-z][\w.:-]{0,78}[A-Za-z0-9]$/;
const PLACEHOLDER_NAME = /^(?:test|example|sample|my|your|dummy|fake|foo|bar|model|local|default|custom)[-_\d]/i;
/**
 * llama.cpp's programs, whose `-m` is the model file (elsewhere `-m` is `python -m module`), and llamafile's whisper.cpp
 * build, a release's file named with its version (`./whisperfile-0.9.0 -m whisper-tiny.en-q5_1.bin`, llamafile's
 * whisper.cpp/doc/server.md).
 */
const LLAMA_CPP = /(^|\/)(llama-server|llama-cli|llama-simple|llamafile|whisperfile(?:-[\d.]+)?|server|main)$/;
/** llama.cpp appends the quantisation to the repo: "-hf bartowski/gemma-2-9b-it-GGUF:Q4_K_M". */
const QUANT_SUFFIX_FLAGS = new Set(['-hf', '--hf-repo', '-hfr']);
/** Download-CLI options that take a value, so the value is not mistaken for the repo id. */
const VALUE_FLAGS = new Set([
  '--local-dir',
  '--cache-dir',
  '--revision',
  '--repo-type',
  '--token',
  '--max-workers',
  '--local-dir-use-symlinks',
  '--include',
  '--exclude',
  '--model',
  '--dataset',
  '--output-dir',
  '--hf-token',
  '--ignore-patterns',
  // ModelScope's CLI spells them with `_` (https://modelscope.cn/docs/models/download: `modelscope download --model
  // Qwen/Qwen2-7B --local_dir ./dir`, `--cache_dir`)
  '--local_dir',
  '--cache_dir',
]);
/** Last key of a dotted override that holds a model (`actor.model_name=`, `worker.actor.model.model_path=`). */
const OVERRIDE_MODEL_KEY =
  /^(model|model_name|model_path|model_id|model_name_or_path|pretrained_model_name_or_path|pretrained|base_model|tokenizer|tokenizer_path|tokenizer_name|reward_model|ref_model|critic_model|teacher_model|student_model)$/;
/**
 * A bare override naming the model a program runs, after its command word or in a container's `args:` list: MaxText's
 * `model_name=gemma-7b` (https://github.com/AI-Hypercomputer/maxtext/blob/main/MaxText/configs/base.yml, `python3
 * MaxText/train.py MaxText/configs/base.yml model_name=llama2-7b`), a Hydra override `model_name_or_path=org/name`.
 */
/**
 * An override's last key names the model: one of OVERRIDE_MODEL_KEY, or the `path`/`name`/`id` of a `model` block
 * (`actor_rollout_ref.model.path=`), or the weights a trainer starts from under one (verl's `model.partial_pretrain=`,
 * https://verl.readthedocs.io/en/latest/examples/config.html, its SFT trainer's base model).
 */
// A robot-learning trainer's `policy` block is its model too: LeRobot's draccus flags load a policy by `--policy.path=
// lerobot/smolvla_base` (or a trained checkpoint's `pretrained_model` folder) and start a fine-tune from
// `--policy.pretrained_path=lerobot/pi05_base` (https://huggingface.co/docs/lerobot/il_robots, /pi05).
// (And a block's backbones by their role: `--policy.vlm_model_name=OpenGVLab/InternVL3-1B-hf`,
// `--policy.base_model_path=nvidia/GR00T-N1.7-3B`, `--policy.vision_encoder_name=openai/clip-vit-base-patch16`: a
// `<role>_model_<name|path>` key, or a vision or text encoder's `name`/`path`.)
const OVERRIDE_ROLE_MODEL_KEY = /^(?:[a-z0-9]+_)+model_(?:name|path|id|name_or_path)$|^(?:vision|text|image|audio)_encoder_(?:name|path|name_or_path)$/;
const isOverrideModelKey = (key: string, parent: string) =>
  OVERRIDE_MODEL_KEY.test(key) ||
  OVERRIDE_ROLE_MODEL_KEY.test(key) ||
  (/^(path|name|id|name_or_path|partial_pretrain|pretrained)$/.test(key) && /(^|[-_])model$/i.test(parent)) ||
  (/^(path|pretrained_path|pretrained_name_or_path|checkpoint_path)$/.test(key) && /^(?:-{0,2}|.*_)policy$/i.test(parent));
const BARE_OVERRIDE_MODEL_KEY = /^(model_name|model_id|model_name_or_path|pretrained_model_name_or_path)$/;
/** A spaCy pipeline's release download (https://github.com/explosion/spacy-models/releases): `.../download/<name>-<version>/`. */
const SPACY_RELEASE = /explosion\/spacy-models\/releases\/download\/([a-z]{2,3}_[a-z]+_[a-z]+_[a-z]+)-(\d[\w.]*)\//;
const COMMAND_SEPARATORS = new Set(['&&', '||', ';', '|', '&']);

/** Splits a shell-ish command string into tokens with offsets (quotes removed); a line end not escaped with `\` becomes a `;` token. */
export function tokenize(text: string, baseOffset = 0): Token[] {
  const tokens: Token[] = [];
  // Inside double quotes a backslash escapes the next character (`-d "{\"model\": \"chatglm3-6b\"}"`: one word, kept as
  // written so offsets stay put); single quotes escape nothing.
  // A body opened `'{` and never closed (higress's ai-prompt-decorator README ends its `-d '{ ... }` blocks without the
  // quote) runs to the end of the text, as the shell would read it.
  const word = /"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s'"]+)|'(\{[^']*)$/g;
  let end = 0;
  let continued = false;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    if (!continued && tokens.length > 0 && text.slice(end, m.index).includes('\n')) tokens.push({ text: ';', offset: baseOffset + end });
    const glued = tokens.length > 0 && m.index === end && m[3] === undefined && tokens.at(-1)!.text.endsWith('=');
    end = m.index + m[0].length;
    continued = m[3] === '\\';
    if (continued) continue; // a line continuation, not a word
    // `reward_model.model.path=org/name\` then a new line: the continuation glued to the word is no part of it.
    const glue = m[3] !== undefined && m[3].length > 1 && m[3].endsWith('\\') && /^\r?\n/.test(text.slice(end, end + 2));
    if (glue) continued = true;
    const piece = { text: glue ? m[3]!.slice(0, -1) : (m[1] ?? m[2] ?? m[3] ?? m[4]!), offset: baseOffset + m.index + (m[3] === undefined ? 1 : 0) };
    // `--model="org/name"` is one word to the shell: the quoted value joins its flag (offset kept so the value's is right).
    if (glued) {
      const flag = tokens.pop()!;
      tokens.push({ text: flag.text + piece.text, offset: piece.offset - flag.text.length });
    } else tokens.push(piece);
  }
  return tokens;
}

/**
 * What a token stands for: `${MODEL_ID:-Qwen/Qwen2.5-7B}` -> its default (compose and shell),
 * `$MODEL` / `${MODEL}` / `$(MODEL)` -> the value assigned earlier in the file, else as written.
 */
export function resolveToken(token: Token, lookup?: VariableLookup): Token {
  // Both forms start with `$` or `{` (most words of a script do not: no pattern is tried on them).
  const first = token.text.charCodeAt(0);
  if (first !== 36 /* $ */ && first !== 123 /* { */) return lookup && token.text.includes('/$') ? orgJoined(token, lookup) : token;
  // "$(pwd)/20211025_conformer_exp", "$PWD/aishell_u2pp_conformer_libtorch" (wenet-e2e/wenet's runtime scripts and READMEs,
  // after unpacking the model there): the working directory's folder, as `./20211025_conformer_exp` is.
  const cwd = /^(?:\$\(pwd\)|\$\{PWD\}|\$PWD)\/(?=[\w.])/.exec(token.text);
  if (cwd) return { text: `./${token.text.slice(cwd[0].length)}`, offset: token.offset + cwd[0].length - 2 };
  // "${MODEL_ID:-Qwen/Qwen2.5-7B-Instruct}"
  // "${MODEL_PATH:-${SCRIPT_DIR}/../models/ggml-base.en.bin}": a default under a folder variable is the path after it
  // (whisper.cpp's examples/yt-wsp.sh).
  const withDefault = /^\$\{\w+:?[-=](?:\$\{\w+\}\/|\$\w+\/)?([^}]+)\}$/.exec(token.text);
  if (withDefault) return { text: withDefault[1]!, offset: token.offset + token.text.length - 1 - withDefault[1]!.length };
  // "${INTERNVIDEO2_MODEL_PATH:-your_model_path}/1B_ft_k710_f8.pth" (OpenGVLab/InternVideo's finetuning scripts, given to
  // `--finetune`): a folder variable's default, then a path under it, is that path under the default folder.
  const defaultRooted = /^\$\{\w+:?[-=]([^{}$\s'"]+)\}\/([^\s$'"]+)$/.exec(token.text);
  if (defaultRooted) return { text: `${defaultRooted[1]!.replace(/\/+$/, '')}/${defaultRooted[2]!}`, offset: token.offset };
  // "$MODEL", "${MODEL}", "$(MODEL)", "{{model}}" (just)
  const variable = /^(?:\$(?:\{(\w+)\}|\((\w+)\)|(\w+))|\{\{\s*(\w+)\s*\}\})$/.exec(token.text);
  if (variable && lookup) return lookup(variable[1] ?? variable[2] ?? variable[3] ?? variable[4]!, token.offset) ?? token;
  // "${CKPT_PATH}/${CKPT_NAME}" after `CKPT_NAME=${1-'share4v-7b'}` and `CKPT_PATH=${2-'checkpoints'}` (LLaVA-style
  // evaluation scripts): a folder variable joined to a name variable, both set in the script, is that folder, placed where
  // the name is written (the one place it is changed).
  const joined = /^\$(?:\{(\w+)\}|(\w+))\/\$(?:\{(\w+)\}|(\w+))$/.exec(token.text);
  if (joined && lookup) {
    const folder = lookup(joined[1] ?? joined[2]!, token.offset);
    const name = lookup(joined[3] ?? joined[4]!, token.offset);
    if (folder && name && /^[\w.~/-]+$/.test(folder.text) && /^[A-Za-z0-9][\w.-]*$/.test(name.text))
      return { text: `${folder.text.replace(/\/+$/, '')}/${name.text}`, offset: name.offset };
  }
  return token;
}

/**
 * `MODEL="deepseek-coder-33b-instruct"` then `--model "deepseek-ai/$MODEL"` (deepseek-ai/DeepSeek-Coder's
 * Evaluation/HumanEval/README.md): an organisation joined to a variable holding a bare name is that Hub id, placed where the
 * name is written (the one place it can be changed); a folder joined to it is that folder's model. A value that is itself a
 * path or an id is left as written.
 */
function orgJoined(token: Token, lookup: VariableLookup): Token {
  // (A folder joined to it likewise, `MODEL_VERSION="vicuna-7b-v1-5"` then `--model_name_or_path ./checkpoints/$MODEL_VERSION`,
  // LLaVA's archived launchers in LLaVA-VL/LLaVA-NeXT: that folder, placed where the name is written; only a name holding
  // a release's size in billions, as a model's does: a run's name (`RUN_NAME=stage_1`) stays where the path is written.)
  const m = /^((?:\.{1,2}\/|~\/|\/)?[A-Za-z0-9][\w.-]*(?:\/[\w.-]+)*)\/\$(?:\{(\w+)\}|(\w+))$/.exec(token.text);
  const value = m ? lookup(m[2] ?? m[3]!, token.offset) : undefined;
  if (!value || !/^[A-Za-z0-9][\w.-]*$/.test(value.text)) return token;
  const folder = m![1]!.includes('/') || /^[.~]/.test(token.text);
  return !folder || SIZED_RELEASE.test(value.text) ? { text: `${m![1]}/${value.text}`, offset: value.offset } : token;
}

function hub(token: Token, stripQuant = false): ArgModel | undefined {
  const text = stripQuant ? token.text.replace(/:[\w.-]+$/, '') : token.text;
  const parsed = parseHubReference(text);
  return parsed ? { id: parsed.id, source: 'huggingface', ...(parsed.revision ? { revision: parsed.revision } : {}), offset: token.offset } : undefined;
}

/**
 * A served or loaded model given as a folder or file: `vllm serve /models/Qwen2.5-7B-Instruct`,
 * `--model ./checkpoints/x`, `llama-server -m ./qwen2.5-7b-q4_k_m.gguf`. Only unmistakable paths
 * (absolute, `./`, `../`, `~/`, a Hugging Face cache folder): a bare word is an alias or a flag value.
 */
function hubOrLocal(token: Token, stripQuant = false): ArgModel | undefined {
  // A relative Windows path (`--input_model .\bce-embedding-base_v1_ctx.onnx` in a PowerShell block, netease-youdao/
  // BCEmbedding's Docs/RyzenAI) is the same file written with `\`: read as `./`.
  if (/^\.{1,2}\\[^\s\\]/.test(token.text) && !token.text.includes('/')) token = { ...token, text: token.text.replace(/\\/g, '/') };
  // `--model_name_or_path "Qwen/Qwen-1_8B-Chat/"` (QwenLM/Qwen's notebooks, after `snapshot_download('Qwen/Qwen-1_8B-Chat',
  // cache_dir='.')`): a trailing slash, as a folder is often written, on what is otherwise a Hub id, as in a setting.
  const found = hub(token, stripQuant) ?? (/^[^/\s]+\/[^/\s]+\/$/.test(token.text) ? hub({ ...token, text: token.text.slice(0, -1) }, stripQuant) : undefined);
  // `data/models/Qwen2.5-7B-Instruct`: two slashes or more is a path (a Hub id has one).
  // (`path/to/your/model` is documentation's placeholder: modelFromPath turns it away.)
  // `models/vicuna-7B-1.1-GPTQ-4bit-128g`: one slash after a folder no Hub organisation can be (`models`, `datasets`) too,
  // and one before a trainer's `checkpoint-<step>` folder (ms-swift's `--adapters v0-20250811-150539/checkpoint-551`),
  // which modelFromPath reads as a folder and no Hub id can be (looksLikeHubId).
  const relative =
    /^[\w.-]+(\/[\w.-]+){2,}\/?$/.test(token.text) ||
    (/^[\w.-]+\/[\w.-]+\/?$/.test(token.text) && (isNotAnOrg(token.text.split('/')[0]!) || /\/checkpoint-\d+\/?$/.test(token.text)));
  if (found || !(/^(\/|~\/|\.{1,2}\/)[^\s]/.test(token.text) || relative)) return found;
  const onDisk = modelFromPath(token.text);
  return onDisk
    ? { id: onDisk.id, source: onDisk.source, ...('revision' in onDisk && onDisk.revision ? { revision: onDisk.revision } : {}), offset: token.offset }
    : undefined;
}

/**
 * The model LocalAI is told to run (https://localai.io/basics/getting_started/): `huggingface://org/repo/file.gguf`
 * (a Hub repo's file), `ollama://gemma:2b` (an Ollama tag), a path, or a gallery name its server then answers to
 * (`llama-3.2-1b-instruct:q4_k_m`). A configuration URL or an `oci://` image names no model by itself.
 */
function localAiModel(token: Token): ArgModel | undefined {
  const scheme = /^(huggingface|hf|ollama):\/\//.exec(token.text);
  if (scheme) {
    const rest = { text: token.text.slice(scheme[0].length), offset: token.offset + scheme[0].length };
    if (scheme[1] === 'ollama') {
      const model = classifyOllamaName(rest.text);
      return model ? { ...model, offset: rest.offset } : undefined;
    }
    return hub({ text: rest.text.split('/').slice(0, 2).join('/'), offset: rest.offset });
  }
  if (/^[a-z][\w+.-]*:\/\//i.test(token.text)) return undefined;
  const found = hubOrLocal(token);
  if (found) return found;
  return BARE_NAME.test(token.text) && !PLACEHOLDER_NAME.test(token.text)
    ? { id: `openai-compatible/${token.text}`, source: 'api', offset: token.offset }
    : undefined;
}

/**
 * The model RamaLama is given (https://github.com/containers/ramalama/blob/main/docs/ramalama.1.md, "MODEL
 * TRANSPORTS"): `hf://` or `huggingface://org/repo[/file][:quant]` (the Hub repo), `ollama://name[:tag]`,
 * `modelscope://` or `ms://org/name`, `file://path`, an `org/name` (pulled from the Hub) or a bare name, which goes to
 * its default transport, Ollama's library (`ramalama run granite3-moe`: a library name or a tagged name; a word such
 * as `granite` or `tiny` may be one of its shortnames, which its shortnames.conf resolves and no name here does). An
 * `oci://` image, `quay.io/...`, `rlcr://` or a URL names no model by itself.
 */
function ramalamaModel(token: Token): ArgModel | undefined {
  const scheme = /^(huggingface|hf|ollama|modelscope|ms|file):\/\//i.exec(token.text);
  if (scheme) {
    const rest = { text: token.text.slice(scheme[0].length), offset: token.offset + scheme[0].length };
    const kind = scheme[1]!.toLowerCase();
    // (`file://$HOME/granite-7b-lab-Q4_K_M.gguf`: the home folder, as `~/`; `file:///tmp/mymodel`, its docs' stand-in.)
    if (kind === 'file')
      return isStandInName(rest.text.replace(/^.*\//, '')) ? undefined : localPath({ ...rest, text: rest.text.replace(/^\$\{?HOME\}?\//, '~/') });
    if (kind === 'ollama') {
      const name = rest.text.replace(/^library\//, '');
      const model = classifyOllamaName(name);
      return model?.source === 'ollama' ? { ...model, offset: rest.offset + rest.text.length - name.length } : undefined;
    }
    const found = hub({ text: rest.text.split('/').slice(0, 2).join('/'), offset: rest.offset }, true);
    return found && (kind === 'modelscope' || kind === 'ms') ? { ...found, source: 'modelscope' } : found;
  }
  if (/^[a-z][\w+.-]*:\/\//i.test(token.text) || /^[\w-]+\.[\w.-]+(:\d+)?\//.test(token.text)) return undefined;
  const found = hubOrLocal(token, true);
  if (found) return found;
  if (!isOllamaLibraryName(token.text) && !OLLAMA_TAGGED.test(token.text)) return undefined;
  const model = classifyOllamaName(token.text);
  return model?.source === 'ollama' ? { ...model, offset: token.offset } : undefined;
}

/**
 * RamaLama's commands that load the model named first (`ramalama run|serve|pull|bench|perplexity|inspect MODEL`,
 * `ramalama convert SOURCE TARGET`: the target is an image written) and `ramalama sandbox <agent> MODEL...`; `push`
 * and `rm` name a stored model without using it.
 */
const RAMALAMA_MODEL_COMMANDS = new Set(['run', 'serve', 'pull', 'bench', 'benchmark', 'perplexity', 'inspect', 'convert', 'sandbox']);
/** Its options that take a value when not written `--flag=value` (global ones before the command, and the commands'). */
const RAMALAMA_VALUE_FLAGS = new Set([
  '--image',
  '--store',
  '--engine',
  '--runtime',
  '--name',
  '-n',
  '--port',
  '-p',
  '--rag',
  '--rag-image',
  '--gguf',
  '--backend',
  '--goose-image',
  '--opencode-image',
  '--pi-image',
  '--workdir',
  '-w',
  '--prompt',
  '--temp',
  '--max-tokens',
  '--type',
  '--threads',
  '-t',
  '--ctx-size',
  '-c',
  '--seed',
  '--ngl',
  '--host',
  '--generate',
  '--api',
  '--network',
  '--pull',
  '--keepalive',
  '--url',
  '--runtime-args',
  '--engine-args',
  '--env',
  '-e',
  '--device',
  '--mcp',
  '--authfile',
  '--model-draft',
  '--webui',
  '--cache-reuse',
  '--logfile',
  '--oci-runtime',
  '--api-key',
  '--get',
  '--format',
  '--models-max',
  '--stack-image',
  '--tools-image',
  '--selinux',
  '--dri',
  '--thinking',
  '--ncmoe',
]);

/**
 * llama.cpp's conversion and quantisation programs, and whisper.cpp's quantizer (`whisper-quantize in.bin out.bin q5_0`):
 * each path argument is model weights on disk. With llama.cpp's per-family converters of 2023 (`convert-falcon-hf-to-gguf.py
 * ../falcon/falcon-7b 1`, `convert-gptneox-hf-to-gguf.py`, `convert-starcoder-hf-to-gguf.py`; SJTU-IPADS/PowerInfer's
 * scripts/convert-gg.sh) and forks' own (`convert-hf-to-powerinfer-gguf.py`).
 */
const CONVERTERS =
  /(^|\/)(convert[-_](?:[a-z0-9]+[-_])?hf[-_]to[-_](?:[a-z0-9]+[-_])?gguf\.py|convert[-_]lora[-_]to[-_]gguf\.py|convert[-_]llama[-_]ggml[-_]to[-_]gguf\.py|llama-quantize|whisper-quantize|quantize)$/;
/**
 * llama.cpp's converter before its 2024 renaming, `convert.py` (`python convert.py --outfile ./atom-7B-cpp.gguf
 * /path/Atom-7B-Chat`, LlamaFamily/Llama-Chinese's inference-speed/CPU/ggml/README.md, and the 2023 guides that copied
 * llama.cpp's README): a name too common to read alone, so only with the converter's own output options, an `--outtype`
 * or a GGUF/ggml `--outfile`.
 */
const LEGACY_CONVERTER = /(^|\/)convert\.py$/;
const writesGguf = (tokens: Token[], from: number) =>
  tokens.some(
    (t, j) =>
      j > from &&
      (/^--outtype(=|$)/.test(t.text) ||
        (t.text === '--outfile' ? /\.(gguf|bin)$/i.test(tokens[j + 1]?.text ?? '') : /^--outfile=.+\.(gguf|bin)$/i.test(t.text))),
  );
/**
 * whisper.cpp's converters, whose first argument is the model (a PyTorch checkpoint or a Hub model's folder), the second
 * the Whisper source tree and the third the output folder (`python models/convert-pt-to-ggml.py ~/.cache/whisper/medium.pt
 * ~/path/to/repo/whisper/ ./models/whisper-medium`, `convert-h5-to-ggml.py ./whisper-medium/ ./whisper .`; whisper.cpp's
 * models/README.md).
 */
/** What runs a converter script given as its first argument (`python3 convert_hf_to_gguf.py`, `sudo ./quantize`). */
const CONVERTER_RUNNER = /^(python[\d.]*|py|bash|sh|sudo|time|nohup|exec)$/;
const WHISPER_CONVERTERS = /(^|\/)convert-(?:pt|h5)-to-ggml\.py$/;
/**
 * llama.cpp's HF converter, whose model argument is a folder "or huggingface repository ID" (convert_hf_to_gguf.py's
 * `model` argument, https://github.com/ggml-org/llama.cpp/blob/master/convert_hf_to_gguf.py): `python
 * convert-hf-to-gguf.py Qwen/Qwen3-8B --outfile qwen3-8b-f16.gguf` (QwenLM/Qwen3 docs/source/run_locally/llama.cpp.md:191).
 */
const HF_CONVERTER = /(^|\/)convert[-_]hf[-_]to[-_]gguf\.py$/;

/** A folder or weights file given on a command line: a path-shaped `local` model (`./merged`, `/content/x.gguf`, `x.gguf`). */
/** `stable-diffusion-v-1-4/sd-v1-4-full-ema.ckpt`: a weights file in a folder, written as `org/name` would be (no repo). */
function folderWeightsFile(token: Token): ArgModel | undefined {
  return /^[A-Za-z0-9][\w.-]*\/[\w.-]+\.(?:ckpt|pt|pth|safetensors)$/.test(token.text) ? { id: token.text, source: 'local', offset: token.offset } : undefined;
}

function localPath(token: Token): ArgModel | undefined {
  if (/^\$|^[A-Z0-9_]+$/.test(token.text)) return undefined; // a variable left unresolved, a quantisation type (Q4_K_M)
  const onDisk = modelFromPath(token.text);
  return onDisk?.source === 'local' ? { id: onDisk.id, source: 'local', offset: token.offset } : undefined;
}

/**
 * A GGUF or llamafile, or a `.bin` named for ggml (GGML_BIN_FILE: whisper.cpp's `models/ggml-base.en.bin`): formats that
 * hold nothing but a model, after an optional `name=`; not a glob or a template.
 */
const GGUF_ARG = {
  exec(text: string): RegExpExecArray | null {
    const m = /^(?:[\w.-]+=)?([^\s=$*{}<>]+\.(?:gguf|llamafile|bin))$/i.exec(text);
    return m && (!/\.bin$/i.test(m[1]!) || GGML_BIN_FILE.test(m[1]!)) ? m : null;
  },
  test(text: string): boolean {
    return this.exec(text) !== null;
  },
};
/**
 * The model flags of llama.cpp's family of programs, which take the weights file: `-m` (llama.cpp, whisper.cpp), whisper.cpp's
 * `-mw`/`-ml` (talk-llama's Whisper and LLaMA files), the Go bindings' `-model`
 * (https://github.com/ggml-org/whisper.cpp/tree/master/examples/talk-llama, bindings/go/examples/go-whisper/flags.go).
 */
const WEIGHTS_FILE_FLAG = /^-(?:m[lw]?|model)$/;
/** A program named for models, by name or path (`${BUILD_DIR}/go-model-download`), not a script run by an interpreter. */
const MODEL_NAMED_PROGRAM = /(?:^|\/)[\w-]*model[\w-]*$/i;
/**
 * A program run from the folder a CMake build puts it in (`./build/bin/voxcpm2-cli -o out.wav VoxCPM2-BaseLM-Q8_0.gguf
 * VoxCPM2-Acoustic-F16.gguf`, llama.cpp-omni in OpenBMB/VoxCPM's README): llama.cpp and the ggml runtimes built on it
 * take their GGUF weights as arguments, whatever their flag.
 */
const BUILT_PROGRAM = /(?:^|\/)build\/bin\/[\w.-]+$/;
/** llamafile's `zipalign`, by name or path (`o//llamafile/zipalign`). */
const ZIPALIGN = /(^|\/)zipalign$/;

/**
 * The GGUF files a model command names beside its model (`--gguf z-image-turbo-Q4_K_M.gguf`, `--model_path_llama=x.gguf`, `--quants a-Q8_0.gguf
 * b-Q2_K.gguf`, `--reference gguf_filename=distilled-1.1/ltx-2.3-22b-distilled-1.1-BF16.gguf`): local models at the
 * path written, unless another rule read the token already.
 */
function ggufFiles(tokens: Token[], first: number, found: ArgModel[]): ArgModel[] {
  const files: ArgModel[] = [];
  for (let i = first + 1; i < tokens.length; i++) {
    const m = GGUF_ARG.exec(tokens[i]!.text);
    // A flag's own value too (`--model_path_llama=zephyr-7b-beta.Q5_K_M.gguf`), unless the flag names an output.
    const flag = /^(--?[\w-]+)=/.exec(tokens[i]!.text)?.[1];
    if (!m || (tokens[i]!.text.startsWith('-') && (!flag || /out|save|dest|export|write/i.test(flag)))) continue;
    const at = tokens[i]!.offset + tokens[i]!.text.length - m[1]!.length;
    if (found.some((f) => f.offset === at || f.offset === tokens[i]!.offset)) continue;
    const file = localPath({ text: m[1]!, offset: at });
    if (file) files.push(file);
  }
  return files;
}

/** The first positional argument after `from` (options and their values skipped). */
function firstPositional(tokens: Token[], from: number): Token | undefined {
  for (let j = from; j < tokens.length; j++) {
    const text = tokens[j]!.text;
    if (!text.startsWith('-')) return tokens[j];
    if (!text.includes('=') && VALUE_FLAGS.has(text)) j++;
  }
  return undefined;
}

const LMDEPLOY = /(^|\/)lmdeploy$/;
/** `ln`'s symbolic-link options (`-s`, `-sf`, `-snf`, `--symbolic`) and `cp`'s recursive ones (`-r`, `-R`, `-a`, `-rf`). */
const LINK_OPTION = /^(?:-[a-zA-Z]*s[a-zA-Z]*|--symbolic)$/;
const RECURSIVE_COPY_OPTION = /^(?:-[a-zA-Z]*[rRa][a-zA-Z]*|--recursive|--archive)$/;
/**
 * The sources of `ln -s SRC [DST]` and `cp -r SRC... DST` that name a model's folder on disk (familyNamedPath): the last
 * positional of a two-or-more-word `cp`, and of `ln` when it has two, is the destination. None for any other command.
 */
function linkedOrCopiedSources(raw: Token[], tokens: Token[], first: number): Token[] {
  const program = raw[first]?.text;
  if (program !== 'ln' && program !== 'cp') return [];
  const options = tokens.slice(first + 1).filter((t) => t.text.startsWith('-'));
  if (!options.some((t) => (program === 'ln' ? LINK_OPTION : RECURSIVE_COPY_OPTION).test(t.text))) return [];
  const words = tokens.slice(first + 1).filter((t) => !t.text.startsWith('-'));
  const sources = words.length >= 2 ? words.slice(0, -1) : program === 'ln' ? words : [];
  // From the root or home only: shared weights fetched from a machine's store (`/root/share/new_models/...`, `~/models/...`).
  // A relative source links a folder of the same checkout (`ln -s ../internlm-xcomposer2d5-ol-7b internlm-xcomposer2d5-ol-7b`
  // in InternLM/InternLM-XComposer's OmniLive demo, whose scripts then load its subfolders): the loads name the model.
  return sources.filter((t) => /^(?:\/|~\/)/.test(t.text) && familyNamedPath(t.text));
}
/** InternLM's XTuner CLI (https://github.com/InternLM/xtuner/blob/main/xtuner/entry_point.py). */
const XTUNER = /(^|\/)xtuner$/;
/**
 * TGI's model server CLI (huggingface/text-generation-inference server/text_generation_server/cli.py, docs
 * conceptual/quantization.md): `text-generation-server download-weights X`, `serve X`, `quantize X OUTPUT_DIR` take the
 * model first (the quantize output after it is written, not read).
 */
const TGI_SERVER = /(^|\/)text-generation-server$/;
const TGI_SERVER_MODEL_COMMANDS = /^(?:serve|download-weights|quantize)$/;
/** TensorRT-LLM's server (https://nvidia.github.io/TensorRT-LLM/commands/trtllm-serve/trtllm-serve.html). */
const TRTLLM_SERVE = /(^|\/)trtllm-serve$/;
/**
 * MLC LLM's CLI and its subcommands whose first positional argument is the model (a converted folder, its
 * `mlc-chat-config.json`, an `HF://` repo, or for convert_weight/gen_config/calibrate the source weights' folder):
 * https://llm.mlc.ai/docs/deploy/cli.html, https://llm.mlc.ai/docs/compilation/compile_models.html
 * (python/mlc_llm/__main__.py's subcommands).
 */
const MLC_LLM = /(^|\/)mlc_llm$/;
const MLC_LLM_MODEL_COMMANDS = new Set(['chat', 'serve', 'compile', 'convert_weight', 'gen_config', 'calibrate']);
/** `./dist/X-MLC/mlc-chat-config.json` -> `./dist/X-MLC`: the config MLC LLM writes beside a converted model's weights names that folder. */
const mlcModelFolder = (token: Token): Token => {
  const folder = /^(.+)\/mlc-chat-config\.json$/.exec(token.text);
  return folder ? { text: folder[1]!, offset: token.offset } : token;
};
const LMDEPLOY_LITE = /^(auto_awq|auto_gptq|calibrate|smooth_quant)$/;
/** lmdeploy 0.1-0.2's inference backends, once `chat`'s first word (`lmdeploy chat turbomind X`). */
const LMDEPLOY_BACKEND = /^(?:turbomind|torch|pytorch)$/;
/** litgpt's subcommands that read a model first (Lightning-AI/litgpt litgpt/__main__.py); not `download list`'s word. */
const LITGPT = /(^|\/)litgpt$/;
const LITGPT_MODEL_COMMANDS = new Set([
  'download',
  'chat',
  'finetune',
  'finetune_lora',
  'finetune_full',
  'finetune_adapter',
  'finetune_adapter_v2',
  'pretrain',
  'generate',
  'generate_full',
  'generate_adapter',
  'generate_adapter_v2',
  'generate_sequentially',
  'generate_speculatively',
  'generate_tp',
  'convert_to_litgpt',
  'convert_from_litgpt',
  'convert_pretrained_checkpoint',
  'merge_lora',
  'evaluate',
  'serve',
]);
const LITGPT_FINETUNE_METHODS = new Set(['lora', 'full', 'adapter', 'adapter_v2']);
/** Its options naming a downloaded repo's folder (or, as it downloads them, the repo). */
const LITGPT_MODEL_FLAGS = new Set(['--checkpoint_dir', '--tokenizer_dir', '--initial_checkpoint_dir']);
/** A model given to litgpt: `checkpoints/<org>/<name>` is the repo downloaded there; else a Hub id or a path. */
function litgptModel(token: Token): ArgModel | undefined {
  const text = token.text.replace(/^["']|["']$/g, '').replace(/[\/\\]+$/, '');
  const start = token.offset + (token.text.startsWith('"') || token.text.startsWith("'") ? 1 : 0);
  const folder = checkpointRepo(text, false);
  if (folder) return { id: folder.id, source: 'huggingface', offset: start + folder.at };
  return hubOrLocal({ text, offset: start });
}

/**
 * The first positional argument where options may stand before it and the flags taking a value are
 * not known: `lmdeploy serve api_server --backend pytorch --device ascend internlm/internlm2_5-7b-chat`
 * (lmdeploy docs/en/get_started/ascend/get_started.md:68). A word right after an option is that option's
 * value unless it is a model (a Hub id or a path).
 */
function positionalAfterOptions(tokens: Token[], from: number, skipValueOf = (_flag: string) => false): Token | undefined {
  for (let j = from; j < tokens.length; j++) {
    const text = tokens[j]!.text;
    if (text.startsWith('-')) continue;
    const previous = tokens[j - 1]!.text;
    // (The value of an option that names no model, `--served-model-name org/alias`, when the caller says so.)
    if (j > from && previous.startsWith('-') && !previous.includes('=') && skipValueOf(previous)) continue;
    if (j === from || !previous.startsWith('-') || previous.includes('=') || hubOrLocal(tokens[j]!)) return tokens[j];
  }
  return undefined;
}

/** Splits at `&&`, `;`, `|` so that a `--revision` only pins its own command's model. */
function commands(tokens: Token[]): Token[][] {
  const out: Token[][] = [[]];
  // The command a substitution opened inside (`python eval.py $(dirname $0)/config.py pretrained_path x.pth`).
  let outer: Token[] | undefined;
  for (const raw of tokens) {
    let token = raw;
    // `MODEL_PATH=$(hf download gpt2 --quiet)`, `` `ollama pull x` ``: a command substitution starts a command.
    const substitution = token.text.includes('$(') || token.text.includes('`') ? /^(?:[A-Za-z_]\w*=)?(\$\(|`)(.+)$/.exec(token.text) : null;
    if (substitution && !token.text.startsWith('$((')) {
      outer = out.at(-1);
      out.push([]);
      token = { text: substitution[2]!, offset: token.offset + token.text.length - substitution[2]!.length };
    }
    // `$(dirname $0)/config_msrvtt.py` (OpenGVLab/InternVideo's evaluation scripts): a substitution closed inside a word
    // that goes on ends there, and the words after it are the enclosing command's again (its script, its options).
    // (Not the word that opened it: `$(pwd)/models/x` is read whole, as before.)
    const closedInside = outer && token === raw && token.text.includes(')') ? /^([^()]*)\)[^()\s]+$/.exec(token.text) : null;
    if (closedInside) {
      if (closedInside[1]) out.at(-1)!.push({ text: closedInside[1], offset: token.offset });
      // (Moved to the end, not repeated: each command is read once. It is the one before the substitution's: swapped, not
      // searched for, which was quadratic in a script of many such words.)
      const sub = out.length - 1;
      if (out[sub - 1] === outer) [out[sub - 1], out[sub]] = [out[sub]!, outer!];
      else out.push([]);
      outer = undefined;
      continue;
    }
    const last = token.text.charCodeAt(token.text.length - 1);
    if ((last === 41 /* ) */ || last === 96) /* ` */ && /^[^(]*\)$|^[^`]+`$/.test(token.text) && token.text.length > 1 && !token.text.includes('$(')) {
      out.at(-1)!.push({ text: token.text.slice(0, -1), offset: token.offset });
      out.push([]);
      outer = undefined;
      continue;
    }
    if (COMMAND_SEPARATORS.has(token.text)) {
      out.push([]);
      outer = undefined;
    } else if (token.text.length > 1 && token.text.endsWith(';')) {
      out.at(-1)!.push({ text: token.text.slice(0, -1), offset: token.offset });
      out.push([]);
    } else out.at(-1)!.push(token);
  }
  return out.filter((c) => c.length > 0);
}

/** The Hugging Face CLI's commands that write to a repo (`hf upload`, `huggingface-cli upload-large-folder`, `hf repo create`). */
const HF_WRITE_COMMAND = /^(?:upload|upload-large-folder|repo)$/;
const HF_CLI = /(^|\/)(?:huggingface-cli|hf)$/;

/**
 * The variables a script uses only as the Hub repo of an upload or of a repo that is no model: `huggingface-cli upload
 * --repo-type space --private $LM_EVAL_REPO_ID $filepath` (huggingface/open-r1 slurm/evaluate.slurm), `hf download
 * $DATA_REPO_ID --repo-type dataset`. A `*_REPO_ID` set there is where results go or data comes from, not a model the
 * script uses; one also used by any other command is left to the other rules.
 */
export function hubOutputNames(tokens: Token[]): Set<string> {
  const output = new Set<string>();
  const other = new Set<string>();
  for (const command of commands(tokens)) {
    // (`if huggingface-cli upload ...; then`: the keyword before the program is no program.)
    const first = command.findIndex((t) => !/^[A-Za-z_]\w*=/.test(t.text) && !/^(?:if|then|else|elif|do|while|until|!|time)$/.test(t.text));
    const writes = first >= 0 && HF_CLI.test(command[first]!.text) && HF_WRITE_COMMAND.test(command[first + 1]?.text ?? '');
    const typed = command.findIndex((t) => t.text.startsWith('--repo-type'));
    const type = typed < 0 ? '' : command[typed]!.text.includes('=') ? command[typed]!.text.split('=')[1]! : (command[typed + 1]?.text ?? '');
    const into = writes || /^(?:dataset|space)s?$/.test(type) ? output : other;
    for (const t of command) if (t.text.includes('$')) for (const m of t.text.matchAll(/\$\{?([A-Za-z_]\w*)/g)) into.add(m[1]!);
  }
  for (const name of other) output.delete(name);
  return output;
}

/**
 * `written`: folders written elsewhere in the same file or notebook (writtenFolders of its other cells), beside those
 * these tokens' own commands write.
 */
export function modelsInArgs(tokens: Token[], lookup?: VariableLookup, written?: ReadonlySet<string>): ArgModel[] {
  const expanded = expandScripts(tokens);
  const own = writtenFolders(expanded);
  const folders = written?.size ? new Set([...own, ...written]) : own;
  // Where steps write folders, a command's finding depends on them as well as on its words: each is read afresh.
  const remembers = folders.size === 0;
  const found: ArgModel[] = [];
  const list = commands(expanded);
  // What each command writes, for writtenByOthers (only where some step writes a folder).
  const writes = remembers ? [] : list.map((command) => writtenFolders(command));
  for (const [at, command] of list.entries()) {
    // A command already read and found to name nothing names nothing again (kserve's install scripts repeat their
    // manifests' lines by the thousand, CI files their steps): a third of the rule chain's time on the real corpus.
    const key = remembers ? idleKey(command) : undefined;
    if (key !== undefined && idleCommands.has(key)) continue;
    const models = modelsInCommand(command, lookup, remembers ? folders : writtenByOthers(at, folders, written, writes));
    if (models.length) for (const model of models) found.push(model);
    else if (key !== undefined) rememberIdle(key);
  }
  return found;
}

/**
 * The folders other steps wrote, as a command sees them: `train.py --checkpoint ./checkpoints --save ./checkpoints`
 * resumes from where it writes (its own output, not a model another step made), so a folder only this command writes
 * is left out; one another command of the file (or `written`, the notebook's other cells) writes too stays.
 */
function writtenByOthers(
  at: number,
  folders: ReadonlySet<string>,
  written: ReadonlySet<string> | undefined,
  writes: ReadonlySet<string>[],
): ReadonlySet<string> {
  const own = writes[at]!;
  if (!own.size) return folders;
  const byOthers = (folder: string) => written?.has(folder) || writes.some((w, i) => i !== at && w.has(folder));
  return new Set([...folders].filter((f) => !own.has(f) || byOthers(f)));
}

/**
 * The commands whose words named no model, by their words. The rule chain reads a command's words only (their offsets
 * are copied into what it finds), and the variable lookup only for a word holding `$` or `{{`, so a command without
 * either names what any other command of the same words names. Kept across files, cleared past a budget of characters.
 */
const idleCommands = new Set<string>();
let idleChars = 0;
const IDLE_CHARS_MAX = 1 << 20;
/** Longer commands are seldom repeated and would fill the set. */
const IDLE_KEY_MAX = 512;

/** The command's words joined, or undefined when the lookup may read one (`$`, `{{`) or the command is long. */
function idleKey(command: Token[]): string | undefined {
  let length = 0;
  for (const t of command) {
    length += t.text.length + 1;
    if (length > IDLE_KEY_MAX || t.text.includes('$') || t.text.includes('{{')) return undefined;
  }
  // (Joined with a first empty word, so even a one-word command's key is a new string, never a slice holding the file's text.)
  return ['', ...command.map((t) => t.text)].join('\0');
}

function rememberIdle(key: string): void {
  if (idleChars + key.length > IDLE_CHARS_MAX) {
    idleCommands.clear();
    idleChars = 0;
  }
  idleCommands.add(key);
  idleChars += key.length;
}

/** Where a step writes a model: a trainer's or merger's `--output_dir`, a download's `--local-dir`. */
const WRITES_FOLDER_FLAG = /^--(?:(?:output|out|save)(?:[-_]?(?:dir|path|folder))?|local[-_]dir)$/;
/** A folder as two steps write it: `./merged-sft/` and `merged-sft` are one folder. */
const folderKey = (path: string) => path.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');

/**
 * The folders a script's (or a notebook's) steps write: `--output_dir merged-pt/` (MedicalGPT's notebooks merge each
 * stage's LoRA into a folder the next stage trains from), `--local-dir Qwen2.5-0.5B`. A later step's model flag given one
 * of them bare (`--model_name_or_path merged-pt`) loads that written model. Not a variable (the user's).
 */
export function writtenFolders(tokens: Token[]): Set<string> {
  const folders = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text === 'clone') {
      const cloned = clonedFolder(tokens, i);
      if (cloned) folders.add(cloned);
      continue;
    }
    if (!tokens[i]!.text.startsWith('--')) continue;
    const { flag, value } = flagAt(tokens, i);
    const text = value?.text;
    if (WRITES_FOLDER_FLAG.test(flag) && text && !text.startsWith('-') && !/[$`{}<>\s]/.test(text) && folderKey(text)) folders.add(folderKey(text));
  }
  return folders;
}

/** A model repository's git remote on the Hub or ModelScope (not a dataset's or a Space's): group 1, the repository's name. */
const MODEL_REPO_REMOTE =
  /^https?:\/\/(?:huggingface\.co|hf\.co|(?:www\.)?modelscope\.cn)\/(?:models\/)?(?!datasets\/|spaces\/)[\w.-]+\/([\w.-]+?)(?:\.git)?\/?$/;
/** git clone's options that take a value when not written `--flag=value`. */
const CLONE_VALUE_FLAGS = new Set(['--depth', '-b', '--branch', '-o', '--origin', '-c', '--config', '-j', '--jobs']);
/** Words that end a command. */
const COMMAND_END = new Set([';', '&&', '||', '|', '&']);
/**
 * `git clone https://huggingface.co/elinas/llama-7b-hf-transformers-4.29` (ymcui/Chinese-LLaMA-Alpaca's Colab notebook,
 * whose next cell runs `gradio_demo.py --base_model llama-7b-hf-transformers-4.29`): a clone of a model repository writes
 * the folder named for it, or the one given after the remote. `i`: the `clone` word.
 */
function clonedFolder(tokens: Token[], i: number): string | undefined {
  const git = (t: Token | undefined) => !!t && /(?:^|[!/])git$/.test(t.text);
  if (!git(tokens[i - 1]) && !(tokens[i - 1]?.text === 'lfs' && git(tokens[i - 2]))) return undefined;
  let j = i + 1;
  for (; j < tokens.length && tokens[j]!.text.startsWith('-'); j++) if (CLONE_VALUE_FLAGS.has(tokens[j]!.text)) j++;
  const name = tokens[j] && MODEL_REPO_REMOTE.exec(tokens[j]!.text)?.[1];
  if (!name) return undefined;
  const into = tokens[j + 1];
  if (into && !COMMAND_END.has(into.text) && !into.text.startsWith('-')) return /[$`{}<>\s]/.test(into.text) ? undefined : folderKey(into.text) || undefined;
  return name;
}

/** The `--flag=value` or `--flag value` at `tokens[i]`: the flag, its value (offset kept), and whether that is the next word. */
function flagAt(tokens: Token[], i: number): { flag: string; value: Token | undefined; valueIsNext: boolean } {
  const token = tokens[i]!;
  const eq = token.text.indexOf('=');
  return eq < 0
    ? { flag: token.text, value: tokens[i + 1], valueIsNext: true }
    : { flag: token.text.slice(0, eq), value: { text: token.text.slice(eq + 1), offset: token.offset + eq + 1 }, valueIsNext: false };
}

/**
 * `--model data/models/Qwen2.5-7B-Instruct --served-model-name Qwen2.5-7B-Instruct`: an alias that is the
 * served model's own name (the last part of its path or id, case ignored) names that model, so it is
 * reported there too; any other alias (`chat`, `my-bot`) is a name only, never a model.
 */
function aliasOfServedModel(raw: Token[], served: ArgModel[]): ArgModel[] {
  if (served.length === 0) return [];
  const at = raw.findIndex((t) => /^--served[-_]model[-_]name(=|$)/.test(t.text));
  if (at < 0) return [];
  const eq = raw[at]!.text.indexOf('=');
  const alias = eq >= 0 ? { text: raw[at]!.text.slice(eq + 1), offset: raw[at]!.offset + eq + 1 } : raw[at + 1];
  if (!alias || alias.text.startsWith('-')) return [];
  const own = served.find((m) => isOwnServedName(m.id, alias.text));
  return own ? [{ ...own, offset: alias.offset }] : [];
}

/**
 * `go run main.go -model "amazon.nova-lite-v1:0"`: Go's `flag` package reads a long flag with one dash as with two, so
 * in a `go run` command `-model` is `--model` (written with two dashes, from one place earlier, the value keeps its offset).
 */
function goRunFlags(raw: Token[]): Token[] {
  const go = raw.findIndex((t) => !/^[A-Za-z_]\w*=/.test(t.text));
  if (go < 0 || raw[go]!.text !== 'go' || raw[go + 1]?.text !== 'run') return raw;
  return raw.map((t, i) => (i > go + 1 && GO_LONG_FLAG.test(t.text) ? { text: `-${t.text}`, offset: t.offset - 1 } : t));
}
/**
 * Hydra's overrides naming a Hub id (`++model_dir='iic/SenseVoiceSmall'`: add or force a config key,
 * https://hydra.cc/docs/advanced/override_grammar/basic/), as FunASR's `sensevoice2jsonl` and `train_ds.py` take them:
 * read as the flag of that key (`--model_dir=iic/SenseVoiceSmall`), which the model-flag rules then weigh. The value's own
 * quotes go with the prefix.
 */
function hydraOverrides(raw: Token[]): Token[] {
  if (!raw.some((t) => t.text.charCodeAt(0) === 43 /* + */)) return raw;
  return raw.map((t) => {
    // (A Hub id only: a short name in a library's slot, `++vad_model="fsmn-vad"`, is library-slots'; a folder,
    // `++model="./model_dir"` in FunASR's README, is as often the placeholder of a run's own output.)
    const m = /^\+\+?([A-Za-z_][\w.-]*)=(["']?)([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*)\2$/.exec(t.text);
    return m ? { text: `--${m[1]}=${m[3]}`, offset: t.offset + t.text.length - (m[2] ? 1 : 0) - m[3]!.length - 3 - m[1]!.length } : t;
  });
}
/** A Go program's long flag written with one dash (`-model`, `-model=X`); `-m` alone may be anything. */
const GO_LONG_FLAG = /^-[A-Za-z][\w-]+(?:=|$)/;

/** A shell, or a program that hands its `-c` text to one (`su user -c "..."`, `runuser`, `flock`). */
const SHELL_PROGRAM = /(^|\/)(sh|bash|zsh|dash|ash|ksh|su|runuser|flock)$/;

/**
 * `sh -c "ollama serve & sleep 1 && ollama pull mistral"`: the quoted script is commands too. Only a
 * shell's `-c` (`bash -l -c "..."` too): elsewhere `-c` takes text (`llm embed -c 'some content' -m X`).
 */
function expandScripts(tokens: Token[]): Token[] {
  const script = (i: number) => tokens[i - 1]?.text === '-c' && /\s/.test(tokens[i]!.text) && ranByShell(tokens, i - 1);
  if (!tokens.some((_, i) => script(i))) return tokens;
  return tokens.flatMap((t, i) => (script(i) ? [{ text: ';', offset: t.offset }, ...tokenize(t.text, t.offset), { text: ';', offset: t.offset }] : [t]));
}

/** A word before a `-c` (options and `su`'s user skipped, up to the command's start) is a shell. */
function ranByShell(tokens: Token[], flag: number): boolean {
  for (let j = flag - 1; j >= 0 && j >= flag - 3; j--) {
    const text = tokens[j]!.text;
    if (text === ';' || COMMAND_SEPARATORS.has(text)) return false;
    if (SHELL_PROGRAM.test(text)) return true;
  }
  return false;
}

/**
 * The program of the table a command runs, when it has flags of its own: named as a word or a
 * path (`tabby`, `./tabby`, `.\tabby.exe`, `/opt/tabby/bin/tabby`), by the container image that
 * runs it (`docker run ... tabbyml/tabby serve`), or by a flag only it takes (`--chat-model X`
 * quoted alone in a hint).
 */
function programOf(raw: Token[]): ModelProgram | undefined {
  const tables = (programTables ??= programTablesOf());
  const { byWord, flagOwners } = tables;
  for (const t of raw) {
    if (t.text.startsWith('-') || t.text.includes('=')) continue;
    // Each short word is looked up once (scripts repeat `echo`, `fi`, `$VAR`): a shell script of 400 KB is 60,000 words.
    // A longer one is a slice of the file's text in V8 (13 characters or more), which the map would keep alive.
    let named = t.text.length < KEPT_WORD_MAX ? byWord.get(t.text) : undefined;
    if (named === undefined) {
      named = namedProgram(tables, t.text) ?? null;
      if (t.text.length < KEPT_WORD_MAX) {
        if (byWord.size >= 10_000) byWord.clear();
        byWord.set(t.text, named);
      }
    }
    if (named) return named;
  }
  // The programs whose own flags the command passes (not a model flag every program takes): one, or none.
  let owner: ModelProgram | undefined;
  for (const t of raw) {
    if (!t.text.startsWith('--')) continue;
    const eq = t.text.indexOf('=');
    const flag = eq < 0 ? t.text : t.text.slice(0, eq);
    const owners = flagOwners.get(flag);
    if (!owners || isModelFlag(flag)) continue;
    for (const p of owners) {
      if (owner && owner !== p) return undefined;
      owner = p;
    }
  }
  return owner;
}

/**
 * The program of the table a word names, as a program's name (a path's last part, `.exe` aside) or its container image:
 * the table's first that does either (looked up by name and by image, not searched: a long word is not kept in byWord).
 */
function namedProgram(tables: ProgramTables, text: string): ModelProgram | undefined {
  const path = text.replace(/\\/g, '/');
  const byName = tables.byName.get(programName(path)) ?? Infinity;
  const byImage = tables.byImage.get(withoutRegistryHost(path.replace(/[:@][\w.-]+$/, '')).toLowerCase()) ?? Infinity;
  return tables.programs[Math.min(byName, byImage)];
}

/** Words shorter than this are copies, not slices of the text they were cut from (V8's SlicedString::kMinLength). */
const KEPT_WORD_MAX = 13;

/** programOf's tables, built on first use (MODEL_PROGRAMS is defined below): a word's program, and each own flag's programs. */
interface ProgramTables {
  programs: readonly ModelProgram[];
  /** The index in `programs` of the first program of each name, and of the first run by each image. */
  byName: Map<string, number>;
  byImage: Map<string, number>;
  byWord: Map<string, ModelProgram | null>;
  flagOwners: Map<string, ModelProgram[]>;
}
let programTables: ProgramTables | undefined;
function programTablesOf(): ProgramTables {
  const programs = MODEL_PROGRAMS.filter((p) => p.flags || p.images);
  const flagOwners = new Map<string, ModelProgram[]>();
  for (const p of programs) if (!p.sharedFlags) for (const flag of new Set(p.flags ?? [])) flagOwners.set(flag, [...(flagOwners.get(flag) ?? []), p]);
  const byName = new Map<string, number>();
  const byImage = new Map<string, number>();
  programs.forEach((p, i) => {
    if (!byName.has(p.name)) byName.set(p.name, i);
    for (const image of p.images ?? []) if (!byImage.has(image)) byImage.set(image, i);
  });
  return { programs, byName, byImage, byWord: new Map(), flagOwners };
}

/** The program a command word runs (`./tabby`, `.\\tabby.exe`, `/opt/bin/mistralrs` -> its name). */
const programName = (word: string) =>
  word
    .replace(/\\/g, '/')
    .split('/')
    .pop()!
    .replace(/\.exe$/i, '');

/**
 * `registry.example.com/org/image` -> `org/image`: a first segment with a dot or colon is a registry's
 * host. What `/^[^/]*[.:][^/]*\//` removed, in one pass: that regex backtracked over every dot of a
 * long token without a slash (a 1.7 MB install script of manifests: 17% of its 290 ms).
 */
function withoutRegistryHost(image: string): string {
  const slash = image.indexOf('/');
  return slash > 0 && /[.:]/.test(image.slice(0, slash)) ? image.slice(slash + 1) : image;
}

/**
 * LLaVA's `--pretrain_mm_mlp_adapter` given the projector file inside a Hub repo, `<org>/<name>/mm_projector.bin` (not a
 * path on disk: DAMO-NLP-SG/VideoLLaMA2's fine-tune scripts, whose builder strips the file and downloads the repo): that repo.
 */
function projectorRepo(flag: string, token: Token): ArgModel | undefined {
  if (flag !== '--pretrain_mm_mlp_adapter') return undefined;
  const repo = /^([A-Za-z0-9][\w-]*\/[A-Za-z0-9][\w.-]*)\/mm_projector\.bin$/.exec(token.text)?.[1];
  return repo && looksLikeHubId(repo) ? { id: repo, source: 'huggingface', offset: token.offset } : undefined;
}

/**
 * A model flag's value: a Hub id or a path, else a bare name the program fetches from its
 * publisher's registry (`tabby serve --model StarCoder-1B` -> TabbyML/StarCoder-1B).
 */
function flagValue(token: Token, program: ModelProgram | undefined, stripQuant = false): ArgModel | undefined {
  // `aider --model openrouter/qwen/qwen-2.5-coder-32b-instruct`: a LiteLLM route, not a folder of three parts.
  if (program?.litellm && token.text.includes('/') && !/^(\/|~\/|\.{1,2}\/)/.test(token.text)) {
    // The program takes LiteLLM's names, so any LiteLLM prefix is one: `--model ollama/codestral` is Ollama's tag.
    const lite = litellmModel(token.text, true);
    if (lite && isStandInName(token.text.slice(lite.prefix.length + 1))) return undefined; // `ollama/<model-name>`
    if (lite?.source === 'ollama') return { id: lite.id, source: 'ollama', offset: token.offset + lite.prefix.length + 1 };
    const routed = classify(token.text, '', loadRegistry(), false);
    if (routed) return { ...routed, offset: token.offset };
    if (isXPlaceholder(token.text)) return undefined; // `openrouter/qwen/qwen3-xxx`: no model, nor a folder
  }
  // `--model KobbleTiny-Q4_K.gguf`: a weights file beside the program is a model on disk, whatever its folder.
  const found =
    hubOrLocal(token, stripQuant) ?? (WEIGHT_FILE.test(token.text) ? localPath(token) : undefined) ?? providerNamed(token) ?? taggedOllamaName(token);
  if (found || !program) return found;
  // A program that takes LiteLLM's names resolves a bare one itself (`aider --model o3`: OpenAI's, too short for a table).
  const bare = program.litellm ? litellmBareProvider(token.text) : undefined;
  if (bare) return { id: `${bare}/${token.text}`, source: 'api', offset: token.offset };
  // A library's CLI given one of the library's short names (`whisper audio.flac --model turbo`, openai-whisper's CLI): the Hub
  // repository providers.yaml `library_names` maps the name to, as the library's own call with it is read.
  const short = program.library ? libraryModel(program.library, token.text) : undefined;
  if (short) return { id: short, source: 'huggingface', offset: token.offset };
  // The program's own server answers to the name, whatever hosted API spells a model the same way (`Qwen3-ASR-1.7B`).
  if (program.servedNames)
    return isNameShaped(token.text) && !PLACEHOLDER_NAME.test(token.text) ? { id: contextOnlyId(token.text), source: 'api', offset: token.offset } : undefined;
  const organisation = programRegistryOrganisation(program.name);
  return organisation && /^[A-Za-z][\w.-]*[A-Za-z0-9]$/.test(token.text) && /[\d-]/.test(token.text)
    ? { id: `${organisation}/${token.text}`, source: 'huggingface', offset: token.offset }
    : undefined;
}

/**
 * A bare name a hosted provider publishes (`gpt-4o`, `claude-3.5-haiku`, `qwen-max`: providers.yaml `naming`),
 * given to a model flag or as an argument: `llm -m gemini-2.5-flash`, `tool --model gpt-4o`, `llm models default gpt-4o`.
 */
function providerNamed(token: Token): ArgModel | undefined {
  // Providers publish lower-case names; `Qwen2.5-Coder-32B-Instruct-4bit` is an open-weight repo's name, served or downloaded.
  // (MiniMax spells its API's names with capitals, `MiniMax-M2.7`: providers.yaml `published_case`.)
  if (!BARE_NAME.test(token.text) || (token.text !== token.text.toLowerCase() && !spelledAsPublished(token.text))) return undefined;
  // A weights file named after the model it holds is that file (`qwen2.5-coder-7b-instruct-q5_k_m.gguf`), no API's name.
  if (WEIGHT_FILE.test(token.text)) return undefined;
  const provider = providerForName(token.text);
  return provider ? { id: apiModelId(provider, token.text), source: 'api', offset: token.offset } : undefined;
}

/**
 * An Ollama library name with its tag (`llm -m llama3.2:latest`, `codex --oss -m gpt-oss:120b`): only Ollama spells a
 * model `<library name>:<tag>`, so whatever program takes it, the model is the Ollama tag (a client of Ollama's server).
 */
function taggedOllamaName(token: Token): ArgModel | undefined {
  if (!OLLAMA_TAGGED.test(token.text) || !isOllamaLibraryName(token.text)) return undefined;
  const model = classifyOllamaName(token.text);
  return model?.source === 'ollama' ? { ...model, offset: token.offset } : undefined;
}

/**
 * An Ollama tag under a user's namespace with its tag (`adrienbrault/nous-hermes2theta-llama3-8b:f16`, HKUDS/MiniRAG's
 * `minirag-server --llm-model`): a Hub id never carries a `:tag`, so only Ollama's registry names a model so.
 */
function namespacedOllamaTag(token: Token): ArgModel | undefined {
  if (!/^[a-z0-9][\w.-]*\/[\w.-]+:[\w.-]+$/i.test(token.text) || PLACEHOLDER_NAME.test(token.text)) return undefined;
  const tag = classifyOllamaName(token.text);
  return tag?.source === 'ollama' ? { id: tag.id, source: 'ollama', offset: token.offset } : undefined;
}

/** A program's flag taking its whole config (`--config`, `--config-json`, `--settings`), here written inline as JSON. */
const INLINE_CONFIG_FLAG = /^--(?:config(?:[-_]json)?|settings)$/;
/** A model key of an inline JSON config and its value (`"default_model": "kimi-for-coding"`, `"model": "gpt-4o"`). */
const INLINE_CONFIG_MODEL = /"(?:(?:default|llm|chat)_)?model"\s*:\s*"([^"\s]+)"/g;
/** A Hub id, or a name a provider publishes, given as an inline config's model. */
const inlineConfigModel = (token: Token): ArgModel | undefined => hub(token) ?? publishedName(token);
/** A bare name a provider publishes (`claude-sonnet-4-5`, `gemini-3-pro`), as that provider's model; any other word, none. */
const publishedName = (token: Token): ArgModel | undefined => (providerForName(token.text) ? namedModel(token) : undefined);
/**
 * A bare name given to a model-named flag: a provider's published name (`deepseek-chat`), else a name an OpenAI-style
 * server answers to. Sent to OpenAI's API or a server standing in for it (`openAIOnly`), only OpenAI's own names are
 * OpenAI's: any other is the name that server answers to.
 */
function namedModel(token: Token, openAIOnly = false): ArgModel | undefined {
  if (!BARE_NAME.test(token.text) || PLACEHOLDER_NAME.test(token.text)) return undefined;
  const found = providerForName(token.text);
  const provider = found && (!openAIOnly || found.id === 'openai') ? found : undefined;
  return { id: provider ? apiModelId(provider, token.text) : `openai-compatible/${token.text}`, source: 'api', offset: token.offset };
}

/**
 * The flags that point a client at an OpenAI-compatible server by URL: vLLM's and SGLang's serving benchmarks
 * (`benchmark_serving.py --backend openai --base-url http://host --model <served name> --tokenizer <Hub id>`,
 * https://github.com/vllm-project/vllm/tree/main/benchmarks), smoke tests and load generators, and evaluation and
 * load-test CLIs that take the endpoint whole (EvalScope's `evalscope perf --url http://127.0.0.1:8000/v1/chat/completions
 * --model qwen2.5`, `evalscope eval --api-url http://127.0.0.1:8801/v1 --model Qwen2.5-72B-Instruct`,
 * https://evalscope.readthedocs.io/en/latest/user_guides/stress_test/parameters.html).
 */
const SERVER_URL_FLAG = /^--(?:base[-_]url|api[-_]base|openai[-_]api[-_]base|api[-_]url|url)$/;
/** The client's flag naming the served model. */
const CLIENT_MODEL_FLAGS = new Set(['--model']);
/**
 * A client given its API's key or base URL by flags of its own (`--responses_api_api_key "$OPENAI_API_KEY"`,
 * `--responses_api_base_url "https://router.huggingface.co/v1"`, `--api-key`, `--openai_base_url`): huggingface/speech-to-speech's
 * `speech-to-speech serve --llm_backend responses-api --model_name gpt-4o-mini --responses_api_api_key ...` (its README).
 */
const API_CLIENT_FLAG = /^--(?:[a-z0-9]+[-_]){0,3}(?:api[-_]key|base[-_]url|api[-_]base)$/i;
/** Whether a command gives a client its API key or base URL (API_CLIENT_FLAG), and the base URL when one is written. */
function apiClientSettings(raw: Token[]): { url?: string } | undefined {
  let client: { url?: string } | undefined;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!.text;
    if (!t.startsWith('--')) continue; // (API_CLIENT_FLAG's first characters, before a slice per word)
    const eq = t.indexOf('=');
    const flag = eq < 0 ? t : t.slice(0, eq);
    if (!API_CLIENT_FLAG.test(flag)) continue;
    client ??= {};
    const value = (eq < 0 ? (raw[i + 1]?.text ?? '') : t.slice(eq + 1)).replace(/^["']|["']$/g, '');
    if (/^https?:\/\/\S/.test(value)) client.url ??= value;
  }
  return client;
}
/** A Hub id with the router's provider or policy after a colon (`openai/gpt-oss-20b:groq`, `Qwen/Qwen3.5-9B:together`). */
const ROUTED_HUB_ID = /^[\w.-]+\/[\w.-]+:[a-z][\w-]*$/;

/** Whether a command gives a server's URL to a base-URL flag (`--base-url=http://kubeai/openai`, `--base-url http://localhost:8000`). */
function pointsAtServer(raw: Token[]): boolean {
  return raw.some((t, i) => {
    const eq = t.text.indexOf('=');
    if (!t.text.startsWith('--')) return false; // (SERVER_URL_FLAG's first characters, before a slice per word)
    const flag = eq < 0 ? t.text : t.text.slice(0, eq);
    if (!SERVER_URL_FLAG.test(flag)) return false;
    const value = eq < 0 ? (raw[i + 1]?.text ?? '') : t.text.slice(eq + 1);
    return /^["']?https?:\/\/\S/.test(value);
  });
}

/** Programs that download a URL. */
const DOWNLOADER = /(^|\/)(wget|curl)$/;
/** A Python script a command runs (`demo/inference_on_a_image.py`). */
const PYTHON_SCRIPT = /^[\w.\/~-]+\.py$/;
/** A file only weights are kept in, with its folder or alone (not `.pt` or `.bin`, which hold any tensors or data). */
const SCRIPT_WEIGHTS_ARG = /^[\w.\/~-]+\.(?:safetensors|pth|ckpt)$/i;
/** A bare config key naming weights (`pretrained_path`, `vision_ckpt_path`, `model.pretrained`, `MODEL.WEIGHTS`). */
const BARE_WEIGHTS_KEY = /^(?:[A-Za-z]\w*\.)*(?:pretrained(?:_path)?|(?:\w+_)?(?:ckpt|checkpoint|weights?)(?:_path|_file)?)$/i;
/** A checkpoint named for a run's moment, not a model (`best.pth`, `last.ckpt`, `epoch_10.pth`, `checkpoint-100.pth`). */
const RUN_WEIGHTS_NAME = /^(?:best|last|latest|final|checkpoints?|ckpt|epoch|step|iter)(?:[-_.]?\w{0,8})?\.\w+$/i;
/**
 * An archive downloaded from a models folder (`wget https://d3dg1063dc54p9.cloudfront.net/models/embeddings/mpnet-base-v2.zip`,
 * DocsGPT's Dockerfile), or from a release of models (sherpa-onnx publishes its models as the assets of releases
 * tagged `asr-models`, `tts-models`, `kws-models`, ...: `wget https://github.com/k2-fsa/sherpa-onnx/releases/download/
 * asr-models/sherpa-onnx-paraformer-zh-2023-09-14.tar.bz2`, FunAudioLLM/CosyVoice's compute_wer.sh; https://k2-fsa.github.io/sherpa/onnx/pretrained_models/index.html),
 * or from a host named for models (`wget https://models.mistralcdn.com/mistral-nemo-2407/mistral-nemo-instruct-2407.tar`,
 * mistralai/mistral-inference's README):
 * the model the project unpacks and loads, a local model named by its file.
 */
const MODEL_ARCHIVE_URL =
  /^https?:\/\/(?:(?:[\w]+[-_])?models?\.[^\s/]+\/|[^\s/]+\/(?:[^\s?#]*\/)?(?:[\w]+[-_])?models?\/)(?:[^\s?#]*\/)?([\w.+-]+\.(?:zip|tar\.gz|tgz|tar|tar\.xz|tar\.bz2|tbz2|7z))(?:[?#]\S*)?$/i;

/**
 * A weights file downloaded by its URL from a host that is no model hub (`wget https://dl.fbaipublicfiles.com/imagebind/
 * imagebind_huge.pth`, HKUDS/VideoRAG's README; `wget https://download.pytorch.org/models/densenet161-8d451a50.pth`): the
 * model the project then loads, a local model named by its file. Only formats that hold weights alone (not `.pt`, which
 * `torch.save` writes for any data: CosyVoice's `spk2info.pt`, nor `.bin`), and not a checkpoint's conventional name
 * (`model.safetensors`); a Hub's URL is the hub-url reader's (the repo).
 */
// (A Space's file is no model repo's, so the hub-url reader names none: `wget https://huggingface.co/spaces/xinyu1205/Tag2Text/
// resolve/main/tag2text_swin_14m.pth`, the Tag2Text captioner OpenGVLab/Ask-Anything's video demos download from the Space
// that hosts it, is a weights file downloaded by its URL as any other host's.)
const WEIGHTS_FILE_URL =
  /^https?:\/\/(?![^\s/]*\b(?:(?:huggingface\.co|hf\.co|hf-mirror\.com)\/(?!spaces\/)|modelscope\.cn\/|modelscope\.ai\/))[^\s/]+\/(?:[^\s?#]*\/)?([\w.+-]+\.(?:safetensors|pth(?:\.tar)?|onnx|gguf|ckpt))(?:[?#]\S*)?$/i;

/**
 * A folder of weights fetched whole by a recursive download (`wget -r --no-parent https://the-eye.eu/public/AI/models/
 * GPT-NeoX-20B/slim_weights/ -P 20B_checkpoints`, EleutherAI/gpt-neox's README): a folder URL below a models folder, off
 * the hubs (whose URLs the hub-url reader takes): the model the project then loads, a local model named by its URL.
 */
const MODEL_FOLDER_URL =
  /^https?:\/\/(?![^\s/]*\b(?:huggingface\.co|hf\.co|hf-mirror\.com|modelscope\.cn|modelscope\.ai)\/)[^\s/]+\/(?:[^\s?#]*\/)?models?\/[^\s?#]+\/$/i;
/** wget's options for a recursive download (`-r`, `--recursive`, `-m`, `--mirror`). */
const RECURSIVE_FLAG = /^(?:-r|--recursive|-m|--mirror)$/;

/**
 * Such an archive named for data (`wget http://bj.bcebos.com/wenxin-models/data_distillation_demo_data.tgz`, the demo
 * data PaddlePaddle/ERNIE keeps in its `wenxin-models` bucket beside the models; `public_data/text_matching_data.tar.gz`):
 * a data set, not a model.
 */
const DATA_ARCHIVE = /(?:^|[-_.])(?:data|dataset|datasets|corpus|corpora)(?:[-_.]|$)/i;

/** A shell running a script: `bash scripts/video/demo/video_demo.sh`, `sh run.sh`. */
const SHELL_RUNNER = /^(?:ba|z)?sh$/;
/** A release's size in billions among a name's parts (`LLaVA-NeXT-Video-7B-DPO`, `llava-v1.6-vicuna-7b`, `Qwen2.5-0.5B`). */
const SIZED_RELEASE = /(?:^|[-_.])\d+(?:\.\d+)?[bB](?:[-_.]|$)/;
/**
 * A project's launcher given its model positionally: LLaVA-VL/LLaVA-NeXT's docs, `bash scripts/video/demo/video_demo.sh
 * lmms-lab/LLaVA-NeXT-Video-7B-DPO vicuna_v1 32 2 average no_token True video.mp4` (the script's `CKPT=$1`, given to
 * `--model-path`), `bash scripts/eval/video_detail_description_eval_shard.sh liuhaotian/llava-v1.6-vicuna-7b ...`. Only a
 * Hub id whose name holds a release's size in billions: a script's positional words are as often a dataset's repo, a
 * template's name or a count, and a size is what model names carry and dataset names seldom do. Not a flag's value.
 */
function launcherPositionalModels(raw: Token[], tokens: Token[], found: ArgModel[]): ArgModel[] {
  const run = raw.findIndex((t, i) => SHELL_RUNNER.test(t.text) && /\.sh$/.test(raw[i + 1]?.text ?? ''));
  if (run < 0) return [];
  const models: ArgModel[] = [];
  for (let j = run + 2; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.text.startsWith('-') || raw[j - 1]!.text.startsWith('-')) continue;
    const model = hub(t);
    if (!model || !SIZED_RELEASE.test(model.id.slice(model.id.indexOf('/') + 1)) || found.some((f) => f.offset === model.offset)) continue;
    models.push(model);
  }
  return models;
}

function modelsInCommand(given: Token[], lookup?: VariableLookup, written?: ReadonlySet<string>): ArgModel[] {
  const raw = hydraOverrides(goRunFlags(given));
  const tokens = raw.map((t) => resolveToken(t, lookup));
  const found: ArgModel[] = [];
  const program = programOf(raw);
  // A program or script named for datasets (`lerobot-edit-dataset --repo_id lerobot/pusht`, `python
  // push_dataset_to_hub.py --repo-id org/x`, huggingface/lerobot's docs/source/using_dataset_tools.mdx) takes the dataset
  // it edits or pushes by its repo id: no model. (Its words before the first option, asked once.)
  let datasetProgram: boolean | undefined;
  const namesDatasetProgram = () => {
    if (datasetProgram === undefined) {
      const firstOption = raw.findIndex((t) => t.text.startsWith('-'));
      datasetProgram = raw.slice(0, firstOption < 0 ? raw.length : firstOption).some((t) => !t.text.includes('=') && /dataset/i.test(t.text));
    }
    return datasetProgram;
  };
  const isFlag = (flag: string) => (isModelFlag(flag) || !!program?.flags?.includes(flag)) && !(/^--repo[-_]id$/.test(flag) && namesDatasetProgram());
  let revision: string | undefined;
  const push = (model: ArgModel | undefined) => model && found.push(model);
  // `az cognitiveservices account deployment create`: Azure OpenAI's deployment of a catalogue model.
  const azureDeployment = () =>
    raw[firstCommandWord]?.text === 'az' && raw.some((t) => t.text === 'cognitiveservices') && raw.some((t) => t.text === 'deployment');
  const programAt = (i: number, name: RegExp) => name.test(raw[i]?.text ?? '');
  // The word at `i` is the container `docker exec` / `kubectl exec` runs in (only its flags between): a name, no program.
  const containerNamed = (i: number) => {
    let j = i - 1;
    while (j > 0 && raw[j]!.text.startsWith('-')) j--;
    return raw[j]?.text === 'exec';
  };
  // lmdeploy's commands that load a model, given as their first positional argument:
  // `lmdeploy chat X`, `lmdeploy serve api_server X`, `lmdeploy lite auto_awq|auto_gptq|calibrate|smooth_quant X`, and
  // `lmdeploy serve gradio X` (its Gradio UI loads X itself; given a server's URL instead, `lmdeploy serve gradio
  // http://localhost:23333`, it loads nothing and hubOrLocal turns the URL away: lmdeploy/cli/serve.py `gradio`'s
  // model_path_or_server; InternLM/Tutorial docs/L1/Demo/readme.md).
  const isLmdeployModelCommand = (i: number) =>
    (tokens[i]!.text === 'chat' && programAt(i - 1, LMDEPLOY)) ||
    ((tokens[i]!.text === 'api_server' || tokens[i]!.text === 'gradio') && programAt(i - 1, /^serve$/) && programAt(i - 2, LMDEPLOY)) ||
    (LMDEPLOY_LITE.test(tokens[i]!.text) && programAt(i - 1, /^lite$/) && programAt(i - 2, LMDEPLOY));
  // Where the `VAR=value` prefix of the command ends, found once: testing the tokens before and
  // after each token made a long RUN line quadratic (500 KB: over 150 s).
  const isAssignment = (t: Token) => /^[A-Za-z_]\w*=/.test(t.text);
  let firstCommandWord = raw.findIndex((t) => !isAssignment(t));
  if (firstCommandWord < 0) firstCommandWord = raw.length;
  let own: boolean | undefined;
  // Whether the command runs a Python script (asked once, when an option is given a weights file).
  let runsScript: boolean | undefined;
  const downloads = DOWNLOADER.test(raw[firstCommandWord]?.text ?? '');
  // `make evaluate MODEL=deepseek-ai/DeepSeek-R1-Distill-Qwen-32B TASK=aime24`: make's arguments `NAME=value` define the
  // Makefile's variables (https://www.gnu.org/software/make/manual/make.html#Overriding), as a prefix does a command's.
  const makes = MAKE_PROGRAM.test(raw[firstCommandWord]?.text ?? '');
  // Ollama's own CLI (`ollama launch claude --model qwen3.5`), and a command its variables point at an Ollama server
  // (`ANTHROPIC_BASE_URL=http://localhost:11434 claude --model qwen3-coder`, `POOLSIDE_API_KEY=ollama pool -m kimi-k2.6:cloud`):
  // its model flag and model variables take Ollama library tags.
  // A program named for Ollama (`./ollama-bench -model gemma3,gemma3n`, ollama/ollama cmd/bench) is its client too.
  // An agent CLI told its provider is Ollama (`trae-cli run "..." --provider ollama --model qwen3`, `goose session
  // --provider ollama --model qwen2.5`): its model flag names an Ollama tag as well.
  const ollamaCommand =
    programAt(firstCommandWord, /(^|[\/\\])ollama(?:[-_][\w-]+)?(\.exe)?$/) ||
    raw.slice(0, firstCommandWord).some((t) => OLLAMA_SERVER_SETTING.test(t.text)) ||
    namesProvider(raw, firstCommandWord, OLLAMA_PROVIDER, OLLAMA_PROVIDER_FLAG);
  // A client pointed at a server by URL (`benchmark_serving.py --base-url http://kubeai/openai --model X`): its `--model`
  // is the name that server answers to, whichever program sends it.
  // So is an agent or evaluation CLI told its provider is OpenAI's API (tau-bench's `run.py --model Qwen3-Coder
  // --model-provider openai`, with `OPENAI_API_BASE` pointed at a LiteLLM or vLLM server, QwenLM/Qwen3-Coder
  // qwencoder-eval/tool_calling_eval/tau-bench/*.bash): a name OpenAI does not publish is one such a server answers to.
  const openAIClient = !program && namesProvider(raw, firstCommandWord, OPENAI_PROVIDER);
  const client = openAIClient || (!program && pointsAtServer(raw));
  // ms-swift's CLI (`swift sft|infer|export|deploy ...`), asked once a command.
  let swift: boolean | undefined;
  // ms-swift 1.x ran its example scripts before the `swift` CLI (`python llm_sft.py --model_type qwen-7b-chat`, `torchrun
  // ... llm_sft.py --model_type qwen-7b` in examples/pytorch/llm/scripts), and projects that copied them keep that shape
  // (modelscope-agent's examples/llms/finetune_llm): the same `--model_type`, a model of its catalogue.
  const swiftCommand = () =>
    (swift ??=
      (/(^|\/)swift$/.test(raw[firstCommandWord]?.text ?? '') &&
        /^(sft|pt|rlhf|infer|export|deploy|eval|merge-lora|app-ui|web-ui)$/.test(raw[firstCommandWord + 1]?.text ?? '')) ||
      raw.some((t) => SWIFT_V1_SCRIPT.test(t.text)));
  // `vllm serve`, `python -m vllm.entrypoints.openai.api_server`, `python -m sglang.launch_server`: a server that loads weights.
  let serves: boolean | undefined;
  const servesWeights = () =>
    (serves ??=
      raw.some((t, j) => WEIGHTS_SERVER_MODULE.test(t.text) || (t.text === 'serve' && programAt(j - 1, /(^|\/)vllm$/))) &&
      raw.some((t) => /^--served[-_]model[-_]name(=|$)/.test(t.text)));
  const clientModel = (flag: string, value: Token, model: ArgModel | undefined) =>
    model ?? (client && CLIENT_MODEL_FLAGS.has(flag) ? namedModel(value, openAIClient) : undefined);
  // A flag that names the model a step loads, and one that names a checkpoint, adapter or engine folder it loads (as
  // often where a trainer writes: read only as below).
  const namesModel = (flag: string) => isFlag(flag) || isNamedModelFlag(flag) || LOAD_FROM_FLAG.test(flag);
  const loadsWritten = (flag: string) => LOADS_WRITTEN_FLAG.test(flag) && !NOT_MODEL_FLAG.test(flag);
  const envEntryNames = new Map<string, string>();
  // Shared weights linked or copied into the folder a later step loads (`ln -s /root/share/new_models/Shanghai_AI_Laboratory/
  // internlm2-chat-7b /root/models/internlm2-chat-7b`, `cp -r /root/share/new_models/OpenGVLab/InternVL2-2B /root/model/`
  // in InternLM/Tutorial's lessons): each source folder named for a published family's models (familyNamedPath: not
  // `/usr/bin/python3`, not a dataset's folder) is the model fetched, as a download's repo is; the link or copy is
  // where it lands (an output, not read).
  for (const source of linkedOrCopiedSources(raw, tokens, firstCommandWord))
    push({ id: source.text.replace(/(.)\/+$/, '$1'), source: 'local', offset: source.offset });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (token.text.startsWith('--')) {
      const { flag, value, valueIsNext } = flagAt(tokens, i);
      // A folder an earlier step wrote (`--output_dir merged-pt/`), given bare to a later step's model flag
      // (`--model_name_or_path merged-pt`, `--base_model merged-sft`, `--lora_model outputs-sft-v1`): that written model,
      // loaded back. (A path with a `/` is read as a path by the rules below.)
      if (written?.size && value) {
        if (!value.text.includes('/') && namesModel(flag) && written.has(folderKey(value.text)) && !isPlaceholderPath(value.text)) {
          push({ id: value.text, source: 'local', offset: value.offset });
          if (valueIsNext) i++;
          continue;
        }
        // A checkpoint, adapter or engine flag given written folders (`--checkpoint_dir covid/sft,covid/ppo` after
        // `--output_dir covid/sft` and `--output_dir covid/ppo`; `run.py --engine_dir trt_engines/x/fp16/1-gpu` after
        // `build.py --output_dir trt_engines/x/fp16/1-gpu`): each written model, loaded back. Such a flag is as often where
        // a trainer writes, so only a folder another step of the file wrote counts.
        const parts = loadsWritten(flag) ? commaParts(value) : [];
        if (parts.length && parts.every((p) => written.has(folderKey(p.text)) && !isPlaceholderPath(p.text))) {
          for (const p of parts) push({ id: p.text, source: 'local', offset: p.offset });
          if (valueIsNext) i++;
          continue;
        }
      }
      // A trainer's step checkpoint given to a model or checkpoint flag (THUDM/ChatGLM2-6B's ptuning scripts:
      // `--ptuning_checkpoint ./output/$CHECKPOINT/checkpoint-$STEP`, `--model_name_or_path ./output/$CHECKPOINT/checkpoint-$STEP`):
      // transformers' Trainer names the folders it saves `checkpoint-<step>`, so this is a fine-tune loaded back, even
      // where the run that wrote it is another file's. Not a resume (where the same run goes on).
      if (
        value &&
        TRAINER_STEP_FOLDER.test(value.text) &&
        !/resume/i.test(flag) &&
        (namesModel(flag) || loadsWritten(flag)) &&
        !isPlaceholderPath(value.text)
      ) {
        push({ id: value.text.replace(/\/+$/, ''), source: 'local', offset: value.offset });
        if (valueIsNext) i++;
        continue;
      }
      // A pipeline part's bare flag given weights files (COMPONENT_FILE_FLAG): each file, up to the next option.
      if (value && COMPONENT_FILE_FLAG.test(flag) && WEIGHT_FILE.test(value.text) && !isPlaceholderPath(value.text)) {
        push(localPath(value));
        let j = valueIsNext ? i + 2 : i + 1;
        for (; j < tokens.length && !tokens[j]!.text.startsWith('-') && WEIGHT_FILE.test(tokens[j]!.text); j++)
          if (!isPlaceholderPath(tokens[j]!.text)) push(localPath(tokens[j]!));
        i = j - 1;
        continue;
      }
    }
    // A config given inline as JSON (`kimi --config '{"default_model": "kimi-for-coding", "providers": {...}}'`,
    // MoonshotAI/kimi-cli docs/en/configuration/config-files.md): its model keys, as the same keys in a config file.
    if (INLINE_CONFIG_FLAG.test(token.text) && next?.text.startsWith('{')) {
      for (const m of next.text.matchAll(INLINE_CONFIG_MODEL))
        push(inlineConfigModel({ text: m[1]!, offset: next.offset + m.index! + m[0].length - m[1]!.length - 1 }));
      i++;
      continue;
    }
    // A script's own option naming what it loads (`eval_llm.py --load_from ./minimind-3`, mmdetection's `--load-from
    // checkpoints/x.pth`): a Hub id, or a path named like a model (a digit in its last part) or a weights file.
    if (LOAD_FROM_FLAG.test(token.text) && next && !next.text.startsWith('-')) {
      push(hub(next) ?? namedFolder(next) ?? (WEIGHT_FILE.test(next.text) ? localPath(next) : undefined) ?? bareLoadFolder(token.text, next));
      i++;
      continue;
    }
    // GPTQ-for-LLaMa's inference scripts' `--load` (`llama_inference.py ./llama-7b --wbits 4 --load llama7b-4bit-128g.pt`,
    // LianjiaTech/BELLE's models/gptq `bloom_inference.py BELLE-7B-gptq --wbits 8 --load BELLE-7B-gptq/bloom7b-2m-8bit-128g.pt`,
    // FlagAI's `--load .../cpm-3/pytorch_model.pt`): the weights file the script loads. Only a weights file: a folder
    // (Megatron's `--load checkpoints/gpt2`) is where the same run saves as well.
    if (token.text === '--load' && next && WEIGHT_FILE.test(next.text) && !/\.bin$/i.test(next.text)) {
      push(localPath(next) ?? folderWeightsFile(next));
      i++;
      continue;
    }
    if (HUB_CHECKPOINT_FLAG.test(token.text) && next && !next.text.startsWith('-') && hub(next)) {
      push(hub(next));
      i++;
      continue;
    }
    if (token.text.startsWith('--resume')) {
      const { flag, value: written, valueIsNext } = flagAt(tokens, i);
      const value = written && (valueIsNext ? written : resolveToken(written, lookup));
      if (RESUME_PRETRAINED.test(flag) && value && IN_PRETRAINED_FOLDER.test(value.text) && WEIGHT_FILE.test(value.text)) {
        push(localPath(value) ?? weightsFileUnderVariable(value));
        if (valueIsNext) i++;
        continue;
      }
    }
    // A script's path option given a folder kept in the project's pretrained folder and named like a model (`python
    // scripts/vit_add_tome.py --path pretrained_models/TinyLLaVA-3.1B-SigLIP`, X-PLUG/mPLUG-DocOwl's TinyChart README: the
    // downloaded tower it edits before training): that folder, whatever the option is called. Not an output's option, nor
    // a weights file there (`--mlp_path ./pretrained/.../mlp_projector/x.pth`: a projector, part of a model).
    if (next && PATH_OPTION.test(token.text) && !NOT_MODEL_FLAG.test(token.text) && IN_PRETRAINED_FOLDER.test(next.text) && !WEIGHT_FILE.test(next.text)) {
      const folder = namedFolder(next);
      if (folder) {
        push(folder);
        i++;
        continue;
      }
    }
    // vLLM's and SGLang's OpenAI servers load a Hub id or a folder: beside the alias they serve it under
    // (`--served-model-name`), a bare word given to their `--model` / `--model-path` that is no Hub id is no alias but the
    // folder in the working directory (MedicalGPT scripts/vllm_deployment.sh: `python3 -m
    // vllm.entrypoints.openai.api_server --model medical-model --served-model-name doctor`). Alone it may be either.
    if (
      next &&
      SERVER_MODEL_FLAG.test(token.text) &&
      servesWeights() &&
      BARE_FOLDER.test(next.text) &&
      !PLACEHOLDER_NAME.test(next.text) &&
      !parseHubReference(next.text)
    ) {
      push({ id: next.text, source: 'local', offset: next.offset });
      i++;
      continue;
    }
    if (downloads && MODEL_FOLDER_URL.test(token.text) && /(^|\/)wget$/.test(raw[firstCommandWord]!.text) && raw.some((t) => RECURSIVE_FLAG.test(t.text))) {
      push({ id: token.text, source: 'local', offset: token.offset });
      continue;
    }
    const archive = downloads ? MODEL_ARCHIVE_URL.exec(token.text) : null;
    if (archive && DATA_ARCHIVE.test(archive[1]!)) continue;
    if (archive) {
      push({ id: archive[1]!, source: 'local', offset: token.offset + token.text.lastIndexOf(archive[1]!) });
      continue;
    }
    const weights = downloads ? WEIGHTS_FILE_URL.exec(token.text) : null;
    if (weights && !CONVENTIONAL_WEIGHT_FILE.test(weights[1]!)) {
      push({ id: weights[1]!, source: 'local', offset: token.offset + token.text.lastIndexOf(weights[1]!) });
      continue;
    }
    // (Each of the three patterns below needs an `=`, the first a leading `-` too: most words have neither.)
    const assigns = raw[i]!.text.includes('=');
    const eq = assigns && raw[i]!.text.startsWith('-') ? /^(--?[\w-]+)=(.+)$/.exec(raw[i]!.text) : null;
    // `docker run -e MODEL_ID=X`, `helm install --set LLM_MODEL_ID=X`, `MODEL=X python app.py`, and a setting
    // written out, `echo "TEI_MODEL=BAAI/bge-small-en-v1.5" >> .env` (ragflow .github/workflows/tests.yml:397).
    const env = assigns ? /^([A-Za-z_]\w*)=(.+)$/.exec(raw[i]!.text) : null;
    // Every token before this one is an assignment, and a command word follows.
    const prefix = i <= firstCommandWord && firstCommandWord < raw.length;
    if (env && (prefix || /^(-e|--env|--set|--set-string|--build-arg|echo)$/.test(raw[i - 1]?.text ?? '') || (makes && i > firstCommandWord))) {
      const value = resolveToken({ text: env[2]!, offset: raw[i]!.offset + env[1]!.length + 1 }, lookup);
      push(modelFromEnv(env[1]!, value.text, value.offset, ollamaCommand) ?? (prefix ? prefixHostedName(env[1]!, value) : undefined));
      continue;
    }
    // A container's environment entry set through Helm, its name and its value in two flags (`--set
    // app.extraEnv[1].name=INIT_LLM_MODEL_NAME --set app.extraEnv[1].value=qwen2.5:7b`, Kubernetes' `env: [{name, value}]`):
    // the value is that variable's.
    const helmEnv = assigns && /^--set(?:-string)?$/.test(raw[i - 1]?.text ?? '') ? /^([\w.[\]-]+\])\.(name|value)=(.+)$/.exec(raw[i]!.text) : null;
    if (helmEnv) {
      if (helmEnv[2] === 'name') envEntryNames.set(helmEnv[1]!, helmEnv[3]!);
      const name = envEntryNames.get(helmEnv[1]!);
      if (helmEnv[2] === 'value' && name) {
        const value = resolveToken({ text: helmEnv[3]!, offset: raw[i]!.offset + raw[i]!.text.length - helmEnv[3]!.length }, lookup);
        // (Pointed at an Ollama server by another entry, `OLLAMA_BASE_URL`, it takes Ollama's tags.)
        push(modelFromEnv(name, value.text, value.offset, ollamaCommand || raw.some((t) => /ollama|:11434\b/i.test(t.text))));
      }
      continue;
    }
    // Hydra / OmegaConf overrides: `actor.model_name=Qwen/Qwen2.5-7B`, `actor_rollout_ref.model.path=...`, `+model.path=...`.
    const dotted = assigns ? /^\+{0,2}((?:[\w-]+\.)+)([\w-]+)=(.+)$/.exec(raw[i]!.text) : null;
    if (dotted) {
      const parent = dotted[1]!.slice(0, -1).split('.').at(-1)!;
      if (isOverrideModelKey(dotted[2]!, parent)) {
        const value = resolveToken({ text: dotted[3]!, offset: raw[i]!.offset + raw[i]!.text.length - dotted[3]!.length }, lookup);
        // A folder is the model as much as a Hub id (`actor_rollout_ref.model.path="$HOME/models/Qwen2.5-3B-Instruct"`,
        // verl's recipes, which download to a folder first).
        // (`--llm.model=gpt-4o` lands here too: a dotted flag's published name, as below.)
        push(hubOrLocal(value) ?? folderUnderVariable(value) ?? (raw[i]!.text.startsWith('--') ? publishedName(value) : undefined));
      }
      continue;
    }
    // The same keys as dotted flags (jsonargparse, OmegaConf CLIs: oumi's `--model.model_name HuggingFaceTB/SmolLM2-135M-Instruct`,
    // `--model.model_name=output/smollm135m.fft`): the flag's value or the next word. A provider's published name counts
    // too (modelscope/ms-agent's `ms-agent run --llm.model claude-sonnet-4-5 --image_generator.model
    // gemini-3-pro-image-preview`: the agent config's `llm.model` set from the command line); other bare words stay
    // unread (a folder name, an alias).
    const dottedFlag = raw[i]!.text.startsWith('--') ? /^--((?:[\w-]+\.)+)([\w-]+)(?:=(.+))?$/.exec(raw[i]!.text) : null;
    if (dottedFlag) {
      if (isOverrideModelKey(dottedFlag[2]!, dottedFlag[1]!.slice(0, -1).split('.').at(-1)!)) {
        const value =
          dottedFlag[3] !== undefined
            ? resolveToken({ text: dottedFlag[3], offset: raw[i]!.offset + raw[i]!.text.length - dottedFlag[3].length }, lookup)
            : next && !next.text.startsWith('-')
              ? next
              : undefined;
        if (value) push(hubOrLocal(value) ?? folderUnderVariable(value) ?? namedFolder(value) ?? publishedName(value));
        if (dottedFlag[3] === undefined && value) i++;
      }
      continue;
    }
    const override = assigns && !prefix && !raw[i]!.text.startsWith('-') ? /^([a-z]\w*)=([^=\s]+)$/.exec(raw[i]!.text) : null;
    if (override && BARE_OVERRIDE_MODEL_KEY.test(override[1]!)) {
      const value = resolveToken({ text: override[2]!, offset: raw[i]!.offset + override[1]!.length + 1 }, lookup);
      push(hub(value) ?? namedModel(value));
      continue;
    }
    // lm-evaluation-harness: `--model hf --model_args pretrained=Qwen/Qwen-7B,dtype=bfloat16` (`peft=` an adapter, `delta=`
    // delta weights applied on the base: `pretrained=Ejafa/llama_7B,delta=lmsys/vicuna-7b-delta-v1.1`); a hosted backend
    // takes the provider's own name under `model=` or `engine=` (`--model openai-completions --model_args model=davinci-002`,
    // `--model openai --model_args engine=davinci-002`, https://github.com/EleutherAI/lm-evaluation-harness#model-apis-and-inference-servers).
    const modelArgs =
      raw[i]!.text === '--model_args' || raw[i]!.text === '--model-args'
        ? next
        : eq && /^--model[_-]args$/.test(eq[1]!)
          ? { text: eq[2]!, offset: raw[i]!.offset + eq[1]!.length + 1 }
          : undefined;
    if (modelArgs) {
      for (const m of modelArgs.text.matchAll(/(?:^|,)(pretrained|model|engine|peft|delta|tokenizer)=([^,]+)/g)) {
        const value = { text: m[2]!, offset: modelArgs.offset + m.index! + m[0].length - m[2]!.length };
        // (A local checkpoint under `pretrained=` too: LLaVA-VL/LLaVA-NeXT's lmms-eval runs, `--model_args
        // pretrained="/mnt/.../internal_project_checkpoints/llavanext-lmsys_vicuna-7b-v1.5-..."`, the folder evaluated.)
        push(hub(value) ?? (m[1] === 'model' || m[1] === 'engine' ? publishedName(value) : hubOrLocal(value)));
      }
      if (next === modelArgs) i++;
      continue;
    }
    // A flag given repos with a path inside each, `<org>/<name>:<path>` (DiffSynth-Studio's training scripts:
    // `--model_id_with_origin_paths "Wan-AI/Wan2.1-T2V-1.3B:diffusion_pytorch_model*.safetensors,Wan-AI/...:Wan2.1_VAE.pth"`,
    // `--tokenizer_path "Qwen/Qwen3-0.6B:./"`, modelscope/DiffSynth-Studio diffsynth/diffusion/parsers.py): each repo the
    // run downloads. Only a path after the colon (a `/`, a glob, a file's extension, or nothing), so not a quantisation
    // tag (`-hf org/name:Q4_K_M`) nor an image's version (`org/name:v1.2`).
    const repoPathsFlag = eq ? eq[1]! : token.text.startsWith('--') && next ? token.text : undefined;
    // (A model flag's value is read by the rules below: `aider --model openai/hf:qwen/qwen2.5-coder-32b-instruct` is a route.)
    const repoPaths =
      repoPathsFlag && !REPO_PATHS_NOT_FLAG.test(repoPathsFlag) && !isFlag(repoPathsFlag)
        ? eq
          ? { text: eq[2]!, offset: raw[i]!.offset + eq[1]!.length + 1 }
          : next!
        : undefined;
    const repoParts = repoPaths && repoPaths.text.includes(':') ? commaParts(repoPaths) : [];
    if (repoParts.length && repoParts.every((part) => REPO_PATH.test(part.text))) {
      for (const part of repoParts) push(hub({ text: part.text.slice(0, part.text.indexOf(':')), offset: part.offset }));
      if (!eq) i++;
      continue;
    }
    // A weights folder or file passed beside the model (ktransformers' `--gguf_path ./DeepSeek-V2-Lite-Chat-GGUF`, the
    // kt-kernel SGLang's `--kt-weight-path /mnt/data/models/Qwen3-30B-A3B-INT8`, a merge script's `--safetensor_path`):
    // the weights the run loads, when the folder is named like a model (a digit in its last part) or is a weights file.
    const weightsFlag = eq ? eq[1]! : token.text;
    if (WEIGHTS_PATH_FLAG.test(weightsFlag) && !NOT_MODEL_FLAG.test(weightsFlag) && (eq || next)) {
      const value = eq ? resolveToken({ text: eq[2]!, offset: raw[i]!.offset + eq[1]!.length + 1 }, lookup) : next!;
      // A checkpoint flag is where a trainer writes (BigVGAN's `train.py --checkpoint_path exp/bigvgan_v2_24khz_100band_256x`),
      // and a checkpoint's own `model.safetensors` is named by its folder, not by the file.
      // (So is a LoRA checkpoint a training script is given: DiffSynth-Studio's `train.py --lora_checkpoint
      // ./models/train/Z-Image-Turbo_lora/epoch-4.safetensors`, the LoRA a run continues from.)
      const checkpoint = CHECKPOINT_PATH_FLAG.test(weightsFlag) || LORA_CKPT_FLAG.test(weightsFlag);
      const trains = checkpoint && raw.slice(firstCommandWord, i).some((t) => TRAINING_SCRIPT.test(t.text));
      const file =
        (WEIGHT_FILE.test(value.text) || ENGINE_FILE.test(value.text)) &&
        !(checkpoint && CONVENTIONAL_WEIGHT_FILE.test(value.text.slice(value.text.lastIndexOf('/') + 1)));
      // (A weights file is never a Hub id, even written `folder/file`: `--ckpt stable-diffusion-v-1-4/sd-v1-4-full-ema.ckpt`.)
      if (!trains)
        push(
          (file ? undefined : hub(value)) ??
            namedFolder(value) ??
            trainerCheckpoint(value) ??
            (file
              ? (localPath(value) ?? weightsFileUnderVariable(value) ?? folderWeightsFile(value) ?? exportedFileUnderVariable(value, lookup))
              : undefined) ??
            // (A LoRA checkpoint's folder by any name: `--lora-ckpt ./ckpts/t2i/lora/porcelain`, the adapter loaded.)
            (LORA_CKPT_FLAG.test(weightsFlag) && /[\\/]/.test(value.text) ? localPath(value) : undefined) ??
            (LORA_WEIGHTS_FLAG.test(weightsFlag) ? loraFolder(value) : undefined),
        );
      if (!eq) i++;
      continue;
    }
    // `tasks_clip/retrieval.py $(dirname $0)/config_msrvtt.py pretrained_path your_model_path/InternVideo2_CLIP_1B.pth
    // output_dir ${OUTPUT_DIR}` (OpenGVLab/InternVideo's evaluation scripts: settings of the config overridden by bare `key
    // value` pairs after it, as yacs' and mmengine's option lists are): a bare key named for weights, given a file only
    // weights are kept in, names the weights the script loads.
    if (!eq && next && BARE_WEIGHTS_KEY.test(token.text) && (runsScript ??= raw.slice(firstCommandWord).some((t) => PYTHON_SCRIPT.test(t.text)))) {
      const file = next.text.slice(next.text.lastIndexOf('/') + 1);
      if (SCRIPT_WEIGHTS_ARG.test(next.text) && !RUN_WEIGHTS_NAME.test(file) && !CONVENTIONAL_WEIGHT_FILE.test(file)) {
        const model = localPath(next);
        if (model) {
          push(model);
          i++;
          continue;
        }
      }
    }
    // Any option of a Python script given a file only weights are kept in, by a short flag too (`python
    // demo/inference_on_a_image.py -c groundingdino/config/GroundingDINO_SwinT_OGC.py -p weights/groundingdino_swint_ogc.pth`,
    // IDEA-Research/GroundingDINO's README): the weights the script loads, whatever its option is called. Not an output's
    // option (`-o`, `--save_path`), nor a model flag read below, nor a checkpoint's conventional or run name (`best.pth`).
    const optionFlag = eq ? eq[1]! : token.text;
    const inModelsFolder = () => isWeightsFileInModelsFolder(eq ? eq[2]! : next!.text);
    if (
      optionFlag.startsWith('-') &&
      (eq || (next && !next.text.startsWith('-'))) &&
      // (Or any command given a weights file kept in a `models/` folder: AnyGPT's README writes each option of its CLI on a
      // line of its own starting `\ `, a command of its own to the shell.)
      (inModelsFolder() || (runsScript ??= raw.slice(firstCommandWord).some((t) => PYTHON_SCRIPT.test(t.text)))) &&
      !/^-o$|^--?out/i.test(optionFlag) &&
      !NOT_MODEL_FLAG.test(optionFlag) &&
      !isFlag(optionFlag) &&
      // (A `--x_path`/`--x_dir` option is PATH_OPTION's: a weights file there is a part, `--mlp_path .../mlp_projector/x.pth`,
      // unless it is kept in the project's `models/` folder: `--image-tokenizer-path models/seed-tokenizer-2/seed_quantizer.pt`,
      // `--soundstorm-path models/soundstorm/speechtokenizer_soundstorm_mls.pt`, OpenMOSS/AnyGPT's README and launchers.)
      (!PATH_OPTION.test(optionFlag) || inModelsFolder())
    ) {
      const value = eq ? { text: eq[2]!, offset: raw[i]!.offset + eq[1]!.length + 1 } : next!;
      const file = value.text.slice(value.text.lastIndexOf('/') + 1);
      if (
        (SCRIPT_WEIGHTS_ARG.test(value.text) || isWeightsFileInModelsFolder(value.text)) &&
        !RUN_WEIGHTS_NAME.test(file) &&
        !CONVENTIONAL_WEIGHT_FILE.test(file)
      ) {
        const model = localPath(value);
        if (model) {
          push(model);
          if (!eq) i++;
          continue;
        }
      }
    }
    // A flag given a comma-separated list of models or `alias:model` pairs, and its value as written.
    // (Both patterns start `--`: most words are tested by their first characters only, with no array made per word.)
    const listFlag = isListFlag(eq?.[1]) ? eq![1] : isListFlag(token.text) ? token.text : undefined;
    const listValue = listFlag ? (eq ? eq[2]! : (next?.text ?? '')) : '';
    // Two Hub ids or more given to one model flag, comma-separated (hubList); asked only of a value holding a comma.
    const hubIds = (
      eq
        ? eq[2]!.includes(',') && (isFlag(eq[1]!) || isNamedModelFlag(eq[1]!))
        : !!next?.text.includes(',') && (isFlag(token.text) || isNamedModelFlag(token.text))
    )
      ? hubList(eq ? { text: eq[2]!, offset: raw[i]!.offset + eq[1]!.length + 1 } : next!)
      : undefined;
    if (eq && eq[1] === '--revision') revision = eq[2];
    else if (token.text === '--revision' && next) revision = next.text;
    else if (
      ((((eq && OLLAMA_MODEL_FLAGS.has(eq[1]!)) || (OLLAMA_MODEL_FLAGS.has(token.text) && next)) &&
        (ollamaCommand || OLLAMA_CLOUD_TAG.test(eq ? eq[2]! : next!.text))) ||
        // (`--model-name`, an alias elsewhere (MODEL_NAME_FLAG), is the tag in a command told its server is Ollama.)
        (ollamaCommand && ((eq && MODEL_NAME_FLAG.test(eq[1]!)) || (MODEL_NAME_FLAG.test(token.text) && next)))) &&
      // (`OPENAI_API_KEY=ollama python -m app`, `... uv run python -m private_gpt`: Python's module.)
      !(
        token.text === '-m' &&
        ((LAUNCHER_PROGRAMS as readonly string[]).includes(programName(raw[firstCommandWord]?.text ?? '')) ||
          /^(python[\d.]*|py)$/.test(programName(raw[i - 1]?.text ?? '')))
      )
    ) {
      const value = eq ? resolveToken({ text: eq[2]!, offset: raw[i]!.offset + eq[1]!.length + 1 }, lookup) : next!;
      // (A Go program's `-model gemma3,gemma3n`: each tag of the list.)
      for (const part of value.text.includes(',') ? commaParts(value) : [value]) {
        const model = classifyOllamaName(part.text);
        if (model) found.push({ ...model, offset: part.offset });
      }
    } else if (hubIds) {
      // `merge_llama_with_chinese_lora_low_mem.py --lora_model ziqingyang/chinese-llama-plus-lora-7b,ziqingyang/chinese-alpaca-plus-lora-7b`
      // (ymcui/Chinese-LLaMA-Alpaca's notebooks: two LoRAs merged in turn): each Hub id of the comma-separated list.
      for (const model of hubIds) push(model);
      if (!eq) i++;
    } else if (eq && isFlag(eq[1]!)) {
      const value = resolveToken({ text: eq[2]!, offset: raw[i]!.offset + eq[1]!.length + 1 }, lookup);
      push(projectorRepo(eq[1]!, value) ?? clientModel(eq[1]!, value, flagValue(value, program, QUANT_SUFFIX_FLAGS.has(eq[1]!))));
    } else if (isFlag(token.text) && next) {
      // `modelscope download --model X` names a ModelScope id, handled below.
      if (!(token.text === '--model' && programAt(i - 1, /^download$/) && programAt(i - 2, /(^|\/)modelscope$/)))
        push(
          projectorRepo(token.text, next) ??
            clientModel(token.text, next, flagValue(next, program, QUANT_SUFFIX_FLAGS.has(token.text))) ??
            // ms-swift's `--model_id_or_path yi-1_5-6b-chat-awq-int4`: a ModelScope id has its namespace, so a bare name
            // is a folder, here the one `swift export --quant_bits 4` wrote (QUANTISED_FOLDER).
            (swiftCommand() && token.text === '--model_id_or_path' && (QUANTISED_FOLDER.test(next.text) || SWIFT_EXPORT_FOLDER.test(next.text))
              ? { id: next.text, source: 'local', offset: next.offset }
              : NAME_OR_PATH_FLAG.test(token.text)
                ? bareModelFolder(next)
                : undefined),
        );
    } else if ((eq && MODEL_NAME_FLAG.test(eq[1]!)) || (MODEL_NAME_FLAG.test(token.text) && next)) {
      const value = eq ? resolveToken({ text: eq[2]!, offset: raw[i]!.offset + eq[1]!.length + 1 }, lookup) : next!;
      // Azure's `az cognitiveservices account deployment create ... --model-format OpenAI --model-name gpt-4o`: the model
      // the deployment is created from, picked from Azure's catalogue by name (the deployment's own name is
      // `--deployment-name`), as a catalogue-picking flag is (tests/real-world/README.md, session 13).
      // A client given its API's key or base URL (apiClientSettings) sends `--model_name` to that API: the model it asks for
      // (a hosted name, `gpt-4o-mini`, `deepseek-chat` with `--responses_api_base_url https://api.deepseek.com`), or, through
      // a router's base URL, the Hub id with the router's provider after a colon, as the router's own ids are reported
      // (`huggingface/openai/gpt-oss-20b:groq`, providers.yaml `huggingface`).
      // A name a provider publishes, given to a command that loads no model itself (no `--model-path`, `--model`, ...
      // beside it, which would make it the served alias): the hosted model the client calls (LianjiaTech/BELLE's
      // `generate_instruction.py generate_instruction_following_data --api=chat --model_name=gpt-3.5-turbo`).
      // (Nor beside weights named otherwise on the command, a Hub id or lmdeploy's positional model: `lmdeploy chat turbomind
      // Qwen/Qwen-7B-Chat --model-name qwen-7b`, where the name picks the chat template.)
      const azure = azureDeployment();
      const api = azure ? undefined : apiClientSettings(raw);
      const router = api?.url && ROUTED_HUB_ID.test(value.text) ? providerForUrl(api.url) : undefined;
      const clientNames = () =>
        !!providerForName(value.text) &&
        !raw.some((t) => LOADED_MODEL_FLAG.test(t.text) || LMDEPLOY.test(t.text)) &&
        !tokens.some((t) => t.offset !== value.offset && !!parseHubReference(t.text));
      push(
        router?.router
          ? { id: `${router.id}/${value.text}`, source: 'api', offset: value.offset }
          : (hub(value) ??
              (azure || api || clientNames() ? namedModel(value) : undefined) ??
              // `bash train_grpo_math_tune_ray.sh --model_name Qwen-2.5-7B` (hkust-nlp/simpleRL-reason's README, whose script
              // trains `$HDFS_MODEL_PATH/$MODEL_NAME`): a project's shell script given a bare name with a parameter count takes
              // the model's folder by that name. Not a Python server's `--model-name` (FastChat's alias beside its `--model-path`).
              (raw.slice(firstCommandWord, i).some((t) => SHELL_SCRIPT_RUN.test(t.text)) ? bareModelFolder(value) : undefined)),
      );
    } else if ((eq && isFolderModelFlag(eq[1]!)) || (isFolderModelFlag(token.text) && next)) {
      const value = eq ? resolveToken({ text: eq[2]!, offset: raw[i]!.offset + eq[1]!.length + 1 }, lookup) : next!;
      push(hub(value) ?? namedFolder(value));
    } else if ((eq && isNamedModelFlag(eq[1]!)) || (isNamedModelFlag(token.text) && next)) {
      const value = eq ? resolveToken({ text: eq[2]!, offset: raw[i]!.offset + eq[1]!.length + 1 }, lookup) : next!;
      push(hubOrLocal(value) ?? exportedFileUnderVariable(value, lookup) ?? namedModel(value) ?? namespacedOllamaTag(value));
    } else if ((eq && MODEL_TYPE_FLAG.test(eq[1]!)) || (MODEL_TYPE_FLAG.test(token.text) && next)) {
      // `--model_type llama` is an architecture; `--model-type gpt-5.4` (CAMEL's scripts) a provider's published name.
      const value = eq ? resolveToken({ text: eq[2]!, offset: raw[i]!.offset + eq[1]!.length + 1 }, lookup) : next!;
      if (providerForName(value.text)) push(namedModel(value));
      // ms-swift 2.x's `swift infer --model_type yi-1_5-6b-chat`: a model of its own registry, which it downloads from
      // ModelScope (swift/llm/utils/model.py `ModelType`), named with its size or its chat/instruct tune; the name its
      // catalogue knows, as xinference's are.
      // (With `--model_id_or_path` beside it, that names the weights and the type is their kind: OpenBMB/MiniCPM-V's
      // `--model_type minicpm-v-v2_5-chat --model_id_or_path /root/ld/ld_model_pretrain/MiniCPM-Llama3-V-2_5`.)
      else if (swiftCommand() && SWIFT_MODEL_TYPE.test(value.text) && !raw.some((t) => /^--model_id_or_path(=|$)/.test(t.text)))
        push({ id: contextOnlyId(value.text), source: 'api', offset: value.offset });
    } else if ((eq && CKPT_DIR_FLAG.test(eq[1]!)) || (CKPT_DIR_FLAG.test(token.text) && next)) {
      const value = eq ? resolveToken({ text: eq[2]!, offset: raw[i]!.offset + eq[1]!.length + 1 }, lookup) : next!;
      // ms-swift's `--ckpt_dir`: the fine-tuned checkpoint `swift infer|export|deploy` loads (`--ckpt_dir output/yi-1_5-6b-chat/v0-.../checkpoint-365`).
      if (swiftCommand()) push(hubOrLocal(value));
      // Any other program's: the model folder it loads when named like one, unless a training script writes there.
      else if (!raw.slice(firstCommandWord, i).some((t) => TRAINING_SCRIPT.test(t.text))) push(hub(value) ?? namedFolder(value));
    } else if (
      listFlag &&
      (eq || next) &&
      (COMMA_ALIASES_FLAG.test(listFlag) ? listValue.includes(':') : listValue.includes(',') || !MODEL_LIST_FLAG.test(listFlag))
    ) {
      // The vLLM production-stack router's `--static-models "facebook/opt-125m,meta-llama/Llama-3.1-8B-Instruct"` (one
      // model per static backend) and `--static-aliases "gpt4:meta-llama/Llama-3.1-8B-Instruct"` (an alias, then the
      // model it stands for): each model of the list. A lone value, an alias's model, is read only as a Hub id or a path.
      const flag = listFlag;
      const value = eq ? resolveToken({ text: eq[2]!, offset: raw[i]!.offset + flag.length + 1 }, lookup) : next!;
      const parts = commaParts(value);
      for (const part of parts) {
        if (!COMMA_ALIASES_FLAG.test(flag)) push(hubOrLocal(part) ?? (parts.length > 1 ? namedModel(part) : undefined));
        else if (part.text.indexOf(':') > 0) {
          const colon = part.text.indexOf(':');
          push(hubOrLocal({ text: part.text.slice(colon + 1), offset: part.offset + colon + 1 }));
        }
      }
    } else if (MODEL_LIST_FLAG.test(token.text)) {
      // `gen_judgment.py --model-list vicuna-13b-v1.3 alpaca-13b claude-v1 --parallel 2` (FastChat's MT-bench): every
      // value up to the next flag is a model the run uses.
      // A list file there (`--model-list LLama.Benchmark/Assets/models.txt`) holds the models; it names none itself.
      for (let j = i + 1; j < tokens.length && !tokens[j]!.text.startsWith('-'); j++)
        if (!LIST_FILE.test(tokens[j]!.text)) push(hubOrLocal(tokens[j]!) ?? namedModel(tokens[j]!));
    } else if (token.text === '--lora-adapters' && next) {
      for (const model of adaptersFrom(next.text, next.offset)) push(model);
    } else if (ADAPTER_PAIR_FLAG.test(token.text)) {
      // vLLM's `--lora-modules name=path [name=path ...]`, SGLang's `--lora-paths name=path`, mistral.rs's `--lora
      // name=source`, lmdeploy's and ms-swift's `--adapters name=path ...`: each adapter folder or Hub id the server
      // loads (the name is an alias); `--adapters` also takes them bare, one or more (ms-swift's `--adapters
      // swift/test_lora`, lmdeploy's single adapter path). A bare `--lora x` is read when x is a weights file, the adapter
      // the program loads onto its model (llama.cpp's `--lora adapter.gguf`; stepfun-ai/Step1X-Edit's `inference.py
      // --lora step1x-edit-lora256-alpha128-fix-hand.safetensors`); any other bare word is left.
      for (let j = i + 1; j < tokens.length && !tokens[j]!.text.startsWith('-'); j++) {
        const pair = /^[\w.:-]+=(.+)$/.exec(tokens[j]!.text);
        if (pair) push(hubOrLocal({ text: pair[1]!, offset: tokens[j]!.offset + tokens[j]!.text.length - pair[1]!.length }));
        else if (token.text === '--adapters' && !/^[;|&]/.test(tokens[j]!.text)) push(hubOrLocal(tokens[j]!));
        else if (token.text === '--lora' && j === i + 1 && WEIGHT_FILE.test(tokens[j]!.text) && !/[$<>{}]/.test(tokens[j]!.text)) push(localPath(tokens[j]!));
      }
    } else if (token.text === '-m' && next && LLAMA_CPP.test(raw.find((t) => !/^\w+=/.test(t.text))?.text ?? ''))
      // Its `-m` is the weights file, a bare name too (`o//whisper.cpp/main -m whisper-large-v3.bin`, llamafile's whisperfile docs).
      push(hubOrLocal(next) ?? (WEIGHT_FILE.test(next.text) ? localPath(next) : undefined));
    // (A program named by a path's last part ends with its name: that is asked first, not a pattern at each position of every word.)
    else if (next && raw[i]!.text.endsWith('trtllm-serve') && programAt(i, TRTLLM_SERVE)) {
      // TensorRT-LLM's `trtllm-serve <model>` and `trtllm-serve serve <model>`: a Hub id or a checkpoint folder
      // (`trtllm-serve /workspace/DeepSeek-R1-0528 --tp_size 8`), its options before or after it.
      const model = positionalAfterOptions(tokens, next.text === 'serve' ? i + 2 : i + 1, (flag) => NOT_MODEL_FLAG.test(flag));
      if (model) push(hubOrLocal(model));
    } else if (next && TGI_SERVER_MODEL_COMMANDS.test(token.text) && programAt(i - 1, TGI_SERVER)) {
      const model = positionalAfterOptions(tokens, i + 1, (flag) => NOT_MODEL_FLAG.test(flag));
      if (model) push(hubOrLocal(model));
    } else if (token.text === 'serve' && next && programAt(i - 1, /(^|\/)vllm$/)) {
      // `vllm serve X`, and its options first: `vllm serve --task transcription openai/whisper-small` (a Hub id or path
      // after the options; not the value of one naming an alias or output, `--served-model-name org/alias`).
      const model = next.text.startsWith('-') ? positionalAfterOptions(tokens, i + 1, (flag) => NOT_MODEL_FLAG.test(flag)) : next;
      if (model) push(hubOrLocal(model));
    } else if (isLmdeployModelCommand(i)) {
      // lmdeploy 0.1-0.2's `chat` named its backend first (`lmdeploy chat turbomind ./workspace`, `lmdeploy chat torch
      // internlm/internlm-chat-7b`: lmdeploy v0.2.0 docs/en/inference/turbomind.md), then the model.
      const first = positionalAfterOptions(tokens, i + 1);
      const model =
        first && LMDEPLOY_BACKEND.test(first.text) && tokens[i]!.text === 'chat' ? positionalAfterOptions(tokens, tokens.indexOf(first) + 1) : first;
      push(hubOrLocal(model ?? { text: '', offset: 0 }));
    }
    // lmdeploy's `convert <model_name> <model_path>` (TurboMind's offline conversion: `lmdeploy convert internlm2
    // ./internlm2-chat-7b`, `lmdeploy convert llama2 /models/Atom-7B-Chat` in LlamaFamily/Llama-Chinese): the chat
    // template's name first, then the model, a folder or a Hub id.
    else if (tokens[i]!.text === 'convert' && programAt(i - 1, LMDEPLOY)) {
      const template = positionalAfterOptions(tokens, i + 1);
      const model = template && positionalAfterOptions(tokens, tokens.indexOf(template) + 1);
      if (model) push(hubOrLocal(model));
    }
    // XTuner's commands that read a model (InternLM/xtuner xtuner/entry_point.py): `xtuner chat NAME_OR_PATH_TO_LLM`
    // (`xtuner chat ./work_dirs/merge_output --prompt-template internlm2_chat`) and `xtuner convert merge
    // NAME_OR_PATH_TO_LLM NAME_OR_PATH_TO_ADAPTER SAVE_PATH`: the base and the adapter are read, the save path is written.
    else if (token.text === 'chat' && next && programAt(i - 1, XTUNER)) push(hubOrLocal(positionalAfterOptions(tokens, i + 1) ?? next));
    // `xtuner convert pth_to_hf CONFIG PTH_MODEL SAVE_PATH`: the training checkpoint is read (converted to a Hugging Face
    // adapter or model), the save path written.
    else if (token.text === 'pth_to_hf' && tokens[i - 1]?.text === 'convert' && programAt(i - 2, XTUNER)) {
      const config = positionalAfterOptions(tokens, i + 1);
      const checkpoint = config && positionalAfterOptions(tokens, tokens.indexOf(config) + 1);
      push(checkpoint && hubOrLocal(checkpoint));
    } else if (token.text === 'merge' && tokens[i - 1]?.text === 'convert' && programAt(i - 2, XTUNER)) {
      const base = positionalAfterOptions(tokens, i + 1);
      const adapter = base && positionalAfterOptions(tokens, tokens.indexOf(base) + 1);
      push(base && hubOrLocal(base));
      push(adapter && hubOrLocal(adapter));
    }
    // MLC LLM's commands that read a model, given as their first positional argument: `mlc_llm chat HF://mlc-ai/X-MLC`,
    // `mlc_llm serve ./dist/X-MLC`, `mlc_llm convert_weight ./dist/models/X/ -o dist/X-MLC` (the `-o` folder is an
    // output), `mlc_llm compile ./dist/X-MLC/mlc-chat-config.json` (the converted model's own config: its folder).
    else if (MLC_LLM_MODEL_COMMANDS.has(token.text) && programAt(i - 1, MLC_LLM)) {
      const model = positionalAfterOptions(tokens, i + 1);
      if (model) push(hubOrLocal(mlcModelFolder(model)));
    }
    // A project's own download script given a repo: `python download-model.py facebook/galactica-125m --check`.
    // (The patterns below are tried only on a word that can match them: `.py`/`.sh` at its end, `hf` before it.)
    else if (
      token.text.charCodeAt(token.text.length - 3) === 46 /* . */ &&
      /(^|\/)download[-_]?(model|models|weights|checkpoint)?s?\.(py|sh)$/i.test(token.text)
    )
      push(hub(firstPositional(tokens, i + 1) ?? { text: '', offset: 0 }));
    else if (token.text === 'download' && programAt(i - 1, /(^|\/)tune$/)) push(hub(firstPositional(tokens, i + 1) ?? { text: '', offset: 0 }));
    else if (LITGPT_MODEL_COMMANDS.has(token.text) && programAt(i - 1, LITGPT)) {
      // litgpt's commands take the model first, a Hub id (downloaded into `checkpoints/<org>/<name>`) or that folder, and
      // name the downloaded repos' folders by their options (`--tokenizer_dir`, `--initial_checkpoint_dir`). `pretrain`'s
      // positional is a name of litgpt's configurations (`litgpt pretrain pythia-14m`), an architecture, no Hub repo.
      // (Every option of its jsonargparse CLI takes a value: `litgpt pretrain --config x.yaml` names no model. The 0.4
      // spelling `litgpt finetune lora tiiuae/falcon-7b` names the method first.)
      let k = i + 1;
      while (tokens[k]?.text.startsWith('-')) k += tokens[k]!.text.includes('=') ? 1 : 2;
      if (token.text === 'finetune' && LITGPT_FINETUNE_METHODS.has(tokens[k]?.text ?? '')) k++;
      const model = tokens[k];
      if (model && !COMMAND_SEPARATORS.has(model.text)) push(litgptModel(model));
      for (let j = i + 1; j < tokens.length && !COMMAND_SEPARATORS.has(tokens[j]!.text); j++) {
        const eq = /^(--[\w-]+)=(.+)$/.exec(tokens[j]!.text);
        const flag = eq?.[1] ?? tokens[j]!.text;
        if (!LITGPT_MODEL_FLAGS.has(flag)) continue;
        const value = eq ? { text: eq[2]!, offset: tokens[j]!.offset + eq[1]!.length + 1 } : tokens[++j];
        if (value) push(litgptModel(value));
      }
    }
    // `python -m spacy download en_core_web_sm`: one of spaCy's pipelines, on the Hub as `spacy/<name>`.
    else if (token.text === 'download' && programAt(i - 1, /(^|\/)spacy$/)) {
      const name = firstPositional(tokens, i + 1);
      const id = name && spacyPipelineId(name.text);
      if (id) found.push({ id, source: 'huggingface', offset: name.offset });
    }
    // `pip install https://github.com/explosion/spacy-models/releases/download/zh_core_web_sm-3.8.0/zh_core_web_sm-3.8.0-py3-none-any.whl`
    // (also `uv pip install`, `pip3`): a spaCy pipeline installed from its release, named by the release's tag.
    else if (token.text === 'install' && programAt(i - 1, /(^|\/)pip3?$/)) {
      for (let j = i + 1; j < tokens.length && !COMMAND_SEPARATORS.has(tokens[j]!.text); j++) {
        const release = SPACY_RELEASE.exec(tokens[j]!.text);
        const id = release && spacyPipelineId(release[1]!);
        if (id) found.push({ id, source: 'huggingface', offset: tokens[j]!.offset + tokens[j]!.text.indexOf(release[1]!, release.index) });
      }
    } else if (
      ((raw[i - 1]?.text.endsWith('hf') || raw[i - 1]?.text.endsWith('-cli')) && programAt(i - 1, /(^|\/)(huggingface-cli|hf)$/)) ||
      // `"$HF" download "$REPO"` after `HF=hf` or `HF=huggingface-cli` (a script picking whichever CLI is installed,
      // FunAudioLLM/SenseVoice's download-funasr-model.sh): the program is the CLI the variable holds.
      (raw[i - 1]?.text.startsWith('$') && HF_CLI.test(tokens[i - 1]?.text ?? ''))
    )
      push(hfCliRepo(tokens, i));
    else if (token.text === 'download' && programAt(i - 1, /(^|\/)modelscope$/)) {
      // A dataset, or a collection (`modelscope download --collection MiniMax/MiniMax-Office-skills`, modelscope/ms-agent
      // ms_agent/skill/README.md: a curated list of repos, here agent skills), names no model.
      if (tokens.slice(i + 1).some((t) => /^--(?:dataset|collection)(?:=|$)/.test(t.text))) continue;
      // `modelscope download MNN/llm_eval_cache --repo-type dataset`: the positional repo is a dataset
      // (modelscope/cli/download.py: `--repo-type {model,dataset}`, default model).
      const typed = tokens.findIndex((t, j) => j > i && t.text.startsWith('--repo-type'));
      if (typed > 0 && (tokens[typed]!.text.includes('=') ? tokens[typed]!.text.split('=')[1] : tokens[typed + 1]?.text) !== 'model') continue;
      const flagged = tokens.findIndex((t, j) => j > i && t.text === '--model');
      const repo = flagged > 0 ? tokens[flagged + 1] : firstPositional(tokens, i + 1);
      if (repo && looksLikeHubId(repo.text)) found.push({ id: repo.text, source: 'modelscope', offset: repo.offset });
    } else if (token.text === 'download' && raw[i - 1]?.text === 'model' && programAt(i - 2, /(^|\/)openxlab$/)) {
      // OpenXLab's CLI: `openxlab model download --model-repo 'OpenLMLab/internlm2-chat-7b' --output ./weights`
      // (`openxlab model create --model-repo X` uploads: no model used).
      const flagged = tokens.findIndex((t, j) => j > i && /^--model-repo(?:=|$)/.test(t.text));
      const flag = tokens[flagged];
      const joined = flag?.text.indexOf('=') ?? -1;
      const repo = !flag ? undefined : joined > 0 ? { text: flag.text.slice(joined + 1), offset: flag.offset + joined + 1 } : tokens[flagged + 1];
      if (repo && looksLikeHubId(repo.text)) found.push({ id: repo.text, source: 'openxlab', offset: repo.offset });
    } else if (
      i >= firstCommandWord &&
      i <= firstCommandWord + 1 &&
      (CONVERTERS.test(raw[i]!.text) || (LEGACY_CONVERTER.test(raw[i]!.text) && writesGguf(tokens, i))) &&
      !(i > firstCommandWord && !CONVERTER_RUNNER.test(programName(raw[firstCommandWord]!.text)))
    ) {
      // (`mistralrs quantize -m X`, `oumi quantize --model X`: a program's subcommand, not llama.cpp's `quantize` binary,
      // which is run itself or by an interpreter: `./llama-quantize`, `python convert_hf_to_gguf.py`.)
      // llama.cpp's converters and quantizer: `convert_hf_to_gguf.py ./merged --outfile x.gguf`, `llama-quantize in.gguf out.gguf Q4_K_M`.
      const hubInput = HF_CONVERTER.test(raw[i]!.text);
      for (let j = i + 1; j < tokens.length; j++) {
        const t = tokens[j]!;
        if (/^--?(outfile|out|output|o)$/.test(t.text) && tokens[j + 1]) push(localPath(tokens[++j]!));
        else if (t.text.startsWith('-')) continue;
        else push((hubInput ? hub(t) : undefined) ?? localPath(t));
      }
      break;
    } else if (i >= firstCommandWord && i <= firstCommandWord + 1 && WHISPER_CONVERTERS.test(raw[i]!.text)) {
      const model = positionalAfterOptions(tokens, i + 1);
      if (model) push(localPath(model));
      break;
    } else if ((token.text === 'get' || token.text === 'load' || token.text === 'chat') && programAt(i - 1, /(^|\/)lms$/)) {
      // (`lms chat openai/gpt-oss-20b`: the model a chat loads, https://lmstudio.ai/docs/cli/chat.)
      // LM Studio's own catalogue names (no `org/`) are the names its local server answers to, not a hosted API's.
      const name = positionalAfterOptions(tokens, i + 1);
      const served = name && BARE_NAME.test(name.text) && !PLACEHOLDER_NAME.test(name.text);
      if (name) push(hubOrLocal(name) ?? (served ? { id: `openai-compatible/${name.text}`, source: 'api', offset: name.offset } : undefined));
    } else if (token.text === 'run' && programAt(i - 1, /(^|\/)kt$/) && i - 1 === firstCommandWord) {
      // KTransformers' `kt run m2.1`, `kt run deepseek-v3`: a name of its built-in model registry (kt-kernel
      // python/cli/utils/model_registry.py, each an alias of a Hub repo it downloads), or a Hub id or a folder.
      const name = positionalAfterOptions(tokens, i + 1);
      const served = name && BARE_NAME.test(name.text) && !PLACEHOLDER_NAME.test(name.text);
      if (name) push(hubOrLocal(name) ?? (served ? { id: contextOnlyId(name.text), source: 'api', offset: name.offset } : undefined));
    } else if ((token.text === 'deploy' || token.text === 'run') && programAt(i - 1, /(^|\/)lazyllm$/) && i - 1 === firstCommandWord) {
      // LazyLLM's CLI (https://docs.lazyllm.ai/en/latest/API%20Reference/cli/): `lazyllm deploy llama3-chat --framework
      // vllm` deploys a model of its catalogue (not `lazyllm deploy mcp_server ...`, an MCP server); `lazyllm run chatbot
      // --model chatglm3-6b` (or `--model=`) starts an app on one. A name is read as its TrainableModule reads it
      // (lazyllmModel); a Hub id or a folder is left to the flag's own reading.
      const deploys = token.text === 'deploy';
      const at = deploys ? i + 1 : tokens.findIndex((t, j) => j > i && (t.text === '--model' || t.text.startsWith('--model=')));
      const word = at < 0 ? undefined : deploys ? positionalAfterOptions(tokens, at) : tokens[at]!.text.includes('=') ? tokens[at] : tokens[at + 1];
      const eq = word?.text.startsWith('--model=') ? '--model='.length : 0;
      const name = word && word.text.slice(eq);
      if (word && name && name !== 'mcp_server' && !name.includes('/') && BARE_NAME.test(name) && !PLACEHOLDER_NAME.test(name))
        push({ ...lazyllmModel(name), offset: word.offset + eq });
    } else if (/^(serve|run|start|deploy)$/.test(token.text) && programAt(i - 1, /(^|\/)openllm$/)) {
      // OpenLLM's catalogue tag (`openllm serve qwen2.5:7b`) is the name its server answers to; a Hub id is a Hub repo.
      // `openllm deploy llama3.2:1b --env HF_TOKEN` runs the same tag on BentoCloud (bentoml/OpenLLM README.md).
      const name = positionalAfterOptions(tokens, i + 1);
      const served = name && BARE_NAME.test(name.text) && !PLACEHOLDER_NAME.test(name.text);
      if (name) push(hubOrLocal(name) ?? (served ? { id: contextOnlyId(name.text), source: 'api', offset: name.offset } : undefined));
    } else if (raw[i]!.text.endsWith('ramalama') && /(^|\/)ramalama$/.test(raw[i]!.text) && i >= firstCommandWord) {
      // `ramalama [global options] <command> [options] MODEL`: its options' values are no model.
      let j = i + 1;
      for (; j < tokens.length && tokens[j]!.text.startsWith('-'); j++) if (RAMALAMA_VALUE_FLAGS.has(tokens[j]!.text)) j++;
      const command = tokens[j]?.text ?? '';
      if (!RAMALAMA_MODEL_COMMANDS.has(command)) continue;
      const positionals: Token[] = [];
      for (let k = j + 1; k < tokens.length && !COMMAND_SEPARATORS.has(tokens[k]!.text); k++) {
        const text = tokens[k]!.text;
        if (text.startsWith('-')) {
          if (RAMALAMA_VALUE_FLAGS.has(text)) k++;
          continue;
        }
        positionals.push(tokens[k]!);
      }
      // `sandbox <agent> MODEL...` (several models); the others' words after the model are a prompt or the target.
      const models = command === 'sandbox' ? positionals.slice(1) : positionals.slice(0, 1);
      for (const model of models) push(ramalamaModel(model));
      i = j;
    } else if ((token.text === 'run' || token.text === 'chat') && programAt(i - 1, /(^|\/)local-ai$/)) {
      // LocalAI's `local-ai run <model>` / `local-ai chat --model <model>`.
      const flagged = tokens.findIndex((t, j) => j > i && t.text === '--model');
      const name = flagged > 0 ? tokens[flagged + 1] : positionalAfterOptions(tokens, i + 1);
      if (name) push(localAiModel(name));
    } else if (OLLAMA_MODEL_COMMANDS.has(token.text) && programAt(i - 1, /(^|\/)ollama$/) && !programAt(i - 2, /^--[\w-]+$/) && !containerNamed(i - 1)) {
      // (`docker compose --profile ollama run --rm app`: an option's value named ollama, and compose's own `run`; `docker
      // exec ollama rm /usr/lib/ollama/x.so`: a container named ollama, given the shell's `rm`.)
      // The first word that is neither a flag nor a flag's value: `ollama run --format json llama3`.
      const name = tokens.slice(i + 1).find((t, j, rest) => !t.text.startsWith('-') && !(j > 0 && OLLAMA_VALUE_FLAGS.has(rest[j - 1]!.text)));
      const model = name && classifyOllamaName(name.text);
      if (model && name) found.push({ ...model, offset: name.offset });
    } else if (
      i > firstCommandWord &&
      !found.some((f) => f.offset === next?.offset || f.offset === token.offset) &&
      (own ??= ownProgram(raw, firstCommandWord))
    ) {
      // A project's own CLI given a model: `aibomgen-cli generate -m gpt2`, `cargo run -p cli -- microsoft/DialoGPT-medium`.
      if (token.text === '-m' && next) push(hub(next) ?? ownModelPath(next, raw[i - 1]!.text) ?? providerNamed(next) ?? taggedOllamaName(next));
      // An option given its value as `--option=value`, read as the option's value is below (`--generator=o1-mini`, SkyThought's baselines_selfdebug/o1_mini_*.sh).
      else if (raw[i]!.text === token.text && token.text.startsWith('-')) {
        const option = OPTION_WITH_VALUE.exec(token.text);
        const value = option && !NOT_MODEL_OPTION.test(option[1]!) ? { text: option[2]!, offset: token.offset + option[1]!.length + 1 } : undefined;
        if (value && !found.some((f) => f.offset === value.offset))
          push(publisherId(value) ?? routedPublisherId(value) ?? optionHostedName(option![1]!, value));
      } else if (raw[i]!.text === token.text && (!raw[i - 1]!.text.startsWith('-') || raw[i - 1]!.text === '--'))
        push(publisherId(token) ?? providerNamed(token) ?? scriptWeightsFolder(raw, firstCommandWord, i));
      // And a model publisher's Hub id given to one of its options not named for data or outputs: `xtuner chat
      // internlm/internlm2-chat-7b --visual-encoder openai/clip-vit-large-patch14-336` (InternLM/xtuner's LLaVA README), also
      // through a variable the script set (`%env BASE_URL=THUDM/chatglm-6b` then `!python app.py --base_url $BASE_URL`).
      // Behind LiteLLM's route to an OpenAI-compatible server (`--api_name openai/Qwen/Qwen2.5-Coder-7B-Instruct
      // --api_base http://localhost:8000/v1`, NovaSky-AI/SkyThought's test-time-scaling scripts: the vLLM server runs the
      // Hub model), that Hub id; and a name a hosted provider publishes given to such an option (`--test_generator
      // o1-mini`, `--generator o3-mini`: the script's model, whatever its option is called).
      else if (
        (raw[i]!.text === token.text || /^\$\{?\w+\}?$/.test(raw[i]!.text)) &&
        /^--?[A-Za-z][\w-]*$/.test(raw[i - 1]!.text) &&
        !NOT_MODEL_OPTION.test(raw[i - 1]!.text)
      )
        push(publisherId(token) ?? routedPublisherId(token) ?? optionHostedName(raw[i - 1]!.text, token));
    }
  }
  // A command that runs a model program or passes a model flag loads the GGUF files it names, whatever their flag; and so
  // does one given a GGUF file by llama.cpp's `-m` (a runtime built on llama.cpp that modelprov does not know:
  // `./llama-funasr-sensevoice -m ./gguf/sensevoice-small-q8.gguf --vad ./gguf/fsmn-vad.gguf`).
  // llamafile's `zipalign` embeds the weights it is given into a llamafile (`zipalign -j0 llava.llamafile
  // llava-v1.5-7b-Q8_0.gguf .args`, https://github.com/Mozilla-Ocho/llamafile#creating-llamafiles): they are its model;
  // and a program named for models fetches or loads the model files it is given (whisper.cpp's Go bindings:
  // `go-model-download -out models ggml-small.en.bin`), as does one a ggml project built (BUILT_PROGRAM).
  if (
    program ||
    ZIPALIGN.test(raw[firstCommandWord]?.text ?? '') ||
    MODEL_NAMED_PROGRAM.test(raw[firstCommandWord]?.text ?? '') ||
    BUILT_PROGRAM.test(raw[firstCommandWord]?.text ?? '') ||
    raw.some(
      (t, j) => (t.text.startsWith('--') && isModelFlag(t.text.split('=')[0]!)) || (WEIGHTS_FILE_FLAG.test(t.text) && GGUF_ARG.test(raw[j + 1]?.text ?? '')),
    )
  )
    found.push(...ggufFiles(tokens, firstCommandWord, found));
  found.push(...aliasOfServedModel(raw, found));
  found.push(...registeredModel(raw, tokens, firstCommandWord, found));
  const gptqModel = gptqModelArgument(tokens);
  if (gptqModel) found.push(gptqModel);
  found.push(...launcherPositionalModels(raw, tokens, found));
  // A request's body is curl's to read; any other command's dict literals are settings. A curl that kubectl runs in a
  // pod (`kubectl run -it --rm curl --image=curlimages/curl -- curl -X POST http://$CLUSTERIP/v1/chat/completions -d
  // '{"model": ...}'`, `kubectl exec pod -- curl ...`: the command after `--`) sends its request as one run alone does.
  const handed = /(^|\/)(kubectl|oc)$/.test(raw[firstCommandWord]?.text ?? '') ? tokens.findIndex((t) => t.text === '--') : -1;
  if (/(^|\/)curl$/.test(raw[firstCommandWord]?.text ?? '')) found.push(...curlModels(tokens));
  else if (handed > 0 && /(^|\/)curl$/.test(tokens[handed + 1]?.text ?? '')) found.push(...curlModels(tokens.slice(handed + 1)));
  else found.push(...literalModels(tokens, found));
  const pinned = revision ? found.map((m) => (m.source === 'huggingface' && !m.revision ? { ...m, revision } : m)) : found;
  // (Only a Hub id can be a ModelScope one: most commands name none, and their words are not searched for the switch.)
  return pinned.some((m) => m.source === 'huggingface') && readsModelScope(tokens)
    ? pinned.map((m) => (m.source === 'huggingface' ? { id: m.id, source: 'modelscope', offset: m.offset } : m))
    : pinned;
}

/**
 * The model repo a Hugging Face CLI command (`tokens[at]` its subcommand) reads, for the commands
 * that take one (https://huggingface.co/docs/huggingface_hub/guides/cli):
 *   hf download X                       hf models info|ls|card X
 *   hf cache rm model/X | hf://models/X  hf cache verify X
 *   hf endpoints [catalog] deploy ... --repo X
 *   hf collections add-item <slug> X model
 * A `--repo-type` other than model names a dataset or Space; uploads and repo creation are outputs.
 */
function hfCliRepo(tokens: Token[], at: number): ArgModel | undefined {
  const word = (j: number) => tokens[j]?.text ?? '';
  const flagged = tokens.findIndex((t, j) => j > at && t.text.startsWith('--repo-type'));
  const type = flagged < 0 ? 'model' : word(flagged).includes('=') ? word(flagged).split('=')[1] : word(flagged + 1);
  if (type !== 'model') return undefined;
  const sub = word(at);
  if (sub === 'download') return hub(firstPositional(tokens, at + 1) ?? { text: '', offset: 0 });
  // `hf models ls --search llama`: only a repo right after the subcommand, not an option's value.
  const right = (j: number) => (tokens[j] && !word(j).startsWith('-') ? tokens[j] : undefined);
  if (sub === 'models' && /^(info|ls|card)$/.test(word(at + 1))) return hub(right(at + 2) ?? { text: '', offset: 0 });
  if (sub === 'cache' && /^(rm|verify)$/.test(word(at + 1))) {
    const repo = right(at + 2);
    if (!repo || /^(datasets?|spaces?)\//.test(repo.text)) return undefined;
    const typed = /^models?\//.exec(repo.text);
    return hub(typed ? { text: repo.text.slice(typed[0].length), offset: repo.offset + typed[0].length } : repo);
  }
  if (sub === 'endpoints') {
    const repo = tokens.findIndex((t, j) => j > at && t.text === '--repo');
    return repo > 0 && tokens[repo + 1] ? hub(tokens[repo + 1]!) : undefined;
  }
  if (sub === 'collections' && word(at + 1) === 'add-item' && word(at + 4) === 'model') return hub(tokens[at + 3]!);
  return undefined;
}

/** GNU make and its BSD and Windows spellings, named as a word or a path. */
const MAKE_PROGRAM = /(^|\/)(?:g|b|n|mingw32-)?make$/;

/** A CLI's command for its models (`<program> model create`, `models add`, `model pull`), the model named after it. */
const MODEL_COMMAND_NOUN = /^models?$/;
const MODEL_COMMAND_VERB = /^(?:create|add|register|pull|download|install|deploy)$/;

/**
 * The model an application's CLI registers by name (`weknora model create nomic-embed-text --type Embedding --source
 * local`, `weknora model create gpt-4o --provider openai`; Tencent/WeKnora's CLI): the first word after `model create`,
 * when it is a model for certain, a Hub id or a name an API's or the Ollama library's naming spells.
 */
function registeredModel(raw: Token[], tokens: Token[], first: number, found: ArgModel[]): ArgModel[] {
  const at = [first + 1, first + 2].find((j) => MODEL_COMMAND_NOUN.test(raw[j]?.text ?? ''));
  if (at === undefined || !MODEL_COMMAND_VERB.test(raw[at + 1]?.text ?? '') || NOT_MODEL_PROGRAM.test(raw[first]?.text ?? '')) return [];
  const name = tokens[at + 2];
  if (!name || name.text.startsWith('-') || found.some((f) => f.offset === name.offset)) return [];
  const model =
    (name.text.includes('/') ? hub(name) : undefined) ??
    providerNamed(name) ??
    (isOllamaLibraryName(name.text) ? { id: name.text, source: 'ollama' as const, offset: name.offset } : undefined);
  return model ? [model] : [];
}

/** Programs whose arguments are never a model they run: version control, packages, containers, files, printing. */
const NOT_MODEL_PROGRAM =
  /(^|\/)(git|gh|docker|podman|nerdctl|kubectl|helm|npm|npx|pnpm|yarn|pip3?|uv|poetry|conda|brew|apt(-get)?|yum|dnf|apk|cd|ls|cat|mkdir|cp|mv|rm|ln|chmod|echo|printf|tar|unzip|wget|curl|go|make|sudo|source|export|set|test)$/;
/** Options of a project's own CLI whose value is data, a template or a place written to, never a model it uses. */
const NOT_MODEL_OPTION = /data|output|save|export|push|hub|upload|dir|log|cache|image|template|prompt|repo[-_]?type|work/i;
/** Subcommands that write a model somewhere (`hf upload org/x`, `git push`): their repo is an output. */
const OUTPUT_SUBCOMMAND = /^(upload|push|clone|tag|create|delete|login)$/;

/**
 * A command run by a program no table knows, that writes nothing out: the project's own CLI or a
 * script (`cargo run -p cli -- X`, `python3 -m src.cli X`, `aibomgen-cli generate -m X`).
 */
function ownProgram(raw: Token[], first: number): boolean {
  const program = raw[first]?.text ?? '';
  // Output shown in a console block is no command: `"id": "google/gemma-3-27b-it",`, `✅ Verified ... for 'org/x'`.
  if (!/^[\w.~\/\\-]+$/.test(program) || raw[first + 1]?.text.startsWith(':')) return false;
  const word = program.slice(program.lastIndexOf('/') + 1);
  // Known model programs are read by their own rules above (`hf download X --repo-type dataset` is a dataset).
  if (NOT_MODEL_PROGRAM.test(program) || MODEL_PROGRAM_NAMES.includes(word)) return false;
  return !raw.some((t) => OUTPUT_SUBCOMMAND.test(t.text) || /^(--)?datasets?$|^--repo[-_]type/.test(t.text));
}

/**
 * The model folder a project's own program is given by `-m` (`python model-mm.py -m ./phi3-vision-128k-instruct/cuda`,
 * `ModelChat.exe -m test\models\qwen-2.5-0.5b\int4\cpu\`; microsoft/onnxruntime-genai's examples and CI): the model it
 * loads, at an unmistakable path (hubOrLocal). A path to a file (`-m ./notes.txt`) is a message or a mode's
 * value, and Python's own `-m` (`python -m pkg.cli`) names a module.
 */
function ownModelPath(token: Token, before: string): ArgModel | undefined {
  if (/^(python[\d.]*|py)$/.test(programName(before))) return undefined;
  // A Windows path (PowerShell steps, .bat files) is the same folder written with `\`.
  const text = token.text.includes('\\') && !token.text.includes('/') ? token.text.replace(/\\/g, '/') : token.text;
  const last = text.replace(/\/+$/, '').slice(text.replace(/\/+$/, '').lastIndexOf('/') + 1);
  // (A weights file there is read with the GGUF files a command names, as written: ggufFiles.)
  if (FILE_LIKE.test(last)) return undefined;
  return hubOrLocal({ text, offset: token.offset });
}

/** A Hugging Face Trainer checkpoint folder (`output/checkpoint-4000/`, transformers' PREFIX_CHECKPOINT_DIR). */
const TRAINER_CHECKPOINT_PATH = /^(?:\.\/)?(?:[\w.-]+\/)*checkpoint-\d+\/?$/;
/** An absolute or home path (`/media/zr/Data/Models/LLM/chatglm3-6b`). */
const ROOTED_PATH = /^(?:\/|~\/)[^\s]/;
/**
 * The weights folder a Python script of the project is given as a positional argument (THUDM/ChatGLM3's
 * finetune_demo: `python finetune_hf.py data/AdvertiseGen_fix /media/zr/Data/Models/LLM/chatglm3-6b configs/lora.yaml`,
 * `python inference_hf.py output/checkpoint-4000/ --prompt ...`): a Trainer checkpoint folder (`<dir>/checkpoint-<step>`),
 * which no step writes by name, or a rooted path named like a model (a digit in its last part) when it is the command's
 * only rooted positional (two are often an input and the output it writes: `convert.py /models/x-7b /models/x-7b-hf`).
 */
function scriptWeightsFolder(raw: Token[], first: number, at: number): ArgModel | undefined {
  if (!/^(?:python[\d.]*|py)$/.test(programName(raw[first]?.text ?? '')) || !/\.py$/.test(raw[first + 1]?.text ?? '') || at <= first + 1) return undefined;
  const token = raw[at]!;
  if (TRAINER_CHECKPOINT_PATH.test(token.text)) return { id: token.text.replace(/\/+$/, ''), source: 'local', offset: token.offset };
  if (!ROOTED_PATH.test(token.text) || FILE_LIKE.test(token.text.replace(/\/+$/, '').split('/').pop() ?? '')) return undefined;
  const rooted = raw.slice(first + 2).filter((t, j) => ROOTED_PATH.test(t.text) && !raw[first + 1 + j]!.text.startsWith('-'));
  return rooted.length === 1 ? namedFolder(token) : undefined;
}

/**
 * A publisher's Hub id behind LiteLLM's route to an OpenAI-compatible server (`openai/Qwen/Qwen2.5-Coder-7B-Instruct`,
 * `hosted_vllm/deepseek-ai/DeepSeek-R1-Distill-Qwen-7B`: providers.yaml `litellm.prefixes` naming openai or
 * openai-compatible): the Hub model the server runs, placed where the id starts.
 */
function routedPublisherId(token: Token): ArgModel | undefined {
  const slash = token.text.indexOf('/');
  if (slash <= 0 || token.text.indexOf('/', slash + 1) < 0 || !isOpenAICompatibleRoute(token.text.slice(0, slash))) return undefined;
  return publisherId({ text: token.text.slice(slash + 1), offset: token.offset + slash + 1 });
}

/** `--option=value`: the option and its value. */
const OPTION_WITH_VALUE = /^(--?[A-Za-z][\w-]*)=([^\s=]+)$/;
/**
 * Options that hold something beside the script's model, though given a model's name: a tokenizer's or encoding's, a
 * parser or template named for the family whose output it reads (`--reasoning-parser deepseek-r1`, QwenLM/Qwen3's
 * quickstart), a type, format or task.
 */
const NOT_HOSTED_MODEL_OPTION = /token|encod|provider|type|format|version|mode|parser|template|style|family|arch|kind|task|quant/i;

/**
 * A name a hosted provider publishes (providers.yaml `naming`), with a digit (`o1-mini`, `gpt-4o-mini`: not a bare word
 * such as `command`), given to an option of a project's own script: the model the script calls, however the option is
 * named (`evaluate_multiprocess.py --test_generator o1-mini`, NovaSky-AI/SkyThought).
 */
function optionHostedName(option: string, token: Token): ArgModel | undefined {
  return /\d/.test(token.text) && !NOT_HOSTED_MODEL_OPTION.test(option) ? providerNamed(token) : undefined;
}

/** Variables that hold something beside a model, though set to a model's name: credentials, addresses, tokenizers. */
const NOT_HOSTED_MODEL_VARIABLE = /key|token|secret|password|url|host|port|base|endpoint|version|encod|provider|type|format/i;

/**
 * A command's environment prefix set to a name a hosted provider publishes, with a digit, under a variable named for no
 * model: the model the command's code picks by it (`PROCESSOR=gpt-4o-mini lm_eval ...`, simplescaling/s1's
 * eval/commands.sh, whose tasks compare `os.getenv("PROCESSOR")` with `"gpt-4o-mini"` to choose their answer extractor).
 * A variable named for a model is modelFromEnv's.
 */
function prefixHostedName(name: string, value: Token): ArgModel | undefined {
  if (isModelEnvName(name) || NOT_HOSTED_MODEL_VARIABLE.test(name) || !/\d/.test(value.text)) return undefined;
  return providerNamed(value);
}

/** A positional `org/name` whose organisation publishes models (`microsoft/DialoGPT-medium`); unknown ones are paths or repos. */
function publisherId(token: Token): ArgModel | undefined {
  const slash = token.text.indexOf('/');
  if (slash <= 0 || !/[\d-]/.test(token.text.slice(slash + 1))) return undefined;
  const org = token.text.slice(0, slash);
  const registry = loadRegistry();
  return registry.byNamespace.has(org) || registry.repackagers.has(org) ? hub(token) : undefined;
}

/** A request body's own server address (`"api_url": "https://..."`, `"base_url"`, `"api_base"`), escaped or not. */
const BODY_SERVER_URL = /\\?"(?:api_url|base_url|api_base|openai_api_base)\\?"\s*:\s*\\?"(https?:\/\/[^"\\\s]+)/;
/**
 * A request body naming a model, sent with curl: the URL says who serves it.
 *   curl http://localhost:11434/api/pull -d '{"model": "qwen2.5:7b"}'              -> ollama
 *   curl https://api.deepseek.com/chat/completions -d '{"model": "deepseek-chat"}'  -> deepseek/deepseek-chat
 */
function curlModels(tokens: Token[]): ArgModel[] {
  if (!/(^|\/)curl$/.test(tokens.find((t) => !/^\w+=/.test(t.text))?.text ?? '')) return [];
  // Or an address the reader fills in (`$BASE/api/v1/...`, `${API_BASE}/v1/chat/completions`): nobody known serves it.
  // (curl takes a local address without its scheme: `curl -v '127.0.0.1:8080' ... --data-raw '{"model":...}'`,
  // `curl localhost:8080/openai/v1/completions -d ...`.)
  const url = tokens.find((t) => /^(?:https?:\/\/|\$\{?\w+\}?\/|(?:localhost|127\.0\.0\.1|0\.0\.0\.0):\d+(?:\/|$))/.test(t.text))?.text;
  if (!url) return [];
  const ollama = /:11434\b|ollama/i.test(url);
  // Ollama's API (docs/api.md): `/api/create` makes the tag its `model` names from `from`, `/api/copy` copies `source`
  // to `destination`, and `name` is the model only where older clients still send it (pull, push, show, delete); in a
  // chat request `name` is a tool's (`"function": {"name": "get_weather"}`).
  const ollamaEndpoint = ollama ? /\/api\/(\w+)/.exec(url)?.[1] : undefined;
  // A request to a models endpoint (`POST $BASE/api/v1/provider/models/llm -d '{"name": "gpt-4o-mini"}'`) registers the
  // model its `name` names, when a provider's published naming spells it; any other request's `name` is its own.
  const registers = /\/models?(?:\/|$|\?)/.test(url.replace(/^[a-z]+:\/\/[^/]*/i, ''));
  const found: ArgModel[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    // A multipart form's model field (`curl .../v1/audio/transcriptions -F 'model=openai/whisper-small' -F file=@a.wav`,
    // OpenAI's audio API and the servers that copy it): the model the request is for, as a JSON body's `model`.
    // A field named for a kind of model too (`-F 'vlm_model=qwen-vl'`, Tencent/WeKnora's multimodal test form).
    const form = /^(?:-F|--form)$/.test(tokens[k - 1]?.text ?? '') ? /^(?:[a-z]+_)?model=([^\s@<]+)$/.exec(token.text) : null;
    const fields: [string, string, number][] = [];
    // (A Hub id there is that model, whoever serves it, as a `model_id` is.)
    const formAt = token.offset + token.text.indexOf('=') + 1;
    const formHub = form && !ollama ? hub({ text: form[1]!, offset: formAt }) : undefined;
    if (formHub) found.push(formHub);
    else if (form) fields.push(['model', form[1]!, formAt]);
    // Keys naming the model a request is for, also inside an escaped JSON string (`\"model_family\":\"glm4-chat\"`,
    // a Xinference registration): `model_uid` (Xinference), `model_family` (the built-in model a custom one is
    // registered as), `model_name` when it names a weight file (text-generation-webui's model/load).
    // A body that says where the model is served (`{"model": "qwen-plus", "api_url": "https://dashscope.aliyuncs.com/..."}`,
    // an evaluation service's request, modelscope/evalscope docs/en/user_guides/service.md): that address's provider.
    const bodyUrl = BODY_SERVER_URL.exec(token.text)?.[1];
    // `modelName` is `model` in a camel-cased API (`{"llm": {"source": "local", "modelName": "qwen3:8b"}}`, Tencent/WeKnora).
    for (const body of token.text.matchAll(
      /\\?"(model|modelName|name|model_uid|model_family|model_name|model_id|repo_id|from|source|(?:embedding|embed|rerank|reranker)_model)\\?"\s*:\s*\\?"([^"\\\s]+)\\?"/g,
    ))
      fields.push([
        body[1]! === 'modelName' ? 'model' : body[1]!,
        body[2]!,
        token.offset + body.index! + body[0].length - body[2]!.length - (body[0].endsWith('\\"') ? 2 : 1),
      ]);
    // A list of models the request names (`-d '{"models": ["llama3:8b", "mistral:7b"]}'`: which of them a server has), each
    // as a `model` key's value.
    if (token.text.includes('models'))
      for (const list of token.text.matchAll(MODEL_LIST_ENTRY)) {
        const bodyAt = token.offset + list.index! + list[0].length - list[1]!.length - 1;
        for (const item of list[1]!.matchAll(/"([^"\s]+)"/g)) fields.push(['model', item[1]!, bodyAt + item.index! + 1]);
      }
    for (const [key, value, offset] of fields) {
      // A `name` sent to a models endpoint registers a provider's model, or a local one by its Ollama library name and tag
      // (`{"name": "qwen3:8b", "source": "local"}`); any other `name` is the request's own.
      if (key === 'name' && !ollama) {
        if (!registers) continue;
        if (!providerForName(value)) {
          if (OLLAMA_TAGGED.test(value) && isOllamaLibraryName(value)) found.push({ id: value, source: 'ollama', offset });
          continue;
        }
      }
      if (ollama && !ollamaRequestModel(ollamaEndpoint, key)) continue;
      if (!ollama && (key === 'from' || key === 'source')) continue;
      // `{"model_id": "microsoft/DialoGPT-medium"}`: a Hub id, whoever serves the request.
      if (key === 'model_id' || key === 'repo_id') {
        const id = hub({ text: value, offset });
        if (id) found.push(id);
        continue;
      }
      // `"embedding_model": "Qwen/Qwen3-Embedding-0.6B"` (a Chroma Sync source's request, a RAG service's settings): the
      // model of that kind the service runs for the request, a Hub id whoever serves it; else a name a provider's naming
      // spells, as a `model`'s.
      if (/^(?:embedding|embed|rerank|reranker)_model$/.test(key)) {
        const id = hub({ text: value, offset });
        if (id) {
          found.push(id);
          continue;
        }
        if (!ollama && !providerForName(value)) continue;
      }
      // Else a `model_name` that a provider's naming spells is the model the request is for, as a `model` key's (a
      // LangGraph run's `"configurable": {"model_name": "gpt-4"}`, bytedance/deer-flow's API docs); a folder's name is not.
      if (key === 'model_name') {
        const file = WEIGHT_FILE.test(value) ? modelFromPath(value) : undefined;
        if (file) found.push({ id: file.id, source: file.source, offset });
        if (file || !providerForName(value)) continue;
      }
      const model = ollama ? classifyOllamaName(value) : undefined;
      if (ollama) {
        if (model) found.push({ ...model, offset });
      } else {
        // `"model": "glm-4-flash@ZHIPU-AI"` to a RAGFlow server: the provider's model, named after the `@`.
        const named = value.includes('@') ? modelWithProvider(value, loadRegistry()) : undefined;
        if (named) {
          found.push({ id: named.id, source: named.source, offset });
          continue;
        }
        // `"model":"{\"version\":1,...}"`: an escaped JSON object (a registration payload), not a name.
        // On an address the reader fills in, the provider whose naming spells the model serves it, or the one its
        // LiteLLM-style route names (`"model":"anthropic/claude-haiku-4-5-20251001"` to `$GUARDRAIL_URL/v1/chat/completions`).
        const routed = url.startsWith('$') ? routedApiModel(value) : undefined;
        if (routed) {
          found.push({ id: routed.id, source: routed.source, offset });
          continue;
        }
        // So on a self-hosted models endpoint (`http://localhost:8080/api/v1/models`, an application registering models
        // it calls at their providers): what a provider's naming spells is that provider's. Not on any local request: a
        // local server answering to `gpt-3.5-turbo` serves its own model under that name.
        // `"model": "/dir/to/your/model-merged"` to a vLLM server: the folder it loaded, a placeholder for the reader's own.
        if (value.startsWith('/') && isPlaceholderPath(value)) continue;
        const served = providerForUrl(bodyUrl ?? url);
        // A request to a local server carrying a provider's key (`-H "Authorization: Bearer $DASHSCOPE_API_KEY"`,
        // modelscope-agent's assistant server, which calls DashScope with it) for a name that provider publishes
        // (`"model": "qwen-max"`): that provider's model, which the server forwards the request to.
        const keyed = providerForName(value);
        const keyVariable = keyed && new RegExp(String.raw`\$\{?${keyed.id.toUpperCase()}_API_KEY\b`);
        const forwarded = keyVariable && tokens.some((t) => keyVariable.test(t.text)) ? keyed : undefined;
        const provider = forwarded || ((url.startsWith('$') || (registers && isContextOnlyId(`${served.id}/`))) && keyed) || served;
        const id = /[{}\\]/.test(value) || (key === 'model_family' && !/[\d-]/.test(value)) ? undefined : hostedModelId(provider, value);
        if (id) found.push({ id, source: 'api', offset });
      }
    }
  }
  return found;
}

/** Whether a key of an Ollama API request (`endpoint`: the word after `/api/`) names the model the request uses. */
function ollamaRequestModel(endpoint: string | undefined, key: string): boolean {
  if (endpoint === 'create') return key === 'from';
  if (endpoint === 'copy') return key === 'source';
  if (key === 'name') return endpoint === 'pull' || endpoint === 'push' || endpoint === 'show' || endpoint === 'delete';
  return key !== 'from' && key !== 'source';
}

/**
 * The models a dict literal given on a command line names under its model keys, as a flag's or a variable's value
 * (h2oGPT's `--model_lock="[{'inference_server': 'http://...', 'base_model': 'h2oai/h2ogpt-oasst1-512-12b'}]"`,
 * `export MODEL_LOCK=$MODEL_LOCK",{'base_model': 'mistralai/Mixtral-8x7B-Instruct-v0.1', ...}"`, a JSON option
 * `--speculative-config '{"model": "org/draft-model", ...}'`): a Hub id, a path, or a name a
 * provider publishes (`'base_model': 'gpt-3.5-turbo'`); a bare word (`'base_model': 'llama'`) is the program's own.
 */
function literalModels(tokens: Token[], found: ArgModel[]): ArgModel[] {
  const models: ArgModel[] = [];
  const add = (value: Token) => {
    const model = hubOrLocal(value) ?? providerNamed(value);
    if (model && !found.some((f) => f.id === model.id && Math.abs(f.offset - model.offset) < 3)) models.push(model);
  };
  // Keys and values quoted, or left bare where the shell took an unquoted literal's quotes.
  const entry = /(?<=[{,\s]|^)(['"]?)([\w.-]+)\1\s*:\s*(['"]?)([^'"\s{},]+)\3(?=\s*[,}])/g;
  let inLiteral = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const open = token.text.indexOf('{');
    // Only a flag's or a variable's value: a line that is a literal itself (a server's JSON answer) is output.
    // (Asked of a word that opens a literal only: most words open none.)
    if (open >= 0 && !inLiteral && !(/^--?[\w-]+=|^[A-Za-z_]\w*=/.test(token.text) || /^--?[\w-]+$|^[A-Za-z_]\w*=/.test(tokens[i - 1]?.text ?? ''))) continue;
    if (open >= 0) {
      inLiteral = true;
      // `"[{\"embed_models\": [\"bge-large-zh-v1.5\"]}]"`: JSON in a double-quoted argument, its quotes escaped, read as
      // the JSON the program is given; `at` maps a position of the unescaped text back to the token's.
      const { text, at } = unescapeQuotes(token.text.slice(open));
      const offsetOf = (i: number) => token.offset + open + at(i);
      for (const m of text.matchAll(entry))
        if (OVERRIDE_MODEL_KEY.test(m[2]!)) add({ text: m[4]!, offset: offsetOf(m.index! + m[0].length - m[4]!.length - (m[3] ? 1 : 0)) });
      // A list under a key named for models (Langchain-Chatchat's `--set_model_platforms` `"llm_models": [...]`,
      // `"embed_models": [...]`): each name the platform is set to serve, as model-names reads such a list in a JSON file.
      for (const list of text.matchAll(MODEL_LIST_ENTRY)) {
        const body = list.index! + list[0].length - list[1]!.length - 1;
        for (const item of list[1]!.matchAll(/"([^"\s]+)"/g)) {
          const value = { text: item[1]!, offset: offsetOf(body + item.index! + 1) };
          const model = hubOrLocal(value) ?? namedModel(value);
          if (model && !found.some((f) => f.id === model.id && Math.abs(f.offset - model.offset) < 3)) models.push(model);
        }
      }
    } else if (inLiteral && OVERRIDE_MODEL_KEY.test(token.text) && tokens[i + 1]?.text === ':' && tokens[i + 2]) {
      // `--model_lock=[{'base_model':'h2oai/...'}]` unquoted: the quotes split it into `[{`, `base_model`, `:`, `h2oai/...`.
      add(tokens[i + 2]!);
    }
  }
  return models;
}

/** `"llm_models": [ ... ]`, `"models": [...]`: a JSON list under a key named for models, its body in group 1. */
const MODEL_LIST_ENTRY = /"(?:[a-z0-9]+_)*models"\s*:\s*\[([^\][{}]*)\]/g;

/**
 * A double-quoted shell word's text with its escaped quotes (`\"`) unescaped, and the map from a position in it back to
 * the word as written (one backslash less before each unescaped quote).
 */
function unescapeQuotes(written: string): { text: string; at: (i: number) => number } {
  if (!written.includes('\\"')) return { text: written, at: (i) => i };
  const removed: number[] = []; // positions, in the unescaped text, of the quotes that lost their backslash
  const text = written.replace(/\\"/g, (_m, index: number) => {
    removed.push(index - removed.length);
    return '"';
  });
  return { text, at: (i) => i + removed.filter((r) => r <= i).length };
}

/**
 * Commands whose `org/name` is a ModelScope id: ms-swift unless `--use_hf true`
 * ("swift sft --model Qwen/Qwen2.5-7B-Instruct"), and `VLLM_USE_MODELSCOPE=true vllm serve X`.
 */
function readsModelScope(tokens: Token[]): boolean {
  if (tokens.some((t) => /^(VLLM|SGLANG|LMDEPLOY)_USE_MODELSCOPE=(1|true)$/i.test(t.text))) return true;
  const program = tokens.find((t) => !/^\w+=/.test(t.text))?.text ?? '';
  if (!/(^|\/)swift$/.test(program)) return false;
  const useHf = tokens.findIndex((t) => t.text === '--use_hf' || t.text.startsWith('--use_hf='));
  const value = useHf < 0 ? '' : tokens[useHf]!.text.includes('=') ? tokens[useHf]!.text.split('=')[1]! : (tokens[useHf + 1]?.text ?? '');
  return !/^(1|true)$/i.test(value);
}

/**
 * Models set in variables (`MODEL=X`) and models the commands run (`--model $MODEL --revision R`,
 * located where the variable is set). A setting that commands only ever run pinned is that
 * pinned reference, not an unpinned one besides.
 */
export function withUses(declared: ArgModel[], used: ArgModel[]): ArgModel[] {
  const pinnedUse = new Set(used.filter((m) => m.revision).map((m) => `${m.id}\0${m.offset}`));
  return [...declared.filter((m) => m.revision || !pinnedUse.has(`${m.id}\0${m.offset}`)), ...used];
}

/**
 * Environment variable names that hold a model id. A reranker's `RERANK_NAME` (beside `EMBEDDING_NAME`: the pair a RAG
 * server loads, xusenlinzy/api-for-open-llm's docs/RAG.md) as `RERANKER`; not `RERANK_TOP_K` or a bare `RERANK` switch.
 */
export const MODEL_ENV_NAME =
  /(^|_)(MODEL|MODELS|MODEL_ID|MODEL_NAME|MODEL_PATH|MODELNAME|MODELID|MODELPATH|LLM|EMBEDDING|EMBEDDINGS|EMBEDDER|RERANKER|RERANK_NAME|RERANK_PATH|CHECKPOINT|BASE_MODEL|HF_REPO|REPO_ID|TOKENIZER)($|_)/i;

/**
 * Names that hold an alias, a URL or a server's address (`MODEL_ADDR=kubeai/openai`, a host and path), a directory (a
 * cache or models root; or several, exo's `EXO_MODELS_DIRS=/Volumes/ExternalSSD/exo-models`, exo-explore/exo README.md)
 * or a switch, even though they mention models; a dummy model's (`DUMMY_MODEL_PATH`, `DUMMY_MODEL_CONFIG_PATH`: random
 * weights a test builds from a config, verl's CI) stands in for one; a service picks the provider
 * (`GLOBAL_LLM_SERVICE="AzureOpenAI"`, microsoft/semantic-kernel's samples), as a provider setting does, or a binding
 * (`LLM_BINDING=ollama`, `EMBEDDING_BINDING=openai`: the backend LightRAG's and HKUDS/MiniRAG's API servers talk to).
 * A version holds a version (`XUNFEI_MODEL_VERSION='v4.0'`, the path segment iFlytek Spark's URL takes,
 * wangrongding/wechat-bot .env.example; `AZURE_OPENAI_MODEL_VERSION=2024-05-13`), never the model's name. A GitHub
 * repository's (`github_repo_id = "open-compass/opencompass"`, InternLM/HuixiangDou's code-search settings) is a source
 * repository, `org/name` as a Hub id is. A product named for LLMs names its work folder and its datasets' folder
 * (`ENV H2O_LLM_STUDIO_WORKDIR=/mount`, `H2O_LLM_STUDIO_DEMO_DATASETS=/workspace/demo`, h2oai/h2o-llmstudio's
 * Dockerfile): the last word says what the variable holds.
 */
const NOT_A_MODEL_NAME =
  /SERVED|ALIAS|DISPLAY|CACHE|DUMMY|(?:^|_)(?:GITHUB|GH|GITLAB)_REPO|_URL$|_HOST$|_PORT$|_ADDR$|_ADDRESS$|_ENDPOINT$|_DIRS?$|WORKDIR$|_DATASETS?$|_HOME$|_ROOT$|_KEY$|_TOKEN$|_TIMEOUT$|_PROVIDER$|_TYPE$|_BACKEND$|_SERVICE$|_BINDING$|_VERSION$/i;

/**
 * A setting of the model's requests named after it (`KIMI_MODEL_THINKING_KEEP=all`, `KIMI_MODEL_MAX_TOKENS=32000`,
 * MoonshotAI/kimi-cli docs/en/configuration/env-vars.md; `OPENAI_MODEL_TEMPERATURE`): a generation parameter, not a model.
 */
const MODEL_REQUEST_SETTING = /MODEL_(?:[A-Z]+_)*(?:THINKING|KEEP|TEMPERATURE|TOKENS|EFFORT|TOP_[PK])(?:_|$)/i;
/** True when an environment name says it holds a model. */
export const isModelEnvName = (name: string) =>
  MODEL_ENV_NAME.test(name) && !NOT_A_MODEL_NAME.test(name) && !OUTPUT_MODEL_SETTING.test(name) && !MODEL_REQUEST_SETTING.test(name);

/**
 * A model-named environment value: a Hub id, an Ollama tag when the name (or, with
 * `ollamaContext`, the surrounding file) says Ollama, or a model's own folder or weight file
 * (`MAXKB_EMBEDDING_MODEL_NAME=/opt/maxkb-app/model/embedding/shibing624_text2vec-base-chinese`).
 */
/** A variable named for a model's weights (`MODEL_URL`, `CKPT_URLS`, `WEIGHTS_URL`). */
const WEIGHTS_HOLDER_NAME = /model|ckpt|checkpoint|weight/i;
/** A data or settings file by its extension: what a program reads beside a model, never the model. */
const SETTINGS_FILE = /\.(?:json|jsonl|ya?ml|toml|txt|csv|md|ini|cfg|conf)$/i;

export function modelFromEnv(name: string, value: string, offset: number, ollamaContext = false): ArgModel | undefined {
  // `SMALL_MODEL_URLS=( "https://ossci-datasets.s3.amazonaws.com/torchtune/small-ckpt-tune-03082024.pt" )`,
  // `FULL_MODEL_URL=("s3://pytorch-multimodal/llama2-7b-torchtune.pt")` (pytorch/torchtune tests/cache_artifacts.sh, which
  // downloads each): a weights file's URL held under a name for a model or checkpoint is that file, as python reads one.
  const urlFile = WEIGHTS_HOLDER_NAME.test(name) ? weightsUrlFile(value) : undefined;
  if (urlFile) return { id: urlFile, source: 'local', offset };
  if (!isModelEnvName(name)) return oneModelFolder(name, value, offset);
  const token = resolveToken({ text: value, offset });
  // `FAST_LLM=openai:gpt-5.4-mini`, `EMBEDDING=ollama:nomic-embed-text`: the model after a provider's prefix.
  const colon = token.text.includes(':') ? colonModel(token.text) : undefined;
  if (colon !== undefined) return colon ? { id: colon.id, source: colon.source, offset: token.offset + colon.at } : undefined;
  // `EMBEDDINGS_NAME=openai_text-embedding-ada-002`: a provider's id joined to its model (DocsGPT's settings).
  const joined = providerJoined(token.text);
  if (joined) return { ...joined, offset: token.offset };
  // `MODEL_NAME_OR_PATH="deepseek-ai/deepseek-coder-1b-base/"` (deepseek-ai/DeepSeek-Coder's Evaluation/MBPP/eval.sh): a
  // trailing slash, as a folder is often written, on what is otherwise a Hub id.
  const parsed = parseHubReference(token.text) ?? (/^[^/\s]+\/[^/\s]+\/$/.test(token.text) ? parseHubReference(token.text.slice(0, -1)) : undefined);
  if (parsed) return { id: parsed.id, source: 'huggingface', ...(parsed.revision ? { revision: parsed.revision } : {}), offset: token.offset };
  const ollamaNamed = /OLLAMA/i.test(name);
  // `export LLM_MODEL=gpt-4.1`, `OPENAI_MODEL=gpt-4o`: a name a hosted provider publishes.
  const named = ollamaNamed ? undefined : providerNamed(token);
  if (named) return named;
  // `GENERATION_MODEL=qwen3.5:4b docker compose up` (PromtEngineer/localGPT's docs): a library name with its tag is spelled
  // so by Ollama alone (taggedOllamaName), with no other word of Ollama on the line.
  const tagged = taggedOllamaName(token);
  if (tagged) return tagged;
  // In a command pointed at an Ollama server, a tag (`qwen2:0.5b`) or a library name without one (`EMBEDDINGS_MODEL=all-minilm`).
  if (ollamaNamed || (ollamaContext && (token.text.includes(':') || isOllamaLibraryName(token.text)))) {
    const model = classifyOllamaName(token.text);
    if (model && model.source !== 'local') return { ...model, offset: token.offset };
  }
  // A path written as one (`/`, `./`, `~/`) or a weight file; a bare models folder (`/models`) names none, nor a data or
  // settings file a variable named for something beside the model points at (`LLM_ROUTER_ROUTES_PATH=./config/routes.json`,
  // huggingface/chat-ui). Named for the model, a settings file is how it loads (MNN's `MODEL_PATH=.../config.json`).
  if ((/^(?:\.{0,2}\/|~\/)/.test(token.text) && !(SETTINGS_FILE.test(token.text) && !/model/i.test(name))) || WEIGHT_FILE.test(token.text)) {
    const local = modelFromPath(token.text);
    if (local) return { ...local, offset: token.offset };
  }
  // `model_path=models/sherpa-onnx-paraformer-zh-2023-09-14`: under a name that says path, a relative folder named like a
  // model (a digit in its last part) is that model's folder, as a config's `path` is (a Hub id has been tried above).
  if (/PATH$/i.test(name)) return namedFolder(token) ?? folderUnderVariable(token);
  return folderUnderVariable(token);
}

/**
 * `--adapter_model_name checkpoint-8000`: a bare folder named as the Hugging Face Trainer names its checkpoints
 * (`checkpoint-<step>`, transformers' PREFIX_CHECKPOINT_DIR) in the working directory, given to a flag that loads weights.
 */
function trainerCheckpoint(token: Token): ArgModel | undefined {
  return /^checkpoint-\d+\/?$/.test(token.text) ? { id: token.text.replace(/\/$/, ''), source: 'local', offset: token.offset } : undefined;
}

/**
 * transformers' `--model_name_or_path`, and the `--model-path` / `--model_path` of LLaVA-style and FastChat-style scripts
 * (`python -m omni_speech.serve.model_worker --model-path Llama-3.1-8B-Omni`, ictnlp/LLaMA-Omni's README and run.sh: the
 * folder the quick start downloads): a Hub id or a folder on disk, nothing else (no served name, no catalogue name).
 */
const NAME_OR_PATH_FLAG = /^--model[-_](?:name[-_]or[-_])?path$/;
/**
 * `--model_name_or_path MiniCPM-2B-sft-bf16` (OpenBMB/MiniCPM's finetune/lora_finetune.sh, the folder the README has the
 * reader download next to the script): under a flag that takes a Hub id or a path, a bare name that is no Hub id (no
 * organisation) and is named like a model, with its size (`2B`, `0.5B`, `125m`), is a folder in the working directory.
 */
function bareModelFolder(token: Token): ArgModel | undefined {
  // (Not `path_to_chatglm2_6b`: the reader's folder goes there, isPlaceholderPath.)
  return isBareSizedModelFolder(token.text) ? { id: token.text, source: 'local', offset: token.offset } : undefined;
}

/** A folder path whose last part is named like a model (letters and a digit: `CosyVoice-300M`), read as `local`. */
/**
 * `python eval_vlm.py --load_from minimind-3v` after `git clone https://huggingface.co/jingyaogong/minimind-3v`
 * (jingyaogong/minimind-v's README): a bare word named like a model (a letter and a digit, no placeholder) given to a
 * script's own `--load_from` / `--load_path` is the folder of that name in the working directory, as vLLM's bare
 * `--model medical-model`. Not `--pretrained`, whose bare words are open_clip's tags (`laion400m_e32`).
 */
function bareLoadFolder(flag: string, token: Token): ArgModel | undefined {
  const text = token.text.replace(/\/+$/, '');
  if (!/^--load[-_]/.test(flag) || !BARE_FOLDER.test(text) || !/\d/.test(text) || PLACEHOLDER_NAME.test(text)) return undefined;
  return { id: text, source: 'local', offset: token.offset };
}

/**
 * GPTQ-for-LLaMa's scripts (`llama.py`, `bloom.py`, `opt.py`, their `*_inference.py`; https://github.com/qwopqwop200/GPTQ-for-LLaMa,
 * copied into LianjiaTech/BELLE's models/gptq), told by their `--wbits`, take the model as their first argument
 * (`bloom_inference.py BELLE-7B-gptq --wbits 8 --load BELLE-7B-gptq/bloom7b-2m-8bit-128g.pt`, `bloom.py BelleGroup/BELLE-7B-2M
 * wikitext2 --wbits 8 --save ...`): a Hub id, a folder named like a model, or the folder the `--load` weights file sits in
 * (the quantized model's config and tokenizer are read from it). The dataset after it (`wikitext2`, `c4`) is no model.
 */
function gptqModelArgument(tokens: Token[]): ArgModel | undefined {
  if (!tokens.some((t) => t.text === '--wbits' || t.text.startsWith('--wbits='))) return undefined;
  const script = tokens.findIndex((t) => /\.py$/.test(t.text));
  const first = script >= 0 ? tokens[script + 1] : undefined;
  if (!first || first.text.startsWith('-') || /[$*{}<>]/.test(first.text) || PLACEHOLDER_NAME.test(first.text) || isPlaceholderPath(first.text))
    return undefined;
  const load = tokens.findIndex((t) => t.text === '--load');
  const loaded = load >= 0 ? tokens[load + 1]?.text : undefined;
  const folder = first.text.replace(/[\\/]+$/, '');
  const holdsLoaded = !!loaded && loaded.startsWith(`${folder}/`) && WEIGHT_FILE.test(loaded);
  return (
    hub(first) ??
    namedFolder(first) ??
    (isBareSizedModelFolder(folder) || (holdsLoaded && BARE_FOLDER.test(folder)) ? { id: folder, source: 'local', offset: first.offset } : undefined)
  );
}

function namedFolder(token: Token): ArgModel | undefined {
  const last =
    token.text
      .replace(/[\\/]+$/, '')
      .split(/[\\/]/)
      .pop() ?? '';
  if (!/[\\/]/.test(token.text) || !/\d/.test(last) || !/[A-Za-z]/.test(last) || /\$/.test(token.text)) return undefined;
  const local = modelFromPath(token.text);
  return local?.source === 'local' ? { ...local, offset: token.offset } : undefined;
}

/**
 * `pretrained_model_dir=../../../pretrained_models/CosyVoice-300M` (FunAudioLLM/CosyVoice's recipes, given to every stage
 * as `--model_dir $pretrained_model_dir`): a directory named for one model (`MODEL_DIR`, singular, or one model's upper-case
 * `<name>_CKPT_DIR="$MODEL_DIR/Wan2.1-T2V-1.3B"`, Wan-Video/Wan2.1's tests/test.sh, not an experiment's lower-case
 * `ckpt_dir`; `MODELS_DIR` and `CACHE_DIR` are roots that name none) holds that model's folder when the folder is named like a model.
 */
function oneModelFolder(name: string, value: string, offset: number): ArgModel | undefined {
  if (!(/(?:^|_)MODEL_DIR$/i.test(name) || /\w_CKPT_DIR$/.test(name)) || OUTPUT_MODEL_SETTING.test(name) || /CACHE|OUTPUT|SAVE|EXPORT/i.test(name))
    return undefined;
  const token = resolveToken({ text: value, offset });
  return namedFolder(token) ?? folderUnderVariable(token);
}

/**
 * A variable holding a root of model folders, named for nothing else (`MODEL_DIR`, `MODELS_DIR`, `CKPT_DIR`,
 * `CHECKPOINT_ROOT`, `WEIGHTS_HOME`); not one model's own folder (`$step_audio_model_dir/token2wav`, a part of it:
 * FunAudioLLM/CosyVoice's runtime scripts).
 */
const WEIGHTS_ROOT_VARIABLE = /^(?:MODELS?|CKPTS?|CHECKPOINTS?|WEIGHTS)_(?:DIR|ROOT|HOME)$/;
/**
 * A folder under a location variable the file does not set (`$HOME/models/Qwen2.5-3B-Instruct`,
 * `${RAY_DATA_HOME}/models/Qwen3-8B`, `$HDFS_ROOT/model/Qwen3-30B-A3B-Base`: verl's recipes, which download there
 * first), in a weights folder and named like a model in its last part (letters and a digit): `local`, written as in the file, since the
 * variable's value is the user's. Asked only where a model is expected (a model variable or key).
 */
export function folderUnderVariable(token: Token): ArgModel | undefined {
  // (Or under a root written as a placeholder to fill in: `<internvl_home>/internvl_chat/pretrained/InternVL2-1B`,
  // Data-Juicer's InternVL sandbox configs, as InternVL's docs lay out `pretrained/`.)
  const m = /^(?:\$\{?([A-Za-z_]\w*)\}?|<[A-Za-z_][\w-]*>)\/([^\s$'"<>]+)$/.exec(token.text);
  // Inside a folder kept for weights (`models/`, `model/`, `checkpoint/`, `pretrained/`): not a project's other folders
  // (`$cosyvoice_path/runtime/triton_trtllm/model_repo_cosyvoice3`, a Triton model repository; `test-models/`). A root
  // variable named for weights is that folder (`T2V_CKPT_DIR="$MODEL_DIR/Wan2.1-T2V-1.3B"`, Wan-Video/Wan2.1's tests/test.sh).
  if (
    !m ||
    !(
      /(^|\/)(models?|checkpoints?|ckpts?|weights|pretrained|pretrained_models|hf_models)\//i.test(m[2]!) ||
      (WEIGHTS_ROOT_VARIABLE.test(m[1] ?? '') && !m[2]!.replace(/\/+$/, '').includes('/')) ||
      // Or straight in the user's home, named with a parameter count (`MODEL_PATH="$HOME/DeepScaleR-1.5B-Preview"`,
      // agentica-project/rllm's scripts/eval/eval_model.sh): the folder a download put the model in, no project folder.
      (m[1] === 'HOME' && isBareSizedModelFolder(m[2]!.replace(/\/+$/, '')))
    )
  )
    return undefined;
  const last = m[2]!.replace(/\/+$/, '').split('/').pop() ?? '';
  if (!/\d/.test(last) || !/[A-Za-z]/.test(last) || /\.(json|ya?ml|txt|parquet|jsonl|csv|py|sh|log)$/i.test(last)) return undefined;
  return { id: token.text.replace(/\/+$/, ''), source: 'local', offset: token.offset };
}

/**
 * A weights file a run wrote under a folder the user names (`--lora-weight results/$project/checkpoints/step_000000010.ckpt`,
 * fish-speech's finetune docs: the trained checkpoint a merge loads back), inside a folder kept for weights: `local`,
 * written as in the file. Asked only of a weights flag's value.
 */
function weightsFileUnderVariable(token: Token): ArgModel | undefined {
  if (!/\$\{?[A-Za-z_]\w*\}?/.test(token.text) || /[\s'"*?<>|]/.test(token.text)) return undefined;
  if (!/(^|\/)(models?|checkpoints?|ckpts?|weights|pretrained(?:_weights|_models)?)\/[^/$]+$/i.test(token.text)) return undefined;
  return { id: token.text, source: 'local', offset: token.offset };
}

/** A TensorRT engine file (`vit-b-16.img.fp16.trt`, `model.plan`): a model serialised for one GPU. */
const ENGINE_FILE = /.\.(?:trt|plan)$/i;
/**
 * A weights file (WEIGHT_FILE) or TensorRT engine at a path under a root variable the file does not set
 * (`${DATAPATH}/deploy/vit-b-16.img.fp16.onnx`, OFA-Sys/Chinese-CLIP's deployment.md: `speed_benchmark.py
 * --onnx-image-model ... --tensorrt-text-model ${DATAPATH}/deploy/vit-b-16.txt.fp16.trt`), given to a flag named for a model
 * or its weights: that file, in whatever folder, `local`, written as in the file. Not a template or glob in the path.
 */
function exportedFileUnderVariable(token: Token, lookup?: VariableLookup): ArgModel | undefined {
  const root = /^\$\{?([A-Za-z_]\w*)\}?\/[^\s'"*?<>|$`{}]+$/.exec(token.text);
  // (Under a folder the file sets, `$pretrained_model_dir/campplus.onnx` after `pretrained_model_dir=.../CosyVoice-300M`
  // (FunAudioLLM/CosyVoice's recipes), the file is a part of the model that folder holds.)
  if (!root || lookup?.(root[1]!, token.offset)) return undefined;
  return WEIGHT_FILE.test(token.text) || ENGINE_FILE.test(token.text) ? { id: token.text, source: 'local', offset: token.offset } : undefined;
}

/**
 * TGI's LoRA adapters, loaded at startup (`LORA_ADAPTERS=predibase/customer_support,predibase/dbpedia`, the launcher's
 * `--lora-adapters`: "a list of adapter ids i.e. `repo/adapter1,repo/adapter2`", with `id@revision` and
 * `name=/path/to/adapter` entries, https://huggingface.co/docs/text-generation-inference/conceptual/lora): each Hub id or
 * folder. The name before `=` is what requests call the adapter.
 */
const ADAPTERS_ENV_NAME = /(^|_)LORA_ADAPTERS$/;
export function adaptersFrom(value: string, offset: number): ArgModel[] {
  const found: ArgModel[] = [];
  let at = 0;
  for (const entry of value.split(',')) {
    const alias = entry.indexOf('=');
    const text = alias >= 0 ? entry.slice(alias + 1) : entry;
    const model = text ? hubOrLocal({ text, offset: offset + at + (alias >= 0 ? alias + 1 : 0) }) : undefined;
    // (`@main` names the default branch: it pins nothing.)
    if (model) found.push(model.revision === 'main' ? { id: model.id, source: model.source, offset: model.offset } : model);
    at += entry.length + 1;
  }
  return found;
}
export const adaptersFromEnv = (name: string, value: string, offset: number): ArgModel[] => (ADAPTERS_ENV_NAME.test(name) ? adaptersFrom(value, offset) : []);

/**
 * A program that takes a model on its command line: the one table every extractor that reads
 * commands uses. `flags` are its own model flags beyond the common ones (`--model`, `--model-id`,
 * ...); `images` the container images whose entrypoint it is (`docker run tabbyml/tabby serve ...`,
 * compose `image:` + `command:`). Where a program fetches bare names (no `org/`) from its
 * publisher's registry is data: providers.yaml `program_registries`.
 */
export interface ModelProgram {
  name: string;
  flags?: readonly string[];
  images?: readonly string[];
  /** Its model flags take the names its own server answers to (`xinference launch --model-name qwen2.5-instruct`), not Hub ids. */
  servedNames?: boolean;
  /** Its flags are spellings other tools use too (`--model-name`): a command is its own only when it names the program. */
  sharedFlags?: boolean;
  /** Its model flags take LiteLLM model names (`openrouter/deepseek/deepseek-chat`, `gemini/gemini-2.5-pro`), read as model-names reads them. */
  litellm?: boolean;
  /** Its model flags take a library's short names (providers.yaml `library_names` package): `whisper --model turbo`. */
  library?: string;
}

/**
 * Ollama's commands that name a model they use first (https://github.com/ollama/ollama/blob/main/docs/cli.md): `ollama
 * show --modelfile qwen2:72b-instruct`, `ollama rm gemma4`, `ollama cp llama3.2 gpt-3.5-turbo` (the copy's name is an
 * alias); and its flags that take a value. Not `create`: the tag it makes from a Modelfile is an output, as a folder a
 * model is saved to (the Modelfile's `FROM` is the model); nor `push`, which publishes one.
 */
const OLLAMA_MODEL_COMMANDS = new Set(['run', 'pull', 'show', 'stop', 'rm', 'cp']);
/** The model flag of `ollama launch <integration> --model X` and of the coding agents it starts (`claude --model`, `codex -m`). */
/** Go's flag package reads `-model` as `--model` (ollama-bench's `-model`). */
const OLLAMA_MODEL_FLAGS = new Set(['--model', '-m', '-model']);
/**
 * A tag only Ollama's cloud serves (`kimi-k2.6:cloud`, `gpt-oss:120b-cloud`; https://docs.ollama.com/cloud), whatever
 * program it is given to (`pool -m kimi-k2.6:cloud`, `codex --oss -m gpt-oss:120b-cloud`).
 */
const OLLAMA_CLOUD_TAG = /^[a-z0-9][\w.-]*:(?:[\w.]+-)?cloud$/;
/** A variable that points a command at an Ollama server: its address (`:11434`) or its stand-in key (`OPENAI_API_KEY=ollama`). */
const OLLAMA_SERVER_SETTING = /^[A-Za-z_]\w*=["']?(?:\S*:11434\b|ollama["']?$)/i;
/** A CLI's flag choosing its model provider (`--provider`, `--llm-provider`, `--model_provider`), its value the next word. */
const PROVIDER_FLAG = /^--(?:(?:llm|model)[-_])?provider$/;
/**
 * The same, or the kind of model server the CLI talks to (`play_agent.py --model-type ollama --model-name qwen2.5vl:3b`,
 * hiyouga/EasyR1's Android GUI cookbook: its `--model-name` is then the Ollama tag it calls), read for Ollama.
 */
const OLLAMA_PROVIDER_FLAG = /^--(?:(?:llm|model)[-_])?(?:provider|type|backend)$/;
/** Provider values of those flags: Ollama, and OpenAI's API or a server standing in for it (`openai`, `openai-compatible`). */
const OLLAMA_PROVIDER = /^["']?ollama["']?$/i;
const OPENAI_PROVIDER = /^["']?openai(?:[-_]compatible)?["']?$/i;
/** Whether a command's `flag` is given such a value, as the next word or inline (`--provider=ollama`). */
function namesProvider(raw: Token[], firstCommandWord: number, value: RegExp, flag: RegExp = PROVIDER_FLAG): boolean {
  return raw.some((t, k) => {
    if (k <= firstCommandWord || !t.text.startsWith('--')) return false;
    if (flag.test(t.text)) return value.test(raw[k + 1]?.text ?? '');
    const eq = t.text.indexOf('=');
    return eq > 0 && flag.test(t.text.slice(0, eq)) && value.test(t.text.slice(eq + 1));
  });
}
const OLLAMA_VALUE_FLAGS = new Set(['-f', '--file', '-q', '--quantize', '--format', '--keepalive']);

export const MODEL_PROGRAMS: readonly ModelProgram[] = [
  { name: 'vllm', images: ['vllm/vllm-openai'] },
  { name: 'sglang' },
  { name: 'huggingface-cli' },
  { name: 'hf' },
  { name: 'ollama' },
  { name: 'llama-server' },
  { name: 'llama-cli' },
  { name: 'text-generation-launcher' },
  { name: 'text-embeddings-router' },
  // https://github.com/huggingface/text-generation-inference/tree/main/benchmark : TGI's benchmarking tool loads the
  // served model's tokenizer by its Hub id (`text-generation-benchmark --tokenizer-name org/name`)
  { name: 'text-generation-benchmark', flags: ['--tokenizer-name'] },
  // https://www.elastic.co/guide/en/elasticsearch/client/eland/current/machine-learning.html : eland downloads a Hub
  // model and imports it into Elasticsearch (`eland_import_hub_model --hub-model-id org/name --task-type ...`)
  { name: 'eland_import_hub_model', flags: ['--hub-model-id'] },
  { name: 'lmdeploy' },
  // https://github.com/ml-explore/mlx-lm (mlx_lm/convert.py): `mlx_lm.convert --hf-path mistralai/Mistral-7B-v0.1 -q`
  // converts the Hub model (or folder) it names to MLX; `--mlx-path` is where it writes, an output
  { name: 'mlx_lm.convert', flags: ['--hf-path', '--model'] },
  // https://nvidia.github.io/TensorRT-LLM/commands/trtllm-serve/trtllm-serve.html : `trtllm-serve Qwen/Qwen3-8B --backend
  // pytorch`, `trtllm-serve serve nvidia/Qwen3-235B-A22B-FP8`, `trtllm-serve /workspace/DeepSeek-R1-0528 --tp_size 8`
  { name: 'trtllm-serve' },
  // https://llm.mlc.ai/docs/deploy/cli.html : `mlc_llm chat HF://mlc-ai/Llama-3-8B-Instruct-q4f16_1-MLC`, `mlc_llm compile X`
  { name: 'mlc_llm' },
  { name: 'modelscope' },
  { name: 'swift' },
  { name: 'tune' },
  // https://huggingface.co/docs/lerobot (huggingface/lerobot pyproject.toml [project.scripts]): LeRobot's CLIs, whose
  // draccus flags load a policy (`lerobot-eval --policy.path=lerobot/diffusion_pusht`, `lerobot-train
  // --policy.pretrained_path=lerobot/pi05_base`, `lerobot-rollout --policy.path=outputs/.../pretrained_model`) or the
  // annotation VLM (`lerobot-annotate --vlm.model_id=Qwen/Qwen3.6-27B`): read by isOverrideModelKey
  ...['lerobot-train', 'lerobot-eval', 'lerobot-record', 'lerobot-rollout', 'lerobot-annotate'].map((name) => ({ name })),
  // https://github.com/Lightning-AI/litgpt (litgpt/__main__.py): `litgpt download|chat|finetune_lora|serve|evaluate ...
  // microsoft/phi-2` or the folder it downloads to, `checkpoints/microsoft/phi-2` (LITGPT_MODEL_COMMANDS)
  { name: 'litgpt' },
  { name: 'llamafactory-cli' },
  // https://huggingface.co/docs/trl/clis : TRL's `trl sft --model_name_or_path Qwen/Qwen2.5-0.5B`, `trl vllm-serve --model X`
  { name: 'trl' },
  // https://spacy.io/api/cli#download : `python -m spacy download en_core_web_sm`
  { name: 'spacy' },
  // https://tabby.tabbyml.com/docs/quick-start/installation/docker/ : `tabby serve --model StarCoder-1B --chat-model Qwen2-1.5B-Instruct`, `tabby download --model X`
  { name: 'tabby', flags: ['--model', '--chat-model'], images: ['tabbyml/tabby'] },
  // https://inference.readthedocs.io/en/latest/getting_started/using_xinference.html : `xinference launch --model-name
  // qwen2.5-instruct` / `-n`, `xinference engine -n`, `xinference cal-model-mem -n`: a built-in model's name
  { name: 'xinference', flags: ['--model-name', '-n'], images: ['xprobe/xinference'], servedNames: true, sharedFlags: true },
  // https://github.com/openai/whisper#command-line-usage : `whisper audio.flac --model turbo`, the name load_model downloads
  // (whisper/transcribe.py's `--model`); held-out openai/whisper, session 34
  { name: 'whisper', flags: ['--model'], sharedFlags: true, library: 'whisper' },
  // https://github.com/m-bain/whisperX#command-line-usage : `whisperx audio.wav --model large-v2`, the name faster-whisper
  // downloads (whisperx/__main__.py's `--model`, passed to load_model); held-out m-bain/whisperX, session 37
  { name: 'whisperx', flags: ['--model'], sharedFlags: true, library: 'whisperx' },
  // https://github.com/ShishirPatil/gorilla/tree/main/berkeley-function-call-leaderboard : the Berkeley Function-Calling
  // Leaderboard's `bfcl generate --model Qwen3-Coder-480B-A35B-Instruct`, `bfcl evaluate --model gpt-4o-2024-11-20-FC`:
  // a key of its model handlers, the model it queries (an API's or one it serves)
  { name: 'bfcl', flags: ['--model'], servedNames: true, sharedFlags: true },
  // https://aider.chat/docs/config/options.html : `aider --model openrouter/deepseek/deepseek-chat --editor-model
  // sonnet --weak-model gpt-4o-mini`, LiteLLM's names (or Aider's own aliases, which name no model here)
  { name: 'aider', flags: ['--model', '--editor-model', '--weak-model'], litellm: true },
  // https://docs.openinterpreter.com/settings/all-settings#model-selection : Open Interpreter's `interpreter --model
  // cloudflare/@cf/meta/llama-2-7b-chat-int8`, `interpreter --api_base ... --model ollama/codestral`: LiteLLM's names
  { name: 'interpreter', flags: ['--model', '-m'], litellm: true },
  // https://lmstudio.ai/docs/cli : LM Studio's `lms get deepseek-r1-qwen-7b` (a catalogue name or `org/name`) and
  // `lms load qwen2.5-7b-instruct --gpu max`, `lms chat openai/gpt-oss-20b`: the model it downloads, loads or chats
  // with, its first positional argument
  { name: 'lms' },
  // https://github.com/bentoml/OpenLLM : `openllm serve llama3.2:1b`, `openllm run qwen2.5:7b` (a tag of its model
  // catalogue, the name its OpenAI-compatible server then answers to), `openllm deploy llama3.2:1b` (the same on
  // BentoCloud), `openllm start microsoft/phi-2` (before 0.6)
  { name: 'openllm' },
  // https://github.com/kvcache-ai/ktransformers kt-kernel/README.md : KTransformers' `kt run m2.1` (a name of its model
  // registry, which it downloads from the Hub), `kt run /path/to/model`
  { name: 'kt' },
  // https://github.com/containers/ramalama/blob/main/docs/ramalama.1.md : `ramalama run granite3-moe`, `ramalama pull
  // hf://org/repo`, `ramalama serve ollama://smollm:135m`, `ramalama sandbox goose qwen3:4b` (ramalamaModel)
  { name: 'ramalama' },
  // https://localai.io/basics/getting_started/ : `local-ai run llama-3.2-1b-instruct:q4_k_m`, `local-ai run
  // huggingface://TheBloke/phi-2-GGUF/phi-2.Q8_0.gguf`, `local-ai run ollama://gemma:2b`, `local-ai chat --model X`
  { name: 'local-ai' },
  // https://github.com/EricLBuehler/mistral.rs docs/src/content/docs/reference/cli/run.md : `mistralrs run|serve|tune|bench
  // -m Qwen/Qwen3-4B`, `-f Qwen3-0.6B-Q4_K_M.gguf` (its GGUF file), `--tok-model-id X`, `--mtp-model X`, `--xlora X`,
  // `--legacy-lora X`, `--lora alias=X` (below, with the other adapter pairs); its images' entrypoint (`docker run
  // ghcr.io/ericlbuehler/mistral.rs:latest serve -m X`, docs/src/content/docs/guides/deploy/docker.md)
  { name: 'mistralrs', flags: ['-m', '-f', '--quantized-file', '--xlora', '--legacy-lora'], images: ['ericlbuehler/mistral.rs'] },
  // FastChat's weight tools (https://github.com/lm-sys/FastChat/blob/main/docs/vicuna_weights_version.md, fastchat/model/
  // apply_delta.py, apply_lora.py, make_delta.py; LLaVA's copy `llava.model.apply_delta`): each reads a base model and a
  // delta or LoRA (`apply_delta --base ~/llama-7b --delta lmsys/vicuna-7b-delta-v1.1`, 0.2's `--base-model-path ...
  // --delta-path ...`), or, making a delta, the fine-tuned `--target`. Their other path is the one written (apply's
  // `--target`, make_delta's `--delta`). Words other tools use too: only under the program's name.
  // (And the script run by its file name, as the delta repos ship it: `python3 apply_delta.py --base ... --delta
  // CarperAI/stable-vicuna-13b-delta`, OpenGVLab/Ask-Anything's video_chat README after `huggingface.co/CarperAI/
  // stable-vicuna-13b-delta/raw/main/apply_delta.py`.)
  ...['fastchat.model.apply_delta', 'llava.model.apply_delta', 'apply_delta.py'].map((name) => ({
    name,
    flags: ['--base', '--base-model-path', '--delta', '--delta-path'],
    sharedFlags: true,
  })),
  { name: 'fastchat.model.apply_lora', flags: ['--base', '--base-model-path', '--lora', '--lora-path'], sharedFlags: true },
  { name: 'fastchat.model.make_delta', flags: ['--base', '--base-model-path', '--target', '--target-model-path'], sharedFlags: true },
];
export const MODEL_PROGRAM_NAMES = MODEL_PROGRAMS.map((p) => p.name);
/** Programs that run another program (or a script) with the model flags passed through. */
export const LAUNCHER_PROGRAMS = ['python', 'python3', 'docker', 'accelerate', 'torchrun', 'deepspeed'] as const;
/** `a|b|c` of program names, for building a command-line pattern. */
export const programAlternation = (programs: readonly (string | ModelProgram)[]) =>
  programs.map((p) => (typeof p === 'string' ? p : p.name).replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|');

/**
 * A command kept in a `#` comment, as recipes and Dockerfiles say what to run first:
 * "#   tune download meta-llama/Llama-2-7b-hf --output-dir /tmp/Llama-2-7b-hf", "# vllm serve Qwen/Qwen2.5-7B",
 * "# hf download --local-dir tei_data/BAAI/bge-m3 BAAI/bge-m3".
 */
let commentedCommand: RegExp | undefined;
/** The `#` that starts a comment line, and the blanks around it. */
const COMMENT_MARK = /^[ \t]*#+/;
/**
 * A launcher's command counts only with a model flag (`python app.py --model X`, `# python -m trl.scripts.vllm_serve
 * --model X` in a comment), not `python -m pip`: in code, comments and quoted hints alike.
 */
export const LAUNCHER_MODEL_FLAG = /(?:^|\s)--[\w-]*(?:model|pretrain)[\w-]*(?:[ \t]+|=)\S/;

/**
 * A command continued over `#` comment lines whatever its program, from its first line (env assignments or a word,
 * then `\` at the end): ms-swift's recipes say which server to start first as `# CUDA_VISIBLE_DEVICES=6,7 \` then
 * `# swift rollout \` then `#     --model Qwen/Qwen2.5-VL-3B-Instruct \`. Read only with a model flag (LAUNCHER_MODEL_FLAG).
 */
const CONTINUED_COMMENT_COMMAND = /^([ \t]*#+[ \t]*(?:\$[ \t]+)?)((?:[A-Z_]+=\S*[ \t]+)*[A-Za-z_./][\w./=,-]*(?:[ \t][^\n]*)?\\[ \t]*)\r?$/my;

/**
 * The models of the commands in a text's `#` comments (YAML/TOML, Dockerfiles, scripts), at their offsets. A command
 * continued with `\` goes on in the comment lines below (`#   python -m trl.scripts.vllm_serve \` then `#       --model X \`).
 * `continuedOnly` (scripts): only commands written over several comment lines, a recipe's step; one commented-out
 * line of a script is a disabled alternative (`# docker run vllm/vllm-openai --model X`).
 */
/**
 * A label before a command in a comment, a word or a few and a colon (`# Server: vllm serve X`, `# Start the server: ...`,
 * NovaSky-AI/SkyThought's test-time-scaling scripts): the command is one the reader is told to run.
 */
const COMMENT_LABEL = '[A-Z][A-Za-z]*(?:[ \\t][A-Za-z]+){0,3}:[ \\t]+';

export function commentedCommands(text: string, continuedOnly = false, starts?: number[]): ArgModel[] {
  if (!text.includes('#')) return [];
  commentedCommand ??= new RegExp(
    `^([ \\t]*#+[ \\t]*(?:\\$[ \\t]+|${COMMENT_LABEL})?)((?:[A-Z_]+=\\S*[ \\t]+)*(?:(?:${programAlternation(MODEL_PROGRAMS)})|(${programAlternation(LAUNCHER_PROGRAMS)}))[ \\t][^\\n]*)`,
    'my',
  );
  // Both patterns are tried at the comment lines' starts only (sticky: comments.ts eachHashLineMatch).
  starts ??= hashLineStarts(text);
  const found: ArgModel[] = [];
  // The comment lines already read as part of a command (by their start offset).
  const read = new Set<number>();
  // The command from its first line, and where it ends (the matching goes on from there).
  const continued = (m: RegExpExecArray) => {
    const start = m.index + m[1]!.length;
    let end = m.index + m[0].length;
    // Continued lines: the next comment line's text, its `#` blanked so offsets stay put.
    let command = m[2]!;
    read.add(m.index);
    while (/\\[ \t]*\r?$/.test(command) && text[end] === '\n') {
      const lineEnd = text.indexOf('\n', end + 1) < 0 ? text.length : text.indexOf('\n', end + 1);
      const line = text.slice(end + 1, lineEnd);
      const mark = COMMENT_MARK.exec(line);
      if (!mark) break;
      read.add(end + 1);
      command += '\n' + ' '.repeat(mark[0].length) + line.slice(mark[0].length);
      end = lineEnd;
    }
    return { command, start, end };
  };
  eachHashLineMatch(
    text,
    commentedCommand,
    (m) => {
      const { command, start, end } = continued(m);
      // (A `# $ cmd` line shows a command to type, with its prompt: an example, not a disabled line of the script; so does
      // one under a label, `# Server: vllm serve Qwen/Qwen2.5-Coder-7B-Instruct`, the server a script needs started.)
      if (!((m[3] && !LAUNCHER_MODEL_FLAG.test(command)) || (continuedOnly && !command.includes('\n') && !m[1]!.includes('$') && !m[1]!.includes(':'))))
        found.push(...modelsInArgs(tokenize(command, start)));
      return end;
    },
    starts,
  );
  if (!text.includes('\\')) return found;
  eachHashLineMatch(
    text,
    CONTINUED_COMMENT_COMMAND,
    (m) => {
      if (read.has(m.index)) return;
      const { command, start, end } = continued(m);
      if (LAUNCHER_MODEL_FLAG.test(command)) found.push(...modelsInArgs(tokenize(command, start)));
      return end;
    },
    starts,
  );
  return found;
}

/**
 * `./mixtral-8x7b-instruct-v0.1.Q5_K_M-server.llamafile --nobrowser`: a llamafile is a model run as a program; on
 * Windows renamed with `.exe` (`Llama-3.2-1B-Instruct.Q4_K_M.llamafile.exe --bench`).
 */
const LLAMAFILE_RUN = /^[ \t]*((?:\.{0,2}\/)?(?:[\w.@+-]+\/)*[\w.@+-]+\.llamafile)(?:\.exe)?(?=[ \t]|$)/gm;

/**
 * llamafile's `.args` file, one argument a line (https://github.com/Mozilla-Ocho/llamafile#creating-llamafiles), written
 * by a heredoc or shown in docs: a model flag alone on its line (`-m`, `--mmproj`), the weights file on the next.
 */
const ARGS_LINES = /^[ \t]*(?:-m[lw]?|-model|--model|--mmproj)[ \t]*\r?\n[ \t]*([^\s\-#'"$][^\s'"$]*\.(?:gguf|llamafile|bin))[ \t]*\r?$/gm;

/** The weights files an `.args` file's lines name, as local models at the path written. */
export function argsFileModels(text: string): ArgModel[] {
  const found: ArgModel[] = [];
  for (const m of text.matchAll(ARGS_LINES)) {
    const local = modelFromPath(m[1]!);
    if (local?.source === 'local') found.push({ id: local.id, source: 'local', offset: m.index + m[0].lastIndexOf(m[1]!) });
  }
  return found;
}

/** The llamafiles a script runs (https://github.com/Mozilla-Ocho/llamafile), as local models at the path written. */
export function llamafilesRun(text: string): ArgModel[] {
  if (!text.includes('.llamafile')) return [];
  return [...text.matchAll(LLAMAFILE_RUN)].map((m) => ({ id: m[1]!.replace(/^\.\//, ''), source: 'local' as const, offset: m.index + m[0].indexOf(m[1]!) }));
}
