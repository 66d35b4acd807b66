// Jupyter notebooks (nbformat 4: https://nbformat.readthedocs.io/en/latest/format_description.html):
// code cells go through the Python and model-names extractors as one program, as the kernel runs them (and their `!`
// shell lines and Hub URLs, cell by cell, through the shell and Hub URL ones; a `%%writefile Modelfile`
// cell through the extractors of the file it writes; a `%%bash` cell, a shell script, through the shell one only),
// markdown cells through the Hub URL extractor and, for their fenced code blocks, the Markdown one;
// outputs are not read (logs, not references).
// Line and column point into the .ipynb file where that source text is written, so editors jump
// there; the snippet names the cell.
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { settledHostedRoute } from './shared/hosted-route.js';
import { withoutShadowed } from './shared/shadowed.js';
import { isContextOnlyId } from '../registry/providers.js';
import { looksLikeHubId } from '../model/ids.js';
import { tokenize, writtenFolders as folderWrites } from './shared/cli-args.js';

/** Kernels whose cells the jvm extractor reads: Kotlin (Kotlin Notebook, kotlin-jupyter), Java (IJava), Scala (Almond). */
const JVM_KERNEL = /^(?:kotlin|java|scala|groovy)$/;

interface Cell {
  cell_type?: string;
  source?: string | string[];
}

