// The cost figures shipped with the app (data/costs), checked when this module loads.
import anyTable from '../../../data/costs/any.json' with { type: 'json' };
import fr from '../../../data/costs/fr.json' with { type: 'json' };
import gbEng from '../../../data/costs/gb-eng.json' with { type: 'json' };
import us from '../../../data/costs/us.json' with { type: 'json' };
import { newProblems } from '../validate.ts';
import { parseCostTable } from './parse.ts';
import type { CostTable, CostTables } from './types.ts';

/** The tables as shipped, by file name: what a locale's overlay (data/i18n/<locale>/costs.json) translates. */
export const rawCostTables: Readonly<Record<string, unknown>> = { any: anyTable, 'gb-eng': gbEng, fr, us };

/** The tables of `raw` (the shipped ones, or a translated copy), each checked; a problem throws, naming its path. */
export function checkedCostTables(raw: Readonly<Record<string, unknown>>): CostTables {
  const problems = newProblems();
  const tables: CostTable[] = [];
  for (const [name, input] of Object.entries(raw)) if (parseCostTable(input, name, problems)) tables.push(input);
  if (problems.length) throw new Error(`data/costs: ${problems.join('; ')}`);
  return tables;
}

export const defaultCosts: CostTables = checkedCostTables(rawCostTables);
