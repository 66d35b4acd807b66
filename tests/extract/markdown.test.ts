import { describe, expect, it } from 'vitest';
import markdown from '../../src/extract/markdown.js';
import { describeExtractor, extractRows, loadFixture } from '../helpers/extract-fixtures.js';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { CODEGEEX_REPODEMO_ENV, DEEPSEEK_CODER_HUMANEVAL } from '../helpers/launch-snippets.js';

describeExtractor('markdown', markdown, [
  ['README.md', true],
  ['docs/guide.mdx', true],
  ['notes.markdown', true],
  ['docs/serving.rst', true],
  // AsciiDoc pages (Spring's and Antora's reference docs).
  ['spring-ai-docs/src/main/antora/modules/ROOT/pages/api/chat/groq-chat.adoc', true],
  ['docs/guide.asciidoc', true],
  // Quarto and R Markdown pages (axolotl's docs/*.qmd): Markdown with executable cells.
  ['docs/inference.qmd', true],
  ['analysis.Rmd', true],
  // A page's template (bentoml/OpenLLM's README.md.tpl, rendered by gen_readme.py), read as the page.
  ['README.md.tpl', true],
  ['docs/index.md.j2', true],
  ['deploy.yaml.tpl', false],
  ['doc/avante.txt', true],
  // Man pages (llamafile's manuals), by their examples.
  ['llamafile/server/main.1', true],
  ['llama.cpp/main/main.1.asc', false],
  ['main.py', false],
]);

describe('markdown code blocks', () => {
  it('points into the Markdown file, as documentation', async () => {
    const { references } = await markdown.extract(loadFixture('markdown/real-world-peft-card.md'));
    expect(references).toEqual([
      expect.objectContaining({ id: 'Qwen/Qwen2.5-1.5B', line: 23, column: 15, context: 'docs', snippet: 'base_model = "Qwen/Qwen2.5-1.5B"' }),
    ]);
  });

  it('reads the model flag of an evaluation or load-test client pointed at a server by --url / --api-url as the served name', async () => {
    // Held-out modelscope/evalscope (round 24): `evalscope perf --url http://.../v1/chat/completions --model qwen2.5` and
    // `evalscope eval --api-url http://.../v1 --model Qwen2.5-72B-Instruct` name the model the server answers to, as a
    // benchmark client's `--base-url` does; its `--tokenizer-path` is the Hub tokenizer it loads. No address, no model.
    const { references } = await markdown.extract(loadFixture('markdown/real-world-evalscope-client-url.md'));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['openai-compatible/Qwen2.5-0.5B-Instruct', 'api', 7],
      ['Qwen/Qwen2.5-0.5B-Instruct', 'huggingface', 15],
      ['openai-compatible/Qwen2.5-72B-Instruct', 'api', 21],
      ['openai-compatible/qwen2.5', 'api', 34],
    ]);
  });

  it("reads a request body's model by the server the body names, and a MyST code-block directive's language", async () => {
    // Held-out modelscope/evalscope (round 24): an evaluation service's request names the model and where it is served
    // (`"api_url": "https://dashscope..."`); `{code-block} json` with a `:caption:` line is JSON (OpenCompass's API entry:
    // `path` beside `openai_api_base` is the served name). A name without a version sent to a local server stays an alias
    // (`qwen-plus`, `chat`: LocalAI's docs send its own `qwen-tts` and `gpt-realtime` so).
    const { references } = await markdown.extract(loadFixture('markdown/real-world-evalscope-request-bodies.md'));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['dashscope/qwen-plus', 'api', 8],
      ['openai-compatible/Qwen2-0.5B-Instruct', 'api', 38],
    ]);
  });

  it('reads a Markdown document shown in a block: its front matter as YAML and its own fenced blocks, located in the page', async () => {
    // Held-out olimorris/codecompanion.nvim (session 15): prompt files shown in ```markdown / ````markdown blocks pick
    // their model in front matter or in a nested ```yaml opts block; neither was read.
    const { references } = await markdown.extract(loadFixture('markdown/real-world-markdown-example-blocks.md'));
    expect(references.map((r) => [r.id, r.source, r.line, r.column, r.context])).toEqual([
      ['deepseek-coder:6.7b', 'ollama', 17, 12, 'docs'],
      ['openai/gpt-4.1', 'api', 28, 12, 'docs'],
      ['anthropic/claude-haiku-4.5', 'api', 38, 10, 'docs'],
    ]);
  });

  it('reads Python in a shell-tagged block: a `python3 -c "` program over several lines, and plain Python tagged bash', async () => {
    // Issue #15 leftovers (vllm-project/production-stack, Lightning-AI/litgpt): the multi-line program downloads the
    // adapter it names; the plain block loads phi-2. A multi-line `python3 -c '` that names no model gives nothing.
    const { references } = await markdown.extract(loadFixture('markdown/real-world-python-in-shell-blocks.md'));
    expect(references.map((r) => [r.id, r.source, r.line, r.context])).toEqual([
      ['nvidia/llama-3.1-nemoguard-8b-topic-control', 'huggingface', 11, 'docs'],
      ['microsoft/phi-2', 'huggingface', 27, 'docs'],
    ]);
  });

  it('reads a command run with variables set for it alone as a command, not as an environment file', async () => {
    // Reduced from lm-sys/FastChat: `CUDA_VISIBLE_DEVICES=0 python3 -m fastchat.serve.model_worker --model-path ...`
    // blocks were read as KEY=value files, so none of their models was found.
    const { references } = await markdown.extract(loadFixture('markdown/real-world-env-prefixed-commands.md'));
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['lmsys/vicuna-7b-v1.5', 5],
      ['lmsys/vicuna-7b-v1.5', 11],
      ['lmsys/fastchat-t5-3b-v1.0', 13],
      ['~/model_weights/koala-13b', 18],
      ['THUDM/chatglm-6b', 19],
      ['lmsys/vicuna-7b-v1.5', 25],
    ]);
  });

  it('reads the code of a Docusaurus <CodeBlock> written as a JSX template literal in an MDX page', async () => {
    // Held-out deepset-ai/haystack (session 16): its LangGraph migration page shows every example in
    // `<CodeBlock language="python">{\`...\`}</CodeBlock>`, not in a fence; 11 definite labels there were missed.
    const { references } = await markdown.extract(loadFixture('markdown/real-world-jsx-codeblock.mdx'));
    expect(references.map((r) => [r.id, r.source, r.line, r.column, r.context])).toEqual([
      ['anthropic/claude-sonnet-4-5-20250929', 'api', 16, 12, 'docs'],
      ['anthropic/claude-sonnet-4-5-20250929', 'api', 28, 6, 'docs'],
      ['sentence-transformers/all-MiniLM-L6-v2', 'huggingface', 35, 48, 'docs'],
    ]);
  });

  it('reads Quarto pages as Markdown, with Pandoc attribute fences (```{.bash}) read in their language', async () => {
    // Cut from axolotl-ai-cloud/axolotl docs/*.qmd: 60 of its 66 first-round misses stood in Quarto pages, none read.
    const rows = await extractRows('markdown/real-world-quarto-docs.qmd', markdown);
    expect(rows.map((r) => [r.id, r.source, r.line])).toEqual([
      ['meta-llama/Llama-3.2-11B-Vision-Instruct', 'huggingface', 13],
      ['./completed-model', 'local', 21],
      ['Qwen/Qwen3-0.6B', 'huggingface', 30],
    ]);
  });

  it('takes the language of a Pandoc attribute fence or a Quarto cell (`{.yaml}`, `{python}`), not its attributes', async () => {
    const text = [
      '```{.yaml filename="config.yml"}',
      'model: Qwen/Qwen2.5-7B-Instruct',
      '```',
      '',
      '```{python}',
      'tok = AutoTokenizer.from_pretrained("Qwen/Qwen3-8B")',
      '```',
      '',
    ].join('\n');
    const { references } = await markdown.extract({ relPath: 'docs/page.qmd', size: text.length, text });
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['Qwen/Qwen2.5-7B-Instruct', 2],
      ['Qwen/Qwen3-8B', 6],
    ]);
  });

  it('reads indented fences inside list items, and console prompts as commands', async () => {
    const text = ['1. Serve it:', '', '   ```console', '   $ vllm serve Qwen/Qwen2.5-7B-Instruct', '   INFO: loading Qwen/Qwen2.5-0.5B', '   ```', ''].join(
      '\n',
    );
    const { references } = await markdown.extract({ relPath: 'docs/serve.md', size: text.length, text });
    expect(references.map((r) => [r.id, r.line, r.column])).toEqual([['Qwen/Qwen2.5-7B-Instruct', 4, 17]]);
  });

  it('reads reStructuredText code directives nested in tabs, skipping their options, located in the .rst file', async () => {
    const text = [
      '.. tab-set::',
      '',
      '    .. tab-item:: Python',
      '',
      '        .. code-block:: python',
      '            :linenos:',
      '',
      '            llm = LLM(model="Qwen/Qwen2.5-7B-Instruct")',
      '',
      'Then serve it::',
      '',
      '    vllm serve Qwen/Qwen2.5-0.5B',
      '',
    ].join('\n');
    const { references } = await markdown.extract({ relPath: 'docs/serving.rst', size: text.length, text });
    // A `::` literal block is code too (Sphinx shows it in the page's default language), read by what it says: here a
    // command (held-out UKPLab/sentence-transformers, session 20: its docs write most examples so).
    expect(references.map((r) => [r.id, r.line, r.column, r.context])).toEqual([
      ['Qwen/Qwen2.5-7B-Instruct', 8, 30, 'docs'],
      ['Qwen/Qwen2.5-0.5B', 12, 16, 'docs'],
    ]);
  });

  it('reads sphinx-tabs code tabs (`.. code-tab:: bash shell`) as code directives of their language', async () => {
    // Cut from xorbitsai/inference doc/source/getting_started/using_xinference.rst: the launch command and the
    // Python client of one tab set, then Xinference commands in code blocks (a placeholder and a custom model left out).
    const rows = await extractRows('markdown/real-world-xinference-tabs.rst');
    expect(rows.map((r) => [r.id, r.line])).toEqual([
      ['openai-compatible/qwen2.5-instruct', 13],
      ['openai-compatible/qwen2.5-instruct', 21],
      ['openai-compatible/Qwen3-ASR-1.7B', 28],
    ]);
  });

  it('reads AsciiDoc listing blocks in the language of their [source,...] line, located in the page, as documentation', async () => {
    // Held-out spring-projects/spring-ai (session 17): 150 of its 226 first-round misses stood in the 124 .adoc pages of
    // its reference docs, none read. Cut from groq-chat.adoc and ollama-chat.adoc: bash, Java and YAML blocks.
    const file = loadFixture('markdown/real-world-spring-ai-listing-blocks.adoc');
    const { references } = await markdown.extract(file);
    expect(references.map((r) => [r.id, r.line, r.column, r.context])).toEqual([
      ['groq/llama3-70b-8192', 20, 19, 'docs'],
      ['mistral/mixtral-8x7b-32768', 33, 20, 'docs'],
      ['llama3.2', 50, 15, 'docs'],
      ['qwen2.5', 51, 15, 'docs'],
    ]);
  });

  it('reads a properties block, tagged by the format or by its file, as an application.properties file', async () => {
    // Held-out spring-projects/spring-ai (session 17): ```properties in MIGRATION_GUIDE.md went to the dotenv reader,
    // whose keys have no dots, and [source,application.properties] in the docs named no language read at all.
    const md = await extractRows('markdown/real-world-spring-properties-block.md');
    expect(md.map((r) => [r.id, r.line])).toEqual([
      ['google/gemini-pro', 6],
      ['google/textembedding-gecko', 7],
      ['google/gemini-2.0-flash', 15],
      ['google/gemini-2.0-flash', 19],
      ['google/text-embedding-004', 24],
    ]);
    const adoc = await extractRows('markdown/real-world-spring-ai-properties-blocks.adoc');
    expect(adoc.map((r) => [r.id, r.line])).toEqual([
      ['groq/llama3-70b-8192', 10],
      ['deepseek/deepseek-v4-pro', 19],
    ]);
  });

  it('reads blocks tagged with a language no extractor reads whole (HackMD "shell=", "text", Go) by what their text is', async () => {
    const text = [
      '```shell=',
      'vllm serve Qwen/Qwen2.5-7B-Instruct',
      '```',
      '',
      '```text',
      'ollama pull qwen2.5:7b',
      '```',
      '',
      '```go',
      'client.Model = "gpt-4o"',
      '```',
      '',
    ].join('\n');
    const { references } = await markdown.extract({ relPath: 'README.md', size: text.length, text });
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['Qwen/Qwen2.5-7B-Instruct', 2],
      ['qwen2.5:7b', 6],
      // A string value named like a provider's model, in any language (as model-names reads code).
      ['openai/gpt-4o', 10],
    ]);
  });

  it('reads the models an untagged or text block names by their shape: an app command, a status printout', async () => {
    // zhayujie/chatgpt-on-wechat docs/cli/general.mdx:33-38 and :58-62
    const text = [
      '```',
      'Version: 2.0.4',
      'Model:   MiniMax-M2.5',
      '```',
      '',
      '```text',
      '/config model deepseek-v4-flash',
      '```',
      '',
      '```',
      'Model: my-bot v2 (see docs)',
      '```',
      '',
    ].join('\n');
    const { references } = await markdown.extract({ relPath: 'docs/cli/general.mdx', size: text.length, text });
    expect(references.map((r) => [r.id, r.line, r.context])).toEqual([
      ['minimax/MiniMax-M2.5', 3, 'docs'],
      ['deepseek/deepseek-v4-flash', 7, 'docs'],
    ]);
  });

  it('reads a config shown as JSON in a bash or text block, but not a one-line server answer', async () => {
    // zhayujie/chatgpt-on-wechat README.md:183-190; kserve docs (a response printed in a bash block)
    const text = [
      '```bash',
      '# config.json',
      '{',
      '  "channel_type": "weixin",   # channel',
      '  "model": "deepseek-v4-flash",   # model name',
      '}',
      '```',
      '',
      '```bash',
      '{"text_output":"Paris.","model_name":"llama2","details":null}',
      '```',
      '',
    ].join('\n');
    const { references } = await markdown.extract({ relPath: 'README.md', size: text.length, text });
    expect(references.map((r) => [r.id, r.line])).toEqual([['deepseek/deepseek-v4-flash', 5]]);
  });

  it('reads an untagged block running a program by its path, or any tool passing a model flag', async () => {
    // TabbyML/tabby website/docs/quick-start/installation/windows/index.mdx:40-46 and CONTRIBUTING.md:52-55
    const text = [
      '```',
      '.\\tabby.exe serve --model StarCoder-1B --chat-model Qwen2-1.5B-Instruct',
      '```',
      '',
      '```',
      'cargo run serve --model TabbyML/StarCoder-1B',
      '```',
      '',
    ].join('\n');
    const { references } = await markdown.extract({ relPath: 'index.mdx', size: text.length, text });
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['TabbyML/StarCoder-1B', 2],
      ['TabbyML/Qwen2-1.5B-Instruct', 2],
      ['TabbyML/StarCoder-1B', 6],
    ]);
  });

  it('reads a manifest applied through a heredoc in a yaml block', async () => {
    const text = [
      '```yaml',
      'kubectl apply -f - <<EOF',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - image: vllm/vllm-openai:latest',
      '          args: ["--model", "Qwen/Qwen2.5-7B-Instruct"]',
      'EOF',
      '```',
      '',
    ].join('\n');
    const { references } = await markdown.extract({ relPath: 'docs/deploy.md', size: text.length, text });
    expect(references.map((r) => [r.id, r.line])).toEqual([['Qwen/Qwen2.5-7B-Instruct', 10]]);
  });

  it('reads client examples asking for the name the document serves a model under as that name, not its declaration', async () => {
    // A request naming the alias is what makes the server run the model (tests/real-world/README.md, session 23).
    const { references } = await markdown.extract(loadFixture('markdown/real-world-ray-serve-llm.rst'));
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['Qwen/Qwen2.5-0.5B-Instruct', 33],
      ['openai-compatible/qwen-0.5b', 62],
      ['openai-compatible/qwen-0.5b', 78],
      ['Qwen/Qwen2.5-1.5B-Instruct', 109],
    ]);
    // `model_id="qwen-0.5b"` (32) and `model_id: qwen-1.5b` (108) declare the aliases: no model.
    expect(references.filter((r) => r.line === 32 || r.line === 108)).toEqual([]);
  });
});

