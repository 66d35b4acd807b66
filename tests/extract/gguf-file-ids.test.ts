import { describe, expect, it } from 'vitest';
import { extractors } from '../../src/extract/index.js';
import { makeSourceFile } from '../../src/extract/source-file.js';

/** What every extractor accepting `relPath` finds in `text`, as `id source line` rows. */
async function found(relPath: string, text: string): Promise<string[]> {
  const rows = new Set<string>();
  for (const extractor of extractors) {
    if (!extractor.matches(relPath)) continue;
    const { references } = await extractor.extract(makeSourceFile(relPath, text));
    for (const r of references) rows.add(`${r.id} ${r.source} ${r.line}${r.revision ? ` @${r.revision}` : ''}`);
  }
  return [...rows].sort();
}

describe('a GGUF file named inside its Hub repo (LM Studio model ids, issue #15)', () => {
  it('reports the `-GGUF` repo, in code, docs, .env files and commands', async () => {
    // mem0ai/mem0 mem0-ts/src/oss/src/llms/lmstudio.ts:6-7 (nothing was reported)
    expect(
      await found(
        'src/llms/lmstudio.ts',
        'const DEFAULT_MODEL =\n  "lmstudio-community/Meta-Llama-3.1-70B-Instruct-GGUF/Meta-Llama-3.1-70B-Instruct-IQ2_M.gguf";\n',
      ),
    ).toEqual(['lmstudio-community/Meta-Llama-3.1-70B-Instruct-GGUF huggingface 2']);
    // mem0ai/mem0 docs/components/llms/models/lmstudio.mdx:16-22, a config in a code block (nothing was reported)
    expect(
      await found(
        'docs/lmstudio.mdx',
        '```python\nconfig = {\n    "llm": {\n        "provider": "lmstudio",\n        "config": {\n            "model": "lmstudio-community/Meta-Llama-3.1-70B-Instruct-GGUF/Meta-Llama-3.1-70B-Instruct-IQ2_M.gguf",\n        }\n    }\n}\n```\n',
      ),
    ).toEqual(['lmstudio-community/Meta-Llama-3.1-70B-Instruct-GGUF huggingface 6']);
    // Mintplex-Labs/anything-llm docker/.env.example:210-212, uncommented (was a local path named like the repo)
    expect(
      await found('.env', "EMBEDDING_ENGINE='lmstudio'\nEMBEDDING_MODEL_PREF='nomic-ai/nomic-embed-text-v1.5-GGUF/nomic-embed-text-v1.5.Q4_0.gguf'\n"),
    ).toEqual(['nomic-ai/nomic-embed-text-v1.5-GGUF huggingface 2']);
    // LM Studio's CLI loads a model by that id (https://lmstudio.ai/docs/cli).
    expect(await found('run.sh', 'lms load lmstudio-community/Qwen2.5-7B-Instruct-GGUF/Qwen2.5-7B-Instruct-Q4_K_M.gguf\n')).toEqual([
      'lmstudio-community/Qwen2.5-7B-Instruct-GGUF huggingface 1',
    ]);
  });

  it('leaves paths on disk alone: a models folder, a file in no `-GGUF` repo, a relative path', async () => {
    // mudler/LocalAI gallery entries keep their files under `llama-cpp/models/`; FunASR's `models/<repo>/<file>` is a folder.
    expect(
      await found(
        'cfg.py',
        'A = dict(model="llama-cpp/models/mudler/Agents-A1-APEX-GGUF/Agents-A1-APEX-I-Quality.gguf")\nB = dict(model="some/dir/x.gguf")\nC = dict(model="models/Foo-GGUF/foo.gguf")\n',
      ),
    ).toEqual([]);
    expect(await found('run.sh', 'llama-server -m ./models/Qwen2.5-7B-Instruct-GGUF/qwen2.5-7b-instruct-q4_k_m.gguf\n')).toEqual([
      './models/Qwen2.5-7B-Instruct-GGUF/qwen2.5-7b-instruct-q4_k_m.gguf local 1',
    ]);
  });
});
