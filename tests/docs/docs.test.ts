// The documentation keeps up with the code: every diagnostic code a report can carry, every
// extractor and every audit flag is documented, and every relative link leads somewhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractors } from '../../src/extract/index.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');
const DOCS = [
  'README.md',
  'CHANGELOG.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(REPO_ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
const anchorsOf = (markdown: string) =>
  new Set(
    [...markdown.matchAll(/^#+\s+(.*)$/gm)].map((m) =>
      m[1]!
        .trim()
        .toLowerCase()
        .replace(/[^\w\- ]/g, '')
        .replace(/ /g, '-'),
    ),
  );
const withoutCode = (markdown: string) => markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, '');

describe('docs', () => {
  it('list every diagnostic code of the report, each with what it means and what to do', () => {
    const codes = [...read('src/model/diagnostic.ts').matchAll(/^\s*\| '([a-z-]+)'/gm)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThan(10);
    const rows = new Map([...read('docs/report-formats.md').matchAll(/^\| `([a-z-]+)` \| (.+) \| (.+) \|$/gm)].map((m) => [m[1]!, [m[2]!, m[3]!]]));
    const missing = codes.filter((code) => !rows.has(code));
    expect(missing, 'codes without a row in docs/report-formats.md').toEqual([]);
  });

  it('give every extractor its section', () => {
    const sections = new Set([...read('docs/extractors.md').matchAll(/^## (\S+)$/gm)].map((m) => m[1]));
    expect(extractors.map((e) => e.name).filter((name) => !sections.has(name))).toEqual([]);
  });

  it('document every audit flag the CLI accepts', async () => {
    const help = await runCli(['audit', '--help']);
    const flags = [...new Set([...help.stdout.matchAll(/(?<![\w-])(--[a-z][a-z-]+)/g)].map((m) => m[1]!))].filter((f) => f !== '--help');
    expect(flags.length).toBeGreaterThan(15);
    const reference = read('docs/cli.md');
    expect(flags.filter((flag) => !reference.includes(`\`${flag}`) && !reference.includes(` ${flag}\``))).toEqual([]);
  });

  it('link only to files and headings that exist', () => {
    const broken: string[] = [];
    for (const doc of DOCS) {
      for (const [, link] of withoutCode(read(doc)).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(link!)) continue;
        const [target, anchor] = link!.split('#');
        const path = target ? join(dirname(doc), target) : doc;
        if (!existsSync(join(REPO_ROOT, path))) broken.push(`${doc}: ${link}`);
        else if (anchor && path.endsWith('.md') && !anchorsOf(read(path)).has(anchor)) broken.push(`${doc}: ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
