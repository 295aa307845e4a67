// What a process costs and takes, as published figures (data/costs): every figure with its source, year and population.
import type { Amount, Area, Jurisdiction } from '../factors.ts';
import type { OptionId } from '../options.ts';

/** Which part of the cost of a process a figure is about; `settles`: the share of cases that settle. */
export const COST_PARTS = ['fees', 'partyCosts', 'time', 'settles'] as const;
export type CostPart = (typeof COST_PARTS)[number];

/** What kind of number a figure is: a published statistic, or a share of the total cost. */
export const STATS = ['mean', 'median', 'average', 'share'] as const;
export type Stat = (typeof STATS)[number];

export const TIME_UNITS = ['weeks', 'months'] as const;

export type CostSource = { readonly citation: string; readonly year: number; readonly url?: string };

/** One band of a fee scale: up to `upTo` (null: no upper limit), a fixed fee or a percentage of the amount. */
export type ScaleBand =
  | { readonly upTo: number | null; readonly fixed: number }
  | { readonly upTo: number | null; readonly percent: number };

/** A published fee scale by amount in dispute, e.g. a court's issue fee. */
export type FeeScale = {
  readonly id: string;
  readonly options: readonly OptionId[];
  readonly part: 'fees';
  readonly what: string;
  readonly currency: string;
  readonly year: number;
  readonly source: string;
  readonly population: string;
  readonly bands: readonly ScaleBand[];
};

/**
 * A published figure: a statistic of time or cost, or a share; `amounts` limits it to cases of these sizes and
 * `areas` to disputes of these kinds (a court's figure for employment cases, a survey without family cases).
 */
export type CostFigure = {
  readonly id: string;
  readonly options: readonly OptionId[];
  readonly part: CostPart;
  readonly stat: Stat;
  readonly value: number;
  /** An ISO 4217 code, a time unit, or "percent" (with stat "share": of the total cost, or of cases that settle). */
  readonly unit: string;
  readonly amounts?: readonly Amount[];
  readonly areas?: readonly Area[];
  readonly year: number;
  readonly source: string;
  readonly population: string;
};

/** The figures for one jurisdiction, or for any ("any": institutions' figures that do not depend on the place). */
export type CostTable = {
  readonly id: Exclude<Jurisdiction, 'other'> | 'any';
  readonly checked: string;
  readonly scales: readonly FeeScale[];
  readonly figures: readonly CostFigure[];
  readonly sources: Readonly<Record<string, CostSource>>;
};

export type CostTables = readonly CostTable[];
