// The rules pack's shape and its validation at load: data under data/rules, checked before use.
import type { Condition } from './conditions.ts';
import type { FactorId, GoalId, ImpedimentId } from './factors.ts';
import type { OptionId } from './options.ts';
import type { BINDING, COSTS, FAMILIES, PRIVATE } from './option-traits.ts';
import { parseOptions, parseFactorTexts, parseRatings, parseSources } from './rules-pack-tables.ts';
import { parseCautions, parseGates, parseModifiers } from './rules-pack-rules.ts';
import { checkInt, checkKeys, isRecord, readRecord, readText, type Problems } from './validate.ts';

export type RatedFactorId = GoalId | ImpedimentId;
export type Rating = -2 | -1 | 0 | 1 | 2;

/** A statement shown with an option; `source` is a key of RulesPack.sources. */
export type Fact = { readonly text: string; readonly source: string };

export type OptionInfo = {
  readonly name: string;
  readonly summary: string;
  readonly family: (typeof FAMILIES)[number];
  /** How much control the parties hand to the neutral: 0 negotiation .. 4 litigation. */
  readonly control: 0 | 1 | 2 | 3 | 4;
  readonly binding: (typeof BINDING)[number];
  readonly bindingNote?: string;
  readonly private: (typeof PRIVATE)[number];
  readonly cost: (typeof COSTS)[number];
  readonly time: string;
  /** Starting score before any answer, with the reason when it is not 0. */
  readonly base: number;
  readonly baseBecause?: string;
  readonly facts: readonly Fact[];
};

/** English for a factor: "because {because}"; becauseWhen overrides it for one value (key = JSON value). */
export type FactorText = {
  readonly label: string;
  readonly because: string;
  readonly becauseWhen?: Readonly<Record<string, string>>;
};

export type Source = { readonly citation: string; readonly note?: string };

/** Fixed points for options while a circumstance holds, credited to `factor` (a ctx factor). */
export type PointsModifier = {
  readonly id: string;
  readonly why: string;
  readonly cite?: string;
  readonly when: Condition;
  readonly factor: FactorId;
  readonly points: Readonly<Partial<Record<OptionId, number>>>;
};

/** Shifts options' ratings on a goal or impediment while a circumstance holds (credited to that factor). */
export type RatingModifier = {
  readonly id: string;
  readonly why: string;
  readonly cite?: string;
  readonly when: Condition;
  readonly factor: RatedFactorId;
  readonly adjust: Readonly<Partial<Record<OptionId, number>>>;
};

export type Modifier = PointsModifier | RatingModifier;

export type Gate = {
  readonly id: string;
  readonly options: readonly OptionId[];
  /** When this holds, the options are unavailable. */
  readonly when: Condition;
  readonly reason: string;
};

export type CautionRule = {
  readonly id: string;
  readonly options: readonly OptionId[];
  /** Absent = always shown. */
  readonly when?: Condition;
  readonly text: string;
  readonly safeguards: readonly string[];
  readonly cite?: string;
};

export type RulesPack = {
  readonly version: string;
  /** Says whose ratings these are: the project's own, after Sander & Goldberg. */
  readonly ratingsLabel: string;
  readonly scoring: { readonly goalWeight: number; readonly impedimentWeight: number };
  readonly sources: Readonly<Record<string, Source>>;
  readonly options: Readonly<Record<OptionId, OptionInfo>>;
  readonly factors: Readonly<Record<FactorId, FactorText>>;
  readonly ratings: Readonly<Record<OptionId, Readonly<Record<RatedFactorId, Rating>>>>;
  readonly modifiers: readonly Modifier[];
  readonly gates: readonly Gate[];
  readonly cautions: readonly CautionRule[];
};

const TOP_KEYS = ['version', 'ratingsLabel', 'scoring', 'sources', 'options', 'factors', 'ratings', 'modifiers', 'gates', 'cautions'];
const VERSION = /^\d{4}\.\d{1,2}\.\d+$/;

/** Validates a whole pack; every problem is reported as "path: what is wrong". */
export function parseRulesPack(input: unknown): { ok: true; rules: RulesPack } | { ok: false; problems: string[] } {
  const problems: Problems = [];
  if (!isRecord(input)) return { ok: false, problems: ['rules pack: expected an object'] };
  checkKeys(input, TOP_KEYS, '', problems);
  const version = readText(input, 'version', '', problems);
  if (version !== undefined && !VERSION.test(version)) {
    problems.push(`version: expected year.month.n such as "2026.11.1", got "${version}"`);
  }
  readText(input, 'ratingsLabel', '', problems);
  const scoring = readRecord(input, 'scoring', '', problems);
  if (scoring) {
    checkKeys(scoring, ['goalWeight', 'impedimentWeight'], 'scoring', problems);
    checkInt(scoring['goalWeight'], 1, 10, 'scoring.goalWeight', problems);
    checkInt(scoring['impedimentWeight'], 1, 10, 'scoring.impedimentWeight', problems);
  }
  const sources = parseSources(input, problems);
  parseOptions(input, sources, problems);
  parseFactorTexts(input, problems);
  parseRatings(input, problems);
  parseModifiers(input, sources, problems);
  parseGates(input, problems);
  parseCautions(input, sources, problems);
  return problems.length ? { ok: false, problems } : { ok: true, rules: input as unknown as RulesPack };
}
