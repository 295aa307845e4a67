// The journal a closing page writes synchronously, and its replay by the next page that opens the database.
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCase, makeCase, saveCase, withAnswer } from '../../src/storage/cases.ts';
import { openOleDb, type OleDb } from '../../src/storage/db.ts';
import { clearLeaving, journalLeaving, replayLeaving } from '../../src/storage/leaving-journal.ts';

/** A Storage with only what the journal uses, so each test starts empty. */
function memoryStorage() {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

let db: OleDb;
let name: string;
let counter = 0;
beforeEach(async () => {
  name = `ole-journal-${++counter}`;
  db = await openOleDb(name);
});
afterEach(async () => {
  db.close();
  await deleteDB(name);
});

describe('leaving journal', () => {
  it('stores an answer whose IndexedDB write died with its page, merging it with answers stored since', async () => {
    const storage = memoryStorage();
    const saved = withAnswer(makeCase('Supplier', new Date('2026-12-01T10:00:00Z')), 'q.cost', 2);
    await saveCase(db, saved);
    // The closing page had both answers; its IndexedDB write never landed.
    journalLeaving({ ...withAnswer(saved, 'q.area', 'family'), updatedAt: '2026-12-01T10:05:00.000Z' }, storage);
    await replayLeaving(db, storage);
    expect((await getCase(db, saved.id))?.answers).toEqual({ 'q.cost': 2, 'q.area': 'family' });
    expect(storage.map.size).toBe(0);
  });

  it('leaves a case alone that was stored later, deleted, or is not a journal entry at all', async () => {
    const storage = memoryStorage();
    const later = { ...withAnswer(makeCase('Later'), 'q.area', 'employment'), updatedAt: '2026-12-01T11:00:00.000Z' };
    await saveCase(db, later);
    journalLeaving({ ...withAnswer(later, 'q.area', 'family'), updatedAt: '2026-12-01T10:00:00.000Z' }, storage);
    journalLeaving({ ...makeCase('Deleted'), updatedAt: '2026-12-01T10:00:00.000Z' }, storage);
    storage.setItem('ole.leaving.bad', '{not json');
    storage.setItem('other-app', 'kept');
    await replayLeaving(db, storage);
    expect((await getCase(db, later.id))?.answers).toEqual({ 'q.area': 'employment' });
    expect((await db.getAll('cases')).length).toBe(1);
    expect([...storage.map.keys()]).toEqual(['other-app']);
  });

  it('forgets an entry once its write is stored, but not a newer entry for the same case', () => {
    const storage = memoryStorage();
    const first = { ...makeCase('A'), updatedAt: '2026-12-01T10:00:00.000Z' };
    journalLeaving(first, storage);
    journalLeaving({ ...first, updatedAt: '2026-12-01T10:01:00.000Z' }, storage);
    clearLeaving(first, storage);
    expect(storage.map.size).toBe(1);
    clearLeaving({ ...first, updatedAt: '2026-12-01T10:01:00.000Z' }, storage);
    expect(storage.map.size).toBe(0);
  });
});
