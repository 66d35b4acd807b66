// A Hub repo id written in two parts, its organisation and its name, in a Python model table:
//   hf_config=dict(org="meta-llama", name="Llama-2-7b{}-hf")        (Lightning-AI/litgpt litgpt/config.py, and the
//   "hf_config": {"org": "Qwen", "name": "Qwen3-8B"}                  copies of its table lit-gpt, lit-llama and
//                                                                      lightning-thunder's litgpt_model.py keep)
// The repo is `<org>/<name>`. A name holding `{}` is a template the file's own loop fills, once a suffix:
//   for c in llama_2:
//       for kind in ("", "-chat"):
//           copy["hf_config"]["name"] = c["hf_config"]["name"].format(kind)
// and a loop may append a suffix to every entry (`f"{c['hf_config']['name']}-deduped"`), skipping some
// (`if c["name"] in ("pythia-14m", "pythia-31m"): continue`). Each expansion is a repo of the table.
import { looksLikeHubId } from '../../model/ids.js';
import { loadRegistry } from '../../registry/load.js';

/** A file's tables and the loops over each, found once. */
interface Context {
  table: (at: number) => string | undefined;
  loops: (table: string) => string[];
}

export interface PairRepo {
  id: string;
  /** Where the name's literal starts (its opening quote + 1). */
  offset: number;
}

