import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openOleDb, type HeldFeed, type OleDb, type StoredFeedFile } from '../../src/storage/db.ts';
import type { MediatorProfile } from '../../src/domain/registry/types.ts';
import { applyFeedFiles, getHeldFeed, getSyncStatus } from '../../src/storage/feed-store.ts';
import { getSetting } from '../../src/storage/settings-store.ts';
import { NO_LOCATIONS, relocate } from '../../src/storage/feed-locations.ts';
import { loadMediator, loadRegistry } from '../../src/storage/registry-store.ts';
import { makeDigest, makeProfile } from './helpers/make-feed.ts';
import { VERSION_3_STORES } from '../fixtures/db-version-3.ts';

let n = 0;
const opened: { db: OleDb; name: string }[] = [];
async function freshDb(name = `feed-storage-${++n}`): Promise<OleDb> {
  const db = await openOleDb(name);
  opened.push({ db, name });
  return db;
}
afterEach(async () => {
  for (const { db, name } of opened.splice(0)) {
    db.close();
    await deleteDB(name);
  }
});

const held = (sequence: number, paths: string[]): HeldFeed => ({
  sequence,
  publishedAt: '2026-11-01T00:00:00Z',
  keyId: 'k',
  demo: true,
  appliedAt: '2026-11-02T00:00:00Z',
  files: Object.fromEntries(
    paths.map((path) => [path, { sha256: path, kind: path.startsWith('digests') ? 'digests' : 'registry' }]),
  ),
});

describe('the feed as stored: one record per file, and where each mediator is', () => {
  it('relocates: records of dropped files go, added files bring theirs', () => {
    const a: StoredFeedFile = {
      path: 'registry/a.json',
      kind: 'registry',
      records: [makeProfile('m1'), makeProfile('m2')],
    };
    const b: StoredFeedFile = { path: 'registry/b.json', kind: 'registry', records: [makeProfile('m3')] };
    const d: StoredFeedFile = { path: 'digests/a.json', kind: 'digests', records: [makeDigest('m1')] };
    const first = relocate(NO_LOCATIONS, new Set(), [a, b, d]);
    expect(first).toEqual({
      registry: { m1: a.path, m2: a.path, m3: b.path },
      digests: { m1: d.path },
      revocations: {},
    });
    const a2: StoredFeedFile = { path: 'registry/a.json', kind: 'registry', records: [makeProfile('m1')] };
    expect(relocate(first, new Set([a.path]), [a2])).toEqual({
      registry: { m1: a.path, m3: b.path },
      digests: { m1: d.path },
      revocations: {},
    });
    expect(first.registry).toHaveProperty('m2'); // the input is left as it was
  });

  it('opens one profile with its digest from the files that hold them, and forgets it once its file changes', async () => {
    const db = await freshDb();
    const registry = (path: string, ids: string[]) => ({
      path,
      kind: 'registry' as const,
      records: ids.map((id) => makeProfile(id)),
    });
    await applyFeedFiles(
      db,
      held(1, ['registry/a.json', 'registry/b.json', 'digests/a.json']),
      [
        registry('registry/a.json', ['m1', 'm2']),
        registry('registry/b.json', ['m3']),
        { path: 'digests/a.json', kind: 'digests', records: [makeDigest('m2')] },
      ],
      [],
      undefined,
    );
    const m2 = await loadMediator(db, 'm2');
    expect(m2.profile?.name).toBe('Test Mediator m2');
    expect(m2.digest?.mediatorId).toBe('m2');
    expect(m2.revocation).toBeUndefined();
    expect(await loadMediator(db, 'nobody')).toEqual({ profile: undefined, digest: undefined, revocation: undefined });

    const first = await getHeldFeed(db);
    await applyFeedFiles(
      db,
      held(2, ['registry/a.json', 'digests/a.json']),
      [registry('registry/a.json', ['m1'])],
      [{ path: 'registry/b.json', kind: 'registry' }],
      first,
    );
    expect((await loadMediator(db, 'm2')).profile).toBeUndefined();
    expect((await loadMediator(db, 'm3')).profile).toBeUndefined();
    expect((await loadRegistry(db)).profiles.map((p) => p.id)).toEqual(['m1']);
  });
  it('reads a file of 150,000 records, more than a call can take as arguments', async () => {
    const db = await freshDb();
    const ids = Array.from({ length: 150_000 }, (_, i) => `m${String(i).padStart(6, '0')}`);
    const records = ids.map((id) => ({ id })) as unknown as MediatorProfile[];
    await applyFeedFiles(
      db,
      held(1, ['registry/all.json']),
      [{ path: 'registry/all.json', kind: 'registry', records }],
      [],
      undefined,
    );
    const registry = await loadRegistry(db);
    expect(registry.profiles).toHaveLength(150_000);
    expect(registry.profiles[149_999]?.id).toBe('m149999');
  });
});

