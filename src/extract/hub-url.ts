// Hub and mirror URLs anywhere in text: huggingface.co/org/name, hf.co, hf-mirror.com, hf://, modelscope://, ollama://,
// the Inference API's routes (api-inference.huggingface.co/models/org/name, ModelScope's
// api-inference.modelscope.cn/api-inference/v1/models/org/name, and its file API modelscope.cn/api/v1/models/org/name/repo),
// and ModelScope model pages and git remotes (source modelscope), OpenXLab's (source openxlab). Datasets, Spaces, docs, blog and paper
// pages, and bare organisation pages are not models. Also a hosted API's REST URL that names its model in the
// path before a method (the Gemini API's `.../v1beta/models/gemini-2.5-flash:generateContent`): source api. And litgpt's
// download folder, `checkpoints/<org>/<name>`, of an organisation known to publish models (shared/checkpoint-layout.ts).
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { isNotText } from './shared/not-text.js';
import { isNotAnOrg, looksLikeHubId } from '../model/ids.js';
import { PositionIndex } from './shared/position.js';
import { commentStyle, inComment } from './shared/comments.js';
import { apiModelId, libraryModel, providerForName, providerForUrl } from '../registry/providers.js';
import { classifyOllamaName, isOllamaLibraryName } from './shared/ollama-tag.js';
import { CHECKPOINT_LAYOUT, repoOf } from './shared/checkpoint-layout.js';
import { holdsHubLocation } from './shared/gate-scans.js';
import { catalogueNamesIn, catalogueNameWords, nestedCatalogueEntries } from './shared/self-named-catalogues.js';
import { WHISPER_CHECKPOINT } from './shared/whisper-checkpoint.js';

/**
 * "https://huggingface.co/Qwen/Qwen2.5-7B/tree/main", "hf://Qwen/Qwen2.5-7B", "huggingface.co/BAAI/bge-m3"
 * (no scheme, in prose), "https://huggingface.co/api/models/Qwen/Qwen2.5-7B" (the API's model route). A scheme is
 * case-insensitive (RFC 3986 3.1): MLC LLM writes `HF://mlc-ai/Llama-3-8B-Instruct-q4f16_1-MLC` (`mlc_llm chat HF://...`,
 * the `"model"` of an app's mlc-package-config.json; https://llm.mlc.ai/docs/deploy/cli.html). `huggingface://` is the
 * long form of `hf://` that RamaLama (`ramalama pull huggingface://afrideva/Tiny-Vicuna-1B-GGUF/tiny-vicuna-1b.q2_k.gguf`,
 * https://github.com/containers/ramalama/blob/main/docs/ramalama.1.md) and LocalAI (`local-ai run
 * huggingface://TheBloke/phi-2-GGUF/phi-2.Q8_0.gguf`) take: the repo, then a file in it.
 */
const HUB =
  /(?:(?:https?:\/\/|(?<![\w.\/-]))(?:www\.)?(?:huggingface\.co|hf\.co|hf-mirror\.com)\/(?:api\/models\/)?|(?:[hH][fF]|[hH]ugging[fF]ace):\/\/(?:models\/)?)([A-Za-z0-9][\w.-]*)\/([A-Za-z0-9][\w.-]*)(?:\/(?:tree|resolve|blob|raw)\/([\w.%-]+))?/dg;
/** "https://modelscope.cn/models/qwen/Qwen2.5-7B-Instruct/summary", "www.modelscope.cn/models/ZhipuAI/glm-4-9b-chat" */
const MODELSCOPE = /(?:https?:\/\/|(?<![\w.\/-]))(?:www\.)?modelscope\.(?:cn|ai)\/models\/([A-Za-z0-9][\w.-]*)\/([A-Za-z0-9][\w.-]*)/dg;
/**
 * "https://www.modelscope.cn/iic/speech_charctc_kws_phone-xiaoyun.git": a ModelScope model repository's git remote, which
 * has no `/models/` (`git clone https://www.modelscope.cn/<namespace>/<model>.git`,
 * https://modelscope.cn/docs/models/download); a dataset's is under `/datasets/`, a studio's under `/studios/`.
 */
const MODELSCOPE_GIT =
  /(?:https?:\/\/|(?<![\w.\/-]))(?:www\.)?modelscope\.(?:cn|ai)\/(?!(?:models|datasets|studios|api|docs|organization|collections|learn|headlines|my)\/)([A-Za-z0-9][\w.-]*)\/([A-Za-z0-9][\w.-]*?)\.git(?![\w.\/-])/dg;
