// An install manifest: CustomResourceDefinitions (schemas, megabytes of them in real bundles such
// as kserve's install/*/kserve.yaml) around the Deployment and ConfigMap that name models. The
// schemas are not parsed; what the other documents name is found at the same lines and columns.
import { describe, expect, it } from 'vitest';
import composeK8s from '../../src/extract/compose-k8s.js';
import configFile from '../../src/extract/config-file.js';
import { extractText } from '../../src/scan/extract-file.js';
import type { WalkedFile } from '../../src/discover/walk.js';
import { blankSchemaDocuments, withoutSchemaDocuments } from '../../src/extract/shared/yaml-files.js';
import { emptyRunsBetweenDocuments } from '../../src/extract/shared/structured.js';

// Shapes from kserve/kserve install/v0.16.0/kserve.yaml (CRD header) and a vLLM Deployment.
const crd = (name: string) => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: ${name}.serving.kserve.io
spec:
  versions:
  - name: v1alpha1
    schema:
      openAPIV3Schema:
        properties:
          model:
            description: "model: the model to serve, e.g. Qwen/Qwen2.5-7B-Instruct"
            properties:
              name:
                example: meta-llama/Llama-3.1-8B-Instruct
                type: string
            type: object
`;
const manifest = `${crd('servingruntimes')}---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: vllm
spec:
  template:
    spec:
      containers:
      - name: vllm
        image: vllm/vllm-openai:v0.6.0
        args: ["--model", "Qwen/Qwen2.5-7B-Instruct", "--port", "8000"]
---
${crd('inferenceservices')}---
apiVersion: v1
kind: ConfigMap
metadata:
  name: rag
data:
  embedding_model: BAAI/bge-m3
