// CycloneDX 1.6 ML-BOM: one `machine-learning-model` component per model, its lineage as
// `pedigree.ancestors`, origin and family as properties, references as evidence occurrences.
// Spec: https://cyclonedx.org/docs/1.6/json/ ; purl type: https://github.com/package-url/purl-spec (huggingface)
import { createHash } from 'node:crypto';
import { nodeKey } from '../model/lineage.js';
import type { LicenceInfo } from '../model/licence.js';
import type { ModelReport, Report } from '../model/report.js';
import type { Reporter } from './reporter.js';
import { forTerminalLine as clean } from './sanitize.js';
import { extendedSummary } from './summary.js';

/**
 * `pkg:huggingface/<org>/<name>@<commit>` per the purl spec: namespace optional (legacy ids such
 * as `gpt2`), namespace and name case-sensitive, version a lowercased commit hash (a branch or tag
 * is not a version, so it is left out). ModelScope, Ollama and local models have no purl type.
 */
export function purlFor(id: string, source: string, sha?: string): string | undefined {
  if (source !== 'huggingface' || !id || id.split('/').length > 2) return undefined;
  const path = id.split('/').map(encodeURIComponent).join('/');
  const version = sha && /^[0-9a-f]{40}$/i.test(sha) ? `@${sha.toLowerCase()}` : '';
  return `pkg:huggingface/${path}${version}`;
}

/** SPDX id, an SPDX expression ("Apache-2.0 OR MIT"), or the licence's name for custom licences. */
function licences(l: LicenceInfo) {
  const url = l.link && /^https?:\/\//.test(l.link) ? { url: l.link } : {};
  if (l.spdx && /\s(?:AND|OR|WITH)\s/.test(l.spdx)) return [{ expression: l.spdx }];
  return [{ license: l.spdx ? { id: l.spdx, ...url } : { name: clean(l.name || l.id), ...url } }];
}

const hubPage = (id: string, source: string) =>
  source === 'huggingface' && purlFor(id, source)
    ? [{ type: 'website', url: `https://huggingface.co/${id.split('/').map(encodeURIComponent).join('/')}` }]
    : [];

export const renderCycloneDx: Reporter = (report) => {
  const summary = extendedSummary(report);
  const serial = createHash('sha256')
    .update(JSON.stringify(report.models.map((m) => [m.source, m.id, m.revision])))
    .update(report.generatedAt)
    .digest('hex');
  const bom = {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    // Derived from the report (models and generatedAt), so the same audit gives the same BOM.
    serialNumber: `urn:uuid:${serial.slice(0, 8)}-${serial.slice(8, 12)}-5${serial.slice(13, 16)}-8${serial.slice(17, 20)}-${serial.slice(20, 32)}`,
    version: 1,
    metadata: {
      timestamp: report.generatedAt,
      tools: { components: [{ type: 'application', name: 'modelprov', version: report.tool.version }] },
      properties: [
        { name: 'modelprov:root', value: clean(report.root) },
        { name: 'modelprov:policy:source', value: clean(report.policy.source) },
        { name: 'modelprov:summary:verdict', value: summary.verdict },
        { name: 'modelprov:summary:models', value: String(report.summary.models) },
        { name: 'modelprov:summary:chinese-origin', value: String(report.summary.chineseOrigin) },
        { name: 'modelprov:summary:chinese-origin:high', value: String(summary.chineseOriginByConfidence.high) },
        { name: 'modelprov:summary:chinese-origin:medium', value: String(summary.chineseOriginByConfidence.medium) },
        { name: 'modelprov:summary:chinese-by-name-only', value: String(summary.chineseByNameOnly) },
        { name: 'modelprov:summary:origin-unknown', value: String(summary.originUnknown) },
        { name: 'modelprov:summary:violations', value: String(report.summary.violations) },
        { name: 'modelprov:summary:warnings', value: String(report.summary.warnings) },
        // An incomplete audit must not read as a clean BOM.
        { name: 'modelprov:summary:unresolved', value: String(report.summary.unresolved) },
        { name: 'modelprov:summary:partial', value: String(report.summary.partial) },
      ],
    },
    components: report.models.map((m) => component(m, report)),
  };
  return `${JSON.stringify(bom, null, 2)}\n`;
};

