// Parsing YAML / JSON / TOML with positions, for extractors that walk keys and values.
// Alias bombs are capped, errors become diagnostics, and every scalar keeps its offset.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Pair, parseAllDocuments, Parser, Scalar, YAMLMap, YAMLSeq, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../../model/diagnostic.js';
import { blankedDocuments } from './yaml-files.js';
import { prunedBlocks } from './yaml-prune.js';

export interface ScalarVisit {
  /** Keys from the document root to this value (`[]` indices as numbers). */
  path: (string | number)[];
  value: string;
  offset: number;
}

export interface ParsedStructure {
  documents: YamlNode[];
  diagnostics: Diagnostic[];
}

/**
 * YAML (JSON is YAML too, so positions come out right for both). A `.json` file that is strict
 * JSON is read by readJson instead, into the same nodes, about ten times faster; anything else
 * (comments, trailing commas, templates) goes to the YAML parser as before.
 */
export function parseYaml(text: string, path: string): ParsedStructure {
  // config-file and compose-k8s both read a manifest: the second gets the first's parse (a 3.5 MB
  // install manifest took 0.9 s per parse). Callers only read the nodes.
  if (lastParse?.text === text && lastParse.path === path) return { ...lastParse.parsed, diagnostics: [...lastParse.parsed.diagnostics] };
  const parsed = parseYamlOnce(text, path);
  lastParse = { text, path, parsed: { ...parsed, diagnostics: [...parsed.diagnostics] } };
  return parsed;
}

let lastParse: { text: string; path: string; parsed: ParsedStructure } | undefined;

/** Drops the kept parse once a file's extractors are done (a large manifest's nodes are megabytes). */
export function forgetParse(): void {
  lastParse = undefined;
}

function parseYamlOnce(text: string, path: string): ParsedStructure {
  if (/\.json$/i.test(path)) {
    const json = readJson(text);
    if (json) return { documents: [json], diagnostics: [] };
  }
  const blanks = blankedRanges(text);
  if (blanks) return parseNonBlankDocuments(text, path, blanks);
  return parseText(text, path);
}

/**
 * What the blanking steps (yaml-files' schema documents, yaml-prune's unread blocks) blanked in
 * this text, and its long runs of empty lines between documents, merged in order; undefined when
 * there are none.
 */
