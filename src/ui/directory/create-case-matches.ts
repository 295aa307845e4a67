import { createMemo, createResource } from 'solid-js';
import type { CaseNeeds } from '../../domain/matching/case-needs.ts';
import type { MediatorFit } from '../../domain/matching/fit.ts';
import type { CaseMatches, FitById } from '../../search/search-protocol.ts';
import { createOpenedSearch } from './create-opened-search.ts';
import type { RegistryEntry } from './create-registry-view.ts';

const NONE: CaseMatches = { fitsTotal: 0, fits: [], partly: [] };

/**
 * A case's mediators, ranked in the search worker (the directory's path, off the main thread: a whole registry is
 * scored for every change of needs). Answers are ids and parts; the profiles are this page's.
 */
export function createCaseMatches(needs: () => CaseNeeds, shown: { fits: number; partly: number }) {
  const { client, registry, opened } = createOpenedSearch();
  const [answer] = createResource(
    () => (opened() ? { needs: needs(), opened: opened() } : null),
    (key) => client.match(key.needs, shown).catch(() => NONE),
  );
  const ranked = createMemo(() => {
    const entries = registry();
    const found = answer.latest ?? NONE;
    const withEntry = (fit: FitById): MediatorFit<RegistryEntry>[] => {
      const entry = entries?.get(fit.id);
      return entry ? [{ entry, total: fit.total, parts: fit.parts, missing: fit.missing }] : [];
    };
    return { fitsTotal: found.fitsTotal, fits: found.fits.flatMap(withEntry), partly: found.partly.flatMap(withEntry) };
  });
  return {
    ranked,
    /** The worker has answered once: an empty list then means nobody, not "not yet". */
    ready: () => answer.latest !== undefined,
    registry,
  };
}
