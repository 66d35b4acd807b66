// Which files are Markdown pages, in one place for the extractors that read them (markdown, data-table,
// command-line's prose): Quarto (`.qmd`) and R Markdown (`.Rmd`) pages are Markdown with executable cells besides.

/** A Markdown page: `.md`, `.mdx`, `.markdown`, `.qmd`, `.Rmd`. */
export const MARKDOWN_PAGE = /\.(md|mdx|markdown|qmd|rmd)$/i;