function component(m: ModelReport, report: Report) {
  const ownNode = report.nodes[nodeKey(m.id, m.revision)];
  const node = ownNode?.source === m.source ? ownNode : undefined;
  const version = node?.sha ?? m.revision;
  const purl = purlFor(m.id, m.source, version);
  const own = m.licenses.find((l) => l.model === m.id);
  const ref = `${m.source}:${m.id}${m.revision ? `@${m.revision}` : ''}`;
  const families = [...new Map(m.origin.families.map((f) => [f.familyId, f])).values()];
  const properties = [
    { name: 'modelprov:source', value: m.source },
    { name: 'modelprov:origin:chinese', value: String(m.origin.chineseOrigin) },
    ...[...new Set(families.map((f) => f.country))].map((c) => ({ name: 'modelprov:origin:country', value: c })),
    ...[...new Set(families.map((f) => f.organisation))].map((o) => ({ name: 'modelprov:origin:organisation', value: clean(o) })),
    ...families.map((f) => ({ name: 'modelprov:family', value: clean(f.family) })),
    ...families.map((f) => ({
      name: 'modelprov:family:attribution',
      value: clean(`${f.family} | ${f.organisation} | ${f.country} | via ${f.via} | ${f.confidence}`),
    })),
    ...(m.origin.suspectedBases ?? []).map((b) => ({ name: 'modelprov:family:suspected', value: clean(`${b.family}: ${b.detail}`) })),
    // The evidence behind each attribution: kind | node | confidence | detail.
    ...m.origin.evidence.map((e) => ({
      name: 'modelprov:origin:evidence',
      value: clean(`${e.kind} | ${e.node ?? m.id} | ${e.confidence ?? 'medium'} | ${e.detail}`),
    })),
    { name: 'modelprov:lineage:status', value: m.lineage.status },
    ...m.lineage.roots.map((r) => ({ name: 'modelprov:lineage:root', value: clean(r) })),
    ...m.lineage.problems.map((p) => ({ name: 'modelprov:lineage:problem', value: clean(p) })),
    ...m.licenceFindings.map((f) => ({ name: `modelprov:licence:${f.kind}`, value: clean(f.detail) })),
    { name: 'modelprov:policy:verdict', value: m.policy.verdict },
    ...m.policy.reasons.map((r) => ({ name: 'modelprov:policy:reason', value: clean(r) })),
  ];
  const ancestors = m.lineage.nodes
    .filter((n) => n !== m.id)
    .map((id) => {
      const ancestor = report.nodes[id];
      const licence = m.licenses.find((l) => l.model === id);
      const ancestorSource = ancestor?.source ?? m.source;
      const ancestorPurl = purlFor(id, ancestorSource, ancestor?.sha);
      return {
        type: 'machine-learning-model',
        'bom-ref': `${ref}#ancestor:${id}`,
        name: clean(id),
        ...(ancestor?.sha ? { version: ancestor.sha } : {}),
        ...(ancestorPurl ? { purl: ancestorPurl } : {}),
        ...(licence ? { licenses: licences(licence) } : {}),
        ...(hubPage(id, ancestorSource).length ? { externalReferences: hubPage(id, ancestorSource) } : {}),
        properties: [
          ...m.lineage.edges
            .filter((e) => e.parent === id)
            .map((e) => ({ name: 'modelprov:lineage:edge', value: clean(`${e.child} -${e.relation}-> ${e.parent}`) })),
          ...(m.lineage.roots.includes(id) ? [{ name: 'modelprov:lineage:root', value: 'true' }] : []),
          ...m.origin.families
            .filter((f) => f.via === id)
            .map((f) => ({ name: 'modelprov:family', value: clean(`${f.family} | ${f.organisation} | ${f.country}`) })),
        ],
      };
    });
  return {
    type: 'machine-learning-model',
    'bom-ref': ref,
    name: clean(m.id),
    ...(version ? { version: clean(version) } : {}),
    ...(purl ? { purl } : {}),
    ...(own ? { licenses: licences(own) } : {}),
    ...(hubPage(m.id, m.source).length ? { externalReferences: hubPage(m.id, m.source) } : {}),
    ...(ancestors.length ? { pedigree: { ancestors } } : {}),
    properties,
    evidence: {
      occurrences: m.references.map((r) => ({
        location: clean(r.path),
        line: r.line,
        offset: r.column,
        additionalContext: clean(`${r.extractor} (${r.context})`),
      })),
    },
  };
}
