// SARIF 2.1.0 for code scanning: one result per reference of each model that fails or warns
// (or, with `all`, of every model with a finding), at its file, line and column.
// Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
import { createHash } from 'node:crypto';
import type { ModelReport } from '../model/report.js';
import { builtInFindings, FINDINGS, originSummary } from './findings.js';
import type { Reporter } from './reporter.js';
import { forSarif } from './sanitize.js';

type Level = 'error' | 'warning' | 'note';

export const renderSarif: Reporter = (report, options) => {
  const rules = new Map<string, { id: string; name: string; shortDescription: { text: string }; fullDescription: { text: string }; defaultConfiguration: { level: Level } }>();
  const results: unknown[] = [];
  const addRule = (id: string, title: string, description: string, level: Level) => {
    if (!rules.has(id)) rules.set(id, { id, name: title.replace(/[^A-Za-z0-9]+/g, ''), shortDescription: { text: forSarif(title) }, fullDescription: { text: forSarif(description) }, defaultConfiguration: { level } });
  };
  for (const model of report.models) {
    const findings = ruleFindings(model, !!options.sarifAll || report.policy.defaulted);
    for (const finding of findings) {
      addRule(finding.ruleId, finding.title, finding.description, finding.level);
      for (const ref of model.references) {
        results.push({
          ruleId: finding.ruleId,
          level: finding.level,
          message: { text: forSarif(`${model.id} (${model.source}): ${finding.reason}. ${originSummary(model)}`) },
          locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(ref.path), uriBaseId: '%SRCROOT%' }, region: { startLine: ref.line, startColumn: ref.column } } }],
          partialFingerprints: { 'modelprov/v1': createHash('sha256').update(`${finding.ruleId}\u0000${model.source}\u0000${model.id}\u0000${ref.path}`).digest('hex') },
          properties: { model: model.id, source: model.source, chineseOrigin: model.origin.chineseOrigin, lineageStatus: model.lineage.status, roots: model.lineage.roots, context: ref.context },
        });
      }
    }
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'modelprov', version: report.tool.version, informationUri: 'https://github.com/modelprov/modelprov', rules: [...rules.values()] } },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The audited folder' } } },
        results,
        properties: { summary: report.summary },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};

interface RuleFinding {
  ruleId: string;
  title: string;
  description: string;
  level: Level;
  reason: string;
}

function ruleFindings(model: ModelReport, includeBuiltIns: boolean): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const level: Level = model.policy.verdict === 'fail' ? 'error' : 'warning';
  if (model.policy.verdict !== 'pass') {
    (model.policy.rules ?? []).forEach((ruleId, i) => {
      findings.push({ ruleId, title: `Policy rule ${ruleId}`, description: `A rule of the project's modelprov policy (${ruleId}).`, level, reason: model.policy.reasons[i] ?? ruleId });
    });
  }
  if (includeBuiltIns && findings.length === 0) {
    for (const id of builtInFindings(model)) {
      findings.push({ ruleId: id, title: FINDINGS[id].title, description: FINDINGS[id].description, level: id === 'chinese-origin' ? 'note' : 'warning', reason: FINDINGS[id].title });
    }
  }
  return findings;
}
