// Shell scripts, Makefiles, justfiles, Procfiles: serving and download CLIs (vllm serve,
// --model, huggingface-cli download, ollama pull, llama.cpp -hf) and `export MODEL=...`.
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { modelFromEnv, modelsInArgs, tokenize, type ArgModel } from './shared/cli-args.js';
import { PositionIndex } from './shared/position.js';

/** "export CHAT_MODEL=Qwen/Qwen2.5-7B", "MODEL ?= Qwen/..." (make) */
const ASSIGN = /^\s*(?:export\s+)?([A-Za-z_]\w*)\s*(?:\?|:|\+)?=\s*("?)([^\s"#]+)\2/;

export default defineExtractor({
  name: 'shell',
  matches: (path) => /(\.(sh|bash|zsh|mk)|(^|\/)(Makefile|GNUmakefile|justfile|Justfile|Procfile))$/.test(path),
  extract(file) {
    const text = file.text;
    if (!/model|ollama|serve|download|-hf/i.test(text)) return { references: [], diagnostics: [] };
    const positions = new PositionIndex(text);
    const found: ArgModel[] = [];
    let offset = 0;
    for (const line of text.split('\n')) {
      const code = line.replace(/(^|\s)#.*$/, '');
      const assign = ASSIGN.exec(code);
      if (assign) {
        const model = modelFromEnv(assign[1]!, assign[3]!, offset + assign[0].length - assign[3]!.length - assign[2]!.length);
        if (model) found.push(model);
      }
      found.push(...modelsInArgs(tokenize(code, offset)));
      offset += line.length + 1;
    }
    const references: RawReference[] = found.map((model) => {
      const { line, column } = positions.at(model.offset);
      return { id: model.id, source: model.source, line, column, snippet: positions.snippet(line), ...(model.revision ? { revision: model.revision } : {}) };
    });
    return { references, diagnostics: [] };
  },
});
