import type { SourceFile } from './source-file.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { RawReference } from '../model/reference.js';

export interface ExtractResult {
  references: RawReference[];
  diagnostics: Diagnostic[];
}

/**
 * One file format's reader. `matches` is a cheap path test; `extract` is pure: text in,
 * references and diagnostics out, no fs, no network, never throws on bad input.
 */
export interface Extractor {
  /** Stable id: written to references[].extractor; equals the file, fixture folder and test names. */
  readonly name: string;
  matches(relPath: string): boolean;
  /** True when `matches` looks at the file's name alone, never its folders: the walk asks once per distinct name. */
  readonly matchesName?: boolean;
  /**
   * Words (case-insensitive) one of which any text this extractor finds something in contains:
   * the scan's prefilter turns away files with none of them before any extractor runs. It must be
   * conservative: list words only when `extract` returns nothing, before any other work, on text
   * lacking every one (its own first test). Absent: every file it accepts is read.
   */
  readonly words?: readonly string[] | (() => readonly string[]);
  /** Extractors whose words stand for this one's (a notebook hands its cells to them). */
  readonly wordsOf?: readonly string[];
  /**
   * Reads any text file for one thing (Hub URLs), not the file's language: a source file only such
   * extractors want is counted as not read in its language (the report's `languagesNotRead`).
   */
  readonly anyText?: boolean;
  /**
   * Its references' sources stand as it reports them: Hub locations (`hf://mistral/mistral-7b-instruct` is the Hub's,
   * whatever its name), or readings it settles itself (a notebook's cells). For every other extractor the scan reports a
   * provider's route before a name only its API serves as that API's model (shared/hosted-route.ts).
   */
  readonly keepsSources?: boolean;
  /** Binary extractors get `file.readBytes` and an empty `text`. */
  readonly binary?: boolean;
  extract(file: SourceFile): ExtractResult | Promise<ExtractResult>;
}

export const defineExtractor = (extractor: Extractor): Extractor => extractor;
