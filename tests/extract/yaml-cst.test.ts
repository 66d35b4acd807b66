// Block YAML built from the `yaml` package's CST (src/extract/shared/yaml-cst.ts) must come out as
// parseAllDocuments builds it: the same node classes, keys, values and their core-schema types,
// scalar styles and ranges, collection ranges and item order, and the same values, offsets and
// sibling lookups for config-file; anything it does not build exactly goes back to the parser. The
// whole-corpus proof is tests/bench/yaml-fast-check.mjs; these are snippets cut from real files.
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, LineCounter, parseAllDocuments, type Node as YamlNode } from 'yaml';
import { mapGet, parseYaml, walkScalars } from '../../src/extract/shared/structured.js';
import { composeBlockYaml } from '../../src/extract/shared/yaml-cst.js';

/** Every enumerable property of every node but comments, which no extractor reads. */
function dump(node: unknown): unknown {
  if (node === null || typeof node !== 'object') return typeof node === 'number' && Number.isNaN(node) ? 'NaN' : node;
  if (Array.isArray(node)) return node.map(dump);
  const out: Record<string, unknown> = { class: node.constructor.name };
  for (const [k, v] of Object.entries(node)) if (!['comment', 'commentBefore', 'spaceBefore'].includes(k)) out[k] = dump(v);
  return out;
}

const SIBLINGS = ['provider', 'base_url', 'revision', 'model', 'name', 'enabled', 'count'];

/** What config-file reads: each string with its path and offset, and its parent's siblings with their types. */
function observed(documents: YamlNode[]) {
  const seen: unknown[] = [];
  for (const doc of documents)
    walkScalars(doc, ({ path, value, offset }, parent) => {
      const siblings = SIBLINGS.map((key) => {
        const node = mapGet(parent, key);
        return isScalar(node) ? [typeof node.value, node.value] : node === undefined ? undefined : 'node';
      });
      seen.push({ path: [...path], value, offset, siblings, parentIsMap: isMap(parent) });
    });
  return seen;
}

function viaParser(text: string) {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  expect(docs.flatMap((d) => d.errors)).toEqual([]);
  return { documents: docs.map((d) => d.contents as YamlNode), lineCounter };
}

function expectSameTree(text: string) {
  const lineCounter = new LineCounter();
  const built = composeBlockYaml(text, lineCounter);
  expect(built, 'built from the CST').toBeDefined();
  const parsed = viaParser(text);
  expect(dump(built)).toEqual(dump(parsed.documents));
  expect(observed(built!)).toEqual(observed(parsed.documents));
  expect(lineCounter.lineStarts).toEqual(parsed.lineCounter.lineStarts);
  return built!;
}