describe('markdown code blocks: names by their shape (issue #15)', () => {
  it('reads hosted names in a JSON config block, once per line', async () => {
    // Shaped like zhayujie/chatgpt-on-wechat docs/models/*.mdx config examples.
    const text = 'Configure:\n\n```json\n{\n  "model": "deepseek-chat",\n  "deepseek_api_key": "YOUR_API_KEY"\n}\n```\n';
    const { references } = await markdown.extract(makeSourceFile('docs/models/deepseek.mdx', text));
    expect(references.map((r) => [r.id, r.line, r.context])).toEqual([['deepseek/deepseek-chat', 5, 'docs']]);
  });
});

describe('markdown: file names in a tree are no models (issue #15, mem0 held-out)', () => {
  it('does not read a file named like a model family as a model, and still reads the name beside it', async () => {
    // Cut from mem0ai/mem0 skills/mem0-cli/README.md (lines 72-80): `command-reference.md` was Cohere's `command-r...`.
    const text = [
      '```text',
      'skills/mem0-cli/',
      '├── SKILL.md                          # Skill definition and instructions',
      '└── references/                       # Documentation (loaded on demand)',
      '    ├── command-reference.md           # Every command, flag, option, and example',
      '    └── workflows.md                   # runs on command-r-plus by default',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('skills/mem0-cli/README.md', text));
    expect(references.map((r) => [r.id, r.line])).toEqual([['cohere/command-r-plus', 6]]);
  });
});

describe('markdown: commands written outside fences (held-out repositories, issue #15)', () => {
  const found = async (relPath: string, text: string) =>
    (await markdown.extract(makeSourceFile(relPath, text))).references.map((r) => [r.id, r.source, r.line, r.column, r.context]);
  it('reads a code span that runs a model CLI or passes a model flag, at its column', async () => {
    // Cut from git-thinh/ai-docs Llama/Llama-3.1-8B/Hermes-3-Llama-3.1-8B/README.md:208 and
    // kserve/kserve python/huggingfaceserver/README.md:143.
    const text =
      'Serve it with:\n`vllm serve NousResearch/Hermes-3-Llama-3.1-8B`\n4. To Use Speculative model loading include the flag ` --speculative-model="facebook/opt-125m" --num-speculative-tokens 5` in the container args.\nUse `model.generate()` or the `--model` flag.\n';
    expect(await found('README.md', text)).toEqual([
      ['NousResearch/Hermes-3-Llama-3.1-8B', 'huggingface', 2, 13, 'docs'],
      ['facebook/opt-125m', 'huggingface', 3, 77, 'docs'],
    ]);
  });
  it('reads a prose line or list item that starts with a model CLI, and not a sentence that names one', async () => {
    // Cut from git-thinh/ai-docs Embedding/E5-small-v2/install.md (lines 13-14).
    const text =
      '- ./llama-cli --hf-repo ggml-org/e5-small-v2-Q8_0-GGUF --hf-file e5-small-v2-q8_0.gguf -p "The meaning to life and the universe is"\nOllama runs Qwen/Qwen2.5-7B for you, and vllm serves it too.\n';
    // The GGUF file the command loads from the repo is a model file too (labelled so there, probable).
    expect(await found('install.md', text)).toEqual([
      ['ggml-org/e5-small-v2-Q8_0-GGUF', 'huggingface', 1, 25, 'docs'],
      ['e5-small-v2-q8_0.gguf', 'local', 1, 66, 'docs'],
    ]);
  });
  it('reads a code span that runs a model CLI as a Python module, not a placeholder in one (held-out microsoft/graphrag, session 9)', async () => {
    // Cut from microsoft/graphrag docs/index/methods.md:39.
    const text = 'You can install it manually by running `python -m spacy download <model_name>`, for example `python -m spacy download en_core_web_md`.\n';
    expect(await found('docs/index/methods.md', text)).toEqual([['spacy/en_core_web_md', 'huggingface', 1, 119, 'docs']]);
  });
});

describe("markdown: a project's own CLI run on a model (held-out repositories of session 4, issue #15)", () => {
  const found = async (text: string) => (await markdown.extract(makeSourceFile('README.md', text))).references.map((r) => [r.id, r.line]);
  it('reads a publisher id as a positional argument, after `-m` and in a curl JSON body, not Space ids', async () => {
    const { references } = await markdown.extract(loadFixture('markdown/real-world-own-cli-commands.md'));
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['microsoft/DialoGPT-medium', 8],
      ['microsoft/DialoGPT-medium', 13],
      ['google-bert/bert-base-uncased', 17],
      ['google-bert/bert-base-uncased', 21],
      ['openai-community/gpt2', 22],
      ['meta-llama/Llama-3.1-8B', 22],
      ['google-bert/bert-base-uncased', 29],
    ]);
  });
  it('reads no model where a command writes, clones or installs, nor an unknown organisation by position', async () => {
    const text =
      '```bash\nhf upload meta-llama/Llama-3.1-8B ./out\ngit clone microsoft/DialoGPT-medium\ndocker run -it vllm/vllm-openai Qwen/Qwen2.5-7B\ncargo run -p cli -- aeevnn/NaveenBhav --verbose\n```\n';
    expect(await found(text)).toEqual([]);
    // Output shown in a console block is no command (huggingface/hub-docs docs/inference-providers/hub-api.md:81-88):
    // the model is the one in the request's URL, not again in the printed `"id"` line.
    const output =
      '```sh\n~ curl -s https://huggingface.co/api/models/google/gemma-3-27b-it?expand[]=inference\n{\n"_id": "67c35b9bb236f0d365bf29d3",\n"id": "google/gemma-3-27b-it",\n"inference": "warm"\n}\n```\n';
    expect(await found(output)).toEqual([]);
  });
});

describe('markdown: Ollama in documentation (held-out continuedev/continue, issue #15, session 6)', () => {
  it('reads `VAR=x ollama pull` as a command and an untagged block of Modelfile instructions as a Modelfile', async () => {
    const { references } = await markdown.extract(loadFixture('markdown/real-world-ollama-docs.md'));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['llama3', 'ollama', 10],
      ['deepseek-r1:32b', 'ollama', 17],
    ]);
  });
});

describe('markdown: Vim help files and block quotes (held-out yetone/avante.nvim, issue #15, session 9)', () => {
  const found = async (relPath: string, text: string) =>
    (await markdown.extract(makeSourceFile(relPath, text))).references.map((r) => [r.id, r.line, r.context]);
  it("reads a Vim help file's examples (`>lua`, and an untagged one that requires a module), not its prose", async () => {
    // Cut from yetone/avante.nvim doc/avante.txt:177-186, 246-260, 2452 and its last line (the help modeline).
    const help = [
      '*avante-nvim*',
      '>lua',
      '   require("avante").setup({',
      '     providers = {',
      '       claude = {',
      '         model = "claude-sonnet-4-20250514",',
      '       },',
      '     },',
      '   })',
      '<',
      'Fast Apply uses a specialized apply model for faster code edits. Enable it',
      'and configure Morph:',
      '>',
      '   require("avante").setup({',
      '     providers = {',
      '       morph = {',
      '         model = "morph-v3-large",',
      '       },',
      '     },',
      '   })',
      '<',
      '     Some models (e.g., gpt-4o) cannot correctly return diff content and often miss the SEARCH line.',
      '',
      'vim:tw=78:ts=8:noet:ft=help:norl:',
    ].join('\n');
    expect(await found('doc/avante.txt', help)).toEqual([
      ['anthropic/claude-sonnet-4-20250514', 6, 'docs'],
      ['openai-compatible/morph-v3-large', 17, 'docs'],
    ]);
    // Without the help modeline a `.txt` file is notes, not a help file: its `>` lines open nothing.
    expect(await found('doc/notes.txt', help.replace('ft=help', 'ft=text'))).toEqual([]);
  });
  it('reads a fenced block inside a block quote, and ends it where the quote ends', async () => {
    // Cut from yetone/avante.nvim README.md:934-941 (a `> ```lua` block in a note about Bedrock credentials).
    const quote = [
      '> In this case `aws_region` and optionally `aws_profile` should be specified via the bedrock config, e.g.:',
      '>',
      '> ```lua',
      '> bedrock = {',
      '>   model = "us.anthropic.claude-3-5-sonnet-20241022-v2:0",',
      '>   aws_profile = "bedrock",',
      '> },',
      '> ```',
    ].join('\n');
    expect(await found('README.md', quote)).toEqual([['bedrock/us.anthropic.claude-3-5-sonnet-20241022-v2:0', 5, 'docs']]);
    // A quote left without its closing fence ends the block: the fence after it opens a block of its own.
    const unclosed = ['> ```lua', '> model = "claude-sonnet-4-20250514",', '', '```python', 'model = "gpt-4o-mini"', '```'].join('\n');
    expect(await found('README.md', unclosed)).toEqual([
      ['anthropic/claude-sonnet-4-20250514', 2, 'docs'],
      ['openai/gpt-4o-mini', 5, 'docs'],
    ]);
  });
});

