// The room's votes in IndexedDB: one record per scenario, read back through a check, and the upgrade that made the store.
import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { addHands } from '../../src/domain/workshop/room-votes.ts';
import { openOleDb, type OleDb } from '../../src/storage/db.ts';
import { allRoomVotes, getRoomVotes, putRoomVotes } from '../../src/storage/room-votes-store.ts';
import { getSetting } from '../../src/storage/settings-store.ts';

let n = 0;
const opened: { db: OleDb; name: string }[] = [];
async function freshDb(name = `room-votes-${++n}`): Promise<OleDb> {
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

const votes = addHands(addHands({}, 'q.construction', false, 3), 'q.construction', true, 1);

describe('the room’s votes on this device', () => {
  it('are stored per scenario and read back, the first hand’s time kept', async () => {
    const db = await freshDb();
    await putRoomVotes(db, 'harbour-bridge', votes, new Date('2026-03-02T09:00:00Z'));
    const more = addHands(votes, 'q.speed', 3);
    await putRoomVotes(db, 'harbour-bridge', more, new Date('2026-03-02T09:05:00Z'));
    await putRoomVotes(db, 'late-deliveries', { 'q.cost': { '2': 1 } }, new Date('2026-03-02T10:00:00Z'));
    expect(await getRoomVotes(db, 'harbour-bridge')).toEqual({
      scenarioId: 'harbour-bridge',
      votes: more,
      startedAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:05:00.000Z',
    });
    expect((await allRoomVotes(db)).map((r) => r.scenarioId).sort()).toEqual(['harbour-bridge', 'late-deliveries']);
  });

  it('without a hand, a scenario has no record: clearing deletes it', async () => {
    const db = await freshDb();
    await putRoomVotes(db, 'harbour-bridge', votes);
    await putRoomVotes(db, 'harbour-bridge', {});
    expect(await getRoomVotes(db, 'harbour-bridge')).toBeUndefined();
    expect(await db.count('workshopVotes')).toBe(0);
  });

  it('read a damaged record as its good counts, or as none', async () => {
    const db = await freshDb();
    const at = '2026-03-02T09:00:00.000Z';
    await db.put('workshopVotes', {
      scenarioId: 'a',
      votes: { 'q.x': { '1': 2, '2': -4 } } as never,
      startedAt: at,
      updatedAt: at,
    });
    await db.put('workshopVotes', { scenarioId: 'b', votes: 'lots' as never, startedAt: at, updatedAt: at });
    await db.put('workshopVotes', { scenarioId: 'c', votes, startedAt: 3 as never, updatedAt: at });
    expect((await getRoomVotes(db, 'a'))?.votes).toEqual({ 'q.x': { '1': 2 } });
    expect(await getRoomVotes(db, 'b')).toBeUndefined();
    expect(await getRoomVotes(db, 'c')).toBeUndefined();
    expect((await allRoomVotes(db)).map((r) => r.scenarioId)).toEqual(['a']);
  });
});

describe('upgrading a database of version 5 (no votes store)', () => {
  it('adds the store and keeps every case, setting and feed record', async () => {
    const name = `room-votes-upgrade-${++n}`;
    const old = await openDB(name, 5, {
      upgrade(db) {
        db.createObjectStore('cases', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        db.createObjectStore('settings');
        db.createObjectStore('standards', { keyPath: 'file' });
        db.createObjectStore('searchIndex');
        db.createObjectStore('feedFiles', { keyPath: 'path' });
        db.createObjectStore('feedHeld');
        db.createObjectStore('feedStatus');
        db.createObjectStore('feedLocations');
      },
    });
    await old.put('cases', { id: 'c1', updatedAt: '2026-03-01T00:00:00Z', answers: { 'q.area': 'family' } });
    await old.put('settings', ['m1'], 'shortlist');
    await old.put('feedStatus', { lastCheckedAt: '2026-03-01T00:00:00Z', ok: true }, 'current');
    old.close();

    const db = await freshDb(name);
    expect(db.version).toBe(6);
    expect([...db.objectStoreNames]).toContain('workshopVotes');
    expect(await db.get('cases', 'c1')).toMatchObject({ answers: { 'q.area': 'family' } });
    expect(await getSetting(db, 'shortlist')).toEqual(['m1']);
    expect(await db.get('feedStatus', 'current')).toEqual({ lastCheckedAt: '2026-03-01T00:00:00Z', ok: true });
    await putRoomVotes(db, 'harbour-bridge', votes);
    expect((await getRoomVotes(db, 'harbour-bridge'))?.votes).toEqual(votes);
  });
});
