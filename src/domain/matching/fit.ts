// How well a mediator fits a case: what the case needs first (requirements), then a sum of named parts, each shown to
// the user like the engine's reasons. Each weight's source or judgement: src/domain/matching/README.md.
import type { CaseNeeds } from './case-needs.ts';
import { collectParts } from './fit-parts.ts';
import type { FitPart } from './fit-reasons.ts';
import type { DirectoryEntry } from './filters.ts';

export type MediatorFit<E extends DirectoryEntry = DirectoryEntry> = {
  readonly entry: E;
  readonly total: number;
  readonly parts: readonly FitPart[];
  /** The requirements this mediator misses: empty when they fit, otherwise they only partly fit. */
  readonly missing: readonly FitPart[];
};

/** The parts in the order they are shown: requirements first (missing before met), then the rest by weight. */
function inShownOrder(parts: FitPart[]): FitPart[] {
  const rank = (part: FitPart) => (part.need === 'missing' ? 0 : part.need === 'met' ? 1 : 2);
  // Ids are plain ASCII: compared as strings, several times faster than a locale compare at 10,000 profiles.
  return parts.sort(
    (a, b) => rank(a) - rank(b) || Math.abs(b.points) - Math.abs(a.points) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export function fitParts(entry: DirectoryEntry, n: CaseNeeds): FitPart[] {
  return inShownOrder(collectParts(entry, n));
}

const NONE_MISSING: readonly FitPart[] = Object.freeze([]);

/** A fit for one listed mediator, its parts collected but not yet put in their shown order. */
function fitOf<E extends DirectoryEntry>(entry: E, needs: CaseNeeds): MediatorFit<E> {
  const parts = collectParts(entry, needs);
  let total = 0;
  let missed = 0;
  for (const part of parts) {
    total += part.points;
    if (part.need === 'missing') missed++;
  }
  const missing = missed ? parts.filter((part) => part.need === 'missing') : NONE_MISSING;
  return { entry, parts, missing, total };
}

/** Fewer needs missed first, then the best total, then by name so the order is stable. */
const byRank = (a: MediatorFit, b: MediatorFit) =>
  a.missing.length - b.missing.length || b.total - a.total || a.entry.profile.name.localeCompare(b.entry.profile.name);

const isListed = (entry: DirectoryEntry) => entry.status.listed && !entry.status.revoked;

/** Every listed mediator in rank order. */
function ranked<E extends DirectoryEntry>(entries: readonly E[], needs: CaseNeeds): MediatorFit<E>[] {
  const fits: MediatorFit<E>[] = [];
  for (const entry of entries) if (isListed(entry)) fits.push(fitOf(entry, needs));
  return fits.sort(byRank);
}

/** Keeps the best `size` of what it is offered, in rank order: no sort of 100,000 fits for the 20 a page shows. */
function best<E extends DirectoryEntry>(size: number) {
  const kept: MediatorFit<E>[] = [];
  return {
    kept,
    offer(fit: MediatorFit<E>) {
      if (size <= 0) return;
      if (kept.length === size && byRank(fit, kept[size - 1]!) >= 0) return;
      let at = kept.length;
      while (at > 0 && byRank(fit, kept[at - 1]!) < 0) at--;
      kept.splice(at, 0, fit);
      if (kept.length > size) kept.pop();
    },
  };
}

function shown<E extends DirectoryEntry>(fit: MediatorFit<E>): MediatorFit<E> {
  const parts = inShownOrder([...fit.parts]);
  return { ...fit, parts, missing: parts.filter((part) => part.need === 'missing') };
}

/**
 * Listed mediators only (never revoked). Whoever meets every requirement comes before anyone who misses one, then
 * fewer missing before more; within that, best total first, ties by name so the order is stable.
 */
export function rankMediatorsForCase<E extends DirectoryEntry>(
  entries: readonly E[],
  needs: CaseNeeds,
  options: { limit?: number } = {},
): MediatorFit<E>[] {
  return ranked(entries, needs).slice(0, options.limit).map(shown);
}

/**
 * What a case page shows: up to `fits` who meet every need, and after them at least `partly` who miss one (more when
 * few fit, to fill `fits`), with how many fit in all; parts are ordered only for those shown.
 */
export function matchesForCase<E extends DirectoryEntry>(
  entries: readonly E[],
  needs: CaseNeeds,
  shownCounts: { fits: number; partly: number },
): { fitsTotal: number; fits: MediatorFit<E>[]; partly: MediatorFit<E>[] } {
  const fits = best<E>(shownCounts.fits);
  const partly = best<E>(Math.max(shownCounts.partly, shownCounts.fits));
  let fitsTotal = 0;
  for (const entry of entries) {
    if (!isListed(entry)) continue;
    const fit = fitOf(entry, needs);
    if (fit.missing.length) partly.offer(fit);
    else {
      fitsTotal++;
      fits.offer(fit);
    }
  }
  return {
    fitsTotal,
    fits: fits.kept.map(shown),
    partly: partly.kept.slice(0, Math.max(shownCounts.partly, shownCounts.fits - fitsTotal)).map(shown),
  };
}
