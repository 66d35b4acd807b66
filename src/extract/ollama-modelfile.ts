// Ollama Modelfile: `FROM` names the base (a library tag, an hf.co/<id> repo, or a local GGUF);
// `ADAPTER` a LoRA. Text inside `"""` blocks (TEMPLATE, SYSTEM, MESSAGE) is prose, not instructions.
// Spec: https://github.com/ollama/ollama/blob/main/docs/modelfile.md
import type { Diagnostic } from '../model/diagnostic.js';
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { classifyOllamaName } from './shared/ollama-tag.js';

/** "FROM qwen2.5:7b", "ADAPTER ./lora.gguf" (instructions are case-insensitive) */
const INSTRUCTION = /^(\s*(?:FROM|ADAPTER)\s+)(\S+)/i;
/** Any instruction the format knows: a file with none of them is not a Modelfile. */
const ANY_INSTRUCTION = /^\s*(FROM|ADAPTER|PARAMETER|TEMPLATE|SYSTEM|MESSAGE|LICENSE|REQUIRES)\b/i;

export default defineExtractor({
  name: 'ollama-modelfile',
  matchesName: true,
  matches: (path) => /(^|\/)(Modelfile(\.[\w.-]+)?|[\w.-]+\.Modelfile)$/i.test(path) && !/\.(md|txt|rst)$/i.test(path),
  extract(file) {
    const references: RawReference[] = [];
    const diagnostics: Diagnostic[] = [];
    const malformed = (line: number, why: string) =>
      diagnostics.push({ stage: 'extract', code: 'malformed-file', path: file.relPath, line, message: `${file.relPath}:${line}: ${why}` });
    let openBlockLine = 0;
    let hasFrom = false;
    let firstStray = 0;
    file.text.split('\n').forEach((text, index) => {
      const line = index + 1;
      const quotes = text.split('"""').length - 1;
      if (openBlockLine) {
        if (quotes % 2 === 1) openBlockLine = 0;
        return;
      }
      if (quotes % 2 === 1) openBlockLine = line;
      const trimmed = text.trim();
      if (trimmed && !trimmed.startsWith('#') && !ANY_INSTRUCTION.test(text) && !firstStray) firstStray = line;
      const match = INSTRUCTION.exec(text);
      if (!match) return;
      if (/^\s*FROM/i.test(text)) hasFrom = true;
      const model = classifyOllamaName(match[2]!);
      if (model) references.push({ id: model.id, source: model.source, line, column: match[1]!.length + 1, snippet: trimmed });
    });
    if (openBlockLine) malformed(openBlockLine, 'a """ block is never closed');
    else if (file.text.trim() && !hasFrom) malformed(firstStray || 1, 'no FROM instruction: not an Ollama Modelfile');
    return { references, diagnostics };
  },
});
