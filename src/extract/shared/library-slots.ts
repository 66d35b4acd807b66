// A library's own short names written in the library's own slots, in any code, data or command text
// (providers.yaml `library_names` entries with `slots`): FunASR's `AutoModel(vad_model="fsmn-vad")`,
// `"punc_model": "ct-punc"` in a config, `spk_model: str = "cam++"`, `config["punc_model"] = "ct-punc"`,
// `parser.add_argument("--vad-model", default="fsmn-vad")`, the `funasr` CLI's `++model=paraformer-zh`. Each name
// stands for the repo the library downloads for it (name_maps_ms: `fsmn-vad` is
// iic/speech_fsmn_vad_zh-cn-16k-common-pytorch on ModelScope). Only in a text that names the package: a slot
// called `model` holding `paraformer` means FunASR's model where FunASR is used, nothing elsewhere.
import type { RawReference } from '../../model/reference.js';
import { contextOnlyId, libraryModel, librarySlots } from '../../registry/providers.js';
import { escapeRegExp } from './words.js';

export type SlotName = { id: string; source: RawReference['source']; offset: number; value: string };

type Compiled = {
  package: string;
  mentions: RegExp;
  keyed: RegExp;
  spaced: RegExp;
  subscript: RegExp;
  flag: RegExp;
  called: RegExp;
  got: RegExp;
  source: 'huggingface' | 'modelscope';
  names: Map<string, string>;
};

let compiled: Compiled[] | undefined;

function compile(): Compiled[] {
  compiled ??= librarySlots().map((l) => {
    // `vad_model` is written `vad-model` as a flag (`--vad-model`).
    const slots = l.slots.map((s) => escapeRegExp(s).replace(/_/g, '[_-]')).join('|');
    // Longest first: `paraformer-zh-streaming` before `paraformer-zh` before `paraformer`.
    const names = Object.keys(l.names)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
    // The name ends where a quote, a space, a comma or a closing bracket does (`fsmn-vad"`), or the line does.
    const end = String.raw`(?=["'\s,)}\]]|$)`;
    return {
      package: l.package,
      mentions: new RegExp(String.raw`\b${escapeRegExp(l.package)}\b`),
      // The slot as a keyword, key, parameter, subscript or override, then `=` or `:` (a type annotation between:
      // `spk_model: str = "cam++"`), then the name, quoted or bare (`++model=paraformer-zh`).
      keyed: new RegExp(
        String.raw`(?<![\w.-])(?:--|\+\+?)?["']?(?:${slots})["']?\]?[ \t]*(?::[ \t]*[A-Za-z_][\w.\[\], ]*?[ \t]*)?[:=][ \t]*["']?(${names})${end}`,
        'gm',
      ),
      // A command's option given the name after a space (`python cli_demo_sat.py --from_pretrained cogagent-chat`, SAT's
      // demos in THUDM/CogVLM's README), as the shell writes any option.
      spaced: new RegExp(String.raw`(?<![\w.-])--(?:${slots})[ \t]+["']?(${names})${end}`, 'gm'),
      // A table keyed by the name, filled in (SAT's `MODEL_URLS["cogagent-chat"] = "r2://cogagent-chat.zip"`, THUDM/CogVLM
      // registering the names its demos load): the name is the library's, the table one of its slots.
      subscript: new RegExp(String.raw`(?<![\w.])(?:${slots})\[["'](${names})["']\][ \t]*=(?!=)`, 'g'),
      // `add_argument("--vad-model", type=str, default="fsmn-vad")`: a flag named for a slot, and its default.
      // (The call may span lines: `add_argument(` then `"--spk-model",` then `default="cam++",`.)
      // (A short flag may come first: `add_argument("-s", "--model_size", type=str, default="large-v3")`.)
      flag: new RegExp(String.raw`add_argument\(\s*(?:["']-\w+["']\s*,\s*)?["']--?(?:${slots})["'][^)]*?\bdefault[ \t]*=[ \t]*["'](${names})["']`, 'g'),
      // A method named for a slot, given the name first (SAT's `VisualGLMModel.from_pretrained('visualglm-6b', args)`,
      // THUDM/VisualGLM-6B model/infer_util.py, in a file importing `sat`): the name the method loads.
      called: new RegExp(String.raw`\.(?:${slots})\(\s*["'](${names})["']`, 'g'),
      // A settings mapping read for a slot, the name its default (`model = args.model or config.get("model", "F5TTS_v1_Base")`,
      // SWivid/F5-TTS's infer_cli.py reading its TOML config; `cfg.get("vad_model", "fsmn-vad")`): the name the library loads
      // when the setting is absent.
      got: new RegExp(String.raw`\.get\(\s*["'](?:${slots})["']\s*,\s*["'](${names})["']\s*\)`, 'g'),
      source: l.source,
      names: new Map(Object.entries(l.names)),
    };
  });
  return compiled;
}

/** The packages of the libraries `page` names (each name as a word): asked once for a page whose blocks are read one by one. */
export function librariesNamedIn(page: string): Set<string> {
  return new Set(compile().flatMap((l) => (page.includes(l.package) && l.mentions.test(page) ? [l.package] : [])));
}

/**
 * The library names written in a library's slots in `text` (which must name the library, or `mentionedIn` must: the
 * page a code block stands in, or the packages librariesNamedIn found it names), with where each stands.
 * `mayName`, when given, is false for a package the text cannot hold (a word pass already made over it), so that the
 * text is not searched for it again.
 */
export function libraryNamesInSlots(text: string, mayName?: (pkg: string) => boolean, mentionedIn: string | ReadonlySet<string> = text): SlotName[] {
  const found: SlotName[] = [];
  for (const library of compile()) {
    // (The package's name first: `\bfunasr\b` is tried at every position, a search for `funasr` skips ahead; half the time.)
    if (mayName && !mayName(library.package)) continue;
    if (typeof mentionedIn === 'string' ? !mentionedIn.includes(library.package) || !library.mentions.test(mentionedIn) : !mentionedIn.has(library.package))
      continue;
    const seen = new Set<number>();
    for (const pattern of [library.keyed, library.spaced, library.subscript, library.flag, library.called, library.got]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const value = m[1]!;
        const offset = m.index + m[0].lastIndexOf(value);
        if (seen.has(offset)) continue;
        seen.add(offset);
        found.push({ id: library.names.get(value)!, source: library.source, offset, value });
      }
    }
  }
  return found;
}

/**
 * A name LazyLLM loads (`TrainableModule('<name>')`, `lazyllm deploy <name>`): its catalogue's repo, the table's name
 * matched lower-cased or else by the name's prefix (providers.yaml `library_names`, lazyllm), else the name as written.
 */
export function lazyllmModel(name: string): { id: string; source: RawReference['source'] } {
  const repo = libraryModel('lazyllm', name.toLowerCase()) ?? libraryModel('lazyllm', name, true);
  return repo ? { id: repo, source: 'huggingface' } : { id: contextOnlyId(name), source: 'api' };
}
