// Model cards: README.md (or any .md) front matter declaring `base_model` — a project that ships
// a fine-tune depends on its base. Spec: https://huggingface.co/docs/hub/model-cards
// A Space's card (front matter with its `sdk:`) lists under `models:` the Hub models the Space uses:
// https://huggingface.co/docs/hub/spaces-config-reference
import { isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { parseHubReference } from '../model/ids.js';
import { PositionIndex } from './shared/position.js';
import { mapGet, parseYaml } from './shared/structured.js';

export default defineExtractor({
  name: 'model-card',
  words: ['base_model', 'sdk:'],
  matchesName: true,
  matches: (path) => /\.(md|mdx)$/i.test(path),
  extract(file) {
    const text = file.text;
    const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    const space = !!front && /^sdk\s*:/m.test(front[1]!) && /^models\s*:/m.test(front[1]!);
    if (!front || (!/\bbase_model\s*:/.test(front[1]!) && !space)) return { references: [], diagnostics: [] };
    const offset = text.indexOf(front[1]!);
    const { documents, diagnostics } = parseYaml(front[1]!, file.relPath);
    const positions = new PositionIndex(text);
    const references: RawReference[] = [];
    // A Space's `models:` (`- THUDM/CogVideoX-5b`, zai-org/CogVideo's Space demo): the models its app loads, config.
    const modelsNode = space ? mapGet(documents[0], 'models') : undefined;
    for (const item of isSeq(modelsNode) ? (modelsNode.items as YamlNode[]) : []) {
      if (!isScalar(item) || typeof item.value !== 'string' || !item.range) continue;
      const parsed = parseHubReference(item.value);
      if (!parsed) continue;
      const quoted = item.type === 'QUOTE_DOUBLE' || item.type === 'QUOTE_SINGLE' ? 1 : 0;
      const { line, column } = positions.at(offset + item.range[0] + quoted);
      references.push({ id: parsed.id, source: 'huggingface', line, column, snippet: positions.snippet(line), context: 'config' });
    }
    // The Hub's card is a model's README.md: it declares the base of the model this project ships. Front
    // matter in another Markdown file (`Qwen2.5-Coder-7B-Instruct.md`) is a card saved as a document.
    const ownCard = /(^|\/)readme\.mdx?$/i.test(file.relPath);
    const doc = documents[0];
    const relation = mapGet(doc, 'base_model_relation');
    const license = mapGet(doc, 'license');
    const licenseName = mapGet(doc, 'license_name');
    const baseNode = mapGet(doc, 'base_model');
    const bases: YamlNode[] = isSeq(baseNode) ? (baseNode.items as YamlNode[]) : baseNode ? [baseNode] : [];
    const baseModels = bases.flatMap((b) => (isScalar(b) && typeof b.value === 'string' ? (parseHubReference(b.value)?.id ?? []) : []));
    for (const base of bases) {
      if (!isScalar(base) || typeof base.value !== 'string' || !base.range) continue;
      const parsed = parseHubReference(base.value);
      if (!parsed) continue;
      const quoted = base.type === 'QUOTE_DOUBLE' || base.type === 'QUOTE_SINGLE' ? 1 : 0;
      const { line, column } = positions.at(offset + base.range[0] + quoted);
      references.push({
        id: parsed.id,
        source: 'huggingface',
        line,
        column,
        snippet: positions.snippet(line),
        context: ownCard ? 'config' : 'docs',
        ...(parsed.revision ? { revision: parsed.revision } : {}),
        // A declared base: the card is metadata about a model this project ships, not prose.
        facts: {
          baseModels,
          ...(isScalar(relation) && typeof relation.value === 'string' ? { baseModelRelation: relation.value } : {}),
          ...(isScalar(license) && typeof license.value === 'string' ? { license: license.value } : {}),
          ...(isScalar(licenseName) && typeof licenseName.value === 'string' ? { licenseName: licenseName.value } : {}),
        },
      });
    }
    return { references, diagnostics: diagnostics.map((d) => ({ ...d, line: d.line ? d.line + 1 : d.line })) };
  },
});
