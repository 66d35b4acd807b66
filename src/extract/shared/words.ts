// Literal words as regular expressions (the prefilter, its fallback and the manifest gate test
// the same words the same way: any of them, ASCII case ignored).

export const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Matches any of the words, ASCII case ignored. */
export const anyWord = (words: readonly string[]) => new RegExp(words.map(escapeRegExp).join('|'), 'i');
