// The scan's prefilter (src/scan/prefilter.ts) turns files away before any extractor runs. It
// must never turn away a file in which some extractor would find a reference or report a
// problem. Three checks: its words against each extractor's own first test as written in the
// source, every fixture with and without it, and generated text against the extractors.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { readTextFile, textEncoding } from '../../src/scan/read.js';
import type { Extractor } from '../../src/extract/extractor.js';
import { extractors } from '../../src/extract/index.js';
import { alternation, essentialWords, EXTRACTOR_WORDS, mayHoldReference, mayHoldReferenceInBytes } from '../../src/scan/prefilter.js';
import { extractFile } from '../../src/scan/extract-file.js';
import type { FileExtraction } from '../../src/scan/screen.js';

/** What a file yields, without how long it took (the prefilter must only change the latter). */
const outcome = ({ timing: _timing, ...rest }: FileExtraction) => rest;
import { selectExtractors, wantsPath } from '../../src/scan/select.js';
import { packageSpellings } from '../../src/registry/providers.js';
import { nameWords as nameWordsList } from '../../src/extract/shared/model-name.js';

const SRC = join(import.meta.dirname, '../../src/extract');
const FIXTURES = join(import.meta.dirname, '../../fixtures');

/**
 * Each gated extractor's first test, as written in src/extract/<name>.ts: it returns nothing when
 * this regex does not match (for compose-k8s, one of the tests it must pass; for config-file,
 * every test of its `!A && !B && !C` gate). If an extractor's test changes, this fails: update
 * EXTRACTOR_WORDS (so every alternative still contains a word) and the regex here.
 */