describe('markdown: a citation is prose (held-out THUDM/GLM-4, issue #15)', () => {
  it("reads no model in a BibTeX entry's title, tagged `bibtex` or untagged", async () => {
    // GLM-4's four READMEs and ChatGLM3's two cite `ChatGLM: ... from GLM-130B to GLM-4 All Tools`: `zhipu/glm-130b` and
    // `zhipu/glm-4` were reported at each title (12 wrong findings over the two repositories).
    const { references } = await markdown.extract(loadFixture('markdown/real-world-glm4-citation.md'));
    expect(references.map((r) => [r.id, r.line])).toEqual([['zhipu/cogview-3', 25]]);
  });
});

describe('markdown: values a reader is told to set (held-out THUDM/GLM-4, issue #15)', () => {
  it('reads the value after what it sets, not the model a sentence is about before it', async () => {
    // THUDM/GLM-4 finetune/README.md:211 (the model's limits: prose) beside khoj's admin-settings line kept as read.
    const text = [
      '- `GLM-4V-9B` does not support the `tools` field and the `system` field. And `image` must be placed in the first',
      '   - Set the `bi_encoder` field to `sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2`',
    ].join('\n');
    const { references } = await markdown.extract({ relPath: 'finetune/README.md', size: text.length, text });
    expect(references.map((r) => [r.id, r.line])).toEqual([['sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2', 2]]);
  });
});

describe('markdown: LocalAI commands (held-out mudler/LocalAI, issue #15, session 9)', () => {
  it('reads the model `local-ai run` and `local-ai chat --model` are given, by its URI scheme', async () => {
    // Cut from mudler/LocalAI README.md (lines 146-168): a gallery name, a Hub file, an Ollama tag; a remote YAML and
    // an OCI image name no model by themselves.
    const text = [
      '### Loading models',
      '',
      '```bash',
      '# From the model gallery (see available models with `local-ai models list` or at https://models.localai.io)',
      'local-ai run llama-3.2-1b-instruct:q4_k_m',
      '# From Huggingface',
      'local-ai run huggingface://TheBloke/phi-2-GGUF/phi-2.Q8_0.gguf',
      '# From the Ollama OCI registry',
      'local-ai run ollama://gemma:2b',
      '# Run a model from a configuration file',
      'local-ai run https://gist.githubusercontent.com/.../phi-2.yaml',
      '# Install and run a model from a standard OCI registry (e.g., Docker Hub)',
      'local-ai run oci://localai/phi-2:latest',
      'local-ai chat --model llama-3.2-1b-instruct:q4_k_m',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['openai-compatible/llama-3.2-1b-instruct:q4_k_m', 'api', 5],
      ['TheBloke/phi-2-GGUF', 'huggingface', 7],
      ['gemma:2b', 'ollama', 9],
      ['openai-compatible/llama-3.2-1b-instruct:q4_k_m', 'api', 14],
    ]);
  });
});

describe('markdown: clients of a server started in the page', () => {
  it("reads a client asking for a served alias that is not the model's own name as that alias (held-out ymcui/Chinese-LLaMA-Alpaca-2)", async () => {
    // README_vllm.md's four `"model": "chinese-llama-alpaca-2"` requests were dropped as an alias: the server loads a
    // placeholder folder under that name, and the requests are the project's use of it (definite in every set, session 23).
    const { references } = await markdown.extract(loadFixture('markdown/real-world-served-alias-request.md'));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['openai-compatible/chinese-llama-alpaca-2', 'api', 12]]);
    // Not the `--served-model-name` declaration (line 5), nor the `/path/to/base_model` placeholder.
    expect(references.some((r) => r.line === 5)).toBe(false);
  });

  it("reads a client asking for `vllm serve`'s served name, the model's own name, as the model it serves", async () => {
    // Held-out datawhalechina/self-llm (session 17): `vllm serve /root/autodl-tmp/Qwen/Qwen3-8B --served-model-name Qwen3-8B`
    // gives the model first, not after `--model`; its curl and OpenAI clients' `"model": "Qwen3-8B"` were dropped as an alias.
    const { references } = await markdown.extract(loadFixture('markdown/real-world-vllm-serve-alias.md'));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['/root/autodl-tmp/Qwen/Qwen3-8B', 'local', 5],
      ['/root/autodl-tmp/Qwen/Qwen3-8B', 'local', 12],
      ['/root/autodl-tmp/Qwen/Qwen3-8B', 'local', 28],
    ]);
  });
  it("reads a Python client asking for a digit-less alias the page's own serve command declares (bytedance/UI-TARS README_v1.md)", async () => {
    // bytedance/UI-TARS README_v1.md:241-290: the vLLM command serves `<path to your model>` as `ui-tars`; the Python
    // block's `model="ui-tars"` was dropped (no digit: an alias on a local server, and the block shows no server).
    const text = [
      '```bash',
      'python -m vllm.entrypoints.openai.api_server --served-model-name ui-tars \\',
      '    --model <path to your model> --limit-mm-per-prompt image=5 -tp <tp>',
      '```',
      '',
      '```python',
      'client = OpenAI(',
      '    base_url="http://127.0.0.1:8000/v1",',
      '    api_key="empty",',
      ')',
      'response = client.chat.completions.create(',
      '    model="ui-tars",',
      '    messages=[],',
      ')',
      '```',
      '',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references.map((r) => [r.id, r.source, r.line, r.column])).toEqual([['openai-compatible/ui-tars', 'api', 12, 12]]);
    // Without the serve command, the same block names no model: a digit-less name on a local server is an alias.
    const alone = text.split('\n').slice(5).join('\n');
    expect((await markdown.extract(makeSourceFile('README.md', alone))).references).toEqual([]);
  });
});

describe("markdown: an inference manager's serving commands (held-out gpustack/gpustack, issue #15)", () => {
  it("reads TensorRT-LLM's `trtllm-serve <folder>`, SGLang's `--speculative-draft-model-path`, and no `/path1` placeholder", async () => {
    // gpustack/gpustack docs/performance-lab: 4 `trtllm-serve /workspace/...` checkpoints and 4 EAGLE3 draft models were
    // missed; `--lora-modules a=/path1 b=/path2` (docs/user-guide/inference-backend-management.md) gave two local models.
    const { references } = await markdown.extract(loadFixture('markdown/real-world-serving-commands.md'));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['/workspace/DeepSeek-R1-0528', 'local', 6],
      ['Qwen/Qwen3-8B-FP8', 'huggingface', 11],
      ['Tengyunw/qwen3_8b_eagle3', 'huggingface', 13],
      ['Qwen/Qwen3.5-0.8B', 'huggingface', 26],
    ]);
  });

  it('reads `trtllm-serve serve <model>`, its options before the model', async () => {
    // dstackai/dstack mkdocs/docs/examples/inference/trtllm.md:30, QwenLM/Qwen3 README.md:361
    const text = [
      '```bash',
      'trtllm-serve serve nvidia/Qwen3-235B-A22B-FP8 \\',
      '  --tp_size 8',
      'trtllm-serve --host 0.0.0.0 ./engines/llama-3-8b',
      '```',
      '',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('docs/trtllm.md', text));
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['nvidia/Qwen3-235B-A22B-FP8', 2],
      ['./engines/llama-3-8b', 4],
    ]);
  });
});

describe('markdown: RamaLama commands (held-out containers/ramalama, issue #15, session 20)', () => {
  it('reads the model `ramalama <command>` is given: a transport URI, an `org/name`, or a name for its default transport, Ollama', async () => {
    // Cut from containers/ramalama README.md (225, 332, 1063), docs/ramalama-sandbox-pi.1.md:485, docs/ramalama-serve.1.md
    // (577), docs/ramalama.1.md:80 and docs/ramalama-run.1.md (509, 515). A shortname (`granite`: shortnames.conf resolves
    // it), an OCI image, the docs' stand-in file and `ramalama rm`'s stored model are no model given here.
    const text = [
      '```',
      '$ ramalama bench granite3-moe',
      '$ ramalama run instructlab/merlinite-7b-lab',
      'ramalama --runtime=mlx serve hf://mlx-community/Unsloth-Phi-4-4bit',
      'ramalama sandbox pi qwen3:4b granite-code:3b',
      'ramalama run file://$HOME/granite-7b-lab-Q4_K_M.gguf',
      'ramalama run granite',
      '$ ramalama --runtime=vllm serve --name tiny --generate=quadlet oci://quay.io/rhatdan/tiny:latest',
      'ramalama run --keepalive 10m file:///tmp/mymodel',
      '$ ramalama rm --ignore bogusmodel',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['granite3-moe', 'ollama', 2],
      ['instructlab/merlinite-7b-lab', 'huggingface', 3],
      ['mlx-community/Unsloth-Phi-4-4bit', 'huggingface', 4],
      ['qwen3:4b', 'ollama', 5],
      ['granite-code:3b', 'ollama', 5],
      ['~/granite-7b-lab-Q4_K_M.gguf', 'local', 6],
    ]);
  });

  it('reads a page template (`.md.in`) as its page', async () => {
    // containers/ramalama docs/ramalama-bench.1.md.in:61, the source its Makefile fills in to make ramalama-bench.1.md.
    const text = '## EXAMPLES\n\n```\nramalama bench granite3-moe\n```\n';
    expect(markdown.matches('docs/ramalama-bench.1.md.in')).toBe(true);
    const { references } = await markdown.extract(makeSourceFile('docs/ramalama-bench.1.md.in', text));
    expect(references.map((r) => [r.id, r.line])).toEqual([['granite3-moe', 4]]);
  });
});

describe("markdown: 01-ai/Yi's Cookbook blocks (held-out, issue #15, session 20)", () => {
  it("reads an untagged block running llama.cpp's quantizer, and a shell command tagged `python`", async () => {
    // Cookbook/en/opensource/local/local-llama.cpp.md:117-119 and VL/README.md:27-29.
    const text = [
      '``````',
      './llama-quantize --allow-requantize /root/yi-models/Yi-1.5-6B-Chat-GGUF/Yi-1.5-6B-Chat-q8_0-v1.gguf /root/yi-models/Yi-1.5-6B-Chat-GGUF/Yi-1.5-6B-Chat-q4_1-v1.gguf Q4_1',
      '``````',
      '',
      '```python',
      'CUDA_VISIBLE_DEVICES=0 python single_inference.py --model-path ../model/Yi-VL-34B --image-file images/cats.jpg --question "Describe the cats and what they are doing in detail."',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['/root/yi-models/Yi-1.5-6B-Chat-GGUF/Yi-1.5-6B-Chat-q8_0-v1.gguf', 'local', 2],
      ['/root/yi-models/Yi-1.5-6B-Chat-GGUF/Yi-1.5-6B-Chat-q4_1-v1.gguf', 'local', 2],
      ['../model/Yi-VL-34B', 'local', 6],
    ]);
  });

  it("reads ms-swift 2.x's `--model_type` alone as the model of its registry, and `--ckpt_dir` as the checkpoint it loads", async () => {
    // Cookbook/en/ecosystem/yi-vl-best-practice.md:26, quantization/swift-yi-quantization.md:63-66 and 75-79, the
    // fine-tuned checkpoint of Enhancing_the_Mathematical_and_Logical_Reasoning_Abilities_of_Yi-1.5-6B-Chat.md:125-127.
    // With `--model_id_or_path` beside it, the type is the weights' kind (the folder `swift export` wrote).
    const text = [
      '```shell',
      'CUDA_VISIBLE_DEVICES=0 swift infer --model_type yi-vl-6b-chat',
      '```',
      '``````bash',
      'CUDA_VISIBLE_DEVICES=0 swift export \\',
      '    --model_type yi-1_5-6b-chat --quant_bits 4 \\',
      '    --dataset alpaca-zh alpaca-en sharegpt-gpt4:default --quant_method awq',
      '``````',
      '``````bash',
      'CUDA_VISIBLE_DEVICES=0 swift infer \\',
      '    --model_type yi-1_5-6b-chat \\',
      '    --model_id_or_path yi-1_5-6b-chat-awq-int4',
      '``````',
      '```bash',
      'CUDA_VISIBLE_DEVICES=0 swift export \\',
      "    --ckpt_dir '/content/swift/output/yi-1_5-6b-chat/v0-20240713-090427/checkpoint-365' \\",
      '    --merge_lora true',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['openai-compatible/yi-vl-6b-chat', 'api', 2],
      ['openai-compatible/yi-1_5-6b-chat', 'api', 6],
      ['yi-1_5-6b-chat-awq-int4', 'local', 12],
      ['/content/swift/output/yi-1_5-6b-chat/v0-20240713-090427/checkpoint-365', 'local', 16],
    ]);
  });

  it("reads the folder `swift export` wrote, `<model>-awq-int4`, with no size in the model's part (held-out 01-ai/Yi-Coder, session 35)", async () => {
    // 01-ai/Yi-Coder cookbook/Quantization/quantization.md:77-82 (its commented-out `--model_type` line left as written).
    const text = [
      '``````bash',
      'CUDA_VISIBLE_DEVICES=0 swift infer \\',
      '\t\t--model_id_or_path 01ai/Yi-Coder-9B-Chat\\',
      '    # --model_type yi-coder \\',
      '    --model_id_or_path yi-coder-awq-int4',
      '``````',
      '``````bash',
      'swift infer --model_id_or_path yi-coder-chat --quant_method hqq',
      '``````',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('quantization.md', text));
    expect(references.filter((r) => r.source === 'local').map((r) => [r.id, r.line])).toEqual([['yi-coder-awq-int4', 5]]);
  });

  it("reads ms-swift's `--adapters <version>/checkpoint-<step>` as the local checkpoint it loads, no Hub repo", async () => {
    // datawhalechina/self-llm models/gpt-oss/4-gpt-oss-20b Lora 微调及 SwanLab 可视化记录.md:403-407 and 5-...DPO...md:127-130
    // (session 29): the folder ms-swift writes under its output directory, given relative to it. `checkpoint-551` is
    // the trainer's step folder, no Hub repo's name, so the one slash makes a path, as `output/v0-.../checkpoint-551` is.
    const text = [
      '```bash',
      'CUDA_VISIBLE_DEVICES=0 \\',
      'swift infer \\',
      '    --adapters v0-20250811-150539/checkpoint-551 \\',
      '    --stream true \\',
      '    --max_new_tokens 2048',
      '```',
      '```Bash',
      'swift export \\',
      '    --adapters v0-20250812-150539/checkpoint-20 \\',
      '    --merge_lora true',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['v0-20250811-150539/checkpoint-551', 'local', 4],
      ['v0-20250812-150539/checkpoint-20', 'local', 10],
    ]);
    // Not a Hub repo `v0-20250811-150539/checkpoint-551`.
    expect(references.some((r) => r.source === 'huggingface' && r.id.includes('checkpoint'))).toBe(false);
  });

  it("reads no 01.AI API model in the product's capitalised name (a chat's `'Yi-large'` label), and its lower-case name", async () => {
    // Building_a_Mind_Map_Generator_Powered_by_Yi-Large.md:366 and :153.
    const text = [
      '```html',
      "                                addMessage('Yi-large', data.content);",
      '```',
      '```python',
      '        completion = client.chat.completions.create(',
      '            model="yi-large",',
      '        )',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references.map((r) => [r.id, r.line])).toEqual([['lingyiwanwu/yi-large', 6]]);
  });
});

