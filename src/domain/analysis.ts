// What the engine returns: the contract between the engine, the UI and the CLI.
import type { FactorId, FactorValue, GoalId } from './factors.ts';
import type { OptionId } from './options.ts';

/** One named part of an option's score; the parts of an option add up to its score. */
export type Contribution = {
  /** 'base' for the option's starting score, else the factor that moved it. */
  readonly source: FactorId | 'base';
  readonly value?: FactorValue;
  readonly points: number;
};

export type GateHit = { readonly gateId: string; readonly reason: string };

export type Caution = { readonly cautionId: string; readonly text: string; readonly safeguards: readonly string[] };

export type RankedOption = {
  readonly id: OptionId;
  /** 1-based position in the ranking; unavailable options come after all available ones. */
  readonly rank: number;
  /** The rank shown: options tied with the one above (same stage, scores within the tie margin) share its rank. */
  readonly sharedRank: number;
  /** The other options it is tied with ("about as good"), in ranking order. */
  readonly tiedWith: readonly OptionId[];
  /** True when a safety rule puts it before the rest (protection first). */
  readonly leads: boolean;
  /** Goals answered "essential" that this option cannot deliver: it ranks after every option that can. */
  readonly lacks: readonly GoalId[];
  readonly score: number;
  readonly available: boolean;
  /** Every gate that rules the option out (empty when available). */
  readonly unavailable: readonly GateHit[];
  readonly cautions: readonly Caution[];
  /** Sorted by |points| descending, ties by source id; sums to score. */
  readonly reasons: readonly Contribution[];
};

/** A single factor change that would put another option on top. */
export type Sensitivity = {
  readonly factor: FactorId;
  /** undefined = the factor is not answered now. */
  readonly from: FactorValue | undefined;
  readonly to: FactorValue;
  readonly newTop: OptionId;
};

/** How firm the top option is against the questions left unanswered ("not sure"). */
export type Firmness = {
  /** How many unanswered factors were tried, at each of their values. */
  readonly checked: number;
  /** True when no single unanswered factor, at any value, changes the top option. */
  readonly robust: boolean;
  /** Each unanswered factor that could change the top: the values that would, and the options that would then lead. */
  readonly unsure: readonly {
    readonly factor: FactorId;
    readonly to: readonly FactorValue[];
    readonly newTops: readonly OptionId[];
  }[];
};

/** Shown before the ranking when someone's safety is at risk. */
export type ProtectionStep = {
  readonly urgent: boolean;
  readonly title: string;
  readonly text: string;
  readonly steps: readonly string[];
  readonly cite?: string;
};

/** A rule of the stages that shaped this ranking: a safety lead, or ratings held under a cap. */
export type StageRule = {
  readonly id: string;
  readonly kind: 'lead' | 'cap';
  readonly reason: string;
  readonly cite?: string;
};

export type Analysis = {
  readonly rulesVersion: string;
  /** The leads and caps that hold for this case, each with its reason. */
  readonly stageRules: readonly StageRule[];
  /** The protection step, when someone's safety is at risk; null otherwise. */
  readonly protection: ProtectionStep | null;
  /** Every option in the rules pack, best first. */
  readonly options: readonly RankedOption[];
  /** Smallest changes first; at most one entry per (factor, newTop). */
  readonly sensitivity: readonly Sensitivity[];
  /** null when the sensitivity analysis was not asked for. */
  readonly firmness: Firmness | null;
  readonly unanswered: readonly FactorId[];
};
