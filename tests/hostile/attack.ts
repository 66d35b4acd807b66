// What the hostile suite shares: a tree written the way a pull request would shape it, the policy
// a CI job gates with, and a reader for everything a run left behind (outputs, cache files).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Report } from '../../src/model/report.js';

/** A Qwen fine-tune in the recorded Hub: what the gate exists to catch. */
export const QWEN_FINETUNE = 'drift-labs/Qwen2.5-3B-Instruct-Uncensored';

/** The gate a CI job would set: Chinese-origin models denied, an incomplete audit fails. */
export const DENY_CN = `version: 1
policy:
  fail_on_incomplete: true
  rules:
    - id: no-chinese-origin
      action: deny
      country: [CN]
`;

/** Python that loads a model: one reference the scan must see. */
export const loads = (id: string) => `from transformers import AutoModelForCausalLM\nmodel = AutoModelForCausalLM.from_pretrained("${id}")\n`;

/** Writes files (text or bytes) under a fresh temporary folder and returns its path. */
export function tree(files: Record<string, string | Buffer>, prefix = 'modelprov-hostile-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  return root;
}

export const tempDir = (prefix = 'modelprov-hostile-') => mkdtempSync(join(tmpdir(), prefix));

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export const readAll = (dir: string) => filesUnder(dir).map((f) => readFileSync(f, 'utf8'));

export const json = (stdout: string) => JSON.parse(stdout) as Report;

/** True when this process cannot be kept out of a file by its mode (root reads everything). */
export const isRoot = () => process.getuid?.() === 0;
