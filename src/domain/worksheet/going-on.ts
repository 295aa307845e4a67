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
  | { readonly code: 'outcomes-out-of-order' };

export type GoingOn = {
  /** Probability-weighted outcome, before costs and time; undefined when it cannot be computed. */
  readonly expected?: number;
  /** What money at the decision date is worth today (1 when nothing is discounted). */
  readonly discountFactor: number;
  readonly costsToCome: number;
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
export function valueOfGoingOn(side: SideSheet | undefined, discountRatePercent?: number): GoingOn {
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

  if (notes.some((n) => BLOCKING.has(n.code))) return { discountFactor: factor, costsToCome, notes };
  // Divide by the sum (within the tolerance of 100 %) so 33/33/33 weighs the three outcomes equally.
  const expected = used.reduce((total, o) => total + o.amount * o.probability, 0) / sum;
  return { expected, discountFactor: factor, costsToCome, value: expected * factor - costsToCome, notes };
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
