import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ONLY, openOleDb, type OleDb } from '../../src/storage/db.ts';
import { getHeldFeed, getSyncStatus } from '../../src/storage/feed-store.ts';
import { loadRegistry } from '../../src/storage/registry-store.ts';
import { READER_VERSION } from '../../src/feed/feed-file.ts';
import { MAX_SEQUENCE_STEP } from '../../src/feed/manifest.ts';
import { syncFeed } from '../../src/sync/sync-feed.ts';
import type { MediatorProfile } from '../../src/domain/registry/types.ts';
import {
  BASE_URL,
  buildFeed,
  makeDigest,
  makeProfile,
  makeTestKey,
  serveFeed,
  type FeedContent,
  type TestKey,
} from './helpers/make-feed.ts';

let db: OleDb;
let key: TestKey;
let files: Map<string, Uint8Array>;
let server: ReturnType<typeof serveFeed>;
let dbName: string;
let n = 0;

const V1: FeedContent = {
  sequence: 5,
  shards: { '00': [makeProfile('m1'), makeProfile('m2')], '01': [makeProfile('m3')] },
  digests: [makeDigest('m1'), makeDigest('m2')],
};

const sync = (trusted = [key.trusted]) =>
  syncFeed({
    db,
    trustedKeys: trusted,
    fetch: server.fetch,
    baseUrl: BASE_URL,
    now: () => new Date('2026-11-28T10:00:00Z'),
  });

/** Every record in every feed store: "byte for byte as it was" means this is deep-equal. */
async function snapshot() {
  const stores = ['feedFiles', 'standards'] as const;
  const data = Object.fromEntries(await Promise.all(stores.map(async (s) => [s, await db.getAll(s)])));
  return { ...data, held: await getHeldFeed(db), locations: await db.get('feedLocations', ONLY) };
}

beforeEach(async () => {
  dbName = `sync-test-${++n}`;
  db = await openOleDb(dbName);
  key = await makeTestKey();
  files = await buildFeed(V1, key);
  server = serveFeed(() => files);
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await deleteDB(dbName);
});

describe('syncing a good feed', () => {
  it('applies every file and records what it holds', async () => {
    const outcome = await sync();
    expect(outcome).toMatchObject({ ok: true, changed: 'updated', sequence: 5 });
    const registry = await loadRegistry(db);
    expect(registry.profiles.map((p) => p.id).sort()).toEqual(['m1', 'm2', 'm3']);
    expect(registry.digests.get('m1')?.reviewer.name).toBe('Test Reviewer');
    expect((await getHeldFeed(db))?.sequence).toBe(5);
    expect((await getSyncStatus(db))?.ok).toBe(true);
  });

  it('does nothing more when the sequence is the one held', async () => {
    await sync();
    server.requested.length = 0;
    expect(await sync()).toMatchObject({ ok: true, changed: 'nothing' });
    expect(server.requested).toEqual(['manifest.json', 'manifest.sig']);
  });

  it('fetches only the files whose hash changed', async () => {
    await sync();
    files = await buildFeed(
      { ...V1, sequence: 6, shards: { ...V1.shards, '01': [makeProfile('m3', { name: 'Renamed Mediator' })] } },
      key,
    );
    server.requested.length = 0;
    expect(await sync()).toMatchObject({ ok: true, sequence: 6, filesFetched: 1 });
    expect(server.requested.sort()).toEqual(['manifest.json', 'manifest.sig', 'registry/01.json']);
    const registry = await loadRegistry(db);
    expect(registry.profiles.find((p) => p.id === 'm3')?.name).toBe('Renamed Mediator');
    expect(registry.profiles).toHaveLength(3);
  });

  it('drops a revoked mediator at the next sync, and the records of a file that is gone', async () => {
    await sync();
    files = await buildFeed(
      {
        sequence: 6,
        shards: { '00': [makeProfile('m1')] },
        digests: [makeDigest('m1')],
        revocations: [{ mediatorId: 'm2', date: '2026-11-20', reasonCode: 'conduct' }],
      },
      key,
    );
    expect(await sync()).toMatchObject({ ok: true });
    const registry = await loadRegistry(db);
    expect(registry.profiles.map((p) => p.id)).toEqual(['m1']);
    expect(registry.revocations.map((r) => r.mediatorId)).toEqual(['m2']);
  });
});

