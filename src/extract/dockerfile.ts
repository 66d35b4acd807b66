// Dockerfiles / Containerfiles: model-named ENV/ARG values, and RUN/CMD/ENTRYPOINT instructions
// (continued lines and heredocs joined) that download or serve a model, `$VAR` resolved from
// earlier ARG/ENV, and download or serving commands kept in comments. `FROM` images are not models.
// Reference: https://docs.docker.com/reference/dockerfile/
import type { Diagnostic } from '../model/diagnostic.js';
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { argReference, commentedCommands, modelFromEnv, modelsInArgs, tokenize, withUses, type ArgModel, type Token } from './shared/cli-args.js';
import { parseHubReference } from '../model/ids.js';
import { PositionIndex } from './shared/position.js';

/** "RUN huggingface-cli download \" (the instruction keyword and where its arguments start) */
const INSTRUCTION = /^(\s*)([A-Za-z]+)(\s+)/;
/** "ENV MODEL_ID=Qwen/Qwen2.5-7B", "ARG BASE_MODEL=\"...\"", legacy "ENV MODEL_ID Qwen/..." */
const ENV_PAIR = /([A-Za-z_]\w*)(?:=|\s+)("?)([^\s"]+)\2/g;
/** Python one-liners in RUN: `python -c "from_pretrained('Qwen/Qwen2.5-7B')"`, `snapshot_download(repo_id='X')` */
const PYTHON_CALL =
  /(?:from_pretrained|snapshot_download|hf_hub_download|SentenceTransformer|CrossEncoder)\(\s*(?:repo_id\s*=\s*|model_name_or_path\s*=\s*)?(['"])([^'"]+)\1/g;

interface Instruction {
  keyword: string;
  /** Arguments with continuations blanked, so that offsets still point into the file. */
  body: string;
  offset: number;
  line: number;
}

export default defineExtractor({
  name: 'dockerfile',
  matchesName: true,
  matches: (path) => /(^|\/)(Dockerfile([._-][\w.-]+)?|Containerfile|[\w.-]+\.(Dockerfile|dockerfile))$/.test(path) && !/\.(md|txt|rst|adoc)$/i.test(path),
  extract(file) {
    const text = file.text;
    const positions = new PositionIndex(text);
    // ENV/ARG settings, and what RUN/CMD/ENTRYPOINT download or serve.
    const declared: ArgModel[] = [];
    const run: ArgModel[] = [];
    const diagnostics: Diagnostic[] = [];
    const variables = new Map<string, Token>();
    const lookup = (name: string) => variables.get(name);
    for (const { keyword, body, offset, line } of instructions(text)) {
      if (keyword === 'ENV' || keyword === 'ARG') {
        for (let m = ENV_PAIR.exec(body); m; m = ENV_PAIR.exec(body)) {
          const valueOffset = offset + m.index + m[0].length - m[3]!.length - m[2]!.length;
          variables.set(m[1]!, { text: m[3]!, offset: valueOffset });
          const model = modelFromEnv(m[1]!, m[3]!, valueOffset);
          if (model) declared.push(model);
        }
      } else if (keyword === 'RUN' || keyword === 'CMD' || keyword === 'ENTRYPOINT') {
        const trimmed = body.trim();
        if (trimmed.startsWith('[') && !isJsonArray(trimmed))
          diagnostics.push({
            stage: 'extract',
            code: 'malformed-file',
            path: file.relPath,
            line,
            message: `${file.relPath}:${line}: ${keyword} exec form is not a JSON array`,
          });
        // Exec form ["vllm", "serve", "X"] and shell form tokenise the same way.
        run.push(...modelsInArgs(tokenize(body.replace(/[[\],]/g, ' '), offset), lookup));
        for (let m = PYTHON_CALL.exec(body); m; m = PYTHON_CALL.exec(body)) {
          const parsed = parseHubReference(m[2]!);
          if (parsed)
            run.push({
              id: parsed.id,
              source: 'huggingface',
              ...(parsed.revision ? { revision: parsed.revision } : {}),
              offset: offset + m.index + m[0].length - m[2]!.length - 1,
            });
        }
      }
    }
    const references: RawReference[] = withUses(declared, run).map((model) => argReference(model, positions));
    // `# hf download --local-dir tei_data/BAAI/bge-m3 BAAI/bge-m3`: how the files the image copies were made, as a comment.
    for (const model of commentedCommands(text)) references.push({ ...argReference(model, positions), context: 'comment' });
    return { references, diagnostics };
  },
});

/** Instructions with their `\`-continued lines (comment lines inside skipped) and `RUN <<EOF` heredocs. */
function instructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  const blank = (s: string) => ' '.repeat(s.length);
  for (let i = 0; i < lines.length; i++) {
    const match = INSTRUCTION.exec(lines[i]!);
    if (!match || lines[i]!.trimStart().startsWith('#')) continue;
    const first = i;
    // "RUN <<EOF" runs the following lines up to the terminator.
    const heredoc = /<<-?\s*['"]?(\w+)['"]?/.exec(lines[i]!);
    if (heredoc) while (i + 1 < lines.length && lines[i + 1]!.trim() !== heredoc[1]) i++;
    else while (i + 1 < lines.length && (/\\\s*$/.test(lines[i]!) || (i > first && /^\s*#/.test(lines[i]!)))) i++;
    const argsStart = starts[first]! + match[0].length;
    const end = starts[i]! + lines[i]!.length;
    let body = text.slice(argsStart, end);
    if (!heredoc)
      body = body
        .replace(/\n[ \t]*#[^\n]*/g, blank) // comment lines inside a continued instruction
        .replace(/\\[ \t]*\r?\n/g, blank); // "\" + line end: one command, offsets kept
    out.push({ keyword: match[2]!.toUpperCase(), body, offset: argsStart, line: first + 1 });
  }
  return out;
}

function isJsonArray(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}
