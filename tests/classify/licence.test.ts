import { describe, expect, it } from 'vitest';
import { classifyLicences, loadRegistry, normaliseLicence } from '../../src/classify/index.js';
import type { Lineage, LineageNode } from '../../src/model/lineage.js';

const registry = loadRegistry();

describe('licence normalisation', () => {
  it.each([
    [{ license: 'apache-2.0' }, { id: 'apache-2.0', spdx: 'Apache-2.0', kind: 'permissive' }],
    [{ license: 'MIT' }, { id: 'mit', spdx: 'MIT', kind: 'permissive' }],
    [
      { license: 'other', licenseName: 'qwen-research' },
      { id: 'qwen-research', spdx: null, kind: 'non-commercial' },
    ],
    [
      { license: 'other', licenseName: 'tongyi-qianwen-license-agreement' },
      { id: 'tongyi-qianwen', kind: 'user-threshold' },
    ],
    [
      { license: 'other', licenseName: 'deepseek-license' },
      { id: 'deepseek', kind: 'use-restricted' },
    ],
    [{ license: 'llama3.1' }, { id: 'llama3.1', spdx: null, kind: 'user-threshold' }],
    [
      { license: 'other', licenseName: 'modified-mit' },
      { id: 'modified-mit', kind: 'attribution' },
    ],
    [{ license: 'cc-by-nc-4.0' }, { spdx: 'CC-BY-NC-4.0', kind: 'non-commercial' }],
    [
      { license: 'other', licenseName: 'acme-internal-v2' },
      { id: 'acme-internal-v2', kind: 'unknown' },
    ],
  ])('%j -> %j', (declared, expected) => {
    expect(normaliseLicence('m/x', declared, registry)).toMatchObject(expected);
  });
});

describe('licence drift', () => {
  const node = (id: string, license: string, licenseName?: string): LineageNode => ({
    id,
    aliases: [],
    source: 'huggingface',
    licence: { license, licenseName },
  });
  const chain = (model: LineageNode, root: LineageNode) => {
    const lineage: Lineage = {
      status: 'resolved',
      roots: [root.id],
      edges: [{ child: model.id, parent: root.id, relation: 'finetune' }],
      nodes: [model.id, root.id],
      problems: [],
    };
    return classifyLicences({ id: model.id, source: 'huggingface', lineage, nodes: { [model.id]: model, [root.id]: root } }, registry);
  };

  it('flags a derivative that declares a licence more permissive than its root', () => {
    const { licenses, findings } = chain(node('drift-labs/Qwen2.5-3B-Instruct-Uncensored', 'mit'), node('Qwen/Qwen2.5-3B', 'other', 'qwen-research'));
    expect(licenses.map((l) => [l.model, l.id, !!l.root])).toEqual([
      ['drift-labs/Qwen2.5-3B-Instruct-Uncensored', 'mit', false],
      ['Qwen/Qwen2.5-3B', 'qwen-research', true],
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        kind: 'licence-drift',
        detail: expect.stringMatching(/MIT \(permissive\), more permissive than its root Qwen\/Qwen2.5-3B's qwen-research \(non-commercial\)/),
      }),
    ]);
  });

  it('reports a relabelled licence as inconsistent, and nothing when they agree', () => {
    expect(chain(node('nvidia/Qwen2.5-7B-FP4', 'other', 'nvidia-open-model-license'), node('Qwen/Qwen2.5-7B', 'apache-2.0')).findings[0]!.detail).toMatch(
      /different from its root/,
    );
    expect(chain(node('Qwen/Qwen2.5-7B-Instruct', 'apache-2.0'), node('Qwen/Qwen2.5-7B', 'apache-2.0')).findings).toEqual([]);
  });
});
