// Jupyter notebooks: code cells go through the Python extractor, markdown cells through the Hub
// URL extractor. Locations point at the line of the .ipynb file where that source line is
// written, so editors jump there; the snippet names the cell.
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import hubUrl from './hub-url.js';
import python from './python.js';

interface Cell {
  cell_type?: string;
  source?: string | string[];
}

export default defineExtractor({
  name: 'notebook',
  matches: (path) => path.endsWith('.ipynb'),
  async extract(file) {
    let cells: Cell[];
    try {
      const parsed = JSON.parse(file.text) as { cells?: Cell[] };
      cells = Array.isArray(parsed?.cells) ? parsed.cells : [];
    } catch (error) {
      return { references: [], diagnostics: [{ stage: 'extract', code: 'malformed-file', path: file.relPath, message: `${file.relPath} is not a valid notebook: ${(error as Error).message}` }] };
    }
    const references: RawReference[] = [];
    let searchFrom = 0;
    for (const [index, cell] of cells.entries()) {
      const lines = Array.isArray(cell.source) ? cell.source : typeof cell.source === 'string' ? cell.source.split(/(?<=\n)/) : [];
      // Where each source line sits in the JSON text (encoded as a JSON string).
      const fileLines = lines.map((line) => {
        const at = file.text.indexOf(JSON.stringify(line).slice(1, -1), searchFrom);
        if (at >= 0) searchFrom = at;
        return at >= 0 ? countLines(file.text, at) : undefined;
      });
      const source = lines.join('');
      const extractor = cell.cell_type === 'code' ? python : cell.cell_type === 'markdown' ? hubUrl : undefined;
      if (!extractor || !source.trim()) continue;
      const result = await extractor.extract({ relPath: file.relPath, size: source.length, text: source });
      for (const ref of result.references) {
        const line = fileLines[ref.line - 1] ?? 1;
        references.push({ ...ref, line, snippet: `[cell ${index + 1}] ${ref.snippet}`, ...(cell.cell_type === 'markdown' ? { context: 'docs' as const } : {}) });
      }
    }
    return { references, diagnostics: [] };
  },
});

function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
