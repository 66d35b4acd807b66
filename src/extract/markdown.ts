// Code blocks in docs: Markdown fences (README.md, docs/*.md), reStructuredText code directives
// (docs/*.rst) and AsciiDoc listing blocks (`[source,java]` over `----`, docs/*.adoc). ```python, ```bash / ```sh / ```shell / ```console, ```yaml, ```toml, ```json,
// ```js / ```ts, ```dockerfile, ```dotenv and ```modelfile blocks go through the extractor of their
// language, as if each block were a file of its own. Untagged blocks, and blocks tagged with a
// language modelprov does not read, are read when their text says what they are (KEY=value lines,
// a known CLI, model keys). Outside fences, a command written inline is read too: a code span that
// runs a model CLI or passes a model flag (`vllm serve X`, `--speculative-model="X"`), and a prose
// line that starts with a model CLI (`- ./llama-cli --hf-repo X ...`). Line and column point into
// the document; every reference is documentation (`docs`).
// Fences: https://spec.commonmark.org/0.31.2/#fenced-code-blocks
// Directives: https://www.sphinx-doc.org/en/master/usage/restructuredtext/directives.html#directive-code-block
// AsciiDoc: https://docs.asciidoctor.org/asciidoc/latest/verbatim/source-blocks/
import { librariesNamedIn, libraryNamesInSlots } from './shared/library-slots.js';
import type { RawReference } from '../model/reference.js';
import {
  apiModelId,
  contextOnlyId,
  asAliasRequest,
  declaresServedName,
  bareLibraryConstant,
  libraryConstantsIn,
  libraryModelClass,
  providerForName,
  namesServedAlias,
  servedAliases,
  servedUnderOwnName,
} from '../registry/providers.js';
import { parseHubReference } from '../model/ids.js';
import { withoutShadowed } from './shared/shadowed.js';
import { defineExtractor } from './extractor.js';
import { LAUNCHER_PROGRAMS, MODEL_PROGRAM_NAMES, MODEL_PROGRAMS, isModelFlag, programAlternation, tokenize, writtenFolders } from './shared/cli-args.js';
import { PositionIndex } from './shared/position.js';
import { ASCIIDOC_PAGE, isManPage, MAN_PAGE, MARKDOWN_PAGE } from './shared/prose-files.js';
import { classify } from './shared/model-name.js';
import { loadRegistry } from '../registry/load.js';

interface Block {
  info: string;
  /** The block's text, each line with the fence's indentation (and any prompt) blanked out. */
  text: string;
  /** 1-based file line of the block's first content line. */
  firstLine: number;
  /** Characters removed from the start of each content line (indentation beyond the text's). */
  shift: number[];
}

