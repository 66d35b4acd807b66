// Block YAML into the nodes `parseAllDocuments` builds, from the `yaml` package's own CST, without
// its Documents. Composing Documents was about two thirds of the parse (Schema and Document per
// document, comment bookkeeping, generic property loops). This is compose's own logic (resolve-props,
// resolve-block-map/seq, resolve-flow-collection, compose-scalar of yaml 2) minus comments, and it
// gives up (undefined: the caller parses as before) wherever compose would report an error or a
// warning could matter, or the text uses what it does not build: anchors, aliases, tags, directives,
// explicit keys (`?`), keys that are not scalars. Proof of identity: tests/bench/yaml-fast-check.mjs.
import { CST, Document, isScalar, Pair, Parser, Scalar, YAMLMap, YAMLSeq, type LineCounter, type Node as YamlNode } from 'yaml';

type Token = CST.Token;
type SourceToken = CST.SourceToken;

/** Thrown wherever compose would report an error, or the input needs what is not built here. */
class GiveUp extends Error {}
const GIVE_UP = new GiveUp();
const giveUp = (): never => {
  throw GIVE_UP;
};

// The schema and options every Document of parseAllDocuments gets by default (YAML 1.2 core).
const defaults = new Document();
const SCHEMA = defaults.schema;
const OPTIONS = defaults.options;
const STRING_TAG = (SCHEMA as unknown as Record<symbol, ScalarTagLike>)[Symbol.for('yaml.scalar')]!;
interface ScalarTagLike {
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  collection?: string;
  resolve: (value: string, onError: (message: string) => void, options: unknown) => unknown;
}
const TAGS = SCHEMA.tags as unknown as ScalarTagLike[];
/** A core-schema tag that applies at keys only (the merge key, off in YAML 1.2) would make keys differ: not built then. */
const USABLE = !TAGS.some((tag) => tag.default === 'key') && !SCHEMA.compat;
/** Only a plain scalar starting with one of these can be anything but a string in the core schema. */
const TYPED_START = /^[-+.0-9~nNtTfF]|^$/;

interface Props {
  found: SourceToken | null;
  comment: boolean;
  hasNewline: boolean;
  comma: SourceToken | null;
  end: number;
  start: number;
}

/** compose's resolveProps without anchors and tags (given up on), comments reduced to whether there is one. */
function resolveProps(
  tokens: SourceToken[],
  flow: boolean,
  indicator: string,
  next: Token | undefined,
  offset: number,
  parentIndent: number,
  startOnNewline: boolean,
): Props {
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment = false;
  let hasNewline = false;
  let tab: SourceToken | null = null;
  let comma: SourceToken | null = null;
  let found: SourceToken | null = null;
  for (const token of tokens) {
    if (tab) {
      if (atNewline && token.type !== 'comment' && token.type !== 'newline') giveUp();
      tab = null;
    }
    switch (token.type) {
      case 'space':
        if (!flow && (indicator !== 'doc-start' || next?.type !== 'flow-collection') && token.source.includes('\t')) tab = token;
        hasSpace = true;
        break;
      case 'comment':
        if (!hasSpace) giveUp();
        comment = true;
        atNewline = false;
        break;
      case 'newline':
        atNewline = true;
        hasNewline = true;
        hasSpace = true;
        break;
      case 'comma':
        if (!flow || comma) giveUp();
        comma = token;
        atNewline = false;
        hasSpace = false;
        break;
      default:
        if (token.type !== indicator || found) giveUp();
        found = token;
        atNewline = indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
        hasSpace = false;
    }
  }
  if (tab && ((atNewline && (tab as { indent?: number }).indent! <= parentIndent) || next?.type === 'block-map' || next?.type === 'block-seq')) giveUp();
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  return { found, comment, hasNewline, comma, end, start: end };
}

/** compose's resolveEnd: the offset after the comments and space that end a node. */
function resolveEnd(end: SourceToken[] | undefined, offset: number, reqSpace: boolean): number {
  if (!end) return offset;
  let hasSpace = false;
  for (const token of end) {
    if (token.type === 'space' || token.type === 'newline') hasSpace = true;
    else if (token.type === 'comment') {
      if (reqSpace && !hasSpace) giveUp();
    } else giveUp();
    offset += token.source.length;
  }
  return offset;
}

