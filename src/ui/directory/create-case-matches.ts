import { createResource } from 'solid-js';
import type { CaseNeeds } from '../../domain/matching/case-needs.ts';
import type { CaseMatches } from '../../search/search-protocol.ts';
import { createOpenedSearch } from './create-opened-search.ts';

const NONE: CaseMatches = { fitsTotal: 0, fits: [], partly: [] };

/**
 * A case's mediators, ranked in the search worker (the directory's path, off the main thread: a whole registry is
 * scored for every change of needs). Only the few shown cross back, with their entries and parts.
 */
export function createCaseMatches(needs: () => CaseNeeds, shown: { fits: number; partly: number }) {
  const { client, opened } = createOpenedSearch();
  const [answer] = createResource(
    () => (opened() ? { needs: needs(), opened: opened() } : null),
    (key) => client.match(key.needs, shown).catch(() => NONE),
  );
  return {
    ranked: () => answer.latest ?? NONE,
    /** The worker has answered once: an empty list then means nobody, not "not yet". */
    ready: () => answer.latest !== undefined,
    /** The languages and countries among the listed, for the pickers. */
    languages: () => opened()?.languages ?? [],
    countries: () => opened()?.countries ?? [],
  };
}