/**
 * OpenXLab (Shanghai AI Laboratory's model hub): a model's page, `https://openxlab.org.cn/models/detail/OpenLMLab/internlm2-7b`
 * (InternLM's model cards link each release there), and its git remote, `git clone
 * https://code.openxlab.org.cn/chg0901/EmoLLM_V3.0.git` (SmartFlowAI/EmoLLM's demos). Its apps (`/apps/detail/...`) and
 * datasets are not models; its archive API (`code.openxlab.org.cn/api/v1/repos/...`) names a repo in a template.
 */
const OPENXLAB = /(?:https?:\/\/|(?<![\w.\/-]))(?:www\.)?openxlab\.org\.cn\/models\/detail\/([A-Za-z0-9][\w.-]*)\/([A-Za-z0-9][\w.-]*)/dg;
const OPENXLAB_GIT = /(?:https?:\/\/|(?<![\w.\/-]))code\.openxlab\.org\.cn\/(?!api\/)([A-Za-z0-9][\w.-]*)\/([A-Za-z0-9][\w.-]*?)\.git(?![\w.\/-])/dg;
/** A git command that clones the remote after it on its line. */
const GIT_CLONE = /\bgit[ \t]+(?:lfs[ \t]+)?clone\b/;
/**
 * The Hub's SSH remote, `git clone git@hf.co:<org>/<name>` (https://huggingface.co/docs/hub/security-git-ssh), or with
 * the user left to ~/.ssh/config, `git clone hf.co:meta-llama/Llama-3.1-8B-Instruct.git` (nomic-ai/gpt4all's
 * chat_templates.md): a model repository cloned. Read on a `git clone` line only, as ModelScope's remotes; a port
 * (`hf.co:443/...`) is no organisation.
 */
const HUB_SSH = /(?<![\w.\/-])(?:git@)?(?:huggingface\.co|hf\.co):(?!\d+\/)([A-Za-z0-9][\w.-]*)\/([A-Za-z0-9][\w.-]*?)(?:\.git)?(?![\w.\/-])/dg;
/** "modelscope://Qwen/Qwen2.5-0.5B-Instruct[:revision]": KServe's storage URI for a ModelScope model, like `hf://`. */
const MODELSCOPE_URI = /\bmodelscope:\/\/([A-Za-z0-9][\w.-]*)\/([A-Za-z0-9][\w.-]*?)(?::[\w.-]+)?(?![\w.\/-])/dg;
/**
 * "ollama://qwen2.5:7b", "ollama://nomic-embed-text", "ollama://library/gemma2:2b": an Ollama library tag given as a
 * model URI, as KubeAI's Model `.spec.url` takes it (https://www.kubeai.org/reference/kubernetes-api/: `ollama://<model>`,
 * pulled with `ollama pull`) and LocalAI's `local-ai run ollama://gemma:2b`. Not a registry's own (`ollama://my-registry:5000/x`,
 * a host and port) nor the desktop app's deep links (`ollama://connect`: no tag, no library name); a query
 * (`?insecure=true`, `?pull=false`) is KubeAI's option, not the name.
 */
const OLLAMA_URI = /\bollama:\/\/([a-z0-9][\w.-]*(?:\/[a-z0-9][\w.-]*)?(?::[\w.-]+)?)(?![\w.\/:-])/dgi;
/**
 * A REST URL naming the model it calls in its path, before a custom method (`:generateContent`, `:embedContent`,
 * `:streamGenerateContent`; Google's API convention, https://google.aip.dev/136): the Gemini API's
 * `https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent?key=...`
 * (https://ai.google.dev/api/generate-content). A model only when the host is a provider's (providers.yaml `hosts`) and
 * that provider's naming knows the name: a model server's own route (KServe's `/v1/models/sklearn-iris:predict`) names
 * whatever was deployed, and a bare family word (`models/gemini:generateContent`, a proxy's test URL) no model.
 */