describe('upgrading a database of version 3 (one record per mediator)', () => {
  async function makeVersion3(name: string, mediators: object[]): Promise<void> {
    const old = await openDB(name, 3, {
      upgrade(db) {
        for (const { name, keyPath, index } of VERSION_3_STORES) {
          const store = db.createObjectStore(name, keyPath ? { keyPath } : undefined);
          if (index) store.createIndex(index, index);
        }
      },
    });
    for (const record of mediators) await old.put('mediators', record);
    await old.put('digests', { ...makeDigest('m2'), file: 'digests/00.json' });
    await old.put('revocations', {
      mediatorId: 'm9',
      date: '2026-10-01',
      reasonCode: 'conduct',
      file: 'revocations.json',
    });
    await old.put('feed', held(7, ['registry/00.json', 'registry/01.json', 'digests/00.json']), 'held');
    old.close();
  }

  it('moves every record into its file and keeps the held feed, so nothing is fetched again offline', async () => {
    const name = `feed-upgrade-${++n}`;
    await makeVersion3(name, [
      { ...makeProfile('m1'), file: 'registry/00.json' },
      { ...makeProfile('m2'), file: 'registry/00.json' },
      { ...makeProfile('m3'), file: 'registry/01.json' },
    ]);
    const db = await freshDb(name);
    expect([...db.objectStoreNames].sort()).toEqual([
      'cases',
      'feedFiles',
      'feedHeld',
      'feedLocations',
      'feedStatus',
      'searchIndex',
      'settings',
      'standards',
      'workshopVotes',
    ]);
    expect((await getHeldFeed(db))?.sequence).toBe(7);
    const registry = await loadRegistry(db);
    expect(registry.profiles).toEqual([makeProfile('m1'), makeProfile('m2'), makeProfile('m3')]);
    expect(registry.digests.get('m2')).toEqual(makeDigest('m2'));
    expect(registry.revocations.map((r) => r.mediatorId)).toEqual(['m9']);
    expect((await loadMediator(db, 'm3')).profile?.id).toBe('m3');
  });

  it('forgets the held feed, so the next sync fetches it whole, when an old record cannot be moved', async () => {
    const name = `feed-upgrade-${++n}`;
    await makeVersion3(name, [
      { ...makeProfile('m1'), file: 'registry/00.json' },
      makeProfile('m2') /* no file: cannot be placed */,
    ]);
    const db = await freshDb(name);
    expect(await getHeldFeed(db)).toBeUndefined();
    expect(await db.getAll('feedFiles')).toEqual([]);
    expect((await loadRegistry(db)).profiles).toEqual([]);
  });
});

describe('upgrading a database of version 4 (held feed, status and locations in one "feed" store)', () => {
  it('moves each value into its own store and drops the old store, so the directory still opens offline', async () => {
    const name = `feed-upgrade-${++n}`;
    const file: StoredFeedFile = { path: 'registry/00.json', kind: 'registry', records: [makeProfile('m1')] };
    const status = { lastCheckedAt: '2026-11-03T00:00:00Z', ok: true };
    const old = await openDB(name, 4, {
      upgrade(db) {
        db.createObjectStore('cases', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        db.createObjectStore('settings');
        db.createObjectStore('standards', { keyPath: 'file' });
        db.createObjectStore('feed');
        db.createObjectStore('searchIndex');
        db.createObjectStore('feedFiles', { keyPath: 'path' });
      },
    });
    await old.put('feedFiles', file);
    await old.put('feed', held(9, ['registry/00.json']), 'held');
    await old.put('feed', status, 'status');
    await old.put('feed', relocate(NO_LOCATIONS, new Set(), [file]), 'locations');
    await old.put('settings', ['m1'], 'shortlist');
    old.close();

    const db = await freshDb(name);
    expect(db.objectStoreNames.contains('feed' as never)).toBe(false);
    expect((await getHeldFeed(db))?.sequence).toBe(9);
    expect(await getSyncStatus(db)).toEqual(status);
    expect((await loadMediator(db, 'm1')).profile).toEqual(makeProfile('m1'));
    expect(await getSetting(db, 'shortlist')).toEqual(['m1']);
  });

  it('a new database has no "feed" store at all', async () => {
    const db = await freshDb();
    expect([...db.objectStoreNames]).not.toContain('feed');
    expect(await getHeldFeed(db)).toBeUndefined();
  });
});
