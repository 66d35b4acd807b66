// Command lines written inside other text (issue #15): a serving or download command quoted in
// Markdown prose (`tabby serve --model StarCoder-1B`), in a string of code ("use `--chat-model
// Qwen2-1.5B-Instruct`"), in a docstring's usage line, or set as a supervisor/systemd/slurm
// `command=` / `ExecStart=` / `srun` line. Each runs through the same command rules as shell
// scripts (shared/cli-args.ts): a command starts at a program of MODEL_PROGRAMS (or a launcher
// passing a model flag, or a flag only one program takes) and ends with its line, quote or code span.
// Files whose commands another extractor reads whole (shell, Dockerfile, compose, YAML/JSON/TOML,
// notebooks) are left to it, and fenced blocks of Markdown to the markdown extractor.
import type { RawReference } from '../model/reference.js';
import { asAliasRequest, servedAliases } from '../registry/providers.js';
import { defineExtractor } from './extractor.js';
import {
  argReference,
  LAUNCHER_MODEL_FLAG,
  LAUNCHER_PROGRAMS,
  MODEL_PROGRAM_NAMES,
  MODEL_PROGRAMS,
  modelsInArgs,
  programAlternation,
  tokenize,
} from './shared/cli-args.js';
import { MARKDOWN_PAGE } from './shared/prose-files.js';
import { PositionIndex } from './shared/position.js';
import { compileWordFinder, type WordFinder } from '../scan/literal-scan.js';
import { isWordOrDash } from './shared/char-codes.js';

/** Code, prose, notes (`.txt`), PowerShell and service files; not files whose commands another extractor reads whole. */
const READS =
  /\.(md|mdx|markdown|qmd|rmd|livemd|rst|txt|py|pyi|m?js|cjs|jsx|ts|tsx|mts|cts|java|kt|kts|scala|go|rs|cs|php|rb|swift|dart|lua|ps1|psm1|conf|cfg|ini|service|slurm|sbatch|pbs|lsf|job)$/i;
/** Release notes name what changed, not what the project runs. */
const NOT_READ =
  /\.min\.js$|\.d\.[cm]?ts$|(^|\/)(CHANGELOG|CHANGES|HISTORY|RELEASE[_-]?NOTES)[^/]*$|(^|\/)\.changes\/|(^|\/)(requirements[\w.-]*|constraints[\w.-]*|LICENSE[\w.-]*|NOTICE[\w.-]*|CMakeLists)\.txt$/i;
const isProse = (path: string) => MARKDOWN_PAGE.test(path) || /\.rst$/i.test(path);
/** Flags that name one program only (`--chat-model` is tabby's): a hint quoting the flag alone is that program's command. */
const OWN_FLAGS = [...new Set(MODEL_PROGRAMS.flatMap((p) => p.flags ?? []))].filter(
  (flag) => flag !== '--model' && MODEL_PROGRAMS.filter((p) => p.flags?.includes(flag)).length === 1,
);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
/**
 * Where a command starts (group 1 the character before it): a program, as a word or a path
 * (`.exe` allowed), at the start of a line, a quote or code span, after a prompt, `=`, `&&`, `;`,
 * `|`, a colon ending a label (`"Make sure it runs: vllm serve org/name"`) or an `e.g.` (a help text's or docstring's
 * `e.g. python generate.py --base_model=org/name`); a launcher the same way (group 3); any command passing a model flag (group 4: `cargo run
 * serve --model TabbyML/StarCoder-1B`; argparse's `%(prog)s --model X` in an epilog, the program's own name, exo-explore/exo
 * bench/eval_tool_calls.py:898; a double-quoted argument before the flag, a CLI's usage example in a raw string:
 * `weknora agent create "Support Bot" --model gpt-4o`, Tencent/WeKnora); a CLI's command registering a model by name
 * (`weknora model create nomic-embed-text --type Embedding`); or a flag only one program takes, quoted alone.
 */
