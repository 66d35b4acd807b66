import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import ignore from 'ignore';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { walkProjectSync, type WalkedFile } from '../../src/discover/walk.js';
import { readTextFile } from '../../src/scan/read.js';
import type { SkippedFile } from '../../src/model/diagnostic.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'modelprov-walk-'));
});
afterEach(() => {
  chmodSync(root, 0o755);
  rmSync(root, { recursive: true, force: true });
});

function write(rel: string, content: string | Buffer) {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), content);
}

async function walk(options: { exclude?: string[]; maxFileBytes?: number } = {}) {
  const files: WalkedFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of walkProjectSync(
    root,
    { maxFileBytes: options.maxFileBytes ?? 1_000_000, exclude: options.exclude ?? [], wants: (p) => (p.endsWith('.gguf') ? 'binary' : 'text') },
    { skipped: (s) => skipped.push(s), diagnostic: () => undefined },
  ))
    files.push(file);
  return { paths: files.map((f) => f.relPath), skipped };
}

describe('walkProjectSync', () => {
  it('skips dependency, VCS and virtualenv folders and honours nested .gitignore files', async () => {
    write('app/main.py', 'x');
    write('node_modules/pkg/index.js', 'x');
    write('.venv/lib/site.py', 'x');
    write('.git/config', 'x');
    write('app/.gitignore', 'generated/\n*.tmp.py\n');
    write('app/generated/out.py', 'x');
    write('app/scratch.tmp.py', 'x');
    const { paths } = await walk();
    expect(paths).toEqual(['app/.gitignore', 'app/main.py']);
  });

  it('applies --exclude patterns', async () => {
    write('src/a.py', 'x');
    write('vendor/b.py', 'x');
    expect((await walk({ exclude: ['vendor/'] })).paths).toEqual(['src/a.py']);
  });

  it('lists a file over the size limit as skipped, with its size, but still hands binary model files over', async () => {
    write('big.json', 'x'.repeat(2000));
    write('model.gguf', Buffer.alloc(4000));
    const { paths, skipped } = await walk({ maxFileBytes: 1000 });
    expect(paths).toEqual(['model.gguf']);
    expect(skipped).toEqual([{ path: 'big.json', reason: 'file-too-large', detail: '2000 bytes > limit 1000' }]);
  });

  it('never follows a link out of the root and stops at link loops', async () => {
    write('a/file.py', 'x');
    const outside = mkdtempSync(join(tmpdir(), 'modelprov-outside-'));
    writeFileSync(join(outside, 'secret.py'), 'x');
    symlinkSync(outside, join(root, 'escape'));
    symlinkSync(join(root, 'a'), join(root, 'a', 'loop'));
    symlinkSync(join(root, 'self-link'), join(root, 'self-link'));
    const { paths, skipped } = await walk();
    rmSync(outside, { recursive: true, force: true });
    expect(paths).toEqual(['a/file.py']);
    expect(skipped.map((s) => [s.path, s.reason]).sort()).toEqual([
      ['a/loop', 'symlink-loop'],
      ['escape', 'symlink-outside-root'],
      ['self-link', 'symlink-loop'],
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable folder and goes on', async () => {
    write('locked/a.py', 'x');
    write('open/b.py', 'x');
    chmodSync(join(root, 'locked'), 0o000);
    const { paths, skipped } = await walk();
    chmodSync(join(root, 'locked'), 0o755);
    expect(paths).toEqual(['open/b.py']);
    expect(skipped[0]).toMatchObject({ path: 'locked', reason: 'unreadable' });
  });
});

describe('walkProjectSync ignore rules', () => {
  // The walk puts a cheap name test in front of `ignore` (see nameHints in walk.ts): whatever the
  // patterns, it must list exactly what asking `ignore` about every path (parents included) lists.
  const NAMES = ['build', 'Build', 'a.log', 'A.LOG', 'x.py', 'dist2', 'σ.py', 'ς.py', 'ß.py', 'ss.py', 'keep.py', 'tmp.py', 'foo bar.py'];
  const PATTERNS = fc.constantFrom(
    'build/',
    '*.log',
    '*.LOG',
    'logs',
    '/logs',
    'a/**',
    '**/x.py',
    'x.*',
    '?.py',
    '!keep.py',
    '*',
    'foo*',
    '\\#x',
    '[ab].log',
    'ς.py',
    'SS.PY',
    'tmp.py  ',
    'sub/x.py',
    '/sub/',
    '# comment',
    '',
    'dist?',
    'b*ld',
    'FOO BAR.py',
    'sub/*',
    '**/logs/**',
    '*.py[cod]',
    'sub/*.py',
    '[!x].py',
    'logs/*',
    '\ufeffdist2',
  );
  it('lists what `ignore` itself would, for any patterns', async () => {
    await fc.assert(
      // A long file (a generated list of paths, some naming real files) is read rule subset by rule subset (rule-index.ts).
      fc.asyncProperty(fc.array(PATTERNS, { maxLength: 5 }), fc.array(PATTERNS, { maxLength: 3 }), fc.boolean(), async (given, subPatterns, long) => {
        rmSync(root, { recursive: true, force: true });
        mkdirSync(root);
        for (const dir of ['', 'sub/', 'sub/logs/', 'a/', 'sub/Dist3/']) for (const name of NAMES) write(`${dir}${name}`, 'x');
        const listed = Array.from({ length: 300 }, (_, i) => (i % 100 === 7 ? `SUB/${NAMES[i % NAMES.length]}` : `gen/out${i}/weights.bin`));
        const rootPatterns = long ? [...listed.slice(0, 150), ...given, ...listed.slice(150)] : given;
        write('.gitignore', rootPatterns.join('\n'));
        write('sub/.gitignore', subPatterns.join('\n'));
        const expected: string[] = [];
        const top = ignore().add(rootPatterns.join('\n'));
        const sub = ignore().add(subPatterns.join('\n'));
        const list = (dir: string) => {
          for (const name of readdirSync(join(root, dir)).sort()) {
            const rel = dir ? `${dir}/${name}` : name;
            const isDir = statSync(join(root, rel)).isDirectory();
            const asked = isDir ? `${rel}/` : rel;
            if (top.ignores(asked) || (rel.startsWith('sub/') && sub.ignores(asked.slice(4)))) continue;
            if (isDir) list(rel);
            else expected.push(rel);
          }
        };
        list('');
        expect((await walk()).paths).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  }, 90_000);
});

describe('readTextFile', () => {
  const read = (name: string, bytes: Buffer) => {
    write(name, bytes);
    return readTextFile({ relPath: name, absPath: join(root, name), size: bytes.length, kind: 'text' });
  };

  it('decodes UTF-16 files by their byte-order mark', async () => {
    const text = 'MODEL=Qwen/Qwen2.5-7B\n';
    expect(await read('le.env', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({ text });
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(await read('be.env', Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text });
  });

  it('decodes UTF-8 as UTF-8 whether or not it is ASCII (an ASCII file is copied, not decoded), without its byte-order mark', async () => {
    const ascii = 'model = "Qwen/Qwen2.5-7B"\n# ~ DEL\x7f\n';
    expect(await read('ascii.py', Buffer.from(ascii))).toEqual({ text: ascii });
    expect(await read('bom.py', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ascii)]))).toEqual({ text: ascii });
    // Latin-1 would read these bytes as other characters: é, 中, an emoji, and an invalid byte (U+FFFD, as before).
    const wide = 'name = "café 中文 🤗"\n';
    expect(await read('wide.py', Buffer.from(wide))).toEqual({ text: wide });
    expect(await read('bad.py', Buffer.from([0x61, 0xe9, 0x62]))).toEqual({ text: 'a\ufffdb' });
  });

  it('treats NUL bytes in a text-named file as binary and says so', async () => {
    expect(await read('weights.py', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({
      skip: { path: 'weights.py', reason: 'binary-file', detail: 'contains NUL bytes' },
    });
  });
});
