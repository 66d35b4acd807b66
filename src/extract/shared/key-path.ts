// Which key a line's value sits under, by indentation (YAML, JSON, Python dicts and keyword calls alike):
//   metadata:                 "metadata": {            metadata=client.V1ObjectMeta(
//     name: qwen2-7b-amd        "name": service,         name="sklearn-model",
// Kubernetes objects' own names (metadata.name, claimName, a container's or a backend's name) name
// the object a manifest creates, never the model it serves (issue #15, held-out kserve); nor do its labels and
// annotations (`labels: {model: llama3-pv}`, `pvcMatchLabels`, `selector`), which tag objects and select them.
import { isSpaceAt } from './char-codes.js';

/** A key opening a line: `key:`, `"key":`, `key=`, `- key:` (a list item's first key). */
const LINE_KEY = /^(\s*)(-\s+)?["']?([\w.$-]+)["']?\s*(?::(?!:)|=(?!=))/;

/** The key a line opens with, as written (`ports` in `ports=[Port(...)]`). */
export const lineKey = (line: string): string | undefined => LINE_KEY.exec(line)?.[3];

const CLOSING = '])}';

/** Tracks the keys of the lines above that are less indented than the current one. */
export class KeyPath {
  // Keys as written; `lower` made once, when the key is first asked for (most keys never are).
  private stack: { indent: number; key: string; lower?: string }[] = [];
  /** `blocks`: the text is HCL (Terraform), where a block opens with its type and no `=` (`metadata {`, `variable "x" {`). */
  constructor(private readonly blocks = false) {}

  private top(): string | undefined {
    const entry = this.stack.at(-1);
    return entry && (entry.lower ??= entry.key.toLowerCase());
  }

  /**
   * Reads a line; returns the key of the nearest enclosing (less indented) key line, lower case.
   * `lead`: the line's leading whitespace, when the caller has it.
   */
  enter(line: string, lead = line.length - line.trimStart().length): string | undefined {
    // A blank or bracket-only line (`]`, `},`) changes nothing.
    if (lead === line.length || CLOSING.includes(line.charAt(lead))) return this.top();
    let at = keyStart(line, lead);
    if (at < 0 && this.blocks && HCL_BLOCK.test(line)) {
      at = lead;
      keyFrom = lead;
      keyTo = line.slice(lead).search(/[^\w-]/) + lead;
    }
    const indent = at >= 0 ? at : lead;
    while (this.stack.length && this.stack.at(-1)!.indent >= indent) this.stack.pop();
    const parent = this.top();
    if (at >= 0) {
      if (this.stack.length >= 64) this.stack.shift();
      this.stack.push({ indent, key: line.slice(keyFrom, keyTo) });
    }
    return parent;
  }
}

/** An HCL block's header: its type, labels, `{` (`container {`, `resource "kubernetes_deployment" "x" {`). */
const HCL_BLOCK = /^\s*[A-Za-z_][\w-]*(?:\s+"[^"\n]*")*\s*\{\s*$/;

// Where keyStart found the key, [keyFrom, keyTo) (set by each call that finds one).
let keyFrom = 0;
let keyTo = 0;

/**
 * LINE_KEY read by hand (it ran on every line of every file model-names reads): where the line's key starts after its
 * indentation `lead` and a list marker (`- `), its key in [keyFrom, keyTo); -1 when the line opens with no key. As the
 * regex: a `- ` marker first if what follows it is a key, else the text at `lead` (a key may start with `-`).
 */
function keyStart(line: string, lead: number): number {
  if (line.charCodeAt(lead) === 0x2d && isSpaceAt(line, lead + 1)) {
    let i = lead + 1;
    while (isSpaceAt(line, i)) i++;
    if (keyAt(line, i)) return i;
  }
  return keyAt(line, lead) ? lead : -1;
}

/** `["']?([\w.$-]+)["']?\s*(?::(?!:)|=(?!=))` at `i`. */
function keyAt(line: string, i: number): boolean {
  if (isQuote(line.charCodeAt(i))) i++;
  const from = i;
  while (isKeyChar(line.charCodeAt(i))) i++;
  if (i === from) return false;
  const to = i;
  if (isQuote(line.charCodeAt(i))) i++;
  while (isSpaceAt(line, i)) i++;
  const c = line.charCodeAt(i);
  if ((c !== 0x3a && c !== 0x3d) || line.charCodeAt(i + 1) === c) return false; // `:` not `::`, `=` not `==`
  keyFrom = from;
  keyTo = to;
  return true;
}
const isQuote = (c: number) => c === 0x22 || c === 0x27;
/** `[\w.$-]` by code. */
const isKeyChar = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e || c === 0x24 || c === 0x2d;
/** Blocks whose `name` is a Kubernetes object's (or a container's, volume's, port's, route backend's, a Terraform resource's) own name. */
const OBJECT_PARENT =
  /^(metadata|resource|containers?|initcontainers?|volumes?|volumemounts?|ports?|env|envfrom|backendrefs|parentrefs|imagepullsecrets|secretref|configmapref|secretkeyref|configmapkeyref|persistentvolumeclaim|claimref|ownerreferences)$/;
/**
 * Label maps and selectors (`labels: {app: x}`, `matchLabels`, a Service's `selector`): their `app` / `name` label names
 * the application the object belongs to, as its metadata.name does. https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/
 */
const LABEL_PARENT = /^(labels|matchlabels|selector|podlabels|commonlabels)$/;
const APP_LABEL = /^(app|name|k8s-app)$/;
/** Keys that hold an object's name by their own (`claimName`, `serviceName`, `secretName`...). */
const OBJECT_NAME_KEY =
  /^(service|claim|secret|configmap|serviceaccount|storageclass|priorityclass|runtimeclass|ingressclass|gatewayclass|volume|container|pool|deployment|release|node|ingress|gateway|scheduler)name$/;
/**
 * A deployment's name (`deploymentName`, `deployment_name`): a Kubernetes Deployment's own name, or an Azure OpenAI
 * deployment, whose name is the user's choice and is often the model it deploys (`deploymentName: "gpt-4o-mini"`).
 */
export const DEPLOYMENT_NAME_KEY = /^deployment[-_]?name$/i;
/** `metadata=client.V1ObjectMeta(name=`, `"metadata": {"name": ` on one line. */
const INLINE_METADATA = /metadata["']?\s*[:=]\s*[\w.]*[({]\s*(?:[\w"']+\s*[:=]\s*[^,]*,\s*)*["']?name["']?\s*[:=]\s*["'`]?$/i;

/**
 * A reference to another object by its name (`modelConfigRef: "qwen-max-config"` in agentscope-ai/agentscope-java's Agent
 * resources, `secretRef`, `configMapRef`): the Kubernetes API's `<kind>Ref` fields name the object referred to, whatever
 * it was named after (https://github.com/kubernetes/community/blob/master/contributors/devel/sig-architecture/api-conventions.md#object-references).
 * Not `href` (a link) nor a preference (`modelPref`).
 */
const OBJECT_REF_KEY = /^[a-z0-9]*[a-gi-oq-z0-9]ref$/;

/**
 * Names a run or job is given, by the project, for its logs and trackers (`run_name`, `OUMI_RUN_NAME: qwq.fft`,
 * `WANDB_RUN_NAME`, `job_name`, `experiment_name`, a cluster's `cluster_name`): named after the model trained, never one.
 */
const RUN_NAME_KEY = /(?:run|job|experiment|cluster)name$/;
/**
 * Blocks of an experiment tracker's settings, whose `name` is the run's (`wandb_args: {project: x, name:
 * mistral-7b-instruct}`, lm-evaluation-harness docs/config_files.md, given to `wandb.init(name=...)`, the run's display
 * name: https://docs.wandb.ai/ref/python/sdk/functions/init/), keys' separators dropped.
 */
const TRACKER_PARENT = /^(?:wandb|mlflow|comet|neptune|swanlab|trackio|clearml|aim)(?:args|kwargs|config|init|initkwargs)?$/;

/** True when a value under `key` (lower case) in a block under `parent` is a Kubernetes object's own name, or a run's. */
export function isObjectName(key: string, parent: string | undefined, before: string): boolean {
  const bare = (k: string) => k.toLowerCase().replace(/[-_]/g, '');
  if (OBJECT_NAME_KEY.test(bare(key)) || RUN_NAME_KEY.test(bare(key)) || OBJECT_REF_KEY.test(bare(key))) return true;
  if (parent !== undefined && APP_LABEL.test(key) && LABEL_PARENT.test(bare(parent))) return true;
  if (key !== 'name') return false;
  return (parent !== undefined && (OBJECT_PARENT.test(bare(parent)) || TRACKER_PARENT.test(bare(parent)))) || INLINE_METADATA.test(before);
}

/**
 * Maps of Kubernetes labels, selectors and annotations (`labels`, `matchLabels`, `commonLabels`, vllm-stack's
 * `pvcMatchLabels`, `selector`, `nodeSelector`, `annotations`, `podAnnotations`): a `model: llama3` there tags or
 * selects an object by a name the project gave it (https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/).
 */
const LABEL_OR_ANNOTATION_PARENT = /^(?:[a-z][a-z0-9]*)?(?:labels|selector|annotations)$/;

/** True when the block a value sits in (`parent`, lower case) holds Kubernetes labels, a selector or annotations. */
export const isLabelValue = (parent: string | undefined): boolean => parent !== undefined && LABEL_OR_ANNOTATION_PARENT.test(parent.replace(/[-_]/g, ''));
