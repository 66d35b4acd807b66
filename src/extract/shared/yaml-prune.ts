// Large YAML files (OpenAPI documents, install manifests, schema registries) are mostly blocks no
// extractor reads: the `yaml` parser spent 2-3 s per MB building their nodes. Before the parse,
// each block that holds none of the keys config-file and compose-k8s read is blanked (offsets
// and lines kept), so the parse builds only what they read.
import { blanked, blankedDocuments, isCiWorkflowPath, isDstackRun, isSkyPilotTask } from './yaml-files.js';
import {
  ALIASES_LIST_KEY,
  CODE_SAMPLES_KEY,
  COMMAND_KEYS,
  COMMAND_LIST_KEYS,
  ENV_KEYS,
  isModelsFilePath,
  MODEL_KEY,
  HF_ARG_KEY,
  MODEL_SECTION,
  MODELS_LIST_KEY,
  PATH_TO_WEIGHTS,
  COMPONENT_PATH_LINE,
  SCRIPT_LIST_KEYS,
  SIBLING_KEYS,
} from './config-keys.js';

/** Smaller files are parsed whole: blanking would save less than it costs. */
export const PRUNE_MIN_BYTES = 64 << 10;
/** A kept block this large is looked into, its own entries blanked one by one. */
const DESCEND_MIN_BYTES = 512;

const COMPOSE_KEYS = new Set<string>([...COMMAND_KEYS, ...ENV_KEYS, ...SCRIPT_LIST_KEYS]);
/** Other sections config-file reads: Taskfile `cmds:`, a chart's `catalog:` (entries keyed by model name). */
const SECTION_KEYS = new Set<string>([...COMMAND_LIST_KEYS, 'catalog']);
const SIBLINGS = new Set(SIBLING_KEYS);
/**
 * A key either extractor reads wherever it sits. An entry key (`name`, `id`) counts only under a
 * model section, whose key is then in the same block (a section's block is never looked into).
 */
const isReadKey = (key: string) => {
  let read = readKeys.get(key);
  if (read === undefined) {
    read =
      MODEL_KEY.test(key) ||
      HF_ARG_KEY.test(key) ||
      MODEL_SECTION.test(key) ||
      COMPOSE_KEYS.has(key) ||
      SECTION_KEYS.has(key) ||
      MODELS_LIST_KEY.test(key) ||
      ALIASES_LIST_KEY.test(key) ||
      CODE_SAMPLES_KEY.test(key);
    // Keys repeat (`type`, `description`, `name`): each is tested once; the memo is bounded.
    if (readKeys.size >= 10_000) readKeys.clear();
    readKeys.set(key, read);
  }
  return read;
};
const readKeys = new Map<string, boolean>();
/**
 * Anything followed by a colon, as a key may be written (`key:`, `"key":`, `{key: v}`): more than the keys, never fewer.
 * A key starts where a word run starts: without the look-behind, each position inside a long run with no colon after it
 * (a base64 blob in a recorded cassette) was tried to the run's end, time growing with the square of its length.
 */
