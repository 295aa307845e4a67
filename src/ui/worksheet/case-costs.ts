// What the cost figures read of a case: its answers, and the worksheet's claim and currency (scales need a figure).
import { defaultCosts } from '../../domain/costs/default-costs.ts';
import { costCase, estimateCosts } from '../../domain/costs/estimate.ts';
import { publishedSettleRate } from '../../domain/costs/settle-likelihood.ts';
import type { FactorProfile } from '../../domain/factors.ts';
import type { OptionId } from '../../domain/options.ts';
import type { PublishedRate } from '../../domain/worksheet/paths.ts';
import type { Worksheet } from '../../domain/worksheet/types.ts';

export type Claim = { readonly value: number | undefined; readonly currency: string | undefined };

export const worksheetClaim = (worksheet: Worksheet | undefined): Claim => ({
  value: worksheet?.sides?.self?.money?.claim,
  currency: worksheet?.currency,
});

export const casePublishedRate = (
  profile: FactorProfile,
  worksheet: Worksheet | undefined,
): PublishedRate | undefined => publishedSettleRate(defaultCosts, costCase(profile, worksheetClaim(worksheet)));

/** The short end of the published time for an option in this case, in months; undefined where none is known. */
export const publishedMonths =
  (profile: FactorProfile, worksheet: Worksheet | undefined) =>
  (id: OptionId): number | undefined => {
    const time = estimateCosts(defaultCosts, id, costCase(profile, worksheetClaim(worksheet))).time;
    return time.known ? Math.min(...time.ranges.map((r) => r.low)) : undefined;
  };