const START = new RegExp(
  `(^|[\`'"(;&|=]|\\$ |: |\\b[Ee]\\.g\\.,? )[ \\t]*(?=(?:[A-Z_]+=\\S*[ \\t]+)*(?:[\\w.~-]*[\\\\/])*(?:(${programAlternation(MODEL_PROGRAMS)})|(${programAlternation(LAUNCHER_PROGRAMS)}))(?:\\.exe)?[ \\t]+\\S|((?:%\\(prog\\)s|[\\w.\\\\/~-]+[ \\t](?:[^\`'"\\n]|"[^"\\n]*")*?)[ \\t]--[\\w-]*model[\\w-]*(?:[ \\t]+|=)[^\\s-]|[\\w.\\\\/~-]+[ \\t]+models?[ \\t]+(?:create|add|register|pull)[ \\t]+[\\w.\\/:-]+(?:[ \\t]|$))${OWN_FLAGS.length ? `|(?:${OWN_FLAGS.map(escape).join('|')})[ =]\\S` : ''})`,
  'gm',
);
/** What follows `model` in a CLI's command registering one: `model create `, `models add `. */
const MODEL_COMMAND_AFTER = /^s?[ \t]+(?:create|add|register|pull)[ \t]/;
/** A line ending in a shell continuation (`\`, or `\\` written in a string or docstring). */
const CONTINUED = /(?:^|[ \t])\\{1,2}[ \t]*\r?$/;
/** How many continued lines one command may take. */
const MAX_CONTINUED = 20;
/** Longer lines are minified code or data (the same bound model-names uses). */
const MAX_LINE = 4000;
/** Every command START finds names one of these (`hf` and `tune` only ever download; flags of their own hold `model`). */
const WORDS = [...new Set([...MODEL_PROGRAM_NAMES.filter((name) => name.length > 2), ...LAUNCHER_PROGRAMS, 'download', 'model'])];
/**
 * The words START's matches are made of: a program or launcher, followed by a blank or `.exe` (a command word), or a
 * flag of one program followed by ` ` or `=`; and `model` after a `--` in its word (a model flag, `--chat-model`).
 */
const COMMAND_WORDS = [...MODEL_PROGRAM_NAMES, ...LAUNCHER_PROGRAMS, ...OWN_FLAGS];
let finder: WordFinder | undefined;

export default defineExtractor({
  name: 'command-line',
  words: WORDS,
  matchesName: true,
  matches: (path) => READS.test(path) && !NOT_READ.test(path),
  extract(file) {
    const text = file.text;
    const starts = commandStarts(text);
    if (!starts.length) return { references: [], diagnostics: [] };
    const positions = new PositionIndex(text);
    const references: RawReference[] = [];
    const aliases = text.includes('serve') ? servedAliases(text) : new Set<string>();
    // In prose only code spans are commands: a sentence naming a program is not one.
    const prose = isProse(file.relPath);
    const fenced = prose ? fencedLines(text) : undefined;
    for (const { at, lead, launcher } of starts) {
      const closer = lead === '`' || lead === '"' || lead === "'" ? lead : undefined;
      if (prose && closer !== '`') continue;
      if (fenced?.has(positions.at(at).line)) continue;
      if (!prose && inComment(text, at)) continue;
      const command = commandAt(text, at, closer, prose);
      if (launcher && !LAUNCHER_MODEL_FLAG.test(command)) continue;
      for (const model of modelsInArgs(tokenize(command, at))) {
        const asked = asAliasRequest(model, aliases, positions.lineText(positions.lineOf(model.offset)));
        if (asked) references.push(argReference(asked, positions));
      }
    }
    return { references, diagnostics: [] };
  },
});

/**
 * Where START matches, in order: the offset after the match, the character before the command
 * (group 1) and whether a launcher starts it; an empty list for a text holding none of WORDS (the reader's gate).
 * Searched line by line, only on lines where a match can be made (the same matches as on the whole text: none spans
 * a line break), found from one pass of the word automaton: a line holding only `model` as a word part
 * (`self.model`), `download`, or a program's name inside a longer word (`dockerfile`, `fine-tuned`) has no command
 * start, and most lines of a text that names a model are such. `everyWordLine` searches every line holding any of the
 * words (the same answer, slower: for the test). Minified or data lines over MAX_LINE (a bundled .cjs is one 2 MB
 * line) hold no command a person wrote, and START's lazy flag search is tried from every position of such a line: not
 * searched.
 */
export function commandStarts(text: string, everyWordLine = false): { at: number; lead: string; launcher: boolean }[] {
  finder ??= compileWordFinder([WORDS, COMMAND_WORDS]);
  if (!finder) throw new Error('command-line: the words must be printable ASCII');
  const { ends, groups } = finder.hits(text);
  const starts: { at: number; lead: string; launcher: boolean }[] = [];
  if (!groups.some((g) => (g & 1) !== 0)) return starts;
  let lineEnd = -1;
  for (let i = 0; i < ends.length; i++) {
    const e = ends[i]!;
    if (e <= lineEnd || !(everyWordLine || mayStartCommand(text, e, groups[i]!))) continue;
    const start = text.lastIndexOf('\n', e - 1) + 1;
    lineEnd = text.indexOf('\n', e);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - start > MAX_LINE) continue;
    const line = text.slice(start, lineEnd);
    START.lastIndex = 0;
    for (let m = START.exec(line); m; m = START.exec(line)) {
      if (m[0] === '') START.lastIndex++;
      starts.push({ at: start + m.index + m[0].length, lead: m[1]!, launcher: m[3] !== undefined });
    }
  }
  return starts;
}

