// The messages between the page (search-client.ts) and the search worker (search.worker.ts, search-handler.ts):
// the page opens the directory (the worker reads the registry itself: it is held once, there), then asks searches
// and case matches, answered with the few entries shown; every answer names its request.
import type { DirectoryResults } from '../domain/matching/directory-search.ts';
import type { CaseNeeds } from '../domain/matching/case-needs.ts';
import type { DirectoryEntry, Filters } from '../domain/matching/filters.ts';
import type { MediatorFit } from '../domain/matching/fit.ts';

/**
 * Read the stored registry for a feed sequence (the worker loads or builds its index), unless the worker holds it
 * already for this sequence, `version` (the page's count of data applied) and day (statuses follow the date).
 */
export type OpenRequest = {
  readonly type: 'open';
  readonly requestId: number;
  readonly sequence: number;
  readonly version: number;
};
export type QueryRequest = {
  readonly type: 'search';
  readonly requestId: number;
  readonly query: string;
  readonly filters: Filters;
  readonly limit?: number;
};
/** The mediators for a case: up to `fits` who meet every need, then those who partly fit (matchesForCase). */
export type MatchRequest = {
  readonly type: 'match';
  readonly requestId: number;
  readonly needs: CaseNeeds;
  readonly fits: number;
  readonly partly: number;
};
export type SearchRequest = OpenRequest | QueryRequest | MatchRequest;

/** Where the open directory's index came from: kept in the worker, loaded from IndexedDB, or built. */
export type IndexSource = 'memory' | 'saved' | 'built';
export type OpenResponse = {
  readonly type: 'opened';
  readonly requestId: number;
  readonly ok: true;
  readonly index: IndexSource;
  readonly profiles: number;
  /** How many are listed (certified, not revoked): the directory's "of N". */
  readonly listed: number;
  /** The languages and countries among the listed, for a case's pickers. */
  readonly languages: readonly string[];
  readonly countries: readonly string[];
  readonly ms: number;
};
export type QueryResponse = {
  readonly type: 'results';
  readonly requestId: number;
  readonly ok: true;
  /** The entries of `ids`, in their order: the page holds no registry of its own. */
  readonly shown: readonly DirectoryEntry[];
} & DirectoryResults;
export type CaseMatches = {
  readonly fitsTotal: number;
  /** Each with its entry and parts: only the few a case page shows cross from the worker. */
  readonly fits: readonly MediatorFit[];
  readonly partly: readonly MediatorFit[];
};
export type MatchResponse = { readonly type: 'matched'; readonly requestId: number; readonly ok: true } & CaseMatches;
export type ErrorResponse = {
  readonly type: 'error';
  readonly requestId: number;
  readonly ok: false;
  readonly error: string;
};
export type SearchResponse = OpenResponse | QueryResponse | MatchResponse | ErrorResponse;
