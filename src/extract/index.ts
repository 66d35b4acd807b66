import commandLine from './command-line.js';
import composeK8s from './compose-k8s.js';
import csharp from './csharp.js';
import dart from './dart.js';
import dataTable from './data-table.js';
import displayText from './display-text.js';
import configFile from './config-file.js';
import cpp from './cpp.js';
import dockerfile from './dockerfile.js';
import dotenv from './dotenv.js';
import elixir from './elixir.js';
import type { Extractor } from './extractor.js';
import gguf from './gguf.js';
import go from './go.js';
import hubUrl from './hub-url.js';
import javascript from './javascript.js';
import julia from './julia.js';
import jvm from './jvm.js';
import localModel from './local-model.js';
import manifest from './manifest.js';
import markdown from './markdown.js';
import modelNames from './model-names.js';
import modelCard from './model-card.js';
import notebook from './notebook.js';
import ollamaModelfile from './ollama-modelfile.js';
import php from './php.js';
import python from './python.js';
import r from './r.js';
import ruby from './ruby.js';
import rust from './rust.js';
import shell from './shell.js';
import swift from './swift.js';
import terraform from './terraform.js';

/** Every extractor, in one visible list (no side-effect registration). */
export const extractors: readonly Extractor[] = [
  python,
  javascript,
  notebook,
  configFile,
  dotenv,
  dockerfile,
  composeK8s,
  shell,
  ollamaModelfile,
  modelCard,
  markdown,
  localModel,
  gguf,
  manifest,
  hubUrl,
  commandLine,
  dataTable,
  modelNames,
  displayText,
  jvm,
  ruby,
  csharp,
  rust,
  swift,
  dart,
  go,
  php,
  elixir,
  r,
  terraform,
  julia,
  cpp,
];

const byName = new Map<string, Extractor>();

/**
 * An extractor of the catalogue by name: how one extractor hands text to another (markdown's code
 * blocks, a notebook's cells) without importing it. Looked up at call time, after this module has loaded.
 */
export function extractorNamed(name: string): Extractor {
  if (byName.size === 0) for (const extractor of extractors) byName.set(extractor.name, extractor);
  const found = byName.get(name);
  if (!found) throw new Error(`no extractor named ${name}`);
  return found;
}
