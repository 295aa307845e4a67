// The presenter's show of hands: read from storage, stored at every hand, kept across pages, and counted in memory
// when storage is refused.
import { deleteDB } from 'idb';
import { createRoot, createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handsFor } from '../../src/domain/workshop/room-votes.ts';
import { openOleDb, type OleDb } from '../../src/storage/db.ts';
import { getRoomVotes, putRoomVotes } from '../../src/storage/room-votes-store.ts';
import { createRoomVotes } from '../../src/ui/workshop/create-room-votes.ts';

let n = 0;
const opened: { db: OleDb; name: string }[] = [];
async function freshDb(): Promise<OleDb> {
  const name = `create-room-votes-${++n}`;
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

function setup(db: Promise<OleDb>, first = 'harbour-bridge') {
  const [scenarioId, setScenarioId] = createSignal(first);
  return createRoot((dispose) => ({
    dispose,
    setScenarioId,
    room: createRoomVotes(scenarioId, () => db),
  }));
}

describe('createRoomVotes', () => {
  it('reads the stored votes, then counts and stores every hand', async () => {
    const db = await freshDb();
    await putRoomVotes(db, 'harbour-bridge', { 'q.construction': { false: 2 } });
    const { room, dispose } = setup(Promise.resolve(db));
    room.add('q.construction', true); // before the stored votes are read: not counted, or they would be lost
    await vi.waitFor(() => expect(room.ready()).toBe(true));
    expect(room.votes()).toEqual({ 'q.construction': { false: 2 } });

    room.add('q.construction', false);
    room.add('q.construction', true);
    room.add('q.relationship', 3);
    expect(handsFor(room.votes(), 'q.construction', false)).toBe(3);
    await room.settled();
    expect((await getRoomVotes(db, 'harbour-bridge'))?.votes).toEqual({
      'q.construction': { false: 3, true: 1 },
      'q.relationship': { '3': 1 },
    });
    dispose();

    // Another page (a reload) finds them.
    const again = setup(Promise.resolve(db));
    await vi.waitFor(() => expect(again.room.ready()).toBe(true));
    expect(again.room.votes()).toEqual({ 'q.construction': { false: 3, true: 1 }, 'q.relationship': { '3': 1 } });
    again.dispose();
  });

  it('takes back the last hands added to a question, one at a time, and no more than were added here', async () => {
    const db = await freshDb();
    await putRoomVotes(db, 'harbour-bridge', { 'q.construction': { false: 2 } });
    const { room, dispose } = setup(Promise.resolve(db));
    await vi.waitFor(() => expect(room.ready()).toBe(true));
    room.add('q.construction', true);
    room.add('q.relationship', 0);
    room.add('q.construction', false);
    expect(room.undo('q.construction')).toBe(false);
    expect(room.undo('q.construction')).toBe(true);
    expect(room.undo('q.construction')).toBeUndefined(); // the two stored hands were not added on this page
    expect(room.votes()).toEqual({ 'q.construction': { false: 2 }, 'q.relationship': { '0': 1 } });
    room.add('q.construction', false, -1);
    room.add('q.construction', true, -1); // none to take: nothing changes
    expect(room.votes()).toEqual({ 'q.construction': { false: 1 }, 'q.relationship': { '0': 1 } });
    dispose();
  });

  it('clears a scenario’s votes, and keeps each scenario’s apart', async () => {
    const db = await freshDb();
    await putRoomVotes(db, 'late-deliveries', { 'q.cost': { '2': 4 } });
    const { room, setScenarioId, dispose } = setup(Promise.resolve(db));
    await vi.waitFor(() => expect(room.ready()).toBe(true));
    room.add('q.construction', false);
    await room.clear();
    expect(room.votes()).toEqual({});
    expect(await getRoomVotes(db, 'harbour-bridge')).toBeUndefined();
    setScenarioId('late-deliveries');
    await vi.waitFor(() => expect(room.votes()).toEqual({ 'q.cost': { '2': 4 } }));
    dispose();
  });

  it('where storage is refused, still counts the hands and says they will not be kept', async () => {
    const { room, dispose } = setup(Promise.reject(new Error('no IndexedDB')));
    await vi.waitFor(() => expect(room.ready()).toBe(true));
    expect(room.stored()).toBe(false);
    room.add('q.construction', false);
    expect(room.votes()).toEqual({ 'q.construction': { false: 1 } });
    await room.settled();
    expect(room.stored()).toBe(false);
    dispose();
  });
});
