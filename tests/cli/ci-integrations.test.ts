// The CI integrations at the top level, where their ecosystems look for them: the composite action
// (action.yml, so `uses: <owner>/modelprov@v1` works), its audit step's script run by bash as the
// runner would, from the action's own folder; and the pre-commit hook (.pre-commit-hooks.yaml).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HUB_SNAPSHOT, REPO_ROOT, runCli } from '../helpers/run-cli.js';

interface Step {
  id?: string;
  run?: string;
  env?: Record<string, string>;
}
const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
};
const auditStep = action.runs.steps.find((s) => s.id === 'audit');

function runAction(inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'modelprov-action-'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTION_PATH: REPO_ROOT,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_WORKSPACE: REPO_ROOT,
    GITHUB_ACTIONS: 'true',
    MODELPROV_CACHE_DIR: join(dir, 'cache'),
  };
  // The step's env maps inputs the way the runner does: ${{ inputs.x }} is the input or its default.
  for (const [name, value] of Object.entries(auditStep?.env ?? {})) {
    const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)?.[1];
    if (input) env[name] = inputs[input] ?? action.inputs[input]?.default ?? '';
  }
  const run = spawnSync('bash', ['-e', '-c', auditStep?.run ?? 'exit 99'], { cwd: REPO_ROOT, env, encoding: 'utf8' });
  const read = (file: string) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : '');
  return { ...run, output: read('output'), summary: read('summary'), dir };
}

describe('the GitHub Action', () => {
  it('is a composite action at the top level whose audit step names the CLI in its own folder', () => {
    expect(action.runs.using).toBe('composite');
    expect(auditStep?.run).toMatch(/"\$GITHUB_ACTION_PATH\/bin\/modelprov\.js"/);
    expect(existsSync(join(REPO_ROOT, 'bin/modelprov.js'))).toBe(true);
  });

  it.skipIf(!existsSync(join(REPO_ROOT, 'dist/cli/main.js')))(
    'gates on the policy: exit code as output, annotations at the line, the report written, a summary for the job page',
    () => {
      const run = runAction({ path: 'fixtures/projects/deny-cn', output: '', format: 'json', args: `--hub-snapshot ${HUB_SNAPSHOT}` });
      expect(run.status).toBe(1);
      expect(run.output).toBe('exit-code=1\n');
      expect(run.stderr).toMatch(/^::error file=fixtures\/projects\/deny-cn\/embed\.py,line=3.*::.*BAAI\/bge-m3/m);
      expect(JSON.parse(run.stdout)).toMatchObject({ summary: { violations: 1 } });
      expect(run.summary).toMatch(/BAAI\/bge-m3/);
    },
  );
});

describe('the pre-commit hook', () => {
  const hooks = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    language: string;
    pass_filenames: boolean;
    always_run: boolean;
  }[];
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };

  it('installs as a node package whose bin is the entry, and audits the whole project once', () => {
    expect(hooks.map((h) => h.id)).toEqual(['modelprov']);
    const [hook] = hooks;
    expect(hook).toMatchObject({ language: 'node', pass_filenames: false, always_run: true });
    const [program] = hook!.entry.split(' ');
    expect(Object.keys(pkg.bin)).toContain(program);
  });

  it('runs a command the CLI accepts, gating on the policy of the folder it runs in', async () => {
    const [, ...args] = hooks[0]!.entry.split(' ');
    const deny = await runCli([...args, '--hub-snapshot', HUB_SNAPSHOT], { cwd: join(REPO_ROOT, 'fixtures/projects/deny-cn') });
    expect(deny.code, deny.stderr).toBe(1);
    const pass = await runCli([...args, '--hub-snapshot', HUB_SNAPSHOT], { cwd: join(REPO_ROOT, 'fixtures/demo-app') });
    expect(pass.code, pass.stderr).toBe(0);
  });
});
