// The page's side of the search worker. createSearchClient: the worker is asked to open the stored directory once
// per feed and data version, then every search gets ids, counts, relaxations and the entries shown (a search
// overtaken by a newer one is rejected, never answered late), and a case's matches come back with their fit parts.
import type { DirectoryResults } from '../domain/matching/directory-search.ts';
import type { CaseNeeds } from '../domain/matching/case-needs.ts';
import type { Filters } from '../domain/matching/filters.ts';
import type { CaseMatches, OpenResponse, QueryResponse, SearchRequest, SearchResponse } from './search-protocol.ts';

/** What the client needs of a Worker; tests pass one that calls the handler directly. */
export type WorkerLike = {
  postMessage(message: SearchRequest): void;
  onmessage: ((event: { data: SearchResponse }) => void) | null;
  terminate(): void;
};

export class StaleSearchError extends Error {
  override name = 'StaleSearchError';
  constructor() {
    super('a newer search replaced this one');
  }
}
export const isStaleSearch = (error: unknown): error is StaleSearchError => error instanceof StaleSearchError;

export type SearchClient = {
  /** The worker reads the stored registry for a feed sequence and data version, and loads or builds its index. */
  open(sequence: number, version: number): Promise<OpenResponse>;
  /** Rejects with StaleSearchError when a newer search was asked before this one was answered. */
  search(query: string, filters: Filters, options?: { limit?: number }): Promise<SearchAnswer>;
  /** The mediators for a case, ranked in the worker (matchesForCase); rejects with StaleSearchError when overtaken. */
  match(needs: CaseNeeds, shown: { fits: number; partly: number }): Promise<CaseMatches>;
  dispose(): void;
};

const startWorker = (): WorkerLike =>
  new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

/** A search's ids, counts and relaxations, with the entries of the ids shown. */
export type SearchAnswer = DirectoryResults & Pick<QueryResponse, 'shown'>;

type Waiter = { resolve: (r: SearchResponse) => void; reject: (e: Error) => void };

/**
 * At most one request of a kind in the worker and one waiting: typing fast, or changing a case's needs, never
 * queues stale work. A request overtaken while waiting, or whose answer arrives after a newer one was asked, is
 * rejected as stale.
 */
function createLatestOnly() {
  let busy = false;
  let next: { start: () => void; reject: (e: Error) => void } | undefined;
  return {
    ask(start: () => void, reject: (e: Error) => void) {
      if (!busy) {
        busy = true;
        return start();
      }
      next?.reject(new StaleSearchError());
      next = { start, reject };
    },
    /** The request in the worker was answered: true if it is still the latest, else the waiting one is sent. */
    answered(): boolean {
      const waiting = next;
      next = undefined;
      busy = waiting !== undefined;
      waiting?.start();
      return !waiting;
    },
    clear(error: Error) {
      next?.reject(error);
      next = undefined;
      busy = false;
    },
  };
}

export function createSearchClient(worker: WorkerLike = startWorker()): SearchClient {
  let nextId = 0;
  const waiting = new Map<number, Waiter>();
  const searches = createLatestOnly();
  // A case's matches score a whole registry each: the same rule.
  const matches = createLatestOnly();

  const failure = (r: SearchResponse) => new Error(r.ok ? 'unexpected answer from the search worker' : r.error);

  /** Sends one request; `settle` gets its answer. */
  function send(request: SearchRequest, settle: (r: SearchResponse) => void, reject: (e: Error) => void) {
    waiting.set(request.requestId, { resolve: settle, reject });
    worker.postMessage(request);
  }

  worker.onmessage = (event) => {
    const waiter = waiting.get(event.data.requestId);
    waiting.delete(event.data.requestId);
    waiter?.resolve(event.data);
  };

  return {
    open(sequence, version) {
      return new Promise((resolve, reject) =>
        send(
          { type: 'open', requestId: ++nextId, sequence, version },
          (r) => (r.type === 'opened' ? resolve(r) : reject(failure(r))),
          reject,
        ),
      );
    },
    match(needs, shown) {
      return new Promise((resolve, reject) => {
        const start = () =>
          send(
            { type: 'match', requestId: ++nextId, needs, ...shown },
            (r) => {
              if (!matches.answered()) return reject(new StaleSearchError());
              if (r.type !== 'matched') return reject(failure(r));
              const { type: _t, requestId: _r, ok: _o, ...found } = r;
              resolve(found);
            },
            reject,
          );
        matches.ask(start, reject);
      });
    },
    search(query, filters, options = {}) {
      return new Promise((resolve, reject) => {
        const start = () =>
          send(
            { type: 'search', requestId: ++nextId, query, filters, limit: options.limit },
            (r) => {
              if (!searches.answered()) return reject(new StaleSearchError());
              if (r.type !== 'results') return reject(failure(r));
              const { type: _t, requestId: _r, ok: _o, ...results } = r;
              resolve(results);
            },
            reject,
          );
        searches.ask(start, reject);
      });
    },
    dispose() {
      worker.terminate();
      for (const w of waiting.values()) w.reject(new Error('search client disposed'));
      searches.clear(new Error('search client disposed'));
      matches.clear(new Error('search client disposed'));
      waiting.clear();
    },
  };
}
