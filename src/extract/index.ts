import type { Extractor } from './extractor.js';
import python from './python.js';

/** Every extractor, in one visible list (no side-effect registration). */
export const extractors: readonly Extractor[] = [python];
