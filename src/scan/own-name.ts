// The audited project's own name (pyproject.toml's `[project]` / `[tool.poetry]` name, package.json's
// name): a server that puts its own name in the `model` field of its answers (PrivateGPT's
// `IngestResponse(object="list", model="private-gpt", data=[])`, its OpenAPI examples, its
// `model: Literal["private-gpt"]` field) names itself there, not a model it uses. Such hosted-name
// references are dropped; Hub ids, Ollama tags and local paths are kept (a model repository's own
// code may well load the model it is named after).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileExtraction } from './screen.js';

/** `name = "private-gpt"` in pyproject's `[project]` or `[tool.poetry]` table. */
const PYPROJECT_NAME = /^\[(?:project|tool\.poetry)\][^[]*?^name\s*=\s*["']([^"'\n]+)["']/m;

/** The project's own names, lower case (none when it declares no name). */
export function projectOwnNames(root: string): Set<string> {
  const names = new Set<string>();
  const read = (name: string) => {
    try {
      return readFileSync(join(root, name), 'utf8').slice(0, 200_000);
    } catch {
      return undefined; // no such file
    }
  };
  const pyproject = read('pyproject.toml');
  const py = pyproject && PYPROJECT_NAME.exec(pyproject)?.[1];
  if (py) names.add(py.toLowerCase());
  const pkg = read('package.json');
  if (pkg) {
    try {
      const name = (JSON.parse(pkg) as { name?: unknown }).name;
      // `@scope/name`: the package's own name is the part after the scope.
      if (typeof name === 'string' && name) names.add(name.slice(name.indexOf('/') + 1).toLowerCase());
    } catch {
      // a package.json that is not JSON declares no name the scan can trust
    }
  }
  return names;
}

/** The file's references without the hosted names that are the project's own name. */
export function withoutOwnName(result: FileExtraction, ownNames: Set<string>): FileExtraction {
  if (!ownNames.size || !result.references.length) return result;
  const own = (r: FileExtraction['references'][number]) => {
    if (r.raw.source !== 'api') return false;
    const model = r.raw.id.slice(r.raw.id.indexOf('/') + 1).toLowerCase();
    return ownNames.has(model);
  };
  if (!result.references.some(own)) return result;
  return { ...result, references: result.references.filter((r) => !own(r)) };
}
