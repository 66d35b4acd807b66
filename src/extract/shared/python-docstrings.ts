// Python docstrings: a string literal standing as a statement of its own, first in a module, class or function (PEP 257,
// https://peps.python.org/pep-0257/) or anywhere else (attribute docstrings, notes between statements). The program
// never runs it: the usage examples a library writes there (`model = SentenceTransformer("all-mpnet-base-v2")` under
// `Example::`) document a model, as a comment does.

/** A triple-quoted string opening a line (after its indentation, with an optional r/u/b/f prefix). */
const OPENING = /^([ \t]*)(?:[rRuUbBfF]{1,2})?("""|''')/;
/** A line whose statement goes on below: an opening bracket, a comma, an operator or a backslash at its end. */
const CONTINUES = /(?:[([{,=\\+\-*/%|&<>]|\bin|\band|\bor|\bnot|\bif|\belse|\breturn|\byield|\blambda|\bassert|\bawait)[ \t]*$/;
/** A header that opens a block (`def f(x):`, `class A(B):`, `else:`), its colon last. */
const HEADER = /:[ \t]*$/;

/**
 * 1-based lines a docstring spans. A string is one when it opens its line and the line before (blank lines and comments
 * skipped) ends a statement or a block's header: after `x = (`, `f(`, `a,` or `return \` it is a value, not a statement.
 * Brackets still open from earlier lines are not tracked: a line inside a call that ends without a comma is rare.
 */
export function pythonDocstringLines(text: string): ReadonlySet<number> {
  // Asked of the same text up to three times (the python extractor's examples, then extract-file's re-context and
  // same-id passes): the last text's answer is kept, as lineStarts keeps its line starts.
  if (text !== last.text) last = { text, lines: docstringLines(text) };
  return last.lines;
}

let last: { text: string; lines: ReadonlySet<number> } = { text: '', lines: new Set() };

/** Drop the kept text once its file is done (a large file's text must not outlive its extraction). */
export function forgetDocstringLines(): void {
  last = { text: '', lines: new Set() };
}

function docstringLines(text: string): Set<number> {
  const lines = new Set<number>();
  if (!text.includes('"""') && !text.includes("'''")) return lines;
  const all = text.split('\n');
  let previous = '';
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!.replace(/\r$/, '');
    const open = OPENING.exec(line);
    if (!open) {
      // A triple-quoted value opened after code (`db.query("""` then SQL): its lines, closing quotes first on their line
      // included, are the value's, not a docstring opening (simonw/llm's cli.py read every docstring after one inverted).
      const quote = unclosedTripleQuote(line);
      if (quote) {
        let last = i + 1;
        while (last < all.length && !all[last]!.includes(quote)) last++;
        const after = (all[last] ?? '').slice((all[last] ?? '').indexOf(quote) + 3);
        previous = after.replace(/#.*$/, '').trim() || ')';
        i = last;
        continue;
      }
      const code = line.replace(/#.*$/, '').trim();
      if (code) previous = code;
      continue;
    }
    const quote = open[2]!;
    const start = open[0].length;
    const closeOnLine = line.indexOf(quote, start);
    let last = i;
    if (closeOnLine < 0) {
      // From the next line on: each line is read once, whatever the number of docstrings.
      for (last = Math.min(i + 1, all.length - 1); last < all.length - 1 && !all[last]!.includes(quote); last++);
    }
    const statement = !previous || HEADER.test(previous) || !CONTINUES.test(previous);
    // A string that goes on after its closing quotes (`"""x""".format(...)`, `"""a""" + b`) is an expression.
    const tail = (all[last] ?? '')
      .slice((last === i ? closeOnLine : all[last]!.indexOf(quote)) + 3)
      .replace(/#.*$/, '')
      .trim();
    if (statement && !tail) for (let n = i; n <= last; n++) lines.add(n + 1);
    previous = 'docstring';
    i = last;
  }
  return lines;
}

/** The triple quote a line opens and leaves open (an odd count of `"""` or `'''`), if any. */
function unclosedTripleQuote(line: string): '"""' | "'''" | undefined {
  for (const quote of ['"""', "'''"] as const) {
    let count = 0;
    for (let at = line.indexOf(quote); at >= 0; at = line.indexOf(quote, at + 3)) count++;
    if (count % 2 === 1) return quote;
  }
  return undefined;
}
