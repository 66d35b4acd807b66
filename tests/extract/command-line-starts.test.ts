// The command-line reader tries its START pattern only on lines where a match can be made (a program, launcher or
// own flag followed by a blank, `=` or `.`; `model` after a `--` in its word), not on every line holding one of its
// words (src/extract/command-line.ts: commandStarts, mayStartCommand). Both must find the same starts, in order, on any
// text: here every fixture and generated texts of the pieces START reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandStarts } from '../../src/extract/command-line.js';
import { fixtureFiles } from '../helpers/fixture-files.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const files = (dir: string) => fixtureFiles(dir);
const fixtures = [...files(FIXTURES)].map((path) => readFileSync(path, 'utf8'));

const PIECES = [
  ...['vllm', 'VLLM', 'hf', 'ollama', 'tabby', 'swift', 'tune', 'trl', 'lms', 'eland_import_hub_model', 'llama-server', 'python', 'python3', 'docker'],
  ...['-n', '-f', '--chat-model', '--model-name', '--tokenizer-name', '--model', '--served-model-name', '-m', '--', '---', 'model', 'Model', 'MODEL'],
  ...['download', 'serve', 'run', 'pull', '.exe', '.py', 'x', 'my_model', 'self.model', 'fine-tuned', 'dockerfile', 'org/name', 'Qwen/Qwen2.5-7B'],
  ...[' ', '  ', '\t', '=', '.', '_', '-', '/', '\\', '"', "'", '`', '(', ';', '&&', '|', ': ', '$ ', 'e.g. ', 'E.g., ', 'A_B=1 '],
  ...['\n', '\r\n', '\r', '#', '//', '\u00a0', 'é'],
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
/** Command-shaped lines: a lead, a word START reads, what follows it, an argument. */
const command = fc
  .tuple(
    fc.constantFrom('', ' ', '`', '"', '$ ', ': ', '= ', 'e.g. ', 'x '),
    fc.constantFrom('./', 'bin/', 'C:\\tools\\', ''),
    fc.constantFrom('vllm', 'tabby', 'hf', 'python', 'eland_import_hub_model', '-n', '-f', '--chat-model', 'app --x--model', 'app --model', 'my-model'),
    fc.constantFrom('', '.exe', '.', '=', 'x', '_model', '-model', '.py'),
    fc.constantFrom(' ', '\t', '  ', '', '='),
    fc.constantFrom('serve', 'org/name', '-x', 'y', ''),
  )
  .map((parts) => parts.join(''));
const commands = fc.array(fc.tuple(command, fc.constantFrom('\n', ' ', '; ', '\r\n', ' model ')), { maxLength: 8 }).map((parts) => parts.flat().join(''));

describe('command-line: START tried only where a command can start', () => {
  it('finds what searching every word line finds, on every fixture', () => {
    expect(fixtures.length).toBeGreaterThan(500);
    let found = 0;
    for (const t of fixtures) {
      const starts = commandStarts(t);
      expect(starts).toEqual(commandStarts(t, true));
      found += starts.length;
    }
    expect(found).toBeGreaterThan(100);
  });

  it('finds what it finds on generated texts', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(commandStarts(t)).toEqual(commandStarts(t, true));
      }),
      { numRuns: 8000 },
    );
    fc.assert(
      fc.property(commands, (t) => {
        expect(commandStarts(t)).toEqual(commandStarts(t, true));
      }),
      { numRuns: 4000 },
    );
  });

  it('reads a model flag after a long run of word characters, and skips a line too long to be a command', () => {
    const flag = `x ${'a'.repeat(3000)} --${'b'.repeat(900)}-model y`;
    expect(commandStarts(`${flag}\n`)).toEqual(commandStarts(`${flag}\n`, true));
    const long = `${'a'.repeat(5000)}model --model y\nvllm serve org/name\n`;
    expect(commandStarts(long)).toEqual(commandStarts(long, true));
    expect(commandStarts(long)).toHaveLength(1);
    for (const t of ['vllm.exe serve org/name', 'C:\\tools\\tabby.exe\tserve', '"--chat-model=x"', 'run: python3 app.py --weak-model y'])
      expect(commandStarts(t)).toEqual(commandStarts(t, true));
  });
});
