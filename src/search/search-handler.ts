// The search worker's logic, free of worker globals so tests drive it in Node: open the directory (read the stored
// registry, load the saved index or build and save it), then answer queries with ids, counts, relaxations and the
// entries shown, and case matches with the entries and parts shown. The registry is held here, once: not on the page.
import type MiniSearch from 'minisearch';
import { countBits } from '../domain/matching/bitset.ts';
import { createDirectory, type Directory } from '../domain/matching/directory.ts';
import { searchDirectory } from '../domain/matching/directory-search.ts';
import { matchesForCase } from '../domain/matching/fit.ts';
import {
  createSearchIndex,
  INDEX_OPTIONS_VERSION,
  loadSearchIndex,
  type IndexedDoc,
} from '../domain/matching/search-index.ts';
import { directoryEntries, type RegistryEntry } from '../domain/registry/registry-entries.ts';
import type { MediatorProfile } from '../domain/registry/types.ts';
import type { IndexSource, SearchRequest, SearchResponse } from './search-protocol.ts';

/** What the worker reads: the registry with today's statuses, and the built index kept between sessions. */
export type SearchStorage = {
  loadEntries(today: string): Promise<readonly RegistryEntry[]>;
  getIndex(key: string): Promise<string | undefined>;
  putIndex(key: string, json: string): Promise<void>;
};

/** The saved index is valid only for one feed sequence and one set of index options. */
export function indexKey(sequence: number): string {
  return `${sequence}:${INDEX_OPTIONS_VERSION}`;
}

type Held = {
  readonly key: string;
  /** Sequence, version and day: the same three need no new read of the registry. */
  readonly read: string;
  readonly index: Promise<MiniSearch<IndexedDoc>>;
  readonly directory: Promise<Directory>;
};

export function createSearchHandler(storage: SearchStorage, now: () => Date = () => new Date()) {
  let current: Held | undefined;
  let saving: Promise<void> = Promise.resolve();

  async function loadOrBuild(
    key: string,
    profiles: readonly MediatorProfile[],
  ): Promise<{ index: MiniSearch<IndexedDoc>; from: IndexSource }> {
    const saved = await storage.getIndex(key).catch(() => undefined);
    if (saved) {
      try {
        const index = loadSearchIndex(saved);
        // Its documents are slots: one saved for other profiles is rebuilt, never read as these.
        if (index.documentCount === profiles.length) return { index, from: 'saved' };
      } catch {
        // A damaged saved index is rebuilt below.
      }
    }
    const index = createSearchIndex(profiles);
    // Saved after answering; a full disk only costs a rebuild next time.
    saving = saving.then(() => storage.putIndex(key, JSON.stringify(index))).catch(() => undefined);
    return { index, from: 'built' };
  }

  async function open(sequence: number, version: number): Promise<{ from: IndexSource; directory: Directory }> {
    const today = now().toISOString();
    const key = indexKey(sequence);
    const read = `${key}|${version}|${today.slice(0, 10)}`;
    if (current?.read === read) return { from: 'memory', directory: await current.directory };
    let from: IndexSource = 'memory';
    const entries = storage.loadEntries(today);
    // Same feed: keep the index; the entries are read again, as new data or a new day changes statuses.
    const index =
      current?.key === key
        ? current.index
        : entries.then((all) =>
            loadOrBuild(
              key,
              all.map((e) => e.profile),
            ).then((r) => {
              from = r.from;
              return r.index;
            }),
          );
    // Held without bios, contacts and digests: the index has the bio words it needs, a profile page reads the rest.
    const directory = Promise.all([entries, index]).then(([all, i]) => createDirectory(directoryEntries(all), i));
    const held: Held = { key, read, index, directory };
    current = held;
    try {
      const opened = await directory; // before reading `from`, which the index's promise sets
      return { from, directory: opened };
    } catch (error) {
      if (current === held) current = undefined;
      throw error;
    }
  }

  async function handle(request: SearchRequest): Promise<SearchResponse> {
    const { requestId } = request;
    try {
      if (request.type === 'open') {
        const start = Date.now();
        const { from, directory } = await open(request.sequence, request.version);
        return {
          type: 'opened',
          requestId,
          ok: true,
          index: from,
          profiles: directory.entries.length,
          listed: countBits(directory.listed),
          languages: directory.values.language,
          countries: directory.values.country,
          ms: Date.now() - start,
        };
      }
      if (!current) throw new Error(`${request.type} before open: open the directory first`);
      const directory = await current.directory;
      if (request.type === 'search') {
        const { slots, ...results } = searchDirectory(directory, request.query, request.filters, {
          limit: request.limit,
        });
        const shown = slots.map((slot) => directory.entries[slot]!);
        return { type: 'results', requestId, ok: true, ...results, shown };
      }
      if (request.type === 'match') {
        const found = matchesForCase(directory.entries, request.needs, { fits: request.fits, partly: request.partly });
        return { type: 'matched', requestId, ok: true, ...found };
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
