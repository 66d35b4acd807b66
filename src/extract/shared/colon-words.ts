// config-file's cheap tests before its gate ask a text for `run:`, `setup:`, `cmds:`, `catalog:` and `://` (session 18,
// speedM: on 1,375 idle files, ~0.3 s a pass for the `includes`). A multi-character `includes` scans from its first
// character, a common one; every one of these words holds a `:`, which most texts hold far fewer of. One scan from each
// `:` answers all five: the same answers as the `includes`.

export const RUN = 1;
export const SETUP = 2;
export const CMDS = 4;
export const CATALOG = 8;
/** `://`: a URL's scheme. */
export const SCHEME = 16;
const ALL = RUN | SETUP | CMDS | CATALOG | SCHEME;

/** Whether `text` holds `word` ending right before `end` (char codes compared: no string cut). */
function endsAt(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0) return false;
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Which of `run:`, `setup:`, `cmds:`, `catalog:` and `://` the text holds, as a mask of the flags above:
 * `(colonWords(text) & RUN) !== 0` is `text.includes('run:')`, and so on.
 */
export function colonWords(text: string): number {
  let found = 0;
  for (let i = text.indexOf(':'); i >= 0 && found !== ALL; i = text.indexOf(':', i + 1)) {
    // The word before the colon, by its last character: one comparison for most colons.
    switch (text.charCodeAt(i - 1)) {
      case 110 /* n */:
        if (endsAt(text, i, 'run')) found |= RUN;
        break;
      case 112 /* p */:
        if (endsAt(text, i, 'setup')) found |= SETUP;
        break;
      case 115 /* s */:
        if (endsAt(text, i, 'cmds')) found |= CMDS;
        break;
      case 103 /* g */:
        if (endsAt(text, i, 'catalog')) found |= CATALOG;
        break;
    }
    if (text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) found |= SCHEME;
  }
  return found;
}
