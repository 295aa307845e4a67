// Two parties' priorities side by side, and the options that serve both: each option scored by the lower of the two
// sides' scores (it is only as good as it is for the side it suits least), ties broken by the sum, then by id.
import type { GateHit, RankedOption } from '../analysis.ts';
import { analyse } from '../engine.ts';
import {
  factorKind,
  GOAL_IDS,
  IMPEDIMENT_IDS,
  type FactorId,
  type FactorProfile,
  type FactorValue,
  type GoalId,
  type ImpedimentId,
  type Level,
} from '../factors.ts';
import type { OptionId } from '../options.ts';
import type { RulesPack } from '../rules-pack.ts';
import { SHARED_FACTORS } from './priorities-code.ts';
import { VIEW_OF_OTHER } from './willingness.ts';

export type Side = 'a' | 'b';
/** Same level; one step apart; two or more apart; at least one side did not answer. */
export type Agreement = 'agree' | 'close' | 'differ' | 'unknown';

export type PriorityRow = {
  readonly factor: GoalId | ImpedimentId;
  readonly a: Level | undefined;
  readonly b: Level | undefined;
  readonly agreement: Agreement;
};

export type SharedOption = {
  readonly id: OptionId;
  /** The lower of the two sides' scores: what the ranking sorts on. */
  readonly score: number;
  readonly a: RankedOption;
  readonly b: RankedOption;
  /** Whose score set the combined one ('both' when equal). */
  readonly limitedBy: Side | 'both';
};

export type ExcludedOption = { readonly id: OptionId; readonly a: readonly GateHit[]; readonly b: readonly GateHit[] };

export type Together = {
  readonly priorities: readonly PriorityRow[];
  /** Options open to both sides, best for both first. */
  readonly shared: readonly SharedOption[];
  /** Options a gate rules out for one side or both, with each side's reasons. */
  readonly excluded: readonly ExcludedOption[];
};

const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export function agreement(a: Level | undefined, b: Level | undefined): Agreement {
  if (a === undefined || b === undefined) return 'unknown';
  const gap = Math.abs(a - b);
  return gap === 0 ? 'agree' : gap === 1 ? 'close' : 'differ';
}

export function comparePriorities(a: FactorProfile, b: FactorProfile): PriorityRow[] {
  return [...GOAL_IDS, ...IMPEDIMENT_IDS].map((factor) => ({
    factor,
    a: a[factor],
    b: b[factor],
    agreement: agreement(a[factor], b[factor]),
  }));
}

/** A fact of the case as each side gave it (amount, escalation, cross-border…): the sides may see it differently. */
export type FactRow = {
  readonly factor: FactorId;
  readonly a: FactorValue | undefined;
  readonly b: FactorValue | undefined;
  readonly agreement: Agreement;
};

/**
 * The facts a code carries, in the code's order: everything shared that is not a goal or an obstacle, nor the view
 * of the other side's willingness, which is about a different person on each side (willingness.ts).
 */
export const FACT_FACTORS: readonly FactorId[] = SHARED_FACTORS.filter(
  (id) => factorKind(id) !== 'goal' && factorKind(id) !== 'impediment' && id !== VIEW_OF_OTHER,
);

function factAgreement(a: FactorValue | undefined, b: FactorValue | undefined): Agreement {
  if (a === undefined || b === undefined) return 'unknown';
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) === 0 ? 'agree' : Math.abs(a - b) === 1 ? 'close' : 'differ';
  return a === b ? 'agree' : 'differ';
}

export function compareFacts(a: FactorProfile, b: FactorProfile): FactRow[] {
  return FACT_FACTORS.map((factor) => ({
    factor,
    a: a[factor],
    b: b[factor],
    agreement: factAgreement(a[factor], b[factor]),
  }));
}

/** Pure and symmetric: swapping the parties swaps every a and b and changes nothing else. */
export function combine(profileA: FactorProfile, profileB: FactorProfile, rules: RulesPack): Together {
  const ranked = {
    a: new Map(analyse(profileA, rules, { sensitivity: false }).options.map((o) => [o.id, o])),
    b: new Map(analyse(profileB, rules, { sensitivity: false }).options.map((o) => [o.id, o])),
  };
  const shared: SharedOption[] = [];
  const excluded: ExcludedOption[] = [];
  for (const [id, a] of ranked.a) {
    const b = ranked.b.get(id)!;
    if (!a.available || !b.available) {
      excluded.push({ id, a: a.unavailable, b: b.unavailable });
      continue;
    }
    const limitedBy = a.score === b.score ? 'both' : a.score < b.score ? 'a' : 'b';
    shared.push({ id, score: Math.min(a.score, b.score), a, b, limitedBy });
  }
  shared.sort((x, y) => y.score - x.score || y.a.score + y.b.score - (x.a.score + x.b.score) || byId(x.id, y.id));
  excluded.sort((x, y) => byId(x.id, y.id));
  return { priorities: comparePriorities(profileA, profileB), shared, excluded };
}
