// A reference outlives its file: the scan keeps it to the end, while the file's text should be
// freed once extracted. A string cut from the text (a snippet, an id) used to keep the whole text
// alive, so on a large tree the main thread held every file it had extracted a reference from
// (whole real corpus: 30 MB). Here a large Python file is extracted in a child Node with gc
// exposed; once the text is dropped the heap must give its megabytes back, references kept.
// The line is cut from hiyouga/LLaMA-Factory scripts/convert_ckpt/tiny_qwen3.py:19.
// Needs `npm run build` (CI's `npm ci` runs it).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-cli.js';

const CHILD = `
import { extractText } from ${JSON.stringify(pathToFileURL(join(REPO_ROOT, 'dist', 'scan', 'extract-file.js')).href)};
const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
// A small file first: the registry and the extractors' compiled patterns, loaded on first use, are not the text.
await extractText({ kind: 'text', relPath: 'warm.py', absPath: '/nowhere/warm.py', size: 40 }, 'from transformers import AutoModel\\nAutoModel.from_pretrained("Qwen/Qwen3-4B")\\n');
const before = heap();
const filler = 'import os\\nvalue = os.environ.get("HOME")\\n'.repeat(50_000);
const line = '    tokenizer = AutoTokenizer.from_pretrained("Qwen/Qwen3-4B-Instruct-2507")\\n';
let text = filler + line + filler + line;
const textBytes = text.length;
const file = { kind: 'text', relPath: 'scripts/convert_ckpt/tiny_qwen3.py', absPath: '/nowhere/tiny_qwen3.py', size: textBytes };
const result = await extractText(file, text);
text = undefined;
// V8 remembers the last string a regular expression searched (RegExp.input): one file, not all of them.
/a/.test('a');
const kept = heap() - before;
const references = result.references.map(({ raw, reference }) => [raw.id, reference.line, reference.snippet]);
process.stdout.write(JSON.stringify({ textBytes, kept, references }));
`;

describe('references extracted from a large file', () => {
  const run = () =>
    JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', CHILD], { encoding: 'utf8' })) as {
      textBytes: number;
      kept: number;
      references: [string, number, string][];
    };

  it('keep none of the file text alive once it is dropped', { timeout: 120_000 }, () => {
    const { textBytes, kept, references } = run();
    expect(references).toEqual([
      ['Qwen/Qwen3-4B-Instruct-2507', 100_001, 'tokenizer = AutoTokenizer.from_pretrained("Qwen/Qwen3-4B-Instruct-2507")'],
      ['Qwen/Qwen3-4B-Instruct-2507', 200_002, 'tokenizer = AutoTokenizer.from_pretrained("Qwen/Qwen3-4B-Instruct-2507")'],
    ]);
    // The text is ~4 MB; what stays is the references (and what the extractors cache per run).
    expect(textBytes).toBeGreaterThan(4_000_000);
    expect(kept).toBeLessThan(textBytes / 4);
  });
});
