import type { Extractor } from './extractor.js';

/** Every extractor, in one visible list (no side-effect registration). */
export const extractors: readonly Extractor[] = [];
