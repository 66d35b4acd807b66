// Folders the project's own README or contributing guide describes as what its tests run on:
// "- `targets/` — small repositories used in integration tests and examples" (a scanner's sample
// projects), "- `testdata/` — test fixtures". Their files are test inputs wherever they sit (not
// under a folder named for tests), so their references get context `test`: the starter policy
// gates the project's own code, config and deployment, not the samples its tests feed a tool.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileExtraction } from './screen.js';

/** Where a project describes its layout. */
const LAYOUT_DOCS = ['README.md', 'readme.md', 'CONTRIBUTING.md', '.github/CONTRIBUTING.md', 'docs/CONTRIBUTING.md'];
/** A list item or table row that starts with a folder in a code span: "- `targets/` — ...", "| `testdata/` | ... |". */
const LAYOUT_LINE = /^\s*(?:[-*+]|\|)\s*`\.?\/?([\w.-]+(?:\/[\w.-]+)*)\/`\s*[|:—–-]*\s*(.+)$/;
/** A description of test inputs: "used in integration tests", "sample targets used by tests", "test fixtures". */
const TEST_INPUTS =
  /\bused (?:in|by|for) (?:the )?(?:(?:unit|integration|e2e|end-to-end|regression) )?tests?\b|\btest (?:fixtures?|data|inputs?|targets?|projects?|repositor(?:y|ies)|samples?|cases)\b|\bfixtures? (?:for|used by) (?:the )?tests?\b/i;
/** Contexts a test input's references trade for `test` (comments, docs and vendored code keep theirs). */
const GATED = new Set(['code', 'config', 'deploy']);

/** A test of relative paths for the folders the project documents as test inputs (none: always false). */
export function documentedTestInputs(root: string): (relPath: string) => boolean {
  const folders = new Set<string>();
  for (const name of LAYOUT_DOCS) {
    let text: string;
    try {
      text = readFileSync(join(root, name), 'utf8').slice(0, 200_000);
    } catch {
      continue; // no such file
    }
    for (const line of text.split('\n')) {
      const m = LAYOUT_LINE.exec(line);
      if (m && TEST_INPUTS.test(m[2]!) && !/^\.\.?$/.test(m[1]!)) folders.add(`${m[1]}/`);
    }
  }
  if (folders.size === 0) return () => false;
  const list = [...folders];
  return (relPath) => list.some((folder) => relPath.startsWith(folder));
}

/** The file's references in a documented test input, with context `test`. */
export function markTestInputs(result: FileExtraction, isTestInput: (relPath: string) => boolean): FileExtraction {
  if (!result.references.length || !isTestInput(result.references[0]!.reference.path)) return result;
  return {
    ...result,
    references: result.references.map((r) => (GATED.has(r.reference.context) ? { ...r, reference: { ...r.reference, context: 'test' } } : r)),
  };
}
