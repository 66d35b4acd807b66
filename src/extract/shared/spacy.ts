// spaCy's trained pipelines (https://spacy.io/models), published on the Hub under `spacy/`
// (https://huggingface.co/spacy): `en_core_web_sm`, `zh_core_web_trf`, `xx_ent_wiki_sm`, `xx_sent_ud_sm`.

const KINDS = ['core', 'dep', 'ent', 'sent'];
const GENRES = ['web', 'news', 'wiki', 'ud'];
/** `<lang>_<kind>_<genre>_<size>`: the naming of spaCy's own pipelines (not a project's `./my_pipeline` folder). */
const PIPELINE = new RegExp(`^(?:[a-z]{2,3}|xx)_(?:${KINDS.join('|')})_(?:${GENRES.join('|')})_(?:sm|md|lg|trf)$`);

/** What every pipeline name holds (`_core_web_`, `_ent_wiki_`): the words a line naming one has. */
export const SPACY_WORDS: readonly string[] = KINDS.flatMap((kind) => GENRES.map((genre) => `_${kind}_${genre}_`));

/** The Hub id of one of spaCy's own pipelines named so, else undefined. */
export function spacyPipelineId(name: string): string | undefined {
  return PIPELINE.test(name) ? `spacy/${name}` : undefined;
}

/**
 * A pipeline installed as a Python package (`en-core-web-sm @ https://github.com/explosion/spacy-models/...whl` in a
 * pyproject or requirements file): the package's name, PEP 503-normalised, is the pipeline's with `-` for `_`.
 */
export function spacyPackageId(normalisedName: string): string | undefined {
  return spacyPipelineId(normalisedName.replace(/-/g, '_'));
}

/** SPACY_WORDS as a package's name spells them (`-core-web-`). */
export const SPACY_PACKAGE_WORDS: readonly string[] = SPACY_WORDS.map((w) => w.replace(/_/g, '-'));
