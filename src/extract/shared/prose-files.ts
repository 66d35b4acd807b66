// Which files are Markdown pages, in one place for the extractors that read them (markdown, data-table,
// command-line's prose): Quarto (`.qmd`) and R Markdown (`.Rmd`) pages are Markdown with executable cells besides, and
// so are Livebook notebooks (`.livemd`, "a subset of Markdown" whose Elixir code blocks are the cells: livebook's
// lib/livebook/live_markdown.ex, https://hex.pm/packages/livebook; GitHub's linguist reads it as Markdown, PR #5672).

/** A Markdown page: `.md`, `.mdx`, `.markdown`, `.qmd`, `.Rmd`, `.livemd`. */
export const MARKDOWN_PAGE = /\.(md|mdx|markdown|qmd|rmd|livemd)$/i;

/**
 * An AsciiDoc page (`.adoc`, `.asciidoc`: Spring's and Antora's reference docs): its code sits in listing blocks
 * (`[source,java]` over a `----` block), https://docs.asciidoctor.org/asciidoc/latest/verbatim/source-blocks/.
 */
export const ASCIIDOC_PAGE = /\.(adoc|asciidoc)$/i;