const API_ROUTE = /\bhttps?:\/\/([a-z0-9][a-z0-9.-]*\.[a-z]{2,})(?::\d+)?\/(?:[\w.-]+\/)*?models\/([A-Za-z0-9][\w.-]*):[a-z][A-Za-z]*/dg;
/**
 * Hugging Face's serverless Inference API, which serves a Hub model named in its path: the old host's
 * `https://api-inference.huggingface.co/models/<id>` and `/pipeline/<task>/<id>`, and the router's
 * `https://router.huggingface.co/hf-inference/models/<id>` (https://huggingface.co/docs/inference-providers/providers/hf-inference).
 * `${model}` or another template stops the match: no id is written there.
 */
const INFERENCE_API =
  /\b(?:api-inference\.huggingface\.co\/(?:models|pipeline\/[a-z-]+)|router\.huggingface\.co\/hf-inference\/models)\/([A-Za-z0-9][\w.-]*)(?:\/([A-Za-z0-9][\w.-]*))?/dg;
/**
 * ModelScope's inference API, which runs a ModelScope model named in its path:
 * `https://api-inference.modelscope.cn/api-inference/v1/models/damo/nlp_csanmt_translation_en2zh` (the pipeline tools of
 * modelscope/modelscope-agent post to it; https://modelscope.cn/docs/model-service/API-Inference/intro), as Hugging Face's
 * route above names a Hub model.
 */
const MODELSCOPE_INFERENCE = /\bapi-inference\.modelscope\.(?:cn|ai)\/api-inference\/v\d+\/models\/([A-Za-z0-9][\w.-]*)\/([A-Za-z0-9][\w.-]*)/dg;
/**
 * ModelScope's file API, which fetches one file of a model repository:
 * `https://modelscope.cn/api/v1/models/<org>/<name>/repo?Revision=master&FilePath=<path>` (the route modelscope's own
 * file_download.py builds, and that recipes `wget` or `wget.download`: modelscope/3D-Speaker's
 * prepare_pretrained_model.py fetches a Paraformer's model.pb, am.mvn and config.yaml so). The repo is read when the
 * file is part of a model (weights, a config, CMVN statistics) or no file is named; a sample fetched from a model repo
 * used as a file store (`FilePath=example/asr_example.wav`, a figure, `rir.npy` augmentation data: FunASR's demos,
 * 3D-Speaker's recipes) is no model used. The API's other routes (`/api/v1/models/lineage/list`) and templates (`%s`) name none.
 */
