// A one-line progress indicator on stderr, only when stderr is a terminal: CI logs and piped
// output stay clean. Redraws at most ten times a second and clears itself when done.
export interface Progress {
  update(event: { stage: string; done: number; total?: number }): void;
  done(): void;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function createProgress(write: (text: string) => void, enabled: boolean, now = () => Date.now()): Progress {
  if (!enabled) return { update: () => undefined, done: () => undefined };
  let frame = 0;
  let last = Number.NEGATIVE_INFINITY;
  let shown = false;
  return {
    update({ stage, done, total }) {
      if (now() - last < 100) return;
      last = now();
      shown = true;
      const count = total === undefined ? `${done} files` : `${total} models`;
      write(`\r\u001b[2K${FRAMES[frame++ % FRAMES.length]} ${stage === 'scan' ? 'scanning' : 'resolving lineage of'} ${count}`);
    },
    done() {
      if (shown) write('\r\u001b[2K');
    },
  };
}
