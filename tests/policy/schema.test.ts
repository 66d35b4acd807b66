// The published JSON Schema of .modelprov.yml and the loader agree: the same keys at every level,
// the same closed vocabularies, and the same verdict on every fixture (except the few checks a
// schema cannot express, which each fixture declares on its second line).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXCEPTION_KEYS, HUB_KEYS, POLICY_KEYS, RULE_KEYS, TOP_KEYS } from '../../src/policy/config.js';
import { LICENCE_KINDS, LINEAGE_STATUSES, REFERENCE_CONTEXTS, RULE_ACTIONS } from '../../src/policy/vocabulary.js';
import { STARTER_POLICY } from '../../src/policy/index.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/policy/config.schema.json'), 'utf8'));
const keys = (o: { properties: Record<string, unknown> }) => Object.keys(o.properties).sort();
const FIXTURES = join(import.meta.dirname, '../../fixtures/config');
// Formats (uri) are annotations here: ajv-formats is not needed to compare structure.
const validate = new Ajv({ allErrors: true, validateFormats: false }).compile(schema);

describe('config schema', () => {
  it('lists exactly the keys the loader accepts, at every level', () => {
    expect(keys(schema)).toEqual([...TOP_KEYS].sort());
    expect(keys(schema.properties.policy)).toEqual([...POLICY_KEYS].sort());
    expect(keys(schema.definitions.rule)).toEqual([...RULE_KEYS].sort());
    expect(keys(schema.definitions.exception)).toEqual([...EXCEPTION_KEYS].sort());
    expect(keys(schema.properties.hub)).toEqual([...HUB_KEYS].sort());
  });

  it('has the vocabularies the loader checks', () => {
    expect(schema.definitions.rule.properties.action.enum).toEqual([...RULE_ACTIONS]);
    expect(schema.definitions.context.enum).toEqual([...REFERENCE_CONTEXTS]);
    expect(schema.definitions.lineageStatus.enum).toEqual([...LINEAGE_STATUSES]);
    expect(schema.definitions.licenceKind.enum).toEqual([...LICENCE_KINDS]);
  });

  it.each(readdirSync(join(FIXTURES, 'valid')))('accepts valid/%s', (name) => {
    const doc = parse(readFileSync(join(FIXTURES, 'valid', name), 'utf8')) ?? {};
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts the starter policy `modelprov init` writes', () => {
    expect(validate(parse(STARTER_POLICY)), JSON.stringify(validate.errors)).toBe(true);
  });

  const invalid = readdirSync(join(FIXTURES, 'invalid')).map((name) => [name, readFileSync(join(FIXTURES, 'invalid', name), 'utf8')] as const);
  it.each(invalid.filter(([, text]) => !/^# schema: skip/m.test(text)))('judges invalid/%s as the loader does', (_name, text) => {
    const passes = /^# schema: passes/m.test(text);
    expect(validate(parse(text, { maxAliasCount: 100 }))).toBe(passes);
  });
});
