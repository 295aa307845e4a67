// The risk-adjusted value of going on (no settlement) for one side, from its BATNA, PATNA and WATNA.
import { OUTCOMES, type OutcomeKey, type SideSheet } from './types.ts';

/** Probabilities this close to 100 % count as 100 % (people type 33 + 33 + 33). */
export const PROBABILITY_TOLERANCE = 1;

/** Why a value could not be computed, or what was assumed to compute it; the UI says each one. */
export type GoingOnNote =
  | { readonly code: 'no-outcomes' }
  | { readonly code: 'missing-amount'; readonly outcome: OutcomeKey }
  | { readonly code: 'missing-probability'; readonly outcome: OutcomeKey }
  | { readonly code: 'probabilities-sum'; readonly sum: number }
  | { readonly code: 'costs-to-come-missing' }
  | { readonly code: 'months-missing' }
  | { readonly code: 'outcomes-out-of-order' }
  /** The value is below zero: going on is expected to cost this side money; `flipped` when only the costs made it so. */
  | { readonly code: 'negative-value'; readonly flipped: boolean };

/** How time is counted: a yearly rate, and whether the costs to come are discounted with the outcome. */
export type Discounting = { readonly ratePercent?: number; readonly costsToo?: boolean };

export type GoingOn = {
  /** Probability-weighted outcome, before costs and time; undefined when it cannot be computed. */
  readonly expected?: number;
  /** What money at the decision date is worth today (1 when nothing is discounted). */
  readonly discountFactor: number;
  /** The expected outcome times the discount factor: what it is worth today. */
  readonly expectedToday?: number;
  readonly costsToCome: number;
  /** Whether the costs to come were discounted too (only when asked, and only when there is time to discount). */
  readonly costsDiscounted: boolean;
  /** The costs to come as taken off: discounted when `costsDiscounted`, else as entered. */
  readonly costsToComeToday: number;
  /** Expected outcome, discounted, net of costs to come: below this a settlement is worse than going on. */
  readonly value?: number;
  /** Blocking problems come first; assumptions (`costs-to-come-missing`, `months-missing`, order) do not block. */
  readonly notes: readonly GoingOnNote[];
};

/** What a sum of money paid `months` from now is worth today at a yearly rate. */
export function discountFactor(ratePercent: number | undefined, months: number | undefined): number {
  if (!ratePercent || !months) return 1;
  return 1 / (1 + ratePercent / 100) ** (months / 12);
}

/**
 * Computes the value of going on. Outcomes left wholly empty are ignored; an outcome with only an amount or only a
 * probability, or probabilities that do not add up to 100 %, block the value and say why: nothing is guessed.
 */
export function valueOfGoingOn(side: SideSheet | undefined, discounting: Discounting = {}): GoingOn {
  const discountRatePercent = discounting.ratePercent;
  const notes: GoingOnNote[] = [];
  const used: { key: OutcomeKey; amount: number; probability: number }[] = [];
  for (const key of OUTCOMES) {
    const { amount, probability } = side?.outcomes?.[key] ?? {};
    if (amount === undefined && probability === undefined) continue;
    if (amount === undefined) {
      if (probability !== 0) notes.push({ code: 'missing-amount', outcome: key });
      continue;
    }
    if (probability === undefined) {
      notes.push({ code: 'missing-probability', outcome: key });
      continue;
    }
    used.push({ key, amount, probability });
  }
  const blocked = notes.length > 0;
  if (!blocked && used.length === 0) notes.push({ code: 'no-outcomes' });
  const sum = used.reduce((total, o) => total + o.probability, 0);
  if (!blocked && used.length > 0 && Math.abs(sum - 100) > PROBABILITY_TOLERANCE)
    notes.push({ code: 'probabilities-sum', sum });

  const money = side?.money ?? {};
  const costsToCome = money.costsToCome ?? 0;
  if (money.costsToCome === undefined) notes.push({ code: 'costs-to-come-missing' });
  if (discountRatePercent && money.monthsToDecision === undefined) notes.push({ code: 'months-missing' });
  if (isOutOfOrder(side)) notes.push({ code: 'outcomes-out-of-order' });
  const factor = discountFactor(discountRatePercent, money.monthsToDecision);
  const costsDiscounted = discounting.costsToo === true && factor !== 1;
  const costs = {
    costsToCome,
    costsDiscounted,
    costsToComeToday: costsDiscounted ? costsToCome * factor : costsToCome,
  };

  if (notes.some((n) => BLOCKING.has(n.code))) return { discountFactor: factor, ...costs, notes };
  // Divide by the sum (within the tolerance of 100 %) so 33/33/33 weighs the three outcomes equally.
  const expected = used.reduce((total, o) => total + o.amount * o.probability, 0) / sum;
  const expectedToday = expected * factor;
  const value = expectedToday - costs.costsToComeToday;
  // Below a cent is nothing: a value that rounds to zero is not a loss worth a warning.
  if (value <= -0.005) notes.push({ code: 'negative-value', flipped: expectedToday > 0 });
  return { expected, discountFactor: factor, expectedToday, ...costs, value, notes };
}

const BLOCKING = new Set<GoingOnNote['code']>([
  'no-outcomes',
  'missing-amount',
  'missing-probability',
  'probabilities-sum',
]);

/** The best outcome should be at least the probable one, and that at least the worst: a likely typing slip otherwise. */
function isOutOfOrder(side: SideSheet | undefined): boolean {
  const amounts = OUTCOMES.map((k) => side?.outcomes?.[k]?.amount).filter((a): a is number => a !== undefined);
  return amounts.some((a, i) => i > 0 && a > amounts[i - 1]!);
}
