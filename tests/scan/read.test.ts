import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileBytes } from '../../src/scan/read.js';

// A file larger than the read's scratch (256 KB) is read in two steps: the first scratchful, then the rest after
// fstat. The first part is kept, not read again: the bytes must be the file's, whatever the size around that edge.
describe('readFileBytes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'modelprov-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bytesOf = (size: number) => {
    const bytes = Buffer.alloc(size);
    for (let i = 0; i < size; i++) bytes[i] = 32 + ((i * 7 + (i >> 10)) % 95);
    return bytes;
  };

  for (const size of [0, 1, 256 * 1024 - 1, 256 * 1024, 256 * 1024 + 1, 700 * 1024 + 3, 3 * 1024 * 1024]) {
    it(`reads a ${size}-byte file whole and exactly`, () => {
      const path = join(dir, `f${size}.txt`);
      const content = bytesOf(size);
      writeFileSync(path, content);
      const read = readFileBytes({ kind: 'text', size: 0, relPath: `f${size}.txt`, absPath: path, maxBytes: 4 * 1024 * 1024 });
      expect('bytes' in read).toBe(true);
      if ('bytes' in read) expect(Buffer.compare(read.bytes, content)).toBe(0);
    });
  }

  it('still turns away a file over the size cap, and leaves one over leaveOver unread', () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, bytesOf(600 * 1024));
    const file = { kind: 'text' as const, size: 0, relPath: 'big.txt', absPath: path, maxBytes: 500 * 1024 };
    expect(readFileBytes(file)).toMatchObject({ skip: { reason: 'file-too-large' } });
    expect(readFileBytes({ ...file, maxBytes: 4 << 20 }, undefined, 300 * 1024)).toEqual({ leftOver: 600 * 1024 });
  });
});
