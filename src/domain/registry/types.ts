// The registry's records as the feed carries them: mediator profiles, Feedback Digests, revocations.

/** Practice area ids: the same ids the questionnaire uses for a dispute's type. */
export const PRACTICE_AREAS = [
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
  'insurance',
  'shipping',
  'technology',
  'healthcare',
  'workplace',
  'personal-injury',
  'defamation',
  'environmental',
  'sports',
  'cross-border-commercial',
  'trade',
] as const;
export type PracticeArea = (typeof PRACTICE_AREAS)[number];

export const STYLES = ['facilitative', 'evaluative', 'transformative', 'narrative'] as const;
export type MediationStyle = (typeof STYLES)[number];

export const FORMATS = ['in-person', 'online', 'hybrid'] as const;
export type MediationFormat = (typeof FORMATS)[number];

/** Answers "will the mediator give a view on the merits?" (users split on wanting one). */
export const EVALUATIONS = ['yes', 'on-request', 'no'] as const;
export type GivesEvaluations = (typeof EVALUATIONS)[number];

/** IMI Certified Mediator plus the four specialisations, each assessed by its own kind of QAP. */
export const CERTIFICATION_KINDS = [
  'certified-mediator',
  'mediation-advocate',
  'intercultural',
  'online',
  'investor-state',
] as const;
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];

/** What a YMI mentee may do in a mentor's real mediations, with the parties' consent. */
export const YMI_ROLES = ['observe', 'assist', 'co-mediate', 'interpret'] as const;
export type YmiRole = (typeof YMI_ROLES)[number];

/** What a mediator did before or beside mediating: what a technical or legal question may call for (CEDR's audits). */
export const BACKGROUNDS = [
  'lawyer',
  'judge',
  'engineer',
  'architect-surveyor',
  'accountant',
  'finance',
  'healthcare',
  'psychologist',
  'social-work',
  'human-resources',
  'business',
  'academic',
] as const;
export type Background = (typeof BACKGROUNDS)[number];

/** How a mediator charges; the band is the registry's own, relative to mediators' fees where the mediator works. */
export const FEE_BASES = ['hourly', 'daily', 'per-session', 'fixed', 'sliding-scale'] as const;
export type FeeBasis = (typeof FEE_BASES)[number];
export const FEE_BANDS = ['low', 'medium', 'high'] as const;
export type FeeBand = (typeof FEE_BANDS)[number];
export type Fees = { readonly basis: FeeBasis; readonly band: FeeBand };

/**
 * Whether the mediator takes new cases: now, or not until a month (`from`, YYYY-MM), or not at all (no `from`).
 * `from` is only given with `takingNewCases: false`.
 */
export type Availability = { readonly takingNewCases: boolean; readonly from?: string };

export type Location = { readonly country: string; readonly city?: string };

export type Certification = {
  readonly kind: CertificationKind;
  /** The QAP that assessed it: an id in the standards QAP list. */
  readonly qapId: string;
  /** ISO date (YYYY-MM-DD). */
  readonly certifiedOn: string;
};

export type Contact = { readonly email?: string; readonly website?: string };

export type MediatorProfile = {
  readonly id: string;
  readonly name: string;
  /** Where the mediator is active: ISO 3166-1 alpha-2 country, optional city. */
  readonly locations: readonly Location[];
  /** ISO 3166-1 alpha-2; optional because not every registry publishes it. */
  readonly nationality?: string;
  /** ISO 639-1 codes. */
  readonly languages: readonly string[];
  readonly practiceAreas: readonly PracticeArea[];
  readonly styles: readonly MediationStyle[];
  readonly formats: readonly MediationFormat[];
  readonly givesEvaluations: GivesEvaluations;
  readonly certifications: readonly Certification[];
  readonly ymi: { readonly acceptsMentees: boolean; readonly roles: readonly YmiRole[] };
  /** The code of conduct the mediator follows (its name); telling users is mandatory. */
  readonly codeOfConduct: string;
  /** Which complaints route applies (mandatory). */
  readonly complaintsRoute: string;
  readonly contact: Contact;
  readonly bio: string;
  /** ISO 639-1: the language the bio is written in, so a page in another language can say so. */
  readonly bioLanguage?: string;
  readonly yearsPractising?: number;
  readonly mediationsCount?: number;
  readonly multiParty?: boolean;
  readonly coMediation?: boolean;
  // Added within feed format 1 (December 2026): an app built before drops them, one built after checks them.
  readonly availability?: Availability;
  readonly fees?: Fees;
  readonly backgrounds?: readonly Background[];
  /** Has had training in screening for abuse and in safeguarding parties (for cases with a safety risk or a power gap). */
  readonly safeguardingTrained?: boolean;
  /** Offers shuttle mediation: the parties in separate rooms, the mediator going between them. */
  readonly shuttle?: boolean;
  /** True for invented profiles: the app labels them so nobody mistakes them for real people. */
  readonly demo: boolean;
};

/** The independent Reviewer the mediator chose, named on the profile. */
export type Reviewer = { readonly name: string; readonly role: string };

/** An anonymised narrative summary of party feedback: text only, never a rating. At most one per mediator. */
export type FeedbackDigest = {
  readonly mediatorId: string;
  readonly text: string;
  /** ISO 639-1: the language the digest is written in (added within format 1, December 2026). */
  readonly language?: string;
  readonly reviewer: Reviewer;
  /** ISO date the digest was issued; it must be renewed within 24 months. */
  readonly date: string;
};

export const REVOCATION_REASONS = ['conduct', 'complaint-upheld', 'lapsed', 'voluntary', 'other'] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

/** A mediator removed from certification: a cached directory must drop them at the next sync. */
export type Revocation = {
  readonly mediatorId: string;
  /** ISO date. */
  readonly date: string;
  readonly reasonCode: RevocationReason;
};