describe('block YAML built from the CST', () => {
  it('builds a CI workflow as the parser does: flow lists, expressions, comments between steps, block scripts', () => {
    // msaad00/agent-bom .github/workflows/ci.yml (cut)
    const text = `name: CI/CD Pipeline

permissions:
  contents: read

concurrency:
  group: ci-\${{ github.workflow }}-\${{ github.event_name }}-\${{ github.ref }}
  cancel-in-progress: \${{ github.ref != 'refs/heads/main' }}

env:
  FORCE_JAVASCRIPT_ACTIONS_TO_NODE24: true

on:
  push:
    branches: [main]
  pull_request:
    branches: [main]
  merge_group:
    types: [checks_requested]
  schedule: # nightly
  workflow_dispatch:

jobs:
  release-workflow-lint:
    name: Release workflow lint
    runs-on: ubuntu-latest
    timeout-minutes: 5
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
        with:
          persist-credentials: false

      # Static guard against the two release-workflow startup_failure classes
      - name: Validate release call-graph
        run: |
          python scripts/check_release_graph.py
          echo "ok"
`;
    const [doc] = expectSameTree(text);
    // The typed values config-file's sibling lookups see: a boolean, an integer, a null.
    const env = mapGet(doc, 'env');
    expect((mapGet(env, 'FORCE_JAVASCRIPT_ACTIONS_TO_NODE24') as { value: unknown }).value).toBe(true);
    expect((mapGet(mapGet(mapGet(doc, 'jobs'), 'release-workflow-lint'), 'timeout-minutes') as { value: unknown }).value).toBe(5);
    expect((mapGet(mapGet(doc, 'on'), 'workflow_dispatch') as { value: unknown }).value).toBe(null);
  });

  it('builds a serving runtime as the parser does: a literal block inside a list, quoted args, flow command', () => {
    // kserve/kserve docs/samples/fluid/kserve-huggingfaceserver.yaml (cut)
    expectSameTree(`apiVersion: serving.kserve.io/v1alpha1
kind: ClusterServingRuntime
metadata:
  name: custom-kserve-huggingfaceserver
spec:
  annotations:
    prometheus.kserve.io/path: /metrics
    prometheus.kserve.io/port: "8080"
  containers:
  - image: kserve/huggingfaceserver:latest
    name: kserve-container
    command: ["/bin/bash"]
    args:
    - "-c"
    - |
      set -e
      TARGET_DIR="\${TARGET_DIR:-/mnt/models}"
      
      # Print all arguments for debugging
      python3 -m huggingfaceserver "$@"
    - "--"
    - --model_name={{.Name}}
    resources:
      limits:
        cpu: "1"
        memory: 2Gi
`);
  });

  it('builds Helm values with the core schema types: booleans, integers, empty strings, empty flow collections', () => {
    // kserve/kserve charts/kserve-resources/values.yaml (cut), plus scalars the core schema types
    expectSameTree(`  localmodel:
    enabled: false
    controller:
      image: kserve/kserve-localmodel-controller
      tag: ''
    jobTTLSecondsAfterFinished: 3600
    agent:
      nodeSelector: {}
      affinity: {}
      tolerations: []
      reconcilationFrequencyInSecs: 60
  inferenceservice:
    resources:
      limits:
        cpu: '1'
    ratio: 1.0
    scale: 1e3
    hex: 0x1F
    octal: 0o17
    nan: .NaN
    yes: True
    nothing: ~
    empty:
    1.0: float key
    null: null key
    true: bool key
`);
  });

  it('builds a compose file and several documents as the parser does', () => {
    // Trusera/ai-bom examples/demo-project/docker-compose.yml (cut), as two documents
    const [first, second] = expectSameTree(`version: "3.8"

services:
  vllm:
    image: vllm/vllm-openai:latest
    ports:
      - "8000:8000"
    environment:
      - MODEL_NAME=meta-llama/Llama-3-8b
      - HF_TOKEN=\${HF_TOKEN}
    deploy:
      resources:
        reservations:
          devices:
            - driver: nvidia
              count: all
              capabilities: [gpu]
---
# the second document
services:
  ollama: {image: "ollama/ollama:latest", ports: ['11434:11434']}
...
`);
    expect(first).toBeDefined();
    expect(second).toBeDefined();
  });

  it('gives back to the parser what it does not build: anchors, aliases, tags, directives, explicit keys, errors', () => {
    for (const text of [
      'x-defaults: &m org/model\nservices:\n  a:\n    model: *m\n', // anchors and aliases
      'model: !!str 1.0\n', // a tag
      '%YAML 1.1\n---\nmodel: yes\n', // a directive changes the schema
      '? model\n: org/model\n', // an explicit key
      '[a, b]: c\n', // a key that is not a scalar
      'a: b\n c: d\n', // an error
      'model: "org/model\n', // an unclosed quote
    ])
      expect(composeBlockYaml(text, new LineCounter()), text).toBeUndefined();
  });

  it('keeps the parser diagnostics for a malformed file', () => {
    // A workflow with a stray indentation (the shape of agent-bom's ci.yml, broken by hand)
    const text = 'jobs:\n  test:\n    runs-on: ubuntu-latest\n   steps:\n      - run: vllm serve org/model\n';
    const { diagnostics } = parseYaml(text, 'ci.yml');
    expect(diagnostics.map((d) => d.code)).toEqual(['malformed-file']);
    expect(diagnostics[0]!.line).toBe(4);
  });
});
