/** What the CLI touches of the outside world, injected so tests run it in-process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
  /** The terminal's width when stdout is one. */
  columns?: number;
  /** Whether stderr is a terminal (progress goes there). */
  stderrTTY?: boolean;
  now: () => Date;
}

export function processIo(): Io {
  // `modelprov audit . | head`: the reader went away. Later writes are dropped and the audit
  // finishes with its own exit code, instead of a stack trace for the EPIPE.
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    stderrTTY: !!process.stderr.isTTY,
    now: () => new Date(),
  };
}