function blankedRanges(text: string): [number, number][] | undefined {
  const pruned = prunedBlocks(text);
  const documents = blankedDocuments(pruned ? pruned.input : text);
  const empty = emptyRunsBetweenDocuments(text);
  const sources = [pruned?.ranges, documents, empty].filter((ranges) => ranges !== undefined);
  if (sources.length <= 1) return sources[0];
  const merged: [number, number][] = [];
  for (const [start, end] of sources.flat().sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Fewer empty lines in a row than this are parsed as they are: leaving them out would save less than it costs. */
const EMPTY_RUN_MIN_LINES = 64;

/**
 * Runs of empty lines (`\n` alone) before a document separator (`---`), or at the start or the end of the text:
 * what the scan leaves of a CustomResourceDefinition (withoutSchemaDocuments, yaml-files.ts), every line emptied.
 * Between documents they are nothing to YAML, but the parser lexed each (kserve's install/v0.12.0/kserve.yaml: 22,000
 * lines, 1,100 of them content, parsed 6x slower with them), and a manifest left under yaml-prune's size by its emptied
 * CRDs was parsed whole. Undefined when there are none that long.
 */
export function emptyRunsBetweenDocuments(text: string): [number, number][] | undefined {
  let runs: [number, number][] | undefined;
  for (let at = text.indexOf('\n\n'); at >= 0; at = text.indexOf('\n\n', at)) {
    // The run's first `\n` ends the line before it (unless the text opens with it); the lines after are empty.
    const start = at === 0 ? 0 : at + 1;
    let end = at + 1;
    while (text.charCodeAt(end) === 10) end++;
    at = end;
    if (end - start < EMPTY_RUN_MIN_LINES) continue;
    if (end < text.length && !(text.startsWith('---', end) && /^---(?:[ \t\r\n]|$)/.test(text.slice(end, end + 4)))) continue;
    (runs ??= []).push([start, end]);
  }
  return runs;
}

/** A block scalar keeping its trailing lines (`|+`, `>2+`): blank lines after it are part of its value. */
const KEEP_CHOMPING = /[|>][1-9]?\+|[|>]\+[1-9]/;

/**
 * The text without its blanked ranges (whole lines: a blanked line is spaces and line breaks, which
 * YAML reads as nothing between entries), with the map from its offsets back to the text's. The
 * parser lexed every blanked line (1Panel's 323 KB OpenAPI document, 2% of it kept: 55-340 ms to
 * parse, 4-12 ms without the blank lines).
 */
function withoutRanges(text: string, ranges: [number, number][]): { kept: string; original: (at: number, end?: boolean) => number } {
  // Where each kept piece starts, in the kept text and in the text.
  const keptStarts: number[] = [];
  const textStarts: number[] = [];
  let kept = '';
  let from = 0;
  for (const [start, end] of ranges) {
    if (start > from) {
      keptStarts.push(kept.length);
      textStarts.push(from);
      kept += text.slice(from, start);
    }
    from = Math.max(from, end);
  }
  if (from < text.length || keptStarts.length === 0) {
    keptStarts.push(kept.length);
    textStarts.push(from);
    kept += text.slice(from);
  }
  // The piece the last offset fell in: a document's nodes are mostly in one piece.
  let piece = 0;
  /** An end offset at a piece's start is the end of the piece before it. */
  const original = (at: number, end = false) => {
    // Strictly inside the last piece: what the search below gives, without it.
    if (at > keptStarts[piece]! && (piece + 1 === keptStarts.length || at < keptStarts[piece + 1]!)) return textStarts[piece]! + at - keptStarts[piece]!;
    let lo = 0;
    let hi = keptStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (keptStarts[mid]! < at || (!end && keptStarts[mid] === at)) lo = mid;
      else hi = mid - 1;
    }
    piece = lo;
    return textStarts[lo]! + at - keptStarts[lo]!;
  };
  return { kept, original };
}

/**
 * The documents between `---` lines that hold more than whitespace, each parsed alone and its node
 * offsets moved to where it sits in the text: the parser's lexer would spend most of its time on
 * the blanked megabytes (a 3.5 MB install manifest: 0.6 s, now 0.1 s). The blanked ranges are left
 * out of what the parser reads, unless a block scalar keeps its trailing blank lines.
 */
function parseNonBlankDocuments(text: string, path: string, blanks: [number, number][]): ParsedStructure {
  const documents: YamlNode[] = [];
  const diagnostics: Diagnostic[] = [];
  // The text's line starts, counted when a parse error first needs a line (most files have none).
  let lineCounter: LineCounter | undefined;
  const lineOf = (at: number) => {
    if (!lineCounter) {
      lineCounter = new LineCounter();
      // Line 1 starts at 0 (the parser adds that start itself; a counter built by hand must too).
      lineCounter.addNewLine(0);
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
    }
    return lineCounter.linePos(at).line;
  };
  const { kept, original } = KEEP_CHOMPING.test(text) ? { kept: text, original: (at: number) => at } : withoutRanges(text, blanks);
  const separators = /^---[^\n]*$/gm;
  let start = 0;
  for (let m = separators.exec(kept); ; m = separators.exec(kept)) {
    const end = m ? m.index : kept.length;
    // Blank lines before and after a document are left out (whole lines only: indentation is meaning).
    const whole = kept.slice(start, end);
    const lead = /^(?:[ \t\r]*\n)*/.exec(whole)![0].length;
    const segment = whole.slice(lead).trimEnd();
    if (/\S/.test(segment.replace(/^---[^\n]*/, ''))) {
      const by = start + lead;
      const parsed = parseText(segment, path, (pos) => lineOf(original(by + pos)));
      for (const doc of parsed.documents) documents.push(relocated(doc, (at, end) => original(by + at, end)));
      diagnostics.push(...parsed.diagnostics);
    }
    if (!m) break;
    start = end;
    separators.lastIndex = m.index + Math.max(m[0].length, 1);
  }
  return { documents, diagnostics };
}

/** Moves every node's range to where it sits in the text (a document parsed out of a larger text). */
function relocated<T extends YamlNode>(node: T, original: (at: number, end: boolean) => number, depth = 0): T {
  if (!node || depth > 200) return node;
  if (node.range) node.range = [original(node.range[0], false), original(node.range[1], true), original(node.range[2], true)];
  if (isMap(node))
    for (const pair of node.items) {
      if (pair.key) relocated(pair.key as YamlNode, original, depth + 1);
      if (pair.value) relocated(pair.value as YamlNode, original, depth + 1);
    }
  else if (isSeq(node)) for (const item of node.items) relocated(item as YamlNode, original, depth + 1);
  return node;
}

/**
 * `lineOf` gives an offset's line when the text was cut from a larger one. Otherwise the line starts the parser
 * reports are collected only for a text with an error, by its parser run again (counting them cost the parser a call
 * per line of every file).
 */
function parseText(text: string, path: string, lineOf?: (offset: number) => number): ParsedStructure {
  const diagnostics: Diagnostic[] = [];
  const documents: YamlNode[] = [];
  let lineCounter: LineCounter | undefined;
  const lineAt = (offset: number) => {
    if (lineOf) return lineOf(offset);
    if (!lineCounter) {
      lineCounter = new LineCounter();
      for (const _ of new Parser(lineCounter.addNewLine).parse(text));
    }
    return lineCounter.linePos(offset).line;
  };
  try {
    for (const doc of parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false })) {
      if ('errors' in doc && doc.errors.length > 0) {
        const error = doc.errors[0]!;
        diagnostics.push({
          stage: 'extract',
          code: 'malformed-file',
          path,
          line: lineAt(error.pos[0]),
          message: `${path} is not valid YAML/JSON: ${error.message.split('\n')[0]}`,
        });
        continue;
      }
      if (doc.contents) documents.push(doc.contents as YamlNode);
    }
  } catch (error) {
    diagnostics.push({ stage: 'extract', code: 'malformed-file', path, message: `${path} could not be parsed: ${(error as Error).message}` });
  }
  return { documents, diagnostics };
}

