// Hosted model API providers from src/registry/providers.yaml: base URL host, SDK package,
// SDK module and client class -> provider id (model ids are written `<provider>/<model>`).
import { detached } from '../model/detached.js';
import { readRegistryFile } from './load.js';

interface Provider {
  id: string;
  hosts: string[];
  packages?: string[];
  modules?: string[];
  clients?: string[];
  router?: boolean;
  id_prefixes?: string[];
  /** Suffixes a router's ids may carry after `:` (`:free`, `:beta`): a variant of the model, not a tag. */
  variants?: string[];
  /**
   * The provider's ids name the model's vendor first, `[<region>.]<vendor>.<model>` (Bedrock's
   * `us.anthropic.claude-sonnet-4-6`): the region prefixes its cross-region profiles write before the vendor.
   */
  vendor_ids?: { regions: string[] };
}

interface FamilyLibrary {
  package: string;
  id: string;
}

interface LiteLlm {
  /** prefix -> provider id reported */
  prefixes: Record<string, string>;
  /** Prefixes that are no Hub organisation's name. */
  only: Set<string>;
  /** Prefixes that are also code hosts' organisations: a route only before an id, a version pin or a known name. */
  routeOnly: Set<string>;
  /** Prefixes read only before a name a provider publishes or Fireworks' model path (Instructor's `vertexai/`, `fireworks/`). */
  namedOnly: Set<string>;
  /** Bare names LiteLLM resolves to one provider (`o3` -> openai). */
  bare: Record<string, string>;
  /** A framework's routes to an adapter library before that library's own model string (`litellm/`, `any-llm/`). */
  adapterRoutes: string[];
  /** Segments LiteLLM writes between a route and its model (a region, a commitment, an API mode): whole-segment patterns. */
  routeQualifiers: RegExp | undefined;
}

interface ProgramRegistry {
  program: string;
  organisation: string;
}

/** `<model>@<provider>` (providers.yaml `model_at_provider`): provider name, lower case -> provider id. */
type AtProviders = Map<string, string>;

let loaded:
  | {
      providers: Provider[];
      libraries: FamilyLibrary[];
      litellm: LiteLlm;
      programs: ProgramRegistry[];
      libraryNames: LibraryNames[];
      selfNamedCatalogues: SelfNamedCatalogue[];
      libraryConstants: LibraryConstantsEntry[];
      atProviders: AtProviders;
      colonPrefixes: Record<string, string>;
      colonGateways: string[];
      modelIdKeywordModules: string[];
      modelIdKeywordProviders: Record<string, string>;
      gateway: { modules: Set<string>; creators: Set<string> };
    }
  | undefined;

function load() {
  if (!loaded) {
    const doc = readRegistryFile('providers.yaml') as {
      providers?: Provider[];
      family_libraries?: FamilyLibrary[];
      litellm?: {
        prefixes?: Record<string, string>;
        only?: string[];
        route_only?: string[];
        named_only?: string[];
        bare?: Record<string, string>;
        adapter_routes?: string[];
        route_qualifiers?: string[];
      };
      program_registries?: ProgramRegistry[];
      library_names?: LibraryNames[];
      self_named_catalogues?: SelfNamedCatalogue[];
      library_constants?: LibraryConstantsEntry[];
      model_at_provider?: { providers?: Record<string, string> };
      colon_prefixes?: { prefixes?: Record<string, string>; gateways?: string[] };
      model_id_keyword?: { modules?: string[]; providers?: Record<string, string> };
      ai_gateway?: { modules?: string[]; creators?: string[] };
    };
    loaded = {
      providers: doc.providers ?? [],
      libraries: doc.family_libraries ?? [],
      litellm: {
        prefixes: doc.litellm?.prefixes ?? {},
        only: new Set(doc.litellm?.only ?? []),
        routeOnly: new Set(doc.litellm?.route_only ?? []),
        namedOnly: new Set(doc.litellm?.named_only ?? []),
        bare: doc.litellm?.bare ?? {},
        adapterRoutes: doc.litellm?.adapter_routes ?? [],
        routeQualifiers: doc.litellm?.route_qualifiers?.length ? new RegExp(`^(?:${doc.litellm.route_qualifiers.join('|')})$`) : undefined,
      },
      programs: doc.program_registries ?? [],
      libraryNames: doc.library_names ?? [],
      selfNamedCatalogues: doc.self_named_catalogues ?? [],
      libraryConstants: doc.library_constants ?? [],
      atProviders: new Map(Object.entries(doc.model_at_provider?.providers ?? {}).map(([name, id]) => [name.toLowerCase(), id])),
      colonPrefixes: doc.colon_prefixes?.prefixes ?? {},
      colonGateways: doc.colon_prefixes?.gateways ?? [],
      modelIdKeywordModules: doc.model_id_keyword?.modules ?? [],
      modelIdKeywordProviders: doc.model_id_keyword?.providers ?? {},
      gateway: { modules: new Set(doc.ai_gateway?.modules ?? []), creators: new Set(doc.ai_gateway?.creators ?? []) },
    };
  }
  return loaded;
}

/** Whether a file importing these modules sends a plain model string to Vercel's AI Gateway (providers.yaml `ai_gateway`: the AI SDK's `ai`). */
export function importsAiGateway(modules: Iterable<string>): boolean {
  const { modules: gatewayModules } = load().gateway;
  for (const module of modules) if (gatewayModules.has(module)) return true;
  return false;
}

/**
 * The gateway's model a `<creator>/<model>` string names, by the creators it names models by (providers.yaml
 * `ai_gateway`), reported as the gateway's id, as OpenRouter's are; in a file importsAiGateway accepts.
 */
export function aiGatewayModel(value: string): string | undefined {
  const slash = value.indexOf('/');
  if (slash <= 0 || !load().gateway.creators.has(value.slice(0, slash)) || !/^[\w.:-]+$/.test(value.slice(slash + 1))) return undefined;
  return `${AI_GATEWAY_ID}/${value}`;
}
const AI_GATEWAY_ID = 'vercel-ai-gateway';