const MODELSCOPE_FILE_API = /\bmodelscope\.(?:cn|ai)\/api\/v1\/models\/([A-Za-z0-9][\w.-]*)\/([A-Za-z0-9][\w.-]*)\/repo\b(?:\?([^\s"'`<>()\\]*))?/dg;
/** The files of a model a file-API fetch may name: weights, configs, tokenizer and CMVN files. */
const MODEL_PART_FILE = /\.(?:pb|bin|pt|pth|ckpt|onnx|safetensors|gguf|mnn|tflite|h5|msgpack|model|yaml|yml|json|mvn)$/i;
/** A repo id of the Hub's early days, without an organisation (`gpt2`, `bert-base-uncased`): a digit or a hyphen in it. */
const ORGLESS_ID = /^[a-z][\w.-]*[\d-][\w.-]*$/;
/** A file route right after the first segment (`gpt2/resolve/...`): that segment is the whole repo id. */
const FILE_ROUTE = /^(?:resolve|tree|blob|raw|commits?)$/;
/**
 * Hub pages that are no model repo, besides the routes `isNotAnOrg` knows (datasets, spaces, docs, buckets, ...):
 * `transformers/` is the library's docs before they moved under /docs/ (`huggingface.co/transformers/v4.2.2/...`, still
 * linked from code comments), `kernels-community` the organisation of the Hub's compiled kernels (`kernels.get_kernel`).
 */
const NOT_MODELS = new Set(['enterprise', 'transformers', 'kernels-community']);
/** The tabs of an organisation's page (`huggingface.co/<org>/models?search=x`), a list of its repos when a query follows. */
const LISTING = /^(?:models|datasets|spaces|collections)$/;
/** The tabs of an organisation's page that list other things than models. */
const ORG_TAB = /^(?:datasets|spaces|collections)$/;
const isNotModelRoute = (segment: string) => NOT_MODELS.has(segment) || isNotAnOrg(segment);
/**
 * A file of a repo fetched by URL that is a table of records (`.../resolve/main/ragqa_arena_tech_examples.jsonl`): data
 * kept in a model-type repo as a file store (stanfordnlp/dspy's tutorials download their corpora from `dspy/cache`), not
 * a model. No model repo's weights, configs or tokenizers are JSON Lines, CSV, TSV, Parquet or Arrow
 * (https://huggingface.co/docs/hub/en/datasets-adding#file-formats lists these as the dataset formats). So is an audio
 * clip (`hf://kyutai/tts-voices/alba-mackenna/casual.wav`, a TTS backend's voice prompt, mudler/LocalAI's pocket-tts): a
 * sample the model is given, kept in a repo used as a file store; weights are never audio. The raw route is a file route
 * too: an evaluation's records fetched through it (`wget https://huggingface.co/OpenGVLab/InternVL/raw/main/
 * textvqa_val.jsonl`, OpenGVLab/InternVL's eval READMEs) name none. (A model card's figure linked in prose,
 * `.../resolve/main/results.png`, stays its repo's: the sets label such a link probable, UKPLab/sentence-transformers.)
 */
const DATA_FILE =
  /^\/(?:[^\s"'`<>()\[\]\\]*\/)?[^/\s"'`<>()\[\]\\]+\.(?:jsonl|ndjson|csv|tsv|parquet|arrow|wav|mp3|flac|ogg|opus|m4a)(?:\.gz)?(?=[?#\s"'`<>()\[\],;\\]|$)/i;

/** A key for a link before a quoted URL (`"url": "`, `homepage: '`): an entry of a table, not a variable a download may take. */
const LINK_KEY_BEFORE = /(?:^|[\s{,(])["']?(?:url|link|href|homepage|home_page|website|page_url)["']?\s*:\s*["'`]$/i;

export default defineExtractor({
  name: 'hub-url',
  // (The catalogue's words come from providers.yaml `self_named_catalogues`, read once when the module loads.)
  words: [
    'huggingface.co/',
    'hf.co/',
    'hf.co:',
    'huggingface.co:',
    'hf-mirror.com/',
    'hf://',
    'huggingface://',
    'modelscope.cn/',
    'modelscope.ai/',
    'modelscope://',
    'openxlab.org.cn/',
    'ollama://',
    '/models/',
    'openaipublic.azureedge.net/main/whisper/',
    'checkpoints/',
    ...catalogueNameWords(),
  ],
  // Notebooks go to the notebook extractor (which runs this one on their cells).
  matchesName: true,
  anyText: true,
  // Ids written as Hub locations stay on the Hub, whatever their name.
  keepsSources: true,
  matches: (path) => !isNotText(path) && !/\.ipynb$/i.test(path),
  extract(file) {
    const text = file.text;
    // A library's catalogue names that say what they are (Coqui TTS's `tts_models/en/ljspeech/glow-tts`), written whole
    // or as the nested keys of its catalogue file: shared/self-named-catalogues.ts.
    const catalogue = [...catalogueNamesIn(text), ...nestedCatalogueEntries(file.relPath, text)];
    // (HUB_LOCATION's answer, from each `/` and `:`: shared/gate-scans.ts)
    if (!catalogue.length && !holdsHubLocation(text)) return { references: [], diagnostics: [] };
    const positions = new PositionIndex(text);
    const references: RawReference[] = [];
    const style = commentStyle(file.relPath);
    /** `offset`: where the id is written; `urlStart`: where its URL begins. */
    const add = (id: string, source: RawReference['source'], offset: number, urlStart: number, revision?: string, link = false) => {
      const { line, column } = positions.at(offset);
      // `# ref: https://huggingface.co/...` in code: a comment, which policies do not gate.
      const before = text.slice(text.lastIndexOf('\n', urlStart - 1) + 1, urlStart);
      const comment = inComment(before, style);
      // A model's page kept in code as a link for readers (`"url": "https://huggingface.co/deepseek-ai/DeepSeek-V2"` in TGI's
      // table of supported architectures, huggingface/text-generation-inference server/text_generation_server/models/__init__.py,
      // from which its docs' list is written): documentation held in code, no model the code loads.
      const documents = !comment && link && style && LINK_KEY_BEFORE.test(before);
      references.push({
        id,
        source,
        line,
        column,
        snippet: positions.snippet(line),
        ...(revision && revision !== 'main' ? { revision } : {}),
        ...(comment ? { context: 'comment' as const } : documents ? { context: 'docs' as const } : {}),
      });
    };
    for (const c of catalogue) add(c.id, c.source, c.offset, c.offset);
    HUB.lastIndex = 0;
    for (let m = HUB.exec(text); m; m = HUB.exec(text)) {
      const [, org, name, revision] = m as unknown as [string, string, string, string | undefined];
      // `huggingface.co/gpt2/resolve/main/config.json`: a repo id of the Hub's early days, without an organisation.
      if (FILE_ROUTE.test(name)) {
        if (!isNotModelRoute(org) && ORGLESS_ID.test(org)) add(org, 'huggingface', m.indices![1]![0], m.index);
        continue;
      }
      const id = `${org}/${name.replace(/\.git$/, '').replace(/\.$/, '')}`;
      if (NOT_MODELS.has(org) || !looksLikeHubId(id)) continue; // looksLikeHubId tests isNotAnOrg
      // `huggingface.co/unsloth/models?search=ornith`: an organisation's list of repos searched, not a repo.
      if (LISTING.test(name) && text.charAt(m.index + m[0].length) === '?') continue;
      // `huggingface.co/beehive-lab/collections` (langchain4j's GPULlama3 README): an organisation's tab of its collections,
      // datasets or Spaces, with or without a query, no repo; `models` only with one (`ggml-org/models` is a model repo).
      if (ORG_TAB.test(name) && !revision) continue;
      // The file the URL fetches follows its revision (`.../resolve/main/<path>`).
      // A URI scheme's (`hf://org/repo/<path>`) follows the repo at once.
      const fileAfter = revision || /^(?:hf|huggingface):\/\//i.test(m[0]);
      if (fileAfter && DATA_FILE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 300))) continue;
      // A page (no file route after the repo) closing its string: a link, when a link's key holds it.
      const page = !revision && /^["'`]/.test(text.charAt(m.index + m[0].length));
      add(id, 'huggingface', m.indices![1]![0], m.index, revision && decodeRevision(revision), page);
    }
    INFERENCE_API.lastIndex = 0;
    for (let m = INFERENCE_API.exec(text); m; m = INFERENCE_API.exec(text)) {
      // `.../models/intfloat/e5-large/pipeline/feature-extraction`: the route after the id is the router's, not a name.
      const [, first, second] = m as unknown as [string, string, string | undefined];
      const id = second && second !== 'pipeline' ? `${first}/${second}` : first;
      // `/pipeline/fill-mask/bert-base-uncased`: a repo id without an organisation.
      if (second ? looksLikeHubId(id) : ORGLESS_ID.test(id)) add(id, 'huggingface', m.indices![1]![0], m.index);
    }
    MODELSCOPE.lastIndex = 0;
    for (let m = MODELSCOPE.exec(text); m; m = MODELSCOPE.exec(text)) {
      // `git clone https://modelscope.cn/models/MNN/Qwen2.5-1.5B-Instruct-MNN.git`: the page's URL as a git remote.
      const id = `${m[1]}/${m[2]!.replace(/\.git$/, '').replace(/\.$/, '')}`;
      if (looksLikeHubId(id)) add(id, 'modelscope', m.indices![1]![0], m.index);
    }
    OPENXLAB.lastIndex = 0;
    for (let m = OPENXLAB.exec(text); m; m = OPENXLAB.exec(text)) {
      const id = `${m[1]}/${m[2]!.replace(/\.$/, '')}`;
      if (looksLikeHubId(id)) add(id, 'openxlab', m.indices![1]![0], m.index);
    }
    OPENXLAB_GIT.lastIndex = 0;
    for (let m = OPENXLAB_GIT.exec(text); m; m = OPENXLAB_GIT.exec(text)) {
      if (!GIT_CLONE.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) continue;
      const id = `${m[1]}/${m[2]}`;
      if (looksLikeHubId(id)) add(id, 'openxlab', m.indices![1]![0], m.index);
    }
    MODELSCOPE_INFERENCE.lastIndex = 0;
    for (let m = MODELSCOPE_INFERENCE.exec(text); m; m = MODELSCOPE_INFERENCE.exec(text)) {
      const id = `${m[1]}/${m[2]}`;
      if (looksLikeHubId(id)) add(id, 'modelscope', m.indices![1]![0], m.index);
    }
    MODELSCOPE_FILE_API.lastIndex = 0;
    for (let m = text.includes('/api/v1/models/') ? MODELSCOPE_FILE_API.exec(text) : null; m; m = MODELSCOPE_FILE_API.exec(text)) {
      // (Its query may go on in a string on the next line, `"...repo?Revision=master"` then `"&FilePath=description/x.jpg"`:
      // modelscope's pipeline docstrings, a sample image of the repo.)
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
      const continued = /^["'`]\)?[ \t]*\n[^\n]*?["'`](&FilePath=[^"'`\s]*)/.exec(after)?.[1];
      const file = /(?:^|&)FilePath=([^&#]*)/i.exec(`${m[3] ?? ''}${continued ?? ''}`)?.[1];
      if (file !== undefined && !MODEL_PART_FILE.test(file)) continue;
      const id = `${m[1]}/${m[2]}`;
      if (looksLikeHubId(id)) add(id, 'modelscope', m.indices![1]![0], m.index);
    }
    HUB_SSH.lastIndex = 0;
    for (let m = HUB_SSH.exec(text); m; m = HUB_SSH.exec(text)) {
      if (!GIT_CLONE.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) continue;
      const id = `${m[1]}/${m[2]}`;
      if (!NOT_MODELS.has(m[1]!) && looksLikeHubId(id)) add(id, 'huggingface', m.indices![1]![0], m.index);
    }
    MODELSCOPE_GIT.lastIndex = 0;
    for (let m = MODELSCOPE_GIT.exec(text); m; m = MODELSCOPE_GIT.exec(text)) {
      // Cloned (`git clone`, `git lfs clone`): a remote elsewhere (a `.gitmodules` entry of test data) is no model used.
      if (!GIT_CLONE.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) continue;
      const id = `${m[1]}/${m[2]}`;
      if (looksLikeHubId(id)) add(id, 'modelscope', m.indices![1]![0], m.index);
    }
    WHISPER_CHECKPOINT.lastIndex = 0;
    for (let m = WHISPER_CHECKPOINT.exec(text); m; m = WHISPER_CHECKPOINT.exec(text)) {
      const id = libraryModel('whisper', m[1]!);
      if (id) add(id, 'huggingface', m.indices![1]![0], m.index);
    }
    MODELSCOPE_URI.lastIndex = 0;
    for (let m = MODELSCOPE_URI.exec(text); m; m = MODELSCOPE_URI.exec(text)) {
      const id = `${m[1]}/${m[2]}`;
      if (looksLikeHubId(id)) add(id, 'modelscope', m.indices![1]![0], m.index);
    }
    OLLAMA_URI.lastIndex = 0;
    for (let m = OLLAMA_URI.exec(text); m; m = OLLAMA_URI.exec(text)) {
      const tag = m[1]!;
      // A library name (`nomic-embed-text`), or any name with a tag or a namespace (`gemma3:12b`, `user/model:q4`).
      if (!isOllamaLibraryName(tag) && !/[:/]/.test(tag)) continue;
      const model = classifyOllamaName(tag);
      if (model?.source === 'ollama') add(model.id, 'ollama', m.indices![1]![0], m.index);
    }
    // litgpt's download layout, `checkpoints/<org>/<name>` (shared/checkpoint-layout.ts): the Hub repo downloaded there,
    // wherever a recipe, script or doc names the folder; an organisation the registry knows only.
    CHECKPOINT_LAYOUT.lastIndex = 0;
    for (let m = text.includes('checkpoints/') ? CHECKPOINT_LAYOUT.exec(text) : null; m; m = CHECKPOINT_LAYOUT.exec(text)) {
      const id = repoOf(m[1]!, m[2]!, true);
      if (id) add(id, 'huggingface', m.indices![1]![0], m.index);
    }
    API_ROUTE.lastIndex = 0;
    const routes = /\/models\/[\w.-]+:[a-z]/.test(text);
    for (let m = routes ? API_ROUTE.exec(text) : null; m; m = API_ROUTE.exec(text)) {
      const provider = providerForUrl(`https://${m[1]!}`);
      const named = providerForName(m[2]!);
      if (!named || named.id !== provider.id) continue;
      add(apiModelId(provider, m[2]!), 'api', m.indices![2]![0], m.index);
    }
    return { references, diagnostics: [] };
  },
});

/** "refs%2Fpr%2F5" -> "refs/pr/5"; a broken escape stays as written. */
function decodeRevision(revision: string): string {
  try {
    return decodeURIComponent(revision);
  } catch {
    return revision;
  }
}
