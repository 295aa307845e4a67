// The rules pack's shape and its validation at load: data under data/rules, checked before use.
import type { Condition } from './conditions.ts';
import type { FactorId, RatedFactorId, Rating } from './factors.ts';
import type { OptionId } from './options.ts';
import type { BINDING, COSTS, FAMILIES, PRIVATE, SPEEDS } from './option-traits.ts';
import { parseOptions, parseFactorTexts, parseRatings, parseSources } from './rules-pack-tables.ts';
import { parseCautions, parseGates, parseModifiers } from './rules-pack-rules.ts';
import { parseStages, type Essential, type Lead, type Protection, type RatingCap } from './rules-pack-stages.ts';
import { parsePlaces, type Places } from './places.ts';
import { checkInt, checkKeys, isRecord, readRecord, readText, type Problems } from './validate.ts';

export type { RatedFactorId, Rating } from './factors.ts';

/**
 * A statement shown with an option; `source` is a key of RulesPack.sources. A figure names the `population` it
 * describes and, with `when`, is shown only to cases of that population (CEDR's figures to commercial cases).
 */
export type Fact = {
  readonly text: string;
  readonly source: string;
  readonly population?: string;
  readonly when?: Condition;
};

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
  /** The short end of `time` as a band, so options can be ordered by how soon they end. */
  readonly speed: (typeof SPEEDS)[number];
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
  /** tieMargin: scores this close, in the same stage, are shown as ties ("about as good"). */
  readonly scoring: { readonly goalWeight: number; readonly impedimentWeight: number; readonly tieMargin?: number };
  readonly sources: Readonly<Record<string, Source>>;
  readonly options: Readonly<Record<OptionId, OptionInfo>>;
  readonly factors: Readonly<Record<FactorId, FactorText>>;
  readonly ratings: Readonly<Record<OptionId, Readonly<Record<RatedFactorId, Rating>>>>;
  readonly modifiers: readonly Modifier[];
  readonly gates: readonly Gate[];
  readonly cautions: readonly CautionRule[];
  // The stages before scores (added 2026-12; optional so a pack from an older feed still reads).
  /** Options that must come first while their condition holds (safety before everything). */
  readonly leads?: readonly Lead[];
  /** Goals answered "essential" and the options that can deliver each. */
  readonly essentials?: readonly Essential[];
  /** Ratings that may not count for some options while a condition holds. */
  readonly caps?: readonly RatingCap[];
  readonly protection?: Protection;
  /** One line per option on why its row of ratings reads as it does. */
  readonly ratingRationales?: Readonly<Record<OptionId, string>>;
  /** What each jurisdiction offers, read by place tests in conditions. */
  readonly places?: Places;
};

const TOP_KEYS = [
  'version',
  'ratingsLabel',
  'scoring',
  'sources',
  'options',
  'factors',
  'ratings',
  'modifiers',
  'gates',
  'cautions',
  'leads',
  'essentials',
  'caps',
  'protection',
  'ratingRationales',
  'places',
];
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
    checkKeys(scoring, ['goalWeight', 'impedimentWeight', 'tieMargin'], 'scoring', problems);
    checkInt(scoring['goalWeight'], 1, 10, 'scoring.goalWeight', problems);
    checkInt(scoring['impedimentWeight'], 1, 10, 'scoring.impedimentWeight', problems);
    if (scoring['tieMargin'] !== undefined) checkInt(scoring['tieMargin'], 0, 20, 'scoring.tieMargin', problems);
  }
  const sources = parseSources(input, problems);
  parseOptions(input, sources, problems);
  parseFactorTexts(input, problems);
  parseRatings(input, problems);
  parseModifiers(input, sources, problems);
  parseGates(input, problems);
  parseCautions(input, sources, problems);
  parseStages(input, sources, problems);
  parsePlaces(input, problems);
  return problems.length ? { ok: false, problems } : { ok: true, rules: input as unknown as RulesPack };
}