/**
 * The Hub organisation a serving program fetches bare model names from (`tabby serve --model
 * StarCoder-1B` -> TabbyML), from providers.yaml `program_registries`.
 */
export function programRegistryOrganisation(program: string): string | undefined {
  return load().programs.find((p) => p.program === program)?.organisation;
}

/** providers.yaml `library_names`: a package's calls that load a model by a short name of the package's own. */
interface LibraryNames {
  package: string;
  calls: string[];
  keyword: string;
  /** Keys the library takes one of its names under, wherever they are written (FunASR's `vad_model`). */
  slots?: string[];
  /** Where the ids its names stand for live (default the Hugging Face Hub). */
  hub?: 'huggingface' | 'modelscope';
  /**
   * A call's keyword that, set true, downloads from ModelScope instead, and the organisation the name's repository has
   * there (cn_clip's `load_from_name(name, use_modelscope=True)`: AI-ModelScope/<repo>).
   */
  modelscope_switch?: { keyword: string; organisation: string };
  source: string;
  names: Record<string, string>;
  /**
   * For a name its table lacks, the organisation a name starting so is downloaded from (LazyLLM's model_provider:
   * `internlm2-chat-7b` -> internlm/internlm2-chat-7b), first match in the order written, the name kept as written.
   */
  prefixes?: Record<string, string>;
}

/**
 * providers.yaml `self_named_catalogues`: a library's catalogue whose names start with the catalogue's own type words
 * (Coqui TTS's `tts_models/<language>/<dataset>/<model>`), and the Hub repositories some of them come from.
 */
export interface SelfNamedCatalogue {
  package: string;
  types: string[];
  source: string;
  hub?: Record<string, string>;
}

/** providers.yaml `self_named_catalogues`, as written. */
export const selfNamedCatalogues = (): readonly SelfNamedCatalogue[] => load().selfNamedCatalogues;

/** A library's short names read in its own slots (providers.yaml `library_names` entries with `slots`). */
export interface LibrarySlots {
  package: string;
  slots: string[];
  source: 'huggingface' | 'modelscope';
  names: Record<string, string>;
}

/** providers.yaml `library_names` entries that name slots: their names are read wherever a slot is written. */
export function librarySlots(): LibrarySlots[] {
  return load()
    .libraryNames.filter((l) => l.slots?.length)
    .map((l) => ({ package: l.package, slots: l.slots!, source: l.hub ?? 'huggingface', names: l.names }));
}

/** providers.yaml `library_constants`, as written. */
interface LibraryConstantsEntry {
  package: string;
  enums?: { class: string; aliases?: string[]; hub?: 'ollama'; provider?: string; source: string; names: Record<string, string> }[];
  models?: { class: string; id: string; source: string }[];
}

/** A JVM, Swift or Python library's model-name constants and model classes (providers.yaml `library_constants`), by class name. */
export interface LibraryConstants {
  /** The package every import of the library starts with (`dev.langchain4j`); for Swift and Python, the module imported (`MLXLLM`, `llama_index`). */
  package: string;
  /** Enum or constants class -> constant (a nested object's by its path, `Chat.GPT4o`) -> the model id it holds. */
  enums: Map<string, Map<string, string>>;
  /** The classes whose values are Ollama library tags (`hub: ollama`). */
  ollama: Set<string>;
  /** A class that is a model itself -> the Hub id of that model. */
  models: Map<string, string>;
  /** The classes whose values only one provider's API serves (`provider:`): DashScope's `Generation.Models.bailian_v1`. */
  providers: Map<string, string>;
}

let libraryConstantsList: LibraryConstants[] | undefined;

/** The packages (modules) `library_constants` lists, without building their tables: a cheap test before libraryConstants. */
export function libraryConstantPackages(): string[] {
  return load().libraryConstants.map((l) => l.package);
}

/** providers.yaml `library_constants`: the JVM and Swift libraries that name models by their own constants and classes. */
export function libraryConstants(): LibraryConstants[] {
  libraryConstantsList ??= load().libraryConstants.map((l) => ({
    package: l.package,
    enums: mergedEnums(l.enums ?? []),
    models: new Map((l.models ?? []).map((m) => [m.class, m.id])),
    ollama: new Set((l.enums ?? []).filter((e) => e.hub === 'ollama').flatMap((e) => [e.class, ...(e.aliases ?? [])])),
    providers: new Map((l.enums ?? []).flatMap((e) => (e.provider ? [e.class, ...(e.aliases ?? [])].map((c) => [c, e.provider!] as const) : []))),
  }));
  return libraryConstantsList;
}

/**
 * Class name (and alias) -> constant -> id. Enums of one name in several modules of a library (Spring AI's
 * `DeepSeekApi.ChatModel`, `MistralAiApi.ChatModel`) are one class by that name: their constants together, the first
 * entry's value kept for a constant two of them hold.
 */
function mergedEnums(enums: NonNullable<LibraryConstantsEntry['enums']>): Map<string, Map<string, string>> {
  const merged = new Map<string, Map<string, string>>();
  for (const e of enums)
    for (const name of [e.class, ...(e.aliases ?? [])]) {
      const names = merged.get(name) ?? new Map<string, string>();
      for (const [constant, id] of Object.entries(e.names)) if (!names.has(constant)) names.set(constant, id);
      merged.set(name, names);
    }
  return merged;
}

/** `<Class>.<constant>` for every class `library_constants` lists, built once. */
let libraryConstantUse: RegExp | undefined;

/**
 * The library model constants a line writes as `<Class>.<constant>` (`LLMRegistry.qwen3_4b_4bit`, a nested object's
 * `OpenAIModels.Chat.GPT4o`): the id each holds, the column (0-based) of its constant, and `ollama` when the id is an
 * Ollama library tag. By class name alone, whatever the file imports.
 */
