// The journal a closing page writes synchronously, and its replay by the next page that opens the database.
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCase, makeCase, saveCase, withAnswer } from '../../src/storage/cases.ts';
import { openOleDb, type OleDb } from '../../src/storage/db.ts';
import { clearLeaving, journalLeaving, replayLeaving, replaySealedLeaving } from '../../src/storage/leaving-journal.ts';
import { memoryStorage } from './helpers/memory-storage.ts';
import { changePassphrase, protectCases, unprotectCases } from '../../src/storage/case-protection.ts';

const PASSPHRASE = 'amber fox under the bridge';
const FAST = 1_000;

async function protect() {
  const protectedCases = await protectCases(db, PASSPHRASE, FAST);
  if (!protectedCases.ok) throw new Error(protectedCases.reason);
  return protectedCases.codec;
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
    journalLeaving({ ...withAnswer(saved, 'q.area', 'family'), updatedAt: '2026-12-01T10:05:00.000Z' }, null, storage);
    await replayLeaving(db, storage);
    expect((await getCase(db, saved.id))?.answers).toEqual({ 'q.cost': 2, 'q.area': 'family' });
    expect(storage.map.size).toBe(0);
  });

  it('stores a new case whose first answer died with its page, not taking it for deleted', async () => {
    const storage = memoryStorage();
    const draft = withAnswer(makeCase('A contract between businesses, 1 Dec 2026'), 'q.area', 'commercial-contracts');
    journalLeaving(draft, null, storage, true);
    await replayLeaving(db, storage);
    expect((await getCase(db, draft.id))?.answers).toEqual({ 'q.area': 'commercial-contracts' });
    expect(storage.map.size).toBe(0);
  });

  it('leaves a case alone that was stored later, deleted, or is not a journal entry at all', async () => {
    const storage = memoryStorage();
    const later = { ...withAnswer(makeCase('Later'), 'q.area', 'employment'), updatedAt: '2026-12-01T11:00:00.000Z' };
    await saveCase(db, later);
    journalLeaving({ ...withAnswer(later, 'q.area', 'family'), updatedAt: '2026-12-01T10:00:00.000Z' }, null, storage);
    journalLeaving({ ...makeCase('Deleted'), updatedAt: '2026-12-01T10:00:00.000Z' }, null, storage);
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
    journalLeaving(first, null, storage);
    journalLeaving({ ...first, updatedAt: '2026-12-01T10:01:00.000Z' }, null, storage);
    clearLeaving(first, storage);
    expect(storage.map.size).toBe(1);
    clearLeaving({ ...first, updatedAt: '2026-12-01T10:01:00.000Z' }, storage);
    expect(storage.map.size).toBe(0);
  });
});

describe('leaving journal under passphrase protection', () => {
  it('journals a protected case sealed, never in the clear, and stores it once the passphrase opens it', async () => {
    const storage = memoryStorage();
    const saved = withAnswer(makeCase('Supplier', new Date('2026-12-01T10:00:00Z')), 'q.cost', 2);
    await saveCase(db, saved);
    const codec = await protect();
    const leaving = { ...withAnswer(saved, 'q.area', 'family'), updatedAt: '2026-12-01T10:05:00.000Z' };
    journalLeaving(codec.closeNow(leaving), codec.protection, storage);
    const text = [...storage.map.values()].join();
    expect(text).not.toContain('family');
    expect(text).not.toContain('Supplier');

    // The next page opens the database while locked: the sealed entry waits.
    await replayLeaving(db, storage);
    expect(storage.map.size).toBe(1);
    await replaySealedLeaving(db, codec, storage);
    expect((await getCase(db, saved.id, codec))?.answers).toEqual({ 'q.cost': 2, 'q.area': 'family' });
    expect(storage.map.size).toBe(0);
  });

  it('stores a new protected case whose first answer died with its page, sealed, once the passphrase opens it', async () => {
    const storage = memoryStorage();
    const codec = await protect();
    const draft = withAnswer(makeCase('Draft'), 'q.area', 'family');
    journalLeaving(codec.closeNow(draft), codec.protection, storage, true);
    await replayLeaving(db, storage);
    expect(await db.get('cases', draft.id)).toBeUndefined(); // locked: it waits, sealed
    await replaySealedLeaving(db, codec, storage);
    expect((await getCase(db, draft.id, codec))?.answers).toEqual({ 'q.area': 'family' });
    expect(JSON.stringify(await db.get('cases', draft.id))).not.toContain('family');
    expect(storage.map.size).toBe(0);
  });

  it('leaves a protected case alone that was stored later than the journalled edit', async () => {
    const storage = memoryStorage();
    const codec = await protect();
    const later = { ...withAnswer(makeCase('Later'), 'q.area', 'employment'), updatedAt: '2026-12-01T11:00:00.000Z' };
    await db.put('cases', await codec.close(later));
    journalLeaving(
      codec.closeNow({ ...later, answers: { 'q.area': 'family' }, updatedAt: '2026-12-01T10:00:00.000Z' }),
      codec.protection,
      storage,
    );
    await replaySealedLeaving(db, codec, storage);
    expect((await getCase(db, later.id, codec))?.answers).toEqual({ 'q.area': 'employment' });
    expect(storage.map.size).toBe(0);
  });

  it('drops a sealed entry that no passphrase can open any more (protection re-keyed or turned off)', async () => {
    const storage = memoryStorage();
    const saved = makeCase('Gone');
    await saveCase(db, saved);
    const codec = await protect();
    journalLeaving(codec.closeNow({ ...saved, updatedAt: '2026-12-01T12:00:00.000Z' }), codec.protection, storage);
    const rekeyed = await changePassphrase(db, PASSPHRASE, 'a new passphrase here', FAST);
    if (!rekeyed.ok) throw new Error(rekeyed.reason);
    await replayLeaving(db, storage);
    expect(storage.map.size).toBe(0);

    journalLeaving(
      rekeyed.codec.closeNow({ ...saved, updatedAt: '2026-12-01T12:00:00.000Z' }),
      rekeyed.codec.protection,
      storage,
    );
    await unprotectCases(db, 'a new passphrase here');
    await replayLeaving(db, storage);
    expect(storage.map.size).toBe(0);
  });
});
