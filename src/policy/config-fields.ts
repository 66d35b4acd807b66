// Reads one mapping of the config with type checks; every error names the file, the line of the
// offending value and its full key (`.modelprov.yml:7: policy.rules[0].contexts[1]: ...`).
import { excerpt } from '../discover/bounded-read.js';
import { isMap, isSeq, type LineCounter, type Node as YamlNode } from 'yaml';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface Locator {
  path: string;
  lineCounter: LineCounter;
}

export function located(locator: Locator, node: YamlNode | null | undefined, key: string): string {
  const offset = node?.range?.[0];
  return offset === undefined ? `${locator.path}: ${key}` : `${locator.path}:${locator.lineCounter.linePos(offset).line}: ${key}`;
}

/** A YAML mapping (for lines) paired with its plain value (aliases already expanded, bounded). */
export class Fields {
  constructor(
    readonly locator: Locator,
    readonly node: YamlNode,
    readonly value: Record<string, unknown>,
    readonly key: string,
  ) {}

  private child(key: string): YamlNode | undefined {
    return isMap(this.node) ? (this.node.get(key, true) as YamlNode | undefined) : undefined;
  }

  has(key: string): boolean {
    return this.value[key] !== undefined && this.value[key] !== null;
  }

  fail(key: string, problem: string, node?: YamlNode): never {
    throw new ConfigError(`${located(this.locator, node ?? this.child(key) ?? this.node, this.name(key))}: ${problem}`);
  }

  name(key: string): string {
    return this.key ? `${this.key}.${key}` : key;
  }

  string(key: string): string | undefined {
    const v = this.value[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' || !v.trim()) this.fail(key, `must be a non-empty string, not ${describe(v)}`);
    return v.trim();
  }

  boolean(key: string): boolean | undefined {
    const v = this.value[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') this.fail(key, `must be true or false, not ${describe(v)}`);
    return v;
  }

  integer(key: string, min: number): number | undefined {
    const v = this.value[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min) this.fail(key, `must be a whole number of at least ${min}, not ${describe(v)}`);
    return v;
  }

  /** A string or a list of strings; with `allowed`, each must be one of them, as written there. */
  strings(
    key: string,
    check?: { allowed?: readonly string[]; pattern?: RegExp; patternHint?: string; normalise?: (s: string) => string; emptyOk?: boolean },
  ): string[] | undefined {
    const v = this.value[key];
    if (v === undefined || v === null) return undefined;
    const list = Array.isArray(v) ? v : [v];
    const node = this.child(key);
    const itemNode = (i: number) => (Array.isArray(v) && node && isSeq(node) ? (node.items[i] as YamlNode) : node);
    if (list.length === 0 && !check?.emptyOk) this.fail(key, 'is an empty list: remove the key or give at least one value');
    return list.map((item, i) => {
      const itemKey = Array.isArray(v) ? `${key}[${i}]` : key;
      if (typeof item !== 'string' || !item.trim()) this.fail(itemKey, `must be a string, not ${describe(item)}`, itemNode(i));
      const text = check?.normalise ? check.normalise(item.trim()) : item.trim();
      if (check?.allowed && !check.allowed.includes(text)) this.fail(itemKey, `"${item}" is not one of ${check.allowed.join(', ')}`, itemNode(i));
      if (check?.pattern && !check.pattern.test(text))
        this.fail(
          itemKey,
          check.patternHint ? `"${item}" is not ${check.patternHint}` : `"${item}" does not have the expected form ${check.pattern.source}`,
          itemNode(i),
        );
      return text;
    });
  }

  /** A list of mappings, each read as Fields. */
  mappings(key: string): Fields[] {
    const v = this.value[key];
    if (v === undefined || v === null) return [];
    const node = this.child(key);
    if (!Array.isArray(v) || !node || !isSeq(node)) this.fail(key, 'must be a list');
    return v.map((item, i) => {
      const itemNode = node.items[i] as YamlNode;
      if (!isMap(itemNode) || typeof item !== 'object' || item === null) this.fail(`${key}[${i}]`, 'must be a mapping', itemNode);
      return new Fields(this.locator, itemNode, item as Record<string, unknown>, this.name(`${key}[${i}]`));
    });
  }

  /** A nested mapping, or undefined when absent. */
  mapping(key: string): Fields | undefined {
    const v = this.value[key];
    if (v === undefined || v === null) return undefined;
    const node = this.child(key);
    if (!node || !isMap(node) || typeof v !== 'object' || Array.isArray(v)) this.fail(key, 'must be a mapping');
    return new Fields(this.locator, node, v as Record<string, unknown>, this.name(key));
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object' && value !== null) return 'a mapping';
  return excerpt(JSON.stringify(value) ?? String(value), 60);
}
