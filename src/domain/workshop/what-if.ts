// What one changed answer did to a ranking: each option's rank and points before and after, and which reasons moved.
import type { Analysis, Contribution, GateHit, RankedOption } from '../analysis.ts';
import type { OptionId } from '../options.ts';

export type ReasonChange = { readonly source: Contribution['source']; readonly before?: Contribution; readonly after?: Contribution };

export type OptionMove = {
  readonly id: OptionId;
  readonly before: RankedOption;
  readonly after: RankedOption;
  /** Places gained (positive) or lost. */
  readonly places: number;
  readonly points: number;
  /** Reasons whose points changed, largest change first. */
  readonly reasons: readonly ReasonChange[];
  /** Gates that now rule the option out, or no longer do. */
  readonly gatesAdded: readonly GateHit[];
  readonly gatesLifted: readonly GateHit[];
};

const pointsOf = (c: Contribution | undefined) => c?.points ?? 0;

function reasonChanges(before: RankedOption, after: RankedOption): ReasonChange[] {
  const sources = [...new Set([...before.reasons, ...after.reasons].map((r) => r.source))];
  return sources
    .map((source) => ({ source, before: before.reasons.find((r) => r.source === source), after: after.reasons.find((r) => r.source === source) }))
    .filter((c) => pointsOf(c.before) !== pointsOf(c.after) || c.before?.value !== c.after?.value)
    .sort((x, y) => Math.abs(pointsOf(y.after) - pointsOf(y.before)) - Math.abs(pointsOf(x.after) - pointsOf(x.before)) || (x.source < y.source ? -1 : 1));
}

const gateIds = (hits: readonly GateHit[]) => new Set(hits.map((g) => g.gateId));

/** Every option, in the order of the new ranking. */
export function compareRankings(before: Analysis, after: Analysis): OptionMove[] {
  const old = new Map(before.options.map((o) => [o.id, o]));
  return after.options.map((now) => {
    const was = old.get(now.id)!;
    const wasGates = gateIds(was.unavailable);
    const nowGates = gateIds(now.unavailable);
    return {
      id: now.id,
      before: was,
      after: now,
      places: was.rank - now.rank,
      points: now.score - was.score,
      reasons: reasonChanges(was, now),
      gatesAdded: now.unavailable.filter((g) => !wasGates.has(g.gateId)),
      gatesLifted: was.unavailable.filter((g) => !nowGates.has(g.gateId)),
    };
  });
}

/** The options worth showing after a flip: those that moved, changed points or opened/closed. */
export function movedOptions(moves: readonly OptionMove[]): OptionMove[] {
  return moves.filter((m) => m.places !== 0 || m.points !== 0 || m.gatesAdded.length || m.gatesLifted.length);
}
