import r from '../../src/extract/r.js';
import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';
import markdown from '../../src/extract/markdown.js';

// No malformed case: any text is valid input for a token scan (an unterminated string ends at the text's end).
describeExtractor('r', r, [
  ['R/provider-openai.R', true],
  ['tests/testthat/helper-chat.r', true],
  ['man/chat_openai.Rd', true],
  ['vignettes/ellmer.Rmd', false],
  ['README.md', false],
  ['app.py', false],
]);

type Found = { id: string; source: string; line: number; context?: string };
const found = (text: string, path = 'R/chat.R') =>
  (r.extract(makeSourceFile(path, text)) as { references: Found[] }).references.map((f) => [f.id, f.source, f.line, f.context ?? 'code']);

describe('r: model contexts in R code (held-out tidyverse/ellmer, issue #15)', () => {
  it('reads named arguments, defaults, assignments, `%||%`, a default call and a setting default named for a model', () => {
    // ellmer R/provider-perplexity.R:43 (`sonar`: no digit, no table entry needed), R/provider-huggingface.R:80.
    const text = [
      'chat <- chat_openai("Be terse", model = "acme-chat-1")',
      'chat_x_test <- function(..., model = "acme-chat-2", echo = "none") {}',
      'model <- "acme-chat-3"',
      'model <- model %||% "acme-chat-4"',
      'model <- set_default(model, "acme-chat-5")',
      'model <- Sys.getenv("ACME_MODEL", "acme-chat-6")',
      'model <- getOption("acme.model", default = "acme-chat-7")',
      'startsWith(model, "acme-chat-8")',
      'identical(model, "acme-chat-9")',
    ].join('\n');
    expect(found(text)).toEqual([
      ['openai-compatible/acme-chat-1', 'api', 1, 'code'],
      ['openai-compatible/acme-chat-2', 'api', 2, 'code'],
      ['openai-compatible/acme-chat-3', 'api', 3, 'code'],
      ['openai-compatible/acme-chat-4', 'api', 4, 'code'],
      ['openai-compatible/acme-chat-5', 'api', 5, 'code'],
      ['openai-compatible/acme-chat-6', 'api', 6, 'code'],
      ['openai-compatible/acme-chat-7', 'api', 7, 'code'],
    ]);
  });

  it("reads a vector held by a name for models and a tribble's model column, not another column", () => {
    // ellmer data-raw/prices.R:58-63 (a provider tribble: no model column) and 82-106.
    const text = [
      'posit_claude_models <- c(',
      '  "acme-chat-1",',
      '  "acme-chat-2"',
      ')',
      'providers <- tribble(',
      '  ~litellm_provider, ~provider,',
      '  "acme-chat-3",     "Acme",',
      ')',
      'prices <- tibble::tribble(',
      '  ~model,         ~input, ~output,',
      '  "acme-chat-4",  0.30,   1.50,',
      '  "acme-chat-5",  0.20,   "acme-chat-6",',
      ')',
      'df <- data.frame(model = c("acme-chat-7", "acme-chat-8"), n = c("acme-chat-9"))',
    ].join('\n');
    expect(found(text).map(([id, , line]) => [id, line])).toEqual([
      ['openai-compatible/acme-chat-1', 2],
      ['openai-compatible/acme-chat-2', 3],
      ['openai-compatible/acme-chat-4', 11],
      ['openai-compatible/acme-chat-5', 12],
      ['openai-compatible/acme-chat-7', 14],
      ['openai-compatible/acme-chat-8', 14],
    ]);
  });

  it('reads roxygen examples and ```r blocks as docs, not roxygen prose, tags or other comments', () => {
    const text = [
      '#\' Use `model = "acme-chat-1"` for a cheaper model.',
      '#\' @param model `r param_model("acme-chat-2")`',
      "#' ```r",
      '#\' chat <- chat_x(model = "acme-chat-3")',
      "#' ```",
      "#' ```bash",
      '#\' model = "acme-chat-4"',
      "#' ```",
      '#\' @examplesIf has_credentials("x")',
      '#\' chat <- chat_x(model = "acme-chat-5")',
      "#' @export",
      '#\' model = "acme-chat-6"',
      'chat_x <- function(model = NULL) {',
      '  # model <- "acme-chat-7"',
      '  model <- set_default(model, "acme-chat-8")',
      '}',
    ].join('\n');
    expect(found(text)).toEqual([
      ['openai-compatible/acme-chat-3', 'api', 4, 'docs'],
      ['openai-compatible/acme-chat-5', 'api', 10, 'docs'],
      ['openai-compatible/acme-chat-8', 'api', 15, 'code'],
    ]);
  });

  it("reads an Rd help page's \\examples and \\preformatted code as docs, not its text", () => {
    const text = [
      '\\item{model}{The model to use for the chat (defaults to "acme-chat-1").}',
      '\\description{',
      'Call \\code{chat_x(model = "acme-chat-2")}.',
      '\\if{html}{\\out{<div class="sourceCode r">}}\\preformatted{chat <- chat_x(',
      '  model = "acme-chat-3", glue = "\\{x\\}"',
      ')',
      '}\\if{html}{\\out{</div>}}',
      '}',
      '\\examples{',
      '\\dontshow{if (has_credentials("x")) withAutoprint(\\{ # examplesIf}',
      'chat <- chat_x(model = "acme-chat-4")',
      '\\dontshow{\\}) # examplesIf}',
      '}',
      '\\seealso{ model = "acme-chat-5" }',
    ].join('\n');
    expect(found(text, 'man/chat_x.Rd')).toEqual([
      ['openai-compatible/acme-chat-3', 'api', 5, 'docs'],
      ['openai-compatible/acme-chat-4', 'api', 11, 'docs'],
    ]);
  });

  it('reads no name only its place says in a testthat file, and known names there as tests', () => {
    // ellmer tests/testthat/test-provider-google.R:17 and 181.
    const text = ['  chat <- chat_google_gemini_test(model = "doesnt-exist")', '  chat <- chat_google_gemini_test(', '    model = "gemini-3.5-flash",'].join(
      '\n',
    );
    expect(found(text, 'tests/testthat/test-provider-google.R')).toEqual([['google/gemini-3.5-flash', 'api', 3, 'code']]);
    expect(found(text, 'R/provider-google.R')[0]).toEqual(['openai-compatible/doesnt-exist', 'api', 1, 'code']);
  });

  it('reads a long line of generated data (dput output) string by string, each in its neighbourhood', () => {
    // One `dput()` line may hold thousands of strings: a word far away on it (`dataset`) says nothing of a model.
    const filler = Array.from({ length: 300 }, (_, k) => `"v${k}"`).join(', ');
    const text = `cfg <- list(dataset = "squad", notes = c(${filler}), models = c("acme-chat-1", "acme-chat-2"))`;
    expect(text.length).toBeGreaterThan(2000);
    expect(found(text).map(([id]) => id)).toEqual(['openai-compatible/acme-chat-1', 'openai-compatible/acme-chat-2']);
  });

  it('reads the model an Ollama-named call runs, a name without a digit included', () => {
    expect(found('chat <- chat_ollama(model = "llava")\nchat <- chat_openai(model = "tomato")')).toEqual([['llava', 'ollama', 1, 'code']]);
  });

  it('reads an R chunk of a Markdown or R Markdown page as R', async () => {
    // ellmer vignettes/*.Rmd use ```{r} chunks; a vector of models is read by the R reader only.
    const text = [
      '# Models',
      '',
      '```{r}',
      'models <- c("acme-chat-1", "acme-chat-2")',
      '```',
      '',
      '```r',
      'model <- set_default(model, "acme-chat-3")',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('vignettes/models.Rmd', text));
    expect(references.map((f) => [f.id, f.line])).toEqual([
      ['openai-compatible/acme-chat-1', 4],
      ['openai-compatible/acme-chat-2', 4],
      ['openai-compatible/acme-chat-3', 8],
    ]);
  });
});
