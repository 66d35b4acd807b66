// Dockerfiles / Containerfiles: model-named ENV/ARG values, and RUN/CMD/ENTRYPOINT lines that
// download or serve a model. `FROM` images are not models.
// Reference: https://docs.docker.com/reference/dockerfile/
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { modelFromEnv, modelsInArgs, tokenize, type ArgModel } from './shared/cli-args.js';
import { PositionIndex } from './shared/position.js';

/** "ENV MODEL_ID=Qwen/Qwen2.5-7B", "ARG BASE_MODEL=...", "ENV MODEL_ID Qwen/..." */
const ENV_LINE = /^\s*(?:ENV|ARG)\s+(.*)$/i;
const RUN_LINE = /^\s*(?:RUN|CMD|ENTRYPOINT)\s+(.*)$/i;

export default defineExtractor({
  name: 'dockerfile',
  matches: (path) => /(^|\/)(Dockerfile([.-][\w.-]+)?|Containerfile|[\w.-]+\.(Dockerfile|dockerfile))$/.test(path),
  extract(file) {
    const text = file.text;
    const positions = new PositionIndex(text);
    const found: ArgModel[] = [];
    let offset = 0;
    let continuesEnv = false;
    for (const line of text.split('\n')) {
      // `ENV A=1 \` continues on the next line.
      const env: RegExpExecArray | null = ENV_LINE.exec(line) ?? (continuesEnv ? /^\s*(.*)$/.exec(line) : null);
      continuesEnv = !!env && /\\\s*$/.test(line);
      if (env) {
        const start = offset + line.indexOf(env[1]!);
        const pairs = /([A-Za-z_]\w*)(?:=|\s+)("?)([^\s"]+)\2/g;
        for (let m = pairs.exec(env[1]!); m; m = pairs.exec(env[1]!)) {
          const model = modelFromEnv(m[1]!, m[3]!, start + m.index + m[0].length - m[3]!.length - m[2]!.length);
          if (model) found.push(model);
        }
      }
      const run = RUN_LINE.exec(line);
      if (run) {
        // Exec form ["vllm", "serve", "X"] and shell form both tokenise the same way.
        const body = run[1]!.replace(/[[\],]/g, ' ');
        found.push(...modelsInArgs(tokenize(body, offset + line.indexOf(run[1]!))));
      }
      offset += line.length + 1;
    }
    const references: RawReference[] = found.map((model) => {
      const { line, column } = positions.at(model.offset);
      return { id: model.id, source: model.source, line, column, snippet: positions.snippet(line), ...(model.revision ? { revision: model.revision } : {}) };
    });
    return { references, diagnostics: [] };
  },
});