export function libraryConstantsIn(
  line: string,
  only?: (library: LibraryConstants) => boolean,
): { id: string; column: number; ollama: boolean; provider?: string }[] {
  if (!line.includes('.')) return [];
  const libraries = libraryConstants();
  libraryConstantUse ??= new RegExp(`\\b(${[...new Set(libraries.flatMap((l) => [...l.enums.keys()]))].join('|')})((?:\\.\\w+)+)`, 'g');
  const found: { id: string; column: number; ollama: boolean; provider?: string }[] = [];
  for (const m of line.matchAll(libraryConstantUse)) {
    for (const library of libraries) {
      if (only && !only(library)) continue;
      const constant = nestedConstant(library.enums.get(m[1]!), m[2]!.slice(1).split('.'));
      if (constant === undefined) continue;
      found.push({ id: constant.id, column: m.index! + m[1]!.length + 1, ollama: library.ollama.has(m[1]!), provider: library.providers.get(m[1]!) });
      break;
    }
  }
  return found;
}

/**
 * The constant a path after a library class names (`Chat`, `GPT4o`, then maybe `.id`): the longest leading part the
 * class's names hold, with how many parts it took.
 */
export function nestedConstant(names: Map<string, string> | undefined, path: string[]): { id: string; parts: number } | undefined {
  if (!names) return undefined;
  for (let n = path.length; n > 0; n--) {
    const id = names.get(path.slice(0, n).join('.'));
    if (id !== undefined) return { id, parts: n };
  }
  return undefined;
}

/** Constant name -> the ids (and whether each is an Ollama tag) every library enum holding it gives, built once. */
let bareConstantIds: Map<string, Map<string, boolean>> | undefined;

/**
 * The id a library constant written bare holds (`GPT_4_O_MINI`, a docs snippet's `.modelName(GPT_4_O_MINI)` whose
 * `import static ...OpenAiChatModelName.GPT_4_O_MINI` the page leaves out): the one id every enum that has the name
 * agrees on, undefined when none has it or two give different ids (`GPT_3_5_TURBO`: OpenAI's `gpt-3.5-turbo`, Azure's
 * `gpt-35-turbo`).
 */
export function bareLibraryConstant(name: string): { id: string; ollama: boolean } | undefined {
  if (!bareConstantIds) {
    bareConstantIds = new Map();
    for (const library of libraryConstants())
      for (const [cls, names] of library.enums)
        for (const [constant, id] of names) {
          const ids = bareConstantIds.get(constant) ?? new Map<string, boolean>();
          ids.set(id, library.ollama.has(cls));
          bareConstantIds.set(constant, ids);
        }
  }
  const ids = bareConstantIds.get(name);
  if (!ids || ids.size !== 1) return undefined;
  const [[id, ollama]] = [...ids];
  return { id: id!, ollama: ollama! };
}

