// The messages between the page (search-client.ts) and the search worker (search.worker.ts, search-handler.ts):
// the page opens the directory once per feed, then asks searches and case matches; every answer names its request.
import type { DirectoryResults } from '../domain/matching/directory-search.ts';
import type { CaseNeeds } from '../domain/matching/case-needs.ts';
import type { DirectoryEntry, Filters } from '../domain/matching/filters.ts';
import type { FitPart } from '../domain/matching/fit-reasons.ts';

/** The directory (listed or not, with today's statuses) for a feed sequence; the worker loads or builds its index. */
export type OpenRequest = {
  readonly type: 'open';
  readonly requestId: number;
  readonly sequence: number;
  readonly entries: readonly DirectoryEntry[];
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
  readonly ms: number;
};
export type QueryResponse = {
  readonly type: 'results';
  readonly requestId: number;
  readonly ok: true;
} & DirectoryResults;
/** A fit as ids and parts: the page holds the profiles, so none cross back. */
export type FitById = {
  readonly id: string;
  readonly total: number;
  readonly parts: readonly FitPart[];
  readonly missing: readonly FitPart[];
};
export type CaseMatches = {
  readonly fitsTotal: number;
  readonly fits: readonly FitById[];
  readonly partly: readonly FitById[];
};
export type MatchResponse = { readonly type: 'matched'; readonly requestId: number; readonly ok: true } & CaseMatches;
export type ErrorResponse = {
  readonly type: 'error';
  readonly requestId: number;
  readonly ok: false;
  readonly error: string;
};
export type SearchResponse = OpenResponse | QueryResponse | MatchResponse | ErrorResponse;
