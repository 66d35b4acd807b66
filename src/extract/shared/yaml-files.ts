// What YAML files are, before a parser sees them: CI workflow paths, and Helm templates made parseable.
import { colonWords, RUN, SETUP } from './colon-words.js';
import { isLineBreakCode } from './char-codes.js';
/**
 * GitHub Actions (workflows, and composite actions' action.yml), GitLab CI, Azure Pipelines, CircleCI,
 * Bitbucket, Drone, Buildkite: the config-file extractor owns them (compose-k8s leaves them alone).
 */
export const isCiWorkflowPath = (path: string) =>
  /(^|\/)(\.github\/workflows\/[^/]+|action\.ya?ml|\.gitlab-ci\.ya?ml|\.gitlab\/ci\/[^/]+|azure-pipelines\.ya?ml|\.circleci\/config\.ya?ml|bitbucket-pipelines\.ya?ml|\.drone\.ya?ml|\.buildkite\/[^/]+)$/.test(
    path,
  );

/**
 * Helm templates are not YAML until rendered: blank each `{{ ... }}` (to the first `}}` after it;
 * offsets and `\n` kept) so the rest parses.
 */
export function blankTemplateExpressions(text: string): string {
  let open = text.indexOf('{{');
  if (open < 0) return text;
  let out = '';
  let from = 0;
  for (; open >= 0; open = text.indexOf('{{', from)) {
    const close = text.indexOf('}}', open + 2);
    if (close < 0) break; // no later `{{` has a `}}` after it either
    out += text.slice(from, open) + blanked(text, open, close + 2, false);
    from = close + 2;
  }
  return out + text.slice(from);
}

/**
 * text[start, end) with every UTF-16 unit a space but `\n` (and `\r` when keepCR): what
 * `.replace(/[^\r\n]/g, ' ')` gives, about four times faster (no callback, no string per line;
 * spaces are slices of one string, joined by `+=`, which V8 flattens once where the text is read).
 * Callers join with `+=` too: an array join flattens each piece first.
 */
export function blanked(text: string, start: number, end: number, keepCR: boolean): string {
  let out = '';
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && (c !== 13 || !keepCR)) continue;
    if (i > from) out += spaces(i - from);
    out += c === 10 ? '\n' : '\r';
    from = i + 1;
  }
  if (end > from) out += spaces(end - from);
  return out;
}

const SPACES = ' '.repeat(4096);
const spaces = (n: number) => (n <= SPACES.length ? SPACES.slice(0, n) : ' '.repeat(n));

/**
 * A SkyPilot task (https://docs.skypilot.co/en/latest/reference/yaml-spec.html): top-level `run:`
 * or `setup:` scripts beside its own keys (`resources:`, `envs:`, `num_nodes:`, `service:`, `workdir:`). The literal
 * words first: a regex anchored at each line's start is tried at every position of a text (1,300 JSON and YAML files of
 * the corpus that are no task: 95 ms a pass). `words`: the text's colonWords (shared/colon-words.ts), if already found.
 */
export const isSkyPilotTask = (text: string, words = colonWords(text)) =>
  (words & (RUN | SETUP)) !== 0 && /^(run|setup):[ \t]*[|>]/m.test(text) && /^(resources|envs|num_nodes|service|workdir|file_mounts):/m.test(text);

/**
 * A dstack run configuration (https://dstack.ai/docs/reference/dstack.yml/): `type: task`, `service` or
 * `dev-environment`, whose `commands:` list holds shell scripts and whose `env:` list holds `KEY=value` entries, with
 * or without an `image:` (`python: 3.12` picks dstack's own).
 */
