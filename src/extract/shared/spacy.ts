// spaCy's trained pipelines (https://spacy.io/models), published on the Hub under `spacy/`
// (https://huggingface.co/spacy): `en_core_web_sm`, `zh_core_web_trf`, `xx_ent_wiki_sm`, `xx_sent_ud_sm`.

/** `<lang>_<kind>_<genre>_<size>`: the naming of spaCy's own pipelines (not a project's `./my_pipeline` folder). */
const PIPELINE = /^(?:[a-z]{2,3}|xx)_(?:core|dep|ent|sent)_(?:web|news|wiki|ud)_(?:sm|md|lg|trf)$/;

/** The Hub id of one of spaCy's own pipelines named so, else undefined. */
export function spacyPipelineId(name: string): string | undefined {
  return PIPELINE.test(name) ? `spacy/${name}` : undefined;
}
