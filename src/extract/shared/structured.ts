// Parsing YAML / JSON / TOML with positions, for extractors that walk keys and values.
// Alias bombs are capped, errors become diagnostics, and every scalar keeps its offset.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../../model/diagnostic.js';

export interface ScalarVisit {
  /** Keys from the document root to this value (`[]` indices as numbers). */
  path: (string | number)[];
  value: string;
  offset: number;
}

export interface ParsedStructure {
  documents: YamlNode[];
  lineCounter: LineCounter;
  diagnostics: Diagnostic[];
}

/** YAML (JSON is YAML too, so positions come out right for both). */
export function parseYaml(text: string, path: string): ParsedStructure {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const documents: YamlNode[] = [];
  try {
    for (const doc of parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false })) {
      if ('errors' in doc && doc.errors.length > 0) {
        const error = doc.errors[0]!;
        diagnostics.push({ stage: 'extract', code: 'malformed-file', path, line: lineCounter.linePos(error.pos[0]).line, message: `${path} is not valid YAML/JSON: ${error.message.split('\n')[0]}` });
        continue;
      }
      if (doc.contents) documents.push(doc.contents as YamlNode);
    }
  } catch (error) {
    diagnostics.push({ stage: 'extract', code: 'malformed-file', path, message: `${path} could not be parsed: ${(error as Error).message}` });
  }
  return { documents, lineCounter, diagnostics };
}

/** Visits every string scalar with its key path; aliases are not followed (no alias bombs). */
export function walkScalars(node: YamlNode | null | undefined, visit: (v: ScalarVisit, parent: YamlNode | undefined) => void, path: (string | number)[] = [], parent?: YamlNode, depth = 0): void {
  if (!node || depth > 100 || isAlias(node)) return;
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.range) visit({ path, value: node.value, offset: node.range[0] + quoteShift(node.type) }, parent);
    return;
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      walkScalars(pair.value as YamlNode, visit, [...path, key], node, depth + 1);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => walkScalars(item as YamlNode, visit, [...path, i], node, depth + 1));
  }
}

const quoteShift = (type: string | undefined) => (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE' ? 1 : 0);

export function mapGet(node: YamlNode | null | undefined, key: string): YamlNode | undefined {
  return isMap(node) ? (node.get(key, true) as YamlNode | undefined) : undefined;
}
