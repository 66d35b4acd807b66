/** A file handed to extractors: text already decoded, position helpers, no file-system access. */
export interface SourceFile {
  /** Relative to the audited root, `/` separators. */
  relPath: string;
  size: number;
  text: string;
  /** For binary-model extractors only (GGUF, safetensors): a bounded read of the file's bytes. */
  readBytes?: (start: number, length: number) => Promise<Uint8Array>;
}

/**
 * Offsets of each line start, for offset -> line/column. The last text's are kept: the extractors
 * of one file and the scan's ignore-marker check ask for the same text in turn. Read-only.
 */
export function lineStarts(text: string): readonly number[] {
  if (last?.text === text) return last.starts;
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  last = { text, starts };
  return starts;
}

let last: { text: string; starts: number[] } | undefined;

export function makeSourceFile(relPath: string, text: string): SourceFile {
  return { relPath, size: Buffer.byteLength(text), text };
}
