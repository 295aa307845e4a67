// The search worker's logic, free of worker globals so tests drive it in Node: open the directory (load the saved
// index or build and save it), then answer queries with ids, counts and relaxations, and case matches with ids and parts.
import type MiniSearch from 'minisearch';
import { createDirectory, type Directory } from '../domain/matching/directory.ts';
import { searchDirectory } from '../domain/matching/directory-search.ts';
import type { DirectoryEntry } from '../domain/matching/filters.ts';
import { matchesForCase, type MediatorFit } from '../domain/matching/fit.ts';
import {
  createSearchIndex,
  INDEX_OPTIONS_VERSION,
  loadSearchIndex,
  type IndexedDoc,
} from '../domain/matching/search-index.ts';
import type { MediatorProfile } from '../domain/registry/types.ts';
import type { FitById, IndexSource, SearchRequest, SearchResponse } from './search-protocol.ts';

const byId = ({ entry, total, parts, missing }: MediatorFit): FitById => ({
  id: entry.profile.id,
  total,
  parts,
  missing,
});

/** Where the built index is kept between sessions (IndexedDB's `searchIndex` store in the app). */
export type IndexStorage = {
  getIndex(key: string): Promise<string | undefined>;
  putIndex(key: string, json: string): Promise<void>;
};

/** The saved index is valid only for one feed sequence and one set of index options. */
export function indexKey(sequence: number): string {
  return `${sequence}:${INDEX_OPTIONS_VERSION}`;
}

export function createSearchHandler(storage: IndexStorage) {
  let current: { key: string; index: Promise<MiniSearch<IndexedDoc>>; directory: Promise<Directory> } | undefined;
  let saving: Promise<void> = Promise.resolve();

  async function loadOrBuild(
    key: string,
    profiles: readonly MediatorProfile[],
  ): Promise<{ index: MiniSearch<IndexedDoc>; from: IndexSource }> {
    const saved = await storage.getIndex(key).catch(() => undefined);
    if (saved) {
      try {
        return { index: loadSearchIndex(saved), from: 'saved' };
      } catch {
        // A damaged saved index is rebuilt below.
      }
    }
    const index = createSearchIndex(profiles);
    // Saved after answering; a full disk only costs a rebuild next time.
    saving = saving.then(() => storage.putIndex(key, JSON.stringify(index))).catch(() => undefined);
    return { index, from: 'built' };
  }

  async function open(sequence: number, entries: readonly DirectoryEntry[]): Promise<IndexSource> {
    const key = indexKey(sequence);
    let from: IndexSource = 'memory';
    // Same feed: keep the index, but statuses may have changed with the date, so the facets are rebuilt.
    const index =
      current?.key === key
        ? current.index
        : loadOrBuild(
            key,
            entries.map((e) => e.profile),
          ).then((r) => {
            from = r.from;
            return r.index;
          });
    const directory = index.then((i) => createDirectory(entries, i));
    current = { key, index, directory };
    await directory.catch((error) => {
      current = undefined;
      throw error;
    });
    return from;
  }

  async function handle(request: SearchRequest): Promise<SearchResponse> {
    const { requestId } = request;
    try {
      if (request.type === 'open') {
        const start = Date.now();
        const index = await open(request.sequence, request.entries);
        return { type: 'opened', requestId, ok: true, index, profiles: request.entries.length, ms: Date.now() - start };
      }
      if (request.type === 'search') {
        if (!current) throw new Error('search before open: send the directory first');
        const results = searchDirectory(await current.directory, request.query, request.filters, {
          limit: request.limit,
        });
        return { type: 'results', requestId, ok: true, ...results };
      }
      if (request.type === 'match') {
        if (!current) throw new Error('match before open: send the directory first');
        const { entries } = await current.directory;
        const found = matchesForCase(entries, request.needs, { fits: request.fits, partly: request.partly });
        return {
          type: 'matched',
          requestId,
          ok: true,
          fitsTotal: found.fitsTotal,
          fits: found.fits.map(byId),
          partly: found.partly.map(byId),
        };
      }
      throw new Error(`unknown request ${JSON.stringify((request as { type?: unknown }).type)}`);
    } catch (error) {
      return { type: 'error', requestId, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Resolves once the last built index is saved (tests wait on it). */
  const idle = () => saving;
  return Object.assign(handle, { idle });
}
