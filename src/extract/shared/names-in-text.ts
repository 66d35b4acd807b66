// Model names written inside a sentence or a menu line rather than as a whole value:
//   `1) DeepSeek (deepseek-v4-flash, deepseek-v4-pro, etc.)`, `groq - Groq LPU models (llama-3.3-70b-versatile, gemma2-9b-it)`,
//   `Model: qwen-plus`.
// What a text offers is its lists: a value that is names joined (`chatglm&gpt-3.5-turbo`) names
// each known one; an enumeration of names is a list of models when the lists of the
// text hold names known by their shape alone (a provider's published naming, a publisher's Hub id, a
// legacy Hub id: shared/model-name.ts classify), a third or more of their names; then each of its
// names counts, known or not. Outside a list, a known name counts only as the value a label gives
// for the model (`Model: qwen-plus`, `default: deepseek-chat`). Not models: a name in a sentence
// (`GLM-4 does not support parallel functions`, `Your name is MiniMax-M2.1`: messages, prompts,
// logs), examples (`e.g. gpt-4.1-nano`, `例如 chatglm&gpt-4`), and family words (`DeepSeek`, `Qwen`).
import { contextOnlyId } from '../../registry/providers.js';
import type { ModelSource } from '../../model/reference.js';
import { loadRegistry } from '../../registry/load.js';
import { classify, isNameShaped } from './model-name.js';

type Registry = ReturnType<typeof loadRegistry>;

/** One line of a piece of text, where it stands in the file (`column` 1-based, of its first character). */
export interface TextLine {
  text: string;
  line: number;
  column: number;
}

/** A model name found in a piece of text. */
export interface NameInText {
  id: string;
  source: ModelSource;
  line: number;
  column: number;
}

