// A Python docstring documents: a model its usage example names (`StaticEmbedding.from_distillation("BAAI/bge-base-en-v1.5")`
// under `Example::`) gets context `comment`, as a comment's does, so the starter policy does not gate it; the code's own
// model beside it stays `code`. Held-out UKPLab/sentence-transformers (session 20) failed the starter policy on such an example.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { STARTER_POLICY } from '../../src/policy/index.js';
import { pythonDocstringLines } from '../../src/extract/shared/python-docstrings.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

describe('docstring examples', () => {
  it('reports a model named in a docstring as a comment, which the starter policy does not fail on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-docstring-'));
    cpSync(join(REPO_ROOT, 'fixtures/projects/docstring-examples'), dir, { recursive: true });
    writeFileSync(join(dir, '.modelprov.yml'), STARTER_POLICY.replace('fail_on_incomplete: true', 'fail_on_incomplete: false'));
    const run = await runCli(['audit', dir, '--offline', '--format', 'json']);
    const report = JSON.parse(run.stdout) as Report;
    const contexts = report.models.flatMap((m) => m.references.map((r) => `${r.line} ${m.id} ${r.context}`)).sort();
    expect(contexts).toEqual(['20 BAAI/bge-base-en-v1.5 comment', '27 sentence-transformers/all-MiniLM-L6-v2 code']);
    expect(report.models.find((m) => m.id === 'BAAI/bge-base-en-v1.5')?.policy.verdict).toBe('pass');
    expect(run.code).toBe(0);
  });

  it('finds docstrings where a statement may start, not strings that are values', () => {
    const text = [
      '"""Module."""', // 1
      'def f(x):', // 2
      '    """Doc: f("org/a")."""', // 3
      '    y = (', // 4
      '        """not a docstring"""', // 5
      '    )', // 6
      '    call(', // 7
      "        '''an argument''',", // 8
      '    )', // 9
      '    """A note between statements', // 10
      '    over two lines."""', // 11
      '    return """x""".format(y)', // 12
    ].join('\n');
    expect([...pythonDocstringLines(text)]).toEqual([1, 3, 10, 11]);
  });
  it('reads a triple-quoted value opened after code as a value, so the docstrings after it stay docstrings (simonw/llm cli.py:1379-1385)', () => {
    const text = [
      'def f():', // 1
      '    matches = list(db.query("""', // 2
      '        select id from threads', // 3
      '        """))', // 4
      '    return matches', // 5
      '', // 6
      'def g(alias):', // 7
      '    """', // 8
      '    Example usage:', // 9
      '        llm aliases set luna gpt-5.6-luna', // 10
      '    """', // 11
    ].join('\n');
    expect([...pythonDocstringLines(text)]).toEqual([8, 9, 10, 11]);
  });
});
