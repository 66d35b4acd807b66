// Loads `.modelprov.yml` (or --config): a file that does not parse or has wrong keys is a
// ConfigError naming the file, line and key (exit 2); no file means the default policy.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { DEFAULT_POLICY, type Policy, type PolicyException, type PolicyRule } from './types.js';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

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
export const RULE_KEYS = ['id', 'action', 'country', 'family', 'organisation', 'licence', 'license', 'licence_kind', 'license_kind', 'lineage', 'suspected_base', 'unpinned', 'paths', 'contexts', 'message'];
export const EXCEPTION_KEYS = ['model', 'family', 'root', 'paths', 'reason', 'owner', 'expires'];
export const HUB_KEYS = ['url', 'max_depth', 'concurrency'];

export function loadConfig(root: string, explicitPath?: string): ModelprovConfig {
  const path = explicitPath ? resolve(explicitPath) : join(root, CONFIG_FILE);
  if (!existsSync(path)) {
    if (explicitPath) throw new ConfigError(`config file ${explicitPath} does not exist`);
    return { policy: DEFAULT_POLICY, exclude: [], registry: [], hub: {} };
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config ${path}: ${(error as Error).message}`);
  }
  return parseConfig(text, path);
}

export function parseConfig(text: string, path: string): ModelprovConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const pos = lineCounter.linePos(error.pos[0]);
    throw new ConfigError(`${path}:${pos.line}: invalid YAML: ${error.message.split('\n')[0]}`);
  }
  const where = (node: YamlNode | null | undefined, key: string) => {
    const offset = node?.range?.[0];
    return offset === undefined ? `${path}: ${key}` : `${path}:${lineCounter.linePos(offset).line}: ${key}`;
  };
  const contents = doc.contents;
  if (contents === null) return { path, policy: { ...DEFAULT_POLICY, source: path, defaulted: false }, exclude: [], registry: [], hub: {} };
  if (!isMap(contents)) throw new ConfigError(`${path}:1: the config must be a mapping of keys (${TOP_KEYS.join(', ')})`);
  checkKeys(contents, TOP_KEYS, where, '');

  let value: Record<string, unknown>;
  try {
    value = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(`${path}: ${(error as Error).message} (YAML aliases expand too far)`);
  }
  const policyNode = contents.get('policy', true) as YamlNode | undefined;
  const policyValue = (value.policy ?? {}) as Record<string, unknown>;
  if (policyNode && !isMap(policyNode)) throw new ConfigError(`${where(policyNode, 'policy')} must be a mapping`);
  if (policyNode && isMap(policyNode)) checkKeys(policyNode, POLICY_KEYS, where, 'policy.');

  const rulesNode = policyNode && isMap(policyNode) ? (policyNode.get('rules', true) as YamlNode | undefined) : undefined;
  const rules: PolicyRule[] = [];
  if (rulesNode) {
    if (!isSeq(rulesNode)) throw new ConfigError(`${where(rulesNode, 'policy.rules')} must be a list`);
    rulesNode.items.forEach((item, i) => {
      const key = `policy.rules[${i}]`;
      if (!isMap(item)) throw new ConfigError(`${where(item as YamlNode, key)} must be a mapping`);
      checkKeys(item, RULE_KEYS, where, `${key}.`);
      rules.push(toRule((policyValue.rules as Record<string, unknown>[])[i]!, i, where(item as YamlNode, key)));
    });
  }
  const exceptionsNode = contents.get('exceptions', true) as YamlNode | undefined;
  const exceptions: PolicyException[] = [];
  if (exceptionsNode) {
    if (!isSeq(exceptionsNode)) throw new ConfigError(`${where(exceptionsNode, 'exceptions')} must be a list`);
    exceptionsNode.items.forEach((item, i) => {
      const key = `exceptions[${i}]`;
      if (!isMap(item)) throw new ConfigError(`${where(item as YamlNode, key)} must be a mapping`);
      checkKeys(item, EXCEPTION_KEYS, where, `${key}.`);
      exceptions.push(toException((value.exceptions as Record<string, unknown>[])[i]!, where(item as YamlNode, key)));
    });
  }
  const hubNode = contents.get('hub', true) as YamlNode | undefined;
  if (hubNode && isMap(hubNode)) checkKeys(hubNode, HUB_KEYS, where, 'hub.');
  const hub = (value.hub ?? {}) as Record<string, unknown>;
  const base = dirname(path);
  return {
    path,
    policy: {
      source: path,
      defaulted: false,
      failOnIncomplete: policyValue.fail_on_incomplete === true,
      rules,
      exceptions,
    },
    exclude: stringList(value.exclude, where(contents.get('exclude', true) as YamlNode, 'exclude')),
    registry: stringList(value.registry, where(contents.get('registry', true) as YamlNode, 'registry')).map((p) => resolve(base, p)),
    hub: {
      url: typeof hub.url === 'string' ? hub.url : undefined,
      maxDepth: typeof hub.max_depth === 'number' ? hub.max_depth : undefined,
      concurrency: typeof hub.concurrency === 'number' ? hub.concurrency : undefined,
    },
  };
}

function checkKeys(map: { items: { key: unknown }[] }, allowed: string[], where: (n: YamlNode, k: string) => string, prefix: string) {
  for (const pair of map.items) {
    const keyNode = pair.key as YamlNode;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    if (!allowed.includes(key)) {
      const hint = closest(key, allowed);
      throw new ConfigError(`${where(keyNode, prefix + key)}: unknown key${hint ? ` (did you mean "${hint}"?)` : ''}; allowed: ${allowed.join(', ')}`);
    }
  }
}

function closest(word: string, options: string[]): string | undefined {
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

function stringList(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((v) => typeof v === 'string')) throw new ConfigError(`${where} must be a string or a list of strings`);
  return list as string[];
}

function toRule(raw: Record<string, unknown>, index: number, where: string): PolicyRule {
  const action = raw.action ?? 'deny';
  if (action !== 'deny' && action !== 'warn') throw new ConfigError(`${where}.action must be "deny" or "warn", not "${String(action)}"`);
  const list = (key: string) => (raw[key] === undefined ? undefined : stringList(raw[key], `${where}.${key}`));
  const rule: PolicyRule = {
    id: typeof raw.id === 'string' ? raw.id : `rule-${index + 1}`,
    action,
    country: list('country')?.map((c) => c.toUpperCase()),
    family: list('family'),
    organisation: list('organisation'),
    licence: list('licence') ?? list('license'),
    licenceKind: list('licence_kind') ?? list('license_kind'),
    lineage: list('lineage'),
    paths: list('paths'),
    contexts: list('contexts'),
    message: typeof raw.message === 'string' ? raw.message : undefined,
  };
  if (raw.suspected_base !== undefined) rule.suspectedBase = raw.suspected_base === true;
  if (raw.unpinned !== undefined) rule.unpinned = raw.unpinned === true;
  return rule;
}

function toException(raw: Record<string, unknown>, where: string): PolicyException {
  if (typeof raw.reason !== 'string' || !raw.reason.trim()) throw new ConfigError(`${where}.reason is required: say why the exception exists`);
  if (!raw.model && !raw.family && !raw.root) throw new ConfigError(`${where} needs one of model, family or root`);
  const expires = raw.expires instanceof Date ? raw.expires.toISOString().slice(0, 10) : raw.expires;
  if (expires !== undefined && (typeof expires !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(expires)))
    throw new ConfigError(`${where}.expires must be a date (YYYY-MM-DD)`);
  return {
    model: typeof raw.model === 'string' ? raw.model : undefined,
    family: typeof raw.family === 'string' ? raw.family : undefined,
    root: typeof raw.root === 'string' ? raw.root : undefined,
    paths: raw.paths === undefined ? undefined : stringList(raw.paths, `${where}.paths`),
    reason: raw.reason,
    owner: typeof raw.owner === 'string' ? raw.owner : undefined,
    expires: expires as string | undefined,
  };
}
