// Which hub a Python file's bare `org/name` ids live on when no call says so: a file that loads its models only
// through ModelScope's SDK, or through a library that downloads from ModelScope by default (providers.yaml
// `library_names` entries with `hub: modelscope`: FunASR's `AutoModel(model="iic/SenseVoiceSmall")`), names
// ModelScope repos; a Hugging Face library imported beside them, or `hub="hf"`, leaves the ids on the Hub.
import type { RawReference } from '../../model/reference.js';
import { loadRegistry } from '../../registry/load.js';
import { librarySlots } from '../../registry/providers.js';

const HUB_LIBRARY_IMPORT = /\b(?:from|import)\s+(?:huggingface_hub|transformers|sentence_transformers|diffusers|peft)\b/;
/** `AutoModel(model=..., hub="hf")`: FunASR told to use the Hugging Face Hub (its `hub` keyword, default "ms"). */
const HUB_HF_ARGUMENT = /\bhub\s*=\s*['"](?:hf|huggingface)['"]/;

let modelScopeImport: { pattern: RegExp; packages: string[] } | undefined;
/** `import modelscope`, `from modelscope.hub.snapshot_download import ...`, `from funasr import AutoModel`. */
function modelScopeLibraryImport(): { pattern: RegExp; packages: string[] } {
  if (modelScopeImport) return modelScopeImport;
  const packages = [
    'modelscope',
    ...librarySlots()
      .filter((l) => l.source === 'modelscope')
      .map((l) => l.package),
  ];
  // (An import statement, at its line's start: not prose in a comment, `# Cut from modelscope/ms-swift ...`.)
  return (modelScopeImport = { pattern: new RegExp(`^[ \\t]*(?:from|import)[ \\t]+(?:${packages.join('|')})(?![\\w/-])`, 'm'), packages });
}

/** Whether this Python text's ids are ModelScope repos by default (see the file's comment). */
export function modelScopeByDefault(text: string): boolean {
  // (Every match names a package: a text naming none is answered without the pattern, tried at every `from`/`import`;
  // a name with a character the pattern reads as syntax is always tried.)
  const { pattern, packages } = modelScopeLibraryImport();
  return packages.some((p) => /[^\w-]/.test(p) || text.includes(p)) && pattern.test(text) && !HUB_LIBRARY_IMPORT.test(text) && !HUB_HF_ARGUMENT.test(text);
}

/**
 * The file's Hub ids moved to ModelScope where the registry knows their namespace there (families.yaml
 * `modelscope_namespaces`: `iic`, `Qwen`, `damo`, `ZhipuAI`); others (`meta-llama`, whose ModelScope copies live under
 * `LLM-Research`, or a user's fine-tune) keep the source their reader gave.
 */
export function onModelScope(references: RawReference[]): RawReference[] {
  const registry = loadRegistry();
  return references.map((r) => {
    if (r.source !== 'huggingface' || !r.id.includes('/')) return r;
    const org = r.id.slice(0, r.id.indexOf('/'));
    return registry.byModelScopeNamespace.has(org) || registry.modelScopeOnly.has(org) ? { ...r, source: 'modelscope' } : r;
  });
}
