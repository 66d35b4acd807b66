// An install manifest: CustomResourceDefinitions (schemas, megabytes of them in real bundles such
// as kserve's install/*/kserve.yaml) around the Deployment and ConfigMap that name models. The
// schemas are not parsed; what the other documents name is found at the same lines and columns.
import { describe, expect, it } from 'vitest';
import composeK8s from '../../src/extract/compose-k8s.js';
import configFile from '../../src/extract/config-file.js';
import { blankSchemaDocuments } from '../../src/extract/shared/yaml-files.js';

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
});
