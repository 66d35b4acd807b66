// One function per sink for text that came from outside (model ids, card fields, file snippets).

/** Terminal: drop C0/C1 control characters and ESC sequences, which could recolour or rewrite the screen. */
export function forTerminal(text: string): string {
  return text
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?/g, '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** HTML text and attribute values: escape the five markup characters, after removing controls. */
export function forHtml(text: string): string {
  return forTerminal(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Markdown table cells and inline text: neutralise pipes, markup, links and HTML (as entities). */
export function forMarkdown(text: string): string {
  return forTerminal(text)
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`);
}

/** SARIF message text: viewers render it as Markdown-ish plain text; drop controls, keep it bounded. */
export function forSarif(text: string): string {
  const clean = forTerminal(text).replace(/\r?\n/g, ' ');
  return clean.length > 4000 ? `${clean.slice(0, 3999)}…` : clean;
}

/** Inside a fenced code block only a fence can break out: turn backtick runs into look-alikes. */
export function forCodeBlock(text: string): string {
  return forTerminal(text).replace(/`{3,}/g, (run) => '\u02cb'.repeat(run.length));
}

/** GitHub Actions workflow commands: escape the characters the runner decodes (`%`, CR, LF; `:` and `,` in properties). */
export function forAnnotationMessage(text: string): string {
  return forTerminal(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function forAnnotationProperty(text: string): string {
  return forAnnotationMessage(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
