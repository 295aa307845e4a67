// What the cost figures read of a case: its answers, and the worksheet's claim and currency (scales need a figure).
import { defaultCosts } from '../../domain/costs/default-costs.ts';
import { costCase } from '../../domain/costs/estimate.ts';
import { publishedSettleRate, type SettleLean, settleLeans } from '../../domain/costs/settle-likelihood.ts';
import type { FactorProfile } from '../../domain/factors.ts';
import type { PublishedRate } from '../../domain/worksheet/paths.ts';
import type { Worksheet } from '../../domain/worksheet/types.ts';

export type Claim = { readonly value: number | undefined; readonly currency: string | undefined };

export const worksheetClaim = (worksheet: Worksheet | undefined): Claim => ({
  value: worksheet?.sides?.self?.money?.claim,
  currency: worksheet?.currency,
});

/** The published settlement rate the worksheet may use, or why it is withheld for this case. */
export type CaseSettleRate = { readonly rate: PublishedRate | undefined; readonly withheld: readonly SettleLean[] };

/**
 * Published rates are for cases both sides chose to mediate: where the case leans below them (a reluctant side,
 * a late stage of escalation), the worksheet does not use them, and says why.
 */
export function caseSettleRate(profile: FactorProfile, worksheet: Worksheet | undefined): CaseSettleRate {
  const rate = publishedSettleRate(defaultCosts, costCase(profile, worksheetClaim(worksheet)));
  const leans = settleLeans(profile);
  return rate && leans.length ? { rate: undefined, withheld: leans } : { rate, withheld: [] };
}
