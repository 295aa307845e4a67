// The Olé case worksheet (IMI's Olé, sections 1-8): every part optional, stored on the case as typed.

/** The two sides of the dispute as the person filling in the worksheet sees them. */
export type SideKey = 'self' | 'other';
export const SIDES: readonly SideKey[] = ['self', 'other'];

export type OutcomeKey = 'best' | 'probable' | 'worst';
/** BATNA, PATNA, WATNA: the best, probable and worst outcome if there is no settlement. */
export const OUTCOMES: readonly OutcomeKey[] = ['best', 'probable', 'worst'];

/**
 * One outcome without settlement, seen by that side: `amount` is what the side receives from the other
 * (negative when it pays), before its own costs; `probability` in percent.
 */
export type Outcome = {
  readonly amount?: number;
  readonly probability?: number;
  readonly description?: string;
};

export type Money = {
  /** What the side claims (or counter-claims) from the other. */
  readonly claim?: number;
  /** Spent already: shown, but not part of the choice (sunk costs are the same whichever way the case goes). */
  readonly costsSoFar?: number;
  /** Still to spend to reach a judgment or award. */
  readonly costsToCome?: number;
  /** Months until a judgment or award, for this side's estimate. */
  readonly monthsToDecision?: number;
};

/** Another way on, with its own costs and time; the outcomes stay the side's own (best, probable, worst). */
export type PathMoney = {
  /** Still to spend on this path to reach a judgment or award. */
  readonly costsToCome?: number;
  /** Months until a judgment or award on this path. */
  readonly monthsToDecision?: number;
};

/** Mediating first, then going to court if it fails. */
export type MediationMoney = {
  /** This side's cost of mediating: its share of the mediator's fees and venue, and its own advisers. */
  readonly costs?: number;
  /** Months until the mediation is over. */
  readonly months?: number;
  /** This side's own estimate of the chance of settling, in percent; absent: the published rate, where there is one. */
  readonly settlePercent?: number;
  /** The settlement this side expects in mediation, in its terms (negative when it pays). */
  readonly settlement?: number;
};

export type Paths = {
  readonly court?: PathMoney;
  readonly arbitration?: PathMoney;
  readonly mediation?: MediationMoney;
};

export type Swot = {
  readonly strengths?: string;
  readonly weaknesses?: string;
  readonly opportunities?: string;
  readonly threats?: string;
};
export const SWOT_KEYS: readonly (keyof Swot)[] = ['strengths', 'weaknesses', 'opportunities', 'threats'];

export type SideSheet = {
  /** What this side is called in the worksheet (e.g. a company's name). */
  readonly label?: string;
  /** What the side says it wants (formal and off the record). */
  readonly positions?: string;
  /** Why it wants it: needs and future interests, kept apart from positions. */
  readonly interests?: string;
  readonly money?: Money;
  readonly outcomes?: { readonly [K in OutcomeKey]?: Outcome };
  /** The ways on compared in money and months (absent in older worksheets). */
  readonly paths?: Paths;
  readonly swot?: Swot;
};

export type PartyKind = 'party' | 'stakeholder';
export const PARTY_KINDS: readonly PartyKind[] = ['party', 'stakeholder'];

export type Party = {
  readonly id: string;
  readonly name: string;
  readonly kind: PartyKind;
  /** Which side the party or stakeholder stands with, if any. */
  readonly side?: SideKey;
  /** What they have to gain or lose. */
  readonly stake?: string;
};

export type ActionStep = {
  readonly id: string;
  readonly step: string;
  readonly owner?: string;
  /** A calendar day, YYYY-MM-DD. */
  readonly due?: string;
  readonly done?: boolean;
};

export const WORKSHEET_VERSION = 1;

export type Worksheet = {
  readonly version: typeof WORKSHEET_VERSION;
  /** ISO 4217 code of every amount in the worksheet. */
  readonly currency?: string;
  /** Key facts and claims, in the person's words. */
  readonly facts?: string;
  readonly parties?: readonly Party[];
  readonly sides?: { readonly [K in SideKey]?: SideSheet };
  /** Yearly rate at which money later is worth less than money now, in percent. */
  readonly discountRatePercent?: number;
  /** Discount the costs to come too, as if paid at the decision; absent (older worksheets too) means they are not. */
  readonly discountCostsToCome?: boolean;
  readonly actions?: readonly ActionStep[];
};

export const emptyWorksheet = (): Worksheet => ({ version: WORKSHEET_VERSION });
