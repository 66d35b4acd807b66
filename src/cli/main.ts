// Builds the commander program and maps every outcome to an exit code; nothing else.
// Commands load their modules lazily so `--version` and `--help` start fast.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import type { Format } from '../report/index.js';
import { ExitCode, UsageError } from './exit-code.js';
import { processIo, type Io } from './io.js';

/** Listed here, not imported, so `--version` does not load the reporters. */
const FORMATS = ['table', 'json', 'sarif', 'markdown', 'markdown-summary', 'cyclonedx', 'html'] as const satisfies readonly Format[];
const GROUP_BY = ['family', 'verdict'] as const;

export const VERSION: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * `-offline` is a long option with one dash missing; commander reads it as `-o ffline` (a report
 * written to a file named "ffline", the run online, exit 0). Any `-word` that is a long option of
 * the command is refused with the spelling meant. A value of an option that takes one is left alone.
 */
function refuseSingleDashLongOptions(argv: string[], program: Command): void {
  let command = program;
  const options = () => [...command.options, ...program.options];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return;
    const sub = command.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
    if (sub && !arg.startsWith('-')) {
      command = sub;
      continue;
    }
    const takesValue = (flag: string) => options().some((o) => (o.long === flag || o.short === flag) && (o.required || o.optional));
    if (/^--?[^=]+$/.test(arg) && takesValue(arg)) {
      i++; // its value, whatever it looks like
      continue;
    }
    const match = /^-([A-Za-z][A-Za-z-]+)(=.*)?$/.exec(arg);
    if (!match) continue;
    const long = `--${match[1]}`;
    const known = options().some((o) => o.long === long || o.long === `--no-${match[1]}` || long === `--no-${o.long?.slice(2)}`);
    if (known) throw new UsageError(`unknown option '${arg}': did you mean ${long}${match[2] ?? ''}? (long options take two dashes)`);
  }
}

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
    scanOptions(
      program
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
        .addOption(new Option('--group-by <what>', 'table: one table per model family or per verdict').choices(GROUP_BY))
        .option('--summary', 'with --format markdown: the pull-request comment (same as --format markdown-summary)')
        .option('--full-report <where>', 'markdown-summary: where the full report is (a URL or file), named when the comment leaves something out')
        .option('--locked', `use only the lineage lockfile (modelprov.lock.json at PATH); fail when a model is missing`)
        .option('--no-color', 'plain output (also NO_COLOR)')
        .option('--timings', 'print the wall time of each stage on stderr'),
    ),
  ).action(async (path: string, flags, command: Command) => {
    const { auditCommand } = await import('./audit-command.js');
    if (flags.summary) {
      if (flags.format !== 'markdown' && flags.format !== 'markdown-summary')
        throw new UsageError(`--summary goes with --format markdown (the pull-request comment), not --format ${flags.format}`);
      flags.format = 'markdown-summary';
    }
    setExit(await auditCommand(path, withCliOptions(flags, command), io));
  });

  hubOptions(
    scanOptions(
      program
        .command('lock')
        .description('audit PATH and write its lineage lockfile (modelprov.lock.json) for reproducible, offline audits')
        .argument('[path]', 'project folder', '.'),
    ),
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
    refuseSingleDashLongOptions(argv, program);
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander exits 1 on usage errors; for us 1 means "policy violated", so usage is 2.
      // Help asked for is 0; help shown because no command was given is a usage error, not a pass.
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code))
        return error.exitCode === 0 ? ExitCode.Ok : ExitCode.UsageError;
      return ExitCode.UsageError;
    }
    if (error instanceof UsageError || (error as Error)?.name === 'ConfigError') {
      io.stderr(`modelprov: ${escapeControls((error as Error).message)}\n`);
      return ExitCode.UsageError;
    }
    // Never a stack trace, and never exit 1 (which says "policy violated"): a file the run could
    // not read or write names the path; anything else is a bug, with the trace on request.
    const code = (error as NodeJS.ErrnoException)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      io.stderr(`modelprov: ${escapeControls((error as Error).message)}\n`);
      return ExitCode.UsageError;
    }
    io.stderr(`modelprov: internal error: ${escapeControls((error as Error)?.message ?? String(error))}\n`);
    io.stderr(
      io.env.MODELPROV_DEBUG
        ? `${(error as Error)?.stack ?? ''}\n`
        : 'modelprov: this is a bug in modelprov; run with MODELPROV_DEBUG=1 for the stack trace and report it\n',
    );
    return ExitCode.UsageError;
  }
}

/**
 * Messages quote what the user or a file gave (config keys, paths, values): control characters in
 * them are escaped, so a key like "polic\e[31my" cannot recolour or rewrite the terminal, and an
 * error stays one line.
 */
function escapeControls(message: string): string {
  return message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