/** Anchored nodes by name (the last of a name wins where the alias follows it, as YAML reads it). */
export function anchorsIn(root: YamlNode | null | undefined, found = new Map<string, YamlNode>(), depth = 0): Map<string, YamlNode> {
  if (!root || depth > 100 || isAlias(root)) return found;
  if ((root as { anchor?: string }).anchor) found.set((root as { anchor: string }).anchor, root);
  if (isMap(root)) for (const pair of root.items) isPair(pair) && anchorsIn(pair.value as YamlNode, found, depth + 1);
  else if (isSeq(root)) for (const item of root.items) anchorsIn(item as YamlNode, found, depth + 1);
  return found;
}

/**
 * An alias as the node it names (`model: *m` after `x-defaults: &m org/model`), one level only: an
 * alias inside the anchored node is not followed, so an alias bomb stays linear. The scalar keeps
 * the offset of the anchor, where the id is written.
 */
export function followAlias(node: YamlNode, root: YamlNode, cache: { anchors?: Map<string, YamlNode> }): YamlNode | undefined {
  if (!isAlias(node)) return node;
  cache.anchors ??= anchorsIn(root);
  const target = cache.anchors.get(node.source);
  return target && !isAlias(target) ? target : undefined;
}

/**
 * Visits every string scalar with its key path; an alias is followed one level (no alias bombs).
 * The path is one array pushed and popped as the walk goes (no copy per node): a visitor that
 * keeps it must copy it.
 */
