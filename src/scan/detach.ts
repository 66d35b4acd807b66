// What an extraction returns outlives the file's text: the references are kept to the end of the
// scan. Strings an extractor returns are often slices of that text (a snippet, an id cut from a
// line, a message quoting it), and V8 keeps a slice's whole parent alive, so each reference found
// on the main thread kept its whole file (whole real corpus, at the end of the scan: 30 MB of 1,674
// file texts, 45% of the main thread's live heap). Copying the few characters kept lets the text go.
// A worker's results need none of this (a message copies them), but the copy costs little.
import type { Diagnostic } from '../model/diagnostic.js';
import type { LocalFacts, RawReference } from '../model/reference.js';
import { detached } from '../model/detached.js';

/** The raw reference with its strings copied (id, revision, snippet, facts). */
export function detachRaw(raw: RawReference): RawReference {
  const copy: RawReference = { ...raw, id: detached(raw.id), snippet: detached(raw.snippet) };
  if (raw.revision !== undefined) copy.revision = detached(raw.revision);
  if (raw.facts) copy.facts = detachFacts(raw.facts);
  return copy;
}

function detachFacts(facts: LocalFacts): LocalFacts {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(facts)) {
    copy[key] = typeof value === 'string' ? detached(value) : Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? detached(v) : v)) : value;
  }
  return copy as LocalFacts;
}

export function detachDiagnostic(diagnostic: Diagnostic): Diagnostic {
  const copy: Diagnostic = { ...diagnostic, message: detached(diagnostic.message) };
  if (diagnostic.model !== undefined) copy.model = detached(diagnostic.model);
  return copy;
}
