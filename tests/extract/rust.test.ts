import rust from '../../src/extract/rust.js';
import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

// No malformed case: any text is valid input for a token scan (an unterminated string ends the text).
describeExtractor('rust', rust, [
  ['mistralrs/examples/getting_started/gguf/main.rs', true],
  ['src/lib.rs', true],
  ['build.rs', true],
  ['Cargo.toml', false],
  ['README.md', false],
  ['app.py', false],
]);

const found = (text: string) =>
  (rust.extract(makeSourceFile('src/main.rs', text)) as { references: { id: string; source: string; line: number }[] }).references.map((r) => [
    r.id,
    r.source,
    r.line,
  ]);

describe('rust: model contexts in Rust code', () => {
  it('reads the strings of a call on a type named for a model, across lines, and not the files of other kinds beside them', () => {
    // mistral.rs mistralrs/examples/quantization/uqff/main.rs and getting_started/gguf_locally/main.rs
    const text = [
      'let model = UqffTextModelBuilder::new(',
      '    "EricB/Phi-3.5-mini-instruct-UQFF",',
      '    vec!["phi3.5-mini-instruct-q8_0.uqff".into()],',
      ')',
      '.with_chat_template("chat_templates/mistral.json");',
    ].join('\n');
    expect(found(text)).toEqual([
      ['EricB/Phi-3.5-mini-instruct-UQFF', 'huggingface', 2],
      ['phi3.5-mini-instruct-q8_0.uqff', 'local', 3],
    ]);
  });

  it('reads a model-named method, constant and field, and clap defaults of a model-named field', () => {
    const text = [
      '.with_mtp_model("google/gemma-4-E4B-it-assistant", Some(6))',
      'const ADAPTER: &str = "closestfriend/brie-qwen2.5-0.5b";',
      'Config { tok_model_id: Some("axel-datos/qwen2.5-0.5b-instruct_MATH_qlora".to_string()) }',
      '#[arg(short, long, default_value = "nari-labs/Dia-1.6B")]',
      '#[serde(default)]',
      'pub model_id: String,',
      '#[arg(long, default_value = "nari-labs/Dia-1.6B")]',
      'pub chat_template: String,',
    ].join('\n');
    expect(found(text)).toEqual([
      ['google/gemma-4-E4B-it-assistant', 'huggingface', 1],
      ['closestfriend/brie-qwen2.5-0.5b', 'huggingface', 2],
      ['axel-datos/qwen2.5-0.5b-instruct_MATH_qlora', 'huggingface', 3],
      ['nari-labs/Dia-1.6B', 'huggingface', 4],
    ]);
  });

  it('does not read comments, raw strings in other places, or lifetimes as quotes', () => {
    const text = [
      "fn load<'a>(x: &'a str) -> &'a str { x }",
      '// TextModelBuilder::new("lamm-mit/x-lora")',
      '/* nested /* TextModelBuilder::new("lamm-mit/x-lora") */ still a comment */',
      'let model = TextModelBuilder::new(r#"lamm-mit/x-lora-gemma-7b"#);',
    ].join('\n');
    expect(found(text)).toEqual([['lamm-mit/x-lora-gemma-7b', 'huggingface', 4]]);
  });

  it('reads names for a Hub repo only in a file that talks to the Hub, and not a dataset repo', () => {
    // huggingface/candle candle-examples/examples/vgg/main.rs (l.40-43) and whisper/main.rs (l.679)
    const lines = ['let repo = match args.which {', '    Which::Vgg13 => "timm/vgg13.tv_in1k",', '};'];
    expect(found(lines.join('\n'))).toEqual([]);
    const hub = [
      'use hf_hub::{api::sync::Api, Repo, RepoType};',
      ...lines,
      'let ds = Repo::with_revision("Narsil/candle-examples".to_string(), RepoType::Dataset, "main".to_string());',
    ];
    expect(found(hub.join('\n'))).toEqual([['timm/vgg13.tv_in1k', 'huggingface', 3]]);
  });
});

describe('rust serde-renamed model enums', () => {
  it('reads the Hub ids serde gives the variants of an enum named for models, not the snake_case kinds of others', () => {
    // chroma-core/chroma rust/chroma/src/embed/chroma_cloud.rs (the variant is only matched by name elsewhere)
    const text = [
      '/// Sparse Chroma Cloud Splade embedding model.',
      '#[derive(Clone, Copy, Debug, Default, Eq, PartialEq, Serialize, Deserialize)]',
      'pub enum ChromaCloudSpladeEmbeddingModel {',
      '    /// The SPLADE++ English model.',
      '    #[serde(rename = "prithivida/Splade_PP_en_v1")]',
      '    #[default]',
      '    SpladePpEnV1,',
      '}',
      '',
      '#[serde(rename_all = "snake_case")]',
      'pub enum SearchEmbeddingModel {',
      '    #[serde(rename = "embedding_gemma")]',
      '    EmbeddingGemma300M,',
      '}',
      '',
      'pub enum TaskKind {',
      '    #[serde(rename = "org/not-a-model-enum")]',
      '    Other,',
      '}',
      '',
    ].join('\n');
    const { references } = rust.extract(makeSourceFile('src/embed/chroma_cloud.rs', text)) as { references: { id: string; line: number; source: string }[] };
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['prithivida/Splade_PP_en_v1', 'huggingface', 5]]);
  });
});