export function walkScalars(
  node: YamlNode | null | undefined,
  visit: (v: ScalarVisit, parent: YamlNode | undefined) => void,
  path: (string | number)[] = [],
  parent?: YamlNode,
  depth = 0,
  aliases?: { root: YamlNode; anchors?: Map<string, YamlNode>; inside: boolean },
): void {
  if (!node || depth > 100) return;
  const context = aliases ?? { root: node, inside: false };
  if (isAlias(node)) {
    if (context.inside) return;
    const target = followAlias(node, context.root, context);
    if (target) walkScalars(target, visit, path, parent, depth + 1, { ...context, inside: true });
    return;
  }
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.range) visit({ path, value: node.value, offset: node.range[0] + quoteShift(node.type) }, parent);
    return;
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      path.push(isScalar(pair.key) ? String(pair.key.value) : '');
      walkScalars(pair.value as YamlNode, visit, path, node, depth + 1, context);
      path.pop();
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      path.push(i);
      walkScalars(node.items[i] as YamlNode, visit, path, node, depth + 1, context);
      path.pop();
    }
  }
}

const quoteShift = (type: string | undefined) => (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE' ? 1 : 0);

export function mapGet(node: YamlNode | null | undefined, key: string): YamlNode | undefined {
  return isMap(node) ? (node.get(key, true) as YamlNode | undefined) : undefined;
}

/** Nesting past this is left to the YAML parser (and its limits). */
const JSON_MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
class NotStrictJson extends Error {}

/**
 * Strict JSON (RFC 8259) into the nodes the YAML parser would build for it: maps, sequences and
 * scalars with their source ranges (strings typed QUOTE_DOUBLE, so offsets skip the quote), keys
 * kept in order with duplicates. Undefined when the text is not strict JSON.
 */
export function readJson(text: string): YamlNode | undefined {
  let at = 0;
  const fail = (): never => {
    throw new NotStrictJson();
  };
  const space = () => {
    for (let c = text.charCodeAt(at); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++at));
  };
  const string = (): Scalar => {
    const start = at++;
    let escaped = false;
    for (;;) {
      const c = text.charCodeAt(at);
      if (c === 34) break;
      if (c === 92) {
        escaped = true;
        at++;
      } else if (c < 32 || Number.isNaN(c)) fail();
      at++;
    }
    at++;
    let value: string;
    try {
      value = escaped ? (JSON.parse(text.slice(start, at)) as string) : text.slice(start + 1, at - 1);
    } catch {
      return fail();
    }
    const scalar = new Scalar(value);
    scalar.type = 'QUOTE_DOUBLE';
    scalar.range = [start, at, at];
    return scalar;
  };
  const value = (depth: number): YamlNode => {
    if (depth > JSON_MAX_DEPTH) fail();
    space();
    const start = at;
    const c = text[at];
    if (c === '"') return string();
    if (c === '{' || c === '[') {
      const map = c === '{';
      const node = map ? new YAMLMap() : new YAMLSeq();
      at++;
      space();
      if (text[at] === (map ? '}' : ']')) at++;
      else
        for (;;) {
          if (map) {
            space();
            if (text[at] !== '"') fail();
            const key = string();
            space();
            if (text[at++] !== ':') fail();
            (node as YAMLMap).items.push(new Pair(key, value(depth + 1)));
          } else (node as YAMLSeq).items.push(value(depth + 1));
          space();
          const next = text[at++];
          if (next === ',') continue;
          if (next === (map ? '}' : ']')) break;
          fail();
        }
      node.range = [start, at, at];
      return node;
    }
    let literal: string | undefined;
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, at)) literal = word;
    if (!literal) {
      NUMBER.lastIndex = at;
      literal = NUMBER.exec(text)?.[0] ?? fail();
    }
    at += literal.length;
    const scalar = new Scalar(JSON.parse(literal));
    scalar.type = 'PLAIN';
    scalar.range = [start, at, at];
    return scalar;
  };
  try {
    const root = value(0);
    space();
    return at === text.length ? root : undefined;
  } catch (error) {
    if (error instanceof NotStrictJson) return undefined;
    throw error;
  }
}