describe('markdown: launch blocks of Chinese model repositories (held-out round 29, issue #15, session 27)', () => {
  const found = async (text: string) => (await markdown.extract(makeSourceFile('README.md', text))).references.map((r) => [r.id, r.source, r.line]);

  it("reads a model's name set in a variable and joined to its organisation on the command, at the name", async () => {
    // deepseek-ai/DeepSeek-Coder Evaluation/HumanEval/README.md:31-41
    const text = ['```bash', ...DEEPSEEK_CODER_HUMANEVAL, '```'].join('\n');
    expect(await found(text)).toEqual([['deepseek-ai/deepseek-coder-33b-instruct', 'huggingface', 4]]);
  });

  it("reads the model folder of lmdeploy convert and of llama.cpp's legacy convert.py", async () => {
    // LlamaFamily/Llama-Chinese inference-speed/GPU/lmdeploy_example/README.md:16-18, inference-speed/CPU/ggml/README.md:41-45
    const text = [
      '```shell',
      'lmdeploy convert llama2 /models/Atom-7B-Chat',
      '```',
      '```bash',
      '$ python convert.py --outfile ./atom-7B-cpp.gguf  /models/Atom-7B-Chat',
      '```',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['/models/Atom-7B-Chat', 'local', 2],
      ['./atom-7B-cpp.gguf', 'local', 5],
      ['/models/Atom-7B-Chat', 'local', 5],
    ]);
  });
});

describe('markdown: a .env listing tagged python (held-out 666ghj/BettaFish, issue #15, session 28)', () => {
  it('reads `KEY=value` settings under ```python as a .env file, and a Python block or a command still as such', async () => {
    // Cut from 666ghj/BettaFish MindSpider/README.md: `MINDSPIDER_MODEL_NAME=deepseek-chat` (no quotes: a .env line) was
    // read as Python, where it is a subtraction and names nothing.
    const rows = await extractRows('markdown/real-world-bettafish-env-as-python.md', markdown);
    expect(rows.map((r) => [r.id, r.line])).toEqual([
      ['deepseek/deepseek-chat', 14],
      ['Qwen/Qwen2.5-7B-Instruct', 18],
      // (datawhalechina/self-llm: an environment variable before a command is no .env listing.)
      ['openai/gpt-oss-20b', 23],
    ]);
  });
});

describe('markdown: relative Windows paths in commands (issue #15, held-out round 30)', () => {
  it('reads `.\\x.onnx` given to a model option as the file, as `./x.onnx` is', async () => {
    const rows = await extractRows('markdown/real-world-bcembedding-ryzenai.md');
    expect(rows.map((r) => [r.id, r.source, r.line])).toEqual([['./bce-embedding-base_v1_ctx.onnx', 'local', 6]]);
  });
  it('does not read a script run by a Windows path as a model', async () => {
    const text = '```powershell\npython .\\run_npu_only.py --help\n```\n';
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references.map((r) => r.id)).toEqual([]);
  });
});

describe('markdown: a Modelfile written by a shell block (held-out InternLM/InternLM, issue #15, round 30)', () => {
  const found = async (text: string) => (await markdown.extract(makeSourceFile('README.md', text))).references.map((r) => [r.id, r.source, r.line]);

  it('reads the FROM of a Modelfile an echo of a quoted text writes, at its line', async () => {
    // InternLM/InternLM ecosystem/README.md:152-169
    const text = [
      '```shell',
      "echo 'FROM ./internlm3-8b-instruct.gguf",
      'TEMPLATE """{{ if .System }}<|im_start|>system',
      '{{ .System }}<|im_end|>',
      '{{ end }}<|im_start|>assistant',
      '"""',
      '',
      'PARAMETER stop "<|im_end|>"',
      "' > ./Modelfile",
      '```',
    ].join('\n');
    expect(await found(text)).toEqual([['./internlm3-8b-instruct.gguf', 'local', 2]]);
  });

  it("reads the weights a llamafile's .args names after -m, at their line, and no other echoed text", async () => {
    // InternLM/InternLM ecosystem/README.md:192-206 (llamafile's own recipe writes the same `.args` by `cat >.args <<EOF`)
    const text = [
      '```shell',
      'cp llamafile-0.8.6/bin/llamafile internlm3.llamafile',
      '',
      'echo "-m',
      'internlm3-8b-instruct.gguf',
      '--host',
      '0.0.0.0',
      '-ngl',
      '999',
      '..." > .args',
      '',
      'echo "-m',
      'notes.gguf" > notes.txt',
      '```',
    ].join('\n');
    expect(await found(text)).toEqual([['internlm3-8b-instruct.gguf', 'local', 5]]);
  });

  it('reads the FROM of a heredoc written to a Modelfile, and no FROM shell-expanded from a variable', async () => {
    // The first heredoc is made up; the second is OpenBMB/MiniCPM docs/deployment/ollama.md:18-20.
    const text = [
      '```bash',
      'cat > Modelfile <<EOF',
      'FROM ./qwen2-7b-instruct-q4_k_m.gguf',
      'PARAMETER stop "<|im_end|>"',
      'EOF',
      'cat > Modelfile <<EOF',
      'FROM ./MiniCPM5-1B-${QUANT}.gguf',
      'EOF',
      'echo "FROM ./notes.txt" > README.txt',
      '```',
    ].join('\n');
    expect(await found(text)).toEqual([['./qwen2-7b-instruct-q4_k_m.gguf', 'local', 3]]);
  });
});

describe('markdown: diagrams in untagged blocks (issue #15, held-out round 31)', () => {
  it("leaves the part names of an architecture diagram, and still reads a block's command below it", async () => {
    // Blaizzy/mlx-vlm mlx_vlm/models/deepseekocr/README.md:8-21 and :83-86
    const text = [
      '## Architecture',
      '',
      '```',
      '                    ┌─────────────────────────────────┐',
      'Global View         │ 1024×1024 → SAM → Qwen2 → Proj  │',
      '                    └─────────────────────────────────┘',
      '                                   ↓',
      '                     Language Model (DeepSeek-V2)',
      '```',
      '',
      '```bash',
      'python -m mlx_vlm.generate \\',
      '  --model mlx-community/DeepSeek-OCR-bf16 \\',
      '  --prompt "Convert the document to markdown."',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('mlx_vlm/models/deepseekocr/README.md', text));
    expect(references.map((r) => [r.id, r.line])).toEqual([['mlx-community/DeepSeek-OCR-bf16', 13]]);
  });

  it('still reads a hosted name in an untagged block that draws no diagram', async () => {
    const text = ['```', 'Model: deepseek-chat', 'Status: ready', '```'].join('\n');
    const { references } = await markdown.extract(makeSourceFile('docs/status.md', text));
    expect(references.map((r) => r.id)).toEqual(['deepseek/deepseek-chat']);
  });
});

describe('markdown: a result table drawn in boxes is no diagram (issue #15, held-out round 31)', () => {
  it('still reads the model a printed report names', async () => {
    // datawhalechina/self-llm models/gpt-oss/2-gpt-oss-20b Evalscope并发测试.md:89-100
    const text = [
      '```Plain',
      '╭──────────────────────────────────────╮',
      '│ Performance Test Summary Report      │',
      '╰──────────────────────────────────────╯',
      '┌───────────────────┬──────────────────┐',
      '│ Model             │ gpt-oss-20b      │',
      '└───────────────────┴──────────────────┘',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('docs/bench.md', text));
    expect(references.map((r) => [r.id, r.line])).toEqual([['openai/gpt-oss-20b', 6]]);
  });

  it("reads a result table drawn in ASCII with a metric's arrow, and a config drawn in a box beside arrows", async () => {
    // modelscope/evalscope docs/en/advanced_guides/custom_dataset/vlm.md:263-268 (lead review, session 29)
    const table = [
      '```text',
      '+--------------+-------------+----------------+',
      '| Model        | Dataset     | Metric         |',
      '+==============+=============+================+',
      '| qwen-vl-plus | General-VQA | BLEU ↑ · 1     |',
      '+--------------+-------------+----------------+',
      '| qwen-vl-plus | General-VQA | BLEU ↑ · 2     |',
      '```',
    ].join('\n');
    const tabled = await markdown.extract(makeSourceFile('docs/vlm.md', table));
    expect(tabled.references.map((r) => [r.id, r.line])).toEqual([
      ['dashscope/qwen-vl-plus', 5],
      ['dashscope/qwen-vl-plus', 7],
    ]);
    // bytedance/deer-flow backend/docs/ARCHITECTURE.md:228-236
    const boxed = [
      '```',
      '                               ↓',
      'config.yaml:',
      '┌──────────────────────────────────────┐',
      '│ models:                              │',
      '│   - name: gpt-4                      │',
      '│     model: gpt-4                     │',
      '└──────────────────────────────────────┘',
      '```',
    ].join('\n');
    const config = await markdown.extract(makeSourceFile('backend/docs/ARCHITECTURE.md', boxed));
    expect(config.references.map((r) => [r.id, r.line])).toContainEqual(['openai/gpt-4', 7]);
  });
});

