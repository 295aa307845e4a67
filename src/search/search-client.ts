// The page's side of the search worker: one worker per page, answers matched to questions by id.
import type { SearchRequest, SearchResponse } from './search-handler.ts';

export type SearchClient = { search(query: string, sequence: number): Promise<SearchResponse> };

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, (response: SearchResponse) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<SearchResponse>) => {
      waiting.get(event.data.requestId)?.(event.data);
      waiting.delete(event.data.requestId);
    };
  }
  return worker;
}

export function useSearchClient(): SearchClient {
  return {
    search(query, sequence) {
      const request: SearchRequest = { requestId: ++nextId, query, sequence };
      return new Promise((resolve) => {
        waiting.set(request.requestId, resolve);
        getWorker().postMessage(request);
      });
    },
  };
}
