// The results in another order than fit: by typical cost or by how soon a process ends, fit breaking ties.
import type { RankedOption } from './analysis.ts';
import { COSTS, SPEEDS } from './option-traits.ts';
import type { OptionId } from './options.ts';
import type { RulesPack } from './rules-pack.ts';

export const ORDERS = ['fit', 'cost', 'time'] as const;
export type Order = (typeof ORDERS)[number];

/**
 * Orders ranked options. "cost" goes by the option's typical cost (low, medium, high); "time" by its speed band,
 * then by the published months for this case where known (`months`: the low end), since those compare across
 * options in one unit. Fees are not compared: published fees come in different currencies and cover different parts.
 * Equal keys keep the order by fit.
 */
export function orderOptions(
  options: readonly RankedOption[],
  rules: RulesPack,
  order: Order,
  months: (id: OptionId) => number | undefined = () => undefined,
): readonly RankedOption[] {
  if (order === 'fit') return options;
  const key = (o: RankedOption): readonly number[] => {
    const info = rules.options[o.id];
    return order === 'cost'
      ? [COSTS.indexOf(info.cost)]
      : [SPEEDS.indexOf(info.speed), months(o.id) ?? Number.POSITIVE_INFINITY];
  };
  const keyed = options.map((o, i) => ({ o, i, k: key(o) }));
  keyed.sort((a, b) => {
    for (let j = 0; j < a.k.length; j++) if (a.k[j] !== b.k[j]) return a.k[j]! < b.k[j]! ? -1 : 1;
    return a.i - b.i;
  });
  return keyed.map((x) => x.o);
}
