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
import { profilesFingerprint } from '../domain/matching/directory-order.ts';
import { directoryEntries, type RegistryEntry } from '../domain/registry/registry-entries.ts';
import type { MediatorProfile } from '../domain/registry/types.ts';
import type { IndexSource, SearchRequest, SearchResponse } from './search-protocol.ts';

/** What the worker reads: the registry with today's statuses, and the built index kept between sessions. */
export type SearchStorage = {
  loadEntries(today: string): Promise<readonly RegistryEntry[]>;
  getIndex(key: string): Promise<string | undefined>;
  putIndex(key: string, json: string): Promise<void>;
};

/**
 * The saved index is valid only for one feed sequence, one set of index options and one set of profiles (ids and
 * names, which fix the directory order): its documents are named by slot, so an index for a registry that changed
 * since (another tab applied a newer feed, a mediator was renamed) must never be read as this one.
 */
export function indexKey(sequence: number, entries: readonly RegistryEntry[]): string {
  return `${sequence}:${INDEX_OPTIONS_VERSION}:${profilesFingerprint(entries.map((e) => e.profile))}`;
}

type Opened = {
  /** The saved index's key: the same key needs no new index. */
  readonly key: string;
  readonly index: MiniSearch<IndexedDoc>;
  readonly directory: Directory;
  readonly from: IndexSource;
};
type Held = {
  /** Sequence, version and day: the same three need no new read of the registry. */
  readonly read: string;
  readonly opening: Promise<Opened>;
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

  async function read(sequence: number, today: string, before: Held | undefined): Promise<Opened> {
    const entries = await storage.loadEntries(today);
    const key = indexKey(sequence, entries);
    // Same profiles: keep the index; the entries are read again, as new data or a new day changes statuses.
    const kept = await before?.opening.catch(() => undefined);
    const { index, from } =
      kept?.key === key
        ? { index: kept.index, from: 'memory' as const }
        : await loadOrBuild(
            key,
            entries.map((e) => e.profile),
          );
    // Held without bios, contacts and digests: the index has the bio words it needs, a profile page reads the rest.
    return { key, index, from, directory: createDirectory(directoryEntries(entries), index) };
  }

  async function open(sequence: number, version: number): Promise<Opened> {
    const today = now().toISOString();
    const key = `${sequence}|${version}|${today.slice(0, 10)}`;
    if (current?.read === key) return { ...(await current.opening), from: 'memory' };
    const held: Held = { read: key, opening: read(sequence, today, current) };
    current = held;
    try {
      return await held.opening;
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
      const { directory } = await current.opening;
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
