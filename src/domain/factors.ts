// The canonical factor model: the facts the engine reasons on. These ids are a contract.

export const GOAL_IDS = [
  'goal.cost',
  'goal.speed',
  'goal.privacy',
  'goal.relationship',
  'goal.vindication',
  'goal.neutral-opinion',
  'goal.precedent',
  'goal.binding-outcome',
  'goal.enforce-abroad',
  'goal.control',
  'goal.expertise',
] as const;

export const IMPEDIMENT_IDS = [
  'imp.communication',
  'imp.emotions',
  'imp.facts',
  'imp.law',
  'imp.principle',
  'imp.constituents',
  'imp.linked-disputes',
  'imp.multi-party',
  'imp.lawyer-client',
  'imp.jackpot',
  'imp.power-imbalance',
] as const;

export const FLAG_IDS = [
  'ctx.cross-border',
  'ctx.arbitration-clause',
  'ctx.urgent-interim-relief',
  'ctx.investor-state',
  'ctx.construction-project-ongoing',
  'ctx.technical-question',
  'ctx.consumer',
  'ctx.online-transaction',
  'ctx.safety-risk',
  'ctx.public-interest',
  // Where consent comes from (added 2026-12): a refusing party blocks only what needs its consent now.
  'ctx.mediation-clause',
  'ctx.expert-clause',
  'ctx.dispute-board-clause',
  'ctx.investment-treaty',
  'ctx.court-ordered-adr',
  'ctx.construction-contract',
  'ctx.residential-occupier',
] as const;

/** Answers Olé never suggests changing once given: a safety risk is a fact to act on, not a lever to try. */
export const NEVER_SUGGESTED_AWAY: ReadonlySet<string> = new Set(['ctx.safety-risk']);

export const AMOUNTS = ['small', 'medium', 'large', 'very-large'] as const;

/** Where a court or tribunal would decide: the places Olé has data for, or another one. Unanswered = not sure. */
export const JURISDICTIONS = [
  'gb-eng',
  'gb-sct',
  'ie',
  'fr',
  'de',
  'it',
  'es',
  'nl',
  'us',
  'ca',
  'sg',
  'au',
  'other',
] as const;
/** Who the parties are. */
export const PARTIES = [
  'individuals',
  'individual-business',
  'businesses',
  'with-public-body',
  'investor-state',
] as const;
/** What the dispute is about: the questionnaire's areas, so rules can tell a family case from a commercial one. */
export const AREAS = [
  'commercial-contracts',
  'construction',
  'employment',
  'family',
  'consumer',
  'corporate',
  'intellectual-property',
  'real-estate',
  'banking-finance',
  'energy',
  'wills-estates',
  'community',
  'professional-negligence',
  'public-administrative',
  'investor-state',
  'other',
] as const;
/** Unordered choices: tested with equals, isNot or in, never atLeast or atMost. */
export const CHOICE_FACTORS = {
  'ctx.jurisdiction': JURISDICTIONS,
  'ctx.parties': PARTIES,
  'ctx.area': AREAS,
} as const;

export type GoalId = (typeof GOAL_IDS)[number];
export type ImpedimentId = (typeof IMPEDIMENT_IDS)[number];
export type FlagId = (typeof FLAG_IDS)[number];
export type Amount = (typeof AMOUNTS)[number];
export type Jurisdiction = (typeof JURISDICTIONS)[number];
export type Parties = (typeof PARTIES)[number];
export type Area = (typeof AREAS)[number];
/** 0 none / not important .. 3 essential / severe. */
export type Level = 0 | 1 | 2 | 3;
export type EscalationStage = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export type FactorProfile = {
  readonly [K in GoalId | ImpedimentId]?: Level;
} & {
  readonly [K in FlagId]?: boolean;
} & {
  /** 0 refuses .. 3 keen. */
  readonly 'ctx.other-party-willing'?: Level;
  /** Glasl's stage of conflict escalation. */
  readonly 'ctx.escalation'?: EscalationStage;
  readonly 'ctx.amount'?: Amount;
  readonly 'ctx.jurisdiction'?: Jurisdiction;
  readonly 'ctx.parties'?: Parties;
  readonly 'ctx.area'?: Area;
};

export type FactorId = keyof FactorProfile;
export type FactorValue = Level | EscalationStage | boolean | Amount | Jurisdiction | Parties | Area;
export type FactorKind = 'goal' | 'impediment' | 'flag' | 'level' | 'amount' | 'choice';

export const LEVEL_FACTOR_RANGES = {
  'ctx.other-party-willing': [0, 3],
  'ctx.escalation': [1, 9],
} as const satisfies Record<string, readonly [number, number]>;

export const FACTOR_IDS: readonly FactorId[] = [
  ...GOAL_IDS,
  ...IMPEDIMENT_IDS,
  ...FLAG_IDS,
  'ctx.other-party-willing',
  'ctx.escalation',
  'ctx.amount',
  ...(Object.keys(CHOICE_FACTORS) as (keyof typeof CHOICE_FACTORS)[]),
];

export function factorKind(id: FactorId): FactorKind {
  if (id.startsWith('goal.')) return 'goal';
  if (id.startsWith('imp.')) return 'impediment';
  if (id === 'ctx.amount') return 'amount';
  if (id in CHOICE_FACTORS) return 'choice';
  if (id in LEVEL_FACTOR_RANGES) return 'level';
  return 'flag';
}

/** Every value a factor can take, in order: what-if and sensitivity iterate over these. */
export function factorValues(id: FactorId): readonly FactorValue[] {
  switch (factorKind(id)) {
    case 'goal':
    case 'impediment':
      return [0, 1, 2, 3];
    case 'flag':
      return [false, true];
    case 'amount':
      return AMOUNTS;
    case 'choice':
      return CHOICE_FACTORS[id as keyof typeof CHOICE_FACTORS];
    case 'level': {
      const [min, max] = LEVEL_FACTOR_RANGES[id as keyof typeof LEVEL_FACTOR_RANGES];
      return Array.from({ length: max - min + 1 }, (_, i) => (min + i) as FactorValue);
    }
  }
}

export function isFactorId(id: string): id is FactorId {
  return (FACTOR_IDS as readonly string[]).includes(id);
}

export type ProfileProblem = { readonly factor: string; readonly message: string };

/** Checks untrusted input (a file, a link, storage) and says exactly what is wrong. */
export function parseFactorProfile(
  input: unknown,
): { ok: true; profile: FactorProfile } | { ok: false; problems: ProfileProblem[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ factor: '', message: 'factors must be an object of id: value' }] };
  }
  const problems: ProfileProblem[] = [];
  const profile: Record<string, FactorValue> = {};
  for (const [id, value] of Object.entries(input)) {
    if (!isFactorId(id)) {
      problems.push({ factor: id, message: `unknown factor id "${id}"` });
      continue;
    }
    if (value === null || value === undefined) continue; // explicit "not answered"
    const allowed = factorValues(id);
    if (!allowed.includes(value as FactorValue)) {
      problems.push({
        factor: id,
        message: `${id} is ${JSON.stringify(value)}; expected one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`,
      });
      continue;
    }
    profile[id] = value as FactorValue;
  }
  return problems.length ? { ok: false, problems } : { ok: true, profile: profile as FactorProfile };
}

/** A factor the rules pack rates per option: a goal or an impediment. */
export type RatedFactorId = GoalId | ImpedimentId;
/** How strongly an option serves a rated factor, from −2 (works against it) to +2. */
export type Rating = -2 | -1 | 0 | 1 | 2;
