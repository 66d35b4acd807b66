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

/** Markdown table cells and inline text: neutralise pipes, markup, links and HTML. */
export function forMarkdown(text: string): string {
  return forTerminal(text)
    .replace(/\r?\n/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;');
}
