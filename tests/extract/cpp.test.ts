import cpp from '../../src/extract/cpp.js';
import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

// No malformed case: any text is valid input (an unterminated string ends at its line's end).
describeExtractor('cpp', cpp, [
  ['examples/cli/cli.cpp', true],
  ['src/embllm.h', true],
  ['ggml/src/ggml.c', true],
  ['include/x.hpp', true],
  ['gpt4all-chat/CMakeLists.txt', true],
  ['cmake/models.cmake', true],
  ['README.md', false],
  ['main.go', false],
  ['kernel.cu', false],
]);

const found = (text: string, path = 'src/main.cpp') =>
  (cpp.extract(makeSourceFile(path, text)) as { references: { id: string; source: string; line: number; column: number }[] }).references.map((r) => [
    r.id,
    r.source,
    r.line,
    r.column,
  ]);

describe('cpp: model contexts in C/C++ code (held-out ggml-org/whisper.cpp, nomic-ai/gpt4all, issue #15)', () => {
  it('reads a params struct default, a member assignment, a brace initialisation and a #define', () => {
    const text = [
      'struct params { std::string model = "models/ggml-base.en.bin"; };',
      'params.model = "models/ggml-tiny.bin";',
      'std::string model{"models/ggml-small.bin"};',
      '#define DEFAULT_MODEL "gpt-4o-mini"',
    ].join('\n');
    expect(found(text)).toEqual([
      ['models/ggml-base.en.bin', 'local', 1, 38],
      ['models/ggml-tiny.bin', 'local', 2, 17],
      ['models/ggml-small.bin', 'local', 3, 20],
      ['openai/gpt-4o-mini', 'api', 4, 24],
    ]);
  });

  it('reads nlohmann pairs and index assignments named for a model, not other keys', () => {
    const text = ['json body = {{"model", "gpt-4o"}, {"prompt", "gpt-3.5-turbo"}};', 'body["model"] = "claude-3-5-haiku-20241022";'].join('\n');
    expect(found(text).map((r) => r.slice(0, 3))).toEqual([
      ['openai/gpt-4o', 'api', 1],
      ['anthropic/claude-3-5-haiku-20241022', 'api', 2],
    ]);
  });

  it('reads nothing in comments, strings, comparisons, concatenations or raw strings', () => {
    const text = [
      '// std::string model = "models/ggml-base.en.bin";',
      '/* model = "gpt-4o"; */',
      'if (model == "gpt-4o") {}',
      'std::string model = "models/" "ggml-base.bin";',
      'auto help = R"(std::string model = "gpt-4o";)";',
      'const char * s = "model = \\"gpt-4o\\"";',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });

  it('does not read a made-up name by its place in a test program, nor a display name in capitals', () => {
    expect(found('std::string model_name = "tiny-llama-v2";', 'tests/test-model.cpp')).toEqual([]);
    expect(found('const QString modelName = "ChatGPT-4";')).toEqual([]);
    expect(found('std::string model_name = "tiny-llama-v2";').map((r) => r[0])).toEqual(['openai-compatible/tiny-llama-v2']);
  });

  it('returns nothing on text without a slot word', () => {
    expect(found('int main() { return printf("%s", "gpt-4o"); }')).toEqual([]);
  });
});

describe('cpp: a model file joined onto a std::filesystem path (held-out li-plus/chatglm.cpp, session 31)', () => {
  const refs = (text: string, path = 'chatglm_test.cpp') =>
    (cpp.extract(makeSourceFile(path, text)) as { references: { id: string; source: string; line: number }[] }).references.map((r) => [r.id, r.source, r.line]);

  it("reads the literal after `/` in a model-named declaration, a test's too; not a conventional file nor a folder of models", () => {
    // li-plus/chatglm.cpp chatglm_test.cpp:963-967 (the e2e test loads the GGML model convert.py writes there).
    const text = [
      'TEST(Pipeline, ChatGLM) {',
      '    fs::path model_path = fs::path(__FILE__).parent_path() / "models/chatglm-ggml.bin";',
      '    if (!fs::exists(model_path)) {',
      '        GTEST_SKIP() << "Skipping ChatGLM e2e test (ggml model not found)";',
      '    }',
      '    Pipeline pipeline(model_path.string());',
      '    std::filesystem::path weights_dir = std::filesystem::path(root) / "models";',
      '    fs::path model_file = fs::path(dir) / "model.gguf";',
      '    fs::path data_path = fs::path(__FILE__).parent_path() / "tests/data/glm_model.data";',
      '}',
    ].join('\n');
    expect(refs(text)).toEqual([['models/chatglm-ggml.bin', 'local', 2]]);
  });
});
