// The results in another order than fit: by typical cost or by how soon a process ends, fit breaking ties.
import type { RankedOption } from './analysis.ts';
import { COSTS, SPEEDS } from './option-traits.ts';
import type { RulesPack } from './rules-pack.ts';

export const ORDERS = ['fit', 'cost', 'time'] as const;
export type Order = (typeof ORDERS)[number];

/**
 * Orders ranked options: "cost" by the option's typical cost (low, medium, high), "time" by its speed band (days,
 * weeks, months), equal keys in the order of fit. Published figures do not break ties: only some options have
 * them for a given case, and an option without one would sink below slower ones that do.
 */
export function orderOptions(
  options: readonly RankedOption[],
  rules: RulesPack,
  order: Order,
): readonly RankedOption[] {
  if (order === 'fit') return options;
  const key = (o: RankedOption): number => {
    const info = rules.options[o.id];
    return order === 'cost' ? COSTS.indexOf(info.cost) : SPEEDS.indexOf(info.speed);
  };
  // Array sort is stable, so equal keys keep the order by fit.
  return [...options].sort((a, b) => key(a) - key(b));
}
