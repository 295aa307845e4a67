// Each way on, in money and months, for one side: court, arbitration, and mediation first with court if it fails.
import { discountFactor, valueOfGoingOn, type Discounting } from './going-on.ts';
import type { SettlementZone } from './settlement-zone.ts';
import type { Money, PathMoney, SideKey, SideSheet } from './types.ts';

/** A published settlement rate for cases like this one, in percent (low ≤ high), used when the side gives none. */
export type PublishedRate = { readonly low: number; readonly high: number };

/** Why a path's value could not be computed, or what it assumed. */
export type PathNote =
  | { readonly code: 'outcomes-blocked' }
  | { readonly code: 'not-entered' }
  /** Mediation first needs the court path it falls back on. */
  | { readonly code: 'court-needed' }
  | { readonly code: 'costs-missing' }
  | { readonly code: 'months-missing' }
  | { readonly code: 'chance-missing' }
  | { readonly code: 'chance-published'; readonly rate: PublishedRate }
  | { readonly code: 'settlement-missing' }
  | { readonly code: 'settlement-from-zone'; readonly settlement: number }
  | { readonly code: 'settlement-below-going-on' };

/** A value in money as a range: one figure when low = high; `atLeast` when the settlement was unknown. */
export type PathValue = { readonly low: number; readonly high: number; readonly atLeast: boolean };

/** Months to the end of the path: for mediation first, `low` when it settles and `high` when court follows. */
export type PathMonths = { readonly low: number; readonly high: number };

export type CourtLikePath = {
  readonly id: 'court' | 'arbitration';
  /** The side's figures for this path, or (court only) its figures for going on when the path has none. */
  readonly from: 'path' | 'going-on' | 'none';
  /** The costs and months used (court: its own, each falling back to the going-on figure). */
  readonly money?: PathMoney;
  readonly costs?: number;
  readonly months?: number;
  readonly value?: PathValue;
  readonly notes: readonly PathNote[];
};

export type MediationFirstPath = {
  readonly id: 'mediation-first';
  readonly costs?: number;
  /** The mediation's own months, and the months of the court path that follows if it fails. */
  readonly months?: PathMonths;
  /** The chance of settling used, in percent: the side's own, or the published range. */
  readonly chance?: PublishedRate;
  readonly value?: PathValue;
  readonly notes: readonly PathNote[];
};

export type PathComparison = {
  readonly court: CourtLikePath;
  readonly arbitration: CourtLikePath;
  readonly mediationFirst: MediationFirstPath;
};

const exact = (n: number): PathValue => ({ low: n, high: n, atLeast: false });

/** The side's going-on figures with this path's costs and months. */
function withPath(side: SideSheet, money: PathMoney): SideSheet {
  const base: Money = { ...side.money };
  return { ...side, money: { ...base, costsToCome: money.costsToCome, monthsToDecision: money.monthsToDecision } };
}

const isEntered = (money: PathMoney | undefined) =>
  money !== undefined && (money.costsToCome !== undefined || money.monthsToDecision !== undefined);

function courtLike(
  id: 'court' | 'arbitration',
  side: SideSheet,
  discounting: Discounting,
  own: PathMoney | undefined,
): CourtLikePath {
  const goingOn = side.money ?? {};
  const from: CourtLikePath['from'] = isEntered(own)
    ? 'path'
    : id === 'court' && isEntered(goingOn)
      ? 'going-on'
      : 'none';
  if (from === 'none') return { id, from, notes: [{ code: 'not-entered' }] };
  // Court falls back field by field: its own months with the costs typed for going on, or the other way round.
  const money: PathMoney =
    id === 'court'
      ? {
          costsToCome: own?.costsToCome ?? goingOn.costsToCome,
          monthsToDecision: own?.monthsToDecision ?? goingOn.monthsToDecision,
        }
      : own!;
  const result = valueOfGoingOn(withPath(side, money), discounting);
  const notes: PathNote[] = [];
  if (money.costsToCome === undefined) notes.push({ code: 'costs-missing' });
  if (money.monthsToDecision === undefined) notes.push({ code: 'months-missing' });
  // The figures are shown even when the outcomes block the value: they were typed, and say what the path costs.
  const path = {
    id,
    from,
    money,
    costs: money.costsToCome,
    months: money.monthsToDecision,
  };
  if (result.value === undefined) return { ...path, notes: [{ code: 'outcomes-blocked' }, ...notes] };
  return { ...path, value: exact(result.value), notes };
}

