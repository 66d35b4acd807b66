// JavaScript / TypeScript: transformers.js (`pipeline('task', 'Xenova/...')`, `.from_pretrained`),
// @huggingface/inference (`model: '...'`), ollama-js, the openai SDK and other provider SDKs
// (provider from the client's `baseURL`), LangChain.js, and constants holding those names.
// transformers.js API: https://huggingface.co/docs/transformers.js/api/pipelines
import type { Diagnostic } from '../model/diagnostic.js';
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { CLIENT_METHOD, closing, findCalls, listItems, objectArgs, stringConstants, type Argument, type Call } from './shared/calls.js';
import { CONVENTIONAL_WEIGHT_FILE, modelFromPath, parseHubReference, WEIGHT_FILE } from '../model/ids.js';
import { isModelOnlyFile } from './shared/keyed-name.js';
import { PositionIndex } from './shared/position.js';
import { isSpaceAt, isWordCode } from './shared/char-codes.js';
import { classify, isNameShaped, isPlaceholderName } from './shared/model-name.js';
import { loadRegistry } from '../registry/load.js';
import { classifyOllamaName } from './shared/ollama-tag.js';
import { LAUNCHER_PROGRAMS, MODEL_PROGRAMS, modelsInArgs, programAlternation, type Token } from './shared/cli-args.js';
import {
  aiGatewayModel,
  contextOnlyId,
  importsAiGateway,
  hostedModelId,
  OLLAMA_SERVER,
  OPENAI,
  providerForClient,
  providerForModule,
  providerForUrl,
  programRegistryOrganisation,
  type ProviderMatch,
} from '../registry/providers.js';

const HUB_CALLS = new Set([
  'from_pretrained',
  'pipeline',
  'textGeneration',
  'chatCompletion',
  'chatCompletionStream',
  'featureExtraction',
  'textClassification',
  'sentenceSimilarity',
  'textToImage',
  'summarization',
  'translation',
  'HuggingFaceInferenceEmbeddings',
  'HuggingFaceInference',
  'HuggingFaceTransformersEmbeddings',
  'snapshotDownload',
  'downloadFile',
  'modelInfo',
]);
const OLLAMA_CALLS = new Set(['ChatOllama', 'OllamaEmbeddings', 'Ollama']);
/**
 * Loaders of a model file on disk, by its name or path: gpt4all's Node binding `loadModel("orca-mini-3b-gguf2-q4_0.gguf",
 * {...})` (https://github.com/nomic-ai/gpt4all/tree/main/gpt4all-bindings/typescript), which downloads the file to its
 * models folder and loads it. A weights file given there is a `local` model, as Python's `GPT4All("x.gguf")` is.
 */
const LOCAL_FILE_CALLS = new Set(['loadModel']);
/**
 * WebLLM's loaders and the position of the model id they load (https://webllm.mlc.ai/docs/user/api_reference.html):
 * `CreateMLCEngine(id)`, `CreateWebWorkerMLCEngine(worker, id)`, an engine's `reload(id | [id, ...])`. Its ids are
 * entries of its prebuilt catalogue, each the name of a repository of the organisation providers.yaml
 * `program_registries` gives for `web-llm` (`Llama-3.2-1B-Instruct-q4f16_1-MLC` -> `mlc-ai/...`).
 */
