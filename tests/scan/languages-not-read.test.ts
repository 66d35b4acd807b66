// Until a language is read, the report says how many of its files were not read (issue #15, item 3).
// The tree is a few lines cut from LostRuins/koboldcpp (common/common.cpp 1418-1425, a CUDA kernel's
// first lines, make_pyinstaller.bat) and anchore/syft (syft/pkg/cataloger/swipl/testdata/pack.pl, a `.pl` file, counted as Perl) beside a Kotlin
// and a Python file, which are read, and so is C/C++ (cpp); so are Windows batch files since session 30 (shell).
import { describe, expect, it } from 'vitest';
import { HUB_SNAPSHOT, runCli } from '../helpers/run-cli.js';
import { json, tree } from '../hostile/attack.js';

const CPP = [
  '    //  --repo TheBloke/Mixtral-8x7B-v0.1-GGUF --file mixtral-8x7b-v0.1.Q4_K_M.gguf',
  '    //    https://huggingface.co/TheBloke/Mixtral-8x7B-v0.1-GGUF/resolve/main/mixtral-8x7b-v0.1.Q4_K_M.gguf',
  '    std::string model_url = "https://huggingface.co/";',
  '    const char * default_model = "qwen2.5-7b-instruct-q4_k_m.gguf";',
].join('\n');

const files = {
  'common/common.cpp': `${CPP}\n`,
  'common/common.h': '#pragma once\n#include <string>\n',
  'ggml/src/ggml-cuda/argmax.cu': '#include "argmax.cuh"\n',
  'make_pyinstaller.bat': 'PyInstaller --noconfirm --onefile --clean --console "./koboldcpp.py" -n "koboldcpp_nocuda.exe"\n',
  'swipl/testdata/pack.pl': "name(hdt).\nversion('0.5.2').\n",
  'cli/Providers.kt': 'fun getAvailableModels(): List<String> = listOf("llama-3.1-8b-instant")\n',
  'koboldcpp.py': 'print("hello")\n',
};

const audit = (root: string, ...extra: string[]) => runCli(['audit', root, '--hub-snapshot', HUB_SNAPSHOT, ...extra]);

describe('languages not read', () => {
  it('counts, per language, the source files only the Hub URL reader looked at; read languages are not counted', async () => {
    const root = tree(files, 'modelprov-languages-');
    const report = json((await audit(root, '--format', 'json')).stdout);
    expect(report.summary.languagesNotRead).toEqual([
      { language: 'CUDA', files: 1 },
      { language: 'Perl', files: 1 },
    ]);
    // The Hub URL in the C++ comment is found, and the C++ code is read: its default model file.
    const ids = report.models.map((m: { id: string }) => m.id);
    expect(ids).toContain('TheBloke/Mixtral-8x7B-v0.1-GGUF');
    expect(ids).toContain('qwen2.5-7b-instruct-q4_k_m.gguf');
  }, 90_000);

  it('says so in the table summary, and not at all when every language is read', async () => {
    const run = await audit(tree(files, 'modelprov-languages-'));
    expect(run.stdout).toMatch(/languages not read \(Hub URLs only\): CUDA 1 files?, Perl 1/);
    const clean = tree({ 'cli/Providers.kt': files['cli/Providers.kt'], 'koboldcpp.py': files['koboldcpp.py'] }, 'modelprov-languages-');
    expect((await audit(clean)).stdout).not.toMatch(/languages not read/);
    expect(json((await audit(clean, '--format', 'json')).stdout).summary.languagesNotRead).toEqual([]);
  }, 90_000);
});
