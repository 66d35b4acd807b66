// Strict JSON files skip the YAML parser (src/extract/shared/structured.ts, readJson) and must come
// out as the YAML parser reads them: the same string values at the same offsets under the same key
// paths, and the same sibling lookups, for every JSON fixture and for generated JSON.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, LineCounter, parseAllDocuments, type Node as YamlNode } from 'yaml';
import { mapGet, parseYaml, readJson, walkScalars } from '../../src/extract/shared/structured.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const SIBLINGS = ['provider', 'base_url', 'api_base', 'revision', 'model', 'name'];

/** What config-file sees of a document: each string with its path and offset, and its parent's sibling values. */
function observed(root: YamlNode | undefined) {
  const seen: unknown[] = [];
  walkScalars(root, ({ path, value, offset }, parent) => {
    const siblings = SIBLINGS.map((key) => {
      const node = mapGet(parent, key);
      return isScalar(node) ? node.value : node === undefined ? undefined : 'node';
    });
    seen.push({ path, value, offset, siblings, parentIsMap: isMap(parent) });
  });
  return seen;
}

const viaYaml = (text: string) => {
  const [doc] = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false });
  return doc && !('errors' in doc && doc.errors.length > 0) ? (doc.contents as YamlNode) : undefined;
};

function jsonFixtures(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) out.push(path);
    }
  };
  walk(FIXTURES);
  return out;
}

describe('strict JSON read without the YAML parser', () => {
  it('reads every JSON fixture as the YAML parser does (or leaves it to the YAML parser)', () => {
    let read = 0;
    for (const path of jsonFixtures()) {
      const text = readFileSync(path, 'utf8');
      const json = readJson(text);
      if (!json) continue;
      read++;
      expect(observed(json), path).toEqual(observed(viaYaml(text)));
    }
    expect(read).toBeGreaterThan(50);
  });

  it('reads generated JSON as the YAML parser does: keys, escapes, non-ASCII, numbers, nesting, duplicate keys', () => {
    const key = fc.constantFrom('model', 'model_name', 'provider', 'base_url', 'revision', 'name', 'x', 'a b', 'é', 'k\\"q');
    const value = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(
          'Qwen/Qwen2.5-7B-Instruct',
          'ollama',
          'https://api.deepseek.com',
          'main',
          'a\nb',
          'tab\there',
          'quote"d',
          'back\\slash',
          '中文',
          '\u{1F600}',
          '/path/x',
          '',
        ),
        fc.string(),
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('v'), { maxLength: 4 }),
        fc.dictionary(key, tie('v'), { maxKeys: 5 }),
      ),
    }));
    let compared = 0;
    fc.assert(
      fc.property(value.v, fc.constantFrom(0, 1, 2, '\t'), fc.boolean(), (doc, indent, duplicate) => {
        let text = JSON.stringify(doc, null, indent as number | string);
        // A duplicated key, as hand-edited files have: both are kept, the first is found.
        if (duplicate && text.startsWith('{')) {
          const inner = text.slice(1, -1).trim();
          text = `{"model": "first/one", ${inner ? `${inner}, ` : ''}"model": "second/one"}`;
        }
        const yaml = viaYaml(text);
        if (!yaml) return; // YAML rejects some strict JSON (tabs before a key, say): then the JSON reader is the better reading.
        expect(observed(readJson(text)), text).toEqual(observed(yaml));
        compared++;
      }),
      { numRuns: 1500 },
    );
    expect(compared).toBeGreaterThan(1000);
  });

  it('leaves non-strict JSON to the YAML parser: comments, trailing commas, single quotes, templates, truncation', () => {
    for (const text of [
      '{"a": 1,}',
      '// c\n{"a": 1}',
      "{'a': 'b'}",
      '{"a": {{ .Values.x }}}',
      '{"a": "b"',
      '{"a": "b"} x',
      '',
      '[1, 2',
      '{"a":\u0001"b"}',
      '{"a": 01}',
    ]) {
      expect(readJson(text), text).toBeUndefined();
    }
    expect(parseYaml('{"model": "Qwen/Qwen2.5-7B", }', 'x.json').documents).toHaveLength(1);
  });
});

describe('YAML parse errors', () => {
  // The line starts are counted only for a text with an error (by its parser run again): the line named must be the
  // one the yaml package's own counter gives on the first parse, after whatever spans lines before the error.
  const cases = {
    'after a literal block and a folded block': 'a: |\n  one\n\n  two\nb: >\n  three\n  four\nc: d: e\n',
    'after multi-line quoted and plain scalars': 'a: "one\n  two"\nb: plain\n  continued\nc: \'x\n  y\'\nd: [1,\n  2]\nmodel: a: b\n',
    'after comments and blank lines, CRLF': '# head\r\n\r\na: 1\r\n# note\r\nb:\r\n  - x\r\n  - y\r\nc: d: e\r\n',
    'in a later document': 'a: 1\n---\nb: |\n  x\n\n---\nmodel: [a, b\nc: 2\n',
  };
  it.each(Object.entries(cases))('names the line the parser counts: %s', (_, text) => {
    const lineCounter = new LineCounter();
    const expected = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false })
      .filter((doc) => doc.errors.length > 0)
      .map((doc) => lineCounter.linePos(doc.errors[0]!.pos[0]).line);
    expect(expected.length).toBeGreaterThan(0);
    expect(parseYaml(text, 'config/broken.yaml').diagnostics.map((d) => d.line)).toEqual(expected);
  });
});
