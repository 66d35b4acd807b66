// Dependency manifests: requirements*.txt / .in, pyproject.toml (PEP 621, Poetry, PEP 735 groups),
// Pipfile, setup.py / setup.cfg install_requires, environment.yml (conda + pip) and package.json.
// Specs: https://pip.pypa.io/en/stable/reference/requirements-file-format/ ,
// https://packaging.python.org/en/latest/specifications/pyproject-toml/ , https://docs.npmjs.com/cli/configuring-npm/package-json
//
// The rule, kept simple on purpose: a dependency on a hosted provider's SDK (dashscope, zhipuai,
// qianfan, Volcengine Ark, ModelScope, Anthropic, ...) or on a library tied to one model family
// (FlagEmbedding -> BAAI bge) is evidence that the project uses that provider or family. It is
// reported as `<provider or family>/*`, source api, context config, at the line naming the
// package; the lists live in src/registry/providers.yaml (`packages`, `family_libraries`).
// No model id is invented: which model is called is for the code extractors to find. The one exception is a
// package that is a model: spaCy's pipelines install as packages (`en-core-web-sm @ https://...whl`), reported as
// `spacy/<pipeline>`, source huggingface.
import { parse as parseToml } from 'smol-toml';
import type { Diagnostic } from '../model/diagnostic.js';
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { PositionIndex } from './shared/position.js';
import { evidenceForPackage, packageSpellings } from '../registry/providers.js';
import { parseYaml } from './shared/structured.js';
import { SPACY_PACKAGE_WORDS, SPACY_WORDS, spacyPackageId } from './shared/spacy.js';
import { anyWord } from './shared/words.js';

/** "requirements-dev.txt", "requirements/base.in", "pyproject.toml", "web/package.json" */
const MANIFEST =
  /(^|\/)(requirements[\w.-]*\.(txt|in)|requirements\/[\w.-]+\.(txt|in)|pyproject\.toml|Pipfile|setup\.cfg|setup\.py|environment\.ya?ml|package\.json)$/;

export default defineExtractor({
  name: 'manifest',
  // The provider SDK packages the registry knows.
  words: () => manifestWords(),
  matches: (path) => MANIFEST.test(path) && !path.includes('node_modules/'),
  extract(file) {
    const text = file.text;
    if (!mentionsAPackage(text)) return { references: [], diagnostics: [] };
    const { names, diagnostics } = dependencyNames(file.relPath, text);
    const positions = new PositionIndex(text);
    const references: RawReference[] = [];
    for (const name of new Set(names.map(normalise))) {
      // A spaCy pipeline installed as a package names that model (spacy/en_core_web_sm), not a provider.
      const pipeline = spacyPackageId(name);
      const id = pipeline ?? evidenceForPackage(name);
      if (!id) continue;
      for (const at of packageMentions(text, name)) {
        const { line, column } = positions.at(at);
        references.push({ id, source: pipeline ? 'huggingface' : 'api', line, column, snippet: positions.snippet(line), context: 'config' });
      }
    }
    return { references, diagnostics };
  },
});

/** The provider SDK packages the registry knows, and what a spaCy pipeline's package name holds. */
const manifestWords = () => [...packageSpellings(), ...SPACY_PACKAGE_WORDS, ...SPACY_WORDS];

let mentionPattern: RegExp | undefined;
/** Whether the text names a package the registry knows or a spaCy pipeline, ASCII case ignored (as the prefilter tests it). */
const mentionsAPackage = (text: string) => {
  mentionPattern ??= anyWord(manifestWords());
  return mentionPattern.test(text);
};

/** PEP 503 name normalisation (npm names are already lower-case). */
const normalise = (name: string) => name.toLowerCase().replace(/[_.]+/g, '-');

/** Requirement string -> its project name: "volcengine-python-sdk[ark]>=1.0; python_version>'3.8'" -> "volcengine-python-sdk". */
const requirementName = (spec: string) => /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)?.[1];

