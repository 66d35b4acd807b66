// Builds the commander program and maps every outcome to an exit code; nothing else.
// Commands load their modules lazily so `--version` and `--help` start fast.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import type { Format } from '../report/index.js';
import { ExitCode, UsageError } from './exit-code.js';
import { processIo, type Io } from './io.js';

/** Listed here, not imported, so `--version` does not load the reporters. */
const FORMATS = ['table', 'json', 'sarif', 'markdown', 'cyclonedx', 'html'] as const satisfies readonly Format[];

export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Which options the command line gave (not defaults): they win over the config file's `hub:` values. */
function withCliOptions<T extends object>(flags: T, command: Command): T & { cliOptions: Set<string> } {
  return { ...flags, cliOptions: new Set(Object.keys(flags).filter((name) => command.getOptionValueSource(name) === 'cli')) };
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  const setExit = (code: number) => (exitCode = code);
  const program = new Command('modelprov')
    .description('Which models does this code use, what are they built on, where do those bases come from, and under which licences?')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)');

  const hubOptions = (command: Command) =>
    command
      .option('--offline', 'never touch the network: cache, lockfile and snapshot only (also HF_HUB_OFFLINE=1)')
      .option('--hub-url <url>', 'Hub endpoint (default $HF_ENDPOINT, else https://huggingface.co)')
      .option('--hub-snapshot <dir>', 'read Hub metadata from a recorded snapshot folder instead of the network')
      .option('--cache-dir <dir>', 'lineage cache (default $MODELPROV_CACHE_DIR, else the user cache folder)')
      .option('--no-cache', 'do not read or write the lineage cache')
      .option('--hub-timeout <seconds>', 'per-request timeout for Hub calls', '20')
      .option('--max-depth <n>', 'how many base-model hops to follow', '12')
      .option('--concurrency <n>', 'Hub requests in flight at once', '128');

  /** What decides which files are read: shared by `audit` and `lock`, which must read the same tree. */
  const scanOptions = (command: Command) =>
    command
      .option('--config <file>', 'policy/config file (default .modelprov.yml at PATH)')
      // One pattern per flag, repeated for more: a variadic option would swallow a PATH after it
      // (`audit --exclude 'x/**' services` audited the working folder with "services" excluded).
      .option('--exclude <glob>', 'gitignore-style pattern to leave out (repeat the flag for more)', (glob: string, globs: string[] = []) => [...globs, glob])
      .option('--max-file-size <bytes>', 'skip text files larger than this', String(4 * 1024 * 1024));

  hubOptions(
    scanOptions(program
      .command('audit')
      .description('scan PATH, resolve lineage, classify origin and licence, apply the policy, report')
      .argument('[path]', 'project folder to audit', '.')
      .addOption(new Option('--format <format>', 'report format').choices(FORMATS).default('table'))
      .option('-o, --output <file>', 'write the report there instead of stdout')
      .option('--sarif-all', 'SARIF: a result for every model with a finding, not only policy violations')
      .option('--baseline <report.json>', 'a JSON report of an earlier run: fail only on violations that are new against it')
      .addOption(new Option('--fail-on <level>', 'which verdicts make the exit code 1').choices(['fail', 'warn', 'never']).default('fail'))
      .option('--annotations', 'print GitHub Actions annotations on stderr (default when GITHUB_ACTIONS=true)')
      .option('--no-annotations', 'never print GitHub Actions annotations')
      .option('--tree', 'print each lineage as a tree (table format)')
      .option('--locked', `use only the lineage lockfile (modelprov.lock.json at PATH); fail when a model is missing`)
      .option('--no-color', 'plain output (also NO_COLOR)')
      .option('--timings', 'print the wall time of each stage on stderr')),
  ).action(async (path: string, flags, command: Command) => {
    const { auditCommand } = await import('./audit-command.js');
    setExit(await auditCommand(path, withCliOptions(flags, command), io));
  });

  hubOptions(
    scanOptions(program
      .command('lock')
      .description('audit PATH and write its lineage lockfile (modelprov.lock.json) for reproducible, offline audits')
      .argument('[path]', 'project folder', '.')),
  ).action(async (path: string, flags, command: Command) => {
    const { lockCommand } = await import('./lock-command.js');
    setExit(await lockCommand(path, withCliOptions(flags, command), io));
  });

  hubOptions(
    program
      .command('lineage')
      .description('resolve and print the lineage tree of Hub model ids')
      .argument('<model...>', 'Hub model ids (org/name[@revision])')
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
      .option('--no-color', 'plain output (also NO_COLOR)'),
  ).action(async (models: string[], flags) => {
    const { lineageCommand } = await import('./lineage-command.js');
    setExit(await lineageCommand(models, flags, io));
  });

  const cache = program.command('cache').description('move the lineage cache to and from air-gapped machines');
  for (const [name, description] of [
    ['export', 'write the cache as a Hub snapshot folder (readable with --hub-snapshot, or `cache import` elsewhere)'],
    ['import', 'load a Hub snapshot folder into the cache, for --offline audits'],
  ] as const)
    cache
      .command(name)
      .description(description)
      .argument('<dir>', 'snapshot folder')
      .option('--hub-url <url>', 'the endpoint the cache entries belong to (default $HF_ENDPOINT, else https://huggingface.co)')
      .option('--cache-dir <dir>', 'lineage cache (default $MODELPROV_CACHE_DIR, else the user cache folder)')
      .action(async (dir: string, flags) => {
        const { cacheCommand } = await import('./cache-command.js');
        setExit(await cacheCommand(name, dir, flags, io));
      });

  program
    .command('init')
    .description('write a commented starter policy, .modelprov.yml, at PATH')
    .argument('[path]', 'project folder', '.')
    .option('--force', 'replace an existing .modelprov.yml')
    .action(async (path: string, flags) => {
      const { initCommand } = await import('./init-command.js');
      setExit(await initCommand(path, flags, io));
    });

  program
    .command('families')
    .description('list the family registry (family, organisation, country, namespaces)')
    .option('--country <code>', 'only families from this country (ISO code, e.g. CN)')
    .option('--family <text>', 'only families whose id or name contains this')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (flags) => {
      const { familiesCommand } = await import('./families-command.js');
      setExit(await familiesCommand(flags, io));
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander exits 1 on usage errors; for us 1 means "policy violated", so usage is 2.
      // Help asked for is 0; help shown because no command was given is a usage error, not a pass.
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return error.exitCode === 0 ? ExitCode.Ok : ExitCode.UsageError;
      return ExitCode.UsageError;
    }
    if (error instanceof UsageError || (error as Error)?.name === 'ConfigError') {
      io.stderr(`modelprov: ${(error as Error).message}\n`);
      return ExitCode.UsageError;
    }
    // Never a stack trace, and never exit 1 (which says "policy violated"): a file the run could
    // not read or write names the path; anything else is a bug, with the trace on request.
    const code = (error as NodeJS.ErrnoException)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      io.stderr(`modelprov: ${(error as Error).message}\n`);
      return ExitCode.UsageError;
    }
    io.stderr(`modelprov: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    io.stderr(io.env.MODELPROV_DEBUG ? `${(error as Error)?.stack ?? ''}\n` : 'modelprov: this is a bug in modelprov; run with MODELPROV_DEBUG=1 for the stack trace and report it\n');
    return ExitCode.UsageError;
  }
}
