// Ollama Modelfile: `FROM` names the base (a library tag, an hf.co/<id> repo, or a local GGUF);
// `ADAPTER` a LoRA. Spec: https://github.com/ollama/ollama/blob/main/docs/modelfile.md
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { classifyOllamaName } from './shared/ollama-tag.js';

/** "FROM qwen2.5:7b", "ADAPTER ./lora.gguf" */
const INSTRUCTION = /^(\s*(?:FROM|ADAPTER)\s+)(\S+)/i;

export default defineExtractor({
  name: 'ollama-modelfile',
  matches: (path) => /(^|\/)(Modelfile(\.[\w.-]+)?|[\w.-]+\.Modelfile)$/i.test(path),
  extract(file) {
    const references: RawReference[] = [];
    file.text.split('\n').forEach((text, index) => {
      const match = INSTRUCTION.exec(text);
      const model = match && classifyOllamaName(match[2]!);
      if (!match || !model) return;
      references.push({ id: model.id, source: model.source, line: index + 1, column: match[1]!.length + 1, snippet: text.trim() });
    });
    return { references, diagnostics: [] };
  },
});
