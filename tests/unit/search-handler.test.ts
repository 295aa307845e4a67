import { describe, expect, it } from 'vitest';
import { createSearchClient, isStaleSearch, type WorkerLike } from '../../src/search/search-client.ts';
import { createSearchHandler, indexKey } from '../../src/search/search-handler.ts';
import type { SearchRequest, SearchResponse } from '../../src/search/search-protocol.ts';
import type { CaseNeeds } from '../../src/domain/matching/case-needs.ts';
import type { RegistryEntry } from '../../src/domain/registry/registry-entries.ts';
import { matchesForCase, type MediatorFit } from '../../src/domain/matching/fit.ts';
import { makeProfile } from './helpers/make-feed.ts';
import { demoEntries, entry, peopleEntries, revoked } from './helpers/directory-entries.ts';

/** The worker's storage in memory: the registry it reads (`entries`, replaceable) and the indexes it saves. */
function memoryStorage(entries: readonly RegistryEntry[] = peopleEntries) {
  const saved = new Map<string, string>();
  const held = { entries, reads: 0 };
  return {
    saved,
    held,
    storage: {
      loadEntries: async () => {
        held.reads++;
        return held.entries;
      },
      getIndex: async (key: string) => saved.get(key),
      putIndex: async (key: string, json: string) => void saved.set(key, json),
    },
  };
}