export default defineExtractor({
  name: 'notebook',
  // Code cells go to the python, model-names and shell extractors, markdown cells to hub-url, after JSON decoding.
  wordsOf: ['python', 'model-names', 'shell', 'hub-url'],
  // Its cells' readings are settled here (hosted routes), their Hub URLs apart.
  keepsSources: true,
  matchesName: true,
  matches: (path) => path.endsWith('.ipynb'),
  async extract(file) {
    // Through the catalogue, loaded at call time: extractors do not import each other.
    const { extractorNamed, extractors } = await import('./index.js');
    let cells: Cell[];
    let language: string | undefined;
    try {
      const parsed = JSON.parse(file.text) as { cells?: Cell[]; metadata?: { kernelspec?: { language?: unknown }; language_info?: { name?: unknown } } };
      cells = Array.isArray(parsed?.cells) ? parsed.cells : [];
      const named = parsed?.metadata?.language_info?.name ?? parsed?.metadata?.kernelspec?.language;
      language = typeof named === 'string' ? named.toLowerCase() : undefined;
    } catch (error) {
      return {
        references: [],
        diagnostics: [
          { stage: 'extract', code: 'malformed-file', path: file.relPath, message: `${file.relPath} is not a valid notebook: ${(error as Error).message}` },
        ],
      };
    }
    const lineStarts = [0];
    for (let i = file.text.indexOf('\n'); i !== -1; i = file.text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    const references: RawReference[] = [];
    const read = readCells(file.text, cells);
    const place = (cell: ReadCell, ref: RawReference): RawReference => {
      // Not found (an unusual encoding): the cell's first known line is still a place to look.
      const at = filePosition(lineStarts, cell.encodedAt, cell.lines, ref.line, ref.column) ?? cellStart(lineStarts, cell.encodedAt);
      return { ...ref, ...at, snippet: `[cell ${cell.index + 1}] ${ref.snippet}`, ...(cell.type === 'markdown' ? { context: 'docs' as const } : {}) };
    };
    // The folders the notebook's commands write, in any cell (`!python merge.py ... --output_dir merged-pt/`): a later
    // cell's `--model_name_or_path merged-pt` loads that written model.
    const shellText = read
      .filter((cell) => cell.type === 'code' && !writtenFile(cell.lines))
      .map((cell) => (isShellCell(cell.lines) ? cell.lines.slice(1).join('') : shellLines(cell.lines)))
      .join('\n');
    const writtenFolders = shellText.includes('--') ? folderWrites(tokenize(shellText)) : undefined;
    for (const cell of read) {
      const written = cell.type === 'code' ? writtenFile(cell.lines) : undefined;
      const passes: [string, string][] =
        cell.type === 'code' && isShellCell(cell.lines)
          ? [
              // `%%bash`: the cell is a shell script (the magic's line blanked), not Python.
              ['shell', `\n${cell.lines.slice(1).join('')}`],
              ['hub-url', cell.source],
            ]
          : written
            ? [
                // `%%writefile Modelfile`: the cell is that file, read by the extractors of its name (the first line blanked).
                ['hub-url', cell.source],
                ...extractors
                  .filter((e) => e.name !== 'notebook' && e.name !== 'hub-url' && e.matches(written))
                  .map((e): [string, string] => [e.name, `\n${cell.lines.slice(1).join('')}`]),
              ]
            : cell.type === 'code'
              ? [
                  ['shell', shellLines(cell.lines)],
                  // Hub URLs anywhere in code: `#@param ["https://huggingface.co/...", ...]` option lists, URL strings.
                  ['hub-url', cell.source],
                ]
              : cell.type === 'markdown'
                ? [
                    ['hub-url', cell.source],
                    ['markdown', cell.source],
                  ]
                : [];
      for (const [name, text] of passes) {
        if (!text.trim()) continue;
        const result = await extractorNamed(name).extract({
          relPath: file.relPath,
          size: text.length,
          text,
          ...(name === 'shell' && writtenFolders?.size ? { writtenFolders } : {}),
        });
        for (const ref of result.references) references.push(place(cell, name === 'hub-url' ? ref : settledHostedRoute(ref)));
      }
    }
    // The code cells run in one kernel: a constant or client set in one cell is used in later ones.
    const code = read.filter((cell) => cell.type === 'code' && !writtenFile(cell.lines) && !isShellCell(cell.lines));
    const program = code.map((cell) => (cell.source.endsWith('\n') ? cell.source : `${cell.source}\n`)).join('');
    const firstLines: number[] = [];
    for (let i = 0; i < code.length; i++) firstLines.push(i === 0 ? 1 : firstLines[i - 1]! + code[i - 1]!.lines.length);
    if (program.trim()) {
      // The Python rules, and the string values that are model names by shape, as in a .py file
      // (`llm_cfg = {'model': 'qwen3-32b', 'model_server': 'dashscope'}` in a cookbook cell).
      const found: { extractor: string; raw: RawReference }[] = [];
      // A Kotlin (or Java, Scala) kernel's cells are JVM code (`llmModel = OpenAIModels.Chat.GPT4o` in a Koog notebook).
      const reader = language && JVM_KERNEL.test(language) ? 'jvm' : 'python';
      for (const name of [reader, 'model-names']) {
        // (With the folders the notebook's commands write: a cell loading one back loads that written model.)
        const result = await extractorNamed(name).extract({
          relPath: file.relPath,
          size: program.length,
          text: program,
          ...(writtenFolders?.size ? { writtenFolders } : {}),
        });
        // By shape, only the names a table knows (a provider's naming, a publisher's id): a name no table knows counts
        // by its context, which in a notebook's cells is the Python extractor's to read (kserve's cifar10 samples send
        // `"ce-modelid": "cifar10drift"`, an InferenceService's name, in a request header). A Hub id on such a server is
        // known by its shape (a LiteLLM route `"model": "hosted_vllm/Qwen/Qwen3-1.7B"` in a `litellm_params` dict,
        // guidance-ai/guidance's LiteLLM tutorial), as in a .py file.
        for (const raw of result.references)
          if (name === reader || !isContextOnlyId(raw.id) || looksLikeHubId(raw.id.slice(raw.id.indexOf('/') + 1))) found.push({ extractor: name, raw });
      }
      // A name found by its shape yields to the Python extractor's reading of the line (as in a .py file).
      for (const { raw: ref } of withoutShadowed(
        found,
        (f) => f.extractor,
        (f) => f.raw,
      )) {
        const i = firstLines.findLastIndex((first) => first <= ref.line);
        if (i >= 0) references.push(place(code[i]!, settledHostedRoute({ ...ref, line: ref.line - firstLines[i]! + 1 })));
      }
    }
    return { references, diagnostics: [] };
  },
});

interface ReadCell {
  index: number;
  type?: string;
  lines: string[];
  /** Where each source line's encoded text starts in the file. */
  encodedAt: number[];
  source: string;
}

/**
 * A cell IPython runs as a shell script: `%%bash`, `%%sh`, `%%script bash` (a `torchrun ... --model_name_or_path X \` command
 * in FlagEmbedding's tutorials; https://ipython.readthedocs.io/en/stable/interactive/magics.html#cell-magics).
 */
const SHELL_MAGIC = /^%%(?:bash|sh|zsh|script[ \t]+(?:bash|sh|zsh))\b/;
const isShellCell = (lines: string[]) => SHELL_MAGIC.test(lines[0] ?? '');

/** The name of the file a `%%writefile [-a] path` cell writes (its last path segment), or undefined. */
function writtenFile(lines: string[]): string | undefined {
  const magic = /^%%writefile(?:\s+-a)?\s+["']?([^\s"']+)/.exec(lines[0] ?? '');
  return magic ? magic[1]!.slice(magic[1]!.lastIndexOf('/') + 1) : undefined;
}

/** Cells with some source, each line located in the file (sources come in file order). */
function readCells(text: string, cells: Cell[]): ReadCell[] {
  const read: ReadCell[] = [];
  let searchFrom = 0;
  for (const [index, cell] of cells.entries()) {
    const lines = Array.isArray(cell.source)
      ? cell.source.filter((l) => typeof l === 'string')
      : typeof cell.source === 'string'
        ? cell.source.split(/(?<=\n)/)
        : [];
    const encodedAt = lines.map((line) => {
      const at = findEncoded(text, line, searchFrom);
      if (at >= 0) searchFrom = at;
      return at;
    });
    const source = lines.join('');
    if (source.trim()) read.push({ index, type: cell.cell_type, lines, encodedAt, source });
  }
  return read;
}

/** `%env NAME=value`, `%set_env NAME value`: the magic and its separator (`=` or blanks). */
const ENV_MAGIC = /^(\s*%(?:set_)?env[ \t]+)(\w+)(?:[ \t]*=[ \t]*|[ \t]+)(?=\S)/;

/** `!huggingface-cli download Qwen/...` and `!ollama pull qwen2.5` lines as a shell script (others blank, so lines still match). */
function shellLines(lines: string[]): string {
  let continued = false;
  return lines
    .map((line) => {
      // A `!` line ending in `\` goes on in the next line (`!python convert.py \` / `    ./merged \`).
      const shell = continued || /^\s*!/.test(line);
      continued = shell && /\\\r?\n?$/.test(line);
      if (shell) return line.replace(/^(\s*)!/, '$1 ');
      // `%env BASE_URL=THUDM/chatglm-6b` (or `%env NAME value`) sets a variable the `!` lines read as `$BASE_URL`: an
      // assignment to the shell, its columns kept (https://ipython.readthedocs.io/en/stable/interactive/magics.html#magic-env).
      const env = ENV_MAGIC.exec(line);
      if (env) return `${' '.repeat(env[0].length - env[2]!.length - 1)}${env[2]}=${line.slice(env[0].length)}`;
      return line.endsWith('\n') ? '\n' : '';
    })
    .join('');
}

/** Offset of a source line as JSON encodes it (Jupyter writes non-ASCII raw; some tools escape it). */
function findEncoded(text: string, line: string, from: number): number {
  for (const encoded of [encode(line, false), encode(line, true)]) {
    if (!encoded) continue;
    const at = text.indexOf(encoded, from);
    if (at >= 0) return at;
  }
  return -1;
}

function encode(value: string, asciiOnly: boolean): string {
  const json = JSON.stringify(value).slice(1, -1);
  return asciiOnly ? json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

/** 1-based line/column in the notebook file of a 1-based position inside the cell's source. */
function filePosition(lineStarts: number[], encodedAt: number[], lines: string[], line: number, column: number): { line: number; column: number } | undefined {
  const at = encodedAt[line - 1];
  const sourceLine = lines[line - 1];
  if (at === undefined || at < 0 || sourceLine === undefined) return undefined;
  const offset = at + encode(sourceLine.slice(0, column - 1), false).length;
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

function cellStart(lineStarts: number[], encodedAt: number[]): { line: number; column: number } {
  const at = encodedAt.find((offset) => offset >= 0);
  if (at === undefined) return { line: 1, column: 1 };
  let line = 1;
  while (line < lineStarts.length && lineStarts[line]! <= at) line++;
  return { line, column: at - lineStarts[line - 1]! + 1 };
}
