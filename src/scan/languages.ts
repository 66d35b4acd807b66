// Which source files the scan selects but reads in no language (issue #15): a C++ or PowerShell file
// goes through the catch-all Hub URL reader only, so a model named in its code is not seen. The
// report says how many such files each language has, until an extractor reads it; a language some
// extractor reads (Python, Java, Go through model-names, ...) is never counted, whatever this table says.
import type { WalkedFile } from '../discover/walk.js';
import { extractors as allExtractors } from '../extract/index.js';
import { masksMeet } from './select.js';

/** Programming and scripting languages by file extension (lower case), whether read today or not. */
const LANGUAGES: Record<string, string[]> = {
  'C/C++': ['c', 'h', 'cpp', 'cc', 'cxx', 'c++', 'hpp', 'hh', 'hxx', 'inl', 'ipp'],
  CUDA: ['cu', 'cuh'],
  'Objective-C': ['mm'],
  'C#': ['cs'],
  'F#': ['fsx'],
  'Visual Basic': ['vb'],
  Go: ['go'],
  Rust: ['rs'],
  Java: ['java'],
  Kotlin: ['kt', 'kts'],
  Scala: ['scala'],
  Groovy: ['groovy', 'gradle'],
  Clojure: ['clj', 'cljs', 'cljc'],
  Swift: ['swift'],
  Dart: ['dart'],
  PHP: ['php'],
  Ruby: ['rb'],
  Perl: ['pl', 'pm'],
  Lua: ['lua'],
  R: ['r'],
  Julia: ['jl'],
  Haskell: ['hs'],
  OCaml: ['ml', 'mli'],
  Elixir: ['ex', 'exs'],
  Erlang: ['erl'],
  Zig: ['zig'],
  Nim: ['nim'],
  Crystal: ['cr'],
  Fortran: ['f90', 'f95', 'f03', 'f08'],
  Mojo: ['mojo'],
  Solidity: ['sol'],
  PowerShell: ['ps1', 'psm1'],
  'Windows batch': ['bat', 'cmd'],
  'Fish/Csh shell': ['fish', 'csh', 'tcsh', 'ksh'],
  Terraform: ['tf', 'hcl'],
  Nix: ['nix'],
  Astro: ['astro'],
};

const byExtension = new Map(Object.entries(LANGUAGES).flatMap(([language, extensions]) => extensions.map((e) => [e, language] as const)));

/** Extractors that read a file's language (not a catch-all text reader, not a binary header reader), as a mask. */
const LANGUAGE_READERS = allExtractors.reduce((mask, e, i) => (e.anyText || e.binary ? mask : mask + 2 ** i), 0);

/** The language of a walked source file no extractor reads in its language, or undefined. */
export function languageNotRead(file: WalkedFile): string | undefined {
  if (file.kind !== 'text' || file.extractors === undefined || masksMeet(file.extractors, LANGUAGE_READERS)) return undefined;
  const dot = file.relPath.lastIndexOf('.');
  if (dot < 0 || dot < file.relPath.lastIndexOf('/')) return undefined;
  return byExtension.get(file.relPath.slice(dot + 1).toLowerCase());
}

/** Counts by language, most files first (then by name): the report's `summary.languagesNotRead`. */
export function notReadSummary(counts: Map<string, number>): { language: string; files: number }[] {
  return [...counts].map(([language, files]) => ({ language, files })).sort((a, b) => b.files - a.files || a.language.localeCompare(b.language));
}