describe('markdown: ggml programs built from source (held-out OpenBMB/VoxCPM, issue #15, session 29)', () => {
  it('reads the GGUF files a program run from build/bin/ is given as arguments, not its audio files', async () => {
    // OpenBMB/VoxCPM README.md:336-352 (llama.cpp-omni's voxcpm2-cli)
    const text = [
      '```bash',
      '# Basic TTS (with voice design)',
      './build/bin/voxcpm2-cli \\',
      '    -t "Hello, this is VoxCPM2 running through llama.cpp-omni." \\',
      '    -o output.wav VoxCPM2-BaseLM-Q8_0.gguf VoxCPM2-Acoustic-F16.gguf',
      '',
      '# Voice cloning (reference audio)',
      './build/bin/voxcpm2-cli \\',
      '    -t "Cloned voice." -r speaker.wav -o clone.wav \\',
      '    VoxCPM2-BaseLM-Q8_0.gguf VoxCPM2-Acoustic-F16.gguf',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual(
      expect.arrayContaining([
        ['VoxCPM2-BaseLM-Q8_0.gguf', 'local', 5],
        ['VoxCPM2-Acoustic-F16.gguf', 'local', 5],
        ['VoxCPM2-BaseLM-Q8_0.gguf', 'local', 10],
        ['VoxCPM2-Acoustic-F16.gguf', 'local', 10],
      ]),
    );
    expect(references.filter((r) => /\.wav$/.test(r.id))).toEqual([]);
    expect(references).toHaveLength(4);
  });
});

describe('markdown: a page front matter and a one-word --modelid flag (held-out cline/cline, issue #15, session 29)', () => {
  const found = async (relPath: string, text: string) =>
    (await markdown.extract(makeSourceFile(relPath, text))).references.map((r) => [r.id, r.line, r.context]);

  it("reads the model a scheduled-task or agent file's own front matter picks, at its line", async () => {
    // Cut from cline/cline sdk/examples/cron/daily-code-review.cron.md:1-13 (a page with no code block).
    const cron = [
      '---',
      'id: daily-code-review',
      'title: Daily Code Review',
      'schedule: "0 9 * * MON-FRI"',
      'mode: act',
      'modelSelection:',
      '  providerId: cline',
      '  modelId: anthropic/claude-opus-4.7',
      'timeoutSeconds: 1800',
      'tags:',
      '  - review',
      '---',
      'Review the commits merged since yesterday.',
    ].join('\n');
    expect(await found('sdk/examples/cron/daily-code-review.cron.md', cron)).toEqual([['anthropic/claude-opus-4.7', 8, 'docs']]);
    // sdk/examples/plugins/agents-squad/agents/oracle.md:1-6.
    const agent = [
      '---',
      'name: oracle',
      'description: Opinionated planner.',
      'providerId: cline',
      'modelId: anthropic/claude-opus-4.6',
      '---',
      '',
      'You are a planning subagent.',
    ].join('\n');
    expect(await found('agents/oracle.md', agent)).toEqual([['anthropic/claude-opus-4.6', 5, 'docs']]);
  });

  it('leaves a front matter without a model key, and a model card, to others', async () => {
    const page = ['---', 'title: "Model providers"', 'description: "Pick a model"', '---', 'Text.'].join('\n');
    expect(await found('docs/providers.mdx', page)).toEqual([]);
    const card = ['---', 'base_model: Qwen/Qwen2.5-7B-Instruct', 'model_name: my-finetune', 'license: apache-2.0', '---', '# Card'].join('\n');
    expect(await found('README.md', card)).toEqual([]);
  });

  it('reads the value of a one-word --modelid flag in a shell block', async () => {
    // Cut from cline/cline apps/cli/README.md:162-163 and docs/cli/samples/model-orchestration.mdx:78.
    const text = [
      '```bash',
      'cline auth --provider anthropic --apikey sk-... --modelid claude-sonnet-4-6',
      'cline --config ~/.cline-haiku auth anthropic --modelid claude-haiku-4-20250514',
      'cline auth --provider openai-native --apikey sk-... --baseurl https://api.example.com/v1',
      '```',
    ].join('\n');
    expect((await found('README.md', text)).map(([id, line]) => [id, line])).toEqual([
      ['anthropic/claude-sonnet-4-6', 2],
      ['anthropic/claude-haiku-4-20250514', 3],
    ]);
  });
});

describe('markdown: an AI editor rules file (issue #15, held-out round 31)', () => {
  // agno-agi/agno .cursorrules:13-24: Markdown without the suffix, its fenced examples the project's code.
  const text = [
    'Basic Agent (start here):',
    '```python',
    'from agno.agent import Agent',
    'from agno.models.openai import OpenAIResponses',
    '',
    'agent = Agent(',
    '    model=OpenAIResponses(id="gpt-5.5"),',
    '    instructions="You are a helpful assistant",',
    ')',
    '```',
    '',
  ].join('\n');
  it('reads `.cursorrules` as a Markdown page, its code blocks as code', () => {
    expect(markdown.matches('.cursorrules') && markdown.matches('sub/.windsurfrules')).toBe(true);
    expect(markdown.matches('cursorrules.txt.bak')).toBe(false);
  });
});

// Held-out round 32 (session 30): langchain4j/langchain4j's docs, whose Java snippets leave their imports out.
describe('markdown: a library constant or model class in a snippet without its import (held-out round 32)', () => {
  const found = async (text: string, path = 'docs/docs/tutorials/ai-services.md') =>
    (await markdown.extract(makeSourceFile(path, text))).references.map((r) => [r.id, r.line, r.context]);

  it("reads a bare constant in a builder's model slot as the id the library's enums give it, unless the page declares it", async () => {
    const text = [
      '```java',
      'ChatModel model = OpenAiChatModel.builder()',
      '    .apiKey(System.getenv("OPENAI_API_KEY"))',
      '    .modelName(GPT_4_O_MINI)',
      '    .build();',
      '```',
      '',
      '```java',
      'AnthropicChatModel model = AnthropicChatModel.builder()',
      '    .modelName(CLAUDE_SONNET_4_5_20250929)',
      '    .build();',
      '```',
      '',
      '```java',
      'static final String MODEL_NAME_2 = "gemini-1.5-flash";',
      'var model = VertexAiGeminiChatModel.builder().modelName(MODEL_NAME_2).build();',
      'var other = OpenAiChatModel.builder().modelName(GPT_3_5_TURBO).build();',
      '```',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['openai/gpt-4o-mini', 4, 'docs'],
      ['anthropic/claude-sonnet-4-5-20250929', 10, 'docs'],
      ['google/gemini-1.5-flash', 15, 'docs'],
    ]);
  });

  it('reads a library model class constructed in a snippet, not a class of the page of that name', async () => {
    const text = [
      '```java',
      'EmbeddingModel embeddingModel = new AllMiniLmL6V2EmbeddingModel();',
      'EmbeddingModel quantized = new AllMiniLmL6V2QuantizedEmbeddingModel(executor);',
      '```',
    ].join('\n');
    expect(await found(text, 'docs/docs/integrations/embedding-models/1-in-process.md')).toEqual([
      ['sentence-transformers/all-MiniLM-L6-v2', 2, 'docs'],
      ['sentence-transformers/all-MiniLM-L6-v2', 3, 'docs'],
    ]);
    const own = ['class AllMiniLmL6V2EmbeddingModel {}', '', '```java', 'var m = new AllMiniLmL6V2EmbeddingModel();', '```'].join('\n');
    expect(await found(own)).toEqual([]);
  });

  it('reads an untagged block of dotted Java properties as application.properties', async () => {
    // docs/docs/tutorials/payara-micro-integration.md:49-57 and spring-boot-integration.md:48-51.
    const text = [
      '```',
      'openai.api.key=${OPENAI_API_KEY}',
      'openai.chat.model=gpt-4o-mini',
      '',
      'google-ai-gemini.chat-model.model-name=gemini-2.0-flash-lite',
      '...',
      '```',
      '',
      '```',
      'OPENAI_MODEL=gpt-4o',
      '```',
    ].join('\n');
    const refs = await found(text, 'docs/docs/tutorials/payara-micro-integration.md');
    expect(refs.filter(([, line]) => (line as number) < 8)).toEqual([
      ['openai/gpt-4o-mini', 3, 'docs'],
      ['google/gemini-2.0-flash-lite', 5, 'docs'],
    ]);
  });
});

describe('markdown: code in an HTML <pre> (held-out round 32, session 30)', () => {
  // Cut from agentscope-ai/agentscope-java docs/v1/en/intro.md and docs/v2/en/intro.md: a landing page written as MyST's
  // raw HTML, its code panels highlighted by hand in <span> tags.
  const page = [
    '```{raw} html',
    '<div class="hs-code-panel" id="en-react"><pre><span class="kw">import</span> io.agentscope.core.*;',
    '<span class="kw">var</span> agent = <span class="ty">ReActAgent</span>.builder()',
    '    .name(<span class="str">"assistant"</span>)',
    '    .model(<span class="kw">new</span> <span class="ty">QwenConfig</span>(<span class="str">&quot;qwen-plus&quot;</span>))',
    '    .build();</pre></div>',
    '<div class="hs-code-panel" id="en-harness"><pre><span class="kw">var</span> agent = <span class="ty">HarnessAgent</span>.builder()',
    '    .model(<span class="str">"dashscope:qwen-max"</span>)      <span class="cm">// resolved via ModelRegistry</span>',
    '    .build();</pre></div>',
    '<pre>workspace/',
    '├── AGENTS.md   <span class="cm"># persona + system instructions</span></pre>',
    '```',
    '',
  ].join('\n');
  it('reads the listing of a <pre>, its tags blanked and its character references read, in the language it shows', async () => {
    const { references } = await markdown.extract(makeSourceFile('docs/v1/en/intro.md', page));
    expect(references.map((r) => [r.id, r.line, r.context])).toEqual([
      ['dashscope/qwen-plus', 5, 'docs'],
      ['dashscope/qwen-max', 8, 'docs'],
    ]);
    // The column is the name's in the page (the tags before it counted).
    expect(references[1]!.column).toBe(page.split('\n')[7]!.indexOf('"dashscope:qwen-max"') + 1);
  });
  it('leaves a <pre> shown inside an ordinary fence (an HTML example) as the fence reads it', async () => {
    const shown = page.replace('```{raw} html', '```html');
    const { references } = await markdown.extract(makeSourceFile('docs/page.md', shown));
    expect(references).toEqual([]);
  });
});

describe('markdown: a slot in capitals after a LiteLLM route (held-out OpenHands/OpenHands, round 32)', () => {
  it('reads the TOML block’s models, not the route before a slot to fill in', async () => {
    // OpenHands/OpenHands evaluation/README.md:27-42
    const text = [
      '```toml',
      '[llm]',
      'model = "gpt-4o-2024-05-13"',
      '',
      '[llm.eval_some_openai_compatible_model_llm]',
      'model = "openai/MODEL_NAME"',
      'base_url = "https://OPENAI_COMPATIBLE_URL/v1"',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('evaluation/README.md', text));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['openai/gpt-4o-2024-05-13', 'api', 3]]);
  });
});

describe('markdown: untagged config blocks and prompt-less console blocks (held-out round 32, issue #15, session 30)', () => {
  const found = async (text: string) => (await markdown.extract(makeSourceFile('README.md', text))).references.map((r) => [r.id, r.source, r.line, r.context]);

  it('reads a provider name under a model key in an untagged YAML block, not the entry keys', async () => {
    // Cut from bytedance/trae-agent evaluation/README.md:60-90 (a fence with no language).
    const text = [
      'Ensure your `trae_config.yaml` file is properly configured with valid API keys:',
      '',
      '```',
      'agents:',
      '  trae_agent:',
      '    model: trae_agent_model  # the model configuration name for Trae Agent',
      '',
      'models:',
      '  trae_agent_model:',
      '    model_provider: anthropic',
      '    model: claude-sonnet-4-20250514',
      '    max_tokens: 4096',
      '```',
    ].join('\n');
    expect(await found(text)).toEqual([['anthropic/claude-sonnet-4-20250514', 'api', 11, 'docs']]);
  });

  it('reads a console block with no prompt on any line as commands; a transcript keeps its output unread', async () => {
    // Cut from HKUDS/DeepCode docs/guide/models.md:10-15.
    const commands = [
      '```console',
      'deepcode provider set my-openrouter --template openrouter --api-key',
      'deepcode provider list',
      'deepcode provider test my-openrouter --model deepseek/deepseek-v4-pro',
      '```',
    ].join('\n');
    expect(await found(commands)).toEqual([['deepseek/deepseek-v4-pro', 'huggingface', 4, 'docs']]);
    const transcript = ['```console', '$ deepcode provider list', 'my-openrouter --model deepseek/deepseek-v4-pro', '```'].join('\n');
    expect(await found(transcript)).toEqual([]);
  });
});

describe('markdown: a placeholder adapter file (issue #15, session 30 review)', () => {
  it("reads the adapter file llama.cpp loads with --lora, but not `some-adapter.gguf`, the reader's own file", async () => {
    // OpenBMB/MiniCPM skills/minicpm5-finetune-gguf-lora/SKILL.md:8 writes `--lora some-adapter.gguf` for the reader's adapter.
    const text = [
      '```bash',
      'llama-server -m MiniCPM5-1B-Q4_K_M.gguf --lora some-adapter.gguf',
      'llama-server -m MiniCPM5-1B-Q4_K_M.gguf --lora persona-lora.gguf',
      '```',
      '',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['MiniCPM5-1B-Q4_K_M.gguf', 'local', 2],
      ['MiniCPM5-1B-Q4_K_M.gguf', 'local', 3],
      ['persona-lora.gguf', 'local', 3],
    ]);
  });
});

