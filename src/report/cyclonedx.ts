// CycloneDX 1.6 ML-BOM: one `machine-learning-model` component per model, its lineage as
// `pedigree.ancestors`, origin and family as properties, references as evidence occurrences.
// Spec: https://cyclonedx.org/docs/1.6/json/ ; purl type: https://github.com/package-url/purl-spec (huggingface)
import { createHash } from 'node:crypto';
import type { LicenceInfo } from '../model/licence.js';
import type { ModelReport, Report } from '../model/report.js';
import type { Reporter } from './reporter.js';

/** `pkg:huggingface/<org>/<name>@<commit>`; ModelScope and local models have no purl type. */
export function purlFor(id: string, source: string, sha?: string): string | undefined {
  if (source !== 'huggingface' || !id.includes('/')) return undefined;
  const [org, name] = id.split('/').map((part) => encodeURIComponent(part)) as [string, string];
  return `pkg:huggingface/${org}/${name}${sha ? `@${sha.toLowerCase()}` : ''}`;
}

const licenceChoice = (l: LicenceInfo) => (l.spdx ? { license: { id: l.spdx } } : { license: { name: l.name } });

export const renderCycloneDx: Reporter = (report) => {
  const serial = createHash('sha256').update(JSON.stringify(report.models.map((m) => [m.source, m.id, m.revision]))).update(report.generatedAt).digest('hex');
  const bom = {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    // Derived from the report, so the same audit gives the same BOM.
    serialNumber: `urn:uuid:${serial.slice(0, 8)}-${serial.slice(8, 12)}-5${serial.slice(13, 16)}-8${serial.slice(17, 20)}-${serial.slice(20, 32)}`,
    version: 1,
    metadata: {
      timestamp: report.generatedAt,
      tools: { components: [{ type: 'application', name: 'modelprov', version: report.tool.version }] },
      properties: [{ name: 'modelprov:root', value: report.root }],
    },
    components: report.models.map((m) => component(m, report)),
  };
  return `${JSON.stringify(bom, null, 2)}\n`;
};

function component(m: ModelReport, report: Report) {
  const node = report.nodes[m.id];
  const sha = node?.sha;
  const purl = purlFor(m.id, m.source, sha ?? m.revision);
  const own = m.licenses.find((l) => l.model === m.id);
  const properties = [
    { name: 'modelprov:source', value: m.source },
    { name: 'modelprov:origin:chinese', value: String(m.origin.chineseOrigin) },
    { name: 'modelprov:lineage:status', value: m.lineage.status },
    ...m.lineage.roots.map((r) => ({ name: 'modelprov:lineage:root', value: r })),
    ...m.origin.families.map((f) => ({ name: 'modelprov:family', value: `${f.family} | ${f.organisation} | ${f.country} | via ${f.via}` })),
    ...[...new Set(m.origin.families.map((f) => f.country))].map((c) => ({ name: 'modelprov:origin:country', value: c })),
    { name: 'modelprov:policy:verdict', value: m.policy.verdict },
  ];
  const ancestors = m.lineage.nodes.filter((n) => n !== m.id).map((id) => {
    const ancestor = report.nodes[id];
    const licence = m.licenses.find((l) => l.model === id);
    const ancestorPurl = purlFor(id, ancestor?.source ?? 'huggingface', ancestor?.sha);
    return {
      type: 'machine-learning-model',
      'bom-ref': `${m.source}:${m.id}#ancestor:${id}`,
      name: id,
      ...(ancestor?.sha ? { version: ancestor.sha } : {}),
      ...(ancestorPurl ? { purl: ancestorPurl } : {}),
      ...(licence ? { licenses: [licenceChoice(licence)] } : {}),
      properties: m.lineage.edges.filter((e) => e.parent === id).map((e) => ({ name: 'modelprov:lineage:edge', value: `${e.child} -${e.relation}-> ${e.parent}` })),
    };
  });
  return {
    type: 'machine-learning-model',
    'bom-ref': `${m.source}:${m.id}${m.revision ? `@${m.revision}` : ''}`,
    name: m.id,
    ...(sha ?? m.revision ? { version: sha ?? m.revision } : {}),
    ...(purl ? { purl } : {}),
    ...(own ? { licenses: [licenceChoice(own)] } : {}),
    ...(ancestors.length ? { pedigree: { ancestors } } : {}),
    properties,
    evidence: { occurrences: m.references.map((r) => ({ location: r.path, line: r.line, offset: r.column, additionalContext: `${r.extractor} (${r.context})` })) },
  };
}
