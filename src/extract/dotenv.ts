// dotenv files: model-named variables (`CHAT_MODEL=Qwen/...`, `OLLAMA_MODEL=qwen2.5:7b`).
// Format: https://github.com/motdotla/dotenv#rules
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { modelFromEnv } from './shared/cli-args.js';

/** "export CHAT_MODEL="Qwen/Qwen2.5-7B"  # comment" */
const ASSIGNMENT = /^(\s*(?:export\s+)?([A-Za-z_][\w.]*)\s*=\s*)(["']?)([^"'#\s]*)/;

export default defineExtractor({
  name: 'dotenv',
  matches: (path) => /(^|\/)(\.env(\.[\w.-]+)?|[\w.-]+\.env)$/.test(path),
  extract(file) {
    const references: RawReference[] = [];
    file.text.split('\n').forEach((text, index) => {
      const match = ASSIGNMENT.exec(text);
      if (!match || !match[4]) return;
      const model = modelFromEnv(match[2]!, match[4], match[1]!.length + match[3]!.length);
      if (model) references.push({ id: model.id, source: model.source, line: index + 1, column: model.offset + 1, snippet: text.trim(), ...(model.revision ? { revision: model.revision } : {}) });
    });
    return { references, diagnostics: [] };
  },
});
