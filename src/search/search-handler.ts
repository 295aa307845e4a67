// The search worker's logic, free of worker globals so tests can drive it: load or build the index, answer queries.
import type MiniSearch from 'minisearch';
import { createSearchIndex, INDEX_OPTIONS_VERSION, loadSearchIndex, searchIds } from '../domain/matching/search-index.ts';
import type { MediatorProfile } from '../domain/registry/types.ts';

export type SearchRequest = { readonly requestId: number; readonly query: string; readonly sequence: number };
export type SearchResponse =
  | { readonly requestId: number; readonly ok: true; readonly ids: readonly string[]; readonly index: 'memory' | 'saved' | 'built' }
  | { readonly requestId: number; readonly ok: false; readonly error: string };

export type SearchStorage = {
  loadProfiles(): Promise<readonly MediatorProfile[]>;
  getIndex(key: string): Promise<string | undefined>;
  putIndex(key: string, json: string): Promise<void>;
};

export function indexKey(sequence: number): string {
  return `${sequence}:${INDEX_OPTIONS_VERSION}`;
}

export function createSearchHandler(storage: SearchStorage) {
  let current: { key: string; index: Promise<MiniSearch> } | undefined;

  async function open(key: string): Promise<{ index: MiniSearch; from: 'saved' | 'built' }> {
    const saved = await storage.getIndex(key).catch(() => undefined);
    if (saved) {
      try {
        return { index: loadSearchIndex(saved), from: 'saved' };
      } catch {
        // A damaged saved index is rebuilt below.
      }
    }
    const index = createSearchIndex(await storage.loadProfiles());
    await storage.putIndex(key, JSON.stringify(index)).catch(() => undefined); // a full disk only costs a rebuild next time
    return { index, from: 'built' };
  }

  return async function handle(request: SearchRequest): Promise<SearchResponse> {
    try {
      const key = indexKey(request.sequence);
      let from: 'memory' | 'saved' | 'built' = 'memory';
      if (current?.key !== key) {
        const opening = open(key);
        current = { key, index: opening.then((o) => o.index) };
        from = (await opening).from;
      }
      const index = await current.index;
      return { requestId: request.requestId, ok: true, ids: request.query.trim() ? searchIds(index, request.query) : [], index: from };
    } catch (error) {
      current = undefined;
      return { requestId: request.requestId, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
