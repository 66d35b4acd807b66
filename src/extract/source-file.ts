/** A file handed to extractors: text already decoded, position helpers, no file-system access. */
export interface SourceFile {
  /** Relative to the audited root, `/` separators. */
  relPath: string;
  size: number;
  text: string;
  /** For binary-model extractors only (GGUF, safetensors): a bounded read of the file's bytes. */
  readBytes?: (start: number, length: number) => Promise<Uint8Array>;
  /**
   * Folders the other parts of the same file write (a notebook's other cells' `--output_dir`), handed to the shell
   * extractor with one cell: a later cell's model flag given one of them loads that written model.
   */
  writtenFolders?: ReadonlySet<string>;
  /**
   * A code block of a document the scan already admitted (a README's ```python block): read whole, without the reader's
   * own word gate, which is there to turn files away cheaply (`m = MacBertCorrector("shibing624/macbert4csc-base-chinese")`
   * holds none of its words).
   */
  embeddedBlock?: boolean;
}

/**
 * Offsets of each line start, for offset -> line/column. Not kept between calls: a module-level
 * copy of the last text kept a whole file alive after its scan (tests/scan/detach.test.ts).
 */
export function lineStarts(text: string): readonly number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function makeSourceFile(relPath: string, text: string): SourceFile {
  return { relPath, size: Buffer.byteLength(text), text };
}