/**
 * Whether the word occurrence ending at `end` (`groups`: of the words ending there) can be part of a START match: a
 * COMMAND_WORDS word followed by a space, a tab, `=` or `.` (`.exe`), or `model` with a `--` before it in its `[\w-]` run (START's `--[\w-]*model`). Letters' case is ignored, as the
 * automaton ignores it: more lines than START matches on, never fewer.
 */
function mayStartCommand(text: string, end: number, groups: number): boolean {
  if ((groups & 2) !== 0) {
    const next = text.charCodeAt(end);
    if (next === 32 || next === 9 || next === 61 || next === 46) return true;
  }
  const from = end - 5;
  if (from < 0 || (text.charCodeAt(from) | 0x20) !== 109 /* m */ || text.slice(from, end).toLowerCase() !== 'model') return false;
  // A CLI's command for its models, `x model create <name>` (START's last alternative).
  if ((text.charCodeAt(from - 1) === 32 || text.charCodeAt(from - 1) === 9) && MODEL_COMMAND_AFTER.test(text.slice(end, end + 20))) return true;
  // Back through the run to its start or a `--` (a search of all the text before would read it again for each hit).
  // A run of MAX_LINE characters is on a line too long to be searched: true, so the caller skips that line at once.
  const stop = Math.max(0, from - MAX_LINE);
  for (let at = from - 1; isWordOrDash(text.charCodeAt(at)); at--) {
    if (at <= stop) return at > 0;
    if (text.charCodeAt(at) === 45 && text.charCodeAt(at - 1) === 45) return true;
  }
  return false;
}

/** The command from `at` to the end of its line, or to the quote or code span's end when it stands in one. */
function commandAt(text: string, at: number, closer: string | undefined, prose: boolean): string {
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  // A usage line continued over lines (`\` at its end; `\\` in a docstring that escapes it): its next lines are its
  // flags (`python scripts/bench.py --out x.json \\` then `--model unsloth/Z-Image-Turbo-GGUF`). Each `\` and line
  // break becomes a space, so offsets stay those of the text.
  for (let joined = 0; !closer && joined < MAX_CONTINUED && end < text.length && CONTINUED.test(text.slice(at, end)); joined++) {
    const next = text.indexOf('\n', end + 1);
    end = next < 0 ? text.length : next;
  }
  let command = text.slice(at, end).replace(/\\{1,2}[ \t]*\r?\n/g, (m) => ' '.repeat(m.length));
  if (closer) {
    const close = command.indexOf(closer);
    if (close >= 0) command = command.slice(0, close);
  }
  // A code string goes on after an escaped line end (not a Windows path's `.\tabby`); a sentence after its punctuation.
  if (!prose) command = command.replace(/(?<![\\.:])\\[nt].*$/, '');
  return command.replace(/[.,;:!?)]+(?:\s.*)?$/, '');
}

/**
 * Whether `at` is in a line comment (`//`, `#`, `--` of SQL/Lua, `;` of INI) or a block comment's
 * `*` line: a hint in a comment (`// or whatever you pulled: ollama run x`) is not what the code runs.
 * A marker counts outside quotes only (quotes before it are balanced).
 */
function inComment(text: string, at: number): boolean {
  // A comment's own words, the command taken to start at its marker (`// ListModels backs --model / --rerank-model
  // id-or-name resolution`: `//` read as a program's path).
  if (/^(?:\/\/|\/\*|#)\s/.test(text.slice(at, at + 3))) return true;
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  if (/^\s*(\*|\/\*|;)/.test(before)) return true;
  for (const marker of before.matchAll(/(?:^|\s)(\/\/|#|--)(?=\s|$)/g)) {
    const prefix = before.slice(0, marker.index);
    if ([`"`, `'`, '`'].every((q) => prefix.split(q).length % 2 === 1)) return true;
  }
  return false;
}

/** 1-based lines inside fenced code blocks (``` or ~~~): the markdown extractor reads those. */
function fencedLines(text: string): Set<number> {
  const inside = new Set<number>();
  let fence: string | undefined;
  text.split('\n').forEach((line, i) => {
    const open = /^[ \t]*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (open && open[1]![0] === fence[0] && open[1]!.length >= fence.length && !line.trim().slice(open[1]!.length).trim()) fence = undefined;
      else inside.add(i + 1);
    } else if (open) fence = open[1];
  });
  return inside;
}