describe('markdown: a client told its model server is Ollama (held-out round 33, session 30)', () => {
  // Cut from hiyouga/EasyR1's examples/android_gui_cookbook/README.md: `--model-type ollama` makes `--model-name` the
  // Ollama tag the agent calls; with `--model-type vllm` it names the served folder, no tag, and stays unread as before.
  it('reads `--model-name` as the Ollama tag only beside `--model-type ollama`', async () => {
    const text = [
      '#### 使用 Ollama 模型',
      '',
      '```bash',
      'python examples/android_gui_cookbook/play_agent.py \\',
      '  --model-type ollama \\',
      '  --api-url http://localhost:11434 \\',
      '  --model-name qwen2.5vl:3b \\',
      '  --devices <android_ip1>:5555 <android_ip2>:5555 \\',
      '  --episodes 3 \\',
      '  --debug',
      '```',
      '',
      '```bash',
      'python examples/android_gui_cookbook/play_agent.py \\',
      '  --model-type vllm \\',
      '  --api-url http://<vllm_ip>:8000 \\',
      '  --model-name qwen2.5vl:3b \\',
      '  --episodes 5',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('examples/android_gui_cookbook/README.md', text));
    expect(references.map((r) => [r.id, r.source, r.line, r.context])).toEqual([['qwen2.5vl:3b', 'ollama', 7, 'docs']]);
  });
});

describe('markdown: an XTuner block with no model word (held-out SmartFlowAI/EmoLLM, round 33, session 30)', () => {
  it('reads the base and adapter `xtuner convert merge` reads in a block of its own, not the folder it writes', async () => {
    // SmartFlowAI/EmoLLM xtuner_config/README.md:57-64
    const text = [
      '```bash',
      'xtuner convert merge ./internlm2-chat-7b ./hf ./merged --max-shard-size 2GB',
      '# xtuner convert merge \\',
      '#     ${NAME_OR_PATH_TO_LLM} \\',
      '#     ${NAME_OR_PATH_TO_ADAPTER} \\',
      '#     ${SAVE_PATH} \\',
      '#     --max-shard-size 2GB',
      '```',
      '',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references.map((r) => [r.id, r.source, r.line, r.context])).toEqual([
      ['./internlm2-chat-7b', 'local', 2, 'docs'],
      ['./hf', 'local', 2, 'docs'],
    ]);
  });

  it('reads an XTuner command in a block tagged python, as the shell command it is', async () => {
    // SmartFlowAI/EmoLLM xtuner_config/README_llama3_8b_instruct_qlora_alpaca_e3_M.md:299-301
    const text = [
      '```python',
      'xtuner convert merge /root/models/LLM-Research/Meta-Llama-3-8B-Instruct ./hf_llama3 ./merged_Llama3_8b_instruct --max-shard-size 2GB',
      '# xtuner convert merge \\',
      '```',
      '',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['/root/models/LLM-Research/Meta-Llama-3-8B-Instruct', 'local', 2],
      ['./hf_llama3', 'local', 2],
    ]);
  });
});

describe("markdown: a script asking the block's server for a model by its model flag (held-out X-PLUG/MobileAgent, session 31)", () => {
  it("reads `--model_name <name>` of a script run after the block's `vllm serve`, the declared alias too, not the serve command", async () => {
    // UI-S1/README.md:69-82 (cut).
    const text = [
      '```shell',
      '# 1. Launch the vLLM server',
      'vllm serve /checkpoints-7B --served-model-name UI-S1-7B --tensor_parallel_size 1 --trust-remote-code',
      '',
      "# 2. Evaluate UI-S1-7B's performance on SOP",
      'python /evaluation/eval_qwenvl.py --model_name UI-S1-7B',
      'python /evaluation/eval_agentcpm.py --model_name AgentCPM-GUI-8B',
      '```',
      '',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['/checkpoints-7B', 'local', 3],
      ['openai-compatible/UI-S1-7B', 'api', 6],
      // Another model the same evaluation script asks the block's server for, by its bare name.
      ['openai-compatible/AgentCPM-GUI-8B', 'api', 7],
    ]);
    // Not a script run before the server starts, nor without one in the block.
    const before = ['```shell', 'python train.py --model_name Qwen2.5-7B', ...text.split('\n').slice(1)].join('\n');
    expect((await markdown.extract(makeSourceFile('README.md', before))).references.some((r) => r.line === 2)).toBe(false);
    const noServer = ['```shell', 'python /evaluation/eval_agentcpm.py --model_name AgentCPM-GUI-8B', '```', ''].join('\n');
    expect((await markdown.extract(makeSourceFile('README.md', noServer))).references).toEqual([]);
  });

  it('leaves the value of a flag named for a type, format or style alone in an untagged block (Mobile-Agent-v3/README.md:77-80)', async () => {
    const text = ['```', '--coor_type "qwen-vl" # This means that coordinates from 0-1000 are mapped', '--model "qwen-max"', '```', ''].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references.map((r) => [r.id, r.line])).toEqual([['dashscope/qwen-max', 3]]);
  });
});

describe('markdown: .env settings spaced as python-dotenv reads them, in a shell block (held-out zai-org/CodeGeeX4, round 34, session 31)', () => {
  it('reads each model setting of a block of `name = "value"` lines as a .env, the served name after its server too', async () => {
    // zai-org/CodeGeeX4 repodemo/readme.md:20-29
    const text = ['```shell', ...CODEGEEX_REPODEMO_ENV, '```'].join('\n');
    const { references } = await markdown.extract(makeSourceFile('repodemo/readme.md', text));
    expect(references.map((r) => [r.id, r.line, r.context])).toEqual([
      ['zhipu/codegeex-4', 5, 'docs'],
      ['openai-compatible/codegeex4-all-9b', 9, 'docs'],
    ]);
  });

  it('leaves a shell block that runs a command, or mixes a command in, to the shell reader', async () => {
    // A command line among the settings: not a .env listing (the served name beside no command is not read).
    const text = ['```bash', 'model_name = "codegeex4-all-9b"', 'python app.py --port 8080', '```'].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references).toEqual([]);
  });
});

describe('markdown: an untagged Python call spread over lines (held-out HKUDS/VideoRAG, round 34, session 31)', () => {
  // HKUDS/VideoRAG VideoRAG-algorithm/README.md:286-304: the Ollama config object the reader edits, untagged, no import.
  const block = (fence: string) =>
    [
      fence,
      'ollama_config = LLMConfig(',
      '    embedding_func_raw = ollama_embedding,',
      '    embedding_dim = 768,',
      '    best_model_func_raw = ollama_complete ,',
      '    best_model_name = "gemma2:latest", # need to be a solid instruct model',
      '    best_model_max_token_size = 32768,',
      '    cheap_model_func_raw = ollama_mini_complete,',
      '    cheap_model_name = "olmo2",',
      '    cheap_model_max_async = 1',
      ')',
      '```',
    ].join('\n');

  it('reads it as Python, as a ```python block is', async () => {
    const { references } = await markdown.extract(makeSourceFile('README.md', block('```')));
    expect(references.map((r) => [r.id, r.line, r.context])).toEqual([
      ['gemma2:latest', 6, 'docs'],
      ['olmo2', 9, 'docs'],
    ]);
  });

  it('not a Kotlin or JavaScript declaration, nor a call whose lines are not one keyword argument each', async () => {
    const kotlin = ['```', 'val config = LLMConfig(', '    cheap_model_name = "olmo2",', ')', '```'].join('\n');
    const positional = ['```', 'config = LLMConfig(', '    "olmo2",', ')', '```'].join('\n');
    for (const text of [kotlin, positional]) expect((await markdown.extract(makeSourceFile('README.md', text))).references).toEqual([]);
  });
});

describe('markdown: a weights file downloaded by its URL (held-out HKUDS/VideoRAG, round 34, session 31)', () => {
  it("reads `wget <url>/<file>.pth` as the local model named by its file, not a Hub URL's file nor a torch pickle", async () => {
    // HKUDS/VideoRAG VideoRAG-algorithm/README.md:95-110 (the Hub clones are the hub-url reader's).
    const text = [
      '```bash',
      '# Download ImageBind checkpoint',
      'mkdir .checkpoints',
      'cd .checkpoints',
      'wget https://dl.fbaipublicfiles.com/imagebind/imagebind_huge.pth',
      'wget https://raw.githubusercontent.com/qi-hua/async_cosyvoice/main/CosyVoice2-0.5B/spk2info.pt -O $model_dir',
      'wget https://huggingface.co/lllyasviel/Annotators/resolve/main/dpt_hybrid-midas-501f0c75.pt',
      'wget https://example.com/models/model.safetensors',
      'cd ../',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references.filter((r) => r.source === 'local').map((r) => [r.id, r.line, r.context])).toEqual([['imagebind_huge.pth', 5, 'docs']]);
  });
});

describe('markdown: an exception printed in a block (held-out QwenLM/Qwen2-Audio, round 35, session 31)', () => {
  it("reads no model from `KeyError: 'qwen2-audio'`, and still reads a provider's name on a line of its own", async () => {
    // QwenLM/Qwen2-Audio README.md:70-73 (the error an old transformers raises)
    const text = ['you might encounter the following error:', '```', "KeyError: 'qwen2-audio'", '```', '```', 'qwen-plus', '```'].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references.map((r) => [r.id, r.line])).toEqual([['dashscope/qwen-plus', 6]]);
  });
});

describe("markdown: a script's `--load_from` given a cloned folder by its bare name (held-out jingyaogong/minimind-v, round 35, session 31)", () => {
  it('reads `--load_from minimind-3v` as the local folder, not the `model` switch nor a placeholder', async () => {
    // jingyaogong/minimind-v README.md:194-204
    const text = [
      '```bash',
      "# load_from='model': 加载原生PyTorch权重, load_from='其他路径': 加载transformers格式",
      'python eval_vlm.py --load_from model --weight sft_vlm',
      '```',
      '',
      '```bash',
      'git clone https://huggingface.co/jingyaogong/minimind-3v',
      'python eval_vlm.py --load_from minimind-3v',
      'python eval_vlm.py --load_from your-model-v2',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    // (The clone's Hub URL on line 7 is hub-url's.)
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['minimind-3v', 'local', 8]]);
  });
});

describe("markdown: a python block that holds none of the python reader's words (lead, session 32)", () => {
  it('reads the model a wrapper is built from in a docs block with no model word', async () => {
    // shibing624/pycorrector README.md:349-353
    const text = [
      '#### pycorrector快速预测',
      '```python',
      'from pycorrector import MacBertCorrector',
      'm = MacBertCorrector("shibing624/macbert4csc-base-chinese")',
      "print(m.correct_batch(['今天新情很好', '你找到你最喜欢的工作，我也很高心。']))",
      '```',
      '```python',
      'reader = CsvReader("data/train.csv")',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references.map((r) => [r.id, r.line, r.context])).toEqual([['shibing624/macbert4csc-base-chinese', 4, 'docs']]);
  });
});

describe('markdown: a checkpoint written in one block, loaded in a later one (held-out round 36: hiyouga/ChatGLM-Efficient-Tuning; session 32)', () => {
  it("reads `--checkpoint_dir adgen_lora` after another block's `--output_dir adgen_lora`, not the output nor a placeholder", async () => {
    // hiyouga/ChatGLM-Efficient-Tuning examples/ads_generation.md:95-101, 129-135, 161-164
    const text = [
      '```bash',
      'accelerate launch src/train_bash.py \\',
      '    --stage sft \\',
      '    --finetuning_type lora \\',
      '    --output_dir adgen_lora',
      '```',
      '运行以下命令在单个 GPU 上测试模型效果',
      '```bash',
      'CUDA_VISIBLE_DEVICES=0 python src/train_bash.py \\',
      '    --do_eval \\',
      '    --checkpoint_dir adgen_lora \\',
      '    --output_dir adgen_results',
      '```',
      '```bash',
      'CUDA_VISIBLE_DEVICES=0 python src/cli_demo.py \\',
      '    --checkpoint_dir path_to_checkpoint',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('examples/ads_generation.md', text));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['adgen_lora', 'local', 11]]);
  });
});

describe('markdown: a shell session tagged python, exports first (held-out round 36, session 32)', () => {
  it('reads `huggingface-cli download` below `export HF_ENDPOINT=...` in a ```python block as the shell command it is', async () => {
    // InstantID/InstantID README.md:95-99
    const text = [
      'If you cannot access to Huggingface, you can use [hf-mirror](https://hf-mirror.com/) to download models.',
      '```python',
      'export HF_ENDPOINT=https://hf-mirror.com',
      'huggingface-cli download --resume-download InstantX/InstantID --local-dir checkpoints --local-dir-use-symlinks False',
      '```',
      '',
      '```python',
      'export = load("x")',
      'pipe = Pipeline.from_pretrained("stabilityai/stable-diffusion-xl-base-1.0")',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['InstantX/InstantID', 'huggingface', 4],
      ['stabilityai/stable-diffusion-xl-base-1.0', 'huggingface', 9],
    ]);
  });
});

