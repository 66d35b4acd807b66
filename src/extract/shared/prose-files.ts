// Which files are Markdown pages, in one place for the extractors that read them (markdown, data-table,
// command-line's prose): Quarto (`.qmd`) and R Markdown (`.Rmd`) pages are Markdown with executable cells besides, and
// so are Livebook notebooks (`.livemd`, "a subset of Markdown" whose Elixir code blocks are the cells: livebook's
// lib/livebook/live_markdown.ex, https://hex.pm/packages/livebook; GitHub's linguist reads it as Markdown, PR #5672).

/** A Markdown page: `.md`, `.mdx`, `.markdown`, `.qmd`, `.Rmd`, `.livemd`. */
// A page's template too (`.md.in`, filled in by make or configure: containers/ramalama's docs/ramalama-run.1.md.in, whose
// generated .md sits beside it), read as the page.
// A page's template (`README.md.tpl`, `README.md.j2`: bentoml/OpenLLM renders its README from README.md.tpl with Jinja,
// gen_readme.py) is the page with its placeholders, read as the page too.
// An AI editor's rules file is Markdown without the suffix (`.cursorrules`, `.windsurfrules`, `.clinerules`: fenced examples
// of the project's code for the assistant to follow, agno-agi/agno's `.cursorrules`; https://docs.cursor.com/context/rules).
// An `llms.txt` (and its `llms-full.txt`, `llms-small.txt`, `llms-ctx.txt` companions) is Markdown under a `.txt` name: the
// llmstxt.org proposal serves a site's docs to language models as Markdown at /llms.txt (https://llmstxt.org/), and
// docs generators write the whole docs into it, code blocks included (567-labs/instructor's docs/llms.txt).
export const MARKDOWN_PAGE =
  /\.(md|mdx|markdown|qmd|rmd|livemd)(?:\.(?:in|tpl|tmpl|j2|jinja2?))?$|(?:^|\/)\.(?:cursor|windsurf|cline)rules$|(?:^|\/)llms(?:-full|-small|-ctx)?\.txt$/i;

/**
 * An AsciiDoc page (`.adoc`, `.asciidoc`: Spring's and Antora's reference docs): its code sits in listing blocks
 * (`[source,java]` over a `----` block), https://docs.asciidoctor.org/asciidoc/latest/verbatim/source-blocks/.
 */
export const ASCIIDOC_PAGE = /\.(adoc|asciidoc)$/i;

/**
 * A man page (`main.1`, llamafile's `llamafiler` manual: troff with the mdoc or man macros): its examples sit in literal
 * displays (`.Bd -literal` ... `.Ed`) and `.Dl` lines (https://man.openbsd.org/mdoc.7). The name alone does not say so
 * (`lib.so.1`, a fixture named `.1`): isManPage reads its first macros.
 */
export const MAN_PAGE = /(?:^|\/)[^/.][^/]*\.[1-9]$/;
/** A man page starts with its macros (`.Dd`, `.Dt`, `.TH`), after any `.\"` comment lines. */
export const isManPage = (text: string) => /^(?:\.\\"[^\n]*\n|[ \t]*\n)*\.(?:Dd|Dt|TH)\b/.test(text);
