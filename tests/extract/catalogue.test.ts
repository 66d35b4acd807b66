// Every extractor has a unique name equal to its file, a fixture folder and a test file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractors } from '../../src/extract/index.js';
import { EXTRACT_FIXTURES, fixtureCases } from '../helpers/extract-fixtures.js';

describe('extractor catalogue', () => {
  it('has unique names', () => {
    const names = extractors.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(extractors.map((e) => e.name))('%s has its source file, fixtures with expectations and a test file', (name) => {
    expect(existsSync(join(import.meta.dirname, `../../src/extract/${name}.ts`))).toBe(true);
    expect(existsSync(join(EXTRACT_FIXTURES, name))).toBe(true);
    expect(fixtureCases(name).length).toBeGreaterThanOrEqual(2);
    expect(fixtureCases(name).some((c) => c.expected.length === 0)).toBe(true); // a near miss or empty file
    expect(existsSync(join(import.meta.dirname, `${name}.test.ts`))).toBe(true);
  });
});
