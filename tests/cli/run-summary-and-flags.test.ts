// What a CI job and a new user see at the end of a run and on a mistyped flag: the summary on
// stderr whatever --format and -o say, single-dash long options refused, --country checked.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/report/markdown-summary.js';
import { HUB_SNAPSHOT, runCli, stderrSummary } from '../helpers/run-cli.js';
import { project, rule } from '../policy/audit-project.js';

describe('the summary at the end of every run', () => {
  it('a failing run with --format sarif -o says on stderr why it failed, with the exit code and file:line', async () => {
    const dir = project('policy-mixed', rule('country: [CN]', 'no-cn'));
    const out = join(mkdtempSync(join(tmpdir(), 'modelprov-sarif-')), 'report.sarif');
    const run = await runCli(['audit', dir, '--hub-snapshot', HUB_SNAPSHOT, '--format', 'sarif', '-o', out]);
    expect(run.code).toBe(1);
    const summary = stderrSummary(run.stderr).split('\n');
    expect(summary[0]).toMatch(/^modelprov: FAIL: \d+ violations, \d+ warnings.* — exit 1 \(policy violated\)$/);
    expect(summary[1]).toMatch(/^modelprov: {3}\d+ models: \d+ of Chinese origin \(\d+ high/);
    // The first violation at a code line, before the docs and tests that also name it.
    expect(run.stderr).toMatch(/^modelprov: {3}FAIL BAAI\/bge-m3 \[no-cn\] at app\.py:4: denied: origin country CN/m);
    // The SARIF file holds the same summary, ahead of the results.
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(sarif.runs[0]).indexOf('properties')).toBeLessThan(Object.keys(sarif.runs[0]).indexOf('results'));
    expect(sarif.runs[0].properties.summary.verdict).toBe('fail');
  });

  it('a JSON report on stdout leads with the summary; stderr still ends with it', async () => {
    const run = await runCli(['audit', 'fixtures/demo-app', '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json']);
    expect(Object.keys(JSON.parse(run.stdout)).slice(0, 5)).toEqual(['schemaVersion', 'tool', 'root', 'generatedAt', 'summary']);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ verdict: 'pass', chineseOriginByConfidence: { high: 6, medium: 0 }, originUnknown: 0 });
    expect(stderrSummary(run.stderr)).toMatch(/^modelprov: PASS: 0 violations, 0 warnings \(no policy file: nothing fails\) — exit 0 \(passes\)\n/);
  });
});

describe('provider SDKs in the counts', () => {
  it("counts a provider's SDK named by a dependency apart from the models the code names", async () => {
    // requirements.txt as in binary-husky/gpt_academic (dashscope), one model named in code.
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-sdk-'));
    writeFileSync(join(dir, 'requirements.txt'), 'dashscope\nrequests==2.32.3\n');
    writeFileSync(join(dir, 'config.py'), 'LLM_MODEL = "deepseek-chat"\n');
    const run = await runCli(['audit', dir, '--hub-snapshot', HUB_SNAPSHOT]);
    expect(stderrSummary(run.stderr)).toMatch(/2 models \(1 of them a provider's SDK in a dependency, no model named\): 2 of Chinese origin/);
  });
});

describe('flags', () => {
  it('-offline is refused with the spelling meant, before anything is written or fetched', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'modelprov-flags-'));
    const run = await runCli(['audit', '-offline', join(process.cwd(), 'fixtures/demo-app')], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("modelprov: unknown option '-offline': did you mean --offline? (long options take two dashes)\n");
    expect(existsSync(join(cwd, 'ffline'))).toBe(false);
    const noColor = await runCli(['audit', '-no-color', 'fixtures/demo-app']);
    expect(noColor.stderr).toMatch(/did you mean --no-color\?/);
  });

  it('a value of an option that takes one is left alone, and short options still combine', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'modelprov-flags-')), 'r.json');
    const run = await runCli(['audit', 'fixtures/demo-app', '--hub-snapshot', HUB_SNAPSHOT, '--exclude', '-offline', `-o${out}`, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.models).toBe(10);
  });

  it('families --country must be a country of the registry', async () => {
    const run = await runCli(['families', '--country', 'XX']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^modelprov: --country XX: no family in the registry is from there; its countries are .*\bCN\b.*\bUS\b/);
    const cn = await runCli(['families', '--country', 'cn', '--format', 'json']);
    expect(cn.code).toBe(0);
    expect(JSON.parse(cn.stdout).length).toBeGreaterThan(10);
  });

  it('--summary turns --format markdown into the pull-request comment, and refuses other formats', async () => {
    const md = await runCli(['audit', 'fixtures/demo-app', '--hub-snapshot', HUB_SNAPSHOT, '--format', 'markdown', '--summary']);
    expect(md.stdout.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    const json = await runCli(['audit', 'fixtures/demo-app', '--hub-snapshot', HUB_SNAPSHOT, '--format', 'json', '--summary']);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/--summary goes with --format markdown/);
  });
});
