// What the engine returns: the contract between the engine, the UI and the CLI.
import type { FactorId, FactorValue } from './factors.ts';
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

export type Analysis = {
  readonly rulesVersion: string;
  /** Every option in the rules pack, best first. */
  readonly options: readonly RankedOption[];
  /** Smallest changes first; at most one entry per (factor, newTop). */
  readonly sensitivity: readonly Sensitivity[];
  readonly unanswered: readonly FactorId[];
};