function emptyScalarPosition(offset: number, before: SourceToken[] | undefined): number {
  if (before) {
    for (let i = before.length - 1; i >= 0; --i) {
      let st = before[i]!;
      if (st.type === 'space' || st.type === 'comment' || st.type === 'newline') {
        offset -= st.source.length;
        continue;
      }
      st = before[++i]!;
      while (st?.type === 'space') {
        offset += st.source.length;
        st = before[++i]!;
      }
      break;
    }
  }
  return offset;
}

function containsNewline(key: Token | null | undefined): boolean {
  if (!key) return false;
  if (key.type === 'scalar' || key.type === 'double-quoted-scalar' || key.type === 'single-quoted-scalar') {
    if (key.source.includes('\n')) return true;
    return !!key.end?.some((st) => st.type === 'newline');
  }
  return true;
}

const onScalarError = () => giveUp();

function composeScalar(token: Token): Scalar {
  const resolved = CST.resolveAsScalar(token, true, onScalarError);
  if (!resolved) return giveUp();
  const { value, type, range } = resolved;
  let tag = STRING_TAG;
  if (token.type === 'scalar' && TYPED_START.test(value)) tag = TAGS.find((t) => t.default === true && t.test?.test(value)) ?? STRING_TAG;
  const res = tag.resolve(value, giveUp, OPTIONS);
  const scalar = isScalar(res) ? (res as Scalar) : new Scalar(res);
  scalar.range = range;
  scalar.source = value;
  if (type) scalar.type = type;
  if (tag.format) scalar.format = tag.format;
  return scalar;
}

function composeEmptyNode(offset: number, before: SourceToken[] | undefined, props: Props): Scalar {
  const node = composeScalar({ type: 'scalar', offset: emptyScalarPosition(offset, before), indent: -1, source: '' });
  if (props.comment) node.range![2] = props.end;
  return node;
}

function composeNode(token: Token, atKey: boolean): YamlNode {
  switch (token.type) {
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      return composeScalar(token);
    case 'block-map':
      return atKey ? giveUp() : blockMap(token);
    case 'block-seq':
      return atKey ? giveUp() : blockSeq(token);
    case 'flow-collection':
      return atKey ? giveUp() : flowCollection(token);
    default:
      return giveUp();
  }
}

function blockMap(bm: CST.BlockMap): YAMLMap {
  const map = new YAMLMap(SCHEMA);
  let offset = bm.offset;
  let commentEnd: number | null = null;
  for (const { start, key, sep, value } of bm.items as CST.BlockMap['items']) {
    const keyProps = resolveProps(start, false, 'explicit-key-ind', key ?? sep?.[0], offset, bm.indent, true);
    if (keyProps.found) giveUp();
    if (key) {
      if (key.type === 'block-seq') giveUp();
      else if ('indent' in key && key.indent !== bm.indent) giveUp();
    }
    if (!sep) {
      if (key) giveUp(); // a key with no value: compose reports it
      commentEnd = keyProps.end;
      continue;
    }
    if (containsNewline(key)) giveUp();
    const keyNode = key ? composeNode(key, true) : composeEmptyNode(keyProps.end, start, keyProps);
    const valueProps = resolveProps(sep, false, 'map-value-ind', value, keyNode.range![2], bm.indent, !key || key.type === 'block-scalar');
    offset = valueProps.end;
    if (!valueProps.found) giveUp();
    if (value?.type === 'block-map' && !valueProps.hasNewline) giveUp();
    if (keyProps.start < valueProps.found!.offset - 1024) giveUp();
    const valueNode = value ? composeNode(value, false) : composeEmptyNode(offset, sep, valueProps);
    offset = valueNode.range![2];
    map.items.push(new Pair(keyNode, valueNode));
  }
  if (commentEnd && commentEnd < offset) giveUp();
  map.range = [bm.offset, offset, commentEnd ?? offset];
  return map;
}

function blockSeq(bs: CST.BlockSequence): YAMLSeq {
  const seq = new YAMLSeq(SCHEMA);
  let offset = bs.offset;
  let commentEnd: number | null = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, false, 'seq-item-ind', value, offset, bs.indent, true);
    if (!props.found) {
      if (value) giveUp();
      commentEnd = props.end;
      continue;
    }
    const node = value ? composeNode(value, false) : composeEmptyNode(props.end, start, props);
    offset = node.range![2];
    seq.items.push(node);
  }
  seq.range = [bs.offset, offset, commentEnd ?? offset];
  return seq;
}

