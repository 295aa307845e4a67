// Where a settlement beats going on for each side, and whether the two ranges meet (the zone of possible agreement).
import { valueOfGoingOn, type GoingOn } from './going-on.ts';
import type { SideKey, Worksheet } from './types.ts';

/**
 * Settlement amounts are read as what "self" receives from "other" (negative: self pays). Self prefers any
 * settlement of at least its value of going on; other prefers any in which it receives at least its own value,
 * that is self receives at most minus other's value.
 */
export type SettlementZone =
  | { readonly kind: 'unknown'; readonly missing: readonly SideKey[] }
  | { readonly kind: 'overlap'; readonly low: number; readonly high: number }
  | { readonly kind: 'gap'; readonly low: number; readonly high: number; readonly gap: number };

export type WorksheetAssessment = {
  readonly self: GoingOn;
  readonly other: GoingOn;
  /** The least settlement self should accept, in self's terms (self's value of going on). */
  readonly selfAccepts?: number;
  /** The most self can get that other should still accept (minus other's value of going on). */
  readonly otherAccepts?: number;
  readonly zone: SettlementZone;
};

export function settlementZone(selfValue: number | undefined, otherValue: number | undefined): SettlementZone {
  const missing: SideKey[] = [];
  if (selfValue === undefined) missing.push('self');
  if (otherValue === undefined) missing.push('other');
  if (selfValue === undefined || otherValue === undefined) return { kind: 'unknown', missing };
  const low = selfValue;
  const high = 0 - otherValue; // not -otherValue: no negative zero
  // Within a cent the ranges touch: one settlement amount leaves both no worse off.
  return high - low >= -0.005
    ? { kind: 'overlap', low, high: Math.max(low, high) }
    : { kind: 'gap', low: high, high: low, gap: low - high };
}

export function assessWorksheet(worksheet: Worksheet): WorksheetAssessment {
  const time = { ratePercent: worksheet.discountRatePercent, costsToo: worksheet.discountCostsToCome === true };
  const self = valueOfGoingOn(worksheet.sides?.self, time);
  const other = valueOfGoingOn(worksheet.sides?.other, time);
  return {
    self,
    other,
    selfAccepts: self.value,
    otherAccepts: other.value === undefined ? undefined : 0 - other.value,
    zone: settlementZone(self.value, other.value),
  };
}