/** A library's model class (`AllMiniLmL6V2EmbeddingModel`, run in-process): the Hub model it is, when every library listing it agrees. */
export function libraryModelClass(name: string): string | undefined {
  const ids = new Set(libraryConstants().flatMap((l) => (l.models.has(name) ? [l.models.get(name)!] : [])));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** Whether a line writes one of a library's model constants as `<Class>.<constant>` (`LLMRegistry.qwen3_4b_4bit`). */
export const namesLibraryConstant = (line: string): boolean => libraryConstantsIn(line).length > 0;

/** The provider LiteLLM resolves a bare name to (`o3` -> openai: providers.yaml `litellm.bare`), else undefined. */
export function litellmBareProvider(name: string): string | undefined {
  const bare = load().litellm.bare;
  return Object.hasOwn(bare, name) ? bare[name] : undefined;
}

/** providers.yaml `library_names` by call name (`load_model`, `WhisperModel`), built once. */
let libraryCalls: Map<string, LibraryNames[]> | undefined;

/**
 * The Hub model a library's own short name stands for when given to one of its loading calls
 * (`whisper.load_model("base")` -> openai/whisper-base), from providers.yaml `library_names`; the keyword
 * that call takes the name as. Undefined for any other package or call. The call's name is tested first: the
 * module it comes from (`moduleOf`, an import lookup) is asked for the few calls a library names.
 */
export function libraryLoad(
  call: string,
  moduleOf: () => string | undefined,
):
  | { keyword: string; modelOf: (name: string) => string | undefined; modelScope?: { keyword: string; modelOf: (name: string) => string | undefined } }
  | undefined {
  if (!libraryCalls) {
    libraryCalls = new Map();
    for (const entry of load().libraryNames) for (const name of entry.calls) libraryCalls.set(name, [...(libraryCalls.get(name) ?? []), entry]);
  }
  const entries = libraryCalls.get(call);
  if (!entries) return undefined;
  const root = moduleOf()?.split('.')[0];
  const entry = entries.find((l) => l.package === root);
  if (!entry) return undefined;
  const modelOf = (name: string) => (Object.hasOwn(entry.names, name) ? entry.names[name] : undefined);
  const hop = entry.modelscope_switch;
  return {
    keyword: entry.keyword,
    modelOf,
    ...(hop && {
      modelScope: {
        keyword: hop.keyword,
        modelOf: (name: string) => {
          const id = modelOf(name);
          return id && `${hop.organisation}/${id.slice(id.indexOf('/') + 1)}`;
        },
      },
    }),
  };
}

/**
 * The Hub model a library's own short name stands for (providers.yaml `library_names`), by package, or undefined;
 * with `byPrefix`, a name its table lacks is looked up in the entry's `prefixes` too.
 */
export function libraryModel(pkg: string, name: string, byPrefix = false): string | undefined {
  const entry = load().libraryNames.find((l) => l.package === pkg);
  if (!entry) return undefined;
  if (Object.hasOwn(entry.names, name)) return entry.names[name];
  if (!byPrefix || !entry.prefixes) return undefined;
  const lower = name.toLowerCase();
  const prefix = Object.keys(entry.prefixes).find((p) => lower.startsWith(p));
  return prefix === undefined ? undefined : `${entry.prefixes[prefix]}/${name}`;
}

/** The program whose curated registry a Hub organisation is (TabbyML -> tabby), case ignored. */
export function programRegistryCurator(organisation: string): string | undefined {
  const lower = organisation.toLowerCase();
  const entry = load().programs.find((p) => p.organisation.toLowerCase() === lower);
  return entry ? `${entry.organisation} (${entry.program})` : undefined;
}

/** providers.yaml `variants`: the suffix pattern (null: none) and each suffix's router, built once. */
let variants: { suffix: RegExp | null; routerOf: Map<string, string> } | undefined;

/**
 * The router whose variant suffix an `<org>/<name>:<variant>` id carries (`deepseek/deepseek-r1:free` ->
 * openrouter), from providers.yaml `variants`, with the id before the suffix.
 */
export function routerVariant(value: string): { router: string; base: string } | undefined {
  if (!variants) {
    const routes = load().providers.flatMap((p) => (p.variants ?? []).map((v) => [v, p.id] as const));
    const suffix = routes.length ? new RegExp(`^([^:\\s]+/[^:\\s]+):(${routes.map(([v]) => v).join('|')})$`) : null;
    variants = { suffix, routerOf: new Map(routes) };
  }
  const m = variants.suffix?.exec(value);
  return m ? { router: variants.routerOf.get(m[2]!)!, base: m[1]! } : undefined;
}

export interface ProviderMatch {
  id: string;
  router: boolean;
  /** The provider publishes no weights under these names (providers.yaml `naming` `hosted_only`): only its API serves them. */
  hostedOnly?: boolean;
}

const SELF_HOSTED: ProviderMatch = { id: 'openai-compatible', router: false };

/** A name only its place in the code says is a model, on a server no one names: `openai-compatible/<name>`. */
export const contextOnlyId = (name: string): string => `${SELF_HOSTED.id}/${name}`;
/** Whether an id is such a name (`contextOnlyId`'s). */
export const isContextOnlyId = (id: string): boolean => id.startsWith(`${SELF_HOSTED.id}/`);
export const OPENAI: ProviderMatch = { id: 'openai', router: false };
/** Ollama's OpenAI-compatible endpoint (`http://localhost:11434/v1`): its model names are Ollama tags, not API models. */
export const OLLAMA_SERVER: ProviderMatch = { id: 'ollama', router: false };

/** True for an Ollama server's URL: its port (11434) or a host named after it. */
export const isOllamaUrl = (url: string) => /:11434\b/.test(url) || /^(?:https?:\/\/)?[^/]*ollama/i.test(url);

const match = (p: Provider): ProviderMatch => ({ id: p.id, router: !!p.router });

/** The provider behind a base URL; local or unknown hosts are a self-hosted OpenAI-style server. */
export function providerForUrl(baseUrl: string): ProviderMatch {
  if (isOllamaUrl(baseUrl)) return OLLAMA_SERVER;
  let host: string;
  try {
    host = new URL(baseUrl.includes('://') ? baseUrl : `https://${baseUrl}`).hostname.toLowerCase();
  } catch {
    return SELF_HOSTED;
  }
  const found = load().providers.find((p) => p.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
  return found ? match(found) : SELF_HOSTED;
}

/** The provider whose SDK exposes this client class (`ZhipuAI`, `Ark`), when the module is one of its. */
export function providerForClient(className: string, importedFrom?: string): ProviderMatch | undefined {
  const found = load().providers.find(
    (p) => p.clients?.includes(className) && (!importedFrom || p.modules?.some((m) => importedFrom === m || importedFrom.startsWith(`${m}.`))),
  );
  return found && match(found);
}

/**
 * The words a text names a hosted provider by (lower case): its id, base-URL hosts, SDK packages, modules and client
 * classes (`deepseek`, `api.deepseek.com`; `mistral`, `mistralai`, `ChatMistralAI`). Empty for an unknown id.
 */
export function providerWords(id: string): string[] {
  const p = load().providers.find((x) => x.id === id);
  if (!p) return [];
  return [...new Set([p.id, ...p.hosts, ...(p.packages ?? []), ...(p.modules ?? []), ...(p.clients ?? [])].map((w) => w.toLowerCase()))];
}

/** The ids of every hosted provider in providers.yaml (`deepseek`, `openai`, `cohere`, ...). */
export const providerIds = (): string[] => load().providers.map((p) => p.id);

/** The hosted provider a library names by its id or a LiteLLM alias of it (`openai`, `gemini` -> google), if providers.yaml has it. */
export function providerById(name: string): ProviderMatch | undefined {
  const id = providerAlias(name);
  const found = load().providers.find((p) => p.id === id);
  return found && match(found);
}

/** Modules whose model classes take the model as `id=` (providers.yaml `model_id_keyword`: agno's `Ollama(id="llama3.2")`). */
export const modelIdKeywordModules = (): string[] => load().modelIdKeywordModules;
/**
 * The provider a `model_id_keyword` module's classes call (`agno.models.nvidia.NVIDIA` -> `nvidia-nim`, `agno.models.mistral`
 * -> `mistral`), else the OpenAI-compatible endpoint a name alone says nothing more of; undefined outside those modules.
 */
export function modelIdKeywordProvider(module: string): ProviderMatch | undefined {
  const { modelIdKeywordModules: modules, modelIdKeywordProviders: named } = load();
  const base = modules.find((m) => module.startsWith(`${m}.`));
  if (!base) return undefined;
  const segment = module.slice(base.length + 1).split('.')[0]!;
  const id = named[segment] ?? (providerIds().includes(segment) ? segment : undefined);
  return id ? { id, router: false } : SELF_HOSTED;
}

/** Words naming a self-hosted server that serves names its user chooses (providers.yaml `self_hosted_servers`), lower case. */
export function selfHostedServerWords(): string[] {
  const doc = readRegistryFile('providers.yaml') as { self_hosted_servers?: { words?: string[] } };
  return (doc.self_hosted_servers?.words ?? []).map((w) => w.toLowerCase());
}

let idPrefixes: Set<string> | undefined;

/**
 * The Hub id after a router's route or tier name (`Pro/deepseek-ai/DeepSeek-R1` on SiliconFlow ->
 * `deepseek-ai/DeepSeek-R1`), from providers.yaml `id_prefixes` (as written); undefined for any other value.
 */
export function withoutRoutePrefix(value: string): string | undefined {
  const slash = value.indexOf('/');
  if (slash <= 0) return undefined;
  idPrefixes ??= new Set(load().providers.flatMap((p) => p.id_prefixes ?? []));
  return idPrefixes.has(value.slice(0, slash)) ? value.slice(slash + 1) : undefined;
}

/** The provider whose SDK module this is (`dashscope`, `volcenginesdkarkruntime`, `@anthropic-ai/sdk`). */
export function providerForModule(module: string): ProviderMatch | undefined {
  const found = load().providers.find((p) => p.modules?.some((m) => module === m || module.startsWith(`${m}.`) || module.startsWith(`${m}/`)));
  return found && match(found);
}

/** What a dependency on this package says: `<provider>/*` for SDKs, a family for family libraries. */
export function evidenceForPackage(name: string): string | undefined {
  const lower = name.toLowerCase();
  const provider = load().providers.find((p) => p.packages?.includes(lower));
  if (provider) return `${provider.id}/*`;
  return load().libraries.find((l) => l.package === lower)?.id;
}

let mentions: string[] | undefined;

/**
 * How a manifest can spell a package the registry knows, lower-cased, `-` also as `_`
 * (`volcengine_python_sdk`): the manifest extractor's first test, and the prefilter's words for it.
 */
export function packageSpellings(): readonly string[] {
  if (!mentions) {
    const { providers, libraries } = load();
    const names = [...providers.flatMap((p) => p.packages ?? []), ...libraries.map((l) => l.package)].map((n) => n.toLowerCase());
    mentions = [...new Set(names.flatMap((n) => [n, n.replace(/-/g, '_')]))];
  }
  return mentions;
}

/** `provider/model` as the contract writes hosted API models. */
export function apiModelId(provider: ProviderMatch, model: string): string {
  return `${provider.id}/${model}`;
}

/**
 * A client's model argument that names no model on any host: `default` (what an Anthropic- or
 * OpenAI-compatible server maps to the model it is set to, e.g. PrivateGPT's tests calling
 * `client.messages.stream(model="default")`), `tgi` (what TGI's Messages API takes whatever model it serves:
 * https://huggingface.co/docs/text-generation-inference/messages_api), `tei` (TEI's OpenAI-compatible embeddings route, called
 * so in its docs: huggingface/text-embeddings-inference docs/source/en/tei_cloud_run.md `client.embeddings.create(model="tei")`),
 * `inherit` (a subagent that takes its parent agent's model: Claude Code's subagents, https://docs.anthropic.com/en/docs/claude-code/sub-agents,
 * and bytedance/deer-flow's `SubagentConfig(model="inherit")`)
 * and a test's stand-in (`custom-model`, a name that says it is wrong: `gpt-wrong-id`, `gemini-2.0-flash-made-up-id`,
 * `nonexistent-model`, agno-agi/agno's retry examples,
 * `test-model`, `mock-llm`, `my-model`, `gpt-fake`), or the bare word `test`, `dummy`, `fake`, `mock` or `placeholder`
 * (hiyouga/LLaMA-Factory's API examples `client.chat.completions.create(messages=messages, model="test")` against its own
 * server, which answers whatever name is asked; kvcache-ai/ktransformers' `model="test"`; li-plus/chatglm.cpp's client asks its
 * server, which serves one model whatever is asked, for `model="default-model"`): no set labels such a word.
 */
const STANDS_IN =
  /^(?:default|tgi|tei|inherit)$|^(?:test|dummy|fake|mock|placeholder)$|^(?:test|example|sample|dummy|fake|mock|my|your|custom|placeholder|default)[-_](?:model|llm|chat|embedding)s?$|^(?:custom|test|mock|dummy|fake)[-_]|[-_](?:fake|mock|dummy)$|(?:^|[-_])(?:wrong|invalid|nonexistent|made-up)[-_](?:id|model)$/i;

/**
 * Like apiModelId, but undefined when the name is a self-hosted server's alias rather than a
 * model: on an unknown host the name must carry a version digit, a Hub `org/` or an Ollama
 * `:tag` ("Qwen/Qwen2.5-7B-Instruct", "qwen2.5:7b", "llama3" yes; "support-bot", "default" no:
 * those are `--served-model-name` aliases).
 */
export function hostedModelId(provider: ProviderMatch, model: string): string | undefined {
  // (A single character is a stand-in too: `model="X"` in a notebook cell that says to pick one; and a name with no letter
  // or digit is a masked one: `model_name = "***"` for a provider whose name the code does not show.)
  if (model.trim().length < 2 || !/[\p{L}\p{N}]/u.test(model) || /\s/.test(model) || provider.id === OLLAMA_SERVER.id || STANDS_IN.test(model))
    return undefined;
  if (provider.id === SELF_HOSTED.id && !/[\d/:]/.test(model)) return undefined;
  return apiModelId(provider, model);
}

/**
 * Names a self-hosted server is told to answer to, declared in this text: vLLM / SGLang
 * `--served-model-name X`, `served_model_name: X`, and Ray Serve's `model_id` (beside the
 * `model_source` it serves). A client asking that server for X names no model of its own.
 */
export function servedAliases(text: string): Set<string> {
  const aliases = new Set<string>();
  // `--served-model-name X`, `"--served-model-name", "X"` (an argv list), `served_model_name: X`, `model_id="X"`.
  const value = String.raw`["']?\s*[:=,]?\s*["']?([\w.:-]+)`;
  const served = new RegExp(String.raw`(?:--served-model-name|served_model_name)${value}`, 'g');
  if (text.includes('served')) for (const m of text.matchAll(served)) aliases.add(m[1]!); // both spellings hold it
  if (text.includes('model_source')) for (const m of text.matchAll(new RegExp(String.raw`\bmodel_id${value}`, 'g'))) aliases.add(m[1]!);
  return aliases;
}

/**
 * Aliases that are the served model's own name, with what is served: `--model /models/Qwen2.5-7B-Instruct
 * --served-model-name Qwen2.5-7B-Instruct` maps `Qwen2.5-7B-Instruct` to the folder. A client asking for
 * such an alias asks for that model; the model read is the last one before the alias: `--model`, or what `vllm serve`
 * takes first (`vllm serve /root/autodl-tmp/Qwen/Qwen3-8B --served-model-name Qwen3-8B`: https://docs.vllm.ai/en/latest/cli/serve.html).
 */
export function servedUnderOwnName(text: string): Map<string, string> {
  const served = new Map<string, string>();
  for (const m of text.matchAll(/--served[-_]model[-_]name[ \t]*[= \t]["']?([\w.:-]+)/g)) {
    const before = text.slice(Math.max(0, m.index - 1500), m.index);
    // (SGLang's launch_server names it `--model-path`, OpenBMB/MiniCPM's docs/deployment/sglang.md.)
    const model = [...before.matchAll(/(?:--model(?:[-_]path)?(?:[ \t]+|=)|\bvllm[ \t]+serve[ \t]+)["']?([^\s"'\\-][^\s"'\\]*)/g)].at(-1)?.[1];
    if (model && isOwnServedName(model, m[1]!)) served.set(m[1]!, model);
  }
  return served;
}

/** Whether a `--served-model-name` alias is the served model's own name: the last part of its path or id, case ignored. */
export const isOwnServedName = (model: string, alias: string): boolean => model.replace(/\/+$/, '').split('/').pop()!.toLowerCase() === alias.toLowerCase();

/** Whether a line declares a served name: `--served-model-name X`, `served_model_name: X`, Ray Serve's `model_id=X`. */
const DECLARES_SERVED_NAME = /served[-_]model[-_]name|\bmodel_id\b/;
export const declaresServedName = (line: string): boolean => DECLARES_SERVED_NAME.test(line);

/** An API model on a self-hosted server (`openai-compatible/<name>`) whose name is a declared alias, or an adapter of one (`alias:lora`). */
export function namesServedAlias(ref: { id: string; source: string }, aliases: Set<string>): boolean {
  if (ref.source !== 'api' || !isContextOnlyId(ref.id) || aliases.size === 0) return false;
  const name = ref.id.slice(SELF_HOSTED.id.length + 1);
  return aliases.has(name) || aliases.has(name.split(':')[0]!);
}

/**
 * A reference read on `line`, as what it names when it may be a served alias: undefined on the line that declares the
 * alias (the alias itself names no model); elsewhere a client asking for it, which is what makes the server run the
 * model under the project's name for it (`curl -d '{"model": "chinese-llama-alpaca-2"}'` to the server started with
 * `--served-model-name chinese-llama-alpaca-2`; tests/real-world/README.md, session 23), reported as the alias without
 * the adapter an SGLang/vLLM request may add after `:` (`"model": "qwen3.5-kt-ft:qwen35b_lora"` asks the server started
 * with `--served-model-name qwen3.5-kt-ft` for its model with the LoRA it loaded as `qwen35b_lora`, whose weights are
 * its `--lora-paths`). Any other reference as it is.
 */
export function asAliasRequest<T extends { id: string; source: string }>(ref: T, aliases: Set<string>, line: string): T | undefined {
  if (!namesServedAlias(ref, aliases)) return ref;
  if (declaresServedName(line)) return undefined;
  const name = ref.id.slice(SELF_HOSTED.id.length + 1);
  const base = name.split(':')[0]!;
  return base !== name && !aliases.has(name) ? { ...ref, id: `${SELF_HOSTED.id}/${base}` } : ref;
}

/** Whether a LiteLLM prefix is also a code host's organisation (providers.yaml `litellm.route_only`). */
export const isRouteOnlyPrefix = (prefix: string): boolean => load().litellm.routeOnly.has(prefix);

/** The provider id reports use for a LiteLLM prefix or a config's `provider:` name (`zhipuai` -> `zhipu`). */
export const providerAlias = (name: string): string => load().litellm.prefixes[name] ?? name;

/**
 * `ollama/llama3.1` -> ollama `llama3.1`; `bedrock/claude-3-haiku` -> api `bedrock/claude-3-haiku`;
 * `huggingface/Qwen/Qwen2.5-7B` -> the Hub id. With `anyPrefix` false (the file does not use LiteLLM), only
 * prefixes no Hub organisation uses count: `openai/whisper-large-v3` stays a Hub id.
 */
/** Fireworks' own model path (`accounts/fireworks/models/deepseek-r1`): https://docs.fireworks.ai/models/overview. */
export const FIREWORKS_MODEL_PATH = /^accounts\/[\w-]+\/models\/[A-Za-z0-9][\w.-]*$/;

export function litellmModel(value: string, anyPrefix: boolean): { id: string; source: 'ollama' | 'api' | 'huggingface'; prefix: string } | undefined {
  const trimmed = value.trim();
  const slash = trimmed.indexOf('/');
  if (slash <= 0) return undefined;
  const prefix = trimmed.slice(0, slash);
  const model = trimmed.slice(slash + 1);
  const { prefixes, only, namedOnly } = load().litellm;
  if (!Object.hasOwn(prefixes, prefix) || !model || /\s/.test(model)) return undefined;
  // A slot in capitals after the route (`openai/MODEL_NAME`, `ollama/MODEL`): no API spells a model so (model-name.ts
  // isPlaceholderName says the same of a bare value).
  // (The last segment too, after a route of the provider's own: `azure/responses/YOUR_MODEL_NAME_HERE`.)
  if (/^[A-Z]+(?:_[A-Z]+)*$/.test(model.slice(model.lastIndexOf('/') + 1))) return undefined;
  if (!anyPrefix && !only.has(prefix)) return undefined;
  if (namedOnly.has(prefix) && !FIREWORKS_MODEL_PATH.test(model) && !providerForName(model)) return undefined;
  if (prefixes[prefix] === 'ollama') return { id: model, source: 'ollama', prefix };
  if (prefix === 'huggingface') return { id: model, source: 'huggingface', prefix };
  return { id: `${providerAlias(prefix)}/${model}`, source: 'api', prefix };
}

/**
 * `deepseek/deepseek-reasoner`, `openai/gpt-4o-mini`: a LiteLLM-style provider prefix before a name that provider
 * publishes (providers.yaml `naming`) is that provider's API model, not a Hub id, wherever it stands.
 */
export function routedApiModel(value: string): { id: string; source: 'ollama' | 'api' | 'huggingface'; prefix: string } | undefined {
  const slash = value.indexOf('/');
  return slash > 0 && providerForName(value.slice(slash + 1)) ? litellmModel(value, true) : undefined;
}

/**
 * The vendor a provider's model id names first (providers.yaml `vendor_ids`): Bedrock's `us.anthropic.claude-sonnet-4-6`
 * -> vendor `anthropic`, the id without its region `anthropic.claude-sonnet-4-6`, the vendor's name `claude-sonnet-4-6`.
 */
export function vendorOfModelId(providerId: string, model: string): { vendor: string; id: string; name: string } | undefined {
  const regions = load().providers.find((p) => p.id === providerId)?.vendor_ids?.regions;
  if (!regions) return undefined;
  const parts = model.split('.');
  const id = parts.length > 2 && regions.includes(parts[0]!.toLowerCase()) ? parts.slice(1).join('.') : model;
  const dot = id.indexOf('.');
  return dot > 0 ? { vendor: id.slice(0, dot).toLowerCase(), id, name: id.slice(dot + 1) } : undefined;
}

/**
 * The model after LiteLLM's qualifiers between a route and it (providers.yaml `litellm.route_qualifiers`):
 * `us-east-1/1-month-commitment/anthropic.claude-v2:1` -> `anthropic.claude-v2:1`, `invoke/anthropic.claude-3-5-sonnet-...`
 * -> `anthropic.claude-3-5-sonnet-...`; undefined when no qualifier leads (the value is the model, or an org's id).
 */
export function withoutRouteQualifiers(rest: string): string | undefined {
  const qualifiers = load().litellm.routeQualifiers;
  if (!qualifiers) return undefined;
  const parts = rest.split('/');
  let i = 0;
  while (i < parts.length - 1 && qualifiers.test(parts[i]!)) i++;
  return i > 0 ? parts.slice(i).join('/') : undefined;
}

/** A framework's routes to an adapter library (`litellm/openai/gpt-4o-mini`), from providers.yaml `litellm.adapter_routes`. */
export const adapterRoutes = (): string[] => load().litellm.adapterRoutes;

/** LiteLLM's provider prefixes (`ollama`, `bedrock`...): litellmModel reads `<prefix>/<model>` by them alone. */
export const litellmPrefixes = (): string[] => Object.keys(load().litellm.prefixes);

/**
 * Whether a LiteLLM route leads to an OpenAI-style API that serves what it is told to (`openai/`, `hosted_vllm/`:
 * providers.yaml `litellm.prefixes` naming openai or openai-compatible), so a Hub id after it is the model a
 * self-hosted server runs (`openai/Qwen/Qwen2.5-Coder-7B-Instruct` with an `api_base` of a local vLLM).
 */
export const isOpenAICompatibleRoute = (prefix: string): boolean => {
  const { prefixes } = load().litellm;
  return Object.hasOwn(prefixes, prefix) && (prefixes[prefix] === 'openai' || prefixes[prefix] === 'openai-compatible');
};

/** The provider a `<prefix>:<model>` name's prefix names (`openai:gpt-4o`, `azure_openai:gpt-4o` -> azure), from providers.yaml `colon_prefixes`. */
export const colonPrefixProvider = (prefix: string): string | undefined =>
  Object.hasOwn(load().colonPrefixes, prefix) ? load().colonPrefixes[prefix] : undefined;

/** Gateways written before a `<provider>:<model>` name (`gateway/openai:gpt-5.2`), from providers.yaml `colon_prefixes.gateways`. */
export const colonGateways = (): string[] => load().colonGateways;

/** The prefixes of colonPrefixProvider, each with its colon (`openai:`): words a line holding such a name has. */
export const colonPrefixWords = (): string[] => Object.keys(load().colonPrefixes).map((p) => `${p}:`);

interface Naming {
  provider: string;
  words?: string[];
  patterns: string[];
  /** Tested as written, case and all: lower-case API names that title-cased display names must not match. */
  exact_case?: string[];
  /** No weights are published under these names (Gemini, Claude): `<any prefix>/<name>` is the API's model, never a Hub id. */
  hosted_only?: boolean;
  /**
   * Names the provider's API spells with capitals (MiniMax's `MiniMax-M2.7`), tested as written: given to a model flag
   * such a name is that hosted model, as a lower-case API name is (other capitalised names are open-weight repos' names).
   */
  published_case?: string[];
}

/** The literal words (lower case) one of which every name providerForName knows contains: prefilter words. */
export function providerNameWords(): string[] {
  const doc = readRegistryFile('providers.yaml') as { naming?: Naming[] };
  return [...new Set((doc.naming ?? []).flatMap((n) => n.words ?? []).map((w) => w.toLowerCase()))];
}

let naming: { provider: ProviderMatch; test: RegExp }[] | undefined;

/** Names of documents, code and data files (weights, `.gguf` or `.bin`, are files a model is: not here). */
const DOC_FILE = /\.(md|mdx|rst|txt|json|ya?ml|toml|py|js|ts|tsx|html|csv|sh|png|svg)$/i;
/** A name ending in `-demo`: a demo or app named after the model it shows. */
const DEMO_NAME = /[-_]demo$/i;

/**
 * The hosted provider whose published model naming this whole name follows (`deepseek-chat` ->
 * deepseek, `glm-4.5` -> zhipu, `claude-sonnet-4-6` -> anthropic), from providers.yaml `naming`.
 * Patterns are anchored and tested on one short value, so the test is linear in its length.
 */
export function providerForName(name: string): ProviderMatch | undefined {
  if (!naming) {
    const doc = readRegistryFile('providers.yaml') as { naming?: Naming[] };
    const routers = new Set(
      load()
        .providers.filter((p) => p.router)
        .map((p) => p.id),
    );
    naming = (doc.naming ?? []).flatMap((n) => {
      const provider: ProviderMatch = { id: n.provider, router: routers.has(n.provider), ...(n.hosted_only ? { hostedOnly: true } : {}) };
      return [
        // (A provider whose every name is lower-case has exact_case alone, `patterns: []`.)
        ...(n.patterns.length ? [{ provider, test: new RegExp(`^(?:${n.patterns.join('|')})$`, 'i') }] : []),
        ...(n.exact_case?.length ? [{ provider, test: new RegExp(`^(?:${n.exact_case.join('|')})$`) }] : []),
      ];
    });
  }
  // A file's name (`command-reference.md` in a README's tree) is no model, whatever it starts with; nor is a demo or app
  // named after one (THUDM/GLM-4's Jupyter kernel `IPYKERNEL = "glm-4-demo"`): no provider publishes a `-demo`.
  if (name.length > 100 || DOC_FILE.test(name) || DEMO_NAME.test(name)) return undefined;
  // No published name ends in a separator: `("gemini-3-", "gemini-3.")` are prefixes a name is tested against.
  if (/[-.]$/.test(name)) return undefined;
  // The same strings come back file after file (a JSON document's keys, common values): one test of ~30 patterns each.
  let found = namedProviders.get(name);
  if (found === undefined) {
    found = naming.find((n) => n.test.test(name))?.provider ?? null;
    // A hosted-only provider's API names hold no `_` (Claude, Gemini): `claude-3-opus_reason`, `Gemini-1.0_reason` (the
    // BRIGHT benchmark's splits of reasoning traces, FlagEmbedding's bright/data_loader.py) name data made with the model.
    if (found?.hostedOnly && name.includes('_')) found = null;
    if (namedProviders.size >= NAMES_KEPT) namedProviders.clear();
    // A copy as the key: `name` is often cut from a file's text, and a slice kept here kept the whole file alive.
    namedProviders.set(detached(name), found);
  }
  return found ?? undefined;
}

let publishedCase: RegExp | undefined;

/** Whether a capitalised name is spelled as its provider's API publishes it (providers.yaml `naming` `published_case`). */
export function spelledAsPublished(name: string): boolean {
  if (!publishedCase) {
    const doc = readRegistryFile('providers.yaml') as { naming?: Naming[] };
    const patterns = (doc.naming ?? []).flatMap((n) => n.published_case ?? []);
    publishedCase = patterns.length ? new RegExp(`^(?:${patterns.join('|')})$`) : /(?!)/;
  }
  return name.length <= 100 && publishedCase.test(name);
}

const namedProviders = new Map<string, ProviderMatch | null>();
const NAMES_KEPT = 50_000;

/** `qwen-max@Tongyi-Qianwen`, `deepseek-v4-pro@default@DeepSeek`: a model, an instance's name at most, then a provider's name. */
const MODEL_AT = /^([^@\s]+)@(?:[\w.-]+@)?([A-Za-z][\w.-]*)$/;

/**
 * A model written with the provider serving it after an `@` (RAGFlow's `qwen-max@Tongyi-Qianwen`), from
 * providers.yaml `model_at_provider`: the model part and the provider id. Undefined when the text after the
 * last `@` names no provider there (a Vertex version `claude-3-5-sonnet@20240620`, a quantisation `x@q8_0`).
 */
export function modelAtProvider(value: string): { model: string; provider: string } | undefined {
  const providers = load().atProviders;
  // RAGFlow also marks a model of an OpenAI-compatible server with the server after `___` (`deepseek-r1___OpenAI-API`).
  const marked = value.includes('___') ? MARKED.exec(value) : null;
  const markedBy = marked ? providers.get(marked[2]!.toLowerCase()) : undefined;
  const v = markedBy ? marked![1]! + value.slice(marked![0].length) : value;
  const m = v.includes('@') ? MODEL_AT.exec(v) : null;
  const provider = m ? providers.get(m[2]!.toLowerCase()) : undefined;
  if (provider) return { model: m![1]!, provider };
  return markedBy ? { model: v, provider: markedBy } : undefined;
}
/** `<model>___<provider>`, before an `@` or at the end. */
const MARKED = /^([^@\s]+?)___([A-Za-z][\w.-]*)(?=@|$)/;

/** The words every `<model>@<provider>` value holds (`@tongyi-qianwen`): prefilter words. */
export function modelAtProviderWords(): string[] {
  return [...load().atProviders.keys()].map((name) => `@${name}`);
}
