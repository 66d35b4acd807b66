import { parseHubReference } from '../model/ids.js';
import { assessModels, modelKey, type ModelAccumulator } from '../pipeline.js';
import { DEFAULT_POLICY } from '../policy/index.js';
import { loadRegistry } from '../registry/load.js';
import { chineseBasis } from '../report/findings.js';
import { forTerminalLine } from '../report/sanitize.js';
import { renderLineageTree } from '../report/tree.js';
import { Chalk } from 'chalk';
import { UsageError } from './exit-code.js';
import { createHubSource, type HubFlags } from './hub-options.js';
import type { Io } from './io.js';
import { positiveInt, useColor } from './options.js';

export interface LineageFlags extends HubFlags {
  format: 'table' | 'json';
  maxDepth: string;
  concurrency: string;
  color?: boolean;
}

export async function lineageCommand(ids: string[], flags: LineageFlags, io: Io): Promise<number> {
  const models = new Map<string, ModelAccumulator>();
  for (const raw of ids) {
    const parsed = parseHubReference(raw);
    if (!parsed) throw new UsageError(`"${raw}" is not a Hub model id (expected org/name or a huggingface.co URL)`);
    models.set(modelKey('huggingface', parsed.id, parsed.revision), { id: parsed.id, source: 'huggingface', revision: parsed.revision, references: [] });
  }
  const hub = createHubSource(flags, io);
  const { reports, nodes, diagnostics } = await assessModels(models, {
    hub: hub.source,
    policy: DEFAULT_POLICY,
    registry: loadRegistry(),
    maxDepth: positiveInt(flags.maxDepth, '--max-depth'),
    concurrency: positiveInt(flags.concurrency, '--concurrency'),
    now: io.now(),
  });
  for (const warning of await hub.finish()) io.stderr(`modelprov: ${warning}\n`);
  if (flags.format === 'json') {
    io.stdout(`${JSON.stringify({ models: reports, nodes, errors: diagnostics }, null, 2)}\n`);
  } else {
    const c = new Chalk({ level: useColor(flags, io) ? 1 : 0 });
    const blocks = reports.map((m) =>
      [
        ...renderLineageTree(m, { dim: c.dim, origin: (s, cn) => (cn ? c.red(s) : c.cyan(s)) }),
        `   origin: ${m.origin.chineseOrigin === true ? `${c.red('Chinese')} (${forTerminalLine(chineseBasis(m).join('; '))})` : m.origin.chineseOrigin === false ? 'not Chinese' : c.yellow('cannot tell')}; lineage ${m.lineage.status}`,
      ].join('\n'),
    );
    io.stdout(`${blocks.join('\n\n')}\n`);
  }
  return reports.some((r) => r.lineage.status !== 'resolved') ? 3 : 0;
}