/** Word separators in running text, CJK punctuation included; `/`, `:`, `.`, `@` stay inside names. */
const WORD = /[^\s,;()[\]{}<>"'`|&*=、，；（）【】「」：]+/g;
/** An enumeration's separators (`a, b`, `a、b`, gpt_academic's `a&b`). */
const LIST_SEPARATOR = /[,，、&]/;
/** A bracketed group (its inside in group 1), or a run of text outside brackets. */
const GROUP = /[([{（【]([^()[\]{}（）【】]*)[)\]}）】]|[^()[\]{}（）【】]+/g;
/** Names joined by separators, nothing else: a list written as one value. */
const COMPACT_LIST = /^[\w.:/@+-]+(?:[,&][\w.:/@+-]+)+$/;
/** Items that close an enumeration without naming anything. */
const ETC = /^(?:etc\.?|\.{3}|…|and more|and others|等+)$/i;
/** Words that join an enumeration's last items (`a, b or c`). */
const JOINER = /^(?:(?:or|and)\s+)+/i;
/** What introduces an example (of a format, an input): its names show how to write one, not a model offered. */
const EXAMPLE = /\b(?:e\.g\.|eg\.|for example|for instance|such as|example:)|例如|比如|譬如|示例/gi;
/** Where an example ends: a closing bracket or the end of a sentence. */
const EXAMPLE_END = /[)\]）】;；。]|\.\s/;
/** A label for the model, just before a name: `Model: qwen-plus`, `default: deepseek-chat`, `MODEL=Qwen/...`, `模型：glm-4`. */
const MODEL_LABEL = /(?:^|[^\w-])(?:[\w-]*model(?:[_ -]?(?:name|id))?|default|模型)\s*[:=：]\s*["'`]?$/i;

interface Item {
  value: string;
  /** 1-based column in the file's line. */
  column: number;
  found?: { id: string; source: ModelSource };
}

interface Enumeration {
  items: Item[];
  line: number;
  /** A single word in brackets (`Llama models via Together.ai (meta-llama/Llama-3-8b-chat-hf)`): a list only beside others. */
  single: boolean;
}

/**
 * The model names of a piece of display text (a message, a help string, a menu), given line by line.
 * One pass over each line; the lists of all its lines decide together whether they list models.
 */
export function namesInText(lines: readonly TextLine[]): NameInText[] {
  const registry = loadRegistry();
  const found: NameInText[] = [];
  const lists: Enumeration[] = [];
  for (const { text, line, column: first } of lines) {
    if (text.length > 4000 || !/[\d-]/.test(text)) continue; // data, or no name-shaped word at all
    const shift = first - 1;
    // `chatglm&gpt-3.5-turbo`, `gpt-4o,gpt-4o-mini`: a value that is several names joined, each known one a
    // whole value (its other names count as a list's).
    if (COMPACT_LIST.test(text)) {
      let at = 0;
      for (const part of text.split(/[,&]/)) {
        const name = classify(part, text, registry);
        if (name) found.push({ ...name, line, column: at + 1 + shift });
        at += part.length + 1;
      }
    }
    const examples = exampleRanges(text);
    const example = (at: number) => examples.some(([from, to]) => at >= from && at < to);
    for (const group of text.matchAll(GROUP)) {
      const bracketed = group[1] !== undefined;
      const at = group.index! + (bracketed ? 1 : 0);
      const listed = enumeration(group[1] ?? group[0], at, text, registry, bracketed);
      const items = listed?.items.filter((it) => !example(it.column - 1));
      if (items?.length) lists.push({ items: items.map((it) => ({ ...it, column: it.column + shift })), line, single: listed!.single });
    }
    // A known name outside lists counts as the value of a label for the model.
    for (const m of text.matchAll(WORD)) {
      const value = trimWord(m[0]);
      if (value.length < 2 || !/[\d-]/.test(value)) continue;
      const at = m.index! + m[0].indexOf(value);
      if (!MODEL_LABEL.test(text.slice(Math.max(0, at - 40), at)) || example(at)) continue;
      const name = classify(value, text, registry);
      if (name) found.push({ ...name, line, column: at + 1 + shift });
    }
  }
  const named = (it: Item) => !!it.found || isNameShaped(it.value);
  // Lists of names (two thirds or more of their items), of which known ones are a good share.
  const nameLists = lists.filter((l) => !l.single && l.items.filter(named).length * 3 >= l.items.length * 2);
  const names = nameLists.flatMap((l) => l.items.filter(named));
  const known = names.filter((it) => it.found).length;
  const modelLists = known && known * 3 >= names.length ? nameLists : [];
  // A single name in brackets beside such lists counts when a table knows it (`(S4.4)` is a section number).
  const singles = modelLists.length ? lists.filter((l) => l.single && l.items[0]!.found) : [];
  for (const list of [...modelLists, ...singles]) {
    for (const item of list.items) {
      if (item.found) found.push({ ...item.found, line: list.line, column: item.column });
      else if (isNameShaped(item.value)) found.push({ id: contextOnlyId(item.value), source: 'api', line: list.line, column: item.column });
      else if (/^[a-z]+$/i.test(item.value)) {
        // `command` beside `command-light` (Cohere's): a bare word a known sibling extends is that provider's.
        const sibling = list.items.find((it) => it.found?.source === 'api' && it.value.toLowerCase().startsWith(`${item.value.toLowerCase()}-`));
        if (sibling)
          found.push({
            id: `${sibling.found!.id.slice(0, sibling.found!.id.indexOf('/'))}/${item.value}`,
            source: 'api',
            line: list.line,
            column: item.column,
          });
      }
    }
  }
  // One reading per name and line (a joined value's known names are its list's too).
  const seen = new Set<string>();
  return found.filter((f) => !seen.has(`${f.line}|${f.id}`) && !!seen.add(`${f.line}|${f.id}`));
}

/** Trailing sentence punctuation and Markdown emphasis are not part of a name. */
const trimWord = (w: string) => w.replace(/^[*_~#]+/, '').replace(/[.:!?*_~]+$/, '');

/** The stretches of a line that are examples: from a marker (`e.g.`, `例如`) to the end of its bracket or sentence. */
function exampleRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(EXAMPLE)) {
    const from = m.index! + m[0].length;
    const end = EXAMPLE_END.exec(text.slice(from));
    ranges.push([m.index!, end ? from + end.index : text.length]);
  }
  return ranges;
}

/**
 * The items of `text` as an enumeration (`a, b, c`; `x: a, b or c`; `a, etc.`), or undefined when it
 * is not one: fewer than two items (one, when bracketed), or a middle item of several words (a
 * sentence with commas). Columns are 1-based in the line.
 */
function enumeration(text: string, at: number, line: string, registry: Registry, bracketed: boolean): { items: Item[]; single: boolean } | undefined {
  if (!LIST_SEPARATOR.test(text)) {
    const value = trimWord(text.trim());
    if (!bracketed || !value || /\s/.test(value)) return undefined;
    const found = classify(value, line, registry);
    return { items: [{ value, column: at + text.indexOf(value) + 1, ...(found ? { found } : {}) }], single: true };
  }
  const parts = text.split(LIST_SEPARATOR);
  const items: Item[] = [];
  let more = false; // `(doubao-seed-2-0-code-preview-260215, etc.)`: one name and more like it is a list
  let offset = at;
  for (const [i, part] of parts.entries()) {
    const start = offset;
    offset += part.length + 1;
    const trimmed = part.trim().replace(JOINER, '');
    if (ETC.test(trimmed)) more = true;
    if (!trimmed || ETC.test(trimmed)) continue;
    const words = trimmed.split(/\s+/);
    // The first item may follow a lead-in (`models: a, b`), the last be followed by more words (`a, b for chat`).
    let word: string;
    if (words.length === 1) word = words[0]!;
    else if (i === 0) word = words.at(-1)!;
    else if (i === parts.length - 1) word = words[0]!;
    else return undefined;
    // `pipeline("text-generation", "facebook/opt-1.3b")` written in a string: code, whose quoted values model-names reads.
    if (/^["'`]/.test(word)) return undefined;
    const value = trimWord(word);
    if (!value) continue;
    const column = start + part.indexOf(value) + 1;
    const found = /[\d-]/.test(value) ? classify(value, line, registry) : undefined;
    items.push({ value, column, ...(found ? { found } : {}) });
  }
  return items.length >= 2 || (items.length === 1 && more) ? { items, single: false } : undefined;
}
