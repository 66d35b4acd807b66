// One function per sink for text that came from outside (model ids, card fields, file snippets,
// Hub error messages). Each says which attack it stops; reporters never print such text raw.

// ESC [ ... final byte (colours, cursor moves, screen clears), e.g. "\u001b[31mred\u001b[0m".
const CSI = /\u001b\[[0-?]*[ -/]*[@-~]/g;
// ESC ] ... BEL or ESC \ (hyperlinks, window titles, clipboard writes), e.g. "\u001b]8;;https://x\u0007".
const OSC = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
// Other C0/C1 controls except tab and newline; C1 includes the 8-bit CSI \u009b.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidirectional overrides and isolates ("Trojan Source"): make text display in another order than it reads.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * Terminal, multi-line: strips escape sequences that could recolour or rewrite the screen, set the
 * window title, plant a hyperlink or write the clipboard, and bidi controls that reorder text.
 */
export function forTerminal(text: string): string {
  return text.replace(CSI, '').replace(OSC, '').replace(CONTROLS, '').replace(BIDI, '');
}

/**
 * Terminal, one line (table cells, list items): also folds newlines, so card text cannot start a
 * line of its own. A line starting with `::error::` in a CI log is a GitHub Actions command.
 */
export function forTerminalLine(text: string): string {
  return forTerminal(text.replace(/\r\n|\r|\n/g, ' ⏎ ').replace(/\t/g, ' '));
}

/** HTML text and attribute values: escapes the markup characters, so card text cannot add elements or attributes (XSS). */
export function forHtml(text: string): string {
  return forTerminal(text).replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Markdown inline text and table cells: one line; pipes cannot add cells; `[x](url)`, `<url>`,
 * bare `https://` and `www.` cannot become live links; raw HTML becomes entities; emphasis and
 * headings are literal; `@someone` cannot ping people in a PR comment.
 */
export function forMarkdown(text: string): string {
  return forTerminalLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~:]/g, (c) => `\\${c}`)
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
    .replace(/(^|[^\w])@(?=\w)/g, '$1@\u200b');
}

/** SARIF message text: viewers show it as plain text; drops controls, one line, bounded (huge cards bloat uploads). */
export function forSarif(text: string): string {
  const clean = forTerminalLine(text);
  return clean.length > 4000 ? `${clean.slice(0, 3999)}…` : clean;
}

/** Inside a fenced code block only a fence can break out: turns backtick runs into look-alikes. */
export function forCodeBlock(text: string): string {
  return forTerminal(text).replace(/`{3,}/g, (run) => '\u02cb'.repeat(run.length));
}

/** GitHub Actions workflow commands: escapes what the runner decodes (`%`, CR, LF), so text cannot end the command and forge another. */
export function forAnnotationMessage(text: string): string {
  return forTerminal(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow command properties: also `:` and `,`, which would end the property list or start a new property. */
export function forAnnotationProperty(text: string): string {
  return forAnnotationMessage(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