describe('held-out round 36 (session 32): commands in mistagged blocks, library names a page vouches for', () => {
  it('reads a ```python block of commands whose variables stand on a line of their own, continued', async () => {
    // QwenLM/Qwen recipes/finetune/swift/README.md:41-49 (cut): `CUDA_VISIBLE_DEVICES=0 \` then `swift sft \`.
    const text = [
      '## Fine-tuning',
      '',
      '```python',
      '# Experimental environment: A10, 3090, V100, ...',
      'CUDA_VISIBLE_DEVICES=0 \\',
      'swift sft \\',
      '    --model_id_or_path qwen/Qwen-7B-Chat \\',
      '    --dataset blossom-math-zh \\',
      '    --output_dir output \\',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('recipes/finetune/swift/README.md', text));
    // The model loaded, as docs; not the folder the run writes.
    expect(references.map((r) => [r.id, r.line, r.context])).toEqual([['qwen/Qwen-7B-Chat', 7, 'docs']]);
  });

  it("reads SAT's catalogue names in a command when the page names the sat library, and not otherwise", async () => {
    // THUDM/CogVLM README.md:113-120 (cut): the SAT demo downloads `cogagent-chat` from SAT's table (THUDM/CogAgent).
    const body = [
      '```bash',
      'python cli_demo_sat.py --from_pretrained cogagent-chat --version chat --bf16  --stream_chat',
      'python cli_demo_sat.py --from_pretrained cogvlm-grounding-generalist --version base --bf16  --stream_chat',
      '```',
    ];
    const page = ['The program will automatically download the sat model and interact in the command line.', '', ...body].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', page));
    expect(references.map((r) => [r.id, r.line, r.context])).toEqual([
      ['THUDM/CogAgent', 4, 'docs'],
      ['THUDM/CogVLM', 5, 'docs'],
    ]);
    // A page that never names the library: a `--from_pretrained` value is no name of SAT's.
    const other = await markdown.extract(makeSourceFile('README.md', ['Run the demo.', '', ...body].join('\n')));
    expect(other.references.filter((r) => r.id.startsWith('THUDM/'))).toEqual([]);
  });
});

describe('markdown: a `> ` prompt before a command (held-out round 37, session 33)', () => {
  it('reads a command after `> ` in an untagged block as the command, and leaves `> file` a redirection', async () => {
    // lm-sys/RouteLLM README.md:82-86 and examples/routing_to_local_models.md:44-49 (cut).
    const text = [
      '```',
      '> python -m routellm.openai_server --routers mf --strong-model gpt-4-1106-preview --weak-model anyscale/mistralai/Mixtral-8x7B-Instruct-v0.1',
      'INFO:     Application startup complete.',
      '```',
      '',
      '```',
      '> export OPENAI_API_KEY=sk-...',
      '> python -m routellm.openai_server --routers mf --weak-model ollama_chat/llama3 --config.example.yaml',
      '```',
      '',
      '```bash',
      'echo hello',
      '> python',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', text));
    expect(references.map((r) => [r.id, r.source, r.line, r.context])).toEqual([
      ['openai/gpt-4-1106-preview', 'api', 2, 'docs'],
      ['anyscale/mistralai/Mixtral-8x7B-Instruct-v0.1', 'api', 2, 'docs'],
      ['llama3', 'ollama', 8, 'docs'],
    ]);
  });
});

describe('markdown: a path option given a folder in the pretrained folder (held-out round 37, session 33)', () => {
  it("reads the model-named folder under pretrained_models/ a script's --path edits, not an output nor a generic folder", async () => {
    // X-PLUG/mPLUG-DocOwl TinyChart/README.md:79-82 (cut), with an output and a folder named for no model beside it.
    const text = [
      'Then download [`bczhou/TinyLLaVA-3.1B-SigLIP`](https://huggingface.co/bczhou/TinyLLaVA-3.1B-SigLIP) into `pretrained_models`, and run this script.',
      '```',
      'python scripts/vit_add_tome.py --path pretrained_models/TinyLLaVA-3.1B-SigLIP',
      'python scripts/export.py --output_dir pretrained_models/TinyChart-3B-768',
      'python scripts/vit_add_tome.py --path pretrained_models/siglip',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('TinyChart/README.md', text));
    expect(references.filter((r) => r.line > 1).map((r) => [r.id, r.source, r.line, r.context])).toEqual([
      ['pretrained_models/TinyLLaVA-3.1B-SigLIP', 'local', 3, 'docs'],
    ]);
  });
});

describe('markdown: untagged config blocks (held-out open-compass/opencompass, round 37)', () => {
  it('reads an untagged list of `dict(...)` configs as Python, and no untagged YAML list as one', async () => {
    // open-compass/opencompass docs/en/advanced_guides/subjective_evaluation.md:44-50 (cut)
    const page = [
      '# Subjective evaluation',
      '',
      '```',
      'models = [',
      '    dict(',
      '        type=HuggingFaceChatGLM3,',
      "        abbr='chatglm3-6b-hf2',",
      "        path='THUDM/chatglm3-6b',",
      '    )',
      ']',
      '```',
      '',
      '```',
      'models = [',
      '  "chatglm3-6b-hf2",',
      ']',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('docs/en/subjective_evaluation.md', page));
    expect(references.map((r) => [r.id, r.line, r.context])).toEqual([['THUDM/chatglm3-6b', 8, 'docs']]);
  });
  it("reads the code blocks inside MyST directives that hold Markdown (Sphinx tabs), and not the directive's text", async () => {
    // open-compass/opencompass docs/en/get_started/quick_start.md:24-32, 112-126 (cut)
    const page = [
      '`````{tabs}',
      '````{tab} Command Line (Custom HF Model)',
      '',
      'For the `facebook/opt-125m` model, run:',
      '',
      '```bash',
      'python run.py --datasets siqa_gen --hf-type base --hf-path facebook/opt-125m',
      '```',
      '````',
      '````{tab} Configuration File',
      '',
      'models = [',
      '  dict(path="not/a-config-of-this-page")',
      '',
      '```python',
      'with read_base():',
      '    from .models.opt.hf_opt_350m import opt350m',
      "    other = dict(type=HuggingFaceCausalLM, path='facebook/opt-350m', max_seq_len=2048)",
      '```',
      '````',
      '`````',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('docs/en/quick_start.md', page));
    expect(references.map((r) => [r.id, r.line]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ['facebook/opt-125m', 7],
      ['openai-compatible/hf_opt_350m', 17],
      ['facebook/opt-350m', 18],
    ]);
  });
});

describe('markdown: an untagged block that downloads by wget (held-out OpenGVLab/Ask-Anything, round 38, session 34)', () => {
  it('reads the weights file a wget in an untagged block fetches, as in a shell block; not an image nor a page', async () => {
    // OpenGVLab/Ask-Anything video_chat/README_CN.md:109-113 (cut), with a page and an image fetched beside it.
    const text = [
      '  - 下载[BLIP2](https://huggingface.co/docs/transformers/main/model_doc/blip-2) model:',
      '    ```',
      '    mkdir model',
      '    wget -P ./model/ https://storage.googleapis.com/sfr-vision-language-research/LAVIS/models/BLIP2/eva_vit_g.pth ',
      '    wget -P ./model/ https://storage.googleapis.com/sfr-vision-language-research/LAVIS/models/BLIP2/blip2_pretrained_flant5xxl.pth',
      '    wget https://example.com/docs/index.html',
      '    wget https://example.com/images/demo.png',
      '    ```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('video_chat/README_CN.md', text));
    expect(references.map((r) => [r.id, r.source, r.line, r.context])).toEqual([
      ['eva_vit_g.pth', 'local', 4, 'docs'],
      ['blip2_pretrained_flant5xxl.pth', 'local', 5, 'docs'],
    ]);
  });
});

describe('markdown: pipeline parts given weights files, and --repo_id (held-out round 38, session 34)', () => {
  it("reads a bare component flag's weights files and a script's --repo_id, not a table key, a placeholder or an output", async () => {
    // kohya-ss/sd-scripts docs/lumina_train_network.md:90-96, docs/gen_img_README.md:233-238 and
    // docs/wd14_tagger_README-en.md:25-27 (cut); PKU-YuanGroup/Open-Sora-Plan's `--ae WFVAEModel_D8_4x8x8` (a table key).
    const page = [
      '```bash',
      'accelerate launch --num_cpu_threads_per_process 1 lumina_train_network.py \\',
      '  --pretrained_model_name_or_path="lumina-image-2.safetensors" \\',
      '  --gemma2="gemma-2-2b.safetensors" \\',
      '  --ae="ae.safetensors" \\',
      '  --output_dir="output" --output_name="my_lumina_lora"',
      '```',
      '',
      '```',
      'python gen_img.py --ckpt model.safetensors --n_iter 1 --scale 7.5 --steps 40 \\',
      '    --textual_inversion_embeddings goodembed.safetensors negprompt.pt \\',
      '    --control_net_models diff_control_sd15_canny.safetensors --control_net_weights 1.0',
      'python train.py --model_path x --ae WFVAEModel_D8_4x8x8 --vae path/to/vae.safetensors',
      '```',
      '',
      '```powershell',
      'python tag_images_by_wd14_tagger.py --onnx --repo_id SmilingWolf/wd-swinv2-tagger-v3 --batch_size 4 ..\\train_data',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('docs/lumina_train_network.md', page));
    expect(references.map((r) => [r.id, r.line, r.source]).sort((a, b) => Number(a[1]) - Number(b[1]) || String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['lumina-image-2.safetensors', 3, 'local'],
      ['gemma-2-2b.safetensors', 4, 'local'],
      ['ae.safetensors', 5, 'local'],
      ['goodembed.safetensors', 11, 'local'],
      ['negprompt.pt', 11, 'local'],
      ['diff_control_sd15_canny.safetensors', 12, 'local'],
      ['SmilingWolf/wd-swinv2-tagger-v3', 17, 'huggingface'],
    ]);
  });
});

describe('markdown: held-out round 38 (session 34) blocks read by what they hold', () => {
  it('reads the JSON body of an ```http request block, and nothing in a request without one', async () => {
    // PromtEngineer/localGPT README.md:710-718 (cut), then a request line and headers alone.
    const page = [
      '```http',
      'POST /sessions/{session_id}/messages',
      'Content-Type: application/json',
      '',
      '{',
      '  "message": "What are the main topics discussed?",',
      '  "model": "qwen3.5:9b",',
      '  "retrieval_mode": "hybrid"',
      '}',
      '```',
      '',
      '```http',
      'GET /models HTTP/1.1',
      'Host: localhost:8000',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md', page));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['qwen3.5:9b', 'ollama', 7]]);
  });

  it('reads an untagged block that assigns a .from_pretrained load as Python, not a block of prose', async () => {
    // meta-llama/llama-recipes end-to-end-use-cases/NotebookLlama/TTS_Notes.md:10-15 (cut).
    const page = [
      'Minimal code to run their models:',
      '',
      '```',
      'model = ParlerTTSForConditionalGeneration.from_pretrained("parler-tts/parler-tts-mini-v1").to(device)',
      'tokenizer = AutoTokenizer.from_pretrained("parler-tts/parler-tts-mini-v1")',
      '',
      '# Define text and description',
      '```',
      '',
      '```',
      'Speaker is talking from_pretrained("org/not-code") in a sentence',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('TTS_Notes.md', page));
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['parler-tts/parler-tts-mini-v1', 4],
      ['parler-tts/parler-tts-mini-v1', 5],
    ]);
  });
});

describe('markdown: llms.txt and CLI help listings (held-out 567-labs/instructor and TheR1D/shell_gpt, round 39, session 35)', () => {
  it('reads an llms.txt as a Markdown page, and another .txt not', async () => {
    // Cut from 567-labs/instructor docs/llms.txt (llmstxt.org's Markdown under a .txt name): its code blocks are the docs'.
    const text = [
      '# Instructor: Type-Safe Structured Outputs from LLMs',
      '',
      '## Getting Started',
      '',
      '```python',
      'client = instructor.from_openai(OpenAI())',
      'user = client.chat.completions.create(',
      '    model="gpt-3.5-turbo",',
      '    response_model=User,',
      ')',
      '```',
    ].join('\n');
    expect(markdown.matches('docs/llms.txt') && markdown.matches('llms-full.txt')).toBe(true);
    const { references } = await markdown.extract(makeSourceFile('docs/llms.txt', text));
    expect(references.map((r) => [r.id, r.line, r.context])).toEqual([['openai/gpt-3.5-turbo', 8, 'docs']]);
    expect((await markdown.extract(makeSourceFile('docs/notes.txt', text))).references).toEqual([]);
  });

  it("reads a model option's default in a CLI help listing, on its row or a continuation row", async () => {
    // Cut from 567-labs/instructor docs/cli/finetune.md (Typer's boxed --help in a sh block, two commands) and TheR1D/shell_gpt
    // README.md's "Full list of arguments" (a text block).
    const text = [
      '```sh',
      '$ instructor jobs create-from-file --help',
      '╭─ Options ─────────────────────────────────────────────────────────────────────────────────────────╮',
      '│ --model                           TEXT     Model to use for fine-tuning [default: gpt-3.5-turbo]  │',
      '│ --poll                            INTEGER  Polling interval in seconds [default: 2]               │',
      '│ --model-suffix                    TEXT     Suffix to identify the model [default: None]           │',
      '╭─ Options ─────────────────────────────────────────────────────────────────────────────╮',
      '│ --model                           TEXT     Model to use for fine-tuning               │',
      '│                                            [default: gpt-3.5-turbo]                   │',
      '│ --n-epochs                        INTEGER  Number of epochs for fine-tuning           │',
      '│                                            [default: 3]                               │',
      '```',
      '```text',
      '│ --model            TEXT                       Large language model to use. [default: gpt-5.4-mini]       │',
      '│ --temperature      FLOAT RANGE [0.0<=x<=2.0]  Randomness of generated output. [default: 0.0]             │',
      '│ --role                  TEXT  System role for GPT model. [default: None]                                 │',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('docs/cli/finetune.md', text));
    expect(references.map((r) => [r.id, r.line, r.context])).toEqual([
      ['openai/gpt-3.5-turbo', 4, 'docs'],
      ['openai/gpt-3.5-turbo', 9, 'docs'],
      ['openai/gpt-5.4-mini', 14, 'docs'],
    ]);
    expect(references[0]!.snippet).toContain('--model');
  });
});

describe('markdown: an rst console block ending in an ellipsis (held-out pytorch/torchtune, session 35)', () => {
  it('reads the command of a block whose elided output ends in `...`, and still reads a Python session as one', async () => {
    // pytorch/torchtune docs/source/tune_cli.rst:62-69 (cut), then a doctest block added below.
    const text = [
      'Download a model',
      '----------------',
      '',
      '.. code-block:: bash',
      '',
      '    $ tune download meta-llama/Meta-Llama-3-8B-Instruct',
      '    Successfully downloaded model repo and wrote to the following locations:',
      '    ./model/config.json',
      '    ./model/README.md',
      '    ...',
      '',
      '.. code-block:: python',
      '',
      '    >>> model = AutoModel.from_pretrained(',
      '    ...     "meta-llama/Llama-3.2-1B-Instruct")',
      '    Loading weights',
      '',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('docs/source/tune_cli.rst', text));
    expect(references.map((r) => [r.id, r.line, r.context])).toEqual([
      ['meta-llama/Meta-Llama-3-8B-Instruct', 6, 'docs'],
      ['meta-llama/Llama-3.2-1B-Instruct', 15, 'docs'],
    ]);
  });
});

describe('markdown: a ```diff block without a file header, shown against a Python function (session 35, huggingface/peft)', () => {
  it('reads its context and added lines as Python, at their own lines; not its removed lines, nor a diff of prose', async () => {
    // Cut from huggingface/peft docs/source/accelerate/deepspeed.md (the `main` function of the seq2seq example), with a
    // removed line added to show it is not read.
    const text = [
      'The script also creates a configuration for the PEFT method you are using.',
      '',
      '```diff',
      ' def main():',
      '+    accelerator = Accelerator()',
      '     model_name_or_path = "facebook/bart-large"',
      '-    model_name_or_path = "bigscience/T0_3B"',
      '     dataset_name = "twitter_complaints"',
      '+    peft_config = LoraConfig(',
      '         task_type=TaskType.SEQ_2_SEQ_LM, inference_mode=False, r=8, lora_alpha=32, lora_dropout=0.1',
      '     )',
      '```',
      '',
      '```diff',
      '- Use `bigscience/T0_3B` as the base.',
      '+ Use `facebook/bart-base` as the base.',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('docs/source/accelerate/deepspeed.md', text));
    expect(references.map((r) => [r.id, r.line])).toEqual([['facebook/bart-large', 6]]);
  });
});

describe('markdown: OpenLLM commands, a README template and an experiment config block (held-out round 40, session 36)', () => {
  it("reads `openllm run` and `openllm deploy` tags as `openllm serve`'s, and a README template's blocks", async () => {
    // bentoml/OpenLLM README.md.tpl:88-95, 126-132 and 174-180 (cut), the Jinja expressions as they stand.
    const text = [
      '## Chat with a model in the CLI',
      '',
      'To start a chat conversation in the CLI, use the `openllm run` command and specify the model version.',
      '',
      '```bash',
      'openllm run llama3:8b',
      '```',
      '',
      '```python',
      'llm = OpenAI(api_bese="http://localhost:3000/v1", model="meta-llama/Llama-3.2-1B-Instruct", api_key="dummy")',
      '```',
      '',
      '```bash',
      'openllm deploy llama3.2:1b --env HF_TOKEN',
      'openllm model get {{model_dict.get("llama3.2")["tag"]}}',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('README.md.tpl', text));
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['openai-compatible/llama3:8b', 6],
      ['openai/meta-llama/Llama-3.2-1B-Instruct', 10],
      ['openai-compatible/llama3.2:1b', 14],
    ]);
  });

  it('reads an untagged experiment config block by its llm_backbone', async () => {
    // h2oai/h2o-llmstudio documentation/docs/get-started/llm-studio-performance.md:61-164 (cut).
    const text = [
      'The experiment config used:',
      '',
      '```',
      'environment:',
      '    trust_remote_code: true',
      'experiment_name: default-8-a10g',
      'llm_backbone: h2oai/h2ogpt-4096-llama2-7b',
      'logging:',
      '    logger: None',
      'prediction:',
      '    metric: BLEU',
      '    metric_gpt_model: gpt-3.5-turbo-0301',
      '```',
    ].join('\n');
    const { references } = await markdown.extract(makeSourceFile('documentation/docs/get-started/llm-studio-performance.md', text));
    expect(references.map((r) => [r.id, r.line])).toEqual(expect.arrayContaining([['h2oai/h2ogpt-4096-llama2-7b', 7]]));
  });
});

