import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/extract/extractor.js';
import shell from '../../src/extract/shell.js';
import commandLine from '../../src/extract/command-line.js';
import dockerfile from '../../src/extract/dockerfile.js';
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

  it('gives every fixture of the command readers the same references read first, again, and in the other order', async () => {
    const readers = [
      ['shell', shell],
      ['command-line', commandLine],
      ['dockerfile', dockerfile],
    ] as const;
    const files = readers.flatMap(([name, reader]) => fixtureCases(name).map((c) => ({ reader, file: loadFixture(c.relPath) })));
    expect(files.length).toBeGreaterThan(60);
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
