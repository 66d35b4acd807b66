// Test runner settings for the 2-core machine the suite is timed on (issue #14: `npm test` under a
// minute). Figures: whole suite, `npx vitest run`, 1,063 tests, measured with other work on the cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest's default on 2 cores is one worker (cores - 1): files ran one after another. Most of a
    // CLI test's time is waiting (loopback Hub, retry backoff, child processes), so two overlap well.
    maxWorkers: 2,
    // Each file re-imported the whole CLI (~1.5 s before its first audit, ~50 ms after). With one
    // module graph per worker that is paid once per worker. Safe because no test mocks a module or
    // changes process-wide state (no vi.mock, no process.env writes); the CLI's module-level caches
    // (registry, recorded Hub answers, extractor tables) are the same ones one CLI run shares.
    isolate: false,
    // Two workers on two shared cores: a CPU-bound test can take 3x its quiet time (the prefilter
    // fixture sweep, ~1.5 s alone, passed 5 s under load; with the C/C++ fixtures its name sweep takes
    // ~5 s at load 7 and passed 30 s at load 20). The timeout is for hangs, not speed: tests whose point
    // is bounded time set their own.
    testTimeout: 120_000,
    // beforeAll hooks that run whole audits (the demo and hostile reports) are tests' setup: the same
    // margin, or a loaded machine fails a file at 10 s before any of its tests ran.
    hookTimeout: 30_000,
  },
});
