// Stalls and memory (issue #17, items 8-10): each input that once took minutes or gigabytes ends
// in a bounded run with a report. Figures (time, peak RSS) come from measure-stalls.mjs, not from
// here: these tests check what the user sees, with a timeout as the only clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHubServer, type HubServer } from '../helpers/hub-server.js';
import { HUB_SNAPSHOT, runCli } from '../helpers/run-cli.js';
import { json, loads, QWEN_FINETUNE, tree } from './attack.js';
// @ts-expect-error plain JavaScript shared with the figures script
import { STALLS, writeTree } from './stall-trees.mjs';

type Stall = { files: Record<string, string | Buffer>; snapshot?: Record<string, string> };
const stall = (kind: string, size: number): Stall => (STALLS as Record<string, (n: number) => Stall>)[kind]!(size);

/** The 1.5 GB bomb takes the test Hub seconds to compress: MODELPROV_HOSTILE_SLOW=1 runs it. */
const slow = !!process.env.MODELPROV_HOSTILE_SLOW;

const auditTable = (root: string, snapshot = HUB_SNAPSHOT) => runCli(['audit', root, '--hub-snapshot', snapshot], { env: { COLUMNS: '120' } });
const auditJson = (root: string, snapshot = HUB_SNAPSHOT) => runCli(['audit', root, '--hub-snapshot', snapshot, '--format', 'json']);

describe('10. extraction is linear on long lines', () => {
  it.each([500_000, 1_000_000])(
    'a Dockerfile RUN line of %i bytes: the model it downloads is found',
    async (bytes) => {
      const run = await auditJson(writeTree(stall('dockerfile-run-line', bytes).files));
      expect(json(run.stdout).models.map((m) => m.id)).toContain('Qwen/Qwen2.5-7B');
    },
    60_000,
  );

  it.each(['nested-defaults', 'nested-defaults-env'])(
    '%s of 920 KB: the file is read and the run reports',
    async (kind) => {
      const run = await auditJson(writeTree(stall(kind, 920_000).files));
      expect(run.code).toBe(0);
      expect(json(run.stdout).summary).toMatchObject({ filesScanned: 1, filesIncomplete: 0 });
    },
    60_000,
  );
});

describe('9. the table is laid out in bounded time', () => {
  it.each([100_000, 1_000_000])(
    'a licence name of %i bytes is cut to the column, every line within the width',
    async (bytes) => {
      const run = await auditTable(writeTree(stall('licence-name', bytes).files));
      expect(run.code).toBe(0);
      const lines = run.stdout.split('\n').filter((l) => l.startsWith('│') || l.startsWith('┌'));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(120);
      expect(run.stdout).toContain('…');
      expect(run.stdout).not.toContain('x'.repeat(200));
    },
    60_000,
  );

  it('a model with 10,000 bases lists a few and says how many more', async () => {
    const { files, snapshot } = stall('many-bases', 10_000);
    const run = await auditTable(writeTree(files), writeTree(snapshot!));
    expect(run.stdout).toMatch(/\d[\d,]* more/);
    expect(run.stdout.length).toBeLessThan(200_000);
  }, 60_000);
});

describe('8. a gzip bomb of 1.5 GB', () => {
  let hub: HubServer;
  beforeAll(async () => {
    hub = await startHubServer();
  });
  afterAll(() => hub.close());

  it.runIf(slow)(
    'is refused once the inflated size passes the cap',
    async () => {
      hub.fault({ match: QWEN_FINETUNE, kind: 'gzip-bomb', inflatedBytes: 1_500_000_000 });
      const run = await runCli(['audit', tree({ 'a.py': loads(QWEN_FINETUNE) }), '--hub-url', hub.url, '--no-cache', '--format', 'json']);
      const report = json(run.stdout);
      expect(report.models.find((m) => m.id === QWEN_FINETUNE)?.lineage.status).toBe('unresolved');
      expect(JSON.stringify(report.errors)).toMatch(/larger than/);
    },
    180_000,
  );
});
