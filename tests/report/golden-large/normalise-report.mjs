#!/usr/bin/env node
// Turns a JSON report of a real repository into a golden input that can be committed: the root,
// the time, the version and the policy path are fixed, and each reference's snippet (a line of the
// audited project's code, which is not ours to commit) becomes the model id as a string literal.
// Paths, lines, ids, lineage, evidence and problems stay as the audit found them.
// usage: normalise-report.mjs REPORT.json NAME > golden-input.json
import { readFileSync } from 'node:fs';

const [file, name] = process.argv.slice(2);
if (!file || !name) {
  process.stderr.write('usage: normalise-report.mjs REPORT.json NAME\n');
  process.exit(2);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
report.root = name;
report.generatedAt = '2026-01-01T00:00:00.000Z';
report.tool.version = '0.0.0-golden';
report.policy.source = '.modelprov.yml';
for (const model of report.models) for (const ref of model.references) ref.snippet = JSON.stringify(model.id);
// The pipeline's own order: the summary last (the JSON reporter moves it up).
const { summary, policy, ...rest } = report;
process.stdout.write(`${JSON.stringify({ ...rest, summary, policy }, null, 2)}\n`);
