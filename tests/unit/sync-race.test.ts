// Two syncs at once (two tabs, or a tab and the service worker) must never leave an older feed over a newer one.
import { deleteDB } from 'idb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openOleDb, type OleDb } from '../../src/storage/db.ts';
import { getHeldFeed } from '../../src/storage/feed-store.ts';
import { loadRegistry } from '../../src/storage/registry-store.ts';
import type { FeedLock } from '../../src/sync/feed-lock.ts';
import { syncFeed, type SyncOutcome } from '../../src/sync/sync-feed.ts';
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
let dbName: string;
let n = 0;

const V1: FeedContent = {
  sequence: 1,
  shards: { '00': [makeProfile('m1')], '01': [makeProfile('m2')] },
  digests: [makeDigest('m1'), makeDigest('m2')],
};
const V2: FeedContent = {
  ...V1,
  sequence: 2,
  shards: { ...V1.shards, '00': [makeProfile('m1', { name: 'Edition Two' })] },
};
/** Edition 3 revokes m2: the update that must not be rolled back. */
const V3: FeedContent = {
  ...V2,
  sequence: 3,
  revocations: [{ mediatorId: 'm2', date: '2026-11-20', reasonCode: 'conduct' }],
};

beforeEach(async () => {
  dbName = `sync-race-${++n}`;
  db = await openOleDb(dbName);
  key = await makeTestKey();
});
afterEach(async () => {
  db.close();
  await deleteDB(dbName);
});

const sync = (fetchFn: typeof fetch, extra: { lock?: FeedLock; onWait?: () => void } = {}) =>
  syncFeed({
    db,
    trustedKeys: [key.trusted],
    fetch: fetchFn,
    baseUrl: BASE_URL,
    now: () => new Date('2026-11-28T10:00:00Z'),
    ...extra,
  });

/** A server of `files` whose first registry/00.json answer waits for release(): the slow shard. */
function slowShardServer(files: Map<string, Uint8Array>) {
  const served = serveFeed(() => files);
  let release!: () => void;
  let reached!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const stalled = new Promise<void>((resolve) => (reached = resolve));
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await served.fetch(input, init);
    if (String(input).endsWith('registry/00.json')) {
      reached();
      await released;
    }
    return response;
  }) as typeof fetch;
  return { fetch: fetchFn, release, stalled };
}

/** Tab A pulls edition 2 with a slow shard; meanwhile tab B pulls edition 3; then A's shard arrives. */
async function runRace(lock?: FeedLock): Promise<{ a: SyncOutcome; b: SyncOutcome; bWaited: boolean }> {
  const v1 = await buildFeed(V1, key);
  expect(await sync(serveFeed(() => v1).fetch)).toMatchObject({ ok: true, sequence: 1 });
  const tabA = slowShardServer(await buildFeed(V2, key));
  const v3 = await buildFeed(V3, key);
  const a = sync(tabA.fetch, lock ? { lock } : {});
  await tabA.stalled;
  let bWaited = false;
  let waiting!: () => void;
  const bWaiting = new Promise<void>((resolve) => (waiting = resolve));
  const b = sync(serveFeed(() => v3).fetch, {
    ...(lock ? { lock } : {}),
    onWait: () => {
      bWaited = true;
      waiting();
    },
  });
  await Promise.race([b, bWaiting]); // B either waits for A (the lock) or has already applied edition 3
  tabA.release();
  return { a: await a, b: await b, bWaited };
}

it('runs one sync at a time: the second waits for the first, then applies the newer edition', async () => {
  const { a, b, bWaited } = await runRace();
  expect(bWaited).toBe(true);
  expect(a).toMatchObject({ ok: true, changed: 'updated', sequence: 2 });
  expect(b).toMatchObject({ ok: true, changed: 'updated', sequence: 3 });
  expect((await getHeldFeed(db))?.sequence).toBe(3);
  expect((await loadRegistry(db)).revocations.map((r) => r.mediatorId)).toEqual(['m2']);
});

it('without a lock, the write still re-reads what is held and a newer edition wins', async () => {
  const noLock: FeedLock = (task) => task();
  const { a, b } = await runRace(noLock);
  expect(b).toMatchObject({ ok: true, changed: 'updated', sequence: 3 });
  expect(a).toMatchObject({ ok: true, changed: 'superseded', sequence: 3 });
  expect((await getHeldFeed(db))?.sequence).toBe(3);
  const registry = await loadRegistry(db);
  expect(registry.revocations.map((r) => r.mediatorId)).toEqual(['m2']);
  expect(registry.profiles.find((p) => p.id === 'm1')?.name).toBe('Edition Two'); // edition 3's copy, not a mix
});
