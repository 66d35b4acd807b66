// Reading a walked file: its bytes under the size cap, the encoding they are in (BOM-aware UTF-8,
// UTF-16 LE/BE; NUL bytes mark a binary file), and the decoded text; header bytes of model files.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { describeFsError, type WalkedFile } from '../discover/walk.js';
import type { SkippedFile } from '../model/diagnostic.js';
export type ReadOutcome = { text: string } | { skip: SkippedFile };
export type ReadBytesOutcome = { bytes: Buffer } | { skip: SkippedFile };
/** How a text file's bytes are to be decoded (a NUL byte near the start: not text at all). */
export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'binary';

/** Reads and decodes a text file: BOM-aware (UTF-8, UTF-16 LE/BE); NUL bytes mark a binary file. */
export async function readTextFile(file: WalkedFile): Promise<ReadOutcome> {
  const read = readFileBytes(file);
  return 'skip' in read ? read : decodeText(file, read.bytes);
}

/**
 * A text file's bytes, size cap applied. They come back in a buffer this thread reuses (small
 * files: the walk's own scratch, or `into`; larger ones: a kept buffer up to 16 MB): use (decode)
 * them before the next read on this thread.
 */
export function readFileBytes(file: WalkedFile, into?: Buffer): ReadBytesOutcome;
/** With `leaveOver`: a file larger than that is not read (its size comes back). */
export function readFileBytes(file: WalkedFile, into: Buffer | undefined, leaveOver: number): ReadBytesOutcome | { leftOver: number };
export function readFileBytes(file: WalkedFile, into: Buffer = scratch, leaveOver?: number): ReadBytesOutcome | { leftOver: number } {
  let bytes: Buffer;
  try {
    if (file.maxBytes === undefined) bytes = readFileSync(file.absBytes ?? file.absPath);
    else {
      const fd = openSync(file.absBytes ?? file.absPath, 'r');
      try {
        // Most source files fit the scratch buffer: one read, no fstat.
        let size = readSync(fd, into, 0, into.length, 0);
        if (size < into.length) bytes = into.subarray(0, size);
        else {
          size = fstatSync(fd).size;
          if (size > file.maxBytes) return { skip: { path: file.relPath, reason: 'file-too-large', detail: `${size} bytes > limit ${file.maxBytes}` } };
          // The caller reads a file this large elsewhere (another thread): not read here.
          if (leaveOver !== undefined && size > leaveOver) return { leftOver: size };
          // The first scratchful is kept, not read again (a file this large was read twice over its first 256 KB).
          bytes = readExactly(fd, size, largeBuffer(size), into);
        }
        file.size = size; // the walk left it unknown
        if (size > file.maxBytes) return { skip: { path: file.relPath, reason: 'file-too-large', detail: `${size} bytes > limit ${file.maxBytes}` } };
      } finally {
        closeSync(fd);
      }
    }
  } catch (error) {
    return { skip: { path: file.relPath, reason: 'unreadable', detail: describeFsError(error) } };
  }
  return { bytes };
}

/** Byte-order mark first, then NUL bytes in the first 8 KiB (binary), else UTF-8. */
export function textEncoding(bytes: Buffer): TextEncoding {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  if (bytes.subarray(0, 8192).includes(0)) return 'binary';
  return 'utf8';
}

/** Where UTF-8 text starts (after a byte-order mark). */
export const utf8Start = (bytes: Buffer) => (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);

export function decodeText(file: WalkedFile, bytes: Buffer, encoding = textEncoding(bytes)): ReadOutcome {
  switch (encoding) {
    case 'utf16le':
      return { text: bytes.subarray(2).toString('utf16le') };
    case 'utf16be': {
      const swapped = Buffer.from(bytes.subarray(2));
      swapped.swap16();
      return { text: swapped.toString('utf16le') };
    }
    case 'binary':
      return { skip: { path: file.relPath, reason: 'binary-file', detail: 'contains NUL bytes' } };
    default:
      return { text: bytes.toString('utf8', utf8Start(bytes)) };
  }
}

/** Shared read buffer for small text files (one per thread; reads are synchronous). */
const scratch = Buffer.allocUnsafe(256 * 1024);

/**
 * A second read buffer for text files over the scratch's size (up to the size cap, 4 MB by
 * default), grown as needed and kept: a buffer allocated per large file was malloc'd outside the
 * V8 heap and freed only when a collection found it, so the process's memory rose and fell with
 * the large files in flight (the extraction worker reads all of them). Decoded before the next read.
 */
let large = Buffer.allocUnsafe(0);
const LARGE_KEPT_BYTES = 16 << 20;

function largeBuffer(size: number): Buffer | undefined {
  if (size > LARGE_KEPT_BYTES) return undefined;
  if (large.length < size) large = Buffer.allocUnsafe(Math.max(size, Math.min(LARGE_KEPT_BYTES, large.length * 2)));
  return large;
}

/**
 * Reads a file whose size is known from fstat (readFileSync(fd) would fstat it again), into `into` when given;
 * `head` holds its first bytes, read already.
 */
function readExactly(fd: number, size: number, into: Buffer | undefined, head: Buffer): Buffer {
  const buffer = into ? into.subarray(0, size) : Buffer.allocUnsafe(size);
  let filled = head.copy(buffer, 0, 0, Math.min(head.length, size));
  while (filled < size) {
    const n = readSync(fd, buffer, filled, size - filled, filled);
    if (n === 0) break; // shrank since fstat
    filled += n;
  }
  return filled === size ? buffer : buffer.subarray(0, filled);
}

/** A bounded byte reader for header-only extractors (GGUF, safetensors). */
export function boundedReader(absPath: string | Buffer, limit: number) {
  return async (start: number, length: number): Promise<Uint8Array> => {
    const end = Math.min(start + length, limit);
    if (end <= start) return new Uint8Array(0);
    const handle = await open(absPath, 'r');
    try {
      const buffer = Buffer.alloc(end - start);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  };
}
