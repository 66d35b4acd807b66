// Names of a library's catalogue that say what they are (providers.yaml `self_named_catalogues`, issue #15, session 34):
// Coqui TTS's `tts_models/multilingual/multi-dataset/xtts_v2`, written whole in code, commands and prose, and the nested
// keys of its own catalogue file (TTS/.models.json: `{"tts_models": {"multilingual": {"multi-dataset": {"xtts_v2": {...}}}}}`).
// Each name is the model the library downloads; a name the data maps to a Hub repository is that repository.
import type { RawReference } from '../../model/reference.js';
import { selfNamedCatalogues } from '../../registry/providers.js';
import { escapeRegExp } from './words.js';

export interface CatalogueName {
  id: string;
  source: RawReference['source'];
  /** Where the name (or, for a nested entry, its own key) is written. */
  offset: number;
}

/** A name's parts after its type: language, dataset, model (`tts_models/en/ljspeech/glow-tts`); each starts with a letter or digit. */
const PART = String.raw`[A-Za-z0-9][\w.-]*`;
let written: { pattern: RegExp; types: Set<string>; words: string[]; shared: string } | undefined;
function catalogueShapes() {
  if (!written) {
    const types = selfNamedCatalogues().flatMap((c) => c.types);
    written = {
      // Not inside a longer path or word (`my_tts_models/...`), and not a folder under the name (`.../glow-tts/model.pth`).
      pattern: types.length ? new RegExp(String.raw`(?<![\w./-])(?:${types.map(escapeRegExp).join('|')})\/${PART}\/${PART}\/${PART}(?![\w/-])`, 'g') : /(?!)/g,
      types: new Set(types),
      words: types.flatMap((t) => [`${t}/`, `"${t}"`]),
      shared: sharedSuffix(types),
    };
  }
  return written;
}

/**
 * The longest end every type shares (`_models` of `tts_models`, `vocoder_models`, `voice_conversion_models`): every word
 * of catalogueShapes() holds it, so a text without it holds none of them. hub-url asks of every text it reads whether
 * one of the six words is in it; the six whole-text searches were ~1.2% of a whole run's CPU on the real corpus
 * (session 37), one search of a text that lacks the shared end is all that is left for most texts.
 */
function sharedSuffix(types: readonly string[]): string {
  if (!types.length) return '';
  let shared = types[0]!;
  for (const t of types) while (!t.endsWith(shared)) shared = shared.slice(1);
  return shared;
}
/** Whether the text may hold one of the types (false: it holds no word of catalogueShapes() and no name). */
const mayHoldType = (text: string, shared: string) => shared === '' || text.includes(shared);

/** Whether the text holds one of catalogueNameWords() (`catalogueNameWords().some((w) => text.includes(w))`). */
export function mayHoldCatalogueName(text: string): boolean {
  const { words, shared } = catalogueShapes();
  return mayHoldType(text, shared) && words.some((w) => text.includes(w));
}
/** Whether the text holds a type as a JSON string (`"tts_models"`): nestedCatalogueEntries' gate. */
export function mayHoldCatalogueKey(text: string): boolean {
  const { types, shared } = catalogueShapes();
  return mayHoldType(text, shared) && [...types].some((t) => text.includes(`"${t}"`));
}

/** Substrings one of which a text holding such a name has (an extractor's gate). */
export const catalogueNameWords = (): string[] => catalogueShapes().words;

/** The id a catalogue name is reported as: its Hub repository when the data names one, else the name as written (local). */
function reported(name: string): { id: string; source: RawReference['source'] } {
  for (const c of selfNamedCatalogues()) if (c.hub && Object.hasOwn(c.hub, name)) return { id: c.hub[name]!, source: 'huggingface' };
  return { id: name, source: 'local' };
}

/** Every whole catalogue name written in the text (`TTS("tts_models/de/thorsten/tacotron2-DDC")`, `--vocoder_name vocoder_models/...`). */
export function catalogueNamesIn(text: string): CatalogueName[] {
  const { pattern } = catalogueShapes();
  if (!mayHoldCatalogueName(text)) return [];
  const found: CatalogueName[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const name = m[0].replace(/\.+$/, ''); // a sentence's full stop after it in prose
    found.push({ ...reported(name), offset: m.index });
  }
  return found;
}

/**
 * The entries of a catalogue file written as nested JSON objects, one level per part of the name, under a top-level key
 * that is one of the catalogue's types (TTS/.models.json): each object four levels down is an entry, reported at its own
 * key as the joined name. One pass over the text, keeping the keys of the open objects.
 */
export function nestedCatalogueEntries(path: string, text: string): CatalogueName[] {
  if (!path.endsWith('.json')) return [];
  const { types } = catalogueShapes();
  if (!mayHoldCatalogueKey(text)) return [];
  const found: CatalogueName[] = [];
  const open: ({ key: string; at: number } | undefined)[] = []; // per open `{` or `[`: the key it is the value of
  let lastKey: { key: string; at: number } | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 34) j += text.charCodeAt(j) === 92 /* \ */ ? 2 : 1;
      const str = text.slice(i + 1, j);
      let k = j + 1;
      while (k < text.length && /\s/.test(text[k]!)) k++;
      lastKey = text[k] === ':' ? { key: str, at: i + 1 } : undefined;
      i = j;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      open.push(c === 123 ? lastKey : undefined);
      lastKey = undefined;
      // The root object, then type, language, dataset and model: the model's object is the fifth open one.
      if (open.length === 5 && c === 123 && open[1] && types.has(open[1].key) && open.slice(2).every(Boolean)) {
        const name = open
          .slice(1)
          .map((o) => o!.key)
          .join('/');
        found.push({ ...reported(name), offset: open[4]!.at });
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      open.pop();
      lastKey = undefined;
    } else if (c === 44 /* , */) lastKey = undefined;
  }
  return found;
}
