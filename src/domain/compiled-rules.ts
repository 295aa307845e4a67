// A rules pack turned into arrays and closures once, so analyses and what-ifs do no lookups by name.
import { compileCondition, conditionFactors, type CompiledCondition } from './conditions.ts';
import {
  FACTOR_IDS,
  GOAL_IDS,
  IMPEDIMENT_IDS,
  factorValues,
  type FactorId,
  type FactorValue,
  type GoalId,
} from './factors.ts';
import { OPTION_IDS, type OptionId } from './options.ts';
import { factorIndex } from './profile-values.ts';
import type { CautionRule, Gate, RatedFactorId, RulesPack } from './rules-pack.ts';
import type { Lead, RatingCap } from './rules-pack-stages.ts';

type PerOption = readonly number[];

export type CompiledRated = {
  readonly factor: RatedFactorId;
  readonly index: number;
  readonly weight: number;
  readonly ratings: PerOption;
};

export type CompiledRules = {
  readonly rules: RulesPack;
  /** Options in OPTION_IDS order; every per-option array uses this order. */
  readonly options: readonly OptionId[];
  readonly base: PerOption;
  readonly rated: readonly CompiledRated[];
  readonly ratingModifiers: readonly { when: CompiledCondition; rated: number; adjust: PerOption }[];
  readonly pointModifiers: readonly { when: CompiledCondition; factor: FactorId; index: number; points: PerOption }[];
  readonly gates: readonly { gate: Gate; when: CompiledCondition; applies: readonly boolean[] }[];
  readonly cautions: readonly { rule: CautionRule; when: CompiledCondition; applies: readonly boolean[] }[];
  /** Options that rank first while their condition holds. */
  readonly leads: readonly { lead: Lead; when: CompiledCondition; applies: readonly boolean[] }[];
  /** Per essential goal: its factor index and, per option, whether it delivers the goal (always, or while a condition holds). */
  readonly essentials: readonly {
    goal: GoalId;
    index: number;
    delivers: readonly boolean[];
    also: readonly { when: CompiledCondition; applies: readonly boolean[] }[];
  }[];
  /** Caps on ratings: while `when` holds, rated factor `rated[k]` counts at most `max` for the options it applies to. */
  readonly caps: readonly {
    cap: RatingCap;
    when: CompiledCondition;
    rated: readonly number[];
    applies: readonly boolean[];
    max: number;
  }[];
  /** The protection step's conditions, compiled with the rest (undefined when the pack has none). */
  readonly protection: { readonly when: CompiledCondition; readonly urgentWhen: CompiledCondition } | undefined;
  readonly tieMargin: number;
  /** Per factor index: true for a goal or impediment, whose change only moves scores linearly (rules read circumstances only). */
  readonly linear: readonly boolean[];
  /** Per factor index: true when gates, leads or essentials read it, so a change can move options between stages. */
  readonly staged: readonly boolean[];
  /** Per factor index: true when a rating modifier reads it, so a change can shift goal and impediment points. */
  readonly shiftsRatings: readonly boolean[];
  /** Per factor index: its place in `rated`, or -1 for a circumstance. */
  readonly ratedAt: readonly number[];
  /** Per factor index: factorValues(id), computed once. */
  readonly values: readonly (readonly FactorValue[])[];
};

const cache = new WeakMap<RulesPack, CompiledRules>();

function perOption(points: Readonly<Partial<Record<OptionId, number>>>): PerOption {
  return OPTION_IDS.map((id) => points[id] ?? 0);
}

function appliesTo(options: readonly OptionId[]): readonly boolean[] {
  return OPTION_IDS.map((id) => options.includes(id));
}

function compile(rules: RulesPack): CompiledRules {
  const ratedIds: readonly RatedFactorId[] = [...GOAL_IDS, ...IMPEDIMENT_IDS];
  const rated = ratedIds.map((factor) => ({
    factor,
    index: factorIndex(factor),
    weight: factor.startsWith('goal.') ? rules.scoring.goalWeight : rules.scoring.impedimentWeight,
    ratings: OPTION_IDS.map((id) => rules.ratings[id][factor]),
  }));
  const places = rules.places ?? {};
  const ratingModifiers = [];
  const pointModifiers = [];
  for (const m of rules.modifiers) {
    const when = compileCondition(m.when, places);
    if ('adjust' in m) ratingModifiers.push({ when, rated: ratedIds.indexOf(m.factor), adjust: perOption(m.adjust) });
    else pointModifiers.push({ when, factor: m.factor, index: factorIndex(m.factor), points: perOption(m.points) });
  }
  const essentials = (rules.essentials ?? []).map((e) => ({
    goal: e.goal,
    index: factorIndex(e.goal),
    delivers: appliesTo(e.options),
    also: (e.also ?? []).map((a) => ({ when: compileCondition(a.when, places), applies: appliesTo(a.options) })),
  }));
  // A change to any of these can move an option between stages, so availability and standing are worked out again.
  const staged = new Set<FactorId>([
    ...rules.gates.flatMap((g) => conditionFactors(g.when)),
    ...(rules.leads ?? []).flatMap((l) => conditionFactors(l.when)),
    ...(rules.essentials ?? []).flatMap((e) => [e.goal, ...(e.also ?? []).flatMap((a) => conditionFactors(a.when))]),
  ]);
  const shifting = new Set([
    ...rules.modifiers.flatMap((m) => ('adjust' in m ? conditionFactors(m.when) : [])),
    ...(rules.caps ?? []).flatMap((c) => conditionFactors(c.when)),
  ]);
  return {
    rules,
    options: OPTION_IDS,
    base: OPTION_IDS.map((id) => rules.options[id].base),
    rated,
    ratingModifiers,
    pointModifiers,
    gates: rules.gates.map((gate) => ({
      gate,
      when: compileCondition(gate.when, places),
      applies: appliesTo(gate.options),
    })),
    cautions: rules.cautions.map((rule) => ({
      rule,
      when: rule.when ? compileCondition(rule.when, places) : () => true,
      applies: appliesTo(rule.options),
    })),
    leads: (rules.leads ?? []).map((lead) => ({
      lead,
      when: compileCondition(lead.when, places),
      applies: appliesTo(lead.options),
    })),
    essentials,
    caps: (rules.caps ?? []).map((c) => ({
      cap: c,
      when: compileCondition(c.when, places),
      rated: c.factors.map((f) => ratedIds.indexOf(f)),
      applies: appliesTo(c.options),
      max: c.max,
    })),
    protection: rules.protection && {
      when: compileCondition(rules.protection.when, places),
      urgentWhen: compileCondition(rules.protection.urgentWhen, places),
    },
    tieMargin: rules.scoring.tieMargin ?? 0,
    linear: FACTOR_IDS.map((id) => id.startsWith('goal.') || id.startsWith('imp.')),
    staged: FACTOR_IDS.map((id) => staged.has(id)),
    shiftsRatings: FACTOR_IDS.map((id) => shifting.has(id)),
    ratedAt: FACTOR_IDS.map((id) => rated.findIndex((r) => r.factor === id)),
    values: FACTOR_IDS.map(factorValues),
  };
}

/** Compiles a pack the first time it is seen; a validated pack is never mutated, so the cache stays right. */
export function compiledRules(rules: RulesPack): CompiledRules {
  let compiled = cache.get(rules);
  if (!compiled) {
    compiled = compile(rules);
    cache.set(rules, compiled);
  }
  return compiled;
}
