// Shell scripts, Makefiles, justfiles, Procfiles: serving and download CLIs (vllm serve,
// --model, huggingface-cli download, ollama pull, llama.cpp -hf), `export MODEL=...`, with
// `\`-continued lines joined and `$MODEL` / `${MODEL:-default}` / `$(MODEL)` resolved in the file.
// References: https://www.gnu.org/software/bash/manual/bash.html https://www.gnu.org/software/make/manual/
import type { RawReference } from '../model/reference.js';
import { libraryNamesInSlots } from './shared/library-slots.js';
import { defineExtractor, type ExtractResult } from './extractor.js';
import configFile from './config-file.js';
import {
  argReference,
  argsFileModels,
  llamafilesRun,
  commentedCommands,
  adaptersFromEnv,
  hubOutputNames,
  isModelEnvName,
  LAUNCHER_MODEL_FLAG,
  LAUNCHER_PROGRAMS,
  MODEL_PROGRAMS,
  modelFromEnv,
  modelsInArgs,
  programAlternation,
  resolveToken,
  tokenize,
  withUses,
  type ArgModel,
  type Token,
  type VariableLookup,
} from './shared/cli-args.js';
import { anyWord } from './shared/words.js';
import { PositionIndex } from './shared/position.js';
import { matchesFromLineStartsWith } from './shared/line-matches.js';
import { publisherWords } from './shared/model-name.js';
import { keyedModelName } from './shared/keyed-name.js';
import { loadRegistry } from '../registry/load.js';
import { wordLinesOf } from './shared/word-lines.js';
import { parseHubReference } from '../model/ids.js';
import { asAliasRequest, providerNameWords, servedAliases } from '../registry/providers.js';

