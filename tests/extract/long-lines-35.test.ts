// Session 35 (#18): generated inputs built to make a step go super-linear (one very long line of nested loader calls,
// many quotes, many references on one line). Two steps were: python's `modelsBuiltFromIds` searched its line's start
// and end and the next quote again from each `("` (a 1.3 MB line: 3.5 s), and the scan tested each reference's whole
// line for the ignore marker (a 1.3 MB JSON line of 37,000 references: 10 s). These tests hold what is reported, not the
// time: the moved-forward searches must answer as the per-call ones did, and the long line's references must all be
// reported, a marked line's none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SETTING_BEFORE, madeAfter, modelsBuiltFromIds, settingBefore } from '../../src/extract/python.js';
import { extractText } from '../../src/scan/extract-file.js';
import { fixtureFiles } from '../helpers/fixture-files.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** The search as it was before session 35 (each `("` searched its line and its closing quote afresh), to compare with. */
const MODEL_VARIABLE_SET_TO_CALL =
  /^[ \t]*(?:self\.)?(?:\w*(?:model|llm|embedder|encoder|reranker|corrector|classifier)\w*|m|pipe)[ \t]*=[ \t]*([A-Za-z_][\w.]*)$/i;
const DATASET_CALLS = new Set(['load_dataset', 'load_from_disk', 'Dataset']);
const NOT_A_LOADER =
  /^(?:Path|PurePath|open|join|get|getenv|format|str|print|Image|listdir|exists|glob|load_dataset|read_\w+|urlopen|request|post|to|cuda|cpu|half|float|bfloat16|eval|train|quantize|requires_grad_)$/;
function perCallSearch(text: string): string[] {
  const found: string[] = [];
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    const quote = text[i + 1];
    if (quote !== '"' && quote !== "'") continue;
    const close = text.indexOf(quote, i + 2);
    const lineEnd = text.indexOf('\n', i);
    if (close < 0 || (lineEnd >= 0 && close > lineEnd)) continue;
    const before = MODEL_VARIABLE_SET_TO_CALL.exec(text.slice(text.lastIndexOf('\n', i) + 1, i));
    if (!before || !/^\s*[,)]/.test(text.slice(close + 1, close + 40))) continue;
    const callee = before[1]!;
    const name = callee.slice(callee.lastIndexOf('.') + 1);
    if (DATASET_CALLS.has(name) || NOT_A_LOADER.test(name)) continue;
    found.push(`${callee}|${i + 2}|${text.slice(i + 2, close)}`);
  }
  return found;
}
const searched = (text: string) => modelsBuiltFromIds(text).map(({ callee, value, offset }) => `${callee}|${offset}|${value}`);

const PIECES = [
  ...['model = ', 'embedder = ', 'self.llm = ', 'm = ', 'x = ', 'Embedder', 'mod.Loader', 'f', '(', ')', '("', "('", '"', "'"],
  ...['BAAI/bge-m3', 'org/name', ', ', ',', ' ', '\n', '\t', 'a', '=', 'Path', 'open'],
];

describe("python's built-from-id search, its line and quotes moved forward once", () => {
  it('finds what the per-call search found, on every fixture', () => {
    let texts = 0;
    for (const path of fixtureFiles(FIXTURES)) {
      const text = readFileSync(path, 'utf8');
      expect(searched(text)).toEqual(perCallSearch(text));
      texts++;
    }
    expect(texts).toBeGreaterThan(500);
  });

  it('finds what the per-call search found, on generated texts of calls, quotes and line breaks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(searched(text)).toEqual(perCallSearch(text));
      }),
      { numRuns: 20_000 },
    );
    expect(searched('embedder = Embedder("BAAI/bge-m3")\n')).toEqual(['Embedder|21|BAAI/bge-m3']);
  });

  it('reads a 600 KB line of nested loader calls and the lines after it', async () => {
    const unit = 'AutoModel.from_pretrained(from_pretrained(from_pretrained("Qwen/Qwen2.5-7B", revision="main"), "x"), ';
    const count = Math.ceil(600_000 / unit.length);
    const text = [
      'from transformers import AutoModel',
      `model = Embedder("BAAI/bge-m3", other=[${unit.repeat(count)}${')'.repeat(count)}])`,
      'embedder = Embedder("BAAI/bge-large-zh-v1.5")',
      '',
    ].join('\n');
    const file = { relPath: 'pkg/nested.py', absPath: '/nowhere/pkg/nested.py', size: text.length, kind: 'text' as const };
    const result = await extractText(file, text);
    const found = new Set(result.references.map((r) => `${r.raw.id}@${r.reference.line}:${r.reference.column}`));
    expect(found).toContain('BAAI/bge-m3@2:19');
    expect(found).toContain('BAAI/bge-large-zh-v1.5@3:22');
    expect(found).toContain('Qwen/Qwen2.5-7B@2:' + (text.split('\n')[1]!.indexOf('"Qwen/Qwen2.5-7B"') + 2));
    expect(result.skipped).toBeUndefined();
  });
});

