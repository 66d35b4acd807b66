import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/policy/index.js';

const parse = (text: string) => parseConfig(text, '/repo/.modelprov.yml');

describe('policy config', () => {
  it('reads rules, exceptions and excludes', () => {
    const config = parse(`
policy:
  fail_on_incomplete: true
  rules:
    - id: no-cn
      action: deny
      country: [cn]
      contexts: [code, deploy]
exceptions:
  - model: BAAI/bge-m3
    reason: approved for search
    owner: platform
    expires: 2027-01-31
exclude: [docs/]
`);
    expect(config.policy.failOnIncomplete).toBe(true);
    expect(config.policy.rules[0]).toMatchObject({ id: 'no-cn', action: 'deny', country: ['CN'], contexts: ['code', 'deploy'] });
    expect(config.policy.exceptions[0]).toMatchObject({ model: 'BAAI/bge-m3', expires: '2027-01-31', owner: 'platform' });
    expect(config.exclude).toEqual(['docs/']);
  });

  it.each([
    ['an unknown key, with a suggestion', 'polcy:\n  rules: []\n', /modelprov\.yml:1: polcy: unknown key \(did you mean "policy"\?\)/],
    ['an unknown rule key, naming its line', 'policy:\n  rules:\n    - id: a\n      contry: [CN]\n', /:4: policy\.rules\[0\]\.contry: unknown key \(did you mean "country"\?\)/],
    ['a bad action', 'policy:\n  rules:\n    - action: block\n', /action must be "deny" or "warn"/],
    ['an exception without a reason', 'exceptions:\n  - model: a/b\n', /exceptions\[0\]\.reason is required/],
    ['a malformed expiry', 'exceptions:\n  - model: a/b\n    reason: x\n    expires: next year\n', /expires must be a date/],
    ['invalid YAML', 'policy: [unclosed\n', /:\d+: invalid YAML/],
  ])('rejects %s', (_name, text, message) => {
    expect(() => parse(text)).toThrow(ConfigError);
    expect(() => parse(text)).toThrow(message);
  });

  it('falls back to the default policy when there is no file, and fails on a missing --config file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-config-'));
    expect(loadConfig(dir).policy.defaulted).toBe(true);
    expect(() => loadConfig(dir, join(dir, 'missing.yml'))).toThrow(/does not exist/);
    writeFileSync(join(dir, '.modelprov.yml'), 'policy:\n  rules: []\n');
    expect(loadConfig(dir).policy).toMatchObject({ defaulted: false, source: join(dir, '.modelprov.yml') });
  });
});
