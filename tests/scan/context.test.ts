import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contextOf, extractText } from '../../src/scan/extract-file.js';
import { rustTestModuleLines } from '../../src/scan/rust-test-modules.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
import modelCard from '../../src/extract/model-card.js';
import { makeSourceFile } from '../../src/extract/source-file.js';

// Cut from kserve/kserve docs/samples/llmisvc/single-node-gpu/llm-inference-service-qwen2-7b-gpu.yaml (lines 1-8).
const MANIFEST =
  'apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\nmetadata:\n  name: qwen2-7b-instruct-single\nspec:\n  model:\n    uri: hf://Qwen/Qwen2.5-7B-Instruct\n    name: Qwen/Qwen2.5-7B-Instruct\n';

describe('reference context: what a file is, not only where it sits', () => {
  it('treats a Kubernetes manifest as a deployment file wherever it sits, except under a test path', () => {
    expect(contextOf('docs/samples/llmisvc/qwen2-7b-gpu.yaml', MANIFEST)).toBe('deploy');
    expect(contextOf('test/e2e/fixtures/qwen2-7b-gpu.yaml', MANIFEST)).toBe('test');
    // A YAML file under docs/ that deploys nothing stays documentation.
    expect(contextOf('docs/mkdocs.yaml', 'site_name: KServe\nnav:\n  - Home: index.md\n')).toBe('docs');
    expect(contextOf('docs/samples/qwen2-7b-gpu.yaml')).toBe('docs');
  });

  it("gates a model card's front matter as the project's own only in a README.md; a card saved under another name is documentation", () => {
    // Cut from git-thinh/ai-docs Qwen/Qwen-2.5-Coder-7B/Qwen2.5-Coder-7B-Instruct.md (front matter, abridged).
    const card =
      '---\nlicense: apache-2.0\nlanguage:\n- en\nbase_model: Qwen/Qwen2.5-Coder-7B-Instruct\npipeline_tag: text-generation\n---\n# Qwen2.5-Coder-7B-Instruct-GGUF\n';
    const contexts = (relPath: string) =>
      (modelCard.extract(makeSourceFile(relPath, card)) as { references: { id: string; context?: string }[] }).references.map((r) => [r.id, r.context]);
    expect(contexts('Qwen/Qwen-2.5-Coder-7B/Qwen2.5-Coder-7B-Instruct.md')).toEqual([['Qwen/Qwen2.5-Coder-7B-Instruct', 'docs']]);
    expect(contexts('models/qwen2.5-coder-7b/README.md')).toEqual([['Qwen/Qwen2.5-Coder-7B-Instruct', 'config']]);
  });
  it('reads a licence or notice text as documentation, whatever links it holds', () => {
    // Tencent/Tencent-Hunyuan-Large's LICENSE.txt defines the licensed model by its Hub page (line 15).
    for (const path of ['LICENSE.txt', 'LICENSE', 'MODEL_LICENSE', 'Notice', 'third_party/THIRD_PARTY_NOTICES.txt', 'COPYING'])
      expect(contextOf(path)).toBe('docs');
    // Code that handles licences is code.
    expect(contextOf('src/license.py')).toBe('code');
    expect(contextOf('pkg/licenses/check.go')).toBe('code');
  });
  it('reads a bill of materials as a document about models, not a configuration that uses one', () => {
    // The shape of bxf12315/huggingface-aibom-generator aibom.json (header and first component, abridged): a tool's sample output.
    const cyclonedx =
      '{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.6",\n  "serialNumber": "urn:uuid:0b5e3c1a",\n  "components": [\n    {\n      "type": "machine-learning-model",\n      "name": "HunyuanWorld-Voyager",\n      "purl": "pkg:huggingface/tencent/HunyuanWorld-Voyager"\n    }\n  ]\n}\n';
    expect(contextOf('aibom.json', cyclonedx)).toBe('docs');
    expect(contextOf('sbom.spdx.json', '{\n  "spdxVersion": "SPDX-2.3",\n  "name": "app"\n}\n')).toBe('docs');
    // Under a test path it stays a test; a configuration that names a BOM field further down stays configuration.
    expect(contextOf('tests/fixtures/aibom.json', cyclonedx)).toBe('test');
    expect(contextOf('config/models.json', '{\n  "model": "Qwen/Qwen2.5-7B-Instruct"\n}\n')).toBe('config');
  });
  it('reads a recorded HTTP cassette as a test fixture wherever it sits', () => {
    // tidyverse/ellmer inst/_vcr/chat_openai.yml:1-7 (abridged): the vcr recording its help page's example replays.
    const vcr =
      'http_interactions:\n- request:\n    method: POST\n    uri: https://api.openai.com/v1/responses\n    body:\n      string: \'{"model":"gpt-5.6-terra","stream":false}\'\n  response:\n    status: 200\n';
    expect(contextOf('inst/_vcr/chat_openai.yml', vcr)).toBe('test');
    expect(contextOf('vignettes/_vcr/programming-capital.yml', vcr)).toBe('test');
    // VCR.py's shape (pydantic/pydantic-ai tests/models/cassettes): `interactions:` first.
    expect(contextOf('recordings/chat.yaml', 'interactions:\n- request:\n    body: \'{"model": "gpt-4o"}\'\n')).toBe('test');
    // A configuration listing requests to make is no recording.
    expect(contextOf('config/requests.yml', 'requests:\n- model: gpt-4o\n')).toBe('config');
  });
  it('reads a reno release note as documentation, its code examples included', () => {
    // deepset-ai/haystack releasenotes/notes/deduplicate-docs-in-rankers-a599d16fa795a521.yaml:1-3, 23 (abridged): a
    // note's example named `BAAI/bge-reranker-base` as configuration, which failed the starter deny-CN policy.
    const note =
      '---\nenhancements:\n  - |\n    Rankers now deduplicate documents by ``id`` before ranking.\n\n    .. code:: python\n\n        ranker = TransformersSimilarityRanker(model="BAAI/bge-reranker-base")\n';
    expect(contextOf('releasenotes/notes/deduplicate-docs-in-rankers-a599d16fa795a521.yaml', note)).toBe('docs');
    // Not another YAML file beside it, nor a notes folder elsewhere.
    expect(contextOf('releasenotes/config.yaml', 'sections:\n  - [features, New Features]\n')).toBe('config');
    expect(contextOf('configs/notes/model.yaml', 'model: BAAI/bge-reranker-base\n')).toBe('config');
  });

  it('reads a folder named for a kind of test as tests (held-out huggingface/text-generation-inference, issue #15)', () => {
    expect(contextOf('integration-tests/fixtures/neuron/export_models.py')).toBe('test');
    expect(contextOf('integration_tests/gaudi/conftest.py')).toBe('test');
    expect(contextOf('load_tests/benchmarks.py')).toBe('test');
    expect(contextOf('latest/run.py')).toBe('code');
    expect(contextOf('contest/run.py')).toBe('code');
  });
});

describe("reference context: a Rust file's unit tests (held-out huggingface/text-generation-inference, issue #15)", () => {
  it("reads what a `#[cfg(test)]` module names as a test's, the rest of the file as code", async () => {
    const text = readFileSync(join(FIXTURES, 'scan', 'real-world-tgi-chat-template-tests.rs'), 'utf8');
    const file = { relPath: 'router/src/infer/chat_template.rs', absPath: '/nowhere/chat_template.rs', size: text.length, kind: 'text' as const };
    const { references } = await extractText(file, text);
    const contexts = references.map((r) => [r.raw.id, r.reference.line, r.reference.context]);
    expect(contexts).toContainEqual(['Qwen/Qwen2.5-7B-Instruct', 3, 'code']);
    expect(contexts).toContainEqual(['Qwen/Qwen1.5-72B-Chat', 22, 'test']);
    expect(contexts).toContainEqual(['deepseek-ai/deepseek-llm-7b-chat', 26, 'test']);
    expect(rustTestModuleLines(text)).toEqual([[9, 32]]);
  });
});
