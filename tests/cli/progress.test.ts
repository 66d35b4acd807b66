import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';
import { beforeSummary, runCli } from '../helpers/run-cli.js';

describe('progress', () => {
  it('draws on a terminal, throttled, and clears its line at the end', () => {
    let clock = 0;
    const out: string[] = [];
    const progress = createProgress(
      (t) => out.push(t),
      true,
      () => clock,
    );
    progress.update({ stage: 'scan', done: 500 });
    clock = 50;
    progress.update({ stage: 'scan', done: 1000 }); // within 100 ms: skipped
    clock = 200;
    progress.update({ stage: 'resolve', done: 0, total: 12 });
    progress.done();
    expect(out).toEqual([expect.stringContaining('scanning 500 files'), expect.stringContaining('resolving lineage of 12 models'), '\r\u001b[2K']);
  });

  it('writes nothing when stderr is not a terminal, so CI logs stay clean', async () => {
    const run = await runCli(['audit', 'fixtures/demo-app', '--hub-snapshot', 'fixtures/hub', '--format', 'json']);
    // Only the closing summary, line by line: no spinner, no carriage returns or escape codes.
    expect(run.stderr).not.toMatch(/\r|\u001b/);
    expect(beforeSummary(run.stderr)).toBe('');
  });
});
