// dotenv files: model-named variables (`CHAT_MODEL=Qwen/...`, `OLLAMA_MODEL=qwen2.5:7b`), and a
// hosted model named beside its base URL (`OPENAI_BASE_URL=https://api.deepseek.com` +
// `LLM_MODEL=deepseek-chat` -> `deepseek/deepseek-chat`). Commented-out choices count, as comments.
// Format: https://github.com/motdotla/dotenv#rules
import type { Diagnostic } from '../model/diagnostic.js';
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { adaptersFromEnv, isModelEnvName, modelFromEnv, type ArgModel } from './shared/cli-args.js';
import { parseHubReference } from '../model/ids.js';
import { classifyOllamaName, isOllamaLibraryName } from './shared/ollama-tag.js';
import { colonModel, DEPLOYMENT_OWN_NAME, isSlotName } from './shared/model-name.js';
import { apiModelId, providerForName, providerForUrl } from '../registry/providers.js';
import { loadRegistry } from '../registry/load.js';
import { hostedRoute } from './shared/hosted-route.js';

/** "export CHAT_MODEL="Qwen/Qwen2.5-7B"  # comment", "# EMBEDDING_MODEL=BAAI/bge-m3" */
const ASSIGNMENT = /^(\s*(#\s*)?(?:export\s+)?([A-Za-z_][\w.]*)\s*=\s*)(["']?)([^"'#\s]*)/;
/** Names holding the server a client talks to: `OPENAI_BASE_URL`, `DEEPSEEK_API_BASE`, `LLM_ENDPOINT`. */
const BASE_URL_NAME = /(BASE_URL|API_BASE|API_URL|ENDPOINT|_HOST)$/i;
/** A provider named by the variable itself: `DEEPSEEK_MODEL=deepseek-chat`. */
const PROVIDER_PREFIX: Record<string, string> = {
  DEEPSEEK: 'deepseek',
  DASHSCOPE: 'dashscope',
  QWEN: 'dashscope',
  MOONSHOT: 'moonshot',
  KIMI: 'moonshot',
  ZHIPU: 'zhipu',
  ZHIPUAI: 'zhipu',
  GLM: 'zhipu',
  QIANFAN: 'qianfan',
  ARK: 'ark',
  VOLCENGINE: 'ark',
  DOUBAO: 'ark',
  MINIMAX: 'minimax',
  SILICONFLOW: 'siliconflow',
  STEPFUN: 'stepfun',
  HUNYUAN: 'hunyuan',
  OPENAI: 'openai',
  ANTHROPIC: 'anthropic',
  MISTRAL: 'mistral',
  GROQ: 'groq',
  TOGETHER: 'together',
  OPENROUTER: 'openrouter',
  GEMINI: 'google',
  GOOGLE: 'google',
  COHERE: 'cohere',
};
/** A hosted model name as providers spell them: "deepseek-chat", "qwen-max", "glm-4-flash", "Qwen/Qwen2.5-72B-Instruct". */
const API_MODEL_NAME = /^[A-Za-z][\w.:-]*(\/[\w.:-]+)?$/;

interface Assignment {
  name: string;
  value: string;
  line: number;
  column: number;
  snippet: string;
  commented: boolean;
}

export default defineExtractor({
  name: 'dotenv',
  matchesName: true,
  // (A template without the leading dot, as compose projects ship it: `env.template`, `env.prod.template`, `env.example`;
  // and one per variant after it, `env.example.watsonx` (PromtEngineer/localGPT), not a source file (`env.example.py`).)
  matches: (path) =>
    /(^|\/)(\.env(\.[\w.-]+)?|[\w.-]+\.env|env(\.[\w-]+)*\.(template|example|sample)(\.(?!(?:py|js|ts|json|ya?ml|toml|md|txt|sh|cfg|ini|conf)$)[\w-]+)?)$/.test(
      path,
    ),
  extract(file) {
    const { assignments, diagnostics } = readAssignments(file.text, file.relPath);
    const ollamaContext = assignments.some((a) => /OLLAMA/i.test(a.name) || /:11434\b/.test(a.value));
    const baseUrls = assignments.filter((a) => !a.commented && BASE_URL_NAME.test(a.name) && /^https?:\/\//.test(a.value));
    const references: RawReference[] = [];
    for (const a of assignments) {
      // `FAST_LLM=openai:gpt-5.4`: a provider's prefix says the provider, whatever base URL is set (modelFromEnv reads it).
      const prefixed = a.value.includes(':') && colonModel(a.value) !== undefined;
      const model = prefixed
        ? modelFromEnv(a.name, a.value, a.column - 1, ollamaContext)
        : (hostedHubModel(a, baseUrls) ??
          routedModel(a) ??
          modelFromEnv(a.name, a.value, a.column - 1, ollamaContext) ??
          hostedModel(a, baseUrls) ??
          deployedModel(a) ??
          versionNamedModel(a));
      // TGI's `LORA_ADAPTERS=org/a,org/b`: each adapter the server loads (cli-args adaptersFromEnv).
      for (const adapter of model ? [] : adaptersFromEnv(a.name, a.value, a.column - 1))
        references.push({
          id: adapter.id,
          source: adapter.source,
          line: a.line,
          column: adapter.offset + 1,
          snippet: a.snippet,
          ...(a.commented ? { context: 'comment' as const } : {}),
        });
      if (!model) continue;
      references.push({
        id: model.id,
        source: model.source,
        line: a.line,
        column: model.offset + 1,
        snippet: a.snippet,
        ...(model.revision ? { revision: model.revision } : {}),
        ...(a.commented ? { context: 'comment' as const } : {}),
      });
    }
    return { references, diagnostics };
  },
});

/**
 * `GEN_AI_MODEL_VERSION=gpt-5.5`, `FAST_GEN_AI_MODEL_VERSION=gpt-5-mini` (Onyx's, formerly Danswer's, settings): a
 * variable named for the model's version given a name a provider publishes (providers.yaml `naming`) names that model.
 * A version proper (`MODEL_VERSION=2`, `v1.3`) is no provider's name, and stays out (cli-args NOT_A_MODEL_NAME).
 */
function versionNamedModel(a: Assignment): ArgModel | undefined {
  if (!/(^|_)MODEL_VERSION$/i.test(a.name)) return undefined;
  const provider = providerForName(a.value);
  return provider ? { id: apiModelId(provider, a.value), source: 'api', offset: a.column - 1 } : undefined;
}

/**
 * A Hub-style name served by a hosted provider (`OPENAI_BASE_URL=https://api.siliconflow.cn/v1` +
 * `LLM_MODEL=Qwen/Qwen2.5-72B-Instruct`) is that provider's API model. Behind a self-hosted server it
 * stays a Hub model: the Hub repo is what runs.
 */
function hostedHubModel(a: Assignment, baseUrls: Assignment[]): ArgModel | undefined {
  if (!isModelEnvName(a.name) || !parseHubReference(a.value)) return undefined;
  const base = pairedBaseUrl(a, baseUrls);
  const provider = base && !/:11434\b|ollama/i.test(base.value) ? providerForUrl(base.value) : undefined;
  return provider && provider.id !== 'openai-compatible' ? { id: apiModelId(provider, a.value), source: 'api', offset: a.column - 1 } : undefined;
}

/** `LLM_MODEL=openai/gpt-4o-mini`: a provider's route before a name only its API serves (hosted-route.ts), not a Hub id. */
function routedModel(a: Assignment): ArgModel | undefined {
  const routed = isModelEnvName(a.name) ? hostedRoute(a.value) : undefined;
  return routed && routed.source !== 'huggingface' ? { id: routed.id, source: routed.source, offset: a.column - 1 } : undefined;
}

/** A model name that is not a Hub id, served by the provider its base URL or its own name points to. */
function hostedModel(a: Assignment, baseUrls: Assignment[]): ArgModel | undefined {
  if (!isModelEnvName(a.name) || !API_MODEL_NAME.test(a.value) || /^(true|false|none|null|auto|default)$/i.test(a.value) || DEPLOYMENT_OWN_NAME.test(a.value))
    return undefined;
  // `DASHSCOPE_MODEL_4_MEMORY='USED_MODEL_NAME'` in a README's setup block: the variable names a provider, the value is a slot.
  if (isSlotName(a.value)) return undefined;
  const offset = a.column - 1;
  // `LOCAL_MODEL=qwen2.5:7b` beside `OPENAI_API_BASE=https://api.openai.com/v1`: a model the variable says runs
  // locally is not the hosted API's; named as the Ollama library names it, it is an Ollama tag.
  if (LOCAL_NAME.test(a.name)) return ollamaLibraryTag(a.value, offset);
  const provider = PROVIDER_PREFIX[namePrefix(a.name)];
  const base = provider ? baseUrls.find((b) => namePrefix(b.name) === namePrefix(a.name)) : pairedBaseUrl(a, baseUrls);
  if (base) {
    if (/:11434\b|ollama/i.test(base.value)) {
      const model = classifyOllamaName(a.value);
      return model?.source === 'ollama' ? { ...model, offset } : undefined;
    }
    return { id: apiModelId(providerForUrl(base.value), a.value), source: 'api', offset };
  }
  if (provider) return { id: `${provider}/${a.value}`, source: 'api', offset };
  // No base URL and a neutral name (`LLM_MODEL=deepseek-chat`): the provider whose published naming it follows.
  const named = providerForName(a.value);
  return named ? { id: apiModelId(named, a.value), source: 'api', offset } : undefined;
}

/** A setting named for a model run locally: `LOCAL_MODEL`, `LOCAL_MODEL_EMBEDDINGS`, `CHAT_LOCAL_MODEL`. */
const LOCAL_NAME = /(^|_)LOCAL(_|$)/i;

/** `qwen2.5:7b`, `nomic-embed-text`: a name of the Ollama library (families.yaml `ollama`), with or without its tag. */
function ollamaLibraryTag(value: string, offset: number): ArgModel | undefined {
  const model = classifyOllamaName(value);
  return model?.source === 'ollama' && isOllamaLibraryName(value) ? { ...model, offset } : undefined;
}

/**
 * Azure OpenAI's deployment settings: `AZURE_OPENAI_CHAT_DEPLOYMENT`, `AZURE_OPENAI_DEPLOYMENT_NAME`, and .NET's
 * configuration keys written as variables (`AzureOpenAI__DeploymentName`, `AzureOpenAI__ChatDeploymentName`: `__` for `:`,
 * microsoft/semantic-kernel dotnet/samples/Concepts/README.md).
 */
const DEPLOYMENT_NAME = /(^|_)DEPLOYMENT(_NAME)?$|(^|_)deployment(_name)?$|(^|_|[a-z])Deployment(Name)?$/;

/**
 * A deployment named as the model it deploys (`AZURE_OPENAI_CHAT_DEPLOYMENT=gpt-35-turbo`, Azure's spelling of
 * gpt-3.5-turbo): a deployment's name is the user's choice, so only a name a provider publishes counts.
 */
function deployedModel(a: Assignment): ArgModel | undefined {
  if (!DEPLOYMENT_NAME.test(a.name) || DEPLOYMENT_OWN_NAME.test(a.value)) return undefined;
  const named = providerForName(a.value);
  return named ? { id: apiModelId(named, a.value), source: 'api', offset: a.column - 1 } : undefined;
}

const namePrefix = (name: string) => name.split('_')[0]!.toUpperCase();

/**
 * Its own base URL (same name prefix), else `OPENAI_BASE_URL` (the SDKs' default), else the only one. Of several so
 * named, the one set last above the model (a listing of alternatives, `# Using open.bigmodel.cn API` then `# Using vllm`,
 * each with its `openai_api_base` and `model_name`: zai-org/CodeGeeX4 repodemo/readme.md), else the first.
 */
function pairedBaseUrl(a: Assignment, baseUrls: Assignment[]): Assignment | undefined {
  const nearest = (named: Assignment[]) => named.filter((b) => b.line < a.line).at(-1) ?? named[0];
  return (
    nearest(baseUrls.filter((b) => namePrefix(b.name) === namePrefix(a.name))) ??
    nearest(baseUrls.filter((b) => namePrefix(b.name) === 'OPENAI')) ??
    (baseUrls.length === 1 ? baseUrls[0] : undefined)
  );
}

/** `KEY=value` lines (quoted multi-line values skipped); other lines make one malformed-file diagnostic. */
function readAssignments(text: string, path: string): { assignments: Assignment[]; diagnostics: Diagnostic[] } {
  const assignments: Assignment[] = [];
  const diagnostics: Diagnostic[] = [];
  let openQuote: string | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (openQuote) {
      if (line.includes(openQuote)) openQuote = undefined;
      return;
    }
    const trimmed = line.trim();
    const match = ASSIGNMENT.exec(line);
    if (!match) {
      if (trimmed && !trimmed.startsWith('#') && diagnostics.length === 0)
        diagnostics.push({ stage: 'extract', code: 'malformed-file', path, line: index + 1, message: `${path}:${index + 1} is not a KEY=value line` });
      return;
    }
    // KEY="-----BEGIN ... (the value goes on until the closing quote)
    const quote = match[4];
    if (quote && !match[2] && line.indexOf(quote, match[1]!.length + 1) < 0) openQuote = quote;
    if (!match[5]) return;
    assignments.push({
      name: match[3]!,
      value: match[5],
      line: index + 1,
      column: match[1]!.length + quote!.length + 1,
      snippet: trimmed,
      commented: !!match[2],
    });
  });
  return { assignments, diagnostics };
}