describe('search handler (the worker without the worker)', () => {
  it('builds the index once, saves it, and a restart loads it instead of rebuilding', async () => {
    const mem = memoryStorage();
    const first = createSearchHandler(mem.storage);
    expect(await first({ type: 'open', requestId: 1, sequence: 4, version: 0 })).toMatchObject({
      type: 'opened',
      index: 'built',
      profiles: 4,
    });
    await first.idle();
    expect([...mem.saved.keys()]).toEqual([indexKey(4, peopleEntries)]);
    expect(await first({ type: 'open', requestId: 2, sequence: 4, version: 0 })).toMatchObject({
      index: 'memory',
    });

    const restarted = createSearchHandler(mem.storage);
    expect(await restarted({ type: 'open', requestId: 3, sequence: 4, version: 0 })).toMatchObject({
      index: 'saved',
    });
    expect(await restarted({ type: 'search', requestId: 4, query: 'nunez', filters: {} })).toMatchObject({
      type: 'results',
      ids: ['m-nunez'],
      total: 1,
    });
  });

  it('answers with filters, counts and relaxations, and never shows a revoked mediator', async () => {
    const handle = createSearchHandler(
      memoryStorage([...peopleEntries, revoked(makeProfile('m-gone', { languages: ['es'] }))]).storage,
    );
    await handle({ type: 'open', requestId: 1, sequence: 1, version: 0 });
    const spanish = await handle({ type: 'search', requestId: 2, query: '', filters: { language: 'es' } });
    expect(spanish).toMatchObject({ ids: ['m-nunez'], total: 1, relaxations: [] });
    expect(spanish.type === 'results' && spanish.counts.language.get('en')).toBe(3);
    const none = await handle({ type: 'search', requestId: 3, query: 'muller', filters: { language: 'es' } });
    expect(none).toMatchObject({ ids: [], total: 0, relaxations: [{ facet: 'language', results: 1 }] });
  });

  it("ranks a case's mediators as matchesForCase does, sending only those shown", async () => {
    const needs: CaseNeeds = {
      area: 'cross-border-commercial',
      languages: ['es', 'en'],
      countries: ['ES'],
      online: false,
      certification: 'certified-mediator',
      specialisations: ['intercultural'],
      styles: ['facilitative'],
      multiParty: true,
      crossCultural: true,
      partyNationalities: ['ES', 'DE'],
      technical: false,
      legalQuestion: false,
      costMatters: true,
    };
    const handle = createSearchHandler(memoryStorage(demoEntries()).storage);
    expect(await handle({ type: 'match', requestId: 1, needs, fits: 15, partly: 5 })).toMatchObject({ ok: false });
    await handle({ type: 'open', requestId: 2, sequence: 1, version: 0 });
    const answer = await handle({ type: 'match', requestId: 3, needs, fits: 15, partly: 5 });
    if (answer.type !== 'matched') throw new Error(`expected matches, got ${answer.type}`);
    // Against the full profiles: the worker's summaries must change no fit.
    const local = matchesForCase(demoEntries(), needs, { fits: 15, partly: 5 });
    const apart = (fits: readonly MediatorFit[]) => fits.map(({ entry, ...fit }) => ({ id: entry.profile.id, ...fit }));
    expect(answer.fits.length + answer.partly.length).toBeGreaterThan(5);
    expect(answer.fitsTotal).toBe(local.fitsTotal);
    expect(apart(answer.fits)).toEqual(apart(local.fits));
    expect(apart(answer.partly)).toEqual(apart(local.partly));
  });

  it('reads the registry once per feed, data version and day, and answers with the entries shown', async () => {
    const mem = memoryStorage();
    let today = new Date('2026-12-01T09:00:00Z');
    const handle = createSearchHandler(mem.storage, () => today);
    const opened = await handle({ type: 'open', requestId: 1, sequence: 1, version: 0 });
    expect(opened).toMatchObject({ listed: 4, profiles: 4 });
    expect(opened.type === 'opened' && [...opened.languages].sort()).toContain('es');
    await handle({ type: 'open', requestId: 2, sequence: 1, version: 0 });
    expect(mem.held.reads).toBe(1);
    mem.held.entries = [...peopleEntries, revoked(makeProfile('m-gone'))];
    await handle({ type: 'open', requestId: 3, sequence: 1, version: 1 }); // new data applied on the page
    today = new Date('2026-12-02T00:01:00Z');
    expect(await handle({ type: 'open', requestId: 4, sequence: 1, version: 1 })).toMatchObject({ profiles: 5 });
    expect(mem.held.reads).toBe(3);
    const found = await handle({ type: 'search', requestId: 5, query: 'nunez', filters: {} });
    if (found.type !== 'results') throw new Error(`expected results, got ${found.type}`);
    expect(found.shown.map((e) => e.profile.id)).toEqual(found.ids);
    expect(found.shown[0]!.profile.name).toBe(peopleEntries.find((e) => e.profile.id === 'm-nunez')!.profile.name);
    // Held and sent without the long texts: a profile page reads those from storage.
    expect(found.shown[0]).not.toHaveProperty('digest');
    for (const text of ['bio', 'contact', 'codeOfConduct', 'complaintsRoute'])
      expect(found.shown[0]!.profile).not.toHaveProperty(text);
  });

  it('rebuilds for a new feed sequence and when the saved index is damaged', async () => {
    const mem = memoryStorage();
    mem.saved.set(indexKey(5, peopleEntries), '{"not":"an index"');
    const handle = createSearchHandler(mem.storage);
    expect(await handle({ type: 'open', requestId: 1, sequence: 5, version: 0 })).toMatchObject({
      index: 'built',
    });
    expect(await handle({ type: 'open', requestId: 2, sequence: 6, version: 0 })).toMatchObject({
      index: 'built',
    });
  });

  it('never reads an index made for other profiles, saved or in memory: a slot cannot name the wrong person', async () => {
    const mem = memoryStorage();
    const first = createSearchHandler(mem.storage);
    await first({ type: 'open', requestId: 1, sequence: 7, version: 0 });
    await first.idle();
    // Another tab applied newer data under the same sequence: as many profiles, one renamed.
    mem.held.entries = peopleEntries.map((e) =>
      e.profile.id === 'm-nunez' ? entry({ ...e.profile, name: 'Zoe Zimmer' }) : e,
    );
    const names = async (handle: ReturnType<typeof createSearchHandler>, query: string) => {
      const found = await handle({ type: 'search', requestId: 9, query, filters: {} });
      if (found.type !== 'results') throw new Error(`expected results, got ${found.type}`);
      return found.shown.map((e) => e.profile.name);
    };
    const restarted = createSearchHandler(mem.storage);
    expect(await restarted({ type: 'open', requestId: 2, sequence: 7, version: 0 })).toMatchObject({ index: 'built' });
    await restarted.idle();
    // The tab that held the old index in memory reads the one saved for these profiles instead.
    expect(await first({ type: 'open', requestId: 3, sequence: 7, version: 1 })).toMatchObject({ index: 'saved' });
    for (const handle of [restarted, first]) {
      expect(await names(handle, 'zoe')).toEqual(['Zoe Zimmer']);
      expect(await names(handle, 'oberg')).toEqual(['Lars Øberg']);
      expect(await names(handle, 'nunez')).toEqual([]);
    }
    // One more profile under the same sequence: rebuilt too, where the index's count check would have thrown.
    mem.held.entries = [...peopleEntries, entry(makeProfile('m-zed', { name: 'Zed Adams' }))];
    expect(await first({ type: 'open', requestId: 4, sequence: 7, version: 2 })).toMatchObject({ index: 'built' });
    expect(await names(first, 'zed')).toEqual(['Zed Adams']);
  });

  it('answers an error when the registry cannot be read, and opens once it can', async () => {
    const mem = memoryStorage();
    const read = mem.storage.loadEntries;
    mem.storage.loadEntries = () => Promise.reject(new Error('IndexedDB is unavailable'));
    const handle = createSearchHandler(mem.storage);
    expect(await handle({ type: 'open', requestId: 1, sequence: 1, version: 0 })).toMatchObject({
      type: 'error',
      error: 'IndexedDB is unavailable',
    });
    expect(await handle({ type: 'search', requestId: 2, query: '', filters: {} })).toMatchObject({ type: 'error' });
    mem.storage.loadEntries = read;
    expect(await handle({ type: 'open', requestId: 3, sequence: 1, version: 0 })).toMatchObject({ listed: 4 });
  });

  it('says so when asked to search before the directory is open', async () => {
    expect(
      await createSearchHandler(memoryStorage().storage)({ type: 'search', requestId: 1, query: 'x', filters: {} }),
    ).toMatchObject({ type: 'error', ok: false });
  });

  it('answers a message of the removed first protocol (no type) with an error, not ids', async () => {
    const handle = createSearchHandler(memoryStorage().storage);
    const legacy = { requestId: 1, query: 'nunez', sequence: 4 } as unknown as SearchRequest;
    expect(await handle(legacy)).toMatchObject({ type: 'error', requestId: 1, ok: false });
  });
});