const GATES: Record<string, RegExp[]> = {
  python: [
    /from_pretrained|SentenceTransformer|CrossEncoder|_download|InferenceClient|InferenceAPI|LLM\(|vllm|Embedding|Ollama|ollama|OpenAI|Reranker|FlagModel|model|checkpoint|repo_id|add_argument|HuggingFace|spacy|lmdeploy|launch|start_server|adapter_id|_name_or_path|STT\(|TTS\(|VAD\(|InferenceSession|safe_open|load_file|FaceAnalysis|TrainableModule|lazyllm|bleurt|replicate/i,
  ],
  javascript: [
    /pipeline|from_pretrained|name_or_path|model\w*\s*:|(?:model|Model)\w*(?::[^=\n]{0,200})?\s*=\s*[[{]|loadModel\(|name\s*:\s*['"`]\w*(?:model|Model)|Ollama|ollama|OpenAI|HuggingFace|Anthropic|MLCEngine|\.reload\(|@ai-sdk\//,
  ],
  'config-file': [
    /(^|[\s{,"'.-])[\w-]*(model|repo_id|llm|checkpoint|tokenizer)[\w-]*["']?\s*[:=]/im,
    /(?:^|[\s{,"'])hf_\w+["']?[ \t]*:[ \t]*["']?[\w.-]+\/[\w.-]/m,
    /(^|[\s{,"'[.-])(models?|llms?|embeddings?|embedder|reranker|tokenizer|teacher|student|judge|[\w-]*_model)["']?\s*(\]|:)/im,
    /ollama|vllm|download|-hf|--[\w-]*model|serve\b|llamafile|\.gguf/,
    /safetensors|\.pt|\.onnx|\.gguf|\.ggml|\.ckpt|llamafile/i,
    /^[ \t]*catalog:[ \t]*$/m,
  ],
  'compose-k8s': [/model|llm|embedd|rerank|checkpoint|repo_id|tokenizer|pretrain|\bserve\b|download|ollama|\s-hf\s/i],
  'hub-url': [
    /huggingface\.co\/|huggingface\.co:|hf\.co\/|hf\.co:|hf-mirror\.com\/|hf:\/\/|huggingface:\/\/|modelscope\.(cn|ai)\/|openxlab\.org\.cn\/|modelscope:\/\/|ollama:\/\/|\/models\/[\w.-]+:[a-z]|openaipublic\.azureedge\.net\/main\/whisper\/|checkpoints\//i,
  ],
  'model-card': [/\bbase_model\s*:/],
  'data-table': [/model|checkpoint|repo/i],
  csharp: [/model|gguf|llamafile|huggingface/i],
  rust: [/model|lora|adapter|checkpoint|gguf|weights|ggml|uqff|llamafile|hf_hub/i],
  swift: [/model|registry/i],
  dart: [/model/i],
  go: [/model/i],
  php: [/model|provider|ollama/i],
  elixir: [/model|:hf|:local/i],
  r: [/model/i],
  terraform: [/model/i],
  julia: [/model|dict/i],
  cpp: [/model|weights/i],
};

/** Modules besides the extractor's own file that hold its gates. */
// hub-url's gate is answered by holdsHubLocation from its regex's rare characters (the answers held equal to the
// regex's in tests/extract/gate-scans.test.ts), and the regex is written beside it.
const GATE_MODULES: Record<string, string[]> = { 'config-file': ['shared/key-gate.ts'], 'hub-url': ['shared/gate-scans.ts'] };

/** Gates written without a regex: the source line as it must read, and the literal words it requires (any one). */
const LITERAL_GATES: Record<string, { line: string; words: string[] }> = {
  // Its cheap test is made from its own word list (a script's comments blanked first): the gate holds those words.
  shell: { line: 'const MAY_NAME_A_MODEL = anyWord(WORDS);', words: [...(EXTRACTOR_WORDS.shell ?? ['(shell has no words)'])] },
  markdown: {
    // The condition as written (the formatter puts its `return` on the next line).
    line: '!INLINE_WORDS.some((w) => text.includes(w))',
    words: [
      '```',
      '~~~',
      '.. code',
      '.. sourcecode',
      '[source',
      'vllm',
      'ollama',
      'llama-cli',
      'download',
      '-model',
      '_model',
      'pretrain',
      '-hf',
      'tokenizer',
      'repo-id',
    ],
  },
};

/**
 * The literal runs each alternative of a (simple) regex source must contain, groups expanded:
 * `modelscope\.(cn|ai)\/models\/` -> [["modelscope.cn/models/"], ["modelscope.ai/models/"]].
 * Anything that is not a literal character (classes, anchors, \b \s \w, quantified atoms) ends a run.
 */
function literalRuns(source: string): string[][] {
  let at = 0;
  const alternation = (): string[][] => {
    const alternatives: string[][] = [];
    let current: string[][] = [['']];
    const append = (text: string) => current.forEach((runs) => (runs[runs.length - 1] += text));
    const breakRun = () => current.forEach((runs) => runs.push(''));
    while (at < source.length && source[at] !== ')') {
      const c = source[at]!;
      if (c === '|') {
        alternatives.push(...current);
        current = [['']];
        at++;
      } else if (c === '(') {
        at += source.startsWith('(?:', at) ? 3 : 1;
        const inner = alternation();
        at++; // ')'
        const optional = /^[?*]/.test(source.slice(at));
        if (optional || /^[+{]/.test(source.slice(at))) {
          breakRun();
          if (optional) {
            at++;
            continue;
          }
        }
        current = current.flatMap((runs) => inner.map((alt) => [...runs.slice(0, -1), runs[runs.length - 1]! + alt[0]!, ...alt.slice(1)]));
      } else if (c === '[') {
        at = source.indexOf(']', at + 2) + 1; // a class is never a literal ("[]..." does not occur in the gates)
        breakRun();
      } else if (c === '\\') {
        const next = source[at + 1]!;
        at += 2;
        if (/[bBsSwWdD]/.test(next)) breakRun();
        else append(next);
      } else if (c === '^' || c === '$' || c === '.') {
        at++;
        breakRun();
      } else if (c === '*' || c === '?' || c === '+' || c === '{') {
        // The atom before may be absent (or repeated): it is not a literal of the run.
        current.forEach((runs) => (runs[runs.length - 1] = runs[runs.length - 1]!.slice(0, -1)));
        breakRun();
        at = c === '{' ? source.indexOf('}', at) + 1 : at + 1;
      } else {
        append(c);
        at++;
      }
    }
    alternatives.push(...current);
    return alternatives;
  };
  return alternation();
}

describe('prefilter words', () => {
  it('reads regexes as the literal runs they require', () => {
    const runs = (source: string) => literalRuns(source).map((alternative) => alternative.filter(Boolean));
    expect(runs(String.raw`modelscope\.(cn|ai)\/models\/`)).toEqual([['modelscope.cn/models/'], ['modelscope.ai/models/']]);
    expect(runs(String.raw`model\w*\s*:|LLM\(`)).toEqual([['model', ':'], ['LLM(']]);
    expect(runs(String.raw`(^|[\s{,"'-])[\w-]*(model|llm)x?`)).toEqual([['model'], ['llm'], ['model'], ['llm']]);
    expect(runs(String.raw`\bserve\b|\s-hf\s|ab+c`)).toEqual([['serve'], ['-hf'], ['a', 'c']]);
  });

  for (const [name, gates] of Object.entries(GATES)) {
    it(`${name}: the extractor's own test is as listed, and every alternative of it holds a word`, () => {
      // config-file's key gate sits in a shared module of its own.
      const source = [`${name}.ts`, ...(GATE_MODULES[name] ?? [])].map((file) => readFileSync(join(SRC, file), 'utf8')).join('\n');
      const words = EXTRACTOR_WORDS[name]!;
      expect(words, `${name} has words in prefilter.ts`).toBeDefined();
      for (const gate of gates) {
        expect(source, `${name}.ts no longer tests ${gate}: update EXTRACTOR_WORDS in src/scan/prefilter.ts and GATES here`).toContain(
          `/${gate.source}/${gate.flags.replace(/[gdy]/g, '')}`,
        );
        for (const runs of literalRuns(gate.source)) {
          const covered = runs.some((run) => words.some((word) => run.toLowerCase().includes(word)));
          expect(covered, `${name}: an alternative of ${gate} (${JSON.stringify(runs)}) contains none of ${JSON.stringify(words)}`).toBe(true);
        }
      }
    });
  }

  for (const [name, gate] of Object.entries(LITERAL_GATES)) {
    it(`${name}: the extractor's own test is as listed, and each word it requires is listed`, () => {
      // config-file's key gate sits in a shared module of its own.
      const source = [`${name}.ts`, ...(GATE_MODULES[name] ?? [])].map((file) => readFileSync(join(SRC, file), 'utf8')).join('\n');
      expect(source, `${name}.ts no longer tests ${gate.line}: update EXTRACTOR_WORDS in src/scan/prefilter.ts and LITERAL_GATES here`).toContain(gate.line);
      for (const word of gate.words) expect(EXTRACTOR_WORDS[name]!.some((listed) => word.toLowerCase().includes(listed))).toBe(true);
    });
  }

  it("manifest: the extractor's own test is the registry's package spellings, and the prefilter tests those", () => {
    const source = readFileSync(join(SRC, 'manifest.ts'), 'utf8');
    expect(source).toContain('if (!mentionsAPackage(text)) return { references: [], diagnostics: [] };');
    expect(source).toContain('mentionPattern ??= anyWord(manifestWords());');
    expect(source).toContain('words: () => manifestWords(),');
    const [manifest] = extractors.filter((e) => e.name === 'manifest');
    expect(packageSpellings()).toContain('volcengine_python_sdk');
    // A spaCy pipeline installed as a package (`en-core-web-sm @ https://...whl`) passes too.
    for (const word of [...packageSpellings(), 'en-core-web-sm', 'zh_core_web_trf']) {
      expect(mayHoldReference(`deps = ["${word.toUpperCase()}>=1"]`, [manifest!]), word).toBe(true);
      expect(mayHoldReferenceInBytes(Buffer.from(`  ${word}==1.0\n`), [manifest!]), word).toBe(true);
    }
    expect(mayHoldReference('torch==2.4.0\ntransformers==4.44.0\n', [manifest!])).toBe(false);
  });

  it("model-names: the extractor's own test is its name words (provider naming words, publishers' `org/`), and the prefilter tests those", () => {
    // Its gate is a hit of nameWords() (known names' words, publishers' `org/`, key words) among its word lines, or a
    // `<provider>:` prefix with a name after it (session 29), which its prefilter words hold too; a LiteLLM `prefix/`,
    // `llm_id`/`llm_name` and a `<model>@<provider>`'s `@<provider>` only mark lines, never admit a text, and an `org/`
    // after a host is dropped (stricter, never wider).
    const source = readFileSync(join(SRC, 'model-names.ts'), 'utf8');
    // (A library's short names in its slots, read before the name words are, need only the library's package word:
    // `kaito.sh` admits a KAITO manifest whose `preset: name: phi-4` holds no name word.)
    expect(source).toContain('const wordLines = nameLines(text);\n  if (!wordLines) return slotted.map((s) => s.ref);');
    expect(source).toContain('words: () => [...nameWords(), ...colonPrefixWords(), ...librarySlots().map((l) => l.package)],');
    const shared = readFileSync(join(SRC, 'shared/model-name.ts'), 'utf8');
    expect(shared).toContain('words ??= [...new Set([...knownNameWords(), ...KEY_WORDS])];');
    expect(shared).toContain(
      'const groups = [knownNameWords().filter((w) => !orgWordSet!.has(w)), orgs, KEY_WORDS, litellm, [...LINE_WORDS, ...modelAtProviderWords()]];',
    );
    // (The library packages' group, added after these for libraryPackageMaybeIn, is masked off before the gate.)
    expect(shared).toContain('nameFinder = compileWordFinder([...groups, trackedPackages]);');
    expect(shared).toContain('const g = hits.groups[i]! & NAME_GROUPS;\n    if (g === 0) continue;');
    // (A prefix inside a colon-joined identifier, `account:azure:sub-1`, does not open it: stricter, never wider.)
    expect(shared).toContain(
      'gate ||=\n      (g & (KNOWN_WORD | ORG_WORD | KEY_WORD)) !== 0 ||\n      ((g & LITELLM_WORD) !== 0 && text.charCodeAt(hits.ends[i]! - 1) === 0x3a && text.charCodeAt(start - 1) !== 0x3a);',
    );
    expect(shared).toContain("const litellm = [...litellmPrefixes().map((p) => `${p}/`), ...colonPrefixWords(), 'huggingface_'];");
    const [modelNames] = extractors.filter((e) => e.name === 'model-names');
    for (const name of ['deepseek-chat', 'GLM-4.5', 'qwen-max', 'moonshot-v1-8k', 'claude-sonnet-4-6', 'o3-mini', 'Qwen/Qwen3-8B']) {
      expect(mayHoldReference(`MODEL = "${name}"`, [modelNames!]), name).toBe(true);
      expect(mayHoldReferenceInBytes(Buffer.from(`model: ${name}\n`), [modelNames!]), name).not.toBe(false);
    }
    expect(mayHoldReference('const answer = 42;\nprint("hello")\n', [modelNames!])).toBe(false);
    // Line-only words admit nothing by themselves.
    expect(mayHoldReference('llm_id = "x@Ollama"\n', [modelNames!])).toBe(false);
    // A `<provider>:` prefix does (pydantic/pydantic-ai docs/models/cerebras.md:30), as its gate opens on it.
    expect(mayHoldReference("agent = Agent('cerebras:llama-3.3-70b')\n", [modelNames!])).toBe(true);
  });

  it("jvm: every code context is named for a model and a properties table needs known names, both within model-names' words", () => {
    const source = readFileSync(join(SRC, 'jvm.ts'), 'utf8');
    expect(source).toContain('words: () => nameWords(),');
    expect(source).toContain(
      'if (!/model/i.test(text) && !(PROPERTIES.test(file.relPath) && mentionsNameWord(text))) return { references: [], diagnostics: [] };',
    );
    expect(nameWordsList()).toContain('model');
    const [jvmExtractor] = extractors.filter((e) => e.name === 'jvm');
    expect(mayHoldReference('.withModel("llama-3.1-8b-instant")', [jvmExtractor!])).toBe(true);
    expect(mayHoldReference('text-embedding-v1=1536', [jvmExtractor!])).toBe(true);
    expect(mayHoldReference('server.port=8080\n', [jvmExtractor!])).toBe(false);
  });

  it('ruby: every slot and collection is named for a model, a table needs known names or an Ollama client, all within its words', () => {
    const source = readFileSync(join(SRC, 'ruby.ts'), 'utf8');
    expect(source).toContain("words: () => ['model', 'ollama', ...nameWords()],");
    expect(source).toContain('if (!/model|ollama/i.test(text) && !mentionsNameWord(text)) return { references: [], diagnostics: [] };');
    const [rubyExtractor] = extractors.filter((e) => e.name === 'ruby');
    expect(mayHoldReference('config.default_model = "acme-chat-2"', [rubyExtractor!])).toBe(true);
    expect(mayHoldReference('require "ollama"\nSIZES = { llama2: 1, tinydolphin: 2 }', [rubyExtractor!])).toBe(true);
    expect(mayHoldReference('SIZES = { "text-embedding-3-large" => 3072 }', [rubyExtractor!])).toBe(true);
    expect(mayHoldReference('LIMITS = { low: 1_024, high: 4_096 }\n', [rubyExtractor!])).toBe(false);
  });

  it("command-line: the extractor's own test is its words (programs, launchers, `download`, `model`), and the prefilter tests those", () => {
    // Its gate is the first group of its word finder: WORDS (the other programs and flags only mark lines).
    const source = readFileSync(join(SRC, 'command-line.ts'), 'utf8');
    expect(source).toContain('finder ??= compileWordFinder([WORDS, COMMAND_WORDS]);');
    expect(source).toContain('if (!groups.some((g) => (g & 1) !== 0)) return starts;');
    expect(source).toContain('const starts = commandStarts(text);\n    if (!starts.length) return { references: [], diagnostics: [] };');
    const [commandLine] = extractors.filter((e) => e.name === 'command-line');
    for (const line of [
      'use `--chat-model Qwen2-1.5B-Instruct`',
      'command=vllm serve Qwen/Qwen2.5-7B',
      '`hf download Qwen/Qwen2.5-7B`',
      'swift sft --model_type qwen',
    ]) {
      expect(mayHoldReference(line, [commandLine!]), line).toBe(true);
      expect(mayHoldReferenceInBytes(Buffer.from(line), [commandLine!]), line).not.toBe(false);
    }
    expect(mayHoldReference('const answer = 42;\n', [commandLine!])).toBe(false);
  });

  it("display-text: the extractor's own test is the words of the names known by their shape, and the prefilter tests those", () => {
    const source = readFileSync(join(SRC, 'display-text.ts'), 'utf8');
    // Its words' lines come from model-names' pass (knownWordLines: the hits of knownNameWords(), undefined without one;
    // tests/extract/known-word-lines.test.ts holds them equal to a finder of knownNameWords() alone).
    expect(source).toContain('const words = knownWordLines(text);\n    if (!words) return { references: [], diagnostics: [] };');
    const [displayText] = extractors.filter((e) => e.name === 'display-text');
    for (const name of ['deepseek-v4-flash', 'MiniMax-M2.7', 'qwen3.6-plus', 'kimi-k2.6', 'claude-sonnet-4-6', 'meta-llama/Llama-3-8b-chat-hf']) {
      expect(mayHoldReference(`echo "1) Menu (${name}, etc.)"`, [displayText!]), name).toBe(true);
    }
    expect(mayHoldReference('echo "1) DeepSeek (access multiple models via one API)"\n', [displayText!])).toBe(false);
  });

  it('lists no extractor without a gate here, and lets unlisted extractors (dotenv, Dockerfile, ...) through', () => {
    expect(Object.keys(EXTRACTOR_WORDS).sort()).toEqual([...Object.keys(GATES), ...Object.keys(LITERAL_GATES), 'command-line'].sort());
    for (const extractor of extractors.filter(
      (e) =>
        !(e.name in EXTRACTOR_WORDS) &&
        e.name !== 'notebook' &&
        e.name !== 'manifest' &&
        e.name !== 'model-names' &&
        e.name !== 'jvm' &&
        e.name !== 'ruby' &&
        e.name !== 'display-text',
    )) {
      expect(mayHoldReference('nothing at all', [extractor]), extractor.name).toBe(true);
    }
  });

  it('writes the word list as a regex of the same language', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'A', '.', '(', '/', '_'), minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'B', '.', '(', '/', '_', 'x'), maxLength: 12 }),
        (words, text) => {
          const plain = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'i');
          expect(new RegExp(alternation(words), 'i').test(text)).toBe(plain.test(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps the words that hold no other word, as testing every pair does', () => {
    // The pairwise definition essentialWords answers without trying every pair.
    const pairwise = (words: string[]) => {
      const lower = [...new Set(words.map((w) => w.toLowerCase()))];
      return lower.filter((w) => !lower.some((other) => other !== w && w.includes(other))).sort();
    };
    const every = [...Object.values(EXTRACTOR_WORDS).flat(), ...nameWordsList()];
    expect(essentialWords(every)).toEqual(pairwise(every));
    expect(essentialWords(every).length).toBeGreaterThan(50);
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'B', '.', '_'), maxLength: 5 }), { maxLength: 12 }), (words) => {
        expect(essentialWords(words)).toEqual(pairwise(words));
      }),
      { numRuns: 3000 },
    );
  });

  it('lets a notebook through when JSON escapes could spell a word, or when it is not JSON', () => {
    const [notebook] = extractors.filter((e) => e.name === 'notebook');
    const nb = (source: string) => JSON.stringify({ cells: [{ cell_type: 'code', source: [source] }] });
    expect(mayHoldReference(nb('x = 1'), [notebook!])).toBe(false);
    expect(mayHoldReference(nb('x = 1').replace('x', '\\u0078'), [notebook!])).toBe(true);
    expect(mayHoldReference(nb('x = 1').replace('=', '\\/'), [notebook!])).toBe(true);
    expect(mayHoldReference('{"cells": [', [notebook!])).toBe(true);
  });
});

/** Every file under fixtures/, as the audit would see it from its folder. */
function fixtureFiles(): { relPath: string; absPath: string }[] {
  const out: { relPath: string; absPath: string }[] = [];
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      const info = statSync(abs);
      if (info.isDirectory()) walk(abs, rel ? `${rel}/${name}` : name);
      else if (info.isFile()) out.push({ relPath: rel ? `${rel}/${name}` : name, absPath: abs });
    }
  };
  for (const top of readdirSync(FIXTURES)) if (statSync(join(FIXTURES, top)).isDirectory()) walk(join(FIXTURES, top), '');
  return out;
}

describe('prefilter on every fixture', () => {
  it('changes nothing the extract stage returns', async () => {
    let turnedAway = 0;
    let checked = 0;
    for (const { relPath, absPath } of fixtureFiles()) {
      const kind = wantsPath(relPath);
      if (!kind) continue;
      const file = () => ({ relPath, absPath, size: statSync(absPath).size, kind });
      const without = outcome(await extractFile(file(), extractors, { prefilter: false }));
      const withIt = outcome(await extractFile(file(), extractors));
      expect(withIt, relPath).toEqual(without);
      if (kind === 'text' && !without.skipped) {
        checked++;
        const read = await readTextFile(file());
        if (!('text' in read)) continue;
        const text = read.text;
        const matching = extractors.filter((e) => e.matches(relPath) && !e.binary);
        const passes = mayHoldReference(text, matching);
        if (without.references.length > 0 || without.diagnostics.length > 0) expect(passes, `${relPath} holds references`).toBe(true);
        if (textEncoding(readFileSync(absPath)) === 'utf8')
          expect(mayHoldReferenceInBytes(readFileSync(absPath), matching), `${relPath} on its bytes`).toBe(passes);
        if (!passes) turnedAway++;
      }
    }
    expect(checked).toBeGreaterThan(200);
    // Decoys and unrelated files exist among the fixtures: the prefilter does turn some away.
    expect(turnedAway).toBeGreaterThan(0);
  });
});

describe('extractors selected once by the walk', () => {
  it('read each fixture as wantsPath would, and extract exactly what testing every path pattern again extracts', async () => {
    let selected = 0;
    for (const { relPath, absPath } of fixtureFiles()) {
      const selection = selectExtractors(relPath);
      expect(selection ? selection.kind : false, relPath).toBe(wantsPath(relPath));
      if (!selection) continue;
      selected++;
      const file = { relPath, absPath, size: statSync(absPath).size, kind: selection.kind };
      expect(outcome(await extractFile({ ...file, extractors: selection.extractors })), relPath).toEqual(outcome(await extractFile(file)));
    }
    expect(selected).toBeGreaterThan(200);
  });
});

/** Paths that bring in each gated extractor (and the notebook, which runs three of them). */
const PATHS = [
  'app/main.py',
  'web/app.ts',
  'nb.ipynb',
  'requirements.txt',
  'pyproject.toml',
  'web/package.json',
  'config/app.yaml',
  'config/app.json',
  'docker-compose.yml',
  'k8s/deploy.yaml',
  'serve.sh',
  'Makefile',
  'README.md',
  'docs/guide.md',
  'docs/notes.txt',
  '.github/workflows/ci.yml',
];

const WORDISH = fc.oneof(
  fc.constantFrom(
    'from_pretrained(',
    'SentenceTransformer(',
    'pipeline(',
    'model',
    'Model',
    'MODEL',
    'model_name',
    'repo_id',
    'LLM(',
    'llm',
    'tokenizer',
    'checkpoint',
    'ollama',
    'Ollama',
    'ollama pull ',
    'vllm serve ',
    'serve',
    'download',
    'huggingface-cli download ',
    ' -hf ',
    '--model ',
    'OpenAI(',
    'base_url=',
    'hf.co/',
    'https://huggingface.co/',
    'hf://',
    'modelscope.cn/models/',
    'base_model: ',
    'MODEL_ID = ',
    'export MODEL=',
    'image: ',
    'command: ',
    'services:\n',
    'environment:\n',
    'Qwen/Qwen2.5-7B-Instruct',
    'qwen2.5:7b',
    'BAAI/bge-m3',
    '"',
    "'",
    '(',
    ')',
    ':',
    '=',
    '{',
    '}',
    '[',
    ']',
    '\n',
    '  ',
    ' ',
    ',',
    '#',
    '---\n',
    '- ',
    '{{ ',
    ' }}',
    '$',
    'mod',
    'el',
    'hf',
    '.co/',
    'Embed',
    'ding',
    'rank',
    'dashscope',
    'zhipuai>=2.0',
    'volcengine_python_sdk',
    '"@volcengine/ark-runtime": "^1.0"',
    'FlagEmbedding',
    '[project]\ndependencies = ["',
    '"dependencies": {"',
    '```python\n',
    '```bash\n',
    '```yaml\n',
    '```\n',
    '~~~\n',
    '```dotenv\n',
    'FROM qwen2.5:7b\n',
  ),
  fc.string({ maxLength: 8 }),
);
const KEYS = fc.constantFrom(
  'model',
  'Model',
  'MODEL',
  'model_name',
  'MODEL_ID',
  'embed_model',
  'repo_id',
  'llm',
  'LLM_MODEL',
  'checkpoint',
  'tokenizer',
  'base_model',
  'OLLAMA_MODEL',
  'name',
  'image',
  'x',
);
const SEPARATORS = fc.constantFrom(' = ', ': ', '=', ' ', '(', '("', "('", '": "', ' := ', '?=');
const VALUES = fc.constantFrom(
  'Qwen/Qwen2.5-7B-Instruct',
  'BAAI/bge-m3',
  'qwen2.5:7b',
  'llama3',
  'https://huggingface.co/Qwen/Qwen2.5-7B',
  'hf.co/bartowski/Qwen2.5-7B-GGUF',
  'gpt-4o',
  'deepseek-chat',
  'ollama/qwen2.5',
  './models/local',
  'x',
);
const CALLS = fc.constantFrom(
  'AutoModel.from_pretrained(',
  'SentenceTransformer(',
  'CrossEncoder(',
  'pipeline("text-generation", model=',
  "await pipeline('feature-extraction', ",
  'ollama.chat(model=',
  'OpenAI(base_url="https://api.deepseek.com").chat.completions.create(model=',
  'hf_hub_download(repo_id=',
  'snapshot_download(',
  'vllm serve ',
  'ollama pull ',
  'ollama run ',
  'huggingface-cli download ',
  'llama-server -hf ',
  'python serve.py --model ',
  'LLM(model=',
  'ChatOllama(model=',
  'new Ollama().chat({ model: ',
  '',
);
/** One line that often names a model (in the many ways the extractors read), or noise. */
const lineish = fc.oneof(
  fc
    .tuple(fc.constantFrom('', '  ', 'export ', '- ', '# '), KEYS, SEPARATORS, fc.constantFrom('', '"', "'"), VALUES)
    .map(([p, k, s, q, v]) => `${p}${k}${s}${q}${v}${q}`),
  fc.tuple(CALLS, fc.constantFrom('', '"', "'"), VALUES, fc.constantFrom('', ')', '")', "')")).map(([c, q, v, e]) => `${c}${q}${v}${e}`),
  fc.array(WORDISH, { maxLength: 8 }).map((parts) => parts.join('')),
);
const textish = fc.array(lineish, { maxLength: 12 }).map((lines) => lines.join('\n'));
/** A notebook around generated cells, ASCII-escaped some of the time (as some tools write them). */
const notebookish = fc.tuple(fc.array(fc.tuple(fc.constantFrom('code', 'markdown', 'raw'), textish), { maxLength: 3 }), fc.boolean()).map(([cells, escape]) => {
  const json = JSON.stringify({ cells: cells.map(([type, text]) => ({ cell_type: type, source: text.split(/(?<=\n)/) })) });
  return escape ? json.replace(/[a-z/]/g, (c, i: number) => (i % 3 === 0 ? (c === '/' ? '\\/' : `\\u00${c.charCodeAt(0).toString(16)}`) : c)) : json;
});

async function findsSomething(relPath: string, text: string, matching: Extractor[]): Promise<boolean> {
  for (const extractor of matching) {
    const result = await extractor.extract(makeSourceFile(relPath, text));
    if (result.references.length > 0 || result.diagnostics.length > 0) return true;
  }
  return false;
}

describe('prefilter on generated text', () => {
  it('passes every text in which an extractor accepting the path finds something', async () => {
    let found = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS), textish, notebookish, async (relPath, text, notebook) => {
        const body = relPath.endsWith('.ipynb') ? notebook : text;
        const matching = extractors.filter((e) => e.matches(relPath) && !e.binary);
        if (!(await findsSomething(relPath, body, matching))) return;
        found++;
        expect(mayHoldReference(body, matching)).toBe(true);
      }),
      { numRuns: 1500 },
    );
    // Not vacuous: a good share of the generated texts hold something.
    expect(found).toBeGreaterThan(300);
  }, 60_000);
});

describe('prefilter on bytes', () => {
  it('answers on UTF-8 bytes (BOM or not) what it answers on the decoded text', () => {
    const seen = { passed: 0, turnedAway: 0 };
    fc.assert(
      fc.property(
        fc.constantFrom(...PATHS),
        textish,
        notebookish,
        fc.constantFrom('', '\ufeff'),
        fc.constantFrom('', 'é', '中文', '\u{1F600}'),
        (relPath, text, notebook, bom, extra) => {
          const body = `${relPath.endsWith('.ipynb') ? notebook : text}${extra}`;
          const matching = extractors.filter((e) => e.matches(relPath) && !e.binary);
          const expected = mayHoldReference(body, matching);
          expect(mayHoldReferenceInBytes(Buffer.from(bom + body, 'utf8'), matching), JSON.stringify({ relPath, body })).toBe(expected);
          seen[expected ? 'passed' : 'turnedAway']++;
        },
      ),
      { numRuns: 1500 },
    );
    // Not vacuous: both answers are exercised. About one text in seven is turned away since the
    // shell gate's ' -m ' / ' -- ' words (210-240 of 1,500 over runs), so the floor sits well below.
    expect(seen.passed).toBeGreaterThan(200);
    expect(seen.turnedAway).toBeGreaterThan(100);
  });
});

describe('extractors that match by file name', () => {
  const FOLDERS = [
    '',
    'src/',
    'a/b/c/',
    '.github/workflows/',
    '.gitlab/ci/',
    '.circleci/',
    'node_modules/x/',
    'requirements/',
    '.vscode/',
    '.devcontainer/',
    'k8s/',
    'helm/templates/',
    'docs/',
    'tests/',
    'models/qwen/',
    'tsconfig/',
    'app/locales/',
    'src/i18n/',
  ];
  it('give the same answer for a name in any folder (so the walk may ask once per name)', () => {
    const names = new Set(fixtureFiles().map((f) => f.relPath.split('/').pop()!));
    for (const name of ['config.yml', 'Dockerfile', 'requirements.txt', '.env', 'app.py', 'index.d.ts', 'vendor.js', 'Modelfile', 'notes.md']) names.add(name);
    for (const extractor of extractors.filter((e) => e.matchesName)) {
      for (const name of names)
        for (const folder of FOLDERS) expect(extractor.matches(folder + name), `${extractor.name}: ${folder}${name}`).toBe(extractor.matches(name));
    }
  });
});
