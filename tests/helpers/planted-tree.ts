import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes `files` small Python files under `root` (twenty per `pkg-<n>` folder), one in four loading a model on its third
 * line, and returns what a scan must report for them, `<id> <path>:<line>`: the references a run that skips or stalls on
 * another file must still give.
 */
export function writePlantedTree(root: string, files: number, firstLine: string): string[] {
  const planted: string[] = [];
  for (let i = 0; i < files; i++) {
    const dir = join(root, `pkg-${Math.floor(i / 20)}`);
    mkdirSync(dir, { recursive: true });
    const lines = [firstLine, `value = ${i}`];
    if (i % 4 === 0) {
      lines.push(`model = AutoModel.from_pretrained("org-${i % 7}/model-${i}")`);
      planted.push(`org-${i % 7}/model-${i} pkg-${Math.floor(i / 20)}/mod_${i}.py:3`);
    }
    writeFileSync(join(dir, `mod_${i}.py`), `${lines.join('\n')}\n`);
  }
  return planted;
}
