// Colour follows the terminal and NO_COLOR (https://no-color.org); config mistakes people make
// get a message that names the fix.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HUB_SNAPSHOT, runCli } from '../helpers/run-cli.js';

const ESC = /\u001b\[/;
const audit = (extra: string[], env: NodeJS.ProcessEnv = {}, isTTY = true) =>
  runCli(['audit', 'fixtures/projects/deny-cn', '--hub-snapshot', HUB_SNAPSHOT, ...extra], { env, isTTY });

describe('colour', () => {
  it('on a terminal, unless NO_COLOR is set to something or --no-color is given', async () => {
    expect((await audit([])).stdout).toMatch(ESC);
    expect((await audit([], { NO_COLOR: '1' })).stdout).not.toMatch(ESC);
    expect((await audit(['--no-color'])).stdout).not.toMatch(ESC);
    // An empty NO_COLOR does not count (no-color.org: "present and not an empty string").
    expect((await audit([], { NO_COLOR: '' })).stdout).toMatch(ESC);
    expect((await audit([], {}, false)).stdout).not.toMatch(ESC);
  });
});

describe('config messages', () => {
  const config = async (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-cfg-'));
    writeFileSync(join(dir, '.modelprov.yml'), text);
    const run = await runCli(['audit', dir, '--offline']);
    expect(run.code).toBe(2);
    return run.stderr;
  };

  it('a plural key is pointed at the singular one', async () => {
    expect(await config('policy:\n  rules:\n    - countries: [CN]\n')).toMatch(/policy.rules\[0\].countries: unknown key \(did you mean "country"\?\)/);
    expect(await config('policy:\n  rules:\n    - families: [qwen]\n')).toMatch(/\(did you mean "family"\?\)/);
  });

  it('a country that is not an ISO code says what is expected', async () => {
    expect(await config('policy:\n  rules:\n    - country: [China]\n')).toMatch(
      /:3: policy.rules\[0\].country\[0\]: "China" is not a two-letter ISO 3166 country code, such as CN\n$/,
    );
  });
});

describe('config hub: section and the command line', () => {
  it('hub.max_depth applies, and an explicit --max-depth wins over it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-hub-'));
    writeFileSync(join(dir, 'app.py'), 'from transformers import AutoModel\nAutoModel.from_pretrained("arcee-ai/SuperNova-Medius")\n');
    writeFileSync(join(dir, '.modelprov.yml'), 'hub:\n  max_depth: 1\n');
    const lineage = async (extra: string[]) =>
      JSON.parse((await runCli(['audit', dir, '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json', ...extra])).stdout).models[0].lineage;
    expect(await lineage([])).toMatchObject({ status: 'partial', problems: [expect.stringMatching(/depth cap of 1 reached/)] });
    expect(await lineage(['--max-depth', '5'])).toMatchObject({ status: 'resolved', roots: ['Qwen/Qwen2.5-14B'] });
  });
});
