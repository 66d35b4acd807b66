// Every format from the one report model: schema-valid where a schema exists, and inert against
// hostile strings from model cards, files and ids.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { reporters } from '../../src/report/index.js';
import { demoReport, HOSTILE, hostileReport } from './fixture-report.js';

const schema = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, 'schemas', name), 'utf8')) as Record<string, unknown>;
let demo: Report;
let hostile: Report;
beforeAll(async () => {
  demo = await demoReport();
  hostile = await hostileReport();
});

function validator2020(root: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv.compile(root);
}

describe('JSON', () => {
  it('validates against the published report schema', () => {
    const validate = validator2020(JSON.parse(readFileSync(join(import.meta.dirname, '../../src/report/report.schema.json'), 'utf8')));
    const ok = validate(JSON.parse(reporters.json(demo, { color: false })));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe('SARIF', () => {
  const validate = () => validator2020(schema('sarif-2.1.0.schema.json'));

  it('is valid SARIF 2.1.0 with a result per reference at its file and line', () => {
    const sarif = JSON.parse(reporters.sarif(demo, { color: false }));
    const check = validate();
    expect(check(sarif), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
    const run = sarif.runs[0];
    const supernova = run.results.find((r: { properties: { model: string } }) => r.properties.model === 'arcee-ai/SuperNova-Medius');
    expect(supernova).toMatchObject({
      ruleId: 'chinese-origin',
      level: 'note',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'config/models.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 3 } } }],
    });
    expect(supernova.message.text).toMatch(/roots: Qwen\/Qwen2.5-14B/);
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('chinese-origin');
  });

  it('keeps fingerprints stable across runs and uses policy rule ids for violations', () => {
    const a = JSON.parse(reporters.sarif(hostile, { color: false }));
    const b = JSON.parse(reporters.sarif(hostile, { color: false }));
    expect(a.runs[0].results.map((r: { partialFingerprints: unknown }) => r.partialFingerprints)).toEqual(
      b.runs[0].results.map((r: { partialFingerprints: unknown }) => r.partialFingerprints),
    );
    expect(a.runs[0].results.some((r: { ruleId: string; level: string }) => r.ruleId === 'no-cn' && r.level === 'error')).toBe(true);
    const check = validate();
    expect(check(a)).toBe(true);
    expect(JSON.stringify(a)).not.toMatch(/\\u001b/);
  });
});

describe('CycloneDX 1.6', () => {
  it('is a valid ML-BOM with purls, licences, lineage as pedigree and references as evidence', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    ajv.addSchema({ ...schema('spdx.schema.json'), $id: 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json' });
    ajv.addSchema({ ...schema('jsf-0.82.schema.json'), $id: 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json' });
    const validate = ajv.compile(schema('bom-1.6.schema.json'));
    const bom = JSON.parse(reporters.cyclonedx(demo, { color: false }));
    expect(validate(bom), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const supernova = bom.components.find((c: { name: string }) => c.name === 'arcee-ai/SuperNova-Medius');
    expect(supernova.type).toBe('machine-learning-model');
    expect(supernova.purl).toMatch(/^pkg:huggingface\/arcee-ai\/SuperNova-Medius@[0-9a-f]{40}$/);
    expect(supernova.licenses).toEqual([{ license: { id: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' } }]);
    expect(supernova.pedigree.ancestors.map((a: { name: string }) => a.name)).toEqual(['Qwen/Qwen2.5-14B', 'Qwen/Qwen2.5-14B-Instruct']);
    expect(supernova.properties).toContainEqual({ name: 'modelprov:origin:chinese', value: 'true' });
    expect(supernova.evidence.occurrences).toEqual([{ location: 'config/models.yaml', line: 3, offset: 15, additionalContext: 'config-file (config)' }]);
    expect(reporters.cyclonedx(demo, { color: false })).toBe(reporters.cyclonedx(demo, { color: false }));
  });
});

describe('hostile strings come out inert', () => {
  it('table: no terminal escape survives', () => {
    const text = reporters.table(hostile, { color: false, tree: true });
    expect(text).not.toMatch(/\u001b/);
    expect(text).not.toMatch(/\u0007/);
  });

  it('markdown: no raw HTML, no extra table cells, no live links, no broken fences', () => {
    const text = reporters.markdown(hostile, { color: false });
    // Inside fenced code blocks nothing renders; everywhere else nothing may be live.
    const outsideCode = text.replace(/^```text\n[\s\S]*?^```$/gm, '');
    expect(outsideCode).not.toContain('<script>');
    expect(outsideCode).not.toContain('<img');
    expect(outsideCode).not.toContain('[click](https://evil.example)');
    const rows = text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(10);
    const fences = text.split('\n').filter((l) => l.startsWith('```'));
    expect(fences.length % 2).toBe(0);
  });

  it('html: escaped everywhere, and a CSP that allows only its own script', () => {
    const html = reporters.html(hostile, { color: false });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
  });
});

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

describe.skipIf(!chromium && !process.env.CI)('HTML in headless Chromium', () => {
  async function dumpDom(html: string): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'modelprov-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, html);
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--dump-dom',
      `file://${file}`,
    ];
    return (await promisify(execFile)(chromium!, args, { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 })).stdout;
  }

  // Both pages load in one go (a browser start is ~2.5 s on the 2-core machine, mostly waiting).
  let demoDom: string;
  let hostileDom: string;
  beforeAll(async () => {
    [demoDom, hostileDom] = await Promise.all([dumpDom(reporters.html(demo, { color: false })), dumpDom(reporters.html(hostile, { color: false }))]);
  }, 90_000);

  it('renders the demo: a table row and a lineage graph per model, filters wired', () => {
    const dom = demoDom;
    expect((dom.match(/<tr data-origin=/g) ?? []).length).toBe(demo.models.length);
    expect((dom.match(/<svg role="img"/g) ?? []).length).toBe(demo.models.length);
    expect(dom).toContain('data-node="Qwen/Qwen2.5-14B"');
    expect(dom).toContain('id="f-origin"');
  });

  it('keeps hostile card text inert after the browser parsed it', () => {
    const dom = hostileDom;
    expect(dom).not.toMatch(/<img[^>]*onerror/);
    expect((dom.match(/<script>/g) ?? []).length).toBe(1);
    expect(dom).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    void HOSTILE;
  });
});