function dependencyNames(path: string, text: string): { names: string[]; diagnostics: Diagnostic[] } {
  const file = path.slice(path.lastIndexOf('/') + 1);
  const malformed = (message: string, line?: number): Diagnostic => ({
    stage: 'extract',
    code: 'malformed-file',
    path,
    ...(line ? { line } : {}),
    message: `${path}: ${message}`,
  });
  try {
    if (file === 'package.json') {
      const pkg = JSON.parse(text) as Record<string, unknown>;
      return { names: ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap((k) => keysOf(pkg[k])), diagnostics: [] };
    }
    if (file === 'pyproject.toml' || file === 'Pipfile') {
      const doc = parseToml(text) as Record<string, any>;
      if (file === 'Pipfile') return { names: [...keysOf(doc.packages), ...keysOf(doc['dev-packages'])], diagnostics: [] };
      const project = doc.project ?? {};
      const poetry = doc.tool?.poetry ?? {};
      const specs = [
        ...listOf(project.dependencies),
        ...Object.values(project['optional-dependencies'] ?? {}).flatMap(listOf),
        ...Object.values(doc['dependency-groups'] ?? {}).flatMap(listOf),
      ];
      const poetryNames = [
        ...keysOf(poetry.dependencies),
        ...keysOf(poetry['dev-dependencies']),
        ...Object.values(poetry.group ?? {}).flatMap((g: any) => keysOf(g?.dependencies)),
      ];
      return { names: [...specs.flatMap((s) => requirementName(s) ?? []), ...poetryNames], diagnostics: [] };
    }
    if (/^environment\.ya?ml$/.test(file)) {
      const { documents, diagnostics } = parseYaml(text, path);
      const deps = (documents[0]?.toJSON() as { dependencies?: unknown[] } | undefined)?.dependencies ?? [];
      const specs = deps.flatMap((d) => (typeof d === 'string' ? [d.replace(/^[\w-]+::/, '')] : listOf((d as { pip?: unknown })?.pip)));
      return { names: specs.flatMap((s) => requirementName(s) ?? []), diagnostics };
    }
    if (file === 'setup.py' || file === 'setup.cfg') {
      // "install_requires=['dashscope>=1.20', ...]" / "install_requires =\n    dashscope>=1.20"
      const block = /install_requires\s*=\s*(\[[\s\S]*?\]|(?:[^\n]*\n(?:[ \t]+[^\n]*\n?)*))/.exec(text)?.[1] ?? '';
      const specs = file === 'setup.py' ? [...block.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]!) : block.split('\n');
      const extras =
        file === 'setup.py'
          ? []
          : [...text.matchAll(/^\[options\.extras_require\][\s\S]*?(?=^\[|$(?![\s\S]))/gm)].flatMap((m) =>
              m[0]
                .split('\n')
                .slice(1)
                .map((l) => l.replace(/^\s*[\w-]+\s*=/, '')),
            );
      return { names: [...specs, ...extras].flatMap((s) => requirementName(s) ?? []), diagnostics: [] };
    }
    // requirements*.txt / .in: one requirement a line; options, includes, paths and URLs are not names.
    const names = text.split('\n').flatMap((raw) => {
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      if (!line || line.startsWith('-') || /^(\.|\/|[a-z+]+:\/\/)/i.test(line)) return [];
      return requirementName(line) ?? [];
    });
    return { names, diagnostics: [] };
  } catch (error) {
    const line = (error as { line?: number }).line;
    return { names: [], diagnostics: [malformed(`not a valid ${file}: ${(error as Error).message.split('\n')[0]}`, line)] };
  }
}

const keysOf = (value: unknown): string[] => (value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : []);
const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Offsets where a package is named as a dependency (its own token, not in a comment line). */
function packageMentions(text: string, normalisedName: string): number[] {
  // "FlagEmbedding==1.3.3", "\"@volcengine/ark-runtime\": \"^1\"", "zhipuai = \"*\"": separators may be -, _ or .
  const pattern = normalisedName.replace(/[.*+?^${}()|[\]\\/@]/g, '\\$&').replace(/-/g, '[-_.]+');
  const token = new RegExp(`(?<![\\w.@/-])${pattern}(?![\\w/-]|\\.\\w)`, 'gi');
  const found: number[] = [];
  for (let m = token.exec(text); m; m = token.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    if (/^\s*(#|\/\/)/.test(text.slice(lineStart, m.index)) || /\s#/.test(text.slice(lineStart, m.index))) continue;
    found.push(m.index);
  }
  return found;
}
