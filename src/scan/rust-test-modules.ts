// Rust keeps unit tests in the file they test, in a module compiled only for tests (`#[cfg(test)] mod tests { ... }`,
// https://doc.rust-lang.org/book/ch11-03-test-organization.html#unit-tests): a model named there is a test's, as one in
// `tests/` is (huggingface/text-generation-inference router/src/infer/chat_template.rs's cases named for the models
// whose templates they copy; huggingface/text-embeddings-inference core/src/tokenization.rs's tokenizer download).
import { scanRustTokens } from '../extract/shared/rust-tokens.js';

const OPEN = new Set(['{', '(', '[']);
const CLOSE = new Set(['}', ')', ']']);

/** The 1-based line ranges of a Rust file's `#[cfg(test)]` modules (empty when it has none). */
export function rustTestModuleLines(text: string): [number, number][] {
  if (!text.includes('cfg(test)')) return [];
  const tokens = scanRustTokens(text);
  const ranges: [number, number][] = [];
  const text_ = (k: number) => tokens.at(k)?.text;
  for (let i = 0; i + 6 < tokens.length; i++) {
    if (!(
      text_(i) === '#' &&
      text_(i + 1) === '[' &&
      text_(i + 2) === 'cfg' &&
      text_(i + 3) === '(' &&
      text_(i + 4) === 'test' &&
      text_(i + 5) === ')' &&
      text_(i + 6) === ']'
    ))
      continue;
    // Other attributes may stand between it and the module (`#[allow(dead_code)]`), and `pub` before `mod`.
    let k = i + 7;
    while (text_(k) === '#' && text_(k + 1) === '[') {
      let depth = 0;
      for (k = k + 1; k < tokens.length; k++) {
        if (text_(k) === '[') depth++;
        else if (text_(k) === ']' && --depth === 0) break;
      }
      k++;
    }
    if (text_(k) === 'pub') k++;
    if (text_(k) !== 'mod' || text_(k + 2) !== '{') continue;
    let depth = 0;
    let end = k + 2;
    for (; end < tokens.length; end++) {
      const t = tokens.at(end)!;
      if (t.kind !== 'punct') continue;
      if (OPEN.has(t.text)) depth++;
      else if (CLOSE.has(t.text) && --depth === 0) break;
    }
    ranges.push([tokens.at(i)!.line, tokens.at(Math.min(end, tokens.length - 1))!.line]);
    i = end;
  }
  return ranges;
}