const WEBLLM_CALLS = new Map([
  ['CreateMLCEngine', 0],
  ['CreateWebWorkerMLCEngine', 1],
  ['CreateServiceWorkerMLCEngine', 0],
  ['CreateExtensionServiceWorkerMLCEngine', 0],
  ['reload', 0],
]);
/** OpenAI-style clients: the provider is the host of their base URL (OpenAI's own without one). */
const OPENAI_CLIENTS = new Set(['OpenAI', 'AzureOpenAI', 'ChatOpenAI', 'OpenAIEmbeddings', 'createOpenAI', 'createOpenAICompatible']);
/** "baseURL: 'https://api.deepseek.com'", "baseUrl: process.env.X ?? 'http://localhost:8000/v1'", "baseURL: BASE" */
const BASE_URL = /\bbase_?ur[lL]\s*:\s*(?:(['"`])([^'"`\n]+)\1|process\.env\.\w+\s*(?:\?\?|\|\|)\s*(['"`])([^'"`\n]+)\3|([A-Za-z_$][\w$]*))/i;
/** A key or variable named for a model given `path.join(...)` / `path.resolve(...)` whose last part is a string (group 3). */
export const JOINED_MODEL_FILE = /([\w$]*[Mm]odel[\w$]*)['"]?\s*[:=]\s*path\.(?:join|resolve)\([^()\n]*?(['"`])([^'"`\n$]+)\2\s*\)/g;
const JOINED_MODEL_FILE_AT = new RegExp(JOINED_MODEL_FILE.source, 'y');

/** What a match of JOINED_MODEL_FILE holds before its `path.`: `[\w$]`, a quote, `\s`, `:`, `=`. */
const beforeJoin = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return isWordCode(c) || c === 36 || c === 34 || c === 39 || c === 58 || c === 61 || isSpaceAt(text, i);
};

/**
 * `text.matchAll(JOINED_MODEL_FILE)`, the pattern tried only just before each `path.join(` / `path.resolve(`: it opens
 * with `[\w$]*`, so run over the text it was tried at every character of every word (and backtracked over it). A match
 * holds its `path.` after characters of beforeJoin's only (no `.`), so it starts no further back than where they begin
 * and no later than the `path.`; the pattern (no anchor nor look-around) is tried sticky at each of those positions, in
 * order, from where the last match ended, as the global search goes on.
 */
export function* joinedModelFiles(text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (let p = text.indexOf('path.'); p >= 0; p = text.indexOf('path.', p + 1)) {
    if (p < from || !(text.startsWith('join(', p + 5) || text.startsWith('resolve(', p + 5))) continue;
    let start = p;
    while (start > from && beforeJoin(text, start - 1)) start--;
    for (let at = start; at <= p; at++) {
      JOINED_MODEL_FILE_AT.lastIndex = at;
      const m = JOINED_MODEL_FILE_AT.exec(text);
      if (!m) continue;
      from = m.index + m[0].length;
      yield m;
      break;
    }
  }
}
const SKIP = /\.d\.[cm]?ts$|\.min\.js$|(^|\/)(vendor|bundle)[^/]*\.js$/;

export default defineExtractor({
  name: 'javascript',
  words: ['pipeline', 'from_pretrained', 'name_or_path', 'model', 'ollama', 'openai', 'huggingface', 'anthropic', 'mlcengine', '.reload(', '@ai-sdk/'],
  matchesName: true,
  matches: (path) => /\.(m?js|cjs|jsx|ts|tsx|mts|cts)$/.test(path) && !SKIP.test(path),
  extract(file) {
    const references: RawReference[] = [];
    const diagnostics: Diagnostic[] = [];
    const text = file.text;
    if (
      !/pipeline|from_pretrained|name_or_path|model\w*\s*:|(?:model|Model)\w*(?::[^=\n]{0,200})?\s*=\s*[[{]|loadModel\(|name\s*:\s*['"`]\w*(?:model|Model)|Ollama|ollama|OpenAI|HuggingFace|Anthropic|MLCEngine|\.reload\(|@ai-sdk\//.test(
        text,
      )
    )
      return { references, diagnostics };
    const positions = new PositionIndex(text);
    const constants = stringConstants(text);
    const classes = classFields(text);
    const modules = importedModules(text);
    const resolve = (arg: Argument | undefined) => {
      if (!arg) return undefined;
      if (arg.literal !== undefined) return { value: arg.literal, offset: arg.literalOffset! };
      // `process.env.CHAT_MODEL ?? 'qwen2.5:7b'`: the fallback is the reference.
      const fallback = /^process\.env\.[\w$]+\s*(?:\?\?|\|\|)\s*(['"`])([^'"`\n]+)\1$/.exec(arg.text);
      if (fallback) return { value: fallback[2]!, offset: arg.offset + arg.text.length - fallback[2]!.length - 1 };
      const constant = /^[A-Za-z_$][\w$]*$/.test(arg.text) ? constants.get(arg.text) : fieldOf(classes, arg);
      return constant ? { value: constant.value, offset: constant.offset + 1 } : undefined;
    };
    const add = (id: string, offset: number, source: RawReference['source']) => {
      const { line, column } = positions.at(offset);
      if (references.some((r) => r.id === id && r.line === line)) return;
      references.push({ id, source, line, column, snippet: positions.snippet(line) });
    };
    const addHub = (arg: Argument | undefined) => {
      const resolved = resolve(arg);
      const parsed = resolved && parseHubReference(resolved.value);
      if (parsed && resolved) add(parsed.id, resolved.offset, 'huggingface');
    };
    const providerOfUrl = (callText: string): ProviderMatch | undefined => {
      const m = BASE_URL.exec(callText);
      if (!m) return undefined;
      const url = m[2] ?? m[4] ?? (m[5] ? constants.get(m[5])?.value : undefined);
      return url ? providerForUrl(url) : undefined;
    };
    const sdkProvider = (name: string) => providerForClient(name, modules.get(name)) ?? (modules.has(name) ? providerForModule(modules.get(name)!) : undefined);

    // Clients first: `const deepseek = new OpenAI({ baseURL: 'https://api.deepseek.com' })`.
    const clients = new Map<string, { kind: 'api'; provider: ProviderMatch } | { kind: 'ollama' }>();
    const clientCalls = findCalls(text, (name) => OPENAI_CLIENTS.has(name) || OLLAMA_CALLS.has(name) || (/^[A-Z]/.test(name) && !!sdkProvider(name)));
    for (const call of clientCalls) {
      const name = lastSegment(call.callee);
      const target = /(?:^|[\s;(,])(?:this\.)?([\w$]+)\s*=\s*(?:new\s+)?$/.exec(text.slice(Math.max(0, call.offset - 80), call.offset))?.[1];
      const options = call.args.flatMap((a) => objectArgs(text, a));
      const model = options.find((a) => a.name === 'model' || a.name === 'modelName');
      if (OLLAMA_CALLS.has(name)) {
        if (target) clients.set(target, { kind: 'ollama' });
        const resolved = resolve(model);
        if (resolved) add(resolved.value, resolved.offset, 'ollama');
        continue;
      }
      const argsText = text.slice(call.offset, call.args.at(-1) ? call.args.at(-1)!.offset + call.args.at(-1)!.text.length : call.offset);
      const provider = providerOfUrl(argsText) ?? (OPENAI_CLIENTS.has(name) ? OPENAI : sdkProvider(name));
      if (!provider) continue;
      // The openai SDK pointed at Ollama (`baseURL: 'http://localhost:11434/v1'`) is an Ollama client.
      if (provider.id === OLLAMA_SERVER.id) {
        if (target) clients.set(target, { kind: 'ollama' });
        const resolved = resolve(model);
        if (resolved && classifyOllamaName(resolved.value)?.source === 'ollama') add(resolved.value, resolved.offset, 'ollama');
        continue;
      }
      if (target) clients.set(target, { kind: 'api', provider });
      const resolved = resolve(model);
      const id = resolved && hostedModelId(provider, resolved.value);
      if (id) add(id, resolved.offset, 'api');
    }

    // The AI SDK's provider instances (`import { groq } from '@ai-sdk/groq'`, `const qwen = createAlibaba({...})`, an
    // OpenAI-compatible one made for a base URL above): `groq('qwen-qwq-32b')`, `groq.transcription('whisper-large-v3')`
    // name that provider's model, though the name alone would not say whose.
    for (const { value, offset, provider } of aiSdkModelCalls(text, modules, clients)) {
      const id = hostedModelId(provider, value);
      if (id) add(id, offset, 'api');
    }

    const ollamaDefault = [...modules].some(([local, module]) => local === 'ollama' && module.startsWith('ollama'));
    // `import { pipeline as hfPipeline } from '@huggingface/transformers'`: the alias is the call.
    const aliases = hubAliases(text);
    const realName = (name: string) => aliases.get(name) ?? name;
    const calls = findCalls(
      text,
      (name, callee) =>
        HUB_CALLS.has(realName(name)) ||
        LOCAL_FILE_CALLS.has(name) ||
        CLIENT_METHOD.test(callee) ||
        /^[\w$]+\.(chat|generate|embed|embeddings|pull)$/.test(callee),
    );
    for (const call of [...calls, ...clientCalls]) {
      if (call.unclosed && !diagnostics.length) diagnostics.push(unclosedDiagnostic(file.relPath, positions.at(call.offset).line, call));
    }
    for (const call of calls) {
      const name = realName(lastSegment(call.callee));
      const options = call.args.flatMap((a) => objectArgs(text, a));
      const model = options.find((a) => a.name === 'model' || a.name === 'modelName' || a.name === 'model_id');
      const receiver = call.callee.slice(0, call.callee.lastIndexOf('.'));
      const client = clients.get(lastSegment(CLIENT_METHOD.exec(call.callee)?.[1] ?? receiver));
      if (client?.kind === 'ollama' || (!client && receiver === 'ollama' && ollamaDefault)) {
        const resolved = resolve(model);
        if (resolved) add(resolved.value, resolved.offset, 'ollama');
      } else if (CLIENT_METHOD.test(call.callee)) {
        const resolved = resolve(model);
        const id = resolved && client?.kind === 'api' ? hostedModelId(client.provider, resolved.value) : undefined;
        if (id) add(id, resolved!.offset, 'api');
      } else if (LOCAL_FILE_CALLS.has(name)) {
        const resolved = resolve(call.args[0]);
        const file = resolved && WEIGHT_FILE.test(resolved.value) ? modelFromPath(resolved.value) : undefined;
        if (file?.source === 'local') add(file.id, resolved!.offset, 'local');
      } else if (name === 'pipeline') {
        addHub(call.args[1]);
      } else if (HUB_CALLS.has(name)) {
        addHub(model ?? call.args[0]);
      }
    }
    // A model string the AI SDK sends to Vercel's AI Gateway (`model: 'alibaba/qwen-3-14b'` in a file importing `ai`)
    // names the gateway's model, not a Hub repository: read before a Hub id.
    const viaGateway = importsAiGateway(modules.values());
    const modelString = (value: string): { id: string; source: RawReference['source'] } | undefined => {
      const routed = viaGateway ? aiGatewayModel(value) : undefined;
      if (routed) return { id: routed, source: 'api' };
      const parsed = parseHubReference(value);
      return parsed ? { id: parsed.id, source: 'huggingface' } : undefined;
    };
    // Model-named constants no call in this file uses (settings modules): a Hub id, or an Ollama tag under an
    // Ollama-named constant (`export const OLLAMA_MODEL = 'gemma3:27b'`); not a version (WebLLM's
    // `modelVersion = "v0_2_83/base"`, the folder of its compiled libraries).
    for (const [name, constant] of constants) {
      if (!/model|embed|rerank|llm|checkpoint/i.test(name) || /type|class|dir|path|url|key|version/i.test(name)) continue;
      const offset = constant.offset + 1;
      if (references.some((r) => r.line === positions.at(offset).line)) continue;
      const named = modelString(constant.value);
      if (named) add(named.id, offset, named.source);
      else if (/ollama/i.test(name) && classifyOllamaName(constant.value)?.source === 'ollama') add(constant.value, offset, 'ollama');
    }
    // Any `model: 'org/name'` option object names a Hub model (inference clients, LangChain.js, ...).
    const option = /\b(?:model|modelName|model_id|modelId|embeddingModel|repo)\s*:\s*(['"`])([^'"`\n]+)\1/g;
    for (let m = option.exec(text); m; m = option.exec(text)) {
      const offset = m.index + m[0].length - m[2]!.length - 1;
      const named = modelString(m[2]!);
      if (named && !references.some((r) => r.line === positions.at(offset).line)) add(named.id, offset, named.source);
    }
    // `'config.process[0].model.name_or_path': ['ostris/Flex.1-alpha', defaultNameOrPath]`, `model_name_or_path:
    // 'Qwen/Qwen3-VL-8B-Instruct'` and the options a `name_or_path_options: [{ value: 'Qwen/Qwen3-VL-4B-Instruct', ... }]`
    // list offers (ostris/ai-toolkit's UI, writing the job configs its trainer loads): transformers' `*_name_or_path`
    // setting holds a Hub id (or a folder); a Hub id there is the model, and so is the repo of a weights file named inside
    // one (`assistant_lora_path: ['ostris/zimage_turbo_training_adapter/zimage_turbo_training_adapter_v2.safetensors', ...]`).
    for (const { value, offset } of nameOrPathValues(text)) {
      const repo = repoOfSetting(value);
      const named = viaGateway ? modelString(value) : repo && { id: repo.id, source: 'huggingface' as const };
      if (named && !references.some((r) => r.line === positions.at(offset).line && r.id === named.id)) add(named.id, offset, named.source);
    }
    // `gateway('zai/glm-4.5')`, `gateway.languageModel('openai/gpt-5')`, and the gateway's fallbacks
    // (`providerOptions: { gateway: { models: ['openai/gpt-5-nano', 'zai/glm-4.6'] } }`).
    const gatewayCall = /\bgateway(?:\.\w+)?\(\s*(['"`])([^'"`\n]+)\1|\bmodels\s*:\s*\[/g;
    for (let m = viaGateway ? gatewayCall.exec(text) : null; m; m = gatewayCall.exec(text)) {
      const listed =
        m[2] !== undefined ? [{ literal: m[2], literalOffset: m.index + m[0].length - m[2].length - 1 }] : (listItems(text, m.index + m[0].length - 1) ?? []);
      for (const { literal, literalOffset } of listed) {
        const routed = literal === undefined ? undefined : aiGatewayModel(literal);
        if (routed) add(routed, literalOffset!, 'api');
      }
    }
    for (const { value, offset } of webLlmModels(text, resolve)) {
      if (!references.some((r) => r.line === positions.at(offset).line && r.id.endsWith(`/${value}`))) add(webLlmId(value), offset, 'huggingface');
    }
    for (const { value, offset } of modelInputDefaults(text)) {
      if (references.some((r) => r.line === positions.at(offset).line)) continue;
      const known = classify(value, value, loadRegistry());
      add(known?.id ?? contextOnlyId(value), offset, known?.source ?? 'api');
    }
    // `model: path.join(__dirname, "../../models/ggml-base.en.bin")` (whisper.cpp's Node addon examples): a file that holds
    // nothing but a model, joined onto a folder for a key named for a model, is the `local` model the program loads.
    for (const m of joinedModelFiles(text)) {
      const value = m[3]!;
      const fileName = value.slice(value.lastIndexOf('/') + 1);
      if (/output|save|export|upload|dest/i.test(m[1]!) || !isModelOnlyFile(value) || CONVENTIONAL_WEIGHT_FILE.test(fileName)) continue;
      const file = modelFromPath(value);
      if (file?.source === 'local') add(file.id, m.index + m[0].lastIndexOf(m[2]! + value) + 1, 'local');
    }
    // `image_bind_model_path: '/store/imagebind_huge/imagebind_huge.pth'`, `const modelPath = `${dir}/imagebind_huge.pth``,
    // `modelPath = require('path').join(store, 'imagebind_huge', 'imagebind_huge.pth')` (HKUDS/VideoRAG's desktop app,
    // the weights its backend loads): a key or variable named for a model's path or file holding a weights file.
    for (const { value, offset } of modelPathWeights(text)) {
      if (references.some((r) => r.line === positions.at(offset).line)) continue;
      const file = modelFromPath(value.includes('${') ? value.slice(value.lastIndexOf('/') + 1) : value);
      if (file?.source === 'local') add(file.id, offset + (value.includes('${') ? value.lastIndexOf('/') + 1 : 0), 'local');
    }
    // `const availableModelPairs: Record<Func, string[]> = { Chat: ['RWKV-x060-World-1B6-v2.1-20240328-ctx4096.pth', ...] }`
    // (josStorer/RWKV-Runner's AutoConfig, which writes the chosen file into the config its backend loads): weights files
    // listed in a declaration named for models are the `local` models the program loads.
    for (const { value, offset } of listedModelWeights(text)) {
      if (references.some((r) => r.line === positions.at(offset).line)) continue;
      const file = modelFromPath(value);
      if (file?.source === 'local') add(file.id, offset, 'local');
    }
    // `enum ChromaCloudSpladeEmbeddingModel { SPLADE_PP_EN_V1 = "prithivida/Splade_PP_en_v1" }`: a string enum named for
    // models, the catalogue a client picks from (its default a member, `model = Enum.MEMBER`): each member's value that is
    // a Hub id, of any organisation, where it is written. (A name a provider table knows is model-names' wherever it stands.)
    for (const { value, offset } of modelEnumMembers(text)) {
      const parsed = value.includes('/') ? parseHubReference(value) : undefined;
      if (parsed && !references.some((r) => r.line === positions.at(offset).line)) add(parsed.id, offset, 'huggingface');
    }
    // `container.exec(["ollama", "pull", "nomic-embed-text"])`, `spawn("ollama", ["pull", MODEL])`: a command line the code
    // runs, written as its argv (chroma's testcontainers helpers); read as the same command in a shell would be.
    for (const model of argvModels(text, constants))
      if (!references.some((r) => r.line === positions.at(model.offset).line)) add(model.id, model.offset, model.source);
    return { references, diagnostics };
  },
});

/** A declaration named for models (`const availableModelPairs: Record<Func, string[]> = {`, `export const MODELS = [`): its name, its opening bracket. */
const MODEL_DECLARATION = /^[ \t]*(?:export[ \t]+)?(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)[^=\n]{0,200}=[ \t]*([[{])/gm;
/** A quoted weights file (a format only weights come in) standing as an array's entry: after `[` or `,`. */
const LISTED_WEIGHTS = /(?<=[[,]\s{0,200})(['"`])([\w.+%-]+\.(?:safetensors|pth|pt|gguf|ggml|ckpt|onnx|llamafile))\1/g;

/** Weights files listed in a declaration named for models (not for an output), each where it is written. */
function listedModelWeights(text: string): { value: string; offset: number }[] {
  const found: { value: string; offset: number }[] = [];
  if (!/\.(?:safetensors|pth|pt|gguf|ggml|ckpt|onnx|llamafile)['"`]/.test(text)) return found;
  for (const m of text.matchAll(MODEL_DECLARATION)) {
    if (!/model/i.test(m[1]!) || WRITTEN_NAME.test(m[1]!)) continue;
    const open = m.index + m[0].length - 1;
    const close = closing(text, open, open + 20_000);
    if (close < 0) continue;
    const body = text.slice(open, close);
    for (const w of body.matchAll(LISTED_WEIGHTS)) {
      if (CONVENTIONAL_WEIGHT_FILE.test(w[2]!)) continue;
      found.push({ value: w[2]!, offset: open + w.index + 1 });
    }
  }
  return found;
}

/** A TypeScript enum named for models (`enum OpenAIModels {`, `export enum ChromaCloudQwenEmbeddingModel {`; not `ModelType`). */
const MODEL_ENUM = /^[ \t]*(?:export[ \t]+)?(?:declare[ \t]+)?(?:const[ \t]+)?enum[ \t]+[A-Z][\w$]*?Models?[ \t]*\{/gm;
/** An enum member set to a string: `NAME = "value",`. */
const ENUM_MEMBER = /^[ \t]*[A-Za-z_$][\w$]*[ \t]*=[ \t]*(['"`])([^'"`\n$]+)\1[ \t]*,?[ \t]*(?:\/\/[^\n]*)?$/gm;

/** The string values of the members of every enum named for models, where each is written. */
function modelEnumMembers(text: string): { value: string; offset: number }[] {
  const found: { value: string; offset: number }[] = [];
  if (!text.includes('enum')) return found;
  for (const m of text.matchAll(MODEL_ENUM)) {
    const open = m.index + m[0].length - 1;
    const close = closing(text, open, open + 20_000);
    if (close < 0) continue;
    const body = text.slice(open + 1, close);
    for (const member of body.matchAll(ENUM_MEMBER))
      found.push({ value: member[2]!, offset: open + 1 + member.index + member[0].indexOf(member[1]! + member[2]!) + 1 });
  }
  return found;
}

/** Programs whose command lines code spells out as an argv array, as Python's `subprocess.run([...])` (python.ts CLI_PROGRAM). */
const CLI_PROGRAM = new RegExp(`^(${programAlternation([...MODEL_PROGRAMS, ...LAUNCHER_PROGRAMS])})$`);
/** An array literal opening with a quoted word and a comma: a candidate argv (`["ollama", "pull", ...]`). */
const ARGV_OPEN = /\[\s*(['"`])([\w.-]+)\1\s*,/g;
/** Node's and execa's runners given the program, then its arguments as an array: `spawn("ollama", ["pull", m])`. */
const SPAWN_CALLS = /^(?:[\w$]+\.)*(?:spawn|spawnSync|execFile|execFileSync|execa|execaSync)$/;

/**
 * Models in command lines the code runs as an argv: an array whose first item is a known program, or a runner given the
 * program and an array of arguments. Items are literals (no `${...}`) or constants of the file, where they are written;
 * any other item is a word that matches nothing.
 */
function argvModels(text: string, constants: ReturnType<typeof stringConstants>) {
  const word = (item: Argument): Token => {
    if (item.literal !== undefined && !item.literal.includes('${')) return { text: item.literal, offset: item.literalOffset! };
    const constant = /^[A-Za-z_$][\w$]*$/.test(item.text) ? constants.get(item.text) : undefined;
    return constant ? { text: constant.value, offset: constant.offset + 1 } : { text: '\u0000', offset: item.offset };
  };
  const commands: Token[][] = [];
  if (text.includes('[')) {
    for (const m of text.matchAll(ARGV_OPEN)) {
      if (!CLI_PROGRAM.test(m[2]!)) continue;
      const items = listItems(text, m.index);
      if (items) commands.push(items.map(word));
    }
    for (const call of findCalls(text, (_, callee) => SPAWN_CALLS.test(callee))) {
      const [program, args] = call.args;
      if (program?.literal === undefined || !CLI_PROGRAM.test(program.literal) || !args?.text.startsWith('[')) continue;
      const items = listItems(text, args.offset);
      if (items) commands.push([word(program), ...items.map(word)]);
    }
  }
  return commands.flatMap((tokens) => modelsInArgs(tokens));
}

/**
 * After a `name_or_path` (HF's name for a setting holding a Hub id or a folder): the rest of its key (`2`, a closing
 * quote), then a string or an array whose first item is one (a UI's `[selected, unselected]` defaults): the string (group 4).
 */
const NAME_OR_PATH_VALUE = /(?:name_or_path\d*|lora_path)(['"`]?)[ \t]*:[ \t]*(\[\s*)?(['"`])([^'"`\n]+)\3/y;
/**
 * A weights file named inside its Hub repo, `<org>/<repo>/[<folder>/]<file>` (ai-toolkit's `ostris/zimage_turbo_training_adapter/
 * zimage_turbo_training_adapter_v2.safetensors`, which it downloads from the repo): the repo (group 1) is the model.
 */
const WEIGHTS_IN_HUB_REPO = /^([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*)\/(?:[\w.-]+\/)*[\w.-]+\.(?:safetensors|ckpt|pth|pt|gguf)$/;
const LOCAL_WEIGHTS_FOLDER = /^(?:loras?|inputs?|assets|public|static|src|files?|downloads?|uploads?)$/i;
/** The Hub repo a `*_name_or_path` / `*_lora_path` value names: an `org/name` id, or a weights file inside one. */
export function repoOfSetting(value: string): { id: string; revision?: string } | undefined {
  const file = WEIGHTS_IN_HUB_REPO.exec(value);
  // (Not a file under a project's own folder of such files: `loras/sdxl/x.safetensors`, `input/models/x.safetensors`.)
  if (file && LOCAL_WEIGHTS_FOLDER.test(file[1]!.slice(0, file[1]!.indexOf('/')))) return undefined;
  return parseHubReference(file ? file[1]! : value);
}
/** After a `name_or_path`: an options list the setting offers (`name_or_path_options: [`), to its `[`. */
const NAME_OR_PATH_OPTIONS = /name_or_path\d*_options['"`]?[ \t]*:[ \t]*\[/y;
const OPTION_VALUE = /\bvalue\s*:\s*(['"`])([^'"`\n]+)\1/g;
/** The strings `*_name_or_path` keys hold (NAME_OR_PATH_VALUE) and their options lists offer, found from each `name_or_path`. */
export function nameOrPathValues(text: string): { value: string; offset: number }[] {
  const found: { value: string; offset: number }[] = [];
  // (`lora_path` keys hold a value only: `'config.process[0].model.assistant_lora_path': ['ostris/.../x.safetensors', undefined]`.)
  for (let i = text.indexOf('lora_path'); i >= 0; i = text.indexOf('lora_path', i + 1)) {
    NAME_OR_PATH_VALUE.lastIndex = i;
    const m = NAME_OR_PATH_VALUE.exec(text);
    if (m) found.push({ value: m[4]!, offset: i + m[0].length - m[4]!.length - 1 });
  }
  for (let i = text.indexOf('name_or_path'); i >= 0; i = text.indexOf('name_or_path', i + 1)) {
    NAME_OR_PATH_VALUE.lastIndex = i;
    const m = NAME_OR_PATH_VALUE.exec(text);
    if (m) {
      found.push({ value: m[4]!, offset: i + m[0].length - m[4]!.length - 1 });
      continue;
    }
    NAME_OR_PATH_OPTIONS.lastIndex = i;
    const list = NAME_OR_PATH_OPTIONS.exec(text);
    if (!list) continue;
    const open = i + list[0].length - 1;
    const close = closing(text, open, open + 8000);
    if (close < 0) continue;
    const items = text.slice(open, close);
    for (const v of items.matchAll(OPTION_VALUE)) found.push({ value: v[2]!, offset: open + v.index! + v[0].length - v[2]!.length - 1 });
    i = close;
  }
  return found;
}

/**
 * A name for a model's path or file (`modelPath`, `image_bind_model_path`, `MODEL_FILE`), not one it is written to; or
 * for the model itself (`model`, `modelName`, `model_id`), which a weights file names as the file the program loads:
 * josStorer/RWKV-Runner's preset configs give `modelParameters: { modelName: 'rwkv7-g1b-1.5b-Q8_0.gguf' }`, the file its
 * backend loads from its models folder.
 */
const MODEL_PATH_NAME = /model[\w$]*(?:path|file)|(?:path|file)[\w$]*model|model(?:_?name|_?id)?$/i;
const WRITTEN_NAME = /output|save|export|upload|dest|url/i;
/**
 * A name set to a weights file (a format only weights come in), written as a string or template (its last part the
 * file), or joined on by `path.join` / `path.resolve` / `require('path').join`: the name (group 1), the value (group 3).
 */
const MODEL_PATH_WEIGHTS =
  /\b([A-Za-z_$][\w$]*)['"]?[ \t]*[:=][ \t]*(?:(?:require\([ \t]*['"](?:node:)?path['"][ \t]*\)\.|path\.)(?:join|resolve)\([^()\n]*?)?(['"`])([^'"`\n]+\.(?:safetensors|pth|pt|onnx|gguf|ggml|ckpt|llamafile))\2/g;

/** The weights files named so (see MODEL_PATH_WEIGHTS): not a checkpoint's conventional name, not a URL. */
function modelPathWeights(text: string): { value: string; offset: number }[] {
  if (!/\.(?:safetensors|pth|pt|onnx|gguf|ggml|ckpt|llamafile)\b/i.test(text)) return [];
  const found: { value: string; offset: number }[] = [];
  for (const m of text.matchAll(MODEL_PATH_WEIGHTS)) {
    const value = m[3]!;
    if (!MODEL_PATH_NAME.test(m[1]!) || WRITTEN_NAME.test(m[1]!) || /^https?:/i.test(value)) continue;
    if (CONVENTIONAL_WEIGHT_FILE.test(value.slice(value.lastIndexOf('/') + 1))) continue;
    found.push({ value, offset: m.index + m[0].length - 1 - value.length });
  }
  return found;
}

/**
 * The model ids given to WebLLM's loaders: a literal or a constant, or each literal of an array (`reload(["a", "b"])`).
 * An engine's `reload` counts on a receiver named for an engine (`engine`, `this.engineInstance`); a name needs a digit
 * (a size or version) and a hyphen, as WebLLM's ids have (`Llama-3.1-8B-Instruct`) and test stand-ins (`"mock-model"`,
 * `reload(["m1", "m2"])`) lack.
 */
function webLlmModels(text: string, resolve: (arg: Argument | undefined) => { value: string; offset: number } | undefined) {
  const found: { value: string; offset: number }[] = [];
  const calls = findCalls(text, (name, callee) => WEBLLM_CALLS.has(name) && (name !== 'reload' || /engine\w*\.reload$/i.test(callee)));
  for (const call of calls) {
    const arg = call.args[WEBLLM_CALLS.get(lastSegment(call.callee))!];
    if (!arg || arg.name) continue;
    const values = arg.text.startsWith('[')
      ? [...arg.text.matchAll(/(['"`])([^'"`\n]+)\1/g)].map((m) => ({ value: m[2]!, offset: arg.offset + m.index! + 1 }))
      : [resolve(arg)].filter((v) => v !== undefined);
    for (const v of values) if (/\d/.test(v.value) && v.value.includes('-') && (isNameShaped(v.value) || parseHubReference(v.value))) found.push(v);
  }
  return found;
}

/** A WebLLM model id as the Hub repository it names: its own `org/name`, else an entry of WebLLM's catalogue. */
function webLlmId(value: string): string {
  const hub = value.includes('/') ? parseHubReference(value) : undefined;
  return hub ? hub.id : `${programRegistryOrganisation('web-llm') ?? 'mlc-ai'}/${value}`;
}

interface ClassBody {
  name?: string;
  start: number;
  end: number;
  fields: Map<string, { value: string; offset: number }>;
}

/**
 * String fields of each class (`static model = 'Xenova/all-MiniLM-L6-v2'`, `private readonly MODEL = "..."`):
 * transformers.js singletons keep their model there and load `this.model`.
 */
function classFields(text: string): ClassBody[] {
  const classes: ClassBody[] = [];
  // `class X {`, `class X extends Y {`, `= class {` (not `className`).
  const opening = /\bclass\b(?:\s+([A-Za-z_$][\w$]*))?[^{;=()]*\{/g;
  for (let m = opening.exec(text); m; m = opening.exec(text)) {
    const start = m.index + m[0].length - 1;
    const end = closing(text, start, text.length);
    if (end < 0) continue;
    const body = text.slice(start, end);
    const fields = new Map<string, { value: string; offset: number }>();
    const field = /^[ \t]*(?:(?:public|private|protected|static|readonly|declare)\s+)*([A-Za-z_$][\w$]*)\s*(?::\s*[\w[\]|. <>]+)?=\s*(['"`])([^'"`\n]*)\2/gm;
    for (let f = field.exec(body); f; f = field.exec(body)) fields.set(f[1]!, { value: f[3]!, offset: start + f.index + f[0].length - f[3]!.length - 2 });
    classes.push({ ...(m[1] ? { name: m[1] } : {}), start, end, fields });
  }
  return classes;
}

/** `this.model` inside a class, or `Pipeline.model`: that class's field. */
function fieldOf(classes: ClassBody[], arg: Argument) {
  const ref = /^(this|[A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)$/.exec(arg.text);
  if (!ref) return undefined;
  const owner = ref[1] === 'this' ? classes.filter((c) => c.start < arg.offset && arg.offset < c.end).at(-1) : classes.find((c) => c.name === ref[1]);
  return owner?.fields.get(ref[2]!);
}

/** Local binding -> module: `import OpenAI from 'openai'`, `import { Ollama } from 'ollama'`, `const x = require('m')`. */
/** An AI SDK provider's model kinds (https://ai-sdk.dev/docs/reference/ai-sdk-core/provider-registry). */
const AI_SDK_MODEL_METHODS = new Set([
  'languageModel',
  'chat',
  'chatModel',
  'completion',
  'completionModel',
  'responses',
  'embedding',
  'embeddingModel',
  'textEmbedding',
  'textEmbeddingModel',
  'image',
  'imageModel',
  'transcription',
  'transcriptionModel',
  'speech',
  'speechModel',
  'reranking',
  'rerankingModel',
  'video',
  'videoModel',
]);

/**
 * The model names given to AI SDK provider instances: a provider imported from its `@ai-sdk/<name>` package (providers.yaml
 * `modules`), one its `create<Name>()` made, or an OpenAI-compatible client made for a known base URL, called with the
 * name (`groq('llama-3.1-8b-instant')`) or through a model kind (`groq.transcription('whisper-large-v3')`).
 */
function aiSdkModelCalls(
  text: string,
  modules: Map<string, string>,
  clients: Map<string, { kind: 'api'; provider: ProviderMatch } | { kind: 'ollama' }>,
): { value: string; offset: number; provider: ProviderMatch }[] {
  const instances = new Map<string, ProviderMatch>();
  for (const [local, module] of modules) {
    const provider = module.startsWith('@ai-sdk/') ? providerForModule(module) : undefined;
    if (provider) instances.set(local, provider);
  }
  for (const [local, client] of clients) if (client.kind === 'api' && !instances.has(local)) instances.set(local, client.provider);
  if (!instances.size) return [];
  const created = /\b(?:const|let|var)\s+([\w$]+)\s*=\s*([\w$]+)\(/g;
  for (let m = created.exec(text); m; m = created.exec(text)) {
    // (A client made for a base URL, `createOpenAI({ baseURL: 'https://api.deepseek.com' })`, is that host's.)
    const provider = /^create[A-Z]/.test(m[2]!) && !instances.has(m[1]!) ? instances.get(m[2]!) : undefined;
    if (provider) instances.set(m[1]!, provider);
  }
  const found: { value: string; offset: number; provider: ProviderMatch }[] = [];
  const call = /(?<![\w$.])([\w$]+)(?:\.(\w+))?\(\s*(['"`])([^'"`\n]+)\3/g;
  for (let m = call.exec(text); m; m = call.exec(text)) {
    const provider = instances.get(m[1]!);
    if (!provider || (m[2] !== undefined && !AI_SDK_MODEL_METHODS.has(m[2]))) continue;
    // `openai('no-such-model')`, `googleVertex('endpoints/YOUR_ENDPOINT_ID')`: a stand-in or a slot to fill in.
    if (isPlaceholderName(m[4]!) || m[4]!.split('/').some((part) => /^[A-Z][A-Z\d]*_[A-Z\d_]+$/.test(part))) continue;
    found.push({ value: m[4]!, offset: m.index + m[0].length - m[4]!.length - 1, provider });
  }
  return found;
}

function importedModules(text: string): Map<string, string> {
  const modules = new Map<string, string>();
  // "import OpenAI, { AzureOpenAI as Az } from 'openai'"
  const esm = /\bimport\s+(?:type\s+)?([\w$\s{},*]+?)\s+from\s+['"]([^'"]+)['"]/g;
  for (let m = esm.exec(text); m; m = esm.exec(text)) for (const local of bindings(m[1]!)) modules.set(local, m[2]!);
  // "const { ChatOllama } = require('@langchain/ollama')"
  const cjs = /\b(?:const|let|var)\s+([\w$]+|\{[^}]*\})\s*=\s*require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (let m = cjs.exec(text); m; m = cjs.exec(text)) for (const local of bindings(m[1]!)) modules.set(local, m[2]!);
  return modules;
}

/** Local alias -> imported name, for the Hugging Face JS libraries' named imports. */
function hubAliases(text: string): Map<string, string> {
  const aliases = new Map<string, string>();
  const named = /\bimport\s+(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s*['"](@xenova\/transformers|@huggingface\/[\w-]+)['"]/g;
  for (let m = named.exec(text); m; m = named.exec(text)) {
    for (const part of m[1]!.split(',')) {
      const [imported, local] = part.trim().split(/\s+as\s+/);
      if (imported && local && /^[\w$]+$/.test(imported) && /^[\w$]+$/.test(local)) aliases.set(local, imported);
    }
  }
  return aliases;
}

function bindings(clause: string): string[] {
  return clause
    .replace(/[{}]/g, ',')
    .split(',')
    .map((part) =>
      part
        .trim()
        .split(/\s+as\s+|\s*:\s*/)
        .at(-1)!
        .replace(/^\*\s*as\s+/, '')
        .trim(),
    )
    .filter((name) => /^[\w$]+$/.test(name));
}

function unclosedDiagnostic(path: string, line: number, call: Call): Diagnostic {
  return {
    stage: 'extract',
    code: 'malformed-file',
    path,
    line,
    message: `${path}:${line}: \`${call.callee}(\` is never closed; read up to the end of that line`,
  };
}

/** `name: 'modelName'` in an input definition: the input picks a model. */
const MODEL_INPUT = /\bname\s*:\s*(['"`])(?:model|modelName|model_name|modelId|model_id|[\w]*(?:Model|_model))\1/g;
const INPUT_DEFAULT = /\bdefault\s*:\s*(['"`])([^'"`\s]{2,120})\1/;

/**
 * The default of a UI or node input that picks a model (Flowise, n8n, LangFlow-style definitions:
 * `{ label: 'Model Name', name: 'modelName', type: 'options', default: 'llama3.1-8b' }`): the name is
 * the model the node uses when the user changes nothing. Read in the object literal holding `name`.
 */
function modelInputDefaults(text: string): { value: string; offset: number }[] {
  const found: { value: string; offset: number }[] = [];
  MODEL_INPUT.lastIndex = 0;
  for (let m = MODEL_INPUT.exec(text); m; m = MODEL_INPUT.exec(text)) {
    const open = text.lastIndexOf('{', m.index);
    if (open < 0 || m.index - open > 400 || text.slice(open + 1, m.index).includes('}')) continue;
    const close = text.indexOf('}', m.index);
    const object = text.slice(open, close < 0 ? text.length : Math.min(close, open + 1500));
    if (object.indexOf('{', 1) >= 0) continue; // nested options: not one flat input
    const d = INPUT_DEFAULT.exec(object);
    if (!d) continue;
    const value = d[2]!;
    if (!isNameShaped(value) && !classify(value, value, loadRegistry()) && !/^[@\w][\w.@-]*(?:\/[\w.@:-]+)+$/.test(value)) continue;
    found.push({ value, offset: open + d.index + d[0].length - value.length - 1 });
  }
  return found;
}

function lastSegment(dotted: string): string {
  return dotted.slice(dotted.lastIndexOf('.') + 1);
}
