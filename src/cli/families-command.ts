import Table from 'cli-table3';
import { loadRegistry, shortName, withoutAside } from '../classify/index.js';
import { fitWidths, naturalWidth, renderCell, terminalWidth, atomWidth, type Cell } from '../report/layout.js';
import { UsageError } from './exit-code.js';
import type { Io } from './io.js';

export interface FamiliesFlags {
  country?: string;
  family?: string;
  format: 'table' | 'json';
}

export async function familiesCommand(flags: FamiliesFlags, io: Io): Promise<number> {
  if (flags.country !== undefined && !/^[A-Za-z]{2}$/.test(flags.country))
    throw new UsageError(`--country takes a two-letter ISO country code such as CN or US, not "${flags.country}"`);
  const registry = loadRegistry();
  // A country no family is from would list nothing and exit 0, which reads as "none of those here".
  const countries = [...new Set(registry.families.map((f) => f.country.toUpperCase()))].sort();
  if (flags.country !== undefined && !countries.includes(flags.country.toUpperCase()))
    throw new UsageError(`--country ${flags.country}: no family in the registry is from there; its countries are ${countries.join(', ')}`);
  const needle = flags.family?.toLowerCase();
  const families = registry.families.filter(
    (f) =>
      (!flags.country || f.country.toUpperCase() === flags.country.toUpperCase()) &&
      (!needle || f.id.toLowerCase().includes(needle) || f.family.toLowerCase().includes(needle)),
  );
  if (flags.format === 'json') {
    // `name` and `organisation` are what reports show and policy rules match (beside `id`).
    io.stdout(
      `${JSON.stringify(
        families.map((f) => ({ ...f, name: shortName(f), organisation: withoutAside(f.developer) })),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  // The id and the name are the two spellings a policy's `family:` matches; the registry's longer
  // description (what the family covers) follows the name. The parent organisation, in brackets,
  // is what `organisation:` also matches.
  const head = ['Id', 'Family', 'Organisation', 'Country', 'Hub namespaces'];
  const breaks = [' -', ' ,/', ' ,', ' ', ' ,'];
  const rows: Cell[][] = families.map((f) => {
    const name = shortName(f);
    const covers = f.family === name ? [] : [[{ text: f.family }]];
    return [
      [[{ text: f.id }]],
      [[{ text: name }], ...covers],
      [
        [{ text: withoutAside(f.developer) }],
        ...(f.parent_org && withoutAside(f.parent_org) !== withoutAside(f.developer) ? [[{ text: `(${withoutAside(f.parent_org)})` }]] : []),
      ],
      [[{ text: f.country }]],
      [[{ text: f.hf_namespaces.join(', ') || '-' }]],
    ];
  });
  const width = terminalWidth(io.env, io.columns) ?? 120;
  const natural = head.map((h, i) => Math.max(h.length, ...rows.map((r) => naturalWidth(r[i]!))));
  const atoms = head.map((h, i) => Math.max(h.length, ...rows.map((r) => atomWidth(r[i]!, breaks[i]))));
  const widths = fitWidths(natural, [8, 14, 12, 7, 12], width - head.length * 3 - 1, atoms);
  const table = new Table({ head, colWidths: widths.map((w) => w + 2), wordWrap: false, style: { head: [], border: [] } });
  for (const row of rows) table.push(row.map((cell, i) => renderCell(cell, widths[i]!, breaks[i])));
  io.stdout(
    `${table.toString()}\n${families.length} famil${families.length === 1 ? 'y' : 'ies'}; a policy's \`family:\` takes the Id or the first Family name, \`organisation:\` either Organisation\n`,
  );
  return 0;
}