describe('references on one long line', () => {
  const entries = 20_000;
  const line = `[${Array.from({ length: entries }, (_, i) => `{"model": "Qwen/Qwen2.5-${i % 50}B"}`).join(', ')}]`;

  it('are all reported, and none on a line marked `modelprov: ignore`', async () => {
    const text = `${line}\n${line} // modelprov: ignore\n{"model": "BAAI/bge-m3"}\n`;
    const file = { relPath: 'data/models.json', absPath: '/nowhere/data/models.json', size: text.length, kind: 'text' as const };
    const result = await extractText(file, text);
    const lines = result.references.map((r) => r.reference.line);
    expect(lines.filter((l) => l === 1).length).toBe(result.references.length - 1);
    expect(lines.filter((l) => l === 1).length).toBeGreaterThanOrEqual(entries);
    expect(lines).not.toContain(2);
    expect(result.references.at(-1)).toMatchObject({ raw: { id: 'BAAI/bge-m3' }, reference: { line: 3, column: 12 } });
  });

  it('with the marker on the last line only, or on none, keep every other line', async () => {
    const text = `{"model": "BAAI/bge-m3"}\n${line}\n{"model": "BAAI/bge-m3"} # modelprov: ignore`;
    const file = { relPath: 'data/models.json', absPath: '/nowhere/data/models.json', size: text.length, kind: 'text' as const };
    const marked = await extractText(file, text);
    const lines = new Set(marked.references.map((r) => r.reference.line));
    expect([...lines].sort()).toEqual([1, 2]);
    const unmarked = await extractText(file, text.replace(' # modelprov: ignore', ''));
    expect(new Set(unmarked.references.map((r) => r.reference.line))).toEqual(new Set([1, 2, 3]));
  });
});

describe("python's setting before a rooted f-string, read back from its `=`", () => {
  /** As it was: the pattern on the line's whole text before the value. */
  const lineSearch = (text: string, at: number) => SETTING_BEFORE.exec(text.slice(text.lastIndexOf('\n', at) + 1, at))?.[1];
  /** madeAfter as it was: the variable assigned on the line before `at`, then created in the next 400 characters. */
  const madeByLine = (text: string, at: number) => {
    const variable = /^[ \t]*((?:self\.)?[A-Za-z_]\w*)[ \t]*=[ \t]*$/.exec(text.slice(text.lastIndexOf('\n', at) + 1, at))?.[1];
    if (!variable) return false;
    const next = text.slice(at, at + 400);
    return next.includes(`${variable}.mkdir(`) || next.includes(`makedirs(${variable}`);
  };
  const everyPlace = (text: string) => {
    for (let at = 0; at <= text.length; at++) {
      expect(settingBefore(text, at), `${JSON.stringify(text)} at ${at}`).toBe(lineSearch(text, at));
      expect(madeAfter(text, at), `${JSON.stringify(text)} at ${at}`).toBe(madeByLine(text, at));
    }
  };

  it('names what the line search named, before every position of every fixture line holding an `=`', () => {
    let lines = 0;
    for (const path of fixtureFiles(FIXTURES)) {
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (!line.includes('=') || line.length > 400) continue;
        everyPlace(`x\n${line}\n`);
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(3000);
  });

  it('on generated lines of names, annotations, blanks and `=`', () => {
    const pieces = ['model_path', 'x', ' ', '\t', ':', ' str', '=', ' = ', '==', 'f"{root}/a"', '(', ',', '\n', '\u00a0', 'é', '_', '9'];
    pieces.push('self.', 'out_dir', '\nout_dir.mkdir(', 'os.makedirs(out_dir', '.', '\r');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => everyPlace(parts.join(''))),
      { numRuns: 5_000 },
    );
  });
});