`;

const lines = manifest.split('\n');
const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle) && !l.includes('description')) + 1;
const walked = (relPath: string, text: string): WalkedFile => ({ kind: 'text', relPath, absPath: `/project/${relPath}`, size: text.length });
const columnOf = (needle: string) => lines[lineOf(needle) - 1]!.indexOf(needle) + 1;

describe('install manifests with CustomResourceDefinitions', () => {
  it('blanks only the CRD documents, keeping every offset and line', () => {
    const blanked = blankSchemaDocuments(manifest);
    expect(blanked.length).toBe(manifest.length);
    expect(blanked.split('\n').length).toBe(lines.length);
    expect(blanked).not.toMatch(/CustomResourceDefinition|openAPIV3Schema/);
    expect(blanked).toContain('kind: Deployment');
    expect(blanked).toContain('embedding_model: BAAI/bge-m3');
  });

  it('finds what the Deployment serves and the ConfigMap names, and nothing in the schemas', async () => {
    const file = { relPath: 'install/v1/kserve.yaml', size: manifest.length, text: manifest };
    const served = (await composeK8s.extract(file)).references;
    const configured = (await configFile.extract(file)).references;
    expect(served.map((r) => [r.id, r.line])).toEqual([['Qwen/Qwen2.5-7B-Instruct', lineOf('"--model"')]]);
    expect(configured.map((r) => [r.id, r.line, r.column])).toEqual([['BAAI/bge-m3', lineOf('embedding_model'), 20]]);
  });

  it('empties the CRD documents for readers that go line by line, every other line at its own number', () => {
    const emptied = withoutSchemaDocuments(manifest, 'install/v1/kserve.yaml').split('\n');
    expect(emptied.length).toBe(lines.length);
    for (const [at, line] of emptied.entries()) expect(line === '' || line === lines[at]).toBe(true);
    expect(emptied.join('\n')).not.toMatch(/CustomResourceDefinition|meta-llama/);
    expect(emptied[lineOf('embedding_model') - 1]).toBe(lines[lineOf('embedding_model') - 1]);
  });

  it('reads model names in the other documents only, at their own lines and columns', async () => {
    const { references } = await extractText(walked('install/v1/kserve.yaml', manifest), manifest);
    expect(references.map((r) => [r.reference.extractor, r.raw.id, r.reference.line, r.reference.column]).sort()).toEqual(
      [
        ['compose-k8s', 'Qwen/Qwen2.5-7B-Instruct', lineOf('"--model"'), columnOf('Qwen/')],
        ['config-file', 'BAAI/bge-m3', lineOf('embedding_model'), columnOf('BAAI/')],
      ].sort(),
    );
    // The same schema without its `kind: CustomResourceDefinition` is read like any YAML: its example is a model id.
    const plain = crd('x').replace('CustomResourceDefinition', 'Schema');
    const read = await extractText(walked('docs/schema.yaml', plain), plain);
    expect(read.references.map((r) => r.raw.id)).toContain('meta-llama/Llama-3.1-8B-Instruct');
  });

  it("empties the CRDs a shell script applies from a heredoc, and reads the script's own lines", async () => {
    // Shape of kserve install/v0.20.0/kserve-knative-mode-full-install-with-manifests.sh: CRDs and a Deployment in
    // heredocs piped to kubectl, between the script's own commands.
    const script = [
      '#!/bin/bash',
      'install_crds() {',
      "    cat <<'KSERVE_CRD_MANIFEST_EOF' | kubectl apply --server-side -f -",
      crd('inferenceservices').trimEnd(),
      'KSERVE_CRD_MANIFEST_EOF',
      '}',
      'cat <<EOF | kubectl apply -f -',
      manifest.slice(manifest.indexOf('apiVersion: apps/v1'), manifest.indexOf('---', manifest.indexOf('apiVersion: apps/v1'))).trimEnd(),
      'EOF',
      'ollama pull qwen2.5:7b',
      '',
    ].join('\n');
    const emptied = withoutSchemaDocuments(script, 'install/full-install.sh');
    expect(emptied.split('\n').length).toBe(script.split('\n').length);
    expect(emptied).not.toMatch(/CustomResourceDefinition|meta-llama/);
    expect(emptied).toContain("cat <<'KSERVE_CRD_MANIFEST_EOF'");
    expect(emptied).toContain('"--model", "Qwen/Qwen2.5-7B-Instruct"');
    const { references } = await extractText(walked('install/full-install.sh', script), script);
    const ids = references.map((r) => r.raw.id);
    expect(ids).not.toContain('meta-llama/Llama-3.1-8B-Instruct');
    expect(ids).toContain('Qwen/Qwen2.5-7B-Instruct');
    expect(ids).toContain('qwen2.5:7b');
    // Only a CRD is emptied: the same heredoc of another kind is left whole.
    const plain = script.replace('CustomResourceDefinition', 'Schema');
    expect(withoutSchemaDocuments(plain, 'install/full-install.sh')).toBe(plain);
  });
  it('leaves the emptied CRDs out of the parse, reading the other documents at their own lines', async () => {
    // Real CRDs are hundreds of lines (kserve's install/v0.12.0/kserve.yaml: 22,000 lines, 1,100 of them not CRDs);
    // the parser lexed every emptied line, and a manifest left under yaml-prune's size by them was parsed whole.
    const long = (name: string) => crd(name).replace('            type: object\n', `${'            type: object\n'.repeat(80)}`);
    const big = manifest.replace(crd('servingruntimes'), long('servingruntimes')).replace(crd('inferenceservices'), long('inferenceservices'));
    const bigLines = big.split('\n');
    const emptied = withoutSchemaDocuments(big, 'install/v1/kserve.yaml');
    // Each CRD, its `---` included, is one run of empty lines: before the next separator, or opening the text.
    const runs = emptyRunsBetweenDocuments(emptied)!;
    expect(runs).toHaveLength(2);
    expect(runs[0]![0]).toBe(0);
    for (const [start, end] of runs) {
      expect(emptied.slice(start, end)).toMatch(/^\n{64,}$/);
      expect(emptied.startsWith('---', end)).toBe(true);
    }
    // Short runs, and runs that are not between documents (inside a block scalar), are parsed as written.
    expect(emptyRunsBetweenDocuments(manifest)).toBeUndefined();
    expect(emptyRunsBetweenDocuments(`script: |\n  echo a\n${'\n'.repeat(100)}  echo b\n`)).toBeUndefined();
    const at = (needle: string) => bigLines.findIndex((l) => l.includes(needle) && !l.includes('description')) + 1;
    const { references } = await extractText(walked('install/v1/kserve.yaml', big), big);
    expect(references.map((r) => [r.reference.extractor, r.raw.id, r.reference.line, r.reference.column]).sort()).toEqual(
      [
        ['compose-k8s', 'Qwen/Qwen2.5-7B-Instruct', at('"--model"'), columnOf('Qwen/')],
        ['config-file', 'BAAI/bge-m3', at('embedding_model'), columnOf('BAAI/')],
      ].sort(),
    );
    // A malformed document after them is named at its own line.
    const broken = `${big}---\nmodel: a: b\n`;
    const file = { relPath: 'install/v1/kserve.yaml', size: broken.length, text: withoutSchemaDocuments(broken, 'install/v1/kserve.yaml') };
    expect((await configFile.extract(file)).diagnostics.map((d) => d.line)).toEqual([bigLines.length + 1]);
  });
});
