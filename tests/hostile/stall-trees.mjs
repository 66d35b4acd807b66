// The trees and Hub answers behind issue #17's former stalls (items 8-10), shared by the hostile
// suite (tests/hostile/stalls.test.ts) and the figures script (tests/hostile/measure-stalls.mjs).
// Plain JavaScript so the script runs on the built CLI without a TypeScript loader.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const repeatTo = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

/** A GGUF header with an architecture and a licence string of `licenceBytes` (the table renders it). */
export function ggufWithLicence(licenceBytes) {
  const parts = [];
  const u32 = (n) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    parts.push(b);
  };
  const u64 = (n) => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(n));
    parts.push(b);
  };
  const str = (s) => {
    const b = Buffer.from(s, 'utf8');
    u64(b.length);
    parts.push(b);
  };
  parts.push(Buffer.from('GGUF'));
  u32(3);
  u64(0); // tensors
  u64(3); // key-value pairs
  for (const [key, value] of [
    ['general.architecture', 'qwen2'],
    ['general.name', 'Local Qwen'],
    ['general.license', `lic-${repeatTo('x', licenceBytes)}`],
  ]) {
    str(key);
    u32(8); // string
    str(value);
  }
  return Buffer.concat(parts);
}

/** Each former stall: the files of its tree, and (for Hub-side ones) what the Hub must serve. */
export const STALLS = {
  /** A Dockerfile RUN line that downloads a model and then goes on for `bytes`. */
  'dockerfile-run-line': (bytes) => ({
    files: { Dockerfile: `FROM python:3.11\nRUN huggingface-cli download Qwen/Qwen2.5-7B ${repeatTo('--x a ', bytes)}\n` },
  }),
  /** ${MODEL:-${MODEL:-...}} defaults nested to `bytes`. */
  'nested-defaults': (bytes) => {
    const depth = Math.floor(bytes / 10);
    return { files: { Dockerfile: `FROM python:3.11\nENV MODEL=${'${MODEL:-'.repeat(depth)}Qwen/Qwen2.5-7B${'}'.repeat(depth)}\nRUN vllm serve $MODEL\n` } };
  },
  'nested-defaults-env': (bytes) => {
    const depth = Math.floor(bytes / 10);
    return { files: { '.env': `MODEL_ID=${'${MODEL:-'.repeat(depth)}Qwen/Qwen2.5-7B${'}'.repeat(depth)}\n` } };
  },
  /** A local GGUF whose licence name is `bytes` long, shown in the table. */
  'licence-name': (bytes) => ({ files: { 'models/local.gguf': ggufWithLicence(bytes) } }),
  /** A Hub model declaring `count` bases (a snapshot recording; the bases are not on the Hub). */
  'many-bases': (count) => ({
    files: { 'app.py': 'from transformers import AutoModel\nAutoModel.from_pretrained("evil-mirror/many-bases")\n' },
    snapshot: {
      'models/evil-mirror/many-bases.json': JSON.stringify({
        id: 'evil-mirror/many-bases',
        sha: 'a'.repeat(40),
        tags: ['license:mit'],
        cardData: { license: 'mit', base_model: Array.from({ length: count }, (_, i) => `nowhere-${i}/base-${i}`) },
      }),
    },
  }),
};

export function writeTree(files, prefix = 'modelprov-stall-') {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  return root;
}
