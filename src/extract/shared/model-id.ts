// What counts as a model id, and how to normalise the forms users write them in.

/** `org/name` as the Hub allows it: 1-96 chars each, letters, digits, `-_.`, no leading/trailing dot-dash. */
const HUB_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}\/[A-Za-z0-9][A-Za-z0-9_.-]{0,95}$/;

/** Hub hosts and mirrors whose paths are `/{org}/{name}`: "https://hf-mirror.com/Qwen/Qwen2.5-7B". */
const HUB_URL = /^(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co|hf-mirror\.com)\/(?!datasets\/|spaces\/|docs\/|blog\/|api\/(?!models\/))(?:api\/models\/)?([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*)/;

/** Path segments and suffixes that mark a file or folder, not a model id. */
const FILE_LIKE = /\.(py|js|ts|json|ya?ml|toml|txt|md|gguf|bin|safetensors|pt|pth|onnx|csv|parquet|sh|cfg|ini|lock|png|jpg|html)$/i;

/**
 * First segments that cannot be a Hub organisation: the Hub's own routes (reserved names), and
 * the folders projects keep weights in ("models/qwen", "outputs/checkpoint-500" are local paths).
 */
const NOT_AN_ORG = new Set([
  'models', 'datasets', 'spaces', 'docs', 'api', 'blog', 'settings', 'organizations', 'collections', 'papers', 'join', 'login', 'pricing', 'tasks', 'learn', 'posts', 'new', 'chat',
  'checkpoints', 'checkpoint', 'ckpt', 'ckpts', 'outputs', 'output', 'runs', 'weights', 'saved_models', 'pretrained', 'artifacts', 'cache', 'tmp', 'src', 'configs', 'data',
]);

export interface ParsedModelId {
  id: string;
  revision?: string;
}

/** True when `value` has the shape of a Hub repo id and not of a path, URL or image. */
export function looksLikeHubId(value: string): boolean {
  if (!HUB_ID.test(value)) return false;
  if (FILE_LIKE.test(value)) return false;
  const [org, name] = value.split('/') as [string, string];
  if (org === '.' || org === '..' || name === '.' || name === '..') return false;
  if (NOT_AN_ORG.has(org.toLowerCase()) || /^checkpoint-\d+$/.test(name)) return false;
  return true;
}

/**
 * Turn what a user wrote into a Hub id: strips Hub/mirror URLs, `hf://`, `hf.co/`,
 * `/resolve/...` and `/tree/...` tails, and an `@revision` suffix. Returns undefined when
 * the value is not a Hub id.
 */
export function parseHubReference(raw: string): ParsedModelId | undefined {
  let value = raw.trim().replace(/^['"]|['"]$/g, '');
  let revision: string | undefined;
  if (value.startsWith('hf://')) value = value.slice('hf://'.length).replace(/^models\//, '');
  const url = HUB_URL.exec(value);
  if (url) {
    const rest = value.slice(url.index + url[0].length);
    const rev = /^\/(?:tree|resolve|blob)\/([^/?#]+)/.exec(rest);
    if (rev) revision = decodeURIComponent(rev[1]!);
    value = url[1]!;
  }
  const at = value.lastIndexOf('@');
  if (at > 0) {
    revision = value.slice(at + 1) || undefined;
    value = value.slice(0, at);
  }
  if (!looksLikeHubId(value)) return undefined;
  return revision ? { id: value, revision } : { id: value };
}
