// For one case, what each process would cost and take: ranges from published figures only, each with its source.
import type { Amount, Area, FactorProfile, Jurisdiction } from '../factors.ts';
import type { OptionId } from '../options.ts';
import type { CostFigure, CostPart, CostSource, CostTable, CostTables, FeeScale, Stat } from './types.ts';

/** What the estimate reads of the case: the place ("not sure" is undefined), the size band, and a claim in figures. */
export type CostCase = {
  readonly jurisdiction: Jurisdiction | undefined;
  readonly amount: Amount | undefined;
  /** What the dispute is about; undefined when not answered. */
  readonly area?: Area | undefined;
  /** The amount claimed, from the worksheet, in its currency: scales need a figure, not a band. */
  readonly claim?: { readonly value: number; readonly currency: string };
};

/** One published figure used for this case, with what it is and where it comes from. */
export type UsedFigure = {
  readonly id: string;
  readonly stat: Stat | 'scale';
  /** For a scale, the fee it gives for the claim; otherwise the published figure, in `unit`. */
  readonly value: number;
  readonly unit: string;
  readonly year: number;
  readonly population: string;
  readonly source: CostSource;
};

/** A range in one unit (months for time), low ≤ high, from the figures used. */
export type CostRange = {
  readonly low: number;
  readonly high: number;
  readonly unit: string;
  readonly used: readonly UsedFigure[];
};

/** Why a part is unknown; `not-for-this-case`: the place has figures, but for other sizes or kinds of dispute. */
export type Unknown = 'needs-amount' | 'place-unknown' | 'place-not-covered' | 'no-source' | 'not-for-this-case';
export type PartEstimate =
  | { readonly known: true; readonly ranges: readonly CostRange[] }
  | { readonly known: false; readonly why: Unknown };
export type OptionEstimate = { readonly [P in CostPart]: PartEstimate };

const WEEKS_PER_MONTH = 365.25 / 12 / 7;

/** The fee a scale gives for an amount: the band the amount falls in, fixed or a percentage of the amount. */
export function scaleFee(scale: FeeScale, amount: number): number {
  const band = scale.bands.find((b) => b.upTo === null || amount <= b.upTo) ?? scale.bands[scale.bands.length - 1]!;
  return 'fixed' in band ? band.fixed : (amount * band.percent) / 100;
}

function tablesFor(tables: CostTables, jurisdiction: Jurisdiction | undefined): CostTable[] {
  return tables.filter((t) => t.id === 'any' || (jurisdiction !== undefined && t.id === jurisdiction));
}

function figureApplies(f: CostFigure, option: OptionId, part: CostPart, c: CostCase): boolean {
  // An unanswered size or area keeps every figure, which widens the range rather than guessing the case.
  return (
    f.options.includes(option) &&
    f.part === part &&
    (!f.amounts || c.amount === undefined || f.amounts.includes(c.amount)) &&
    (!f.areas || c.area === undefined || f.areas.includes(c.area))
  );
}

function toRanges(used: UsedFigure[]): CostRange[] {
  const byUnit = new Map<string, UsedFigure[]>();
  for (const u of used) byUnit.set(u.unit, [...(byUnit.get(u.unit) ?? []), u]);
  return [...byUnit].map(([unit, list]) => {
    const values = list.map((u) => (unit === 'weeks' ? u.value / WEEKS_PER_MONTH : u.value));
    return {
      low: Math.min(...values),
      high: Math.max(...values),
      unit: unit === 'weeks' ? 'months' : unit,
      used: list,
    };
  });
}

function mergeMonths(ranges: CostRange[]): CostRange[] {
  const months = ranges.filter((r) => r.unit === 'months');
  if (months.length < 2) return ranges;
  const merged: CostRange = {
    low: Math.min(...months.map((r) => r.low)),
    high: Math.max(...months.map((r) => r.high)),
    unit: 'months',
    used: months.flatMap((r) => r.used),
  };
  return [merged, ...ranges.filter((r) => r.unit !== 'months')];
}

function partEstimate(tables: CostTables, option: OptionId, part: CostPart, c: CostCase): PartEstimate {
  const here = tablesFor(tables, c.jurisdiction);
  const used: UsedFigure[] = [];
  let needsAmount = false;
  let otherCases = false;
  for (const table of here) {
    for (const f of table.figures) {
      if (!figureApplies(f, option, part, c)) {
        if (f.options.includes(option) && f.part === part) otherCases = true;
        continue;
      }
      const source = table.sources[f.source]!;
      used.push({
        id: f.id,
        stat: f.stat,
        value: f.value,
        unit: f.unit,
        year: f.year,
        population: f.population,
        source,
      });
    }
    for (const s of table.scales) {
      if (s.part !== part || !s.options.includes(option)) continue;
      // A flat fee (one fee whatever the amount) needs no claim; a scale needs the claim in its currency.
      const flat = s.bands.every((b) => 'fixed' in b && b.fixed === (s.bands[0] as { fixed?: number }).fixed);
      if (!flat && (!c.claim || c.claim.currency !== s.currency)) {
        needsAmount = true;
        continue;
      }
      const source = table.sources[s.source]!;
      const value = scaleFee(s, flat ? 0 : c.claim!.value);
      used.push({ id: s.id, stat: 'scale', value, unit: s.currency, year: s.year, population: s.population, source });
    }
  }
  if (used.length) return { known: true, ranges: mergeMonths(toRanges(used)) };
  if (needsAmount) return { known: false, why: 'needs-amount' };
  if (otherCases) return { known: false, why: 'not-for-this-case' };
  if (c.jurisdiction === undefined) return { known: false, why: 'place-unknown' };
  if (!tables.some((t) => t.id === c.jurisdiction)) return { known: false, why: 'place-not-covered' };
  return { known: false, why: 'no-source' };
}

/**
 * Fees, the parties' own costs and time for one option in this case. Pure: only figures in `tables` are used,
 * and a part with none says why it is unknown. The number of parties and complexity do not narrow any range:
 * no source in data/costs gives an adjustment for them.
 */
export function estimateCosts(tables: CostTables, option: OptionId, c: CostCase): OptionEstimate {
  return {
    fees: partEstimate(tables, option, 'fees', c),
    partyCosts: partEstimate(tables, option, 'partyCosts', c),
    time: partEstimate(tables, option, 'time', c),
    settles: partEstimate(tables, option, 'settles', c),
  };
}

/** Whether any table has a figure of this part for this option: where none does anywhere, the part is not shown. */
export function hasAnyFigure(tables: CostTables, option: OptionId, part: CostPart): boolean {
  return tables.some((t) => t.figures.some((f) => f.part === part && f.options.includes(option)));
}

/** The case as the estimate reads it, from the answers and (when given) the worksheet's claim and currency. */
export function costCase(
  profile: FactorProfile,
  claim?: { readonly value: number | undefined; readonly currency: string | undefined },
): CostCase {
  const jurisdiction = profile['ctx.jurisdiction'];
  const amount = profile['ctx.amount'];
  const base = { jurisdiction, amount, area: profile['ctx.area'] };
  return claim?.value !== undefined && claim.currency
    ? { ...base, claim: { value: claim.value, currency: claim.currency } }
    : base;
}
