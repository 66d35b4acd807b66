// The policy file loader: every mistake in fixtures/config/invalid is refused with the message
// its first line promises (file, line, key); the valid files load into the rules a user wrote.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/policy/index.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/config');
const invalid = readdirSync(join(FIXTURES, 'invalid')).sort();
const load = (kind: 'valid' | 'invalid', name: string) => loadConfig(FIXTURES, join(FIXTURES, kind, name));

/** `# error: :4: policy.rules[0]...` -> the message must contain `<file>:4: policy.rules[0]...`. */
function expectedError(name: string): string {
  const first = readFileSync(join(FIXTURES, 'invalid', name), 'utf8').split('\n')[0]!;
  const expected = first.replace(/^# error: /, '');
  return expected.startsWith(':') ? `${name}${expected}` : expected;
}

describe('invalid policy files', () => {
  it('there is one fixture per mistake', () => expect(invalid.length).toBeGreaterThanOrEqual(25));

  it.each(invalid)('%s is refused, naming file, line and key', (name) => {
    let error: unknown;
    try {
      load('invalid', name);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(expectedError(name));
  });
});

describe('valid policy files', () => {
  it('every key is read into the policy', () => {
    const config = load('valid', 'every-key.yml');
    expect(config.policy.failOnIncomplete).toBe(true);
    expect(config.policy.rules.map((r) => r.id)).toEqual([
      'no-chinese-origin',
      'no-qwen-in-services',
      'commercial-use',
      'known-lineage',
      'undeclared-base',
      'pin-revisions',
    ]);
    expect(config.policy.rules[0]).toEqual({
      id: 'no-chinese-origin',
      action: 'deny',
      country: ['CN'],
      contexts: ['code', 'config', 'deploy'],
      message: 'Chinese-origin models need a security review (SEC-100)',
    });
    expect(config.policy.rules[1]).toMatchObject({ action: 'deny', family: ['qwen'], organisation: ['Alibaba Cloud'], paths: ['services/**'] });
    expect(config.policy.rules[2]).toMatchObject({ action: 'warn', licence: ['cc-by-nc-4.0'], licenceKind: ['non-commercial', 'use-restricted'] });
    expect(config.policy.rules[4]).toMatchObject({ suspectedBase: true });
    expect(config.policy.exceptions[0]).toEqual({
      model: 'BAAI/bge-m3',
      rules: ['no-chinese-origin'],
      paths: ['search/**'],
      reason: 'approved by legal for internal search (SEC-142)',
      owner: 'platform-team',
      expires: '2027-03-31',
    });
    expect(config.policy.exceptions[2]!.expires).toBe('2026-12-31');
    expect(config.exclude).toEqual(['vendor/', '*.min.js']);
    expect(config.registry).toEqual([join(FIXTURES, 'valid', 'families.local.yaml')]);
    expect(config.hub).toEqual({ url: 'https://hub.example.internal', maxDepth: 8, concurrency: 4 });
  });

  it('rules without ids get stable ids from what they match', () => {
    expect(load('valid', 'derived-ids.yml').policy.rules.map((r) => r.id)).toEqual([
      'deny-country-cn',
      'warn-licence-kind-non-commercial',
      'deny-country-cn-2',
    ]);
  });

  it('US spellings of licence keys are read the same', () => {
    expect(load('valid', 'license-spelling.yml').policy.rules.map((r) => [r.licence, r.licenceKind])).toEqual([
      [['llama3.1'], undefined],
      [undefined, ['non-commercial']],
    ]);
  });

  it('an empty file is a policy with no rules, not the default policy', () => {
    expect(load('valid', 'empty.yml').policy).toMatchObject({ defaulted: false, rules: [], failOnIncomplete: false });
  });

  it('no file means the default policy; a missing --config file is an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-config-'));
    expect(loadConfig(dir).policy).toMatchObject({ defaulted: true, source: 'default' });
    expect(() => loadConfig(dir, join(dir, 'missing.yml'))).toThrow(/does not exist/);
    writeFileSync(join(dir, '.modelprov.yml'), 'policy:\n  rules: []\n');
    expect(loadConfig(dir).policy).toMatchObject({ defaulted: false, source: join(dir, '.modelprov.yml') });
  });
});
