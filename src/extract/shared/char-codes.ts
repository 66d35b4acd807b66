// Character classes tested by char code on hot paths (a regex per character costs more), one home for each.

/** `\w` (ASCII letters, digits, `_`) by char code. */
export const isWordCode = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

/** A line break as a multiline `^` / `$` sees one: `\n`, `\r`, U+2028, U+2029. */
export const isLineBreakCode = (code: number): boolean => code === 10 || code === 13 || code === 0x2028 || code === 0x2029;

/** `[\w-]` by char code. */
export const isWordOrDash = (code: number): boolean => isWordCode(code) || code === 45;

/** Whether the character at `i` is `\s` (what trimStart removes; false past the end): ASCII by code, the rest by the regex. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 9 || (c < 128 ? c >= 10 && c <= 13 : /\s/.test(text.charAt(i)));
}