/** A worker that answers through the handler, holding each answer until released, so tests choose the timing. */
function fakeWorker(entries: readonly RegistryEntry[] = peopleEntries) {
  const handle = createSearchHandler(memoryStorage(entries).storage);
  const held: (() => void)[] = [];
  const sent: SearchRequest[] = [];
  const worker: WorkerLike & { release(): Promise<void>; sent: SearchRequest[] } = {
    onmessage: null,
    sent,
    postMessage(message) {
      sent.push(message);
      const answer = handle(message);
      held.push(() => void answer.then((data: SearchResponse) => worker.onmessage?.({ data })));
    },
    terminate() {},
    async release() {
      while (held.length) {
        held.shift()!();
        await new Promise((r) => setTimeout(r, 0));
      }
    },
  };
  return worker;
}

describe('search client', () => {
  it('opens, searches, and rejects a search overtaken by a newer one without sending the ones in between', async () => {
    const worker = fakeWorker();
    const client = createSearchClient(worker);
    const opened = client.open(1, 0);
    await worker.release();
    expect(await opened).toMatchObject({ index: 'built' });

    const caught = (p: Promise<unknown>) => p.catch((error: unknown) => error);
    const first = caught(client.search('m', {}));
    const second = caught(client.search('mu', {}));
    const third = client.search('mul', { country: 'DE' });
    await worker.release();
    expect(isStaleSearch(await first)).toBe(true);
    expect(isStaleSearch(await second)).toBe(true);
    expect(await third).toMatchObject({ ids: ['m-muller'], total: 1 });
    expect(worker.sent.filter((m) => m.type === 'search').map((m) => (m as { query: string }).query)).toEqual([
      'm',
      'mul',
    ]);
  });

  it('ranks only the latest case needs once the one in the worker is done, rejecting the others as stale', async () => {
    const worker = fakeWorker();
    const client = createSearchClient(worker);
    void client.open(1, 0);
    await worker.release();
    const needs = (languages: string[]): CaseNeeds => ({
      languages,
      countries: [],
      online: true,
      certification: 'certified-mediator',
      specialisations: [],
      styles: [],
      multiParty: false,
      crossCultural: false,
      partyNationalities: [],
      technical: false,
      legalQuestion: false,
      costMatters: false,
    });
    const caught = (p: Promise<unknown>) => p.catch((error: unknown) => error);
    const first = caught(client.match(needs(['de']), { fits: 5, partly: 5 }));
    const second = caught(client.match(needs(['fr']), { fits: 5, partly: 5 }));
    const third = client.match(needs(['es']), { fits: 5, partly: 5 });
    await worker.release();
    expect(isStaleSearch(await first)).toBe(true);
    expect(isStaleSearch(await second)).toBe(true);
    expect((await third).fits.map((f) => f.entry.profile.id)).toContain('m-nunez');
    const asked = worker.sent.filter((m) => m.type === 'match').map((m) => (m as { needs: CaseNeeds }).needs.languages);
    expect(asked).toEqual([['de'], ['es']]);
  });

  it('finds a listed mediator whose digest is out of date', async () => {
    const stale = entry(makeProfile('m-stale', { name: 'Old Digest' }), '2020-01-01');
    const worker = fakeWorker([...peopleEntries, stale]);
    const client = createSearchClient(worker);
    void client.open(2, 0);
    const results = client.search('digest', {});
    await worker.release();
    expect((await results).ids).toEqual(['m-stale']);
  });
});
