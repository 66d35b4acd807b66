// Whether a place in a source line is inside a comment, by the comment syntax of the file's language.
// Extractors that read any text (Hub URLs) use it so a URL in `# e.g. https://huggingface.co/...`
// gets context `comment`, which policies do not gate, instead of `code`.

import { isLineBreakCode } from './char-codes.js';

/** Languages whose line comments start with `#`. */
const HASH =
  /\.(py|pyi|ipynb|sh|bash|zsh|fish|rb|ex|exs|jl|pl|pm|r|ya?ml|toml|cfg|conf|ini|env|ps1|cmake|mk|nix|tf|hcl)$|(^|\/)(Dockerfile[^/]*|Containerfile|Makefile|Procfile|CMakeLists\.txt|\.env[^/]*)$/i;
/** Languages whose line comments start with `//` (and block comments with `/*`). */
const SLASH =
  /\.(c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|inl|cu|cuh|m|mm|metal|js|mjs|cjs|jsx|ts|tsx|mts|cts|java|kt|kts|scala|groovy|gradle|go|rs|cs|swift|dart|php|zig|proto|vue|svelte|qml|glsl|hlsl|wgsl|comp)$/i;

/** The comment syntax of a file, from its path; undefined when the language has none we know. */
export function commentStyle(relPath: string): 'hash' | 'slash' | undefined {
  if (HASH.test(relPath)) return 'hash';
  if (SLASH.test(relPath)) return 'slash';
  return undefined;
}

/**
 * True when `linePrefix` (a line's text up to some column) has opened a comment that is still open:
 * a `#` or `//` outside quotes, an unclosed `/*`, or a line continuing a block comment (` * ...`).
 * Colab form annotations (`#@param`, `#@title`) are not comments.
 */
export function inComment(linePrefix: string, style: 'hash' | 'slash' | undefined): boolean {
  if (!style) return false;
  if (style === 'slash' && /^\s*\*(?!\/)/.test(linePrefix)) return true;
  let quote = '';
  let block = false;
  for (let i = 0; i < linePrefix.length; i++) {
    const c = linePrefix[i]!;
    if (block) {
      if (c === '*' && linePrefix[i + 1] === '/') ((block = false), i++);
    } else if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || (c === '`' && style === 'slash')) quote = c;
    // `#@param [...]`: a Colab form field's options, offered to the user, not commented out.
    else if (style === 'hash' && c === '#') return !/^#@(param|title|markdown)\b/.test(linePrefix.slice(i));
    else if (style === 'slash' && c === '/' && linePrefix[i + 1] === '/') return true;
    else if (style === 'slash' && c === '/' && linePrefix[i + 1] === '*') ((block = true), i++);
  }
  return block;
}

/**
 * The offsets of the line starts whose line opens with `#` after blanks (`[ \t]*#`), in order: where a pattern that
 * starts `^[ \t]*#` with the `m` flag can match. Such a pattern run over a whole text is tried at every one of its
 * positions (V8 does not skip to line starts); run sticky at these offsets only it finds the same matches. Line starts
 * are those of `^` under `m`: after `\n`, `\r`, U+2028 or U+2029.
 */
export function hashLineStarts(text: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf('#'); at >= 0; at = text.indexOf('#', at + 1)) {
    let start = at;
    for (let c = text.charCodeAt(start - 1); c === 32 || c === 9; c = text.charCodeAt(--start - 1));
    const before = start === 0 ? 10 : text.charCodeAt(start - 1);
    if (isLineBreakCode(before) && starts.at(-1) !== start) starts.push(start);
  }
  return starts;
}

/**
 * What `for (m = pattern.exec(text); m; m = pattern.exec(text))` gives for a global, multiline `pattern` that starts
 * `^[ \t]*#` and whose matches stay on one line, found from hashLineStarts only (`sticky`: the same pattern with the `y`
 * flag instead of `g`). `onMatch` may return an offset past the match's end to go on from (a command continued on the
 * lines below).
 */
export function eachHashLineMatch(text: string, sticky: RegExp, onMatch: (m: RegExpExecArray) => number | void, starts = hashLineStarts(text)): void {
  let next = 0;
  for (const start of starts) {
    if (start < next) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (!m) continue;
    next = Math.max(m.index + m[0].length, onMatch(m) ?? 0);
  }
}
