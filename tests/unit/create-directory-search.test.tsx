// @vitest-environment jsdom
// The directory's search on a page: filters in the address, words kept for the tab only, results from the worker.
import { createSignal } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import type { HeldFeed } from '../../src/storage/db.ts';
import { applyFeedFiles, getHeldFeed } from '../../src/storage/feed-store.ts';
import { useDb } from '../../src/ui/app/db.ts';
import { type FeedSync, FeedSyncContext } from '../../src/ui/directory/create-feed-sync.ts';
import { inRouter } from './helpers/in-router.tsx';
import { makeDigest, makeProfile } from './helpers/make-feed.ts';

// The worker, without a Worker: the page's client talks to the real handler in this thread.
vi.mock('../../src/search/search-client.ts', async (original) => {
  const actual = await original<typeof import('../../src/search/search-client.ts')>();
  const { createSearchHandler } = await import('../../src/search/search-handler.ts');
  const { registryEntries } = await import('../../src/domain/registry/registry-entries.ts');
  const { loadRegistry } = await import('../../src/storage/registry-store.ts');
  const { useDb: db } = await import('../../src/ui/app/db.ts');
  const saved = new Map<string, string>();
  // Reads the same IndexedDB as the page, as the worker does.
  const handle = createSearchHandler({
    loadEntries: async (today) => registryEntries(await loadRegistry(await db()), today),
    getIndex: async (key) => saved.get(key),
    putIndex: async (key, json) => void saved.set(key, json),
  });
  return {
    ...actual,
    createSearchClient: () => {
      const worker: import('../../src/search/search-client.ts').WorkerLike = {
        onmessage: null,
        postMessage: (message) => void handle(message).then((data) => worker.onmessage?.({ data })),
        terminate() {},
      };
      return actual.createSearchClient(worker);
    },
  };
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(check()).toBe(true);
}

const HELD: HeldFeed = {
  sequence: 1,
  publishedAt: '2026-11-01T00:00:00Z',
  keyId: 'k',
  demo: true,
  appliedAt: '2026-11-02T00:00:00Z',
  files: { 'registry/a.json': { sha256: 'a', kind: 'registry' }, 'digests/a.json': { sha256: 'b', kind: 'digests' } },
};

async function storeRegistry(
  held: HeldFeed,
  people = [
    makeProfile('m-anna', { name: 'Anna Schmidt', languages: ['de', 'en'] }),
    makeProfile('m-luis', { name: 'Luis García', languages: ['es'] }),
  ],
) {
  const db = await useDb();
  const today = new Date().toISOString().slice(0, 10);
  await applyFeedFiles(
    db,
    held,
    [
      { path: 'registry/a.json', kind: 'registry', records: people },
      { path: 'digests/a.json', kind: 'digests', records: people.map((p) => makeDigest(p.id, today)) },
    ],
    [],
    await getHeldFeed(db),
  );
}

// A later feed for the second test: the worker keeps an index per feed sequence.
const NEXT: HeldFeed = { ...HELD, sequence: 2 };

function mountSearch(feed: HeldFeed) {
  const [held] = createSignal<HeldFeed | undefined>(feed);
  const [dataVersion] = createSignal(0);
  const sync = { held, dataVersion } as unknown as FeedSync;
  return import('../../src/ui/directory/create-directory-search.ts').then(({ createDirectorySearch }) =>
    inRouter('/mediators', () => {
      let made: ReturnType<typeof createDirectorySearch> | undefined;
      <FeedSyncContext.Provider value={sync}>
        {(() => {
          made = createDirectorySearch();
          return null;
        })()}
      </FeedSyncContext.Provider>;
      return made!;
    }),
  );
}

describe('createDirectorySearch', () => {
  it('is not ready until the worker answers, then finds by words and filters; the words stay out of the URL', async () => {
    await storeRegistry(HELD);
    const { value: search, history, dispose } = await mountSearch(HELD);
    expect(search.ready()).toBe(false);
    await until(() => search.ready());
    expect(search.results().map((e) => e.profile.name)).toEqual(['Anna Schmidt', 'Luis García']);
    expect(search.total()).toBe(2);

    search.setQuery('schmidt');
    await until(() => search.results().length === 1);
    expect(search.results()[0]!.profile.id).toBe('m-anna');
    expect(history.get()).not.toContain('schmidt');
    expect(sessionStorage.getItem('ole.directory.query')).toBe('schmidt');

    search.setQuery('');
    search.setFilter('language', 'es');
    await until(() => search.results().length === 1 && search.results()[0]!.profile.id === 'm-luis');
    expect(history.get()).toContain('language=es');
    dispose();
  });

  it('holds one page of results at a time; "show more" asks for the next, new words start again', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `Person ${String(i).padStart(2, '0')} Keller`);
    await storeRegistry(
      NEXT,
      names.map((name, i) => makeProfile(`m-${i}`, { name, languages: i < 20 ? ['de'] : ['fr'] })),
    );
    const { value: search, dispose } = await mountSearch(NEXT);
    await until(() => search.ready());
    expect(search.results().map((e) => e.profile.name)).toEqual(names.slice(0, 12));
    expect(search.matches()).toBe(30);
    search.showMore();
    await until(() => search.results().length === 24);
    expect(search.results().map((e) => e.profile.name)).toEqual(names.slice(0, 24));
    search.setFilter('language', 'de');
    await until(() => search.matches() === 20);
    expect(search.results()).toHaveLength(12);
    dispose();
  });
});
