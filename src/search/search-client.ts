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
type Pending = {
  query: string;
  filters: Filters;
  limit?: number;
  resolve: (r: SearchAnswer) => void;
  reject: (e: Error) => void;
};

export function createSearchClient(worker: WorkerLike = startWorker()): SearchClient {
  let nextId = 0;
  const waiting = new Map<number, Waiter>();
  // At most one search in the worker and one waiting: typing fast never queues stale work.
  let inFlight: { id: number; pending: Pending } | undefined;
  let queued: Pending | undefined;
  // Case matches likewise: one ranked at a time, and only the latest waiting (a whole registry is scored for each).
  let matchBusy = false;
  let matchNext: { send: () => void; stale: () => void } | undefined;

  const failure = (r: SearchResponse) => new Error(r.ok ? 'unexpected answer from the search worker' : r.error);

  function send(p: Pending) {
    const id = ++nextId;
    inFlight = { id, pending: p };
    waiting.set(id, {
      resolve: (r) => {
        inFlight = undefined;
        const next = queued;
        queued = undefined;
        if (next) {
          p.reject(new StaleSearchError());
          send(next);
        } else if (r.type === 'results') {
          const { type: _t, requestId: _r, ok: _o, ...results } = r;
          p.resolve(results);
        } else p.reject(failure(r));
      },
      reject: p.reject,
    });
    worker.postMessage({ type: 'search', requestId: id, query: p.query, filters: p.filters, limit: p.limit });
  }

  worker.onmessage = (event) => {
    const waiter = waiting.get(event.data.requestId);
    waiting.delete(event.data.requestId);
    waiter?.resolve(event.data);
  };

  return {
    open(sequence, version) {
      const requestId = ++nextId;
      return new Promise((resolve, reject) => {
        waiting.set(requestId, {
          resolve: (r) => (r.type === 'opened' ? resolve(r) : reject(failure(r))),
          reject,
        });
        worker.postMessage({ type: 'open', requestId, sequence, version });
      });
    },
    match(needs, shown) {
      return new Promise((resolve, reject) => {
        const send = () => {
          const requestId = ++nextId;
          matchBusy = true;
          waiting.set(requestId, {
            resolve: (r) => {
              matchBusy = false;
              const next = matchNext;
              matchNext = undefined;
              // Needs changed while this one was ranked: its answer is stale, and only the latest is ranked next.
              if (next) {
                reject(new StaleSearchError());
                return next.send();
              }
              if (r.type !== 'matched') return reject(failure(r));
              const { type: _t, requestId: _r, ok: _o, ...matches } = r;
              resolve(matches);
            },
            reject,
          });
          worker.postMessage({ type: 'match', requestId, needs, ...shown });
        };
        if (!matchBusy) return send();
        matchNext?.stale();
        matchNext = { send, stale: () => reject(new StaleSearchError()) };
      });
    },
    search(query, filters, options = {}) {
      return new Promise((resolve, reject) => {
        const p: Pending = { query, filters, limit: options.limit, resolve, reject };
        if (!inFlight) return send(p);
        queued?.reject(new StaleSearchError());
        queued = p;
      });
    },
    dispose() {
      worker.terminate();
      for (const w of waiting.values()) w.reject(new Error('search client disposed'));
      queued?.reject(new Error('search client disposed'));
      matchNext?.stale();
      waiting.clear();
      queued = undefined;
      inFlight = undefined;
      matchNext = undefined;
      matchBusy = false;
    },
  };
}