const isBlock = (token: Token | null | undefined) => token?.type === 'block-map' || token?.type === 'block-seq';

function flowCollection(fc: CST.FlowCollection): YAMLMap | YAMLSeq {
  const isMap = fc.start.source === '{';
  const coll = isMap ? new YAMLMap(SCHEMA) : new YAMLSeq(SCHEMA);
  coll.flow = true;
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    const { start, key, sep, value } = fc.items[i]!;
    const props = resolveProps(start, true, 'explicit-key-ind', key ?? sep?.[0], offset, fc.indent, false);
    if (props.found) giveUp();
    if (!sep && !value) {
      // An empty item: only a trailing one (`[a, b,]`) is no error.
      if ((i === 0 && props.comma) || i < fc.items.length - 1 || key) giveUp();
      offset = props.end;
      continue;
    }
    if (!isMap && containsNewline(key)) giveUp();
    if (i === 0 ? props.comma : !props.comma) giveUp();
    if (!isMap && !sep) {
      if (isBlock(value)) giveUp();
      const valueNode = value ? composeNode(value, false) : composeEmptyNode(props.end, sep, props);
      (coll as YAMLSeq).items.push(valueNode);
      offset = valueNode.range![2];
      continue;
    }
    if (isBlock(key)) giveUp();
    const keyNode = key ? composeNode(key, true) : composeEmptyNode(props.end, start, props);
    const valueProps = resolveProps(sep ?? [], true, 'map-value-ind', value, keyNode.range![2], fc.indent, false);
    if (valueProps.found) {
      if (!isMap) {
        for (const st of sep ?? []) {
          if (st === valueProps.found) break;
          if (st.type === 'newline') giveUp();
        }
        if (props.start < valueProps.found.offset - 1024) giveUp();
      }
    } else if (value) giveUp();
    if (isBlock(value)) giveUp();
    const valueNode = value ? composeNode(value, false) : valueProps.found ? composeEmptyNode(valueProps.end, sep, valueProps) : null;
    const pair = new Pair(keyNode, valueNode);
    if (isMap) (coll as YAMLMap).items.push(pair);
    else {
      const map = new YAMLMap(SCHEMA);
      map.flow = true;
      map.items.push(pair);
      const endRange = (valueNode ?? keyNode).range!;
      map.range = [keyNode.range![0], endRange[1], endRange[2]];
      (coll as YAMLSeq).items.push(map);
    }
    offset = valueNode ? valueNode.range![2] : valueProps.end;
  }
  const [ce, ...ee] = fc.end;
  if (ce?.source !== (isMap ? '}' : ']')) giveUp();
  const cePos = ce!.offset + ce!.source.length;
  coll.range = [fc.offset, cePos, ee.length > 0 ? resolveEnd(ee, cePos, true) : cePos];
  return coll;
}

function composeDoc({ offset, start, value, end }: CST.Document): YamlNode {
  const props = resolveProps(start, false, 'doc-start', value ?? end?.[0], offset, 0, true);
  if (props.found && (value?.type === 'block-map' || value?.type === 'block-seq') && !props.hasNewline) giveUp();
  const contents = value ? composeNode(value, false) : composeEmptyNode(props.end, start, props);
  resolveEnd(end, contents.range![2], false);
  return contents;
}

/**
 * Each document's contents, as `parseAllDocuments(text, { uniqueKeys: false })` gives them with no
 * error (comments, which no extractor reads, are not kept), and the line counter filled as the
 * parse fills it; undefined where the parse is left to `parseAllDocuments`.
 */
export function composeBlockYaml(text: string, lineCounter: LineCounter): YamlNode[] | undefined {
  if (!USABLE) return undefined;
  const documents: YamlNode[] = [];
  try {
    let open = false;
    for (const token of new Parser(lineCounter.addNewLine).parse(text)) {
      switch (token.type) {
        case 'document':
          documents.push(composeDoc(token));
          open = true;
          break;
        case 'doc-end':
          if (!open) giveUp();
          resolveEnd(token.end, token.offset + token.source.length, true);
          break;
        case 'byte-order-mark':
        case 'space':
        case 'comment':
        case 'newline':
          break;
        default:
          // directives (their tags and versions change what follows), error tokens
          giveUp();
      }
    }
  } catch {
    // GiveUp, or anything else compose would report (a stack overflow on deep nesting).
    return undefined;
  }
  return documents;
}
