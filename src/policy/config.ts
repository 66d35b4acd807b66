// Loads `.modelprov.yml` (or --config): a file that does not parse, has an unknown key or a wrong
// value is a ConfigError naming the file, line and key (exit 2); no file means the default policy.
import { existsSync, lstatSync } from 'node:fs';
import { excerpt, MAX_CONFIG_BYTES, readRegularFile } from '../discover/bounded-read.js';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { ConfigError, Fields, located, type Locator } from './config-fields.js';
import { readExceptions, readRules } from './rule-config.js';
import { DEFAULT_POLICY, type Policy } from './types.js';

export { ConfigError };

export interface ModelprovConfig {
  path?: string;
  policy: Policy;
  exclude: string[];
  /** Extra registry files (paths resolved against the config's folder). */
  registry: string[];
  hub: { url?: string; maxDepth?: number; concurrency?: number };
}

export const CONFIG_FILE = '.modelprov.yml';

export const TOP_KEYS = ['version', 'policy', 'exceptions', 'exclude', 'registry', 'hub'];
export const POLICY_KEYS = ['fail_on_incomplete', 'rules'];
export const RULE_KEYS = [
  'id',
  'action',
  'country',
  'family',
  'organisation',
  'licence',
  'license',
  'licence_kind',
  'license_kind',
  'lineage',
  'min_confidence',
  'suspected_base',
  'unpinned',
  'paths',
  'contexts',
  'message',
];
export const EXCEPTION_KEYS = ['model', 'family', 'root', 'rules', 'paths', 'reason', 'owner', 'expires'];
export const HUB_KEYS = ['url', 'max_depth', 'concurrency'];

const defaultConfig = (): ModelprovConfig => ({ policy: DEFAULT_POLICY, exclude: [], registry: [], hub: {} });

export function loadConfig(root: string, explicitPath?: string): ModelprovConfig {
  const path = explicitPath ? resolve(explicitPath) : join(root, CONFIG_FILE);
  // lstat-like: a link to nowhere is "does not exist"; a link to a FIFO or device is refused on read.
  if (!existsSync(path) && !isLink(path)) {
    if (explicitPath) throw new ConfigError(`config file ${explicitPath} does not exist`);
    return defaultConfig();
  }
  return parseConfig(readRegularFile(path, 'config', MAX_CONFIG_BYTES), path);
}

const isLink = (path: string) => lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;

export function parseConfig(text: string, path: string): ModelprovConfig {
  const lineCounter = new LineCounter();
  const locator: Locator = { path, lineCounter };
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const pos = lineCounter.linePos(error.pos[0]);
    throw new ConfigError(`${path}:${pos.line}: invalid YAML: ${excerpt(error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), 100)}`);
  }
  const contents = doc.contents as YamlNode | null;
  if (contents === null) return { ...defaultConfig(), path, policy: { ...DEFAULT_POLICY, source: path, defaulted: false } };
  if (!isMap(contents)) throw new ConfigError(`${path}:1: the config must be a mapping of keys (${TOP_KEYS.join(', ')})`);
  checkKeysDeep(contents, locator);

  let value: Record<string, unknown>;
  try {
    value = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(`${path}: ${(error as Error).message} (YAML aliases expand too far)`);
  }
  const top = new Fields(locator, contents, value, '');
  const version = top.integer('version', 1);
  if (version !== undefined && version !== 1) top.fail('version', `${version} is not a config version this modelprov reads (only 1)`);
  const policy = top.mapping('policy');
  const rules = policy ? readRules(policy.mappings('rules')) : [];
  const exceptions = readExceptions(top.mappings('exceptions'), rules);
  const hub = top.mapping('hub');
  const base = dirname(path);
  return {
    path,
    policy: { source: path, defaulted: false, failOnIncomplete: policy?.boolean('fail_on_incomplete') ?? false, rules, exceptions },
    exclude: top.strings('exclude', { emptyOk: true }) ?? [],
    registry: (top.strings('registry', { emptyOk: true }) ?? []).map((p) => resolve(base, p)),
    hub: { url: hub?.string('url'), maxDepth: hub?.integer('max_depth', 1), concurrency: hub?.integer('concurrency', 1) },
  };
}

/** Unknown keys anywhere, before values are read, so a typo is named even next to a bad value. */
function checkKeysDeep(contents: YamlNode, locator: Locator) {
  const check = (node: unknown, allowed: string[], prefix: string) => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode;
      const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      if (allowed.includes(key)) continue;
      const hint = closest(key, allowed);
      // A short excerpt: a config linked to another file would otherwise print its first line.
      throw new ConfigError(
        `${located(locator, keyNode, prefix + excerpt(key, 40))}: unknown key${hint ? ` (did you mean "${hint}"?)` : ''}; allowed: ${allowed.join(', ')}`,
      );
    }
  };
  const items = (node: unknown) =>
    node && typeof node === 'object' && 'items' in node && Array.isArray(node.items) && !isMap(node) ? (node.items as unknown[]) : [];
  check(contents, TOP_KEYS, '');
  if (!isMap(contents)) return;
  const policy = contents.get('policy', true);
  check(policy, POLICY_KEYS, 'policy.');
  if (isMap(policy)) items(policy.get('rules', true)).forEach((rule, i) => check(rule, RULE_KEYS, `policy.rules[${i}].`));
  items(contents.get('exceptions', true)).forEach((exception, i) => check(exception, EXCEPTION_KEYS, `exceptions[${i}].`));
  check(contents.get('hub', true), HUB_KEYS, 'hub.');
}

function closest(word: string, options: string[]): string | undefined {
  // Plurals and singulars first ("countries" for country, "families" for family).
  const lower = word.toLowerCase().replace(/-/g, '_');
  const forms = [lower.replace(/ies$/, 'y'), lower.replace(/s$/, ''), `${lower}s`];
  const plural = options.find((o) => forms.includes(o));
  if (plural) return plural;
  let best: string | undefined;
  let bestDistance = 3;
  for (const option of options) {
    const d = editDistance(word.toLowerCase(), option);
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length]!;
}