/** `NAME=${NAME:-"default"}` (or `'default'`): the name and its quoted default. */
export const QUOTED_DEFAULT = /^[ \t]*(?:export[ \t]+|local[ \t]+)?([A-Za-z_]\w*)=\$\{\w+:?[-=]["']([^"'\s]+)["']\}/gm;
/** An evaluation harness run: lmms-eval or lm-evaluation-harness (`-m lmms_eval`, `lm_eval`, `python -m lm_eval`). */
const HARNESS_RUN = /\b(?:lmms_eval|lm_eval|lm-eval)\b/;
/** The variables such scripts keep the harness's model class in (`model`, `model_family`, `model_type`). */
const HARNESS_CLASS_VARIABLE = /^(?:model|model_family|model_type|MODEL_FAMILY|MODEL_TYPE)$/;
/** "export CHAT_MODEL=Qwen/Qwen2.5-7B", "MODEL ?= Qwen/..." (make), "model := 'Qwen/...'" (just) */
// (Also the first command of an `if`/`for` branch written on its line: `if command -v hf ...; then HF=hf`, `else HF=x; fi`.)
export const ASSIGN =
  /^([ \t]*(?:(?:[^\n#"']*?[;&|][ \t]*)?(?:then|else|do)[ \t]+)?(?:export[ \t]+|readonly[ \t]+|local[ \t]+)?([A-Za-z_]\w*)[ \t]*(?:\?|:|\+)?=[ \t]*)(["']?)([^\s"'#;]+)\3/gm;
/**
 * ASSIGN's matches, as its global search finds them. Each starts at a line's start and holds no `\n`, so it lies on one
 * line and holds that line's `=`: in a text with no other line break (`\r`, U+2028, U+2029, where `^` also stands and
 * which `[^\n#"']` may cross before the `=`), it is tried at the starts of the lines holding `=` only
 * (matchesFromLineStartsWith). The search at every position was shell's largest pattern (0.4% of a whole run, session 36).
 */
export function assignMatches(text: string): Iterable<RegExpExecArray> {
  return OTHER_LINE_BREAK.test(text) ? text.matchAll(ASSIGN) : matchesFromLineStartsWith(text, '=', ASSIGN);
}
const OTHER_LINE_BREAK = /[\r\u2028\u2029]/;
/** Bash arrays: `MODELS=( "Qwen/Qwen2.5-7B" "BAAI/bge-m3" )` (`=(` before any line break: tried where it is written). */
export const ARRAY = /^[ \t]*(?:export[ \t]+|local[ \t]+|declare[ \t]+-a[ \t]+)?([A-Za-z_]\w*)=\(([^)]*)\)/gm;

/**
 * What a script that names a model holds: its prefilter words and its own cheap test (on the text with comments
 * blanked). ` -m ` / ` -- `: a project's own CLI given a model (`aibomgen-cli generate -m gpt2`, `cargo run -p cli --
 * microsoft/DialoGPT-medium`). `--repo ` / `hf cache `: the Hugging Face CLI's endpoint and cache commands (`hf endpoints
 * deploy x --repo gpt2`, `hf cache rm model/gpt2`). `lmdeploy `: its `chat` and `lite` commands take the model with no
 * such word (`lmdeploy chat ./internlm2_5-7b-chat-4bit`), as LM Studio's do (`lms get deepseek-r1-qwen-7b`).
 */
const WORDS = [
  'model',
  'ollama',
  // Ollama's port: a request to its API that names no `model` key (`curl http://localhost:11434/api/copy -d '{"source": ...}'`).
  ':11434',
  'serve',
  'download',
  '-hf',
  'pretrain',
  'gguf',
  // ggml's own weights (`-mw ./models/ggml-small.en.bin`: whisper.cpp's talk-llama), a file only models are written in.
  'ggml',
  'quantize',
  'llamafile',
  'lmdeploy ',
  // XTuner's `xtuner convert merge ./internlm2-chat-7b ./hf ./merged`, `xtuner chat ./merged`: no model word either.
  'xtuner ',
  // MLC LLM's commands take the model first with no model word either (`mlc_llm compile ./dist/X-MLC/mlc-chat-config.json
  // --device cuda -o dist/libs/X-cuda.so`, `mlc_llm chat ./dist/X-MLC`: cli-args MLC_LLM_MODEL_COMMANDS).
  'mlc_llm ',
  // A folder of weights linked or copied where a later step loads it (`ln -s /data/share/Qwen2.5-7B-Instruct ./Qwen2.5`,
  // `cp -r ...`: cli-args linkedOrCopiedSources), the command naming no model word.
  'ln -s',
  'cp -r',
  ' -m ',
  ' -- ',
  '--repo ',
  // A script's repo option, no model word on it (`tag_images_by_wd14_tagger.py --onnx --repo_id SmilingWolf/wd-swinv2-tagger-v3`:
  // cli-args MODEL_FLAGS).
  '--repo_id',
  '--repo-id',
  'hf cache ',
  'lms get ',
  'lms load ',
  // KTransformers' `kt run m2.1`: a name of its model registry, with no model word either.
  'kt run ',
  // RamaLama's commands name the model with no such word either (`ramalama bench granite3-moe`, `ramalama pull tiny`).
  'ramalama ',
  // LazyLLM's `lazyllm deploy llama3-chat`: a name of its catalogue, no model word either.
  'lazyllm deploy ',
  // OpenLLM's `openllm run llama3:8b`, `openllm deploy llama3.2:1b`: a tag of its catalogue, no model word either.
  'openllm ',
  // LeRobot's draccus policy flags (`lerobot-eval --policy.path=lerobot/smolvla_base`, `--policy.pretrained_path=...`:
  // cli-args isOverrideModelKey), no model word either.
  '--policy.',
  // litgpt's commands too (`litgpt chat out/finetune/lora-phi-2/final`, `litgpt evaluate lora_model/final`).
  'litgpt ',
  // ms-swift's fine-tuned checkpoint (`swift export --ckpt_dir output/.../checkpoint-365 --merge_lora true`).
  '--ckpt_dir',
  '--adapters',
  // TGI's benchmarking tool, whose model flag holds no such word (`text-generation-benchmark --tokenizer-name X`).
  'text-generation-benchmark',
  // llamafile's `.args` file, one argument a line, the weights file alone on its line (ARGS_LINES): a `.gguf`, a
  // `.llamafile` or a `.bin` (`/zip/whisper-tiny.en-q5_1.bin`).
  '.bin',
  // FastChat's delta tool, whose flags say no model word (`python3 apply_delta.py --base ... --delta lmsys/vicuna-7b-delta-v0`).
  'apply_delta',
  // A file only weights are kept in, with no model word beside it (`python demo/inference_on_a_image.py -p
  // weights/groundingdino_swint_ogc.pth`, IDEA-Research/GroundingDINO; `wget .../tag2text_swin_14m.pth`).
  '.pth',
  '.ckpt',
  '.safetensors',
  '.onnx',
  // TGI's LoRA adapters (`LORA_ADAPTERS=predibase/customer_support,predibase/dbpedia`, cli-args adaptersFromEnv).
  'lora_adapters',
  // A checkpoint's flag, no model word on it (fish-speech's `tools/run_webui.py --llama-checkpoint-path checkpoints/s2-pro`,
  // `merge_lora.py --base-weight ... --lora-weight ...`: cli-args WEIGHTS_PATH_FLAG).
  'checkpoint-path',
  'checkpoint_path',
  'ckpt-path',
  'ckpt_path',
  '-weight ',
  '_weight ',
  // A script's own option naming what it loads (`eval_llm.py --load_from ./minimind-3`: cli-args LOAD_FROM_FLAG).
  '--load_from',
  '--load-from',
  '--load_path',
  '--load-path',
  // A LoRA's or Stable Diffusion's checkpoint flag (Tencent/HunyuanDiT's `sample_t2i.py --lora-ckpt log_EXP/.../0001000.pt`,
  // `scripts/txt2img.py --ckpt sd-v1-4-full-ema.ckpt`, DreamBooth's `main.py --actual_resume ...`: WEIGHTS_PATH_FLAG).
  'lora-ckpt',
  'lora_ckpt',
  '--ckpt ',
  '--ckpt=',
  '--actual_resume',
  '--actual-resume',
  // A checkpoint or engine folder another step wrote, loaded back (`cli_demo.py --checkpoint_dir adgen_lora`, TensorRT-LLM's
  // `run.py --engine_dir trt_engines/...`: cli-args LOADS_WRITTEN_FLAG).
  'checkpoint_dir',
  'checkpoint-dir',
  'engine_dir',
  'engine-dir',
  // A Trainer checkpoint given to a project's script (`python inference_hf.py output/checkpoint-4000/`: cli-args
  // scriptWeightsFolder).
  'checkpoint-',
  // GPTQ-for-LLaMa's scripts, the model first and the quantized weights after `--load`, no model word (`bloom_inference.py
  // BELLE_BLOOM_GPTQ_4BIT --wbits 4 --load BELLE_BLOOM_GPTQ_4BIT/bloom7b-2m-4bit-128g.pt`: cli-args gptqModelArgument).
  '--wbits',
];
const MAY_NAME_A_MODEL = anyWord(WORDS);
/**
 * A project's launcher given the model positionally, no model word on its line (`bash scripts/video/demo/video_demo.sh
 * lmms-lab/LLaVA-NeXT-Video-7B-DPO vicuna_v1 32 ...`, LLaVA-VL/LLaVA-NeXT's docs: cli-args launcherPositionalModels): a
 * line running a `.sh` script that holds a repo named with a size in billions. Only lines holding `.sh ` are tried.
 */
const SIZED_LAUNCH_LINE = /\b(?:ba|z)?sh[ \t]+\S+\.sh[ \t].*\/[\w.-]*?\d(?:\.\d+)?[bB](?![A-Za-z])/;
function holdsSizedLaunch(text: string): boolean {
  for (let at = text.indexOf('.sh '); at >= 0; at = text.indexOf('.sh ', at + 4)) {
    const start = text.lastIndexOf('\n', at) + 1;
    const end = text.indexOf('\n', at);
    if (SIZED_LAUNCH_LINE.test(text.slice(start, end < 0 ? text.length : end))) return true;
    if (end < 0) break;
    at = end;
  }
  return false;
}

/**
 * `sed` writing a setting's line into a configuration file (InternLM/Tutorial's HuixiangDou lesson: `sed -i
 * '9s#.*#embedding_model_path = "/root/models/bce-embedding-base_v1"#' /root/huixiangdou/config.ini`): the `s` command's
 * replacement, quoted, then the file (`.ini`, `.toml`, `.cfg`, `.conf`, `.yaml`). Groups: the quote, the expression, the file.
 */
const SED_CONFIG_EDIT =
  /(?:^|[;&|][ \t]*)[ \t]*(?:sudo[ \t]+)?sed[ \t]+(?:-[a-zA-Z]+[ \t]+)*(?:-e[ \t]+)?(['"])((?:\d+|\$)?(?:,(?:\d+|\$))?s[^\w\s\\](?:(?!\1)[^\n])*)\1[ \t]+(?:-[a-zA-Z]+[ \t]+)*([^\s;|&'"]+\.(?:ini|toml|cfg|conf|ya?ml))(?=[\s;|&]|$)/gm;

/**
 * The models a `sed` edit of a configuration file writes into it: the replacement read as a line of that file (a file
 * of its name holding that line, through [config-file]), at its place on the command. Only a replacement that is a whole
 * setting (`key = value`, `key: value`); a pattern's text, a flag or a `&` back-reference is not read.
 */
export function sedConfigEdits(text: string): ArgModel[] {
  if (!text.includes('sed')) return [];
  const found: ArgModel[] = [];
  for (const m of text.matchAll(SED_CONFIG_EDIT)) {
    const expr = m[2]!;
    const s = /^(?:\d+|\$)?(?:,(?:\d+|\$))?s/.exec(expr)![0].length;
    const delimiter = expr[s]!;
    // Pattern and replacement, split at the unescaped delimiters.
    const parts: number[] = [];
    for (let k = s + 1; k < expr.length && parts.length < 2; k++) {
      if (expr[k] === '\\') k++;
      else if (expr[k] === delimiter) parts.push(k);
    }
    if (parts.length < 2) continue;
    const replacement = expr.slice(parts[0]! + 1, parts[1]);
    if (!/^[ \t]*[\w.-]+[ \t]*(?:=|:[ \t])[ \t]*\S/.test(replacement) || replacement.includes('&')) continue;
    const at = m.index + m[0].indexOf(expr) + parts[0]! + 1;
    const name = m[3]!.slice(m[3]!.lastIndexOf('/') + 1);
    const result = configFile.extract({ relPath: name, size: replacement.length, text: replacement }) as ExtractResult;
    for (const ref of result.references ?? [])
      if (ref.line === 1) found.push({ id: ref.id, source: ref.source, ...(ref.revision ? { revision: ref.revision } : {}), offset: at + ref.column - 1 });
  }
  return found;
}

export default defineExtractor({
  name: 'shell',
  words: WORDS,
  matchesName: true,
  // A Slurm batch script (`ray_on_slurm.slurm`, `job.sbatch`) is a shell script with `#SBATCH` comments
  // (https://slurm.schedmd.com/sbatch.html). A Windows batch file (`run_hf-cli.bat`, `down_hf.bat`) runs the same CLIs
  // and is read as the script it would be (batchAsShell).
  matches: (path) => /(\.(sh|bash|zsh|mk|slurm|sbatch|bat|cmd)|(^|\/)(Makefile|GNUmakefile|justfile|Justfile|Procfile))$/i.test(path),
  extract(file) {
    const source = /\.(?:bat|cmd)$/i.test(file.relPath) ? batchAsShell(file.text) : file.text;
    // "# ollama pull x" is a comment; "${VAR#prefix}" and "a#b" are not.
    const text = source
      .replace(/(^|[ \t])#[^\n]*/gm, (m) => ' '.repeat(m.length))
      // just's "{{ repo }}" as one word, padded so later offsets stay put.
      .replace(/\{\{[ \t]*(\w+)[ \t]*\}\}/g, (m, name: string) => `{{${name}}}`.padEnd(m.length));
    // Or a publisher's `org/` (`python finetune_hf.py data/ THUDM/chatglm3-6b configs/lora.yaml`: a Hub id given to the
    // project's own script, with no model word on the line).
    // Commands kept in comments over several lines (`# swift rollout \` then `#     --model X`, the server a recipe says
    // to start first); a single commented-out line is a disabled alternative.
    const commented = MAY_NAME_A_MODEL.test(source) ? commentedCommands(source, true) : [];
    // (Or a hosted provider's name, given to an option of the project's own script: `python evaluate.py --generator o1-mini`.)
    if (
      !MAY_NAME_A_MODEL.test(text) &&
      !(SCRIPT.test(file.relPath) && (namesPublisher(text) || namesHostedModel(text))) &&
      !commented.length &&
      !holdsSizedLaunch(text)
    )
      return { references: [], diagnostics: [] };
    const positions = new PositionIndex(file.text);
    const found: ArgModel[] = [];
    // Every assignment of each name, in file order: `$model` means the one in effect where it is used.
    const assignments = new Map<string, { at: number; value: Token }[]>();
    const lookup: VariableLookup = (name, at) => assignments.get(name)?.findLast((a) => a.at < at)?.value;
    const tokens = tokenize(text);
    // A repo the script only uploads to, or names as a dataset or Space: no model it uses.
    const outputs = text.includes('upload') || text.includes('--repo-type') ? hubOutputNames(tokens) : undefined;
    const fromEnv = (name: string, value: string, offset: number) => (outputs?.has(name) ? undefined : modelFromEnv(name, value, offset));
    // `MODEL_PATH=${MODEL_PATH:-"${RAY_DATA_HOME}/models/Qwen2.5-Math-7B"}`: a default quoted inside the expansion is the
    // value (ASSIGN stops at the quote).
    // (Its default is also what the name holds where it is used: `CKPT=${1-"share4v-7b"}` then `--model-path
    // checkpoints/${CKPT}`, LLaVA-style evaluation scripts taking the checkpoint as their first argument.)
    const quotedDefaults = new Map<number, Token>();
    for (const m of matchesFromLineStartsWith(text, '=${', QUOTED_DEFAULT)) {
      const offset = m.index + m[0].length - 2 - m[2]!.length;
      quotedDefaults.set(m.index, { text: m[2]!, offset });
      const model = fromEnv(m[1]!, m[2]!, offset);
      if (model) found.push(model);
    }
    let harness: boolean | undefined;
    for (const m of assignMatches(text)) {
      const offset = m.index + m[1]!.length + m[3]!.length;
      const quoted = m[4]!.startsWith('${') ? quotedDefaults.get(m.index) : undefined;
      const value = quoted ?? resolveToken({ text: m[4]!, offset }, lookup);
      // (Added to its name's list in place: a copy per assignment was quadratic in a script's assignments of one name.)
      const held = assignments.get(m[2]!);
      if (held) held.push({ at: offset, value });
      else assignments.set(m[2]!, [{ at: offset, value }]);
      if (quoted) continue; // (read as a model above, with the defaults)
      // `export model='internvideo3'` then `accelerate launch -m lmms_eval --model $model_family --model_args
      // "pretrained=${model_path},..."` (OpenGVLab/InternVideo's InternVideo3 evaluation scripts): in a script giving an
      // evaluation harness its weights under `--model_args`, a bare `model`/`model_family`/`model_type` names the harness's
      // model class (lmms-eval's and lm-evaluation-harness's `--model`), not a model.
      if ((harness ??= HARNESS_RUN.test(text) && text.includes('--model_args')) && HARNESS_CLASS_VARIABLE.test(m[2]!) && !value.text.includes('/')) continue;
      const model = fromEnv(m[2]!, value.text, value.offset);
      if (model) found.push(model);
      found.push(...adaptersFromEnv(m[2]!, value.text, value.offset));
    }
    // Bash arrays of models: MODELS=( "Qwen/Qwen2.5-7B" "BAAI/bge-m3" ).
    const arrays = new Map<string, Token[]>();
    for (const m of matchesFromLineStartsWith(text, '=(', ARRAY)) {
      const bodyAt = m.index + m[0].length - 1 - m[2]!.length;
      const items = tokenize(m[2]!, bodyAt).filter((t) => t.text !== ';');
      arrays.set(m[1]!, items);
      for (const token of items) {
        const model = modelFromEnv(m[1]!, token.text, token.offset);
        if (model) found.push(model);
      }
    }
    found.push(
      ...loopModels(text, arrays),
      ...heredocModels(text),
      ...modelFunctionArgs(text),
      ...llamafilesRun(text),
      ...argsFileModels(text),
      ...comparedModels(text),
      ...sedConfigEdits(text),
    );
    // A library's short names in its slots: the `funasr` CLI's `++vad_model=fsmn-vad` (providers.yaml `library_names`).
    for (const { id, source, offset } of libraryNamesInSlots(text)) found.push({ id, source, offset });
    // `curl ... -d '{"model": "chat"}'` to the server this script started with `--served-model-name chat`.
    const aliases = servedAliases(text);
    const asked = <T extends { id: string; source: string; offset: number }>(model: T) =>
      asAliasRequest(model, aliases, positions.lineText(positions.lineOf(model.offset)));
    const models = onceEach(withUses(found, modelsInArgs(withQuotedCommands(tokens), lookup, file.writtenFolders))).flatMap((model) => asked(model) ?? []);
    const references: RawReference[] = models.map((model) => argReference(model, positions));
    const seen = new Set<string>();
    for (const model of commented) {
      const key = `${model.id}\0${model.offset}`;
      const request = seen.has(key) ? undefined : asked(model);
      if (!request) continue;
      seen.add(key);
      references.push({ ...argReference(request, positions), context: 'comment' });
    }
    return { references, diagnostics: [] };
  },
});

/**
 * Each model once per place: a variable holding a list (`MODELS=a,b,c`) is read where it is set, so each of its uses
 * (`--model "$MODELS"`, m of them) gave the same k references again: k x m of them, quadratic in a script of one long
 * list used on every line (a generated 40 KB script: 1.5 M references, 1.3 GB). The report keeps one reference per
 * model and line, the first, so the repeats never showed.
 */
function onceEach(models: ArgModel[]): ArgModel[] {
  const seen = new Set<string>();
  return models.filter((m) => {
    const key = `${m.offset}\0${m.source}\0${m.id}\0${m.revision ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A Windows batch file as the shell script it would be, each line as long as it was (so offsets keep their lines):
 * `rem`/`::` comments as `#` ones, `set NAME=value` and `set "NAME=value"` as assignments, `%NAME%` as `$NAME` (the
 * line padded at its end), a `^` continuation as `\`. `huggingface-cli download --resume-download THUDM/chatglm3-6b
 * --local-dir chatglm3-6b` after `SET HF_ENDPOINT=https://hf-mirror.com` (wenda-LLM/wenda's run_hf-cli.bat) is then
 * read as in a `.sh`. https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/set_1
 */
export function batchAsShell(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const comment = /^([ \t]*@?)(rem\b|::)/i.exec(line);
      if (comment) return `${comment[1]}#${line.slice(comment[1]!.length + 1)}`;
      let out = line
        .replace(/^([ \t]*@?)set[ \t]+"([A-Za-z_]\w*=[^"\r]*)"/i, (m, lead: string, body: string) => `${lead}${body}`.padEnd(m.length))
        .replace(/^([ \t]*@?)set[ \t]+(?=[A-Za-z_]\w*=)/i, (m, lead: string) => lead.padEnd(m.length))
        .replace(/%([A-Za-z_]\w*)%/g, '$$$1')
        .replace(/\^(\r?)$/, '\\$1');
      const cr = out.endsWith('\r') ? '\r' : '';
      if (cr) out = out.slice(0, -1);
      return out.padEnd(line.length - cr.length) + cr;
    })
    .join('\n');
}

/** `[ "$MODEL_NAME" = "gemma-7b" ]`, `[[ $MODEL == llama2-13b ]]`: a variable tested against a value, in a test. */
const COMPARISON = /\[\[?[ \t]+"?\$\{?([A-Za-z_]\w*)\}?"?[ \t]+==?[ \t]+(["']?)([^\s"'\]]+)\2[ \t]+\]/g;

/**
 * The values a script tests a model-named variable against (`if [ "$MODEL_NAME" = "gemma-7b" ]; then TOKENIZER=...`):
 * the models it is written to run. A Hub id or a name a provider publishes as such; any other name-shaped value as a
 * self-hosted model's name (a serving script's own list, ai-on-gke's JetStream deployment: `gemma-7b`, `llama2-7b`).
 */
function comparedModels(text: string): ArgModel[] {
  if (!text.includes('$')) return [];
  const found: ArgModel[] = [];
  for (const m of text.matchAll(COMPARISON)) {
    if (!isModelEnvName(m[1]!)) continue;
    const offset = m.index + m[0].lastIndexOf(m[3]!);
    const model = modelFromEnv(m[1]!, m[3]!, offset);
    const named = model ? undefined : keyedModelName(m[3]!, m[3]!, loadRegistry());
    if (model) found.push(model);
    else if (named) found.push({ ...named, offset });
  }
  return found;
}

/** Whether the text holds a model publisher's `org/`, found in one pass. */
const publisherWordsIn = wordLinesOf(publisherWords);
/**
 * Scripts model-names reads too: the prefilter admits one holding only a publisher's `org/` by model-names' words
 * (a Makefile or Procfile is not read by model-names, so there shell's own words must hold).
 */
const SCRIPT = /\.(sh|bash|zsh)$/;
const namesPublisher = (text: string) => publisherWordsIn(text) !== undefined;
/** Whether the text holds a word of a hosted provider's names (`o1-`, `gpt-`, `claude-`: providers.yaml `naming`), found in one pass. */
const providerWordsIn = wordLinesOf(providerNameWords);
const namesHostedModel = (text: string) => providerWordsIn(text) !== undefined;

/** A quoted word that is itself a model CLI's command: `log_info "  hf download deepseek-ai/DeepSeek-R1"`, `echo "ollama pull x"`. */
const QUOTED_COMMAND = new RegExp(`^\\s*(?:${programAlternation(MODEL_PROGRAMS)})[ \\t]+[a-z]`);
/**
 * A quoted launcher's command passing a model flag: `step "text chat" "python -m mlx_vlm.chat --model unsloth/gemma-4-E2B-it-UD-MLX-4bit"`
 * (an installer's hint), the same rule as commands quoted in code (command-line.ts): a launcher counts only with a model flag.
 */
const QUOTED_LAUNCHER = new RegExp(`^\\s*(?:${programAlternation(LAUNCHER_PROGRAMS)})[ \\t]+\\S`);
const isQuotedLaunch = (text: string) => QUOTED_LAUNCHER.test(text) && LAUNCHER_MODEL_FLAG.test(text);
/**
 * A quoted command of any program given a weights file by llama.cpp's model flags (`-m`, `-mw`, `-ml`, `-model`): the
 * command a container runs, `docker run ... whisper.cpp:main "whisper-cli -m /models/ggml-base.bin -f /audios/jfk.wav"`
 * (ggml-org/whisper.cpp README.md), read as the command it is.
 */
const QUOTED_WEIGHTS_RUN = /^\s*[\w.\/~-]+[ \t](?:[^\n]*?[ \t])?-(?:m[lw]?|model)[ \t]+[^\s]+\.(?:gguf|llamafile|bin)(?:[ \t]|$)/;

/** The commands a script prints for its user to run (a hint after an install) read as commands of their own. */
function withQuotedCommands(tokens: Token[]): Token[] {
  // One array grown in place: a flatMap made an array per word (a 400 KB script is 60,000 words).
  const out: Token[] = [];
  for (const t of tokens) {
    if (/\s/.test(t.text) && (QUOTED_COMMAND.test(t.text) || isQuotedLaunch(t.text) || QUOTED_WEIGHTS_RUN.test(t.text)))
      out.push({ text: ';', offset: t.offset }, ...tokenize(t.text, t.offset), { text: ';', offset: t.offset });
    else out.push(t);
  }
  return out;
}

/** `for m in "${MODELS[@]}"; do ... done` */
const FOR_ARRAY = /\bfor[ \t]+([A-Za-z_]\w*)[ \t]+in[ \t]+"?\$\{([A-Za-z_]\w*)\[[@*]\]\}"?[ \t]*(?:;|\n)/g;
/** A command of a model CLI in the loop body: what makes `org/$m` a model and not some other path. */
const MODEL_COMMAND = new RegExp(`(?:^|[\\s;&|(/])(?:${programAlternation(MODEL_PROGRAMS)})[ \\t]`);

/**
 * Hub ids built in a loop over an array of names: `huggingface-cli download mlx-community/"$model_name"` inside
 * `for model_name in "${models[@]}"` downloads `mlx-community/<each name>`, reported where each name is written.
 */
function loopModels(text: string, arrays: Map<string, Token[]>): ArgModel[] {
  const found: ArgModel[] = [];
  FOR_ARRAY.lastIndex = 0;
  for (let m = FOR_ARRAY.exec(text); m; m = FOR_ARRAY.exec(text)) {
    const items = arrays.get(m[2]!);
    const end = text.slice(m.index).search(/\bdone\b/);
    if (!items || end < 0) continue;
    const body = text.slice(m.index + m[0].length, m.index + end);
    if (!MODEL_COMMAND.test(body)) continue;
    const name = m[1]!;
    const built = new RegExp(`(?:^|[\\s"'=])([A-Za-z0-9][\\w.-]*)/"?\\$(?:\\{${name}\\}|${name}\\b)"?`, 'g');
    for (const use of body.matchAll(built)) {
      for (const item of items) {
        const parsed = parseHubReference(`${use[1]}/${item.text}`);
        if (parsed) found.push({ id: parsed.id, source: 'huggingface', offset: item.offset });
      }
    }
  }
  return found;
}

/** `MODELS=$(cat <<EOF` ... `EOF`: a list of names, one a line, held by a model-named variable. */
export const HEREDOC_LIST = /^[ \t]*(?:export[ \t]+|local[ \t]+)?([A-Za-z_]\w*)=\$\(\s*cat[ \t]+<<-?[ \t]*(["']?)(\w+)\2[ \t]*\n/gm;

/** Each line of a heredoc a model-named variable takes (`TabbyML/StarCoder-1B`), as if assigned alone. */
function heredocModels(text: string): ArgModel[] {
  const found: ArgModel[] = [];
  for (const m of matchesFromLineStartsWith(text, '=$(', HEREDOC_LIST)) {
    const bodyAt = m.index + m[0].length;
    const end = text.slice(bodyAt).search(new RegExp(`^[ \\t]*${m[3]}[ \\t]*$`, 'm'));
    if (end < 0) continue;
    for (const line of text.slice(bodyAt, bodyAt + end).matchAll(/^[ \t]*(\S+)[ \t]*$/gm)) {
      const model = modelFromEnv(m[1]!, line[1]!, bodyAt + line.index! + line[0].indexOf(line[1]!));
      if (model) found.push(model);
    }
  }
  return found;
}

/** `update_model() {`, `function test_13b_model {`: a function of the script named for models. */
const MODEL_FUNCTION = /^[ \t]*(?:function[ \t]+)?([A-Za-z_][\w-]*model[\w-]*)[ \t]*(?:\(\)[ \t]*)?\{/gim;

/**
 * The Hub ids (`org/name`) passed to a function the script defines and names for models
 * (`update_model llama TabbyML/CodeLlama-7B`): the function's name says what its arguments are.
 */
function modelFunctionArgs(text: string): ArgModel[] {
  const names = new Set<string>();
  MODEL_FUNCTION.lastIndex = 0;
  for (let m = MODEL_FUNCTION.exec(text); m; m = MODEL_FUNCTION.exec(text)) names.add(m[1]!);
  if (names.size === 0) return [];
  const found: ArgModel[] = [];
  const call = new RegExp(`^[ \\t]*(?:${[...names].map((n) => n.replace(/[-]/g, '\\-')).join('|')})[ \\t]+([^\\n;&|]*)`, 'gm');
  for (const m of text.matchAll(call)) {
    const argsAt = m.index! + m[0].length - m[1]!.length;
    for (const token of tokenize(m[1]!, argsAt)) {
      if (!token.text.includes('/')) continue;
      const parsed = parseHubReference(token.text);
      if (parsed) found.push({ id: parsed.id, source: 'huggingface', ...(parsed.revision ? { revision: parsed.revision } : {}), offset: token.offset });
    }
  }
  return found;
}