/**
 * Mediation now, court if it fails. With a chance p of settling at S (this side's terms, discounted for the
 * mediation's months), and C the court path's value counted from the end of the mediation:
 *   value = − cost of mediating + p × max(S, C) + (1 − p) × C.
 * A side refuses a settlement worth less than going on, hence max(S, C); so a higher p never lowers the value and
 * more cost never raises it. Without S, S = C gives the least the path is worth ("at least").
 */
function mediationFirst(
  side: SideSheet,
  discounting: Discounting,
  court: CourtLikePath,
  zoneMiddle: number | undefined,
  published: PublishedRate | undefined,
): MediationFirstPath {
  const m = side.paths?.mediation ?? {};
  if (Object.keys(m).length === 0) return { id: 'mediation-first', notes: [{ code: 'not-entered' }] };
  const notes: PathNote[] = [];
  const chance: PublishedRate | undefined =
    m.settlePercent !== undefined ? { low: m.settlePercent, high: m.settlePercent } : published;
  if (m.settlePercent === undefined)
    notes.push(published ? { code: 'chance-published', rate: published } : { code: 'chance-missing' });
  if (m.costs === undefined) notes.push({ code: 'costs-missing' });
  if (m.months === undefined) notes.push({ code: 'months-missing' });
  const courtMoney: PathMoney = court.money ?? {};
  const after = valueOfGoingOn(
    withPath(side, {
      costsToCome: courtMoney.costsToCome,
      monthsToDecision: (courtMoney.monthsToDecision ?? 0) + (m.months ?? 0) || undefined,
    }),
    discounting,
  );
  // Months are shown only when both are known: a missing figure is not a zero.
  const months =
    m.months === undefined || court.months === undefined ? undefined : { low: m.months, high: m.months + court.months };
  const base = { id: 'mediation-first' as const, costs: m.costs, months, chance };
  if (after.value === undefined || court.from === 'none')
    return {
      ...base,
      notes: [court.from === 'none' ? { code: 'court-needed' } : { code: 'outcomes-blocked' }, ...notes],
    };
  if (!chance) return { ...base, notes };
  let settlement = m.settlement;
  if (settlement === undefined && zoneMiddle !== undefined) {
    settlement = zoneMiddle;
    notes.push({ code: 'settlement-from-zone', settlement });
  } else if (settlement === undefined) notes.push({ code: 'settlement-missing' });
  const c = after.value;
  const s = settlement === undefined ? c : settlement * discountFactor(discounting.ratePercent, m.months);
  if (settlement !== undefined && s < c) notes.push({ code: 'settlement-below-going-on' });
  const at = (percent: number) => -(m.costs ?? 0) + (percent / 100) * Math.max(s, c) + (1 - percent / 100) * c;
  const [a, b] = [at(chance.low), at(chance.high)];
  return {
    ...base,
    value: { low: Math.min(a, b), high: Math.max(a, b), atLeast: settlement === undefined },
    notes,
  };
}

/** The middle of the zone of agreement in this side's terms (the zone is in what "self" receives). */
export function zoneMiddle(zone: SettlementZone, side: SideKey): number | undefined {
  if (zone.kind !== 'overlap') return undefined;
  const middle = (zone.low + zone.high) / 2;
  return side === 'self' ? middle : 0 - middle;
}

/**
 * Compares the ways on for one side. Every figure is the side's own except, where it gives no chance of settling,
 * the published rate (`published`, a range), and where it gives no settlement, `middle` (the middle of the zone
 * of agreement in its terms, see zoneMiddle); each is said in a note.
 */
export function comparePaths(
  sheet: SideSheet | undefined,
  discounting: Discounting,
  middle: number | undefined,
  published: PublishedRate | undefined,
): PathComparison {
  const s = sheet ?? {};
  const court = courtLike('court', s, discounting, s.paths?.court);
  return {
    court,
    arbitration: courtLike('arbitration', s, discounting, s.paths?.arbitration),
    mediationFirst: mediationFirst(s, discounting, court, middle, published),
  };
}
