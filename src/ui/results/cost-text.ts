// How an option's cost estimate is worded: ranges rounded outward, the kind of figure said, and the figures used.
import {
  type CostRange,
  hasAnyFigure,
  type OptionEstimate,
  type PartEstimate,
  type UsedFigure,
} from '../../domain/costs/estimate.ts';
import type { CostTables } from '../../domain/costs/types.ts';
import type { OptionId } from '../../domain/options.ts';
import { formatMoney, formatNumber, formatPercent } from '../app/format.ts';
import { t } from '../app/i18n.ts';
import { costsMessages } from './costs.messages.ts';

export const COST_PARTS_SHOWN = ['fees', 'partyCosts', 'time', 'settles'] as const;
export type ShownPart = (typeof COST_PARTS_SHOWN)[number];

// Rounded outward, so a range never claims more precision than its figures have.
function rangeText(r: CostRange, part: ShownPart): string {
  const m = t(costsMessages);
  // One exact figure (a fee from a scale) is rounded to the nearest unit, not widened into a range.
  const [low, high] =
    r.low === r.high ? [Math.round(r.low), Math.round(r.high)] : [Math.floor(r.low), Math.ceil(r.high)];
  const one = (n: number) =>
    r.unit === 'months' ? formatNumber(n) : r.unit === 'percent' ? formatPercent(n) : formatMoney(n, r.unit);
  const range = low === high ? one(low) : `${one(low)}–${one(high)}`;
  if (r.unit === 'percent') return part === 'settles' ? m.settleShare(range) : m.shareOfTotal(range);
  const text = r.unit === 'months' ? m.months(range, high) : range;
  // Say what kind of figure it is (a mean, a median), so a statistic is not read as a quote for this case.
  const stats = [...new Set(r.used.map((u) => u.stat))];
  return stats.length === 1 && stats[0] !== 'scale' ? `${text} (${m[`stat.${stats[0]!}`]})` : text;
}

export function partText(p: PartEstimate, part: ShownPart): string {
  return p.known ? p.ranges.map((r) => rangeText(r, part)).join(' + ') : t(costsMessages)[`why.${p.why}`];
}

/** The parts shown for an option: how often it settles only where some source gives that for it. */
export const shownParts = (tables: CostTables, id: OptionId): readonly ShownPart[] =>
  COST_PARTS_SHOWN.filter((part) => part !== 'settles' || hasAnyFigure(tables, id, 'settles'));

export const usedFigures = (estimate: OptionEstimate): readonly UsedFigure[] =>
  COST_PARTS_SHOWN.flatMap((part) => {
    const p = estimate[part];
    return p.known ? p.ranges.flatMap((r) => r.used) : [];
  });

/** A figure as its source line says it: what kind, for whom, which year. */
export const figureText = (u: UsedFigure): string => {
  const m = t(costsMessages);
  return m.figure(m[`stat.${u.stat}`], u.population, u.year);
};
