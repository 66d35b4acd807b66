#!/usr/bin/env node
// Starts the compiled CLI (src/cli/start.ts): it picks the bundle, answers --version, returns the exit code.
import '../dist/cli/start.js';
