// How likely a mediation is to settle in this case: the published rate for its population, and which way the case leans.
import type { FactorProfile } from '../factors.ts';
import type { OptionId } from '../options.ts';
import type { PublishedRate } from '../worksheet/paths.ts';
import { type CostCase, estimateCosts } from './estimate.ts';
import type { CostTables } from './types.ts';

/**
 * What in the case points below the published rate. Published rates are for cases both sides agreed to mediate;
 * a reluctant side, and a conflict past Glasl's stage 6 (lose-lose), make settling less likely. We name the
 * direction only: no source gives the size of the change.
 */
export type SettleLean = 'reluctant-side' | 'escalated';

export function settleLeans(profile: FactorProfile): SettleLean[] {
  const leans: SettleLean[] = [];
  const willing = profile['ctx.other-party-willing'];
  if (willing !== undefined && willing <= 1) leans.push('reluctant-side');
  const stage = profile['ctx.escalation'];
  if (stage !== undefined && stage >= 7) leans.push('escalated');
  return leans;
}

const MEDIATION: readonly OptionId[] = ['mediation-facilitative', 'mediation-evaluative'];

/** The published settlement rate for a mediation in this case, as a range over every figure that applies. */
export function publishedSettleRate(tables: CostTables, c: CostCase): PublishedRate | undefined {
  const values = MEDIATION.flatMap((id) => {
    const part = estimateCosts(tables, id, c).settles;
    return part.known ? part.ranges.filter((r) => r.unit === 'percent').flatMap((r) => [r.low, r.high]) : [];
  });
  return values.length ? { low: Math.min(...values), high: Math.max(...values) } : undefined;
}
