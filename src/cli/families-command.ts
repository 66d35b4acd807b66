import Table from 'cli-table3';
import { loadRegistry } from '../classify/index.js';
import type { Io } from './io.js';

export interface FamiliesFlags {
  country?: string;
  family?: string;
  format: 'table' | 'json';
}

export async function familiesCommand(flags: FamiliesFlags, io: Io): Promise<number> {
  const registry = loadRegistry();
  const needle = flags.family?.toLowerCase();
  const families = registry.families.filter(
    (f) =>
      (!flags.country || f.country.toUpperCase() === flags.country.toUpperCase()) &&
      (!needle || f.id.toLowerCase().includes(needle) || f.family.toLowerCase().includes(needle)),
  );
  if (flags.format === 'json') {
    io.stdout(`${JSON.stringify(families, null, 2)}\n`);
    return 0;
  }
  const table = new Table({ head: ['Family', 'Organisation', 'Country', 'Hub namespaces'], wordWrap: true, colWidths: [34, 34, 9, 30], style: { head: [], border: [] } });
  for (const f of families) table.push([f.family, f.developer, f.country, f.hf_namespaces.join(', ')]);
  io.stdout(`${table.toString()}\n${families.length} famil${families.length === 1 ? 'y' : 'ies'}\n`);
  return 0;
}