describe('markdown: lessons of InternLM/Tutorial (held-out round 40, issue #15, session 36)', () => {
  const found = async (text: string, path = 'docs/L1/Demo/readme.md') =>
    (await markdown.extract(makeSourceFile(path, text))).references.map((r) => [r.id, r.source, r.line]);

  it("reads a Markdown page's indented code blocks at its top level, not a list item's indented paragraphs", async () => {
    // InternLM/Tutorial docs/L1/OpenCompass/readme.md:114-156 (a config and a command shown as indented blocks; the
    // `<!---->` comment line between them), then a list item whose continuation is indented as deep.
    const text = [
      '打开 opencompass文件夹下configs/models/hf_internlm/的`hf_internlm2_chat_1_8b.py` ,贴入以下代码',
      '',
      '',
      '    from opencompass.models import HuggingFaceCausalLM',
      '    ',
      '    models = [',
      '        dict(',
      '            type=HuggingFaceCausalLM,',
      "            abbr='internlm2-1.8b-hf',",
      '            path="/share/new_models/Shanghai_AI_Laboratory/internlm2-chat-1_8b",',
      '        )',
      '    ]',
      '',
      '<!---->',
      '',
      '    python run.py --datasets ceval_gen --models hf_internlm2_chat_1_8b --debug',
      '',
      '- 运行以下命令:',
      '',
      '    python run.py --datasets ceval_gen --models hf_internlm2_chat_7b --debug',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['/share/new_models/Shanghai_AI_Laboratory/internlm2-chat-1_8b', 'local', 10],
      ['openai-compatible/hf_internlm2_chat_1_8b', 'api', 16],
    ]);
  });

  it('reads a headerless ```diff of Python assignments as Python, its added side only', async () => {
    // InternLM/Tutorial docs/L1/XTuner/readme.md:470-478 (no `+++` header, no import or def: only assignments).
    const text = [
      '```diff',
      '#######################################################################',
      '#                          PART 1  Settings                           #',
      '#######################################################################',
      "- pretrained_model_name_or_path = 'internlm/internlm2-chat-1_8b'",
      "+ pretrained_model_name_or_path = '/root/InternLM/XTuner/Shanghai_AI_Laboratory/internlm2-chat-1_8b'",
      '',
      "- alpaca_en_path = 'tatsu-lab/alpaca'",
      "+ alpaca_en_path = 'datas/assistant.json'",
      '```',
    ].join('\n');
    expect(await found(text, 'docs/L1/XTuner/readme.md')).toEqual([['/root/InternLM/XTuner/Shanghai_AI_Laboratory/internlm2-chat-1_8b', 'local', 6]]);
  });

  it("reads `lmdeploy serve gradio` given a model folder, not given a server's URL", async () => {
    // InternLM/Tutorial docs/L1/Demo/readme.md:159-161, docs/L2/LMDeploy/readme.md:183-187
    const text = [
      '```bash',
      'lmdeploy serve gradio /share/new_models/Shanghai_AI_Laboratory/internlm-xcomposer2-vl-1_8b --cache-max-entry-count 0.1',
      '```',
      '```Python',
      'lmdeploy serve gradio http://localhost:23333 \\',
      '    --server-name 0.0.0.0 \\',
      '    --server-port 6006',
      '```',
    ].join('\n');
    expect(await found(text)).toEqual([['/share/new_models/Shanghai_AI_Laboratory/internlm-xcomposer2-vl-1_8b', 'local', 2]]);
  });

  it('reads the shared weights a lesson links or copies in, in an untagged or ```Plain block, not a dataset copied so', async () => {
    // InternLM/Tutorial docs/L2/LMDeploy/readme.md:40-45 (```Plain) and docs/L2/InternVL/joke_readme.md:32-39, :117-123
    const text = [
      '```Plain',
      'mkdir /root/models',
      'ln -s /root/share/new_models/Shanghai_AI_Laboratory/internlm2_5-7b-chat /root/models',
      'ln -s /root/share/new_models/OpenGVLab/InternVL2-26B /root/models',
      '```',
      '```bash',
      'cd /root',
      'mkdir -p model',
      '# cp 模型',
      'cp -r /root/share/new_models/OpenGVLab/InternVL2-2B /root/model/',
      'cp -r /root/share/new_models/datasets/CLoT_cn_2000 /root/InternLM/datasets/',
      '```',
    ].join('\n');
    expect(await found(text, 'docs/L2/LMDeploy/readme.md')).toEqual([
      ['/root/share/new_models/Shanghai_AI_Laboratory/internlm2_5-7b-chat', 'local', 3],
      ['/root/share/new_models/OpenGVLab/InternVL2-26B', 'local', 4],
      ['/root/share/new_models/OpenGVLab/InternVL2-2B', 'local', 10],
    ]);
  });
});

describe('markdown: a command given its API key or base URL names the model it asks that API for (held-out huggingface/speech-to-speech, issue #15, session 37)', () => {
  const ids = async (text: string) => (await markdown.extract({ relPath: 'README.md', size: text.length, text })).references.map((r) => `${r.id}@${r.line}`);

  it("reads `--model_name` as the hosted model, or the router's Hub id with its provider, when the command points a client at an API", async () => {
    // huggingface/speech-to-speech README.md (Responses API backends) and its LLM/README.md.
    const page = [
      '```bash',
      '# OpenAI',
      'speech-to-speech local \\',
      '    --stt parakeet-tdt \\',
      '    --llm_backend responses-api \\',
      '    --model_name "gpt-4o-mini" \\',
      '    --responses_api_api_key "$OPENAI_API_KEY" \\',
      '    --responses_api_stream',
      '```',
      '',
      '```bash',
      '# HF Inference Providers: GPT-oss-20B via Groq',
      'speech-to-speech serve \\',
      '    --llm_backend responses-api \\',
      '    --model_name "openai/gpt-oss-20b:groq" \\',
      '    --responses_api_base_url "https://router.huggingface.co/v1" \\',
      '    --responses_api_api_key "$HF_TOKEN"',
      '```',
      '',
      '```bash',
      '# Local transformers/mlx-lm backend',
      '--model_name google/gemma-2b-it',
      '',
      '# OpenAI-compatible backend',
      '--llm_backend responses-api --model_name deepseek-chat --responses_api_base_url https://api.deepseek.com',
      '```',
    ].join('\n');
    expect(await ids(page)).toEqual(['openai/gpt-4o-mini@6', 'huggingface/openai/gpt-oss-20b:groq@15', 'google/gemma-2b-it@22', 'deepseek/deepseek-chat@25']);
  });

  it('keeps `--model_name` a Hub id only when no API is named (a served alias elsewhere)', async () => {
    // lm-sys/FastChat's worker: `--model-name` is the alias of the weights `--model-path` loads.
    const page = ['```bash', 'python3 -m fastchat.serve.model_worker --model-path lmsys/vicuna-7b-v1.5 --model-name vicuna-7b', '```'].join('\n');
    expect(await ids(page)).toEqual(['lmsys/vicuna-7b-v1.5@2']);
  });
});