export const isDstackRun = (text: string) =>
  // (The literal words first, as in isSkyPilotTask: the anchored patterns are tried at every position of the text.)
  text.includes('type:') &&
  text.includes('commands:') &&
  /^type:[ \t]*["']?(?:task|service|dev-environment)["']?[ \t]*(?:#.*)?$/m.test(text) &&
  /^[ \t-]*commands:/m.test(text);

const CRD_KIND = /^kind:[ \t]*["']?CustomResourceDefinition["']?[ \t]*(#.*)?$/m;

/**
 * A Kubernetes CustomResourceDefinition is a schema (property names, types, descriptions), never a
 * configuration that names a model: its documents are blanked (offsets and lines kept) before a
 * parse. Install manifests and CRD bundles are megabytes of them (kserve.yaml: 3.5 MB, 1 s to parse).
 */
export function blankSchemaDocuments(text: string): string {
  // (The kind's word first: CRD_KIND, anchored at line starts, is tried at every position of a text that has none.)
  if (!text.includes('CustomResourceDefinition') || !CRD_KIND.test(text)) return text;
  // config-file and compose-k8s both ask, one after the other.
  if (lastBlanked?.text === text) return lastBlanked.blanked;
  lastBlanked = blankSchemaDocumentsOnce(text);
  return lastBlanked.blanked;
}

let lastBlanked: { text: string; blanked: string; ranges: [number, number][] } | undefined;

/**
 * When this text is blankSchemaDocuments' output with documents blanked: their ranges (whole
 * lines, separator included, in order). The parser then leaves them out (structured.ts).
 */
export function blankedDocuments(text: string): [number, number][] | undefined {
  const last = lastBlanked;
  return last && last.ranges.length > 0 && last.blanked.length === text.length && last.blanked === text ? last.ranges : undefined;
}

function blankSchemaDocumentsOnce(text: string): { text: string; blanked: string; ranges: [number, number][] } {
  const ranges = schemaDocumentRanges(text);
  return { text, blanked: replaceRanges(text, ranges, (start, end) => blanked(text, start, end, true)), ranges };
}

/** The text with each of its ranges (in order, not overlapping) replaced by what `fill` makes of it. */
function replaceRanges(text: string, ranges: [number, number][], fill: (start: number, end: number) => string): string {
  let out = '';
  let from = 0;
  for (const [start, end] of ranges) {
    out += text.slice(from, start) + fill(start, end);
    from = end;
  }
  return out + text.slice(from);
}

/** Where the CustomResourceDefinition documents of text[from, to) are: whole lines, each opening separator included, in order. */
function schemaDocumentRanges(text: string, from = 0, to = text.length): [number, number][] {
  const ranges: [number, number][] = [];
  let start = from;
  const separators = /^---[^\n]*$/gm;
  separators.lastIndex = from;
  for (let m = separators.exec(text); ; m = separators.exec(text)) {
    if (m && m.index >= to) m = null;
    const end = m ? m.index : to;
    const document = text.slice(start, end);
    if (document.includes('CustomResourceDefinition') && CRD_KIND.test(document)) ranges.push([start, end]);
    if (!m) break;
    start = end;
    // The separator line stays with the document it opens; an empty match cannot loop here.
    separators.lastIndex = m.index + Math.max(m[0].length, 1);
  }
  return ranges;
}

/** A heredoc's opening (`cat <<'EOF'`, `<<-EOF`; not a `<<<` here-string): its delimiter word. */
const HEREDOC = /(?<!<)<<-?[ \t]*(["']?)([A-Za-z_]\w*)\1/g;

/**
 * Where `^[ \t]*word[ \t]*$` (multiline) first matches at or after `from`, a line start (or the text's end): the
 * occurrences of the word are found by `indexOf` and each one's line tested by its ends. The pattern run from `from`
 * was tried at every position of megabytes of heredoc (kserve's install scripts hold their manifests in one each).
 */
export function delimiterLine(text: string, word: string, from: number): number {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    let start = at;
    while (start > from && (text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 9)) start--;
    if (start > 0 && !isLineBreakCode(text.charCodeAt(start - 1))) continue;
    let end = at + word.length;
    while (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9) end++;
    if (end >= text.length || isLineBreakCode(text.charCodeAt(end))) return start;
  }
  return text.length;
}

/** The bodies of a shell script's heredocs: from the line after the opening to its delimiter's line. */
function heredocBodies(text: string): [number, number][] {
  const bodies: [number, number][] = [];
  HEREDOC.lastIndex = 0;
  for (let m = HEREDOC.exec(text); m; m = HEREDOC.exec(text)) {
    const start = text.indexOf('\n', m.index) + 1;
    if (start === 0) break;
    const end = delimiterLine(text, m[2]!, start);
    bodies.push([start, end]);
    HEREDOC.lastIndex = end;
  }
  return bodies;
}

/**
 * The text with the lines of its CustomResourceDefinition documents emptied (`\n` kept): a YAML file's, or those a
 * shell script holds in heredocs (`cat <<'EOF' | kubectl apply -f -`). A CRD is a schema (property names, types,
 * descriptions), never a configuration that names a model; every other line is itself, at its own number. Install
 * manifests and scripts that embed them are megabytes of CRDs (kserve's kserve.yaml: 3.5 MB, 96% of it), which
 * every extractor that reads line by line paid for.
 */
export function withoutSchemaDocuments(text: string, relPath: string): string {
  if (!text.includes('CustomResourceDefinition') || !CRD_KIND.test(text)) return text;
  const ranges = /\.ya?ml$/i.test(relPath)
    ? schemaDocumentRanges(text)
    : /\.(sh|bash)$/i.test(relPath)
      ? heredocBodies(text).flatMap(([from, to]) => schemaDocumentRanges(text, from, to))
      : [];
  if (ranges.length === 0) return text;
  return replaceRanges(text, ranges, (start, end) => {
    let lines = 0;
    for (let at = text.indexOf('\n', start); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) lines++;
    return '\n'.repeat(lines);
  });
}