describe('a bad feed changes nothing and says why', () => {
  async function expectRefused(
    code: string,
    prepare: () => Promise<void> | void,
    trusted?: Parameters<typeof sync>[0],
  ) {
    await sync();
    const before = await snapshot();
    await prepare();
    const outcome = await sync(trusted);
    expect(outcome).toMatchObject({ ok: false, code });
    expect(await snapshot()).toEqual(before);
    vi.restoreAllMocks(); // a full disk cannot store the status either; the page keeps it in memory
    if (code !== 'storage-full') expect(await getSyncStatus(db)).toMatchObject({ ok: false, code });
  }
  const next = () =>
    buildFeed({ ...V1, sequence: 6, shards: { '00': [makeProfile('m9')] }, digests: [makeDigest('m9')] }, key);

  it('refuses a signature that does not match (one byte flipped in the manifest)', () =>
    expectRefused('bad-signature', async () => {
      files = await next();
      const manifest = files.get('manifest.json')!.slice();
      manifest[manifest.indexOf(0x36)] = 0x37; // the digit 6 of the sequence becomes 7
      files.set('manifest.json', manifest);
    }));

  it('refuses a feed signed by a key the app does not trust', () => {
    const trustedByApp = key.trusted;
    return expectRefused('unknown-key', async () => {
      key = await makeTestKey('attacker');
      files = await next();
    }, [trustedByApp]);
  });

  it('refuses an older sequence than the one held (rollback)', () =>
    expectRefused('rollback', async () => {
      files = await buildFeed({ ...V1, sequence: 4 }, key);
    }));

  it('refuses a file changed after signing', () =>
    expectRefused('hash-mismatch', async () => {
      files = await next();
      files.set('registry/00.json', new TextEncoder().encode(JSON.stringify([makeProfile('m9', { name: 'Forged' })])));
    }));

  it('refuses a truncated file', () =>
    expectRefused('hash-mismatch', async () => {
      files = await next();
      files.set('registry/00.json', files.get('registry/00.json')!.slice(0, 20));
    }));

  it('stops downloading a file larger than its signed size, and says so', () =>
    expectRefused('too-large', async () => {
      files = await next();
      const shard = files.get('registry/00.json')!;
      files.set('registry/00.json', new Uint8Array([...shard, ...new Uint8Array(100_000).fill(0x20)]));
    }));

  it('refuses a signed file whose records are invalid', () =>
    expectRefused('bad-records', async () => {
      files = await buildFeed(
        { ...V1, sequence: 6, shards: { '00': [makeProfile('m9', { languages: ['klingon'] })] } },
        key,
      );
    }));

  it('reads a later publisher’s additions within format 1: unknown keys dropped, unknown files not fetched', async () => {
    expect((await sync()).ok).toBe(true);
    const later = {
      ...makeProfile('m4'),
      calendarUrl: 'https://calendar.example.org/m4',
      locations: [{ country: 'FR', city: 'Lyon', region: 'ARA' }],
    } as unknown as MediatorProfile;
    files = await buildFeed(
      {
        ...V1,
        sequence: 6,
        shards: { ...V1.shards, '02': [later] },
        later: {
          manifest: { mirrors: ['https://mirror.test/feed/'] },
          files: [
            { path: 'standards/rules.json', kind: 'standards', records: { version: 'old publisher' } },
            { path: 'availability/00.json', kind: 'availability', records: [] },
          ],
        },
      },
      key,
    );
    server.requested.length = 0;
    expect(await sync()).toMatchObject({ ok: true, changed: 'updated', sequence: 6 });
    expect(server.requested).not.toContain('standards/rules.json');
    expect(server.requested).not.toContain('availability/00.json');
    const stored = (await loadRegistry(db)).profiles.find((p) => p.id === 'm4')!;
    // Kept only as checked: a later build that reads these fields checks them itself, from a fresh fetch.
    expect(stored).toEqual(makeProfile('m4', { locations: [{ country: 'FR', city: 'Lyon' }] }));
    expect(Object.keys((await getHeldFeed(db))!.files)).not.toContain('standards/rules.json');
  });

  it('re-reads, at the sequence held, a feed that a build reading fewer keys stored', async () => {
    const weighed = makeProfile('m3', {
      availability: { takingNewCases: true },
      fees: { basis: 'daily', band: 'low' },
    });
    files = await buildFeed({ ...V1, shards: { ...V1.shards, '01': [weighed] } }, key);
    expect((await sync()).ok).toBe(true);
    expect((await getHeldFeed(db))?.readerVersion).toBe(READER_VERSION);
    // As an Olé built before these keys left it: the records without them, a held feed without a reader version.
    const { readerVersion: _, ...olderHeld } = (await getHeldFeed(db))!;
    await db.put('feedHeld', olderHeld, ONLY);
    const stored = (await db.get('feedFiles', 'registry/01.json'))!;
    await db.put('feedFiles', { ...stored, records: [makeProfile('m3')] } as typeof stored);
    expect((await loadRegistry(db)).profiles.find((p) => p.id === 'm3')).not.toHaveProperty('availability');

    server.requested.length = 0;
    expect(await sync()).toMatchObject({ ok: true, changed: 'updated', sequence: 5 });
    expect(server.requested).toEqual(expect.arrayContaining(['registry/00.json', 'registry/01.json']));
    expect((await loadRegistry(db)).profiles.find((p) => p.id === 'm3')).toEqual(weighed);
    expect((await getHeldFeed(db))?.readerVersion).toBe(READER_VERSION);
    // Then it is current again: the next check at that sequence fetches nothing.
    expect(await sync()).toMatchObject({ ok: true, changed: 'nothing' });
  });

  it('refuses one mediator id in two shards, a rule no single file can break', () =>
    expectRefused('bad-records', async () => {
      files = await buildFeed(
        { ...V1, sequence: 6, shards: { '00': [makeProfile('m1'), makeProfile('m2')], '01': [makeProfile('m1')] } },
        key,
      );
    }));

  it('checks the new files against the held ones it does not fetch again', () =>
    expectRefused('bad-records', async () => {
      // Shard 01 (holding m3) is unchanged and not fetched; the new shard 00 claims m3 as well.
      files = await buildFeed(
        {
          ...V1,
          sequence: 6,
          shards: { ...V1.shards, '00': [makeProfile('m1'), makeProfile('m2'), makeProfile('m3')] },
        },
        key,
      );
    }));

  it('refuses a sequence that jumps too far, so 2^53 - 1 cannot freeze updates', async () => {
    await expectRefused('sequence-jump', async () => {
      files = await buildFeed({ ...V1, sequence: Number.MAX_SAFE_INTEGER }, key);
    });
    files = await buildFeed({ ...V1, sequence: 5 + MAX_SEQUENCE_STEP }, key);
    expect(await sync()).toMatchObject({ ok: true, changed: 'updated', sequence: 5 + MAX_SEQUENCE_STEP });
  });

  it('refuses an unknown format version by name', () =>
    expectRefused('unknown-format', async () => {
      files = await buildFeed({ ...V1, sequence: 6, formatVersion: 2 }, key);
    }));

  it('keeps the old data when the disk is full', () =>
    expectRefused('storage-full', async () => {
      files = await next();
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
        throw new DOMException('quota', 'QuotaExceededError');
      });
    }));

  it('says when the server cannot be reached', () =>
    expectRefused('offline', () => {
      server.fetch = (() => Promise.reject(new TypeError('network'))) as typeof fetch;
    }));
});
