// The messages between the page (search-client.ts) and the search worker (search.worker.ts, search-handler.ts):
// the page opens the directory once per feed, then asks searches; every answer names the request it answers.
import type { DirectoryResults } from '../domain/matching/directory-search.ts';
import type { DirectoryEntry, Filters } from '../domain/matching/filters.ts';

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
export type SearchRequest = OpenRequest | QueryRequest;

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
export type ErrorResponse = {
  readonly type: 'error';
  readonly requestId: number;
  readonly ok: false;
  readonly error: string;
};
export type SearchResponse = OpenResponse | QueryResponse | ErrorResponse;
