// What one changed answer did to a ranking: each option's rank and points before and after, and which reasons moved.
import type { Analysis, Contribution, GateHit, RankedOption } from '../analysis.ts';
import type { OptionId } from '../options.ts';

export type ReasonChange = {
  readonly source: Contribution['source'];
  readonly before?: Contribution;
  readonly after?: Contribution;
};

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
    .map((source) => ({
      source,
      before: before.reasons.find((r) => r.source === source),
      after: after.reasons.find((r) => r.source === source),
    }))
    .filter((c) => pointsOf(c.before) !== pointsOf(c.after) || c.before?.value !== c.after?.value)
    .sort(
      (x, y) =>
        Math.abs(pointsOf(y.after) - pointsOf(y.before)) - Math.abs(pointsOf(x.after) - pointsOf(x.before)) ||
        (x.source < y.source ? -1 : 1),
    );
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

/** One reason's change, in points (after minus before). */
export type ReasonDelta = ReasonChange & { readonly points: number };

/** A move's reasons as shown: the largest changes, and what the rest add up to, so the shown parts always sum to the move. */
export type ReasonsShown = {
  readonly shown: readonly ReasonDelta[];
  /** How many changed reasons are not shown. */
  readonly hidden: number;
  /** What the reasons not shown add up to. */
  readonly hiddenPoints: number;
};

export function reasonsShown(move: OptionMove, limit: number): ReasonsShown {
  const deltas = move.reasons.map((r) => ({ ...r, points: pointsOf(r.after) - pointsOf(r.before) }));
  const shown = deltas.slice(0, Math.max(0, limit));
  const rest = deltas.slice(shown.length);
  return { shown, hidden: rest.length, hiddenPoints: rest.reduce((sum, r) => sum + r.points, 0) };
}

/** What a flip teaches, in the order to tell it. */
export type FlipLesson = {
  /** Options the flip ruled out, as they ranked before: each with the gates that now close it. */
  readonly ruledOut: readonly OptionMove[];
  /** Options the flip opened, as they rank now: each with the gates that no longer close it. */
  readonly ruledIn: readonly OptionMove[];
  /** Options open on both sides that moved: the largest change in points first, then the most places, then by new rank. */
  readonly moves: readonly OptionMove[];
};

export function flipLesson(moves: readonly OptionMove[]): FlipLesson {
  const ruledOut = moves
    .filter((m) => m.before.available && !m.after.available)
    .sort((x, y) => x.before.rank - y.before.rank);
  const ruledIn = moves
    .filter((m) => !m.before.available && m.after.available)
    .sort((x, y) => x.after.rank - y.after.rank);
  const moved = moves
    .filter((m) => m.before.available && m.after.available && (m.places !== 0 || m.points !== 0))
    .sort(
      (x, y) =>
        Math.abs(y.points) - Math.abs(x.points) ||
        Math.abs(y.places) - Math.abs(x.places) ||
        x.after.rank - y.after.rank,
    );
  return { ruledOut, ruledIn, moves: moved };
}
