// Time and peak RSS of each former stall of issue #17, on the built CLI (`npm run build` first):
//   node tests/hostile/measure-stalls.mjs [--timeout 150]
// Each case runs in its own process under /usr/bin/time; a run cut by the timeout prints ">N s".
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { constants, createGzip } from 'node:zlib';
import { STALLS, writeTree } from './stall-trees.mjs';

const repo = join(import.meta.dirname, '../..');
const timeoutS = Number(process.argv[process.argv.indexOf('--timeout') + 1]) || 150;
const cli = join(repo, 'bin/modelprov.js');
const snapshot = join(repo, 'fixtures/hub');

function measure(label, args, env = {}) {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', 'timeout', String(timeoutS), process.execPath, cli, ...args], {
    env: { ...process.env, COLUMNS: '120', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const [seconds, kb] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
  const cut = run.status === 124 || seconds >= timeoutS;
  console.log(
    `${label.padEnd(44)} ${cut ? `>${timeoutS} s` : `${seconds.toFixed(2)} s`}`.padEnd(56) + `${(kb / 1024).toFixed(0)} MB peak RSS  exit ${run.status}`,
  );
}

const cases = [
  ['Dockerfile RUN line 500 KB', 'dockerfile-run-line', 500_000],
  ['Dockerfile RUN line 1 MB', 'dockerfile-run-line', 1_000_000],
  ['nested ${MODEL:-...} 920 KB (Dockerfile)', 'nested-defaults', 920_000],
  ['nested ${MODEL:-...} 920 KB (.env)', 'nested-defaults-env', 920_000],
  ['licence name 100 KB in the table', 'licence-name', 100_000],
  ['licence name 1 MB in the table', 'licence-name', 1_000_000],
  ['10,000 bases in the table', 'many-bases', 10_000],
];
for (const [label, kind, size] of cases) {
  if (process.argv.includes('--only') && !label.includes(process.argv[process.argv.indexOf('--only') + 1])) continue;
  const { files, snapshot: recorded } = STALLS[kind](size);
  measure(label, ['audit', writeTree(files), '--hub-snapshot', recorded ? writeTree(recorded) : snapshot]);
}

// The gzip bomb needs a Hub: 1.5 GB of JSON whitespace, 1.5 MB compressed.
if (!process.argv.includes('--only') || 'gzip'.includes(process.argv[process.argv.indexOf('--only') + 1])) {
  const bomb = await new Promise((resolve) => {
    const gzip = createGzip({ level: constants.Z_BEST_COMPRESSION, memLevel: 9 });
    const chunks = [];
    gzip.on('data', (c) => chunks.push(c));
    gzip.on('end', () => resolve(Buffer.concat(chunks)));
    const block = Buffer.alloc(1 << 20, 0x20);
    let left = 1_500_000_000;
    const pump = () => {
      while (left > 0) {
        left -= block.length;
        if (!gzip.write(block)) return void gzip.once('drain', pump);
      }
      gzip.end('{}');
    };
    pump();
  });
  const server = createServer((req, res) => {
    if (req.url.includes('bomb-lab')) {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': bomb.length });
      return res.end(bomb);
    }
    res.writeHead(404, { 'x-error-code': 'RepoNotFound', 'content-type': 'application/json' });
    res.end('{"error":"Repository not found"}');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  // The CLI runs in a child; this process must keep serving meanwhile, so the measure is async here.
  const root = writeTree({ 'app.py': 'from transformers import AutoModel\nAutoModel.from_pretrained("bomb-lab/model")\n' });
  const started = Date.now();
  const child = (await import('node:child_process')).spawn(
    '/usr/bin/time',
    ['-f', '%e %M', 'timeout', String(timeoutS), process.execPath, cli, 'audit', root, '--hub-url', url, '--no-cache'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  const status = await new Promise((resolve) => child.on('close', resolve));
  const [seconds, kb] = stderr.trim().split('\n').pop().split(' ').map(Number);
  console.log(
    `${`gzip ${(bomb.length / 1e6).toFixed(1)} MB -> 1.5 GB`.padEnd(44)} ${status === 124 ? `>${timeoutS} s` : `${seconds.toFixed(2)} s`}`.padEnd(56) +
      `${(kb / 1024).toFixed(0)} MB peak RSS  exit ${status}  (wall ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  server.close();
}