/** Language tag -> the extractors (by catalogue name) that read it and the file name they are shown. */
const LANGUAGES: [RegExp, string[], string][] = [
  [/^(python3?|py|ipython3?|pycon|sage)$/, ['python', 'model-names'], 'block.py'],
  [/^(bash|sh|shell|zsh|console|shell-session|shellsession|terminal|sh-session|ps1|powershell)$/, ['shell'], 'block.sh'],
  [/^(ya?ml)$/, ['config-file', 'compose-k8s', 'model-names'], 'block.yaml'],
  [/^toml$/, ['config-file', 'model-names'], 'block.toml'],
  [/^(json|jsonc|json5)$/, ['config-file', 'model-names'], 'block.json'],
  [/^(js|javascript|mjs|cjs|jsx|ts|typescript|tsx|mts)$/, ['javascript', 'model-names'], 'block.ts'],
  [/^(dockerfile|docker|containerfile)$/, ['dockerfile'], 'Dockerfile'],
  [/^(dotenv|env|\.env|ini)$/, ['dotenv'], '.env'],
  // Java properties (`spring.ai.openai.chat.model=gpt-4o`), tagged by the format or by the file (AsciiDoc's
  // `[source,application.properties]`): read as an application.properties file is.
  [/^(?:[\w-]+\.)?properties$/, ['dotenv', 'jvm', 'model-names'], 'application.properties'],
  [/^(modelfile|ollama)$/, ['ollama-modelfile'], 'Modelfile'],
  [/^(ruby|rb)$/, ['ruby', 'model-names'], 'block.rb'],
  [/^(csharp|cs|c#)$/, ['csharp', 'model-names'], 'block.cs'],
  [/^(rust|rs)$/, ['rust', 'model-names'], 'block.rs'],
  [/^dart$/, ['dart', 'model-names'], 'block.dart'],
  [/^php$/, ['php', 'model-names'], 'block.php'],
  [/^(go|golang)$/, ['go', 'model-names'], 'block.go'],
  [/^(elixir|ex|exs)$/, ['elixir', 'model-names'], 'block.exs'],
  // JVM blocks through the jvm reader too (`client.createDynamicModel("codellama:13b")`); the name model-names reads
  // them by is the one it had read them by.
  [/^(java|kotlin|kt|kts|scala|groovy)$/, ['jvm', 'model-names'], 'block.go'],
  [/^(r|rscript)$/, ['r', 'model-names'], 'block.R'],
  [/^(hcl|terraform|tf|tfvars)$/, ['terraform', 'model-names'], 'block.tf'],
  [/^(julia|jl|julia-repl|jldoctest)$/, ['julia', 'model-names'], 'block.jl'],
  // Languages no extractor reads whole: their string values that are models by shape (`client.Model = "gpt-4o"`).
  [/^(swift|lua)$/, ['model-names'], 'block.go'],
  // An HTTP request shown whole (request line, headers, then its JSON body: PromtEngineer/localGPT's README, `"model":
  // "qwen3.5:9b"`): the body's values, as a JSON block's.
  [/^(http|https|rest|restclient)$/, ['model-names'], 'block.go'],
];

/**
 * `VAR=x [VAR=y ...] program ... --flag`: assignments, then a command word and its options (`pool -m X` too); or a
 * command word alone after them (`COPILOT_MODEL=glm-5:cloud copilot`, ollama/ollama docs/integrations/copilot-cli.mdx).
 */
const ENV_PREFIXED_COMMAND = /^[ \t]*(?:[A-Za-z_][A-Za-z0-9_]*=\S*[ \t]+)+(?:[\w.\/~-]+(?:[ \t][^\n]*?)?[ \t]--?[A-Za-z]|[A-Za-z][\w.-]*[ \t]*$)/m;
/**
 * Every line `KEY=value` (or `export KEY=value`, a comment, blank), one at least: an environment file, whatever the tag says.
 * Not when a line runs a command with variables set for it alone (`CUDA_VISIBLE_DEVICES=0 python3 -m x --model-path y`,
 * `OLLAMA_HOST=192.168.1.136:11434 ollama pull llama3`: a model program, flags or not).
 */
const isDotenv = (text: string) =>
  /=/.test(text) &&
  !ENV_PREFIXED_COMMAND.test(text) &&
  !KNOWN_COMMAND.test(text) &&
  text.split('\n').every((line) => /^[ \t]*(#.*|(export[ \t]+)?[A-Za-z_][A-Za-z0-9_]*=.*)?$/.test(line));
/**
 * Or a `.env` written as python-dotenv reads one, spaces around `=` and a quoted value
 * (https://github.com/theskumar/python-dotenv#file-format), shown in a shell block or untagged: every line a comment,
 * blank or a `name = "value"` setting, one at least spaced (zai-org/CodeGeeX4 repodemo/readme.md: `openai_api_base =
 * "http://xxxx:xxxx/v1"` then `model_name = "codegeex4-all-9b"`, the .env the reader fills in). No shell line is
 * `name = value`, so the block is no command.
 */
const SPACED_SETTING = /^[ \t]*[A-Za-z_][A-Za-z0-9_]*[ \t]+=[ \t]+(?:"[^"\n]*"|'[^'\n]*')[ \t]*(?:#.*)?$/m;
const isSpacedDotenv = (text: string) =>
  SPACED_SETTING.test(text) &&
  text.split('\n').every((line) => /^[ \t]*(#.*|[A-Za-z_][A-Za-z0-9_]*[ \t]*=[ \t]*("[^"\n]*"|'[^'\n]*'|[^\s#"']*)[ \t]*(#.*)?)?$/.test(line));
/**
 * Java properties left untagged (langchain4j's docs: `langchain4j.open-ai.chat-model.model-name=gpt-4o`,
 * `openai.chat.model=gpt-4o-mini` in MicroProfile's config): every line a comment, blank, an elision (`...`) or a
 * `key=value` whose key is dotted, at least one (a dotenv's keys have no dots).
 */
const isPropertiesListing = (text: string) =>
  /^[ \t]*[A-Za-z_][\w-]*(?:\.[\w\[\]-]+)+[ \t]*=/m.test(text) &&
  text.split('\n').every((line) => /^[ \t]*([#!].*|\.\.\.|[A-Za-z_][\w-]*(?:\.[\w\[\]-]+)+[ \t]*=.*)?$/.test(line));
/**
 * A `.env` listing tagged ```python (666ghj/BettaFish MindSpider/README.md: `DB_HOST = "..."` lines, then
 * `MINDSPIDER_MODEL_NAME=deepseek-chat`): every line a comment or an upper-case setting assigned, one at least written
 * as a `.env` writes it, unquoted and without spaces around `=` (`KEY=deepseek-chat`), which no Python settings file does.
 * One value a line: `VLLM_ATTENTION_BACKEND=X vllm serve openai/gpt-oss-20b ...` is a command (datawhalechina/self-llm).
 */
const isEnvListing = (text: string) =>
  /^[ \t]*[A-Z_][A-Z0-9_]*=(?![\s"'\d]|True\b|False\b|None\b)[^\s#]/m.test(text) &&
  text.split('\n').every((line) => /^[ \t]*(#.*|(export[ \t]+)?[A-Z_][A-Z0-9_]*[ \t]*=[ \t]*("[^"\n]*"|'[^'\n]*'|[^\s#]*)[ \t]*(#.*)?)?$/.test(line));
/**
 * Python read untagged without an import: a call assigned to a name and spread over lines, one keyword argument a line,
 * closed on a line of its own (HKUDS/VideoRAG's README: `ollama_config = LLMConfig(` then `    embedding_model_name =
 * "nomic-embed-text",` ... `)`, the config object the reader edits). No shell, YAML or dotenv line opens a bracket after
 * `name = Name(`, and Kotlin's and JavaScript's declarations (`val x = Foo(`, `const x = Foo(`) have a word before the name.
 */
const PYTHON_CALL_BLOCK =
  /^(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*[A-Za-z_]\w*[ \t]*=[ \t]*[A-Za-z_][\w.]*\([ \t]*(?:#[^\n]*)?\n(?:[ \t]*(?:#[^\n]*)?\n|[ \t]+[A-Za-z_]\w*[ \t]*=[ \t]*[^\n]*\n)+[ \t]*\)[ \t]*(?:\n|$)/;
/**
 * Python read untagged: a list of `dict(...)` configs assigned to a name, the list opened at the end of its line and the
 * first item a `dict(` call (OpenCompass's and mmengine's config files shown in docs: `models = [` then `    dict(` then
 * `type=HuggingFaceChatGLM3, path='THUDM/chatglm3-6b', ...`). No YAML, shell or dotenv line opens a bracket after `x = `.
 */
const PYTHON_DICT_LIST = /^[ \t]*[A-Za-z_]\w*[ \t]*=[ \t]*\[[ \t]*\n[ \t]*dict\(/m;
/**
 * Python read untagged without an import: a name assigned a `.from_pretrained(` load (meta-llama/llama-recipes'
 * NotebookLlama/TTS_Notes.md: `model = ParlerTTSForConditionalGeneration.from_pretrained("parler-tts/parler-tts-mini-v1")`),
 * a call only Python's model libraries spell so (no shell, YAML or dotenv line assigns a dotted call).
 */
const PYTHON_LOAD_LINE = /^[ \t]*[A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)*[ \t]*=[ \t]*[A-Za-z_][\w.]*\.from_pretrained\(/m;
/** Python read untagged: a `from x import y` or `import x` line (THUDM/ChatGLM3's README, an untagged `>> ` session). */
const PYTHON_IMPORT = /^[ \t]*(?:from[ \t]+[\w.]+[ \t]+import[ \t]+[\w*(]|import[ \t]+[\w.]+(?:[ \t]+as[ \t]+\w+)?[ \t]*$)/m;
/**
 * An untagged block that starts with a command modelprov reads, by name or path (`./tabby serve`, `.\\tabby.exe serve`),
 * llama.cpp's quantizer too (`./llama-quantize --allow-requantize in.gguf out.gguf Q4_1`, 01-ai/Yi's Cookbook), and
 * XTuner's CLI (`xtuner convert merge ./internlm2-chat-7b ./hf ./merged` alone in a block, SmartFlowAI/EmoLLM's guides).
 * A download by `wget` too, as by `curl` (`mkdir model` then `wget -P ./model/ https://storage.googleapis.com/.../BLIP2/
 * eva_vit_g.pth`, OpenGVLab/Ask-Anything's video_chat/README_CN.md): the shell reader says which URL is a model's file.
 */
const KNOWN_COMMAND = new RegExp(
  `^[ \\t]*(?:\\$[ \\t]+)?(?:[A-Z_]+=\\S*[ \\t]+)*(?:[\\w.~-]*[\\\\/])?(${programAlternation([...MODEL_PROGRAMS, ...LAUNCHER_PROGRAMS, 'curl', 'wget', 'llama-quantize', 'xtuner'])})(?:\\.exe)?\\b`,
  'm',
);
/**
 * A block's first code line (blank and `#` lines before it, and the shell's `export NAME=value`, which no Python line is:
 * InstantID/InstantID's README sets `export HF_ENDPOINT=https://hf-mirror.com` above `huggingface-cli download`) calling
 * a program modelprov reads with a word after it. The variables set for the command may stand on a line of their own,
 * continued (```` ```python ```` over `CUDA_VISIBLE_DEVICES=0 \\` then `swift sft \\` and `--model_id_or_path
 * qwen/Qwen-7B-Chat \\`, QwenLM/Qwen's recipes/finetune/swift/README.md).
 */
const SHELL_IN_PYTHON = new RegExp(
  `^(?:[ \\t]*(?:#[^\\n]*|export[ \\t]+[A-Za-z_]\\w*=\\S*)?\\n)*[ \\t]*(?:[A-Z_]+=\\S*[ \\t]+(?:\\\\[ \\t]*\\n[ \\t]*)?)*(?:[\\w.~-]*\\/)?(?:${programAlternation([...MODEL_PROGRAMS, ...LAUNCHER_PROGRAMS, 'xtuner'])})[ \\t]+[\\w.\\/~$-]`,
);
/**
 * Or any command passing a model flag (`cargo run serve --model TabbyML/StarCoder-1B`), on its first line or on a line
 * it is continued to (`./mlx-run llm-tool lora train \` then `    --model mlx-community/Mistral-7B-v0.1-hf-4bit-mlx \`; a
 * space after the `\` too, as READMEs often leave it: the shell's tokens treat it the same).
 */
/**
 * Or a symbolic link or recursive copy of a folder (`ln -s /root/share/new_models/Shanghai_AI_Laboratory/internlm2_5-7b-chat
 * /root/models` in InternLM/Tutorial's LMDeploy lesson, a ```Plain block): cli-args reads a source named for a family's
 * models as the model fetched.
 */
const LINK_OR_COPY_COMMAND = /^[ \t]*(?:\$[ \t]+)?(?:sudo[ \t]+)?(?:ln[ \t]+-[a-zA-Z]*s|cp[ \t]+-[a-zA-Z]*[rRa])[a-zA-Z]*[ \t]+[^\s-]/m;
const MODEL_FLAG_COMMAND = /^[ \t]*(?:\$[ \t]+)?[\w.\\/~-]+[ \t](?:[^\n\\]|\\[ \t]*(?:\n|[^\s\\]))*?[ \t]--[\w-]*model[\w-]*(?:[ \t]+|=)[^\s-]/m;
/**
 * Or a command handing a model file to llama.cpp's family of programs, untagged or tagged `text` (whisper.cpp's README:
 * `./build/bin/whisper-cli -f samples/jfk.wav -m models/ggml-base.en.bin -t 8`; llamafile's: `llamafile -m
 * llama-2-7b.Q2_K.gguf`, `$PREFIX/bin/llamafile --server -m /x.gguf`), after any `VAR=x`, a Windows path too
 * (`C:\\path\\whisper-cli.exe -vm ... -m models/ggml-base.en.bin`): `-m`, `-mw`, `-ml` or `-model` and a
 * `.gguf`, `.llamafile` or `.bin` (which of them name a model is the command reader's to say). The flag may start a continued line
 * (`./speculative \\` then `-m models/CodeLlama-7b-hf/ggml-model-f16.gguf \\`, jzhang38/TinyLlama's speculative_decoding).
 */
const WEIGHTS_FILE_COMMAND =
  /^[ \t]*(?:\$[ \t]+)?(?:[A-Z_]+=\S*[ \t]+)*[\w.:\\/~${}-]+(?:[ \t](?:[^\n\\]|\\[ \t]*(?:\n|[^\s\\]))*?)?(?:[ \t]|(?<=\\[ \t]*\n))-(?:m[lw]?|model)[ \t]+["']?[^\s"'$]+\.(?:gguf|llamafile|bin)["']?(?=[ \t]|\r?$)/m;
/**
 * Or llamafile's `.args` file, one argument a line (https://github.com/Mozilla-Ocho/llamafile#creating-llamafiles): a
 * model flag alone on its line, the weights file on the next (`-m` then `/zip/whisper-tiny.en-q5_1.bin`).
 */
const ARGS_FILE = /^[ \t]*-(?:m[lw]?|model|-model|-mmproj)[ \t]*\r?\n[ \t]*[^\s-][^\s]*\.(?:gguf|llamafile|bin)[ \t]*\r?$/m;
/**
 * An Ollama Modelfile shown untagged, or tagged `dockerfile` for its colours (ollama/ollama docs/template.mdx): a `FROM`
 * line and an instruction only a Modelfile has (`PARAMETER num_ctx 4096`, `TEMPLATE`, `SYSTEM`, `ADAPTER`, `MESSAGE`,
 * `LICENSE`; https://github.com/ollama/ollama/blob/main/docs/modelfile.mdx); a Dockerfile's `FROM` comes with
 * `RUN`/`COPY`, never these.
 */
const MODELFILE_FROM = /^[ \t]*FROM[ \t]+\S/m;
const MODELFILE_ONLY = /^[ \t]*(?:PARAMETER|TEMPLATE|SYSTEM|ADAPTER|MESSAGE|LICENSE)[ \t]/m;
/** A block that is JSON whatever its tag says (a config.json shown in a ```bash block, settings printed in ```text), opened on a line of its own (one-line JSON in a shell block is a server's answer). */
const JSON_OBJECT = /^\s*(?:(?:#|\/\/)[^\n]*\n\s*)*(?:\{|\[[ \t]*\{?)[ \t]*\n[\s\S]*?"[^"\n]+"[ \t]*:/;
/**
 * A code assignment of a list or dict (`NAME = [`, spaces around `=`, which no shell assignment has):
 * a line of a config file the reader is told to edit, shown in a shell block.
 */
const CODE_ASSIGNMENT_LINE = /^[ \t]*[A-Za-z_]\w*[ \t]+=[ \t]+[[{]/;
const CODE_ASSIGNMENT = new RegExp(CODE_ASSIGNMENT_LINE.source, 'm');
/**
 * The code assignments of a shell block, other lines blanked: each `NAME = [` or `NAME = {` line and, when its bracket
 * stays open, the lines up to the one that closes it (a dict of models written over lines, OpenBMB/MiniCPM-V's
 * `minicpm_series = {` with one `'MiniCPM-V': partial(MiniCPM_V, model_path='openbmb/MiniCPM-V'),` entry a line).
 */
function codeAssignments(text: string): string {
  let depth = 0;
  return text
    .split('\n')
    .map((line) => {
      if (depth <= 0 && !CODE_ASSIGNMENT_LINE.test(line)) return '';
      // Brackets outside quotes: a model id holds none, a comment after `#` is not counted.
      const code = line.replace(/(["'])(?:\\.|(?!\1).)*\1/g, '').replace(/#.*/, '');
      depth = Math.max(0, depth) + (code.match(/[[{(]/g)?.length ?? 0) - (code.match(/[\]})]/g)?.length ?? 0);
      return line;
    })
    .join('\n');
}

/**
 * A command line in a Python block (```` ```python ```` over `python3 webui.py --port 50000 --model_dir
 * pretrained_models/CosyVoice-300M`, FunAudioLLM/CosyVoice's README): a script run with its options, which no Python
 * statement is; the shell's to read. Its other lines (comments, code) are blanked.
 */
const PYTHON_BLOCK_COMMAND_LINE = /^[ \t]*(?:\$[ \t]+)?python[\d.]*[ \t]+(?:-m[ \t]+[\w.]+|[\w./-]+\.py)(?:[ \t]+\S+)*[ \t]*$/;
const HAS_PYTHON_BLOCK_COMMAND = new RegExp(PYTHON_BLOCK_COMMAND_LINE.source, 'm');
const commandLinesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => (PYTHON_BLOCK_COMMAND_LINE.test(line) ? line : ''))
    .join('\n');

/**
 * `python3 -c "import transformers; transformers.pipeline('text-generation', model='Qwen/Qwen3-1.7B')"` in a shell block
 * (QwenLM/Qwen3 docs/source/training/verl.md:42): the Python a one-liner runs, in its quotes; over several lines too
 * (`python3 -c "` then `from huggingface_hub import snapshot_download` ... `"`, vllm-project/production-stack
 * tutorials/09-lora-enabled-installation.md:159).
 */
const PYTHON_ONE_LINER = /(?<=^|[\s;&|(])(?:python[\d.]*|py)[ \t]+(?:-u[ \t]+)?-c[ \t]+(?:"((?:[^"\\]|\\.)+)"|'([^']+)')/gm;
const HAS_EMBEDDED_PYTHON = /(?:python[\d.]*|py)[ \t]+(?:-u[ \t]+)?-c[ \t]+["']/;
/**
 * The code of a shell block's Python one-liners, everything else blanked (lines and columns kept): the Python reader's
 * to read.
 */
function pythonOneLiners(text: string): string {
  let code = text.replace(/[^\n]/g, ' ');
  const keep = (at: number, body: string) => (code = code.slice(0, at) + body + code.slice(at + body.length));
  for (const m of text.matchAll(PYTHON_ONE_LINER)) {
    const body = m[1] ?? m[2]!;
    keep(m.index! + m[0].length - body.length - 1, body);
  }
  return code;
}
/**
 * Python tagged as a shell (`bash` over `import torch` / `from transformers import AutoModel` /
 * `AutoModel.from_pretrained("microsoft/phi-2", ...)`, Lightning-AI/litgpt tutorials/0_to_litgpt.md:556): its first
 * line, comments aside, is an import and another line is a Python statement no shell line is (an assignment with
 * spaces around `=`, a call's open bracket after a dotted name, another import).
 */
const SHELL_TAGGED_PYTHON = /^(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*(?:from[ \t]+[\w.]+[ \t]+import[ \t]+[\w*(]|import[ \t]+[\w.]+(?:[ \t]+as[ \t]+\w+)?[ \t]*\n)/;
const PYTHON_STATEMENT_LINE = /\n[ \t]*(?:[\w.]+[ \t]+=[ \t]+\S|\w+\.\w+\(|from[ \t]+[\w.]+[ \t]+import[ \t]|import[ \t]+[\w.]+[ \t]*$)/m;

/**
 * An untagged excerpt of a Kubernetes container (`- name: x`, `image: y`, `args:` then `- --flag=value` items): one
 * argument vector, read as a manifest is (substratusai/kubeai docs/benchmarks/prefix-aware-load-balancing.md).
 */
const CONTAINER_ARGS = /^[ \t]*(?:-[ \t]+)?(?:args|command):[ \t]*\n[ \t]*-[ \t]+["']?-/m;
const CONTAINER_IMAGE = /^[ \t]*(?:-[ \t]+)?image:[ \t]*\S/m;
/** A shell script shown untagged: an `if [ ... ]; then` test (ai-on-gke's install steps: `if [ "$MODEL_NAME" = "gemma-7b" ]; then`). */
const SHELL_TEST = /^[ \t]*(?:if|elif)[ \t]+\[\[?[ \t][^\n]*\][ \t]*;[ \t]*then\b/m;
/** An untagged block holding model keys (mergekit, axolotl, LLaMA-Factory configs pasted in a README). */
const MODEL_KEYS = /^[ \t]*(?:-[ \t]+)?(?:base_model|model|model_name_or_path|models|llm_backbone)[ \t]*:/m;

/**
 * Words every inline command holds: a model CLI's name (`hf download` by its subcommand), or a piece
 * of every model flag (`--model`, `--draft_model`, `--pretrain`, `-hf`, `--tokenizer`, `--repo-id`).
 */
const INLINE_WORDS = [...MODEL_PROGRAM_NAMES.filter((p) => p !== 'hf'), 'download', '-model', '_model', 'pretrain', '-hf', 'tokenizer', 'repo-id'];
/** A sentence that tells the reader what to set (`Set the \`chat-model\` field to ...`, `the value \`whisper-1\``, `model name \`dall-e-3\``). */
const SETTING = /\bset (?:the|it|your|this)\b|\bfield\b|\bvalue\b|\bmodel[ _-]name\b/i;
/** Every line SETTING accepts holds one of these (the scan's prefilter words). */
const SETTING_WORDS = ['set the', 'set it', 'set your', 'set this', 'field', 'value', 'model name', 'model_name', 'model-name'];
/** The prefilter's words for a page whose front matter names a model (case-insensitive). */
const FRONT_MATTER_WORDS = ['model:', 'modelid:', 'model_id:', 'model-id:', 'model_name:', 'modelname:'];

export default defineExtractor({
  name: 'markdown',
  // Fenced code blocks, reStructuredText code directives and AsciiDoc source blocks only (their language's extractor
  // reads each block).
  words: [
    '```',
    '~~~',
    '.. code',
    '.. sourcecode',
    '::',
    '[source',
    'ft=help',
    '<CodeBlock',
    '.Bd -literal',
    '.Dl ',
    ...INLINE_WORDS,
    ...SETTING_WORDS,
    ...FRONT_MATTER_WORDS,
  ],
  matchesName: true,
  // Vim help files too (`.txt` with a help modeline: a Neovim plugin's doc/), by their examples only.
  // Quarto (`.qmd`) and R Markdown (`.Rmd`) pages are Markdown with executable cells (```{python}) besides.
  // Man pages (`main.1`) by their examples only.
  matches: (path) => MARKDOWN_PAGE.test(path) || ASCIIDOC_PAGE.test(path) || /\.(rst|txt)$/i.test(path) || MAN_PAGE.test(path),
  async extract(file) {
    // Through the catalogue, loaded at call time: extractors do not import each other.
    const { extractorNamed } = await import('./index.js');
    const text = file.text;
    const rst = /\.rst$/i.test(file.relPath);
    const help = /\.txt$/i.test(file.relPath) && !MARKDOWN_PAGE.test(file.relPath);
    const man = MAN_PAGE.test(file.relPath);
    if ((help && !isVimHelp(file.relPath, text)) || (man && !isManPage(text))) return { references: [], diagnostics: [] };
    const frontMatter = pageFrontMatter(file.relPath, text);
    if (
      !help &&
      !man &&
      !text.includes('```') &&
      !text.includes('~~~') &&
      !text.includes('.. code') &&
      !text.includes('.. sourcecode') &&
      !(rst && text.includes('::')) &&
      !text.includes('[source') &&
      !text.includes('<CodeBlock') &&
      !text.includes('<pre') &&
      !INLINE_WORDS.some((w) => text.includes(w)) &&
      (rst || !text.includes('`')) &&
      !frontMatter
    )
      return { references: [], diagnostics: [] };
    const fenced = help
      ? helpExamples(text)
      : man
        ? manExamples(text)
        : rst
          ? directiveBlocks(text)
          : ASCIIDOC_PAGE.test(file.relPath)
            ? asciidocBlocks(text)
            : [...(frontMatter ?? []), ...fencedBlocks(text), ...(/\.mdx$/i.test(file.relPath) && text.includes('<CodeBlock') ? jsxCodeBlocks(text) : [])];
    // Code in an HTML `<pre>` outside the fences (a landing page's hand-highlighted panels).
    if (!rst && !help && !man && text.includes('<pre')) fenced.push(...htmlPreBlocks(text, fenced));
    const blocks =
      rst || help || man
        ? fenced
        : [
            ...fenced.flatMap(withMarkdownParts),
            ...inlineCommands(text, fenced),
            ...(/\.(?:md|markdown)$/i.test(file.relPath) && text.includes('\n    ') ? indentedBlocks(text, fenced) : []),
          ];
    const values = rst || help || man ? [] : settingValues(text, fenced);
    if (blocks.length === 0 && values.length === 0) return { references: [], diagnostics: [] };
    const positions = new PositionIndex(text);
    const references: RawReference[] = [];
    const seen = new Set<string>();
    for (const ref of values) {
      seen.add(`${ref.id}\u0000${ref.source}\u0000${ref.line}\u0000`);
      references.push({ ...ref, snippet: positions.snippet(ref.line), context: 'docs' });
    }
    const dir = file.relPath.includes('/') ? file.relPath.slice(0, file.relPath.lastIndexOf('/') + 1) : '';
    // Names the document's servers answer to (--served-model-name, Ray Serve's model_id): its client examples ask for those.
    const aliases = servedAliases(text);
    const ownNamed = aliases.size ? servedUnderOwnName(text) : new Map<string, string>();
    // A client asking for an alias that is the served model's own name asks for that model.
    // (A client asking for another alias asks for it by that name: the alias is reported as it reads.)
    const asServed = (ref: RawReference, line: number): RawReference | undefined => {
      if (!namesServedAlias(ref, aliases)) return ref;
      const model = ownNamed.get(ref.id.slice(ref.id.indexOf('/') + 1));
      if (!model) return asAliasRequest(ref, aliases, positions.lineText(line));
      const hub = parseHubReference(model);
      return { ...ref, id: hub ? hub.id : model, source: hub ? 'huggingface' : 'local' };
    };
    // The folders the document's shell blocks write (`--output_dir adgen_lora` in a training block): a later block's
    // `--checkpoint_dir adgen_lora` loads that written model, as a notebook's later cell does.
    const shellText = blocks
      .filter((block) => extractorsFor(block)?.[1] === 'block.sh' && block.text.includes('--'))
      .map((block) => block.text)
      .join('\n');
    const written = shellText ? writtenFolders(tokenize(shellText)) : undefined;
    let pageLibraries: Set<string> | undefined;
    for (const block of blocks) {
      for (const ref of helpListingDefaults(block)) {
        const key = `${ref.id}\u0000${ref.source}\u0000${ref.line}\u0000`;
        if (seen.has(key)) continue;
        seen.add(key);
        references.push({ ...ref, snippet: positions.snippet(ref.line), context: 'docs' });
      }
      const chosen = extractorsFor(block);
      if (!chosen) {
        if (isCitation(block) || isDiagram(block)) continue;
        for (const ref of namesInText(block, text)) {
          const key = `${ref.id}\u0000${ref.source}\u0000${ref.line}\u0000`;
          const asked = seen.has(key) ? undefined : asAliasRequest(ref, aliases, positions.lineText(ref.line));
          if (!asked) continue;
          seen.add(key);
          references.push({ ...asked, snippet: positions.snippet(ref.line), context: 'docs' });
        }
        continue;
      }
      const [extractors, name] = chosen;
      const blockText = extractors.includes('config-file') ? unwrapHeredoc(block.text) : block.text;
      const found: { extractor: string; raw: RawReference }[] = [];
      for (const extractorName of extractors) {
        const extractor = extractorNamed(extractorName);
        // A CI workflow pasted in a README: its `run:` steps are commands.
        const blockName =
          extractorName === 'config-file' && /^[ \t]*(?:-[ \t]+)?(run|uses)[ \t]*:/m.test(blockText) ? `.github/workflows/L${block.firstLine}.yml` : name;
        let result;
        try {
          result = await extractor.extract({
            relPath: `${dir}${blockName}`,
            size: blockText.length,
            text: blockText,
            ...(extractorName === 'shell' && written?.size ? { writtenFolders: written } : {}),
            ...(extractorName === 'python' ? { embeddedBlock: true } : {}),
          });
        } catch {
          continue; // a snippet is often partial: nothing to report from it
        }
        for (const raw of result.references) found.push({ extractor: extractorName, raw });
      }
      // `AVAIL_LLM_MODELS = ["gpt-3.5-turbo", ...]` in a shell block: a line of config.py to paste, not a command.
      if (name === 'block.sh' && CODE_ASSIGNMENT.test(blockText)) {
        const code = codeAssignments(blockText);
        const result = await extractorNamed('model-names').extract({ relPath: `${dir}block.py`, size: code.length, text: code });
        for (const raw of result.references) found.push({ extractor: 'model-names', raw });
      }
      if (name === 'block.py' && HAS_PYTHON_BLOCK_COMMAND.test(blockText)) {
        const commands = commandLinesOf(blockText);
        const result = await extractorNamed('shell').extract({ relPath: `${dir}block.sh`, size: commands.length, text: commands });
        for (const raw of result.references) found.push({ extractor: 'shell', raw });
      }
      if (name === 'block.sh' && HAS_EMBEDDED_PYTHON.test(blockText)) {
        const code = pythonOneLiners(blockText);
        const result = await extractorNamed('python').extract({ relPath: `${dir}block.py`, size: code.length, text: code });
        for (const raw of result.references) found.push({ extractor: 'python', raw });
      }
      // `cat <<EOF > values.yaml` / `helm install ... -f - <<EOF` in a shell block: the YAML it writes is configuration.
      const yaml = name === 'block.sh' ? heredocYaml(blockText) : undefined;
      if (yaml) {
        const result = await extractorNamed('config-file').extract({ relPath: `${dir}block.yaml`, size: yaml.length, text: yaml });
        for (const raw of result.references) found.push({ extractor: 'config-file', raw });
        // And as any YAML file is, by the names it holds (a KAITO InferenceSet's `preset: name: phi-4-mini-instruct` in
        // `cat <<EOF | kubectl apply -f -`); a name config-file read on the same line yields to its reading below.
        const named = await extractorNamed('model-names').extract({ relPath: `${dir}block.yaml`, size: yaml.length, text: yaml });
        for (const raw of named.references) found.push({ extractor: 'model-names', raw });
      }
      // `cat > Modelfile <<EOF` ... `EOF`, `echo 'FROM ./x.gguf ... ' > ./Modelfile` in a shell block: the Modelfile it
      // writes, read as one (a `FROM` shell-expanded from a variable, `./MiniCPM5-1B-${QUANT}.gguf`, names no file).
      const modelfile = name === 'block.sh' ? writtenModelfile(blockText) : undefined;
      if (modelfile) {
        const result = await extractorNamed('ollama-modelfile').extract({ relPath: `${dir}Modelfile`, size: modelfile.length, text: modelfile });
        for (const raw of result.references) if (!raw.id.includes('$')) found.push({ extractor: 'ollama-modelfile', raw });
      }
      // `cat >.args <<EOF` then `-m` and `x.gguf` on the next line: the weights a llamafile runs, at the file's line.
      const args = name === 'block.sh' ? llamafileArgs(blockText) : undefined;
      if (args) {
        const result = await extractorNamed('shell').extract({ relPath: `${dir}block.sh`, size: args.length, text: args });
        const lines = blockText.split('\n');
        for (const raw of result.references) {
          const at = lines[raw.line - 1]!.indexOf(raw.id.replace(/^\.\//, ''));
          if (at >= 0) found.push({ extractor: 'shell', raw: { ...raw, column: raw.column - LLAMAFILE_RUN.length + at } });
        }
      }
      // A client example asking the page's own server for the name its command declares (`--served-model-name ui-tars`,
      // then `model="ui-tars"` in a Python block): the block's extractor, which sees no server, reads no model there.
      if (aliases.size) for (const raw of aliasRequestsIn(blockText, aliases)) found.push({ extractor: 'model-names', raw });
      for (const raw of scriptClientRequests(blockText, aliases)) found.push({ extractor: 'model-names', raw });
      // A library's short name in a command of a page that names the library (`python cli_demo_sat.py --from_pretrained
      // cogagent-chat` under THUDM/CogVLM's "download the sat model"): the block alone does not say whose name it is.
      // (The libraries the page names, asked once a page: a test of the whole page per block was quadratic in a page of
      // many blocks, huggingface_hub's CLI reference.)
      if (name === 'block.sh') found.push(...librarySlotsOfPage(blockText, text, (pageLibraries ??= librariesNamedIn(text))));
      // A name found by its shape yields to the block's own extractor's reading of the line.
      {
        for (const { raw } of withoutShadowed(
          found,
          (f) => f.extractor,
          (f) => f.raw,
        )) {
          const ref = asServed(raw, block.firstLine + raw.line - 1);
          if (!ref) continue;
          const line = block.firstLine + ref.line - 1;
          const column = ref.column + (block.shift[ref.line - 1] ?? 0);
          const key = `${ref.id}\u0000${ref.source}\u0000${line}\u0000${ref.revision ?? ''}`;
          if (seen.has(key)) continue;
          seen.add(key);
          references.push({ ...ref, line, column, snippet: positions.snippet(line), context: 'docs' });
        }
      }
      for (const ref of libraryConstantRefs(block, text)) {
        const key = `${ref.id}\u0000${ref.source}\u0000${ref.line}\u0000`;
        if (seen.has(key)) continue;
        seen.add(key);
        references.push({ ...ref, snippet: positions.snippet(ref.line), context: 'docs' });
      }
    }
    // Snippets in docs are often partial on purpose: their diagnostics are not the project's.
    return { references, diagnostics: [] };
  },
});

/** The library names in a block's slots that only the page around it says are the library's (providers.yaml `library_names`). */
function librarySlotsOfPage(blockText: string, page: string, pageLibraries: ReadonlySet<string>): { extractor: string; raw: RawReference }[] {
  if (page === blockText || !pageLibraries.size) return [];
  const positions = new PositionIndex(blockText);
  const own = new Set(libraryNamesInSlots(blockText).map((s) => s.offset));
  return libraryNamesInSlots(blockText, undefined, pageLibraries)
    .filter((s) => !own.has(s.offset))
    .map((s) => {
      const { line, column } = positions.at(s.offset);
      return { extractor: 'model-names', raw: { id: s.id, source: s.source, line, column, snippet: '' } };
    });
}

/** A model-keyed quoted value (`model="x"`, `"model": "x"`, `model_name='x'`) on a line of a block. */
const MODEL_KEYED_VALUE = /\bmodel(?:_name|_id)?["']?[ \t]*[:=][ \t]*["']([\w.:-]+)["']/g;
/** A client command's model flag and its value (`--model x`, `--model_name=x`, `--model-name "x"`). */
const MODEL_FLAG_VALUE = /(?<![\w-])--model(?:[-_]name)?(?:[ \t]+|=)["']?([\w.:-]+)/g;

/** The block's model-keyed values that are, or are an adapter of (`alias:lora`), a served alias the page declares. */
function aliasRequestsIn(text: string, aliases: Set<string>): RawReference[] {
  const found: RawReference[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.includes('model')) return;
    for (const m of line.matchAll(MODEL_KEYED_VALUE))
      if (aliases.has(m[1]!) || aliases.has(m[1]!.split(':')[0]!))
        found.push({ id: contextOnlyId(m[1]!), source: 'api', line: i + 1, column: m.index + m[0].length - m[1]!.length, snippet: '' });
    // `python eval.py --model_name UI-S1-7B` after `vllm serve /ckpt --served-model-name UI-S1-7B` (X-PLUG/MobileAgent's
    // UI-S1 README): a client command asking for the alias by its model flag. Not the serve command itself, whose
    // `--model` is the model it loads.
    if (!declaresServedName(line))
      for (const m of line.matchAll(MODEL_FLAG_VALUE))
        if (aliases.has(m[1]!) || aliases.has(m[1]!.split(':')[0]!))
          found.push({ id: contextOnlyId(m[1]!), source: 'api', line: i + 1, column: m.index + m[0].length - m[1]!.length, snippet: '' });
  });
  return found;
}

/** A command starting an OpenAI-style server: `vllm serve`, vLLM's or SGLang's server module. */
const OPENAI_SERVER_START = /\bvllm[ \t]+serve\b|\bvllm\.entrypoints\.openai\.api_server\b|\bsglang\.launch_server\b/;
/** A Python script run from the shell (`python /evaluation/eval_qwenvl.py ...`), not a module (`python -m ...`). */
const SCRIPT_RUN = /^\s*(?:\$\s+)?python3?[ \t]+\S+\.py\b/;
/** A bare model name: letters and a digit, no path (`Qwen2.5-VL-7B`, `AgentCPM-GUI-8B`). */
const BARE_MODEL_NAME = /^(?=[^/]*\d)[A-Za-z][\w.-]*[A-Za-z0-9]$/;

/**
 * After a block starts an OpenAI-style server, a script's model flag given a bare model name asks that server for the model
 * it serves under that name (X-PLUG/MobileAgent's UI-S1 README: `vllm serve /checkpoints-7B --served-model-name UI-S1-7B`,
 * then `python /evaluation/eval_agentcpm.py --model_name AgentCPM-GUI-8B` for each model evaluated). Declared aliases are
 * aliasRequestsIn's; a Hub id or a path is read where the script's extractor reads it.
 */
function scriptClientRequests(text: string, aliases: Set<string>): RawReference[] {
  const found: RawReference[] = [];
  const lines = text.split('\n');
  const start = lines.findIndex((l) => OPENAI_SERVER_START.test(l));
  if (start < 0) return found;
  lines.forEach((line, i) => {
    if (i <= start || !SCRIPT_RUN.test(line) || declaresServedName(line) || OPENAI_SERVER_START.test(line)) return;
    for (const m of line.matchAll(MODEL_FLAG_VALUE))
      if (BARE_MODEL_NAME.test(m[1]!) && !aliases.has(m[1]!))
        found.push({ id: contextOnlyId(m[1]!), source: 'api', line: i + 1, column: m.index + m[0].length - m[1]!.length, snippet: '' });
  });
  return found;
}

/** A shell command that creates, enters, lists, copies, moves, links, unpacks or removes files (`$ ` prompt and `sudo` aside). */
/** A line a Python exception prints (`KeyError: 'x'`, `requests.exceptions.HTTPError: ...`). */
const EXCEPTION_LINE = /^\s*(?:[a-z_][\w.]*\.)?[A-Z]\w*(?:Error|Exception):/;
const FILE_COMMAND = /^\s*(?:\$\s+)?(?:sudo\s+)?(?:mkdir|cd|ls|cp|mv|rm|ln|chmod|chown|touch|unzip|tar)(?:\s|$)/;

/**
 * A block no extractor reads (an app's own chat command `/config model deepseek-v4-flash`, a status
 * printout `Model: MiniMax-M2.5`): its words named like a hosted provider's models. Hub ids there
 * are left to commands and URLs: a log line naming a model is output, not a choice. A library's model constant
 * (providers.yaml `library_constants`) is code, whatever the block's tag: `var modelConfiguration =
 * LLMRegistry.qwen3_8b_4bit` in a README's untagged block is the model it holds (`mlx-community/Qwen3-8B-4bit`).
 */
/** Before a word, a flag named for a type, format or style, not a model's type (`--coor_type "`, `--format=`). */
const KIND_FLAG_BEFORE = /(?<![\w-])--(?![\w-]*model[-_]type)[\w-]*(?:type|format|style)(?:[ \t]+|=)["']?$/i;

function namesInText(block: Block, page: string): RawReference[] {
  const found: RawReference[] = libraryConstantRefs(block, page);
  block.text.split('\n').forEach((line, i) => {
    // `mkdir CogVideoX-2b-sat`, `cd CogVideoX-2b-sat` (zai-org/CogVideo sat/README.md): a file command's words are files and
    // folders on disk, named after a model perhaps, never a name a hosted provider answers to.
    if (FILE_COMMAND.test(line)) return;
    // `KeyError: 'qwen2-audio'` (QwenLM/Qwen2-Audio's README, the error an old transformers raises): an exception's
    // message names what failed, not a model the page uses.
    if (EXCEPTION_LINE.test(line)) return;
    for (const word of line.matchAll(/[^\s"'`(),;]+/g)) {
      const value = word[0].replace(/[.:]+$/, '');
      if (value.length <= 3 || /dataset|\bspaces?\b/i.test(line)) continue;
      // `--coor_type "qwen-vl"` (X-PLUG/MobileAgent's Mobile-Agent-v3 README): the value of a flag named for a type, format or
      // style is a kind (here the coordinates a family outputs), not a model; `--model_type` picks one and is read.
      if (KIND_FLAG_BEFORE.test(line.slice(0, word.index))) continue;
      const provider = providerForName(value);
      if (provider)
        found.push({ id: apiModelId(provider, value), source: 'api', line: block.firstLine + i, column: word.index! + 1 + (block.shift[i] ?? 0), snippet: '' });
    }
  });
  return found;
}

/** A model option's row in a CLI's help listing: `--model`, `--llm-model`, `--model-name` (not `--model-suffix`, `--model-dir`). */
const HELP_MODEL_OPTION = /(?:^|[\s\u2502|])--(?:[a-z]+[-_])?model(?:[-_]name)?(?=[\s=,\u2502|]|$)/;
/** Another option's row: where the model option's continuation rows end. */
const HELP_OTHER_OPTION = /(?:^|[\s\u2502|])--?[a-zA-Z]/;
/** The default a help listing shows for an option: Click/Typer's `[default: x]`, argparse's `(default: x)`. */
const HELP_DEFAULT = /[[(]default:\s*([^\s\])]+)\s*[\])]/g;

/**
 * The default of a model option in a CLI's help listing pasted in a docs block (Typer/Rich's boxed `--help`: `│ --model
 * TEXT  Model to use for fine-tuning [default: gpt-3.5-turbo] │`, the default on the row or on a continuation row below
 * it; Click's `--model TEXT  [default: gpt-4o]`; argparse's `(default: ...)`): the model the tool uses unless told
 * otherwise, as the same default in its code is (567-labs/instructor's docs/cli/finetune.md, TheR1D/shell_gpt's README).
 * Only a name a provider publishes counts. Each line is read at most four times (its row and three continuation rows).
 */
function helpListingDefaults(block: Block): RawReference[] {
  if (!block.text.includes('default:') || !block.text.includes('model')) return [];
  const lines = block.text.split('\n');
  const found: RawReference[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!HELP_MODEL_OPTION.test(lines[i]!)) continue;
    for (let j = i; j < Math.min(lines.length, i + 4) && (j === i || !HELP_OTHER_OPTION.test(lines[j]!.replace(HELP_DEFAULT, ''))); j++)
      for (const m of lines[j]!.matchAll(HELP_DEFAULT)) {
        const provider = providerForName(m[1]!);
        if (provider)
          found.push({
            id: apiModelId(provider, m[1]!),
            source: 'api',
            line: block.firstLine + j,
            column: m.index! + m[0].indexOf(m[1]!) + 1 + (block.shift[j] ?? 0),
            snippet: '',
          });
      }
  }
  return found;
}

/** A builder's model slot given a bare constant: `.modelName(GPT_4_O_MINI)`, `.modelId(CLAUDE_SONNET_4_5_20250929)`. */
const BARE_CONSTANT_SLOT = /\.(?:modelName|modelId|model|withModel)\(\s*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\s*\)/g;

/**
 * A library's model constants a block writes (providers.yaml `library_constants`), whatever its tag and whether or not an
 * extractor reads it: a snippet rarely shows its imports (`model = OpenAIModels.Chat.GPT4o` in a Kotlin block is
 * `gpt-4o`; Kotlin blocks are read by model-names alone). A Hub id as the Hub's, an Ollama tag as Ollama's, a provider's
 * name as that provider's, else by its place (a constant is a model).
 */
function libraryConstantRefs(block: Block, page: string): RawReference[] {
  const found: RawReference[] = [];
  block.text.split('\n').forEach((line, i) => {
    const constants = libraryConstantsIn(line);
    // A constant written bare in a builder's model slot (`.modelName(GPT_4_O_MINI)`): a snippet leaves out the `import
    // static` that names its enum (langchain4j's docs). The one id the library enums holding the name agree on, unless
    // the page declares the name itself (`static final String MODEL_NAME = ...`).
    for (const m of line.matchAll(BARE_CONSTANT_SLOT)) {
      const name = m[1]!;
      if (new RegExp(`\\b${name}\\s*(?::[^=\\n]*)?=`).test(page)) continue;
      const constant = bareLibraryConstant(name);
      if (constant) constants.push({ ...constant, column: m.index! + m[0].indexOf(name) });
    }
    // A library's model class constructed (`new AllMiniLmL6V2EmbeddingModel()`: the Hub model it runs in-process), its
    // import left out too; not a class of the page's own of that name.
    for (const m of line.matchAll(/\bnew\s+([A-Z]\w*)\s*\(/g)) {
      const id = libraryModelClass(m[1]!);
      if (id && !new RegExp(`\\bclass\\s+${m[1]}\\b`).test(page)) constants.push({ id, ollama: false, column: m.index! + m[0].indexOf(m[1]!) });
    }
    for (const constant of constants) {
      const at = { line: block.firstLine + i, column: constant.column + 1 + (block.shift[i] ?? 0), snippet: '' };
      const hub = constant.ollama ? undefined : parseHubReference(constant.id);
      const provider = hub || constant.ollama ? undefined : providerForName(constant.id);
      if (constant.ollama) found.push({ id: constant.id, source: 'ollama', ...at });
      else if (hub) found.push({ id: hub.id, source: 'huggingface', ...at });
      else if (provider) found.push({ id: apiModelId(provider, constant.id), source: 'api', ...at });
      else found.push({ id: contextOnlyId(constant.id), source: 'api', ...at });
    }
  });
  return found;
}

/**
 * A BibTeX citation (a `bibtex` block, or entries like `@misc{glm2024chatglm,`): its titles are a paper's prose
 * (`title={ChatGLM: ... from GLM-130B to GLM-4 All Tools}`), no model the project uses.
 */
function isCitation(block: Block): boolean {
  return /^(bibtex|bib|biblatex)$/i.test(block.info.trim().split(/\s/)[0] ?? '') || /^\s*@[A-Za-z]+\s*\{[^,\n]*,/.test(block.text);
}

/**
 * A diagram drawn in a block no extractor reads (box-drawing lines and arrows: `┌───┐`, `│ DeepSeek-V2-style decoder │`,
 * `↓` then `Language Model (DeepSeek-V2)`, Blaizzy/mlx-vlm's model READMEs): its words label an architecture's parts,
 * named after the models they come from, no model the project calls.
 */
// (Box lines and arrows make it a diagram: a result table drawn in boxes without arrows, `│ Model │ gpt-oss-20b │`
// (EvalScope's report in datawhalechina/self-llm), or in ASCII with a metric's arrow, `| qwen-vl-plus | BLEU ↑ |`
// (modelscope/evalscope's docs), prints the model a run used; a config drawn in a box, `│ model: gpt-4 │`
// (bytedance/deer-flow's ARCHITECTURE.md), is the config.)
function isDiagram(block: Block): boolean {
  return (block.text.match(/^.*[\u2500-\u257F].*$/gm)?.length ?? 0) >= 3 && /[\u2190-\u21FF\u25B2-\u25BC]/.test(block.text) && !CONFIG_IN_BOX.test(block.text);
}
/** A `model:` or `name:` key with its value on a line of a drawing (`│     model: gpt-4   │`). */
const CONFIG_IN_BOX = /^[\s\u2500-\u257F]*(?:-\s+)?(?:[\w-]*model[\w-]*|name)\s*:\s*\S/im;

/**
 * A block's language: "{.bash}", "bash title=x", HackMD's "shell=" / "python=101" (line numbers): the language alone.
 * Pandoc/Quarto attributes ("{.json filename=x}") and Quarto's executable cells ("{python}") too.
 */
function blockLanguage(block: Block): string {
  return block.info
    .replace(/^\{?[ \t]*\.?/, '')
    .split(/[\s{},]/)[0]!
    .toLowerCase()
    .replace(/=[+\d]*$/, '');
}

/** A patched file's extension (`+++ b/apps/config/model_config.json`) -> the language its lines are read in. */
const PATCHED_LANGUAGE: [RegExp, string][] = [
  [/\.py$/, 'python'],
  [/\.json$/, 'json'],
  [/\.ya?ml$/, 'yaml'],
  [/\.toml$/, 'toml'],
  [/\.(sh|bash)$/, 'bash'],
  [/\.[cm]?[jt]sx?$/, 'ts'],
];
/**
 * A ```diff block (a patch the docs tell the reader to apply: modelscope-agent's local_deploy.md adds a model entry to
 * model_config.json and points vector_storage.py's `model_id=` at a local folder) as the patched file reads after it: its
 * added and context lines, in the language of the file the `+++` header names, each on its own line and column (the
 * marker blanked); removed lines and headers blank. Undefined for another block or a patch of no file read.
 */
/** `name = 'value'`, `name = dict(`, `name = [`: a Python assignment (a string, a dict call or a list), at a line's start. */
const PYTHON_ASSIGNMENT_LINE = /^[ \t]*[A-Za-z_]\w*[ \t]*=[ \t]*(?:[rbfuRBFU]?['"]|dict\(|\[)/m;
/** `key: value` (or `- key: value`) at a line's start: YAML's mapping, which no Python statement line is. */
const YAML_KEY_LINE = /^[ \t]*(?:-[ \t]+)?[\w.-]+:(?:[ \t]|$)/m;
function diffResult(block: Block): Block | undefined {
  if (!/^(diff|patch|udiff)$/.test(blockLanguage(block))) return undefined;
  const target = /^\+\+\+ (?:b\/)?(\S+)/m.exec(block.text)?.[1];
  const text = block.text
    .split('\n')
    .map((l) => (/^\+(?!\+\+ )/.test(l) || l.startsWith(' ') ? ` ${l.slice(1)}` : ''))
    .join('\n');
  // Without a header, a change shown to a function (huggingface/peft's docs/source/accelerate/deepspeed.md: ` def main():`,
  // `+    accelerator = Accelerator()`, `     model_name_or_path = "facebook/bart-large"`) is in the language its lines are:
  // Python when one of them opens a definition or an import.
  // So is a change to a Python settings file's assignments (InternLM/Tutorial's XTuner lesson: `- pretrained_model_name_or_path =
  // 'internlm/internlm2-chat-1_8b'`, `+ pretrained_model_name_or_path = '/root/InternLM/XTuner/Shanghai_AI_Laboratory/
  // internlm2-chat-1_8b'`; `+ model_name_or_path = "/root/InternLM/XTuner/merged"` in the demo script): an added or
  // context line assigning a name a quoted string, a `dict(...)` or a list, with no `key: value` line a YAML change has.
  const lang = target
    ? PATCHED_LANGUAGE.find(([ext]) => ext.test(target))?.[1]
    : /^[ \t]*(?:(?:async[ \t]+)?def[ \t]+\w+[ \t]*\(|class[ \t]+\w+[ \t]*[(:]|import[ \t]+\w|from[ \t]+[\w.]+[ \t]+import[ \t])/m.test(text) ||
        (PYTHON_ASSIGNMENT_LINE.test(text) && !YAML_KEY_LINE.test(text))
      ? 'python'
      : undefined;
  if (!lang) return undefined;
  return { ...block, info: lang, text };
}

/** YAML front matter: a `---` first line, the YAML, a `---` line. */
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
/** A front matter key naming the model the page's reader runs (`model:`, `modelId:`, `model_id:`, `model_name:`). */
const FRONT_MATTER_MODEL_KEY = /^[ \t]*(?:model|model[-_]?id|model[-_]?name)[ \t]*:/im;
/** Model and Space cards: the model-card extractor reads their front matter. */
const CARD_KEY = /^(?:base_model|sdk|pipeline_tag|library_name)[ \t]*:/m;

/**
 * A Markdown page's own front matter that names a model, read as a ```yaml block: agent, prompt and scheduled-task files
 * whose program runs the model the front matter picks (cline/cline's `sdk/examples/cron/*.cron.md` with `modelSelection:`
 * / `modelId: anthropic/claude-opus-4.7`, its plugin agents' `modelId: openai/gpt-5.5`; an agent definition's
 * `model: gpt-4.1`). Cards (`base_model:`, a Space's `sdk:`) are left to the model-card extractor.
 */
function pageFrontMatter(relPath: string, text: string): Block[] | undefined {
  if (!/\.(md|mdx|markdown)$/i.test(relPath)) return undefined;
  const front = FRONT_MATTER.exec(text);
  if (!front || !FRONT_MATTER_MODEL_KEY.test(front[1]!) || CARD_KEY.test(front[1]!)) return undefined;
  return [{ info: 'yaml', text: front[1]!, firstLine: 2, shift: front[1]!.split('\n').map(() => 0) }];
}

/**
 * A block, and when it is a Markdown document shown as an example (```markdown, ````md: a prompt file, an agent file the
 * reader writes) the parts it holds: its YAML front matter, read as a ```yaml block (`opts:` / `adapter:` / `model:
 * gpt-4.1` in olimorris/codecompanion.nvim doc/configuration/prompt-library.md), and its own fenced blocks, in their
 * languages; lines and columns mapped into the page.
 */
function withMarkdownParts(block: Block): Block[] {
  const diff = diffResult(block);
  if (diff) return [block, diff];
  if (!/^(markdown|md|mdx|gfm)$/.test(blockLanguage(block))) return [block];
  const at = (part: Block): Block => ({
    ...part,
    firstLine: block.firstLine + part.firstLine - 1,
    shift: part.shift.map((s, i) => s + (block.shift[part.firstLine - 1 + i] ?? 0)),
  });
  const parts: Block[] = [block];
  const front = FRONT_MATTER.exec(block.text);
  if (front) {
    const lines = front[1]!.split('\n');
    parts.push(at({ info: 'yaml', text: front[1]!, firstLine: 2, shift: lines.map(() => 0) }));
  }
  for (const inner of fencedBlocks(block.text)) parts.push(...withMarkdownParts(at(inner)));
  return parts;
}

function extractorsFor(block: Block): [string[], string] | undefined {
  const lang = blockLanguage(block);
  if (isDotenv(block.text) && !/^(python3?|py|js|ts|javascript|typescript|toml|json)$/.test(lang)) return [['dotenv'], '.env'];
  if (/^(python3?|py)$/.test(lang) && isEnvListing(block.text)) return [['dotenv'], '.env'];
  if ((!lang || /^(bash|sh|shell|zsh|console|text|txt|plaintext|plain)$/.test(lang)) && isSpacedDotenv(block.text)) return [['dotenv'], '.env'];
  if ((!lang || /^(bash|sh|shell|zsh|console|text|txt|plaintext|plain)$/.test(lang)) && JSON_OBJECT.test(block.text))
    return [['config-file', 'model-names'], 'block.json'];
  if (/^(dockerfile|docker|containerfile)$/.test(lang) && MODELFILE_FROM.test(block.text) && MODELFILE_ONLY.test(block.text))
    return [['ollama-modelfile'], 'Modelfile'];
  // A shell session mistagged as Python (whisper.cpp's README: ```py over `./build/bin/whisper-cli -f a.wav -m
  // ./models/ggml-small.en-tdrz.bin -tdrz`): its first line, comments aside, runs a program by its path (no Python line
  // starts `./`), and a command hands a weights file.
  if (/^(python3?|py)$/.test(lang) && /^(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*\.{1,2}\/[\w.-]/.test(block.text) && WEIGHTS_FILE_COMMAND.test(block.text))
    return [['shell'], 'block.sh'];
  // A command tagged `python` (`python single_inference.py --model-path ../model/Yi-VL-34B ...` in 01-ai/Yi's VL/README.md):
  // Python has no statement `<word> <word>`, so a first line calling a program so is a shell command.
  if (/^(python3?|py)$/.test(lang) && SHELL_IN_PYTHON.test(block.text)) return [['shell'], 'block.sh'];
  if (/^(bash|sh|shell|zsh|console)$/.test(lang) && SHELL_TAGGED_PYTHON.test(block.text) && PYTHON_STATEMENT_LINE.test(block.text))
    return [['python', 'model-names'], 'block.py'];
  const known = lang ? LANGUAGES.find(([tag]) => tag.test(lang)) : undefined;
  if (known) return [known[1], known[2]];
  // Untagged, or tagged with a language read by no extractor ("text", "angular2html"): what the text says it is.
  if (isPropertiesListing(block.text)) return [['dotenv', 'jvm', 'model-names'], 'application.properties'];
  if (MODELFILE_FROM.test(block.text) && MODELFILE_ONLY.test(block.text)) return [['ollama-modelfile'], 'Modelfile'];
  if (CONTAINER_ARGS.test(block.text) && CONTAINER_IMAGE.test(block.text)) return [['compose-k8s'], 'block.yaml'];
  if (
    KNOWN_COMMAND.test(block.text) ||
    LINK_OR_COPY_COMMAND.test(block.text) ||
    MODEL_FLAG_COMMAND.test(block.text) ||
    WEIGHTS_FILE_COMMAND.test(block.text) ||
    ARGS_FILE.test(block.text) ||
    SHELL_TEST.test(block.text)
  )
    return [['shell'], 'block.sh'];
  if (MODEL_KEYS.test(block.text)) return [['config-file', 'model-names'], 'block.yaml'];
  if (PYTHON_IMPORT.test(block.text) || PYTHON_CALL_BLOCK.test(block.text) || PYTHON_DICT_LIST.test(block.text) || PYTHON_LOAD_LINE.test(block.text))
    return [['python', 'model-names'], 'block.py'];
  return undefined;
}

/**
 * A manifest shown as the heredoc that applies it (`kubectl apply -f - <<EOF` ... `EOF`): the YAML
 * between, the two shell lines blanked (lines kept, so positions still match).
 */
export function unwrapHeredoc(text: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim());
  const opener = first < 0 ? undefined : /<<-?[ \t]*(['"]?)(\w+)\1/.exec(lines[first]!);
  if (!opener) return text;
  const end = lines.findIndex((line, i) => i > first && line.trim() === opener[2]);
  if (end < 0) return text;
  return lines.map((line, i) => (i === first || i === end ? '' : line)).join('\n');
}

/** What a heredoc written to a YAML file or handed to a command's `-f -` names (`cat <<EOF > kubeai-models.yaml`, `helm install x -f - <<EOF`). */
const YAML_TARGET = String.raw`(?:\.ya?ml\b|(?:^|\s)-f[ \t]+-(?:\s|$))`;

/**
 * The YAML bodies of a shell block's heredocs that write a YAML file or feed `-f -`, every other line blanked (lines
 * kept, so positions still match); undefined when there is none.
 */
export const heredocYaml = (text: string): string | undefined => writtenFile(text, YAML_TARGET, false);

/** `echo '` (or `echo "`) opening a quoted text. */
const ECHO_OPEN = /^([ \t]*echo[ \t]+)(['"])/;
/** A Modelfile, and llamafile's `.args` (the arguments a llamafile runs with, one a line). */
const MODELFILE = String.raw`\bModelfile\b`;
const LLAMAFILE_ARGS = String.raw`(?:^|[\s/])\.args\b`;

/** The heredoc opener naming `file` (a regex source) before or after `<<EOF`, and a redirection to it, compiled once per target. */
const TARGETS = new Map<string, { heredocTo: RegExp; redirectTo: RegExp }>();
function targetPatterns(file: string): { heredocTo: RegExp; redirectTo: RegExp } {
  let found = TARGETS.get(file);
  if (!found) {
    found = {
      heredocTo: new RegExp(String.raw`<<-?[ \t]*(['"]?)(\w+)\1(?=[^\n]*${file})|${file}[^\n]*<<-?[ \t]*(['"]?)(\w+)\3`),
      redirectTo: new RegExp(String.raw`^[ \t]*>[ \t]*\S*?${file}`),
    };
    TARGETS.set(file, found);
  }
  return found;
}

/**
 * The text a shell block writes to a file named by `file` (a regex source), by a heredoc (`cat > Modelfile <<EOF`,
 * `cat <<'EOF' > ./Modelfile`) or an `echo` of a quoted text (InternLM/InternLM's ecosystem/README.md: `echo 'FROM
 * ./internlm3-8b-instruct.gguf` ... `' > ./Modelfile`), every other line blanked and the `echo '` replaced by spaces
 * (lines and columns kept); undefined when the block writes none. `byEcho` false: heredocs only.
 */
export function writtenFile(text: string, file: string, byEcho = true): string | undefined {
  const { heredocTo, redirectTo } = targetPatterns(file);
  const lines = text.split('\n');
  const kept = new Map<number, string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = heredocTo.exec(line);
    if (heredoc) {
      const end = lines.findIndex((l, j) => j > i && l.trim() === (heredoc[2] ?? heredoc[4]));
      if (end < 0) break;
      for (let j = i + 1; j < end; j++) kept.set(j, lines[j]!);
      i = end;
      continue;
    }
    const echo = byEcho ? ECHO_OPEN.exec(line) : null;
    if (!echo) continue;
    const quote = echo[2]!;
    const body = [' '.repeat(echo[0].length) + line.slice(echo[0].length)];
    let j = i;
    // The quoted text runs to the first line holding its closing quote.
    while (!body[body.length - 1]!.includes(quote) && j + 1 < lines.length) body.push(lines[++j]!);
    const last = body[body.length - 1]!;
    const close = last.indexOf(quote);
    if (close < 0 || !redirectTo.test(last.slice(close + 1))) continue;
    body[body.length - 1] = last.slice(0, close);
    body.forEach((b, k) => kept.set(i + k, b));
    i = j;
  }
  return kept.size ? lines.map((line, i) => kept.get(i) ?? '').join('\n') : undefined;
}

/** The Modelfile a shell block writes (see writtenFile). */
export const writtenModelfile = (text: string) => (text.includes('Modelfile') ? writtenFile(text, MODELFILE) : undefined);

/** What stands before a model file's name in the command llamafileArgs writes: a llamafile run with `-m`. */
export const LLAMAFILE_RUN = 'llamafile -m ';
/**
 * llamafile's `.args` a shell block writes (https://github.com/Mozilla-Ocho/llamafile, "Creating llamafiles": `cat >.args
 * <<EOF` then `-m`, `mistral-7b-instruct-v0.1.Q4_K_M.gguf`, one argument a line): each `-m`/`--model` line's next line,
 * the weights the llamafile runs, written as `llamafile -m <file>` at its own line (the rest blanked); undefined when none.
 */
export function llamafileArgs(text: string): string | undefined {
  if (!text.includes('.args')) return undefined;
  const written = writtenFile(text, LLAMAFILE_ARGS);
  if (!written) return undefined;
  const lines = written.split('\n');
  const out = lines.map(() => '');
  let any = false;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^(?:-m|--model)$/.test(lines[i]!.trim())) continue;
    const file = lines[i + 1]!.trim();
    if (!file || file.startsWith('-')) continue;
    out[i + 1] = LLAMAFILE_RUN + file;
    any = true;
  }
  return any ? out.join('\n') : undefined;
}

/**
 * A model CLI at the start of a command (`vllm serve`, `./llama-cli`, `$ ollama run`), after any `VAR=x` prefix, or
 * run as Python's module of that name (`python -m spacy download en_core_web_md`).
 */
const COMMAND_START = (programs: readonly string[]) =>
  new RegExp(
    `^(?:\\$[ \\t]+)?(?:[A-Z_]+=\\S*[ \\t]+)*(?:python3?[ \\t]+-m[ \\t]+)?(?:\\.{0,2}\\/)?(?:[\\w.-]+\\/)*(?:${programAlternation(programs)})(?=[ \\t])`,
  );
const SPAN_COMMAND = COMMAND_START(MODEL_PROGRAM_NAMES);
/** In prose, programs whose names are also English words (`tune`, `swift`) or too short (`hf`) need a code span. */
const PROSE_COMMAND = COMMAND_START(MODEL_PROGRAM_NAMES.filter((p) => !['hf', 'swift', 'tune'].includes(p)));
/** A model flag with its value in a span: `--speculative-model="facebook/opt-125m"`, `--hf-repo org/name`. */
const hasModelFlag = (span: string) => [...span.matchAll(/(?:^|\s)(--?[\w-]+)(?:=|\s+)["']?[\w.~\/-]/g)].some((m) => isModelFlag(m[1]!));

/**
 * Commands written outside fences: code spans that run a model CLI or pass a model flag, and prose
 * lines (list items too) that start with a model CLI. Each is a one-line shell block at its column.
 */
export function inlineCommands(text: string, fenced: Block[]): Block[] {
  const inFence = new Set<number>();
  for (const b of fenced) for (let l = b.firstLine - 1; l <= b.firstLine + b.shift.length; l++) inFence.add(l);
  const blocks: Block[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (inFence.has(i + 1) || !/[-\w]/.test(line) || line.length > 2000) continue;
    let spans = 0;
    // Backtick spans, and HTML `<code>` elements (a table cell's `<details><summary>...</summary><code>mistralrs run -m
    // X</code></details>`, which Markdown renders as code too).
    for (const m of line.matchAll(/(`+)([^`\n]+?)\1(?!`)|(<code>)([^<\n]+)<\/code>/g)) {
      spans++;
      const body = m[2] ?? m[4]!;
      const lead = body.length - body.trimStart().length;
      const code = body.trim();
      if (SPAN_COMMAND.test(code) || hasModelFlag(code))
        blocks.push({ info: 'sh', text: code, firstLine: i + 1, shift: [m.index! + (m[1] ?? m[3]!).length + lead] });
    }
    if (spans) continue;
    const item = /^([ \t]*(?:[-*+]|\d+[.)])?[ \t]*)(\S.*)$/.exec(line);
    if (item && PROSE_COMMAND.test(item[2]!)) blocks.push({ info: 'sh', text: item[2]!, firstLine: i + 1, shift: [item[1]!.length] });
  }
  return blocks;
}

/**
 * Values a reader is told to set, written as code spans in prose: `Set the \`bi_encoder\` field to
 * \`sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2\``, `We recommend the value \`whisper-1\``.
 * A span counts when its whole text is a model by its shape alone (a provider's published name, a
 * publisher's Hub id: the rule for whole string values in code) and its line says what to set (a
 * field, a value, a model name); a name given as an example or mentioned in passing is prose.
 */
function settingValues(text: string, fenced: Block[]): RawReference[] {
  if (!SETTING.test(text)) return [];
  const inFence = new Set<number>();
  for (const b of fenced) for (let l = b.firstLine - 1; l <= b.firstLine + b.shift.length; l++) inFence.add(l);
  const registry = loadRegistry();
  const found: RawReference[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (inFence.has(i + 1) || line.length > 2000 || !line.includes('`') || !SETTING.test(line)) continue;
    for (const m of line.matchAll(/(`+)([^`\n]+?)\1(?!`)/g)) {
      // The value follows what it sets (`Set the \`x\` field to \`y\``); a span before it is what the sentence is about
      // (THUDM/GLM-4 finetune/README.md:211: "\`GLM-4V-9B\` does not support the \`tools\` field").
      if (!SETTING.test(line.slice(0, m.index))) continue;
      const value = m[2]!.trim();
      const known = value.length > 3 ? classify(value, line, registry) : undefined;
      if (known) found.push({ ...known, line: i + 1, column: m.index! + m[1]!.length + m[2]!.indexOf(value) + 1, snippet: '' });
    }
  }
  return found;
}

/** The markers of a block quote before a line's text (`> `, `>> `, `  > `): a fence may stand inside one (GitHub's `> [!NOTE]`). */
const QUOTE_MARKERS = /^[ \t]*(?:>[ \t]?)+/;

/** A MyST code directive's fence info (`{code-block} yaml`, `{code} python`, `{sourcecode}`), its language argument captured. */
const MYST_CODE_DIRECTIVE = /^\{(?:code-block|code|sourcecode|code-cell)\}(?:[ \t]+(\S+))?/;
/**
 * A MyST directive that lays out Markdown, code blocks among it (`{tab} Python`, `{tabs}`, sphinx-design's `{tab-set}` and
 * `{tab-item}`, `{dropdown}`). Not an admonition (`{tip}`, `{note}`): read as before, their text is no page prose.
 */
const MYST_CONTAINER = /^\{(?:tabs?|tab-set|tab-item|group-tab|dropdown)\}/;
/** An option line opening a directive's body (`:caption: eval_openai_api.json`, `:linenos:`). */
const MYST_OPTION = /^[ \t]*:[\w-]+:(?:[ \t].*)?$/;
/** Fenced blocks (``` or ~~~, any indentation, e.g. inside list items or block quotes), content kept line for line. */
export function fencedBlocks(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  // MyST directives that lay out Markdown, not code (````` ````{tab} Python `````, `{tabs}`, `{dropdown}`): their
  // fences open no block, the fences inside them do, and a bare fence as long closes the innermost
  // (https://myst-parser.readthedocs.io/en/latest/syntax/roles-and-directives.html; Sphinx's tabs in open-compass/opencompass
  // docs/en/get_started/quick_start.md).
  const directives: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^((?:[ \t]*>)*[ \t]*)(`{3,}|~{3,})[ \t]*([^`\n]*)$/.exec(lines[i]!.replace(/\r$/, ''));
    if (!open) continue;
    const [, indent, fence, written] = open as unknown as [string, string, string, string];
    const outer = directives.at(-1);
    if (outer && !written.trim() && fence[0] === outer[0] && fence.length >= outer.length) {
      directives.pop();
      continue;
    }
    if (MYST_CONTAINER.test(written.trim())) {
      directives.push(fence);
      continue;
    }
    // A MyST directive (Sphinx's Markdown: ```{code-block} json, then `:caption: config.json` option lines before the
    // code; https://myst-parser.readthedocs.io/en/latest/syntax/code_and_apis.html): the block is in the language its
    // argument names, and its options are no code.
    const myst = MYST_CODE_DIRECTIVE.exec(written.trim());
    const info = myst ? (myst[1] ?? '') : written;
    // In a block quote every line of the block carries the quote's markers; a line without them ends the quote and the block.
    const quoted = indent.includes('>');
    const close = new RegExp(`^(?:[ \\t]*>)*[ \\t]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*\\r?$`);
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end]!) && !(quoted && !QUOTE_MARKERS.test(lines[end]!))) end++;
    const content = lines.slice(i + 1, end);
    // A transcript's lines without a prompt are output; a block tagged so with no prompt on any line (HKUDS/DeepCode's
    // docs/guide/models.md ```console of `deepcode provider ...` commands) is commands, as an untagged one is.
    const prompt =
      /^(console|shell-session|shellsession|sh-session|terminal|pycon)$/i.test(info.trim().split(/\s/)[0] ?? '') &&
      content.some((raw) => /^[ \t>]*(?:\$|>>>|>>|>|PS [^>]*>)[ \t]/.test(raw));
    const shift: number[] = [];
    const body = content.map((raw) => {
      const line = raw.replace(/\r$/, '');
      const strip = quoted ? QUOTE_MARKERS.exec(line)![0].length : line.startsWith(indent) ? indent.length : line.length - line.trimStart().length;
      shift.push(strip);
      let rest = line.slice(strip);
      // "$ vllm serve X", ">>> AutoModel.from_pretrained(...)" (or ">> ...", as THUDM/ChatGLM3's README writes it): the
      // prompt is not code; in a console transcript, lines without a prompt are output.
      const promptAt = /^(\$|#|>>>|>>|\.\.\.|>|PS [^>]*>)[ \t]/.exec(rest);
      if (promptAt && (prompt || promptAt[1] === '$' || promptAt[1] === '>>>' || promptAt[1] === '>>' || commandAfterPrompt(promptAt[1]!, rest)))
        rest = ' '.repeat(promptAt[0].length) + rest.slice(promptAt[0].length);
      else if (prompt && rest.trim() && !/^\s/.test(rest)) rest = '';
      return rest;
    });
    if (myst) for (let k = 0; k < body.length && MYST_OPTION.test(body[k]!); k++) body[k] = '';
    blocks.push({ info: info.trim(), text: body.join('\n'), firstLine: i + 2, shift });
    i = quoted && end < lines.length && !close.test(lines[end]!) ? end - 1 : end;
  }
  return blocks;
}

/** Four spaces or a tab: an indented code block's indentation (https://spec.commonmark.org/0.31.2/#indented-code-blocks). */
const CODE_INDENT = /^(?: {4}|\t)/;
/**
 * A list item's marker (`- `, `* `, `+ `, `1. `, `1) `), a block quote's, or an HTML line: what an indented chunk after it
 * continues. Not a comment closed on its line (`<!---->`, which ends its HTML block there).
 */
const CONTAINER_LINE = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|^>|^<(?!!--.*-->[ \t]*$)/;
/**
 * Indented code blocks of a Markdown page (CommonMark 4.4: lines indented four spaces or more, after a blank line; an
 * indented line cannot interrupt a paragraph), untagged: InternLM/Tutorial's OpenCompass lesson shows the model config to
 * paste (`path="/share/new_models/Shanghai_AI_Laboratory/internlm2-chat-1_8b"`) and the `python run.py --models
 * hf_internlm2_chat_1_8b` command so. Read only where the chunk stands at the page's top level: after the page's start,
 * a fence, or a line at column 0 that opens no list item, quote or HTML (a list item's indented lines are its own
 * paragraphs, its code needs more indentation). Each chunk runs over blank lines to its last indented line; lines keep
 * their places, the four columns of indentation counted in `shift`.
 */
export function indentedBlocks(text: string, fenced: Block[]): Block[] {
  const lines = text.split('\n');
  const inFence = new Uint8Array(lines.length + 1);
  // A fenced block's opening line, content and closing line.
  for (const b of fenced) for (let l = Math.max(0, b.firstLine - 2); l <= Math.min(lines.length - 1, b.firstLine - 1 + b.shift.length); l++) inFence[l] = 1;
  const blocks: Block[] = [];
  let opens = true;
  let blankBefore = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (inFence[i]) {
      opens = true;
      blankBefore = false;
      continue;
    }
    if (!line.trim()) {
      blankBefore = true;
      continue;
    }
    if (blankBefore && opens && CODE_INDENT.test(line)) {
      let last = i;
      let end = i;
      while (end < lines.length && !inFence[end] && (!lines[end]!.trim() || CODE_INDENT.test(lines[end]!))) {
        if (lines[end]!.trim()) last = end;
        end++;
      }
      const content = lines.slice(i, last + 1).map((l) => l.replace(/\r$/, ''));
      const shift = content.map((l) => (l.startsWith('\t') ? 1 : Math.min(4, l.length - l.trimStart().length)));
      blocks.push({ info: '', text: content.map((l, k) => l.slice(shift[k])).join('\n'), firstLine: i + 1, shift });
      i = last;
      blankBefore = false;
      continue;
    }
    opens = !/^[ \t]/.test(line) && !CONTAINER_LINE.test(line);
    blankBefore = false;
  }
  return blocks;
}

/**
 * Docusaurus's `<CodeBlock language="python">{`...`}</CodeBlock>` in an MDX page: code written as a JSX template
 * literal, not a fence (deepset-ai/haystack docs-website/docs/overview/migrating-from-langgraphlangchain-to-haystack.mdx
 * shows its side-by-side examples so). The literal's text is the block, its first line starting after `{\``; an
 * escaped backtick (`\``) is a backtick. A block whose text is a variable (`{ExampleOpenAI}`, an imported file) has
 * no code here. https://docusaurus.io/docs/markdown-features/code-blocks#usage-in-jsx
 */
export function jsxCodeBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const open of text.matchAll(/<CodeBlock\b([^>]*)>\{`/g)) {
    const start = open.index! + open[0].length;
    const end = text.indexOf('`}</CodeBlock>', start);
    if (end < 0) continue;
    const firstLine = text.slice(0, start).split('\n').length;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    // Columns kept: `\`` is read as ` `` (the backslash blanked).
    const body = text.slice(start, end).replace(/\\(?=[`$\\])/g, ' ');
    const shift = body.split('\n').map((_, i) => (i === 0 ? start - lineStart : 0));
    const info = /\blanguage=["'{]?([\w+#-]+)/.exec(open[1]!)?.[1] ?? '';
    blocks.push({ info, text: body, firstLine, shift });
  }
  return blocks;
}

/** HTML's character references a code listing writes, each read as its character (the rest of its length blanked). */
const HTML_ENTITY = /&(?:quot|apos|#39|#34|lt|gt|amp);/g;
const HTML_CHAR: Record<string, string> = { '&quot;': '"', '&#34;': '"', '&apos;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
/** MyST's raw HTML directive (```{raw} html): https://myst-parser.readthedocs.io/en/latest/syntax/roles-and-directives.html */
const RAW_HTML = /^\{raw\}\s+html$/i;
/** A JVM listing: an import ending in `;`, or a builder chain on a type (`ReActAgent.builder()`). */
const JVM_LISTING = /^[ \t]*import[ \t]+[\w.]+(?:\.\*)?;[ \t]*$|\b[A-Z]\w*\s*\.builder\(\)/m;
/** A Python listing: `from x import y` or `import x` without a statement-ending `;`. */
const PYTHON_LISTING = /^[ \t]*(?:from[ \t]+[\w.]+[ \t]+import[ \t]|import[ \t]+[\w.]+[ \t]*$)/m;

/**
 * Code in an HTML `<pre>` element of a Markdown page, outside its fences: a landing page's hand-highlighted panels
 * (`<pre><span class="kw">var</span> agent = <span class="ty">HarnessAgent</span>.builder()` ...
 * `.model(<span class="str">"dashscope:qwen-max"</span>)`, agentscope-ai/agentscope-java docs/v2/en/intro.md). The
 * element's text is the block (outside the page's fences, or in MyST's `{raw} html` directive), its tags blanked and its character references read in place (columns kept), in the
 * language its class names (`language-java`, `lang-python`) or, undeclared, the one its statements show (an import
 * ending in `;` or a `Type.builder()` chain: JVM; `from x import y`: Python); other listings are read as untagged
 * blocks are. https://html.spec.whatwg.org/multipage/grouping-content.html#the-pre-element
 */
export function htmlPreBlocks(text: string, fenced: Block[]): Block[] {
  // A fence shows its text as written (an HTML example's `<pre>` is the example's); MyST's `{raw} html` directive is
  // rendered as the page's own HTML.
  const fences = fenced.filter((b) => !RAW_HTML.test(b.info)).map((b) => [b.firstLine - 1, b.firstLine + b.text.split('\n').length]);
  const inFence = (line: number) => fences.some(([from, to]) => line >= from! && line <= to!);
  // Lines counted once over the page, as the elements come in order.
  let counted = 0;
  let line = 1;
  const lineAt = (offset: number) => {
    for (; counted < offset; counted++) if (text.charCodeAt(counted) === 10) line++;
    return line;
  };
  const blocks: Block[] = [];
  for (const open of text.matchAll(/<pre\b([^>]*)>/gi)) {
    const start = open.index! + open[0].length;
    const end = text.indexOf('</pre>', start);
    if (end < 0) continue;
    const firstLine = lineAt(start);
    if (inFence(firstLine)) continue;
    const raw = text.slice(start, end);
    const body = raw.replace(/<[^>\n]*>/g, (tag) => ' '.repeat(tag.length)).replace(HTML_ENTITY, (e) => HTML_CHAR[e]!.padEnd(e.length));
    if (!body.trim()) continue;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const shift = body.split('\n').map((_, i) => (i === 0 ? start - lineStart : 0));
    // `<pre class="language-java">`, `<pre><code class="lang-py">`.
    const declared = /\b(?:language|lang)-([\w+#-]+)/.exec(`${open[1]} ${/^\s*<code\b[^>]*>/.exec(raw)?.[0] ?? ''}`)?.[1];
    const info = declared ?? (JVM_LISTING.test(body) ? 'java' : PYTHON_LISTING.test(body) ? 'python' : '');
    blocks.push({ info, text: body, firstLine, shift });
  }
  return blocks;
}

/** troff's escapes in a man page's examples: `\\[rs]` and `\\e` (a backslash), `\\[dq]` (a quote), `\\-` (a hyphen), `\\&` (nothing). */
const TROFF_ESCAPE = /\\\[(rs|dq|aq|cq|oq)\]|\\\((rs|dq|aq)|\\([e&-])/g;
const TROFF_CHAR: Record<string, string> = { rs: '\\', dq: '"', aq: "'", cq: "'", oq: "'", e: '\\', '&': '', '-': '-' };
const untroff = (line: string) => line.replace(TROFF_ESCAPE, (_, a?: string, b?: string, c?: string) => TROFF_CHAR[(a ?? b ?? c)!]!);

/**
 * The examples of a man page (mdoc, https://man.openbsd.org/mdoc.7): each literal display (`.Bd -literal` to `.Ed`), its
 * macro lines blanked, and each `.Dl "..."` line (llamafile's manuals: `.Dl "llamafiler -m all-MiniLM-L6-v2.F32.gguf"`),
 * troff's escapes undone (`llamafile \\[rs]` ends a line continued). Untagged: read by what their text says they are.
 */
export function manExamples(text: string): Block[] {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const one = /^\.Dl[ \t]+("?)(.*?)\1[ \t]*$/.exec(lines[i]!);
    if (one) {
      blocks.push({ info: '', text: untroff(one[2]!), firstLine: i + 1, shift: [lines[i]!.indexOf(one[2]!)] });
      continue;
    }
    if (!/^\.Bd[ \t]+-literal\b/.test(lines[i]!)) continue;
    let end = i + 1;
    while (end < lines.length && !/^\.Ed\b/.test(lines[end]!)) end++;
    const body = lines.slice(i + 1, end).map((line) => (/^\.[A-Za-z]/.test(line) ? '' : untroff(line)));
    blocks.push({ info: '', text: body.join('\n'), firstLine: i + 2, shift: body.map(() => 0) });
    i = end;
  }
  return blocks;
}

/** A Vim help file (a plugin's `doc/<name>.txt`): its modeline says so (`vim:tw=78:ts=8:ft=help:norl:`). */
export const isVimHelp = (relPath: string, text: string) => /\.txt$/i.test(relPath) && /\bvim:[^\n]*\bft=help\b/.test(text);

/**
 * The examples of a Vim help file (`:help help-writing`): a line ending in ` >` (Neovim: `>lua`, `>vim`) opens one,
 * its indented lines follow, and a `<` as a line's first non-blank or any line starting in column 1 ends it.
 * The language tag is the block's info; an untagged example is read by what its text says it is.
 */
export function helpExamples(text: string): Block[] {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /(?:^|[ \t])>([a-z0-9]*)[ \t]*$/.exec(lines[i]!);
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && !/^[ \t]*<(?:[ \t]|$)/.test(lines[end]!) && !/^\S/.test(lines[end]!)) end++;
    const content = lines.slice(i + 1, end);
    const margin = Math.min(...content.filter((line) => line.trim()).map(indentOf));
    if (!Number.isFinite(margin)) continue;
    const shift = content.map((line) => (line.trim() ? margin : 0));
    const body = content.map((line) => (line.trim() ? line.slice(margin) : '')).join('\n');
    // Untagged, an example that loads a module (`require("avante").setup({`) is a Neovim plugin's Lua.
    const info = open[1] || (/\brequire\s*\(?\s*["'][\w.-]+["']/.test(body) ? 'lua' : '');
    blocks.push({ info, text: body, firstLine: i + 2, shift });
    i = /^[ \t]*</.test(lines[end] ?? '') ? end : end - 1;
  }
  return blocks;
}

/**
 * reStructuredText code directives (`.. code-block:: yaml`, `.. code:: python`, `.. sourcecode:: bash`, sphinx-tabs'
 * `.. code-tab:: bash shell` (its language, then the tab's label), nested in tabs or lists): the indented body after
 * the directive and its options, dedented, line for line.
 */
export function directiveBlocks(text: string): Block[] {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const codeDirective = /^([ \t]*)\.\.[ \t]+(?:code-block|code-tab|code|sourcecode)::[ \t]*(\S*)/.exec(lines[i]!);
    const directive = codeDirective ?? literalMarker(lines, i);
    if (!directive) continue;
    const depth = directive[1]!.length;
    let end = i + 1;
    while (end < lines.length && (!lines[end]!.trim() || indentOf(lines[end]!) > depth)) end++;
    const content = lines.slice(i + 1, end);
    // Options (":linenos:", ":caption: x") come first, then the code; both are deeper than the directive.
    const firstCode = content.findIndex((line) => line.trim() && !/^[ \t]*:[\w-]+:/.test(line));
    const margin = Math.min(...content.filter((line, j) => j >= firstCode && line.trim()).map(indentOf));
    const shift: number[] = [];
    const body = content.map((line, j) => {
      const code = firstCode >= 0 && j >= firstCode && line.trim();
      shift.push(code ? margin : 0);
      return code ? line.slice(margin) : '';
    });
    // A Python session shown in any block (`.. code:: shell` then `python`, `>>> engine = MLCEngine(model="./dist/X")`,
    // `...   model_lib=...`; mlc-ai/mlc-llm docs/compilation/compile_models.rst): its prompted lines are Python. A session
    // opens with `>>>`: an ellipsis alone marks output left out (`$ tune download X`, the files it wrote, then `...`;
    // pytorch/torchtune docs/source/tune_cli.rst), no Python.
    const session = body.some((line) => SESSION_START.test(line));
    const code = session ? body.map((line) => (PYTHON_PROMPT.test(line) ? line.replace(PYTHON_PROMPT, (p) => ' '.repeat(p.length)) : '')) : body;
    // A literal block is highlighted as Python by Sphinx's default (`highlight_language`): one written as Python
    // (`model = SparseEncoder("naver/...", device="cuda")` alone, no import) is read as Python.
    const info = session ? 'pycon' : directive[2] || (!codeDirective && PYTHON_STATEMENT.test(code.join('\n')) ? 'python' : '');
    blocks.push({ info, text: code.join('\n'), firstLine: i + 2, shift });
    i = end - 1;
  }
  return blocks;
}

/**
 * A reStructuredText literal block's marker: a paragraph ending in `::` (`Only optimize once::`) or a `::` line alone,
 * then a blank line and the indented block (https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html#literal-blocks).
 * Sphinx highlights such a block in the page's default language (Python), so it is untagged here: read by what it says.
 * Directives (`.. note::`) and comments end in `::` too and are not literal blocks. Shaped as the directive match
 * (indent, language).
 */
function literalMarker(lines: string[], i: number): [string, string, string] | undefined {
  const line = lines[i]!;
  if (!/::[ \t]*$/.test(line) || /^[ \t]*\.\./.test(line) || lines[i + 1]?.trim()) return undefined;
  return [line, /^[ \t]*/.exec(line)![0], ''];
}

/** A line of Python: an import, a definition, or a call's result assigned or returned (`model = SentenceTransformer(`). */
const PYTHON_STATEMENT = /^[ \t]*(?:(?:from|import)[ \t]+[\w.]+|def[ \t]+\w+[ \t]*\(|class[ \t]+\w+|return[ \t]+[\w.]+\(|[\w.]+[ \t]*=[ \t]*[\w.]+\()/m;

/** A Python prompt at a line's start: `>>> ` or a continuation's `... ` (a session's, not an ellipsis alone). */
const PYTHON_PROMPT = /^(?:>>>|\.\.\.)(?:[ \t]|$)/;
/** A Python session's first prompt, `>>> ` (its continuations, `... `, follow one). */
const SESSION_START = /^>>>(?:[ \t]|$)/;
/**
 * A bare `> ` before a command modelprov reads, with an argument after it, in a block not tagged as a console transcript:
 * a prompt, not a redirection to a file (`> python -m routellm.openai_server --routers mf --weak-model ollama_chat/llama3`,
 * lm-sys/RouteLLM's README and examples/routing_to_local_models.md). `> out.txt` alone stays a redirection.
 */
function commandAfterPrompt(prompt: string, rest: string): boolean {
  if (prompt !== '>') return false;
  const command = rest.slice(1).trimStart();
  return KNOWN_COMMAND.test(command) && /^\S+[ \t]+\S/.test(command);
}

/**
 * AsciiDoc listing and literal blocks: a `----` (or `....`) line, the code, the same line again. The language is the
 * block's source attribute on the line before (`[source,java]`, `[source, properties]`, `[,yaml]`, a `.Title` line
 * between them allowed); without one the block is untagged.
 */
export function asciidocBlocks(text: string): Block[] {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(-{4,}|\.{4,})[ \t]*$/.exec(lines[i]!);
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && lines[end]!.trimEnd() !== open[1]) end++;
    if (end >= lines.length) break;
    let attr = i - 1;
    if (attr >= 0 && /^\.[^.\s]/.test(lines[attr]!)) attr--;
    const source = attr >= 0 ? /^\[(?:source)?(?:[#.%][^,\]]*)?,[ \t]*([^,\]\s]+)/.exec(lines[attr]!) : null;
    const body = lines.slice(i + 1, end);
    blocks.push({ info: source?.[1] ?? '', text: body.join('\n'), firstLine: i + 2, shift: body.map(() => 0) });
    i = end;
  }
  return blocks;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