/** `org="X", name="Y"` as keywords, or `"org": "X", "name": "Y"` as a dict's keys. */
const PAIR =
  /\b(?:org|organization|owner)\s*=\s*(['"])([A-Za-z0-9][\w.-]*)\1\s*,\s*name\s*=\s*(['"])([^'"\n]+)\3|(['"])(?:org|organization|owner)\5\s*:\s*(['"])([A-Za-z0-9][\w.-]*)\6\s*,\s*(['"])name\8\s*:\s*(['"])([^'"\n]+)\9/g;
/** The key or keyword the pair's dict is given to, when it is named for the Hub (`hf_config=dict(`, `"hub": {`). */
const HUB_HOLDER = /(?:\b(\w+)\s*=\s*dict\(|(['"])(\w+)\2\s*:\s*\{)\s*$/;
const HUB_NAMED = /^(?:hf|hub|huggingface)(?:_|$)|_(?:hf|hub)(?:_|$)/i;

export function hubPairs(text: string): PairRepo[] {
  // (The words looked for first: the pattern is tried at every word of a text.)
  if (!(text.includes('org') || text.includes('owner')) || !/\b(?:org|organization|owner)\b/.test(text)) return [];
  const found: PairRepo[] = [];
  const registry = loadRegistry();
  let tables: Table[] | undefined;
  const loops = new Map<string, string[]>();
  const context: Context = {
    table: (at) => enclosingTable((tables ??= tablesOf(text)), at),
    loops: (table) => loops.get(table) ?? loops.set(table, loopsOver(text, table)).get(table)!,
  };
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
    const org = m[2] ?? m[7]!;
    const name = m[4] ?? m[10]!;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const holder = HUB_HOLDER.exec(text.slice(lineStart, m.index));
    const hubHolder = holder && HUB_NAMED.test(holder[1] ?? holder[3]!);
    // A pair not held under a Hub-named key counts only with an organisation known to publish models (an `org=`,
    // `name=` pair elsewhere is an organisation's record, a team, a user).
    if (!hubHolder && !registry.byNamespace.has(org) && !registry.repackagers.has(org)) continue;
    const offset = m.index + m[0].length - name.length - 1;
    const names = name.includes('{}')
      ? expandTemplate(context, m.index, name, holder?.[1] ?? holder?.[3])
      : [name, ...suffixed(context, m.index, name, holder?.[1] ?? holder?.[3])];
    for (const n of names) if (looksLikeHubId(`${org}/${n}`)) found.push({ id: `${org}/${n}`, offset });
  }
  return found;
}

interface Table {
  name: string;
  start: number;
  end: number;
}

/** The top-level assignments that open a table (`llama_2 = [`, `falcon180b = dict(`), to the line that closes each. */
function tablesOf(text: string): Table[] {
  const tables: Table[] = [];
  const head = /^([A-Za-z_]\w*)[ \t]*(?::[^=\n]+)?=[ \t]*(?:\[|dict\(|\{)/gm;
  const close = /^[\])}]/gm;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    // Where it closes: the first line after it that starts at column 0 with a closing bracket.
    close.lastIndex = m.index + m[0].length;
    const end = close.exec(text)?.index ?? text.length;
    tables.push({ name: m[1]!, start: m.index, end });
  }
  return tables;
}

/** The table that holds `at`, by its name. */
function enclosingTable(tables: Table[], at: number): string | undefined {
  for (let i = tables.length - 1; i >= 0; i--) if (tables[i]!.start < at && at < tables[i]!.end) return tables[i]!.name;
  return undefined;
}

/**
 * The blocks of top-level `for` loops that walk the table `table` (`for c in llama_2:`, `copy = deepcopy(falcon180b)`),
 * or a table it was added to (`qwen_2_5.extend(qwen_2_5_coder)`, then `for c in qwen_2_5:`).
 */
function loopsOver(text: string, table: string): string[] {
  const tables = [table];
  for (const m of text.matchAll(new RegExp(String.raw`^([A-Za-z_]\w*)(?:\.extend\(\s*${table}\s*\)|[ \t]*\+=[ \t]*${table}\b)`, 'gm'))) tables.push(m[1]!);
  const blocks: string[] = [];
  const loop = /^for[ \t]+[^\n]*?[ \t]in[ \t]+([^\n]*?)[ \t]*:[ \t]*(?:#[^\n]*)?\n((?:(?:[ \t]+[^\n]*|[ \t]*)\n)*)/gm;
  for (let m = loop.exec(text); m; m = loop.exec(text)) {
    const walked = tables.some((t) => m![1] === t || new RegExp(String.raw`\bdeepcopy\(\s*${t}\s*\)`).test(m![2]!));
    if (walked) blocks.push(m[0]);
  }
  return blocks;
}

/** String literals of a tuple or list literal, or for pairs the `index`-th of each (`(("", "-x"), ("-chat", "-Chat"))`). */
function literalItems(literal: string, index: number): string[] | undefined {
  const inner = literal.trim().slice(1, -1);
  const groups = [...inner.matchAll(/\(([^()]*)\)/g)];
  if (groups.length) {
    const picked = groups.map((g) => [...g[1]!.matchAll(/(['"])([^'"\n]*)\1/g)][index]?.[2]);
    return picked.every((p) => p !== undefined) ? (picked as string[]) : undefined;
  }
  const items = [...inner.matchAll(/(['"])([^'"\n]*)\1/g)].map((s) => s[2]!);
  return items.length ? items : undefined;
}

/** `{}` filled with each value the table's loop formats it with. */
function expandTemplate(context: Context, at: number, template: string, holder: string | undefined): string[] {
  const table = context.table(at);
  if (!table) return [];
  for (const block of context.loops(table)) {
    // The `.format(var)` that fills this part of the entry: on the line naming the holder (`["hf_config"]["name"]`).
    const formats = [...block.matchAll(/^[^\n]*\.format\((\w+)\)[^\n]*$/gm)];
    const format = formats.find((f) => holder && f[0].includes(holder)) ?? formats[0];
    if (!format) continue;
    const variable = format[1]!;
    const inner = new RegExp(String.raw`^[ \t]*for[ \t]+([\w, \t]+?)[ \t]+in[ \t]+(\([^\n]*\)|\[[^\n]*\])[ \t]*:`, 'm').exec(block);
    if (!inner) continue;
    const vars = inner[1]!.split(',').map((v) => v.trim());
    const values = literalItems(inner[2]!, Math.max(0, vars.indexOf(variable)));
    if (values && vars.includes(variable)) return values.map((v) => template.replace('{}', v));
  }
  return [];
}

/** Copies a table's loop adds with a suffix (`f"{c['hf_config']['name']}-deduped"`), less the names it skips. */
function suffixed(context: Context, at: number, name: string, holder: string | undefined): string[] {
  const table = context.table(at);
  if (!table) return [];
  const out: string[] = [];
  for (const block of context.loops(table)) {
    const skip = /^[ \t]*if[ \t][^\n]*\bin[ \t]+(\([^\n]*\))[ \t]*:[ \t]*\n?[ \t]*continue\b/m.exec(block);
    if (skip && literalItems(skip[1]!, 0)?.includes(name)) continue;
    // (On the line that sets the holder's name, `copy["hf_config"]["name"] = ...`, when the pair has a holder.)
    for (const m of block.matchAll(/^[^\n]*\[(['"])name\1\][ \t]*=[ \t]*f(['"])\{[^}\n]*\[(?:'|")name(?:'|")\]\}([\w.-]+)\2/gm))
      if (!holder || m[0].includes(holder)) out.push(`${name}${m[3]}`);
  }
  return [...new Set(out)];
}
