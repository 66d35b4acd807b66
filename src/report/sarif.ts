// SARIF 2.1.0 for code scanning: one result per reference a finding concerns, at its file, line
// and column. Findings: the policy's (rule ids from the policy, deny = error, warn = warning);
// with no policy file or with `--sarif-all`, also the built-in ones (`chinese-origin` as a note).
// Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
import { createHash } from 'node:crypto';
import type { ModelReport } from '../model/report.js';
import { builtInFindings, evidenceSummary, FINDINGS, lineagePaths, originSummary } from './findings.js';
import type { Reporter } from './reporter.js';
import { forSarif } from './sanitize.js';
import { extendedSummary, summaryLines } from './summary.js';

type Level = 'error' | 'warning' | 'note';
type Location = { path: string; line: number; column: number };

interface RuleFinding {
  ruleId: string;
  title: string;
  description: string;
  level: Level;
  reason: string;
  /** The references the finding concerns; all of the model's when the policy does not say. */
  references: Location[];
  baselined?: boolean;
  exception?: string;
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: Level };
  properties: { tags: string[] };
}

export const renderSarif: Reporter = (report, options) => {
  const rules = new Map<string, SarifRule>();
  const results: unknown[] = [];
  const includeBuiltIns = !!options.sarifAll || report.policy.defaulted;
  for (const model of report.models) {
    const seen = new Map<string, number>();
    for (const finding of ruleFindings(model, includeBuiltIns, !!options.sarifAll)) {
      if (!rules.has(finding.ruleId)) rules.set(finding.ruleId, sarifRule(finding));
      for (const ref of finding.references) {
        // The k-th identical reference in a file: fingerprints survive lines moving, yet two uses on different lines stay two alerts.
        const key = [finding.ruleId, model.source, model.id, ref.path, snippetOf(model, ref)].join('\u0000');
        const occurrence = (seen.get(key) ?? 0) + 1;
        seen.set(key, occurrence);
        results.push({
          ruleId: finding.ruleId,
          level: finding.level,
          message: { text: forSarif(messageFor(model, finding)) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uriFor(ref.path), uriBaseId: '%SRCROOT%' },
                region: { startLine: ref.line, startColumn: ref.column },
              },
            },
          ],
          partialFingerprints: { 'modelprov/v1': createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex') },
          ...(finding.baselined ? { baselineState: 'unchanged' } : {}),
          ...(finding.exception !== undefined ? { suppressions: [{ kind: 'external', status: 'accepted', justification: forSarif(finding.exception) }] } : {}),
          properties: {
            model: model.id,
            source: model.source,
            chineseOrigin: model.origin.chineseOrigin,
            lineageStatus: model.lineage.status,
            roots: model.lineage.roots,
          },
        });
      }
    }
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'modelprov', version: report.tool.version, informationUri: 'https://github.com/modelprov/modelprov', rules: [...rules.values()] },
        },
        // The summary leads, as in every format: the verdict and counts as data, and as the lines stderr shows.
        properties: { summary: extendedSummary(report), summaryText: summaryLines(report).map(forSarif), policy: report.policy },
        // The run's outcome where SARIF viewers look for it: one notification with the verdict line.
        invocations: [
          { executionSuccessful: true, toolExecutionNotifications: [{ level: 'note', message: { text: forSarif(summaryLines(report, 0).join(' ')) } }] },
        ],
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The audited folder' } } },
        // Extractors count columns in JavaScript string units.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};

function ruleFindings(model: ModelReport, includeBuiltIns: boolean, includeExcepted: boolean): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const describe = (ruleId: string) => ({
    title: `Policy rule ${ruleId}`,
    description: `A rule of the project's modelprov policy matched this model (${ruleId}).`,
  });
  if (model.policy.findings) {
    for (const f of model.policy.findings) {
      if (f.status === 'excepted' && !includeExcepted) continue;
      const level: Level = f.action === 'deny' ? 'error' : 'warning';
      findings.push({
        ruleId: f.rule,
        ...describe(f.rule),
        level,
        reason: f.reason,
        references: f.references.length ? f.references : model.references,
        baselined: f.status === 'baselined',
        ...(f.status === 'excepted' ? { exception: f.exception?.reason ?? 'policy exception' } : {}),
      });
      // The references an exception excuses from a finding that stays open, as suppressed results.
      if (f.excepted && includeExcepted)
        findings.push({
          ruleId: f.rule,
          ...describe(f.rule),
          level,
          reason: f.reason,
          references: f.excepted.references,
          exception: f.excepted.exception.reason,
        });
    }
  } else if (model.policy.verdict !== 'pass') {
    // Reports written before policy findings existed: rule ids and reasons side by side.
    const level: Level = model.policy.verdict === 'fail' ? 'error' : 'warning';
    (model.policy.rules ?? []).forEach((ruleId, i) => {
      findings.push({ ruleId, ...describe(ruleId), level, reason: model.policy.reasons[i] ?? ruleId, references: model.references });
    });
  }
  if (includeBuiltIns && findings.length === 0) {
    for (const id of builtInFindings(model)) {
      findings.push({
        ruleId: id,
        title: FINDINGS[id].title,
        description: FINDINGS[id].description,
        level: id === 'chinese-origin' ? 'note' : 'warning',
        reason: FINDINGS[id].title,
        references: model.references,
      });
    }
  }
  return findings;
}

function sarifRule(finding: RuleFinding): SarifRule {
  return {
    id: finding.ruleId,
    name: finding.title.replace(/[^A-Za-z0-9]+/g, ''),
    shortDescription: { text: forSarif(finding.title) },
    fullDescription: { text: forSarif(finding.description) },
    help: { text: 'Run `modelprov audit --tree` to see the lineage; add an exception with an owner and expiry to the policy file if the use is accepted.' },
    defaultConfiguration: { level: finding.level },
    properties: { tags: ['ai-model', 'supply-chain'] },
  };
}

/** "org/x (huggingface): <reason>. Lineage: org/x ─finetune→ Qwen/... Origin: ... Evidence: ..." */
function messageFor(model: ModelReport, finding: RuleFinding): string {
  const parts = [`${model.id} (${model.source}): ${finding.reason}.`];
  const paths = lineagePaths(model);
  if (paths.length) parts.push(`Lineage: ${paths.join(' | ')}.`);
  parts.push(`${originSummary(model)}.`);
  const evidence = evidenceSummary(model);
  if (evidence.length) parts.push(`Evidence: ${evidence.join('; ')}.`);
  if (finding.exception !== undefined) parts.push(`Excepted: ${finding.exception}.`);
  return parts.join(' ');
}

/** Relative URI of a report path: each segment percent-encoded, so `#`, `?` and spaces stay part of the path. */
function uriFor(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function snippetOf(model: ModelReport, ref: Location): string {
  const full = model.references.find((r) => r.path === ref.path && r.line === ref.line && r.column === ref.column);
  return (full?.snippet ?? '').trim();
}
