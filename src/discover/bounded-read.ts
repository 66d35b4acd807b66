// Files modelprov reads because a path names them (config, registry, baseline, lockfile): a pull
// request controls those paths, so each is read only if it is a regular file under a size cap
// (never a FIFO that blocks, a device that never ends, or a file of gigabytes), and what an error
// may quote of its content is a short escaped excerpt.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export class BoundedReadError extends Error {
  // Shown like a config error: exit 2, one line.
  override readonly name = 'ConfigError';
}

/** Reads `path` as UTF-8 text if it is a regular file of at most `maxBytes`; `what` names it in errors ("config"). */
export function readRegularFile(path: string, what: string, maxBytes: number): string {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new BoundedReadError(`cannot read ${what} ${path}: ${e.code ?? e.message}`);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new BoundedReadError(`${what} ${path} is not a regular file; not read`);
    if (info.size > maxBytes) throw new BoundedReadError(`${what} ${path} is larger than ${maxBytes} bytes (${info.size}); not read`);
    const buffer = Buffer.allocUnsafe(info.size);
    let filled = 0;
    while (filled < info.size) {
      const n = readSync(fd, buffer, filled, info.size - filled, null);
      if (n === 0) break;
      filled += n;
    }
    return buffer.toString('utf8', 0, filled);
  } finally {
    closeSync(fd);
  }
}

/** At most `max` characters of untrusted text for a message, control characters escaped. */
export function excerpt(text: string, max = 40): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return cut.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Size caps: a policy file is a few kB, a registry file tens of kB; reports and lockfiles grow with the project. */
export const MAX_CONFIG_BYTES = 1 << 20;
export const MAX_REGISTRY_BYTES = 8 << 20;
export const MAX_REPORT_BYTES = 256 << 20;
