// The docstrings of Python functions named for Spaces or datasets (`add_space_secret`,
// `get_dataset_leaderboard`, `duplicate_space`): the repo ids their "Example:" lines and reprs give
// (`"bigcode/in-the-stack"`, `SpaceTemplate(repo_id='streamlit/...')`) are Spaces or datasets, even
// when their organisation also publishes models. Only the docstring: the body may load a model.
// Also the repo ids Hub calls are told are datasets or Spaces (`snapshot_download(repo_id="gaia-benchmark/GAIA",`
// then `repo_type="dataset",` on the next line), the repo id a call named for Spaces is given (smolagents'
// `Tool.from_space("black-forest-labs/FLUX.1-schnell", ...)`, `duplicate_space(from_id=...)`), and a variable given
// to such a call (its last assignment before it, and its default when it is a parameter of the function the call is in).
import { findCalls, keptWithCallSites } from './calls.js';
import { holdsOtherRepoDef } from './gate-scans.js';
import { escapeRegExp } from './words.js';
import { PositionIndex } from './position.js';

/** A function definition, its name in group 1. */
const DEF = /^[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)[ \t]*\(/gm;
/** A function name with `space(s)` or `dataset(s)` as one of its words. */
const OTHER_REPO_NAME = /(?:^|_)(?:spaces?|datasets?)(?:_|$)/i;
/** A docstring: its opening quotes, first after the signature. */
const DOCSTRING_OPEN = /"""|'''/g;

/**
 * 1-based lines of those docstrings (empty when the file names no such function). The python and model-names
 * extractors both ask, one after the other: the second gets the first's answer (otherRepoCallLines' too).
 */
export const otherRepoDocstringLines: (text: string) => ReadonlySet<number> = keptWithCallSites(docstringLines);

function docstringLines(text: string): Set<number> {
  const lines = new Set<number>();
  if (!holdsOtherRepoDef(text)) return lines;
  const positions = new PositionIndex(text);
  DEF.lastIndex = 0;
  for (let m = DEF.exec(text); m; m = DEF.exec(text)) {
    if (!OTHER_REPO_NAME.test(m[1]!)) continue;
    // The signature ends at the first `:` closing a line (`) -> None:`); the docstring must open on the next line.
    const signatureEnd = text.slice(m.index, m.index + 2000).search(/\)[^\n]*:[ \t]*\n/);
    if (signatureEnd < 0) continue;
    const bodyStart = text.indexOf('\n', m.index + signatureEnd) + 1;
    DOCSTRING_OPEN.lastIndex = bodyStart;
    const open = DOCSTRING_OPEN.exec(text);
    if (!open || text.slice(bodyStart, open.index).trim() !== '') continue;
    const close = text.indexOf(open[0], open.index + 3);
    if (close < 0) continue;
    const first = positions.lineOf(open.index);
    const last = positions.lineOf(close);
    for (let n = first; n <= last; n++) lines.add(n);
    DEF.lastIndex = close;
  }
  return lines;
}

/** A call named for Spaces: `space` as one of its words (`from_space`, `duplicate_space`, `space_info`). */
const SPACE_CALL = /(?:^|_)spaces?(?:_|$)/i;
/** Such a call somewhere in the text (a quick test before the calls are parsed). */
const SPACE_CALL_TEXT = /(?:\b|_)spaces?(?:_\w*)?[ \t]*\(/i;
/** The argument naming the Space in such a call (`space_id=`, `from_id=`), beside `repo_id=`. */
const SPACE_ID_ARG = /^(?:space_id|from_id)$/;
/** `repo_type="dataset"` / `repo_type='space'` (also `spaces`, `datasets`) somewhere in the text. */
const OTHER_REPO_TYPE = /repo_type\s*=\s*["'](?:datasets?|spaces?)["']/;
/**
 * A word of a call's name or receiver that says the call takes a dataset or a tool (which the Hub keeps as a Space):
 * distilabel's `LoadDataFromHub(repo_id=...)`, Argilla's `dataset.to_hub(repo_id=...)` and `rg.Dataset.from_hub(...)`,
 * smolagents' `tool.push_to_hub(repo_id=...)` (https://huggingface.co/docs/smolagents/tutorials/tools#share-your-tool-to-the-hub).
 */
const OTHER_REPO_WORD = /^(?:data|datasets?|tools?)$/i;
const namedForOtherRepo = (callee: string) => callee.split(/[._]|(?<=[a-z0-9])(?=[A-Z])/).some((word) => OTHER_REPO_WORD.test(word));
/** The neutral `repo_id=` keyword somewhere in the text, which such a call may be given. */
const REPO_ID_KEYWORD = /\brepo_id\s*=/;

/**
 * 1-based lines of the repo ids given to a call whose `repo_type` says dataset or Space (`hf_hub_download(repo_id=
 * "camel-ai/code", repo_type="dataset")`, over several lines), or as `repo_id=` to a call named for a dataset or a tool
 * (`LoadDataFromHub(repo_id="argilla/10Kprompts-mini")`), and of the string a variable given as that repo id was
 * last assigned before the call (`repo_id = "camel-ai/mock_websites"` then `snapshot_download(repo_id=repo_id,
 * repo_type="dataset")`). Empty when the file names no such repo type.
 */
export const otherRepoCallLines: (text: string) => ReadonlySet<number> = keptWithCallSites(callLines);

/** What a text that loads a dataset by its name holds (callLines). */
const DATASET_LOAD_TEXT = /\bload_dataset\(/;

/**
 * A name the file gives to a dataset: the first argument of `load_dataset(self.repo_id, ...)` (Lightning-AI/litgpt's data
 * modules, whose `repo_id: str = "GAIR/lima"` is the dataset), or the default of a parameter named for one (`dataset_id: str
 * = HF_REPO_ID`, modelscope/evalscope's benchmark utilities).
 */
const DATASET_GIVEN = /\bload_dataset\(\s*(?:self\.)?([A-Za-z_]\w*)\s*[,)]|\b\w*dataset\w*[ \t]*(?::[^=,()\n]*)?=[ \t]*(?:self\.)?([A-Za-z_]\w*)[ \t]*[,)\n]/g;
/**
 * `HF_REPO_TYPE = "space"` beside `HF_REPO_ID = "lmsys/mt-bench"` (kaito-project/kaito's MT-Bench evaluation): a repo
 * constant whose sibling of the same prefix says it is a dataset or a Space. The prefix in group 1.
 */
const REPO_TYPE_CONSTANT = /^[ \t]*([A-Za-z_]\w*?)REPO_TYPE[ \t]*=[ \t]*["'](?:datasets?|spaces?)["']/gm;

/** Lines where the names above are assigned a string (a module constant or a class attribute, annotated or not). */
function datasetConstantLines(text: string, lines: Set<number>, positions: () => PositionIndex): void {
  const names = new Set<string>();
  if (text.includes('dataset'))
    for (const m of text.matchAll(DATASET_GIVEN)) {
      const name = m[1] ?? m[2]!;
      if (!/^(?:None|True|False)$/.test(name)) names.add(escapeRegExp(name));
    }
  if (text.includes('REPO_TYPE')) for (const m of text.matchAll(REPO_TYPE_CONSTANT)) names.add(`${escapeRegExp(m[1]!)}REPO(?:_ID|_NAME)?`);
  if (!names.size) return;
  const assigned = new RegExp(`^[ \\t]*(?:${[...names].join('|')})[ \\t]*(?::[^=\\n]*)?=[ \\t]*["']`, 'gm');
  for (const m of text.matchAll(assigned)) lines.add(positions().lineOf(m.index));
}

function callLines(text: string): Set<number> {
  const lines = new Set<number>();
  let index: PositionIndex | undefined;
  datasetConstantLines(text, lines, () => (index ??= new PositionIndex(text)));
  const typed = OTHER_REPO_TYPE.test(text);
  const repoIds = text.includes('repo_id') && REPO_ID_KEYWORD.test(text);
  const datasetLoads = DATASET_LOAD_TEXT.test(text);
  if (!typed && !repoIds && !datasetLoads && !SPACE_CALL_TEXT.test(text)) return lines;
  const positions = (index ??= new PositionIndex(text));
  // Where each variable is assigned a string, found once per name: a file such as huggingface_hub's hf_api.py gives
  // the same variable to hundreds of calls, and a scan from the start per call made the file quadratic.
  const assignments = new Map<string, number[]>();
  const assignedAt = (name: string) => {
    let found = assignments.get(name);
    if (!found) {
      found = [];
      const assigned = new RegExp(`^[ \\t]*${escapeRegExp(name)}[ \\t]*=[ \\t]*["']`, 'gm');
      for (let m = assigned.exec(text); m; m = assigned.exec(text)) found.push(m.index);
      assignments.set(name, found);
    }
    return found;
  };
  /** Each function definition: where its line starts and its parameters start (after `def name(`), found once when needed. */
  let defs: Definition[] | undefined;
  for (const call of findCalls(
    text,
    (name, callee) => typed || SPACE_CALL.test(name) || (repoIds && namedForOtherRepo(callee)) || (datasetLoads && name === 'load_dataset'),
  )) {
    if (call.callee.slice(call.callee.lastIndexOf('.') + 1) === 'load_dataset') {
      // 🤗 Datasets' `load_dataset(path, name, ...)`, its arguments one a line (`load_dataset(` then `"allenai/c4",` then
      // `"allenai--c4",`, TGI's GPTQ calibration in server/text_generation_server/layers/gptq/quantize.py): the dataset
      // and its configuration, whatever organisation publishes them.
      for (const arg of call.args.filter((a) => !a.name).slice(0, 2)) if (arg.literalOffset !== undefined) lines.add(positions.lineOf(arg.literalOffset));
      continue;
    }
    const type = call.args.find((a) => a.name === 'repo_type')?.literal;
    const named = SPACE_CALL.test(call.callee.slice(call.callee.lastIndexOf('.') + 1));
    // Named for a dataset or a tool: only its `repo_id=` (its other arguments may be a model: `generate_dataset(model_id=...)`).
    if (!named && (!type || !/^(?:datasets?|spaces?)$/.test(type))) {
      const repoId = namedForOtherRepo(call.callee) ? call.args.find((a) => a.name === 'repo_id') : undefined;
      if (repoId?.literalOffset !== undefined) lines.add(positions.lineOf(repoId.literalOffset));
      continue;
    }
    const repo = call.args.find((a) => a.name === 'repo_id' || (named && SPACE_ID_ARG.test(a.name ?? ''))) ?? call.args.find((a) => !a.name);
    if (!repo) continue;
    if (repo.literalOffset !== undefined) lines.add(positions.lineOf(repo.literalOffset));
    else if (/^[A-Za-z_]\w*$/.test(repo.text)) {
      // The last `<name> = "..."` before the call.
      const before = assignedAt(repo.text).findLast((at) => at < call.offset);
      if (before !== undefined) lines.add(positions.lineOf(before));
      // And the default of the parameter it is, in the function the call stands in (VLMEvalKit's `def
      // prepare_dataset(self, dataset_name='MVBench', repo_id='OpenGVLab/MVBench'):` then `snapshot_download(
      // repo_id=repo_id, repo_type='dataset')`).
      defs ??= [...text.matchAll(DEF)].map((m) => ({ line: m.index + (m[0].length - m[0].trimStart().length), open: m.index + m[0].length }));
      const def = parameterDefault(text, repo.text, enclosingDef(text, defs, call.offset), call.offset);
      if (def !== undefined) lines.add(positions.lineOf(def));
    }
  }
  return lines;
}

/** The first line of code indented at most n spaces or tabs (its line break), by n: built once per indentation. */
const CLOSING: RegExp[] = [];
/** A signature's end: `)`, the return annotation if any, `:` closing the line. */
const SIGNATURE_END = /\)[^\n]*:[ \t]*(?:#[^\n]*)?\n/;

/**
 * A function definition: where its line starts and its parameters start (after `def name(`); where its signature ends
 * (-1: not within 2,000 characters) and the line break before the line that closes its body (-1: none), once asked.
 */
interface Definition {
  line: number;
  open: number;
  signature?: number;
  signatureEnd?: number;
  closedAt?: number;
}

/**
 * Where the parameters of the function a call at `offset` stands in start: the last definition before it that no line
 * between closes (a line indented no deeper than its `def`), so that a helper nested above the call
 * (`def check_integrity(pth):` inside `prepare_dataset`) is passed over.
 */
function enclosingDef(text: string, defs: Definition[], offset: number): number | undefined {
  // The definitions are in text order: the last one opening before the call is found by halves, not by a walk back from
  // the file's last definition for each call (a file of hundreds of such calls and definitions).
  let lo = 0;
  let hi = defs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (defs[mid]!.open < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const def = defs[i]!;
    const indent = def.line - text.lastIndexOf('\n', def.line - 1) - 1;
    // The signature's end within 2,000 characters of its `(` and before the call, and where the body closes, found
    // once a definition: the calls of one long function each looked for its end again. (The signature pattern ends
    // at a line break: found in the first 2,000 characters, it is the one a search cut at the call finds, or none.)
    if (def.signature === undefined) {
      const m = SIGNATURE_END.exec(text.slice(def.open, def.open + 2000));
      def.signature = m ? m.index : -1;
      def.signatureEnd = m ? m.index + m[0].length : -1;
    }
    if (def.signature < 0 || def.open + def.signatureEnd! > offset) continue;
    // The first line of code indented no deeper than the `def` ends it.
    if (def.closedAt === undefined) {
      const closing = (CLOSING[indent] ??= new RegExp(`\\n[ \\t]{0,${indent}}(?=[^ \\t\\r\\n#])`, 'g'));
      closing.lastIndex = text.indexOf('\n', def.open + def.signature);
      def.closedAt = closing.exec(text)?.index ?? -1;
    }
    if (def.closedAt < 0 || def.closedAt > text.lastIndexOf('\n', offset)) return def.open;
    // A top-level function closed before the call: every definition above it is closed too.
    if (indent === 0) return undefined;
  }
  return undefined;
}

/**
 * The offset of the string default of parameter `name` in the signature opening at `open` (the parameters of the
 * function a call at `offset` stands in), or undefined when it has no such parameter or its default is no string.
 */
function parameterDefault(text: string, name: string, open: number | undefined, offset: number): number | undefined {
  if (open === undefined) return undefined;
  const signature = text.slice(open, Math.min(offset, open + 2000));
  const end = signature.search(/\)[^\n]*:[ \t]*(?:#[^\n]*)?\n/);
  const params = end < 0 ? signature : signature.slice(0, end);
  const param = new RegExp(`(?:^|[(,\\s])${escapeRegExp(name)}[ \\t]*(?::[^=,)]*)?=[ \\t]*[rRbBuU]?["']`).exec(params);
  return param ? open + param.index + param[0].length - 1 : undefined;
}