const KEYISH = /(?<![\w-])([\w-]+)["']?[ \t]*:/g;
/** An anchor (`&name`): an alias elsewhere may name the block, so it stays. */
const ANCHOR = /(^|[\s[{,])&[^\s]/;
/** A block mapping key opening a line: `key:`, `"key":`, `'key':` (its value on the line or below). */
const BLOCK_KEY = /^( *)("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^\s#'"?:,[\]{}&*!|>%@`-][^\n#]*?|-[^\s\n#][^\n#]*?)[ \t]*:(?:[ \t]|$)/;

/** Read from the line's start in the text (sticky), where BLOCK_KEY's `$` was the line's end: same matches, no copy of the line. */
const BLOCK_KEY_AT = new RegExp(BLOCK_KEY.source.slice(1).replace(/\|\$\)$/, '|(?=\\n)|$)'), 'y');
/**
 * A word every key isReadKey accepts holds (case aside), `path` (a weights file under a path key), and the anchor's `&`: a line without any
 * is not read, whatever mayBeRead would find, so only lines holding one are asked.
 */
const READ_HINT =
  /model|llm|repo|tokenizer|checkpoint|embed|reranker|teacher|student|judge|command|args|entrypoint|cmd|env|pretrain|catalog|aliases|samples|path|&/gi;

/** Whether a line may hold something an extractor reads. */
function mayBeRead(line: string): boolean {
  if (!line.includes(':') && !line.includes('&')) return false;
  if (ANCHOR.test(line)) return true;
  // `vae_path: ae.safetensors`, `- llm_path:Qwen3-4B.Q4_K_M.gguf`: a weights file under a path key, under any section.
  if (PATH_TO_WEIGHTS.test(line)) return true;
  // `vae_path: ./ckpts/x/vae`: a component's folder (config-keys COMPONENT_PATH_LINE).
  if (COMPONENT_PATH_LINE.test(line)) return true;
  KEYISH.lastIndex = 0;
  for (let m = KEYISH.exec(line); m; m = KEYISH.exec(line)) if (isReadKey(m[1]!)) return true;
  return false;
}

let lastPruned: { text: string; path: string; pruned: string; blanks: [number, number][] } | undefined;

/**
 * When this text is blankUnreadBlocks' output with blocks blanked: the blanked ranges (whole lines,
 * in order) and the text it was given. The parser then leaves them out (structured.ts).
 */
export function prunedBlocks(text: string): { input: string; ranges: [number, number][] } | undefined {
  const last = lastPruned;
  if (!last || last.blanks.length === 0 || last.pruned.length !== text.length || last.pruned !== text) return undefined;
  return { input: last.text, ranges: last.blanks };
}

/**
 * The text with every block mapping entry that spans several lines and holds no key an extractor
 * reads (nor an anchor) blanked; a kept block's entries are looked at in turn when it is large
 * and its own key is not one read. Sequence items, single-line entries and anything else stay as
 * written, so list indices, argument vectors and a model entry's sibling values are what the full
 * parse gives. JSON, CI workflows, SkyPilot tasks, dstack runs (scripts are read under any key) and files named for models are left whole.
 */
export function blankUnreadBlocks(text: string, path: string): string {
  if (text.length < PRUNE_MIN_BYTES || !/\.ya?ml$/i.test(path)) return text;
  // Scripts are read under any key in CI workflows, SkyPilot tasks and dstack runs; a file named for models lists its
  // weights under keys of any name.
  if (isCiWorkflowPath(path) || isModelsFilePath(path) || isSkyPilotTask(text) || isDstackRun(text)) return text;
  // config-file and compose-k8s both ask, one after the other.
  if (lastPruned?.text === text && lastPruned.path === path) return lastPruned.pruned;
  const blanks = prune(text);
  const pruned = blanks.length === 0 ? text : blankRanges(text, blanks);
  lastPruned = { text, path, pruned, blanks };
  return pruned;
}

interface Line {
  start: number;
  /** -1 for a blank or comment line. */
  indent: number;
  /** The block mapping key opening the line, if any, and whether its value is on the next lines. */
  key?: string;
  valueBelow?: boolean;
}

/** The ranges of block entries to blank, in order (whole lines). */
function prune(text: string): [number, number][] {
  const lines: Line[] = [];
  // Lines that may be read, counted up to each line: a block holds one when the counts differ.
  const readBefore: number[] = [0];
  // Where the hints sit, in order: the lines that hold none are not asked.
  // Blanked schema documents (megabytes of spaces in install manifests) are not searched.
  const hints: number[] = [];
  let from = 0;
  for (const [start, end] of [...(blankedDocuments(text) ?? []), [text.length, text.length]]) {
    if (start > from) {
      const part = text.slice(from, start);
      READ_HINT.lastIndex = 0;
      for (let m = READ_HINT.exec(part); m; m = READ_HINT.exec(part)) hints.push(from + m.index);
    }
    from = end!;
  }
  let hint = 0;
  for (let start = 0; start <= text.length;) {
    const end = text.indexOf('\n', start);
    const lineEnd = end < 0 ? text.length : end;
    let first = start;
    while (first < lineEnd && text.charCodeAt(first) === 32) first++;
    const c = text.charCodeAt(first);
    // Blank (spaces, maybe a tab or CR) and comment lines: no key, no content.
    if (first === lineEnd || c === 35 /* # */ || ((c === 13 || c === 9) && !/\S/.test(text.slice(first, lineEnd)))) {
      // A run of them is one entry (its first line's start): blocks only ever end where such a run
      // starts, and the walk below steps over them (blanked documents are megabytes of blank lines).
      if (lines.at(-1)?.indent !== -1) {
        lines.push({ start, indent: -1 });
        readBefore.push(readBefore.at(-1)!);
      }
    } else {
      const indent = first - start;
      BLOCK_KEY_AT.lastIndex = start;
      const m = BLOCK_KEY_AT.exec(text);
      if (m && m[1]!.length === indent)
        lines.push({ start, indent, key: m[2]!.replace(/^["']|["']$/g, ''), valueBelow: valueBelow(text, start + m[0].length, lineEnd) });
      else lines.push({ start, indent });
      while (hint < hints.length && hints[hint]! < start) hint++;
      const read = hint < hints.length && hints[hint]! < lineEnd && mayBeRead(text.slice(start, lineEnd));
      readBefore.push(readBefore.at(-1)! + (read ? 1 : 0));
    }
    if (end < 0) break;
    start = end + 1;
  }
  const startOf = (i: number) => (i < lines.length ? lines[i]!.start : text.length);
  const blanks: [number, number][] = [];
  const visit = (from: number, to: number, indent: number) => {
    for (let i = from; i < to;) {
      const line = lines[i]!;
      if (line.indent !== indent || line.key === undefined) {
        i++;
        continue;
      }
      // The entry runs to the next content line indented as far or less (a sequence may sit at the key's own indentation).
      let j = i + 1;
      let last = i;
      for (; j < to; j++) {
        const next = lines[j]!;
        if (next.indent < 0) continue;
        if (
          next.indent < indent ||
          (next.indent === indent &&
            !(line.valueBelow && text.startsWith('- ', next.start + indent)) &&
            !(line.valueBelow && text.startsWith('-\n', next.start + indent)))
        )
          break;
        last = j;
      }
      const end = last + 1;
      // A model entry's siblings (`provider`, `base_url`, `revision`) are read as the full parse gives them.
      if (end - i > 1 && !SIBLINGS.has(line.key)) {
        if (readBefore[end] === readBefore[i]) blanks.push([line.start, startOf(end)]);
        else if (!isReadKey(line.key) && line.valueBelow && startOf(end) - line.start >= DESCEND_MIN_BYTES) {
          let c = i + 1;
          while (c < end && lines[c]!.indent < 0) c++;
          const child = lines[c];
          if (child && c < end && child.indent > indent && child.key !== undefined) visit(c, end, child.indent);
          // A list of mappings (`containers:` then `- args: [...]`, `  resources:`): the entries of its items, on the
          // lines after each `- `, are looked at alike (Kubernetes pods' containers are mostly resources, probes, mounts).
          else if (child && c < end && child.indent >= indent && child.key === undefined) {
            const items = itemIndent(text, child);
            if (items > child.indent) visit(c, end, items);
          }
        }
      }
      i = Math.max(j, i + 1);
    }
  };
  visit(0, lines.length, 0);
  return blanks;
}

/**
 * Where the entries of a list item opening this line stand (`- key: value` at indent 2: 4), when the item is a mapping
 * whose first key is on the line; -1 otherwise.
 */
function itemIndent(text: string, line: Line): number {
  const dash = line.start + line.indent;
  if (text.charCodeAt(dash) !== 0x2d /* - */ || text.charCodeAt(dash + 1) !== 32) return -1;
  let at = dash + 1;
  while (text.charCodeAt(at) === 32) at++;
  BLOCK_KEY_AT.lastIndex = at;
  return BLOCK_KEY_AT.test(text) ? at - line.start : -1;
}

/** Whether nothing but a comment follows a key on its line (`rest.trim()` empty or opening with `#`). */
function valueBelow(text: string, from: number, lineEnd: number): boolean {
  let at = from;
  while (at < lineEnd && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  if (at === lineEnd || text.charCodeAt(at) === 35) return true;
  const c = text.charCodeAt(at);
  // Printable ASCII: neither whitespace nor `#`. Anything else is left to trim's idea of whitespace.
  if (c > 32 && c < 127) return false;
  const rest = text.slice(from, lineEnd).trim();
  return rest === '' || rest.startsWith('#');
}

function blankRanges(text: string, blanks: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of blanks) {
    out += text.slice(at, start) + blanked(text, start, end, true);
    at = end;
  }
  return out + text.slice(at);
}
