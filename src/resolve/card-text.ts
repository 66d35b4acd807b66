// Parents named in a model card's prose, for models whose front matter declares none: repackagers'
// copies ("This is quantized version of [X](https://huggingface.co/X)", "Original model: <url>",
// "model files for [..](url)", "converted to MLX format from [X](..)"), Trainer cards ("fine-tuned
// version of [X](..)"), mergekit cards ("models were included in the merge"), distill tables (the
// row naming this model only) and Chinese phrasings ("基于X微调"). Card text is untrusted: only Hub
// ids in a sentence with one of these phrasings count, links beat bare names, and a bare name
// becomes a candidate that the walk keeps only when the Hub confirms it.
import type { Relation } from '../model/lineage.js';
import { familyNamedLike, type Registry } from '../registry/load.js';
import { looksLikeHubId } from '../model/ids.js';

export interface CardTextParent {
  id: string;
  relation: Relation;
  /** The sentence that names it (trimmed), as evidence. */
  sentence: string;
  /** A bare name turned into an id through the registry: an edge only if the Hub has it. */
  candidate?: boolean;
}

const PHRASES: [RegExp, Relation][] = [
  [
    /quanti[sz]ed version of|quantizations? of|quants? of|model files for|gguf format|converted to (?:mlx|gguf) format from|original model\s*:|modelo original|mlx format/i,
    'quantized',
  ],
  [
    /fine-?tuned (?:version of|from|on top of)|finetuned from|trained (?:on top of|from)|built (?:up)?on|based on|initiali[sz]ed from|starting from|基于|微调|基础模型|底座/i,
    'finetune',
  ],
  [/(?:were|was) included in the merge|merge of|merged (?:from|with)/i, 'merge'],
];
const HUB_LINK = /https?:\/\/(?:huggingface\.co|hf\.co|hf-mirror\.com)\/([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*)/g;
const CODE_ID = /`([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*)`/g;
// "Qwen2.5-Math-7B", "Deepseek-R1-14B": a name with a version or size, no namespace.
const BARE_NAME = /(?<![\w/.-])([A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*-\d+(?:\.\d+)?[BbMm](?:-[A-Za-z0-9]+)*)(?![\w/])/g;
const MAX_CARD = 200_000;

export function readCardText(readme: string, self: string, registry: Registry): CardTextParent[] {
  const body = stripFrontMatter(readme.slice(0, MAX_CARD));
  const selfLower = self.toLowerCase();
  const found = new Map<string, CardTextParent>();
  const add = (id: string, relation: Relation, sentence: string, candidate = false) => {
    const clean = id.replace(/\.git$/, '');
    if (!looksLikeHubId(clean) || clean.toLowerCase() === selfLower || found.has(clean.toLowerCase())) return;
    found.set(clean.toLowerCase(), { id: clean, relation, sentence: sentence.trim().slice(0, 300), ...(candidate ? { candidate } : {}) });
  };
  const lines = body.split(/\r?\n/);
  // Tables: only the row that names this model says what it is built on.
  for (const line of lines.filter((l) => /^\s*\|/.test(l))) {
    const ids = linked(line);
    if (!ids.some((id) => id.toLowerCase() === selfLower)) continue;
    for (const id of ids) add(id, 'finetune', line);
  }
  const prose = sentences(lines.filter((l) => !/^\s*\|/.test(l)).join('\n'));
  for (const [index, sentence] of prose.entries()) {
    const relation = PHRASES.find(([pattern]) => pattern.test(sentence))?.[1];
    if (!relation) continue;
    // "The following models were included in the merge:" names them in the list that follows.
    const list = sentence.endsWith(':') ? listAfter(prose, index) : [];
    const ids = linked([sentence, ...list].join('\n')).filter((id) => id.toLowerCase() !== selfLower);
    for (const id of ids) add(id, relation, sentence);
    if (ids.length > 0 || found.size > 0) continue;
    for (const name of bareNames(sentence)) for (const id of candidatesFor(name, registry)) add(id, relation, sentence, true);
  }
  // Links beat bare names: a candidate is kept only when no sentence linked a parent.
  const all = [...found.values()];
  return all.some((p) => !p.candidate) ? all.filter((p) => !p.candidate) : all.slice(0, 2);
}

function stripFrontMatter(text: string): string {
  const match = /^\s*---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/** Sentences, also across the line breaks cards wrap sentences with; headings and list items end one. */
function sentences(text: string): string[] {
  return text
    .split(/\n\s*\n|\n(?=\s*(?:[-*#]|\d+\.)\s)|(?<=[.!?。！？])\s+(?=[A-Z\u4e00-\u9fff])/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The list items right after a sentence that introduces them. */
function listAfter(prose: string[], index: number): string[] {
  const items: string[] = [];
  for (const next of prose.slice(index + 1)) {
    if (!/^(?:[-*+]|\d+\.)\s/.test(next)) break;
    items.push(next);
  }
  return items;
}

/** Hub ids linked (markdown or bare URL) or written as `org/name` code in a piece of text. */
function linked(text: string): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(HUB_LINK)) if (!/^(?:datasets|spaces|docs|blog|papers|collections|organizations)\//.test(m[1]!)) ids.push(m[1]!);
  for (const m of text.matchAll(CODE_ID)) ids.push(m[1]!);
  return [...new Set(ids)];
}

function bareNames(sentence: string): string[] {
  return [...new Set([...sentence.matchAll(BARE_NAME)].map((m) => m[1]!))];
}

/** A bare name under the namespace of the family its name starts with ("Qwen2.5-Math-7B" -> Qwen/Qwen2.5-Math-7B). */
function candidatesFor(name: string, registry: Registry): string[] {
  const family = familyNamedLike(name, registry);
  return family ? [`${family.hf_namespaces[0]}/${name}`] : [];
}
