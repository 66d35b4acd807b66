// Strings kept long after the text they were cut from (scan results, memo keys): V8 keeps a
// slice's whole parent alive, so a 20-character id cut from a file kept the whole file.

/**
 * A copy of a string that shares no memory with the text it was cut from. Concatenating makes a
 * pair V8 flattens into new memory when sliced; slice() alone would point into the original.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}
