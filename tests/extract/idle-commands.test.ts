import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/extract/extractor.js';
import shell from '../../src/extract/shell.js';
import commandLine from '../../src/extract/command-line.js';
import dockerfile from '../../src/extract/dockerfile.js';
import configFile from '../../src/extract/config-file.js';
import composeK8s from '../../src/extract/compose-k8s.js';
import python from '../../src/extract/python.js';
import { fixtureCases, loadFixture } from '../helpers/extract-fixtures.js';

// cli-args keeps the commands that named nothing (by their words) across files: reading a command a second time, in
// the same file or another, must give what reading it first gives.
describe('commands remembered as naming nothing', () => {
  const read = (text: string, relPath = 'serve.sh') =>
    (shell.extract({ relPath, size: text.length, text }) as ExtractResult).references.map((r) => `${r.id} ${r.line} ${r.context ?? ''}`);

  it('reads a variable anew in each command that uses it, whatever an earlier command of the same words named', () => {
    const text = 'M=my-app\nserve --model $M\nM=Qwen/Qwen2.5-7B-Instruct\nserve --model $M\nM=other\nserve --model ${M}\n';
    expect(read(text)).toEqual(read(text));
    expect(read(text).some((r) => r.startsWith('Qwen/Qwen2.5-7B-Instruct 3'))).toBe(true);
  });

  // A command holding a variable is remembered too where the reader gives it no value (its words are all the rule chain
  // reads) or a value that is the same wherever it is asked (a workflow's env map: keyed on the values as well).
  const workflow = (value: string) =>
    `name: test\non: push\nenv:\n  LLM_FOR_TESTS: "${value}"\njobs:\n  run:\n    runs-on: ubuntu-latest\n    steps:\n      - run: vllm serve $LLM_FOR_TESTS\n`;
  const readWorkflow = (text: string) =>
    (configFile.extract({ relPath: '.github/workflows/ollama.yml', size: text.length, text }) as ExtractResult).references.map((r) => `${r.id} ${r.line}`);

  it("reads a workflow's variable by its value, whatever the same step named under another value", () => {
    // `my-app` names nothing; the same step's words with the variable holding a Hub id name that model.
    expect(readWorkflow(workflow('my-app'))).toEqual([]);
    expect(readWorkflow(workflow('Qwen/Qwen2.5-7B-Instruct'))).toEqual(['Qwen/Qwen2.5-7B-Instruct 4']);
    expect(readWorkflow(workflow('my-app'))).toEqual([]);
    expect(readWorkflow(workflow('Qwen/Qwen2.5-7B-Instruct'))).toEqual(['Qwen/Qwen2.5-7B-Instruct 4']);
  });

  it("reads a script's command anew where its variables' values differ, in the same file or another", () => {
    // The same words at the same spacing: the second reading asks the same questions of another assignment.
    const idle = 'M=my-app\nvllm serve $M --port 8000\n';
    const named = 'M=Qwen/Qwen2.5-7B-Instruct\nvllm serve $M --port 8000\n';
    expect(read(idle)).toEqual([]);
    expect(read(named)).toEqual(['Qwen/Qwen2.5-7B-Instruct 1 ']);
    expect(read(idle + named).filter((r) => r.startsWith('Qwen/'))).toEqual(['Qwen/Qwen2.5-7B-Instruct 3 ']);
    // A value set on the command's own line (a prefix) is its own: not answered as the idle reading was.
    expect(read('M=my-app vllm serve $M\n')).toEqual([]);
    expect(read('M=Qwen/Qwen2.5-7B-Instruct vllm serve $M\n').some((r) => r.startsWith('Qwen/Qwen2.5-7B-Instruct 1'))).toBe(true);
    // A value holding another variable: `$N` asked where `M` was set.
    const chained = (n: string) => `N=${n}\nM=$N\nvllm serve $M --port 8000\n`;
    expect(read(chained('my-app'))).toEqual([]);
    expect(read(chained('Qwen/Qwen2.5-7B-Instruct')).some((r) => r.startsWith('Qwen/Qwen2.5-7B-Instruct'))).toBe(true);
  });

  it('reads a variable given no value apart from the same words given one', () => {
    // python's commands are read without values; the shell's with them: `$M` named nothing there, a model here.
    const py = 'import subprocess\nsubprocess.run("vllm serve --model $M", shell=True)\n';
    (python.extract({ relPath: 'serve.py', size: py.length, text: py }) as ExtractResult).references;
    expect(read('M=Qwen/Qwen2.5-7B-Instruct\nvllm serve --model $M\n').some((r) => r.startsWith('Qwen/Qwen2.5-7B-Instruct'))).toBe(true);
  });

  it('gives every fixture of the command readers the same references read first, again, and in the other order', async () => {
    const readers = [
      ['shell', shell],
      ['command-line', commandLine],
      ['dockerfile', dockerfile],
      ['config-file', configFile],
      ['compose-k8s', composeK8s],
      ['python', python],
    ] as const;
    const files = readers.flatMap(([name, reader]) => fixtureCases(name).map((c) => ({ reader, file: loadFixture(c.relPath) })));
    expect(files.length).toBeGreaterThan(300);
    const pass = async (order: typeof files) => {
      const out = new Map<string, string[]>();
      for (const { reader, file } of order) {
        if (!reader.matches(file.relPath)) continue;
        const result = await reader.extract(file);
        out.set(
          `${reader.name} ${file.relPath}`,
          result.references.map((r) => `${r.id} ${r.line} ${r.offset ?? ''} ${r.context ?? ''}`),
        );
      }
      return out;
    };
    const first = await pass(files);
    expect(first.size).toBeGreaterThan(60);
    expect([...first.values()].flat().length).toBeGreaterThan(100);
    expect(await pass(files)).toEqual(first);
    expect(await pass([...files].reverse())).toEqual(first);
  });
});
