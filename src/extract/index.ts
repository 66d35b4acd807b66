import composeK8s from './compose-k8s.js';
import configFile from './config-file.js';
import dotenv from './dotenv.js';
import type { Extractor } from './extractor.js';
import javascript from './javascript.js';
import ollamaModelfile from './ollama-modelfile.js';
import python from './python.js';

/** Every extractor, in one visible list (no side-effect registration). */
export const extractors: readonly Extractor[] = [python, javascript, configFile, dotenv, composeK8s, ollamaModelfile];
