// config-file's gates test their literal words before their line-anchored patterns (session 16, speedI): a regex
// anchored at each line's start (`^(run|setup):`, `^[ \t]*catalog:`) is tried at every position of a text, and most
// configuration files hold neither word. The answers must be the pattern's own, with and without the words.
import { describe, expect, it } from 'vitest';
import { isSkyPilotTask } from '../../src/extract/shared/yaml-files.js';

// A SkyPilot task as its docs write one (https://docs.skypilot.co/en/latest/reference/yaml-spec.html).
const task = 'resources:\n  accelerators: A100:1\nsetup: |\n  pip install vllm\nrun: |\n  vllm serve Qwen/Qwen2.5-7B-Instruct\n';
const pattern = (text: string) => /^(run|setup):[ \t]*[|>]/m.test(text) && /^(resources|envs|num_nodes|service|workdir|file_mounts):/m.test(text);

describe('isSkyPilotTask, words first', () => {
  it('answers as its patterns do', () => {
    const texts = [
      task,
      task.replace('setup: |', 'prepare: |'),
      task.replace(/^(run|setup):/gm, '  $1:'),
      task.replace(/run: \||setup: \|/g, 'steps: |'),
      'resources: {}\nrun: >\n  python train.py\n',
      'name: ci\njobs:\n  test:\n    steps:\n      - run: |\n          echo hi\n',
      '',
    ];
    for (const text of texts) expect(isSkyPilotTask(text), text).toBe(pattern(text));
    expect(isSkyPilotTask(task)).toBe(true);
    expect(isSkyPilotTask(texts.at(-2)!)).toBe(false);
  });
});
