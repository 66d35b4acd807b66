// Which key a line's value sits under, by indentation (YAML, JSON, Python dicts and keyword calls alike):
//   metadata:                 "metadata": {            metadata=client.V1ObjectMeta(
//     name: qwen2-7b-amd        "name": service,         name="sklearn-model",
// Kubernetes objects' own names (metadata.name, claimName, a container's or a backend's name) name
// the object a manifest creates, never the model it serves (issue #15, held-out kserve).

/** A key opening a line: `key:`, `"key":`, `key=`, `- key:` (a list item's first key). */
const LINE_KEY = /^(\s*)(-\s+)?["']?([\w.$-]+)["']?\s*(?::(?!:)|=(?!=))/;

/** The key a line opens with, as written (`ports` in `ports=[Port(...)]`). */
export const lineKey = (line: string): string | undefined => LINE_KEY.exec(line)?.[3];

const CLOSING = '])}';

/** Tracks the keys of the lines above that are less indented than the current one. */
export class KeyPath {
  // Keys as written; `lower` made once, when the key is first asked for (most keys never are).
  private stack: { indent: number; key: string; lower?: string }[] = [];

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
    const m = LINE_KEY.exec(line);
    const indent = m ? m[1]!.length + (m[2]?.length ?? 0) : lead;
    while (this.stack.length && this.stack.at(-1)!.indent >= indent) this.stack.pop();
    const parent = this.top();
    if (m) {
      if (this.stack.length >= 64) this.stack.shift();
      this.stack.push({ indent, key: m[3]! });
    }
    return parent;
  }
}

/** Blocks whose `name` is a Kubernetes object's (or a container's, volume's, port's, route backend's) own name. */
const OBJECT_PARENT =
  /^(metadata|containers|initcontainers|volumes|volumemounts|ports|env|envfrom|backendrefs|parentrefs|imagepullsecrets|secretref|configmapref|secretkeyref|configmapkeyref|persistentvolumeclaim|claimref|ownerreferences)$/;
/** Keys that hold an object's name by their own (`claimName`, `serviceName`, `secretName`...). */
const OBJECT_NAME_KEY =
  /^(service|claim|secret|configmap|serviceaccount|storageclass|priorityclass|runtimeclass|ingressclass|gatewayclass|volume|container|pool|deployment|release|node|ingress|gateway|scheduler)name$/;
/** `metadata=client.V1ObjectMeta(name=`, `"metadata": {"name": ` on one line. */
const INLINE_METADATA = /metadata["']?\s*[:=]\s*[\w.]*[({]\s*(?:[\w"']+\s*[:=]\s*[^,]*,\s*)*["']?name["']?\s*[:=]\s*["'`]?$/i;

/** True when a value under `key` (lower case) in a block under `parent` is a Kubernetes object's own name. */
export function isObjectName(key: string, parent: string | undefined, before: string): boolean {
  const bare = (k: string) => k.toLowerCase().replace(/[-_]/g, '');
  if (OBJECT_NAME_KEY.test(bare(key))) return true;
  if (key !== 'name') return false;
  return (parent !== undefined && OBJECT_PARENT.test(bare(parent))) || INLINE_METADATA.test(before);
}
