// The published JSON Schema of .modelprov.yml and the loader accept the same keys.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXCEPTION_KEYS, HUB_KEYS, POLICY_KEYS, RULE_KEYS, TOP_KEYS } from '../../src/policy/config.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/policy/config.schema.json'), 'utf8'));
const keys = (o: { properties: Record<string, unknown> }) => Object.keys(o.properties).sort();

describe('config schema', () => {
  it('lists exactly the keys the loader accepts, at every level', () => {
    expect(keys(schema)).toEqual([...TOP_KEYS].sort());
    expect(keys(schema.properties.policy)).toEqual([...POLICY_KEYS].sort());
    expect(keys(schema.definitions.rule)).toEqual([...RULE_KEYS].sort());
    expect(keys(schema.definitions.exception)).toEqual([...EXCEPTION_KEYS].sort());
    expect(keys(schema.properties.hub)).toEqual([...HUB_KEYS].sort());
  });
});
