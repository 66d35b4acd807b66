import { UsageError } from './exit-code.js';
import type { Io } from './io.js';

export function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive whole number, not "${value}"`);
  return n;
}

/** Colour only on a TTY, never with --no-color or NO_COLOR (any value). */
export function useColor(flags: { color?: boolean }, io: Io): boolean {
  return flags.color !== false && io.isTTY && io.env.NO_COLOR === undefined;
}
